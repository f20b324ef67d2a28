"""``baomi mask``, ``unmask`` and ``keygen``: thin commands over ``baomi.protect`` and
``baomi.tables``; output files are written atomically; a summary goes to stderr."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, BinaryIO, TextIO

import typer
from rich.console import Console

from baomi.adapters.cli.common import (
    EXIT_CONFIG,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    EXIT_VERIFY,
    Stop,
    app,
    build_detector,
    err,
    open_input,
    worker_processes,
)
from baomi.adapters.cli.inputs import (
    Bar,
    ConfigOpt,
    EncodingOpt,
    InputOpt,
    KeyFileOpt,
    check_encoding,
    csv_dialect,
    format_of,
    head_of,
    text_encoding,
)
from baomi.adapters.cli.lines import line_cells, mask_lines
from baomi.adapters.cli.reading import check_not_binary
from baomi.detect import Detector
from baomi.errors import ConfigError, InputError
from baomi.protect import Protector, load_profile, load_protection_key
from baomi.protect.keys import create_key_file, default_key_path
from baomi.tables import Counts, atomic_output, find_leaks
from baomi.tables.columns import ColumnProfile
from baomi.tables.csvfile import CsvDialect
from baomi.tables.csvmask import csv_cells, mask_csv
from baomi.tables.encoding import sniff_encoding

__all__ = ["keygen", "mask", "unmask"]

# --- the commands ----------------------------------------------------------------------------


def _protector(profile: str, key_file: Path | None) -> Protector:
    try:
        prof = load_profile(profile)
        key = load_protection_key(key_file) if prof.needs_key else None
        return Protector.build(prof, key)
    except ConfigError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None


def _summary(counts: Counts, protector: Protector, console: Console) -> None:
    values = ", ".join(f"{t} {n}" for t, n in sorted(counts.values.items())) or "none"
    console.print(
        f"rows in {counts.rows_in}, rows out {counts.rows_out}, "
        f"rows with errors {counts.rows_with_errors}; values protected: {values}",
        markup=False,
        highlight=False,
    )
    for t, n in sorted(protector.fallbacks().items()):
        console.print(
            f"note: {n} {t} value(s) could not be handled by FF3-1 and were left "
            "masked / unchanged",
            markup=False,
            highlight=False,
        )
    for note in counts.notes:
        console.print(f"note: {note}", markup=False, highlight=False)


def _run_protect(
    path: str,
    output: str,
    *,
    fmt: str,
    protector: Protector,
    det: Detector,
    fields: tuple[str, ...],
    encoding: str | None,
    output_encoding: str | None,
    delimiter: str | None,
    strict: bool,
    jobs: int,
    verify: bool,
    progress: bool,
) -> int:
    counts = Counts()
    if output != "-" and Path(output).resolve() == Path(path).resolve():
        raise Stop(EXIT_USAGE, "the output must not be the input file")
    if fmt in ("xlsx", "parquet"):
        if path == "-" or output == "-":
            raise Stop(EXIT_USAGE, f"{fmt} needs a file for input and output, not -")
        src = Path(path)
        if not src.is_file():
            raise Stop(EXIT_INPUT, f"no such file: {path}")
        with atomic_output(Path(output)) as tmp:
            if fmt == "xlsx":
                from baomi.tables.xlsxfile import mask_xlsx, xlsx_cells, xlsx_row_count

                with Bar(progress, xlsx_row_count(src), "mask") as bar:
                    plans = mask_xlsx(
                        src, tmp, det=det, protector=protector, counts=counts, progress=bar.rows()
                    )
                skip = _skip_columns([c for p in plans.values() for c in p.columns], protector)
                cells = xlsx_cells(tmp)
            else:
                from baomi.tables.parquetfile import (
                    mask_parquet,
                    parquet_cells,
                    parquet_row_count,
                )

                with Bar(progress, parquet_row_count(src), "mask") as bar:
                    plan = mask_parquet(
                        src, tmp, det=det, protector=protector, counts=counts, progress=bar.rows()
                    )
                skip = _skip_columns(plan.columns, protector)
                cells = parquet_cells(tmp)
            _verify_or_stop(verify, cells, det, protector, skip, counts)
        _summary(counts, protector, err)
        return EXIT_PARTIAL if counts.rows_with_errors else EXIT_OK

    stream, size = open_input(path)
    try:
        head = head_of(stream)[:8192]
        check_not_binary(head, encoding or sniff_encoding(head[:4] or b"-", complete=False))
        if fmt in ("csv", "tsv"):
            dialect = csv_dialect(stream, fmt, encoding, size, delimiter)
            in_enc = dialect.encoding
            out_enc = output_encoding or dialect.encoding
        else:
            dialect = None
            in_enc = text_encoding(stream, encoding, size)
            out_enc = output_encoding or in_enc

        def protect(out: TextIO, tick: Callable[[int], None] | None) -> list[ColumnProfile]:
            return _protect_stream(
                stream,
                out,
                fmt,
                dialect,
                in_enc,
                det,
                protector,
                counts,
                fields,
                strict,
                jobs,
                tick,
            )

        if output == "-":
            if verify:
                raise Stop(EXIT_USAGE, "--verify needs an output file (-o FILE), not stdout")
            out = io.TextIOWrapper(sys.stdout.buffer, encoding=out_enc, newline="")
            protect(out, None)
            out.flush()
            out.detach()
        else:
            with atomic_output(Path(output)) as tmp:
                with (
                    open(tmp, "w", encoding=out_enc, newline="") as out,
                    Bar(progress, size, "mask") as bar,
                ):
                    columns = protect(out, bar.position(stream))
                if verify and dialect is not None:
                    with open(tmp, "rb") as f:
                        cells = csv_cells(f, replace(dialect, encoding=out_enc))
                        skip = _skip_columns(columns, protector)
                        _verify_or_stop(verify, cells, det, protector, skip, counts)
                elif verify:
                    cells = line_cells(tmp, fmt, out_enc)
                    _verify_or_stop(verify, cells, det, protector, frozenset(), counts)
    except UnicodeEncodeError:
        raise Stop(
            EXIT_INPUT, f"the output cannot be written as {out_enc}; try --output-encoding utf-8"
        ) from None
    except InputError as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    _summary(counts, protector, err)
    return EXIT_PARTIAL if counts.rows_with_errors else EXIT_OK


def _protect_stream(
    stream: BinaryIO,
    out: TextIO,
    fmt: str,
    dialect: CsvDialect | None,
    in_encoding: str,
    det: Detector,
    protector: Protector,
    counts: Counts,
    fields: tuple[str, ...],
    strict: bool,
    jobs: int,
    progress: Callable[[int], None] | None,
) -> list[ColumnProfile]:
    """Protect a text, JSON Lines or CSV stream; returns the CSV's columns ([] otherwise)."""
    tick = progress or (lambda _n: None)
    if dialect is not None:

        def report(msg: str) -> None:
            err.print(msg, markup=False, highlight=False)

        plan = mask_csv(
            stream,
            out,
            dialect,
            det=det,
            protector=protector,
            counts=counts,
            report=report,
            strict=strict,
            progress=tick,
        )
        return plan.columns
    mask_lines(
        stream,
        out,
        fmt=fmt,
        encoding=in_encoding,
        det=det,
        protector=protector,
        counts=counts,
        fields=fields,
        strict=strict,
        jobs=jobs,
        progress=tick,
    )
    return []


def _skip_columns(columns: list[ColumnProfile], protector: Protector) -> frozenset[str]:
    """Columns replaced whole by keyed tokens: a hex token can look like a number by chance."""
    skip = set()
    for c in columns:
        op = protector.column_operator(c.name)
        if op is None and c.kind == "typed" and c.type_id:
            op = protector.operator(c.type_id)
        if op is not None and op.name == "pseudonymize":
            skip.add(c.name)
    return frozenset(skip)


def _verify_or_stop(
    verify: bool,
    cells: Iterator[tuple[int, str, str]],
    det: Detector,
    protector: Protector,
    skip: frozenset[str],
    counts: Counts,
) -> None:
    if not verify:
        return
    leaks = find_leaks(cells, det, protector, skip)
    realistic = sorted(protector.realistic_types())
    if realistic:
        counts.notes.append(
            "--verify does not judge types given realistic values by design: "
            + ", ".join(realistic)
        )
    if leaks:
        for leak in leaks[:20]:
            err.print(f"verify: {leak}", markup=False, highlight=False)
        raise Stop(
            EXIT_VERIFY,
            f"--verify found {len(leaks)} value(s) that should have been protected; "
            "no output was written",
        )
    err.print("verify: no unprotected values found in the output", markup=False)


@app.command()
def mask(
    path: Annotated[str, typer.Argument(help="File to protect, or - for standard input.")],
    output: Annotated[str, typer.Option("-o", "--output", help="Output file, or - for stdout.")],
    profile: Annotated[
        str, typer.Option(help="display, share, test-data, analytics, or a YAML profile file.")
    ] = "display",
    input_format: InputOpt = None,
    field: Annotated[
        list[str] | None,
        typer.Option(help="JSON Lines: protect only this field (repeatable; dotted paths)."),
    ] = None,
    verify: Annotated[
        bool,
        typer.Option("--verify", help="Re-scan the output; write nothing if a value remains."),
    ] = False,
    key_file: KeyFileOpt = None,
    encoding: EncodingOpt = None,
    output_encoding: Annotated[
        str | None, typer.Option(help="Output encoding (default: the input's).")
    ] = None,
    delimiter: Annotated[
        str | None, typer.Option(help="CSV delimiter (default: detected).")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first malformed row or line.")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(help="Worker processes for text input (0 = one per CPU core).", min=0),
    ] = 1,
    config: ConfigOpt = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on a terminal.")] = True,
) -> None:
    """De-identify a text, JSON Lines, CSV/TSV, Excel or Parquet file with a profile."""
    fmt = format_of(path, input_format)
    check_encoding(encoding, "--encoding")
    check_encoding(output_encoding, "--output-encoding")
    protector = _protector(profile, key_file)
    det = build_detector(config, None, None)
    code = _run_protect(
        path,
        output,
        fmt=fmt,
        protector=protector,
        det=det,
        fields=tuple(field or ()),
        encoding=encoding,
        output_encoding=output_encoding,
        delimiter=delimiter,
        strict=strict,
        jobs=worker_processes(jobs),
        verify=verify,
        progress=progress,
    )
    raise typer.Exit(code)


@app.command()
def unmask(
    path: Annotated[str, typer.Argument(help="A file protected with encrypt_fpe, or -.")],
    output: Annotated[str, typer.Option("-o", "--output", help="Output file, or - for stdout.")],
    profile: Annotated[str, typer.Option(help="The profile the file was masked with.")],
    input_format: InputOpt = None,
    field: Annotated[
        list[str] | None, typer.Option(help="JSON Lines: only this field (repeatable).")
    ] = None,
    key_file: KeyFileOpt = None,
    encoding: EncodingOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Reverse the profile's encrypt_fpe values with the key (other operators are one-way)."""
    fmt = format_of(path, input_format)
    check_encoding(encoding, "--encoding")
    inverse = _protector(profile, key_file).inverse()
    if not inverse.by_type:
        raise Stop(EXIT_CONFIG, f"profile {profile} uses no encrypt_fpe: nothing can be unmasked")
    det = build_detector(config, ",".join(sorted(inverse.by_type)), None)
    code = _run_protect(
        path,
        output,
        fmt=fmt,
        protector=inverse,
        det=det,
        fields=tuple(field or ()),
        encoding=encoding,
        output_encoding=None,
        delimiter=None,
        strict=False,
        jobs=1,
        verify=False,
        progress=True,
    )
    raise typer.Exit(code)


@app.command()
def keygen(
    path: Annotated[
        Path | None,
        typer.Argument(help="Where to write the key (default: $BAOMI_HOME/protect.key)."),
    ] = None,
) -> None:
    """Create a protection key file (0600) for pseudonyms and FPE; never overwrites one."""
    target = path or default_key_path()
    try:
        key = create_key_file(target)
    except ConfigError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    except OSError as exc:
        raise Stop(EXIT_CONFIG, f"cannot write {target}: {exc.strerror}") from None
    err.print(
        f"created {target} (fingerprint {key.fingerprint}); back it up: without it pseudonyms "
        "cannot be reproduced and FPE values cannot be unmasked",
        markup=False,
        highlight=False,
    )
