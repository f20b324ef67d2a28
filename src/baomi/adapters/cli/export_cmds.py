"""``baomi vault export`` and ``baomi approval request|grant|list``: bulk exports under the
policy, with a second person's approval above the policy's threshold."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from baomi.adapters.cli.audit_cmds import actor, open_audit
from baomi.adapters.cli.common import EXIT_CONFIG, EXIT_INPUT, Stop, app
from baomi.adapters.cli.policy_cmds import load_home_policy
from baomi.adapters.cli.vault_cmds import (
    EXIT_DENIED,
    _home,
    _open_vault,
    _shown,
    open_policy_read,
    refuse_personal_reason,
    vault_app,
)
from baomi.adapters.storage.actors_sql import SqlActorStore
from baomi.adapters.storage.approvals_sql import SqlApprovalStore
from baomi.protect.mask import mask_default
from baomi.tables import atomic_output
from baomi.vault import Vault

__all__ = ["approval_app"]

approval_app = typer.Typer(help="Second-person approval of bulk exports.", no_args_is_help=True)
app.add_typer(approval_app, name="approval")


def _who(actor_id: str | None) -> str:
    return actor_id or actor()


_EXPORT_BATCH = 500


def _allowed_values(
    vault: Vault, chunk: list[tuple[str, dict[str, tuple[str, str]]]]
) -> dict[str, dict[str, tuple[str | None, str]]]:
    """The values the plans allow, one ``get_many`` per distinct set of allowed fields (so no
    customer has a field opened that their own plan denies)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for cid, plan in chunk:
        allowed = tuple(sorted(n for n, (kind, _) in plan.items() if kind != "denied"))
        groups.setdefault(allowed, []).append(cid)
    out: dict[str, dict[str, tuple[str | None, str]]] = {}
    for allowed, cids in groups.items():
        if allowed:
            out.update(vault.get_many(cids, list(allowed)))
        else:
            out.update({cid: {} for cid in cids})
    return out


@vault_app.command("export")
def vault_export(
    output: Annotated[Path, typer.Option("-o", "--output", help="CSV file to write.")],
    purpose: Annotated[str, typer.Option(help="Why the data is exported (a policy purpose).")],
    actor_id: Annotated[str | None, typer.Option("--actor", help="Who exports.")] = None,
    customers: Annotated[
        Path | None, typer.Option(help="File with one customer number per line (default: all).")
    ] = None,
    approval: Annotated[
        int | None, typer.Option(help="The approval id, above the policy's threshold.")
    ] = None,
    reason: Annotated[str | None, typer.Option(help="Reason (rules that require one).")] = None,
) -> None:
    """Export customers as the policy decides for the actor and purpose (masked by default);
    above the policy's threshold only with a second person's approval. Audited."""
    read = open_policy_read(actor_id, reason)
    vault, audit, engine = read.vault, read.audit, read.engine
    who, role = read.who, read.policy_role
    ids = (
        [ln.strip() for ln in customers.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if customers
        else vault.store.customer_ids()  # type: ignore[attr-defined]
    )
    limit = engine.policy.bulk_export.approval_above
    approvals = SqlApprovalStore(vault.store.data)  # type: ignore[attr-defined]
    if len(ids) > limit:
        granted = approvals.get(approval) if approval is not None else None
        ok = (
            granted is not None
            and granted["state"] == "approved"
            and granted["requester"] == who
            and granted["purpose"] == purpose
            and granted["customers"] >= len(ids)
        )
        if not ok:
            raise Stop(
                EXIT_DENIED,
                f"exporting {len(ids)} customers (more than {limit}) needs a second person's "
                "approval: `baomi approval request`, then `baomi approval grant` by another actor",
            )
    # First pass, metadata only (no value is opened): what the policy shows of each customer,
    # and the CSV header. Then the values, decrypted a batch at a time and written at once, so
    # clear values of at most one batch are ever in memory.
    plans = [
        (cid, _shown(engine, role, purpose, vault.field_types(cid), reason=reason, consent=None))
        for cid in ids
    ]
    names = list(dict.fromkeys(name for _, plan in plans for name in plan))
    written = 0
    with atomic_output(output) as tmp, open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["customer_no", *names], restval="")
        w.writeheader()
        for start in range(0, len(plans), _EXPORT_BATCH):
            chunk = plans[start : start + _EXPORT_BATCH]
            values = _allowed_values(vault, chunk)
            for cid, plan in chunk:
                row = {"customer_no": cid}
                for name, (kind, _why) in plan.items():
                    if kind == "denied":
                        row[name] = "<denied>"
                        continue
                    type_id, value = values[cid][name]
                    row[name] = (
                        mask_default(type_id, value)
                        if kind != "clear" and type_id is not None
                        else value
                    )
                w.writerow(row)
            written += len(chunk)
    if len(ids) > limit and approval is not None and not approvals.use(approval):
        raise Stop(EXIT_INPUT, f"approval {approval} was used meanwhile")
    audit.record(
        [
            {
                "actor": who,
                "role": role,
                "action": "export",
                "purpose": purpose,
                "policy_version": engine.policy.version,
                "fields": names,
                "detail": f"{written} customers"
                + (f"; approval {approval}" if approval is not None else ""),
            }
        ]
    )
    typer.echo(f"exported {written} customers to {output}")


@approval_app.command("request")
def approval_request(
    purpose: Annotated[str, typer.Option(help="The export's purpose.")],
    customers: Annotated[int, typer.Option(help="How many customers will be exported.", min=1)],
    reason: Annotated[str, typer.Option(help="Why (recorded; no personal data).")],
    actor_id: Annotated[str | None, typer.Option("--actor", help="Who will export.")] = None,
) -> None:
    """Ask for a second person's approval of a bulk export (audited)."""
    refuse_personal_reason(reason)
    vault = _open_vault()
    who = _who(actor_id)
    if SqlActorStore(vault.store.data).get(who) is None:  # type: ignore[attr-defined]
        raise Stop(EXIT_CONFIG, f"unknown actor {who!r}")
    approvals = SqlApprovalStore(vault.store.data)  # type: ignore[attr-defined]
    approval_id = approvals.request(who, purpose, customers, reason)
    open_audit(vault, _home()).record(
        [
            {
                "actor": who,
                "action": "approval.request",
                "purpose": purpose,
                "detail": f"approval {approval_id}: {customers} customers; {reason}",
            }
        ]
    )
    grant = f"baomi approval grant {approval_id}"
    typer.echo(f"approval {approval_id} requested; another actor grants it with `{grant}`")


@approval_app.command("grant")
def approval_grant(
    approval_id: Annotated[int, typer.Argument(help="The approval's id.")],
    actor_id: Annotated[str | None, typer.Option("--actor", help="Who approves.")] = None,
) -> None:
    """Approve a pending request: by a role the policy names, never by the requester."""
    home = _home()
    policy = load_home_policy(home)
    vault = _open_vault()
    who = _who(actor_id)
    store = SqlApprovalStore(vault.store.data)  # type: ignore[attr-defined]
    request = store.get(approval_id)
    if request is None or request["state"] != "pending":
        raise Stop(EXIT_INPUT, f"no pending approval {approval_id}")
    approver = SqlActorStore(vault.store.data).get(who)  # type: ignore[attr-defined]
    if approver is None or approver.role not in policy.bulk_export.approver_roles:
        roles = ", ".join(policy.bulk_export.approver_roles)
        raise Stop(EXIT_DENIED, f"{who} may not approve exports (roles: {roles})")
    if who == request["requester"]:
        raise Stop(EXIT_DENIED, "the requester cannot approve their own export")
    store.decide(approval_id, who, "approved")
    open_audit(vault, home).record(
        [
            {
                "actor": who,
                "role": approver.role,
                "action": "approval.grant",
                "detail": f"approval {approval_id}",
            }
        ]
    )
    typer.echo(f"approval {approval_id} granted by {who}")


@approval_app.command("list")
def approval_list() -> None:
    """Approvals and their states."""
    t = Table(title="approvals")
    for col in ("id", "requester", "purpose", "customers", "state", "approver", "reason"):
        t.add_column(col)
    for a in SqlApprovalStore(_open_vault().store.data).all():  # type: ignore[attr-defined]
        t.add_row(
            str(a["id"]),
            a["requester"],
            a["purpose"],
            str(a["customers"]),
            a["state"],
            a["approver"] or "-",
            a["reason"],
        )
    Console().print(t)
