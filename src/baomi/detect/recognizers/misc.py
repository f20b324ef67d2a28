"""Dates of birth, organizations (USCC), vehicles (plates, VINs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date

from baomi.detect.checksums import birth_date_ok, gb11714_ok, gb32100_ok, vin_ok
from baomi.detect.recognizers.base import TokenRecognizer
from baomi.detect.recognizers.cn_ids import valid_province

__all__ = [
    "CHINESE_NUMERALS",
    "RECOGNIZERS",
    "find_worded_birth_dates",
    "worded_date",
    "write_worded_date",
]

_DATE_PARTS = re.compile(r"\d+")

# A date in Chinese numerals, as court judgments and notarial deeds write a birth date (男，
# 一九七六年五月十二日出生). The digit tokens never see it, so it is found on its own.
_CN_DIGIT = "〇零○一二三四五六七八九"
_WORDED_DATE_RE = re.compile(
    f"(?P<y>[{_CN_DIGIT}]{{4}})年(?P<m>十[一二]?|[一二三四五六七八九])月"
    "(?:(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?"
)
_DIGIT_WORDS = "〇一二三四五六七八九"  # (each digit's word, as write_worded_date writes it)
_CN_DIGIT_VALUE = {c: i for i, c in enumerate(_DIGIT_WORDS)} | {"零": 0, "○": 0}
# Every character such a date writes its numbers with (what a mask stars: 一九七六年*月**日).
CHINESE_NUMERALS = frozenset(_CN_DIGIT + "十")
_BORN_AFTER = ("出生", "生人", "生，", "生,")
_DOB_REACH = 14  # characters before the date searched for a birth cue (出生年月日：)


def _worded_number(words: str) -> int:
    """十二 -> 12, 二十三 -> 23, 三十 -> 30, 五 -> 5 (a month's or a day's number)."""
    if "十" not in words:
        return _CN_DIGIT_VALUE[words]
    tens, _, ones = words.partition("十")
    return (_CN_DIGIT_VALUE[tens] if tens else 1) * 10 + (_CN_DIGIT_VALUE[ones] if ones else 0)


def _date_parts(m: re.Match[str]) -> tuple[int, int, int | None]:
    """(year, month, day or None) of a match of ``_WORDED_DATE_RE``."""
    year = int("".join(str(_CN_DIGIT_VALUE[c]) for c in m.group("y")))
    day = _worded_number(m.group("d")) if m.group("d") else None
    return year, _worded_number(m.group("m")), day


def worded_date(value: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a date in Chinese numerals (一九七六年五月十二日), or None."""
    m = _WORDED_DATE_RE.fullmatch(value)
    return None if m is None else _date_parts(m)


def write_worded_date(year: int, month: int, day: int | None) -> str:
    """The inverse of ``worded_date``: 1976, 5, 12 -> 一九七六年五月十二日 (〇 for a zero)."""

    def number(n: int) -> str:  # 1-31: 五, 十, 十二, 二十, 二十三
        tens, ones = divmod(n, 10)
        if tens == 0:
            return _DIGIT_WORDS[ones]
        head = "十" if tens == 1 else _DIGIT_WORDS[tens] + "十"
        return head + (_DIGIT_WORDS[ones] if ones else "")

    out = "".join(_DIGIT_WORDS[int(c)] for c in f"{year:04d}") + "年" + number(month) + "月"
    return out + (number(day) + "日" if day is not None else "")


def find_worded_birth_dates(
    text: str, cue_words: Callable[[str], Mapping[str, str]]
) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, score, cue) for each birth date written in Chinese numerals, with a
    birth cue before it (``cue_words`` reads them) or 出生 right after it; a year and a month
    alone only after the cue (出生年月：一九七六年五月)."""
    i = text.find("年", 4)
    while i >= 0 and text[i - 1] not in _CN_DIGIT:
        i = text.find("年", i + 1)  # (most texts: no 年 after a numeral; str.find, not the pattern)
    if i < 0:
        return
    for m in _WORDED_DATE_RE.finditer(text, i - 4):
        year, month, day = _date_parts(m)
        if not birth_date_ok(f"{year:04d}{month:02d}{day or 1:02d}"):
            continue
        before = "DOB" in cue_words(text[max(0, m.start() - _DOB_REACH) : m.start()])
        after = text.startswith(_BORN_AFTER, m.end())
        if m.group("d") and (before or after):
            yield m.start(), m.end(), 0.85, "出生"
        elif before and text[m.end() : m.end() + 1] != "日":
            yield m.start(), m.end(), 0.75, "出生"


def _dob(v: str, cues: Mapping[str, str]) -> float | None:
    """A full calendar date (year, month, day) in the past, next to a birth cue; or a year and
    month right after one (出生年月：1985年11月)."""
    parts = _DATE_PARTS.findall(v)
    if len(parts) == 1 and len(parts[0]) == 8:
        parts = [parts[0][:4], parts[0][4:6], parts[0][6:]]
    if len(parts) == 2 and "DOB" in cues and 1 <= int(parts[1]) <= 12:
        year = int(parts[0])
        # (1998.06 is also how an amount is written: an adult's birth year only)
        latest = date.today().year - (16 if "." in v else 0)
        return 0.75 if 1900 <= year <= latest else None
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
