"""The SiqError family: every failure a user can cause, with its source location."""

from __future__ import annotations

import errno
from dataclasses import dataclass

from siqassess.textsafe import shown_path


@dataclass(frozen=True)
class Location:
    """A place in a source file; line and column are 1-based, 0 when unknown.

    In a workbook, ``cell`` names the sheet and cell instead, as in ``Frågor!E14``.
    """

    file: str
    line: int = 0
    column: int = 0
    cell: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "file", shown_path(self.file))  # a name, as every output shows it

    def __str__(self) -> str:
        if self.cell:
            return f"{self.file}:{self.cell}"
        if self.line:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file


@dataclass(frozen=True)
class Msg:
    """A message by catalogue key and values, put into the reader's language where it is shown.

    ``str()`` gives English, for logs and for the machine-readable outputs. A value that is
    itself a ``Msg`` is rendered in the same language; ``count`` picks the plural form.
    """

    key: str
    params: tuple[tuple[str, object], ...] = ()
    count: int | None = None

    def text(self, lang: str = "en") -> str:
        """The message in ``lang`` (English for a language without a catalogue)."""
        from siqassess.i18n import t, tn

        values = {k: _in(lang, v) for k, v in self.params}
        if self.count is None:
            return t(lang, self.key, **values)
        return tn(lang, self.key, self.count, **values)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Grouped:
    """A whole number in a message, with the reader's thousands separator: 20,000 or 20 000."""

    value: int

    def text(self, lang: str = "en") -> str:
        """The number in ``lang``."""
        from siqassess.i18n import grouped

        return grouped(lang, self.value)


def _in(lang: str, value: object) -> object:
    """A parameter in ``lang``: messages and grouped numbers rendered, a tuple of messages
    joined with "; "."""
    if isinstance(value, Msg | Grouped):
        return value.text(lang)
    if isinstance(value, tuple) and value and all(isinstance(v, Msg) for v in value):
        return "; ".join(v.text(lang) for v in value)
    return value


def msg(key: str, /, count: int | None = None, **params: object) -> Msg:
    """A ``Msg``: ``msg("err_no_such_file")``, ``msg("err_unanswered", count=3)``."""
    return Msg(key, tuple(params.items()), count)


_ERRNO_KEYS = {
    errno.ENOENT: "os_no_such_file",
    errno.EACCES: "os_permission",
    errno.EPERM: "os_permission",
    errno.EISDIR: "os_is_directory",
    errno.ENOTDIR: "os_not_directory",
    errno.ENOSPC: "os_no_space",
    errno.EDQUOT: "os_quota",
    errno.EROFS: "os_read_only",
    errno.ENAMETOOLONG: "os_name_too_long",
    errno.ELOOP: "os_link_loop",
    errno.EIO: "os_io",
    errno.EMFILE: "os_too_many_open",
    errno.ENFILE: "os_too_many_open",
    errno.EBUSY: "os_busy",
    errno.EFBIG: "os_file_too_large",
}
"""The system's common reasons for refusing a read or a write, in the catalogues' words."""


def os_reason(exc: OSError) -> Msg | str:
    """Why the system refused, in the reader's language for the common causes; any other is in
    the system's own words (English), so nothing is hidden."""
    key = _ERRNO_KEYS.get(exc.errno) if exc.errno is not None else None
    return msg(key) if key else exc.strerror or str(exc)


@dataclass(frozen=True)
class Problem:
    """One finding in one file: where it is, which key it concerns and what is wrong.

    ``message`` is English; a problem made from a ``Msg`` (``Problem.of``) can also be shown in
    the reader's language with ``render(lang)``.
    """

    location: Location
    message: str
    path: str = ""
    msg: Msg | None = None

    @classmethod
    def of(cls, location: Location, message: Msg | str, path: str = "") -> Problem:
        """A problem from a catalogue message (or, for now, a plain English text)."""
        if isinstance(message, Msg):
            return cls(location, str(message), path, message)
        return cls(location, message, path)

    def text(self, lang: str = "en") -> str:
        """What is wrong, in ``lang`` when the problem has a catalogue message."""
        return self.msg.text(lang) if self.msg is not None else self.message

    def render(self, lang: str = "en") -> str:
        """``file:line:column: what is wrong [key.path]``, without the location when unknown."""
        where = f" [{self.path}]" if self.path else ""
        head = f"{self.location}: " if self.location.file else ""
        return f"{head}{self.text(lang)}{where}"

    def __str__(self) -> str:
        where = f" [{self.path}]" if self.path else ""
        return f"{self.location}: {self.message}{where}"


class SiqError(Exception):
    """Base of every error the CLI turns into a message and an exit code."""

    exit_code = 1

    def __init__(self, problems: list[Problem] | Problem | Msg | str) -> None:
        if isinstance(problems, (str, Msg)):
            problems = [Problem.of(Location(""), problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = problems
        super().__init__(str(self))

    def __str__(self) -> str:
        return "; ".join(p.render("en") for p in self.problems)

    def render(self, lang: str) -> list[str]:
        """Each problem as one line in ``lang``."""
        return [p.render(lang) for p in self.problems]


class InputError(SiqError):
    """A file cannot be read or parsed: missing, unreadable, not UTF-8, bad YAML, too large."""


class NotAnswersError(InputError):
    """A readable file of another kind (a workbook that is no questionnaire); scans skip it."""


class ValidationError(SiqError):
    """A file parses but breaks the schema or a semantic rule."""


class ModelMismatchError(ValidationError):
    """An answers file names a different model (id, version or content hash)."""


class UsageError(SiqError):
    """The command line itself is wrong; exit code 2."""

    exit_code = 2


class OutputError(SiqError):
    """An output file cannot be written."""


class WorkerLostError(SiqError):
    """A worker process of ``--jobs`` died (killed, out of memory): not the input's fault;
    exit code 3, as for an internal error."""

    exit_code = 3


class NoTerminalError(UsageError):
    """An interactive command was started without a terminal."""


def dotted(path: tuple[str | int, ...] | list[str | int]) -> str:
    """Render a key path as ``success_factors[2].criteria[0].weight``."""
    out = ""
    for key in path:
        if isinstance(key, int):
            out += f"[{key}]"
        else:
            out += f".{key}" if out else str(key)
    return out
