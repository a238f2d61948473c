"""Rendering: golden files per format and language, valid HTML, and hostile text kept inert."""

from __future__ import annotations

import re
from pathlib import Path

import html5lib
import pytest
from report_helpers import EXAMPLE, HOSTILE, render_file

from siqassess.io.answers import Answer, save_answers
from siqassess.io.assessment import read_assessment

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_report_matches_golden_file(fmt: str, lang: str, request: pytest.FixtureRequest) -> None:
    output = Path(f"norrvik-2026.{lang}.{fmt}")
    rendered = render_file(EXAMPLE, fmt, lang, output=output)
    check = request.getfixturevalue("golden")
    check(GOLDEN / output.name, rendered.text)
    for path, text in rendered.attachments.items():
        check(GOLDEN / path.name, text)


def test_partial_report_matches_golden_file(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """An assessment with unanswered and N/A leaves: coverage, the lists and the charts."""
    read = read_assessment(EXAMPLE)
    model, answers = read.model, read.answers
    leaves = [leaf.id for leaf in model.leaves]
    for leaf_id in leaves[2:6]:
        answers.answers[leaf_id] = None
    answers.answers[leaves[7]] = Answer(na=True, reason="Not run by this unit")
    answers.answers[leaves[-1]] = Answer(na=True, reason="No comparable data yet")
    answers.status = "in_progress"
    path = tmp_path / "partial.yaml"
    save_answers(path, answers, model)
    check = request.getfixturevalue("golden")
    for fmt in ("md", "txt"):
        rendered = render_file(path, fmt, "en", output=Path(f"partial.en.{fmt}"))
        assert "Not run by this unit" in rendered.text
        check(GOLDEN / f"partial.en.{fmt}", rendered.text)
        for attachment, text in rendered.attachments.items():
            check(GOLDEN / attachment.name, text)


def test_rendering_is_deterministic() -> None:
    first = render_file(EXAMPLE, "html", "sv").text
    assert first == render_file(EXAMPLE, "html", "sv").text
    assert re.search(r"20\d\d-\d\d-\d\d", first).group(0) == "2026-10-15"  # type: ignore[union-attr]


def _parse_strict(text: str) -> object:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(text)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_html_is_valid_html5_and_self_contained(lang: str) -> None:
    text = render_file(EXAMPLE, "html", lang).text
    tree = _parse_strict(text)
    assert tree.find(".//title").text  # type: ignore[attr-defined]
    assert len(tree.findall(".//{http://www.w3.org/2000/svg}svg")) >= 2  # type: ignore[attr-defined]
    # No network, no scripts, no external fonts or stylesheets.
    assert "<script" not in text and "<link" not in text and "@import" not in text
    assert "url(" not in text and "@font-face" not in text
    assert "@page" in text and "stroke-dasharray" in text


def test_markdown_writes_charts_next_to_out_and_omits_them_on_stdout() -> None:
    saved = render_file(EXAMPLE, "md", "en", output=Path("out/board.md"))
    names = sorted(p.name for p in saved.attachments)
    assert names == ["board-radar.svg", "board-results-radar.svg"]
    assert all(p.parent == Path("out") for p in saved.attachments)
    assert "](board-radar.svg)" in saved.text
    stdout = render_file(EXAMPLE, "md", "en")
    assert not stdout.attachments
    assert ".svg" not in stdout.text
    assert "Charts are included only when the report is saved" in stdout.text


def test_partial_assessment_is_marked_in_every_format(hostile: Path) -> None:
    for fmt in ("md", "html", "txt"):
        text = render_file(hostile, fmt).text
        assert "Partial assessment" in text, fmt
        assert "Unanswered" in text, fmt


def test_missing_scores_show_a_dash_never_zero(hostile: Path) -> None:
    text = render_file(hostile, "txt").text
    f2 = next(line for line in text.splitlines() if line.startswith("F2 "))
    assert f2.split()[-4:] == ["–", "–", "–", "0/0/5"]


def _links(tree: object) -> list[str]:
    """Links out of the report (the report's own #anchors aside)."""
    hrefs = [a.get("href") for a in tree.iter("a")]  # type: ignore[attr-defined]
    return [href for href in hrefs if not href.startswith("#leaf-")]


def test_hostile_text_is_inert_in_html(hostile: Path) -> None:
    text = render_file(hostile, "html").text
    tree = _parse_strict(text)
    assert "<script" not in text and "<img" not in text and "<b>Org" not in text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in text
    assert "{{ 7*7 }}" in text and "{{ org }}" in text
    assert "\x1b" not in text
    assert sorted(set(_links(tree))) == [
        "docs/rel.pdf",
        "https://ok.example/a?b=<c>&d=(e)",
        "mailto:kvalitet@example.se",
    ]
    body = "".join(tree.find(".//body").itertext())  # type: ignore[attr-defined]
    assert "javascript:alert(1)" in body  # shown as text, not as a link


def _table_rows(text: str) -> list[list[str]]:
    """Markdown tables as lists of rows; each row is its cells split on unescaped pipes."""
    tables: list[list[str]] = []
    current: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def test_hostile_text_never_breaks_markdown_tables(hostile: Path) -> None:
    text = render_file(hostile, "md", output=Path("h.md")).text
    for table in _table_rows(text):
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table}
        assert len(widths) == 1, table
    assert re.search(r"(?<!\\)<(script|img)", text) is None
    assert re.search(r"\]\(\s*javascript", text, re.IGNORECASE) is None
    assert "](data:" not in text and "](//" not in text
    assert (
        "[https://ok.example/a?b=\\<c\\>\\&d=(e)](https://ok.example/a?b=%3Cc%3E&d=%28e%29)" in text
    )


def test_hostile_text_is_plain_in_txt(hostile: Path) -> None:
    text = render_file(hostile, "txt").text
    assert "\x1b" not in text and "\r" not in text
    assert "<script>alert('x')</script> | pipe |" in text
    assert "{{ 7*7 }}" in text
    assert "javascript:alert(1)" in text


def test_hostile_constant_covers_the_issue_cases() -> None:
    assert all(s in HOSTILE for s in ("<script>", "| pipe |", "\n", "{{"))


def test_terminal_text_has_coloured_bars_and_plain_text_has_none() -> None:
    from report_helpers import context_for

    from siqassess.reports.render import render

    fancy = render(context_for(EXAMPLE), "txt", fancy=True)
    plain = render(context_for(EXAMPLE), "txt", fancy=False)
    assert "\x1b[32m█" in fancy and "\x1b[" not in plain
    assert "#####" in plain and "█" not in plain
