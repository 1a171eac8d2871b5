"""The one contract of nlp_kit: pydantic models for every analysis.

JSON output, pandas DataFrames (``nlp_kit.to_frames``) and database tables
(``nlp_kit.sinks.sql``) are all derived from these models; nothing else
defines a field.  ``nlp-kit schema`` prints the JSON Schema of ``Analysis``.

Every ``start``/``end`` pair is a character offset (end exclusive) into the
normalized document text (``Analysis.text``; its hash is ``meta.text_sha256``).

Example::

    >>> from nlp_kit.schema import Analysis
    >>> Analysis.model_json_schema()["title"]
    'Analysis'
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

SCHEMA_VERSION = 4
"""Bumped whenever a field is added, removed or changes meaning; the database
records it in ``schema_version`` and migrates older databases forward
(``nlp_kit.sinks.sql.migrate``).

1. the first contract;
2. ``Commitment.agents``; ``Summary.actor_roles``, ``commitments``, ``stances``, ``budget``;
3. ``Analysis.voice`` and ``Analysis.turns`` (who speaks: the title's speaker, each turn's);
4. ``Event.predicate_start`` and ``predicate_end`` (where the predicate stands in the text).
"""

ActorType = Literal["state", "person", "igo", "org", "group"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
CommitmentKind = Literal[
    "pledge", "promise", "agreement", "intent", "conditional", "demand", "recommendation"
]
CommitmentStatus = Literal["made", "fulfilled", "unfulfilled", "stalled", "proposed", "unknown"]
StanceLabel = Literal["FAVOR", "AGAINST", "NONE"]
RegionKind = Literal["title", "heading", "byline", "author_bio", "image_credit", "boilerplate"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class TextSpan(_Model):
    """A stretch of the normalized document text."""

    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset after the last character.")
    text: str = Field(description="The covered text, verbatim.")


class Region(TextSpan):
    """Part of the document that is structure or metadata, not narrative
    (title line, section heading, byline, author bio, image credit)."""

    kind: RegionKind


class Author(_Model):
    name: str
    affiliation: str | None = None
    bio: str | None = None


class DocumentMeta(_Model):
    """Who wrote the document, when, and where it came from."""

    doc_id: str = Field(description="Stable id: given by the source, else a hash of the normalized text.")
    title: str | None = None
    authors: list[Author] = Field(default_factory=list)
    date: str | None = Field(
        default=None, description="Document creation time (ISO 8601 date) used to resolve relative dates."
    )
    source: str | None = Field(default=None, description="Path, URL or corpus row the text came from.")
    source_url: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code detected from the text.")
    pipeline_version: str | None = None
    model: str | None = Field(default=None, description="Name of the spaCy pipeline used.")
    image_credit: str | None = None
    sections: list[TextSpan] = Field(default_factory=list, description="Section headings, in order.")
    regions: list[Region] = Field(
        default_factory=list, description="Non-narrative parts of the text, excluded from extraction."
    )
    text_sha256: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict, description="Other metadata carried from the source.")


class Mention(TextSpan):
    """One place in the text where an actor is named or referred to."""

    form: str = Field(
        default="name",
        description="How the actor is named: name, abbreviation, capital, demonym, title, surname, pronoun, alias, handle.",
    )
    sentence: int | None = Field(default=None, description="Index of the sentence the mention is in.")


class Actor(_Model):
    """A state, person, organisation or group that acts in the text."""

    id: str = Field(description="ISO3 for states, short code for IGOs, 'PER:'/'ORG:'/'GRP:' + name otherwise.")
    name: str
    type: ActorType
    affiliation: str | None = Field(default=None, description="Id of the state or IGO the actor belongs to.")
    titles: list[str] = Field(default_factory=list, description="Titles and roles seen in the text.")
    mentions: list[Mention] = Field(default_factory=list)
    salience: float = Field(default=0.0, ge=0.0, le=1.0)

    @model_validator(mode="before")
    @classmethod
    def _drop_derived_mention_count(cls, data: Any) -> Any:
        # mention_count is derived from mentions: JSON written by nlp_kit carries it,
        # and reading that JSON back must not trip extra="forbid".
        if isinstance(data, dict) and "mention_count" in data:
            data = {k: v for k, v in data.items() if k != "mention_count"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mention_count(self) -> int:
        return len(self.mentions)


class TimeExpression(TextSpan):
    """A temporal expression with its TIMEX3 normalization."""

    id: str = Field(description="Document-local id such as 't3'.")
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2022-07, 199X, P6W, PRESENT_REF, XXXX-10 ...")
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, MID, END, MORE_THAN, APPROX ...")
    range_end: str | None = Field(
        default=None,
        description="End value of a range: 2023-09-20 for 'Sept. 19-20, 2023', P12M for 'six to twelve months'.",
    )
    anchor: str | None = Field(
        default=None,
        description="What a relative value was resolved from: 'DCT', the id of an earlier timex, 'heading' (the year "
        "its section's heading names), or null.",
    )
    resolved: bool = Field(default=True, description="False when the value is only partly specified (XXXX-10).")
    sentence: int | None = None


class Evidence(TextSpan):
    """The sentence or clause that supports an extracted fact."""


class Event(_Model):
    """A dated event on the document's timeline."""

    id: str
    timex_id: str = Field(description="Id of the temporal expression that dates the event.")
    value: str = Field(description="TIMEX3 value of the date.")
    sort_key: str = Field(description="ISO-like key that orders events chronologically.")
    predicate: str | None = Field(default=None, description="Lemma of the clause's main verb or event noun.")
    predicate_start: int | None = Field(default=None, description="Character offset where the predicate starts.")
    predicate_end: int | None = Field(default=None, description="Character offset where the predicate ends.")
    actors: list[str] = Field(default_factory=list, description="Ids of actors taking part.")
    description: str = Field(description="Short readable description of the event.")
    uncertain: bool = Field(default=False, description="True when the date or its attachment is a guess.")
    plover: str | None = None
    cameo: str | None = None
    evidence: Evidence


class Commitment(_Model):
    """Who pledged, promised, agreed, demanded or recommended what."""

    id: str
    actor: str | None = Field(description="Id of the committing (or demanding) actor.")
    counterpart: str | None = None
    co_actors: list[str] = Field(default_factory=list)
    agents: list[str] = Field(
        default_factory=list, description="People who acted for the parties ('PER:' ids), e.g. the leaders who signed."
    )
    speaker: str | None = Field(
        default=None, description="Who states it: an actor id, or 'AUTHOR' for the writer's own voice."
    )
    action: str
    kind: CommitmentKind
    trigger: str | None = Field(default=None, description="The word that signals the commitment.")
    made: str | None = Field(default=None, description="TIMEX3 value of when it was made.")
    deadline: str | None = Field(
        default=None, description="TIMEX3 value of the time it is due by: a date ('by June 30, 2025'), or a duration "
        "from when it was made ('within six months': P6M).",
    )
    condition: str | None = None
    negated: bool = False
    status: CommitmentStatus = "unknown"
    plover: str | None = None
    cameo: str | None = None
    evidence: Evidence
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)


class SentenceStance(_Model):
    """Stance of one sentence towards one target."""

    sentence: int
    holder: str = Field(description="Actor id, or 'AUTHOR'.")
    target: str
    label: StanceLabel
    score: float = Field(ge=0.0, le=1.0, description="Calibrated probability of the label.")
    evidence: Evidence


class Stance(_Model):
    """Aggregated stance of a holder towards a target over the document."""

    holder: str = Field(description="Actor id, or 'AUTHOR'.")
    target: str
    label: StanceLabel
    score: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)


class KeySentence(TextSpan):
    index: int = Field(description="Sentence index in the document.")
    score: float


class ActorRole(_Model):
    """One of the document's main actors and the part it plays in the text."""

    id: str
    name: str
    type: ActorType
    role: str = Field(description="Readable role: titles and what the actor pledged, demanded or holds.")
    mentions: int = 0
    salience: float = Field(default=0.0, ge=0.0, le=1.0)


class Summary(_Model):
    """The structured summary: gist, key sentences and the facts around them."""

    gist: str
    key_sentences: list[KeySentence] = Field(default_factory=list)
    key_points: list[str] = Field(default_factory=list)
    main_actors: list[str] = Field(default_factory=list, description="Ids of the most salient actors.")
    recommendations: list[str] = Field(default_factory=list, description="The author's own recommendations.")
    timeline: list[Event] = Field(default_factory=list, description="Dated events in chronological order.")
    actor_roles: list[ActorRole] = Field(default_factory=list, description="The main actors and their roles.")
    commitments: list[str] = Field(
        default_factory=list, description="One readable line per commitment, in document order, with its status."
    )
    stances: list[str] = Field(default_factory=list, description="One readable line per stance: holder, label, target.")
    budget: str | None = Field(default=None, description="Length budget of the key sentences, e.g. '3 sentences'.")


class Turn(_Model):
    """One turn of a transcript, interview, press conference or parliamentary record: what is said after a
    speaker label ("PRESIDENT RUTO:", "The Minister for Africa (Daniel Okafor):", "Q:") up to the next label."""

    start: int = Field(ge=0, description="Character offset of the first word said.")
    end: int = Field(ge=0, description="Character offset where the next label begins (or the text ends).")
    label: str = Field(description="The speaker label as written, without its colon.")
    speakers: list[str] = Field(
        default_factory=list,
        description="Actor ids the speaker stands for: a person and their state, an organisation; [] for a "
        "label naming no actor (a journalist's 'Q').",
    )


class Analysis(_Model):
    """Everything nlp_kit extracts from one document."""

    schema_version: int = SCHEMA_VERSION
    meta: DocumentMeta
    text: str | None = Field(default=None, description="The normalized text all offsets refer to.")
    actors: list[Actor] = Field(default_factory=list)
    voice: list[str] = Field(
        default_factory=list,
        description="Actor ids the document speaks for in the first person, read from its title ('Speech by "
        "Foreign Minister Takeshi Iwaya ...': the minister and Japan); [] when the title names no speaker.",
    )
    turns: list[Turn] = Field(default_factory=list, description="Who speaks where, in a document told in turns.")
    timexes: list[TimeExpression] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    sentence_stances: list[SentenceStance] = Field(default_factory=list)
    summary: Summary
    warnings: list[str] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``Analysis``, as printed by ``nlp-kit schema``."""
    return Analysis.model_json_schema(mode="serialization")
