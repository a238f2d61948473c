"""The action plan as a Markdown checklist (for an issue tracker), as CSV and as a workbook."""

from __future__ import annotations

import datetime as dt

from siqassess.core.answers import Action
from siqassess.core.plan import PlanEntry
from siqassess.criteria.tree import LoadedModel, say
from siqassess.csvsafe import PLAIN, Cell, CsvDialect, csv_document
from siqassess.i18n import number, t
from siqassess.reports.render import md_escape
from siqassess.reports.xlsx import COUNT, DATE, SCORE, Row, Sheet, key
from siqassess.textsafe import visible


def _question(model: LoadedModel, leaf_id: str, lang: str) -> str:
    node = model.nodes[leaf_id]
    text = node.name if node.kind == "result_area" else (node.question or node.name)
    return " ".join(say(text, lang).split())


def _md(text: str) -> str:
    """A text from the file, inert in Markdown and on a terminal: one line, no markup, no ESC."""
    return md_escape(visible(" ".join(text.split())))


def _action_md(action: Action, lang: str) -> str:
    box = "x" if action.status == "done" else " "
    parts = [_md(action.text)]
    if action.owner:
        parts.append(t(lang, "plan_owner", owner=_md(action.owner)))
    if action.due:
        parts.append(t(lang, "plan_due", due=action.due.isoformat()))
    if action.status == "in_progress":
        parts.append(t(lang, "plan_in_progress"))
    return f"  - [{box}] " + " · ".join(parts)


def plan_markdown(
    entries: tuple[PlanEntry, ...], model: LoadedModel, lang: str, organisation: str
) -> str:
    """A checklist per leaf in priority order: one box per area for improvement and action."""
    title = t(lang, "plan_title")
    lines = [f"# {title}: {_md(organisation)}" if organisation else f"# {title}", ""]
    if not entries:
        lines += [t(lang, "plan_empty"), ""]
    for entry in entries:
        # No number in the heading: the gap report's ranks skip leaves without findings and
        # start again for results, so the rank is said in words under it (#27).
        question = _md(_question(model, entry.leaf_id, lang))
        lines.append(f"## {_md(entry.leaf_id)} {question}")
        lines.append("")
        if entry.list != "other" and entry.gap is not None:
            figures = t(
                lang,
                "plan_figures",
                list=_list_name(lang, entry.list),
                rank=entry.rank,
                gap=number(lang, entry.gap, 0),
                points=number(lang, entry.points_at_stake, 1),
            )
            lines += [f"_{figures}_", ""]
        for text, actions in entry.improvements:
            done = bool(actions) and all(a.status == "done" for a in actions)
            lines.append(f"- [{'x' if done else ' '}] {_md(text)}")
            lines.extend(_action_md(a, lang) for a in actions)
        lines.append("")
    return "\n".join(lines)


def _list_name(lang: str, name: str) -> str:
    """The gap report's name for a priority list: its ways-of-working list is "below target"."""
    return t(lang, "below_target" if name == "improvements" else name)


CSV_HEAD = ("rank", "list", "leaf", "question", "improvement", "action", "owner", "due", "status")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def plan_csv(
    entries: tuple[PlanEntry, ...], model: LoadedModel, lang: str, dialect: CsvDialect = PLAIN
) -> str:
    """One row per action (an area for improvement without actions gets one row of its own)."""
    rows: list[tuple[Cell, ...]] = [CSV_HEAD]
    for entry in entries:
        base = (entry.rank, entry.list, entry.leaf_id, _question(model, entry.leaf_id, lang))
        for text, actions in entry.improvements:
            for action in actions or (None,):
                tail: tuple[Cell, ...] = (
                    (
                        action.text,
                        action.owner,
                        _iso(action.due),
                        action.status,
                    )
                    if action
                    else (None, None, None, None)
                )
                rows.append((*base, text, *tail))
    return csv_document(rows, dialect)


def plan_tables(entries: tuple[PlanEntry, ...], model: LoadedModel, lang: str) -> list[Sheet]:
    """The plan as one sheet in ``lang``: a row per action (as in CSV), typed number and date
    cells, so a team can sort and filter it by owner, due date or status."""
    columns = (
        key(t(lang, "wb_col_rank"), COUNT, 8),
        key(t(lang, "wb_col_list"), "", 22),
        key(t(lang, "wb_col_id"), "", 8),
        key(t(lang, "wb_col_question"), "", 50),
        key(t(lang, "wb_col_gap"), SCORE, 8),
        key(t(lang, "wb_col_points"), SCORE, 10),
        key(t(lang, "wb_col_improvement"), "", 40),
        key(t(lang, "wb_col_action"), "", 40),
        key(t(lang, "wb_col_owner"), "", 20),
        key(t(lang, "wb_col_due"), DATE, 14),
        key(t(lang, "wb_col_status"), "", 14),
    )
    rows: list[Row] = []
    for entry in entries:
        figures = (
            entry.rank,
            _list_name(lang, entry.list) if entry.list != "other" else None,
            entry.leaf_id,
        )
        base = (*figures, _question(model, entry.leaf_id, lang), entry.gap, entry.points_at_stake)
        for text, actions in entry.improvements:
            for action in actions or (None,):
                tail = (
                    (action.text, action.owner or None, action.due, _status(lang, action.status))
                    if action
                    else (None, None, None, None)
                )
                values = (*base, " ".join(text.split()), *tail)
                rows.append({c.header: v for c, v in zip(columns, values, strict=True)})
    return [Sheet(t(lang, "plan_title"), columns, rows)]


def _status(lang: str, status: str) -> str:
    return t(lang, f"wb_status_{status}")
