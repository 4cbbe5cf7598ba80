"""Every operation of the spec is reachable through the public client, and the generated facts agree with the spec.

The other contract tests are parametrized from the spec; these make sure nothing falls through the
cracks between the spec, the generated ``api/`` modules and the resource classes.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

import pytest
import twilio_messaging_api.api as api_package

from .resource_support import bindings, primary_binding
from .spec_support import object_properties, operations, resolve

HOSTS = {
    "https://api.twilio.com": "api",
    "https://messaging.twilio.com": "messaging",
    "https://pricing.twilio.com": "pricing",
}
SPEC_IDS = {op.operation_id for op in operations()}


@functools.cache
def _generated_operations() -> dict[str, object]:
    found = {}
    for info in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + "."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if operation is not None:
            assert operation.name not in found, f"{operation.name} generated twice"
            found[operation.name] = operation
    return found


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_operation_has_exactly_one_public_method(flavour: str) -> None:
    bound = bindings(flavour)
    assert set(bound) == SPEC_IDS, (
        f"missing: {sorted(SPEC_IDS - set(bound))}, not in the spec: {sorted(set(bound) - SPEC_IDS)}"
    )
    for op_id in sorted(SPEC_IDS):
        primary_binding(flavour, op_id)  # asserts one non-page method


def test_sync_and_async_trees_match() -> None:
    sync = {k: sorted((b.steps, b.method) for b in v) for k, v in bindings("sync").items()}
    asyn = {k: sorted((b.steps, b.method) for b in v) for k, v in bindings("async").items()}
    assert sync == asyn


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
def test_generated_operation_facts_match_the_spec(op) -> None:  # type: ignore[no-untyped-def]
    generated = _generated_operations()
    assert set(generated) == SPEC_IDS
    fact = generated[op.operation_id]
    assert fact.method == op.method
    assert fact.path == op.path
    assert fact.host == HOSTS[op.server]
    assert tuple(fact.success) == tuple(op.success_statuses)
    if op.is_list:
        props, _ = object_properties(op.response_schema(op.success_statuses[0]))
        assert fact.items_key in props and resolve(props[fact.items_key]).get("type") == "array"
        assert fact.paging == ("v2010" if op.path.startswith("/2010-04-01/") else "meta")
    else:
        assert fact.paging is None
