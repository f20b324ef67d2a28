"""Monitoring rules: each raised by a scripted scenario, all silent on a normal day's traffic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import yaml

from baomi.audit.chain import AuditEvent
from baomi.audit.monitor import MonitorConfig, scan

CONFIG = MonitorConfig.model_validate(
    yaml.safe_load(
        """
rules:
  - {id: bulk, kind: bulk_access, threshold: 50, window_minutes: 60, severity: high}
  - {id: night, kind: off_hours, start: "07:00", end: "21:00", utc_offset: "+08:00"}
  - {id: denials, kind: repeated_denials, threshold: 5, window_minutes: 10}
  - {id: glass, kind: action, actions: [break_glass], severity: high}
  - {id: vip, kind: flagged_customers, customer_refs: [ref-vip]}
  - {id: volume, kind: export_volume, threshold: 10000, window_minutes: 1440}
"""
    )
)
DAY = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


class Script:
    def __init__(self) -> None:
        self.events: list[AuditEvent] = []

    def add(self, minutes: float, actor: str, action: str = "read", **kw: object) -> None:
        t = (DAY + timedelta(minutes=minutes)).isoformat()
        self.events.append(
            AuditEvent(seq=len(self.events) + 1, time=t, actor=actor, action=action, **kw)  # type: ignore[arg-type]
        )


def normal_day() -> Script:
    """Eight tellers each reading 30 customers spread over the working day, a few denials,
    one import of 2,000 customers: nothing to alert on."""
    s = Script()
    for i in range(240):
        s.add(i * 2, f"teller{i % 8}", customer_ref=f"c{i}", decision="masked")
    for i in range(3):
        s.add(300 + i * 30, "teller1", decision="denied", customer_ref=f"c{i}")
    s.add(400, "batch", action="import", detail="2000 customers written")
    return s


def test_a_normal_day_raises_nothing() -> None:
    assert scan(normal_day().events, CONFIG) == []


def test_bulk_access() -> None:
    s = normal_day()
    for i in range(60):
        s.add(500 + i * 0.5, "teller3", customer_ref=f"bulk{i}", decision="masked")
    alerts = scan(s.events, CONFIG)
    assert [(a.rule, a.actor, a.severity) for a in alerts] == [("bulk", "teller3", "high")]
    assert len(alerts[0].evidence) > 50


def test_off_hours() -> None:
    s = normal_day()
    s.add(14 * 60, "teller2", customer_ref="c5", decision="masked")  # 23:00 in Beijing
    assert [a.rule for a in scan(s.events, CONFIG)] == ["night"]


def test_repeated_denials() -> None:
    s = normal_day()
    for i in range(6):
        s.add(600 + i, "intern", decision="denied", customer_ref=f"c{i}")
    alerts = scan(s.events, CONFIG)
    assert [(a.rule, a.actor) for a in alerts] == [("denials", "intern")]


def test_break_glass_and_flagged_customer() -> None:
    s = normal_day()
    s.add(700, "doctor-on-call", action="break_glass", customer_ref="c9")
    s.add(710, "teller4", customer_ref="ref-vip", decision="masked")
    assert sorted(a.rule for a in scan(s.events, CONFIG)) == ["glass", "vip"]


def test_export_volume() -> None:
    s = normal_day()
    s.add(800, "batch", action="import", detail="9000 customers written")
    alerts = scan(s.events, CONFIG)
    assert [a.rule for a in alerts] == ["volume"]
    assert "11000 customers" in alerts[0].summary


def test_alerts_are_deduplicated_and_only_new_events_raise() -> None:
    s = normal_day()
    for i in range(80):
        s.add(500 + i * 0.5, "teller3", customer_ref=f"bulk{i}", decision="masked")
    first = scan(s.events, CONFIG)
    assert len(first) == 1  # one alert per rule, actor and window, however long it lasts
    assert scan(s.events, CONFIG, new_after=len(s.events)) == []
