"""Use the compiled detector only when it was built from the source beside it.

setup.py compiles the detector's hot modules with mypyc. In an editable install each extension
sits next to its source, and Python imports an extension before a source file of the same name:
after the source is edited, the old compiled code would run and nobody would notice. So when any
source differs from the one its extension was compiled from (setup.py records their SHA-256 in
``_built_from.json``; hashes, not times, so a build that ran while a file was edited, or a
checkout that rewrote a file, is judged by content), or when ``BAOMI_PURE_PYTHON`` is set, every
compiled module is imported from its source instead. All or none: compiled modules call each
other directly in C, so one module from source among compiled ones would still run the others'
old code.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

__all__ = [
    "RECORD",
    "compiled_in_use",
    "compiled_modules",
    "stale_modules",
    "use_source_when_stale",
]

_PACKAGE = "baomi.detect"


def _built(package_dir: Path) -> Iterator[tuple[str, Path]]:
    """(module name, source) for each compiled extension under ``package_dir``."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES  # most specific first: .cpython-311-….so
    for path in sorted(package_dir.rglob("*.*")):
        suffix = next((s for s in suffixes if path.name.endswith(s)), None)
        if suffix is None:
            continue
        stem = path.name[: -len(suffix)]
        rel = path.relative_to(package_dir).with_name(stem).as_posix()
        yield f"{_PACKAGE}.{rel.replace('/', '.')}", path.with_name(stem + ".py")


def compiled_modules(package_dir: Path) -> dict[str, Path]:
    """Module name -> its source file, for each compiled extension under ``package_dir``."""
    return dict(_built(package_dir))


RECORD = "_built_from.json"


def stale_modules(package_dir: Path) -> list[str]:
    """The compiled modules whose source is not the one they were compiled from (or unknown)."""
    try:
        record = json.loads((package_dir / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = {}
    stale = []
    for name, source in _built(package_dir):
        if not source.exists():
            continue  # an installed wheel without sources: nothing else could run
        rel = source.relative_to(package_dir).as_posix()
        if record.get(rel) != hashlib.sha256(source.read_bytes()).hexdigest():
            stale.append(name)
    return stale


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the listed modules as source files, ahead of the extensions beside them."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self._sources = sources

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self._sources.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def use_source_when_stale(package_dir: Path) -> bool:
    """Import the compiled modules from source when asked to or when any is stale; True if so."""
    sources = compiled_modules(package_dir)
    if not sources:
        return False  # a pure-Python install
    if not os.environ.get("BAOMI_PURE_PYTHON"):
        stale = stale_modules(package_dir)
        if not stale:
            return False
        warnings.warn(
            f"baomi: the compiled detector was built from other source ({', '.join(stale)}); "
            "running the source instead, which is slower. Rebuild with `make` or "
            "`pip install -e .`",
            RuntimeWarning,
            stacklevel=2,
        )
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(sources))
    return True


def compiled_in_use() -> bool:
    """True when the detector runs compiled (benchmarks print which build they measured)."""
    from baomi.detect import engine

    return not engine.__file__.endswith(".py")
