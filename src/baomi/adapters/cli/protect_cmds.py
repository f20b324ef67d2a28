"""``baomi mask``, ``unmask``, ``classify``, ``risk`` and ``keygen``: de-identification commands.

Each command parses options, opens the input, calls ``baomi.protect`` / ``baomi.tables`` and
prints a summary on stderr. Output files are written atomically (``baomi.tables.atomic``).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, BinaryIO, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeRemainingColumn
from rich.table import Table

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
)
from baomi.adapters.cli.reading import check_not_binary, is_wide, read_records, wide_lines
from baomi.detect import Detector
from baomi.errors import ConfigError, InputError
from baomi.protect import Protector, anonymize, load_profile, load_protection_key
from baomi.protect.keys import create_key_file, default_key_path
from baomi.tables import Counts, atomic_output, find_leaks
from baomi.tables.columns import ColumnProfile
from baomi.tables.csvfile import CsvDialect, open_text, sniff_dialect
from baomi.tables.csvmask import classify_csv, csv_cells, mask_csv
from baomi.tables.encoding import sniff_encoding
from baomi.tables.plan import protect_free_text
from baomi.tables.risk import assess

__all__ = ["FORMATS"]

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
_STREAMABLE = ("text", "jsonl", "csv", "tsv")


def _format_of(path: str, given: str | None) -> str:
    if given:
        if given not in FORMATS:
            raise typer.BadParameter("must be one of " + ", ".join(FORMATS), param_hint="--input")
        return given
    if path == "-":
        return "text"
    return _BY_SUFFIX.get(Path(path).suffix.lower(), "text")


def _protector(profile: str, key_file: Path | None) -> Protector:
    try:
        prof = load_profile(profile)
        key = load_protection_key(key_file) if prof.needs_key else None
        return Protector.build(prof, key)
    except ConfigError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None


def _head(stream: BinaryIO) -> bytes:
    return stream.peek(64 * 1024)[: 64 * 1024] if isinstance(stream, io.BufferedReader) else b""


def _dialect(
    stream: BinaryIO, fmt: str, encoding: str | None, size: int | None, delimiter: str | None
) -> CsvDialect:
    head = _head(stream)
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


def _text_encoding(stream: BinaryIO, encoding: str | None, size: int | None) -> str:
    if encoding:
        return encoding
    head = _head(stream)
    try:
        return sniff_encoding(head, complete=size is not None and size <= len(head))
    except InputError as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None


class _Bar:
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

    def __enter__(self) -> _Bar:
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


# --- text and JSON Lines --------------------------------------------------------------------


def _walk_strings(
    obj: Any, label: str, fn: Callable[[str, str], str], fields: tuple[str, ...]
) -> Any:
    """Apply ``fn(label, text)`` to the strings of a JSON value (only ``fields`` when given;
    a field may be a dotted path such as ``customer.mobile``)."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            path = f"{label}.{k}" if label else str(k)
            if fields and not any(f == path or f.startswith(path + ".") for f in fields):
                out[k] = v
            else:
                out[k] = _walk_strings(v, path, fn, fields)
        return out
    if isinstance(obj, list):
        return [_walk_strings(v, label, fn, fields) for v in obj]
    if isinstance(obj, str) and (not fields or label in fields):
        return fn(label.rsplit(".", 1)[-1], obj)
    return obj


def _mask_lines(
    stream: BinaryIO,
    out: TextIO,
    *,
    fmt: str,
    encoding: str,
    det: Detector,
    protector: Protector,
    counts: Counts,
    fields: tuple[str, ...],
    strict: bool,
    jobs: int,
    progress: Callable[[int], None],
) -> None:
    lines: Iterable[bytes] = stream
    if is_wide(encoding):  # UTF-16/32: decoded as a text stream, handed on as UTF-8 lines
        lines, encoding = wide_lines(stream, encoding), "utf-8"
    records = read_records(lines, encoding=encoding, input_format="text", field=None)

    def protect_value(label: str, value: str) -> str:
        return protect_free_text(det, protector, label, value, counts)

    def texts() -> Iterator[tuple[int, str | None, str | None]]:
        for rec in records:
            counts.rows_in += 1
            if rec.error is not None:
                counts.rows_with_errors += 1
                if strict:
                    raise Stop(EXIT_INPUT, f"stopped at line {rec.line} (--strict)")
                err.print(f"{rec.error}; the line is left out", markup=False, highlight=False)
                continue
            yield rec.line, rec.text, None

    n = 0
    if fmt == "text":
        pending: list[str] = []

        def gen() -> Iterator[str]:
            for _, text, _e in texts():
                pending.append(text or "")
                yield text or ""

        for findings in det.detect_batch(gen(), jobs=jobs):
            text = pending.pop(0)
            for f in findings:
                counts.values[f.type] += 1
            out.write(anonymize(text, findings, protector.by_type, protector.default) + "\n")
            counts.rows_out += 1
            n += 1
            if not n % 4096:
                progress(4096)
        return
    for line, raw, _e in texts():
        text = raw or ""
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            counts.rows_with_errors += 1
            problem = f"line {line}: malformed JSON at column {exc.colno}"
            if strict:
                raise Stop(EXIT_INPUT, f"{problem} (--strict)") from None
            err.print(f"{problem}; the line is scanned as text", markup=False, highlight=False)
            out.write(protect_value("", text) + "\n")
        else:
            protected = _walk_strings(obj, "", protect_value, fields)
            out.write(json.dumps(protected, ensure_ascii=False) + "\n")
        counts.rows_out += 1
        n += 1
        if not n % 4096:
            progress(4096)


def _strings_of(obj: Any) -> list[tuple[str, str]]:
    """(key, string) for every string in a JSON value."""
    found: list[tuple[str, str]] = []

    def collect(key: str, value: str) -> str:
        found.append((key, value))
        return value

    _walk_strings(obj, "", collect, ())
    return found


def _line_cells(path: Path, fmt: str, encoding: str) -> Iterator[tuple[int, str, str]]:
    with open(path, encoding=encoding, errors="replace") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if fmt == "text":
                yield n, "", line
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                yield n, "", line
                continue
            yield from ((n, k, v) for k, v in _strings_of(obj))


# --- the commands ----------------------------------------------------------------------------


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

                with _Bar(progress, xlsx_row_count(src), "mask") as bar:
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

                with _Bar(progress, parquet_row_count(src), "mask") as bar:
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
        head = _head(stream)[:8192]
        check_not_binary(head, encoding or sniff_encoding(head[:4] or b"-", complete=False))
        if fmt in ("csv", "tsv"):
            dialect = _dialect(stream, fmt, encoding, size, delimiter)
            in_enc = dialect.encoding
            out_enc = output_encoding or dialect.encoding
        else:
            dialect = None
            in_enc = _text_encoding(stream, encoding, size)
            out_enc = output_encoding or in_enc
        if output == "-":
            if verify:
                raise Stop(EXIT_USAGE, "--verify needs an output file (-o FILE), not stdout")
            out = io.TextIOWrapper(sys.stdout.buffer, encoding=out_enc, newline="")
            _protect_stream(
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
                None,
            )
            out.flush()
            out.detach()
        else:
            with atomic_output(Path(output)) as tmp:
                with (
                    open(tmp, "w", encoding=out_enc, newline="") as out,
                    _Bar(progress, size, "mask") as bar,
                ):
                    columns = _protect_stream(
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
                        bar.position(stream),
                    )
                if verify and dialect is not None:
                    with open(tmp, "rb") as f:
                        cells = csv_cells(f, replace(dialect, encoding=out_enc))
                        skip = _skip_columns(columns, protector)
                        _verify_or_stop(verify, cells, det, protector, skip, counts)
                elif verify:
                    cells = _line_cells(tmp, fmt, out_enc)
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
    _mask_lines(
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


# --- command definitions ---------------------------------------------------------------------

_InputOpt = Annotated[
    str | None,
    typer.Option(
        "--input", help="text, jsonl, csv, tsv, xlsx or parquet (default: from the file name)."
    ),
]
_EncodingOpt = Annotated[
    str | None,
    typer.Option(help="Input encoding (default: detected; UTF-8, UTF-16 with BOM or GB18030)."),
]
_ConfigOpt = Annotated[Path | None, typer.Option(help="YAML detector configuration file.")]
_KeyFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--key-file",
        help="Protection key file (default: $BAOMI_PROTECT_KEY, then $BAOMI_HOME/protect.key).",
    ),
]


def _check_encoding(name: str | None, option: str) -> None:
    if name is None:
        return
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {name!r}", param_hint=option) from None


@app.command()
def mask(
    path: Annotated[str, typer.Argument(help="File to protect, or - for standard input.")],
    output: Annotated[str, typer.Option("-o", "--output", help="Output file, or - for stdout.")],
    profile: Annotated[
        str, typer.Option(help="display, share, test-data, analytics, or a YAML profile file.")
    ] = "display",
    input_format: _InputOpt = None,
    field: Annotated[
        list[str] | None,
        typer.Option(help="JSON Lines: protect only this field (repeatable; dotted paths)."),
    ] = None,
    verify: Annotated[
        bool,
        typer.Option("--verify", help="Re-scan the output; write nothing if a value remains."),
    ] = False,
    key_file: _KeyFileOpt = None,
    encoding: _EncodingOpt = None,
    output_encoding: Annotated[
        str | None, typer.Option(help="Output encoding (default: the input's).")
    ] = None,
    delimiter: Annotated[
        str | None, typer.Option(help="CSV delimiter (default: detected).")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first malformed row or line.")
    ] = False,
    jobs: Annotated[int, typer.Option(help="Worker processes for text input.", min=1)] = 1,
    config: _ConfigOpt = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on a terminal.")] = True,
) -> None:
    """De-identify a text, JSON Lines, CSV/TSV, Excel or Parquet file with a profile."""
    fmt = _format_of(path, input_format)
    _check_encoding(encoding, "--encoding")
    _check_encoding(output_encoding, "--output-encoding")
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
        jobs=jobs,
        verify=verify,
        progress=progress,
    )
    raise typer.Exit(code)


@app.command()
def unmask(
    path: Annotated[str, typer.Argument(help="A file protected with encrypt_fpe, or -.")],
    output: Annotated[str, typer.Option("-o", "--output", help="Output file, or - for stdout.")],
    profile: Annotated[str, typer.Option(help="The profile the file was masked with.")],
    input_format: _InputOpt = None,
    field: Annotated[
        list[str] | None, typer.Option(help="JSON Lines: only this field (repeatable).")
    ] = None,
    key_file: _KeyFileOpt = None,
    encoding: _EncodingOpt = None,
    config: _ConfigOpt = None,
) -> None:
    """Reverse the profile's encrypt_fpe values with the key (other operators are one-way)."""
    fmt = _format_of(path, input_format)
    _check_encoding(encoding, "--encoding")
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


def _classify_any(
    path: str, fmt: str, det: Detector, encoding: str | None
) -> dict[str, list[ColumnProfile]]:
    if fmt == "xlsx":
        from baomi.tables.xlsxfile import classify_xlsx

        return classify_xlsx(Path(path), det)
    if fmt == "parquet":
        from baomi.tables.parquetfile import classify_parquet

        return {"": classify_parquet(Path(path), det)}
    if fmt not in ("csv", "tsv"):
        raise typer.BadParameter(
            "classify reads tables: csv, tsv, xlsx or parquet", param_hint="--input"
        )
    stream, size = open_input(path)
    try:
        dialect = _dialect(stream, fmt, encoding, size, None)
        return {
            "": classify_csv(
                stream, dialect, det, lambda m: err.print(m, markup=False, highlight=False)
            )
        }
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


@app.command()
def classify(
    path: Annotated[str, typer.Argument(help="A table: CSV/TSV (or -), .xlsx or .parquet.")],
    input_format: _InputOpt = None,
    output_format: Annotated[
        str, typer.Option("--format", help="table (for people) or json (for machines).")
    ] = "table",
    profile: Annotated[
        str, typer.Option(help="Profile whose operators are suggested.")
    ] = "display",
    encoding: _EncodingOpt = None,
    config: _ConfigOpt = None,
) -> None:
    """Profile a table's columns: type, share of matching values, category, suggested operator."""
    if output_format not in ("table", "json"):
        raise typer.BadParameter("must be table or json", param_hint="--format")
    fmt = _format_of(path, input_format or ("csv" if path == "-" else None))
    _check_encoding(encoding, "--encoding")
    try:
        prof = load_profile(profile)
    except ConfigError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    det = build_detector(config, None, None)
    try:
        sheets = _classify_any(path, fmt, det, encoding)
    except InputError as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None

    def suggested(c: ColumnProfile) -> str:
        spec = prof.columns.get(c.name) or (
            prof.types.get(c.type_id, prof.default) if c.type_id else None
        )
        if c.kind == "free_text":
            return "scan each value"
        return spec.operator if spec is not None else "-"

    if output_format == "json":
        doc = {
            sheet or "columns": [
                {
                    "column": c.name,
                    "kind": c.kind,
                    "type": c.type_id,
                    "share": round(c.share, 3),
                    "sampled": c.sampled,
                    "category": c.category,
                    "sensitive": c.sensitive,
                    "reason": c.reason,
                    "suggested_operator": suggested(c),
                }
                for c in cols
            ]
            for sheet, cols in sheets.items()
        }
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    console = Console()
    for sheet, cols in sheets.items():
        t = Table(title=f"{path}" + (f" / {sheet}" if sheet else ""))
        for h in ("column", "kind", "type", "share", "category", "sensitive", "operator"):
            t.add_column(h)
        for c in cols:
            t.add_row(
                c.name,
                c.kind,
                c.type_id or "-",
                f"{c.share:.0%}" if c.sampled else "-",
                c.category or "-",
                "yes" if c.sensitive else "no",
                suggested(c),
            )
        console.print(t)


def _table_rows(path: str, fmt: str, encoding: str | None) -> tuple[list[str], Iterator[list[str]]]:
    """Header and text rows of the first sheet / the whole table, streamed."""
    if fmt == "xlsx":
        from baomi.tables.xlsxfile import xlsx_rows

        return xlsx_rows(Path(path))
    if fmt == "parquet":
        from baomi.tables.parquetfile import parquet_rows

        return parquet_rows(Path(path))
    if fmt not in ("csv", "tsv"):
        raise typer.BadParameter(
            "risk reads tables: csv, tsv, xlsx or parquet", param_hint="--input"
        )
    stream, size = open_input(path)
    dialect = _dialect(stream, fmt, encoding, size, None)
    from baomi.tables.csvfile import iter_rows

    def on_error(line: int, problem: str) -> None:
        err.print(f"line {line}: {problem}; row skipped", markup=False, highlight=False)

    rows = iter_rows(open_text(stream, dialect.encoding), dialect, on_error)
    first = next(rows, None)
    return (first[1] if first else []), (r for _, r in rows)


@app.command()
def risk(
    path: Annotated[str, typer.Argument(help="A table: CSV/TSV (or -), .xlsx or .parquet.")],
    quasi: Annotated[
        str, typer.Option(help="Quasi-identifier columns, comma-separated (年龄,性别,邮编).")
    ],
    sensitive: Annotated[
        str | None, typer.Option(help="Sensitive column for l-diversity (诊断).")
    ] = None,
    k: Annotated[int, typer.Option("--k", help="Target k.", min=2)] = 5,
    max_suppression: Annotated[
        float,
        typer.Option(help="Share of rows that may be suppressed to reach k.", min=0.0, max=1.0),
    ] = 0.01,
    with_values: Annotated[
        bool, typer.Option("--with-values", help="Show the smallest groups' values.")
    ] = False,
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    input_format: _InputOpt = None,
    encoding: _EncodingOpt = None,
) -> None:
    """k-anonymity and l-diversity of a table, and a generalization that reaches the target k."""
    if output_format not in ("table", "json"):
        raise typer.BadParameter("must be table or json", param_hint="--format")
    fmt = _format_of(path, input_format or ("csv" if path == "-" else None))
    _check_encoding(encoding, "--encoding")
    columns = [c.strip() for c in quasi.split(",") if c.strip()]
    if not columns:
        raise typer.BadParameter("name at least one column", param_hint="--quasi")
    try:
        header, rows = _table_rows(path, fmt, encoding)
        report = assess(
            header, rows, columns, sensitive, target_k=k, max_suppression=max_suppression
        )
    except InputError as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None
    groups = [
        {
            "values": list(key) if with_values else None,
            "rows": n,
            "distinct_sensitive": d,
        }
        for key, n, d in report.smallest
    ]
    sug = report.suggestion
    doc = {
        "rows": report.rows,
        "quasi_identifiers": report.quasi,
        "sensitive": report.sensitive,
        "k": report.k,
        "target_k": report.target_k,
        "groups": report.groups,
        "unique_rows": report.unique_rows,
        "rows_below_target": report.rows_below_target,
        "l_diversity": report.l_diversity,
        "smallest_groups": groups,
        "suggestion": None
        if sug is None
        else {"levels": sug.levels, "k": sug.k, "suppressed_rows": sug.suppressed_rows},
    }
    if output_format == "json":
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(
        f"[bold]{report.rows}[/] rows, {report.groups} groups over {', '.join(report.quasi)}: "
        f"[bold]k = {report.k}[/] (target {report.target_k}); {report.unique_rows} unique rows; "
        f"{report.rows_below_target} rows in groups smaller than {report.target_k}"
        + (f"; l-diversity of {report.sensitive} = {report.l_diversity}" if sensitive else "")
    )
    t = Table(title="smallest groups")
    t.add_column("group")
    t.add_column("rows")
    if sensitive:
        t.add_column("distinct " + sensitive)
    for i, g in enumerate(groups, 1):
        label = " | ".join(g["values"]) if g["values"] else f"#{i}"  # type: ignore[arg-type]
        cells = [label, str(g["rows"])]
        if sensitive:
            cells.append(str(g["distinct_sensitive"]))
        t.add_row(*cells)
    console.print(t)
    if report.k >= report.target_k:
        console.print("the table already reaches the target k")
    elif sug is None:
        console.print("no generalization of these columns reaches the target k")
    else:
        levels = "; ".join(f"{c}: {lv}" for c, lv in sug.levels.items())
        console.print(
            f"suggested generalization: {levels} -> k = {sug.k}"
            + (f" after suppressing {sug.suppressed_rows} rows" if sug.suppressed_rows else "")
        )


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
