"""The ``redact`` operator: the value is removed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from baomi.protect.base import Operator

__all__ = ["Redact"]


@dataclass(frozen=True)
class Redact(Operator):
    """Remove the value entirely (an empty string in its place)."""

    name: ClassVar[str] = "redact"

    def __call__(self, type_id: str, value: str) -> str:
        return ""
