"""Typed records as data: the per-document cache and the stages' interim files.

A cached result is JSON of the pipeline's dataclasses with a format tag; reading it builds only
the dataclasses registered here, from their declared fields, with plain values (str, int, float,
bool, None, Decimal, date, tuples, sets, float arrays). Nothing in a cache file can name a
function or a module, so a crafted file on a shared drive can at worst be rejected, never run
(pickle would run it). A file that does not validate is recomputed."""

from __future__ import annotations

import base64
import dataclasses
import functools
import json
import math
import os
import sys
import tempfile
from array import array
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

FORMAT = "granttrail-cache/2"
_TAG = "__t"  # a dataclass: its registered name
MAX_DEPTH = 200  # records nested deeper than this are no record of this pipeline
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
    "forms": ("Form", "FormField"),
    "structure": ("GrantPayment", "Section", "Segment", "StructuredDocument", "SummaryRow", "SummaryTable", "TocEntry"),
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


def _enc(v: Any) -> Any:
    if v is None or isinstance(v, bool | int | str):
        return v
    encode = _ENCODERS.get(type(v))
    if encode is None:  # a subclass (a datetime is a date) or a record
        encode = next((fn for t, fn in _ENCODERS.items() if isinstance(v, t)), _enc_record)
    return encode(v)


def _enc_float(v: float) -> Any:
    return v if math.isfinite(v) else {"__float": repr(v)}


def _enc_array(v: array) -> dict:
    if v.typecode != "f":
        raise CacheError(f"array of type {v.typecode!r} is not cached")
    data = v.tobytes() if sys.byteorder == "little" else _swapped(v).tobytes()
    return {"__f32": base64.b64encode(data).decode("ascii")}


def _enc_set(v: set | frozenset) -> dict:
    items = [_enc(x) for x in v]
    return {"__set": sorted(items, key=lambda x: json.dumps(x, sort_keys=True))}


def _enc_dict(v: dict) -> dict:
    if all(isinstance(k, str) and not k.startswith("__") for k in v):
        return {k: _enc(x) for k, x in v.items()}
    return {"__map": [[_enc(k), _enc(x)] for k, x in v.items()]}


def _enc_record(v: Any) -> dict:
    if not dataclasses.is_dataclass(v) or isinstance(v, type):
        raise CacheError(f"a value of type {type(v).__name__} is not cacheable")
    name = _name(type(v))
    if _types().get(name) is not type(v):
        raise CacheError(f"{name} is not a cacheable record")
    out = {_TAG: name}
    for f in _fields(type(v)):
        out[f.name] = _enc(getattr(v, f.name))
    return out


# value types and their encodings, checked in this order (a datetime before a date)
_ENCODERS: dict[type, Callable[[Any], Any]] = {
    float: _enc_float,
    Decimal: lambda v: {"__dec": str(v)},
    datetime: lambda v: {"__dt": v.isoformat()},
    date: lambda v: {"__date": v.isoformat()},
    bytes: lambda v: {"__b64": base64.b64encode(v).decode("ascii")},  # an e-invoice's embedded XML
    array: _enc_array,
    tuple: lambda v: {"__tuple": [_enc(x) for x in v]},
    set: _enc_set,
    frozenset: _enc_set,
    list: lambda v: [_enc(x) for x in v],
    dict: _enc_dict,
}


@functools.cache
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    """A record class's fields (asked for every record written or read: looked up once)."""
    return dataclasses.fields(cls)


def _swapped(v: array) -> array:
    w = array("f", v)
    w.byteswap()
    return w


def dumps(obj: Any) -> bytes:
    return json.dumps({"format": FORMAT, "data": _enc(obj)}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# ------------------------------------------------------------------------------------------------
# decoding, validated
# ------------------------------------------------------------------------------------------------


def _dec(v: Any, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
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
    try:
        return _DECODERS[kind](v[kind], depth)
    except (InvalidOperation, ValueError, TypeError, IndexError) as e:
        raise CacheError(f"bad {kind[2:]} value: {e}") from e


def _dec_f32(x: Any) -> array:
    arr = array("f")
    arr.frombytes(base64.b64decode(_str(x), validate=True))
    return arr if sys.byteorder == "little" else _swapped(arr)


def _dec_map(x: Any, depth: int) -> dict:
    return {_dec(_list(p)[0], depth + 1): _dec(_list(p)[1], depth + 1) for p in _list(x)}


# tagged values: the tag's decoder of its value (and the depth, for values holding values)
_DECODERS: dict[str, Callable[[Any, int], Any]] = {
    "__dec": lambda x, _: Decimal(_str(x)),
    "__date": lambda x, _: date.fromisoformat(_str(x)),
    "__dt": lambda x, _: datetime.fromisoformat(_str(x)),
    "__float": lambda x, _: float(_str(x)),
    "__b64": lambda x, _: base64.b64decode(_str(x), validate=True),
    "__f32": lambda x, _: _dec_f32(x),
    "__tuple": lambda x, depth: tuple(_dec(i, depth + 1) for i in _list(x)),
    "__set": lambda x, depth: {_dec(i, depth + 1) for i in _list(x)},
    "__map": _dec_map,
}


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
    fields = _field_map(cls)
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


@functools.cache
def _field_map(cls: type) -> dict[str, dataclasses.Field]:
    return {f.name: f for f in dataclasses.fields(cls)}


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
