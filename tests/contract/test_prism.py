"""The SDK on the wire against Prism 5 serving the bundled spec.

Prism checks every request the way a strict server would (required fields, types, enums, patterns,
basic auth) and answers 422 with the violations in ``sl-violations``. Every operation is called through
the public client for each documented success status (``Prefer: code=...``); the answer Prism builds from
the spec's examples is also validated with openapi-core and read back through the typed models.
Then required inputs of key operations are left out at the low level, to see Prism's 422 surface as
``UnprocessableEntityError``.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from twilio_messaging import Client, UnprocessableEntityError
from twilio_messaging._operation import ApiRequest
from twilio_messaging_api.resources import Resources

from .checks import assert_matches
from .openapi_httpx import validate_request, validate_response
from .resource_support import navigate, prepare_call
from .spec_support import ACCOUNT_SID, AUTH_TOKEN, SpecOperation, operation, operations, plainly_required

STATUS_CASES = [
    pytest.param(op, status, id=f"{op.operation_id}-{status}") for op in operations() for status in op.success_statuses
]

# Operations whose every required input is left out in turn.
KEY_OPERATIONS = [
    "CreateMessage",
    "CreateService",
    "CreatePhoneNumber",
    "CreateTollfreeVerification",
    "CreateBrandRegistrations",
    "CreateUsAppToPerson",
    "CreateChannelsSender",
    "ListChannelsSender",
]
REQUIRED_CASES = [
    pytest.param(operation(op_id), f.wire, id=f"{op_id}-without-{f.wire}")
    for op_id in KEY_OPERATIONS
    for f in operation(op_id).inputs
    # Only inputs required outright: leaving out one alternative of an anyOf rule (Body when MediaUrl is sent) is valid.
    if f.required
    and f.location != "path"
    and (f.location != "body" or f.wire in plainly_required(operation(op_id).body_schema))
]


class _Exchange:
    """Everything sent to and received from Prism by one client."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.responses.append(response)

    @property
    def last(self) -> httpx.Response:
        assert self.responses, "nothing reached Prism"
        return self.responses[-1]


def _client(prism_url: str, exchange: _Exchange, **headers: str) -> Client:
    def add_headers(request: httpx.Request) -> None:
        # Set on each request: the SDK builds its own requests, so an httpx.Client's default headers may not apply.
        request.headers.update(headers)

    http = httpx.Client(event_hooks={"request": [add_headers], "response": [exchange]})
    return Client(ACCOUNT_SID, AUTH_TOKEN, base_url=prism_url, max_retries=0, http_client=http)


@pytest.mark.parametrize(("op", "status"), STATUS_CASES)
def test_operation_against_prism(prism_url: str, op: SpecOperation, status: int) -> None:
    exchange = _Exchange()
    client = _client(prism_url, exchange, Prefer=f"code={status}")
    call = prepare_call(op, client, "sync")
    try:
        result = navigate(client, call.binding, call.path_values)(**call.kwargs)
        if op.is_list:
            result = next(iter(result.pages()))
    except UnprocessableEntityError as exc:
        pytest.fail(f"Prism rejected the request: {exchange.last.headers.get('sl-violations')} ({exc})")
    response = exchange.last
    assert response.status_code == status
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    validate_request(response.request, host_url=op.server)
    validate_response(response.request, response, host_url=op.server)
    if op.response_schema(status) is not None:
        body = response.json()
        if op.is_list:
            items_key = result._request.operation.items_key
            assert len(result.items) == len(body[items_key])
        else:
            assert_matches(body, result, op.response_schema(status), op.operation_id)


def _captured_request(op: SpecOperation) -> ApiRequest:
    """The ApiRequest the public method builds (nothing sent), to be edited at the low level."""

    class Capture(Exception):
        pass

    class Requester:
        account_sid = ACCOUNT_SID

        def send(self, request: ApiRequest) -> Any:
            raise Capture(request)

    root = Resources(Requester())  # type: ignore[arg-type]
    call = prepare_call(op, root, "sync")
    with pytest.raises(Capture) as captured:
        result = navigate(root, call.binding, call.path_values)(**call.kwargs)
        if op.is_list:
            next(iter(result.pages()))  # a pager sends nothing until it is read
    request: ApiRequest = captured.value.args[0]
    return request


@pytest.mark.parametrize(("op", "wire"), REQUIRED_CASES)
def test_missing_required_input_is_a_typed_422(prism_url: str, op: SpecOperation, wire: str) -> None:
    request = _captured_request(op)
    container = next(c for c in (request.data, request.params, request.json) if isinstance(c, dict) and wire in c)
    del container[wire]
    exchange = _Exchange()
    client = _client(prism_url, exchange)
    with pytest.raises(UnprocessableEntityError) as raised:
        client.send(request)
    violations = exchange.last.headers.get("sl-violations", "")
    # With the only body field gone the body is empty, and Prism says so instead of naming the field.
    named = wire if container or container is request.params else "Body parameter is required"
    # Prism reports query parameter names in lower case.
    assert named.lower() in violations.lower(), f"Prism's violations do not name {named!r}: {violations}"
    error = raised.value
    assert error.status == 422
    assert error.method == op.method
    assert error.url.startswith(prism_url)


def test_complete_requests_of_key_operations_are_accepted(prism_url: str) -> None:
    """The control for the test above: the same requests with nothing left out pass."""
    for op_id in KEY_OPERATIONS:
        exchange = _Exchange()
        response = _client(prism_url, exchange).send(_captured_request(operation(op_id)))
        assert 200 <= response.status_code < 400, exchange.last.headers.get("sl-violations")
