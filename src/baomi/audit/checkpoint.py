"""Signed checkpoints: the chain head, the event count and the time, signed with Ed25519.

The chain alone cannot show that its tail was cut off (a shorter chain is still a valid chain).
A checkpoint is written to a different database (the keystore) from the events, signed with a key
that the audit writer holds, so truncating or rewriting the log behind a checkpoint is detected:
the event a checkpoint names must exist and carry the signed hash.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from baomi.errors import ConfigError

__all__ = ["Checkpoint", "CheckpointSigner", "create_signing_key", "load_signer"]

_CONTEXT = b"baomi/audit-checkpoint/v1|"


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head: bytes
    time: str
    signature: bytes
    kind: str = "checkpoint"  # or "cut": where a retention prune cut the chain

    def message(self) -> bytes:
        tail = "" if self.kind == "checkpoint" else f"|{self.kind}"
        return _CONTEXT + f"{self.seq}|{self.head.hex()}|{self.time}{tail}".encode()


class CheckpointSigner:
    """Signs checkpoints; verifies them with the public key alone (supervisors need no secret)."""

    def __init__(self, public: Ed25519PublicKey, private: Ed25519PrivateKey | None = None):
        self.public = public
        self._private = private

    def sign(self, seq: int, head: bytes, time: str, kind: str = "checkpoint") -> Checkpoint:
        if self._private is None:
            raise ConfigError("this process holds no audit signing key")
        unsigned = Checkpoint(seq, head, time, b"", kind)
        return Checkpoint(seq, head, time, self._private.sign(unsigned.message()), kind)

    def valid(self, cp: Checkpoint) -> bool:
        try:
            self.public.verify(cp.signature, cp.message())
        except InvalidSignature:
            return False
        return True

    def __repr__(self) -> str:
        return f"CheckpointSigner(can_sign={self._private is not None})"


def create_signing_key(path: Path) -> CheckpointSigner:
    """A new Ed25519 key at ``path`` (PEM, 0600) and its public half at ``path.pub``."""
    if path.exists():
        return load_signer(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    pub = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    path.with_suffix(".pub").write_bytes(pub)
    return CheckpointSigner(key.public_key(), key)


def load_signer(path: Path) -> CheckpointSigner:
    """The signer from a private key file, or a verify-only one from the ``.pub`` file."""
    try:
        if path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(key, Ed25519PrivateKey):
                raise ValueError
            return CheckpointSigner(key.public_key(), key)
        pub = serialization.load_pem_public_key(path.with_suffix(".pub").read_bytes())
        if not isinstance(pub, Ed25519PublicKey):
            raise ValueError
        return CheckpointSigner(pub)
    except (OSError, ValueError):
        raise ConfigError(f"no usable audit signing key at {path}; run `baomi init`") from None
