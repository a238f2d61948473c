"""The Measures sheet: one row per measure and year, suggestions pre-filled, bad cells located."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from siqassess.core.measure_types import Comparison, Measure
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Answer, new_answers, read_answers

from .helpers import cli, edit, make

SHEET = {"en": "Measures", "sv": "Mätetal"}


@pytest.fixture
def blank(tmp_path: Path, model: LoadedModel) -> Path:
    return make(tmp_path / "client.xlsx", model, "en")


@pytest.fixture
def blank_sv(tmp_path: Path, model: LoadedModel) -> Path:
    return make(tmp_path / "kund.xlsx", model, "sv")


def _problems(path: Path, lang: str = "en") -> list[str]:
    result = cli("validate", "--lang", lang, str(path))
    assert "Traceback" not in result.output
    assert result.exit_code == 1, result.output
    return [line.replace(str(path), "F") for line in result.stdout.splitlines()]


def _put(ws: Any, row: int, **cells: Any) -> None:
    for letter, value in cells.items():
        ws[f"{letter}{row}"] = value


def test_a_blank_workbook_offers_each_areas_suggested_measures(
    blank_sv: Path, model: LoadedModel
) -> None:
    ws = openpyxl.load_workbook(blank_sv)["Mätetal"]
    assert [c.value for c in ws[2]] == [
        "Id", "Mätetal", "Enhet", "Bra riktning", "År", "Värde", "Mål", "Jämförelse",
        "Jämförelsens källa", "Följer av (kriterier)", "Källa", "Förslag",
    ]  # fmt: skip
    assert ws.row_dimensions[1].hidden and ws.column_dimensions["L"].hidden
    names = [(ws[f"A{r}"].value, ws[f"B{r}"].value, ws[f"L{r}"].value) for r in (3, 8, 26)]
    assert names == [
        ("R1", model.nodes["R1"].measures[0]["sv"], 1),
        ("R2", model.nodes["R2"].measures[0]["sv"], 1),
        ("R5", model.nodes["R5"].measures[4]["sv"], 5),
    ]
    assert ws["A27"].value is None  # 5 + 5 + 5 + 4 + 5 suggestions, from row 3
    assert ws["F3"].protection.locked is False and ws["L3"].protection.locked is not False
    answers = read_answers(blank_sv, model)
    assert not any(a and a.measures for a in answers.answers.values())


def test_validation_stops_what_cannot_be_read_and_names_what_is_allowed(
    blank: Path, blank_sv: Path
) -> None:
    for path, lang in ((blank, "en"), (blank_sv, "sv")):
        ws = openpyxl.load_workbook(path)[SHEET[lang]]
        rules = {str(rule.sqref).split(":")[0]: rule for rule in ws.data_validations.dataValidation}
        assert {rule.errorStyle for rule in rules.values()} == {"stop"}
        shown = {
            cell: (rules[cell].formula1, rules[cell].error) for cell in ("A3", "D3", "E3", "F3")
        }
        if lang == "en":
            assert shown == {
                "A3": ('"R1,R2,R3,R4,R5"', "Type the id of a result area, for example R1."),
                "D3": ('"higher,lower,towards target"', "Choose higher, lower or towards target."),
                "E3": ("1900", "Type a year from 1900 to 2100, in four digits."),
                "F3": ("-1000000000000", "Type a number, for example 7.5, or leave it empty."),
            }
        else:
            assert shown == {
                "A3": ('"R1,R2,R3,R4,R5"', "Skriv id för ett resultatområde, till exempel R1."),
                "D3": ('"högre,lägre,mot målet"', "Välj högre, lägre eller mot målet."),
                "E3": ("1900", "Skriv ett år från 1900 till 2100 med fyra siffror."),
                "F3": ("-1000000000000", "Skriv ett tal, till exempel 7,5, eller lämna tomt."),
            }
        assert (rules["E3"].type, rules["F3"].type) == ("whole", "decimal")


def test_a_client_fills_in_measures_as_calc_and_excel_store_them(
    blank_sv: Path, model: LoadedModel
) -> None:
    def change(wb: Any) -> None:
        ws = wb["Mätetal"]
        # The first suggestion of R1, filled in over three rows (two typed by the client).
        _put(ws, 3, C="index", D="högre", E=2024, F=66, J="F1.4; F4.3", K="Enkät")
        _put(ws, 30, A="R1", B=ws["B3"].value, E="2025", F="69,5", G=70)
        _put(ws, 31, A=" R1", B=ws["B3"].value, E=2025.0, H="68", I="Kolada, riket")
        _put(ws, 32, A="R5", B="Kostnad per invånare", C="kr", D="lower", E=2026, F="1 234,5")
        _put(ws, 33, A="R5", B="Kostnad per invånare", H=1300, I="Liknande kommuner")

    answers = read_answers(edit(blank_sv, change), model)
    r1, r5 = answers.answers["R1"], answers.answers["R5"]
    assert r1 is not None and r5 is not None and r1.score is None
    assert r1.measures == [
        Measure(
            name=model.nodes["R1"].measures[0]["sv"],
            unit="index",
            direction="higher",
            suggested=1,
            values={2024: 66, 2025: 69.5},
            targets={2025: 70},
            comparisons=[Comparison(value=68, source="Kolada, riket", year=2025)],
            follows_from=["F1.4", "F4.3"],
            source="Enkät",
        )
    ]
    assert r5.measures == [
        Measure(
            name="Kostnad per invånare",
            unit="kr",
            direction="lower",
            values={2026: 1234.5},
            comparisons=[Comparison(value=1300, source="Liknande kommuner")],
        )
    ]


def test_every_bad_measure_cell_is_located_in_english(blank: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Measures"]
        _put(ws, 30, A="R2", B="Sick leave", C="%", E=2024, F="seven")
        _put(ws, 31, A="R2", B="Sick leave", E=2025, F=0.07)
        ws["F31"].number_format = "0%"
        _put(ws, 32, A="R2", B="Sick leave", E=2031, F=6)
        _put(ws, 33, A="R2", B="Sick leave", E=2025, H=6.9)
        _put(ws, 34, A="R2", B="Sick leave", I="Kolada")
        _put(ws, 35, A="R2", B="Sick leave", F=5)
        _put(ws, 36, A="R2", B="Sick leave", E=2031, F=5, C="days")
        _put(ws, 37, A="R3", B="Access", D="up", E="twenty")
        _put(ws, 38, A="R9", B="Other", E=2024, F=1)
        _put(ws, 39, B="No area", E=2024, F=1)
        _put(ws, 40, A="R4", E=2024, F=1)

    assert _problems(edit(blank, change)) == [
        "F:Measures!F30: “seven” is not a number; type it in digits (for example 70)",
        "F:Measures!F31: 7% was typed with a per-cent sign; type 7 without it",
        "F:Measures!E32: year 2031 is after the assessment (2026): values cannot come from the "
        "future",
        'F:Measures!I33: a comparison needs a source, for example "Kolada, similar municipalities"',
        "F:Measures!H34: a comparison source without a value; type the value under “Comparison”, "
        "or remove the source",
        "F:Measures!F35: a value needs its year; type the year under “Year”",
        "F:Measures!C36: “Unit” of “Sick leave” differs from row 30; make them the same, or "
        "leave this one empty",
        "F:Measures!F36: “Sick leave” already has 2031 on row 32; keep one row per year",
        "F:Measures!D37: “up” is not a direction; choose higher, lower, towards target",
        "F:Measures!E37: “twenty” is not a number; type it in digits (for example 70)",
        "F:Measures!A38: “R9” is not a result area of this questionnaire; choose one from the list",
        "F:Measures!A39: this row has a measure but no “Id”; type the id of its result area (for "
        "example R2)",
        "F:Measures!B40: this row has no “Measure”; type the measure's name",
        "1 file checked: 1 invalid, 13 problems",
    ]


def test_swedish_messages_name_the_swedish_sheet_and_headings(blank_sv: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Mätetal"]
        _put(ws, 30, A="R2", B="Sjukfrånvaro", E=2024, F="sju")
        _put(ws, 31, A="R2", B="Sjukfrånvaro", E=2031, F=6)
        _put(ws, 32, A="R2", B="Sjukfrånvaro", E=2025, H=6.9)
        _put(ws, 33, A="R2", B="Sjukfrånvaro", F=5)
        _put(ws, 34, A="F1.1", B="Något", E=2024, F=5)

    assert _problems(edit(blank_sv, change), "sv") == [
        "F:Mätetal!F30: ”sju” är inget tal; skriv det med siffror (till exempel 70)",
        "F:Mätetal!E31: året 2031 ligger efter bedömningen (2026): värden kan inte komma från "
        "framtiden",
        'F:Mätetal!I32: en jämförelse behöver en källa, till exempel "Kolada, liknande kommuner"',
        "F:Mätetal!F33: ett värde behöver sitt år; skriv året under ”År”",
        "F:Mätetal!A34: mätetal hör till ett resultatområde; F1.1 är inget sådant",
        "1 fil kontrollerad: 1 ogiltig, 5 problem",
    ]


def test_a_renamed_measures_sheet_is_found_by_its_hidden_keys(
    blank: Path, model: LoadedModel
) -> None:
    def change(wb: Any) -> None:
        ws = wb["Measures"]
        ws.title = "Our figures"
        _put(ws, 3, E=2025, F=71)

    path = edit(blank, change)
    result = cli("validate", str(path))
    assert result.exit_code == 0, result.output
    assert (
        f"{path}:Our figures: warning: the sheet “Measures” is named “Our figures”; it was read "
        "all the same, but give it back its name"
    ) in result.output
    r1 = read_answers(path, model).answers["R1"]
    assert r1 is not None and r1.measures[0].values == {2025: 71}


def test_a_workbook_from_before_the_measures_sheet_is_still_read(
    blank: Path, model: LoadedModel
) -> None:
    def change(wb: Any) -> None:
        del wb["Measures"]
        wb["Questions"]["E4"] = 60

    answers = read_answers(edit(blank, change), model)
    assert not any(a and a.measures for a in answers.answers.values())


def test_convert_round_trips_measures_through_the_workbook(
    tmp_path: Path, model: LoadedModel
) -> None:
    from siqassess.io.answers import save_answers

    answers = new_answers(model, organisation="Norrvik", language="sv", date=dt.date(2026, 5, 1))
    answers.answers["R4"] = Answer(
        score=60,
        measures=[
            Measure(
                name="Fossilfria fordon",
                unit="%",
                direction="target",
                suggested=2,
                values={2023: 52, 2024: 64.25, 2026: 80},
                targets={2024: 60, 2028: 90},
                comparisons=[
                    Comparison(value=70, source="Riket", year=2024),
                    Comparison(value=55, source="Länet"),
                    Comparison(value=71, source="Liknande kommuner", year=2024),
                    Comparison(value=50, source="Äldre", year=2023),
                ],
                follows_from=["F2.3"],
                source="Fordonsregistret",
            ),
            Measure(name="Avfall", direction="lower"),
        ],
    )
    source = tmp_path / "a.yaml"
    save_answers(source, answers, model)
    book, back = tmp_path / "a.xlsx", tmp_path / "b.yaml"
    assert cli("convert", str(source), "-o", str(book)).exit_code == 0
    assert cli("convert", str(book), "-o", str(back)).exit_code == 0
    assert back.read_text("utf-8") == source.read_text("utf-8")
    ws = openpyxl.load_workbook(book)["Mätetal"]
    rows = [r for r in range(3, ws.max_row + 1) if ws[f"A{r}"].value == "R4"]
    shown = [(ws[f"B{r}"].value[:4], ws[f"E{r}"].value, ws[f"I{r}"].value) for r in rows]
    assert shown == [  # year by year, each comparison after the one before it
        ("Foss", 2023, None),
        ("Foss", 2024, "Riket"),
        ("Foss", None, "Länet"),
        ("Foss", 2024, "Liknande kommuner"),
        ("Foss", 2023, "Äldre"),
        ("Foss", 2026, None),
        ("Foss", 2028, None),
        ("Avfa", None, None),
        ("Utsl", None, None),  # the suggestions not yet taken: 1, 3 and 4 of R4's
        ("Ande", None, None),
        ("Mäng", None, None),
    ]


def test_the_instructions_point_to_the_measures_sheet(blank: Path, blank_sv: Path) -> None:
    said = {
        "en": "Results as data: on the sheet Measures, give each result area's measures, one "
        "row per year: the value, the target and a comparison with its source. The model's "
        "suggested measures stand there as names; fill in those you follow, or add rows of "
        "your own with the area's id and the measure's name.",
        "sv": "Resultat som data: på bladet Mätetal anger ni varje resultatområdes mätetal, en "
        "rad per år: värdet, målet och en jämförelse med sin källa. Modellens föreslagna "
        "mätetal står där som namn; fyll i dem ni följer, eller lägg till egna rader med "
        "områdets id och mätetalets namn.",
    }
    for path, lang, sheet in ((blank, "en", "Instructions"), (blank_sv, "sv", "Instruktioner")):
        ws = openpyxl.load_workbook(path)[sheet]
        shown = [ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)]
        assert said[lang] in shown
        assert (
            shown.index(said[lang])
            == shown.index(next(s for s in shown if s and s.startswith("6."))) + 1
        )
