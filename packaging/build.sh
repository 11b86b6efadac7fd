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
# What this build is, for the About box: the commit and the time it was built.
mkdir -p build
commit="$(git describe --always --dirty 2>/dev/null || echo unknown)"
printf '{"commit": "%s", "built": "%s"}\n' "$commit" "$(date -u +%Y-%m-%dT%H:%MZ)" > build/build-info.json
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" --workpath build/pyinstaller \
    packaging/lfn_desktop.spec
QT_QPA_PLATFORM=offscreen "$dist/lfn-desktop/lfn-desktop" --self-test
echo "Bundle: $dist/lfn-desktop ($(du -sh "$dist/lfn-desktop" | cut -f1))"
