"""The cassettes: free of secrets, loadable by vcrpy, and (when built) reproducible by make_cassettes.py."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
import yaml
from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

from . import make_cassettes
from .spec_support import ACCOUNT_SID, AUTH_TOKEN

CASSETTES = sorted(make_cassettes.CASSETTE_DIR.rglob("*.yaml"))
IDS = [str(p.relative_to(make_cassettes.CASSETTE_DIR)) for p in CASSETTES]

# A 32-hex string next to a word that names a credential: what a leaked auth token or API secret looks like.
_TOKEN_NEAR_AUTH = re.compile(r"(?i)(auth|token|secret|password|signature)[^\n]{0,40}?\b[0-9a-f]{32}\b")
_BASIC_PAIR = re.compile(r"\b(AC|SK)[0-9a-fA-F]{32}:[^\s'\"]+")
_BASIC_HEADER = re.compile(r"(?i)basic\s+([A-Za-z0-9+/=]{16,})")


def test_there_are_cassettes() -> None:
    names = {p.relative_to(make_cassettes.CASSETTE_DIR) for p in CASSETTES}
    assert set(make_cassettes.all_cassettes()) <= names, "run python tests/contract/make_cassettes.py"


def secret_findings(text: str) -> list[str]:
    """Everything in a cassette's text that looks like a credential."""
    findings = []
    data = yaml.safe_load(text)
    for n, interaction in enumerate(data.get("interactions") or [], 1):
        for side in ("request", "response"):
            names = {name.lower() for name in (interaction.get(side) or {}).get("headers") or {}}
            leaked = names & {"authorization", "proxy-authorization", "cookie", "set-cookie"}
            if leaked:
                findings.append(f"interaction {n}: {side} header(s) {sorted(leaked)}")
    if AUTH_TOKEN in text:
        findings.append("the test auth token")
    if _BASIC_PAIR.search(text):
        findings.append("an 'AC...:secret' basic-auth pair")
    for encoded in _BASIC_HEADER.findall(text):
        decoded = base64.b64decode(encoded + "=" * (-len(encoded) % 4)).decode("latin-1", "replace")
        if ":" in decoded:
            findings.append(f"a Basic credential ({decoded.split(':')[0]}:...)")
    findings += [f"something like an auth token: {m.group(0)!r}" for m in _TOKEN_NEAR_AUTH.finditer(text)]
    other_sids = set(re.findall(r"\bAC[0-9a-fA-F]{32}\b", text)) - {ACCOUNT_SID}
    if other_sids:
        findings.append(f"account SIDs other than the placeholder: {sorted(other_sids)}")
    return findings


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_cassette_has_no_secrets(path: Path) -> None:
    assert secret_findings(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_cassette_loads_and_says_where_it_came_from(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    requests, responses = deserialize(text, yamlserializer)
    assert requests and len(requests) == len(responses)
    first_line = text.splitlines()[0]
    assert first_line == make_cassettes.PROVENANCE or first_line.startswith("# Recorded from the live API on "), (
        f"a cassette must start with a comment saying where it came from, not {first_line!r}"
    )


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_built_cassette_is_reproducible(path: Path) -> None:
    """A built cassette is exactly what make_cassettes.py builds today (live recordings are left alone)."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith(make_cassettes.PROVENANCE):
        pytest.skip("recorded from the live API, not built")
    relative = path.relative_to(make_cassettes.CASSETTE_DIR)
    steps = make_cassettes.all_cassettes().get(relative)
    assert steps is not None, f"{relative} is not built by make_cassettes.py any more: delete it"
    assert text == make_cassettes.render(steps), "stale: run python tests/contract/make_cassettes.py"


@pytest.mark.parametrize(
    "leak",
    [
        "    headers: {Authorization: ['Basic "
        + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
        + "']}\n",
        "    headers: {X-Debug: ['basic " + base64.b64encode(f"AC{'b' * 32}:hunter2".encode()).decode() + "']}\n",
        f"    uri: https://{ACCOUNT_SID}:x@api.twilio.com/\n",
        "    uri: https://api.twilio.com/?AuthToken=0123456789abcdef0123456789abcdef\n",
        f"    uri: https://api.twilio.com/2010-04-01/Accounts/AC{'1' * 32}.json\n",
    ],
    ids=["authorization-header", "basic-credential", "sid-colon-secret", "hex-token-near-auth", "real-account-sid"],
)
def test_secret_scan_catches_leaks(leak: str) -> None:
    """The scan itself works: a clean cassette with one leak added is flagged."""
    clean = make_cassettes.render(make_cassettes.pricing_lookup())
    assert secret_findings(clean) == []
    leaky = clean.replace("    method: GET\n", leak + "    method: GET\n", 1)
    yaml.safe_load(leaky)  # still a valid cassette: the finding is about the leak, not a parse error
    assert secret_findings(leaky)


def test_live_recording_is_scrubbed_and_labelled(
    prism_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Record for real (Prism standing in for Twilio) with the suite's settings, then replay with the placeholders."""
    import httpx
    import vcr
    from twilio_messaging import Client
    from vcr.persisters.filesystem import FilesystemPersister

    from .recording import ProvenancePersister, vcr_settings

    real_sid, real_token = "AC" + "1" * 32, "0123456789abcdef" * 2
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", real_sid)
    recorder = vcr.VCR(cassette_library_dir=str(tmp_path))
    recorder.register_persister(ProvenancePersister(FilesystemPersister))

    def send(account_sid: str, token: str, record_mode: str) -> str | None:
        with recorder.use_cassette("live.yaml", **vcr_settings(record_mode)):
            client = Client(account_sid, token, base_url=prism_url, max_retries=0, http_client=httpx.Client())
            return client.messages.create(to="+15005550006", from_="+15005550006", body="hi", send_as_mms=True).sid

    recorded_sid = send(real_sid, real_token, "all")
    text = (tmp_path / "live.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Recorded from the live API on ")
    assert real_sid not in text and real_token not in text
    assert secret_findings(text) == []
    assert f"/Accounts/{ACCOUNT_SID}/Messages.json" in text
    assert send(ACCOUNT_SID, AUTH_TOKEN, "none") == recorded_sid
