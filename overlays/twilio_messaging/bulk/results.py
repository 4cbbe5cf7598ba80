"""What a bulk send reports: one :class:`RowResult` per input row, then a :class:`Summary`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

Outcome = Literal["sent", "failed", "done_before", "found", "in_doubt", "duplicate", "dry_run"]
"""What happened to a row.

* ``sent``: created by this run (``sid`` and ``status`` are Twilio's).
* ``failed``: Twilio refused it (``error_code``/``error_message``), or the row was invalid (no code).
* ``done_before``: the journal already had its outcome from an earlier run (that outcome is repeated).
* ``found``: an earlier attempt's outcome was unknown; a lookup found the message Twilio created.
* ``in_doubt``: a create may or may not have been processed and no message was found yet: not marked
  done, so the next run with the same journal looks again and sends it only if it is still not there.
* ``duplicate``: an earlier row of this input is the same message to the same recipient (same key).
* ``dry_run``: validated and rendered, nothing sent.
"""

FINISHED: frozenset[str] = frozenset({"sent", "failed", "done_before", "found", "duplicate"})


@dataclass(frozen=True, slots=True)
class RowResult:
    """The outcome of one input row. ``row`` is 1-based: 1 is the first data row."""

    row: int
    key: str
    to: str
    outcome: Outcome
    sid: str | None = None
    status: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    body: str | None = None  # the rendered text (dry runs only)

    @property
    def ok(self) -> bool:
        """True when the recipient has (or already had) the message."""
        return self.sid is not None and self.error_code is None and self.outcome != "failed"


@dataclass
class Summary:
    """Counts over a run; ``complete`` when every row has an outcome (nothing in doubt, not interrupted)."""

    sent: int = 0
    found: int = 0
    done_before: int = 0
    duplicates: int = 0
    in_doubt: int = 0
    dry_run: int = 0
    failed_by_code: Counter[int | None] = field(default_factory=Counter)
    interrupted: bool = False

    def add(self, result: RowResult) -> None:
        if result.outcome == "failed":
            self.failed_by_code[result.error_code] += 1
        elif result.outcome == "duplicate":
            self.duplicates += 1
        else:
            name = result.outcome
            setattr(self, name, getattr(self, name) + 1)

    @property
    def failed(self) -> int:
        return sum(self.failed_by_code.values())

    @property
    def total(self) -> int:
        return self.sent + self.found + self.done_before + self.duplicates + self.in_doubt + self.dry_run + self.failed

    @property
    def complete(self) -> bool:
        return not self.interrupted and self.in_doubt == 0

    def lines(self) -> list[str]:
        """The summary as short lines of text (the CLI prints them)."""
        out = [f"sent {self.sent}", f"skipped as already done {self.done_before}"]
        if self.found:
            out.append(f"found already sent by an interrupted run {self.found}")
        if self.duplicates:
            out.append(f"duplicate rows (same message to the same recipient) {self.duplicates}")
        if self.dry_run:
            out.append(f"validated (dry run, nothing sent) {self.dry_run}")
        out.append(f"failed {self.failed}")
        for code, count in sorted(self.failed_by_code.items(), key=lambda item: (item[0] is None, item[0] or 0)):
            out.append(f"  {'invalid row' if code is None else f'error {code}'}: {count}")
        if self.in_doubt:
            out.append(f"in doubt (may not have been sent; run again with the same journal) {self.in_doubt}")
        if self.interrupted:
            out.append("interrupted: run again with the same journal to finish")
        return out
