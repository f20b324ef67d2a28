"""House rule 1: no customer value in any error message, stderr line or repr.

Each case feeds input full of personal information through a failure path and runs baomi's own
detector over everything that came back to the user except the requested results.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baomi import ConfigError, Detector, load_config
from tests.conftest import TODAY, run_baomi

DET = Detector(today=TODAY)
PII = "客户王建平，身份证11010519491231002X，手机13812345678，卡号6222021234567890128"


def leaks(text: str) -> list[str]:
    return [f.type for f in DET.detect(text)]


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("detect", "-", "--input", "jsonl", "--field", "t"), ("{broken " + PII + "\n").encode()),
        (("detect", "-", "--input", "jsonl", "--field", "t"), ('{"x": "' + PII + '"}\n').encode()),
        (
            ("detect", "-", "--input", "jsonl", "--field", "t"),
            ('{"t": ["' + PII + '"]}\n').encode(),
        ),
        (("detect", "-"), PII.encode("gb18030") + b"\n"),
        (("detect", "-", "--strict", "--input", "jsonl", "--field", "t"), (PII + "\n").encode()),
        (("detect", "-", "--format", "table"), (PII + "\n").encode()),
        (
            ("mask", "-", "-o", "-", "--input", "jsonl", "--strict"),
            ("{broken " + PII + "\n").encode(),
        ),
        (
            ("mask", "-", "-o", "-", "--input", "csv", "--strict"),
            ("a,b\n" + PII + ",x,y\n").encode(),
        ),
        (("mask", "-", "-o", "-"), PII.encode() + b"\n" + b"\xff" + PII.encode() + b"\n"),
        (("classify", "-"), ("备注,x\n" + PII + ",1\n").encode()),
        (("risk", "-", "--quasi", "备注"), ("备注,x\n" + PII + ",1\n").encode()),
    ],
)
def test_cli_stderr_and_errors_carry_no_values(args: tuple[str, ...], stdin: bytes) -> None:
    proc = run_baomi(*args, stdin=stdin)
    err = proc.stderr.decode("utf-8", "replace")
    assert leaks(err) == []
    if "--format" in args or args[0] in ("classify", "risk"):
        assert leaks(proc.stdout.decode()) == []  # tables and reports show counts only
    elif args[0] == "mask":
        assert leaks(proc.stdout.decode("utf-8", "replace")) == []  # the protected output
    elif proc.stdout:
        for line in proc.stdout.decode().splitlines():
            assert "error" not in line or leaks(line.split('"error"')[1]) == []


def test_config_errors_carry_no_values(tmp_path: Path) -> None:
    p = tmp_path / "c.yaml"
    p.write_text(f"deny_list: {{'{PII}': NOT_A_TYPE}}\nmin_score: '{PII}'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(p)
    assert leaks(str(info.value)) == []


def test_protection_errors_and_reprs_carry_no_values(tmp_path: Path) -> None:
    from baomi.protect import EncryptFpe, FpeError, ProtectionKey, Protector, load_profile
    from baomi.tables import Leak

    key = ProtectionKey(bytes(32))
    with pytest.raises(FpeError) as info:
        EncryptFpe(key)("CN_RESIDENT_ID", "11010519491331002X")
    assert leaks(str(info.value)) == []
    assert leaks(repr(Protector.build(load_profile("test-data"), key))) == []
    assert leaks(str(Leak(3, "备注", "CN_MOBILE"))) == []
    bad = tmp_path / "p.yaml"
    bad.write_text(f"name: x\ndefault: {{operator: replace, template: '{PII}{{x}}'}}\n")
    with pytest.raises(ConfigError) as cfg:
        load_profile(bad)
    assert leaks(str(cfg.value)) == []


def test_finding_and_detector_reprs_carry_no_values() -> None:
    findings = DET.detect(PII)
    assert len(findings) == 4
    assert leaks(repr(findings)) == []
    assert leaks(repr(DET.classify(PII))) == []
