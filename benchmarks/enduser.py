"""The client benchmark as an end user would run it: a fresh venv, ``pip install`` of this repository
without extras (plus ``twilio``, the peer), then ``client_bench.py`` inside it.

    python benchmarks/enduser.py              # full run (~3 min on 2 quiet cores), figures side by side
    python benchmarks/enduser.py --quick      # fewer repetitions
    python benchmarks/enduser.py --keep       # reuse the venv of an earlier run (skips the install)

Any other option goes to client_bench.py (``--only async``, ``--json out.json``...). The venv lives
under the system's temporary directory; the fake Twilio server runs with the interpreter that runs
this script, so the end-user venv holds only what ``pip install twilio-messaging twilio`` brings.
The machine's load (``os.getloadavg``) is printed before and after: the figures are client CPU time
(``time.process_time``), which load disturbs less than wall time, but still disturbs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(tempfile.gettempdir()) / "twilio-messaging-enduser-bench"


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def build_venv(path: Path) -> Path:
    """A fresh venv with the package as `pip install <repo>` gives it, and twilio-python."""
    if path.exists():
        shutil.rmtree(path)
    venv.EnvBuilder(with_pip=True).create(path)
    python = path / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    # A copy of the repository: pip builds from it without leaving build/ or *.egg-info behind in ours.
    with tempfile.TemporaryDirectory(prefix="twilio-messaging-src-") as source:
        tree = Path(source) / "repo"
        shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", ".git", "node_modules", "__pycache__"))
        subprocess.run([*pip, str(tree), "twilio"], check=True)
    return python


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="reuse the venv from an earlier run if there is one")
    parser.add_argument("--venv", type=Path, default=VENV, help=f"where the venv goes (default {VENV})")
    args, bench_args = parser.parse_known_args(argv)
    python = args.venv / "bin" / "python"
    if not (args.keep and python.exists()):
        print(f"building {args.venv}: pip install {ROOT} twilio (no extras) ...", flush=True)
        python = build_venv(args.venv)
    installed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    wanted = ("twilio-messaging", "twilio", "httpx", "httpx-aiohttp", "aiohttp", "orjson")
    print("end-user venv:", ", ".join(p for p in installed if p.split("==")[0].lower() in wanted))
    print(f"before: {_load()}", flush=True)
    command = [str(python), str(ROOT / "benchmarks" / "client_bench.py"), "--server-python", sys.executable]
    result = subprocess.run([*command, *bench_args], cwd=ROOT, check=False)
    print(f"after: {_load()}")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
