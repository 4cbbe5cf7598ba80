"""Our spec covers everything Twilio's reference describes: operations, parameters, fields and types.

See spec_reference.py for the matching rules. The run's totals are printed in the terminal summary
("spec vs Twilio reference"). A missing reference fails these tests: they must never pass by skipping.
"""

from __future__ import annotations

import pytest
from spec_reference import (
    RefOperation,
    compare_all,
    compare_operation,
    load_reference,
    our_operations,
    reference_missing_message,
)
from spec_tools import load_bundle

MISSING = reference_missing_message()
# Without the reference, one test stands in for the whole comparison and fails with the reason.
REFERENCE: list[RefOperation | None] = [None] if MISSING else list(load_reference())


def _id(ref: RefOperation | None) -> str:
    return "reference-missing" if ref is None else ref.label


@pytest.mark.parametrize("ref", REFERENCE, ids=_id)
def test_operation_matches_reference(ref: RefOperation | None) -> None:
    if ref is None:
        pytest.fail(MISSING or "reference missing")
    tally = compare_operation(ref, our_operations(), load_bundle())
    assert not tally.problems, f"{ref.label} differs from the reference:\n  " + "\n  ".join(tally.problems)


def test_same_operation_set_as_reference() -> None:
    if MISSING:
        pytest.fail(MISSING)
    reference_keys = {ref.key for ref in load_reference()}
    ours = our_operations()
    missing = sorted(reference_keys - set(ours))
    extra = sorted(set(ours) - reference_keys)
    assert not missing and not extra, (
        f"{compare_all().summary()}\nmissing from ours: {missing}\nnot in the reference: {extra}"
    )
