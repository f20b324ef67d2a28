"""E-mail, IP addresses and geographic coordinates."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator, Mapping

from baomi.detect.recognizers.base import TokenRecognizer

__all__ = ["RECOGNIZERS", "find_worded_coordinates", "parse_coordinates"]


def _email(v: str, cues: Mapping[str, str]) -> float | None:
    local, _, domain = v.rpartition("@")
    if ".." in v or local.startswith(".") or local.endswith(".") or domain.startswith("-"):
        return None
    return 0.9


def _ipv4(v: str, cues: Mapping[str, str]) -> float | None:
    parts = v.split(".")
    if any(len(p) > 1 and p[0] == "0" for p in parts) or any(int(p) > 255 for p in parts):
        return None
    if parts[0] == "0":
        return None
    return 0.8


def _ipv6(v: str, cues: Mapping[str, str]) -> float | None:
    if "::" not in v and v.count(":") != 7:
        return None
    try:
        ipaddress.IPv6Address(v)
    except ValueError:
        return None
    return 0.85


_NUM_RE = re.compile(r"-?\d{1,3}\.\d+")


def parse_coordinates(v: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a ``lat,lon`` pair, or None when out of range. A first number
    beyond 90 is a longitude: Chinese map services (AMap, Baidu) write ``lng,lat``
    (116.397128,39.916527), as does a pair whose letters say so (116.39°E, 39.91°N)."""
    nums = _NUM_RE.findall(v)
    if len(nums) != 2:
        return None
    first, second = float(nums[0]), float(nums[1])
    upper = v.upper()
    east_west = max(upper.find("E"), upper.find("W"))
    north_south = max(upper.find("N"), upper.find("S"))
    lng_first = abs(first) > 90 or -1 < east_west < north_south
    lat, lon = (second, first) if lng_first else (first, second)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _geo(v: str, cues: Mapping[str, str]) -> float | None:
    coords = parse_coordinates(v)
    if coords is None:
        return None
    lat, lon = coords
    if lat == 0 and lon == 0:
        return None  # 0,0: a default or a placeholder, not a place anyone is
    in_china = 3.0 <= lat <= 54.0 and 73.0 <= lon <= 136.0
    if in_china:
        return 0.85
    return 0.75 if "GEO" in cues else None


# 北纬39.9042°，东经116.4074° / 纬度39.9042 经度116.4074 / 东经116.40，北纬39.90: a pair split by
# the words that say which number is which. The token scan reads runs of ASCII, which the words
# break, so it sees two bare decimals; this scan runs only where 纬 is in the text (every pair
# names a latitude).
_AXIS = "北纬|南纬|纬度|东经|西经|经度"
_DEGREES = r"-?\d{1,3}\.\d{2,8}°?"
_WORDED_RE = re.compile(
    rf"(?P<a>{_AXIS})[:：]?\s?(?P<x>{_DEGREES})[\s，,、；;]{{1,2}}(?P<b>{_AXIS})[:：]?\s?(?P<y>{_DEGREES})"
)


def find_worded_coordinates(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, score, cue) for each pair of coordinates named by 纬 and 经 words:
    from the first number to the last, the words between them included."""
    if "纬" not in text:
        return  # (most texts: no latitude, no pair; a substring test, not the alternation)
    for m in _WORDED_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if ("纬" in a) == ("纬" in b):
            continue  # two latitudes or two longitudes: no pair
        x, y = float(m.group("x").rstrip("°")), float(m.group("y").rstrip("°"))
        if a in ("南纬", "西经"):
            x = -x
        if b in ("南纬", "西经"):
            y = -y
        lat, lon = (x, y) if "纬" in a else (y, x)
        if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0, 0):
            in_china = 3.0 <= lat <= 54.0 and 73.0 <= lon <= 136.0
            yield m.start("x"), m.end("y"), 0.95 if in_china else 0.85, a


RECOGNIZERS: tuple[TokenRecognizer, ...] = (
    TokenRecognizer(
        name="email",
        max_base=0.9,
        type="EMAIL",
        kinds=("email",),
        pattern=re.compile(r".+@.+\..+"),
        validate=_email,
        cues=("EMAIL",),
        cue_bonus=0.05,
        negative_penalty=0.0,
    ),
    TokenRecognizer(
        name="ipv4",
        max_base=0.8,
        type="IP_ADDRESS",
        kinds=("ipv4",),
        pattern=re.compile(r"[\d.]+"),
        validate=_ipv4,
        cues=("IP",),
        cue_bonus=0.1,
    ),
    TokenRecognizer(
        name="ipv6",
        max_base=0.85,
        type="IP_ADDRESS",
        kinds=("ipv6",),
        pattern=re.compile(r"[0-9A-Fa-f:]+"),
        validate=_ipv6,
        cues=("IP",),
        cue_bonus=0.1,
    ),
    TokenRecognizer(
        name="geo_pair",
        max_base=0.85,
        type="GEO_COORDINATE",
        kinds=("geo",),
        pattern=re.compile(r".+"),
        validate=_geo,
        cues=("GEO",),
        cue_bonus=0.1,
    ),
)
