"""What the audit log needs from storage."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

from baomi.audit.chain import AuditEvent, Sealed
from baomi.audit.checkpoint import Checkpoint

__all__ = ["AuditStore", "SealedAuditStore"]

T = TypeVar("T")


class AuditStore(Protocol):
    def append(
        self, build: Callable[[int, bytes], list[tuple[AuditEvent, bytes]]]
    ) -> list[AuditEvent]:
        """Run ``build(last_seq, last_hash) -> [(event, its canonical body)]`` and store them
        in one transaction that no other appender can interleave with, each body byte for
        byte (it is what the hash covers)."""
        ...

    def events(
        self,
        since_seq: int = 0,
        *,
        actor: str | None = None,
        customer_ref: str | None = None,
        since_time: str | None = None,
    ) -> Iterator[AuditEvent]: ...

    def event(self, seq: int) -> AuditEvent | None:
        """One event by its sequence number (None if there is none)."""
        ...

    def count(self) -> int: ...

    def add_checkpoint(self, cp: Checkpoint) -> None: ...

    def checkpoints(self) -> Sequence[Checkpoint]: ...

    def prune(self, cut: Checkpoint) -> int:
        """Store the signed cut, delete the events up to it and the checkpoints before it, in
        one transaction per database (the cut first). Returns the events deleted."""
        ...


@runtime_checkable
class SealedAuditStore(AuditStore, Protocol):
    """A store that verification can read fast: hashes and stored canonical bodies by
    sequence range, checked in several processes."""

    def seq_bounds(self) -> tuple[int, int] | None: ...

    def sealed_rows(self, lo: int, hi: int) -> Iterator[Sealed]: ...

    def map_ranges(
        self, fn: Callable[[Any, int, int], T], ranges: Sequence[tuple[int, int]], jobs: int
    ) -> Iterator[T]:
        """``fn(store, lo, hi)`` for each range, results in range order; abandoning the
        iterator cancels the ranges not started."""
        ...
