"""Where a line's time goes: microseconds per sample line for each stage of ``Detector.detect``.

    python benchmarks/detect_stages.py            # the shared sample, 8 copies, best of 3

Each stage is timed alone over the same lines (best of three runs), next to the whole detector
and the per-line budget that 15 MB/s leaves at the sample's line length. Stages run alone are
faster than inside the detector (the caches stay warm for one stage), so the rows add up to less
than the whole; what the table shows is the split, which no single stage dominates.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from baomi import Detector
from baomi.detect.recognizers import names
from baomi.detect.recognizers.address import find_addresses
from baomi.detect.recognizers.secrets import find_passwords

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "detect-sample.jsonl"


def per_line(fn: Callable[[str], object], lines: list[str]) -> float:
    """Best of three: microseconds per line."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for t in lines:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return best / len(lines) * 1e6


def consume(it: Iterable[object]) -> None:
    for _ in it:
        pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=8, help="copies of the sample")
    args = ap.parse_args()
    lines = [json.loads(x)["text"] for x in SAMPLE.read_text("utf-8").splitlines() if x]
    lines *= args.copies
    det = Detector()
    for t in lines[:200]:
        det.detect(t)  # warm-up: compiled patterns and word lists
    batch = time.perf_counter()
    for _ in range(3):
        consume(det.detect_batch(lines))
    batch_us = (time.perf_counter() - batch) / 3 / len(lines) * 1e6
    rows: list[tuple[str, float]] = [
        ("whole detector, one line a call", per_line(det.detect, lines)),
        ("whole detector, detect_batch (chunks, stage by stage; mean of 3)", batch_us),
        ("token candidates (digits, IDs, cards ...)", per_line(det._token_candidates, lines)),
        ("addresses", per_line(lambda t: consume(find_addresses(t)), lines)),
        ("passwords", per_line(lambda t: consume(find_passwords(t)), lines)),
        (
            "names without a cue (loose)",
            per_line(lambda t: consume(names.find_loose_names(t)), lines),
        ),
    ]
    for fn in names._STRUCTURES:  # (the structures find_names reads, in its order)
        rows.append((f"names: {fn.__name__}", per_line(lambda t, fn=fn: consume(fn(t)), lines)))
    avg_bytes = sum(len(t.encode()) for t in lines) / len(lines)
    budget = avg_bytes / 15.0  # bytes per line / (15 bytes per microsecond)
    print(
        f"{len(lines)} lines, {avg_bytes:.0f} bytes a line; 15 MB/s leaves {budget:.1f} us a line\n"
    )
    print("| stage | us/line | x budget |")
    print("|---|---|---|")
    for name, us in rows:
        print(f"| {name} | {us:.1f} | {us / budget:.1f} |")


if __name__ == "__main__":
    main()
