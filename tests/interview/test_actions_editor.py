"""#27, rule 12: the walk's action editor (key p). An area for improvement's actions, each
with text, owner (ansvarig), due date (klart senast) and status, added, edited and deleted on
full screens, saved by the autosave; in a real terminal at 80×24 in Swedish and English, and
at 100×30 and 120×40."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path

import pytest

from siqassess.core.answers import Action, Improvement
from siqassess.criteria.tree import LoadedModel
from siqassess.interview import prompts
from siqassess.interview.actions_editor import _area_row
from siqassess.interview.actions_view import action_row, head_lines, pick_lines
from siqassess.interview.screen import QuestionView, help_lines, question_lines
from siqassess.io.answers import Answer, new_answers, read_answers, save_answers
from siqassess.io.lock import lock_path

from .keys import CTRL_U, ENTER, LEFT, drive
from .term import Terminal

AREA = "Följ upp kundernas synpunkter systematiskt"
ACTION = "Inför en kundenkät varje kvartal"
BACKSPACE = "\x7f"

WORDS = {
    "sv": {
        "question": "Fråga 1 av 32",
        "first": "Skriv först ett förbättringsområde (tryck i); sedan kan du lägga till åtgärder.",
        "improvement": "Nytt förbättringsområde för F1.1",
        "list": [
            "Åtgärder för förbättringsområde 1 i F1.1",
            f"  Förbättringsområde: {AREA}",
            "",
            "  [1] Ny åtgärd",
            "",
            "1–9 och ↑↓ väljer · Enter öppnar · x tar bort · ← tillbaka",
        ],
        "text": "Åtgärd 1 för F1.1: vad ska göras?",
        "owner": "Ansvarig för åtgärd 1 (namn eller roll; tomt: ingen ännu)",
        "due": "Klart senast för åtgärd 1 (ÅÅÅÅ-MM-DD; tomt: inget datum)",
        "bad": "”31/3 2027” är inget datum. Skriv ÅÅÅÅ-MM-DD (2027-03-31) eller töm fältet.",
        "status": [
            "Status för åtgärd 1",
            f"  Förbättringsområde: {AREA}",
            f"  Åtgärd: {ACTION}",
            "  Ansvarig: Eva Berg",
            "  Klart senast: 31 mars 2027",
            "  Status: planerad",
            "",
            "▸ [1] planerad",
            "  [2] pågår",
            "  [3] klar",
            "",
            "Välj status: en siffra och Enter · ← behåller den",
        ],
        "row": f"{ACTION} · ansvarig: Eva Berg · klart senast: 31 mars 2027 · pågår",
        "count": "Nuvarande svar: ej besvarad · 1 förbättringsområde · 1 åtgärd",
        "keys": "p åtgärder",
    },
    "en": {
        "question": "Question 1 of 32",
        "first": "Write an area for improvement first (press i); then you can add actions to it.",
        "improvement": "New area for improvement for F1.1",
        "list": [
            "Actions for area for improvement 1 of F1.1",
            f"  Area for improvement: {AREA}",
            "",
            "  [1] New action",
            "",
            "1–9 and ↑↓ choose · Enter opens · x deletes · ← back",
        ],
        "text": "Action 1 for F1.1: what is to be done?",
        "owner": "Owner of action 1 (a name or a role; empty: none yet)",
        "due": "Due date of action 1 (YYYY-MM-DD; empty: no date)",
        "bad": "“31/3 2027” is not a date. Type YYYY-MM-DD (2027-03-31) or empty the field.",
        "status": [
            "Status of action 1",
            f"  Area for improvement: {AREA}",
            f"  Action: {ACTION}",
            "  Owner: Eva Berg",
            "  Due: 31 March 2027",
            "  Status: planned",
            "",
            "▸ [1] planned",
            "  [2] in progress",
            "  [3] done",
            "",
            "Choose the status: a digit, then Enter · ← keeps it",
        ],
        "row": f"{ACTION} · owner: Eva Berg · due: 31 March 2027 · in progress",
        "count": "Current answer: not answered · 1 area for improvement · 1 action",
        "keys": "p actions",
    },
}


def _from(lines: list[str], first: str, n: int) -> list[str]:
    at = lines.index(first)
    return lines[at : at + n]


def _args(path: Path, lang: str) -> list[str]:
    return ["assess", str(path), "--lang", lang, "--organisation", "Acme", "--respondent", "Ada"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "rows", "columns"), [("sv", 24, 80), ("en", 24, 80), ("sv", 30, 100), ("en", 40, 120)]
)
def test_an_action_is_added_with_owner_due_date_and_status(
    tmp_path: Path, model: LoadedModel, lang: str, rows: int, columns: int
) -> None:
    words = WORDS[lang]
    path = tmp_path / "a.yaml"
    term = Terminal(_args(path, lang), rows, columns)
    try:
        term.wait(words["question"])
        term.wait(words["keys"])  # the key line (and ? help) lists the key
        term.press("p")  # nothing to act on yet: one line says what to do first
        term.wait(words["first"])
        term.press("i")
        term.wait(words["improvement"])
        term.type(AREA)
        term.press(ENTER)
        term.wait(words["question"])
        term.press("p")
        term.wait(words["list"][-1])
        assert _from(term.lines, words["list"][0], 6) == words["list"]
        term.press("1", ENTER)
        term.wait(words["text"])
        term.type(ACTION)
        term.press(ENTER)
        term.wait(words["owner"])
        term.type("Eva Berg")
        term.press(ENTER)
        term.wait(words["due"])
        term.type("31/3 2027")
        term.press(ENTER)  # refused in one line; the text stays to be corrected
        term.wait(words["bad"])
        assert "31/3 2027" in term.lines
        term.press(*[BACKSPACE] * 9)
        term.type("2027-03-31")
        term.press(ENTER)
        term.wait(words["status"][-1])
        assert _from(term.lines, words["status"][0], 12) == words["status"]
        term.press("2", ENTER)  # a digit moves the cursor, Enter confirms: in progress
        term.wait(words["row"] if columns > 80 else words["row"][:40])
        term.press(LEFT)
        term.wait(words["count"])
        assert max(len(line) for line in term.lines) <= columns
        term.press("q")
        assert term.finish() == 0
    finally:
        term.close()
    saved = read_answers(path, model).answers["F1.1"]
    assert saved is not None
    assert saved.improvements == [
        Improvement(
            text=AREA,
            actions=[
                Action(
                    text=ACTION, owner="Eva Berg", due=dt.date(2027, 3, 31), status="in_progress"
                )
            ],
        )
    ]
    assert not lock_path(path).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_window_closed_right_after_an_action_is_typed_loses_nothing(
    tmp_path: Path, model: LoadedModel
) -> None:
    """SIGHUP (the facilitator closes the window) while the owner is being typed: the action's
    text, confirmed with Enter, is already on disk."""
    path = tmp_path / "a.yaml"
    answers = new_answers(model, organisation="Acme", respondent="Ada", language="sv")
    answers.answers["F1.1"] = Answer(score=40, improvements=[AREA])
    save_answers(path, answers, model)
    term = Terminal(_args(path, "sv"), 24, 80)
    try:
        term.wait("Hur vill du fortsätta?")
        term.press("2", ENTER)  # review from the start: F1.1
        term.wait(WORDS["sv"]["question"])
        term.press("p")
        term.wait(WORDS["sv"]["list"][-1])
        term.press("1", ENTER)
        term.wait(WORDS["sv"]["text"])
        term.type(ACTION)
        term.press(ENTER)
        term.wait(WORDS["sv"]["owner"])
        term.type("Eva")  # not confirmed: this field alone may be lost
        os.kill(term.child.pid, signal.SIGHUP)
        term.finish()
    finally:
        term.close()
    saved = read_answers(path, model).answers["F1.1"]
    assert saved is not None and saved.score == 40
    assert saved.improvements == [Improvement(text=AREA, actions=[Action(text=ACTION)])]


def test_two_areas_an_action_edited_and_one_deleted_with_x_twice(
    tmp_path: Path, model: LoadedModel
) -> None:
    """With two areas the editor asks which; an action's fields open with their values (the
    text kept, the owner replaced, ← keeps the status); x asks once more, then deletes."""
    path = tmp_path / "a.yaml"
    answers = new_answers(model, organisation="Acme", respondent="Ada", language="en")
    first = Action(text="Survey", owner="Eva", due=dt.date(2027, 1, 31), status="planned")
    second = Action(text="Workshop", status="done")
    answers.answers["F1.1"] = Answer(
        improvements=["Listen", Improvement(text="Follow up", actions=[first, second])]
    )
    save_answers(path, answers, model)
    keys = "p" + "2" + ENTER  # F1.1 (nothing scored yet): the actions of area 2
    keys += "1" + ENTER + ENTER + CTRL_U + "Anna" + ENTER + ENTER + LEFT  # a new owner
    keys += "2" + "x" + "x" + LEFT + LEFT + "q"  # delete the workshop; back; back; quit
    outcome, _text = drive(path, keys)
    assert outcome.ending == "in_progress"
    saved = read_answers(path, model).answers["F1.1"]
    assert saved is not None
    assert saved.improvements == [
        "Listen",
        Improvement(text="Follow up", actions=[first.model_copy(update={"owner": "Anna"})]),
    ]


def test_x_once_deletes_nothing_and_an_empty_text_is_refused(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    answers = new_answers(model, organisation="Acme", respondent="Ada", language="en")
    answers.answers["F1.1"] = Answer(
        improvements=[Improvement(text="A", actions=[Action(text="B")])]
    )
    save_answers(path, answers, model)
    keys = "p" + "1" + "x" + "2" + ENTER  # x once; then "New action"
    keys += ENTER + "C" + ENTER + ENTER + ENTER + "3" + ENTER + LEFT + "q"  # empty: refused
    drive(path, keys)
    saved = read_answers(path, model).answers["F1.1"]
    assert saved is not None
    assert saved.improvements == [
        Improvement(text="A", actions=[Action(text="B"), Action(text="C", status="done")])
    ]


@pytest.mark.parametrize(("lang", "item"), [("sv", "p åtgärder"), ("en", "p actions")])
def test_the_help_screen_lists_the_action_key(model: LoadedModel, lang: str, item: str) -> None:
    answers = new_answers(model, language=lang)
    p = prompts.leaf_prompt(model, answers, "F1.1", lang)
    shown = ["".join(text for _style, text in line) for line in help_lines(p, 80, lang)]
    assert any(item in line for line in shown)


def test_a_long_action_list_fits_the_window_around_the_cursor(model: LoadedModel) -> None:
    answers = new_answers(model, language="sv")
    p = prompts.leaf_prompt(model, answers, "F1.1", "sv")
    head = head_lines(p, "Åtgärder för förbättringsområde 1 i F1.1", [], 80)
    items = [f"Åtgärd nummer {n} " + "med en lång text " * 6 for n in range(1, 13)]
    for cursor in (None, 0, 6, 11):
        lines = pick_lines(head, [*items, "Ny åtgärd"], cursor, "", "← tillbaka", 80, 24)
        shown = ["".join(text for _style, text in line) for line in lines]
        assert len(shown) <= 24 and shown[-1] == "← tillbaka"
        if cursor is not None:
            here = [line for line in shown if line.startswith("▸ ")]  # keys 1–9, then arrows
            assert here and f"Åtgärd nummer {cursor + 1} med" in here[0]


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        ("sv", ["Lyssna mer", "Följ upp klagomål · 2 åtgärder", "Mät · 1 åtgärd"]),
        ("en", ["Lyssna mer", "Följ upp klagomål · 2 actions", "Mät · 1 action"]),
    ],
)
def test_the_list_of_areas_counts_their_actions(lang: str, rows: list[str]) -> None:
    two = [Action(text="Enkät"), Action(text="Workshop", status="done")]
    areas = [
        "Lyssna mer",
        Improvement(text="Följ upp klagomål", actions=two),
        Improvement(text="Mät", actions=[Action(text="x")]),
    ]
    assert [_area_row(lang, area) for area in areas] == rows
    due = Action(text="Enkät", owner="Eva", due=dt.date(2027, 1, 31), status="in_progress")
    assert (
        action_row(lang, due)
        == {
            "sv": "Enkät · ansvarig: Eva · klart senast: 31 januari 2027 · pågår",
            "en": "Enkät · owner: Eva · due: 31 January 2027 · in progress",
        }[lang]
    )


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_question_with_every_finding_and_actions_fits_80_by_24(
    model: LoadedModel, lang: str
) -> None:
    """A note, findings, two actions, evidence, an own target and last year's value: the
    counts line grows, and the whole screen, keys last, still fits 24 lines."""
    answers = new_answers(model, language=lang)
    actions = [Action(text="Enkät"), Action(text="Workshop")]
    for leaf in model.leaves:
        answers.answers[leaf.id] = Answer(
            score=40,
            note="En ganska lång kommentar om hur det går",
            strengths=["a", "b"],
            improvements=[Improvement(text="x", actions=actions)],
            evidence=["e"],
            target=80,
            last_year=30,
        )
        p = prompts.leaf_prompt(model, answers, leaf.id, lang)
        lines = question_lines(p, QuestionView("3 · 1 · 28", 4), 80, 24, lang)
        shown = ["".join(text for _style, text in line) for line in lines]
        assert len(shown) <= 24, leaf.id
        assert shown[-1].endswith(("q spara och stäng", "q save and quit")), leaf.id
        assert any(("2 åtgärder" if lang == "sv" else "2 actions") in line for line in shown)
