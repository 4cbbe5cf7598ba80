"""A small Starlette app answering Twilio messaging webhooks.

POST /sms     replies to incoming messages with TwiML.
POST /status  records delivery status callbacks in memory (``app.state.status_callbacks``).

Both verify X-Twilio-Signature. Run it with::

    TWILIO_AUTH_TOKEN=... uvicorn --factory --app-dir examples webhook_app:app_from_env

Twilio signs the exact public URL it calls. Behind a proxy or tunnel (ngrok and the like),
set PUBLIC_URL to that URL's origin, e.g. ``https://abc123.ngrok.app``. During a token
rotation, set TWILIO_SECONDARY_AUTH_TOKEN too: both tokens are accepted.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from twilio_messaging.webhooks import (
    InboundMessage,
    MessagingResponse,
    RequestValidator,
    StatusCallback,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_webhook,
)


def create_app(auth_tokens: str | Sequence[str], *, public_url: str | None = None) -> Starlette:
    validator = RequestValidator(auth_tokens)  # built once, reused by every request
    status_callbacks: list[StatusCallback] = []

    def signed_url(request: Request) -> str:
        # The raw path keeps percent-escapes exactly as sent, which is what Twilio signed.
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        origin = public_url.rstrip("/") if public_url else f"{request.url.scheme}://{request.url.netloc}"
        query = request.url.query
        return origin + raw_path.decode("latin-1") + (f"?{query}" if query else "")

    async def verified(request: Request) -> InboundMessage | StatusCallback:
        body = await request.body()
        return parse_webhook(request.method, signed_url(request), request.headers, body, auth_tokens=validator)

    async def sms(request: Request) -> Response:
        message = await verified(request)
        if not isinstance(message, InboundMessage):
            return PlainTextResponse("expected an incoming message", status_code=400)
        reply = MessagingResponse()
        if message.media:
            reply.message(f"Got {len(message.media)} attachment(s), thanks!")
        else:
            reply.message(f"You said: {message.body}")
        return Response(reply.to_xml(), media_type="application/xml")

    async def status(request: Request) -> Response:
        callback = await verified(request)
        if not isinstance(callback, StatusCallback):
            return PlainTextResponse("expected a status callback", status_code=400)
        status_callbacks.append(callback)
        return Response(status_code=204)

    async def forbidden(request: Request, exc: Exception) -> Response:
        # Say little: the caller is not Twilio, or the URL/token configuration is wrong.
        return PlainTextResponse("invalid Twilio signature", status_code=403)

    async def bad_payload(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(str(exc), status_code=400)

    app = Starlette(
        routes=[Route("/sms", sms, methods=["POST"]), Route("/status", status, methods=["POST"])],
        exception_handlers={WebhookSignatureError: forbidden, WebhookPayloadError: bad_payload},
    )
    app.state.status_callbacks = status_callbacks
    return app


def app_from_env() -> Starlette:
    """Factory for uvicorn ``--factory``: configuration from the environment."""
    tokens = [os.environ["TWILIO_AUTH_TOKEN"]]
    if secondary := os.environ.get("TWILIO_SECONDARY_AUTH_TOKEN"):
        tokens.append(secondary)
    return create_app(tokens, public_url=os.environ.get("PUBLIC_URL"))
