"""Detector configuration: which types, how sure, allow/deny lists, custom recognizers.

Loaded from YAML and validated with pydantic; every error names the setting and the rule.
Example (docs/detect-config.md has the full reference)::

    min_score: 0.6
    disable: [IP_ADDRESS]
    allow_list: ["95566"]            # never reported (e.g. the institution's own hotline)
    deny_list: {"内部工号A123": PERSON_NAME}   # always reported as the given type
    custom_recognizers:
      - name: employee_id
        type: EMPLOYEE_ID
        pattern: "EMP\\d{6}"
        kinds: [alnum]
        context: ["工号", "employee"]
        validator: none
        score: 0.8
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from baomi.catalog import CATALOG
from baomi.detect.checksums import gb11643_ok, gb32100_ok, luhn_ok, vin_ok
from baomi.detect.recognizers.base import TokenRecognizer
from baomi.errors import ConfigError, UnknownEntityTypeError, UnknownValidatorError

__all__ = ["VALIDATORS", "CustomRecognizer", "DetectorConfig", "load_config"]

VALIDATORS: dict[str, object] = {
    "none": lambda v: True,
    "luhn": luhn_ok,
    "gb11643": gb11643_ok,
    "gb32100": gb32100_ok,
    "vin": vin_ok,
}
TokenKind = Literal["digits", "alnum", "email", "ipv4", "ipv6", "geo", "date", "mmyy", "plate"]


class CustomRecognizer(BaseModel):
    """A recognizer written as data: a shape, context words and a named validator."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    type: str = Field(pattern=r"^[A-Z][A-Z0-9_]{1,63}$")
    pattern: str
    kinds: tuple[TokenKind, ...] = ("digits", "alnum")
    context: tuple[str, ...] = ()
    needs_context: bool = False
    validator: str = "none"
    score: float = Field(default=0.7, ge=0.0, le=1.0)
    context_bonus: float = Field(default=0.15, ge=0.0, le=1.0)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from None
        return v

    @field_validator("validator")
    @classmethod
    def _known_validator(cls, v: str) -> str:
        if v not in VALIDATORS:
            raise UnknownValidatorError(
                f"unknown validator {v!r}; known validators: {', '.join(sorted(VALIDATORS))}"
            )
        return v

    def build(self) -> TokenRecognizer:
        check = VALIDATORS[self.validator]
        score = self.score
        group = f"CUSTOM:{self.name}"
        own = re.compile("|".join(re.escape(w) for w in self.context)) if self.context else None

        def validate(v: str, cues: Mapping[str, str]) -> float | None:
            return score if check(v) else None  # type: ignore[operator]

        return TokenRecognizer(
            name=self.name,
            type=self.type,
            kinds=self.kinds,
            pattern=re.compile(self.pattern),
            validate=validate,
            cues=(group,) if self.context else (),
            needs_cue=self.needs_context,
            cue_bonus=self.context_bonus,
            own_cues=own,
            max_base=score,
        )


class DetectorConfig(BaseModel):
    """What the detector reports. Unknown keys and unknown type ids are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    types: tuple[str, ...] | None = None  # only these (None: all built-in and custom types)
    disable: tuple[str, ...] = ()
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    allow_list: tuple[str, ...] = ()
    deny_list: dict[str, str] = Field(default_factory=dict)
    custom_recognizers: tuple[CustomRecognizer, ...] = ()

    @field_validator("types", "disable")
    @classmethod
    def _known_types(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        for t in v or ():
            if t not in CATALOG and not t.startswith("CUSTOM_"):
                raise UnknownEntityTypeError(
                    f"unknown entity type {t!r}; known types: {', '.join(sorted(CATALOG))}"
                )
        return v

    @field_validator("deny_list")
    @classmethod
    def _deny_types(cls, v: dict[str, str]) -> dict[str, str]:
        for t in v.values():
            if t not in CATALOG:
                raise UnknownEntityTypeError(f"deny_list names unknown entity type {t!r}")
        return v

    def enabled_types(self) -> frozenset[str]:
        custom = {c.type for c in self.custom_recognizers}
        base = set(self.types) if self.types is not None else set(CATALOG) | custom
        return frozenset(base - set(self.disable))

    def custom_recognizers_built(self) -> list[TokenRecognizer]:
        return [c.build() for c in self.custom_recognizers]


def load_config(path: str | Path) -> DetectorConfig:
    """Read and validate a YAML configuration file; errors name the file and the setting."""
    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file {p}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"configuration file {p} is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"configuration file {p} is not valid YAML{where}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"configuration file {p} must be a mapping of settings")
    try:
        return DetectorConfig.model_validate(raw)
    except ConfigError as exc:
        raise ConfigError(f"configuration file {p} is invalid: {exc}") from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"configuration file {p} is invalid: {problems}") from None
