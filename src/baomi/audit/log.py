"""The audit log: append events to the chain, checkpoint it, verify it, answer "who saw what".

Customers appear as keyed references (``customer_ref``: HMAC-SHA256 of the internal customer
number under a key of its own, 16 bytes hex), so the log can be handed to supervisors and
regulators without the customer numbers, and one customer's history is still one query.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from hashlib import sha256

from baomi.audit.chain import (
    GENESIS,
    AuditEvent,
    ChainBreak,
    HashName,
    link,
    verify_chain,
    verify_rows,
)
from baomi.audit.checkpoint import CheckpointSigner
from baomi.audit.ports import AuditStore
from baomi.crypto.secret import Secret

__all__ = ["AuditLog", "Verification"]

CHECKPOINT_EVERY = 1000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Verification:
    events: int
    checkpoints: int
    head: bytes
    problem: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.problem is None


class AuditLog:
    def __init__(
        self,
        store: AuditStore,
        signer: CheckpointSigner,
        ref_key: Secret,
        hash_name: HashName = "sha256",
        checkpoint_every: int = CHECKPOINT_EVERY,
    ):
        self.store = store
        self.signer = signer
        self._ref_key = ref_key
        self.hash_name = hash_name
        self.checkpoint_every = checkpoint_every

    def __repr__(self) -> str:
        return f"AuditLog(hash={self.hash_name}, signer={self.signer!r})"

    def customer_ref(self, customer_id: str) -> str:
        return hmac.new(self._ref_key.reveal(), customer_id.encode(), sha256).hexdigest()[:32]

    def record(self, entries: Sequence[dict[str, object]]) -> list[AuditEvent]:
        """Append events (each a dict of ``AuditEvent`` fields without seq, time or hashes;
        ``customer_id`` is turned into ``customer_ref``) in one transaction."""
        now = _now()
        prepared = []
        for e in entries:
            e = dict(e)
            cid = e.pop("customer_id", None)
            if cid:
                e["customer_ref"] = self.customer_ref(str(cid))
            if "fields" in e:
                e["fields"] = tuple(e["fields"])  # type: ignore[arg-type]
            prepared.append(e)

        def build(last_seq: int, last_hash: bytes) -> list[AuditEvent]:
            out = []
            prev = last_hash
            for i, e in enumerate(prepared, 1):
                ev = AuditEvent(seq=last_seq + i, time=now, prev_hash=prev, **e)  # type: ignore[arg-type]
                ev = replace(ev, hash=link(prev, ev, self.hash_name))
                out.append(ev)
                prev = ev.hash
            return out

        events = self.store.append(build)
        if events:
            last = events[-1]
            first = events[0].seq
            if (last.seq // self.checkpoint_every) > ((first - 1) // self.checkpoint_every):
                self.checkpoint(last)
        return events

    def checkpoint(self, last: AuditEvent) -> None:
        """Sign the head this writer just appended into the checkpoint table."""
        self.store.add_checkpoint(self.signer.sign(last.seq, last.hash, _now()))

    def prune(self, before: str) -> int:
        """Retention: delete the events older than ``before`` (ISO time), keeping the chain
        verifiable from a signed cut at the last deleted event. Returns the events deleted."""
        last: AuditEvent | None = None
        for ev in self.store.events():
            if ev.time >= before:
                break
            last = ev
        if last is None:
            return 0
        cut = self.signer.sign(last.seq, last.hash, _now(), kind="cut")
        return self.store.prune(cut)

    def verify(self, progress: Callable[[int], None] | None = None) -> Verification:
        """The whole chain, then every checkpoint against it: the first problem found, located."""
        checkpoints = sorted(self.store.checkpoints(), key=lambda c: c.seq)
        for cp in checkpoints:
            if not self.signer.valid(cp):
                bad = ChainBreak(cp.seq, "checkpoint signature invalid")
                return Verification(0, len(checkpoints), b"", bad)
        cuts = [cp for cp in checkpoints if cp.kind == "cut"]
        start = (cuts[-1].seq, cuts[-1].head) if cuts else (0, GENESIS)
        checkpoints = [cp for cp in checkpoints if cp.seq > start[0]]
        by_seq = {cp.seq: cp for cp in checkpoints}
        seen: dict[int, bytes] = {}

        def watched() -> Iterator[AuditEvent]:
            for i, ev in enumerate(self.store.events(), 1):
                if ev.seq in by_seq:
                    seen[ev.seq] = ev.hash
                if progress is not None and not i % 100_000:
                    progress(100_000)
                yield ev

        raw_rows = getattr(self.store, "raw_rows", None)
        if raw_rows is not None:  # the fast path: plain tuples from the driver

            def note(seq: int, digest: bytes) -> None:
                if seq in by_seq:
                    seen[seq] = digest

            n, head, problem = verify_rows(raw_rows(), self.hash_name, start, note)
        else:
            n, head, problem = verify_chain(watched(), self.hash_name, start)
        last = start[0] + n  # the sequence number the log ends at
        if problem is not None:
            return Verification(n, len(checkpoints), head, problem)
        for cp in checkpoints:
            if cp.seq > last:
                why = f"the log ends at event {last}; a signed checkpoint covers {cp.seq}"
                return Verification(
                    n, len(checkpoints), head, ChainBreak(last + 1, why + " (truncated)")
                )
            if seen.get(cp.seq) != cp.head:
                why = "differs from its signed checkpoint (rewritten)"
                return Verification(n, len(checkpoints), head, ChainBreak(cp.seq, why))
        return Verification(n, len(checkpoints), head, None)
