"""Print the reference-coverage counts at the end of a run (e.g. "80/80 operations, 159/159 parameters ...")."""

from __future__ import annotations

import pytest

COVERAGE_MODULE = "test_reference_coverage.py"
_ran_coverage = pytest.StashKey[bool]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    config.stash[_ran_coverage] = any(item.path.name == COVERAGE_MODULE for item in items)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    if not config.stash.get(_ran_coverage, False):
        return
    # Imported here: the helpers import the bundle, and a broken spec must not break pytest itself.
    from spec_reference import compare_all

    terminalreporter.section("spec vs Twilio reference (spec/upstream/)")
    try:
        drift = compare_all()
    except Exception as exc:  # the tests report the details; the summary only must not crash the run
        terminalreporter.write_line(f"comparison could not run: {exc!r}")
        return
    terminalreporter.write_line(drift.summary())
