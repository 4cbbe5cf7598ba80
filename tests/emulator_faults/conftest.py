"""Fixtures for fault-injection and load-limit tests: the live ``twilio_emulator`` plus clients on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from twilio_messaging import AsyncClient, Client
from twilio_messaging_emulator import EmulatorServer

OUR_NUMBER = "+15005550006"  # Twilio's always-valid test sender
HANDSET = "+14155550100"


def messages_path(emulator: EmulatorServer) -> str:
    return f"/2010-04-01/Accounts/{emulator.account_sid}/Messages.json"


@pytest.fixture
def emulator(twilio_emulator: EmulatorServer) -> EmulatorServer:
    """The session's live emulator, reset for this test: no faults, no limits, fake clock."""
    return twilio_emulator


@pytest.fixture
def http(emulator: EmulatorServer) -> Iterator[httpx.Client]:
    """Raw httpx with the emulator's credentials (no retries: every fault is seen as sent)."""
    with httpx.Client(base_url=emulator.base_url, auth=(emulator.account_sid, emulator.auth_token)) as client:
        yield client


@pytest.fixture
def client(emulator: EmulatorServer) -> Iterator[Client]:
    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as sync_client:
        yield sync_client


@pytest.fixture
async def aclient(emulator: EmulatorServer) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as async_client:
        yield async_client
