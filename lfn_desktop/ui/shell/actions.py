"""Every command of the main window in one table: its menu, text, shortcut, help line, handler and when it
is enabled. The window builds its menus and shortcuts from it, the F1 help lists it; a new screen adds its
entries here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lfn_desktop.ui.shell.agenda_export import ask_and_export_agenda

if TYPE_CHECKING:
    from lfn_desktop.ui.shell.main_window import MainWindow


T = "Actions"  # the translation context of every text below (marked with QT_TRANSLATE_NOOP for pyside6-lupdate)


class When(Enum):
    ALWAYS = "always"
    UNLOCKED = "unlocked"  # a vault is open
    LEAD = "lead"  # a vault is open and its user is a team lead (hidden otherwise)
    UNDOABLE = "undoable"  # there is an edit to undo


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str
    text: str  # the menu text, with its Alt letter
    run: Callable[[MainWindow], object]
    keys: str | None = None
    help: str | None = None  # the F1 line; without it the menu text is used
    when: When = When.UNLOCKED

    def label(self) -> str:
        return QCoreApplication.translate(T, self.text)

    def help_line(self) -> str:
        return QCoreApplication.translate(T, self.help) if self.help else self.label().replace("&", "")


# The menus in their order on the bar; "settings" is filled by the window (a group of choices, not commands).
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&Bestand")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "Be&werken")),
    ("view", QT_TRANSLATE_NOOP("Actions", "Bee&ld")),
    ("settings", QT_TRANSLATE_NOOP("Actions", "&Instellingen")),
    ("sync", QT_TRANSLATE_NOOP("Actions", "S&ynchronisatie")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("intake", "file", QT_TRANSLATE_NOOP("Actions", "&Nieuwe deelnemer…"),
               lambda w: w.workspace.open_intake(), "Ctrl+N",
               QT_TRANSLATE_NOOP("Actions", "Nieuwe deelnemer (intake)")),
    ActionSpec("backups", "file", QT_TRANSLATE_NOOP("Actions", "&Reservekopieën…"),
               lambda w: w.show_backups(), help=QT_TRANSLATE_NOOP(
                   "Actions", "Reservekopieën: map, hoeveel bewaren, nu maken, terugzetten (ook vergrendeld)"),
               when=When.ALWAYS),
    ActionSpec("agenda", "file", QT_TRANSLATE_NOOP("Actions", "A&genda exporteren (ICS)…"),
               lambda w: ask_and_export_agenda(w, w.desk, w.say), help=QT_TRANSLATE_NOOP(
                   "Actions", "Geplande contacten als agendabestand voor Outlook of telefoon (zonder namen)")),
    ActionSpec("lock", "file", QT_TRANSLATE_NOOP("Actions", "&Vergrendelen"),
               lambda w: w.lock(), "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions", "Scherm vergrendelen")),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Afsluiten"),
               lambda w: w.close(), "Ctrl+Q",
               QT_TRANSLATE_NOOP("Actions", "Afsluiten (concepten blijven bewaard)"), When.ALWAYS),
    ActionSpec("undo", "edit", QT_TRANSLATE_NOOP("Actions", "&Ongedaan maken"),
               lambda w: w.undo(), "Ctrl+Z",
               QT_TRANSLATE_NOOP("Actions", "Laatste wijziging ongedaan maken (buiten een tekstveld)"), When.UNDOABLE),
    ActionSpec("redo", "edit", QT_TRANSLATE_NOOP("Actions", "Opnieuw &doen"),
               lambda w: w.redo(), "Ctrl+Shift+Z",
               QT_TRANSLATE_NOOP("Actions", "Wat ongedaan gemaakt is, opnieuw doen"), When.UNDOABLE),
    ActionSpec("record", "edit", QT_TRANSLATE_NOOP("Actions", "Contact &registreren"),
               lambda w: w.workspace.record_visit(), "Ctrl+R",
               QT_TRANSLATE_NOOP("Actions", "Contact registreren in het open dossier")),
    ActionSpec("caseload", "view", QT_TRANSLATE_NOOP("Actions", "&Caseload"),
               lambda w: w.workspace.show_caseload(), "Alt+Left",
               QT_TRANSLATE_NOOP("Actions", "Terug naar de caseload")),
    ActionSpec("search", "view", QT_TRANSLATE_NOOP("Actions", "&Zoeken"),
               lambda w: w.search(), "Ctrl+F",
               QT_TRANSLATE_NOOP("Actions", "Zoeken in de caseload")),
    ActionSpec("team", "view", QT_TRANSLATE_NOOP("Actions", "&Belasting per coach"),
               lambda w: w.workspace.open_team(), "Ctrl+T",
               QT_TRANSLATE_NOOP("Actions", "Belasting per coach (teamleider)"), When.LEAD),
    ActionSpec("personas", "view", QT_TRANSLATE_NOOP("Actions", "&Persona's…"),
               lambda w: w.show_personas(), help=QT_TRANSLATE_NOOP(
                   "Actions", "Persona's van het partnerschap en hun verwachte intensiteit (teamleider)"),
               when=When.LEAD),
    ActionSpec("discussions", "view", QT_TRANSLATE_NOOP("Actions", "Casusbesp&rekingen"),
               lambda w: w.workspace.open_discussions(), "Ctrl+B",
               QT_TRANSLATE_NOOP("Actions", "Casusbesprekingen: agenda, verslag, acties")),
    ActionSpec("figures", "view", QT_TRANSLATE_NOOP("Actions", "C&ijfers en kwartaalrapport"),
               lambda w: w.workspace.open_figures(), "Ctrl+G",
               QT_TRANSLATE_NOOP("Actions", "Cijfers en kwartaalrapport")),
    ActionSpec("published", "view", QT_TRANSLATE_NOOP("Actions", "Gep&ubliceerde cijfers"),
               lambda w: w.workspace.open_published(),
               help=QT_TRANSLATE_NOOP("Actions", "Wat de teamleider publiceerde voor de ondersteuningsgroep")),
    ActionSpec("pin", "settings", QT_TRANSLATE_NOOP("Actions", "&Pincode voor snel ontgrendelen…"),
               lambda w: w.set_pin(), help=QT_TRANSLATE_NOOP(
                   "Actions", "Een pincode om na vergrendelen snel te ontgrendelen (tot de app sluit)")),
    ActionSpec("sync", "sync", QT_TRANSLATE_NOOP("Actions", "Nu &synchroniseren"),
               lambda w: w.sync.start(), "F5",
               QT_TRANSLATE_NOOP("Actions", "Synchroniseren met de server")),
    ActionSpec("enrol", "sync", QT_TRANSLATE_NOOP("Actions", "Laptop &koppelen aan de server…"),
               lambda w: w.sync.open_enrol()),
    ActionSpec("conflicts", "sync", QT_TRANSLATE_NOOP("Actions", "&Conflicten…"),
               lambda w: w.sync.open_conflicts()),
    ActionSpec("team_admin", "sync", QT_TRANSLATE_NOOP("Actions", "&Teambeheer…"),
               lambda w: w.sync.open_team_admin(), help=QT_TRANSLATE_NOOP(
                   "Actions", "Teambeheer (teamleider, online): mensen, laptops, organisaties, toewijzingen"),
               when=When.LEAD),
    ActionSpec("help", "help", QT_TRANSLATE_NOOP("Actions", "&Sneltoetsen"),
               lambda w: w.show_help(), "F1",
               QT_TRANSLATE_NOOP("Actions", "Deze lijst met sneltoetsen"), When.ALWAYS),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&Over LfN Desktop…"),
               lambda w: w.show_about(), when=When.ALWAYS),
)


def form_shortcuts() -> list[tuple[str, str]]:
    """Keys that work inside lists and forms (no window command behind them)."""
    return [
        ("Enter", QCoreApplication.translate("Actions", "Gekozen deelnemer openen (in de caseload)")),
        ("Ctrl+Tab", QCoreApplication.translate("Actions", "Volgend tabblad van het dossier")),
        ("Tab / Shift+Tab", QCoreApplication.translate("Actions", "Volgend / vorig veld")),
        ("Spatie", QCoreApplication.translate("Actions", "Levensdomein of vakje aan- of uitzetten")),
        ("Ctrl+Enter", QCoreApplication.translate("Actions", "Formulier opslaan")),
        ("Esc", QCoreApplication.translate("Actions", "Formulier sluiten; het concept blijft bewaard")),
        ("Alt + onderstreepte letter", QCoreApplication.translate("Actions", "Naar dat veld of die knop")),
    ]
