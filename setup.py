"""Compile the detector's hot modules with mypyc (the rest of baomi stays pure Python).

Why: the detector touches every character of every line in Python code; mypyc turns the same
type-checked modules into C extensions that run about 1.4 times fewer instructions per line
(``benchmarks/detect_instructions.py``), with identical findings. Set ``BAOMI_PURE_PYTHON=1`` to
install without a C compiler; ``baomi.detect._native`` then runs the source, as it does whenever
a source differs from the one its extension was compiled from (recorded in ``_built_from.json``).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from setuptools import setup

# Not compiled: the package's own import logic, pydantic models (config), and the process pool's
# worker (parallel), which gains nothing and must stay picklable by reference.
_PURE = {"__init__.py", "_native.py", "config.py", "parallel.py"}
_PACKAGE = Path("src/baomi/detect")
# Which source each extension was compiled from: baomi.detect._native reads it at import.
_RECORD = _PACKAGE / "_built_from.json"


def _compiled_sources() -> list[Path]:
    return sorted(p for p in _PACKAGE.rglob("*.py") if p.name not in _PURE)


def _extensions() -> list[object]:
    if os.environ.get("BAOMI_PURE_PYTHON"):
        _RECORD.unlink(missing_ok=True)
        return []
    from mypyc.build import mypycify

    sources = _compiled_sources()
    record = {
        p.relative_to(_PACKAGE).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sources
    }
    _RECORD.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return list(mypycify([p.as_posix() for p in sources], opt_level="3"))


setup(ext_modules=_extensions())
