"""What went wrong with the vault's files, in the coach's words: a full or read-only disk, damage, an app too
old. Each sentence says what is safe and what to do (the CLI says the same in English, see store/)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lfn_desktop.store.errors import (
    BackupError,
    DiskFull,
    KeyFileCorrupt,
    PathTooLong,
    ReadOnlyPlace,
    VaultCorrupt,
    VaultNeedsRoom,
    VaultTooNew,
)

# In order: the first class the problem is an instance of gives its sentence.
_SENTENCES: tuple[tuple[type[Exception] | tuple[type[Exception], ...], str], ...] = (
    (DiskFull, QT_TRANSLATE_NOOP("VaultMessages", "De schijf is vol. Wat al bewaard was, blijft veilig en er is niets "
                                 "half opgeslagen; maak ruimte vrij en probeer opnieuw.")),
    (ReadOnlyPlace, QT_TRANSLATE_NOOP("VaultMessages", "Op deze plaats kan niet geschreven worden (een schijf die "
                                      "alleen gelezen kan worden, of geen toegang). Wat er staat, blijft veilig en "
                                      "onveranderd; kies een andere plaats of vraag hulp.")),
    (PathTooLong, QT_TRANSLATE_NOOP("VaultMessages", "Het pad van de map is te lang voor de kluis. Er is niets gemaakt "
                                    "of gewijzigd; kies een kortere map.")),
    (VaultNeedsRoom, QT_TRANSLATE_NOOP("VaultMessages", "Deze versie werkt de kluis bij en maakt daarvoor eerst een "
                                       "reservekopie, maar die kon niet geschreven worden. De kluis is niet gewijzigd; "
                                       "maak ruimte vrij of kies een andere map voor de reservekopieën (Bestand → "
                                       "Reservekopieën).")),
    ((VaultCorrupt, KeyFileCorrupt), QT_TRANSLATE_NOOP("VaultMessages", "De kluis is beschadigd. Er is niets "
                                                       "gewijzigd. Zet de laatste goede reservekopie terug (Bestand → "
                                                       "Reservekopieën) of vraag hulp.")),
    (VaultTooNew, QT_TRANSLATE_NOOP("VaultMessages", "Deze kluis is gemaakt met een nieuwere versie van LfN Desktop. "
                                    "Werk de app bij; de kluis is niet gewijzigd.")),
    (BackupError, QT_TRANSLATE_NOOP("VaultMessages", "De reservekopie kon niet gebruikt worden: ze is beschadigd of "
                                    "onvolledig. Er is niets gewijzigd; kies een andere.")),
)


def vault_problem(error: BaseException) -> str | None:
    """The sentence for a problem with the vault's files, or None when ``error`` is no such problem."""
    for kinds, text in _SENTENCES:  # the store raises its disk problems as these (see store/disk_errors.py)
        if isinstance(error, kinds):
            return QCoreApplication.translate("VaultMessages", text)
    return None
