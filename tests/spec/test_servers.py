"""Each operation names its host, and it is the host Twilio's description (spec/upstream/) gives for that path.

openapi-python-client ignores per-path servers; our pre-generation step reads each operation's host
from the spec, so every operation must carry exactly one, from the three known hosts.
"""

from __future__ import annotations

import pytest
from spec_reference import load_reference
from spec_tools import Operation, iter_operations, load_bundle

HOSTS = frozenset({"https://api.twilio.com", "https://messaging.twilio.com", "https://pricing.twilio.com"})

OPERATIONS = list(iter_operations(load_bundle()))


def _servers(operation: Operation) -> list[str]:
    servers = operation.op.get("servers") or operation.path_item.get("servers") or []
    return [str(server.get("url", "")) for server in servers]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_operation_has_one_known_host(operation: Operation) -> None:
    urls = _servers(operation)
    assert len(urls) == 1, f"{operation.label}: expected exactly one server URL (path or operation level), got {urls}"
    assert urls[0] in HOSTS, f"{operation.label}: server {urls[0]!r} is not one of {sorted(HOSTS)}"


REFERENCE = load_reference()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_operation_host_matches_reference(operation: Operation) -> None:
    ref = REFERENCE.get(operation.key)
    assert ref is not None, f"{operation.label}: the reference has no {operation.key} to take the host from"
    host = ref["host"]
    assert _servers(operation) == [host], f"{operation.label}: servers {_servers(operation)}, reference {host}"
