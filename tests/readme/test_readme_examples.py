"""The README's usage examples (examples/usage.py) run against the emulator, and README shows them verbatim."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples"))

import usage  # noqa: E402
from twilio_messaging import AsyncClient, Client  # noqa: E402


@pytest.fixture
def client(twilio_emulator: Any) -> Client:
    return Client(twilio_emulator.account_sid, twilio_emulator.auth_token, base_url=twilio_emulator.base_url)


def test_send_message(client: Client) -> None:
    sid = usage.send_message(client)
    assert sid.startswith("MM")  # media makes it an MMS
    assert client.messages(sid).media.list().__iter__().__next__().content_type


def test_list_with_a_filter(client: Client) -> None:
    usage.send_message(client)
    client.messages.create(to="+15550000000", from_="+15005550006", body="someone else")
    assert usage.list_with_a_filter(client) == ["Your order has shipped 📦"]


def test_walk_pages(client: Client) -> None:
    for n in range(120):
        client.messages.create(to="+15558675310", from_="+15005550006", body=str(n))
    assert usage.walk_pages(client) == 3


def test_handle_errors(client: Client) -> None:
    assert usage.handle_errors(client).startswith("404 20404 ")


async def test_send_async(twilio_emulator: Any) -> None:
    async with AsyncClient(
        twilio_emulator.account_sid, twilio_emulator.auth_token, base_url=twilio_emulator.base_url
    ) as client:
        sids = await usage.send_async(client)
    assert len(sids) == 3 and all(s.startswith("SM") for s in sids)


@pytest.mark.parametrize("name", ["send_message", "list_with_a_filter", "handle_errors"])
def test_readme_shows_the_tested_code(name: str) -> None:
    # The README shows each example's body; keep them from drifting apart.
    body = inspect.getsource(getattr(usage, name)).split("\n", 1)[1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    key_lines = [line.strip() for line in body.splitlines() if "client." in line and "def " not in line]
    assert key_lines and all(line.replace("return ", "") in readme for line in key_lines[:2]), key_lines
