"""Sync through the real widgets against the real server on loopback: link the laptop, sync with F5, see a
colleague's dossier appear; a wrong password is said in plain words; a revoked laptop is wiped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lfn_server import admin
from lfn_server.db import create_schema, make_engine
from lfn_server.threaded import ServerThread

from .sync_support import PASSWORD, Laptop, make_partnership
from .test_ui_coach_flow import create_vault_through_wizard
from .test_ui_helpers import wait_caseload


@pytest.fixture
def sqlcipher_server(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    create_schema(engine)
    with ServerThread(engine) as server:
        yield server
    engine.dispose()


def link(qtbot, window, url: str, username: str, password: str):
    dialog = window.sync.open_enrol()
    qtbot.keyClicks(dialog.server, url)
    qtbot.keyClicks(dialog.user, username)
    qtbot.keyClicks(dialog.password, password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def lead_with_noor(tmp_path, server) -> tuple:
    """The partnership, and the team lead's laptop that has taken in Noor for Coach Anouk and synced."""
    partnership = make_partnership(server.engine)
    lies = Laptop(tmp_path / "lies", server.url, "lies")
    lies.ws.participants.intake(partnership.id, coach_ids=[partnership.coach_a], given_name="Noor",
                                municipality="Testrand")
    lies.sync()
    return partnership, lies


def test_a_coach_links_her_laptop_syncs_and_is_wiped_when_revoked(qtbot, tmp_path, sqlcipher_server):
    server = sqlcipher_server
    partnership, lies = lead_with_noor(tmp_path, server)
    window = create_vault_through_wizard(qtbot, tmp_path / "vault")
    wait_caseload(qtbot, window, rows=0)
    assert window.sync.last.text() == "Niet gekoppeld aan een server"

    dialog = link(qtbot, window, server.url, "anouk", "not the password")
    qtbot.waitUntil(lambda: "Aanmelden bij de server lukte niet" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_caseload(qtbot, window, rows=1)
    model = window.workspace.caseload.model
    assert "Noor" in [model.index(0, column).data() for column in range(model.columnCount())]
    assert window.status.text().startswith("Gesynchroniseerd:")
    assert window.sync.last.text().startswith("Laatst gesynchroniseerd:")
    assert window.ws.reference.current_user().name == "Coach Anouk"

    # A visit recorded here reaches the team lead with the next F5.
    noor = window.ws.queries.caseload()[0].participant_id
    window.ws.contacts.record(noor, duration_min=30, kind="home_visit", place="home", notes="Kennismaking thuis.")
    window.activateWindow()  # the link dialog had the focus
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    lies.sync()
    assert [c.notes for c in lies.ws.queries.dossier(noor).contacts] == ["Kennismaking thuis."]

    paths = window.ws.store.paths
    with server.engine.begin() as conn:
        admin.revoke_device(conn, window.ws.store.device_id)
    with qtbot.waitSignal(window.sync.wiped, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "geblokkeerd" in window.status.text()
    assert not paths.key.exists() and not paths.db.exists()
    assert window.ws is None
    lies.close()


def test_f5_pressed_while_a_sync_runs_brings_a_second_sync_after_it(qtbot, tmp_path, sqlcipher_server):
    """What reached the server while a sync ran may have missed it: a second F5 (or the team administration's
    changes) then asks for one more sync, which runs as soon as the first ends instead of being dropped."""
    server = sqlcipher_server
    partnership, lies = lead_with_noor(tmp_path, server)
    window = create_vault_through_wizard(qtbot, tmp_path / "vault")
    wait_caseload(qtbot, window, rows=0)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        link(qtbot, window, server.url, "anouk", PASSWORD)
    wait_caseload(qtbot, window, rows=1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    synced = []
    window.sync.synced.connect(lambda: synced.append(window.status.text()))

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.sync.bar.isVisible()
    lies.ws.participants.intake(partnership.id, coach_ids=[partnership.coach_a], given_name="Mira",
                                municipality="Testrand")
    lies.sync()  # the colleague's new dossier reaches the server while this laptop's sync may still run
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(synced) == 2, timeout=30_000)
    wait_caseload(qtbot, window, rows=2)
    assert sorted(r.name for r in window.ws.queries.caseload()) == ["Mira", "Noor"]
    assert all(text.startswith("Gesynchroniseerd:") for text in synced)
    qtbot.waitUntil(window.sync.bar.isHidden)  # and no third: the bar would show again at once
    assert len(synced) == 2
    lies.close()


def test_linking_to_a_plain_http_server_elsewhere_is_refused_before_anything_is_sent(qtbot, tmp_path):
    """Plain http only to this laptop itself: elsewhere anything could answer in the server's name (a forged
    "revoked" would wipe the vault). The address is refused before any connection is made."""
    window = create_vault_through_wizard(qtbot, tmp_path / "vault")
    wait_caseload(qtbot, window, rows=0)
    dialog = link(qtbot, window, "http://sync.lp-testrand.invalid:8765", "anouk", PASSWORD)
    qtbot.waitUntil(lambda: "https://" in dialog.message.text(), timeout=10_000)
    assert "niets verstuurd" in dialog.message.text() and dialog.isVisible()
    assert window.sync.last.text() == "Niet gekoppeld aan een server"
    dialog.reject()
