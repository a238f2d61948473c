"""The feedback report's render time, as ratios measured in one process.

Run: python benchmarks/feedback.py [--runs N] [--pdf]

1. Per format (txt, md, html; pdf with --pdf and the extra installed): the feedback report of
   the example against the gap report of the same file in the same format. Both start from the
   scored answers, so the ratio is what `--kind feedback` costs over the default.
2. Cost against input size: the example with 200, 400, 800 and 1600 findings per leaf (half
   strengths, half areas for improvement with one action each), rendered as html; each ratio is
   to the row before, so linear cost prints about 2.0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from siqassess.core.scoring import score  # noqa: E402
from siqassess.io.answers import (  # noqa: E402
    Action,
    Answer,
    AnswersFile,
    Improvement,
    leaf_inputs,
)
from siqassess.io.assessment import read_assessment  # noqa: E402
from siqassess.reports.context import build_context  # noqa: E402
from siqassess.reports.feedback import TEMPLATE, build_feedback  # noqa: E402
from siqassess.reports.render import render_report  # noqa: E402

EXAMPLE = ROOT / "examples" / "norrvik-2026.yaml"


def timed(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls, after one warm-up."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def with_findings(answers: AnswersFile, n: int) -> AnswersFile:
    """A copy of ``answers`` where every leaf carries ``n`` findings."""
    out = answers.model_copy(deep=True)
    for leaf_id, answer in list(out.answers.items()):
        base = answer or Answer()
        action = Action(text="Åtgärd", owner="Anna Lind", status="in_progress")
        out.answers[leaf_id] = base.model_copy(
            update={
                "strengths": [f"Styrka {i} <b>&</b> | text" for i in range(n // 2)],
                "improvements": [
                    Improvement(text=f"Förbättring {i}", actions=[action]) for i in range(n // 2)
                ],
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf", action="store_true", help="also pdf (needs the pdf extra, Typst)")
    args = parser.parse_args()
    read = read_assessment(EXAMPLE)
    model, answers = read.model, read.answers
    result = score(model, leaf_inputs(answers), answers.default_target)

    def gap(fmt: str) -> str:
        return render_report(build_context(model, answers, result, lang="sv"), fmt).text

    def feedback(fmt: str, found: AnswersFile = answers) -> str:
        report = build_feedback(model, found, result, lang="sv")
        return render_report(report.variables(), fmt, template=TEMPLATE).text

    for fmt in ("txt", "md", "html"):
        t_gap = timed(lambda fmt=fmt: gap(fmt), args.runs)
        t_fb = timed(lambda fmt=fmt: feedback(fmt), args.runs)
        print(
            f"{fmt:5} gap {t_gap * 1000:7.1f} ms   feedback {t_fb * 1000:7.1f} ms   "
            f"ratio {t_fb / t_gap:5.2f}x"
        )
    if args.pdf:
        from siqassess.reports.pdf import html_to_pdf

        t_html = timed(lambda: feedback("html"), args.runs)
        t_pdf = timed(lambda: html_to_pdf(feedback("html")), max(1, args.runs // 2))
        print(
            f"pdf   feedback html {t_html * 1000:7.1f} ms   pdf {t_pdf * 1000:8.1f} ms   "
            f"ratio {t_pdf / t_html:5.1f}x"
        )
    before = None
    for n in (200, 400, 800, 1600):
        big = with_findings(answers, n)
        t = timed(lambda big=big: feedback("html", big), max(1, args.runs // 2))
        ratio = f"   x{t / before:4.2f} the row before" if before else ""
        print(f"{n:4} findings per leaf: html {t * 1000:8.1f} ms{ratio}")
        before = t


if __name__ == "__main__":
    main()
