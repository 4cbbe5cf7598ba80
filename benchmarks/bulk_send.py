"""Bulk sending against the emulator: throughput, client CPU per message and peak memory.

Starts the emulator (``python -m twilio_messaging_emulator``) in its own process on a loopback
port, then sends N generated rows (never held in a list) with no rate limit, side by side:

* ``plain loop``: ``client.messages.create`` from a thread pool, nothing recorded: the peer, what a
  team writes by hand (and what texts people twice after a crash);
* ``send_many``: ``Client.messages.send_many`` with its journal (intent fsynced before each batch
  of creates, outcome after);
* ``send_many async``: the same on ``AsyncClient``.

Client CPU is this process's (``time.process_time``); the emulator's is not counted. Peak memory is
``tracemalloc``'s peak during the run (a second pass, as tracing slows the first): flat means the
same at 2,000 and 10,000 rows. The emulator keeps every message, so each pass gets a fresh one.

    python benchmarks/bulk_send.py                 # 10,000 rows (and 2,000 for the memory check)
    python benchmarks/bulk_send.py --rows 3000     # a quicker look
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
SENDER = "+15005550006"
CONCURRENCY = 8


def rows(count: int) -> Iterator[dict[str, str]]:
    for n in range(count):
        yield {"to": f"+1555{n:07d}", "name": f"Customer {n}", "time": f"{9 + n % 8}:00"}


@contextmanager
def emulator() -> Iterator[tuple[str, str, str]]:
    """A fresh emulator process; yields (base_url, account_sid, auth_token)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_messaging_emulator", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        banner = {}
        for line in process.stdout:
            parts = line.split()
            if len(parts) >= 3 and parts[0] in ("account", "auth"):
                banner[parts[0]] = parts[2]
            if len(banner) == 2:
                break
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(base + "/_emulator/health", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield base, banner["account"], banner["auth"]
    finally:
        process.terminate()
        process.wait(timeout=10)


def plain_loop(base: str, sid: str, token: str, count: int, journal: Path) -> int:
    from twilio_messaging import Client

    with Client(sid, token, base_url=base) as client, ThreadPoolExecutor(CONCURRENCY) as pool:

        def send(row: dict[str, str]) -> str | None:
            body = f"Hi {row['name']}, see you at {row['time']}"
            return client.messages.create(to=row["to"], from_=SENDER, body=body).sid

        return sum(1 for _ in pool.map(send, rows(count)))


def send_many(base: str, sid: str, token: str, count: int, journal: Path) -> int:
    from twilio_messaging import Client

    with Client(sid, token, base_url=base) as client:
        run = client.messages.send_many(
            rows(count), body="Hi {name}, see you at {time}", from_=SENDER, journal=journal, concurrency=CONCURRENCY
        )
        for _ in run:
            pass
    return run.summary.sent


def send_many_async(base: str, sid: str, token: str, count: int, journal: Path) -> int:
    from twilio_messaging import AsyncClient

    async def main() -> int:
        async with AsyncClient(sid, token, base_url=base) as client:
            run = client.messages.send_many(
                rows(count), body="Hi {name}, see you at {time}", from_=SENDER, journal=journal, concurrency=CONCURRENCY
            )
            async for _ in run:
                pass
        return run.summary.sent

    return asyncio.run(main())


RUNNERS: dict[str, Callable[[str, str, str, int, Path], int]] = {
    "plain loop (peer, no journal)": plain_loop,
    "send_many": send_many,
    "send_many async": send_many_async,
}


def measure(runner: Callable[[str, str, str, int, Path], int], count: int, trace: bool) -> dict[str, Any]:
    with emulator() as (base, sid, token), tempfile.TemporaryDirectory() as tmp:
        journal = Path(tmp) / "journal.db"
        if trace:
            tracemalloc.start()
        wall, cpu = time.perf_counter(), time.process_time()
        sent = runner(base, sid, token, count, journal)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        if trace:
            tracemalloc.stop()
    if sent != count:
        raise SystemExit(f"sent {sent} of {count}")
    return {"wall": wall, "cpu": cpu, "peak": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=2_000, help="rows of the memory comparison run")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores are shared; a high load slows everything)")
    print(f"{args.rows} rows, concurrency {CONCURRENCY}, no rate limit, emulator in its own process\n")
    small_peak, large_peak = f"peak MB @{args.small}", f"peak MB @{args.rows}"
    print(f"{'':32} {'msg/s':>8} {'client CPU/msg':>15} {small_peak:>14} {large_peak:>15}")
    for name, runner in RUNNERS.items():
        speed = measure(runner, args.rows, trace=False)
        small = measure(runner, args.small, trace=True)
        large = measure(runner, args.rows, trace=True)
        print(
            f"{name:32} {args.rows / speed['wall']:8.0f} {speed['cpu'] / args.rows * 1e3:12.3f} ms"
            f" {small['peak'] / 1e6:14.2f} {large['peak'] / 1e6:15.2f}",
            flush=True,
        )
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
