"""Text is folded before the rules read it: full-width forms as ASCII, traditional characters as
simplified ones, one character for one, so findings keep the offsets of the text as written."""

from __future__ import annotations

import pytest

from baomi import Detector
from baomi.detect.config import DetectorConfig
from baomi.detect.lexicon import data_lines, traditional_to_simplified
from tests.conftest import TODAY
from tests.handwritten import load

# One traditional form for each simplified character the table reaches (帐 -> 帳).
_TO_TRADITIONAL = str.maketrans({s: t for t, s in sorted(traditional_to_simplified().items())})


def _in_gb2312(char: str) -> bool:
    return bool(char.encode("gb2312", "ignore"))


def test_the_table_maps_traditional_characters_outside_gb2312_to_simplified_ones() -> None:
    table = traditional_to_simplified()
    assert len(table) == len(data_lines("traditional_chars.txt")) > 2000
    assert {"陳": "陈", "帳": "帐", "號": "号", "區": "区", "聯": "联"}.items() <= table.items()
    assert all(len(t) == len(s) == 1 and t != s for t, s in table.items())
    assert not any(_in_gb2312(t) for t in table)
    assert all(_in_gb2312(s) for s in table.values())


@pytest.mark.parametrize("kept", ["於", "乾", "著"])
def test_characters_that_simplified_text_uses_as_they_are_stay(kept: str) -> None:
    """於 is a surname of its own in simplified text, not 于; 乾隆 is not 干隆."""
    assert kept not in traditional_to_simplified()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "客戶姓名：陳志偉，電話：13812345678",
            [("PERSON_NAME", "陳志偉"), ("CN_MOBILE", "13812345678")],
        ),
        (
            "收款人林家豪，收款帳號6222020200001234",
            [("PERSON_NAME", "林家豪"), ("BANK_ACCOUNT", "6222020200001234")],
        ),
        ("驗證碼802611，請勿向任何人透露。", [("SMS_CODE", "802611")]),
        ("本人張雅婷同意貴行將本人資料提供予境外關聯機構。", [("PERSON_NAME", "張雅婷")]),
        ("住址：香港九龍旺角彌敦道688號", [("CN_ADDRESS", "香港九龍旺角彌敦道688號")]),
    ],
)
def test_records_in_traditional_characters(
    detector: Detector, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(f.type, text[f.start : f.end]) for f in detector.detect(text)] == found


def test_every_hand_written_line_in_traditional_characters_is_detected_exactly(
    detector: Detector,
) -> None:
    """Each of the thousands of hand-written lines, rewritten in traditional characters (a
    character for a character), gives its gold spans: every key of the table is folded."""
    wrong = []
    rewritten = 0
    for text, gold in load():
        traditional = text.translate(_TO_TRADITIONAL)
        rewritten += traditional != text
        pred = sorted((f.type, f.start, f.end) for f in detector.detect(traditional))
        if pred != sorted(gold):
            wrong.append(traditional)
    assert rewritten > 0.9 * len(load())
    assert wrong == []


def test_listed_values_are_folded_as_the_text_is() -> None:
    config = DetectorConfig(
        allow_list=("１３８１２３４５６７８",), deny_list={"項目代號青龍": "PERSON_NAME"}
    )
    det = Detector(config, today=TODAY)
    assert [f.type for f in det.detect("手機13812345678")] == []
    assert [(f.type, f.start) for f in det.detect("项目代号青龙已上线")] == [("PERSON_NAME", 0)]
