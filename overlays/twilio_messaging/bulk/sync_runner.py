"""``client.messages.send_many(...)`` on threads: a bounded pool, rows read one at a time.

The calling thread reads rows, consults the journal and writes each intent (so a key listed twice
is seen at once); workers wait for the shared pace, create and record the outcome. At most
``2 × concurrency`` rows are in the air, so memory does not grow with the list.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from twilio_messaging._operation import SyncRequester
from twilio_messaging.bulk import steps
from twilio_messaging.bulk.job import Job, PreparedRow
from twilio_messaging.bulk.journal import Journal
from twilio_messaging.bulk.lookup import find, settle
from twilio_messaging.bulk.pacing import Gate, RateWindow, finished, paced_client, row_backoff, wait_time
from twilio_messaging.bulk.results import RowResult, Summary
from twilio_messaging.errors import TwilioMessagingError

if TYPE_CHECKING:
    from twilio_messaging_api.resources.messages import Messages


class BulkSend:
    """An iterator of :class:`RowResult`, one per row; ``summary`` counts them as they come.

    Iterate it to run the send (once). Breaking out early, or Ctrl-C, stops cleanly: creates in
    flight finish and are recorded, rows not yet sent are left for the next run.
    """

    def __init__(
        self,
        requester: SyncRequester,
        rows: Iterable[Mapping[str, Any]],
        job: Job,
        journal: str | Path,
        dry_run: bool = False,
    ) -> None:
        self.summary = Summary()
        self.gate = Gate(job.concurrency)
        self._requester = requester
        self._rows = rows
        self._job = job
        self._journal_path = journal
        self._dry_run = dry_run
        self._stop = threading.Event()
        # Keys whose create may have reached Twilio with no outcome recorded yet (in flight, or in doubt).
        self._may_have_left: set[str] = set()
        self._iterator: Generator[RowResult] | None = None

    def __iter__(self) -> Generator[RowResult]:
        if self._iterator is None:
            self._iterator = self._counted(self._dry() if self._dry_run else self._run())
        return self._iterator

    def __next__(self) -> RowResult:
        return next(iter(self))

    def _counted(self, results: Generator[RowResult]) -> Generator[RowResult]:
        try:
            for result in results:
                self.summary.add(result)
                yield result
        except BaseException:
            self.summary.interrupted = True
            raise
        finally:
            results.close()

    def _dry(self) -> Generator[RowResult]:
        for number, row in enumerate(self._rows, start=1):
            item = self._job.prepare(number, row)
            if isinstance(item, RowResult):
                yield item
            else:
                yield RowResult(item.number, item.key, item.to, "dry_run", body=item.body)

    def _resource(self) -> Messages:
        from twilio_messaging_api.resources.messages import Messages

        from twilio_messaging._client import Client

        client = self._requester
        return paced_client(client, self.gate).messages if isinstance(client, Client) else Messages(client)

    def _run(self) -> Generator[RowResult]:
        messages = self._resource()
        window = RateWindow(self._job.rate)
        with Journal(self._journal_path) as journal:
            found_now = self._settle_earlier(messages, journal)
            intake = steps.Intake(self._job, journal, found_now)
            pending: dict[Future[RowResult | None], PreparedRow] = {}
            pool = ThreadPoolExecutor(self._job.concurrency, thread_name_prefix="send_many")
            try:
                for number, row in enumerate(self._rows, start=1):
                    result = intake.take(number, row)
                    if result is not None:
                        yield result
                    yield from self._collect(pending, block=False)
                    if intake.due(len(pending)):
                        for item in intake.flush():
                            pending[pool.submit(self._send, messages, journal, window, item)] = item
                    while len(pending) >= 2 * self._job.concurrency:
                        yield from self._collect(pending, block=True)
                for item in intake.flush():
                    pending[pool.submit(self._send, messages, journal, window, item)] = item
                while pending:
                    yield from self._collect(pending, block=True)
            finally:
                self._stop.set()  # workers that have not sent yet give their rows back
                pool.shutdown(wait=True, cancel_futures=True)
                steps.give_back(journal, self._may_have_left)
                self._count_unyielded(pending)
            yield from self._settle_now(messages, journal)

    def _collect(self, pending: dict[Future[RowResult | None], PreparedRow], block: bool) -> Iterator[RowResult]:
        """Results of finished creates: at least one when ``block``, whatever is ready otherwise."""
        if not pending:
            return
        done, _ = wait(pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        for future in done:
            del pending[future]
            result = future.result()
            if result is not None:  # None: looked up at the end of the run
                yield result

    def _count_unyielded(self, pending: dict[Future[RowResult | None], PreparedRow]) -> None:
        """After a stop: creates that finished while the run wound down still count in the summary."""
        for future in pending:
            if future.done() and not future.cancelled() and future.exception() is None:
                result = future.result()
                if result is not None:
                    self.summary.add(result)

    def _send(self, messages: Messages, journal: Journal, window: RateWindow, row: PreparedRow) -> RowResult | None:
        arguments = self._job.create_arguments(row)
        rounds = 0
        while True:
            delay = wait_time(self.gate, window)
            if self._stop.wait(delay):
                return steps.not_sent(journal, row)
            if delay:
                continue
            self._may_have_left.add(row.key)
            try:
                message = messages.create(**arguments)
            except TwilioMessagingError as error:
                finished(self.gate, window, ok=False)
                result = steps.failed(journal, row, error, rounds)
                if result == steps.LOOK_UP:
                    return None  # stays in _may_have_left: looked up at the end of the run
                self._may_have_left.discard(row.key)
                if isinstance(result, RowResult):
                    return result
                rounds += 1
                self.gate.pause(row_backoff(rounds))
                continue
            finished(self.gate, window, ok=True)
            result = steps.sent(journal, row, message)
            self._may_have_left.discard(row.key)
            return result

    def _settle_earlier(self, messages: Messages, journal: Journal) -> set[str]:
        """Look up the intents earlier runs left without an outcome; return the keys found sent."""
        found: set[str] = set()
        for entry in journal.open_entries():
            result = settle(entry, find(messages, entry, journal), journal, steps.absent_earlier(journal))
            if result.outcome == "found":
                found.add(entry.key)
        return found

    def _settle_now(self, messages: Messages, journal: Journal) -> Iterator[RowResult]:
        """Look up this run's creates that failed in a way that may have sent them."""
        for entry in journal.open_entries():
            if entry.run == journal.run:
                yield settle(entry, find(messages, entry, journal), journal, steps.absent_now(journal))

    def close(self) -> None:
        """Stop early (as breaking out of the loop does)."""
        if self._iterator is not None:
            self._iterator.close()

    def __enter__(self) -> BulkSend:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
