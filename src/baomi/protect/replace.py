"""The ``replace`` operator: a label in place of the value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from baomi.catalog import CATALOG
from baomi.protect.base import Operator

__all__ = ["Replace"]


@dataclass(frozen=True)
class Replace(Operator):
    """``<CN_MOBILE>`` by default, ``[手机号码]`` with ``chinese=True``; ``template`` may use
    ``{type}`` and ``{name_zh}``."""

    name: ClassVar[str] = "replace"
    template: str = "<{type}>"
    chinese: bool = False

    def __call__(self, type_id: str, value: str) -> str:
        et = CATALOG.get(type_id)
        name_zh = et.name_zh if et else type_id
        template = "[{name_zh}]" if self.chinese else self.template
        return template.format(type=type_id, name_zh=name_zh)
