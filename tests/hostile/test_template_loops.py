"""Every way a template can loop counts against one budget of steps (#23 §3).

``range(1e9)`` exited 3 (a TypeError escaped the sandbox's refusal); loops over strings,
lists and filters, nested or recursive, ran until the 30-second clock.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .test_templates import _report

REFUSED = "template stopped: the loops took more than 1,000,000 steps; refused"
LOOPS = {
    "range_float": ("{% for i in range(1e9) %}{% endfor %}", "range() takes whole numbers"),
    "range_huge": ("{% for i in range(10**9) %}{% endfor %}", REFUSED),
    "range_in_filter": ("{{ range(10**9) | list | length }}", REFUSED),
    "nested_ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        REFUSED,
    ),
    "nested_strings": (
        "{% for a in 'x' * 5000 %}{% for b in 'x' * 5000 %}{% endfor %}{% endfor %}",
        REFUSED,
    ),
    "nested_lists_in_a_macro": (
        "{% macro m(xs) %}{% for a in xs %}{% for b in xs %}{% endfor %}{% endfor %}"
        "{% endmacro %}{{ m(('x' * 3000) | list) }}",
        REFUSED,
    ),
    "loop_in_a_set_block": (
        "{% set s %}{% for a in 'y' * 2000 %}{% for b in 'y' * 2000 %}{% endfor %}{% endfor %}"
        "{% endset %}{{ s }}",
        REFUSED,
    ),
    "float_step": ("{{ range(0, 10, 0.5) | list }}", "range() takes whole numbers"),
    "zero_division": ("{{ 1 // 0 }}", "ZeroDivisionError: integer division or modulo by zero"),
}


@pytest.mark.parametrize("case", sorted(LOOPS))
def test_every_loop_is_bounded_and_refused_in_one_line(case: str, tmp_path: Path) -> None:
    template, message = LOOPS[case]
    started = time.monotonic()
    code, err = _report(tmp_path, template)
    assert time.monotonic() - started < 15  # the clock stops at 30 s; the budget far sooner
    assert code == 1, err
    (line,) = err.splitlines()
    assert line.startswith("siqassess: error: "), line
    assert line.endswith("template stopped: " + message.removeprefix("template stopped: ")), line


def test_a_real_report_stays_far_below_the_budget(tmp_path: Path) -> None:
    code, err = _report(tmp_path, "{% include 'siqassess/report.md.j2' %}")
    assert (code, err) == (0, "")
