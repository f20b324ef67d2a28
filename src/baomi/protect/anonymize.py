"""Apply operators to the findings in a text: the one place spans are rewritten."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from baomi.detect.finding import Finding

__all__ = ["anonymize"]

OperatorFn = Callable[[str, str], str]


def anonymize(
    text: str,
    findings: Iterable[Finding],
    operators: Mapping[str, OperatorFn],
    default: OperatorFn | None = None,
) -> str:
    """``text`` with each finding's span replaced by its operator's output.

    ``operators`` maps entity type -> operator; types not in it use ``default`` (None: left as
    they are). Findings must not overlap (the detector guarantees it); they are applied from the
    end of the text so earlier offsets stay valid.
    """
    out = text
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        op = operators.get(f.type, default)
        if op is not None:
            out = out[: f.start] + op(f.type, text[f.start : f.end]) + out[f.end :]
    return out
