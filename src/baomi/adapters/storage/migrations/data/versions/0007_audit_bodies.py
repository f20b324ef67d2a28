"""Audit events stored as their canonical body: the exact bytes each hash covers.

Verification then reads one text per event and hashes it, instead of rebuilding the canonical
JSON from twelve columns (the cost that kept it near 130k events/s), and a regulator can
recompute every hash from the table alone. Queries by actor and customer use indexes on
expressions over the body, so no copy of a value sits beside it to drift.

The hashes do not change: each body is rendered from the old columns exactly as the chain
rendered it when it hashed them (JSON, sorted keys, no whitespace, UTF-8); an event an
administrator had edited keeps its mismatch and `baomi audit verify` still names it.

Revision ID: data_0007
Revises: data_0006
"""

import contextlib
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "data_0007"
down_revision = "data_0006"
branch_labels = None
depends_on = None

_OLD = (
    "seq, time, actor, role, purpose, action, decision, customer_ref, fields, policy_version, "
    "request_id, detail, prev_hash, hash"
)
_NAMES = _OLD.split(", ")
_PAGE = 10_000


def _render(row: Any) -> str:
    """The canonical body of an event stored in the old columns (frozen here: the migration
    must render exactly what was hashed, whatever later versions of baomi do)."""
    doc = dict(zip(_NAMES[:12], row[:12], strict=True))
    with contextlib.suppress(TypeError, ValueError):  # an edited list stays as it is: its
        doc["fields"] = json.loads(doc["fields"])  # hash no longer matches
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _protect(pg: bool) -> None:
    """The append-only triggers of data_0002, on the new table."""
    if pg:
        op.execute(
            "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
        )
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC")
    else:
        for what in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{what.lower()} BEFORE {what} ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
            )


def _copy(source: str, columns: str, convert: Any, target: str, marks: int) -> None:
    """Copy ``source`` into ``target`` a page at a time, in sequence order."""
    bind = op.get_bind()
    mark = "?" if bind.dialect.paramstyle == "qmark" else "%s"
    insert = f"INSERT INTO {target} VALUES ({', '.join([mark] * marks)})"  # noqa: S608
    after = 0
    while True:
        rows = bind.exec_driver_sql(
            f"SELECT {columns} FROM {source} WHERE seq > {after} ORDER BY seq LIMIT {_PAGE}"  # noqa: S608
        ).all()
        if not rows:
            return
        bind.exec_driver_sql(insert, [convert(r) for r in rows])
        after = int(rows[-1][0])


def _rebuild(old_name: str, middle: list[sa.Column[Any]], columns: str, convert: Any) -> None:
    """Replace audit_events by a table of seq, ``middle``, prev_hash and hash, its rows the old
    ones (``columns`` of each, through ``convert``); the old table, its triggers and indexes go."""
    op.rename_table("audit_events", old_name)
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        *middle,
        sa.Column("prev_hash", sa.LargeBinary, nullable=False),
        sa.Column("hash", sa.LargeBinary, nullable=False),
    )
    _copy(old_name, columns, convert, "audit_events", len(middle) + 3)
    op.drop_table(old_name)


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    _rebuild(
        "audit_events_v6",
        [sa.Column("body", sa.Text, nullable=False)],
        _OLD,
        lambda r: (r[0], _render(r), r[12], r[13]),
    )
    for key in ("actor", "customer_ref"):  # spelt as baomi.adapters.storage.audit_sql.event_key
        expr = f"((body::json ->> '{key}'))" if pg else f"(json_extract(body, '$.{key}'))"
        op.execute(f"CREATE INDEX ix_audit_events_{key} ON audit_events {expr}")
    _protect(pg)


def _unrender(row: Any) -> tuple[Any, ...]:
    doc = json.loads(row[1])
    doc["fields"] = json.dumps(doc["fields"], ensure_ascii=False, separators=(",", ":"))
    return (*(doc[name] for name in _NAMES[:12]), row[2], row[3])


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    _rebuild(
        "audit_events_v7",
        # the lengths of the old columns are not enforced again
        [sa.Column(name, sa.Text, nullable=False) for name in _NAMES[1:12]],
        "seq, body, prev_hash, hash",
        _unrender,
    )
    op.create_index("ix_audit_events_customer", "audit_events", ["customer_ref"])
    op.create_index("ix_audit_events_actor", "audit_events", ["actor"])
    _protect(pg)
