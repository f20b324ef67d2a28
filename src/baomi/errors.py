"""One rooted error tree.

Messages name fields, rules, line numbers and byte offsets -- never a customer value. Code that
raises these must pass only such metadata; the tests scan every message with baomi's own detector.
"""

from __future__ import annotations

__all__ = [
    "BaomiError",
    "ConfigError",
    "InputError",
    "UnknownEntityTypeError",
    "UnknownValidatorError",
]


class BaomiError(Exception):
    """Root of every error baomi raises on purpose."""


class ConfigError(BaomiError):
    """A configuration file or option is invalid; the message names the setting and the rule."""


class UnknownEntityTypeError(ConfigError):
    """An entity type id is not in the catalog."""


class UnknownValidatorError(ConfigError):
    """A custom recognizer names a validator that does not exist."""


class InputError(BaomiError):
    """Input cannot be read as asked (encoding, binary content, malformed record).

    ``line`` and ``byte_offset`` locate the problem without quoting it.
    """

    def __init__(self, message: str, *, line: int | None = None, byte_offset: int | None = None):
        where = []
        if line is not None:
            where.append(f"line {line}")
        if byte_offset is not None:
            where.append(f"byte offset {byte_offset}")
        super().__init__(f"{message} ({', '.join(where)})" if where else message)
        self.line = line
        self.byte_offset = byte_offset
