"""Tables: column classification, CSV dialects and encodings, risk, verify, atomic output."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baomi import Detector
from baomi.protect import Profile, Protector, load_profile
from baomi.tables import atomic_output, classify_columns, find_leaks, header_hint
from baomi.tables.cells import as_text, back_to_cell
from baomi.tables.columns import detect_labelled, detect_labelled_cells
from baomi.tables.csvfile import CsvDialect, iter_rows, open_text, sniff_dialect
from baomi.tables.csvmask import mask_csv
from baomi.tables.encoding import sniff_encoding
from baomi.tables.parquetfile import mask_parquet
from baomi.tables.plan import Counts, protect_free_text, protect_free_text_column
from baomi.tables.risk import assess, hierarchy_for
from tests import handwritten

DISPLAY = Protector.build(load_profile("display"))


@pytest.mark.parametrize(
    ("header", "types"),
    [
        ("身份证号", ("CN_RESIDENT_ID",)),
        ("客户证件号码", ("CN_RESIDENT_ID",)),
        ("手机号码", ("CN_MOBILE",)),
        ("联系电话", ("CN_MOBILE", "CN_LANDLINE")),
        ("id_no", ("CN_RESIDENT_ID",)),
        ("customerMobile", ("CN_MOBILE",)),
        ("customer_name", ("PERSON_NAME",)),
        ("银行卡号", ("BANK_CARD",)),
        ("收款账号", ("BANK_ACCOUNT",)),
        # headers in traditional characters (a Hong Kong or Taiwan export)
        ("身份證號", ("CN_RESIDENT_ID",)),
        ("聯絡電話", ("CN_MOBILE", "CN_LANDLINE")),
        ("收款帳號", ("BANK_ACCOUNT",)),
        ("車牌號碼", ("CN_LICENSE_PLATE",)),
        ("E-mail", ("EMAIL",)),
        ("金额", ()),
        ("branch", ()),
        ("", ()),
    ],
)
def test_header_hints(header: str, types: tuple[str, ...]) -> None:
    assert header_hint(header) == types


def test_columns_classified_from_values_and_headers(detector: Detector) -> None:
    headers = ["客户", "证件", "电话", "金额", "备注", "账号"]
    rows = [
        ["张伟", "11010519491231002X", "13812345678", "100", "客户来电", "6222021234567890128"],
        ["李娜", "310114195909049711", "010-62345678", "20", "联系人王芳13711112222", ""],
        ["王强", "440524188001010014", "13987654321", "3.5", "", "1234567890123"],
    ]
    cols = {c.name: c for c in classify_columns(detector, headers, rows)}
    assert cols["证件"].kind == "typed"
    assert cols["证件"].type_id == "CN_RESIDENT_ID"
    assert cols["电话"].type_id == "CN_MOBILE"  # 2 of 3 values: mobile wins
    assert cols["金额"].kind == "plain"
    assert cols["备注"].kind == "free_text"
    assert cols["账号"].kind == "typed"
    assert cols["客户"].type_id == "PERSON_NAME"
    assert cols["证件"].category == "C2"
    assert cols["证件"].sensitive


def test_header_alone_types_an_empty_column(detector: Detector) -> None:
    (col,) = classify_columns(detector, ["手机号"], [[""], [""]])
    assert (col.kind, col.type_id, col.reason) == ("typed", "CN_MOBILE", "header")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a,b\r\n1,2\r\n", CsvDialect("utf-8", ",", '"', False, "\r\n")),
        (b'"a","b"\n"1","2"\n', CsvDialect("utf-8", ",", '"', True, "\n")),
        ("姓名\t手机\n张伟\t1\n".encode("gb18030"), CsvDialect("gb18030", "\t", '"', False, "\n")),
        ("\ufeff姓名;手机\n".encode(), CsvDialect("utf-8-sig", ";", '"', False, "\n")),
    ],
)
def test_dialect_sniffing(raw: bytes, expected: CsvDialect) -> None:
    assert sniff_dialect(raw, encoding=None, delimiter=None, complete=True) == expected


def test_encoding_sniffing() -> None:
    assert sniff_encoding("张伟".encode("gbk"), complete=True) == "gb18030"
    assert sniff_encoding("张伟".encode(), complete=True) == "utf-8"
    assert sniff_encoding("张伟".encode()[:-1], complete=False) == "utf-8"  # a cut character
    assert sniff_encoding("\ufeff张".encode("utf-16"), complete=True) == "utf-16"
    assert sniff_encoding("张伟".encode() * 50 + b"\xff", complete=True) == "utf-8"


_CELL = st.text(alphabet='张伟13812345678,"\n\r ;abc', max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=1, max_size=8),
    st.booleans(),
    st.sampled_from(["utf-8", "gb18030"]),
)
def test_csv_round_trip_keeps_every_cell(
    rows: list[list[str]], quote_all: bool, encoding: str
) -> None:
    """With the keep-everything profile, output equals input cell for cell, whatever the
    quoting, separators and newlines inside cells."""
    dialect = CsvDialect(encoding, ",", '"', quote_all, "\r\n")
    buf = io.StringIO(newline="")
    write = dialect.writer(buf)
    for r in [["a", "b", "c"], *rows]:
        write(r)
    raw = buf.getvalue().encode(encoding)
    keep = Protector.build(Profile.model_validate({"name": "k", "default": {"operator": "keep"}}))
    out = io.StringIO(newline="")
    counts = Counts()
    mask_csv(
        io.BufferedReader(io.BytesIO(raw)),  # type: ignore[arg-type]
        out,
        dialect,
        det=Detector(),
        protector=keep,
        counts=counts,
        report=lambda _m: None,
    )
    assert out.getvalue() == buf.getvalue()
    back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert back[1:] == rows


def test_malformed_rows_are_counted_and_still_protected(detector: Detector) -> None:
    raw = "姓名,手机\n张伟,13812345678\n李娜,13987654321,额外13711112222\n".encode()
    out = io.StringIO(newline="")
    counts = Counts()
    reports: list[str] = []
    mask_csv(
        io.BufferedReader(io.BytesIO(raw)),  # type: ignore[arg-type]
        out,
        CsvDialect("utf-8", lineterminator="\n"),
        det=detector,
        protector=DISPLAY,
        counts=counts,
        report=reports.append,
    )
    assert counts.rows_in == 2
    assert counts.rows_out == 2
    assert counts.rows_with_errors == 1
    assert reports == [
        "line 3: 3 fields where the header has 2; every cell of the row is scanned as free text"
    ]
    assert "13711112222" not in out.getvalue()
    assert "13987654321" not in out.getvalue()


def test_csv_reader_reports_bad_encoding_with_its_line() -> None:
    raw = b"a,b\n1,2\n" + b"\xff\xfe,3\n"
    rows = iter_rows(
        open_text(io.BufferedReader(io.BytesIO(raw)), "utf-8"),  # type: ignore[arg-type]
        CsvDialect("utf-8"),
        lambda _l, _p: None,
    )
    with pytest.raises(Exception, match="not valid utf-8"):
        list(rows)


# --- verify ---------------------------------------------------------------------------------


def test_verify_finds_a_planted_value_and_accepts_protected_forms(detector: Detector) -> None:
    cells = [
        (2, "手机", "138****5678"),
        (2, "地址", "北京市朝阳区"),  # generalized: the operator maps it to itself
        (3, "备注", "客户电话13812345678"),  # planted
    ]
    leaks = find_leaks(iter(cells), detector, DISPLAY)
    assert [(x.row, x.column, x.type_id) for x in leaks] == [(3, "备注", "CN_MOBILE")]
    assert "13812345678" not in str(leaks[0])


def test_labelled_cells_in_a_batch_equal_one_by_one(detector: Detector) -> None:
    labels = ["", "备注", "客户姓名", "手机", "address"]
    cells = [(labels[i % len(labels)], t) for i, (t, _g) in enumerate(handwritten.load()[:500])]
    expected = [detect_labelled(detector, label, value) for label, value in cells]
    assert list(detect_labelled_cells(detector, iter(cells))) == expected
    assert sum(map(len, expected)) > 500


def test_verify_over_many_cells_reports_what_each_cell_alone_would(detector: Detector) -> None:
    """find_leaks streams its cells through the batch path; a skipped column and empty cells
    keep their places, and the leaks are those a cell-by-cell scan finds."""
    texts = [t for t, _g in handwritten.load()[:300]]
    cols = ["备注", "手机", "skip"]
    cells = [(i, cols[i % 3], "" if i % 11 == 0 else t) for i, t in enumerate(texts)]
    leaks = find_leaks(iter(cells), detector, DISPLAY, frozenset({"skip"}), limit=10_000)
    expected = [
        (row, column, f.type)
        for row, column, text in cells
        if text and column != "skip"
        for f in detect_labelled(detector, column, text)
        if DISPLAY(f.type, text[f.start : f.end]) != text[f.start : f.end]
    ]
    assert [(x.row, x.column, x.type_id) for x in leaks] == expected
    assert len(expected) > 100


# --- risk -----------------------------------------------------------------------------------


def test_k_anonymity_and_l_diversity() -> None:
    header = ["age", "sex", "zip", "diagnosis"]
    rows = [
        ["34", "F", "100021", "flu"],
        ["34", "F", "100021", "flu"],
        ["35", "F", "100022", "asthma"],
        ["36", "M", "100023", "flu"],
        ["36", "M", "100023", "cold"],
        ["36", "M", "100023", "flu"],
    ]
    report = assess(header, rows, ["age", "sex", "zip"], "diagnosis", target_k=2)
    assert report.rows == 6
    assert report.k == 1
    assert report.groups == 3
    assert report.unique_rows == 1
    assert report.rows_below_target == 1
    assert report.l_diversity == 1
    assert report.smallest[0][1] == 1
    assert report.suggestion is not None
    assert report.suggestion.k >= 2


def test_risk_suggestion_generalizes_ages_into_bands() -> None:
    rows = [[str(20 + i % 40), "F"] for i in range(200)]
    report = assess(["age", "sex"], rows, ["age", "sex"], target_k=10, max_suppression=0)
    assert report.k == 5
    assert report.suggestion is not None
    assert report.suggestion.levels["age"].startswith("band of")
    assert report.suggestion.k >= 10


def test_risk_names_a_missing_column() -> None:
    with pytest.raises(Exception, match="no such column: 'zip'"):
        assess(["age"], [], ["age", "zip"])


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (["34", "56", "78"], "number"),
        (["1987-06-05", "1990-01-02"], "date"),
        (["19870605", "19900102"], "date"),
        (["100021", "200335"], "code"),
        (["男", "女"], "category"),
    ],
)
def test_hierarchy_choice(values: list[str], kind: str) -> None:
    assert hierarchy_for(values).kind == kind


# --- cells and atomic output ----------------------------------------------------------------


def test_cell_conversion() -> None:
    assert as_text(13812345678.0) == "13812345678"
    assert as_text(None) == ""
    assert back_to_cell(13812345678, "15012345678") == 15012345678
    assert back_to_cell(13812345678, "138****5678") == "138****5678"
    assert back_to_cell("x", "123") == "123"


def test_atomic_output_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous")

    def interrupted() -> None:
        with atomic_output(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        interrupted()
    assert target.read_text() == "previous"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_output(target) as tmp:
        tmp.write_text("complete")
    assert target.read_text() == "complete"
    assert list(tmp_path.iterdir()) == [target]


_TRICKY = st.text(alphabet='张伟13812345678,"\n\r ;ab\t', max_size=10)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(_TRICKY, min_size=3, max_size=3), min_size=1, max_size=30),
    st.integers(0, 40),
    st.sampled_from(["\r\n", "\n"]),
)
def test_fast_csv_path_writes_what_the_csv_module_writes(
    tricky: list[list[str]], position: int, term: str
) -> None:
    """Past the classification sample, plain lines are split and joined without the csv module;
    mixed with quoted, multi-line and empty-cell rows, the output must still be byte for byte
    what reading and writing with the csv module gives."""
    plain = [[f"r{i}", f"1381234{i % 10000:04d}", "x"] for i in range(1100)]
    rows = plain[: 1000 + position] + tricky + plain[1000 + position :]
    dialect = CsvDialect("utf-8", ",", '"', False, term)
    buf = io.StringIO(newline="")
    write = dialect.writer(buf)
    for r in [["a", "b", "c"], *rows]:
        write(r)
    keep = Protector.build(Profile.model_validate({"name": "k", "default": {"operator": "keep"}}))
    out = io.StringIO(newline="")
    mask_csv(
        io.BufferedReader(io.BytesIO(buf.getvalue().encode())),  # type: ignore[arg-type]
        out,
        dialect,
        det=Detector(),
        protector=keep,
        counts=Counts(),
        report=lambda _m: None,
    )
    expected = io.StringIO(newline="")
    dialect.csv_writer(expected).writerows(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert out.getvalue() == expected.getvalue()


def test_fast_csv_path_quotes_protected_values_that_need_it(detector: Detector) -> None:
    """A replacement label with the delimiter in it forces the writer for that block."""
    profile = Profile.model_validate(
        {"name": "p", "default": {"operator": "replace", "template": "<{type},x>"}}
    )
    rows = [[f"C{i}", f"1381234{i:04d}"] for i in range(1500)]
    raw = "id,手机\n" + "".join(f"{a},{b}\n" for a, b in rows)
    out = io.StringIO(newline="")
    mask_csv(
        io.BufferedReader(io.BytesIO(raw.encode())),  # type: ignore[arg-type]
        out,
        CsvDialect("utf-8", lineterminator="\n"),
        det=detector,
        protector=Protector.build(profile),
        counts=Counts(),
        report=lambda _m: None,
    )
    back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert back[1:] == [[f"C{i}", "<CN_MOBILE,x>"] for i in range(1500)]


def test_free_text_column_in_a_batch_equals_cell_by_cell(detector: Detector) -> None:
    """A remarks column is detected in a batch (with empty cells among its values); the
    output and the counts are those of protecting each cell alone."""
    texts = [text for text, _gold in handwritten.load()[:400]]
    values = ["" if i % 7 == 3 else t for i, t in enumerate(texts)]
    alone, batched = Counts(), Counts()
    expected = [protect_free_text(detector, DISPLAY, "备注", v, alone) if v else v for v in values]
    got = protect_free_text_column(detector, DISPLAY, "备注", values, batched)
    assert got == expected
    assert batched.values == alone.values
    assert sum(alone.values.values()) > 400  # the texts do hold values to protect


def test_csv_free_text_column_masked_as_cell_by_cell(detector: Detector) -> None:
    texts = [text for text, _gold in handwritten.load()[:300]]
    rows = [[str(i), "" if i % 5 == 0 else t] for i, t in enumerate(texts)]
    buf = io.StringIO(newline="")
    write = CsvDialect("utf-8", lineterminator="\n").writer(buf)
    for r in [["编号", "备注"], *rows]:
        write(r)
    out = io.StringIO(newline="")
    counts = Counts()
    mask_csv(
        io.BufferedReader(io.BytesIO(buf.getvalue().encode())),  # type: ignore[arg-type]
        out,
        CsvDialect("utf-8", lineterminator="\n"),
        det=detector,
        protector=DISPLAY,
        counts=counts,
        report=lambda _m: None,
    )
    back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    alone = Counts()
    assert [r[1] for r in back[1:]] == [
        protect_free_text(detector, DISPLAY, "备注", r[1], alone) if r[1] else "" for r in rows
    ]
    assert counts.values == alone.values


def test_parquet_free_text_column_masked_as_cell_by_cell(
    detector: Detector, tmp_path: Path
) -> None:
    """Parquet hands a record batch's column to the plan at once; nulls stay null, empty
    strings stay empty, and the remarks are protected as each alone would be."""
    texts = [t for t, _g in handwritten.load()[:200]]
    remarks = [None if i % 9 == 0 else "" if i % 13 == 0 else t for i, t in enumerate(texts)]
    src, dst = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(pa.table({"id": list(range(len(texts))), "备注": remarks}), src)
    counts = Counts()
    mask_parquet(src, dst, det=detector, protector=DISPLAY, counts=counts)
    alone = Counts()
    expected = [protect_free_text(detector, DISPLAY, "备注", v, alone) if v else v for v in remarks]
    assert pq.read_table(dst).column("备注").to_pylist() == expected
    assert counts.values == alone.values
