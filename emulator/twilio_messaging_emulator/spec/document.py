"""The bundled spec shipped with the package (written by ``python -m generator``), or another one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BUNDLED_SPEC = Path(__file__).with_name("openapi.json")


def load_document(source: Path | str | dict[str, Any] | None = None) -> dict[str, Any]:
    """The OpenAPI document to serve: the bundled one by default, a path to a JSON file, or a dict."""
    if isinstance(source, dict):
        return source
    path = Path(source) if source is not None else BUNDLED_SPEC
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document
