"""``AsyncClient.messages.send_many(...)`` on tasks: the same steps as the sync runner, on one event loop.

Rows (sync or async iterables) are read one at a time; at most ``2 × concurrency`` rows are in the
air. Cancellation (Ctrl-C under ``asyncio.run``) stops cleanly: rows still waiting for their pace
give their intent back, creates already sent are awaited and recorded, then the cancellation goes on.
``stop()`` does the same without an exception: the iteration ends normally, as the sync runner's does.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from twilio_messaging._operation import AsyncRequester
from twilio_messaging.bulk import steps
from twilio_messaging.bulk.job import Job, PreparedRow
from twilio_messaging.bulk.journal import Journal
from twilio_messaging.bulk.lookup import afind, settle
from twilio_messaging.bulk.pacing import Gate, RateWindow, finished, paced_client, row_backoff, wait_time
from twilio_messaging.bulk.results import RowResult, Summary
from twilio_messaging.errors import TwilioMessagingError

if TYPE_CHECKING:
    from twilio_messaging_api.resources.messages import AsyncMessages

Rows = Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]]


async def _rows(rows: Rows) -> AsyncIterator[Mapping[str, Any]]:
    if isinstance(rows, AsyncIterable):
        async for row in rows:
            yield row
    else:
        for row in rows:
            yield row


class _Worker:
    """One row's create: waits for a slot and its pace, then sends and records whatever happens."""

    def __init__(self, run: AsyncBulkSend, messages: AsyncMessages, journal: Journal, window: RateWindow) -> None:
        self.run, self.messages, self.journal, self.window = run, messages, journal, window
        self.slots = asyncio.Semaphore(run._job.concurrency)  # creates in flight
        # Keys whose create may have reached Twilio with no outcome recorded yet (in flight, or in doubt).
        self.may_have_left: set[str] = set()

    async def send(self, row: PreparedRow) -> RowResult | None:
        async with self.slots:
            return await self._send(row)

    async def _send(self, row: PreparedRow) -> RowResult | None:
        arguments = self.run._job.create_arguments(row)
        gate, rounds = self.run.gate, 0
        while True:
            delay = wait_time(gate, self.window)
            if await self.run._stopped_within(delay):
                return steps.not_sent(self.journal, row)
            if delay:
                continue
            self.may_have_left.add(row.key)  # from here on a stop lets this task finish
            try:
                message = await self.messages.create(**arguments)
            except TwilioMessagingError as error:
                finished(gate, self.window, ok=False)
                result = steps.failed(self.journal, row, error, rounds)
                if result == steps.LOOK_UP:
                    return None  # stays in may_have_left: looked up at the end of the run
                self.may_have_left.discard(row.key)
                if isinstance(result, RowResult):
                    return result
                rounds += 1
                gate.pause(row_backoff(rounds))
                continue
            finished(gate, self.window, ok=True)
            result = steps.sent(self.journal, row, message)
            self.may_have_left.discard(row.key)
            return result


class AsyncBulkSend:
    """An async iterator of :class:`RowResult`, one per row; ``summary`` counts them as they come."""

    def __init__(self, requester: AsyncRequester, rows: Rows, job: Job, journal: str | Path, dry_run: bool) -> None:
        self.summary = Summary()
        self.gate = Gate(job.concurrency)
        self._requester = requester
        self._rows = rows
        self._job = job
        self._journal_path = journal
        self._dry_run = dry_run
        self._iterator: AsyncIterator[RowResult] | None = None
        self._stopping = asyncio.Event()  # stop() was called; bound to the run's loop on first wait
        self._loop: asyncio.AbstractEventLoop | None = None

    def __aiter__(self) -> AsyncIterator[RowResult]:
        if self._iterator is None:
            self._iterator = self._counted(self._dry() if self._dry_run else self._run())
        return self._iterator

    async def __anext__(self) -> RowResult:
        return await self.__aiter__().__anext__()

    async def _counted(self, results: AsyncIterator[RowResult]) -> AsyncIterator[RowResult]:
        try:
            async for result in results:
                self.summary.add(result)
                yield result
        except BaseException:
            self.summary.interrupted = True
            raise

    async def _dry(self) -> AsyncIterator[RowResult]:
        number = 0
        async for row in _rows(self._rows):
            number += 1
            item = self._job.prepare(number, row)
            if isinstance(item, RowResult):
                yield item
            else:
                yield RowResult(number, item.key, item.to, "dry_run", body=item.body)

    def _resource(self) -> AsyncMessages:
        from twilio_messaging_api.resources.messages import AsyncMessages

        from twilio_messaging._client import AsyncClient

        client = self._requester
        return paced_client(client, self.gate).messages if isinstance(client, AsyncClient) else AsyncMessages(client)

    async def _run(self) -> AsyncIterator[RowResult]:
        self._loop = asyncio.get_running_loop()
        messages = self._resource()
        with Journal(self._journal_path) as journal:
            found_now = await self._settle_earlier(messages, journal)
            worker = _Worker(self, messages, journal, RateWindow(self._job.rate))
            intake = steps.Intake(self._job, journal, found_now)
            pending: dict[asyncio.Task[RowResult | None], PreparedRow] = {}

            def submit(batch: list[PreparedRow]) -> None:
                for item in batch:
                    pending[asyncio.ensure_future(worker.send(item))] = item

            try:
                number = 0
                async for row in _rows(self._rows):
                    if self._stopping.is_set():  # stop(): take no more rows; creates in flight finish below
                        break
                    number += 1
                    result = intake.take(number, row)
                    if result is not None:
                        yield result
                    for result in self._finished(pending):
                        yield result
                    if intake.due(len(pending)):
                        # The fsync runs on a thread: creates in flight keep going meanwhile.
                        submit(await asyncio.to_thread(intake.flush))
                    while len(pending) >= 2 * self._job.concurrency:
                        for result in await self._collect(pending):
                            yield result
                if not self._stopping.is_set():
                    submit(await asyncio.to_thread(intake.flush))
                while pending:  # after stop(), rows waiting for their pace come back as not sent
                    for result in await self._collect(pending):
                        yield result
            finally:
                for result in await self._stop(pending, worker.may_have_left):
                    self.summary.add(result)  # finished while the run wound down: counted, not yielded
                steps.give_back(journal, worker.may_have_left)
            self.summary.interrupted = self.summary.interrupted or self._stopping.is_set()
            for entry in journal.open_entries():
                if entry.run == journal.run:
                    finding = await afind(messages, entry, journal)
                    yield settle(entry, finding, journal, steps.absent_now(journal))

    @staticmethod
    async def _collect(pending: dict[asyncio.Task[RowResult | None], PreparedRow]) -> list[RowResult]:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        results = []
        for task in done:
            del pending[task]
            result = task.result()
            if result is not None:
                results.append(result)
        return results

    @staticmethod
    def _finished(pending: dict[asyncio.Task[RowResult | None], PreparedRow]) -> list[RowResult]:
        """Results of the tasks already done, without waiting."""
        results = []
        for task in [t for t in pending if t.done()]:
            del pending[task]
            result = task.result()
            if result is not None:
                results.append(result)
        return results

    @staticmethod
    async def _stop(
        pending: dict[asyncio.Task[RowResult | None], PreparedRow], may_have_left: set[str]
    ) -> list[RowResult]:
        """Cancel rows still waiting for their pace; let creates already in flight finish and be recorded."""
        for task, row in pending.items():
            if row.key not in may_have_left:
                task.cancel()
        if not pending:
            return []
        outcomes = await asyncio.shield(asyncio.gather(*pending, return_exceptions=True))
        return [outcome for outcome in outcomes if isinstance(outcome, RowResult)]

    async def _settle_earlier(self, messages: AsyncMessages, journal: Journal) -> set[str]:
        found: set[str] = set()
        for entry in journal.open_entries():
            finding = await afind(messages, entry, journal)
            if settle(entry, finding, journal, steps.absent_earlier(journal)).outcome == "found":
                found.add(entry.key)
        return found

    async def _stopped_within(self, delay: float) -> bool:
        """Wait up to ``delay`` seconds (a row's pace); True as soon as stop() has been called."""
        if self._stopping.is_set():
            return True
        if delay <= 0:
            return False
        try:
            await asyncio.wait_for(self._stopping.wait(), delay)
        except TimeoutError:
            return False
        return True

    def stop(self) -> None:
        """Ask the run to stop: no more rows are taken, creates in flight finish and are recorded.

        Safe from another task, a signal handler (``loop.add_signal_handler``) or another thread. The
        iteration then ends normally (rows given back are yielded as not sent) with
        ``summary.interrupted`` set: nothing is cut off half-way, as with cancellation.
        """
        loop = self._loop
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if loop is not None and running is not loop:
            loop.call_soon_threadsafe(self._stopping.set)  # Event is not thread-safe: set it on its loop
        else:
            self._stopping.set()

    async def aclose(self) -> None:
        """Stop early (as breaking out of ``async for`` and closing does)."""
        iterator = self._iterator
        if iterator is not None and hasattr(iterator, "aclose"):
            await iterator.aclose()
