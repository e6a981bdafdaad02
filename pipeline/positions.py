"""The municipality's position: a trained classifier over the sentences of its answer.

The same model as the reasons' (pipeline.reasons: a spaCy `textcat_multilabel`, a bag of
unigrams and bigrams over lemmas, read back into a weight table so a run needs no spaCy), trained
on models/positions/train.tsv by `granttrail build-model` into models/sv_positions. Its labels are
the contract's positions (accepts_full, accepts_partial, disputes, unclear) and `none` for a
sentence that states no position. The position rules (models/patterns/assessment.json,
"positions") are features: each rule that fires adds a token, so the model learns how far to trust
each; pipeline.extract decides with both (position_vote) and records where they disagree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import reasons
from .reasons import MODELS, WEIGHTS_FILE, ReasonModel
from .structure import patterns
from .swedish import find_money

TRAIN_FILE = MODELS / "positions" / "train.tsv"
HELDOUT_FILE = MODELS / "positions" / "heldout.tsv"
POSITION_DIR = MODELS / "sv_positions"
LABELS = ("accepts_full", "accepts_partial", "disputes", "unclear", "none")
STATED = LABELS[:4]  # the labels that state a position
CUE_PREFIX = "regel"  # a rule's token: "regelaccept" (letters only: one token)
MONEY_TOKEN = "beloppsangivelse"  # the sentence states an amount
CUE_KINDS = ("accept", "partial", "full", "dispute", "defer", "negated")
SURE = 0.8  # a sentence's label decides alone from this probability on
_WORD = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=1)
def _rules() -> dict[str, list[re.Pattern[str]]]:
    pos = patterns("assessment")["positions"]
    rules = {k: [re.compile(x, re.IGNORECASE) for x in v] for k, v in pos.items() if isinstance(v, list) and k in CUE_KINDS}
    rules["negated"] = [re.compile(pos["negated_accept"], re.IGNORECASE)]
    return rules


def rule_kinds(sentence: str) -> list[str]:
    """The kinds of position rule that fire on the sentence."""
    return [k for k in CUE_KINDS if any(r.search(sentence) for r in _rules().get(k, []))]


def features(sentence: str) -> list[str]:
    """The sentence as the classifier reads it: lemmas, numbers as 'tal', a token for an amount
    and one for each kind of rule that fires."""
    toks = [reasons._token(w) for w in _WORD.findall(sentence)]
    if find_money(sentence, money_context=True):
        toks.append(MONEY_TOKEN)
    return toks + [CUE_PREFIX + k for k in rule_kinds(sentence)]


@dataclass(frozen=True)
class Verdict:
    label: str
    probability: float


def read_labelled(path: Path) -> list[tuple[str, str, str]]:
    """(label, group, sentence) rows of a labelled file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, group, text = line.split("\t", 2)
            rows.append((label.strip(), group.strip(), text.strip()))
    return rows


def training_rows(rows: list[tuple[str, str, str]]) -> list[tuple[list[str], str]]:
    return [([label], text) for label, _, text in rows]


def fit(rows: list[tuple[list[str], str]]):
    return reasons.fit(rows, labels=LABELS, featurize=features)


def train(train_file: Path = TRAIN_FILE, out: Path = POSITION_DIR) -> Path:
    """Train on the labelled file, save the spaCy pipeline and its weight table into `out`."""
    rows = training_rows(read_labelled(train_file))
    pipe = fit(rows)
    out.mkdir(parents=True, exist_ok=True)
    pipe.to_disk(out)
    table = reasons.export(pipe, rows, featurize=features, extra=[MONEY_TOKEN, *(CUE_PREFIX + k for k in CUE_KINDS)])
    tmp = out / (WEIGHTS_FILE + ".tmp")
    tmp.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(out / WEIGHTS_FILE)
    model.cache_clear()
    return out


@lru_cache(maxsize=1)
def model() -> ReasonModel | None:
    path = POSITION_DIR / WEIGHTS_FILE
    if not path.exists():
        return None
    return ReasonModel(json.loads(path.read_text(encoding="utf-8")), featurize=features)


def ensure_model() -> None:
    """Train the classifier if models/ has none (once, before any worker needs it)."""
    if not (POSITION_DIR / WEIGHTS_FILE).exists() and TRAIN_FILE.exists():
        train()


def verdict_of(scores: dict[str, float]) -> Verdict:
    label = max(scores, key=lambda k: scores[k])
    return Verdict(label, scores[label])


def classify(sentence: str) -> Verdict | None:
    """The label the classifier gives the sentence and its probability (None without a model)."""
    m = model()
    return verdict_of(m.scores(sentence)) if m is not None else None


def surest(sentences: list[tuple[str, int]], labels: tuple[str, ...]) -> tuple[Verdict, str, int] | None:
    """The sentence the classifier is surest states one of `labels` (at least SURE), with its
    verdict and page: where no rule read a position, the model's reading of the answer."""
    best: tuple[Verdict, str, int] | None = None
    for s, page in sentences:
        v = classify(s)
        if v is not None and v.label in labels and v.probability >= SURE and (best is None or v.probability > best[0].probability):
            best = (v, s, page)
    return best
