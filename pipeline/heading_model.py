"""A learned activity-heading model: the probability that a line opens an activity section, from
its layout and shape (pipeline.line_features), by a logistic regression trained on the labelled
lines of every corpus together (models/headings/lines.jsonl, written by benchmarks/heading_data.py).

Why a learned model: every hand-written heading rule fitted the house styles its session saw; the
weights of many weak, style-free signals (taller or wider type, space above, a short line, an
amount and the agency's voice under it, an id that continues a sequence) are learned from all of
them at once, and benchmarks/heading_cv.py measures how they carry to a corpus left out.

A logistic regression in numpy (Newton's method with an L2 penalty): no new dependency, trained in
well under a second, its weights a small JSON file (models/headings/model.json, built by
`granttrail build-model`, never committed). Where the file is missing the model is trained from the
committed lines on first use, so a fresh checkout reads the same.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .ingest import Line
from .line_features import FEATURE_NAMES, as_vector, line_features

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "headings"
LINES_FILE = MODEL_DIR / "lines.jsonl"
MODEL_FILE = MODEL_DIR / "model.json"
L2_PENALTY = 1.0  # keeps weights of rare features (a shape seen in one corpus) small
NEWTON_STEPS = 25
HEADING_PROBABILITY = 0.5  # at or above: the model reads the line as an activity heading
# a line without an id is proposed as a heading from this probability, where content stands under
# it and lines of its style form a series; proposals count only where no numbering explains the
# document, and few headings in the training data lack an id, so the model is shy of them
PROPOSAL_PROBABILITY = 0.12


@dataclass
class HeadingModel:
    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # bias first

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        z = (rows - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(self.weights[0] + z @ self.weights[1:])))

    def to_json(self) -> dict:
        return {"features": list(self.names), "mean": self.mean.tolist(), "scale": self.scale.tolist(), "weights": self.weights.tolist()}

    @classmethod
    def from_json(cls, data: dict) -> HeadingModel:
        return cls(tuple(data["features"]), np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]))


def fit(rows: np.ndarray, labels: np.ndarray, names: Sequence[str] = FEATURE_NAMES) -> HeadingModel:
    """Logistic regression by Newton's method; the features standardised, the bias not penalised."""
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    x = np.hstack([np.ones((len(rows), 1)), (rows - mean) / scale])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2_PENALTY)
    penalty[0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - labels) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        w -= np.linalg.solve(hess, grad)
    return HeadingModel(tuple(names), mean, scale, w)


def read_lines(path: Path = LINES_FILE) -> tuple[list[dict], tuple[str, ...]]:
    """The labelled lines and the feature names their vectors follow."""
    with path.open() as fh:
        head = json.loads(fh.readline())
        return [json.loads(row) for row in fh if row.strip()], tuple(head["features"])


def train_on(rows: list[dict]) -> HeadingModel:
    return fit(np.array([r["x"] for r in rows], dtype=float), np.array([r["heading"] for r in rows], dtype=float))


def train(lines_file: Path = LINES_FILE, out: Path = MODEL_FILE) -> Path:
    rows, names = read_lines(lines_file)
    if names != FEATURE_NAMES:
        raise ValueError(f"{lines_file} has other features than pipeline.line_features: run benchmarks/heading_data.py")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(train_on(rows).to_json()))
    load.cache_clear()
    return out


@lru_cache(maxsize=1)
def load() -> HeadingModel | None:
    """The built model; trained from the committed lines where it was not built; None without either."""
    if MODEL_FILE.exists() and (not LINES_FILE.exists() or MODEL_FILE.stat().st_mtime >= LINES_FILE.stat().st_mtime):  # not stale
        model = HeadingModel.from_json(json.loads(MODEL_FILE.read_text()))
        if model.names == FEATURE_NAMES:
            return model
    if LINES_FILE.exists():
        rows, names = read_lines()
        return train_on(rows) if names == FEATURE_NAMES else None
    return None


def line_probabilities(lines: Sequence[Line], model: HeadingModel | None = None) -> list[float]:
    """Each line's probability of opening an activity section (0.0 for every line without a model)."""
    return probabilities_of(line_features(lines), model)


def probabilities_of(features: Sequence[dict[str, float]], model: HeadingModel | None = None) -> list[float]:
    """The probability of each line whose features are given (pipeline.line_features)."""
    model = model or load()
    if model is None or not features:
        return [0.0] * len(features)
    rows = np.array([as_vector(f) for f in features], dtype=float)
    return [round(float(p), 4) for p in model.probabilities(rows)]
