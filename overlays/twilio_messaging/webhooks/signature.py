"""The X-Twilio-Signature algorithm, shared by the webhook validator and the emulator."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping, Sequence

FormParams = Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]]


def _sorted_pairs(params: FormParams) -> list[tuple[str, str]]:
    """Flatten form parameters to (name, value) pairs, sorted by name then value.

    Twilio signs repeated keys once per value; sorting the pairs (not just the names)
    makes the result independent of the order in which a framework hands them over.
    """
    pairs: list[tuple[str, str]] = []
    items = params.items() if isinstance(params, Mapping) else params
    for name, value in items:
        if isinstance(value, str):
            pairs.append((name, value))
        else:
            pairs.extend((name, v) for v in value)
    return sorted(pairs)


def compute_signature(auth_token: str, url: str, params: FormParams = ()) -> str:
    """Return the base64 HMAC-SHA1 that Twilio sends in ``X-Twilio-Signature``.

    ``url`` is the full URL Twilio requested (scheme, host, path and query string);
    ``params`` are the POST form parameters (empty for GET and JSON webhooks).
    """
    payload = url + "".join(name + value for name, value in _sorted_pairs(params))
    digest = hmac.new(auth_token.encode("utf-8"), payload.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")
