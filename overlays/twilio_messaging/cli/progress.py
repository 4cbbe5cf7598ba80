"""Progress of a send: a tqdm bar (rate, ETA) on a terminal, a plain line every few seconds otherwise."""

from __future__ import annotations

import os
import time
from typing import Any, TextIO

from twilio_messaging.bulk.results import RowResult

PLAIN_EVERY = 5.0  # seconds between plain progress lines (logs, CI, pipes)


def _eta(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _has_size(stream: TextIO) -> bool:
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return False
    return size.columns > 0 and size.lines > 0


class Progress:
    """Counts results; draws a bar on a terminal, prints ``done/total rate ETA`` lines elsewhere."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._stream = stream
        self._started = self._last = time.monotonic()
        self._bar: Any = None
        if stream.isatty():
            from tqdm import tqdm  # imported here: only a terminal run pays for it

            # A terminal that reports no size (some ptys) would get no bar at all from tqdm: assume 80x24.
            size: dict[str, Any] = {"dynamic_ncols": True} if _has_size(stream) else {"ncols": 80, "nrows": 24}
            self._bar = tqdm(total=total, file=stream, unit="msg", smoothing=0.1, **size)

    def update(self, result: RowResult) -> None:
        self.done += 1
        self.failed += result.outcome == "failed"
        if self._bar is not None:
            self._bar.update(1)
            if result.outcome == "failed":
                self._bar.set_postfix(failed=self.failed, refresh=False)
            return
        now = time.monotonic()
        if now - self._last >= PLAIN_EVERY:
            self._last = now
            self._line(now)

    def _line(self, now: float) -> None:
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        eta = _eta((self.total - self.done) / rate) if rate and self.total >= self.done else "?"
        percent = 100.0 * self.done / self.total if self.total else 100.0
        print(
            f"{self.done}/{self.total} rows ({percent:.0f}%), {rate:.1f}/s, {self.failed} failed, ETA {eta}",
            file=self._stream,
            flush=True,
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        else:
            self._line(time.monotonic())
