"""Cue features: target polarity and negation-scoped sentiment."""

from __future__ import annotations

import pandas as pd

from nlp_kit.stance.features import PairFeatures, scoped_valences, target_polarity, tokens


def test_banning_target_has_negative_polarity_and_negation_flips_it():
    assert target_polarity("This house would ban boxing") == -1
    assert target_polarity("the peace agreement") == 1
    assert target_polarity("We should not ban boxing") == 1


def test_negation_flips_the_sentiment_of_the_words_in_its_scope():
    plain, _ = scoped_valences(tokens("The plan is good for trade."))
    negated, _ = scoped_valences(tokens("The plan is not good for trade."))
    assert sum(plain) > 0 > sum(negated)


def test_signed_sentiment_changes_sign_with_the_target():
    X = pd.DataFrame(
        {"target": ["legalizing cannabis", "banning cannabis"], "text": ["Cannabis causes serious harm to teenagers"] * 2}
    )
    names = list(PairFeatures.feature_names)
    values = PairFeatures().fit(X).transform(X)[:, names.index("signed_sentiment")]
    assert values[0] < 0 < values[1]
