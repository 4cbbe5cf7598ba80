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

MISSING_EXTRA = "the emulator needs the extra: pip install 'twilio-messaging[emulator]'"


def emulator_server_class() -> type[EmulatorServer]:
    """``EmulatorServer``, or one clear line when starlette/uvicorn (the ``emulator`` extra) are missing."""
    try:
        from .server import EmulatorServer
    except ImportError as error:
        if (error.name or "").split(".")[0] in ("starlette", "uvicorn", "httpx"):
            pytest.fail(MISSING_EXTRA, pytrace=False)
        raise
    return EmulatorServer


@pytest.fixture(scope="session")
def twilio_emulator_server() -> Iterator[EmulatorServer]:
    """One emulator (uvicorn thread, fake clock) shared by the session."""
    server_class = emulator_server_class()
    from .core.clock import FakeClock

    server = server_class(clock=FakeClock()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def twilio_emulator(twilio_emulator_server: EmulatorServer) -> Iterator[EmulatorServer]:
    """A running emulator with fresh state and a fake clock.

    The handle has ``base_url``, ``account_sid``, ``auth_token``, ``clock`` (a FakeClock),
    ``advance()``, ``deliver_inbound()``, ``register_number()``, ``callbacks``,
    ``wait_for_callbacks()``, ``state`` (the :class:`Emulator`), and for failures on purpose
    ``inject_fault()``, ``clear_faults()``, ``set_limits()`` and ``seen_requests()``
    (faults and limits are cleared for every test).
    """
    twilio_emulator_server.reset()
    yield twilio_emulator_server
    twilio_emulator_server.wait_for_callbacks(2.0)
