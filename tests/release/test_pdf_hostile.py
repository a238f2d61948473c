"""Hostile input for the PDF engine: it opens no file and no connection, and never hangs.

Evidence ``file:///etc/passwd`` and ``http://127.0.0.1:PORT/`` (a listening socket that must
never see a connection), report text that looks like Typst code, a 200,000-character link, and
custom templates (``pdf.typ``, HTML) that reference all of these: each is text in the PDF or a
one-line refusal at the template's ``file:line:column`` (exit 1), never exit 3.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .helpers import NEW

runner = CliRunner()
pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("typst") is None, reason="typst missing: pip install 'siqassess[pdf]'"
)
_PASSWD = Path("/etc/passwd")
_EVIDENCE = "    - https://norrvik.example.se/medborgardialog\n"


@pytest.fixture
def port() -> Iterator[int]:
    """A port on 127.0.0.1 that listens, and must see no connection by the end of the test.

    A thread takes and closes every connection at once, so a client that does connect (Typst
    through a proxy, say) fails quickly instead of waiting for an answer, and the test fails.
    """
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    server.settimeout(0.1)
    seen: list[object] = []
    stop = threading.Event()

    def take() -> None:
        while not stop.is_set():
            try:
                connection, peer = server.accept()
            except TimeoutError:
                continue
            seen.append(peer)
            connection.close()

    taker = threading.Thread(target=take, daemon=True)
    taker.start()
    yield server.getsockname()[1]
    stop.set()
    taker.join()
    server.close()
    assert not seen, f"the PDF engine connected to 127.0.0.1 from {seen}"


def _answers(tmp_path: Path, *evidence: str) -> Path:
    text = NEW.read_text(encoding="utf-8")
    assert _EVIDENCE in text
    lines = "".join(f"    - {item}\n" for item in evidence)
    path = tmp_path / "hostile.yaml"
    path.write_text(text.replace(_EVIDENCE, lines, 1), encoding="utf-8")
    return path


def _text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(path).pages)


def _passwd_lines() -> list[str]:
    if not _PASSWD.is_file():
        return []
    lines = _PASSWD.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if len(line) > 12]


def test_hostile_evidence_is_text_and_nothing_is_read_or_fetched(tmp_path: Path, port: int) -> None:
    answers = _answers(
        tmp_path,
        "file:///etc/passwd",
        f"http://127.0.0.1:{port}/",
        '\'#read("/etc/passwd") #image("/etc/passwd") ] $x$ *y* <z> @w\'',
    )
    out = tmp_path / "r.pdf"
    result = runner.invoke(app, ["report", str(answers), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = _text(out)
    assert "file:///etc/passwd" in text
    assert f"http://127.0.0.1:{port}/" in text
    assert '#read("/etc/passwd") #image("/etc/passwd") ] $x$ *y* <z> @w' in text
    assert not any(line in text for line in _passwd_lines())


def test_a_200000_character_link_is_shortened_and_the_pdf_is_written(tmp_path: Path) -> None:
    link = "https://example.se/" + "a" * 200_000
    out = tmp_path / "r.pdf"
    result = runner.invoke(app, ["report", str(_answers(tmp_path, link)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = _text(out).replace("\n", "")
    assert "https://example.se/aaaa" in text
    assert "a" * 200 + "…" in text and "a" * 400 not in text


@pytest.mark.parametrize(
    ("source", "where", "detail"),
    [
        ('#read("/etc/passwd")\n', "1:6", "file not found (searched at /etc/passwd)"),
        ('= x\n#image("file:///etc/passwd")\n', "2:7", "file not found"),
        ('#read("http://127.0.0.1:PORT/")\n', "1:6", "file not found"),
        ('#image("http://127.0.0.1:PORT/x.svg")\n', "1:7", "file not found"),
    ],
)
def test_a_pdf_template_that_reaches_outside_is_refused_in_one_line(
    source: str, where: str, detail: str, tmp_path: Path, port: int
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "pdf.typ").write_text(source.replace("PORT", str(port)), encoding="utf-8")
    out = tmp_path / "r.pdf"
    args = ["report", str(NEW), "--lang", "en", "--template-dir", str(folder), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    head = f"siqassess: error: {folder / 'pdf.typ'}:{where}: the PDF template failed: {detail}"
    assert result.output.startswith(head), result.output
    assert result.output.endswith("; a PDF template reads only sys.inputs.report\n")
    assert result.output.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("source", "where", "word"),
    [
        ('= Rapport\n#import "@preview/cetz:0.3.0"\n', "2:2", "import"),
        ('#let p = "@" + "preview/cetz:0.3.0"\n', "1:10", '"@'),
        (
            '#let spec = str.from-unicode(64) + "preview/cetz:0.3.0"\n#import spec\n',
            "2:2",
            "import",
        ),
        ('#include "/etc/passwd"\n', "1:2", "include"),
        ('#eval("imp" + "ort \\"x\\"")\n', "1:2", "eval"),
        ('#let f = dictionary(std).at("ev" + "al")\n', "1:21", "std"),
        ("#let p = plugin\n", "1:10", "plugin"),
    ],
)
def test_a_pdf_template_may_not_reach_for_code_or_packages(
    source: str, where: str, word: str, tmp_path: Path, port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Typst downloads "@preview/…" packages, also from a computed name or inside eval; were
    # the template compiled, the download would go through this proxy, the listening port.
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("https_proxy", f"http://127.0.0.1:{port}")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "pdf.typ").write_text(source, encoding="utf-8")
    out = tmp_path / "r.pdf"
    base = ["report", str(NEW), "--template-dir", str(folder), "-o", str(out)]
    result = runner.invoke(app, [*base, "--lang", "sv"])
    assert result.exit_code == 1
    assert result.output == (
        f"siqassess: fel: {folder / 'pdf.typ'}:{where}: en PDF-mall får inte använda {word}: den "
        "får rapporten som sys.inputs.report och inget annat (inte import, include, eval, std, "
        "plugin eller paket)\n"
    )
    result = runner.invoke(app, [*base, "--lang", "en"])
    assert result.output == (
        f"siqassess: error: {folder / 'pdf.typ'}:{where}: a PDF template may not use {word}: it "
        "gets the report as sys.inputs.report and nothing else (no import, include, eval, std, "
        "plugin or package)\n"
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("html", "what"),
    [
        ('<img src="file:///etc/passwd">', "<img> file:///etc/passwd"),
        ('<link rel="stylesheet" href="http://127.0.0.1:PORT/s.css">', "<link> http://127.0.0.1"),
        ("<style>@import 'http://127.0.0.1:PORT/s.css';</style>", "@import"),
        ('<a rel="attachment" href="/etc/passwd">x</a>', "<a> /etc/passwd"),
    ],
)
def test_an_html_template_that_references_a_file_is_refused_for_pdf(
    html: str, what: str, tmp_path: Path, port: int
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    body = html.replace("PORT", str(port)) + '\n{% include "siqassess/report.html.j2" %}\n'
    (folder / "report.html.j2").write_text(body, encoding="utf-8")
    out = tmp_path / "r.pdf"
    base = ["report", str(NEW), "--template-dir", str(folder), "-o", str(out)]
    result = runner.invoke(app, [*base, "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"siqassess: error: {folder}: a PDF report loads nothing from outside, and the HTML "
        f"template asks for {what}"
    ), result.output
    assert result.output.endswith("; remove that reference from the template\n")
    result = runner.invoke(app, [*base, "--lang", "sv"])
    assert result.exit_code == 1
    assert result.output.startswith(
        f"siqassess: fel: {folder}: en PDF-rapport hämtar ingenting utifrån, men HTML-mallen "
        f"hänvisar till {what}"
    ), result.output
    assert not out.exists()


def test_a_custom_pdf_template_lays_out_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "pdf.typ").write_text(
        "#let report = json(bytes(sys.inputs.report))\n"
        "= Vår rapport: #report.title\n"
        '#for b in report.blocks.filter(b => b.t == "h") [- #b.runs.map(r => r.text).join()\n]\n',
        encoding="utf-8",
    )
    out = tmp_path / "r.pdf"
    args = ["report", str(NEW), "--template-dir", str(folder), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    text = _text(out)
    assert text.startswith("Vår rapport: Gapanalys: Norrvik Kommun")
    assert "Per framgångsfaktor" in text
