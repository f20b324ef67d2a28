"""CSV and TSV: read, classify, protect and write back in the same dialect and encoding.

Streamed with the standard ``csv`` module (constant memory: one sample of rows for
classification, then one row at a time). The output keeps the delimiter, the quote character,
the quoting style (every field quoted, or only where needed), the line ending and the encoding
(a UTF-8 BOM and GB18030/GBK included) unless another output encoding is asked for.
"""

from __future__ import annotations

import csv
import io
import itertools
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from baomi.errors import InputError
from baomi.tables.encoding import sniff_encoding

__all__ = ["CsvDialect", "RowSource", "iter_rows", "open_text", "sniff_dialect", "write_rows"]

_SNIFF_BYTES = 64 * 1024
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long free-text cell is data, not an error

RowError = Callable[[int, str], None]


@dataclass(frozen=True)
class CsvDialect:
    """How a file is written, so the output can be written the same way."""

    encoding: str
    delimiter: str = ","
    quotechar: str = '"'
    quote_all: bool = False
    lineterminator: str = "\r\n"

    def csv_writer(self, out: TextIO) -> Any:
        """A ``csv.writer`` in this dialect."""
        return csv.writer(
            out,
            delimiter=self.delimiter,
            quotechar=self.quotechar,
            quoting=csv.QUOTE_ALL if self.quote_all else csv.QUOTE_MINIMAL,
            lineterminator=self.lineterminator,
        )

    def writer(self, out: TextIO) -> Callable[[list[str]], object]:
        return self.csv_writer(out).writerow  # type: ignore[no-any-return]


def _peek(stream: BinaryIO) -> bytes:
    if isinstance(stream, io.BufferedReader):
        head = stream.peek(_SNIFF_BYTES)
        return head[:_SNIFF_BYTES]
    return b""


def sniff_dialect(
    head: bytes,
    *,
    encoding: str | None,
    delimiter: str | None,
    complete: bool,
) -> CsvDialect:
    """The dialect of a CSV/TSV file from its first bytes."""
    enc = encoding or sniff_encoding(head, complete)
    text = head.decode(enc, errors="ignore")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    first = lines[0] if lines else ""
    ending = "\r\n" if first.endswith("\r\n") else "\n"
    if delimiter is None:
        counts = {d: first.count(d) for d in (",", "\t", ";", "|")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    quote = '"'
    sample = [ln.rstrip("\r\n") for ln in lines[:20] if ln.strip()]
    if not complete and len(lines) > 1:
        sample = sample[:-1]  # the last line of a partial read may be cut
    quote_all = bool(sample) and all(
        all(f.startswith(quote) and f.endswith(quote) for f in ln.split(delimiter)) for ln in sample
    )
    return CsvDialect(enc, delimiter, quote, quote_all, ending)


def open_text(stream: BinaryIO, encoding: str) -> TextIO:
    return io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")


class RowSource:
    """Rows of a CSV text stream, one at a time or in blocks, with their line numbers.

    A row the csv module rejects is reported through ``on_error`` with its line number and
    skipped; reading goes on. A decoding error stops the input (the encoding is wrong).
    """

    def __init__(self, text: TextIO, dialect: CsvDialect, on_error: RowError):
        self.reader = csv.reader(text, delimiter=dialect.delimiter, quotechar=dialect.quotechar)
        self.text = text
        self.dialect = dialect
        self.on_error = on_error

    def _decode_error(self, exc: UnicodeDecodeError, line: int | None = None) -> InputError:
        near = (self.reader.line_num if line is None else line) + 1
        return InputError(
            f"not valid {self.dialect.encoding} near line {near} (try --encoding gb18030)",
            byte_offset=exc.start,
        )

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        reader = self.reader
        while True:
            try:
                for row in reader:  # the for loop keeps the C iterator fast; errors restart it
                    yield reader.line_num, row
                return
            except csv.Error as exc:
                self.on_error(reader.line_num, f"malformed CSV ({_reason(exc)})")
            except UnicodeDecodeError as exc:
                raise self._decode_error(exc) from None

    def blocks(self, size: int) -> Iterator[tuple[list[int], list[list[str]], bool]]:
        """Blocks of up to ``size`` rows: (line numbers, rows, simple).

        A block of lines without the quote character (or NUL) is split on the delimiter with
        ``str.split``, which gives exactly what the csv module gives for such lines and costs
        half as much; a block with quotes goes line by line, the quoted lines through a csv
        reader. ``simple`` says that every row came from a plain split, so the writer may join
        the block back without quoting (see ``mask_csv``).
        """
        d, q = self.dialect.delimiter, self.dialect.quotechar
        lines_iter = iter(self.text)
        line_num = self.reader.line_num
        while True:
            try:
                chunk = list(itertools.islice(lines_iter, size))
            except UnicodeDecodeError as exc:
                raise self._decode_error(exc, line_num) from None
            if not chunk:
                return
            joined = "".join(chunk)
            if q not in joined and "\0" not in joined:
                # The whole block is plain lines: one comprehension, line numbers by counting.
                rows = [s.split(d) if (s := ln.rstrip("\r\n")) else [] for ln in chunk]
                yield list(range(line_num + 1, line_num + 1 + len(chunk))), rows, True
                line_num += len(chunk)
                continue
            lines, block, line_num = self._careful(chunk, lines_iter, line_num)
            if block:
                yield lines, block, False

    def _careful(
        self, chunk: list[str], rest: Iterator[str], line_num: int
    ) -> tuple[list[int], list[list[str]], int]:
        """Rows of a block with quoted lines: those go to a csv reader, which takes as many
        further lines as their quoted fields span; malformed records are reported."""
        d, q = self.dialect.delimiter, self.dialect.quotechar
        pending = iter(chunk)
        source = itertools.chain(pending, rest)
        lines: list[int] = []
        block: list[list[str]] = []
        try:
            for line in pending:
                line_num += 1
                if q in line or "\0" in line:
                    record = csv.reader(itertools.chain([line], source), delimiter=d, quotechar=q)
                    start = line_num
                    try:
                        row = next(record)
                    except csv.Error as exc:
                        line_num += record.line_num - 1
                        self.on_error(start, f"malformed CSV ({_reason(exc)})")
                        continue
                    line_num += record.line_num - 1
                else:
                    stripped = line.rstrip("\r\n")
                    row = stripped.split(d) if stripped else []
                block.append(row)
                lines.append(line_num)
        except UnicodeDecodeError as exc:
            raise self._decode_error(exc, line_num) from None
        return lines, block, line_num


def iter_rows(
    text: TextIO, dialect: CsvDialect, on_error: RowError
) -> Iterator[tuple[int, list[str]]]:
    """(line number, row) for every row (see ``RowSource``)."""
    return RowSource(text, dialect, on_error).rows()


def _reason(exc: csv.Error) -> str:
    """The csv module's message names the problem, never the data; keep only its first words."""
    msg = str(exc)
    return msg.split(":")[0][:80]


def write_rows(
    path: Path, dialect: CsvDialect, rows: Iterator[list[str]], encoding: str | None = None
) -> None:
    enc = encoding or dialect.encoding
    with open(path, "w", encoding=enc, newline="", errors="strict") as out:
        write = replace(dialect, encoding=enc).writer(out)
        for row in rows:
            write(row)


def head_and_sample(
    rows: Iterator[tuple[int, list[str]]], n: int
) -> tuple[list[str], list[tuple[int, list[str]]], Iterator[tuple[int, list[str]]]]:
    """(header, the next ``n`` rows, an iterator over all rows after the header)."""
    first = next(rows, None)
    if first is None:
        return [], [], iter(())
    sample = list(itertools.islice(rows, n))
    return first[1], sample, itertools.chain(sample, rows)


__all__ += ["head_and_sample"]
