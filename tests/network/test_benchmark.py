"""`siqassess benchmark` on the example network: checks first, codes, golden reports, the key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .conftest import NETWORK, ROOT, check_golden

runner = CliRunner()


@pytest.fixture
def key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example network's key, run from the repository root."""
    monkeypatch.chdir(ROOT)
    copy = tmp_path / "key.yaml"
    shutil.copy(NETWORK / "key.yaml", copy)
    return copy


def _run(*args: str) -> object:
    return runner.invoke(app, ["benchmark", *args])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_network_report_matches_golden(
    lang: str, key: Path, request: pytest.FixtureRequest
) -> None:
    result = runner.invoke(
        app,
        [
            "benchmark",
            "examples/network",
            "--key",
            str(key),
            "-f",
            "md",
            "--lang",
            lang,
            "--segment",
        ],
    )
    assert result.exit_code == 1, result.output  # a duplicate and another model were left out
    check_golden(f"network.{lang}.md", result.stdout, request)
    text = result.stdout
    # Checks come before any figure.
    assert text.index("## " + ("Kontroller" if lang == "sv" else "Checks")) < text.index(
        "## " + ("Nätverket, nod för nod" if lang == "sv" else "The network, node by node")
    )
    # No organisation's name, note or file name reaches the network's report.
    for name in ("Åby", "Forsa", "-kommun", "Kommunledningen", "Intern anteckning", ".yaml"):
        assert name not in text


def test_checks_name_files_on_the_coordinators_terminal_only(key: Path) -> None:
    result = runner.invoke(
        app, ["benchmark", "examples/network", "--key", str(key), "--lang", "en"]
    )
    assert result.stderr.splitlines() == [
        "siqassess: warning: examples/network/2026/aby-kommun.yaml: Member G: a second file for "
        "2026; left out (the first one read counts).",
        "siqassess: warning: examples/network/2026/ivarsby-kommun.yaml: Member C: 1 of 32 "
        "questions unanswered in 2026; its figures rest on the answered ones.",
        "siqassess: warning: examples/network/2026/jornvik-kommun.yaml: Member A: answers "
        "another model (siq-2019-1 2019:0); left out.",
    ]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_per_member_pages_match_golden(
    lang: str, key: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    pages = tmp_path / "pages"
    args = ["examples/network", "--key", str(key), "-f", "md", "--lang", lang]
    result = runner.invoke(
        app, ["benchmark", *args, "--per-member", str(pages), "-o", str(tmp_path / "n.md")]
    )
    assert result.exit_code == 1, result.output
    names = sorted(p.name for p in pages.iterdir())
    assert names == [
        "aby-kommun.md",
        "bergvik-kommun.md",
        "dalsjo-kommun.md",
        "ekeby-kommun.md",
        "forsa-kommun.md",
        "grano-kommun.md",
        "hallstad-kommun.md",
        "ivarsby-kommun.md",
        "kullen-kommun.md",
    ]
    page = (pages / "forsa-kommun.md").read_text(encoding="utf-8")
    check_golden(f"member.{lang}.md", page, request)
    # Its own code only: no other member's code or name.
    assert "Forsa" in page
    for other in ("Åby", "Bergvik", "Dalsjö", "Ekeby", "Granö", "hallstad", "ivarsby", "kullen"):
        assert other not in page


def test_strengths_are_shared_only_with_consent(key: Path) -> None:
    result = runner.invoke(app, ["benchmark", "examples/network", "--key", str(key), "-f", "json"])
    doc = json.loads(result.stdout)
    codes = {
        line.split(": ")[1]: line.split(":")[0].strip()
        for line in key.read_text(encoding="utf-8").splitlines()
        if line.startswith("  ")
    }
    forsa = codes["Forsa kommun"]  # its file says share_strengths: false
    ekeby = codes["Ekeby kommun"]  # consents
    learners = [m for pair in doc["learning"] for m in pair["members"]]
    assert any(m["code"] == forsa for m in learners)
    assert all(m["strengths"] == [] for m in learners if m["code"] == forsa)
    assert any(m["strengths"] for m in learners if m["code"] == ekeby)


def test_the_key_keeps_codes_from_year_to_year_and_codes_new_members(
    key: Path, tmp_path: Path
) -> None:
    before = key.read_text(encoding="utf-8")
    result = runner.invoke(
        app, ["benchmark", "examples/network", "--key", str(key), "--year", "2024", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert key.read_text(encoding="utf-8") == before  # no new member: the key is not rewritten
    fresh = tmp_path / "fresh.yaml"
    result = runner.invoke(
        app, ["benchmark", "examples/network/2024", "--key", str(fresh), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    codes = [
        line.split(":")[0].strip()
        for line in fresh.read_text(encoding="utf-8").splitlines()
        if line.startswith("  ")
    ]
    assert sorted(codes) == list("ABCDEFGHIJ")


def test_the_key_is_never_an_input_nor_the_output(key: Path, tmp_path: Path) -> None:
    member = "examples/network/2026/ekeby-kommun.yaml"
    before = Path(member).read_bytes()
    result = runner.invoke(
        app, ["benchmark", "examples/network/2026", member, "--key", member, "--lang", "en"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"siqassess: error: {member}: --key names a file this command reads; "
        "give the key its own file\n"
    )
    assert Path(member).read_bytes() == before
    result = runner.invoke(
        app, ["benchmark", "examples/network", "--key", str(key), "-o", str(key.with_suffix(".md"))]
    )
    assert result.exit_code == 1
    before_key = key.read_bytes()
    result = runner.invoke(
        app, ["benchmark", "examples/network", "--key", str(key), "-f", "md", "-o", str(key)]
    )
    assert result.exit_code == 2, result.output
    assert key.read_bytes() == before_key


def test_jsonl_has_one_line_per_member_and_node(key: Path) -> None:
    result = runner.invoke(app, ["benchmark", "examples/network", "--key", str(key), "-f", "jsonl"])
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 9 * 37  # 9 members in 2026 × (5 factors + 27 criteria + 5 result areas)
    assert {x["year"] for x in lines} == {2026}
    assert all("score" not in x for x in lines)  # quartiles, never a member's score


def test_network_json_validates_against_the_published_schema(key: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    for kind, args in (("network", ["-f", "json"]),):
        schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        doc = json.loads(
            runner.invoke(app, ["benchmark", "examples/network", "--key", str(key), *args]).stdout
        )
        jsonschema.validate(doc, schema)
