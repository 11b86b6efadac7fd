"""The HTTP API (FastAPI): gzip JSON bodies in the shared protocol's messages, one transaction per request.

Bodies are typed protocol messages (the OpenAPI document is generated from them), read through
``BoundedGzipRequest`` (bounded while streaming, gzip inflated); the device token is a dependency; the database
work runs in the thread pool. Errors are answered as ``{"error": code, "message": sentence}`` without echoing
a value; no handler logs a body, a token or a password.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from lfn_common.protocol import (
    API_PREFIX,
    MAX_BODY_BYTES,
    PROTOCOL_VERSION,
    DigestRequest,
    DigestResponse,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    ServerInfo,
    SnapshotRequest,
    SnapshotResponse,
)
from lfn_common.tables import KNOWN_REVISIONS, SCHEMA_REVISION

from . import __version__, accept, auth, feed
from .errors import ApiError

_ERRORS = {status: {"model": ErrorBody} for status in (400, 401, 403, 409, 413, 415, 423, 426, 429)}
# Every answer: never cached (it may hold a dossier), never sniffed or framed, and HTTPS only from now on.
SECURITY_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                    "Referrer-Policy": "no-referrer", "Strict-Transport-Security": "max-age=31536000"}


class BoundedGzipRequest(Request):
    """A request whose body is read at most MAX_BODY_BYTES, while it streams in, and inflated when it says
    gzip (FastAPI's custom Request class): a lying Content-Length or a gzip bomb is refused with 413 before
    anything else, authentication included, looks at it."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            declared = self.headers.get("content-length")
            if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY_BYTES):
                raise ApiError(413, "too_large", "The request is too large.")
            chunks, size = [], 0
            async for chunk in self.stream():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise ApiError(413, "too_large", "The request is too large.")
                chunks.append(chunk)
            raw = b"".join(chunks)
            if self.headers.get("content-encoding", "").lower() == "gzip":
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                try:
                    raw = inflater.decompress(raw, MAX_BODY_BYTES)
                except zlib.error:
                    raise ApiError(400, "bad_request", "The request body is not valid gzip.") from None
                if inflater.unconsumed_tail:
                    raise ApiError(413, "too_large", "The request is too large once decompressed.")
            self._body = raw
        return self._body


class ProtocolRoute(APIRoute):
    """Every route: JSON only (415 otherwise), bodies through BoundedGzipRequest, versions checked first."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            _check_versions(request)
            if request.method == "POST":
                media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
                if media_type != "application/json":
                    raise ApiError(415, "unsupported_media_type", "Send the request as application/json.")
            bounded = BoundedGzipRequest(request.scope, request.receive)
            if request.method == "POST":
                await bounded.body()  # here, so that its refusals keep their own answer (FastAPI makes any 400)
            return await handler(bounded)

        return route


def _failed_sign_in(conn, username: str, client: str) -> None:
    """The failure counted, and in the audit log (with a lock-out when this one caused it)."""
    user_id, locked = auth.record_failed_sign_in(conn, username, client)
    accept.write_audit(conn, None, "sign_in_failed", Counter({None: 1}), unit="attempt", user_id=user_id)
    if locked:
        accept.write_audit(conn, None, "locked_out", Counter({None: 1}), unit="account", user_id=user_id)


def run_in_transaction(engine: Engine, work: Callable, *args):
    """``work(conn, *args)`` in one transaction, on the thread pool (the event loop never waits for the database)."""
    def run():
        with engine.begin() as conn:
            return work(conn, *args)
    return run_in_threadpool(run)


async def device_caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> auth.Caller:
    """The device behind the bearer token (401 without one, the ``revoked`` answer for a revoked one)."""
    token = authorization.removeprefix("Bearer ").strip() if (authorization or "").startswith("Bearer ") else None
    return await run_in_transaction(request.app.state.engine, auth.authenticate, token,
                                    request.app.state.token_lifetime)


DeviceCaller = Annotated[auth.Caller, Depends(device_caller)]


def create_app(engine: Engine, *, docs: bool = False, token_days: int = auth.TOKEN_LIFETIME.days) -> FastAPI:
    """The API on ``engine``; the interactive description (/docs, /openapi.json) only when ``docs`` is asked."""
    app = FastAPI(title="LfN sync server", version=__version__,
                  description="Central server of a local partnership: laptops push and pull dossier changes.",
                  docs_url="/docs" if docs else None, redoc_url=None, openapi_url="/openapi.json" if docs else None)
    app.router.route_class = ProtocolRoute
    app.add_middleware(GZipMiddleware, minimum_size=1024)

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
    async def pull(message: PullRequest, caller: DeviceCaller) -> PullResponse:
        own_device(caller, message)
        return await in_transaction(feed.pull, caller, message)

    @app.post(API_PREFIX + "/sync/verify", response_model=DigestResponse, responses=_ERRORS)
    async def verify(message: DigestRequest, caller: DeviceCaller) -> DigestResponse:
        own_device(caller, message)
        return await in_transaction(feed.verify, caller, message)

    @app.post(API_PREFIX + "/sync/snapshot", response_model=SnapshotResponse, responses=_ERRORS)
    async def snapshot(message: SnapshotRequest, caller: DeviceCaller) -> SnapshotResponse:
        own_device(caller, message)
        return await in_transaction(feed.snapshot, caller, message)

    @app.get("/", include_in_schema=False)
    async def root() -> Response:
        return Response("LfN sync server. API under " + API_PREFIX + "\n", media_type="text/plain")

    return app


def _check_versions(request: Request) -> None:
    """An app of another protocol or vault schema is told which side must be updated; nothing is changed."""
    protocol = request.headers.get("x-lfn-protocol")
    if protocol is not None and protocol != str(PROTOCOL_VERSION):
        older = protocol.isdigit() and int(protocol) < PROTOCOL_VERSION
        _version_error(older, f"protocol {protocol}, server speaks {PROTOCOL_VERSION}")
    revision = request.headers.get("x-lfn-schema")
    if revision is not None and revision != SCHEMA_REVISION:
        _version_error(revision in KNOWN_REVISIONS, f"schema {revision}, server {SCHEMA_REVISION}")


def _version_error(client_older: bool, detail: str) -> None:
    if client_older:
        raise ApiError(426, "too_old", f"This app is older than the server ({detail}).")
    raise ApiError(409, "server_too_old", f"The server is older than this app ({detail}).")
