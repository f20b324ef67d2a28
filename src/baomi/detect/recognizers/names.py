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
Those lexical tests live in ``name_shape``; this module reads cues and sentence structures.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache

from baomi.detect.lexicon import (
    common_surnames,
    common_words,
    crossing_words,
    curated_given_chars,
    data_lines,
    english_given_names,
    frequent_bigrams,
    given_name_chars,
    idioms,
    institution_names,
    surname_words,
    surnames,
    verbs,
    word_bigrams,
)
from baomi.detect.recognizers.name_shape import (
    FUNCTION_SURNAMES,
    GIVEN_AFTER_A_PREPOSITION,
    JOINING,
    KIN_TITLES,
    MINORITY_SYLLABLES,
    PLACE_ENDINGS,
    SERVICE_VERBS,
    STOP_CHARS,
    TIME_WORDS,
    TITLES,
    affinity,
    ends_in_joining,
    inside_longer_word,
    is_cjk,
    joins_left,
    known_word,
    loose_left_ok,
    loose_right_ok,
    minority_name,
    name_score,
    place_names,
    plausible_name,
    sits_across_a_word,
    stops_name,
    strict_name,
    surname_len,
    tibetan_end,
    tibetan_word,
    unmistakable_places,
    weak_seam,
    word_as_given,
    word_running_on,
)
from baomi.detect.wordset import trie_pattern

__all__ = [
    "NAME_CUES_AFTER",
    "NAME_CUES_BEFORE",
    "find_loose_names",
    "find_names",
    "find_names_batch",
]

NAME_CUES_BEFORE: tuple[str, ...] = tuple(data_lines("name_cues_before.txt"))
NAME_CUES_AFTER: tuple[str, ...] = (
    *data_lines("name_cues_after.txt"),
    *(f"{sep}{sex}" for sep in (" ", "\t", ",", "|", "/") for sex in "男女"),  # 韩梅梅 女, 王芳/女
)

_BEFORE = frozenset(NAME_CUES_BEFORE)
_AFTER = frozenset(NAME_CUES_AFTER)
# Cue words that precede names but just as often precede ordinary words.
_WEAK = frozenset(
    "对方 我是 联系 联系上 见到 对象 致电 回访 电话回访 拜访 走访 约见 面谈 名字 转给 汇给 付给 "
    "附言 周一 周二 周三 周四 周五 周六 周日 老人".split()
)
_STRONG = frozenset(
    {"姓名", "户名", "收款人", "持卡人", "姓名为", "账户名称", "开户名称", "持卡人姓名"}
    | {"中文名", "英文名", "曾用名", "外文名"}  # (a name's other forms, on a register)
    | {"@"}  # (a mention in a chat: @汪洋 明天的晨会…)
)
_ROMAN_CUES = (
    r"Name|name|NAME|Customer|customer|Holder|holder|Payee|payee|Payer|payer|Mr|Mrs|Ms|Miss|"
    r"Beneficiary|beneficiary|Cardholder|cardholder|Applicant|applicant|Insured|insured|"
    r"Contact|contact|CONTACT|ATTN|Attn|[Cc]ontact [Pp]erson|Account [Nn]ame|"
    r"Borrower|borrower|Guarantor|guarantor|"
    r"Dear|[Rr]emitter|[Ss]ender|[Rr]ecipient|[Rr]eceiver|[Pp]atient|[Ee]mployee|[Cc]lient|"
    r"[Pp]olicyholder|[Cc]laimant|[Ww]itness|"
    # staff, before their names (branch manager Chen Jing, Dr. Li Na)
    r"[Mm]anager|[Oo]fficer|[Aa]gent|[Tt]eller|[Aa]dvis[eo]r|[Rr]epresentative|[Dd]irector|"
    r"[Ss]upervisor|[Cc]lerk|[Cc]olleague|Dr|Prof|"
    # people a record of service names by their part (visitor Chen Jialin, guest Anna Ivanova)
    r"[Vv]isitor|[Gg]uest|[Pp]assenger|[Cc]aller|[Tt]enant|[Bb]uyer|[Dd]river|"
    r"英文姓名|英文名|姓名拼音|拼音|致"
)

# A table cell holding only a name: "马梦治,6103...". Separators: comma, tab, pipe, semicolon.
# (the pattern starts with the separator, a character class that re skips to at C speed; a
# cell at the start of the text is tried apart)
# (蒙春生　AA；: a space, then the row's next value, in letters or digits, ends a cell too)
_CELL_BODY = (
    r"(?P<body>\s*(?P<q>['\"]?)(?P<n>[\u4e00-\u9fff]{2,4})(?P=q)\s*)"
    r"(?=[,\t|;)；\]】、，]|$|(?<=\s)[A-Za-z0-9])"
)
_CELL_RE = re.compile(r"[,\t|;(；\[【]" + _CELL_BODY)
_CELL_AT_START = re.compile(_CELL_BODY)
# "出境登记：欧阳晨，": a name alone between a colon and punctuation, after a label that ends like a
# word for a person, a register or a duty (…人, …员, …户, 登记, 授权, 批准, 抄送), up to
# punctuation or a slash or bar between fields (经办：刘洋/复核：陈静). Only names with a
# common surname and typical given characters, that are not frequent words, count.
_AFTER_COLON_RE = re.compile(
    r"[人员者主客户名记息方办核签审批准权手责表送阅稿款医师][：:]\s?([\u4e00-\u9fff]{2,4})(?=[，,。；;、\s（(/|]|$)"
)
_ANY_LABEL_RE = re.compile(r"[\u4e00-\u9fff][：:]([\u4e00-\u9fff]{2,3})(?=[，,；;]|$)")
# A speaker in a chat or a transcript (群聊记录：陈建：明天…？刘倩：九点半): a name alone before a
# colon, at the start or after punctuation.
_COLON = re.compile("[：:]")
_SPEAKER_BEFORE = frozenset("：:；;。？！?! \t\n\r\u3000")
_REPLIES_TO = frozenset({"回复", "答复", "转发", "抄送"})
_LINE_START = frozenset(("", "\n"))  # (what stands before a message's first character)
# "王建平于2024年办理…": a name opening a clause, directly followed by a verb or preposition that
# typically follows a person. Strict: common surname, typical given characters, not a word.
# The pattern starts with a character class so that ``re`` skips ahead at C speed; the start of
# the text is tried separately with ``match``.
# 才 and 越 are given characters too (施永才, 张越): adverbs only in these (董帅|才发现…).
_AFTER_CAI = (
    "越来越",
    "才发现",
    "才知道",
    "才意识到",
    "才想起",
    "才明白",
    "才开始",
    "才能",
    "才会",
    "才来",
    "才到",
)
_FOLLOWER_WORDS = (
    *"于在已将向对因通被把从申办称表来去到曾也说会帮替应须系为想持所先就都又再共要用让叫没自仍",
    *"主持 记录 陈述 负责 签字 签署 确认 认为 告诉 提出 提供 拒绝 介绍 回复 打电话 发现 收到 要求 "
    "同意 反映 长期 一直 已经 曾经 多次 再次 仍然 始终 没有 办理 申请 签订 购买 开立 "
    "报警 咨询 投诉 前往 携带 持有 出示 填写 提交 授权 委托 承诺 "
    "声称 承认 否认 离开 去世 居住 就职 任职 本人 正在 代为 冒用 陪同 拿着 带着 手持 独自 亲自 "
    "整理 审核 核实 处理 接待 签收 领取 最终 最后 终于 随即 立即 当面 借给 取走 "
    "驾车 驾驶 接替 担任 接任 变更 代其 代他 代她 经管 经手 "
    "今年 去年 明年 本年度 本季度 年初 "
    "今天 昨天 前天 明天 上周 上月 本月 每月 每天 每周 每年 近期 近日 连续 先后 "
    "分别 供述 交代 供认 证实 透露 坦言 偿还 进入 使用 参加 参与 完成 承担 赔偿 离职 入职 "
    "入行 入伍 入学 入党 "
    "到场 出席 给我 给你 给您 给他 给她 跟我 跟你 跟您 跟他 跟她 和他 和她 和我 与他 与她 "
    "现为 现任 现居 现住 现年 多年 看来 刚刚 刚才 目前 随后 现在 当时 此前 平时 通常 经常 依然 "
    "仍然 电话 按时 按期 如期 及时 仔细 认真 这次 尽快 马上 主动 全权 全程 特意 专门 亲手 "
    "还没 还未 还是 还在 未能 未按 未曾 未出席 未到场 未参加 与该 与此 与其 随身 一再 一起 一定 "
    "一开始 "
    "一并 一度 一个人 与我行 与本行 与贵行 昨日 今日 明日 当日 次日 上午 下午 晚上 这个月 "
    "不再 不同意 不愿意 不想 不在 不是 不能 不会 不服 不满 "
    "荣获 获得 获评 当选 以后 之后 早就 早已 亲笔 任 并 生前 案 那里 这里 那儿 实际 第 "
    "本来 原本 以外 之外 这样 那样 一样 非常 十分 特别 自己 赶到 穿着 是否 上次 下次 一个 "
    "借走 拿走 带走 骗走 转走 偷走 率队 带队 率领 发生 处 负 等 有权 得知 伙同 怎么 一边 "
    "不但 不仅 既是 之所以 比 最近 频繁 自称 今天 老两口 这个人 他们 她们 那边 这边 "
    "他 她 以 按 严格 那个人 这人 那人 竟然 居然 根本 一人 及其 "
    "事发前 事发后 事发当天 事后 无法 没法 难以 只能 只好 必须 需要 能够 愿意 不肯 不愿 "
    "上个月 下个月 下周 下月 明早 今早 明晚 今晚 昨晚 "
    "你那边 你这边 你先 你去 你来 你帮 你把 你跟 你再 "  # (曹倩你那边窗口先别休息: addressed)
    "你明天 你今天 你上午 你下午 你晚上 你负责 你联系 你赶紧 "  # (马骏你明天去一趟客户公司)
    "尚未 仍未 从未 并未 从来 牵头 讲授 主讲 讲解 授课 发言 汇报 通报 组织 协调 跟进 督办 "
    "带领 利用 推荐 引荐 关于 指导 问 笑着 笑道 哭着 这几年 这些年 那几年 这两年 近几年 "
    "这段时间 那段时间 通过 老伴 夫妇 一家 育有 每个月 人挺 人很 人真 人不错 至今 "
    "和我行 和银行 和保险 和公司 与银行 与保险 与公司 提议 倡议 建议 动议 本次 "
    "需 突然 忽然 年事已高 身体 坚称 误将 误把 错将 错把 不慎 擅自 私自 偷偷 "
    "本想 本打算 本以为 原以为 原想 正准备 正打算 正要 早在 当场 几乎 一度 暂时 很快 很早 "
    "逐渐 渐渐 至少 也许 可能 大概 显然 明显 确实 的确 果然 "
    "一共 总共 共计 合计 累计 刚满 已满 年满 全家 家里 手头 平均 欠款 欠下 名下 没能 "
    "身为 由于 不要 千万 务必 切勿 不得 手机 钱包 身份证 银行卡 信用卡 存折 "
    "当晚 当夜 当天 当即 当月 当年 一开始 一进门 一见到 一听说 一看到 这周 这两天 这几天 "
    "预留 配合 协助 协同 家的 那笔 这笔 那张 这张 那套 这套 那辆 那份 这份 "
    "周一 周二 周三 周四 周五 周六 周日 周末 转入 汇入 转来 汇来".split(),
    *_AFTER_CAI,
    *sorted(SERVICE_VERBS),
)
# (or any verb of one character with 着, the aspect of an ongoing act: 罗振邦揣着…, 她笑着说)
_FOLLOWS_A_PERSON = (
    f"(?={trie_pattern(_FOLLOWER_WORDS)}|[\u4e00-\u9fff]着(?![急手重想实陆装迷凉火落]))"
)
# Before the subject: punctuation, a word that introduces one (请王强于…, 据王强称, 由王强主持), or
# a time word opening the clause (上周严浩在…).
_LEADER_WORDS = (
    "由于 反映 表示 发现 显示 看到 得知 建议 要求 授权 委托 上周 本周 昨天 今天 明天 昨日 今日 "
    "明日 前天 刚才 当时 后来 随后 上午 下午 晚上 早上 中午 此前 之前 此后 之后 目前 因为 如果 "
    "去年 今年 前年 年初 年底 月初 月底 最后 最终 "
    "虽然 即使 只要 对于 关于 至于 会后 事后 然后 会前 当天 当晚 次日 昨晚 今晚 凌晨 傍晚 "
    "周末 会上 听说 第二天 那天 这天 直到 包括 除了 比如 例如 要不是 记得 觉得 认为 知道 "
    "相信 怀疑 担心 希望 鉴于 尽管 一旦 当 考虑到 针对 作为 若 倘若 假如 只有 随着 根据 按照 难道 "
    "利用 冒用 盗用 "  # (骗子利用了汪涛在网上…: the one whose data was used)
    "注意到 留意到 见到 遇到 碰到 说 "  # (我们注意到孟洋最近…, 教练说邓雨萱倒车…)
    "没想到 想不到 没料到 不料 谁知 原来 其实 果然 难怪 可惜 幸好 好在 "
    "本月 上月 下月 当月 这个月 上个月 本季度 上季度 本年度 今年以来 "
    # who says what about someone (家属称王玉已经去世): 称 alone also ends 名称 and 简称
    "家属称 客户称 对方称 本人称 其称 他称 她称 据称 还称 又称 并称 均称 也称 声称 自称 辩称 "
    "诉称 供称 述称 证称 "
    # the one meant, pointed at (上次来的那个董帅又来了)
    "那个 这个 那位 这位 那名 这名 "
    # the payer of money received (收到伏建华转入5,000元)
    "收到 "
    # a topic before its subject (这件事康永胜一开始并不知情)
    "这件事 这事 此事 对此 这笔钱"
    "".split()
)
# Verbs whose object does the next thing (安排夏雨负责…, 判决左宗明偿还…). Found by their own
# literal scan, the subject then tried only where one stands: inside the subject patterns their
# first characters (通, 提, 表, 当 …) let the whole pattern run at many more positions (+2% of
# all instructions, measured with benchmarks/detect_instructions.py).
_VERB_LEADER_RE = re.compile(
    trie_pattern(
        "安排 指派 委派 派遣 督促 提醒 协助 帮助 邀请 推荐 批准 判决 裁定 尾随 跟随 感谢 表扬 "
        "恭喜 祝贺 通知 告知 告诉 转告 听 任命 提拔 聘任 聘请 推选 选举 推举 被 方便 "
        "帮 叫 使 像 等 连 骚扰 授予 证明 起诉 控告 状告 举报 听取 认定 责令 判令 准许 伙同 问 "
        "叮嘱 嘱咐 劝说 催促 鼓励 提示 给予 麻烦 批评 表彰 奖励 约 拨打 陪同 发送至 发至 "
        "造成 导致 致使 "  # (造成黎晓梅受伤: a cause, whose object suffers what follows)
        "问下 问一下 找下 找一下 催下 催一下"  # (帮我问下范岩那边…)
        "".split()
    )
    + "[了过]?"  # (提醒过景志强不要…)
)
_SUBJECT_MARKS = r'[。；！？，,;：:\s请据由时后是的让代但与为因经如若受在】）)“”"」]'


@cache
def _surname_firsts() -> frozenset[str]:
    """The characters a surname can start with: where the clause and subject scans may begin."""
    singles, compounds = surnames()
    return singles | {c[0] for c in compounds}


@cache
def _subject_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The subject after a leading word, and after a mark (punctuation, 请, 据, 由 …). Two
    patterns, each starting with literals or a character class that ``re`` skips to at C speed,
    and each asking for a surname (or a preposition before one) where the subject starts: one
    alternation of both, with no such test, cost 3x."""
    firsts = "".join(sorted(_surname_firsts() | JOINING))
    subject = rf"请?(?=[{firsts}])([\u4e00-\u9fff]{{2,4}}?)" + _FOLLOWS_A_PERSON
    return (
        re.compile(rf"(?:{trie_pattern(_LEADER_WORDS)})了?" + subject),
        re.compile(_SUBJECT_MARKS + subject),
    )


# A follower word of two characters or more at a position: where a full name's last character
# may begin one (董帅|正准备). One-character followers (为, 来) are given characters too (刘大为).
_FOLLOWER_AT = re.compile(trie_pattern(w for w in _FOLLOWER_WORDS if len(w) >= 2))
_SUBJECT_AT_START = re.compile(r"([\u4e00-\u9fff]{2,4}?)" + _FOLLOWS_A_PERSON)
# Two people opening a clause together (马丽和沈腾在…, 景天宇与霍思燕是…): each alone would be too
# weak, but two words that are both shaped like names, joined, are names.
_PAIR_RE = re.compile(
    r"(?:^|(?<=[。；！？，,;：:\s由请让据]))请?([\u4e00-\u9fff]{2,3}?)[和与、]([\u4e00-\u9fff]{2,3}?)"
    + f"(?={trie_pattern((*_FOLLOWER_WORDS, *'都 均 一起 同时 分别 共同 是 之间'.split()))})"
)
# What two people are to each other or to the bank, after 是 (倪建和陈阳是同事): before another
# noun (吴语和雷雨是本季度的重点) two words are joined, not two names.
_PEOPLE_NOUNS = re.compile(
    "同事|同学|朋友|夫妻|夫妇|兄弟|姐妹|兄妹|姐弟|母女|父子|母子|父女|邻居|亲戚|老乡|战友|室友|"
    "客户|员工|股东|合伙人|嘉宾|获奖者|讲师|代表|负责人|联系人|当事人|证人|恋人|情侣"
)


_LEADER_SET = frozenset(_LEADER_WORDS)


def _preposition_before_name(text: str, i: int) -> bool:
    """Is the character at ``i`` a preposition that is also a surname (向, 于, 和 …) before a
    strict two-character name (向倪建核实…, 今日向梁平发放…)? 向 is the preposition there far
    more often than the surname. After an adverb (已向, 未向, 都对) it is one before any surname
    (未向桂勇说明)."""
    return text[i : i + 1] in FUNCTION_SURNAMES and (
        strict_name(text, i + 1, i + 3)
        or (
            (
                text[i - 1 : i] in _BEFORE_A_PREPOSITION
                or _cue_before(text, i)
                or text[i - 2 : i] in _LEADER_SET  # (客户要求|和祁东当面谈)
            )
            and surname_len(text, i + 1) > 0
        )
        or _rare_name_before_a_verb(text, i + 1, de=True)  # (由羊玉陪同…, 对于羊玉的…)
        # (，由海莹任组长: before a rarer surname too, where the preposition is seldom a surname)
        or (text[i] in _SELDOM_SURNAMES and _rare_and_one_given(text, i + 1, i + 3))
    )


_SELDOM_SURNAMES = frozenset("由对将与及从")


def _after_preposition(text: str, start: int, end: int) -> int:
    """Where a three-character subject really starts: after a preposition before a name, or
    after a conjunction that opens the clause (但陈阳表示…: 但 is also a surname)."""
    if end - start == 3 and _preposition_before_name(text, start):
        return start + 1
    if _conjunction_before_name(text, start, (end,)):
        return start + 1
    return start


_CLAUSE_CONJUNCTIONS = frozenset("但而却")


def _conjunction_before_name(text: str, i: int, ends: tuple[int, ...] = ()) -> bool:
    """Is the character at ``i`` a conjunction (但, 而, 却: surnames too) before a name ending at
    one of ``ends`` (by default, a name of two or three characters)?"""
    return text[i : i + 1] in _CLAUSE_CONJUNCTIONS and any(
        strict_name(text, i + 1, end)
        or plausible_name(text, i + 1, end)
        or _rare_and_one_given(text, i + 1, end)
        for end in ends or (i + 3, i + 4)
    )


_NAME_THEN_FUNCTION = frozenset("于等在将已与及和向对从被把为")


def _subject(text: str, start: int, end: int) -> float | None:
    slen = surname_len(text, start)
    given = text[start + slen : end]
    if len(given) == 2 and text[end - 1 : end + 3] in idioms():
        return None  # 陈阳信|以为真: the last character starts an idiom
    if (
        text[end - 1 : end + 1] in frequent_bigrams()
        and text[end] not in _NAME_THEN_FUNCTION
        and _FOLLOWER_AT.match(text, end) is None
    ):
        # 王芳坚|持要办, 路信|任: the last character starts a frequent word (坚持, 信任) with the
        # verb read after it; not before a word that follows a subject (罗建平|坦言, 常青|年事已高)
        # or a function character (倪建|于, 罗建平|等), which a name stands before as often
        return None
    if text[start] in FUNCTION_SURNAMES and text[start - 1 : start] in _BEFORE_A_PREPOSITION:
        return None  # 请向|信用社转账, 会后向|平等…: after 请 or 后, 向 and 于 are prepositions
    penalty = 0.15
    if not strict_name(text, start, end):
        # 褚晓光提供…: a rare surname; 刘伯坚于…: a common one with one plausible given character
        if text[start] in FUNCTION_SURNAMES:
            return None  # (于是和雷雨是…: 和 joins two words)
        if plausible_name(text, start, end):
            penalty = 0.2
        elif (
            text[end : end + 1] != text[end - 1]  # (但想想也对: a verb said twice)
            and _rare_in_structure(text, start, end)
        ):
            penalty = 0.15  # 经核实，濮旭于本月…: a rarer surname (scored 0.1 lower already)
        else:
            return None
    if word_as_given(text[start:end], given) or any(
        c in STOP_CHARS or c in "和同跟" for c in given
    ):
        return None  # 黎明和…: a conjunction, so a list of words, not a name
    if sits_across_a_word(text, start, end):
        return None
    score = name_score(text[start:end], slen, False)
    return None if score is None else score - penalty


def _rare_and_one_given(text: str, start: int, end: int) -> bool:
    """A rarer surname (one that also starts words: 濮, 屈, 羊) and one curated given character,
    which together make no word or verb (濮旭, not 屈服)."""
    name = text[start:end]
    return (
        len(name) == end - start == 2  # (the span may run past the text's end: 和明)
        and surname_len(text, start) == 1
        and name[1] in curated_given_chars()
        and name[1] not in "氏家"  # (唐家的院子: a family's house, no given name)
        and not known_word(name)
        and name not in verbs()
        and name not in place_names()
    )


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
# A transliterated or minority name in parts joined by a middle dot (汤姆·克鲁斯, 阿不都·热合曼):
# after a cue word, or right before one (the last part then runs up to the cue, the first
# part is the longest run of up to six characters that no function character interrupts).
_DOTS = "·•・"
_DOT_HINT = re.compile(f"[{_DOTS}]")
_LATER_PARTS = rf"[{_DOTS}][\u4e00-\u9fff]{{1,8}}(?:[{_DOTS}][\u4e00-\u9fff]{{1,8}})?"
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}" + _LATER_PARTS)
_DOTTED_BEFORE = re.compile(r"(?:(?![的是在和与了给向])[\u4e00-\u9fff]){1,6}" + _LATER_PARTS)
_ADDRESS_TITLES = frozenset({"先生", "女士", "小姐", "夫人", "您好"})
_TITLE_WORDS = tuple(TITLES)
# A whole label value: 2-6 Chinese characters (a middle dot allowed) up to punctuation or the end.
_WHOLE_VALUE = re.compile(
    r"[\u4e00-\u9fff]{2,6}(?:[·•][\u4e00-\u9fff]{1,6})?(?=[，,。；;、\s（(|]|$)"
)
# A short description before a name after a cue's copula (担保人为|同村的|农建强).
_DESCRIBED = re.compile(r"[\u4e00-\u9fff]{1,6}?的")
# What ends a form's value that stands alone (父亲：田野　工作单位), or a comma before the next
# label (姓名：田野，性别：男).
_VALUE_GAPS = frozenset(("", "\u3000", "\t", " ", "|"))
_NEXT_LABEL = re.compile(r"[，,；;][\u4e00-\u9fff]{2,6}[：:]")
# Cheap tests (a leading character class scans at C speed) that decide whether the slower
# patterns are worth running on a text at all.
_CELL_HINT = re.compile(r"[,\t|;；\[【]")
_LIST_VALUE_HINT = re.compile(r"[、，] ?[0-9]")  # (斯帅、1381…: a list beside a value)
_LATIN_HINT = re.compile(r"[A-Z][a-zA-Z]")


@cache
def _cue_regex() -> re.Pattern[str]:
    return re.compile(trie_pattern({*NAME_CUES_BEFORE, *NAME_CUES_AFTER}))


# Digits and the Chinese numerals one to ten, which the rules below combine as each needs.
_ARABIC = "0123456789"
_NUMERALS = "一二三四五六七八九十"
_NUMERAL_STARTS = frozenset(_ARABIC + _NUMERALS + "两半几")


def _time_starts(text: str, i: int) -> bool:
    """Does a time expression start at ``i`` (近日, 今天, 近30天, 近三个月)?"""
    return text[i : i + 2] in TIME_WORDS or (
        text[i : i + 1] == "近" and text[i + 1 : i + 2] in _NUMERAL_STARTS
    )


def _rare_name_before_a_verb(text: str, i: int, de: bool = False) -> bool:
    """被告向斯帅|支付…, 向干凤兰|支付…: a name with a rarer surname, then a verb (or, with
    ``de``, 的: 对于羊玉|的遭遇)."""
    slen = surname_len(text, i)
    if not slen:
        return False
    for end in (i + slen + 2, i + slen + 1):
        if (
            _verb_at(text, end)
            or (de and (text[end : end + 1] == "的" or text[end : end + 2] == "本人"))
        ) and (
            plausible_name(text, i, end)
            if end - i - slen == 2
            else name_score(text[i:end], slen, False) is not None
        ):
            return True
    return False


# What follows 其 the pronoun (其女儿, 其父亲, 其他, 其中): where it is no surname.
_AFTER_ITS = frozenset("父母兄弟姐妹妻夫儿女子孙家他中实余本")


def _name_after(
    text: str, pos: int, strong: bool, weak: bool = False
) -> tuple[int, int, float] | None:
    """A name starting at ``pos`` (after a cue); choose 1 or 2 given characters."""
    aside = _ASIDE.match(text, pos) or _ORDINAL.match(text, pos)
    if aside and text[aside.end() : aside.end() + 1] in (":", "："):
        pos = aside.end()  # 申请人（签字）：冯晓宇, 联系人二：白展堂
    if text.startswith("就是", pos):
        pos += 1  # (名字就是胡大勇: the copula after an adverb)
    while pos < len(text) and text[pos] in ":：是为由了 \u3000\"'=“「】]":
        pos += 1  # (走访了蔡国庆: a cue verb and its particle; 【姓名】缪岩: a bracketed label)
    if text[pos - 1 : pos] in ("是", "为") and (described := _DESCRIBED.match(text, pos)):
        d = described.end()
        if any(
            (plausible_name(text, d, d + n) or strict_name(text, d, d + n))
            and not is_cjk(text[d + n : d + n + 1])
            for n in (3, 2)
        ):
            pos = d  # 担保人为同村的农建强，: a description after the copula, then the name
    if text[pos : pos + 1] == "其" and text[pos + 1 : pos + 2] in _AFTER_ITS:
        return None  # 收款人是其女儿: 其, "his" or "her", before a relative or a word
    # 姓名：王　芳: a form pads a two-character name to the width of three; 姓 名：沈 立 新: an
    # OCR'd or typed form spaces every character out
    if (
        (strong or text[pos - 1 : pos] in _FORM_GAPS)
        and (padded := _PADDED_NAME.match(text, pos))
        and (spaced := _spaced_out_name(text, pos, padded.group()[::2])) is not None
    ):
        return pos, spaced, 0.8
    if (
        text[pos : pos + 2] in verbs()
        and text[pos + 1 : pos + 2] not in given_name_chars()
        and surname_len(text, pos) < 2  # (独孤 is a verb and a compound surname)
        and surname_len(text, pos + 2)
    ):
        pos += 2  # 交易对手包括|侯振宇: the cue is the subject of a verb, the name its object
        verb_between = True
    else:
        verb_between = False
    if verb_between and text[pos] in _WITH_WHOM and surname_len(text, pos + 1):
        pos += 1  # 客户要求|和祁东当面谈: after the verb, 和 is the preposition, not a surname
    dotted = _dotted_after(text, pos)
    if dotted:
        return dotted
    first = text[pos : pos + 1]
    whole = _WHOLE_VALUE.match(text, pos) if strong or first in MINORITY_SYLLABLES else None
    if whole and minority_name(whole.group()):
        return pos, whole.end(), 0.8  # 报案人其木格，: a minority name, no Chinese surname
    if (tibetan := tibetan_end(text, pos)) > pos:
        return pos, tibetan, 0.8  # 司机索朗次仁|称…: a Tibetan name, of two words or more
    if (
        (strong or text[pos - 1 : pos] in (":", "："))
        and whole
        and whole.end() - pos == 2
        and tibetan_word(whole.group())
    ):
        return pos, whole.end(), 0.8  # 姓名：旦增，, 帮扶对象：旦增，: a Tibetan name of one word,
        # as a label's value
    if first in MINORITY_SYLLABLES:
        k = pos
        while k < len(text) and k - pos < 8 and text[k] in MINORITY_SYLLABLES:
            k += 1
        run = text[pos:k]
        if (
            (
                text[k : k + 1] == "的"
                or _follower_regex().match(text, k) is not None
                or _verb_at(text, k)
            )
            and minority_name(run)
            and run not in place_names()
            and run not in institution_names()
        ):
            # 客户热依汗古丽|的手机号, 报案人巴特尔|称…: before a possessive or a verb, not only
            # a comma
            return pos, k, 0.8
    if (
        strong
        and whole
        and whole.end() - pos > surname_len(text, pos) + 2
        and not whole.group().endswith(_ORGANIZATION_ENDINGS)
        and not any(c in STOP_CHARS for c in whole.group())  # 姓名是否为…: prose, not a value
        and not any(c in _NUMERALS for c in whole.group())  # 姓名仅一字之差: prose too
        and whole.group()[0] not in _NEEDS  # 姓名需人工复核: a modal opens prose
        # 收款人信息有误: a frequent word, then its predicate (阿依古丽 starts with none)
        and whole.group()[:2] not in frequent_bigrams()
        and not whole.group().startswith(_SEE_ELSEWHERE)  # 姓名：见附件, 详见背面
    ):
        # 户名阿依古丽: after a strong label a value longer than a Chinese name is still the
        # name (Uyghur, Mongolian, Tibetan and transliterated names have no surname).
        return pos, whole.end(), 0.8
    if text[pos : pos + 1] in FUNCTION_SURNAMES and (
        strict_name(text, pos + 1, pos + 4)
        or (strict_name(text, pos + 1, pos + 3) and _verb_at(text, pos + 3))
        # (女儿于海燕|嫁到…: after a cue, 于 before a name and a verb is the surname)
        or (text[pos] != "于" and _rare_name_before_a_verb(text, pos + 1))
    ):
        pos += 1  # 人员向邹美玲解释: 向 is the preposition before a full name, not a surname
    slen = surname_len(text, pos)
    if not slen:
        return None
    # What follows the first character, when it is a function word rather than a surname.
    following = text[pos + 1 : pos + 3]
    if text[pos] in FUNCTION_SURNAMES and _time_word(text, pos + 1):
        return None  # 客户于今日…, 客户于凌晨3:12…: the preposition before a time
    if (
        text[pos] in _PREPOSITIONS_BEFORE_WORDS
        and (
            known_word(following)
            or following in _BEFORE  # (配偶|和子女: a preposition before a kin or role word)
            # (姓名|和预留手机号, 姓名|和学号: a verb, a word or a number's name after 和)
            or (
                text[pos] in "和与及"
                and (following in verbs() or following in word_bigrams() or following[1:] == "号")
            )
            or (not strong and text[pos] in _COMING and following in word_bigrams())
        )
        and not _verb_at(text, pos + 2)  # (坐席向文|告知…: a name before its verb)
    ):
        return None  # 感谢家人|和朋友, 经理|向美国客户…: a conjunction or a preposition before a
        # word, no surname (于 stays: 于海洋 is a name as often)
    if text.startswith(_TITLE_WORDS, pos + slen):
        return None  # 联系人：李先生, 刘总: a surname and a title, which name no one in full
    if text[pos + 2 : pos + 3] in _PRODUCT_ENDS and known_word(text[pos : pos + 2]):
        return None  # 学生|平安险, 客户|黄金卡: a word and a product's last character
    if text[pos] in _ADVERBS and (following in verbs() or following in frequent_bigrams()):
        return None  # 三名员工|都通过了: an adverb before a verb, not the surname 都
    g = pos + slen
    if (
        strong
        and whole
        and whole.end() == g + 2
        and text[g + 1] == "为"  # (王有为, 李大为: the function character names end with most)
        and not stops_name(text, g)
        and text[pos : g + 2] not in common_words()
    ):
        return pos, g + 2, 0.75  # 客户姓名蒋大为，: a label's whole value, though 为 ends words
    if (
        text[pos - 1 : pos] in (":", "：")
        and (value := _WHOLE_VALUE.match(text, pos)) is not None
        and value.end() - g in (1, 2)
        and (
            text[value.end() : value.end() + 1] in _VALUE_GAPS
            or _NEXT_LABEL.match(text, value.end()) is not None
        )
        and text[pos:g] in common_surnames()
        and text[pos : value.end()] in common_words()
        and text[pos : value.end()] not in _BEFORE  # (紧急联系人：岳父, a relative, no name)
    ):
        return pos, value.end(), 0.75  # 父亲：田野　工作单位, 姓名：田野，性别：男: a form's value
        # standing alone is the name, though it is a word too (in prose 田野 stays the fields;
        # 客户：方便，下午打就行 is a speaker's reply)
    n = 0
    while n < 2 and g + n < len(text) and is_cjk(text[g + n]) and not stops_name(text, g + n):
        n += 1
    if n == 0:
        return None
    if (
        n == 2
        and not (
            text[g + 1] in _GIVEN_BEFORE_YU and _before_a_time(text, g + 2)
        )  # (麻春生|于当日: 生于 is no word before a time; 董帅|将于下周… stays cut)
        and (
            (
                text[g + 1 : g + 3] in frequent_bigrams()
                and _FOLLOWER_AT.match(text, g + 2) is None  # (蒋志明|代为: 明代 is no word here)
            )
            or (text[g + 1] in JOINING and _joins_a_word(text, g + 1))
            or (  # 董帅|和另一家公司: a conjunction, not a third character
                text[g + 1] in "和与及"
                and is_cjk(text[g + 2 : g + 3])
                and not _verb_at(text, g + 2)  # (客户陈忠和|来电: 和 is a given character)
                and (
                    strict_name(text, pos, g + 1)
                    or surname_len(text, g + 2) > 0
                    or _cue_regex().match(text, g + 2) is not None  # (田野|和村干部莫少华)
                )
            )  # (感谢斯帅|和卫丹丹: a rarer surname, and a name after 和)
            or (
                text[g + 1] not in given_name_chars()
                and (
                    text[g + 1 : g + 3] in word_bigrams()
                    or text[g + 1 : g + 3] in verbs()
                    or text[g + 1 : g + 3] in _UNTAGGED_VERBS  # (王丽|按下…)
                )
            )
            or text[g + 1 : g + 3] in SERVICE_VERBS
            or (text[g + 1] in _BEFORE_A_PRONOUN and text[g + 2 : g + 3] in _PRONOUNS)
            or _time_starts(text, g + 1)
            or weak_seam(text, g + 2)
            or text[g + 1 : g + 5] in idioms()
        )
    ):
        # 李帅|通过: the second character starts a word; 宋佳|将信用卡: it joins one; 尤佳|陪同:
        # it starts a less frequent word and is no typical given character; 包丽|复核: a service
        # verb; 程浩|和他, 韩磊|帮我: it joins a pronoun; 姜涛|近30天, 姜涛|近日: a time
        n = 1
    if (
        n == 2
        and text[g + 1] not in given_name_chars()
        and affinity(text[g + 1]) < _AVOIDED
        and text[g] in given_name_chars()
        and text[g + 2 : g + 3] in _COMPLEMENTS
    ):
        n = 1  # 丈夫钟凯|调到了成都: a character names avoid starts the verb before its complement
    if n == 2 and text[g + 1] == "诉" and text[g] in given_name_chars():
        n = 1  # 原告董帅|诉被告…: a suit, no given character
    if (
        n == 2
        and text[g + 1] in _SINGLE_VERBS
        and text[g + 2 : g + 3] in _AFTER_A_ONE_CHARACTER_VERB
    ):
        n = 1  # 给孙子范岩|转一笔…, 范岩|转了: a verb before an amount or a particle
    if (
        n == 2
        and text[g + 1] in "家处"
        and (not is_cjk(text[g + 2 : g + 3]) or text[g + 1 : g + 3] == "家的")
        and not (text[g + 1] == "家" and (strong or text[pos - 1 : pos] in ":：叫"))
    ):
        n = 1  # 走访了董帅|家，, 尹立|家的电费: the person's home, 从田玲|处: the person's place
        # (but 收款人：苏丽家，, 我叫卢翎家，: a label's or a naming verb's value is the whole name)
    if (
        n == 2
        and (
            text[g + 1] in _MODALS
            or text[g + 1 : g + 3] in _ONCE  # (盛凯|曾共同开立…)
            or (
                _adverb_at(text, g + 1)
                and (strict_name(text, pos, g + 1) or text[g + 1] not in given_name_chars())
            )  # (顾维均 stays; 母亲干阳|均为: an adverb no given name holds)
        )
        and is_cjk(text[g + 2 : g + 3])
    ):
        n = 1  # 客户经理董帅|会在明天…, 代理人董帅|代客户…, 母亲常梅|均为: a modal or an adverb
    if n == 2:
        nxt = text[g + 2 : g + 3]
        chars = given_name_chars()
        # A third CJK character that is not a stop word means the second one is probably not
        # part of the name, unless it is a common given-name character or the third one starts
        # a word of its own (邓丽君|变更为).
        if (
            nxt
            and is_cjk(nxt)
            and not stops_name(text, g + 2)
            and text[g + 1] not in chars
            and text[g + 2 : g + 4] not in frequent_bigrams()
            and not (text[g + 2 : g + 4] in word_bigrams() and affinity(text[g + 1]) > 0)
            # (许东升|陪同: a character names hold, then a less frequent word; 马燕|系母子 stays)
            and text[g + 2 : g + 4] not in _ONCE
            and not affinity(text[g + 1]) > 0 > affinity(nxt)
        ):
            # (刘伯坚|来电: 坚 is seen in names more than in text at large, 来 less: keep 坚)
            n = 1
    end = g + n
    if (
        n == 1
        and not strong
        and text[g] not in given_name_chars()
        and affinity(text[g]) < -0.5
        and is_cjk(text[end : end + 1])
        and text[end : end + 2] not in frequent_bigrams()
    ):
        # 继承人申领|身故: one given character that names avoid, inside running text with no
        # word starting right after it, so the two characters are a word (申领); 葛优|协助
        # and <name>杨逍</name> stay names
        return None
    if verb_between and not (strict_name(text, pos, end) or plausible_name(text, pos, end)):
        return None  # 原告起诉|金融机构…: across a verb, only a name-shaped object is one
    if (
        not strong
        and end - pos == 2
        and text[pos:end] in frequent_bigrams()
        and is_cjk(text[end : end + 1])
        and not _verb_at(text, end)
        and _cue_regex().match(text, end) is None
    ):
        return None  # 客户黄金|账户, 客户成本…: a frequent word runs on after the cue, no name
    if weak and known_word(text[pos:end]):
        return None  # 走访了|万家，: after a cue as often followed by a word, a known word is one
    if (
        not strong
        and end - pos == 2
        and text[pos:end] in verbs()
        and (text[pos] not in common_surnames() or text[end : end + 1] in (":", "："))
    ):
        # 用户|申诉：…: the cue's noun and a verb make a compound, a label before its colon (or
        # with a rarer surname anywhere), not a name
        return None
    if weak and (
        text[end : end + 2] in _NOT_A_PERSON_AFTER
        or text[end : end + 1] in _DIVISION_ENDS
        or (end - pos >= 3 and text[end - 1] in _SETTLEMENT_ENDS)
    ):
        return None  # 走访了万家|企业, 拜访了高新|区管委会, 走访了石桥村: a firm or a place
    crossing = word_running_on(text, pos + 1, end)
    if crossing is not None:
        if crossing - pos < 2:
            return None  # 名字都|一模一样: a word starts inside and runs on, the clause goes on
        end = crossing  # (客户李明|星期三来: the name ends where the word begins)
    score = name_score(text[pos:end], slen, strong, weak)
    if (score is None or score < 0.62) and not weak and _ends_value(text, end):
        # 借款人哈斯，法人尹天仇。: a short value closed by punctuation right after a role word is
        # a name even with a rare surname or unusual given characters, unless it is a word.
        name = text[pos:end]
        if (
            name not in common_words()
            and name not in frequent_bigrams()
            and name not in verbs()
            and name not in SERVICE_VERBS  # (请各网点负责人|查收。)
            and name not in institution_names()
        ):
            score = 0.62  # (需要她本人|来电。: a verb is no name; 自称“公检法”: an authority)
    return None if score is None else (pos, end, score)


_AVOIDED = -1.0  # (the affinity below which a character is one given names avoid: 调 -1.54)
_COMPLEMENTS = frozenset("到了过着走回给")  # (what follows a one-character verb: 调到, 调走)


# Places where people live, which a visit's weak cue may name (走访了石桥村): not 河 or 湖, which
# end given names too (汇给胡意河).
_SETTLEMENT_ENDS = frozenset("村镇乡路街区县市省")
_BODY_ENDS = frozenset("委")  # (纪委, 党委, 团委: committees, whose posts are cues)
# (来, 去: coming or going, 经理来|网点, 行长去|总行, before a word as these are)
_PREPOSITIONS_BEFORE_WORDS = (FUNCTION_SURNAMES - {"于"}) | frozenset("来去")


# Given characters that make a frequent word with 于 after them (生于, 善于, 忠于).
_GIVEN_BEFORE_YU = frozenset("生善忠")


def _time_word(text: str, i: int) -> bool:
    """Does a time word (今日, 当日) or a time of day (凌晨, 上午) start at ``i``?"""
    return text[i : i + 2] in TIME_WORDS or text[i : i + 2] in _TIMES_OF_DAY


def _before_a_time(text: str, i: int) -> bool:
    """Is ``i`` the preposition 于 or 在 before a time word (于当日, 在今天上午)?"""
    return text[i : i + 1] in ("于", "在") and _time_word(text, i + 1)


_TIMES_OF_DAY = frozenset("凌晨 清晨 早上 上午 中午 下午 傍晚 晚上 夜间 深夜 半夜 午夜".split())
_DIVISION_ENDS = frozenset("区县省")  # (a set: "" in a str is True, at the end of the text)
# Adverbs that stand between a subject and its verb (董帅又打来电话, 范岩也…), and copulas that
# stand between a subject and what it is (陈阳系母女; but 张善为先生: no copula before a title).
_ADVERBS = frozenset("又也都就还再均则")
# 曾 (once) before a preposition or a verb: an adverb after a full name (魏东升|曾于2023年确诊),
# though 曾 is also a surname and so not in _ADVERBS.
_ONCE = frozenset(f"曾{c}" for c in "于在经因向被多是任为与对把将到去共")


_SEE_ELSEWHERE = ("见", "详见", "参见", "另见")
_AFTER_A_ONE_CHARACTER_VERB = frozenset("一两几些了过着给")
_PADDED_NAME = re.compile(
    r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2}(?=[，,。；;、\s（(/|]|$)"
)
# What may stand between a cue and a padded name: a colon, or a form's gap (经办人 魏 敏)
_FORM_GAPS = frozenset(":： \u3000")


def _spaced_out_name(text: str, pos: int, chars: str) -> int | None:
    """The end of a name spaced out at ``pos`` (``chars``: its two or three characters without
    the spaces), or None. A third character is a sex (王 芳 女) or a word's start (张 伟 已 到)
    as often as a given name's, so it counts only where the spaced run ends with it."""
    if len(chars) == 3 and (
        chars[2] in "男女"
        or stops_name(chars, 2)
        or _PADDED_NAME.match(text, pos + 6) is not None  # (a longer spaced run: a sentence)
    ):
        chars = chars[:2]
    slen = surname_len(chars, 0)
    if 0 < slen < len(chars) and name_score(chars, slen, True) is not None:
        return pos + 2 * len(chars) - 1
    return None


def _adverb_at(text: str, i: int) -> bool:
    return (
        text[i : i + 1] in _ADVERBS
        or text.startswith(_AFTER_CAI, i)
        or text[i : i + 2] in _HABITUAL_ADVERBS
    )


# Adverbs of habit after a subject that the word lists miss (柴俊|老是带她去…).
_HABITUAL_ADVERBS = frozenset(("老是", "总是", "常常", "老爱", "总爱"))


# Adverbs after which 由, 向, 对, 将 … are prepositions, not a surname (已由卜凡代签收, 均向…).
_BEFORE_A_PREPOSITION = frozenset("已均都并也还再又正将曾未没请后")
_COPULAS = frozenset("系是为")
# Adverbs between a name and its cue (屈雷又|打来电话) that given names never hold.
_ADVERBS_BEFORE_A_CUE = _ADVERBS | frozenset(
    [*"已未没并", *"亲笔 亲自 当面 已经 曾经 均已 都已 再次 多次".split()]
)
_TO_WHOM = frozenset("向给为替对与和跟")
_PRODUCT_ENDS = frozenset("险卡贷宝费")  # (平安险, 黄金卡: what a bank or an insurer sells)
_WITH_WHOM = frozenset("和与跟同向")  # (prepositions that are surnames too: 和, 向)
_LOCATIVES = frozenset("上里内下")  # (单上, 表里: where a thing is, before a cue verb)
_ROLE_ENDS = frozenset("员长师工者手官")  # (程序员, 班长, 律师: words for a job)
_FROM_OR_TOWARDS = frozenset("从往自")
# Verbs that the given-name lists hold too (李想): as the third character before a verb, the verb.
_VERB_CHARS = frozenset("想说问看")
# Modal verbs that names avoid, after a subject (董帅会在…, 范岩能否…; 可, 应, 要 start frequent
# words there: 可以, 应该, 要求), and 代, 替 (on behalf of: 代理人董帅代客户办理…).
_MODALS = frozenset("会能代替需须应")  # (何敏|应朋友要求: at someone's request)
_NEEDS = frozenset("需须")  # (the modals that are no given characters)
_COMING = frozenset("来去")
_COUNTS_OF_ONE = frozenset(("一人", "两人", "二人", "三人", "夫妇", "父子", "母女", "母子", "父女"))
# Pronouns, and the characters that join one to the name before them (程浩和他的妻子, 韩磊帮我).
_PRONOUNS = frozenset("他她我你您它咱")
_BEFORE_A_PRONOUN = JOINING | frozenset("帮替陪叫请")


def _dotted_after(text: str, pos: int) -> tuple[int, int, float] | None:
    """持证人阿不都·热合曼: a name in parts joined by a dot at ``pos``, up to a cue word or a
    function character after its last part (客户玛丽亚·加西亚|女士来电)."""
    dotted = _DOTTED.match(text, pos) if _DOT_HINT.search(text, pos, pos + 8) else None
    if dotted is None:
        return None
    end = dotted.end()
    last_dot = max(text.rfind(d, pos, end) for d in _DOTS)
    cue = _cue_regex().search(text, last_dot + 2, end)
    end = cue.start() if cue else end
    stop = next((k for k in range(last_dot + 2, end) if stops_name(text, k)), end)
    # 斯蒂夫·尼尔斯|同名绘本: a last part in transliteration syllables ends before a word
    k = last_dot + 1
    while k < stop and text[k] in _TRANSLITERATION:
        k += 1
    if k - last_dot > 2 and k < stop and text[k : k + 2] in word_bigrams():
        stop = k
    return pos, stop, 0.8


def _dotted_alone(text: str) -> Iterator[NameHit]:
    """阿依努尔·买买提的工资卡…, a table cell 买买提·艾力: parts joined by a dot, each of two or
    more of the syllable characters that transliterated names are written in, need no cue word
    (中国·上海 and 2024·北京 are made of other characters)."""
    if "·" not in text and "•" not in text and "・" not in text:
        return  # (three substring tests cost less than one regex scan)
    last_end = -1
    for m in _DOT_HINT.finditer(text):
        dot = m.start()
        if dot < last_end:
            continue
        start = dot
        while start > 0 and dot - start < 8 and text[start - 1] in _TRANSLITERATION:
            start -= 1
        end, parts = dot, 1
        while end < len(text) and (
            text[end] in _TRANSLITERATION or (text[end] in _DOTS and parts < 3)
        ):
            parts += text[end] in _DOTS
            end += 1
        while end > dot and text[end - 1] in _DOTS:
            end -= 1
            parts -= 1
        if (
            end == dot
            and dot - start >= 2
            and all(c in _WESTERN_SYLLABLES for c in text[start:dot])
            and text[dot + 1 : dot + 2] in common_surnames()
            and (not is_cjk(text[dot + 2 : dot + 3]) or text[dot + 2 : dot + 3] in _AFTER_HYBRID)
        ):
            # 保罗·陈, 大卫·李: a Western given name and a Chinese surname, as Chinese abroad
            # write theirs
            yield start, dot + 2, 0.7, "a Western given name and a Chinese surname"
            last_end = dot + 2
            continue
        chunks = re.split(f"[{_DOTS}]", text[start:end])
        letters = "".join(chunks)
        if (
            len(chunks) >= 2
            and all(len(c) >= 2 for c in chunks)
            and (minority_name(letters[:8]) or all(c in _WESTERN_SYLLABLES for c in letters))
        ):
            yield start, end, 0.7, "a transliterated name in dotted parts"
            last_end = end


# What may follow such a hybrid name (保罗·陈|弟兄, 大卫·李|先生): a title or a particle.
_AFTER_HYBRID = frozenset("弟兄姊妹先女牧长的是说")
# The characters Western names are transliterated in (约翰·史密斯, 奥尔加·彼得罗娃, 玛丽亚·加西亚),
# from the forms of about a hundred common given names and surnames. Characters that also write
# Chinese places and words often (中, 国, 海, 华, 大, 上) are left out, so 中国·上海 or 华为·荣耀
# stay no names.
_WESTERN_SYLLABLES = frozenset(
    "约翰史密斯威廉詹姆玛丽汤克鲁彼得乔治卫迈尔杰逊娜伊莎白查理伯特托马丹尼保罗蒂夫拉凯瑟琳伦露"
    "西爱艾米奥维亚索菲布朗琼勒戴沃森泰摩丁怀哈里刘易宾霍格林贝纳希坎切卡帕柯兹图库墨雷考娃"
    "诺芙莉萨琪加罗夫科娃洛埃弗兰瓦莱蒙默塞基迪普茨妮塔曼"
)
_TRANSLITERATION = MINORITY_SYLLABLES | _WESTERN_SYLLABLES


def _dotted_before(text: str, end: int) -> tuple[int, int, float] | None:
    """汤姆·克鲁斯先生: a name in parts joined by a dot, ending at a title at ``end``; a cue word
    inside its first part is not part of it (客户|玛丽亚·加西亚女士). Before a possessive cue too
    (奥尔加·彼得罗娃|的账户: the whole name, not 罗娃)."""
    if text[end : end + 2] not in _ADDRESS_TITLES and text[end : end + 1] != "的":
        return None
    dotted = _DOTTED_BEFORE.search(text, max(0, end - 16), end)
    if dotted is None or dotted.end() != end:
        return None
    start = dotted.start()
    for cue in _cue_regex().finditer(text, start, end):
        if cue.group() in _BEFORE and text[cue.end() : cue.end() + 1] != "·":
            start = max(start, cue.end())
    return start, end, 0.8


def _joins_a_word(text: str, i: int) -> bool:
    """Does the joining character at ``i`` stand before a word (宋佳|将信用卡, 柏杨|将号码)? A
    conjunction only before a frequent one (武威和|告知 is a name before a verb), another name
    (程晓|和柳青青) or a role (赖宝|和大堂经理童梅)."""
    pair = text[i + 1 : i + 3]
    if pair in frequent_bigrams():
        return True
    if text[i] not in "和与及跟同":
        return pair in word_bigrams()
    return text[i] in "和与及" and (
        strict_name(text, i + 1, i + 3)
        or strict_name(text, i + 1, i + 4)
        or _before_cue_regex().search(text, i + 1, i + 7) is not None
    )


@cache
def _before_cue_regex() -> re.Pattern[str]:
    """The cue words that stand before a name (roles, labels), not those after it (来电)."""
    return re.compile(trie_pattern(NAME_CUES_BEFORE))


def _ends_value(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    return not nxt or nxt in _PUNCT_BOUNDARY


def _cue_before(text: str, start: int) -> bool:
    """Does a cue word that precedes names (客户, 员工, 收款人) end right at ``start``?"""
    return any(text[max(0, start - k) : start] in _BEFORE for k in (2, 3, 4))


def _name_before(text: str, end: int, strong: bool = True) -> tuple[int, int, float] | None:
    """A name ending at ``end`` (before 先生, 女士 ...); prefer the longest plausible one.
    ``strong=False`` for a possessive cue (的账户), which any noun may stand before: a rarer
    surname then needs a typical given character and must start no word (全行, 路人, 车商)."""
    dotted = _dotted_before(text, end)
    if dotted:
        return dotted
    for k in (8, 6, 4):
        if end >= k and tibetan_end(text, end - k) == end:
            return end - k, end, 0.8  # 报案人格桑卓玛|，电话: a Tibetan name, read whole
    if text[end - 1 : end] in KIN_TITLES and any(
        end >= k + 1 and surname_len(text, end - 1 - k) == k - 2 for k in (3, 4)
    ):
        before = _name_before(text, end - 1, strong)  # 李明珠姐|您好: a full name and a title
        if before is not None:
            return before
    if text[end - 1 : end] == "副":
        # 王振东副|行长, 后由副|行长: a deputy's title, the name ends before 副; only a strict
        # name there (个人金融部副|总经理: a department)
        deputy = _name_before(text, end - 1, strong)
        return deputy if deputy and strict_name(text, deputy[0], deputy[1]) else None
    for k in (1, 2):
        if text[end - k : end] in _ADVERBS_BEFORE_A_CUE and is_cjk(text[end : end + 1]):
            # 刚才屈雷又|打来电话, 是斯帅亲笔|签名的: an adverb between the name and the cue
            before = _name_before(text, end - k, strong)
            if before is not None and not known_word(text[before[0] : before[1]]):
                return before
    if text[end - 1 : end] in _FROM_OR_TOWARDS and is_cjk(text[end : end + 1]):
        # 续期保费将从|尾号5566…, 李建国从|尾号…: a preposition before the cue, no given
        # character; only a strict name before it
        before = _name_before(text, end - 1, strong)
        return before if before and strict_name(text, before[0], before[1]) else None
    if text[end - 1 : end] == "任" and is_cjk(text[end : end + 1]):
        return _name_before(text, end - 1, strong)  # 2023年董帅任|行长期间: holding a post
    if text[end - 1 : end] in _DEPARTMENT_ENDS and known_word(text[end - 3 : end - 1]):
        return None  # 个人金融部|总经理: a department (a word and 部) before the title, no name
    if (
        strong
        and (text[end - 1 : end] in _MODALS or text[end - 1 : end] in ("系", "是"))
        and is_cjk(text[end : end + 1])
        and text[max(0, end - 3) : end] not in crossing_words()  # (来村委会|反映: a word)
    ):
        # 由罗建平代|签收, 董帅与常梅系|夫妻: a modal verb or a copula before the cue
        before = _name_before(text, end - 1, strong)
        if before is not None:
            return before
    if text[end - 2 : end] in _COUNTS_OF_ONE:
        # 登记在屈雷|一人|名下: a count, no given name (任意|一人签字: a word, no name)
        counted = _name_before(text, end - 2, strong)
        return None if counted and known_word(text[counted[0] : counted[1]]) else counted
    if text[end - 1 : end] in _COMING and is_cjk(text[end : end + 1]):
        # 约了董帅来|签字: coming or going to do the thing the cue names, after a full name
        before = _name_before(text, end - 1, strong)
        if before is not None:
            return before  # (a name ending in 来 before a cue, 张春来签字, reads 张春 too)
    best: tuple[int, int, float] | None = None
    for length in (4, 3, 2):
        start = end - length
        if start < 0 or not all(is_cjk(c) for c in text[start:end]):
            continue
        slen = surname_len(text, start)
        if not slen or length - slen not in (1, 2):
            continue
        if start and text[start - 1 : start + 1] in frequent_bigrams():
            continue  # 交易系本人: the "surname" ends a word (交易), so no name starts there
        if length == 2 and start and text[start - 1 : start + 1] in word_bigrams():
            continue  # 经纪人|来电: so does a less frequent word before a two-character one
        if (
            length == 3
            and start
            and text[start - 1 : start + 1] in word_bigrams()
            and (known_word(text[start + 1 : end]) or text[start + 1 : end] in word_bigrams())
        ):
            continue  # 小区保安|队长: a word ends on the "surname", and a word follows it
        if start and text[start] in "和与及同跟" and is_cjk(text[start - 1]):
            continue  # 刘伯坚和李明三人: 和 joins two names here, it is not 和明's surname
        if length == 2 and text[start] in FUNCTION_SURNAMES and text[end - 1] in common_surnames():
            continue  # 由李|老师: a preposition and a surname before a title, no name
        if (
            length == 3
            and start
            and text[end - 1] in common_surnames()
            and known_word(text[start - 1 : end - 1])
        ):
            continue  # 公安局刘|警官: a word and a surname before a title, no name
        if text[end - 1] == "第":
            continue  # 停止向第|三人催收: an ordinal (第三人, a third party), no given character
        if length == 2 and best is not None and text[start:end] in GIVEN_AFTER_A_PREPOSITION:
            continue  # 屈向东|名下: the full name read first, not 向 as a surname
        if (
            length == 3
            and text[start] in FUNCTION_SURNAMES
            and is_cjk(text[start - 1 : start])
            and (
                text[start + 1] not in given_name_chars()
                or strict_name(text, start + 1, end)
                or text[start - 1] in _BEFORE_A_PREPOSITION
                or (text[start] != "向" and _rare_name_before_a_verb(text, start + 1, de=True))
            )
            and surname_len(text, start + 1)
            and not _cue_before(text, start)
        ):
            continue  # 随后向祝萍|的账户, 均由倪建|本人, 已由卜凡, 卡由羊玉|本人: a preposition
        if (
            length == 3
            and text[start] in FUNCTION_SURNAMES
            and is_cjk(text[start - 1 : start])
            and (
                known_word(text[start + 1 : end])
                or not any(c in given_name_chars() for c in text[start + 1 : end])
            )
            and not _cue_before(text, start)
        ):
            continue  # 三次向客服|反映: a preposition and a word, no name
            # (持有人向倪俊先生: after a cue word, 向 is the surname)
        if text[start : start + 2] in frequent_bigrams() and text[end - 1] in STOP_CHARS:
            continue  # 关系为|父女: a word and a function character, not a name
        if text[start:end] in _BEFORE or (
            length == 3 and (text[start : start + 2] in _BEFORE or text[start + 1 : end] in _BEFORE)
        ):
            continue  # 申请人|签字, 车主家|的孩子, 苗妈妈|来电: a role word and a character
        if text[start : start + 2] in frequent_bigrams() and text[start] not in common_surnames():
            continue  # ，怀疑|签名被冒签: a rarer surname that starts a frequent word is the word
        if text[start : start + 2] in TIME_WORDS:
            continue  # 同意明天来|签字: a time word, not a surname and its given name
        if (
            length == 3
            and (
                _adverb_at(text, end - 1)
                or (text[end - 1] in _COPULAS and not text.startswith(tuple(TITLES), end))
            )
            and is_cjk(text[end : end + 1])
            and text[end] not in JOINING  # (张善为|和李明: a list goes on)
            and strict_name(text, start, end - 1)
        ):
            continue  # 董帅又|打来电话, 陈阳系|母女: an adverb or a copula, not a given character
        if (
            strong
            and length == 3
            and text[end - 1] in _MODALS
            and is_cjk(text[end : end + 1])
            and name_score(text[start : end - 1], slen, True) is not None
        ):
            # 由王凡代|签收, 卜凡代|签收: a modal verb between the name and the cue verb
            return _name_before(text, end - 1, strong)
        if (
            length - slen == 2
            and is_cjk(text[start - 1 : start])
            and text[end - 2 : end] in (verbs())
        ):
            continue  # 为董帅开立|的账户: a verb, not two given characters, inside running text
        last = text[end - 1]
        if last in STOP_CHARS and affinity(last) < -3:
            continue  # 周静已|签字: a function character ends no name (王有为 and 李大为 do)
        if last in _LOCATIVES:
            continue  # 在结算单上|签字: a place on a thing, not a given character
        if last in _NEEDS:
            continue  # 通话详单需|本人: a modal verb, which no given name ends in
        if last in _ROLE_ENDS and length >= 3 and known_word(text[start:end]):
            continue  # 程序员|反映, 安全员|反映: a word for a job, even at the text's start
        cued_before = not strong and _cue_before(text, start)
        if not (strong or cued_before) and (
            text[start:end] in unmistakable_places() or text[end - 1] in PLACE_ENDINGS
        ):
            continue  # 安徽|的政策, 高新区|的客户: a place before a possessive cue
        # With clear text boundaries on both sides (彭于晏您好 at the start of a clause), a
        # function character inside the given name (于) is part of it.
        bounded = not is_cjk(text[start - 1 : start])  # start of text, punctuation, ASCII
        if (
            not (strong or cued_before or bounded)
            and text[start - 1] not in _TO_WHOM
            and (known_word(text[start:end]) or text[start - 1 : start + 1] in word_bigrams())
        ):
            continue  # 根据宁夏|的要求, 吉|林省的…: a word, or inside one, before a possessive
            # (随后向金利|的账户: after a preposition, the one paid is a name still)
        score = name_score(
            text[start:end], slen, strong or cued_before, relaxed=bounded and length >= 3
        )  # (新员工冷月|的工资卡: a cue word on each side is as good as a strong one)
        if score is None:
            continue
        if bounded:
            return start, end, score  # the longest reading that starts at a boundary
        if best is None or score > best[2] + 0.05:
            best = (start, end, score)
    return best


NameHit = tuple[int, int, float, str]  # start, end, score, cue


def find_names(text: str, seeds: Iterable[NameHit] = ()) -> Iterator[NameHit]:
    """Yield (start, end, score, cue) for each name found next to a cue word or in a structure
    that marks a name (a table cell, after a register label, opening a clause, in a list).
    ``seeds`` are names found otherwise (``find_loose_names``): not yielded again, but their
    list partners are."""
    hits = [hit for structure in _STRUCTURES for hit in structure(text)]
    return _with_partners(text, hits, seeds)


def find_names_batch(
    texts: Sequence[str], seeds: Sequence[Iterable[NameHit]]
) -> list[list[NameHit]]:
    """``find_names`` for each text (with its seeds), each structure run over every text before
    the next, so that its code and patterns stay in the CPU's caches (as the engine's stages)."""
    if len(texts) == 1:  # (``detect``: one text, without the loops' cost)
        return [list(find_names(texts[0], seeds[0]))]
    hits: list[list[NameHit]] = [[] for _ in texts]
    for structure in _STRUCTURES:
        for found, text in zip(hits, texts, strict=True):
            found.extend(structure(text))
    return [
        list(_with_partners(text, found, s))
        for text, found, s in zip(texts, hits, seeds, strict=True)
    ]


def _with_partners(text: str, hits: list[NameHit], seeds: Iterable[NameHit]) -> Iterator[NameHit]:
    """The structures' ``hits``, then their list partners and other mentions."""
    yield from hits
    # 伍思凯、欧阳菲菲和黄品源三人: partners of partners, as far as the list goes
    fresh = [*hits, *seeds]
    every = list(fresh)
    found: dict[tuple[int, int], float] = {}
    for h in fresh:
        found[h[0], h[1]] = max(h[2], found.get((h[0], h[1]), 0.0))
    for _ in range(_LIST_LENGTH):
        # (a name found too weakly to vouch, 宫晓婷、隋志刚、钭丽华三人: as a partner it may)
        fresh = [
            p
            for p in _list_partners(text, fresh)
            if (p[0], p[1]) not in found or found[p[0], p[1]] < _VOUCHES <= p[2]
        ]
        if not fresh:
            break
        found.update(((p[0], p[1]), p[2]) for p in fresh)
        every.extend(fresh)
        yield from fresh
    yield from _other_mentions(text, every)


_LIST_LENGTH = 12  # how far along a list partners of partners are followed
_VOUCHES = 0.6  # the score a name needs to vouch for its list partners and other mentions


def _other_mentions(text: str, names: list[NameHit]) -> Iterator[NameHit]:
    """参会人员有龚平、林晓…，会议由龚平主持: a name found once is a name wherever else it stands
    in the same text, unless it runs on into a word or a longer name there (王强调, 李娜娜)."""
    best: dict[str, float] = {}
    for start, end, score, _cue in names:
        if score >= _VOUCHES and end - start >= 2:
            name = text[start:end]
            best[name] = max(score, best.get(name, 0.0))
    repeated = [(name, score) for name, score in best.items() if text.count(name) > 1]
    if not repeated:
        return  # (most texts: each name once)
    seen = {(h[0], h[1]) for h in names}
    for name, score in repeated:
        # (客户高明来电…这个办法确实高明: a name that is a word too is the word inside running
        # text, the name only where a clause opens with it)
        word = known_word(name)
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (
                (i, j) not in seen
                and not joins_left(text, i)
                and loose_right_ok(text, j)
                and not (word and is_cjk(text[i - 1 : i]))
            ):
                yield i, j, score - 0.05, "another mention"
            i = text.find(name, j)


def _cued(text: str) -> Iterator[NameHit]:
    regex = _cue_regex()
    m = regex.search(text)
    outer_end = -1
    while m is not None:
        # A cue inside a longer one that found no name (先生 in 老先生, 经理 in 总经理) marks no
        # name before it: the longer cue's first characters are no given name (万元老|先生).
        hits = _cued_at(text, m, look_before=m.end() > outer_end)
        yield from hits
        # 入职员工喻欣怡: when the leftmost cue (职员) found no name, one overlapping it (员工) may
        if not hits:
            outer_end = max(outer_end, m.end())
        m = regex.search(text, m.end() if hits else m.start() + 1)


# What a title after a name may begin instead (金杜|律师事务所, 立信|会计师事务所): an institution
# named after a place or a word, no person.
_INSTITUTIONS = ("事务所", "协会", "学会", "公会", "学院", "学校", "公司", "集团")
# The cues of one addressed (厉娜，你上次…; 董帅，您好; “沈墨白，我们认识十年了”): any word may open
# a sentence before them.
_ADDRESSED_AFTER = frozenset({"，您", "，你", "，我"})
_GREETINGS = frozenset({"您好", "你好"})
# What a greeted name may follow (尊敬的张伟您好, 【通知】王芳你好, a line's start).
_BEFORE_A_GREETED = frozenset(("", "的", "】", "，", ",", "。", "：", ":", " ", "\n", "@", "、"))
# Verbs and prepositions before 本人 (持本人身份证, 由本人签字): the phrase names no one before it.
_VERBS_OF_ONESELF = frozenset("持凭用以携由是为与和及请")


def _addressed(text: str, start: int, end: int) -> bool:
    """A name before ，您, ，你 or ，我 opens its sentence and is no word or place."""
    name = text[start:end]
    return not (
        is_cjk(text[start - 1 : start])
        or known_word(name)
        or name in unmistakable_places()
        or (len(name) >= 3 and name[-1] in PLACE_ENDINGS)
    )


# Cues after a name that follow any noun as often (纪念堂|手里, 学生|家长): only a strict name
# (a common surname, typical given characters, no word) before them.
_LOOSE_AFTER = frozenset(("手里", "手上", "手中", "家长", "大娘", "大婶", "大叔"))
_LOOSE_BEFORE = frozenset(("老板",))  # (小卖部老板付国良问…)


def _cued_at(text: str, m: re.Match[str], look_before: bool = True) -> list[NameHit]:
    """The names a cue word marks: before it, after it, or both (石磊和妻子冯雪)."""
    cue = m.group()
    if (
        cue.isascii()
        and m.start()
        and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ):
        return []  # product_name, filename: part of a longer key (record keys: ``_keyed``)
    if (
        m.start()
        and text[m.start() - 1 : m.start() + 1] in frequent_bigrams()
        and text[m.end() - 1 : m.end() + 1] in frequent_bigrams()
    ):
        return []  # 将客户名单拷贝…: words overlap the cue on both sides (客户|名单), no cue
    found: list[NameHit] = []
    # (the reading after a cue that goes both ways, once it has been read to weigh the one before)
    after: tuple[int, int, float] | None = None
    after_read = False
    if (
        look_before
        and cue in _AFTER
        and text[m.start() - 1 : m.start()] not in _VERBS_OF_ONESELF
        and not text.startswith(_INSTITUTIONS, m.end())
    ):
        end = m.start()
        if text[end - 1 : end] in "）)":
            # 冻结雷彬（5117…）名下: the name before a bracket that holds its ID or a note
            opening = max(
                text.rfind("（", max(0, end - 30), end), text.rfind("(", max(0, end - 30), end)
            )
            if opening > 0:
                end = opening
        hit = _name_before(text, end, strong=not cue.startswith("的"))
        if hit and cue in _LOOSE_AFTER and not strict_name(text, hit[0], hit[1]):
            hit = None  # 纪念堂|手里, 王家|手里: only a name of the common shape
        if hit and hit[1] == m.start() and cue.startswith(("支行", "分行")):
            hit = None  # 南城|支行行长: the branch's name (a name stands apart: 董帅任|支行行长)
        if hit and cue == "老人" and known_word(text[hit[0] : hit[1]]):
            hit = None  # 一边安抚|老人: a verb before the elder, whom a name would precede
        if hit and cue in TITLES and joins_left(text, hit[0]):
            hit = None  # 维修工贺|师傅: a word runs into the reading, a surname and a title remain
        if hit and text[hit[1] - 1] in _BODY_ENDS and known_word(text[hit[0] : hit[1]]):
            hit = None  # 纪委|书记, 党委|书记: a body and its post, no name
        if hit and hit[1] - hit[0] >= 3 and text[hit[1] - 1] in _SETTLEMENT_ENDS:
            hit = None  # 打电话到饶埠乡|一家彩票投注站: a township, a county, a village, a road
        if hit and cue in _ADDRESSED_AFTER and not _addressed(text, hit[0], hit[1]):
            hit = None  # 凌晨，您的账户…, 伊宁市，您…: a word or a place opens the sentence
        if hit and cue in _GREETINGS and text[hit[0] - 1 : hit[0]] not in _BEFORE_A_GREETED:
            hit = None  # 工信部您好: a greeted name stands apart, the word before it is no name
        if hit and cue in _BEFORE:
            # 由财务|总监卢志刚, 纪委|书记单立新: before a cue both ways, a weak reading or a word
            # yields to a name after it (视频中廉洁|本人出镜: with none after, the word stays)
            # (麻醉|医生：洪梅: a cue before a colon is a label, and what stands before it too)
            word = known_word(text[hit[0] : hit[1]]) or text[m.end() : m.end() + 1] in (":", "：")
            if word or hit[2] < _VOUCHES:
                after, after_read = _cued_name_after(text, m.end(), cue), True
                if after is not None and (word or after[2] > hit[2]):
                    hit = None
        if hit:
            found.append((*hit, cue))
            if cue in _BEFORE and not cue.startswith("之"):
                return found  # (a cue both ways marks one name: 本人 after a name, or before;
                # but 聂文华之子聂鑫 names the parent and the child)
    if cue not in _BEFORE:
        # 老人的儿子甘立新, 石磊和妻子冯雪: a cue that fits neither way, or that marked the name
        # before it, may end in a shorter one (儿子, 妻子) that marks a name after it
        cue = next((cue[k:] for k in range(1, len(cue)) if cue[k:] in _BEFORE), "")
    if cue:
        # (a cue read after already is one both ways, unchanged by the shortening above)
        hit = after if after_read else _cued_name_after(text, m.end(), cue)
        if hit and cue in _LOOSE_BEFORE and not strict_name(text, hit[0], hit[1]):
            hit = None  # 老板|安定团结: after a word as often a title as a cue, a strict name only
        if hit and (cue in verbs() or cue[-1] == "给") and text[hit[0] : hit[1]] in _BEFORE:
            hit = None  # 自称孙子, 过户给孙子: after a verb, a kin word or a role (a cue itself)
            # is no name
        if hit and any(text[m.end() - 1 : m.end() + n] in crossing_words() for n in (2, 3, 4)):
            hit = None  # 局长|江大桥: the cue's last character starts a longer word (长江大桥)
        if hit:
            found.append((*_to_the_title(text, hit), cue))
    return found


def _cued_name_after(text: str, pos: int, cue: str) -> tuple[int, int, float] | None:
    """The name that ``cue``, ending at ``pos``, marks after it."""
    strong = cue in _STRONG or cue.endswith("姓名")
    return _name_after(text, pos, strong, weak=cue in _WEAK)


def _to_the_title(text: str, hit: tuple[int, int, float]) -> tuple[int, int, float]:
    """尊敬的张善为先生: a name read up to a function character (为) that a title follows right
    after it runs to the title: the title closes the name, the character is a given one."""
    start, end, score = hit
    if (
        end - start == 2
        and text[end + 1 : end + 3] in _ADDRESS_TITLES
        and is_cjk(text[end : end + 1])
        and text[end] not in JOINING
        and affinity(text[end]) > -2  # (为 may end a name, 在 and 的 may not: 张三在先生家)
        and surname_len(text, start) == 1
    ):
        longer = name_score(text[start : end + 1], 1, False, relaxed=True)
        if longer is not None:
            return start, end + 1, max(score, longer)
    return hit


_BRACKETS = frozenset("[【")
_LOOSE_SEPARATORS = frozenset("[【】]；、，")  # (、 and ，: a list in prose as often as a row)


def _loose_cell(text: str, start: int, end: int) -> bool:
    """A cell bounded by brackets or a full-width semicolon, which prose uses too."""
    return text[start - 1 : start] in _LOOSE_SEPARATORS or text[end : end + 1] in _LOOSE_SEPARATORS


def _beside_a_value(text: str, start: int, end: int) -> bool:
    """Does such a cell ([屈雷][1381…], 屈雷；1381…) stand next to a value, as in a record, rather
    than before a message, as a sender's signature does, or among clauses?"""
    nxt = text[end + 1 : end + 4].lstrip(" ")[:1]
    before = text[max(0, start - 4) : max(0, start - 1)].rstrip(" ")[-1:]
    # (持股比例50%；马丽，: a percentage ends a value too)
    return any(c.isascii() and (c.isalnum() or c == "%") for c in (nxt, before)) or nxt in _BRACKETS


def _cell_matches(
    text: str, at_start: re.Pattern[str], after_separator: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The cells of a row: the first one, then each one after a separator."""
    first = at_start.match(text)
    if first:
        yield first
    yield from after_separator.finditer(text)


def _cells(text: str) -> Iterator[NameHit]:
    if _CELL_HINT.search(text) is None and _LIST_VALUE_HINT.search(text) is None:
        return
    bigrams, places = frequent_bigrams(), place_names()
    for m in _cell_matches(text, _CELL_AT_START, _CELL_RE):
        start, end = m.span("n")
        slen = surname_len(text, start)
        cell = text[start:end]
        if cell in bigrams or cell in places:
            continue  # 黄金,100 / 苏州,南京: a cell with no cue is a frequent word or a place first
        a, b = m.span("body")
        if _loose_cell(text, a, b) and not _beside_a_value(text, a, b):
            continue  # 【阿里云】您的验证码…, 同意；万事；…: a sender or a clause, no record's cell
        if slen and end - start - slen in (1, 2):
            score = name_score(text[start:end], slen, False)
            if score is not None:
                yield start, end, score - 0.05, "table cell"


def _shaped(
    text: str,
    spans: Iterable[tuple[int, int]],
    penalty: float,
    cue: str,
    rare_too: bool = False,
) -> Iterator[NameHit]:
    """Each span a structure with no cue word marks, when it is shaped like a name (with
    ``rare_too``, for a structure that marks people alone, also a rarer surname and one typical
    given character: @柏雪)."""
    for start, end in spans:
        if _shaped_like_a_name(text, start, end) or (
            rare_too and _rare_and_one_given(text, start, end)
        ):
            score = name_score(text[start:end], surname_len(text, start), False)
            if score is not None:
                yield start, end, score - penalty, cue


_DEMONSTRATIVES = frozenset("那一 那两 那几 那些 那个 那位 那种 那天 那次 那年 那时".split())


def _structure_hit(text: str, start: int, end: int, cue: str) -> NameHit | None:
    """A strict name that a sentence structure marks, with no cue word: not a place (沈阳), and
    scored 0.15 below a cued name."""
    if text[start:end] in place_names() or sits_across_a_word(text, start, end):
        return None
    if text[start : start + 2] in _DEMONSTRATIVES:
        return None  # 重点是那一章: 那, "that", and a count, not the surname 那
    score = name_score(text[start:end], surname_len(text, start), False)
    return None if score is None else (start, end, score - 0.15, cue)


def _shaped_like_a_name(text: str, start: int, end: int) -> bool:
    """What a structure without a cue word asks of a name: strict or plausible."""
    return strict_name(text, start, end) or plausible_name(text, start, end)


def _strict_hits(text: str, spans: Iterable[tuple[int, int]], cue: str) -> Iterator[NameHit]:
    """The spans that are strict names, as hits of a structure marked ``cue``."""
    for start, end in spans:
        if strict_name(text, start, end):
            hit = _structure_hit(text, start, end, cue)
            if hit is not None:
                yield hit


_BRACKETED_SPEAKER_RE = re.compile(r"【([\u4e00-\u9fff]{2,4})】")


def _after_colon(text: str) -> Iterator[NameHit]:
    yield from _shaped(text, _groups(_AFTER_COLON_RE.finditer(text)), 0.1, "after colon")
    # 风险测评：王震，…: after any other label, only a strict name, alone in its field
    spans = (m.span(1) for m in _ANY_LABEL_RE.finditer(text))
    yield from _strict_hits(text, spans, "alone after a label")
    yield from _shaped(text, _speakers(text), 0.1, "speaker", rare_too=True)
    if text.startswith("【") and (bracketed := _BRACKETED_SPEAKER_RE.match(text)):
        # 【陈宝存】老蔡的书…: an interview's speaker in brackets, opening the text
        yield from _shaped(text, [bracketed.span(1)], 0.1, "speaker")
    if "]" in text:
        yield from _chat_speakers(text)


# A chat export's line: [2026-11-26 20:16] 杭丽：… The time stamp and the colon mark the sender,
# so a rarer surname with one given character (杭丽) is read as after a label.
_CHAT_SPEAKER_RE = re.compile(
    r"\[[^\]]{0,24}[0-9]:[0-9]{2}[^\]]{0,8}\]\s?([\u4e00-\u9fff]{2,4})[:：]"
)


def _chat_speakers(text: str) -> Iterator[NameHit]:
    for m in _CHAT_SPEAKER_RE.finditer(text):
        start, end = m.span(1)
        slen = surname_len(text, start)
        name = m.group(1)
        if not slen or known_word(name) or name in place_names() or name[slen:] in _KIN_TITLES:
            continue
        score = name_score(name, slen, True)
        if score is not None:
            yield start, end, score - 0.1, "chat sender"


# How a chat names its sender by surname and kinship (王姐, 李叔): no full name.
_KIN_TITLES = KIN_TITLES | frozenset("叔伯弟妹")


def _groups(matches: Iterable[re.Match[str]]) -> Iterator[tuple[int, int]]:
    return (m.span(1) for m in matches)


_DEPARTMENT_ENDS = frozenset("部科处室组岗")  # (岗: a post, 反洗钱岗祁雪)


def _speakers(text: str) -> Iterator[tuple[int, int]]:
    """The run of 2-4 Chinese characters before each colon, when it starts the text or follows
    punctuation or a space (found from the colons: there are few, and re cannot look back)."""
    for colon in _COLON.finditer(text):
        end = colon.start()
        if (
            text[end - 1 : end] in ("）", ")")
            and (opening := text.rfind("（", max(0, end - 8), end)) > 0
        ):
            end = opening  # 董帅（大堂）：…: the speaker before a bracketed aside
        start = end
        while start > 0 and end - start <= 4 and is_cjk(text[start - 1]):
            start -= 1
        if end - start == 4 and text[start : start + 2] in _REPLIES_TO:
            yield start + 2, end  # 回复郝建：…: the reply's addressee
        elif (
            3 <= end - start <= 4 and text[start] == "转" and text[start - 1 : start] in _LINE_START
        ):
            yield start + 1, end  # 转董帅：请跟进: forwarded to someone, at a message's start
        elif 3 <= end - start <= 4 and text[start] == "致":
            yield start + 1, end  # 致董帅：…: a letter's addressee
        elif end - start >= 3 and any(
            text[end - n - 1] in _DEPARTMENT_ENDS and _name_without_cue(text, end - n, end)
            for n in (2, 3)
            if end - n - 1 >= 0
        ):
            n = 2 if text[end - 3] in _DEPARTMENT_ENDS else 3
            yield end - n, end  # 财务部李利：…: a department and one of its people
        elif (
            2 <= end - start <= 4
            and (start == 0 or text[start - 1] in _SPEAKER_BEFORE)
            and not (end - start == 2 and text[start + 1] in _KIN_TITLES)  # 王姐：… names no one
        ):
            yield start, end


def _pairs(text: str) -> Iterator[NameHit]:
    if "和" not in text and "与" not in text and "、" not in text:
        return
    for m in _PAIR_RE.finditer(text):
        spans = (m.span(1), m.span(2))
        if text[m.end() : m.end() + 1] == "是":
            clause = text[m.end() : m.end() + 16]
            clause = clause[: min((clause.find(p) for p in "，。；,;" if p in clause), default=16)]
            if _PEOPLE_NOUNS.search(clause) is None:
                continue
        if all(_shaped_like_a_name(text, a, b) for a, b in spans):
            yield from _shaped(text, spans, 0.15, "two names joined")


def _subjects(text: str) -> Iterator[NameHit]:
    first = _SUBJECT_AT_START.match(text)
    leaders = [v.end() for v in _VERB_LEADER_RE.finditer(text)]
    after_verbs = (_SUBJECT_AT_START.match(text, end) for end in leaders)
    matches = itertools.chain(
        [first] if first else [],
        *(regex.finditer(text) for regex in _subject_regexes()),
        (m for m in after_verbs if m),
    )
    words = [m.end() for m in _leader_word_regex().finditer(text)]
    yield from _verb_subjects(text, itertools.chain(leaders, words), frozenset(leaders))
    yield from _set_phrases(text)
    yield from _objects_before_de(text)
    yield from _complements(text)
    yield from _objects_at_clause_end(text)
    yield from _objects_before_amounts(text)
    for m in matches:
        start, end = m.span(1)
        if text[m.start() : m.start() + 2] in _LEADER_SET and m.start() + 2 > start:
            continue  # 由于倪建提供…: the leading word 由于, not the mark 由 before 于倪建
        start = _after_preposition(text, start, end)
        subject_score = _subject(text, start, end)
        if subject_score is None and end - start >= 3 and text[start] in JOINING:
            start += 1  # 要求|与向华强当面: the subject came after a preposition
            subject_score = _subject(text, start, end)
        if subject_score is None and end - start == 4 and text[end - 1] == "才":
            end -= 1  # 宋雅琴|才把材料补齐: 才, an adverb after a full name (施永才 stays whole)
            subject_score = _subject(text, start, end)
        if subject_score is not None:
            yield start, end, subject_score, "sentence subject"


# A preposition before its object (对国英的违规行为, 已将牛彬的诉求, 以林峰的名义): with 的 after
# it, a strict name is the object. Found from the prepositions, which re skips to at C speed.
# (据: 根据, 关: 有关; 系, the copula: 陈阳系罗建平的法定监护人)
_PREPOSITION_RE = re.compile(
    "[对将把向给与跟据在关了以叫过由系做](?=[\u4e00-\u9fff]{2,3}(?:的|[和与及][\u4e00-\u9fff]{1,6}的))"
)


# 是, 为 or 叫 before a name that ends the clause (当天值班的是董帅。, 讲师为范岩。, 老人叫倪建，,
# 喂，是孟凡吗？).
_IS_RE = re.compile(
    "[是为叫](?:那个|这个|那位|这位)?"  # (就是那个董帅，: the one pointed at)
    "(?=[\u4e00-\u9fff]{2,3}的?[。，；！？,;!?吗吧呢]|[\u4e00-\u9fff]{2,3}的?$)"
    # (我是开小卖部的蓝秀芳，: who the speaker is, described, then named)
    "|我是[^。，；！？,;!?的]{1,10}的(?=[\u4e00-\u9fff]{2,3}[。，；！？,;!?]|[\u4e00-\u9fff]{2,3}$)"
)


_QUESTION_ENDS = frozenset("吗吧呢")  # (是孟凡吗？, 估计是鲁娜吧，: a particle closes the clause)
_CHECKING_ENDS = frozenset(("是吧", "是吗", "对吧", "对吗"))  # (叫许博是吧: asking to be sure)


def _complements(text: str) -> Iterator[NameHit]:
    if "是" not in text and "为" not in text and "叫" not in text:
        return
    for m in _IS_RE.finditer(text):
        i = m.end()
        for end in (i + 2, i + 3):
            if end > len(text):
                break
            after = end + (text[end : end + 1] == "的")  # (这张卡原来是倪建的，: whose)
            closes = (
                text[after : after + 1] in _QUESTION_ENDS
                or not is_cjk(text[after : after + 1])
                or text[after : after + 2] in _CHECKING_ENDS  # (叫许博是吧，)
            )
            named = (
                text[m.start()] == "叫"
                and end - i == 3
                and surname_len(text, i) == 1
                and not known_word(text[i:end])
                and not stops_name(text, end - 1)  # (叫许博是吧: the copula, no given character)
                and name_score(text[i:end], 1, True) is not None
            )
            if closes and (named or _name_without_cue(text, i, end)):
                # (身份证上叫岳长贵，: a naming verb, a plausible full name after it)
                hit = _structure_hit(text, i, end, "complement of 是, 为 or 叫")
                if hit is not None:
                    yield hit
                break


# Where a clause ends after a name that is a verb's object (我问了唐伟，, 你认识卢平吗？).
_CLAUSE_END_RE = re.compile("[。，；！？,;!?吗呢吧]|$")  # (or the text's end: …交接给巩丽丽)
# Single verbs, and the particles after a verb, that stand right before an object.
_BEFORE_AN_OBJECT = frozenset("了过问找叫请让给")
# Words before an object that jieba does not tag as verbs: acting together (伙同何亮，…), and a
# verb's measure (问一下王欣，).
_WITH = frozenset("伙同 勾结 串通 陪同 带领 协同 不上 不到 关于 对于 至于 一下".split())
# How many times, after an object (我找了王建华好几次，).
_TIMES = "次回趟遍"
_TIMES_RE = re.compile(f"(?:好几|几|多|[{_NUMERALS}两0-9]{{1,2}})[{_TIMES}]$")
_TIMES_UNITS = frozenset(_TIMES)


def _objects_at_clause_end(text: str) -> Iterator[NameHit]:
    """A strict name between a verb and the end of a clause is the verb's object (伙同何亮，,
    我问了唐伟，, 你认识卢平吗？): found from the clause ends, read back."""
    firsts = _surname_firsts()
    for m in _CLAUSE_END_RE.finditer(text):
        p = m.start()
        if text[p - 1 : p] == "了":
            p -= 1  # 寄给倪建|了。
        if text[p - 1 : p] in _TIMES_UNITS:
            times = _TIMES_RE.search(text, max(0, p - 4), p)
            if times:
                p = times.start()  # 找了王建华|好几次，
        if not "\u4e00" <= text[p - 1 : p] <= "\u9fff":
            continue  # (most clause ends in records follow a number)
        for start in (p - 3, p - 2):
            if start < 2 or text[start] not in firsts:
                continue  # (cheap tests first: most clause ends follow no name)
            if text[start - 1] in _PAIRING and strict_name(text, start, p):
                yield from _pair_at_clause_end(text, start, p)  # 发给姜丽和董明，
                break
            if not _object_follows(text, start):
                continue
            if text[start - 1 : start + 1] in frequent_bigrams():
                continue  # 整个过程|中: the particle and the "surname" are a word
            if _cue_before(text, start + 1):
                continue  # 付款方|羊玉: the "surname" ends a cue word, the name follows it
            # (a rarer surname before two typical given characters too, 可咨询应志强，, unless
            # the last one ends places or houses: 乌兰湖, 万贯家)
            if (
                strict_name(text, start, p)
                or (
                    p - start == 3
                    and plausible_name(text, start, p)
                    and text[p - 1] not in PLACE_ENDINGS
                    and text[p - 1] != "家"
                )
                or (  # 交接给濮建。, 找斯帅，, 发给了穆青，: after a verb that takes a person
                    (
                        text[start - 1] in _TAKES_A_PERSON
                        or (text[start - 1] == "了" and text[start - 2] in _TAKES_A_PERSON)
                    )
                    and _rare_in_structure(text, start, p)
                )
            ):
                hit = _structure_hit(text, start, p, "object at the end of a clause")
                if hit is not None:
                    yield hit
                break


# 借给谢建民十万元, 转给了陶芳3000块: the one given to, right before the amount given.
_GIVEN_AMOUNT_RE = re.compile(
    f"给了?([\u4e00-\u9fff]{{2,3}}?)(?=(?:[0-9]+|[{_NUMERALS}两几百千]+)[万千百]?[元块])"
)


def _objects_before_amounts(text: str) -> Iterator[NameHit]:
    """A strict name after 给 and before an amount of money (借给谢建民十万元)."""
    if "给" not in text:
        return
    spans = (m.span(1) for m in _GIVEN_AMOUNT_RE.finditer(text))
    yield from _strict_hits(text, spans, "the one given an amount")


_PAIRING = frozenset("和与、及")
_TAKES_A_PERSON = frozenset("给找问叫让")  # (one character before an object that is a person)


def _object_follows(text: str, start: int) -> bool:
    """Does a verb (or a particle or word that stands before an object) end right before
    ``start``?"""
    before = text[start - 2 : start]
    return (
        text[start - 1] in _BEFORE_AN_OBJECT
        or before in verbs()
        or before in _UNTAGGED_VERBS
        or before in _WITH
    )


def _pair_at_clause_end(text: str, start: int, end: int) -> Iterator[NameHit]:
    """Two strict names joined, a verb's objects at the end of a clause (发给姜丽和董明，)."""
    joint = start - 1
    for first in (joint - 3, joint - 2):
        if (
            first >= 2
            and strict_name(text, first, joint)
            and _object_follows(text, first)
            and not _cue_before(text, first + 1)
        ):
            for a, b in ((first, joint), (start, end)):
                hit = _structure_hit(text, a, b, "objects at the end of a clause")
                if hit is not None:
                    yield hit
            return


# Prose with no cue word, where a strict name stands in one of these places:
# - addressed right after an apology, a greeting or thanks (对不起，董帅，让您久等了);
# - with whom one talks or meets (请尽快和董帅联系, 已与范岩核实);
# - for whom someone does a thing of one character (替董帅还信用卡, 帮倪建查一下, 给夏莹回了电话);
# - the object of a verb before 的是 (接待董帅的是大堂经理).
_ADDRESSING = (
    "对不起 抱歉 不好意思 谢谢 谢谢您 您好 你好 早上好 上午好 下午好 晚上好 辛苦了 打扰了 "
    "好的 收到 明白 嗯嗯"
)
_ADDRESSED_RE = re.compile(trie_pattern(_ADDRESSING.split()) + "[，,]? ?")
_ADDRESS_ENDS = frozenset("，,！!。？?~～")
# 辛苦董帅了~, 多谢范岩！: thanks to someone, named between the word of thanks and 了 or a mark.
_THANKED_RE = re.compile(
    "(?:辛苦|谢谢|多谢|感谢)(?=[\u4e00-\u9fff]{2,3}了?[，,！!。~～]|[\u4e00-\u9fff]{2,3}了?$)"
)
_CO_AGENT = frozenset("和与跟同")
_TALK_RE = re.compile("[我你您咱吧呢啊呀哈嘛谢]")  # (a message to someone: 发我一下, 好吧, 谢谢)


def _bracketed_subjects(text: str) -> Iterator[NameHit]:
    """【董帅】今天下午请假: a name in brackets that then acts (a time word, a verb or a word that
    follows a subject after the bracket), as a roster or a log writes it. A sender's signature
    (【阿里云】您的验证码…) is no name and acts on no one."""
    i = text.find("【")
    while i >= 0:
        for end in (i + 3, i + 4):
            if (
                text[end : end + 1] == "】"
                and (
                    _time_starts(text, end + 1)
                    or _verb_at(text, end + 1)
                    or _follower_regex().match(text, end + 1) is not None
                )
                and _name_without_cue(text, i + 1, end)
            ):
                hit = _structure_hit(text, i + 1, end, "a subject in brackets")
                if hit is not None:
                    yield hit
                break
        i = text.find("【", i + 1)


def _addressed_at_the_end(text: str) -> Iterator[NameHit]:
    """转账截图发我一下，吴磊: a strict name after the last comma of a message that speaks to
    someone (a pronoun or a particle of talk in it), the one it is addressed to. Not after a
    report (…下降28个基点，朱红。: a colour, as 雷雨 and 吴语 are words)."""
    end = len(text) - (text[-1:] in _ADDRESS_ENDS)
    k = max(text.rfind("，", max(0, end - 4), end), text.rfind(",", max(0, end - 4), end))
    if (
        k > 0
        and 2 <= end - k - 1 <= 3
        and strict_name(text, k + 1, end)
        and not known_word(text[k + 1 : end])
        and _TALK_RE.search(text, 0, k) is not None  # (last: a scan of the whole message)
    ):
        hit = _structure_hit(text, k + 1, end, "addressed at the end")
        if hit is not None:
            yield hit


_TOGETHER = (
    "联系 联络 沟通 确认 核实 核对 见面 面谈 商量 协商 交流 对接 通话 通电话 谈话 谈谈 约定 "
    "签订 签署 合作 合伙 一起 一同 共同 结婚 离婚 取得联系 聊 聊天 说 讲 谈 "
    "约好 说好 谈好 讲好 商定 不熟 熟悉 认识 不认识 见过 没见过".split()
)
_TOGETHER_RE = re.compile(trie_pattern(_TOGETHER))
_ON_BEHALF = frozenset("替帮给为")
# Verbs of one character done for someone, with an object after them (还信用卡, 查余额, 回电话).
_DONE_FOR = frozenset("还查办买交付打取存转开填签拿送订回挂缴垫寄补换点")
_DONE_FOR_OBJECTS = frozenset("了一个张笔份")


@cache
def _beside_regex() -> re.Pattern[str]:
    """The characters before a person in prose (和, 与, 替, 给 …), before a surname."""
    firsts = "".join(sorted(_surname_firsts()))
    return re.compile(f"[{''.join(sorted(_CO_AGENT | _ON_BEHALF))}](?=[{firsts}])")


def _in_prose(text: str) -> Iterator[NameHit]:
    tail = text[-5:]
    if "，" in tail or "," in tail:  # (the tests before the calls: most lines hold neither)
        yield from _addressed_at_the_end(text)
    if "【" in text:
        yield from _bracketed_subjects(text)
    for m in _THANKED_RE.finditer(text):
        i = m.end()
        for end in (i + 2, i + 3):
            if end > len(text):
                break
            close = end + (text[end : end + 1] == "了")
            if (
                close == len(text) or text[close : close + 1] in _ADDRESS_ENDS
            ) and _name_without_cue(text, i, end):
                hit = _structure_hit(text, i, end, "thanked")
                if hit is not None:
                    yield hit
                break
    for m in _ADDRESSED_RE.finditer(text):
        i = m.end()
        for end in (i + 2, i + 3):
            if text[end : end + 1] in _ADDRESS_ENDS and _name_without_cue(text, i, end):
                hit = _structure_hit(text, i, end, "addressed")
                if hit is not None:
                    yield hit
                break
    for m in _beside_regex().finditer(text):
        i = m.end()
        for end in (i + 2, i + 3):
            if not _name_without_cue(text, i, end):
                continue
            if m.group() in _CO_AGENT:
                ok = _TOGETHER_RE.match(text, end) is not None
                cue = "with whom one talks"
                if not ok and text[end : end + 1] == "、":
                    # 我和倪建、陈阳一起…: a pronoun and the first of a list of people
                    ok = text[m.start() - 1 : m.start()] in _PRONOUNS
                    cue = "listed after a pronoun"
            else:
                after = text[end + 1 : end + 2]
                ok = (
                    text[end : end + 1] in _DONE_FOR
                    and (after in _DONE_FOR_OBJECTS or is_cjk(after))
                ) or (
                    # 为滕建业办理了三张电话卡, 替董帅还款: a service done for someone
                    text[end : end + 2] in SERVICE_VERBS or text[end : end + 2] in _UNTAGGED_VERBS
                )
                cue = "for whom a thing is done"
            if ok:
                hit = _structure_hit(text, i, end, cue)
                if hit is not None:
                    yield hit
                break
    yield from _case_parties(text)
    i = text.find("的是")
    while i >= 0:
        for start in (i - 2, i - 3):
            if (
                start >= 2
                and text[start - 2 : start] in verbs()
                and _name_without_cue(text, start, i)
            ):
                hit = _structure_hit(text, start, i, "object before 的是")
                if hit is not None:
                    yield hit
                break
        i = text.find("的是", i + 2)


# A lawsuit's title (我行诉覃国庆金融借款合同纠纷一案, 某银行诉赵大海、钱小红借款合同纠纷案): the
# party after 诉 is sued, and the case's name follows it in the same clause.
_SUED_RE = re.compile("(?<![投申告])诉(?:被告)?")
_CASE_AFTER_RE = re.compile("[^，。；,;：:]{0,14}?(?:纠纷|一案|案件)")


def _case_parties(text: str) -> Iterator[NameHit]:
    if "诉" not in text:
        return
    for m in _SUED_RE.finditer(text):
        i = m.end()
        for end in (i + 3, i + 2):
            if text[end - 1 : end + 1] in frequent_bigrams() or (
                end - i == 3 and known_word(text[i : i + 2])
            ):
                continue  # 诉万一|金融…: a word and the case's first word, no name
            if (
                _name_without_cue(text, i, end)
                and _CASE_AFTER_RE.match(text, end)
                and _ORGANIZATION_AHEAD.match(text, end) is None  # (诉金海公司…: a firm)
            ):
                hit = _structure_hit(text, i, end, "party to a lawsuit")
                if hit is not None:
                    yield hit
                break


def _with_a_role(text: str, i: int) -> bool:
    """董帅|与客户范岩…: 与, 和, 跟 or 同 and a cue word for a person follow a subject."""
    if text[i : i + 1] not in _CO_AGENT:
        return False
    cue = _cue_regex().match(text, i + 1)
    return cue is not None and cue.group() in _BEFORE


# A name between two 、 (…有董帅、夏莹、张伟，): the middle of a list, bounded on both sides; the
# items on either side are then its list partners.
_LIST_MIDDLE_RE = re.compile("(?<=、)[\u4e00-\u9fff]{2,3}(?=、)")


# An item of a numbered list (签到表：1.岑国华（…） 2.麦淑贞（…）): a number and a point, then the
# item up to a bracket, a comma or a space.
_NUMBERED_ITEM_RE = re.compile(
    r"(?:^|(?<=[\s，,；;：:]))[0-9]{1,2}[.．、] ?([\u4e00-\u9fff]{2,3})(?=[（(，,；;\s]|$)"
)


def _list_middles(text: str) -> Iterator[NameHit]:
    """Names inside a list: between two 、, or an item of a numbered list."""
    if text.count("、") >= 2:
        for m in _LIST_MIDDLE_RE.finditer(text):
            if (hit := _cueless_hit(text, m.start(), m.end(), "inside a list")) is not None:
                yield hit
    if "." in text or "．" in text or "、" in text:
        for m in _NUMBERED_ITEM_RE.finditer(text):
            hit = _cueless_hit(text, m.start(1), m.end(1), "an item of a numbered list")
            if hit is not None:
                yield hit


_PAIR_JOINERS = frozenset("和与及")
# 除董帅外, 除倪建以外，…: the one excepted, between 除 and 外 (除了 opens a subject already).
_EXCEPT_RE = re.compile("除(?=[\u4e00-\u9fff]{2,3}(?:以外|之外|外)[，,])")
# 以董帅为首的团伙: the one who leads; 该房屋归董帅所有: the one who owns.
_AT_THE_HEAD_RE = re.compile("以([\u4e00-\u9fff]{2,3})为首|归([\u4e00-\u9fff]{2,3})所有")
# 包括董帅、倪建和夏莹在内: the people a count includes, listed.
_INCLUDING_RE = re.compile("包括((?:[\u4e00-\u9fff]{2,3}[、和与及]){0,6}[\u4e00-\u9fff]{2,3})在内")
_LIST_SPLIT_RE = re.compile("[、和与及]")
# 判处柏志强有期徒刑十二年: the one a court sentences, before the penalty.
_PENALTIES = ("有期徒刑", "无期徒刑", "死刑", "拘役", "管制", "罚金")
_SENTENCED_RE = re.compile("判处(?=[\u4e00-\u9fff]{2,3}(?:" + "|".join(_PENALTIES) + "))")


# Verbs done to a person's things by a bank, a court or the police (收到董帅的投诉, 冻结范岩的
# 账户); a general verb (完成, 进行) before a word-like name and 的 reads no owner (完成雷雨的…).
_OWNER_VERBS = SERVICE_VERBS | frozenset(
    "收到 接到 接听 驳回 批准 同意 拒绝 受理 采纳 联系 通知 调取 调阅 查询 查看 查阅 核查 审查 "
    "整理 收集 复印 保管 退回 扣划 划扣 泄露 盗用 冒用 更正 删除 修改 变更 处理 表彰 通报 "
    "尊重 维护 保护 听取 转达 转交 签收 登记 录入 上传 开通 关闭 "
    "免去 撤销 解除 取消 暂停 恢复".split()
)


def _verb_ends_at(text: str, k: int) -> bool:
    """Does one of ``_OWNER_VERBS`` (收到, 受理), alone or with 了 (整理了), end right before
    ``k``?"""
    if text[k - 1 : k] == "了":
        k -= 1
    return text[k - 2 : k] in _OWNER_VERBS


def _owners_after_verbs(text: str) -> Iterator[NameHit]:
    """收到董帅的书面投诉, 受理了范岩的报案, 整理了倪建提交的材料: a strict name between a verb
    and 的, or between a verb and the verb of a clause before 的, owns the thing."""
    d = text.find("的", 3)
    while d > 0:
        # (整理了倪建|提交|的: a verb between the name and 的; 查询了董帅|近三个月|的: a time)
        ends = [d]
        if _verb_at(text, d - 2):
            ends.append(d - 2)
        ends.extend(e for e in range(max(3, d - 7), d - 2) if _time_starts(text, e))
        for end in ends:
            start = next(
                (
                    s
                    for s in (end - 2, end - 3)
                    if s >= 2 and _verb_ends_at(text, s) and strict_name(text, s, end)
                ),
                -1,
            )
            if start >= 0:
                hit = _structure_hit(text, start, end, "owner after a verb")
                if hit is not None:
                    yield hit
                break
        d = text.find("的", d + 1)


def _included(text: str) -> Iterator[NameHit]:
    """包括董帅、倪建和夏莹在内: each name of the list, when every item is shaped like one (a
    list of words, 包括北京、上海在内, names none)."""
    for m in _INCLUDING_RE.finditer(text):
        spans, pos = [], m.start(1)
        for item in _LIST_SPLIT_RE.split(m.group(1)):
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        if all(_name_without_cue(text, a, b) for a, b in spans):
            for a, b in spans:
                hit = _structure_hit(text, a, b, "listed as included")
                if hit is not None:
                    yield hit


def _set_phrases(text: str) -> Iterator[NameHit]:
    """A name inside a set phrase that marks a person: 除X外, 以X为首, 归X所有, 包括X、Y在内,
    判处X有期徒刑."""
    if "除" in text:
        for m in _EXCEPT_RE.finditer(text):
            i = m.end()
            end = next(k for k in (i + 2, i + 3) if text[k] in "以之外")
            if (hit := _cueless_hit(text, i, end, "excepted")) is not None:
                yield hit
    if "为首" in text or "所有" in text:
        for m in _AT_THE_HEAD_RE.finditer(text):
            group = 1 if m.group(1) else 2
            cue = "at the head of a group" if group == 1 else "the one who owns"
            if (hit := _cueless_hit(text, *m.span(group), cue)) is not None:
                yield hit
    if "在内" in text:
        yield from _included(text)
    if "判处" in text:
        for m in _SENTENCED_RE.finditer(text):
            i = m.end()
            end = next(k for k in (i + 2, i + 3) if text.startswith(_PENALTIES, k))
            if (hit := _cueless_hit(text, i, end, "sentenced")) is not None:
                yield hit


def _objects_before_de(text: str) -> Iterator[NameHit]:
    if "的" not in text:
        return
    yield from _owners_after_verbs(text)
    for m in _PREPOSITION_RE.finditer(text):
        if m.group() == "过" and text[m.start() - 1 : m.start()] not in ("通", "经"):
            continue  # (通过|董帅的介绍, 经过: prepositions; 过 alone is none)
        i = m.end()
        if text[i - 1 : i + 1] in frequent_bigrams():
            i += 1  # 对于|魏明的诉求: the preposition is a word of two characters
        end = text.find("的", i)
        if end - i > 3:
            # 在林巧和民警的劝说下: the first of two objects before 的 ends at the conjunction
            end = next((k for k in (i + 2, i + 3) if text[k : k + 1] in _PAIR_JOINERS), end)
        if _name_without_cue(text, i, end) and not (end - i == 3 and known_word(text[i : i + 2])):
            # (在干凤兰的陪同下: a rarer surname, before two typical given characters)
            hit = _structure_hit(text, i, end, "object of a preposition")
            if hit is not None:
                yield hit


# Where a clause opens: the start of the text, after punctuation or a space, after a closing
# bracket or quote (【聊天记录】刘芳…). Only where a surname stands; the pattern starts with the
# punctuation, a character class, so that re skips the rest at C speed (the start of the text is
# tried apart).
# (and prepositions before the one who acts: 由黄丽垫付, 被张颖借走, 为董帅出具)
_CLAUSE_MARKS = r'。；！？!?;，,：:、\s】」“”"）)由被跟向给对为把将替帮有的是据和与从时找陪因'


@cache
def _clause_start_regex() -> re.Pattern[str]:
    firsts = "".join(sorted(_surname_firsts()))
    # (由于 first, as in 由于|[…](?=…); written from the class, which re skips to at C speed)
    return re.compile(rf"[{_CLAUSE_MARKS}年月日](?:(?<=由)于|(?=[{firsts}]))")


# Before a sentence, where a two-character name may open it before 的 (王芳的卡被吞了。).
_SENTENCE_START = frozenset(("", "。", "；", "！", "？", "!", "?", ";", "\n", "：", ":"))


_DIGITS = frozenset(_ARABIC + "〇" + _NUMERALS)  # (2023年|梁志伟任…: a date opens a clause)


@cache
def _leader_word_regex() -> re.Pattern[str]:
    """A word that opens a clause (鉴于, 考虑到, 目前), before a surname: where a subject may
    stand (考虑到|倪建的实际困难…)."""
    firsts = "".join(sorted(_surname_firsts()))
    return re.compile(f"(?:{trie_pattern(_LEADER_WORDS)})(?=[{firsts}])")


def _clause_starts(text: str) -> list[int]:
    bigrams = frequent_bigrams()  # (有关|部门, 有何|建议: 有 opens no clause before them)
    starts = [
        m.end()
        for m in _clause_start_regex().finditer(text)
        if m.group() != "由于"
        and not (m.group() in "有的是" and text[m.start() : m.end() + 1] in bigrams)
        and not (m.group() in "年月日" and text[m.start() - 1 : m.start()] not in _DIGITS)
        and not (m.group() == "和" and text[m.start() - 1 : m.start()] not in _PRONOUNS)
    ]
    if text and surname_len(text, 0) and text[:2] not in _LEADER_SET:
        starts.insert(0, 0)  # (由于倪建…: a leading word, read by the subject patterns)
    return starts


def _verb_subjects(
    text: str, leaders: Iterable[int], pivots: frozenset[int] = frozenset()
) -> Iterator[NameHit]:
    """余晓撤回了一条消息, 邀请康宁加入…: a name that opens a clause (or follows a verb whose
    object acts next) right before any verb of jieba's list is the clause's subject. The follower
    words of ``_subject_regexes`` are hand-picked; this reading takes every verb, so it asks more of
    the name (strict, or plausible with two given characters) and of the verb (not a word with
    the name's last character, 王明|白了 is no subject). A full name may also open the clause
    before 的 (伏晓静的流量包…)."""
    chars = given_name_chars()
    for i in itertools.chain(_clause_starts(text), leaders):
        if _preposition_before_name(text, i) or _conjunction_before_name(text, i):
            i += 1  # 向|倪建核实后, 但|哈梅表示: a preposition or a conjunction before a name
        slen = surname_len(text, i)
        if not slen:
            continue
        for end in (i + slen + 1, i + slen + 2):
            if end + 2 > len(text) or text[end - 1] not in chars:
                break  # (cheap tests first: every reading asks for typical given characters)
            full = end - i - slen == 2
            if full and text[end - 1] in _VERB_CHARS:
                break  # 董帅想|了解…: a verb the given-name lists hold (李想), no given name here
            if (
                full
                and _FOLLOWER_AT.match(text, end - 1)
                and (strict_name(text, i, end - 1) or _rare_and_one_given(text, i, end - 1))
            ):
                break  # 董帅|正准备…: the last character begins a word that follows a subject
            # (的 and 是 after a two-character name only where a sentence or a label opens)
            opens = (
                full
                or text[i - 1 : i] in _SENTENCE_START
                or (text[end] == "的" and text[i - 1 : i] in "，,")  # 经鉴定，董帅的伤残…
                or (text[i - 1] in "和与跟" and text[i - 2 : i - 1] in _PRONOUNS)  # 我和倪建是…
                or text[i - 2 : i] in _LEADER_SET  # 目前倪建的病情…
                or text[i - 3 : i] in _LEADER_SET
            )
            # (阚梅8月请病假…, 董帅5月10日到网点…: a date between the subject and its verb)
            when = _TIME_AFTER.match(text, end) if text[end] in _ARABIC else None
            verb = when.end() if when else end
            if (
                full
                and text[end] == "家"
                and text[end - 1 : end + 1] not in frequent_bigrams()
                and text[end - 1 : end + 1] not in word_bigrams()
                and _verb_at(text, end + 1)
            ):
                verb = end + 1  # 柳成荫家|装修…, 韦金凤家|种植…: the person's household acts
            if not (
                (_verb_at(text, verb) and text[verb + 2 : verb + 3] not in _EVENTS)
                or (text[end] in "的是" and opens)
                or _follower_regex().match(text, verb)
                or (full and text[end] == "近" and _time_starts(text, end))  # (郜秀兰近一个月…)
                or _with_a_role(text, end)
                # 提醒董帅带|身份证: after a verb whose object acts next, a verb of one character;
                # 是董帅借我的: anywhere, one before a pronoun
                or (
                    text[verb : verb + 1] in _SINGLE_VERBS
                    and (
                        i in pivots
                        or text[verb + 1 : verb + 2] in _PRONOUNS
                        or text[i - 1 : i] in _FOR_WHOM  # (都要给周晓雯带一袋橘子)
                    )
                )
            ):
                continue
            if (
                not full
                and text[end] in chars
                and _verb_at(text, end + 1)
                and strict_name(text, i, end + 1)
                and not _adverb_at(text, end)  # (第二天董帅|才发现…)
            ):
                continue  # 俞国强|留给…, not 俞国|强留: the full name before a verb first
            if (
                not full
                and i > 0
                and text[i - 1] == "的"
                and text[end + 2 : end + 3] not in ("了", "过", "着")
                and _follower_regex().match(text, end) is None
            ):
                continue  # 风控部的姚远分享了…, but 这次的金秋活动…: a word more likely
            if not (
                strict_name(text, i, end)
                or (full and _typical_full_name(text, i, end))
                or (  # 斯帅回忆说…: a rarer surname and one given character, opening a sentence
                    # or after a mark of the one who acts (由濮建带回, 被斯帅拿走)
                    (text[i - 1 : i] in _SENTENCE_START or text[i - 1 : i] in _AGENT_MARKS)
                    and _rare_in_structure(text, i, end)
                    and not sits_across_a_word(text, i, end)  # (来龙|去脉)
                )
            ):
                continue
            if full and text[i] in FUNCTION_SURNAMES and known_word(text[i + 1 : end]):
                continue  # 由|华美负责, 向|伊利转账: a preposition and a word
            if end - i == 3 and known_word(text[i : i + 2]):
                continue  # 黄金和…: a word and one more character, no name
            seam = text[end - 1 : end + 1]
            if (
                not ends_in_joining(text, end)
                and seam not in frequent_bigrams()
                and seam not in word_bigrams()
                and _ORGANIZATION_AHEAD.match(text, end) is None
                and text[end : end + 2] not in _NOT_A_PERSON_AFTER  # 邵阳|分行: a branch
                and text[i:end] not in place_names()  # 沈阳发布…: the city, more likely
            ):
                score = name_score(text[i:end], slen, False)
                if score is not None:
                    yield i, end, score - 0.15, "sentence subject before a verb"
                break


_AGENT_MARKS = frozenset("由被让叫请")
_FOR_WHOM = frozenset("给帮替跟向")  # (a preposition whose object a one-character verb follows)
_EVENTS = frozenset("节季")  # 金秋|理财节期间: a verb that names an event, no predicate
_TIME_AFTER = re.compile(r"(?:[0-9]{1,4}[年月日号]|[0-9]{1,2}[点时:：][0-9]{0,2}分?)+")
# A firm named after a person (王丽华控股有限公司, 李明投资管理有限公司): its verb is a trade.
_ORGANIZATION_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:有限|公司|集团|股份|合作社|事务所)")


def _typical_full_name(text: str, start: int, end: int) -> bool:
    """A plausible full name whose two given characters are both typical (褚晓光, 伏晓静): what a
    rare surname needs without a cue word. Not a place (邹平南, 秦诸州)."""
    chars = given_name_chars()
    return (
        plausible_name(text, start, end)
        and all(c in chars for c in text[end - 2 : end])
        and text[end - 1] not in PLACE_ENDINGS
        and text[end - 1] not in "南北西山江语家"  # (乌兰山, 信安江, 伊博语, 万贯家)
        and text[end - 1] not in _ADVERBS
        and text[end - 1] not in "才越已"  # (斯帅才|发现, 屈雷越|来越: adverbs)
    )


def _name_without_cue(text: str, start: int, end: int) -> bool:
    """What a sentence structure with no cue word asks of a name: strict, or a full name whose
    rarer surname stands before two typical given characters (干凤兰, 钭秀云)."""
    return (
        strict_name(text, start, end)
        or (end - start == 3 and _typical_full_name(text, start, end))
        or _rare_in_structure(text, start, end)
    )


# Surnames that are far more often a function word (和秋, 由春, 时一: 和, 由, 时 before a word):
# a rarer surname with one given character is read in a structure only after none of them.
_FUNCTION_FIRSTS = FUNCTION_SURNAMES | frozenset("时而但却也都就还把被给让")


def _rare_in_structure(text: str, start: int, end: int) -> bool:
    """A rarer surname and one typical given character where a structure marks a person (是濮旭。,
    斯帅回忆说…), unless the surname is one of ``_FUNCTION_FIRSTS``."""
    return text[start : start + 1] not in _FUNCTION_FIRSTS and _rare_and_one_given(text, start, end)


def _cueless_hit(text: str, start: int, end: int, cue: str) -> NameHit | None:
    """The hit of a structure with no cue word, when its span is a name such a structure asks for
    (``_name_without_cue``)."""
    return _structure_hit(text, start, end, cue) if _name_without_cue(text, start, end) else None


@cache
def _follower_regex() -> re.Pattern[str]:
    return re.compile(_FOLLOWS_A_PERSON)


# Verbs of one character, which the word lists (of two or more) do not hold: a subject before
# one of them and 了, 过 or 着 (邓超喝了酒).
_SINGLE_VERBS = frozenset(
    "喝吃买卖借拿打走跑找问看听写送做开骑坐住搬寄存取还拨接挂刷穿戴转见笑哭站躺喊带签填交批查发给陪"
    "愣叹摇点皱抬怔瞪盯推拉抱扶递握挥拍敲翻咬"  # (what a story's people do: 江屿愣了一下)
)
_ASPECT = frozenset("了过着")
_LEAVES = frozenset("病假 事假 产假 年假 婚假 丧假 调休".split())
_DIRECTIONS = frozenset("来去回起")  # a one-character verb's direction (跑来, 寄回, 站起)
# Verbs of service and legal text that jieba's dictionary tags as something else (主张 n, 汇报 nz,
# 同意, 办理, 联系 …), checked against a list of 190 such verbs, and service verbs it misses or tags
# otherwise (接管 c, 止付, 定损), from a list of 180 verbs of bank, insurer and operator records.
_UNTAGGED_VERBS = frozenset(
    "主张 汇报 报警 购物 同意 声明 办理 补交 联系 到场 前往 入职 失业 生病 住院 出院 去世 逾期 "
    "欠款 冒用 盗刷 承租 续约 接管 代管 经手 代理 代签 代付 代扣 代缴 划扣 扣款 续贷 展期 "
    "提额 降额 销卡 开卡 绑卡 解绑 补卡 委托 备案 更新 出险 定损 公证 复诊 调岗 晋升 欠费 "
    "停机 复机 销号 过户 重置 扫码 下单 发货 收货 签收 协商 催收 催缴 追讨 止付 追偿 缺席 "
    "指派 指认 处分 任命 警告 记过 开除 降级 撤职 整理 调取 调阅 出面 暂停 暂缓 补签 补录 "
    "罚款 点赞 按下 约谈 "
    # what a story's people do, said and felt (苏念冷笑, 江屿笑道), which jieba tags otherwise
    "冷笑 沉默 皱眉 叹息 哽咽 嘟囔 嘀咕 笑道 说道 问道 答道 喊道 叫道 怒道 转身 起身 回头 低头 "
    "抬眼 成了 "  # (陈国栋成了村里的致富带头人)
    # what a match report says players do (李盈莹贡献31分, 郭艾伦砍下28分), tagged otherwise
    "贡献 砍下 打进 罚进 轰下 摘得 送出 扑出 揽下 卫冕 晋级 加盟 率队 领衔".split()
)
_NOT_A_VERB = frozenset("的了是在着过也都就还又再不没很和与及")


def _verb_at(text: str, i: int) -> bool:
    """A verb of jieba's list or a service verb at ``i``, a verb of one character and 了, or a
    verb said twice around 了 or 一 (拍了拍, 看一看), which no word list holds."""
    pair = text[i : i + 2]
    if pair in verbs() or pair in SERVICE_VERBS or pair in _UNTAGGED_VERBS:
        return True
    if text[i : i + 4] in idioms():
        return True  # (an idiom acts too: 陈阳|信以为真)
    if pair[:1] in _SINGLE_VERBS and (
        pair[1:] in _ASPECT or pair[1:] in _DIRECTIONS or pair[1:] == "的"
    ):
        return True  # (邓超喝了…, 卜凡跑来…, 董帅寄回…, 是侯建华签的)
    if pair[:1] in "请休" and text[i + 1 : i + 3] in _LEAVES:
        return True  # 阚梅请病假: leave, which the word lists hold only as a noun (病假)
    if (
        text[i + 2 : i + 3] in _ASPECT
        and is_cjk(pair[1:])
        and pair[:1] not in _NOT_A_VERB
        and pair[:1] not in given_name_chars()  # (黄丹|丹转了: the name runs on)
    ):
        return True  # 汇报了, 辩称过: a word before an aspect particle acts (jieba tags 汇报 nz)
    return text[i + 1 : i + 2] in ("了", "一") and text[i : i + 1] == text[i + 2 : i + 3]


# Machine-written records: JSON, XML, key=value logs (cust_name=…, "holder": "…", <name>…).
# Found from the separator, which re skips to at C speed, with the key read back from it (a
# pattern that starts with the key, [a-z_]*name, has no first character to skip to).
_KEYED_VALUE_RE = re.compile(r"[:=>]\s*[\"']?([\u4e00-\u9fff·]{2,6})(?=[\"'<,;&|\s]|$)")
# (cust=景海鹏, user=贝丽娜; khxm and khmc: 客户姓名 and 客户名称 in pinyin initials)
_KEY_BEFORE_RE = re.compile(
    r"(?i)([a-z_]*name|holder|operator|payee|payer|owner|contact|insured|applicant|customer"
    r"|client|xm|from|to|sender|receiver|recipient|beneficiary|teller|signer"
    r"|cust|cust_nm|khxm|khmc|user)[\"']?\s*$"
)
_KEY_REACH = 40  # how far back from the separator a key is looked for
# Keys that only a person fills: their value is the name even where it is also a word
# (payer="田野"); a key merely ending in name may hold a product or a file (product_name=黄金).
_PERSON_KEYS = frozenset(
    "holder payee payer owner contact insured applicant xm beneficiary "
    "cust_name customer_name real_name realname full_name fullname holder_name".split()
)
_KEYED_HINT = re.compile(r"[:=>]")
# A value of Latin letters alone after a key (name=barbara): a name when it is a given name.
_KEYED_LATIN_RE = re.compile(r"[:=>]\s*[\"']?([A-Za-z]{2,20})(?=[\"'<,;&|\s]|$)")


def _keyed(text: str) -> Iterator[NameHit]:
    if _KEYED_HINT.search(text) is None:
        return
    for value in _KEYED_VALUE_RE.finditer(text):
        m = _KEY_BEFORE_RE.search(text, max(0, value.start() - _KEY_REACH), value.start())
        if m is None:
            continue
        start, end = value.span(1)
        # the whole value is the name, shaped like one (keys such as product_name hold words)
        name = text[start:end]
        if name in _BEFORE:
            continue  # payee=房东: a role, not a name
        person_key = m.group(1).lower() in _PERSON_KEYS
        hit = _name_after(text, start, person_key)
        whole = hit is not None and hit[:2] == (start, end)
        if person_key and 2 <= len(name) <= 4 and surname_len(text, start):
            # payer="田野": the whole value after a key only a person fills, even a word
            yield start, end, hit[2] if hit is not None and whole else 0.62, "record key"
            continue
        if (
            hit is not None
            and whole
            and name not in common_words()
            and name[:2] not in frequent_bigrams()
        ):
            yield (*hit, "record key")
    for value in _KEYED_LATIN_RE.finditer(text):
        # name=barbara, holder="Peter": an English given name as a person key's whole value
        start, end = value.span(1)
        if text[start:end].capitalize() in english_given_names() and _KEY_BEFORE_RE.search(
            text, max(0, value.start() - _KEY_REACH), value.start()
        ):
            yield start, end, 0.7, "record key"


# A name alone in quotation marks (备注中的“阮小蝶”): strict or plausible, never a word.
_QUOTED_RE = re.compile(r"[“\"「]([\u4e00-\u9fff]{2,4})[”\"」]")
# A name alone in brackets, or with 收 on a parcel (审批意见（周海洋）：, …432号（杨丽萍收）).
_BRACKETED_RE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4}?)收?[）)]")


# A one-character kinship label before a name in a list of relatives (家庭成员：父桑国良，母寇秀英).
# (Both patterns start with a character class, so that re skips ahead at C speed; what stands
# before the match is checked in Python.)
_KIN_RE = re.compile(r"[父母兄弟姐妹妻夫儿女](?=[\u4e00-\u9fff])")
_KIN_BEFORE = frozenset("：:，,、；; \t\u3000")
# A name right before a telephone number or identifier in brackets (邝美云（+86135…）预约…).
# (or a role in brackets: 范岩(客户经理)负责…)
_NUMBER_IN_BRACKETS = re.compile(r"[（(](?:[+0-9]|([\u4e00-\u9fff]{2,6})[）)])")
_BEFORE_NUMBER = _KIN_BEFORE | frozenset("。→>")


def _kin_and_numbered(text: str) -> Iterator[NameHit]:
    for m in _KIN_RE.finditer(text):
        if m.start() and text[m.start() - 1] not in _KIN_BEFORE:
            continue
        hit = _name_after(text, m.end(), False)
        if hit is not None and _shaped_like_a_name(text, hit[0], hit[1]):
            yield hit[0], hit[1], hit[2] - 0.1, "after a kinship label"
    if "（" in text or "(" in text:
        yield from _shaped(text, _before_numbers(text), 0.1, "before a number")
    yield from _called_kin(text)


# A kinship title after a full name, where an address or a clause ends (谭志坚哥，…; 好的蒲新民叔，
# 您和黄丽珊姐，): the warm form of address of agents and neighbours.
_CALLED_KIN_RE = re.compile(
    f"[{''.join(sorted(_KIN_TITLES - set('弟妹')))}]" + r"(?=[，,。！!、？?\s~～]|您|你|$)"
)


def _called_kin(text: str) -> Iterator[NameHit]:
    """A full name before a kinship title (王姐 alone names no one: a surname is no name)."""
    for m in _CALLED_KIN_RE.finditer(text):
        end = m.start()
        for start in (end - 3, end - 4):
            if start >= 0 and surname_len(text, start) == end - start - 2:
                if _shaped_like_a_name(text, start, end) and (
                    hit := _structure_hit(text, start, end, "before a kinship title")
                ):
                    yield hit
                break


def _before_numbers(text: str) -> Iterator[tuple[int, int]]:
    """The run of 2-4 Chinese characters before each number in brackets, when it starts the text
    or follows punctuation or a space."""
    ends = (
        m.start()
        for m in _NUMBER_IN_BRACKETS.finditer(text)
        # (an aside that is no role is no person's: …（平衡型）)
        if m.group(1) is None
        or m.group(1) in _BEFORE
        or m.group(1) in _AFTER
        or m.group(1) in _STEPS
    )
    return _read_back(text, ends, _BEFORE_NUMBER)


# What a person did in a workflow, or how their case stands, written in brackets after the name
# (董帅（提交）→倪建（审核）, 倪建（另案处理）).
_STEPS = frozenset(
    "提交 审核 复核 批准 审批 经办 签字 签名 盖章 确认 录入 发起 受理 处理 另案处理 另案 在逃 "
    "已判决 已故 已去世".split()
)
# @董帅 in a chat; a letter's signature after a dash or 此致敬礼 (——董帅, 敬礼！董帅 2024年…).
_MENTION_RE = re.compile(r"@ ?([\u4e00-\u9fff]{2,4})(?=[\s，,：:。]|$)")
_SIGNED_RE = re.compile(r"(?:—|敬礼[！!]?)[ \u3000]?([\u4e00-\u9fff]{2,4})(?=[\s，,。0-9]|$)")
# A strict name alone before a comma, opening a sentence (…联系我。董帅，个人金融部): a signature.
# (one scan that starts with the sentence end, a character class that re skips to at C speed;
# the start of the text is tried apart)
# (an emoji or an ellipsis may stand between: 董帅👍，…, 董帅... 电话一直打不通)
_AFTER_ALONE = r"(?=[\U0001F300-\U0001FAFF\u2600-\u27BF]{0,3}[，,？?呢啊呀]|…|\.\.\.)"
_ALONE_BEFORE_COMMA = re.compile(r"[。！？!?\n]([\u4e00-\u9fff]{2,3}?)" + _AFTER_ALONE)
_ALONE_AT_START = re.compile(r"([\u4e00-\u9fff]{2,3}?)" + _AFTER_ALONE)


def _signed(text: str) -> Iterator[NameHit]:
    if "@" in text:
        mentions = _groups(_MENTION_RE.finditer(text))
        yield from _shaped(text, mentions, 0.1, "mentioned with @", rare_too=True)
    if "—" in text or "敬礼" in text:
        yield from _shaped(text, _groups(_SIGNED_RE.finditer(text)), 0.1, "a signature")
    first = _ALONE_AT_START.match(text)
    for m in itertools.chain((first,) if first else (), _ALONE_BEFORE_COMMA.finditer(text)):
        if (hit := _cueless_hit(text, *m.span(1), "alone before a comma")) is not None:
            yield hit


def _quoted(text: str) -> Iterator[NameHit]:
    if "“" in text or '"' in text or "「" in text:
        yield from _shaped(text, _groups(_QUOTED_RE.finditer(text)), 0.15, "quoted")
    if "（" in text or "(" in text:
        yield from _shaped(text, _groups(_BRACKETED_RE.finditer(text)), 0.1, "in brackets")
    if "收" in text:
        yield from _shaped(text, _recipients(text), 0.1, "a parcel's recipient")
    if "好" in text:
        ends = (m.start() for m in _GREETING_RE.finditer(text))
        yield from _shaped(text, _read_back(text, ends), 0.1, "greeted")
    if "→" in text or "->" in text or "=>" in text:
        yield from _shaped(text, _around_arrows(text), 0.1, "either side of an arrow")
    # (等 before the count is read back too)
    ends = (i - (text[i - 1 : i] == "等") for i in counts_of_people(text))
    yield from _shaped(text, _read_back(text, ends), 0.1, "before a count of people")


def counts_of_people(text: str) -> Iterator[int]:
    """Where each count of people starts (三名, 两位, 12人, 三户; not 人民): what the pattern
    ``(?:[二三四五六七八九十两]|[0-9]{1,3})[名位人户](?!民)`` finds, read back from the
    counting word. That pattern starts with no character ``re`` can skip to, so it was tried at
    every position and cost 3 us on a sample line; the counting word is one ``re`` skips to."""
    for m in _COUNT_WORD_RE.finditer(text):
        i = m.start()
        if text[i - 1 : i] in _COUNT_NUMERALS:
            yield i - 1
            continue
        k = 0
        while k < 3 and i - k > 0 and text[i - k - 1] in _ARABIC:
            k += 1
        if k:
            yield i - k


# 董帅，你好！: a name alone before a greeting; 罗东三名员工, 王丽等5人: the last of a list before
# its count;
# 董帅→倪建: the two sides of a transfer.
_GREETING_RE = re.compile(r"[，,] ?(?:你好|您好)")
_COUNT_WORD_RE = re.compile("[名位人户](?!民)")  # (户: households, 陆秀英三户的甘蔗地)
_COUNT_NUMERALS = frozenset(_NUMERALS[1:] + "两")
_ARROW_RE = re.compile(r" ?(?:→|->|=>) ?")
_LIST_BOUNDARY = frozenset("，,、；;：:。！？!? \t\n\u3000")


def _read_back(
    text: str, ends: Iterable[int], boundary: frozenset[str] = _LIST_BOUNDARY
) -> Iterator[tuple[int, int]]:
    """The two to four Chinese characters before each end, after a boundary or the start."""
    for end in ends:
        start = end
        while start > 0 and end - start <= 4 and is_cjk(text[start - 1]):
            start -= 1
        if 2 <= end - start <= 4 and (start == 0 or text[start - 1] in boundary):
            yield start, end


def _around_arrows(text: str) -> Iterator[tuple[int, int]]:
    for m in _ARROW_RE.finditer(text):
        yield from _read_back(text, (m.start(),))
        end = m.end()
        while end < len(text) and end - m.end() < 5 and is_cjk(text[end]):
            end += 1
        closed = end == len(text) or text[end] in _LIST_BOUNDARY or text.startswith("→", end)
        if (
            closed
            and end - m.end() >= 4
            and text[end - 2 : end] in verbs()
            and strict_name(text, m.end(), end - 2)
        ):
            yield m.end(), end - 2  # 提交→郭静审核→: a workflow step, a name and what they did
        elif 2 <= end - m.end() <= 4 and closed:
            yield m.end(), end


# 收 closing a clause after a name: a parcel's recipient (…1000号，胡歌收。). Not 签收, 查收 …
_RECEIVES = re.compile(r"收(?=[。；;，,！!]|$)")
_NOT_A_RECIPIENT_END = frozenset("签验查接回征吸没税营创丰秋请已未")


def _recipients(text: str) -> Iterator[tuple[int, int]]:
    """The two to four Chinese characters before a closing 收, after punctuation or a space."""
    ends = (
        m.start() - (text[m.start() - 1 : m.start()] in (" ", "\u3000"))
        for m in _RECEIVES.finditer(text)
    )
    for start, end in _read_back(text, ends):
        if text[end - 1] not in _NOT_A_RECIPIENT_END:
            yield start, end


@cache
def _name_parts() -> tuple[str, str, str]:
    """Pattern pieces: the common compound surnames as a trie, and the common single surnames
    and the typical given characters as character-class bodies."""
    common = common_surnames()
    compounds = trie_pattern(w for w in common if len(w) == 2)
    singles = "".join(sorted(w for w in common if len(w) == 1))
    return compounds, singles, "".join(sorted(given_name_chars()))


@cache
def _compound_regex() -> re.Pattern[str]:
    """A common compound surname (欧阳, 上官, 司马 ...) and one or two typical given characters."""
    compounds, _, given = _name_parts()
    return re.compile(f"(?:{compounds})[{given}]{{1,2}}")


def _compound(text: str) -> Iterator[NameHit]:
    """上官婉儿的…, 欧阳倩和端木磊…: a compound surname is rare in other words, so a name shaped
    like one needs no cue, only a clean boundary on both sides."""
    for m in _compound_regex().finditer(text):
        start, end = m.span()
        if not loose_left_ok(text, start):
            continue
        if end - start == 4 and not loose_right_ok(text, end):
            end -= 1  # 欧阳倩和…: the second character was not part of the name
        if text[end : end + 2] in _NOT_A_PERSON_AFTER:
            continue  # 企业欧阳明控股有限公司: a company named after a person
        if loose_right_ok(text, end) and strict_name(text, start, end):
            score = name_score(text[start:end], 2, False)
            if score is not None:
                yield start, end, score - 0.1, "compound surname"


# A name that is a whole text (a column of names exported one a line: 卢先兵).
_WHOLE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A name standing alone between spaces (a signature: 零售银行部 叶诗涵).
_SPACED_RE = re.compile(r"[ \t\u3000]([\u4e00-\u9fff]{2,4})(?=[ \t\u3000。，,]|$)")
_SPACED_AT_START = re.compile(r"([\u4e00-\u9fff]{2,4})(?=[ \t\u3000。，,]|$)")


@cache
def _role_regex() -> re.Pattern[str]:
    """员 or 人 ending a role word right before a surname (押运员包振华, 出票人李建华), or 长,
    主, 友 and 手 (会长, 卡主, 校友, 主攻手): such roles are too many to list as cue words. (The
    look-behind comes after the character class, so that re skips ahead to them at C speed.)"""
    singles, compounds = surnames()
    return re.compile(
        rf"[员人长主友手](?<=[\u4e00-\u9fff].)(?={trie_pattern(compounds)}|[{''.join(sorted(singles))}])"
    )


_OTHER_ROLE_ENDS = frozenset("长主友手")


def _roles_and_spaced(text: str) -> Iterator[NameHit]:
    """A strict or plausible name after a role word, or alone between spaces."""
    for m in _role_regex().finditer(text):
        hit = _name_after(text, m.end(), False)
        if text[m.end() - 1] in _OTHER_ROLE_ENDS:
            # 理事会会长邹长根, 卡主满立春, 校友郝建军, 主攻手李明: a role in 长, 主, 友 or 手 (not
            # a verb: 增长, 成长, 出手) before a strict or plausible name only
            if (
                hit is not None
                and text[m.end() - 2 : m.end()] not in verbs()
                and text[m.end() - 1 : m.end() + 1] not in word_bigrams()  # (主任, 长江)
                and text[m.end() - 1 : m.end() + 1] not in frequent_bigrams()
                and text[hit[1] : hit[1] + 2] not in _NOT_A_PERSON_AFTER  # (企业长|孙洪雯控股)
                and _shaped_like_a_name(text, hit[0], hit[1])
                and not ends_in_joining(text, hit[1])
            ):
                yield hit[0], hit[1], hit[2] - 0.05, "after a role word"
            continue
        if (
            hit is not None
            and (
                _shaped_like_a_name(text, hit[0], hit[1])
                or (  # (审核员濮建意见：…; not after 人: 外人, 贵人 are no roles)
                    (text[m.end() - 1] == "员" or text[m.end() - 2 : m.end()] in _BEFORE)
                    and _rare_in_structure(text, hit[0], hit[1])
                    and not sits_across_a_word(text, hit[0], hit[1])
                )
            )
            and not ends_in_joining(text, hit[1])
        ):
            yield hit[0], hit[1], hit[2] - 0.05, "after a role word"
    yield from _department_members(text)
    if " " in text or "\t" in text or "\u3000" in text:
        # (the leading space is consumed, the trailing one only looked at: 张三 李四 王五)
        first = _SPACED_AT_START.match(text)
        matches = itertools.chain([first] if first else [], _SPACED_RE.finditer(text))
        yield from _shaped(text, _groups(matches), 0.1, "alone between spaces", rare_too=True)
    elif 2 <= len(text) <= 4 and _WHOLE_NAME_RE.fullmatch(text):
        yield from _shaped(text, [(0, len(text))], 0.1, "a text of a name alone", rare_too=True)


# A department's last character before a Chinese character (合规部|袁博、); not 组, which ends
# words of every kind (小组, 重组) before a name.
_DEPARTMENT_RE = re.compile(
    f"[{''.join(sorted(_DEPARTMENT_ENDS - {'组'}))}]" + r"(?=[\u4e00-\u9fff])"
)
# Words that name a bank's department and that the word lists lack (newer or of the trade).
_DEPARTMENT_WORDS = frozenset(
    "合规 内控 风控 授信 稽核 信审 贷后 法务 监察 纪检 党群 安保 渠道 人事 后勤 保卫".split()
)
# What closes a member's name after a department: a list goes on, or the clause ends.
_MEMBER_ENDS = frozenset("、，,。；;（(和与及 \t\n\r")  # (a space: a record's next field)


def _department_members(text: str) -> Iterator[NameHit]:
    """内控合规部袁博、人力资源部贺晓丽: a department (a word and 部, 处, 科 or 室) before a name
    that a list separator or the clause's end closes."""
    for m in _DEPARTMENT_RE.finditer(text):
        i = m.end()
        word = text[i - 3 : i - 1]
        if i < 3 or not (known_word(word) or word in word_bigrams() or word in _DEPARTMENT_WORDS):
            continue  # (全部, 内部: no department's name before the character)
        if known_word(text[i - 1 : i + 1]) or text[i - 1 : i + 1] in word_bigrams():
            continue  # (工业部门, 业务处理: the character starts a word, no department ends)
        for end in (i + 3, i + 2):
            if not is_cjk(text[end - 1 : end]):
                continue  # (人事部尤佳 (0755)…: the name ends at the space)
            if end <= len(text) and (end == len(text) or text[end] in _MEMBER_ENDS):
                if (hit := _cueless_hit(text, i, end, "after a department")) is not None:
                    yield hit
                break


# Runs of two to five capitalized words, or words in capitals: a romanized name is two or three
# of them, possibly after an English label that is part of the run (Dear Zhang Wei).
# (a European name's accented letters count: Alexander Müller, Zoë Lefèvre)
_ROMAN_RUN_RE = re.compile(
    r"(?<![A-Za-z0-9_])(?:[A-Z][a-zà-öø-ÿ]{1,11}\.?"
    r"(?:[ \-][A-Z][a-zà-öø-ÿ]{1,11}(?:-[a-z]{1,8})?\.?){1,4}"
    r"|[A-Z]{2,12}(?: [A-Z]{2,12}(?:-[A-Z]{1,8})?){1,4}"
    r"|[A-Z]{2,12}(?: [A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,8})?){1,2})"  # (ZHANG Xiaoming)
    r"(?![A-Za-z0-9_])"
)
# A word of a romanized name; Hong Kong and Taiwan spellings join a given name's syllables with a
# hyphen (Chan Tai-man, CHEUNG Hoi-yan): one word.
_ROMAN_WORD_RE = re.compile(r"[A-Za-zà-öø-ÿ]+(?:-[A-Za-z]+)?")
_ROMAN_LABELS = frozenset(w for w in _ROMAN_CUES.split("|") if w.isascii() and w.isalpha())
_ROMAN_CUE_GAP = 16  # characters before a romanized name searched for its cue word


@cache
def _roman_cue_regex() -> re.Pattern[str]:
    """An English label or any Chinese cue word right before a romanized name (持证人MARIA
    GARCIA), searched in the few characters before each candidate: names are rare, so this is
    cheaper than scanning for every cue word."""
    chinese = trie_pattern(c for c in NAME_CUES_BEFORE if not c.isascii())
    # (姓名（英文）：HO Man Kit: a label's qualifier in brackets before its colon)
    # (租用人：Tenzin Dorje: any label for a person, in 人, 员 or 者, before its colon)
    return re.compile(
        rf"(?:(?:{_ROMAN_CUES}|{chinese})\.?(?:[（(][^）)]{{1,6}}[）)])?\s*[:：=]?"
        r"|[\u4e00-\u9fff][人员者][:：])\s*$"
    )


# Pinyin of the common surnames, for a romanized name alone in a record's cell (Wang Xiaoming,
# 13800…): no cue word stands there, so the surname and each syllable of the given name must be
# pinyin. Hand-written: the syllable grammar is short, and no shipped package spells surnames.
_PINYIN_SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng "
    "liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye "
    "cheng su wei lu ding ren shen yao jin fu fan fang shi zou xiong meng qin qiu yin xue yan "
    "duan lei hou long shao qian kong bai cui kang mao lai jia gu gong wan qi tan yi chang wen "
    "niu hong zhong geng ning bao xing xia tao mo nie ji shu ou zhan dai ke kou hao pang lan "
    "ouyang shangguan situ zhuge sima murong dongfang".split()
)
_PINYIN_SYLLABLE = (
    "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo"
    "|ui|un|ue|a|o|e|i|u|v)"
)
_PINYIN_GIVEN = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_ROMAN_PLACES = frozenset({"hong kong", "xi an", "ma an shan", "he fei"})
_ROMAN_CELL_BODY = r"(?P<body>\s*\"?(?P<n>[A-Z][A-Za-z]+(?: [A-Z][a-z]+){1,2})\"?\s*)(?=[,\t|;]|$)"
_ROMAN_CELL_RE = re.compile(r"[,\t|;]" + _ROMAN_CELL_BODY)
# (words of at most 20 letters from a word's start: unbounded, a line of capitals cost its
# length squared)
_ROMAN_CELL_HINT = re.compile(
    r"(?<![A-Za-z])[A-Z][A-Za-z]{1,19} [A-Z][a-z]{1,19}\"?\s*(?:[,\t|;]|$)"
)
_DIGIT = re.compile("[0-9]")
_ROMAN_CELL_AT_START = re.compile(_ROMAN_CELL_BODY)


def _romanized_cells(text: str) -> Iterator[NameHit]:
    """Wang Xiaoming,2301…: a romanized name alone in a cell of a record with digits in it."""
    if _ROMAN_CELL_HINT.search(text) is None or _DIGIT.search(text) is None:
        return
    for m in _cell_matches(text, _ROMAN_CELL_AT_START, _ROMAN_CELL_RE):
        if _pinyin_name(m.group("n").split(" ")):
            yield m.start("n"), m.end("n"), 0.75, "romanized, in a record's cell"


# Prepositions before a romanized name that name no role: only a pinyin name is read after them.
# (also who signed or wrote a record: Signed: Huang Lei, Reported by: Xu Feifei; Reviewed by:
# Compliance Team is no name)
# (and a form's label for the spelling of a Chinese name: 英文：SITU YAQI, 拼音：Wang Fang; a log's
# user: user Liu Yang; a signature's spelling: 签名为“Ning Xiaoyan”)
_WEAK_ROMAN_CUE = re.compile(
    r"(?<![A-Za-z])(?:by|[Ff]rom|to|[Ww]elcome|with|[Ss]igned|[Ss]ignature|[Uu]ser"
    r"|(?:英文|拼音)(?=[:：])|签名[为是]?)"
    r"[:：]? ?[“\"]?$"
)
_WEAK_ROMAN_REACH = 12  # (Signature: ")


def _pinyin_name(words: list[str]) -> bool:
    """Two or three words that spell a Chinese name in pinyin, surname first (Zhang Min)."""
    surname, *given = (w.lower() for w in words)
    return (
        len(words) >= 2
        and surname in _PINYIN_SURNAMES
        and all(_PINYIN_GIVEN.fullmatch(g) for g in given)
        and " ".join(words).lower() not in _ROMAN_PLACES
    )


# A name as airlines, hotels and card schemes write it: SURNAME/GIVEN, a title after it
# (ZHANG/WEIMIN MR). Read only when both parts are pinyin, so that codes (PEK/SHA) are not.
_SLASHED_NAME_RE = re.compile(
    r"(?<![A-Za-z0-9/])([A-Z][A-Za-z]{1,9})/([A-Z][A-Za-z]{1,15})"
    r"(?: ?(?:MR|MS|MRS|MISS|MSTR|CHD|INF))?(?![A-Za-z0-9/])"
)

_ENGLISH_SYLLABLES = frozenset("she he me we an in on a".split())  # (HE/SHE: pinyin, but English)


def _slashed_names(text: str) -> Iterator[NameHit]:
    if "/" not in text:
        return
    for m in _SLASHED_NAME_RE.finditer(text):
        if m.group(2).lower() not in _ENGLISH_SYLLABLES and _pinyin_name([m.group(1), m.group(2)]):
            yield m.start(), m.end(2), 0.75, "romanized, surname/given"


_FIELD_LABELS = frozenset("TEL FAX PHONE MOBILE MOB EMAIL ADD ADDR ADDRESS".split())


def _is_next_label(text: str, word: re.Match[str]) -> bool:
    """Is ``word`` the label of a record's next field (TEL, or any word before a colon)?"""
    return word.group().upper() in _FIELD_LABELS or text.startswith((":", "："), word.end())


_NATIONALITY_AFTER = re.compile(r"\s?[，,（(]\s?[\u4e00-\u9fff]{1,6}籍")


def _romanized(text: str) -> Iterator[NameHit]:
    if _LATIN_HINT.search(text) is None:
        return
    yield from _romanized_cells(text)
    yield from _english_names(text)
    yield from _slashed_names(text)
    cue = _roman_cue_regex()
    for run in _ROMAN_RUN_RE.finditer(text):
        words = list(_ROMAN_WORD_RE.finditer(text, run.start(), run.end()))
        if (
            2 <= len(words) <= 3
            and _NATIONALITY_AFTER.match(text, run.end())
            and words[-1].group() not in _NOT_A_SURNAME
        ):
            # Olga Petrova，俄罗斯籍: a nationality after the words says they name a person
            yield run.start(), run.end(), 0.75, "romanized, before a nationality"
            continue
        for i in range(len(words) - 1):
            start = words[i].start()
            if cue.search(text[max(0, start - _ROMAN_CUE_GAP) : start]) is None:
                if _WEAK_ROMAN_CUE.search(text, max(0, start - _WEAK_ROMAN_REACH), start):
                    # reviewed by Zhang Min, from Li Lei: after a preposition, only a name
                    # spelled in pinyin (by Visa Card, to Hong Kong: none), of three words or two
                    n = next(
                        (
                            n
                            for n in (3, 2)
                            if i + n <= len(words)
                            and _pinyin_name([w.group() for w in words[i : i + n]])
                        ),
                        0,
                    )
                    if n:
                        yield start, words[i + n - 1].end(), 0.7, "romanized"
                        break
                continue
            name = words[i : i + 3]
            if len(name) == 3 and _is_next_label(text, name[2]):
                name = name[:2]  # CONTACT: LIU JIANHUA TEL: …: the next field's label ends it
            if words[i].group() in _ROMAN_LABELS or cue.fullmatch(words[i].group()):
                continue  # Dear Miss Zhang Li, 客户 Client Name: …: the name follows the label
            if name[-1].group() in _NOT_A_SURNAME or name[1].group() in _NOT_A_SURNAME:
                continue  # Manager: Risk Team, Beneficiary: Global Trading Ltd: no person
            if all(any(v in w.group() for v in "AEIOUYaeiouy") for w in name):
                # (客户经理 APP SDK: a word without a vowel is an acronym, not a name)
                yield start, name[-1].end(), 0.8, "romanized"
                break


# An English given name and a surname, each capitalised (与Sarah Brown确认…, Peter Wang（王彼得）),
# not inside a longer run of letters or an identifier.
_ENGLISH_PAIR_RE = re.compile(
    r"(?<![A-Za-z0-9_@.\-])([A-Z][a-z]{1,12}) ([A-Z][a-z]{1,15})(?![A-Za-z0-9_@\-])"
)
# Second words that make the pair a place, a firm or a product (Victoria Harbour, Maria Hospital).
_NOT_A_SURNAME = frozenset(
    "Street Road Avenue Lane Harbour Harbor Bank Center Centre Plaza Park Hotel Tower Building "
    "Hospital University College School Company Limited Ltd Inc Group Capital Square Bay Island "
    "Lake River Mountain City County District Airport Station Mall Card Pay Account Gold Club "
    "Fund Trust Insurance Securities Platinum Classic Service Services Team Support "
    "Trading Department Dept Office Operations Committee Board Desk Division Unit Holdings "
    "Partners Consulting Logistics Technology Technologies Solutions Store Shop Market "
    "Supermarket Restaurant Cafe Pharmacy Clinic Studio Agency Media Online".split()
)


# English given names Chinese clients and staff take that the list above lacks, or leaves out
# as everyday words (Grace, Jack, Sunny): read only before a surname in pinyin (Grace Liu), where
# the word is a name. Pinyin surnames that are English words too (He, Long, Song) do not count.
_GIVEN_BEFORE_PINYIN = frozenset(
    "Grace Jack Rose Ruby Sandy Frank Crystal Angel Amber April Joy Jade Summer May June Penny "
    "Lily Vivian Coco Echo Sunny Ivy Iris Cherry Leo Ken Sam Ben Bella Annie Jessie Lucy Simon "
    "Andy Kitty Fiona Maggie Ella Ada Eva Winnie Stella Queenie Candy Max Ray Victor Will".split()
)
_WORDY_PINYIN = frozenset("he long fan song tan ding bai bao mo".split())


def _english_names(text: str) -> Iterator[NameHit]:
    names = english_given_names()
    for m in _ENGLISH_PAIR_RE.finditer(text):
        given, surname = m.group(1), m.group(2)
        if surname in _NOT_A_SURNAME:
            continue
        if given in names or (
            given in _GIVEN_BEFORE_PINYIN
            and surname.lower() in _PINYIN_SURNAMES
            and surname.lower() not in _WORDY_PINYIN
        ):
            yield m.start(), m.end(), 0.7, "an English given name and a surname"


_PUNCT_BOUNDARY = frozenset("，。；：、！？,.;:!? \t（）()【】“”\"'《》|<&")
_NOT_A_PERSON_AFTER = frozenset(
    "控股 公司 集团 有限 科技 商贸 贸易 实业 银行 医院 学校 大学 酒店 餐厅 超市 "
    "企业 证券 保险 基金 信托 营业 管委 工厂 门店 "
    # roads and branches named like people (朱雀大街, 中山北路, 黄河路支行)
    "大街 大道 北路 南路 东路 西路 中路 支行 分行 路口 小区 广场 大厦".split()
)
_ROAD_AFTER = re.compile(r"[路街巷](?![\u4e00-\u9fff])")  # 朱雀路88号, 朱雀街，


@cache
def _name_shape_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A common compound, and a common single surname, followed by one typical given-name
    character (a second one is checked in Python): most of the filtering happens inside ``re``,
    so few positions reach Python. The look-ahead keeps matches zero-width past the surname, so
    overlapping starts are seen. Two patterns, not one alternation: each starts with literals
    or a character class, which ``re`` skips to at C speed (one alternation of both cost 3x)."""
    compounds, singles, given = _name_parts()
    return re.compile(f"(?:{compounds})(?=[{given}])"), re.compile(f"[{singles}](?=[{given}])")


def _name_shapes(text: str) -> list[tuple[int, int]]:
    """(surname start, given name start) of each name shape, in order: a compound surname first,
    as the one alternation would take it, and no single surname inside it (司|马)."""
    compound_re, single_re = _name_shape_regexes()
    compounds = [m.span() for m in compound_re.finditer(text)]
    singles = [m.span() for m in single_re.finditer(text)]
    if not compounds:
        return singles
    inside = {i for s, e in compounds for i in range(s, e)}
    return sorted([*compounds, *(sp for sp in singles if sp[0] not in inside)])


def find_loose_names(text: str, full_names_only: bool = False) -> Iterator[NameHit]:
    """Names with no cue at all: a common surname and typical given characters, not a word,
    bounded by punctuation or function characters on both sides. In a text already known to
    hold other personal information (a record about a person) one given character is enough;
    elsewhere only a full name with two (这件事谢婉婷一直不知情), which words rarely are. Scored
    low, so a cued reading of the same span wins."""
    bigrams = frequent_bigrams()
    for i, g in _name_shapes(text):
        # After a word the surname does not run into (这件事|谢婉婷), a full name may start even
        # without punctuation or a function character before it.
        relaxed = not loose_left_ok(text, i)
        if relaxed and (g - i != 1 or joins_left(text, i)):
            continue
        if (
            is_cjk(text[i - 1 : i]) or text[i - 1 : i] in _SENTENCE_START
        ) and _preposition_before_name(text, i):
            continue  # 今日|向梁平发放, 向倪建说明了…: 向 is the preposition before a name
        if i and surname_len(text, i - 1) == 1 and strict_name(text, i - 1, i + 2):
            continue  # 三女邵|文慧平分: inside a full name that starts one character earlier
        if (
            text[i] == "于"
            and is_cjk(text[i - 1 : i])
            and text[i - 1] not in JOINING
            and text[i - 1] not in _AGENT_MARKS
        ):
            continue  # 葬于|祖山, 卒于|某年: after a character, 于 is a preposition, no surname
        for n in (2,) if full_names_only or relaxed else (2, 1):
            end = g + n
            if (
                end > len(text)
                or not strict_name(text, i, end)
                or (
                    word_as_given(text[i:end], text[g:end])
                    if not relaxed
                    else text[g:end] in bigrams
                )
            ):
                continue
            if n == 2 and ends_in_joining(text, end):
                continue  # 朱红和车辆…: 和 joins two words, it ends no name
            if n == 2 and (text[end - 1 : end + 1] in bigrams or weak_seam(text, end)):
                continue  # 谢娜|一起来…, 刘伟生|日快乐: the last character begins a word
            if (
                n == 2
                and is_cjk(text[i - 1 : i])
                and text[end : end + 1] in _PARTICLES_AFTER_A_VERB
                and text[g:end] in verbs()
                and not known_word(text[i - 2 : i])
                and text[i - 2 : i] not in verbs()
            ):
                continue  # 为干凤|兰开立|的: a verb, then 的 or 了, after no word
            if n == 2 and text[g + 1] in _THIS and text[end : end + 1] in _THIS_WHAT:
                continue  # 黎浩|本年度已使用…: "this" before a period or a count, no given name
            if n == 2 and text[g + 1] in PLACE_ENDINGS:
                continue  # 常平镇, 龙潭湖, 拓跋氏: a place or a clan, not a given name
            if (
                n == 2
                and text[end : end + 1] in _ASPECT
                and (text[g + 1] in _SINGLE_VERBS or text[i : end - 1] in bigrams)
            ):
                continue  # 替陈阳|开了一张卡, 今年夏天|怀着…: a verb and its particle, no given
                # character (after a word, 夏天, it is a verb of any kind)
            if n == 2 and text[g + 1 : g + 5] in idioms():
                continue  # 陈阳|信以为真: the last character starts an idiom
            if n == 2 and _FOLLOWER_AT.match(text, g + 1) and strict_name(text, i, g + 1):
                continue  # 董帅|正准备…: the last character begins a subject's follower word
            if (
                n == 2
                and (_adverb_at(text, g + 1) or text[g + 1] in _MODALS)
                and is_cjk(text[end : end + 1])
                and strict_name(text, i, g + 1)
            ):
                continue  # 第二天董帅|才发现…: an adverb or a modal verb, no given character
            if (
                n == 2
                and text[g + 1] in _VERB_CHARS
                and (text[end : end + 1] in JOINING or text[end : end + 2] in verbs())
                and strict_name(text, i, g + 1)
            ):
                continue  # 董帅|想把钱…, 董帅|想了解…: 想 before 把 or a verb is a verb itself
            if (
                not loose_right_ok(text, end)
                or text[end : end + 2] in _NOT_A_PERSON_AFTER
                or _ROAD_AFTER.match(text, end)
            ):
                continue
            if relaxed and inside_longer_word(text, i):
                break  # 乌|鲁木齐 (tested last: few readings get this far)
            if sits_across_a_word(text, i, end):
                break  # 佛|罗伦萨, 万平方|公里, 耀|武扬威: a longer word covers an edge of the span
            score = name_score(text[i:end], g - i, False)
            if score is not None:
                yield i, end, score - 0.2, "name-like, in a record with personal data"
            break


_PARTICLES_AFTER_A_VERB = _ASPECT | {"的"}
_THIS = frozenset("本该此")
_THIS_WHAT = frozenset("年月周季次人届期笔")


# What stands between a cue word and its colon: an aside (申请人（签字）：), or the other labels
# of a combined one (联系人/电话：缪岩/1588…, 姓名及证件：).
_ASIDE = re.compile(r"[（(][^（()）]{1,8}[）)]|(?:[/、]|及)[\u4e00-\u9fff]{2,4}(?=[:：])")
# An identifier or an address in brackets after a listed name (詹国栋（1502…）、华小雨,
# 陶根生（幸福里小区3栋102）、习凤英).
_ITEM_ASIDE = re.compile(r"[（(](?:[0-9A-Za-z*\- ]{4,24}|[^（()）:：]{9,24})[）)]")
_ORDINAL = re.compile(f"[{_NUMERALS}0-9甲乙丙丁]{{1,2}}")  # (联系人二：, 当事人甲：)


def _list_partners(text: str, hits: list[NameHit]) -> Iterator[NameHit]:
    """段誉、王语嫣夫妇, 卢家豪（驾驶员）与黄振宇: a name listed right before or after a found one
    (joined by 、 和 与 及, an aside in brackets allowed after the found one). In a list whose
    items pair a name with an amount (霍晓晨 8,500.00；颜卓 7,800.00), the partner's item must
    be shaped like the found one's."""
    for start, end, score, _cue in hits:
        if score < _VOUCHES:
            continue
        nxt = text[end : end + 1]
        own_amount = _ITEM_AMOUNT.match(text, end) if nxt in _AMOUNT_STARTS else None
        aside = (
            (_ITEM_ASIDE.match(text, end) or _ASIDE.match(text, end))
            if nxt in "（("
            else own_amount
        )
        if start >= 3 and text[start - 1] in _LIST_JOINERS:
            before = _before_amount(text, start - 1)
            partner = _name_before(text, before)
            if (
                partner is not None
                and (before == start - 1 or own_amount is not None)
                and _partner_ok(text, partner[0], partner[1])
            ):
                yield (
                    partner[0],
                    partner[1],
                    _partner_score(partner[2], score),
                    "listed with a name",
                )
        j = aside.end() if aside else end
        if j < len(text) - 2 and text[j] in _LIST_JOINERS:
            after = _listed_item(text, j + 1)
            if (
                after is not None
                and (own_amount is None or _ITEM_AMOUNT.match(text, after[1]) is not None)
                and _partner_ok(text, after[0], after[1])
            ):
                yield after[0], after[1], _partner_score(after[2], score), "listed with a name"


def _partner_score(own: float, vouching: float) -> float:
    """A partner's score: its own, but the list lifts one that a word in its given name lowered
    (队员：杜长江、戚立新…: 长江 is a river) to a little below the name that vouches for it."""
    return min(max(own, vouching - 0.1), vouching) - 0.05


def _listed_item(text: str, start: int) -> tuple[int, int, float] | None:
    """The name that opens the list item at ``start``: the whole item when it is closed by the
    next joiner or punctuation (、秦少游和…: 游 is no typical given character, but the item ends
    there), else the name ``_name_after`` reads."""
    k = start
    while k < len(text) and k - start <= 4 and is_cjk(text[k]) and text[k] not in _LIST_JOINERS:
        k += 1
    closed = k == len(text) or not is_cjk(text[k]) or text[k] in _LIST_JOINERS
    if closed and 2 <= k - start <= 4 and text[k - 1] not in _RUNS_ON:
        # (和秦朗于2025年…: 于 before the year is the preposition, the item runs on)
        whole = _name_before(text, k)
        if whole is not None and whole[0] == start:
            return whole
    return _name_after(text, start, False)


# Function characters that end no list item: the sentence runs on past them.
_RUNS_ON = JOINING | frozenset("于在是的了")

# An amount after a name in a list item (霍晓晨 8,500.00；…, 颜卓 3000元、…).
_ITEM_AMOUNT = re.compile(r"[ \t]*\d[\d,.]*(?:万?元)?[ \t]*(?=[、；;，,。]|$)")
_AMOUNT_CHARS = frozenset(" \t0123456789,.元万")
_AMOUNT_STARTS = frozenset(" \t0123456789")


def _before_amount(text: str, joiner: int) -> int:
    """Where the item before ``joiner`` ends its name: before an amount (霍晓晨| 8,500.00；),
    or at the joiner when no amount stands there."""
    j = joiner
    while j > 0 and text[j - 1] in _AMOUNT_CHARS:
        j -= 1
    return j if any(c.isdigit() for c in text[j:joiner]) else joiner


def _partner_ok(text: str, start: int, end: int) -> bool:
    """A listed partner needs no cue, but a common surname and not a word, a plausible name
    (卓一凡、苗雨桐两位: a rare surname and two typical given characters), or typical given
    characters."""
    slen = surname_len(text, start)
    name = text[start:end]
    if name in common_words() or name in surname_words():
        return False  # 王建国、高铁和…: a listed word
    if ends_in_joining(text, end):
        return False  # 方圆和李明: 和 joins the next item, it ends no name
    cue = _cue_regex().match(text, end)
    if cue is not None and text[cue.end() : cue.end() + 1] in (":", "："):
        return False  # 邢国庆；麻醉|医生：洪梅: the item is a label, a word before a title
    chars = given_name_chars()
    return (
        text[start : start + slen] in common_surnames()
        or plausible_name(text, start, end)
        or all(c in chars for c in name[slen:])  # 抄送：牛犇、车晓: a rarer surname
    )


# The structures ``find_names`` reads, in the order their hits are listed.
_STRUCTURES: tuple[Callable[[str], Iterable[NameHit]], ...] = (
    _cued,
    _cells,
    _after_colon,
    _subjects,
    _romanized,
    _dotted_alone,
    _keyed,
    _quoted,
    _signed,
    _kin_and_numbered,
    _compound,
    _pairs,
    _roles_and_spaced,
    _in_prose,
    _list_middles,
)
