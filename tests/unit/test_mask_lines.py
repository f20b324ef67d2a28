"""Masking JSON Lines in blocks: the same output as protecting each string alone."""

from __future__ import annotations

import io
import json

import pytest

from baomi import Detector
from baomi.adapters.cli.common import Stop
from baomi.adapters.cli.lines import mask_lines, walk_strings
from baomi.protect import Protector, load_profile
from baomi.tables.plan import Counts, protect_free_text
from tests import handwritten

DISPLAY = Protector.build(load_profile("display"))


def _lines() -> list[str]:
    """1,300 lines (more than two blocks): nested objects, lists, plain strings, numbers,
    empty strings and, every 97th, a line that is not JSON."""
    texts = [t for t, _g in handwritten.load()[:1300]]
    out = []
    for i, t in enumerate(texts):
        if i % 97 == 5:
            out.append(t)  # not JSON: scanned as text
        elif i % 3 == 0:
            out.append(json.dumps({"备注": t, "n": i, "tags": [t[:6], ""]}, ensure_ascii=False))
        elif i % 3 == 1:
            out.append(json.dumps({"customer": {"note": t}}, ensure_ascii=False))
        else:
            out.append(json.dumps(t, ensure_ascii=False))
    return out


def _one_by_one(det: Detector, lines: list[str], counts: Counts) -> str:
    def protect(label: str, value: str) -> str:
        return protect_free_text(det, DISPLAY, label, value, counts)

    out = []
    for line in lines:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            out.append(protect("", line))
        else:
            out.append(json.dumps(walk_strings(obj, "", protect, ()), ensure_ascii=False))
    return "".join(x + "\n" for x in out)


def _mask(
    det: Detector, lines: list[str], counts: Counts, *, strict: bool = False, out: io.StringIO
) -> str:
    mask_lines(
        io.BytesIO("".join(x + "\n" for x in lines).encode()),
        out,
        fmt="jsonl",
        encoding="utf-8",
        det=det,
        protector=DISPLAY,
        counts=counts,
        fields=(),
        strict=strict,
        jobs=1,
        progress=lambda _n: None,
    )
    return out.getvalue()


def test_json_lines_in_blocks_equal_string_by_string(detector: Detector) -> None:
    lines = _lines()
    alone, blocks = Counts(), Counts()
    assert _mask(detector, lines, blocks, out=io.StringIO()) == _one_by_one(detector, lines, alone)
    assert blocks.values == alone.values
    assert sum(alone.values.values()) > 1300
    assert blocks.rows_in == blocks.rows_out == len(lines)
    assert blocks.rows_with_errors == sum(1 for x in lines if not _is_json(x)) >= 10


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def test_strict_stops_at_the_first_malformed_line_after_writing_those_before(
    detector: Detector,
) -> None:
    lines = [json.dumps({"备注": "客户张伟手机13812345678"}, ensure_ascii=False), "{broken"]
    out = io.StringIO()
    with pytest.raises(Stop, match="line 2: malformed JSON"):
        _mask(detector, lines, Counts(), strict=True, out=out)
    assert json.loads(out.getvalue()) == {"备注": "客户张*手机138****5678"}
