"""Every answers file we write reads back with our own reader, whatever the model's texts say."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from siqassess.errors import SiqError
from siqassess.io.answers import Answer, answers_from_data, dump_answers, new_answers
from siqassess.io.models import model_from_data
from siqassess.io.yamlio import parse

MINIMAL = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"
BASE = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))

TEXT = st.text(min_size=1, max_size=30)


def _model(name: str, version: str, question: str, area: str) -> Any:
    data = copy.deepcopy(BASE)
    data["name"] = {"sv": name, "en": name}
    data["version"] = version
    data["success_factors"][0]["name"]["sv"] = area
    data["success_factors"][0]["criteria"][0]["question"] = {"sv": question, "en": question}
    data["result_areas"][0]["name"]["sv"] = area
    data["result_areas"][0]["question"]["sv"] = question
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    try:
        return model_from_data(*parse("model.yaml", text))
    except SiqError:
        assume(False)


@settings(max_examples=60)
@given(TEXT, TEXT, TEXT, TEXT, st.text(max_size=20))
# Found: a newline or U+2028 in a model's name, version or question ended the comment line
# and left the rest of the text as broken YAML; NUL and BOM are refused by the YAML reader.
@example("Mini\nmodell", "1", "q", "A", "")
@example("Mini", "1\u2028x: [", "q", "A", "")
@example("Mini", "1", "Fråga\n  - nej", "A\u2029:", "")
@example("Mini", "1", "q\x85# x", "A\r", "\x00")
@example("M\x00", "\ufeff1", "q\x1b[2J", "A", "0\xa0")
def test_answers_written_for_any_model_text_read_back(
    name: str, version: str, question: str, area: str, note: str
) -> None:
    model = _model(name, version, question, area)
    answers = new_answers(model, organisation=name, respondent=version, language="en")
    answers.answers[model.leaves[0].id] = Answer(score=50, note=note or None)
    text = dump_answers(answers, model)
    again = answers_from_data(*parse("written.yaml", text), model)
    assert again == answers


def _only_french(data: Any) -> Any:
    if isinstance(data, dict):
        if set(data) == {"sv", "en"}:
            return {"fr": data["en"]}
        return {key: _only_french(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_only_french(item) for item in data]
    return data


def test_init_in_a_model_without_the_interface_language_validates(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from siqassess.cli import app

    data = _only_french(BASE)
    data["languages"] = ["fr"]
    model_path = tmp_path / "fr.yaml"
    model_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "a.yaml"
    runner = CliRunner()
    made = runner.invoke(app, ["init", "-m", str(model_path), "-l", "en", "-o", str(out)])
    assert made.exit_code == 0, made.output
    assert "\nlanguage: fr\n" in out.read_text(encoding="utf-8")
    checked = runner.invoke(app, ["validate", "--model", str(model_path), str(out)])
    assert checked.exit_code == 0, checked.output
