"""PERSON_NAME recall on sentence templates, each filled with many Faker names.

    python benchmarks/name_templates.py               # 20 fills a template, the worst 15 shown
    python benchmarks/name_templates.py --fills 50 --worst 40

A hand-written line tests one name in one sentence; whether the sentence's structure works for
names in general shows only when it is filled with many names (two or three characters, common
and rarer surnames, as Faker's zh_CN provider draws them). ``benchmarks/data/name_templates.txt``
holds the templates of batches 93-101 of the hand-written corpus and of probes 102, 103 and
105-111 (docs/benchmarks.md); ``{NAME}`` is filled with a Faker name, the other placeholders
({ID}, {MOB}, {CARD}, {ADDR} ...) with generated values. The table gives, for the worst
templates, the share of their names found exactly and the names missed; the last line the
totals and the false names (PERSON_NAME spans that match no filled name).

``--surnames rare`` puts a single surname from beyond the 165 most common (滕, 祁, 晏, 邝 ...)
before each Faker given name: the names a writer picks from the 百家姓 rather than from a census.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baomi import Detector
from baomi.detect.recognizers.name_shape import surname_len
from corpus import CorpusGenerator

TEMPLATES = Path(__file__).resolve().parent / "data" / "name_templates.txt"
_PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


def _fillers(g: CorpusGenerator) -> dict[str, Callable[[], str]]:
    return {
        "NAME": g.fake.name,
        "ID": g.resident_id,
        "CARD": g.card,
        "ACCT": g.account,
        "MOB": g.mobile,
        "TEL": g.landline,
        "EMAIL": g.email,
        "USCC": g.uscc,
        "VIN": g.vin,
        "IMEI": g.imei,
        "IP": g.ip,
        "GEO": g.geo,
        "PLATE": g.plate,
        "PASS": g.passport,
        "HMT": g.hmt,
        "SMS": g.sms,
        "CVN": g.cvn,
        "EXP": g.expiry,
        "ADDR": g.address,
    }


# The single surnames beyond the 165 most common, as surnames.txt listed them when this probe was
# written (its first 293): written out, so that later changes to the list (surnames added, 阿
# removed as a familiar prefix) do not change the names drawn and runs stay comparable.
_RARE_POOL = (
    "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜"
    "冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官"
    "封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
    "禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况"
    "那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "闭由酆蓟荀庾蒯糜隗桓宓厍钭弓郦逄乜邴訾殳璩鄂禄竺贲汲郗苍宰咸羿濮巢韶莘毋仰钮郤夔凤贝滑牧秋怀贡"
    "扶堵郏习宦鱼慎暨弘蔚融"
)


def _rare_surnames() -> list[str]:
    return list(_RARE_POOL)


def _rare_surname_names(g: CorpusGenerator) -> Callable[[], str]:
    rare = _rare_surnames()

    def name() -> str:
        full = g.fake.name()
        return g.r.choice(rare) + full[surname_len(full, 0) or 1 :]

    return name


def fill(
    template: str, g: CorpusGenerator, rare: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """The filled text and the spans of its names."""
    fillers = _fillers(g)
    if rare:
        fillers["NAME"] = _rare_surname_names(g)
    text, names, pos = "", [], 0
    for m in _PLACEHOLDER.finditer(template):
        text += template[pos : m.start()]
        value = fillers[m.group(1)]()
        if m.group(1) == "NAME":
            names.append((len(text), len(text) + len(value)))
        text += value
        pos = m.end()
    return text + template[pos:], names


def main() -> None:
    ap = argparse.ArgumentParser(description="PERSON_NAME recall on templates filled with names")
    ap.add_argument("--fills", type=int, default=20, help="names per template")
    ap.add_argument("--worst", type=int, default=15, help="templates to show, worst first")
    ap.add_argument(
        "--templates", type=Path, default=TEMPLATES, help="a file of templates (a new probe)"
    )
    ap.add_argument(
        "--surnames",
        choices=("faker", "rare"),
        default="faker",
        help="faker: Faker's names; rare: a surname beyond the 165 most common",
    )
    args = ap.parse_args()
    lines = args.templates.read_text(encoding="utf-8").splitlines()
    # (a line with no name to fill measures nothing)
    templates = [ln for ln in lines if ln and ln[0] != "#" and "{NAME}" in ln]
    det = Detector()
    rows = []
    found_all = total = false_all = 0
    for template in templates:
        found = count = false = 0
        missed: list[str] = []
        for k in range(args.fills):
            text, names = fill(template, CorpusGenerator(1000 + k), args.surnames == "rare")
            spans = {(f.start, f.end) for f in det.detect(text) if f.type == "PERSON_NAME"}
            found += sum(n in spans for n in names)
            count += len(names)
            false += len(spans - set(names))
            missed += [text[a:b] for a, b in names if (a, b) not in spans]
        rows.append((found / count, false, template, missed))
        found_all, total, false_all = found_all + found, total + count, false_all + false
    rows.sort(key=lambda r: (r[0], -r[1]))
    print("| found | false | template | missed (first five) |")
    print("|---|---|---|---|")
    for share, false, template, missed in rows[: args.worst]:
        print(f"| {share:.2f} | {false} | {template} | {' '.join(missed[:5])} |")
    print(
        f"\n{len(templates)} templates x {args.fills} fills: {found_all} of {total} names found "
        f"(R {found_all / total:.3f}), {false_all} false names"
    )


if __name__ == "__main__":
    main()
