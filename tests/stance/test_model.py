"""The stance model: training, calibrated output, skops round trip and refusal of untrusted files."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import skops.io as sio

from nlp_kit.errors import ConfigError, ModelError
from nlp_kit.stance.datasets import normalize_label, read_labelled
from nlp_kit.stance.model import load_model, save_model


class NotOnTheAllowList:
    """A class a model file must never be allowed to rebuild."""

    def __init__(self) -> None:
        self.payload = "anything"


def test_pro_con_and_support_undermine_map_to_favor_against():
    assert [normalize_label(x) for x in ("PRO", "con", "SUPPORT", "undermine", "none")] == [
        "FAVOR", "AGAINST", "FAVOR", "AGAINST", "NONE"
    ]


def test_probabilities_are_a_distribution_over_three_labels(small_model, labelled):
    proba = small_model.predict_proba(labelled[["target", "text"]])
    assert list(small_model.classes_) == ["AGAINST", "FAVOR", "NONE"]
    assert np.allclose(proba.sum(axis=1), 1.0)


def test_unrelated_sentence_is_none_and_praise_is_favor(small_model):
    X = pd.DataFrame(
        {
            "target": ["the peace agreement", "the peace agreement"],
            "text": ["The orchestra performed a symphony on Tuesday", "Peace agreement would bolster stability and benefit both countries"],
        }
    )
    assert list(small_model.predict(X)) == ["NONE", "FAVOR"]


def test_saved_model_loads_back_with_identical_predictions(small_model, labelled, tmp_path):
    save_model(small_model, tmp_path)
    loaded = load_model(tmp_path)
    X = labelled[["target", "text"]]
    assert np.allclose(loaded.predict_proba(X), small_model.predict_proba(X))
    assert (tmp_path / "meta.json").is_file()


def test_model_file_with_a_type_off_the_allow_list_is_refused(tmp_path):
    path = tmp_path / "stance.skops"
    sio.dump({"classifier": NotOnTheAllowList()}, path)
    with pytest.raises(ModelError, match="NotOnTheAllowList"):
        load_model(tmp_path)


def test_file_that_is_not_a_skops_archive_is_refused(tmp_path):
    (tmp_path / "stance.skops").write_bytes(b"\x80\x04 not a zip archive")
    with pytest.raises(ModelError, match="skops"):
        load_model(tmp_path)


def test_missing_model_names_the_path_and_the_rebuild_command(tmp_path):
    with pytest.raises(ModelError, match="stance train"):
        load_model(tmp_path / "nowhere")


def test_shipped_model_loads_and_knows_the_three_labels():
    model = load_model()
    assert list(model.classes_) == ["AGAINST", "FAVOR", "NONE"]


def test_labelled_file_without_a_label_column_names_the_option(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("target,text,stance\nthe deal,It is good,PRO\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="--label-col"):
        read_labelled(path)
    assert read_labelled(path, label_col="stance")["label"].tolist() == ["FAVOR"]
