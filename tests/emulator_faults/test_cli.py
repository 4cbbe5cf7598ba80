"""``twilio-messaging emulator`` options for faults and limits: --help, parsing, and a real run."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest
from twilio_messaging_emulator.cli import build_parser, main
from twilio_messaging_emulator.core.config import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN
from twilio_messaging_emulator.emulator import Emulator
from twilio_messaging_emulator.faults.options import apply_fault_options


def test_help_lists_the_options_and_the_fault_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["emulator", "--help"])
    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    for option in (
        "--fault METHOD:PATH:KIND[:STATUS][:COUNT]",
        "--max-concurrent-requests N",
        "--sender-throughput MPS",
    ):
        assert option in shown
    assert "'POST:*/Messages.json:status:429:2'" in shown and "METHOD:PATH:drop[:COUNT]" in shown


def test_fault_options_become_rules_and_limits() -> None:
    args = build_parser().parse_args(
        [
            "emulator",
            *("--fault", "POST:*/Messages.json:status:429:2"),
            *("--fault", "GET:*:drop:3"),
            *("--fault", "*:*/Media/*:delay:0.5"),
            *("--fault", "GET:*:status:503"),
            *("--max-concurrent-requests", "4", "--retry-after", "2", "--sender-throughput", "1.5"),
        ]
    )
    emulator = Emulator()
    banner = apply_fault_options(args, emulator)
    assert banner == [
        "  faults       4 rule(s): GET /_emulator/faults",
        "  limits       max_concurrent_requests=4, retry_after=2, sender_throughput=1.5",
    ]
    rules = [(r["method"], r["path"], r["kind"], r["status"], r["count"], r["delay"]) for r in emulator.faults.list()]
    assert rules == [
        ("POST", "*/Messages.json", "status", 429, 2, 0.0),
        ("GET", "*", "drop", None, 3, 0.0),
        ("*", "*/Media/*", "delay", None, 1, 0.5),
        ("GET", "*", "status", 503, 1, 0.0),
    ]
    settings = emulator.limits.settings
    assert (settings.max_concurrent_requests, settings.retry_after, settings.sender_throughput) == (4, 2.0, 1.5)
    emulator.reset()  # limits given on the command line are the server's own: a reset keeps them
    assert emulator.faults.list() == [] and emulator.limits.settings == settings
    emulator.close()


def test_defaults_leave_faults_and_limits_off() -> None:
    emulator = Emulator()
    assert apply_fault_options(build_parser().parse_args(["emulator"]), emulator) == []
    assert emulator.faults.list() == [] and emulator.limits.settings.max_concurrent_requests is None
    emulator.close()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("POST:*/Messages.json", "expected METHOD:PATH:KIND"),
        ("POST:*:explode", "kind must be one of"),
        ("POST:*:status:404", "status must be one of"),
        ("POST:*:status:429:0", "count must be at least 1"),
        ("GET:*:delay:soon", "delay must be a number"),
    ],
)
def test_a_bad_fault_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str, reason: str) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["emulator", "--fault", value])
    assert exited.value.code == 2
    assert reason in capsys.readouterr().err


def test_a_non_positive_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["emulator", "--max-concurrent-requests", "0"])
    assert "must be positive" in capsys.readouterr().err


def test_the_command_serves_its_faults_and_limits() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "twilio_messaging_emulator", "--port", str(port)]
    command += ["--fault", "GET:*/Messages.json:status:503:1", "--max-concurrent-requests", "3"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(base + "/_emulator/health", timeout=0.5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.05)
        with httpx.Client(base_url=base, auth=(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN)) as http:
            path = f"/2010-04-01/Accounts/{DEFAULT_ACCOUNT_SID}/Messages.json"
            assert [http.get(path).status_code for _ in range(2)] == [503, 200]
            assert http.get("/_emulator/limits").json()["max_concurrent_requests"] == 3
    finally:
        process.terminate()
        process.wait(timeout=10)
