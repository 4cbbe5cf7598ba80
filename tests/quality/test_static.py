"""Static guarantees the project promises: mypy --strict and ruff pass on generated/ and overlays/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_on_generated_and_overlays() -> None:
    result = _run(str(BIN / "mypy"), "--strict", "-p", "twilio_messaging", "-p", "twilio_messaging_api")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_on_hand_written_code() -> None:
    result = _run(str(BIN / "ruff"), "check", "overlays", "generator", "emulator", "tests", "examples", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_on_generated_code() -> None:
    # generated/ is fixed and formatted by the generator with generator/ruff.toml; lint it with the same file.
    result = _run(str(BIN / "ruff"), "check", "--config", "generator/ruff.toml", "--no-cache", "generated")
    assert result.returncode == 0, result.stdout + result.stderr
