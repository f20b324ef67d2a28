"""How a detector that never saw them scores hand-written lines: this tree beside a git revision.

    python benchmarks/first_run.py --base ec4e733
    python benchmarks/first_run.py benchmarks/data/batches_392_483.txt --base ec4e733
    python benchmarks/first_run.py benchmarks/data/batches_484_639.txt --base 84d1a7f
    python benchmarks/first_run.py benchmarks/data/heldout_thirteenth_stop.txt --base 84d1a7f
    python benchmarks/first_run.py benchmarks/data/batches_640_769.txt --base 73e31de
    python benchmarks/first_run.py benchmarks/data/heldout_fourteenth_stop.txt --base 73e31de
    python benchmarks/first_run.py benchmarks/data/batches_770_921.txt --base 0a9a4f6
    python benchmarks/first_run.py benchmarks/data/heldout_fifteenth_stop.txt --base 0a9a4f6
    python benchmarks/first_run.py benchmarks/data/batches_922_1019.txt --base 9c9201f
    python benchmarks/first_run.py benchmarks/data/heldout_sixteenth_stop.txt --base 9c9201f
    python benchmarks/first_run.py benchmarks/data/heldout_sixteenth_stop_2.txt --base 9c9201f

New lines are scored first by the detector of the revision before they were written (``--base``,
checked out in a worktree and run in its own process): a measure of text the rules were not
fitted to, per type, addresses by overlap (``scoring.py``). This tree's row is not independent
once its rules were fixed on the same lines; the pair shows how much of the gap the fixes closed.
The file holds one text a line with [[TYPE:value]] marks, as ``tests/data/handwritten.txt`` does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scoring import Scores, Span, score_corpus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.handwritten import load  # noqa: E402  (the repository root, for the marks' reader)

DEFAULT = Path(__file__).resolve().parent / "data" / "batches_392_483.txt"
TODAY = "2026-11-27"  # the hand-written lines' "today" (an ID's age, a birth date's past)

# Run in its own process: the detector of the tree given first, one JSON line of spans a text.
_INNER = """
import json, sys
from datetime import date
sys.path.insert(0, sys.argv[1])
from baomi import Detector
detector = Detector(today=date.fromisoformat(sys.argv[2]))
for text in json.load(sys.stdin):
    print(json.dumps([(f.type, f.start, f.end) for f in detector.detect(text)]))
"""


def predictions(src: Path, texts: list[str]) -> list[list[Span]]:
    run = subprocess.run(
        [sys.executable, "-c", _INNER, str(src), TODAY],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        # both trees as source: a base checked out in a worktree has no compiled build
        env={**os.environ, "BAOMI_PURE_PYTHON": "1"},
    )
    return [[(t, s, e) for t, s, e in json.loads(row)] for row in run.stdout.splitlines()]


def scores(cases: list[tuple[str, list[Span]]], pred: list[list[Span]]) -> tuple[Scores, int]:
    exact = sum(sorted(p) == sorted(g) for (_, g), p in zip(cases, pred, strict=True))
    items = [(t, g, p) for (t, g), p in zip(cases, pred, strict=True)]
    return score_corpus(items), exact


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--base", help="the git revision before the lines were written")
    args = ap.parse_args()
    cases = load(args.file)
    texts = [t for t, _ in cases]
    rows = [("this tree", *scores(cases, predictions(ROOT / "src", texts)))]
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "base"
            git = ["git", "-C", str(ROOT), "worktree"]
            subprocess.run(
                [*git, "add", "--detach", str(tree), args.base], check=True, capture_output=True
            )
            try:
                rows.insert(0, (args.base, *scores(cases, predictions(tree / "src", texts))))
            finally:
                subprocess.run(
                    [*git, "remove", "--force", str(tree)], check=True, capture_output=True
                )
    print(f"{args.file.name}: {len(cases)} lines\n")
    print("| tree | lines exact | PERSON_NAME P / R / F1 | CN_ADDRESS F1 | micro-F1 |")
    print("|---|---|---|---|---|")
    for name, s, exact in rows:
        p, r, f = s.prf("PERSON_NAME")
        print(
            f"| {name} | {exact} of {len(cases)} ({exact / len(cases):.3f}) | {p:.3f} / {r:.3f} / "
            f"{f:.3f} | {s.prf('CN_ADDRESS')[2]:.3f} | {s.prf()[2]:.3f} |"
        )
    print("\n| type | " + " | ".join(f"{name} F1" for name, _, _ in rows) + " | support |")
    print("|---|" + "---|" * len(rows) + "---|")
    last = rows[-1][1]
    for t in last.types():
        cells = " | ".join(f"{s.prf(t)[2]:.3f}" for _, s, _ in rows)
        print(f"| {t} | {cells} | {last.tp[t] + last.fn[t]} |")


if __name__ == "__main__":
    main()
