"""HTTP basic authentication with account credentials or an API key."""

from __future__ import annotations

import base64
import binascii
import hmac

from .config import EmulatorConfig
from .errors import TwilioError, not_found, unauthorized


class Authenticator:
    """Checks ``Authorization: Basic`` headers against the configured credentials."""

    def __init__(self, config: EmulatorConfig) -> None:
        self._accepted: dict[str, str] = {config.account_sid: config.auth_token}
        if config.api_key_sid and config.api_key_secret:
            self._accepted[config.api_key_sid] = config.api_key_secret
        self._account_sid = config.account_sid
        self._good_headers: set[str] = set()

    def check(self, authorization: str | None) -> None:
        """Raise 401 (code 20003) unless ``authorization`` carries valid credentials."""
        if authorization is None:
            raise unauthorized()
        if authorization in self._good_headers:
            return
        scheme, _, encoded = authorization.partition(" ")
        if scheme.lower() != "basic" or not encoded:
            raise unauthorized()
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise unauthorized() from None
        username, sep, password = decoded.partition(":")
        expected = self._accepted.get(username)
        if not sep or expected is None or not hmac.compare_digest(expected, password):
            raise unauthorized()
        if len(self._good_headers) < 64:
            self._good_headers.add(authorization)

    def check_account(self, account_sid: str, path: str) -> None:
        """The ``{AccountSid}`` in a 2010 path must be the authenticated account."""
        if account_sid != self._account_sid:
            raise not_found(path)


def is_auth_error(error: TwilioError) -> bool:
    return error.status == 401
