"""Purpose-based access policy: who (role, relationship) x what (entity type) x why (purpose)."""

from importlib import resources

from baomi.policy.engine import Decision, PolicyEngine
from baomi.policy.model import Policy, Purpose, Role, Rule, load_policy

__all__ = [
    "Decision",
    "Policy",
    "PolicyEngine",
    "Purpose",
    "Role",
    "Rule",
    "default_policy_text",
    "load_policy",
]


def default_policy_text() -> str:
    """The default policy written by ``baomi init`` (``$BAOMI_HOME/policy.yaml``)."""
    return (
        resources.files("baomi.policy")
        .joinpath("data", "default-policy.yaml")
        .read_text(encoding="utf-8")
    )
