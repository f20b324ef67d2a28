"""PKCS#11 key provider: KEKs that never leave a hardware security module.

Through ``python-pkcs11`` (maintained, typed, a Cython binding of the PKCS#11 C API), tested
against SoftHSM2. Each KEK version is an AES-256 secret key object labelled ``baomi-kek-v<N>``,
created sensitive and not extractable; DEKs are wrapped inside the HSM with CKM_AES_GCM (a fresh
96-bit nonce, the associated data bound), so the KEK's bytes are never seen by baomi. The highest
version is active. Retiring a version destroys its key object in the HSM.

Configuration from the environment (the PIN never on a command line): ``BAOMI_PKCS11_MODULE``
(path of the vendor's PKCS#11 library), ``BAOMI_PKCS11_TOKEN`` (token label),
``BAOMI_PKCS11_PIN`` (user PIN), ``BAOMI_ALGORITHM`` (the data keys' algorithm, default
aes-256-gcm: the HSM only wraps them).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from baomi.crypto.aead import ALGORITHMS, NONCE_BYTES, DecryptionError
from baomi.crypto.providers import KekInfo, KeyProviderError
from baomi.crypto.secret import Secret
from baomi.errors import ConfigError

__all__ = ["Pkcs11KeyProvider"]

_LABEL = "baomi-kek-v"


def _pkcs11() -> Any:
    try:
        import pkcs11
    except ImportError:
        raise ConfigError(
            "the PKCS#11 provider needs python-pkcs11: pip install 'baomi[hsm]'"
        ) from None
    return pkcs11


class Pkcs11KeyProvider:
    name = "pkcs11"

    def __init__(self, module: str, token_label: str, pin: str, algorithm: int):
        p11 = _pkcs11()
        self._p11 = p11
        self.algorithm = algorithm
        try:
            lib = p11.lib(module)
            token = lib.get_token(token_label=token_label)
            self._session = token.open(user_pin=pin, rw=True)
        except (p11.exceptions.PKCS11Error, RuntimeError, OSError) as exc:
            raise ConfigError(f"cannot open the PKCS#11 token ({type(exc).__name__})") from None
        if not self._keys():
            self.rotate()  # a new token: create version 1

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Pkcs11KeyProvider:
        env = os.environ if env is None else env
        missing = [
            v
            for v in ("BAOMI_PKCS11_MODULE", "BAOMI_PKCS11_TOKEN", "BAOMI_PKCS11_PIN")
            if not env.get(v)
        ]
        if missing:
            raise ConfigError("the PKCS#11 provider needs " + ", ".join(missing))
        algorithm = ALGORITHMS.get(env.get("BAOMI_ALGORITHM", "aes-256-gcm"))
        if algorithm is None:
            raise ConfigError("BAOMI_ALGORITHM must be " + " or ".join(ALGORITHMS))
        return cls(
            env["BAOMI_PKCS11_MODULE"],
            env["BAOMI_PKCS11_TOKEN"],
            env["BAOMI_PKCS11_PIN"],
            algorithm,
        )

    def _keys(self) -> dict[int, Any]:
        p11 = self._p11
        out = {}
        for obj in self._session.get_objects({p11.Attribute.CLASS: p11.ObjectClass.SECRET_KEY}):
            label = obj[p11.Attribute.LABEL]
            if label.startswith(_LABEL) and label[len(_LABEL) :].isdigit():
                out[int(label[len(_LABEL) :])] = obj
        return out

    def versions(self) -> list[KekInfo]:
        keys = self._keys()
        top = max(keys)
        return [KekInfo(v, "active" if v == top else "decrypt-only", "") for v in sorted(keys)]

    def active_version(self) -> int:
        return max(self._keys())

    def _key(self, version: int) -> Any:
        key = self._keys().get(version)
        if key is None:
            raise KeyProviderError(f"KEK version {version} is not in the HSM")
        return key

    def wrap(self, version: int, dek: Secret, aad: bytes) -> bytes:
        p11 = self._p11
        from pkcs11.mechanisms import GCMParams

        nonce = os.urandom(NONCE_BYTES)
        ct = self._key(version).encrypt(
            dek.reveal(), mechanism=p11.Mechanism.AES_GCM, mechanism_param=GCMParams(nonce, aad)
        )
        return nonce + bytes(ct)

    def unwrap(self, version: int, wrapped: bytes, aad: bytes) -> Secret:
        p11 = self._p11
        from pkcs11.mechanisms import GCMParams

        key = self._key(version)
        try:
            pt = key.decrypt(
                wrapped[NONCE_BYTES:],
                mechanism=p11.Mechanism.AES_GCM,
                mechanism_param=GCMParams(wrapped[:NONCE_BYTES], aad),
            )
        except p11.exceptions.PKCS11Error:
            raise DecryptionError() from None
        return Secret(bytes(pt))

    def rotate(self) -> int:
        p11 = self._p11
        version = max(self._keys(), default=0) + 1
        self._session.generate_key(
            p11.KeyType.AES,
            256,
            label=f"{_LABEL}{version}",
            store=True,
            template={
                p11.Attribute.SENSITIVE: True,
                p11.Attribute.EXTRACTABLE: False,
                p11.Attribute.ENCRYPT: True,
                p11.Attribute.DECRYPT: True,
            },
        )
        return version

    def retire(self, version: int) -> None:
        if version == self.active_version():
            raise KeyProviderError("the active KEK cannot be retired; rotate first")
        self._key(version).destroy()

    def close(self) -> None:
        self._session.close()

    def __repr__(self) -> str:
        return f"Pkcs11KeyProvider(versions={sorted(self._keys())})"
