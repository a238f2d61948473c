"""A value the YAML constructor cannot build is a located problem, and a batch goes on (#11 §1)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from typer.testing import CliRunner
from yaml.constructor import SafeConstructor

from siqassess.cli import app
from siqassess.errors import InputError
from siqassess.io.yamlio import parse

from .cases import blank_answers

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"

# (value written after `date: `, column of the value, the message)
UNBUILDABLE = {
    "feb_30": ("2026-02-30", "'2026-02-30' is not a date that exists"),
    "year_0": ("0000-01-01", "'0000-01-01' is not a date that exists"),
    "month_13": ("2026-13-01", "'2026-13-01' is not a date that exists"),
    "hour_99": ("2026-01-01 99:00:00", "'2026-01-01 99:00:00' is not a date that exists"),
    "int_abc": ("!!int abc", "'abc' is tagged !!int but is not a whole number"),
    "int_empty_binary": ("!!int 0b", "'0b' is tagged !!int but is not a whole number"),
    "bool_maybe": ("!!bool maybe", "'maybe' is tagged !!bool but is neither true nor false"),
    "timestamp_x": ("!!timestamp x", "'x' is not a date: write it as YYYY-MM-DD"),
    "float_x": ("!!float x", "'x' is tagged !!float but is not a number"),
    "float_dot": ("!!float .", "'.' is tagged !!float but is not a number"),
    "null_x": ("!!null x", "'x' is tagged !!null but is not empty"),
    "binary": ("!!binary aGk=", "tag 'tag:yaml.org,2002:binary' is not allowed"),
    "set": ("!!set {a}", "tag 'tag:yaml.org,2002:set' is not allowed"),
    "omap": ("!!omap [a: 1]", "tag 'tag:yaml.org,2002:omap' is not allowed"),
    "pairs": ("!!pairs [a: 1]", "tag 'tag:yaml.org,2002:pairs' is not allowed"),
    "unhashable": ("{? [1] : 2}", "a key must be a plain value, not a list or a mapping"),
}


def _answers_with_date(folder: Path, value: str, name: str = "bad.yaml") -> tuple[Path, int]:
    text = blank_answers(folder)
    lines = text.splitlines(keepends=True)
    line = next(i for i, t in enumerate(lines) if t.startswith("date: "))
    lines[line] = f"date: {value}\n"
    path = folder / name
    path.write_text("".join(lines), encoding="utf-8")
    return path, line + 1


@pytest.mark.parametrize("case", sorted(UNBUILDABLE))
@pytest.mark.parametrize(
    "command",
    [["validate", "PATH"], ["score", "PATH"], ["report", "PATH"], ["compare", "PATH", "OTHER"]],
)
def test_unbuildable_value_is_a_located_problem(
    case: str, command: list[str], tmp_path: Path
) -> None:
    value, message = UNBUILDABLE[case]
    path, line = _answers_with_date(tmp_path, value)
    other = str(EXAMPLE)
    args = [other if a == "OTHER" else str(path) if a == "PATH" else a for a in command]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    text = result.stdout + result.stderr
    assert "Traceback" not in text and "internal error" not in text
    column = 7 if value[0] != "{" else 10  # an unhashable key is pointed at itself
    assert f"{path}:{line}:{column}: {message}" in text, text


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_goes_on_past_an_unbuildable_file(jobs: str, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a-good.yaml")
    bad, line = _answers_with_date(folder, "2026-02-30", "b-bad.yaml")
    _answers_with_date(folder, "!!int abc", "c-bad.yaml")
    shutil.copy(EXAMPLE, folder / "d-good.yaml")
    result = runner.invoke(app, ["score", "-f", "csv", "--jobs", jobs, str(folder)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"siqassess: error: {bad}:{line}:7: '2026-02-30' is not a date that exists",
        f"siqassess: error: {folder / 'c-bad.yaml'}:{line}:7: "
        "'abc' is tagged !!int but is not a whole number",
    ]
    scored = {row.split(",")[0] for row in result.stdout.splitlines()[1:]}
    assert scored == {str(folder / "a-good.yaml"), str(folder / "d-good.yaml")}


# YAML 1.1 spellings of 60 are text, so the schema refuses them as scores.
ODD_NUMBERS = ["1:00", "6_0", "0x3C", "0o74", "074", "0b111100", "+0x3C", "60_", "1_0.0"]


@pytest.mark.parametrize("spelling", ODD_NUMBERS)
def test_yaml_1_1_number_forms_are_text(spelling: str) -> None:
    data, _ = parse("f.yaml", f"a: {spelling}\n")
    assert data == {"a": spelling}


@pytest.mark.parametrize(
    ("spelling", "value"),
    [("60", 60), ("-0", 0), ("+5", 5), ("2.5", 2.5), ("1e3", 1000.0), (".5", 0.5), ("60.", 60.0)],
)
def test_decimal_numbers_are_numbers(spelling: str, value: float) -> None:
    data, _ = parse("f.yaml", f"a: {spelling}\n")
    assert data == {"a": value} and type(data["a"]) is type(value)


@pytest.mark.parametrize("spelling", ["1:00", "6_0", "0x3C", "074"])
def test_yaml_1_1_number_forms_are_refused_as_scores(spelling: str, tmp_path: Path) -> None:
    text = blank_answers(tmp_path).replace("    score: null", f"    score: {spelling}", 1)
    path = tmp_path / "odd.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert re.match(rf"^siqassess: error: {re.escape(str(path))}:\d+:\d+: ", line), line


def test_explicit_tags_still_work() -> None:
    data, _ = parse("f.yaml", "a: !!int '60'\nb: !!str 60\nc: !!float '2.5'\n")
    assert data == {"a": 60, "b": "60", "c": 2.5}


def test_constructor_error_inside_a_list_points_at_the_item() -> None:
    with pytest.raises(InputError) as caught:
        parse("f.yaml", "a:\n  - 2026-01-01\n  - 2026-02-31\n")
    assert str(caught.value) == "f.yaml:3:5: '2026-02-31' is not a date that exists"


@pytest.mark.parametrize("spelling", ["٣٠", "６０", "²", "0٣", "1٣"])
def test_digits_outside_ascii_are_text(spelling: str) -> None:
    data, _ = parse("f.yaml", f"a: {spelling}\n")
    assert data == {"a": spelling}


def _core_schema(text: str) -> object:
    """The YAML 1.2 core schema's reading of a plain scalar, from its regular expressions."""
    if text in {"", "~", "null", "Null", "NULL"}:
        return None
    if text in {"true", "True", "TRUE", "false", "False", "FALSE"}:
        return text.lower() == "true"
    if re.fullmatch(r"[-+]?(0|[1-9][0-9]*)", text):
        return int(text)
    if re.fullmatch(r"[-+]?(\.[0-9]+|(0|[1-9][0-9]*)(\.[0-9]*)?)([eE][-+]?[0-9]+)?", text):
        return float(text)
    if re.fullmatch(r"[-+]?\.(inf|Inf|INF)", text):
        return float(text.replace(".", "").lower())
    return text


@given(st.text(alphabet="0123456789+-.eE_x:~٣６ aInfltrueTRU", min_size=1, max_size=8))
@example("0")
@example("00")
@example("+0")
@example("٣")
@example("-.inf")
def test_plain_scalars_follow_the_core_schema(text: str) -> None:
    assume(text == text.strip() and " #" not in text)
    assume(not SafeConstructor.timestamp_regexp.match(text) and ".nan" not in text.lower())
    try:
        data, _ = parse("f.yaml", f"a: {text}\n")
    except InputError:
        return  # not a plain scalar on its own (a ": " or " #" inside it, an indicator…)
    value = data["a"]
    assume(not isinstance(value, list | dict))  # "- 1" is a list, not a scalar
    expected = _core_schema(text)
    assert value == expected and type(value) is type(expected)
