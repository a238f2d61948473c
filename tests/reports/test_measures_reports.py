"""The reports' measures section (rule 16): every part, in sv and en, against golden files."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import html5lib
import pytest
from report_helpers import render_file

from siqassess.core.measure_types import Measure
from siqassess.io.answers import read_answers, save_answers
from siqassess.io.models import resolve_model

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden" / "measures"
HEADINGS = {"sv": "Mätetal", "en": "Measures"}


@pytest.fixture(scope="module")
def with_measures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Norrvik's 2026 answers with the measures of examples/norrvik_measures.py."""
    sys.path.insert(0, str(ROOT / "examples"))
    try:
        from norrvik_measures import MEASURES
    finally:
        sys.path.remove(str(ROOT / "examples"))
    model = resolve_model("siq-2019-1")
    answers = read_answers(ROOT / "examples" / "norrvik-2026.yaml", model)
    for leaf, measures in MEASURES.items():
        answer = answers.answer(leaf)
        assert answer is not None
        answers.answers[leaf] = answer.model_copy(update={"measures": measures})
    path = tmp_path_factory.mktemp("measures") / "norrvik-2026.yaml"
    save_answers(path, answers, model)
    return path


def _section(text: str, fmt: str, lang: str) -> str:
    heading = HEADINGS[lang]
    if fmt == "html":
        match = re.search(r'<section class="measures".*?</section>', text, re.S)
    elif fmt == "md":
        match = re.search(rf"^## {heading}\n.*?(?=^## )", text, re.S | re.M)
    else:
        match = re.search(rf"^{heading}\n-+\n.*?(?=^\S.*\n-+\n)", text, re.S | re.M)
    assert match is not None, text
    return match.group(0)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_the_measures_section_matches_its_golden_file(
    with_measures: Path, fmt: str, lang: str, request: pytest.FixtureRequest
) -> None:
    text = render_file(with_measures, fmt, lang).text
    section = _section(text, fmt, lang)
    request.getfixturevalue("golden")(GOLDEN / f"norrvik-2026.{lang}.{fmt}", section)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_suggested_band_consistency_note_and_links_are_shown(
    with_measures: Path, lang: str
) -> None:
    md = _section(render_file(with_measures, "md", lang).text, "md", lang)
    note = {
        "sv": "Poängen 70 ligger mer än en nivå från de 20–30 som mätetalen talar för",
        "en": "The score 70 is more than one level away from the 20–30 that the measures suggest",
    }[lang]
    assert note in md
    assert md.count(note) == 1  # R4 only: every other score is within a band of its suggestion
    suggested = {"sv": "Mätetalen talar för **70–80**", "en": "Suggested by the measures **70–80**"}
    assert suggested[lang] in md
    html = render_file(with_measures, "html", lang).text
    html5lib.HTMLParser(strict=True).parse(html)
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 260 96"') == 8
    assert '<a href="#leaf-F4.3"' in html and 'id="leaf-F4.3"' in html


def test_a_report_without_measures_has_no_measures_section() -> None:
    text = render_file(ROOT / "examples" / "team" / "anna-lind.yaml", "md", "en").text
    assert "## Measures" not in text


def test_a_hostile_measure_name_stays_text_in_the_chart(tmp_path: Path) -> None:
    model = resolve_model("siq-2019-1")
    answers = read_answers(ROOT / "examples" / "norrvik-2026.yaml", model)
    hostile = Measure(
        name='</title><script>alert(1)</script>"',
        values={2024: 1, 2025: 2},
        comparisons=[{"value": 1, "source": "<img src=x onerror=alert(1)>"}],  # type: ignore[list-item]
    )
    answers.answers["R5"] = answers.answers["R5"].model_copy(update={"measures": [hostile]})  # type: ignore[union-attr]
    path = tmp_path / "h.yaml"
    save_answers(path, answers, model)
    html = render_file(path, "html", "en").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;/title&gt;&lt;script&gt;" in html
