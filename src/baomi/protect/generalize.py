"""The ``generalize`` operator: a coarser truth instead of the value.

Birth date -> year (or decade), age -> band (``30-39``), address -> district, city or province,
coordinates -> one decimal place. Coarser values keep statistics useful while making a person
hide in a larger group (see ``baomi risk``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from baomi.detect.recognizers.address import division_end
from baomi.detect.recognizers.misc import worded_date
from baomi.protect.base import Operator
from baomi.protect.mask import mask_default

__all__ = ["Generalize", "age_band"]

_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBER = re.compile(r"^\s*(\d{1,3})(?:\.\d+)?\s*(?:岁|周岁)?\s*$")
_PROVINCE_END = re.compile(r"^.*?(?:特别行政区|自治区|省|北京市|天津市|上海市|重庆市)")
_CITY_END = re.compile(r"^.*?(?:市|自治州|地区|盟)")


def age_band(value: str, width: int) -> str | None:
    """``37`` -> ``30-39`` for width 10; None when the value is not an age."""
    m = _NUMBER.match(value)
    if not m:
        return None
    age = int(m.group(1))
    low = age // width * width
    return f"{low}-{low + width - 1}"


@dataclass(frozen=True)
class Generalize(Operator):
    """Coarser values; types with no coarser form get their display mask."""

    name: ClassVar[str] = "generalize"
    address_level: Literal["district", "city", "province"] = "district"
    date_level: Literal["year", "decade"] = "year"
    age_band: int = 10

    def __call__(self, type_id: str, value: str) -> str:
        if type_id == "DATE_OF_BIRTH":
            m = _YEAR.search(value)
            worded = None if m else worded_date(value)  # (一九七六年五月十二日 -> 1976)
            if m:
                year = m.group()
            elif worded is not None:
                year = str(worded[0])
            else:
                return "****"
            return f"{year[:3]}0s" if self.date_level == "decade" else year
        if type_id == "CN_ADDRESS":
            return _address_prefix(value, self.address_level)
        if not type_id:  # a column without an entity type, e.g. 年龄: ages become bands
            band = age_band(value, self.age_band)
            return band if band is not None else value
        return mask_default(type_id, value)  # coordinates: one decimal place


def _address_prefix(value: str, level: str) -> str:
    divisions = value[: division_end(value)]
    pattern = {"city": _CITY_END, "province": _PROVINCE_END}.get(level)
    if pattern is None:
        return divisions
    m = pattern.match(divisions)
    return m.group() if m else divisions
