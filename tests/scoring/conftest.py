"""Fixtures for scoring tests: a small model with uneven weights, and answers files for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from siqassess.criteria.tree import LoadedModel
from siqassess.io.models import resolve_model

# Effective weights, by hand: ways_of_working 60/100 = 0.6, results 0.4;
# A = 0.6 * 2/3 = 0.4, B = 0.2; A.1 = 0.4 * 1/4 = 0.1, A.2 = 0.3, B.1 = 0.2; R1 = R2 = 0.2.
MINI = """
format: 1
id: mini
version: "1"
languages: [sv, en]
name: {sv: Minimodell, en: Mini model}
default_target: 60
scales:
  wow:
    name: {sv: Arbetssätt, en: Ways of working}
    bands:
      - {min: 0, max: 40, label: {sv: Svag, en: Weak}, descriptor: {sv: Lite, en: Little}}
      - {min: 50, max: 100, label: {sv: Stark, en: Strong}, descriptor: {sv: Mycket, en: Much}}
  res:
    name: {sv: Resultat, en: Results}
    bands:
      - {min: 0, max: 100, label: {sv: Alla, en: All}, descriptor: {sv: Allt, en: All}}
groups:
  ways_of_working: {weight: 60, scale: wow, name: {sv: Arbetssätt, en: Ways of working}}
  results: {weight: 40, scale: res, name: {sv: Resultat, en: Results}}
success_factors:
  - id: A
    weight: 2
    name: {sv: Faktor A, en: Factor A}
    criteria:
      - {id: A.1, question: {sv: Beskriv hur ni gör A1., en: Describe how you do A1.}}
      - id: A.2
        weight: 3
        question: {sv: Beskriv hur ni gör A2., en: Describe how you do A2.}
  - id: B
    name: {sv: Faktor B, en: Factor B}
    criteria:
      - {id: B.1, question: {sv: Beskriv hur ni gör B1., en: Describe how you do B1.}}
result_areas:
  - id: R1
    name: {sv: Resultat ett, en: Results one}
    question: {sv: Beskriv era resultat., en: Describe your results.}
  - id: R2
    name: {sv: Resultat två, en: Results two}
    question: {sv: Beskriv era resultat., en: Describe your results.}
"""

AnswersWriter = Callable[..., Path]


@pytest.fixture
def mini_path(write: Callable[[str, str], Path]) -> Path:
    """The small model's file."""
    return write("mini.yaml", MINI)


@pytest.fixture
def mini(mini_path: Path) -> LoadedModel:
    """The small model, loaded."""
    return resolve_model(str(mini_path))


@pytest.fixture
def answers_file(write: Callable[[str, str], Path]) -> AnswersWriter:
    """Write an answers file for a model: ``answers_file(model, name, {leaf: {...}}, **header)``."""

    def _write(model: LoadedModel, name: str, answers: dict[str, Any], **header: Any) -> Path:
        data: dict[str, Any] = {
            "format": 1,
            "model": {"id": model.id, "version": model.version, "sha256": model.sha256},
            "organisation": "Acme",
            "respondent": "Anna",
            **header,
            "answers": answers,
        }
        return write(name, yaml.safe_dump(data, sort_keys=False, allow_unicode=True))

    return _write


@pytest.fixture(autouse=True)
def _empty_memos() -> None:
    """Each test starts with scoring's and ranking's memos empty, so a value built wrong cannot
    hide behind one an earlier test left there (mutation testing forks its runs from a process
    that has filled them)."""
    from siqassess.core import priorities, scoring

    scoring._COVERAGES.clear()
    priorities._ranking.cache_clear()
    priorities._tie_break.cache_clear()
