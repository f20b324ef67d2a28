"""Instructions per line of the detector, counted by valgrind, for this tree and a git revision.

    python benchmarks/detect_instructions.py              # this tree only
    python benchmarks/detect_instructions.py --base a467b90 --lines 1200

Wall-clock rates on a shared 2-core machine move by 20-30% from run to run, which hides the cost
of a few rules. ``valgrind --tool=callgrind`` counts instructions instead, the same on every run.
Each tree is run twice, with ``--lines`` sample lines and with none, after the same warm-up, so
imports and word lists cancel out and the difference is the detector's own work. Both trees run
as source (``BAOMI_PURE_PYTHON=1``), so they compare alike. Slow (about a minute per run):
valgrind interprets every instruction. Needs valgrind (Debian: ``valgrind``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "data" / "detect-sample.jsonl"

# Run inside valgrind: the detector of the tree given first, over N sample lines.
_INNER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from baomi import Detector
lines = [json.loads(x)["text"] for x in Path(sys.argv[3]).read_text("utf-8").splitlines() if x]
detector = Detector()
for line in lines:
    detector.detect(line)  # warm-up: compiled patterns and word lists
n = int(sys.argv[2])
for line in (lines * (n // len(lines) + 1))[:n]:
    detector.detect(line)
"""


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} is not installed (Debian: apt-get install {name})")
    return path


def instructions(src: Path, lines: int) -> int:
    """Total instructions of one run (callgrind's summary line)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        script = Path(tmp) / "inner.py"
        script.write_text(_INNER, encoding="utf-8")
        subprocess.run(
            [
                _tool("valgrind"),
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                str(script),
                str(src),
                str(lines),
                str(SAMPLE),
            ],
            check=True,
            capture_output=True,
            # both trees as source: a base checked out in a worktree has no compiled build
            env={**os.environ, "BAOMI_PURE_PYTHON": "1"},
        )
        for row in out.read_text(encoding="utf-8", errors="replace").splitlines():
            if row.startswith("summary:"):
                return int(row.split()[1])
    raise SystemExit("callgrind wrote no summary")


def per_line(src: Path, lines: int) -> float:
    return (instructions(src, lines) - instructions(src, 0)) / lines


def main() -> None:
    ap = argparse.ArgumentParser(description="detector instructions per line (valgrind)")
    ap.add_argument("--base", help="a git revision to compare with (checked out in a worktree)")
    ap.add_argument("--lines", type=int, default=1200)
    args = ap.parse_args()
    _tool("valgrind")
    rows = [("this tree", per_line(ROOT / "src", args.lines))]
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "base"
            subprocess.run(
                [
                    _tool("git"),
                    "-C",
                    str(ROOT),
                    "worktree",
                    "add",
                    "--detach",
                    str(tree),
                    args.base,
                ],
                check=True,
                capture_output=True,
            )
            try:
                rows.insert(0, (args.base, per_line(tree / "src", args.lines)))
            finally:
                subprocess.run(
                    [_tool("git"), "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    check=True,
                    capture_output=True,
                )
    first = rows[0][1]
    print(f"sample: {SAMPLE.name}, {args.lines} lines a run\n")
    print("| tree | instructions a line | x first |")
    print("|---|---|---|")
    for name, count in rows:
        print(f"| {name} | {count:,.0f} | {count / first:.3f} |")


if __name__ == "__main__":
    main()
