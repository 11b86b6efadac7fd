"""``lfn-server``: serve the sync API, and administer the partnership, its users and devices.

The database is an SQLCipher file in the server's data folder unless ``--database-url`` (or
``LFN_SERVER_DATABASE_URL``) names another, e.g. ``postgresql://lfn@db.example/lfn``. Passwords are
read from the terminal (or from standard input with ``--password-stdin``), never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from lfn_common.errors import ValidationError

from . import admin
from .auth import TOKEN_LIFETIME
from .db import create_schema, make_engine

URL_ENV = "LFN_SERVER_DATABASE_URL"


def database_url(args: argparse.Namespace) -> str:
    if args.database_url or os.environ.get(URL_ENV):
        return args.database_url or os.environ[URL_ENV]
    folder = Path(args.data_dir or os.environ.get("LFN_SERVER_DATA_DIR") or user_data_dir("lfn-server", "LfN"))
    return f"sqlite:///{folder / 'server.db'}"


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise admin.AdminError("The two passwords differ.")
    return first


MODERN_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!SHA1"


def _serve(args, engine) -> int:
    import uvicorn

    from .app import create_app

    if bool(args.certfile) != bool(args.keyfile):
        raise admin.AdminError("Give both --certfile and --keyfile to serve HTTPS.")
    # Serving HTTPS directly: forward-secret AEAD suites only for TLS 1.2 (TLS 1.3's own suites are all modern).
    # X-Forwarded-For is believed only from a proxy named here: served directly, anyone could claim any address and
    # so escape the sign-in limit per address.
    trusted = args.trusted_proxy or ""
    uvicorn.run(create_app(engine, docs=args.docs, token_days=args.token_days), host=args.host, port=args.port,
                ssl_certfile=args.certfile, ssl_keyfile=args.keyfile, ssl_ciphers=MODERN_CIPHERS,
                proxy_headers=bool(trusted), forwarded_allow_ips=trusted, log_level=args.log_level)
    return 0


def _openapi(args, engine) -> int:
    from .app import create_app

    print(json.dumps(create_app(engine).openapi(), indent=2))
    return 0


def _admin(work):
    def run(args, engine) -> int:
        with engine.begin() as conn:
            result = work(conn, args)
        if result is not None:
            print(result if isinstance(result, str) else json.dumps(result, indent=2, default=str))
        return 0
    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lfn-server", description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help=f"SQLAlchemy URL (default: an SQLCipher file; env {URL_ENV})")
    parser.add_argument("--data-dir", help="folder of the embedded database and its key file")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve the sync API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--certfile", help="TLS certificate (PEM); without it, serve behind a TLS proxy")
    serve.add_argument("--keyfile", help="TLS private key (PEM)")
    serve.add_argument("--trusted-proxy", "--forwarded-allow-ips", dest="trusted_proxy", default=None,
                       help="address(es) of the TLS proxy in front, whose X-Forwarded-For is believed (off: none)")
    serve.add_argument("--token-days", type=int, default=TOKEN_LIFETIME.days,
                       help="a laptop that has not synced for this many days signs in again (default 90)")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--docs", action="store_true",
                       help="serve the interactive API description at /docs and /openapi.json (off by default)")
    serve.set_defaults(run=_serve)

    sub.add_parser("init", help="create the database tables").set_defaults(run=lambda args, engine: 0)
    sub.add_parser("openapi", help="print the OpenAPI description").set_defaults(run=_openapi)

    p = sub.add_parser("add-partnership", help="create a partnership; prints its id")
    p.add_argument("name")
    p.add_argument("--region")
    p.set_defaults(run=_admin(lambda conn, a: admin.create_partnership(conn, a.name, a.region)))

    p = sub.add_parser("add-organisation", help="add a member organisation; prints its id")
    p.add_argument("--partnership", required=True)
    p.add_argument("name")
    p.add_argument("--kind", required=True, help="civil_society, local_government, vdab or other")
    p.add_argument("--enterprise-number")
    p.set_defaults(run=_admin(lambda conn, a: admin.add_organisation(conn, a.partnership, a.name, a.kind,
                                                                     a.enterprise_number)))

    p = sub.add_parser("add-user", help="add a coach or team lead with a password; prints the user id")
    p.add_argument("--partnership", required=True)
    p.add_argument("--name", required=True, help="the name colleagues see")
    p.add_argument("--username", required=True, help="the name to sign in with")
    p.add_argument("--role", default="coach", help="coach, team_lead or support_group")
    p.add_argument("--organisation")
    p.add_argument("--fte", type=float, default=1.0)
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(run=_admin(lambda conn, a: admin.add_user(
        conn, a.partnership, a.name, a.username, _password(a), a.role, organisation_id=a.organisation, fte=a.fte)))

    p = sub.add_parser("reset-password", help="set a new password and lift a sign-in lock; the user's laptops "
                                              "sign in again (their vaults stay)")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--keep-devices", action="store_true", help="leave the laptops signed in (the password was "
                                                               "forgotten, not stolen)")
    p.set_defaults(run=_admin(lambda conn, a: admin.reset_password(conn, a.username, _password(a),
                                                                   keep_devices=a.keep_devices)))

    p = sub.add_parser("list-devices", help="enrolled devices, revoked ones included")
    p.add_argument("--partnership")
    p.set_defaults(run=_admin(lambda conn, a: admin.list_devices(conn, a.partnership)))

    p = sub.add_parser("revoke-device", help="block a lost laptop: its next sync wipes its vault")
    p.add_argument("device_id")
    p.set_defaults(run=_admin(lambda conn, a: admin.revoke_device(conn, a.device_id)))

    p = sub.add_parser("audit", help="who pushed or pulled which dossier, when (newest first)")
    p.add_argument("--participant")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(run=_admin(lambda conn, a: admin.audit_entries(conn, a.participant, a.limit)))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    engine = make_engine(database_url(args))
    try:
        create_schema(engine)
        return args.run(args, engine)
    except (admin.AdminError, ValueError) as exc:
        print(f"lfn-server: {exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print(f"lfn-server: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
