"""Chinese identity documents: resident ID, foreign PR ID, passport, HMT permits."""

from __future__ import annotations

import re
from collections.abc import Mapping

from baomi.detect.checksums import birth_date_ok, gb11643_ok
from baomi.detect.lexicon import region_codes
from baomi.detect.recognizers.base import TokenRecognizer

__all__ = ["RECOGNIZERS", "valid_province", "validate_resident_id"]

# GB/T 2260 province-level codes, plus 71 Taiwan and the residence-permit codes 81/82/83.
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65"
    " 71 81 82 83".split()
)


def valid_province(code: str) -> bool:
    return code[:2] in _PROVINCES


def validate_resident_id(v: str, cues: Mapping[str, str]) -> float | None:
    """18-char GB 11643 (check digit, birth date, province) or 15-digit legacy (needs a cue)."""
    if len(v) == 18:
        if not (valid_province(v) and gb11643_ok(v) and birth_date_ok(v[6:14])):
            return None
        return 0.9 if v[:6] in region_codes() else 0.85
    legacy = len(v) == 15 and v.isdigit() and valid_province(v)
    if legacy and birth_date_ok("19" + v[6:12]) and "ID" in cues:
        return 0.75
    return None


def _foreign_pr(v: str, cues: Mapping[str, str]) -> float | None:
    if len(v) == 18:
        # 2023 form: 9 + province(2) + nationality(3) + birth date(8) + sequence(3) + check.
        if v[0] == "9" and gb11643_ok(v) and birth_date_ok(v[6:14]):
            return 0.75
        return None
    return 0.5  # 1995 form: 3 letters + 12 digits; shape only, needs context


def _passport(v: str, cues: Mapping[str, str]) -> float | None:
    return 0.6


def _hmt(v: str, cues: Mapping[str, str]) -> float | None:
    return 0.6 if v[0] in "HM" else 0.5


def _taiwan_permit(v: str, cues: Mapping[str, str]) -> float | None:
    return 0.8 if "HMT" in cues else None


_SEP = r"[ \-]?"

RECOGNIZERS: tuple[TokenRecognizer, ...] = (
    TokenRecognizer(
        name="cn_resident_id",
        max_base=0.9,
        lengths=frozenset({15, 18}),
        type="CN_RESIDENT_ID",
        kinds=("digits",),
        # (6-8-4 as the number's parts are, or in fours as a card is written: 4201 1519 9608 …)
        pattern=re.compile(
            rf"\d{{6}}{_SEP}\d{{8}}{_SEP}\d{{3}}[\dXx]"
            r"|\d{4}(?:[ \-]\d{4}){3}[ \-]\d[\dXx]|\d{15}"
        ),
        validate=validate_resident_id,
        cues=("ID",),
        cue_bonus=0.09,
        negative_penalty=0.2,
    ),
    TokenRecognizer(
        name="cn_foreign_pr_id",
        max_base=0.75,
        lengths=frozenset({15, 18}),
        type="CN_FOREIGN_PR_ID",
        kinds=("digits", "alnum"),
        pattern=re.compile(r"9\d{16}[\dXx]|[A-Z]{3}\d{12}"),
        validate=_foreign_pr,
        cues=("FOREIGN_PR", "ID"),
        cue_bonus=0.2,
    ),
    TokenRecognizer(
        name="cn_passport",
        max_base=0.6,
        lengths=frozenset({8, 9}),
        type="CN_PASSPORT",
        kinds=("alnum",),
        pattern=re.compile(r"[EG]\d{8}|E[A-HJ-NP-Z]\d{7}|[DSP]E?\d{7}"),
        validate=_passport,
        cues=("PASSPORT",),
        cue_bonus=0.3,
    ),
    TokenRecognizer(
        # 韩国护照号M12345678: a foreign passport (one or two letters and 7-8 digits) is a
        # passport where a passport cue says so; without one, M12345678 stays an HMT permit.
        name="foreign_passport",
        max_base=0.6,
        lengths=frozenset({8, 9, 10}),
        type="CN_PASSPORT",
        kinds=("alnum",),
        pattern=re.compile(r"[A-Z]{1,2}\d{7,8}"),
        validate=_passport,
        cues=("PASSPORT",),
        needs_cue=True,
        cue_bonus=0.25,
    ),
    TokenRecognizer(
        name="cn_hmt_permit",
        max_base=0.6,
        lengths=frozenset({9, 11}),
        type="CN_HMT_PERMIT",
        kinds=("alnum",),
        pattern=re.compile(r"[HM]\d{8}(?:\d{2})?|C[A-Z0-9]\d{7}"),
        validate=_hmt,
        cues=("HMT",),
        cue_bonus=0.3,
    ),
    TokenRecognizer(
        name="tw_permit",
        max_base=0.8,
        lengths=frozenset({8}),
        type="CN_HMT_PERMIT",
        kinds=("digits",),
        pattern=re.compile(r"\d{8}"),
        validate=_taiwan_permit,
        cues=("HMT",),
        needs_cue=True,
        cue_bonus=0.1,
    ),
)
