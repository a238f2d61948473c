"""Documents are written as JSON by orjson: the same text as json.dumps(indent=2,
ensure_ascii=False) writes, for every kind of value a document holds, except that a number
under 0.0001 is written without a padded exponent (CHANGELOG)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from siqassess.core.aggregate import combine
from siqassess.documents.group import group_document
from siqassess.documents.parts import to_data, to_json
from siqassess.io.groupio import read_group

TEAM = Path(__file__).resolve().parents[2] / "examples" / "team"


@dataclass(frozen=True)
class _Doc:
    """A document's shapes: text, numbers on an answer's range (±1e9), lists, mappings."""

    text: str
    numbers: tuple[float, ...]
    counts: dict[str, int]
    nested: list[dict[str, list[float | None]]]


FLOATS = st.floats(min_value=-1e10, max_value=1e10, allow_nan=False)
SCORES = st.one_of(FLOATS.filter(lambda x: abs(x) >= 1e-4 or x == 0), st.integers(-(10**9), 10**9))


@given(
    st.builds(
        _Doc,
        st.text(),
        st.tuples(SCORES, SCORES),
        st.dictionaries(st.text(), st.integers(0, 10**6), max_size=3),
        st.lists(st.dictionaries(st.text(), st.lists(st.none() | SCORES, max_size=3)), max_size=3),
    )
)
@example(_Doc('é\u2028\x00"\x7f', (63.333333333333336, -0.0), {}, [{"a": []}, {}]))
@example(_Doc("", (1e10, 0.1), {"n": 0}, [{"x": [None, 5.0, 12345678901234.5]}]))
def test_same_text_as_the_standard_library(doc: _Doc) -> None:
    assert to_json(doc) == json.dumps(to_data(doc), ensure_ascii=False, indent=2)


def test_the_team_aggregate_is_the_same_text() -> None:
    model, people = read_group([str(TEAM)])
    doc = group_document(model, combine(model, people))
    assert to_json(doc) == json.dumps(to_data(doc), ensure_ascii=False, indent=2)


def test_a_number_under_one_ten_thousandth_is_written_without_a_padded_exponent() -> None:
    doc = _Doc("", (0.00001234, 2.5e-9), {}, [])
    assert '"numbers": [\n    0.00001234,\n    2.5e-9\n  ]' in to_json(doc)
