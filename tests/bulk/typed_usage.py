# pyright: strict
"""A user's program using send_many: it must type-check under mypy --strict with no casts (test_typing.py)."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import AsyncIterator
from pathlib import Path

from twilio_messaging import AsyncClient, Client
from twilio_messaging.bulk import RowResult, Summary


def send(client: Client, source: Path) -> Summary:
    with source.open(newline="") as rows:
        run = client.messages.send_many(csv.DictReader(rows), from_="+15005550006", body="Hi {name}", journal="j.db")
        for result in run:
            sid: str | None = result.sid
            code: int | None = result.error_code
            print(result.row, result.outcome, sid, code)
    return run.summary


async def rows() -> AsyncIterator[dict[str, str]]:
    yield {"to": "+15550000001", "name": "Ana"}


async def send_async(client: AsyncClient) -> list[RowResult]:
    run = client.messages.send_many(rows(), messaging_service_sid="MG" + "0" * 32, body="Hi {name}", journal="j.db")
    asyncio.get_running_loop().call_later(600, run.stop)  # a deadline for the whole send
    results = [result async for result in run]
    interrupted: bool = run.summary.interrupted
    print(interrupted)
    print(run.summary.sent, run.summary.failed_by_code)
    return results


if __name__ == "__main__":
    asyncio.run(send_async(AsyncClient()))
