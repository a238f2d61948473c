"""The action editor of the walk (domain rule 12): an area for improvement's actions, each
with text, owner, due date and status, listed, added, edited and deleted on full screens.

Every confirmed field is saved at once by the session's autosave, as every other edit is: a
killed program loses at most the field being typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl

from siqassess.core.answers import Action, Improvement
from siqassess.i18n import t, tn
from siqassess.interview.actions_view import (
    STATUSES,
    action_fields,
    action_row,
    head_lines,
    pick_lines,
    status_text,
)
from siqassess.interview.prompts import LeafPrompt
from siqassess.interview.screen import Line
from siqassess.interview.session import Session
from siqassess.interview.tui import STYLE, _interrupt, _size, edit_text, fragments

Head = Callable[[int], list[Line]]


@dataclass(frozen=True)
class Picked:
    """What a key on a list screen asked for: ``open``, ``back`` or a command key, and where."""

    action: str
    index: int | None


@dataclass
class _PickState:
    cursor: int | None
    message: str

    def press(self, key: str, size: int, commands: Sequence[str], lang: str) -> Picked | None:
        """What ``key`` does: moves the cursor (``None``: only the screen changes) or leaves."""
        here, self.message = self.cursor, ""
        if key == Keys.ControlJ:  # typed ahead while the terminal was between screens
            key = Keys.Enter
        if key.isdigit() and 1 <= int(key) <= min(9, size):
            self.cursor = int(key) - 1
        elif key in (Keys.Down, "j"):
            self.cursor = 0 if here is None else min(size - 1, here + 1)
        elif key in (Keys.Up, "k"):
            self.cursor = size - 1 if here is None else max(0, here - 1)
        elif key == Keys.Enter and here is None:
            self.message = t(lang, "ae_pick_first")
        elif key == Keys.Enter:
            return Picked("open", here)
        elif key in (Keys.Left, Keys.Escape):
            return Picked("back", here)
        elif key in commands:
            return Picked(key, here)
        return None


def ask_pick(
    head: Head,
    items: Sequence[str],
    cursor: int | None,
    hint: str,
    lang: str,
    commands: Sequence[str] = (),
    message: str = "",
) -> Picked:
    """A numbered list under ``head``, with the question screen's keys: a digit (1–9) or an
    arrow moves the cursor, Enter opens the item under it, ← or Esc goes back, and a key of
    ``commands`` is given back with the cursor."""
    state = _PickState(cursor, message)

    def text() -> StyleAndTextTuples:
        width, height = _size()
        lines = pick_lines(head(width), items, state.cursor, state.message, hint, width, height)
        return fragments(lines)

    kb = KeyBindings()
    _interrupt(kb)

    @kb.add(Keys.Any)
    def _(event: KeyPressEvent) -> None:
        picked = state.press(event.key_sequence[0].key, len(items), commands, lang)
        if picked is not None:
            event.app.exit(result=picked)

    app: Application[Picked] = Application(
        layout=Layout(Window(FormattedTextControl(text, show_cursor=False), wrap_lines=False)),
        key_bindings=kb,
        style=STYLE,
        full_screen=True,
    )
    app.ttimeoutlen = 0.1  # Esc alone goes back at once
    return app.run()


def _improvements(s: Session, leaf_id: str) -> list[str | Improvement]:
    answer = s.answers.answer(leaf_id)
    return list(answer.improvements) if answer is not None else []


def _actions(item: str | Improvement) -> list[Action]:
    return [] if isinstance(item, str) else list(item.actions)


def _text(item: str | Improvement) -> str:
    return item if isinstance(item, str) else item.text


def _area_row(lang: str, item: str | Improvement) -> str:
    """An area for improvement in the list of areas, with how many actions it has."""
    n = len(_actions(item))
    return f"{_text(item)} · {tn(lang, 'n_actions', n)}" if n else _text(item)


def _store(s: Session, leaf_id: str, area: int, actions: list[Action]) -> None:
    """Save the area's actions (an area without actions is written as its text alone)."""
    items = _improvements(s, leaf_id)
    text = _text(items[area])
    items[area] = Improvement(text=text, actions=actions) if actions else text
    s.set_answer(leaf_id, improvements=items)


def edit_actions(s: Session, p: LeafPrompt) -> str:
    """The actions of the question's areas for improvement, until the user goes back; what
    the question screen should say (where there is no area for improvement yet), or ``""``."""
    items = _improvements(s, p["id"])
    if not items:
        return str(t(s.lang, "ae_no_improvement"))
    area: int | None = 0 if len(items) == 1 else None
    while True:
        if len(items) > 1:
            title = t(s.lang, "ae_areas_title", id=p["id"])
            rows = [_area_row(s.lang, item) for item in _improvements(s, p["id"])]
            hint = str(t(s.lang, "ae_pick_keys"))
            picked = ask_pick(_head(p, title, []), rows, area, hint, s.lang)
            if picked.action == "back":
                return ""
            area = picked.index
        assert area is not None
        _area(s, p, area)
        if len(items) == 1:
            return ""


def _area(s: Session, p: LeafPrompt, area: int) -> None:
    """One area for improvement's actions: open one to edit it, the last row adds one, ``x``
    twice deletes the one under the cursor."""
    lang, leaf_id = s.lang, p["id"]
    title = t(lang, "ae_list_title", n=area + 1, id=leaf_id)
    cursor: int | None = None
    message, armed = "", None
    while True:
        item = _improvements(s, leaf_id)[area]
        actions = _actions(item)
        fields = [(t(lang, "ae_area"), _text(item))]
        rows = [action_row(lang, action) for action in actions] + [t(lang, "ae_new")]
        hint = str(t(lang, "ae_list_keys"))
        head = _head(p, title, fields)
        picked = ask_pick(head, rows, cursor, hint, lang, ("x", Keys.Delete), message)
        message, cursor = "", picked.index
        if picked.action == "back":
            return
        if picked.action == "open" and cursor is not None:
            armed = None
            _edit(s, p, area, cursor if cursor < len(actions) else None)
        elif cursor is not None and cursor < len(actions) and armed != cursor:
            armed, message = cursor, t(lang, "ae_delete_confirm", n=cursor + 1)
        elif cursor is not None and cursor < len(actions):  # x twice: delete
            _store(s, leaf_id, area, actions[:cursor] + actions[cursor + 1 :])
            message, armed = t(lang, "ae_deleted", n=cursor + 1), None


def _head(p: LeafPrompt, title: str, fields: list[tuple[str, str]]) -> Head:
    return lambda width: head_lines(p, title, fields, width)


def _due(lang: str) -> Callable[[str], str]:
    """The check of a typed due date: empty, or an ISO date (2027-03-31)."""

    def check(value: str) -> str:
        try:
            if not value or (len(value) == 10 and dt.date.fromisoformat(value)):
                return ""
        except ValueError:
            pass
        return str(t(lang, "ae_bad_date", value=value))

    return check


def _edit(s: Session, p: LeafPrompt, area: int, index: int | None) -> None:
    """Text, owner, due date and status of one action (``index`` None: a new one), each field
    saved as it is confirmed; Esc leaves the rest as it is."""
    lang, leaf_id = s.lang, p["id"]
    item = _improvements(s, leaf_id)[area]
    actions = _actions(item)
    action = actions[index] if index is not None else None
    at = index if index is not None else len(actions)
    area_field = (t(lang, "ae_area"), _text(item))

    def head(key: str, action: Action | None) -> Head:
        title = t(lang, key, n=at + 1, id=leaf_id)
        return _head(p, title, [area_field, *action_fields(lang, action)])

    def save(changed: Action) -> Action:
        current = _actions(_improvements(s, leaf_id)[area])
        _store(s, leaf_id, area, [*current[:at], changed, *current[at + 1 :]])
        return changed

    def required(value: str) -> str:
        return "" if value else str(t(lang, "ae_text_required"))

    text = edit_text(
        head("ae_edit_text", action), action.text if action else "", lang, check=required
    )
    if text is None:
        return
    action = save(action.model_copy(update={"text": text}) if action else Action(text=text))
    owner = edit_text(head("ae_edit_owner", action), action.owner, lang)
    if owner is None:
        return
    action = save(action.model_copy(update={"owner": owner}))
    due = action.due.isoformat() if action.due is not None else ""
    typed = edit_text(head("ae_edit_due", action), due, lang, check=_due(lang))
    if typed is None:
        return
    when = dt.date.fromisoformat(typed) if typed else None
    action = save(action.model_copy(update={"due": when}))
    rows = [status_text(lang, status) for status in STATUSES]
    cursor = STATUSES.index(action.status)
    hint = str(t(lang, "ae_status_keys"))
    picked = ask_pick(head("ae_status_title", action), rows, cursor, hint, lang)
    if picked.action == "open" and picked.index is not None:
        save(action.model_copy(update={"status": STATUSES[picked.index]}))
