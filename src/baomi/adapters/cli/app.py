"""``baomi`` command line: a thin layer that parses options, calls the core and maps errors.

Exit codes (also in docs/cli.md):
  0  everything was read and processed
  1  processed, but some lines could not be read (each reported on stderr with its line number)
  2  usage error (unknown option, bad value)
  3  the input cannot be read at all (missing file, binary content, unknown encoding, --strict stop)
  4  invalid configuration (--config file, --types, a profile, a missing or unsafe key)
  5  ``mask --verify`` found unprotected values; nothing was written
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TransferSpeedColumn

from baomi import __version__
from baomi.adapters.cli import (  # noqa: F401 (they register their commands)
    audit_cmds,
    demo,
    export_cmds,
    mask_cmds,
    policy_cmds,
    table_cmds,
    vault_cmds,
)
from baomi.adapters.cli.common import (
    EXIT_CONFIG,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PARTIAL,
    Stop,
    app,
    build_detector,
    err,
    open_input,
    worker_processes,
)
from baomi.adapters.cli.reading import (
    Record,
    check_not_binary,
    is_wide,
    read_records,
    wide_lines,
)
from baomi.adapters.cli.report import JsonlWriter, Summary
from baomi.catalog import CATALOG
from baomi.detect import Detector
from baomi.errors import BaomiError, ConfigError, InputError

__all__ = ["app", "main"]


def _counting(raw: BinaryIO, progress: Progress | None, task: TaskID | None) -> Iterator[bytes]:
    """The stream's lines, reporting bytes read to a progress bar."""
    for chunk in raw:
        if progress is not None and task is not None:
            progress.advance(task, len(chunk))
        yield chunk


def _run_detect(
    path: str,
    det: Detector,
    *,
    encoding: str,
    input_format: str,
    field: str | None,
    output_format: str,
    with_values: bool,
    strict: bool,
    jobs: int,
    progress: bool,
) -> int:
    try:
        import codecs

        codecs.lookup(encoding)
    except LookupError:
        raise Stop(EXIT_INPUT, f"unknown encoding {encoding!r}") from None
    stream, size = open_input(path)
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    try:
        check_not_binary(head, encoding)
    except InputError as exc:
        raise Stop(EXIT_INPUT, f"{path}: {exc}") from None
    if size == 0:
        err.print(f"{path}: empty input, nothing to scan")
        return EXIT_OK
    show_bar = progress and size is not None and err.is_terminal
    bar = (
        Progress(BarColumn(), DownloadColumn(), TransferSpeedColumn(), console=err, transient=True)
        if show_bar
        else None
    )
    task = bar.add_task("detect", total=size) if bar else None
    lines: Iterator[bytes] = _counting(stream, bar, task)
    if is_wide(encoding):  # UTF-16/32: decode as a text stream, hand on UTF-8 lines
        lines, encoding = wide_lines(stream, encoding), "utf-8"
    records = read_records(lines, encoding=encoding, input_format=input_format, field=field)
    out = sys.stdout
    writer = JsonlWriter(out, with_values=with_values)
    summary = Summary()

    def texts_and_records() -> Iterator[Record]:
        for rec in records:
            if rec.error is not None:
                err.print(rec.error, markup=False, highlight=False)
                if strict:
                    raise Stop(EXIT_INPUT, f"stopped at line {rec.line} (--strict)")
            yield rec

    pending: deque[Record] = deque()

    def gen_texts() -> Iterator[str]:
        for rec in texts_and_records():
            pending.append(rec)
            yield rec.text or ""

    try:
        if bar:
            bar.start()
        for findings in det.detect_batch(gen_texts(), jobs=jobs):
            rec = pending.popleft()
            if rec.text is None:
                findings = []
            summary.add(rec.line, findings, rec.error)
            if output_format == "jsonl":
                writer.write(rec.line, rec.text, findings, rec.error)
    finally:
        if bar:
            bar.stop()
        if stream is not sys.stdin.buffer:
            stream.close()
    if output_format == "table":
        summary.render(Console(), title=path if path != "-" else "stdin")
    return EXIT_PARTIAL if summary.error_lines else EXIT_OK


@app.command()
def detect(
    path: Annotated[str, typer.Argument(help="File to scan, or - for standard input.")] = "-",
    input_format: Annotated[
        str, typer.Option("--input", help="text (one document per line) or jsonl.")
    ] = "text",
    field: Annotated[
        str | None, typer.Option(help="With --input jsonl: the field holding the text.")
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", help="jsonl (one object per line) or table.")
    ] = "jsonl",
    with_values: Annotated[
        bool, typer.Option("--with-values", help="Include the detected values in the output.")
    ] = False,
    types: Annotated[
        str | None, typer.Option(help="Only these entity types, comma-separated.")
    ] = None,
    min_score: Annotated[
        float | None, typer.Option(help="Report findings scoring at least this (0-1).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="YAML detector configuration file.")] = None,
    encoding: Annotated[
        str, typer.Option(help="Input encoding, e.g. utf-8, gb18030, gbk.")
    ] = "utf-8",
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first unreadable line.")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(help="Worker processes (1 = in this process, 0 = one per CPU core).", min=0),
    ] = 1,
    progress: Annotated[
        bool, typer.Option(help="Progress bar on stderr when it is a terminal.")
    ] = True,
) -> None:
    """Find personal information in text (one document per line) or JSON Lines."""
    if input_format not in ("text", "jsonl"):
        raise typer.BadParameter("must be text or jsonl", param_hint="--input")
    if output_format not in ("jsonl", "table"):
        raise typer.BadParameter("must be jsonl or table", param_hint="--format")
    if input_format == "jsonl" and not field:
        raise typer.BadParameter("--input jsonl needs --field NAME", param_hint="--field")
    det = build_detector(config, types, min_score)
    code = _run_detect(
        path,
        det,
        encoding=encoding,
        input_format=input_format,
        field=field,
        output_format=output_format,
        with_values=with_values,
        strict=strict,
        jobs=worker_processes(jobs),
        progress=progress,
    )
    raise typer.Exit(code)


@app.command()
def entities() -> None:
    """List the entity types baomi detects, with their classification."""
    console = Console()
    from rich.table import Table

    t = Table(title="entity types")
    for col in ("id", "中文", "category", "sensitive", "level"):
        t.add_column(col)
    for et in CATALOG.values():
        t.add_row(
            et.id, et.name_zh, et.category.value, "yes" if et.sensitive else "no", str(et.level)
        )
    console.print(t)


@app.command()
def version() -> None:
    """Print baomi's version."""
    typer.echo(__version__)


def main() -> None:
    """Entry point: run the app, turning baomi's errors into messages and exit codes.

    Usage errors are handled by Typer itself (message and exit code 2); no traceback reaches the
    user for anything else either.
    """
    try:
        app()
    except Stop as exc:
        err.print(f"baomi: {exc}", markup=False, highlight=False)
        sys.exit(exc.code)
    except BaomiError as exc:
        err.print(f"baomi: {exc}", markup=False, highlight=False)
        sys.exit(EXIT_CONFIG if isinstance(exc, ConfigError) else EXIT_INPUT)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except Exception as exc:
        err.print(f"baomi: internal error ({type(exc).__name__}); please report it", markup=False)
        sys.exit(70)


if __name__ == "__main__":
    main()
