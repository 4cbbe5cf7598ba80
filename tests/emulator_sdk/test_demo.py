"""``twilio-messaging demo``: the SDK end to end on the emulator, in-process and as the console script."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from twilio_messaging_emulator.demo import run_demo


def test_run_demo_walks_every_step() -> None:
    lines: list[str] = []
    log = run_demo(out=lines.append, messages_to_list=60)
    text = "\n".join(lines)

    assert log.statuses == ["sending", "sent", "delivered"]  # signed callbacks, verified by the demo app
    assert log.inbound == ["Is my order ready?"]
    assert "callbacks received (signatures verified): sending -> sent -> delivered" in text
    assert "fetched again: delivered" in text
    assert "our webhook got: 'Is my order ready?'" in text
    assert re.search(r"reply sent as SM[0-9a-f]{32}: 'Thanks! You said: Is my order ready\?'", text)
    # 1 sent + 1 inbound + 1 reply + 60 more = 63 messages, newest first, in pages of 50.
    assert "63 messages in 2 pages of up to 50; newest: 'update 59'" in text
    assert "BadRequestError: status 400, code 21211:" in text
    assert lines[-1].strip() == "Done: no Twilio account, no network."


def _console_script() -> str:
    beside_python = Path(sys.executable).with_name("twilio-messaging")
    found = str(beside_python) if beside_python.exists() else shutil.which("twilio-messaging")
    assert found, "the twilio-messaging console script is not installed"
    return found


def test_the_console_script() -> None:
    result = subprocess.run([_console_script(), "demo"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "sending -> sent -> delivered" in result.stdout
    assert "BadRequestError: status 400, code 21211" in result.stdout
    assert "123 messages in 3 pages of up to 50" in result.stdout  # the default 120 more messages
    assert result.stdout.rstrip().endswith("Done: no Twilio account, no network.")
