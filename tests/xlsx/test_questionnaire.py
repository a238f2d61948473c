"""`init -o FILE.xlsx`: the workbook a client fills in, as Excel or Calc opens it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from siqassess.criteria.tree import LoadedModel

from .helpers import cli, make, row_of

SHEETS = {
    "sv": ["Instruktioner", "Frågor", "Åtgärder", "Mätetal", "Nivåer", "siqassess"],
    "en": ["Instructions", "Questions", "Actions", "Measures", "Levels", "siqassess"],
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_init_writes_sheets_named_in_the_language(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "client.xlsx"
    result = cli("init", "-o", str(out), "--lang", lang)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS[lang]
    assert wb["siqassess"].sheet_state == "hidden"
    assert wb.active.title == SHEETS[lang][0]


def test_format_option_and_extension_must_agree(tmp_path: Path) -> None:
    result = cli("init", "--format", "xlsx", "-o", str(tmp_path / "client.yaml"))
    assert result.exit_code == 2
    # The registry's one message for every writing command, in the user's language (#21).
    assert result.output == (
        "siqassess: error: --format xlsx contradicts the extension of 'client.yaml' (yaml); "
        "change one of them\n"
    )
    result = cli("init", "--format", "xlsx", "-o", str(tmp_path / "client.yaml"), "--lang", "sv")
    assert result.exit_code == 2
    assert result.output == (
        "siqassess: fel: --format xlsx stämmer inte med filändelsen i 'client.yaml' (yaml); "
        "ändra en av dem\n"
    )
    assert not (tmp_path / "client.yaml").exists()


def test_questions_sheet_has_one_row_per_leaf_in_model_order(
    tmp_path: Path, model: LoadedModel
) -> None:
    ws = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model, "sv"))["Frågor"]
    heads = [c.value for c in ws[2]]
    assert heads == [
        "Id", "Faktor eller område", "Fråga", "Vägledning", "Poäng", "Nivån innebär",
        "Ej tillämplig", "Motivering (ej tillämplig)", "Eget mål", "Kommentar",
        "Underlag (ett per rad)",
        "Styrkor (en per rad)", "Förbättringsområden (en per rad)", "Id",
    ]  # fmt: skip
    keys = [ws.cell(row=r, column=14).value for r in range(3, ws.max_row + 1)]
    assert [k for k in keys if k] == [leaf.id for leaf in model.leaves]
    first = row_of(ws, "F1.1")
    assert ws.cell(row=first - 1, column=1).value == "F1"  # the factor's heading row
    assert ws.cell(row=first, column=3).value.startswith("Beskriv hur ni")


def test_only_answer_cells_are_unlocked_and_the_sheet_is_protected(
    tmp_path: Path, model: LoadedModel
) -> None:
    ws = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model))["Questions"]
    assert ws.protection.sheet and not ws.protection.password
    row = row_of(ws, "F1.1")
    unlocked = [c.column_letter for c in ws[row] if not c.protection.locked]
    assert unlocked == ["E", "G", "H", "I", "J", "K", "L", "M"]


def test_layout_freeze_print_and_hidden_keys(tmp_path: Path, model: LoadedModel) -> None:
    ws = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model))["Questions"]
    assert ws.freeze_panes == "A3"
    assert ws.row_dimensions[1].hidden and ws.column_dimensions["N"].hidden
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.print_title_rows == "$2:$2"
    assert ws["C3"].alignment.wrap_text or ws[f"C{row_of(ws, 'F1.1')}"].alignment.wrap_text
    assert ws.column_dimensions["C"].width == 40
    # Calc does not grow rows on opening: the writer sizes them to their wrapped text.
    assert ws.row_dimensions[row_of(ws, "F1.1")].height >= 60


def test_dropdowns_for_score_target_and_yes_no(tmp_path: Path, model: LoadedModel) -> None:
    ws = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model, "sv"))["Frågor"]
    row = row_of(ws, "F1.1")
    lists = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert '"Ja,Nej"' in lists and f"G{row}" in lists['"Ja,Nej"'].split()
    scale = '"0,10,20,30,40,50,60,70,80,90,100"'
    assert {f"E{row}", f"I{row}"} <= set(lists[scale].split())


def test_level_column_looks_up_the_chosen_score(tmp_path: Path, model: LoadedModel) -> None:
    wb = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model))
    row = row_of(wb["Questions"], "F1.1")
    formula = wb["Questions"][f"F{row}"].value
    assert formula.startswith(f"=IF(ISNUMBER(E{row}),IFERROR(VLOOKUP(E{row},'Levels'!$B$2:$E$")
    levels = wb["Levels"]
    assert [c.value for c in levels[4]][1:4] == [40, 60, "Established"]


def test_metadata_names_the_model_and_language(tmp_path: Path, model: LoadedModel) -> None:
    meta = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model, "sv"))["siqassess"]
    pairs = {
        meta.cell(row=r, column=1).value: meta.cell(row=r, column=2).value for r in range(1, 12)
    }
    assert pairs["magic"] == "siqassess-questionnaire"
    assert pairs["format"] == 1
    assert (pairs["model_id"], pairs["model_version"]) == (model.id, model.version)
    assert pairs["model_sha256"] == model.sha256
    assert pairs["language"] == "sv"


def test_instructions_explain_steps_scale_and_na(tmp_path: Path, model: LoadedModel) -> None:
    ws = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model))["Instructions"]
    texts = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "needs a reason" in texts
    assert "send it back" in texts
    assert "40–60  Established" in texts
    assert model.spec.scales["results"].bands[-1].descriptor["en"] in texts
    fields = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=3) for r in range(1, 10)}
    assert fields["organisation"].value == "Norrvik"
    assert not fields["respondent"].protection.locked


def test_text_that_looks_like_a_formula_is_written_as_text(
    tmp_path: Path, model: LoadedModel
) -> None:
    from siqassess.io.answers import Answer, new_answers

    answers = new_answers(model, organisation='=HYPERLINK("x")', language="en")
    answers.answers["F1.1"] = Answer(score=50, note="=1+1", strengths=["+sum", "@x", "-y"])
    ws = openpyxl.load_workbook(make(tmp_path / "q.xlsx", model, answers=answers))["Questions"]
    row = row_of(ws, "F1.1")
    assert ws[f"J{row}"].value == "=1+1" and ws[f"J{row}"].data_type == "s"
    assert ws[f"L{row}"].data_type == "s"
