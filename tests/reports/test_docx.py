"""Word documents of the gap and feedback reports (#28): headings, lists, tables, charts, language.

The document is built from the HTML report, so every section the feedback report gains flows
into Word; these tests read it back with python-docx, and LibreOffice Writer opens it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

docx = pytest.importorskip("docx", reason="needs python-docx (the docx extra)")

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"


def _write(tmp_path: Path, name: str, *args: str) -> Path:
    out = tmp_path / name
    result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


def _headings(path: Path) -> list[tuple[str, str]]:
    document = docx.Document(str(path))
    return [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name == "Title" or p.style.name.startswith("Heading")
    ]


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_gap_report_has_word_headings_tables_and_charts(tmp_path: Path) -> None:
    out = _write(tmp_path, "gap.docx", "--lang", "sv")
    headings = _headings(out)
    assert headings[0] == ("Title", "Gapanalys: Norrvik Kommun")
    assert ("Heading 2", "Översikt") in headings
    assert ("Heading 2", "Under målet") in headings
    document = docx.Document(str(out))
    summary = document.tables[0]
    assert [c.text for c in summary.rows[0].cells][:6] == [
        "", "Område", "Poäng", "Mål", "Gap", "Täckning",
    ]  # fmt: skip
    assert [c.text for c in summary.rows[-1].cells][1:4] == ["Totalt", "54,3", "71,5"]
    assert len(document.inline_shapes) >= 10  # two radar charts and the score bars
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered[0].startswith("F5.2 20 / 70 Beskriv hur ni främjar")
    assert 'w:lang w:val="sv-SE"' in _part(out, "word/styles.xml")
    charts = [n for n in zipfile.ZipFile(out).namelist() if n.endswith(".svg")]
    # Each radar chart as SVG, beside its PNG, and the trend chart of each of the example's
    # eight measures.
    assert len(charts) == 10


def test_feedback_report_lists_findings_and_links_only_http_evidence(tmp_path: Path) -> None:
    out = _write(tmp_path, "rapport.docx", "--kind", "feedback", "--lang", "en")
    headings = _headings(out)
    assert headings[0] == ("Title", "Feedback report: Norrvik Kommun")
    assert ("Heading 2", "F1 Creates value with customers and stakeholders") in headings
    assert ("Heading 4", "Strengths") in headings
    document = docx.Document(str(out))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "NKI mäts regelbundet och jämförs med andra kommuner." in bullets
    assert "Enkät snöröjning 2026.pdf" in bullets  # evidence that is no link stays text
    body = _part(out, "word/document.xml")
    assert 'w:lang w:val="en-GB"' in _part(out, "word/styles.xml")
    assert "fldSimple" not in body and "instrText" not in body
    links = re.findall(
        r'Target="([^"]+)" TargetMode="External"', _part(out, "word/_rels/document.xml.rels")
    )
    assert "https://norrvik.example.se/medborgardialog" in links
    assert all(link.startswith(("http://", "https://")) for link in links)


def test_hostile_evidence_is_text_and_no_field(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    hostile = text.replace(
        "https://norrvik.example.se/medborgardialog",
        "file:///etc/passwd",
    ).replace("NKI mäts regelbundet", 'NKI { INCLUDETEXT "/etc/passwd" } mäts regelbundet')
    source = tmp_path / "hostile.yaml"
    source.write_text(hostile, encoding="utf-8")
    out = tmp_path / "hostile.docx"
    result = runner.invoke(
        app, ["report", str(source), "--kind", "feedback", "-o", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    body = _part(out, "word/document.xml")
    rels = _part(out, "word/_rels/document.xml.rels")
    assert "file:///etc/passwd" in body  # shown as text…
    assert "file:" not in rels  # …never a link
    assert "fldSimple" not in body and "instrText" not in body and "fldChar" not in body
    assert "INCLUDETEXT" in body  # words, not a field


def test_docx_without_python_docx_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "docx", None)
    out = tmp_path / "gap.docx"
    result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        "siqassess: error: Word output needs python-docx, which is not installed; install it "
        "with: pip install 'siqassess[docx]'\n"
    )
    assert not out.exists()


@pytest.mark.office
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
def test_libreoffice_writer_opens_both_reports(tmp_path: Path) -> None:
    gap = _write(tmp_path, "gap.docx", "--lang", "sv")
    feedback = _write(tmp_path, "rapport.docx", "--kind", "feedback", "--lang", "sv")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(gap), str(feedback)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    from pypdf import PdfReader

    pages = {}
    for name in ("gap", "rapport"):
        reader = PdfReader(str(tmp_path / "pdf" / f"{name}.pdf"))
        pages[name] = len(reader.pages)
        text = " ".join(page.extract_text() for page in reader.pages)
        assert "Norrvik Kommun" in text
        assert ("Under målet" if name == "gap" else "Medborgardialog inför") in text
    # The gap report carries the example's measures (a page of trend charts) since #26.
    assert 3 <= pages["gap"] <= 12 and 3 <= pages["rapport"] <= 8, pages
