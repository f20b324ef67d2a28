"""Time on one long line grows with its length, not with its square: pathological lines.

    python benchmarks/detect_scaling.py                  # 20,000 and 80,000 characters
    python benchmarks/detect_scaling.py --chars 10000

Each row repeats a unit (a run of dashed digits, divisions back to back, names in a list …) to a
line of ``--chars`` characters and of four times that, and times ``Detector.detect`` on each.
Linear work gives a ratio near 4; a ratio past 7 is flagged. A line that takes longer than
``--give-up`` seconds is not tried at the larger size (its ratio shows as inf).

Such lines come from real exports: a whole table on one line, a log record that repeats a
field, a column of numbers joined with dashes. Found this way (2026-11-29): ``1-1-1-…`` took
359 s for 20,000 characters (every span of the run was tried as a value), and 24,000
characters of ``北京市朝阳区`` repeated 19 s (each division walked back over all those before it),
and a line of capitals grew with its square (a cell-name gate with unbounded words).
"""

from __future__ import annotations

import argparse
import time

from baomi import Detector

UNITS = {
    "digits": "1",
    "dashed digits": "1-",
    "spaced digits": "1 ",
    "phone prefixes": "+86 ",
    "surname characters": "王李张刘陈",
    "characters spaced out": "王 ",
    "road words": "路",
    "divisions back to back": "北京市朝阳区",
    "full addresses": "北京市朝阳区建国路88号1栋2单元301室，",
    "estate words": "大厦",
    "numbered roads": "1路",
    "mentions": "@王芳 ",
    "labels": "姓名：",
    "labelled names": "经办人：王芳；",
    "spaced-out names": "姓 名：王 芳 ",
    "cue words": "客户",
    "kin": "王芳之子",
    "a list of names": "王芳、",
    "quoted names": "“王芳”",
    "bracketed names": "（王芳）",
    "a name said twice": "王芳说王芳",
    "tab-separated names": "王芳\t",
    "romanized names": "Wang Fang ",
    "capitalized words": "Ab ",
    "capitals": "ABCDEFGHJK",
    "letters and digits": "a1",
    "dotted letters": "a.",
    "e-mail shapes": "a@b.",
    "IPv6 shapes": "a:",
    "full-width digits": "１２３－",
    "keys": '"name":',
    "a CJK character and a digit": "王1",
    "middle dots": "·",
    "records": "客户王芳，手机13812345678，",
    "JSON": '{"name":"王芳","mobile":"13812345678"},',
    "dates": "2026年11月27日",
    "SMS cues": "验证码",
    "password labels": "密码：",
    "coordinates": "北纬39.9，",
    "a long word": "中华人民共和国",
    "dates in Chinese numerals": "一九七六年五月十二日",
    "home estates": "幸福里小区3栋102、",
    "English addresses": "Room 1, 2/F, 3 Aa Bb Road, Cc District, ",
    "capitalized words before a street word": "Aa Bb Cc Dd Ee Road ",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=20_000, help="characters of the shorter line")
    ap.add_argument("--give-up", type=float, default=20.0, help="seconds")
    args = ap.parse_args()
    det = Detector()
    det.detect("客户王芳，手机13812345678")  # warm-up: word lists load on first use
    print("| line of repeated … | s at 1x | s at 4x | ratio |")
    print("|---|---|---|---|")
    for label, unit in UNITS.items():
        times = []
        for chars in (args.chars, 4 * args.chars):
            line = unit * (chars // len(unit))
            t0 = time.perf_counter()
            det.detect(line)
            times.append(time.perf_counter() - t0)
            if times[-1] > args.give_up:
                break
        ratio = times[1] / max(times[0], 1e-4) if len(times) == 2 else float("inf")
        longer = f"{times[1]:.2f}" if len(times) == 2 else "-"
        flag = " (superlinear)" if ratio > 7 else ""
        print(f"| {label} | {times[0]:.2f} | {longer} | {ratio:.1f}{flag} |")


if __name__ == "__main__":
    main()
