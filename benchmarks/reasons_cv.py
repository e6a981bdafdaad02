"""Cross-validated precision and recall per reason code for the reason classifier
(pipeline/reasons.py), and its score on the held-out paraphrases.

Folds are grouped by the finding a sentence states (its text after the first "att"), so one
clause said through several frames is never both trained on and tested: the score is for
findings the model has not seen. Run: `python benchmarks/reasons_cv.py [--folds 5]`.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter

from pipeline import reasons

GROUP = re.compile(r"^.*?\batt\s+")


def group_of(text: str) -> str:
    return GROUP.sub("", text, count=1).lower()


def predict(pipe, texts: list[str]) -> list[set[str]]:
    from spacy.tokens import Doc

    docs = [pipe(Doc(pipe.vocab, words=reasons.features(t))) for t in texts]
    return [{c for c, p in d.cats.items() if p >= reasons.THRESHOLD} for d in docs]


def tally(gold: list[set[str]], got: list[set[str]], counts: dict[str, Counter]) -> None:
    for g, p in zip(gold, got, strict=True):
        for c in reasons.CODES:
            counts[c]["tp"] += c in g and c in p
            counts[c]["fp"] += c not in g and c in p
            counts[c]["fn"] += c in g and c not in p


def report(title: str, counts: dict[str, Counter]) -> float:
    print(f"\n{title}\n{'code':24} {'prec':>6} {'rec':>6} {'n':>4}")
    for c in reasons.CODES:
        k = counts[c]
        prec = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else 1.0
        rec = k["tp"] / (k["tp"] + k["fn"]) if k["tp"] + k["fn"] else 1.0
        print(f"{c:24} {prec:6.3f} {rec:6.3f} {k['tp'] + k['fn']:4d}")
    tp, fp, fn = (sum(k[x] for k in counts.values()) for x in ("tp", "fp", "fn"))
    micro = 2 * tp / (2 * tp + fp + fn)
    print(f"{'micro-F1':24} {micro:6.3f}")
    return micro


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    rows = reasons.read_labelled(reasons.TRAIN_FILE)
    groups = sorted({group_of(t) for _, t in rows})
    random.Random(reasons.SEED).shuffle(groups)
    fold_of = {g: k % args.folds for k, g in enumerate(groups)}
    counts = {c: Counter() for c in reasons.CODES}
    for k in range(args.folds):
        train = [r for r in rows if fold_of[group_of(r[1])] != k]
        test = [r for r in rows if fold_of[group_of(r[1])] == k]
        pipe = reasons.fit(train)
        tally([set(c) for c, _ in test], predict(pipe, [t for _, t in test]), counts)
    report(f"{args.folds}-fold cross-validation over {len(rows)} sentences (grouped by finding)", counts)
    held = reasons.read_labelled(reasons.HELDOUT_FILE)
    pipe = reasons.fit(rows)
    counts = {c: Counter() for c in reasons.CODES}
    tally([set(c) for c, _ in held], predict(pipe, [t for _, t in held]), counts)
    report(f"held-out paraphrases ({len(held)} sentences, never trained on)", counts)


if __name__ == "__main__":
    main()
