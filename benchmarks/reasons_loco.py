"""Leave-one-corpus-out score of the reason classifier (pipeline/reasons.py) on the genre
corpora's gold activities.

For each corpus kept by `benchmarks/genre_scores.py --keep ROOT/<corpus>` (ROOT/genre4/<case>/…),
the classifier is trained WITHOUT any training sentence written from that corpus and scored on
the corpus's gold activities, reading the agency's assessment the run found for each
(activities.agency_assessment). A training sentence counts as written from a corpus where it
shares most of its content words with one of the corpus's assessment sentences (a Jaccard
overlap of LOCO_OVERLAP, the agency's frame words left out): the training file names no
sources, so a near-copy or a close paraphrase is found by its words.

Two scores per corpus, as score.py counts (an activity is right where its codes equal gold's):
- reasons: over every gold activity (a missing or wrong assessment span counts as wrong);
- classifier: over the activities whose run found an assessment (the span given, the codes judged).
Run: `python benchmarks/reasons_loco.py ROOT [--corpus genre4 ...] [--no-exclude]`.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from pipeline import nlp, reasons

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LOCO_OVERLAP = 0.5  # Jaccard overlap of content words that makes a training sentence the corpus's
MIN_CONTENT = 4  # letters: shorter words are function words for the overlap
_WORD = re.compile(r"[^\W\d_]+")
# the agency's frame: every finding is said through it, so it makes no two sentences alike
_FRAME_WORDS = {"socialstyrelsen", "socialstyrelsens", "myndigheten", "myndighetens", "bedömer", "anser", "menar", "konstaterar", "enligt"}

Case = tuple[str, list[str], str | None]  # case/activity, gold codes, the run's assessment


def content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) >= MIN_CONTENT} - _FRAME_WORDS


def _overlaps(words: set[str], others: list[set[str]]) -> bool:
    return any(words and len(words & o) / len(words | o) >= LOCO_OVERLAP for o in others)


def gold_activities(keep: Path, corpus: str) -> list[Case]:
    import pyarrow.parquet as pq

    out: list[Case] = []
    for case in sorted(p for p in (keep / corpus).iterdir() if p.is_dir()):
        gold = json.loads((DATA / corpus / case.name / "gold.json").read_text(encoding="utf-8"))
        try:
            acts = pq.read_table(case / "activities.parquet").to_pylist()
        except OSError:
            acts = []
        by_no = {str(a["activity_no"]): a for a in acts}
        for g in gold["files"].values():
            for ga in g.get("activities", []):
                got = by_no.get(str(ga["activity_no"]), {})
                out.append((f"{case.name}#{ga['activity_no']}", sorted(ga["agency_reasons"]), got.get("agency_assessment")))
    return out


def corpus_sentences(cases: list[Case]) -> list[set[str]]:
    return [content_words(text[a:b]) for _, _, text in cases if text for a, b in nlp.sentence_spans(text)]


def _model_without(cases: list[Case], rows: list[tuple[list[str], str]], exclude: bool, weights: Path | None) -> reasons.ReasonModel:
    """The classifier trained without the corpus's sentences (or a given weight table)."""
    if weights is not None:
        return reasons.ReasonModel(json.loads(weights.read_text(encoding="utf-8")))
    own = corpus_sentences(cases)
    train = [r for r in rows if not (exclude and _overlaps(content_words(r[1]), own))]
    print(f"  trained on {len(train)}/{len(rows)} sentences")
    # nothing written from the corpus: the model trained on every sentence is the one without it
    m = reasons.model() if len(train) == len(rows) else reasons.ReasonModel(reasons.export(reasons.fit(train), train))
    assert m is not None, "no trained model: run `granttrail build-model`"
    return m


def score_corpus(corpus: str, cases: list[Case], m: reasons.ReasonModel, fallback: bool) -> tuple[int, int, int, int]:
    old_bar = reasons.FALLBACK_BAR
    reasons.FALLBACK_BAR = old_bar if fallback else float("inf")
    right = spanned = right_spanned = 0
    for name, want, text in cases:
        got = reasons.assessment_codes(text, m.scores) if text else []
        ok = got == want
        right += ok
        if text:
            spanned += 1
            right_spanned += ok
        if not ok and text:
            print(f"  {name}: gold {want} got {got} | {text[:160]!r}")
    reasons.FALLBACK_BAR = old_bar
    return right, len(cases), right_spanned, spanned


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("keep", type=Path, help="ROOT with ROOT/<corpus>/<case>/ kept by genre_scores.py --keep")
    ap.add_argument("--corpus", nargs="*", help="corpora to score (default: every one kept)")
    ap.add_argument("--no-exclude", action="store_true", help="train on every sentence (the run's own model)")
    ap.add_argument("--weights", type=Path, help="score with this exported weight table instead (before/after a change)")
    ap.add_argument("--no-fallback", action="store_true", help="without the likeliest code where none reaches the threshold")
    args = ap.parse_args()
    rows = reasons.read_labelled(reasons.TRAIN_FILE)
    corpora = args.corpus or sorted(p.name for p in args.keep.iterdir() if p.is_dir())
    totals: Counter = Counter()
    lines = []
    for corpus in corpora:
        cases = gold_activities(args.keep, corpus)
        print(corpus)
        m = _model_without(cases, rows, not args.no_exclude, args.weights)
        right, n, right_spanned, spanned = score_corpus(corpus, cases, m, not args.no_fallback)
        totals.update(right=right, n=n, right_spanned=right_spanned, spanned=spanned)
        classifier = right_spanned / max(spanned, 1)
        lines.append(f"{corpus:10} reasons {right / n:6.3f} ({right}/{n})   classifier {classifier:6.3f} ({right_spanned}/{spanned})")
    print("\n".join(lines))
    t = totals
    print(f"{'all':10} reasons {t['right'] / t['n']:6.3f}   classifier {t['right_spanned'] / max(t['spanned'], 1):6.3f}")


if __name__ == "__main__":
    main()
