"""Alerts and the monitor's scan position, in the data database."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, select, update

from baomi.adapters.storage.schema import alerts, monitor_state
from baomi.adapters.storage.sql import read_key, write_key
from baomi.audit.monitor import Alert

__all__ = ["SqlAlertStore", "StoredAlert"]

StoredAlert = dict[str, Any]


class SqlAlertStore:
    def __init__(self, data: Engine):
        self.data = data

    def scanned_until(self) -> int:
        return int(self.state("scanned_until") or 0)

    def state(self, key: str) -> str | None:
        with self.data.connect() as c:
            v = read_key(c, monitor_state, key)
        return str(v) if v is not None else None

    def set_state(self, key: str, value: str) -> None:
        with self.data.begin() as c:
            write_key(c, monitor_state, key, value)

    def save(self, new: Sequence[Alert], scanned_until: int) -> int:
        """Store new alerts (ignoring ones already raised) and the scan position; one
        transaction. Returns how many were new."""
        with self.data.begin() as c:
            known = {r[0] for r in c.execute(select(alerts.c.dedup_key))}
            fresh = [a for a in new if a.dedup_key not in known]
            for a in fresh:
                c.execute(
                    alerts.insert().values(
                        rule=a.rule,
                        severity=a.severity,
                        actor=a.actor,
                        summary=a.summary,
                        evidence=json.dumps(list(a.evidence)),
                        dedup_key=a.dedup_key,
                        raised_at=a.raised_at,
                        state="open",
                        note="",
                    )
                )
            write_key(c, monitor_state, "scanned_until", str(scanned_until))
        return len(fresh)

    def list(self, only_open: bool = False) -> list[StoredAlert]:
        q = select(alerts).order_by(alerts.c.id)
        if only_open:
            q = q.where(alerts.c.state == "open")
        with self.data.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def acknowledge(self, alert_id: int, note: str) -> bool:
        with self.data.begin() as c:
            n = c.execute(
                update(alerts)
                .where(alerts.c.id == alert_id)
                .values(state="acknowledged", note=note)
            ).rowcount
        return bool(n)
