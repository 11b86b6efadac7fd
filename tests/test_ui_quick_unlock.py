"""Quick unlock as a coach uses it: she sets a PIN in the settings menu, the app locks itself while she talks,
she types the PIN; five wrong PINs and it asks for the passphrase again; after a restart only the passphrase
works. The PIN's wrapping of the key never reaches the disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.quick_unlock import QuickUnlock, QuickUnlockGone, WrongPin
from lfn_desktop.ui.shell.pin_dialog import PinDialog
from lfn_desktop.ui.shell.unlock_panel import UnlockPanel

from .conftest import PASSPHRASE
from .test_ui_helpers import flush_deletes, open_window, wait_caseload


def set_pin(qtbot, window, pin: str, repeat: str | None = None) -> PinDialog:
    window.actions_by_name["pin"].trigger()  # Instellingen → Pincode voor snel ontgrendelen…
    dialog = next(d for d in window.findChildren(PinDialog) if d.isVisible())
    qtbot.keyClicks(dialog.pin, pin)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)  # on to the second field
    qtbot.keyClicks(dialog.repeat, repeat if repeat is not None else pin)
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return dialog


def auto_lock(qtbot, window) -> UnlockPanel:
    window.idle.set_idle_ms(200)
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    window.idle.set_idle_ms(3_600_000)
    flush_deletes()
    return window.centralWidget()


def type_pin(qtbot, panel: UnlockPanel, pin: str) -> None:
    panel.window().activateWindow()  # back from the PIN dialog: the window has the keyboard again
    qtbot.waitUntil(panel.window().isActiveWindow, timeout=2000)
    qtbot.waitUntil(panel.pin.hasFocus, timeout=2000)  # the lock screen puts the cursor in the PIN field
    qtbot.keyClicks(panel.pin, pin)
    QTest.keyClick(panel.pin, Qt.Key.Key_Return)


def test_a_pin_set_in_the_settings_opens_the_vault_after_an_auto_lock(qtbot, vault_dir, ws, team):
    files_before = sorted(p.name for p in vault_dir.iterdir())
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)
    set_pin(qtbot, window, "2580")
    qtbot.waitUntil(lambda: "Pincode ingesteld" in window.status.text(), timeout=10_000)

    panel = auto_lock(qtbot, window)

    assert panel.pin.isVisible() and panel.passphrase.isVisible()  # either opens it
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        type_pin(qtbot, panel, "2580")
    wait_caseload(qtbot, window)
    # The PIN's wrapping lives in memory only: no file was added to the profile (beyond the day's backup).
    assert sorted(p.name for p in vault_dir.iterdir() if p.name != "backups") == files_before


def test_five_wrong_pins_and_only_the_passphrase_opens_it(qtbot, vault_dir, ws, team):
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)
    set_pin(qtbot, window, "2580")
    qtbot.waitUntil(lambda: window.quick_unlock is not None, timeout=10_000)
    panel = auto_lock(qtbot, window)

    for left in (4, 3, 2, 1):
        type_pin(qtbot, panel, "1357")
        qtbot.waitUntil(lambda: panel.pin.isEnabled() and "klopt niet" in panel.message.text(), timeout=10_000)
        assert f"Nog {left} " in panel.message.text()
    type_pin(qtbot, panel, "1357")
    qtbot.waitUntil(lambda: "Ontgrendel met je wachtzin" in panel.message.text(), timeout=10_000)

    assert not panel.pin.isVisible()
    qtbot.waitUntil(panel.passphrase.hasFocus, timeout=2000)
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
    wait_caseload(qtbot, window)
    window.lock()
    assert not window.centralWidget().pin.isVisible()  # the PIN is gone for good in this session


def test_after_a_restart_only_the_passphrase_is_asked(qtbot, vault_dir, ws, team):
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)
    set_pin(qtbot, window, "2580")
    qtbot.waitUntil(lambda: window.quick_unlock is not None, timeout=10_000)
    window.close()

    again = open_window(qtbot, vault_dir)

    assert isinstance(again.centralWidget(), UnlockPanel)
    assert not again.centralWidget().pin.isVisible()


def test_a_guessable_or_mistyped_pin_is_not_set(qtbot, vault_dir, ws, team):
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)

    dialog = set_pin(qtbot, window, "1234")
    assert dialog.isVisible() and "geen rij" in dialog.message.text()
    dialog.reject()
    dialog = set_pin(qtbot, window, "2580", repeat="2581")
    assert dialog.isVisible() and "verschillen" in dialog.message.text()
    dialog.reject()
    assert window.quick_unlock is None


def test_the_pin_wrapping_ends_with_the_working_day():
    now = [0.0]
    quick = QuickUnlock(b"k" * 32, "2580", kdf=LIGHT_KDF, clock=lambda: now[0], lifetime_s=100)
    assert quick.unwrap("2580") == b"k" * 32
    with pytest.raises(WrongPin) as wrong:
        quick.unwrap("0000")
    assert wrong.value.tries_left == 4
    now[0] = 100.0
    assert not quick.usable
    with pytest.raises(QuickUnlockGone):
        quick.unwrap("2580")
