"""Client-side CPU, memory and import cost of the SDK against raw httpx and twilio-python.

Starts ``benchmarks/fake_twilio.py`` in its own process (loopback, bounded lifetime, stopped at
the end), then measures in THIS process, with ``time.process_time`` (client CPU only; the
server's CPU is not counted), medians over repetitions interleaved across clients:

* sync create / fetch: per-call CPU of ``Client.messages.create`` / ``messages(sid).fetch()`` vs
  ``httpx.Client`` sending the same form body with basic auth and decoding the JSON;
* walking 10,000 messages (PageSize 1000, ``next_page_uri``): CPU and tracemalloc peak of the
  SDK's pager touching every timestamp vs raw httpx decoding JSON only;
* 2,000 async creates at concurrency 50: ``AsyncClient`` vs ``httpx.AsyncClient`` (stock pool)
  and ``httpx.AsyncClient`` over httpx-aiohttp's transport;
* import cost (``python -X importtime``, fresh subprocesses) of ``import twilio_messaging`` plus
  building a ``Client`` vs ``import httpx``; how many generated model modules one call imports;
* the same figures for twilio-python when ``import twilio`` works (``pip install twilio``).

Then each figure against its target. Reference rows that have no target (raw aiohttp, httpx-aiohttp's
transport called directly, stdlib date parsing, in-process import CPU) show where a floor lies.
Import figures run with byte-code cached in a temporary PYTHONPYCACHEPREFIX, as an installed package
would have it. Background load inflates everything: the report warns when the load average was high.

    python benchmarks/client_bench.py                 # ~2 min on 2 cores
    python benchmarks/client_bench.py --quick         # fewer repetitions, ~40 s
    python benchmarks/client_bench.py --only list     # one part (sync, list, async, import; repeatable)
    python benchmarks/client_bench.py --json out.json # also write every sample
    python benchmarks/client_bench.py --profile create   # CPU cProfile of the SDK path (create|fetch|list|async)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import cProfile
import datetime as dt
import gc
import hashlib
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
import warnings
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ACCOUNT_SID = "AC" + "a" * 32
AUTH_TOKEN = "0123456789abcdef0123456789abcdef"
TO, FROM, BODY = "+15558675310", "+15005550006", "Hello from the benchmark! \U0001f44d"
FETCH_SID = "SM" + "b" * 32
MESSAGES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
FETCH_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{FETCH_SID}.json"

TARGETS = {  # figure -> (ratio limit, what the ratio is taken against)
    "sync create": (0.7, "raw httpx"),
    "sync fetch": (0.7, "raw httpx"),
    "list walk CPU": (1.0, "raw httpx"),
    "async create c=50": (0.7, "twilio (aiohttp)"),
    "import + Client()": (1.15, "import httpx"),
}


# --------------------------------------------------------------------------- fake server


@contextlib.contextmanager
def fake_twilio(messages: int, lifetime: float, python: str | None = None) -> Iterator[str]:
    """Run fake_twilio.py in a subprocess (with ``python``, default this one); yield its origin; stop it."""
    command = [
        python or sys.executable,
        str(HERE / "fake_twilio.py"),
        "--port",
        "0",
        "--messages",
        str(messages),
        "--lifetime",
        str(lifetime),
    ]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "PORT n" once it listens
        if not line.startswith("PORT "):
            raise RuntimeError(f"fake_twilio did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        with contextlib.suppress(OSError):
            assert process.stdin is not None
            process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.terminate()
            process.wait(timeout=5)


# --------------------------------------------------------------------------- measuring


def cpu_of(run: Callable[[], int]) -> tuple[float, int]:
    """(CPU seconds of this process, items done) for one call of ``run``."""
    gc.collect()
    start = time.process_time()
    done = run()
    return time.process_time() - start, done


def peak_memory_of(run: Callable[[], int]) -> int:
    """tracemalloc peak (bytes allocated on top of what existed before) while ``run`` runs."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@dataclass
class Series:
    """Per-item CPU samples (µs) of one client on one workload."""

    samples: list[float] = field(default_factory=list)

    def add(self, seconds: float, items: int) -> None:
        self.samples.append(seconds / items * 1e6)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def spread(self) -> str:
        return f"{min(self.samples):.1f}-{max(self.samples):.1f}" if len(self.samples) > 1 else ""


def interleaved(runs: dict[str, Callable[[], int]], reps: int) -> dict[str, Series]:
    """Each repetition runs every client once (so drift hits all of them alike); per-item µs."""
    series = {name: Series() for name in runs}
    for _ in range(reps):
        for name, run in runs.items():
            series[name].add(*cpu_of(run))
    return series


# --------------------------------------------------------------------------- clients under test


def sdk_state() -> str:
    """Which SDK the figures belong to: git HEAD, uncommitted changes and a hash of the SDK sources."""
    digest = hashlib.sha1()
    for tree in ("overlays/twilio_messaging", "generated/twilio_messaging_api"):
        for path in sorted((ROOT / tree).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "overlays", "generated"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.count("\n")
    except (OSError, subprocess.SubprocessError):
        head, dirty = "?", 0
    return f"HEAD {head or '?'}, {dirty} uncommitted SDK files, SDK sources sha1 {digest.hexdigest()[:12]}"


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0


def have_twilio() -> bool:
    try:
        import twilio.rest  # type: ignore[import-untyped]  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def twilio_sync_client(origin: str) -> Any:
    """twilio-python's Client with its requests-based HTTP client pointed at the fake server."""
    from twilio.http.http_client import TwilioHttpClient  # type: ignore[import-untyped]  # noqa: PLC0415
    from twilio.rest import Client as TwilioClient  # noqa: PLC0415

    class LocalHttpClient(TwilioHttpClient):  # type: ignore[misc]
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            return super().request(method, url.replace("https://api.twilio.com", origin, 1), *args, **kwargs)

    return TwilioClient(ACCOUNT_SID, AUTH_TOKEN, http_client=LocalHttpClient())


def twilio_async_client(origin: str) -> Any:
    """twilio-python's Client over its aiohttp client (build inside a running loop)."""
    from twilio.http.async_http_client import AsyncTwilioHttpClient  # type: ignore[import-untyped]  # noqa: PLC0415
    from twilio.rest import Client as TwilioClient  # noqa: PLC0415

    class LocalAsyncHttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]
        async def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            return await super().request(method, url.replace("https://api.twilio.com", origin, 1), *args, **kwargs)

    return TwilioClient(ACCOUNT_SID, AUTH_TOKEN, http_client=LocalAsyncHttpClient())


def check_aware(*values: Any) -> None:
    for value in values:
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise AssertionError(f"expected an aware datetime, got {value!r}")


def sync_workloads(origin: str, calls: int, with_twilio: bool) -> tuple[dict[str, Any], dict[str, Any], list[Any]]:
    """(create runs, fetch runs, things to close) for ``calls`` sequential calls per run."""
    from twilio_messaging import Client  # noqa: PLC0415

    sdk = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=origin)
    raw = httpx.Client(auth=(ACCOUNT_SID, AUTH_TOKEN))
    form = {"To": TO, "From": FROM, "Body": BODY}

    def sdk_create() -> int:
        for _ in range(calls):
            sdk.messages.create(to=TO, from_=FROM, body=BODY)
        return calls

    def raw_create() -> int:
        url = origin + MESSAGES_PATH
        for _ in range(calls):
            response = raw.post(url, data=form)
            if response.status_code != 201:
                raise AssertionError(response.status_code)
            response.json()
        return calls

    def sdk_fetch() -> int:
        for _ in range(calls):
            sdk.messages(FETCH_SID).fetch()
        return calls

    def raw_fetch() -> int:
        url = origin + FETCH_PATH
        for _ in range(calls):
            response = raw.get(url)
            if response.status_code != 200:
                raise AssertionError(response.status_code)
            response.json()
        return calls

    created = sdk.messages.create(to=TO, from_=FROM, body=BODY)
    fetched = sdk.messages(FETCH_SID).fetch()
    check_aware(created.date_created, fetched.date_sent)
    creates: dict[str, Any] = {"ours": sdk_create, "raw httpx": raw_create}
    fetches: dict[str, Any] = {"ours": sdk_fetch, "raw httpx": raw_fetch}
    closers: list[Any] = [sdk.close, raw.close]
    if with_twilio:
        tw = twilio_sync_client(origin)

        def tw_create() -> int:
            for _ in range(calls):
                tw.messages.create(to=TO, from_=FROM, body=BODY)
            return calls

        def tw_fetch() -> int:
            for _ in range(calls):
                tw.messages(FETCH_SID).fetch()
            return calls

        check_aware(tw.messages.create(to=TO, from_=FROM, body=BODY).date_created)
        creates["twilio"], fetches["twilio"] = tw_create, tw_fetch
    return creates, fetches, closers


def list_workloads(origin: str, expected: int, with_twilio: bool) -> tuple[dict[str, Any], list[Any]]:
    """Walks over every message of the fake list (PageSize 1000), each returning the count seen."""
    from email.utils import parsedate_to_datetime  # noqa: PLC0415

    from twilio_messaging import Client  # noqa: PLC0415

    sdk = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=origin)
    raw = httpx.Client(auth=(ACCOUNT_SID, AUTH_TOKEN))

    def sdk_walk() -> int:
        seen = 0
        for message in sdk.messages.list(page_size=1000):
            message.date_created  # noqa: B018 - one timestamp read per message
            seen += 1
        return seen

    def raw_pages() -> Iterator[list[dict[str, Any]]]:
        url: str | None = origin + MESSAGES_PATH + "?PageSize=1000"
        while url:
            response = raw.get(url)
            if response.status_code != 200:
                raise AssertionError(response.status_code)
            page = response.json()
            yield page["messages"]
            nxt = page.get("next_page_uri")
            url = origin + nxt if nxt else None

    def raw_walk() -> int:
        seen = 0
        for items in raw_pages():
            for _item in items:
                seen += 1
        return seen

    def raw_walk_dates() -> int:  # reference only: raw httpx + the stdlib's RFC 2822 parser
        seen = 0
        for items in raw_pages():
            for item in items:
                for key in ("date_created", "date_sent", "date_updated"):
                    parsedate_to_datetime(item[key])
                seen += 1
        return seen

    # Correctness first: every timestamp is an aware datetime and every message arrives.
    count = 0
    for message in sdk.messages.list(page_size=1000):
        check_aware(message.date_created, message.date_sent, message.date_updated)
        count += 1
    if count != expected or raw_walk() != expected:
        raise AssertionError(f"walked {count} messages, expected {expected}")
    runs: dict[str, Any] = {"ours": sdk_walk, "raw httpx": raw_walk, "raw httpx + parsedate x3": raw_walk_dates}
    closers: list[Any] = [sdk.close, raw.close]
    if with_twilio:
        tw = twilio_sync_client(origin)

        def tw_walk() -> int:
            seen = 0
            for message in tw.messages.stream(page_size=1000):
                message.date_created  # noqa: B018 - one timestamp read per message
                seen += 1
            return seen

        if tw_walk() != expected:
            raise AssertionError("twilio walk count")
        runs["twilio"] = tw_walk
    return runs, closers


# --------------------------------------------------------------------------- async


async def _fan_out(call: Callable[[], Awaitable[Any]], total: int, concurrency: int) -> None:
    per_worker, extra = divmod(total, concurrency)

    async def worker(n: int) -> None:
        for _ in range(n):
            await call()

    await asyncio.gather(*(worker(per_worker + (i < extra)) for i in range(concurrency)))


async def _async_round(kind: str, origin: str, total: int, concurrency: int) -> float:
    """Build one client, warm its pool at full concurrency, then return the CPU seconds of ``total`` creates."""
    url = origin + MESSAGES_PATH
    form = {"To": TO, "From": FROM, "Body": BODY}
    close: Callable[[], Awaitable[Any]]
    if kind == "ours":
        from twilio_messaging import AsyncClient  # noqa: PLC0415

        sdk = AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=origin)

        async def call() -> Any:
            return await sdk.messages.create(to=TO, from_=FROM, body=BODY)

        close = sdk.aclose
    elif kind in ("raw httpx", "raw httpx+aiohttp"):
        transport = None
        if kind == "raw httpx+aiohttp":
            from httpx_aiohttp import AiohttpTransport  # noqa: PLC0415

            transport = AiohttpTransport()
        raw = httpx.AsyncClient(auth=(ACCOUNT_SID, AUTH_TOKEN), transport=transport)

        async def call() -> Any:
            response = await raw.post(url, data=form)
            if response.status_code != 201:
                raise AssertionError(response.status_code)
            return response.json()

        close = raw.aclose
    elif kind == "raw AiohttpTransport":  # reference: httpx models, but no httpx.AsyncClient.send machinery
        from httpx_aiohttp import AiohttpTransport  # noqa: PLC0415

        transport = AiohttpTransport()
        headers = {
            "Authorization": "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode(),
            "Content-Type": "application/x-www-form-urlencoded",
        }
        target = httpx.URL(url)

        async def call() -> Any:
            response = await transport.handle_async_request(
                httpx.Request("POST", target, content=urlencode(form).encode("ascii"), headers=headers)
            )
            await response.aread()
            if response.status_code != 201:
                raise AssertionError(response.status_code)
            return response.json()

        close = transport.aclose
    elif kind == "raw aiohttp":  # reference: no httpx at all
        import aiohttp  # noqa: PLC0415

        encode = getattr(aiohttp, "encode_basic_auth", None)  # aiohttp >= 3.14; BasicAuth is deprecated there
        header = encode(ACCOUNT_SID, AUTH_TOKEN) if encode else aiohttp.BasicAuth(ACCOUNT_SID, AUTH_TOKEN).encode()
        session = aiohttp.ClientSession(headers={"Authorization": header})

        async def call() -> Any:
            async with session.post(url, data=form) as response:
                if response.status != 201:
                    raise AssertionError(response.status)
                return await response.json()

        close = session.close
    elif kind == "twilio":
        # twilio-python passes aiohttp's deprecated ``auth=``: silence that warning, not the figure.
        warnings.filterwarnings("ignore", message="The 'auth' parameter is deprecated", category=DeprecationWarning)
        tw = twilio_async_client(origin)

        async def call() -> Any:
            return await tw.messages.create_async(to=TO, from_=FROM, body=BODY)

        close = tw.http_client.close
    else:
        raise ValueError(kind)
    try:
        await _fan_out(call, max(4 * concurrency, 200), concurrency)  # open and warm the connections
        gc.collect()
        start = time.process_time()
        await _fan_out(call, total, concurrency)
        return time.process_time() - start
    finally:
        await close()


def async_series(origin: str, kinds: list[str], total: int, concurrency: int, reps: int) -> dict[str, Series]:
    series = {kind: Series() for kind in kinds}
    for _ in range(reps):
        for kind in kinds:
            series[kind].add(asyncio.run(_async_round(kind, origin, total, concurrency)), total)
    return series


# --------------------------------------------------------------------------- imports


def _level0_importtime(stderr: str) -> dict[str, int]:
    """Top-level entries of ``-X importtime`` output: module -> cumulative µs."""
    found: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        fields = line[len("import time:") :].split("|")
        if len(fields) != 3:
            continue
        _self_us, cumulative, name = fields
        if len(name) - len(name.lstrip(" ")) == 1:
            found[name.strip()] = found.get(name.strip(), 0) + int(cumulative)
    return found


_PYCACHE: str | None = None  # PYTHONPYCACHEPREFIX for the subprocesses (set by import_costs)


def _run_python(code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    if _PYCACHE:
        # Byte-code cached outside the repo, as an installed package would have it: without this, a
        # PYTHONDONTWRITEBYTECODE environment makes every run recompile the SDK (but not site-packages).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    result = subprocess.run(
        [sys.executable, *flags, "-c", code], capture_output=True, text=True, env=env, timeout=60, cwd=str(ROOT)
    )
    if result.returncode:
        raise RuntimeError(f"{code!r} failed:\n{result.stderr[-2000:]}")
    return result


_NEW_CLIENT = f"twilio_messaging.Client({ACCOUNT_SID!r}, 'x', base_url='http://127.0.0.1:9')"
_NEW_TWILIO = f"Client({ACCOUNT_SID!r}, 'x')"
IMPORT_CASES: dict[str, str | tuple[str, str]] = {  # name -> code, or (untimed setup, timed code)
    "import twilio_messaging + Client()": f"import twilio_messaging; {_NEW_CLIENT}",
    "  of which Client() alone (after the import)": ("import twilio_messaging; twilio_messaging.Client", _NEW_CLIENT),
    "import httpx": "import httpx",
    "import httpx + httpx.Client()": "import httpx; httpx.Client()",
    "twilio: from twilio.rest import Client + Client()": f"from twilio.rest import Client; {_NEW_TWILIO}",
}
_TIMED = (
    "import time as _t\n{setup}\n_w, _c = _t.perf_counter(), _t.process_time()\n{code}\n"
    "print(_t.perf_counter() - _w, _t.process_time() - _c)"
)


def import_costs(reps: int, with_twilio: bool) -> dict[str, dict[str, float]]:
    """Per case, medians over fresh interpreters (byte-code cached): ``-X importtime`` total of the modules
    not already loaded at start-up, and wall / CPU ms of the statement measured inside the process."""
    global _PYCACHE
    with tempfile.TemporaryDirectory(prefix="client_bench_pyc_") as pycache:
        _PYCACHE = pycache
        try:
            baseline = set(_level0_importtime(_run_python("import time", "-X", "importtime").stderr))
            cases = {n: c for n, c in IMPORT_CASES.items() if with_twilio or not n.startswith("twilio:")}
            samples: dict[str, dict[str, list[float]]] = {
                n: {"importtime_ms": [], "wall_ms": [], "cpu_ms": []} for n in cases
            }
            for case in cases.values():
                _run_python(case if isinstance(case, str) else "\n".join(case))  # compile into the cache
            for _ in range(reps):  # interleaved, so background load hits every case alike
                for name, case in cases.items():
                    setup, code = ("", case) if isinstance(case, str) else case
                    if not setup:
                        entries = _level0_importtime(_run_python(code, "-X", "importtime").stderr)
                        samples[name]["importtime_ms"].append(
                            sum(us for m, us in entries.items() if m not in baseline) / 1e3
                        )
                    wall, cpu = map(float, _run_python(_TIMED.format(setup=setup, code=code)).stdout.split())
                    samples[name]["wall_ms"].append(wall * 1e3)
                    samples[name]["cpu_ms"].append(cpu * 1e3)
        finally:
            _PYCACHE = None
    return {
        name: {key: statistics.median(v) if v else float("nan") for key, v in per.items()}
        | {"min_importtime_ms": min(per["importtime_ms"], default=float("nan"))}
        for name, per in samples.items()
    }


MODEL_COUNT_CODE = """
import sys, json
import twilio_messaging
client = twilio_messaging.Client({sid!r}, 'x', base_url={origin!r})
after_client = sorted(m for m in sys.modules if m.startswith('twilio_messaging_api.models.'))
client.messages.create(to='+15558675310', from_='+15005550006', body='hi')
after_call = sorted(m for m in sys.modules if m.startswith('twilio_messaging_api.models.'))
print(json.dumps({{"after_client": after_client, "after_call": after_call,
                  "sdk_modules": sorted(m for m in sys.modules if m.split('.')[0] in
                                        ('twilio_messaging', 'twilio_messaging_api'))}}))
"""


def model_modules(origin: str) -> dict[str, Any]:
    models_dir = ROOT / "generated" / "twilio_messaging_api" / "models"
    total = sum(1 for p in models_dir.glob("*.py") if p.name != "__init__.py")
    found = json.loads(_run_python(MODEL_COUNT_CODE.format(sid=ACCOUNT_SID, origin=origin)).stdout)
    return {"total": total, **found}


# --------------------------------------------------------------------------- profiling


def profile(kind: str, origin: str, messages: int) -> None:
    """cProfile of one SDK workload, top functions by own time, then by cumulative time."""
    from twilio_messaging import AsyncClient, Client  # noqa: PLC0415

    client = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=origin)
    client.messages.create(to=TO, from_=FROM, body=BODY)
    profiler = cProfile.Profile(time.process_time)  # CPU, not time spent waiting for the server
    if kind == "create":
        profiler.runcall(lambda: [client.messages.create(to=TO, from_=FROM, body=BODY) for _ in range(2000)])
    elif kind == "fetch":
        profiler.runcall(lambda: [client.messages(FETCH_SID).fetch() for _ in range(2000)])
    elif kind == "list":
        profiler.runcall(
            lambda: [(m.date_created, m.date_sent, m.date_updated) for m in client.messages.list(page_size=1000)]
        )
    elif kind == "async":

        async def main() -> None:
            sdk = AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=origin)
            await _fan_out(lambda: sdk.messages.create(to=TO, from_=FROM, body=BODY), 200, 50)
            profiler.enable()
            await _fan_out(lambda: sdk.messages.create(to=TO, from_=FROM, body=BODY), 2000, 50)
            profiler.disable()
            await sdk.aclose()

        asyncio.run(main())
    client.close()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(30)
    stats.sort_stats("cumulative").print_stats(30)


# --------------------------------------------------------------------------- report


def min_ratio(ours: Series, reference: Series) -> float:
    return min(ours.samples) / min(reference.samples)


def verdict(figure: str, ratio: float | None) -> tuple[str, str]:
    limit, against = TARGETS[figure]
    if ratio is None:
        return f"<= {limit:.2f}x {against}", "n/a"
    return f"<= {limit:.2f}x {against}", ("met" if ratio <= limit else "MISSED")


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line)
    print("-" * len(line))
    for row in rows:
        print(
            "  ".join(
                str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Client CPU/memory/import benchmark (see module docstring)")
    parser.add_argument("--quick", action="store_true", help="fewer calls and repetitions (~30 s)")
    parser.add_argument(
        "--reps",
        type=int,
        help="repetitions per figure; default: sync 15, list 11, async 5, import 7 (quick: 6, 3, 2, 5)",
    )
    parser.add_argument("--calls", type=int, help="sync calls per repetition (default 300, quick 200)")
    parser.add_argument("--async-calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--no-twilio", action="store_true", help="skip twilio-python even if installed")
    parser.add_argument(
        "--only", choices=["sync", "list", "async", "import"], action="append", help="run only these parts (repeatable)"
    )
    parser.add_argument(
        "--profile",
        choices=["create", "fetch", "list", "async"],
        help="print a cProfile of the SDK on one workload instead of benchmarking",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--server-python", help="interpreter for fake_twilio.py (it reads the spec with PyYAML when it can)"
    )
    args = parser.parse_args(argv)
    # Many short interleaved samples for sync calls: their medians shrug off bursts of background load.
    sync_reps = args.reps or (6 if args.quick else 15)
    # A 10k walk is ~70 ms of CPU and an async round a few hundred: short samples, so enough of them that a
    # burst of background load moves no median (2,000 stock-httpx creates alone take ~7 s a round).
    reps = args.reps or (3 if args.quick else 11)
    async_reps = args.reps or (2 if args.quick else 5)
    import_reps = args.reps or (5 if args.quick else 7)
    calls = args.calls or (200 if args.quick else 300)
    parts = set(args.only or ["sync", "list", "async", "import"])
    with_twilio = not args.no_twilio and have_twilio()
    results: dict[str, Any] = {
        "python": sys.version.split()[0],
        "httpx": httpx.__version__,
        "reps": {"sync": sync_reps, "list": reps, "async": async_reps, "import": import_reps},
        "calls": calls,
        "twilio": None,
        "sdk": sdk_state(),
    }
    if with_twilio:
        import twilio  # noqa: PLC0415

        results["twilio"] = twilio.__version__
    started = time.perf_counter()

    with fake_twilio(args.messages, lifetime=600, python=args.server_python) as origin:
        if args.profile:
            profile(args.profile, origin, args.messages)
            return 0
        print(
            f"fake Twilio at {origin}; python {results['python']}, httpx {results['httpx']}, "
            f"twilio {results['twilio'] or 'not installed'}; "
            f"reps sync/list/async/import {sync_reps}/{reps}/{async_reps}/{import_reps} x {calls} sync calls; "
            "medians of client CPU (process_time)"
        )
        print(f"SDK: {results['sdk']}")
        results["load_before"] = load_average()

        if "sync" in parts:
            creates, fetches, closers = sync_workloads(origin, calls, with_twilio)
            for run in (*creates.values(), *fetches.values()):  # warm-up
                run()
            results["sync create"] = interleaved(creates, sync_reps)
            results["sync fetch"] = interleaved(fetches, sync_reps)
            for close in closers:
                close()
            print(f"  sync done ({time.perf_counter() - started:.0f} s)")

        if "list" in parts:
            walks, closers = list_workloads(origin, args.messages, with_twilio)
            results["list walk CPU"] = interleaved(walks, reps)
            results["list walk peak"] = {name: peak_memory_of(run) for name, run in walks.items()}
            for close in closers:
                close()
            print(f"  list done ({time.perf_counter() - started:.0f} s)")

        if "async" in parts:
            kinds = [
                "ours",
                "raw httpx",
                "raw httpx+aiohttp",
                "raw AiohttpTransport",
                "raw aiohttp",
                *(["twilio"] if with_twilio else []),
            ]
            results["async create c=50"] = async_series(origin, kinds, args.async_calls, args.concurrency, async_reps)
            print(f"  async done ({time.perf_counter() - started:.0f} s)")

        if "import" in parts:
            results["imports"] = import_costs(import_reps, with_twilio)
            results["models"] = model_modules(origin)
            print(f"  imports done ({time.perf_counter() - started:.0f} s)")

    results["load_after"] = load_average()
    report(results, with_twilio, args)
    print(f"\ntotal run time {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(_jsonable(results), indent=2) + "\n", encoding="utf-8")
    return 0


def _jsonable(value: Any) -> Any:
    if isinstance(value, Series):
        return {"median_us": value.median, "samples_us": value.samples}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def report(results: dict[str, Any], with_twilio: bool, args: argparse.Namespace) -> None:
    header = ["figure", "ours", "raw httpx", "httpx+aiohttp", "twilio", "unit", "ratio", "target", "verdict"]
    rows: list[list[str]] = []
    detail: list[list[str]] = []

    def fmt(value: float | None, digits: int = 1) -> str:
        return "-" if value is None else f"{value:,.{digits}f}"

    for figure in ("sync create", "sync fetch"):
        if figure in results:
            s = results[figure]
            ours, raw = s["ours"].median, s["raw httpx"].median
            tw = s["twilio"].median if "twilio" in s else None
            ratio = ours / raw
            rows.append(
                [
                    f"{figure} (CPU/call)",
                    fmt(ours),
                    fmt(raw),
                    "-",
                    fmt(tw),
                    "µs",
                    f"{ratio:.2f}x",
                    *verdict(figure, ratio),
                ]
            )
            detail += [[f"{figure}: {name}", f"{v.median:.1f}", v.spread()] for name, v in s.items()]
            detail.append([f"{figure}: ratio of minima", f"{min_ratio(s['ours'], s['raw httpx']):.2f}x", ""])
    if "list walk CPU" in results:
        s = results["list walk CPU"]
        ours, raw = s["ours"].median, s["raw httpx"].median
        tw = s["twilio"].median if "twilio" in s else None
        ratio = ours / raw
        rows.append(
            [
                f"list walk {args.messages:,} (CPU/msg)",
                fmt(ours, 2),
                fmt(raw, 2),
                "-",
                fmt(tw, 2),
                "µs",
                f"{ratio:.2f}x",
                *verdict("list walk CPU", ratio),
            ]
        )
        total_ms = {name: v.median * args.messages / 1000 for name, v in s.items()}
        rows.append(
            [
                f"list walk {args.messages:,} (CPU total)",
                fmt(total_ms["ours"]),
                fmt(total_ms["raw httpx"]),
                "-",
                fmt(total_ms.get("twilio")),
                "ms",
                f"{ratio:.2f}x",
                "",
                "",
            ]
        )
        peak = results["list walk peak"]
        mib = {name: b / 2**20 for name, b in peak.items()}
        rows.append(
            [
                "list walk peak memory (tracemalloc)",
                fmt(mib["ours"]),
                fmt(mib["raw httpx"]),
                "-",
                fmt(mib.get("twilio")),
                "MiB",
                f"{peak['ours'] / peak['raw httpx']:.2f}x",
                "(info)",
                "",
            ]
        )
        detail += [[f"list walk: {name}", f"{v.median:.2f} µs/msg", v.spread()] for name, v in s.items()]
        detail.append(["list walk: ratio of minima", f"{min_ratio(s['ours'], s['raw httpx']):.2f}x", ""])
        detail += [[f"list walk peak: {name}", f"{b / 2**20:.1f} MiB", ""] for name, b in peak.items()]
    if "async create c=50" in results:
        s = results["async create c=50"]
        ours = s["ours"].median
        tw = s["twilio"].median if "twilio" in s else None
        ratio = ours / tw if tw else None
        rows.append(
            [
                f"async create x{args.async_calls} c={args.concurrency} (CPU/call)",
                fmt(ours),
                fmt(s["raw httpx"].median),
                fmt(s["raw httpx+aiohttp"].median),
                fmt(tw),
                "µs",
                "-" if ratio is None else f"{ratio:.2f}x",
                *verdict("async create c=50", ratio),
            ]
        )
        detail += [[f"async: {name}", f"{v.median:.1f}", v.spread()] for name, v in s.items()]
    if "imports" in results:
        imp = results["imports"]
        ours = imp["import twilio_messaging + Client()"]
        base = imp["import httpx"]
        tw = imp.get("twilio: from twilio.rest import Client + Client()")
        ratio = ours["importtime_ms"] / base["importtime_ms"]
        rows.append(
            [
                "import + Client() (-X importtime total)",
                fmt(ours["importtime_ms"]),
                fmt(base["importtime_ms"]),
                "-",
                fmt(tw and tw["importtime_ms"]),
                "ms",
                f"{ratio:.2f}x",
                *verdict("import + Client()", ratio),
            ]
        )
        cpu_ratio = ours["cpu_ms"] / base["cpu_ms"]
        rows.append(
            [
                "import + Client() (CPU in-process, load-robust)",
                fmt(ours["cpu_ms"]),
                fmt(base["cpu_ms"]),
                "-",
                fmt(tw and tw["cpu_ms"]),
                "ms",
                f"{cpu_ratio:.2f}x",
                *verdict("import + Client()", cpu_ratio),
            ]
        )
        for name, v in imp.items():
            timed = "-" if v["importtime_ms"] != v["importtime_ms"] else f"{v['importtime_ms']:.1f} ms importtime"
            low = "" if v["min_importtime_ms"] != v["min_importtime_ms"] else f"min {v['min_importtime_ms']:.1f} ms; "
            inproc = f"{low}in-process {v['wall_ms']:.1f} ms wall, {v['cpu_ms']:.1f} ms CPU"
            detail.append([f"import: {name}", timed, inproc])
        m = results["models"]
        rows.append(
            [
                "model modules imported (Client + 1 create)",
                str(len(m["after_call"])),
                "-",
                "-",
                "-",
                f"of {m['total']}",
                "",
                "(info)",
                "",
            ]
        )
        detail.append(["model modules after Client()", str(len(m["after_client"])), f"of {m['total']}"])
        detail.append(["model modules after 1 create", str(len(m["after_call"])), f"of {m['total']}"])
        detail.append(
            ["SDK modules after 1 create", str(len(m["sdk_modules"])), "twilio_messaging*, twilio_messaging_api*"]
        )

    busy = max(results["load_before"], results["load_after"])
    if busy > (os.cpu_count() or 1) - 1 + 0.5:
        print(
            f"\nWARNING: load average {results['load_before']:.1f} -> {results['load_after']:.1f} on "
            f"{os.cpu_count()} CPUs: other processes competed with client and server; expect noisier figures."
        )
    if not with_twilio:
        print("\n(twilio-python not importable: `pip install twilio` to add its column and the async target)")
    print_table("Results (client CPU per call/message; ratio = ours / target reference)", header, rows)
    print_table("Details (median, min-max over repetitions)", ["series", "median", "spread / notes"], detail)
    if "models" in results:
        names = [x.rsplit(".", 1)[1] for x in results["models"]["after_call"]]
        print("\nmodel modules loaded by Client() + one messages.create():")
        print(textwrap.fill(", ".join(names), width=110, initial_indent="  ", subsequent_indent="  "))


if __name__ == "__main__":
    raise SystemExit(main())
