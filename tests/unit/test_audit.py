"""Audit chain: every kind of tampering is detected and located; checkpoints catch truncation."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baomi.audit import (
    AuditEvent,
    AuditLog,
    Checkpoint,
    CheckpointSigner,
    create_signing_key,
    load_signer,
    verify_chain,
)
from baomi.crypto import Secret


class ListStore:
    """An in-memory AuditStore, so tests can tamper with it freely."""

    def __init__(self) -> None:
        self.rows: list[AuditEvent] = []
        self.cps: list[Checkpoint] = []

    def append(
        self, build: Callable[[int, bytes], list[tuple[AuditEvent, bytes]]]
    ) -> list[AuditEvent]:
        last = self.rows[-1] if self.rows else None
        events = [e for e, _ in build(last.seq if last else 0, last.hash if last else bytes(32))]
        self.rows.extend(events)
        return events

    def events(self, since_seq: int = 0, **_: object) -> Iterator[AuditEvent]:
        return iter([e for e in self.rows if e.seq > since_seq])

    def event(self, seq: int) -> AuditEvent | None:
        return next((e for e in self.rows if e.seq == seq), None)

    def count(self) -> int:
        return len(self.rows)

    def add_checkpoint(self, cp: Checkpoint) -> None:
        self.cps.append(cp)

    def checkpoints(self) -> Sequence[Checkpoint]:
        return self.cps

    def prune(self, cut: Checkpoint) -> int:
        self.cps = [c for c in self.cps if c.seq > cut.seq] + [cut]
        before = len(self.rows)
        self.rows = [e for e in self.rows if e.seq > cut.seq]
        return before - len(self.rows)


def _log(tmp_path: Path, every: int = 10, hash_name: str = "sha256") -> tuple[AuditLog, ListStore]:
    store = ListStore()
    signer = create_signing_key(tmp_path / "audit.key")
    log = AuditLog(store, signer, Secret(b"r" * 32), hash_name, every)  # type: ignore[arg-type]
    for start in range(0, 25, 5):  # five appends of five: checkpoints after events 10 and 20
        log.record(
            [
                {"actor": f"u{i % 3}", "action": "read", "customer_id": f"C{i}", "fields": ["m"]}
                for i in range(start, start + 5)
            ]
        )
    return log, store


@pytest.mark.parametrize("hash_name", ["sha256", "sm3"])
def test_an_untouched_log_verifies(tmp_path: Path, hash_name: str) -> None:
    log, store = _log(tmp_path, hash_name=hash_name)
    v = log.verify()
    assert v.ok
    assert (v.events, v.checkpoints) == (25, 2)
    assert "C3" not in repr(store.rows[3])  # the customer is a keyed reference
    assert store.rows[3].customer_ref == log.customer_ref("C3")


def test_edit_is_detected_at_the_edited_event(tmp_path: Path) -> None:
    log, store = _log(tmp_path)
    store.rows[12] = replace(store.rows[12], actor="someone-else")
    v = log.verify()
    assert v.problem is not None
    assert v.problem.seq == 13
    assert "edited" in v.problem.reason


def test_edit_with_rehashed_tail_is_caught_by_the_checkpoint(tmp_path: Path) -> None:
    """An attacker who recomputes every hash after an edit still cannot re-sign checkpoints."""
    from baomi.audit.chain import link

    log, store = _log(tmp_path)
    prev = store.rows[11].hash
    for i in range(12, 25):
        ev = replace(store.rows[i], prev_hash=prev, actor="x" if i == 12 else store.rows[i].actor)
        ev = replace(ev, hash=link(prev, ev))
        store.rows[i] = ev
        prev = ev.hash
    v = log.verify()
    assert v.problem is not None
    assert v.problem.seq == 20
    assert "signed checkpoint" in v.problem.reason


def test_delete_insert_reorder_are_detected_and_located(tmp_path: Path) -> None:
    log, store = _log(tmp_path)
    original = list(store.rows)
    del store.rows[7]
    assert log.verify().problem.seq == 9  # type: ignore[union-attr]
    store.rows = list(original)
    store.rows.insert(5, replace(original[5], actor="ghost"))
    assert log.verify().problem.seq == 6  # type: ignore[union-attr]
    store.rows = list(original)
    store.rows[3], store.rows[4] = store.rows[4], store.rows[3]
    problem = log.verify().problem
    assert problem is not None
    assert problem.seq == 5
    assert "event 4 expected here" in problem.reason


def test_truncated_tail_is_detected_by_the_checkpoint(tmp_path: Path) -> None:
    log, store = _log(tmp_path)
    store.rows = store.rows[:15]  # the chain itself is still valid
    assert verify_chain(iter(store.rows))[2] is None
    v = log.verify()
    assert v.problem is not None
    assert "truncated" in v.problem.reason


def test_forged_checkpoint_is_rejected(tmp_path: Path) -> None:
    log, store = _log(tmp_path)
    store.cps[0] = replace(store.cps[0], head=bytes(32))
    assert "signature invalid" in log.verify().problem.reason  # type: ignore[union-attr]


def test_verify_only_signer_from_the_public_key(tmp_path: Path) -> None:
    _, store = _log(tmp_path)
    (tmp_path / "audit.key").unlink()
    public_only = load_signer(tmp_path / "audit.key")
    assert AuditLog(store, public_only, Secret(b"r" * 32), checkpoint_every=10).verify().ok
    with pytest.raises(Exception, match="no audit signing key"):
        public_only.sign(1, bytes(32), "t")


@given(st.lists(st.sampled_from(["read", "write", "erase"]), min_size=1, max_size=30), st.data())
def test_any_single_field_change_is_caught(actions: list[str], data: st.DataObject) -> None:
    store = ListStore()
    log = AuditLog(store, _SIGNER, Secret(b"k" * 32), checkpoint_every=1000)
    log.record([{"actor": "a", "action": a} for a in actions])
    i = data.draw(st.integers(0, len(actions) - 1))
    store.rows[i] = replace(store.rows[i], decision="denied")
    assert verify_chain(iter(store.rows))[2].seq == i + 1  # type: ignore[union-attr]


def _signer() -> CheckpointSigner:
    import tempfile

    return create_signing_key(Path(tempfile.mkdtemp()) / "k")


_SIGNER = _signer()


def test_canonical_form_and_link_known_answers() -> None:
    """The published format: canonical JSON bytes and the SHA-256 and SM3 links of a fixed event
    (tests/vectors/audit_chain.json), so exports stay verifiable by other tools."""
    import hashlib
    import json

    from baomi.audit import GENESIS, canonical, link
    from tests.conftest import ROOT

    v = json.loads((ROOT / "tests" / "vectors" / "audit_chain.json").read_text(encoding="utf-8"))
    body = dict(v["event"])
    ev = AuditEvent(**{**body, "fields": tuple(body["fields"])})
    assert canonical(ev).hex() == v["canonical_utf8_hex"]
    assert link(GENESIS, ev, "sha256").hex() == v["sha256"]
    assert link(GENESIS, ev, "sm3").hex() == v["sm3"]
    # independently: the SHA-256 link is hashlib's over the same bytes
    assert (
        hashlib.sha256(GENESIS + bytes.fromhex(v["canonical_utf8_hex"])).hexdigest() == v["sha256"]
    )
    canonical_text = bytes.fromhex(v["canonical_utf8_hex"]).decode()
    assert json.loads(canonical_text) == body
    assert canonical_text == json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def test_retention_prune_keeps_the_chain_verifiable(tmp_path: Path) -> None:
    log, store = _log(tmp_path)
    cut_time = store.rows[15].time  # events 1-15 (three appends) are older than the fourth
    assert log.prune(cut_time) == 15
    assert [e.seq for e in store.rows][:2] == [16, 17]
    v = log.verify()
    assert v.ok
    assert v.events == 10
    del store.rows[0]  # deleting past the cut is still caught
    assert log.verify().problem.seq == 17  # type: ignore[union-attr]


def test_a_forged_cut_is_rejected(tmp_path: Path) -> None:
    log, store = _log(tmp_path)
    log.prune(store.rows[5].time)
    cut = next(c for c in store.cps if c.kind == "cut")
    store.cps = [replace(c, seq=c.seq + 3) if c is cut else c for c in store.cps]
    assert "signature invalid" in log.verify().problem.reason  # type: ignore[union-attr]


_TEXT = st.text(max_size=12)


@given(
    st.integers(1, 10**9),
    st.lists(_TEXT, min_size=9, max_size=9),
    st.lists(_TEXT, max_size=4),
)
def test_the_stored_body_reads_back_as_the_event(
    seq: int, texts: list[str], fields: list[str]
) -> None:
    """Stores keep the canonical body: ``from_canonical`` gives back the same event for any
    strings (quotes, backslashes, control characters, any Unicode)."""
    from baomi.audit.chain import canonical, from_canonical

    time, actor, role, purpose, action, decision, ref, version, detail = texts
    ev = AuditEvent(
        seq=seq,
        time=time,
        actor=actor,
        action=action,
        decision=decision,
        role=role,
        purpose=purpose,
        customer_ref=ref,
        fields=tuple(fields),
        policy_version=version,
        request_id="",
        detail=detail,
        prev_hash=b"p",
        hash=b"h",
    )
    assert from_canonical(canonical(ev), b"p", b"h") == ev


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"[]", b'{"seq":1}', b'{"fields":"m","seq":1}', b'{"fields":[],"x":1}'],
)
def test_a_body_that_is_not_an_event_is_refused(body: bytes) -> None:
    from baomi.audit.chain import from_canonical

    with pytest.raises(ValueError, match="not an audit event"):
        from_canonical(body, b"", b"")
