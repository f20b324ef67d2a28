"""Vault errors. They name the customer id (an internal number, never personal data: ``vault
import`` refuses a key column that holds personal information) and the field, never a value."""

from __future__ import annotations

from baomi.errors import BaomiError

__all__ = [
    "CustomerErasedError",
    "CustomerNotFoundError",
    "FieldIntegrityError",
    "RefusedFieldError",
    "VaultError",
]


class VaultError(BaomiError):
    """Root of the vault's errors."""


class FieldIntegrityError(VaultError):
    """A stored ciphertext failed its integrity check: changed, moved or relabelled."""

    def __init__(self, customer_id: str, field: str):
        super().__init__(
            f"customer {customer_id!r}, field {field!r}: integrity check failed "
            "(the stored value was changed, moved from another record or field, or its key is gone)"
        )
        self.customer_id = customer_id
        self.field = field


class CustomerNotFoundError(VaultError):
    def __init__(self, customer_id: str):
        super().__init__(f"no customer {customer_id!r} in the vault")


class CustomerErasedError(VaultError):
    def __init__(self, customer_id: str):
        super().__init__(f"customer {customer_id!r} was erased (crypto-shredded)")


class RefusedFieldError(VaultError):
    def __init__(self, field: str, type_id: str):
        super().__init__(
            f"field {field!r} holds {type_id}, C3 authentication data: it is not stored; declare "
            "it a credential to keep only a salted slow hash"
        )
