"""Helpers for report tests: the Norrvik example, rendering, and a hostile answers file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from siqassess.core.scoring import score
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Answer, leaf_inputs, new_answers, save_answers
from siqassess.io.assessment import read_assessment
from siqassess.reports.context import build_context, report_language
from siqassess.reports.context_types import ReportContext
from siqassess.reports.formats.interface import Rendered
from siqassess.reports.render import render_report

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "norrvik-2026.yaml"

HOSTILE = (
    "<script>alert('x')</script> | pipe | \nsecond line\r\n{{ 7*7 }} {% raw %} **bold** [a](b)"
)
HOSTILE_EVIDENCE = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(2)",
    "  javascript:alert(3)",
    "java\tscript:alert(4)",
    "data:text/html,<script>alert(5)</script>",
    "//evil.example/x",
    "https://ok.example/a?b=<c>&d=(e)",
    "docs/rel.pdf",
    "mailto:kvalitet@example.se",
    "| not | a | cell |",
]


def context_for(path: Path, lang: str | None = None, title: str | None = None) -> ReportContext:
    """The report context of an answers file, as the CLI builds it."""
    read = read_assessment(path)
    model, answers = read.model, read.answers
    result = score(model, leaf_inputs(answers), answers.default_target)
    language = report_language(answers, model, lang)
    return build_context(model, answers, result, lang=language, title=title)


def render_file(
    path: Path,
    fmt: str,
    lang: str | None = None,
    *,
    output: Path | None = None,
    template_dir: Path | None = None,
) -> Rendered:
    """Render an answers file's report."""
    return render_report(
        context_for(path, lang), fmt, output=output, template_dir=template_dir, fancy=False
    )


@pytest.fixture
def hostile(tmp_path: Path, model: LoadedModel) -> Path:
    """A partial answers file whose every free text tries to break out of its format."""
    answers = new_answers(
        model,
        organisation="<b>Org</b> | {{ org }} \x1b[31mred",
        unit="Unit <i>x</i> & co",
        respondent="Eve <img src=x onerror=alert(1)>",
        language="en",
        date=dt.date(2026, 1, 2),
    )
    leaves = [leaf.id for leaf in model.leaves]
    answers.answers[leaves[0]] = Answer(score=20, note=HOSTILE, evidence=HOSTILE_EVIDENCE)
    answers.answers[leaves[1]] = Answer(na=True, reason=HOSTILE)
    answers.answers[leaves[2]] = Answer(score=90, note=HOSTILE, evidence=["javascript:alert(6)"])
    answers.answers[leaves[-1]] = Answer(
        score=50, note="| a | b |\n| c |", evidence=HOSTILE_EVIDENCE
    )
    path = tmp_path / "hostile.yaml"
    save_answers(path, answers, model)
    return path
