"""The compiled detector (mypyc, setup.py): used only when fresh, and identical to its source."""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import random
import sys
from pathlib import Path

import pytest

import baomi.detect
from baomi.detect._native import (
    RECORD,
    compiled_in_use,
    compiled_modules,
    stale_modules,
    use_source_when_stale,
)
from tests.conftest import run_baomi
from tests.handwritten import load

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # .cpython-311-x86_64-linux-gnu.so
PACKAGE_DIR = Path(baomi.detect.__file__).parent


def _fake_build(tmp_path: Path, *, edited: str | None = None) -> Path:
    """A package directory with two 'compiled' modules and the record of their sources;
    ``edited`` is changed after the build."""
    (tmp_path / "recognizers").mkdir()
    record = {}
    for rel in ("engine", "recognizers/names"):
        source = tmp_path / f"{rel}.py"
        source.write_text("x = 1\n")
        (tmp_path / f"{rel}{SUFFIX}").write_bytes(b"")
        record[f"{rel}.py"] = hashlib.sha256(source.read_bytes()).hexdigest()
    (tmp_path / RECORD).write_text(json.dumps(record))
    (tmp_path / "config.py").write_text("x = 1\n")  # never compiled
    if edited:
        (tmp_path / f"{edited}.py").write_text("x = 2\n")
    return tmp_path


def test_compiled_modules_are_named_by_package_path(tmp_path: Path) -> None:
    found = compiled_modules(_fake_build(tmp_path))
    assert found == {
        "baomi.detect.engine": tmp_path / "engine.py",
        "baomi.detect.recognizers.names": tmp_path / "recognizers" / "names.py",
    }


def test_a_build_newer_than_every_source_is_fresh(tmp_path: Path) -> None:
    assert stale_modules(_fake_build(tmp_path)) == []


def test_an_edited_source_makes_its_module_stale(tmp_path: Path) -> None:
    stale = stale_modules(_fake_build(tmp_path, edited="recognizers/names"))
    assert stale == ["baomi.detect.recognizers.names"]


def test_a_source_touched_but_unchanged_is_not_stale(tmp_path: Path) -> None:
    built = _fake_build(tmp_path)
    os.utime(built / "engine.py", (4_000_000_000, 4_000_000_000))  # a checkout rewrote it
    assert stale_modules(built) == []


def test_extensions_without_a_record_are_stale(tmp_path: Path) -> None:
    built = _fake_build(tmp_path)
    (built / RECORD).unlink()
    assert stale_modules(built) == ["baomi.detect.engine", "baomi.detect.recognizers.names"]


@pytest.fixture
def meta_path(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """A copy of sys.meta_path, so a finder a test installs does not outlive it."""
    copy = list(sys.meta_path)
    monkeypatch.setattr(sys, "meta_path", copy)
    return copy


def test_a_stale_build_warns_and_runs_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meta_path: list[object]
) -> None:
    monkeypatch.delenv("BAOMI_PURE_PYTHON", raising=False)
    with pytest.warns(RuntimeWarning, match=r"built from other source \(baomi\.detect\.engine\)"):
        assert use_source_when_stale(_fake_build(tmp_path, edited="engine"))
    spec = meta_path[0].find_spec("baomi.detect.recognizers.names", None)  # type: ignore[attr-defined]
    assert spec.origin == str(tmp_path / "recognizers" / "names.py")  # all or none


def test_pure_python_is_run_on_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meta_path: list[object]
) -> None:
    monkeypatch.setenv("BAOMI_PURE_PYTHON", "1")
    assert use_source_when_stale(_fake_build(tmp_path))


def test_a_fresh_build_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meta_path: list[object]
) -> None:
    monkeypatch.delenv("BAOMI_PURE_PYTHON", raising=False)
    built, pure = tmp_path / "built", tmp_path / "pure"
    built.mkdir()
    pure.mkdir()
    assert not use_source_when_stale(_fake_build(built))
    assert not use_source_when_stale(pure)  # no extension at all: a pure-Python install
    assert len(meta_path) == len(sys.meta_path)


def test_the_installed_build_is_used_when_present() -> None:
    """CI installs the compiled build: the tests must run it, not silently the source."""
    if os.environ.get("BAOMI_PURE_PYTHON") or not compiled_modules(PACKAGE_DIR):
        assert not compiled_in_use()
    else:
        stale = stale_modules(PACKAGE_DIR)
        assert not stale, f"rebuild the detector (make, or pip install -e .): {stale} edited"
        assert compiled_in_use()


def _random_texts(n: int) -> list[str]:
    """Lines of mixed digits, letters, Chinese and punctuation, seeded (no line breaks)."""
    rng = random.Random(20261128)
    pieces = [
        *"0123456789Xx-+@.:/ ，。：、（）",
        "张伟",
        "客户",
        "手机",
        "身份证号",
        "北京市朝阳区建国路88号",
        "13812345678",
        "11010519491231002X",
        "6222021234567890128",
    ]
    return ["".join(rng.choices(pieces, k=rng.randint(1, 40))) for _ in range(n)]


def test_compiled_and_source_find_the_same() -> None:
    """mypyc keeps Python's semantics, but the suite runs one build: compare both on the
    hand-written corpus and on random mixed text, scores included."""
    texts = [t for t, _ in load()] + _random_texts(1_000)
    stdin = "\n".join(texts).encode("utf-8") + b"\n"
    args = ("detect", "-", "--format", "jsonl", "--with-values")
    as_built = run_baomi(*args, stdin=stdin)
    source = run_baomi(*args, stdin=stdin, env={"BAOMI_PURE_PYTHON": "1"})
    assert as_built.returncode == source.returncode == 0, source.stderr.decode()
    assert len(as_built.stdout.splitlines()) == len(texts)
    assert as_built.stdout == source.stdout
