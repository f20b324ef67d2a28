"""``baomi classify`` and ``baomi risk``: reports on a table, never its values (unless asked)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from baomi.adapters.cli.common import (
    EXIT_CONFIG,
    EXIT_INPUT,
    Stop,
    app,
    build_detector,
    err,
    open_input,
)
from baomi.adapters.cli.inputs import (
    ConfigOpt,
    EncodingOpt,
    InputOpt,
    check_encoding,
    csv_dialect,
    format_of,
)
from baomi.detect import Detector
from baomi.errors import ConfigError, InputError
from baomi.protect import load_profile
from baomi.tables.columns import ColumnProfile
from baomi.tables.csvfile import open_text
from baomi.tables.csvmask import classify_csv
from baomi.tables.risk import assess

__all__ = ["classify", "risk"]


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
        dialect = csv_dialect(stream, fmt, encoding, size, None)
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
    input_format: InputOpt = None,
    output_format: Annotated[
        str, typer.Option("--format", help="table (for people) or json (for machines).")
    ] = "table",
    profile: Annotated[
        str, typer.Option(help="Profile whose operators are suggested.")
    ] = "display",
    encoding: EncodingOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Profile a table's columns: type, share of matching values, category, suggested operator."""
    if output_format not in ("table", "json"):
        raise typer.BadParameter("must be table or json", param_hint="--format")
    fmt = format_of(path, input_format or ("csv" if path == "-" else None))
    check_encoding(encoding, "--encoding")
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
    dialect = csv_dialect(stream, fmt, encoding, size, None)
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
    input_format: InputOpt = None,
    encoding: EncodingOpt = None,
) -> None:
    """k-anonymity and l-diversity of a table, and a generalization that reaches the target k."""
    if output_format not in ("table", "json"):
        raise typer.BadParameter("must be table or json", param_hint="--format")
    fmt = format_of(path, input_format or ("csv" if path == "-" else None))
    check_encoding(encoding, "--encoding")
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
