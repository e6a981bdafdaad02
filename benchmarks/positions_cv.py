"""Cross-validated precision and recall per label for the position classifier
(pipeline/positions.py), and its score on the held-out paraphrases.

Folds are grouped by stance (the group column of models/positions/train.tsv: every paraphrase of
one stance in one group), so a wording is never both trained on and tested: the score is for
stances the model has not seen. Run: `python benchmarks/positions_cv.py [--folds 5]`.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import reasons_cv  # beside this file

from pipeline import positions

Row = tuple[str, str, str]  # label, group, sentence


def verdicts(pipe, texts: list[str]) -> list[positions.Verdict]:
    from spacy.tokens import Doc

    return [positions.verdict_of(dict(pipe(Doc(pipe.vocab, words=positions.features(t))).cats)) for t in texts]


def report_sure(gold: list[str], got: list[positions.Verdict]) -> None:
    """How often a verdict the run acts on (a stated position at positions.SURE or above) is right."""
    sure = [(g, v.label) for g, v in zip(gold, got, strict=True) if v.label in positions.STATED and v.probability >= positions.SURE]
    right = sum(g == p for g, p in sure)
    print(
        f"sure verdicts (p >= {positions.SURE}, a stated position): {right}/{len(sure)} right, covering {len(sure)}/{len(gold)} sentences"
    )


def tally(gold: list[str], got: list[str]) -> dict[str, Counter]:
    counts = {c: Counter() for c in positions.LABELS}
    for g, p in zip(gold, got, strict=True):
        counts[g]["tp" if g == p else "fn"] += 1
        if g != p:
            counts[p]["fp"] += 1
    return counts


def report(title: str, counts: dict[str, Counter]) -> float:
    """Precision and recall per label (as for the reasons), then the share of sentences right."""
    reasons_cv.report(title, counts, positions.LABELS)
    tp = sum(k["tp"] for k in counts.values())
    n = sum(k["tp"] + k["fn"] for k in counts.values())
    print(f"{'accuracy':24} {tp / n:6.3f}")
    return tp / n


def cross_validate(rows: list[Row], folds: int) -> tuple[list[str], list[positions.Verdict]]:
    groups = sorted({g for _, g, _ in rows})
    random.Random(positions.reasons.SEED).shuffle(groups)
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    gold: list[str] = []
    got: list[positions.Verdict] = []
    for k in range(folds):
        train = [r for r in rows if fold_of[r[1]] != k]
        test = [r for r in rows if fold_of[r[1]] == k]
        pipe = positions.fit(positions.training_rows(train))
        gold += [label for label, _, _ in test]
        got += verdicts(pipe, [t for _, _, t in test])
    return gold, got


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    rows = positions.read_labelled(positions.TRAIN_FILE)
    gold, got = cross_validate(rows, args.folds)
    report(f"{args.folds}-fold cross-validation over {len(rows)} sentences (grouped by stance)", tally(gold, [v.label for v in got]))
    report_sure(gold, got)
    pipe = positions.fit(positions.training_rows(rows))
    held = positions.read_labelled(positions.HELDOUT_FILE)
    held_verdicts = verdicts(pipe, [t for _, _, t in held])
    held_got = [v.label for v in held_verdicts]
    report(
        f"held-out paraphrases {positions.HELDOUT_FILE.name} ({len(held)} sentences, never trained on)",
        tally([r[0] for r in held], held_got),
    )
    report_sure([r[0] for r in held], held_verdicts)
    for (label, _, text), p in zip(held, held_got, strict=True):
        if p != label:
            print(f"  {label} -> {p}: {text}")


if __name__ == "__main__":
    main()
