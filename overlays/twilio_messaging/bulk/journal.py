"""The journal: a SQLite file recording each row's intent before its create and its outcome after.

Why SQLite rather than an append-only JSON-lines file: a re-run asks "does this key have an
outcome?" once per row, and an indexed table answers that without reading the whole file into
memory (a JSON-lines journal would have to be loaded into a dict: memory growing with the list).
Each write is one transaction (atomic: a crash mid-write leaves the previous state, never half a
record). Intents are committed with ``synchronous=FULL`` (WAL mode: fsync before the commit
returns), a batch of rows per commit, so an intent is on disk before its request leaves: neither a
killed process nor a power cut can lose it. Outcomes are committed with ``synchronous=NORMAL``:
they survive a killed process (they are in the OS's cache), and the next intent's fsync makes them
durable too; one lost to a power cut only costs a lookup on the next run, never a second message.

Only a hash of each message's body is stored (for matching during a lookup), not the text.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from twilio_messaging.bulk.job import PreparedRow

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started REAL NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    key TEXT PRIMARY KEY,
    row INTEGER NOT NULL,          -- data-row number when the intent was written (1 = first row)
    recipient TEXT NOT NULL,
    sender TEXT NOT NULL,          -- From address, or the Messaging Service SID
    fingerprint TEXT NOT NULL,     -- sha256 of the rendered body
    run INTEGER NOT NULL,
    intent_at REAL NOT NULL,       -- client clock, seconds since the epoch
    state TEXT NOT NULL,           -- 'intent' (request may be in flight), 'sent' or 'failed'
    how TEXT,                      -- 'created' or 'found' (by a lookup)
    sid TEXT,
    status TEXT,
    error_code INTEGER,
    error_message TEXT,
    done_at REAL
);
CREATE INDEX IF NOT EXISTS rows_by_sid ON rows(sid);
CREATE INDEX IF NOT EXISTS rows_open ON rows(state) WHERE state = 'intent';
"""


class JournalError(RuntimeError):
    """The journal cannot be used (another version, another sender, locked by another run)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One row as the journal knows it."""

    key: str
    row: int
    recipient: str
    sender: str
    fingerprint: str
    run: int
    intent_at: float
    state: str
    how: str | None
    sid: str | None
    status: str | None
    error_code: int | None
    error_message: str | None


_COLUMNS = (
    "key, row, recipient, sender, fingerprint, run, intent_at, state, how, sid, status, error_code, error_message"
)


class Journal:
    """One bulk send's journal file. Thread-safe: one connection behind a lock (writes are short)."""

    def __init__(self, path: str | Path, *, new_run: bool = True) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._exclusive = _lock_file(self.path)
        self._db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        try:
            self._setup(new_run)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            self._exclusive.close()
            raise JournalError(f"{self.path}: not a usable journal ({exc})") from None

    def _setup(self, new_run: bool) -> None:
        db = self._db
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        with self._transaction():
            db.execute("INSERT OR IGNORE INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
            version = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise JournalError(f"{self.path}: journal version {version}, this SDK writes {SCHEMA_VERSION}")
            self.run = 0
            if new_run:
                self.run = int(db.execute("INSERT INTO runs (started) VALUES (?)", (time.time(),)).lastrowid or 0)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def get(self, key: str) -> Entry | None:
        with self._lock:
            found = self._db.execute(f"SELECT {_COLUMNS} FROM rows WHERE key = ?", (key,)).fetchone()
        return Entry(*found) if found else None

    def open_entries(self) -> Iterator[Entry]:
        """Rows with an intent and no outcome: their create may or may not have reached Twilio."""
        with self._lock:
            keys = [k for (k,) in self._db.execute("SELECT key FROM rows WHERE state = 'intent' ORDER BY row")]
        for key in keys:
            entry = self.get(key)
            if entry is not None and entry.state == "intent":
                yield entry

    def sid_taken(self, sid: str, key: str) -> bool:
        """Whether another row already claims this message (a lookup must not match one message twice)."""
        with self._lock:
            found = self._db.execute("SELECT 1 FROM rows WHERE sid = ? AND key != ?", (sid, key)).fetchone()
        return found is not None

    def intents(self, rows: Sequence[PreparedRow], sender: str) -> None:
        """Record that ``rows`` are about to be sent, in one commit; on disk (fsync) before this returns."""
        now = time.time()
        values = [(row.key, row.number, row.to, sender, row.fingerprint, self.run, now) for row in rows]
        with self._lock:
            self._db.execute("PRAGMA synchronous=FULL")
            try:
                with self._transaction():
                    self._db.executemany(
                        "INSERT OR REPLACE INTO rows (key, row, recipient, sender, fingerprint, run, intent_at, state)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, 'intent')",
                        values,
                    )
            finally:
                self._db.execute("PRAGMA synchronous=NORMAL")

    def outcome(
        self,
        key: str,
        state: str,
        *,
        how: str | None = None,
        sid: str | None = None,
        status: str | None = None,
        error_code: int | None = None,
        error_message: str | None = None,
    ) -> None:
        """Record how a row ended: 'sent' (with its SID) or 'failed' (with Twilio's error)."""
        with self._lock, self._transaction():
            self._db.execute(
                "UPDATE rows SET state = ?, how = ?, sid = ?, status = ?, error_code = ?, error_message = ?,"
                " done_at = ? WHERE key = ?",
                (state, how, sid, status, error_code, error_message, time.time(), key),
            )

    def forget(self, key: str) -> None:
        """Drop an intent a lookup proved was never created, so the row is sent when next seen."""
        with self._lock, self._transaction():
            self._db.execute("DELETE FROM rows WHERE key = ? AND state = 'intent'", (key,))

    def close(self) -> None:
        with self._lock:
            self._db.close()
            self._exclusive.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _lock_file(path: Path) -> IO[bytes]:
    """Hold an exclusive lock on ``<journal>.lock`` for the run: two runs on one journal could send twice.

    A separate file, because closing any descriptor of the database file would drop SQLite's own locks.
    """
    handle = open(path.with_name(path.name + ".lock"), "ab")  # noqa: SIM115 (held open for the run)
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; one run at a time is the caller's duty
        return handle
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise JournalError(f"{path}: another run is using this journal") from None
    return handle


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error): one atomic, durable write."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
