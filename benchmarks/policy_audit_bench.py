"""Policy decisions/s and audit-log appends and verification, each beside a baseline.

    python benchmarks/policy_audit_bench.py
    python benchmarks/policy_audit_bench.py --events 20000 --no-postgres

Decisions: the default policy, a random mix of roles, purposes and entity types, beside a plain
dict look-up of the same keys. Appends: batches of 1,000 events with chaining (SHA-256), beside
inserting the same rows without hashes. Verification (``AuditLog.verify``: the whole chain and
its signed checkpoints) in one and in two processes, beside reading the same hashes and
stored bodies without checking them.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import yaml

from baomi.adapters.storage import open_store
from baomi.adapters.storage.audit_sql import SqlAuditStore
from baomi.audit import AuditEvent, AuditLog, create_signing_key
from baomi.audit.chain import canonical
from baomi.catalog import CATALOG
from baomi.crypto import Secret
from baomi.policy import Policy, PolicyEngine, default_policy_text
from pgscratch import pg_schemas


def rate(fn: Callable[[], int]) -> float:
    t0 = time.perf_counter()
    n = fn()
    return n / (time.perf_counter() - t0)


def decisions(n: int) -> list[tuple[str, float, str]]:
    policy = Policy.model_validate(yaml.safe_load(default_policy_text()))
    engine = PolicyEngine(policy)
    rng = random.Random(1)
    keys = [
        (
            rng.choice(list(policy.roles)),
            rng.choice(list(policy.purposes)),
            rng.choice(list(CATALOG)),
        )
        for _ in range(n)
    ]
    table = {k: "x" for k in keys}

    def baseline() -> int:
        for k in keys:
            table.get(k)
        return n

    def engine_run() -> int:
        decide = engine.decide
        for role, purpose, type_id in keys:
            decide(role, purpose, type_id)
        return n

    b, e = rate(baseline), rate(engine_run)
    return [
        ("dict look-up of the same keys (baseline)", b, "1.00x"),
        ("policy decisions, default policy", e, f"{e / b:.2f}x baseline"),
    ]


def audit_rows(
    label: str, urls: tuple[str, str], plain_urls: tuple[str, str], home: Path, n: int
) -> list[tuple[str, float, str]]:
    store = open_store(*urls, create=True)
    audit_store = SqlAuditStore(store.data, store.keystore)
    log = AuditLog(audit_store, create_signing_key(home / "a.key"), Secret(b"k" * 32))
    entries = [
        {
            "actor": f"u{i % 50}",
            "action": "read",
            "customer_id": f"C{i}",
            "fields": ["手机", "姓名"],
        }
        for i in range(n)
    ]

    def chained() -> int:
        for s in range(0, n, 1000):
            log.record(entries[s : s + 1000])
        return n

    # the same rows without chaining, in databases of their own: the builder hands back
    # unhashed events (their canonical bodies are the stored form either way)
    plain = open_store(*plain_urls, create=True)
    plain_store = SqlAuditStore(plain.data, plain.keystore)
    template: AuditEvent | None = None

    def unchained() -> int:
        assert template is not None
        for _ in range(0, n, 1000):
            plain_store.append(
                lambda last, _prev: [
                    (ev, canonical(ev))
                    for ev in (
                        replace(template, seq=last + i + 1, hash=b"", prev_hash=b"")
                        for i in range(1000)
                    )
                ]
            )
        return n

    c = rate(chained)
    template = next(iter(audit_store.events()))
    u = rate(unchained)
    read = rate(lambda: sum(1 for _ in audit_store.events()))
    sealed = rate(lambda: sum(1 for _ in audit_store.sealed_rows(1, n)))

    def verified(jobs: int) -> Callable[[], int]:
        def run() -> int:
            v = log.verify(jobs=jobs)
            assert v.ok, v.problem
            return v.events

        return run

    v1, v2 = rate(verified(1)), rate(verified(2))
    return [
        (f"{label}: append without chaining (baseline), batches of 1,000", u, "events/s"),
        (f"{label}: append with chaining, batches of 1,000", c, f"events/s, {c / u:.2f}x baseline"),
        (f"{label}: read every event through SQLAlchemy", read, "events/s"),
        (f"{label}: read hashes and bodies, no check (baseline)", sealed, "events/s"),
        (f"{label}: verify the chain, 1 process", v1, f"events/s, {v1 / sealed:.2f}x reading"),
        (f"{label}: verify the chain, 2 processes", v2, f"events/s, {v2 / sealed:.2f}x reading"),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description="policy and audit speed")
    ap.add_argument("--decisions", type=int, default=500_000)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    print(f"{'run':<66} {'rate':>12}  unit / ratio")
    for name, r, note in decisions(args.decisions):
        print(f"{name:<66} {r:>12,.0f}  decisions/s, {note}")
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        urls = (f"sqlite:///{home}/baomi.db", f"sqlite:///{home}/keystore.db")
        plain = (f"sqlite:///{home}/plain.db", f"sqlite:///{home}/plain-keys.db")
        for name, r, note in audit_rows("SQLite", urls, plain, home, args.events):
            print(f"{name:<66} {r:>12,.0f}  {note}")
        if not args.no_postgres:
            pg_home = home / "pg"
            pg_home.mkdir()
            with pg_schemas("bench") as pg_urls, pg_schemas("plain") as pg_plain:
                rows = audit_rows("PostgreSQL", pg_urls, pg_plain, pg_home, args.events)
                for name, r, note in rows:
                    print(f"{name:<66} {r:>12,.0f}  {note}")


if __name__ == "__main__":
    main()
