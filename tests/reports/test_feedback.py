"""The feedback report (återföringsrapport, rule 11): goldens, examiners' terms, escaping, CLI."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

import html5lib
import pytest
from report_helpers import EXAMPLE, HOSTILE, HOSTILE_EVIDENCE
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.scoring import score
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Action, Answer, Improvement, leaf_inputs, save_answers
from siqassess.io.assessment import read_assessment
from siqassess.reports.context import report_language
from siqassess.reports.feedback import TEMPLATE, build_feedback
from siqassess.reports.render import render_report

GOLDEN = Path(__file__).parent / "golden" / "feedback"
runner = CliRunner()


def feedback_text(
    path: Path, fmt: str, lang: str | None = None, template_dir: Path | None = None
) -> str:
    """The feedback report of an answers file, as ``report --kind feedback`` renders it."""
    read = read_assessment(path)
    model, answers = read.model, read.answers
    result = score(model, leaf_inputs(answers), answers.default_target)
    found = build_feedback(model, answers, result, lang=report_language(answers, model, lang))
    rendered = render_report(found.variables(), fmt, template_dir=template_dir, template=TEMPLATE)
    assert not rendered.attachments
    return rendered.text


@pytest.fixture
def partial(tmp_path: Path) -> Path:
    """The example with missing leaves (one of them with findings), N/A leaves (one with an
    area for improvement) and criteria without findings."""
    read = read_assessment(EXAMPLE)
    model, answers = read.model, read.answers
    for leaf_id in ("F1.3", "F1.4", "F2.1", "F2.2"):
        answers.answers[leaf_id] = None
    answers.answers["F2.5"] = Answer(strengths=["Ledarforum varje kvartal"])
    answers.answers["F2.4"] = Answer(na=True, reason="Not run by this unit")
    answers.answers["R5"] = Answer(
        na=True,
        reason="No comparable data yet",
        improvements=[Improvement(text="Ekonomiska nyckeltal saknas per verksamhet")],
    )
    answers.status = "in_progress"
    path = tmp_path / "partial.yaml"
    save_answers(path, answers, model)
    return path


def _strict_html(text: str) -> object:
    """Parse as strict HTML5 and fail on an id used twice (as tests/release does)."""
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    ids = Counter(el.get("id") for el in tree.iter() if el.get("id") is not None)  # type: ignore[attr-defined]
    assert not [key for key, n in ids.items() if n > 1]
    return tree


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_feedback_report_matches_golden_file(
    fmt: str, lang: str, partial: Path, request: pytest.FixtureRequest
) -> None:
    check = request.getfixturevalue("golden")
    check(GOLDEN / f"norrvik-2026.{lang}.{fmt}", feedback_text(EXAMPLE, fmt, lang))
    check(GOLDEN / f"partial.{lang}.{fmt}", feedback_text(partial, fmt, lang))


@pytest.mark.parametrize(
    ("lang", "terms"),
    [
        ("sv", ("Återföringsrapport: Norrvik Kommun", "Styrkor", "Förbättringsområden")),
        ("en", ("Feedback report: Norrvik Kommun", "Strengths", "Areas for improvement")),
    ],
)
def test_examiners_terms_and_order_factor_by_factor_then_results(
    lang: str, terms: tuple[str, str, str]
) -> None:
    text = feedback_text(EXAMPLE, "txt", lang)
    title, strengths, improvements = terms
    assert text.startswith(title + "\n")
    assert f"    {strengths}:\n" in text and f"    {improvements}:\n" in text
    # F1's findings, F1's profile, then F2 ..., then the result areas and their profile.
    profile, results = ("Poängprofil", "Resultat") if lang == "sv" else ("Score profile", "Results")
    marks = ["\nF1.4  ", f"\n  {profile}: F1 ", "\nF2 ", "\nF5.7  ", f"\n  {profile}: F5 "]
    marks += [f"\n{results}\n", "\nR1  ", "\nR5  ", f"\n  {profile}: {results}\n"]
    at = text.index("\nF1.1  ")
    for mark in marks:  # each one after the one before
        at = text.index(mark, at + 1)


def test_overview_counts_the_findings_of_each_part(partial: Path) -> None:
    md = feedback_text(partial, "md", "en")
    rows = [line for line in md.splitlines() if re.match(r"\| (F\d)? +\| ", line)][:6]
    counts = [[cell.strip() for cell in row.split("|")[3:5]] for row in rows]
    # F1: F1.1's strength, F1.2's area (F1.4 is now missing); F2: F2.5's strength (no score).
    assert counts == [["1", "1"], ["1", "0"], ["1", "1"], ["2", "0"], ["0", "3"], ["0", "2"]]
    assert rows[-1].startswith("|  | Results | ")


def test_findings_evidence_and_actions_are_under_their_criterion() -> None:
    text = feedback_text(EXAMPLE, "md", "en")
    f34 = text[text.index("### F3.4 ") : text.index("**F3.5 ")]
    assert f34.startswith("### F3.4 Describe how you give employees the authority")
    assert f34[f34.index("\n\n") + 2 :] == (
        "**Areas for improvement**\n\n"
        "- Beslut om små inköp och arbetsordning ligger kvar hos enhetschef.\n"
        "  - Action: Delegationsordningen ses över med arbetslagen · owner: Anna Lind · "
        "due 2027-03-31 · in progress\n"
        "  - Action: Uppföljningsfråga om mandat i pulsenkäten · owner: Sara Ek · "
        "due 2027-06-30 · planned\n\n"
    )
    assert "- [processer/processkarta-tekniska.pdf](processer/processkarta-tekniska.pdf)" in text


def test_a_criterion_without_findings_says_so_in_one_line(partial: Path) -> None:
    md = feedback_text(partial, "md", "sv")
    line = "**F1.3 Beskriv hur ni formulerar, förankrar och kommunicerar de löften ni ger kunder "
    assert line in md
    assert "### F1.3" not in md  # no empty heading
    f13 = md[md.index(line) :].split("\n\n")[0]
    assert f13.endswith("· _Inga styrkor eller förbättringsområden noterade._")
    txt = feedback_text(partial, "txt", "en")
    # 32 leaves; findings on F1.1, F1.2, F2.5 (missing), F3.2, F3.4, F4.1, F5.2, F5.5, R2, R5 (N/A).
    assert txt.count("No strengths or areas for improvement written down.") == 22


def test_partial_marks_missing_and_na_in_findings_and_profile(partial: Path) -> None:
    txt = feedback_text(partial, "txt", "en")
    assert "!! Partial assessment" in txt
    assert "Coverage: 23 answered, 4 not applicable, 5 missing of 32 questions" in txt
    profile = txt[txt.index("Score profile: F2") :]
    rows = {line.split()[0]: line for line in profile.splitlines()[3:8]}
    assert rows["F2.5"].split()[-3:] == ["–", "70", "–"]  # findings, but no score yet
    assert rows["F2.1"].split()[-3:] == ["–", "70", "–"]  # missing: target shown, no score
    assert rows["F2.4"].split()[-3:] == ["N/A", "–", "–"]
    r5 = txt[txt.index("R5  Economic") : txt.index("Score profile: Results")]
    assert "Not applicable: No comparable data yet" in r5
    assert "- Ekonomiska nyckeltal saknas per verksamhet" in r5
    html = feedback_text(partial, "html", "en")
    assert '<td class="n na">not answered</td>' in html
    assert '<td class="n na" colspan="3">not applicable</td>' in html


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_html_is_strict_html5_with_unique_ids(lang: str, partial: Path) -> None:
    for path in (EXAMPLE, partial):
        tree = _strict_html(feedback_text(path, "html", lang))
        ids = [el.get("id") for el in tree.iter() if el.get("id")]  # type: ignore[attr-defined]
        assert "fb-F1.1" in ids and "fb-R5" in ids and "fb-part-F5" in ids
        hrefs = {a.get("href") for a in tree.iter("a")}  # type: ignore[attr-defined]
        assert {f"#{i}" for i in ids if i.startswith("fb-") and i != "fb-overview"} <= hrefs


@pytest.fixture
def hostile_findings(tmp_path: Path, model: LoadedModel) -> Path:
    """Every free text of the findings (and the header) tries to break out of its format."""
    read = read_assessment(EXAMPLE)
    _, answers = read.model, read.answers
    action = Action(text=HOSTILE, owner="<b>Eve</b> | x \x1b[31m")
    answers.organisation = "<b>Org</b> | {{ org }} \x1b[31mred"
    answers.language = "en"
    answers.answers["F1.1"] = Answer(
        score=20,
        strengths=[HOSTILE, "**not bold** [x](javascript:alert(1))"],
        improvements=[Improvement(text=HOSTILE, actions=[action]), HOSTILE],
        evidence=HOSTILE_EVIDENCE,
    )
    answers.answers["R1"] = Answer(na=True, reason=HOSTILE, strengths=[HOSTILE])
    path = tmp_path / "hostile.yaml"
    save_answers(path, answers, model)
    return path


def test_hostile_findings_are_inert_in_html(hostile_findings: Path) -> None:
    text = feedback_text(hostile_findings, "html")
    tree = _strict_html(text)
    assert "<script" not in text and "<b>" not in text and "\x1b" not in text
    assert text.count("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") >= 5
    assert "{{ 7*7 }}" in text and "{{ org }}" in text
    links = {a.get("href") for a in tree.iter("a")}  # type: ignore[attr-defined]
    assert {
        "docs/rel.pdf",
        "https://ok.example/a?b=<c>&d=(e)",
        "mailto:kvalitet@example.se",
    } < links
    assert not [h for h in links if re.match(r"\s*(javascript|data):|//", h, re.IGNORECASE)]


def test_hostile_findings_are_inert_in_markdown(hostile_findings: Path) -> None:
    text = feedback_text(hostile_findings, "md")
    assert re.search(r"(?<!\\)<(script|b>)", text) is None
    assert re.search(r"(?<!\\)\]\(\s*javascript", text, re.IGNORECASE) is None
    assert "\\*\\*not bold\\*\\* \\[x\\](javascript:alert(1))" in text
    # A finding with a newline stays one list item; a table row never grows a cell.
    item = next(line for line in text.splitlines() if line.startswith("- \\<script\\>"))
    assert item.endswith(
        "second line<br>\\{\\{ 7\\*7 \\}\\} \\{% raw %\\} \\*\\*bold\\*\\* \\[a\\](b)"
    )
    assert "owner: \\<b\\>Eve\\</b\\> \\| x" in text
    for row in (line for line in text.splitlines() if line.startswith("| ")):
        assert len(re.split(r"(?<!\\)\|", row)) in (4, 8), row


def test_hostile_findings_are_plain_in_txt(hostile_findings: Path) -> None:
    text = feedback_text(hostile_findings, "txt")
    assert "\x1b" not in text and "\r" not in text
    assert "+ <script>alert('x')</script> | pipe |" in text
    assert "owner: <b>Eve</b> | x ␛[31m" in text or "owner: <b>Eve</b> | x" in text


def test_cli_writes_the_feedback_report_in_the_files_language(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(EXAMPLE), "--kind", "feedback"])
    assert result.exit_code == 0, result.output
    assert result.stdout == feedback_text(EXAMPLE, "txt")
    out = tmp_path / "fb.md"
    args = ["report", str(EXAMPLE), "-k", "feedback", "-o", str(out), "--title", "Till ledningen"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Till ledningen\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fb.md"]  # no chart files


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "--summary is the overview of the gap report; leave it out with --kind feedback"),
        ("sv", "--summary är gapanalysens översikt; utelämna det med --kind feedback"),
    ],
)
def test_summary_of_the_feedback_report_is_a_usage_error(lang: str, message: str) -> None:
    args = ["report", str(EXAMPLE), "--kind", "feedback", "--summary", "--lang", lang]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_template_dir_overrides_the_feedback_templates(tmp_path: Path) -> None:
    (tmp_path / "feedback.html.j2").write_text(
        '{% extends "siqassess/feedback.html.j2" %}'
        '{% block intro %}<p class="intro">Konsultens ord</p>{% endblock %}',
        encoding="utf-8",
    )
    (tmp_path / "feedback.txt.j2").write_text(
        "{% for part in factors %}{{ part.id }} {{ part.criteria | selectattr('has_findings') "
        "| map(attribute='id') | join(',') }}\n{% endfor %}",
        encoding="utf-8",
    )
    html = feedback_text(EXAMPLE, "html", "sv", template_dir=tmp_path)
    assert '<p class="intro">Konsultens ord</p>' in html and "Styrkor" in html
    assert "Det skrivna är återföringens kärna" not in html
    txt = feedback_text(EXAMPLE, "txt", "sv", template_dir=tmp_path)
    assert txt == "F1 F1.1,F1.2,F1.4\nF2 \nF3 F3.2,F3.4\nF4 F4.1\nF5 F5.2,F5.5\n"
    md = feedback_text(EXAMPLE, "md", "sv", template_dir=tmp_path)
    assert md.startswith("# Återföringsrapport")  # no override: the built-in one


@pytest.mark.skipif(
    importlib.util.find_spec("typst") is None, reason="typst missing: pip install 'siqassess[pdf]'"
)
def test_pdf_comes_through_the_html(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "fb.pdf"
    result = runner.invoke(app, ["report", str(EXAMPLE), "--kind", "feedback", "-o", str(out)])
    assert result.exit_code == 0, result.output
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert 3 <= len(pages) <= 5
    assert pages[0].startswith("Återföringsrapport: Norrvik Kommun")
    text = "\n".join(pages)
    for term in ("Styrkor", "Förbättringsområden", "Poängprofil", "Åtgärd: Delegationsordningen"):
        assert term in text, term
    assert f"{len(pages)} / {len(pages)}" in pages[-1]
