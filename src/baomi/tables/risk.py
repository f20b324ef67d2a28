"""Re-identification risk of a table: k-anonymity, l-diversity, and a generalization that helps.

k is the size of the smallest group of rows sharing the same quasi-identifiers (age, sex,
postcode ...): a row in a group of 1 is unique and can be linked to an outside source. l is the
fewest distinct sensitive values in a group: a group whose rows all share one diagnosis reveals
it. The search for a generalization walks each quasi-identifier's hierarchy (age -> band of 5, 10,
20 -> suppressed; date -> month, year, decade; address -> district, city, province; a code ->
fewer leading characters) and returns the least generalization that reaches the target k, with
at most ``max_suppression`` of the rows left in smaller groups (to be suppressed).

Written by hand: the k/l counts are a few lines over a ``Counter``; the anonymization libraries
that do this (ARX, in Java) are not available to a Python service.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from baomi.detect.recognizers.address import division_end
from baomi.errors import InputError

__all__ = ["Hierarchy", "RiskReport", "Suggestion", "assess", "hierarchy_for"]

_L_CAP = 100  # distinct sensitive values kept per group: l above this is reported as 100+
_MAX_COMBINATIONS = 5000


@dataclass(frozen=True)
class Hierarchy:
    """Generalization levels for one column: level 0 is the value, the last is ``*``."""

    kind: str
    names: tuple[str, ...]
    steps: tuple[Callable[[str], str], ...]


_SUPPRESS: Callable[[str], str] = lambda _v: "*"  # noqa: E731
_INT = re.compile(r"^\s*\d{1,3}\s*$")
_DATE = re.compile(r"^\s*((?:19|20)\d{2})(?:[-/年.](\d{1,2})|(0[1-9]|1[0-2])[0-3]\d\s*$)")
_CODE = re.compile(r"^[0-9A-Za-z]{4,}$")


def _band(width: int) -> Callable[[str], str]:
    def f(v: str) -> str:
        if not _INT.match(v):
            return "*"
        low = int(v) // width * width
        return f"{low}-{low + width - 1}"

    return f


def _date(level: str) -> Callable[[str], str]:
    def f(v: str) -> str:
        m = _DATE.match(v)
        if not m:
            return "*"
        year, month = m.group(1), m.group(2) or m.group(3)
        if level == "month" and month:
            return f"{year}-{int(month):02d}"
        if level == "decade":
            return f"{year[:3]}0s"
        return year

    return f


def _address(level: str) -> Callable[[str], str]:
    ends = {
        "city": ("市", "自治州", "地区", "盟"),
        "province": ("省", "自治区", "特别行政区", "市"),
    }

    def f(v: str) -> str:
        divisions = v[: division_end(v)] or "*"
        if level == "district":
            return divisions
        cut = min((divisions.find(e) + len(e) for e in ends[level] if e in divisions), default=0)
        return divisions[:cut] if cut else divisions

    return f


def _prefix(keep: int) -> Callable[[str], str]:
    def f(v: str) -> str:
        v = v.strip()
        return v[:keep] + "*" * max(len(v) - keep, 0)

    return f


def hierarchy_for(values: Sequence[str], type_id: str | None = None) -> Hierarchy:
    """Pick the hierarchy that fits a column's sampled values (or its entity type)."""
    sample = [v for v in values if v and v.strip()][:1000]

    def share(pattern: re.Pattern[str]) -> float:
        return sum(bool(pattern.match(v)) for v in sample) / len(sample) if sample else 0.0

    if type_id == "CN_ADDRESS":
        return Hierarchy(
            "address",
            ("value", "district", "city", "province", "*"),
            (str, _address("district"), _address("city"), _address("province"), _SUPPRESS),
        )
    if type_id == "DATE_OF_BIRTH" or (sample and share(_DATE) > 0.9 and not share(_INT)):
        return Hierarchy(
            "date",
            ("value", "month", "year", "decade", "*"),
            (str, _date("month"), _date("year"), _date("decade"), _SUPPRESS),
        )
    if sample and share(_INT) > 0.9:
        return Hierarchy(
            "number",
            ("value", "band of 5", "band of 10", "band of 20", "*"),
            (str, _band(5), _band(10), _band(20), _SUPPRESS),
        )
    if sample and share(_CODE) > 0.9:
        width = max(len(v.strip()) for v in sample)
        keeps = sorted({max(width - k, 1) for k in (1, 2, 3)}, reverse=True)
        return Hierarchy(
            "code",
            ("value", *(f"first {k} characters" for k in keeps), "*"),
            (str, *(_prefix(k) for k in keeps), _SUPPRESS),
        )
    return Hierarchy("category", ("value", "*"), (str, _SUPPRESS))


@dataclass(frozen=True)
class Suggestion:
    levels: dict[str, str]
    k: int
    suppressed_rows: int


@dataclass
class RiskReport:
    rows: int
    quasi: list[str]
    sensitive: str | None
    k: int
    groups: int
    unique_rows: int
    rows_below_target: int
    target_k: int
    l_diversity: int | None
    smallest: list[tuple[tuple[str, ...], int, int | None]] = field(default_factory=list)
    suggestion: Suggestion | None = None


def _k_and_below(groups: Counter[tuple[str, ...]], target: int) -> tuple[int, int]:
    k = min(groups.values()) if groups else 0
    below = sum(n for n in groups.values() if n < target)
    return k, below


def assess(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    quasi: Sequence[str],
    sensitive: str | None = None,
    *,
    target_k: int = 5,
    max_suppression: float = 0.01,
    hierarchies: dict[str, Hierarchy] | None = None,
) -> RiskReport:
    """Stream the rows once; memory grows with the number of distinct quasi-identifier groups."""
    index = {h: i for i, h in enumerate(header)}
    missing = [c for c in [*quasi, *([sensitive] if sensitive else [])] if c not in index]
    if missing:
        raise InputError("no such column: " + ", ".join(repr(c) for c in missing))
    qi = [index[c] for c in quasi]
    si = index[sensitive] if sensitive else None
    groups: Counter[tuple[str, ...]] = Counter()
    diverse: dict[tuple[str, ...], set[str]] = {}
    samples: dict[str, list[str]] = {c: [] for c in quasi}
    total = 0
    for row in rows:
        key = tuple(row[i].strip() if i < len(row) else "" for i in qi)
        groups[key] += 1
        total += 1
        if total <= 1000:
            for c, v in zip(quasi, key, strict=True):
                samples[c].append(v)
        if si is not None:
            s = diverse.setdefault(key, set())
            if len(s) < _L_CAP:
                s.add(row[si] if si < len(row) else "")
    k, below = _k_and_below(groups, target_k)
    l_div = min((len(s) for s in diverse.values()), default=0) if si is not None else None
    smallest = [
        (key, n, len(diverse[key]) if si is not None else None)
        for key, n in sorted(groups.items(), key=lambda kv: kv[1])[:10]
    ]
    report = RiskReport(
        rows=total,
        quasi=list(quasi),
        sensitive=sensitive,
        k=k,
        groups=len(groups),
        unique_rows=sum(1 for n in groups.values() if n == 1),
        rows_below_target=below,
        target_k=target_k,
        l_diversity=l_div,
        smallest=smallest,
    )
    if total and k < target_k:
        hs = hierarchies or {c: hierarchy_for(samples[c]) for c in quasi}
        report.suggestion = _search(groups, quasi, hs, target_k, max_suppression * total)
    return report


def _search(
    groups: Counter[tuple[str, ...]],
    quasi: Sequence[str],
    hs: dict[str, Hierarchy],
    target: int,
    allowed: float,
) -> Suggestion | None:
    """The combination of levels with the least total generalization that reaches ``target``
    (ties: fewer suppressed rows). Each column's generalized values are computed once."""
    columns = [hs[c] for c in quasi]
    cache: list[list[dict[str, str]]] = [[{} for _ in h.steps] for h in columns]
    ranges = [range(len(h.steps)) for h in columns]
    combos = sorted(itertools.product(*ranges), key=lambda c: (sum(c), max(c)))
    for levels in combos[:_MAX_COMBINATIONS]:
        merged: Counter[tuple[str, ...]] = Counter()
        for key, n in groups.items():
            gen = []
            for j, v in enumerate(key):
                memo = cache[j][levels[j]]
                g = memo.get(v)
                if g is None:
                    g = memo[v] = columns[j].steps[levels[j]](v)
                gen.append(g)
            merged[tuple(gen)] += n
        k, below = _k_and_below(merged, target)
        if k >= target or below <= allowed:
            return Suggestion(
                {c: h.names[lv] for c, h, lv in zip(quasi, columns, levels, strict=True)},
                k,
                below if k < target else 0,
            )
    return None
