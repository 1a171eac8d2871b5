"""Language identification (py3langid) on a prefix of the narrative text.

Policy texts are dense with proper names, which pull short English texts
towards other languages; so a text is only rejected when the identifier is
confident *and* the text is long enough for that confidence to mean something.

Example::

    >>> detect_language("La France et le Japon ont signé un accord de défense.")[0]
    'fr'
"""

from __future__ import annotations

from functools import cache

# Characters identified: langid is as accurate on 1,000 characters as on a
# whole report, and reading stays fast over millions of documents.
PREFIX_CHARS = 1000
# Below this many letters a verdict is not trusted ("Turkey opened the border."
# scores 0.82 English, "NATO met in Brussels." is anyone's guess).
MIN_LETTERS = 60
# Normalized probability above which a non-English verdict is believed.
MIN_CONFIDENCE = 0.9


@cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and normalized probability for the start of ``text``."""
    code, probability = _identifier().classify(text[:PREFIX_CHARS])
    return code, float(probability)


def judge_language(text: str, wanted: str | None) -> tuple[str | None, str | None]:
    """(language to record, detected language if it is confidently not ``wanted``).

    Short texts are given the benefit of the doubt: their recorded language is
    ``wanted`` and they are never rejected.
    """
    sample = text[:PREFIX_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters < MIN_LETTERS:
        return wanted, None
    code, probability = detect_language(sample)
    if probability < MIN_CONFIDENCE:
        return wanted or code, None
    if wanted and code != wanted:
        return code, f"{code} (confidence {probability:.2f})"
    return code, None
