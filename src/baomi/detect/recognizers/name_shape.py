"""Whether a span of text is shaped like a Chinese name, and how much like one.

The lexical half of PERSON_NAME (the structural half, cue words and sentence shapes, is in
``names``): a surname from the list, given characters graded by how much more often they appear
in names than in text (typical, plausible, avoided), and the words, places and function
characters that a name is not and does not run into.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from baomi.detect.lexicon import (
    common_surnames,
    common_words,
    crossing_words,
    curated_given_chars,
    divisions,
    frequent_bigrams,
    given_name_affinity,
    given_name_chars,
    institution_names,
    surname_words,
    surnames,
    verbs,
    word_bigrams,
)

__all__ = [
    "FUNCTION_SURNAMES",
    "GIVEN_AFTER_A_PREPOSITION",
    "JOINING",
    "MINORITY_SYLLABLES",
    "PLACE_ENDINGS",
    "POSSIBLE",
    "SERVICE_VERBS",
    "STOP_CHARS",
    "TIME_WORDS",
    "TITLES",
    "WORD_STOP_CHARS",
    "affinity",
    "ends_in_joining",
    "inside_longer_word",
    "is_cjk",
    "joins_left",
    "known_word",
    "loose_left_ok",
    "loose_right_ok",
    "minority_name",
    "name_score",
    "place_names",
    "plausible_name",
    "sits_across_a_word",
    "stops_name",
    "strict_name",
    "surname_len",
    "tibetan_word",
    "unmistakable_places",
    "weak_seam",
    "word_as_given",
    "word_running_on",
]

# Characters that end a name when they follow it: particles, verbs and nouns of service prose.
STOP_CHARS = frozenset(
    "的在于已是为与及等说称向从到对给把被让办申持去要您你他她我们了着过也都就还又再很最请因所并或但"
    "而却电手身证卡号账户地住联客反投表提咨查询致拨打收付汇转存取销签填交缴购买卖借贷欠逾今昨年日时分"
    "秒前后下内外计未没不啊呀吗呢吧嘛啦哦"
)
# Of those, the ones that end a name only where they begin a word (李四|联系 but 易建联|已…,
# 王五|电话 but 张电…): content characters that are also given names.
WORD_STOP_CHARS = frozenset(
    "电手身证卡号账户地住联客反投表提咨查询致拨打收付汇转存取销签填交缴购买卖借贷"
)
# Surnames that are also prepositions or conjunctions: before a time word they are the function
# word (同事于明日…), not a surname (家长于海洋为…).
FUNCTION_SURNAMES = frozenset("于和向从对将与及同由")
TIME_WORDS = frozenset(
    "明日 今日 次日 近日 昨日 当日 本日 即日 同日 日前 明天 今天 昨天 当天 本月 下月 上月 月底 "
    "年底 本周 下周 上周 周一 周二 周三 周四 周五 周六 周日 近期".split()
)


_AGE_AFTER_NIAN = frozenset("仅近过逾方约已届满一二三四五六七八九十")


# Given names of the 1950s-70s that begin with a preposition (屈向东, 李向阳): after a strong
# cue word they are names, not 向 and a direction.
GIVEN_AFTER_A_PREPOSITION = frozenset("向东 向阳 向前 向荣 向红 向明 向华 向军 向群 向南".split())


def stops_name(text: str, i: int) -> bool:
    """Does the character at ``i`` end a name that runs up to it?"""
    ch = text[i]
    if ch not in STOP_CHARS:
        return False
    if ch == "年":
        # 王永年, 柴松年: a given character, unless a word starts with or right after it
        # (王强|年龄, 张伟|年收入), or an age (王芳|年仅18岁, 年近七旬, 年38岁)
        nxt = text[i + 1 : i + 2]
        return (
            nxt in _AGE_AFTER_NIAN
            or nxt.isdigit()
            or text[i : i + 2] in frequent_bigrams()
            or text[i + 1 : i + 3] in frequent_bigrams()
        )
    if text[i : i + 2] in GIVEN_AFTER_A_PREPOSITION and (
        not is_cjk(text[i + 2 : i + 3]) or text[i + 2] in "的名先女等"
    ):
        return False  # 被执行人屈向东名下: a given name, not 向 and a direction (向南京…)
    return ch not in WORD_STOP_CHARS or text[i : i + 2] in frequent_bigrams()


TITLES = frozenset(
    "先生 女士 小姐 老师 经理 师傅 阿姨 大爷 总 局长 处长 科长 主任 同志 老板 医生 律师 秘书 会计 "
    "教授 博士 总监 行长 部长 书记 董事 工 某 太 太太 大师 "  # (麦太: Mrs Mak)
    "队长 站长 所长 院长 校长 厂长 村长 镇长 县长 市长 省长 组长 班长 社长 警官 法官 老总 "
    # elders and neighbours called by surname and a kin word (王大妈, 赵大叔): no name is given
    "大妈 大叔 大姐 大哥 大娘 大婶 大嫂 奶奶 爷爷 叔叔 伯伯 婶婶 阿婆 老伯 老太 老汉 老头".split()
)


POSSIBLE = 0.3  # affinity of a given character that is plausible beside a typical one


_DIVISION_SUFFIXES = ("市", "县", "区", "省", "州", "盟", "旗")


def _with_and_without_suffix(name: str) -> Iterator[str]:
    yield name
    for suffix in _DIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) > 2:
            yield name[: -len(suffix)]


@cache
def place_names() -> frozenset[str]:
    """Division names with and without their suffix (苏州市, 苏州): cells that are places."""
    return frozenset(n for d in divisions() for n in _with_and_without_suffix(d.name))


@cache
def unmistakable_places() -> frozenset[str]:
    """Places no one is named after: every division with its suffix (唐山市, 秦淮区), and the
    provinces and cities without it (甘肃, 马鞍山). District names without their suffix stay
    possible names (高明, 金平)."""
    return frozenset(
        n
        for d in divisions()
        for n in (_with_and_without_suffix(d.name) if d.level != "district" else (d.name,))
    )


def affinity(ch: str) -> float:
    """How much more often ``ch`` appears in given names than in text (a log ratio; 0 is
    neutral, characters never seen in a name count as strongly against)."""
    value = given_name_affinity().get(ch)
    if value is not None:
        return value
    # Not in the table: too rare in names to measure. A character of everyday words then counts
    # strongly against (的, 们); one rare in text too is no evidence either way (邬赟, 栾翀).
    return -5.0 if ch in _word_chars() else 0.0


@cache
def _word_chars() -> frozenset[str]:
    return frozenset("".join(frequent_bigrams()) + "".join(word_bigrams()) + "".join(verbs()))


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def surname_len(text: str, i: int) -> int:
    singles, compounds = surnames()
    if text[i : i + 2] in compounds:
        return 2
    return 1 if text[i : i + 1] in singles else 0


# Kinship titles that follow a surname alone (王姐, 何哥) or a full name (谭志坚哥) in address.
# (叔 and 伯 are given characters too, 蔡伯, so they are left out.)
KIN_TITLES = frozenset("姐哥姨婶嫂")


_SIBLING_RANKS = frozenset("大二三四五六七八九十幺")


def name_score(
    name: str, surname_len: int, strong: bool, weak: bool = False, relaxed: bool = False
) -> float | None:
    given = name[surname_len:]
    chars = given_name_chars()
    if not given or given in TITLES:
        return None  # 张女士, 王经理: a surname and a title, not a full name
    if (
        not relaxed
        and given[0] in STOP_CHARS
        and (given[0] not in WORD_STOP_CHARS or len(given) == 1 or given in frequent_bigrams())
        and not (strong and given in GIVEN_AFTER_A_PREPOSITION)
    ):
        return None  # 王在, 李电话: a function character or a word after the surname (濮存信 is
        # a name: 存 begins no word there)
    if "的" in given or "了" in given:
        return None  # 申请单上的签名: particles are never part of a name
    if "某" in given:
        return None  # 张某某: a name already withheld
    if name in institution_names():
        return None  # 浦发来电, 华融的债权: a bank's or an operator's short name
    if given == "氏":
        return None  # 叶氏兄弟, 冯氏: a clan or a firm, not one person
    if given in KIN_TITLES:
        return None  # 何姐, 王哥: a surname and a kinship title, the warm form of no full name
    if len(given) == 2 and given[0] == "老" and given[1] in _SIBLING_RANKS:
        return None  # 蒋老三, 王老大: a surname and a sibling's rank, a nickname like 老周
    if given == "老":
        return None  # 李老 (an elder, honoured), 有位老|奶奶: no given name
    common_surname = name[:surname_len] in common_surnames()
    if name in unmistakable_places() and not (
        common_surname and all(c in curated_given_chars() for c in given)
    ):
        return None  # 客户甘肃…, 经办人唐山市…: a place (but 沈阳 is also a name)
    if name in common_words() and not (common_surname and all(c in chars for c in given)):
        return None  # 马上, 满意: a word, unless a common surname and typical given characters
    if weak and name in frequent_bigrams():
        return None  # 对方：黄金 — after a loose cue, a very frequent word is the word
    known = sum(c in chars for c in given)
    # A character seen in names more than in text, though not typical (连, 疆 in 王连城, 汪辟疆),
    # costs less than one names avoid (述, 游).
    possible = sum(c not in chars and affinity(c) > 0 for c in given)
    unlikely = len(given) - known - possible
    score = (0.8 if strong else 0.72) + 0.06 * known - 0.05 * possible - 0.12 * unlikely
    if not common_surname:
        # 应按, 满意度, 秋季: a rare surname needs a typical given character and starts no word
        rare = sum(c not in chars and c not in _word_chars() for c in given)  # (邬赟, 栾翀)
        if not strong and (
            known + rare == 0 or name[:2] in frequent_bigrams() or name[:2] in surname_words()
        ):
            return None
        score -= 0.1  # 和, 司: rare surnames that are also everyday characters
    if word_as_given(name, given):
        score -= 0.2  # 和|高兴: the given part is itself a word
    return max(0.0, min(score, 0.97))


def strict_name(text: str, start: int, end: int) -> bool:
    """A name that needs no cue word: common surname, typical given characters, not a word."""
    slen = surname_len(text, start)
    if not slen or end - start - slen not in (1, 2):
        return False
    name = text[start:end]
    if known_word(name):
        return False
    if name[-1] in _CLAN_AND_HOUSE:
        return False  # 冯氏, 唐家: a clan or a family, not a given name
    if _family_village(name, slen):
        return False
    chars = given_name_chars()
    return name[:slen] in common_surnames() and all(c in chars for c in name[slen:])


_CLAN_AND_HOUSE = frozenset("氏家")
_VILLAGE_ENDS = frozenset("庄湖寨墩潭岭嘴塘河峡渡坪坝沟湾村屯堡营集坡岗桥山")


def _family_village(name: str, slen: int) -> bool:
    """王家庄, 黄家湖, 李家墩: a village named after a family, not a person (王家卫 is one)."""
    return len(name) - slen == 2 and name[slen] == "家" and name[-1] in _VILLAGE_ENDS


def plausible_name(text: str, start: int, end: int) -> bool:
    """Less than ``strict_name`` but still shaped like a name, for structures without a cue word: a
    surname and two given characters, both typical (褚晓光: a rare surname) or, after a common
    surname, one typical and one seen in names more than in text (刘伯坚); no word in it."""
    slen = surname_len(text, start)
    name = text[start:end]
    given = name[slen:]
    if not slen or len(given) != 2 or _family_village(name, slen):
        return False
    chars = given_name_chars()
    typical = sum(c in chars for c in given)
    return (
        (
            typical == 2
            or (
                typical == 1
                and name[:slen] in common_surnames()
                and all(c in chars or affinity(c) > POSSIBLE for c in given)
            )
        )
        and name not in common_words()
        and name not in surname_words()
        and name[:2] not in frequent_bigrams()
        and name[-2:] not in frequent_bigrams()
    )


# What people do at a bank or an insurer, which so often follows a name (向张晓敏转账): words
# rare in jieba's newspaper statistics (转账 50, 销户 3), listed by hand.
SERVICE_VERBS = frozenset(
    "转账 汇款 还款 取款 付款 收款 存款 开户 销户 挂失 签约 缴费 充值 退款 提现 转入 转出 "
    "汇入 汇出 理赔 投保 退保 报案 借款 贷款 支付 支取 存入 复核 审核 审批 签批 核实 核对 "
    "确认 受理 经办 盖章 发放 放款 激活 垫付 冻结 解冻 续保 续费 开通 注销 补办 换卡 "
    # what parties and witnesses state in rulings and records (被告董帅|辩称…)
    "辩称 诉称 声称 自称 供称 述称 证称 宣称 购汇 结汇 "
    # what a notice asks of its reader (请各网点负责人|查收)
    "查收 查阅 知悉 遵照 执行 "
    # what one does for another (由覃海燕代领)
    "代领 代签 代办 代缴 代还 代取".split()
)
# The last character of a place name (a town, a road, a lake, a temple) that no given name ends
# with, and 氏 and 帝, which end clan and emperor names (拓跋氏, 康熙帝).
# (山, 江, 峰 and 溪 end places and given names alike: 刘青山, 李长江.)
PLACE_ENDINGS = frozenset("镇乡村路街区县市省湖河寺州滩潭岛湾庙塔氏帝")
# Uyghur, Kazakh, Mongolian and Tibetan names are written with a small set of syllable
# characters and have no Chinese surname (阿不都热合曼, 其木格, 扎西卓玛). Listed by hand: no
# package we can ship holds such a list, and jieba's transliteration tag (nrt) is mostly
# Western names and noise. A name must hold one of the characters that ordinary words rarely
# use (阿, 买, 提, 热, 丽 ...), so 和平 or 那里 never qualify.
_MINORITY_CORE = frozenset(
    "阿艾买提吐尔逊热曼依丽努孜玛迪帕罕默甫坎吾麦则莱赛肉卓措珠旺嘎琼赉敖娃琴钦雅娜汗格姆"
)
MINORITY_SYLLABLES = _MINORITY_CORE | frozenset(
    "合古力江木拉克再夏哈斯库米尼沙塔乌穆德布都巴图亚扎卡苏坦西然别凯萨达吉伊排祖尤素福"
    "里衣森不卜杜特其格兰那日朝鲁宝音额敦满呼包青仁毕孟道门次桑央金瓦多旦增姆顿罗索朗强"
    "白曲珍旺堆普加"
    "云娃娜"  # (乌云其木格, 萨仁高娃, 乌云娜: Mongolian women's names)
)


# The two-character words Tibetan names are made of (索朗次仁, 扎西多吉, 格桑卓玛): a name of two
# to four of them is one, whatever its characters (written down from common Tibetan names).
_TIBETAN_PARTS = frozenset(
    "次仁 索朗 索南 扎西 多吉 平措 顿珠 尼玛 达瓦 旺堆 格桑 央金 卓玛 拉姆 德吉 益西 洛桑 丹增 "
    "次旦 边巴 普布 米玛 巴桑 白玛 曲珍 罗布 旺姆 拉巴 琼达 仁增 桑珠 强巴 贡布 嘎玛 欧珠 群培 "
    "其美 土登 赤列 晋美 阿旺 德庆 旦增 朗杰 美朵 玉珍 卓嘎 加措 嘉措 措姆 宗吉 次珍 斯朗 才让 "
    "才旦 仁青 多杰 吉美 单增 旺久 次央 拉珍 央宗".split()
)


def tibetan_end(text: str, pos: int) -> int:
    """Where a Tibetan name of two to four words of ``_TIBETAN_PARTS`` starting at ``pos`` ends
    (索朗次仁|称…), or ``pos`` if none starts there."""
    end = pos
    while end - pos < 8 and text[end : end + 2] in _TIBETAN_PARTS:
        end += 2
    return end if end - pos >= 4 else pos


def tibetan_word(word: str) -> bool:
    """One of the words Tibetan names are made of (旦增, 尼玛): a whole name as a label's value,
    where many Tibetans write one word alone."""
    return word in _TIBETAN_PARTS


def minority_name(name: str) -> bool:
    """A minority name written in syllable characters: 3-8 of them, one at least a core one; or
    a Tibetan name of two to four words of ``_TIBETAN_PARTS``."""
    return (
        3 <= len(name) <= 8
        and all(c in MINORITY_SYLLABLES for c in name)
        and any(c in _MINORITY_CORE for c in name)
    ) or 0 < tibetan_end(name, 0) == len(name)


# Prepositions and conjunctions that sit between a name and other words (由邹凯和邹小凯).
JOINING = frozenset("和与及跟同由向给对被让把将")


def ends_in_joining(text: str, end: int) -> bool:
    """Does the candidate ending at ``end`` end in a joining character with more Chinese text
    after it (朱红和|车辆, 方圆和|李明)? Then that character joins the next word to this one and
    is no given character."""
    return text[end - 1] in JOINING and is_cjk(text[end : end + 1])


def _boundary(ch: str, word: str) -> bool:
    """Whether ``ch``, next to a candidate name, ends it: nothing, not a Chinese character, a
    function or joining character, or the start or end of a frequent ``word`` it belongs to.
    (Chinese punctuation lies outside the CJK range, so it counts as "not Chinese".)"""
    return not is_cjk(ch) or ch in JOINING or ch in STOP_CHARS or word in frequent_bigrams()


def joins_left(text: str, i: int) -> bool:
    """Does the character before ``i`` make a word with the one at ``i`` (发展|高…: no; 交易|系…)?
    A full name may follow any word that it does not run into (这件事谢婉婷…), but not a verb
    that ends in a surname character (聘任|倪建: 任 is the verb's)."""
    pair = text[i - 1 : i + 1]
    return known_word(pair) or pair in verbs()


def inside_longer_word(text: str, i: int) -> bool:
    """Does a place or a common word of three to five characters begin one or two characters
    before ``i`` and run past it (乌|鲁木齐, 石|家庄)? Then ``i`` starts no name."""
    places, words = place_names(), common_words()
    for k in (1, 2):
        for n in range(k + 1, 6):
            w = text[i - k : i - k + n]
            if len(w) == n >= 3 and (w in places or w in words):
                return True
    return False


@cache
def _crossing_prefixes() -> frozenset[str]:
    """The first two characters of each of ``crossing_words``."""
    return frozenset(w[:2] for w in crossing_words())


def sits_across_a_word(text: str, start: int, end: int) -> bool:
    """Does a word of three to five characters cover an edge of the span: start before it and
    run into it (佛|罗伦萨, 耀|武扬威), start inside it and run past its end (万平|方公里 for
    万平), or start with it and run on (万平方|公里)? Then the span is part of that word, not a
    name."""
    words, prefixes = crossing_words(), _crossing_prefixes()
    for a in range(max(0, start - 4), end):
        if text[a : a + 2] not in prefixes:
            continue  # (most positions start no such word: one look-up rules them out)
        # (one that starts before the span runs past its first character: a word that ends on
        # the surname, 我找一下|张秀云, leaves the name whole)
        for b in range(max(a + 3, start + 1 + (a < start)), min(len(text), a + 5) + 1):
            if (a != start or b != end) and text[a:b] in words:
                return True  # (the span alone as a word: 梁建国 and 江建国 are jieba's words)
    return False


def word_running_on(text: str, first: int, end: int) -> int | None:
    """Where a word of three to five characters that starts in [``first``, ``end``) and runs past
    ``end`` begins (客户李明|星期三来: 星期三 from 星), or None: ``sits_across_a_word``'s third
    case, with the place it starts, for a reading that can be cut short there."""
    words, prefixes = crossing_words(), _crossing_prefixes()
    for a in range(first, end):
        if text[a : a + 2] not in prefixes:
            continue  # (most positions start no such word: one look-up rules them out)
        if any(text[a:b] in words for b in range(end + 1, min(len(text), a + 5) + 1)):
            return a
    return None


def word_as_given(name: str, given: str) -> bool:
    """Is the given part a frequent word (和|高兴)? Not where a common surname comes before two
    curated given-name characters: 谢国庆, 王建国 and 李海燕 are names of a generation."""
    if given not in frequent_bigrams():
        return False
    curated = curated_given_chars()
    surname = name[: len(name) - 2]
    return not (
        len(given) == 2
        and surname in common_surnames()
        and surname not in FUNCTION_SURNAMES  # (于|本月, 于|成本: a preposition and a word)
        and given not in TIME_WORDS
        and all(c in curated and affinity(c) > -1 for c in given)  # (方|一直: 一, 直 are rare)
    )


def weak_seam(text: str, end: int) -> bool:
    """Does the last character of a name ending at ``end`` start a word with the next one, when
    it is a weak given character, no likelier in names than in text (刘伟生|日快乐)? Then the
    name ends before it. Not before a function character (祝志强于…: 强于 is a word too), nor
    where the next character starts a frequent word of its own (霍建新|民间借贷: not 新民)."""
    return (
        text[end : end + 1] not in _FUNCTION_CHARS
        and text[end - 1 : end + 1] in word_bigrams()
        and given_name_affinity().get(text[end - 1], 2.0) < POSSIBLE
        and text[end : end + 2] not in frequent_bigrams()
    )


_FUNCTION_CHARS = frozenset("于在是的了和与及等为已将把被向对给从到也都就还又再说称")


def known_word(word: str) -> bool:
    """Is ``word`` in one of the word lists that tell words from names: frequent words, frequent
    words beginning with a surname, or less frequent ones (高铁, 白金, 方圆)?"""
    return word in frequent_bigrams() or word in common_words() or word in surname_words()


def loose_left_ok(text: str, i: int) -> bool:
    """Does the text before ``i`` end a word, so that a name may start at ``i``? Not where the
    character before makes a frequent word with the surname (对于|魏明: 于 is no surname there)."""
    if i == 0:
        return True
    return (
        _boundary(text[i - 1], text[max(0, i - 2) : i])
        and text[i - 1 : i + 1] not in frequent_bigrams()
        and text[max(0, i - 2) : i + 1] not in crossing_words()
    )  # (对账|单寄到: the frequent word before is the start of a longer one, 对账单)


def loose_right_ok(text: str, end: int) -> bool:
    ch = text[end : end + 1]
    pair = text[end : end + 2]
    if (
        ch in WORD_STOP_CHARS
        and pair not in frequent_bigrams()
        and pair not in word_bigrams()
        and pair not in SERVICE_VERBS
    ):
        return False  # 白金|卡客户: a content character that starts no word continues this one
        # (张晓敏|转账: 转账 is a word, so the name ends before it)
    return _boundary(ch, pair)
