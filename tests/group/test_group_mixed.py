"""`aggregate` is one organisation at one time: mixing organisations or years is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app

from .conftest import AnswersWriter, ModelWriter

runner = CliRunner()


def _files(
    mini_model: ModelWriter, answers: AnswersWriter, *who: tuple[str, str, dt.date]
) -> tuple[Path, list[Path]]:
    model_path, model = mini_model()
    made = [
        answers(model, f"{name}.yaml", {"A.1": 40}, respondent=name, organisation=org, date=date)
        for name, org, date in who
    ]
    return model_path, made


def test_different_organisations_are_an_error_that_names_the_files(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    day = dt.date(2026, 10, 1)
    model_path, files = _files(
        mini_model,
        answers,
        ("eva", "Norrby kommun", day),
        ("olle", "norrby  Kommun", day),  # the same, spelt differently
        ("pia", "Sydby AB", day),
    )
    args = ["aggregate", *map(str, files), "-m", str(model_path)]
    result = runner.invoke(app, [*args, "-l", "en"])
    assert result.exit_code == 1
    eva, olle, pia = files
    assert result.output == (
        "siqassess: error: these files answer for different organisations: Norrby kommun "
        f"({eva}, {olle}); Sydby AB ({pia}). One aggregate is one organisation at one time: "
        "compare organisations with siqassess benchmark (the network benchmark), or combine "
        "them anyway with --allow-mixed\n"
    )
    sv = runner.invoke(app, [*args, "-l", "sv"])
    assert sv.output.startswith(
        "siqassess: fel: filerna gäller olika organisationer: Norrby kommun "
        f"({eva}, {olle}); Sydby AB ({pia}). En sammanställning är en organisation vid ett "
        "tillfälle: jämför organisationer med siqassess benchmark"
    )
    assert runner.invoke(app, [*args, "--allow-mixed"]).exit_code == 0


def test_files_more_than_six_months_apart_are_an_error(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    model_path, files = _files(
        mini_model,
        answers,
        ("eva", "Acme", dt.date(2025, 10, 20)),
        ("olle", "Acme", dt.date(2026, 2, 1)),
        ("pia", "Acme", dt.date(2026, 10, 15)),
    )
    args = ["aggregate", *map(str, files), "-m", str(model_path), "-l", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.output == (
        "siqassess: error: these files are dated more than six months apart: 2025-10-20 "
        f"({files[0]}) and 2026-10-15 ({files[2]}). One aggregate is one organisation at one "
        "time: follow the years with siqassess compare or trend, compare organisations with "
        "siqassess benchmark (the network benchmark), or combine them anyway with --allow-mixed\n"
    )
    assert runner.invoke(app, [*args, "--allow-mixed"]).exit_code == 0
    # within six months is one assessment
    assert runner.invoke(app, [*args[:3], *args[4:]]).exit_code == 0
