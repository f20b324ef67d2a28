"""The local key-file provider: KEK versions in a JSON file created by ``baomi init`` (mode 0600).

Optionally sealed with a passphrase: each KEK is then stored AEAD-encrypted under a key derived
with scrypt (memory-hard: 2^15 x 8 x 128 bytes = 32 MiB per attempt), so a copied file is useless
without the passphrase. The passphrase comes from ``BAOMI_KEK_PASSPHRASE`` or a prompt, never
from a command-line argument. Every change is written to a temporary file and renamed, so a crash
never leaves a half-written key file.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from baomi.crypto.aead import ALGORITHMS, DecryptionError, random_key
from baomi.crypto.providers import KekInfo, KeyProviderError, SoftwareKeks, unwrap_with, wrap_with
from baomi.crypto.secret import Secret
from baomi.errors import ConfigError

__all__ = ["KEK_FILE_NAME", "LocalKeyFile"]

KEK_FILE_NAME = "kek.json"
_KIND = "baomi-kek"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_SEAL_AAD = b"baomi/kek-file/v1"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _seal_key(passphrase: bytes, salt: bytes) -> Secret:
    kdf = Scrypt(salt=salt, length=32, n=_SCRYPT["n"], r=_SCRYPT["r"], p=_SCRYPT["p"])
    return Secret(kdf.derive(passphrase))


class LocalKeyFile(SoftwareKeks):
    """KEKs in a local file. ``create`` makes a new file; the constructor opens one."""

    name = "file"

    _missing = "KEK version {version} is unknown or retired"

    def __init__(self, path: Path, passphrase: bytes | None = None):
        self.path = Path(path)
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            raise ConfigError(f"key file {self.path} not found; run `baomi init`") from None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(
                f"key file {self.path} is readable by other users; run `chmod 600 {self.path}`"
            )
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            if doc.get("kind") != _KIND or doc.get("format") != 1:
                raise ValueError
            self.algorithm = ALGORITHMS[doc["algorithm"]]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ConfigError(f"{self.path} is not a baomi key file") from None
        self._doc: dict[str, Any] = doc
        self._seal: Secret | None = None
        if doc.get("sealed"):
            if passphrase is None:
                raise ConfigError(
                    f"{self.path} is sealed: set BAOMI_KEK_PASSPHRASE or enter the passphrase"
                )
            self._seal = _seal_key(passphrase, bytes.fromhex(doc["sealed"]["salt"]))
        self._keys: dict[int, Secret] = {}
        for entry in doc["keys"]:
            if entry["state"] != "retired":
                self._keys[entry["version"]] = self._open(entry)

    @classmethod
    def create(
        cls, path: Path, algorithm: str = "aes-256-gcm", passphrase: bytes | None = None
    ) -> LocalKeyFile:
        """A new key file with KEK version 1; refuses to overwrite an existing one."""
        if algorithm not in ALGORITHMS:
            raise ConfigError(f"unknown algorithm {algorithm!r}: " + ", ".join(ALGORITHMS))
        path = Path(path)
        if path.exists():
            raise ConfigError(f"{path} already exists; refusing to overwrite keys")
        path.parent.mkdir(parents=True, exist_ok=True)
        doc: dict[str, Any] = {
            "kind": _KIND,
            "format": 1,
            "algorithm": algorithm,
            "sealed": {"kdf": "scrypt", "salt": os.urandom(16).hex(), **_SCRYPT}
            if passphrase
            else None,
            "keys": [],
        }
        seal = _seal_key(passphrase, bytes.fromhex(doc["sealed"]["salt"])) if passphrase else None
        doc["keys"].append(
            _entry(1, random_key(ALGORITHMS[algorithm]), ALGORITHMS[algorithm], seal)
        )
        _write(path, doc)
        return cls(path, passphrase)

    def _open(self, entry: dict[str, Any]) -> Secret:
        raw = bytes.fromhex(entry["key"])
        if self._seal is None:
            return Secret(raw)
        try:
            return unwrap_with(self.algorithm_for_seal, self._seal, raw, _SEAL_AAD)
        except DecryptionError:
            raise ConfigError(f"wrong passphrase for {self.path}") from None

    algorithm_for_seal = ALGORITHMS["aes-256-gcm"]  # the sealing key is always 32 bytes

    def versions(self) -> list[KekInfo]:
        return [KekInfo(e["version"], e["state"], e["created"]) for e in self._doc["keys"]]

    def active_version(self) -> int:
        return max(int(e["version"]) for e in self._doc["keys"] if e["state"] == "active")

    def rotate(self) -> int:
        """Add a new active KEK version; the previous ones become decrypt-only."""
        version = max(int(e["version"]) for e in self._doc["keys"]) + 1
        for e in self._doc["keys"]:
            if e["state"] == "active":
                e["state"] = "decrypt-only"
        key = random_key(self.algorithm)
        self._doc["keys"].append(_entry(version, key, self.algorithm, self._seal))
        _write(self.path, self._doc)
        self._keys[version] = key
        return version

    def retire(self, version: int) -> None:
        """Destroy a decrypt-only KEK (after a rewrap has moved every DEK off it)."""
        for e in self._doc["keys"]:
            if e["version"] == version:
                if e["state"] == "active":
                    raise KeyProviderError("the active KEK cannot be retired; rotate first")
                e["state"], e["key"] = "retired", ""
                _write(self.path, self._doc)
                self._keys.pop(version, None)
                return
        raise KeyProviderError(f"no KEK version {version}")

    def __repr__(self) -> str:
        return f"LocalKeyFile({self.path.name}, versions={sorted(self._keys)})"


def _entry(version: int, key: Secret, algorithm: int, seal: Secret | None) -> dict[str, Any]:
    stored = (
        wrap_with(LocalKeyFile.algorithm_for_seal, seal, key, _SEAL_AAD) if seal else key.reveal()
    )
    return {"version": version, "state": "active", "created": _now(), "key": stored.hex()}


def _write(path: Path, doc: dict[str, Any]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
