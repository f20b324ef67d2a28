"""The actor registry in the data database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, select

from baomi.adapters.storage.schema import actors, relationships

__all__ = ["Actor", "SqlActorStore"]


@dataclass(frozen=True)
class Actor:
    id: str
    role: str
    department: str
    created_at: str


class SqlActorStore:
    def __init__(self, data: Engine):
        self.data = data

    def put(self, actor_id: str, role: str, department: str) -> Actor:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.data.begin() as c:
            c.execute(delete(actors).where(actors.c.id == actor_id))
            c.execute(
                actors.insert().values(
                    id=actor_id, role=role, department=department, created_at=now
                )
            )
        return Actor(actor_id, role, department, now)

    def get(self, actor_id: str) -> Actor | None:
        with self.data.connect() as c:
            r = c.execute(select(actors).where(actors.c.id == actor_id)).first()
        return Actor(r.id, r.role, r.department, r.created_at) if r else None

    def all(self) -> list[Actor]:
        with self.data.connect() as c:
            rows = c.execute(select(actors).order_by(actors.c.id)).all()
        return [Actor(r.id, r.role, r.department, r.created_at) for r in rows]

    def relate(self, actor_id: str, customer_ref: str) -> None:
        """Record that the actor manages the customer (keyed reference, never the number)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.data.begin() as c:
            c.execute(
                delete(relationships).where(
                    (relationships.c.actor_id == actor_id)
                    & (relationships.c.customer_ref == customer_ref)
                )
            )
            c.execute(
                relationships.insert().values(
                    actor_id=actor_id, customer_ref=customer_ref, created_at=now
                )
            )

    def related(self, actor_id: str, customer_ref: str) -> bool:
        q = select(relationships.c.actor_id).where(
            (relationships.c.actor_id == actor_id) & (relationships.c.customer_ref == customer_ref)
        )
        with self.data.connect() as c:
            return c.execute(q).first() is not None
