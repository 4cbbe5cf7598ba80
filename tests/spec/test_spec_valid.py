"""The bundle is a valid OpenAPI 3.0 document and every reference in it resolves."""

from __future__ import annotations

from collections import defaultdict

import pytest
from openapi_spec_validator import validate
from spec_tools import iter_refs, load_bundle, resolve_pointer


def test_bundle_is_valid_openapi() -> None:
    validate(load_bundle())


def _refs_by_target() -> dict[str, list[str]]:
    locations: dict[str, list[str]] = defaultdict(list)
    for where, node in iter_refs(load_bundle()):
        locations[node["$ref"]].append(where)
    return dict(sorted(locations.items()))


REFS = _refs_by_target()


@pytest.mark.parametrize("ref", list(REFS))
def test_ref_resolves(ref: str) -> None:
    # Only local component refs: the bundle must be self-contained for the generator, Prism and openapi-core.
    assert ref.startswith("#/components/"), f"{ref} is not a local component reference (used at {REFS[ref]})"
    try:
        resolve_pointer(load_bundle(), ref)
    except KeyError as exc:
        pytest.fail(f"{exc} (used at {', '.join(REFS[ref])})")
