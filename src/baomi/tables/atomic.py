"""All or nothing output: write to a temporary file beside the target, rename when complete.

An interrupted or failed run (an exception, Ctrl-C, a failed ``--verify``) leaves no half-written
file and does not touch an existing one; ``os.replace`` is atomic on one file system.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["atomic_output"]


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes ``target`` (mode 0600 kept)."""
    target = Path(target)
    fd, name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".partial{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
