"""Shared checks for the release tests: strict HTML5 with unique ids, running the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import html5lib  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
OLD = EXAMPLES / "norrvik-2025.yaml"
NEW = EXAMPLES / "norrvik-2026.yaml"
TEAM = EXAMPLES / "team"


def check_html(text: str) -> None:
    """Fail unless ``text`` is strict HTML5 in which no id is used twice."""
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    ids = Counter(el.get("id") for el in tree.iter() if el.get("id") is not None)
    twice = sorted(key for key, count in ids.items() if count > 1)
    assert not twice, f"ids used more than once: {twice}"


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m siqassess`` as a user would, with stdout and stderr as raw bytes."""
    full = dict(os.environ)
    full.pop("PYTHONIOENCODING", None)
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "siqassess", *map(str, args)],
        capture_output=True,
        env=full,
        cwd=cwd or REPO,
        timeout=120,
        check=False,
    )
