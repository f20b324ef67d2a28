"""Fixtures for tests that need real databases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["sqlite", "postgresql"])
def urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'baomi.db'}", f"sqlite:///{tmp_path / 'keystore.db'}"
        return
    tag = uuid.uuid4().hex[:10]
    admin = create_engine(PG)
    schemas = [f"baomi_data_{tag}", f"baomi_keys_{tag}"]
    with admin.begin() as c:
        for s in schemas:
            c.execute(text(f"CREATE SCHEMA {s}"))
    yield tuple(f"{PG}?options=-csearch_path%3D{s}" for s in schemas)  # type: ignore[misc]
    with admin.begin() as c:
        for s in schemas:
            c.execute(text(f"DROP SCHEMA {s} CASCADE"))
    admin.dispose()
