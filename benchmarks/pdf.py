"""PDF render time as a ratio to the HTML render of the same report, in one process.

Run: python benchmarks/pdf.py [--runs N]   (needs the extra: pip install 'siqassess[pdf]')

Both sides start from the scored context, so the ratio is what `-o x.pdf` costs over `-o x.html`:
Jinja rendering alone, against Jinja rendering plus WeasyPrint's layout and PDF writing.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback import timed  # noqa: E402  (benchmarks/feedback.py: median of timed calls)

from siqassess.core.scoring import score  # noqa: E402
from siqassess.io.answers import leaf_inputs  # noqa: E402
from siqassess.io.assessment import read_assessment  # noqa: E402
from siqassess.reports.context import build_context  # noqa: E402
from siqassess.reports.context_types import ReportContext  # noqa: E402
from siqassess.reports.pdf import html_to_pdf  # noqa: E402
from siqassess.reports.render import render_report  # noqa: E402

EXAMPLE = ROOT / "examples" / "norrvik-2026.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    read = read_assessment(EXAMPLE)
    model, answers = read.model, read.answers
    result = score(model, leaf_inputs(answers), answers.default_target)
    context = build_context(model, answers, result, lang="sv")
    for name, summary in (("full report", False), ("summary", True)):
        data = dataclasses.replace(context, summary=summary)  # as `report --summary` does

        def html(data: ReportContext = data) -> str:
            return render_report(data, "html").text

        def pdf(data: ReportContext = data) -> bytes:
            return html_to_pdf(render_report(data, "html").text)

        t_html, t_pdf = timed(html, args.runs), timed(pdf, args.runs)
        print(
            f"{name:12} html {t_html * 1000:7.1f} ms   pdf {t_pdf * 1000:8.1f} ms   "
            f"ratio {t_pdf / t_html:6.1f}x"
        )


if __name__ == "__main__":
    main()
