"""send_many's types as a user sees them: typed_usage.py passes mypy --strict and pyright strict, no casts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

PROGRAM = Path(__file__).with_name("typed_usage.py")


def test_user_code_passes_mypy_strict():
    mypy = Path(sys.executable).with_name("mypy")
    done = subprocess.run([str(mypy), "--strict", str(PROGRAM)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_user_code_passes_pyright_strict():
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    if not pyright.exists():
        pytest.fail("pyright is not installed: run `npm ci` (scripts/install.sh does) to get the pinned version")
    config = ROOT / "tests" / "typing" / "pyrightconfig.json"
    done = subprocess.run(
        [str(pyright), "-p", str(config), str(PROGRAM)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "0 errors" in done.stdout, done.stdout + done.stderr
