"""``baomi policy check|explain|history|show`` and ``baomi actor add|list|relate``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from baomi.adapters.cli.common import EXIT_CONFIG, EXIT_VERIFY, Stop, app
from baomi.adapters.storage.actors_sql import SqlActorStore
from baomi.adapters.storage.policies_sql import PolicyVersion, SqlPolicyHistory, policy_digest
from baomi.audit import AuditLog
from baomi.catalog import CATALOG
from baomi.errors import ConfigError
from baomi.policy import Policy, PolicyEngine, load_policy
from baomi.vault import Vault
from baomi.yamlconf import read_yaml, validate

__all__ = ["POLICY_FILE", "actor_app", "load_home_policy", "policy_app"]

POLICY_FILE = "policy.yaml"

policy_app = typer.Typer(help="The purpose-based access policy.", no_args_is_help=True)
actor_app = typer.Typer(help="People and services that read customer data.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")
app.add_typer(actor_app, name="actor")


def _read_home_policy(home: Path) -> tuple[Policy, bytes]:
    """The policy in ``$BAOMI_HOME`` and the bytes it was read from (one read)."""
    path = home / POLICY_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise Stop(EXIT_CONFIG, f"no policy at {path}: run `baomi init`") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Stop(EXIT_CONFIG, f"cannot read {path} as UTF-8 text") from None
    try:
        return validate(Policy, read_yaml(text, str(path)), str(path)), raw
    except ConfigError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None


def load_home_policy(home: Path) -> Policy:
    return _read_home_policy(home)[0]


def policy_engine(vault: Vault, home: Path, audit: AuditLog | None = None) -> PolicyEngine:
    """The policy in force, as an engine. A policy file that changed since the last read is
    recorded as a ``policy.change`` audit event (version and digest) before it is used, and
    its text kept (``baomi policy history``)."""
    from baomi.adapters.cli.audit_cmds import actor, open_audit
    from baomi.adapters.storage.alerts_sql import SqlAlertStore

    policy, raw = _read_home_policy(home)
    digest = policy_digest(raw)
    data = vault.store.data  # type: ignore[attr-defined]
    state, history = SqlAlertStore(data), SqlPolicyHistory(data)
    if state.state("policy_hash") != digest or not history.has(digest):
        detail = f"policy {policy.version} in force (sha256 {digest})"
        (event,) = (audit or open_audit(vault, home)).record(
            [
                {
                    "actor": actor(),
                    "action": "policy.change",
                    "policy_version": policy.version,
                    "detail": detail,
                }
            ]
        )
        history.remember(
            PolicyVersion(digest, policy.version, event.seq, event.time, raw.decode("utf-8"))
        )
        state.set_state("policy_hash", digest)
    return PolicyEngine(policy)


def lint(policy: Policy) -> list[str]:
    """Warnings a valid policy can still deserve: rules that can never match, conflicts."""
    out = []
    for r in policy.rules:
        covered = set().union(*(policy.purposes[p].types for p in r.purposes))
        if r.types and not set(r.types) & covered:
            out.append(f"rule {r.id} can never match: its purposes cover none of its types")
        if all(not policy.roles[role].reads_values for role in r.roles):
            out.append(f"rule {r.id} can never match: its roles never read customer values")
    for i, a in enumerate(policy.rules):
        for b in policy.rules[i + 1 :]:
            same = set(a.roles) & set(b.roles) and set(a.purposes) & set(b.purposes)
            overlap = not a.types or not b.types or set(a.types) & set(b.types)
            if same and overlap and a.relationship == b.relationship and a.decision != b.decision:
                out.append(
                    f"rules {a.id} and {b.id} overlap with different decisions "
                    f"({a.decision} / {b.decision}); the stronger one wins"
                )
    return out


@policy_app.command("check")
def policy_check(path: Annotated[Path, typer.Argument(help="A policy YAML file.")]) -> None:
    """Validate a policy (unknown roles, purposes, types; C3 never clear) and lint it."""
    try:
        policy = load_policy(path)
    except ConfigError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    warnings = lint(policy)
    for w in warnings:
        typer.echo(f"warning: {w}")
    typer.echo(
        f"policy {policy.version}: {len(policy.roles)} roles, {len(policy.purposes)} purposes, "
        f"{len(policy.rules)} rules, {len(warnings)} warnings"
    )


@policy_app.command("history")
def policy_history() -> None:
    """Every policy that has been in force: version, digest, since when, the audit event that
    recorded it, and whether the kept text still matches the digest in that event."""
    from baomi.adapters.cli.audit_cmds import open_audit
    from baomi.adapters.cli.vault_cmds import _home, _open_vault

    vault = _open_vault()
    audit = open_audit(vault, _home())
    t = Table(title="policy versions")
    for col in ("version", "digest", "in force since", "audit event", "text"):
        t.add_column(col)
    broken = 0
    for v in SqlPolicyHistory(vault.store.data).versions():  # type: ignore[attr-defined]
        event = audit.store.event(v.audit_seq)
        vouched = (
            event is not None
            and event.seq == v.audit_seq
            and event.action == "policy.change"
            and f"sha256 {v.digest}" in event.detail
        )
        ok = vouched and v.intact
        broken += not ok
        t.add_row(
            v.version, v.digest, v.recorded_at, str(v.audit_seq), "matches" if ok else "DIFFERS"
        )
    Console().print(t)
    if broken:
        raise Stop(EXIT_VERIFY, f"{broken} kept policy text(s) differ from their audit event")


@policy_app.command("show")
def policy_show(
    ref: Annotated[str, typer.Argument(help="A version label, or a digest (8+ hex digits).")],
) -> None:
    """Print the text of a policy that has been in force (to review a past decision)."""
    from baomi.adapters.cli.vault_cmds import _open_vault

    found = SqlPolicyHistory(_open_vault().store.data).find(ref)  # type: ignore[attr-defined]
    if not found:
        raise Stop(EXIT_CONFIG, f"no policy version {ref!r} (see `baomi policy history`)")
    if len({v.digest for v in found}) > 1:
        digests = ", ".join(v.digest[:12] for v in found)
        raise Stop(EXIT_CONFIG, f"{ref!r} names {len(found)} texts ({digests}): give a digest")
    if not found[0].intact:
        raise Stop(EXIT_VERIFY, f"the kept text of {ref!r} no longer matches its digest")
    typer.echo(found[0].text, nl=False)


@policy_app.command("explain")
def policy_explain(
    actor_id: Annotated[str, typer.Option("--actor", help="A registered actor.")],
    purpose: Annotated[str, typer.Option(help="Why the data would be read.")],
    field: Annotated[str, typer.Option(help="A field name, or an entity type id.")],
) -> None:
    """Print the decision for one field and the rule that made it."""
    from baomi.adapters.cli.vault_cmds import _home, _open_vault

    vault = _open_vault()
    found = SqlActorStore(vault.store.data).get(actor_id)  # type: ignore[attr-defined]
    if found is None:
        typer.echo(f"denied: unknown actor {actor_id!r} (register with `baomi actor add`)")
        return
    type_id: str | None = field
    if field not in CATALOG:
        present, type_id = vault.store.field_type(field)
        if not present:
            raise Stop(EXIT_CONFIG, f"no customer has a field {field!r}")
    d = policy_engine(vault, _home()).decide(found.role, purpose, type_id)
    typer.echo(
        f"{d.kind}: actor {actor_id} (role {found.role}), purpose {purpose}, field {field} "
        f"({type_id or 'not personal'}) -> rule {d.rule}; obligations {', '.join(d.obligations)}; "
        f"policy {d.policy_version}"
    )


@actor_app.command("add")
def actor_add(
    actor_id: Annotated[str, typer.Argument(help="The actor's id (a staff or service id).")],
    role: Annotated[str, typer.Option(help="A role of the policy.")],
    department: Annotated[str, typer.Option(help="Department.")] = "",
) -> None:
    """Register an actor with a role (audited)."""
    from baomi.adapters.cli.audit_cmds import actor, open_audit
    from baomi.adapters.cli.vault_cmds import _home, _open_vault

    policy = load_home_policy(_home())
    if role not in policy.roles:
        raise Stop(EXIT_CONFIG, f"unknown role {role!r}: " + ", ".join(policy.roles))
    vault = _open_vault()
    SqlActorStore(vault.store.data).put(actor_id, role, department)  # type: ignore[attr-defined]
    open_audit(vault, _home()).record(
        [{"actor": actor(), "action": "actor.add", "detail": f"{actor_id} as {role}"}]
    )
    typer.echo(f"actor {actor_id} registered as {role}")


@actor_app.command("list")
def actor_list() -> None:
    """The registered actors."""
    from baomi.adapters.cli.vault_cmds import _open_vault

    t = Table(title="actors")
    for col in ("id", "role", "department", "since"):
        t.add_column(col)
    for a in SqlActorStore(_open_vault().store.data).all():  # type: ignore[attr-defined]
        t.add_row(a.id, a.role, a.department or "-", a.created_at)
    Console().print(t)


@actor_app.command("relate")
def actor_relate(
    actor_id: Annotated[str, typer.Argument(help="A registered actor.")],
    customer: Annotated[str, typer.Option(help="Internal number of a customer they manage.")],
) -> None:
    """Record that an actor manages a customer (own_customers rules then apply); audited."""
    from baomi.adapters.cli.audit_cmds import actor, open_audit
    from baomi.adapters.cli.vault_cmds import _home, _open_vault

    vault = _open_vault()
    store = SqlActorStore(vault.store.data)  # type: ignore[attr-defined]
    if store.get(actor_id) is None:
        raise Stop(EXIT_CONFIG, f"unknown actor {actor_id!r} (register with `baomi actor add`)")
    audit = open_audit(vault, _home())
    store.relate(actor_id, audit.customer_ref(customer))
    audit.record(
        [
            {
                "actor": actor(),
                "action": "actor.relate",
                "customer_id": customer,
                "detail": f"{actor_id} manages the customer",
            }
        ]
    )
    typer.echo(f"{actor_id} now manages customer {customer}")
