"""The built-in SIQ 2019:1 model has the structure the domain brief asks for."""

from __future__ import annotations

from importlib import metadata

import pytest

from siqassess.criteria.tree import LoadedModel, band_for, scale_values


def test_metadata(model: LoadedModel) -> None:
    assert (model.id, model.version) == ("siq-2019-1", "2019:1")
    assert set(model.spec.languages) == {"sv", "en"}
    assert model.spec.default_target == 70
    assert model.spec.provenance is not None
    assert "siqassess" in model.spec.provenance["en"]


def test_five_factors_and_five_result_areas(model: LoadedModel) -> None:
    factors = [n for n in model.nodes.values() if n.kind == "success_factor"]
    areas = [n for n in model.nodes.values() if n.kind == "result_area"]
    assert [f.id for f in factors] == ["F1", "F2", "F3", "F4", "F5"]
    assert [a.id for a in areas] == ["R1", "R2", "R3", "R4", "R5"]
    assert factors[0].name["sv"] == "Skapar värde med kunder och intressenter"
    assert areas[3].name["sv"] == "Resultat ekologisk hållbarhet"


def test_criteria_counts_follow_the_seed_guide(model: LoadedModel) -> None:
    counts = {f.id: len(f.children) for f in model.root.children[0].children}
    assert counts["F1"] == 4
    assert counts["F4"] == 6
    assert counts["F5"] == 7
    assert all(4 <= n <= 7 for n in counts.values())


def test_every_criterion_is_a_guiding_question(model: LoadedModel) -> None:
    for leaf in model.leaves:
        assert leaf.question is not None
        if leaf.kind == "criterion":
            assert leaf.question["sv"].startswith("Beskriv hur ni"), leaf.id
            assert leaf.question["en"].startswith("Describe how you"), leaf.id


def test_every_node_records_its_provenance(model: LoadedModel) -> None:
    for node in model.nodes.values():
        if node.kind in ("success_factor", "criterion", "result_area"):
            assert node.provenance is not None, node.id
            assert node.provenance.status in ("confirmed", "derived")
    assert all(
        n.provenance and n.provenance.status == "confirmed"
        for n in model.nodes.values()
        if n.kind in ("success_factor", "result_area")
    )


def test_groups_are_weighted_fifty_fifty(model: LoadedModel) -> None:
    wow, results = model.root.children
    assert wow.weight == results.weight
    assert model.weights["ways_of_working"] == pytest.approx(0.5)


@pytest.mark.parametrize("scale_id", ["ways_of_working", "results"])
def test_scales_run_0_to_100_in_tens_with_descriptors(model: LoadedModel, scale_id: str) -> None:
    scale = model.spec.scales[scale_id]
    assert scale_values(scale) == tuple(range(0, 101, 10))
    for value in scale_values(scale):
        band = band_for(scale, value)
        assert band is not None
        assert band.descriptor["sv"] and band.descriptor["en"]


def test_result_areas_have_example_measures(model: LoadedModel) -> None:
    for leaf in model.leaves:
        if leaf.kind == "result_area":
            assert len(leaf.measures) >= 3, leaf.id


def test_installed_wheel_contains_the_model() -> None:
    files = metadata.files("siqassess") or []
    names = {str(f) for f in files}
    if not any(name.endswith(".pth") for name in names) and any(
        n.startswith("siqassess/") for n in names
    ):
        assert "siqassess/models/siq_2019_1.yaml" in names
    else:
        pytest.skip("editable install: the model is read from the checkout")
