"""The policy file: roles, purposes (with their legal basis and the data they may use) and rules.

YAML validated with pydantic on load; unknown keys, entity types, roles or purposes are refused
with the setting named. A rule can never make C3 data (authentication data) clear.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from baomi.catalog import CATALOG, Category
from baomi.yamlconf import read_yaml_file, validate

__all__ = ["BulkExport", "Policy", "Purpose", "Role", "Rule", "load_policy"]

DecisionKind = Literal["clear", "masked", "denied"]
Obligation = Literal["audit", "reason", "consent", "second_person", "notify_customer"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(_Model):
    description: str = ""
    reads_values: bool = True  # administrators and supervisors: False (separation of duties)
    break_glass: bool = False  # may read outside the rules in an emergency, with a reason
    max_customers_per_hour: int = Field(default=0, ge=0)  # 0: no limit


class Purpose(_Model):
    description: str = ""
    legal_basis: str  # PIPL Art. 13: consent, contract, legal obligation, ...
    types: tuple[str, ...]  # entity types this purpose may use at all (purpose limitation)


class Rule(_Model):
    id: str
    roles: tuple[str, ...]
    purposes: tuple[str, ...]
    types: tuple[str, ...] = ()  # empty: every type the purpose allows
    categories: tuple[Literal["C1", "C2", "C3"], ...] = ()
    relationship: Literal["any", "own_customers"] = "any"
    decision: DecisionKind
    profile: str = "display"  # the masking profile when the decision is masked
    obligations: tuple[Obligation, ...] = ("audit",)


class BulkExport(_Model):
    """Exports of more than ``approval_above`` customers need a second person's approval by a
    role in ``approver_roles`` (not the requester); with none listed, nobody can approve one."""

    approval_above: int = Field(default=100, ge=0)
    approver_roles: tuple[str, ...] = ()


class Policy(_Model):
    version: str
    roles: dict[str, Role]
    purposes: dict[str, Purpose]
    rules: tuple[Rule, ...] = Field(default=())
    bulk_export: BulkExport = Field(default_factory=BulkExport)

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        for name, p in self.purposes.items():
            unknown = [t for t in p.types if t not in CATALOG]
            if unknown:
                raise ValueError(f"purpose {name}: unknown entity types {unknown}")
        for role in self.bulk_export.approver_roles:
            if role not in self.roles:
                raise ValueError(f"bulk_export: unknown approver role {role!r}")
        ids = set()
        for r in self.rules:
            if r.id in ids:
                raise ValueError(f"rule {r.id}: the id is used twice")
            ids.add(r.id)
            for role in r.roles:
                if role not in self.roles:
                    raise ValueError(f"rule {r.id}: unknown role {role!r}")
            for purpose in r.purposes:
                if purpose not in self.purposes:
                    raise ValueError(f"rule {r.id}: unknown purpose {purpose!r}")
            bad = [t for t in r.types if t not in CATALOG]
            if bad:
                raise ValueError(f"rule {r.id}: unknown entity types {bad}")
            if r.decision == "clear" and (
                "C3" in r.categories or any(CATALOG[t].category is Category.C3 for t in r.types)
            ):
                raise ValueError(f"rule {r.id}: C3 data is never shown in clear")
        return self


def load_policy(path: Path) -> Policy:
    return validate(Policy, read_yaml_file(path), str(path))
