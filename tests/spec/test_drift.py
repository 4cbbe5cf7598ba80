"""python -m generator drift: clean on the committed snapshot, and it catches a change planted in a copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spec_reference import SNAPSHOT_DIR

from generator import drift, upstream

MESSAGE = "POST /2010-04-01/Accounts/{AccountSid}/Messages.json"


def test_drift_on_the_snapshot_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main(None) == 0, capsys.readouterr().out
    assert "0 unexplained" in capsys.readouterr().out


def _plant(tmp_path: Path) -> Path:
    """A copy of the snapshot where Twilio dropped a Message field and added a status."""
    copy = upstream.copy_snapshot(tmp_path / "upstream", SNAPSHOT_DIR)
    file = copy / "twilio_api_v2010.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    schema = data["operations"][MESSAGE]["responses"]["201"]["content"]["application/json"]["schema"]
    del schema["properties"]["body"]
    schema["properties"]["status"]["enum"].append("teleported")
    file.write_text(upstream.dumps(data), encoding="utf-8")
    return copy


def test_drift_reports_a_planted_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main(_plant(tmp_path)) == 1
    out = capsys.readouterr().out
    assert f"{MESSAGE} (CreateMessage)" in out
    assert "- response 201 application/json field 'body'" in out
    assert "~ response 201 application/json field 'status': enum value 'teleported' added upstream" in out
    assert "2 unexplained" in out


def test_drift_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.__main__ import main

    assert main(["drift", str(_plant(tmp_path)), "--all"]) == 1
    out = capsys.readouterr().out
    assert "[x-curated:" in out, "--all lists explained differences with their notes"


def test_a_note_about_one_thing_does_not_hide_another(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """price carries a note about its format; an enum Twilio adds to it is still reported."""
    copy = upstream.copy_snapshot(tmp_path / "upstream", SNAPSHOT_DIR)
    file = copy / "twilio_api_v2010.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    schema = data["operations"][MESSAGE]["responses"]["201"]["content"]["application/json"]["schema"]
    schema["properties"]["price"]["enum"] = ["0.42"]
    file.write_text(upstream.dumps(data), encoding="utf-8")
    assert drift.main(copy) == 1
    out = capsys.readouterr().out
    assert "field 'price': enum ['0.42'] upstream, none here" in out
    assert "1 unexplained" in out
