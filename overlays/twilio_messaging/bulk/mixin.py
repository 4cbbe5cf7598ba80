"""``send_many`` on ``client.messages``: the generator makes these the base classes of Messages.

generator/config.yaml (``resource_bases``) names them; this module stays import-light because every
``import twilio_messaging`` that touches resources loads it. The work happens in the runners.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Mapping, Sequence
from os import PathLike
from typing import TYPE_CHECKING, Any

from twilio_messaging._operation import AsyncRequester, SyncRequester

if TYPE_CHECKING:
    from twilio_messaging.bulk.async_runner import AsyncBulkSend
    from twilio_messaging.bulk.sync_runner import BulkSend

Rows = Iterable[Mapping[str, Any]]
JournalPath = str | PathLike[str]


class SendMany:
    """Adds :meth:`send_many` to ``client.messages``."""

    __slots__ = ()
    _client: SyncRequester

    def send_many(
        self,
        rows: Rows,
        *,
        body: str,
        journal: JournalPath,
        from_: str | None = None,
        messaging_service_sid: str | None = None,
        media_url: Sequence[str] | None = None,
        status_callback: str | None = None,
        key: str | None = None,
        concurrency: int = 4,
        rate: float | None = None,
        dry_run: bool = False,
    ) -> BulkSend:
        """Send one templated message per row, never twice; iterate the result to run it.

        Each row is a mapping with a ``to`` (E.164 or a channel address like ``whatsapp:+1...``) and
        the values of the ``{name}`` placeholders in ``body``. Rows are read one at a time.
        ``journal`` is a file recording each row's intent before its create and its outcome after:
        run again with the same journal and rows already done are skipped, and rows whose outcome
        is unknown are looked up on Twilio instead of being resent. ``concurrency`` creates run at
        once; ``rate`` caps creates in any one-second window; a 429 pauses every worker.
        ``key`` names a column holding your own stable row id (default: the recipient plus a hash
        of the message). Yields a :class:`~twilio_messaging.bulk.RowResult` per row; ``.summary``
        counts them.
        """
        from pathlib import Path

        from twilio_messaging.bulk.job import Job
        from twilio_messaging.bulk.sync_runner import BulkSend

        job = Job.create(
            body,
            from_=from_,
            messaging_service_sid=messaging_service_sid,
            media_url=media_url,
            status_callback=status_callback,
            key=key,
            concurrency=concurrency,
            rate=rate,
        )
        return BulkSend(self._client, rows, job, Path(journal), dry_run)


class AsyncSendMany:
    """Adds :meth:`send_many` to ``AsyncClient.messages`` (iterate with ``async for``)."""

    __slots__ = ()
    _client: AsyncRequester

    def send_many(
        self,
        rows: Rows | AsyncIterable[Mapping[str, Any]],
        *,
        body: str,
        journal: JournalPath,
        from_: str | None = None,
        messaging_service_sid: str | None = None,
        media_url: Sequence[str] | None = None,
        status_callback: str | None = None,
        key: str | None = None,
        concurrency: int = 10,
        rate: float | None = None,
        dry_run: bool = False,
    ) -> AsyncBulkSend:
        """The async twin of ``Client.messages.send_many``: ``async for result in ...``; rows may be async."""
        from pathlib import Path

        from twilio_messaging.bulk.async_runner import AsyncBulkSend
        from twilio_messaging.bulk.job import Job

        job = Job.create(
            body,
            from_=from_,
            messaging_service_sid=messaging_service_sid,
            media_url=media_url,
            status_callback=status_callback,
            key=key,
            concurrency=concurrency,
            rate=rate,
        )
        return AsyncBulkSend(self._client, rows, job, Path(journal), dry_run)
