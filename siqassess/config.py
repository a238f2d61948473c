"""A consultant's defaults: language, template folder, model, default target, spread threshold,
and how many "discuss first" leaves an aggregate report shows.

Each setting comes from the first of these that has it:

1. the command line (``--lang``, ``--template-dir``, ``--model``, ``--spread``,
   ``--discuss-top``);
2. the environment: ``SIQASSESS_LANG``, ``SIQASSESS_TEMPLATE_DIR``, ``SIQASSESS_MODEL``,
   ``SIQASSESS_TARGET``, ``SIQASSESS_SPREAD``, ``SIQASSESS_DISCUSS_TOP``;
3. the project file: ``siqassess.toml``, or ``[tool.siqassess]`` in ``pyproject.toml``, in the
   current folder or the nearest folder above it that has one;
4. the user file: ``config.toml`` in the platform's config folder (platformdirs:
   ``~/.config/siqassess/`` on Linux);
5. the built-in default.

Paths in a file (``template_dir``, a ``model`` file) are relative to that file's folder.
``siqassess config`` shows every effective value and where it came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from siqassess.errors import Location, Msg, Problem, UsageError, msg
from siqassess.i18n import languages

KEYS = ("lang", "template_dir", "model", "target", "spread", "discuss_top", "lint_disable")
ENV = {key: f"SIQASSESS_{key.upper()}" for key in KEYS}
DEFAULTS: dict[str, str | float | None] = {
    "lang": None,
    "template_dir": None,
    "model": None,
    "target": None,
    "spread": None,
    "discuss_top": None,
    "lint_disable": None,
}
"""None: the command's own rule (the file's language, the built-in templates and model…)."""
_MAX_BYTES = 1 << 20


@dataclass(frozen=True)
class Setting:
    """One effective value and where it came from."""

    key: str
    value: str | float | None
    source: str
    """Where it came from, in English ("project file /x/siqassess.toml")."""
    said: Msg | None = field(default=None, compare=False)
    """The same, as a catalogue message to show in the reader's language."""


def _setting(key: str, value: str | float | None, source: Msg) -> Setting:
    return Setting(key, value, str(source), source)


def _problem(where: str, message: Msg) -> UsageError:
    return UsageError(Problem.of(Location(where), message))


def _parse(key: str, raw: object, where: str, base: Path | None) -> str | float:
    """Check one value; paths from a file are made relative to its folder."""
    if key == "discuss_top":
        count = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        if isinstance(raw, str) and raw.strip().isdigit():
            count = int(raw)
        if count is None or not 0 <= count <= 1000:
            raise _problem(where, msg("cfg_whole_number", key=key, value=repr(raw)))
        return count
    if key in ("target", "spread"):
        try:
            number = float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise _problem(where, msg("cfg_number", key=key, value=repr(raw))) from None
        if not 0 <= number <= 100:
            raise _problem(where, msg("cfg_number", key=key, value=repr(raw)))
        return number
    if key == "lint_disable" and isinstance(raw, list) and all(isinstance(r, str) for r in raw):
        raw = ",".join(raw)  # lint_disable = ["SIQ007", "SIQ008"], or one comma-separated text
    if not isinstance(raw, str) or not raw.strip():
        raise _problem(where, msg("cfg_text", key=key, value=repr(raw)))
    if key == "lang":
        if raw not in languages():
            raise _problem(where, msg("cfg_lang", value=repr(raw), choices=", ".join(languages())))
        return raw
    is_path = key == "template_dir" or raw.lower().endswith((".yaml", ".yml", ".xlsx"))
    if is_path and base is not None and not Path(raw).is_absolute():
        return str(base / raw)
    return raw


def _read_toml(path: Path) -> dict[str, object]:
    try:
        if not path.is_file():
            raise _problem(str(path), msg("err_not_regular"))
        data = path.read_bytes()
        if len(data) > _MAX_BYTES:
            raise _problem(str(path), msg("err_too_large", limit=_MAX_BYTES >> 20))
        return tomllib.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise _problem(str(path), msg("err_cannot_read", reason=str(exc))) from None
    except tomllib.TOMLDecodeError as exc:
        raise _problem(str(path), msg("cfg_not_toml", detail=str(exc))) from None


def project_file(start: Path) -> tuple[Path, dict[str, object]] | None:
    """The nearest ``siqassess.toml`` or ``pyproject.toml`` with ``[tool.siqassess]``."""
    for folder in (start, *start.parents):
        own = folder / "siqassess.toml"
        if own.is_file():
            return own, _read_toml(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool", {})
            table = tool.get("siqassess") if isinstance(tool, dict) else None
            if isinstance(table, dict):
                return pyproject, table
    return None


def user_file() -> Path:
    """Where the user's config file is (it need not exist)."""
    import platformdirs

    return platformdirs.user_config_path("siqassess") / "config.toml"


def _from_file(path: Path, table: Mapping[str, object], label: str) -> dict[str, Setting]:
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        known = ", ".join(KEYS)
        raise _problem(str(path), msg("cfg_unknown", key=repr(unknown[0]), known=known))
    source = msg(label, path=str(path))
    return {
        key: _setting(key, _parse(key, raw, str(path), path.parent), source)
        for key, raw in table.items()
    }


def effective(
    command_line: Mapping[str, str | float | None] | None = None,
    *,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
    user: Path | None = None,
) -> dict[str, Setting]:
    """Every setting with its value and source, by the precedence above."""
    env = os.environ if environ is None else environ
    found = {key: _setting(key, DEFAULTS[key], msg("cfg_src_default")) for key in KEYS}
    user_path = user_file() if user is None else user
    if user_path.is_file():
        found.update(_from_file(user_path, _read_toml(user_path), "cfg_src_user"))
    project = project_file((cwd or Path.cwd()).resolve())
    if project is not None:
        found.update(_from_file(project[0], project[1], "cfg_src_project"))
    for key, name in ENV.items():
        if env.get(name):
            source = msg("cfg_src_env", name=name)
            found[key] = _setting(key, _parse(key, env[name], name, None), source)
    for key, value in (command_line or {}).items():
        if value is not None:
            found[key] = _setting(key, value, msg("cfg_src_cli"))
    return found


def value(key: str, given: str | float | None) -> str | float | None:
    """The effective value of ``key`` when the command line gave ``given`` (None: not given)."""
    if given is not None:
        return given
    return effective()[key].value


def text(key: str, given: str | None) -> str | None:
    """A text setting (lang, model): ``given``, else the configured value, else None."""
    found = value(key, given)
    return None if found is None else str(found)


def number(key: str, given: float | None) -> float | None:
    """A number setting (target, spread, discuss_top)."""
    found = value(key, given)
    return None if found is None else float(found)


def path(key: str, given: Path | None) -> Path | None:
    """A folder or file setting (template_dir)."""
    found = value(key, None if given is None else str(given))
    return None if found is None else Path(str(found))
