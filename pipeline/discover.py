"""What is in the input folder, with the folder as the boundary.

File names are taken as bytes (a Windows ZIP unpacked on Linux gives names in cp437 or cp1252):
every name is shown readably and keyed by its bytes. Nothing outside the folder is read: a link
that resolves outside it is listed with the reason. Broken links, loops, named pipes, devices,
unreadable files and folders and over-long paths each get a row saying why they were not read,
so no file is ever a silent gap (and never a false "missing attachment")."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("granttrail")

# folders a case folder may hold that are not documents (our own output, tool caches)
SKIP_DIRS = frozenset({b"interim", b"__pycache__"})
# larger than any response, invoice or scan; bigger files are refused before anything reads them
MAX_FILE_BYTES = 1 << 30
# Windows code pages whose names arrive undecodable as UTF-8 (ZIP archives, old shares)
_LEGACY_CODEPAGES = ("cp437", "cp1252")
_NORDIC = set("åäöÅÄÖéÉüÜæøÆØ")


@dataclass
class InputFile:
    path: Path  # where to open it (the link's own path when a link stays inside the folder)
    rel: str  # relative to the input folder, '/'-separated, readable (never surrogates)
    size: int
    raw: bytes = b""  # the relative path's bytes: cache keys come from these

    def key(self) -> bytes:
        return self.raw or self.rel.encode("utf-8")


@dataclass
class Scan:
    files: list[InputFile]
    rows: list[dict]  # documents rows for what was found but not read
    notes: list[str]  # what was deliberately left out (hidden files), for the log and summary


def readable_name(raw: bytes) -> str:
    """A file name's bytes as text a person can read: UTF-8; else a Windows code page where that
    yields Nordic letters ("Återbetalning" from a ZIP's cp437); else the bytes escaped (\\x8f)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for cp in _LEGACY_CODEPAGES:
        try:
            text = raw.decode(cp)
        except UnicodeDecodeError:
            continue
        odd = {c for c in text if ord(c) > 127}
        if odd and odd <= _NORDIC:
            return text
    return raw.decode("utf-8", errors="backslashreplace")


def row(rel: str, error: str, size: int | None = 0, status: str = "failed") -> dict:
    """A documents row for something that was not read."""
    return dict(
        doc_id=None,
        source_path=rel,
        sha256=None,
        media_type=None,
        kind="other",
        status=status,
        error=error,
        page_count=0,
        ocr_pages=0,
        bytes=size,
    )


def _strerror(e: OSError) -> str:
    if e.errno == errno.ENAMETOOLONG:
        return "the path is too long for this system"
    if e.errno == errno.ELOOP:
        return "a link that loops back on itself"
    return (e.strerror or str(e)).lower()


class _Walker:
    def __init__(self, root: Path, exclude: Path | None) -> None:
        self.root = os.fsencode(os.path.realpath(root))
        self.exclude = os.fsencode(os.path.realpath(exclude)) if exclude else None
        self.files: list[InputFile] = []
        self.rows: list[dict] = []
        self.notes: list[str] = []

    def rel(self, raw: bytes) -> str:
        return readable_name(raw)

    def inside(self, real: bytes) -> bool:
        return real == self.root or real.startswith(self.root.rstrip(b"/") + b"/")

    def walk(self, raw_dir: bytes = b"") -> None:
        here = os.path.join(self.root, raw_dir) if raw_dir else self.root
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError as e:
            where = self.rel(raw_dir) + "/" if raw_dir else "."
            self.rows.append(
                row(
                    where,
                    f"cannot read the folder ({_strerror(e)}); its files are not in this run and cannot be matched to attachment lists",
                )
            )
            return
        for entry in entries:
            raw = os.path.join(raw_dir, entry.name) if raw_dir else entry.name
            self.entry(entry, raw)

    def entry(self, entry: os.DirEntry, raw: bytes) -> None:
        rel = self.rel(raw)
        if entry.name.startswith(b"."):
            self.notes.append(f"hidden {'folder' if _is_dir(entry) else 'file'} not read: {rel}")
            return
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError as e:
            self.rows.append(row(rel, f"cannot read the file ({_strerror(e)})"))
            return
        if stat.S_ISLNK(st.st_mode):
            self.link(entry, raw, rel)
        elif stat.S_ISDIR(st.st_mode):
            if entry.name not in SKIP_DIRS and not self.excluded(entry.path):
                self.walk(raw)
        elif stat.S_ISREG(st.st_mode):
            self.add(Path(os.fsdecode(entry.path)), rel, raw, st.st_size)
        else:
            self.rows.append(row(rel, f"not a regular file ({_file_type(st.st_mode)}); not read"))

    def excluded(self, path: bytes) -> bool:
        return self.exclude is not None and os.path.realpath(path) == self.exclude

    def add(self, path: Path, rel: str, raw: bytes, size: int) -> None:
        if size > MAX_FILE_BYTES:
            self.rows.append(
                row(
                    rel,
                    f"too large to read ({size} bytes; the limit is {MAX_FILE_BYTES} bytes)",
                    size,
                )
            )
            return
        self.files.append(InputFile(path, rel, size, raw))

    def link(self, entry: os.DirEntry, raw: bytes, rel: str) -> None:
        try:
            real = os.path.realpath(entry.path, strict=True)
            st = os.stat(real)
        except OSError as e:
            if e.errno == errno.ENOENT:
                self.rows.append(row(rel, "a broken link: what it points to does not exist"))
            else:
                self.rows.append(row(rel, f"a link that cannot be followed ({_strerror(e)})"))
            return
        if not self.inside(real):
            self.rows.append(row(rel, "not read: a link to a place outside the input folder"))
            return
        if stat.S_ISDIR(st.st_mode):
            target = self.rel(os.path.relpath(real, self.root))
            self.rows.append(
                row(
                    rel,
                    f"a link to the folder '{target}' of this case: its files are read there",
                    None,
                    "duplicate",
                )
            )
        elif stat.S_ISREG(st.st_mode):
            self.add(Path(os.fsdecode(real)), rel, raw, st.st_size)
        else:
            self.rows.append(
                row(
                    rel,
                    f"a link to something that is not a regular file ({_file_type(st.st_mode)}); not read",
                )
            )


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _file_type(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "a special file"


def scan(input_dir: Path, exclude: Path | None = None) -> Scan:
    """Every entry under the input folder, sorted by its relative path; `exclude` is a folder
    not to enter (the run's own output, when it lies inside the input)."""
    w = _Walker(Path(input_dir), exclude)
    w.walk()
    w.files.sort(key=lambda f: f.rel)
    w.rows.sort(key=lambda r: r["source_path"])
    return Scan(w.files, w.rows, w.notes)


def read_file(f: InputFile) -> bytes:
    """The file's bytes, opened without following a link swapped in since the scan and without
    blocking on a pipe; a file that grew past the limit is refused."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(f.path, flags)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "no longer a regular file")
        # read what the file holds (a buffer of the limit's size would be allocated up front)
        data = fh.read(min(st.st_size, MAX_FILE_BYTES) + 1)
    if len(data) > MAX_FILE_BYTES:
        raise OSError(errno.EFBIG, "the file grew past the size limit while it was read")
    return data


def file_digest(f: InputFile) -> tuple[str, str]:
    """doc_id and sha256 of a file, streamed (nothing held in memory)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(f.path, flags)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(errno.EINVAL, "no longer a regular file")
        sha = hashlib.file_digest(fh, "sha256").hexdigest()
    return sha[:16], sha
