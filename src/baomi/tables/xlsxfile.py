"""Excel ``.xlsx``: every sheet's first row is its header; values and cell types are kept.

Read and written with openpyxl in its streaming modes (read-only, write-only), so memory stays
flat on large workbooks. What does not survive: formatting, column widths and formulas (a
formula is replaced by the value Excel last computed for it, which is what is protected).
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from baomi.detect import Detector
from baomi.errors import InputError
from baomi.protect.profiles import Protector
from baomi.tables.cells import as_text, back_to_cell
from baomi.tables.columns import SAMPLE_ROWS, ColumnProfile, classify_columns
from baomi.tables.plan import Counts, TablePlan, protect_free_text

__all__ = ["classify_xlsx", "mask_xlsx", "xlsx_cells", "xlsx_row_count", "xlsx_rows"]


def _open(path: Path) -> Any:
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise InputError(f"{path.name} is not a readable .xlsx workbook") from None


def _header(ws: Any) -> list[str] | None:
    first = next(ws.iter_rows(max_row=1, values_only=True), None)
    if first is None:
        return None
    return [as_text(h) for h in first]


def _sample(ws: Any) -> list[list[str]]:
    rows = ws.iter_rows(min_row=2, values_only=True)
    return [[as_text(v) for v in r] for r in itertools.islice(rows, SAMPLE_ROWS)]


def classify_xlsx(path: Path, det: Detector) -> dict[str, list[ColumnProfile]]:
    """Column profiles per sheet."""
    wb = _open(path)
    try:
        out = {}
        for ws in wb.worksheets:
            header = _header(ws)
            if header is not None:
                out[ws.title] = classify_columns(det, header, _sample(ws))
        return out
    finally:
        wb.close()


def mask_xlsx(
    src: Path,
    dst: Path,
    *,
    det: Detector,
    protector: Protector,
    counts: Counts,
    progress: Callable[[int], None] | None = None,
) -> dict[str, TablePlan]:
    """Protect every sheet of ``src`` into a new workbook at ``dst``."""
    wb = _open(src)
    out = openpyxl.Workbook(write_only=True)
    plans: dict[str, TablePlan] = {}
    try:
        for ws in wb.worksheets:
            ows = out.create_sheet(ws.title)
            header = _header(ws)
            if header is None:
                continue
            plan = TablePlan.build(
                classify_columns(det, header, _sample(ws)), protector, det, counts
            )
            plans[ws.title] = plan
            rows = ws.iter_rows(values_only=True)
            ows.append(list(next(rows)))
            width = len(header)
            for n, values in enumerate(rows, 1):
                row = list(values)
                for i, v in enumerate(row):
                    if v is None:
                        continue
                    if i < width:
                        if plan.functions[i] is not None:
                            row[i] = back_to_cell(v, plan.apply_value(i, as_text(v)))
                    else:  # a cell beyond the header: no column to trust, scan it
                        row[i] = back_to_cell(
                            v, protect_free_text(det, protector, "", as_text(v), counts)
                        )
                ows.append(row)
                counts.rows_in += 1
                counts.rows_out += 1
                if progress is not None and not n % 1024:
                    progress(1024)
        out.save(dst)
    finally:
        wb.close()
    return plans


def xlsx_cells(path: Path) -> Iterator[tuple[int, str, str]]:
    """(row, "sheet/column", text) for every text cell below each sheet's header."""
    wb = _open(path)
    try:
        for ws in wb.worksheets:
            header = _header(ws)
            if header is None:
                continue
            for r, values in enumerate(ws.iter_rows(min_row=2, values_only=True), 2):
                for i, v in enumerate(values):
                    if v is not None:
                        yield r, header[i] if i < len(header) else "", as_text(v)
    finally:
        wb.close()


def xlsx_rows(path: Path) -> tuple[list[str], Iterator[list[str]]]:
    """Header and text rows of the first sheet, streamed (for ``baomi risk``)."""
    wb = _open(path)
    ws = wb.worksheets[0]
    header = _header(ws) or []

    def rows() -> Iterator[list[str]]:
        try:
            for values in ws.iter_rows(min_row=2, values_only=True):
                yield [as_text(v) for v in values]
        finally:
            wb.close()

    return header, rows()


def xlsx_row_count(path: Path) -> int:
    """Rows in all sheets as the workbook declares them (for a progress bar; 0 if unknown)."""
    wb = _open(path)
    try:
        return sum(max((ws.max_row or 1) - 1, 0) for ws in wb.worksheets)
    finally:
        wb.close()
