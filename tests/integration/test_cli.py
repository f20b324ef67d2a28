"""``baomi`` as a user runs it: a subprocess, real files, every bad-input case, exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_baomi

SAMPLE_LINES = [
    "客户王建平，身份证11010519491231002X，手机13812345678。",
    "今天没有任何个人信息。",
    "卡号6222021234567890128，有效期04/31，CVV2 326",
]


run = run_baomi


def jsonl(out: bytes) -> list[dict[str, object]]:
    return [json.loads(x) for x in out.decode("utf-8").splitlines()]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(SAMPLE_LINES) + "\n", encoding="utf-8")
    return p


def assert_no_traceback(proc: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in proc.stderr
    assert b"Traceback" not in proc.stdout


def test_jsonl_one_object_per_line_in_order(sample: Path) -> None:
    proc = run("detect", str(sample))
    assert proc.returncode == 0, proc.stderr
    rows = jsonl(proc.stdout)
    assert [r["line"] for r in rows] == [1, 2, 3]
    first = rows[0]["entities"]
    assert {
        "type": "CN_RESIDENT_ID",
        "start": 9,
        "end": 27,
        "category": "C2",
        "sensitive": True,
    }.items() <= first[1].items()  # type: ignore[index]
    assert rows[1]["entities"] == []
    assert {e["type"] for e in rows[2]["entities"]} == {"BANK_CARD", "CARD_EXPIRY", "CARD_CVN"}  # type: ignore[union-attr, index]
    assert "11010519491231002X" not in proc.stdout.decode()


def test_with_values(sample: Path) -> None:
    rows = jsonl(run("detect", str(sample), "--with-values").stdout)
    assert rows[0]["entities"][1]["value"] == "11010519491231002X"  # type: ignore[index]


def test_stdin_and_types_and_min_score(sample: Path) -> None:
    proc = run(
        "detect", "-", "--types", "CN_MOBILE", "--min-score", "0.9", stdin=sample.read_bytes()
    )
    rows = jsonl(proc.stdout)
    assert [[e["type"] for e in r["entities"]] for r in rows] == [["CN_MOBILE"], [], []]  # type: ignore[union-attr, index]


def test_table_format(sample: Path) -> None:
    proc = run("detect", str(sample), "--format", "table")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "CN_RESIDENT_ID" in out
    assert "C3" in out
    assert "lines with most findings" in out
    assert "11010519491231002X" not in out


def test_jsonl_input_reports_malformed_lines_and_goes_on(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(
        '{"remark": "手机13812345678"}\n{not json\n{"other": 1}\n[1]\n{"remark": 5}\n'
        '{"remark": "邮箱a@b.com"}\n',
        encoding="utf-8",
    )
    proc = run("detect", str(p), "--input", "jsonl", "--field", "remark")
    assert proc.returncode == 1
    rows = jsonl(proc.stdout)
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert [bool(r.get("error")) for r in rows] == [False, True, True, True, True, False]
    assert rows[5]["entities"][0]["type"] == "EMAIL"  # type: ignore[index]
    err = proc.stderr.decode()
    for n in (2, 3, 4, 5):
        assert f"line {n}:" in err
    assert_no_traceback(proc)


def test_strict_stops_at_first_bad_line(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"t": "a"}\n{oops\n{"t": "b"}\n', encoding="utf-8")
    proc = run("detect", str(p), "--input", "jsonl", "--field", "t", "--strict")
    assert proc.returncode == 3
    assert len(jsonl(proc.stdout)) == 1
    assert b"line 2" in proc.stderr
    assert_no_traceback(proc)


def test_invalid_utf8_names_line_and_byte_offset(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes("手机13812345678\n".encode() + b"ok \xff\xfe bad\n" + "邮箱a@b.com\n".encode())
    proc = run("detect", str(p))
    assert proc.returncode == 1
    rows = jsonl(proc.stdout)
    assert len(rows) == 3
    assert rows[2]["entities"][0]["type"] == "EMAIL"
    assert b"line 2" in proc.stderr
    assert b"byte offset 3" in proc.stderr
    assert_no_traceback(proc)


def test_gb18030_input(tmp_path: Path) -> None:
    p = tmp_path / "gbk.txt"
    p.write_bytes("客户张三，身份证11010519491231002X\n".encode("gb18030"))
    proc = run("detect", str(p), "--encoding", "gb18030")
    assert proc.returncode == 0
    types = [e["type"] for e in jsonl(proc.stdout)[0]["entities"]]  # type: ignore[union-attr]
    assert types == ["PERSON_NAME", "CN_RESIDENT_ID"]


def test_big5_input_in_traditional_characters(tmp_path: Path) -> None:
    """A Taiwan or Hong Kong export: Big5 bytes, traditional characters, offsets as written."""
    p = tmp_path / "big5.txt"
    p.write_bytes("客戶姓名：陳志偉，電話：13812345678\n".encode("big5"))
    proc = run("detect", str(p), "--encoding", "big5")
    assert proc.returncode == 0
    found = [(e["type"], e["start"]) for e in jsonl(proc.stdout)[0]["entities"]]  # type: ignore[index]
    assert found == [("PERSON_NAME", 5), ("CN_MOBILE", 12)]


def test_binary_file_refused(tmp_path: Path) -> None:
    p = tmp_path / "x.bin"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    proc = run("detect", str(p))
    assert proc.returncode == 3
    assert b"binary" in proc.stderr
    assert proc.stdout == b""
    assert_no_traceback(proc)


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    proc = run("detect", str(p))
    assert proc.returncode == 0
    assert proc.stdout == b""
    assert b"empty" in proc.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("detect", "/nonexistent/file.txt"), 3, b"no such file"),
        (("detect", "/"), 3, b"directory"),
        (("detect", "-", "--encoding", "klingon"), 3, b"unknown encoding"),
        (("detect", "-", "--types", "PHONE"), 4, b"PHONE"),
        (("detect", "-", "--min-score", "7"), 4, b"invalid option"),
        (("detect", "-", "--config", "/nonexistent.yaml"), 4, b"cannot read"),
        (("detect", "-", "--format", "xml"), 2, b"--format"),
        (("detect", "-", "--input", "jsonl"), 2, b"--field"),
        (("detect", "-", "--jobs", "-1"), 2, b"--jobs"),
    ],
)
def test_errors_and_exit_codes(args: tuple[str, ...], code: int, message: bytes) -> None:
    proc = run(*args, stdin=b"")
    assert proc.returncode == code, proc.stderr
    assert message in proc.stderr
    assert_no_traceback(proc)


def test_50mb_single_line(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    block = "客户资料备注" * 30000  # ~540 KB of Chinese text without values
    value = "，身份证11010519491231002X，"
    with p.open("w", encoding="utf-8") as f:
        for _ in range(93):
            f.write(block + value)
        f.write("\n")
    assert p.stat().st_size > 50_000_000
    proc = run("detect", str(p))
    assert proc.returncode == 0, proc.stderr
    (row,) = jsonl(proc.stdout)
    assert [e["type"] for e in row["entities"]] == ["CN_RESIDENT_ID"] * 93  # type: ignore[union-attr]


def test_parallel_jobs_same_output(sample: Path) -> None:
    one = run("detect", str(sample)).stdout
    two = run("detect", str(sample), "--jobs", "2").stdout
    every_core = run("detect", str(sample), "--jobs", "0").stdout
    assert one == two == every_core


def test_demo_runs_and_shows_no_values() -> None:
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "bundled sample" in out
    assert "<CN_MOBILE>" in out
    assert "blind-index lookup" in out
    assert "was erased" in out
    # the customer table appears only masked: no ID, mobile or card number in clear
    import csv

    table = ROOT / "src" / "baomi" / "samples" / "customers.csv"
    for row in list(csv.DictReader(table.open(encoding="utf-8"))):
        for col in ("身份证号", "手机号", "银行卡号"):
            assert row[col] not in out.replace("\n", "")


def test_entities_and_version() -> None:
    assert b"CN_RESIDENT_ID" in run("entities").stdout
    assert run("version").stdout.strip() == b"0.1.0"


def test_config_file_used(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("allow_list: ['13812345678']\n", encoding="utf-8")
    proc = run("detect", "-", "--config", str(cfg), stdin="手机13812345678\n".encode())
    assert jsonl(proc.stdout)[0]["entities"] == []


def test_utf16_input(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes("客户张三，手机13812345678\r\n邮箱a@b.com\r\n".encode("utf-16"))
    plain = run("detect", str(p))
    assert plain.returncode == 3
    assert b"--encoding utf-16" in plain.stderr
    proc = run("detect", str(p), "--encoding", "utf-16")
    assert proc.returncode == 0, proc.stderr
    rows = jsonl(proc.stdout)
    assert [[e["type"] for e in r["entities"]] for r in rows] == [  # type: ignore[union-attr]
        ["PERSON_NAME", "CN_MOBILE"],
        ["EMAIL"],
    ]
