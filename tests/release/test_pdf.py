"""PDF reports through Typst (pip only): pages, text, charts, and the error without the extra."""

from __future__ import annotations

import builtins
import importlib.util
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .helpers import NEW, OLD, TEAM

runner = CliRunner()

needs_typst = pytest.mark.skipif(
    importlib.util.find_spec("typst") is None, reason="typst missing: pip install 'siqassess[pdf]'"
)


def _pdf(path: Path) -> tuple[int, list[str]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return len(reader.pages), [page.extract_text() for page in reader.pages]


@needs_typst
@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("sv", ["Gapanalys: Norrvik Kommun", "Under målet", "Täckning", "Totalt"]),
        ("en", ["Gap report: Norrvik Kommun", "Below target", "Coverage", "Total"]),
    ],
)
def test_gap_report_pdf_is_at_most_eight_pages_with_the_overview_first(
    lang: str, first: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    result = runner.invoke(app, ["report", str(NEW), "--lang", lang, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")
    count, pages = _pdf(out)
    assert 4 <= count <= 8
    for text in first:
        assert text in pages[0], text
    assert "F1" in pages[0] and "R5" in pages[0]  # radar axes and table rows
    if lang == "sv":
        assert "Skapar värde med kunder och intressenter" in pages[0]
    # Every page but the last carries a fair share of text: no page of three lines.
    assert all(len(page.split()) > 120 for page in pages[:-1])
    assert f"{count} / {count}" in pages[-1]  # page numbers


@needs_typst
@pytest.mark.parametrize(
    ("lang", "title"),
    [("sv", "Återföringsrapport: Norrvik Kommun"), ("en", "Feedback report: Norrvik Kommun")],
)
def test_feedback_report_pdf_is_at_most_five_pages(lang: str, title: str, tmp_path: Path) -> None:
    out = tmp_path / "fb.pdf"
    args = ["report", str(NEW), "--kind", "feedback", "--lang", lang, "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    count, pages = _pdf(out)
    assert 2 <= count <= 5
    assert pages[0].startswith(title)
    assert "Medborgardialog" in "".join(pages)


@needs_typst
def test_summary_pdf_is_the_overview_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    result = runner.invoke(
        app, ["report", str(NEW), "--summary", "--format", "pdf", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    count, pages = _pdf(out)
    assert count == 1
    assert "Under målet" in pages[0]
    assert "Per framgångsfaktor" not in "".join(pages)


@needs_typst
@pytest.mark.parametrize(
    ("args", "heading", "most"),
    [
        (["compare", str(OLD), str(NEW)], "Jämförelse: Norrvik Kommun", 8),
        (["aggregate", str(TEAM)], "Gruppens självvärdering: Norrvik Kommun", 11),
    ],
)
def test_compare_and_aggregate_write_pdf(
    args: list[str], heading: str, most: int, tmp_path: Path
) -> None:
    out = tmp_path / "g.pdf"
    result = runner.invoke(app, [*args, "--format", "pdf", "--lang", "sv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    count, pages = _pdf(out)
    assert 1 <= count <= most
    assert heading in pages[0]
    assert "R1" in pages[0]


@needs_typst
@pytest.mark.pdftoppm
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_page_one_shows_the_charts_and_the_score_bars(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert runner.invoke(app, ["report", str(NEW), "-o", str(out)]).exit_code == 0
    subprocess.run(
        ["pdftoppm", "-f", "1", "-l", "1", "-r", "30", "-gray", str(out), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    (image,) = tmp_path.glob("p*.pgm")
    width, height, pixels = _pgm(image.read_bytes())
    assert (width, height) == (249, 351)  # A4 at 30 dpi
    # The two radar charts, side by side in the upper half: ink left and right of the middle.
    upper = [(i % width, i // width) for i, p in enumerate(pixels) if p < 200 and i // width < 160]
    assert sum(1 for x, y in upper if y >= 60 and x < width // 2) > 200
    assert sum(1 for x, y in upper if y >= 60 and x > width // 2) > 200
    # The navy score bars of the overview table, in its right-hand quarter.
    bars = [i for i, p in enumerate(pixels) if p < 110 and i % width > width * 3 // 4]
    assert len(bars) > 300, len(bars)


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    """A binary PGM's width, height and pixels (pdftoppm -gray)."""
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    return width, height, fields[4][: width * height]


def test_pdf_without_typst_names_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_typst(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "typst":
            raise ImportError("No module named 'typst'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_typst)
    out = tmp_path / "r.pdf"
    result = runner.invoke(app, ["report", str(NEW), "--lang", "en", "-o", str(out)])
    assert result.exit_code == 2
    assert result.output == (
        "siqassess: error: PDF output needs Typst, which is not installed; install it with: "
        "pip install 'siqassess[pdf]'\n"
    )
    assert not out.exists()
    result = runner.invoke(app, ["report", str(NEW), "--lang", "sv", "-o", str(out)])
    assert result.exit_code == 2
    assert result.output == (
        "siqassess: fel: PDF kräver Typst, som inte är installerat; installera det med: "
        "pip install 'siqassess[pdf]'\n"
    )
