"""What a token recognizer is: data (a shape, cue groups, scores) plus a small validate hook.

The engine hands each candidate token to the recognizers registered for its kind; each one checks
the shape with ``fullmatch``, asks its validator for a base score, and adds context. The best
score wins. Custom recognizers loaded from YAML are the same objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["TokenRecognizer", "Validator"]

# A validator gets the value with separators removed and the cue groups found near it
# (group -> cue word), and returns a base score in [0, 1], or None to reject the candidate.
Validator = Callable[[str, Mapping[str, str]], float | None]


@dataclass(frozen=True, slots=True)
class TokenRecognizer:
    name: str
    type: str
    kinds: tuple[str, ...]
    pattern: re.Pattern[str]
    validate: Validator
    # Cue groups, the most telling first: a value's explanation names the first one present
    # (a foreign permanent resident's 永久居留 before the 身份证号 of any ID).
    cues: tuple[str, ...] = ()
    needs_cue: bool = False
    cue_bonus: float = 0.1
    negative_penalty: float = 0.35
    look_right: bool = False  # cue words after the value count too (e.g. "123456是您的验证码")
    own_cues: re.Pattern[str] | None = None  # context words of a custom recognizer
    # Lengths the value (separators removed) can have, so the engine offers a digit run only to
    # the recognizers that could accept it. None: any length.
    lengths: frozenset[int] | None = None
    # Cue groups read from the value's own sentence, back at most ``far_reach`` characters,
    # instead of the usual window (a validity's document or product, named before its 有效期:
    # 评估结果为C3稳健型，有效期至2027年3月; not one of the sentence before). Read only once a cue
    # was found.
    far_groups: frozenset[str] = frozenset()
    far_reach: int = 0
    # The highest base score the validator returns. With cue_bonus it bounds what this recognizer
    # can score, so the engine stops trying recognizers once one has scored at least that much.
    max_base: float = 1.0

    @property
    def max_score(self) -> float:
        return min(1.0, self.max_base + self.cue_bonus)
