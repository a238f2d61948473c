"""Bounds on what a report template may cost: output size, time, memory and recursion.

Templates are trusted but sandboxed (see :mod:`siqassess.reports.render`). The sandbox stops a
template from reaching Python internals; these bounds stop it from hanging the tool or
exhausting the machine: ``'a' * 10**10``, nested loops over ``range(100000)``, a macro that
calls itself, or a string doubled until it fills the memory. Each becomes a
:class:`TemplateLimit` that the renderer reports as a one-line template error.
"""

from __future__ import annotations

import contextlib
import contextvars
import operator
import signal
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

MAX_OUTPUT = 64 * 1024 * 1024
"""Largest report a template may produce, in characters (the largest real one is < 1 MiB)."""

MAX_SECONDS = 30.0
"""Longest a template may render; real reports take well under a second."""

MAX_EXTRA_MEMORY = 1024 * 1024 * 1024
"""Address space a rendering may add to the process before it fails with MemoryError."""

MAX_EXPONENT_BITS = 4096
"""Largest integer ``**`` may build, in bits."""

MAX_LOOP_STEPS = 1_000_000
"""Most steps all the loops of one rendering may take together, nested loops included (a real
report takes a few thousand). ``range(1e9)``, ``range(10**9)`` and a loop inside a loop over
``range(100000)`` are refused at once, not after :data:`MAX_SECONDS`."""

_LOOP = "_siq_loop"
_steps: contextvars.ContextVar[list[int]] = contextvars.ContextVar("siq_loop_steps")


def _step(count: int = 1) -> None:
    left = _steps.get(None)
    if left is None:
        return
    left[0] -= count
    if left[0] < 0:
        raise TemplateLimit(f"the loops took more than {MAX_LOOP_STEPS:,} steps; refused")


def _loop(iterable: Any) -> Iterator[Any]:
    """Every ``{% for %}`` iterates through this: each step counts against the budget."""
    for item in iterable:
        _step()
        yield item


def _range(*args: Any) -> range:
    """``range`` of whole numbers, its length counted against the loop budget at once."""
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        raise TemplateLimit("range() takes whole numbers")
    made = range(*args)
    _step(len(made))
    return made


class TemplateLimit(Exception):
    """A template went over one of the bounds above."""


class BoundedEnvironment(SandboxedEnvironment):
    """The sandbox, with ``*`` and ``**`` checked before they build anything huge, and every
    loop's steps counted (each ``for`` is rewritten to iterate through :func:`_loop`)."""

    intercepted_binops = frozenset(["*", "**"])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _range
        self.globals[_LOOP] = _loop

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name(_LOOP, "load"), [loop.iter], [], None, None)
        return tree

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


def render_bounded(page: jinja2.Template, context: Mapping[str, object]) -> str:
    """Render ``page``, stopping at :data:`MAX_OUTPUT` characters or :data:`MAX_SECONDS`."""
    parts: list[str] = []
    size = 0
    budget = _steps.set([MAX_LOOP_STEPS])
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
        except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
            if isinstance(exc, jinja2.TemplateError) or not _from_template(exc):
                raise  # Jinja's own (the renderer words them), or our own bug: it surfaces
            raise TemplateLimit(f"{type(exc).__name__}: {exc}") from None
        finally:
            _steps.reset(budget)
    return "".join(parts)


def _from_template(exc: BaseException) -> bool:
    """Whether ``exc`` is the template's doing: raised in a template line (``1 // 0``) or in
    Jinja called from one; anywhere else it is a bug of ours, which surfaces as one."""
    tb, last = exc.__traceback__, ""
    while tb is not None:
        last = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return last.endswith(".j2") or last.startswith(_JINJA)


_JINJA = str(Path(jinja2.__file__).resolve().parent)


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
