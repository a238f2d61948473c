"""Bounds on what a report template may cost: output size, time, memory and recursion.

Templates are trusted but sandboxed (see :mod:`siqassess.reports.render`). The sandbox stops a
template from reaching Python internals; these bounds stop it from hanging the tool or
exhausting the machine: ``'a' * 10**10``, nested loops over ``range(100000)``, a macro that
calls itself, or a string doubled until it fills the memory. Each becomes a
:class:`TemplateLimit` that the renderer reports as a one-line template error.
"""

from __future__ import annotations

import contextlib
import operator
import signal
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

MAX_OUTPUT = 64 * 1024 * 1024
"""Largest report a template may produce, in characters (the largest real one is < 1 MiB)."""

MAX_SECONDS = 30.0
"""Longest a template may render; real reports take well under a second."""

MAX_EXTRA_MEMORY = 1024 * 1024 * 1024
"""Address space a rendering may add to the process before it fails with MemoryError."""

MAX_EXPONENT_BITS = 4096
"""Largest integer ``**`` may build, in bits."""


class TemplateLimit(Exception):
    """A template went over one of the bounds above."""


class BoundedEnvironment(SandboxedEnvironment):
    """The sandbox, with ``*`` and ``**`` checked before they build anything huge."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: jinja2.runtime.Context, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
            return operator.mul(left, right)
        if op == "**":
            _check_power(left, right)
            return operator.pow(left, right)
        return super().call_binop(context, op, left, right)


def _check_repeat(seq: Any, times: Any) -> None:
    repeats = isinstance(seq, str | list | tuple | bytes) and isinstance(times, int)
    if repeats and len(seq) * max(times, 0) > MAX_OUTPUT:
        raise TemplateLimit(f"a value of more than {MAX_OUTPUT:,} items was refused")


def _check_power(base: Any, exponent: Any) -> None:
    ints = isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1
    if ints and exponent > 0 and exponent * abs(base).bit_length() > MAX_EXPONENT_BITS:
        raise TemplateLimit(f"a number of more than {MAX_EXPONENT_BITS} bits was refused")


def render_bounded(page: jinja2.Template, context: Mapping[str, Any]) -> str:
    """Render ``page``, stopping at :data:`MAX_OUTPUT` characters or :data:`MAX_SECONDS`."""
    parts: list[str] = []
    size = 0
    with _deadline(MAX_SECONDS), _memory_cap(MAX_EXTRA_MEMORY):
        try:
            for chunk in page.generate(dict(context)):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise TemplateLimit(
                        f"the report grew over {MAX_OUTPUT // (1024 * 1024)} MiB; refused"
                    )
                parts.append(chunk)
        except RecursionError:
            raise TemplateLimit("recursion is too deep (a macro that calls itself?)") from None
        except MemoryError:
            parts.clear()
            raise TemplateLimit("the template used too much memory; refused") from None
    return "".join(parts)


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`TemplateLimit` in the main thread after ``seconds`` (no-op elsewhere)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise TemplateLimit(f"rendering took longer than {seconds:g} s; stopped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_cap(extra: int) -> Iterator[None]:
    """Cap the address space at its current size plus ``extra`` while the block runs."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        with open("/proc/self/statm", encoding="ascii") as handle:
            used = int(handle.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError):
        yield
        return
    cap = used + extra
    if (soft != resource.RLIM_INFINITY and soft <= cap) or (
        hard != resource.RLIM_INFINITY and hard < cap
    ):
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
