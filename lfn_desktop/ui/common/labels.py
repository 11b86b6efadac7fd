"""Dutch labels for the domain's vocabulary, translated through Qt (context "Labels").

Each function builds its table when called, so the labels follow the translator installed at start.
Stored values stay English identifiers; only these labels reach the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lfn_common.vocabulary import LifeDomain


def life_domains() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("Labels", "Ontwikkeling en vorming"),
        2: QCoreApplication.translate("Labels", "Zelfbepaling, cultuur en religie"),
        3: QCoreApplication.translate("Labels", "Relaties en netwerk"),
        4: QCoreApplication.translate("Labels", "Emotioneel welzijn"),
        5: QCoreApplication.translate("Labels", "Rechten"),
        6: QCoreApplication.translate("Labels", "Werk en maatschappelijke deelname"),
        7: QCoreApplication.translate("Labels", "Lichamelijk welzijn en gezondheid"),
        8: QCoreApplication.translate("Labels", "Wonen en financiën"),
        9: QCoreApplication.translate("Labels", "Administratie"),
        10: QCoreApplication.translate("Labels", "Justitie"),
    }


def coordination() -> str:
    """The partnership's coordination as a party to the participant's consent (its id in the consent list)."""
    return QCoreApplication.translate("Labels", "Coördinatie van het partnerschap (teamleider)")


def phases() -> dict[str, str]:
    return {
        "acquaintance": QCoreApplication.translate("Labels", "Kennismaking"),
        "active": QCoreApplication.translate("Labels", "Actief"),
        "closing": QCoreApplication.translate("Labels", "Afronding"),
        "closed": QCoreApplication.translate("Labels", "Afgesloten"),
    }


def contact_kinds() -> dict[str, str]:
    return {
        "home_visit": QCoreApplication.translate("Labels", "Huisbezoek"),
        "outreach_walk": QCoreApplication.translate("Labels", "Outreach in de buurt"),
        "office": QCoreApplication.translate("Labels", "Gesprek op kantoor"),
        "phone": QCoreApplication.translate("Labels", "Telefoon"),
        "video": QCoreApplication.translate("Labels", "Videogesprek"),
        "message": QCoreApplication.translate("Labels", "Bericht"),
        "accompaniment": QCoreApplication.translate("Labels", "Meegaan naar een dienst"),
        "group": QCoreApplication.translate("Labels", "Groepsmoment"),
        "no_show": QCoreApplication.translate("Labels", "Niet doorgegaan"),
    }


def contact_places() -> dict[str, str]:
    return {
        "home": QCoreApplication.translate("Labels", "Thuis"),
        "neighbourhood": QCoreApplication.translate("Labels", "In de buurt"),
        "office": QCoreApplication.translate("Labels", "Op kantoor"),
        "service": QCoreApplication.translate("Labels", "Bij een dienst"),
        "school": QCoreApplication.translate("Labels", "Aan de school"),
        "remote": QCoreApplication.translate("Labels", "Op afstand"),
        "other": QCoreApplication.translate("Labels", "Elders"),
    }


def outcomes() -> dict[str, str]:
    return {
        "paid_work_rec": QCoreApplication.translate("Labels", "Betaald werk (reguliere economie)"),
        "paid_work_sec": QCoreApplication.translate("Labels", "Betaald werk (sociale economie, maatwerk)"),
        "training": QCoreApplication.translate("Labels", "Opleiding"),
        "volunteer_work": QCoreApplication.translate("Labels", "Vrijwilligerswerk"),
        "wijk_werken": QCoreApplication.translate("Labels", "Wijk-werken"),
        "ama": QCoreApplication.translate("Labels", "Arbeidsmatige activiteiten"),
        "warm_handover": QCoreApplication.translate("Labels", "Warme overdracht"),
        "moved": QCoreApplication.translate("Labels", "Verhuisd"),
        "dropped_out": QCoreApplication.translate("Labels", "Afgehaakt of geen hulpvraag meer"),
    }


def referral_channels() -> dict[str, str]:
    return {
        "vdab": QCoreApplication.translate("Labels", "VDAB"),
        "ocmw": QCoreApplication.translate("Labels", "OCMW"),
        "partner": QCoreApplication.translate("Labels", "Partnerorganisatie"),
        "outreach": QCoreApplication.translate("Labels", "Outreachnetwerk"),
        "peer": QCoreApplication.translate("Labels", "Via een andere deelnemer"),
        "self": QCoreApplication.translate("Labels", "Op eigen initiatief"),
        "other": QCoreApplication.translate("Labels", "Andere"),
    }


def goal_statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "achieved": QCoreApplication.translate("Labels", "Bereikt"),
        "dropped": QCoreApplication.translate("Labels", "Losgelaten"),
    }


def roles() -> dict[str, str]:
    return {
        "coach": QCoreApplication.translate("Labels", "Trajectbegeleider"),
        "team_lead": QCoreApplication.translate("Labels", "Teamleider"),
        "support_group": QCoreApplication.translate("Labels", "Ondersteuningsgroep"),
    }


def inflow_criteria() -> dict[str, str]:
    """Inflow criteria the partnership checks at intake (stored by key; unknown keys are shown as stored)."""
    return {
        "far_from_labour_market": QCoreApplication.translate("Labels", "Ver van de arbeidsmarkt"),
        "multiple_problems": QCoreApplication.translate("Labels", "Problemen op meerdere levensdomeinen"),
        "not_reached": QCoreApplication.translate("Labels", "Niet bereikt door het reguliere aanbod"),
        "no_diploma": QCoreApplication.translate("Labels", "Geen diploma secundair onderwijs"),
        "long_unemployed": QCoreApplication.translate("Labels", "Langer dan twee jaar zonder werk"),
    }


def node_kinds() -> dict[str, str]:
    return {
        "family": QCoreApplication.translate("Labels", "Familie"),
        "household": QCoreApplication.translate("Labels", "Huisgenoot"),
        "friend": QCoreApplication.translate("Labels", "Vriend(in)"),
        "neighbour": QCoreApplication.translate("Labels", "Buur"),
        "school_work": QCoreApplication.translate("Labels", "School of werk"),
        "leisure": QCoreApplication.translate("Labels", "Vrije tijd"),
        "professional": QCoreApplication.translate("Labels", "Hulpverlener of dienst"),
    }


def sectors() -> dict[str, str]:
    return {
        "family": QCoreApplication.translate("Labels", "Familie en huisgenoten"),
        "friends": QCoreApplication.translate("Labels", "Vrienden en buren"),
        "school_work": QCoreApplication.translate("Labels", "School, werk en vrije tijd"),
        "professional": QCoreApplication.translate("Labels", "Hulpverlening"),
    }


def rings() -> dict[int, str]:
    return {1: QCoreApplication.translate("Labels", "Heel dichtbij"),
            2: QCoreApplication.translate("Labels", "Dichtbij"),
            3: QCoreApplication.translate("Labels", "Verder weg")}


def tie_qualities() -> dict[str, str]:
    return {
        "supportive": QCoreApplication.translate("Labels", "Steunend"),
        "neutral": QCoreApplication.translate("Labels", "Neutraal"),
        "stressful": QCoreApplication.translate("Labels", "Stresserend of conflict"),
        "broken": QCoreApplication.translate("Labels", "Verbroken"),
    }


def tie_directions() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "(niet gezegd)"),
        "gives": QCoreApplication.translate("Labels", "Deelnemer geeft steun"),
        "receives": QCoreApplication.translate("Labels", "Deelnemer krijgt steun"),
        "both": QCoreApplication.translate("Labels", "Over en weer"),
    }


def contact_frequencies() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "(niet gezegd)"),
        "daily": QCoreApplication.translate("Labels", "Dagelijks"),
        "weekly": QCoreApplication.translate("Labels", "Wekelijks"),
        "monthly": QCoreApplication.translate("Labels", "Maandelijks"),
        "rarely": QCoreApplication.translate("Labels", "Zelden"),
    }


def support_kinds() -> dict[str, str]:
    return {
        "emotional": QCoreApplication.translate("Labels", "Emotioneel"),
        "practical": QCoreApplication.translate("Labels", "Praktisch"),
        "information": QCoreApplication.translate("Labels", "Informatie"),
        "advice": QCoreApplication.translate("Labels", "Advies"),
    }


def label(table: dict, value, empty: str = "—") -> str:
    """The label of ``value`` in ``table``; the value itself when the vocabulary grew, ``empty`` for none."""
    if value is None or value == "":
        return empty
    return table.get(value, str(value))


def all_life_domains() -> list[int]:
    return [int(d) for d in LifeDomain]


def life_domains_short() -> dict[int, str]:
    """One or two words per domain, under its pictogram."""
    return {
        1: QCoreApplication.translate("Labels", "Ontwikkeling"),
        2: QCoreApplication.translate("Labels", "Zelfbepaling"),
        3: QCoreApplication.translate("Labels", "Relaties"),
        4: QCoreApplication.translate("Labels", "Welzijn"),
        5: QCoreApplication.translate("Labels", "Rechten"),
        6: QCoreApplication.translate("Labels", "Werk"),
        7: QCoreApplication.translate("Labels", "Gezondheid"),
        8: QCoreApplication.translate("Labels", "Wonen en geld"),
        9: QCoreApplication.translate("Labels", "Administratie"),
        10: QCoreApplication.translate("Labels", "Justitie"),
    }
