"""Credentials from arguments or the environment, kept out of every repr and message."""

from __future__ import annotations

import os
from typing import NamedTuple

from twilio_messaging.errors import ConfigurationError


class Credentials(NamedTuple):
    """Who the client acts as (``account_sid``) and what it authenticates with (``username``/``secret``).

    With an Auth Token, the username is the Account SID; with an API key, it is the key's SID.
    The secret is excluded from repr so it cannot leak through logs or tracebacks. A NamedTuple:
    ``dataclasses`` would cost import time (see _operation).
    """

    account_sid: str
    username: str
    secret: str

    def __repr__(self) -> str:
        return f"Credentials(account_sid={self.account_sid!r}, username={self.username!r})"

    def for_account(self, account_sid: str) -> Credentials:
        """The same authentication acting for another (sub)account."""
        return Credentials(account_sid=account_sid, username=self.username, secret=self.secret)


def resolve_credentials(
    account_sid: str | None,
    auth_token: str | None,
    api_key: str | None,
    api_secret: str | None,
) -> Credentials:
    """Arguments first, then TWILIO_* environment variables; a clear error when something is missing."""
    account_sid = account_sid or os.environ.get("TWILIO_ACCOUNT_SID")
    if not auth_token:  # an auth token given as an argument beats an API key from the environment
        api_key = api_key or os.environ.get("TWILIO_API_KEY")
        api_secret = api_secret or os.environ.get("TWILIO_API_SECRET")
    auth_token = auth_token or os.environ.get("TWILIO_AUTH_TOKEN")
    if not account_sid:
        raise ConfigurationError("account_sid is required (argument or TWILIO_ACCOUNT_SID)")
    if not account_sid.startswith("AC") or len(account_sid) != 34:
        raise ConfigurationError("account_sid must be an Account SID: 'AC' followed by 32 hex digits")
    if api_key or api_secret:
        if not (api_key and api_secret):
            raise ConfigurationError(
                "api_key and api_secret go together (arguments or TWILIO_API_KEY/TWILIO_API_SECRET)"
            )
        return Credentials(account_sid=account_sid, username=api_key, secret=api_secret)
    if not auth_token:
        raise ConfigurationError("auth_token is required (argument or TWILIO_AUTH_TOKEN), or an api_key and api_secret")
    return Credentials(account_sid=account_sid, username=account_sid, secret=auth_token)
