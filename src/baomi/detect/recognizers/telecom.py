"""Telephone numbers and device identifiers."""

from __future__ import annotations

import re
from collections.abc import Mapping

from baomi.detect.checksums import luhn_ok
from baomi.detect.recognizers.base import TokenRecognizer

__all__ = ["MOBILE_SEGMENTS", "RECOGNIZERS", "mobile_segment_ok"]

# Allocated mainland mobile segments (MIIT numbering plan), by their first three digits.
_MOBILE_SEGMENTS = frozenset(
    [f"13{d}" for d in range(10)]
    + ["145", "146", "147", "148", "149"]
    + [f"15{d}" for d in "012356789"]
    + ["162", "165", "166", "167"]
    + [f"17{d}" for d in "012345678"]
    + [f"18{d}" for d in range(10)]
    + [f"19{d}" for d in "0123456789"]
)
# Type Allocation Code reporting-body prefixes seen on handsets sold in China.
_TAC_PREFIXES = frozenset("01 10 30 33 35 44 45 49 50 51 52 53 54 86 91 98 99".split())


MOBILE_SEGMENTS: tuple[str, ...] = tuple(sorted(_MOBILE_SEGMENTS))


def mobile_segment_ok(digits: str) -> bool:
    return len(digits) == 11 and digits[:3] in _MOBILE_SEGMENTS


def _mobile(v: str, cues: Mapping[str, str]) -> float | None:
    national = v[-11:]
    if len(v) > 11 and v[:-11].lstrip("+") not in ("86", "0086"):
        return None
    return 0.85 if mobile_segment_ok(national) else None


def _area_code_len(v: str) -> int:
    """Length of the leading area code (with its 0), or 0 when there is none."""
    if v.startswith("010") or (v.startswith("02") and len(v) > 2):
        return 3
    if len(v) > 1 and v[0] == "0" and v[1] in "3456789":
        return 4
    return 0


def _landline(v: str, cues: Mapping[str, str]) -> float | None:
    area = _area_code_len(v)
    if not area:
        return None
    local = v[area:]
    if local[:1] in ("0", "1") or not (7 <= len(local) <= 8) or (area == 3 and len(local) != 8):
        return None
    return 0.8


def _imei(v: str, cues: Mapping[str, str]) -> float | None:
    if not luhn_ok(v):
        return None
    return 0.75 if v[:2] in _TAC_PREFIXES else 0.45


RECOGNIZERS: tuple[TokenRecognizer, ...] = (
    TokenRecognizer(
        name="cn_mobile",
        max_base=0.85,
        lengths=frozenset({11, 13, 15}),
        type="CN_MOBILE",
        kinds=("digits",),
        pattern=re.compile(r"(?:(?:\+|00)?86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}"),
        validate=_mobile,
        cues=("MOBILE",),
        cue_bonus=0.1,
        negative_penalty=0.4,
    ),
    TokenRecognizer(
        name="cn_landline",
        max_base=0.8,
        lengths=frozenset({10, 11, 12}),
        type="CN_LANDLINE",
        kinds=("digits",),
        pattern=re.compile(
            r"(?:[(（]0\d{2,3}[)）][ \-]?|0\d{2,3}[ \-]?)[2-9]\d{2,3}[ \-]?\d{4}(?:-\d{1,5})?"
        ),
        validate=_landline,
        cues=("LANDLINE", "MOBILE"),
        cue_bonus=0.15,
    ),
    TokenRecognizer(
        name="imei",
        max_base=0.75,
        lengths=frozenset({15}),
        type="IMEI",
        kinds=("digits",),
        pattern=re.compile(r"\d{15}|\d{2}[ \-]?\d{6}[ \-]?\d{6}[ \-]?\d"),
        validate=_imei,
        cues=("IMEI",),
        cue_bonus=0.2,
    ),
)
