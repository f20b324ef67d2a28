"""Realistic stand-in values drawn deterministically from a seed (the format-preserving pseudonyms).

Every generator takes the original value (for its shape: length, separators, a kept prefix) and a
``Draw`` (a deterministic stream of choices seeded by the value's HMAC), and returns a value of the
same type that passes baomi's own validators: resident IDs with a real region, a real date and a
correct check character; cards with their issuer prefix and a correct Luhn digit; mobiles in
allocated segments; names from the surname and given-name lists. The stream is SHAKE-256 over the
seed, not ``random.Random``, whose sequences Python does not promise to keep across versions.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from importlib import resources

from baomi.detect.checksums import (
    gb11643_check_char,
    gb11714_check_char,
    gb32100_check_char,
    luhn_check_digit,
    vin_check_char,
)
from baomi.detect.recognizers.address import division_end
from baomi.detect.recognizers.misc import worded_date, write_worded_date

__all__ = ["GENERATORS", "Draw", "reshape", "significant"]

SEPARATORS = frozenset(" -./()（）·•:")
DIGITS = "0123456789"
_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as digits
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


class Draw:
    """Deterministic, unbiased choices from a seed."""

    def __init__(self, seed: bytes):
        self._buf = hashlib.shake_256(seed).digest(256)
        self._pos = 0
        self._seed = seed
        self._round = 0

    def _byte(self) -> int:
        if self._pos >= len(self._buf):
            self._round += 1
            self._buf = hashlib.shake_256(self._seed + self._round.to_bytes(4, "big")).digest(256)
            self._pos = 0
        b = self._buf[self._pos]
        self._pos += 1
        return b

    def below(self, n: int) -> int:
        """Uniform in [0, n) by rejection sampling."""
        if n <= 1:
            return 0
        nbytes = (n.bit_length() + 7) // 8
        limit = (256**nbytes // n) * n
        while True:
            x = 0
            for _ in range(nbytes):
                x = (x << 8) | self._byte()
            if x < limit:
                return x % n

    def choice(self, seq: str | tuple[str, ...]) -> str:
        return seq[self.below(len(seq))]

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(alphabet[self.below(len(alphabet))] for _ in range(n))


def significant(value: str) -> str:
    return "".join(c for c in value if c not in SEPARATORS)


def reshape(template: str, chars: str) -> str:
    """Put ``chars`` into the significant positions of ``template``, separators kept in place.
    When the counts differ the new value is returned as it is."""
    if sum(c not in SEPARATORS for c in template) != len(chars):
        return chars
    it = iter(chars)
    return "".join(c if c in SEPARATORS else next(it) for c in template)


def _keep_case(original: str, new: str) -> str:
    return new.lower() if original.islower() else new


def _near_date(d: date, draw: Draw, spread_days: int = 730) -> date:
    """A day within two years of ``d`` (keeps ages realistic), never in the future."""
    moved = d + timedelta(days=draw.below(2 * spread_days + 1) - spread_days)
    latest = date.today() - timedelta(days=1)
    return min(moved, latest)


def _parse_ymd(s: str) -> date | None:
    try:
        return date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None


@cache
def _alphabets() -> dict[str, tuple[str, ...]]:
    """What the generators draw from, frozen in ``data/synth_alphabets.json`` (taken from the
    detector's lists once): a key's pseudonyms must stay the same when the detector learns a new
    given-name character or mobile segment, or a join on pseudonyms breaks between versions."""
    raw = (
        resources.files("baomi.protect").joinpath("data", "synth_alphabets.json").read_text("utf-8")
    )
    doc = json.loads(raw)
    return {
        "surnames": tuple(doc["surnames"]),
        "given": tuple(doc["given"]),
        "mobile_segments": tuple(doc["mobile_segments"].split()),
        "districts": tuple(doc["districts"].split()),
    }


def _district_codes() -> tuple[str, ...]:
    return _alphabets()["districts"]


def _surname_tuple() -> tuple[str, ...]:
    return _alphabets()["surnames"]


def _given_tuple() -> tuple[str, ...]:
    return _alphabets()["given"]


def resident_id(value: str, draw: Draw) -> str:
    sig = significant(value).upper()
    if len(sig) == 15:  # legacy: region + YYMMDD + 3 sequence digits, no check character
        born = _parse_ymd("19" + sig[6:12]) or date(1970, 1, 1)
        new = _near_date(born, draw)
        body = draw.choice(_district_codes()) + new.strftime("%y%m%d") + draw.chars(DIGITS, 3)
        return reshape(value, body)
    born = _parse_ymd(sig[6:14]) or date(1980, 1, 1)
    new = _near_date(born, draw)
    sex_parity = int(sig[16]) % 2 if len(sig) >= 17 and sig[16].isdigit() else draw.below(2)
    seq = draw.chars(DIGITS, 2) + str(draw.below(5) * 2 + sex_parity)  # keeps the sex digit
    first17 = draw.choice(_district_codes()) + new.strftime("%Y%m%d") + seq
    return reshape(value, first17 + gb11643_check_char(first17))


def bank_card(value: str, draw: Draw) -> str:
    sig = significant(value)
    body = sig[:6] + draw.chars(DIGITS, len(sig) - 7)  # the issuer prefix (BIN) stays
    return reshape(value, body + luhn_check_digit(body))


def digits_same_length(value: str, draw: Draw) -> str:
    sig = significant(value)
    first = sig[:1] if sig[:1].isdigit() else ""
    return reshape(value, first + draw.chars(DIGITS, len(sig) - len(first)))


def mobile(value: str, draw: Draw) -> str:
    stripped = value.lstrip()
    prefix = ""
    for p in ("+86", "0086", "86"):
        if stripped.startswith(p) and len(significant(stripped)) > 11:
            prefix = value[: value.index(p) + len(p)]
            break
    rest = value[len(prefix) :]
    new = draw.choice(_alphabets()["mobile_segments"]) + draw.chars(DIGITS, 8)
    return prefix + reshape(rest, new)


def landline(value: str, draw: Draw) -> str:
    sig = significant(value)
    area = 3 if sig[:2] in ("01", "02") else 4
    local = len(sig) - area
    new = sig[:area] + draw.choice("23456789") + draw.chars(DIGITS, max(local - 1, 0))
    return reshape(value, new)


_PUBLIC_MAIL = frozenset(
    "qq.com 163.com 126.com yeah.net sina.com sina.cn sohu.com foxmail.com 139.com "
    "189.cn aliyun.com gmail.com outlook.com hotmail.com yahoo.com icloud.com".split()
)


def email(value: str, draw: Draw) -> str:
    local, _, domain = value.rpartition("@")
    domain = domain if domain.lower() in _PUBLIC_MAIL else "example.com"
    if local.isdigit():  # QQ mail: a QQ number
        new_local = draw.choice("123456789") + draw.chars(DIGITS, len(local) - 1)
    else:
        new_local = draw.choice("abcdefghijkmnpqrstuvwxyz") + draw.chars(
            "abcdefghijkmnpqrstuvwxyz0123456789", max(len(local) - 1, 5)
        )
    return f"{new_local}@{domain}"


_PINYIN = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao "
    "Wei Fang Jun Ming Hua Ying Lei Jie Xin Yu Hong Ping Qiang Na Tao Bin Yan Hui Jing"
).split()


def person_name(value: str, draw: Draw) -> str:
    if value.isascii():  # a romanized name: as many pinyin words as the original has
        words = value.split() or [value]
        return " ".join(draw.choice(tuple(_PINYIN)) for _ in words)
    given = max(len(value.strip()) - 1, 1)
    given = min(given, 2)
    return draw.choice(_surname_tuple()) + "".join(
        draw.choice(_given_tuple()) for _ in range(given)
    )


_STREET_WORDS = "长安 建设 人民 解放 中山 和平 文化 胜利 新华 青年 光明 滨江 东风 幸福 翠湖".split()
_STREET_KINDS = ("路", "街", "大道")


def address(value: str, draw: Draw) -> str:
    keep = value[: division_end(value)]
    return (
        keep
        + draw.choice(tuple(_STREET_WORDS))
        + draw.choice(_STREET_KINDS)
        + f"{draw.below(300) + 1}号{draw.below(30) + 1}栋{draw.below(28) + 1}0{draw.below(4) + 1}室"
    )


def _worded_date_of_birth(worded: tuple[int, int, int | None], draw: Draw) -> str:
    """一九七六年五月十二日: a nearby day, written in Chinese numerals as the value was."""
    year, month, day = worded
    try:
        born = date(year, month, day or 1)
    except ValueError:
        born = date(1980, 1, 1)
    near = _near_date(born, draw)
    return write_worded_date(near.year, near.month, near.day if day else None)


def date_of_birth(value: str, draw: Draw) -> str:
    """The same written form (2001-02-03, 2001年2月3日, 20010203) with a nearby day."""
    worded = worded_date(value)
    if worded is not None:
        return _worded_date_of_birth(worded, draw)
    parts = re.findall(r"\d+", value)
    if len(parts) == 1 and len(parts[0]) == 8:
        born = _parse_ymd(parts[0])
        new = _near_date(born, draw) if born else date(1980, 1, 1)
        return value.replace(parts[0], new.strftime("%Y%m%d"))
    if len(parts) < 3:
        return reshape(value, draw.chars(DIGITS, len(significant(value))))
    try:
        born = date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        born = date(1980, 1, 1)
    new = _near_date(born, draw)
    fields = iter(
        [
            str(new.year),
            f"{new.month:0{len(parts[1])}d}",
            f"{new.day:0{len(parts[2])}d}",
        ]
    )
    return re.sub(r"\d+", lambda m: next(fields, m.group()), value, count=3)


def passport_like(value: str, draw: Draw) -> str:
    """Letters stay where they are, digits are drawn anew (passports, permits, old PR cards)."""
    return "".join(draw.choice(DIGITS) if c.isdigit() else c for c in value)


def foreign_pr(value: str, draw: Draw) -> str:
    sig = significant(value)
    if len(sig) == 18 and sig[0] == "9":
        born = _parse_ymd(sig[7:15]) or date(1980, 1, 1)
        first17 = sig[:7] + _near_date(born, draw).strftime("%Y%m%d") + draw.chars(DIGITS, 2)
        return reshape(value, first17 + gb11643_check_char(first17))
    return passport_like(value, draw)


def uscc(value: str, draw: Draw) -> str:
    sig = significant(value).upper()
    body = draw.chars(_ORG_CHARS, 8)
    org = body + gb11714_check_char(body)
    first17 = sig[:2] + draw.choice(_district_codes()) + org
    return reshape(value, first17 + gb32100_check_char(first17))


def plate(value: str, draw: Draw) -> str:
    out = []
    for i, c in enumerate(value):
        if i < 2 or c in SEPARATORS or not c.isascii():  # province and city letter stay
            out.append(c)
        elif c.isdigit():
            out.append(draw.choice(DIGITS))
        else:
            out.append(draw.choice(_UPPER))
    return "".join(out)


def vin(value: str, draw: Draw) -> str:
    sig = significant(value).upper()
    if len(sig) != 17:
        return passport_like(value, draw)
    body = sig[:3] + draw.chars(_VIN_CHARS, 5) + "0" + draw.chars(_VIN_CHARS, 8)
    new = body[:8] + vin_check_char(body) + body[9:]
    return reshape(value, _keep_case(value, new))


def imei(value: str, draw: Draw) -> str:
    sig = significant(value)
    body = sig[:8] + draw.chars(DIGITS, len(sig) - 9)  # the type allocation code stays
    return reshape(value, body + luhn_check_digit(body))


def ip_address(value: str, draw: Draw) -> str:
    if ":" in value:
        groups = value.split(":")
        return ":".join(
            g if i < 2 or not g else f"{draw.below(65536):x}" for i, g in enumerate(groups)
        )
    octets = value.split(".")
    return ".".join(o if i < 2 else str(draw.below(254) + 1) for i, o in enumerate(octets))


def coordinate(value: str, draw: Draw) -> str:
    """The first decimal stays (about 11 km); later decimals are drawn anew."""

    def one(m: re.Match[str]) -> str:
        decimals = m.group(3)
        return m.group(1) + "." + m.group(2) + draw.chars(DIGITS, len(decimals))

    return re.sub(r"(-?\d{1,3})\.(\d)(\d*)", one, value)


GENERATORS: dict[str, Callable[[str, Draw], str]] = {
    "PERSON_NAME": person_name,
    "CN_RESIDENT_ID": resident_id,
    "CN_FOREIGN_PR_ID": foreign_pr,
    "CN_PASSPORT": passport_like,
    "CN_HMT_PERMIT": passport_like,
    "CN_MOBILE": mobile,
    "CN_LANDLINE": landline,
    "EMAIL": email,
    "CN_ADDRESS": address,
    "BANK_CARD": bank_card,
    "BANK_ACCOUNT": digits_same_length,
    "SMS_CODE": digits_same_length,
    "DATE_OF_BIRTH": date_of_birth,
    "CN_USCC": uscc,
    "CN_LICENSE_PLATE": plate,
    "VIN": vin,
    "IMEI": imei,
    "IP_ADDRESS": ip_address,
    "GEO_COORDINATE": coordinate,
}
