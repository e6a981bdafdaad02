"""Limits that keep one heavy or hostile file from taking the run with it: a memory ceiling and a
time limit per document, each document in a process of its own (forked from a preloaded server,
so a fork costs milliseconds). A process that dies or overruns takes only its document: that
document is `failed` with a plain reason and the next one starts in a fresh process.
Interrupts are prompt: pending documents are dropped, running ones killed, finished ones stay in
the cache; the workers end with the parent."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

log = logging.getLogger("granttrail")

# Address space one document's process may use (pdfium, Pillow and tesseract's page included).
MEMORY_LIMIT_BYTES = 700 * 1024 * 1024
# A document may take this long, plus TIME_PER_PAGE_S for each page it turns out to have; never
# longer than TIME_LIMIT_MAX_S. The limit stops a hang, not a slow page: OCR costs about 4 CPU
# seconds a page here (tesseract 3.2 of them), and a machine busy with other work gives a
# document half a core or less, so a scanned page is allowed five times that.
TIME_BASE_S = 60.0
TIME_PER_PAGE_S = 20.0
TIME_LIMIT_MAX_S = 3600.0
_PR_SET_PDEATHSIG = 1

TOO_LARGE = "too large to process within the memory limit"


@dataclass
class Task:
    key: str  # what the caller knows the document by
    args: tuple  # passed to the worker function


@dataclass
class Outcome:
    key: str
    payload: bytes | None  # what the worker function returned (encoded), None when it failed
    error: str | None = None  # why the document's process did not finish
    seconds: float = 0.0


def set_memory_limit(limit: int = MEMORY_LIMIT_BYTES) -> None:
    """A ceiling on this process's data (heap and private writable mappings; RLIMIT_DATA, which
    unlike the address space does not count the arenas and stacks threads reserve): an
    allocation past it fails (MemoryError or an error from the C library) instead of the
    machine killing something at random."""
    try:
        import resource

        which = getattr(resource, "RLIMIT_DATA", resource.RLIMIT_AS)
        soft, hard = resource.getrlimit(which)
        cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(which, (cap, hard))
    except (ImportError, ValueError, OSError) as e:  # not on this platform: run without
        log.debug("no memory limit: %s", e)


def die_with_parent() -> None:
    """Linux: this process is killed when the process that started it ends (kill -9 included)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def time_limit(pages: int | None) -> float:
    return min(TIME_LIMIT_MAX_S, TIME_BASE_S + TIME_PER_PAGE_S * (pages or 0))


def _worker(fn: Callable[..., bytes], conn: Connection, memory: int, log_file: str | None) -> None:
    """A document process: takes tasks until told to stop; its memory ceiling holds for each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides about interrupts
    die_with_parent()
    if log_file:
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(process)d %(message)s"))
        log.addHandler(handler)
    if memory:
        set_memory_limit(memory)

    def report_pages(n: int) -> None:
        conn.send_bytes(b"P" + str(int(n)).encode())

    while True:
        try:
            args = conn.recv()
        except (EOFError, OSError):
            return
        if args is None:
            return
        try:
            payload = fn(*args, on_pages=report_pages)
        except MemoryError:
            conn.send_bytes(b"E" + TOO_LARGE.encode())
            return  # a process that ran out of memory is not trusted with the next document
        except Exception as e:  # noqa: BLE001 - the document fails with the reason, not the pool
            log.error("document process failed", exc_info=True)
            conn.send_bytes(b"E" + f"could not be processed ({type(e).__name__}: {e})".encode())
            return
        conn.send_bytes(b"R" + payload)


def _death_reason(code: int | None) -> str:
    if code is not None and code < 0:
        sig = -code
        if sig == signal.SIGKILL:
            return f"{TOO_LARGE} (its process was killed)"
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return f"its process stopped on signal {name}; the file is probably damaged or too large"
    return f"its process ended without a result (exit code {code}); {TOO_LARGE}?"


_CTX: Any = None  # a multiprocessing context (forkserver where there is one)


def _context(preload: list[str]) -> Any:
    global _CTX
    if _CTX is None:
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        _CTX = mp.get_context(method)
        if method == "forkserver":
            _CTX.set_forkserver_preload(preload)
    return _CTX


@dataclass
class _Worker:
    proc: mp.process.BaseProcess
    conn: Connection
    task: Task | None = None
    start: float = 0.0
    deadline: float = 0.0
    pages: int | None = None


class IsolatedPool:
    """Run `fn(*task.args, on_pages=...) -> bytes` for each task in `workers` processes; a
    process that dies or overruns is replaced and takes only its task. Yields Outcomes."""

    def __init__(
        self,
        fn: Callable[..., bytes],
        workers: int,
        *,
        preload: list[str] | None = None,
        memory: int = MEMORY_LIMIT_BYTES,
    ) -> None:
        self.fn, self.size, self.memory = fn, max(1, workers), memory
        self.log_file = next((h.baseFilename for h in log.handlers if isinstance(h, logging.FileHandler)), None)
        self.ctx = _context(preload or [])
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker, args=(self.fn, child, self.memory, self.log_file), daemon=True)
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        self.workers.append(w)
        return w

    def _assign(self, w: _Worker, task: Task) -> None:
        w.task, w.pages = task, None
        w.start = time.monotonic()
        w.deadline = w.start + time_limit(None)
        w.conn.send(task.args)

    def _retire(self, w: _Worker) -> None:
        self.workers.remove(w)
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)
        w.conn.close()

    def _done(self, w: _Worker, payload: bytes | None, error: str | None, retire: bool = False) -> Outcome:
        assert w.task is not None
        out = Outcome(w.task.key, payload, error, time.monotonic() - w.start)
        w.task = None
        if retire:
            self._retire(w)
        return out

    def _read(self, w: _Worker) -> Outcome | None:
        try:
            msg = w.conn.recv_bytes()
        except (EOFError, OSError):
            w.proc.join(timeout=5)
            return self._done(w, None, _death_reason(w.proc.exitcode), retire=True)
        tag, body = msg[:1], msg[1:]
        if tag == b"P":
            w.pages = int(body)
            w.deadline = w.start + time_limit(w.pages)
            return None
        if tag == b"R":
            return self._done(w, body, None)
        return self._done(w, None, body.decode("utf-8", "replace"), retire=True)

    def _overdue(self) -> Iterator[Outcome]:
        now = time.monotonic()
        for w in [w for w in self.workers if w.task and now > w.deadline]:
            pages = f" for its {w.pages} pages" if w.pages else ""
            limit = round(w.deadline - w.start)
            yield self._done(w, None, f"took longer than the time limit ({limit} s{pages})", retire=True)

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        pending = list(tasks)
        pending.reverse()
        try:
            while pending or self._busy():
                self._fill(pending)
                yield from self._finished()
                yield from self._overdue()
        finally:
            self.close()

    def _busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task]

    def _fill(self, pending: list[Task]) -> None:
        """Idle workers (or new ones, up to the pool's size) take the next tasks."""
        while pending and (len(self.workers) < self.size or any(w.task is None for w in self.workers)):
            idle = next((w for w in self.workers if w.task is None), None) or self._spawn()
            self._assign(idle, pending.pop())

    def _finished(self) -> Iterator[Outcome]:
        """The outcomes of the workers that answered within the nearest deadline (at most a
        second: overdue workers are looked at in between)."""
        busy = self._busy()
        timeout = max(0.05, min(w.deadline for w in busy) - time.monotonic())
        ready = wait([w.conn for w in busy], timeout=min(timeout, 1.0))
        for w in [w for w in busy if w.conn in ready]:
            out = self._read(w)
            if out is not None:
                yield out

    def close(self) -> None:
        """Idle workers are told to stop; busy ones (an interrupt) are killed."""
        for w in list(self.workers):
            with contextlib.suppress(OSError, ValueError):
                if w.task is None:
                    w.conn.send(None)
                    w.proc.join(timeout=2)
                self._retire(w)
        self.workers.clear()


def in_process(fn: Callable[..., bytes], tasks: Iterable[Task]) -> Iterator[Outcome]:
    """The same contract without processes (no limits): for debugging and tracebacks."""
    for t in tasks:
        start = time.monotonic()
        try:
            payload = fn(*t.args, on_pages=lambda n: None)
        except MemoryError:
            yield Outcome(t.key, None, TOO_LARGE, time.monotonic() - start)
            continue
        yield Outcome(t.key, payload, None, time.monotonic() - start)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
