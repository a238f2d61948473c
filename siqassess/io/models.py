"""Loading a model (a file, or the built-in catalogue), and the one rule for which model an
answers file is read against.

A file names its model by ``model.id``; only built-in ids are honoured. A path is loaded only
when the user passes it with ``--model``: a file must never choose what we read (#11 §3).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Location, Problem, UsageError, ValidationError, msg
from siqassess.io import model_cache

if TYPE_CHECKING:
    from siqassess.io.yamlio import Source

DEFAULT_MODEL = "siq-2019-1"
_BUILTIN_FILES = {"siq-2019-1": "siq_2019_1.yaml"}


def parse_model(name: str, text: str) -> LoadedModel:
    """Parse, validate and check a model file's text; raise with every problem found."""
    from siqassess.io.yamlio import parse  # not on the path of a cached built-in model

    data, source = parse(name, text)
    return model_from_data(data, source)


def model_from_data(data: object, source: Source) -> LoadedModel:
    """Validate already-parsed YAML as a model."""
    from siqassess.criteria.checks import check_model, duplicate_ids
    from siqassess.criteria.schema import Model
    from siqassess.criteria.tree import build_tree, content_hash
    from siqassess.io.fileschema import located, validate
    from siqassess.io.rest import about_aside, readable_rest

    try:
        spec = validate(Model, data, source, "model file")
    except ValidationError as exc:
        # Report duplicate ids, and what the checks say of the rest, alongside schema errors,
        # so one run shows every problem.
        extra = located(duplicate_ids(data), source)
        rest = readable_rest(Model, data)
        if rest is not None:
            found = [f for f in check_model(rest[0]) if not about_aside(f[0], rest[1])]
            seen = {(p.location, str(p.message)) for p in extra}
            extra += [p for p in located(found, source) if (p.location, str(p.message)) not in seen]
        raise ValidationError(sorted([*exc.problems, *extra], key=_order)) from None
    findings = check_model(spec)
    if findings:
        raise ValidationError(located(findings, source))
    return LoadedModel(spec, build_tree(spec), content_hash(spec))


def _order(problem: Problem) -> tuple[int, int]:
    return problem.location.line, problem.location.column


def load_model(path: Path) -> LoadedModel:
    """Load a model file from disk."""
    from siqassess.io.yamlio import read_text

    return parse_model(str(path), read_text(path))


def builtin_ids() -> list[str]:
    """The ids of the models that ship with siqassess."""
    return sorted(_BUILTIN_FILES)


def builtin_text(model_id: str) -> tuple[str, str]:
    """The display name and text of a built-in model file."""
    filename = _BUILTIN_FILES[model_id]
    packaged = resources.files("siqassess").joinpath("models", filename)
    if packaged.is_file():
        return f"builtin:{model_id}", packaged.read_text(encoding="utf-8")
    # Running from a source checkout: the model lives at the top of the repository.
    checkout = Path(__file__).resolve().parents[2] / "models" / filename
    return f"builtin:{model_id}", checkout.read_text(encoding="utf-8")


def builtin_model(model_id: str) -> LoadedModel:
    """A built-in model: from the cache when this version has validated it before, else
    validated in full and cached (:mod:`siqassess.io.model_cache`)."""
    name, text = builtin_text(model_id)
    raw = text.encode("utf-8")
    cached = model_cache.load(raw)
    if cached is not None:
        return cached
    loaded = parse_model(name, text)
    model_cache.store(raw, loaded)
    return loaded


def resolve_model(spec: str | None) -> LoadedModel:
    """Load a model by built-in id or by path; ``None`` means the default model."""
    spec = spec or DEFAULT_MODEL
    if spec in _BUILTIN_FILES:
        return builtin_model(spec)
    path = Path(spec)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_model(path)
    known = ", ".join(builtin_ids())
    raise UsageError(Problem.of(Location(""), msg("err_unknown_model", spec=spec, known=known)))


class Models:
    """Loads each model once: the ``--model`` one, or the built-in model a file names."""

    def __init__(self, override: str | None = None) -> None:

        self._fixed: LoadedModel | None = resolve_model(override) if override else None
        self._builtin: dict[str, LoadedModel] = {}

    def preload(self) -> None:
        """Load now the model most files name, the default built-in one, unless ``--model``
        fixes it: worker processes forked afterwards then share it."""

        if self._fixed is None and DEFAULT_MODEL not in self._builtin:
            self._builtin[DEFAULT_MODEL] = resolve_model(DEFAULT_MODEL)

    def for_data(self, data: Any, source: Source) -> LoadedModel:
        """The model to check parsed answers ``data`` against; raise if it names a model
        that is not built in (and no ``--model`` was given)."""

        if self._fixed is not None:
            return self._fixed
        ref = data.get("model") if isinstance(data, dict) else None
        model_id = ref.get("id") if isinstance(ref, dict) else None
        if not isinstance(model_id, str):
            model_id = DEFAULT_MODEL  # the schema check reports the broken `model` key
        elif model_id not in builtin_ids():
            known = ", ".join(builtin_ids())
            message = msg("err_model_not_builtin", id=model_id, known=known)
            where = source.locate(("model", "id"))
            raise ValidationError(Problem.of(where, message, "model.id"))
        if model_id not in self._builtin:
            self._builtin[model_id] = resolve_model(model_id)
        return self._builtin[model_id]


def model_for(data: Any, source: Source, override: str | None = None) -> LoadedModel:
    """The model an answers file is read against: ``override`` (``--model``), else the
    built-in model its ``model.id`` names."""
    return Models(override).for_data(data, source)
