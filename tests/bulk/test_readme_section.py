"""README "Send to a list": its Python example runs against the emulator, and the README shows it verbatim."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from twilio_messaging import Client

from .conftest import ROOT, recipients, write_csv

sys.path.insert(0, str(ROOT / "examples"))

import send_to_a_list  # noqa: E402


def test_example_sends_then_resumes(emulator, tmp_path: Path):
    rows = [{"to": to, "name": f"N{n}", "time": "9:00"} for n, to in enumerate(recipients(12, "+1555080"))]
    rows.append({"to": "+15005550001", "name": "x", "time": "9:00"})  # 21211 on Twilio and the emulator
    source = write_csv(tmp_path / "list.csv", rows)
    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as client:
        first = send_to_a_list.send_reminders(client, source, tmp_path / "journal.db")
        again = send_to_a_list.send_reminders(client, source, tmp_path / "journal.db")
    assert first == {"sent": 12, "failed": 1, "done_before": 0}
    assert again == {"sent": 0, "failed": 0, "done_before": 13}


def test_readme_shows_the_example_and_the_cli():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Send to a list", 1)[1].split("\n## ", 1)[0]
    body = inspect.getsource(send_to_a_list.send_reminders).split("\n", 1)[1]
    shown = [line.strip() for line in body.splitlines() if line.strip() and not line.strip().startswith("return")]
    assert all(line in section for line in shown), [line for line in shown if line not in section]
    assert "twilio-messaging send --csv" in section
