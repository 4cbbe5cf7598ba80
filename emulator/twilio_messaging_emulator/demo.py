"""``twilio-messaging demo``: the SDK end to end against the emulator, with no account and no network.

It starts the emulator and a small webhook app on loopback, then: sends a message and watches its
status callbacks arrive (signatures verified), receives an inbound text and answers it with TwiML,
lists messages across pages, and shows a typed error from a magic test number.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from twilio_messaging import BadRequestError, Client
from twilio_messaging.webhooks import InboundMessage, MessagingResponse, StatusCallback, parse_webhook

from .core.clock import FakeClock
from .server import EmulatorServer

OUR_NUMBER = "+15005550006"
FRIEND = "+15558675310"


@dataclass
class WebhookLog:
    """What the demo's webhook app received, for printing."""

    statuses: list[str] = field(default_factory=list)
    inbound: list[str] = field(default_factory=list)


def webhook_app(auth_token: str, public_url: Callable[[], str], log: WebhookLog) -> Starlette:
    """The user's side: verify each webhook, record status callbacks, reply to texts."""

    async def receive(request: Request) -> Response:
        url = public_url() + request.url.path
        payload = parse_webhook("POST", url, request.headers, await request.body(), auth_tokens=auth_token)
        if isinstance(payload, StatusCallback):
            log.statuses.append(str(payload.message_status))
            return Response(status_code=204)
        assert isinstance(payload, InboundMessage)
        log.inbound.append(payload.body)
        reply = MessagingResponse()
        reply.message(f"Thanks! You said: {payload.body}")
        return Response(reply.to_xml(), media_type="application/xml")

    return Starlette(routes=[Route("/status", receive, methods=["POST"]), Route("/sms", receive, methods=["POST"])])


def _serve(app: Starlette) -> tuple[uvicorn.Server, str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    return server, f"http://127.0.0.1:{sock.getsockname()[1]}"


def run_demo(out: Callable[[str], None] = print, messages_to_list: int = 120) -> WebhookLog:
    """Run every step; returns what the webhook app saw (tests check it)."""
    log = WebhookLog()
    clock = FakeClock()
    with EmulatorServer(clock=clock) as emulator:
        app_url = ""
        server, app_url = _serve(webhook_app(emulator.auth_token, lambda: app_url, log))
        try:
            out(f"emulator at {emulator.base_url}; webhook app at {app_url}")
            emulator.register_number(OUR_NUMBER, sms_url=f"{app_url}/sms")
            client = Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url)

            out("\n1. Send a message and watch its status callbacks")
            sent = client.messages.create(
                to=FRIEND, from_=OUR_NUMBER, body="Hello from the emulator 👋", status_callback=f"{app_url}/status"
            )
            out(f"   created {sent.sid}: status {sent.status}, {sent.num_segments} segment(s)")
            for _ in range(4):
                emulator.advance(1.0)
                emulator.wait_for_callbacks()
            out(f"   callbacks received (signatures verified): {' -> '.join(log.statuses)}")
            out(f"   fetched again: {client.messages(str(sent.sid)).fetch().status}")

            out("\n2. Receive a text and answer it with TwiML")
            result = emulator.deliver_inbound(FRIEND, OUR_NUMBER, "Is my order ready?")
            out(f"   our webhook got: {log.inbound[-1]!r}")
            for reply in result.replies:
                out(f"   reply sent as {reply['sid']}: {reply['body']!r}")

            out(f"\n3. List messages across pages ({messages_to_list} more messages)")
            for n in range(messages_to_list):
                client.messages.create(to=FRIEND, from_=OUR_NUMBER, body=f"update {n}")
            pages = list(client.messages.list(page_size=50).pages())
            total = sum(len(page) for page in pages)
            out(f"   {total} messages in {len(pages)} pages of up to 50; newest: {pages[0].items[0].body!r}")
            mine = list(client.messages.list(to=FRIEND, limit=5))
            out(f"   first 5 to {FRIEND}: {[m.sid for m in mine][:2]} ...")

            out("\n4. A typed error from a magic test number")
            try:
                client.messages.create(to="+15005550001", from_=OUR_NUMBER, body="hi")
            except BadRequestError as error:
                out(f"   {type(error).__name__}: status {error.status}, code {error.code}: {error.message}")

            out("\n5. Send to a list, stop halfway, run again: nobody texted twice")
            bulk_send(client, out)
            client.close()
        finally:
            server.should_exit = True
    out("\nDone: no Twilio account, no network.")
    return log


def bulk_send(client: Client, out: Callable[[str], None], rows: int = 20) -> None:
    """``send_many`` with a journal: a first run stopped after 8 rows, then a second that finishes."""
    import tempfile
    from pathlib import Path

    people = [{"to": f"+1555010{n:04d}", "name": f"Guest {n}"} for n in range(rows)]
    people[5]["to"] = "+15005550001"  # a magic number Twilio refuses (21211): recorded, the run goes on
    with tempfile.TemporaryDirectory() as folder:
        journal = Path(folder) / "journal.db"
        for label, stop_after in (("first run (stopped)", 8), ("second run", None)):
            run = client.messages.send_many(
                people, from_=OUR_NUMBER, body="Hi {name}, doors open at 7.", journal=journal, concurrency=4
            )
            for count, _ in enumerate(run, start=1):
                if count == stop_after:
                    break
            run.close()
            out(f"   {label}: {'; '.join(run.summary.lines()[:3])}")


def add_demo_command(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser("demo", help="run an end-to-end demo of the SDK on the emulator")
    parser.set_defaults(handler=lambda args: (run_demo(), 0)[1])
