"""Rebuild ``src/baomi/detect/data/surname_words.txt``: words that begin with a surname but are not
names (高铁, 白金, 方圆), which a name found without a cue word must not be.

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python tools/build_surname_words.py /tmp/jb/jieba-0.42.1/jieba/dict.txt

Every two- or three-character word of jieba's dictionary (MIT) that starts with a single or
compound surname of ``surnames.txt``, has a frequency of at least 10 and a part-of-speech tag
other than a person name (nr, nrt, nrfg), and is not already in ``common_words.txt``. Run it
again after adding surnames, so their words are known too.
"""

from __future__ import annotations

from pathlib import Path

import jieba_word_list

from baomi.detect.lexicon import common_words, surnames

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/surname_words.txt"
MIN_FREQUENCY = 10
HEADER = """\
# Words that begin with a surname character (高铁, 白金, 方圆 ...), tagged as something other than a
# person name (nr) in jieba 0.42.1 dict.txt (MIT), frequency >= 10, not already in common_words.txt.
# A name with no cue word must not be one of them. Rebuilt by tools/build_surname_words.py.
"""


def surname_words(dict_txt: Path) -> list[str]:
    singles, compounds = surnames()
    starts = singles | compounds
    common = common_words()
    out = []
    for word, freq, tag in jieba_word_list.entries(dict_txt):
        if (
            2 <= len(word) <= 3
            and freq >= MIN_FREQUENCY
            and tag not in jieba_word_list.PERSON_TAGS
            and (word[0] in starts or word[:2] in starts)
            and word not in common
        ):
            out.append(word)
    return out


if __name__ == "__main__":
    jieba_word_list.main(__doc__, surname_words, OUT, HEADER)
