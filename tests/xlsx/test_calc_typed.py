"""What a client does in LibreOffice Calc is read or reported: typed through Calc, saved by it.

Calc itself parses what is typed (``calc_uno.py`` drives one headless soffice over UNO, with
Swedish settings, for the whole module), deletes and inserts rows and columns, renames a
sheet, marks invalid data, and saves the .xlsx and a PDF; siqassess then reads Calc's file.
Runs where `soffice` and the system Python's `uno` module are found (Debian: libreoffice-calc,
python3-uno), skips elsewhere:
    pytest tests/xlsx/test_calc_typed.py -m office
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .helpers import cli, make, row_of

HELPER = Path(__file__).with_name("calc_uno.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def _has_uno() -> bool:
    if shutil.which("soffice") is None or not Path(SYSTEM_PYTHON).exists():
        return False
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False)
    return found.returncode == 0


pytestmark = [
    pytest.mark.office,
    pytest.mark.skipif(not _has_uno(), reason="needs LibreOffice (soffice) and python3-uno"),
]

NAMES = {
    "en": {"q": "Questions", "a": "Actions", "i": "Instructions"},
    "sv": {"q": "Frågor", "a": "Åtgärder", "i": "Instruktioner"},
}
RENAMED = {"en": "My answers", "sv": "Mina svar"}
Ops = list[list[Any]]


def _scenarios(lang: str, row: dict[str, int]) -> dict[str, Ops]:
    """What a client does, per scenario, as calc_uno.py operations."""
    q, a, i = NAMES[lang]["q"], NAMES[lang]["a"], NAMES[lang]["i"]
    one, two, three = row["F1.1"], row["F1.2"], row["F1.3"]
    area = ["type", q, f"M{one}", "snabbare start"]
    return {
        "deleted_row": [["unprotect", q], ["delete_row", q, row["R4"]]],
        "deleted_column": [["unprotect", q], ["delete_column", q, 2], ["type", q, f"D{one}", "60"]],
        "inserted_row": [
            ["unprotect", q],
            ["insert_row", q, one],
            ["type", q, f"E{one + 1}", "60"],
            ["type", q, f"J{one}", "egen anteckning"],
        ],
        "together": [
            ["type", q, f"E{one}", "60"],
            ["type", q, f"H{one}", "Gäller inte oss, vi är ett bolag"],
            ["type", q, f"I{two}", "80"],
        ],
        "actions": [area, ["type", a, "A3", "F1.1"], ["type", a, "D3", "Köp ett verktyg"],
                    ["type", a, "D4", "Ring kunden"]],
        "dates": [
            ["type", i, "C7", "7 dec"],
            area,
            ["type", a, "A3", "F1.1"],
            ["type", a, "B3", "1"],
            ["type", a, "D3", "Köp ett verktyg"],
            ["type", a, "F3", "31 mars"],
        ],
        "typed": [
            ["type", q, f"E{one}", "70%"],
            ["type", q, f"E{two}", "75"],
            ["type", q, f"E{three}", "sjuttio"],
            ["invalid", q],
            ["rule", q, f"E{one}"],
            ["rule", q, f"G{one}"],
            ["rule", a, "F3"],
            ["rule", a, "G3"],
        ],
        "renamed": [["type", q, f"E{one}", "75"], ["rename", q, RENAMED[lang]]],
    }  # fmt: skip


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory, model: LoadedModel) -> dict[str, Any]:
    """Every scenario in both languages, done by one soffice; the saved files and results."""
    folder = tmp_path_factory.mktemp("calc")
    jobs: list[dict[str, Any]] = []
    keys: list[str] = []
    rows: dict[str, dict[str, int]] = {}
    for lang in ("en", "sv"):
        blank = make(folder / f"blank-{lang}.xlsx", model, lang)
        import openpyxl

        ws = openpyxl.load_workbook(blank)[NAMES[lang]["q"]]
        rows[lang] = row = {leaf.id: row_of(ws, leaf.id) for leaf in model.leaves}
        for name, ops in _scenarios(lang, row).items():
            out = folder / f"{name}-{lang}.xlsx"
            jobs.append({"in": str(blank), "out": str(out), "ops": ops})
            keys.append(f"{name}-{lang}")
        jobs.append({"in": str(blank), "pdf": str(folder / f"print-{lang}.pdf"), "ops": []})
        keys.append(f"print-{lang}")
    spec = folder / "jobs.json"
    spec.write_text(json.dumps({"profile": str(folder / "profile"), "jobs": jobs}), "utf-8")
    done = subprocess.run(
        [SYSTEM_PYTHON, str(HELPER), str(spec)], capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stderr
    return {
        "folder": folder,
        "rows": rows,
        "results": dict(zip(keys, json.loads(done.stdout), strict=True)),
    }


def _file(calc: dict[str, Any], name: str, lang: str) -> Path:
    return Path(calc["folder"]) / f"{name}-{lang}.xlsx"


def _validate(path: Path, lang: str, *more: str) -> tuple[int, list[str]]:
    result = cli("validate", "--lang", lang, *more, str(path))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout.splitlines()


def _lines(calc: dict[str, Any], name: str, lang: str, *more: str) -> tuple[int, list[str]]:
    """Exit code and output of ``validate`` on a scenario's file, the folder shown as ``F``."""
    code, lines = _validate(_file(calc, name, lang), lang, *more)
    return code, [line.replace(str(calc["folder"]), "F") for line in lines]


def _ok(name: str, lang: str, answered: int) -> str:
    missing = 32 - answered
    if lang == "sv":
        done = f"{answered} besvarad{'' if answered == 1 else 'e'}"
        counts = f"{done} · 0 ej tillämpliga · {missing} saknas"
        return f"F/{name}-sv.xlsx: ok (svar på siq-2019-1 2019:1, {counts})"
    counts = f"{answered} answered · 0 not applicable · {missing} missing"
    return f"F/{name}-en.xlsx: ok (answers to siq-2019-1 2019:1, {counts})"


def test_a_deleted_row_is_named_not_a_too_large_workbook(calc: dict[str, Any]) -> None:
    sheet = zipfile.ZipFile(_file(calc, "deleted_row", "sv")).read("xl/worksheets/sheet2.xml")
    assert b'<row r="1048576"' in sheet  # what Calc writes after a delete: an empty last row
    assert _lines(calc, "deleted_row", "en") == (
        1,
        [
            "F/deleted_row-en.xlsx:Questions: the row of question R4 is missing; undo the deletion",
            "1 file checked: 1 invalid, 1 problem",
        ],
    )
    assert _lines(calc, "deleted_row", "sv") == (
        1,
        [
            "F/deleted_row-sv.xlsx:Frågor: raden för frågan R4 saknas; ångra borttagningen",
            "1 fil kontrollerad: 1 ogiltig, 1 problem",
        ],
    )


def test_a_deleted_column_moves_nothing(calc: dict[str, Any], model: LoadedModel) -> None:
    for lang in ("en", "sv"):
        assert _lines(calc, "deleted_column", lang) == (
            0,
            [
                _ok("deleted_column", lang, 1),
                "1 file checked: all valid" if lang == "en" else "1 fil kontrollerad: giltig",
            ],
        )
        answer = read_answers(_file(calc, "deleted_column", lang), model).answers["F1.1"]
        assert answer is not None and answer.score == 60


def test_a_row_inserted_above_the_first_question(calc: dict[str, Any]) -> None:
    assert _lines(calc, "inserted_row", "en") == (
        1,
        [
            "F/inserted_row-en.xlsx:Questions!J4: this row is no question's (it has no “Id”), so "
            "what is typed here is not read; move it to the row of its question",
            "1 file checked: 1 invalid, 1 problem",
        ],
    )
    assert _lines(calc, "inserted_row", "sv") == (
        1,
        [
            "F/inserted_row-sv.xlsx:Frågor!J4: raden hör inte till någon fråga (den saknar ”Id”), "
            "så det som står här läses inte; flytta det till frågans rad",
            "1 fil kontrollerad: 1 ogiltig, 1 problem",
        ],
    )


def test_a_reason_without_na_and_a_target_without_score_warn(calc: dict[str, Any]) -> None:
    assert _lines(calc, "together", "en") == (
        0,
        [
            _ok("together", "en", 1),
            "F/together-en.xlsx:Questions!H4: warning: a reason is written under “Reason (N/A)” "
            "but “Not applicable” is not Yes; choose Yes under “Not applicable” (and clear the "
            "score), or clear the reason",
            "F/together-en.xlsx:Questions!I5: warning: an own target under “Own target” counts "
            "only with a score; choose a score under “Score”",
            "1 file checked: all valid, 2 warnings",
        ],
    )
    assert _lines(calc, "together", "sv") == (
        0,
        [
            _ok("together", "sv", 1),
            "F/together-sv.xlsx:Frågor!H4: varning: en motivering står under "
            "”Motivering (ej tillämplig)” "
            "men ”Ej tillämplig” är inte Ja; välj Ja under ”Ej tillämplig” (och töm poängen) "
            "eller ta bort motiveringen",
            "F/together-sv.xlsx:Frågor!I5: varning: ett eget mål under ”Eget mål” räknas bara med "
            "en poäng; välj en poäng under ”Poäng”",
            "1 fil kontrollerad: giltig, 2 varningar",
        ],
    )
    assert _lines(calc, "together", "en", "--strict")[0] == 1
    path = str(_file(calc, "together", "sv"))
    scored = cli("score", "--lang", "sv", "-f", "json", path)
    assert scored.exit_code == 0
    assert scored.stderr.splitlines()[0] == (
        f"siqassess: varning: {path}:Frågor!H4: en motivering står under "
        "”Motivering (ej tillämplig)” men "
        "”Ej tillämplig” är inte Ja; välj Ja under ”Ej tillämplig” (och töm poängen) eller ta "
        "bort motiveringen"
    )
    strict = cli("score", "--lang", "sv", "--strict", "-f", "json", path)
    assert strict.exit_code == 1
    assert strict.stderr.splitlines()[0].startswith(f"siqassess: fel: {path}:Frågor!H4: ")


def test_an_action_without_its_area_or_question(calc: dict[str, Any]) -> None:
    assert _lines(calc, "actions", "en") == (
        1,
        [
            "F/actions-en.xlsx:Actions!B3: the number of the area for improvement is missing; type "
            "which line of “Areas for improvement (one per line)” of F1.1 this action is for (1)",
            "F/actions-en.xlsx:Actions!A4: this action has no question; type the question's id "
            "(for example F1.1) under “Id”",
            "1 file checked: 1 invalid, 2 problems",
        ],
    )
    assert _lines(calc, "actions", "sv") == (
        1,
        [
            "F/actions-sv.xlsx:Åtgärder!B3: numret på förbättringsområdet saknas; skriv vilken rad "
            "i ”Förbättringsområden (en per rad)” för F1.1 åtgärden gäller (1)",
            "F/actions-sv.xlsx:Åtgärder!A4: åtgärden hör inte till någon fråga; skriv frågans id "
            "(till exempel F1.1) under ”Id”",
            "1 fil kontrollerad: 1 ogiltig, 2 problem",
        ],
    )


def test_dates_calc_guessed_are_warned_about(calc: dict[str, Any]) -> None:
    # "7 dec" became 2007-12-01 and "31 mars" 1931-03-01: Calc's reading, with Swedish settings.
    assert _lines(calc, "dates", "en") == (
        0,
        [
            _ok("dates", "en", 0),
            "F/dates-en.xlsx:Instructions!C7: warning: the date 2007-12-01 is more than ten years "
            "from today; check the year, and type dates as YYYY-MM-DD",
            "F/dates-en.xlsx:Actions!F3: warning: the due date 1931-03-01 is before the assessment "
            "(2007-12-01); check the year, and type dates as YYYY-MM-DD",
            "1 file checked: all valid, 2 warnings",
        ],
    )
    assert _lines(calc, "dates", "sv") == (
        0,
        [
            _ok("dates", "sv", 0),
            "F/dates-sv.xlsx:Instruktioner!C7: varning: datumet 2007-12-01 ligger mer än tio år "
            "från i dag; kontrollera året och skriv datum som ÅÅÅÅ-MM-DD",
            "F/dates-sv.xlsx:Åtgärder!F3: varning: klart senast 1931-03-01 är före bedömningen "
            "(2007-12-01); kontrollera året och skriv datum som ÅÅÅÅ-MM-DD",
            "1 fil kontrollerad: giltig, 2 varningar",
        ],
    )


def test_typed_scores_are_explained(calc: dict[str, Any]) -> None:
    assert _lines(calc, "typed", "en") == (
        1,
        [
            "F/typed-en.xlsx:Questions!E4: 70% was typed with a per-cent sign; type 70 without it",
            "F/typed-en.xlsx:Questions!E5: 75 is not on the scale; choose 70 or 80",
            "F/typed-en.xlsx:Questions!E6: “sjuttio” is not a number; type it in digits (for "
            "example 70)",
            "1 file checked: 1 invalid, 3 problems",
        ],
    )
    assert _lines(calc, "typed", "sv") == (
        1,
        [
            "F/typed-sv.xlsx:Frågor!E4: 70% skrevs med procenttecken; skriv 70 utan procenttecken",
            "F/typed-sv.xlsx:Frågor!E5: 75 finns inte på skalan; välj 70 eller 80",
            "F/typed-sv.xlsx:Frågor!E6: ”sjuttio” är inget tal; skriv det med siffror (till "
            "exempel 70)",
            "1 fil kontrollerad: 1 ogiltig, 3 problem",
        ],
    )


def test_calc_marks_what_its_validation_refuses(calc: dict[str, Any]) -> None:
    # Headless Calc shows no dialog, so typing 75 is not refused on screen here; Calc's own
    # check (Tools > Detective > Mark Invalid Data) marks it, and the rule it holds shows its
    # error message and stops the value, as it does for a person at the keyboard.
    for lang, names in NAMES.items():
        q, a = names["q"], names["a"]
        result = calc["results"][f"typed-{lang}"]
        assert result["invalid"] == {q: [f"${q}.$E$4", f"${q}.$E$5", f"${q}.$E$6"]}
        rules = result["rules"]
        assert {ref: (r["type"], r["show_error"], r["style"]) for ref, r in rules.items()} == {
            f"{q}!E4": ("LIST", True, "STOP"),
            f"{q}!G4": ("LIST", True, "STOP"),
            f"{a}!F3": ("DATE", True, "STOP"),
            f"{a}!G3": ("LIST", True, "STOP"),
        }
    en, sv = calc["results"]["typed-en"]["rules"], calc["results"]["typed-sv"]["rules"]
    assert [r["message"] for r in en.values()] == [
        "Choose one of 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 (without a per-cent sign), or "
        "leave it empty.",
        "Choose Yes or No, or leave it empty.",
        "Type a date from 2000-01-01 to 2099-12-31 as YYYY-MM-DD, for example 2027-03-31.",
        "Choose planned, in progress or done.",
    ]
    assert [r["message"] for r in sv.values()] == [
        "Välj ett av värdena 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 (utan procenttecken) "
        "eller lämna tomt.",
        "Välj Ja eller Nej eller lämna tomt.",
        "Skriv ett datum från 2000-01-01 till 2099-12-31 som ÅÅÅÅ-MM-DD, till exempel 2027-03-31.",
        "Välj planerad, pågår eller klar.",
    ]
    assert {r["title"] for r in en.values()} == {"Not allowed here"}
    assert {r["title"] for r in sv.values()} == {"Inte tillåtet här"}


def test_a_renamed_sheet_does_not_hide_another_problem(calc: dict[str, Any]) -> None:
    assert _lines(calc, "renamed", "en") == (
        1,
        [
            "F/renamed-en.xlsx:My answers!E4: 75 is not on the scale; choose 70 or 80",
            "F/renamed-en.xlsx:My answers: warning: the sheet “Questions” is named “My answers”; "
            "it was read all the same, but give it back its name",
            "1 file checked: 1 invalid, 1 problem, 1 warning",
        ],
    )
    assert _lines(calc, "renamed", "sv") == (
        1,
        [
            "F/renamed-sv.xlsx:Mina svar!E4: 75 finns inte på skalan; välj 70 eller 80",
            "F/renamed-sv.xlsx:Mina svar: varning: bladet ”Frågor” heter ”Mina svar”; det lästes "
            "ändå, men ge det tillbaka sitt namn",
            "1 fil kontrollerad: 1 ogiltig, 1 problem, 1 varning",
        ],
    )


def _printed(pdf: Path) -> list[tuple[str, float]]:
    """Each page's first words and its smallest text, in points, as printed."""
    import pypdf

    pages = []
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            sizes.append(size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]))

    for page in pypdf.PdfReader(pdf).pages:
        sizes.clear()
        words = page.extract_text(visitor_text=visit).split()
        pages.append((" ".join(words[:2]), round(min(sizes), 1)))
    return pages


@pytest.mark.parametrize(("lang", "total", "questions"), [("en", 13, 7), ("sv", 14, 8)])
def test_the_questionnaire_prints_readably(
    calc: dict[str, Any], lang: str, total: int, questions: int
) -> None:
    pages = _printed(Path(calc["folder"]) / f"print-{lang}.pdf")
    assert min(size for _, size in pages) >= 9.0, pages  # was 3.3 pt on one page wide
    heads = [head for head, _ in pages]
    # Instructions (2 pages); the questions, each success factor on its own page and the
    # results after them; one page of actions to write on; the measures (2 pages of the
    # model's suggestions, #26); the levels.
    assert len(pages) == total, heads
    question = "Id Factor" if lang == "en" else "Id Fråga"
    assert heads[2 : 2 + questions] == [question] * questions
    assert heads[2 + questions] == ("Id No." if lang == "en" else "Id Nr")
    measures = "Id Measure" if lang == "en" else "Id Mätetal"
    assert heads[3 + questions : 5 + questions] == [measures] * 2
