#!/usr/bin/env bash
# Install everything a contributor (or CI) needs: a .venv with the SDK and its dev tools, and Prism for the contract tests.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
if [ -f package-lock.json ]; then
  npm ci --silent --no-audit --no-fund
fi
echo "installed: activate with '. .venv/bin/activate'"
