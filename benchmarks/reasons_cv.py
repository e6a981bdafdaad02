"""Cross-validated precision and recall per reason code for the reason classifier
(pipeline/reasons.py), and its score on the held-out paraphrases.

Folds are grouped by the finding a sentence states (its text after the first "att", or after
"eftersom" where the finding is the claim's cause), so one
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


# a finding given as the claim's cause: "… avser att återkräva beloppet eftersom X", "…, då X"
CAUSE = re.compile(r"\beftersom\s+|,\s*då\s+")


def group_of(text: str) -> str:
    cause = CAUSE.search(text)
    return (text[cause.end() :] if cause else GROUP.sub("", text, count=1)).lower()


SWEEP = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


Probabilities = list[tuple[str, dict[str, dict[str, float]]]]  # per sentence: its text and every part's scores


def probabilities(pipe, texts: list[str]) -> Probabilities:
    """For each sentence: the classifier's probabilities for every part the run reads
    (pipeline.reasons.read_sentence: the sentence, its clauses, its listed findings)."""
    from spacy.tokens import Doc

    def cats(t: str) -> dict[str, float]:
        return dict(pipe(Doc(pipe.vocab, words=reasons.features(t))).cats)

    return [(t, {p: cats(p) for p in [t, *reasons.clauses(t), *reasons._listed_parts(t)]}) for t in texts]


def decide(probs: Probabilities, threshold: float) -> list[set[str]]:
    """The run's decision (pipeline.reasons.read_sentence) with this threshold."""
    old, reasons.THRESHOLD = reasons.THRESHOLD, threshold
    try:
        return [reasons.read_sentence(t, parts.__getitem__) for t, parts in probs]
    finally:
        reasons.THRESHOLD = old


def tally(gold: list[set[str]], got: list[set[str]], counts: dict[str, Counter]) -> None:
    for g, p in zip(gold, got, strict=True):
        for c in reasons.CODES:
            counts[c]["tp"] += c in g and c in p
            counts[c]["fp"] += c not in g and c in p
            counts[c]["fn"] += c in g and c not in p


def report(title: str, counts: dict[str, Counter], labels: tuple[str, ...] = reasons.CODES) -> float:
    """Precision and recall per label (benchmarks/positions_cv.py prints its labels with it)."""
    print(f"\n{title}\n{'code':24} {'prec':>6} {'rec':>6} {'n':>4}")
    for c in labels:
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
    ap.add_argument("--sweep", action="store_true", help="report every threshold in SWEEP")
    args = ap.parse_args()
    rows = reasons.read_labelled(reasons.TRAIN_FILE)
    groups = sorted({group_of(t) for _, t in rows})
    random.Random(reasons.SEED).shuffle(groups)
    fold_of = {g: k % args.folds for k, g in enumerate(groups)}
    gold: list[set[str]] = []
    probs: Probabilities = []
    for k in range(args.folds):
        train = [r for r in rows if fold_of[group_of(r[1])] != k]
        test = [r for r in rows if fold_of[group_of(r[1])] == k]
        pipe = reasons.fit(train)
        gold += [set(c) for c, _ in test]
        probs += probabilities(pipe, [t for _, t in test])
    micro = {}
    for th in SWEEP:
        counts = {c: Counter() for c in reasons.CODES}
        tally(gold, decide(probs, th), counts)
        if th == reasons.THRESHOLD or args.sweep:
            micro[th] = report(
                f"{args.folds}-fold cross-validation over {len(rows)} sentences (grouped by finding), threshold {th}",
                counts,
            )
    pipe = reasons.fit(rows)
    for path in (*reasons.HELDOUT_FILES, reasons.HELDOUT_VOICES):
        held = reasons.read_labelled(path)
        counts = {c: Counter() for c in reasons.CODES}
        held_texts = [t for _, t in held]
        tally(
            [set(c) for c, _ in held],
            decide(probabilities(pipe, held_texts), reasons.THRESHOLD),
            counts,
        )
        report(
            f"held-out paraphrases {path.name} ({len(held)} sentences, never trained on), threshold {reasons.THRESHOLD}",
            counts,
        )


if __name__ == "__main__":
    main()
