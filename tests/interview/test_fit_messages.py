"""#27: every prompt and message of the interview is fitted by the one text-fitting module:
lines break at spaces (never "piltangent" / "erna"), and a file's path is never broken."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Answer, new_answers, save_answers
from siqassess.io.lock import lock_path
from siqassess.textfit import fit_prompt, wrap_whole

from .term import ENTER, Terminal

RESUME_SV = "I filen: 3 besvarade · 1 ej tillämplig · 28 saknas. Hur vill du fortsätta?"
KEYS_SV = "(tryck en siffra, eller piltangenterna och Enter)"


def test_a_menu_question_and_its_key_hint_break_at_spaces() -> None:
    message, hint = fit_prompt(RESUME_SV, KEYS_SV, 80)
    assert (message, hint) == (RESUME_SV, "\n" + KEYS_SV)
    message, hint = fit_prompt(RESUME_SV, KEYS_SV, 40)
    shown = f"? {message} {hint}".split("\n")
    assert [line.rstrip() for line in shown] == [
        "? I filen: 3 besvarade · 1 ej",
        "tillämplig · 28 saknas. Hur vill du",
        "fortsätta? (tryck en siffra, eller",
        "piltangenterna och Enter)",
    ]


def test_a_path_goes_to_its_own_line_and_is_never_shortened() -> None:
    path = "/home/anna/Mina dokument/siq/bedömning.yaml"
    text = f"Sparat i {path}: 3 besvarade · 1 ej tillämplig · 28 saknas"
    assert wrap_whole(text, 50, (path,)) == [
        "Sparat i",
        f"{path}: 3",
        "besvarade · 1 ej tillämplig · 28 saknas",
    ]
    # Longer than a line: alone on its line, whole (the terminal wraps it; it can be pasted).
    assert wrap_whole(f"Sparat i {path} nu", 20, (path,)) == ["Sparat i", path, "nu"]


WORD = st.text(alphabet="abcåäö/.-", min_size=1, max_size=12)


@given(st.lists(WORD, min_size=1, max_size=12), st.lists(WORD, max_size=4), st.integers(8, 60))
@example(["Sparat", "i"], ["/a/b c/d.yaml"], 8)
@example(["x"], ["a" * 30], 10)
def test_no_line_is_longer_than_the_width_and_a_path_that_fits_is_whole(
    words: list[str], parts: list[str], width: int
) -> None:
    path = " ".join(parts)
    text = " ".join([*words, path] if path else words)
    lines = wrap_whole(text, width, (path,) if path else ())
    assert all(len(line) <= width or (path and path in line) for line in lines)
    if path:
        assert any(path in line for line in lines)
    if all(len(word) <= width for word in words):
        assert " ".join(lines) == text


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A folder with a short name (pytest's own are long), for a path of a chosen length."""
    with tempfile.TemporaryDirectory(prefix="siq") as name:
        yield Path(name)


WORDS = {
    "sv": {
        "resume": [f"? {RESUME_SV}", KEYS_SV],
        "row": " » 1) ✔ F1      Skapar värde med kunder och intressenter    4/4, 1 ej tillämplig",
        "quit": "8",
        "saved": [
            "Sparat i",
            "{path}: 3",
            "besvarade · 1 ej tillämplig · 28 saknas",
            "Fortsätt senare med: siqassess assess",
            "{path}",
        ],
    },
    "en": {
        "resume": [
            "? In the file: 3 answered · 1 not applicable · 28 missing. How do you want to",
            "go on? (press a number, or arrow keys and Enter)",
        ],
        "row": " » 1) ✔ F1      Creates value with customers and…          4/4, 1 not applicable",
        "quit": "8",
        "saved": [
            "Saved to",
            "{path}: 3",
            "answered · 1 not applicable · 28 missing",
            "Resume later with: siqassess assess",
            "{path}",
        ],
    },
}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_resume_prompt_overview_and_last_lines_fit_80_columns(
    short_dir: Path, model: LoadedModel, lang: str
) -> None:
    words = WORDS[lang]
    # A path of 75 characters, with a space: it cannot share a line with "Sparat i ".
    base = short_dir / "Mina dokument"
    room = 75 - len(str(base / "x" / "bedömning.yaml"))
    if room < 0:
        pytest.skip("the temporary folder's name is too long for this test")
    path = base / ("x" * (1 + room)) / "bedömning.yaml"
    path.parent.mkdir(parents=True)
    answers = new_answers(model, organisation="Acme", respondent="Ada", language=lang)
    for leaf_id in ("F1.1", "F1.3", "F1.4"):
        answers.answers[leaf_id] = Answer(score=40)
    answers.answers["F1.2"] = Answer(na=True, reason="-")
    save_answers(path, answers, model)
    term = Terminal(["assess", str(path), "--lang", lang], 24, 80)
    try:
        screen = term.wait(words["resume"][-1])
        at = term.lines.index(words["resume"][0])
        assert term.lines[at : at + 2] == words["resume"]
        term.press("3", ENTER)  # the overview
        term.wait(words["row"][8:])
        assert words["row"] in term.lines
        term.press(words["quit"], ENTER)
        last = words["saved"][-2]
        term.wait(last)
        screen = term.wait(lambda text: text.rstrip().endswith(str(path)))
        lines = screen.rstrip().split("\n")
        assert lines[-5:] == [line.format(path=path) for line in words["saved"]]
        assert term.finish() == 0
    finally:
        term.close()
    assert not lock_path(path).exists()
