"""Detection over several processes, keeping input order.

Each worker builds its own Detector once (from the parent's configuration); texts travel in
chunks so the per-item cost of inter-process traffic stays small.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING

from baomi.detect.config import DetectorConfig
from baomi.detect.finding import Finding

if TYPE_CHECKING:
    from baomi.detect.engine import Detector

__all__ = ["detect_parallel"]

_CHUNK = 2000
_CHUNK_CHARS = 1 << 22  # (a chunk of long lines stops sooner: memory stays flat)
_worker: Detector | None = None


def _init(config_json: str, today: str) -> None:
    global _worker
    from baomi.detect.engine import Detector

    _worker = Detector(
        DetectorConfig.model_validate_json(config_json), today=date.fromisoformat(today)
    )


def _run(chunk: list[str]) -> list[list[Finding]]:
    if _worker is None:  # pragma: no cover - the pool initializer always runs first
        raise RuntimeError("worker used before initialization")
    return list(_worker.detect_batch(chunk))


def detect_parallel(det: Detector, texts: Iterable[str], jobs: int) -> Iterator[list[Finding]]:
    """Results in input order. At most ``2 * jobs`` chunks are in flight, so memory stays flat
    on input of any size (Pool.imap would read the whole input ahead)."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    from baomi.detect.engine import text_chunks

    with ctx.Pool(jobs, _init, (det.config.model_dump_json(), det.today.isoformat())) as pool:
        in_flight: deque[AsyncResult[list[list[Finding]]]] = deque()
        try:
            for chunk in text_chunks(texts, _CHUNK, _CHUNK_CHARS):
                in_flight.append(pool.apply_async(_run, (chunk,)))
                if len(in_flight) >= 2 * jobs:
                    yield from in_flight.popleft().get()
        except Exception:
            # reading the input failed (a bad line under --strict): what was read before it
            # is still handed on, in order, before the error
            while in_flight:
                yield from in_flight.popleft().get()
            raise
        while in_flight:
            yield from in_flight.popleft().get()
