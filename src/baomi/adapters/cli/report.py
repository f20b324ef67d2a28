"""Writing detection results: JSON Lines for machines, a summary table for people."""

from __future__ import annotations

import heapq
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from rich.console import Console
from rich.table import Table

from baomi.catalog import CATALOG
from baomi.detect import Finding

__all__ = ["JsonlWriter", "Summary"]


class JsonlWriter:
    """One JSON object per input line, in input order."""

    def __init__(self, out: TextIO, *, with_values: bool):
        self.out = out
        self.with_values = with_values

    def write(
        self, line: int, text: str | None, findings: list[Finding], error: str | None
    ) -> None:
        entities = []
        for f in findings:
            d = f.to_dict()
            if self.with_values and text is not None:
                d["value"] = text[f.start : f.end]
            entities.append(d)
        obj: dict[str, object] = {"line": line, "entities": entities}
        if error is not None:
            obj["error"] = error
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")


@dataclass
class Summary:
    """Counts for ``--format table``. Memory stays flat: only the ``top`` busiest lines are kept
    (a min-heap), not one entry per line of a file that may have billions."""

    top: int = 10
    lines: int = 0
    error_lines: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    busiest: list[tuple[int, int]] = field(default_factory=list)  # heap of (count, -line)

    def add(self, line: int, findings: list[Finding], error: str | None) -> None:
        self.lines += 1
        if error is not None:
            self.error_lines += 1
        for f in findings:
            self.by_type[f.type] += 1
        if findings:
            item = (len(findings), -line)
            if len(self.busiest) < self.top:
                heapq.heappush(self.busiest, item)
            elif item > self.busiest[0]:
                heapq.heapreplace(self.busiest, item)

    def render(self, console: Console, *, title: str) -> None:
        total = sum(self.by_type.values())
        t = Table(title=f"{title}: {total} findings in {self.lines} lines")
        for col in ("type", "中文", "category", "sensitive", "count"):
            t.add_column(col, justify="right" if col == "count" else "left")
        for type_id, n in sorted(self.by_type.items(), key=lambda kv: (-kv[1], kv[0])):
            et = CATALOG.get(type_id)
            t.add_row(
                type_id,
                et.name_zh if et else "",
                et.category.value if et else "",
                ("yes" if et.sensitive else "no") if et else "",
                str(n),
            )
        console.print(t)
        cats: Counter[str] = Counter()
        for type_id, n in self.by_type.items():
            et = CATALOG.get(type_id)
            cats[et.category.value if et else "custom"] += n
        console.print(
            "by category: " + (", ".join(f"{c} {n}" for c, n in sorted(cats.items())) or "none")
        )
        if self.busiest:
            ranked = sorted(self.busiest, reverse=True)
            busiest = ", ".join(f"line {-neg} ({n})" for n, neg in ranked)
            console.print(f"lines with most findings: {busiest}")
        if self.error_lines:
            console.print(
                f"[yellow]{self.error_lines} line(s) could not be read; see messages above[/]"
            )
