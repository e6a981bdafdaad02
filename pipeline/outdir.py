"""The output folder: checked before any work, locked while a run writes, and published as one
unit.

A run's tables are written into a fresh version folder `OUT_DIR/.tables/<version>/` with a
manifest written last; then the link `OUT_DIR/.tables/current` is switched to it with one atomic
rename. `OUT_DIR/<table>.parquet` are links through `current`, so readers (and
`../shared/tools/score.py`) keep opening the same paths and always see one complete set: a crash
or kill -9 at any point leaves the previous set or the new one, never a mix. Files follow the
umask (0644 under 022)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger("granttrail")

VERSIONS = ".tables"
CURRENT = "current"
MANIFEST = "manifest.json"
LOCK = ".granttrail.lock"
# free space the output folder needs before a run starts (tables, cache, report images)
MIN_FREE_BYTES = 64 * 1024 * 1024
MANIFEST_FORMAT = "granttrail-tables/1"


class OutputError(Exception):
    """The output folder cannot take a run's results; the message says what to do."""


def check_writable(out_dir: Path, need: int = MIN_FREE_BYTES) -> None:
    """Before any work: the folder exists or can be made, can be written, and has room."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".write-test-{os.getpid()}-{time.monotonic_ns()}"
        probe.write_bytes(b"granttrail")
        probe.unlink()
    except OSError as e:
        raise OutputError(f"cannot write to the output folder {out_dir}: {(e.strerror or str(e)).lower()}") from e
    free = shutil.disk_usage(out_dir).free
    if free < need:
        raise OutputError(f"the output folder {out_dir} has {free // 2**20} MB free; a run needs at least {need // 2**20} MB")


@contextlib.contextmanager
def locked(out_dir: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """One run at a time per output folder: a second run says so and waits."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            msg = f"another granttrail run (pid {holder}) is writing to {out_dir}; waiting for it"
            log.warning("%s", msg)
            if on_wait:
                on_wait(msg)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _mode() -> int:
    from .cache import current_umask

    return 0o666 & ~current_umask()


def _dir_mode() -> int:
    from .cache import current_umask

    return 0o777 & ~current_umask()


def current_dir(out_dir: Path) -> Path | None:
    link = out_dir / VERSIONS / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return None
    d = out_dir / VERSIONS / target
    return d if (d / MANIFEST).is_file() else None


def read_manifest(out_dir: Path) -> dict | None:
    d = current_dir(out_dir)
    if d is None:
        return None
    try:
        m = json.loads((d / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return m if isinstance(m, dict) and m.get("format") == MANIFEST_FORMAT else None


def _sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def intact(out_dir: Path, tables: list[str], run_key: str | None = None) -> bool:
    """Is the published set complete, as its manifest describes it (and from this run key)?"""
    m = read_manifest(out_dir)
    d = current_dir(out_dir)
    if m is None or d is None or (run_key is not None and m.get("run_key") != run_key):
        return False
    files = m.get("tables") or {}
    for t in tables:
        entry = files.get(t)
        p = out_dir / f"{t}.parquet"
        if not entry or not p.exists() or os.path.realpath(p) != os.path.realpath(d / f"{t}.parquet"):
            return False
        if _sha256(d / f"{t}.parquet") != entry.get("sha256"):
            return False
    return True


def publish_set(
    out_dir: Path,
    write: Callable[[Path], dict[str, int]],
    run_key: str | None,
    names: list[str],
    extra: dict | None = None,
) -> dict[str, int]:
    """`write(folder)` writes every table into `folder` and returns the row counts; the folder
    becomes the current set at once."""
    versions = out_dir / VERSIONS
    versions.mkdir(parents=True, exist_ok=True)
    _remove_stale(versions)
    version = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**9}"
    staging = versions / version
    staging.mkdir(mode=_dir_mode())
    try:
        counts = write(staging)
        manifest = dict(
            format=MANIFEST_FORMAT,
            run_key=run_key,
            version=version,
            **(extra or {}),
            tables={n: dict(rows=counts[n], sha256=_sha256(staging / f"{n}.parquet")) for n in names},
        )
        _write_synced(staging / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
        _fsync_dir(staging)
        _swap_link(versions / CURRENT, version)
    except OSError as e:  # a full disk, a folder turned read-only: the previous set stands
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(
            f"could not write the tables to {out_dir} ({(e.strerror or str(e)).lower()}); the previous tables are unchanged"
        ) from e
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _link_tables(out_dir, names)
    _remove_stale(versions)
    return counts


def _write_synced(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _mode())
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(d: Path) -> None:
    with contextlib.suppress(OSError):
        for p in d.iterdir():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fd = os.open(d, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _swap_link(link: Path, target: str) -> None:
    tmp = link.with_name(f".{link.name}.{os.getpid()}.{time.monotonic_ns()}")
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir_only(link.parent)


def _fsync_dir_only(d: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(d, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _link_tables(out_dir: Path, names: list[str]) -> None:
    """OUT_DIR/<table>.parquet -> .tables/current/<table>.parquet (made once; a table file left
    by an older version of granttrail is replaced by its link)."""
    for n in names:
        p = out_dir / f"{n}.parquet"
        want = f"{VERSIONS}/{CURRENT}/{n}.parquet"
        with contextlib.suppress(OSError):
            if os.readlink(p) == want:
                continue
        _swap_link(p, want)


def _remove_stale(versions: Path) -> None:
    """Versions other than the current one (superseded, or left by a crash), and stray temp
    links. Only called under the output lock."""
    try:
        keep = os.readlink(versions / CURRENT)
    except OSError:
        keep = None
    for p in versions.iterdir():
        if p.name in (CURRENT, keep):
            continue
        if p.is_symlink() or p.is_file():
            p.unlink(missing_ok=True)
        else:
            shutil.rmtree(p, ignore_errors=True)


def remove_temp_files(folder: Path) -> None:
    """Temporary files a killed run left behind (under the output lock, so none is in use)."""
    if not folder.is_dir():
        return
    for p in folder.rglob(".*.tmp"):
        with contextlib.suppress(OSError):
            p.unlink()
