"""Warm-up done once in the process document workers are forked from, not once per worker.

A run starts its document workers from a forkserver (`pipeline.limits`). Each worker first imports
the modules the documents need (about 90; many are imported only when a document calls for them)
and compiles the vocabularies in models/patterns into some thousand regular expressions the first
time a document asks. That cost (0.5-1 CPU second a worker) came back with every worker of every
run: in the test suite, which runs the pipeline hundreds of times from one process, it was a large
part of the time. Importing this module in the forkserver (`runner._PRELOAD`) does it once; the
workers inherit it through fork. The results are the same: every warmed function is a cached
function without arguments, so a worker would have built the same value on first use.

Models that `granttrail build-model` writes (the classifiers, the heading model, the spaCy
pipeline) are not loaded here: they can be rebuilt while a forkserver lives (a test session), and
a worker reads them when it needs them as before.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil
import sys
from collections.abc import Callable, Iterator
from types import ModuleType

import pipeline

log = logging.getLogger("granttrail")

# Cached loaders of files `build-model` writes, by module and name: read fresh by each worker.
BUILT_MODEL_LOADERS = frozenset(
    {
        ("pipeline.reasons", "model"),
        ("pipeline.positions", "model"),
        ("pipeline.heading_model", "load"),
        ("pipeline.nlp", "load"),
        ("pipeline.nlp", "lemma_table"),
    }
)
# The command line: a worker of `python -m pipeline.cli` runs it again as its main module, which
# must not find it imported already (runpy warns); its imports (typer, rich) are kept.
ENTRY_POINTS = frozenset({"pipeline.cli"})


def _modules() -> Iterator[ModuleType]:
    """Every module of the package, imported (one that cannot be, e.g. for a missing optional
    dependency, is left to the worker that needs it)."""
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        try:
            yield importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - a warm-up never stops the forkserver
            log.debug("warm-up: %s not imported", info.name, exc_info=True)


def _argless_caches(module: ModuleType) -> Iterator[Callable[[], object]]:
    """The module's own cached functions that take no arguments (compiled vocabularies)."""
    for name, obj in vars(module).items():
        if not (callable(obj) and hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == module.__name__):
            continue
        if (module.__name__, name) in BUILT_MODEL_LOADERS:
            continue
        try:
            takes_none = not inspect.signature(obj).parameters
        except (TypeError, ValueError):
            continue
        if takes_none:
            yield obj


def _forget_entry_points() -> None:
    for name in ENTRY_POINTS:
        if sys.modules.pop(name, None) is not None:
            package, _, leaf = name.rpartition(".")
            vars(sys.modules[package]).pop(leaf, None)


def warm() -> None:
    modules = list(_modules())
    _forget_entry_points()
    for module in modules:
        for fn in _argless_caches(module):
            try:
                fn()
            except Exception:  # noqa: BLE001 - the worker meets the same error on first use and reports it there
                log.debug("warm-up: %s.%s failed", module.__name__, fn.__name__, exc_info=True)


warm()
