"""Exceptions raised while receiving a webhook.

Messages never include auth tokens, signatures or field values: webhook values are
personal data (phone numbers, message text) and error messages end up in logs.
"""

from __future__ import annotations

from twilio_messaging.errors import TwilioMessagingError


class WebhookError(TwilioMessagingError):
    """Base class for every error raised by ``twilio_messaging.webhooks``."""


class WebhookSignatureError(WebhookError):
    """The request could not be proven to come from Twilio.

    Raised when the ``X-Twilio-Signature`` header is missing, or when no configured
    auth token produces it for the URL and body received. Answer such requests with
    HTTP 403 and do not act on them.
    """


class WebhookPayloadError(WebhookError, ValueError):
    """A signed webhook whose fields do not have the expected shape.

    ``field`` is the wire name (``"NumMedia"``, ``"Latitude"``, ...) and ``reason``
    says what was expected of it.
    """

    def __init__(self, field: str, reason: str) -> None:
        # Both go to args so that the exception pickles and copies like any other.
        super().__init__(field, reason)
        self.field = field
        self.reason = reason

    def __str__(self) -> str:
        return f"webhook field {self.field!r}: {self.reason}"
