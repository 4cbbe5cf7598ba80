"""Twilio's official description as facts: read a twilio-oai folder, write and read the snapshot.

``python -m generator upstream PATH`` reads a folder of Twilio's official OpenAPI JSON files
(twilio-oai's ``spec/json`` layout: ``twilio_api_v2010.json``, ``twilio_messaging_v1.json``, ...), keeps
the messaging operations' facts (see generator/facts.py) and writes one sorted JSON file per official
file under ``spec/upstream/``. The comparison tests and ``python -m generator drift`` read that snapshot,
so nothing in the repository reads outside it. Output is deterministic: the same files give the same bytes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from generator.facts import Json, operation_facts

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT_DIR = ROOT / "spec" / "upstream"
# The official files that describe messaging, and which of their paths are messaging's.
OFFICIAL_FILES = {
    "twilio_api_v2010.json": ("/Messages", "/SMS/ShortCodes"),
    "twilio_messaging_v1.json": ("/",),
    "twilio_messaging_v2.json": ("/",),
    "twilio_messaging_v3.json": ("/",),
    "twilio_pricing_v1.json": ("/v1/Messaging/",),
}
SNAPSHOT_FORMAT = "twilio-messaging-upstream-facts/1"


def _messaging_paths(doc: Json, markers: tuple[str, ...]) -> Json:
    """The document with only the paths that belong to messaging (a full twilio-oai file has more)."""
    paths = {path: item for path, item in doc.get("paths", {}).items() if any(m in path for m in markers)}
    return {**doc, "paths": paths}


def read_official(folder: Path) -> dict[str, dict[str, Json]]:
    """Facts of the official files in ``folder``, per file name: {file: {"METHOD /path": facts}}."""
    found: dict[str, dict[str, Json]] = {}
    for name, markers in OFFICIAL_FILES.items():
        file = folder / name
        if file.is_file():
            doc = json.loads(file.read_text(encoding="utf-8"))
            found[name] = operation_facts(_messaging_paths(doc, markers))
    if not found:
        raise SystemExit(f"{folder}: none of Twilio's official files ({', '.join(OFFICIAL_FILES)}) is there")
    return found


def dumps(data: Any) -> str:
    """The snapshot's one serialisation: sorted keys, one-space indent, UTF-8 as is, final newline."""
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_snapshot(official: dict[str, dict[str, Json]], target: Path = SNAPSHOT_DIR) -> list[Path]:
    """Replace the snapshot's JSON files with these facts; return the files written."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.json"):
        old.unlink()
    written = []
    for name, operations in sorted(official.items()):
        file = target / name
        file.write_text(dumps({"format": SNAPSHOT_FORMAT, "source": name, "operations": operations}), "utf-8")
        written.append(file)
    return written


def is_snapshot(folder: Path) -> bool:
    return any(
        json.loads(file.read_text(encoding="utf-8")).get("format") == SNAPSHOT_FORMAT
        for file in sorted(folder.glob("*.json"))[:1]
    )


def load_snapshot(folder: Path = SNAPSHOT_DIR) -> dict[str, Json]:
    """Every upstream operation of a snapshot folder, keyed ``METHOD /path``."""
    operations: dict[str, Json] = {}
    for file in sorted(folder.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("format") != SNAPSHOT_FORMAT:
            raise SystemExit(f"{file}: not a snapshot written by python -m generator upstream")
        operations.update(data["operations"])
    if not operations:
        raise SystemExit(f"{folder}: no snapshot here; run python -m generator upstream PATH")
    return operations


def load_upstream(folder: Path | None = None) -> dict[str, Json]:
    """Upstream operations from a snapshot folder (default: the committed one) or a folder of official files."""
    if folder is None or is_snapshot(folder):
        return load_snapshot(folder or SNAPSHOT_DIR)
    merged: dict[str, Json] = {}
    for operations in read_official(folder).values():
        merged.update(operations)
    return merged


def main(folder: Path, target: Path = SNAPSHOT_DIR) -> int:
    official = read_official(folder)
    written = write_snapshot(official, target)
    count = sum(len(ops) for ops in official.values())
    print(f"wrote {len(written)} files, {count} operations, to {target}")
    return 0


def copy_snapshot(target: Path, source: Path = SNAPSHOT_DIR) -> Path:
    """Copy the committed snapshot (for tests that plant a change in a temporary copy)."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    return target
