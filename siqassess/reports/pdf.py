"""PDF reports: the HTML report laid out for A4 by WeasyPrint, an optional extra.

``pip install 'siqassess[pdf]'`` installs WeasyPrint. Without it, asking for PDF is a usage error
(exit 2) naming that command. WeasyPrint is given no way to fetch anything: the report is
self-contained (inline CSS and SVG), so every URL it meets is refused.
"""

from __future__ import annotations

from typing import Any, NoReturn

from siqassess.errors import Location, Problem, UsageError

INSTALL = "pip install 'siqassess[pdf]'"


def _missing(detail: str) -> NoReturn:
    message = f"PDF output needs WeasyPrint ({detail}); install it with: {INSTALL}"
    raise UsageError(Problem(Location(""), message))


def _refuse_fetch(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"siqassess reports load nothing from outside: {url}")


def html_to_pdf(html: str) -> bytes:
    """The PDF of a self-contained HTML page (print styles apply)."""
    try:
        import weasyprint
    except ImportError:
        _missing("not installed")
    except OSError as exc:  # WeasyPrint is there but its system libraries (Pango) are not
        _missing(f"a system library is missing: {exc}")
    import logging

    # WeasyPrint logs the screen-only CSS it skips; a user of the PDF has nothing to do about it.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    document = weasyprint.HTML(string=html, url_fetcher=_refuse_fetch)
    data = document.write_pdf()
    assert isinstance(data, bytes)
    return data
