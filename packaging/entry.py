"""The bundle's entry point (PyInstaller runs this script; it only hands over to the app)."""

import sys

from lfn_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
