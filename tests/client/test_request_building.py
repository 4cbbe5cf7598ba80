"""The fast request builder produces what ``httpx.Request(content=...)`` would: same method, URL, headers, body."""

from __future__ import annotations

import httpx
import pytest
from twilio_messaging._operation import ApiRequest, Operation
from twilio_messaging._request import FORM_CONTENT_TYPE, RequestHeaders, build_httpx_request

COMMON = {"Authorization": "Basic QUM6eA==", "User-Agent": "twilio-messaging/test", "Accept": "application/json"}
TIMEOUT = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def operation(method: str) -> Operation:
    return Operation(name="Op", method=method, host="api", path="/x", success=(200,))


CASES = {
    "get": (ApiRequest(operation("GET"), "/2010-04-01/M.json"), None),
    "get-params": (ApiRequest(operation("GET"), "/v1/S", params={"PageSize": 50, "To": "+1 555"}), None),
    "post-form": (ApiRequest(operation("POST"), "/2010-04-01/M.json", data={"To": "+15558675310", "Body": "hé"}), 1),
    "post-empty": (ApiRequest(operation("POST"), "/2010-04-01/M/SM1.json"), None),
    "delete": (ApiRequest(operation("DELETE"), "/2010-04-01/M/SM1.json"), None),
    "get-header-param": (ApiRequest(operation("GET"), "/v1/C", headers={"X-Twilio-Api-Version": "v2"}), None),
    "post-header-param": (
        ApiRequest(operation("POST"), "/v1/C", data={"A": "1"}, headers={"X-Twilio-Api-Version": "v2"}),
        None,
    ),
}


@pytest.mark.parametrize("origin", ["https://api.twilio.com", "http://127.0.0.1:4010"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_request_matches_what_httpx_builds(case, origin):
    api_request, _ = CASES[case]
    headers = RequestHeaders.create(COMMON)

    built = build_httpx_request(api_request, origin, headers, dict(TIMEOUT))
    again = build_httpx_request(api_request, origin, headers, dict(TIMEOUT))  # from the prepared headers

    content = built.content
    expected_headers = {
        **COMMON,
        **({"Content-Type": FORM_CONTENT_TYPE} if api_request.data else {}),
        **(api_request.headers or {}),
    }
    expected = httpx.Request(
        api_request.operation.method,
        built.url,
        headers=expected_headers,
        content=content or None,
        extensions={"timeout": TIMEOUT},
    )
    for request in (built, again):
        assert request.method == expected.method
        assert request.url == expected.url
        assert sorted(request.headers.raw) == sorted(expected.headers.raw)  # the same headers (order aside)
        assert request.content == expected.content
        assert b"".join(request.stream) == content  # the transport reads the stream
        assert request.extensions == expected.extensions
    if api_request.params:
        assert built.url.params["PageSize"] == "50" and built.url.params["To"] == "+1 555"


def test_prepared_headers_are_never_shared_between_requests():
    headers = RequestHeaders.create(COMMON)
    request = ApiRequest(operation("POST"), "/2010-04-01/M.json", data={"Body": "hi"})

    first = build_httpx_request(request, "https://api.twilio.com", headers, dict(TIMEOUT))
    first.headers["X-Changed"] = "yes"
    second = build_httpx_request(request, "https://api.twilio.com", headers, dict(TIMEOUT))

    assert "X-Changed" not in second.headers
