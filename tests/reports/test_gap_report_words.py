"""#27: the gap report's list is "Under målet" / "Below target" (the feedback report keeps
"Förbättringsområden" for written findings), and its text output fits 80 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NORRVIK = EXAMPLES / "norrvik-2026.yaml"


def _report(*args: str) -> str:
    result = runner.invoke(app, ["report", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("lang", "heading", "findings"),
    [("sv", "Under målet", "Förbättringsområden"), ("en", "Below target", "Areas for improvement")],
)
def test_the_gap_report_lists_questions_below_target_under_that_name(
    lang: str, heading: str, findings: str
) -> None:
    md = _report(str(NORRVIK), "-f", "md", "--lang", lang)
    txt = _report(str(NORRVIK), "-f", "txt", "--lang", lang)
    html = _report(str(NORRVIK), "-f", "html", "--lang", lang)
    assert f"\n## {heading}\n" in md
    assert f"\n{heading}\n{'-' * len(heading)}\n" in txt
    assert f"<h2>{heading}</h2>" in html
    for text in (md, txt, html):
        assert findings not in text
    # The written findings keep their name in the feedback report.
    feedback = _report(str(NORRVIK), "--kind", "feedback", "-f", "md", "--lang", lang)
    assert f"**{findings}**" in feedback


def test_a_table_header_is_capitalised_as_the_others() -> None:
    html = _report(str(NORRVIK), "-f", "html")
    assert '<th class="n">Gap</th><th class="n">Poäng att vinna</th>' in html


FILES = [NORRVIK, EXAMPLES / "norrvik-2025.yaml", EXAMPLES / "team" / "anna-lind.yaml"]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("summary", [False, True], ids=["full", "summary"])
def test_the_text_report_fits_80_columns(path: Path, lang: str, summary: bool) -> None:
    args = [str(path), "-f", "txt", "--lang", lang] + (["--summary"] if summary else [])
    lines = _report(*args).splitlines()
    assert [line for line in lines if len(line) > 79] == []


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            "sv",
            [
                "    Område                     Poäng    Mål   Gap             Besv./e.t./saknas",
                "F1  Skapar värde med kunder…      55   72,5  17,5 ######....  4/0/0",
                "R3  Resultat social hållbarhet     –     70     –             0/1/0",
                "    Totalt                      54,3   71,5  17,2 #####.....  30/2/0",
            ],
        ),
        (
            "en",
            [
                "    Area                       Score Target   Gap             Ans./N/A/missing",
                "F1  Creates value with…           55   72.5  17.5 ######....  4/0/0",
                "R3  Social sustainability…         –     70     –             0/1/0",
                "    Total                       54.3   71.5  17.2 #####.....  30/2/0",
            ],
        ),
    ],
)
def test_every_overview_row_is_one_line(lang: str, rows: list[str]) -> None:
    lines = _report(str(NORRVIK), "-f", "txt", "--lang", lang).splitlines()
    for row in rows:
        assert row in lines
