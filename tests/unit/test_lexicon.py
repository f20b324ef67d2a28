"""The shipped word lists: which surnames count as common enough to read a name without a cue."""

from __future__ import annotations

import pytest

from baomi.detect.lexicon import common_surnames, data_lines, surnames


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
