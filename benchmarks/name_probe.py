"""PERSON_NAME on real names and on real words, each put into the same sentence frames.

    python benchmarks/name_probe.py
    python benchmarks/name_probe.py --misses 30

``benchmarks/data/name_probe.txt`` holds 800 names from jieba's dictionary and 1,500 frequent words
that begin with a surname (see its header). Each frame is one way a name appears in service text
(after a role word, before a title, opening a clause, in a list, after a register label). For
names the table prints recall (the exact span found); for words, how often one is taken for a name
(an upper bound on false names: the word list still holds some names, such as 李洋).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from baomi import Detector

PROBE = Path(__file__).resolve().parent / "data" / "name_probe.txt"
FRAMES = (
    "客户{}来电咨询信用卡账单。",
    "尊敬的{}先生，您的账户已激活。",
    "经办人{}已核实身份证件。",
    "{}于昨日到网点办理挂失。",
    "投诉人{}反映扣费有误。",
    "王建国、{}和李明三人到场。",
    "户名：{}，卡号后四位1234",
)


def _found(det: Detector, frame: str, value: str, exact: bool) -> bool:
    text = frame.format(value)
    i = text.index(value)
    j = i + len(value)
    for f in det.detect(text):
        hit = (f.start, f.end) == (i, j) if exact else f.start < j and f.end > i
        if f.type == "PERSON_NAME" and hit:
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description="PERSON_NAME probe: real names and real words")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed names per frame")
    args = ap.parse_args()
    rows = [ln.split("\t") for ln in PROBE.read_text(encoding="utf-8").splitlines()]
    names = [v for kind, v in (r for r in rows if len(r) == 2) if kind == "name"]
    words = [v for kind, v in (r for r in rows if len(r) == 2) if kind == "word"]
    det = Detector()
    print(f"| frame | names found ({len(names)}) | words taken for names ({len(words)}) |")
    print("|---|---|---|")
    for frame in FRAMES:
        missed = [n for n in names if not _found(det, frame, n, exact=True)]
        taken = sum(_found(det, frame, w, exact=False) for w in words)
        recall = 1 - len(missed) / len(names)
        print(f"| `{frame.format('…')}` | {recall:.3f} | {taken / len(words):.3f} |")
        if args.misses:
            print("  missed:", " ".join(missed[: args.misses]))


if __name__ == "__main__":
    main()
