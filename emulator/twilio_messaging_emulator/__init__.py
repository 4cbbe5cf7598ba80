"""A local, stateful Twilio Programmable Messaging emulator speaking Twilio's wire format.

One Starlette app serves every path of the bundled spec (api.twilio.com, messaging.twilio.com and
pricing.twilio.com on one origin): routes, request checks, record shapes and paging come from the
spec (``spec/``); messages, their lifecycle on an injectable clock, signed status callbacks,
inbound simulation with TwiML replies, prices and magic numbers are behaviour (``behaviours/``).

Ways in:

* ``twilio-messaging emulator --port 4010`` (or ``python -m twilio_messaging_emulator``);
* ``create_app(config, clock=FakeClock(), sender=capture)`` for ``httpx.ASGITransport``;
* the ``twilio_emulator`` pytest fixture (uvicorn thread, fake clock, fresh state per test);
* ``EmulatorServer`` to run one on a loopback port from Python.

Emulator-only endpoints live under ``/_emulator`` (inbound, incoming_numbers, short_codes, domains,
clock, outcomes, callbacks, reset, health, faults, limits, requests). Imports are lazy so that importing the package
(and the pytest plugin) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .behaviours.callbacks import DeliveryRecord, WebhookRequest, WebhookResponse, WebhookSender
    from .behaviours.inbound import InboundResult
    from .core.clock import Clock, FakeClock, SystemClock
    from .core.config import EmulatorConfig, IncomingNumberSeed
    from .emulator import Emulator
    from .server import EmulatorServer

__all__ = [
    "Clock",
    "DeliveryRecord",
    "Emulator",
    "EmulatorConfig",
    "EmulatorServer",
    "FakeClock",
    "InboundResult",
    "IncomingNumberSeed",
    "SystemClock",
    "WebhookRequest",
    "WebhookResponse",
    "WebhookSender",
    "create_app",
]

_LOCATIONS = {
    "create_app": "app",
    "DeliveryRecord": "behaviours.callbacks",
    "WebhookRequest": "behaviours.callbacks",
    "WebhookResponse": "behaviours.callbacks",
    "WebhookSender": "behaviours.callbacks",
    "Clock": "core.clock",
    "FakeClock": "core.clock",
    "SystemClock": "core.clock",
    "EmulatorConfig": "core.config",
    "IncomingNumberSeed": "core.config",
    "Emulator": "emulator",
    "InboundResult": "behaviours.inbound",
    "EmulatorServer": "server",
}


def __getattr__(name: str) -> Any:
    module = _LOCATIONS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
