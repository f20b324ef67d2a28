"""``baomi init``, ``baomi vault ...`` and ``baomi keys ...`` as a user runs them."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_baomi

CSV = (
    "customer_no,姓名,身份证号,手机,等级\n"
    "C001,张伟,11010519491231002X,13812345678,A\n"
    "C002,李娜,310114195909049711,13987654321,B\n"
    "C003,王强,440305199001011237,15011223344,A\n"
)
SECRETS = ("11010519491231002X", "13812345678", "张伟")
CS = ("--actor", "cs", "--purpose", "account_servicing")
RISK = ("--actor", "risk", "--purpose", "risk_control", "--reason", "case 1")


def _env(home: Path) -> dict[str, str]:
    return {"BAOMI_HOME": str(home)}


def _with_customers(tmp_path: Path, env: dict[str, str]) -> None:
    """``baomi init``, then the three sample customers imported."""
    assert run_baomi("init", env=env).returncode == 0
    src = tmp_path / "c.csv"
    src.write_text(CSV, encoding="utf-8")
    r = run_baomi("vault", "import", str(src), "--key-column", "customer_no", env=env)
    assert r.returncode == 0


def _edit_policy(home: Path, old: str, new: str) -> None:
    policy = home / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert old in text
    policy.write_text(text.replace(old, new), encoding="utf-8")


def _actors(env: dict[str, str]) -> None:
    """A front-office actor (masked views) and a risk officer (clear, with a reason)."""
    assert run_baomi("actor", "add", "cs", "--role", "customer_service", env=env).returncode == 0
    assert run_baomi("actor", "add", "risk", "--role", "risk_officer", env=env).returncode == 0


def test_init_import_show_find_erase(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home)
    r = run_baomi("init", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "kek.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "baomi.db").stat().st_mode) == 0o600
    assert run_baomi("init", env=env).returncode == 0  # again: keeps the keys
    src = tmp_path / "c.csv"
    src.write_text(CSV, encoding="utf-8")
    r = run_baomi("vault", "import", str(src), "--key-column", "customer_no", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert "imported 3 customers" in r.stderr.decode()
    _actors(env)
    r = run_baomi("vault", "show", "C001", *CS, "--format", "json", env=env)
    assert json.loads(r.stdout) == {
        "姓名": "张*",
        "身份证号": "110105********002X",
        "手机": "138****5678",
        "等级": "A",
    }
    r = run_baomi("vault", "show", "C001", *RISK, "--clear", "--format", "json", env=env)
    assert json.loads(r.stdout)["手机"] == "13812345678"
    r = run_baomi("vault", "find", "--field", "手机", stdin=b"138-1234-5678\n", env=env)
    assert r.stdout.decode().split() == ["C001"]
    r = run_baomi("vault", "erase", "C001", "--reason", "客户张伟要求删除", env=env)
    assert r.returncode == 2  # a reason with personal data is refused
    r = run_baomi("vault", "erase", "C001", "--reason", "erasure request 2026-118", env=env)
    assert r.returncode == 0
    r = run_baomi("vault", "show", "C001", *CS, env=env)
    assert r.returncode == 3
    assert "erased" in r.stderr.decode()
    for data in (home / "baomi.db").read_bytes(), (home / "keystore.db").read_bytes():
        for s in SECRETS:
            assert s.encode() not in data


def test_key_column_with_personal_data_is_refused(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    run_baomi("init", env=env)
    src = tmp_path / "c.csv"
    src.write_text(CSV, encoding="utf-8")
    r = run_baomi("vault", "import", str(src), "--key-column", "身份证号", env=env)
    assert r.returncode == 2
    assert "internal customer number" in r.stderr.decode()


def test_keys_rotate_rewrap_status_retire(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    run_baomi("init", "--algorithm", "sm4-gcm", env=env)
    src = tmp_path / "c.csv"
    src.write_text(CSV, encoding="utf-8")
    run_baomi("vault", "import", str(src), "--key-column", "customer_no", env=env)
    assert run_baomi("keys", "rotate", env=env).returncode == 0
    r = run_baomi("keys", "retire", "1", env=env)
    assert r.returncode == 4
    assert "keys rewrap" in r.stderr.decode()
    r = run_baomi("keys", "rewrap", env=env)
    assert "re-wrapped 3 data keys under KEK version 2" in r.stdout.decode()
    assert run_baomi("keys", "retire", "1", env=env).returncode == 0
    assert run_baomi("keys", "rotate", "--data", env=env).returncode == 0
    status = json.loads(run_baomi("keys", "status", "--format", "json", env=env).stdout)
    assert status["algorithm"] == "sm4-gcm"
    assert status["deks_per_kek_version"] == {"2": 3}
    assert [k["state"] for k in status["kek_versions"]] == ["retired", "active"]
    _actors(env)
    r = run_baomi(
        "vault",
        "show",
        "C002",
        "--actor",
        "risk",
        "--purpose",
        "risk_control",
        "--reason",
        "case 1",
        "--clear",
        "--format",
        "json",
        env=env,
    )
    assert json.loads(r.stdout)["姓名"] == "李娜"


def test_sealed_key_file(tmp_path: Path) -> None:
    env = {**_env(tmp_path / "home"), "BAOMI_KEK_PASSPHRASE": "a long passphrase"}
    assert run_baomi("init", "--seal", env=env).returncode == 0
    src = tmp_path / "c.csv"
    src.write_text(CSV, encoding="utf-8")
    assert (
        run_baomi("vault", "import", str(src), "--key-column", "customer_no", env=env).returncode
        == 0
    )
    wrong = {**env, "BAOMI_KEK_PASSPHRASE": "wrong"}
    r = run_baomi("vault", "show", "C001", "--purpose", "account_servicing", env=wrong)
    assert r.returncode == 4
    assert "wrong passphrase" in r.stderr.decode()


def test_commands_before_init(tmp_path: Path) -> None:
    r = run_baomi("vault", "show", "C1", "--purpose", "payment", env=_env(tmp_path / "none"))
    assert r.returncode == 4
    assert "baomi init" in r.stderr.decode()


def test_jsonl_import(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    run_baomi("init", env=env)
    src = tmp_path / "c.jsonl"
    src.write_text(
        '{"id": "K1", "name": "张伟", "mobile": "13812345678", "score": 7}\n'
        "not json\n"
        '{"id": "K2", "name": "李娜", "mobile": "13987654321", "email": "li.na@qq.com"}\n',
        encoding="utf-8",
    )
    r = run_baomi("vault", "import", str(src), "--key-column", "id", env=env)
    assert r.returncode == 1  # the bad line is reported and skipped
    assert "line 2: not a valid JSON line" in r.stderr.decode()
    _actors(env)
    r = run_baomi("vault", "show", "K2", *CS, "--format", "json", env=env)
    assert json.loads(r.stdout) == {"name": "李*", "mobile": "139****4321", "email": "l****@qq.com"}
    r = run_baomi("vault", "show", "K1", *RISK, "--clear", "--format", "json", env=env)
    assert json.loads(r.stdout)["score"] == "7"
    r = run_baomi("vault", "find", "--field", "email", stdin=b"LI.NA@qq.com\n", env=env)
    assert r.stdout.decode().split() == ["K2"]


def test_every_vault_operation_is_audited_and_tampering_is_named(tmp_path: Path) -> None:

    home = tmp_path / "home"
    env = {**_env(home), "BAOMI_ACTOR": "teller-007"}
    _with_customers(tmp_path, env)
    run_baomi("actor", "add", "teller-007", "--role", "customer_service", env=env)
    run_baomi("vault", "show", "C002", "--purpose", "account_servicing", env=env)
    run_baomi("vault", "find", "--field", "手机", stdin=b"13812345678\n", env=env)
    run_baomi("vault", "erase", "C003", "--reason", "request 5", env=env)
    r = run_baomi("audit", "verify", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert "7 events" in r.stdout.decode()
    events = [json.loads(x) for x in run_baomi("audit", "export", env=env).stdout.splitlines()]
    actions = [e["action"] for e in events]
    assert actions == ["init", "import", "actor.add", "policy.change", "read", "find", "erase"]
    assert {e["actor"] for e in events} == {"teller-007"}
    assert events[3]["policy_version"] == "default-2026-11"  # the policy in force, by hash
    assert events[4]["purpose"] == "account_servicing"
    assert events[4]["role"] == "customer_service"
    assert events[4]["decision"] == "masked"
    assert events[4]["policy_version"] == "default-2026-11"
    exported = json.dumps(events, ensure_ascii=False)
    for secret in (*SECRETS, "C002", "C001"):
        assert secret not in exported  # values never; customers only as keyed references
    r = run_baomi("audit", "export", "--customer", "C002", env=env)
    assert [json.loads(x)["action"] for x in r.stdout.splitlines()] == ["read"]
    with sqlite3.connect(home / "baomi.db") as db:  # an administrator edits the log
        db.execute("DROP TRIGGER audit_events_no_update")
        db.execute(
            "UPDATE audit_events SET body = replace(body, '\"teller-007\"', '\"nobody\"') "
            "WHERE seq = 3"
        )
    r = run_baomi("audit", "verify", env=env)
    assert r.returncode == 6
    assert "BROKEN at event 3" in r.stderr.decode()


def test_alerts_scan_the_log_and_acknowledgements_are_audited(tmp_path: Path) -> None:
    env = {**_env(tmp_path / "home"), "BAOMI_ACTOR": "cs", "COLUMNS": "200"}
    _with_customers(tmp_path, env)
    _actors(env)
    for _ in range(6):  # a purpose the front office may not use: six denials in a row
        r = run_baomi("vault", "show", "C001", "--purpose", "marketing", env=env)
        assert r.returncode == 7
    out = run_baomi("alerts", env=env).stdout.decode()
    assert "repeated-denials" in out
    assert (
        run_baomi("alerts", env=env).stdout.decode().count("repeated-denials") == 1
    )  # no duplicate
    r = run_baomi("alerts", "ack", "1", "--note", "explained by the branch", env=env)
    assert r.returncode == 0
    events = [json.loads(x) for x in run_baomi("audit", "export", env=env).stdout.splitlines()]
    assert events[-1]["action"] == "alert.ack"
    assert run_baomi("alerts", "ack", "99", "--note", "x", env=env).returncode == 3


def test_break_glass_needs_a_reason_is_audited_and_alerts(tmp_path: Path) -> None:
    env = {**_env(tmp_path / "home"), "COLUMNS": "200"}
    _with_customers(tmp_path, env)
    _actors(env)
    glass = ("vault", "show", "C001", "--purpose", "payment", "--break-glass", "--format", "json")
    assert run_baomi(*glass, "--actor", "risk", env=env).returncode == 2  # no reason
    r = run_baomi(*glass, "--actor", "cs", "--reason", "outage 4", env=env)
    assert r.returncode == 7  # front office may not break the glass
    r = run_baomi(*glass, "--actor", "risk", "--reason", "fraud in progress, case 12", env=env)
    assert r.returncode == 0
    assert json.loads(r.stdout)["身份证号"] == "11010519491231002X"
    events = [json.loads(x) for x in run_baomi("audit", "export", env=env).stdout.splitlines()]
    assert events[-1]["action"] == "break_glass"
    assert "fraud in progress" in events[-1]["detail"]
    assert "break-glass" in run_baomi("alerts", "--open", env=env).stdout.decode()


def test_audit_prune_refuses_less_than_six_months(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    run_baomi("init", env=env)
    r = run_baomi("audit", "prune", "--retention-days", "30", env=env)
    assert r.returncode == 2
    r = run_baomi("audit", "prune", env=env)
    assert r.returncode == 0
    assert "pruned 0 events" in r.stdout.decode()
    assert run_baomi("audit", "verify", env=env).returncode == 0


def test_account_managers_see_their_own_customers_contact_data(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    _with_customers(tmp_path, env)
    run_baomi("actor", "add", "am1", "--role", "account_manager", env=env)
    assert run_baomi("actor", "relate", "am1", "--customer", "C001", env=env).returncode == 0
    show = ("--actor", "am1", "--purpose", "account_servicing", "--clear", "--format", "json")
    own = json.loads(run_baomi("vault", "show", "C001", *show, env=env).stdout)
    other = json.loads(run_baomi("vault", "show", "C002", *show, env=env).stdout)
    assert own["手机"] == "13812345678"  # contact data of their own customer: clear
    assert own["身份证号"] == "110105********002X"  # identifiers stay masked
    assert other["手机"] == "139****4321"  # someone else's customer: masked
    assert run_baomi("actor", "relate", "ghost", "--customer", "C001", env=env).returncode == 4


def test_customers_per_hour_limit(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home)
    _with_customers(tmp_path, env)
    _edit_policy(home, "max_customers_per_hour: 200", "max_customers_per_hour: 2")
    _actors(env)
    codes = [run_baomi("vault", "show", c, *CS, env=env).returncode for c in ("C001", "C002")]
    assert codes == [0, 0]
    r = run_baomi("vault", "show", "C003", *CS, "--format", "json", env=env)
    assert r.returncode == 7  # a third customer within the hour
    assert run_baomi("vault", "show", "C001", *CS, env=env).returncode == 0  # already seen


def test_bulk_export_needs_a_second_persons_approval(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home)
    _with_customers(tmp_path, env)
    _edit_policy(home, "approval_above: 100", "approval_above: 2")
    _actors(env)
    run_baomi("actor", "add", "sup", "--role", "supervisor", env=env)
    out = tmp_path / "export.csv"
    export = ("vault", "export", "-o", str(out), *CS)
    r = run_baomi(*export, env=env)
    assert r.returncode == 7  # three customers, more than two: needs an approval
    assert "second person" in r.stderr.decode()
    assert not out.exists()
    req = ("approval", "request", "--actor", "cs", "--purpose", "account_servicing")
    r = run_baomi(*req, "--customers", "3", "--reason", "quarterly check", env=env)
    assert "approval 1 requested" in r.stdout.decode()
    assert run_baomi("approval", "grant", "1", "--actor", "cs", env=env).returncode == 7  # self
    assert run_baomi("approval", "grant", "1", "--actor", "risk", env=env).returncode == 7  # role
    assert run_baomi("approval", "grant", "1", "--actor", "sup", env=env).returncode == 0
    r = run_baomi(*export, "--approval", "1", env=env)
    assert r.returncode == 0, r.stderr.decode()
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["customer_no"] for r in rows] == ["C001", "C002", "C003"]
    assert rows[0]["手机"] == "138****5678"  # the front office exports masked values
    assert run_baomi(*export, "--approval", "1", env=env).returncode == 7  # used once
    events = [json.loads(x) for x in run_baomi("audit", "export", env=env).stdout.splitlines()]
    actions = [e["action"] for e in events]
    assert "approval.request" in actions
    assert "approval.grant" in actions
    assert actions.count("export") == 1


def test_a_changed_policy_is_audited_before_it_is_used(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home)
    _with_customers(tmp_path, env)
    _actors(env)
    run_baomi("vault", "show", "C001", *CS, env=env)
    run_baomi("vault", "show", "C002", *CS, env=env)  # same policy: no new change event
    _edit_policy(home, "default-2026-11", "bank-2026-12")
    run_baomi("vault", "show", "C003", *CS, env=env)
    events = [json.loads(x) for x in run_baomi("audit", "export", env=env).stdout.splitlines()]
    changes = [e["policy_version"] for e in events if e["action"] == "policy.change"]
    assert changes == ["default-2026-11", "bank-2026-12"]
    assert events[-1]["action"] == "read"
    assert events[-1]["policy_version"] == "bank-2026-12"


def test_every_policy_in_force_is_kept_and_vouched_for_by_the_log(tmp_path: Path) -> None:
    """A decision months old is reviewed against the rules of its day: each policy text that
    was in force is kept, its digest in the policy.change event, and an edited text shows."""
    home = tmp_path / "home"
    env = {**_env(home), "COLUMNS": "200"}
    _with_customers(tmp_path, env)
    _actors(env)
    first = (home / "policy.yaml").read_text(encoding="utf-8")
    run_baomi("vault", "show", "C001", *CS, env=env)
    _edit_policy(home, "default-2026-11", "bank-2026-12")
    run_baomi("vault", "show", "C002", *CS, env=env)
    r = run_baomi("policy", "history", env=env)
    assert r.returncode == 0, r.stderr.decode()
    rows = [line for line in r.stdout.decode().splitlines() if "matches" in line]
    assert [line.split()[1] for line in rows] == ["default-2026-11", "bank-2026-12"]
    r = run_baomi("policy", "show", "default-2026-11", env=env)
    assert r.returncode == 0
    assert r.stdout.decode() == first
    digest = rows[1].split()[3]
    r = run_baomi("policy", "show", digest[:10], env=env)
    assert "bank-2026-12" in r.stdout.decode()
    assert run_baomi("policy", "show", "no-such-policy", env=env).returncode == 4
    with sqlite3.connect(home / "baomi.db") as db:  # someone edits a kept text
        db.execute(
            "UPDATE policy_versions SET text = text || '# relaxed' WHERE version = ?",
            ("bank-2026-12",),
        )
    r = run_baomi("policy", "history", env=env)
    assert r.returncode == 5
    assert "DIFFERS" in r.stdout.decode()
    assert run_baomi("policy", "show", "bank-2026-12", env=env).returncode == 5


def test_export_in_batches_writes_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Values are decrypted and written a batch at a time (here 2 customers): the file is the
    same as in one batch, and denied fields are never opened."""
    from typer.testing import CliRunner

    from baomi.adapters.cli import export_cmds
    from baomi.adapters.cli.common import app
    from baomi.vault import Vault

    home = tmp_path / "home"
    env = _env(home)
    _with_customers(tmp_path, env)
    _actors(env)
    monkeypatch.setenv("BAOMI_HOME", str(home))
    opened: set[str] = set()
    get_many = Vault.get_many

    def spy(self: Vault, ids: Sequence[str], names: Sequence[str] | None = None) -> Any:
        opened.update(names or ["<every field>"])
        return get_many(self, ids, names)

    monkeypatch.setattr(Vault, "get_many", spy)
    outputs = []
    for batch in (2, 500):
        monkeypatch.setattr(export_cmds, "_EXPORT_BATCH", batch)
        out = tmp_path / f"export-{batch}.csv"
        payment = ("--actor", "cs", "--purpose", "payment")  # no resident ids for payments
        r = CliRunner().invoke(app, ["vault", "export", "-o", str(out), *payment])
        assert r.exit_code == 0, r.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    rows = list(csv.DictReader(outputs[0].splitlines()))
    assert [r["customer_no"] for r in rows] == ["C001", "C002", "C003"]
    assert rows[0]["手机"] == "138****5678"
    denied = {name for name, value in rows[0].items() if value == "<denied>"}
    assert denied == {"身份证号"}
    assert "手机" in opened
    assert not opened & denied
