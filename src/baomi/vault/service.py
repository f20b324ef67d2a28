"""The vault: customers' fields encrypted one by one, looked up by blind index, erased by
destroying their key.

Key hierarchy: a KEK from the key provider wraps one data key (DEK) per customer; the DEK encrypts
that customer's fields as envelopes whose associated data binds the customer id, the field name
and the DEK version, so a ciphertext moved to another customer or field does not open. DEKs live
in the keystore database, apart from the data.

Write order across the two databases (there is no transaction spanning both): a new DEK is
committed before the fields it encrypts (a crash leaves at most an unused key); an erasure writes
its tombstone first, then destroys the DEK, then deletes the rows (a crash leaves the customer
unreadable and marked, and ``erase`` run again completes it).
"""

from __future__ import annotations

import os
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from baomi.catalog import CATALOG, Category
from baomi.crypto.aead import ALGORITHMS, SM4_GCM, Aead, DecryptionError, aead_for, random_key
from baomi.crypto.envelope import associated_data, open_envelope, seal_many
from baomi.crypto.providers import KeyProvider
from baomi.crypto.secret import Secret
from baomi.vault.blind import BlindIndex
from baomi.vault.credentials import hash_credential, verify_credential
from baomi.vault.errors import (
    CustomerErasedError,
    CustomerNotFoundError,
    FieldIntegrityError,
    RefusedFieldError,
)
from baomi.vault.ports import DekRow, FieldRow, IndexRow, Tombstone, VaultStore

__all__ = ["INDEXED_TYPES", "PutResult", "Vault"]

# Identifiers people are looked up by; other fields get no blind index (less to leak).
INDEXED_TYPES = frozenset(
    {
        "CN_RESIDENT_ID",
        "CN_FOREIGN_PR_ID",
        "CN_PASSPORT",
        "CN_HMT_PERMIT",
        "CN_MOBILE",
        "CN_LANDLINE",
        "EMAIL",
        "BANK_CARD",
        "BANK_ACCOUNT",
    }
)
_INDEX_KEY_AAD = b"baomi/blind-index-key/v1"
_CACHE = 20_000
Progress = Callable[[int], None]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _dek_aad(customer_id: str, version: int) -> bytes:
    return b"baomi/dek|" + associated_data(customer_id, "", version)


@dataclass
class PutResult:
    customers: int = 0
    fields: int = 0
    by_type: Counter[str] | None = None


class Vault:
    """Store, read, find and erase customers' fields. Build with ``Vault.open``."""

    def __init__(self, store: VaultStore, provider: KeyProvider, algorithm: int, index: BlindIndex):
        self.store = store
        self.provider = provider
        self.algorithm = algorithm
        self.index = index
        self._aeads: OrderedDict[tuple[str, int], Aead] = OrderedDict()

    def __repr__(self) -> str:
        return f"Vault(store={self.store!r}, provider={self.provider.name})"

    # set-up -----------------------------------------------------------------------------------

    @classmethod
    def initialize(cls, store: VaultStore, provider: KeyProvider) -> Vault:
        """First use of a store: record the algorithm, create the blind-index key (wrapped)."""
        if store.get_setting("algorithm") is None:
            name = next(k for k, v in ALGORITHMS.items() if v == provider.algorithm)
            store.set_setting("algorithm", name.encode())
            version = provider.active_version()
            wrapped = provider.wrap(version, Secret(os.urandom(32)), _INDEX_KEY_AAD)
            store.set_setting("index_key", version.to_bytes(4, "big") + wrapped)
            # National-cryptography deployments get HMAC-SM3 blind indexes too.
            index_hash = b"sm3" if provider.algorithm == SM4_GCM else b"sha256"
            store.set_setting("index_hash", index_hash)
        return cls.open(store, provider)

    @classmethod
    def open(cls, store: VaultStore, provider: KeyProvider) -> Vault:
        algorithm = store.get_setting("algorithm")
        index_key = store.get_setting("index_key")
        if algorithm is None or index_key is None:
            from baomi.errors import ConfigError

            raise ConfigError("the vault is not initialized; run `baomi init`")
        alg = ALGORITHMS[algorithm.decode()]
        if alg != provider.algorithm:
            from baomi.errors import ConfigError

            raise ConfigError("the key provider's algorithm differs from the vault's")
        kek_version = int.from_bytes(index_key[:4], "big")
        key = provider.unwrap(kek_version, index_key[4:], _INDEX_KEY_AAD)
        index_hash = store.get_setting("index_hash") or b"sha256"
        return cls(
            store, provider, alg, BlindIndex(key, "sm3" if index_hash == b"sm3" else "sha256")
        )

    # keys -------------------------------------------------------------------------------------

    def _aead(self, row: DekRow) -> Aead:
        k = (row.customer_id, row.version)
        aead = self._aeads.get(k)
        if aead is None:
            try:
                dek = self.provider.unwrap(
                    row.kek_version, row.wrapped, _dek_aad(row.customer_id, row.version)
                )
            except DecryptionError:
                raise FieldIntegrityError(row.customer_id, "(data key)") from None
            aead = aead_for(self.algorithm, dek)
            self._remember(k, aead)
        return aead

    def _remember(self, k: tuple[str, int], aead: Aead) -> None:
        """Keep an unwrapped DEK's cipher for reuse; the oldest go first (bounded memory)."""
        self._aeads[k] = aead
        if len(self._aeads) > _CACHE:
            self._aeads.popitem(last=False)

    def _new_deks(self, customer_ids: Iterable[str], versions: Mapping[str, int]) -> list[DekRow]:
        kek = self.provider.active_version()
        now = _now()
        rows = []
        for cid in customer_ids:
            version = versions.get(cid, 0) + 1
            dek = random_key(self.algorithm)
            wrapped = self.provider.wrap(kek, dek, _dek_aad(cid, version))
            rows.append(DekRow(cid, version, kek, wrapped, now))
            self._remember((cid, version), aead_for(self.algorithm, dek))
        return rows

    # writing ----------------------------------------------------------------------------------

    def put_many(
        self,
        records: Sequence[tuple[str, Mapping[str, str]]],
        types: Mapping[str, str | None],
        *,
        credentials: frozenset[str] = frozenset(),
    ) -> PutResult:
        """Store (or update) the given fields of many customers in one batch.

        ``types`` maps field name -> entity type (None: not personal, still encrypted). A C3
        field (password, CVN ...) is refused unless it is named in ``credentials``, which are
        stored as salted slow hashes, never encrypted values.
        """
        for name, type_id in types.items():
            et = CATALOG.get(type_id or "")
            if et is not None and et.category is Category.C3 and name not in credentials:
                raise RefusedFieldError(name, et.id)
        ids = [cid for cid, _ in records]
        existing = self.store.existing_customers(ids)
        erased = self.store.tombstones(ids)
        for cid in ids:
            if cid in erased:
                raise CustomerErasedError(cid)
        latest = self.store.latest_deks(ids)
        missing = [cid for cid in dict.fromkeys(ids) if cid not in latest]
        new_deks = self._new_deks(missing, {})
        self.store.add_deks(new_deks)  # committed before the data it protects
        latest.update({r.customer_id: r for r in new_deks})
        field_rows: list[FieldRow] = []
        index_rows: list[IndexRow] = []
        per_field: dict[str, int] = {}
        digest = self.index.digest
        for cid, values in records:
            dek = latest[cid]
            aead = self._aead(dek)
            version = dek.version
            items = []
            names = []
            for name, value in values.items():
                if not value:
                    continue
                per_field[name] = per_field.get(name, 0) + 1
                type_id = types.get(name)
                if name in credentials:
                    field_rows.append(
                        FieldRow(cid, name, type_id, "credential", 0, hash_credential(value))
                    )
                    continue
                items.append((value.encode(), associated_data(cid, name, version)))
                names.append(name)
                if type_id in INDEXED_TYPES:
                    index_rows.append(IndexRow(name, cid, digest(name, type_id, value)))
            envelopes = seal_many(aead, version, items)
            field_rows.extend(
                FieldRow(cid, name, types.get(name), "encrypted", version, env)
                for name, env in zip(names, envelopes, strict=True)
            )
        by_type: Counter[str] = Counter()
        for name, n in per_field.items():
            by_type[types.get(name) or "(not personal)"] += n
        updated = [cid for cid in dict.fromkeys(ids) if cid in existing]
        new = [cid for cid in dict.fromkeys(ids) if cid not in existing]
        self.store.write_records(new, updated, field_rows, index_rows, _now())
        return PutResult(len(set(ids)), len(field_rows), by_type)

    def put(
        self,
        customer_id: str,
        values: Mapping[str, str],
        types: Mapping[str, str | None],
        *,
        credentials: frozenset[str] = frozenset(),
    ) -> PutResult:
        return self.put_many([(customer_id, values)], types, credentials=credentials)

    # reading ----------------------------------------------------------------------------------

    def get_many(
        self, customer_ids: Sequence[str], names: Sequence[str] | None = None
    ) -> dict[str, dict[str, tuple[str | None, str]]]:
        """customer -> field -> (entity type, clear value). Credentials read as ``<credential>``.
        A field that fails its integrity check raises ``FieldIntegrityError`` (names the customer
        and the field only)."""
        erased = self.store.tombstones(customer_ids)
        for cid in customer_ids:
            if cid in erased:
                raise CustomerErasedError(cid)
        rows = self.store.read_fields(customer_ids, names)
        found = {r.customer_id for r in rows}
        for cid in customer_ids:
            if cid not in found and not self.store.existing_customers([cid]):
                raise CustomerNotFoundError(cid)
        deks = self.store.deks_of({(r.customer_id, r.dek_version) for r in rows if r.dek_version})
        out: dict[str, dict[str, tuple[str | None, str]]] = {cid: {} for cid in customer_ids}
        for r in rows:
            if r.kind == "credential":
                out[r.customer_id][r.name] = (r.type_id, "<credential>")
                continue
            dek = deks.get((r.customer_id, r.dek_version))
            if dek is None:
                raise FieldIntegrityError(r.customer_id, r.name)
            out[r.customer_id][r.name] = (r.type_id, self._open_field(r, dek).decode())
        return out

    def field_types(
        self, customer_id: str, names: Sequence[str] | None = None
    ) -> dict[str, str | None]:
        """A customer's field names and entity types, without decrypting anything (the policy
        decides before a value is opened)."""
        if customer_id in self.store.tombstones([customer_id]):
            raise CustomerErasedError(customer_id)
        rows = self.store.read_fields([customer_id], names)
        if not rows and not self.store.existing_customers([customer_id]):
            raise CustomerNotFoundError(customer_id)
        return {r.name: r.type_id for r in rows}

    def _open_field(self, row: FieldRow, dek: DekRow) -> bytes:
        aad = associated_data(row.customer_id, row.name, row.dek_version)
        try:
            clear = open_envelope(self._aead(dek), row.envelope, aad)
            clear.decode()
        except (DecryptionError, UnicodeDecodeError):
            raise FieldIntegrityError(row.customer_id, row.name) from None
        return clear

    def get(
        self, customer_id: str, names: Sequence[str] | None = None
    ) -> dict[str, tuple[str | None, str]]:
        return self.get_many([customer_id], names)[customer_id]

    def check_credential(self, customer_id: str, name: str, candidate: str) -> bool:
        rows = self.store.read_fields([customer_id], [name])
        if not rows or rows[0].kind != "credential":
            return False
        return verify_credential(rows[0].envelope, candidate)

    def find(self, field: str, type_id: str | None, value: str) -> list[str]:
        """Customers whose ``field`` equals ``value`` (after normalization). Candidates from the
        blind index are confirmed by decrypting, so a truncated digest's false matches drop out."""
        candidates = self.store.find(field, self.index.digest(field, type_id, value))
        if not candidates:
            return []
        want = self.index.normalize(type_id, value)
        got = self.get_many(candidates, [field])
        return [
            cid
            for cid in candidates
            if field in got[cid] and self.index.normalize(type_id, got[cid][field][1]) == want
        ]

    # erasure ----------------------------------------------------------------------------------

    def erase(self, customer_id: str, reason: str) -> Tombstone:
        """Crypto-shred a customer: tombstone, destroy the DEKs, delete the rows. Re-running it
        after a crash completes it."""
        if not reason.strip():
            raise ValueError("an erasure needs a reason")
        done = self.store.tombstones([customer_id]).get(customer_id)
        if done is not None and done.state == "erased":
            return done
        if done is None and not self.store.existing_customers([customer_id]):
            raise CustomerNotFoundError(customer_id)
        tomb = Tombstone(customer_id, "erasing", _now(), reason.strip()[:500], 0)
        if done is None:
            self.store.begin_erase(tomb)
        self.store.delete_deks(customer_id)
        for k in [k for k in self._aeads if k[0] == customer_id]:
            del self._aeads[k]
        self.store.finish_erase(customer_id)
        return self.store.tombstones([customer_id])[customer_id]

    # rotation ---------------------------------------------------------------------------------

    def rewrap(self, batch: int = 1000, progress: Progress | None = None) -> int:
        """Re-wrap every DEK under the active KEK, a batch per transaction; resumable."""
        active = self.provider.active_version()
        index_key = self.store.get_setting("index_key")
        if index_key is not None and int.from_bytes(index_key[:4], "big") != active:
            key = self.provider.unwrap(
                int.from_bytes(index_key[:4], "big"), index_key[4:], _INDEX_KEY_AAD
            )
            wrapped = self.provider.wrap(active, key, _INDEX_KEY_AAD)
            self.store.set_setting("index_key", active.to_bytes(4, "big") + wrapped)
        done = 0
        while True:
            rows = self.store.deks_not_on(active, batch)
            if not rows:
                return done
            new = []
            for r in rows:
                aad = _dek_aad(r.customer_id, r.version)
                dek = self.provider.unwrap(r.kek_version, r.wrapped, aad)
                new.append(
                    DekRow(
                        r.customer_id,
                        r.version,
                        active,
                        self.provider.wrap(active, dek, aad),
                        r.created_at,
                    )
                )
            self.store.rewrap(new)
            done += len(new)
            if progress is not None:
                progress(len(new))

    def rotate_data_keys(self, batch: int = 500, progress: Progress | None = None) -> int:
        """Give every customer a new DEK and re-encrypt their fields with it, in batches.
        Customers whose newest DEK is newer than the start of the rotation are done; running it
        again continues (the start time is kept in the keystore until the rotation finishes)."""
        started = self.store.get_setting("data_rotation_started")
        if not started:
            started = _now().encode()
            self.store.set_setting("data_rotation_started", started)
        done = 0
        while True:
            ids = self.store.customers_with_dek_before(started.decode(), batch)
            if not ids:
                break
            latest = self.store.latest_deks(ids)
            fresh = self._new_deks(ids, {cid: d.version for cid, d in latest.items()})
            self.store.add_deks(fresh)
            rows = self.store.read_fields(ids)
            old = self.store.deks_of(
                {(r.customer_id, r.dek_version) for r in rows if r.dek_version}
            )
            newest = {d.customer_id: d for d in fresh}
            replaced = []
            for r in rows:
                if r.kind != "encrypted":
                    continue
                clear = self._open_field(r, old[(r.customer_id, r.dek_version)])
                nd = newest[r.customer_id]
                aad = associated_data(r.customer_id, r.name, nd.version)
                (env,) = seal_many(self._aead(nd), nd.version, [(clear, aad)])
                replaced.append(FieldRow(r.customer_id, r.name, r.type_id, r.kind, nd.version, env))
            self.store.replace_fields(replaced)
            for cid in latest:  # the old keys encrypt nothing any more
                self.store.delete_deks(cid, list(range(1, newest[cid].version)))
            done += len(ids)
            if progress is not None:
                progress(len(ids))
        self.store.set_setting("data_rotation_started", b"")
        return done

    def derived_key(self, purpose: str) -> Secret:
        """A key for another use (the audit log's customer references), derived from the
        blind-index key with HKDF, so it is wrapped and rotated with it."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        hkdf = HKDF(hashes.SHA256(), 32, salt=None, info=b"baomi/vault/" + purpose.encode())
        return Secret(hkdf.derive(self.index.key.reveal()))

    def kek_in_use(self, version: int) -> bool:
        """Whether anything is still wrapped under a KEK version (it must not be retired)."""
        index_key = self.store.get_setting("index_key") or b"\0\0\0\0"
        return (
            self.store.dek_counts().get(version, 0) > 0
            or int.from_bytes(index_key[:4], "big") == version
        )

    def status(self) -> dict[str, object]:
        return {
            "algorithm": next(k for k, v in ALGORITHMS.items() if v == self.algorithm),
            "blind_index": f"hmac-{self.index.algorithm}, {self.index.size} bytes",
            "provider": self.provider.name,
            "kek_versions": [
                {"version": k.version, "state": k.state, "created": k.created}
                for k in self.provider.versions()
            ],
            "deks_per_kek_version": self.store.dek_counts(),
            "customers": self.store.count_customers(),
        }
