"""Per-type precision / recall / F1 of ``baomi.Detector`` on labelled corpora.

python benchmarks/detect_accuracy.py                      # shared sample + 20,000 generated lines
python benchmarks/detect_accuracy.py --corpus FILE.jsonl  # any labelled JSON Lines file
python benchmarks/detect_accuracy.py --errors 30          # also print some mistakes (values shown:
                                                          # synthetic data only)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baomi import Detector
from corpus import CorpusGenerator
from scoring import Scores, Span, score_corpus

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "detect-sample.jsonl"
HANDWRITTEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "handwritten.txt"
CHECKSUM_TYPES = ("CN_RESIDENT_ID", "BANK_CARD", "CN_USCC", "VIN", "IMEI")
TARGETS = {
    "micro": 0.97,
    "PERSON_NAME": 0.93,
    "CN_ADDRESS": 0.90,
    **dict.fromkeys(CHECKSUM_TYPES, 0.99),
}


def _records(lines: Iterable[str]) -> Iterator[dict[str, object]]:
    for ln in lines:
        if ln.strip():
            yield json.loads(ln)


def evaluate(
    det: Detector, records: Iterable[dict[str, object]], errors: list[tuple[str, str, Span]]
) -> Scores:
    def triples() -> Iterator[tuple[str, list[Span], list[Span]]]:
        for r in records:
            text = str(r["text"])
            gold = [(e["type"], e["start"], e["end"]) for e in r["entities"]]  # type: ignore[attr-defined]
            pred = [(f.type, f.start, f.end) for f in det.detect(text)]
            yield text, gold, pred

    return score_corpus(triples(), errors)


def table(name: str, s: Scores) -> None:
    print(f"\n## {name}\n")
    print("| type | precision | recall | F1 | support | target |")
    print("|---|---|---|---|---|---|")
    for t in s.types():
        p, r, f = s.prf(t)
        target = TARGETS.get(t)
        mark = "" if target is None else (f">= {target}" + (" ok" if f >= target else " MISSED"))
        print(f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {s.tp[t] + s.fn[t]} | {mark} |")
    p, r, f = s.prf()
    ok = "ok" if f >= TARGETS["micro"] else "MISSED"
    print(
        f"| **micro** | {p:.3f} | {r:.3f} | **{f:.3f}** | {sum(s.tp.values()) + sum(s.fn.values())} | >= 0.97 {ok} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description="detector accuracy")
    ap.add_argument("--corpus", type=Path, action="append", help="labelled JSONL (repeatable)")
    ap.add_argument(
        "--generated", type=int, default=20000, help="lines of generated corpus (0: none)"
    )
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--errors", type=int, default=0, help="print this many mistakes per corpus")
    args = ap.parse_args()
    det = Detector()
    corpora: list[tuple[str, Iterable[dict[str, object]]]] = []
    for path in args.corpus or ([SAMPLE] if SAMPLE.exists() else []):
        corpora.append((str(path), list(_records(path.read_text(encoding="utf-8").splitlines()))))
    if HANDWRITTEN.exists() and not args.corpus:
        sys.path.insert(0, str(HANDWRITTEN.parents[2]))
        from tests.handwritten import load

        hand = [
            {"text": t, "entities": [{"type": ty, "start": a, "end": b} for ty, a, b in g]}
            for t, g in load()
        ]
        corpora.append((f"hand-written lines ({len(hand)}, tests/data/handwritten.txt)", hand))
    if args.generated:
        gen = CorpusGenerator(args.seed)
        corpora.append(
            (
                f"generated ({args.generated} lines, seed {args.seed})",
                [gen.line() for _ in range(args.generated)],
            )
        )
    for name, recs in corpora:
        errors: list[tuple[str, str, Span]] = []
        s = evaluate(det, recs, errors)
        table(name, s)
        for kind, text, (t, a, b) in errors[: args.errors]:
            print(f"  {kind} {t} {text[a:b]!r} in {text}")


if __name__ == "__main__":
    main()
