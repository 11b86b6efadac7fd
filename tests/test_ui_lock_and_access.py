"""Safe to leave for a minute: auto-lock hides the dossier and keeps the draft; wrong passphrases slow down;
the team lead's view; and every control a person can reach has an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.store import Store
from lfn_desktop.ui.dossier.view import DossierView
from lfn_desktop.ui.shell.about_dialog import AboutDialog
from lfn_desktop.ui.shell.unlock_panel import Attempts, UnlockPanel

from .conftest import PASSPHRASE
from .test_ui_helpers import flush_deletes, open_window, visible_texts, wait_caseload, wait_dossier


def test_auto_lock_hides_the_dossier_and_keeps_the_draft(qtbot, vault_dir, ws, team):
    pid = ws.participants.intake(team["partnership"], given_name="Zelie", family_name="Verzonnen",
                                 coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, vault_dir, ws)
    dossier = window.workspace.open_participant(pid)
    wait_dossier(qtbot, dossier)
    form = dossier.open_visit_form()
    qtbot.keyClicks(form.agreements, "Samen naar de huisarts")
    form.domains[7].click()
    # The short idle time starts only now: opening the dossier may take longer than it on a slow machine.
    window.idle.set_idle_ms(200)
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass  # no input for 200 ms
    flush_deletes()
    assert isinstance(window.centralWidget(), UnlockPanel)
    assert window.findChildren(DossierView) == []
    seen = " ".join(visible_texts(window))
    assert "Zelie" not in seen and "Verzonnen" not in seen and "huisarts" not in seen
    assert window.ws is None and ws.store.raw_key == b""  # the vault is closed, its key forgotten

    panel = window.centralWidget()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        panel.button.click()
    restored = window.workspace.dossier
    assert restored is not None and restored.participant_id == pid
    assert restored.visit_form is not None  # back where she was, with what she typed
    assert restored.visit_form.agreements.toPlainText() == "Samen naar de huisarts"
    assert restored.visit_form.domains[7].isChecked()
    assert window.ws.drafts.keys() == [f"visit:{pid}"]
    window.idle.stop()


def test_ctrl_l_locks_on_demand(qtbot, vault_dir, ws, team):
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)
    window.actions_by_name["lock"].trigger()
    assert isinstance(window.centralWidget(), UnlockPanel)
    assert not window.actions_by_name["intake"].isEnabled()


def test_wrong_passphrase_message_and_growing_pause(qtbot, tmp_path):
    folder = tmp_path / "v"
    Store.create(folder, PASSPHRASE, LIGHT_KDF).close()
    assert [Attempts() for _ in range(1)] and _pauses(6) == [0, 2, 4, 8, 16, 32]
    panel = UnlockPanel(folder, pause_unit_ms=40)
    qtbot.addWidget(panel)
    opened = []
    panel.unlocked.connect(opened.append)
    for tries, pause in ((1, 0), (2, 2), (3, 4)):
        panel.passphrase.setText("verkeerde wachtzin")
        panel.submit()
        qtbot.waitUntil(lambda t=tries: panel.attempts.failures == t, timeout=5000)
        assert "klopt niet" in panel.message.text()
        if pause:
            assert f"{pause} seconden" in panel.message.text()
            assert not panel.button.isEnabled()  # no new try during the pause
        qtbot.waitUntil(panel.button.isEnabled, timeout=5000)
    panel.passphrase.setText(PASSPHRASE)
    panel.submit()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert panel.passphrase.text() == ""  # the secret does not linger in the widget
    assert panel.attempts.failures == 0
    opened[0].close()


def _pauses(n: int) -> list[int]:
    attempts, out = Attempts(), []
    for _ in range(n):
        attempts.failures += 1
        out.append(attempts.pause_s())
    return out


def test_first_run_refuses_short_or_differing_passphrases(qtbot, tmp_path):
    folder = tmp_path / "new"
    panel = UnlockPanel(folder, create=True, kdf=LIGHT_KDF)
    qtbot.addWidget(panel)
    panel.name.setText("Coach Anouk")
    panel.partnership.setText("LP Testrand")
    panel.passphrase.setText("kort")
    panel.repeat.setText("kort")
    panel.submit()
    assert "minstens 8" in panel.message.text()
    panel.passphrase.setText("lang genoeg hoor")
    panel.repeat.setText("lang genoeg hoOr")
    panel.submit()
    assert "verschillen" in panel.message.text()
    assert not folder.exists()


def test_team_lead_sees_every_caseload_and_the_load_per_fte(qtbot, vault_dir, ws, team):
    p = team["partnership"]
    for n in range(4):
        ws.participants.intake(p, given_name=f"Deelnemer {n}", coach_ids=[team["coach_a"]])
    ws.participants.intake(p, given_name="Bij Bram", coach_ids=[team["coach_b"]])
    ws.reference.set_current_user(team["lead"])
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window, rows=5)  # every coach's participants
    assert window.workspace.caseload.coach.isEnabled()
    assert window.actions_by_name["team"].isVisible()
    window.actions_by_name["team"].trigger()
    team_view = window.workspace.team
    qtbot.waitUntil(lambda: team_view.table.rowCount() == 2, timeout=5000)
    rows = {team_view.table.item(r, 0).text(): [team_view.table.item(r, c).text() for c in range(6)]
            for r in range(2)}
    loads = {c.name: c for c in ws.team.load_per_coach()}
    assert loads["Coach Anouk"].per_fte == 5.0 and loads["Coach Anouk"].below_norm
    assert rows["Coach Anouk"][2:] == ["0,8", "4", "5,0", "▼ onder de norm"]  # Belgian decimal comma
    assert rows["Coach Bram"][2:5] == ["1,0", "1", "1,0"]


def test_a_coach_has_no_team_view(qtbot, vault_dir, ws, team):
    window = open_window(qtbot, vault_dir, ws)
    assert not window.actions_by_name["team"].isVisible()


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
               QTabBar)


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls without an accessible name (parts of a composite control are named by it)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit) or widget.focusProxy() is not None:
            continue  # the inner editor or clear button of a named control
        if isinstance(widget, QAbstractItemView) and isinstance(parent, QComboBox | QWidget) and \
                widget.objectName() == "qt_scrollarea_viewport":
            continue
        if widget.objectName().startswith("qt_") or type(widget).__name__ == "QHeaderView":
            continue  # Qt's own inner parts (scroll area corners, header sections)
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, vault_dir, ws, team):
    pid = ws.participants.intake(team["partnership"], given_name="Noor", coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window, rows=1)
    screens = {"caseload": unnamed_controls(window)}
    dossier = window.workspace.open_participant(pid)
    wait_dossier(qtbot, dossier)
    for index in range(dossier.tabs.count()):
        dossier.tabs.setCurrentIndex(index)
        screens[f"tab {index}"] = unnamed_controls(window)
    dossier.open_visit_form()
    screens["visit form"] = unnamed_controls(window)
    dossier.close_visit_form()
    dialog = dossier.open_close_dialog()
    screens["close dialog"] = unnamed_controls(dialog)
    dialog.reject()
    window.workspace.open_intake()
    screens["intake"] = unnamed_controls(window)
    window.workspace.intake.discard()
    help_dialog = window.show_help()
    screens["help"] = unnamed_controls(help_dialog)
    help_dialog.reject()
    window.workspace.open_figures()
    screens["figures"] = unnamed_controls(window)
    dossier.scales.speech_factory = lambda: None
    mode = dossier.scales.open_participant_mode()
    screens["participant mode"] = unnamed_controls(mode)
    mode.start_button.click()
    screens["participant item"] = unnamed_controls(mode)
    mode._may_close = True  # handed back without the passphrase: that path has its own test
    mode.close()
    window.show()
    help_dialog = window.show_help()
    help_dialog.reject()
    window.lock()
    screens["lock"] = unnamed_controls(window)
    assert {k: v for k, v in screens.items() if v} == {}


def test_the_name_check_catches_an_unnamed_button(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QPushButton("Zonder naam"))
    root.show()
    assert unnamed_controls(root) == ["QPushButton '' 'Zonder naam'"]


def test_the_about_box_names_the_version_the_schema_and_the_build(qtbot, vault_dir, ws, team):
    from lfn_desktop import __version__
    from lfn_desktop.store import schema

    window = open_window(qtbot, vault_dir, ws=ws)
    window.actions_by_name["about"].trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.details.text()
    assert __version__ in text and schema.head_revision() in text
    assert "SQLCipher" in text and "4." in text
