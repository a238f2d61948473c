"""What a person sees: the real program in a terminal emulator at 80×24, 100×30 and 120×40.

Each run resumes a file where only the criterion with the longest guidance and the result
area with the longest guidance are unanswered, so the walk shows exactly those two.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from siqassess.criteria.tree import LoadedModel, Node
from siqassess.i18n import t
from siqassess.interview import prompts
from siqassess.interview.screen import level_keys
from siqassess.io.answers import Answer, new_answers, read_answers, save_answers

from .term import ENTER, Terminal

DOWN = "\x1b[B"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

SIZES = [(24, 80), (30, 100), (40, 120)]

NOTE = (
    "The customer council met four times this year and its minutes show that complaints "
    "about late information were followed up within two weeks, but nobody owns the follow-up "
    "of the supplier survey and its results were never discussed with the management team."
)


def _guidance(leaf: Node, lang: str) -> int:
    return len((leaf.help or {}).get(lang, "")) + sum(len(m.get(lang, "")) for m in leaf.measures)


def _longest(model: LoadedModel, kind: str, lang: str) -> Node:
    return max(
        (leaf for leaf in model.leaves if leaf.kind == kind), key=lambda n: _guidance(n, lang)
    )


def _joined(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def _descriptor_column(lines: list[str]) -> str:
    return _joined([line.split("│ ", 1)[1] for line in lines if "│ " in line])


def _check_question(term: Terminal, p: dict[str, Any], cursor: int, lang: str) -> None:
    """Progress, factor or area, question, every level and the whole descriptor: all in view."""
    level = p["levels"][cursor]
    descriptor = _joined([t(lang, "level_means"), level["descriptor"]])
    # A frame can arrive in several reads: wait until the descriptor is whole, then check.
    term.wait(lambda _: _descriptor_column(term.lines) == descriptor)
    lines = term.lines
    assert lines[0].startswith(p["progress"] + "  ·  ")
    context = f"{p['context']['id']} {p['context']['name']}"
    assert lines[1] == context or (lines[1].endswith("…") and context.startswith(lines[1][:-1]))
    question = p["question"] if p["kind"] == "result_area" else f"{p['id']}  {p['question']}"
    blank = lines.index("", 2)
    assert _joined(lines[2:blank]) == _joined([question])
    keys = level_keys([level["value"] for level in p["levels"]])
    for key, level in zip(keys, p["levels"], strict=True):
        assert f"[{key}] {level['value']:>3}  {level['label']}" in term.text
    # Every word of the descriptor, in order, and no word cut at a line end.
    assert _descriptor_column(lines) == descriptor
    # The help line is the last thing on the screen, so everything above it is in view too.
    assert f"q {t(lang, 'key_quit')}" in lines[-1] or f"q {t(lang, 'key_quit')}" in term.text
    if f"{t(lang, 'help')}:" not in term.text:
        assert t(lang, "folded_tail") in _joined(lines)


SCROLLED = re.compile(r"^\S+ (\d+)–(\d+) \S+ (\d+) · ")
"""The help screen's last line when it scrolls: "lines 1–23 of 26 · ↑↓ scroll · …"."""


def _help_page(term: Terminal, p: dict[str, Any], lang: str, first: int) -> tuple[int, int]:
    """Wait for the help screen scrolled to line ``first`` (or unscrolled, when it fits);
    the last line shown and how many there are (0, 0 when it fits)."""

    def ready(screen: str) -> bool:
        if first == 1 and t(lang, "help_title", id=p["id"]) not in screen:
            return False
        if t(lang, "help_return") in screen:
            return True
        found = SCROLLED.match([line for line in term.lines if line][-1])
        return found is not None and int(found.group(1)) == first

    term.wait(ready)
    found = SCROLLED.match([line for line in term.lines if line][-1])
    return (int(found.group(2)), int(found.group(3))) if found else (0, 0)


def _check_help(term: Terminal, p: dict[str, Any], lang: str) -> None:
    """``?`` shows the guidance, the measures, how to place a score within a band and every
    key: all at once where they fit, else scrolled with the arrow keys to the end."""
    term.press("?")
    seen: dict[int, str] = {}
    first = 1
    while True:
        last, total = _help_page(term, p, lang, first)
        lines = term.lines
        if not total:
            seen = dict(enumerate(lines))
            break
        seen.update(zip(range(first, last + 1), lines[: last - first + 1], strict=True))
        if last == total:
            break
        term.press(DOWN)
        first += 1
    joined = _joined([seen[i] for i in sorted(seen)])
    assert _joined([f"{t(lang, 'help')}: {p['help']}"]) in joined
    for measure in p["measures"]:
        assert _joined([measure]) in joined
    assert _joined([f"{t(lang, 'iv_placement')}:", p["placement"]]) in joined
    assert joined.endswith(f"q {t(lang, 'key_quit')}") or t(lang, "help_return") in joined
    if term.rows == 24:
        assert total, "the longest guidance scrolls at 80×24"
    term.press("x")
    term.wait(lambda screen: p["progress"] + "  ·  " in screen)


def _check_note_editor(term: Terminal, p: dict[str, Any], lang: str) -> None:
    term.press("a")
    term.wait(t(lang, "edit_note", id=p["id"]))
    term.type(NOTE)
    term.wait(lambda _: NOTE in _joined(term.lines) and t(lang, "edit_multiline_keys") in term.text)
    lines = term.lines
    start = next(i for i, line in enumerate(lines) if line.startswith(NOTE[:20]))
    end = next(i for i, line in enumerate(lines) if line.endswith("management team."))
    assert _joined(lines[start : end + 1]) == NOTE  # no word cut at a line end
    assert end - start + 1 >= 3  # several lines
    assert max(len(line) for line in lines[start:end]) > term.columns - 15  # the full width
    assert t(lang, "edit_multiline_keys") in term.text
    term.press(ENTER)
    term.wait(f"{t(lang, 'note')}: The customer council")


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("rows", "columns"), SIZES, ids=[f"{c}x{r}" for r, c in SIZES])
def test_question_result_area_note_editor_and_summary_fit(
    tmp_path: Path, model: LoadedModel, rows: int, columns: int, lang: str
) -> None:
    criterion = _longest(model, "criterion", lang)
    area = _longest(model, "result_area", lang)
    path = tmp_path / "a.yaml"
    answers = new_answers(model, organisation="Acme", respondent="Ada", language=lang)
    for leaf in model.leaves:
        if leaf.id not in (criterion.id, area.id):
            answers.answers[leaf.id] = Answer(score=60)
    # As `init --from` leaves them: last year's value, no score yet.
    answers.answers[criterion.id] = Answer(last_year=60)
    answers.answers[area.id] = Answer(last_year="na")
    last_year = {
        criterion.id: t(lang, "iv_last_year", value="60"),
        area.id: t(lang, "iv_last_year", value=t(lang, "iv_last_year_na")),
    }
    save_answers(path, answers, model)
    term = Terminal(["assess", str(path), "--lang", lang], rows, columns)
    try:
        term.wait(t(lang, "resume_first", id=criterion.id))
        term.press(ENTER)
        for leaf, value in ((criterion, 30), (area, 100)):
            p = prompts.leaf_prompt(model, read_answers(path, model), leaf.id, lang)
            # On a fresh question no level is pre-chosen: the whole new frame, without a marker.
            # (Waiting for it, rather than asserting at once, lets a frame that arrives in
            # several reads finish; a pre-chosen level still fails, when the wait runs out.)
            term.wait(
                lambda screen, p=p: (
                    p["progress"] + "  ·  " in screen
                    and "▸" not in screen
                    and _joined([p["question"]]) in _joined(term.lines)
                )
            )
            current = f"{t(lang, 'current_answer')}: {t(lang, 'not_answered')} · "
            term.wait(lambda _, shown=current + last_year[leaf.id]: shown in term.lines)
            cursor = [level["value"] for level in p["levels"]].index(value)
            key = level_keys([level["value"] for level in p["levels"]])[cursor]
            term.press(key)
            term.wait(f"▸ [{key}]")
            _check_question(term, p, cursor, lang)
            _check_help(term, p, lang)
            if leaf is area:
                _check_note_editor(term, p, lang)
            term.press(ENTER)
        assert term.finish() == 0
        lines = term.lines
        total = t(lang, "total")
        assert any(line.startswith(f"{total}: ") or f"  ·  {total}: " in line for line in lines)
        counted = "32 besvarade · 0 ej tillämpliga" if lang == "sv" else "32 answered · 0 not"
        assert any(line.startswith(counted) for line in lines)
        for node in model.root.walk():
            if node.kind in ("success_factor", "result_area"):
                row = next(line for line in lines if line.startswith(f"{node.id} "))
                shown, name = row.split("  ")[0], f"{node.id} {node.name[lang]}"
                assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1] + " "))
    finally:
        term.close()
    saved = read_answers(path, model)
    assert saved.status == "complete"
    assert [saved.answers[i].score for i in (criterion.id, area.id)] == [30, 100]  # type: ignore[union-attr]
    assert saved.answers[area.id].note == NOTE  # type: ignore[union-attr]
