"""The interactive self-assessment walk: resume, question by question, overview, summary."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import questionary
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output
from rich.console import Console

from siqassess.core.scoring import leaf_target
from siqassess.core.status import status
from siqassess.i18n import t, tn
from siqassess.interview import prompts
from siqassess.interview.actions_editor import edit_actions
from siqassess.interview.paths import default_path
from siqassess.interview.prompts import LeafPrompt, tally
from siqassess.interview.screen import Line
from siqassess.interview.session import (
    Outcome,
    Session,
    ask_names,
    check_terminal,
    finish,
    interrupted,
    say,
    select,
    start,
)
from siqassess.interview.tui import Choice, Question, ask_level, edit_text
from siqassess.textfit import shorten, wrap
from siqassess.textsafe import console as safe_console

__all__ = ["Outcome", "check_terminal", "default_path", "run"]


def run(
    path: Path | None,
    *,
    model_option: str | None = None,
    lang_option: str | None = None,
    organisation: str | None = None,
    respondent: str | None = None,
    console: Console | None = None,
    input: Input | None = None,
    output: Output | None = None,
) -> Outcome:
    """Run a whole session: start-up, the walk, and the summary.

    Pass prompt_toolkit ``input``/``output`` to drive it without a terminal (tests);
    otherwise both stdin and stdout must be terminals. Ctrl-C or end of input saves what
    was answered and returns an ``interrupted`` outcome.
    """
    if input is None:
        check_terminal(lang_option)
    console = console or safe_console()
    session: Session | None = None
    with _app_session(input, output), contextlib.ExitStack() as held:
        try:
            session = start(path, model_option, lang_option, console, held)
            ask_names(session, organisation, respondent)
            return finish(session, _walk(session))
        except (KeyboardInterrupt, EOFError):
            return interrupted(session, console)


@contextlib.contextmanager
def _app_session(input: Input | None, output: Output | None) -> Iterator[None]:
    if input is None and output is None:
        yield
        return
    with create_app_session(input=input, output=output):
        yield


def _tally(s: Session) -> str:
    c = prompts.counts(s.model, s.answers)
    return tally(s.lang, c["answered"], c["na"], c["missing"])


def _missing(s: Session, index: int) -> bool:
    leaf_id = s.model.leaves[index].id
    return status(s.answers.answer(leaf_id)) == "missing"


def _after(s: Session, index: int, review: bool) -> int | str:
    """Where "next" leads: the following question, or (continuing) the next unanswered one.

    Past the last question the walk finishes when nothing is missing, else shows the overview.
    """
    total = len(s.model.leaves)
    for later in range(index + 1, total):
        if review or _missing(s, later):
            return later
    return "overview" if prompts.first_missing(s.model, s.answers) else "finish"


@dataclass
class _Place:
    """Where the walk is: the question shown (None: the overview), and whether it reviews
    every question or goes from one unanswered question to the next."""

    index: int | None
    review: bool


def _walk(s: Session) -> str:
    """The state machine: the current leaf, history for back; returns how it ended."""
    leaves = [leaf.id for leaf in s.model.leaves]
    start_at = _resume_point(s, leaves)
    if start_at == "finish":  # "Done: show the summary" goes there, not through the overview
        return "finish"
    review = start_at == "review"
    place = _Place(0 if review else start_at if isinstance(start_at, int) else None, review)
    while True:
        index = place.index
        step: Any = _overview(s, None) if index is None else _leaf_step(s, place)
        index = place.index  # a question screen may have gone on to later questions
        if step == "overview" and index is not None:
            step = _overview(s, index)
        if step in ("finish", "exit"):
            return str(step)
        if step == "back":
            place.index = s.history.pop() if s.history else index
        elif step == "next" and index is not None:
            s.history.append(index)
            after = _after(s, index, place.review)
            if after == "finish":
                return "finish"
            place.index = after if isinstance(after, int) else None
        elif isinstance(step, int):
            if index is not None and step != index:
                s.history.append(index)
            place.index = step


def _resume_point(s: Session, leaves: list[str]) -> int | str | None:
    """The first repaired leaf, else where the user chooses to go on in a begun file: a leaf,
    ``"review"``, ``"finish"`` (the summary) or None (the overview)."""
    if s.repairs:
        return leaves.index(min((r.leaf_id for r in s.repairs), key=leaves.index))
    c = prompts.counts(s.model, s.answers)
    first = prompts.first_missing(s.model, s.answers)
    if first is not None and (c["answered"] + c["na"] == 0 or s.answers.status == "draft"):
        return leaves.index(first)  # a consensus draft: straight to the questions to agree
    choices = []
    if first is not None:
        message = t(s.lang, "resume_counted", coverage=_tally(s))
        choices.append(questionary.Choice(t(s.lang, "resume_first", id=first), value="first"))
    else:
        message = t(s.lang, "resume_done")
        choices.append(questionary.Choice(t(s.lang, "finish"), value="finish"))
    choices.append(questionary.Choice(t(s.lang, "resume_review"), value="review"))
    choices.append(questionary.Choice(t(s.lang, "overview"), value="overview"))
    choice = select(message, choices, s.lang)
    if choice == "first" and first is not None:
        return leaves.index(first)
    if choice in ("review", "finish"):
        return str(choice)
    return None


def _cursor(p: LeafPrompt) -> int | None:
    values = [level["value"] for level in p["levels"]]
    return values.index(p["default"]) if p["default"] in values else None


def _question(s: Session, index: int) -> Question:
    """A question as its screen first shows it: the cursor on the saved level, if any."""
    leaf_id = s.model.leaves[index].id
    p = prompts.leaf_prompt(s.model, s.answers, leaf_id, s.lang)
    return Question(p, _tally(s), _cursor(p), s.repair_message(leaf_id))


def _score(s: Session, leaf_id: str, value: int) -> None:
    s.set_answer(leaf_id, score=float(value), na=False, reason=None)
    _repaired(s, leaf_id, "score", "na", "both")


def _advance(s: Session, place: _Place) -> Callable[[Choice], Question | None]:
    """Save a confirmed level and give the next question, so that the question screen goes on
    without being rebuilt; None where the walk must decide (the overview, the end)."""

    def advance(choice: Choice) -> Question | None:
        assert place.index is not None and choice.value is not None
        _score(s, s.model.leaves[place.index].id, choice.value)  # on disk before the next
        after = _after(s, place.index, place.review)
        if not isinstance(after, int):
            return None
        s.history.append(place.index)
        place.index = after
        return _question(s, after)

    return advance


def _leaf_step(s: Session, place: _Place) -> Any:
    """Questions from ``place`` on: keys move the cursor and open editors until one leaves."""
    assert place.index is not None
    question = _question(s, place.index)
    advance = _advance(s, place)
    while True:
        choice = ask_level(
            question.p, question.tally, s.lang, question.cursor, question.message, advance
        )
        leaf_id = s.model.leaves[place.index].id  # advance may have moved on
        p = prompts.leaf_prompt(s.model, s.answers, leaf_id, s.lang)
        question = Question(p, _tally(s), choice.cursor)
        message = ""
        if choice.action == "scored":
            return "next"
        if choice.action == "score":
            assert choice.value is not None
            _score(s, leaf_id, choice.value)
            return "next"
        if choice.action == "skip":
            return "next"
        if choice.action == "na":
            if _edit(s, p, "na"):
                _repaired(s, leaf_id, "score", "na", "both")
                return "next"
        elif choice.action in ("note", "strength", "improvement", "evidence"):
            _edit(s, p, choice.action)
        elif choice.action == "actions":
            message = edit_actions(s, p)  # what to do first, where there is nothing to act on
        elif choice.action == "target":
            chosen, target = _ask_target(s, p)
            if chosen:
                s.set_answer(leaf_id, target=target)
                _repaired(s, leaf_id, "target")
        else:
            return choice.action
        p = prompts.leaf_prompt(s.model, s.answers, leaf_id, s.lang)
        question = Question(p, _tally(s), choice.cursor, message)


def _repaired(s: Session, leaf_id: str, *keys: str) -> None:
    s.repairs = [r for r in s.repairs if not (r.leaf_id == leaf_id and r.key in keys)]


def _header(p: LeafPrompt, title: str, so_far: list[str], lang: str) -> Any:
    def lines(width: int) -> list[Line]:
        out: list[Line] = [
            [("class:progress", p["progress"])],
            [("class:context", shorten(f"{p['context']['id']} {p['context']['name']}", width))],
        ]
        out += [[("class:question", text)] for text in wrap(f"{p['id']}  {p['question']}", width)]
        out += [[], [("class:bold", title)]]
        if so_far:
            out.append([("class:dim", t(lang, "edit_so_far"))])
            for i, item in enumerate(so_far, 1):
                text = wrap(item, width - 5)
                out.append([("", f"  {i}. {text[0]}")])
                out += [[("", "     " + more)] for more in text[1:]]
        return out

    return lines


def _edit(s: Session, p: LeafPrompt, kind: str) -> bool:
    """Open the editor for a note, a finding, evidence or an N/A reason; save what it gives."""
    leaf_id, lang = p["id"], s.lang
    answer = s.answers.answer(leaf_id)
    so_far: list[str] = []
    initial = ""
    if kind in ("strength", "improvement") and answer is not None:
        items = answer.strengths if kind == "strength" else answer.improvements
        so_far = [item if isinstance(item, str) else item.text for item in items]
    elif kind == "note":
        initial = p["note"] or ""
    elif kind == "evidence":
        initial = ", ".join(p["evidence"])
    elif kind == "na" and answer is not None:
        initial = answer.reason or ""
    header = _header(p, t(lang, f"edit_{kind}", id=leaf_id), so_far, lang)
    text = edit_text(header, initial, lang, multiline=kind == "note", required=kind == "na")
    if text is None:
        return False
    if kind == "note":
        s.set_answer(leaf_id, note=text or None)
    elif kind == "evidence":
        s.set_answer(leaf_id, evidence=prompts.parse_evidence(text))
    elif kind == "na":
        s.set_answer(leaf_id, na=True, score=None, reason=text)
    elif text:
        old = answer.strengths if kind == "strength" and answer else []
        if kind == "strength":
            s.set_answer(leaf_id, strengths=[*old, text])
        else:
            current = list(answer.improvements) if answer else []
            s.set_answer(leaf_id, improvements=[*current, text])
    return True


def _ask_target(s: Session, p: LeafPrompt) -> tuple[bool, float | None]:
    """The target as one full screen with the question screen's keys (#27): a digit and Enter
    set it, ``t`` again goes back to the default, any other command keeps it. Whether it was
    chosen, and the own target (None: the default)."""
    fallback = leaf_target(None, s.answers.default_target, s.model.spec.default_target)
    values = [level["value"] for level in p["levels"]]
    own = p["own_target"]
    shown = own if own is not None else fallback
    cursor = values.index(int(shown)) if int(shown) in values else None
    view: LeafPrompt = {**p, "progress": t(s.lang, "target_title", id=p["id"])}
    now = t(s.lang, "target_own" if own is not None else "target_default_now", value=f"{shown:g}")
    hint = t(s.lang, "target_hint", default=f"{fallback:g}")
    choice = ask_level(view, now, s.lang, cursor, hint)
    if choice.action == "score" and choice.value is not None:
        return True, float(choice.value)
    if choice.action == "target":
        return True, None
    return False, None


def _overview(s: Session, index: int | None) -> Any:
    """Every factor and the results with their progress; go to one, finish, or save and quit."""
    leaves = [leaf.id for leaf in s.model.leaves]
    c = prompts.counts(s.model, s.answers)
    if s.console.is_terminal:
        s.console.clear()
    width = max(40, min(s.console.width, 100))
    say(s.console, t(s.lang, "overview_title", tally=_tally(s)), style="bold")
    choices: list[Any] = []
    if index is not None:
        choices.append(
            questionary.Choice(t(s.lang, "continue_walk", id=leaves[index]), value="continue")
        )
    rows = prompts.overview_rows(s.model, s.answers, s.lang)
    counted = [
        f"{row['answered'] + row['na']}/{row['total']}"
        + (f", {tn(s.lang, 'n_na', row['na'])}" if row["na"] else "")
        for row in rows
    ]
    # A row is " » 5) ✔ F5      name… 7/7, 1 N/A": the menu's pointer and number (" » " alone
    # when the menu has too many entries to number), mark, id, name and progress. The progress
    # is never cut; the name takes what is left, or is left out.
    numbered = len(choices) + len(rows) + 3 <= 9  # + separator, finish, save and quit
    room = width - (6 if numbered else 3) - 11 - max(len(text) for text in counted)
    for row, progress in zip(rows, counted, strict=True):
        mark = "✔" if row["missing"] == 0 else " "
        name = f"{shorten(row['name'], room):<{room}} " if room >= 4 else ""
        title = f"{mark} {row['label']:<7} {name}{progress}"
        goto = row["first_missing"] or row["leaves"][0]
        choices.append(questionary.Choice(title, value=leaves.index(goto)))
    choices.append(questionary.Separator())
    if c["missing"]:
        finish_text = tn(s.lang, "finish_incomplete_n", c["missing"])
    else:
        finish_text = t(s.lang, "finish")
    choices.append(questionary.Choice(finish_text, value="finish"))
    choices.append(questionary.Choice(t(s.lang, "save_exit"), value="exit"))
    default = "continue" if index is not None else ("finish" if not c["missing"] else None)
    choice = select(t(s.lang, "overview_prompt"), choices, s.lang, default=default)
    return index if choice == "continue" else choice
