"""The built-in model's wording is the project's own: no 6-word run is shared with a seed text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "models" / "siq_2019_1.yaml"
RUN = 6


def find_seeds() -> Path:
    """``../shared/seeds`` beside the checkout (CI has ``../shared`` beside the clone).

    A git worktree sits a level deeper (``/work/wt/NAME``), so the nearest ancestor's
    ``shared/seeds`` counts too.
    """
    for folder in REPO.parents:
        if (folder / "shared" / "seeds").is_dir():
            return folder / "shared" / "seeds"
    return REPO.parent / "shared" / "seeds"


SEEDS = find_seeds()
# Short names of factors and areas are facts (domain.md §1) and may be used as they are.
NAME_KEYS = frozenset({"name"})


def words(text: str) -> list[str]:
    """Lower-case words; a word hyphenated at a line break (as in the seed PDFs) is joined."""
    joined = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    return re.findall(r"\w+", joined.lower())


def runs(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + RUN]) for i in range(len(tokens) - RUN + 1)}


def model_texts(node: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in the model file with its key path, except the short names."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in NAME_KEYS and path.count(".") <= 2:
                continue
            yield from model_texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from model_texts(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def seed_runs() -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        for run in runs(words(seed.read_text(encoding="utf-8"))):
            found.setdefault(run, seed.name)
    return found


def test_words_joins_hyphenated_line_breaks() -> None:
    assert words("från kund- och intres-\nsentbehov") == ["från", "kund", "och", "intressentbehov"]


def test_model_texts_skip_names_but_keep_everything_else() -> None:
    texts = dict(model_texts(yaml.safe_load(MODEL.read_text(encoding="utf-8"))))
    assert ".success_factors[1].description.sv" in texts
    assert ".success_factors[1].name.sv" not in texts
    assert len(texts) > 250


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed texts not found at {SEEDS}")
def test_no_six_word_run_is_shared_with_a_seed() -> None:
    seeds = seed_runs()
    assert seeds, f"no seed text under {SEEDS}"
    data = yaml.safe_load(MODEL.read_text(encoding="utf-8"))
    shared = [
        f"{path}: {' '.join(run)!r} ({seeds[run]})"
        for path, text in model_texts(data)
        for run in sorted(runs(words(text)) & seeds.keys())
    ]
    assert shared == []
