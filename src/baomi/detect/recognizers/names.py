"""PERSON_NAME: Chinese names (and romanized ones after a label), without a model.

Evidence, strongest first: a cue word before (客户, 收款人, 姓名:) or after (先生, 女士, 的手机)
the name; a structure that marks a name (a table cell, a register label and colon, a clause
opening before a verb that follows a person, a name listed with another, the value of a person key
in a JSON, XML or key=value record); and, only in a text that already holds other
personal data, a name-like word bounded by punctuation or function characters. Every reading is
checked against a surname list (with compound surnames), given-name character statistics and
lists of frequent words that merely begin with a surname (关系, 马上, 黄金).

Given characters are graded by how much more often they appear in given names than in text
(``given_name_affinity``, from jieba's name HMM over jionlp's character distribution): typical,
plausible, or avoided by names. Structures with no cue word (a clause subject, a label colon,
quotes, two joined names, a signature) need a name that is strict (common surname, typical given
characters) or plausible (one typical and one plausible given character), and never a word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from functools import cache

from baomi.detect.lexicon import (
    common_surnames,
    common_words,
    curated_given_chars,
    data_lines,
    divisions,
    frequent_bigrams,
    given_name_affinity,
    given_name_chars,
    surname_words,
    surnames,
)
from baomi.detect.wordset import trie_pattern

__all__ = ["NAME_CUES_AFTER", "NAME_CUES_BEFORE", "find_loose_names", "find_names"]

NAME_CUES_BEFORE: tuple[str, ...] = tuple(data_lines("name_cues_before.txt"))
NAME_CUES_AFTER: tuple[str, ...] = (
    *data_lines("name_cues_after.txt"),
    *(f"{sep}{sex}" for sep in (" ", "\t", ",", "|") for sex in "男女"),  # 韩梅梅 女 1970-01-01
)

_BEFORE = frozenset(NAME_CUES_BEFORE)
_AFTER = frozenset(NAME_CUES_AFTER)
# Cue words that precede names but just as often precede ordinary words.
_WEAK = frozenset(
    "对方 我是 联系 见到 对象 致电 回访 电话回访 拜访 走访 约见 面谈 名字 转给 汇给 付给 "
    "附言 周一 周二 周三 周四 周五 周六 周日".split()
)
_STRONG = frozenset(
    {"姓名", "户名", "收款人", "持卡人", "姓名为", "账户名称", "开户名称", "持卡人姓名"}
)

# Characters that end a name when they follow it: particles, verbs and nouns of service prose.
_STOP = frozenset(
    "的在于已是为与及等说称向从到对给把被让办申持去要您你他她我们了着过也都就还又再很最请因所并或但"
    "而却电手身证卡号账户地住联客反投表提咨查询致拨打收付汇转存取销签填交缴购买卖借贷欠逾今昨年日时分"
    "秒前后下内外计未没不"
)
# Of those, the ones that end a name only where they begin a word (李四|联系 but 易建联|已…,
# 王五|电话 but 张电…): content characters that are also given names.
_WORD_STOP = frozenset(
    "电手身证卡号账户地住联客反投表提咨查询致拨打收付汇转存取销签填交缴购买卖借贷"
)
# Surnames that are also prepositions or conjunctions: before a time word they are the function
# word (同事于明日…), not a surname (家长于海洋为…).
_FUNCTION_SURNAMES = frozenset("于和向从对将与及同由")
_TIME_WORDS = frozenset(
    "明日 今日 次日 近日 昨日 当日 本日 即日 同日 日前 明天 今天 昨天 当天 本月 下月 上月 月底 "
    "年底 本周 下周 上周 周一 周二 周三 周四 周五 周六 周日 近期".split()
)


def _stops_name(text: str, i: int) -> bool:
    """Does the character at ``i`` end a name that runs up to it?"""
    ch = text[i]
    if ch not in _STOP:
        return False
    return ch not in _WORD_STOP or text[i : i + 2] in frequent_bigrams()


_TITLES = frozenset(
    "先生 女士 小姐 老师 经理 师傅 阿姨 大爷 总 局长 处长 科长 主任 同志 老板 医生 律师 秘书 会计 "
    "教授 博士 总监 行长 部长 书记 董事 工 某".split()
)
_ROMAN_RE = re.compile(
    r"(?:Name|name|NAME|Customer|customer|Holder|holder|Payee|payee|Payer|payer|Mr|Mrs|Ms|Miss|"
    r"Beneficiary|beneficiary|Cardholder|cardholder|Applicant|applicant|Insured|insured|"
    r"Contact|contact|Account [Nn]ame|Borrower|borrower|Guarantor|guarantor|尊敬的|致|"
    r"Dear|英文姓名|英文名|姓名拼音|拼音|客户|姓名|户名|持卡人|收款人|联系人)\.?\s*[:：=]?\s*"
    r"(?P<n>[A-Z][a-z]{1,11}(?:[ \-][A-Z][a-z]{1,11}){1,2}|[A-Z]{2,12}(?: [A-Z]{2,12}){1,2})"
    r"(?![A-Za-z])"
)


# A table cell holding only a name: "马梦治,6103...". Separators: comma, tab, pipe, semicolon.
_CELL_RE = re.compile(
    r"(?:^|(?<=[,\t|;(]))\s*(?P<q>['\"]?)(?P<n>[\u4e00-\u9fff]{2,4})(?P=q)\s*(?=[,\t|;)]|$)"
)
# "出境登记：欧阳晨，": a name alone between a colon and punctuation, after a label that ends like a
# word for a person or a register (…人, …员, …户, 登记). Only names with a common surname and
# typical given characters, that are not frequent words, count.
_AFTER_COLON_RE = re.compile(
    r"[人员者主客户名记息方办核签审批][：:]\s?([\u4e00-\u9fff]{2,4})(?=[，,。；;、\s（(]|$)"
)
# A speaker in a chat or a transcript (群聊记录：陈建：明天…？刘倩：九点半): a name alone before a
# colon, at the start or after punctuation.
_COLON = re.compile("[：:]")
_SPEAKER_BEFORE = frozenset("：:；;。？！?! \t\n\r\u3000")
# "王建平于2024年办理…": a name opening a clause, directly followed by a verb or preposition that
# typically follows a person. Strict: common surname, typical given characters, not a word.
# The pattern starts with a character class so that ``re`` skips ahead at C speed; the start of
# the text is tried separately with ``match``.
_FOLLOWER_WORDS = (
    *"于在已将向对因通被把从申办称表来去到曾也说会帮替应须",
    *"主持 记录 陈述 负责 签字 签署 确认 认为 告诉 提出 提供 拒绝 介绍 回复 打电话 发现 收到 要求 "
    "同意 反映 长期 一直 已经 曾经 多次 再次 仍然 始终 没有 办理 申请 签订 购买 开立 存入 支取 "
    "支付 还款 借款 投保 报案 报警 挂失 咨询 投诉 前往 携带 持有 出示 填写 提交 授权 委托 承诺 "
    "声称 承认 否认 离开 去世 居住 就职 任职 本人 正在 代为 冒用 陪同 拿着 带着 手持 独自 亲自 "
    "整理 审核 核实 处理 接待 签收 领取 最终 最后 终于 随即 立即 当面 借给 取款 取走 转账 汇款 "
    "驾车 驾驶 "
    "今年 去年 明年 今天 昨天 前天 明天 上周 上月 本月".split(),
)
_FOLLOWS_A_PERSON = f"(?={trie_pattern(_FOLLOWER_WORDS)})"
# Before the subject: punctuation, a word that introduces one (请王强于…, 据王强称, 由王强主持), or
# a time word opening the clause (上周严浩在…).
_LEADER_WORDS = (
    "由于 反映 表示 发现 显示 看到 得知 建议 要求 授权 委托 上周 本周 昨天 今天 明天 昨日 今日 "
    "明日 前天 刚才 当时 后来 随后 上午 下午 晚上 早上 中午 此前 之前 此后 之后 目前 因为 如果 "
    "虽然 即使 只要".split()
)
_SUBJECT_RE = re.compile(
    # words first: 由于 must be tried before the single character 由
    rf"(?:{trie_pattern(_LEADER_WORDS)}了?|[。；！？，,;：:\s请据由时是的让代但与为】）)])"
    r"请?([\u4e00-\u9fff]{2,4}?)" + _FOLLOWS_A_PERSON
)
_SUBJECT_AT_START = re.compile(r"([\u4e00-\u9fff]{2,4}?)" + _FOLLOWS_A_PERSON)
# Two people opening a clause together (马丽和沈腾在…, 景天宇与霍思燕是…): each alone would be too
# weak, but two words that are both shaped like names, joined, are names.
_PAIR_RE = re.compile(
    r"(?:^|(?<=[。；！？，,;：:\s由请让据]))([\u4e00-\u9fff]{2,3}?)[和与]([\u4e00-\u9fff]{2,3}?)"
    + f"(?={trie_pattern((*_FOLLOWER_WORDS, '都', '均', '一起', '同时', '分别', '共同'))})"
)


_POSSIBLE = 0.3  # affinity of a given character that is plausible beside a typical one


def _subject(text: str, start: int, end: int) -> float | None:
    slen = _surname_len(text, start)
    given = text[start + slen : end]
    penalty = 0.15
    if not _strict(text, start, end):
        # 褚晓光提供…: a rare surname; 刘伯坚于…: a common one with one plausible given character
        if text[start] in _FUNCTION_SURNAMES or not _plausible(text, start, end):
            return None  # (于是和雷雨是…: 和 joins two words)
        penalty = 0.2
    if given in frequent_bigrams() or any(c in _STOP or c in "和同跟" for c in given):
        return None  # 黎明和…: a conjunction, so a list of words, not a name
    score = _score(text[start:end], slen, False)
    return None if score is None else score - penalty


_LIST_JOINERS = frozenset("、和与及；;")
_ORGANIZATION_ENDINGS = (
    "公司",
    "集团",
    "银行",
    "中心",
    "医院",
    "学校",
    "大学",
    "协会",
    "基金",
    "合作社",
    "店",
    "厂",
    "局",
    "所",
    "院",
    "部",
    "处",
    "行",
    "社",
    "馆",
    "站",
    "会",
)
# A whole label value: 2-6 Chinese characters (a middle dot allowed) up to punctuation or the end.
_WHOLE_VALUE = re.compile(
    r"[\u4e00-\u9fff]{2,6}(?:[·•][\u4e00-\u9fff]{1,6})?(?=[，,。；;、\s（(|]|$)"
)
# Cheap tests (a leading character class scans at C speed) that decide whether the slower
# patterns are worth running on a text at all.
_CELL_HINT = re.compile(r"[,\t|;]")
_LATIN_HINT = re.compile(r"[A-Z][a-zA-Z]")


@cache
def _cue_regex() -> re.Pattern[str]:
    return re.compile(trie_pattern({*NAME_CUES_BEFORE, *NAME_CUES_AFTER}))


_DIVISION_SUFFIXES = ("市", "县", "区", "省", "州", "盟", "旗")


def _with_and_without_suffix(name: str) -> Iterator[str]:
    yield name
    for suffix in _DIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) > 2:
            yield name[: -len(suffix)]


@cache
def _place_names() -> frozenset[str]:
    """Division names with and without their suffix (苏州市, 苏州): cells that are places."""
    return frozenset(n for d in divisions() for n in _with_and_without_suffix(d.name))


@cache
def _unmistakable_places() -> frozenset[str]:
    """Places no one is named after: every division with its suffix (唐山市, 秦淮区), and the
    provinces and cities without it (甘肃, 马鞍山). District names without their suffix stay
    possible names (高明, 金平)."""
    return frozenset(
        n
        for d in divisions()
        for n in (_with_and_without_suffix(d.name) if d.level != "district" else (d.name,))
    )


def _affinity(ch: str) -> float:
    """How much more often ``ch`` appears in given names than in text (a log ratio; 0 is
    neutral, characters never seen in a name count as strongly against)."""
    return given_name_affinity().get(ch, -5.0)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _surname_len(text: str, i: int) -> int:
    singles, compounds = surnames()
    if text[i : i + 2] in compounds:
        return 2
    return 1 if text[i : i + 1] in singles else 0


def _score(
    name: str, surname_len: int, strong: bool, weak: bool = False, relaxed: bool = False
) -> float | None:
    given = name[surname_len:]
    chars = given_name_chars()
    if not given or given in _TITLES:
        return None  # 张女士, 王经理: a surname and a title, not a full name
    if (
        not relaxed
        and given[0] in _STOP
        and (given[0] not in _WORD_STOP or len(given) == 1 or given in frequent_bigrams())
    ):
        return None  # 王在, 李电话: a function character or a word after the surname (濮存信 is
        # a name: 存 begins no word there)
    if "的" in given or "了" in given:
        return None  # 申请单上的签名: particles are never part of a name
    if "某" in given:
        return None  # 张某某: a name already withheld
    common_surname = name[:surname_len] in common_surnames()
    if name in _unmistakable_places() and not (
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
    possible = sum(c not in chars and _affinity(c) > 0 for c in given)
    unlikely = len(given) - known - possible
    score = (0.8 if strong else 0.72) + 0.06 * known - 0.05 * possible - 0.12 * unlikely
    if not common_surname:
        if not strong and (known == 0 or name[:2] in frequent_bigrams()):
            return None  # 应按, 满意度: a rare surname needs a typical given character, no word
        score -= 0.1  # 和, 司: rare surnames that are also everyday characters
    if len(given) == 2 and given in frequent_bigrams():
        score -= 0.2  # 和|高兴: the given part is itself a word
    return max(0.0, min(score, 0.97))


def _name_after(
    text: str, pos: int, strong: bool, weak: bool = False
) -> tuple[int, int, float] | None:
    """A name starting at ``pos`` (after a cue); choose 1 or 2 given characters."""
    aside = _ASIDE.match(text, pos)
    if aside and text[aside.end() : aside.end() + 1] in (":", "："):
        pos = aside.end()  # 申请人（签字）：冯晓宇
    while pos < len(text) and text[pos] in ":：是为由了 \u3000\"'=":
        pos += 1  # (走访了蔡国庆: a cue verb and its particle)
    if strong:
        whole = _WHOLE_VALUE.match(text, pos)
        if (
            whole
            and whole.end() - pos > _surname_len(text, pos) + 2
            and not whole.group().endswith(_ORGANIZATION_ENDINGS)
            and not any(c in _STOP for c in whole.group())  # 姓名是否为…: prose, not a value
        ):
            # 户名阿依古丽: after a strong label a value longer than a Chinese name is still the
            # name (Uyghur, Mongolian, Tibetan and transliterated names have no surname).
            return pos, whole.end(), 0.8
    if text[pos : pos + 1] in _FUNCTION_SURNAMES and _strict(text, pos + 1, pos + 4):
        pos += 1  # 人员向邹美玲解释: 向 is the preposition before a full name, not a surname
    slen = _surname_len(text, pos)
    if not slen or (text[pos] in _FUNCTION_SURNAMES and text[pos + 1 : pos + 3] in _TIME_WORDS):
        return None
    g = pos + slen
    n = 0
    while n < 2 and g + n < len(text) and _is_cjk(text[g + n]) and not _stops_name(text, g + n):
        n += 1
    if n == 0:
        return None
    if n == 2 and (
        text[g + 1 : g + 3] in frequent_bigrams()
        or (text[g + 1] in _JOINING and text[g + 2 : g + 4] in frequent_bigrams())
    ):
        n = 1  # 李帅|通过: the second character starts a word; 宋佳|将信用卡: it joins one
    if n == 2:
        nxt = text[g + 2 : g + 3]
        chars = given_name_chars()
        # A third CJK character that is not a stop word means the second one is probably not
        # part of the name, unless it is a common given-name character or the third one starts
        # a word of its own (邓丽君|变更为).
        if (
            nxt
            and _is_cjk(nxt)
            and not _stops_name(text, g + 2)
            and text[g + 1] not in chars
            and text[g + 2 : g + 4] not in frequent_bigrams()
            and not _affinity(text[g + 1]) > 0 > _affinity(nxt)
        ):
            # (刘伯坚|来电: 坚 is seen in names more than in text at large, 来 less: keep 坚)
            n = 1
    end = g + n
    if (
        n == 1
        and not strong
        and text[g] not in given_name_chars()
        and _affinity(text[g]) < -0.5
        and _is_cjk(text[end : end + 1])
        and text[end : end + 2] not in frequent_bigrams()
    ):
        # 继承人申领|身故: one given character that names avoid, inside running text with no
        # word starting right after it, so the two characters are a word (申领); 葛优|协助
        # and <name>杨逍</name> stay names
        return None
    score = _score(text[pos:end], slen, strong, weak)
    if (score is None or score < 0.62) and not weak and _ends_value(text, end):
        # 借款人哈斯，法人尹天仇。: a short value closed by punctuation right after a role word is
        # a name even with a rare surname or unusual given characters, unless it is a word.
        name = text[pos:end]
        if name not in common_words() and name not in frequent_bigrams():
            score = 0.62
    return None if score is None else (pos, end, score)


def _ends_value(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    return not nxt or nxt in _PUNCT_BOUNDARY


def _name_before(text: str, end: int) -> tuple[int, int, float] | None:
    """A name ending at ``end`` (before 先生, 女士 ...); prefer the longest plausible one."""
    best: tuple[int, int, float] | None = None
    for length in (4, 3, 2):
        start = end - length
        if start < 0 or not all(_is_cjk(c) for c in text[start:end]):
            continue
        slen = _surname_len(text, start)
        if not slen or length - slen not in (1, 2):
            continue
        if start and text[start - 1 : start + 1] in frequent_bigrams():
            continue  # 交易系本人: the "surname" ends a word (交易), so no name starts there
        if start and text[start] in "和与及同跟" and _is_cjk(text[start - 1]):
            continue  # 刘伯坚和李明三人: 和 joins two names here, it is not 和明's surname
        # With clear text boundaries on both sides (彭于晏您好 at the start of a clause), a
        # function character inside the given name (于) is part of it.
        bounded = not _is_cjk(text[start - 1 : start])  # start of text, punctuation, ASCII
        score = _score(text[start:end], slen, True, relaxed=bounded and length >= 3)
        if score is None:
            continue
        if bounded:
            return start, end, score  # the longest reading that starts at a boundary
        if best is None or score > best[2] + 0.05:
            best = (start, end, score)
    return best


NameHit = tuple[int, int, float, str]  # start, end, score, cue


def find_names(text: str) -> Iterator[NameHit]:
    """Yield (start, end, score, cue) for each name found next to a cue word or in a structure
    that marks a name (a table cell, after a register label, opening a clause, in a list)."""
    hits = [
        *_cued(text),
        *_cells(text),
        *_after_colon(text),
        *_subjects(text),
        *_romanized(text),
        *_keyed(text),
        *_quoted(text),
        *_compound(text),
        *_pairs(text),
        *_roles_and_spaced(text),
    ]
    yield from hits
    # 伍思凯、欧阳菲菲和黄品源三人: partners of partners, as far as the list goes
    found = {(h[0], h[1]) for h in hits}
    fresh = hits
    for _ in range(4):
        fresh = [p for p in _list_partners(text, fresh) if (p[0], p[1]) not in found]
        if not fresh:
            break
        found.update((p[0], p[1]) for p in fresh)
        yield from fresh


def _cued(text: str) -> Iterator[NameHit]:
    regex = _cue_regex()
    m = regex.search(text)
    while m is not None:
        hits = _cued_at(text, m)
        yield from hits
        # 入职员工喻欣怡: when the leftmost cue (职员) found no name, one overlapping it (员工) may
        m = regex.search(text, m.end() if hits else m.start() + 1)


def _cued_at(text: str, m: re.Match[str]) -> list[NameHit]:
    """The names a cue word marks: before it, after it, or both (石磊和妻子冯雪)."""
    cue = m.group()
    if (
        cue.isascii()
        and m.start()
        and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ):
        return []  # product_name, filename: part of a longer key (record keys: ``_keyed``)
    found: list[NameHit] = []
    if cue in _AFTER:
        hit = _name_before(text, m.start())
        if hit:
            found.append((*hit, cue))
            if cue in _BEFORE:
                return found  # (a cue both ways marks one name: 本人 after a name, or before)
    if cue not in _BEFORE:
        # 老人的儿子甘立新, 石磊和妻子冯雪: a cue that fits neither way, or that marked the name
        # before it, may end in a shorter one (儿子, 妻子) that marks a name after it
        cue = next((cue[k:] for k in range(1, len(cue)) if cue[k:] in _BEFORE), "")
    if cue:
        strong = cue in _STRONG or cue.endswith("姓名")
        hit = _name_after(text, m.end(), strong, weak=cue in _WEAK)
        if hit:
            found.append((*hit, cue))
    return found


def _cells(text: str) -> Iterator[NameHit]:
    if _CELL_HINT.search(text) is None:
        return
    bigrams, places = frequent_bigrams(), _place_names()
    for m in _CELL_RE.finditer(text):
        start, end = m.span("n")
        slen = _surname_len(text, start)
        cell = text[start:end]
        if cell in bigrams or cell in places:
            continue  # 黄金,100 / 苏州,南京: a cell with no cue is a frequent word or a place first
        if slen and end - start - slen in (1, 2):
            score = _score(text[start:end], slen, False)
            if score is not None:
                yield start, end, score - 0.05, "table cell"


def _strict(text: str, start: int, end: int) -> bool:
    """A name that needs no cue word: common surname, typical given characters, not a word."""
    slen = _surname_len(text, start)
    if not slen or end - start - slen not in (1, 2):
        return False
    name = text[start:end]
    if name in common_words() or name in frequent_bigrams() or name in surname_words():
        return False
    chars = given_name_chars()
    return name[:slen] in common_surnames() and all(c in chars for c in name[slen:])


def _plausible(text: str, start: int, end: int) -> bool:
    """Less than ``_strict`` but still shaped like a name, for structures without a cue word: a
    surname and two given characters, both typical (褚晓光: a rare surname) or, after a common
    surname, one typical and one seen in names more than in text (刘伯坚); no word in it."""
    slen = _surname_len(text, start)
    name = text[start:end]
    given = name[slen:]
    if not slen or len(given) != 2:
        return False
    chars = given_name_chars()
    typical = sum(c in chars for c in given)
    return (
        (
            typical == 2
            or (
                typical == 1
                and name[:slen] in common_surnames()
                and all(c in chars or _affinity(c) > _POSSIBLE for c in given)
            )
        )
        and name not in common_words()
        and name not in surname_words()
        and name[:2] not in frequent_bigrams()
        and name[-2:] not in frequent_bigrams()
    )


def _shaped(
    text: str, spans: Iterable[tuple[int, int]], penalty: float, cue: str
) -> Iterator[NameHit]:
    """Each span a structure with no cue word marks, when it is shaped like a name."""
    for start, end in spans:
        if _strict(text, start, end) or _plausible(text, start, end):
            score = _score(text[start:end], _surname_len(text, start), False)
            if score is not None:
                yield start, end, score - penalty, cue


def _after_colon(text: str) -> Iterator[NameHit]:
    yield from _shaped(text, _groups(_AFTER_COLON_RE.finditer(text)), 0.1, "after colon")
    yield from _shaped(text, _speakers(text), 0.1, "speaker")


def _groups(matches: Iterable[re.Match[str]]) -> Iterator[tuple[int, int]]:
    return (m.span(1) for m in matches)


def _speakers(text: str) -> Iterator[tuple[int, int]]:
    """The run of 2-4 Chinese characters before each colon, when it starts the text or follows
    punctuation or a space (found from the colons: there are few, and re cannot look back)."""
    for colon in _COLON.finditer(text):
        end = start = colon.start()
        while start > 0 and end - start <= 4 and _is_cjk(text[start - 1]):
            start -= 1
        if 2 <= end - start <= 4 and (start == 0 or text[start - 1] in _SPEAKER_BEFORE):
            yield start, end


def _pairs(text: str) -> Iterator[NameHit]:
    if "和" not in text and "与" not in text:
        return
    for m in _PAIR_RE.finditer(text):
        spans = (m.span(1), m.span(2))
        if all(_strict(text, a, b) or _plausible(text, a, b) for a, b in spans):
            for a, b in spans:
                score = _score(text[a:b], _surname_len(text, a), False)
                if score is not None:
                    yield a, b, score - 0.15, "two names joined"


def _subjects(text: str) -> Iterator[NameHit]:
    first = _SUBJECT_AT_START.match(text)
    for m in itertools.chain([first] if first else [], _SUBJECT_RE.finditer(text)):
        start, end = m.span(1)
        subject_score = _subject(text, start, end)
        if subject_score is None and end - start >= 3 and text[start] in _JOINING:
            start += 1  # 要求|与向华强当面: the subject came after a preposition
            subject_score = _subject(text, start, end)
        if subject_score is not None:
            yield start, end, subject_score, "sentence subject"


# Machine-written records: JSON, XML, key=value logs (cust_name=…, "holder": "…", <name>…).
_KEYED_RE = re.compile(
    r"(?i)(?:[a-z_]*name|holder|operator|payee|payer|owner|contact|insured|applicant|xm)"
    r"[\"']?\s*(?:[:=]|>)\s*[\"']?([\u4e00-\u9fff·]{2,6})(?=[\"'<,;&|\s]|$)"
)
_KEYED_HINT = re.compile(r"[:=>]")


def _keyed(text: str) -> Iterator[NameHit]:
    if _KEYED_HINT.search(text) is None:
        return
    for m in _KEYED_RE.finditer(text):
        start, end = m.span(1)
        # the whole value is the name, shaped like one (keys such as product_name hold words)
        hit = _name_after(text, start, False)
        name = text[start:end]
        if (
            hit is not None
            and hit[:2] == (start, end)
            and name not in common_words()
            and name[:2] not in frequent_bigrams()
            and name not in _BEFORE  # payee=房东: a role, not a name
        ):
            yield (*hit, "record key")


# A name alone in quotation marks (备注中的“阮小蝶”): strict or plausible, never a word.
_QUOTED_RE = re.compile(r"[“\"「]([\u4e00-\u9fff]{2,4})[”\"」]")


def _quoted(text: str) -> Iterator[NameHit]:
    if "“" not in text and '"' not in text and "「" not in text:
        return
    yield from _shaped(text, _groups(_QUOTED_RE.finditer(text)), 0.15, "quoted")


@cache
def _compound_regex() -> re.Pattern[str]:
    """A common compound surname (欧阳, 上官, 司马 ...) and one or two typical given characters."""
    compounds = trie_pattern(w for w in common_surnames() if len(w) == 2)
    given = "".join(sorted(given_name_chars()))
    return re.compile(f"(?:{compounds})[{given}]{{1,2}}")


def _compound(text: str) -> Iterator[NameHit]:
    """上官婉儿的…, 欧阳倩和端木磊…: a compound surname is rare in other words, so a name shaped
    like one needs no cue, only a clean boundary on both sides."""
    for m in _compound_regex().finditer(text):
        start, end = m.span()
        if not _loose_left_ok(text, start):
            continue
        if end - start == 4 and not _loose_right_ok(text, end):
            end -= 1  # 欧阳倩和…: the second character was not part of the name
        if text[end : end + 2] in _NOT_A_PERSON_AFTER:
            continue  # 企业欧阳明控股有限公司: a company named after a person
        if _loose_right_ok(text, end) and _strict(text, start, end):
            score = _score(text[start:end], 2, False)
            if score is not None:
                yield start, end, score - 0.1, "compound surname"


# A role word ending in 员 (押运员, 库管员 …: too many to list as cues) right before a name, or a
# name standing alone between spaces (a signature: 零售银行部 叶诗涵).
_ROLE_RE = re.compile(r"(?<=[\u4e00-\u9fff])员(?=[\u4e00-\u9fff])")
_SPACED_RE = re.compile(r"[ \t\u3000]([\u4e00-\u9fff]{2,4})(?=[ \t\u3000。，,]|$)")
_SPACED_AT_START = re.compile(r"([\u4e00-\u9fff]{2,4})(?=[ \t\u3000。，,]|$)")


def _roles_and_spaced(text: str) -> Iterator[NameHit]:
    if "员" in text:
        for m in _ROLE_RE.finditer(text):
            hit = _name_after(text, m.end(), False)
            if hit is not None and (_strict(text, hit[0], hit[1]) or _plausible(text, *hit[:2])):
                yield hit[0], hit[1], hit[2] - 0.05, "after a role word"
    if " " in text or "\t" in text or "\u3000" in text:
        # (the leading space is consumed, the trailing one only looked at: 张三 李四 王五)
        first = _SPACED_AT_START.match(text)
        matches = itertools.chain([first] if first else [], _SPACED_RE.finditer(text))
        yield from _shaped(text, _groups(matches), 0.1, "alone between spaces")


def _romanized(text: str) -> Iterator[NameHit]:
    if _LATIN_HINT.search(text) is None:
        return
    for m in _ROMAN_RE.finditer(text):
        yield m.start("n"), m.end("n"), 0.8, "romanized"


_PUNCT_BOUNDARY = frozenset("，。；：、！？,.;:!? \t（）()【】“”\"'《》|<&")
_NOT_A_PERSON_AFTER = (
    "控股",
    "公司",
    "集团",
    "有限",
    "科技",
    "商贸",
    "贸易",
    "实业",
    "银行",
    "医院",
    "学校",
    "大学",
    "酒店",
    "餐厅",
    "超市",
)


@cache
def _name_shape_regex() -> re.Pattern[str]:
    """A common surname followed by one typical given-name character (a second one is checked
    in Python): most of the filtering happens inside ``re``, so few positions reach Python.
    The look-ahead keeps matches zero-width past the surname, so overlapping starts are seen."""
    common = common_surnames()
    compounds = trie_pattern(w for w in common if len(w) == 2)
    singles = "".join(sorted(w for w in common if len(w) == 1))
    given = "".join(sorted(given_name_chars()))
    return re.compile(f"(?:{compounds}|[{singles}])(?=[{given}])")


def find_loose_names(text: str, full_names_only: bool = False) -> Iterator[NameHit]:
    """Names with no cue at all: a common surname and typical given characters, not a word,
    bounded by punctuation or function characters on both sides. In a text already known to
    hold other personal information (a record about a person) one given character is enough;
    elsewhere only a full name with two (这件事谢婉婷一直不知情), which words rarely are. Scored
    low, so a cued reading of the same span wins."""
    bigrams = frequent_bigrams()
    for m in _name_shape_regex().finditer(text):
        i, g = m.start(), m.end()
        # After a word the surname does not run into (这件事|谢婉婷), a full name may start even
        # without punctuation or a function character before it.
        relaxed = not _loose_left_ok(text, i)
        if relaxed and (g - i != 1 or _joins_left(text, i)):
            continue
        for n in (2,) if full_names_only or relaxed else (2, 1):
            end = g + n
            if end > len(text) or not _strict(text, i, end) or text[g:end] in bigrams:
                continue
            if n == 2 and text[g + 1] in _JOINING and _is_cjk(text[end : end + 1]):
                continue  # 朱红和车辆…: 和 joins two words, it ends no name
            if n == 2 and text[g + 1] in _PLACE_ENDINGS:
                continue  # 常平镇, 万安乡: a place
            if not _loose_right_ok(text, end) or text[end : end + 2] in _NOT_A_PERSON_AFTER:
                continue
            score = _score(text[i:end], g - i, False)
            if score is not None:
                yield i, end, score - 0.2, "name-like, in a record with personal data"
            break


# The last character of a place name that no given name ends with.
_PLACE_ENDINGS = frozenset("镇乡村路街区县市省")
# Prepositions and conjunctions that sit between a name and other words (由邹凯和邹小凯).
_JOINING = frozenset("和与及跟同由向给对被让把将")


def _boundary(ch: str, word: str) -> bool:
    """Whether ``ch``, next to a candidate name, ends it: nothing, not a Chinese character, a
    function or joining character, or the start or end of a frequent ``word`` it belongs to.
    (Chinese punctuation lies outside the CJK range, so it counts as "not Chinese".)"""
    return not _is_cjk(ch) or ch in _JOINING or ch in _STOP or word in frequent_bigrams()


def _joins_left(text: str, i: int) -> bool:
    """Does the character before ``i`` make a word with the one at ``i`` (发展|高…: no; 交易|系…)?
    A full name may follow any word that it does not run into (这件事谢婉婷…)."""
    pair = text[i - 1 : i + 1]
    return pair in frequent_bigrams() or pair in common_words() or pair in surname_words()


def _loose_left_ok(text: str, i: int) -> bool:
    return _boundary(text[i - 1 : i], text[i - 2 : i])


def _loose_right_ok(text: str, end: int) -> bool:
    ch = text[end : end + 1]
    if ch in _WORD_STOP and text[end : end + 2] not in frequent_bigrams():
        return False  # 白金|卡客户: a content character that starts no word continues this one
    return _boundary(ch, text[end : end + 2])


_ASIDE = re.compile(r"[（(][^（()）]{1,8}[）)]")


def _list_partners(text: str, hits: list[NameHit]) -> Iterator[NameHit]:
    """段誉、王语嫣夫妇, 卢家豪（驾驶员）与黄振宇: a name listed right before or after a found one
    (joined by 、 和 与 及, an aside in brackets allowed after the found one)."""
    for start, end, score, _cue in hits:
        if score < 0.6:
            continue
        if start >= 3 and text[start - 1] in _LIST_JOINERS:
            partner = _name_before(text, start - 1)
            if partner is not None and _partner_ok(text, partner[0], partner[1]):
                yield partner[0], partner[1], min(partner[2], score) - 0.05, "listed with a name"
        aside = _ASIDE.match(text, end)
        j = aside.end() if aside else end
        if j < len(text) - 2 and text[j] in _LIST_JOINERS:
            after = _name_after(text, j + 1, False)
            if after is not None and _partner_ok(text, after[0], after[1]):
                yield after[0], after[1], min(after[2], score) - 0.05, "listed with a name"


def _partner_ok(text: str, start: int, end: int) -> bool:
    """A listed partner needs no cue, but a common surname and not a word, or a plausible name
    (卓一凡、苗雨桐两位: a rare surname and two typical given characters)."""
    slen = _surname_len(text, start)
    if text[start:end] in common_words():
        return False
    return text[start : start + slen] in common_surnames() or _plausible(text, start, end)
