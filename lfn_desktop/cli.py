"""The headless command line, for scripting and support (no Qt is imported here).

The passphrase comes from ``$LFN_PASSPHRASE`` or a prompt; a new one from ``$LFN_NEW_PASSPHRASE`` or a
prompt asked twice. Errors are printed as one plain sentence (never a trace with data in it) and the
command exits non-zero.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from lfn_common.errors import DomainError
from lfn_common.text import fold
from lfn_desktop import paths
from lfn_desktop.logs import Code
from lfn_desktop.store.errors import VaultError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

log = logging.getLogger(__name__)


class CliError(Exception):
    """A problem to tell the user in one sentence."""


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new vault for this profile")
    p.add_argument("--partnership", help="name of the partnership to set up in the new vault")
    p.add_argument("--name", help="your name (creates you as a user and makes the vault yours)")
    p.add_argument("--role", choices=["coach", "team_lead"], default="coach")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("import", help="carry over running trajectories from a CSV or XLSX sheet")
    p.add_argument("file", type=Path)
    p.add_argument("--coach", help="coach's name for rows that name none")
    p.add_argument("--dry-run", action="store_true", help="check the sheet, import nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows even if others fail")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("export", help="write the caseload or one dossier as JSON/CSV/XLSX (NOT encrypted)")
    p.add_argument("what", choices=["caseload", "dossier"])
    p.add_argument("--dossier", help="dossier number (for 'dossier')")
    p.add_argument("--format", choices=["json", "csv", "xlsx"], default="json")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("agenda", help="write the planned contacts as an .ics calendar file (dossier numbers, no names)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=cmd_agenda)

    p = sub.add_parser("erase", help="GDPR erasure of one participant (syncs to every laptop and the server)")
    p.add_argument("--dossier", required=True, help="dossier number")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(run=cmd_erase)

    p = sub.add_parser("check", help="run SQLCipher's and SQLite's integrity checks")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("passphrase", help="change the passphrase (the data file is not rewritten)")
    p.set_defaults(run=cmd_passphrase)

    p = sub.add_parser("show-key", help="print the raw database key, for recovery with any SQLCipher 4 tool")
    p.set_defaults(run=cmd_show_key)

    p = sub.add_parser("backup", help="write an encrypted backup to one file")
    p.add_argument("file", type=Path)
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup into this profile (a current vault is kept aside)")
    p.add_argument("file", type=Path, nargs="?", help="the backup file (or --latest)")
    p.add_argument("--latest", action="store_true", help="the newest readable backup in the backup folder")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("backups", help="list the automatic backups; make one now; choose their folder and number")
    p.add_argument("--now", action="store_true", help="write a backup into the backup folder now")
    p.add_argument("--folder", help="where the backups go from now on (a USB stick...); 'default' for the profile")
    p.add_argument("--keep-daily", type=int, help="how many days keep their newest backup (default 7)")
    p.add_argument("--keep-weekly", type=int, help="how many weeks keep their newest backup (default 4)")
    p.set_defaults(run=cmd_backups)

    p = sub.add_parser("demo", help="create (once) and describe the demo vault with fictional data")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("enrol", help="link this vault to the partnership's server (once per laptop)")
    p.add_argument("--server", required=True, help="server address, e.g. https://lfn.example.be")
    p.add_argument("--user", required=True, help="your user name on the server")
    p.add_argument("--cert", type=Path, help="the partnership's own server certificate (PEM) to trust")
    p.set_defaults(run=cmd_enrol)

    p = sub.add_parser("sync", help="push local changes and pull the team's; exit non-zero on failure")
    p.set_defaults(run=cmd_sync)

    for name, text in (("assign", "assign a coach to a dossier (within the participant's consent)"),
                       ("unassign", "take a coach off a dossier (her laptop drops it at its next sync)")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--dossier", required=True, help="the dossier number")
        p.add_argument("--coach", required=True, help="the coach's name as the team list shows it, or her id")
        p.set_defaults(run=cmd_assign if name == "assign" else cmd_unassign)

    p = sub.add_parser("conflicts", help="list the open sync conflicts (ids to resolve)")
    p.add_argument("--dossier", help="only this dossier's")
    p.add_argument("--values", action="store_true", help="show both values too (only on your own screen)")
    p.set_defaults(run=cmd_conflicts)

    p = sub.add_parser("resolve", help="settle a sync conflict: keep what was kept, or put the other value back")
    p.add_argument("conflict", help="the conflict's id, or the start of it, as 'conflicts' lists it")
    p.add_argument("choice", choices=("kept", "other"))
    p.set_defaults(run=cmd_resolve)

    p = sub.add_parser("caseload", help="print the caseload (names: only on your own screen)")
    p.add_argument("--search")
    p.add_argument("--all", action="store_true", help="include closed trajectories")
    p.set_defaults(run=cmd_caseload)


def run(args: argparse.Namespace) -> int:
    from lfn_desktop.sync.errors import SyncError

    try:
        return args.run(args) or EXIT_OK
    except (CliError, VaultError, DomainError, SyncError) as exc:
        log.warning("command %s failed with %s", Code(args.command), type(exc), exc_info=exc)
        print(f"lfn-desktop {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (DatabaseError, OSError) as exc:
        from lfn_desktop.store.disk_errors import disk_problem

        problem = disk_problem(exc, paths.profile_dir(paths.data_dir(args.data_dir), args.profile))
        log.error("command %s failed on the disk: %s", Code(args.command), type(problem or exc), exc_info=exc)
        if problem is not None:
            print(f"lfn-desktop {args.command}: {problem}", file=sys.stderr)
        elif isinstance(exc, OSError):
            print(f"lfn-desktop {args.command}: a file could not be used ({exc.strerror or type(exc).__name__}). "
                  "What was saved before is safe.", file=sys.stderr)
        else:
            # Damage found while reading (a page that fails its authentication, a broken structure).
            print(f"lfn-desktop {args.command}: the vault file is damaged ({exc.orig}). Nothing was changed; "
                  "restore it from a backup.", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Interrupted; nothing half-done was kept.", file=sys.stderr)
        return EXIT_FAILED


# --- helpers -----------------------------------------------------------------------------------------


def vault_folder(args) -> Path:
    """The profile's folder, with a restore that a crash interrupted finished first."""
    from lfn_desktop.store import journal

    folder = paths.profile_dir(paths.data_dir(args.data_dir), args.profile)
    journal.recover(folder)
    return folder


def ask_passphrase(prompt: str = "Passphrase: ", env: str = "LFN_PASSPHRASE") -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"No passphrase: set {env} or run in a terminal.")
    return getpass.getpass(prompt)


def ask_new_passphrase() -> str:
    value = os.environ.get("LFN_NEW_PASSPHRASE")
    if not value:
        if not sys.stdin.isatty():
            raise CliError("No new passphrase: set LFN_NEW_PASSPHRASE or run in a terminal.")
        value = getpass.getpass("New passphrase: ")
        if value != getpass.getpass("Repeat the new passphrase: "):
            raise CliError("The two passphrases differ; nothing was changed.")
    from lfn_desktop.store.keyfile import check_new_passphrase

    return check_new_passphrase(value)


def open_workspace(args):
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    folder = vault_folder(args)
    if not (folder / "vault.key").exists():
        raise CliError(f"There is no vault for profile '{args.profile}' in {folder.parent}; run 'init' first.")
    return Workspace(Store.open(folder, ask_passphrase()))


def with_workspace(action: Callable) -> Callable:
    def wrapped(args):
        ws = open_workspace(args)
        try:
            return action(args, ws)
        finally:
            ws.close()

    return wrapped


def the_partnership(ws) -> str:
    found = ws.reference.partnerships()
    if len(found) != 1:
        raise CliError("This vault has no partnership yet; run 'init --partnership NAME' first."
                       if not found else "This vault holds several partnerships; this command needs one.")
    return found[0].id


# --- commands ------------------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    folder = vault_folder(args)
    passphrase = ask_new_passphrase() if not os.environ.get("LFN_PASSPHRASE") else os.environ["LFN_PASSPHRASE"]
    ws = Workspace(Store.create(folder, passphrase))
    try:
        if args.partnership:
            partnership = ws.reference.create_partnership(args.partnership).id
            if args.name:
                user = ws.reference.add_user(partnership, args.name, args.role).id
                ws.reference.set_current_user(user)
    finally:
        ws.close()
    print(f"Created an encrypted vault in {folder}.")
    print("Keep the passphrase safe: without it (or a backup of the raw key) the data cannot be read.")
    return EXIT_OK


@with_workspace
def cmd_import(args, ws) -> int:
    from lfn_desktop.exchange.importer import import_trajectories

    coach_id = None
    if args.coach:
        matches = [u.id for u in ws.reference.users() if fold(u.name) == fold(args.coach)]
        if not matches:
            raise CliError(f"No user called {args.coach!r} in this vault.")
        coach_id = matches[0]
    report = import_trajectories(ws, args.file, the_partnership(ws), default_coach_id=coach_id,
                                 dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    for error in report.errors:
        print(f"row {error.row}, {error.column}: {error.message}", file=sys.stderr)
    for warning in report.warnings:
        print(f"note: row {warning.row}, {warning.column}: {warning.message}", file=sys.stderr)
    if report.ignored_columns:
        print(f"ignored columns: {', '.join(report.ignored_columns)}", file=sys.stderr)
    earlier = f" ({report.already_imported} already imported by an earlier run)" if report.already_imported else ""
    if args.dry_run:
        print(f"Read {report.rows_read} rows{earlier}; {report.valid_rows} would be imported; "
              f"{len(report.errors)} errors.")
    else:
        print(f"Read {report.rows_read} rows{earlier}; imported {len(report.created)} participants; "
              f"{len(report.errors)} errors.")
    if report.stopped:
        print(f"The import stopped before the end: {report.stopped} Every participant counted above is complete; "
              "run the same command again to import the rest.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if report.errors and not (args.skip_invalid and report.created) else EXIT_OK


@with_workspace
def cmd_agenda(args, ws) -> int:
    from lfn_desktop.exchange.agenda import DUTCH_PLACES, export_agenda

    written, count = export_agenda(ws, args.out, DUTCH_PLACES, overwrite=args.force)
    print(f"Wrote {count} planned contacts to {written}.")
    print("Warning: this file is NOT encrypted. It holds dossier numbers, days and places (no names, no notes); "
          "keep it only where it is safe.", file=sys.stderr)
    return EXIT_OK


def _participant_of(ws, dossier_number: str) -> str:
    rows = [r for r in ws.queries.caseload(include_closed=True) if r.dossier_number == dossier_number]
    if not rows:
        raise CliError(f"No dossier {dossier_number} in this vault.")
    return rows[0].participant_id


@with_workspace
def cmd_erase(args, ws) -> int:
    participant_id = _participant_of(ws, args.dossier)
    if not args.yes:
        raise CliError("Erasure cannot be undone: export the dossier first if she asked for a copy, then repeat "
                       "with --yes.")
    ws.participants.erase(participant_id)
    print(f"Dossier {args.dossier} erased here; the next sync erases it on the server and every other laptop. "
          "Only anonymous counts remain in the figures.")
    return EXIT_OK


@with_workspace
def cmd_export(args, ws) -> int:
    from lfn_desktop.exchange.exporter import export_caseload, export_dossier

    if args.what == "caseload":
        export_caseload(ws, args.out, args.format, overwrite=args.force)
    else:
        if not args.dossier:
            raise CliError("Name the dossier with --dossier NUMBER.")
        participant_id = _participant_of(ws, args.dossier)
        if args.format == "xlsx":
            raise CliError("A dossier is exported as json (everything) or csv (the logbook).")
        export_dossier(ws, participant_id, args.out, args.format, overwrite=args.force)
    print(f"Wrote {args.out}.")
    print("Warning: this file is NOT encrypted. Keep it only as long as needed and only where it is safe.",
          file=sys.stderr)
    return EXIT_OK


@with_workspace
def cmd_check(args, ws) -> int:
    try:
        problems = ws.store.integrity_report()
    except DatabaseError as exc:
        problems = [f"the database cannot be read: {exc.orig}"]
    if problems:
        for line in problems:
            print(line)
        print(f"The vault has {len(problems)} problem(s); restore from a backup or contact support.")
        return EXIT_FAILED
    print("The vault is sound: every page decrypts and authenticates, and the database structure is intact.")
    return EXIT_OK


def cmd_passphrase(args) -> int:
    from lfn_desktop.store import keyfile
    from lfn_desktop.store.profile_lock import ProfileLock

    folder = vault_folder(args)
    with ProfileLock(folder):  # one change of passphrase at a time, and none while the app has the vault open
        old = ask_passphrase("Current passphrase: ")
        keyfile.unwrap_key(folder / "vault.key", old)  # a wrong passphrase stops here, before asking the new one
        keyfile.rewrap_key(folder / "vault.key", old, ask_new_passphrase())
    print("The passphrase was changed. Backups made before still open with the old passphrase.")
    return EXIT_OK


def cmd_show_key(args) -> int:
    from lfn_desktop.store import keyfile

    key = keyfile.unwrap_key(vault_folder(args) / "vault.key", ask_passphrase())
    print("Anyone with this key can read the vault. Do not store it next to the vault.", file=sys.stderr)
    print(f"In any SQLCipher 4 tool: PRAGMA key = \"x'{key.hex()}'\";", file=sys.stderr)
    print(key.hex())
    return EXIT_OK


@with_workspace
def cmd_backup(args, ws) -> int:
    from lfn_desktop.store.backup import backup_vault

    written = backup_vault(ws.store, args.file)
    print(f"Wrote the encrypted backup {written}. It opens with the current passphrase.")
    return EXIT_OK


def cmd_restore(args) -> int:
    from lfn_desktop.store import auto_backup
    from lfn_desktop.store.backup import restore_vault

    folder = vault_folder(args)
    if args.latest == bool(args.file):
        raise CliError("Name the backup file, or use --latest for the newest one in the backup folder.")
    chosen = args.file
    if args.latest:
        readable = [e for e in auto_backup.list_backups(folder) if e.readable]
        if not readable:
            raise CliError("There is no readable backup in the backup folder; name a backup file.")
        chosen = readable[0].path
    aside = restore_vault(chosen, folder, ask_passphrase("Passphrase of the backup: "))
    print(f"Restored {chosen.name} into profile '{args.profile}'.")
    if aside:
        print(f"The vault that was there is kept in {aside}.")
    return EXIT_OK


def cmd_backups(args) -> int:
    from dataclasses import replace

    from lfn_desktop.store import auto_backup

    folder = vault_folder(args)
    policy = auto_backup.read_policy(folder)
    if args.folder or args.keep_daily is not None or args.keep_weekly is not None:
        if args.folder and args.folder != "default" and not Path(args.folder).expanduser().is_dir():
            raise CliError(f"There is no folder {args.folder}; nothing was changed.")
        if (args.keep_daily is not None and args.keep_daily < 1) or (args.keep_weekly or 0) < 0:
            raise CliError("Keep at least one daily backup; nothing was changed.")
        policy = replace(policy, folder=None if args.folder == "default" else (args.folder or policy.folder),
                         daily=args.keep_daily or policy.daily,
                         weekly=policy.weekly if args.keep_weekly is None else args.keep_weekly)
        auto_backup.write_policy(folder, policy)
    if args.now:
        ws = open_workspace(args)
        try:
            written = auto_backup.backup_now(ws.store)
        finally:
            ws.close()
        print(f"Wrote the encrypted backup {written.name}.")
    place = policy.place(folder)
    print(f"Backups go to {place}; kept: the newest of each of the last {policy.daily} days and "
          f"{policy.weekly} weeks.")
    for entry in auto_backup.list_backups(folder):
        when = entry.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        state = f"{entry.size // 1024} KiB" if entry.readable else "NOT READABLE"
        print(f"{when}  {entry.kind:16} {state:>12}  {entry.path.name}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from lfn_desktop.demo import DEMO_PASSPHRASE, ensure_demo_vault

    folder = paths.profile_dir(paths.data_dir(args.data_dir), paths.DEMO_PROFILE)
    ensure_demo_vault(folder).close()
    print(f"Demo vault (fictional data) in {folder}; passphrase: {DEMO_PASSPHRASE}")
    return EXIT_OK


@with_workspace
def cmd_caseload(args, ws) -> int:
    rows = ws.queries.caseload(search=args.search, include_closed=args.all)
    for r in rows:
        last = r.last_contact_at.strftime("%d/%m/%Y") if r.last_contact_at else "-"
        flag = "  ! stil" if r.quiet else ""
        print(f"{r.dossier_number:10} {r.name:30} {r.phase or '-':13} laatste contact {last}{flag}")
    print(f"{len(rows)} deelnemers")
    return EXIT_OK


def _coach_of(ws, wanted: str):
    users = [u for u in ws.reference.users() if not u.deleted]
    found = [u for u in users if u.id == wanted] or [u for u in users if u.name.casefold() == wanted.casefold()]
    if len(found) != 1:
        raise CliError(f"No single user named {wanted!r} in this vault; give her id (see the team list).")
    return found[0]


@with_workspace
def cmd_assign(args, ws) -> int:
    coach = _coach_of(ws, args.coach)
    ws.participants.assign_coach(_participant_of(ws, args.dossier), coach.id)
    print(f"{coach.name} is assigned to dossier {args.dossier}; the next sync tells the server.")
    return EXIT_OK


@with_workspace
def cmd_unassign(args, ws) -> int:
    coach = _coach_of(ws, args.coach)
    ws.participants.unassign_coach(_participant_of(ws, args.dossier), coach.id)
    print(f"{coach.name} is no longer assigned to dossier {args.dossier}; her laptop drops it at its next sync.")
    return EXIT_OK


@with_workspace
def cmd_conflicts(args, ws) -> int:
    numbers = {r.participant_id: r.dossier_number for r in ws.queries.caseload(include_closed=True)}
    open_ = ws.conflicts.open(_participant_of(ws, args.dossier) if args.dossier else None)
    for c in open_:
        line = f"{c.id[:8]}  {numbers.get(c.participant_id, '-'):10} {c.table_name}.{c.field}  {c.kind}"
        if args.values:
            line += f"\n          kept:  {c.kept_value.get('value')!r}\n          other: {c.other_value.get('value')!r}"
        print(line)
    print(f"{len(open_)} open conflict(s)")
    return EXIT_OK


@with_workspace
def cmd_resolve(args, ws) -> int:
    found = [c for c in ws.conflicts.open() if c.id.startswith(args.conflict)]
    if len(found) != 1:
        raise CliError(f"No single open conflict starts with {args.conflict!r}; see 'conflicts'.")
    ws.conflicts.resolve(found[0].id, args.choice)
    print(f"Conflict {found[0].id[:8]} resolved ({args.choice}); the next sync tells the others.")
    return EXIT_OK


@with_workspace
def cmd_enrol(args, ws) -> int:
    from lfn_desktop.sync.engine import enrol

    password = os.environ.get("LFN_SERVER_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            raise CliError("No server password: set LFN_SERVER_PASSWORD or run in a terminal.")
        password = getpass.getpass(f"Server password for {args.user}: ")
    cert = args.cert.read_text() if args.cert else None
    reply = enrol(ws.store, args.server, args.user, password, pinned_cert_pem=cert)
    print(f"Enrolled this laptop as {args.user} ({reply.role}). Run 'sync' to fetch the dossiers.")
    return EXIT_OK


@with_workspace
def cmd_sync(args, ws) -> int:
    from lfn_desktop.sync.engine import SyncEngine

    report = SyncEngine(ws.store).run()
    print(f"pushed {report.pushed}, pulled {report.pulled}, refused {len(report.rejected)}, "
          f"conflicts open {report.conflicts}, purged dossiers {report.purged}, "
          f"bytes sent {report.bytes_sent}, received {report.bytes_received}")
    for reason in report.rejected:
        print(f"refused: {reason}", file=sys.stderr)
    if report.resynced_tables:
        print(f"resynced: {', '.join(report.resynced_tables)}")
    if report.clock_was_off:
        print(f"Warning: this laptop's clock is {report.clock_skew_s / 3600:+.1f} h off the server's; "
              "sync corrected for it, but please set the clock right.", file=sys.stderr)
    return EXIT_OK
