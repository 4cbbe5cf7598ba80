"""Receiving Twilio webhooks: signature checks, typed payloads and TwiML replies.

Typical use in any web framework::

    try:
        event = parse_webhook(method, public_url, headers, raw_body, auth_tokens=token)
    except WebhookSignatureError:
        ...  # answer 403
    except WebhookPayloadError:
        ...  # answer 400
"""

from .errors import WebhookError, WebhookPayloadError, WebhookSignatureError
from .handler import SIGNATURE_HEADER, parse_webhook
from .payloads import InboundMessage, Media, StatusCallback
from .signature import compute_signature
from .twiml import Message, MessagingResponse
from .validator import RequestValidator

__all__ = [
    "SIGNATURE_HEADER",
    "InboundMessage",
    "Media",
    "Message",
    "MessagingResponse",
    "RequestValidator",
    "StatusCallback",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "compute_signature",
    "parse_webhook",
]
