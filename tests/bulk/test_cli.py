"""``twilio-messaging send`` in a subprocess against a live emulator: kill, resume, interrupt, bad input, pace."""

from __future__ import annotations

import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from .conftest import SENDER, cli, messages_on, read_results, recipients, run_cli, write_csv

ROWS = 500


def campaign(tmp_path: Path, count: int = ROWS, prefix: str = "+1555050") -> tuple[Path, list[str]]:
    numbers = recipients(count, prefix)
    rows = [{"to": to, "name": f"N{n}", "time": f"{9 + n % 8}:00"} for n, to in enumerate(numbers)]
    return write_csv(tmp_path / "list.csv", rows), numbers


def send_args(source: Path, tmp_path: Path, *extra: str) -> list[str]:
    return [
        "send",
        "--csv",
        str(source),
        "--from",
        SENDER,
        "--body",
        "Hi {name}, see you at {time}",
        "--journal",
        str(tmp_path / "journal.db"),
        "--results",
        str(tmp_path / "results.csv"),
        *extra,
    ]


def wait_for_messages(server, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(messages_on(server)) < count:
        assert time.monotonic() < deadline, "the CLI did not get going"
        time.sleep(0.005)


def assert_exactly_once(server, numbers: list[str], results: Path) -> None:
    on_emulator = messages_on(server)
    assert Counter(m.to for m in on_emulator) == Counter(numbers)  # every row, none twice
    rows = read_results(results)
    assert len(rows) == len(numbers) and [r["to"] for r in rows] == numbers
    assert {r["sid"] for r in rows} == {m.sid for m in on_emulator}
    assert all(r["status"] and not r["error_code"] for r in rows)


@pytest.mark.parametrize("kill_after", [40, 180, 360])
def test_killed_with_sigkill_then_resumed_sends_each_row_exactly_once(kill_after, emulator, tmp_path: Path):
    source, numbers = campaign(tmp_path)
    process = cli(emulator, *send_args(source, tmp_path, "--concurrency", "8"))
    wait_for_messages(emulator, kill_after)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    killed_at = len(messages_on(emulator))
    assert kill_after <= killed_at < ROWS, "killed too late to test anything"

    done = run_cli(emulator, *send_args(source, tmp_path, "--concurrency", "8"))
    assert done.returncode == 0, done.stderr
    assert_exactly_once(emulator, numbers, tmp_path / "results.csv")
    assert "skipped as already done" in done.stdout


def test_ctrl_c_stops_cleanly_and_a_rerun_finishes(emulator, tmp_path: Path):
    source, numbers = campaign(tmp_path)
    process = cli(emulator, *send_args(source, tmp_path, "--rate", "200"))
    wait_for_messages(emulator, 100)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in out
    with sqlite3.connect(tmp_path / "journal.db") as db:  # in-flight creates were recorded, the rest given back
        assert db.execute("SELECT count(*) FROM rows WHERE state = 'intent'").fetchone() == (0,)
        recorded = db.execute("SELECT count(*) FROM rows").fetchone()[0]
    assert recorded == len(messages_on(emulator)) < ROWS
    partial = read_results(tmp_path / "results.csv")
    assert len(partial) == ROWS and sum(r["status"] == "not_sent" for r in partial) == ROWS - recorded

    done = run_cli(emulator, *send_args(source, tmp_path))
    assert done.returncode == 0, done.stderr
    assert_exactly_once(emulator, numbers, tmp_path / "results.csv")


def test_rate_caps_creates_in_any_one_second_window(emulator, tmp_path: Path):
    rate, count = 25, 90
    source, numbers = campaign(tmp_path, count)
    done = run_cli(emulator, *send_args(source, tmp_path, "--rate", str(rate), "--concurrency", "10"))
    assert done.returncode == 0, done.stderr
    # The emulator's own clock, as it stamped each create (date_created, to the microsecond).
    stamps = sorted(m.date_created for m in messages_on(emulator))
    assert len(stamps) == count
    busiest = max(sum(1 for t in stamps[i:] if t < start + 1.0) for i, start in enumerate(stamps))
    assert busiest <= rate
    assert stamps[-1] - stamps[0] >= (count - rate) / rate - 0.05  # and it did not go much slower than asked either


def test_failed_rows_are_outcomes_with_codes(emulator, tmp_path: Path):
    rows = [
        {"to": "+15550600001", "name": "a"},
        {"to": "+15005550001", "name": "b"},
        {"to": "+15005550004", "name": "c"},
    ]
    source = write_csv(tmp_path / "list.csv", rows)
    args = ["send", "--csv", str(source), "--from", SENDER, "--body", "Hi {name}", "--journal", str(tmp_path / "j.db")]
    done = run_cli(emulator, *args, "--results", str(tmp_path / "r.csv"))
    assert done.returncode == 0, done.stderr
    assert "error 21211: 1" in done.stdout and "error 21610: 1" in done.stdout
    assert [(r["to"], r["error_code"]) for r in read_results(tmp_path / "r.csv")] == [
        ("+15550600001", ""),
        ("+15005550001", "21211"),
        ("+15005550004", "21610"),
    ]


@pytest.mark.parametrize(
    ("rows", "body", "expected"),
    [
        ([{"phone": "+15550600001", "name": "a"}], "Hi {name}", "no 'to' column"),
        ([{"to": "+15550600001", "name": "a"}], "Hi {name} {surname}", "{surname}"),
        ([{"to": "+15550600001", "name": "a"}, {"to": "+1555060000x", "name": "b"}], "Hi {name}", "row 2: "),
        ([{"to": "+15550600001", "name": "a"}, {"to": "5550600002", "name": "b"}], "Hi {name}", "row 2: "),
        ([{"to": "+15550600001", "name": "a"}, {"to": "whatsapp:", "name": "b"}], "Hi {name}", "row 2: "),
        ([{"to": "+15550600001", "name": "a"}], "Hi {name", "body template"),
    ],
)
def test_invalid_input_is_rejected_before_anything_is_sent(rows, body, expected, emulator, tmp_path: Path):
    source = write_csv(tmp_path / "list.csv", rows)
    args = ["send", "--csv", str(source), "--from", SENDER, "--body", body, "--journal", str(tmp_path / "j.db")]
    done = run_cli(emulator, *args)
    assert done.returncode == 2
    assert expected in done.stderr
    assert messages_on(emulator) == [] and not (tmp_path / "j.db").exists()


def test_plain_http_only_to_loopback(emulator, tmp_path: Path):
    source, _ = campaign(tmp_path, 2)
    process = cli(emulator, *send_args(source, tmp_path), base_url="http://example.com")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "loopback" in err
    assert messages_on(emulator) == []


def test_dry_run_checks_and_renders_without_sending(emulator, tmp_path: Path):
    source, _ = campaign(tmp_path, 20)
    done = run_cli(emulator, *send_args(source, tmp_path, "--dry-run"))
    assert done.returncode == 0, done.stderr
    assert "validated (dry run, nothing sent) 20" in done.stdout
    assert "row 1 to +15550500000: 'Hi N0, see you at 9:00'" in done.stdout
    assert messages_on(emulator) == []


def test_plain_progress_lines_when_not_a_terminal(emulator, tmp_path: Path):
    source, _ = campaign(tmp_path, 30)
    done = run_cli(emulator, *send_args(source, tmp_path))
    assert done.returncode == 0
    assert "30/30 rows (100%)" in done.stderr and "/s" in done.stderr and "\r" not in done.stderr


def test_a_progress_bar_with_rate_and_eta_on_a_terminal(emulator, tmp_path: Path):
    import os
    import pty
    import subprocess
    import sys
    import threading

    from .conftest import cli_env

    source, _ = campaign(tmp_path, 40)
    leader, follower = pty.openpty()
    args = [*send_args(source, tmp_path), "--base-url", emulator.base_url]
    command = [sys.executable, "-m", "twilio_messaging.cli", *args]
    process = subprocess.Popen(command, env=cli_env(emulator), stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    chunks: list[bytes] = []

    def read_terminal() -> None:  # drained as it is written, so the bar can never fill the pty and block
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the CLI closed its side
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    out, _ = process.communicate(timeout=120)
    reader.join(timeout=10)
    os.close(leader)
    assert process.returncode == 0
    screen = b"".join(chunks).decode(errors="replace")
    assert "40/40" in screen and "msg/s" in screen and "100%|" in screen  # tqdm: count, rate, bar
    assert "<" in screen  # elapsed<remaining: the ETA
    assert "sent 40" in out
