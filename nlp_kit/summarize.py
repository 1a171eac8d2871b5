"""Key sentences and the structured summary (issue 7 deepens the ranker)."""

from __future__ import annotations

from spacy.tokens import Doc

from nlp_kit.schema import Actor, Commitment, Event, KeySentence, Stance, Summary


def summarize(
    doc: Doc,
    *,
    text: str,
    actors: list[Actor],
    events: list[Event],
    commitments: list[Commitment],
    stances: list[Stance],
    max_sentences: int = 3,
) -> Summary:
    """Lead sentences of the narrative as key sentences, plus the extracted facts."""
    sentences = [s for s in doc.sents if s.text.strip()]
    key = [
        KeySentence(start=s.start_char, end=s.end_char, text=text[s.start_char : s.end_char], index=i, score=1.0)
        for i, s in enumerate(sentences[:max_sentences])
    ]
    main = sorted(actors, key=lambda a: -a.salience)[:5]
    return Summary(
        gist=key[0].text if key else "",
        key_sentences=key,
        main_actors=[a.id for a in main],
        timeline=sorted(events, key=lambda e: e.sort_key),
    )
