"""The demo's bulk step: a stopped run and a resumed one add up to every row, once."""

from __future__ import annotations

import re

from twilio_messaging import Client
from twilio_messaging_emulator.demo import bulk_send


def _counts(line: str) -> tuple[int, int, int]:
    found = re.search(r"sent (\d+); skipped as already done (\d+); failed (\d+)", line)
    assert found, line
    sent, done, failed = found.groups()
    return int(sent), int(done), int(failed)


def test_demo_bulk_step(emulator):
    lines: list[str] = []
    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as client:
        bulk_send(client, lines.append, rows=20)
    assert len(lines) == 2 and "first run (stopped)" in lines[0] and "second run" in lines[1]
    (sent_1, done_1, failed_1), (sent_2, done_2, failed_2) = _counts(lines[0]), _counts(lines[1])
    assert done_1 == 0 and failed_1 + failed_2 == 1  # the refused row is an outcome: not tried again
    assert done_2 == sent_1 + failed_1 and sent_1 + sent_2 == 19
    to = [m.to for m in emulator.emulator.messages.values()]
    assert len(to) == len(set(to)) == 19  # none twice
