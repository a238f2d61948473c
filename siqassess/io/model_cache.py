"""The built-in model, validated once and kept in the user's cache folder as JSON.

Every command but ``validate`` and ``--help`` needs the model, and parsing the model file and
validating it through its schema took a good part of their start-up. So the first run that
loads a built-in model validates it in full, as before, and writes what came out (the values,
with only the keys the file set, and its content hash) to ``model-KEY.json`` in the user's
cache folder (``~/.cache/siqassess`` on Linux, or ``$XDG_CACHE_HOME/siqassess``). Later runs
read that file and build the model from it without validation
(:mod:`siqassess.criteria.rebuild`). Only this user's own files count (:mod:`.usercache`).

KEY is the SHA-256 of the model file's bytes, this version of siqassess and the source of the
modules that decide what a valid model is: a model file that differs in one byte, or a
changed schema, finds no cache file and is validated in full; so does a cache file that is
not what this module writes.

What it saves (``benchmarks/startup.py``'s cases against the revision before, one run, median
of 5, CPU; the minimal Typer app took 422 ms): ``score ONE`` 711 → 646 ms, ``init`` 600 →
554 ms. The schema classes are defined with ``defer_build``, so a command that takes the model
from here never builds their validators either.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson

from siqassess import __version__
from siqassess.criteria import rebuild
from siqassess.criteria.tree import LoadedModel, build_tree
from siqassess.io import usercache

FORMAT = 1
_PACKAGE = Path(__file__).resolve().parents[1]
_DECIDE = (
    "criteria/schema.py",
    "criteria/checks.py",
    "criteria/rebuild.py",
    "io/yamlio.py",
    "io/fileschema.py",
    "io/models.py",
    "io/model_cache.py",
    "io/usercache.py",
)
"""The modules whose source decides what a validated model is (part of the key)."""


def key(raw: bytes) -> str | None:
    """The cache key of a model file's bytes, or ``None`` if this install's source is not
    readable (then nothing is cached)."""
    digest = hashlib.sha256(raw)
    digest.update(f"\0{FORMAT}\0{__version__}".encode())
    try:
        for module in _DECIDE:
            digest.update(b"\0" + (_PACKAGE / module).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def load(raw: bytes) -> LoadedModel | None:
    """The model these bytes are, from the cache; ``None`` when it has no usable entry."""
    wanted = key(raw)
    if wanted is None:
        return None
    data = usercache.read(f"model-{wanted}.json")
    if data is None:
        return None
    try:
        entry = orjson.loads(data)
        if entry["key"] != wanted or not isinstance(entry["sha256"], str):
            return None
        spec = rebuild.spec_from_dump(entry["spec"])
        return LoadedModel(spec, build_tree(spec), entry["sha256"])
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError):
        return None


def store(raw: bytes, loaded: LoadedModel) -> None:
    """Keep a model just validated in full, for the next run (quietly not, if that fails)."""
    wanted = key(raw)
    if wanted is None:
        return
    entry = {"key": wanted, "sha256": loaded.sha256, "spec": rebuild.spec_dump(loaded.spec)}
    usercache.write(f"model-{wanted}.json", orjson.dumps(entry).decode("utf-8"))
