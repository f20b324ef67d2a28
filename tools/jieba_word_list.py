"""The command line shared by the tools that build a word list from jieba's dict.txt."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

# jieba's tags for a person's name (nr, and nrt, nrfg for transliterated and full names): every
# tag that starts with nr in dict.txt 0.42.1.
PERSON_TAGS = frozenset(("nr", "nrt", "nrfg"))


def entries(dict_txt: Path) -> Iterator[tuple[str, int, str]]:
    """(word, frequency, part-of-speech tag) for each line of jieba's dict.txt."""
    for line in dict_txt.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        yield word, int(freq), tag


def tagged(dict_txt: Path, length: int, tags: tuple[str, ...], min_frequency: int) -> list[str]:
    """The sorted words of ``length`` characters with one of ``tags`` and that frequency or more."""
    return sorted(
        {
            w
            for w, f, t in entries(dict_txt)
            if len(w) == length and t in tags and f >= min_frequency
        }
    )


def main(doc: str | None, build: Callable[[Path], list[str]], out: Path, header: str) -> None:
    """Read the dict.txt named on the command line, write the words ``build`` picks to ``out``
    under ``header``; with no argument, print ``doc`` (the tool's usage) and stop."""
    if len(sys.argv) != 2:
        raise SystemExit(doc)
    words = build(Path(sys.argv[1]))
    out.write_text(header + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {out}")
