"""`lfn-server`: placeholder until the server lands (issue 3)."""

import sys


def main() -> int:
    print("lfn-server: not built yet", file=sys.stderr)
    return 2
