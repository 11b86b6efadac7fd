#!/usr/bin/env bash
# Check the dependencies installed in .venv against the public vulnerability databases with pip-audit (PyPA).
# Needs the network beyond the package index: pip-audit asks PyPI's per-release JSON (its "pypi" service) or OSV
# (api.osv.dev). On a machine that reaches neither it says so and exits non-zero; it is not part of the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=${LFN_AUDIT_VENV:-.venv-audit}
[ -x "$tools/bin/pip-audit" ] || { python3 -m venv "$tools" && "$tools/bin/pip" install -q "pip-audit>=2.7,<3"; }
frozen=$(mktemp)
trap 'rm -f "$frozen"' EXIT
.venv/bin/python -m pip freeze --exclude-editable > "$frozen"
exec "$tools/bin/pip-audit" --requirement "$frozen" --no-deps --disable-pip --vulnerability-service "${1:-osv}" --strict
