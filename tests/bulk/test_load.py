"""send_many under the emulator's load limits and injected faults (429 storms, failures after processing)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from .conftest import messages_on, read_results, recipients, run_cli, run_send_many, write_csv

MODES = ["sync", "async"]


def rows_for(numbers: list[str]) -> list[dict[str, str]]:
    return [{"to": to, "name": f"N{n}"} for n, to in enumerate(numbers)]


def limited(server) -> list[object]:
    return [r for r in server.seen_requests("POST") if r.outcome == 429]


@pytest.mark.parametrize("mode", MODES)
def test_the_accounts_concurrency_limit_slows_the_run_without_failing_rows(mode, emulator, tmp_path: Path):
    emulator.set_limits(max_concurrent_requests=2, retry_after=0.1)
    emulator.inject_fault("POST", "*/Messages.json", "delay", delay=0.02, count=10_000)  # latency: requests overlap
    numbers = recipients(200, "+1555090")
    results, summary = run_send_many(mode, emulator, rows_for(numbers), tmp_path / "j.db", concurrency=12)
    assert summary.sent == 200 and summary.failed == 0 and summary.complete
    assert Counter(m.to for m in messages_on(emulator)) == Counter(numbers)
    assert limited(emulator), "the limit never answered 429: the test would prove nothing"


@pytest.mark.parametrize("mode", MODES)
def test_a_429_storm_with_retry_after_pauses_everything(mode, emulator, tmp_path: Path):
    emulator.inject_fault("POST", "*/Messages.json", "status", status=429, code=20429, retry_after=0.5, count=12)
    numbers = recipients(60, "+1555091")
    started = time.monotonic()
    results, summary = run_send_many(mode, emulator, rows_for(numbers), tmp_path / "j.db", concurrency=6)
    elapsed = time.monotonic() - started
    assert summary.sent == 60 and summary.failed == 0
    assert Counter(m.to for m in messages_on(emulator)) == Counter(numbers)
    assert len(limited(emulator)) == 12
    # 12 refusals at concurrency 6: at least two rounds of every worker waiting out Retry-After together.
    assert elapsed >= 1.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["status", "drop"])
def test_creates_that_fail_after_being_processed_are_found_not_resent(mode, kind, emulator, tmp_path: Path):
    status = 500 if kind == "status" else None
    emulator.inject_fault("POST", "*/Messages.json", kind, status=status, processed=True, count=5)
    numbers = recipients(30, "+1555092")
    results, summary = run_send_many(mode, emulator, rows_for(numbers), tmp_path / "j.db", concurrency=4)
    assert summary.found == 5 and summary.sent == 25 and summary.complete
    assert Counter(m.to for m in messages_on(emulator)) == Counter(numbers)  # exactly once each
    assert {r.sid for r in results} == {m.sid for m in messages_on(emulator)}


def test_cli_under_the_concurrency_limit(emulator, tmp_path: Path):
    emulator.set_limits(max_concurrent_requests=3, retry_after=0.2)
    emulator.inject_fault("POST", "*/Messages.json", "delay", delay=0.02, count=10_000)
    numbers = recipients(150, "+1555093")
    source = write_csv(tmp_path / "list.csv", rows_for(numbers))
    args = ["send", "--csv", str(source), "--from", "+15005550006", "--body", "Hi {name}"]
    done = run_cli(
        emulator,
        *args,
        "--journal",
        str(tmp_path / "j.db"),
        "--results",
        str(tmp_path / "r.csv"),
        "--concurrency",
        "10",
    )
    assert done.returncode == 0, done.stderr
    assert Counter(m.to for m in messages_on(emulator)) == Counter(numbers)
    assert len(read_results(tmp_path / "r.csv")) == 150
    assert limited(emulator)
