"""``--verify``: read the protected output back and look for values that should not be there.

Every text cell (or line, or JSON string) of the written file is scanned with the detector, its
column or field name as context. A finding is a leak unless its type's operator produces
realistic values by design (format-preserving pseudonyms, FPE: the output is *meant* to look
real, so these types are skipped and the report says so) or the value is already in protected
form (the operator maps it to itself, as a generalized address does). Leaks are reported by row,
column and type, never by value.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from baomi.detect import Detector
from baomi.protect.profiles import Protector
from baomi.tables.columns import detect_labelled_cells

__all__ = ["Leak", "find_leaks"]


@dataclass(frozen=True, slots=True)
class Leak:
    row: int
    column: str
    type_id: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column!r}" if self.column else "")
        return f"{where}: a {self.type_id} value remains"


def find_leaks(
    cells: Iterable[tuple[int, str, str]],
    det: Detector,
    protector: Protector,
    skip_columns: frozenset[str] = frozenset(),
    limit: int = 1000,
) -> list[Leak]:
    """Leaks among ``(row, column, text)`` cells; at most ``limit`` are collected."""
    realistic = protector.realistic_types()
    leaks: list[Leak] = []
    in_flight: deque[tuple[int, str, str]] = deque()  # cells read, their findings not yet seen

    def scanned() -> Iterator[tuple[str, str]]:
        for row, column, text in cells:  # streamed: a file of any size, flat memory
            if text and column not in skip_columns:
                in_flight.append((row, column, text))
                yield column, text

    for findings in detect_labelled_cells(det, scanned()):
        row, column, text = in_flight.popleft()
        for f in findings:
            if f.type in realistic:
                continue
            value = text[f.start : f.end]
            if protector(f.type, value) == value:
                continue
            leaks.append(Leak(row, column, f.type))
            if len(leaks) >= limit:
                return leaks
    return leaks
