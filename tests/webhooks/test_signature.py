"""compute_signature against Twilio's published example and an independent signer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from twilio_messaging.webhooks import compute_signature

# The worked example of Twilio's webhook security guide.
DOC_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
DOC_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}


def test_matches_twilios_published_example() -> None:
    assert compute_signature("12345", DOC_URL, DOC_PARAMS) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


@pytest.mark.parametrize(
    "pairs",
    [
        [],
        [("Body", "")],
        [("Body", "héllo 👋 & <ok>"), ("From", "+14155550199")],
        [("MediaUrl", "https://b.example/2"), ("MediaUrl", "https://a.example/1"), ("To", "+1")],
        # A name that prefixes another: sorting concatenated strings would put ReasonCode first.
        [("ReasonCode", "a"), ("Reason", "z")],
    ],
)
def test_agrees_with_reference_signer(sign: Callable[..., str], pairs: list[tuple[str, str]]) -> None:
    url = "https://example.com/sms?tenant=a%20b"
    assert compute_signature("tok", url, pairs) == sign("tok", url, pairs)
    assert compute_signature("tok", url, list(reversed(pairs))) == sign("tok", url, pairs)


def test_repeated_keys_as_mapping_or_pairs() -> None:
    as_pairs = [("A", "2"), ("B", "x"), ("A", "1")]
    as_mapping = {"B": "x", "A": ["1", "2"]}
    assert compute_signature("t", "https://e.example/", as_pairs) == compute_signature(
        "t", "https://e.example/", as_mapping
    )


def test_identical_repeats_are_signed_once() -> None:
    once = compute_signature("t", "https://e.example/", [("A", "1")])
    assert compute_signature("t", "https://e.example/", [("A", "1"), ("A", "1")]) == once


def test_every_input_counts() -> None:
    base = compute_signature("t", "https://e.example/", {"A": "1"})
    assert compute_signature("u", "https://e.example/", {"A": "1"}) != base
    assert compute_signature("t", "https://e.example/x", {"A": "1"}) != base
    assert compute_signature("t", "https://e.example/", {"A": "2"}) != base
    assert compute_signature("t", "https://e.example/", {"A": "1", "B": ""}) != base
