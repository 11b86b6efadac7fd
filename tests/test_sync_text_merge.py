"""Free text that two coaches changed offline loses nothing: their edits are merged on the text both started from
(lfn_common/text_merge.py, diff-match-patch); only edits of the same words become a conflict. Real vaults, the
real server over HTTP on loopback, on both databases.
"""

from __future__ import annotations

from sqlalchemy import select

from lfn_common.text_merge import merge_text
from lfn_desktop.operations.conflicts import ConflictOps
from lfn_desktop.store.models import Contact

from .test_sync_e2e import intake, laptops, partnership, visit  # noqa: F401 - the e2e fixtures

FIRST = "Eerste huisbezoek. Ze wil graag werken in de zorg."


def notes_of(laptop, contact_id: str) -> str:
    with laptop.store.read() as s:
        return s.scalar(select(Contact.notes).where(Contact.id == contact_id))


def shared_visit(laptops, partnership):  # noqa: F811 - the fixtures, handed on
    anouk, bram = laptops("anouk"), laptops("bram")
    noor = intake(anouk, [partnership.coach_a, partnership.coach_b])
    contact = visit(anouk, noor, FIRST)
    anouk.sync()
    bram.sync()
    assert notes_of(bram, contact) == FIRST
    return anouk, bram, noor, contact


def test_two_coaches_append_different_paragraphs_offline_and_both_are_everywhere(laptops, partnership):  # noqa: F811
    anouk, bram, noor, contact = shared_visit(laptops, partnership)
    anouk.ws.contacts.update(contact, notes=FIRST + "\n\nAnouk: samen het cv opgesteld.")
    bram.ws.contacts.update(contact, notes=FIRST + "\n\nBram: de buurvrouw past op de kinderen.")
    for laptop in (anouk, bram, anouk):
        laptop.sync()
    merged = notes_of(anouk, contact)
    assert merged == notes_of(bram, contact)
    assert "Anouk: samen het cv opgesteld." in merged and "Bram: de buurvrouw past op de kinderen." in merged
    assert merged.startswith(FIRST)
    assert ConflictOps(anouk.store).open(noor) == ConflictOps(bram.store).open(noor) == []


def test_edits_of_different_sentences_merge_and_edits_of_the_same_words_conflict(laptops, partnership):  # noqa: F811
    anouk, bram, noor, contact = shared_visit(laptops, partnership)
    anouk.ws.contacts.update(contact, notes=FIRST.replace("Eerste huisbezoek.", "Eerste huisbezoek, met haar zus."))
    bram.ws.contacts.update(contact, notes=FIRST.replace("in de zorg", "in de kinderopvang"))
    for laptop in (anouk, bram, anouk):
        laptop.sync()
    assert notes_of(anouk, contact) == notes_of(bram, contact) == \
        "Eerste huisbezoek, met haar zus. Ze wil graag werken in de kinderopvang."
    assert ConflictOps(anouk.store).open(noor) == []

    # Now both change the same words: one text is kept, the other recorded, once, on both laptops.
    anouk.ws.contacts.update(contact, notes=notes_of(anouk, contact).replace("kinderopvang", "schoonmaak"))
    bram.ws.contacts.update(contact, notes=notes_of(bram, contact).replace("kinderopvang", "keuken"))
    for laptop in (anouk, bram, anouk):
        laptop.sync()
    assert notes_of(anouk, contact) == notes_of(bram, contact)
    for laptop in (anouk, bram):
        [conflict] = ConflictOps(laptop.store).open(noor)
        assert conflict.field == "notes"
        assert {conflict.kept_value["value"], conflict.other_value["value"]} == {
            "Eerste huisbezoek, met haar zus. Ze wil graag werken in de schoonmaak.",
            "Eerste huisbezoek, met haar zus. Ze wil graag werken in de keuken."}
    [conflict] = ConflictOps(anouk.store).open(noor)
    ConflictOps(anouk.store).resolve(conflict.id, "other")
    for laptop in (anouk, bram):
        laptop.sync()
    assert ConflictOps(bram.store).open(noor) == []
    assert notes_of(anouk, contact) == notes_of(bram, contact) == conflict.other_value["value"]


def test_the_merge_keeps_both_sides_and_gives_up_where_they_overlap():
    base = "Een.\nTwee.\nDrie."
    assert merge_text(base, "Een!\nTwee.\nDrie.", "Een.\nTwee.\nDrie!") == "Een!\nTwee.\nDrie!"
    assert merge_text(base, base + "\nVier.", base + "\nVijf.") == base + "\nVier.\nVijf."  # kept side first
    assert merge_text("Ze helpt met de post.", "Ze helpt soms met de post.", "Ze helpt niet met de post.") is None
    assert merge_text(base, "Een.\nTwee?\nDrie.", "Een.\nTwee!\nDrie.") is None
    assert merge_text(base, "Een.\nDrie.", base) == "Een.\nDrie."  # only one side changed: that change


def test_a_delete_against_an_unseen_edit_shows_the_one_who_deleted_what_the_other_changed(
        qtbot, laptops, partnership):  # noqa: F811
    """Bram adds to the notes and syncs; Anouk, who never saw that, deletes the visit. At her next sync the
    conflicts view shows her Bram's words (plain text), and "keep the other" brings the visit back everywhere."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QPushButton

    from .test_ui_conflicts import open_dialog
    from .test_ui_helpers import open_window, settle

    anouk, bram, noor, contact = shared_visit(laptops, partnership)
    added = FIRST + "\n\nBram: <b>ze</b> begint maandag als vrijwilliger."
    bram.ws.contacts.update(contact, notes=added)
    bram.sync()
    anouk.ws.contacts.delete(contact)
    anouk.sync()
    [conflict] = ConflictOps(anouk.store).open(noor)
    assert (conflict.kind, conflict.other_value["edits"]) == ("delete_vs_edit", {"notes": added})
    assert notes_of(anouk, contact) == added  # the row keeps Bram's text, deleted until someone restores it

    window = open_window(qtbot, anouk.store.paths.folder, anouk.ws)
    dialog = open_dialog(qtbot, window)  # Synchronisatie → Conflicten…
    shown = next(label for label in dialog.body.findChildren(QLabel)
                 if label.accessibleName() == "Wat de ander wijzigde")
    assert shown.textFormat() == Qt.TextFormat.PlainText and "notes: " + added in shown.text()
    restore = next(b for b in dialog.body.findChildren(QPushButton)
                   if b.accessibleName() == "Andere wijziging: deze houden")
    QTest.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ConflictOps(anouk.store).open(noor) == [], timeout=5000)
    settle(window)
    for laptop in (anouk, bram):
        laptop.sync()
    for laptop in (anouk, bram):
        assert [c.id for c in laptop.ws.queries.dossier(noor).contacts] == [contact]
        assert notes_of(laptop, contact) == added
    settle(window)
