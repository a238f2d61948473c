"""The question screen's layout as pure lines: every question fits every tested size."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from siqassess.criteria.tree import LoadedModel
from siqassess.i18n import t
from siqassess.interview import prompts
from siqassess.interview.screen import (
    QuestionView,
    help_lines,
    key_items,
    key_lines,
    level_keys,
    question_lines,
    shorten,
    wrap,
)
from siqassess.interview.wordwrap import padding
from siqassess.io.answers import Answer, new_answers

SIZES = [(24, 80), (30, 100), (40, 120)]

words = st.lists(st.text(alphabet="abcdefghijåäö", min_size=1, max_size=14), max_size=40)


def _text(line: list[tuple[str, str]]) -> str:
    return "".join(text for _style, text in line)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("rows", "columns"), SIZES)
def test_every_question_fits_with_its_levels_and_whole_descriptor(
    model: LoadedModel, lang: str, rows: int, columns: int
) -> None:
    answers = new_answers(model, language=lang)
    leaf = model.leaves[0]
    # The longest current-answer line a question can have: a note and every kind of finding.
    answers.answers[leaf.id] = Answer(
        score=50, note="A note " * 40, strengths=["s"] * 2, improvements=["i"], evidence=["e"]
    )
    tally = prompts.tally(lang, 31, 0, 1)
    for leaf in model.leaves:
        p = prompts.leaf_prompt(model, answers, leaf.id, lang)
        for cursor in [None, *range(len(p["levels"]))]:
            lines = [
                _text(line)
                for line in question_lines(p, QuestionView(tally, cursor), columns, rows, lang)
            ]
            assert len(lines) <= rows, (leaf.id, cursor)
            assert max(len(line) for line in lines) <= columns, (leaf.id, cursor)
            assert lines[-1].endswith(f"q {t(lang, 'key_quit')}")
            if cursor is None:
                assert len(help_lines(p, columns, lang)) <= rows, leaf.id
            else:
                column = " ".join(line.split("│ ", 1)[1] for line in lines if "│ " in line)
                descriptor = p["levels"][cursor]["descriptor"]
                assert " ".join(column.split()) == f"{t(lang, 'level_means')} {descriptor}"


def test_a_saved_level_is_marked_beside_the_cursor(model: LoadedModel) -> None:
    answers = new_answers(model, language="en")
    answers.answers["F1.1"] = Answer(score=70)
    p = prompts.leaf_prompt(model, answers, "F1.1", "en")
    lines = [_text(line) for line in question_lines(p, QuestionView("", 7), 80, 24, "en")]
    assert any(line.startswith("▸ [7]  70  Well integrated ● ") for line in lines)


def test_level_keys_are_digits_for_tens_and_plus_for_100() -> None:
    assert level_keys(list(range(0, 101, 10))) == [*"0123456789", "+"]
    assert level_keys([1, 2, 3]) == ["0", "1", "2"]


@given(words, st.integers(min_value=8, max_value=60))
@example(["abcdefghij", "ab"], 10)
@example(["a" * 14, "b"], 8)
def test_wrap_never_cuts_a_word_that_fits_a_line(items: list[str], width: int) -> None:
    text = " ".join(items)
    lines = wrap(text, width)
    assert all(len(line) <= width for line in lines)
    if all(len(item) <= width for item in items):
        assert [word for line in lines for word in line.split()] == items


@given(words, st.integers(min_value=8, max_value=60))
@example(["abcdefghij", "ab", "abcdefgh"], 10)
def test_editor_padding_moves_whole_words_to_the_next_line(items: list[str], width: int) -> None:
    text = " ".join(items)
    shown = "".join(" " * pad + char for char, pad in zip(text, padding(text, width), strict=True))
    rows = [shown[i : i + width] for i in range(0, len(shown), width)]
    if all(len(item) <= width for item in items):
        assert [word for row in rows for word in row.split()] == items


def test_shorten_cuts_at_a_space_with_an_ellipsis() -> None:
    assert shorten("Improves the organisation and creates innovations", 40) == (
        "Improves the organisation and creates…"
    )
    assert shorten("short", 40) == "short"


def test_the_help_line_never_splits_a_key_from_its_label() -> None:
    for lang in ("sv", "en"):
        lines = [_text(line) for line in key_lines(key_items(lang), 80)]
        assert all(len(line) <= 80 for line in lines)
        joined = " · ".join(lines)
        for key, label in key_items(lang):
            assert f"{key} {label}" in joined
