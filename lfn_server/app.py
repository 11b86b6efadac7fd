"""The HTTP API (FastAPI): gzip JSON bodies in the shared protocol's messages, one transaction per request.

Bodies are typed protocol messages (the OpenAPI document is generated from them), read through
``BoundedGzipRequest`` (bounded while streaming, gzip inflated); the device token is a dependency; the database
work runs in the thread pool. Errors are answered as ``{"error": code, "message": sentence}`` without echoing
a value; no handler logs a body, a token or a password.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from lfn_common.protocol import (
    API_PREFIX,
    PROTOCOL_VERSION,
    DigestRequest,
    DigestResponse,
    EnrolRequest,
    EnrolResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    ServerInfo,
    SnapshotRequest,
    SnapshotResponse,
)
from lfn_common.tables import SCHEMA_REVISION

from . import __version__, accept, auth, feed, team_api
from .errors import ApiError
from .routing import ERRORS as _ERRORS
from .routing import DeviceCaller, ProtocolRoute, run_in_transaction

# Every answer: never cached (it may hold a dossier), never sniffed or framed, and HTTPS only from now on.
SECURITY_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                    "Referrer-Policy": "no-referrer", "Strict-Transport-Security": "max-age=31536000"}


def _failed_sign_in(conn, username: str, client: str) -> None:
    """The failure counted, and in the audit log (with a lock-out when this one caused it)."""
    user_id, locked = auth.record_failed_sign_in(conn, username, client)
    accept.write_audit(conn, None, "sign_in_failed", Counter({None: 1}), unit="attempt", user_id=user_id)
    if locked:
        accept.write_audit(conn, None, "locked_out", Counter({None: 1}), unit="account", user_id=user_id)


def create_app(engine: Engine, *, docs: bool = False, token_days: int = auth.TOKEN_LIFETIME.days) -> FastAPI:
    """The API on ``engine``; the interactive description (/docs, /openapi.json) only when ``docs`` is asked."""
    app = FastAPI(title="LfN sync server", version=__version__,
                  description="Central server of a local partnership: laptops push and pull dossier changes.",
                  docs_url="/docs" if docs else None, redoc_url=None, openapi_url="/openapi.json" if docs else None)
    app.router.route_class = ProtocolRoute
    # Level 5 rather than 9: a page of changes compresses nearly as well, for half the server's time.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)

    @app.middleware("http")
    async def _security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.code, "message": exc.message}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Name where and what, never the value (it may be personal data).
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}"
                             for e in exc.errors()[:5])
        return JSONResponse({"error": "bad_request", "message": f"The request is malformed: {problems}"},
                            status_code=400)

    app.state.engine = engine
    # Argon2 takes a core for a tenth of a second: a burst of sign-ins gets the cores one or two at a time, never
    # all of them, so that laptops syncing meanwhile are still answered.
    password_checks = anyio.CapacityLimiter(max(1, (os.cpu_count() or 2) // 2))
    app.state.token_lifetime = timedelta(days=token_days)

    def in_transaction(work: Callable, *args):
        return run_in_transaction(engine, work, *args)

    def read_only(work: Callable, *args):
        with engine.connect() as conn:
            return work(conn, *args)

    def own_device(caller: auth.Caller, message: BaseModel) -> None:
        if getattr(message, "device_id", caller.device_id) != caller.device_id:
            raise ApiError(403, "forbidden", "The request names another device than the token's.")

    @app.get(API_PREFIX + "/info", response_model=ServerInfo)
    async def info() -> ServerInfo:
        return ServerInfo(protocol_version=PROTOCOL_VERSION, schema_revision=SCHEMA_REVISION,
                          server_version=__version__, server_time=datetime.now(UTC))

    @app.post(API_PREFIX + "/enrol", response_model=EnrolResponse, responses=_ERRORS)
    async def enrol(message: EnrolRequest, request: Request) -> EnrolResponse:
        client = request.client.host if request.client else "unknown"

        # Read, then compare the password with no transaction open (Argon2 takes a tenth of a second: inside the
        # write transaction, a burst of wrong passwords would hold up every other device's sync), then write.
        check = await run_in_threadpool(read_only, auth.sign_in_check, message.username, client)
        if check.rate_limited:
            raise ApiError(429, "rate_limited", "Too many failed sign-ins from this address; try again later.")
        if not await anyio.to_thread.run_sync(auth.password_matches, check, message.password,
                                              limiter=password_checks):
            await in_transaction(_failed_sign_in, message.username, client)
            raise ApiError(401, "unauthorised", auth.WRONG_SIGN_IN)
        user = check.account

        def work(conn):
            auth.settle_password_change(conn, user, message.new_password)
            auth.record_sign_in(conn, user["user_id"], message.username, client)
            token = auth.enrol_device(conn, user, message.device_id, message.device_name, message.first_seq)
            caller = auth.Caller(message.device_id, user["user_id"], user["partnership_id"], user["role"], 0)
            accept.write_audit(conn, caller, "enrol", Counter({None: 1}), unit="device")
            return EnrolResponse(token=token, user_id=user["user_id"], partnership_id=user["partnership_id"],
                                 role=user["role"])

        return await in_transaction(work)

    @app.post(API_PREFIX + "/sync/push", response_model=PushResponse, responses=_ERRORS)
    async def push(message: PushRequest, caller: DeviceCaller) -> PushResponse:
        own_device(caller, message)
        results, acked = await in_transaction(accept.accept_push, caller, message.changes)
        return PushResponse(results=results, acked_seq=acked, server_time=datetime.now(UTC))

    @app.post(API_PREFIX + "/sync/pull", response_model=PullResponse, responses=_ERRORS)
    async def pull(message: PullRequest, caller: DeviceCaller) -> Response:
        own_device(caller, message)
        # Returned as a Response: FastAPI then neither re-validates nor re-serialises the page (the model is the
        # documented form of the answer).
        return Response(await in_transaction(feed.pull, caller, message), media_type="application/json")

    @app.post(API_PREFIX + "/sync/verify", response_model=DigestResponse, responses=_ERRORS)
    async def verify(message: DigestRequest, caller: DeviceCaller) -> DigestResponse:
        own_device(caller, message)
        return await in_transaction(feed.verify, caller, message)

    @app.post(API_PREFIX + "/sync/snapshot", response_model=SnapshotResponse, responses=_ERRORS)
    async def snapshot(message: SnapshotRequest, caller: DeviceCaller) -> SnapshotResponse:
        own_device(caller, message)
        return await in_transaction(feed.snapshot, caller, message)

    app.include_router(team_api.router)

    @app.get("/", include_in_schema=False)
    async def root() -> Response:
        return Response("LfN sync server. API under " + API_PREFIX + "\n", media_type="text/plain")

    return app


