"""The texts of the policies that have been in force, in the data database.

A decision records the policy version; to review it months later a supervisor needs the rules
as they were. Each text is kept under its digest (the first 128 bits of SHA-256 of the file's
bytes, hex), which the ``policy.change`` audit event also carries: the hash chain, not this
table, is what vouches for the text.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from baomi.adapters.storage.schema import policy_versions

__all__ = ["PolicyVersion", "SqlPolicyHistory", "policy_digest"]


def policy_digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:32]


@dataclass(frozen=True)
class PolicyVersion:
    digest: str
    version: str
    audit_seq: int
    recorded_at: str
    text: str

    @property
    def intact(self) -> bool:
        """The kept text still hashes to its digest."""
        return policy_digest(self.text.encode("utf-8")) == self.digest


class SqlPolicyHistory:
    def __init__(self, data: Engine):
        self.data = data

    def __repr__(self) -> str:
        return f"SqlPolicyHistory({self.data.dialect.name})"

    def has(self, digest: str) -> bool:
        with self.data.connect() as c:
            q = select(policy_versions.c.digest).where(policy_versions.c.digest == digest)
            return c.execute(q).first() is not None

    def remember(self, v: PolicyVersion) -> None:
        """Keep a text the first time it is in force (a policy put back later keeps its first
        record: its digest is the same; so does a race between two first uses)."""
        if self.has(v.digest):
            return
        with contextlib.suppress(IntegrityError), self.data.begin() as c:
            c.execute(policy_versions.insert().values(**asdict(v)))

    def versions(self) -> list[PolicyVersion]:
        """Oldest first."""
        with self.data.connect() as c:
            rows = c.execute(select(policy_versions).order_by(policy_versions.c.audit_seq))
            return [PolicyVersion(**r._mapping) for r in rows]

    def find(self, ref: str) -> list[PolicyVersion]:
        """The versions a reference names: a version label, or a digest prefix (8+ digits)."""
        return [
            v
            for v in self.versions()
            if v.version == ref or (len(ref) >= 8 and v.digest.startswith(ref.lower()))
        ]
