"""Blind indexes: exact lookup of an encrypted field without decrypting the table.

The digest is HMAC-SHA256 (or HMAC-SM3) under its own key, over the field name and the value
normalized as for pseudonyms (an ID upper-case, phone and card numbers as digits only), truncated
to ``size`` bytes.

What it leaks: equal values have equal digests, so whoever reads the index table learns which
customers share a value (two accounts with one phone number) and how often values repeat, though
not the values themselves (the key is needed to test a guess). Truncation trades false matches for
less certainty: with 16 bytes (the default) a collision never happens in practice; with 4 bytes
(2^32 digests) a table of a million customers has about 1 in 4,000 lookups returning an extra
candidate, and each digest fits ~several thousand values an attacker would have to tell apart.
The vault confirms candidates by decrypting, so truncation never returns a wrong customer.
"""

from __future__ import annotations

from typing import Literal

from cryptography.hazmat.primitives import hashes, hmac

from baomi.crypto.secret import Secret
from baomi.protect.pseudonymize import normalize

__all__ = ["BlindIndex"]


class BlindIndex:
    def __init__(self, key: Secret, algorithm: Literal["sha256", "sm3"] = "sha256", size: int = 16):
        if not 4 <= size <= 32:
            raise ValueError("a blind index keeps between 4 and 32 bytes")
        self.key = key
        self.algorithm = algorithm
        self._hash = hashes.SM3 if algorithm == "sm3" else hashes.SHA256
        self.size = size

    @staticmethod
    def normalize(type_id: str | None, value: str) -> str:
        return normalize(type_id or "", value)

    def digest(self, field: str, type_id: str | None, value: str) -> bytes:
        h = hmac.HMAC(self.key.reveal(), self._hash())
        h.update(field.encode() + b"\x1f" + self.normalize(type_id, value).encode())
        return h.finalize()[: self.size]

    def __repr__(self) -> str:
        return f"BlindIndex(size={self.size}, key hidden)"
