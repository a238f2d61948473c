"""A contribution carries numbers and flags only: no text from the answers file reaches it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import Answer, AnswersFile, Improvement, dump_answers, new_answers
from siqassess.io.contribution import contribution, dump_contribution
from siqassess.io.models import resolve_model

MODEL = resolve_model(None)
ALLOWED_KEYS = {"contribution", "model", "year", "segment", "coverage", "scores", "targets"}
text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _answers(texts: list[str]) -> AnswersFile:
    answers = new_answers(
        MODEL,
        organisation=texts[0],
        unit=texts[1],
        respondent=texts[2],
        date=dt.date(2026, 3, 1),
    )
    for i, leaf in enumerate(MODEL.leaves):
        words = texts[i % len(texts)]
        if i % 7 == 3:
            answers.answers[leaf.id] = Answer(na=True, reason=words)
        else:
            answers.answers[leaf.id] = Answer(
                score=10 * (i % 11),
                note=words,
                evidence=[words],
                strengths=[words],
                improvements=[Improvement(text=words)],
            )
    return answers


@settings(max_examples=40, deadline=None)
@given(st.lists(text, min_size=3, max_size=8))
@example(["Åby kommun", "Hemlig enhet", "Anna Lind, kvalitetschef", "F1.1 på 70 enligt: x"])
def test_no_free_text_from_the_answers_file_reaches_the_contribution(texts: list[str]) -> None:
    made = dump_contribution(contribution(_answers(texts), MODEL, 2026, "kommun-20-50k"))
    data = yaml.safe_load(made)
    assert set(data) <= ALLOWED_KEYS
    leaf_ids = {leaf.id for leaf in MODEL.leaves}
    fixed = {MODEL.id, MODEL.version, MODEL.sha256, "na", "kommun-20-50k", "answered", "missing"}
    fixed |= {"id", "version", "sha256", "na"} | leaf_ids | ALLOWED_KEYS
    # Every string in it is a key, a leaf id, the model's reference, "na" or the segment.
    assert set(_strings(data)) <= fixed
    body = made.split("\n", 2)[2]  # past the two fixed comment lines
    for written in texts:
        if len(written.strip()) >= 6 and written.strip() not in fixed:
            assert written.strip() not in body


def test_contribute_writes_scores_na_and_coverage_in_a_file(tmp_path: Path) -> None:
    source = tmp_path / "svar.yaml"
    source.write_text(
        dump_answers(_answers(["Åby kommun", "Enhet", "Anna"]), MODEL), encoding="utf-8"
    )
    out = tmp_path / "bidrag.yaml"
    args = ["benchmark", "contribute", str(source), "-o", str(out), "--segment", "kommun-20-50k"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["year"] == 2026 and data["segment"] == "kommun-20-50k"
    assert data["coverage"] == {"answered": 27, "na": 5, "missing": 0}
    assert data["scores"]["F1.1"] == 0 and data["scores"]["F1.4"] == "na"
    assert "Åby" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en_GB.UTF-8",
            "siqassess: error: the segment “Åby har en hemlighet” is not a short tag: use "
            "letters, digits, - _ and . (up to 40), for example kommun-20-50k\n",
        ),
        (
            "sv_SE.UTF-8",
            "siqassess: fel: segmentet ”Åby har en hemlighet” är ingen kort etikett: använd "
            "bokstäver, siffror, - _ och . (högst 40), till exempel kommun-20-50k\n",
        ),
    ],
)
def test_a_segment_that_is_not_a_short_tag_is_refused(
    locale: str, expected: str, tmp_path: Path
) -> None:
    source = tmp_path / "svar.yaml"
    source.write_text(dump_answers(_answers(["a", "b", "c"]), MODEL), encoding="utf-8")
    args = ["benchmark", "contribute", str(source), "--segment", "Åby har en hemlighet"]
    env = {"LC_ALL": locale, "LANG": locale, "LC_MESSAGES": locale, "SIQASSESS_LANG": ""}
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 2
    assert result.stderr == expected
