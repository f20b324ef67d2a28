"""``baomi demo``: baomi's main job on bundled synthetic data, end to end.

1. detect personal information in customer notes (values shown only as their types);
2. classify the columns of a customer table and mask it with the ``display`` profile;
3. keep the table in a vault (SQLite, a local key file) in a temporary directory: store, show
   masked, find by blind index, rotate the master key, erase a customer by crypto-shredding.

Everything is synthetic and the temporary vault is deleted afterwards, so the demo can run
anywhere, any number of times.
"""

from __future__ import annotations

import csv
import io
import tempfile
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from baomi import __version__
from baomi.adapters.cli.common import app
from baomi.adapters.cli.report import Summary
from baomi.adapters.storage import open_store
from baomi.crypto import LocalKeyFile
from baomi.detect import Detector
from baomi.detect.finding import Finding
from baomi.protect import Protector, load_profile
from baomi.protect.mask import mask_default
from baomi.tables.columns import classify_columns
from baomi.tables.csvfile import CsvDialect
from baomi.tables.csvmask import mask_csv
from baomi.tables.plan import Counts
from baomi.vault import CustomerErasedError, Vault

__all__ = ["demo"]


def _sample(name: str) -> str:
    return resources.files("baomi").joinpath("samples", name).read_text(encoding="utf-8")


def _mark(text: str, findings: list[Finding]) -> str:
    """The text with each finding replaced by its type label (the demo shows no values)."""
    out, pos = [], 0
    for f in findings:
        out.append(text[pos : f.start].replace("[", "\\["))
        out.append(f"[reverse]<{f.type}>[/]")
        pos = f.end
    out.append(text[pos:].replace("[", "\\["))
    return "".join(out)


def _detect(console: Console, det: Detector) -> None:
    lines = _sample("customer-notes.txt").splitlines()
    console.print(f"[bold]1. detect[/]: {len(lines)} synthetic customer notes\n")
    summary = Summary()
    for n, (text, findings) in enumerate(zip(lines, det.detect_batch(lines), strict=True), 1):
        summary.add(n, findings, None)
        if n <= 8 and findings:
            console.print(f"[dim]{n:>3}[/] {_mark(text, findings)}", highlight=False)
    console.print()
    summary.render(console, title="bundled sample")


def _mask(console: Console, det: Detector, table: str) -> None:
    rows = list(csv.reader(io.StringIO(table)))
    columns = classify_columns(det, rows[0], rows[1:])
    console.print("\n[bold]2. classify and mask[/]: the bundled customer table\n")
    t = Table(title="columns")
    for h in ("column", "kind", "type", "category", "sensitive"):
        t.add_column(h)
    for c in columns:
        t.add_row(
            c.name, c.kind, c.type_id or "-", c.category or "-", "yes" if c.sensitive else "no"
        )
    console.print(t)
    out = io.StringIO()
    mask_csv(
        io.BufferedReader(io.BytesIO(table.encode())),
        out,
        CsvDialect("utf-8", lineterminator="\n"),
        det=det,
        protector=Protector.build(load_profile("display")),
        counts=Counts(),
        report=lambda _m: None,
    )
    console.print("masked with the display profile (first rows):")
    for line in out.getvalue().splitlines()[:4]:
        console.print(f"  {line}", highlight=False, markup=False)


def _vault(console: Console, det: Detector, table: str) -> None:
    rows = list(csv.DictReader(io.StringIO(table)))
    header = list(rows[0])
    columns = classify_columns(det, header, [[r[h] for h in header] for r in rows])
    types = {c.name: c.type_id for c in columns if c.name != "customer_no"}
    with tempfile.TemporaryDirectory(prefix="baomi-demo-") as tmp:
        home = Path(tmp)
        console.print("\n[bold]3. vault[/]: SQLite and a local key file in a temporary directory\n")
        provider = LocalKeyFile.create(home / "kek.json")
        store = open_store(
            f"sqlite:///{home}/baomi.db", f"sqlite:///{home}/keystore.db", create=True
        )
        vault = Vault.initialize(store, provider)
        records = [
            (r["customer_no"], {k: v for k, v in r.items() if k != "customer_no"}) for r in rows
        ]
        result = vault.put_many(records, types)
        console.print(
            f"stored {result.customers} customers, {result.fields} fields, each encrypted under "
            "its customer's data key (AES-256-GCM)"
        )
        first = records[0][0]
        shown = {k: mask_default(t, v) if t else v for k, (t, v) in vault.get(first).items()}
        console.print(f"customer {first}, masked for display: {shown}", highlight=False)
        mobile_field = next(n for n, t in types.items() if t == "CN_MOBILE")
        found = vault.find(mobile_field, "CN_MOBILE", rows[1][mobile_field])
        console.print(f"blind-index lookup of customer {records[1][0]}'s mobile number -> {found}")
        provider.rotate()
        console.print(f"rotated the master key; re-wrapped {vault.rewrap()} data keys")
        tomb = vault.erase(records[1][0], "demo: erasure request")
        try:
            vault.get(records[1][0])
        except CustomerErasedError as exc:
            console.print(f"erased {tomb.fields_erased} fields by destroying the key: {exc}")


@app.command()
def demo() -> None:
    """Run baomi's main job on bundled synthetic data: detect, classify and mask, vault."""
    console = Console()
    console.print(f"[bold]baomi {__version__}[/]: synthetic data only\n")
    det = Detector()
    _detect(console, det)
    table = _sample("customers.csv")
    _mask(console, det, table)
    _vault(console, det, table)
