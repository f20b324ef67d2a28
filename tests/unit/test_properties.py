"""Hypothesis properties: valid identifiers are found wherever they are embedded; the detector
never raises and always returns sorted, in-bounds, non-overlapping spans."""

from __future__ import annotations

import itertools
import re
import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from baomi import Detector
from baomi.detect.recognizers.names import counts_of_people
from tests.conftest import TODAY
from tests.strategies import mobiles, resident_ids, unionpay_cards

DET = Detector(today=TODAY)
# The word lists load on the first detection: done here, so that hypothesis's deadline times the
# detection, not the loading (run alone, the first example would exceed it).
DET.detect("客户张伟住北京市朝阳区建国路88号，电话13800138000，出生1990 年 7 月 18 日")
# Filler that cannot extend a value: Chinese text and punctuation, no digits or ASCII letters.
FILLER = st.text(alphabet="的客户办理业务今天已经完成了，。、我们请核对资料谢谢", max_size=12)


def _spans_of(text: str, type_id: str) -> list[str]:
    return [text[f.start : f.end] for f in DET.detect(text) if f.type == type_id]


@given(FILLER, resident_ids(), FILLER)
def test_resident_id_found_anywhere(before: str, value: str, after: str) -> None:
    assert _spans_of(before + value + after, "CN_RESIDENT_ID") == [value]


@given(FILLER, unionpay_cards(), FILLER)
def test_card_with_cue_found_anywhere(before: str, value: str, after: str) -> None:
    assert _spans_of(before + "卡号" + value + after, "BANK_CARD") == [value]


@given(FILLER, mobiles(), FILLER)
def test_mobile_found_anywhere(before: str, value: str, after: str) -> None:
    assert _spans_of(before + value + after, "CN_MOBILE") == [value]


@given(mobiles(), st.text(alphabet="0123456789", min_size=1, max_size=4))
def test_mobile_inside_longer_digit_run_is_not_a_mobile(value: str, extra: str) -> None:
    assert _spans_of("编号" + value + extra, "CN_MOBILE") == []


# ASCII digits, letters and identifier marks, and their full-width forms (U+FF10 …).
_WIDE = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789@.-_" + string.ascii_letters})


@given(FILLER, mobiles(), FILLER, resident_ids())
def test_full_width_values_are_found_at_the_same_offsets(
    before: str, mobile: str, after: str, rid: str
) -> None:
    """１３８１２３４５６７８ typed with a Chinese input method is a mobile like 13812345678."""
    text = f"{before}手机{mobile}{after}，身份证{rid}，邮箱abc_1@qq.com"
    wide = text.translate(_WIDE)
    assert wide != text
    found = [(f.type, f.start, f.end, f.score) for f in DET.detect(text)]
    assert [(f.type, f.start, f.end, f.score) for f in DET.detect(wide)] == found
    assert {"CN_MOBILE", "CN_RESIDENT_ID", "EMAIL"} <= {t for t, *_ in found}


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_never_raises_and_spans_are_sane(text: str) -> None:
    fs = DET.detect(text)
    assert all(0 <= f.start < f.end <= len(text) for f in fs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(fs))
    assert all(0.0 <= f.score <= 1.0 for f in fs)


@settings(max_examples=200)
@given(
    st.text(
        alphabet="0123456789 -+()./:,@年月日号XxEGHM京沪粤ABCDEF的客户手机卡号身份证", max_size=80
    )
)
def test_never_raises_on_identifier_like_noise(text: str) -> None:
    for f in DET.detect(text):
        assert 0 <= f.start < f.end <= len(text)


# Surnames (single, compound halves), given characters, cue and joining words, colons, quotes
# and spaces: the pieces the name structures look for, so random strings reach all of them.
NAME_NOISE = st.lists(
    st.sampled_from(
        [
            "王",
            "欧阳",
            "上官",
            "向",
            "于",
            "和",
            "与",
            "、",
            "员",
            "押运员",
            "：",
            ":",
            "“",
            "”",
            '"',
            " ",
            "，",
            "。",
            "明",
            "华",
            "伟",
            "婉",
            "婷",
            "客户",
            "先生",
            "的",
            "在",
            "是",
            "妻子",
            "和妻子",
            "三人",
            "镇",
            "某",
            "（签字）",
            "\n",
            "1",
            "A",
            # this stop's structures: dotted and minority names, numbered labels, amounts and
            # identifiers after listed names, the person addressed, a role ending in 人
            "·",
            "阿不都",
            "其木格",
            "二",
            "（11010519491231002X）",
            " 8,500.00",
            "；",
            "，您",
            "尾号",
            "出票人",
            "Dear",
            " Zhang",
            " Wei",
            # the eighth stop's structures: thanks, exceptions, groups, owners, a verb of one
            # character after a name, rarer surnames, spaced addresses, emoji and ellipses
            "谢谢",
            "辛苦",
            "了",
            "~",
            "除",
            "外",
            "包括",
            "在内",
            "归",
            "所有",
            "为首",
            "转",
            "提醒",
            "带",
            "借",
            "收到",
            "一人",
            "名下",
            "来",
            "屈",
            "雷",
            "市",
            "88号",
            "楼",
            "👍",
            "...",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400)
@given(NAME_NOISE)
def test_never_raises_on_name_like_noise(text: str) -> None:
    fs = DET.detect(text)
    assert all(0 <= f.start < f.end <= len(text) for f in fs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(fs))
    for f in fs:
        if f.type == "PERSON_NAME":
            assert text[f.start : f.end].strip() == text[f.start : f.end]  # no space in a name edge


NOISE_ALPHABET = "0123456789 -+()./:,@_%年月日号XxEGHMabcdefABCDEFZ京沪粤学挂的客户，。·"


@settings(max_examples=400)
@given(st.text(alphabet=NOISE_ALPHABET, max_size=60))
@example("电话：(010) 65528899")  # a space after the area code's bracket (found by batch 121)
@example("手机 13912345678 1861226428@qq.com 1 2@")  # a spaced run before a mail (batch 1011)
def test_fast_tokenizer_equals_the_full_alternation(text: str) -> None:
    """iter_tokens' fast paths find exactly what TOKEN_RE finds (amounts aside: no recognizer
    reads them, so the fast path drops them)."""
    from baomi.detect.tokens import TOKEN_RE, iter_tokens

    slow = [(m.lastgroup, m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    fast = list(iter_tokens(text))
    assert [t for t in fast if t[0] != "decimal"] == [t for t in slow if t[0] != "decimal"]


DATE_PIECES = [
    "2029",
    "1990",
    "12",
    "05",
    "1",
    "年",
    "月",
    "日",
    "号",
    "-",
    "/",
    ".",
    "的",
    " ",
    "，",
]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=10).map("".join))
def test_fast_tokenizer_equals_the_full_alternation_on_dates(text: str) -> None:
    from baomi.detect.tokens import TOKEN_RE, iter_tokens

    slow = [(m.lastgroup, m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    fast = list(iter_tokens(text))
    assert [t for t in fast if t[0] != "decimal"] == [t for t in slow if t[0] != "decimal"]


# The counts of people (三名, 12人) are found from the counting word; the pattern they replace is
# the specification.
_COUNTED_SPEC = re.compile("(?:[二三四五六七八九十两]|[0-9]{1,3})[名位人](?!民)")


@given(st.text(st.sampled_from("0123456789一二三四五十两名位人民等张 "), max_size=30))
def test_counts_of_people_are_what_the_pattern_finds(text: str) -> None:
    assert list(counts_of_people(text)) == [m.start() for m in _COUNTED_SPEC.finditer(text)]
