"""Fixtures of the timex specifications: the pipeline the TempEval measures also use."""

from __future__ import annotations

import pytest

from nlp_kit.eval.timex import timex_pipeline


@pytest.fixture(scope="session")
def timex_nlp():
    """tagger, parser and lemmatizer of the base model plus ``nlp_kit_timex`` (no other nlp_kit component)."""
    return timex_pipeline()
