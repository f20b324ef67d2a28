"""The tamper-evident audit log: hash-chained events, signed checkpoints, verification."""

from baomi.audit.chain import GENESIS, AuditEvent, ChainBreak, canonical, link, verify_chain
from baomi.audit.checkpoint import Checkpoint, CheckpointSigner, create_signing_key, load_signer
from baomi.audit.log import AuditLog, Verification
from baomi.audit.ports import AuditStore

__all__ = [
    "GENESIS",
    "AuditEvent",
    "AuditLog",
    "AuditStore",
    "ChainBreak",
    "Checkpoint",
    "CheckpointSigner",
    "Verification",
    "canonical",
    "create_signing_key",
    "link",
    "load_signer",
    "verify_chain",
]
