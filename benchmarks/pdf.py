"""The PDF report's time against the HTML report's, side by side in one run (goal: ≤ 1.5×).

Run: python benchmarks/pdf.py [--runs N]   (needs the extra: pip install 'siqassess[pdf]')

Two measures, each the median of N runs, for the gap report, its summary and the feedback
report of examples/norrvik-2026.yaml:

- command: the wall time of ``siqassess report … -o x.html`` against ``-o x.pdf``, as a user
  waits for it (start-up, reading, scoring, rendering, writing). The issue's figures (0.41 s
  for the HTML, 4.4–4.8 s for the PDF through WeasyPrint) are of this kind.
- render: in one process, from the scored context: the Jinja render of the HTML, against that
  render plus reading it into blocks and Typst's layout and PDF writing. Typst memoises its
  work within a process, so after the warm-up this is the cost of a repeated render; the
  command line is what a user waits for.
"""

from __future__ import annotations

import argparse
import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback import timed  # noqa: E402  (benchmarks/feedback.py: median of timed calls)

from siqassess.core.scoring import score  # noqa: E402
from siqassess.io.answers import leaf_inputs  # noqa: E402
from siqassess.io.assessment import read_assessment  # noqa: E402
from siqassess.reports.context import build_context  # noqa: E402
from siqassess.reports.feedback import TEMPLATE, build_feedback  # noqa: E402
from siqassess.reports.pdf import html_to_pdf  # noqa: E402
from siqassess.reports.render import render_report  # noqa: E402

EXAMPLE = ROOT / "examples" / "norrvik-2026.yaml"
KINDS = {"gap report": [], "summary": ["--summary"], "feedback": ["--kind", "feedback"]}


def _line(name: str, what: str, t_html: float, t_pdf: float) -> None:
    print(
        f"{name:11} {what:8} html {t_html * 1000:7.1f} ms   pdf {t_pdf * 1000:7.1f} ms   "
        f"ratio {t_pdf / t_html:5.2f}x"
    )


def commands(runs: int) -> None:
    """The wall time of the command a user runs, HTML against PDF."""
    with tempfile.TemporaryDirectory() as folder:
        for name, extra in KINDS.items():

            def run(suffix: str, extra: list[str] = extra) -> None:
                out = Path(folder) / f"report{suffix}"
                command = [sys.executable, "-m", "siqassess", "report", str(EXAMPLE), *extra]
                subprocess.run([*command, "-o", str(out)], check=True, capture_output=True)

            t_html = timed(lambda run=run: run(".html"), runs)
            t_pdf = timed(lambda run=run: run(".pdf"), runs)
            _line(name, "command", t_html, t_pdf)


def renders(runs: int) -> None:
    """In one process, from the scored context: HTML against HTML → blocks → Typst → PDF."""
    read = read_assessment(EXAMPLE)
    model, answers = read.model, read.answers
    result = score(model, leaf_inputs(answers), answers.default_target)
    context = build_context(model, answers, result, lang="sv")
    feedback = build_feedback(model, answers, result, lang="sv").variables()
    pages = {
        "gap report": lambda: render_report(context, "html").text,
        "summary": lambda: render_report(dataclasses.replace(context, summary=True), "html").text,
        "feedback": lambda: render_report(feedback, "html", template=TEMPLATE).text,
    }
    for name, html in pages.items():
        t_html = timed(html, runs)
        t_pdf = timed(lambda html=html: html_to_pdf(html()), runs)
        _line(name, "render", t_html, t_pdf)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    commands(args.runs)
    renders(args.runs)


if __name__ == "__main__":
    main()
