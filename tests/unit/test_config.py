"""Detector configuration: YAML loading, custom recognizers, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from baomi import ConfigError, Detector, DetectorConfig, load_config
from baomi.errors import UnknownEntityTypeError


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "baomi.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_full_config_loads_and_applies(tmp_path: Path) -> None:
    cfg = load_config(
        write(
            tmp_path,
            """
min_score: 0.6
disable: [IP_ADDRESS]
allow_list: ["95566"]
deny_list: {"项目代号青龙": PERSON_NAME}
custom_recognizers:
  - name: employee_id
    type: EMPLOYEE_ID
    pattern: "EMP\\\\d{6}"
    kinds: [alnum]
    context: ["工号", "employee"]
    needs_context: true
    score: 0.8
""",
        )
    )
    det = Detector(cfg)
    text = "工号EMP123456，项目代号青龙，ip 10.1.2.3，其他编码EMP654321"
    got = [(f.type, text[f.start : f.end]) for f in det.detect(text)]
    assert got == [("EMPLOYEE_ID", "EMP123456"), ("PERSON_NAME", "项目代号青龙")]


def test_custom_recognizer_with_validator(tmp_path: Path) -> None:
    cfg = load_config(
        write(
            tmp_path,
            """
custom_recognizers:
  - name: member_card
    type: MEMBER_CARD
    pattern: "8\\\\d{11}"
    kinds: [digits]
    validator: luhn
""",
        )
    )
    det = Detector(cfg)
    assert [f.type for f in det.detect("会员卡800000000003")] == ["MEMBER_CARD"]
    assert det.detect("会员卡800000000002") == []


@pytest.mark.parametrize(
    ("yaml_text", "fragment"),
    [
        ("min_score: 2", "min_score"),
        ("disable: [NOT_A_TYPE]", "NOT_A_TYPE"),
        ("colour: blue", "colour"),
        ("custom_recognizers: [{name: x, type: X1, pattern: '(', kinds: [digits]}]", "compile"),
        ("custom_recognizers: [{name: x, type: X1, pattern: 'a', validator: md5}]", "md5"),
        ("custom_recognizers: [{name: x, type: X1, pattern: 'a', kinds: [words]}]", "kinds"),
        ("deny_list: {abc: NOPE}", "NOPE"),
        ("[1, 2", "not valid YAML"),
        ("- just\n- a list", "mapping"),
    ],
)
def test_invalid_config_names_the_problem(tmp_path: Path, yaml_text: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, yaml_text))
    assert fragment in str(info.value)
    assert "baomi.yaml" in str(info.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.yaml")


def test_unknown_type_in_code_raises_baomi_error() -> None:
    with pytest.raises(UnknownEntityTypeError):
        DetectorConfig(types=("PHONE",))


def test_config_repr_keeps_no_allow_list_surprises() -> None:
    # The allow list holds the institution's own numbers, not customer values; it is fine in repr.
    assert "95566" in repr(DetectorConfig(allow_list=("95566",)))
