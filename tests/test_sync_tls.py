"""HTTPS: the server serves a partnership's own (self-signed) certificate; a laptop that pinned it syncs,
a laptop that trusts another certificate (or only the usual authorities) sends nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.store import Store
from lfn_desktop.sync.engine import enrol
from lfn_desktop.sync.errors import CertificateProblem
from lfn_server.db import create_schema, make_engine
from lfn_server.threaded import ServerThread

from .sync_support import PASSWORD, VAULT_PASSPHRASE, Laptop, make_partnership


def self_signed(folder, name: str) -> tuple[str, str]:
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key),
                    "-out", str(cert)], check=True, capture_output=True)
    return str(cert), str(key)


@pytest.fixture
def https_server(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    create_schema(engine)
    cert, key = self_signed(tmp_path, "partnership")
    with ServerThread(engine, certfile=cert, keyfile=key) as server:
        yield server, Path(cert).read_text()
    engine.dispose()


def test_a_laptop_that_pinned_the_partnership_certificate_syncs_over_https(tmp_path, https_server):
    server, pem = https_server
    partnership = make_partnership(server.engine)
    anouk = Laptop(tmp_path / "anouk", server.url, "anouk", pinned_cert_pem=pem)
    anouk.ws.participants.intake(partnership.id, coach_ids=[partnership.coach_a], given_name="Noor")
    assert anouk.sync().pushed > 0
    anouk.close()


def test_a_laptop_that_trusts_another_certificate_sends_nothing(tmp_path, https_server):
    server, _ = https_server
    make_partnership(server.engine)
    other_pem = Path(self_signed(tmp_path, "impostor")[0]).read_text()
    for pinned in (other_pem, None):
        store = Store.create(tmp_path / f"vault-{pinned is None}", VAULT_PASSPHRASE, LIGHT_KDF)
        with pytest.raises(CertificateProblem, match="certificate"):
            enrol(store, server.url, "anouk", PASSWORD, pinned_cert_pem=pinned)
        store.close()
