"""Shared fixtures: a detector with a pinned date, and paths to the repository's files."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from baomi import Detector

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 27)


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector(today=TODAY)


def run_baomi(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the ``baomi`` command line in a subprocess, as a user would (``env`` is added to
    this process's environment)."""
    return subprocess.run(
        [sys.executable, "-m", "baomi", *args],
        input=stdin,
        env={**os.environ, **env} if env else None,
        capture_output=True,
        timeout=300,
        check=False,
    )
