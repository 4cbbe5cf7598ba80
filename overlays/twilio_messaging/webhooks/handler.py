"""One framework-free entry point: verify a webhook request and return its typed payload."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import parse_qsl, urlsplit

from .errors import WebhookPayloadError, WebhookSignatureError
from .payloads import InboundMessage, StatusCallback
from .validator import RequestValidator

SIGNATURE_HEADER = "X-Twilio-Signature"

Headers = Mapping[str, str] | Iterable[tuple[str, str]]

_MISMATCH_HINT = (
    "X-Twilio-Signature does not match: check the auth token(s), and that the URL passed is the public URL "
    "Twilio requested (scheme, host, port, path and query string as configured), not one rewritten by a proxy"
)


def parse_webhook(
    method: str,
    url: str,
    headers: Headers,
    body: bytes,
    *,
    auth_tokens: str | Sequence[str] | RequestValidator,
) -> InboundMessage | StatusCallback:
    """Verify a messaging webhook and parse it.

    ``url`` is the full public URL Twilio requested, query string included; ``headers``
    any mapping or list of pairs (names are matched case-insensitively); ``body`` the raw
    request body. A request carrying ``MessageStatus`` is a :class:`StatusCallback`, any
    other an :class:`InboundMessage`.

    Raises :class:`WebhookSignatureError` (answer 403) before looking at the payload, then
    :class:`WebhookPayloadError` (answer 400) if the signed payload is malformed.
    """
    validator = auth_tokens if isinstance(auth_tokens, RequestValidator) else RequestValidator(auth_tokens)
    signature = _header(headers, SIGNATURE_HEADER)
    if not signature:
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is missing")
    params = _verified_params(validator, method, url, headers, body, signature)
    if "MessageStatus" in params:
        return StatusCallback.from_form(params)
    return InboundMessage.from_form(params)


def _verified_params(
    validator: RequestValidator, method: str, url: str, headers: Headers, body: bytes, signature: str
) -> dict[str, list[str]]:
    if method.upper() in ("GET", "HEAD"):
        # GET webhooks carry their fields in the query string, which the URL already signs.
        if not validator.validate(url, (), signature):
            raise WebhookSignatureError(_MISMATCH_HINT)
        return _grouped(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    media_type = (_header(headers, "Content-Type") or "").split(";")[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        if not validator.validate_json(url, body, signature):
            raise WebhookSignatureError(_MISMATCH_HINT + "; for JSON, also that bodySHA256 matches the body")
        return _json_params(body)
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        # Undecodable bytes cannot be what Twilio signed: treat as unauthenticated.
        raise WebhookSignatureError("the form body is not valid UTF-8 form encoding") from None
    if not validator.validate(url, pairs, signature):
        raise WebhookSignatureError(_MISMATCH_HINT)
    return _grouped(pairs)


def _header(headers: Headers, name: str) -> str | None:
    if isinstance(headers, Mapping):
        value = headers.get(name)  # fast path; also lets case-insensitive mappings do their job
        if value is not None:
            return value
    items = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    return next((value for key, value in items if key.lower() == wanted), None)


def _grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    # Repeated keys keep all their values, in order (MediaUrl-style fields, future lists).
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    return grouped


def _json_params(body: bytes) -> dict[str, list[str]]:
    """Flatten a JSON webhook body into the same shape as form fields."""
    try:
        document = json.loads(body)
    except ValueError:
        raise WebhookPayloadError("body", "expected a JSON object, got text that is not JSON") from None
    if not isinstance(document, dict):
        raise WebhookPayloadError("body", "expected a JSON object")
    params: dict[str, list[str]] = {}
    for name, value in document.items():
        items = value if isinstance(value, list) else [value]
        # null means absent; everything else becomes the text a form field would carry.
        texts = [_as_text(item) for item in items if item is not None]
        if texts:
            params[name] = texts
    return params


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    # json.dumps renders booleans as true/false, as Twilio's form fields do, and nested
    # objects (ChannelMetadata) as the JSON text a form field would carry.
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
