"""Shared fixtures: a detector with a pinned date, and paths to the repository's files."""

from __future__ import annotations

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


def run_baomi(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the ``baomi`` command line in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "baomi", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )
