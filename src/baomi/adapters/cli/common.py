"""What every command shares: the Typer app, stderr, exit codes, the detector from options."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

import typer
from pydantic import ValidationError
from rich.console import Console

from baomi.detect import Detector, DetectorConfig, load_config
from baomi.errors import ConfigError

__all__ = [
    "EXIT_CONFIG",
    "EXIT_INPUT",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "EXIT_VERIFY",
    "Stop",
    "app",
    "build_detector",
    "err",
    "open_input",
    "worker_processes",
]

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INPUT, EXIT_CONFIG, EXIT_VERIFY = 0, 1, 2, 3, 4, 5

app = typer.Typer(
    name="baomi",
    help="baomi (保密): find and protect customers' personal information.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)


class Stop(Exception):
    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code


def worker_processes(jobs: int) -> int:
    """What ``--jobs`` asks for: 0 means one worker process per CPU core."""
    return jobs or (os.cpu_count() or 1)


def build_detector(config: Path | None, types: str | None, min_score: float | None) -> Detector:
    try:
        cfg = load_config(config) if config else DetectorConfig()
        updates: dict[str, object] = {}
        if types:
            updates["types"] = tuple(t.strip() for t in types.split(",") if t.strip())
        if min_score is not None:
            updates["min_score"] = min_score
        if updates:
            cfg = DetectorConfig.model_validate({**cfg.model_dump(), **updates})
        return Detector(cfg)
    except ConfigError as exc:
        raise Stop(EXIT_CONFIG, str(exc)) from None
    except ValidationError as exc:  # an out-of-range --min-score, for instance
        problem = exc.errors()[0]
        where = ".".join(str(x) for x in problem["loc"])
        raise Stop(EXIT_CONFIG, f"invalid option {where}: {problem['msg']}") from None


def open_input(path: str) -> tuple[BinaryIO, int | None]:
    if path == "-":
        return sys.stdin.buffer, None
    p = Path(path)
    try:
        if p.is_dir():
            raise Stop(EXIT_INPUT, f"{path} is a directory, not a file")
        return p.open("rb"), p.stat().st_size
    except FileNotFoundError:
        raise Stop(EXIT_INPUT, f"no such file: {path}") from None
    except PermissionError:
        raise Stop(EXIT_INPUT, f"permission denied: {path}") from None
