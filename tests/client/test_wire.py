"""The loop's own request/response classes: what they hand to generated code, to users, and what they hide."""

from __future__ import annotations

import gzip
import zlib

import httpx
import pytest
from twilio_messaging._content_encoding import decompressed
from twilio_messaging._wire import HeaderSet, WireRequest, WireResponse, received

SECRET = "Basic QUNhYWE6c2VjcmV0"


def wire_request() -> WireRequest:
    headers = HeaderSet.of({"Authorization": SECRET, "Accept": "application/json"})
    return WireRequest("POST", "https://api.twilio.com/2010-04-01/M.json", headers, b"To=%2B1", {"read": 3.0})


def test_json_hands_over_the_decoded_value_once_then_decodes_afresh() -> None:
    response = WireResponse(201, [(b"Content-Type", b"application/json")], b'{"sid": "SM1"}', wire_request())
    decoded = {"sid": "SM1"}
    response.set_decoded(decoded)

    first, second = response.json(), response.json()

    assert first is decoded
    assert second == decoded and second is not decoded  # a second reader gets its own dict
    second["sid"] = "changed"
    assert response.json() == {"sid": "SM1"}


def test_headers_are_case_insensitive_and_made_on_first_use() -> None:
    response = WireResponse(200, [(b"Twilio-Request-Id", b"RQ1")], b"{}", wire_request())
    assert response.header("twilio-request-id") == "RQ1"
    assert response.headers is response.headers
    assert response.header("Retry-After") is None


def test_to_httpx_is_the_same_exchange_as_httpx_models() -> None:
    request = wire_request()
    response = WireResponse(429, [(b"Retry-After", b"1")], b'{"code": 20429}', request, "Too Many Requests")

    as_httpx = response.to_httpx()

    assert as_httpx is response.to_httpx()
    assert (as_httpx.status_code, as_httpx.reason_phrase, as_httpx.headers["retry-after"]) == (
        429,
        "Too Many Requests",
        "1",
    )
    assert as_httpx.json() == {"code": 20429}
    assert as_httpx.request.method == "POST" and str(as_httpx.request.url) == request.url
    assert as_httpx.request.content == b"To=%2B1" and as_httpx.request.extensions == {"timeout": {"read": 3.0}}


BODY = b'{"sid": "SM1", "body": "' + b"x" * 300 + b'"}'
CODED = {
    "gzip": gzip.compress(BODY),
    "deflate": zlib.compress(BODY),  # RFC 9110's deflate: a zlib wrapper
    "Deflate ": zlib.compress(BODY)[2:-4],  # raw deflate, as some servers send it (httpx accepts it too)
    "identity": BODY,
}


@pytest.mark.parametrize("coding", list(CODED))
def test_gzip_and_deflate_bodies_are_undone_with_zlib(coding: str) -> None:
    header = [(b"Content-Encoding", coding.encode())]
    response = received(200, header, CODED[coding], wire_request(), "OK")
    assert response.content == BODY
    assert decompressed(coding, CODED[coding]) == BODY
    captured = response.to_httpx()  # what capture_responses() hands out: as httpx itself would decode it
    assert captured.content == BODY and captured.headers["content-encoding"] == coding


def test_other_codings_are_left_to_httpx_and_a_corrupt_body_is_a_transport_error() -> None:
    assert decompressed("br", b"...") is None
    assert decompressed("gzip, br", b"...") is None
    with pytest.raises(httpx.DecodingError, match="gzip body does not decompress"):
        received(200, [(b"Content-Encoding", b"gzip")], b"not gzip", wire_request(), "OK")
    other = received(200, [(b"Content-Encoding", b"x-custom")], b"as sent", wire_request(), "OK")
    assert other.content == b"as sent" and other.to_httpx().content == b"as sent"  # httpx leaves unknown codings alone


def test_reprs_name_the_call_and_never_the_credentials() -> None:
    request = wire_request()
    shown = repr(request) + repr(WireResponse(200, [], b"", request)) + repr(request.headers) + str(request.headers)
    assert "POST https://api.twilio.com/2010-04-01/M.json" in shown
    assert "Authorization" in shown
    assert SECRET not in shown and "c2VjcmV0" not in shown
