"""Bundle spec/ (a root file plus one file per resource family) into one OpenAPI document.

Each family file holds ``paths`` and ``components`` of its own; they are merged into the root.
A name defined twice is an error, so two families can never silently shadow each other.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"


def _merge_into(target: dict[str, Any], source: dict[str, Any], where: str) -> None:
    for key, value in source.items():
        if key in target:
            raise ValueError(f"{where}: {key!r} is defined more than once")
        target[key] = value


def bundle(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """Return the whole spec as one dict, families merged in file-name order."""
    root: dict[str, Any] = yaml.safe_load((spec_dir / "openapi.yaml").read_text(encoding="utf-8"))
    root.setdefault("paths", {})
    components = root.setdefault("components", {})
    for family in sorted((spec_dir / "resources").glob("*.yaml")):
        part = yaml.safe_load(family.read_text(encoding="utf-8"))
        unknown = set(part) - {"paths", "components"}
        if unknown:
            raise ValueError(f"{family.name}: only 'paths' and 'components' belong in a family file, not {unknown}")
        _merge_into(root["paths"], part.get("paths", {}), f"{family.name} paths")
        for section, entries in part.get("components", {}).items():
            _merge_into(components.setdefault(section, {}), entries, f"{family.name} components.{section}")
    return root


def main() -> None:
    """Print the bundled spec as JSON (for Prism, schemathesis or a diff)."""
    json.dump(bundle(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
