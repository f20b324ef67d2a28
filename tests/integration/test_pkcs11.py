"""The PKCS#11 key provider for real: SoftHSM2 (Debian package softhsm2, installed by .ci/run),
a fresh token per test session in a temporary directory."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from baomi.adapters.storage import open_store
from baomi.crypto import DecryptionError, KeyProviderError, random_key
from baomi.crypto.pkcs11 import Pkcs11KeyProvider
from baomi.vault import FieldIntegrityError, Vault
from tests.conftest import run_baomi

MODULES = ["/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"]
MODULE = next((m for m in MODULES if Path(m).exists()), MODULES[0])
TYPES = {"name": "PERSON_NAME", "mobile": "CN_MOBILE"}


@pytest.fixture(scope="module")
def hsm_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A SoftHSM2 token of our own. SOFTHSM2_CONF must be set before the library is loaded."""
    d = tmp_path_factory.mktemp("softhsm")
    (d / "tokens").mkdir()
    conf = d / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {d / 'tokens'}\nobjectstore.backend = file\n")
    env = {"SOFTHSM2_CONF": str(conf)}
    util = shutil.which("softhsm2-util")
    assert util, "SoftHSM2 is not installed (Debian package softhsm2; .ci/run installs it)"
    init = ["--init-token", "--free", "--label", "baomi-test", "--pin", "1234", "--so-pin", "5678"]
    subprocess.run(
        [util, *init],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    yield {
        **env,
        "BAOMI_KEY_PROVIDER": "pkcs11",
        "BAOMI_PKCS11_MODULE": MODULE,
        "BAOMI_PKCS11_TOKEN": "baomi-test",
        "BAOMI_PKCS11_PIN": "1234",
    }
    os.environ.pop("SOFTHSM2_CONF", None)


@pytest.fixture(scope="module")
def provider(hsm_env: dict[str, str]) -> Pkcs11KeyProvider:
    return Pkcs11KeyProvider.from_env(hsm_env)


def test_wrap_in_the_hsm(provider: Pkcs11KeyProvider) -> None:
    v = provider.active_version()
    dek = random_key(provider.algorithm)
    wrapped = provider.wrap(v, dek, b"aad")
    assert provider.unwrap(v, wrapped, b"aad") == dek
    with pytest.raises(DecryptionError):
        provider.unwrap(v, wrapped, b"other")
    bad = bytearray(wrapped)
    bad[-1] ^= 1
    with pytest.raises(DecryptionError):
        provider.unwrap(v, bytes(bad), b"aad")


def test_kek_is_not_extractable(provider: Pkcs11KeyProvider) -> None:
    import pkcs11

    key = provider._key(provider.active_version())
    assert key[pkcs11.Attribute.SENSITIVE] is True
    assert key[pkcs11.Attribute.EXTRACTABLE] is False
    with pytest.raises(pkcs11.exceptions.PKCS11Error):
        key[pkcs11.Attribute.VALUE]


def test_vault_on_the_hsm_with_rotation(provider: Pkcs11KeyProvider, tmp_path: Path) -> None:
    store = open_store(
        f"sqlite:///{tmp_path}/baomi.db", f"sqlite:///{tmp_path}/keystore.db", create=True
    )
    vault = Vault.initialize(store, provider)
    vault.put_many([(f"C{i}", {"name": "张伟", "mobile": f"138{i:08d}"}) for i in range(20)], TYPES)
    old = provider.active_version()
    new = provider.rotate()
    assert vault.rewrap(batch=7) == 20
    provider.retire(old)
    with pytest.raises(KeyProviderError):
        provider.retire(new)
    reopened = Vault.open(store, provider)
    assert reopened.get("C7")["mobile"][1] == "13800000007"
    assert reopened.find("mobile", "CN_MOBILE", "138-0000-0013") == ["C13"]
    with store.keystore.begin() as c:  # a DEK wrapped for C1 relabelled as C2's fails
        from sqlalchemy import select, update

        from baomi.adapters.storage.schema import deks

        w1 = c.execute(select(deks.c.wrapped).where(deks.c.customer_id == "C1")).scalar_one()
        c.execute(update(deks).where(deks.c.customer_id == "C2").values(wrapped=w1))
    fresh = Vault.open(store, provider)
    with pytest.raises(FieldIntegrityError, match="'C2'"):
        fresh.get("C2")


def test_cli_with_the_hsm(hsm_env: dict[str, str], tmp_path: Path) -> None:
    env = {**hsm_env, "BAOMI_HOME": str(tmp_path / "home")}
    assert run_baomi("init", env=env).returncode == 0
    assert not (tmp_path / "home" / "kek.json").exists()  # the KEKs are in the HSM
    src = tmp_path / "c.csv"
    src.write_text("customer_no,姓名,手机\nK1,张伟,13812345678\n", encoding="utf-8")
    assert (
        run_baomi("vault", "import", str(src), "--key-column", "customer_no", env=env).returncode
        == 0
    )
    r = run_baomi("keys", "status", "--format", "json", env=env)
    assert '"provider": "pkcs11"' in r.stdout.decode()
    run_baomi("actor", "add", "risk", "--role", "risk_officer", env=env)
    show = ["--actor", "risk", "--purpose", "risk_control", "--reason", "case 2", "--clear"]
    r = run_baomi("vault", "show", "K1", *show, "--format", "json", env=env)
    assert "13812345678" in r.stdout.decode()
