"""The JSON documents of compare and trend carry the measures (issue #26 leftover, rule 16).

Per result area: each measure's values and targets by year from every file, and what rule 16
computes from them (level, trend, comparisons beaten, coverage, suggested band), the same facts
the md, html and pdf reports show. Left out when no file has a measure.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.measure_types import Comparison, Measure
from siqassess.core.measure_years import measure_years
from siqassess.documents.measures import measure_areas
from siqassess.documents.parts import to_data
from siqassess.io.answers import Answer, AnswersFile, new_answers
from siqassess.io.models import resolve_model

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).parent / "golden"
MODEL = resolve_model("siq-2019-1")
Golden = Callable[[Path, str], None]


def _file(year: int, **measures: list[Measure]) -> AnswersFile:
    answers = new_answers(MODEL, language="sv", date=dt.date(year, 10, 1))
    for leaf, found in measures.items():
        answers.answers[leaf] = Answer(measures=found)
    return answers


def _json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, [*args, "-f", "json"])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _shown(document: dict[str, Any]) -> str:
    return json.dumps(document["measures"], ensure_ascii=False, indent=2) + "\n"


def test_compare_json_carries_the_measures_of_both_years(golden: Golden) -> None:
    old, new = str(EXAMPLES / "norrvik-2025.yaml"), str(EXAMPLES / "norrvik-2026.yaml")
    document = _json("compare", old, new)
    golden(GOLDEN / "compare-measures.json", _shown(document))
    areas = {area["id"]: area for area in document["measures"]}
    assert list(areas) == ["R1", "R2", "R3", "R4", "R5"]
    r1 = areas["R1"]
    assert r1["coverage"] == {"covered": 3, "suggested": 5}
    assert r1["suggested_band"] == {"step": 3, "low": 70, "high": 80}
    repair = r1["measures"][0]
    assert repair["name"] == "Tid för åtgärd av felanmälan"
    assert repair["direction"] == "lower" and repair["files"] == 2
    # 2023–2025 from the 2025 file, 2026 from the 2026 file: the years carried across.
    assert [(v["year"], v["value"]) for v in repair["values"]] == [
        (2023, 9),
        (2024, 8),
        (2025, 7),
        (2026, 6),
    ]
    assert repair["level"] == {
        "year": 2026,
        "value": 6,
        "target": 6,
        "met": True,
        "better_share": 1,
    }
    assert repair["trend"] == "improving"
    assert repair["comparisons"] == [
        {"source": "Kolada, liknande kommuner", "value": 7.5, "year": 2025, "better": True}
    ]
    assert repair["follows_from"] == ["F4.3", "F4.6"]


def test_trend_json_carries_the_measures_of_every_year(golden: Golden) -> None:
    document = _json("trend", str(EXAMPLES / "trend"))
    golden(GOLDEN / "trend-measures.json", _shown(document))
    files = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (EXAMPLES / "trend").iterdir()]
    years = {m["name"]: m for area in document["measures"] for m in area["measures"]}
    absence = years["Sjukfrånvaro"]
    assert absence["files"] == sum(1 for f in files if "measures" in (f["answers"].get("R2") or {}))
    assert absence["trend"] in ("improving", "flat", "worsening")


@pytest.mark.parametrize(
    "args",
    [
        ["compare", str(EXAMPLES / "norrvik-2025.yaml"), str(EXAMPLES / "norrvik-2026.yaml")],
        ["trend", str(EXAMPLES / "trend")],
    ],
)
def test_json_and_the_reports_say_the_same_values_and_trends(args: list[str]) -> None:
    """The md/html section "Measures over the years" and the JSON rest on one merge."""
    paths = [Path(a) for a in args[1:]]
    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.iterdir()))
    from siqassess.io.assessment import read_assessment
    from siqassess.io.models import Models

    answers = [read_assessment(p, Models(None)).answers for p in files]
    answers.sort(key=lambda a: a.date or dt.date.min)
    shown = {(m.leaf, m.name): (m.values, m.trend) for m in measure_years(answers)}
    document = _json(*args)
    carried = {
        (area["id"], m["name"]): (
            tuple((v["year"], v["value"]) for v in m["values"]),
            m["trend"],
        )
        for area in document["measures"]
        for m in area["measures"]
    }
    assert carried == shown


def _without_measures(source: Path, target: Path) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    for answer in data["answers"].values():
        if isinstance(answer, dict):
            answer.pop("measures", None)
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def test_without_measures_the_documents_have_no_measures_key(tmp_path: Path) -> None:
    old = _without_measures(EXAMPLES / "norrvik-2025.yaml", tmp_path / "2025.yaml")
    new = _without_measures(EXAMPLES / "norrvik-2026.yaml", tmp_path / "2026.yaml")
    assert "measures" not in _json("compare", str(old), str(new))
    years = [
        str(_without_measures(EXAMPLES / "trend" / f"norrvik-{y}.yaml", tmp_path / f"t{y}.yaml"))
        for y in (2024, 2025, 2026)
    ]
    assert "measures" not in _json("trend", *years)
    # One file with measures is enough: the area is there, its measure held by one file.
    document = _json("compare", str(old), str(EXAMPLES / "norrvik-2026.yaml"))
    assert {m["files"] for area in document["measures"] for m in area["measures"]} == {1}


def test_level_comparisons_coverage_and_band_follow_rule_16() -> None:
    old = _file(
        2024,
        R2=[
            Measure(
                name="Sjukfrånvaro",
                direction="lower",
                values={2022: 7.4, 2023: 7.1},
                targets={2023: 6.5},
                comparisons=[Comparison(value=6.0, source="riket")],
            )
        ],
    )
    new = _file(
        2025,
        R2=[
            Measure(
                name="Sjukfrånvaro",
                direction="lower",
                values={2024: 6.8, 2025: 6.4},
                targets={2025: 6.5},
                comparisons=[
                    Comparison(value=6.9, source="Kolada, liknande kommuner", year=2024),
                    Comparison(value=6.0, source="riket"),
                ],
                follows_from=["F3.4"],
                source="HR-systemet",
                suggested=3,
            ),
            Measure(name="Personalomsättning", unit="%", direction="lower"),
        ],
    )
    areas = measure_areas(MODEL, [old, new])
    assert areas is not None
    (area,) = to_data(areas)
    assert area["id"] == "R2"
    # "Sjukfrånvaro" stands for the model's third suggestion for R2 and has data; the other
    # measure has no value, and names no suggestion.
    assert area["coverage"] == {"covered": 1, "suggested": 5}
    absence, turnover = area["measures"]
    assert absence == {
        "name": "Sjukfrånvaro",
        "unit": "",
        "direction": "lower",
        "files": 2,
        "values": [
            {"year": 2022, "value": 7.4},
            {"year": 2023, "value": 7.1},
            {"year": 2024, "value": 6.8},
            {"year": 2025, "value": 6.4},
        ],
        "targets": [{"year": 2023, "value": 6.5}, {"year": 2025, "value": 6.5}],
        "level": {"year": 2025, "value": 6.4, "target": 6.5, "met": True, "better_share": 0.5},
        "trend": "improving",
        "comparisons": [
            {"source": "Kolada, liknande kommuner", "value": 6.9, "year": 2024, "better": True},
            {"source": "riket", "value": 6.0, "year": None, "better": False},
        ],
        "follows_from": ["F3.4"],
        "source": "HR-systemet",
    }
    assert turnover["values"] == [] and turnover["level"] is None and turnover["trend"] is None
    # Strong is one measure of two (not most): positive trends or good levels → 40–60.
    assert area["suggested_band"] == {"step": 2, "low": 40, "high": 60}


def test_no_file_with_a_measure_gives_none() -> None:
    assert measure_areas(MODEL, [_file(2024), _file(2025)]) is None


@pytest.mark.parametrize("kind", ["compare", "trend"])
def test_the_published_schema_refuses_a_key_a_measure_lacks(kind: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    args = (
        ["compare", str(EXAMPLES / "norrvik-2025.yaml"), str(EXAMPLES / "norrvik-2026.yaml")]
        if kind == "compare"
        else ["trend", str(EXAMPLES / "trend")]
    )
    document = _json(*args)
    jsonschema.validate(document, schema)
    document["measures"][0]["measures"][0]["score"] = 70
    with pytest.raises(jsonschema.ValidationError, match="'score' was unexpected"):
        jsonschema.validate(document, schema)
