"""Peak memory of ``baomi detect`` on a small and a 10x larger file: streaming keeps it flat.

    python benchmarks/detect_memory.py            # 2 MB and 20 MB
    python benchmarks/detect_memory.py --mb 5

Each run is a separate process; the table shows its peak resident set size (ru_maxrss) and the
ratio of the large run to the small one (1.0 means memory does not grow with input size).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "detect-sample.jsonl"


def write_text(path: Path, megabytes: float) -> None:
    lines = [json.loads(x)["text"] for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x]
    size = 0
    with path.open("w", encoding="utf-8") as f:
        while size < megabytes * 1e6:
            for ln in lines:
                f.write(ln + "\n")
                size += len(ln.encode()) + 1


# ru_maxrss of RUSAGE_CHILDREN is a running maximum over all children, so each measurement runs
# in a fresh wrapper process that has exactly one child.
_WRAPPER = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_rss_mb(args: list[str]) -> float:
    """Peak RSS of the command in MB (Linux reports ru_maxrss in KiB)."""
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip()) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description="detector memory")
    ap.add_argument(
        "--mb", type=float, default=2.0, help="size of the small file; the large is 10x"
    )
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for factor in (1, 10):
            p = Path(tmp) / f"in{factor}.txt"
            write_text(p, args.mb * factor)
            cmd = [sys.executable, "-m", "baomi", "detect", str(p), "--jobs", str(args.jobs)]
            rows.append((p.stat().st_size / 1e6, peak_rss_mb(cmd)))
    (small_mb, small_rss), (big_mb, big_rss) = rows
    print(f"jobs: {args.jobs}\n")
    print("| input MB | peak RSS MB |")
    print("|---|---|")
    print(f"| {small_mb:.1f} | {small_rss:.1f} |")
    print(f"| {big_mb:.1f} | {big_rss:.1f} |")
    print(f"\nlarge / small peak RSS: {big_rss / small_rss:.2f}")


if __name__ == "__main__":
    main()
