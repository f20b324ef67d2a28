"""Reading input for the CLI: streamed, line by line, never losing a line to bad input.

Each input line becomes a ``Record``: its 1-based number and either its text or an error message
that names the line and byte offset (never the bytes themselves).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from baomi.errors import InputError

__all__ = ["Record", "check_not_binary", "read_records"]

_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class Record:
    line: int
    text: str | None
    error: str | None = None


def check_not_binary(head: bytes, encoding: str) -> None:
    """Refuse content that is clearly not text (NUL bytes in the first block)."""
    if b"\x00" in head and not encoding.lower().replace("-", "").startswith("utf16"):
        raise InputError(
            "input looks like a binary file (NUL bytes), not text", byte_offset=head.index(b"\x00")
        )


def read_records(
    stream: Iterable[bytes], *, encoding: str, input_format: str, field: str | None
) -> Iterator[Record]:
    """Yield one Record per input line, in order. Malformed lines become error records."""
    codecs.lookup(encoding)  # raises LookupError for an unknown encoding, checked by the caller
    for number, raw in enumerate(stream, 1):
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            yield Record(
                number,
                None,
                f"line {number}: not valid {encoding} at byte offset {exc.start} of the line "
                "(try --encoding gb18030 for exports from Chinese systems)",
            )
            continue
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        if input_format == "text":
            yield Record(number, text)
            continue
        if not text.strip():
            yield Record(
                number, None, f"line {number}: empty line where a JSON object was expected"
            )
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Record(
                number, None, f"line {number}: malformed JSON at column {exc.colno}: {exc.msg}"
            )
            continue
        if not isinstance(obj, dict):
            yield Record(number, None, f"line {number}: expected a JSON object")
            continue
        value = obj.get(field or "")
        if value is None:
            yield Record(number, None, f"line {number}: field {field!r} is missing")
        elif not isinstance(value, str):
            yield Record(number, None, f"line {number}: field {field!r} is not a string")
        else:
            yield Record(number, value)
