"""Rebuild ``src/baomi/detect/data/given_char_affinity.tsv``: how much more often each Chinese
character appears inside given names than in text at large.

    pip download jieba==0.42.1 --no-deps -d /tmp/jb
    tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    pip install -e '.[bench]'          # jionlp, for the general character distribution
    python tools/build_given_char_affinity.py /tmp/jb/jieba-0.42.1/jieba/posseg/prob_emit.py

For each character: the natural log of P(char | inside or at the end of a person name), from the
emission table of jieba's part-of-speech HMM (states M-nr and E-nr, trained on an annotated
newspaper corpus; MIT), over P(char | any Chinese text), from jionlp's character distribution
(Apache-2.0). Written by hand because neither package exposes this ratio; the output is data, so
baomi needs neither package at run time.
"""

from __future__ import annotations

import ast
import io
import json
import math
import sys
import zipfile
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/given_char_affinity.tsv"
MIN_LOG_P = -11.0  # rarer than this in names: too few observations for a ratio to mean much


def _emissions(path: Path) -> tuple[dict[str, float], dict[str, float]]:
    """The M-nr and E-nr emission tables (log probabilities) of jieba's ``prob_emit.py``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "P":
            table = ast.literal_eval(node.value)
            return table[("M", "nr")], table[("E", "nr")]
    raise SystemExit(f"{path}: no emission table P")


def _general() -> dict[str, float]:
    """P(char) over Chinese characters of jionlp's general-text character distribution."""
    pkg = resources.files("jionlp").joinpath("dictionary", "char_distribution.zip")
    with zipfile.ZipFile(io.BytesIO(pkg.read_bytes())) as z:
        raw = z.read("char_distribution.json").decode("utf-8")
    counts = {}
    for line in raw.split("\n"):  # not splitlines: the table holds \x1c, \x85 ...
        if not line:
            continue
        ch, n = json.loads(line)
        if "\u4e00" <= ch <= "\u9fff":
            counts[ch] = n
    total = sum(counts.values())
    return {c: n / total for c, n in counts.items()}


def main() -> None:
    middle, last = _emissions(Path(sys.argv[1]))
    general = _general()
    rows = []
    for ch in sorted(set(middle) | set(last)):
        if not "\u4e00" <= ch <= "\u9fff" or ch not in general:
            continue
        p = (math.exp(middle.get(ch, -50.0)) + math.exp(last.get(ch, -50.0))) / 2
        if math.log(p) < MIN_LOG_P:
            continue
        rows.append(f"{ch}\t{math.log(p / general[ch]):.2f}")
    header = (
        "# char<TAB>ln(P(char in a given name) / P(char in any text)); "
        "built by tools/build_given_char_affinity.py (jieba 0.42.1 posseg HMM, MIT; "
        "jionlp 1.5 char distribution, Apache-2.0)\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters -> {OUT}")


if __name__ == "__main__":
    main()
