"""The agency's reasons: a trained classifier over the sentences of its assessment.

A spaCy `textcat_multilabel` (bag of words: unigrams and bigrams over lemmas) is trained on
models/reasons/train.tsv (`train()`, run by `granttrail build-model` and the dvc `reasons`
stage) and saved with `nlp.to_disk` in models/sv_reasons. The cue lexicon
(models/patterns/assessment.json, "reasons") is a feature: a cue that fires adds a token for its
code, so the model learns how far to trust each cue.

A bag-of-words model is linear: a label's score is its bias plus the sum of its weights for the
n-grams in the sentence. `train()` reads each n-gram's weight back from the trained model (by
scoring it alone) into models/sv_reasons/weights.json, and a run scores sentences from that
table without importing spaCy (0.8 s of start-up). A test keeps the table and spaCy's own
scores equal; `load()` gives the spaCy pipeline itself.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import cast

from . import nlp

MODELS = Path(__file__).resolve().parent.parent / "models"
TRAIN_FILE = MODELS / "reasons" / "train.tsv"
HELDOUT_FILE = MODELS / "reasons" / "heldout.tsv"
# paraphrases in other registers (table cells, bullets, nominal style), written before their training sentences
HELDOUT_FILES = (HELDOUT_FILE, MODELS / "reasons" / "heldout_registers.tsv")
# round 5: words of judgement the earlier rounds lacked, written before round 5's training sentences
HELDOUT_VOICES = MODELS / "reasons" / "heldout_voices.tsv"
REASON_DIR = MODELS / "sv_reasons"
WEIGHTS_FILE = "weights.json"

CODES = (
    "purpose_mismatch",
    "unverifiable_costs",
    "exercise_of_authority",
    "outside_grant_period",
    "ordinary_operations",
    "fabricated_documents",
    "excessive_cost",
    "description_mismatch",
    "missing_description",
    "conditions_not_met",
)
THRESHOLD = 0.5  # a code is given where its probability reaches this
# where the cue lexicon reads a sentence, the classifier adds a further code only this sure
SECOND_OPINION = 0.8
# the agency gives a reason for every claim: where no code reaches THRESHOLD in any sentence, the
# one it rates highest is the assessment's, from this probability (below it the text states no
# finding: "Socialstyrelsen har gått igenom redovisningen" rates every code under 0.1)
FALLBACK_BAR = 0.15
NGRAM_SIZE = 2
EPOCHS = 40
SHORT_WORD = 3  # words this short are read as written, not through the lemma table
BATCH_SIZE = 16
DROPOUT = 0.2
SEED = 13
WEIGHT_EPSILON = 1e-5  # weights smaller than this are left out of the table
CUE_PREFIX = "ledtråd"  # a cue's token: "ledtrådpurposemismatch" (letters only: one token)

_WORD = re.compile(r"[^\W\d_]+|\d+")
Featurize = Callable[[str], list[str]]  # a sentence as the classifier reads it


# --------------------------------------------------------------------------------------------
# Features


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[list[re.Pattern], list[re.Pattern]]]:
    path = MODELS / "patterns" / "assessment.json"
    spec = json.loads(path.read_text(encoding="utf-8"))["reasons"]
    return {
        code: (
            [re.compile(p, re.IGNORECASE) for p in s["patterns"]],
            [re.compile(p, re.IGNORECASE) for p in s.get("unless", [])],
        )
        for code, s in spec.items()
    }


def vetoed(sentence: str) -> set[str]:
    """Codes whose 'unless' patterns match: "inte säkerställts att … enligt villkoren" is about
    tracing the money, not about the conditions."""
    return {code for code, (_, unless) in _cues().items() if any(u.search(sentence) for u in unless)}


def decide(probabilities: dict[str, float], cues: list[str], veto: set[str]) -> list[str]:
    """The codes of a sentence: its cues', and the classifier's where it is sure enough."""
    bar = SECOND_OPINION if cues else THRESHOLD
    return sorted(set(cues) | {c for c, p in probabilities.items() if p >= bar and c not in veto})


def cue_codes(sentence: str) -> list[str]:
    """The codes whose cue patterns match the sentence (the lexicon alone)."""
    return sorted(
        code
        for code, (pats, unless) in _cues().items()
        if any(p.search(sentence) for p in pats) and not any(u.search(sentence) for u in unless)
    )


def _token(word: str) -> str:
    if word.isdigit():
        return "årtal" if re.fullmatch(r"(19|20)\d\d", word) else "tal"
    if len(word) <= SHORT_WORD:
        return word.lower()  # the lookup table knows short words as others' forms: "har" → "hare"
    base = re.sub(r"[^\w]|[\d_]", "", nlp.lemma(word).lower())
    return base or word.lower()


def features(sentence: str) -> list[str]:
    """The sentence as the classifier reads it: lemmas, numbers as 'årtal'/'tal', then a token
    for each code whose cue fires."""
    toks = [_token(w) for w in _WORD.findall(sentence)]
    return toks + [CUE_PREFIX + c.replace("_", "") for c in cue_codes(sentence)]


def _ngrams(toks: list[str]) -> Counter:
    grams = Counter(toks)
    for n in range(2, NGRAM_SIZE + 1):
        grams.update(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return grams


# --------------------------------------------------------------------------------------------
# The fast path: the exported weight table


class ReasonModel:
    """An exported weight table (pipeline.positions scores its own table, with its own features)."""

    def __init__(self, table: dict, featurize: Featurize | None = None) -> None:
        self.labels: list[str] = table["labels"]
        self.bias: list[float] = table["bias"]
        self.weights: dict[str, list[float]] = table["weights"]
        self.featurize = featurize or features

    def logits(self, toks: list[str]) -> list[float]:
        out = list(self.bias)
        for gram, n in _ngrams(toks).items():
            w = self.weights.get(gram)
            if w:
                for k, x in enumerate(w):
                    out[k] += n * x
        return out

    def scores(self, sentence: str) -> dict[str, float]:
        return {c: 1 / (1 + math.exp(-x)) for c, x in zip(self.labels, self.logits(self.featurize(sentence)), strict=True)}

    def codes(self, sentence: str) -> list[str]:
        return decide(self.scores(sentence), cue_codes(sentence), vetoed(sentence))


@lru_cache(maxsize=1)
def model() -> ReasonModel | None:
    path = REASON_DIR / WEIGHTS_FILE
    if not path.exists():
        return None
    return ReasonModel(json.loads(path.read_text(encoding="utf-8")))


def ensure_model() -> None:
    """Train the classifier if models/ has none (once, before any worker needs it)."""
    if not (REASON_DIR / WEIGHTS_FILE).exists() and TRAIN_FILE.exists():
        train()


# "… bedömer att A och att B": findings coordinated in one sentence, each read on its own
_COORDINATED = re.compile(r"(?:,\s*|\s+)(?:och|samt|liksom)\s+(?:även\s+|också\s+)?att\s+", re.IGNORECASE)
_FRAME = re.compile(r"^.*?\batt\s+", re.IGNORECASE)


# "… är inte förenlig med syftet och kostnaden är orimligt hög": two main clauses, the second
# with a subject of its own (a pronoun or a noun in the definite form the genre names its
# findings by)
_MAIN_CLAUSES = re.compile(
    r",?\s+(?:och|samt|men)\s+(?=(?:(?:en|ett)\s+\w+|det|den|de|kostnad\w*|aktivitet\w*|insats\w*|belopp\w*|verksamhet\w*|underlag\w*"
    r"|redovisning\w*|faktur\w*|tjänst\w*|utgift\w*)\s+(?!och\b|samt\b))",
    re.IGNORECASE,
)
MIN_CLAUSE_WORDS = 5  # a part shorter than this is a coordinated noun ("resor och arvoden"), not a clause


def _att_clauses(sentence: str) -> list[str]:
    """'S anser att A och att B' → ['S anser att A', 'S anser att B']: each after the frame."""
    parts = _COORDINATED.split(sentence)
    frame = _FRAME.match(parts[0])
    if len(parts) < 2 or not frame:
        return []
    return [parts[0]] + [frame.group() + p for p in parts[1:]]


def _main_clauses(sentence: str) -> list[str]:
    parts = _MAIN_CLAUSES.split(sentence)
    if len(parts) < 2 or any(len(p.split()) < MIN_CLAUSE_WORDS for p in parts):
        return []
    return parts


# "Socialstyrelsen avser att återkräva 52 000 kr eftersom …": the finding is the claim's cause,
# read without the claim's words (which the agency writes with and without a finding)
_CAUSE = re.compile(r"\beftersom\s+|,\s*då\s+|\bmed motiveringen att\s+|\bpå grund av att\s+", re.IGNORECASE)
_CLAIM = re.compile(r"\b(?:återkräv\w*|kräver tillbaka|återkrav)\b", re.IGNORECASE)


def _cause_clause(sentence: str) -> list[str]:
    cause = _CAUSE.search(sentence)
    if not cause or not _CLAIM.search(sentence[: cause.start()]):
        return []
    return [sentence[cause.end() :]]


# "Fel målgrupp och kostnaderna saknar underlag", "Ordinarie verksamhet; dessutom orimligt dyr":
# a cell's or a bullet's findings listed without a frame, each a few words
_LISTED = re.compile(
    r"\s*;\s*(?:dessutom\s+|även\s+)?|,\s*(?:och\s+|samt\s+)?(?:dessutom\s+|även\s+)?|\s+(?:och|samt)\s+(?:dessutom\s+|även\s+)?",
    re.IGNORECASE,
)
MIN_LISTED_WORDS = 2  # "resor och arvoden" lists nouns, not findings


def _listed_findings(sentence: str) -> list[str]:
    if _FRAME.match(sentence):
        return []
    parts = [p for p in _LISTED.split(sentence) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) < MIN_LISTED_WORDS for p in parts):
        return []
    return parts


def clauses(sentence: str) -> list[str]:
    """The coordinated findings of a sentence, each read on its own: "att"-clauses after the
    sentence's frame ("Socialstyrelsen anser att"), or main clauses with their own subjects; and
    the cause a claim is given with. (A cell's findings listed without a frame are read in
    `sentence_codes`, with a higher bar.)"""
    return (_att_clauses(sentence) or _main_clauses(sentence)) + _cause_clause(sentence)


Scorer = Callable[[str], dict[str, float]]  # a text -> each code's probability


def _listed_parts(sentence: str) -> list[str]:
    return [] if _att_clauses(sentence) or _main_clauses(sentence) else _listed_findings(sentence)


def read_sentence(sentence: str, score: Scorer) -> set[str]:
    """The codes of a sentence: its own, its coordinated clauses' and the cause of a claim; and
    where it lists findings without a frame, each part's where the classifier is sure of it (a
    few words, "Kostnaderna för mat", say little on their own)."""
    found: set[str] = set()
    for part in [sentence, *clauses(sentence)]:
        found.update(decide(score(part), cue_codes(part), vetoed(part)))
    for part in _listed_parts(sentence):
        found.update(c for c, p in score(part).items() if p >= SECOND_OPINION and c not in vetoed(part))
        found.update(cue_codes(part))
    return found


def sentence_codes(sentence: str) -> list[str]:
    m = model()
    if m is None:
        return cue_codes(sentence)
    return sorted(read_sentence(sentence, m.scores))


def _likeliest(sentences: list[str], score: Scorer) -> list[str]:
    """The code the classifier rates highest over the sentences, where it reaches FALLBACK_BAR
    and no sentence vetoes it."""
    best = max(((p, c, s) for s in sentences for c, p in score(s).items()), default=None)
    return [best[1]] if best and best[0] >= FALLBACK_BAR and best[1] not in vetoed(best[2]) else []


def assessment_codes(text: str, score: Scorer, likeliest: bool = True) -> list[str]:
    """The reason codes of an activity's assessment with this scorer: the union over its
    sentences; where none reaches the threshold, the likeliest (the agency gives a reason for
    every claim). `likeliest=False` for a text that need not state a finding (a column's legend)."""
    sentences = [text[a:b] for a, b in nlp.sentence_spans(text)]
    found = {c for s in sentences for c in read_sentence(s, score)}
    return sorted(found or (_likeliest(sentences, score) if likeliest else []))


def reasons_of(text: str, likeliest: bool = False) -> list[str]:
    """The reason codes a text states (the cue lexicon alone without a trained model); with
    `likeliest`, read as an activity's whole assessment (`assessment_codes`)."""
    m = model()
    if m is None:
        return sorted({c for a, b in nlp.sentence_spans(text) for c in cue_codes(text[a:b])})
    return assessment_codes(text, m.scores, likeliest)


# --------------------------------------------------------------------------------------------
# Training (spaCy)


def read_labelled(path: Path) -> list[tuple[list[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        codes, text = line.split("\t", 1)
        rows.append(([] if codes.strip() == "-" else codes.strip().split(","), text.strip()))
    return rows


def fit(rows: list[tuple[list[str], str]], seed: int = SEED, labels: Sequence[str] = CODES, featurize: Featurize = features):
    """A spaCy pipeline with one textcat_multilabel (bag of n-grams) trained on these rows
    (pipeline.positions trains its own labels and features with it)."""
    import random

    import spacy
    from spacy.pipeline import TextCategorizer
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import minibatch

    spacy.util.fix_random_seed(seed)
    pipe = spacy.blank("sv")
    tc = pipe.add_pipe(
        "textcat_multilabel",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": False,
                "ngram_size": NGRAM_SIZE,
                "no_output_layer": False,
                "length": 262144,
            }
        },
    )
    for c in labels:  # spaCy types add_pipe's result as a bare callable: here, the categoriser
        cast(TextCategorizer, tc).add_label(c)
    examples = [
        Example.from_dict(Doc(pipe.vocab, words=featurize(text)), {"cats": {c: float(c in codes) for c in labels}}) for codes, text in rows
    ]
    optimizer = pipe.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=BATCH_SIZE):
            pipe.update(batch, sgd=optimizer, drop=DROPOUT)
    return pipe


def spacy_logits(pipe, token_lists: list[list[str]]):
    """The linear layer's output (before the sigmoid) for documents of these tokens."""
    from spacy.tokens import Doc

    tc = pipe.get_pipe("textcat_multilabel")
    linear = tc.model.layers[0]  # ngrams >> sparse linear; the sigmoid is layers[1]
    docs = [Doc(pipe.vocab, words=t) for t in token_lists]
    return linear.predict(docs)


_CUE_TOKENS = tuple(CUE_PREFIX + c.replace("_", "") for c in CODES)  # a token for every code's cue


def export(pipe, rows: list[tuple[list[str], str]], featurize: Featurize = features, extra: Sequence[str] = _CUE_TOKENS) -> dict:
    """The weight of every n-gram of the training sentences (and of the `extra` tokens, by
    default the reason cues'), read back by scoring it alone."""
    tc = pipe.get_pipe("textcat_multilabel")
    labels = list(tc.labels)
    grams: set[tuple[str, ...]] = set()
    for _, text in rows:
        toks = featurize(text)
        for n in range(1, NGRAM_SIZE + 1):
            grams.update(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    grams.update((tok,) for tok in extra)
    bias = [float(x) for x in tc.model.get_ref("output_layer").get_param("b")]
    unigrams = sorted(g for g in grams if len(g) == 1)
    uni = {
        g[0]: [float(x) - b for x, b in zip(row, bias, strict=True)]
        for g, row in zip(unigrams, spacy_logits(pipe, [list(g) for g in unigrams]), strict=True)
    }
    weights = {k: v for k, v in uni.items()}
    longer = sorted(g for g in grams if len(g) > 1)
    for g, row in zip(longer, spacy_logits(pipe, [list(g) for g in longer]), strict=True):
        # a document of a bigram holds its two unigrams too (twice the one if they are equal)
        parts = Counter(g)
        weights[" ".join(g)] = [
            float(x) - b - sum(n * uni[t][k] for t, n in parts.items()) for k, (x, b) in enumerate(zip(row, bias, strict=True))
        ]
    weights = {k: [round(x, 6) for x in v] for k, v in weights.items() if max(abs(x) for x in v) >= WEIGHT_EPSILON}
    return dict(
        labels=labels,
        bias=[round(b, 6) for b in bias],
        ngram_size=NGRAM_SIZE,
        threshold=THRESHOLD,
        weights=dict(sorted(weights.items())),
    )


def train(train_file: Path = TRAIN_FILE, out: Path = REASON_DIR) -> Path:
    """Train on the labelled file, save the spaCy pipeline and its weight table into `out`."""
    rows = read_labelled(train_file)
    pipe = fit(rows)
    out.mkdir(parents=True, exist_ok=True)
    pipe.to_disk(out)
    table = export(pipe, rows)
    tmp = out / (WEIGHTS_FILE + ".tmp")
    tmp.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(out / WEIGHTS_FILE)
    model.cache_clear()
    return out


def load():
    """The trained spaCy pipeline (for notebooks and the test that keeps both paths equal)."""
    import spacy

    ensure_model()
    return spacy.load(REASON_DIR)
