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
from siqassess.core.answers import GroupStats
from siqassess.core.scoring import score
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Action, Answer, Improvement, leaf_inputs, save_answers
from siqassess.io.assessment import read_assessment
from siqassess.reports.context import report_language
from siqassess.reports.feedback import TEMPLATE, build_feedback
from siqassess.reports.render import render_report

GOLDEN = Path(__file__).parent / "golden" / "feedback"
LAST_YEAR = EXAMPLE.parent / "norrvik-2025.yaml"
runner = CliRunner()


def feedback_text(
    path: Path,
    fmt: str,
    lang: str | None = None,
    template_dir: Path | None = None,
    previous: Path | None = None,
) -> str:
    """The feedback report of an answers file, as ``report --kind feedback [--previous]``
    renders it."""
    read = read_assessment(path)
    model, answers = read.model, read.answers
    result = score(model, leaf_inputs(answers), answers.default_target)
    before = None
    if previous is not None:
        old = read_assessment(previous).answers.answers
        before = {k: float(a.score) for k, a in old.items() if a and a.score is not None}
    found = build_feedback(
        model, answers, result, lang=report_language(answers, model, lang), previous=before
    )
    rendered = render_report(found, fmt, template_dir=template_dir, template=TEMPLATE)
    assert not rendered.attachments
    return rendered.text


@pytest.fixture
def partial(tmp_path: Path) -> Path:
    """The example with missing leaves (one of them with findings), N/A leaves (one with an
    area for improvement), criteria without findings, one of each consistency note (F2.3,
    F4.5, F5.7) and a team's spread on F3.3."""
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
    answers.answers["F2.3"] = Answer(
        score=100,
        strengths=["Hållbarhetsmål i varje beslutsunderlag"],
        improvements=["Uppföljningen når inte alla enheter"],
        evidence=["Beslutsmall 2026", "Hållbarhetsrapport 2025"],
    )
    answers.answers["F4.5"] = Answer(score=80)
    answers.answers["F5.7"] = Answer(
        score=30, strengths=["Utvärdering efter varje större förändring"]
    )
    answers.answers["F3.3"] = Answer(
        score=40,
        group=GroupStats(n=3, mean=40, median=40, min=20, max=60, stdev=16.3, discuss=True),
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
    last_year = feedback_text(EXAMPLE, fmt, lang, previous=LAST_YEAR)
    check(GOLDEN / f"norrvik-2026.{lang}.{fmt}", last_year)
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
    marks = ["\nF1.4  ", f"\n  {profile}: F1 ", "\nF2 ", "\nF5.5  ", f"\n  {profile}: F5 "]
    marks += [f"\n{results}\n", "\nR1  ", "\nR5  ", f"\n  {profile}: {results}\n"]
    at = text.index("\nF1.1  ")
    for mark in marks:  # each one after the one before
        at = text.index(mark, at + 1)


def test_overview_counts_the_findings_of_each_part(partial: Path) -> None:
    md = feedback_text(partial, "md", "en")
    rows = [line for line in md.splitlines() if re.match(r"\| (F\d)? +\| ", line)][:6]
    counts = [[cell.strip() for cell in row.split("|")[3:5]] for row in rows]
    # F1: F1.1's strength, F1.2's area (F1.4 is now missing); F2: F2.5's strength (no score)
    # and F2.3's; F5: F5.7's strength.
    assert counts == [["1", "1"], ["2", "1"], ["1", "1"], ["2", "0"], ["1", "3"], ["0", "2"]]
    assert rows[-1].startswith("|  | Results | ")


def test_findings_evidence_and_actions_are_under_their_criterion() -> None:
    text = feedback_text(EXAMPLE, "md", "en")
    start = text.index("### F3.4 ")
    f34 = text[start : text.index("\n_Without written", start)]
    assert f34.startswith("### F3.4 Describe how you give employees the authority")
    assert f34[f34.index("\n\n") + 2 :] == (
        "**Score 30** · level 10–30 (Emerging): An approach exists in places but relies on "
        "individuals, is used unevenly and is seldom reviewed.\n\n"
        "**Areas for improvement**\n\n"
        "- Beslut om små inköp och arbetsordning ligger kvar hos enhetschef.\n"
        "  - Action: Delegationsordningen ses över med arbetslagen · owner: Anna Lind · "
        "due 2027-03-31 · in progress\n"
        "  - Action: Uppföljningsfråga om mandat i pulsenkäten · owner: Sara Ek · "
        "due 2027-06-30 · planned\n\n"
        "Results that depend on it: R2 (50).\n"
    )
    assert "- [processer/processkarta-tekniska.pdf](processer/processkarta-tekniska.pdf)" in text


@pytest.mark.parametrize(
    ("lang", "f1", "f2"),
    [
        (
            "sv",
            "_Utan noterade styrkor eller förbättringsområden:_ F1.3 (50).",
            "_Utan noterade styrkor eller förbättringsområden:_ F2.1 (60), F2.2 (50), F2.3 (40), "
            "F2.4 (50), F2.5 (40).",
        ),
        (
            "en",
            "_Without written strengths or areas for improvement:_ F1.3 (50).",
            "_Without written strengths or areas for improvement:_ F2.1 (60), F2.2 (50), "
            "F2.3 (40), F2.4 (50), F2.5 (40).",
        ),
    ],
)
def test_criteria_without_findings_are_one_line_per_factor(lang: str, f1: str, f2: str) -> None:
    md = feedback_text(EXAMPLE, "md", lang)
    assert f1 in md and f2 in md
    assert "### F1.3" not in md and "### F2.1" not in md  # no empty sections
    # Every result area is written out, with the criteria it builds on.
    for area in ("R1", "R4", "R5"):
        assert f"### {area} " in md
    assert "Inga styrkor" not in md and "No strengths or areas" not in md
    txt = " ".join(feedback_text(EXAMPLE, "txt", lang).split())  # wrapped at 78 columns
    assert f2.replace("_", "").split(": ")[0] + ": F2.1, F2.2, F2.3, F2.4, F2.5." in txt


def test_partial_marks_missing_and_na_in_findings_and_profile(partial: Path) -> None:
    txt = feedback_text(partial, "txt", "en")
    assert "!! Partial assessment" in txt
    assert "Coverage: 23 answered · 4 not applicable · 5 missing (32 questions)" in txt
    profile = txt[txt.index("Score profile: F2") :]
    rows = {line.split()[0]: line for line in profile.splitlines()[3:8]}
    assert rows["F2.5"].split()[-3:] == ["–", "70", "–"]  # findings, but no score yet
    assert rows["F2.1"].split()[-4:] == ["–", "70", "–", "R5"]  # missing: target, no score
    assert rows["F2.4"].split()[-4:] == ["N/A", "–", "–", "R2"]
    r5 = txt[txt.index("R5    Economic") : txt.index("Score profile: Results")]
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
        assert "fb-summary" in ids and "fb-visits" in ids
        hrefs = {a.get("href") for a in tree.iter("a")}  # type: ignore[attr-defined]
        # Every written-out criterion and every part is reached from the tables above it...
        wanted = {f"#{i}" for i in ids if re.match(r"fb-(part-)?[FR]\d", i)}
        assert wanted <= hrefs
        # ...and no link inside the report points nowhere.
        assert {h for h in hrefs if h.startswith("#")} <= {f"#{i}" for i in ids}


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
        assert len(re.split(r"(?<!\\)\|", row)) in (4, 6, 8, 9), row


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
    # The overall assessment, the site visit and the method add a page or two to the findings.
    assert 3 <= len(pages) <= 7
    assert pages[0].startswith("Återföringsrapport: Norrvik Kommun")
    assert "Sammanfattande bedömning" in pages[0]
    text = "\n".join(pages)
    for term in (
        "Styrkor",
        "Förbättringsområden",
        "Poängprofil",
        "Åtgärd: Delegationsordningen",
        "Ej tillämpliga – att pröva",
        "Frågor till platsbesöket",
    ):
        assert term in text, term
    assert f"{len(pages)} / {len(pages)}" in pages[-1]


@pytest.mark.parametrize(
    ("lang", "why"),
    [
        ("en", "| F4.3 | Describe how you analyse why errors and deviations have occurred, "),
        ("sv", "| F4.3 | Beskriv hur ni analyserar varför fel och avvikelser har inträffat, "),
    ],
)
def test_previous_asks_about_a_large_change_on_the_site_visit(lang: str, why: str) -> None:
    args = ["report", str(EXAMPLE), "-k", "feedback", "-f", "md", "--lang", lang]
    without = runner.invoke(app, args)
    assert without.exit_code == 0, without.output
    visits = without.stdout.split("\n## ")[-2]  # the site visit, before the method
    assert visits.startswith(("Questions for the site visit", "Frågor till platsbesöket"))
    assert "| F4.3 |" not in visits  # F4.3 went 40 → 60: known only from last year
    result = runner.invoke(app, [*args, "--previous", str(LAST_YEAR)])
    assert result.exit_code == 0, result.output
    visits = result.stdout.split("\n## ")[-2]
    row = next(line for line in visits.splitlines() if line.startswith(why))
    change = (
        "Changed from 40 to 60 since last year."
        if lang == "en"
        else ("Ändrad från 40 till 60 sedan förra året.")
    )
    assert f"| {change} |" in row


def test_previous_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "ifjol.yaml"
    args = ["report", str(EXAMPLE), "-k", "feedback", "--previous", str(missing), "-l", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert f"{missing}" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_text_on_a_colour_terminal_has_colour_not_escape_codes_and_fits_80_columns(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = runner.invoke(app, ["report", str(EXAMPLE), "-k", "feedback", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert "␛" not in result.stdout  # an escape made visible is a bug, not colour
    assert "\x1b[32m" in result.stdout  # the bars are green on a terminal
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert max(len(line) for line in plain.splitlines()) <= 80
