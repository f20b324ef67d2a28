"""The hash chain: each audit event commits to the one before it.

``hash_n = H(hash_{n-1} || canonical(event_n))`` with H = SHA-256 or SM3 (through
``cryptography``), ``hash_0`` = 32 zero bytes. Editing, deleting, inserting or reordering an
event changes every hash after it, and ``verify_chain`` names the first event whose stored hash
no longer matches. Truncating the tail leaves a valid shorter chain: signed checkpoints
(``baomi.audit.checkpoint``) catch that.

The canonical form is JSON with sorted keys and no whitespace, UTF-8: stable across Python
versions and machines, and readable by a regulator's own tools. Stores keep it byte for byte
(``from_canonical`` reads it back), so verifying an event is one hash over what was stored.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from cryptography.hazmat.primitives import hashes

from baomi.errors import BaomiError

__all__ = [
    "CANONICAL_KEYS",
    "GENESIS",
    "AuditEvent",
    "ChainBreak",
    "Sealed",
    "Segment",
    "UnreadableEventError",
    "canonical",
    "digest",
    "from_canonical",
    "join_segments",
    "link",
    "verify_chain",
    "verify_segment",
]

GENESIS = bytes(32)
HashName = Literal["sha256", "sm3"]


@dataclass(frozen=True)
class AuditEvent:
    """One thing that happened. Never a customer value: the customer is a keyed reference and
    fields are names."""

    seq: int
    time: str
    actor: str
    action: str  # read | write | export | erase | key.rotate | key.rewrap | policy.change | ...
    decision: str = "allowed"  # allowed | denied | masked
    role: str = ""
    purpose: str = ""
    customer_ref: str = ""
    fields: tuple[str, ...] = ()
    policy_version: str = ""
    request_id: str = ""
    detail: str = ""
    prev_hash: bytes = field(default=GENESIS, repr=False)
    hash: bytes = field(default=b"", repr=False)

    def body(self) -> dict[str, object]:
        """The hashed content: every field but the hashes (``asdict`` would deep-copy: 5x
        slower, and verification runs this once per event)."""
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "decision": self.decision,
            "role": self.role,
            "purpose": self.purpose,
            "customer_ref": self.customer_ref,
            "fields": list(self.fields),
            "policy_version": self.policy_version,
            "request_id": self.request_id,
            "detail": self.detail,
        }


#: The keys of the canonical form, in the order it writes them.
CANONICAL_KEYS = tuple(sorted(AuditEvent(seq=0, time="", actor="", action="").body()))


def canonical(event: AuditEvent) -> bytes:
    return json.dumps(
        event.body(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode()


def digest(name: HashName, data: bytes) -> bytes:
    """SHA-256 or SM3 of ``data``."""
    if name == "sha256":
        return hashlib.sha256(data).digest()
    h = hashes.Hash(hashes.SM3() if name == "sm3" else hashes.SHA256())
    h.update(data)
    return h.finalize()


def link(prev_hash: bytes, event: AuditEvent, name: HashName = "sha256") -> bytes:
    """The hash that chains ``event`` to its predecessor."""
    return digest(name, prev_hash + canonical(event))


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain breaks: the first event whose link does not hold, and why."""

    seq: int
    reason: str

    def __str__(self) -> str:
        return f"event {self.seq}: {self.reason}"


def verify_chain(
    events: Iterable[AuditEvent], name: HashName = "sha256", start: tuple[int, bytes] = (0, GENESIS)
) -> tuple[int, bytes, ChainBreak | None]:
    """Walk the events in order: (events checked, head hash, the first break or None).
    ``start`` is (the seq before the first event, its hash): the genesis, or a pruning cut."""
    expected_seq, prev = start
    n = 0
    for ev in events:
        expected_seq += 1
        if ev.seq != expected_seq:
            why = f"event {expected_seq} expected here (deleted, inserted or reordered events)"
            return n, prev, ChainBreak(ev.seq, why)
        if ev.prev_hash != prev:
            return n, prev, ChainBreak(ev.seq, "does not link to the event before it")
        if link(prev, ev, name) != ev.hash:
            return n, prev, ChainBreak(ev.seq, "its content does not match its hash (edited)")
        prev = ev.hash
        n += 1
    return n, prev, None


# --- the stored form --------------------------------------------------------------------------


class UnreadableEventError(BaomiError):
    """A stored event body that is not an event: only tampering makes one."""

    def __init__(self, seq: int):
        super().__init__(f"audit event {seq} cannot be read; run `baomi audit verify`")
        self.seq = seq


def from_canonical(body: bytes | str, prev_hash: bytes, hash_: bytes) -> AuditEvent:
    """The event a stored canonical body holds (the inverse of ``canonical``). Raises
    ``ValueError`` for a body that is not one (only tampering makes such a body)."""
    try:
        doc = json.loads(body)
        fields = doc.pop("fields")
        if not isinstance(fields, list) or set(doc) != _SCALAR_KEYS:
            raise ValueError("not an audit event")
        return AuditEvent(**doc, fields=tuple(fields), prev_hash=prev_hash, hash=hash_)
    except (TypeError, KeyError, AttributeError, json.JSONDecodeError) as exc:
        raise ValueError("not an audit event") from exc


_SCALAR_KEYS = frozenset(CANONICAL_KEYS) - {"fields"}


@dataclass(frozen=True)
class Segment:
    """What checking one stretch of the stored chain found: its ends, so stretches checked apart
    (in parallel) can be joined, the hashes at the watched sequence numbers, and the first
    break inside it."""

    first_seq: int  # 0 when the stretch held no events
    first_prev: bytes
    last_seq: int
    head: bytes
    events: int
    problem: ChainBreak | None
    marks: dict[int, bytes]


#: A stored event as verification reads it: (seq, prev_hash, hash, canonical body): the body is
#: stored, byte for byte what was hashed, so checking an event is one hash.
Sealed = tuple[int, bytes, bytes, bytes]


def verify_segment(
    rows: Iterable[Sealed], name: HashName = "sha256", watch: frozenset[int] = frozenset()
) -> Segment:
    """Check consecutive stored events: numbering and links between them, and each body
    against its hash. The first event's number and link are checked by ``join_segments``.
    (The loop is the hot path of verification: about a microsecond per event.)"""
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return Segment(0, b"", 0, b"", 0, None, {})
    first_seq, first_prev = first[0], first[1]
    sha256 = hashlib.sha256
    marks: dict[int, bytes] = {}
    problem: ChainBreak | None = None
    expected, prev = first_seq, first_prev
    for seq, stored_prev, stored_hash, body in itertools.chain((first,), it):
        if seq != expected:
            why = f"event {expected} expected here (deleted, inserted or reordered events)"
            problem = ChainBreak(seq, why)
            break
        if stored_prev != prev:
            problem = ChainBreak(seq, "does not link to the event before it")
            break
        if name == "sha256":
            found = sha256(stored_prev + body).digest()
        else:
            found = digest(name, stored_prev + body)
        if found != stored_hash:
            problem = ChainBreak(seq, "its content does not match its hash (edited)")
            break
        if seq in watch:
            marks[seq] = stored_hash
        expected += 1
        prev = stored_hash
    checked = expected - first_seq
    return Segment(first_seq, first_prev, expected - 1, prev, checked, problem, marks)


def join_segments(
    segments: Iterable[Segment], start: tuple[int, bytes] = (0, GENESIS)
) -> tuple[int, bytes, ChainBreak | None, dict[int, bytes]]:
    """Join segments checked apart, in sequence order: (events checked, head hash, the first
    break or None, the watched hashes). ``start`` is (the seq before the first event, its
    hash): the genesis, or a pruning cut."""
    last_seq, head = start
    n = 0
    marks: dict[int, bytes] = {}
    for seg in segments:
        if seg.first_seq:  # the stretch held events: its first one continues the last stretch
            if seg.first_seq != last_seq + 1:
                why = f"event {last_seq + 1} expected here (deleted, inserted or reordered events)"
                return n, head, ChainBreak(seg.first_seq, why), marks
            if seg.first_prev != head:
                why = "does not link to the event before it"
                return n, head, ChainBreak(seg.first_seq, why), marks
        if seg.events:
            n += seg.events
            last_seq, head = seg.last_seq, seg.head
            marks.update(seg.marks)
        if seg.problem is not None:
            return n, head, seg.problem, marks
    return n, head, None, marks
