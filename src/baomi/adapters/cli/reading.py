"""Reading input for the CLI: streamed, line by line, never losing a line to bad input.

Each input line becomes a ``Record``: its 1-based number and either its text or an error message
that names the line and byte offset (never the bytes themselves).
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from baomi.errors import InputError

__all__ = ["Record", "check_not_binary", "is_wide", "read_records", "wide_lines"]

_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class Record:
    line: int
    text: str | None
    error: str | None = None


def is_wide(encoding: str) -> bool:
    """True for encodings whose newline is not the single byte 0x0A (UTF-16, UTF-32)."""
    return "\n".encode(codecs.lookup(encoding).name) not in (b"\n",)


def wide_lines(stream: BinaryIO, encoding: str) -> Iterator[bytes]:
    """Lines of a UTF-16/32 stream, re-encoded as UTF-8 so the line reader can treat them like
    any other input. A decoding error here stops the input: past it, line ends are unknown."""
    text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline=None)
    try:
        for line in text:
            yield line.encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"input is not valid {encoding}", byte_offset=exc.start) from None
    finally:
        text.detach()


def check_not_binary(head: bytes, encoding: str) -> None:
    """Refuse content that is clearly not text (NUL bytes in the first block)."""
    if b"\x00" in head and not is_wide(encoding):
        hint = (
            "; it starts like UTF-16 text: try --encoding utf-16"
            if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
            else ""
        )
        raise InputError(
            f"input looks like a binary file (NUL bytes), not text{hint}",
            byte_offset=head.index(b"\x00"),
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
