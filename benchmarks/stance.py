"""Stance benchmark: majority class, TF-IDF + logistic regression and the shipped model, side by side.

Run:  .venv/bin/python benchmarks/stance.py [--model models/stance] [--internal] [--json]

Sets: IBM claim stance official test topics (30 motions unseen in training) and
PERSPECTRUM dev claims, both from ../shared/evaldata/stance. "two-way" scores the
official FAVOR/AGAINST rows with predictions restricted to those two labels,
"two-way-open" the same rows with NONE allowed (a NONE prediction is a miss);
"three-way" adds NONE pairs (sentences paired with another topic's target) and
lets every model use all three labels, so NONE precision/recall is measured.
Baselines are trained on exactly the rows the shipped model was trained on.
``--embeddings`` adds the model with sentence-embedding features (extra
``[embeddings]``), trained on the same rows. ``--internal`` instead holds out a fifth of the *training* topics (the split
used to choose features), retraining the model there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sklearn.dummy import DummyClassifier  # noqa: E402

from nlp_kit.stance.datasets import load_shared_corpora, with_none_pairs  # noqa: E402
from nlp_kit.stance.model import build_baseline, load_model, train  # noqa: E402
from nlp_kit.stance.training import shared_splits, split_metrics  # noqa: E402


def internal_splits() -> dict:
    frame = load_shared_corpora(with_none=False)
    train_rows = frame[frame["split"] == "train"]
    topics = sorted(train_rows["topic"].unique())
    held = set(np.random.default_rng(0).choice(topics, size=len(topics) // 5, replace=False))
    train_rows = with_none_pairs(train_rows.assign(split=np.where(train_rows["topic"].isin(held), "held", "train")))
    held_rows = train_rows[train_rows["split"] == "held"]
    return {
        "train": train_rows[train_rows["split"] == "train"],
        "ibm_heldout_train_topics": held_rows[held_rows["corpus"] == "ibm"],
        "perspectrum_heldout_train_claims": held_rows[held_rows["corpus"] == "persp"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="stance model directory (default: the shipped one)")
    parser.add_argument("--internal", action="store_true", help="train-internal held-out topic split")
    parser.add_argument("--json", action="store_true", help="print the full results as JSON")
    parser.add_argument("--embeddings", action="store_true", help="also train the model with sentence-embedding features (extra [embeddings])")
    args = parser.parse_args()

    splits = internal_splits() if args.internal else shared_splits()
    train_rows = splits.pop("train")
    X, y = train_rows[["target", "text"]], train_rows["label"].to_numpy()
    systems = {}
    systems["majority"] = DummyClassifier(strategy="most_frequent").fit(X, y)
    started = time.perf_counter()
    systems["tfidf_logreg"] = build_baseline().fit(X, y)
    baseline_seconds = time.perf_counter() - started
    started = time.perf_counter()
    systems["nlp_kit"] = train(train_rows) if args.internal else load_model(args.model)
    model_seconds = time.perf_counter() - started
    if args.embeddings:
        from nlp_kit.stance.embeddings import build_embedding_model

        started = time.perf_counter()
        systems["nlp_kit+emb"] = build_embedding_model().fit(X, y)
        print(f"embedding model trained in {time.perf_counter() - started:.0f}s", file=sys.stderr)

    results = {name: {split: split_metrics(model, rows) for split, rows in splits.items()} for name, model in systems.items()}
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'set':34s} {'task':12s} {'system':13s} {'macro-F1':>8s} {'accuracy':>8s} {'NONE P/R':>10s}")
    for split in splits:
        for task in ("two_way", "two_way_open", "three_way"):
            for name in systems:
                r = results[name][split][task]
                none = r["per_class"]["NONE"]
                none_pr = f"{none['precision']:.2f}/{none['recall']:.2f}" if task == "three_way" else ""
                print(f"{split:34s} {task:12s} {name:13s} {r['macro_f1']:8.3f} {r['accuracy']:8.3f} {none_pr:>10s}")
    for split in splits:
        gain = results["nlp_kit"][split]["two_way"]["macro_f1"] - results["tfidf_logreg"][split]["two_way"]["macro_f1"]
        print(f"two-way macro-F1 gain over TF-IDF+LR on {split}: {100 * gain:+.1f} points")
    what = "trained" if args.internal else "loaded"
    print(f"baseline trained in {baseline_seconds:.1f}s; nlp_kit model {what} in {model_seconds:.1f}s (same run)")


if __name__ == "__main__":
    main()
