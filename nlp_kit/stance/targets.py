"""Stance targets: match a target to text robustly, and propose targets from a document.

Matching compares content-word stems after mapping synonyms to one form
(``nlp_kit/data/stance/synonyms.csv``): "the peace treaty" matches "the peace
agreement", "opening the border" matches "border opening". Example::

    >>> target_matches("the peace treaty", "Baku and Yerevan could sign the peace agreement.")
    True
    >>> target_matches("opening the Armenia–Turkey border", "Armenia and Turkey resumed flights.")
    False
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from nlp_kit.stance.features import STOP, content_stems, stem, tokens
from nlp_kit.stance.lexicons import lexicons

HEAD_STOPPERS = frozenset({"with", "of", "between", "to", "for", "on", "in", "by", "from", "against", "among"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def canonical(word: str) -> str:
    syn = lexicons().synonyms
    return syn.get(word, syn.get(stem(word), stem(word)))


def target_head(target: str) -> str | None:
    """The canonical head word: the last content word before a preposition.

    "Armenia's ties with the West" → "relation"; "opening the border" → "border".
    """
    head = None
    for tok in tokens(target):
        if tok in HEAD_STOPPERS and head is not None:
            break
        if tok.isalpha() and tok not in STOP and len(tok) > 2:
            head = canonical(tok)
    return head


def target_matches(target: str, text: str, *, min_coverage: float = 0.5) -> bool:
    """True when ``text`` names the target: its head word and at least ``min_coverage``
    of its content words (synonyms and inflections folded) occur in ``text``."""
    wanted = content_stems(target)
    if not wanted:
        return False
    have = content_stems(text)
    head = target_head(target)
    if head is not None and head not in have:
        return False
    return len(wanted & have) / len(wanted) >= min_coverage


def same_target(a: str, b: str) -> bool:
    """Two target phrasings that name the same thing ("the peace treaty", "a peace agreement")."""
    return target_matches(a, b) and target_matches(b, a)


def _chunk_text(chunk: Span) -> str:
    """The chunk as written, without a leading determiner or possessive pronoun."""
    first = chunk[1] if len(chunk) > 1 and chunk[0].lower_ in DETERMINERS else chunk[0]
    return chunk.doc[first.i: chunk.end].text.strip()


def propose_targets(doc: Doc, *, max_targets: int = 6, commitments: list[dict] | None = None) -> list[str]:
    """Salient policy noun phrases of ``doc``: noun chunks headed by a policy noun
    (agreement, treaty, border, sanctions …), counted over sentences, with chunks in
    commitment evidence counted double; paraphrases are merged under the most frequent form.

    "Baku and Yerevan could sign the peace treaty … the peace agreement" → ["peace agreement", …].
    """
    policy = lexicons().policy_nouns
    evidence = [(c["evidence"]["start"], c["evidence"]["end"]) for c in commitments or [] if c.get("evidence")]
    counts: Counter[str] = Counter()
    try:
        chunks = list(doc.noun_chunks)
    except ValueError:
        return []
    for chunk in chunks:
        if chunk.root.lemma_.lower() not in policy and chunk.root.lower_ not in policy:
            continue
        text = _chunk_text(chunk)
        if len(content_stems(text)) < 2:
            continue
        weight = 2 if any(s <= chunk.start_char < e for s, e in evidence) else 1
        counts[text.lower()] += weight
    merged: list[tuple[str, int]] = []
    for text, n in counts.most_common():
        for i, (kept, total) in enumerate(merged):
            if same_target(kept, text):
                merged[i] = (kept, total + n)
                break
        else:
            merged.append((text, n))
    merged.sort(key=lambda item: -item[1])
    return [text for text, n in merged[:max_targets] if n >= 2]
