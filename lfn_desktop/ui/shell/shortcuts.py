"""Every keyboard shortcut in one table: the main window builds its actions from it, the help lists it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def window_shortcuts() -> dict[str, tuple[str, str]]:
    """Action name -> (key sequence, what it does) for the main window's actions."""
    return {
        "search": ("Ctrl+F", QCoreApplication.translate("Shortcuts", "Zoeken in de caseload")),
        "caseload": ("Alt+Left", QCoreApplication.translate("Shortcuts", "Terug naar de caseload")),
        "intake": ("Ctrl+N", QCoreApplication.translate("Shortcuts", "Nieuwe deelnemer (intake)")),
        "record": ("Ctrl+R", QCoreApplication.translate("Shortcuts", "Contact registreren in het open dossier")),
        "undo": (
            "Ctrl+Z",
            QCoreApplication.translate("Shortcuts", "Laatste wijziging ongedaan maken (buiten een tekstveld)"),
        ),
        "team": ("Ctrl+T", QCoreApplication.translate("Shortcuts", "Belasting per coach (teamleider)")),
        "figures": ("Ctrl+G", QCoreApplication.translate("Shortcuts", "Cijfers en kwartaalrapport")),
        "lock": ("Ctrl+L", QCoreApplication.translate("Shortcuts", "Scherm vergrendelen")),
        "help": ("F1", QCoreApplication.translate("Shortcuts", "Deze lijst met sneltoetsen")),
        "quit": ("Ctrl+Q", QCoreApplication.translate("Shortcuts", "Afsluiten (concepten blijven bewaard)")),
    }


def form_shortcuts() -> list[tuple[str, str]]:
    """Keys that work inside lists and forms."""
    return [
        ("Enter", QCoreApplication.translate("Shortcuts", "Gekozen deelnemer openen (in de caseload)")),
        ("Ctrl+Tab", QCoreApplication.translate("Shortcuts", "Volgend tabblad van het dossier")),
        ("Tab / Shift+Tab", QCoreApplication.translate("Shortcuts", "Volgend / vorig veld")),
        ("Spatie", QCoreApplication.translate("Shortcuts", "Levensdomein of vakje aan- of uitzetten")),
        ("Ctrl+Enter", QCoreApplication.translate("Shortcuts", "Formulier opslaan")),
        ("Esc", QCoreApplication.translate("Shortcuts", "Formulier sluiten; het concept blijft bewaard")),
        ("Alt + onderstreepte letter", QCoreApplication.translate("Shortcuts", "Naar dat veld of die knop")),
    ]
