"""Context words: the labels and phrases that, near a candidate, say what it is (or is not).

Each group is data; recognizers name the groups that support them. One compiled regex finds all
cue words in a window in one pass, so context costs one search per candidate, not one per rule.
"""

from __future__ import annotations

import re
from functools import cache

from baomi.detect.wordset import trie_pattern

__all__ = ["CUE_GROUPS", "NEGATIVE", "NEGATIVE_REACH", "cue_regex", "cues_in"]

CUE_GROUPS: dict[str, tuple[str, ...]] = {
    "ID": (
        "身份证",
        "身份证号",
        "身份证号码",
        "证件号",
        "证件号码",
        "公民身份号码",
        "身份号码",
        "证号",
        "居民身份证",
        "idcard",
        "id_card",
        "id_no",
        "idno",
        "id no",
        "id number",
        "ID",
        "证件",
        # a social-security or medical-insurance card is numbered with its holder's resident ID
        "社保卡号",
        "医保卡号",
        "社会保障卡号",
        "社会保障号码",
        "社保号",
        "医保号",
    ),
    "FOREIGN_PR": ("永久居留", "永居证", "居留证", "外国人"),
    # Things other than a card that have a validity period (产品有效期至…, 证件有效期…).
    "NOT_A_CARD": (
        "批号",
        "产品",
        "保质期",
        "药品",
        "食品",
        "合同",
        "证书",
        "执照",
        "许可证",
        "许可证号",  # (also a negative word: the number after it is no card's or phone's)
        "优惠券",
        "会员",
        # a vehicle's inspection, a driving licence, a policy, a visa (检验有效期至2026年12月)
        "检验",
        "年检",
        "年审",
        "驾驶证",
        "驾照",
        "行驶证",
        "保单",
        "保险",
        "签证",
        # a risk assessment's result (评估结果为C3稳健型，有效期至2027年3月)
        "评估",
        "测评",
        # a loan's, a deposit's or a product's maturity (贷款金额800,000，到期日2046年5月)
        "贷款",
        "借款",
        "存款",
        "定期",
        "理财",
        "债券",
    ),
    "PASSPORT": ("护照", "passport", "护照号", "护照编号"),
    "HMT": (
        "通行证",
        "回乡证",
        "港澳",
        "台胞证",
        "往来",
        "来往内地",
        "来往大陆",
        "居民来往",
        "台湾居民",
        "签注",
    ),
    "MOBILE": (
        "手机",
        "手机号",
        "手机号码",
        "电话",
        "联系电话",
        "联系方式",
        "致电",
        "来电",
        "号码",
        "mobile",
        "phone",
        "tel",
        "Tel",
        "TEL",
        "cell",
        "预留",
        "短信",
        "致电",
        "拨打",
        "呼入",
        "主叫",
        "被叫",
        "机主",
        "微信",
        "致电号码",
        "联系",
        "号码为",
        "msisdn",
        "MSISDN",
        # a payment app's login is a phone number (支付宝账号1387…: no account at a bank)
        "支付宝账号",
        "支付宝帐号",
        "微信账号",
        "微信号",
    ),
    "LANDLINE": (
        "电话",
        "座机",
        "固话",
        "固定电话",
        "办公电话",
        "传真",
        "fax",
        "tel",
        "Tel",
        "总机",
    ),
    "EMAIL": ("邮箱", "email", "e-mail", "mail"),
    "CARD": (
        "卡号",
        "银行卡",
        "借记卡",
        "信用卡",
        "储蓄卡",
        "新卡",
        "旧卡",
        "卡",
        "card",
        "Card",
        "PAN",
        "pan",
        "card_no",
        "cardno",
        "绑定",
        "尾号",
        # (编号 alone is a negative word; after these it numbers the card or the account)
        "卡片编号",
        "银行卡编号",
    ),
    "ACCOUNT": (
        "账号",
        "帐号",
        "账户",
        "帐户",
        "对公",
        "存折",
        "收款账号",
        "付款账号",
        "结算账户",
        "基本户",
        "account",
        "acct",
        "A/C",  # (A/C No. 4323…: an account in an English record)
        "a/c",
        "开户",
        "转账",  # (转账：付张三（7353…）→收…: the payer's account)
        "转入",  # (提前支取并转入5258…: where the money goes; not 转至, 已转至法务部门)
        "汇入",
        "存款",  # (冻结了被执行人在我行的存款7173…: the deposit's account; amounts take 元)
        "账户编号",
        "账号编号",
        "存折编号",
        "户口号码",  # (Hong Kong: 儲蓄戶口，戶口號碼…, a bank account)
    ),
    "ACCOUNT_STRONG": (
        "对公",
        "存折",
        "基本户",
        "结算账户",
        "一般户",
        "对公账户",
        "对公账号",
        "单位账户",
        "贷款账号",  # (a loan's account is never a card, whatever its check digit)
        "贷款账户",
    ),
    "CVN": (
        "CVV",
        "CVV2",
        "CVN",
        "CVN2",
        "CVC",
        "cvv",
        "cvc",
        "cvn",
        "安全码",
        "验证码",
        "卡背",
        "背面",
        "三位",
    ),
    "EXPIRY": (
        "有效期",
        "到期",
        "expiry",
        "exp",
        "EXP",
        "valid thru",
        "有效日期",
        "失效",
        "Expiry",
        "EXPIRY",
        "Exp",
        "Valid Thru",
        "VALID THRU",
        "Expiration",
        "expiration",
        "有效至",
    ),
    "SMS": (
        "验证码",
        "动态码",
        "校验码",
        "OTP",
        "otp",
        "短信码",
        "口令码",
        "动态密码",
        "动态口令",
        "短信口令",
        "激活码",
        "code",
        "Code",
        "确认码",
        "授权码",
        "随机码",
        "一次性密码",
        "一次性交易码",
        "动态交易码",
        "登录码",
    ),
    # Where 校验码 and 授权码 check a document or a card payment, not a person's login: an
    # invoice's check code, a card terminal's authorization code (授权码：083412，终端号…).
    # (发票号码 and the like are listed beside 发票: the cue pattern matches the longest word, and
    # they are negative words too)
    "NOT_AN_SMS": (
        "发票",
        "发票号码",
        "发票代码",
        "发票号",
        "商户号",
        "终端号",
        "参考号",
        "凭证号",
        "POS",
        "pos",
    ),
    "DOB": (
        "出生",
        "生日",
        "出生日期",
        "出生年月",
        "DOB",
        "dob",
        "birth",
        "Birth",
        "birthday",
        "生于",
    ),
    "USCC": (
        "信用代码",
        "统一社会信用代码",
        "社会信用",
        "USCC",
        "uscc",
        "税号",
        "纳税人识别号",
        "营业执照",
    ),
    "PLATE": ("车牌", "号牌", "牌照", "车号", "plate"),
    "VIN": ("VIN", "vin", "车架号", "车辆识别", "识别代号", "底盘号"),
    "IMEI": ("IMEI", "imei", "设备号", "串号", "设备识别", "终端"),
    "IP": ("IP", "ip", "地址", "登录", "来源", "src", "dst", "host", "remote", "client"),
    "GEO": (
        "经纬度",
        "经度",
        "纬度",
        "坐标",
        "定位",
        "位置",
        "gps",
        "GPS",
        "lat",
        "lng",
        "lon",
        "location",
    ),
}

# Words that say a nearby number is not personal information (order numbers, amounts, serials).
NEGATIVE: tuple[str, ...] = (
    "客户号",  # a customer number, not the 户号 of an account
    "客户编号",
    "编号",
    "批次",
    "订单",
    "单号",
    "流水",
    "序列号",
    "序号",
    "交易号",
    "合同号",
    "保单号",
    "工单",
    "金额",
    "合计",
    "共计",
    "总计",
    "累计",
    "余额",
    "人民币",
    "元",
    "笔",
    "次",
    "版本",
    "version",
    "order",
    "serial",
    "txn",
    "SN",
    "sn",
    "批号",
    "发票",
    "凭证",
    "报文",
    "条码",
    "快递",
    "运单",
    "工号",
    "staff ID",  # (his staff ID is E20261201: shaped like a passport)
    "Staff ID",
    "employee ID",
    "Employee ID",
    "邮编",
    "尾号",
    "商户号",
    "终端号",
    "邮政编码",
    "页",
    "借据",  # 借据号: a loan note's number
    "参考号",  # 交易参考号: a payment network's retrieval reference
    "型号",  # product models and codes shaped like passports (型号E12345678)
    "编码",
    "货号",
    "款号",
    "物料号",
    "发票号码",  # (号码 alone is a phone's or a card's cue; the invoice's number is neither)
    "发票代码",
    "票据号",
    "单据号",
    # a utility's customer number (燃气户号, 电费户号), not the 户号 of an account at a bank
    "燃气户号",
    "燃气用户号",
    "电费户号",
    "用电户号",
    "供电户号",
    "水费户号",
    "用水户号",
    "缴费户号",
    "电力户号",
    # accounts that are not at a bank (the 账号 of a broadband line, a game, a membership)
    "宽带账号",
    "宽带帐号",
    "游戏账号",
    "会员账号",
    "会员号",
    "条形码",
    "备案号",
    "案号",  # a court case's number
    "档案号",
    # a hospital's numbers for a patient's stay and visits (住院号H20260387 is no HMT permit)
    "住院号",
    "门诊号",
    "病案号",
    "病历号",
    "就诊号",
    "床号",
    "登记号",
    "许可证号",
    # a document named after birth, and birthday promotions: no one's date of birth after them
    "出生证明",
    "出生证",
    "出生医学证明",
    "生日礼遇",
    "生日特权",
    "生日福利",
    "生日礼",
    "生日当月",
    # numbers of a bank's own units, staff, tickets and rooms (网点号, 柜员号, 授权号)
    "授权号",
    "网点号",
    "机构号",
    "柜员号",
    "房间号",
    "票号",
    "学号",
    # identifiers of requests and records in application logs (trace_id=6225…)
    "trace",
    "trace_id",
    "traceId",
    "request_id",
    "requestId",
    "req_id",
    "span_id",
    "spanId",
    "session",
    "sessionId",
    "uuid",
    "msg_id",
    "msgId",
    "message_id",
    "event_id",
    "txn_id",
    "order_id",
    "orderId",
    "invoice",
    # codes that are no one-time code (the SMS cue "code" is the last word of each)
    "zip code",
    "Zip code",
    "ZIP code",
    "postal code",
    "Postal code",
    "product code",
    "Product code",
    "promo code",
    "Promo code",
    "coupon code",
    "Coupon code",
    "error code",
    "Error code",
    "status code",
    "Status code",
    "exit code",
    "country code",
)


def _case_variants(word: str) -> set[str]:
    """An English cue of three letters or more also in Title and UPPER case (mobile, Mobile,
    MOBILE); short ones such as "ID" or "exp" stay as written, since "id" hides in other words."""
    if word.isascii() and word.islower() and len(word) >= 3:
        return {word, word.capitalize(), word.upper()}
    return {word}


@cache
def cue_regex() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One regex over every cue word, and for each word the groups it belongs to."""
    owner: dict[str, set[str]] = {}
    for group, words in CUE_GROUPS.items():
        for w in words:
            for variant in _case_variants(w):
                owner.setdefault(variant, set()).add(group)
    for w in NEGATIVE:
        owner.setdefault(w, set()).add("NEG")
    pattern = re.compile(trie_pattern(owner))
    return pattern, {w: frozenset(g) for w, g in owner.items()}


_SPACED_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
NEGATIVE_REACH = 6  # a negative word counts only this close to the value (编号12345, not 第17条…)


def cues_in(window: str) -> dict[str, str]:
    """Map each cue group present in ``window`` to the nearest (last) word that showed it.

    Negative words ("NEG") count only when they end within the last ``NEGATIVE_REACH``
    characters: they describe the number right after them, not one further on.
    """
    pattern, owner = cue_regex()
    if "\u3000" in window or " " in window:
        window = _SPACED_LABEL.sub("", window)  # 账　号：, 电 话 — a form's spaced label
    found: dict[str, str] = {}
    near = len(window) - NEGATIVE_REACH
    last = ""
    for m in pattern.finditer(window):
        w = last = m.group()
        groups = owner[w]
        if "NEG" not in groups:
            found.pop("NEG", None)  # 转账5000元，收款账号…: the nearer cue describes the value
        for g in groups:
            if g != "NEG" or m.end() > near:
                found[g] = w
    if last and "NEG" in owner[last] and "NEG" in found:
        # The nearest word is a negative one (…验证码…尾号1975): it describes this number.
        found["NEG_LAST"] = last
    return found
