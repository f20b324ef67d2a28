"""What the vault needs from storage: a small port, implemented for SQLAlchemy in
``baomi.adapters.storage``. Rows carry envelopes and digests, never values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["DekRow", "FieldRow", "IndexRow", "Tombstone", "VaultStore"]


@dataclass(frozen=True, slots=True)
class DekRow:
    customer_id: str
    version: int
    kek_version: int
    wrapped: bytes
    created_at: str


@dataclass(frozen=True, slots=True)
class FieldRow:
    customer_id: str
    name: str
    type_id: str | None
    kind: str  # "encrypted" or "credential"
    dek_version: int
    envelope: bytes


@dataclass(frozen=True, slots=True)
class IndexRow:
    field: str
    customer_id: str
    digest: bytes


@dataclass(frozen=True, slots=True)
class Tombstone:
    customer_id: str
    state: str  # "erasing" while in progress, then "erased"
    erased_at: str
    reason: str
    fields_erased: int


class VaultStore(Protocol):
    # keystore ---------------------------------------------------------------------------------
    def get_setting(self, key: str) -> bytes | None: ...

    def set_setting(self, key: str, value: bytes) -> None: ...

    def deks_of(self, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], DekRow]: ...

    def latest_deks(self, customer_ids: Sequence[str]) -> dict[str, DekRow]: ...

    def add_deks(self, rows: Sequence[DekRow]) -> None: ...

    def delete_deks(self, customer_id: str, versions: Sequence[int] | None = None) -> int: ...

    def deks_not_on(self, kek_version: int, limit: int) -> list[DekRow]: ...

    def rewrap(self, rows: Sequence[DekRow]) -> None: ...

    def dek_counts(self) -> dict[int, int]: ...

    def customers_with_dek_before(self, created_before: str, limit: int) -> list[str]: ...

    # data -------------------------------------------------------------------------------------
    def existing_customers(self, ids: Sequence[str]) -> set[str]: ...

    def write_records(
        self,
        new: Sequence[str],
        updated: Sequence[str],
        fields: Sequence[FieldRow],
        index: Sequence[IndexRow],
        now: str,
    ) -> None: ...

    def read_fields(
        self, customer_ids: Sequence[str], names: Sequence[str] | None = None
    ) -> list[FieldRow]: ...

    def replace_fields(self, rows: Sequence[FieldRow]) -> None: ...

    def find(self, field: str, digest: bytes) -> list[str]: ...

    def tombstones(self, customer_ids: Sequence[str]) -> dict[str, Tombstone]: ...

    def begin_erase(self, tombstone: Tombstone) -> None: ...

    def finish_erase(self, customer_id: str) -> int: ...

    def field_type(self, name: str) -> tuple[bool, str | None]: ...

    def count_customers(self) -> int: ...
