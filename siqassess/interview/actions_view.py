"""The action editor's screens as lines of styled text for a width (pure, no I/O; rule 12).

Each screen is the question's head (progress, factor, question), a bold title, what is known
so far, then a list to choose from or an editor, and the keys. Lists are numbered as the
question screen's levels are, and picked the same way: a digit moves the cursor, Enter opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from siqassess.core.answers import Action, ActionStatus
from siqassess.i18n import date, t
from siqassess.interview.prompts import LeafPrompt
from siqassess.interview.screen import CURSOR, NO_CURSOR, Line
from siqassess.textfit import shorten, wrap

STATUSES: tuple[ActionStatus, ...] = ("planned", "in_progress", "done")
"""An action's statuses, in the order the status list shows them (digits 1–3)."""


def status_text(lang: str, status: ActionStatus) -> str:
    """The glossary's word for a status: planerad, pågår, klar / planned, in progress, done."""
    return str(t(lang, f"ae_status_{status}"))


def action_row(lang: str, action: Action) -> str:
    """One action on one line: text · owner · due · status (the parts that are filled in)."""
    parts = [action.text]
    if action.owner:
        parts.append(t(lang, "ae_owner_is", owner=action.owner))
    if action.due is not None:
        parts.append(t(lang, "ae_due_is", due=date(lang, action.due)))
    parts.append(status_text(lang, action.status))
    return " · ".join(parts)


def action_fields(lang: str, action: Action | None) -> list[tuple[str, str]]:
    """An action's fields as ``label: value`` pairs, for the editor's head."""
    if action is None:
        return []
    due = date(lang, action.due) if action.due is not None else ""
    return [
        (t(lang, "ae_text"), action.text),
        (t(lang, "ae_owner"), action.owner),
        (t(lang, "ae_due"), due),
        (t(lang, "ae_status"), status_text(lang, action.status)),
    ]


def head_lines(
    p: LeafPrompt, title: str, fields: Sequence[tuple[str, str]], width: int
) -> list[Line]:
    """The question's head (its text in at most two lines), the title and each known field."""
    question = wrap(f"{p['id']}  {p['question']}", width)
    if len(question) > 2:
        question = [question[0], shorten(" ".join(question[1:]), width)]
    out: list[Line] = [
        [("class:progress", shorten(p["progress"], width))],
        [("class:context", shorten(f"{p['context']['id']} {p['context']['name']}", width))],
        *([("class:question", text)] for text in question),
        [],
    ]
    out += [[("class:bold", text)] for text in wrap(title, width)]
    for label, value in fields:
        if not value:
            continue
        lines = wrap(f"{label}: {value}", width - 2)
        out.append(
            [("class:dim", "  " + lines[0][: len(label) + 1]), ("", lines[0][len(label) + 1 :])]
        )
        out += [[("", "    " + more)] for more in wrap(" ".join(lines[1:]), width - 4) if more]
    return out


def pick_lines(
    head: list[Line],
    items: Sequence[str],
    cursor: int | None,
    message: str,
    hint: str,
    width: int,
    height: int = 1000,
) -> list[Line]:
    """A numbered list under ``head``: ``▸ [1] text``, each item in at most two lines; then
    the message (if any) and the keys. Where the items do not fit ``height``, those around
    the cursor are shown (the arrows bring the others)."""
    blocks: list[list[Line]] = []
    for i, item in enumerate(items):
        here = cursor == i
        style = "class:cursor" if here else ""
        key = f"[{i + 1}]" if i < 9 else "   "
        lines = wrap(item, width - 7)
        if len(lines) > 2:
            lines = [lines[0], shorten(" ".join(lines[1:]), width - 7)]
        block: list[Line] = [
            [(style, CURSOR if here else NO_CURSOR), ("class:key", key), (style, " " + lines[0])]
        ]
        blocks.append(block + [[("", "      " + more)] for more in lines[1:]])
    foot: list[Line] = [[("class:message", text)] for text in wrap(message, width) if message]
    foot += [[("class:dim", text)] for text in wrap(hint, width)]
    room = max(1, height - len(head) - 2 - len(foot))
    first, last = 0, len(blocks)
    while first < (cursor or 0) and sum(len(b) for b in blocks[first : (cursor or 0) + 1]) > room:
        first += 1
    while last > first + 1 and sum(len(b) for b in blocks[first:last]) > room:
        last -= 1
    shown = [line for block in blocks[first:last] for line in block]
    return [*head, [], *shown, [], *foot]
