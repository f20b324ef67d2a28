"""The actor registry in the data database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, select

from baomi.adapters.storage.schema import actors

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
