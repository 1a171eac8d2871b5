"""Loaders for labelled stance data: the public corpora and users' CSV files.

Every loader returns a ``pandas.DataFrame`` with the columns ``target``,
``text``, ``label`` (FAVOR|AGAINST|NONE), ``topic`` (for grouping splits) and
``split``. Example::

    >>> from nlp_kit.stance.datasets import normalize_label
    >>> normalize_label("UNDERMINE")
    'AGAINST'
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from nlp_kit.errors import ConfigError, InputNotFound

LABELS = ("FAVOR", "AGAINST", "NONE")
LABEL_ALIASES = {
    "FAVOR": "FAVOR", "FAVOUR": "FAVOR", "PRO": "FAVOR", "SUPPORT": "FAVOR", "SUPPORTS": "FAVOR", "FOR": "FAVOR",
    "AGAINST": "AGAINST", "CON": "AGAINST", "UNDERMINE": "AGAINST", "UNDERMINES": "AGAINST", "OPPOSE": "AGAINST",
    "NONE": "NONE", "NEUTRAL": "NONE", "NOT-A-PERSPECTIVE": "NONE", "UNRELATED": "NONE",
}
COLUMNS = ["target", "text", "label", "topic", "split"]


def normalize_label(label: object) -> str:
    """Map PRO/CON, SUPPORT/UNDERMINE, FAVOR/AGAINST/NONE (any case) to FAVOR/AGAINST/NONE."""
    key = str(label).strip().upper().replace("_", "-")
    if key not in LABEL_ALIASES:
        raise ValueError(f"unknown stance label '{label}'")
    return LABEL_ALIASES[key]


def shared_stance_dir(shared: str | Path | None = None) -> Path:
    """``../shared/evaldata/stance`` next to the repository, or under ``shared``."""
    import os

    if shared is None:
        root = Path(__file__).resolve().parents[2]
        shared = os.environ.get("NLP_KIT_SHARED", root.parent / "shared")
    path = Path(shared) / "evaldata" / "stance"
    if not path.is_dir():
        raise InputNotFound("stance corpora not found: set NLP_KIT_SHARED to the shared/ folder", path=path)
    return path


def load_ibm(stance_dir: Path) -> pd.DataFrame:
    """IBM Debater claim stance (Bar-Haim et al. 2017): motion as target, claim as text, official split."""
    raw = pd.read_csv(stance_dir / "ibm_claim_stance" / "claim_stance_dataset_v1.csv")
    return pd.DataFrame(
        {
            "target": raw["topicText"].astype(str),
            "text": raw["claims.claimCorrectedText"].astype(str),
            "label": raw["claims.stance"].map(normalize_label),
            "topic": "ibm:" + raw["topicId"].astype(str),
            "split": raw["split"].astype(str),
        }
    )


def load_perspectrum(stance_dir: Path) -> pd.DataFrame:
    """PERSPECTRUM (Chen et al. 2019): claim as target, perspective sentence as text, official split."""
    folder = stance_dir / "perspectrum"
    claims = json.loads((folder / "perspectrum_with_answers_v1.0.json").read_text(encoding="utf-8"))
    pool = {p["pId"]: p["text"] for p in json.loads((folder / "perspective_pool_v1.0.json").read_text(encoding="utf-8"))}
    split = json.loads((folder / "dataset_split_v1.0.json").read_text(encoding="utf-8"))
    rows = []
    for claim in claims:
        for cluster in claim["perspectives"]:
            label = cluster["stance_label_3"]
            for pid in cluster["pids"]:
                if pid in pool:
                    rows.append((claim["text"], pool[pid], normalize_label(label), f"persp:{claim['cId']}", split.get(str(claim["cId"]), "test")))
    return pd.DataFrame(rows, columns=COLUMNS)


def add_none_pairs(frame: pd.DataFrame, ratio: float = 0.35, random_state: int = 13) -> pd.DataFrame:
    """Add NONE examples: sentences paired with the target of another topic of the same split.

    Each topic contributes ``ratio`` times its size in NONE rows, so NONE
    precision and recall can be measured on held-out topics too.
    """
    rng = np.random.default_rng(random_state)
    extra = []
    for split_name, part in frame.groupby("split", sort=True):
        targets = part.drop_duplicates("topic")[["topic", "target"]].to_numpy()
        if len(targets) < 2:
            continue
        for topic, rows in part.groupby("topic", sort=True):
            n = max(1, int(round(len(rows) * ratio)))
            texts = rows["text"].to_numpy()[rng.permutation(len(rows))[:n]]
            others = targets[targets[:, 0] != topic]
            picks = others[rng.integers(0, len(others), size=len(texts))]
            extra.extend((t, text, "NONE", topic, split_name) for (_, t), text in zip(picks, texts))
    return pd.concat([frame, pd.DataFrame(extra, columns=COLUMNS)], ignore_index=True)


def load_shared_corpora(shared: str | Path | None = None, *, with_none: bool = True) -> pd.DataFrame:
    """Both public corpora with their official splits (IBM train/test, PERSPECTRUM train/dev[/test])."""
    stance_dir = shared_stance_dir(shared)
    frame = pd.concat([load_ibm(stance_dir), load_perspectrum(stance_dir)], ignore_index=True)
    frame["corpus"] = frame["topic"].str.split(":").str[0]
    return with_none_pairs(frame) if with_none else frame


def with_none_pairs(frame: pd.DataFrame, random_state: int = 13) -> pd.DataFrame:
    """``add_none_pairs`` within each corpus and split, so a NONE pair never borrows a target from another split."""
    parts = [add_none_pairs(part, random_state=random_state) for _, part in frame.groupby("corpus", sort=True)]
    out = pd.concat(parts, ignore_index=True)
    out["corpus"] = out["topic"].str.split(":").str[0]
    return out


def read_labelled(path: str | Path, *, text_col: str = "text", target_col: str = "target", label_col: str = "label") -> pd.DataFrame:
    """A user's labelled CSV/TSV/JSONL file → the standard frame.

    Labels may be FAVOR/AGAINST/NONE, PRO/CON or SUPPORT/UNDERMINE.
    """
    path = Path(path)
    if not path.is_file():
        raise InputNotFound("labelled stance file not found: give a CSV with text, target and label columns", path=path)
    try:
        if path.suffix.lower() in {".jsonl", ".ndjson"}:
            raw = pd.read_json(path, lines=True)
        else:
            raw = pd.read_csv(path, sep="\t" if path.suffix.lower() == ".tsv" else ",")
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ConfigError(f"cannot read labelled stance data ({exc}); use a UTF-8 CSV with a header row", path=path) from exc
    missing = [c for c in (text_col, target_col, label_col) if c not in raw.columns]
    if missing:
        raise ConfigError(
            f"missing column(s) {', '.join(missing)} (have: {', '.join(map(str, raw.columns))}); "
            "name them with --text-col/--target-col/--label-col",
            path=path,
        )
    raw = raw.dropna(subset=[text_col, target_col, label_col])
    try:
        labels = raw[label_col].map(normalize_label)
    except ValueError as exc:
        raise ConfigError(f"{exc}: labels must be FAVOR/AGAINST/NONE, PRO/CON or SUPPORT/UNDERMINE", path=path) from exc
    if raw.empty:
        raise ConfigError("no labelled rows in the file", path=path)
    topic = raw["topic"].astype(str) if "topic" in raw.columns else raw[target_col].astype(str)
    return pd.DataFrame(
        {
            "target": raw[target_col].astype(str).to_numpy(),
            "text": raw[text_col].astype(str).to_numpy(),
            "label": labels.to_numpy(),
            "topic": topic.to_numpy(),
            "split": "user",
        }
    )
