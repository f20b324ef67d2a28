"""Check-digit algorithms for the identifiers baomi recognizes.

Written by hand because each is a few lines of arithmetic fixed by a national standard and no
maintained library covers the Chinese ones together (python-stdnum has some, with other rules on
length and separators). Every function takes the identifier without separators and never raises
on malformed input: it returns False.
"""

from __future__ import annotations

from datetime import date
from operator import mul
from time import monotonic

__all__ = [
    "birth_date_ok",
    "gb11643_check_char",
    "gb11643_ok",
    "gb11714_check_char",
    "gb11714_ok",
    "gb32100_check_char",
    "gb32100_ok",
    "luhn_check_digit",
    "luhn_ok",
    "vin_check_char",
    "vin_ok",
]

_GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB11643_CHECK = "10X98765432"
_GB11643_ASCII_BIAS = 48 * sum(_GB11643_WEIGHTS)  # each digit arrives as its ASCII code


def gb11643_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of an 18-character resident ID (GB 11643-1999)."""
    if len(first17) != 17:
        raise ValueError("need exactly 17 digits")
    total = sum(map(mul, first17.encode(), _GB11643_WEIGHTS)) - _GB11643_ASCII_BIAS
    return _GB11643_CHECK[total % 11]


def gb11643_ok(value: str) -> bool:
    """True when an 18-character ID (17 digits + digit or X) has a correct check character."""
    if len(value) != 18 or not value.isascii() or not value[:17].isdigit():
        return False
    return gb11643_check_char(value[:17]) == value[17].upper()


_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_today_cache: tuple[float, date] = (0.0, date.min)


def _today() -> date:
    """Today's date, looked up at most once a minute (date.today() is a system call)."""
    global _today_cache
    now = monotonic()
    if now - _today_cache[0] > 60.0:
        _today_cache = (now, date.today())
    return _today_cache[1]


def birth_date_ok(yyyymmdd: str, today: date | None = None) -> bool:
    """True when the 8 digits form a real calendar date between 1900-01-01 and ``today``."""
    if len(yyyymmdd) != 8 or not yyyymmdd.isascii() or not yyyymmdd.isdigit():
        return False
    y, m, d = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])
    if y < 1900 or not 1 <= m <= 12 or not 1 <= d <= _DAYS_IN_MONTH[m]:
        return False
    if m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return False
    t = today or _today()
    return (y, m, d) <= (t.year, t.month, t.day)


# Luhn over ASCII bytes: odd positions from the right count as they are, even positions doubled
# (with 9 subtracted above 9); a translate table does the doubling at C speed.
_LUHN_DOUBLE = bytes.maketrans(
    b"0123456789", bytes([48 + x for x in (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)])
)


def luhn_ok(digits: str) -> bool:
    """Luhn (ISO/IEC 7812-1) check used by payment cards and IMEIs."""
    if len(digits) < 2 or not digits.isascii() or not digits.isdigit():
        return False
    b = digits.encode()
    total = sum(b[-1::-2]) + sum(b[-2::-2].translate(_LUHN_DOUBLE)) - 48 * len(b)
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass Luhn (for generating valid test values)."""
    if not body.isascii() or not body.isdigit():
        raise ValueError("need digits")
    b = (body + "0").encode()
    total = sum(b[-1::-2]) + sum(b[-2::-2].translate(_LUHN_DOUBLE)) - 48 * len(b)
    return str(-total % 10)


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def gb32100_ok(value: str) -> bool:
    """GB 32100-2015 check character of an 18-character unified social credit code."""
    if len(value) != 18:
        return False
    try:
        vals = [_USCC_VALUE[c] for c in value.upper()]
    except KeyError:
        return False
    total: int = sum(map(mul, vals, _USCC_WEIGHTS))
    return vals[17] == (31 - total % 31) % 31


def gb32100_check_char(first17: str) -> str:
    """GB 32100-2015 check character for the first 17 characters of a credit code."""
    if len(first17) != 17:
        raise ValueError("need exactly 17 characters")
    vals = [_USCC_VALUE[c] for c in first17.upper()]
    total: int = sum(map(mul, vals, _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31]


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def gb11714_ok(code: str) -> bool:
    """GB 11714-1997 check character of a 9-character organization code (8 body + check)."""
    if len(code) != 9 or not code.isascii() or not code.isalnum():
        return False
    code = code.upper()
    return code[8] == gb11714_check_char(code[:8])


def gb11714_check_char(body: str) -> str:
    """GB 11714-1997 check character for the 8-character body of an organization code."""
    if len(body) != 8 or not body.isascii() or not body.isalnum():
        raise ValueError("need exactly 8 letters or digits")
    total = 0
    for ch, w in zip(body.upper(), _ORG_WEIGHTS, strict=True):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * w
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


_VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(vin: str) -> bool:
    """ISO 3779 / GB 16735 check digit (position 9) of a 17-character VIN."""
    if len(vin) != 17:
        return False
    try:
        total = sum(_VIN_VALUE[c] * w for c, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True))
    except KeyError:
        return False
    r = total % 11
    return vin[8].upper() == ("X" if r == 10 else str(r))


def vin_check_char(vin: str) -> str:
    """The check character (position 9) for a 17-character VIN; position 9 itself is ignored."""
    if len(vin) != 17:
        raise ValueError("need exactly 17 characters")
    total = sum(_VIN_VALUE[c] * w for c, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)
