"""The action plan as a document (#28's gap): txt, html, docx and pdf, as the gap report has.

The html and txt come from ``plan.<fmt>.j2``; Word and PDF read the html through the same
engines as the gap report. Goldens: the html and txt themselves, and for docx and pdf the text
a reader finds in them (python-docx's paragraphs and tables, pypdf's page text).
"""

from __future__ import annotations

import importlib.util
import itertools
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"
GOLDEN = Path(__file__).parent / "golden" / "plan"
Golden = Callable[[Path, str], None]

needs_typst = pytest.mark.skipif(
    importlib.util.find_spec("typst") is None, reason="typst missing: pip install 'siqassess[pdf]'"
)
needs_docx = pytest.mark.skipif(
    importlib.util.find_spec("docx") is None, reason="needs python-docx (the docx extra)"
)


def _plan(tmp_path: Path, name: str, *args: str, source: Path = EXAMPLE) -> Path:
    out = tmp_path / name
    result = runner.invoke(app, ["plan", str(source), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_plan_text_and_html_match_their_golden(lang: str, fmt: str, golden: Golden) -> None:
    result = runner.invoke(app, ["plan", str(EXAMPLE), "-f", fmt, "--lang", lang])
    assert result.exit_code == 0, result.output
    golden(GOLDEN / f"norrvik-2026.{lang}.{fmt}", result.stdout)
    if fmt == "html":
        import html5lib

        strict = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        tree = strict.parse(result.stdout)  # raises on any parse error
        ids = [el.get("id") for el in tree.iter() if el.get("id") is not None]
        assert len(ids) == len(set(ids)) == 5  # one section per question


def test_text_plan_says_each_action_in_the_glossarys_words() -> None:
    result = runner.invoke(app, ["plan", str(EXAMPLE), "-f", "txt"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("Handlingsplan: Norrvik Kommun\n=============================\n")
    assert (
        "  [ ] Beslut om små inköp och arbetsordning ligger kvar hos enhetschef.\n"
        "      [ ] Delegationsordningen ses över med arbetslagen\n"
        "          Ansvarig: Anna Lind · Klart senast: 2027-03-31 · pågår\n"
    ) in text
    assert "  Under målet, plats 1 i gaprapporten: gap 50, 7,1 poäng att vinna\n" in text
    assert all(len(line) <= 79 for line in text.splitlines())


def test_txt_and_html_are_chosen_by_the_extension(tmp_path: Path) -> None:
    txt = _plan(tmp_path, "plan.txt", "--lang", "en")
    assert txt.read_text(encoding="utf-8").startswith("Action plan: Norrvik Kommun\n")
    html = _plan(tmp_path, "plan.html", "--lang", "en").read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<th>Area for improvement</th><th>Action</th><th>Owner</th><th>Due</th>" in html


def test_an_empty_plan_says_so_in_every_document(tmp_path: Path) -> None:
    bare = tmp_path / "bare.yaml"
    assert runner.invoke(app, ["init", "-o", str(bare), "--lang", "en"]).exit_code == 0
    for name in ("plan.txt", "plan.html"):
        text = _plan(tmp_path, name, source=bare).read_text(encoding="utf-8")
        assert "No area for improvement has been written down yet." in text


def _hostile(tmp_path: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("organisation: Norrvik Kommun", 'organisation: "Nor\\e[2Jrvik\\u202E"')
    text = text.replace(
        "Innovationsprojekt saknar budget, mål och uppföljning.",
        '\'<script>alert(1)</script> { INCLUDETEXT "/etc/passwd" } #eval("1")\'',
    )
    text = text.replace("owner: Anna Lind", "owner: '<b>Anna</b> & Lind'")
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_texts_are_inert_in_html_and_text(tmp_path: Path) -> None:
    source = _hostile(tmp_path)
    html = _plan(tmp_path, "p.html", source=source).read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>Anna" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<td>&lt;b&gt;Anna&lt;/b&gt; &amp; Lind</td>" in html
    assert "\x1b" not in html and "\u202e" not in html
    text = _plan(tmp_path, "p.txt", source=source).read_text(encoding="utf-8")
    assert text.startswith("Handlingsplan: Nor\u241b[2Jrvik\u27e8U+202E\u27e9\n")
    assert "\x1b" not in text and "\u202e" not in text


def _docx_text(path: Path) -> str:
    """What a reader finds in a Word document: styled paragraphs, then each table's rows."""
    import docx

    document = docx.Document(str(path))
    lines = [f"[{p.style.name}] {p.text}" for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        lines.append("[table]")
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(lines) + "\n"


@needs_docx
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_docx_plan_has_headings_and_a_table_per_question(
    lang: str, tmp_path: Path, golden: Golden
) -> None:
    out = _plan(tmp_path, "plan.docx", "--lang", lang)
    text = _docx_text(out)
    golden(GOLDEN / f"norrvik-2026.{lang}.docx.txt", text)
    if lang == "sv":
        assert text.startswith("[Title] Handlingsplan: Norrvik Kommun\n")
        assert "[Heading 2] F3.4 Beskriv hur ni ger medarbetarna" in text
        assert (
            "Förbättringsområde | Åtgärd | Ansvarig | Klart senast | Status\n"
            "Beslut om små inköp och arbetsordning ligger kvar hos enhetschef. | "
            "Delegationsordningen ses över med arbetslagen | Anna Lind | 2027-03-31 | pågår\n"
        ) in text


@needs_docx
def test_docx_plan_is_words_only_never_a_field(tmp_path: Path) -> None:
    import zipfile

    out = _plan(tmp_path, "p.docx", source=_hostile(tmp_path))
    with zipfile.ZipFile(out) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert "fldSimple" not in body and "instrText" not in body and "fldChar" not in body
    assert "INCLUDETEXT" in body and "&lt;script&gt;" in body  # words, not a field or markup
    assert 'w:lang w:val="sv-SE"' in styles


@needs_docx
@pytest.mark.office
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
def test_libreoffice_writer_opens_the_docx_plan(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "handlingsplan.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(plan)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    from pypdf import PdfReader

    reader = PdfReader(str(tmp_path / "pdf" / "handlingsplan.pdf"))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert 1 <= len(reader.pages) <= 3
    assert "Handlingsplan: Norrvik Kommun" in text
    assert "Delegationsordningen ses över med arbetslagen" in text
    assert "Klart senast" in text and "pågår" in text


def _pdf_text(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages) + "\n"


@needs_typst
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_pdf_plan_is_one_page_with_every_action(lang: str, tmp_path: Path, golden: Golden) -> None:
    out = _plan(tmp_path, "plan.pdf", "--lang", lang)
    assert out.read_bytes().startswith(b"%PDF-")
    count, text = _pdf_text(out)
    golden(GOLDEN / f"norrvik-2026.{lang}.pdf.txt", text)
    assert count == 1
    title, action = {
        "sv": ("Handlingsplan: Norrvik Kommun", "Uppföljningsfråga om mandat i pulsenkäten"),
        "en": ("Action plan: Norrvik Kommun", "Uppföljningsfråga om mandat i pulsenkäten"),
    }[lang]
    assert text.startswith(title)
    assert action in text


@needs_typst
def test_pdf_plan_shows_file_texts_as_text(tmp_path: Path) -> None:
    out = _plan(tmp_path, "p.pdf", "--lang", "en", source=_hostile(tmp_path))
    _, text = _pdf_text(out)
    assert '#eval("1")' in text  # shown, never run
    assert "<script>alert(1)</script>" in text


@needs_typst
@pytest.mark.pdftoppm
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_pdf_plan_page_has_the_title_and_five_tables(tmp_path: Path) -> None:
    out = _plan(tmp_path, "plan.pdf")
    subprocess.run(
        ["pdftoppm", "-f", "1", "-l", "1", "-r", "30", "-gray", str(out), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    (image,) = tmp_path.glob("p*.pgm")
    fields = image.read_bytes().split(maxsplit=4)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    pixels = fields[4][: width * height]
    assert (width, height) == (249, 351)  # A4 at 30 dpi
    inked = [y for y in range(height) if any(p < 160 for p in pixels[y * width : (y + 1) * width])]
    # The title on top, the five questions' tables below it, and the lower part of the page
    # left blank: the plan of the example is one page, not one page per question.
    assert inked[0] < 30
    assert 60 < inked[-1] - inked[0] < 300
    runs = sum(1 for a, b in itertools.pairwise(inked) if b - a > 1)
    assert runs >= 10  # separate lines of ink: headings, figures and table rows
