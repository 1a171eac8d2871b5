"""Summaries: the extractive key-sentence ranker and the structured ``Summary``.

``summarize(doc, text=..., actors=..., ...)`` is what ``nlp_kit.assemble``
calls; ``key_sentences`` is the ranker alone; ``nlp_kit.summary.ranker`` holds
the scoring and selection functions for other uses (benchmarks, baselines).
"""

from nlp_kit.summary.structured import key_sentences, summarize

__all__ = ["key_sentences", "summarize"]
