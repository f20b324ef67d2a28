"""Protecting, profiling and re-reading CSV/TSV files (the dialect handling is in ``csvfile``)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, TextIO

from baomi.detect import Detector
from baomi.errors import InputError
from baomi.protect.profiles import Protector
from baomi.tables.bulk import bulk_gc
from baomi.tables.columns import SAMPLE_ROWS, ColumnProfile, classify_columns
from baomi.tables.csvfile import CsvDialect, RowSource, head_and_sample, iter_rows, open_text
from baomi.tables.plan import Counts, TablePlan

__all__ = ["classify_csv", "csv_cells", "mask_csv"]

Report = Callable[[str], None]
_BLOCK = 4096


def _source(
    src: BinaryIO, dialect: CsvDialect, counts: Counts | None, report: Report, strict: bool
) -> RowSource:
    def on_error(line: int, problem: str) -> None:
        if counts is not None:
            counts.rows_in += 1
            counts.rows_with_errors += 1
        if strict:
            raise InputError(f"line {line}: {problem} (--strict)")
        report(f"line {line}: {problem}; the row is left out of the output")

    return RowSource(open_text(src, dialect.encoding), dialect, on_error)


def classify_csv(
    src: BinaryIO, dialect: CsvDialect, det: Detector, report: Report
) -> list[ColumnProfile]:
    """Column profiles from the header and the first ``SAMPLE_ROWS`` rows."""
    rows = _source(src, dialect, None, report, False).rows()
    header, sample, _ = head_and_sample(rows, SAMPLE_ROWS)
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
    source = _source(src, dialect, counts, report, strict)
    header, sample, _ = head_and_sample(source.rows(), SAMPLE_ROWS)
    columns = classify_columns(det, header, [r for _, r in sample])
    plan = TablePlan.build(columns, protector, det, counts)
    writer = dialect.csv_writer(out)
    if header:
        writer.writerow(header)
    width = len(header)
    # Plain rows are joined straight back: what csv.writer writes for fields without the
    # delimiter, the quote character or a line break, at a fraction of its cost. Rows read
    # from quoted lines, and protected values that need quoting, go through the writer.
    term, d = dialect.lineterminator, dialect.delimiter
    plain_ok = not dialect.quote_all and width > 1
    plan.specials = d + dialect.quotechar + "\r\n" + term
    first = ([n for n, _ in sample], [r for _, r in sample], False)
    with bulk_gc():
        for lines, block, simple in itertools.chain([first], source.blocks(_BLOCK)):
            if not block:
                continue
            counts.rows_in += len(block)
            counts.rows_out += len(block)
            if min(map(len, block)) == width == max(map(len, block)):
                # Column by column over the block: no Python work per row but this loop's caller.
                rows = plan.apply_rows(block)
                if plain_ok and simple and plan.block_plain:
                    out.write(term.join(map(d.join, rows)) + term)
                else:
                    writer.writerows(rows)
            else:
                _mixed_block(
                    lines, block, width, writer, plan, protector, det, counts, report, strict
                )
            if progress is not None:
                progress(len(block))
    return plan


def _mixed_block(
    lines: list[int],
    block: list[list[str]],
    width: int,
    writer: Any,
    plan: TablePlan,
    protector: Protector,
    det: Detector,
    counts: Counts,
    report: Report,
    strict: bool,
) -> None:
    """A block with blank or malformed rows: runs of good rows still go column by column."""
    good: list[list[str]] = []
    for line, row in zip(lines, block, strict=True):
        if len(row) == width:
            good.append(row)
            continue
        writer.writerows(plan.apply_rows(good))
        good = []
        if not row:  # a blank line: kept as it is
            writer.writerow(row)
            continue
        counts.rows_with_errors += 1
        problem = f"line {line}: {len(row)} fields where the header has {width}"
        if strict:
            raise InputError(f"{problem} (--strict)")
        report(f"{problem}; every cell of the row is scanned as free text")
        writer.writerow(plan.apply_malformed(row, protector, det, counts))
    writer.writerows(plan.apply_rows(good))


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
