"""Reading a questionnaire back: what Excel and clients really do is accepted, the rest located."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.errors import ValidationError
from siqassess.io.answers import read_answers

from .helpers import cli, edit, make, row_of


@pytest.fixture
def blank(tmp_path: Path, model: LoadedModel) -> Path:
    return make(tmp_path / "client.xlsx", model, "en")


@pytest.fixture
def blank_sv(tmp_path: Path, model: LoadedModel) -> Path:
    return make(tmp_path / "kund.xlsx", model, "sv")


def _fill(ws: Any, leaf: str, **cells: Any) -> None:
    row = row_of(ws, leaf)
    for letter, value in cells.items():
        ws[f"{letter}{row}"] = value


def test_client_values_as_excel_stores_them(blank: Path, model: LoadedModel) -> None:
    def change(wb: Any) -> None:
        ws = wb["Questions"]
        _fill(ws, "F1.1", E=60.0, I="80", J="line one\nline två ✓")
        _fill(ws, "F1.2", E=" 70 ", K="https://intranet/plan\nminutes 2025-03")
        _fill(ws, "F1.3", G="Ja", H="We have no customers of that kind")
        _fill(ws, "F1.4", G="no", E=30, L="• clear goals\n• regular\nreviews", M="speed")
        wb["Instructions"]["C5"] = "Technical services"
        wb["Instructions"]["C7"] = dt.datetime(2026, 3, 4)

    answers = read_answers(edit(blank, change), model)
    one, two, three, four = (answers.answers[k] for k in ("F1.1", "F1.2", "F1.3", "F1.4"))
    assert one and (one.score, one.target, one.note) == (60, 80, "line one\nline två ✓")
    assert two and two.score == 70 and two.evidence == ["https://intranet/plan", "minutes 2025-03"]
    assert three and three.na and three.reason == "We have no customers of that kind"
    assert four and four.score == 30 and not four.na
    assert four.strengths == ["clear goals", "regular\nreviews"] and four.improvements == ["speed"]
    assert (answers.unit, answers.date) == ("Technical services", dt.date(2026, 3, 4))
    assert answers.organisation == "Norrvik" and answers.language == "en"


def test_sorted_rows_inserted_columns_and_extras(blank: Path, model: LoadedModel) -> None:
    def change(wb: Any) -> None:
        ws = wb["Questions"]
        _fill(ws, "F1.1", E=40)
        _fill(ws, "R1", E=90)
        # The client reverses the rows, adds a column in front, an empty row and a sheet.
        values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
        for offset, row in enumerate(reversed(values)):
            for col, value in enumerate(row, start=1):
                ws.cell(row=3 + offset, column=col).value = value
        ws.insert_cols(1)
        ws.insert_rows(5)
        ws["A2"] = "My own column"
        ws["A5"] = "a remark of mine"
        wb.create_sheet("Scratch")["A1"] = "=SUM(1,2)"
        ws.cell(row=3, column=2).comment = None

    answers = read_answers(edit(blank, change), model)
    f11, r1 = answers.answers["F1.1"], answers.answers["R1"]
    assert f11 and f11.score == 40 and r1 and r1.score == 90
    assert sum(1 for a in answers.answers.values() if a) == 2


def test_filtered_rows_are_still_read(blank: Path, model: LoadedModel) -> None:
    def change(wb: Any) -> None:
        ws = wb["Questions"]
        _fill(ws, "F2.1", E=50)
        ws.row_dimensions[row_of(ws, "F2.1")].hidden = True

    answer = read_answers(edit(blank, change), model).answers["F2.1"]
    assert answer and answer.score == 50


def test_swedish_yes_no_and_decimal_comma(blank_sv: Path, model: LoadedModel) -> None:
    def change(wb: Any) -> None:
        ws = wb["Frågor"]
        _fill(ws, "F1.1", E="60,0")
        _fill(ws, "F1.2", G="JA", H="gäller inte oss")
        _fill(ws, "F1.3", G="Yes", H="not us")

    answers = read_answers(edit(blank_sv, change), model)
    assert answers.answers["F1.1"].score == 60  # type: ignore[union-attr]
    assert answers.answers["F1.2"].na and answers.answers["F1.3"].na  # type: ignore[union-attr]


def _problems(path: Path, *more: str) -> list[str]:
    result = cli("validate", str(path), *more)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.stdout.splitlines()


def test_every_bad_cell_is_named_in_english(blank: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Questions"]
        _fill(ws, "F1.1", E="=40+20")
        _fill(ws, "F1.2", E=55)
        _fill(ws, "F1.3", G="maybe")
        _fill(ws, "F1.4", G="Yes")
        _fill(ws, "F2.1", I="sixty")

    path = edit(blank, change)
    row = {leaf: row_of_file(path, leaf) for leaf in ("F1.1", "F1.2", "F1.3", "F1.4", "F2.1")}
    assert _problems(path) == [
        f"{path}:Questions!E{row['F1.1']}: a formula in an answer cell; type the value instead",
        f"{path}:Questions!E{row['F1.2']}: 55 is not on the scale; choose 50 or 60",
        f"{path}:Questions!G{row['F1.3']}: “maybe” is neither Yes nor No; choose one from the list",
        f"{path}:Questions!G{row['F1.4']}: “Not applicable” is Yes; write under “Reason (N/A)” "
        "why the question does not apply",
        f"{path}:Questions!I{row['F2.1']}: “sixty” is not a number; type it in digits (for "
        "example 70)",
        "1 file checked: 1 invalid, 5 problems",
    ]


def row_of_file(path: Path, leaf: str) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return row_of(wb.worksheets[1], leaf)


def test_swedish_messages_name_the_swedish_sheet(blank_sv: Path) -> None:
    path = edit(blank_sv, lambda wb: _fill(wb["Frågor"], "F1.1", G="kanske"))
    row = row_of_file(path, "F1.1")
    assert _problems(path)[0] == (
        f"{path}:Frågor!G{row}: ”kanske” är varken Ja eller Nej; välj i listan"
    )


def test_json_and_github_formats_carry_the_cell(blank_sv: Path) -> None:
    path = edit(blank_sv, lambda wb: _fill(wb["Frågor"], "F1.1", E="=1"))
    row = row_of_file(path, "F1.1")
    doc = json.loads(cli("validate", "-f", "json", str(path)).stdout)
    problem = doc["files"][0]["problems"][0]
    assert (problem["file"], problem["cell"], problem["line"]) == (
        str(path),
        f"Frågor!E{row}",
        None,
    )
    github = cli("validate", "-f", "github", str(path)).stdout
    assert github.startswith(f"::error file={path}::Frågor!E{row}: en formel i en svarscell")


def test_a_different_model_hash_is_refused(blank: Path) -> None:
    def change(wb: Any) -> None:
        meta = wb["siqassess"]
        for row in meta.iter_rows():
            if row[0].value == "model_sha256":
                row[1].value = "0" * 64

    lines = _problems(edit(blank, change))
    assert lines[0].startswith(f"{blank}:siqassess!B6: answers a different model: content hash ")


def test_missing_metadata_sheet_is_not_a_questionnaire(blank: Path) -> None:
    def change(wb: Any) -> None:
        del wb["siqassess"]

    assert _problems(edit(blank, change))[0] == (
        f"{blank}: not a siqassess questionnaire; make one with `siqassess init -o FILE.xlsx`"
    )


@pytest.mark.parametrize(("suffix", "kind"), [(".xls", "xls"), (".ods", "ods")])
def test_old_formats_say_save_as_xlsx(tmp_path: Path, suffix: str, kind: str) -> None:
    path = tmp_path / f"client{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert _problems(path)[0] == (
        f"{path}: a {kind} file cannot be read: open it and save it as an Excel workbook: in "
        "LibreOffice, File > Save As, file type “Excel 2007-365 (.xlsx)”, then “Use Excel "
        "2007-365!”; in Excel, File > Save As, “Excel Workbook (*.xlsx)”"
    )


def test_xlsm_is_read_for_values_only(blank: Path, tmp_path: Path, model: LoadedModel) -> None:
    macro = tmp_path / "client.xlsm"
    macro.write_bytes(blank.read_bytes())
    answers = read_answers(macro, model)
    assert answers.organisation == "Norrvik"


def test_reader_raises_with_every_problem(blank: Path, model: LoadedModel) -> None:
    path = edit(blank, lambda wb: _fill(wb["Questions"], "F1.1", E="x", I="y"))
    with pytest.raises(ValidationError) as caught:
        read_answers(path, model)
    row = row_of_file(path, "F1.1")
    cells = [p.location.cell for p in caught.value.problems]
    assert cells == [f"Questions!E{row}", f"Questions!I{row}"]


def test_actions_attach_to_their_area_for_improvement(blank: Path, model: LoadedModel) -> None:
    def change(wb: Any) -> None:
        _fill(wb["Questions"], "F3.1", M="• faster onboarding\n• shared calendar")
        acts = wb["Actions"]
        acts.append(["F3.1", 2, None, "buy a tool", "Kim", dt.datetime(2026, 5, 1), "in progress"])
        acts["A9"], acts["B9"], acts["D9"], acts["G9"] = "F3.1", "1", "write a checklist", "done"

    answer = read_answers(edit(blank, change), model).answers["F3.1"]
    assert answer is not None
    first, second = answer.improvements
    assert not isinstance(first, str) and not isinstance(second, str)
    assert [(a.text, a.status) for a in first.actions] == [("write a checklist", "done")]
    assert second.actions[0].model_dump() == {
        "text": "buy a tool", "owner": "Kim", "due": dt.date(2026, 5, 1), "status": "in_progress"
    }  # fmt: skip


def test_an_action_for_no_such_improvement_is_located(blank: Path) -> None:
    def change(wb: Any) -> None:
        wb["Actions"]["A3"], wb["Actions"]["B3"], wb["Actions"]["D3"] = "F3.1", 4, "x"

    assert _problems(edit(blank, change))[0] == (
        f"{blank}:Actions!B3: F3.1 has no area for improvement number 4; write the area under "
        "“Areas for improvement (one per line)” on the question's row first"
    )


def test_score_report_and_aggregate_read_workbooks(tmp_path: Path, model: LoadedModel) -> None:
    (tmp_path / "team").mkdir()
    for name, value in (("a", 40), ("b", 80)):
        path = make(tmp_path / "team" / f"{name}.xlsx", model)

        def answer_all(wb: Any, value: int = value) -> None:
            for leaf in model.leaves:
                _fill(wb["Questions"], leaf.id, E=value)

        edit(path, answer_all)
    (tmp_path / "team" / "~$a.xlsx").write_bytes(b"lock file of an open Excel")
    score = cli("score", "-f", "json", str(tmp_path / "team"))
    assert score.exit_code == 0, score.output
    totals = [doc["total"]["score"] for doc in json.loads(score.stdout)["files"]]
    assert totals == [40, 80]
    report = cli("report", str(tmp_path / "team" / "a.xlsx"), "-f", "md")
    assert report.exit_code == 0 and "Norrvik" in report.stdout
    agg = cli("aggregate", "-f", "json", str(tmp_path / "team"))
    assert agg.exit_code == 0, agg.output
    compare = cli("compare", str(tmp_path / "team" / "a.xlsx"), str(tmp_path / "team" / "b.xlsx"))
    assert compare.exit_code == 0, compare.output


def test_assess_says_how_to_convert(blank: Path) -> None:
    result = cli("assess", str(blank))
    assert result.exit_code == 2
    yaml_file = blank.with_suffix(".yaml")
    assert result.output.strip() == (
        f"siqassess: error: {blank} is a workbook; the interview works on YAML: run "
        f"`siqassess convert {blank} -o {yaml_file}`, then `siqassess assess {yaml_file}`"
    )


def test_sheet_names_are_found_in_either_language(blank: Path, model: LoadedModel) -> None:
    def rename(wb: Any) -> None:
        wb["Questions"].title = "Frågor"  # a client who "translated" the sheet tab
        _fill(wb["Frågor"], "F1.1", E=60)
        wb["Actions"].title = "Åtgärder"

    answers = read_answers(edit(blank, rename), model)
    assert answers.answers["F1.1"] and answers.answers["F1.1"].score == 60


def test_a_renamed_sheet_is_read_with_a_warning(blank: Path, blank_sv: Path) -> None:
    edit(blank, lambda wb: setattr(wb["Questions"], "title", "My answers"))
    result = cli("validate", str(blank))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        f"{blank}:My answers: warning: the sheet “Questions” is named “My answers”; it was read "
        "all the same, but give it back its name",
        "1 file checked: all valid, 1 warning",
    ]
    assert cli("validate", "--strict", str(blank)).exit_code == 1
    edit(blank_sv, lambda wb: setattr(wb["Frågor"], "title", "Mina svar"))
    result = cli("validate", "--lang", "sv", str(blank_sv))
    assert result.output.splitlines()[1:] == [
        f"{blank_sv}:Mina svar: varning: bladet ”Frågor” heter ”Mina svar”; det lästes ändå, men "
        "ge det tillbaka sitt namn",
        "1 fil kontrollerad: giltig, 1 varning",
    ]


def test_empty_rows_far_down_cost_nothing(blank: Path, model: LoadedModel) -> None:
    # LibreOffice writes an empty <row r="1048576"> after a row is deleted: the limit counts
    # rows that hold something, never the address of the last one.
    def change(wb: Any) -> None:
        _fill(wb["Questions"], "F1.1", E=60)
        wb["Questions"].row_dimensions[1_048_576].height = 12.8

    answers = read_answers(edit(blank, change), model)
    assert answers.answers["F1.1"] and answers.answers["F1.1"].score == 60


def test_a_csv_or_ods_says_how_to_save_as_xlsx_in_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file says nothing of its language: the message is in the locale's.
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "SIQASSESS_LANG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "kund.csv"
    path.write_text("Id;Poäng\nF1.1;60\n", encoding="utf-8")
    result = cli("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"{path}: en CSV-fil går inte att läsa: öppna den och spara den som Excel-arbetsbok: i "
        "LibreOffice Arkiv > Spara som, filtyp ”Excel 2007-365 (.xlsx)”, sedan ”Använd formatet "
        "Excel 2007-365!”; i Excel Arkiv > Spara som, ”Excel-arbetsbok (*.xlsx)”"
    )
