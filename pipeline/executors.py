"""Where the per-document work runs: a local process pool (the default) or a dask.distributed
cluster. Both are handed to the runner as a `concurrent.futures.Executor`, so the dispatch loop
is the same; each task is a pure function of a file's bytes and its path in the case, and its
result also lands in the content-addressed cache, so the tables come out byte-identical whichever
executor ran the documents.

A dask cluster's workers must see the input folder, OUT_DIR and this code (the same checkout or
installed package with its models/) at the same paths: a shared file system."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

EXECUTORS = ("process", "dask")
# a dask worker runs one document at a time per thread; tesseract and pdfium do their own work
# in C, so one thread per worker process keeps a page's OCR threads from fighting each other
DASK_THREADS_PER_WORKER = 1
# the local cluster's memory guard would pause or restart a worker for a large scan; the driver
# bounds memory itself (one document per task, results streamed to the cache)
DASK_LOCAL_MEMORY_LIMIT = 0


def default_workers() -> int:
    return os.cpu_count() or 1


@contextmanager
def document_executor(kind: str = "process", workers: int | None = None, scheduler: str | None = None) -> Iterator[Executor]:
    """An executor for per-document tasks. `kind` "process": a ProcessPoolExecutor of `workers`
    processes. "dask": a client of the scheduler at `scheduler` (tcp://HOST:8786), or, with no
    address, of a LocalCluster of `workers` single-threaded worker processes started here."""
    if kind not in EXECUTORS:
        raise ValueError(f"unknown executor {kind!r}: use one of {', '.join(EXECUTORS)}")
    n = workers or default_workers()
    if kind == "process":
        with ProcessPoolExecutor(max_workers=n) as pool:
            yield pool
        return
    # pure=False: two documents' tasks are never merged by dask's key hashing
    with _dask_client(n, scheduler) as client, client.get_executor(pure=False) as executor:
        yield executor


@contextmanager
def _dask_client(workers: int, scheduler: str | None):
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=DASK_THREADS_PER_WORKER,
            processes=True,
            dashboard_address=None,
            memory_limit=DASK_LOCAL_MEMORY_LIMIT,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
