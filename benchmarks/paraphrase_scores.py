"""The run's reason and position readers on tests/data/paraphrases/ (a test set written blind in
session 10 and never trained on): micro-F1 of the reason codes per assessment sentence, read as the
run reads an activity's whole assessment, and the share of position sentences whose label (and
repayment) the run's position reader gets right. Run: `python benchmarks/paraphrase_scores.py`.
"""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

from pipeline import extract, reasons

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "paraphrases"


def rows(name: str) -> list[list[str]]:
    """The file's rows, without its header and comments (no CSV quoting: sentences may open with a quote)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines[1:] if ln.strip() and not ln.startswith("#")]


def reason_scores() -> float:
    per = {c: Counter() for c in reasons.CODES}
    for codes, text in rows("reasons.tsv"):
        gold = set() if codes.strip() == "-" else {c.strip() for c in codes.split(",")}
        got = set(reasons.reasons_of(text.strip(), likeliest=True))
        for c in reasons.CODES:
            per[c]["tp"] += c in gold and c in got
            per[c]["fp"] += c not in gold and c in got
            per[c]["fn"] += c in gold and c not in got
    for c, k in per.items():
        prec = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else 1.0
        rec = k["tp"] / (k["tp"] + k["fn"]) if k["tp"] + k["fn"] else 1.0
        print(f"  {c:24} prec {prec:.3f} rec {rec:.3f} n {k['tp'] + k['fn']}")
    tp, fp, fn = (sum(k[x] for k in per.values()) for x in ("tp", "fp", "fn"))
    return 2 * tp / (2 * tp + fp + fn)


def position_scores() -> tuple[float, float]:
    label_right = both_right = 0
    confusions: Counter = Counter()
    table = rows("positions.tsv")
    section_reader = extract._municipality_sentences
    try:
        for label, repayment, claimed, text in table:
            # the sentence as the whole of a section's answer: position_of reads the sentences its
            # section yields, so the section's reader is replaced by one that yields this sentence
            extract._municipality_sentences = lambda sec, paras, t=text.strip(): [(t, 1)]  # type: ignore[assignment]
            got, repaid, _, _ = extract.position_of(None, [], Decimal(claimed), False)  # type: ignore[arg-type]
            want = None if repayment.strip() == "-" else Decimal(repayment)
            label_right += got == label
            both_right += got == label and repaid == want
            confusions[(label, got)] += got != label
    finally:
        extract._municipality_sentences = section_reader  # type: ignore[assignment]
    for (gold, got), n in sorted(confusions.items()):
        if n:
            print(f"  {gold} -> {got}: {n}")
    return label_right / len(table), both_right / len(table)


def main() -> int:
    print(f"reasons: micro-F1 {reason_scores():.3f}")
    label, both = position_scores()
    print(f"positions: label {label:.3f}, label and repayment {both:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
