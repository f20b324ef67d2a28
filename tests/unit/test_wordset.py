"""The trie-shaped word pattern finds exactly what the longest-first alternation finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from baomi.detect.recognizers.names import NAME_CUES_AFTER, NAME_CUES_BEFORE
from baomi.detect.wordset import trie_pattern

# A small alphabet, so that words share prefixes and texts contain them often.
_CHARS = st.sampled_from("客户经理姓名人的先生.*a")
_WORDS = st.sets(st.text(_CHARS, min_size=1, max_size=4), min_size=1, max_size=12)


def _alternation(words: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _assert_scans_as_the_alternation(words: set[str], text: str) -> None:
    trie = re.compile(trie_pattern(words))
    expected = [m.span() for m in _alternation(words).finditer(text)]
    assert [m.span() for m in trie.finditer(text)] == expected


@given(_WORDS, st.text(_CHARS, max_size=40))
def test_same_matches_as_the_sorted_alternation(words: set[str], text: str) -> None:
    _assert_scans_as_the_alternation(words, text)


def test_longest_word_wins() -> None:
    pattern = re.compile(trie_pattern(["客户", "客户经理", "客"]))
    assert [m.group() for m in pattern.finditer("客户经理和客户见客")] == ["客户经理", "客户", "客"]


def test_special_characters_are_literal() -> None:
    pattern = re.compile(trie_pattern(["a.b", "(x)"]))
    assert pattern.findall("axb a.b (x) x") == ["a.b", "(x)"]


def test_no_words_matches_nothing() -> None:
    assert re.compile(trie_pattern([])).search("anything") is None


_CUES = {*NAME_CUES_BEFORE, *NAME_CUES_AFTER}
_CUE_TEXT = st.lists(
    st.sampled_from(sorted(_CUES)) | st.text(st.sampled_from("张三李四，的人"), max_size=3),
    max_size=12,
).map("".join)


@given(_CUE_TEXT)
def test_the_name_cues_scan_the_same(text: str) -> None:
    _assert_scans_as_the_alternation(_CUES, text)


# Many first characters, so that the trie's top node is split by character range; the marks that
# mean something inside a character class (- ] ^ \) among them.
_WIDE_CHARS = st.sampled_from([chr(c) for c in range(0x4E00, 0x4EC8)] + list("-]^\\[.*a0 "))
_WIDE_WORDS = st.sets(st.text(_WIDE_CHARS, min_size=1, max_size=2), min_size=200, max_size=400)


@given(_WIDE_WORDS, st.text(_WIDE_CHARS, max_size=60))
def test_a_split_trie_matches_as_the_sorted_alternation(words: set[str], text: str) -> None:
    _assert_scans_as_the_alternation(words, text)


def test_a_wide_trie_is_split_and_guarded() -> None:
    words = [chr(0x4E00 + i) + "人" for i in range(300)]
    pattern = trie_pattern(words)
    assert pattern.startswith("(?=[")  # the first characters, tested once
    assert pattern.count("(?=[") >= 4  # the halves, each behind its range
    assert re.compile(pattern).findall("丁人一人七") == ["丁人", "一人"]
