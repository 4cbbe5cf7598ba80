"""Fixtures for the emulator tests: an in-process app on a fake clock, a capturing webhook sender."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from emulator_helpers import START, Webhooks, asgi_client
from twilio_messaging_emulator import EmulatorConfig, FakeClock, create_app
from twilio_messaging_emulator.emulator import Emulator


def pytest_configure(config: pytest.Config) -> None:
    # Until the package's pytest11 entry point is installed, register the plugin by hand.
    import twilio_messaging_emulator.pytest_plugin as plugin

    if not config.pluginmanager.is_registered(plugin):
        config.pluginmanager.register(plugin, "twilio_messaging_emulator")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def webhooks() -> Webhooks:
    return Webhooks()


@pytest.fixture
def config() -> EmulatorConfig:
    return EmulatorConfig(api_key_sid="SK" + "1" * 32, api_key_secret="key-secret", callback_backoff=0.001)


@pytest.fixture
def app(config: EmulatorConfig, clock: FakeClock, webhooks: Webhooks) -> Iterator[Any]:
    application = create_app(config, clock=clock, sender=webhooks)
    yield application
    application.state.emulator.close()


@pytest.fixture
def emulator(app: Any) -> Emulator:
    instance: Emulator = app.state.emulator
    return instance


@pytest.fixture
async def client(app: Any, config: EmulatorConfig) -> AsyncIterator[httpx.AsyncClient]:
    async with asgi_client(app, config) as http:
        yield http


@pytest.fixture
def messages_path(config: EmulatorConfig) -> str:
    return f"/2010-04-01/Accounts/{config.account_sid}/Messages.json"
