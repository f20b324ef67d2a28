"""Crash consistency: a process killed with SIGKILL in the middle of a rewrap or an import leaves
every record readable with exactly one valid key version, and the work resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from baomi.adapters.storage import open_store
from baomi.crypto import LocalKeyFile
from baomi.vault import Vault

TYPES = {"name": "PERSON_NAME", "mobile": "CN_MOBILE"}
N = 3000

_REWRAP = """
import sys
from baomi.adapters.storage import open_store
from baomi.crypto import LocalKeyFile
from baomi.vault import Vault
home = sys.argv[1]
store = open_store(f"sqlite:///{home}/baomi.db", f"sqlite:///{home}/keystore.db")
vault = Vault.open(store, LocalKeyFile(__import__("pathlib").Path(home) / "kek.json"))
vault.rewrap(batch=20, progress=lambda n: print(n, flush=True))
"""


def _vault(home: Path) -> Vault:
    store = open_store(f"sqlite:///{home}/baomi.db", f"sqlite:///{home}/keystore.db", create=True)
    path = home / "kek.json"
    provider = LocalKeyFile(path) if path.exists() else LocalKeyFile.create(path)
    return Vault.initialize(store, provider)


def _all_readable(vault: Vault) -> None:
    ids = [f"C{i:05d}" for i in range(N)]
    got = vault.get_many(ids)
    for i, cid in enumerate(ids):
        assert got[cid]["mobile"][1] == f"138{i:08d}"


def test_kill_during_rewrap_then_resume(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    records = [(f"C{i:05d}", {"name": "张伟", "mobile": f"138{i:08d}"}) for i in range(N)]
    for start in range(0, N, 1000):
        vault.put_many(records[start : start + 1000], TYPES)
    assert isinstance(vault.provider, LocalKeyFile)
    vault.provider.rotate()
    proc = subprocess.Popen(
        [sys.executable, "-c", _REWRAP, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    moved = 0
    while moved < N // 4:  # let it get well into the work, then kill it mid-batch
        line = proc.stdout.readline()
        assert line, "rewrap ended before it could be killed"
        moved += int(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.1)

    fresh = Vault.open(vault.store, LocalKeyFile(tmp_path / "kek.json"))
    counts = fresh.status()["deks_per_kek_version"]
    assert isinstance(counts, dict)
    assert sum(counts.values()) == N  # every DEK exactly once, on version 1 or 2
    assert counts.get(2, 0) >= moved
    assert counts.get(1, 0) > 0
    _all_readable(fresh)
    assert fresh.rewrap(batch=500) == counts[1]  # resumes where it stopped
    assert fresh.status()["deks_per_kek_version"] == {2: N}
    _all_readable(fresh)


def test_kill_during_cli_import_leaves_whole_customers(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "BAOMI_HOME": str(home)}
    subprocess.run(
        [sys.executable, "-m", "baomi", "init"], env=env, check=True, capture_output=True
    )
    src = tmp_path / "c.csv"
    rows = [f"C{i:05d},张伟,138{i:08d}" for i in range(20000)]
    src.write_text("customer_no,姓名,手机\n" + "\n".join(rows) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "baomi",
            "vault",
            "import",
            str(src),
            "--key-column",
            "customer_no",
            "--batch",
            "200",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    store = open_store(f"sqlite:///{home}/baomi.db", f"sqlite:///{home}/keystore.db")
    deadline = time.time() + 120
    while store.count_customers() < 2000:
        assert time.time() < deadline, "import too slow to interrupt"
        assert proc.poll() is None, "import finished before it could be killed"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    vault = Vault.open(store, LocalKeyFile(home / "kek.json"))
    n = store.count_customers()
    assert 2000 <= n < 20000
    ids = [f"C{i:05d}" for i in range(n)]  # batches commit in file order
    got = vault.get_many(ids)
    assert all(len(got[c]) == 2 for c in ids)  # whole customers, never half
    assert store.existing_customers([f"C{n:05d}"]) == set()
