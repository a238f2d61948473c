"""The pre-commit hook in a repository full of unrelated YAML (issue #15)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .helpers import NEW, REPO

runner = CliRunner()

WORKFLOW = (
    "name: ci\non: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n"
)
CONFIG = "repos:\n  - repo: local\n    hooks: []\n"
BROKEN_ANSWERS = "format: 1\nmodel: {id: siq-2019-1}\nanswers:\n  F1.1: {score: 65}\n"
PROMETHEUS_RULES = (
    "groups:\n  - name: node\n    rules:\n      - alert: HighLoad\n"
    "        expr: node_load1 > 4\n        for: 10m\n"
)


def _repo(root: Path) -> Path:
    (root / ".github/workflows").mkdir(parents=True)
    (root / ".github/workflows/ci.yml").write_text(WORKFLOW, encoding="utf-8")
    (root / ".pre-commit-config.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "docker-compose.yml").write_text("services:\n  db: {image: x}\n", encoding="utf-8")
    (root / "mkdocs.YAML").write_text("site_name: x\n", encoding="utf-8")
    (root / "monitoring").mkdir()
    (root / "monitoring/alerts.yml").write_text(PROMETHEUS_RULES, encoding="utf-8")
    shutil.copy(NEW, root / "norrvik.yaml")
    return root


def test_many_files_skip_unrelated_yaml_and_say_so_under_verbose(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    files = [str(p) for p in sorted(root.rglob("*")) if p.suffix.lower() in (".yml", ".yaml")]
    quiet = runner.invoke(app, ["validate", "--lang", "en", *files])  # norrvik.yaml is Swedish
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stdout.splitlines()[-1] == "1 file checked: all valid; 5 other YAML files skipped"
    assert quiet.stderr == ""
    loud = runner.invoke(app, ["validate", "-v", "--lang", "en", *files])
    skipped = [line for line in loud.stderr.splitlines() if line.startswith("siqassess: skipped")]
    assert len(skipped) == 5
    assert f"siqassess: skipped {root / 'docker-compose.yml'}: neither" in loud.stderr


def test_a_file_that_declares_itself_is_checked_and_prometheus_rules_are_not(
    tmp_path: Path,
) -> None:
    root = _repo(tmp_path)
    (root / "broken.yaml").write_text(BROKEN_ANSWERS, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "validate",
            "--lang",
            "en",
            str(root / "broken.yaml"),
            str(root / "monitoring/alerts.yml"),
        ],
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line for line in lines if "alerts.yml" in line] == []
    assert lines == [
        f"{root / 'broken.yaml'}:2:1: missing required key 'version' [model.version]",
        f"{root / 'broken.yaml'}:2:1: missing required key 'sha256' [model.sha256]",
        "1 file checked: 1 invalid, 2 problems; 1 other YAML file skipped",
    ]


def test_one_unrelated_file_named_alone_is_checked_unless_told(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    alone = runner.invoke(app, ["validate", str(root / "docker-compose.yml")])
    assert alone.exit_code == 1
    told = runner.invoke(app, ["validate", "--skip-other", str(root / "docker-compose.yml")])
    assert told.exit_code == 0
    assert told.stdout.strip() == "0 files checked: all valid; 1 other YAML file skipped"


def _git(root: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@x", GIT_COMMITTER_NAME="t")
    env["GIT_COMMITTER_EMAIL"] = "t@x"
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit is not installed")
def test_hook_passes_on_a_repository_of_unrelated_yaml_and_fails_on_a_bad_answers_file(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # try-repo installs the hook from this checkout's committed HEAD into its own environment:
    # about a minute, so it runs with `pytest --slow` only.
    if not request.config.getoption("--slow"):
        pytest.skip("installs siqassess into a fresh environment (~1 min): run with --slow")
    root = _repo(tmp_path / "scratch")
    _git(root, "init", "-q")
    _git(root, "add", "-A")

    def hook() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pre-commit", "try-repo", str(REPO), "siqassess-validate", "--all-files"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
            env=dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache")),
        )

    ok = hook()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Passed" in ok.stdout
    (root / "broken.yaml").write_text(BROKEN_ANSWERS, encoding="utf-8")
    _git(root, "add", "-A")
    bad = hook()
    assert bad.returncode == 1
    assert "broken.yaml:1:1: missing required key 'model'" in bad.stdout
