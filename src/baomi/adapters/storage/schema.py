"""Tables. Values are stored only as envelopes (``baomi.crypto.envelope``) or keyed digests."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = [
    "DATA",
    "KEYSTORE",
    "actors",
    "audit_checkpoints",
    "audit_events",
    "blind_index",
    "customers",
    "deks",
    "fields",
    "policy_versions",
    "relationships",
    "settings",
    "tombstones",
]

DATA = MetaData()
KEYSTORE = MetaData()

customers = Table(
    "vault_customers",
    DATA,
    Column("id", String(128), primary_key=True),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)
fields = Table(
    "vault_fields",
    DATA,
    Column("customer_id", String(128), primary_key=True),
    Column("name", String(128), primary_key=True),
    Column("type_id", String(64), nullable=True),
    Column("kind", String(16), nullable=False),  # encrypted | credential
    Column("dek_version", Integer, nullable=False),
    Column("envelope", LargeBinary, nullable=False),
)
blind_index = Table(
    "vault_blind_index",
    DATA,
    Column("field", String(128), primary_key=True),
    Column("customer_id", String(128), primary_key=True),
    Column("digest", LargeBinary, nullable=False),
    Index("ix_vault_blind_index_lookup", "field", "digest"),
)
tombstones = Table(
    "vault_tombstones",
    DATA,
    Column("customer_id", String(128), primary_key=True),
    Column("state", String(16), nullable=False),  # erasing | erased
    Column("erased_at", String(32), nullable=False),
    Column("reason", String(500), nullable=False),
    Column("fields_erased", Integer, nullable=False),
)
deks = Table(
    "keystore_deks",
    KEYSTORE,
    Column("customer_id", String(128), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("kek_version", Integer, nullable=False, index=True),
    Column("wrapped", LargeBinary, nullable=False),
    Column("created_at", String(32), nullable=False),
)
settings = Table(
    "keystore_settings",
    KEYSTORE,
    Column("key", String(64), primary_key=True),
    Column("value", LargeBinary, nullable=False),
)

# An event is its canonical body (JSON, byte for byte what the hash covers); migration
# data_0007 indexes the actor and customer_ref inside it.
audit_events = Table(
    "audit_events",
    DATA,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("body", Text, nullable=False),
    Column("prev_hash", LargeBinary, nullable=False),
    Column("hash", LargeBinary, nullable=False),
)
audit_checkpoints = Table(
    "audit_checkpoints",
    KEYSTORE,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("head", LargeBinary, nullable=False),
    Column("time", String(40), nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("kind", String(16), nullable=False, server_default="checkpoint"),
)
actors = Table(
    "actors",
    DATA,
    Column("id", String(128), primary_key=True),
    Column("role", String(64), nullable=False),
    Column("department", String(128), nullable=False),
    Column("created_at", String(40), nullable=False),
)
relationships = Table(
    "relationships",
    DATA,
    Column("actor_id", String(128), primary_key=True),
    Column("customer_ref", String(64), primary_key=True),
    Column("created_at", String(40), nullable=False),
)
alerts = Table(
    "alerts",
    DATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule", String(64), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("summary", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("dedup_key", String(256), nullable=False, unique=True),
    Column("raised_at", String(40), nullable=False),
    Column("state", String(16), nullable=False),
    Column("note", Text, nullable=False),
)
monitor_state = Table(
    "monitor_state",
    DATA,
    Column("key", String(64), primary_key=True),
    Column("value", String(64), nullable=False),
)
approvals = Table(
    "approvals",
    DATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("requester", String(128), nullable=False),
    Column("purpose", String(64), nullable=False),
    Column("customers", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("state", String(16), nullable=False),
    Column("approver", String(128), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("decided_at", String(40), nullable=False),
)
# Every policy text that has been in force. Its digest is also in the policy.change audit event
# at audit_seq, so the chain vouches for the text kept here.
policy_versions = Table(
    "policy_versions",
    DATA,
    Column("digest", String(64), primary_key=True),
    Column("version", String(64), nullable=False),
    Column("audit_seq", BigInteger, nullable=False),
    Column("recorded_at", String(40), nullable=False),
    Column("text", Text, nullable=False),
)
