"""Protecting, profiling and re-reading CSV/TSV files (the dialect handling is in ``csvfile``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO, TextIO

from baomi.detect import Detector
from baomi.errors import InputError
from baomi.protect.profiles import Protector
from baomi.tables.columns import SAMPLE_ROWS, ColumnProfile, classify_columns
from baomi.tables.csvfile import CsvDialect, head_and_sample, iter_rows, open_text
from baomi.tables.plan import Counts, TablePlan

__all__ = ["classify_csv", "csv_cells", "mask_csv"]

Report = Callable[[str], None]
_BLOCK = 4096


def _reader(
    src: BinaryIO, dialect: CsvDialect, counts: Counts | None, report: Report, strict: bool
) -> Iterator[tuple[int, list[str]]]:
    def on_error(line: int, problem: str) -> None:
        if counts is not None:
            counts.rows_in += 1
            counts.rows_with_errors += 1
        if strict:
            raise InputError(f"line {line}: {problem} (--strict)")
        report(f"line {line}: {problem}; the row is left out of the output")

    return iter_rows(open_text(src, dialect.encoding), dialect, on_error)


def classify_csv(
    src: BinaryIO, dialect: CsvDialect, det: Detector, report: Report
) -> list[ColumnProfile]:
    """Column profiles from the header and the first ``SAMPLE_ROWS`` rows."""
    header, sample, _ = head_and_sample(_reader(src, dialect, None, report, False), SAMPLE_ROWS)
    return classify_columns(det, header, [r for _, r in sample])


def mask_csv(
    src: BinaryIO,
    out: TextIO,
    dialect: CsvDialect,
    *,
    det: Detector,
    protector: Protector,
    counts: Counts,
    report: Report,
    strict: bool = False,
    progress: Callable[[int], None] | None = None,
) -> TablePlan:
    """Protect ``src`` into ``out`` (a text stream in the output encoding)."""
    rows = _reader(src, dialect, counts, report, strict)
    header, sample, all_rows = head_and_sample(rows, SAMPLE_ROWS)
    columns = classify_columns(det, header, [r for _, r in sample])
    plan = TablePlan.build(columns, protector, det, counts)
    writer = dialect.csv_writer(out)
    write = writer.writerow
    if header:
        write(header)
    width = len(header)
    done = 0
    chunk: list[list[str]] = []

    def flush() -> None:
        # Column by column over a block of rows: the per-row Python work is only the loop below.
        writer.writerows(plan.apply_rows(chunk))
        chunk.clear()

    for line, row in all_rows:
        if len(row) == width:
            chunk.append(row)
            if len(chunk) >= _BLOCK:
                flush()
                done += _BLOCK
                if progress is not None:
                    progress(_BLOCK)
            continue
        flush_count = len(chunk)
        flush()
        done += flush_count
        if not row:  # a blank line: kept as it is
            write(row)
        else:
            counts.rows_with_errors += 1
            problem = f"line {line}: {len(row)} fields where the header has {width}"
            if strict:
                raise InputError(f"{problem} (--strict)")
            report(f"{problem}; every cell of the row is scanned as free text")
            write(plan.apply_malformed(row, protector, det, counts))
        done += 1
    done += len(chunk)
    flush()
    counts.rows_in += done
    counts.rows_out += done
    return plan


def csv_cells(src: BinaryIO, dialect: CsvDialect) -> Iterator[tuple[int, str, str]]:
    """(line, column name, text) for every cell of a CSV file, header excluded."""

    def on_error(line: int, problem: str) -> None:
        raise InputError(f"line {line}: {problem}")

    rows = iter_rows(open_text(src, dialect.encoding), dialect, on_error)
    first = next(rows, None)
    header = first[1] if first else []
    for line, row in rows:
        for i, v in enumerate(row):
            yield line, header[i] if i < len(header) else "", v
