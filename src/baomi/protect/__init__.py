"""De-identification operators (mask, redact, replace, generalize) and their application.

This is the first part of the de-identification issue: the keyless operators and the spec's
display masks. Keyed pseudonyms, FPE, profiles and file formats come next.
"""

from baomi.protect.anonymize import anonymize
from baomi.protect.mask import DEFAULT_MASKS, Mask, mask_default
from baomi.protect.operators import Generalize, MaskOperator, Operator, Redact, Replace

__all__ = [
    "DEFAULT_MASKS",
    "Generalize",
    "Mask",
    "MaskOperator",
    "Operator",
    "Redact",
    "Replace",
    "anonymize",
    "mask_default",
]
