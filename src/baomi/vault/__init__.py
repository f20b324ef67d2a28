"""The vault: field encryption, blind indexes, crypto-shredding, key rotation (see ``service``)."""

from baomi.vault.blind import BlindIndex
from baomi.vault.errors import (
    CustomerErasedError,
    CustomerNotFoundError,
    FieldIntegrityError,
    RefusedFieldError,
    VaultError,
)
from baomi.vault.ports import DekRow, FieldRow, IndexRow, Tombstone, VaultStore
from baomi.vault.service import INDEXED_TYPES, PutResult, Vault

__all__ = [
    "INDEXED_TYPES",
    "BlindIndex",
    "CustomerErasedError",
    "CustomerNotFoundError",
    "DekRow",
    "FieldIntegrityError",
    "FieldRow",
    "IndexRow",
    "PutResult",
    "RefusedFieldError",
    "Tombstone",
    "Vault",
    "VaultError",
    "VaultStore",
]
