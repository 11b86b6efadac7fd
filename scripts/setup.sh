#!/usr/bin/env bash
# Set up this checkout on Debian 12 / Python 3.11: the Debian libraries Qt needs (installed only when
# missing), then a virtual environment in .venv with the app. `--dev` adds the test tools and the
# programs the test suite starts itself.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# Qt from pip wheels needs these shared libraries (offscreen too); libpulse0 lets QtTextToSpeech import.
packages=(libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libpulse0 fonts-dejavu-core)
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
if [ "$dev" = 1 ]; then
    # A real PostgreSQL that the server tests start themselves, poppler (pdftotext, pdftoppm) to read the
    # reports the tests make, what PyInstaller needs to build the bundle (objdump from binutils, and the shared
    # libpython that Debian's statically linked python3 lacks), and a real X screen for screenshot tests.
    packages+=(postgresql poppler-utils binutils libpython3.11 xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-randr0
               libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libx11-xcb1)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$dev" = 1 ]; then
    .venv/bin/python -m pip install -q -e ".[dev]"
else
    .venv/bin/python -m pip install -q -e .
fi
# Qt translations: the .ts sources are compiled to .qm here (build output, not in git).
for ts in resources/translations/*.ts; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "Set up: $(.venv/bin/python --version), $(.venv/bin/python -c 'import PySide6; print("PySide6", PySide6.__version__)')"
