"""README "Receive and reply": verify an incoming-message webhook and answer with TwiML."""

from collections.abc import Mapping

from twilio_messaging.webhooks import InboundMessage, MessagingResponse, parse_webhook


def reply_to_message(url: str, headers: Mapping[str, str], body: bytes, auth_token: str) -> str:
    """Return the TwiML reply to Twilio's POST; ``url`` is the public URL Twilio called."""
    # Raises WebhookSignatureError (answer 403) or WebhookPayloadError (answer 400).
    message = parse_webhook("POST", url, headers, body, auth_tokens=auth_token)
    if not isinstance(message, InboundMessage):
        raise TypeError("this endpoint only receives incoming messages")
    reply = MessagingResponse()
    if message.media:
        reply.message(f"Thanks for the {len(message.media)} file(s), {message.profile_name or message.from_}!")
    else:
        reply.message(f"You said: {message.body}")
    return reply.to_xml()
