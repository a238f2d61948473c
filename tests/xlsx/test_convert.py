"""`convert`: YAML → xlsx → YAML keeps every answer, reason, target, note, list and action."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import (
    Action,
    Answer,
    AnswersFile,
    Improvement,
    dump_answers,
    new_answers,
    read_answers,
)
from siqassess.io.models import resolve_model
from siqassess.io.xlsx_write import questionnaire_bytes

from .helpers import cli

MODEL = resolve_model(None)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Text a cell can hold: no control characters but line breaks, no lone surrogates.
_chars = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
) | st.just("\n")
texts = st.text(_chars, min_size=1, max_size=30).filter(lambda s: s.strip())
items = st.text(_chars, max_size=20).filter(lambda s: "\n• " not in s)
findings = items.filter(lambda s: s.strip())  # validate refuses an empty finding (rule 11)
scores = st.sampled_from([float(v) for v in range(0, 101, 10)])
actions = st.builds(
    Action,
    text=texts,
    owner=st.one_of(st.just(""), texts),
    due=st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
    status=st.sampled_from(["planned", "in_progress", "done"]),
)
improvements = st.one_of(
    findings, st.builds(Improvement, text=texts, actions=st.lists(actions, min_size=1, max_size=2))
)


@st.composite
def answer(draw: Any) -> Answer:
    na = draw(st.booleans())
    return Answer(
        score=None if na else draw(st.one_of(st.none(), scores)),
        na=na,
        reason=draw(texts) if na else draw(st.one_of(st.none(), texts)),
        target=draw(st.one_of(st.none(), scores)),
        note=draw(st.one_of(st.none(), texts)),
        evidence=draw(st.lists(items, max_size=3)),
        strengths=draw(st.lists(findings, max_size=3)),
        improvements=draw(st.lists(improvements, max_size=3)),
        last_year=draw(st.one_of(st.none(), scores, st.just("na"))),
    )


@st.composite
def answers_files(draw: Any) -> AnswersFile:
    leaves = [leaf.id for leaf in MODEL.leaves]
    chosen = draw(st.lists(st.sampled_from(leaves), max_size=6, unique=True))
    base = new_answers(
        MODEL,
        organisation=draw(st.one_of(st.just(""), texts)),
        respondent=draw(st.one_of(st.just(""), texts)),
        language=draw(st.sampled_from(["sv", "en"])),
        date=draw(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
    )
    base.unit = draw(st.one_of(st.just(""), texts))
    base.default_target = draw(st.one_of(st.none(), scores))
    for leaf in chosen:
        base.answers[leaf] = draw(answer())
    return AnswersFile.model_validate(base.model_dump())


def _plain(answers: AnswersFile) -> dict[str, Any]:
    """The answers as data, an area for improvement without actions written as its text."""
    data = answers.model_dump(mode="json")
    data["answers"] = {k: v for k, v in data["answers"].items() if v}  # None means unanswered
    for item in data["answers"].values():
        if item:
            item["improvements"] = [
                i["text"] if isinstance(i, dict) and not i["actions"] else i
                for i in item["improvements"]
            ]
    return data


def _round_trip(answers: AnswersFile, folder: Path) -> AnswersFile:
    path = folder / "rt.xlsx"
    path.write_bytes(questionnaire_bytes(answers, MODEL))
    return read_answers(path, MODEL)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(answers_files())
@example(
    new_answers(MODEL, language="sv").model_copy(
        update={"answers": {"F1.1": Answer(note="rad ett\n\n  rad två ✓ ", evidence=["a\nb", ""])}}
    )
)
@example(
    new_answers(MODEL, language="en").model_copy(
        update={"answers": {"F1.1": Answer(last_year=60), "R1": Answer(score=40, last_year="na")}}
    )
)
def test_yaml_xlsx_yaml_keeps_everything(tmp_path: Path, answers: AnswersFile) -> None:
    back = _round_trip(answers, tmp_path)
    assert _plain(back) == _plain(answers)
    assert dump_answers(back, MODEL) == dump_answers(
        AnswersFile.model_validate(_plain(answers)), MODEL
    )


def test_convert_command_both_ways(tmp_path: Path, model: LoadedModel) -> None:
    source = EXAMPLES / "norrvik-2026.yaml"
    xlsx, yaml_file = tmp_path / "n.xlsx", tmp_path / "n.yaml"
    first = cli("convert", str(source), "-o", str(xlsx))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == f"Skrev {xlsx} (30 besvarade · 2 ej tillämpliga · 0 saknas)"
    second = cli("convert", str(xlsx), "-o", str(yaml_file))
    assert second.exit_code == 0, second.output
    assert yaml_file.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_convert_refuses_to_overwrite_and_checks_first(tmp_path: Path) -> None:
    source = EXAMPLES / "norrvik-2026.yaml"
    out = tmp_path / "n.xlsx"
    out.write_bytes(b"keep me")
    result = cli("convert", str(source), "-o", str(out), env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2 and out.read_bytes() == b"keep me"
    assert "finns redan; skriv över den med --force" in result.output  # a Swedish user
    bad = tmp_path / "bad.yaml"
    bad.write_text(source.read_text(encoding="utf-8").replace("score: 60", "score: 65", 1))
    result = cli(
        "convert", str(bad), "-o", str(tmp_path / "bad.xlsx"), env={"LC_ALL": "sv_SE.UTF-8"}
    )
    # The user's locale is Swedish, so the messages are Swedish.
    assert result.exit_code == 1 and "65 finns inte på skalan" in result.output
    assert not (tmp_path / "bad.xlsx").exists()
