"""Protecting text and JSON Lines line by line, and reading them back for ``--verify``."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from baomi.adapters.cli.common import (
    EXIT_INPUT,
    Stop,
    err,
)
from baomi.adapters.cli.reading import is_wide, read_records, wide_lines
from baomi.detect import Detector
from baomi.protect import Protector, anonymize
from baomi.tables import Counts
from baomi.tables.plan import protect_free_text_cells

__all__ = ["line_cells", "mask_lines", "walk_strings"]

# --- text and JSON Lines --------------------------------------------------------------------


def walk_strings(
    obj: Any, label: str, fn: Callable[[str, str], str], fields: tuple[str, ...]
) -> Any:
    """Apply ``fn(label, text)`` to the strings of a JSON value (only ``fields`` when given;
    a field may be a dotted path such as ``customer.mobile``)."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            path = f"{label}.{k}" if label else str(k)
            if fields and not any(f == path or f.startswith(path + ".") for f in fields):
                out[k] = v
            else:
                out[k] = walk_strings(v, path, fn, fields)
        return out
    if isinstance(obj, list):
        return [walk_strings(v, label, fn, fields) for v in obj]
    if isinstance(obj, str) and (not fields or label in fields):
        return fn(label.rsplit(".", 1)[-1], obj)
    return obj


def mask_lines(
    stream: BinaryIO,
    out: TextIO,
    *,
    fmt: str,
    encoding: str,
    det: Detector,
    protector: Protector,
    counts: Counts,
    fields: tuple[str, ...],
    strict: bool,
    jobs: int,
    progress: Callable[[int], None],
) -> None:
    lines: Iterable[bytes] = stream
    if is_wide(encoding):  # UTF-16/32: decoded as a text stream, handed on as UTF-8 lines
        lines, encoding = wide_lines(stream, encoding), "utf-8"
    records = read_records(lines, encoding=encoding, input_format="text", field=None)

    def texts() -> Iterator[tuple[int, str | None, str | None]]:
        for rec in records:
            counts.rows_in += 1
            if rec.error is not None:
                counts.rows_with_errors += 1
                if strict:
                    raise Stop(EXIT_INPUT, f"stopped at line {rec.line} (--strict)")
                err.print(f"{rec.error}; the line is left out", markup=False, highlight=False)
                continue
            yield rec.line, rec.text, None

    n = 0
    if fmt == "text":
        pending: deque[str] = deque()

        def gen() -> Iterator[str]:
            for _, text, _e in texts():
                pending.append(text or "")
                yield text or ""

        for findings in det.detect_batch(gen(), jobs=jobs):
            text = pending.popleft()
            for f in findings:
                counts.add(f.type)
            out.write(anonymize(text, findings, protector.by_type, protector.default) + "\n")
            counts.rows_out += 1
            n += 1
            if not n % 4096:
                progress(4096)
        return
    block: list[Any] = []  # parsed JSON values; a malformed line as _Malformed(text)
    for line, raw, _e in texts():
        text = raw or ""
        try:
            block.append(json.loads(text))
        except json.JSONDecodeError as exc:
            counts.rows_with_errors += 1
            problem = f"line {line}: malformed JSON at column {exc.colno}"
            if strict:
                _write_json_block(block, out, det, protector, counts, fields)
                raise Stop(EXIT_INPUT, f"{problem} (--strict)") from None
            err.print(f"{problem}; the line is scanned as text", markup=False, highlight=False)
            block.append(_Malformed(text))
        if len(block) >= _JSON_BLOCK:
            _write_json_block(block, out, det, protector, counts, fields)
            progress(len(block))
            block.clear()
    _write_json_block(block, out, det, protector, counts, fields)
    progress(len(block))


# JSON lines protected at once: their strings go through the detector in one batch, which is
# about 1.5x faster than one string at a time (``detect_batch``).
_JSON_BLOCK = 512


class _Malformed(str):
    """A line that is not JSON: protected as one text, written back as text."""


def _write_json_block(
    block: list[Any],
    out: TextIO,
    det: Detector,
    protector: Protector,
    counts: Counts,
    fields: tuple[str, ...],
) -> None:
    """Protect and write a block of JSON lines; their strings (each with its key as context)
    are detected together, then put back in the order ``walk_strings`` visits them."""
    cells: list[tuple[str, str]] = []

    def collect(label: str, value: str) -> str:
        cells.append((label, value))
        return value

    for obj in block:
        if isinstance(obj, _Malformed):
            cells.append(("", str(obj)))
        else:
            walk_strings(obj, "", collect, fields)
    protected = iter(protect_free_text_cells(det, protector, cells, counts))

    def put_back(_label: str, _value: str) -> str:
        return next(protected)

    for obj in block:
        if isinstance(obj, _Malformed):
            out.write(next(protected) + "\n")
        else:
            out.write(json.dumps(walk_strings(obj, "", put_back, fields), ensure_ascii=False))
            out.write("\n")
    counts.rows_out += len(block)


def strings_of(obj: Any) -> list[tuple[str, str]]:
    """(key, string) for every string in a JSON value."""
    found: list[tuple[str, str]] = []

    def collect(key: str, value: str) -> str:
        found.append((key, value))
        return value

    walk_strings(obj, "", collect, ())
    return found


def line_cells(path: Path, fmt: str, encoding: str) -> Iterator[tuple[int, str, str]]:
    with open(path, encoding=encoding, errors="replace") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if fmt == "text":
                yield n, "", line
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                yield n, "", line
                continue
            yield from ((n, k, v) for k, v in strings_of(obj))
