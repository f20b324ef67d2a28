"""Every hand-written line (tests/data/handwritten.txt) is detected exactly: no miss, no extra."""

from __future__ import annotations

import pytest

from baomi import Detector
from tests.handwritten import load

CASES = load()


@pytest.mark.parametrize(("text", "gold"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_line_detected_exactly(
    detector: Detector, text: str, gold: list[tuple[str, int, int]]
) -> None:
    pred = [(f.type, f.start, f.end) for f in detector.detect(text)]
    assert sorted(pred) == sorted(gold)


def test_corpus_is_substantial() -> None:
    assert len(CASES) >= 70
    assert sum(len(g) for _, g in CASES) >= 90
