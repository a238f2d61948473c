"""The built-in model, validated once and kept in the user's cache folder as JSON.

Every command but ``validate`` and ``--help`` needs the model, and parsing the model file and
validating it through its schema took a good part of their start-up. So the first run that
loads a built-in model validates it in full, as before, and writes what came out (the values,
with only the keys the file set, and its content hash) to ``model-KEY.json`` in the user's
cache folder (``~/.cache/siqassess`` on Linux, or ``$XDG_CACHE_HOME/siqassess``). Later runs
read that file and build the model from it without validation
(:mod:`siqassess.criteria.rebuild`).

KEY is the SHA-256 of the model file's bytes, this version of siqassess and the source of the
modules that decide what a valid model is: a model file that differs in one byte, or a
changed schema, finds no cache file and is validated in full. A cache file is used only when
it is a regular file of this user's, writable by no one else, in a folder likewise; anything
else, and any cache file that is not what this module writes, counts as no cache. A cache
that cannot be written (a read-only home) is no error: the model is validated each time.

What it saves (``benchmarks/startup.py``'s cases against the revision before, one run, median
of 5, CPU; the minimal Typer app took 422 ms): ``score ONE`` 711 → 646 ms, ``init`` 600 →
554 ms. The schema classes are defined with ``defer_build``, so a command that takes the model
from here never builds their validators either.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

import orjson

from siqassess import __version__
from siqassess.criteria import rebuild
from siqassess.criteria.tree import LoadedModel, build_tree
from siqassess.errors import SiqError
from siqassess.io import files

FORMAT = 1
MAX_BYTES = 4 * 1024 * 1024
"""Largest cache file read: the built-in model's is about 60 KB."""
_PACKAGE = Path(__file__).resolve().parents[1]
_DECIDE = (
    "criteria/schema.py",
    "criteria/checks.py",
    "criteria/rebuild.py",
    "io/yamlio.py",
    "io/fileschema.py",
    "io/models.py",
    "io/model_cache.py",
)
"""The modules whose source decides what a validated model is (part of the key)."""


def folder() -> Path:
    """The user's cache folder for siqassess."""
    import platformdirs

    return platformdirs.user_cache_path("siqassess")


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
    data = _read_own(folder() / f"model-{wanted}.json")
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
    """Keep a model just validated in full, for the next run; quietly not, if that fails."""
    wanted = key(raw)
    if wanted is None:
        return
    entry = {"key": wanted, "sha256": loaded.sha256, "spec": rebuild.spec_dump(loaded.spec)}
    where = folder()
    path = where / f"model-{wanted}.json"
    with contextlib.suppress(OSError, SiqError):
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        files.write_atomic(path, orjson.dumps(entry).decode("utf-8"))
        os.chmod(path, 0o600)


def _read_own(path: Path) -> bytes | None:
    """The bytes of ``path`` if it and its folder are this user's alone, else ``None``."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        if not _own(os.stat(path.parent), stat.S_ISDIR):
            return None
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not _own(info, stat.S_ISREG) or info.st_size > MAX_BYTES:
            return None
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return b"".join(chunks) if size <= MAX_BYTES else None


def _own(info: os.stat_result, kind: Callable[[int], bool]) -> bool:
    """Whether ``info`` is of ``kind`` (``stat.S_ISREG``…), this user's, and writable by no
    other (no group or world write bit)."""
    uid = os.getuid() if hasattr(os, "getuid") else info.st_uid
    return kind(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o022
