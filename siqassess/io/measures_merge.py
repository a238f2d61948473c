"""Put imported values into an answers file's measure: a new one, or the one of that name."""

from __future__ import annotations

from siqassess.core.answers import Answer, AnswersFile
from siqassess.core.measure_types import Comparison, Measure
from siqassess.errors import UsageError, msg
from siqassess.io.measures_csv import Imported


def merged(
    answers: AnswersFile,
    leaf: str,
    name: str,
    unit: str,
    direction: str,
    imported: Imported,
    compare: list[str],
    source: str,
) -> tuple[AnswersFile, int]:
    """``answers`` with the measure ``name`` of ``leaf`` holding the imported values (those of
    the same years replaced), and how many values were imported."""
    answer = answers.answer(leaf) or Answer()
    comparisons: list[Comparison] = []
    for wanted in compare:
        match = next((k for k in imported.others if k.casefold() == wanted.casefold()), None)
        if match is None or not imported.others[match]:
            found = ", ".join(list(imported.others)[:10])
            raise UsageError(msg("err_csv_no_row", row=wanted, rows=found))
        year = max(imported.others[match])
        comparisons.append(
            Comparison(value=imported.others[match][year], source=f"{source}, {match}", year=year)
        )
    measures = list(answer.measures)
    at = next((i for i, m in enumerate(measures) if m.name.casefold() == name.casefold()), None)
    if at is None:
        measure = Measure.model_validate(
            {"name": name, "unit": unit, "direction": direction, "source": source}
        )
        measures.append(measure)
        at = len(measures) - 1
    old = measures[at]
    kept = [c for c in old.comparisons if c.source not in {c.source for c in comparisons}]
    measures[at] = old.model_copy(
        update={
            "values": dict(sorted({**old.values, **imported.values}.items())),
            "targets": dict(sorted({**old.targets, **imported.targets}.items())),
            "comparisons": [*kept, *comparisons],
        }
    )
    new = answers.model_copy(deep=True)
    new.answers[leaf] = answer.model_copy(update={"measures": measures})
    return new, len(imported.values)
