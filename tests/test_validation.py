"""Domain validation rules: enterprise numbers, birth years, text fields, enumerations."""

from __future__ import annotations

from datetime import date

import pytest

from lfn_common.errors import DomainError, ValidationError
from lfn_common.validation import (
    check_birth_year,
    check_not_future,
    coerce_enum,
    coerce_enum_list,
    coerce_int_enum,
    normalise_enterprise_number,
    optional_text,
    require_text,
)
from lfn_common.vocabulary import ContactKind, LifeDomain, OrganisationKind


def valid_enterprise_number(first_eight: str) -> str:
    """Ten digits whose last two are 97 minus the first eight modulo 97, computed here by hand."""
    check = 97 - int(first_eight) % 97
    return f"{first_eight}{check:02d}"


# --- Belgian enterprise number (KBO/BCE) ------------------------------------------------------------


def test_enterprise_number_with_correct_check_digits_is_accepted_and_formatted():
    number = valid_enterprise_number("04123456")  # 4123456 % 97 = 83 -> check 14
    assert number == "0412345614"
    assert normalise_enterprise_number(number) == "0412.345.614"


@pytest.mark.parametrize("written", ["0412.345.614", "0412 345 614", " 0412-345-614 ", "BE0412.345.614"])
def test_enterprise_number_accepts_dots_spaces_and_dashes(written):
    assert normalise_enterprise_number(written) == "0412.345.614"


def test_enterprise_number_in_the_nine_digit_legacy_form_gets_its_leading_zero():
    assert normalise_enterprise_number("412345614") == "0412.345.614"
    assert normalise_enterprise_number("412.345.614") == "0412.345.614"


def test_enterprise_number_starting_with_one_is_accepted():
    number = valid_enterprise_number("10000000")
    assert normalise_enterprise_number(number) == f"{number[:4]}.{number[4:7]}.{number[7:]}"


def test_enterprise_number_whose_first_eight_digits_are_a_multiple_of_97_ends_in_97():
    number = valid_enterprise_number(f"{97 * 100_000:08d}")  # 09700000: the check is 97, not 00
    assert number.endswith("97")
    assert normalise_enterprise_number(number) == "0970.000.097"
    with pytest.raises(ValidationError) as info:
        normalise_enterprise_number("0970000000")
    assert info.value.code == "enterprise_checksum"


@pytest.mark.parametrize("typo", ["0412345615", "0412345641", "0413345614", "0421345614"])  # one digit off, swaps
def test_enterprise_number_with_a_typing_error_is_refused(typo):
    with pytest.raises(ValidationError) as info:
        normalise_enterprise_number(typo)
    assert info.value.field == "enterprise_number"
    assert info.value.code == "enterprise_checksum"


@pytest.mark.parametrize("wrong", ["04123456", "04123456141", "", "abc", "2412345614"])
def test_enterprise_number_of_the_wrong_length_or_first_digit_is_refused(wrong):
    with pytest.raises(ValidationError) as info:
        normalise_enterprise_number(wrong)
    assert info.value.code == "enterprise_format"
    assert info.value.field == "enterprise_number"


def test_enterprise_number_error_names_the_field_the_form_uses():
    with pytest.raises(ValidationError) as info:
        normalise_enterprise_number("0412345615", field="partner_kbo")
    assert info.value.field == "partner_kbo"
    assert str(info.value).startswith("partner_kbo: ")


# --- birth year and dates -----------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1916, 1960, 2014])
def test_plausible_birth_years_are_kept(year):
    assert check_birth_year(year, today=date(2026, 3, 1)) == year


@pytest.mark.parametrize("year", [1915, 2015, 2026, 0, 19600])
def test_implausible_birth_years_are_refused(year):
    with pytest.raises(ValidationError) as info:
        check_birth_year(year, today=date(2026, 3, 1))
    assert info.value.field == "birth_year"


def test_an_unknown_birth_year_is_allowed():
    assert check_birth_year(None) is None


def test_a_date_in_the_future_is_refused_today_is_not():
    today = date(2026, 3, 1)
    check_not_future(today, "consent_on", today=today)
    check_not_future(None, "consent_on", today=today)
    with pytest.raises(ValidationError) as info:
        check_not_future(date(2026, 3, 2), "consent_on", today=today)
    assert (info.value.field, info.value.code) == ("consent_on", "future_date")


# --- text ---------------------------------------------------------------------------------------------


def test_required_text_is_stripped():
    assert require_text("  Buurtwerk Testrand  ", "name") == "Buurtwerk Testrand"


@pytest.mark.parametrize("empty", [None, "", "   ", "\n\t"])
def test_required_text_refuses_nothing_or_only_spaces(empty):
    with pytest.raises(ValidationError) as info:
        require_text(empty, "given_name")
    assert (info.value.field, info.value.code) == ("given_name", "required")


def test_required_text_has_a_maximum_length():
    assert require_text("x" * 100, "label", max_length=100) == "x" * 100
    with pytest.raises(ValidationError) as info:
        require_text("x" * 101, "label", max_length=100)
    assert (info.value.field, info.value.code) == ("label", "too_long")
    assert info.value.params == {"max_length": 100}


def test_optional_text_turns_blank_into_none_and_checks_length():
    assert optional_text("   ", "note") is None
    assert optional_text(None, "note") is None
    assert optional_text(" ok ", "note") == "ok"
    with pytest.raises(ValidationError) as info:
        optional_text("x" * 51, "phone", max_length=50)
    assert info.value.field == "phone"


# --- enumerations ---------------------------------------------------------------------------------------


def test_enum_values_are_coerced_to_members():
    assert coerce_enum(OrganisationKind, "vdab", "kind") is OrganisationKind.VDAB
    assert coerce_enum(LifeDomain, 7, "life_domain") is LifeDomain.HEALTH


def test_an_unknown_enum_value_names_the_field_and_the_choices():
    with pytest.raises(ValidationError) as info:
        coerce_enum(ContactKind, "telepathy", "kind")
    error = info.value
    assert error.field == "kind"
    assert error.code == "choice"
    assert "'telepathy'" in error.message
    assert "home_visit" in error.message and "no_show" in error.message
    assert str(error).startswith("kind: ")


def test_an_enum_value_of_the_wrong_type_is_a_validation_error_too():
    with pytest.raises(ValidationError) as info:
        coerce_enum(LifeDomain, None, "life_domain")
    assert info.value.field == "life_domain"
    assert isinstance(info.value, DomainError)


def test_enum_lists_are_deduplicated_sorted_and_name_the_field_on_error():
    assert coerce_enum_list(LifeDomain, [8, 3, 8], "life_domains") == [LifeDomain.RELATIONS, LifeDomain.MATERIAL]
    assert coerce_enum_list(LifeDomain, None, "life_domains") == []
    with pytest.raises(ValidationError) as info:
        coerce_enum_list(LifeDomain, [3, 11], "life_domains")
    assert info.value.field == "life_domains"


def test_numbered_choices_accept_digits_from_a_form_and_refuse_words():
    assert coerce_int_enum(LifeDomain, "8", "life_domain") is LifeDomain.MATERIAL
    assert coerce_int_enum(LifeDomain, 8, "life_domain") is LifeDomain.MATERIAL
    for wrong in ("wonen", None, "11", 0):
        with pytest.raises(ValidationError) as info:
            coerce_int_enum(LifeDomain, wrong, "life_domain")
        assert (info.value.field, info.value.code) == ("life_domain", "choice")
