"""A ``--model`` file's texts are shown as text on every screen of the interview (#11 §5).

A model is untrusted: its factor names, questions, guidance, level labels and descriptors may
carry a bidi override (U+202E), a screen clear (ESC[2J), an OSC 52 clipboard write or a C1
control. The real program runs in a terminal emulator (pyte) at 80×24; the screen must show
the placeholders, and none of those bytes may reach the terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from siqassess.io.answers import Answer, new_answers, save_answers
from siqassess.io.models import resolve_model

from .term import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

MODEL = Path(__file__).resolve().parents[2] / "models" / "siq_2019_1.yaml"

EVIL = r"\u202Eevil\u202C \e[2J\e]52;c;aGVsbG8=\a \x9b2J"
"""As written in a double-quoted YAML scalar: bidi override, clear, clipboard write, C1 CSI."""

SHOWN = "⟨U+202E⟩evil⟨U+202C⟩ ␛[2J␛]52;c;aGVsbG8=␇ ⟨U+009B⟩2J"
"""The same text as the screen must show it."""

NOTE = "\u202eevil\u202c \x1b[2J\x1b]52;c;aGVsbG8=\x07 \x9b2J"
"""The same attack in a note of the answers file."""

RAW = ["\u202e".encode(), "\u202c".encode(), b"\x1b]52", b"\x1b]", "\x9b".encode()]
"""Bytes that must never reach the terminal (C1 CSI as UTF-8: a raw 0x9b byte is also part
of ordinary characters, such as the placeholder ␛ itself)."""


def _hostile_model(folder: Path) -> Path:
    text = MODEL.read_text(encoding="utf-8")
    swaps = [
        (
            "en: Creates value with customers and stakeholders}",
            f'en: "Creates {EVIL} value"}}',
        ),
        (
            "          en: >-\n"
            "            Describe how you find out and analyse what your customers and"
            " stakeholders need and expect, today and in\n"
            "            the future.",
            f'          en: "Describe {EVIL} how you find out what your customers need."',
        ),
        (
            "          en: >-\n"
            "            A good answer shows which customer and stakeholder groups you have"
            " identified, which sources you use\n"
            "            (dialogue, feedback, surveys, external data), how you reach prospective"
            " customers and how the\n"
            "            insights get to decision-makers. Also show how you check that the methods"
            " give a true picture.",
            f'          en: "A good answer {EVIL} shows which groups you have identified."',
        ),
        (
            "label: {sv: Inget arbetssätt, en: No approach}",
            f'label: {{sv: Inget, en: "No {EVIL}"}}',
        ),
        (
            'en: "No approach to this area can be demonstrated."',
            f'en: "No approach {EVIL} can be demonstrated."',
        ),
    ]
    for old, new in swaps:
        assert text.count(old) >= 1, old
        text = text.replace(old, new, 1)
    path = folder / "evil-model.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_hostile_model_is_shown_as_text_on_the_question_help_and_overview(
    tmp_path: Path,
) -> None:
    model = _hostile_model(tmp_path)
    path = tmp_path / "a.yaml"
    loaded = resolve_model(str(model))
    answers = new_answers(loaded, organisation="Acme", respondent="Ada", language="en")
    answers.answers["F1.1"] = Answer(note=f"Our {NOTE} note")
    save_answers(path, answers, loaded)
    args = ["assess", str(path), "--model", str(model), "--lang", "en"]
    term = Terminal([*args, "--organisation", "Acme", "--respondent", "Ada"], 24, 80)
    raw: list[bytes] = []
    read = term.child.read_nonblocking

    def recorded(size: int, timeout: float) -> bytes:
        data = read(size, timeout)
        raw.append(data)
        return bytes(data)

    term.child.read_nonblocking = recorded
    try:
        term.wait("Question 1 of 32  ·  ")
        term.press("0")  # the level whose label and descriptor are hostile
        screen = term.wait(lambda _: "can be demonstrated." in term.text)
        lines = term.lines
        assert lines[1] == f"F1 Creates {SHOWN} value"
        question = f"F1.1 Describe {SHOWN} how you find out what your customers need."
        assert " ".join(" ".join(lines[2:4]).split()) == question
        assert f"▸ [0]   0  No {SHOWN}" in screen
        assert f"No approach {SHOWN} can be demonstrated." in " ".join(screen.split())
        term.press("?")
        guidance = f"A good answer {SHOWN} shows"
        term.wait(lambda text: guidance in " ".join(text.split()))
        term.press("x")
        # Back on the question: the answers file's note, on the current-answer line.
        term.wait(
            lambda text: "Help – F1.1" not in text and "Note: Our ⟨U+202E⟩evil⟨U+202C⟩" in text
        )
        term.press("a")  # the note editor shows the note through the same guard
        term.wait(lambda text: "Note on F1.1" in text and f"Our {SHOWN} note" in text)
        term.press("\x1b")
        term.wait(lambda text: "Note on F1.1" not in text and "Question 1 of 32" in text)
        term.press("o")
        row = f"F1      Creates {SHOWN}…"  # shortened to fit, after a whole word
        term.wait(lambda text: "Where to?" in text and row in text)
        assert term.screen.title == "" and term.screen.icon_name == ""
    finally:
        term.close()
    written = b"".join(raw)
    for bad in RAW:
        assert bad not in written, bad
