"""The single scanning pass: find every candidate token in a text with one compiled regex.

Why hand-written: the detector's speed comes from touching few candidates. All identifier-like
values in Chinese text are ASCII runs (digits, letters, ``@ . - : /``) or a licence plate that starts
with a province character, so one alternation over those shapes finds every candidate, and each
candidate is classified once by the recognizers registered for its kind. Python's ``\\b`` treats
Chinese characters as word characters, so boundaries are explicit look-arounds on ASCII letters and
digits instead.
"""

from __future__ import annotations

import re

__all__ = ["PLATE_PROVINCES", "TOKEN_RE", "token_kind"]

PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

_L = r"(?<![0-9A-Za-z])"  # left boundary on ASCII letters and digits
_R = r"(?![0-9A-Za-z])"  # right boundary

_EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})(?:\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_IPV6 = r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])"
_GEO = (
    r"(?<![\d.])-?\d{1,3}\.\d{3,8}°?[NSns]? ?[,，/] ?-?\d{1,3}\.\d{3,8}°?[EWew]?(?![\d.])"
)
_IPV4 = r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)"
_DECIMAL = r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d.])"
_DATE = (
    r"(?<!\d)(?:19|20)\d{2}(?:[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?"
    r"|年(?:0?[1-9]|1[0-2])月(?:(?:0?[1-9]|[12]\d|3[01])[日号])?)(?![\d/.\-])"
)
_MMYY = r"(?<![\d/])(?:0[1-9]|1[0-2]) ?/ ?(?:20)?\d{2}(?![\d/])"
_PLATE = (
    rf"[{PLATE_PROVINCES}][A-HJ-NP-Z][·•・ ]?[A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳领]"
    r"[A-HJ-NP-Z0-9]?(?![0-9A-Za-z])"
)
# A digit run inside a dashed or dotted identifier (UUIDs, hashes, versions) is not a value.
_DIGITS = (
    _L + r"(?<![0-9A-Za-z][\-.])(?:\+|\(0\d{2,3}\)[ \-]?)?\d(?:[ \-]?\d)*[Xx]?" + _R
    + r"(?![\-.][0-9A-Za-z])"
)
_ALNUM = _L + r"(?:(?=[A-Za-z]*\d)[A-Za-z0-9]{5,25}|[A-HJ-NPR-Z]{17})" + _R

_KINDS = ("email", "ipv6", "geo", "ipv4", "decimal", "date", "mmyy", "plate", "digits", "alnum")

TOKEN_RE = re.compile(
    "|".join(
        f"(?P<{k}>{p})"
        for k, p in zip(
            _KINDS,
            (_EMAIL, _IPV6, _GEO, _IPV4, _DECIMAL, _DATE, _MMYY, _PLATE, _DIGITS, _ALNUM),
            strict=True,
        )
    )
)


def token_kind(m: re.Match[str]) -> str:
    """The kind of a TOKEN_RE match (the name of the alternative that matched)."""
    return m.lastgroup or "digits"
