"""A throw-away third language: every text the tool shows must come from the catalogues.

The test writes a pseudo-locale ``xx`` in a temporary folder: the English catalogue with every
text wrapped in ⟦…⟧, a decimal comma and bracketed month names. It adds that folder to the
``siqassess.i18n.lang`` package before the command line is imported, exactly as a new language
package would be found, and runs the commands with ``--lang xx``. Whatever is left on screen or
in a document once the bracketed texts are taken out must be data: the model's and the answers
files' own words, ids, numbers, paths. An English or Swedish word left over is a literal that
bypasses the catalogue, and the test names it.

Machine formats (JSON, YAML keys, SARIF) and ``--help`` (English by design, see the docs) are
not checked.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
NORRVIK = EXAMPLES / "norrvik-2026.yaml"

PSEUDO = textwrap.dedent(
    """
    from siqassess.i18n.catalogue import Catalogue, Plural
    from siqassess.i18n.lang.en import CATALOGUE as EN


    def wrap(text):
        if isinstance(text, Plural):
            return Plural(**{k: "\u27e6" + v + "\u27e7" for k, v in text.forms.items()})
        return "\u27e6" + text + "\u27e7"


    CATALOGUE = Catalogue(
        code="xx",
        name="\u27e6Pseudo\u27e7",
        english="Pseudo",
        texts={key: wrap(text) for key, text in EN.texts.items()},
        decimal=",",
        group="\u00a0",
        quotes=("\u27e6", "\u27e7"),
        months=tuple("\u27e6m%d\u27e7" % i for i in range(1, 13)),
        date="{day} {month_name} {year}",
    )
    """
)

RUNNER = textwrap.dedent(
    """
    import sys

    import siqassess.i18n as i18n
    import siqassess.i18n.lang as package

    package.__path__.append(sys.argv.pop(1))
    i18n.languages.cache_clear()
    i18n.LANGUAGES = i18n.languages()

    from siqassess.cli import main

    sys.argv[0] = "siqassess"
    main()
    """
)

WORD = re.compile(r"[^\W\d_]{2,}")
BRACKETED = re.compile(r"\u27e6[^\u27e6\u27e7]*\u27e7")
ALWAYS = {
    "siqassess",
    "SIQ",
    "md",
    "html",
    "txt",
    "xlsx",
    "yaml",
    "svg",
    "pdf",
    "csv",
    "http",
    "https",
}
"""Names that are the same in every language: the tool, the institute, file suffixes."""


def _strings(node: object) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _data_words(files: Iterable[Path]) -> set[str]:
    """Every word of the model and of the input files: data, shown as the files hold it."""
    words = set(ALWAYS)
    for path in [REPO / "models" / "siq_2019_1.yaml", *files]:
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            words.update(WORD.findall(text))
    return words


def _without_markup(text: str) -> str:
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"\]\([^)]*\)", "] ", text)  # a Markdown link's target is a file name
    return html.unescape(text)


def leftovers(text: str, data: set[str], paths: Iterable[Path]) -> list[str]:
    """The words of ``text`` that are neither in the pseudo-locale nor data."""
    for path in paths:
        text = text.replace(str(path), " ")
    previous = None
    while previous != text:
        previous, text = text, BRACKETED.sub(" ", text)
    found = []
    for match in WORD.finditer(text):
        word = match.group()
        cut = text[match.end() : match.end() + 1] == "\u2026"
        if word in data or (cut and any(known.startswith(word) for known in data)):
            continue
        found.append(word)
    return sorted(set(found))


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("pseudo")
    (folder / "xx").mkdir()
    (folder / "xx" / "__init__.py").write_text(PSEUDO, encoding="utf-8")
    runner = folder / "run.py"
    runner.write_text(RUNNER, encoding="utf-8")

    def go(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(runner), str(folder), *args, "--lang", "xx"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,
            env={"PATH": "/usr/bin:/bin", "HOME": str(folder), "LANG": "C.UTF-8", "NO_COLOR": "1"},
        )

    return go


TEAM = sorted((EXAMPLES / "team").glob("*.yaml"))
TREND = sorted((EXAMPLES / "trend").glob("*.yaml"))
NETWORK = sorted((EXAMPLES / "network" / "2026").glob("*.yaml"))

CASES: dict[str, tuple[list[str], list[Path], str | None]] = {
    "score": (["score", str(NORRVIK)], [NORRVIK], None),
    "validate": (["validate", str(NORRVIK)], [NORRVIK], None),
    "report-md": (["report", str(NORRVIK), "-o", "r.md"], [NORRVIK], "r.md"),
    "report-txt": (["report", str(NORRVIK), "-o", "r.txt"], [NORRVIK], "r.txt"),
    "report-html": (["report", str(NORRVIK), "-o", "r.html"], [NORRVIK], "r.html"),
    "feedback-md": (
        ["report", str(NORRVIK), "--kind", "feedback", "-o", "f.md"],
        [NORRVIK],
        "f.md",
    ),
    "feedback-txt": (
        ["report", str(NORRVIK), "--kind", "feedback", "-o", "f.txt"],
        [NORRVIK],
        "f.txt",
    ),
    "compare": (
        ["compare", str(EXAMPLES / "norrvik-2025.yaml"), str(NORRVIK)],
        [EXAMPLES / "norrvik-2025.yaml", NORRVIK],
        None,
    ),
    "compare-md": (
        ["compare", str(EXAMPLES / "norrvik-2025.yaml"), str(NORRVIK), "-o", "c.md"],
        [EXAMPLES / "norrvik-2025.yaml", NORRVIK],
        "c.md",
    ),
    "aggregate": (["aggregate", *map(str, TEAM)], TEAM, None),
    "aggregate-md": (["aggregate", *map(str, TEAM), "-o", "a.md"], TEAM, "a.md"),
    "plan": (["plan", str(NORRVIK)], [NORRVIK], None),
    "trend": (["trend", *map(str, TREND)], TREND, None),
    "trend-md": (["trend", *map(str, TREND), "-o", "t.md"], TREND, "t.md"),
    "benchmark": (["benchmark", "build", *map(str, NETWORK)], NETWORK, None),
    "lint": (["lint", str(NORRVIK)], [NORRVIK], None),
    "init": (["init", "-o", "x.yaml"], [], None),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_text_comes_from_the_catalogue(run, tmp_path: Path, case: str) -> None:  # type: ignore[no-untyped-def]
    args, inputs, written = CASES[case]
    done = run(args, tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    shown = done.stdout + "\n" + done.stderr
    if written is not None:
        shown += "\n" + _without_markup((tmp_path / written).read_text(encoding="utf-8"))
    data = _data_words(inputs)
    paths = [*inputs, *(p.parent for p in inputs), tmp_path]
    assert leftovers(shown, data, paths) == []


def _pseudo_model(node: object) -> object:
    """The built-in model with a bracketed ``xx`` beside every English text."""
    if isinstance(node, dict):
        out = {key: _pseudo_model(value) for key, value in node.items()}
        if isinstance(node.get("en"), str) and isinstance(node.get("sv"), str):
            out["xx"] = "\u27e6" + node["en"] + "\u27e7"
        return out
    if isinstance(node, list):
        return [_pseudo_model(value) for value in node]
    return node


def _visible_texts(path: Path) -> list[str]:
    """Every text a person sees in a workbook: visible sheets, rows and columns."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    book = load_workbook(path)
    texts = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        texts.append(sheet.title)
        for row in sheet.iter_rows():
            for cell in row:
                letter = get_column_letter(cell.column)
                hidden = (
                    sheet.row_dimensions[cell.row].hidden or sheet.column_dimensions[letter].hidden
                )
                formula = isinstance(cell.value, str) and cell.value.startswith("=")
                if isinstance(cell.value, str) and not hidden and not formula:
                    texts.append(cell.value)
        for rule in sheet.data_validations.dataValidation:
            texts += [rule.error or "", rule.errorTitle or "", rule.prompt or ""]
    return texts


def test_the_workbook_is_written_in_the_pseudo_locale(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A third language is its catalogue plus the model's texts in it: the workbook is all in it."""
    spec = yaml.safe_load((REPO / "models" / "siq_2019_1.yaml").read_text(encoding="utf-8"))
    spec = _pseudo_model(spec)
    spec["languages"] = [*spec["languages"], "xx"]
    model = tmp_path / "pseudo-model.yaml"
    model.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    done = run(["init", "-o", "x.xlsx", "--model", str(model)], tmp_path)
    assert done.returncode == 0, done.stderr
    texts = _visible_texts(tmp_path / "x.xlsx")
    assert len(texts) > 100
    assert leftovers("\n".join(texts), set(ALWAYS) | {"siq"}, [tmp_path]) == []


def test_the_checker_finds_a_literal() -> None:
    """The check itself: an unbracketed word that is not data is reported by name."""
    data = _data_words([NORRVIK])
    assert leftovers("\u27e6Total\u27e7 54,3 Norrvik Kommun: Coverage", data, []) == ["Coverage"]
