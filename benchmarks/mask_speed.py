"""De-identification speed: text masking beside detection and a naive baseline; CSV rows/s.

    python benchmarks/mask_speed.py                    # 5 MB of text, a 1M-row CSV
    python benchmarks/mask_speed.py --mb 2 --rows 200000

Text: the shared labelled sample repeated to ``--mb``; three passes in the same run: the naive
per-type regex baseline, detection alone, detection + the ``display`` profile. The masking cost is
(detect+mask - detect) / detect. CSV: ``--rows`` rows of 10 columns, 5 of them personal (name, ID,
mobile, card, address) and 5 not; a plain csv read+write pass is the baseline; baomi's rate is
reported with and without the one-off column classification (1,000 sampled rows), for the
``display`` profile and, over fewer rows, the keyed ``analytics`` and ``test-data`` profiles.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baomi import Detector
from baomi.adapters.cli.lines import mask_lines, walk_strings
from baomi.detect.checksums import gb11643_check_char, luhn_check_digit
from baomi.protect import ProtectionKey, Protector, anonymize, load_profile
from baomi.tables.csvfile import CsvDialect
from baomi.tables.csvmask import classify_csv, mask_csv
from baomi.tables.plan import Counts, protect_free_text, protect_free_text_column
from detect_speed import NAIVE, SAMPLE

HEADER = [
    "客户姓名",
    "身份证号",
    "手机号",
    "银行卡号",
    "联系地址",
    "金额",
    "交易时间",
    "渠道",
    "网点号",
    "状态",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国"
PLACES = [
    "北京市朝阳区",
    "上海市浦东新区",
    "广东省深圳市南山区",
    "四川省成都市武侯区",
    "浙江省杭州市西湖区",
]


def _row(rng: random.Random) -> list[str]:
    born = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    id17 = (
        rng.choice(["110105", "310115", "440305", "510107", "330106"])
        + born
        + f"{rng.randint(0, 999):03d}"
    )
    card = "622202" + "".join(rng.choice("0123456789") for _ in range(12))
    return [
        rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))),
        id17 + gb11643_check_char(id17),
        rng.choice(["138", "139", "186", "150", "177"]) + f"{rng.randint(0, 99999999):08d}",
        card + luhn_check_digit(card),
        f"{rng.choice(PLACES)}{rng.choice(['人民路', '中山路', '建设大道'])}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 28)}0{rng.randint(1, 4)}室",
        f"{rng.randint(1, 100000)}.{rng.randint(0, 99):02d}",
        f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00",
        rng.choice(["网银", "柜面", "手机银行", "ATM"]),
        f"{rng.randint(1000, 9999)}",
        rng.choice(["成功", "失败", "处理中"]),
    ]


def _write_csv(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for _ in range(rows):
            w.writerow(_row(rng))


def _text(mb: float) -> list[str]:
    base = [json.loads(x)["text"] for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x]
    lines, size = [], 0
    while size < mb * 1e6:
        for ln in base:
            lines.append(ln)
            size += len(ln.encode()) + 1
    return lines


def text_rows(mb: float) -> list[tuple[str, float, str]]:
    lines = _text(mb)
    nbytes = sum(len(ln.encode()) + 1 for ln in lines)
    det = Detector()
    display = Protector.build(load_profile("display"))
    for _warm in det.detect_batch(lines[:500]):  # word lists load on first use
        pass
    t0 = time.perf_counter()
    for ln in lines:
        for p in NAIVE:
            p.findall(ln)
    t_naive = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _findings in det.detect_batch(lines):
        pass
    t_detect = time.perf_counter() - t0
    t0 = time.perf_counter()
    for ln, findings in zip(lines, det.detect_batch(lines), strict=True):
        anonymize(ln, findings, display.by_type, display.default)
    t_mask = time.perf_counter() - t0
    mbs = lambda t: nbytes / t / 1e6  # noqa: E731
    return [
        ("naive regex baseline (find only)", mbs(t_naive), "1.00x"),
        ("baomi detect", mbs(t_detect), f"{t_naive / t_detect:.2f}x naive"),
        (
            "baomi detect + mask (display)",
            mbs(t_mask),
            f"masking adds {100 * (t_mask - t_detect) / t_detect:.1f}% to detection",
        ),
    ]


def remarks_rows(n: int) -> list[tuple[str, float, str]]:
    """A free-text column (remarks: the sample's lines) protected cell by cell, as tables did
    before, and as one batch per block of rows, as they do now; same values, same run."""
    remarks = _text(1.0)[:n]
    det = Detector()
    display = Protector.build(load_profile("display"))
    for _warm in det.detect_batch(remarks[:500]):
        pass
    t0 = time.perf_counter()
    one = [protect_free_text(det, display, "备注", v, Counts()) for v in remarks]
    t_cells = time.perf_counter() - t0
    t0 = time.perf_counter()
    batched: list[str] = []
    for i in range(0, len(remarks), 4096):  # the blocks mask_csv hands to a plan
        batched += protect_free_text_column(det, display, "备注", remarks[i : i + 4096], Counts())
    t_batch = time.perf_counter() - t0
    assert batched == one
    return [
        (f"remarks column, cell by cell ({n:,} values)", n / t_cells, "1.00x"),
        (
            f"remarks column, a batch per block ({n:,} values)",
            n / t_batch,
            f"{t_cells / t_batch:.2f}x",
        ),
    ]


def jsonl_rows(n: int) -> list[tuple[str, float, str]]:
    """JSON Lines ({"id", "备注", "customer": {"note"}}) protected string by string, as before,
    and by ``mask_lines`` in blocks; same lines, same run, same output."""
    texts = _text(1.0)[:n]
    lines = [
        json.dumps({"id": i, "备注": t, "customer": {"note": t[:20]}}, ensure_ascii=False)
        for i, t in enumerate(texts)
    ]
    det = Detector()
    display = Protector.build(load_profile("display"))
    for _warm in det.detect_batch(texts[:500]):
        pass

    def protect(label: str, value: str) -> str:
        return protect_free_text(det, display, label, value, Counts())

    t0 = time.perf_counter()
    one = "".join(
        json.dumps(walk_strings(json.loads(x), "", protect, ()), ensure_ascii=False) + "\n"
        for x in lines
    )
    t_one = time.perf_counter() - t0
    out = io.StringIO()
    t0 = time.perf_counter()
    mask_lines(
        io.BytesIO("".join(x + "\n" for x in lines).encode()),
        out,
        fmt="jsonl",
        encoding="utf-8",
        det=det,
        protector=display,
        counts=Counts(),
        fields=(),
        strict=False,
        jobs=1,
        progress=lambda _n: None,
    )
    t_blocks = time.perf_counter() - t0
    assert out.getvalue() == one
    return [
        (f"JSON Lines, string by string ({n:,} lines)", n / t_one, "1.00x"),
        (
            f"JSON Lines, baomi mask in blocks ({n:,} lines)",
            n / t_blocks,
            f"{t_one / t_blocks:.2f}x",
        ),
    ]


def _passthrough(path: Path) -> float:
    """Read and write every row with the csv module, to a file as a real run does."""
    t0 = time.perf_counter()
    with (
        open(path, encoding="utf-8", newline="") as f,
        open(path.with_suffix(".copy"), "w", encoding="utf-8", newline="") as out,
    ):
        w = csv.writer(out, lineterminator="\n")
        for row in csv.reader(f):
            w.writerow(row)
    return time.perf_counter() - t0


def _mask(path: Path, protector: Protector, det: Detector) -> tuple[float, float]:
    """(seconds for classification alone, seconds for the whole masking run)."""
    dialect = CsvDialect("utf-8", lineterminator="\n")
    with open(path, "rb") as f:
        t0 = time.perf_counter()
        classify_csv(f, dialect, det, print)
        t_classify = time.perf_counter() - t0
    with (
        open(path, "rb") as f,
        open(path.with_suffix(".masked"), "w", encoding="utf-8", newline="") as out,
    ):
        t0 = time.perf_counter()
        mask_csv(f, out, dialect, det=det, protector=protector, counts=Counts(), report=print)
        t_total = time.perf_counter() - t0
    return t_classify, t_total


def csv_rows(rows: int, keyed_rows: int) -> list[tuple[str, float, str]]:
    det = Detector()
    key = ProtectionKey(bytes(32))
    out: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as d:
        big, small = Path(d) / "big.csv", Path(d) / "small.csv"
        _write_csv(big, rows)
        _write_csv(small, keyed_rows)
        t_plain = _passthrough(big)
        out.append((f"csv read+write pass-through ({rows:,} rows)", rows / t_plain, "1.00x"))
        for name, path, n in (
            ("display", big, rows),
            ("analytics", small, keyed_rows),
            ("test-data", small, keyed_rows),
        ):
            protector = Protector.build(load_profile(name), key)
            t_cls, t_total = _mask(path, protector, det)
            base = t_plain * n / rows
            out.append(
                (
                    f"baomi mask --profile {name} ({n:,} rows), after classification",
                    n / (t_total - t_cls),
                    f"{base / (t_total - t_cls):.2f}x pass-through; classification {t_cls:.2f} s",
                )
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="masking speed")
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of text")
    ap.add_argument("--rows", type=int, default=1_000_000, help="CSV rows (display profile)")
    ap.add_argument("--keyed-rows", type=int, default=100_000, help="CSV rows for keyed profiles")
    ap.add_argument("--remarks", type=int, default=8_000, help="values of the remarks column")
    args = ap.parse_args()
    print(f"{'run':<62} {'rate':>14}  note")
    for name, rate, note in text_rows(args.mb):
        print(f"{name:<62} {rate:>9.2f} MB/s  {note}")
    for name, rate, note in remarks_rows(args.remarks):
        print(f"{name:<62} {rate:>7,.0f} vals/s  {note}")
    for name, rate, note in jsonl_rows(args.remarks):
        print(f"{name:<62} {rate:>7,.0f} lines/s  {note}")
    for name, rate, note in csv_rows(args.rows, args.keyed_rows):
        print(f"{name:<62} {rate:>7,.0f} rows/s  {note}")


if __name__ == "__main__":
    main()
