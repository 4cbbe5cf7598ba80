"""parse_webhook: signature first, then the typed payload."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import pytest
from twilio_messaging.webhooks import (
    InboundMessage,
    RequestValidator,
    StatusCallback,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_webhook,
)

TOKEN = "f" * 32
URL = "https://hooks.example.com/twilio/sms?tenant=42"

SignedForm = Callable[[str, str, list[tuple[str, str]]], tuple[dict[str, str], bytes]]


def test_inbound_form_post(signed_form: SignedForm, inbound_sms: list[tuple[str, str]]) -> None:
    headers, body = signed_form(TOKEN, URL, inbound_sms)
    event = parse_webhook("POST", URL, headers, body, auth_tokens=TOKEN)
    assert isinstance(event, InboundMessage)
    assert event.body == "Hello & welcome <3"
    assert "tenant" not in event.extra  # the URL's own query is not part of the payload


def test_status_callback_form_post(
    signed_form: SignedForm, status_undelivered: list[tuple[str, str]], message_status_enum: Any
) -> None:
    headers, body = signed_form(TOKEN, URL, status_undelivered)
    event = parse_webhook("POST", URL, headers, body, auth_tokens=[TOKEN])
    assert isinstance(event, StatusCallback)
    assert event.message_status is message_status_enum.UNDELIVERED
    assert event.error_code == 30003


def test_headers_are_case_insensitive_and_may_be_pairs(
    signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    headers, body = signed_form(TOKEN, URL, inbound_sms)
    lowered = {name.lower(): value for name, value in headers.items()}
    as_pairs = [(name.upper(), value) for name, value in headers.items()]
    assert isinstance(parse_webhook("POST", URL, lowered, body, auth_tokens=TOKEN), InboundMessage)
    assert isinstance(parse_webhook("post", URL, as_pairs, body, auth_tokens=TOKEN), InboundMessage)


def test_repeated_keys_are_signed_and_kept(signed_form: SignedForm, inbound_sms: list[tuple[str, str]]) -> None:
    form = [*inbound_sms, ("Tag", "b"), ("Tag", "a")]
    headers, body = signed_form(TOKEN, URL, form)
    event = parse_webhook("POST", URL, headers, body, auth_tokens=TOKEN)
    assert [v for k, v in event.raw if k == "Tag"] == ["b", "a"]


def test_accepts_a_prebuilt_validator_and_rotated_tokens(
    signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    headers, body = signed_form("old-token", URL, inbound_sms)
    validator = RequestValidator([TOKEN, "old-token"])
    assert isinstance(parse_webhook("POST", URL, headers, body, auth_tokens=validator), InboundMessage)


def test_get_webhook_reads_the_query_string(sign: Callable[..., str], inbound_sms: list[tuple[str, str]]) -> None:
    url = "https://hooks.example.com/sms?" + urlencode(inbound_sms)
    event = parse_webhook("GET", url, {"X-Twilio-Signature": sign(TOKEN, url)}, b"", auth_tokens=TOKEN)
    assert isinstance(event, InboundMessage) and event.from_ == "+14155550199"


def test_json_webhook(
    signed_json: Callable[[str, str, bytes], tuple[str, dict[str, str]]], message_status_enum: Any
) -> None:
    document = {
        "MessageSid": "SM" + "1" * 32,
        "MessageStatus": "delivered",
        "AccountSid": "AC" + "1" * 32,
        "To": "+14155550199",
        "ErrorCode": None,
        "ChannelStatusMessage": {"nested": [1, True]},
    }
    body = json.dumps(document).encode()
    url, headers = signed_json(TOKEN, "https://hooks.example.com/status", body)
    event = parse_webhook("POST", url, headers | {"Content-Type": "application/json; charset=utf-8"}, body,
                          auth_tokens=TOKEN)
    assert isinstance(event, StatusCallback)
    assert event.message_status is message_status_enum.DELIVERED
    assert event.error_code is None
    assert event.channel_status_message == '{"nested":[1,true]}'


def test_json_webhook_with_changed_body_is_rejected(
    signed_json: Callable[[str, str, bytes], tuple[str, dict[str, str]]],
) -> None:
    body = json.dumps({"MessageSid": "SM1"}).encode()
    url, headers = signed_json(TOKEN, "https://hooks.example.com/status", body)
    with pytest.raises(WebhookSignatureError, match="bodySHA256"):
        parse_webhook("POST", url, headers, body.replace(b"SM1", b"SM2"), auth_tokens=TOKEN)


def test_signed_json_that_is_not_an_object_is_a_payload_error(
    signed_json: Callable[[str, str, bytes], tuple[str, dict[str, str]]],
) -> None:
    body = b"[1, 2]"
    url, headers = signed_json(TOKEN, "https://hooks.example.com/status", body)
    with pytest.raises(WebhookPayloadError, match="body"):
        parse_webhook("POST", url, headers, body, auth_tokens=TOKEN)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda url, headers, body: (url, {k: v for k, v in headers.items() if k != "X-Twilio-Signature"}, body),
        lambda url, headers, body: (url, headers | {"X-Twilio-Signature": ""}, body),
        lambda url, headers, body: (url.replace("42", "43"), headers, body),
        lambda url, headers, body: (url.replace("https://", "http://"), headers, body),
        lambda url, headers, body: (url, headers, body.replace(b"Hello", b"Hallo")),
        lambda url, headers, body: (url, headers, body + b"&Injected=1"),
        lambda url, headers, body: (url, headers, b"\xff\xfe"),
    ],
    ids=["no-header", "empty-header", "other-query", "other-scheme", "changed-field", "added-field", "not-utf8"],
)
def test_tampering_raises_signature_error(
    signed_form: SignedForm, inbound_sms: list[tuple[str, str]], tamper: Callable[..., Any]
) -> None:
    url, headers, body = tamper(URL, *signed_form(TOKEN, URL, inbound_sms))
    with pytest.raises(WebhookSignatureError) as excinfo:
        parse_webhook("POST", url, headers, body, auth_tokens=TOKEN)
    assert TOKEN not in str(excinfo.value)


def test_wrong_token_raises_signature_error(signed_form: SignedForm, inbound_sms: list[tuple[str, str]]) -> None:
    headers, body = signed_form("another-token", URL, inbound_sms)
    with pytest.raises(WebhookSignatureError, match="public URL"):
        parse_webhook("POST", URL, headers, body, auth_tokens=TOKEN)


def test_unsigned_garbage_is_a_signature_error_not_a_payload_error() -> None:
    # Signature comes first: a forged malformed payload must not reveal parsing details.
    with pytest.raises(WebhookSignatureError):
        parse_webhook("POST", URL, {"X-Twilio-Signature": "x"}, b"NumMedia=lots", auth_tokens=TOKEN)


def test_signed_malformed_payload_is_a_payload_error(
    signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    form = [(k, "lots" if k == "NumMedia" else v) for k, v in inbound_sms]
    headers, body = signed_form(TOKEN, URL, form)
    with pytest.raises(WebhookPayloadError) as excinfo:
        parse_webhook("POST", URL, headers, body, auth_tokens=TOKEN)
    assert excinfo.value.field == "NumMedia"
