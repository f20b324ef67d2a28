"""What every operator is: a small callable ``(type_id, value) -> protected value``.

Operators are immutable and hold their key (if any) themselves, so one instance serves every
value of a run and can be shipped to worker processes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

__all__ = ["Keep", "Operator"]


class Operator:
    """Base of the operators.

    ``realistic`` marks operators whose output looks like a real value of the type (format-
    preserving pseudonyms and encryption): ``--verify`` cannot tell their output from a leak, so it
    skips those types and says so.
    """

    name: ClassVar[str] = "operator"

    @property
    def realistic(self) -> bool:
        return False

    def __call__(self, type_id: str, value: str) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def bind(self, type_id: str) -> Callable[[str], str]:
        """This operator for one type, as a one-argument function (table columns call it per
        value; operators with a faster specialized form override this)."""
        return functools.partial(self, type_id)


@dataclass(frozen=True)
class Keep(Operator):
    """Leave the value as it is (a profile's explicit choice, e.g. IP addresses for analytics)."""

    name: ClassVar[str] = "keep"

    def __call__(self, type_id: str, value: str) -> str:
        return value
