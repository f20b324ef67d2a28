"""CN_ADDRESS: a gazetteer of administrative divisions plus a street/number/building grammar.

An address starts at a known division (province, city or district, with common short forms) or
right after an address cue (地址, 住址, 家住 ...), and ends at the last house, building or room
number. A division chain with no street part is reported only after an address cue, so that
"上海分行" or "广东省内" is not an address.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

from baomi.detect.fold import fold
from baomi.detect.lexicon import divisions, taiwan_divisions
from baomi.detect.wordset import trie_pattern

__all__ = ["ADDRESS_CUES", "DIVISIONS_ONLY", "division_end", "find_addresses"]

ADDRESS_CUES: tuple[str, ...] = (
    "地址",
    "住址",
    "家住",
    "住在",
    "我住",  # (我住东风村三组47号: a speaker's home, said without 在)
    "他住",
    "她住",
    "居住在",
    "现住",
    "现居",
    "寄往",
    "寄至",
    "送至",
    "送到",
    "寄到",
    "搬到",
    "搬去",
    "迁往",
    "迁至",
    "迁入",
    "地点",
    "场所",
    "户籍地",
    "户籍",
    "位于",
    "坐落于",
    "坐落",
    "所在地",
    "住所",
    "居住地",
    "参保地",  # (a social insurance's place of enrolment, 参保地广西…宜州区)
    "常住地",
    "暂住地",
    "暂住",
    "通讯地址",
    "联系地址",
    "收货地址",
    "办公地址",
    "注册地址",
    "经营地址",
    "工作单位地址",
    "详细地址",
    "老家",
    "籍贯",
    "原籍",
    "祖籍",
    "出生地",
    "address",
    "Address",
    "addr",
)

_H = r"[\u4e00-\u9fff]"
_NUM = r"[0-9０-９一二三四五六七八九十百零]"
# A road: the shortest run ending in a road word, preferring one that a house number follows
# (中关村大街27号, not 中关村). A village's numbered group (东风村三组, 上村组) is one; a team
# (领导小组, 工作组, 专案组) is none.
_ROAD = (
    rf"(?:{_H}|[A-Za-z0-9]){{1,12}}?(?:大道|大街|路|街|道|巷子|巷|弄|胡同|(?<![公英千家这那哪心手屋城村夜])里|村|(?<=[0-9０-９一二三四五六七八九十村])组|屯|头条|[二三四五六七八九十]条"
    r"|(?<=[二三四五六七八九])环(?![东西南北中]?路))"  # (南二环东段: a ring road, after its number)
    r"(?:[东西南北中一二三四五六七八九十]?段|[东西南北中](?=[0-9０-９])"  # (路东72号, 道中180号)
    rf"|{_H}{{2,4}}?段(?=[0-9０-９]))?"  # (东大街牛市口段38号: a segment named after a place)
)
# A village named after a street (安肃镇东街村): 村 right after a road word, not 村口 or 村委.
_VILLAGE = (
    "(?:村(?![口里民委头庄])|社区"  # (经三路社区: a residents' community, so too)
    f"|(?<=村)委会{_H}{{1,3}}?[组社])?"  # (白雾村委会上村组: a group under the village committee)
)
# Estate, campus and building names; an estate followed by a building number is preferred, so
# 金祥园小区7栋 is read whole rather than stopping at 金祥园.
_ESTATE = (
    "(?:小区|花园|大厦|公寓|宿舍|广场|家园|公馆|大楼|新村|中心|大学城|大学|学院|医院"
    "|市场|苑|园|城|庭|府|楼|(?<=[一二三四五六七八九十0-9])期|区"  # (三期: a phase; not 定期)
    "|分局|派出所|法院"  # (湖滨南路56号思明公安分局: an office of the state, at its number)
    "|营地|山庄|度假村|农场|基地)"  # (大溪村竹海营地: a place to stay or to work, out of town)
)
# A part of an estate or a campus written after its name (中南大学新校区, 莲富大厦写字楼, 湖南大学
# 北门, 华中科技大学同济医学院, 科技园南区, 郑州大学第一附属医院).
_TOWER = "[东西南北中][塔座楼]"  # (越秀城市广场南塔: the estate runs to the tower)
_WING = (
    # (重庆医科大学附属第一医院: an affiliated hospital, numbered or not)
    "(?:校区|校园|分校|学院|[东西南北正侧]门|[东西南北中]区"
    "|附属(?:第[一二三四五六七八九十]{1,2})?(?:医院|中学|小学)"
    f"|写字楼|办公楼|商务楼|综合楼|主楼|裙楼|住院部|门诊楼|{_TOWER})"
)
# A character of an estate's or building's name: not a particle of the prose around the address
# (…36号|的一个小区里: the address ends at the number).
_PROSE_PARTICLES = "的是在了某我你他她们"
_NAME_CHAR = rf"(?![{_PROSE_PARTICLES}])[\u4e00-\u9fff]"  # (…368号|我们分行三楼)
_BUILDING_NO = rf"(?:{_NUM}+|[A-Za-z]{_NUM}*)(?:号楼|栋|幢|座|单元)"
# A pilot free-trade zone is written where a district would be: 中国（上海）自由贸易试验区.
_FREE_TRADE_ZONE = rf"中国[（(]{_H}{{2,3}}[）)]自由贸易试验区(?:{_H}{{2,6}}?片区)?"
# (a district-level 市 is not one before 区: 荆州市沙市区 holds the district 沙市区, not 沙市)
_DIVISIONS = rf"""
    (?P<div>{_FREE_TRADE_ZONE}
           |(?:{_H}{{1,8}}?(?:省|自治区|特别行政区))?
            (?:{_H}{{1,12}}?(?:市|自治州|地区|盟))?
            (?:{_H}{{1,16}}?(?:区|县区|县|旗|市(?!区)))?)"""
# Only the divisions: every later part of the grammar is optional, so the division part it
# matches alone is the one the whole grammar matches (what masks need, about 5x faster).
DIVISIONS_ONLY = re.compile(_DIVISIONS, re.VERBOSE)
_FREE_TRADE_ZONE_RE = re.compile(_FREE_TRADE_ZONE)
_GRAMMAR = re.compile(
    _DIVISIONS
    + rf"""
    (?P<zone>[（(]{_H}{{2,10}}?(?:区|园)[）)])?  # (天津自贸试验区（东疆保税港区）亚洲路…)
    (?P<town>{_H}{{1,8}}?(?:镇|乡|街道|开发区|工业园区|园区))?
    (?P<road>{_ROAD}(?:{_ROAD})?(?={_NUM})|{_ROAD}{_VILLAGE}|{_H}{{1,6}}?口(?={_NUM}+号))?
    (?P<crossing>(?:[与和交]{_ROAD})?(?:交叉口|交汇处|十字路口|路口|交口)(?:[东西南北]{{1,2}}[角侧])?)?
    (?P<house>[甲乙丙丁]?{_NUM}+(?:-{_NUM}+)?(?:号院|号(?!楼)(?:附{_NUM}+号)?|弄|巷|组)
             |(?<=村){_NUM}{{1,3}}[社队]  # (锦花村三社, 五队: a village's group)
             |(?<=村){_NAME_CHAR}{{1,3}}?屯)?  # (那坡村那赖屯: a hamlet, in Guangxi)
    (?P<estate>(?![市省县])  # (八一大道128号|市第一医院: a place named after the city)
              # (秦电国际2203: a tower named …国际, only before its room's number)
              (?:(?:{_NAME_CHAR}|[A-Za-z]){{2,8}}?国际(?=[0-9]{{3,4}}(?![0-9年月日号]))
                |(?:{_NAME_CHAR}|[A-Za-z]){{2,10}}?{_ESTATE}(?={_BUILDING_NO}|{_TOWER})
                |(?:{_NAME_CHAR}|[A-Za-z]){{2,8}}?(?={_BUILDING_NO})
                |(?:{_NAME_CHAR}|[A-Za-z]){{2,10}}?{_ESTATE})
              (?:大厦|大楼|广场)?  # (天津中心大厦22层: an estate's name ends in one too)
              (?:{_NUM}{{1,2}}期)?)?  # (华润时代广场二期12楼: a phase of the estate)
    (?P<wing>{_NAME_CHAR}{{0,3}}?{_WING}|{_NAME_CHAR}{{4,6}}?学院)?  # (…大学经济与管理学院)
    (?P<building>(?:{_NUM}+(?:号楼|号办公楼|号写字楼|号厂房|号场|号馆|号厅|号仓库?|栋|幢|座|号|区|塔)
                   |[A-Za-z]{_NUM}*(?:-[A-Za-z0-9]{{1,3}})?(?:座|栋|幢|区|塔|馆)  # (R2-B栋, B馆)
                   |(?<=大学|学院)[东西南北]?{_NUM}{{1,3}}舍)  # (华中科技大学西十二舍: a hall)
                 (?:{_NUM}+(?:号楼|栋|幢|座))?)?
    (?P<unit>{_NUM}+(?:单元|门))?  # (1栋1门5017室: 门, a unit in Tianjin and Beijing)
    (?P<floor>(?:[Bb]|地下|负)?{_NUM}+(?:层|楼))?
    (?P<room>{_NUM}+(?:室|房(?![屋产子])|户|号)|(?<=[座栋幢塔楼元层门])[0-9]{{3,4}}(?:-[0-9]{{1,2}})?(?![0-9])
            |(?<=广场|大厦|中心|大楼|国际)[0-9]{{3,4}}(?![0-9年月日号])
            # (上实中心T3-1801: a tower's letter and number, then the room)
            |(?:(?<=广场|大厦|中心|大楼|国际)|(?<=[城苑园府]))[A-Z][0-9]{{1,2}}-[0-9]{{3,4}}(?![0-9])
            |(?<=[A-Za-z0-9]区)[0-9]{{3,4}}(?![0-9年月日号])  # (环球中心E1区1203)
            |(?<=[座栋幢塔楼元层])[0-9]{{1,3}}-[0-9]{{1,4}}(?![0-9])
            |(?<=[园苑府庭])[0-9]{{1,3}}-[0-9]{{2,4}}(?![0-9])  # (创意产业园10-501)
            |(?<=号)[0-9]+(?:-[0-9]+){{1,2}}(?![0-9])
            |(?<={_NUM}[层楼])[A-Za-z][0-9]{{1,4}}(?:号?铺)?(?![0-9])  # (一楼A12铺: a stall)
            |(?<={_NUM}[层楼])[A-Za-z]室)?  # (20楼A室: a flat by its letter)
    """,
    re.VERBOSE,
)
# Characters of prose that a place's own name does not hold.
_PROSE = re.compile("[是个一的在了这那有很哪]")
_THIS_VILLAGE = re.compile("[本该此我][村组]")
# Parts precise enough to make an address without a cue word (a crossing names one place).
_NUMBERED = ("crossing", "house", "building", "unit", "floor", "room")
_CUE_GAP = 8
_SUFFIXES = ("特别行政区", "自治区", "自治州", "地区", "省", "市", "盟")


@cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str], int]:
    """(full division names, names plus short forms of provinces and cities, longest length)."""
    full: set[str] = set()
    short_forms: set[str] = set()
    for d in divisions():
        if "直辖" in d.name or d.name in ("市辖区", "县"):
            continue  # placeholders of the code table, never written in an address
        full.add(d.name)
        if d.level in ("province", "city"):
            short = d.name
            for suffix in _SUFFIXES:
                if short.endswith(suffix) and len(short) - len(suffix) >= 2:
                    short = short[: -len(suffix)]
                    break
            for ethnic in ("壮族", "回族", "维吾尔"):
                short = short.removesuffix(ethnic)
            if short != d.name and len(short) >= 2:
                short_forms.add(short)
    full |= taiwan_divisions()
    return frozenset(full), frozenset(full | short_forms), max(map(len, full))


# Every full division name ends with one of these; finding them is a fast character-class scan,
# and each hit costs a few set look-ups (why not Aho-Corasick: over str with ~3,500 Chinese keys
# pyahocorasick ran at 3 MB/s here, the regex below at 150 MB/s).
_DIVISION_END = re.compile("[省市区县旗州盟]")


_HIGHER_LEVELS = 3


def _name_ending_at(text: str, end: int, names: frozenset[str], longest: int) -> int:
    """The length of the longest of ``names`` that ends at ``end`` (0: none)."""
    for k in range(min(longest, end), 1, -1):
        if text[end - k : end] in names:
            return k
    return 0


_TOWN_SUFFIXES = ("街道", "镇", "乡")


def _division_starts(text: str) -> Iterator[int]:
    """Start of each chain of divisions (吉林省长春市南关区 -> the index of 吉)."""
    full, with_short, longest = _gazetteer()
    for m in _DIVISION_END.finditer(text):
        k = _name_ending_at(text, m.end(), full, longest)
        if not k:
            continue
        start = m.end() - k
        # Walk back over the higher levels written before it: a district's city, province
        # (three at most: 新疆维吾尔自治区伊犁哈萨克自治州伊宁市…; a longer run of divisions is a
        # list, and walking it back from every division would cost the square of its length).
        for _level in range(_HIGHER_LEVELS):
            k = _name_ending_at(text, start, with_short, longest)
            if not k:
                break
            start -= k
        if text.endswith(_TOWN_SUFFIXES, 0, start):
            continue  # 大良街道|新城区德民路: a district after a town is a part's name, no chain
        yield start
    if "自由贸易试验区" in text:
        yield from (m.start() for m in _FREE_TRADE_ZONE_RE.finditer(text))


@cache
def _cue_regex() -> re.Pattern[str]:
    # (地址是苏州工业园区…: a copula after the cue is not part of the address; 她住在…: nor 在)
    return re.compile("(?P<cue>" + trie_pattern(ADDRESS_CUES) + r")(?:是|为|在)?[:：\s]{0,2}")


# 巩玉珍，住新华街道光明社区4号楼102: a register's entry, the person then the home, is cued by 住
# after a comma; not 住址, 住所 or 住院, a cue or a word of their own. Looked for apart, behind a
# substring test: in the cue pattern, an alternative that does not start as its trie does cost
# the scan of every text its fast start (twice the time of the whole address stage).
_LIVES_AT_RE = re.compile(r"(?P<cue>，住)(?![址所院宿户房])[:：\s]{0,2}")


def _parse(
    text: str, start: int, cued: bool, gazetteer: bool, limit: int
) -> tuple[int, float] | None:
    """(end, score) of the address starting at ``start`` and ending by ``limit``, or None.

    Without a known division at the start, a street (road or house number) is required, or
    after a cue an estate's building or room: 位于总行大厦15楼 is a place in a building, not a
    postal address, but 住址：阳光花园3-1202 is one.
    """
    m = _GRAMMAR.match(text, start, limit)
    if m is None or m.end() <= start:
        return None
    if not gazetteer and not (
        m.group("road")
        or m.group("house")
        # 住址：阳光花园3-1202: after a cue, an estate with its building or room number (an
        # estate in 区 is read as the divisions: 幸福小区5栋302室)
        or (
            cued
            and (m.group("estate") or m.group("div"))
            and (m.group("building") or m.group("room"))
        )
    ):
        return None
    numbered = any(m.group(g) for g in _NUMBERED)
    if not gazetteer and not numbered and _PROSE.search(m.group("road") or ""):
        return None  # 老家是个小村子, 住在一个小村里: prose, not a village's name
    if not numbered and _THIS_VILLAGE.fullmatch(m.group("road") or ""):
        return None  # 承包地位于本村东坡: "this village", which names none
    if numbered:
        return _last_part_end(m), 0.9 if cued else 0.85
    if cued and (m.group("road") or m.group("town") or m.group("estate")):
        return m.end(), 0.75
    if cued and m.group("div") and len(m.group("div")) >= 4:
        return m.end("div"), 0.7
    if gazetteer and m.group("road") and len(m.group("div") or "") >= 4:
        return m.end(), 0.7  # 天津市河西区友谊路: divisions and a road name a street, uncued
    if gazetteer and m.group("town") and not m.group("estate") and _levels(m.group("div")) >= 3:
        return m.end("town"), 0.7  # 湖北省黄冈市麻城市龟山镇: three divisions and a town
    return None


def _last_part_end(m: re.Match[str]) -> int:
    """Where a numbered address ends: its last number, or an estate named after it
    (中关村大街27号中关村大厦)."""
    return max(m.end(g) for g in (*_NUMBERED, "estate", "wing") if m.group(g))


def _levels(div: str | None) -> int:
    """How many divisions a chain writes (湖北省黄冈市麻城市: 3)."""
    return len(_LEVEL_END.findall(div or ""))


_LEVEL_END = re.compile("省|自治区|特别行政区|市|自治州|地区|盟|区|县|旗")


def division_end(address: str) -> int:
    """Where the divisions at the start of an address end (吉林省长春市南关区|长江街...), also in
    traditional characters (臺北市大安區|忠孝東路...)."""
    m = DIVISIONS_ONLY.match(fold(address))
    return m.end("div") if m else 0


_SPACES = frozenset(" \u3000")
_SPACED_REACH = 80


def _parse_spaced(
    text: str, start: int, cued: bool, gazetteer: bool, chains: list[int]
) -> tuple[int, float] | None:
    """The address at ``start`` read as if the single or double spaces between its parts were
    not there (北京市 朝阳区 建国路 88号 SOHO现代城 2号楼 1203, 南山区 科技园路1号), with
    its end mapped back to ``text``. A wider gap, or a space beside punctuation, ends it."""
    stop = min(len(text), start + _SPACED_REACH)
    window = text[start:stop]
    if " " not in window and "\u3000" not in window:
        return None  # (tested at C speed before the walk below)
    kept: list[int] = []
    k = start
    while k < stop:
        if text[k] in _SPACES:
            j = k
            while j < stop and text[j] in _SPACES:
                j += 1
            if j - k > 2 or not kept or j >= stop or not _joins(text[k - 1]) or not _joins(text[j]):
                break
            k = j
        kept.append(k)
        k += 1
    if len(kept) == stop - start:
        return None  # no space inside: the plain reading is this one
    squeezed = "".join(text[i] for i in kept)
    own = DIVISIONS_ONLY.match(squeezed)
    own_end = kept[own.end("div") - 1] + 1 if own and own.end("div") else start
    limit = _next_chain(chains, start, own_end, len(text))
    usable = next((n for n, i in enumerate(kept) if i >= limit), len(kept))
    hit = _parse(squeezed, 0, cued, gazetteer, usable)
    if hit is None or hit[0] == 0:
        return None
    end, score = hit
    return kept[end - 1] + 1, score


def _next_chain(chains: list[int], start: int, own_end: int, default: int) -> int:
    """Where the next chain of divisions after the address at ``start`` begins a new address: the
    first one past this address's own divisions (东莞市南|城区: 城区 inside them is none)."""
    # (bisection over the sorted chains: a line of many chains stays linear)
    i = bisect_right(chains, max(start, own_end - 1))
    return chains[i] if i < len(chains) else default


def _division_within(chains: list[int], after: int, until: int) -> bool:
    """Does a chain of divisions start in (``after``, ``until``]? (``chains`` sorted)"""
    i = bisect_right(chains, after)
    return i < len(chains) and chains[i] <= until


# An estate's name right before a building number (幸福里小区3栋): where an address without
# divisions or a cue may begin. The estate words are those of homes, not of offices.
_HOME_ESTATE = re.compile(
    rf"(?:小区|花园|新村|家园|公寓|宿舍|城|苑|园)(?={_NUM}+(?:号楼|栋|幢|座))"  # (凤凰城12栋)
)
_ESTATE_NAME_REACH = 10
# A road's house number (东湖路16号): with an estate's building and room after it, an address.
_STREET_NUMBER = re.compile(rf"(?:大道|大街|路|街)(?={_NUM}+号(?!楼))")


# A flat by its building, unit and room alone (业主冯志斌（12栋2单元601）), as an estate's own
# records write it: the three numbers together name one home.
# A residential building (栋, 幢) and a room with 室 name one too (报修登记：12幢1803室业主…; an
# office's 3号楼1201室 is a meeting room).
_FLAT_RE = re.compile(
    r"(?<![0-9A-Za-z])[0-9]{1,3}(?:(?:栋|幢|号楼)[0-9]{1,2}单元[0-9]{3,4}室?|[栋幢][0-9]{3,4}室)"
    r"(?![0-9])"
)


def _home_estates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each home estate written with its building and room but no division or
    cue (关爱名单：陶根生（幸福里小区3栋102）), or a street's house number before them (在东湖路16号
    金桂园3栋1单元502): a building and a room inside a named estate are an address wherever they
    stand. The estate's or road's name runs back to punctuation or a particle."""
    found: list[tuple[int, int]] = []
    for m in itertools.chain(_HOME_ESTATE.finditer(text), _STREET_NUMBER.finditer(text)):
        start = _name_start(text, m.start(), _ESTATE_NAME_REACH)
        if start is None:
            continue
        # (the grammar may read the name as a road, 幸福里, or an estate in 区 as a district)
        g = _GRAMMAR.match(text, start)
        if g and g.group("building") and g.group("room"):
            found.append((start, max(g.end(k) for k in _NUMBERED if g.group(k))))
    yield from sorted(found)


# A town's name before a road and a house number (城关镇解放路17号): with no division before it, a
# town is known from its suffix alone, so the road's number is asked for as well.
_TOWN_STREET = re.compile(
    rf"(?:镇|乡|街道)(?={_NAME_CHAR}{{1,8}}?(?:大道|大街|路|街)[0-9０-９]+号)"
)
_TOWN_NAME_REACH = 4


def _town_streets(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each town, road and house number with no division before them. The town's
    name runs back to punctuation or a particle, over four characters at most (搬进了|城关镇…);
    a longer run of characters has no clear start and is left alone."""
    for m in _TOWN_STREET.finditer(text):
        start = _name_start(text, m.start(), _TOWN_NAME_REACH)
        if start is None:
            continue
        g = _GRAMMAR.match(text, start)
        if g and g.group("town") and g.group("road") and g.group("house"):
            yield start, _last_part_end(g)


# Two roads' crossing (人民路与解放路交叉口): one place however it is reached, no number needed.
_CROSSING_RE = re.compile(
    rf"(?:大道|大街|路|街)(?=[与和]{_NAME_CHAR}{{1,8}}?(?:大道|大街|路|街)(?:交叉口|交汇处|十字路口|交口))"
)
_ROAD_NAME_REACH = 6
# What a place follows in prose (行驶至|人民路…, 事发于|解放路…): the road's name starts after it.
_TOWARDS_A_PLACE = frozenset("至于到经沿往从近距")


def _crossings(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each crossing of two named roads with no division or cue before it."""
    for m in _CROSSING_RE.finditer(text):
        start = _name_start(text, m.start(), _ROAD_NAME_REACH, _TOWARDS_A_PLACE)
        if start is None:
            continue
        g = _GRAMMAR.match(text, start)
        if g and g.group("road") and g.group("crossing"):
            yield start, g.end("crossing")


# A point on an expressway by its kilometre post (京港澳高速K1024+300): where a traffic offence or
# an accident happened, as 12123 notices and claims give it.
_HIGHWAY_POST_RE = re.compile(r"(?:高速公路|高速)[KＫ][0-9]{1,4}\+[0-9]{1,3}(?![0-9])")
_HIGHWAY_NAME_REACH = 8
_HIGHWAY_NUMBER_RE = re.compile(r"(?<![A-Za-z0-9])[GS][0-9]{1,4}$")


def _highway_posts(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each expressway's kilometre post, its name read back to punctuation or a
    particle (在|京港澳高速K1024+300处)."""
    for m in _HIGHWAY_POST_RE.finditer(text):
        start = _name_start(text, m.start(), _HIGHWAY_NAME_REACH)
        if start is not None:
            number = _HIGHWAY_NUMBER_RE.search(text, max(0, start - 5), start)
            yield number.start() if number else start, m.end()  # (G15沈海高速: its number too)


def _name_start(text: str, end: int, reach: int, stops: frozenset[str] = frozenset()) -> int | None:
    """Where the name of an estate, a road or a town that ends at ``end`` starts: back to
    punctuation, a particle or one of ``stops``, at most ``reach`` characters. None where a longer
    run of characters leaves no clear start, or the name is shorter than two characters."""
    start = end
    # (one character past the reach is walked too, to see whether the run goes on)
    while (
        start
        and end - start <= reach
        and _is_name_char(text[start - 1])
        and text[start - 1] not in stops
    ):
        start -= 1
    if end - start > reach:
        return None  # a longer run of characters: no clear start of the name
    return start if end - start >= 2 else None


def _is_name_char(c: str) -> bool:
    """A character an estate's name may hold (what ``_NAME_CHAR`` matches): Chinese, not a
    particle of the prose around it."""
    return "\u4e00" <= c <= "\u9fff" and c not in _PROSE_PARTICLES


def _joins(c: str) -> bool:
    """A character that an address part may end or begin with: Chinese, a letter or a digit."""
    return c.isalnum()


# An address written the English way, as foreign banks' and bilingual records give it (Room 1203,
# 88 Century Avenue, Pudong, Shanghai): a house number and a street (one to four capitalized
# words and a street word), the flat, floor or building before it and the district, city,
# province, country and postcode after it. Hand-written: no shipped package parses addresses in
# English, and a Chinese one needs only this much.
_EN_STREET_WORDS = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Highway|Hwy|Way"
    r"|Lu|Jie|Dajie|Dadao|Hutong|Alley|Plaza|Square)\.?"
)
_EN_CAPITAL = r"[A-Z][a-z]+"
_EN_DIVISION_WORDS = "(?:District|New Area|County|Town|Province|City)"
_EN_ADDRESS_RE = re.compile(
    r"(?:(?:Room|Rm\.?|Flat|Unit|Suite|Apt\.?)\s*[0-9A-Z][0-9A-Z\-]*,?\s+)?"
    r"(?:(?:(?:Floor|Fl\.?)\s*\d{1,3}|\d{1,3}(?:st|nd|rd|th|/F|F)\b(?:\s*Floor)?),?\s+)?"
    # (Tower 3, Harbour View Garden,: a block's number, then its estate's name, or either alone)
    r"(?:(?:Building|Bldg\.?|Block|Tower)\s*[0-9A-Z]{1,3},?\s+)?"
    rf"(?:{_EN_CAPITAL}(?:\s{_EN_CAPITAL})?"
    r"\s(?:Building|Tower|Plaza|Centre|Center|Mansion|Garden|Gardens|Court|Estate),?\s+)?"
    rf"(?:No\.\s*)?\d{{1,5}}[A-Z]?(?:-\d{{1,5}})?,?\s+(?:{_EN_CAPITAL}\s){{1,4}}{_EN_STREET_WORDS}"
    r"(?:\s(?:East|West|South|North|Middle|Central))?"
    rf"(?:,\s*{_EN_CAPITAL}(?:\s{_EN_CAPITAL}){{0,2}}(?:\s{_EN_DIVISION_WORDS})?){{0,4}}"
    r"(?:,?\s*\d{6}(?![0-9])|,?\s+[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![A-Za-z0-9]))?"  # (a
    # postcode: China's six digits, or the UK's outward and inward codes, M13 9PL)
)
_EN_ADDRESS_HINT = re.compile(rf"[a-z] {_EN_STREET_WORDS}(?![A-Za-z])")


# An address on the European continent, as customers living abroad give theirs: the number before
# a leading street word (12 Rue de Rivoli, 75004 Paris, France; 8 Via Roma, 20121 Milano) or
# after a German street (Friedrichstraße 123, 10117 Berlin), then a postcode, a city, a country.
_EU_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+"
_EU_LEADING_STREET = (
    r"(?:Rue|Avenue|Boulevard|Bd|Place|Quai|Allée|Chemin|Via|Viale|Piazza|Corso|Calle|Avenida"
    r"|Paseo|Plaza|Rua|Rambla)"
)
_EU_ENDING_STREET = "(?:straße|strasse|weg|platz|allee|gasse|gracht|laan|straat)"
_EU_PARTICLE = r"(?:(?:de la|de l'|de|du|des|la|le|les|del|della|di|dei|do|da|dos|d')\s?)"
_EU_TAIL = (
    rf",?\s*(?:[0-9]{{4,5}}|[0-9]{{2}}-[0-9]{{3}})\s+{_EU_WORD}(?:[ \-]{_EU_WORD})?"
    rf"(?:,\s*{_EU_WORD}(?:\s{_EU_WORD})?)?"
)
_EU_ADDRESS_RE = re.compile(
    rf"(?<![0-9A-Za-z])[0-9]{{1,4}}(?:\s?(?:bis|ter))?,?\s+{_EU_LEADING_STREET}\s+{_EU_PARTICLE}?"
    rf"{_EU_WORD}(?:[ \-]{_EU_PARTICLE}?{_EU_WORD}){{0,3}}(?:{_EU_TAIL})?"
    rf"|{_EU_WORD}{_EU_ENDING_STREET}\s+[0-9]{{1,4}}[a-z]?"
    rf"(?:{_EU_TAIL})?"
)
# (two hints, each starting with what re skips to fast: one alternation of both cost 1.6 us a
# sample line, the two 1.0)
_EU_LEADING_HINT = re.compile(rf"[0-9],? {_EU_LEADING_STREET} ")
_EU_ENDING_HINT = re.compile(rf"{_EU_ENDING_STREET} [0-9]")


def _english_addresses(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Addresses written the English (or a European) way, found from their street word."""
    if _EN_ADDRESS_HINT.search(text) is not None:
        for m in _EN_ADDRESS_RE.finditer(text):
            yield m.start(), m.end(), 0.8, "an address in English"
    if " " in text and (_EU_LEADING_HINT.search(text) or _EU_ENDING_HINT.search(text)):
        for m in _EU_ADDRESS_RE.finditer(text):
            yield m.start(), m.end(), 0.8, "an address in a European language"


_BEFORE_DE = 5  # (附近的, 老城区的: a short description of the place after its cue)
_COPULAS = frozenset("是为")
_PUNCTUATION_RE = re.compile(r"[，。；：,.;:!?！？\s]")


def find_addresses(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, score, cue) for each address."""
    yield from _english_addresses(text)
    taken_until = -1
    cued_starts: dict[int, str] = {}
    cues: Iterable[re.Match[str]] = _cue_regex().finditer(text)
    if "，住" in text:
        cues = itertools.chain(cues, _LIVES_AT_RE.finditer(text))
    for m in cues:
        start = m.end()
        de = text.find("的", start, start + _BEFORE_DE)
        if de >= 0 and not _PUNCTUATION_RE.search(text, start, de):
            start = de + 1  # 住在附近的|幸福路社区7栋: a description before the place
            if text[start : start + 1] in _COPULAS:
                start += 1  # 地址写的是|长江路168号: the copula after the description
        cued_starts[start] = m.group("cue")
    division_starts = set(_division_starts(text))
    # A cue followed within a few characters by a division (住址变更为江苏省...): start at the
    # division; the cue still counts through the window check below.
    chains = sorted(division_starts)
    starts = {c for c in cued_starts if not _division_within(chains, c, c + _CUE_GAP)}
    starts.update(division_starts)
    spaced_parts = " " in text or "\u3000" in text  # (once: a long line has many starts)
    for s in sorted(starts):
        if s < taken_until:
            continue
        # Another chain of divisions begins a new address (…建设路12号变更为|昆明市五华区…):
        # the grammar, whose estate part could run into it, stops there. A division name inside
        # this address's own divisions is none (东莞市南|城区: 城区 is also a district's name).
        limit = len(text)
        if chains and chains[-1] > s:  # (most texts hold one chain: no need to read its divisions)
            divisions_end = DIVISIONS_ONLY.match(text, s)
            own = divisions_end.end("div") if divisions_end else s
            limit = _next_chain(chains, s, own, limit)
        cue = cued_starts.get(s)
        if cue is None:
            # A division right after a cue word that is not directly adjacent still counts.
            window = text[max(0, s - _CUE_GAP - 4) : s]
            cue = next((c for c in ADDRESS_CUES if c in window), None)
        hit = _parse(text, s, cue is not None, s in division_starts, limit)
        spaced = (
            _parse_spaced(text, s, cue is not None, s in division_starts, chains)
            if spaced_parts
            else None
        )
        if spaced and (hit is None or spaced[0] > hit[0]):
            hit = spaced  # 北京市 朝阳区 建国路 88号: parts an export or a form spaces apart
        if hit:
            end, score = hit
            yield s, end, score, cue or "gazetteer"
            taken_until = end
    for spans, score, cue in _cueless_addresses(text):
        for s, end in spans:
            if s >= taken_until:  # (those after every other address: their starts come last)
                yield s, end, score, cue
                taken_until = end


def _cueless_addresses(text: str) -> Iterator[tuple[Iterable[tuple[int, int]], float, str]]:
    """The (start, end) spans of each kind of address with no division or cue before it, with
    its score and explanation: each kind is looked for only where a cheap test lets it stand."""
    if "交叉" in text or "交汇" in text or "交口" in text or "十字路口" in text:
        yield _crossings(text), 0.8, "crossing"
    if "高速" in text:
        yield _highway_posts(text), 0.8, "an expressway's kilometre post"
    if "号" in text and ("镇" in text or "乡" in text or "街道" in text):
        yield _town_streets(text), 0.8, "town"
    if "栋" in text or "幢" in text or "号楼" in text or "座" in text:
        yield _home_estates(text), 0.8, "estate"
        if "单元" in text or "室" in text:
            yield (m.span() for m in _FLAT_RE.finditer(text)), 0.75, "building, unit and room"
