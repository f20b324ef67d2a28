"""AEAD recipes: AES-256-GCM (default) and SM4-GCM (national cryptography), via ``cryptography``.

Both take a 96-bit random nonce and return ciphertext with a 128-bit tag appended. AES-256-GCM uses
the ``AESGCM`` object (built once per key: rebuilding it costs more than the encryption). SM4-GCM
has no one-shot AEAD class in ``cryptography``, so it goes through the ``Cipher`` API with
``modes.GCM``, which is slower (see benchmarks/vault_bench.py). Any failure to decrypt -- wrong key,
changed byte, wrong associated data -- raises the one opaque ``DecryptionError``.
"""

from __future__ import annotations

import os
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from baomi.crypto.secret import Secret
from baomi.errors import BaomiError

__all__ = [
    "AES_256_GCM",
    "ALGORITHMS",
    "NONCE_BYTES",
    "SM4_GCM",
    "TAG_BYTES",
    "Aead",
    "DecryptionError",
    "aead_for",
    "key_bytes",
]

NONCE_BYTES = 12
TAG_BYTES = 16
AES_256_GCM = 1
SM4_GCM = 2
ALGORITHMS = {"aes-256-gcm": AES_256_GCM, "sm4-gcm": SM4_GCM}
_KEY_BYTES = {AES_256_GCM: 32, SM4_GCM: 16}


class DecryptionError(BaomiError):
    """Decryption failed. Deliberately says nothing about why (key, data or context)."""

    def __init__(self, message: str = "decryption failed"):
        super().__init__(message)


class Aead(Protocol):
    algorithm: int

    def encrypt(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes: ...

    def decrypt(self, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes: ...


class _AesGcm:
    algorithm = AES_256_GCM
    __slots__ = ("_aead",)

    def __init__(self, key: Secret):
        self._aead = AESGCM(key.reveal())

    def encrypt(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
        return self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
        try:
            return self._aead.decrypt(nonce, ciphertext, aad)
        except (InvalidTag, ValueError):
            raise DecryptionError() from None

    def __repr__(self) -> str:
        return "AES-256-GCM(key hidden)"


class _Sm4Gcm:
    algorithm = SM4_GCM
    __slots__ = ("_key",)

    def __init__(self, key: Secret):
        self._key = algorithms.SM4(key.reveal())

    def encrypt(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
        enc = Cipher(self._key, modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(aad)
        return enc.update(plaintext) + enc.finalize() + enc.tag

    def decrypt(self, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
        if len(ciphertext) < TAG_BYTES:
            raise DecryptionError()
        body, tag = ciphertext[:-TAG_BYTES], ciphertext[-TAG_BYTES:]
        try:
            dec = Cipher(self._key, modes.GCM(nonce, tag)).decryptor()
            dec.authenticate_additional_data(aad)
            return dec.update(body) + dec.finalize()
        except (InvalidTag, ValueError):
            raise DecryptionError() from None

    def __repr__(self) -> str:
        return "SM4-GCM(key hidden)"


def key_bytes(algorithm: int) -> int:
    """Key length for an algorithm id (32 for AES-256, 16 for SM4)."""
    try:
        return _KEY_BYTES[algorithm]
    except KeyError:
        raise DecryptionError() from None


def aead_for(algorithm: int, key: Secret) -> Aead:
    """The AEAD for an algorithm id, keyed; a key of the wrong length is refused."""
    if len(key) != key_bytes(algorithm):
        raise ValueError("key length does not match the algorithm")
    return _AesGcm(key) if algorithm == AES_256_GCM else _Sm4Gcm(key)


def random_key(algorithm: int) -> Secret:
    return Secret(os.urandom(key_bytes(algorithm)))


__all__ += ["random_key"]
