"""Known-answer vectors (tests/vectors/checksums.json) and error-detection properties."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baomi.detect.checksums import (
    birth_date_ok,
    gb11643_check_char,
    gb11643_ok,
    gb11714_check_char,
    gb11714_ok,
    gb32100_check_char,
    gb32100_ok,
    luhn_check_digit,
    luhn_ok,
    vin_check_char,
    vin_ok,
)
from tests.conftest import ROOT

VECTORS = json.loads((ROOT / "tests" / "vectors" / "checksums.json").read_text(encoding="utf-8"))
FUNCS: dict[str, Callable[[str], bool]] = {
    "gb11643": gb11643_ok,
    "luhn": luhn_ok,
    "gb32100": gb32100_ok,
    "gb11714": lambda c: gb11714_ok(c.replace("-", "")),
    "vin": vin_ok,
}
CASES = [
    (name, value, kind == "valid")
    for name, groups in VECTORS.items()
    if not name.startswith("_")
    for kind in ("valid", "invalid")
    for value in groups[kind]
]


@pytest.mark.parametrize(("algorithm", "value", "expected"), CASES)
def test_known_answers(algorithm: str, value: str, expected: bool) -> None:
    assert FUNCS[algorithm](value) is expected


def test_every_algorithm_has_vectors() -> None:
    assert set(FUNCS) == {k for k in VECTORS if not k.startswith("_")}


def test_check_char_of_the_standard_example() -> None:
    assert gb11643_check_char("11010519491231002") == "X"


# Each check-character generator must reproduce the check character of every valid vector.
_GENERATORS: dict[str, Callable[[str], str]] = {
    "gb11643": lambda v: v[:17] + gb11643_check_char(v[:17]),
    "luhn": lambda v: v[:-1] + luhn_check_digit(v[:-1]),
    "gb32100": lambda v: v[:17] + gb32100_check_char(v[:17]),
    "gb11714": lambda v: v[:8] + gb11714_check_char(v[:8]),
    "vin": lambda v: v[:8] + vin_check_char(v) + v[9:],
}


@pytest.mark.parametrize(
    ("algorithm", "value"),
    [(a, v.replace("-", "")) for a in _GENERATORS for v in VECTORS[a]["valid"]],
)
def test_check_char_generators_reproduce_valid_vectors(algorithm: str, value: str) -> None:
    assert _GENERATORS[algorithm](value) == value.upper()


@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_luhn_check_digit_always_validates(body: str) -> None:
    assert luhn_ok(body + luhn_check_digit(body))


def test_birth_date_bounds() -> None:
    today = date(2026, 11, 27)
    assert birth_date_ok("20261127", today)
    assert not birth_date_ok("20261128", today)  # the future
    assert not birth_date_ok("18991231", today)
    assert not birth_date_ok("20230229", today)  # not a leap year
    assert birth_date_ok("20240229", today)
    assert not birth_date_ok("2024022", today)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_mod11_2_detects_every_single_digit_change(body: str) -> None:
    full = body + gb11643_check_char(body)
    assert gb11643_ok(full)
    for i in range(17):
        for d in "0123456789":
            if d != full[i]:
                assert not gb11643_ok(full[:i] + d + full[i + 1 :])


@given(st.text(alphabet="0123456789", min_size=1, max_size=18))
def test_luhn_detects_every_single_digit_change(body: str) -> None:
    check = next(d for d in "0123456789" if luhn_ok(body + d))
    full = body + check
    for i in range(len(full)):
        for d in "0123456789":
            if d != full[i]:
                assert not luhn_ok(full[:i] + d + full[i + 1 :])


@given(st.text(max_size=30))
def test_validators_never_raise(value: str) -> None:
    for fn in FUNCS.values():
        assert fn(value) in (True, False)
