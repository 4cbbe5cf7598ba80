"""Our spec covers everything Twilio's description (the snapshot in spec/upstream/) says, or explains why not.

See generator/drift.py for the matching rules. The run's totals are printed in the terminal summary
("spec vs Twilio reference"): operations, parameters, request fields and response fields found.
"""

from __future__ import annotations

import pytest
from spec_reference import compare_all, load_reference, ours, problems

REFERENCE = sorted(load_reference())


def test_snapshot_is_not_empty() -> None:
    assert len(REFERENCE) >= 80, "spec/upstream/ lost operations: rebuild it with python -m generator upstream PATH"


@pytest.mark.parametrize("key", REFERENCE, ids=lambda key: f"{load_reference()[key]['operationId']} {key}")
def test_operation_matches_reference(key: str) -> None:
    found = problems(key)
    assert not found, f"{key} differs from Twilio's description without an x-curated note:\n  " + "\n  ".join(found)


def test_same_operation_set_as_reference() -> None:
    missing = sorted(set(load_reference()) - set(ours()))
    extra = sorted(set(ours()) - set(load_reference()))
    assert not missing and not extra, (
        f"{compare_all().summary()}\nmissing from ours: {missing}\nnot in the reference: {extra}"
    )


def test_nothing_unexplained_overall() -> None:
    drift = compare_all()
    assert not drift.unexplained(), drift.summary()
