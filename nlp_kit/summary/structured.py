"""The structured summary: gist, key sentences and points, actors and roles,
timeline, commitments, stances and the author's recommendations.

Input is a parsed Doc plus the facts the components extracted (as schema
models); output is one ``Summary``.  Facts raise the rank of the sentences
that carry them, so a sentence with a dated pledge by a salient actor beats a
sentence of background.

Example::

    >>> summary = summarize(doc, text=document.text, actors=actors, commitments=commitments)
    >>> summary.commitments
    ['Turkey (pledge, 2022-07): open its border with Armenia — unfulfilled']
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from nlp_kit.schema import (
    Actor,
    ActorRole,
    Commitment,
    Event,
    KeySentence,
    Stance,
    Summary,
    TimeExpression,
)
from nlp_kit.summary.ranker import (
    RankerWeights,
    SentenceUnit,
    rank,
    select,
    sentence_of,
    sentence_units,
    similarity_matrix,
    tfidf_matrix,
)
from nlp_kit.timex.timeline import readable_value

MAIN_ACTORS = 6
_KIND_WEIGHT = {
    "pledge": 1.0,
    "promise": 1.0,
    "agreement": 1.0,
    "recommendation": 1.0,
    "demand": 0.8,
    "conditional": 0.7,
    "intent": 0.6,
}
_KIND_LABEL = {"recommendation": "urged to", "demand": "demanded", "conditional": "conditional offer"}
_CONNECTIVE = re.compile(
    r"^(however|moreover|additionally|furthermore|thus|therefore|meanwhile|specifically|"
    r"in addition|for (?:his|her|its|their) part|simultaneously|yet|also|still)\s*,\s*",
    re.IGNORECASE,
)
_GIST_MIN_WORDS = 15


def budget_label(max_sentences: int | None, max_words: int | None) -> str:
    """'1 sentence', '3 sentences' or '150 words' (a word budget wins)."""
    if max_words is not None:
        return f"{max_words} word{'s' if max_words != 1 else ''}"
    return f"{max_sentences} sentence{'s' if max_sentences != 1 else ''}"


def default_sentence_budget(n_sentences: int) -> int:
    """About one key sentence per twelve, between 3 and 7: five for a 2,000-word op-ed."""
    return max(3, min(7, round(n_sentences / 12)))


def _fact_weights(
    units: Sequence[SentenceUnit],
    actors: Sequence[Actor],
    timexes: Sequence[TimeExpression],
    events: Sequence[Event],
    commitments: Sequence[Commitment],
) -> None:
    """Add to each unit's ``fact_weight``: commitments by kind, dated events,
    and the salience of the actors it mentions."""
    starts = [u.start for u in units]
    weight = [0.0] * len(units)
    for commitment in commitments:
        i = sentence_of(units, starts, commitment.evidence.start)
        if i is not None:
            weight[i] += _KIND_WEIGHT.get(commitment.kind, 0.5) * (0.5 + 0.5 * commitment.confidence)
    dated = [0.0] * len(units)
    for start in [e.evidence.start for e in events] or [t.start for t in timexes]:
        i = sentence_of(units, starts, start)
        if i is not None:
            dated[i] = min(1.0, dated[i] + 0.5)
    total_mentions = sum(a.mention_count for a in actors) or 1
    present: list[dict[str, float]] = [{} for _ in units]
    for actor in actors:
        importance = actor.salience or actor.mention_count / total_mentions
        for mention in actor.mentions:
            i = sentence_of(units, starts, mention.start)
            if i is not None:
                present[i][actor.id] = importance
    for i, unit in enumerate(units):
        unit.fact_weight = weight[i] + dated[i] + 0.5 * min(1.0, sum(present[i].values()))


def _times(mentions: int) -> str:
    return "mentioned once" if mentions == 1 else f"mentioned {mentions} times"


def _point(text: str) -> str:
    """A key sentence as a bullet point: no leading discourse connective."""
    stripped = _CONNECTIVE.sub("", text.strip())
    return stripped[:1].upper() + stripped[1:] if stripped else stripped


def _name(actor_id: str | None, names: dict[str, str]) -> str:
    if actor_id is None:
        return "unknown actor"
    if actor_id == "AUTHOR":
        return "the author"
    return names.get(actor_id, actor_id.split(":", 1)[-1])


def event_when(event: Event, timexes: Sequence[TimeExpression]) -> str:
    """The event's date as a person writes it ("mid-2022", "19–20 September 2023"), with the mod and
    range end of the expression that dates it."""
    timex = next((t for t in timexes if t.id == event.timex_id), None)
    return readable_value(event.value, timex.mod if timex else None, timex.range_end if timex else None)


def timeline_highlights(
    timeline: Sequence[Event], key: Sequence[KeySentence], commitments: Sequence[Commitment], limit: int = 12
) -> list[Event]:
    """At most ``limit`` calendar-dated events, chronological: those in key
    sentences or next to commitments first, then those naming the most actors.
    Vague references (PRESENT_REF, FUTURE_REF) and centuries are left to the full timeline; decades
    ("the early 1990s", 199X) stay."""
    dated = [e for e in timeline if e.value[:3].isdigit() and e.sort_key[:4].isdigit()]
    seen: set[int] = set()
    unique = [e for e in dated if not (e.evidence.start in seen or seen.add(e.evidence.start))]
    spans = [(k.start, k.end) for k in key] + [(c.evidence.start, c.evidence.end) for c in commitments]

    def weight(event: Event) -> float:
        inside = any(start <= event.evidence.start < end for start, end in spans)
        return 2.0 * inside + 0.5 * min(len(event.actors), 2) - 0.5 * event.uncertain

    chosen = sorted(unique, key=lambda e: -weight(e))[:limit]
    return sorted(chosen, key=lambda e: e.sort_key)


def is_author_recommendation(commitment: Commitment) -> bool:
    """The writer's own advice: a recommendation in the author's voice."""
    return commitment.kind == "recommendation" and commitment.speaker in ("AUTHOR", None)


def commitment_line(commitment: Commitment, names: dict[str, str]) -> str:
    """'Turkey (pledge, 2022-07): open its border with Armenia — unfulfilled'."""
    parties = [commitment.actor, *[a for a in commitment.co_actors if a != commitment.actor]]
    who = ", ".join(_name(a, names) for a in parties)
    when = f", {commitment.made}" if commitment.made else ""
    deadline = f", by {commitment.deadline}" if commitment.deadline else ""
    negated = "not " if commitment.negated else ""
    return f"{who} ({commitment.kind}{when}{deadline}): {negated}{commitment.action} — {commitment.status}"


def recommendation_line(commitment: Commitment, names: dict[str, str]) -> str:
    """'Armenia, Azerbaijan: finalize the preliminary peace agreement'."""
    parties = [commitment.actor, *[a for a in commitment.co_actors if a != commitment.actor]]
    who = ", ".join(_name(a, names) for a in parties if a)
    return f"{who}: {commitment.action}" if who else commitment.action


def actor_roles(
    actors: Sequence[Actor], commitments: Sequence[Commitment], stances: Sequence[Stance], limit: int = MAIN_ACTORS
) -> list[ActorRole]:
    """The most salient actors, each with titles, commitments and stances in a readable role."""
    names = {a.id: a.name for a in actors}
    by_actor: dict[str, list[Commitment]] = defaultdict(list)
    for commitment in commitments:
        for party in {commitment.actor, *commitment.co_actors} - {None}:
            by_actor[party].append(commitment)
    held: dict[str, list[Stance]] = defaultdict(list)
    for stance in stances:
        if stance.label != "NONE":
            held[stance.holder].append(stance)
    ranked = sorted(actors, key=lambda a: (-a.salience, -a.mention_count, a.id))[:limit]
    roles = []
    for actor in ranked:
        parts = list(dict.fromkeys(actor.titles))[:2]
        for commitment in by_actor.get(actor.id, [])[:3]:
            label = _KIND_LABEL.get(commitment.kind, commitment.kind)
            parts.append(f"{label}: {commitment.action} ({commitment.status})")
        for stance in held.get(actor.id, [])[:2]:
            parts.append(f"{'for' if stance.label == 'FAVOR' else 'against'} {_name(stance.target, names)}")
        roles.append(
            ActorRole(
                id=actor.id,
                name=actor.name,
                type=actor.type,
                role="; ".join(parts) or f"{actor.type}, {_times(actor.mention_count)}",
                mentions=actor.mention_count,
                salience=actor.salience,
            )
        )
    return roles


def key_sentences(
    doc: Doc,
    text: str,
    *,
    actors: Sequence[Actor] = (),
    timexes: Sequence[TimeExpression] = (),
    events: Sequence[Event] = (),
    commitments: Sequence[Commitment] = (),
    max_sentences: int | None = None,
    max_words: int | None = None,
    weights: RankerWeights = RankerWeights(),
) -> list[KeySentence]:
    """The key sentences of ``doc`` in document order, within the budget.

    Without a budget the count follows :func:`default_sentence_budget`; with
    only ``max_words`` the sentence count is unbounded.  ``text[ks.start:ks.end]
    == ks.text`` for every result.
    """
    units = sentence_units(doc)
    if not units:
        return []
    _fact_weights(units, actors, timexes, events, commitments)
    matrix = tfidf_matrix(units)
    similarity = similarity_matrix(matrix)
    budget = "words" if max_words is not None else "sentences"
    scores = rank(units, weights, matrix, similarity, budget)
    if max_sentences is None and max_words is None:
        max_sentences = default_sentence_budget(len(units))
    chosen = select(
        units, scores, max_sentences=max_sentences, max_words=max_words, weights=weights, similarity=similarity
    )
    return [
        KeySentence(start=u.start, end=u.end, text=text[u.start : u.end], index=u.index, score=round(float(scores[u.index]), 4))
        for u in chosen
    ]


def summarize(
    doc: Doc,
    *,
    text: str,
    actors: Sequence[Actor] = (),
    timexes: Sequence[TimeExpression] = (),
    events: Sequence[Event] = (),
    commitments: Sequence[Commitment] = (),
    stances: Sequence[Stance] = (),
    max_sentences: int | None = None,
    max_words: int | None = None,
) -> Summary:
    """The structured ``Summary`` of a processed Doc and the facts extracted from it."""
    key = key_sentences(
        doc,
        text,
        actors=actors,
        timexes=timexes,
        events=events,
        commitments=commitments,
        max_sentences=max_sentences,
        max_words=max_words,
    )
    by_score = sorted(key, key=lambda k: -k.score)
    gist_sentences = by_score[:1]
    if by_score and len(by_score[0].text.split()) < _GIST_MIN_WORDS and len(by_score) > 1:
        gist_sentences = by_score[:2]
    gist_sentences.sort(key=lambda k: k.start)
    gist_ids = {k.index for k in gist_sentences}
    names = {a.id: a.name for a in actors}
    recommendations = list(
        dict.fromkeys(recommendation_line(c, names) for c in commitments if is_author_recommendation(c))
    )
    budget = budget_label(max_sentences if max_sentences is not None else len(key), max_words)
    return Summary(
        gist=" ".join(k.text.strip() for k in gist_sentences),
        key_sentences=key,
        key_points=[_point(k.text) for k in key if k.index not in gist_ids],
        main_actors=[a.id for a in sorted(actors, key=lambda a: (-a.salience, -a.mention_count, a.id))[:MAIN_ACTORS]],
        actor_roles=actor_roles(actors, commitments, stances),
        recommendations=recommendations,
        timeline=sorted(events, key=lambda e: e.sort_key),
        commitments=[commitment_line(c, names) for c in sorted(commitments, key=lambda c: c.evidence.start)],
        stances=[
            f"{_name(s.holder, names)}: {s.label} {_name(s.target, names)} ({s.score:.2f})"
            for s in sorted(stances, key=lambda s: -s.score)
            if s.label != "NONE"
        ],
        budget=budget,
    )
