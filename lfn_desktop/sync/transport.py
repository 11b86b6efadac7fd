"""HTTP to the central server: gzip bodies, certificate pinning, errors mapped to SyncError types.

Never logs a token or any payload.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import socket
import ssl
from functools import cache
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from lfn_common.protocol import API_PREFIX, PROTOCOL_VERSION, ServerInfo
from lfn_desktop.store import schema

from .errors import (
    CertificateProblem,
    ClientTooOld,
    DeviceRevoked,
    InsecureAddress,
    NotEnrolled,
    PasswordChangeRequired,
    ServerTooOld,
    SignInFailed,
    SyncOffline,
    SyncRefused,
)
from .state import STATE_CERT, STATE_SERVER_URL, STATE_TOKEN

Reply = TypeVar("Reply", bound=BaseModel)
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


@cache
def ssl_context(pinned_cert_pem: str | None) -> ssl.SSLContext:
    """Trust the system's authorities, or only the partnership's own (self-signed) certificate.

    Made once per process: loading the trusted certificates costs tens of milliseconds per sync otherwise.
    """
    if not pinned_cert_pem:
        return ssl.create_default_context()
    return ssl.create_default_context(cadata=pinned_cert_pem)


def is_trusted_address(base_url: str) -> bool:
    """https to anywhere (the certificate is checked), plain http only to this machine itself.

    Over plain http anything on the network could answer in the server's name, a forged "revoked" among it,
    which would wipe the vault: so every answer that can change or destroy the vault comes over verified TLS."""
    url = httpx.URL(base_url)
    if url.scheme == "https":
        return True
    if url.scheme != "http":
        return False
    if url.host == "localhost":
        return True
    try:
        return ipaddress.ip_address(url.host).is_loopback
    except ValueError:
        return False


class Transport:
    def __init__(self, base_url: str, *, token: str | None = None, pinned_cert_pem: str | None = None,
                 transport: httpx.BaseTransport | None = None):
        if not is_trusted_address(base_url):
            raise InsecureAddress()
        self.base_url = base_url.rstrip("/")
        self.token = token
        headers = {"X-LFN-Protocol": str(PROTOCOL_VERSION), "X-LFN-Schema": schema.head_revision(),
                   "Accept-Encoding": "gzip"}
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests = 0
        if transport is None:
            # TCP_NODELAY: a request goes out as headers and body in two writes; without it the body waits for the
            # server's delayed acknowledgement of the headers (some 40 ms on every small request).
            transport = httpx.HTTPTransport(verify=ssl_context(pinned_cert_pem), socket_options=NO_DELAY)
        self._http = httpx.Client(base_url=self.base_url + API_PREFIX, headers=headers, timeout=TIMEOUT,
                                  transport=transport)

    @classmethod
    def of_vault(cls, store, *, transport: httpx.BaseTransport | None = None) -> Transport:
        """To the server this vault is linked to, with its device token and pinned certificate (NotEnrolled
        before it is linked)."""
        state = store.state()
        if not state.get(STATE_TOKEN):
            raise NotEnrolled()
        return cls(state[STATE_SERVER_URL], token=state[STATE_TOKEN], pinned_cert_pem=state.get(STATE_CERT),
                   transport=transport)

    def close(self) -> None:
        self._http.close()

    def info(self) -> ServerInfo:
        return self._call("GET", "/info", None, ServerInfo, auth=False)

    def post(self, path: str, message: BaseModel, reply: type[Reply], *, auth: bool = True) -> Reply:
        return self._call("POST", path, message, reply, auth=auth)

    def _call(self, method: str, path: str, message: BaseModel | None, reply: type[Reply], *, auth: bool) -> Reply:
        headers = {}
        content = None
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if message is not None:
            content = gzip.compress(message.model_dump_json().encode(), compresslevel=6)
            headers.update({"Content-Type": "application/json", "Content-Encoding": "gzip"})
            self.bytes_sent += len(content)
        self.requests += 1
        try:
            response = self._http.request(method, path, content=content, headers=headers)
        except httpx.ConnectError as exc:
            if isinstance(exc.__cause__, ssl.SSLError) or "CERTIFICATE" in str(exc).upper():
                raise CertificateProblem(type(exc).__name__) from None
            raise SyncOffline(type(exc).__name__) from None
        except (httpx.TransportError, httpx.DecodingError) as exc:  # timeouts, resets, a cut mid-transfer
            raise SyncOffline(type(exc).__name__) from None
        self.bytes_received += response.num_bytes_downloaded  # on the wire (gzip), as the network carries it
        if response.status_code >= 400:
            self._raise_for(response)
        try:
            return reply.model_validate_json(response.content)
        except ValidationError:
            raise ServerTooOld("the server's answer has an unexpected form") from None

    @staticmethod
    def _raise_for(response: httpx.Response) -> None:
        try:
            body = json.loads(response.content)
            code, message = body.get("error", ""), body.get("message", "")
        except (ValueError, AttributeError):
            code, message = "", response.reason_phrase
        if code == "password_change_required":
            raise PasswordChangeRequired(message)
        if response.status_code == 401 and code == "revoked":
            raise DeviceRevoked()
        if response.status_code == 426 or code == "too_old":
            raise ClientTooOld(message)
        if code == "server_too_old":
            raise ServerTooOld(message)
        if response.status_code in (401, 423, 429):
            raise SignInFailed(message or "Signing in failed.")
        if response.status_code == 404 and code != "not_found":  # no such route: an older server
            raise ServerTooOld(f"no {response.request.url.path}")
        if response.status_code >= 500:
            raise SyncOffline(f"server error {response.status_code}")
        raise SyncRefused(message or f"The server refused the request ({response.status_code}).")
