"""Readable for everyone: every text colour at WCAG's 4.5:1 or more against what it is drawn on, and a focus ring a
coach can see around whatever she reaches with Tab (a life-domain toggle, the caseload table)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFocusFrame, QGraphicsSimpleTextItem

from lfn_desktop.ui.common.look import ERROR_TEXT, FOCUS, INK, MUTED_TEXT, TEXT_ON, contrast
from lfn_desktop.ui.network.scene import NetworkScene

from .test_ui_helpers import open_new_dossier, open_window, wait_caseload

WHITE = QColor("#ffffff")


def test_every_text_colour_of_the_palette_reads_at_4_5_to_1(qapp):
    palette = QApplication.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in TEXT_ON:
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            assert ratio >= 4.5, f"{text.name} on {background.name}: {ratio:.2f}:1"


def test_the_apps_own_text_colours_read_at_4_5_to_1_and_the_focus_ring_at_3(qapp):
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    for colour in (INK, MUTED_TEXT, ERROR_TEXT):
        assert contrast(colour, WHITE) >= 4.5 and contrast(colour, window) >= 4.5, colour.name()
    assert contrast(FOCUS, WHITE) >= 3 and contrast(FOCUS, window) >= 3  # WCAG's ratio for what is not text


def test_every_text_on_the_network_map_reads_at_4_5_to_1(qapp):
    scene = NetworkScene()
    scene.set_map({"nodes": [], "ties": []}, "Ik")
    texts = [item for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]
    assert len(texts) >= 4  # the rings' and the sectors' names, and the centre
    for item in texts:
        assert contrast(item.brush().color(), WHITE) >= 4.5, item.text()


def ring_of(widget) -> QFocusFrame | None:
    frames = [f for f in widget.window().findChildren(QFocusFrame) if f.isVisible() and f.widget() is widget]
    return frames[0] if frames else None


def test_tabbing_to_a_life_domain_toggle_shows_a_ring_around_it(qtbot, vault_dir, ws, team):
    window, dossier, _ = open_new_dossier(qtbot, vault_dir, ws, team)
    form = dossier.open_visit_form()
    toggle = form.domains[1]
    toggle.setFocus()
    QTest.keyClick(toggle, Qt.Key.Key_Tab)  # on to the next domain, as she would
    focused = QApplication.focusWidget()
    assert focused is form.domains[2]

    ring = ring_of(focused)
    assert ring is not None
    outer = ring.geometry()
    inner = focused.geometry().translated(focused.parentWidget().mapTo(ring.parentWidget(), focused.pos())
                                          - focused.pos())
    assert outer.contains(inner) and outer.width() - inner.width() >= 2 * 3
    image = window.grab().toImage()
    top_left = ring.parentWidget().mapTo(window, outer.topLeft())
    band = [image.pixelColor(top_left.x() + outer.width() // 2, top_left.y() + dy) for dy in range(3)]
    assert sum(contrast(colour, FOCUS) < 1.3 for colour in band) >= 2  # at least 2 of the 3 px are the ring


def test_the_caseload_table_shows_the_ring_when_it_has_the_keyboard(qtbot, vault_dir, ws, team):
    ws.participants.intake(team["partnership"], given_name="Ringa", coach_ids=[team["coach_a"]])
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window, rows=1)
    view = window.workspace.caseload
    view.search.setFocus()
    for _ in range(3):  # search → phase → municipality → the table (a coach's own caseload: no coach filter)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    assert ring_of(view.table) is not None


def test_a_name_from_another_laptop_is_shown_as_typed_never_as_html(qtbot, vault_dir, ws, team):
    from PySide6.QtWidgets import QLabel

    tricky = "<b>Vet</b><img src='file:///etc/passwd'>"
    pid = ws.participants.intake(team["partnership"], given_name=tricky, coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, vault_dir, ws)
    dossier = window.workspace.open_participant(pid)
    qtbot.waitUntil(lambda: dossier.dossier is not None, timeout=5000)
    dossier.open_visit_form()
    close = dossier.open_close_dialog()
    QApplication.processEvents()

    showing = [label for label in window.findChildren(QLabel) + close.findChildren(QLabel)
               if label.isVisible() and "<b>Vet</b>" in label.text()]
    assert len(showing) >= 3  # the dossier header, the visit form's title, the close dialog's sentence
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.accessibleName()
