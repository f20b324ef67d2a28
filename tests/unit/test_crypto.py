"""Crypto recipes: known answers, envelope tamper resistance, Secret, key providers."""

from __future__ import annotations

import json
import os
import pickle
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import given
from hypothesis import strategies as st

from baomi.crypto import (
    AES_256_GCM,
    SM4_GCM,
    DecryptionError,
    EnvKeyProvider,
    KeyProviderError,
    LocalKeyFile,
    Secret,
    aead_for,
    associated_data,
    open_envelope,
    random_key,
    seal,
    seal_many,
)
from baomi.errors import ConfigError
from tests.conftest import ROOT

VECTORS = json.loads((ROOT / "tests" / "vectors" / "aead.json").read_text())


@pytest.mark.parametrize(
    ("algorithm", "v"),
    [(AES_256_GCM, v) for v in VECTORS["aes_256_gcm"]] + [(SM4_GCM, v) for v in VECTORS["sm4_gcm"]],
)
def test_aead_known_answers(algorithm: int, v: dict[str, str]) -> None:
    aead = aead_for(algorithm, Secret(bytes.fromhex(v["key"])))
    nonce, aad, pt = (bytes.fromhex(v[k]) for k in ("nonce", "aad", "plaintext"))
    out = aead.encrypt(nonce, pt, aad)
    assert out.hex() == v["ciphertext_and_tag"]
    assert aead.decrypt(nonce, out, aad) == pt


def test_sm4_block_known_answer() -> None:
    (v,) = VECTORS["sm4_block"]
    enc = Cipher(algorithms.SM4(bytes.fromhex(v["key"])), modes.ECB()).encryptor()  # noqa: S305
    assert (enc.update(bytes.fromhex(v["plaintext"])) + enc.finalize()).hex() == v["ciphertext"]


@pytest.mark.parametrize("algorithm", [AES_256_GCM, SM4_GCM])
@given(st.binary(max_size=200), st.text(max_size=20), st.text(max_size=20))
def test_envelope_round_trip(algorithm: int, data: bytes, record: str, field: str) -> None:
    aead = aead_for(algorithm, random_key(algorithm))
    aad = associated_data(record, field, 3)
    blob = seal(aead, 3, data, aad)
    assert open_envelope(aead, blob, aad) == data
    assert seal_many(aead, 3, [(data, aad)])[0] != blob  # fresh nonces


@pytest.mark.parametrize("algorithm", [AES_256_GCM, SM4_GCM])
def test_envelope_detects_every_single_byte_change(algorithm: int) -> None:
    aead = aead_for(algorithm, random_key(algorithm))
    aad = associated_data("C1", "mobile", 1)
    blob = seal(aead, 1, b"13812345678", aad)
    for i in range(len(blob)):
        bad = bytearray(blob)
        bad[i] ^= 0x01
        with pytest.raises(DecryptionError):
            open_envelope(aead, bytes(bad), aad)
    for other in (
        associated_data("C2", "mobile", 1),
        associated_data("C1", "name", 1),
        associated_data("C1", "mobile", 2),
        associated_data("C1m", "obile", 1),  # the length prefixes keep these apart
    ):
        with pytest.raises(DecryptionError):
            open_envelope(aead, blob, other)
    with pytest.raises(DecryptionError):
        open_envelope(aead, blob[:20], aad)
    with pytest.raises(DecryptionError) as info:
        open_envelope(aead_for(algorithm, random_key(algorithm)), blob, aad)
    assert str(info.value) == "decryption failed"  # one opaque message


def test_secret_hides_itself() -> None:
    s = Secret(b"\x01" * 32)
    assert repr(s) == str(s) == "Secret(32 bytes)"
    assert "01" not in repr(s)
    with pytest.raises(TypeError):
        pickle.dumps(s)
    assert s == Secret(b"\x01" * 32)
    assert repr(aead_for(AES_256_GCM, random_key(AES_256_GCM))) == "AES-256-GCM(key hidden)"


def test_key_file_lifecycle(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    kf = LocalKeyFile.create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    dek = random_key(AES_256_GCM)
    wrapped = kf.wrap(1, dek, b"aad")
    assert kf.rotate() == 2
    assert [(k.version, k.state) for k in kf.versions()] == [(1, "decrypt-only"), (2, "active")]
    again = LocalKeyFile(path)
    assert again.unwrap(1, wrapped, b"aad") == dek
    with pytest.raises(KeyProviderError, match="rotate first"):
        again.retire(2)
    again.retire(1)
    with pytest.raises(KeyProviderError, match="unknown or retired"):
        LocalKeyFile(path).unwrap(1, wrapped, b"aad")
    assert "retired" in path.read_text()
    assert wrapped.hex() not in path.read_text()
    with pytest.raises(ConfigError, match="refusing to overwrite"):
        LocalKeyFile.create(path)
    os.chmod(path, 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        LocalKeyFile(path)


def test_sealed_key_file_needs_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    kf = LocalKeyFile.create(path, "sm4-gcm", passphrase=b"correct horse")
    dek = random_key(SM4_GCM)
    wrapped = kf.wrap(1, dek, b"x")
    doc = json.loads(path.read_text())
    assert doc["sealed"]["kdf"] == "scrypt"
    with pytest.raises(ConfigError, match="is sealed"):
        LocalKeyFile(path)
    with pytest.raises(ConfigError, match="wrong passphrase"):
        LocalKeyFile(path, b"wrong")
    assert LocalKeyFile(path, b"correct horse").unwrap(1, wrapped, b"x") == dek


def test_env_provider() -> None:
    env = {"BAOMI_KEK_1": "11" * 32, "BAOMI_KEK_2": "22" * 32, "OTHER": "x"}
    p = EnvKeyProvider(env)
    assert p.active_version() == 2
    dek = random_key(AES_256_GCM)
    assert p.unwrap(1, p.wrap(1, dek, b"a"), b"a") == dek
    with pytest.raises(DecryptionError):
        p.unwrap(2, p.wrap(1, dek, b"a"), b"a")
    with pytest.raises(KeyProviderError, match="BAOMI_KEK_<n\\+1>"):
        p.rotate()
    with pytest.raises(ConfigError, match="must hold 32 bytes"):
        EnvKeyProvider({"BAOMI_KEK": "11" * 16})
    with pytest.raises(ConfigError, match="no BAOMI_KEK"):
        EnvKeyProvider({})
    assert "11" not in repr(p)
