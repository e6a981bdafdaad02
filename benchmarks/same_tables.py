"""Do two output folders publish the same bytes? Compares every `<table>.parquet` of OUT_A with
OUT_B byte for byte (a speed or memory change must not change a single byte of the tables).

    .venv/bin/python benchmarks/same_tables.py OUT_A OUT_B [OUT_A2 OUT_B2 ...]

Exit status 1 and the differing tables named when any differs."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path


def digests(out_dir: Path) -> dict[str, str]:
    """sha256 of each published table, by table name (links through `.tables/current` followed)."""
    return {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(Path(out_dir).glob("*.parquet"))}


def differences(a: Path, b: Path) -> list[str]:
    da, db = digests(a), digests(b)
    if not da:
        return [f"{a}: no tables"]
    return [name for name in sorted(set(da) | set(db)) if da.get(name) != db.get(name)]


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__)
        return 2
    bad = 0
    for a, b in zip(argv[0::2], argv[1::2], strict=True):
        diff = differences(Path(a), Path(b))
        print(f"{a} vs {b}: {'same bytes' if not diff else 'DIFFER: ' + ', '.join(diff)}")
        bad += bool(diff)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
