"""Credentials (a password a customer set, a PIN): kept only as salted scrypt hashes.

JR/T 0171 treats authentication data as C3: never stored in clear or reversibly. scrypt through
``cryptography`` (memory-hard, 2^14 x 8: 16 MiB per check), with a per-value random salt;
checking compares in constant time.
"""

from __future__ import annotations

import hmac
import os
import struct

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

__all__ = ["hash_credential", "verify_credential"]

_N, _R, _P = 2**14, 8, 1
_HEADER = struct.Struct(">BIBB")  # format, n, r, p


def _kdf(salt: bytes, n: int, r: int, p: int) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p)


def hash_credential(value: str) -> bytes:
    salt = os.urandom(16)
    return _HEADER.pack(1, _N, _R, _P) + salt + _kdf(salt, _N, _R, _P).derive(value.encode())


def verify_credential(stored: bytes, candidate: str) -> bool:
    try:
        fmt, n, r, p = _HEADER.unpack_from(stored)
    except struct.error:
        return False
    if fmt != 1:
        return False
    salt, digest = stored[_HEADER.size : _HEADER.size + 16], stored[_HEADER.size + 16 :]
    computed = _kdf(salt, n, r, p).derive(candidate.encode())
    return hmac.compare_digest(computed, digest)
