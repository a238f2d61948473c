"""The tree's shape is asked of the loaded model, in one place."""

from __future__ import annotations

from siqassess.criteria.tree import LoadedModel


def test_groups_sections_and_outline(model: LoadedModel) -> None:
    assert (model.ways_of_working.id, model.results.id) == ("ways_of_working", "results")
    factors = [node.id for node in model.ways_of_working.children]
    assert [node.id for node in model.sections] == [*factors, "results"]
    assert [node.id for node in model.outline] == [
        "ways_of_working",
        *factors,
        "results",
        *(node.id for node in model.results.children),
    ]


def test_every_leaf_is_in_exactly_one_section(model: LoadedModel) -> None:
    found = [leaf.id for section in model.sections for leaf in section.walk() if leaf.is_leaf]
    assert found == [leaf.id for leaf in model.leaves]
    assert {leaf.kind for leaf in model.leaves} == {"criterion", "result_area"}
    assert all(node.children for node in model.nodes.values() if not node.is_leaf)


def test_answers_file_heads_each_section(model: LoadedModel) -> None:
    from siqassess.io.answers import dump_answers, new_answers

    text = dump_answers(new_answers(model, language="en"), model)
    headings = [
        line[len("  # ") :].split(" ", 1)[0]
        for line, before in zip(text.split("\n")[1:], text.split("\n"), strict=False)
        if before == "" and line.startswith("  # ")
    ]
    # A factor is headed by its id; the results group by its name, since its id is internal.
    expected = [s.name["en"] if s.kind == "group" else s.id for s in model.sections]
    assert headings == expected
