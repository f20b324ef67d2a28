"""Decisions: who (role, relationship) x what (field's entity type) x why (purpose).

Fail closed: an unknown role or purpose, a type the purpose does not cover, or no matching rule
means ``denied``. Among matching rules a denial wins, then ``clear`` over ``masked``; C3 data is
never ``clear`` whatever a rule says. Rules are compiled once into a table keyed by (role, purpose,
type, relationship), so a decision is a dictionary look-up (benchmarks/policy_audit_bench.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from baomi.catalog import CATALOG, Category
from baomi.policy.model import Policy, Rule

__all__ = ["Decision", "PolicyEngine"]

_RANK = {"denied": 2, "clear": 1, "masked": 0}


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str  # clear | masked | denied
    rule: str  # the rule that decided, or why nothing did
    profile: str = "display"
    obligations: tuple[str, ...] = ("audit",)
    policy_version: str = ""


class PolicyEngine:
    def __init__(self, policy: Policy):
        self.policy = policy
        self._table: dict[tuple[str, str, str, bool], Decision] = {}
        for role in policy.roles:
            for purpose, p in policy.purposes.items():
                for type_id in p.types:
                    for own in (False, True):
                        key = (role, purpose, type_id, own)
                        self._table[key] = self._decide(role, purpose, type_id, own)

    def _deny(self, why: str) -> Decision:
        return Decision("denied", why, policy_version=self.policy.version)

    def _allow(self, kind: str, r: Rule) -> Decision:
        return Decision(kind, r.id, r.profile, tuple(r.obligations), self.policy.version)

    @staticmethod
    def _matches(r: Rule, role: str, purpose: str, type_id: str | None, own: bool) -> bool:
        if role not in r.roles or purpose not in r.purposes:
            return False
        if r.relationship == "own_customers" and not own:
            return False
        if type_id is None:  # a field with no entity type: C1, only rules without a type list
            return not r.types and (not r.categories or "C1" in r.categories)
        if r.types and type_id not in r.types:
            return False
        return not r.categories or CATALOG[type_id].category.value in r.categories

    def _decide(self, role: str, purpose: str, type_id: str | None, own: bool) -> Decision:
        if not self.policy.roles[role].reads_values:
            return self._deny(f"role {role} does not read customer values")
        matching = [r for r in self.policy.rules if self._matches(r, role, purpose, type_id, own)]
        if not matching:
            return self._deny("no rule allows it")
        best = max(matching, key=lambda r: _RANK[r.decision])
        if best.decision == "denied":
            return self._deny(f"rule {best.id}")
        if type_id is None:
            return self._allow("clear", best)  # not personal data: nothing to mask
        if best.decision == "clear" and CATALOG[type_id].category is Category.C3:
            return self._allow("masked", best)
        return self._allow(best.decision, best)

    def decide(
        self, role: str, purpose: str, type_id: str | None, *, own_customer: bool = False
    ) -> Decision:
        """The decision for one field (``type_id`` None: a field that holds no personal data)."""
        if role not in self.policy.roles:
            return self._deny(f"unknown role {role!r}")
        if purpose not in self.policy.purposes:
            return self._deny(f"unknown purpose {purpose!r}")
        if type_id is None:
            return self._decide(role, purpose, None, own_customer)
        hit = self._table.get((role, purpose, type_id, own_customer))
        return hit if hit is not None else self._deny(f"purpose {purpose} does not cover {type_id}")

    def break_glass(self, role: str, type_id: str | None) -> Decision:
        """Emergency access outside the rules: clear for roles allowed to break the glass (C3
        still masked), denied for everyone else. The caller must demand a reason and audit it
        as ``break_glass``, which the monitoring rules always raise as an alert for review."""
        r = self.policy.roles.get(role)
        if r is None or not r.break_glass or not r.reads_values:
            return self._deny(f"role {role or '(none)'} may not break the glass")
        c3 = type_id is not None and CATALOG[type_id].category is Category.C3
        kind = "masked" if c3 else "clear"
        return Decision(kind, "break-glass", "display", ("audit", "reason"), self.policy.version)
