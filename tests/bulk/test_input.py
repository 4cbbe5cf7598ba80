"""Templates, recipients and CSV checks: everything that must be caught before anything is sent."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from twilio_messaging.bulk.job import Job
from twilio_messaging.bulk.results import RowResult
from twilio_messaging.bulk.rows import TO_PATTERN, check_csv, recipient_problem
from twilio_messaging.bulk.template import Template, TemplateError

from .conftest import ROOT, write_csv


def test_recipient_pattern_is_the_specs():
    spec = yaml.safe_load((ROOT / "spec" / "resources" / "messages.yaml").read_text(encoding="utf-8"))
    create = spec["paths"]["/2010-04-01/Accounts/{AccountSid}/Messages.json"]["post"]
    schema = create["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    assert schema["properties"]["To"]["pattern"] == TO_PATTERN


@pytest.mark.parametrize("to", ["+15551234567", "whatsapp:+15551234567", "messenger:12345", "rcs:agent_1"])
def test_valid_recipients(to):
    assert recipient_problem(to) is None


@pytest.mark.parametrize("to", ["", "15551234567", "+0123", "+1 555 123 4567", "whatsapp:", "telegram:+1555", None])
def test_invalid_recipients(to):
    assert recipient_problem(to)


def test_template_renders_plain_names_and_literal_braces():
    template = Template("Hi {name}, {{not a field}} at {time}; bye {name}")
    assert template.placeholders == ("name", "time")
    assert template.render({"name": "Ana", "time": "9:00"}) == "Hi Ana, {not a field} at 9:00; bye Ana"
    assert template.missing({"name"}) == ["time"]


@pytest.mark.parametrize("text", ["Hi {name", "Hi {0.__class__}", "Hi {name!r}", "Hi {name:>10}", "Hi {}", "a}b"])
def test_template_rejects_anything_but_plain_names(text):
    with pytest.raises(TemplateError):
        Template(text)


def test_check_csv_reports_data_rows_counting_from_one(tmp_path: Path):
    rows = [
        {"to": "+15550000001", "name": "a"},
        {"to": "5550000002", "name": "b"},  # not E.164
        {"to": "+15550000003", "name": ""},
        {"to": "whatsapp:+15550000004", "name": "d"},
        {"to": "", "name": "e"},
    ]
    count, problems = check_csv(write_csv(tmp_path / "in.csv", rows), Template("Hi {name}"))
    assert count == 5
    assert [p.row for p in problems] == [2, 5]
    assert "E.164" in str(problems[0]) and str(problems[0]).startswith("row 2: ")


def test_check_csv_header_problems(tmp_path: Path):
    path = write_csv(tmp_path / "in.csv", [{"phone": "+15550000001", "name": "a"}])
    _, problems = check_csv(path, Template("Hi {name} {surname}"))
    messages = [str(p) for p in problems]
    assert any("'to' column" in m for m in messages)
    assert any("{surname}" in m for m in messages)


def test_job_checks_arguments_before_anything_runs():
    common = dict(media_url=None, status_callback=None, key=None, concurrency=4, rate=None)
    with pytest.raises(ValueError, match="sender"):
        Job.create("hi", from_=None, messaging_service_sid=None, **common)
    with pytest.raises(ValueError, match="concurrency"):
        Job.create("hi", from_="+15005550006", messaging_service_sid=None, **{**common, "concurrency": 0})
    with pytest.raises(ValueError, match="rate"):
        Job.create("hi", from_="+15005550006", messaging_service_sid=None, **{**common, "rate": -1})
    with pytest.raises(TypeError, match="media_url"):
        Job.create("hi", from_="+15005550006", messaging_service_sid=None, **{**common, "media_url": "http://x"})


def test_row_keys_are_recipient_and_content_not_position():
    job = Job.create(
        "Hi {name}",
        from_="+15005550006",
        messaging_service_sid=None,
        media_url=None,
        status_callback=None,
        key=None,
        concurrency=1,
        rate=None,
    )
    first = job.prepare(1, {"to": "+15550000001", "name": "Ana"})
    moved = job.prepare(7, {"to": "+15550000001", "name": "Ana", "other": "x"})
    changed = job.prepare(1, {"to": "+15550000001", "name": "Bob"})
    assert not isinstance(first, RowResult) and not isinstance(moved, RowResult)
    assert not isinstance(changed, RowResult)
    assert first.key == moved.key != changed.key
    assert first.key.startswith("+15550000001#")


def test_a_key_column_replaces_the_default_key():
    job = Job.create(
        "Hi",
        from_="+15005550006",
        messaging_service_sid=None,
        media_url=None,
        status_callback=None,
        key="id",
        concurrency=1,
        rate=None,
    )
    row = job.prepare(1, {"to": "+15550000001", "id": "patient-42"})
    assert not isinstance(row, RowResult) and row.key == "id=patient-42"
    missing = job.prepare(2, {"to": "+15550000001", "id": ""})
    assert isinstance(missing, RowResult) and missing.outcome == "failed"
