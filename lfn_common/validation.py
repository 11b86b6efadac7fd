"""Validation rules that belong to the domain, one place each."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date, datetime

from lfn_common.errors import ValidationError

_DIGITS = re.compile(r"\D")


def normalise_enterprise_number(raw: str, *, field: str = "enterprise_number") -> str:
    """Return a Belgian enterprise number as ``0123.456.749`` or raise.

    The number has ten digits (a nine-digit legacy form gets a leading 0) and the last two digits are
    97 minus the first eight modulo 97 (the KBO/BCE check).
    """
    digits = _DIGITS.sub("", raw or "")
    if len(digits) == 9:
        digits = "0" + digits
    if len(digits) != 10 or digits[0] not in "01":
        raise ValidationError(
            "An enterprise number has ten digits and starts with 0 or 1.", field=field, code="enterprise_format"
        )
    if 97 - int(digits[:8]) % 97 != int(digits[8:]):
        raise ValidationError(
            "This enterprise number fails its check digits; please check for a typing error.",
            field=field,
            code="enterprise_checksum",
        )
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def require_text(value: str | None, field: str, *, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("This field is required.", field=field, code="required")
    if len(text) > max_length:
        raise ValidationError(
            f"At most {max_length} characters.", field=field, code="too_long", max_length=max_length
        )
    return text


def optional_text(value: str | None, field: str, *, max_length: int = 20_000) -> str | None:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            f"At most {max_length} characters.", field=field, code="too_long", max_length=max_length
        )
    return text or None


def check_birth_year(year: int | None, *, today: date | None = None) -> int | None:
    if year is None:
        return None
    today = today or date.today()
    if not (today.year - 110 <= year <= today.year - 12):
        raise ValidationError(
            "The birth year is not plausible for a participant.", field="birth_year", code="birth_year"
        )
    return year


def as_date(value, field: str) -> date | None:
    """A calendar date: a ``datetime`` loses its time of day, anything else but a date is refused."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    raise ValidationError("Give a date.", field=field, code="date")


def check_not_future(day, field: str, *, today: date | None = None) -> date | None:
    """Return ``day`` as a date, refusing one in the future."""
    day = as_date(day, field)
    if day is not None and day > (today or date.today()):
        raise ValidationError("This date lies in the future.", field=field, code="future_date")
    return day


def coerce_enum(enum_type, value, field: str):
    """Return ``value`` as a member of ``enum_type`` or raise a ValidationError naming the choices."""
    try:
        return enum_type(value)
    except (ValueError, TypeError):
        choices = ", ".join(str(m.value) for m in enum_type)
        raise ValidationError(
            f"Unknown value {value!r}; choose one of: {choices}.", field=field, code="choice"
        ) from None


def coerce_int_enum(enum_type, value, field: str):
    """Like :func:`coerce_enum` for numbered choices, accepting digits as text (what a form field gives)."""
    with suppress(TypeError, ValueError):  # if it is no number, coerce_enum refuses it naming the choices
        value = int(value)
    return coerce_enum(enum_type, value, field)


def coerce_enum_list(enum_type, values, field: str) -> list:
    return sorted({coerce_enum(enum_type, v, field) for v in (values or [])})
