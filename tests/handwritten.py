"""Reads tests/data/handwritten.txt (or another file written the same way): lines with
[[TYPE:value]] marks, into text and gold spans."""

from __future__ import annotations

import re
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
PATH = Path(__file__).resolve().parent / "data" / "handwritten.txt"


def load(path: Path = PATH) -> list[tuple[str, list[tuple[str, int, int]]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, gold, pos = "", [], 0
        for m in MARK.finditer(line):
            text += line[pos : m.start()]
            gold.append((m.group(1), len(text), len(text) + len(m.group(2))))
            text += m.group(2)
            pos = m.end()
        text += line[pos:]
        out.append((text, gold))
    return out
