"""Typed records as data: the per-document cache and the stages' interim files.

A cached result is JSON of the pipeline's dataclasses with a format tag; reading it builds only
the dataclasses registered here, from their declared fields, with plain values (str, int, float,
bool, None, Decimal, date, tuples, sets, float arrays). Nothing in a cache file can name a
function or a module, so a crafted file on a shared drive can at worst be rejected, never run
(pickle would run it). A file that does not validate is recomputed."""

from __future__ import annotations

import base64
import dataclasses
import json
import math
import os
import sys
import tempfile
from array import array
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

FORMAT = "granttrail-cache/2"
_TAG = "__t"  # a dataclass: its registered name
_KINDS = ("__dec", "__date", "__dt", "__tuple", "__set", "__f32", "__map", "__float", "__b64")


class CacheError(ValueError):
    """A cache or interim file that is not a valid record of this pipeline."""


# The only types a cache file may name: each module of this package with its record classes.
RECORDS: dict[str, tuple[str, ...]] = {
    "evidence": ("Evidence", "Provenance"),
    "extract": ("ActivityFacts", "ExtractedDocument", "Paragraph"),
    "ingest.model": ("IngestedDocument", "Line", "PageText"),
    "ingest.ocr": ("OcrPage", "OcrWord"),
    "ingest.tesseract": ("TessReading", "TessWord"),
    "layout.tables": ("LayoutTable", "TableCell", "Word"),
    "link": ("Linked",),
    "attachlist": ("AttachmentItem", "AttachmentRef"),
    "structure": ("GrantPayment", "Section", "StructuredDocument", "SummaryRow", "SummaryTable", "TocEntry"),
}


def _registry() -> dict[str, type]:
    """The record classes by tag (resolved lazily: the stages import their modules)."""
    import importlib

    out: dict[str, type] = {}
    for module, names in RECORDS.items():
        mod = importlib.import_module(f"{__package__}.{module}")
        for name in names:
            cls = getattr(mod, name)
            out[_name(cls)] = cls
    return out


def _name(cls: type) -> str:
    """A record's tag: its module and class (two modules may both have a `Word`)."""
    return f"{cls.__module__.removeprefix('pipeline.')}.{cls.__qualname__}"


_TYPES: dict[str, type] | None = None


def _types() -> dict[str, type]:
    global _TYPES
    if _TYPES is None:
        _TYPES = _registry()
    return _TYPES


# ------------------------------------------------------------------------------------------------
# encoding
# ------------------------------------------------------------------------------------------------


def _enc(v: Any) -> Any:  # noqa: C901 - one branch per supported value type
    if v is None or isinstance(v, bool | int | str):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else {"__float": repr(v)}
    if isinstance(v, Decimal):
        return {"__dec": str(v)}
    if isinstance(v, datetime):
        return {"__dt": v.isoformat()}
    if isinstance(v, date):
        return {"__date": v.isoformat()}
    if isinstance(v, bytes):  # an e-invoice's embedded XML
        return {"__b64": base64.b64encode(v).decode("ascii")}
    if isinstance(v, array):
        if v.typecode != "f":
            raise CacheError(f"array of type {v.typecode!r} is not cached")
        data = v.tobytes() if sys.byteorder == "little" else _swapped(v).tobytes()
        return {"__f32": base64.b64encode(data).decode("ascii")}
    if isinstance(v, tuple):
        return {"__tuple": [_enc(x) for x in v]}
    if isinstance(v, set | frozenset):
        items = [_enc(x) for x in v]
        return {"__set": sorted(items, key=lambda x: json.dumps(x, sort_keys=True))}
    if isinstance(v, list):
        return [_enc(x) for x in v]
    if isinstance(v, dict):
        if all(isinstance(k, str) and not k.startswith("__") for k in v):
            return {k: _enc(x) for k, x in v.items()}
        return {"__map": [[_enc(k), _enc(x)] for k, x in v.items()]}
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        name = _name(type(v))
        if _types().get(name) is not type(v):
            raise CacheError(f"{name} is not a cacheable record")
        out = {_TAG: name}
        for f in dataclasses.fields(v):
            out[f.name] = _enc(getattr(v, f.name))
        return out
    raise CacheError(f"a value of type {type(v).__name__} is not cacheable")


def _swapped(v: array) -> array:
    w = array("f", v)
    w.byteswap()
    return w


def dumps(obj: Any) -> bytes:
    return json.dumps({"format": FORMAT, "data": _enc(obj)}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# ------------------------------------------------------------------------------------------------
# decoding, validated
# ------------------------------------------------------------------------------------------------


def _dec(v: Any, depth: int = 0) -> Any:  # noqa: C901 - one branch per supported value type
    if depth > 200:
        raise CacheError("records nested too deep")
    if v is None or isinstance(v, bool | int | float | str):
        return v
    if isinstance(v, list):
        return [_dec(x, depth + 1) for x in v]
    if not isinstance(v, dict):
        raise CacheError(f"unexpected JSON value {type(v).__name__}")
    if _TAG in v:
        return _record(v, depth)
    kind = next((k for k in _KINDS if k in v), None)
    if kind is None:
        if any(k.startswith("__") for k in v):
            raise CacheError("unknown tagged value")
        return {k: _dec(x, depth + 1) for k, x in v.items()}
    x = v[kind]
    try:
        if kind == "__dec":
            return Decimal(_str(x))
        if kind == "__date":
            return date.fromisoformat(_str(x))
        if kind == "__dt":
            return datetime.fromisoformat(_str(x))
        if kind == "__float":
            return float(_str(x))
        if kind == "__b64":
            return base64.b64decode(_str(x), validate=True)
        if kind == "__f32":
            arr = array("f")
            arr.frombytes(base64.b64decode(_str(x), validate=True))
            return arr if sys.byteorder == "little" else _swapped(arr)
        items = _list(x)
        if kind == "__tuple":
            return tuple(_dec(i, depth + 1) for i in items)
        if kind == "__set":
            return {_dec(i, depth + 1) for i in items}
        return {_dec(_list(p)[0], depth + 1): _dec(_list(p)[1], depth + 1) for p in items}
    except (InvalidOperation, ValueError, TypeError, IndexError) as e:
        raise CacheError(f"bad {kind[2:]} value: {e}") from e


def _str(x: Any) -> str:
    if not isinstance(x, str):
        raise CacheError("expected a string")
    return x


def _list(x: Any) -> list:
    if not isinstance(x, list):
        raise CacheError("expected a list")
    return x


def _record(v: dict, depth: int) -> Any:
    cls = _types().get(v[_TAG]) if isinstance(v[_TAG], str) else None
    if cls is None:
        raise CacheError(f"{v[_TAG]!r} is not a record of this pipeline")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    given = set(v) - {_TAG}
    if given != set(fields):
        raise CacheError(f"{cls.__name__}: fields {sorted(given ^ set(fields))} do not match")
    kwargs = {k: _dec(v[k], depth + 1) for k in fields if fields[k].init}
    try:
        obj = cls(**kwargs)
    except TypeError as e:
        raise CacheError(f"{cls.__name__}: {e}") from e
    for k, f in fields.items():
        if not f.init:
            object.__setattr__(obj, k, _dec(v[k], depth + 1))
    return obj


def loads(data: bytes, expect: type | None = None) -> Any:
    try:
        wrapper = json.loads(data)
    except (ValueError, UnicodeDecodeError) as e:
        raise CacheError(f"not JSON: {e}") from e
    if not isinstance(wrapper, dict) or wrapper.get("format") != FORMAT or "data" not in wrapper:
        raise CacheError(f"not a {FORMAT} file")
    obj = _dec(wrapper["data"])
    if expect is not None and not isinstance(obj, expect):
        raise CacheError(f"expected {expect.__name__}, found {type(obj).__name__}")
    return obj


# ------------------------------------------------------------------------------------------------
# files
# ------------------------------------------------------------------------------------------------


def write_atomic(path: Path, data: bytes) -> None:
    """A unique temporary name beside the target, then a rename: two runs into one folder never
    share a temp file, and a crash never leaves half a file under the real name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~current_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(obj: Any, path: Path) -> None:
    write_atomic(path, dumps(obj))


def load(path: Path, expect: type | None = None) -> Any:
    return loads(path.read_bytes(), expect)


_UMASK: int | None = None


def current_umask() -> int:
    """The process umask (read once: os.umask can only be read by setting it)."""
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return _UMASK
