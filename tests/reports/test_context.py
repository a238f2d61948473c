"""The template context: plain data, coverage first, nulls never zero, safe links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_helpers import EXAMPLE, context_for

from siqassess.core.nodescore import Coverage
from siqassess.criteria.tree import LoadedModel
from siqassess.reports.context import clean, safe_href
from siqassess.reports.context_json import context_data
from siqassess.reports.context_types import ChangeRow


def test_context_is_typed_and_its_json_keeps_the_documented_keys() -> None:
    ctx = context_for(EXAMPLE)
    data = json.loads(json.dumps(context_data(ctx)))
    assert data["schema"] == ctx.schema == 1
    assert list(data) == [
        "schema", "lang", "labels", "title", "generated", "source", "header", "assessment",
        "model",
        "coverage", "partial", "total", "groups", "factors", "result_areas", "leaves",
        "improvements", "results_below", "at_target", "na_items", "missing_items", "charts",
        "sections", "summary", "measures", "na_flagged",
    ]  # fmt: skip
    node = ["id", "kind", "name", "score", "target", "gap", "points", "weight"]
    node += ["effective_weight", "coverage"]
    leaf = ["question", "help", "status", "target_source", "band", "note", "reason", "evidence"]
    assert list(data["total"]) == node
    assert list(data["leaves"][0]) == node + leaf
    assert list(data["improvements"][0]) == node + leaf + ["rank", "importance", "points_at_stake"]
    assert list(data["factors"][0]) == [*node, "children", "description"]
    assert data["charts"]["factors"]["file"] is None
    assert data["leaves"][0]["coverage"] == {
        "answered": 1, "na": 0, "missing": 0, "total": 1, "complete": True
    }  # fmt: skip


def test_context_carries_header_coverage_and_model(model: LoadedModel) -> None:
    ctx = context_for(EXAMPLE)
    assert ctx.assessment.organisation == "Norrvik Kommun"
    assert ctx.assessment.unit == "Tekniska förvaltningen"
    assert ctx.assessment.date == "2026-10-15"
    assert (ctx.model.id, ctx.model.version) == ("siq-2019-1", "2019:1")
    assert ctx.coverage == Coverage(answered=30, na=2, missing=0)
    assert (ctx.coverage.total, ctx.coverage.complete) == (len(model.leaves), True)
    assert ctx.partial is False
    assert [f.id for f in ctx.factors] == ["F1", "F2", "F3", "F4", "F5"]
    assert len(ctx.result_areas) == 5
    assert ctx.total.points == pytest.approx(ctx.total.score * 10)


def test_na_leaf_has_no_score_and_keeps_its_reason() -> None:
    ctx = context_for(EXAMPLE)
    r3 = next(a for a in ctx.result_areas if a.id == "R3")
    assert r3.status == "na"
    assert r3.score is None and r3.gap is None and r3.band is None
    assert "hållbarhetsrapport" in r3.reason
    assert [leaf.id for leaf in ctx.na_items] == ["F5.3", "R3"]


def test_leaves_carry_their_level_descriptor() -> None:
    ctx = context_for(EXAMPLE, "en")
    f11 = ctx.factors[0].children[0]
    assert f11.score == 60
    assert f11.band.label == "Established"
    assert f11.band.min <= 60 <= f11.band.max


def test_priorities_follow_the_scoring_rules_and_are_ranked() -> None:
    ctx = context_for(EXAMPLE)
    for key, kind in (("improvements", "criterion"), ("results_below", "result_area")):
        ranks = [p.rank for p in getattr(ctx, key)]
        assert ranks == list(range(1, len(ranks) + 1))
        assert all(p.gap > 0 and p.kind == kind for p in getattr(ctx, key))
        keys = [p.gap * p.importance for p in getattr(ctx, key)]
        assert keys == sorted(keys, reverse=True)
        stakes = [p.gap * p.effective_weight * 10 for p in getattr(ctx, key)]
        assert [p.points_at_stake for p in getattr(ctx, key)] == pytest.approx(stakes)
    assert ctx.improvements and ctx.results_below
    assert all(s.gap <= 0 for s in ctx.at_target)


def test_a_partial_file_is_marked_and_lists_missing(hostile: Path, model: LoadedModel) -> None:
    ctx = context_for(hostile)
    assert ctx.partial is True
    assert ctx.coverage.missing == len(model.leaves) - 4
    assert len(ctx.missing_items) == ctx.coverage.missing
    empty = [f for f in ctx.factors if f.coverage.answered == 0]
    assert empty and all(f.score is None for f in empty)


def test_title_and_language_can_be_chosen() -> None:
    ctx = context_for(EXAMPLE, "en", title="Board pack")
    assert ctx.title == "Board pack"
    assert ctx.lang == "en"
    assert ctx.labels["strengths"] == "Strengths"
    assert ctx.factors[0].name == "Creates value with customers and stakeholders"


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("https://a.example/x?y=1", "https://a.example/x?y=1"),
        ("http://a.example", "http://a.example"),
        ("mailto:a@b.se", "mailto:a@b.se"),
        ("docs/plan.pdf", "docs/plan.pdf"),
        ("../rapporter/2025.pdf", "../rapporter/2025.pdf"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,x", None),
        ("file:///etc/passwd", None),
        ("//evil.example", None),
        ("https:", None),
        ("C:\\Users\\x.docx", None),
        ("Protokoll ledningsgrupp 3 maj", None),
    ],
)
def test_only_web_mail_and_relative_links_become_links(text: str, href: str | None) -> None:
    assert safe_href(text) == href


def test_clean_drops_control_characters_and_normalises_line_ends() -> None:
    assert clean("a\x1b[31mb\r\nc\rd\te\x00") == "a[31mb\nc\nd\te"
    assert clean(None) == ""


def test_one_coverage_type_writes_the_documented_keys_per_place() -> None:
    """The core coverage type everywhere: a node's coverage has ``total`` and ``complete`` in
    the context's JSON, a comparison row's only ``total``, as before the types were merged."""
    row = ChangeRow(
        "F1", "success_factor", "F1", "", 50.0, 60.0, 10.0, 70.0, 70.0,
        None, Coverage(3, 1, 1),
    )  # fmt: skip
    data = context_data(row)
    assert data["old_coverage"] is None
    assert data["new_coverage"] == {"answered": 3, "na": 1, "missing": 1, "total": 5}
    assert context_data(Coverage(2, 0, 1)) == {
        "answered": 2, "na": 0, "missing": 1, "total": 3, "complete": False
    }  # fmt: skip
