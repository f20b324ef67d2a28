"""Entity types and their classification.

JR/T 0171-2020 category, PIPL sensitivity, JR/T 0197-2020 level.

The ids are public interface (see ``shared/spec/entities.md``); never rename one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from baomi.errors import UnknownEntityTypeError

__all__ = [
    "CATALOG",
    "Category",
    "EntityType",
    "RecordClassification",
    "classify_record",
    "entity_type",
]


class Category(StrEnum):
    """JR/T 0171-2020 categories: C3 authentication data, C2 personal, C1 internal."""

    C1 = "C1"
    C2 = "C2"
    C3 = "C3"


_LEVEL = {Category.C3: 4, Category.C2: 3, Category.C1: 2}


@dataclass(frozen=True, slots=True)
class EntityType:
    """One kind of personal information and how it is classified."""

    id: str
    name_zh: str
    category: Category
    sensitive: bool
    description: str

    @property
    def level(self) -> int:
        """JR/T 0197-2020 level derived from the category (C3 -> 4, C2 -> 3, C1 -> 2)."""
        return _LEVEL[self.category]


def _t(id_: str, zh: str, cat: str, sens: bool, desc: str) -> EntityType:
    return EntityType(id_, zh, Category(cat), sens, desc)


CATALOG: dict[str, EntityType] = {
    t.id: t
    for t in (
        _t("PERSON_NAME", "姓名", "C2", False, "Chinese or romanized personal name"),
        _t("CN_RESIDENT_ID", "居民身份证号码", "C2", True, "resident identity card number"),
        _t(
            "CN_FOREIGN_PR_ID",
            "外国人永久居留身份证号",
            "C2",
            True,
            "foreigner permanent residence ID",
        ),
        _t("CN_PASSPORT", "护照号码", "C2", True, "PRC passport number"),
        _t("CN_HMT_PERMIT", "港澳台通行证号码", "C2", True, "Hong Kong/Macau/Taiwan travel permit"),
        _t("CN_MOBILE", "手机号码", "C2", False, "mainland mobile number"),
        _t("CN_LANDLINE", "固定电话", "C2", False, "mainland landline number"),
        _t("EMAIL", "电子邮箱", "C2", False, "e-mail address"),
        _t("CN_ADDRESS", "地址", "C2", False, "postal address"),
        _t("BANK_CARD", "银行卡号", "C2", True, "payment card number (PAN)"),
        _t("BANK_ACCOUNT", "银行账号", "C2", True, "non-card bank account number"),
        _t("CARD_CVN", "卡片验证码 CVN/CVN2", "C3", True, "card verification number"),
        _t("CARD_EXPIRY", "卡片有效期", "C3", True, "card expiry date"),
        _t("PASSWORD", "密码/口令/PIN", "C3", True, "password, passphrase or PIN"),
        _t("SMS_CODE", "短信/动态验证码", "C2", False, "one-time SMS or dynamic code"),
        _t("DATE_OF_BIRTH", "出生日期", "C2", False, "date of birth"),
        _t("CN_USCC", "统一社会信用代码", "C1", False, "unified social credit code"),
        _t("CN_LICENSE_PLATE", "机动车号牌", "C2", False, "vehicle licence plate"),
        _t("VIN", "车辆识别代号", "C2", False, "vehicle identification number"),
        _t("IMEI", "设备识别码 IMEI", "C2", False, "mobile device IMEI"),
        _t("IP_ADDRESS", "IP 地址", "C1", False, "IPv4 or IPv6 address"),
        _t("GEO_COORDINATE", "经纬度", "C2", True, "latitude/longitude pair"),
    )
}


def entity_type(type_id: str) -> EntityType:
    """Look up a type id, raising a clear error for an unknown one."""
    try:
        return CATALOG[type_id]
    except KeyError:
        raise UnknownEntityTypeError(
            f"unknown entity type {type_id!r}; known types: {', '.join(sorted(CATALOG))}"
        ) from None


_CARD_SECRETS = frozenset({"CARD_CVN", "CARD_EXPIRY", "PASSWORD"})


@dataclass(frozen=True, slots=True)
class RecordClassification:
    """Classification of a whole record, row or document, from the types found in it."""

    category: Category | None
    sensitive: bool
    minor: bool
    reasons: tuple[str, ...]

    @property
    def level(self) -> int | None:
        return _LEVEL[self.category] if self.category else None


def classify_record(types: Iterable[str], *, minor: bool = False) -> RecordClassification:
    """Apply the spec's record-level rules to the entity types found in one record.

    ``minor`` is True when a resident ID in the record shows a person under 14; the detector
    computes it because it needs the value, which this function never sees.
    """
    found = set(types)
    reasons: list[str] = []
    cats = {CATALOG[t].category for t in found if t in CATALOG}
    category: Category | None = None
    for c in (Category.C3, Category.C2, Category.C1):
        if c in cats:
            category = c
            break
    if "BANK_CARD" in found and found & _CARD_SECRETS:
        category = Category.C3
        reasons.append("card number together with its CVN, expiry or password")
    elif category is Category.C3:
        reasons.append("contains a C3 value")
    sensitive = any(CATALOG[t].sensitive for t in found if t in CATALOG)
    if sensitive:
        reasons.append("contains personal sensitive information")
    if minor:
        sensitive = True
        reasons.append("resident ID of a minor under 14")
    return RecordClassification(category, sensitive, minor, tuple(reasons))
