"""Parquet: read in record batches, protect column by column, write with the same schema.

Untouched columns are passed through as Arrow arrays (no conversion, types and nulls exact).
A protected string column stays a string column. A protected column of another type (a mobile
number stored as int64) becomes a string column, because its protected form (``138****5678``)
is no longer a number; the run's notes say which columns changed type. Nested columns (lists,
structs) are not scanned and are named in the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from baomi.detect import Detector
from baomi.errors import BaomiError, InputError
from baomi.protect.profiles import Protector
from baomi.tables.bulk import bulk_gc
from baomi.tables.cells import as_text
from baomi.tables.columns import SAMPLE_ROWS, ColumnProfile, classify_columns
from baomi.tables.plan import Counts, TablePlan

__all__ = [
    "classify_parquet",
    "mask_parquet",
    "parquet_cells",
    "parquet_row_count",
    "parquet_rows",
]

_BATCH = 65_536


def _pa() -> tuple[Any, Any]:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise BaomiError("Parquet needs pyarrow: pip install 'baomi[parquet]'") from None
    return pa, pq


def _open(path: Path) -> Any:
    pa, pq = _pa()
    try:
        return pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError):
        raise InputError(f"{path.name} is not a readable Parquet file") from None


def _scalar(pa: Any, t: Any) -> bool:
    return not (pa.types.is_nested(t) or pa.types.is_binary(t) or pa.types.is_large_binary(t))


def _sample(pf: Any, pa: Any) -> tuple[list[str], list[list[str]]]:
    names = list(pf.schema_arrow.names)
    batch = next(pf.iter_batches(batch_size=SAMPLE_ROWS), None)
    if batch is None:
        return names, []
    cols = [
        [as_text(v) for v in c.to_pylist()] if _scalar(pa, c.type) else [""] * batch.num_rows
        for c in batch.columns
    ]
    return names, [list(r) for r in zip(*cols, strict=True)]


def classify_parquet(path: Path, det: Detector) -> list[ColumnProfile]:
    pa, _ = _pa()
    pf = _open(path)
    names, rows = _sample(pf, pa)
    return classify_columns(det, names, rows)


def mask_parquet(
    src: Path,
    dst: Path,
    *,
    det: Detector,
    protector: Protector,
    counts: Counts,
    progress: Callable[[int], None] | None = None,
) -> TablePlan:
    pa, pq = _pa()
    pf = _open(src)
    schema = pf.schema_arrow
    names, rows = _sample(pf, pa)
    plan = TablePlan.build(classify_columns(det, names, rows), protector, det, counts)
    fields = []
    changed = False
    for i, fld in enumerate(schema):
        if not _scalar(pa, fld.type):
            plan.disable(i)
            counts.notes.append(f"column {fld.name!r} is nested and was not scanned")
            fields.append(fld)
        elif plan.functions[i] is not None and not pa.types.is_string(fld.type):
            counts.notes.append(f"column {fld.name!r} changes from {fld.type} to string")
            fields.append(pa.field(fld.name, pa.string(), fld.nullable))
            changed = True
        else:
            fields.append(fld)
    out_schema = pa.schema(fields, metadata=None if changed else schema.metadata)
    with pq.ParquetWriter(dst, out_schema) as writer, bulk_gc():
        for batch in pf.iter_batches(batch_size=_BATCH):
            arrays = []
            for i, col in enumerate(batch.columns):
                if plan.functions[i] is None:
                    arrays.append(col)
                    continue
                values = col.to_pylist()
                present = [as_text(v) for v in values if v is not None]
                protected = iter(plan.apply_column(i, present))
                out = [None if v is None else next(protected) for v in values]
                arrays.append(pa.array(out, type=pa.string()))
            writer.write_batch(pa.record_batch(arrays, schema=out_schema))
            counts.rows_in += batch.num_rows
            counts.rows_out += batch.num_rows
            if progress is not None:
                progress(batch.num_rows)
    return plan


def parquet_cells(path: Path) -> Iterator[tuple[int, str, str]]:
    pa, _ = _pa()
    pf = _open(path)
    names = pf.schema_arrow.names
    offset = 0
    for batch in pf.iter_batches(batch_size=_BATCH):
        for i, col in enumerate(batch.columns):
            if not _scalar(pa, col.type):
                continue
            for r, v in enumerate(col.to_pylist()):
                if v is not None:
                    yield offset + r + 1, names[i], as_text(v)
        offset += batch.num_rows


def parquet_rows(path: Path) -> tuple[list[str], Iterator[list[str]]]:
    """Header and text rows, streamed batch by batch (for ``baomi risk``)."""
    pf = _open(path)
    names = list(pf.schema_arrow.names)

    def rows() -> Iterator[list[str]]:
        for batch in pf.iter_batches(batch_size=_BATCH):
            cols = [[as_text(v) for v in c.to_pylist()] for c in batch.columns]
            for r in zip(*cols, strict=True):
                yield list(r)

    return names, rows()


def parquet_row_count(path: Path) -> int:
    """Rows in the file, from its footer (for a progress bar)."""
    return int(_open(path).metadata.num_rows)
