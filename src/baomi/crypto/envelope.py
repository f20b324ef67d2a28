"""The ciphertext envelope: versioned and self-describing, so a value says how to open it.

Layout (bytes): ``0xB1`` magic+version | algorithm id (1) | key version (4, big-endian) |
nonce (12) | ciphertext with tag. The associated data binds the record id, the field name and the
key version (length-prefixed, so ``("ab", "c")`` and ``("a", "bc")`` differ), and the header itself
is authenticated with it; a ciphertext moved to another record or field, or relabelled with another
algorithm or key version, fails to decrypt.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Sequence

from baomi.crypto.aead import NONCE_BYTES, TAG_BYTES, Aead, DecryptionError

__all__ = ["HEADER_BYTES", "Envelope", "associated_data", "open_envelope", "seal", "seal_many"]

_MAGIC = 0xB1
_HEADER = struct.Struct(">BBI")
HEADER_BYTES = _HEADER.size + NONCE_BYTES


def associated_data(record_id: str, field: str, key_version: int) -> bytes:
    r, f = record_id.encode(), field.encode()
    return (
        struct.pack(">I", len(r))
        + r
        + struct.pack(">I", len(f))
        + f
        + struct.pack(">I", key_version)
    )


class Envelope:
    """The parsed header of an envelope (no decryption)."""

    __slots__ = ("algorithm", "body", "key_version", "nonce")

    def __init__(self, blob: bytes):
        if len(blob) < HEADER_BYTES + TAG_BYTES or blob[0] != _MAGIC:
            raise DecryptionError()
        _, self.algorithm, self.key_version = _HEADER.unpack_from(blob)
        self.nonce = blob[_HEADER.size : HEADER_BYTES]
        self.body = blob[HEADER_BYTES:]


def seal(aead: Aead, key_version: int, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    head = _HEADER.pack(_MAGIC, aead.algorithm, key_version)
    return head + nonce + aead.encrypt(nonce, plaintext, head + aad)


def seal_many(aead: Aead, key_version: int, items: Sequence[tuple[bytes, bytes]]) -> list[bytes]:
    """Seal (plaintext, aad) pairs under one key; nonces are drawn in one call (cheaper)."""
    head = _HEADER.pack(_MAGIC, aead.algorithm, key_version)
    nonces = os.urandom(NONCE_BYTES * len(items))
    out = []
    enc = aead.encrypt
    for i, (pt, aad) in enumerate(items):
        nonce = nonces[i * NONCE_BYTES : (i + 1) * NONCE_BYTES]
        out.append(head + nonce + enc(nonce, pt, head + aad))
    return out


def open_envelope(aead: Aead, blob: bytes, aad: bytes) -> bytes:
    env = Envelope(blob)
    if env.algorithm != aead.algorithm:
        raise DecryptionError()
    return aead.decrypt(env.nonce, env.body, blob[: _HEADER.size] + aad)
