"""``baomi init``, ``baomi vault ...`` and ``baomi keys ...``: the vault from the command line.

Values are never taken as command-line arguments (they would land in shell history): ``vault
find`` reads the value from standard input, imports read files. Passphrases come from
``BAOMI_KEK_PASSPHRASE`` or a prompt.
"""

from __future__ import annotations

import getpass
import itertools
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.console import Console
from rich.table import Table

from baomi.adapters.cli.audit_cmds import (
    MONITORING_FILE,
    actor,
    default_monitoring_text,
    open_audit,
)
from baomi.adapters.cli.common import (
    EXIT_CONFIG,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    Stop,
    app,
    err,
    open_input,
)
from baomi.adapters.cli.inputs import Bar, EncodingOpt, check_encoding, csv_dialect
from baomi.adapters.cli.policy_cmds import POLICY_FILE, policy_engine
from baomi.adapters.storage.actors_sql import SqlActorStore
from baomi.adapters.storage.sql import SqlVaultStore, default_urls, open_store
from baomi.audit import AuditLog
from baomi.crypto import ALGORITHMS, KEK_FILE_NAME, EnvKeyProvider, KeyProvider, LocalKeyFile
from baomi.detect import Detector
from baomi.errors import BaomiError, ConfigError
from baomi.policy import Decision, PolicyEngine, default_policy_text
from baomi.protect.keys import KEY_FILE_NAME, create_key_file
from baomi.protect.mask import mask_default
from baomi.tables.bulk import bulk_gc
from baomi.tables.columns import SAMPLE_ROWS, classify_columns, header_hint
from baomi.tables.csvfile import RowSource, head_and_sample, open_text
from baomi.vault import Vault, VaultError

__all__ = ["keys_app", "vault_app"]

vault_app = typer.Typer(help="Customer records, encrypted field by field.", no_args_is_help=True)
keys_app = typer.Typer(help="Master keys (KEKs) and data keys.", no_args_is_help=True)
app.add_typer(vault_app, name="vault")
app.add_typer(keys_app, name="keys")

_PASSPHRASE_ENV = "BAOMI_KEK_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret


def _home() -> Path:
    os.umask(0o077)  # databases, WAL files and keys baomi creates are the owner's alone
    return Path(os.environ.get("BAOMI_HOME", ".baomi"))


def _passphrase(confirm: bool = False) -> bytes | None:
    value = os.environ.get(_PASSPHRASE_ENV)
    if value:
        return value.encode()
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("KEK passphrase: ")
    if confirm and getpass.getpass("again: ") != first:
        raise Stop(EXIT_USAGE, "the passphrases differ")
    return first.encode()


def _provider(store: SqlVaultStore | None = None) -> KeyProvider:
    kind = os.environ.get("BAOMI_KEY_PROVIDER", "file")
    if kind == "env":
        algorithm = store.get_setting("algorithm") if store is not None else None
        name = algorithm.decode() if algorithm else os.environ.get("BAOMI_ALGORITHM", "aes-256-gcm")
        return EnvKeyProvider(algorithm=ALGORITHMS[name])
    if kind == "pkcs11":
        from baomi.crypto.pkcs11 import Pkcs11KeyProvider

        return Pkcs11KeyProvider.from_env()
    if kind != "file":
        raise ConfigError(f"unknown BAOMI_KEY_PROVIDER {kind!r}: file, env or pkcs11")
    path = _home() / KEK_FILE_NAME
    sealed = path.exists() and '"sealed": {' in path.read_text(encoding="utf-8")
    return LocalKeyFile(path, _passphrase() if sealed else None)


def _open_vault() -> Vault:
    home = _home()
    if (
        os.environ.get("BAOMI_KEY_PROVIDER", "file") == "file"
        and not (home / KEK_FILE_NAME).exists()
    ):
        raise Stop(EXIT_CONFIG, f"no vault under {home}: run `baomi init` first")
    try:
        store = open_store(*default_urls(home), create=True)
        return Vault.open(store, _provider(store))
    except BaomiError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None


@app.command()
def init(
    algorithm: Annotated[
        str, typer.Option(help="aes-256-gcm (default) or sm4-gcm (national cryptography).")
    ] = "aes-256-gcm",
    seal: Annotated[
        bool,
        typer.Option("--seal", help=f"Seal the key file with a passphrase (${_PASSPHRASE_ENV})."),
    ] = False,
) -> None:
    """Create $BAOMI_HOME (default ./.baomi): key file, protection key, databases, vault."""
    if algorithm not in ALGORITHMS:
        raise typer.BadParameter("must be " + " or ".join(ALGORITHMS), param_hint="--algorithm")
    home = _home()
    home.mkdir(parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    console = Console(stderr=True)
    kind = os.environ.get("BAOMI_KEY_PROVIDER", "file")
    kek = home / KEK_FILE_NAME
    try:
        if kind == "file" and not kek.exists():
            phrase = _passphrase(confirm=True) if seal else None
            if seal and not phrase:
                raise Stop(EXIT_USAGE, f"--seal needs {_PASSPHRASE_ENV} or a terminal to ask on")
            LocalKeyFile.create(kek, algorithm, phrase)
            console.print(f"created {kek} (KEK version 1, {algorithm})", highlight=False)
        if not (home / KEY_FILE_NAME).exists():
            create_key_file(home / KEY_FILE_NAME)
            console.print(f"created {home / KEY_FILE_NAME} (protection key)", highlight=False)
        data_url, keys_url = default_urls(home)
        store = open_store(data_url, keys_url, create=True)
        vault = Vault.initialize(store, _provider(store))
        audit = open_audit(vault, home, create=True)
        policy_path = home / POLICY_FILE
        if not policy_path.exists():
            policy_path.write_text(default_policy_text(), encoding="utf-8")
            console.print(f"wrote the default policy to {policy_path}", highlight=False)
        monitoring_path = home / MONITORING_FILE
        if not monitoring_path.exists():
            monitoring_path.write_text(default_monitoring_text(), encoding="utf-8")
        audit.record([{"actor": actor(), "action": "init", "detail": "vault ready"}])
    except BaomiError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    console.print(f"vault ready: data {_safe_url(data_url)}, keystore {_safe_url(keys_url)}")


def _safe_url(url: str) -> str:
    """A database URL without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


# --- vault ---------------------------------------------------------------------------------


# Types recognized without any context: a key column of these is certainly personal data. (A
# customer number such as C00000001 has the shape of a Hong Kong/Macau permit, and is not one.)
_PLAIN_PERSONAL = frozenset(
    {
        "CN_RESIDENT_ID",
        "CN_FOREIGN_PR_ID",
        "BANK_CARD",
        "CN_MOBILE",
        "CN_LANDLINE",
        "EMAIL",
        "PERSON_NAME",
        "CN_ADDRESS",
    }
)


Record = dict[str, str]


def _csv_records(
    stream: BinaryIO, encoding: str | None, size: int | None, on_error: Callable[[int, str], None]
) -> tuple[list[str], list[Record], Iterator[tuple[int, Record]]]:
    dialect = csv_dialect(stream, "csv", encoding, size, None)
    source = RowSource(open_text(stream, dialect.encoding), dialect, on_error)
    header, sample, rows = head_and_sample(source.rows(), SAMPLE_ROWS)

    def records() -> Iterator[tuple[int, Record]]:
        for line, row in rows:
            if len(row) != len(header):
                on_error(line, f"{len(row)} fields where the header has {len(header)}")
                continue
            yield line, dict(zip(header, row, strict=True))

    return header, [dict(zip(header, r, strict=False)) for _, r in sample], records()


def _jsonl_records(
    stream: BinaryIO, encoding: str | None, on_error: Callable[[int, str], None]
) -> tuple[list[str], list[Record], Iterator[tuple[int, Record]]]:
    """JSON Lines: one object per customer; numbers and nested values are kept as JSON text."""

    def records() -> Iterator[tuple[int, Record]]:
        for line, raw in enumerate(stream, 1):
            try:
                obj = json.loads(raw.decode(encoding or "utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                on_error(line, "not a valid JSON line")
                continue
            if not isinstance(obj, dict):
                on_error(line, "not a JSON object")
                continue
            yield (
                line,
                {
                    str(k): v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                    for k, v in obj.items()
                    if v is not None
                },
            )

    it = records()
    sample = list(itertools.islice(it, SAMPLE_ROWS))
    header = list(dict.fromkeys(k for _, r in sample for k in r))
    return header, [r for _, r in sample], itertools.chain(sample, it)


@vault_app.command("import")
def vault_import(
    path: Annotated[str, typer.Argument(help="CSV or JSON Lines file (or -), one customer each.")],
    key_column: Annotated[
        str, typer.Option(help="Column with the internal customer number (not personal data).")
    ],
    credential: Annotated[
        list[str] | None,
        typer.Option(help="A column holding a credential: stored as a slow hash (repeatable)."),
    ] = None,
    input_format: Annotated[
        str | None, typer.Option("--input", help="csv or jsonl (default: from the file name).")
    ] = None,
    batch: Annotated[int, typer.Option(help="Customers per transaction.", min=1)] = 5000,
    encoding: EncodingOpt = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on a terminal.")] = True,
) -> None:
    """Import customers: columns classified as in `baomi classify`, every field encrypted."""
    check_encoding(encoding, "--encoding")
    fmt = input_format or ("jsonl" if path.endswith((".jsonl", ".ndjson")) else "csv")
    if fmt not in ("csv", "jsonl"):
        raise typer.BadParameter("must be csv or jsonl", param_hint="--input")
    vault = _open_vault()
    det = Detector()
    stream, size = open_input(path)
    problems = 0

    def on_error(line: int, problem: str) -> None:
        nonlocal problems
        problems += 1
        err.print(f"line {line}: {problem}; row skipped", markup=False, highlight=False)

    if fmt == "csv":
        header, sample, records = _csv_records(stream, encoding, size, on_error)
    else:
        header, sample, records = _jsonl_records(stream, encoding, on_error)
    if key_column not in header:
        raise Stop(EXIT_USAGE, f"no column {key_column!r} in the input")
    columns = classify_columns(det, header, [[r.get(h, "") for h in header] for r in sample])
    key = columns[header.index(key_column)]
    if key.kind == "typed" and (key.type_id in _PLAIN_PERSONAL or header_hint(key.name)):
        raise Stop(
            EXIT_USAGE,
            f"column {key_column!r} holds {key.type_id}: use an internal customer "
            "number as the key, not personal data",
        )
    types: dict[str, str | None] = {c.name: c.type_id for c in columns if c.name != key_column}
    creds = frozenset(credential or ())
    totals: Counter[str] = Counter()
    customers = 0
    pending: dict[str, Record] = {}

    audit = open_audit(vault, _home())

    def flush() -> None:
        nonlocal customers
        r = vault.put_many(list(pending.items()), types, credentials=creds)
        customers += r.customers
        totals.update(r.by_type or {})
        audit.record(
            [
                {
                    "actor": actor(),
                    "action": "import",
                    "fields": sorted(types),
                    "detail": f"{r.customers} customers written",
                }
            ]
        )
        pending.clear()

    try:
        with Bar(progress, size, "import") as bar, bulk_gc():
            tick = bar.position(stream)
            for line, record in records:
                cid = record.pop(key_column, "").strip()
                if not cid:
                    on_error(line, "no customer key")
                    continue
                for name in record.keys() - types.keys():  # a field first seen after the sample
                    types[name] = header_hint(name)[0] if header_hint(name) else None
                pending[cid] = record
                if len(pending) >= batch:
                    flush()
                    tick(0)
            if pending:
                flush()
    except VaultError as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    t = Table(title=f"imported {customers} customers")
    t.add_column("type")
    t.add_column("values", justify="right")
    for type_id, n in sorted(totals.items()):
        t.add_row(type_id, str(n))
    Console(stderr=True).print(t)
    raise typer.Exit(EXIT_PARTIAL if problems else EXIT_OK)


EXIT_DENIED = 7


def _shown(
    engine: PolicyEngine,
    role: str,
    purpose: str,
    types: dict[str, str | None],
    *,
    reason: str | None,
    consent: str | None,
    own: bool = False,
) -> dict[str, tuple[str, str]]:
    """field -> (what is shown: clear | masked | denied, why)."""
    out = {}
    for name, type_id in types.items():
        d = engine.decide(role, purpose, type_id, own_customer=own)
        if d.kind == "denied":
            out[name] = ("denied", d.rule)
        elif "reason" in d.obligations and not reason:
            out[name] = ("denied", f"rule {d.rule} needs --reason")
        elif "consent" in d.obligations and not consent:
            out[name] = ("denied", f"rule {d.rule} needs --consent")
        else:
            out[name] = (d.kind, d.rule)
    return out


def _over_rate_limit(
    engine: PolicyEngine, role: str, who: str, customer_id: str, audit: AuditLog
) -> bool:
    """Whether reading one more customer now would pass the role's customers-per-hour limit
    (counted from the actor's reads in the audit log of the last hour)."""
    r = engine.policy.roles.get(role)
    if r is None or not r.max_customers_per_hour:
        return False
    since = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    seen = {
        e.customer_ref
        for e in audit.store.events(actor=who, since_time=since)
        if e.action == "read" and e.decision != "denied" and e.customer_ref
    }
    return audit.customer_ref(customer_id) not in seen and len(seen) >= r.max_customers_per_hour


def _glass(d: Decision) -> tuple[str, str]:
    return (d.kind, d.rule)


def refuse_personal_reason(reason: str | None) -> None:
    """Reasons are kept in tombstones and the audit log: they must not carry personal data."""
    if reason and Detector().detect(reason):
        raise Stop(EXIT_USAGE, "the reason contains personal information; describe it without")


@dataclass(frozen=True)
class PolicyRead:
    """What a read under the policy needs: the vault, its audit log, the policy in force (its
    change recorded through the same log), and who reads in which role ("" if unregistered)."""

    vault: Vault
    audit: AuditLog
    engine: PolicyEngine
    actors: SqlActorStore
    who: str
    role: str

    @property
    def policy_role(self) -> str:
        """The role the policy is asked about: an unregistered actor has none it knows."""
        return self.role or "(unregistered)"


def open_policy_read(actor_id: str | None, reason: str | None) -> PolicyRead:
    refuse_personal_reason(reason)
    home = _home()
    vault = _open_vault()
    audit = open_audit(vault, home)
    engine = policy_engine(vault, home, audit)
    who = actor_id or actor()
    actors = SqlActorStore(vault.store.data)  # type: ignore[attr-defined]
    registered = actors.get(who)
    return PolicyRead(vault, audit, engine, actors, who, registered.role if registered else "")


@vault_app.command("show")
def vault_show(
    customer_id: Annotated[str, typer.Argument(help="Internal customer number.")],
    purpose: Annotated[str, typer.Option(help="Why the data is read (a purpose of the policy).")],
    actor_id: Annotated[
        str | None, typer.Option("--actor", help="Who reads (default: $BAOMI_ACTOR or the user).")
    ] = None,
    fields: Annotated[str | None, typer.Option(help="Only these fields, comma-separated.")] = None,
    clear: Annotated[
        bool, typer.Option("--clear", help="Clear values where the policy allows them.")
    ] = False,
    reason: Annotated[str | None, typer.Option(help="Reason (rules that require one).")] = None,
    consent: Annotated[str | None, typer.Option(help="Consent reference (marketing).")] = None,
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    break_glass: Annotated[
        bool,
        typer.Option("--break-glass", help="Emergency access outside the rules (needs --reason)."),
    ] = False,
) -> None:
    """Show a customer's fields as the policy decides for this actor and purpose; audited."""
    if break_glass and not reason:
        raise Stop(EXIT_USAGE, "--break-glass needs a written --reason")
    clear = clear or break_glass  # breaking the glass is asking for the clear values
    read = open_policy_read(actor_id, reason)
    vault, audit, engine, actors = read.vault, read.audit, read.engine, read.actors
    who, role, who_role = read.who, read.role, read.policy_role
    names = [f.strip() for f in fields.split(",")] if fields else None
    event: dict[str, object] = {
        "actor": who,
        "role": role,
        "action": "read",
        "customer_id": customer_id,
        "purpose": purpose,
        "policy_version": engine.policy.version,
    }
    try:
        types = vault.field_types(customer_id, names)
        if break_glass:
            plan = {n: _glass(engine.break_glass(who_role, t)) for n, t in types.items()}
            event["action"] = "break_glass"
        elif _over_rate_limit(engine, who_role, who, customer_id, audit):
            limit = engine.policy.roles[who_role].max_customers_per_hour
            plan = {n: ("denied", f"rate limit: {limit} customers per hour") for n in types}
        else:
            own = actors.related(who, audit.customer_ref(customer_id))
            plan = _shown(engine, who_role, purpose, types, reason=reason, consent=consent, own=own)
        allowed = [n for n, (kind, _) in plan.items() if kind != "denied"]
        values = vault.get(customer_id, allowed) if allowed else {}
    except VaultError as exc:
        failed = {"decision": "failed", "fields": names or [], "detail": type(exc).__name__}
        audit.record([{**event, **failed}])
        raise Stop(EXIT_INPUT, str(exc)) from None
    kinds = {kind for kind, _ in plan.values()}
    summary = "; ".join(f"{n}: {k} ({why})" for n, (k, why) in sorted(plan.items()))
    decision = (
        "denied" if kinds <= {"denied"} else ("clear" if clear and "clear" in kinds else "masked")
    )
    detail = (
        summary
        + (f"; reason: {reason}" if reason else "")
        + (f"; consent: {consent}" if consent else "")
    )
    audit.record([{**event, "fields": sorted(plan), "decision": decision, "detail": detail[:2000]}])
    shown: dict[str, str] = {}
    for name, (kind, _why) in sorted(plan.items()):
        if kind == "denied":
            shown[name] = "<denied>"
            continue
        type_id, value = values[name]
        show_clear = kind == "clear" and (clear or type_id is None)
        shown[name] = value if show_clear or type_id is None else mask_default(type_id, value)
    if output_format == "json":
        typer.echo(json.dumps(shown, ensure_ascii=False))
    else:
        t = Table(title=f"customer {customer_id} for {who} ({role or 'unregistered'}), {purpose}")
        for col in ("field", "type", "value", "decision"):
            t.add_column(col)
        for name, value in shown.items():
            t.add_row(name, types[name] or "-", value, plan[name][0])
        Console().print(t)
    if decision == "denied":
        err.print("every field was denied by the policy", markup=False)
        raise typer.Exit(EXIT_DENIED)


@vault_app.command("find")
def vault_find(
    field: Annotated[str, typer.Option(help="The field to match; the value is read from stdin.")],
    purpose: Annotated[str, typer.Option(help="Why the search is made (recorded).")] = "",
) -> None:
    """Find customers by an exact value (read from stdin) through the blind index; audited."""
    vault = _open_vault()
    audit = open_audit(vault, _home())
    value = sys.stdin.readline().strip()
    if not value:
        raise Stop(EXIT_USAGE, "give the value on standard input")
    present, type_id = vault.store.field_type(field)
    if not present:
        raise Stop(EXIT_INPUT, f"no customer has a field {field!r}")
    found = vault.find(field, type_id, value)
    base = {"actor": actor(), "action": "find", "fields": [field], "purpose": purpose}
    audit.record(
        [{**base, "customer_id": cid} for cid in found] or [{**base, "detail": "no match"}]
    )
    for cid in found:
        typer.echo(cid)


@vault_app.command("erase")
def vault_erase(
    customer_id: Annotated[str, typer.Argument(help="Internal customer number.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the tombstone; no personal data).")],
) -> None:
    """Crypto-shred a customer: destroy their data key, delete their rows, keep a tombstone."""
    refuse_personal_reason(reason)
    vault = _open_vault()
    try:
        tomb = vault.erase(customer_id, reason)
    except (VaultError, ValueError) as exc:
        raise Stop(EXIT_INPUT, str(exc)) from None
    open_audit(vault, _home()).record(
        [{"actor": actor(), "action": "erase", "customer_id": customer_id, "detail": reason}]
    )
    typer.echo(
        f"erased customer {customer_id!r} at {tomb.erased_at}: {tomb.fields_erased} fields; "
        "their data key is destroyed"
    )


# --- keys ----------------------------------------------------------------------------------


@keys_app.command("status")
def keys_status(
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """KEK versions and how many data keys each wraps."""
    status = _open_vault().status()
    if output_format == "json":
        typer.echo(json.dumps(status, ensure_ascii=False))
        return
    counts: dict[int, int] = status["deks_per_kek_version"]  # type: ignore[assignment]
    t = Table(title=f"keys ({status['algorithm']}, provider {status['provider']})")
    for col in ("KEK version", "state", "created", "data keys"):
        t.add_column(col)
    for k in status["kek_versions"]:  # type: ignore[attr-defined]
        t.add_row(str(k["version"]), k["state"], k["created"], str(counts.get(k["version"], 0)))
    Console().print(t)
    Console().print(f"{status['customers']} customers")


@keys_app.command("rotate")
def keys_rotate(
    data: Annotated[
        bool, typer.Option("--data", help="Rotate data keys: new DEKs, fields re-encrypted.")
    ] = False,
    batch: Annotated[int, typer.Option(help="Customers per transaction (--data).", min=1)] = 500,
) -> None:
    """Add a new KEK version for new wraps (then run `keys rewrap`), or rotate data keys."""
    vault = _open_vault()
    try:
        if data:
            total = vault.store.count_customers()
            with Bar(True, total, "rotate") as bar:
                n = vault.rotate_data_keys(batch, bar.rows())
            typer.echo(f"rotated the data keys of {n} customers")
            return
        version = vault.provider.rotate()
    except BaomiError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    open_audit(vault, _home()).record(
        [{"actor": actor(), "action": "key.rotate", "detail": f"KEK version {version} active"}]
    )
    typer.echo(f"KEK version {version} is active; run `baomi keys rewrap` to move data keys to it")


@keys_app.command("rewrap")
def keys_rewrap(
    batch: Annotated[int, typer.Option(help="Data keys per transaction.", min=1)] = 1000,
) -> None:
    """Re-wrap every data key under the active KEK, online, in batches; resumable."""
    vault = _open_vault()
    total = sum(vault.store.dek_counts().values())
    with Bar(True, total, "rewrap") as bar:
        n = vault.rewrap(batch, bar.rows())
    open_audit(vault, _home()).record(
        [{"actor": actor(), "action": "key.rewrap", "detail": f"{n} data keys re-wrapped"}]
    )
    typer.echo(f"re-wrapped {n} data keys under KEK version {vault.provider.active_version()}")


@keys_app.command("retire")
def keys_retire(
    version: Annotated[int, typer.Argument(help="The decrypt-only KEK version to destroy.")],
) -> None:
    """Destroy an old KEK once nothing is wrapped under it."""
    vault = _open_vault()
    if vault.kek_in_use(version):
        raise Stop(EXIT_CONFIG, f"KEK version {version} still wraps keys; run `baomi keys rewrap`")
    try:
        vault.provider.retire(version)
    except BaomiError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    open_audit(vault, _home()).record(
        [{"actor": actor(), "action": "key.retire", "detail": f"KEK version {version} destroyed"}]
    )
    typer.echo(f"KEK version {version} retired")
