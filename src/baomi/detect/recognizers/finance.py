"""Payment cards, bank accounts and the secrets around them (CVN, expiry, SMS codes)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from baomi.detect.checksums import luhn_ok
from baomi.detect.recognizers.base import TokenRecognizer
from baomi.detect.recognizers.telecom import mobile_segment_ok

__all__ = ["RECOGNIZERS", "known_bin", "validate_card"]

# Issuer prefixes of the schemes common in China: UnionPay 62/81 (and domestic 60/9x), Visa 4,
# Mastercard 51-55 and 2221-2720, JCB 35, Amex 34/37, Diners 30/36/38, Discover 65.
_BIN_RE = re.compile(r"62|81|60|9[45689]|4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|35|3[47]|3[068]|65")


def known_bin(digits: str) -> bool:
    return _BIN_RE.match(digits) is not None


def validate_card(v: str, cues: Mapping[str, str]) -> float | None:
    """Luhn and a known issuer prefix; a failed Luhn survives only next to a card cue."""
    if not 16 <= len(v) <= 19:
        return None
    bin_ok = known_bin(v)
    if luhn_ok(v):
        return 0.85 if bin_ok else 0.45
    if bin_ok and "CARD" in cues and "ACCOUNT" not in cues:
        return 0.55
    return None


def _account(v: str, cues: Mapping[str, str]) -> float | None:
    if "UNIT" in cues:
        return None  # 存款100000000元: an amount or a count after its cue, no account
    if "ACCOUNT_STRONG" in cues:
        return 0.9
    if 16 <= len(v) <= 19 and luhn_ok(v) and known_bin(v):
        return 0.7  # looks like a card: let the card recognizer win
    if len(v) == 11 and mobile_segment_ok(v):
        return 0.7  # 登录账号150 2688 6451: a phone number as a login, let the mobile win
    return 0.8


_CVN_ONLY_CUES = frozenset({"CVV", "CVV2", "CVN", "CVN2", "CVC", "cvv", "cvc", "cvn", "安全码"})


def _cvn(v: str, cues: Mapping[str, str]) -> float | None:
    # Four digits after a bare 验证码 are an SMS code; only Amex's CID is a 4-digit CVN.
    if len(v) == 4 and cues.get("CVN") not in _CVN_ONLY_CUES:
        return None
    return 0.85


# Documents and goods whose validity a date after 有效期 may be (身份证有效期至2030年6月).
_OTHER_VALIDITY = frozenset({"ID", "PASSPORT", "HMT", "FOREIGN_PR", "NOT_A_CARD"})


def _expiry(v: str, cues: Mapping[str, str]) -> float | None:
    if not _OTHER_VALIDITY.isdisjoint(cues):
        return None  # a document's or a product's validity, not a card's
    return 0.8


# Cue words of an SMS code that also name other checks (an invoice's 校验码, a card payment's
# 授权码): near a word of those, the number is none.
_AMBIGUOUS_SMS_CUES = frozenset({"校验码", "授权码"})


def _sms(v: str, cues: Mapping[str, str]) -> float | None:
    if cues.get("SMS") in _AMBIGUOUS_SMS_CUES and "NOT_AN_SMS" in cues:
        return None
    return 0.85


RECOGNIZERS: tuple[TokenRecognizer, ...] = (
    TokenRecognizer(
        name="bank_card",
        max_base=0.85,
        lengths=frozenset(range(16, 20)),
        type="BANK_CARD",
        kinds=("digits",),
        pattern=re.compile(r"\d{4}(?:[ \-]?\d{4}){3}(?:[ \-]?\d{1,3})?|\d{16,19}"),
        validate=validate_card,
        cues=("CARD",),
        cue_bonus=0.12,
        negative_penalty=0.4,
    ),
    TokenRecognizer(
        name="bank_account",
        max_base=0.9,
        lengths=frozenset(range(9, 26)),
        type="BANK_ACCOUNT",
        kinds=("digits",),
        pattern=re.compile(r"\d{9,25}|\d{3,6}(?:[ \-]\d{2,8}){1,5}"),
        validate=_account,
        cues=("ACCOUNT_STRONG", "ACCOUNT"),
        needs_cue=True,
        cue_bonus=0.05,
    ),
    TokenRecognizer(
        name="card_cvn",
        max_base=0.85,
        lengths=frozenset({3, 4}),
        type="CARD_CVN",
        kinds=("digits",),
        pattern=re.compile(r"\d{3,4}"),
        validate=_cvn,
        cues=("CVN",),
        needs_cue=True,
    ),
    TokenRecognizer(
        name="card_expiry",
        max_base=0.8,
        type="CARD_EXPIRY",
        kinds=("mmyy", "date"),
        pattern=re.compile(
            r"(?:0[1-9]|1[0-2]) ?/ ?(?:20)?\d{2}|20\d{2}[-/.](?:0?[1-9]|1[0-2])"
            r"|20\d{2}年(?:0?[1-9]|1[0-2])月"
        ),
        validate=_expiry,
        cues=("EXPIRY",),
        needs_cue=True,
        cue_bonus=0.12,
        far_groups=_OTHER_VALIDITY,
        far_reach=32,
    ),
    TokenRecognizer(
        name="sms_code",
        max_base=0.85,
        lengths=frozenset(range(4, 9)),
        type="SMS_CODE",
        kinds=("digits",),
        pattern=re.compile(r"\d{4,8}"),
        validate=_sms,
        cues=("SMS",),
        needs_cue=True,
        look_right=True,
        far_groups=frozenset({"NOT_AN_SMS"}),  # (发票号码：…，校验码：…: the sentence's document)
        far_reach=40,
    ),
)
