"""Hypothesis strategies for valid identifiers, shared by the property tests."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from baomi.detect.checksums import gb11643_check_char, luhn_ok

__all__ = ["mobiles", "resident_ids", "unionpay_cards"]

REGIONS = ["110105", "310114", "440305", "510107", "130981", "650102"]


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(REGIONS))
    born = date(1930, 1, 1) + timedelta(days=draw(st.integers(0, 30000)))
    body = region + born.strftime("%Y%m%d") + f"{draw(st.integers(0, 999)):03d}"
    return body + gb11643_check_char(body)


@st.composite
def unionpay_cards(draw: st.DrawFn) -> str:
    length = draw(st.integers(16, 19))
    body = "62" + "".join(
        draw(st.lists(st.sampled_from("0123456789"), min_size=length - 3, max_size=length - 3))
    )
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


@st.composite
def mobiles(draw: st.DrawFn) -> str:
    seg = draw(st.sampled_from(["138", "139", "150", "186", "199", "177", "166"]))
    return seg + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=8, max_size=8)))
