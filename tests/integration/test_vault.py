"""The vault against real databases: every test runs on SQLite and on PostgreSQL (127.0.0.1:5432,
database ``test``, a fresh pair of schemas per test)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, update

from baomi.adapters.storage import open_store
from baomi.adapters.storage.schema import deks, fields
from baomi.adapters.storage.sql import SqlVaultStore
from baomi.crypto import LocalKeyFile
from baomi.vault import (
    CustomerErasedError,
    CustomerNotFoundError,
    FieldIntegrityError,
    RefusedFieldError,
    Tombstone,
    Vault,
)

TYPES = {"name": "PERSON_NAME", "id_no": "CN_RESIDENT_ID", "mobile": "CN_MOBILE", "tier": None}
ALICE = {"name": "张伟", "id_no": "11010519491231002X", "mobile": "13812345678", "tier": "gold"}
BOB = {"name": "李娜", "id_no": "310114195909049711", "mobile": "139-8765-4321", "tier": "silver"}


@pytest.fixture
def vault(urls: tuple[str, str], tmp_path: Path) -> Vault:
    store = open_store(*urls, create=True)
    return Vault.initialize(store, LocalKeyFile.create(tmp_path / "kek.json"))


def _store(v: Vault) -> SqlVaultStore:
    assert isinstance(v.store, SqlVaultStore)
    return v.store


def test_round_trip_update_and_lookup(vault: Vault) -> None:
    r = vault.put_many([("C1", ALICE), ("C2", BOB)], TYPES)
    assert (r.customers, r.fields) == (2, 8)
    got = vault.get("C1")
    assert got["mobile"] == ("CN_MOBILE", "13812345678")
    assert got["tier"] == (None, "gold")
    assert vault.get("C2", ["name"]) == {"name": ("PERSON_NAME", "李娜")}
    # normalized lookups: another way of writing the same number finds the customer
    assert vault.find("mobile", "CN_MOBILE", "+86 139 8765 4321") == ["C2"]
    assert vault.find("id_no", "CN_RESIDENT_ID", "11010519491231002x") == ["C1"]
    assert vault.find("mobile", "CN_MOBILE", "13800000000") == []
    vault.put("C1", {"mobile": "13900001111"}, TYPES)
    assert vault.get("C1")["mobile"][1] == "13900001111"
    assert vault.get("C1")["name"][1] == "张伟"  # untouched fields stay
    assert vault.find("mobile", "CN_MOBILE", "13812345678") == []
    assert vault.find("mobile", "CN_MOBILE", "13900001111") == ["C1"]
    with pytest.raises(CustomerNotFoundError):
        vault.get("C9")


def test_nothing_stored_in_clear(vault: Vault) -> None:
    vault.put("C1", ALICE, TYPES)
    with _store(vault).data.connect() as c:
        blobs = [bytes(r.envelope) for r in c.execute(select(fields))]
    for blob in blobs:
        for value in ALICE.values():
            assert value.encode() not in blob


def test_c3_is_refused_unless_declared_a_credential(vault: Vault) -> None:
    types = {**TYPES, "pin": "PASSWORD"}
    with pytest.raises(RefusedFieldError, match="'pin' holds PASSWORD"):
        vault.put("C1", {**ALICE, "pin": "123456"}, types)
    vault.put("C1", {**ALICE, "pin": "123456"}, types, credentials=frozenset({"pin"}))
    assert vault.get("C1")["pin"] == ("PASSWORD", "<credential>")
    assert vault.check_credential("C1", "pin", "123456")
    assert not vault.check_credential("C1", "pin", "654321")


def test_tampering_is_detected_and_named(vault: Vault) -> None:
    vault.put_many([("C1", ALICE), ("C2", BOB)], TYPES)
    store = _store(vault)

    def envelope(cid: str, name: str) -> bytes:
        with store.data.connect() as c:
            q = select(fields.c.envelope).where(
                (fields.c.customer_id == cid) & (fields.c.name == name)
            )
            return bytes(c.execute(q).scalar_one())

    def put(cid: str, name: str, blob: bytes) -> None:
        with store.data.begin() as c:
            c.execute(
                update(fields)
                .where((fields.c.customer_id == cid) & (fields.c.name == name))
                .values(envelope=blob)
            )

    original = envelope("C1", "mobile")
    flipped = bytearray(original)
    flipped[-5] ^= 0x40
    put("C1", "mobile", bytes(flipped))
    with pytest.raises(FieldIntegrityError) as info:
        vault.get("C1")
    assert str(info.value).startswith("customer 'C1', field 'mobile': integrity check failed")
    assert "138" not in str(info.value)
    put("C1", "mobile", original)
    # two customers' ciphertexts swapped
    put("C1", "name", envelope("C2", "name"))
    with pytest.raises(FieldIntegrityError, match="'C1', field 'name'"):
        vault.get("C1")
    vault.put("C1", ALICE, TYPES)
    # two fields of one customer swapped
    put("C1", "tier", envelope("C1", "name"))
    with pytest.raises(FieldIntegrityError, match="field 'tier'"):
        vault.get("C1")


def test_crypto_shredding_makes_old_backups_unreadable(
    vault: Vault, urls: tuple[str, str], tmp_path: Path
) -> None:
    vault.put_many([("C1", ALICE), ("C2", BOB)], TYPES)
    if urls[0].startswith("sqlite"):
        backup = tmp_path / "backup.db"  # a proper online backup (the WAL included)
        with sqlite3.connect(tmp_path / "baomi.db") as src, sqlite3.connect(backup) as dst:
            src.backup(dst)
    tomb = vault.erase("C1", "customer asked for deletion (ticket 42)")
    assert tomb.state == "erased"
    assert tomb.fields_erased == 4
    with pytest.raises(CustomerErasedError):
        vault.get("C1")
    assert vault.find("mobile", "CN_MOBILE", "13812345678") == []
    assert vault.get("C2")["name"][1] == "李娜"
    assert vault.erase("C1", "again") == tomb  # idempotent
    with _store(vault).keystore.connect() as c:
        assert c.execute(select(deks).where(deks.c.customer_id == "C1")).first() is None
    if urls[0].startswith("sqlite"):
        # the data backup still holds C1's ciphertext, but its key is gone everywhere
        restored = Vault.open(open_store(f"sqlite:///{backup}", urls[1]), vault.provider)
        with pytest.raises(FieldIntegrityError, match="'C1'"):
            restored.get("C1")
        assert restored.get("C2")["name"][1] == "李娜"


def test_rotation_rewrap_retire_and_data_keys(vault: Vault, tmp_path: Path) -> None:
    vault.put_many([(f"C{i}", ALICE) for i in range(25)], TYPES)
    assert isinstance(vault.provider, LocalKeyFile)
    assert vault.provider.rotate() == 2
    vault.put("N1", BOB, TYPES)  # new customers get keys under the new KEK at once
    assert vault.status()["deks_per_kek_version"] == {1: 25, 2: 1}
    assert vault.kek_in_use(1)
    ticks: list[int] = []
    assert vault.rewrap(batch=10, progress=ticks.append) == 25
    assert ticks == [10, 10, 5]
    assert vault.status()["deks_per_kek_version"] == {2: 26}
    assert not vault.kek_in_use(1)
    vault.provider.retire(1)
    reopened = Vault.open(vault.store, LocalKeyFile(tmp_path / "kek.json"))
    assert reopened.get("C3")["id_no"][1] == ALICE["id_no"]
    assert reopened.rotate_data_keys(batch=7) == 26
    with _store(reopened).keystore.connect() as c:
        versions = {r.version for r in c.execute(select(deks))}
    assert versions == {2}
    assert reopened.get("C24")["mobile"][1] == ALICE["mobile"]
    assert reopened.find("mobile", "CN_MOBILE", ALICE["mobile"])[:2] == ["C0", "C1"]


def test_sm4_deployment(urls: tuple[str, str], tmp_path: Path) -> None:
    store = open_store(*urls, create=True)
    vault = Vault.initialize(store, LocalKeyFile.create(tmp_path / "kek.json", "sm4-gcm"))
    vault.put("C1", ALICE, TYPES)
    assert vault.get("C1")["name"][1] == "张伟"
    assert vault.status()["algorithm"] == "sm4-gcm"
    with pytest.raises(Exception, match="algorithm differs"):
        Vault.open(store, LocalKeyFile.create(tmp_path / "aes.json", "aes-256-gcm"))


def test_an_interrupted_erase_is_completed_by_running_it_again(vault: Vault) -> None:
    vault.put_many([("C1", ALICE), ("C2", BOB)], TYPES)
    store = _store(vault)
    # the process dies after the tombstone and the key destruction, before the rows go
    store.begin_erase(Tombstone("C1", "erasing", "2026-11-27T00:00:00+00:00", "request 7", 0))
    store.delete_deks("C1")
    with pytest.raises(CustomerErasedError):
        vault.get("C1")  # marked and unreadable already
    tomb = vault.erase("C1", "request 7")
    assert tomb.state == "erased"
    assert tomb.fields_erased == 4
    assert store.read_fields(["C1"]) == []
    assert vault.get("C2")["name"][1] == "李娜"


def test_national_cryptography_deployment_uses_sm3_blind_indexes(
    urls: tuple[str, str], tmp_path: Path
) -> None:
    store = open_store(*urls, create=True)
    vault = Vault.initialize(store, LocalKeyFile.create(tmp_path / "kek.json", "sm4-gcm"))
    assert vault.status()["blind_index"] == "hmac-sm3, 16 bytes"
    vault.put("C1", ALICE, TYPES)
    assert vault.find("mobile", "CN_MOBILE", "138 1234 5678") == ["C1"]


def test_reprs_and_errors_carry_no_keys_or_values(vault: Vault, tmp_path: Path) -> None:
    vault.put("C1", ALICE, TYPES)
    kek = (tmp_path / "kek.json").read_text()
    key_hex = kek.split('"key": "')[1][:16]
    texts = [repr(vault), repr(vault.provider), repr(vault.index), repr(vault.store)]
    texts += [repr(a) for a in vault._aeads.values()]
    for t in texts:
        assert key_hex not in t
        for value in ALICE.values():
            assert value not in t
