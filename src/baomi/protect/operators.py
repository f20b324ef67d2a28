"""Operators besides ``mask``: ``redact`` (remove), ``replace`` (a label), ``generalize``.

Each operator is a small callable ``(type_id, value) -> str``; the anonymizer applies them to the
spans the detector found. Keyed operators (HMAC pseudonyms, FPE) need the key provider of the vault
and come with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baomi.catalog import CATALOG
from baomi.detect.recognizers.address import division_end
from baomi.protect.mask import mask_default

__all__ = ["Generalize", "MaskOperator", "Operator", "Redact", "Replace"]


class Operator:
    """Base of the operators: turn one detected value into its protected form."""

    name = "operator"

    def __call__(self, type_id: str, value: str) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True)
class MaskOperator(Operator):
    """The spec's per-type display mask (``shared/spec/entities.md``)."""

    name = "mask"

    def __call__(self, type_id: str, value: str) -> str:
        return mask_default(type_id, value)


@dataclass(frozen=True)
class Redact(Operator):
    """Remove the value entirely."""

    name = "redact"

    def __call__(self, type_id: str, value: str) -> str:
        return ""


@dataclass(frozen=True)
class Replace(Operator):
    """Put a label in place of the value: ``<CN_MOBILE>`` by default, or ``[手机号码]`` with
    ``chinese=True``; ``template`` may use ``{type}`` and ``{name_zh}``."""

    name = "replace"
    template: str = "<{type}>"
    chinese: bool = False

    def __call__(self, type_id: str, value: str) -> str:
        et = CATALOG.get(type_id)
        name_zh = et.name_zh if et else type_id
        template = "[{name_zh}]" if self.chinese else self.template
        return template.format(type=type_id, name_zh=name_zh)


_YEAR = re.compile(r"(19|20)\d{2}")


@dataclass(frozen=True)
class Generalize(Operator):
    """Coarser truth instead of the value: birth date -> year, address -> district (or city with
    ``address_level='city'``); other types get their display mask, which for coordinates is
    already a generalization (one decimal place)."""

    name = "generalize"
    address_level: str = "district"

    def __call__(self, type_id: str, value: str) -> str:
        if type_id == "DATE_OF_BIRTH":
            m = _YEAR.search(value)
            return m.group() if m else "****"
        if type_id == "CN_ADDRESS":
            return _address_prefix(value, self.address_level)
        return mask_default(type_id, value)  # coordinates: the display mask is one decimal


_CITY_END = re.compile(r"^.*?(?:市|自治州|地区|盟)")


def _address_prefix(value: str, level: str) -> str:
    divisions = value[: division_end(value)]
    if level == "city":
        m = _CITY_END.match(divisions)
        return m.group() if m else divisions
    return divisions
