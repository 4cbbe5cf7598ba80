"""``client.messages.send_many`` against the emulator, sync and async: once per row, whatever happens."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from twilio_messaging.bulk.job import Job
from twilio_messaging.bulk.journal import Journal
from twilio_messaging.bulk.results import RowResult

from .conftest import SENDER, Script, messages_on, recipients, run_send_many

MODES = ["sync", "async"]


def rows_for(numbers: list[str]) -> list[dict[str, str]]:
    return [{"to": to, "name": f"N{n}"} for n, to in enumerate(numbers)]


def per_recipient(server) -> Counter[str]:
    return Counter(m.to for m in messages_on(server))


@pytest.mark.parametrize("mode", MODES)
def test_500_rows_once_each_and_a_rerun_sends_nothing(mode, emulator, tmp_path: Path):
    numbers = recipients(500)
    results, summary = run_send_many(mode, emulator, iter(rows_for(numbers)), tmp_path / "j.db", concurrency=8)
    assert summary.sent == 500 and summary.complete and summary.failed == 0
    assert per_recipient(emulator) == Counter(numbers)
    sids = {m.sid for m in messages_on(emulator)}
    assert {r.sid for r in results} == sids
    assert sorted(r.row for r in results) == list(range(1, 501))

    again, summary = run_send_many(mode, emulator, rows_for(numbers), tmp_path / "j.db")
    assert summary.done_before == 500 and summary.sent == 0
    assert {r.sid for r in again} == sids
    assert len(messages_on(emulator)) == 500


@pytest.mark.parametrize("mode", MODES)
def test_per_row_failures_are_recorded_and_the_run_goes_on(mode, emulator, tmp_path: Path):
    rows = rows_for(["+15550400001", "+15005550001", "+15550400002", "+15005550004", "+15550400003"])
    results, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db")
    assert summary.sent == 3
    assert dict(summary.failed_by_code) == {21211: 1, 21610: 1}
    failed = {r.to: r for r in results if r.outcome == "failed"}
    assert failed["+15005550001"].error_code == 21211 and failed["+15005550001"].error_message
    assert summary.complete  # a refused row has an outcome

    again, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db")
    assert summary.done_before == 5 and summary.sent == 0
    assert {r.to: r.error_code for r in again if r.error_code} == {"+15005550001": 21211, "+15005550004": 21610}


@pytest.mark.parametrize("mode", MODES)
def test_the_same_message_listed_twice_is_sent_once(mode, emulator, tmp_path: Path):
    rows = rows_for(["+15550400010", "+15550400011"])
    rows.append(dict(rows[0]))
    results, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db")
    assert summary.sent == 2 and summary.duplicates == 1
    assert per_recipient(emulator) == Counter({"+15550400010": 1, "+15550400011": 1})


def _job() -> Job:
    return Job.create(
        "Hi {name}",
        from_=SENDER,
        messaging_service_sid=None,
        media_url=None,
        status_callback=None,
        key=None,
        concurrency=1,
        rate=None,
    )


@pytest.mark.parametrize("mode", MODES)
def test_an_intent_without_outcome_is_looked_up_not_resent(mode, emulator, tmp_path: Path):
    """A run killed between its intent and its outcome: the next run finds the message it had sent."""
    rows = rows_for(["+15550400020", "+15550400021", "+15550400022"])
    prepared = [_job().prepare(n, row) for n, row in enumerate(rows, start=1)]
    assert not any(isinstance(p, RowResult) for p in prepared)
    with Journal(tmp_path / "j.db") as journal:
        journal.intents(prepared, SENDER)  # type: ignore[arg-type]
    # The first row's create had reached Twilio before the crash; the second's had not.
    from twilio_messaging import Client

    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as client:
        earlier = client.messages.create(to=rows[0]["to"], from_=SENDER, body="Hi N0")
        client.messages.create(to=rows[1]["to"], from_=SENDER, body="Another text")  # not a match: other body
    results, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db")
    by_to = {r.to: r for r in results}
    assert by_to[rows[0]["to"]].outcome == "found" and by_to[rows[0]["to"]].sid == earlier.sid
    assert by_to[rows[1]["to"]].outcome == "sent" and by_to[rows[2]["to"]].outcome == "sent"
    assert summary.found == 1 and summary.sent == 2 and summary.complete
    assert per_recipient(emulator) == Counter({rows[0]["to"]: 1, rows[1]["to"]: 2, rows[2]["to"]: 1})


@pytest.mark.parametrize("mode", MODES)
def test_a_create_that_failed_after_reaching_twilio_is_found_at_the_end(mode, emulator, tmp_path: Path):
    rows = rows_for(["+15550400030", "+15550400031", "+15550400032"])
    script = Script({"+15550400031": ["500-after"]})
    results, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db", script=script)
    by_to = {r.to: r for r in results}
    assert by_to["+15550400031"].outcome == "found" and by_to["+15550400031"].sid
    assert summary.sent == 2 and summary.found == 1 and summary.complete
    assert per_recipient(emulator) == Counter(r["to"] for r in rows)


@pytest.mark.parametrize("mode", MODES)
def test_a_create_that_failed_before_reaching_twilio_is_left_for_the_next_run(mode, emulator, tmp_path: Path):
    rows = rows_for(["+15550400040", "+15550400041"])
    script = Script({"+15550400041": ["500-before"]})
    results, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db", script=script)
    assert {r.to: r.outcome for r in results} == {"+15550400040": "sent", "+15550400041": "in_doubt"}
    assert summary.in_doubt == 1 and not summary.complete
    assert per_recipient(emulator) == Counter({"+15550400040": 1})

    results, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db")
    assert {r.to: r.outcome for r in results} == {"+15550400040": "done_before", "+15550400041": "sent"}
    assert summary.complete
    assert per_recipient(emulator) == Counter(r["to"] for r in rows)


@pytest.mark.parametrize("mode", MODES)
def test_a_429_storm_pauses_the_whole_run_and_fails_no_row(mode, emulator, tmp_path: Path):
    numbers = recipients(40, prefix="+1555041")
    script = Script(storm=6, retry_after=0.3)
    results, summary = run_send_many(mode, emulator, rows_for(numbers), tmp_path / "j.db", script=script, concurrency=4)
    assert summary.sent == 40 and summary.failed == 0
    assert per_recipient(emulator) == Counter(numbers)
    # Once a 429 came back, no create reached the emulator until its Retry-After had passed.
    first_refusal = script.refused[0]
    early = [t for t, _ in script.creates if first_refusal < t < first_refusal + 0.25]
    assert early == []


def test_a_rate_limit_that_outlasts_every_retry_fails_the_row_with_20429(emulator, tmp_path: Path):
    script = Script({"+15550400050": ["429"] * 100}, retry_after=0.0)
    results, summary = run_send_many("sync", emulator, rows_for(["+15550400050"]), tmp_path / "j.db", script=script)
    assert [(r.outcome, r.error_code) for r in results] == [("failed", 20429)]


@pytest.mark.parametrize("mode", MODES)
def test_dry_run_sends_nothing_and_writes_no_journal(mode, emulator, tmp_path: Path):
    rows = rows_for(["+15550400060", "bad"])
    results, summary = run_send_many(mode, emulator, rows, tmp_path / "j.db", dry_run=True)
    assert [r.outcome for r in results] == ["dry_run", "failed"]
    assert results[0].body == "Hi N0"
    assert messages_on(emulator) == [] and not (tmp_path / "j.db").exists()


def test_stopping_early_leaves_the_journal_consistent(emulator, tmp_path: Path):
    from twilio_messaging import Client

    numbers = recipients(60, prefix="+1555042")
    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as client:
        run = client.messages.send_many(rows_for(numbers), body="Hi {name}", from_=SENDER, journal=tmp_path / "j.db")
        for count, _ in enumerate(run, start=1):
            if count == 10:
                break
        run.close()
    assert 10 <= len(messages_on(emulator)) < 60
    results, summary = run_send_many("sync", emulator, rows_for(numbers), tmp_path / "j.db")
    assert summary.complete and summary.sent + summary.done_before + summary.found == 60
    assert per_recipient(emulator) == Counter(numbers)


def test_stop_from_another_thread_ends_the_run_with_a_consistent_journal(emulator, tmp_path: Path):
    """What the CLI's Ctrl-C handler does: stop() mid-run, creates in flight recorded, the rest given back."""
    import sqlite3
    import threading

    from twilio_messaging import Client

    numbers = recipients(300, prefix="+1555043")
    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as client:
        run = client.messages.send_many(
            rows_for(numbers), body="Hi {name}", from_=SENDER, journal=tmp_path / "j.db", concurrency=4, rate=100
        )
        stopper = None
        results = []
        for result in run:
            results.append(result)
            if len(results) == 20:
                stopper = threading.Thread(target=run.stop)
                stopper.start()
        assert stopper is not None
        stopper.join()
    assert run.summary.interrupted and not run.summary.complete
    sent = [r for r in results if r.outcome == "sent"]
    assert 20 <= len(sent) < 300
    with sqlite3.connect(tmp_path / "j.db") as db:
        assert db.execute("SELECT count(*) FROM rows WHERE state = 'intent'").fetchone() == (0,)
        recorded = db.execute("SELECT count(*) FROM rows").fetchone()[0]
    assert recorded == len(sent) == len(messages_on(emulator))

    _, summary = run_send_many("sync", emulator, rows_for(numbers), tmp_path / "j.db")
    assert summary.complete and summary.done_before == len(sent) and summary.sent == 300 - len(sent)
    assert per_recipient(emulator) == Counter(numbers)


@pytest.mark.parametrize("caller", ["task", "thread"])
def test_async_stop_ends_the_run_with_a_consistent_journal(caller: str, emulator, tmp_path: Path):
    """AsyncBulkSend.stop() from another task or thread: no exception, creates in flight recorded, the rest back."""
    import asyncio
    import sqlite3
    import threading

    from twilio_messaging import AsyncClient

    numbers = recipients(300, prefix="+1555044" if caller == "task" else "+1555045")

    async def main() -> tuple[list[RowResult], object]:
        async with AsyncClient(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as client:
            run = client.messages.send_many(
                rows_for(numbers), body="Hi {name}", from_=SENDER, journal=tmp_path / "j.db", concurrency=4, rate=100
            )
            results = []
            async for result in run:
                results.append(result)
                if len(results) == 20:
                    if caller == "task":
                        asyncio.get_running_loop().call_soon(run.stop)
                    else:
                        threading.Thread(target=run.stop).start()
        return results, run.summary

    results, run_summary = asyncio.run(main())
    assert run_summary.interrupted and not run_summary.complete  # type: ignore[attr-defined]
    sent = [r for r in results if r.outcome == "sent"]
    assert 20 <= len(sent) < 300
    assert all(r.outcome in ("sent", "in_doubt") for r in results)
    with sqlite3.connect(tmp_path / "j.db") as db:
        assert db.execute("SELECT count(*) FROM rows WHERE state = 'intent'").fetchone() == (0,)
        recorded = db.execute("SELECT count(*) FROM rows").fetchone()[0]
    assert recorded == len(sent) == len(messages_on(emulator))

    _, summary = run_send_many("async", emulator, rows_for(numbers), tmp_path / "j.db")
    assert summary.complete and summary.done_before == len(sent) and summary.sent == 300 - len(sent)
    assert per_recipient(emulator) == Counter(numbers)


def test_a_second_run_on_a_journal_in_use_is_refused(tmp_path: Path):
    from twilio_messaging.bulk.journal import JournalError

    with Journal(tmp_path / "j.db"), pytest.raises(JournalError, match="another run"):
        Journal(tmp_path / "j.db")


def test_through_a_messaging_service_and_its_lookups(emulator, tmp_path: Path):
    from twilio_messaging import Client

    number = emulator.register_number("+15005550006")
    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as client:
        service = str(client.services.create(friendly_name="reminders").sid)
        client.services(service).phone_numbers.create(phone_number_sid=number["sid"])
        rows = rows_for(["+15550400070", "+15550400071"])
        # An earlier run's intent for the first row, whose create had reached Twilio.
        job = Job.create(
            "Hi {name}",
            from_=None,
            messaging_service_sid=service,
            media_url=None,
            status_callback=None,
            key=None,
            concurrency=1,
            rate=None,
        )
        first = job.prepare(1, rows[0])
        assert not isinstance(first, RowResult)
        with Journal(tmp_path / "j.db") as journal:
            journal.intents([first], job.sender)
        earlier = client.messages.create(to=rows[0]["to"], messaging_service_sid=service, body="Hi N0")
    results, summary = run_send_many(
        "sync", emulator, rows, tmp_path / "j.db", from_=None, messaging_service_sid=service
    )
    by_to = {r.to: r for r in results}
    assert by_to[rows[0]["to"]].outcome == "found" and by_to[rows[0]["to"]].sid == earlier.sid
    assert by_to[rows[1]["to"]].outcome == "sent"
    assert per_recipient(emulator) == Counter(r["to"] for r in rows)
