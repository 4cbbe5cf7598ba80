"""Checking ``X-Twilio-Signature`` against one or more auth tokens."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

from .signature import FormParams, compute_signature, form_pairs

_DEFAULT_PORTS = {"https": "443", "http": "80"}


class RequestValidator:
    """Verifies that webhook requests were signed by Twilio with one of your auth tokens.

    Pass several tokens while rotating: the old and the new token are both accepted
    until you drop the old one. Tokens are kept private: they appear in no repr and
    in no exception message.
    """

    __slots__ = ("_tokens",)

    def __init__(self, auth_tokens: str | Sequence[str]) -> None:
        tokens = (auth_tokens,) if isinstance(auth_tokens, str) else tuple(auth_tokens)
        if not tokens or not all(isinstance(token, str) and token for token in tokens):
            raise ValueError("RequestValidator needs at least one auth token, and no empty ones")
        self._tokens: tuple[str, ...] = tokens

    def __repr__(self) -> str:
        return f"<RequestValidator with {len(self._tokens)} auth token(s)>"

    def validate(self, url: str, params: FormParams, signature: str) -> bool:
        """Check a form-encoded (or GET) webhook.

        ``url`` is the full public URL Twilio requested, query string included;
        ``params`` the decoded POST fields (empty for GET, whose fields are in the URL).
        """
        # Materialise once: an iterator of pairs would be used up by the first attempt.
        pairs = form_pairs(params)
        return self._matches(url, pairs, signature)

    def validate_json(self, url: str, body: bytes, signature: str) -> bool:
        """Check a JSON webhook: the signature covers only the URL, whose ``bodySHA256``
        query parameter must be the SHA-256 hex digest of the raw body."""
        claimed = parse_qs(urlsplit(url).query, keep_blank_values=True).get("bodySHA256", [])
        if len(claimed) != 1:
            return False
        actual = hashlib.sha256(body).hexdigest()
        body_ok = hmac.compare_digest(actual.encode("ascii"), claimed[0].strip().lower().encode("utf-8"))
        return self._matches(url, [], signature) and body_ok

    def _matches(self, url: str, pairs: list[tuple[str, str]], signature: str) -> bool:
        if not signature:
            return False
        # Bytes, because compare_digest refuses str with non-ASCII characters and
        # the header is attacker-controlled.
        received = signature.strip().encode("utf-8")
        for candidate in url_variants(url):
            for token in self._tokens:
                expected = compute_signature(token, candidate, pairs).encode("ascii")
                if hmac.compare_digest(expected, received):
                    return True
        return False


def url_variants(url: str) -> tuple[str, ...]:
    """The URLs Twilio may have signed for a request received at ``url``, the URL as given first.

    * The default port (443 for https, 80 for http) toggled: Twilio does not sign consistently
      with respect to it (``https://example.com/sms`` may be signed as ``https://example.com:443/sms``
      and the reverse).
    * For https only: the URL without its port, whatever the port, and without ``user:password@``.
      Twilio removes both before signing an https callback, so an app served on
      ``https://host:8443`` receives signatures made over ``https://host/...``. Over plain http a
      non-default port stays part of what is signed.

    The rest of the URL is kept byte for byte, since it is signed as sent.
    """
    scheme, sep, rest = url.partition("://")
    default = _DEFAULT_PORTS.get(scheme.lower())
    if not sep or default is None:
        return (url,)
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    netloc, tail = rest[:end], rest[end:]
    userinfo, at, hostport = netloc.rpartition("@")
    host, port = _split_port(hostport)
    if not host:
        return (url,)
    variants = [url]
    if port is None:
        variants.append(f"{scheme}://{userinfo}{at}{host}:{default}{tail}")
    elif port == default or default == "443":
        variants.append(f"{scheme}://{userinfo}{at}{host}{tail}")
    if default == "443" and at:
        variants.append(f"{scheme}://{host}{tail}")
    return tuple(dict.fromkeys(variants))


def _split_port(hostport: str) -> tuple[str, str | None]:
    # IPv6 literals carry colons inside their brackets: only a colon after "]" starts a port.
    if hostport.startswith("["):
        close = hostport.find("]")
        if close < 0:
            return "", None
        host, after = hostport[: close + 1], hostport[close + 1 :]
    else:
        host, colon, port = hostport.partition(":")
        after = colon + port
    if not after.startswith(":") or len(after) == 1:
        return host, None
    return host, after[1:]
