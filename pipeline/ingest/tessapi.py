"""Tesseract through its C API (libtesseract, loaded with ctypes), engines kept for reuse.

The command line loads the language model again for every image: on this machine about 0.4 s
of CPU before the first word, paid for each page and again for each second reading of a page's
strips. An engine here loads it once and is then handed image after image. It gives
tesseract the same pixels and settings as the command line does (an 8-bit grey image without a
resolution, so tesseract estimates it from the text as it does for pytesseract's PNG), and its
TSV is the command line's. Where the library cannot be loaded, `available()` is False and the
caller uses pytesseract."""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .tesseract import TessWord

LIBRARY_NAMES = ("libtesseract.so.5", "libtesseract.so", "libtesseract.dylib")
DEFAULT_PSM = 3  # fully automatic page segmentation, as the command line
TSV_COLUMNS = 12  # level page block par line word left top width height conf text
OEM_DEFAULT = 3  # the engine the model has (LSTM for the installed fast models)
# settings read only while a model loads (SetVariable refuses them afterwards): passed to Init4
LOAD_SETTINGS = frozenset({"load_system_dawg", "load_freq_dawg", "load_punc_dawg", "load_number_dawg"})
_OPTION = re.compile(r"--psm\s+(?P<psm>\d+)|-c\s+(?P<key>\w+)=(?P<value>\S+)")


_LIB: list[Any] = []  # the loaded library, or None when it cannot be
_ENGINES: list[Any] = []  # every engine made, ended when the process exits
_IDLE: dict[tuple[str, str], list[Any]] = {}  # engines not reading now, by language and -c settings
_ENGINES_LOCK = threading.Lock()


def _library() -> Any:
    if not _LIB:
        # tesseract's OpenMP reads its thread limit when the library loads: one thread per page,
        # pages in parallel (as for the command line)
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        _LIB.append(_load())
    return _LIB[0]


def _load() -> Any:
    names = [*LIBRARY_NAMES, ctypes.util.find_library("tesseract")]
    for name in filter(None, names):
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        _declare(lib)
        atexit.register(_end_engines, lib)
        return lib
    return None


def _end_engines(lib: Any) -> None:
    """Free the engines before the library's own caches go (else it warns of leaks on exit)."""
    with _ENGINES_LOCK:
        for api in _ENGINES:
            lib.TessBaseAPIEnd(api)
            lib.TessBaseAPIDelete(api)
        _ENGINES.clear()
        _IDLE.clear()


def _declare(lib: Any) -> None:
    handle, text = ctypes.c_void_p, ctypes.c_char_p
    lib.TessBaseAPICreate.restype = handle
    lib.TessBaseAPIInit3.argtypes = [handle, text, text]
    texts = ctypes.POINTER(text)
    lib.TessBaseAPIInit4.argtypes = [handle, text, text, ctypes.c_int, texts, ctypes.c_int, texts, texts, ctypes.c_size_t, ctypes.c_bool]
    lib.TessBaseAPISetPageSegMode.argtypes = [handle, ctypes.c_int]
    lib.TessBaseAPISetVariable.argtypes = [handle, text, text]
    lib.TessBaseAPISetImage.argtypes = [handle, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.TessBaseAPIRecognize.argtypes = [handle, ctypes.c_void_p]
    lib.TessBaseAPIGetTsvText.argtypes = [handle, ctypes.c_int]
    lib.TessBaseAPIGetTsvText.restype = ctypes.c_void_p  # freed with TessDeleteText
    lib.TessDeleteText.argtypes = [ctypes.c_void_p]
    lib.TessBaseAPIClear.argtypes = [handle]
    lib.TessBaseAPIEnd.argtypes = [handle]
    lib.TessBaseAPIDelete.argtypes = [handle]
    lib.TessVersion.restype = text


def available() -> bool:
    return _library() is not None


def version() -> str:
    return _library().TessVersion().decode()


@contextmanager
def _engine(lang: str, config: str) -> Iterator[Any]:
    """An idle engine loaded for `lang` with the -c settings of `config`, or a new one: one per
    thread reading at a time, kept for the next image (threads come and go with each document,
    engines stay). The page segmentation mode is set for each image, so a page's reading and
    the second reading of its strips share one engine (a model loaded costs about 0.4 s)."""
    key = (lang, _settings(config))
    with _ENGINES_LOCK:
        idle = _IDLE.setdefault(key, [])
        api = idle.pop() if idle else None
    if api is None:
        api = _new_engine(_library(), lang, config)
    try:
        _library().TessBaseAPISetPageSegMode(api, _psm(config))
        yield api
    finally:
        with _ENGINES_LOCK:
            _IDLE[key].append(api)


def _new_engine(lib: Any, lang: str, config: str) -> Any:
    api = lib.TessBaseAPICreate()
    with _ENGINES_LOCK:
        _ENGINES.append(api)
    names, values = _load_settings(config)
    array = ctypes.c_char_p * max(1, len(names))
    if lib.TessBaseAPIInit4(api, None, lang.encode(), OEM_DEFAULT, None, 0, array(*names), array(*values), len(names), False) != 0:
        raise RuntimeError(f"tesseract could not load the language '{lang}'")
    _configure(lib, api, config)
    return api


def _load_settings(config: str) -> tuple[list[bytes], list[bytes]]:
    """The '-c' settings of `config` that tesseract reads only while it loads a model (which
    word lists to load), as names and values for Init4."""
    found = [(m.group("key").encode(), m.group("value").encode()) for m in _OPTION.finditer(config) if m.group("key") in LOAD_SETTINGS]
    return [n for n, _ in found], [v for _, v in found]


def _configure(lib: Any, api: Any, config: str) -> None:
    """'-c name=value' as the command line reads them (the mode, '--psm N', is set per image)."""
    lib.TessBaseAPISetVariable(api, b"debug_file", os.devnull.encode())  # no 'Estimating resolution' on stderr
    for m in _OPTION.finditer(config):
        if (
            m.group("key")
            and m.group("key") not in LOAD_SETTINGS
            and not lib.TessBaseAPISetVariable(api, m.group("key").encode(), m.group("value").encode())
        ):
            raise ValueError(f"tesseract has no setting {m.group('key')}")


def _psm(config: str) -> int:
    """The page segmentation mode '--psm N' of `config`; 3 (a whole page) when none is given."""
    modes = [int(m.group("psm")) for m in _OPTION.finditer(config) if m.group("psm")]
    return modes[-1] if modes else DEFAULT_PSM


def _settings(config: str) -> str:
    """The '-c' settings of `config`, which stay with an engine once set."""
    return " ".join(m.group(0) for m in _OPTION.finditer(config) if m.group("key"))


def words(image: Any, lang: str, config: str) -> list[TessWord]:
    """The words of a PIL image (read as 8-bit grey), as tesseract's TSV gives them."""
    lib = _library()
    grey = image if image.mode == "L" else image.convert("L")
    pixels = grey.tobytes()
    with _engine(lang, config) as api:
        lib.TessBaseAPISetImage(api, pixels, grey.width, grey.height, 1, grey.width)
        if lib.TessBaseAPIRecognize(api, None) != 0:
            lib.TessBaseAPIClear(api)
            raise RuntimeError("tesseract could not recognise the image")
        tsv = _tsv(lib, api)
    return [w for w in map(_tsv_word, tsv.splitlines()) if w is not None]


def _tsv(lib: Any, api: Any) -> str:
    """The engine's TSV of the image it read, its memory freed and the engine cleared."""
    raw = lib.TessBaseAPIGetTsvText(api, 0)
    try:
        return ctypes.string_at(raw).decode("utf-8", "replace") if raw else ""
    finally:
        if raw:
            lib.TessDeleteText(raw)
        lib.TessBaseAPIClear(api)


def _tsv_word(row: str) -> TessWord | None:
    cells = row.split("\t")
    if len(cells) < TSV_COLUMNS or cells[0] != "5":  # level 5: a word
        return None
    _, _, block, par, line, _, left, top, width, height = map(int, cells[:10])
    conf = float(int(float(cells[10])))  # whole points, as pytesseract hands them over
    return TessWord(cells[11], left, top, width, height, conf, block, par, line)
