"""De-identification: operators, profiles and applying them to detected text.

Operators (one module each): ``mask``, ``redact``, ``replace``, ``pseudonymize`` (keyed HMAC,
optionally format-preserving), ``encrypt_fpe`` (FF3-1, reversible), ``generalize``, ``keep``.
A ``Profile`` maps entity types (and table columns) to operators; ``Protector`` is a profile
compiled with its key. File and table formats live in ``baomi.tables``.
"""

from baomi.protect.anonymize import anonymize
from baomi.protect.base import Keep, Operator
from baomi.protect.fpe import FPE_TYPES, EncryptFpe, FpeError
from baomi.protect.generalize import Generalize
from baomi.protect.keys import ProtectionKey, create_key_file, load_protection_key
from baomi.protect.mask import DEFAULT_MASKS, Mask, MaskOperator, mask_default
from baomi.protect.profiles import (
    BUILTIN_PROFILES,
    OPERATOR_NAMES,
    Profile,
    Protector,
    load_profile,
)
from baomi.protect.pseudonymize import Pseudonymize
from baomi.protect.redact import Redact
from baomi.protect.replace import Replace

__all__ = [
    "BUILTIN_PROFILES",
    "DEFAULT_MASKS",
    "FPE_TYPES",
    "OPERATOR_NAMES",
    "EncryptFpe",
    "FpeError",
    "Generalize",
    "Keep",
    "Mask",
    "MaskOperator",
    "Operator",
    "Profile",
    "ProtectionKey",
    "Protector",
    "Pseudonymize",
    "Redact",
    "Replace",
    "anonymize",
    "create_key_file",
    "load_profile",
    "load_protection_key",
    "mask_default",
]
