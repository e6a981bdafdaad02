"""Leave-one-corpus-out validation of the activity-heading model (pipeline.heading_model).

For each corpus in models/headings/lines.jsonl (answer_genres, genre … genre7, own test folders,
the shared corpus) the model is trained on the others and measured on it: line-level precision,
recall and F1 of activity headings at the model's threshold. With --drop FEATURE a second table
measures the same for a model without that feature (zeroed), to show whether it transfers.

With --end-to-end, each corpus's text-layer prose responses are also read by the pipeline's
structure stage twice: with the model trained without that corpus, and with no model; the table
gives the F1 of the activity numbers found against the gold's (the activities area's set score).

    PYTHONPATH=$PWD python benchmarks/heading_cv.py [--threshold 0.5] [--errors CORPUS] [--drop FEATURE] [--end-to-end]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # heading_data beside this script

from pipeline import heading_model  # noqa: E402
from pipeline.heading_model import HEADING_PROBABILITY, HeadingModel, read_lines, train_on  # noqa: E402
from pipeline.line_features import FEATURE_NAMES  # noqa: E402


def _prf(labels: np.ndarray, said: np.ndarray) -> tuple[float, float, float]:
    tp = float((labels & said).sum())
    p = tp / said.sum() if said.sum() else 0.0
    r = tp / labels.sum() if labels.sum() else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _without(rows: list[dict], feature: str) -> list[dict]:
    k = FEATURE_NAMES.index(feature)
    return [{**r, "x": [0.0 if j == k else v for j, v in enumerate(r["x"])]} for r in rows]


def held_out(rows: list[dict], threshold: float) -> dict[str, tuple[int, int, float, float, float, list[tuple[float, dict]]]]:
    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by[r["corpus"]].append(r)
    out = {}
    for corpus, test in sorted(by.items()):
        model = train_on([r for r in rows if r["corpus"] != corpus])
        probs = model.probabilities(np.array([r["x"] for r in test], dtype=float))
        labels = np.array([r["heading"] for r in test], dtype=bool)
        said = probs >= threshold
        wrong = [(float(p), r) for p, r, s, y in zip(probs, test, said, labels, strict=True) if s != y]
        out[corpus] = (len(test), int(labels.sum()), *_prf(labels, said), wrong)
    return out


def _table(title: str, results: dict) -> None:
    print(f"\n{title}\n{'corpus':16} {'lines':>6} {'heads':>6} {'prec':>6} {'recall':>6} {'F1':>6}")
    for corpus, (n, heads, p, r, f, _) in results.items():
        print(f"{corpus:16} {n:6} {heads:6} {p:6.3f} {r:6.3f} {f:6.3f}")
    tp_w = [(res[1], res[3], res[2]) for res in results.values()]
    mean_f = sum(res[4] for res in results.values()) / len(results)
    print(f"{'mean F1':16} {'':6} {sum(h for h, _, _ in tp_w):6} {'':6} {'':6} {mean_f:6.3f}")


def _number(text: str) -> str:
    return text.strip().lower().lstrip("0") or "0"


def _set_f1(gold: list[str], found: list[str]) -> tuple[int, int, int]:
    g, f = {_number(x) for x in gold}, {_number(x) for x in found}
    return len(g & f), len(f - g), len(g - f)


def _read_activities(path, model: HeadingModel | None) -> list[str]:
    from pipeline.ingest import ingest_bytes
    from pipeline.structure import structure

    heading_model.load = lambda: model  # type: ignore[assignment]  # the held-out model, or none
    doc = ingest_bytes(path.read_bytes(), str(path), ocr=False)
    return [s.number for s in structure(doc).sections]


def end_to_end(rows: list[dict]) -> None:
    """Per corpus: the activity numbers' F1 with the held-out model and without a model."""
    from heading_data import TABLE_CASE_PREFIXES, _find, _responses, gold_sets

    print(f"\nend to end (structure): activity-number F1 per corpus\n{'corpus':16} {'docs':>5} {'without':>8} {'held-out':>8}")
    for corpus in sorted({r["corpus"] for r in rows}):
        model = train_on([r for r in rows if r["corpus"] != corpus])
        counts = {"without": [0, 0, 0], "held-out": [0, 0, 0]}
        docs = 0
        for corp, case, folder, gold in gold_sets():
            if corp != corpus or Path(case).name.startswith(TABLE_CASE_PREFIXES):
                continue
            for name, g in _responses(gold):
                path = _find(folder, name)
                if path is None:
                    continue
                docs += 1
                want = [a["activity_no"] for a in g["activities"]]
                for label, m in (("without", None), ("held-out", model)):
                    tp, fp, fn = _set_f1(want, _read_activities(path, m))
                    counts[label] = [a + b for a, b in zip(counts[label], (tp, fp, fn), strict=True)]
        f1 = {k: 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0 for k, (tp, fp, fn) in counts.items()}
        print(f"{corpus:16} {docs:5} {f1['without']:8.3f} {f1['held-out']:8.3f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=HEADING_PROBABILITY)
    ap.add_argument("--errors", default="", help="list the wrongly read lines of this corpus")
    ap.add_argument("--end-to-end", action="store_true", help="also read each corpus with the held-out model and without")
    ap.add_argument("--drop", default="", help="also measure a model without this feature", choices=["", *FEATURE_NAMES])
    args = ap.parse_args()
    rows, _ = read_lines()
    results = held_out(rows, args.threshold)
    _table("leave-one-corpus-out, all features", results)
    if args.drop:
        _table(f"leave-one-corpus-out, without {args.drop}", held_out(_without(rows, args.drop), args.threshold))
    if args.end_to_end:
        end_to_end(rows)
    for p, r in sorted(results.get(args.errors, (0, 0, 0, 0, 0, []))[5], key=lambda pr: pr[1]["case"]):
        print(f"  {'FN' if r['heading'] else 'FP'} {p:.2f} {r['case'][:28]:28} {r['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
