"""Turning typed cell values (Excel, Parquet) into text for detection, and back again."""

from __future__ import annotations

from datetime import date, datetime, time

__all__ = ["as_text", "back_to_cell"]


def as_text(value: object) -> str:
    """The text a person would read in the cell (an integer-valued float without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e20:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def back_to_cell(original: object, new: str) -> object:
    """The protected text as a cell of the original's kind where it still fits: a number stays a
    number when the result is all digits (a format-preserving pseudonym); otherwise text."""
    if isinstance(original, bool):
        return new
    if isinstance(original, int | float) and new.isdigit() and not new.startswith("0"):
        return int(new) if isinstance(original, int) else float(new)
    return new
