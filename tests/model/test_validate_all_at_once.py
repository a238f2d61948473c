"""#27: validate keeps checking after a type error, so a model copy broken several ways shows
every problem in one run; a gap between bands names the values and points at the band before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()
MODEL = Path(__file__).resolve().parents[2] / "models" / "siq_2019_1.yaml"

BREAKS = [
    ("      - id: F1.3\n", "      - id: F1.2\n"),  # a duplicate id
    ("    weight: 50\n", "    weight: 1,5\n"),  # a number with a decimal comma
    ("{sv: Inga resultat, en: No results}", "{sv: Inga resultat}"),  # English text missing
    ("max: 30\n        label: {sv: Enstaka", "max: 20\n        label: {sv: Enstaka"),  # a gap
]


GAP_BEFORE = "max: 20\n        label: {sv: Enstaka"


def _line(text: str, marker: str) -> int:
    return text[: text.index(marker)].count("\n") + 1


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    text = MODEL.read_text(encoding="utf-8")
    for old, new in BREAKS:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path_factory.mktemp("model") / "copy.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


EXPECTED = {
    "en": [
        "missing the 'en' text [scales.results.bands[0].label]",
        "value 30 is in no band: the band 10–20 ends before it and the next starts at 40"
        " [scales.results.bands[1].max]",
        "expected a number, got '1,5' [groups.ways_of_working.weight]",
        "duplicate id 'F1.2' (already used by success_factors[0].criteria[1])"
        " [success_factors[0].criteria[2].id]",
    ],
    "sv": [
        "texten på 'en' saknas [scales.results.bands[0].label]",
        "värdet 30 ligger inte i något poängintervall: intervallet 10–20 slutar före och nästa"
        " börjar på 40 [scales.results.bands[1].max]",
        "ska vara ett tal, men är '1,5' [groups.ways_of_working.weight]",
        "id 'F1.2' finns två gånger (används redan av success_factors[0].criteria[1])"
        " [success_factors[0].criteria[2].id]",
    ],
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_one_run_reports_the_type_error_and_what_the_checks_find(
    broken: tuple[Path, str], lang: str
) -> None:
    path, text = broken
    result = runner.invoke(app, ["validate", str(path), "--lang", lang])
    assert result.exit_code == 1
    where = [
        f"{_line(text, '{sv: Inga resultat}')}:9",
        f"{_line(text, GAP_BEFORE)}:9",  # the band before the gap, not the one after
        f"{_line(text, 'weight: 1,5')}:5",
        f"{_line(text, '      - id: F1.2') + 20}:9",
    ]
    lines = result.stdout.splitlines()
    for place, message in zip(where, EXPECTED[lang], strict=True):
        assert f"{path}:{place}: {message}" in lines


def test_a_text_missing_in_one_language_is_found_beside_a_type_error(tmp_path: Path) -> None:
    text = MODEL.read_text(encoding="utf-8").replace("    weight: 50\n", "    weight: 1,5\n", 1)
    text = text.replace("label: {sv: Inga resultat, en: No results}", "label: {sv: Inga resultat}")
    path = tmp_path / "copy.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "1 file checked: 1 invalid, 2 problems"
