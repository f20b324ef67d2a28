"""False names in word soup: sentences of jieba's words, none a person's name, read by the detector.

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python benchmarks/name_soup.py /tmp/jb/jieba-0.42.1/jieba/dict.txt
    python benchmarks/name_soup.py DICT --sentences 5000 --seed 2 --show 20

Each sentence is two to four clauses of three to eight words drawn from jieba's dictionary (MIT)
by frequency (to the power 0.75), leaving out the words tagged as person names (nr, nrt, nrfg)
and those seen fewer than 50 times, with a full-width comma between clauses and a full stop,
question or exclamation mark at the end. The text means nothing, but every seam between two
words is one that real text has too, so a name read in it is a false one: the count is a false
positive rate for the rules that read names without a cue word (a name-shaped span across a
seam: 佛|罗伦萨, 夏天|怀着), and the table shows which rule read them.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from baomi import Detector

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import jieba_word_list

_MIN_FREQUENCY = 50


def soup(dict_txt: Path, sentences: int, seed: int) -> list[str]:
    """``sentences`` sentences of words drawn by frequency; the same for the same seed."""
    words, weights = [], []
    for w, f, t in jieba_word_list.entries(dict_txt):
        if f >= _MIN_FREQUENCY and t not in jieba_word_list.PERSON_TAGS:
            words.append(w)
            weights.append(f**0.75)
    r = random.Random(seed)
    out = []
    for _ in range(sentences):
        clauses = (
            "".join(r.choices(words, weights, k=r.randint(3, 8))) for _ in range(r.randint(2, 4))
        )
        out.append("，".join(clauses) + r.choice("。。。！？"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dict_txt", type=Path, help="jieba 0.42.1's dict.txt")
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="false names to list per rule")
    args = ap.parse_args()
    det = Detector()
    by_cue: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for text in soup(args.dict_txt, args.sentences, args.seed):
        for f in det.detect(text):
            if f.type == "PERSON_NAME":
                cue = f.cue or f.recognizer
                by_cue[cue] += 1
                shown.setdefault(cue, []).append(text[f.start : f.end])
    total = sum(by_cue.values())
    print(f"{args.sentences} sentences (seed {args.seed}): {total} false names")
    print(f"({1000 * total / args.sentences:.1f} per 1,000 sentences)\n")
    print("| rule or cue | false names |")
    print("|---|---|")
    for cue, n in by_cue.most_common(15):
        listed = f" ({' '.join(shown[cue][: args.show])})" if args.show else ""
        print(f"| {cue} | {n}{listed} |")


if __name__ == "__main__":
    main()
