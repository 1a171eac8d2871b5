"""A small labelled stance set in the shape users train on, and a model trained on it once."""

from __future__ import annotations

import pandas as pd
import pytest

TARGETS = ["the peace agreement", "sanctions on Iran", "the border opening", "the new trade deal"]
FAVOR = [
    "{T} would bolster regional stability and benefit both countries",
    "Leaders welcomed {T} as a historic step toward prosperity",
    "{T} will promote trade, security and lasting cooperation",
    "Supporters say {T} is the best way to protect civilians",
    "{T} is a great achievement that strengthens trust",
]
AGAINST = [
    "{T} would undermine security and harm local farmers",
    "Critics condemned {T} as a betrayal of the refugees",
    "{T} threatens jobs and damages trust between neighbours",
    "Opponents warn that {T} is a dangerous mistake",
    "{T} is a failure that weakens the region",
]
UNRELATED = [
    "The weather in the capital was mild on Tuesday",
    "The football season opened with a crowded stadium",
    "A new museum of modern painting opened downtown",
    "Train timetables will change in the spring",
    "The orchestra performed a symphony by Brahms",
]


def labelled_rows() -> pd.DataFrame:
    rows = []
    for target in TARGETS:
        short = target.replace("the ", "").capitalize()
        rows += [(target, t.replace("{T}", short), "FAVOR") for t in FAVOR]
        rows += [(target, t.replace("{T}", short), "AGAINST") for t in AGAINST]
        rows += [(target, t, "NONE") for t in UNRELATED]
    return pd.DataFrame(rows, columns=["target", "text", "label"])


@pytest.fixture(scope="session")
def labelled() -> pd.DataFrame:
    return labelled_rows()


@pytest.fixture(scope="session")
def small_model(labelled):
    from nlp_kit.stance.model import train

    return train(labelled.assign(topic=labelled["target"], split="user"))
