"""Screenshots of the HTML reports in headless Chromium, and the PDF pages as PNG, to look at.

Run: python benchmarks/screenshots.py [OUT_DIR]   (default: /tmp/siqassess-shots)

Needs chromium (Debian package `chromium`) and pdftoppm and pdfinfo (poppler-utils); the PDFs
need the extra `pip install 'siqassess[pdf]'`. Writes the report, its summary, the comparison
and the group report at 1280×720 and 1920×1080, and every PDF page at 50 dpi, then prints the
page count of each PDF. The README's screenshot, `docs/report-screenshot.png`, is
`report-1280x720.png`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EX = ROOT / "examples"
REPORTS = {
    "report": ["report", str(EX / "norrvik-2026.yaml")],
    "summary": ["report", str(EX / "norrvik-2026.yaml"), "--summary"],
    "compare": ["compare", str(EX / "norrvik-2025.yaml"), str(EX / "norrvik-2026.yaml")],
    "group": ["aggregate", str(EX / "team")],
}
SIZES = ((1280, 720), (1920, 1080))


def siq(*args: str) -> None:
    """Run siqassess from this checkout."""
    subprocess.run([sys.executable, "-m", "siqassess", *args], check=True, cwd=ROOT)


def shoot(html: Path, png: Path, size: tuple[int, int]) -> None:
    """A screenshot of ``html`` at ``size`` in headless Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium not found (apt-get install chromium)")
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--hide-scrollbars",
            f"--screenshot={png}",
            f"--window-size={size[0]},{size[1]}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def pages(pdf: Path) -> int:
    """The page count of a PDF, from pdfinfo."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(line for line in out.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[-1])


def main() -> None:
    if sys.argv[1:2] in (["-h"], ["--help"]):
        raise SystemExit(__doc__)
    # Absolute: Chromium is given the reports as file:// addresses.
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/siqassess-shots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for name, args in REPORTS.items():
        html, pdf = out / f"{name}.html", out / f"{name}.pdf"
        siq(*args, "--format", "html", "-o", str(html))
        for w, h in SIZES:
            shoot(html, out / f"{name}-{w}x{h}.png", (w, h))
        siq(*args, "--format", "pdf", "-o", str(pdf))
        prefix = str(out / f"{name}-page")
        subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), prefix], check=True)
        print(f"{name:8} {pages(pdf):3d} A4 pages   {out / name}-*.png")


if __name__ == "__main__":
    main()
