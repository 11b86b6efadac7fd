#!/usr/bin/env bash
# Build the one-folder bundle of the desktop app into dist/lfn-desktop/ and check it with its self-test.
#   ./packaging/build.sh [DISTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
[ -x .venv/bin/pyinstaller ] || ./scripts/setup.sh --dev
for ts in resources/translations/*.ts; do  # the bundle ships compiled translations only
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" --workpath build/pyinstaller \
    packaging/lfn_desktop.spec
QT_QPA_PLATFORM=offscreen "$dist/lfn-desktop/lfn-desktop" --self-test
echo "Bundle: $dist/lfn-desktop ($(du -sh "$dist/lfn-desktop" | cut -f1))"
