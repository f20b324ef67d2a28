"""``baomi audit verify|log|export``: the tamper-evident log from the command line, and the
helper the other commands use to record their events.

The actor is ``BAOMI_ACTOR`` or the operating-system user; ``--purpose`` on the commands that
read customer data says why (the policy decides on it, and the log records it).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.table import Table

from baomi.adapters.cli.common import EXIT_CONFIG, EXIT_INPUT, EXIT_OK, Stop, app, err
from baomi.adapters.storage.alerts_sql import SqlAlertStore
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
        raise Stop(EXIT_CONFIG, str(exc)) from None


@audit_app.command("verify")
def audit_verify(
    jobs: Annotated[
        int,
        typer.Option(
            help="Processes checking stretches of the log at once (0 = one per core, at most "
            "4; 1 = in this process).",
            min=0,
        ),
    ] = 0,
    progress: Annotated[
        bool, typer.Option(help="Progress bar on stderr when it is a terminal.")
    ] = True,
) -> None:
    """Check the whole chain and every signed checkpoint; name the first broken event."""
    log = _open()
    workers = jobs or min(4, os.cpu_count() or 1)
    if progress and err.is_terminal:
        with Progress(
            BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True
        ) as bar:
            task = bar.add_task("verify", total=log.store.count())
            v = log.verify(lambda n: bar.advance(task, n), jobs=workers)
    else:
        v = log.verify(jobs=workers)
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


MIN_RETENTION_DAYS = 183  # JR/T 0171: keep access records at least six months


@audit_app.command("prune")
def audit_prune(
    retention_days: Annotated[
        int, typer.Option(help="Keep this many days of events (at least 183).")
    ] = 365,
) -> None:
    """Delete events older than the retention period, leaving a signed cut so the rest of the
    chain still verifies; the prune itself is an audit event."""
    if retention_days < MIN_RETENTION_DAYS:
        raise typer.BadParameter(
            f"must be at least {MIN_RETENTION_DAYS} days (six months, JR/T 0171)",
            param_hint="--retention-days",
        )
    log = _open()
    before = (datetime.now(UTC) - timedelta(days=retention_days)).isoformat()
    n = log.prune(before)
    log.record(
        [{"actor": actor(), "action": "audit.prune", "detail": f"{n} events before {before[:10]}"}]
    )
    typer.echo(f"pruned {n} events older than {before[:10]}; the chain verifies from a signed cut")


# --- monitoring ------------------------------------------------------------------------------

MONITORING_FILE = "monitoring.yaml"
alerts_app = typer.Typer(help="Alerts raised by the monitoring rules.", invoke_without_command=True)
app.add_typer(alerts_app, name="alerts")


def default_monitoring_text() -> str:
    from importlib import resources

    return (
        resources.files("baomi.audit")
        .joinpath("data", "default-monitoring.yaml")
        .read_text(encoding="utf-8")
    )


def _scan_new(log: AuditLog, home: Path, alert_store: SqlAlertStore) -> int:
    """Run the monitoring rules over the events not scanned yet (earlier events within the
    longest window fill the rules' windows first)."""
    from baomi.audit.monitor import load_monitoring, scan

    config = load_monitoring(home / MONITORING_FILE)
    flagged = frozenset(log.customer_ref(c) for c in config.flagged_customers)
    done = alert_store.scanned_until()
    longest = max((r.window_minutes for r in config.rules), default=0)
    first_new = next(iter(log.store.events(done)), None)
    if first_new is None:
        return 0
    start = datetime.fromisoformat(first_new.time) - timedelta(minutes=longest)
    events = list(log.store.events(since_time=start.isoformat()))
    found = scan(events, config, flagged, new_after=done)
    return alert_store.save(found, events[-1].seq if events else done)


@alerts_app.callback()
def alerts_list(
    ctx: typer.Context,
    only_open: Annotated[
        bool, typer.Option("--open", help="Only alerts not acknowledged.")
    ] = False,
) -> None:
    """Scan the new audit events with the monitoring rules, then list the alerts."""
    if ctx.invoked_subcommand is not None:
        return
    from baomi.adapters.cli.vault_cmds import _home, _open_vault

    vault = _open_vault()
    home = _home()
    log = open_audit(vault, home)
    alert_store = SqlAlertStore(vault.store.data)  # type: ignore[attr-defined]
    try:
        new = _scan_new(log, home, alert_store)
    except BaomiError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    rows = alert_store.list(only_open)
    t = Table(title=f"alerts ({new} new)")
    for col in ("id", "raised", "severity", "rule", "actor", "summary", "events", "state"):
        t.add_column(col)
    for a in rows:
        evidence = json.loads(a["evidence"])
        t.add_row(
            str(a["id"]),
            a["raised_at"][:19],
            a["severity"],
            a["rule"],
            a["actor"],
            a["summary"],
            f"{evidence[0]}-{evidence[-1]}" if len(evidence) > 1 else str(evidence[0]),
            a["state"] + (f": {a['note']}" if a["note"] else ""),
        )
    Console().print(t)


@alerts_app.command("ack")
def alerts_ack(
    alert_id: Annotated[int, typer.Argument(help="The alert's id.")],
    note: Annotated[str, typer.Option(help="What was found or done (audited).")],
) -> None:
    """Acknowledge an alert with a note; the acknowledgement is itself an audit event."""
    from baomi.adapters.cli.vault_cmds import _home, _open_vault

    vault = _open_vault()
    if not SqlAlertStore(vault.store.data).acknowledge(alert_id, note):  # type: ignore[attr-defined]
        raise Stop(EXIT_INPUT, f"no alert {alert_id}")
    open_audit(vault, _home()).record(
        [{"actor": actor(), "action": "alert.ack", "detail": f"alert {alert_id}: {note}"[:500]}]
    )
    typer.echo(f"alert {alert_id} acknowledged")
