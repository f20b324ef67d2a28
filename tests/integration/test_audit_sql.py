"""The audit log in real databases: append-only by trigger, verified end to end, tampering by a
database administrator (who can drop the trigger) still located."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from baomi.adapters.storage import open_store
from baomi.adapters.storage.audit_sql import SqlAuditStore, event_key
from baomi.adapters.storage.schema import audit_events
from baomi.adapters.storage.sql import make_engine, migrate
from baomi.audit import AuditEvent, AuditLog, create_signing_key
from baomi.audit.chain import GENESIS, UnreadableEventError, canonical, link
from baomi.crypto import Secret


def _log(urls: tuple[str, str], tmp_path: Path) -> tuple[AuditLog, SqlAuditStore]:
    store = open_store(*urls, create=True)
    audit_store = SqlAuditStore(store.data, store.keystore)
    log = AuditLog(
        audit_store, create_signing_key(tmp_path / "a.key"), Secret(b"x" * 32), checkpoint_every=50
    )
    for start in range(0, 120, 30):
        log.record(
            [
                {"actor": "alice", "action": "read", "customer_id": f"C{i}", "fields": ["手机"]}
                for i in range(start, start + 30)
            ]
        )
    return log, audit_store


def test_append_verify_and_query(urls: tuple[str, str], tmp_path: Path) -> None:
    log, store = _log(urls, tmp_path)
    v = log.verify()
    assert v.ok
    assert v.events == 120
    assert v.checkpoints == 2  # after the appends that crossed 50 and 100
    assert store.count() == 120
    history = list(store.events(customer_ref=log.customer_ref("C7")))
    assert [e.seq for e in history] == [8]
    assert history[0].fields == ("手机",)
    assert store.event(8) == history[0]
    assert store.event(121) is None
    assert len(list(store.events(actor="alice"))) == 120
    assert list(store.events(actor="bob")) == []
    assert [e.seq for e in store.events(since_time=history[0].time, actor="alice")][:1] == [1]


def test_updates_and_deletes_are_refused(urls: tuple[str, str], tmp_path: Path) -> None:
    _, store = _log(urls, tmp_path)
    for sql in (
        "UPDATE audit_events SET body = '{}' WHERE seq = 3",
        "DELETE FROM audit_events WHERE seq = 3",
    ):
        with pytest.raises(DBAPIError, match="append-only"), store.data.begin() as c:
            c.execute(text(sql))
    assert store.count() == 120


def test_administrator_tampering_is_located(urls: tuple[str, str], tmp_path: Path) -> None:
    log, store = _log(urls, tmp_path)
    _tamper(store, _edit(42, "purpose", "marketing"))
    v = log.verify()
    assert v.problem is not None
    assert v.problem.seq == 42


def test_prune_in_the_database(urls: tuple[str, str], tmp_path: Path) -> None:
    log, store = _log(urls, tmp_path)
    cut_time = next(e for e in store.events() if e.seq == 61).time
    assert log.prune(cut_time) >= 60  # events of the same microsecond may share the cut
    v = log.verify()
    assert v.ok
    with pytest.raises(DBAPIError, match="append-only"), store.data.begin() as c:
        c.execute(text("DELETE FROM audit_events"))  # the trigger is back after the prune


def _edit(seq: int, key: str, value: str) -> str:
    """SQL that changes one value inside a stored event (one that was empty)."""
    edited = f"""replace(body, '"{key}":""', '"{key}":"{value}"')"""
    return f"UPDATE audit_events SET body = {edited} WHERE seq = {seq}"  # noqa: S608


def _tamper(store: SqlAuditStore, sql: str) -> None:
    """What a database administrator can do: switch the append-only triggers off and edit."""
    with store.data.begin() as c:
        if c.dialect.name == "postgresql":
            c.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        else:
            c.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
            c.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
        c.execute(text(sql))


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(
    ("sql", "seq"),
    [
        (_edit(77, "detail", "x"), 77),
        ("DELETE FROM audit_events WHERE seq = 41", 42),  # the first event of a stretch
        ("DELETE FROM audit_events WHERE seq = 40", 41),  # the last event of a stretch
        ("UPDATE audit_events SET prev_hash = hash WHERE seq = 81", 81),
    ],
)
def test_stretches_checked_apart_locate_the_first_break(
    urls: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sql: str,
    seq: int,
    jobs: int,
) -> None:
    """The log is checked in stretches (here of 20 events, in one or two processes) and
    joined: a break inside a stretch or at a seam between two is found and located (a gap
    at the first event after it)."""
    monkeypatch.setattr("baomi.audit.log.VERIFY_STRETCH", 20)
    monkeypatch.setattr("baomi.audit.log.MIN_STRETCH", 20)
    log, store = _log(urls, tmp_path)
    seen: list[int] = []
    v = log.verify(progress=seen.append, jobs=jobs)
    assert v.ok
    assert v.events == 120
    assert sum(seen) == 120
    _tamper(store, sql)
    v = log.verify(jobs=jobs)
    assert v.problem is not None
    assert v.problem.seq == seq


def test_a_body_that_is_not_an_event_is_located(urls: tuple[str, str], tmp_path: Path) -> None:
    """Verification names it; reading it says to verify, never shows garbage as an event."""
    log, store = _log(urls, tmp_path)
    _tamper(store, """UPDATE audit_events SET body = '{"seq": 9}' WHERE seq = 9""")
    v = log.verify()
    assert v.problem is not None
    assert (v.problem.seq, "edited" in v.problem.reason) == (9, True)
    with pytest.raises(UnreadableEventError, match="event 9 cannot be read"):
        list(store.events())


@pytest.mark.parametrize("body", ["'not json'", "X'00ff'"])
def test_the_database_refuses_a_body_that_is_not_json(
    urls: tuple[str, str], tmp_path: Path, body: str
) -> None:
    """Even with the triggers off: the indexes read the actor and customer out of every body,
    and the engine refuses what it cannot read as JSON."""
    _, store = _log(urls, tmp_path)
    if body.startswith("X") and store.data.dialect.name == "postgresql":
        body = "'\\x00ff'"  # text holds no bytes: this is text, not JSON
    with pytest.raises(DBAPIError):
        _tamper(store, f"UPDATE audit_events SET body = {body} WHERE seq = 9")  # noqa: S608


_OLD_ROW = (
    "INSERT INTO audit_events (seq, time, actor, role, purpose, action, decision, customer_ref, "
    "fields, policy_version, request_id, detail, prev_hash, hash) "
    "VALUES (:seq, :time, :actor, :role, :purpose, :action, :decision, :customer_ref, :fields, "
    ":policy_version, :request_id, :detail, :prev_hash, :hash)"
)


def test_upgrading_a_log_of_the_old_layout_keeps_every_hash(
    urls: tuple[str, str], tmp_path: Path
) -> None:
    """data_0007 moves events from twelve columns to their canonical body: the chain and the
    checkpoints verify unchanged (escapes, emoji, a field list in the older spaced JSON), an
    event edited before the upgrade is still named after it, and the downgrade restores the
    columns."""
    data, keys = make_engine(urls[0]), make_engine(urls[1])
    migrate(data, "data", "data_0006")
    migrate(keys, "keystore")
    details = ['say "hi"', "back\\slash", "line\nbreak\x01", "手机😀", "", "plain"]
    prev, rows = GENESIS, []
    for seq, detail in enumerate(details, 1):
        ev = AuditEvent(seq, f"2026-11-2{seq}T00:00:00", "alice", "read", fields=("手机", "姓名"))
        ev = replace(ev, detail=detail, prev_hash=prev)
        ev = replace(ev, hash=link(prev, ev))
        prev = ev.hash
        doc = {**ev.body(), "prev_hash": ev.prev_hash, "hash": ev.hash}
        doc["fields"] = json.dumps(list(ev.fields), ensure_ascii=False)  # spaced, as before
        rows.append((ev, doc))
    rows[4][1]["actor"] = "mallory"  # edited by an administrator before the upgrade
    with data.begin() as c:
        c.execute(text(_OLD_ROW), [doc for _, doc in rows])
    migrate(data, "data")
    store = SqlAuditStore(data, keys)
    log = AuditLog(store, create_signing_key(tmp_path / "a.key"), Secret(b"x" * 32))
    v = log.verify()
    assert v.problem is not None
    assert (v.problem.seq, v.events) == (5, 4)
    assert list(store.events())[:4] == [ev for ev, _ in rows[:4]]
    assert [e.seq for e in store.events(actor="mallory")] == [5]
    migrate(data, "data", "data_0006", down=True)
    with data.connect() as c:
        back = c.execute(text("SELECT detail, fields, actor FROM audit_events ORDER BY seq")).all()
    assert [r.detail for r in back] == details
    assert back[0].fields == '["手机","姓名"]'
    assert back[4].actor == "mallory"


_COLUMN_TEXT = st.text(max_size=10)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.lists(_COLUMN_TEXT, min_size=10, max_size=10),
    fields=st.lists(_COLUMN_TEXT, max_size=3),
)
def test_the_database_keeps_the_canonical_body_byte_for_byte(
    urls: tuple[str, str], values: list[str], fields: list[str]
) -> None:
    """What verification hashes is exactly what was hashed when the event was recorded, and it
    reads back as the same event, for any strings (quotes, backslashes, control characters,
    any Unicode)."""
    values = [v.replace("\x00", "") for v in values]  # PostgreSQL text cannot hold NUL
    fields = [f.replace("\x00", "") for f in fields]
    store = open_store(*urls, create=True)
    audit = SqlAuditStore(store.data, store.keystore)
    bounds = audit.seq_bounds()
    seq = 1 + (bounds[1] if bounds else 0)
    time, actor, role, purpose, action, decision, ref, version, rid, detail = values
    ev = AuditEvent(
        seq, time, actor, action, decision, role, purpose, ref, tuple(fields), version, rid, detail
    )
    ev = replace(ev, prev_hash=b"p", hash=b"h")
    audit.append(lambda _seq, _prev: [(ev, canonical(ev))])
    (row,) = list(audit.sealed_rows(seq, seq))
    assert row[3] == canonical(ev)
    assert list(audit.events(seq - 1)) == [ev]


@pytest.mark.parametrize("key", ["actor", "customer_ref"])
def test_history_queries_use_the_indexes_over_the_body(
    urls: tuple[str, str], tmp_path: Path, key: str
) -> None:
    """ "Who saw my data" is one indexed query, although the customer is inside the body."""
    _, store = _log(urls, tmp_path)
    dialect = store.data.dialect.name
    q = select(audit_events.c.seq).where(event_key(dialect, key) == "x")
    sql = str(q.compile(dialect=store.data.dialect, compile_kwargs={"literal_binds": True}))
    with store.data.connect() as c:
        if dialect == "postgresql":
            c.exec_driver_sql("SET enable_seqscan = off")  # a table this small would be scanned
            plan = " ".join(str(r[0]) for r in c.exec_driver_sql("EXPLAIN " + sql))
        else:
            plan = " ".join(str(r[3]) for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert f"ix_audit_events_{key}" in plan
