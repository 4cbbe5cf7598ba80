"""Helpers for the bulk-send tests: CSV files, a live emulator on the real clock, running the CLI."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from twilio_messaging_emulator.server import EmulatorServer

SENDER = "+15005550006"
ROOT = Path(__file__).resolve().parents[2]


def recipients(count: int, prefix: str = "+1555030") -> list[str]:
    return [f"{prefix}{n:04d}" for n in range(count)]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_results(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def live_emulator() -> Iterator[EmulatorServer]:
    """An emulator on a loopback port and the real clock (timestamps a rate can be measured from).

    It runs in this process, so tests read its state directly; a CLI in a subprocess reaches it by URL.
    """
    with EmulatorServer() as server:
        yield server


@pytest.fixture
def emulator(live_emulator: EmulatorServer) -> EmulatorServer:
    live_emulator.reset()
    return live_emulator


def cli_env(server: EmulatorServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    env.update(TWILIO_ACCOUNT_SID=server.account_sid, TWILIO_AUTH_TOKEN=server.auth_token, PYTHONUNBUFFERED="1")
    return env


def cli(server: EmulatorServer, *args: str, base_url: str | None = None, **kwargs: object) -> subprocess.Popen[str]:
    """Start ``twilio-messaging`` (the console script's entry point) in a subprocess against ``server``."""
    command = [sys.executable, "-m", "twilio_messaging.cli", *args, "--base-url", base_url or server.base_url]
    return subprocess.Popen(
        command,
        env=cli_env(server),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[call-overload]
    )


def run_cli(server: EmulatorServer, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    process = cli(server, *args)
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def messages_on(server: EmulatorServer) -> list[object]:
    with server.emulator.lock:
        return list(server.emulator.messages.values())


# --- a transport between the client and the emulator that misbehaves on cue -------------------------


class Script:
    """Decides, per create request, whether to forward it and what to answer instead.

    ``rules`` maps a recipient to a list of actions used in turn: ``"429"`` (not forwarded, 429
    with Retry-After), ``"500-after"`` (forwarded, so the message exists, but the answer is a 500),
    ``"500-before"`` (not forwarded, 500). ``storm`` answers 429 to that many creates, whoever they are for.
    """

    def __init__(self, rules: dict[str, list[str]] | None = None, storm: int = 0, retry_after: float = 0.2) -> None:
        import threading

        self.rules = {k: list(v) for k, v in (rules or {}).items()}
        self.storm = storm
        self.retry_after = retry_after
        self.creates: list[tuple[float, str]] = []  # (monotonic time, To) of each create that reached the emulator
        self.refused: list[float] = []
        self._lock = threading.Lock()

    def action(self, request: object) -> str:
        import time
        from urllib.parse import parse_qs

        assert isinstance(request, httpx.Request)
        if request.method != "POST" or not request.url.path.endswith("/Messages.json"):
            return "forward"
        to = parse_qs(request.content.decode())["To"][0]
        with self._lock:
            if self.storm > 0:
                self.storm -= 1
                self.refused.append(time.monotonic())
                return "429"
            queue = self.rules.get(to)
            action = queue.pop(0) if queue else "forward"
            if action in ("forward", "500-after"):
                self.creates.append((time.monotonic(), to))
            return action

    def answer(self, action: str) -> httpx.Response:
        if action == "429":
            body = {"code": 20429, "message": "Too Many Requests", "status": 429}
            return httpx.Response(429, json=body, headers={"Retry-After": str(self.retry_after)})
        return httpx.Response(500, json={"code": 20500, "message": "Internal Server Error", "status": 500})


class ScriptedTransport(httpx.BaseTransport):
    """httpx sync transport: the script's answer, or the real one from the emulator."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        action = self.script.action(request)
        if action in ("429", "500-before"):
            return self.script.answer(action)
        response = self.inner.handle_request(request)
        if action == "500-after":
            response.read()
            response.close()
            return self.script.answer(action)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncScriptedTransport(httpx.AsyncBaseTransport):
    def __init__(self, script: Script) -> None:
        self.script = script
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        action = self.script.action(request)
        if action in ("429", "500-before"):
            return self.script.answer(action)
        response = await self.inner.handle_async_request(request)
        if action == "500-after":
            await response.aread()
            await response.aclose()
            return self.script.answer(action)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def run_send_many(
    mode: str, server: EmulatorServer, rows: object, journal: Path, script: Script | None = None, **options: object
) -> tuple[list[object], object]:
    """``send_many`` with Client (mode "sync") or AsyncClient ("async"); returns (results, summary)."""
    import asyncio

    from twilio_messaging import AsyncClient, Client

    options.setdefault("from_", SENDER)
    options.setdefault("body", "Hi {name}")
    credentials = dict(account_sid=server.account_sid, auth_token=server.auth_token, base_url=server.base_url)
    if mode == "sync":
        http = httpx.Client(transport=ScriptedTransport(script)) if script else None
        with Client(**credentials, http_client=http) as client:  # type: ignore[arg-type]
            run = client.messages.send_many(rows, journal=journal, **options)  # type: ignore[arg-type]
            results = list(run)
        return results, run.summary

    async def main() -> tuple[list[object], object]:
        http = httpx.AsyncClient(transport=AsyncScriptedTransport(script)) if script else None
        async with AsyncClient(**credentials, http_client=http) as client:  # type: ignore[arg-type]
            run = client.messages.send_many(rows, journal=journal, **options)  # type: ignore[arg-type]
            results = [result async for result in run]
        return results, run.summary

    return asyncio.run(main())
