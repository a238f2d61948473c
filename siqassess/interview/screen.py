"""The question screen as lines of styled text for a given width and height (pure, no I/O).

The layout puts first what a management team must always see: the progress line, the factor
or area, the question, every level, and the whole descriptor of the level under the cursor.
Guidance and example measures are shown when they fit, else folded behind ``?``.
"""

from __future__ import annotations

from dataclasses import dataclass

from siqassess.i18n import t, tn
from siqassess.interview.prompts import LeafPrompt
from siqassess.textfit import shorten, wrap
from siqassess.textsafe import one_line

Fragment = tuple[str, str]
Line = list[Fragment]

SIDE_BY_SIDE = 64
"""From this width on, the descriptor stands beside the level list instead of below it."""

NO_CURSOR = "  "
CURSOR = "▸ "


def level_keys(values: list[int]) -> list[str]:
    """The key that picks each level: ``0``–``9`` for 0–90 and ``+`` for 100 on the usual
    0–100 scale, else ``0``–``9`` by position (levels past the tenth by arrows only)."""
    if (
        values
        and all(v % 10 == 0 and 0 <= v <= 100 for v in values)
        and len(set(values)) == len(values)
    ):
        return ["+" if v == 100 else str(v // 10) for v in values]
    return [str(i) if i < 10 else " " for i in range(len(values))]


def key_items(lang: str) -> list[tuple[str, str]]:
    """Every key of the question screen and what it does, in the order the help line shows."""
    return [
        ("0–9 +", t(lang, "key_level")),
        ("Enter", t(lang, "key_enter")),
        ("→", t(lang, "key_skip")),
        ("←", t(lang, "key_back")),
        ("n", t(lang, "key_na")),
        ("o", t(lang, "key_overview")),
        ("a", t(lang, "key_note")),
        ("s", t(lang, "key_strength")),
        ("i", t(lang, "key_improvement")),
        ("p", t(lang, "key_actions")),
        ("e", t(lang, "key_evidence")),
        ("t", t(lang, "key_target")),
        ("?", t(lang, "key_help")),
        ("q", t(lang, "key_quit")),
    ]


def key_lines(items: list[tuple[str, str]], width: int) -> list[Line]:
    """The help line: ``key label`` items, never split, wrapped to ``width``."""
    lines: list[Line] = []
    line: Line = []
    used = 0
    for key, label in items:
        size = len(key) + 1 + len(label)
        gap = 3 if line else 0
        if line and used + gap + size > width:
            lines.append(line)
            line, used, gap = [], 0, 0
        if gap:
            line.append(("", " · "))
        line += [("class:key", key), ("class:dim", " " + label)]
        used += gap + size
    if line:
        lines.append(line)
    return lines


@dataclass(frozen=True)
class QuestionView:
    """What the question screen shows besides the prompt itself."""

    tally: str
    cursor: int | None
    message: str = ""


def _level_rows(p: LeafPrompt, view: QuestionView) -> list[Line]:
    levels = p["levels"]
    keys = level_keys([level["value"] for level in levels])
    saved = p["default"] if isinstance(p["default"], int) else None
    rows: list[Line] = []
    for i, (level, key) in enumerate(zip(levels, keys, strict=True)):
        here = view.cursor == i
        style = "class:cursor" if here else ""
        row: Line = [
            (style, CURSOR if here else NO_CURSOR),
            ("class:key", f"[{key}]" if key.strip() else "   "),
            (style, f" {level['value']:>3}  {level['label']}"),
        ]
        if level["value"] == saved:
            row.append(("class:saved", " ●"))
        rows.append(row)
    return rows


def _width(line: Line) -> int:
    return sum(len(one_line(text)) for _style, text in line)


def _descriptor(p: LeafPrompt, view: QuestionView, width: int, lang: str) -> list[Line]:
    if view.cursor is None:
        return [
            [("class:dim", text)]
            for text in wrap(t(lang, "pick_first", keys=_keys(p, lang)), width)
        ]
    level = p["levels"][view.cursor]
    prefix = t(lang, "level_means")
    lines = wrap(f"{prefix} {level['descriptor']}", width)
    out: list[Line] = [[("class:means", lines[0][: len(prefix)]), ("", lines[0][len(prefix) :])]]
    return out + [[("", text)] for text in lines[1:]]


def _keys(p: LeafPrompt, lang: str) -> str:
    keys = level_keys([level["value"] for level in p["levels"]])
    if keys[-1:] == ["+"]:
        return str(t(lang, "level_keys"))
    return f"0–{min(9, len(keys) - 1)}"


def assessor_lines(p: LeafPrompt, width: int, lang: str) -> list[Line]:
    """A consensus draft's leaf to agree: each assessor's score and argument, a line each."""
    said = p.get("assessors") or []
    if not said:
        return []
    out: list[Line] = [[("class:bold", shorten(t(lang, "iv_assessors"), width))]]
    for a in said:
        name = shorten(a["name"].split(",")[0].strip() or a["name"], 18)  # "Anna Lind, chef"
        head = f"{name} ({a['role']}): {a['said']}" if a["role"] else f"{name}: {a['said']}"
        text = f"{head} · {a['argument']}" if a["argument"] else head
        lines = wrap(text, width - 2)  # at most two lines each, the second cut with "…"
        if len(lines) > 2:
            lines[1] = shorten(" ".join(lines[1:]), width - 2)
        out.append([("", lines[0])])
        out += [[("class:dim", "  " + more)] for more in lines[1:2]]
    return out


def _body(p: LeafPrompt, view: QuestionView, width: int, lang: str) -> list[Line]:
    rows = _level_rows(p, view)
    left = max(_width(row) for row in rows) + 2
    if width >= SIDE_BY_SIDE and width - left - 2 >= 24:
        right = _descriptor(p, view, width - left - 2, lang)
        said = assessor_lines(p, width - left - 2, lang)
        right += [[], *said] if said else []
        out: list[Line] = []
        for i in range(max(len(rows), len(right))):
            row = rows[i] if i < len(rows) else []
            pad = ("", " " * (left - _width(row)))
            side = right[i] if i < len(right) else []
            out.append([*row, pad, ("class:dim", "│ "), *side])
        return out
    said = assessor_lines(p, width, lang)
    return [*rows, [], *_descriptor(p, view, width, lang), *([[], *said] if said else [])]


def _current(p: LeafPrompt, width: int, lang: str) -> list[Line]:
    """The current answer and last year's value, then the note and the count of findings:
    on one line where they fit, else the note and the findings on the next."""
    head = f"{t(lang, 'current_answer')}: "
    last = f" · {t(lang, 'iv_last_year', value=p['last_year'])}" if p["last_year"] else ""
    if p["own_target"] is not None:  # set with t: shown where the answer is (#27)
        target = t(lang, "iv_target", value=f"{p['own_target']:g}")
        last = f" · {target}{last}"
    current = shorten(p["current"], max(8, width - len(head) - len(last)))
    line: Line = [("class:dim", head), ("class:bold", current)]
    if last:
        line.append(("class:last", last))
    used = len(head) + len(current) + len(last)
    found = [("n_strengths", len(p["strengths"])), ("n_improvements", len(p["improvements"]))]
    found += [("n_actions", p["actions"]), ("n_evidence", len(p["evidence"]))]
    tail = " · ".join(tn(lang, key, n) for key, n in found if n)
    label = f"{t(lang, 'note')}: "
    if not p["note"]:
        if tail and used + 3 + len(tail) <= width:
            return [[*line, ("class:dim", " · " + tail)]]
        return [line, *([("class:dim", text)] for text in wrap(tail, width) if tail)]
    room = width - used - 3 - len(label)
    if room >= _NOTE_ROOM:
        line += [("class:dim", " · " + label), ("", shorten(p["note"], room))]
        return [line, *([("class:dim", text)] for text in wrap(tail, width) if tail)]
    room = width - len(label) - (3 + len(tail) if tail else 0)
    if room >= _NOTE_ROOM // 2:
        after: Line = [("class:dim", " · " + tail)] if tail else []
        return [line, [("class:dim", label), ("", shorten(p["note"], room)), *after]]
    note: Line = [("class:dim", label), ("", shorten(p["note"], width - len(label)))]
    return [line, note, *([("class:dim", text)] for text in wrap(tail, width) if tail)]


_NOTE_ROOM = 24
"""Columns a note needs beside the current answer to be worth showing there."""


def guidance_lines(p: LeafPrompt, width: int, lang: str) -> list[Line]:
    """The factor's description, the guidance and the example measures, wrapped."""
    out: list[Line] = []
    if p["context"]["description"] and p["kind"] != "result_area":
        out += [[("class:dim", text)] for text in wrap(p["context"]["description"], width)]
    if p["help"]:
        lines = wrap(f"{t(lang, 'help')}: {p['help']}", width)
        out += [[("", text)] for text in lines]
    if p["measures"]:
        out.append([("class:italic", f"{t(lang, 'measures')}:")])
        for measure in p["measures"]:
            lines = wrap(measure, width - 4)
            out.append([("", "  • " + lines[0])])
            out += [[("", "    " + text)] for text in lines[1:]]
    return out


def placement_lines(p: LeafPrompt, width: int, lang: str) -> list[Line]:
    """How to place a score lower, in the middle or upper inside a band, under its heading."""
    if not p["placement"]:
        return []
    out: list[Line] = [[("class:italic", f"{t(lang, 'iv_placement')}:")]]
    return out + [[("", text)] for text in wrap(p["placement"], width)]


def _folded(p: LeafPrompt, width: int, lang: str, *, guidance: bool = True) -> list[Line]:
    """The line that says what ``?`` shows and that it was folded away to fit the window."""
    measures = tn(lang, "n_measures", len(p["measures"]))
    if not guidance:
        text = t(lang, "iv_placement_hint")
    elif p["placement"]:
        key = "iv_folded_placement_measures" if p["measures"] else "iv_folded_placement"
        text = t(lang, key, measures=measures)
    elif p["measures"]:
        text = t(lang, "folded_measures", measures=measures)
    elif p["help"] or p["context"]["description"]:
        text = t(lang, "folded")
    else:
        return []
    return [[("class:dim", line)] for line in wrap(f"{text} {t(lang, 'folded_tail')}", width)]


def _extra(p: LeafPrompt, width: int, lang: str, room: int) -> list[Line]:
    """Guidance and placement where they fit in ``room`` lines, else what ``?`` shows."""
    guidance = guidance_lines(p, width, lang)
    placement = placement_lines(p, width, lang)
    whole = [*guidance, *([[]] if guidance and placement else []), *placement]
    if whole and len(whole) + 1 <= room:
        return [[], *whole]
    hint = _folded(p, width, lang, guidance=False) if placement else []
    if guidance and len(guidance) + 1 + len(hint) <= room:
        return [[], *guidance, *hint]
    return _folded(p, width, lang)


def question_lines(
    p: LeafPrompt, view: QuestionView, width: int, height: int, lang: str
) -> list[Line]:
    """The whole question screen, at most ``height`` lines where the model allows it."""
    ctx = p["context"]
    head: list[Line] = [
        [
            ("class:progress", p["progress"]),
            ("class:dim", "  ·  " + shorten(view.tally, width - len(p["progress"]) - 5)),
        ],
        [("class:context", shorten(f"{ctx['id']} {ctx['name']}", width))],
    ]
    question = p["question"] if p["kind"] == "result_area" else f"{p['id']}  {p['question']}"
    head += [[("class:question", text)] for text in wrap(question, width)]
    body = _body(p, view, width, lang)
    message = [[("class:message", text)] for text in wrap(view.message, width)]
    tail = [*_current(p, width, lang), *message]
    keys = key_lines(key_items(lang), width)
    fixed = len(head) + 1 + len(body) + 1 + len(tail) + len(keys)
    if fixed > height and not view.message:  # the empty message line gives way first
        tail, fixed = tail[:-1], fixed - 1
    from siqassess.interview.measures_view import measure_block  # it imports this module

    measures = measure_block(p.get("measures_data"), width, lang, height - fixed + 1)
    if measures:  # a result area's measures come before the guidance, in the blank's place
        body, tail = [*body, *measures], tail
        fixed += len(measures) - 1
    room = height - fixed  # the guidance, or the line saying ? shows it, only where it fits
    extra = _extra(p, width, lang, room) if room > 1 or (room == 1 and not measures) else []
    gap: list[Line] = [[]] if fixed + len(extra) < height else []
    return [*head, [], *body, *([] if measures else [[]]), *tail, *extra, *gap, *keys]


def help_lines(p: LeafPrompt, width: int, lang: str) -> list[Line]:
    """The help screen of one question: guidance, example measures, how to place a score
    within a band, and every key (all of it; :func:`help_page` shows what fits)."""
    out: list[Line] = [[("class:progress", shorten(t(lang, "help_title", id=p["id"]), width))]]
    out += [[("class:question", text)] for text in wrap(p["question"], width)]
    guidance = guidance_lines(p, width, lang)
    out += [[], *guidance] if guidance else []
    from siqassess.interview.measures_view import measure_help

    measures = measure_help(p["measures_data"], width, lang)
    out += [[], *measures] if measures else []
    placement = placement_lines(p, width, lang)
    out += [[], *placement] if placement else []
    out += [[], [("class:bold", t(lang, "help_keys"))], *key_lines(key_items(lang), width)]
    out += [[], [("class:dim", shorten(t(lang, "help_return"), width))]]
    return out


def help_page(
    p: LeafPrompt, width: int, height: int, lang: str, offset: int
) -> tuple[list[Line], int]:
    """The help screen as it fits ``height`` lines, from line ``offset`` (clamped, returned).

    When it is taller than the window, the last line says which lines are shown and how to
    scroll (the arrow keys), in place of "press any key".
    """
    lines = help_lines(p, width, lang)
    if len(lines) <= height:
        return lines, 0
    body = lines[:-2]  # without the blank line and "press any key to go back"
    room = max(1, height - 1)
    offset = max(0, min(offset, len(body) - room))
    shown = body[offset : offset + room]
    footer = t(lang, "iv_help_scroll", first=offset + 1, last=offset + len(shown), total=len(body))
    return [*shown, [("class:dim", shorten(footer, width))]], offset
