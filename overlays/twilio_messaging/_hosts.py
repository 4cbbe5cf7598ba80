"""Which origin each operation's host resolves to: Twilio's, a region/edge, or a local override."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple
from urllib.parse import urlsplit

from twilio_messaging.errors import ConfigurationError

# The host key each generated Operation names -> Twilio's product subdomain.
PRODUCTS = {"api": "api", "messaging": "messaging", "pricing": "pricing"}
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


def is_loopback(hostname: str) -> bool:
    if hostname.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(hostname.strip("[]")).is_loopback
    except ValueError:
        return False


def check_origin(url: str, what: str) -> str:
    """Validate an override origin: https anywhere, plain http only to loopback (emulators, tests)."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"{what} must be an absolute http(s) URL, not {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{what}: plain http is only allowed to loopback addresses; use https for {parts.hostname}"
        )
    if parts.path not in ("", "/") or parts.query:
        raise ConfigurationError(f"{what} must be an origin without path or query, not {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


class HostResolver(NamedTuple):
    """Maps a host key ("api", "messaging", "pricing") to an origin such as https://api.twilio.com."""

    region: str | None = None
    edge: str | None = None
    base_url: str | None = None
    overrides: Mapping[str, str] = _NO_OVERRIDES

    @classmethod
    def create(
        cls,
        *,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        hosts: Mapping[str, str] | None = None,
    ) -> HostResolver:
        region = region or os.environ.get("TWILIO_REGION") or None
        edge = edge or os.environ.get("TWILIO_EDGE") or None
        overrides = {}
        for key, url in (hosts or {}).items():
            if key not in PRODUCTS:
                raise ConfigurationError(f"hosts: unknown host {key!r}; known: {sorted(PRODUCTS)}")
            overrides[key] = check_origin(url, f"hosts[{key!r}]")
        checked_base = check_origin(base_url, "base_url") if base_url else None
        return cls(region=region, edge=edge, base_url=checked_base, overrides=overrides)

    def origin(self, host: str) -> str:
        if host in self.overrides:
            return self.overrides[host]
        if self.base_url:
            return self.base_url
        product = PRODUCTS[host]
        region = self.region or ("us1" if self.edge else None)
        labels = [product, *(p for p in (self.edge, region) if p), "twilio", "com"]
        return "https://" + ".".join(labels)
