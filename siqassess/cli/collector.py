"""The cyclic garbage collector during one run: off while siqassess starts, out of the exit.

Start-up (Typer, pydantic and their schemas, the command's modules) makes a few hundred
thousand objects that live until the process ends, and next to no garbage. The collector
still walked them again and again while they were made, then all of them once more at exit,
when the interpreter collects whatever is left. That was about a fifth of the CPU time of
``score`` of one file and of ``validate``, and more of ``init`` (``benchmarks/startup.py``).

So ``main`` pauses the collector first thing; the root group resumes it as a command starts,
after freezing what exists (``gc.freeze``: those objects are never walked again, and they
would have lived until exit anyway); ``main`` freezes again on the way out, so the collection
at exit has nothing to walk. Garbage made while a command runs is collected as before.
Only ``main`` pauses: an app invoked in-process (``CliRunner`` in the tests) keeps its
host's collector as it is.

Kept because a benchmark defends it (issue #21's bar: more than 5% of a command's start-up).
``benchmarks/startup.py``'s cases, this module on and off (its three functions made no-ops)
in one run, median of 5, CPU, re-measured for issue #29 (2de935e): ``--help`` 311 → 440 ms
without it (+41%), ``validate`` 410 → 462 ms (+13%), ``score`` of one file 561 → 730 ms
(+30%), ``init`` 561 → 674 ms (+20%), ``report -o x.html`` 663 → 783 ms (+18%), ``compare``
687 → 925 ms (+35%), the first ``assess`` screen 798 → 1,133 ms (+42%). (A loaded machine:
the minimal Typer app took 370 ms in that run.)
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Turn the collector off until ``resume``: the process is starting."""
    global _paused
    gc.disable()
    _paused = True


def resume() -> None:
    """Start-up is over: freeze what it made and turn the collector back on (once, after
    ``pause`` only)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def finish() -> None:
    """The process is ending: leave nothing for the collection at exit to walk."""
    gc.freeze()
