"""How every route of the API reads a request: bounded gzip bodies, JSON only, versions checked first, the device
token as a dependency, and the database work in one transaction on the thread pool.

Shared by the sync routes (:mod:`lfn_server.app`) and the team administration (:mod:`lfn_server.team_api`).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from lfn_common.protocol import MAX_BODY_BYTES, PROTOCOL_VERSION, ErrorBody
from lfn_common.tables import KNOWN_REVISIONS, SCHEMA_REVISION

from . import auth
from .errors import ApiError

ERRORS = {status: {"model": ErrorBody} for status in (400, 401, 403, 409, 413, 415, 423, 426, 429)}


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
