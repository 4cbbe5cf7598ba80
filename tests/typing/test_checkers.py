"""The typed surface under real checkers: mypy --strict and pyright (strict) on two user programs.

- programs/everyday.py, fifteen everyday tasks written as a user would: zero errors, zero warnings, no casts;
- programs/mistakes.py, one deliberate mistake per line marked ``# expect-error``: each checker reports an
  error on every marked line and on no other line.

pyright comes from the project's own package.json (``npm ci``, run by scripts/install.sh).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROGRAMS = HERE / "programs"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
EVERYDAY = PROGRAMS / "everyday.py"
MISTAKES = PROGRAMS / "mistakes.py"


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def mypy_errors(program: Path, cache: Path) -> tuple[dict[int, list[str]], str]:
    """Line -> error messages from ``mypy --strict`` (the project's settings: pyproject.toml)."""
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--no-error-summary"]
    result = subprocess.run([*command, str(program)], cwd=ROOT, capture_output=True, text=True, check=False)
    errors: dict[int, list[str]] = {}
    for line in result.stdout.splitlines():
        match = re.match(rf"^{re.escape(str(program.relative_to(ROOT)))}:(\d+): error: (.*)$", line)
        if match:
            errors.setdefault(int(match[1]), []).append(match[2])
    return errors, result.stdout + result.stderr


def pyright_report(program: Path) -> dict[str, object]:
    if not PYRIGHT.exists():
        pytest.fail("pyright is not installed: run `npm ci` (scripts/install.sh does) to get the pinned version")
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "-p", str(HERE / "pyrightconfig.json"), str(program)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, object] = json.loads(result.stdout)
    return report


def pyright_diagnostics(program: Path, severity: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for diagnostic in pyright_report(program)["generalDiagnostics"]:  # type: ignore[attr-defined]
        if diagnostic["severity"] == severity:
            found.setdefault(diagnostic["range"]["start"]["line"] + 1, []).append(diagnostic["message"])
    return found


def expected_lines(program: Path) -> set[int]:
    lines = program.read_text(encoding="utf-8").splitlines()
    return {number for number, text in enumerate(lines, start=1) if "# expect-error" in text}


def test_the_everyday_program_has_no_casts_or_ignores() -> None:
    source = EVERYDAY.read_text(encoding="utf-8")
    assert "cast(" not in source and "type: ignore" not in source and "pyright: ignore" not in source
    assert source.startswith("# pyright: strict")


def test_the_everyday_program_passes_mypy_strict(mypy_cache: Path) -> None:
    errors, output = mypy_errors(EVERYDAY, mypy_cache)
    assert not errors, output


def test_the_everyday_program_passes_pyright_strict() -> None:
    assert pyright_diagnostics(EVERYDAY, "error") == {}
    assert pyright_diagnostics(EVERYDAY, "warning") == {}


def test_mypy_reports_every_planted_mistake_and_nothing_else(mypy_cache: Path) -> None:
    errors, output = mypy_errors(MISTAKES, mypy_cache)
    expected = expected_lines(MISTAKES)
    assert len(expected) >= 15
    assert expected - set(errors) == set(), f"mypy missed lines {sorted(expected - set(errors))}\n{output}"
    assert set(errors) - expected == set(), f"mypy flagged unmarked lines\n{output}"


def test_pyright_reports_every_planted_mistake_and_nothing_else() -> None:
    errors = pyright_diagnostics(MISTAKES, "error")
    expected = expected_lines(MISTAKES)
    assert expected - set(errors) == set(), f"pyright missed lines {sorted(expected - set(errors))}: {errors}"
    assert set(errors) - expected == set(), f"pyright flagged unmarked lines: {errors}"


@pytest.mark.parametrize("example", ["usage.py", "receive_and_reply.py", "webhook_app.py"])
def test_the_examples_pass_both_checkers(example: str, mypy_cache: Path) -> None:
    program = ROOT / "examples" / example
    source = program.read_text(encoding="utf-8")
    assert "cast(" not in source and "str(message." not in source
    errors, output = mypy_errors(program, mypy_cache)
    assert not errors, output
    assert pyright_diagnostics(program, "error") == {}


def test_readme_examples_have_no_casts_or_str_around_sdk_values() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = "\n".join(re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL))
    assert "cast(" not in code and "type: ignore" not in code
    assert not re.findall(r"\bstr\((?:client|message|page|service|number|\w+\.(?:sid|body|to|from_))\b", code)
