"""How fast the emulator answers message creates over one keep-alive loopback connection.

Starts ``python -m twilio_messaging_emulator`` in a subprocess on a free port, warms up,
then times N sequential ``POST .../Messages.json`` requests with httpx and prints the figure.

    python benchmarks/emulator_creates.py [--count 1000] [--in-thread]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def subprocess_emulator() -> Iterator[tuple[str, str, str]]:
    from twilio_messaging_emulator.core.config import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN

    port = free_port()
    command = [sys.executable, "-m", "twilio_messaging_emulator", "emulator", "--port", str(port), "--fake-clock"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                httpx.get(base + "/_emulator/health", timeout=0.5).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("emulator did not start") from None
                time.sleep(0.05)
        yield base, DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def thread_emulator() -> Iterator[tuple[str, str, str]]:
    from twilio_messaging_emulator.core.clock import FakeClock
    from twilio_messaging_emulator.server import EmulatorServer

    with EmulatorServer(clock=FakeClock()) as server:
        yield server.base_url, server.account_sid, server.auth_token


def run(count: int, in_thread: bool) -> float:
    emulator = thread_emulator() if in_thread else subprocess_emulator()
    with (
        emulator as (base, account_sid, auth_token),
        httpx.Client(base_url=base, auth=(account_sid, auth_token)) as client,
    ):
        path = f"/2010-04-01/Accounts/{account_sid}/Messages.json"
        form = {"To": "+14155550100", "From": "+15005550006", "Body": "Benchmark message"}
        for _ in range(20):
            client.post(path, data=form).raise_for_status()
        started = time.perf_counter()
        for _ in range(count):
            response = client.post(path, data=form)
            if response.status_code != 201:
                raise RuntimeError(f"unexpected {response.status_code}: {response.text}")
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--in-thread", action="store_true", help="serve from a thread of this process instead")
    args = parser.parse_args()
    elapsed = run(args.count, args.in_thread)
    where = "thread" if args.in_thread else "subprocess"
    print(
        f"{args.count} message creates in {elapsed:.3f} s "
        f"({args.count / elapsed:.0f}/s, {elapsed / args.count * 1000:.2f} ms each; emulator in a {where})"
    )


if __name__ == "__main__":
    main()
