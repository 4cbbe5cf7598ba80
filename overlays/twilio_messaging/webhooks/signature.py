"""The X-Twilio-Signature algorithm, shared by the webhook validator and the emulator."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping, Sequence

FormParams = Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]]


def _sorted_pairs(params: FormParams) -> list[tuple[str, str]]:
    """Flatten form parameters to distinct (name, value) pairs, sorted by name then value.

    A repeated name is signed once per distinct value, values in sorted order, so the
    result does not depend on the order in which a framework hands the values over.
    Identical repeats (``A=1&A=1``) count once: Twilio's own helper libraries settled on
    that after valid webhooks with such repeats were reported as rejected.
    Sorting (name, value) tuples, rather than concatenated strings, keeps ``Reason``
    ahead of ``ReasonCode`` whatever their values are.
    """
    return sorted(set(form_pairs(params)))


def form_pairs(params: FormParams) -> list[tuple[str, str]]:
    """Flatten form parameters to (name, value) pairs, one per value, in the order given."""
    pairs: list[tuple[str, str]] = []
    items = params.items() if isinstance(params, Mapping) else params
    for name, value in items:
        # A str is itself a Sequence[str]: test it first or "abc" would sign as "a", "b", "c".
        if isinstance(value, str):
            pairs.append((name, value))
        else:
            pairs.extend((name, v) for v in value)
    return pairs


def compute_signature(auth_token: str, url: str, params: FormParams = ()) -> str:
    """Return the base64 HMAC-SHA1 that Twilio sends in ``X-Twilio-Signature``.

    ``url`` is the full URL Twilio requested (scheme, host, path and query string);
    ``params`` are the POST form parameters (empty for GET and JSON webhooks).
    """
    payload = url + "".join(name + value for name, value in _sorted_pairs(params))
    digest = hmac.new(auth_token.encode("utf-8"), payload.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")
