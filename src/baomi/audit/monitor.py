"""Monitoring: rules over the audit event stream that raise alerts for the supervisor.

Rule kinds (YAML, validated on load):

- ``bulk_access``: more than ``threshold`` distinct customers read by one actor within
  ``window_minutes``;
- ``off_hours``: reads of customer data outside ``start``-``end`` local time (``utc_offset``);
- ``repeated_denials``: more than ``threshold`` denied reads by one actor within the window;
- ``action``: any event whose action is listed (``break_glass``, ``erase`` ...);
- ``flagged_customers``: any read of a customer on the list (VIPs, employees);
- ``export_volume``: more than ``threshold`` customers written or exported by one actor in the
  window (imports and exports carry their counts).

An alert names the rule, severity, actor and the evidence (event sequence numbers); alerts are
deduplicated by rule, actor and window, so scanning twice raises nothing new.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from baomi.audit.chain import AuditEvent
from baomi.errors import ConfigError
from baomi.yamlconf import read_yaml_file, validate

__all__ = ["Alert", "MonitorConfig", "MonitorRule", "load_monitoring", "scan"]

Severity = Literal["low", "medium", "high"]
_READS = frozenset({"read", "find", "export", "break_glass"})


class MonitorRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: Literal[
        "bulk_access",
        "off_hours",
        "repeated_denials",
        "action",
        "flagged_customers",
        "export_volume",
    ]
    severity: Severity = "medium"
    threshold: int = 0
    window_minutes: int = 60
    start: str = "07:00"
    end: str = "20:00"
    utc_offset: str = "+08:00"
    actions: tuple[str, ...] = ()
    customer_refs: tuple[str, ...] = ()  # filled from customer ids by the caller


class MonitorConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: tuple[MonitorRule, ...]
    flagged_customers: tuple[str, ...] = ()  # internal customer numbers (turned into refs)


def load_monitoring(path: Path) -> MonitorConfig:
    return validate(MonitorConfig, read_yaml_file(path), str(path))


@dataclass(frozen=True)
class Alert:
    rule: str
    severity: str
    actor: str
    summary: str
    evidence: tuple[int, ...]
    dedup_key: str
    raised_at: str = ""


@dataclass
class _Window:
    minutes: int
    items: deque[tuple[datetime, int, str]] = field(default_factory=deque)

    def add(self, t: datetime, seq: int, key: str) -> None:
        self.items.append((t, seq, key))
        edge = t - timedelta(minutes=self.minutes)
        while self.items and self.items[0][0] < edge:
            self.items.popleft()


def _time(ev: AuditEvent) -> datetime:
    return datetime.fromisoformat(ev.time)


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _offset(text: str) -> timedelta:
    m = re.fullmatch(r"([+-])(\d\d):(\d\d)", text)
    if not m:
        raise ConfigError(f"utc_offset must look like +08:00, not {text!r}")
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return delta if m.group(1) == "+" else -delta


def _count(ev: AuditEvent) -> int:
    m = re.match(r"(\d+) customers", ev.detail)
    return int(m.group(1)) if m else (1 if ev.customer_ref else 0)


def scan(
    events: Iterable[AuditEvent],
    config: MonitorConfig,
    flagged_refs: frozenset[str] = frozenset(),
    *,
    new_after: int = 0,
) -> list[Alert]:
    """Alerts raised by the events with ``seq > new_after`` (earlier events only fill the
    windows). Events must come in sequence order."""
    alerts: dict[str, Alert] = {}
    windows: dict[tuple[str, str], _Window] = {}

    def window(rule: MonitorRule, actor: str) -> _Window:
        return windows.setdefault((rule.id, actor), _Window(rule.window_minutes))

    def raise_(
        rule: MonitorRule, ev: AuditEvent, summary: str, evidence: Iterable[int], key: str
    ) -> None:
        if ev.seq > new_after and key not in alerts:
            found = tuple(evidence)
            alerts[key] = Alert(rule.id, rule.severity, ev.actor, summary, found, key, ev.time)

    checks: list[Callable[[AuditEvent], None]] = []
    for rule in config.rules:
        checks.append(_check(rule, window, raise_, flagged_refs))
    for ev in events:
        for check in checks:
            check(ev)
    return list(alerts.values())


def _check(
    rule: MonitorRule,
    window: Callable[[MonitorRule, str], _Window],
    raise_: Callable[[MonitorRule, AuditEvent, str, Iterable[int], str], None],
    flagged: frozenset[str],
) -> Callable[[AuditEvent], None]:
    def bucket(ev: AuditEvent) -> str:
        start = _time(ev).replace(second=0, microsecond=0)
        step = max(rule.window_minutes, 1)
        minute = (start.hour * 60 + start.minute) // step * step
        return f"{rule.id}|{ev.actor}|{start.date()}|{minute}"

    if rule.kind == "bulk_access":

        def check(ev: AuditEvent) -> None:
            if ev.action in _READS and ev.customer_ref and ev.decision != "denied":
                w = window(rule, ev.actor)
                w.add(_time(ev), ev.seq, ev.customer_ref)
                distinct = {k for _, _, k in w.items}
                if len(distinct) > rule.threshold:
                    summary = f"{len(distinct)} customers read within {rule.window_minutes} min"
                    raise_(rule, ev, summary, [s for _, s, _ in w.items], bucket(ev))

    elif rule.kind == "repeated_denials":

        def check(ev: AuditEvent) -> None:
            if ev.decision == "denied":
                w = window(rule, ev.actor)
                w.add(_time(ev), ev.seq, str(ev.seq))
                if len(w.items) > rule.threshold:
                    summary = f"{len(w.items)} denied reads within {rule.window_minutes} min"
                    raise_(rule, ev, summary, [s for _, s, _ in w.items], bucket(ev))

    elif rule.kind == "off_hours":
        start, end, offset = _minutes(rule.start), _minutes(rule.end), _offset(rule.utc_offset)

        def check(ev: AuditEvent) -> None:
            if ev.action in _READS and ev.customer_ref:
                local = _time(ev) + offset
                minute = local.hour * 60 + local.minute
                if not start <= minute < end:  # one alert per actor and window
                    summary = f"customer data read at {local:%H:%M} local time"
                    raise_(rule, ev, summary, [ev.seq], bucket(ev))

    elif rule.kind == "action":

        def check(ev: AuditEvent) -> None:
            if ev.action in rule.actions:
                raise_(rule, ev, f"action {ev.action}", [ev.seq], f"{rule.id}|{ev.seq}")

    elif rule.kind == "flagged_customers":
        refs = flagged | frozenset(rule.customer_refs)

        def check(ev: AuditEvent) -> None:
            if ev.customer_ref in refs and ev.action in _READS:
                summary = "a flagged customer's data was read"
                raise_(rule, ev, summary, [ev.seq], f"{rule.id}|{ev.seq}")

    else:  # export_volume

        def check(ev: AuditEvent) -> None:
            if ev.action in ("import", "export"):
                w = window(rule, ev.actor)
                w.add(_time(ev), ev.seq, str(_count(ev)))
                total = sum(int(k) for _, _, k in w.items)
                if total > rule.threshold:
                    summary = f"{total} customers written or exported in {rule.window_minutes} min"
                    raise_(rule, ev, summary, [s for _, s, _ in w.items], bucket(ev))

    return check
