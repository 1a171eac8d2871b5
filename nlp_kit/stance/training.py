"""Train, rebuild and evaluate stance models from files.

``train_from_file`` retrains on a user's labelled CSV; ``train_shipped``
rebuilds ``models/stance`` from the public corpora in ../shared (IBM claim
stance train topics + PERSPECTRUM train claims, with NONE pairs drawn from
other topics). Example::

    >>> train_from_file("my_labels.csv", "models/my_stance")          # doctest: +SKIP
    PosixPath('models/my_stance/stance.skops')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from nlp_kit.stance.datasets import load_shared_corpora, read_labelled
from nlp_kit.stance.model import RANDOM_STATE, evaluate, load_model, save_model, train


def train_from_file(
    data: str | Path,
    out: str | Path,
    *,
    text_col: str = "text",
    target_col: str = "target",
    label_col: str = "label",
) -> Path:
    """Train on a labelled file (labels FAVOR/AGAINST/NONE, PRO/CON or SUPPORT/UNDERMINE) and save into ``out``."""
    frame = read_labelled(data, text_col=text_col, target_col=target_col, label_col=label_col)
    model = train(frame)
    counts = frame["label"].value_counts().to_dict()
    return save_model(model, out, {"data": str(data), "rows": int(len(frame)), "label_counts": counts, "random_state": RANDOM_STATE})


def shared_splits(shared: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The training rows and the official evaluation splits of the public corpora."""
    frame = load_shared_corpora(shared)
    return {
        "train": frame[frame["split"] == "train"].reset_index(drop=True),
        "ibm_test": frame[(frame["corpus"] == "ibm") & (frame["split"] == "test")].reset_index(drop=True),
        "perspectrum_dev": frame[(frame["corpus"] == "persp") & (frame["split"] == "dev")].reset_index(drop=True),
    }


def train_shipped(out: str | Path, shared: str | Path | None = None) -> tuple[Path, dict[str, Any]]:
    """Rebuild the shipped model from ../shared and record its metrics on each official split."""
    splits = shared_splits(shared)
    model = train(splits["train"])
    metrics = {name: split_metrics(model, part) for name, part in splits.items() if name != "train"}
    meta = {
        "data": "IBM Debater claim stance (train topics) + PERSPECTRUM v1.0 (train claims), NONE pairs from other topics",
        "rows": int(len(splits["train"])),
        "label_counts": splits["train"]["label"].value_counts().to_dict(),
        "random_state": RANDOM_STATE,
        "metrics": metrics,
    }
    return save_model(model, out, meta), meta


def split_metrics(model, part: pd.DataFrame) -> dict[str, Any]:
    """Scores on the official FAVOR/AGAINST rows predicting among those two labels (``two_way``)
    and with NONE allowed (``two_way_open``), and three-way scores with the NONE pairs."""
    stance_rows = part[part["label"] != "NONE"]
    return {
        "two_way": evaluate(model, stance_rows, labels=["FAVOR", "AGAINST"]),
        "two_way_open": evaluate(model, stance_rows),
        "three_way": evaluate(model, part),
    }


def evaluate_file(data: str | Path, model_path: str | Path | None = None, labels: list[str] | None = None, **columns: str) -> dict[str, Any]:
    """Score a model on a labelled file; by default predictions are restricted to the labels the file uses."""
    frame = read_labelled(data, **columns)
    model = load_model(model_path)
    if labels is None:
        labels = [label for label in ("FAVOR", "AGAINST", "NONE") if label in set(frame["label"])]
    return evaluate(model, frame, labels=labels)
