"""The per-sender slot book behind the throughput limit (limits.SenderQueue), on its own."""

from __future__ import annotations

from twilio_messaging_emulator.faults.limits import SenderQueue

FOREVER = 1e9


def test_a_burst_leaves_one_slot_per_gap() -> None:
    queue = SenderQueue()
    assert [queue.reserve("+1", 10.0, 10.0, 1.0, FOREVER) for _ in range(4)] == [10.0, 11.0, 12.0, 13.0]
    assert queue.reserve("+2", 10.0, 10.0, 1.0, FOREVER) == 10.0  # senders are independent


def test_a_future_slot_does_not_hold_back_earlier_messages() -> None:
    queue = SenderQueue()
    assert queue.reserve("+1", 100.0, 0.0, 1.0, FOREVER) == 100.0  # a scheduled message
    assert [queue.reserve("+1", 0.0, 0.0, 1.0, FOREVER) for _ in range(3)] == [0.0, 1.0, 2.0]
    assert queue.reserve("+1", 99.5, 0.0, 1.0, FOREVER) == 101.0  # 99.5 would be too close to 100


def test_a_hole_is_filled_and_runs_merge() -> None:
    queue = SenderQueue()
    queue.reserve("+1", 0.0, 0.0, 1.0, FOREVER)
    queue.reserve("+1", 2.0, 0.0, 1.0, FOREVER)
    assert queue.reserve("+1", 0.0, 0.0, 1.0, FOREVER) == 1.0  # exactly fits between 0 and 2
    assert queue.reserve("+1", 0.0, 0.0, 1.0, FOREVER) == 3.0  # now one run: next after it


def test_too_long_a_wait_reserves_nothing() -> None:
    queue = SenderQueue()
    assert [queue.reserve("+1", 0.0, 0.0, 1.0, 1.5) for _ in range(3)] == [0.0, 1.0, None]
    assert queue.reserve("+1", 0.5, 0.5, 1.0, 1.5) == 2.0  # the refused one took no slot


def test_past_slots_are_forgotten() -> None:
    queue = SenderQueue()
    for _ in range(1000):
        queue.reserve("+1", 0.0, 0.0, 1.0, FOREVER)
    assert queue.reserve("+1", 5000.0, 5000.0, 1.0, FOREVER) == 5000.0
    assert len(queue._runs["+1"][0]) == 1  # the burst's run ended before now: dropped
