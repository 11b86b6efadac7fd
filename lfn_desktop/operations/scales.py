"""Scale measurements: a filled-in instrument, recorded with who filled it in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from lfn_common.errors import ValidationError
from lfn_common.fields import SKIP, UNKNOWN  # noqa: F401 - the answers that are not a level, for the screens
from lfn_common.validation import check_not_future, coerce_enum, optional_text
from lfn_common.vocabulary import FilledBy
from lfn_desktop.store.models import Measurement, Participant

from .base import Changed, Operations


def clean_measurement(values: Mapping[str, Any]) -> dict[str, Any]:
    instrument_id = str(values.get("instrument_id") or "").strip()
    if not instrument_id:
        raise ValidationError("Name the instrument.", field="instrument_id", code="required")
    try:
        version = int(values.get("instrument_version"))
    except (TypeError, ValueError):
        raise ValidationError("Name the instrument version.", field="instrument_version",
                              code="required") from None
    taken_on = values.get("taken_on")
    if not isinstance(taken_on, date):  # a datetime is a date too: check_not_future drops its time
        raise ValidationError("Give the date of the measurement.", field="taken_on", code="required")
    taken_on = check_not_future(taken_on, "taken_on")
    answers = {}
    for item, answer in dict(values.get("answers") or {}).items():
        if answer in (SKIP, UNKNOWN) or (isinstance(answer, int) and not isinstance(answer, bool)):
            answers[str(item)] = answer
        else:
            raise ValidationError(f"Answer {answer!r} for {item} is not a level, skip or unknown.",
                                  field="answers", code="answer")
    if not answers:
        raise ValidationError("A measurement needs at least one answer.", field="answers", code="required")
    return {
        "instrument_id": instrument_id,
        "instrument_version": version,
        "taken_on": taken_on,
        "filled_by": coerce_enum(FilledBy, values.get("filled_by"), "filled_by").value,
        "answers": answers,
        "comment": optional_text(values.get("comment"), "comment"),
        "incomplete": bool(values.get("incomplete", False)),
    }


class ScaleOps(Operations):
    def record(self, participant_id: str, **values: Any) -> Changed:
        return self.record_many([{"participant_id": participant_id, **values}])

    def record_many(self, measurements: Iterable[Mapping[str, Any]]) -> Changed:
        prepared = [(m.get("participant_id"), clean_measurement(m)) for m in measurements]
        with self._write() as w:
            for participant_id in {p for p, _ in prepared}:
                self._live(w, Participant, participant_id, "participant_id")
            ids = w.insert_many(Measurement, [v | {"participant_id": p} for p, v in prepared])
            return self._changed(w, ids[-1] if ids else None)

    def update_comment(self, measurement_id: str, comment: str | None) -> Changed:
        with self._write() as w:
            self._live(w, Measurement, measurement_id, "measurement_id")
            w.update(Measurement, measurement_id, {"comment": optional_text(comment, "comment")})
            return self._changed(w, measurement_id)

    def delete(self, measurement_id: str) -> Changed:
        with self._write() as w:
            self._live(w, Measurement, measurement_id, "measurement_id")
            w.delete(Measurement, measurement_id)
            return self._changed(w, measurement_id)

    def of_participant(self, participant_id: str, instrument_id: str | None = None) -> list[Measurement]:
        with self.store.read() as session:
            query = select(Measurement).where(Measurement.participant_id == participant_id,
                                              Measurement.deleted.is_(False))
            if instrument_id:
                query = query.where(Measurement.instrument_id == instrument_id)
            return list(session.scalars(query.order_by(Measurement.taken_on, Measurement.created_at)))
