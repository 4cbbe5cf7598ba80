"""The README's "Receive and reply" snippet (examples/receive_and_reply.py) works as shown."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest
from twilio_messaging.webhooks import WebhookSignatureError

TOKEN = "c" * 32
URL = "https://example.com/sms"

SignedForm = Callable[[str, str, list[tuple[str, str]]], tuple[dict[str, str], bytes]]


@pytest.fixture
def snippet(load_example: Callable[[str], ModuleType]) -> ModuleType:
    return load_example("receive_and_reply")


def test_replies_to_a_signed_sms(
    snippet: ModuleType, signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    headers, body = signed_form(TOKEN, URL, inbound_sms)
    assert snippet.reply_to_message(URL, headers, body, TOKEN) == (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<Response><Message>You said: Hello &amp; welcome &lt;3</Message></Response>"
    )


def test_thanks_for_whatsapp_media(snippet: ModuleType, signed_form: SignedForm) -> None:
    form = [
        ("MessageSid", "MM" + "1" * 32),
        ("AccountSid", "AC" + "1" * 32),
        ("From", "whatsapp:+14155550199"),
        ("To", "whatsapp:+14155238886"),
        ("ProfileName", "Ana"),
        ("NumMedia", "1"),
        ("MediaUrl0", "https://e.example/0"),
        ("MediaContentType0", "image/jpeg"),
    ]
    headers, body = signed_form(TOKEN, URL, form)
    assert "<Message>Thanks for the 1 file(s), Ana!</Message>" in snippet.reply_to_message(URL, headers, body, TOKEN)


def test_rejects_a_forged_request(
    snippet: ModuleType, signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    headers, body = signed_form("guessed", URL, inbound_sms)
    with pytest.raises(WebhookSignatureError):
        snippet.reply_to_message(URL, headers, body, TOKEN)
