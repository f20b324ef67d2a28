"""A pair of throw-away PostgreSQL schemas (data, keystore) for a benchmark run.

tests/integration/conftest.py does the same for the test suite as a fixture.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

from sqlalchemy import create_engine, text

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextlib.contextmanager
def pg_schemas(prefix: str) -> Iterator[tuple[str, str]]:
    """Yield (data URL, keystore URL) in two fresh schemas; drop them afterwards."""
    tag = uuid.uuid4().hex[:8]
    schemas = [f"{prefix}_data_{tag}", f"{prefix}_keys_{tag}"]
    admin = create_engine(PG)
    with admin.begin() as c:
        for s in schemas:
            c.execute(text(f"CREATE SCHEMA {s}"))
    try:
        yield (
            f"{PG}?options=-csearch_path%3D{schemas[0]}",
            f"{PG}?options=-csearch_path%3D{schemas[1]}",
        )
    finally:
        with admin.begin() as c:
            for s in schemas:
                c.execute(text(f"DROP SCHEMA {s} CASCADE"))
        admin.dispose()
