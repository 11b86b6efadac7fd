"""Shared fixtures: real SQLCipher vaults in temporary folders, offscreen Qt.

Vaults here use the light Argon2 parameters (stored in their key files like any others) so that the
suite does not spend seconds deriving keys; everything else is the production code path.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_TEXTTOSPEECH_ENGINE", "mock")

import pytest  # noqa: E402

from lfn_desktop.logs import install_guard  # noqa: E402
from lfn_desktop.operations import Workspace  # noqa: E402
from lfn_desktop.store.keyfile import LIGHT_KDF  # noqa: E402
from lfn_desktop.store.store import Store  # noqa: E402

from .disk_faults import small_disk  # noqa: E402, F401 - a fixture for every test module

install_guard()  # log records, pytest's captured ones included, never hold personal data

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session", autouse=True)
def dutch_plural_forms(qapp):
    """As the app does at start-up: Dutch, with Qt's plural forms for it ("1 deelnemer", "2 deelnemers")."""
    from lfn_desktop.ui.common.i18n import install_translation
    from lfn_desktop.ui.common.look import apply_look

    install_translation(qapp, "nl")
    apply_look(qapp)  # the style, palette and focus ring the app starts with


@pytest.fixture
def vault_dir(tmp_path):
    return tmp_path / "vault"


@pytest.fixture
def store(vault_dir):
    s = Store.create(vault_dir, PASSPHRASE, LIGHT_KDF)
    yield s
    s.close()


@pytest.fixture
def ws(store):
    return Workspace(store)


@pytest.fixture
def team(ws):
    """A fictional partnership with two organisations, two coaches and a team lead."""
    partnership = ws.reference.create_partnership("LP Testrand", region="Testregio").id
    org_a = ws.reference.add_organisation(partnership, "Buurtwerk Testrand vzw", "civil_society").id
    org_b = ws.reference.add_organisation(partnership, "OCMW Testrand", "local_government").id
    coach_a = ws.reference.add_user(partnership, "Coach Anouk", "coach", organisation_id=org_a, fte=0.8).id
    coach_b = ws.reference.add_user(partnership, "Coach Bram", "coach", organisation_id=org_b).id
    lead = ws.reference.add_user(partnership, "Teamleider Lies", "team_lead", organisation_id=org_b).id
    ws.reference.set_current_user(coach_a)
    return {"partnership": partnership, "org_a": org_a, "org_b": org_b, "coach_a": coach_a,
            "coach_b": coach_b, "lead": lead}


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL cluster for the whole test run, started by the tests themselves."""
    from .sync_support import Postgres

    cluster = Postgres().start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlcipher", "postgresql"])
def server(request, tmp_path):
    """The real sync server on loopback, on its embedded SQLCipher database and on PostgreSQL."""
    from lfn_server.db import create_schema, make_engine

    from .sync_support import ServerThread

    if request.param == "sqlcipher":
        engine = make_engine(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    else:
        engine = make_engine(request.getfixturevalue("postgres").new_database())
    create_schema(engine)
    with ServerThread(engine) as running:
        yield running
    engine.dispose()
