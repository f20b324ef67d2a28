"""What the detector reports: a typed span, never the value itself."""

from __future__ import annotations

from typing import NamedTuple

from baomi.catalog import CATALOG, Category

__all__ = ["Finding"]


class Finding(NamedTuple):
    """One piece of personal information found in a text.

    ``start``/``end`` are Python string indices (code points) into the text given to the detector.
    ``recognizer`` and ``cue`` explain the finding: which rule fired and which context word (one of
    baomi's own cue words, never text from the input) supported it. The value is not stored, so a
    Finding can be logged or printed safely; use ``text[f.start:f.end]`` where the value is needed.
    A NamedTuple: immutable, and several times cheaper to create than a frozen dataclass, which
    matters at hundreds of thousands of findings per second.
    """

    type: str
    start: int
    end: int
    score: float
    recognizer: str
    cue: str | None = None

    @property
    def category(self) -> Category:
        return CATALOG[self.type].category if self.type in CATALOG else Category.C2

    @property
    def sensitive(self) -> bool:
        return CATALOG[self.type].sensitive if self.type in CATALOG else False

    @property
    def level(self) -> int:
        return CATALOG[self.type].level if self.type in CATALOG else 3

    @property
    def explanation(self) -> str:
        why = f"recognizer {self.recognizer}"
        return f"{why}, context {self.cue!r}" if self.cue else why

    def to_dict(self) -> dict[str, object]:
        """The JSON shape used by ``baomi detect --format jsonl``."""
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 2),
            "category": self.category.value,
            "sensitive": self.sensitive,
        }
