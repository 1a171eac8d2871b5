"""The stance classifier: build, train, evaluate, save and load (skops, never pickle).

Input of ``predict``/``predict_proba``: a ``pandas.DataFrame`` with ``target``
and ``text`` columns. Output: labels FAVOR/AGAINST/NONE with calibrated
probabilities. Example::

    >>> model = load_model()                                   # doctest: +SKIP
    >>> X = pd.DataFrame({"target": ["the peace agreement"],
    ...                   "text": ["The peace agreement would bolster stability."]})
    >>> model.predict(X)                                       # doctest: +SKIP
    array(['FAVOR'], dtype=object)
"""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from nlp_kit.errors import ModelError
from nlp_kit.stance.datasets import LABELS
from nlp_kit.stance.features import CompactTfidfVectorizer, PairFeatures, RelatednessFeatures, SignedTfidf

MODEL_FILE = "stance.skops"
META_FILE = "meta.json"
RANDOM_STATE = 13

TRUSTED_TYPES = frozenset(
    {
        "nlp_kit.stance.features.PairFeatures",
        "nlp_kit.stance.features.SignedTfidf",
        "nlp_kit.stance.features.RelatednessFeatures",
        "nlp_kit.stance.model.GatedStanceClassifier",
        "nlp_kit.stance.features.CompactTfidfVectorizer",
    }
)
"""Our own classes a model file may contain; anything else skops flags as untrusted is refused."""

SKLEARN_TRUSTED_EXTRA = frozenset(
    {
        # scikit-learn's own calibration internals, which skops does not list as trusted by default
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
    }
)


class GatedStanceClassifier(ClassifierMixin, BaseEstimator):
    """NONE gate × polarity: P(NONE) = gate(relatedness); P(FAVOR|AGAINST) = (1 - P(NONE)) × polarity.

    The gate learns whether the sentence is about the target at all (from
    relatedness features); the polarity model learns FAVOR vs AGAINST only from
    rows that have a stance, so sentiment cues are not diluted by unrelated
    pairs. Without NONE rows in the training data the gate is skipped.
    """

    def __init__(self, gate=None, polarity=None, none_threshold=0.5):
        self.gate = gate
        self.polarity = polarity
        self.none_threshold = none_threshold

    def fit(self, X, y):
        y = np.asarray(y, dtype=object)
        stance_rows = y != "NONE"
        if len(set(y[stance_rows])) < 2:
            raise ModelError("training needs both FAVOR and AGAINST rows", stage="train")
        self.polarity_ = clone(self.polarity).fit(X[stance_rows], y[stance_rows])
        self.gate_ = clone(self.gate).fit(X, (~stance_rows).astype(int)) if (~stance_rows).any() else None
        self.classes_ = np.asarray(sorted(set(y)), dtype=object)
        return self

    def predict_proba(self, X):
        polar = self.polarity_.predict_proba(X)
        columns = {str(label): polar[:, i] for i, label in enumerate(self.polarity_.classes_)}
        if self.gate_ is not None:
            none = self.gate_.predict_proba(X)[:, 1]
            columns = {label: p * (1.0 - none) for label, p in columns.items()}
            columns["NONE"] = none
        return np.column_stack([columns[str(label)] for label in self.classes_])

    def predict(self, X):
        """NONE when its calibrated probability reaches ``none_threshold``, else the likelier polarity."""
        proba = self.predict_proba(X)
        classes = list(self.classes_)
        polar = [i for i, label in enumerate(classes) if label != "NONE"]
        best = np.asarray(polar)[np.argmax(proba[:, polar], axis=1)]
        if "NONE" in classes:
            none = classes.index("NONE")
            best = np.where(proba[:, none] >= self.none_threshold, none, best)
        return self.classes_[best]


def build_model(
    *,
    word_features: int = 30000,
    signed_features: int = 20000,
    C: float = 2.0,
    random_state: int = RANDOM_STATE,
) -> Pipeline:
    """The shipped architecture, a NONE gate and a polarity model, each calibrated by 3-fold sigmoid
    (Platt) scaling: the gate is logistic regression on relatedness features; polarity is logistic
    regression on sentence TF-IDF (words 1-2), polarity-signed TF-IDF and target-pair cues."""
    gate = Pipeline(
        [
            ("relatedness", RelatednessFeatures()),
            ("scale", StandardScaler()),
            ("classifier", CalibratedClassifierCV(LogisticRegression(max_iter=1000, random_state=random_state), method="sigmoid", cv=3)),
        ]
    )
    return Pipeline([("stance", GatedStanceClassifier(gate=gate, polarity=build_polarity(
        word_features=word_features, signed_features=signed_features, C=C, random_state=random_state)))])


def build_polarity(*, word_features: int, signed_features: int, C: float, random_state: int) -> Pipeline:
    """FAVOR vs AGAINST from sentence n-grams, polarity-signed n-grams and cue features."""
    features = ColumnTransformer(
        [
            ("words", CompactTfidfVectorizer(ngram_range=(1, 2), max_features=word_features, min_df=2, sublinear_tf=True, dtype=np.float32), "text"),
            ("signed", SignedTfidf(max_features=signed_features), ["target", "text"]),
            ("pair", Pipeline([("cues", PairFeatures()), ("scale", StandardScaler())]), ["target", "text"]),
        ],
        sparse_threshold=1.0,
    )
    classifier = CalibratedClassifierCV(
        LogisticRegression(C=C, solver="liblinear", max_iter=2000, random_state=random_state),
        method="sigmoid",
        cv=3,
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def build_baseline(random_state: int = RANDOM_STATE) -> Pipeline:
    """The reference baseline: TF-IDF of "target sentence" (words 1-2) → logistic regression."""
    joined = ColumnTransformer(
        [("words", TfidfVectorizer(ngram_range=(1, 2), max_features=50000, min_df=2, sublinear_tf=True), "pair")]
    )
    return Pipeline(
        [
            ("join", _JoinColumns()),
            ("features", joined),
            ("classifier", LogisticRegression(C=1.0, max_iter=2000, random_state=random_state)),
        ]
    )


class _JoinColumns:
    """Adds a ``pair`` column, target and sentence joined (baseline only; never saved)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return X.assign(pair=X["target"].astype(str) + " || " + X["text"].astype(str))

    def get_params(self, deep=True):
        return {}

    def set_params(self, **params):
        return self


def train(frame: pd.DataFrame, **params: Any) -> Pipeline:
    """Fit ``build_model(**params)`` on a frame with target, text and label columns."""
    if frame.empty:
        raise ModelError("no training rows", stage="train")
    labels = set(frame["label"])
    if len(labels) < 2:
        raise ModelError(f"training needs at least two labels, got only {sorted(labels)}", stage="train")
    model = build_model(**params)
    model.fit(frame[["target", "text"]], frame["label"].to_numpy())
    return model


def predict_among(model, X: pd.DataFrame, labels: list[str] | None = None) -> np.ndarray:
    """Predicted labels, restricted to ``labels`` when given (argmax of the calibrated probabilities
    over those labels): a FAVOR/AGAINST data set is scored as the two-way task it defines."""
    if not labels or set(labels) >= set(model.classes_):
        return np.asarray(model.predict(X))
    classes = [str(c) for c in model.classes_]
    unknown = [label for label in labels if label not in classes]
    if unknown:
        raise ModelError(f"the model has no label(s) {', '.join(unknown)}; it knows {', '.join(classes)}", stage="predict")
    allowed = [classes.index(label) for label in labels]
    proba = model.predict_proba(X)[:, allowed]
    return np.asarray(labels, dtype=object)[np.argmax(proba, axis=1)]


def evaluate(model, frame: pd.DataFrame, labels: list[str] | None = None) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold labels present, per-class precision/recall/F1 and a confusion matrix.

    ``labels`` restricts the predictions (see ``predict_among``); None lets the model use all its labels.
    """
    gold = frame["label"].to_numpy()
    predicted = predict_among(model, frame[["target", "text"]], labels)
    present = [label for label in LABELS if label in set(gold)]
    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=list(LABELS), zero_division=0)
    return {
        "n": int(len(gold)),
        "accuracy": float(accuracy_score(gold, predicted)),
        "macro_f1": float(f1_score(gold, predicted, labels=present, average="macro", zero_division=0)),
        "per_class": {
            label: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
            for i, label in enumerate(LABELS)
        },
        "labels": list(LABELS),
        "predicted_among": list(labels) if labels else [str(c) for c in model.classes_],
        "confusion": confusion_matrix(gold, predicted, labels=list(LABELS)).tolist(),
    }


def save_model(model: Pipeline, directory: str | Path, meta: dict[str, Any] | None = None) -> Path:
    """Write ``stance.skops`` and ``meta.json`` into ``directory``; returns the model file."""
    import skops.io as sio
    import sklearn

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    sio.dump(model, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    info = {
        "labels": [str(c) for c in model.classes_],
        "scikit_learn": sklearn.__version__,
        "trained": time.strftime("%Y-%m-%d", time.gmtime()),
        **(meta or {}),
    }
    (directory / META_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return path


def untrusted_types(path: str | Path) -> tuple[list[str], list[str]]:
    """The types a skops file holds beyond skops' defaults: (refused, allowed) by our allow-list."""
    import skops.io as sio

    found = sorted(sio.get_untrusted_types(file=path))
    refused = [t for t in found if t not in TRUSTED_TYPES and t not in SKLEARN_TRUSTED_EXTRA]
    return refused, [t for t in found if t not in refused]


def load_model(path: str | Path | None = None) -> Pipeline:
    """Load a stance model (a directory holding ``stance.skops`` or the file itself).

    Refuses any file that contains a type outside skops' defaults and our
    allow-list (``TRUSTED_TYPES``) with ``ModelError``: a model file can carry
    code, so only known classes are rebuilt.
    """
    import skops.io as sio

    path = Path(path) if path is not None else default_model_dir()
    file = path / MODEL_FILE if path.is_dir() else path
    if not file.is_file():
        raise ModelError(
            "stance model not found: pass a directory holding stance.skops (model_path / --model), "
            "or rebuild the shipped one with `nlp-kit stance train --corpus shared --out models/stance`",
            path=file,
            stage="load",
        )
    try:
        refused, allowed = untrusted_types(file)
    except Exception as exc:  # skops raises zipfile/json errors for a damaged file
        raise ModelError(f"not a readable skops model file ({exc})", path=file, stage="load") from exc
    if refused:
        raise ModelError(
            f"refusing to load untrusted type(s) {', '.join(refused)}: only scikit-learn and nlp_kit stance "
            "classes are allowed; retrain the model with `nlp-kit stance train`",
            path=file,
            stage="load",
        )
    try:
        return sio.load(file, trusted=allowed)
    except Exception as exc:
        raise ModelError(f"cannot load the stance model ({exc}); retrain it with `nlp-kit stance train`", path=file, stage="load") from exc


def default_model_dir() -> Path:
    """``models/stance`` at the repository root (editable install), else the copy in package data."""
    package = Path(__file__).resolve().parent.parent
    repo_models = package.parent / "models" / "stance"
    if (repo_models / MODEL_FILE).is_file():
        return repo_models
    return package / "data" / "stance" / "model"
