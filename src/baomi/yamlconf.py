"""Reading YAML settings files (profiles, policies, monitoring rules) the same way everywhere:
a clear ``ConfigError`` naming the file and the line, or the setting and the rule."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from baomi.errors import ConfigError

__all__ = ["read_yaml", "read_yaml_file", "validate"]

M = TypeVar("M", bound=BaseModel)


def read_yaml(text: str, source: str) -> object:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{source}: not valid YAML{where}") from None


def read_yaml_file(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ConfigError(f"cannot read {path} as UTF-8 text") from None
    return read_yaml(text, str(path))


def validate(model: type[M], doc: object, source: str) -> M:
    try:
        return model.model_validate(doc)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(x) for x in problem["loc"]) or "(top level)"
        msg = str(problem["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{source}: setting {where}: {msg}") from None
