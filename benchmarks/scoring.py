"""Span scoring shared by the accuracy benchmark and its tests.

A prediction matches a gold span of the same type when the spans are equal, with two documented
allowances from spec/entities.md: a mobile number may or may not include its country prefix, and
an address matches when the spans overlap by at least half of their union (addresses are scored
by overlap).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Scores", "Span", "match_spans", "score_corpus"]

Span = tuple[str, int, int]  # type, start, end


def _same(gold: Span, pred: Span, text: str) -> bool:
    gt, gs, ge = gold
    pt, ps, pe = pred
    if gt != pt:
        return False
    if (gs, ge) == (ps, pe):
        return True
    if gt == "CN_ADDRESS":
        inter = min(ge, pe) - max(gs, ps)
        union = max(ge, pe) - min(gs, ps)
        return inter > 0 and inter / union >= 0.5
    if gt == "CN_MOBILE" and ge == pe:
        a, b = sorted((gs, ps))
        return text[a:b].strip(" -") in ("+86", "86", "0086")
    return False


def match_spans(
    gold: list[Span], pred: list[Span], text: str
) -> tuple[list[Span], list[Span], list[Span]]:
    """(true positives, false positives, false negatives)."""
    unmatched = list(gold)
    tp, fp = [], []
    for p in pred:
        hit = next((g for g in unmatched if _same(g, p, text)), None)
        if hit is None:
            fp.append(p)
        else:
            unmatched.remove(hit)
            tp.append(p)
    return tp, fp, unmatched


@dataclass
class Scores:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def prf(self, t: str | None = None) -> tuple[float, float, float]:
        tp = self.tp[t] if t else sum(self.tp.values())
        fp = self.fp[t] if t else sum(self.fp.values())
        fn = self.fn[t] if t else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def types(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))


def score_corpus(
    items: Iterable[tuple[str, list[Span], list[Span]]],
    errors: list[tuple[str, str, Span]] | None = None,
) -> Scores:
    """Score (text, gold, predicted) triples; collect (kind, text, span) mistakes into ``errors``."""
    s = Scores()
    for text, gold, pred in items:
        tp, fp, fn = match_spans(gold, pred, text)
        for x in tp:
            s.tp[x[0]] += 1
        for x in fp:
            s.fp[x[0]] += 1
            if errors is not None:
                errors.append(("FP", text, x))
        for x in fn:
            s.fn[x[0]] += 1
            if errors is not None:
                errors.append(("FN", text, x))
    return s
