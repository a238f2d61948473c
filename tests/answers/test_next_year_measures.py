"""`init --from` carries a result area's measures into next year's file, with every value."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.measure_types import Comparison, Measure
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Answer, new_answers, read_answers, save_answers

runner = CliRunner()


def test_init_from_carries_the_measures_and_blanks_the_score(
    model: LoadedModel, tmp_path: Path
) -> None:
    sick = Measure(
        name="Sjukfrånvaro",
        unit="%",
        direction="lower",
        values={2024: 7.1, 2025: 7.4, 2026: 7.2},
        targets={2026: 6.0},
        comparisons=[Comparison(value=6.9, source="Kolada, riket", year=2025)],
        follows_from=["F3.2"],
    )
    last = new_answers(model, organisation="Norrvik", respondent="Ledningen", language="en")
    last.answers["R2"] = Answer(score=50, measures=[sick])
    old, new = tmp_path / "2026.yaml", tmp_path / "2027.yaml"
    save_answers(old, last, model)
    result = runner.invoke(app, ["init", "--from", str(old), "-o", str(new)])
    assert result.exit_code == 0, result.output
    r2 = read_answers(new, model).answer("R2")
    assert r2 is not None and (r2.score, r2.last_year) == (None, 50)
    assert r2.measures == [sick]
