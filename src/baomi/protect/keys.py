"""The secret behind keyed pseudonyms and format-preserving encryption.

One 256-bit protection key per deployment, from (in this order) a key file named by the caller,
the ``BAOMI_PROTECT_KEY`` environment variable (64 hex digits) or ``$BAOMI_HOME/protect.key``.
Never from a command-line argument: arguments land in shell history and process lists. Each use
gets its own subkey through HKDF, so an HMAC pseudonym never reveals anything about the FPE key.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from baomi.errors import ConfigError

__all__ = [
    "ENV_KEY",
    "KEY_FILE_NAME",
    "ProtectionKey",
    "create_key_file",
    "default_key_path",
    "load_protection_key",
]

ENV_KEY = "BAOMI_PROTECT_KEY"
KEY_FILE_NAME = "protect.key"
_KIND = "baomi-protect-key"


@dataclass(frozen=True)
class ProtectionKey:
    """A 32-byte secret. Its repr names only a fingerprint, never the bytes."""

    material: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.material) != 32:
            raise ConfigError("a protection key must be exactly 32 bytes (256 bits)")

    @classmethod
    def generate(cls) -> ProtectionKey:
        return cls(secrets.token_bytes(32))

    def subkey(self, purpose: str, length: int = 32) -> bytes:
        """A key for one purpose (``hmac-sha256``, ``fpe-ff3-1`` ...), independent of the others."""
        return HKDF(
            algorithm=hashes.SHA256(),
            length=length,
            salt=None,
            info=b"baomi/protect/" + purpose.encode(),
        ).derive(self.material)

    @property
    def fingerprint(self) -> str:
        """Identifies the key in reports without revealing it (first 8 hex of a subkey)."""
        return self.subkey("fingerprint", 4).hex()

    def __repr__(self) -> str:
        return f"ProtectionKey(fingerprint={self.fingerprint})"


def default_key_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get("BAOMI_HOME", ".baomi")) / KEY_FILE_NAME


def create_key_file(path: Path) -> ProtectionKey:
    """Write a new random key to ``path`` (mode 0600). Refuses to overwrite: losing a key makes
    every pseudonym unlinkable and every FPE value unrecoverable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = ProtectionKey.generate()
    body = json.dumps({"kind": _KIND, "version": 1, "key": key.material.hex()}) + "\n"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ConfigError(f"key file {path} already exists; refusing to overwrite it") from None
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(body)
        f.flush()
        os.fsync(f.fileno())
    return key


def _read_key_file(path: Path) -> ProtectionKey:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ConfigError(
            f"key file {path} not found; create one with `baomi keygen {path}`"
        ) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"key file {path} is readable by other users; run `chmod 600 {path}` first"
        )
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("kind") != _KIND or doc.get("version") != 1:
            raise ValueError
        return ProtectionKey(bytes.fromhex(doc["key"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ConfigError(f"key file {path} is not a baomi protection key") from None


def load_protection_key(
    path: Path | None = None, env: Mapping[str, str] | None = None
) -> ProtectionKey:
    """The protection key from ``path``, else ``BAOMI_PROTECT_KEY``, else the default key file."""
    env = os.environ if env is None else env
    if path is not None:
        return _read_key_file(path)
    if ENV_KEY in env:
        try:
            return ProtectionKey(bytes.fromhex(env[ENV_KEY].strip()))
        except ValueError:
            raise ConfigError(f"{ENV_KEY} must hold 64 hex digits (a 256-bit key)") from None
    return _read_key_file(default_key_path(env))
