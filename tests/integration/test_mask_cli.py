"""``baomi mask / unmask / classify / risk / keygen`` as a user runs them (real subprocesses)."""

from __future__ import annotations

import csv
import datetime
import json
import stat
from pathlib import Path

import openpyxl
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest

from baomi.detect.checksums import gb11643_ok, luhn_ok
from tests.conftest import run_baomi

HEADER = ["客户姓名", "身份证号", "手机", "卡号", "金额", "备注", "年龄"]
ROWS = [
    [
        "张伟",
        "11010519491231002X",
        "13812345678",
        "6222021234567890128",
        "100.50",
        "客户来电",
        "37",
    ],
    ["李娜", "310114195909049711", "13987654321", "6205228907866666", "2000", "联系人王芳", "52"],
    ["王强", "440524188001010014", "15011223344", "4111111111111111", "35.2", "", "29"],
]
SECRETS = [v for r in ROWS for v in r[1:4]]
KEY_ENV = {"BAOMI_PROTECT_KEY": "ab" * 32}


def _csv(path: Path, rows: list[list[str]], **kw: object) -> Path:
    encoding = str(kw.pop("encoding", "utf-8"))
    with open(path, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f, **kw)  # type: ignore[arg-type]
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def _no_secrets(data: str) -> None:
    for s in SECRETS:
        assert s not in data


def test_mask_csv_with_the_display_profile(tmp_path: Path) -> None:
    src = _csv(tmp_path / "in.csv", ROWS)
    out = tmp_path / "out.csv"
    r = run_baomi("mask", str(src), "-o", str(out), "--verify")
    assert r.returncode == 0, r.stderr.decode()
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert rows[0] == HEADER
    assert rows[1][:4] == ["张*", "110105********002X", "138****5678", "622202*********0128"]
    assert rows[1][4] == "100.50"  # amounts are not personal
    assert rows[2][5] == "联系人王*"
    summary = r.stderr.decode()
    assert "rows in 3, rows out 3, rows with errors 0" in summary
    assert "verify: no unprotected values" in summary
    _no_secrets(out.read_text(encoding="utf-8") + summary)


def test_gbk_tsv_quote_all_and_crlf_are_kept(tmp_path: Path) -> None:
    src = _csv(
        tmp_path / "in.tsv",
        ROWS,
        encoding="gbk",
        delimiter="\t",
        quoting=csv.QUOTE_ALL,
        lineterminator="\r\n",
    )
    out = tmp_path / "out.tsv"
    assert run_baomi("mask", str(src), "-o", str(out)).returncode == 0
    raw = out.read_bytes()
    text = raw.decode("gbk")  # still GBK
    assert text.splitlines()[0] == "\t".join(f'"{h}"' for h in HEADER)
    assert raw.count(b"\r\n") == 4
    assert '"张*"' in text
    _no_secrets(text)


def test_verify_catches_a_value_planted_past_the_classification_sample(tmp_path: Path) -> None:
    rows = [["赵六", "11010519491231002X", "13812345678", "", "1", "无", "30"]] * 1200
    rows = [list(r) for r in rows]
    rows[1100][5] = "回电13912345678"  # a number in a column that looked empty of personal data
    src = _csv(tmp_path / "in.csv", rows)
    out = tmp_path / "out.csv"
    r = run_baomi("mask", str(src), "-o", str(out), "--verify")
    assert r.returncode == 5
    err = r.stderr.decode()
    assert "row 1102, column '备注': a CN_MOBILE value remains" in err
    assert "no output was written" in err
    assert "13912345678" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]  # no partial file either


def test_test_data_profile_gives_valid_values_and_unmask_reverses_fpe(tmp_path: Path) -> None:
    src = _csv(tmp_path / "in.csv", ROWS)
    out = tmp_path / "td.csv"
    assert (
        run_baomi(
            "mask", str(src), "-o", str(out), "--profile", "test-data", env=KEY_ENV
        ).returncode
        == 0
    )
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    for row in rows[1:]:
        assert gb11643_ok(row[1])
        assert luhn_ok(row[3])
    _no_secrets(out.read_text(encoding="utf-8"))
    again = tmp_path / "td2.csv"
    run_baomi("mask", str(src), "-o", str(again), "--profile", "test-data", env=KEY_ENV)
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")  # stable

    profile = tmp_path / "fpe.yaml"
    profile.write_text(
        "name: reversible\ndefault: {operator: mask}\n"
        "types:\n  CN_RESIDENT_ID: {operator: encrypt_fpe}\n  CN_MOBILE: {operator: encrypt_fpe}\n"
        "  BANK_CARD: {operator: encrypt_fpe}\n",
        encoding="utf-8",
    )
    enc, dec = tmp_path / "enc.csv", tmp_path / "dec.csv"
    r = run_baomi("mask", str(src), "-o", str(enc), "--profile", str(profile), env=KEY_ENV)
    assert r.returncode == 0
    assert "note: 1 CN_RESIDENT_ID value(s) could not be handled by FF3-1" in r.stderr.decode()
    _no_secrets(enc.read_text(encoding="utf-8"))
    r = run_baomi("unmask", str(enc), "-o", str(dec), "--profile", str(profile), env=KEY_ENV)
    assert r.returncode == 0, r.stderr.decode()
    back = list(csv.reader(dec.open(encoding="utf-8", newline="")))
    assert [row[1:4] for row in back[1:3]] == [row[1:4] for row in ROWS[:2]]
    # born 1880: outside FF3-1's date domain, so masked (fail closed) and reported, not encrypted
    assert back[3][1] == "440524********0014"
    assert back[3][2:4] == ROWS[2][2:4]


def test_keyed_profile_without_a_key_is_a_configuration_error(tmp_path: Path) -> None:
    src = _csv(tmp_path / "in.csv", ROWS)
    r = run_baomi(
        "mask",
        str(src),
        "-o",
        str(tmp_path / "o.csv"),
        "--profile",
        "analytics",
        env={"BAOMI_HOME": str(tmp_path / "nohome")},
    )
    assert r.returncode == 4
    assert "baomi keygen" in r.stderr.decode()


def test_keygen_writes_a_private_key_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    r = run_baomi("keygen", env={"BAOMI_HOME": str(home)})
    assert r.returncode == 0
    key = home / "protect.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_text() not in r.stderr.decode()
    assert run_baomi("keygen", env={"BAOMI_HOME": str(home)}).returncode == 4
    src = _csv(tmp_path / "in.csv", ROWS)
    r = run_baomi(
        "mask",
        str(src),
        "-o",
        str(tmp_path / "o.csv"),
        "--profile",
        "analytics",
        env={"BAOMI_HOME": str(home)},
    )
    assert r.returncode == 0


def test_bad_profile_is_refused_with_exit_4(tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("name: p\ndefault: {operator: scramble}\n")
    src = _csv(tmp_path / "in.csv", ROWS)
    r = run_baomi("mask", str(src), "-o", str(tmp_path / "o.csv"), "--profile", str(profile))
    assert r.returncode == 4
    assert "setting default" in r.stderr.decode()


def test_strict_stops_at_a_malformed_row_and_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("姓名,手机\n张伟,13812345678\n李娜,1,2\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    r = run_baomi("mask", str(src), "-o", str(out), "--strict")
    assert r.returncode == 3
    assert "line 3" in r.stderr.decode()
    assert not out.exists()
    r = run_baomi("mask", str(src), "-o", str(out))
    assert r.returncode == 1
    assert "rows in 2, rows out 2, rows with errors 1" in r.stderr.decode()


def test_text_and_stdin_stdout(tmp_path: Path) -> None:
    r = run_baomi(
        "mask",
        "-",
        "-o",
        "-",
        stdin="客户张伟手机13812345678\n无\n".encode(),
    )
    assert r.returncode == 0
    assert r.stdout.decode() == "客户张*手机138****5678\n无\n"


def test_jsonl_selected_fields_and_every_string(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps(
            {
                "name": "张伟",
                "mobile": "13812345678",
                "n": 3,
                "c": {"note": "卡号6222021234567890128"},
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    assert run_baomi("mask", str(src), "-o", str(out), "--verify").returncode == 0
    obj = json.loads(out.read_text(encoding="utf-8"))
    assert obj == {
        "name": "张*",
        "mobile": "138****5678",
        "n": 3,
        "c": {"note": "卡号622202*********0128"},
    }
    assert run_baomi("mask", str(src), "-o", str(out), "--field", "c.note").returncode == 0
    obj = json.loads(out.read_text(encoding="utf-8"))
    assert obj["mobile"] == "13812345678"  # not selected
    assert obj["c"]["note"] == "卡号622202*********0128"


def test_xlsx_keeps_sheets_and_cell_types(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "客户"
    ws.append([*HEADER, "开户日期"])
    for row in ROWS:
        ws.append(
            [
                row[0],
                row[1],
                int(row[2]),
                row[3],
                float(row[4]),
                row[5],
                int(row[6]),
                datetime.datetime(2020, 1, 2),
            ]
        )
    wb.create_sheet("说明").append(["说明"])
    src, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    wb.save(src)
    r = run_baomi("mask", str(src), "-o", str(out), "--verify")
    assert r.returncode == 0, r.stderr.decode()
    got = openpyxl.load_workbook(out)
    assert got.sheetnames == ["客户", "说明"]
    values = list(got["客户"].iter_rows(values_only=True))
    assert values[1][2] == "138****5678"
    assert values[1][4] == 100.5
    assert values[1][6] == 37
    assert values[1][7] == datetime.datetime(2020, 1, 2)
    assert values[1][0] == "张*"


def test_parquet_keeps_the_schema_of_untouched_columns(tmp_path: Path) -> None:
    table = pa.table(
        {
            "name": [r[0] for r in ROWS],
            "id_no": [r[1] for r in ROWS],
            "amount": [float(r[4]) for r in ROWS],
            "mobile": [int(r[2]) for r in ROWS],
        }
    )
    src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(table, src)
    r = run_baomi("mask", str(src), "-o", str(out), "--verify")
    assert r.returncode == 0, r.stderr.decode()
    got = pq.read_table(out)
    assert got.schema.field("amount").type == pa.float64()
    assert got.schema.field("id_no").type == pa.string()
    assert got.schema.field("mobile").type == pa.string()
    assert "column 'mobile' changes from int64 to string" in r.stderr.decode()
    assert got.column("amount").to_pylist() == [100.5, 2000.0, 35.2]
    assert got.column("mobile").to_pylist()[0] == "138****5678"


def test_classify_json(tmp_path: Path) -> None:
    src = _csv(tmp_path / "in.csv", ROWS)
    r = run_baomi("classify", str(src), "--format", "json")
    assert r.returncode == 0
    cols = {c["column"]: c for c in json.loads(r.stdout)["columns"]}
    assert cols["身份证号"]["type"] == "CN_RESIDENT_ID"
    assert cols["身份证号"]["share"] == 0.667  # the 1880 birth date is not a living person's
    assert cols["身份证号"]["category"] == "C2"
    assert cols["身份证号"]["suggested_operator"] == "mask"
    assert cols["金额"]["kind"] == "plain"
    _no_secrets(r.stdout.decode() + r.stderr.decode())


def test_risk_json_without_values_unless_asked(tmp_path: Path) -> None:
    src = tmp_path / "t.csv"
    lines = ["年龄,性别,诊断"] + [
        f"{20 + i % 30},{'男女'[i % 2]},{'甲乙'[i % 3 % 2]}" for i in range(300)
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run_baomi(
        "risk",
        str(src),
        "--quasi",
        "年龄,性别",
        "--sensitive",
        "诊断",
        "--k",
        "20",
        "--format",
        "json",
    )
    assert r.returncode == 0, r.stderr.decode()
    doc = json.loads(r.stdout)
    assert doc["k"] == 10
    assert doc["rows"] == 300
    assert doc["smallest_groups"][0]["values"] is None
    assert doc["suggestion"]["k"] >= 20
    r = run_baomi("risk", str(src), "--quasi", "年龄,性别", "--with-values", "--format", "json")
    assert json.loads(r.stdout)["smallest_groups"][0]["values"] is not None
    r = run_baomi("risk", str(src), "--quasi", "年龄,邮编")
    assert r.returncode == 3
    assert "no such column: '邮编'" in r.stderr.decode()


@pytest.mark.parametrize("fmt", ["xlsx", "parquet"])
def test_binary_formats_refuse_stdout(tmp_path: Path, fmt: str) -> None:
    r = run_baomi("mask", str(tmp_path / f"x.{fmt}"), "-o", "-")
    assert r.returncode == 2


def test_output_must_not_be_the_input(tmp_path: Path) -> None:
    src = _csv(tmp_path / "in.csv", ROWS)
    r = run_baomi("mask", str(src), "-o", str(src))
    assert r.returncode == 2
    assert src.read_text(encoding="utf-8").count("13812345678") == 1


def test_unreadable_inputs_exit_3_without_output(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    out = tmp_path / "o.xlsx"
    r = run_baomi("mask", str(fake), "-o", str(out))
    assert r.returncode == 3
    assert "not a readable .xlsx workbook" in r.stderr.decode()
    assert not out.exists()
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    r = run_baomi("mask", str(binary), "-o", str(tmp_path / "o.txt"))
    assert r.returncode == 3
    assert "binary" in r.stderr.decode()
    r = run_baomi("mask", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "o.csv"))
    assert r.returncode == 3


def test_utf16_text_with_bom_is_detected(tmp_path: Path) -> None:
    src = tmp_path / "u16.txt"
    src.write_text("客户张伟手机13812345678\n", encoding="utf-16")
    out = tmp_path / "o.txt"
    r = run_baomi("mask", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    assert out.read_text(encoding="utf-16") == "客户张*手机138****5678\n"


def test_text_masked_the_same_with_every_core(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("客户张三，手机13812345678。\n身份证11010519491231002X\n", encoding="utf-8")
    one, every_core = tmp_path / "one.txt", tmp_path / "all.txt"
    assert run_baomi("mask", str(src), "-o", str(one)).returncode == 0
    assert run_baomi("mask", str(src), "-o", str(every_core), "--jobs", "0").returncode == 0
    assert one.read_text(encoding="utf-8") == every_core.read_text(encoding="utf-8")
    assert "13812345678" not in one.read_text(encoding="utf-8")
