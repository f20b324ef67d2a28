"""What the audit log needs from storage."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from baomi.audit.chain import AuditEvent
from baomi.audit.checkpoint import Checkpoint

__all__ = ["AuditStore"]


class AuditStore(Protocol):
    def append(self, build: Callable[[int, bytes], list[AuditEvent]]) -> list[AuditEvent]:
        """Run ``build(last_seq, last_hash) -> events`` and insert them in one transaction
        that no other appender can interleave with."""
        ...

    def events(
        self,
        since_seq: int = 0,
        *,
        actor: str | None = None,
        customer_ref: str | None = None,
        since_time: str | None = None,
    ) -> Iterator[AuditEvent]: ...

    def count(self) -> int: ...

    def add_checkpoint(self, cp: Checkpoint) -> None: ...

    def checkpoints(self) -> Sequence[Checkpoint]: ...

    def prune(self, cut: Checkpoint) -> int:
        """Store the signed cut, delete the events up to it and the checkpoints before it, in
        one transaction per database (the cut first). Returns the events deleted."""
        ...
