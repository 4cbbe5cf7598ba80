"""Fixtures of the contract suite: the Prism mock server (once per session) and the cassette settings."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .recording import ProvenancePersister, vcr_settings
from .spec_support import REPO_ROOT, spec

PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
PRISM_START_TIMEOUT = 60.0
CASSETTES = REPO_ROOT / "tests" / "cassettes"


# --- Prism ------------------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start the pinned Prism 5 on the bundled spec; yield its origin; stop it at the end of the session."""
    node = shutil.which("node")
    if not PRISM_BIN.exists() or node is None:
        pytest.fail(
            f"Prism is not installed ({PRISM_BIN.relative_to(REPO_ROOT)} missing or no node on PATH): "
            "run `npm ci` in the repository root (Node 20+) to install the version pinned in package-lock.json.",
            pytrace=False,
        )
    workdir = tmp_path_factory.mktemp("prism")
    spec_file = workdir / "openapi.json"
    spec_file.write_text(json.dumps(spec()), encoding="utf-8")
    log_path = workdir / "prism.log"
    port = _free_port()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [node, str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_file)],
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + PRISM_START_TIMEOUT
        while not _accepts_connections(port):
            if process.poll() is not None or time.monotonic() > deadline:
                output = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
                pytest.fail(f"Prism did not start (exit code {process.returncode}):\n{output}", pytrace=False)
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- Cassettes --------------------------------------------------------------------------------------------------------


@pytest.fixture
def vcr_config(request: pytest.FixtureRequest) -> dict[str, Any]:
    # Replay only unless --record-mode is given on the command line (record_mode in this dict would win over it).
    return vcr_settings(request.config.getoption("--record-mode") or "none")


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Cassettes written by a live recording say so in their first line."""
    vcr.register_persister(ProvenancePersister(vcr.persister))


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """tests/cassettes/<test module>/ (pytest-recording's default would put them beside the module)."""
    return str(CASSETTES / Path(str(request.node.fspath)).stem)


@pytest.fixture
def recording(request: pytest.FixtureRequest) -> bool:
    """True when this run records against the live API (--record-mode other than none)."""
    return (request.config.getoption("--record-mode") or "none") != "none"
