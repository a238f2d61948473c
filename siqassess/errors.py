"""The SiqError family: every failure a user can cause, with its source location."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in a source file; line and column are 1-based, 0 when unknown.

    In a workbook, ``cell`` names the sheet and cell instead, as in ``Frågor!E14``.
    """

    file: str
    line: int = 0
    column: int = 0
    cell: str = ""

    def __str__(self) -> str:
        if self.cell:
            return f"{self.file}:{self.cell}"
        if self.line:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file


@dataclass(frozen=True)
class Problem:
    """One finding in one file: where it is, which key it concerns and what is wrong."""

    location: Location
    message: str
    path: str = ""

    def __str__(self) -> str:
        where = f" [{self.path}]" if self.path else ""
        return f"{self.location}: {self.message}{where}"


class SiqError(Exception):
    """Base of every error the CLI turns into a message and an exit code."""

    exit_code = 1

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(Location(""), problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = problems
        super().__init__(str(self))

    def __str__(self) -> str:
        return "; ".join(_one(p) for p in self.problems)


def _one(problem: Problem) -> str:
    if problem.location.file:
        return str(problem)
    return problem.message + (f" [{problem.path}]" if problem.path else "")


class InputError(SiqError):
    """A file cannot be read or parsed: missing, unreadable, not UTF-8, bad YAML, too large."""


class ValidationError(SiqError):
    """A file parses but breaks the schema or a semantic rule."""


class ModelMismatchError(ValidationError):
    """An answers file names a different model (id, version or content hash)."""


class UsageError(SiqError):
    """The command line itself is wrong; exit code 2."""

    exit_code = 2


class OutputError(SiqError):
    """An output file cannot be written."""


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
