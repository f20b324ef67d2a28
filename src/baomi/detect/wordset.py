"""One regular expression for a set of words, shaped as a trie.

Why by hand: the obvious ``"|".join(sorted(words, key=len, reverse=True))`` makes ``re`` try every
word that shares a first character, one after another, at each position; with hundreds of cue
words that scan cost 6-7 us on a 40-character line. Nesting the words by common prefix
(客户(?:经理|姓名)?) lets ``re`` follow one branch per character. No maintained package builds
such a pattern for ``re`` (pyahocorasick matches, but needs a bytes round trip per line and a
different match API at every call site).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_END = ""
_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching exactly the given words, preferring the longest at each position
    (the same matches as the alternation of the words sorted longest first)."""
    trie: _Trie = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not trie:
        return "(?!)"
    firsts = sorted(ch for ch in trie if ch)
    if len(firsts) <= _SPLIT:
        return _render(trie)
    # (the first characters, tested once: with the split below, a third of the time of the
    # plain alternation, whose start ``re`` otherwise finds from its literals)
    return f"(?=[{''.join(map(re.escape, firsts))}])" + _render(trie)


# A node with more children than ``_SPLIT`` is split in two by character range, and the halves
# again down to ``_LEAF`` children. ``re`` tries the children of an alternation one after another
# at each position: for the 300 first characters of the name cues that scan was most of the cost
# (9.1 us on a sample line; 3.5 us split and guarded as above). A smaller node stays one
# alternation: there the guard costs more than it saves, since it hides the first characters
# from ``re``, which otherwise skips to them (85 leading words: 0.9 us plain, 1.4 us split).
_SPLIT = 128
_LEAF = 32


def _render(node: _Trie) -> str:
    """The pattern below one trie node; children are tried before ending the word here, and at
    most one child can match the next character, so the first match is the longest."""
    children = [(ch, child) for ch, child in sorted(node.items()) if ch]
    if not children:
        return ""
    branches = [re.escape(ch) + _render(child) for ch, child in children]
    body = _joined(branches) if len(children) <= _SPLIT else _alternation(children, branches)
    if _END in node:
        return body + "?" if len(body) == 1 else f"(?:{body})?"
    return body


def _alternation(children: list[tuple[str, _Trie]], branches: list[str]) -> str:
    """The branches as one alternation; past ``_LEAF`` of them, two halves, each behind a
    look-ahead for its range of first characters, so ``re`` skips the half that cannot match.
    The children are sorted and each half holds one range, so the order of the branches and the
    matches are those of the plain alternation."""
    if len(branches) <= _LEAF:
        return _joined(branches)
    mid = len(branches) // 2
    halves = []
    for part in (slice(None, mid), slice(mid, None)):
        chars = children[part]
        guard = f"(?=[{re.escape(chars[0][0])}-{re.escape(chars[-1][0])}])"
        halves.append(guard + _alternation(chars, branches[part]))
    return "(?:" + "|".join(halves) + ")"


def _joined(branches: list[str]) -> str:
    """One branch as it is, several as one group of alternatives."""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
