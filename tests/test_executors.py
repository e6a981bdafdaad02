"""The documents run on a dask.distributed cluster as well as in the local process pool, and the
tables come out the same, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from pipeline.executors import document_executor

CORPUS = SHARED / "corpus"


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_dask_local_cluster_gives_the_same_bytes_as_the_process_pool(tmp_path):
    from pipeline.runner import run

    pool = run(CORPUS, tmp_path / "pool", workers=2, use_cache=False)
    dask = run(CORPUS, tmp_path / "dask", workers=2, use_cache=False, executor="dask")
    assert pool.processed == dask.processed > 10
    a, b = _tables(tmp_path / "pool"), _tables(tmp_path / "dask")
    assert len(a) >= 14 and a.keys() == b.keys()
    assert [n for n in a if a[n] != b[n]] == []
    assert pool.counts == dask.counts and pool.counts["activities"] > 0


def test_an_unknown_executor_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown executor 'spark'"), document_executor("spark"):
        pass
