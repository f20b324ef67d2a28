"""``baomi audit verify|log|export``: the tamper-evident log from the command line, and the
helper the other commands use to record their events.

The actor is ``BAOMI_ACTOR`` or the operating-system user; ``--purpose`` on the commands that
read customer data says why (recorded, not yet enforced: the purpose-based policy comes next).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from baomi.adapters.cli.common import EXIT_OK, Stop, app, err
from baomi.adapters.storage.audit_sql import SqlAuditStore
from baomi.audit import AuditLog, create_signing_key, load_signer
from baomi.audit.chain import AuditEvent, HashName
from baomi.errors import BaomiError
from baomi.vault import Vault

__all__ = ["AUDIT_KEY_FILE", "EXIT_AUDIT_BROKEN", "actor", "audit_app", "open_audit"]

AUDIT_KEY_FILE = "audit-signing.key"
EXIT_AUDIT_BROKEN = 6

audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


def actor() -> str:
    return os.environ.get("BAOMI_ACTOR") or getpass.getuser()


def open_audit(vault: Vault, home: Path, *, create: bool = False) -> AuditLog:
    """The audit log beside a vault (same databases; checkpoints in the keystore)."""
    store = vault.store
    data, keystore = store.data, store.keystore  # type: ignore[attr-defined]
    path = home / AUDIT_KEY_FILE
    signer = create_signing_key(path) if create else load_signer(path)
    hash_name: HashName = "sm3" if vault.index.algorithm == "sm3" else "sha256"
    ref_key = vault.derived_key("audit-ref")
    return AuditLog(SqlAuditStore(data, keystore), signer, ref_key, hash_name)


def _open() -> AuditLog:
    from baomi.adapters.cli.vault_cmds import _home, _open_vault

    try:
        return open_audit(_open_vault(), _home())
    except BaomiError as exc:
        raise Stop(4, str(exc)) from None


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the whole chain and every signed checkpoint; name the first broken event."""
    log = _open()
    v = log.verify()
    if v.problem is not None:
        err.print(f"audit log BROKEN at {v.problem}", markup=False, highlight=False)
        raise typer.Exit(EXIT_AUDIT_BROKEN)
    typer.echo(
        f"audit log intact: {v.events} events, {v.checkpoints} signed checkpoints, "
        f"head {v.head.hex()[:16]}"
    )
    raise typer.Exit(EXIT_OK)


def _rows(
    log: AuditLog, customer: str | None, actor_id: str | None, since: str | None
) -> list[AuditEvent]:
    ref = log.customer_ref(customer) if customer else None
    return list(log.store.events(actor=actor_id, customer_ref=ref, since_time=since))


_CustomerOpt = Annotated[str | None, typer.Option(help="Only events about this customer.")]
_SinceOpt = Annotated[str | None, typer.Option(help="Only events at or after this ISO time.")]


@audit_app.command("log")
def audit_log(
    customer: Annotated[str | None, typer.Option(help="Only events about this customer.")] = None,
    actor_id: Annotated[
        str | None, typer.Option("--actor", help="Only this actor's events.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events at or after this ISO time.")
    ] = None,
) -> None:
    """Events for supervisors: who did what, when, why, to which customer reference."""
    log = _open()
    t = Table(title="audit events")
    for col in ("seq", "time", "actor", "action", "decision", "purpose", "customer", "fields"):
        t.add_column(col)
    for e in _rows(log, customer, actor_id, since):
        t.add_row(
            str(e.seq),
            e.time[:19],
            e.actor,
            e.action,
            e.decision,
            e.purpose or "-",
            e.customer_ref[:12] or "-",
            ",".join(e.fields) or e.detail,
        )
    Console().print(t)


@audit_app.command("export")
def audit_export(
    customer: Annotated[str | None, typer.Option(help="Only events about this customer.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events at or after this ISO time.")
    ] = None,
) -> None:
    """JSON Lines for regulators: every event with its hashes, in sequence order."""
    log = _open()
    out = sys.stdout
    for e in _rows(log, customer, None, since):
        doc = {**e.body(), "prev_hash": e.prev_hash.hex(), "hash": e.hash.hex()}
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
