"""Second-person approvals of bulk exports, in the data database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, update

from baomi.adapters.storage.schema import approvals

__all__ = ["SqlApprovalStore"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqlApprovalStore:
    def __init__(self, data: Engine):
        self.data = data

    def request(self, requester: str, purpose: str, customers: int, reason: str) -> int:
        with self.data.begin() as c:
            r = c.execute(
                approvals.insert().values(
                    requester=requester,
                    purpose=purpose,
                    customers=customers,
                    reason=reason,
                    state="pending",
                    approver="",
                    created_at=_now(),
                    decided_at="",
                )
            )
            key = r.inserted_primary_key
            if key is None:  # pragma: no cover - every supported database returns it
                raise RuntimeError("the database did not return the new approval's id")
            return int(key[0])

    def get(self, approval_id: int) -> dict[str, Any] | None:
        with self.data.connect() as c:
            r = c.execute(select(approvals).where(approvals.c.id == approval_id)).first()
        return dict(r._mapping) if r else None

    def decide(self, approval_id: int, approver: str, state: str) -> None:
        with self.data.begin() as c:
            c.execute(
                update(approvals)
                .where(approvals.c.id == approval_id)
                .values(state=state, approver=approver, decided_at=_now())
            )

    def use(self, approval_id: int) -> bool:
        """Mark an approved request used; False if it was not approved or already used."""
        with self.data.begin() as c:
            n = c.execute(
                update(approvals)
                .where((approvals.c.id == approval_id) & (approvals.c.state == "approved"))
                .values(state="used")
            ).rowcount
        return bool(n)

    def all(self) -> list[dict[str, Any]]:
        with self.data.connect() as c:
            return [dict(r._mapping) for r in c.execute(select(approvals).order_by(approvals.c.id))]
