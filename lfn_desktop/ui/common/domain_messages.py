"""Plain Dutch sentences for the domain's refusals, chosen by the error's stable code (context "Errors")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lfn_common.errors import DomainError


def sentence(error: DomainError) -> str:
    """What to tell the coach next to the field; the domain's English text only for a code we do not know."""
    code, params = error.code, error.params
    if code == "required":
        return QCoreApplication.translate("Errors", "Vul dit veld in.")
    if code == "too_long":
        return QCoreApplication.translate("Errors", "Hoogstens %1 tekens.").replace(
            "%1", str(params.get("max_length", ""))
        )
    if code == "future_date":
        if error.field == "occurred_at":
            return QCoreApplication.translate(
                "Errors", "Een contact ligt niet in de toekomst; plan het als volgende stap."
            )
        return QCoreApplication.translate("Errors", "Deze datum ligt in de toekomst.")
    if code == "date_order":
        return QCoreApplication.translate("Errors", "De volgende stap kan niet vóór het contact liggen.")
    if code == "duration":
        return QCoreApplication.translate("Errors", "De duur ligt tussen 0 en 720 minuten.")
    if code == "email":
        return QCoreApplication.translate("Errors", "Dit is geen e-mailadres.")
    if code == "birth_year":
        return QCoreApplication.translate("Errors", "Dit geboortejaar kan niet kloppen (bijvoorbeeld 1985).")
    if code == "language":
        return QCoreApplication.translate("Errors", "Talen zijn codes van twee letters, zoals nl, fr, ar.")
    if code in ("date", "choice", "datetime", "integer", "number", "boolean", "text", "id", "list", "document",
                "answer", "too_many"):
        return QCoreApplication.translate("Errors", "Kies een geldige waarde.")
    if code == "consent_excludes_you":
        return QCoreApplication.translate(
            "Errors", "Je eigen organisatie staat er niet bij: na de volgende synchronisatie zou je dit dossier zelf "
                      "niet meer zien.")
    if code == "outside_consent":
        return QCoreApplication.translate(
            "Errors", "De organisatie van deze coach staat niet in de toestemming van de deelnemer. Leg eerst haar "
                      "toestemming daarvoor vast.")
    if code == "handover_needs_service":
        return QCoreApplication.translate("Errors", "Bij een warme overdracht kies je de dienst die overneemt.")
    if code == "before_start":
        return QCoreApplication.translate("Errors", "Deze datum ligt vóór de start van het traject.")
    if code == "phase_order":
        return QCoreApplication.translate("Errors", "Naar deze fase kan het traject niet overgaan.")
    if code == "close_needs_outcome":
        return QCoreApplication.translate("Errors", "Sluit een traject af met een uitstroom.")
    if code == "trajectory_running":
        return QCoreApplication.translate("Errors", "Deze deelnemer heeft nog een lopend traject.")
    if code == "not_found":
        return QCoreApplication.translate("Errors", "Dit bestaat niet (meer) in de kluis.")
    if code == "fte":
        return QCoreApplication.translate("Errors", "VTE is een getal boven 0 en hoogstens 1.")
    return error.message
