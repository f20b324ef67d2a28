"""The single scanning pass: find every candidate token in a text with one compiled regex.

Why hand-written: the detector's speed comes from touching few candidates. All identifier-like
values in Chinese text are ASCII runs (digits, letters, ``@ . - : /``) or a licence plate that
starts with a province character, so one alternation over those shapes finds every candidate, and
each candidate is classified once by the recognizers registered for its kind. Python's ``\\b``
treats Chinese characters as word characters, so boundaries are explicit look-arounds on ASCII
letters and digits instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

__all__ = ["PLATE_PROVINCES", "TOKEN_RE", "iter_tokens"]

PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

_L = r"(?<![0-9A-Za-z])"  # left boundary on ASCII letters and digits
_R = r"(?![0-9A-Za-z])"  # right boundary

_EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})(?:\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
# (a label glued by its colon may stand before it: IP:fe80::1, IPv6:2001:db8::1)
_IPV6 = (
    r"(?:(?<![0-9A-Za-z:])|(?<=[G-Zg-z]:)|(?<=[Vv]6:))"
    r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])"
)
# (either order: lat,lon or, as Chinese map services write it, lng,lat; 39.9042° N with a space)
_GEO = (
    r"(?<![\d.])-?\d{1,3}\.\d{3,8}°? ?[NSnsEWew]? ?[,，/] ?-?\d{1,3}\.\d{3,8}°? ?[EWewNSns]?"
    r"(?![\d.])"
)
_IPV4 = r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)"
_DECIMAL = r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d.])"
# (a full stop may end the sentence after a date: "his date of birth is 1993.02.04.")
_DATE = (
    r"(?<!\d)(?:19|20)\d{2}(?:[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?"
    r"|年(?:0?[1-9]|1[0-2])月(?:(?:0?[1-9]|[12]\d|3[01])[日号])?"
    r"| 年 (?:0?[1-9]|1[0-2]) 月(?: (?:0?[1-9]|[12]\d|3[01]) [日号])?)(?![\d/\-]|\.\d)"
)
_MMYY = r"(?<![\d/])(?:0[1-9]|1[0-2]) ?/ ?(?:20)?\d{2}(?![\d/])"
_PLATE = (
    rf"[{PLATE_PROVINCES}][A-HJ-NP-Z][·•・\-]?[A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳领]"
    r"[A-HJ-NP-Z0-9]?(?![0-9A-Za-z])"
)
# A digit run inside a dashed or dotted identifier (UUIDs, hashes, versions) is not a value, and
# a spaced run stops before a group that is an e-mail's local part (手机：1391… 1861226428@qq.com).
_DIGITS = (
    _L
    + r"(?<![0-9A-Za-z][\-.])(?:\+|[(（]0\d{2,3}[)）][ \-]?)?\d(?:[ \-]?\d)*[Xx]?"
    + _R
    + r"(?![\-.][0-9A-Za-z]|@)"
)
_ALNUM = _L + r"(?:(?=[A-Za-z]*\d)[A-Za-z0-9]{5,25}|[A-HJ-NPR-Z]{17})" + _R

_ALTERNATIVES = (
    ("email", _EMAIL, "@"),
    ("ipv6", _IPV6, ":"),
    ("geo", _GEO, "."),
    ("ipv4", _IPV4, "."),
    ("date", _DATE, ""),  # (before decimals: 出生年月：1998.06 is a year and a month)
    ("decimal", _DECIMAL, ".,"),
    ("mmyy", _MMYY, "/"),
    ("plate", _PLATE, ""),
    ("digits", _DIGITS, ""),
    ("alnum", _ALNUM, ""),
)


def _compile(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{k}>{p})" for k, p, _ in _ALTERNATIVES if k in kinds))


TOKEN_RE = _compile(tuple(k for k, _, _ in _ALTERNATIVES))


@cache
def _token_re_for(marks: frozenset[str]) -> re.Pattern[str]:
    """TOKEN_RE without the alternatives that need a character the run does not contain.

    Each alternative costs time at every position, and most runs rule out several of them
    (no ``@``: no e-mail; no ``:``: no IPv6), so the scan of a run gets much cheaper.
    """
    return _compile(
        tuple(k for k, _, need in _ALTERNATIVES if not need or any(c in marks for c in need))
    )


# Runs of characters that can belong to a token. The pattern starts with a character class, so the
# regex engine skips Chinese text at C speed; TOKEN_RE, whose alternatives cost far more per
# position, then runs only inside the runs that are not plain digits or letters+digits.
_RUN_RE = re.compile(
    rf"[0-9A-Za-z+(（:\-{PLATE_PROVINCES}](?:[0-9A-Za-z@.:/,_%+\-()（）·•・°]"
    r"|(?<=[0-9,，/)]) (?=[0-9+(\-/,，])"
    r"|(?<=[0-9])[年月，](?=[0-9 \-])|(?<=[0-9])[日号月]|(?<=°) (?=[NSEWnsew])"
    # (1990 年 7 月 18 日: an OCR'd card spaces a date's parts)
    r"|(?<=[0-9]) (?=[年月日号])|(?<=[0-9] )[年月](?= [0-9])|(?<=[0-9] [年月]) (?=[0-9])"
    r"|(?<=[0-9] )[日号月])*"
)
_PROVINCE_SET = frozenset(PLATE_PROVINCES)
_PLATE_SUFFIXES = frozenset("挂学警港澳领")
# Whole runs of one common shape. At a run's end the alternation's look-aheads always hold (the
# character after a run is never an ASCII letter, digit, '.', '-' or ':'; the start is checked in
# iter_tokens), and the shapes need no character that an earlier alternative requires, so a full
# match here is what TOKEN_RE finds.
_FAST_SHAPES = (
    (re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}"), "ipv4"),
    (re.compile(r"[0-9]+(?:[ \-][0-9]+)+"), "digits"),
    (re.compile(r"(?:0[1-9]|1[0-2])/(?:20)?[0-9]{2}"), "mmyy"),
)
_CONTINUATION_ONLY = frozenset("@.:/,_%)）·•・°")
_DATE_START = re.compile(r"(?:19|20)[0-9]{2} ?[\-/.年]")
_WORDY = re.compile(r"[A-Za-z_]+(?:[._\-][A-Za-z_]+)*")  # identifiers with no digit: no token
_DECIMAL_ONLY = re.compile(r"[0-9]{1,12}\.[0-9]+%?")  # amounts and rates


def iter_tokens(
    text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[tuple[str, int, int]]:
    """Yield (kind, start, end) for each candidate token, exactly as TOKEN_RE would find them."""
    end_limit = len(text) if endpos is None else endpos
    scanned_to = pos  # a plate may end past its run: never scan those characters twice
    for run in _RUN_RE.finditer(text, pos, end_limit):
        a, b = run.span()
        if b <= scanned_to:
            continue
        if a < scanned_to:
            a = scanned_to
        w = text[a:b]
        if w[0] in _PROVINCE_SET:
            if len(w) >= 6 and "A" <= w[1] <= "Z":
                # A plate may end in a Chinese character (粤A1234学, 鲁B5678挂) just past the run;
                # read two characters further so its right boundary is checked as TOKEN_RE would.
                stop = b + 1 if text[b : b + 1] in _PLATE_SUFFIXES else b
                for kind, s, e in _slow(text, a, min(end_limit, stop + 2), w):
                    if s >= stop:
                        break
                    yield kind, s, e
                    scanned_to = max(scanned_to, e)
                scanned_to = max(scanned_to, stop)
                continue
            a, w = a + 1, w[1:]  # not a plate: the rest of the run may still hold tokens
            if not w:
                continue
        if a and text[a - 1] in _CONTINUATION_ONLY:
            # ".761125651.7": a run can begin just after a character that only continues runs;
            # the alternation's look-behinds see it, so let the alternation decide.
            yield from _slow(text, a, b, w)
            continue
        # Fast paths for the common shapes; each yields exactly what TOKEN_RE would.
        if w.isascii() and w.isalnum():
            if w.isdigit() or (w[-1] in "Xx" and w[:-1].isdigit()):
                yield "digits", a, b
            elif w.isalpha():
                if len(w) == 17 and w.isupper():
                    yield "alnum", a, b
            elif 5 <= len(w) <= 25:
                yield "alnum", a, b
            continue
        if _WORDY.fullmatch(w) or (_DECIMAL_ONLY.fullmatch(w) and not _DATE_START.match(w)):
            continue  # (1998.06 may be a year and a month: the alternation decides)
        if w[-1] in "号日" and w[:-1].isdigit():
            yield "digits", a, b - 1
            continue
        if "@" not in w and ":" not in w and not _DATE_START.match(w):
            shape = next((kind for rx, kind in _FAST_SHAPES if rx.fullmatch(w)), None)
            if shape is not None:
                yield shape, a, b
                continue
        yield from _slow(text, a, b, w)


def _slow(text: str, a: int, b: int, w: str) -> Iterator[tuple[str, int, int]]:
    """The full alternation over one run, minus the alternatives the run cannot contain."""
    marks = frozenset(c for c in "@:.,/" if c in w)
    for m in _token_re_for(marks).finditer(text, a, b):
        yield m.lastgroup or "digits", m.start(), m.end()
