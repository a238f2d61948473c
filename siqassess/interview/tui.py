"""The full-screen prompt_toolkit applications of the interview: the question and the editor."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from prompt_toolkit.application import Application, get_app
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.layout.dimension import Dimension
from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput
from prompt_toolkit.layout.utils import explode_text_fragments
from prompt_toolkit.styles import Style
from prompt_toolkit.widgets import TextArea

from siqassess.i18n import t
from siqassess.interview.prompts import LeafPrompt
from siqassess.interview.screen import Line, QuestionView, help_page, level_keys, question_lines
from siqassess.textfit import padding, wrap
from siqassess.textsafe import one_line

STYLE = Style.from_dict(
    {
        "progress": "bold",
        "context": "bold ansicyan",
        "question": "bold",
        "cursor": "bold reverse",
        "key": "bold ansiyellow",
        "saved": "bold ansigreen",
        "means": "bold",
        "message": "bold ansired",
        "bold": "bold",
        "italic": "italic",
        "dim": "",
        "editor": "underline",
    }
)

COMMANDS: dict[str, str] = {
    "n": "na",
    "o": "overview",
    "a": "note",
    "s": "strength",
    "i": "improvement",
    "e": "evidence",
    "t": "target",
    "p": "actions",
    "q": "exit",
    Keys.Right: "skip",
    Keys.Tab: "skip",
    Keys.Left: "back",
}
"""Keys of the question screen that end it with an action (the help line lists them)."""


@dataclass(frozen=True)
class Choice:
    """What a key on the question screen asked for, and where the cursor was."""

    action: str
    cursor: int | None
    value: int | None = None


def fragments(lines: list[Line]) -> StyleAndTextTuples:
    """prompt_toolkit's formatted text of screen lines: the one place where the interview's
    screens become terminal text, so the terminal guard is applied here (#11 §5).

    A model's or an answers file's texts may carry ESC sequences, C1 controls, line breaks or
    bidi overrides (U+202E); each is shown as its placeholder (``␛``, ``⟨U+202E⟩``), never
    passed to the terminal. (``screen.wrap`` measures lines as they are shown here.)
    """
    out: StyleAndTextTuples = []
    for i, line in enumerate(lines):
        if i:
            out.append(("", "\n"))
        out.extend((style, one_line(text)) for style, text in line)
    return out


def _size() -> tuple[int, int]:
    size = get_app().output.get_size()
    return size.columns, size.rows


def _interrupt(kb: KeyBindings) -> None:
    @kb.add(Keys.ControlC)
    def _(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt())

    @kb.add(Keys.ControlD)
    def _(event: KeyPressEvent) -> None:
        event.app.exit(exception=EOFError())


@dataclass(frozen=True)
class Question:
    """One question as its screen shows it: the prompt, the tally, the cursor and a message."""

    p: LeafPrompt
    tally: str
    cursor: int | None
    message: str = ""


Advance = Callable[[Choice], Question | None]
"""Saves a confirmed level and gives the next question to show in the same screen, or None."""


@dataclass
class _QuestionState:
    question: Question
    cursor: int | None
    message: str
    help: bool = False
    keys: list[str] = field(default_factory=list)
    scroll: int = 0
    """The first line of the help screen shown, when it is taller than the window."""

    @classmethod
    def of(cls, question: Question) -> _QuestionState:
        levels = question.p["levels"]
        keys = level_keys([level["value"] for level in levels])
        return cls(question, question.cursor, question.message, keys=keys)

    def press(self, key: str, lang: str) -> Choice | None:
        """What ``key`` does: moves the cursor, scrolls or leaves help, shows a hint (``None``:
        only the screen changes), or asks for a level to be confirmed or for a command."""
        if self.help:
            if key in _SCROLL:
                self.scroll += _SCROLL[key]
            else:
                self.help, self.scroll = False, 0
            return None
        self.message = ""
        levels = self.question.p["levels"]
        if key in ("=", *self.keys) and key.strip():
            self.cursor = self.keys.index("+" if key == "=" else key)
        elif key in (Keys.Down, "j"):
            self.cursor = 0 if self.cursor is None else min(len(levels) - 1, self.cursor + 1)
        elif key in (Keys.Up, "k"):
            self.cursor = len(levels) - 1 if self.cursor is None else max(0, self.cursor - 1)
        elif key in ("?", "h"):
            self.help = True
        elif key == Keys.Enter:
            if self.cursor is None:
                self.message = t(lang, "pick_first", keys=_keys_text(self.keys, lang))
            else:
                return Choice("score", self.cursor, levels[self.cursor]["value"])
        elif key in COMMANDS:
            return Choice(COMMANDS[key], self.cursor)
        return None


_SCROLL = {Keys.Down: 1, "j": 1, Keys.Up: -1, "k": -1, Keys.PageDown: 10, " ": 10, Keys.PageUp: -10}
"""Keys that scroll the help screen, and by how many lines (a page counts as ten)."""


def ask_level(
    p: LeafPrompt,
    tally: str,
    lang: str,
    cursor: int | None,
    message: str = "",
    advance: Advance | None = None,
) -> Choice:
    """Show one question until a key confirms a level or asks for something else.

    Digits and arrows only move the cursor; Enter confirms the level under it. On a fresh
    question no level is under the cursor, so Enter alone scores nothing.

    With ``advance``, a confirmed level is handed to it (it saves the answer) and the question
    it returns is shown in the same full-screen application, redrawn in place: no new
    application, no leaving and re-entering the alternate screen between questions. The
    result is then ``scored`` when ``advance`` has no next question for this screen.
    """
    state = _QuestionState.of(Question(p, tally, cursor, message))

    def text() -> StyleAndTextTuples:
        width, height = _size()
        p = state.question.p
        if state.help:
            lines, state.scroll = help_page(p, width, height, lang, state.scroll)
            return fragments(lines)
        view = QuestionView(state.question.tally, state.cursor, state.message)
        return fragments(question_lines(p, view, width, height, lang))

    def confirm(event: KeyPressEvent, choice: Choice) -> None:
        if advance is None:
            event.app.exit(result=choice)
            return
        try:
            following = advance(choice)
        except BaseException as error:  # a failed save ends the screen with its error
            event.app.exit(exception=error)
            return
        if following is None:
            event.app.exit(result=Choice("scored", choice.cursor, choice.value))
        else:
            nonlocal state
            state = _QuestionState.of(following)

    kb = KeyBindings()
    _interrupt(kb)

    @kb.add(Keys.Any)
    def _(event: KeyPressEvent) -> None:
        choice = state.press(event.key_sequence[0].key, lang)
        if choice is None:
            return  # the screen is redrawn with the new state
        if choice.action == "score":
            confirm(event, choice)
        else:
            event.app.exit(result=choice)

    app: Application[Choice] = Application(
        layout=Layout(Window(FormattedTextControl(text, show_cursor=False), wrap_lines=False)),
        key_bindings=kb,
        style=STYLE,
        full_screen=True,
    )
    return app.run()


def _keys_text(keys: list[str], lang: str) -> str:
    return t(lang, "level_keys") if keys[-1:] == ["+"] else f"0–{min(9, len(keys) - 1)}"


def edit_text(
    header: Callable[[int], list[Line]],
    initial: str,
    lang: str,
    *,
    multiline: bool = False,
    required: bool = False,
    check: Callable[[str], str] | None = None,
) -> str | None:
    """A full-width editor under ``header``; returns the text, or ``None`` on Esc.

    Enter saves; with ``multiline``, Alt+Enter starts a new line. Long lines wrap at words.
    ``check`` says what is wrong with a text (``""``: nothing); Enter then shows it in one
    line and keeps the text in the editor to be corrected.
    """
    area = TextArea(
        text=initial,
        multiline=True,
        wrap_lines=True,
        style="class:editor",
        input_processors=[WordWrap()],
        height=Dimension(min=3, preferred=8 if multiline else 3, max=12 if multiline else 4),
    )
    area.buffer.cursor_position = len(initial)
    message: list[str] = [""]
    hint = t(lang, "edit_multiline_keys" if multiline else "edit_line_keys")

    def head() -> StyleAndTextTuples:
        return fragments(header(_size()[0]))

    def foot() -> StyleAndTextTuples:
        width = _size()[0]  # at spaces, as every screen (textfit)
        said = wrap(message[0], width) if message[0] else []
        lines = [[("class:message", text)] for text in said]
        return fragments([*lines, *([("class:dim", text)] for text in wrap(hint, width))])

    if required:
        check = check or (lambda value: "" if value else str(t(lang, "reason_required")))
    kb = _editor_keys(area, message, multiline=multiline, check=check)
    layout = HSplit(
        [
            Window(FormattedTextControl(head), dont_extend_height=True, wrap_lines=True),
            Window(height=1),
            area,
            Window(FormattedTextControl(foot), dont_extend_height=True, wrap_lines=True),
        ]
    )
    app: Application[str | None] = Application(
        layout=Layout(layout, focused_element=area),
        key_bindings=kb,
        style=STYLE,
        full_screen=True,
    )
    # Esc alone cancels, Esc+Enter (Alt+Enter) adds a line: decide soon after an Esc, since a
    # terminal sends Alt+Enter as one burst (the defaults would make Esc feel dead for 1.5 s).
    app.ttimeoutlen, app.timeoutlen = 0.1, 0.3
    return app.run()


def _editor_keys(
    area: TextArea,
    message: list[str],
    *,
    multiline: bool,
    check: Callable[[str], str] | None,
) -> KeyBindings:
    """Enter saves (unless ``check`` refuses the text), Alt+Enter adds a line, Esc cancels."""
    kb = KeyBindings()
    _interrupt(kb)

    @kb.add(Keys.Enter)
    def _(event: KeyPressEvent) -> None:
        value = area.text.strip()
        message[0] = check(value) if check is not None else ""
        if not message[0]:
            event.app.exit(result=value)

    @kb.add(Keys.Escape, Keys.Enter)
    def _(event: KeyPressEvent) -> None:
        if multiline:
            area.buffer.insert_text("\n")

    @kb.add(Keys.Escape)
    def _(event: KeyPressEvent) -> None:
        event.app.exit(result=None)

    return kb


class WordWrap(Processor):
    """Pads each line so prompt_toolkit's character wrap breaks it between words.

    Each character is shown as :func:`~siqassess.textsafe.one_line` shows it: a note read from
    an answers file may hold a bidi override or a C1 control, which is drawn as its placeholder
    (``⟨U+202E⟩``) while the text itself, as saved, is left as it is.
    """

    def apply_transformation(self, transformation_input: TransformationInput) -> Transformation:
        ti = transformation_input
        chars = explode_text_fragments(ti.fragments)
        units = [(style, one_line(char)) for style, char, *_rest in chars]
        pads = padding("".join(unit for _style, unit in units), max(1, ti.width))
        out: StyleAndTextTuples = []
        starts: list[int] = []
        col = shown = 0
        for style, unit in units:
            # A placeholder has no space in it, so only its first character can start a word.
            pad = pads[shown]
            shown += len(unit)
            if pad:
                out.append(("", " " * pad))
                col += pad
            starts.append(col)
            out.append((style, unit))
            col += len(unit)
        starts.append(col)

        def to_display(i: int) -> int:
            return starts[i] if i < len(starts) else starts[-1] + i - len(starts) + 1

        def to_source(d: int) -> int:
            return max(0, bisect_right(starts, d) - 1)

        return Transformation(out, source_to_display=to_display, display_to_source=to_source)
