"""Crypto recipes over ``cryptography``: AEAD (AES-256-GCM, SM4-GCM), the envelope format, the
``Secret`` wrapper and key providers (local key file, environment; the port for others)."""

from baomi.crypto.aead import (
    AES_256_GCM,
    ALGORITHMS,
    SM4_GCM,
    Aead,
    DecryptionError,
    aead_for,
    random_key,
)
from baomi.crypto.envelope import associated_data, open_envelope, seal, seal_many
from baomi.crypto.keyfile import KEK_FILE_NAME, LocalKeyFile
from baomi.crypto.providers import EnvKeyProvider, KekInfo, KeyProvider, KeyProviderError
from baomi.crypto.secret import Secret

__all__ = [
    "AES_256_GCM",
    "ALGORITHMS",
    "KEK_FILE_NAME",
    "SM4_GCM",
    "Aead",
    "DecryptionError",
    "EnvKeyProvider",
    "KekInfo",
    "KeyProvider",
    "KeyProviderError",
    "LocalKeyFile",
    "Secret",
    "aead_for",
    "associated_data",
    "open_envelope",
    "random_key",
    "seal",
    "seal_many",
]
