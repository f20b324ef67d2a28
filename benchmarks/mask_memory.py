"""Peak memory of ``baomi mask --verify`` on a CSV and a 10x larger one: streaming keeps it flat.

    python benchmarks/mask_memory.py              # 50,000 and 500,000 rows
    python benchmarks/mask_memory.py --rows 20000

Each run is a separate process (peak resident set size, ru_maxrss); the last column is the
ratio of the large run to the small one (1.0: memory does not grow with the input).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detect_memory import peak_rss_mb
from mask_speed import _write_csv


def main() -> None:
    ap = argparse.ArgumentParser(description="masking memory")
    ap.add_argument("--rows", type=int, default=50_000, help="rows of the small file")
    args = ap.parse_args()
    baomi = str(Path(sys.executable).with_name("baomi"))
    print(f"{'rows':>10} {'MB in':>8} {'peak RSS MB':>12} {'ratio':>6}")
    first = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, 10):
            src = Path(tmp) / f"in{factor}.csv"
            _write_csv(src, args.rows * factor)
            out = Path(tmp) / f"out{factor}.csv"
            rss = peak_rss_mb([baomi, "mask", str(src), "-o", str(out), "--verify"])
            first = first or rss
            size = src.stat().st_size / 1e6
            print(f"{args.rows * factor:>10,} {size:>8.1f} {rss:>12.1f} {rss / first:>6.2f}")


if __name__ == "__main__":
    main()
