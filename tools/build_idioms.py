"""Rebuild ``src/baomi/detect/data/idioms.txt``: four-character idioms, which in narrative text
often follow the person a clause is about (陈阳|信以为真, 董帅|素不相识) and whose first
character a given name may also hold.

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python tools/build_idioms.py /tmp/jb/jieba-0.42.1/jieba/dict.txt

Every four-character word of jieba's dictionary (MIT) tagged as an idiom (i), with a frequency of
at least 20.
"""

from __future__ import annotations

from pathlib import Path

import jieba_word_list

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/idioms.txt"
MIN_FREQUENCY = 20
HEADER = """\
# Four-character idioms (i) of jieba 0.42.1 dict.txt (MIT), frequency >= 20.
# An idiom after a name-shaped word is its predicate (陈阳|信以为真), and the name ends before it.
# Rebuilt by tools/build_idioms.py.
"""


def idioms(dict_txt: Path) -> list[str]:
    return jieba_word_list.tagged(dict_txt, 4, ("i",), MIN_FREQUENCY)


if __name__ == "__main__":
    jieba_word_list.main(__doc__, idioms, OUT, HEADER)
