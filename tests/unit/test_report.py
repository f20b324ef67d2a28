"""The CLI summary keeps only the busiest lines, and keeps the right ones."""

from __future__ import annotations

import random

from baomi.adapters.cli.report import Summary
from baomi.detect import Finding


def test_summary_keeps_top_lines_in_bounded_memory() -> None:
    rng = random.Random(3)
    counts = {line: rng.randint(0, 9) for line in range(1, 5001)}
    s = Summary(top=10)
    for line, n in counts.items():
        s.add(line, [Finding("EMAIL", 0, 1, 0.9, "email")] * n, None)
    assert len(s.busiest) == 10
    expected = sorted(((n, -ln) for ln, n in counts.items() if n), reverse=True)[:10]
    assert sorted(s.busiest, reverse=True) == expected
    assert s.lines == 5000
    assert s.by_type["EMAIL"] == sum(counts.values())
