"""What every operator is: a small callable ``(type_id, value) -> protected value``.

Operators are immutable and hold their key (if any) themselves, so one instance serves every
value of a run and can be shipped to worker processes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
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

    def bind_column(self, type_id: str) -> Callable[[Sequence[str]], list[str]]:
        """This operator over a whole block of one column's values (none of them empty).
        The default maps ``bind``; masks override it with slicing over uniform columns."""
        fn = self.bind(type_id)
        return lambda col: list(map(fn, col))


@dataclass(frozen=True)
class Keep(Operator):
    """Leave the value as it is (a profile's explicit choice, e.g. IP addresses for analytics)."""

    name: ClassVar[str] = "keep"

    def __call__(self, type_id: str, value: str) -> str:
        return value
