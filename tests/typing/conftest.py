"""Every runtime test here runs with Client and AsyncClient against a scripted fake Twilio."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from twilio_messaging import AsyncClient, Client
from typing_support import ACCOUNT_SID, FakeTwilio


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_client(mode: str) -> Callable[[FakeTwilio], Any]:
    def build(twilio: FakeTwilio) -> Any:
        if mode == "sync":
            return Client(ACCOUNT_SID, "token", http_client=httpx.Client(transport=httpx.MockTransport(twilio)))
        http = httpx.AsyncClient(transport=httpx.MockTransport(twilio))
        return AsyncClient(ACCOUNT_SID, "token", http_client=http)

    return build
