"""Masks (known answers from the spec), operators, and applying them to detected text."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baomi import CATALOG, Detector
from baomi.detect.recognizers.misc import worded_date, write_worded_date
from baomi.protect import (
    DEFAULT_MASKS,
    Generalize,
    Mask,
    MaskOperator,
    Redact,
    Replace,
    anonymize,
    mask_default,
)
from baomi.protect.synth import Draw
from baomi.protect.synth import date_of_birth as synth_date_of_birth
from tests.conftest import ROOT

CASES = json.loads((ROOT / "tests" / "vectors" / "masks.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize(("type_id", "value", "masked"), CASES)
def test_spec_masks(type_id: str, value: str, masked: str) -> None:
    assert mask_default(type_id, value) == masked


def test_every_catalog_type_has_a_default_mask_and_a_vector() -> None:
    assert set(DEFAULT_MASKS) == set(CATALOG)
    assert {t for t, _, _ in CASES} == set(CATALOG)


SEPARATORS = " -./()"


@given(
    st.text(alphabet="0123456789ABCXYZ" + SEPARATORS, min_size=1, max_size=30),
    st.integers(0, 8),
    st.integers(0, 8),
)
def test_mask_keeps_shape_and_never_reveals_everything(value: str, first: int, last: int) -> None:
    out = Mask(first, last)(value)
    assert len(out) == len(value)
    assert all((a in SEPARATORS) == (b in SEPARATORS) for a, b in zip(value, out, strict=True))
    assert all(b == a for a, b in zip(value, out, strict=True) if a in SEPARATORS)
    significant = [c for c in value if c not in SEPARATORS]
    shown = [b for a, b in zip(value, out, strict=True) if a not in SEPARATORS and b != "*"]
    if significant and set(significant) != {"*"}:
        assert len(shown) < len(significant) or all(c == "*" for c in significant)
    assert len(shown) <= first + last


@given(st.text(min_size=0, max_size=40))
def test_c3_masks_reveal_no_length(value: str) -> None:
    for type_id in ("CARD_CVN", "CARD_EXPIRY", "PASSWORD", "SMS_CODE"):
        assert mask_default(type_id, value) in ("***", "**/**", "******")


def test_a_birth_date_in_chinese_numerals_keeps_its_year_only() -> None:
    assert mask_default("DATE_OF_BIRTH", "一九七六年五月十二日") == "一九七六年*月**日"
    assert mask_default("DATE_OF_BIRTH", "二〇〇一年十二月") == "二〇〇一年**月"
    # an OCR'd card's spaced date and a year and month written with a dot keep their form
    assert mask_default("DATE_OF_BIRTH", "1990 年 7 月 18 日") == "1990 年 * 月 ** 日"
    assert mask_default("DATE_OF_BIRTH", "1998.06") == "1998.**"
    # a resident ID written in fours keeps its spaces; the digits masked are the same
    assert mask_default("CN_RESIDENT_ID", "4201 1519 9608 1927 68") == "4201 15** **** **27 68"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 11, 1)), st.booleans())
def test_dates_in_chinese_numerals_round_trip(day: date, with_day: bool) -> None:
    written = write_worded_date(day.year, day.month, day.day if with_day else None)
    assert worded_date(written) == (day.year, day.month, day.day if with_day else None)


def test_synthetic_birth_date_keeps_chinese_numerals() -> None:
    new = synth_date_of_birth("一九七六年五月十二日", Draw(b"seed"))
    parts = worded_date(new)
    assert parts is not None  # written the same way
    year, month, day = parts
    assert day is not None  # the day included, as it was
    assert abs(date(year, month, day) - date(1976, 5, 12)) <= timedelta(days=730)


def test_operators() -> None:
    assert Redact()("CN_MOBILE", "13812345678") == ""
    assert Replace()("CN_MOBILE", "13812345678") == "<CN_MOBILE>"
    assert Replace(chinese=True)("CN_MOBILE", "13812345678") == "[手机号码]"
    assert MaskOperator()("CN_MOBILE", "13812345678") == "138****5678"
    g = Generalize()
    assert g("DATE_OF_BIRTH", "1996-06-12") == "1996"
    assert g("DATE_OF_BIRTH", "1990 年 7 月 18 日") == "1990"
    assert g("CN_ADDRESS", "吉林省长春市南关区长江街482号") == "吉林省长春市南关区"
    assert (
        Generalize(address_level="city")("CN_ADDRESS", "吉林省长春市南关区长江街482号")
        == "吉林省长春市"
    )
    assert g("GEO_COORDINATE", "37.802769,114.109207") == "37.8,114.1"


def test_anonymize_a_detected_line() -> None:
    det = Detector()
    text = "网点登记：王建平先生持身份证411528200806205791办理挂失，预留手机19160313721。"
    masked = anonymize(text, det.detect(text), {}, default=MaskOperator())
    assert masked == "网点登记：王*平先生持身份证411528********5791办理挂失，预留手机191****3721。"
    labelled = anonymize(text, det.detect(text), {"CN_MOBILE": Replace()})
    assert labelled.endswith("预留手机<CN_MOBILE>。")
    assert "411528200806205791" in labelled  # types without an operator are left alone
    assert det.detect(masked) == []  # nothing detectable is left


def test_an_address_in_traditional_characters_keeps_its_divisions() -> None:
    """臺北市大安區 is read as 台北市大安区: the divisions are kept, as in simplified text."""
    assert (
        mask_default("CN_ADDRESS", "臺北市大安區忠孝東路四段100號5樓") == "臺北市大安區" + "*" * 12
    )
    assert Generalize()("CN_ADDRESS", "吉林省長春市南關區長江街482號") == "吉林省長春市南關區"
    text = "客戶陳志偉的住址：廣東省深圳市南山區科技園路1號"
    masked = anonymize(text, Detector().detect(text), {}, default=MaskOperator())
    assert masked == "客戶陳*偉的住址：廣東省深圳市南山區******"


def test_generalize_levels() -> None:
    g = Generalize()
    assert g("DATE_OF_BIRTH", "1987年6月5日") == "1987"
    assert g("DATE_OF_BIRTH", "一九八七年六月五日") == "1987"  # written in Chinese numerals
    assert Generalize(date_level="decade")("DATE_OF_BIRTH", "1987-06-05") == "1980s"
    addr = "广东省深圳市南山区科技园路1号2栋301室"
    assert g("CN_ADDRESS", addr) == "广东省深圳市南山区"
    assert Generalize(address_level="city")("CN_ADDRESS", addr) == "广东省深圳市"
    assert Generalize(address_level="province")("CN_ADDRESS", addr) == "广东省"
    assert g("", "37") == "30-39"
    assert Generalize(age_band=5)("", "37岁") == "35-39"
    assert g("", "not an age") == "not an age"
    assert g("GEO_COORDINATE", "39.90421, 116.40741") == "39.9, 116.4"


def test_mask_operator_with_custom_keep_never_reveals_c3() -> None:
    op = MaskOperator(keep_first=3, keep_last=0)
    assert op("CN_MOBILE", "13812345678") == "138********"
    assert op("PASSWORD", "p@ssw0rd-long") == "******"
    assert MaskOperator()("CN_MOBILE", "13812345678") == "138****5678"


def _mask_reference(value: str, a: int, b: int) -> str:
    """The rule written out plainly (the oracle for the sliced fast path)."""
    from baomi.protect.mask import _SEPARATORS

    sig = [i for i, c in enumerate(value) if c not in _SEPARATORS]
    while a + b >= len(sig) and (a or b):
        if a >= b and a:
            a -= 1
        else:
            b -= 1
    hidden = set(sig[a : len(sig) - b])
    return "".join("*" if i in hidden else c for i, c in enumerate(value))


@given(st.text(alphabet="0123456789abc张伟 -.", max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_mask_fast_path_equals_the_rule(value: str, a: int, b: int) -> None:
    assert Mask(a, b)(value) == _mask_reference(value, a, b)


@given(
    st.sampled_from(sorted(CATALOG)),
    st.text(alphabet="0123456789Xx张伟北京市朝阳区路号 -.@abc", max_size=24),
)
def test_bound_masks_equal_the_operator(type_id: str, value: str) -> None:
    """Table columns use ``bind``; it must give exactly what the operator gives."""
    for op in (MaskOperator(), MaskOperator(2, 2), MaskOperator(0, 3)):
        assert op.bind(type_id)(value) == op(type_id, value)


@given(
    st.sampled_from(sorted(CATALOG)),
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789", min_size=11, max_size=11),
            st.text(alphabet="0123456789X", min_size=18, max_size=18),
            st.text(alphabet="张伟李娜欧阳", min_size=1, max_size=4),
            st.text(alphabet="0123456789张 -.@a", min_size=1, max_size=20),
            st.sampled_from(
                [
                    "北京市朝阳区建国路88号5栋1201室",
                    "广东省深圳市南山区科技园路1号",
                    "上海市嘉定区安亭镇墨玉路185号",
                    "四川省成都市武侯区",
                    "新疆维吾尔自治区乌鲁木齐市天山区人民路2号",
                ]
            ),
        ),
        min_size=1,
        max_size=12,
    ),
    st.booleans(),
)
def test_column_masks_equal_the_operator_value_by_value(
    type_id: str, col: list[str], uniform: bool
) -> None:
    """Tables mask whole blocks of a column at once; the result must be the per-value mask."""
    if uniform:
        col = [col[0]] * len(col)
    for op in (MaskOperator(), MaskOperator(2, 2)):
        assert op.bind_column(type_id)(col) == [op(type_id, v) for v in col]
