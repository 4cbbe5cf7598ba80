"""Bulk sending that never texts anyone twice: ``client.messages.send_many(rows, ...)`` and the CLI's ``send``.

A file per concept: ``template`` and ``rows`` (input), ``job`` (settings, row keys, error verdicts),
``journal`` (SQLite intent/outcome log), ``pacing`` (rate window, shared backoff), ``lookup``
(settling unknown outcomes), ``steps`` (per-row journal logic), ``sync_runner``/``async_runner``,
``results``. Names load on first use: ``mixin`` is imported with every Messages resource.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from twilio_messaging.bulk.async_runner import AsyncBulkSend
    from twilio_messaging.bulk.journal import JournalError
    from twilio_messaging.bulk.results import Outcome, RowResult, Summary
    from twilio_messaging.bulk.rows import RowProblem, check_csv, read_csv
    from twilio_messaging.bulk.sync_runner import BulkSend
    from twilio_messaging.bulk.template import Template, TemplateError

_EXPORTS = {
    "AsyncBulkSend": "async_runner",
    "BulkSend": "sync_runner",
    "JournalError": "journal",
    "Outcome": "results",
    "RowResult": "results",
    "Summary": "results",
    "RowProblem": "rows",
    "check_csv": "rows",
    "read_csv": "rows",
    "Template": "template",
    "TemplateError": "template",
}
__all__ = [
    "AsyncBulkSend",
    "BulkSend",
    "JournalError",
    "Outcome",
    "RowProblem",
    "RowResult",
    "Summary",
    "Template",
    "TemplateError",
    "check_csv",
    "read_csv",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'twilio_messaging.bulk' has no attribute {name!r}")
    value = getattr(import_module(f"twilio_messaging.bulk.{module}"), name)
    globals()[name] = value
    return value
