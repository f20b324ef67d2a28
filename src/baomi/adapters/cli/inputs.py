"""What the de-identification commands share: input formats, encodings, options, progress."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeRemainingColumn

from baomi.adapters.cli.common import (
    EXIT_INPUT,
    Stop,
    err,
)
from baomi.errors import InputError
from baomi.tables.csvfile import CsvDialect, sniff_dialect
from baomi.tables.encoding import sniff_encoding

__all__ = [
    "FORMATS",
    "Bar",
    "ConfigOpt",
    "EncodingOpt",
    "InputOpt",
    "KeyFileOpt",
    "check_encoding",
    "csv_dialect",
    "format_of",
    "head_of",
    "text_encoding",
]

FORMATS = ("text", "jsonl", "csv", "tsv", "xlsx", "parquet")
_BY_SUFFIX = {
    ".txt": "text",
    ".log": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
}


def format_of(path: str, given: str | None) -> str:
    if given:
        if given not in FORMATS:
            raise typer.BadParameter("must be one of " + ", ".join(FORMATS), param_hint="--input")
        return given
    if path == "-":
        return "text"
    return _BY_SUFFIX.get(Path(path).suffix.lower(), "text")


def head_of(stream: BinaryIO) -> bytes:
    return stream.peek(64 * 1024)[: 64 * 1024] if isinstance(stream, io.BufferedReader) else b""


def csv_dialect(
    stream: BinaryIO, fmt: str, encoding: str | None, size: int | None, delimiter: str | None
) -> CsvDialect:
    head = head_of(stream)
    complete = size is not None and size <= len(head)
    try:
        return sniff_dialect(
            head,
            encoding=encoding,
            delimiter=delimiter or ("\t" if fmt == "tsv" else None),
            complete=complete,
        )
    except InputError as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None


def text_encoding(stream: BinaryIO, encoding: str | None, size: int | None) -> str:
    if encoding:
        return encoding
    head = head_of(stream)
    try:
        return sniff_encoding(head, complete=size is not None and size <= len(head))
    except InputError as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None


class Bar:
    """A progress bar on stderr for files, when stderr is a terminal; silent otherwise."""

    def __init__(self, enabled: bool, total: int | None, label: str):
        self.progress = (
            Progress(
                BarColumn(),
                TaskProgressColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
            )
            if enabled and total and err.is_terminal
            else None
        )
        self.task = self.progress.add_task(label, total=total) if self.progress else None

    def __enter__(self) -> Bar:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def position(self, raw: BinaryIO) -> Callable[[int], None]:
        def update(_n: int) -> None:
            if self.progress is not None and self.task is not None:
                self.progress.update(self.task, completed=raw.tell())

        return update

    def rows(self) -> Callable[[int], None]:
        def update(n: int) -> None:
            if self.progress is not None and self.task is not None:
                self.progress.advance(self.task, n)

        return update


InputOpt = Annotated[
    str | None,
    typer.Option(
        "--input", help="text, jsonl, csv, tsv, xlsx or parquet (default: from the file name)."
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(help="Input encoding (default: detected; UTF-8, UTF-16 with BOM or GB18030)."),
]
ConfigOpt = Annotated[Path | None, typer.Option(help="YAML detector configuration file.")]
KeyFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--key-file",
        help="Protection key file (default: $BAOMI_PROTECT_KEY, then $BAOMI_HOME/protect.key).",
    ),
]


def check_encoding(name: str | None, option: str) -> None:
    if name is None:
        return
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {name!r}", param_hint=option) from None
