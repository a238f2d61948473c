"""``siqassess config trust``: record a project file in the user file by path and SHA-256."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from siqassess import config
from siqassess.errors import Location, Problem, UsageError, msg


@dataclass(frozen=True)
class Trusted:
    """What was recorded."""

    path: Path
    sha256: str
    user: Path


def _entry(path: Path, sha256: str) -> str:
    # A JSON string without ASCII escaping is a TOML basic string: only ", \ and controls
    # are escaped, with escapes that TOML shares.
    quoted = json.dumps(str(path), ensure_ascii=False)
    return f'\n[[trusted]]\npath = {quoted}\nsha256 = "{sha256}"\n'


def trust(path: Path | None, *, cwd: Path | None = None, user: Path | None = None) -> Trusted:
    """Trust ``path`` (else the project file found from ``cwd``) from now on, as it is now."""
    if path is None:
        found = config.project_file((cwd or Path.cwd()).resolve())
        if found is None:
            raise UsageError(msg("cfg_no_project"))
        path = found[0]
    path = path.resolve()
    data, _ = config.read_toml(path)
    sha256 = config.digest(data)
    user_path = config.user_file() if user is None else user
    old = ""
    if user_path.exists():
        old_bytes, _ = config.read_toml(user_path)
        old = old_bytes.decode("utf-8")
    if old and not old.endswith("\n"):
        old += "\n"
    text = old + _entry(path, sha256)
    if len(text.encode("utf-8")) > config.MAX_BYTES:
        problem = Problem.of(Location(str(user_path)), msg("err_too_large", limit=1))
        raise UsageError(problem)
    from siqassess.io.files import write_atomic

    user_path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(user_path, text, replace_input=True)
    return Trusted(path, sha256, user_path)
