"""Run the emulator in-process: uvicorn on a background thread (used by the pytest plugin)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

import uvicorn

from .app import create_app
from .behaviours.callbacks import DeliveryRecord, WebhookSender
from .behaviours.inbound import InboundResult
from .control.faults import FaultControls
from .core.clock import Clock, FakeClock
from .core.config import EmulatorConfig
from .emulator import Emulator


class EmulatorServer(FaultControls):
    """A live emulator on a loopback port; also the handle the pytest fixture yields.

    ``inject_fault``, ``clear_faults``, ``set_limits`` and ``seen_requests`` come from
    :class:`FaultControls`; :meth:`reset` clears faults and lifts limits.
    """

    emulator: Emulator

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        clock: Clock | None = None,
        sender: WebhookSender | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.emulator = Emulator(config, clock=clock, sender=sender)
        self.app = create_app(emulator=self.emulator)
        self.host = host
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------
    def start(self, timeout: float = 10.0) -> EmulatorServer:
        # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on sockets that say they are TCP.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="twilio-emulator", daemon=True)
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator server did not start")
            time.sleep(0.005)
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=5)
        self._server = self._thread = None
        self.emulator.close()

    def __enter__(self) -> EmulatorServer:
        return self.start() if self._server is None else self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- what tests use --------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def account_sid(self) -> str:
        return self.emulator.config.account_sid

    @property
    def auth_token(self) -> str:
        return self.emulator.config.auth_token

    @property
    def clock(self) -> FakeClock:
        """The fake clock driving the emulator (RuntimeError if it runs on the real clock)."""
        clock = self.emulator.clock
        if not isinstance(clock, FakeClock):
            raise RuntimeError("this emulator runs on the real clock")
        return clock

    @property
    def state(self) -> Emulator:
        return self.emulator

    @property
    def callbacks(self) -> list[DeliveryRecord]:
        return self.emulator.callbacks

    def advance(self, seconds: float) -> None:
        self.emulator.advance(seconds)

    def deliver_inbound(
        self,
        from_: str,
        to: str,
        body: str = "",
        media_urls: Sequence[str] = (),
        extra: Mapping[str, str] | None = None,
        timeout: float = 10.0,
    ) -> InboundResult:
        return self.emulator.deliver_inbound(from_, to, body, media_urls, extra, timeout)

    def register_number(self, phone_number: str, sms_url: str | None = None, **kwargs: Any) -> dict[str, Any]:
        return self.emulator.register_number(phone_number, sms_url, **kwargs)

    def wait_for_callbacks(self, timeout: float = 5.0) -> bool:
        return self.emulator.wait_for_callbacks(timeout)

    def set_sender(self, sender: WebhookSender | None) -> None:
        """Swap the webhook sender (None restores real HTTP)."""
        self.emulator.dispatcher.sender = sender

    def reset(self) -> None:
        """Fresh state, clock back at its start, default sender: what each test starts from."""
        self.emulator.wait_for_callbacks(2.0)
        self.set_sender(None)
        if isinstance(self.emulator.clock, FakeClock):
            self.emulator.clock.reset()
        self.emulator.reset()
