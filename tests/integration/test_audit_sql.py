"""The audit log in real databases: append-only by trigger, verified end to end, tampering by a
database administrator (who can drop the trigger) still located."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from baomi.adapters.storage import open_store
from baomi.adapters.storage.audit_sql import SqlAuditStore
from baomi.audit import AuditLog, create_signing_key
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


def test_updates_and_deletes_are_refused(urls: tuple[str, str], tmp_path: Path) -> None:
    _, store = _log(urls, tmp_path)
    for sql in (
        "UPDATE audit_events SET actor = 'mallory' WHERE seq = 3",
        "DELETE FROM audit_events WHERE seq = 3",
    ):
        with pytest.raises(DBAPIError, match="append-only"), store.data.begin() as c:
            c.execute(text(sql))
    assert store.count() == 120


def test_administrator_tampering_is_located(urls: tuple[str, str], tmp_path: Path) -> None:
    log, store = _log(urls, tmp_path)
    with store.data.begin() as c:
        if c.dialect.name == "postgresql":
            c.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        else:
            c.execute(text("DROP TRIGGER audit_events_no_update"))
        c.execute(text("UPDATE audit_events SET purpose = 'marketing' WHERE seq = 42"))
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
