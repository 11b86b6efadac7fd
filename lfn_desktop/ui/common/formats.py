"""Dates and numbers the Belgian way (dd/MM/yyyy, decimal comma), whatever the interface language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

BELGIAN = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
DATE_FORMAT = "dd/MM/yyyy"
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def pydatetime(moment: QDateTime) -> datetime:
    d, t = moment.date(), moment.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def fmt_date(day: date | datetime | None, empty: str = "—") -> str:
    if day is None:
        return empty
    if isinstance(day, datetime):
        day = day.date()
    return BELGIAN.toString(qdate(day), DATE_FORMAT)


def fmt_datetime(moment: datetime | None, empty: str = "—") -> str:
    return BELGIAN.toString(qdatetime(moment), DATETIME_FORMAT) if moment else empty


def fmt_number(value: float, decimals: int = 1) -> str:
    return BELGIAN.toString(float(value), "f", decimals)
