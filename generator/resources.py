"""Our generator stage: the resource-oriented interface (client.messages.create(...))."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def render_resources(project: Any, facts: dict[str, Any], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "__init__.py").write_text('"""Resource interface (to come)."""\n', encoding="utf-8")
