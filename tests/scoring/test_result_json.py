"""The batch JSON stream: orjson's encoding of a result document is the document's data."""

from __future__ import annotations

import io
import json
from pathlib import Path

from siqassess.core import scoring
from siqassess.documents.parts import to_data
from siqassess.documents.result import file_result
from siqassess.io.answers import leaf_inputs, read_answers
from siqassess.io.models import resolve_model
from siqassess.reports.results import JsonWriter

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_streamed_json_equals_the_documents_data() -> None:
    path = EXAMPLES / "norrvik-2025.yaml"
    model = resolve_model(None)
    answers = read_answers(path, model)
    result = scoring.score(model, leaf_inputs(answers), answers.default_target)
    doc = file_result(str(path), answers, model, result)
    out = io.StringIO()
    writer = JsonWriter(out)
    writer.add(doc)
    writer.add(doc)
    writer.close()
    parsed = json.loads(out.getvalue())
    assert parsed["format"] == 1
    assert parsed["files"] == [to_data(doc), to_data(doc)]
