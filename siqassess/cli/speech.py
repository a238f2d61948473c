"""The language of the tool's messages, by one rule: ``--lang``, else config, else the locale.

An input file's ``language`` decides what is written into a document built from it (a report,
a consensus draft), never the messages: one Swedish file among several does not turn an English
CI run's errors, warnings and summary into Swedish.
"""

from __future__ import annotations

from collections.abc import Iterable

from siqassess.errors import SiqError


def message_language(option: str | None) -> str:
    """The language of messages for a command that was given ``--lang option`` (None: not)."""
    from siqassess import config
    from siqassess.i18n import message_language as rule

    try:
        configured = config.text("lang", None)
    except SiqError:  # a broken config file is the command's own error to report
        configured = None
    return rule(option, configured)


def message_language_of(args: Iterable[str]) -> str:
    """The same, for a raw command line: where an error escapes a command, after its options."""
    from siqassess.i18n import lang_argument

    try:
        return message_language(lang_argument(args))
    except Exception:  # the language is a nicety here: never a second failure
        return "en"
