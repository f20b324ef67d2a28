"""The kept policy texts: first record wins, look-up by label or digest, edits show."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baomi.adapters.storage import open_store
from baomi.adapters.storage.policies_sql import PolicyVersion, SqlPolicyHistory, policy_digest

TEXT = 'version: "bank-1"\n# 规则\n'


def _version(text: str = TEXT, seq: int = 3) -> PolicyVersion:
    return PolicyVersion(policy_digest(text.encode()), "bank-1", seq, "2026-11-27T00:00:00", text)


def test_first_record_wins_and_lookups(
    urls: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    history = SqlPolicyHistory(open_store(*urls, create=True).data)
    v = _version()
    history.remember(v)
    history.remember(replace(v, audit_seq=9))  # the same text in force again later
    monkeypatch.setattr(history, "has", lambda _digest: False)  # two first uses racing
    history.remember(replace(v, audit_seq=11))
    assert history.versions() == [v]
    other = _version(TEXT + "# stricter\n", seq=20)
    history.remember(other)
    assert history.find("bank-1") == [v, other]  # one label, two texts: the caller asks which
    assert history.find(other.digest[:8]) == [other]
    assert history.find(other.digest[:7]) == []  # too short to name a text
    assert all(x.intact for x in history.versions())
    assert not replace(v, text=TEXT + " ").intact
