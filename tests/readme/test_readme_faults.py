"""The README's fault-injection example is this test, shown verbatim (the last test checks that)."""

from __future__ import annotations

import inspect
import re
import textwrap
from pathlib import Path

from twilio_messaging import Client, ServerError
from twilio_messaging_emulator import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]


# --- shown in README.md ("Failures on purpose and Twilio's load limits") ---
def send_reminder(client: Client, to: str) -> str | None:
    """The app under test: sends once, and reports a failure instead of sending again."""
    try:
        return client.messages.create(to=to, from_="+15005550006", body="See you at 3pm").sid
    except ServerError:
        return None  # Twilio may have sent it: look it up before trying again


def test_reminders_survive_rate_limits_and_are_never_sent_twice(twilio_emulator: EmulatorServer) -> None:
    emulator = twilio_emulator
    client = Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url)

    emulator.inject_fault("POST", "*/Messages.json", status=429, retry_after=0)
    assert send_reminder(client, "+15558675310") is not None  # the SDK retried after the 429

    emulator.inject_fault("POST", "*/Messages.json", status=500)
    assert send_reminder(client, "+15558675310") is None  # not retried: it could have been sent

    assert [r.outcome for r in emulator.seen_requests("POST")] == [429, 201, 500]
    assert len(list(client.messages.list(to="+15558675310"))) == 1


# --- end of the README example ---


def test_readme_shows_this_example_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    shown = next((b for b in blocks if "def send_reminder" in b), None)
    assert shown is not None, "README lost the fault-injection example"
    for function in (send_reminder, test_reminders_survive_rate_limits_and_are_never_sent_twice):
        source = textwrap.dedent(inspect.getsource(function))
        assert source in shown, f"README differs from {function.__name__}"
