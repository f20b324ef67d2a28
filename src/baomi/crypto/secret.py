"""``Secret``: key material that never shows itself in a repr, a log line or an exception."""

from __future__ import annotations

import hmac

__all__ = ["Secret"]


class Secret:
    """Bytes that print as ``Secret(32 bytes)``; ``reveal()`` is the only way to the value."""

    __slots__ = ("_value",)

    def __init__(self, value: bytes):
        if not isinstance(value, bytes | bytearray):
            raise TypeError("a Secret holds bytes")
        self._value = bytes(value)

    def reveal(self) -> bytes:
        return self._value

    def __len__(self) -> int:
        return len(self._value)

    def __repr__(self) -> str:
        return f"Secret({len(self._value)} bytes)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(("Secret", len(self._value)))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret is not pickled (it would leave the process)")
