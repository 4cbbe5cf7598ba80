"""The console script from an end-user install: the package without extras, in a fresh virtual environment.

Building the environment takes a while (pip builds the wheel and may fetch dependencies), so one
module-scoped environment serves every test here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

MISSING_EXTRA = "the emulator needs the extra: pip install 'twilio-messaging[emulator]'"


@pytest.fixture(scope="module")
def bare_install(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """bin/ of a venv holding twilio-messaging and its core dependencies only."""
    venv = tmp_path_factory.mktemp("bare") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    # This environment's pip installs into the new one (--python): no pip bootstrap needed there.
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(ROOT)]
    done = subprocess.run(install, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        pytest.fail(f"pip install failed:\n{done.stderr[-3000:]}")
    yield venv / "bin"


def _run(bin_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(bin_dir / args[0]), *args[1:]], capture_output=True, text=True, env=env, timeout=60)


def test_the_extra_is_really_absent(bare_install: Path):
    probe = _run(bare_install, "python", "-c", "import importlib.util as u; print(u.find_spec('uvicorn'))")
    assert probe.stdout.strip() == "None"


def test_help_works_without_the_extra(bare_install: Path):
    done = _run(bare_install, "twilio-messaging", "--help")
    assert done.returncode == 0, done.stderr
    for command in ("send", "emulator", "demo"):
        assert command in done.stdout
    send = _run(bare_install, "twilio-messaging", "send", "--help")
    assert send.returncode == 0 and "--journal" in send.stdout


@pytest.mark.parametrize("args", [["emulator"], ["emulator", "--port", "4010"], ["demo"], ["emulator", "--help"]])
def test_emulator_commands_name_the_extra(bare_install: Path, args: list[str]):
    done = _run(bare_install, "twilio-messaging", *args)
    assert done.returncode == 2
    assert done.stderr.strip() == MISSING_EXTRA


def test_send_works_without_the_extra(bare_install: Path, tmp_path: Path):
    source = tmp_path / "list.csv"
    source.write_text("to,name\n+15550000001,Ana\n", encoding="utf-8")
    args = ["send", "--csv", str(source), "--from", "+15005550006", "--body", "Hi {name}", "--journal"]
    done = _run(bare_install, "twilio-messaging", *args, str(tmp_path / "j.db"), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "validated (dry run, nothing sent) 1" in done.stdout
