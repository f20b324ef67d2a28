"""False names in negative frames: jieba's words that begin with a surname, put in a sentence.

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python benchmarks/name_negatives.py /tmp/jb/jieba-0.42.1/jieba/dict.txt
    python benchmarks/name_negatives.py DICT --min-frequency 100 --frame '根据X的要求' --show 20

Every two- or three-character word of jieba's dictionary (MIT) that starts with a single or
compound surname of ``surnames.txt``, has at least the given frequency and a tag other than a
person name (nr, nrt, nrfg), is put in place of X in each frame. The table counts the words
read as names (a PERSON_NAME finding overlapping the word). Most such words are no names, but
not all: jieba leaves some names untagged (商建国), so the count is an upper bound of the false
names. A frame puts a word where a sentence could hold a name; the count shows how often a
rule takes the word for one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from baomi import Detector
from baomi.detect.lexicon import surnames

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import jieba_word_list

# Frames in which this project's rules once read many words as names (docs/benchmarks.md).
FRAMES = (
    "X，您好，请问有什么可以帮您？",
    "情况如下。X老先生已核实。",
    "根据X的要求，客户需补充材料。",
    "请向X转账。",
    "会后向X说明。",
    "由X负责。",
    "客户X账户余额不足。",
    "经鉴定，X的伤残等级为十级。",
    "原告起诉X要求返还借款。",
    "客户经理走访了X。",
)


def surname_words(dict_txt: Path, min_frequency: int) -> list[str]:
    singles, compounds = surnames()
    return sorted(
        {
            w
            for w, f, t in jieba_word_list.entries(dict_txt)
            if 2 <= len(w) <= 3
            and f >= min_frequency
            and t not in jieba_word_list.PERSON_TAGS
            and (w[0] in singles or w[:2] in compounds)
        }
    )


def read_as_names(det: Detector, frame: str, words: list[str]) -> list[str]:
    i = frame.index("X")
    out = []
    for w in words:
        found = det.detect(frame.replace("X", w, 1))
        if any(f.type == "PERSON_NAME" and f.start < i + len(w) and i < f.end for f in found):
            out.append(w)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dict_txt", type=Path, help="jieba 0.42.1's dict.txt")
    ap.add_argument("--min-frequency", type=int, default=20)
    ap.add_argument("--frame", action="append", help="a sentence with X (repeatable)")
    ap.add_argument("--show", type=int, default=0, help="words to list per frame")
    args = ap.parse_args()
    words = surname_words(args.dict_txt, args.min_frequency)
    det = Detector()
    print(f"{len(words)} words of frequency >= {args.min_frequency}\n")
    print("| frame | read as names | share |")
    print("|---|---|---|")
    for frame in args.frame or FRAMES:
        bad = read_as_names(det, frame, words)
        shown = f" ({' '.join(bad[: args.show])})" if args.show and bad else ""
        print(f"| {frame} | {len(bad)}{shown} | {len(bad) / len(words):.3f} |")


if __name__ == "__main__":
    main()
