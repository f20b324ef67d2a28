"""Key providers: where the master keys (KEKs) live. A small port, so a cloud KMS, HashiCorp
Vault or an HSM adapter can follow the ones here.

A provider never hands out a KEK: it wraps and unwraps data keys (DEKs) under a KEK version. KEK
versions are ``active`` (used for new wraps; exactly one), ``decrypt-only`` (older: unwrap only,
until ``baomi keys rewrap`` has moved every DEK off them) or ``retired`` (gone).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from baomi.crypto.aead import AES_256_GCM, NONCE_BYTES, Aead, aead_for, key_bytes
from baomi.crypto.secret import Secret
from baomi.errors import BaomiError, ConfigError

__all__ = [
    "EnvKeyProvider",
    "KekInfo",
    "KeyProvider",
    "KeyProviderError",
    "SoftwareKeks",
    "unwrap_with",
    "wrap_with",
]

KekState = Literal["active", "decrypt-only", "retired"]


class KeyProviderError(BaomiError):
    """A key provider cannot do what was asked (unknown or retired version, read-only source)."""


@dataclass(frozen=True)
class KekInfo:
    version: int
    state: KekState
    created: str


class KeyProvider(Protocol):
    """The port: wrap and unwrap DEKs under versioned KEKs; rotate and retire versions."""

    name: str
    algorithm: int

    def versions(self) -> list[KekInfo]: ...

    def active_version(self) -> int: ...

    def wrap(self, version: int, dek: Secret, aad: bytes) -> bytes: ...

    def unwrap(self, version: int, wrapped: bytes, aad: bytes) -> Secret: ...

    def rotate(self) -> int: ...

    def retire(self, version: int) -> None: ...


def _kek_aead(algorithm: int, kek: Secret) -> Aead:
    """The AEAD for a KEK, built once per key: building it costs more than a wrap."""
    cached = _KEK_AEADS.get((algorithm, id(kek)))
    if cached is None or cached[0] is not kek:
        cached = (kek, aead_for(algorithm, kek))
        _KEK_AEADS[(algorithm, id(kek))] = cached
    return cached[1]


_KEK_AEADS: dict[tuple[int, int], tuple[Secret, Aead]] = {}


def wrap_with(algorithm: int, kek: Secret, dek: Secret, aad: bytes) -> bytes:
    """AEAD-wrap a DEK under a KEK held in memory: nonce | ciphertext+tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + _kek_aead(algorithm, kek).encrypt(nonce, dek.reveal(), aad)


def unwrap_with(algorithm: int, kek: Secret, wrapped: bytes, aad: bytes) -> Secret:
    aead = _kek_aead(algorithm, kek)
    return Secret(aead.decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], aad))


class SoftwareKeks:
    """What a provider holding its KEKs in this process's memory shares: wrapping and
    unwrapping in software, and one error for a version it does not hold."""

    algorithm: int
    _keys: dict[int, Secret]
    _missing = "KEK version {version} is unknown"  # the message, per provider

    def _kek(self, version: int) -> Secret:
        try:
            return self._keys[version]
        except KeyError:
            raise KeyProviderError(self._missing.format(version=version)) from None

    def wrap(self, version: int, dek: Secret, aad: bytes) -> bytes:
        return wrap_with(self.algorithm, self._kek(version), dek, aad)

    def unwrap(self, version: int, wrapped: bytes, aad: bytes) -> Secret:
        return unwrap_with(self.algorithm, self._kek(version), wrapped, aad)


class EnvKeyProvider(SoftwareKeks):
    """KEKs from the environment: ``BAOMI_KEK`` (version 1) or ``BAOMI_KEK_1``, ``BAOMI_KEK_2``
    ... in hex; the highest version is active. Rotation happens in whatever sets the environment
    (a secret manager), so ``rotate`` and ``retire`` refuse with a message saying so."""

    name = "env"

    _missing = "KEK version {version} is not in the environment"

    def __init__(self, env: Mapping[str, str] | None = None, algorithm: int = AES_256_GCM):
        env = os.environ if env is None else env
        self.algorithm = algorithm
        keys: dict[int, Secret] = {}
        for name, value in env.items():
            if name == "BAOMI_KEK":
                version = 1
            elif name.startswith("BAOMI_KEK_") and name[10:].isdigit():
                version = int(name[10:])
            else:
                continue
            try:
                raw = bytes.fromhex(value.strip())
            except ValueError:
                raise ConfigError(f"{name} must be hex") from None
            if len(raw) != key_bytes(algorithm):
                raise ConfigError(
                    f"{name} must hold {key_bytes(algorithm)} bytes for this algorithm"
                )
            keys[version] = Secret(raw)
        if not keys:
            raise ConfigError("no BAOMI_KEK or BAOMI_KEK_<n> in the environment")
        self._keys = keys

    def versions(self) -> list[KekInfo]:
        top = max(self._keys)
        return [
            KekInfo(v, "active" if v == top else "decrypt-only", "") for v in sorted(self._keys)
        ]

    def active_version(self) -> int:
        return max(self._keys)

    def rotate(self) -> int:
        raise KeyProviderError(
            "the env provider cannot rotate: add BAOMI_KEK_<n+1> where the environment is set"
        )

    def retire(self, version: int) -> None:
        raise KeyProviderError("the env provider cannot retire: remove the variable instead")

    def __repr__(self) -> str:
        return f"EnvKeyProvider(versions={sorted(self._keys)})"
