"""pytest plugin: the ``twilio_emulator`` fixture (a live emulator on a loopback port).

Registered as a ``pytest11`` entry point, so it is imported by every pytest run: keep
this module's top level free of heavy imports.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import EmulatorServer


@pytest.fixture(scope="session")
def twilio_emulator_server() -> Iterator[EmulatorServer]:
    """One emulator (uvicorn thread, fake clock) shared by the session."""
    from .core.clock import FakeClock
    from .server import EmulatorServer

    server = EmulatorServer(clock=FakeClock()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def twilio_emulator(twilio_emulator_server: EmulatorServer) -> Iterator[EmulatorServer]:
    """A running emulator with fresh state and a fake clock.

    The handle has ``base_url``, ``account_sid``, ``auth_token``, ``clock`` (a FakeClock),
    ``advance()``, ``deliver_inbound()``, ``register_number()``, ``callbacks``,
    ``wait_for_callbacks()`` and ``state`` (the :class:`Emulator`).
    """
    twilio_emulator_server.reset()
    yield twilio_emulator_server
    twilio_emulator_server.wait_for_callbacks(2.0)
