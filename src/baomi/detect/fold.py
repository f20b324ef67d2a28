"""Fold text before the rules read it, one character for one, so every offset stays valid.

Full-width digits, letters and the marks inside identifiers (１３８…, ＡＢＣ＠ｑｑ．ｃｏｍ, typed
with a Chinese input method) read as ASCII, the ideographic space as a space, and traditional
characters as simplified ones (陳 as 陈, 帳號 as 帐号: Hong Kong, Macau and Taiwan customers'
records). The rest of the full-width punctuation (，：) is left alone: it is the ordinary
punctuation of Chinese text, which the rules expect.
"""

from __future__ import annotations

import re

from baomi.detect.lexicon import traditional_to_simplified

__all__ = ["fold"]

_FULL_WIDTH_CHARS = "０-９Ａ-Ｚａ-ｚ＠．－＿"
_FOLDED = {
    chr(c): chr(c - 0xFEE0)
    for c in range(0xFF01, 0xFF5F)
    if re.fullmatch(f"[{_FULL_WIDTH_CHARS}]", chr(c))
} | {"\u3000": " "}  # (the ideographic space of forms: 医师：祖国华　审核药师：…)
_FOLDED |= traditional_to_simplified()
# One character-class scan over the table's own keys decides; most lines need no folding and
# are returned as they are.
_NEEDS_FOLDING = re.compile(f"[{''.join(map(re.escape, _FOLDED))}]")
_FOLD = str.maketrans(_FOLDED)


def fold(text: str) -> str:
    """``text`` with full-width and traditional characters folded, as long as it was."""
    if _NEEDS_FOLDING.search(text):
        return text.translate(_FOLD)
    return text
