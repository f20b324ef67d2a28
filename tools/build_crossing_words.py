"""Rebuild ``src/baomi/detect/data/crossing_words.txt``: words of three to five characters that
a name-shaped span can sit across (佛|罗伦萨, 万平方|公里, 耀|武扬威), so that a span with no cue
word is no name where such a word covers either of its edges.

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python tools/build_crossing_words.py /tmp/jb/jieba-0.42.1/jieba/dict.txt

Every word of jieba's dictionary (MIT) of three to five characters with a frequency of at least 5,
not tagged as a person's name (nr*), that holds a surname's first character (where a span may
start) or starts with a typical given-name character (where a span's end may fall inside it).
"""

from __future__ import annotations

from pathlib import Path

import jieba_word_list

from baomi.detect.lexicon import given_name_chars, surnames

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/crossing_words.txt"
MIN_FREQUENCY = 5
HEADER = """\
# Words of three to five characters of jieba 0.42.1 dict.txt (MIT), frequency >= 5, not names
# (nr*), holding a surname character or starting with a typical given-name character: a name with
# no cue word does not sit across one (佛|罗伦萨, 万平方|公里). Rebuilt by
# tools/build_crossing_words.py.
"""


def crossing_words(dict_txt: Path) -> list[str]:
    singles, compounds = surnames()
    firsts = singles | {c[0] for c in compounds}
    given = given_name_chars()
    return sorted(
        {
            w
            for w, f, t in jieba_word_list.entries(dict_txt)
            if 3 <= len(w) <= 5
            and f >= MIN_FREQUENCY
            and t not in jieba_word_list.PERSON_TAGS
            and (any(c in firsts for c in w) or w[0] in given)
        }
    )


if __name__ == "__main__":
    jieba_word_list.main(__doc__, crossing_words, OUT, HEADER)
