"""generated/ is exactly what the generator produces from spec/, and a hand edit is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.__main__ import GENERATED, HEADER, PACKAGE, check


@pytest.fixture(scope="module")
def edited_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    shutil.copytree(GENERATED / PACKAGE, root / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    target = root / PACKAGE / "models" / "message.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n# a hand edit\n", encoding="utf-8")
    (root / PACKAGE / "stray.py").write_text("x = 1\n", encoding="utf-8")
    return root


def test_generated_matches_spec_and_templates() -> None:
    problems = check()
    assert not problems, "generated/ is stale or edited; run python -m generator\n" + "\n".join(problems)


def test_a_hand_edit_is_reported(edited_copy: Path) -> None:
    problems = check(edited_copy)
    report = "\n".join(problems)
    assert "models/message.py" in report and "+# a hand edit" not in report.replace("-# a hand edit", "")
    assert "not produced by the generator: twilio_messaging_api/stray.py" in report


def test_every_generated_file_says_it_is_generated() -> None:
    files = list((GENERATED / PACKAGE).rglob("*.py"))
    assert len(files) > 200
    assert [f for f in files if not f.read_text(encoding="utf-8").startswith(HEADER)] == []


def test_output_does_not_depend_on_the_hash_seed() -> None:
    # Set iteration order changes with PYTHONHASHSEED; generated/ must not.
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--check"], cwd=GENERATED.parent, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_api_reference_is_generated_and_a_hand_edit_is_reported(tmp_path: Path) -> None:
    from generator.__main__ import REFERENCE

    text = REFERENCE.read_text(encoding="utf-8")
    assert "`client.messages(sid).fetch() -> Message`" in text  # every method, typed, with its return type
    edited = tmp_path / "api.md"
    edited.write_text(text.replace("-> Message`", "-> Mesage`", 1), encoding="utf-8")
    report = "\n".join(check(reference=edited))
    assert "-> Mesage`" in report and "-> Message`" in report


def test_api_md_lists_the_methods_hand_written_bases_add() -> None:
    """client.messages.send_many comes from overlays (generator/config.yaml resource_bases): the map shows it too."""
    import importlib
    import inspect

    from generator.__main__ import REFERENCE, ROOT
    from generator.resources import resource_bases

    text = REFERENCE.read_text(encoding="utf-8")
    bases = resource_bases(ROOT / "generator" / "config.yaml")
    assert bases, "no resource_bases configured: nothing to check"
    for entry in bases.values():
        cls = getattr(importlib.import_module(entry["module"]), entry["sync"])
        public = [name for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")]
        assert public
        for name in public:
            line = next((line for line in text.splitlines() if f".{name}(" in line), None)
            assert line is not None, f"{entry['sync']}.{name} is missing from api.md"
            for parameter in list(inspect.signature(getattr(cls, name)).parameters)[1:]:
                assert f"{parameter}:" in line, f"api.md's {name} line lacks {parameter}"
