"""The figures as publishable tables: what the quarterly report (PDF) and its workbook (XLSX) both show.

Counts only, small counts masked as "<5", coaches numbered instead of named. Labels come from the caller
(the app passes its translated words), so this module stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lfn_common.vocabulary import CASELOAD_NORM_PER_FTE, LifeDomain, Outcome
from lfn_desktop.instruments.progress import Trend
from lfn_desktop.operations.figures import PAID_WORK_TARGETS, RUNNING_BAND, SMALL, Distribution, Figures, masked

Label = Callable[[str, object], str]  # (vocabulary, value) -> words, e.g. ("outcome", "training")


@dataclass
class Table:
    key: str  # a stable name (sheet names, tests)
    title: str
    header: list[str]
    rows: list[list[str]]
    chart: list[tuple[str, int]] | None = None  # (label, count) where a bar chart helps


def _share(part: int, whole: int) -> str:
    if not whole:
        return "—"
    if 0 < part < 5:
        return "<5"  # a share of a masked count would give the count away
    return f"{100 * part / whole:.0f}%".replace(".", ",")


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def _distribution_row(name: str, d: Distribution) -> list[str]:
    return [name, masked(d.count), *(_number(v) for v in (d.minimum, d.q1, d.median, d.q3, d.maximum))]


def tables(f: Figures, label: Label, t: Callable[[str], str] = lambda s: s) -> list[Table]:
    """``t`` translates the fixed words (the app passes Qt's translate); ``label`` the vocabulary."""
    out = []
    warm = f.outcomes[Outcome.WARM_HANDOVER.value]
    out.append(Table("summary", t("Kerncijfers"), [t("Wat"), t("Aantal"), t("Toelichting")], [
        [t("Lopende trajecten"), masked(f.running), t("band van het partnerschap: %1–%2").replace(
            "%1", str(RUNNING_BAND[0])).replace("%2", str(RUNNING_BAND[1]))],
        [t("Nieuwe trajecten"), masked(f.new_trajectories), ""],
        [t("Afgesloten trajecten"), masked(f.closed), ""],
        [t("Duurzaam betaald werk (REC + SEC)"), masked(f.durable_paid_work),
         t("%1 van de afgeslotenen; haalbaar %2, oproep %3").replace(
             "%1", _share(f.durable_paid_work, f.closed)).replace(
             "%2", f"{PAID_WORK_TARGETS[0]:.0%}").replace("%3", f"{PAID_WORK_TARGETS[1]:.0%}")],
        [t("Andere activering"), masked(f.other_activation), t("opleiding, vrijwilligerswerk, wijk-werken, AMA")],
        [t("Warme overdracht"), masked(warm), ""],
        [t("Uitval"), masked(f.outcomes[Outcome.DROPPED_OUT.value]), ""],
        [t("Verhuisd"), masked(f.outcomes[Outcome.MOVED.value]), ""],
    ]))
    norm = f"{CASELOAD_NORM_PER_FTE[0]}–{CASELOAD_NORM_PER_FTE[1]}"
    out.append(Table("caseload", t("Caseload per coach (norm %1 per VTE)").replace("%1", norm),
                     [t("Coach"), t("VTE"), t("Lopend"), t("Per VTE")],
                     [[t("Coach %1").replace("%1", str(n + 1)), _number(c.fte), masked(c.running),
                       _number(c.per_fte) if c.running >= SMALL else "—"]  # a ratio would reveal a small count
                      for n, c in enumerate(f.caseload)]))
    out.append(Table("referrals", t("Toeleiding: nieuwe trajecten per kanaal"), [t("Kanaal"), t("Aantal")],
                     [[label("channel", k), masked(v)] for k, v in f.referrals_by_channel.most_common()]))
    out.append(Table("personas", t("Persona's van de nieuwe trajecten"), [t("Persona"), t("Aantal")],
                     [[label("persona", k), masked(v)] for k, v in f.personas.most_common()]))
    # A contact rate of fewer than five trajectories would let a reader work back to single participants.
    out.append(Table("persona_capacity", t("Capaciteit per persona"),
                     [t("Persona"), t("Lopende trajecten"), t("Contacten per maand"), t("Verwacht per maand")],
                     [[label("persona", c.persona), masked(c.running),
                       _number(c.contacts_per_month) if c.running >= SMALL else "—",
                       _number(c.expected_per_month)] for c in f.persona_capacity]))
    outcome_rows = [(label("outcome", o.value), f.outcomes[o.value]) for o in Outcome]
    out.append(Table("outcomes", t("Uitstroom van de afgesloten trajecten"), [t("Uitstroom"), t("Aantal")],
                     [[name, masked(n)] for name, n in outcome_rows], chart=outcome_rows))
    stats = [t("Aantal"), t("Min"), t("Q1"), t("Mediaan"), t("Q3"), t("Max")]
    out.append(Table("intensity", t("Intensiteit en doorlooptijd"), ["", *stats], [
        _distribution_row(t("Contacten per traject per maand"), f.intensity),
        _distribution_row(t("Dagen van eerste contact tot afsluiting"), f.lead_time_days),
    ]))
    out.append(Table("contacts", t("Contacten per soort en plaats"), [t("Soort of plaats"), t("Aantal")],
                     [[label("kind", k), masked(v)] for k, v in f.contacts_by_kind.most_common()]
                     + [[label("place", k), masked(v)] for k, v in f.contacts_by_place.most_common()]))
    trend_names = [t("Vooruit"), t("Gelijk"), t("Achteruit")]
    out.append(Table("star", t("Sterdiagram: eerste en laatste meting per levensdomein"),
                     [t("Levensdomein"), *trend_names],
                     [[label("domain", int(d)), *(masked(f.star_trends.get(int(d), {}).get(tr, 0))
                                                 for tr in (Trend.PROGRESS, Trend.STANDSTILL, Trend.REGRESSION))]
                      for d in LifeDomain]))
    release = [(str(level), f.release_levels.get(level, 0)) for level in range(1, 11)]
    out.append(Table("release", t("Loslaatschaal: laatste meting"), [t("Niveau"), t("Deelnemers")],
                     [[name, masked(n)] for name, n in release], chart=release))
    out.append(Table("empowerment", t("Empowerment: eerste en laatste meting (alle items)"), trend_names,
                     [[masked(f.empowerment_trends.get(tr, 0))
                       for tr in (Trend.PROGRESS, Trend.STANDSTILL, Trend.REGRESSION)]]))
    out.append(Table("indicators", t("Indicatoren: laatste meting"), [t("Indicator"), t("Ja"), t("Van nee naar ja")],
                     [[label("indicator", k), masked(f.indicators_yes.get(k, 0)), masked(f.indicators_gained.get(k, 0))]
                      for k in ("stable_housing", "volunteer_work", "stable_care")]))
    out.append(Table("network", t("Netwerk: verandering tussen eerste en laatste momentopname"), ["", *stats], [
        _distribution_row(t("Informeel netwerk (personen)"), f.network_informal_change),
        _distribution_row(t("Formeel netwerk (diensten)"), f.network_formal_change),
    ]))
    out.append(Table("signals", t("Signalen per levensdomein"), [t("Levensdomein"), t("Signalen")],
                     [[label("domain", d) if d else t("(geen)"), str(n)]
                      for d, n in sorted(f.signals_by_domain.items())]))
    return out
