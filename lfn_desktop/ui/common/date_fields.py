"""Date fields in the Belgian format where Tab leaves the field (Qt's default walks day, month, year first,
which breaks a form's tab order); the parts are still reached with the arrow keys."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from lfn_desktop.ui.common.formats import BELGIAN, DATE_FORMAT, DATETIME_FORMAT, qdate, qdatetime


class DateField(QDateEdit):
    def __init__(self, day: date, accessible_name: str, parent=None):
        super().__init__(qdate(day), parent, calendarPopup=True, displayFormat=DATE_FORMAT,
                         accessibleName=accessible_name)
        self.setLocale(BELGIAN)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, forward)


class DateTimeField(QDateTimeEdit):
    def __init__(self, moment: datetime, accessible_name: str, parent=None):
        super().__init__(qdatetime(moment), parent, calendarPopup=True, displayFormat=DATETIME_FORMAT,
                         accessibleName=accessible_name)
        self.setLocale(BELGIAN)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, forward)
