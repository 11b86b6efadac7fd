"""Entry point: ``lfn-desktop`` starts the window; ``lfn-desktop COMMAND`` runs the headless CLI."""

from __future__ import annotations

import argparse
import logging
import sys

from lfn_desktop import __version__, paths
from lfn_desktop.cli import add_commands, run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lfn-desktop", description="LfN Desktop: coaching records, offline.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="folder holding the vaults (default: $LFN_DATA_DIR or the user data dir)")
    parser.add_argument("--profile", default=paths.DEFAULT_PROFILE, help="coach profile (one vault each)")
    parser.add_argument("--demo", action="store_true", help="open the demo vault with fictional data")
    parser.add_argument("--screenshot", metavar="PNG", help="save the main window to PNG once shown, then exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a throwaway vault (no real data is touched), then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from lfn_desktop.logs import setup_logging

    try:
        setup_logging(paths.data_dir(args.data_dir))
    except OSError:  # a read-only or full data dir: the app still works, without a log file
        # ... and without logging's last resort, which would print records (and their traces) on the terminal.
        logging.getLogger().addHandler(logging.NullHandler())
    if args.self_test:
        from lfn_desktop.selftest import run_self_test

        return run_self_test()
    if args.command:
        return run(args)
    from lfn_desktop.ui.shell.application import run_gui  # Qt only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
