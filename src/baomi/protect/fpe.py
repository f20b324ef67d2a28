"""The ``encrypt_fpe`` operator: reversible format-preserving encryption (NIST FF3-1).

FF3-1 itself comes from the maintained ``ff3`` package (Mysto, MIT; checked here against NIST's
ACVP vectors). What is written here is only the mapping of each identifier onto a digit string
FF3-1 can encrypt and back, so that the result is again a *valid* identifier:

- resident ID: the region stays; birth date and sequence are encoded as ``DDDDDSSS`` (days since
  1900-01-01, sequence) and encrypted with cycle walking until the day lies in 1900-2099, so the
  result has a real date; the check character is recomputed.
- bank card and IMEI: the issuer prefix (6) / type allocation code (8) stays, the middle is
  encrypted and the Luhn digit recomputed.
- mobile: the segment stays, the last 8 digits are encrypted; landline: the area code stays and
  the number is encrypted with cycle walking until it starts with 2-9.
- bank account, passport and permit numbers: the digits are encrypted, letters stay.

Each type has its own FF3-1 tweak, so equal digits of two types encrypt differently. FF3-1 needs
at least 6 digits; a value with fewer is refused with ``FpeError`` rather than weakly encrypted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from hashlib import sha256
from typing import ClassVar

from ff3 import FF3Cipher  # type: ignore[import-untyped]

from baomi.detect.checksums import gb11643_check_char, luhn_check_digit
from baomi.errors import BaomiError
from baomi.protect.base import Operator
from baomi.protect.keys import ProtectionKey
from baomi.protect.mask import mask_default
from baomi.protect.synth import reshape, significant

__all__ = ["FPE_TYPES", "DecryptFpe", "EncryptFpe", "FpeError"]

_EPOCH = date(1900, 1, 1)
# Birth dates map onto days 1900-01-01 .. 2025-12-31. The range is part of the cipher's domain,
# so it is fixed forever (a later end would give different ciphertexts); it ends in the past so
# an encrypted ID never has a future birth date. IDs of people born later are masked instead.
_DAYS = (date(2026, 1, 1) - _EPOCH).days
_DAYS_LEGACY = (date(2000, 1, 1) - _EPOCH).days  # 15-digit IDs: 19YY only
_MIN_DIGITS = 6


class FpeError(BaomiError):
    """A value cannot be format-preservingly encrypted or decrypted (the message names the type
    and the rule, never the value)."""


def _tweak(type_id: str) -> str:
    return sha256(b"baomi/fpe/" + type_id.encode()).digest()[:7].hex()  # 56 bits: FF3-1


Codec = Callable[[FF3Cipher, str, bool], str]


def _cycle(
    cipher: FF3Cipher, digits: str, decrypt: bool, ok: Callable[[str], bool], type_id: str
) -> str:
    """Cycle walking: apply FF3-1 until the result lies in the valid subset (a bijection on it)."""
    step = cipher.decrypt if decrypt else cipher.encrypt
    out: str = step(digits)
    for _ in range(10_000):  # the valid share is >= 36% for every use here
        if ok(out):
            return out
        out = step(out)
    raise FpeError(f"{type_id}: cycle walking did not converge")


def _digits_part(type_id: str, digits: str) -> None:
    if len(digits) < _MIN_DIGITS:
        raise FpeError(f"{type_id}: FF3-1 needs at least {_MIN_DIGITS} digits to encrypt")


def _resident_id(cipher: FF3Cipher, value: str, decrypt: bool) -> str:
    sig = significant(value).upper()
    legacy = len(sig) == 15
    if len(sig) not in (15, 18) or not sig[: 17 if not legacy else 15].isdigit():
        raise FpeError("CN_RESIDENT_ID: not an 18- or 15-character resident ID")
    try:
        born = (
            date(1900 + int(sig[6:8]), int(sig[8:10]), int(sig[10:12]))
            if legacy
            else date(int(sig[6:10]), int(sig[10:12]), int(sig[12:14]))
        )
    except ValueError:
        raise FpeError("CN_RESIDENT_ID: the birth date is not a real date") from None
    span = _DAYS_LEGACY if legacy else _DAYS
    day = (born - _EPOCH).days
    if not 0 <= day < span:
        raise FpeError("CN_RESIDENT_ID: birth date outside the supported years")
    seq = sig[12:15] if legacy else sig[14:17]
    out = _cycle(cipher, f"{day:05d}{seq}", decrypt, lambda d: int(d[:5]) < span, "CN_RESIDENT_ID")
    new_born = _EPOCH + timedelta(days=int(out[:5]))
    if legacy:
        return reshape(value, sig[:6] + new_born.strftime("%y%m%d") + out[5:])
    first17 = sig[:6] + new_born.strftime("%Y%m%d") + out[5:]
    return reshape(value, first17 + _carry_check(sig, first17, _MOD11, gb11643_check_char))


_MOD11 = "10X98765432"


def _carry_check(original: str, new_body: str, alphabet: str, check: Callable[[str], str]) -> str:
    """The new check character, off from the correct one by as much as the original was: a valid
    value encrypts to a valid value, and an invalid one still decrypts to exactly itself."""
    body, given = original[:-1], original[-1].upper()
    if given not in alphabet:
        raise FpeError("check character is not in the expected alphabet")
    offset = alphabet.index(given) - alphabet.index(check(body))
    return alphabet[(alphabet.index(check(new_body)) + offset) % len(alphabet)]


def _luhn_middle(keep: int, type_id: str) -> Codec:
    def codec(cipher: FF3Cipher, value: str, decrypt: bool) -> str:
        sig = significant(value)
        middle = sig[keep:-1]
        _digits_part(type_id, middle)
        step = cipher.decrypt if decrypt else cipher.encrypt
        body = sig[:keep] + step(middle)
        return reshape(value, body + _carry_check(sig, body, "0123456789", luhn_check_digit))

    return codec


def _mobile(cipher: FF3Cipher, value: str, decrypt: bool) -> str:
    digits_at = [i for i, c in enumerate(value) if c.isdigit()]
    national = digits_at[-11:]
    if len(national) != 11:
        raise FpeError("CN_MOBILE: not an 11-digit mobile number")
    tail = "".join(value[i] for i in national[3:])
    step = cipher.decrypt if decrypt else cipher.encrypt
    new = step(tail)
    chars = list(value)
    for i, c in zip(national[3:], new, strict=True):
        chars[i] = c
    return "".join(chars)


def _landline(cipher: FF3Cipher, value: str, decrypt: bool) -> str:
    sig = significant(value)
    area = 3 if sig[:2] in ("01", "02") else 4
    local = sig[area:]
    _digits_part("CN_LANDLINE", local)
    out = _cycle(cipher, local, decrypt, lambda d: d[0] in "23456789", "CN_LANDLINE")
    return reshape(value, sig[:area] + out)


def _all_digits(type_id: str) -> Codec:
    def codec(cipher: FF3Cipher, value: str, decrypt: bool) -> str:
        digits = "".join(c for c in value if c.isdigit())
        _digits_part(type_id, digits)
        step = cipher.decrypt if decrypt else cipher.encrypt
        it = iter(step(digits))
        return "".join(next(it) if c.isdigit() else c for c in value)

    return codec


_CODECS: dict[str, Codec] = {
    "CN_RESIDENT_ID": _resident_id,
    "BANK_CARD": _luhn_middle(6, "BANK_CARD"),
    "IMEI": _luhn_middle(8, "IMEI"),
    "CN_MOBILE": _mobile,
    "CN_LANDLINE": _landline,
    "BANK_ACCOUNT": _all_digits("BANK_ACCOUNT"),
    "CN_PASSPORT": _all_digits("CN_PASSPORT"),
    "CN_HMT_PERMIT": _all_digits("CN_HMT_PERMIT"),
}
FPE_TYPES = frozenset(_CODECS)


@dataclass(frozen=True)
class EncryptFpe(Operator):
    """FF3-1 under a subkey of the protection key; ``decrypt`` reverses ``__call__``."""

    key: ProtectionKey = field(repr=False)
    strict: bool = True
    fallbacks: Counter[str] = field(default_factory=Counter, repr=False, compare=False)
    _ciphers: dict[str, FF3Cipher] = field(init=False, repr=False, compare=False)

    name: ClassVar[str] = "encrypt_fpe"

    @property
    def realistic(self) -> bool:
        return True

    def __post_init__(self) -> None:
        subkey = self.key.subkey("fpe-ff3-1").hex()
        ciphers = {t: FF3Cipher(subkey, _tweak(t)) for t in _CODECS}
        object.__setattr__(self, "_ciphers", ciphers)

    def __call__(self, type_id: str, value: str) -> str:
        """Encrypt; when not ``strict``, a value FF3-1 cannot take (too few digits, not the
        expected form) gets its display mask instead -- fail closed -- and is counted in
        ``fallbacks``, since it can then not be unmasked."""
        try:
            return self._apply(type_id, value, decrypt=False)
        except FpeError:
            if self.strict:
                raise
            self.fallbacks[type_id] += 1
            return mask_default(type_id, value)

    def decrypt(self, type_id: str, value: str) -> str:
        return self._apply(type_id, value, decrypt=True)

    def _apply(self, type_id: str, value: str, *, decrypt: bool) -> str:
        codec = _CODECS.get(type_id)
        if codec is None:
            raise FpeError(f"encrypt_fpe does not support {type_id}")
        try:
            return codec(self._ciphers[type_id], value, decrypt)
        except (ValueError, IndexError):
            raise FpeError(f"{type_id}: value does not have the expected form") from None


@dataclass(frozen=True)
class DecryptFpe(Operator):
    """The inverse operator, for ``baomi unmask``. A value that does not decrypt (it was masked
    instead, or never encrypted) is left as it is and counted in ``failures``."""

    fpe: EncryptFpe
    failures: Counter[str] = field(default_factory=Counter, repr=False, compare=False)

    name: ClassVar[str] = "decrypt_fpe"

    def __call__(self, type_id: str, value: str) -> str:
        try:
            return self.fpe.decrypt(type_id, value)
        except FpeError:
            self.failures[type_id] += 1
            return value
