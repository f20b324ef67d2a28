"""Vault speed: field encryption beside the raw AEAD, storage on SQLite and PostgreSQL, import.

    python benchmarks/vault_bench.py                        # all, a 1M-customer import
    python benchmarks/vault_bench.py --customers 5000 --import-rows 100000 --no-postgres

Rows: raw ``AESGCM`` (object built once, a fresh random nonce per field) and raw SM4-GCM through
the ``Cipher`` API, then baomi's envelopes (batch: nonces drawn in one call, associated data built
per field as the vault does; single: one ``seal`` per field); then the vault over each database:
batch and single writes and reads (fields/s), KEK rewrap (DEKs/s) and blind-index lookups/s;
finally ``baomi vault import`` of a generated CSV as a user runs it (wall time).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from baomi.adapters.storage import open_store
from baomi.crypto import (
    AES_256_GCM,
    SM4_GCM,
    LocalKeyFile,
    aead_for,
    associated_data,
    random_key,
    seal,
    seal_many,
)
from baomi.vault import Vault
from pgscratch import pg_schemas

TYPES = {"name": "PERSON_NAME", "id_no": "CN_RESIDENT_ID", "mobile": "CN_MOBILE", "tier": None}
FIELD = b"x" * 32


def rate(fn: Callable[[], int]) -> float:
    t0 = time.perf_counter()
    n = fn()
    return n / (time.perf_counter() - t0)


def crypto_rows(n: int) -> list[tuple[str, float, str]]:
    key = os.urandom(32)
    aes = AESGCM(key)
    aad = associated_data("C0000001", "mobile", 1)

    def raw_aes() -> int:
        for _ in range(n):
            aes.encrypt(os.urandom(12), FIELD, aad)
        return n

    sm4_key = algorithms.SM4(os.urandom(16))

    def raw_sm4() -> int:
        for _ in range(n // 4):
            e = Cipher(sm4_key, modes.GCM(os.urandom(12))).encryptor()
            e.authenticate_additional_data(aad)
            e.update(FIELD)
            e.finalize()
        return n // 4

    def batch(algorithm: int) -> Callable[[], int]:
        aead = aead_for(algorithm, random_key(algorithm))
        count = n if algorithm == AES_256_GCM else n // 4

        def run() -> int:
            for start in range(0, count, 1000):
                items = [
                    (FIELD, associated_data(f"C{i:07d}", "mobile", 1))
                    for i in range(start, min(start + 1000, count))
                ]
                seal_many(aead, 1, items)
            return count

        return run

    single_aead = aead_for(AES_256_GCM, random_key(AES_256_GCM))

    def single() -> int:
        for i in range(n):
            seal(single_aead, 1, FIELD, associated_data(f"C{i:07d}", "mobile", 1))
        return n

    r_aes, r_sm4 = rate(raw_aes), rate(raw_sm4)
    b_aes, b_sm4 = rate(batch(AES_256_GCM)), rate(batch(SM4_GCM))
    s_aes = rate(single)
    return [
        ("raw AESGCM, 32-byte fields", r_aes, "1.00x"),
        ("raw SM4-GCM (Cipher API), 32-byte fields", r_sm4, f"{r_sm4 / r_aes:.2f}x raw AES"),
        ("baomi envelopes, batch, AES-256-GCM", b_aes, f"{b_aes / r_aes:.2f}x raw AES"),
        ("baomi envelopes, batch, SM4-GCM", b_sm4, f"{b_sm4 / r_sm4:.2f}x raw SM4"),
        (
            "baomi envelopes, one seal per field, AES-256-GCM",
            s_aes,
            f"{s_aes / r_aes:.2f}x raw AES",
        ),
    ]


def _records(n: int, offset: int = 0) -> list[tuple[str, dict[str, str]]]:
    return [
        (
            f"C{i:07d}",
            {"name": "张伟", "id_no": f"110105{i:012d}", "mobile": f"138{i:08d}", "tier": "A"},
        )
        for i in range(offset, offset + n)
    ]


def vault_rows(
    label: str, urls: tuple[str, str], home: Path, customers: int
) -> list[tuple[str, float, str]]:
    vault = Vault.initialize(open_store(*urls, create=True), LocalKeyFile.create(home / "kek.json"))
    recs = _records(customers)
    per = len(TYPES)

    def put_batch() -> int:
        for s in range(0, customers, 2000):
            vault.put_many(recs[s : s + 2000], TYPES)
        return customers * per

    single_n = max(customers // 20, 50)
    singles = _records(single_n, offset=customers)

    def put_single() -> int:
        for cid, values in singles:
            vault.put(cid, values, TYPES)
        return single_n * per

    ids = [c for c, _ in recs]

    def get_batch() -> int:
        vault._aeads.clear()
        for s in range(0, customers, 2000):
            vault.get_many(ids[s : s + 2000])
        return customers * per

    def get_single() -> int:
        for cid in ids[:single_n]:
            vault.get(cid)
        return single_n * per

    def lookups() -> int:
        for i in range(single_n):
            vault.find("mobile", "CN_MOBILE", f"138{i:08d}")
        return single_n

    rows = [
        (f"{label}: store, batch of 2,000 customers", rate(put_batch), "fields/s"),
        (f"{label}: store, one customer per call", rate(put_single), "fields/s"),
        (f"{label}: read, batch", rate(get_batch), "fields/s"),
        (f"{label}: read, one customer per call", rate(get_single), "fields/s"),
        (
            f"{label}: blind-index lookups (find, confirmed by decrypting)",
            rate(lookups),
            "lookups/s",
        ),
    ]
    assert isinstance(vault.provider, LocalKeyFile)
    vault.provider.rotate()
    rows.append((f"{label}: rewrap under a new KEK", rate(lambda: vault.rewrap(1000)), "DEKs/s"))
    return rows


def import_row(rows: int, home: Path) -> tuple[str, float, str]:
    src = home / "customers.csv"
    rng = random.Random(3)
    with src.open("w", encoding="utf-8") as f:
        f.write("customer_no,姓名,身份证号,手机,地址,等级\n")
        for i in range(rows):
            f.write(
                f"C{i:08d},{rng.choice('张李王赵')}{rng.choice('伟娜强芳')},110105{i:012d},"
                f"138{i:08d},北京市朝阳区建国路{rng.randint(1, 300)}号,{rng.choice('ABC')}\n"
            )
    env = {**os.environ, "BAOMI_HOME": str(home / "import-home")}
    baomi = [sys.executable, "-m", "baomi"]
    subprocess.run([*baomi, "init"], env=env, check=True, capture_output=True)
    cmd = [*baomi, "vault", "import", str(src), "--key-column", "customer_no", "--no-progress"]
    wrapper = (
        "import os, resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *cmd], env=env, check=True, capture_output=True, text=True
    )
    seconds, rss_kib = out.stdout.split()
    name = f"baomi vault import, {rows:,} customers x 5 fields, SQLite (peak RSS {int(rss_kib) // 1024} MB)"
    return (name, float(seconds), "seconds")


def main() -> None:
    ap = argparse.ArgumentParser(description="vault speed")
    ap.add_argument("--fields", type=int, default=200_000, help="fields for the crypto rows")
    ap.add_argument("--customers", type=int, default=20_000, help="customers per database run")
    ap.add_argument("--import-rows", type=int, default=1_000_000)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    print(f"{'run':<72} {'rate':>12}  unit / ratio")
    for name, r, note in crypto_rows(args.fields):
        print(f"{name:<72} {r:>12,.0f}  fields/s, {note}")
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        sqlite_home = home / "sqlite"
        sqlite_home.mkdir()
        urls = (f"sqlite:///{sqlite_home}/baomi.db", f"sqlite:///{sqlite_home}/keystore.db")
        for name, r, unit in vault_rows("SQLite", urls, sqlite_home, args.customers):
            print(f"{name:<72} {r:>12,.0f}  {unit}")
        if not args.no_postgres:
            pg_home = home / "pg"
            pg_home.mkdir()
            with pg_schemas("bench") as pg_urls:
                for name, r, unit in vault_rows("PostgreSQL", pg_urls, pg_home, args.customers):
                    print(f"{name:<72} {r:>12,.0f}  {unit}")
        if args.import_rows:
            name, seconds, unit = import_row(args.import_rows, home)
            print(f"{name:<72} {seconds:>12,.1f}  {unit}")


if __name__ == "__main__":
    main()
