"""Protection profiles: which operator each entity type (and, in tables, each column) gets.

A profile is YAML validated with pydantic; unknown operators, entity types or parameters are
refused on load with a message that names the file and the setting. Four profiles are built in
(``display``, ``share``, ``test-data``, ``analytics``; files in ``baomi/protect/profiles``).

Rules a profile cannot break: C3 types (CVN, expiry, password) are only ever masked to their
fixed string, redacted or replaced -- a profile that says otherwise is refused, and a default
operator never reaches them; ``encrypt_fpe`` is only allowed for the types it supports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from baomi.catalog import CATALOG, Category
from baomi.errors import ConfigError
from baomi.protect.base import Keep, Operator
from baomi.protect.fpe import FPE_TYPES, DecryptFpe, EncryptFpe
from baomi.protect.generalize import Generalize
from baomi.protect.keys import ProtectionKey
from baomi.protect.mask import MaskOperator
from baomi.protect.pseudonymize import Pseudonymize
from baomi.protect.redact import Redact
from baomi.protect.replace import Replace
from baomi.yamlconf import read_yaml, validate

__all__ = [
    "BUILTIN_PROFILES",
    "OPERATOR_NAMES",
    "Profile",
    "Protector",
    "load_profile",
]

BUILTIN_PROFILES = ("display", "share", "test-data", "analytics")


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MaskSpec(_Spec):
    operator: Literal["mask"]
    keep_first: int | None = Field(default=None, ge=0, le=32)
    keep_last: int | None = Field(default=None, ge=0, le=32)


class RedactSpec(_Spec):
    operator: Literal["redact"]


class ReplaceSpec(_Spec):
    operator: Literal["replace"]
    template: str = "<{type}>"
    chinese: bool = False

    @field_validator("template")
    @classmethod
    def _known_fields(cls, v: str) -> str:
        try:
            v.format(type="T", name_zh="N")
        except (KeyError, IndexError, ValueError):
            raise ValueError("template may only use {type} and {name_zh}") from None
        return v


class PseudonymizeSpec(_Spec):
    operator: Literal["pseudonymize"]
    algorithm: Literal["sha256", "sm3"] = "sha256"
    format_preserving: bool = False
    length: int = Field(default=16, ge=8, le=64)
    template: str = "{digest}"

    @field_validator("template")
    @classmethod
    def _has_digest(cls, v: str) -> str:
        try:
            v.format(digest="d", type="T")
        except (KeyError, IndexError, ValueError):
            raise ValueError("template may only use {digest} and {type}") from None
        if "{digest}" not in v:
            raise ValueError("template must contain {digest}")
        return v


class EncryptFpeSpec(_Spec):
    operator: Literal["encrypt_fpe"]


class GeneralizeSpec(_Spec):
    operator: Literal["generalize"]
    address_level: Literal["district", "city", "province"] = "district"
    date_level: Literal["year", "decade"] = "year"
    age_band: int = Field(default=10, ge=2, le=50)


class KeepSpec(_Spec):
    operator: Literal["keep"]


OperatorSpec = Annotated[
    MaskSpec
    | RedactSpec
    | ReplaceSpec
    | PseudonymizeSpec
    | EncryptFpeSpec
    | GeneralizeSpec
    | KeepSpec,
    Field(discriminator="operator"),
]
OPERATOR_NAMES = ("mask", "redact", "replace", "pseudonymize", "encrypt_fpe", "generalize", "keep")
_C3_ALLOWED = ("mask", "redact", "replace")


class Profile(BaseModel):
    """Entity type -> operator, a default for the rest, and column overrides for tables."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str = ""
    default: OperatorSpec
    types: dict[str, OperatorSpec] = Field(default_factory=dict)
    columns: dict[str, OperatorSpec] = Field(default_factory=dict)

    @field_validator("types")
    @classmethod
    def _types_are_known(cls, v: dict[str, _Spec]) -> dict[str, _Spec]:
        for type_id, spec in v.items():
            et = CATALOG.get(type_id)
            if et is None:
                raise ValueError(f"unknown entity type {type_id!r} (see `baomi entities`)")
            op = getattr(spec, "operator", "")
            if et.category is Category.C3 and op not in _C3_ALLOWED:
                raise ValueError(
                    f"{type_id} is C3 (authentication data): only mask, redact or replace, not {op}"
                )
            if (
                et.category is Category.C3
                and isinstance(spec, MaskSpec)
                and (spec.keep_first or spec.keep_last)
            ):
                raise ValueError(f"{type_id} is C3: its mask is a fixed string, keep nothing")
            if op == "encrypt_fpe" and type_id not in FPE_TYPES:
                raise ValueError(
                    f"encrypt_fpe does not support {type_id}; it supports "
                    + ", ".join(sorted(FPE_TYPES))
                )
        return v

    @field_validator("default")
    @classmethod
    def _default_fits_every_type(cls, v: _Spec) -> _Spec:
        if getattr(v, "operator", "") == "encrypt_fpe":
            raise ValueError(
                "encrypt_fpe cannot be the default (it supports only some types); name the types"
            )
        return v

    @property
    def needs_key(self) -> bool:
        specs = [self.default, *self.types.values(), *self.columns.values()]
        return any(isinstance(s, PseudonymizeSpec | EncryptFpeSpec) for s in specs)


def _build(spec: _Spec, key: ProtectionKey | None) -> Operator:
    match spec:
        case MaskSpec():
            return MaskOperator(spec.keep_first, spec.keep_last)
        case RedactSpec():
            return Redact()
        case ReplaceSpec():
            return Replace(spec.template, spec.chinese)
        case GeneralizeSpec():
            return Generalize(spec.address_level, spec.date_level, spec.age_band)
        case KeepSpec():
            return Keep()
        case PseudonymizeSpec() | EncryptFpeSpec():
            if key is None:
                raise ConfigError(f"operator {spec.operator} needs a protection key")
            if isinstance(spec, EncryptFpeSpec):
                return EncryptFpe(key, strict=False)
            return Pseudonymize(
                key, spec.algorithm, spec.format_preserving, spec.length, spec.template
            )
    raise ConfigError(f"unknown operator {spec!r}")  # pragma: no cover - pydantic refuses first


OperatorFn = Callable[[str, str], str]


@dataclass(frozen=True)
class Protector:
    """A profile compiled with its key: the operator for every type and column, built once."""

    profile: Profile
    by_type: dict[str, Operator]
    default: Operator
    by_column: dict[str, Operator]

    @classmethod
    def build(cls, profile: Profile, key: ProtectionKey | None = None) -> Protector:
        built: dict[_Spec, Operator] = {}

        def op(spec: _Spec) -> Operator:
            """One operator per distinct setting: keyed ones derive subkeys and FF3-1 ciphers,
            and ``encrypt_fpe`` counts its fallbacks in one place."""
            if spec not in built:
                built[spec] = _build(spec, key)
            return built[spec]

        default = op(profile.default)
        by_type = {t: op(s) for t, s in profile.types.items()}
        for type_id, et in CATALOG.items():  # C3 never falls through to the default
            if et.category is Category.C3 and type_id not in by_type:
                by_type[type_id] = MaskOperator()
        by_column = {c.casefold(): op(s) for c, s in profile.columns.items()}
        return cls(profile, by_type, default, by_column)

    def operator(self, type_id: str) -> Operator:
        return self.by_type.get(type_id, self.default)

    def column_operator(self, column: str) -> Operator | None:
        return self.by_column.get(column.strip().casefold())

    def __call__(self, type_id: str, value: str) -> str:
        return self.operator(type_id)(type_id, value)

    def inverse(self) -> Protector:
        """The protector that undoes this one's ``encrypt_fpe`` and leaves everything else."""
        by_type: dict[str, Operator] = {
            t: DecryptFpe(op) for t, op in self.by_type.items() if isinstance(op, EncryptFpe)
        }
        return Protector(self.profile, by_type, Keep(), {})

    def fallbacks(self) -> dict[str, int]:
        """Values ``encrypt_fpe`` could not take and masked instead, per type."""
        out: dict[str, int] = {}
        for op in {id(o): o for o in self.by_type.values()}.values():
            if isinstance(op, EncryptFpe):
                for t, n in op.fallbacks.items():
                    out[t] = out.get(t, 0) + n
            if isinstance(op, DecryptFpe):
                for t, n in op.failures.items():
                    out[t] = out.get(t, 0) + n
        return out

    def realistic_types(self) -> frozenset[str]:
        """Types whose protected form looks like a real value (``--verify`` cannot judge them)."""
        return frozenset(t for t in CATALOG if self.operator(t).realistic)


def _parse(doc: object, source: str) -> Profile:
    if not isinstance(doc, dict):
        raise ConfigError(f"{source}: a profile must be a mapping")
    return validate(Profile, doc, source)


def load_profile(name_or_path: str | Path) -> Profile:
    """A built-in profile by name, or a YAML file by path."""
    text: str
    if isinstance(name_or_path, str) and name_or_path in BUILTIN_PROFILES:
        source = f"built-in profile {name_or_path}"
        text = (
            resources.files("baomi.protect")
            .joinpath("profiles", f"{name_or_path}.yaml")
            .read_text(encoding="utf-8")
        )
    else:
        path = Path(name_or_path)
        source = str(path)
        if not path.is_file():
            raise ConfigError(
                f"no profile {source!r}: not a file and not one of " + ", ".join(BUILTIN_PROFILES)
            )
        text = path.read_text(encoding="utf-8")
    return _parse(read_yaml(text, source), source)
