"""The steps of ``benchmark``: read, check, code, figure, write; kept apart from its options."""

from __future__ import annotations

import os
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from siqassess.errors import Location, Problem, UsageError, ValidationError, msg
from siqassess.reports.formats.interface import Rendered

if TYPE_CHECKING:
    from siqassess.core.network_checks import Check, Screened
    from siqassess.criteria.tree import LoadedModel
    from siqassess.documents.network import NetworkDocument


def _same(a: Path, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def slug(name: str) -> str:
    """A file name from an organisation's name: ``Åby kommun`` → ``aby-kommun``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()
    return text[:80] or "member"


def run(
    paths: Sequence[str],
    *,
    fmt: str | None,
    output: Path | None,
    key: Path | None,
    min_n: int,
    years: tuple[int, ...],
    segments: bool,
    per_member: Path | None,
    model: str | None,
    lang: str | None,
    warn: Callable[[str, str], None],
    emit: Callable[[Rendered, Path | None], None],
) -> bool:
    """Build and write the network report (and pages); whether anything was found wrong."""
    from siqassess.core.network import ModelKey, assign_codes
    from siqassess.core.network_checks import screen
    from siqassess.documents.network import network_document
    from siqassess.i18n import default_language, t
    from siqassess.io.files import note_input, write_atomic
    from siqassess.io.models import resolve_model
    from siqassess.io.network import key_text, read_key, read_network
    from siqassess.reports.netformats import pick
    from siqassess.reports.networkout import render_network

    chosen = pick("benchmark", fmt, output)
    language = default_language(lang)
    loaded = resolve_model(model)
    if key is not None and any(_same(key, path) for path in paths):
        raise UsageError(Problem.of(Location(str(key)), msg("err_key_is_input")))
    if per_member is not None and per_member.exists() and not per_member.is_dir():
        raise UsageError(Problem.of(Location(str(per_member)), msg("err_per_member_dir")))
    known = read_key(key) if key is not None else {}
    if key is not None:
        note_input(key)  # -o may never overwrite the key
    members = []
    unread = 0
    for one in read_network(paths, loaded):
        if one.problems:
            unread += 1
            for problem in one.problems:
                warn(problem.render(language), language)
        if one.member is not None:
            members.append(one.member)
    screened = screen(members, ModelKey(loaded.id, loaded.version, loaded.sha256), years)
    codes = assign_codes((m.name for m in members), known, random.SystemRandom().shuffle)
    for check in screened.checks:
        text = _check_text(check, codes, language)
        warn(t(language, "nw_file_check", file=check.file, text=text), language)
    if key is not None:
        by_code = {code: name for name, code in codes.items()}
        if by_code != known:
            write_atomic(key, key_text(by_code), replace_input=True)
    if not screened.kept:
        raise ValidationError(Problem.of(Location(""), msg("err_no_members")))
    doc = network_document(loaded, screened, codes, min_n=min_n, segments=segments, unread=unread)
    emit(render_network(chosen, doc, loaded, language), output)
    if per_member is not None:
        _pages(per_member, chosen, loaded, screened, codes, doc, language)
    # A year not asked for is left out as asked: not a finding.
    return bool(unread) or any(c.kind in ("model", "duplicate") for c in screened.checks)


def _check_text(check: Check, codes: dict[str, str], lang: str) -> str:
    from siqassess.documents.network import check_doc
    from siqassess.reports.networkview import check_line

    return check_line(check_doc(check, codes), lang)


def _pages(
    folder: Path,
    chosen: str,
    model: LoadedModel,
    screened: Screened,
    codes: dict[str, str],
    doc: NetworkDocument,
    lang: str,
) -> None:
    from siqassess.documents.member_page import member_pages
    from siqassess.io.files import write_atomic
    from siqassess.reports.networkout import render_member

    fmt = chosen if chosen in ("md", "html", "pdf", "json") else "html"
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for page in member_pages(model, screened, codes, doc):
        name = slug(page.organisation)
        while name in taken:
            name += "-" + page.code.lower()
        taken.add(name)
        rendered = render_member(fmt, page, model, lang)
        target = folder / f"{name}.{fmt}"
        if rendered.data is not None:
            from siqassess.cli.emit import open_output

            with open_output(target, binary=True) as handle:
                handle.write(rendered.data)
        else:
            write_atomic(
                target, rendered.text if rendered.text.endswith("\n") else rendered.text + "\n"
            )
