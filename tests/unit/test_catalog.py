"""The catalog matches the project's entity spec (shared/spec/entities.md) row by row."""

from __future__ import annotations

import re

import pytest

from baomi import CATALOG, Category, classify_record
from baomi.catalog import entity_type
from baomi.errors import UnknownEntityTypeError
from tests.conftest import ROOT

SPEC = ROOT.parent / "shared" / "spec" / "entities.md"


def spec_rows() -> dict[str, tuple[str, bool, int]]:
    assert SPEC.exists(), f"the entity spec is expected beside the repository at {SPEC}"
    rows = {}
    for m in re.finditer(
        r"^\| ([A-Z_0-9]+) \| [^|]+ \| (C[123]) \| (yes|no) \| (\d) \|",
        SPEC.read_text(encoding="utf-8"),
        re.MULTILINE,
    ):
        rows[m.group(1)] = (m.group(2), m.group(3) == "yes", int(m.group(4)))
    return rows


def test_catalog_matches_spec() -> None:
    rows = spec_rows()
    assert len(rows) >= 22
    assert set(CATALOG) == set(rows)
    for type_id, (cat, sens, level) in rows.items():
        et = CATALOG[type_id]
        assert (et.category.value, et.sensitive, et.level) == (cat, sens, level), type_id


def test_unknown_type_error_lists_known_ones() -> None:
    with pytest.raises(UnknownEntityTypeError, match="CN_MOBILE"):
        entity_type("PHONE")


@pytest.mark.parametrize(
    ("types", "minor", "category", "sensitive"),
    [
        ({"BANK_CARD", "CARD_CVN"}, False, Category.C3, True),
        ({"BANK_CARD", "CARD_EXPIRY"}, False, Category.C3, True),
        ({"PASSWORD"}, False, Category.C3, True),
        ({"CN_MOBILE", "EMAIL"}, False, Category.C2, False),
        ({"IP_ADDRESS"}, False, Category.C1, False),
        ({"CN_MOBILE"}, True, Category.C2, True),
        (set(), False, None, False),
    ],
)
def test_record_rules(
    types: set[str], minor: bool, category: Category | None, sensitive: bool
) -> None:
    rc = classify_record(types, minor=minor)
    assert (rc.category, rc.sensitive, rc.minor) == (category, sensitive, minor)
    assert rc.level == (None if category is None else {"C3": 4, "C2": 3, "C1": 2}[category.value])
