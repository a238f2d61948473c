"""A consultant's defaults for every option of every command, and which files may set them.

Each option of a command takes its default from the first of these that has it:

1. the command line;
2. the environment: ``SIQASSESS_<COMMAND>_<OPTION>`` for one command
   (``SIQASSESS_REPORT_FORMAT=html``), ``SIQASSESS_<KEY>`` for the shared keys below;
3. the project file: ``siqassess.toml``, or ``[tool.siqassess]`` in ``pyproject.toml``, in the
   current folder or the nearest folder above it that has one;
4. the user file: ``config.toml`` in the platform's config folder (platformdirs:
   ``~/.config/siqassess/`` on Linux);
5. the command's own default.

In a file, the shared keys (:data:`KEYS`) are top-level and apply to every command that has
the option; any option of one command goes in that command's table (``[report]``,
``[model-show]``), named by its long option (``template_dir`` for ``--template-dir``).

**Trust.** A project file is found by searching folders, so it may be a client's: it may set
only harmless defaults (:data:`SAFE`: language, default target, spread, discuss-top, output
format…). A template folder, a model file, an output path, or anything else that loads code,
writes somewhere or changes what a score means, comes only from the command line, the
environment, the user file, or a project file the user has trusted (``siqassess config
trust``, recorded in the user file by path and SHA-256, so an edited file is untrusted again).
A refused key is one notice naming key and file (many are one notice with their count and the
first few); the rest of the file still applies.

A config file is untrusted input: at most :data:`MAX_BYTES`, regular files only, nesting at
most :data:`MAX_DEPTH` deep. One that cannot be read is skipped with a notice.
Paths in a file are relative to that file's folder.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from siqassess.errors import Grouped, InputError, Location, Msg, Problem, UsageError, msg
from siqassess.i18n import languages

KEYS = ("lang", "template_dir", "model", "target", "spread", "discuss_top", "lint_disable")
"""The shared keys: top-level in a file, ``SIQASSESS_<KEY>`` in the environment."""
ENV = {key: f"SIQASSESS_{key.upper()}" for key in KEYS}
SAFE = frozenset(
    {
        "lang",
        "target",
        "spread",
        "discuss_top",
        "min_respondents",
        "format",
        "kind",
        "detail",
        "jobs",
        "title",
        "summary",
        "organisation",
        "respondent",
        "csv_dialect",
    }
)
"""What a project file may set without being trusted: nothing here loads code, picks a file
to read or write, or changes a score or an exit code."""
DEFAULTS: dict[str, str | float | None] = dict.fromkeys(KEYS)
"""None: the command's own rule (the file's language, the built-in templates and model…)."""
MAX_BYTES = 1 << 20
MAX_DEPTH = 4
"""Our table → a command's table → a list → a table: deeper is no config of ours."""
PATH_KEYS = frozenset({"template_dir", "output", "from", "old_model", "new_model"})


@dataclass(frozen=True)
class Setting:
    """One effective value and where it came from."""

    key: str
    value: object
    source: str
    """Where it came from, in English ("project file /x/siqassess.toml")."""
    said: Msg | None = field(default=None, compare=False)
    """The same, as a catalogue message to show in the reader's language."""
    where: str = field(default="", compare=False)
    """The file or variable that set it ("" for the command line and the default)."""

    @property
    def configured(self) -> bool:
        """Whether a file or the environment set it."""
        return bool(self.where)


@dataclass(frozen=True)
class Layer:
    """One config file as read: its keys, tables and whether it may set every key."""

    label: str
    """``cfg_src_user`` or ``cfg_src_project``."""
    path: Path
    top: Mapping[str, object]
    tables: Mapping[str, Mapping[str, object]]
    trusted: bool

    def source(self) -> Msg:
        return msg(self.label, path=str(self.path))


@dataclass(frozen=True)
class Found:
    """The config files that apply here, and what was skipped or refused in them."""

    layers: tuple[Layer, ...]
    """The user file, then the project file (a later one wins)."""
    notices: tuple[Problem, ...]


def _setting(key: str, value: object, source: Msg, where: str = "") -> Setting:
    return Setting(key, value, str(source), source, where)


def _problem(where: str, message: Msg) -> UsageError:
    return UsageError(Problem.of(Location(where), message))


def parse(key: str, raw: object, where: str, base: Path | None) -> object:
    """Check a shared key's value; a path from a file is made relative to its folder."""
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
    if key not in KEYS:
        return relative(key, raw, base)
    if key == "lint_disable" and isinstance(raw, list) and all(isinstance(r, str) for r in raw):
        raw = ",".join(raw)  # lint_disable = ["SIQ007", "SIQ008"], or one comma-separated text
    if not isinstance(raw, str) or not raw.strip():
        raise _problem(where, msg("cfg_text", key=key, value=repr(raw)))
    if key == "lang":
        if raw not in languages():
            raise _problem(where, msg("cfg_lang", value=repr(raw), choices=", ".join(languages())))
        return raw
    return relative(key, raw, base)


def relative(key: str, raw: object, base: Path | None) -> object:
    """A path from a file, made relative to its folder (a model id is left as it is)."""
    if not isinstance(raw, str) or base is None or Path(raw).is_absolute():
        return raw
    is_path = key in PATH_KEYS or (
        key in ("model", "old_model", "new_model")
        and raw.lower().endswith((".yaml", ".yml", ".xlsx"))
    )
    return str(base / raw) if is_path else raw


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def read_toml(path: Path) -> tuple[bytes, dict[str, object]]:
    """A config file's bytes and table; InputError when it cannot be read at all."""
    from siqassess.io.files import read_bytes

    data = read_bytes(path, MAX_BYTES)
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _problem(str(path), msg("cfg_not_toml", detail=str(exc))) from None
    except tomllib.TOMLDecodeError as exc:
        raise _problem(str(path), msg("cfg_not_toml", detail=str(exc))) from None
    except RecursionError:
        raise _problem(str(path), msg("cfg_too_deep", limit=MAX_DEPTH)) from None
    return data, table


def _is_file(path: Path, unsure: bool = False) -> bool:
    """Whether a config file is at ``path``; ``unsure`` when its folder cannot be searched."""
    try:
        return path.is_file() or (path.exists() and not path.is_dir())
    except OSError:
        return unsure


def project_file(start: Path) -> tuple[Path, bytes, dict[str, object]] | None:
    """The nearest ``siqassess.toml`` or ``pyproject.toml`` with ``[tool.siqassess]``."""
    for folder in (start, *start.parents):
        own = folder / "siqassess.toml"
        if _is_file(own):
            data, table = read_toml(own)
            return own, data, table
        pyproject = folder / "pyproject.toml"
        if _is_file(pyproject):
            data, whole = read_toml(pyproject)
            tool = whole.get("tool", {})
            own_table = tool.get("siqassess") if isinstance(tool, dict) else None
            if isinstance(own_table, dict):
                return pyproject, data, own_table
    return None


def user_file() -> Path:
    """Where the user's config file is (it need not exist)."""
    import platformdirs

    return platformdirs.user_config_path("siqassess") / "config.toml"


def digest(data: bytes) -> str:
    """The SHA-256 that trusts one version of a project file."""
    return hashlib.sha256(data).hexdigest()


def _trusted(user_top: Mapping[str, object], path: Path, data: bytes) -> bool:
    records = user_top.get("trusted", [])
    want = (str(path), digest(data))
    return isinstance(records, list) and any(
        isinstance(r, dict) and (r.get("path"), r.get("sha256")) == want for r in records
    )


def _layer(label: str, path: Path, table: Mapping[str, object], trusted: bool) -> Layer:
    if _depth(table) > MAX_DEPTH:
        raise _problem(str(path), msg("cfg_too_deep", limit=MAX_DEPTH))
    top = {k: v for k, v in table.items() if not isinstance(v, dict) and k != "trusted"}
    tables = {k: v for k, v in table.items() if isinstance(v, dict)}
    unknown = sorted(set(top) - set(KEYS))
    if unknown:
        known = ", ".join(KEYS)
        raise _problem(str(path), msg("cfg_unknown", key=repr(unknown[0]), known=known))
    return Layer(label, path, top, tables, trusted)


def find(*, cwd: Path | None = None, user: Path | None = None) -> Found:
    """The user file and the project file that apply in ``cwd``; unreadable ones skipped."""
    layers: list[Layer] = []
    notices: list[Problem] = []
    user_path = user_file() if user is None else user
    user_top: Mapping[str, object] = {}
    try:
        if _is_file(user_path, unsure=True):  # reading it says why it cannot be read
            _, user_top = read_toml(user_path)
            layers.append(_layer("cfg_src_user", user_path, user_top, True))
    except InputError as exc:
        notices.extend(_skipped(exc))
    try:
        project = project_file((cwd or Path.cwd()).resolve())
    except InputError as exc:
        notices.extend(_skipped(exc))
        project = None
    if project is not None:
        path, data, table = project
        layer = _layer("cfg_src_project", path, table, _trusted(user_top, path, data))
        layers.append(layer)
        notices.extend(refusals(layer))
    return Found(tuple(layers), tuple(notices))


def _skipped(exc: InputError) -> list[Problem]:
    return [Problem.of(p.location, msg("cfg_skipped", reason=p.message)) for p in exc.problems]


FOLD = 3
"""More refused keys than this in one file are one notice: their count and the first few."""


def refusals(layer: Layer) -> list[Problem]:
    """The keys that an untrusted project file may not set: one notice each, or, when there
    are more than :data:`FOLD`, one notice with their count and the first :data:`FOLD`."""
    if layer.trusted:
        return []
    keys = [k for k in layer.top if k not in SAFE]
    keys += [f"{name}.{k}" for name, t in layer.tables.items() for k in t if k not in SAFE]
    where = Location(str(layer.path))
    if len(keys) > FOLD:
        first = ", ".join(keys[:FOLD])
        folded = msg("cfg_refused_many", total=Grouped(len(keys)), keys=first)
        return [Problem.of(where, folded)]
    return [Problem.of(where, msg("cfg_refused", key=k, path=str(layer.path))) for k in keys]


def allowed(layer: Layer, key: str) -> bool:
    """Whether ``layer`` may set ``key``."""
    return layer.trusted or key in SAFE


def effective(
    command_line: Mapping[str, str | float | None] | None = None,
    *,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
    user: Path | None = None,
    found: Found | None = None,
) -> dict[str, Setting]:
    """Every shared key with its value and source, by the precedence above."""
    return settings(KEYS, None, command_line, found or find(cwd=cwd, user=user), environ=environ)


def settings(
    keys: Iterable[str],
    command: str | None,
    command_line: Mapping[str, object] | None,
    found: Found,
    *,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Setting]:
    """``keys`` of ``command`` (None: the shared keys alone) with their values and sources."""
    env = os.environ if environ is None else environ
    out: dict[str, Setting] = {}
    for key in keys:
        out[key] = _setting(key, DEFAULTS.get(key), msg("cfg_src_default"))
        for layer in found.layers:
            if not allowed(layer, key):
                continue
            where, base = str(layer.path), layer.path.parent
            for table in (layer.top, layer.tables.get(command or "", {})):
                if key in table:
                    value = parse(key, table[key], where, base)
                    out[key] = _setting(key, value, layer.source(), where)
        names = [ENV[key]] if key in ENV else []
        if command:
            names.append(env_name(command, key))
        for name in names:
            if env.get(name):
                value = parse(key, env[name], name, None)
                out[key] = _setting(key, value, msg("cfg_src_env", name=name), name)
        given = (command_line or {}).get(key)
        if given is not None:
            out[key] = _setting(key, given, msg("cfg_src_cli"))
    return out


def env_name(command: str, key: str) -> str:
    """``SIQASSESS_REPORT_FORMAT``: the variable for one command's option."""
    return f"SIQASSESS_{command}_{key}".upper().replace("-", "_").replace(" ", "_")


def value(key: str, given: str | float | None) -> object:
    """The effective value of a shared key when the command line gave ``given``."""
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
    return None if found is None else float(str(found))
