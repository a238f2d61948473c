"""Cross-check siqassess's Krippendorff's α (interval) against the ``krippendorff`` package.

Not part of the test run: the package is GPL-3.0 and needs NumPy, so siqassess does not depend
on it. In a throw-away environment: ``pip install krippendorff`` beside siqassess, then
``python benchmarks/krippendorff_check.py``. Prints the largest difference over random
reliability matrices (scores 0–100 in steps of 10, a fifth of them missing) and the time our
linear version takes for 2,000 assessors × 32 questions.
"""

from __future__ import annotations

import random
import sys
import time

from siqassess.core.calibration import krippendorff_interval


def main() -> int:
    """Compare on 500 random matrices; time a large one."""
    rng = random.Random(7)
    big = [[rng.randrange(0, 101, 10) for _ in range(32)] for _ in range(2000)]
    start = time.perf_counter()
    krippendorff_interval(big)
    print(f"2,000 assessors × 32 questions: {time.perf_counter() - start:.3f} s")
    try:
        import krippendorff  # type: ignore[import-not-found]
        import numpy as np  # type: ignore[import-not-found]
    except ImportError:
        print("krippendorff is not installed here: pip install krippendorff", file=sys.stderr)
        return 0
    worst = 0.0
    for _ in range(500):
        coders, units = rng.randint(2, 8), rng.randint(2, 40)
        data = [
            [rng.randrange(0, 101, 10) if rng.random() > 0.2 else None for _ in range(units)]
            for _ in range(coders)
        ]
        ours = krippendorff_interval(data)
        grid = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
        try:
            theirs = krippendorff.alpha(reliability_data=grid, level_of_measurement="interval")
        except ValueError:  # nothing pairable, or no variation: ours is None there too
            continue
        if ours is not None and not np.isnan(theirs):
            worst = max(worst, abs(ours - theirs))
    print(f"largest difference from krippendorff over 500 random matrices: {worst:.1e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
