"""RequestValidator: form and JSON webhooks, token rotation, URL forms."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import pytest
from twilio_messaging.webhooks import RequestValidator
from twilio_messaging.webhooks.validator import url_variants

TOKEN = "a" * 32
OLD_TOKEN = "b" * 32
URL = "https://example.com/sms"
PARAMS = [("Body", "Hi"), ("From", "+14155550199"), ("MediaUrl", "u2"), ("MediaUrl", "u1"), ("To", "+14155550100")]


@pytest.fixture
def validator() -> RequestValidator:
    return RequestValidator(TOKEN)


def test_valid_form_signature(validator: RequestValidator, sign: Callable[..., str]) -> None:
    signature = sign(TOKEN, URL, PARAMS)
    assert validator.validate(URL, PARAMS, signature)
    assert validator.validate(URL, {"Body": "Hi", "From": "+14155550199", "To": "+14155550100",
                                    "MediaUrl": ["u1", "u2"]}, signature)
    assert validator.validate(URL, iter(PARAMS), signature)  # an iterator is read once only


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (URL, [*PARAMS[:-1], ("To", "+14155550101")]),  # changed value
        (URL, [*PARAMS, ("Extra", "1")]),  # added field
        (URL, PARAMS[1:]),  # removed field
        ("https://example.com/sms2", PARAMS),  # changed path
        ("https://example.com/sms?x=1", PARAMS),  # added query string
        ("http://example.com/sms", PARAMS),  # changed scheme
    ],
)
def test_tampering_fails(
    validator: RequestValidator, sign: Callable[..., str], url: str, params: list[tuple[str, str]]
) -> None:
    assert not validator.validate(url, params, sign(TOKEN, URL, PARAMS))


def test_wrong_token_empty_or_garbage_signature_fails(validator: RequestValidator, sign: Callable[..., str]) -> None:
    assert not validator.validate(URL, PARAMS, sign(OLD_TOKEN, URL, PARAMS))
    assert not validator.validate(URL, PARAMS, "")
    assert not validator.validate(URL, PARAMS, "not base64 at all, ünïcode")


def test_rotation_accepts_every_configured_token(sign: Callable[..., str]) -> None:
    validator = RequestValidator([TOKEN, OLD_TOKEN])
    assert validator.validate(URL, PARAMS, sign(TOKEN, URL, PARAMS))
    assert validator.validate(URL, PARAMS, sign(OLD_TOKEN, URL, PARAMS))
    assert not validator.validate(URL, PARAMS, sign("c" * 32, URL, PARAMS))


@pytest.mark.parametrize(
    ("signed_url", "received_url"),
    [
        ("https://example.com:443/sms", "https://example.com/sms"),
        ("https://example.com/sms", "https://example.com:443/sms"),
        ("http://example.com:80/sms?a=1&b=2", "http://example.com/sms?a=1&b=2"),
        ("http://example.com/sms?a=1", "http://example.com:80/sms?a=1"),
        ("https://user:pw@example.com:443/sms", "https://user:pw@example.com/sms"),
        ("https://[2001:db8::1]/sms", "https://[2001:db8::1]:443/sms"),
    ],
)
def test_default_port_is_optional(sign: Callable[..., str], signed_url: str, received_url: str) -> None:
    assert RequestValidator(TOKEN).validate(received_url, PARAMS, sign(TOKEN, signed_url, PARAMS))


@pytest.mark.parametrize(
    ("signed_url", "received_url"),
    [
        ("https://example.com:8443/sms", "https://example.com/sms"),  # a real port is signed
        ("https://example.com:80/sms", "https://example.com/sms"),  # 80 is not https's default
        ("https://example.com/sms?a=1&b=2", "https://example.com/sms?b=2&a=1"),  # query order is signed
    ],
)
def test_other_url_changes_fail(sign: Callable[..., str], signed_url: str, received_url: str) -> None:
    assert not RequestValidator(TOKEN).validate(received_url, PARAMS, sign(TOKEN, signed_url, PARAMS))


def test_url_variants_keep_the_rest_verbatim() -> None:
    assert url_variants("https://Example.com/a%20b?x=1#f") == (
        "https://Example.com/a%20b?x=1#f",
        "https://Example.com:443/a%20b?x=1#f",
    )
    assert url_variants("https://example.com:443") == ("https://example.com:443", "https://example.com")
    assert url_variants("ftp://example.com/") == ("ftp://example.com/",)
    assert url_variants("not a url") == ("not a url",)


def test_get_webhook_signs_only_the_url(validator: RequestValidator, sign: Callable[..., str]) -> None:
    url = "https://example.com/sms?Body=Hi&From=%2B14155550199"
    assert validator.validate(url, {}, sign(TOKEN, url))


class TestJson:
    BODY = json.dumps({"MessageSid": "SM1", "MessageStatus": "delivered"}).encode()

    def url_for(self, body: bytes, base: str = "https://example.com/status") -> str:
        return f"{base}?bodySHA256={hashlib.sha256(body).hexdigest()}"

    def test_valid(self, validator: RequestValidator, sign: Callable[..., str]) -> None:
        url = self.url_for(self.BODY)
        assert validator.validate_json(url, self.BODY, sign(TOKEN, url))

    def test_valid_with_other_query_params_and_default_port(
        self, validator: RequestValidator, sign: Callable[..., str]
    ) -> None:
        signed = f"https://example.com:443/status?tenant=7&bodySHA256={hashlib.sha256(self.BODY).hexdigest()}"
        received = signed.replace(":443", "")
        assert validator.validate_json(received, self.BODY, sign(TOKEN, signed))

    def test_changed_body_fails_even_with_a_valid_url_signature(
        self, validator: RequestValidator, sign: Callable[..., str]
    ) -> None:
        url = self.url_for(self.BODY)
        assert not validator.validate_json(url, self.BODY + b" ", sign(TOKEN, url))

    def test_changed_hash_in_url_fails(self, validator: RequestValidator, sign: Callable[..., str]) -> None:
        other = b"{}"
        url = self.url_for(self.BODY)
        forged = self.url_for(other)
        assert not validator.validate_json(forged, other, sign(TOKEN, url))

    def test_missing_or_repeated_hash_fails(self, validator: RequestValidator, sign: Callable[..., str]) -> None:
        bare = "https://example.com/status"
        assert not validator.validate_json(bare, self.BODY, sign(TOKEN, bare))
        doubled = self.url_for(self.BODY) + "&bodySHA256=00"
        assert not validator.validate_json(doubled, self.BODY, sign(TOKEN, doubled))

    def test_wrong_token_fails(self, validator: RequestValidator, sign: Callable[..., str]) -> None:
        url = self.url_for(self.BODY)
        assert not validator.validate_json(url, self.BODY, sign(OLD_TOKEN, url))


def test_tokens_stay_out_of_repr_and_errors() -> None:
    validator = RequestValidator(["secret-one", "secret-two"])
    assert "secret" not in repr(validator)
    assert "secret" not in str(validator)
    with pytest.raises(ValueError) as excinfo:
        RequestValidator(["secret-one", ""])
    assert "secret" not in str(excinfo.value)


@pytest.mark.parametrize("tokens", ["", [], ()])
def test_needs_a_token(tokens: str | list[str]) -> None:
    with pytest.raises(ValueError, match="auth token"):
        RequestValidator(tokens)


# twilio-python's published vector (tests/unit/test_request_validator.py): token "12345", these
# fields, and the signature Twilio computes over https://mycompany.com/myapp.php?foo=1&bar=2.
TWILIO_PYTHON_TOKEN = "12345"
TWILIO_PYTHON_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
    "Caller": "+14158675309",
}
TWILIO_PYTHON_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8="
TWILIO_PYTHON_HTTP_PORT_SIGNATURE = "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="  # over http://mycompany.com:1234/...


@pytest.mark.parametrize(
    "received",
    [
        "https://mycompany.com/myapp.php?foo=1&bar=2",
        "https://mycompany.com:1234/myapp.php?foo=1&bar=2",  # test_validation_removes_port_on_https
        "https://mycompany.com:8443/myapp.php?foo=1&bar=2",
        "https://user:secret@mycompany.com:1234/myapp.php?foo=1&bar=2",
    ],
)
def test_https_signature_without_the_port_is_accepted_on_any_port(received: str) -> None:
    validator = RequestValidator(TWILIO_PYTHON_TOKEN)

    assert validator.validate(received, TWILIO_PYTHON_PARAMS, TWILIO_PYTHON_SIGNATURE)


def test_http_keeps_a_non_default_port_in_what_is_signed() -> None:
    validator = RequestValidator(TWILIO_PYTHON_TOKEN)
    received = "http://mycompany.com:1234/myapp.php?foo=1&bar=2"

    assert validator.validate(received, TWILIO_PYTHON_PARAMS, TWILIO_PYTHON_HTTP_PORT_SIGNATURE)
    assert not validator.validate(received, TWILIO_PYTHON_PARAMS, TWILIO_PYTHON_SIGNATURE)  # port dropped: refused


def test_url_variants_for_https_on_another_port() -> None:
    assert url_variants("https://u:p@example.com:8443/sms?a=1") == (
        "https://u:p@example.com:8443/sms?a=1",
        "https://u:p@example.com/sms?a=1",
        "https://example.com/sms?a=1",
    )
    assert url_variants("http://example.com:8080/sms") == ("http://example.com:8080/sms",)
