"""What writer and reader of the questionnaire workbook agree on: keys, columns, list cells.

Reading never trusts the visible layout: every machine key sits in a hidden row or column
that moves with its cells when a client sorts rows or inserts columns.
"""

from __future__ import annotations

from dataclasses import dataclass

WORKBOOK_FORMAT = 1
"""The questionnaire layout version, written to the metadata sheet."""

MAGIC = "siqassess-questionnaire"
META_SHEET = "siqassess"
"""The hidden metadata sheet's name; the same in every language so it is always found."""


@dataclass(frozen=True)
class Column:
    """One column: its machine key (hidden row 1), header text key, width, and who writes it."""

    key: str
    header: str
    width: float
    answer: bool = False
    """Whether the respondent fills it in (unlocked, read back); others are ours and ignored."""


QUESTION_COLUMNS: tuple[Column, ...] = (
    Column("id", "col_id", 6),
    Column("part", "col_part", 14),
    Column("question", "col_question", 40),
    Column("guidance", "col_guidance", 40),
    Column("score", "col_score", 7, answer=True),
    Column("level", "col_level", 21),
    Column("na", "col_na", 10, answer=True),
    Column("reason", "col_reason", 24, answer=True),
    Column("target", "col_target", 9, answer=True),
    Column("note", "col_note", 36, answer=True),
    Column("evidence", "col_evidence", 30, answer=True),
    Column("strengths", "col_strengths", 30, answer=True),
    Column("improvements", "col_improvements", 30, answer=True),
    Column("key", "col_id", 6),
)
"""The Questions sheet; ``key`` is the hidden leaf id each row is matched by. The printed
columns (id to level) add up to 128 character widths: printed one page wide on A4 landscape,
that is text of about 9.5 pt (xlsx_print)."""

LAST_YEAR = Column("last_year", "col_last_year", 10)
"""Last year's score or N/A, shown (read-only) in a questionnaire made by ``init --from``."""


def question_columns(last_year: bool) -> tuple[Column, ...]:
    """The Questions sheet's columns; with ``last_year``, its column before the score."""
    if not last_year:
        return QUESTION_COLUMNS
    at = [c.key for c in QUESTION_COLUMNS].index("score")
    return (*QUESTION_COLUMNS[:at], LAST_YEAR, *QUESTION_COLUMNS[at:])


ACTION_COLUMNS: tuple[Column, ...] = (
    Column("id", "col_id", 8, answer=True),
    Column("no", "col_no", 7, answer=True),
    Column("improvement", "col_improvement", 34),
    Column("action", "col_action", 34, answer=True),
    Column("owner", "col_owner", 16, answer=True),
    Column("due", "col_due", 12, answer=True),
    Column("status", "col_status", 12, answer=True),
)
"""The Actions sheet: one row per action, linked to its area for improvement by number."""

MEASURE_COLUMNS: tuple[Column, ...] = (
    Column("id", "col_id", 5, answer=True),
    Column("name", "col_measure", 26, answer=True),
    Column("unit", "col_unit", 7, answer=True),
    Column("direction", "col_direction", 12, answer=True),
    Column("year", "col_year", 6, answer=True),
    Column("value", "col_value", 8, answer=True),
    Column("target", "col_measure_target", 8, answer=True),
    Column("comparison", "col_comparison", 11, answer=True),
    Column("comparison_source", "col_comparison_source", 18, answer=True),
    Column("follows_from", "col_follows_from", 11, answer=True),
    Column("source", "col_source", 16, answer=True),
    Column("suggested", "col_suggested", 6),
)
"""The Measures sheet: one row per measure and year (domain rule 16). A measure's rows share
its result area's id and its name; unit, direction, links and source stand on one of them.
``suggested`` is hidden: which of the model's suggested measures the row's measure is. The
printed columns add up to 128 character widths, as the Questions sheet's."""

HEADER_FIELDS = ("organisation", "unit", "respondent", "date", "role")
"""The Instructions sheet's fields; their keys sit in its hidden column A. ``role`` (rule 14)
came last, so a workbook made before it reads as before, without one."""

KEY_ROW = 1
"""The hidden row of machine keys on the Questions and Actions sheets."""
HEAD_ROW = 2
"""The visible header row."""

BULLET = "• "


def list_cell(items: list[str]) -> str:
    """Items as one cell: each starts on a new line with a bullet, so items may span lines."""
    return "\n".join(BULLET + item for item in items)


def cell_list(text: str) -> list[str]:
    """The items of a list cell: bulleted items (which may span lines), or one per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not any(line.startswith(BULLET) for line in lines):
        return [line.strip() for line in lines if line.strip()]
    items: list[str] = []
    for line in lines:
        if line.startswith(BULLET):
            items.append(line[len(BULLET) :])
        elif items:
            items[-1] += "\n" + line
        elif line.strip():
            items.append(line.strip())
    return items
