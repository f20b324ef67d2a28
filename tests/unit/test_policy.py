"""The purpose-based policy: the default policy's decision matrix, fail-closed cases, load-time
refusals and lint warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from baomi.catalog import CATALOG, Category
from baomi.errors import ConfigError
from baomi.policy import Policy, PolicyEngine, default_policy_text, load_policy

DEFAULT = Policy.model_validate(yaml.safe_load(default_policy_text()))
ENGINE = PolicyEngine(DEFAULT)

# (role, purpose, entity type, own customer) -> expected decision
MATRIX = [
    ("customer_service", "account_servicing", "CN_MOBILE", False, "masked"),
    ("customer_service", "account_servicing", "CN_RESIDENT_ID", False, "masked"),
    ("customer_service", "payment", "BANK_CARD", False, "masked"),
    ("customer_service", "complaint_handling", "PERSON_NAME", False, "masked"),
    ("customer_service", "risk_control", "CN_RESIDENT_ID", False, "denied"),
    ("customer_service", "marketing", "CN_MOBILE", False, "denied"),
    ("account_manager", "account_servicing", "CN_MOBILE", False, "masked"),
    ("account_manager", "account_servicing", "CN_MOBILE", True, "clear"),
    ("account_manager", "account_servicing", "CN_RESIDENT_ID", True, "masked"),
    ("account_manager", "risk_control", "PERSON_NAME", True, "denied"),
    ("risk_officer", "risk_control", "CN_RESIDENT_ID", False, "clear"),
    ("risk_officer", "regulatory_reporting", "BANK_ACCOUNT", False, "clear"),
    ("risk_officer", "account_servicing", "CN_MOBILE", False, "denied"),
    ("marketing", "marketing", "CN_MOBILE", False, "masked"),
    ("marketing", "marketing", "CN_RESIDENT_ID", False, "denied"),
    ("marketing", "account_servicing", "PERSON_NAME", False, "denied"),
    ("supervisor", "account_servicing", "PERSON_NAME", False, "denied"),
    ("admin", "risk_control", "CN_RESIDENT_ID", False, "denied"),
    ("dpo", "complaint_handling", "PERSON_NAME", False, "denied"),
    ("customer_service", "testing", "PERSON_NAME", False, "denied"),
]


@pytest.mark.parametrize(("role", "purpose", "type_id", "own", "expected"), MATRIX)
def test_default_policy_matrix(
    role: str, purpose: str, type_id: str, own: bool, expected: str
) -> None:
    assert ENGINE.decide(role, purpose, type_id, own_customer=own).kind == expected


def test_every_role_purpose_type_is_decided_and_c3_is_never_clear() -> None:
    for role in DEFAULT.roles:
        for purpose in DEFAULT.purposes:
            for type_id, et in CATALOG.items():
                for own in (False, True):
                    d = ENGINE.decide(role, purpose, type_id, own_customer=own)
                    assert d.kind in ("clear", "masked", "denied")
                    assert d.policy_version == "default-2026-11"
                    if et.category is Category.C3:
                        assert d.kind != "clear"
                    if not DEFAULT.roles[role].reads_values:
                        assert d.kind == "denied"


def test_fail_closed() -> None:
    assert ENGINE.decide("intern", "account_servicing", "PERSON_NAME").kind == "denied"
    assert ENGINE.decide("customer_service", "curiosity", "PERSON_NAME").kind == "denied"
    assert ENGINE.decide("", "account_servicing", "PERSON_NAME").rule == "unknown role ''"
    empty = Policy.model_validate(
        {
            "version": "1",
            "roles": {"r": {}},
            "purposes": {"p": {"legal_basis": "x", "types": ["CN_MOBILE"]}},
        }
    )
    assert PolicyEngine(empty).decide("r", "p", "CN_MOBILE").rule == "no rule allows it"


def test_obligations_and_rule_ids_are_reported() -> None:
    d = ENGINE.decide("risk_officer", "risk_control", "CN_MOBILE")
    assert d.rule == "risk-clear"
    assert "reason" in d.obligations
    assert "consent" in ENGINE.decide("marketing", "marketing", "PERSON_NAME").obligations


def _write(tmp_path: Path, doc: dict[str, object]) -> Path:
    p = tmp_path / "policy.yaml"
    p.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return p


def _rule(rid: str, decision: str, roles: tuple[str, ...] = ("r",), **kw: object) -> object:
    purposes = kw.pop("purposes", ["p"])
    return {"id": rid, "roles": list(roles), "purposes": purposes, "decision": decision, **kw}


BASE: dict[str, object] = {
    "version": "t",
    "roles": {"r": {}},
    "purposes": {"p": {"legal_basis": "x", "types": ["CN_MOBILE", "PASSWORD"]}},
}


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            [{"id": "a", "roles": ["nobody"], "purposes": ["p"], "decision": "masked"}],
            "unknown role",
        ),
        ([{"id": "a", "roles": ["r"], "purposes": ["q"], "decision": "masked"}], "unknown purpose"),
        (
            [
                {
                    "id": "a",
                    "roles": ["r"],
                    "purposes": ["p"],
                    "types": ["PHONE"],
                    "decision": "clear",
                }
            ],
            "unknown entity types",
        ),
        (
            [
                {
                    "id": "a",
                    "roles": ["r"],
                    "purposes": ["p"],
                    "types": ["PASSWORD"],
                    "decision": "clear",
                }
            ],
            "C3 data is never shown in clear",
        ),
        (
            [
                {"id": "a", "roles": ["r"], "purposes": ["p"], "decision": "masked"},
                {"id": "a", "roles": ["r"], "purposes": ["p"], "decision": "denied"},
            ],
            "used twice",
        ),
        ([{"id": "a", "roles": ["r"], "purposes": ["p"], "decision": "maybe"}], "rules.0.decision"),
    ],
)
def test_bad_policies_are_refused(tmp_path: Path, rules: list[object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_policy(_write(tmp_path, {**BASE, "rules": rules}))


def test_lint_finds_dead_and_conflicting_rules(tmp_path: Path) -> None:
    from baomi.adapters.cli.policy_cmds import lint

    policy = load_policy(
        _write(
            tmp_path,
            {
                **BASE,
                "roles": {"r": {}, "a": {"reads_values": False}},
                "rules": [
                    {"id": "x", "roles": ["r"], "purposes": ["p"], "decision": "masked"},
                    {
                        "id": "y",
                        "roles": ["r"],
                        "purposes": ["p"],
                        "types": ["CN_MOBILE"],
                        "decision": "clear",
                    },
                    {"id": "z", "roles": ["a"], "purposes": ["p"], "decision": "masked"},
                    {
                        "id": "w",
                        "roles": ["r"],
                        "purposes": ["p"],
                        "types": ["EMAIL"],
                        "decision": "masked",
                    },
                ],
            },
        )
    )
    warnings = lint(policy)
    assert any("rules x and y overlap" in w for w in warnings)
    assert any("rule z can never match" in w for w in warnings)
    assert any("rule w can never match" in w for w in warnings)
    assert lint(DEFAULT) == []


def test_break_glass_only_for_roles_allowed_and_never_c3_in_clear() -> None:
    assert ENGINE.break_glass("risk_officer", "CN_RESIDENT_ID").kind == "clear"
    assert ENGINE.break_glass("risk_officer", "PASSWORD").kind == "masked"
    assert ENGINE.break_glass("account_manager", None).kind == "clear"
    for role in ("customer_service", "marketing", "admin", "supervisor", "dpo", "intern", ""):
        assert ENGINE.break_glass(role, "CN_MOBILE").kind == "denied"
