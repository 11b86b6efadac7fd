"""The HTTP API (FastAPI): gzip JSON bodies in the shared protocol's messages, one transaction per request.

Handlers read and check the body on the event loop, then do the database work in the thread pool. Errors
are answered as ``{"error": code, "message": sentence}``; no handler logs a body, a token or a password.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
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

Message = TypeVar("Message", bound=BaseModel)
_ERRORS = {status: {"model": ErrorBody} for status in (400, 401, 403, 409, 413, 423, 426, 429)}
_REQUESTS = (EnrolRequest, PushRequest, PullRequest, DigestRequest, SnapshotRequest)


def _body(message_type: type[BaseModel]) -> dict:
    """Describe a body the handler reads itself (it may come gzip-compressed) in the OpenAPI document."""
    schema_ref = {"$ref": f"#/components/schemas/{message_type.__name__}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema_ref}}}}


def _with_request_schemas(app: FastAPI) -> Callable[[], dict]:
    base = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            document = base()
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for message_type in _REQUESTS:
                own = message_type.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(own.pop("$defs", {}))
                schemas[message_type.__name__] = own
        return app.openapi_schema

    return openapi


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(title="LfN sync server", version=__version__,
                  description="Central server of a local partnership: laptops push and pull dossier changes.")
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.code, "message": exc.message}, status_code=exc.status)

    def in_transaction(work: Callable, *args):
        def run():
            with engine.begin() as conn:
                return work(conn, *args)
        return run_in_threadpool(run)

    async def authorised(request: Request, message_type: type[Message]) -> tuple[auth.Caller, Message]:
        _check_versions(request)
        message = await read_message(request, message_type)
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else None
        caller = await in_transaction(auth.authenticate, token)
        if getattr(message, "device_id", caller.device_id) != caller.device_id:
            raise ApiError(403, "forbidden", "The request names another device than the token's.")
        return caller, message

    @app.get(API_PREFIX + "/info", response_model=ServerInfo)
    async def info() -> ServerInfo:
        return ServerInfo(protocol_version=PROTOCOL_VERSION, schema_revision=SCHEMA_REVISION,
                          server_version=__version__, server_time=datetime.now(UTC))

    @app.post(API_PREFIX + "/enrol", response_model=EnrolResponse, responses=_ERRORS,
              openapi_extra=_body(EnrolRequest))
    async def enrol(request: Request) -> EnrolResponse:
        _check_versions(request)
        message = await read_message(request, EnrolRequest)
        client = request.client.host if request.client else "unknown"

        def work(conn):
            user = auth.sign_in(conn, message.username, message.password, client)
            if user is None:
                return None
            token = auth.enrol_device(conn, user, message.device_id, message.device_name, message.first_seq)
            caller = auth.Caller(message.device_id, user["user_id"], user["partnership_id"], user["role"], 0)
            accept.write_audit(conn, caller, "enrol", Counter({None: 1}), unit="device")
            return EnrolResponse(token=token, user_id=user["user_id"], partnership_id=user["partnership_id"],
                                 role=user["role"])

        reply = await in_transaction(work)
        if reply is None:
            await in_transaction(auth.record_failed_sign_in, message.username, client)
            raise ApiError(401, "unauthorised", "The name or the password is wrong.")
        return reply

    @app.post(API_PREFIX + "/sync/push", response_model=PushResponse, responses=_ERRORS,
              openapi_extra=_body(PushRequest))
    async def push(request: Request) -> PushResponse:
        caller, message = await authorised(request, PushRequest)
        results, acked = await in_transaction(accept.accept_push, caller, message.changes)
        return PushResponse(results=results, acked_seq=acked, server_time=datetime.now(UTC))

    @app.post(API_PREFIX + "/sync/pull", response_model=PullResponse, responses=_ERRORS,
              openapi_extra=_body(PullRequest))
    async def pull(request: Request) -> PullResponse:
        caller, message = await authorised(request, PullRequest)
        return await in_transaction(feed.pull, caller, message)

    @app.post(API_PREFIX + "/sync/verify", response_model=DigestResponse, responses=_ERRORS,
              openapi_extra=_body(DigestRequest))
    async def verify(request: Request) -> DigestResponse:
        caller, message = await authorised(request, DigestRequest)
        return await in_transaction(feed.verify, caller, message)

    @app.post(API_PREFIX + "/sync/snapshot", response_model=SnapshotResponse, responses=_ERRORS,
              openapi_extra=_body(SnapshotRequest))
    async def snapshot(request: Request) -> SnapshotResponse:
        caller, message = await authorised(request, SnapshotRequest)
        return await in_transaction(feed.snapshot, caller, message)

    @app.get("/", include_in_schema=False)
    async def root() -> Response:
        return Response("LfN sync server. API under " + API_PREFIX + "; description at /openapi.json\n",
                        media_type="text/plain")

    app.openapi = _with_request_schemas(app)
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


async def read_message(request: Request, message_type: type[Message]) -> Message:
    """The request body as a protocol message: gzip or plain JSON, bounded in size, validated."""
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(413, "too_large", "The request is too large.")
    body = raw
    if request.headers.get("content-encoding", "").lower() == "gzip":
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflater.decompress(raw, MAX_BODY_BYTES)
        except zlib.error:
            raise ApiError(400, "bad_request", "The request body is not valid gzip.") from None
        if inflater.unconsumed_tail:
            raise ApiError(413, "too_large", "The request is too large once decompressed.")
    try:
        return message_type.model_validate_json(body)
    except ValidationError as exc:
        # Name where and what, never the value (it may be personal data).
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}"
                             for e in exc.errors(include_input=False)[:5])
        raise ApiError(400, "bad_request", f"The request is malformed: {problems}") from None
