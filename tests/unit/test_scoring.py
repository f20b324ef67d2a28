"""The accuracy benchmark's span scoring, including the spec's two allowances."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from scoring import match_spans, score_corpus


def test_exact_match_and_type_mismatch() -> None:
    tp, fp, fn = match_spans(
        [("CN_MOBILE", 0, 11)], [("CN_MOBILE", 0, 11), ("EMAIL", 12, 20)], "x" * 20
    )
    assert (len(tp), len(fp), len(fn)) == (1, 1, 0)


def test_mobile_prefix_may_be_included() -> None:
    text = "+86 13812345678"
    tp, _, _ = match_spans([("CN_MOBILE", 0, 15)], [("CN_MOBILE", 4, 15)], text)
    assert len(tp) == 1


def test_address_scored_by_overlap() -> None:
    text = "a" * 40
    tp, _, _ = match_spans([("CN_ADDRESS", 0, 30)], [("CN_ADDRESS", 0, 20)], text)
    assert len(tp) == 1
    tp, _, _ = match_spans([("CN_ADDRESS", 0, 30)], [("CN_ADDRESS", 0, 10)], text)
    assert len(tp) == 0


def test_micro_scores() -> None:
    s = score_corpus([("t" * 30, [("EMAIL", 0, 5), ("IMEI", 6, 21)], [("EMAIL", 0, 5)])])
    p, r, f = s.prf()
    assert (p, r) == (1.0, 0.5)
    assert abs(f - 2 / 3) < 1e-9
