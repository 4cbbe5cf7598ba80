"""send_many's types as a user sees them: typed_usage.py passes mypy --strict without casts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_user_code_type_checks_strictly():
    mypy = Path(sys.executable).with_name("mypy")
    target = Path(__file__).with_name("typed_usage.py")
    done = subprocess.run([str(mypy), "--strict", str(target)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
