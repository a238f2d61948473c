"""User text fit for every report format: line ends normalised, control characters dropped, and
evidence that is a link only when it is a safe one."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SAFE_SCHEMES = ("http", "https", "mailto")


def clean(text: str | None) -> str:
    """User text fit for every format: line ends normalised, control characters dropped."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def safe_href(text: str) -> str | None:
    """The link target of an evidence entry, or ``None`` when it must be shown as text.

    Only http(s), mailto and relative references become links; anything with another
    scheme (``javascript:``, ``data:``, ``file:``), whitespace, backslashes or a network
    path (``//host``) stays text.
    """
    # Markdown and HTML decode entities in a link: judge what the reader's browser will see.
    value = html.unescape(text).strip()
    if value != text.strip():
        return None
    if not value or any(c.isspace() or ord(c) < 32 for c in value) or "\\" in value:
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme:
        ok = parts.scheme.lower() in _SAFE_SCHEMES
        return value if ok and (parts.netloc or parts.scheme.lower() == "mailto") else None
    if value.startswith("//") or ":" in value.split("/", 1)[0]:
        return None
    return value
