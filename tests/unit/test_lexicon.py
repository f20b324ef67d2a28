"""The shipped word lists: which surnames count as common enough to read a name without a cue."""

from __future__ import annotations

import pytest

from baomi.detect.lexicon import (
    common_surnames,
    data_lines,
    english_given_names,
    institution_names,
    surnames,
)
from baomi.detect.recognizers.name_shape import name_score, surname_len


def test_the_most_common_and_the_compound_surnames_are_common() -> None:
    common = common_surnames()
    assert set(data_lines("surnames.txt")[:165]) <= common
    assert surnames()[1] <= common


@pytest.mark.parametrize("surname", list("滕晏戚邝靳臧"))
def test_a_rarer_surname_that_starts_no_listed_word_is_common(surname: str) -> None:
    assert surname in surnames()[0]
    assert surname in common_surnames()


# 路 (路上), 时 (时间), 海 (海外) and 全 (全部) start everyday words; 斯 starts transliterations
# (斯坦福) and 况 starts 况且, which the word lists miss.
@pytest.mark.parametrize("surname", list("路时海全斯况"))
def test_a_rarer_surname_that_starts_everyday_words_is_not(surname: str) -> None:
    assert surname in surnames()[0]
    assert surname not in common_surnames()


def test_institution_short_names_are_shipped_and_are_no_names() -> None:
    names = institution_names()
    assert {"浦发", "华融", "方正", "国寿"} <= names
    assert all(not n.startswith("#") for n in names)
    for n in ("浦发", "华融", "方正"):
        assert name_score(n, surname_len(n, 0), strong=True) is None
    assert name_score("王丽", 1, strong=True) is not None


def test_english_given_names_are_shipped_without_everyday_words() -> None:
    names = english_given_names()
    assert {"Sarah", "Peter", "John", "Emily"} <= names
    assert not {"Grace", "May", "Chase", "Morgan"} & names
