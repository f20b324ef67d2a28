"""Rebuild ``src/baomi/detect/data/verbs.txt``: two-character verbs, which so often follow the
person who opens a clause (余晓|撤回了…, 侯佳|邀请…).

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python tools/build_verbs.py /tmp/jb/jieba-0.42.1/jieba/dict.txt

Every two-character word of jieba's dictionary (MIT) tagged as a verb (v) or a verbal noun (vn),
with a frequency of at least 30.
"""

from __future__ import annotations

from pathlib import Path

import jieba_word_list

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/verbs.txt"
MIN_FREQUENCY = 30
HEADER = """\
# Two-character verbs (v) and verbal nouns (vn) of jieba 0.42.1 dict.txt (MIT), frequency >= 30.
# A verb right after a name-shaped word that opens a clause makes it the clause's subject
# (余晓撤回了…).
# Rebuilt by tools/build_verbs.py.
"""


def verbs(dict_txt: Path) -> list[str]:
    return jieba_word_list.tagged(dict_txt, 2, ("v", "vn"), MIN_FREQUENCY)


if __name__ == "__main__":
    jieba_word_list.main(__doc__, verbs, OUT, HEADER)
