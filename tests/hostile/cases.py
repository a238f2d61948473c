"""Generators of hostile and clumsy input files, shared by the hostile tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from siqassess.io.answers import new_answers, save_answers
from siqassess.io.models import resolve_model

Case = Callable[[Path, bool], Path]
"""Writes one case under a folder (full size when the flag is set) and returns its path."""


def blank_answers(folder: Path) -> str:
    """The text of a blank answers file for the built-in model."""
    model = resolve_model(None)
    path = folder / "blank.yaml"
    # English, so that messages about it are in English (they follow the file's language).
    answers = new_answers(model, organisation="Acme", respondent="Eva", language="en")
    save_answers(path, answers, model)
    text = path.read_text(encoding="utf-8")
    path.unlink()
    return text


def _answers_with(score: str) -> Case:
    def make(folder: Path, slow: bool) -> Path:
        text = blank_answers(folder).replace("    score: null", f"    score: {score}", 1)
        path = folder / "answers.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return make


def _text(content: str | bytes, name: str = "case.yaml") -> Case:
    def make(folder: Path, slow: bool) -> Path:
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make


def _alias_bomb(folder: Path, slow: bool) -> Path:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    return _text("\n".join(lines) + "\n")(folder, slow)


def _huge_file(folder: Path, slow: bool) -> Path:
    path = folder / "huge.yaml"
    size = 50 * 1024 * 1024 if slow else 6 * 1024 * 1024
    with path.open("wb") as handle:
        handle.write(b"a: ")
        handle.truncate(size)
    return path


def _deep(folder: Path, slow: bool) -> Path:
    depth = 10_000
    return _text("[" * depth + "]" * depth + "\n")(folder, slow)


def _crashing_depth(folder: Path, slow: bool) -> Path:
    # Deep enough to overflow libyaml's recursive composer (a segfault) if it were reached.
    depth = 2_000_000
    return _text("[" * depth + "]" * depth + "\n")(folder, slow)


def _deep_mapping(folder: Path, slow: bool) -> Path:
    depth = 10_000 if slow else 2_000
    lines = [" " * i + f"k{i}:" for i in range(depth)]
    return _text("\n".join(lines) + " 1\n")(folder, slow)


def _long_line(folder: Path, slow: bool) -> Path:
    return _text("name: " + "x" * (1024 * 1024) + "\n")(folder, slow)


def _answers_crlf_bom(folder: Path, slow: bool) -> Path:
    text = blank_answers(folder).replace("\n", "\r\n")
    return _text(b"\xef\xbb\xbf" + text.encode("utf-8"))(folder, slow)


def _directory(folder: Path, slow: bool) -> Path:
    path = folder / "looks-like-a-file.yaml"
    path.mkdir()
    return path


FAILING: dict[str, Case] = {
    "alias_bomb": _alias_bomb,
    "huge_file": _huge_file,
    "deep_sequence": _deep,
    "deep_sequence_crash": _crashing_depth,
    "deep_mapping": _deep_mapping,
    "long_line": _long_line,
    "python_object_tag": _text("a: !!python/object/new:os.system [echo pwned]\n"),
    "python_name_tag": _text("a: !!python/name:os.system\n"),
    "duplicate_keys": _text("format: 1\nformat: 1\n"),
    "not_utf8": _text(b"organisation: Caf\xe9\n"),
    "utf16": _text("organisation: x\n".encode("utf-16")),
    "empty": _text(""),
    "only_comments": _text("# nothing here\n"),
    "top_level_list": _text("- 1\n- 2\n"),
    "top_level_scalar": _text("hello\n"),
    "nul_bytes": _text(b"a: \x00\x00\n"),
    "score_nan": _answers_with(".nan"),
    "score_inf": _answers_with(".inf"),
    "score_huge_int": _answers_with("1" + "0" * 400),
    "score_string": _answers_with("'fifty'"),
    "score_off_scale": _answers_with("55"),
    "score_negative": _answers_with("-10"),
    "score_list": _answers_with("[10, 20]"),
    "directory": _directory,
    "unclosed_quote": _text('organisation: "Acme\n'),
    "tab_indent": _text("answers:\n\tF1.1: 1\n"),
}

PASSING: dict[str, Case] = {
    "bom_and_crlf": _answers_crlf_bom,
}


def english_copy(path: Path) -> Path:
    """A copy of an example answers file in English, so that messages about it are English."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="siqassess-hostile-"))
    copy = folder / path.name
    text = path.read_text(encoding="utf-8").replace("\nlanguage: sv\n", "\nlanguage: en\n")
    copy.write_text(text, encoding="utf-8")
    return copy


EXAMPLE_EN = english_copy(Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml")
"""The Norrvik example answers file, in English."""
