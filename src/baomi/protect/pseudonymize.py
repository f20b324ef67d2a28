"""The ``pseudonymize`` operator: a keyed HMAC of the value, the same for the same key everywhere.

The same customer written two ways (``138-1234-5678`` and ``+86 13812345678``; an ID with a
lower-case ``x``) gets one pseudonym, because the value is normalized per type before it is
hashed, and the type is hashed with it, so equal digits of two types do not collide.
HMAC-SHA256 by default, HMAC-SM3 where national cryptography is required, both through
``cryptography``.

Two output forms: a hex token (``length`` hex digits, 64 bits by default; join keys stay unique
at bank scale), or, with ``format_preserving``, a realistic value of the same type drawn from the
HMAC (``baomi.protect.synth``) so test systems keep working. Format-preserving pseudonyms live in
smaller spaces (a mobile has 10^8 numbers per segment), so two customers can share one; the
docs give the odds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from cryptography.hazmat.primitives import hashes, hmac

from baomi.protect.base import Operator
from baomi.protect.keys import ProtectionKey
from baomi.protect.synth import GENERATORS, Draw

__all__ = ["Pseudonymize", "hmac_digest", "normalize"]

Algorithm = Literal["sha256", "sm3"]

_NON_DIGIT = re.compile(r"\D")
_SPACE_AND_DOTS = re.compile(r"[\s·•\-]")
_DIGITS_ONLY = frozenset(
    {"CN_LANDLINE", "BANK_CARD", "BANK_ACCOUNT", "IMEI", "SMS_CODE", "CARD_CVN"}
)
_UPPER_COMPACT = frozenset(
    {
        "CN_RESIDENT_ID",
        "CN_FOREIGN_PR_ID",
        "CN_PASSPORT",
        "CN_HMT_PERMIT",
        "CN_USCC",
        "CN_LICENSE_PLATE",
        "VIN",
    }
)


def normalize(type_id: str, value: str) -> str:
    """The form of a value that is hashed: one customer, one form."""
    if type_id == "CN_MOBILE":
        digits = _NON_DIGIT.sub("", value)
        return digits[-11:]  # drops +86 / 0086 / 86
    if type_id in _DIGITS_ONLY:
        return _NON_DIGIT.sub("", value)
    if type_id in _UPPER_COMPACT:
        return _SPACE_AND_DOTS.sub("", value).upper()
    if type_id == "EMAIL":
        return value.strip().lower()
    return " ".join(value.split())


def _hash(algorithm: Algorithm) -> hashes.HashAlgorithm:
    return hashes.SM3() if algorithm == "sm3" else hashes.SHA256()


def hmac_digest(key: bytes, algorithm: Algorithm, type_id: str, value: str) -> bytes:
    """HMAC over ``type_id``, a unit separator and the normalized value."""
    h = hmac.HMAC(key, _hash(algorithm))
    h.update(type_id.encode() + b"\x1f" + normalize(type_id, value).encode())
    return h.finalize()


@dataclass(frozen=True)
class Pseudonymize(Operator):
    """Keyed, deterministic pseudonyms; ``template`` may use ``{digest}`` and ``{type}``."""

    key: ProtectionKey = field(repr=False)
    algorithm: Algorithm = "sha256"
    format_preserving: bool = False
    length: int = 16
    template: str = "{digest}"
    _subkey: bytes = field(init=False, repr=False, compare=False)

    name: ClassVar[str] = "pseudonymize"

    def __post_init__(self) -> None:
        object.__setattr__(self, "_subkey", self.key.subkey(f"hmac-{self.algorithm}"))

    @property
    def realistic(self) -> bool:
        return self.format_preserving

    def __call__(self, type_id: str, value: str) -> str:
        digest = hmac_digest(self._subkey, self.algorithm, type_id, value)
        if self.format_preserving:
            gen = GENERATORS.get(type_id)
            if gen is not None:
                return gen(value, Draw(digest))
        return self.template.format(digest=digest.hex()[: self.length], type=type_id)
