"""The file name proposed for a new answers file.

Its own module so that ``init``, which only writes a file, need not import the interview
(questionary, prompt_toolkit and rich: about half of ``init``'s start-up).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def default_path(today: dt.date | None = None) -> Path:
    """The file name proposed when none is given: ``siq-YYYY-MM-DD.yaml``, in no language,
    so that a Swedish session does not propose an English name (#27)."""
    return Path(f"siq-{(today or dt.date.today()).isoformat()}.yaml")
