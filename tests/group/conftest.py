"""Fixtures for compare and aggregate: the small test model, variants of it, and answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Answer, new_answers, save_answers
from siqassess.io.models import resolve_model

REPO = Path(__file__).resolve().parents[2]
OLD_EXAMPLE = REPO / "examples/norrvik-2025.yaml"
NEW_EXAMPLE = REPO / "examples/norrvik-2026.yaml"
TEAM = sorted((REPO / "examples/team").glob("*.yaml"))
MINIMAL = (REPO / "tests/cases/models/valid/minimal.yaml").read_text(encoding="utf-8")

ModelWriter = Callable[..., tuple[Path, LoadedModel]]
AnswersWriter = Callable[..., Path]


@pytest.fixture
def mini_model(write: Callable[[str, str], Path]) -> ModelWriter:
    """Write the minimal model, optionally edited: ``mini_model(name, (old, new), ...)``."""

    def _make(name: str = "mini.yaml", *edits: tuple[str, str]) -> tuple[Path, LoadedModel]:
        text = MINIMAL
        for old, new in edits:
            assert old in text, old
            text = text.replace(old, new, 1)
        path = write(name, text)
        return path, resolve_model(str(path))

    return _make


@pytest.fixture
def answers(tmp_path: Path) -> AnswersWriter:
    """Save an answers file: ``answers(model, name, {leaf: 40 | "na" | {...}}, **header)``."""

    def _save(model: LoadedModel, name: str, given: dict[str, Any], **header: Any) -> Path:
        default_target = header.pop("default_target", None)
        file = new_answers(model, **header)
        file.default_target = default_target
        for leaf_id, value in given.items():
            if value == "na":
                file.answers[leaf_id] = Answer(
                    na=True, reason=f"not for {header.get('respondent')}"
                )
            elif isinstance(value, dict):
                file.answers[leaf_id] = Answer(**value)
            else:
                file.answers[leaf_id] = Answer(score=value)
        path = tmp_path / name
        save_answers(path, file, model)
        return path

    return _save
