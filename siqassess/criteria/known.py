"""Model files known to be valid by their bytes: the built-in model, checked by the tests.

`validate` of a file whose bytes hash to an entry here answers at once, without importing
the YAML reader or the model schema: that is the model file CI pipelines check on every
commit, and parsing it was most of `validate`'s start-up cost. Any other bytes (one space
changed, a BOM added) take the full check. `tests/model/test_known_models.py` keeps each entry
equal to what the full check says of the shipped file; it fails, naming the new hash, when
the model file changes.

Kept because a benchmark defends it (issue #21's bar: more than 5% of a command's start-up):
``siqassess validate models/siq_2019_1.yaml``, this lookup on and off (``known_model`` always
None), ``benchmarks/startup.py``'s validate case in one run, median of 7, CPU, re-measured for
issue #29 (2de935e): 409 ms with it, 471 ms without (+15%; the minimal Typer app took 380 ms).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class KnownModel:
    """What `validate` reports of a model file it knows."""

    id: str
    version: str
    factors: int
    leaves: int


KNOWN: dict[str, KnownModel] = {
    "8ad114cec554dec7876f22bc491d4386ebc0badcb2b68654ac241e0fb30ea0d5": KnownModel(
        "siq-2019-1", "2019:1", 5, 32
    ),
}
"""sha256 of a file's bytes → the model it is."""


def known_model(raw: bytes) -> KnownModel | None:
    """The model these exact bytes are, if they are a file this version has checked."""
    return KNOWN.get(hashlib.sha256(raw).hexdigest())
