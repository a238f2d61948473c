"""The walk over a consensus draft at 80×24: only the questions to agree, each person's answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .term import ENTER, Terminal

TEAM = sorted((Path(__file__).resolve().parents[2] / "examples/team").glob("*.yaml"))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_walk_over_a_draft_shows_only_what_is_left_to_agree_with_each_answer(
    tmp_path: Path, model: LoadedModel
) -> None:
    draft = tmp_path / "utkast.yaml"
    made = CliRunner().invoke(app, ["aggregate", *map(str, TEAM), "-f", "yaml", "-o", str(draft)])
    assert made.exit_code == 0, made.output
    term = Terminal(["assess", str(draft), "--lang", "sv"], 24, 80)
    term.wait("Fråga 2 av 32")  # straight to F1.2, the first question to agree
    term.wait("Sara Ek (medarbetare): 70")  # the screen is drawn to its last answer
    assert term.lines[7:11] == [
        "  [2]  20  Påbörjat          │ Bedömarnas egna svar (utkast till konsensus):",
        "  [3]  30  Påbörjat          │ Anna Lind (ledning): 40",
        "  [4]  40  Etablerat         │ Johan Berg (chef): 30",
        "  [5]  50  Etablerat         │ Sara Ek (medarbetare): 70",
    ]
    term.press("4", ENTER)
    term.wait("Fråga 7 av 32")  # F2.3: F1.3 to F2.2 are agreed already
    term.press("4", ENTER)
    term.wait("Fråga 13 av 32")  # F3.4
    term.press("3")
    term.wait(lambda text: "Nivån innebär:" in text and "Sara Ek (medarbetare): 40" in text)
    assert term.lines[0] == "Fråga 13 av 32  ·  27 besvarade · 2 ej tillämpliga · 3 saknas"
    shown = [line.split("│ ", 1)[1] for line in term.lines if "│ " in line]
    at = shown.index("Bedömarnas egna svar (utkast till konsensus):")
    assert shown[at + 1 : at + 6] == [
        "Anna Lind (ledning): 60 · Jag upplever att vi",
        "  har delegerat mycket de senaste två åren.",
        "Johan Berg (chef): 20 · Mina medarbetare måste",
        "  fråga mig om nästan allt. Det tar tid.",
        "Sara Ek (medarbetare): 40",
    ]
    assert term.lines[-1] == "p åtgärder · e underlag · t mål · ? hjälp · q spara och stäng"  # fits
    term.press(ENTER)
    term.wait("Fråga 22 av 32")  # F5.2
    term.press("2", ENTER)
    term.wait("Fråga 29 av 32")  # R2, the last one to agree
    term.press("5", ENTER)
    term.wait(
        lambda text: "förrän det är stängt: siqassess consensus close" in " ".join(text.split())
    )
    assert term.finish() == 0
    saved = read_answers(draft, model)
    assert saved.status == "draft"  # only consensus close agrees
    agreed = [saved.answers[k].score for k in ("F1.2", "F2.3", "F3.4", "F5.2", "R2")]  # type: ignore[union-attr]
    assert agreed == [40, 40, 30, 20, 50]
