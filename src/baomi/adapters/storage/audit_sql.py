"""``AuditStore`` over SQLAlchemy: events in the data database (append-only by trigger),
checkpoints in the keystore database.

Appends are serialized: on PostgreSQL by a transaction-scoped advisory lock, on SQLite by its
single writer; the next sequence number and the previous hash are read inside that transaction,
so two processes can never fork the chain.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, delete, func, select, text

from baomi.adapters.storage.schema import audit_checkpoints, audit_events
from baomi.adapters.storage.sql import bulk_insert
from baomi.audit.chain import GENESIS, AuditEvent, Row, compact_fields
from baomi.audit.checkpoint import Checkpoint

__all__ = ["SqlAuditStore"]

_LOCK_ID = 0x6B616F6D  # "baom": the advisory lock that serializes appenders on PostgreSQL
_PAGE = 10_000


class SqlAuditStore:
    def __init__(self, data: Engine, keystore: Engine):
        self.data = data
        self.keystore = keystore

    def __repr__(self) -> str:
        return f"SqlAuditStore({self.data.dialect.name})"

    def append(self, build: Callable[[int, bytes], list[AuditEvent]]) -> list[AuditEvent]:
        with self.data.begin() as c:
            if c.dialect.name == "postgresql":
                c.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
            last = c.execute(
                select(audit_events.c.seq, audit_events.c.hash)
                .order_by(audit_events.c.seq.desc())
                .limit(1)
            ).first()
            seq, prev = (int(last[0]), bytes(last[1])) if last else (0, GENESIS)
            events = build(seq, prev)
            bulk_insert(
                c,
                audit_events,
                [
                    (
                        e.seq,
                        e.time,
                        e.actor,
                        e.role,
                        e.purpose,
                        e.action,
                        e.decision,
                        e.customer_ref,
                        compact_fields(e.fields),
                        e.policy_version,
                        e.request_id,
                        e.detail,
                        e.prev_hash,
                        e.hash,
                    )
                    for e in events
                ],
            )
        return events

    @staticmethod
    def _event(r: Any) -> AuditEvent:
        return AuditEvent(
            seq=int(r.seq),
            time=r.time,
            actor=r.actor,
            action=r.action,
            decision=r.decision,
            role=r.role,
            purpose=r.purpose,
            customer_ref=r.customer_ref,
            fields=tuple(json.loads(r.fields)),
            policy_version=r.policy_version,
            request_id=r.request_id,
            detail=r.detail,
            prev_hash=bytes(r.prev_hash),
            hash=bytes(r.hash),
        )

    def events(
        self,
        since_seq: int = 0,
        *,
        actor: str | None = None,
        customer_ref: str | None = None,
        since_time: str | None = None,
    ) -> Iterator[AuditEvent]:
        """Events in sequence order, read a page at a time (constant memory)."""
        after = since_seq
        while True:
            q = select(audit_events).where(audit_events.c.seq > after)
            if actor is not None:
                q = q.where(audit_events.c.actor == actor)
            if customer_ref is not None:
                q = q.where(audit_events.c.customer_ref == customer_ref)
            if since_time is not None:
                q = q.where(audit_events.c.time >= since_time)
            with self.data.connect() as c:
                rows = c.execute(q.order_by(audit_events.c.seq).limit(_PAGE)).all()
            if not rows:
                return
            for r in rows:
                yield self._event(r)
            after = int(rows[-1].seq)

    def raw_rows(self, batch: int = 20_000) -> Iterator[Row]:
        """Every event as a plain tuple in sequence order, straight from the driver in large
        batches (verification reads millions of rows; SQLAlchemy rows cost more than the hash)."""
        cols = (
            "seq, time, actor, role, purpose, action, decision, customer_ref, fields, "
            "policy_version, request_id, detail, prev_hash, hash"
        )
        raw = self.data.raw_connection()
        try:
            driver = raw.driver_connection
            if driver is None:  # pragma: no cover - a live connection always has one
                raise RuntimeError("no database connection")
            if self.data.dialect.name == "postgresql":
                cur = driver.cursor(name="baomi_audit_verify")  # server-side: streamed
            else:
                cur = driver.cursor()
            cur.execute(f"SELECT {cols} FROM audit_events ORDER BY seq")  # noqa: S608
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                yield from rows
            cur.close()
        finally:
            raw.close()

    def count(self) -> int:
        with self.data.connect() as c:
            return int(c.execute(select(func.count()).select_from(audit_events)).scalar() or 0)

    def add_checkpoint(self, cp: Checkpoint) -> None:
        with self.keystore.begin() as c:
            c.execute(delete(audit_checkpoints).where(audit_checkpoints.c.seq == cp.seq))
            c.execute(
                audit_checkpoints.insert().values(
                    seq=cp.seq, head=cp.head, time=cp.time, signature=cp.signature, kind=cp.kind
                )
            )

    def checkpoints(self) -> Sequence[Checkpoint]:
        with self.keystore.connect() as c:
            return [
                Checkpoint(int(r.seq), bytes(r.head), r.time, bytes(r.signature), r.kind)
                for r in c.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.seq))
            ]

    def prune(self, cut: Checkpoint) -> int:
        self.add_checkpoint(cut)  # the signed cut first: a crash after it only leaves more
        with self.keystore.begin() as c:
            c.execute(delete(audit_checkpoints).where(audit_checkpoints.c.seq < cut.seq))
        with self.data.begin() as c:
            # The table refuses DELETE by trigger; retention is the one sanctioned exception,
            # done by the schema's owner inside this transaction.
            if c.dialect.name == "postgresql":
                c.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"))
            else:
                c.execute(text("DROP TRIGGER audit_events_no_delete"))
            n = c.execute(delete(audit_events).where(audit_events.c.seq <= cut.seq)).rowcount
            if c.dialect.name == "postgresql":
                c.execute(text("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change"))
            else:
                c.execute(
                    text(
                        "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
                        "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
                    )
                )
        return int(n or 0)
