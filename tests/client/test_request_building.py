"""The wire request says what ``httpx.Request(content=...)`` would: same method, URL, headers, body, on every pool."""

from __future__ import annotations

from typing import Any

import httpcore
import httpx
import pytest
from twilio_messaging._httpcore import HttpcorePool
from twilio_messaging._operation import ApiRequest, Operation
from twilio_messaging._request import JSON_CONTENT_TYPE, RequestHeaders, build_wire_request
from twilio_messaging._wire import HeaderSet

COMMON = {"Authorization": "Basic QUM6eA==", "User-Agent": "twilio-messaging/test", "Accept": "application/json"}
TIMEOUT: dict[str, float | None] = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def operation(method: str) -> Operation:
    return Operation(name="Op", method=method, host="api", path="/x", success=(200,))


CASES = {
    "get": ApiRequest(operation("GET"), "/2010-04-01/M.json"),
    "get-params": ApiRequest(operation("GET"), "/v1/S", params={"PageSize": 50, "To": "+1 555"}),
    "post-form": ApiRequest(operation("POST"), "/2010-04-01/M.json", data={"To": "+15558675310", "Body": "hé"}),
    "post-json": ApiRequest(operation("POST"), "/v2/Channels/Senders", json={"sender_id": "whatsapp:+1", "n": "é"}),
    "post-empty": ApiRequest(operation("POST"), "/2010-04-01/M/SM1.json"),
    "delete": ApiRequest(operation("DELETE"), "/2010-04-01/M/SM1.json"),
    "get-header-param": ApiRequest(operation("GET"), "/v1/C", headers={"X-Twilio-Api-Version": "v2"}),
    "post-header-param": ApiRequest(
        operation("POST"), "/v1/C", data={"A": "1"}, headers={"X-Twilio-Api-Version": "v2"}
    ),
}


def expected_request(api_request: ApiRequest, origin: str) -> httpx.Request:
    """What plain httpx builds for the same call."""
    url = httpx.URL(origin + api_request.path, params=api_request.params)
    method = api_request.operation.method
    headers = {**COMMON, **(api_request.headers or {})}
    if api_request.json is not None:
        return httpx.Request(method, url, json=api_request.json, headers=headers)
    if api_request.data is not None:  # httpx's form encoding agrees with Twilio's for plain strings
        return httpx.Request(method, url, data=api_request.data, headers=headers)
    return httpx.Request(method, url, headers=headers)


class CapturingPool:
    """Stands in for httpcore's pool: keeps what it was handed, answers 200."""

    def __init__(self) -> None:
        self.sent: list[httpcore.Request] = []

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        self.sent.append(request)
        return httpcore.Response(200, headers=[(b"Content-Type", b"application/json")], content=b"{}")


def sent_by_httpcore_pool(wire: Any) -> httpcore.Request:
    pool = HttpcorePool(None, trust_env=False)
    capturing = CapturingPool()
    pool._transport._pool = capturing  # type: ignore[assignment]
    response = pool.send(wire)
    assert response.status_code == 200 and response.content == b"{}"
    return capturing.sent[0]


@pytest.mark.parametrize("origin", ["https://api.twilio.com", "http://127.0.0.1:4010"])
@pytest.mark.parametrize("case", list(CASES))
def test_every_pool_sends_what_httpx_builds(case: str, origin: str) -> None:
    api_request = CASES[case]
    headers = RequestHeaders.create(COMMON)
    expected = expected_request(api_request, origin)

    for wire in (build_wire_request(api_request, origin, headers, dict(TIMEOUT)) for _ in range(2)):  # 2nd: cached
        assert wire.method == expected.method
        assert httpx.URL(wire.url) == expected.url
        assert wire.body == expected.content
        assert wire.timeout == TIMEOUT

        # a caller's http_client path
        as_httpx = wire.to_httpx()
        assert sorted(as_httpx.headers.raw) == sorted(expected.headers.raw)
        assert as_httpx.content == expected.content and as_httpx.extensions == {"timeout": TIMEOUT}

        # the sync pool the SDK owns (httpcore fed directly): Host and Content-Length as httpx adds them
        sent = sent_by_httpcore_pool(wire)
        assert sent.method == expected.method.encode()
        assert bytes(sent.url) == expected.url.raw_scheme + b"://" + expected.url.netloc + expected.url.raw_path
        assert sorted(sent.headers) == sorted(expected.headers.raw)
        assert b"".join(sent.stream) == expected.content  # type: ignore[arg-type]
        assert sent.extensions["timeout"] == TIMEOUT
    if api_request.params:
        parsed = httpx.URL(wire.url)
        assert parsed.params["PageSize"] == "50" and parsed.params["To"] == "+1 555"
    if api_request.json is not None:
        assert wire.headers.text[-1] == ("Content-Type", JSON_CONTENT_TYPE)


def test_prepared_headers_are_never_shared_between_requests() -> None:
    headers = RequestHeaders.create(COMMON)
    plain = ApiRequest(operation("POST"), "/v1/C", data={"Body": "hi"})
    with_param = plain._replace(headers={"X-Twilio-Api-Version": "v2"})

    first = build_wire_request(with_param, "https://messaging.twilio.com", headers, dict(TIMEOUT))
    second = build_wire_request(plain, "https://messaging.twilio.com", headers, dict(TIMEOUT))

    assert ("X-Twilio-Api-Version", "v2") in first.headers.text
    assert all(name != "X-Twilio-Api-Version" for name, _ in second.headers.text)


def test_a_header_parameter_replaces_a_common_header_of_the_same_name() -> None:
    merged = HeaderSet.of({"Accept": "application/json", "X-A": "1"}).with_extra({"x-a": "2"})
    assert merged.text == (("Accept", "application/json"), ("x-a", "2"))


@pytest.mark.parametrize("value", ["v2\r\nX-Injected: 1", "v2\n", "v\x002"])
def test_a_header_value_that_could_split_the_request_is_refused_before_sending(value: str) -> None:
    request = ApiRequest(operation("GET"), "/v1/C", headers={"X-Twilio-Api-Version": value})
    with pytest.raises(ValueError, match="X-Twilio-Api-Version header must not contain line breaks"):
        build_wire_request(request, "https://messaging.twilio.com", RequestHeaders.create(COMMON), dict(TIMEOUT))
