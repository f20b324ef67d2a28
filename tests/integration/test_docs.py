"""Docs are tested: every CLI command and option, entity type and setting is documented."""

from __future__ import annotations

import re
import typing

import typer.main

from baomi.adapters.cli.app import app
from baomi.catalog import CATALOG
from baomi.detect.config import VALIDATORS, CustomRecognizer, DetectorConfig
from tests.conftest import ROOT

DOCS = ROOT / "docs"


def test_every_cli_command_and_option_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert commands, "no commands found"
    todo = [(f"baomi {name}", cmd) for name, cmd in commands.items()]
    while todo:
        full, cmd = todo.pop()
        assert f"`{full}" in text, f"command {full} is not in docs/cli.md"
        todo += [(f"{full} {n}", c) for n, c in getattr(cmd, "commands", {}).items()]
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert f"`{opt}" in text, f"option {opt} of {full} is not in docs/cli.md"


def test_exit_codes_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for code in (0, 1, 2, 3, 4, 5, 6, 7, 70):
        assert re.search(rf"^\| {code} \|", text, re.MULTILINE), f"exit code {code}"


def test_every_entity_type_is_documented() -> None:
    text = (DOCS / "entities.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z_0-9]+)` \|", text, re.MULTILINE))
    assert documented == set(CATALOG)


def test_every_setting_and_validator_is_documented() -> None:
    text = (DOCS / "detect-config.md").read_text(encoding="utf-8")
    for name in DetectorConfig.model_fields:
        assert f"`{name}`" in text, f"setting {name}"
    for name in CustomRecognizer.model_fields:
        assert f"`{name}`" in text, f"custom recognizer key {name}"
    for name in VALIDATORS:
        assert f"`{name}`" in text, f"validator {name}"


def test_readme_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text[: text.index("## Use")]
    assert "make demo" in head
    assert "make test" in head
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_operator_parameter_and_profile_is_documented() -> None:
    from baomi.protect import BUILTIN_PROFILES, OPERATOR_NAMES
    from baomi.protect.profiles import OperatorSpec, Profile

    text = (DOCS / "protect.md").read_text(encoding="utf-8")
    for name in OPERATOR_NAMES:
        assert f"### `{name}`" in text, f"operator {name}"
    union = typing.get_args(OperatorSpec)[0]  # Annotated[A | B | ..., discriminator]
    for spec in typing.get_args(union):
        for param in spec.model_fields:
            assert f"`{param}`" in text, f"parameter {param} of {spec.__name__}"
    for name in Profile.model_fields:
        assert f"`{name}`" in text, f"profile key {name}"
    for name in BUILTIN_PROFILES:
        assert f"`{name}`" in text, f"built-in profile {name}"
