"""The rewritten model text: provenance on scales and defaults, placement guidance, drift."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel, band_for

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# The content hash of the built-in model before issue #14 rewrote its text.
OLD_HASH = "2b50777cc3d6fef4564156fa099f524f055978b8b0130dcc25195624e7089965"


def test_scales_say_their_band_logic_follows_efqm_radar(model: LoadedModel) -> None:
    for scale in model.spec.scales.values():
        assert scale.provenance is not None
        assert scale.provenance.status == "project"
        assert "EFQM RADAR" in scale.provenance.source
        assert "own wording" in scale.provenance.source


def test_weights_and_default_target_are_marked_project_defaults(model: LoadedModel) -> None:
    note = model.spec.defaults_provenance
    assert note is not None and note.status == "project"
    assert "not documented SIQ values" in note.source


def test_result_areas_say_their_measures_derive_from_the_seed(model: LoadedModel) -> None:
    for i, area in enumerate(model.spec.result_areas, start=1):
        assert area.provenance is not None
        assert f"seed 002, section 1.4.{i}" in area.provenance.source
        assert "example measures" in area.provenance.source


def test_both_scales_guide_placing_a_score_inside_a_band(model: LoadedModel) -> None:
    wow, results = model.spec.scales["ways_of_working"], model.spec.scales["results"]
    assert wow.placement is not None and results.placement is not None
    assert "lower value" in wow.placement["en"] and "upper value" in wow.placement["en"]
    for aspect in ("relevance", "level", "trend", "target", "comparison"):
        assert aspect in results.placement["en"]
    assert "relevans, nivå, trend, måluppfyllelse och jämförelser" in results.placement["sv"]


def test_good_levels_without_a_long_history_reach_the_middle_band(model: LoadedModel) -> None:
    band = band_for(model.spec.scales["results"], 50)
    assert band is not None
    assert band.label["sv"] == "Goda nivåer eller positiv utveckling"
    assert band.label["en"] == "Good levels or improving trends"
    assert "even when the measurement history is short" in band.descriptor["en"]
    assert "även när mäthistoriken är kort" in band.descriptor["sv"]


def test_every_band_name_is_distinct_in_both_languages(model: LoadedModel) -> None:
    """No two bands of a scale share a name or its first word ("Goda resultat" beside
    "Goda nivåer…" read as near-synonyms for different bands, #27)."""
    results = [band.label for band in model.spec.scales["results"].bands]
    assert [label["sv"] for label in results] == [
        "Inga resultat",
        "Enstaka resultat",
        "Goda nivåer eller positiv utveckling",
        "Starka resultat",
        "Ledande resultat",
    ]
    assert [label["en"] for label in results] == [
        "No results",
        "Scattered results",
        "Good levels or improving trends",
        "Strong results",
        "Leading results",
    ]
    for scale in model.spec.scales.values():
        for lang in ("sv", "en"):
            firsts = [band.label[lang].split()[0] for band in scale.bands]
            assert len(set(firsts)) == len(firsts), (scale.name, lang, firsts)


def test_language_fixes_from_review(model: LoadedModel) -> None:
    wow = model.spec.scales["ways_of_working"].bands
    assert wow[0].descriptor["en"] == "No approach to this area can be demonstrated."
    assert wow[1].label["sv"] == "Påbörjat"
    assert "vidareutvecklas" in wow[3].descriptor["sv"]
    assert wow[4].descriptor["en"].endswith("serves as a role model for others.")
    nodes = model.nodes
    assert "presterar" not in (nodes["F4.6"].question or {})["sv"]
    assert "fullskaligt införande" in (nodes["F5.6"].help or {})["sv"]
    assert "PGSA-hjulet (PDSA)" in (nodes["F5.1"].help or {})["sv"]
    assert "both" not in (nodes["R3"].description or {})["en"]
    assert "promises" in (nodes["F1.3"].question or {})["en"]


def test_an_answers_file_for_the_old_model_text_gets_the_drift_message(tmp_path: Path) -> None:
    current = (EXAMPLES / "norrvik-2026.yaml").read_text(encoding="utf-8")
    assert OLD_HASH not in current
    lines = current.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("sha256:"))
    lines[at] = f"  sha256: {OLD_HASH}\n"
    old = tmp_path / "old.yaml"
    old.write_text("".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(old), "--lang", "en"])  # a Swedish file
    assert result.exit_code == 1
    new_hash = current.split("sha256: ")[1][:12]
    message = f"answers a different model: content hash 2b50777cc3d6… ≠ {new_hash}… [model]"
    assert f"{old}:6:1: {message}" in result.stdout
