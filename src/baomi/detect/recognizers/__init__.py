"""The explicit registry of token recognizers, one module per family."""

from __future__ import annotations

from baomi.detect.recognizers import cn_ids, finance, misc, network, telecom
from baomi.detect.recognizers.base import TokenRecognizer, Validator

__all__ = ["BUILTIN_RECOGNIZERS", "TokenRecognizer", "Validator"]

BUILTIN_RECOGNIZERS: tuple[TokenRecognizer, ...] = (
    *cn_ids.RECOGNIZERS,
    *finance.RECOGNIZERS,
    *telecom.RECOGNIZERS,
    *network.RECOGNIZERS,
    *misc.RECOGNIZERS,
)
