"""The docs: a short README, a page for every command, and a site that builds (issue #28)."""

from __future__ import annotations

import re

from siqassess.cli.app import COMMANDS

from .helpers import REPO

DOCS = REPO / "docs"


def test_the_readme_stays_short_and_opens_with_the_two_set_up_commands() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200, "README.md: at most 200 lines; move the rest to docs/"
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    assert blocks[:2] == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install . && siqassess assess\n",
        "python3 -m venv .venv && . .venv/bin/activate && pip install '.[test]' && pytest\n",
    ]


def test_every_command_has_a_reference_page_generated_from_its_help() -> None:
    nav = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for entry in COMMANDS:
        page = DOCS / "reference" / "commands" / f"{entry.name}.md"
        assert page.is_file(), f"{entry.name}: add {page.relative_to(REPO)} (see validate.md)"
        text = page.read_text(encoding="utf-8")
        assert ":module: siqassess.cli.reference" in text
        assert f":command: {entry.name.replace('-', '_')}" in text
        assert f"reference/commands/{entry.name}.md" in nav, f"{entry.name}: add it to mkdocs.yml"


def test_every_page_is_in_the_navigation() -> None:
    nav = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md"))
    assert [p for p in pages if f" {p}" not in nav] == []


def test_the_reference_module_gives_each_command_as_click_sees_it() -> None:
    from siqassess.cli import reference

    score = reference.score
    assert score.name == "score"
    assert {"--fail-under", "--format"} <= {o for p in score.params for o in p.opts}
