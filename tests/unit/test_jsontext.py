"""documents.jsontext writes exactly what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from siqassess.documents.jsontext import dumps

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON, st.sampled_from([1, 2, 4]))
@example({"a": [], "b": {}, "c": [1, {"d": None}], "é": 'ü\u2028\x00"'}, 2)
@example([[], [[]], {}, [{}], 0.1, -0.0, 1e300, True], 2)
def test_same_text_as_the_standard_library(value: Any, indent: int) -> None:
    assert dumps(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_tuples_non_string_keys_and_nan_as_json_writes_them() -> None:
    value = {"t": (1, (2, 3)), 1: "one", 2.5: [], None: 0, False: {"x": math.nan}}
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_cannot_write_is_refused_as_json_refuses_it() -> None:
    with pytest.raises(TypeError):
        dumps({"a": {1, 2}})
    with pytest.raises(TypeError):
        dumps({("a",): 1})


def test_documents_are_written_as_their_converted_data() -> None:
    from pathlib import Path

    from siqassess.core.aggregate import combine
    from siqassess.documents.group import group_document
    from siqassess.documents.parts import to_data, to_json
    from siqassess.io.groupio import read_group

    team = Path(__file__).resolve().parents[2] / "examples" / "team"
    model, people = read_group([str(team)])
    doc = group_document(model, combine(model, people))
    assert to_json(doc) == json.dumps(to_data(doc), ensure_ascii=False, indent=2)
