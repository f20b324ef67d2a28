"""Remove from ``src/baomi/detect/data/common_words.txt`` the person names that jionlp's word list
holds as frequent words (刘芳, 李伟, 李强, 王建: its idf comes from news and novels, where some
names are frequent).

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python tools/prune_common_words.py /tmp/jb/jieba-0.42.1/jieba/dict.txt

An entry is removed when it is shaped like a name (a common surname, then one or two typical
given characters) and jieba's dictionary (MIT) either does not hold it or tags it as a famous
person (nrfg), or it has three characters and jieba tags it as a person (nr) and no place
character ends it, unless it ends in a character of titles, armies and dynasties (刘爷, 宋军, 金朝),
or is one of the few words of that shape kept by hand (张力, 谷歌, 白帆). Plain ``nr`` entries
stay: jieba tags many words so (宁静, 文明, 高明). Written by hand because no package marks which
frequent words are names; idempotent, so it can run after any rebuild of the list.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from baomi.detect.lexicon import common_surnames, given_name_chars

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/common_words.txt"
_NOT_A_GIVEN_NAME_END = frozenset("爷哥母帝王朝军兵家")
# places jieba tags as people (石家庄, 陆家嘴, 钱塘江, 白云山, 武英殿, 梁山泊, 金刚石);
# leaders' names are kept, which stand in set phrases (邓小平理论)
_PLACE_ENDS = frozenset("庄嘴江山殿泊石镇埃曰")
_WORDS_KEPT = frozenset(
    "张力 谷歌 林泉 白帆 夏雨 金波 金鹰 金龙 宁远 康熙 易方达 施罗德 薛姨妈 韩太太 陈瞎子 李贵妃"
    " 毛泽东 邓小平 胡锦涛 温家宝".split()
)


def names_among(words: list[str], jieba_tags: dict[str, str]) -> set[str]:
    surnames, given = common_surnames(), given_name_chars()
    return {
        w
        for w in words
        if 2 <= len(w) <= 3
        and w[0] in surnames
        and all(c in given for c in w[1:])
        and (
            jieba_tags.get(w, "nrfg") == "nrfg"
            # three characters tagged nr are a person (杨建华, 王小兰), unless a place ends them
            or (len(w) == 3 and jieba_tags[w] == "nr" and w[-1] not in _PLACE_ENDS)
        )
        and w[-1] not in _NOT_A_GIVEN_NAME_END
        and w not in _WORDS_KEPT
    }


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    tags = {}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        word, _freq, tag = line.split(" ")
        tags[word] = tag
    lines = OUT.read_text(encoding="utf-8").splitlines()
    words = [ln for ln in lines if ln and not ln.startswith("#")]
    names = names_among(words, tags)
    kept = [ln for ln in lines if ln not in names]
    OUT.write_text("".join(ln + "\n" for ln in kept), encoding="utf-8")
    print(f"removed {len(names)} names: {' '.join(sorted(names))}")


if __name__ == "__main__":
    main()
