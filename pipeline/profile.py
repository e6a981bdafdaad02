"""Seconds per stage for `granttrail run --profile` and benchmarks/scale.py. Each process keeps
its own totals; a document task hands its worker's totals back with its result and the driver
adds them up (so ingest, structure and extract are seconds summed over workers, the rest wall
seconds of the driver)."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

_totals: dict[str, float] = defaultdict(float)


@contextmanager
def stage(name: str) -> Iterator[None]:
    t = time.perf_counter()
    try:
        yield
    finally:
        _totals[name] += time.perf_counter() - t


def take() -> dict[str, float]:
    """This process's totals since the last take, and a fresh start."""
    out = dict(_totals)
    _totals.clear()
    return out


def add(totals: dict[str, float], more: dict[str, float]) -> None:
    for k, v in more.items():
        totals[k] = totals.get(k, 0.0) + v
