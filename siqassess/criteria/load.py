"""Load model files from disk or from the built-in catalogue."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from siqassess.criteria.checks import check_model, duplicate_ids
from siqassess.criteria.schema import Model
from siqassess.criteria.tree import LoadedModel, build_tree, content_hash
from siqassess.errors import Location, Problem, UsageError, ValidationError, msg
from siqassess.io.fileschema import located, validate
from siqassess.io.yamlio import Source, parse, read_text

DEFAULT_MODEL = "siq-2019-1"
_BUILTIN_FILES = {"siq-2019-1": "siq_2019_1.yaml"}


def parse_model(name: str, text: str) -> LoadedModel:
    """Parse, validate and check a model file's text; raise with every problem found."""
    data, source = parse(name, text)
    return model_from_data(data, source)


def model_from_data(data: object, source: Source) -> LoadedModel:
    """Validate already-parsed YAML as a model."""
    try:
        spec = validate(Model, data, source, "model file")
    except ValidationError as exc:
        # Report duplicate ids alongside schema errors, so one run shows every problem.
        extra = located(duplicate_ids(data), source)
        raise ValidationError(sorted([*exc.problems, *extra], key=_order)) from None
    findings = check_model(spec)
    if findings:
        raise ValidationError(located(findings, source))
    return LoadedModel(spec, build_tree(spec), content_hash(spec))


def _order(problem: Problem) -> tuple[int, int]:
    return problem.location.line, problem.location.column


def load_model(path: Path) -> LoadedModel:
    """Load a model file from disk."""
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


def resolve_model(spec: str | None) -> LoadedModel:
    """Load a model by built-in id or by path; ``None`` means the default model."""
    spec = spec or DEFAULT_MODEL
    if spec in _BUILTIN_FILES:
        return parse_model(*builtin_text(spec))
    path = Path(spec)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_model(path)
    known = ", ".join(builtin_ids())
    raise UsageError(Problem.of(Location(""), msg("err_unknown_model", spec=spec, known=known)))
