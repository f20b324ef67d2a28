"""Dates of birth, organizations (USCC), vehicles (plates, VINs)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from baomi.detect.checksums import birth_date_ok, gb11714_ok, gb32100_ok, vin_ok
from baomi.detect.recognizers.base import TokenRecognizer
from baomi.detect.recognizers.cn_ids import valid_province

__all__ = ["RECOGNIZERS"]

_DATE_PARTS = re.compile(r"\d+")


def _dob(v: str, cues: Mapping[str, str]) -> float | None:
    """A full calendar date (year, month, day) in the past, next to a birth cue; or a year and
    month right after one (出生年月：1985年11月)."""
    parts = _DATE_PARTS.findall(v)
    if len(parts) == 1 and len(parts[0]) == 8:
        parts = [parts[0][:4], parts[0][4:6], parts[0][6:]]
    if len(parts) == 2 and "DOB" in cues and 1 <= int(parts[1]) <= 12:
        year = int(parts[0])
        return 0.75 if 1900 <= year <= date.today().year else None
    if len(parts) != 3:
        return None
    y, m, d = parts
    if not birth_date_ok(f"{y}{int(m):02d}{int(d):02d}"):
        return None
    if "DOB" not in cues:
        # Only structure supports it (a date alone in a table cell): adults' birth years only.
        return 0.5 if int(y) <= date.today().year - 16 else None
    return 0.85


def _uscc(v: str, cues: Mapping[str, str]) -> float | None:
    # Characters 3-8 are the registering authority's division code: its province must exist.
    if not (valid_province(v[2:4]) and gb32100_ok(v)):
        return None
    return 0.9 if gb11714_ok(v[8:17]) else 0.6


def _vin(v: str, cues: Mapping[str, str]) -> float | None:
    if v.isdigit():
        return None
    if vin_ok(v):
        # A maker's code (LSV, LFV, 1HG) and a model-year letter put letters in nearly every
        # VIN; one letter before 16 digits is more often a policy or order number (P440…) that
        # passed the check digit by chance (1 in 11), so it stands only where nothing says
        # otherwise.
        return 0.85 if sum(c.isalpha() for c in v) >= 2 else 0.7
    return 0.55 if "VIN" in cues else None


def _plate(v: str, cues: Mapping[str, str]) -> float | None:
    body = re.sub(r"[·•・ \-]", "", v)[2:]
    if len(body) == 6 and not (body[0] in "DF" or body[-1] in "DF"):
        return None  # 8-character plates are new-energy: D or F first (small) or last (large)
    return 0.85


RECOGNIZERS: tuple[TokenRecognizer, ...] = (
    TokenRecognizer(
        name="date_of_birth",
        max_base=0.85,
        type="DATE_OF_BIRTH",
        kinds=("date", "digits"),
        pattern=re.compile(r"(?:19|20)\d{2}.+|(?:19|20)\d{6}"),
        validate=_dob,
        cues=("DOB", "CELL"),
        needs_cue=True,
        look_right=True,  # "1968年5月4日出生"
    ),
    TokenRecognizer(
        name="cn_uscc",
        max_base=0.9,
        lengths=frozenset({18}),
        type="CN_USCC",
        kinds=("alnum", "digits"),
        pattern=re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}"),
        validate=_uscc,
        cues=("USCC",),
        cue_bonus=0.08,
    ),
    TokenRecognizer(
        name="vin",
        max_base=0.85,
        lengths=frozenset({17}),
        type="VIN",
        kinds=("alnum",),
        pattern=re.compile(r"[A-HJ-NPR-Z0-9]{17}"),
        validate=_vin,
        cues=("VIN",),
        cue_bonus=0.1,
    ),
    TokenRecognizer(
        name="cn_license_plate",
        max_base=0.85,
        type="CN_LICENSE_PLATE",
        kinds=("plate",),
        pattern=re.compile(r".+"),
        validate=_plate,
        cues=("PLATE",),
        cue_bonus=0.1,
    ),
)
