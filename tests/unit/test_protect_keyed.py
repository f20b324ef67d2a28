"""Keyed operators: HMAC and FF3-1 known answers, pseudonym and FPE properties, keys, profiles."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, hmac
from ff3 import FF3Cipher  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st

from baomi.detect.checksums import birth_date_ok, gb11643_ok, luhn_ok
from baomi.detect.recognizers.telecom import mobile_segment_ok
from baomi.errors import ConfigError
from baomi.protect import (
    EncryptFpe,
    FpeError,
    ProtectionKey,
    Protector,
    Pseudonymize,
    create_key_file,
    load_profile,
    load_protection_key,
)
from baomi.protect.pseudonymize import normalize
from tests.conftest import ROOT
from tests.strategies import mobiles, resident_ids, unionpay_cards

VECTORS = ROOT / "tests" / "vectors"
KEYED = json.loads((VECTORS / "protect_keyed.json").read_text(encoding="utf-8"))
KEY = ProtectionKey(bytes.fromhex(KEYED["key_hex"]))
OTHER_KEY = ProtectionKey(bytes(range(1, 33)))
FPE = EncryptFpe(KEY)
FP_PSEUDO = Pseudonymize(KEY, format_preserving=True)


# --- primitives: the library calls we depend on give the published answers ----------------------


@pytest.mark.parametrize("v", json.loads((VECTORS / "ff3_1.json").read_text())["vectors"])
def test_ff3_1_acvp_vectors(v: dict[str, str]) -> None:
    c = FF3Cipher.withCustomAlphabet(v["key"], v["tweak"], v["alphabet"])
    assert c.encrypt(v["plaintext"]) == v["ciphertext"]
    assert c.decrypt(v["ciphertext"]) == v["plaintext"]


def test_hmac_sha256_rfc4231_case_2() -> None:
    h = hmac.HMAC(b"Jefe", hashes.SHA256())
    h.update(b"what do ya want for nothing?")
    assert h.finalize().hex() == (
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )


def _sm3(data: bytes) -> bytes:
    d = hashes.Hash(hashes.SM3())
    d.update(data)
    return d.finalize()


def test_sm3_known_answer_and_hmac_sm3_by_definition() -> None:
    # GB/T 32905-2016 example 1.
    assert _sm3(b"abc").hex() == (
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    )
    key, msg = bytes(range(32)), b"baomi"
    block = key.ljust(64, b"\0")
    inner = _sm3(bytes(b ^ 0x36 for b in block) + msg)
    by_hand = _sm3(bytes(b ^ 0x5C for b in block) + inner)
    h = hmac.HMAC(key, hashes.SM3())
    h.update(msg)
    assert h.finalize() == by_hand


# --- baomi's constructions: pinned answers ------------------------------------------------------


@pytest.mark.parametrize(("type_id", "value", "expected"), KEYED["hmac_sha256"])
def test_hmac_sha256_pseudonyms(type_id: str, value: str, expected: str) -> None:
    assert Pseudonymize(KEY)(type_id, value) == expected


@pytest.mark.parametrize(("type_id", "value", "expected"), KEYED["hmac_sm3"])
def test_hmac_sm3_pseudonyms(type_id: str, value: str, expected: str) -> None:
    assert Pseudonymize(KEY, algorithm="sm3")(type_id, value) == expected


@pytest.mark.parametrize(("type_id", "value", "expected"), KEYED["format_preserving"])
def test_format_preserving_pseudonyms(type_id: str, value: str, expected: str) -> None:
    assert FP_PSEUDO(type_id, value) == expected


@pytest.mark.parametrize(("type_id", "value", "expected"), KEYED["encrypt_fpe"])
def test_fpe_known_answers(type_id: str, value: str, expected: str) -> None:
    assert FPE(type_id, value) == expected
    assert FPE.decrypt(type_id, expected) == value


# --- properties ---------------------------------------------------------------------------------


@given(resident_ids())
def test_fpe_resident_id_round_trips_and_validates(value: str) -> None:
    enc = FPE("CN_RESIDENT_ID", value)
    assert enc != value
    assert gb11643_ok(enc)
    assert enc[:6] == value[:6]  # the region stays
    assert FPE.decrypt("CN_RESIDENT_ID", enc) == value


@given(unionpay_cards())
def test_fpe_card_round_trips_and_validates(value: str) -> None:
    enc = FPE("BANK_CARD", value)
    assert luhn_ok(enc)
    assert len(enc) == len(value)
    assert enc[:6] == value[:6]
    assert FPE.decrypt("BANK_CARD", enc) == value


@given(mobiles(), st.sampled_from(["", "+86 ", "0086-"]), st.booleans())
def test_fpe_mobile_round_trips_with_its_shape(value: str, prefix: str, dashes: bool) -> None:
    written = prefix + (f"{value[:3]}-{value[3:7]}-{value[7:]}" if dashes else value)
    enc = FPE("CN_MOBILE", written)
    assert len(enc) == len(written)
    assert enc.startswith(prefix)
    assert mobile_segment_ok("".join(c for c in enc if c.isdigit())[-11:])
    assert FPE.decrypt("CN_MOBILE", enc) == written


@given(
    st.sampled_from(["010", "021", "0755", "0851"]),
    st.text(alphabet="23456789", min_size=1, max_size=1),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.sampled_from(["{a}-{n}", "({a}){n}", "（{a}）{n}", "（{a}）{h} {t}"]),
)
def test_fpe_landline_round_trips_with_its_brackets(
    area: str, first: str, rest: str, shape: str
) -> None:
    local = (first + rest + "9")[: 8 if len(area) == 3 else 7]  # (the local number's length)
    written = shape.format(a=area, n=local, h=local[:4], t=local[4:])
    enc = FPE("CN_LANDLINE", written)
    assert len(enc) == len(written)
    assert enc.lstrip("(（").startswith(area)  # the area code stays
    assert [c for c in enc if not c.isdigit()] == [c for c in written if not c.isdigit()]
    assert FPE.decrypt("CN_LANDLINE", enc) == written


@given(st.text(alphabet="0123456789", min_size=6, max_size=25))
def test_fpe_account_round_trips(digits: str) -> None:
    assert FPE.decrypt("BANK_ACCOUNT", FPE("BANK_ACCOUNT", digits)) == digits


def test_fpe_refuses_what_it_cannot_encrypt_safely() -> None:
    with pytest.raises(FpeError, match="at least 6 digits"):
        FPE("BANK_ACCOUNT", "12345")
    with pytest.raises(FpeError, match="does not support PERSON_NAME"):
        FPE("PERSON_NAME", "张伟")
    with pytest.raises(FpeError) as exc:
        FPE("CN_RESIDENT_ID", "110105194913310021")  # month 13
    assert "110105" not in str(exc.value)


@settings(max_examples=50)
@given(resident_ids(), unionpay_cards(), mobiles())
def test_pseudonyms_are_deterministic_per_key_and_differ_across_keys(
    rid: str, card: str, mob: str
) -> None:
    for type_id, value in (("CN_RESIDENT_ID", rid), ("BANK_CARD", card), ("CN_MOBILE", mob)):
        for fp in (False, True):
            a = Pseudonymize(KEY, format_preserving=fp)
            b = Pseudonymize(OTHER_KEY, format_preserving=fp)
            assert a(type_id, value) == Pseudonymize(KEY, format_preserving=fp)(type_id, value)
            assert a(type_id, value) != b(type_id, value)


@given(resident_ids(), unionpay_cards(), mobiles())
def test_format_preserving_pseudonyms_validate_as_their_type(rid: str, card: str, mob: str) -> None:
    new_id = FP_PSEUDO("CN_RESIDENT_ID", rid)
    assert gb11643_ok(new_id)
    assert birth_date_ok(new_id[6:14])
    assert int(new_id[16]) % 2 == int(rid[16]) % 2  # the sex digit's parity stays
    new_card = FP_PSEUDO("BANK_CARD", card)
    assert luhn_ok(new_card)
    assert new_card[:6] == card[:6]
    assert len(new_card) == len(card)
    assert mobile_segment_ok(FP_PSEUDO("CN_MOBILE", mob))


def test_one_customer_written_two_ways_gets_one_pseudonym() -> None:
    p = Pseudonymize(KEY)
    assert p("CN_MOBILE", "138-1234-5678") == p("CN_MOBILE", "+86 13812345678")
    assert p("CN_RESIDENT_ID", "11010519491231002x") == p("CN_RESIDENT_ID", "11010519491231002X")
    assert p("BANK_CARD", "6222 0212 3456 7890 128") == p("BANK_CARD", "6222021234567890128")
    # the same digits as two types do not collide
    assert p("BANK_ACCOUNT", "13812345678") != p("CN_MOBILE", "13812345678")
    assert normalize("EMAIL", " A@QQ.com ") == "a@qq.com"


def test_format_preserving_keeps_separators() -> None:
    out = FP_PSEUDO("BANK_CARD", "6222 0212 3456 7890 128")
    assert [i for i, c in enumerate(out) if c == " "] == [4, 9, 14, 19]


# --- keys ---------------------------------------------------------------------------------------


def test_key_file_is_private_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "k" / "protect.key"
    key = create_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_protection_key(path) == key
    with pytest.raises(ConfigError, match="already exists"):
        create_key_file(path)
    assert load_protection_key(path) == key


def test_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "protect.key"
    create_key_file(path)
    os.chmod(path, 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        load_protection_key(path)


def test_key_sources_in_order(tmp_path: Path) -> None:
    env = {"BAOMI_PROTECT_KEY": "00" * 32, "BAOMI_HOME": str(tmp_path)}
    assert load_protection_key(env=env).material == bytes(32)
    with pytest.raises(ConfigError, match="64 hex digits"):
        load_protection_key(env={"BAOMI_PROTECT_KEY": "zz"})
    with pytest.raises(ConfigError, match="baomi keygen"):
        load_protection_key(env={"BAOMI_HOME": str(tmp_path)})
    made = create_key_file(tmp_path / "protect.key")
    assert load_protection_key(env={"BAOMI_HOME": str(tmp_path)}) == made


def test_key_never_in_repr_or_in_operator_repr() -> None:
    secret = KEY.material.hex()
    for obj in (KEY, Pseudonymize(KEY), FPE):
        assert secret not in repr(obj)
        assert secret[:16] not in repr(obj)


def test_malformed_key_file(tmp_path: Path) -> None:
    path = tmp_path / "protect.key"
    path.write_text('{"kind": "something else"}')
    path.chmod(0o600)
    with pytest.raises(ConfigError, match="not a baomi protection key"):
        load_protection_key(path)


# --- profiles -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["display", "share", "test-data", "analytics"])
def test_builtin_profiles_load_and_never_reveal_c3(name: str) -> None:
    protector = Protector.build(load_profile(name), KEY)
    assert protector("PASSWORD", "hunter2") == "******"
    assert protector("CARD_CVN", "123") == "***"
    assert protector("CN_MOBILE", "13812345678") != "13812345678"


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "profile.yaml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\ndefault: {operator: scramble}\n", "default"),
        ("name: x\ndefault: {operator: mask}\ntypes: {CN_PHONE: {operator: mask}}\n", "CN_PHONE"),
        ("name: x\ndefault: {operator: mask, keep: 3}\n", "default.mask.keep"),
        (
            "name: x\ndefault: {operator: mask}\ntypes: {PASSWORD: {operator: pseudonymize}}\n",
            "C3",
        ),
        (
            "name: x\ndefault: {operator: mask}\n"
            "types: {CARD_CVN: {operator: mask, keep_first: 1}}\n",
            "fixed string",
        ),
        ("name: x\ndefault: {operator: encrypt_fpe}\n", "cannot be the default"),
        (
            "name: x\ndefault: {operator: mask}\ntypes: {EMAIL: {operator: encrypt_fpe}}\n",
            "does not support EMAIL",
        ),
        ("name: x\ndefault: {operator: pseudonymize, template: '{x}'}\n", "template"),
        ("name: x\ndefault: [unclosed\n", "not valid YAML at line"),
        ("- a list\n", "must be a mapping"),
        ("default: {operator: mask}\n", "name"),
    ],
)
def test_bad_profiles_are_refused_with_the_setting_named(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load_profile(_write(tmp_path, text))


def test_unknown_profile_name() -> None:
    with pytest.raises(ConfigError, match="display, share"):
        load_profile("nonexistent")


def test_c3_never_falls_through_to_the_default() -> None:
    profile = load_profile("test-data")
    assert profile.needs_key
    protector = Protector.build(profile, KEY)
    assert protector("PASSWORD", "secret-pass") == "******"
    assert "PASSWORD" not in protector.realistic_types()
    assert "CN_MOBILE" in protector.realistic_types()


def test_keyed_profile_without_key_is_refused() -> None:
    with pytest.raises(ConfigError, match="needs a protection key"):
        Protector.build(load_profile("analytics"), None)
