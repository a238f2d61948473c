"""What the facilitator of the consensus meeting sees: roles (rule 14) and calibration (rule 15).

``aggregate --by-role`` and ``aggregate --calibration`` write these as a table, Markdown or
HTML. They are for whoever leads the meeting, never part of the organisation's report.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from siqassess.core.calibration import MAX_PAIRED, Calibration, RoleSplit
from siqassess.i18n import number, t, tn
from siqassess.textsafe import one_line

FORMATS = ("table", "md", "html")


@dataclass(frozen=True)
class FacilitatorSection:
    """A heading, lines of text, and one table (headers, then rows of cells)."""

    title: str
    lines: tuple[str, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    after: tuple[str, ...] = ()


def _signed(lang: str, value: float | None) -> str:
    if value is None:
        return "–"
    text = number(lang, value)
    return f"+{text}" if round(value, 1) > 0 else text


def _percent(lang: str, share: float | None) -> str:
    return "–" if share is None else t(lang, "fac_percent", value=number(lang, share * 100, 0))


def role_section(split: RoleSplit, lang: str) -> FacilitatorSection:
    """Each role's mean per question, the gap, and ``!`` where it reaches the threshold."""
    names = [role or t(lang, "fac_no_role") for role in split.roles]
    listed = ", ".join(f"{n} ({c})" for n, c in zip(names, split.counts, strict=True))
    flagged = [row.id for row in split.rows if row.flagged]
    rows = tuple(
        (
            row.id,
            *(number(lang, m) for m in row.means),
            number(lang, row.gap),
            "!" if row.flagged else "",
        )
        for row in split.rows
    )
    gap = number(lang, split.threshold)
    after = (
        tn(lang, "fac_roles_flagged", len(flagged), ids=", ".join(flagged), gap=gap)
        if flagged
        else t(lang, "fac_roles_none", gap=gap),
    )
    return FacilitatorSection(
        t(lang, "fac_roles_title"),
        (t(lang, "fac_roles_intro", roles=listed, gap=gap),),
        (t(lang, "fac_question"), *names, t(lang, "fac_gap"), ""),
        rows,
        after,
    )


def short_names(names: Sequence[str]) -> dict[str, str]:
    """Each name up to its first comma ("Anna Lind, förvaltningschef" → "Anna Lind") where
    that leaves every name distinct, so the tables fit a terminal; else the names as given."""
    short = {name: name.split(",")[0].strip() or name for name in names}
    return short if len(set(short.values())) == len(short) else {n: n for n in names}


def calibration_section(cal: Calibration, lang: str) -> list[FacilitatorSection]:
    """Offsets, pairs and α: two tables under one heading."""
    name = short_names([n for n, _, _ in cal.offsets])
    alpha = "–" if cal.alpha is None else number(lang, cal.alpha, 3)
    offsets = FacilitatorSection(
        t(lang, "fac_cal_title"),
        (
            t(lang, "fac_cal_intro"),
            tn(lang, "fac_alpha", cal.leaves, alpha=alpha),
        ),
        (t(lang, "fac_assessor"), t(lang, "fac_offset"), t(lang, "fac_questions")),
        tuple((name[who], _signed(lang, off), str(n)) for who, off, n in cal.offsets),
    )
    many = len(cal.offsets) > MAX_PAIRED
    pairs = FacilitatorSection(
        t(lang, "fac_pairs_title"),
        (
            t(lang, "fac_pairs_many", n=len(cal.offsets), max=MAX_PAIRED)
            if many
            else t(lang, "fac_pairs_intro"),
        ),
        (t(lang, "fac_assessors"), t(lang, "fac_both"), t(lang, "fac_within")),
        tuple(
            (f"{name[p.first]} – {name[p.second]}", str(p.leaves), _percent(lang, p.share))
            for p in cal.pairs
        ),
    )
    return [offsets, pairs]


def _clean(cells: Sequence[str]) -> list[str]:
    return [one_line(c) for c in cells]


def render(sections: Sequence[FacilitatorSection], fmt: str, lang: str, title: str) -> str:
    """The sections as ``table`` (aligned text), ``md`` or ``html`` (escaped, standalone)."""
    if fmt == "md":
        return _md(sections, title)
    if fmt == "html":
        return _html(sections, lang, title)
    return _text(sections, title)


def _text(sections: Sequence[FacilitatorSection], title: str) -> str:
    out = [one_line(title), ""]
    for s in sections:
        out += [one_line(s.title), *(one_line(line) for line in s.lines), ""]
        table = [_clean(s.headers), *(_clean(r) for r in s.rows)]
        widths = [max(len(row[i]) for row in table) for i in range(len(s.headers))]
        for i, row in enumerate(table):
            cells = [
                c.ljust(w) if j == 0 else c.rjust(w)
                for j, (c, w) in enumerate(zip(row, widths, strict=True))
            ]
            out.append("  ".join(cells).rstrip())
            if i == 0:
                out.append("  ".join("─" * w for w in widths))
        out += ["", *(one_line(line) for line in s.after), *([""] if s.after else [])]
    return "\n".join(out).rstrip() + "\n"


def _md_cell(text: str) -> str:
    return one_line(text).replace("|", "\\|")


def _md(sections: Sequence[FacilitatorSection], title: str) -> str:
    out = [f"# {_md_cell(title)}", ""]
    for s in sections:
        out += [f"## {_md_cell(s.title)}", ""]
        out += [_md_cell(line) + "\n" for line in s.lines]
        out.append("| " + " | ".join(_md_cell(h) for h in s.headers) + " |")
        out.append("|" + "|".join(["---", *["--:"] * (len(s.headers) - 1)]) + "|")
        out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in s.rows]
        out += ["", *(_md_cell(line) + "\n" for line in s.after)]
    return "\n".join(out).rstrip() + "\n"


def _e(text: str) -> str:
    return html.escape(one_line(text), quote=True)


def _html(sections: Sequence[FacilitatorSection], lang: str, title: str) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        '<head><meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;}"
        "table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ccc}"
        "td+td,th+th{text-align:right}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(title)}</h1>",
    ]
    for s in sections:
        out.append(f"<h2>{_e(s.title)}</h2>")
        out += [f"<p>{_e(line)}</p>" for line in s.lines]
        out.append("<table>")
        out.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in s.headers) + "</tr>")
        out += ["<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in s.rows]
        out.append("</table>")
        out += [f"<p>{_e(line)}</p>" for line in s.after]
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
