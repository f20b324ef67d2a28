"""Word lists shipped inside the package: surnames, given-name characters, administrative divisions.

Loaded once per process and cached; nothing is fetched at run time. Sources and licences are in
``data/NOTICE.md``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "MOST_COMMON_SURNAMES",
    "Division",
    "common_surnames",
    "common_words",
    "crossing_words",
    "curated_given_chars",
    "data_lines",
    "divisions",
    "frequent_bigrams",
    "given_name_affinity",
    "given_name_chars",
    "institution_names",
    "region_codes",
    "surname_words",
    "surnames",
    "taiwan_divisions",
    "traditional_to_simplified",
    "verbs",
    "word_bigrams",
]


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a file in ``baomi/detect/data``."""
    text = resources.files("baomi.detect").joinpath("data", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


@dataclass(frozen=True, slots=True)
class Division:
    code: str  # 6-digit administrative division code (GB/T 2260)
    level: str  # province | city | district
    name: str


@cache
def divisions() -> tuple[Division, ...]:
    out = []
    for ln in data_lines("divisions.tsv"):
        code, level, name = ln.split("\t")
        out.append(Division(code, level, name))
    return tuple(out)


@cache
def region_codes() -> frozenset[str]:
    """Known 6-digit division codes, for the region check of resident IDs."""
    return frozenset(d.code for d in divisions())


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = data_lines("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


# How many of surnames.txt's single surnames (most common first) count as common in any case.
MOST_COMMON_SURNAMES = 165
# Rarer surnames that start everyday words all the same, though the word lists miss them:
# 斯 (斯坦福 and every transliteration), 於 (written for 于), 况 (况且), 帅 (帅哥), 毋 (毋庸), 籍
# (户籍, 国籍: it ends words).
_WORDY_RARE_SURNAMES = frozenset("斯於况帅毋籍")


@cache
def common_surnames() -> frozenset[str]:
    """The surnames a name can be read from without a cue word: the most common single
    surnames, every compound surname, and the rarer single surnames that start no listed word
    (滕, 晏, 戚, 邝: in text such a character is almost always a surname, as a compound is)."""
    words = data_lines("surnames.txt")
    starts = Counter(w[0] for w in frequent_bigrams() | word_bigrams())
    starts_surname_word = Counter(w[0] for w in surname_words())
    unambiguous = (
        w
        for w in words[MOST_COMMON_SURNAMES:]
        if len(w) == 1
        and starts[w] <= 1
        and starts_surname_word[w] <= 2
        and w not in _WORDY_RARE_SURNAMES
    )
    return frozenset(words[:MOST_COMMON_SURNAMES]) | surnames()[1] | frozenset(unambiguous)


# A character at least e^1.5 (4.5) times as frequent inside given names as in text at large is a
# typical given-name character. Set by the probes in docs/benchmarks.md: lower let words through
# (安顿, 舒坦), higher missed real names (凌鸿勋, 余佩皋).
TYPICAL_AFFINITY = 1.5
# Frequent in transliterated foreign names (彭斯, 罗尼, 康纳), which the statistics count as
# person names, but rare in Chinese given names: such a character does not make a name typical.
_WESTERN_TRANSLITERATION = frozenset("斯尔爾尼纳特拉克顿夫姆塞丁塔奥索格基里兹茨蒂迪伊普森")
# Characters of death and burial that the statistics rate as given-name characters (historical
# text: 某某卒, 葬于…), but which no one is named with today (邹文彬卒于…: 卒 is the verb).
_OF_DEATH = frozenset("卒尸屍棺椁槨冢塚")


@cache
def curated_given_chars() -> frozenset[str]:
    """The hand-curated given-name characters (and Faker's): what the corpus generator draws."""
    return frozenset("".join(data_lines("given_chars.txt")))


@cache
def given_name_affinity() -> dict[str, float]:
    """ln(P(char in a given name) / P(char in any text)) for about 3,200 characters."""
    out = {}
    for ln in data_lines("given_char_affinity.tsv"):
        ch, value = ln.split("\t")
        out[ch] = float(value)
    return out


@cache
def given_name_chars() -> frozenset[str]:
    """Typical given-name characters: the curated list, and every character the statistics
    show to be typical of given names (凌鸿勋's 鸿 and 勋, 余佩皋's 佩 and 皋)."""
    typical = (
        ch
        for ch, affinity in given_name_affinity().items()
        if affinity >= TYPICAL_AFFINITY
        and ch not in _WESTERN_TRANSLITERATION
        and ch not in _OF_DEATH
    )
    return curated_given_chars() | frozenset(typical)


@cache
def common_words() -> frozenset[str]:
    """Frequent words that begin with a surname character (关系, 马上 ...): not names. With them
    the everyday words that jieba tags as names, which its other lists leave out (敬爱, 毛驴)."""
    return frozenset(data_lines("common_words.txt")) | frozenset(data_lines("everyday_words.txt"))


@cache
def surname_words() -> frozenset[str]:
    """Less frequent words that begin with a surname character (高铁, 白金, 方圆): with no cue word,
    such a word is the word, not a name."""
    return frozenset(data_lines("surname_words.txt"))


@cache
def word_bigrams() -> frozenset[str]:
    """Less frequent two-character words (陪同, 血糖): where one starts, a name has ended."""
    return frozenset(data_lines("word_bigrams.txt"))


@cache
def frequent_bigrams() -> frozenset[str]:
    """Frequent two-character words (通过, 办理 ...): a name does not run into one."""
    return frozenset(data_lines("frequent_bigrams.txt"))


@cache
def idioms() -> frozenset[str]:
    """Four-character idioms (信以为真, 素不相识 ...): one after a name-shaped word is its
    predicate, and the name ends before it."""
    return frozenset(data_lines("idioms.txt"))


@cache
def crossing_words() -> frozenset[str]:
    """Words of three to five characters that a name-shaped span may sit across (佛|罗伦萨,
    万平方|公里, 耀|武扬威): a span with no cue word under either edge of one is no name.
    jieba's words, and the words of this project's domain that jieba lacks (对账单, 余额宝)."""
    return frozenset(data_lines("crossing_words.txt")) | frozenset(data_lines("domain_words.txt"))


@cache
def verbs() -> frozenset[str]:
    """Two-character verbs (撤回, 邀请 ...): one right after a name-shaped word that opens a clause
    makes that word the clause's subject."""
    return frozenset(data_lines("verbs.txt"))


@cache
def english_given_names() -> frozenset[str]:
    """English given names (Sarah, Peter), less everyday words (Grace, May): the first word of a
    foreign client's name written in Latin letters."""
    return frozenset(data_lines("english_given_names.txt"))


@cache
def institution_names() -> frozenset[str]:
    """Short names of financial institutions and operators written like a person's name (浦发,
    华融, 方正): never a name, whatever cue stands beside them."""
    return frozenset(data_lines("institutions.txt"))


@cache
def traditional_to_simplified() -> dict[str, str]:
    """Traditional characters and the simplified character each is read as (陳 -> 陈, 帳 -> 帐):
    one for one, so a record in traditional Chinese meets the rules with its offsets unchanged."""
    return dict(line.split("\t") for line in data_lines("traditional_chars.txt"))


@cache
def taiwan_divisions() -> frozenset[str]:
    """Taiwan's cities and counties (台北市, 彰化县), which the code table lists only as 台湾省:
    division names for addresses, never region codes."""
    return frozenset(data_lines("taiwan_divisions.txt"))
