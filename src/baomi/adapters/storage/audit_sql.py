"""``AuditStore`` over SQLAlchemy: events in the data database (append-only by trigger),
checkpoints in the keystore database.

An event is stored as its canonical body, byte for byte what its hash covers, so verification
reads one text per event and hashes it; the queries (by actor, customer, time) use indexes on
expressions over that body, computed by the database itself, so no copy of a value can drift
from what the chain protects.

Appends are serialized: on PostgreSQL by a transaction-scoped advisory lock, on SQLite by its
single writer; the next sequence number and the previous hash are read inside that transaction,
so two processes can never fork the chain.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Engine, delete, func, literal_column, select, text

from baomi.adapters.storage.schema import audit_checkpoints, audit_events
from baomi.adapters.storage.sql import bulk_insert, make_engine
from baomi.audit.chain import GENESIS, AuditEvent, Sealed, UnreadableEventError, from_canonical
from baomi.audit.checkpoint import Checkpoint

__all__ = ["SqlAuditStore", "event_key"]

T = TypeVar("T")

_LOCK_ID = 0x6B616F6D  # "baom": the advisory lock that serializes appenders on PostgreSQL
_PAGE = 10_000


def event_key(dialect: str, key: str) -> ColumnElement[str]:
    """A key of the stored canonical body, spelt exactly as the migrations index it (an index
    on an expression serves only a query that repeats the expression)."""
    if dialect == "postgresql":
        return literal_column(f"(body::json ->> '{key}')")
    return literal_column(f"json_extract(body, '$.{key}')")


_EVENT_COLUMNS = (
    audit_events.c.seq,
    audit_events.c.body,
    audit_events.c.prev_hash,
    audit_events.c.hash,
)


def _parsed(row: Any) -> AuditEvent:
    """The event a stored row holds; a body that is not one (only tampering makes one) raises
    ``UnreadableEventError``."""
    seq, body, prev, hash_ = row
    try:
        return from_canonical(body, bytes(prev), bytes(hash_))
    except ValueError:
        raise UnreadableEventError(seq) from None


def _worker_context() -> BaseContext:
    """Fork where there is one (workers start in milliseconds, with baomi already imported)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _forget_inherited(*engines: Engine) -> None:
    """In a forked worker: drop the connections inherited from the parent's pools without
    closing them (closing would end the parent's own database sessions)."""
    for engine in engines:
        engine.dispose(close=False)


def _in_worker(urls: tuple[str, str], fn: Callable[[Any, int, int], T], lo: int, hi: int) -> T:
    data, keystore = make_engine(urls[0]), make_engine(urls[1])
    try:
        return fn(SqlAuditStore(data, keystore), lo, hi)
    finally:
        data.dispose()
        keystore.dispose()


class SqlAuditStore:
    def __init__(self, data: Engine, keystore: Engine):
        self.data = data
        self.keystore = keystore

    def __repr__(self) -> str:
        return f"SqlAuditStore({self.data.dialect.name})"

    def append(
        self, build: Callable[[int, bytes], list[tuple[AuditEvent, bytes]]]
    ) -> list[AuditEvent]:
        with self.data.begin() as c:
            if c.dialect.name == "postgresql":
                c.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
            last = c.execute(
                select(audit_events.c.seq, audit_events.c.hash)
                .order_by(audit_events.c.seq.desc())
                .limit(1)
            ).first()
            seq, prev = (int(last[0]), bytes(last[1])) if last else (0, GENESIS)
            built = build(seq, prev)
            bulk_insert(
                c,
                audit_events,
                [(e.seq, body.decode(), e.prev_hash, e.hash) for e, body in built],
            )
        return [e for e, _ in built]

    def events(
        self,
        since_seq: int = 0,
        *,
        actor: str | None = None,
        customer_ref: str | None = None,
        since_time: str | None = None,
    ) -> Iterator[AuditEvent]:
        """Events in sequence order, read a page at a time (constant memory). A body that is
        not an event (only tampering makes one) raises ``UnreadableEventError``."""
        after = since_seq
        dialect = self.data.dialect.name
        while True:
            q = select(*_EVENT_COLUMNS).where(audit_events.c.seq > after)
            if actor is not None:
                q = q.where(event_key(dialect, "actor") == actor)
            if customer_ref is not None:
                q = q.where(event_key(dialect, "customer_ref") == customer_ref)
            if since_time is not None:
                q = q.where(event_key(dialect, "time") >= since_time)
            with self.data.connect() as c:
                rows = c.execute(q.order_by(audit_events.c.seq).limit(_PAGE)).all()
            if not rows:
                return
            yield from map(_parsed, rows)
            after = int(rows[-1].seq)

    def event(self, seq: int) -> AuditEvent | None:
        """One event by its sequence number (None if there is none)."""
        with self.data.connect() as c:
            row = c.execute(select(*_EVENT_COLUMNS).where(audit_events.c.seq == seq)).first()
        return None if row is None else _parsed(row)

    def seq_bounds(self) -> tuple[int, int] | None:
        """The first and last sequence numbers held, or None for an empty log."""
        with self.data.connect() as c:
            lo, hi = c.execute(
                select(func.min(audit_events.c.seq), func.max(audit_events.c.seq))
            ).one()
        return None if lo is None else (int(lo), int(hi))

    def sealed_rows(self, lo: int, hi: int, batch: int = 20_000) -> Iterator[Sealed]:
        """Events ``lo..hi`` as (seq, prev_hash, hash, body as UTF-8), straight from the driver
        in large batches: SQLAlchemy's rows cost more than the hash, and verification reads
        millions of them."""
        pg = self.data.dialect.name == "postgresql"
        raw = self.data.raw_connection()
        try:
            driver = raw.driver_connection
            if driver is None:  # pragma: no cover - a live connection always has one
                raise RuntimeError("no database connection")
            # server-side and binary on PostgreSQL: streamed, and bytea without hex decoding
            cur = driver.cursor(name="baomi_audit_verify", binary=True) if pg else driver.cursor()
            body, mark = ("convert_to(body, 'UTF8')", "%s") if pg else ("CAST(body AS BLOB)", "?")
            cur.execute(
                f"SELECT seq, prev_hash, hash, {body} FROM audit_events "  # noqa: S608
                f"WHERE seq BETWEEN {mark} AND {mark} ORDER BY seq",
                (lo, hi),
            )
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                yield from rows
            cur.close()
        finally:
            raw.close()

    def map_ranges(
        self, fn: Callable[[Any, int, int], T], ranges: Sequence[tuple[int, int]], jobs: int
    ) -> Iterator[T]:
        """``fn(store, lo, hi)`` for each range, results in range order; in ``jobs`` worker
        processes when there is more than one range (each opens its own connections: engines
        cannot cross a process boundary). Abandoning the iterator cancels what has not started."""
        if jobs <= 1 or len(ranges) <= 1:
            for lo, hi in ranges:
                yield fn(self, lo, hi)
            return
        urls = (
            self.data.url.render_as_string(hide_password=False),
            self.keystore.url.render_as_string(hide_password=False),
        )
        ctx, workers = _worker_context(), min(jobs, len(ranges))
        if ctx.get_start_method() == "fork":
            inherited = (self.data, self.keystore)
            pool = ProcessPoolExecutor(
                workers, mp_context=ctx, initializer=_forget_inherited, initargs=inherited
            )
        else:
            pool = ProcessPoolExecutor(workers, mp_context=ctx)
        try:
            futures = [pool.submit(_in_worker, urls, fn, lo, hi) for lo, hi in ranges]
            for f in futures:
                yield f.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

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
