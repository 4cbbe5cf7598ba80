"""Emulator settings: credentials, lifecycle timings, callback retry policy."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def _stable_hex(seed: str) -> str:
    return hashlib.sha256(seed.encode("ascii")).hexdigest()[:32]


DEFAULT_ACCOUNT_SID = "AC" + _stable_hex("twilio-messaging-emulator:account")
DEFAULT_AUTH_TOKEN = _stable_hex("twilio-messaging-emulator:token")

# Twilio's test-credential number that is always a valid sender.
MAGIC_VALID_FROM = "+15005550006"


@dataclass(frozen=True)
class IncomingNumberSeed:
    """A phone number the emulated account owns from the start."""

    phone_number: str
    sms_url: str | None = None
    sms_method: str = "POST"
    friendly_name: str | None = None


@dataclass(frozen=True)
class EmulatorConfig:
    """How an emulator instance behaves. Every field has a usable default."""

    account_sid: str = DEFAULT_ACCOUNT_SID
    auth_token: str = DEFAULT_AUTH_TOKEN
    # Optional API key credentials (username SK..., password secret).
    api_key_sid: str | None = None
    api_key_secret: str | None = None

    # Seconds after creation (or release, for scheduled messages) at which an
    # outbound message reaches each status.
    accepted_to_queued: float = 0.25
    sending_after: float = 0.5
    sent_after: float = 1.0
    delivered_after: float = 2.0

    # When true, ``From`` must be a number, short code or sender the account owns
    # (registered incoming numbers, short codes, Messaging Service senders);
    # otherwise any well-formed sender is accepted, like a permissive sandbox.
    strict_from: bool = False

    # Status callback / webhook delivery.
    callback_timeout: float = 5.0
    callback_retries: int = 3
    callback_backoff: float = 0.05
    # Period of the background tick that advances lifecycles with a real clock.
    tick_interval: float = 0.1

    # Phone numbers owned from the start (the magic valid sender is always owned).
    incoming_numbers: tuple[IncomingNumberSeed, ...] = field(default_factory=tuple)
    # Short codes owned from the start (2010 SMS ShortCodes resource).
    short_codes: tuple[str, ...] = field(default_factory=tuple)
    # Link-shortening domains owned from the start (their SIDs: stable_sid("DN", name)).
    link_domains: tuple[str, ...] = field(default_factory=tuple)
    # The OpenAPI document (bundled JSON) to serve; None: the one shipped with the package.
    spec: str | None = None
    # Numbers listed in the daily deactivations report served by /v1/Deactivations.
    deactivated_numbers: tuple[str, ...] = field(default_factory=tuple)
