"""The question screen's layout as pure lines: every question fits every tested size."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from siqassess.criteria.tree import LoadedModel
from siqassess.i18n import t
from siqassess.interview import prompts
from siqassess.interview.screen import (
    QuestionView,
    help_lines,
    help_page,
    key_items,
    key_lines,
    level_keys,
    question_lines,
    shorten,
    wrap,
)
from siqassess.interview.tui import fragments
from siqassess.io.answers import Answer, new_answers
from siqassess.textfit import padding

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
        score=50,
        note="A note " * 40,
        strengths=["s"] * 2,
        improvements=["i"],
        evidence=["e"],
        last_year="na",
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
            if cursor is not None:
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


def _page(p: dict[str, object], columns: int, rows: int, lang: str, offset: int) -> list[str]:
    lines, _offset = help_page(p, columns, rows, lang, offset)
    return [_text(line) for line in lines]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("rows", "columns"), SIZES)
def test_the_help_screen_fits_or_scrolls_to_its_end(
    model: LoadedModel, lang: str, rows: int, columns: int
) -> None:
    """Every page fits the window; scrolling down shows every line of the help, keys last."""
    answers = new_answers(model, language=lang)
    for leaf in model.leaves:
        p = prompts.leaf_prompt(model, answers, leaf.id, lang)
        whole = [_text(line) for line in help_lines(p, columns, lang)]
        seen: list[str] = []
        offset = 0
        while True:
            page = _page(p, columns, rows, lang, offset)
            assert len(page) <= rows and max(map(len, page)) <= columns, (leaf.id, offset)
            if len(whole) <= rows:
                assert page == whole
                break
            first, last, total = (
                int(n) for n in re.findall(r"\d+", page[-1].replace("–", " "))[:3]
            )
            assert (first, total) == (offset + 1, len(whole) - 2)
            assert page[:-1] == whole[offset:last]
            seen += page[:-1] if not seen else page[-1 - (last - len(seen)) : -1]
            if last == total:
                break
            offset += 1
        if len(whole) > rows:
            assert seen == whole[:-2]  # all but "press any key", which the scroll line replaces
        assert any(line.endswith(f"q {t(lang, 'key_quit')}") for line in seen or whole)
        joined = " ".join(" ".join(seen or whole).split())
        assert p["placement"] and " ".join(p["placement"].split()) in joined


def test_the_help_screen_scrolls_in_the_users_language(model: LoadedModel) -> None:
    answers = new_answers(model, language="sv")
    p = prompts.leaf_prompt(model, answers, "F1.1", "sv")
    assert (
        _page(p, 80, 24, "sv", 0)[-1] == "rad 1–23 av 25 · ↑↓ bläddra · andra tangenter: tillbaka"
    )
    p = prompts.leaf_prompt(model, answers, "F1.1", "en")
    assert _page(p, 80, 24, "en", 99)[-1] == "lines 2–24 of 24 · ↑↓ scroll · other keys: back"
    assert _page(p, 80, 24, "en", 99)[-2].endswith("q save and quit")


@pytest.mark.parametrize(
    ("lang", "last_year", "shown"),
    [
        ("en", 60.0, "Current answer: not answered · Last year: 60"),
        ("sv", 60.0, "Nuvarande svar: ej besvarad · Förra året: 60"),
        ("en", "na", "Current answer: not answered · Last year: N/A"),
        ("sv", "na", "Nuvarande svar: ej besvarad · Förra året: ej tillämplig"),
    ],
)
def test_last_years_value_is_beside_the_current_answer(
    model: LoadedModel, lang: str, last_year: float | str, shown: str
) -> None:
    answers = new_answers(model, language=lang)
    answers.answers["F1.1"] = Answer(last_year=last_year)  # type: ignore[arg-type]
    p = prompts.leaf_prompt(model, answers, "F1.1", lang)
    for rows, columns in SIZES:
        lines = [
            _text(line) for line in question_lines(p, QuestionView("", None), columns, rows, lang)
        ]
        assert shown in lines


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_placement_guidance_is_shown_where_it_fits_and_folded_behind_help(
    model: LoadedModel, lang: str
) -> None:
    answers = new_answers(model, language=lang)
    p = prompts.leaf_prompt(model, answers, "F1.1", lang)
    placement = " ".join(p["placement"].split())
    assert placement == " ".join(
        model.spec.scales[model.nodes["F1.1"].scale or ""].placement[lang].split()
    )  # type: ignore[index]

    def screen(rows: int, columns: int) -> str:
        view = QuestionView("", 4)
        return " ".join(_text(line) for line in question_lines(p, view, columns, rows, lang))

    hint = t(lang, "iv_folded_placement")
    assert f"{hint} {t(lang, 'folded_tail')}" in " ".join(screen(24, 80).split())
    assert t(lang, "iv_placement_hint") in " ".join(screen(30, 100).split())
    assert f"{t(lang, 'iv_placement')}: {placement}" in " ".join(screen(40, 120).split())
    assert placement in " ".join(" ".join(_text(line) for line in help_lines(p, 80, lang)).split())


def test_the_screen_draws_file_texts_as_text() -> None:
    """Every line of the interview's screens goes through ``fragments``, the terminal guard."""
    evil = "\u202eevil\u202c \x1b[2J\x1b]52;c;aGVsbG8=\x07 \x9b2J\nX"
    shown = fragments([[("class:question", evil)], [("", "plain")]])
    assert shown == [
        ("class:question", "⟨U+202E⟩evil⟨U+202C⟩ ␛[2J␛]52;c;aGVsbG8=␇ ⟨U+009B⟩2J␊X"),
        ("", "\n"),
        ("", "plain"),
    ]
    first, second = shown[0][1].split("␊")
    assert wrap(evil, 80) == [first, second]  # paragraphs as lines, measured as shown
