"""The command line shared by the tools that build a word list from jieba's dict.txt."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def main(doc: str | None, build: Callable[[Path], list[str]], out: Path, header: str) -> None:
    """Read the dict.txt named on the command line, write the words ``build`` picks to ``out``
    under ``header``; with no argument, print ``doc`` (the tool's usage) and stop."""
    if len(sys.argv) != 2:
        raise SystemExit(doc)
    words = build(Path(sys.argv[1]))
    out.write_text(header + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {out}")
