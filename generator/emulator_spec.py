"""The bundled spec the emulator serves, shipped as package data: written by ``python -m generator``,
drift-checked by ``--check`` (the emulator reads its routes, validation and shapes from it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.bundle import bundle

EMULATOR_SPEC = Path(__file__).resolve().parent.parent / "emulator/twilio_messaging_emulator/spec/openapi.json"


def render(spec: dict[str, Any] | None = None) -> str:
    return json.dumps(bundle() if spec is None else spec, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def write(target: Path = EMULATOR_SPEC) -> None:
    target.write_text(render(), encoding="utf-8")


def check(target: Path = EMULATOR_SPEC) -> list[str]:
    """Empty when the emulator's copy matches spec/; else one line saying how to fix it."""
    if not target.exists() or target.read_text(encoding="utf-8") != render():
        return [f"{target.relative_to(target.parents[3])} is stale: run python -m generator"]
    return []
