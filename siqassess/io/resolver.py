"""The one rule for which model an answers file is read against.

A file names its model by ``model.id``; only built-in ids are honoured. A path is loaded only
when the user passes it with ``--model``: a file must never choose what we read (#11 §3).
"""

from __future__ import annotations

from typing import Any

from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Problem, ValidationError, msg
from siqassess.io.yamlio import Source


class Models:
    """Loads each model once: the ``--model`` one, or the built-in model a file names."""

    def __init__(self, override: str | None = None) -> None:
        from siqassess.criteria.load import resolve_model

        self._fixed: LoadedModel | None = resolve_model(override) if override else None
        self._builtin: dict[str, LoadedModel] = {}

    def preload(self) -> None:
        """Load now the model most files name, the default built-in one, unless ``--model``
        fixes it: worker processes forked afterwards then share it."""
        from siqassess.criteria.load import DEFAULT_MODEL, resolve_model

        if self._fixed is None and DEFAULT_MODEL not in self._builtin:
            self._builtin[DEFAULT_MODEL] = resolve_model(DEFAULT_MODEL)

    def for_data(self, data: Any, source: Source) -> LoadedModel:
        """The model to check parsed answers ``data`` against; raise if it names a model
        that is not built in (and no ``--model`` was given)."""
        from siqassess.criteria.load import DEFAULT_MODEL, builtin_ids, resolve_model

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
