"""Next year's questionnaire shows last year's values, and every workbook the placement guidance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .helpers import cli, edit, make, row_of

LAST = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2025.yaml"


def _last(folder: Path) -> Path:
    """Last year's file, with F5.3 not applicable."""
    path = folder / "last.yaml"
    if not path.exists():
        text = LAST.read_text(encoding="utf-8")
        na = "  F5.3:\n    na: true\n    reason: ingen jämförelse gjordes\n"
        path.write_text(text.replace("  F5.3:\n    score: 20\n", na), encoding="utf-8")
    return path


def _next_year(folder: Path, suffix: str) -> Path:
    out = folder / f"next{suffix}"
    result = cli("init", "--from", str(_last(folder)), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_last_year_column_before_the_score_read_only(tmp_path: Path, model: LoadedModel) -> None:
    ws = openpyxl.load_workbook(_next_year(tmp_path, ".xlsx"))["Frågor"]
    heads = [c.value for c in ws[2]]
    assert heads[3:7] == ["Vägledning", "Förra året", "Poäng", "Nivån innebär"]
    last = read_answers(_last(tmp_path), model).answers
    f11, na = row_of(ws, "F1.1"), row_of(ws, "F5.3")
    assert (ws[f"E{f11}"].value, ws[f"E{f11}"].data_type) == (last["F1.1"].score, "n")
    assert ws[f"E{na}"].value == "Ej tillämplig" and last["F5.3"].na
    assert ws[f"E{f11}"].protection.locked and not ws[f"F{f11}"].protection.locked
    assert ws[f"F{f11}"].value is None  # this year's score starts blank
    # The level lookup follows the score to its new column.
    assert ws[f"G{f11}"].value.startswith(f"=IF(ISNUMBER(F{f11})")


def test_reading_back_keeps_last_year_and_ignores_the_visible_column(
    tmp_path: Path, model: LoadedModel
) -> None:
    xlsx = _next_year(tmp_path, ".xlsx")
    expected = read_answers(_next_year(tmp_path, ".yaml"), model)

    def change(wb: Any) -> None:
        ws = wb["Frågor"]
        ws.protection.sheet = False  # a client who lifts the protection and types over it
        ws[f"E{row_of(ws, 'F1.1')}"] = 100
        ws[f"F{row_of(ws, 'F1.1')}"] = 70

    got = read_answers(edit(xlsx, change), model)
    f11 = got.answers["F1.1"]
    assert f11 and (f11.score, f11.last_year) == (70, expected.answers["F1.1"].last_year)
    assert {k: a.last_year for k, a in got.answers.items() if a} == {
        k: a.last_year for k, a in expected.answers.items() if a
    }
    assert got.answers["F5.3"] and got.answers["F5.3"].last_year == "na"


def test_convert_yaml_xlsx_yaml_keeps_last_year(tmp_path: Path) -> None:
    source = _next_year(tmp_path, ".yaml")
    xlsx, back = tmp_path / "n.xlsx", tmp_path / "back.yaml"
    assert cli("convert", str(source), "-o", str(xlsx)).exit_code == 0
    assert cli("convert", str(xlsx), "-o", str(back)).exit_code == 0
    text = back.read_text(encoding="utf-8")
    assert text == source.read_text(encoding="utf-8")
    assert "last_year: na" in text and "# förra året: 60" in text


def test_a_fresh_questionnaire_has_no_last_year_column(tmp_path: Path, model: LoadedModel) -> None:
    ws = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model))["Questions"]
    assert "Last year" not in [c.value for c in ws[2]]


def test_placement_guidance_on_levels_and_instructions(tmp_path: Path, model: LoadedModel) -> None:
    for lang, title, levels, instructions in (
        ("en", "Within a band", "Levels", "Instructions"),
        ("sv", "Inom poängintervallet", "Nivåer", "Instruktioner"),
    ):
        wb = openpyxl.load_workbook(make(tmp_path / f"q-{lang}.xlsx", model, lang))
        for scale in model.spec.scales.values():
            assert scale.placement is not None
            guidance = scale.placement[lang]
            rows = [[c.value for c in row] for row in wb[levels].iter_rows()]
            assert [scale.name[lang], None, None, title, guidance] in rows
            cells = [[c.value for c in row][1:3] for row in wb[instructions].iter_rows()]
            assert [title, guidance] in cells
        # The level lookup ranges end above the guidance rows.
        questions = wb["Questions" if lang == "en" else "Frågor"]
        lookup = questions[f"F{row_of(questions, 'F1.1')}"].value
        last_band = len(model.spec.scales["ways_of_working"].bands) + 1
        assert f"$B$2:$E${last_band}," in lookup


def test_init_from_says_what_carried_over(tmp_path: Path) -> None:
    out = tmp_path / "next.xlsx"
    result = cli("init", "--from", str(_last(tmp_path)), "-o", str(out))
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first == (
        f"Skrev {out}, startad från {_last(tmp_path)}: huvud, iakttagelser, underlag, "
        "kommentarer, mål och åtgärder följer med; alla poäng och ej tillämpliga är tomma."
    )
