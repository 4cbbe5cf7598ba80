"""Every operation of the spec, called through the public client (sync and async) against an in-process mock.

The mock (an ``httpx.MockTransport``) validates each request against the spec with openapi-core, answers
with each documented example of the success response, and validates that answer. The test then checks
that the typed result carries the example's values, and that the arguments reached the wire the way
Twilio expects (openapi-core casts leniently, so encoding is asserted separately).
"""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
from twilio_messaging import AsyncClient, Client
from twilio_messaging.pagination import AsyncPage, Page

from .checks import assert_matches, assert_wire
from .openapi_httpx import SpecServer
from .resource_support import navigate, prepare_call
from .spec_support import ACCOUNT_SID, AUTH_TOKEN, Example, SpecOperation, iter_examples, object_properties

CASES = [pytest.param(op, ex, id=f"{op.operation_id}-{ex.status}-{ex.name or 'no-body'}") for op, ex in iter_examples()]


def _server(op: SpecOperation, example: Example) -> SpecServer:
    return SpecServer(op, example.status, example.value)


def _check_result(op: SpecOperation, example: Example, result: Any) -> None:
    if example.value is None:
        assert result is None, f"{op.operation_id}: no body, but the method returned {result!r}"
        return
    schema = op.response_schema(example.status)
    if op.is_list:
        assert isinstance(result, Page | AsyncPage)
        items_key = result._request.operation.items_key
        props, _ = object_properties(schema)
        assert items_key in props, f"{op.operation_id}: items key {items_key!r} not in the page schema"
        assert_matches(example.value[items_key], result.items, props[items_key], f"{op.operation_id}.{items_key}")
        link = example.value.get("next_page_uri") or (example.value.get("meta") or {}).get("next_page_url")
        assert result.has_next_page() == bool(link)
        return
    assert_matches(example.value, result, schema, op.operation_id)


@pytest.mark.parametrize(("case_op", "case_example"), CASES)
def test_sync(case_op: SpecOperation, case_example: Example) -> None:
    server = _server(case_op, case_example)
    client = Client(
        ACCOUNT_SID, AUTH_TOKEN, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    call = prepare_call(case_op, client, "sync")
    result = navigate(client, call.binding, call.path_values)(**call.kwargs)
    if case_op.is_list:
        result = next(iter(result.pages()))
    assert len(server.requests) == 1
    assert_wire(call, server.last, json_body=case_op.body_content_type == "application/json")
    _check_result(case_op, case_example, result)


@pytest.mark.parametrize(("case_op", "case_example"), CASES)
async def test_async(case_op: SpecOperation, case_example: Example) -> None:
    server = _server(case_op, case_example)
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    client = AsyncClient(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, http_client=http)
    call = prepare_call(case_op, client, "async")
    result = navigate(client, call.binding, call.path_values)(**call.kwargs)
    if case_op.is_list:
        pages = result.pages()
        result = await anext(pages)
        await pages.aclose()
    elif inspect.isawaitable(result):
        result = await result
    await http.aclose()
    assert len(server.requests) == 1
    assert_wire(call, server.last, json_body=case_op.body_content_type == "application/json")
    _check_result(case_op, case_example, result)
