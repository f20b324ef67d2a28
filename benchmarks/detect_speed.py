"""Detector throughput (MB/s of UTF-8 text) beside a naive per-type ``re`` baseline and jionlp.

    python benchmarks/detect_speed.py              # 20 MB, 1 and 2 jobs, baselines
    python benchmarks/detect_speed.py --mb 5 --no-jionlp
    python benchmarks/detect_speed.py --mb 5 --jobs 1 --one-by-one --no-jionlp

By default the text is the shared labelled sample repeated to the requested size (4-6 values per
line, ~110 bytes per line); ``--text generated`` uses the generated corpus instead. Each row
prints MB/s and the ratio to the naive baseline measured in the same run. The detector runs
compiled (mypyc, as installed); ``BAOMI_PURE_PYTHON=1`` measures its pure-Python source instead.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baomi import Detector
from baomi.detect._native import compiled_in_use
from corpus import CorpusGenerator

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "detect-sample.jsonl"

# The obvious approach: one regex per type, each run over every line.
NAIVE = [
    re.compile(p)
    for p in (
        r"(?<!\d)\d{17}[\dXx](?!\d)",
        r"(?<!\d)1[3-9]\d{9}(?!\d)",
        r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)",
        r"[\w.+-]+@[\w-]+\.[\w.]+",
        r"(?<!\d)\d{16,19}(?!\d)",
        r"(?<!\d)(?:\d{1,3}\.){3}\d{1,3}(?!\d)",
        r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}",
        r"[A-HJ-NPR-Z0-9]{17}",
        r"(?<!\d)\d{15}(?!\d)",
        r"-?\d{1,3}\.\d+,-?\d{1,3}\.\d+",
        r"(?:19|20)\d{2}-\d{2}-\d{2}",
        r"[EG]\d{8}",
        r"[HM]\d{8}",
        r"(?<!\d)\d{4,8}(?!\d)",
    )
]


def naive(lines: list[str]) -> int:
    return sum(len(p.findall(ln)) for ln in lines for p in NAIVE)


def time_it(fn: Callable[[], int], nbytes: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = fn()
    dt = time.perf_counter() - t0
    return nbytes / dt / 1e6, n


def main() -> None:
    ap = argparse.ArgumentParser(description="detector speed")
    ap.add_argument("--mb", type=float, default=20.0, help="megabytes of text")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--no-jionlp", action="store_true")
    ap.add_argument(
        "--one-by-one",
        action="store_true",
        help="also time Detector.detect called once a line (detect_batch works in chunks)",
    )
    ap.add_argument(
        "--text",
        choices=("sample", "generated"),
        default="sample",
        help="sample: shared/data/detect-sample.jsonl repeated (the issue's density); "
        "generated: benchmarks/corpus.py lines (shorter, more logs and negatives)",
    )
    args = ap.parse_args()

    if args.text == "sample":
        base = [json.loads(x)["text"] for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x]
    else:
        gen = CorpusGenerator(5)
        base = [str(gen.line()["text"]) for _ in range(20000)]
    lines: list[str] = []
    size = 0
    while size < args.mb * 1e6:
        for ln in base:
            lines.append(ln)
            size += len(ln.encode()) + 1
            if size >= args.mb * 1e6:
                break
    print(f"text: {size / 1e6:.1f} MB, {len(lines)} lines, {size / len(lines):.0f} bytes/line")
    build = "compiled (mypyc)" if compiled_in_use() else "source (BAOMI_PURE_PYTHON or stale build)"
    print(f"detector: {build}\n")
    rows: list[tuple[str, float, int]] = []
    mbps, n = time_it(lambda: naive(lines), size)
    rows.append(("naive per-type re (14 regexes)", mbps, n))
    det = Detector()
    det.detect("warm up 13812345678")
    for jobs in args.jobs:
        mbps, n = time_it(lambda j=jobs: sum(len(f) for f in det.detect_batch(lines, jobs=j)), size)
        rows.append((f"baomi Detector, --jobs {jobs}", mbps, n))
    if args.one_by_one:
        # the same detector called once a line: what the chunked, stage-by-stage batch saves
        mbps, n = time_it(lambda: sum(len(det.detect(ln)) for ln in lines), size)
        rows.append(("baomi Detector.detect, one line a call", mbps, n))
    if not args.no_jionlp:
        try:
            import jionlp

            sub = lines[: max(1, len(lines) // 10)]
            sub_size = sum(len(x.encode()) + 1 for x in sub)

            def jio() -> int:
                n = 0
                for ln in sub:
                    n += len(jionlp.extract_phone_number(ln)) + len(jionlp.extract_id_card(ln))
                    n += len(jionlp.extract_email(ln)) + len(jionlp.extract_ip_address(ln))
                    n += len(jionlp.extract_qq(ln)) + len(
                        jionlp.extract_motor_vehicle_licence_plate(ln)
                    )
                return n

            mbps, n = time_it(jio, sub_size)
            rows.append(("jionlp extractors (6 types, 10% of text)", mbps, n))
        except ImportError:
            print("(jionlp not installed: pip install -e '.[bench]')")
    ref = rows[0][1]
    print("| method | MB/s | x naive | findings |")
    print("|---|---|---|---|")
    for name, mbps, n in rows:
        print(f"| {name} | {mbps:.2f} | {mbps / ref:.2f} | {n} |")


if __name__ == "__main__":
    main()
