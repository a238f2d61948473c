"""PDF reports through WeasyPrint: pages, text, charts, and the error without the extra."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .helpers import NEW, OLD, TEAM

runner = CliRunner()


def _weasyprint_works() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


needs_weasyprint = pytest.mark.skipif(
    not _weasyprint_works(), reason="WeasyPrint (pip install 'siqassess[pdf]') or Pango missing"
)


def _pdf(path: Path) -> tuple[int, list[str]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return len(reader.pages), [page.extract_text() for page in reader.pages]


@needs_weasyprint
def test_report_pdf_has_the_overview_on_page_one_and_no_near_empty_page(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = runner.invoke(app, ["report", str(NEW), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")
    count, pages = _pdf(out)
    assert 4 <= count <= 9  # was 13 pages, several nearly empty
    first = pages[0]
    for text in ("Gapanalys: Norrvik Kommun", "Under målet", "Täckning", "Totalt"):
        assert text in first, text
    assert "F1" in first and "R5" in first  # radar axes and table rows
    assert "Skapar värde med kunder och intressenter" in first
    # Every page but the last carries a fair share of text: no page of three lines.
    assert all(len(page.split()) > 120 for page in pages[:-1])
    assert f"{count} / {count}" in pages[-1]  # page numbers


@needs_weasyprint
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


@needs_weasyprint
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
    assert 2 <= count <= most
    assert heading in pages[0]
    assert "R1" in pages[0]


def test_pdf_without_weasyprint_names_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_weasyprint(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "weasyprint":
            raise ImportError("No module named 'weasyprint'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_weasyprint)
    out = tmp_path / "r.pdf"
    result = runner.invoke(app, ["report", str(NEW), "-o", str(out)])
    assert result.exit_code == 2
    assert "pip install 'siqassess[pdf]'" in result.output
    assert not out.exists()
