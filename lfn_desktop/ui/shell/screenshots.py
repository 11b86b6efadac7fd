"""Draw the main screens on the demo data (fictional people) and save them as PNG files.

    python -m lfn_desktop.ui.shell.screenshots OUT_DIR

Used by tests/test_screenshots.py under Xvfb, and by a person to refresh docs/screenshots/.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from lfn_desktop.demo import DEMO_PASSPHRASE, fill_demo
from lfn_desktop.operations import Workspace
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.store import Store
from lfn_desktop.ui.shell.application import make_application

SCREENS = ("unlock", "caseload", "team-load", "dossier-overview", "logbook", "visit-form", "intake",
           "close-dialog", "help", "scales-star-overlaid", "participant-start", "participant-item",
           "participant-item-faces", "participant-item-words", "participant-end", "participant-item-en",
           "participant-end-en", "participant-item-ar", "participant-end-ar", "scales-side-by-side", "network-map",
           "network-comparison", "trajectory", "backups", "conflicts", "case-discussions")
SIZE = (1366, 768 - 40 - 30)  # a 1366×768 laptop screen less its task bar and the title bar


def wait_until(condition, timeout_s: float = 15.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get ready in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(ms: int = 250) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> Path:
    settle()
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    return target


def take_all(out: Path, work: Path) -> list[Path]:
    from lfn_desktop.ui.shell.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    folder = work / "vault"
    ws = Workspace(Store.create(folder, DEMO_PASSPHRASE, LIGHT_KDF))
    fill_demo(ws, today=date.today())
    users = {u.role: u for u in ws.reference.users()}
    saved = []
    MainWindow.DAILY_BACKUP_DELAY_MS = 0  # the backups screen shows the day's backup at once
    window = MainWindow(folder, ws=ws, idle_ms=3_600_000, kdf=LIGHT_KDF)
    window.resize(*SIZE)
    window.show()
    caseload = window.workspace.caseload
    wait_until(lambda: caseload.model.rowCount() > 0)
    saved.append(save(window, out, "caseload"))

    busiest = max(caseload.model.rows(), key=lambda r: (r.phase != "closed", r.release_level or 0))
    dossier = window.workspace.open_participant(busiest.participant_id)
    wait_until(lambda: dossier.dossier is not None)
    saved.append(save(window, out, "dossier-overview"))
    dossier.tabs.setCurrentWidget(dossier.logbook)
    saved.append(save(window, out, "logbook"))
    dossier.tabs.setCurrentWidget(dossier.trajectory)
    saved.append(save(window, out, "trajectory"))
    dossier.tabs.setCurrentWidget(dossier.network.parentWidget())
    saved += _network(dossier, out)
    dossier.tabs.setCurrentWidget(dossier.scales.parentWidget())
    wait_until(lambda: dossier.scales.star.series)
    saved.append(save(window, out, "scales-star-overlaid"))
    saved += _participant_mode(dossier, out)
    saved.append(_side_by_side(window, dossier, out))
    form = dossier.open_visit_form()
    form.duration.setValue(45)
    form.domains[8].setChecked(True)
    form.domains[9].setChecked(True)
    form.agreements.setPlainText("Samen de huurwaarborg aanvragen bij het OCMW.")
    form.next_step.setText("Afspraak OCMW")
    saved.append(save(window, out, "visit-form"))
    form.discard()
    dialog = dossier.open_close_dialog()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("warm_handover"))
    saved.append(save(dialog, out, "close-dialog"))
    dialog.reject()

    window.workspace.show_caseload()
    intake = window.workspace.open_intake()
    intake.given_name.setText("Noor")
    intake.family_name.setText("Voorbeeld")
    intake.municipality.setText("Testrode")
    saved.append(save(window, out, "intake"))
    intake.discard()
    help_dialog = window.show_help()
    saved.append(save(help_dialog, out, "help"))
    help_dialog.reject()
    backups = window.show_backups()
    wait_until(lambda: backups.table.rowCount() > 0)  # the day's backup, made after unlocking
    saved.append(save(backups, out, "backups"))
    backups.reject()
    saved.append(_conflicts(window, dossier, out))

    ws.reference.set_current_user(users["team_lead"].id)  # the team lead's view of the same vault
    window.lock()
    window.close()
    lead_window = MainWindow(folder, ws=Workspace(Store.open(folder, DEMO_PASSPHRASE)), idle_ms=3_600_000,
                             kdf=LIGHT_KDF)
    lead_window.resize(*SIZE)
    lead_window.show()
    team = lead_window.workspace.open_team()
    wait_until(lambda: team.table.rowCount() > 0)
    saved.append(save(lead_window, out, "team-load"))
    saved.append(_case_discussions(lead_window, busiest.participant_id, users["team_lead"].id, out))
    lead_window.lock()
    saved.append(save(lead_window, out, "unlock"))
    lead_window.close()
    return saved


def _case_discussions(window, participant_id: str, lead_id: str, out: Path) -> Path:
    from lfn_desktop.demo import hold_discussion

    hold_discussion(window.ws, participant_id, lead_id)
    page = window.workspace.open_discussions()
    wait_until(lambda: page.list.count() > 0 and page.action_table.rowCount() > 0)
    return save(window, out, "case-discussions")


def _network(dossier, out: Path) -> list[Path]:
    """The demo map, then the same map some months on compared with its intake snapshot."""
    tab = dossier.network
    wait_until(lambda: tab.scene.nodes)
    tab.view.fit()
    shots = [save(dossier.window(), out, "network-map")]
    tab.add_node("Trainer voetbalclub", "leisure", 2, "supportive")
    tab.add_node("Schuldbemiddelaar OCMW", "professional", 1, "supportive")
    people = list(tab.scene.nodes)
    tab.step_node(people[1], "out")  # someone moved further away
    tab.remove_node(people[2])  # and someone is no longer there
    tab.desk.db.wait()
    tab.reload()
    first = next(iter(tab.scene.nodes))
    tie = tab._tie_to(first)
    if tie is not None:
        tab.ws.network.update_tie(tie["id"], quality="broken")
        tab.reload()
    tab.before.setCurrentIndex(0)
    tab.after.setCurrentIndex(tab.after.findData("now"))
    tab.show_comparison()
    tab.view.fit()
    shots.append(save(dossier.window(), out, "network-comparison"))
    tab.stop_comparing()
    return shots


def _participant_mode(dossier, out: Path) -> list[Path]:
    """Each screen of the participant mode: start, an item (pictures, faces, words), the end with her star."""
    tab = dossier.scales
    tab.instrument.setCurrentIndex(tab.instrument.findData("star_diagram"))
    tab.speech_factory = lambda: None
    mode = tab.open_participant_mode()
    mode.showNormal()  # a tablet-sized window for the picture
    mode.resize(1024, 768)
    shots = [save(mode, out, "participant-start")]
    mode.start_button.click()
    mode.choose(2)
    shots.append(save(mode, out, "participant-item"))
    for style in ("faces", "words"):
        mode.style = style
        mode.show_item(1)
        mode.choose(3)
        shots.append(save(mode, out, f"participant-item-{style}"))
    mode.style = "pictograms"
    for level in (3, 2, 4, 1, 3, 2, 4, 3):
        mode.next()
        mode.choose(level)
    mode.next()
    shots.append(save(mode, out, "participant-end"))
    _hand_back(dossier, mode)
    for language in ("en", "ar"):
        shots += _participant_mode_in(dossier, out, language)
    return shots


def _participant_mode_in(dossier, out: Path, language: str) -> list[Path]:
    """An item and the end screen in another language (Arabic: right to left), one item skipped."""
    tab = dossier.scales
    tab.language.setCurrentIndex(tab.language.findData(language))
    mode = tab.open_participant_mode()
    mode.showNormal()
    mode.resize(1024, 768)
    mode.start_button.click()
    mode.choose(2)
    shots = [save(mode, out, f"participant-item-{language}")]
    for level in (3, None, 4, 1, 3, 2, 4, 3, 4):
        mode.next()
        if level is None:
            mode.unknown_button.click()  # answers and moves on
            mode.back()
        else:
            mode.choose(level)
    mode.next()
    shots.append(save(mode, out, f"participant-end-{language}"))
    _hand_back(dossier, mode)
    return shots


def _side_by_side(window, dossier, out: Path) -> Path:
    """Her star of today beside the coach's own view of the same day."""
    tab = dossier.scales
    hers = next(m for m in reversed(tab.measurements) if m.filled_by == "participant" and not m.incomplete)
    coach = dict(hers.answers) | {k: (v % 5) + 1 if isinstance(v := hers.answers.get(k), int) else 3
                                  for k in ("2", "5", "8")}  # the coach sees three domains otherwise
    window.ws.scales.record(dossier.participant_id, instrument_id=hers.instrument_id,
                            instrument_version=hers.instrument_version, taken_on=hers.taken_on, filled_by="coach",
                            answers=coach)
    tab.reload()
    wait_until(lambda: tab.pair_button.isEnabled())
    tab.pair_button.click()
    return save(window, out, "scales-side-by-side")


def _conflicts(window, dossier, out: Path) -> Path:
    """A text two coaches changed in the same words, as the server records it, in the conflicts dialog."""
    from lfn_desktop.demo import record_conflict

    ws = window.ws
    contact = next(c for c in ws.queries.dossier(dossier.participant_id).contacts if c.agreements)
    record_conflict(ws, dossier.participant_id, "contact", contact.id, "agreements", contact.agreements,
                    contact.agreements + " Ze neemt haar loonfiches mee.")
    dialog = window.sync.open_conflicts()
    shot = save(dialog, out, "conflicts")
    dialog.reject()
    return shot


def _hand_back(dossier, mode) -> None:
    mode._may_close = True  # the screenshot run hands the tablet back without the passphrase dialogue
    mode.close()
    dossier.window().show()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    make_application()
    with tempfile.TemporaryDirectory() as work:
        for path in take_all(Path(argv[0]), Path(work)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
