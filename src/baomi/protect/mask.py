"""The ``mask`` operator: keep the first a and last b significant characters, star the rest.

Separators (spaces, dashes, dots, parentheses, @) stay where they are, so a masked value keeps its
shape (``6222 02** **** ***0 128``). C3 values (CVN, expiry, password) and one-time codes become a
fixed string that reveals nothing, not even the length. The per-type defaults follow
``shared/spec/entities.md``; docs/entities.md lists them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from baomi.catalog import CATALOG, Category
from baomi.detect.recognizers.address import division_end
from baomi.detect.recognizers.misc import CHINESE_NUMERALS
from baomi.protect.base import Operator

__all__ = ["DEFAULT_MASKS", "Mask", "MaskOperator", "mask_default"]

_SEPARATORS = frozenset(" -./()（）@·•:,，、")
_HAS_SEPARATOR = re.compile("[" + re.escape("".join(sorted(_SEPARATORS))) + "]")
_NOT_SEPARATOR = re.compile("[^" + re.escape("".join(sorted(_SEPARATORS))) + "]")
_STAR = "*"


@dataclass(frozen=True, slots=True)
class Mask:
    """Keep ``keep_first`` and ``keep_last`` significant characters; or return ``fixed``."""

    keep_first: int = 0
    keep_last: int = 0
    fixed: str | None = None

    def __post_init__(self) -> None:
        if self.keep_first < 0 or self.keep_last < 0:
            raise ValueError("keep_first and keep_last must be >= 0")

    def bind(self) -> Callable[[str], str]:
        """This mask as a closure over its constants: the fast path without attribute look-ups
        (table columns call it once per value)."""
        if self.fixed is not None:
            fixed = self.fixed
            return lambda _v: fixed
        a, b, general = self.keep_first, self.keep_last, self.__call__

        def masked(v: str) -> str:
            n = len(v)
            if n > a + b and v.isalnum():
                return v[:a] + _STAR * (n - a - b) + v[n - b :] if b else v[:a] + _STAR * (n - a)
            return general(v)

        return masked

    def __call__(self, value: str) -> str:
        if self.fixed is not None:
            return self.fixed
        n = len(value)
        if n > self.keep_first + self.keep_last and (
            value.isalnum() or not _HAS_SEPARATOR.search(value)
        ):
            # The common case (no separators): slicing, about 10x faster than the general path.
            return (
                value[: self.keep_first]
                + _STAR * (n - self.keep_first - self.keep_last)
                + (value[n - self.keep_last :] if self.keep_last else "")
            )
        significant = [i for i, c in enumerate(value) if c not in _SEPARATORS]
        n = len(significant)
        # Never reveal everything: on a value too short for the rule, keep proportionally less.
        first, last = self.keep_first, self.keep_last
        while first + last >= n and (first or last):
            if first >= last and first:
                first -= 1
            elif last:
                last -= 1
        hidden = set(significant[first : n - last])
        return "".join(_STAR if i in hidden else c for i, c in enumerate(value))


_KEEP_1_0 = Mask(1, 0)
_KEEP_1_1 = Mask(1, 1)
_KEEP_3_4 = Mask(3, 4)


def _name(value: str) -> str:
    """2 characters: keep 1+0; 3 or more: keep 1+1 (spec)."""
    n = len(value)
    if n == 2 and " " not in value:
        return value[0] + _STAR
    if n == 3 and value.isalnum():
        return value[0] + _STAR + value[2]
    return _KEEP_1_0(value) if len(value.replace(" ", "")) <= 2 else _KEEP_1_1(value)


def _name_column(col: Sequence[str], one: Callable[[str], str]) -> list[str]:
    """Names of two or more letters without spaces: first letter, stars, and the last letter
    for three or more (the spec's rule, without a call per name)."""
    if min(map(len, col)) >= 2 and "".join(col).isalnum():
        return [v[0] + _STAR if len(v) == 2 else v[0] + _STAR * (len(v) - 2) + v[-1] for v in col]
    return list(map(one, col))


def _address_column(col: Sequence[str], one: Callable[[str], str]) -> list[str]:
    """Addresses of letters and digits only: the divisions kept, every later character starred."""
    if not "".join(col).isalnum():
        return list(map(one, col))
    ends = list(map(division_end, col))
    return [v[:e] + _STAR * (len(v) - e) for v, e in zip(col, ends, strict=True)]


_AREA = re.compile(r"^[(（]?(0(?:10|2\d|[3-9]\d{2}))[)）]?")


_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086|86)[ \-]?(?=1)")


def _mobile(value: str) -> str:
    """Keep 3+4 of the national number; a +86/0086 prefix stays as written."""
    if len(value) == 11 and value.isdigit():
        return value[:3] + "****" + value[7:]
    m = _COUNTRY_PREFIX.match(value)
    cut = m.end() if m else 0
    return value[:cut] + _KEEP_3_4(value[cut:])


def _landline(value: str) -> str:
    """Keep the area code and the last 4 digits."""
    m = _AREA.match(value)
    keep = len(m.group(1)) if m else 0
    return Mask(keep, 4)(value)


def _email(value: str) -> str:
    """Keep the first character of the local part and the whole domain."""
    local, at, domain = value.rpartition("@")
    if not at:
        return _KEEP_1_0(value)
    return (local[:1] + _STAR * (len(local) - 1)) + "@" + domain


def _address(value: str) -> str:
    """Keep up to the district level; star the street, number, building and room."""
    keep = division_end(value)  # the whole value when it is only divisions: nothing finer to hide
    tail = value[keep:]
    return value[:keep] + (_STAR * len(tail) if tail.isalnum() else _NOT_SEPARATOR.sub(_STAR, tail))


_YEAR = re.compile(r"^\d{4}")


def _date_of_birth(value: str) -> str:
    """Keep the year only (1976年*月**日; written in Chinese numerals, 一九七六年*月**日)."""
    worded_year = len(value) >= 4 and set(value[:4]) <= CHINESE_NUMERALS
    keep = 4 if _YEAR.match(value) or worded_year else 0
    return value[:keep] + "".join(
        _STAR if c.isdigit() or c in CHINESE_NUMERALS else c for c in value[keep:]
    )


def _ip(value: str) -> str:
    """IPv4: keep the first two octets; IPv6: keep the first two groups."""
    sep = "." if "." in value and ":" not in value else ":"
    parts = value.split(sep)
    return sep.join(p if i < 2 else _STAR for i, p in enumerate(parts))


_COORD = re.compile(r"(-?\d{1,3})\.(\d)\d*")


def _geo(value: str) -> str:
    """One decimal place (about 11 km)."""
    return _COORD.sub(lambda m: f"{m.group(1)}.{m.group(2)}", value)


DEFAULT_MASKS: dict[str, Callable[[str], str]] = {
    "PERSON_NAME": _name,
    "CN_RESIDENT_ID": Mask(6, 4),
    "CN_FOREIGN_PR_ID": Mask(3, 4),
    "CN_PASSPORT": Mask(1, 3),
    "CN_HMT_PERMIT": Mask(1, 3),
    "CN_MOBILE": _mobile,
    "CN_LANDLINE": _landline,
    "EMAIL": _email,
    "CN_ADDRESS": _address,
    "BANK_CARD": Mask(6, 4),
    "BANK_ACCOUNT": Mask(0, 4),
    "CARD_CVN": Mask(fixed="***"),
    "CARD_EXPIRY": Mask(fixed="**/**"),
    "PASSWORD": Mask(fixed="******"),
    "SMS_CODE": Mask(fixed="******"),
    "DATE_OF_BIRTH": _date_of_birth,
    "CN_USCC": Mask(8, 4),
    "CN_LICENSE_PLATE": Mask(2, 1),
    "VIN": Mask(0, 6),
    "IMEI": Mask(8, 0),
    "IP_ADDRESS": _ip,
    "GEO_COORDINATE": _geo,
}


_STAR_ALL = Mask(0, 0)


def mask_default(type_id: str, value: str) -> str:
    """The spec's display mask for ``type_id``; an unknown (custom) type is fully starred."""
    return DEFAULT_MASKS.get(type_id, _STAR_ALL)(value)


@dataclass(frozen=True)
class MaskOperator(Operator):
    """Star all but the first ``keep_first`` and last ``keep_last`` significant characters.

    Without both, the spec's per-type mask applies. C3 values (CVN, expiry, password) always
    become their fixed string, whatever is asked: their length alone helps a guesser.
    """

    name: ClassVar[str] = "mask"
    keep_first: int | None = None
    keep_last: int | None = None
    _custom: Mask | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "_custom",
            Mask(self.keep_first or 0, self.keep_last or 0)
            if self.keep_first is not None or self.keep_last is not None
            else None,
        )

    def _rule(self, type_id: str) -> Callable[[str], str]:
        """The mask that applies to ``type_id``: the custom one, except for C3 types and when
        none was asked, which get the spec's default."""
        et = CATALOG.get(type_id)
        if self._custom is None or (et is not None and et.category is Category.C3):
            return DEFAULT_MASKS.get(type_id, _STAR_ALL)
        return self._custom

    def bind(self, type_id: str) -> Callable[[str], str]:
        """The mask for one type as a one-argument function (no per-value lookups)."""
        rule = self._rule(type_id)
        return rule.bind() if isinstance(rule, Mask) else rule

    def bind_column(self, type_id: str) -> Callable[[Sequence[str]], list[str]]:
        """Masks over a block of one column: when every value has the same length and only
        letters and digits (IDs, cards, mobiles in a table), one slice expression per value with
        no function call -- checked at C speed by ``isalnum`` over the joined block."""
        one = self.bind(type_id)
        rule = self._rule(type_id)
        if rule is _mobile:
            rule = _KEEP_3_4  # an 11-digit column: the mobile mask is keep 3+4
        if rule is _name:
            return lambda col: _name_column(col, one)
        if rule is _address:
            return lambda col: _address_column(col, one)
        if not isinstance(rule, Mask) or rule.fixed is not None:
            return lambda col: list(map(one, col))
        a, b = rule.keep_first, rule.keep_last

        def column(col: Sequence[str]) -> list[str]:
            lengths = set(map(len, col))
            if len(lengths) == 1 and "".join(col).isalnum():
                n = lengths.pop()
                if n > a + b:
                    stars, cut = _STAR * (n - a - b), n - b
                    return [v[:a] + stars + v[cut:] for v in col]
            return list(map(one, col))

        return column

    def __call__(self, type_id: str, value: str) -> str:
        return self._rule(type_id)(value)
