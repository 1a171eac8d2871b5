"""Find the actors of a policy text and resolve every mention to a canonical id.

``ActorExtractor(nlp, gazetteer)`` builds its ``PhraseMatcher`` objects once; calling it
on a parsed ``Doc`` returns ``(actors, spans)``: a list of dicts shaped like
``nlp_kit.schema.Actor`` and one ``Span`` per mention with ``label_`` = actor id.

Steps: gazetteer names (states, capitals and seats, demonyms, IGOs, the West; read in
context by ``resolve``), parts of hyphenated tokens ("U.S.-Japan"), people from the base
NER with titles (before the name or in an apposition after it), affiliations and surname
links, organisations whose NER name ends in an organisation word or that act as subject,
agent or possessor, abbreviations the text defines ("the Caspian Pipeline Consortium (CPC)"),
then references by title ("the Prime Minister") and IGO anaphora
("the alliance"). Gazetteer names win over the base NER's labels, so "Yerevan" tagged
PERSON is still Armenia's capital.

Example::

    >>> actors, spans = ActorExtractor(nlp, load_gazetteer())(nlp("Ankara ties it to Baku's approval."))
    >>> [a["id"] for a in actors]
    ['TUR', 'AZE']
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp_kit.actors.gazetteer import ActorRecord, Gazetteer
from nlp_kit.actors.resolve import is_historical, read_demonym, resolve_metonymy
from nlp_kit.doctext import doc_text
from nlp_kit.ingest.structure import (
    LETTER_CLOSING,
    RELEASE_DATELINE,
    opening_dateline_place,
    speaker_labels,
    turn_label_end,
)

_KEY_SEPARATOR = "\x1f"
_SHARED = "\x1e"  # matcher key of a demonym or capital two states share, resolved per document
_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr"})
_NAME_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "do", "dos", "du", "van", "von", "der", "den", "la", "le"}
)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_HYPHENATED = re.compile(r"(?<![^\s\-–—/])[^\s\-–—/]+[\-–—/]\S+")  # (the look-behind only skips mid-word starts)
_HYPHEN_SPLIT = re.compile(r"[\-–—/]")
_ANAPHOR_WINDOW = 3
"""An IGO anaphor ("the bloc") refers to an IGO named in its own or the two previous sentences."""
_HEADING_TITLE_SHARE = 0.6
"""A sentence with at least this share of capitalised words is a heading, not prose."""


@dataclass
class _Found:
    """Mentions gathered for one actor while reading a Doc."""

    record: ActorRecord
    mentions: list[dict[str, Any]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None


class ActorExtractor:
    """Callable ``Doc -> (actor dicts, mention spans)`` over one gazetteer."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # Lines read on their own (titles naming a speaker) that a component parsed for its batch: text -> Doc
        self.parsed_lines: dict[str, Doc] = {}
        self.lexicon = gazetteer.lexicon
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[str, list[str]] = {}
        for text, entry in gazetteer.aliases.items():
            by_key.setdefault(entry.actor_id + _KEY_SEPARATOR + entry.form, []).append(text)
        for text in gazetteer.shared:
            by_key.setdefault(_SHARED + _KEY_SEPARATOR + "shared", []).append(text)
        for key, texts in by_key.items():
            self.matcher.add(key, list(nlp.tokenizer.pipe(texts)))
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add("TITLE", list(nlp.tokenizer.pipe(gazetteer.titles)))
        self.canonical_titles = {title.lower(): title for title in gazetteer.titles}
        self.title_words = frozenset(word.lower() for title in gazetteer.titles for word in title.split())
        services = "|".join(re.escape(s) for s in self.lexicon["wire_services"])
        self.dateline = re.compile(
            rf"(?m)^[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)"
            rf"( \((?:{services})\))?[ \t]*(?:—|–|--|_| - )"
        )
        self.igos_by_anaphor = {
            noun: frozenset(a.id for a in gazetteer.actors.values() if a.type == "igo" and ("*" in ids or a.id in ids))
            for noun, ids in gazetteer.igo_anaphors.items()
        }
        # people by their names written without diacritics ("Luiz Inacio Lula da Silva" in a wire's plain ASCII)
        self.people_unaccented = {
            _unaccented(text): entry.actor_id for text, entry in gazetteer.aliases.items()
            if gazetteer.actors[entry.actor_id].type == "person" and _unaccented(text) != text
        }

    def __call__(self, doc: Doc) -> tuple[list[dict[str, Any]], list[Span]]:
        _drop_opening_participles(doc)
        reader = _DocReader(self, doc)
        reader.find_titles()
        reader.read_datelines()
        reader.read_gazetteer_names()
        reader.read_handles()
        reader.read_hyphenated_names()
        reader.read_people()
        reader.read_label_names()
        reader.merge_family_names()
        reader.read_organisations()
        reader.read_signatories()
        reader.read_name_lines()
        reader.read_abbreviations()
        reader.read_known_as()
        reader.read_self_named()
        reader.read_repeated_names()
        reader.read_title_references()
        reader.read_igo_anaphora()
        reader.read_member_anaphora()
        reader.read_organisation_anaphora()
        reader.read_government_anaphora()
        reader.read_office_short_names()
        reader.read_heads_of()
        reader.read_home_officials()
        return reader.results()


def _drop_opening_participles(doc: Doc) -> None:
    """Take a sentence's opening participle out of the entity the NER ran it into: "Commending Kenya for
    having led ..." (a resolution's preamble) names Kenya, not a person or body "Commending Kenya"."""
    if not doc.has_annotation("ENT_IOB"):
        return
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        first = ent[0]
        if len(ent) > 1 and first.is_sent_start and first.lower_.endswith("ing") and (
            first.is_title and "ROOT" in (first.dep_, ent.root.dep_)
        ):  # a verbless opening; a name like "Feeding America" is the subject of its sentence
            ents[n] = Span(doc, ent.start + 1, ent.end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents


class _DocReader:
    """The state of one extraction: which tokens are taken and what was found."""

    def __init__(self, extractor: ActorExtractor, doc: Doc) -> None:
        self.x = extractor
        self.doc = doc
        self.text = doc_text(doc)
        self.dct = doc._.dct if doc.has_extension("dct") else None
        self.taken: set[int] = set()
        self.found: dict[str, _Found] = {}
        self.sentence_starts: list[int] = []
        if doc.has_annotation("SENT_START"):
            rows = doc.to_array([SENT_START, IDX])
            self.sentence_starts = [0, *rows[1:][rows[1:, 0] == 1][:, 1].tolist()]
        meta = doc._.nlp_kit_meta if doc.has_extension("nlp_kit_meta") else None
        regions = (meta or {}).get("regions") or []
        title = next((r for r in regions if r.get("kind") == "title"), None)
        # the title line, then a subtitle heading right under it (their text: a heading is blanked out of the
        # Doc the components read): where a home state is named
        self.head_lines: list[str] = [] if title is None else [str(title.get("text") or "")] + [
            str(r.get("text") or "") for r in regions
            if r.get("kind") == "heading" and 0 < r["start"] - title["end"] <= 2
        ]
        self.author_words = {
            word for author in (meta or {}).get("authors") or [] for word in str(author.get("name", "")).split()
        }
        self.state_ending_at: dict[int, str] = {}
        self.state_starting_at: dict[int, str] = {}
        self.state_span_ends: dict[int, int] = {}
        self.titles: dict[int, Span] = {}
        self._speaker_labels: list[tuple[int, int]] | None = None  # (first token, first token said) of each label
        self._labels: Counter[str] | None = None  # one-word speaker labels of a transcript, by how many turns they open
        self.titles_starting: dict[int, Span] = {}
        self.appositive_titles: set[int] = set()
        self.actor_tokens: set[int] = set()
        self.titles_inside: set[int] = set()
        self.place_tokens: set[int] = set()
        self.pending_surnames: list[tuple[Span, ActorRecord]] = []
        self.subdivisions: dict[str, set[str]] = {}  # organisation id -> its parts named ("Senate" of a court)
        self._titled_bodies: dict[str, ActorRecord | None] = {}  # bare organisation word -> the body the title names

    def find_titles(self) -> None:
        """Titles and roles ("Prime Minister", "Secretary General"), indexed by their end token."""
        for span in filter_spans([Span(self.doc, s, e) for _k, s, e in self.x.title_matcher(self.doc)]):
            self.titles[span.end] = span
            self.titles_starting[span.start] = span
            self.titles_inside.update(range(span.start, span.end))

    def _sentence(self, char: int) -> int | None:
        if not self.sentence_starts:
            return None
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def add(self, record: ActorRecord, start: int, end: int, form: str, chars: tuple[int, int] | None = None) -> None:
        """Record a mention of ``record`` over tokens ``start:end`` (or exact ``chars``)."""
        span = self.doc[start:end]
        start_char, end_char = chars or (span.start_char, span.end_char)
        found = self.found.setdefault(record.id, _Found(record))
        if any(m["start"] == start_char and m["end"] == end_char for m in found.mentions):
            return
        found.mentions.append(
            {
                "start": start_char,
                "end": end_char,
                "text": self.text[start_char:end_char],
                "form": form,
                "sentence": self._sentence(start_char),
            }
        )
        found.spans.append((start, end))
        self.taken.update(range(start, end))
        if record.type in ("state", "igo"):
            self.state_ending_at[end] = record.id
            self.state_starting_at[start] = record.id
            self.state_span_ends[start] = end
            self.actor_tokens.update(range(start, end))

    def _record(self, actor_id: str) -> ActorRecord:
        return self.x.gazetteer.actors[actor_id]

    def read_datelines(self) -> None:
        """A wire dateline opening a paragraph ("CAIRO (AP) —", "BELGRADE, Yugoslavia (AP) _", "SEOUL
        (Reuters) -", "WASHINGTON —"), or a release's ("Washington, DC:", "(Berlin) –"), is where the story was
        filed: its words are a place."""
        places = [
            (match.start(1), match.end(1)) for match in self.x.dateline.finditer(self.text)
            # "NATO - Russia relations": without a wire credit a known name stays itself
            if match.group(2) is not None or match.group(1) not in self.x.gazetteer.aliases
        ] + [
            match.span(next(g for g in (1, 2, 3) if match.group(g))) for match in RELEASE_DATELINE.finditer(self.text)
        ]  # "Washington, DC:", "(Berlin) –", "WASHINGTON, June 12, 2025 —"
        for start, end in places:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self.place_tokens.update(range(span.start, span.end))
                self.taken.update(range(span.start, span.end))

    def read_gazetteer_names(self) -> None:
        """States, capitals, seats, demonyms, IGOs and collective actors, read in context."""
        lexicon = self.x.lexicon
        people: list[tuple[Span, ActorRecord, str]] = []
        spans = []
        for key, start, end in self.x.matcher(self.doc):
            spans.append(Span(self.doc, start, end, label=key))
        matched = {i for span in spans for i in range(span.start, span.end)}
        readings = [(span, *self.doc.vocab.strings[span.label].split(_KEY_SEPARATOR)) for span in filter_spans(spans)]
        named = {actor_id for _, actor_id, form in readings if form in ("name", "abbreviation")}
        for span, actor_id, form in readings:
            if span.start in self.place_tokens:
                continue  # a dateline's place: "Washington, DC: An IMF staff team ..."
            if actor_id == _SHARED:
                # "Congolese" in a text that names the Democratic Republic of the Congo and not the Republic
                owners = [e for e in self.x.gazetteer.shared.get(span.text, ()) if e.actor_id in named]
                if len(owners) != 1:
                    continue
                actor_id, form = owners[0].actor_id, owners[0].form
            record = self._record(actor_id)
            if form == "abbreviation" and self._in_capitals(span, matched):
                continue
            if record.type != "place" and self._inside_longer_name(span, form, record):
                continue
            if record.type == "state" and form == "name" and self.titles.get(span.start) is not None:
                continue  # "Ms. Jordan", "Senator Chad ..." name a person
            if not record.valid_on(self.dct):
                continue  # outside its validity period the name is left to the other readings
            self.taken.update(range(span.start, span.end))
            if record.type == "place":
                self.place_tokens.update(range(span.start, span.end))
                continue
            if record.type == "state" and is_historical(span, lexicon):
                continue
            if record.type == "state" and form == "name" and self._names_a_document(span):
                continue  # "the Barbados Agreement", "the Dayton Accords": a name, not the state acting
            if form in ("capital", "seat") and resolve_metonymy(span, lexicon) == "place":
                continue
            if record.type == "person":
                if form == "surname":
                    self.pending_surnames.append((span, record))
                else:
                    people.append((span, record, form))
                continue
            if form == "demonym":
                reading, head = read_demonym(span, lexicon)
                if reading == "group" and head is not None and 0 <= head.i - span.end <= 1:
                    self._add_group(record, span, head.i + 1)
                    continue
            self.add(record, span.start, span.end, form)
        for span, record, form in people:
            self._add_person(record, span.start, span.end, form, self._person_title(span.start, span.end))

    def _names_a_document(self, span: Span) -> bool:
        """A state's name that is the first word of a capitalised agreement or process name ("the
        Barbados Agreement", "the Normandy Format"); "the Iran deal", "Iran's agreement" and "the U.S.-Tanzania
        Memorandum" stay the state."""
        if span.end >= len(self.doc):
            return False
        if span.start > 0 and self.doc[span.start - 1].text in ("-", "–", "—", "/"):
            return False  # "the United States-Switzerland-Liechtenstein Agreement" names its parties
        after = self.doc[span.end]
        return after.text[:1].isupper() and after.lower_ in self.x.lexicon["named_after_venue"]

    def _in_capitals(self, span: Span, matched: set[int]) -> bool:
        """True when an abbreviation sits in text set in capitals ("LET US ACT"), where "US"
        is a word: a neighbouring all-caps word that is not itself a known name."""
        neighbours = [i for i in (span.start - 1, span.end) if 0 <= i < len(self.doc)]
        return any(
            self.doc[i].is_upper and self.doc[i].is_alpha and len(self.doc[i]) > 1 and i not in matched
            for i in neighbours
        )

    def _inside_longer_name(self, span: Span, form: str, record: ActorRecord) -> bool:
        """True for a name that is only part of a longer proper name the NER found:
        "Northern Ireland", "National Security Council", "the Paris Agreement", "Washington Post",
        "Chad Wolf", "Jim Jordan"."""
        if not self.doc.has_annotation("ENT_IOB"):
            return False
        first = span[0]
        if first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and span.end < len(self.doc):
            after = self.doc[span.end]
            if after.ent_iob_ == "I" and after.is_title and after.i not in self.titles_inside and (
                after.lower_ not in self.x.lexicon["state_heads"]  # "G7 Leaders", "EU Ministers" are the body's
            ):
                return True
        if first.ent_iob_ == "I" and span.start > 0:
            before = self.doc[span.start - 1]
            if (
                before.is_title
                and before.pos_ in ("PROPN", "")
                and before.i not in self.taken
                and before.i not in self.titles_inside
            ):
                return True
        if (form in ("capital", "seat") or record.type == "igo") and span.end < len(self.doc):
            after = self.doc[span.end]
            return (
                after.ent_iob_ == "I"
                and after.is_title
                and after.lower_ not in self.x.lexicon["state_heads"]
                and after.text not in self.x.lexicon["org_heads"]
                and after.text not in self.x.lexicon["organ_heads"]  # "the IAEA Board of Governors"
            )
        return False

    def _add_group(self, state: ActorRecord, span: Span, end: int) -> None:
        """"the Armenian opposition" -> GRP:Armenian opposition, affiliated with ARM."""
        name = self.doc[span.start : end].text
        group_id = f"GRP:{name}"
        record = self.x.gazetteer.actors.get(group_id) or ActorRecord(group_id, name, "group", affiliation=state.id)
        self.add(record, span.start, end, "demonym")

    def read_hyphenated_names(self) -> None:
        """Names inside one token such as "U.S.-Japan" or "Azerbaijan–Turkey"."""
        aliases = self.x.gazetteer.aliases
        seen: set[int] = set()
        for match in _HYPHENATED.finditer(self.text):
            token_span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if token_span is None or len(token_span) != 1:
                continue
            token = token_span[0]
            if token.i in self.taken or token.i in seen:
                continue
            seen.add(token.i)
            offset = 0
            for part in _HYPHEN_SPLIT.split(token.text):
                entry = aliases.get(part)
                if entry is not None and entry.form != "surname":
                    record = self._record(entry.actor_id)
                    if record.type != "place" and record.valid_on(self.dct):
                        begin = token.idx + offset
                        self.add(record, token.i, token.i + 1, entry.form, chars=(begin, begin + len(part)))
                offset += len(part) + 1

    def _title_before(self, start: int) -> Span | None:
        title = self.titles.get(start)
        if title is None and start > 0 and self.doc[start - 1].text == ",":
            title = self.titles.get(start - 1)
        if title is None:  # a title and its portfolio: "Minister of National Defence Władysław Kosiniak-Kamysz"
            j = start - 1
            while j > 0 and start - j <= 5 and self.doc[j].is_title and self.doc[j].lower_ != "of":
                j -= 1
            if j < start - 1 and self.doc[j].lower_ == "of":
                title = self.titles.get(j)
        return title

    def _person_title(self, start: int, end: int) -> Span | None:
        return self._title_before(start) or self._title_after(end)

    def _title_after(self, end: int) -> Span | None:
        """A title in apposition after a name: "Ayman Safadi, Jordan's foreign minister," or
        "Jens Stoltenberg, NATO Secretary General,"; only "the", a state or IGO and a possessive
        may stand between the comma and the title."""
        if end >= len(self.doc) or self.doc[end].text != ",":
            return None
        for i in range(end + 1, min(end + 6, len(self.doc))):
            title = self.titles_starting.get(i)
            if title is not None:
                if self._names_a_person_next(title):
                    return None
                self.appositive_titles.add(title.start)
                return title
            token = self.doc[i]
            if not (token.lower_ == "the" or token.text in _POSSESSIVE or i in self.actor_tokens):
                return None
        return None

    def _names_a_person_next(self, title: Span) -> bool:
        """True when a name follows the title ("Prime Minister Kishida", "President Biden")."""
        if title.end >= len(self.doc):
            return False
        after = self.doc[title.end]
        return after.ent_type_ == "PERSON" or (after.is_title and after.pos_ == "PROPN") or title.end in self.taken

    def _affiliation(self, title: Span | None, start: int, end: int) -> str | None:
        """State or IGO named next to a person: "Armenian Prime Minister X", "Armenia's Prime
        Minister X", "President X of Azerbaijan", "Prime Minister of Italy X", "NATO Secretary General X"."""
        ending, starting = self.state_ending_at, self.state_starting_at
        candidates = []
        if title is not None:
            candidates.append(ending.get(title.start))
            if title.start > 1 and self.doc[title.start - 1].text in _POSSESSIVE:
                candidates.append(ending.get(title.start - 1))
            if title.end + 1 < len(self.doc) and self.doc[title.end].lower_ == "of":
                candidates.append(starting.get(title.end + 1))
        if end < len(self.doc) and self.doc[end].lower_ == "of":
            candidates.append(starting.get(end + 1))
        if end + 1 < len(self.doc) and self.doc[end].text == "," and (body := starting.get(end + 1)) is not None:
            after = self.state_span_ends.get(end + 1, end + 2)
            while after < len(self.doc) and self.doc[after].is_space:
                after += 1
            if after < len(self.doc) and (self.doc[after].text in _POSSESSIVE or self.doc[after].is_title):
                # "Tatiana Proskuryakova, World Bank Regional Director for Central Asia": the body of the office
                # in apposition (not "Biden, Japan and Korea")
                candidates.append(body)
        return next((candidate for candidate in candidates if candidate is not None), None)

    def _person_reads_as_org(self, ent: Span) -> bool:
        """A PERSON entity whose last word is an organisation word ("the opposition Unitary Platform"):
        added as the organisation it names; True when it was."""
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        end = ent.end - (1 if ent[-1].text in _POSSESSIVE else 0)
        words = self.doc[start:end]
        if len(words) < 2 or words[-1].text not in self.x.lexicon["org_heads"]:
            return False
        if any(i in self.taken for i in range(start, end)) or not all(t.text[:1].isupper() for t in words):
            return False
        self._add_organisation(start, end)
        return True

    @cached_property
    def honorific_ends(self) -> list[int]:
        """Where the name after each "Mr", "Ms.", "Mrs" or "Dr" of the text starts."""
        return [m.end() for m in _HONORIFIC.finditer(self.text)]

    def _org_reads_as_person(self, ent: Span) -> bool:
        """An ORG entity the small model got wrong: two to four capitalised names, no organisation word,
        followed by ", who" ("the ban on María Corina Machado, who won the primary") or whose last name the text
        gives an honorific ("a team led by Haimanot Teferra ... Ms. Teferra said")."""
        words = [t for t in ent if t.lower_ != "the"]
        if not 2 <= len(words) <= 4 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
            return False
        if any(t.text in self.x.lexicon["org_heads"] or t.lower_ in self.x.lexicon["state_heads"] for t in words):
            return False
        after = self.doc[ent.end : ent.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].lower_ == "who":
            return True
        if ent.start > 0 and self.doc[ent.start - 1].lower_ in self.x.lexicon["person_role_nouns"]:
            return True  # "opposition candidate María Corina Machado"
        # the text calls the last name with an honorific elsewhere: "led by Haimanot Teferra ... Ms. Teferra said"
        return any(_word_at(self.text, end, words[-1].text) for end in self.honorific_ends)

    def _name_tokens(self, ent: Span) -> tuple[int, int] | None:
        """The name inside a PERSON entity: no title, article, possessive or trailing suffix."""
        start, end = ent.start, ent.end
        skippable = self.titles_inside | self.taken
        while start < end and (start in skippable or self.doc[start].is_punct or self.doc[start].lower_ == "the"):
            start += 1
        for i in range(start, end):
            token = self.doc[i]
            if i in self.taken or token.lower_ in self.x.lexicon["historical_markers"]:
                return None
            ends_name = token.text in _POSSESSIVE or token.lower_ == "of" or token.is_space
            if ends_name or token.is_punct and token.text not in (".", "-"):
                end = i
                break
        while end > start and (self.doc[end - 1].text in _NAME_SUFFIXES or self.doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        words = self.doc[start:end]
        if start > 0 and self.doc[start - 1].lower_ in self.x.lexicon["not_person_before"]:
            return None
        single = end - start == 1
        if words[-1].text in self.x.lexicon["not_person_words"] or single and words[0].pos_ not in ("PROPN", ""):
            return None
        if any(t.is_upper and len(t) > 1 and t.is_alpha for t in words):
            return None  # acronyms ("JAXA", "AI") are not people
        if any(any(c.isdigit() for c in t.text) for t in words):
            return None  # "Rules 144(5)": no name has digits
        if end < len(self.doc) and self.doc[end].like_num and self.doc[end].is_digit:
            return None  # "General License 44", "Protocol 6": a numbered instrument, no name
        if all(t.lower_ in self.x.lexicon["state_heads"] for t in words):
            return None  # "Leaders" of "G7 Leaders": a title, no name
        if single and start > 0 and self.doc[start - 1].lower_ == "the" and words[0].dep_ not in ("compound", "amod"):
            return None  # "the Moon", but not "the Biden administration"
        capitalised = all(t.text[:1].isupper() for t in words if t.is_alpha and t.lower_ not in _NAME_PARTICLES)
        if not capitalised or not any(t.is_alpha and len(t) > 1 for t in words):
            return None
        return start, end

    def read_people(self) -> None:
        """People from the base NER, with titles, affiliation and later surname mentions."""
        full_names: dict[str, ActorRecord] = {}
        singles: list[tuple[int, int, Span | None]] = []
        for ent in sorted([*self.doc.ents, *self._titled_names()], key=lambda span: span.start):
            if ent.label_ == "PERSON" and self._person_reads_as_org(ent):
                continue
            if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and self._org_reads_as_person(ent)):
                continue
            bounds = self._name_tokens(ent)
            if bounds is None:
                continue
            start, end = bounds
            if ent.label_ == "PERSON" and start == ent.start:
                start = self._given_name_before(start)  # "Władysław" + "Kosiniak-Kamysz", the NER's whole name
            words = [t.text for t in self.doc[start:end]]
            if self.author_words & set(words):
                continue
            title = self._person_title(start, end)
            if end - start == 1:
                singles.append((start, end, title))
                continue
            name = self.doc[start:end].text
            record = full_names.get(name) or self._known_person(name) or next(
                (r for r in full_names.values() if " " not in name and name in _surnames(r.name)), None
            )  # "Kosiniak-Kamysz" after "Władysław Kosiniak-Kamysz": a hyphenated surname the NER reads as a name
            if record is None:
                record = ActorRecord(f"PER:{name}", name, "person")
            full_names[name] = record
            self._add_person(record, start, end, "name", title)
        surnames: dict[str, ActorRecord] = {}
        for record in full_names.values():  # in text order: a surname two people share is the first one's, the
            for surname in _surnames(record.name):  # story's subject ("Anders Lunde ... His daughter, Ingrid Lunde,
                surnames.setdefault(surname, record)  # said ... Mr. Lunde joined the foreign service")
        for found in self.found.values():
            # a known leader the gazetteer found by full name ("Jake Sullivan"): "Sullivan" later is him too
            if found.record.type != "person" or not any(m["form"] == "name" for m in found.mentions):
                continue
            words = found.record.name.split()
            if len(words) > 1 and words[-2].islower():
                continue  # "von der Leyen", "da Silva": the gazetteer lists the short form it goes by
            for surname in _surnames(found.record.name):
                surnames.setdefault(surname, found.record)
        for surname in [s for s in surnames if s.lower() in _CALENDAR_WORDS]:
            del surnames[surname]  # "Theresa May" does not make every "May" hers
        for span, known in self.pending_surnames:
            # "Harris" is Kamala Harris unless the text introduced another Harris by full name.
            record = surnames.get(span.text, known)
            self._add_person(record, span.start, span.end, "surname", self._person_title(span.start, span.end))
        for start, end, title in singles:
            word = self.doc[start].text
            record = surnames.get(word) or self._known_person(word)
            if record is None:
                if title is None and not self._speaker_label(start) and (
                    self.doc[start].is_sent_start or _in_place_position(self.doc[start]) or word in self.x.gazetteer.cities
                    or _field_label(self.doc[start]) or start > 0 and self.doc[start - 1].text == "|"
                ):
                    continue  # "M23 rebels seized Goma": a city, not a person; "Sugiono:" opening a turn is one, a
                    # tracker's "Verdict: Kept" opening a field is not, nor a table cell's first word ("| Graduate")
                record = ActorRecord(f"PER:{word}", word, "person")
                surnames[word] = record
            self._add_person(record, start, end, "surname", title)
        if not surnames:
            return
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in surnames) + r")\b")
        for match in pattern.finditer(self.text):
            span = self.doc.char_span(match.start(), match.end())
            if span is not None and len(span) == 1 and span.start not in self.taken:
                record = surnames[span.text]
                self._add_person(record, span.start, span.end, "surname", self._person_title(span.start, span.end))

    def _given_name_before(self, start: int) -> int:
        """Where a name starts whose surname alone the NER tagged ("Minister of National Defence Władysław
        Kosiniak-Kamysz"): one capitalised proper noun before it in no entity, title or other name."""
        if start == 0:
            return start
        before = self.doc[start - 1]
        if before.pos_ == "PROPN" and before.is_title and before.is_alpha and not before.ent_type_ and (
            before.text not in _HONORIFICS and before.text not in _PEERAGES
            and before.i not in self.titles_inside and before.i not in self.taken
            and before.text not in self.x.lexicon["org_heads"] and before.lower_ not in self.x.title_words
            and before.text not in self.x.lexicon["not_org_words"] and before.text not in self.x.lexicon["place_heads"]
            and self._after_title_run(before.i)  # "Minister of National Defence Władysław"
        ):
            return start - 1
        return start

    def _after_title_run(self, i: int) -> bool:
        """Whether the capitalised words right before token ``i`` hold a title's word ("Deputy Prime Minister and
        Minister of National Defence")."""
        j = i - 1
        while j >= 0 and i - j <= 8 and (self.doc[j].is_title or self.doc[j].lower_ in ("of", "and", "the", "for")):
            if j in self.titles_inside:
                return True
            j -= 1
        return False

    def _titled_names(self) -> list[Span]:
        """Names the NER left untagged after a title ("soldiers detained President Umaro Sissoco Embalo"): two to
        four capitalised proper nouns, none of them in an entity, the title or another actor's name."""
        names = []
        lexicon = self.x.lexicon
        for end, title in self.titles.items():
            if title.start > 0 and self.doc[title.start - 1].lower_ == "the":
                continue  # "the General Mining Law": a title opening a name
            i = end
            while i < len(self.doc) and i - end < 5 and (token := self.doc[i]).pos_ == "PROPN" and token.is_title and (
                not token.ent_type_ and i not in self.titles_inside and i not in self.taken
            ):
                i += 1
            if any(t.lower_ in self.x.title_words or t.text in lexicon["place_heads"] or t.text in (
                lexicon["not_person_words"]
            ) for t in self.doc[end:i]):
                continue  # "King County Executive Dow Constantine": a place, then another title
            if 2 <= i - end <= 4 and len(self.doc[i - 1].text.rstrip(".")) > 1 and not (
                i < len(self.doc) and self.doc[i].pos_ == "PROPN" and self.doc[i].is_title
            ):  # not a name the NER took a part of, nor one cut at an initial ("Lloyd J." of "Lloyd J. Austin")
                names.append(Span(self.doc, end, i, label="PERSON"))
        return names

    def read_handles(self) -> None:
        """Social-media handles: "@SecRubio" is the account's actor (``handles.yaml``), "@NATO" or "@Kremlin" the
        gazetteer actor of that name; found in the text, as most documents have none."""
        if "@" not in self.text:
            return
        gazetteer = self.x.gazetteer
        for match in _HANDLE.finditer(self.text):
            actor_id = gazetteer.handles.get(match.group(1).lower())
            entry = gazetteer.aliases.get(match.group(1)) if actor_id is None else None
            record = gazetteer.actors.get(actor_id or (entry.actor_id if entry else ""))
            span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if record is None or span is None or any(i in self.taken for i in range(span.start, span.end)):
                continue
            self.add(record, span.start, span.end, "handle", chars=(match.start(), match.end()))

    def read_label_names(self) -> None:
        """A transcript's label set in capitals names its speaker by surname ("PRESIDENT RUTO:", "SECRETARY
        BLINKEN:"): a person the text or the gazetteer knows by that surname, in title case; one no one knows
        is a person of that surname when titles or an honorific come before it ("SENATOR OKAFOR:", "MS.
        BENNETT:")."""
        people = {
            found.record.name.split()[-1]: found.record for found in self.found.values() if found.record.type == "person"
        }
        for first, said in self._labelled():
            words = [t for t in self.doc[first:said] if t.is_alpha]
            if not words or not all(t.is_upper for t in words) or words[-1].i in self.taken:
                continue
            entry = self.x.gazetteer.aliases.get(string.capwords(" ".join(t.text for t in words)))
            body = self.x.gazetteer.actors.get(entry.actor_id) if entry is not None else None
            if body is not None and body.type in ("state", "igo"):  # a factbox's "* QATAR:", "* WORLD BANK:"
                self.add(body, words[0].i, words[-1].i + 1, "name")
                continue
            surname = words[-1].text.title()
            record = people.get(surname) or self._known_person(surname)
            if record is not None:
                self._add_person(record, words[-1].i, words[-1].i + 1, "surname", None)
                continue
            if self._titled_surname(words):
                title = self.doc[words[0].i : words[-2].i + 1]
                record = ActorRecord(f"PER:{surname}", surname, "person")
                self._add_person(record, words[-1].i, words[-1].i + 1, "surname", title)
                continue
            # a whole name in capitals, hyphenated parts and all: "LEE JAE-MYUNG:", "KIM MOON-SOO:"
            start, end = words[0].i, words[-1].i + 1
            if not 2 <= len(words) <= 4 or self.doc[start:end].text.lower() in self.x.canonical_titles or any(
                t.lower_ in _LABEL_ROLE_WORDS or t.i in self.titles_inside for t in words
            ):
                continue
            name = " ".join(part[:1].upper() + part[1:].lower() for part in self.doc[start:end].text.split())
            record = self._known_person(name)
            if record is None and "-" in self.doc[start:end].text:  # a given name in two parts: "JAE-MYUNG"
                record = ActorRecord(f"PER:{name}", name, "person")
            if record is not None:  # "SENIOR ADMINISTRATION OFFICIAL:" names no one
                self._add_person(record, start, end, "name", None)

    def _titled_surname(self, words: list[Token]) -> bool:
        """Whether a capitalised label's words are titles or an honorific and then one more word that is neither
        ("CHAIRMAN ELLISON", "MS BENNETT", "DEPUTY SECRETARY CAMPBELL"; not "THE PRESIDENT", "SECRETARY
        GENERAL" or "SENIOR ADMINISTRATION OFFICIAL")."""
        def titled(token: Token) -> bool:
            return token.lower_ in self.x.canonical_titles or token.text.title() in _HONORIFICS

        last = words[-1]
        return (len(words) >= 2 and all(titled(t) for t in words[:-1]) and not titled(last)
                and last.lower_ not in _LABEL_ROLE_WORDS and len(last.text) > 2)

    def merge_family_names(self) -> None:
        """"Mr. Lee" in a debate between "LEE JAE-MYUNG" and "KIM MOON-SOO": a one-word name the gazetteer does
        not know, given an honorific, is the one person the text names in full with that word first (family
        names come first in Korean, Chinese and Japanese names written in their own order); so is "Kim" after
        "Kim Jong Un" without one, when that person is of a state where the family name comes first
        (``family_name_first`` in the lexicon)."""
        singles = [f for f in self.found.values() if f.record.type == "person" and " " not in f.record.name
                   and f.record.id not in self.x.gazetteer.actors]
        family_first = set(self.x.lexicon["family_name_first"])
        for single in singles:
            whole = [f for f in self.found.values() if f.record.type == "person" and f is not single
                     and f.record.name.split()[0] == single.record.name]
            if len(whole) != 1:
                continue
            honorific = all(s > 0 and self.doc[s - 1].text.rstrip(".") in _HONORIFICS for s, _ in single.spans)
            if not honorific and (whole[0].record.affiliation or whole[0].affiliation) not in family_first:
                continue
            pairs = sorted(zip(whole[0].mentions + single.mentions, whole[0].spans + single.spans, strict=True),
                           key=lambda pair: pair[0]["start"])
            whole[0].mentions, whole[0].spans = [m for m, _ in pairs], [span for _, span in pairs]
            del self.found[single.record.id]

    def _speaker_label(self, i: int) -> bool:
        """Whether token ``i`` is a transcript's speaker label, alone at a line's start and opening more than
        one turn ("Sugiono: ..."); a fact sheet's "Millicom: Millicom, a telecommunications company, will ..."
        names each company once."""
        if self._labels is None:
            self._labels = Counter(self.doc[first].text for first, said in self._labelled() if said == first + 2)
        return self._labels[self.doc[i].text] >= 2 and turn_label_end(self.doc, i) == i + 2

    def _labelled(self) -> list[tuple[int, int]]:
        """The document's speaker labels (``speaker_labels``), found once."""
        if self._speaker_labels is None:
            self._speaker_labels = speaker_labels(self.doc)
        return self._speaker_labels

    def _known_person(self, name: str) -> ActorRecord | None:
        """The gazetteer or user person a name or surname refers to, if any."""
        entry = self.x.gazetteer.aliases.get(name)
        record = self.x.gazetteer.actors.get(entry.actor_id) if entry else self.x.gazetteer.actors.get(f"PER:{name}")
        if record is None and name in self.x.people_unaccented:
            record = self.x.gazetteer.actors.get(self.x.people_unaccented[name])
        return record if record is not None and record.type == "person" and record.valid_on(self.dct) else None

    def _add_person(self, record: ActorRecord, start: int, end: int, form: str, title: Span | None) -> None:
        """Record a person's mention; "the Biden administration" names the government instead, and "Harris
        County" a place (`place_heads`), no person."""
        last = self.doc[end - 1]
        if end < len(self.doc) and self.doc[end].text in self.x.lexicon["place_heads"]:
            self.taken.update(range(start, end))
            return
        if last.dep_ == "compound" and last.head.lower_ in self.x.lexicon["government_heads"]:
            state = self.x.gazetteer.actors.get(record.affiliation or "")
            if state is not None and state.type == "state":
                self.add(state, start, end, "leader")
            else:
                self.taken.update(range(start, end))
            return
        self.add(record, start, end, form)
        found = self.found[record.id]
        if title is not None:
            text = self.x.canonical_titles.get(title.text.lower()) or title.text[:1].upper() + title.text[1:]
            if text not in found.titles:
                found.titles.append(text)
        if found.affiliation is None:
            found.affiliation = self._affiliation(title, start, end)

    def read_organisations(self) -> None:
        """Organisations the NER finds whose name ends in an organisation word ("the Wagner Group"); also
        when it took the name for a building ("the opposition Unitary Platform", "the Gulf Clan")."""
        heads = self.x.lexicon["org_heads"]
        for ent in (line for ent in self.doc.ents if ent.label_ in ("ORG", "FAC") for line in _lines_of(ent)):
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            end = ent.end - (1 if ent[-1].text in _POSSESSIVE else 0)
            if (posted := self._posted_body(start, end)) is not None:
                # the organisation inside the name is no mention of its own (a state named there stays one)
                self._release(self.doc[start].idx, self.doc[posted - 1].idx + len(self.doc[posted - 1]), inside=True)
                self.taken.difference_update(range(start, posted))
                self._add_organisation(start, posted)
                continue
            if (part := self._subdivision(start, end)) is not None:
                # "the Second Senate of the Federal Constitutional Court": the court acts; "the Senate" later is it
                of = part.i + 1
                record = self._add_organisation(of + (2 if self.doc[of + 1].lower_ == "the" else 1), end)
                self.add(record, start, of, "name")
                self.subdivisions.setdefault(record.id, set()).add(part.text)
                continue
            if end - start < 2 or self.doc[end - 1].text not in heads and not self._long_form(start, end):
                if start < end and self._acting_organisation(ent, start, end) or self._office(start, end):
                    self._add_organisation(start, end)
                continue
            if any(token.is_punct and token.text not in ".&-" for token in self.doc[start:end]):
                continue
            if any(i in self.taken and i not in self.place_tokens for i in range(start, end)):
                continue
            if all(token.lower_ in self.x.lexicon["state_heads"] for token in self.doc[start:end]):
                continue
            if self._holder_of(start, end):
                continue
            self._add_organisation(start, end)

    def _subdivision(self, start: int, end: int) -> Token | None:
        """The part's word in a name of one of an organisation's parts, then "of (the)" and the organisation's
        name ("Second Senate of the Federal Constitutional Court", ``org_subdivisions``), or None."""
        lexicon = self.x.lexicon
        for i in range(start + 1, end - 2):
            if self.doc[i].lower_ == "of" and self.doc[i - 1].text in lexicon["org_subdivisions"]:
                whole = i + 2 if self.doc[i + 1].lower_ == "the" else i + 1
                if end - whole >= 2 and self.doc[end - 1].text in lexicon["org_heads"]:
                    return self.doc[i - 1]
        return None

    def read_known_as(self) -> None:
        """A name the NER tagged an organisation, described and given its short name in apposition ("the
        Guatemalan National Revolutionary Unity, the guerrilla alliance known as the URNG"): a body whose every
        short name in the text is a mention, whatever the initials of the long name (here Spanish)."""
        if "known as" not in self.text:
            return
        lexicon = self.x.lexicon
        for match in _KNOWN_AS.finditer(self.text):
            words = match.group("description").split()
            if words[-1] not in lexicon["described_bodies"]:
                continue
            ent = next((e for e in self.doc.ents if e.label_ in ("ORG", "FAC", "NORP") and e.end_char == match.start()), None)
            if ent is None:
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            if ent.end - start < 2 or any(i in self.taken and i not in self.actor_tokens for i in range(start, ent.end)):
                continue  # a state inside the name ("Guatemalan") stays its own mention, as in a defined abbreviation's
            armed = any(w in lexicon["armed_descriptions"] for w in words[:-1])  # "the guerrilla alliance"
            self._add_abbreviation(self._add_organisation(start, ent.end, group=armed), match.group("short"))

    def read_self_named(self) -> None:
        """A body that names itself: "the officers, who call themselves the High Military Command for the
        Restoration of Order": a group (a name taken, not given by a state), and the noun described is a
        mention of it."""
        for match in _SELF_NAMED.finditer(self.text):
            after = self.doc.char_span(match.end(), match.end(), alignment_mode="expand")
            which = "verb" if match.group("verb") else "verb2"
            verb = self.doc.char_span(match.start(which), match.end(which))
            if after is None or verb is None:
                continue
            start = after.start + (1 if after.start < len(self.doc) and self.doc[after.start].lower_ == "the" else 0)
            end = start
            while end < len(self.doc) and (self.doc[end].is_title or self.doc[end].lower_ in _LONG_FORM_FILLERS) and (
                end not in self.taken
            ):
                end += 1
            while end > start and self.doc[end - 1].lower_ in _LONG_FORM_FILLERS:
                end -= 1
            if sum(t.is_title for t in self.doc[start:end]) < 2:
                continue
            record = self._add_organisation(start, end, group=True)
            described = verb[0].head if verb[0].dep_ in ("relcl", "acl") else None
            if described is not None and described.pos_ == "NOUN" and described.i not in self.taken:
                first = min([c.i for c in described.children if c.dep_ == "det" and c.i < described.i] + [described.i])
                self.add(record, first, described.i + 1, "anaphor")

    def read_signatories(self) -> None:
        """The bodies that sign a letter, one a line under its closing ("Yours sincerely," then "Kenya Human
        Rights Commission", "Haitian Human Rights Network"), which the NER seldom tags on lines of their own: a
        line of capitalised words ending in an organisation word is that organisation."""
        closing = LETTER_CLOSING.search(self.text) if "Yours" in self.text or "Sincerely" in self.text else None
        if closing is None:
            return
        offset = closing.end()
        for line in self.text[closing.end() :].split("\n")[:_SIGNATURE_LINES]:
            start = offset + len(line) - len(line.lstrip())
            offset += len(line) + 1
            words = line.split()
            if self._signing_person(start, words):
                continue
            if len(words) < 2 or words[-1] not in self.x.lexicon["org_heads"] or not all(
                w[:1].isupper() or w in _LONG_FORM_FILLERS for w in words
            ):
                continue
            span = self.doc.char_span(start, start + len(line.strip()))
            if span is not None and not any(i in self.taken and i not in self.actor_tokens for i in range(span.start, span.end)):
                self._add_organisation(span.start, span.end)

    def read_name_lines(self) -> None:
        """A line that is only an organisation's long name, its organisation word first ("Center for Maritime
        Security Studies" under a think tank's title), which the NER seldom tags on a line of its own: that
        organisation (a state's office, "Ministry of Foreign Affairs", is left to the state)."""
        lexicon = self.x.lexicon
        offset = 0
        previous = ""
        for line in self.text.split("\n"):
            start = offset + len(line) - len(line.lstrip())
            offset += len(line) + 1
            words = line.split()
            opens_block, previous = not previous.strip(), line  # a wrapped sentence's last line is no name
            if not opens_block or not 3 <= len(words) <= 9 or not all(_NAME_WORD.fullmatch(w) for w in words):
                continue
            if words[0] not in lexicon["org_heads"] or words[0] in lexicon["office_heads"]:
                continue
            if words[1] not in ("for", "of", "on") or words[-1] in _LONG_FORM_FILLERS or not all(
                w[:1].isupper() or w in _LONG_FORM_FILLERS for w in words
            ):
                continue
            span = self.doc.char_span(start, start + len(line.strip()))
            if span is not None and not any(i in self.taken for i in range(span.start, span.end)):
                self._add_organisation(span.start, span.end)

    def _signing_person(self, start: int, words: list[str]) -> bool:
        """A signature line of two to four capitalised names ("Thom Tillis", under "Sincerely," and above "United
        States Senator"), which the NER may split or take for an organisation: that person; True when added."""
        span = self.doc.char_span(start, start + len(" ".join(words))) if 2 <= len(words) <= 4 else None
        if span is None or not all(_SIGNED_NAME_WORD.fullmatch(w) for w in words):
            return False
        if any(t.i in self.taken or t.i in self.titles_inside or t.text in self.x.lexicon["org_heads"] for t in span):
            return False  # a person the NER found, a title, a state or an organisation
        name = span.text
        self._add_person(self._known_person(name) or ActorRecord(f"PER:{name}", name, "person"), span.start, span.end,
                         "name", None)
        return True

    def read_repeated_names(self) -> None:
        """A body the text named ("the opposition Unitary Platform", its last word an organisation word) is every
        later occurrence of that name too, where the NER did not tag it again ("The Unitary Platform has asked us
        ...")."""
        heads = self.x.lexicon["org_heads"]
        names = {
            mention["text"]: found.record
            for found in self.found.values() if found.record.type in ("org", "group")
            for mention in found.mentions
            if mention["form"] == "name" and " " in mention["text"].strip() and mention["text"].split()[-1] in heads
        }  # a body by its name's last word: not "the Bipartisan Infrastructure Deal" the NER may take for one
        for name, record in names.items():
            for start in _occurrences(self.text, name):
                span = self.doc.char_span(start, start + len(name))
                if span is None or any(i in self.taken for i in range(span.start, span.end)):
                    continue
                if span.end < len(self.doc) and self.doc[span.end].is_title:
                    continue  # part of a longer name or heading: "Expanding National Science Foundation Collaboration"
                self.add(record, span.start, span.end, "name")

    def _holder_of(self, start: int, end: int) -> bool:
        """Whether ``start:end`` opens with a title and "of": "the Special Representative of the Chairperson of
        the Commission" is who holds an office, no organisation."""
        words = [t.text for t in self.doc[start:end]]
        return any(
            self.x.canonical_titles.get(" ".join(words[:k]).lower()) == " ".join(words[:k])
            for k in range(1, len(words)) if words[k] == "of"
        )

    def _office(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` name a government office "<head> of <portfolio>" ("Department of State",
        "Department of the Treasury"), with no state or place inside ("the Ministry of Foreign Affairs of the
        Republic of Serbia" is Serbia's)."""
        words = self.doc[start:end]
        if len(words) < 3 or words[0].text not in self.x.lexicon["office_heads"] or words[1].lower_ != "of":
            return False
        if words[-1].lower_ in ("of", "the", "and") or end < len(self.doc) and self.doc[end].lower_ in ("of", "the"):
            return False  # "Ministry of Mines of | the Republic of India": the NER cut the name short
        rest = [t for t in words[2:] if t.lower_ not in ("the", "and", "of")]
        return bool(rest) and all(t.is_title for t in rest) and not any(i in self.taken for i in range(start, end))

    def read_office_short_names(self) -> None:
        """"Treasury will continue to target ..." after "the Department of the Treasury": the portfolio of an
        office the text named, alone and as the subject of a clause, is that office."""
        heads = self.x.lexicon["office_heads"]
        offices = {}
        for found in self.found.values():  # an office of its own, or a state's by the gazetteer ("Department of State")
            for name in {found.record.name, *(m["text"] for m in found.mentions)}:
                words = name.split()
                if len(words) in (3, 4) and words[0] in heads and words[1] == "of" and words[-1].istitle():
                    offices[words[-1]] = found.record
        if not offices:
            return
        for token in self.doc:
            record = offices.get(token.text)
            if record is None or token.i in self.taken or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if token.i > 0 and self.doc[token.i - 1].lower_ == "of":
                continue  # the office's own name
            self.add(record, token.i, token.i + 1, "anaphor")

    def _add_organisation(self, start: int, end: int, *, group: bool = False) -> ActorRecord:
        """Record tokens ``start:end`` as the name of an organisation, ``ORG:`` + the name with its
        spaces made plain (a name wrapped over two lines is one name), and return its record. A body
        named after an international organisation ("the United Nations Verification Mission", "the
        European Union Mission in Armenia") belongs to it: that organisation is its affiliation. With
        ``group``, or a group word in its name, it is an armed or political group, ``GRP:``."""
        name = " ".join(self.doc[start:end].text.split())
        group = group or any(t.text in self.x.lexicon["group_name_words"] for t in self.doc[start:end])
        record = self.x.gazetteer.actors.get(f"{'GRP' if group else 'ORG'}:{name}")
        if record is None and group:  # "the South Sudan Opposition Movements Alliance"
            record = ActorRecord(f"GRP:{name}", name, "group")
        if record is None:
            parent = self._igo_prefix(start, end)
            record = ActorRecord(f"ORG:{name}", name, "org", affiliation=parent.id if parent else None)
        self.add(record, start, end, "name")
        return record

    def _long_form(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` are an organisation's name whose organisation word comes before what it is
        for ("the International Fund for Saving the Aral Sea", "the Commission on the Limits of the Continental
        Shelf"): capitalised words and joining words only; not a state's office ("Ministry of Defence")."""
        words = self.doc[start:end]
        lexicon = self.x.lexicon
        if not all(t.text[:1].isupper() or t.lower_ in _LONG_FORM_FILLERS for t in words) or words[-1].lower_ in (
            _LONG_FORM_FILLERS
        ):
            return False  # "the African Center of Excellence for" (and the rest on the next line)
        after = self.doc[end : end + 2]
        if len(after) and after[0].text == "(" or len(after) == 2 and after[0].text in ("and", "&") and after[1].is_title:
            return False  # "International Union of Painters" + "and Allied Trades (IUPAT)": the name goes on
        return any(
            words[k].text in lexicon["org_heads"] and words[k].text not in lexicon["office_heads"]
            and words[k + 1].lower_ in ("for", "of", "on") for k in range(1, len(words) - 2)
        )

    def _posted_body(self, start: int, end: int) -> int | None:
        """The end of a body's name the NER cut before the place it is posted to ("the OSCE Special Monitoring
        Mission to" + "Ukraine", "the European Union Mission in Armenia"): a name opened by an international
        organisation's name or abbreviation, ending in an organisation word, then "to", "in" or "for" and a
        state or place; None for any other name."""
        last = end  # the end of the name before "to", whether the NER's entity takes the "to" in or not
        if end - start >= 2 and self.doc[end - 1].lower_ in _POSTED:
            last -= 1
        elif end >= len(self.doc) or self.doc[end].lower_ not in _POSTED:
            return None
        if last - start < 2 or self.doc[last - 1].text not in self.x.lexicon["posted_heads"] or (
            self._igo_prefix(start, last) is None
        ):
            return None
        first = last + 1 + (last + 1 < len(self.doc) and self.doc[last + 1].lower_ == "the")
        place = first
        while place < len(self.doc) and self.doc[place].ent_type_ in ("GPE", "LOC") and (
            place == first or self.doc[place].ent_iob_ == "I"
        ):
            place += 1
        return place if place > first else None

    def _igo_prefix(self, start: int, end: int) -> ActorRecord | None:
        """The international organisation whose full name or abbreviation opens tokens ``start:end``, or None."""
        for cut in range(end - 1, start, -1):
            entry = self.x.gazetteer.aliases.get(self.doc[start:cut].text)
            record = self.x.gazetteer.actors.get(entry.actor_id) if entry and entry.form in ("name", "abbreviation") else None
            if record is not None and record.type == "igo":
                return record
        return None

    def _acting_organisation(self, ent: Span, start: int, end: int) -> bool:
        """True for an ORG entity without an organisation word that acts in its sentence:
        subject or passive agent of a verb, or possessor ("Gazprom cut deliveries", "Huawei's
        appeal", "announced by Rosneft"). Office words ("Treasury", "State"), bare institution
        words ("Congress", whose state the text may not say) and headings are left out."""
        words = self.doc[start:end]
        if end - start > 3 or any(i in self.taken for i in range(start, end)):
            return False
        if any(t.pos_ != "PROPN" or t.tag_ == "NNPS" or not t.text[:1].isupper() or t.is_punct for t in words):
            return False  # plural proper nouns are capitalised common nouns ("the new Guidelines")
        lexicon = self.x.lexicon
        if words[-1].text in lexicon["not_person_words"]:
            return False  # documents, events and roles ("the Executive Order's initiatives")
        if end - start == 1 and words[0].text in lexicon["org_anaphor_heads"]:
            return False  # "The Panel found ...": the body named before with that word (read_organisation_anaphora)
        if any(
            t.text in lexicon["not_org_words"] or t.text in lexicon["org_heads"] or t.lower_ in lexicon["state_heads"]
            for t in words
        ):
            return False
        if self._in_heading(words):
            return False
        root = words.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        possessor = root.dep_ == "poss" or end < len(self.doc) and self.doc[end].text in _POSSESSIVE
        passive_agent = root.dep_ == "pobj" and root.head.dep_ == "agent"
        subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX")
        # "signed a contract with Hyundai Rotem", "a deal with Gazprom": the other party to a deal
        party = root.dep_ == "pobj" and root.head.lower_ == "with" and (
            root.head.head.lemma_.lower() in _DEAL_WORDS
            or any(c.dep_ == "dobj" and c.lemma_.lower() in _DEAL_WORDS for c in root.head.head.children)
        )
        return possessor or passive_agent or subject or party

    def _in_heading(self, span: Span) -> bool:
        """True when the span's sentence is set in title case ("Gazprom Cuts Supply To Moldova")
        or is under four words long, as headings, captions and list items are ("Huawei")."""
        if not self.doc.has_annotation("SENT_START"):
            return False
        words = [t for t in span.sent if t.is_alpha]
        if len(words) < 4:
            return True
        return sum(t.is_title for t in words) / len(words) >= _HEADING_TITLE_SHARE

    def read_abbreviations(self) -> None:
        """Abbreviations the text defines: "the Caspian Pipeline Consortium (CPC)" makes every "CPC"
        in the text a mention of that organisation, also when the gazetteer or the NER read "CPC" as
        something else. The long form must spell the abbreviation with the initials of its
        capitalised words (function words and the parts after a hyphen skipped) and either be an
        actor found already or hold an organisation word ("the European Union Mission in Armenia
        (EUMA)", a state inside it kept as its own mention); "Gross Domestic Product (GDP)" and
        "the Intermediate-Range Nuclear Forces Treaty (INF)" name no actor."""
        doc = self.doc
        for match in _DEFINED_ABBREVIATION.finditer(self.text):
            # found in the text, not token by token: most documents define none
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")  # "(AUSSOM):" is one token "):"
            if span is None or len(span) != 3 or span.start == 0:
                continue
            i = span.start
            abbreviation = doc[i + 1].text
            known = self.x.gazetteer.aliases.get(abbreviation)
            start = _long_form_start(doc, i, abbreviation)
            body = self.x.gazetteer.actors.get(known.actor_id) if known is not None else None
            if start is None and body is not None and body.type != "state" and (
                start := _name_before(doc, i)
            ) is not None and (
                _names_a_body(doc[start:i], self.x.lexicon["org_heads"])
            ):
                # "the National Liberation Army (ELN)": an English name of a body the gazetteer knows by the
                # abbreviation of its own language's name (Ejército de Liberación Nacional)
                self._release(doc[start].idx, doc[i - 1].idx + len(doc[i - 1]), inside=True)  # and the NER's shorter cut
                self.add(self._record(known.actor_id), start, i, "name")
                continue
            if start is None:
                continue
            record = self._actor_spanning(start, i) or self._government_of(start, i) or self._forces_of(start, i)
            if (record is None or record.id not in self.x.gazetteer.actors) and known and known.form == "abbreviation":
                # "the International Labor Organisation (ILO)": another spelling of a known actor's name
                first = self.doc[start:i]
                self._release(first.start_char, first.end_char)
                record = self._record(known.actor_id)
                self.add(record, start, i, "name")
            if record is None:
                words = doc[start:i]
                heads = self.x.lexicon["org_heads"]
                if (
                    not _names_a_body(words, heads)
                    # "... Forces Treaty (INF)" is a treaty; "... Opposition Movements Alliance (SSOMA)" a body
                    or words[-1].text in self.x.lexicon["not_person_words"] and words[-1].text not in heads
                    or any(j in self.taken and j not in self.actor_tokens for j in range(start, i))
                ):
                    continue
                record = self._add_organisation(start, i)
            self._add_abbreviation(record, abbreviation)

    def _add_abbreviation(self, record: ActorRecord, abbreviation: str) -> None:
        """Every occurrence of a short name the text defined for ``record`` ("CPC", "URNG") is a mention of it,
        also where the gazetteer or the NER read it as something else."""
        for occurrence in re.finditer(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", self.text):
            span = self.doc.char_span(occurrence.start(), occurrence.end())
            if span is not None and len(span) == 1:
                self._release(occurrence.start(), occurrence.end())
                self.add(record, span.start, span.end, "abbreviation")

    def _government_of(self, start: int, end: int) -> ActorRecord | None:
        """The state a long form ``start:end`` names the government of ("the Government of the Republic of
        South Sudan (GRSS)": "GRSS" is South Sudan; so is "South Sudan's Revitalized Transitional Government of
        National Unity (RTGoNU)"), or None."""
        words = [t for t in self.doc[start:end] if t.lower_ not in ("the", "of")]
        if start >= 2 and self.doc[start - 1].text in _POSSESSIVE and any(t.text == "Government" for t in words):
            # "South Sudan's Revitalized Transitional Government of National Unity (RTGoNU)"
            state = self.state_ending_at.get(start - 1)
            return self._record(state) if state is not None else None
        if not words or words[0].text not in self.x.lexicon["government_anaphor_heads"] or self.doc[start + 1].lower_ != "of":
            return None
        state = self.state_ending_at.get(end)
        first = words[1].i if len(words) > 1 else None
        return self._record(state) if state is not None and self.state_starting_at.get(first) == state else None

    def _forces_of(self, start: int, end: int) -> ActorRecord | None:
        """The state whose armed forces a long form ``start:end`` names ("the Sudanese Armed Forces (SAF)", "the
        Israel Defense Forces (IDF)": the state's name or demonym, then ``state_forces_words`` only), or None."""
        state = self.state_starting_at.get(start)
        if state is None or self._record(state).type != "state":
            return None
        rest = self.doc[self.state_span_ends[start] : end]
        if not len(rest) or any(t.text not in self.x.lexicon["state_forces_words"] for t in rest):
            return None
        return self._record(state)

    def _actor_spanning(self, start: int, end: int) -> ActorRecord | None:
        """The actor, not a person, with a mention over tokens ``start:end`` (a leading "the" either way)."""
        starts = {start, start - 1} if start > 0 and self.doc[start - 1].lower_ == "the" else {start}
        for found in self.found.values():
            if found.record.type != "person" and any(s in starts and e == end for s, e in found.spans):
                return found.record
        return None

    def _release(self, start_char: int, end_char: int, *, inside: bool = False) -> None:
        """Drop the mention over exactly these characters from whichever actor holds it (and an actor left
        without mentions); with ``inside``, every mention within them of an actor that is no state (a state named
        inside a long name stays its own mention: "the European Union Mission in Armenia")."""
        for actor_id, found in list(self.found.items()):
            if inside and found.record.type == "state":
                continue
            keep = [
                k for k, m in enumerate(found.mentions)
                if not (start_char <= m["start"] and m["end"] <= end_char if inside else (m["start"], m["end"]) == (start_char, end_char))
            ]
            if len(keep) == len(found.mentions):
                continue
            found.mentions = [found.mentions[k] for k in keep]
            found.spans = [found.spans[k] for k in keep]
            if not found.mentions:
                del self.found[actor_id]

    def read_title_references(self) -> None:
        """References by title: "the Prime Minister" is the holder of that title named most
        recently before it, "the Japanese Prime Minister" / "Japan's foreign minister" / "the
        Prime Minister of Japan" is the holder affiliated with that state, or the state itself
        when the text names no holder. A bare title is left unresolved when the text has named
        no holder before it or two different ones (a readout's "The President" with two presidents
        on the call). Titles before a name or in apposition belong to that name, not here."""
        holders = [f for f in self.found.values() if f.record.type == "person" and f.titles]
        for title in sorted(self.titles_starting.values(), key=lambda span: span.start):
            if title.start in self.appositive_titles or self._names_a_person_next(title):
                continue
            if any(i in self.taken for i in range(title.start, title.end)):
                continue
            state = self._title_qualifier(title)
            if state is None and (title.start == 0 or self.doc[title.start - 1].lower_ != "the"):
                continue
            wanted = _title_key(title.text)
            candidates = {}
            for found in holders:
                before = [m["start"] for m in found.mentions if m["start"] < title.start_char]
                if before and any(_title_matches(wanted, held) for held in found.titles):
                    if state is None or (found.record.affiliation or found.affiliation) == state:
                        candidates[found.record.id] = found.record
            if len(candidates) == 1:
                self.add(next(iter(candidates.values())), title.start, title.end, "title")
            elif state is not None and not candidates:
                self.add(self._record(state), title.start, title.end, "title")

    def _title_qualifier(self, title: Span) -> str | None:
        """The state or IGO that qualifies a title: "the Japanese Prime Minister", "Japan's
        foreign minister", "the Prime Minister of Japan", "the NATO Secretary General"."""
        start = title.start
        if start > 1 and self.doc[start - 1].text in _POSSESSIVE and start - 1 in self.state_ending_at:
            return self.state_ending_at[start - 1]
        if start in self.state_ending_at:
            return self.state_ending_at[start]
        after = title.end
        if start == 0 or self.doc[start - 1].lower_ != "the" or after + 1 >= len(self.doc):
            return None  # "Commissioner of the U.S. Food and Drug Administration, Dr. Janet Woodcock"
        if self.doc[after].lower_ == "of":
            target = after + 2 if self.doc[after + 1].lower_ == "the" else after + 1
            state_end = self.state_span_ends.get(target)
            if state_end is not None:
                # "the Director of the U.S. Patent and Trademark Office" qualifies by an office, not a state
                following = self.doc[state_end] if state_end < len(self.doc) else None
                qualifier = self.state_starting_at[target]
                if following is None or not (following.is_title and following.pos_ == "PROPN") or (
                    self.found[qualifier].record.type == "igo" and following.text in self.x.lexicon["org_heads"]
                ):  # "the Chairperson of the African Union Commission": an organ of the organisation, its own
                    return qualifier
        return None

    def read_member_anaphora(self) -> None:
        """"Allies agreed ...", "the Allies pledged ...": the members of an organisation acting together are
        that organisation (``member_anaphors``), when the text names it anywhere, before or after."""
        members = self.x.gazetteer.member_anaphors
        if not any(word in self.text and igo in self.found for word, igo in members.items()):
            return  # found in the text first: most documents have none
        for token in self.doc:
            igo = members.get(token.text)
            if igo is not None and igo in self.found and token.i not in self.taken:
                self.add(self.found[igo].record, token.i, token.i + 1, "anaphor")

    def read_igo_anaphora(self) -> None:
        """"the organization", "the alliance", "the bloc", "the Union" after a named IGO of that
        kind in the same or the two previous sentences -> that IGO (form ``anaphor``); a capitalised
        one that names a single organ ("the Commission") -> that organ when the text names its
        organisation ("the European Council ... invites the Commission")."""
        anaphors = self.x.igos_by_anaphor
        if not anaphors or not any(f.record.type == "igo" for f in self.found.values()):
            return
        for token in self.doc:
            igos = anaphors.get(token.text) or anaphors.get(token.lower_)
            determiners = ("the", "this") if token.text[:1].isupper() else ("the",)  # a speaker's "this Assembly"
            if igos is None or token.i == 0 or self.doc[token.i - 1].lower_ not in determiners or token.i in self.taken:
                continue
            if token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ in ("of", "between", "with"):
                continue  # "the organization of the summit", "the alliance between Japan and the US" are new referents
            candidates = [self.found[a] for a in igos & self.found.keys()]
            named_so = [f for f in candidates if token.text.capitalize() in f.record.name.split()]
            latest = self._named_last_before(token, named_so or candidates)  # "the Agency" after UNRWA
            if latest is None and token.text[:1].isupper():
                latest = self._only_one_before(token, named_so)  # a resolution's "the Council", pages on
            if latest is None and token.text[:1].isupper() and len(igos) == 1:
                # "the Commission" in European Council conclusions: the one organ of that name of an
                # organisation the text names (itself or through another of its organs)
                organ = self._record(next(iter(igos)))
                named = {f.record.id for f in self.found.values()} | {
                    f.record.affiliation for f in self.found.values() if f.record.type == "igo"
                }
                rival = any(token.text in f.record.name.split() and f.record.id != organ.id for f in self.found.values())
                if organ.affiliation in named and not rival:  # not after "the Mekong River Commission": that one's
                    latest = organ
            if latest is not None:
                self.add(latest, token.i, token.i + 1, "anaphor")

    def read_organisation_anaphora(self) -> None:
        """"The Court" after "the Court of Arbitration", "the Commission" after "the Electoral Commission",
        "this House" after "House of Commons": a capitalised organisation word after "the" or "this" refers to
        the last organisation named with it in the same or the two previous sentences, or to the only one named
        with it before, however far back ("the Force" of a resolution's fourth paragraph)."""
        heads = self.x.lexicon["org_anaphor_heads"]
        named = [f for f in self.found.values() if f.record.type == "org"]
        if not named and not self.head_lines:
            return
        parts = frozenset(word for words in self.subdivisions.values() for word in words)
        for token in bare_heads(self.doc, heads | parts, self.taken, ("the", "this")):  # "That this House notes ..."
            bearing = [f for f in named if token.text in f.record.name.split()
                       or token.text in self.subdivisions.get(f.record.id, ())]
            latest = self._named_last_before(token, bearing) or self._only_one_before(token, bearing) or (
                None if bearing else self._titled_body(token.text)
            )
            if latest is not None:
                self.add(latest, token.i, token.i + 1, "anaphor")

    def _titled_body(self, word: str) -> ActorRecord | None:
        """The one organisation of the gazetteer the title names with ``word`` in its name ("Summary of the final
        report of the Panel of Experts on South Sudan", then "The Panel found ..."), or None."""
        if not self.head_lines:
            return None
        if word in self._titled_bodies:
            return self._titled_bodies[word]
        gazetteer = self.x.gazetteer
        titled = {
            entry.actor_id for alias, entry in gazetteer.aliases.items()
            if word in alias.split() and gazetteer.actors[entry.actor_id].type in ("org", "igo")
            and any(re.search(rf"\b{re.escape(alias)}\b", line) for line in self.head_lines)
        }
        self._titled_bodies[word] = gazetteer.actors[titled.pop()] if len(titled) == 1 else None
        return self._titled_bodies[word]

    def read_government_anaphora(self) -> None:
        """"The Government shall ..." in a text that named "the Government of the Republic of Colombia" (or
        "the Colombian Government"): the capitalised word after "the", alone, is the state whose government
        the text named last before it with that word, however far back (an agreement names its parties
        once, at the top); so are "the Embassy" and "the Ministry" of a note verbale."""
        heads = self.x.lexicon["government_anaphor_heads"]
        governments: list[tuple[int, ActorRecord]] = []  # (token index, state) of "Government of X", "X Government"
        for found in self.found.values():
            if found.record.type != "state":
                continue
            for mention in found.mentions:
                span = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
                if span is None:
                    continue
                head = _head_of_name(self.doc, span.start, heads)
                after = self.doc[span.end] if span.end < len(self.doc) else None
                if head is not None:
                    governments.append((head, found.record))
                elif span[0].text in heads:  # a ministry standing for its state ("the U.S. Department of State")
                    governments.append((span.start, found.record))
                elif after is not None and after.text in heads:
                    governments.append((after.i, found.record))
        if not governments:
            home = self._home_state()
            named = self._named_governments() if "government" in self.text else []
            for start, end in self._home_governments():
                earlier = [record for i, record in named if i < start]
                if earlier and self.doc[end - 1].text == "government":
                    # "Guatemala's government and its guerrillas ... negotiations with the government": the state
                    # whose government the text last named
                    self.add(earlier[-1], start, end, "anaphor")
                elif home is not None:  # "The Government should set out ..." in a UK committee's report
                    self.add(home, start, end, "anaphor")
            return
        for token in self._bare_heads(heads):
            # named with the same word: "The Embassy" is the state whose embassy, not whose government, was named
            earlier = [(i, record) for i, record in governments if i < token.i and self.doc[i].text == token.text]
            if earlier:
                self.add(max(earlier, key=lambda pair: pair[0])[1], token.i, token.i + 1, "anaphor")

    def _named_governments(self) -> list[tuple[int, ActorRecord]]:
        """(token index, state) of each government the text names in lower case, in text order: "Guatemala's
        government", "the Guatemalan government", "the government of Guatemala"."""
        named = []
        for found in self.found.values():
            if found.record.type != "state":
                continue
            for start, end in found.spans:
                after = self.doc[end : end + 2]
                if len(after) and after[0].lower_ == "government" or len(after) == 2 and (
                    after[0].text in _POSSESSIVE and after[1].lower_ == "government"
                ) or start >= 2 and self.doc[start - 1].lower_ == "of" and self.doc[start - 2].lower_ == "government":
                    named.append((start, found.record))
        return sorted(named, key=lambda pair: pair[0])

    def _home_governments(self) -> Iterable[tuple[int, int]]:
        """Token ranges of "the Government", "the government", "the current government", "the governing
        party" (``home_government_*``, ``ruling_party_heads``) and "the Government of National Unity", never
        opening a longer name ("the Government Accountability Office", "the government of Japan")."""
        lexicon = self.x.lexicon
        heads, modifiers = lexicon["home_government_heads"], lexicon["home_government_modifiers"]
        for token in self.doc:
            ruling = token.lower_ in lexicon["ruling_party_heads"] and token.i > 0 and (
                self.doc[token.i - 1].lower_ in ("governing", "ruling")
            )
            if not (token.text in heads or ruling) or token.i in self.taken:
                continue
            start = token.i - 1
            if start > 0 and self.doc[start].lower_ in modifiers:
                start -= 1
            if start < 0 or self.doc[start].lower_ != "the":
                continue
            end = token.i + 1
            if end + 2 < len(self.doc) and self.doc[end].lower_ == "of" and self.doc[end + 1].text == "National" and (
                self.doc[end + 2].is_title and token.text == "Government"
            ):
                end += 3  # "the Government of National Unity", "... of National Accord": a government, not a state's name
            elif end < len(self.doc) and (self.doc[end].lower_ == "of" or self.doc[end].is_title):
                continue
            yield start + 1, end

    def _home_state(self) -> ActorRecord | None:
        """The one state whose own currency the text writes and whose name it gives (``home_currencies``), else
        the one state its title names (or, with none, the subtitle under it), or None."""
        named = {found.record.id for found in self.found.values() if found.record.type == "state"}
        homes = {state for sign, state in self.x.gazetteer.home_currencies.items() if sign in self.text and state in named}
        if not homes:
            for line in self.head_lines:  # a subtitle is a heading, whose words no reader takes: look them up
                homes = {state for state in self._states_named_in(line) if state in named}
                if homes:
                    break
        if not homes and (place := opening_dateline_place(self.text)) is not None:
            # "CHISINAU, 29 September 2025 – ...": the state whose capital the release is datelined in
            entry = self.x.gazetteer.aliases.get(string.capwords(place)) or self.x.gazetteer.aliases.get(place)
            if entry is not None and entry.form == "capital" and entry.actor_id in named:
                homes = {entry.actor_id}
        if not homes and len(named) == 1:
            homes = set(named)  # "the Bundestag ... the Federal Government": the one state the text names at all
        return self._record(homes.pop()) if len(homes) == 1 else None

    def _states_named_in(self, line: str) -> set[str]:
        """Ids of the states a line names by a gazetteer name, capital or demonym of up to four words."""
        words = _WORDS.findall(line)
        aliases, actors = self.x.gazetteer.aliases, self.x.gazetteer.actors
        states = set()
        for n in range(1, 5):
            for i in range(len(words) - n + 1):
                entry = aliases.get(" ".join(words[i : i + n]))
                record = actors.get(entry.actor_id) if entry is not None else None
                if record is not None and record.type == "state":
                    states.add(record.id)
        return states

    def _bare_heads(self, heads: frozenset[str]) -> Iterable[Token]:
        return bare_heads(self.doc, heads, self.taken)

    def _only_one_before(self, token: Token, candidates: Iterable[_Found]) -> ActorRecord | None:
        """The one of ``candidates`` named anywhere before ``token`` when it is the only one: "the Force" in a
        resolution's fourth paragraph is the "Gang Suppression Force" of its first, with no other force named."""
        before = [f for f in candidates if any(m["start"] < token.idx for m in f.mentions)]
        return before[0].record if len(before) == 1 else None

    def _named_last_before(self, token: Token, candidates: Iterable[_Found]) -> ActorRecord | None:
        """The one of ``candidates`` mentioned last before ``token``, in its sentence or the
        ``_ANAPHOR_WINDOW`` - 1 sentences before it; None when none was."""
        sentence = self._sentence(token.idx)
        latest: tuple[int, ActorRecord] | None = None
        for found in candidates:
            for mention in found.mentions:
                recent = sentence is None or sentence - mention["sentence"] < _ANAPHOR_WINDOW
                if mention["start"] < token.idx and recent and (latest is None or mention["start"] > latest[0]):
                    latest = (mention["start"], found.record)
        return latest[1] if latest is not None else None

    def read_heads_of(self) -> None:
        """A person without an affiliation who heads something of an organisation or state, said in a clause on
        the name: "Helena Marsh, who heads the observation mission of the OSCE Office for Democratic Institutions
        and Human Rights (ODIHR)" -> that office. The actor named highest in what is headed is the one: "who
        leads the EU's mission in Kosovo" -> the EU."""
        verbs = self.x.lexicon["heading_verbs"]
        owners = {i: found for found in self.found.values() if found.record.type != "person"
                  for start, end in found.spans for i in range(start, end)}
        for found in self.found.values():
            if found.record.type != "person" or found.record.affiliation or found.affiliation:
                continue
            for _, end in found.spans:
                name = self.doc[end - 1]
                clause = next((c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs), None)
                headed = next((c for c in clause.children if c.dep_ == "dobj"), None) if clause is not None else None
                if headed is None:
                    continue
                depth = {headed.i: 0}
                for t in headed.subtree:  # a subtree lists ancestors first, so each head has its depth already
                    if t.i != headed.i and t.head.i in depth:
                        depth[t.i] = depth[t.head.i] + 1
                named = [(depth[t.i], t.i) for t in headed.subtree if t.i in owners and t.i in depth]
                if named:
                    found.affiliation = owners[min(named)[1]].record.id
                    break

    def read_home_officials(self) -> None:
        """A minister or other office-holder the text names with no state ("Deputy Prime Minister and Minister of
        National Defence Władysław Kosiniak-Kamysz") in a release whose first line is the issuing ministry of a
        state ("Ministry of National Defence of the Republic of Poland"): that state's (``home_office_words``)."""
        words = self.x.lexicon["home_office_words"]
        officials = [f for f in self.found.values() if f.record.type == "person" and not (
            f.record.affiliation or f.affiliation) and any(w in words for w in self._title_words_of(f))]
        issuer = self.head_lines[0].split() if self.head_lines else []
        if not officials or not issuer or issuer[0] not in self.x.lexicon["office_heads"] | {"Government"}:
            return  # only a release its state's ministry issues says whose minister it names
        homes = self._states_named_in(self.head_lines[0])
        if len(homes) == 1:
            for found in officials:
                found.affiliation = next(iter(homes))

    def _title_words_of(self, found: _Found) -> list[str]:
        """The words of a person's titles, and of the capitalised run right before their first name ("Deputy Prime
        Minister and Minister of National Defence" + the name), which the title list may not hold whole."""
        words = [w for title in found.titles for w in title.split()]
        if found.spans:
            i = min(start for start, _ in found.spans) - 1
            while i >= 0 and (self.doc[i].is_title or self.doc[i].lower_ in ("of", "and", "the", "for")):
                words.append(self.doc[i].text)
                i -= 1
        return words

    def results(self) -> tuple[list[dict[str, Any]], list[Span]]:
        """Actor dicts ordered by first mention, and the mention spans labelled by id."""
        if not self.found:
            return [], []
        most = max(len(f.mentions) for f in self.found.values())
        length = max(len(self.text), 1)
        actors, spans = [], []
        ordered = sorted(self.found.values(), key=lambda f: min(m["start"] for m in f.mentions))
        for found in ordered:
            order = sorted(range(len(found.mentions)), key=lambda i: found.mentions[i]["start"])
            mentions = [found.mentions[i] for i in order]
            first = mentions[0]["start"]
            salience = 0.7 * len(mentions) / most + 0.3 * (1 - first / length)
            record = found.record
            actors.append(
                {
                    "id": record.id,
                    "name": record.name,
                    "type": record.type,
                    "affiliation": record.affiliation or found.affiliation,
                    "titles": _unique([*record.titles, *found.titles]),
                    "mentions": mentions,
                    "salience": round(min(max(salience, 0.0), 1.0), 4),
                }
            )
            spans.extend(Span(self.doc, found.spans[i][0], found.spans[i][1], label=record.id) for i in order)
        return actors, spans


def _lines_of(ent: Span) -> list[Span]:
    """The parts of an entity on each of its lines: a name never runs across a line break ("House of
    Commons\nOpposition Day Motion", "Recommendations\nCentre for Maritime Security Studies")."""
    parts, start = [], ent.start
    for token in ent:
        if token.is_space or "\n" in token.whitespace_:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                parts.append(ent.doc[start:end])
            start = token.i + 1
    if ent.end > start:
        parts.append(ent.doc[start : ent.end])
    return parts


_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Dr", "Miss"})
_PEERAGES = frozenset({"Lord", "Lady", "Sir", "Dame", "Baroness", "Baron", "Earl", "Sheikh", "Prince", "Princess"})
# Words of a capitalised label that name a role, not a person: "THE MODERATOR", "AUDIENCE MEMBER"
_LABEL_ROLE_WORDS = frozenset({"moderator", "audience", "member", "question", "answer", "participant", "reporter",
                               "interviewer", "host", "speaker", "voice", "unidentified", "male", "female", "staff",
                               "announcer", "chair", "chairman", "chairwoman", "the", "official", "senior",
                               "administration", "operator", "spokesperson", "spokesman", "spokeswoman"})


def _field_label(token: Token) -> bool:
    """Whether ``token`` opens a line and a colon follows it: a label ("Verdict: Kept", "Sugiono: ..."), which
    only a transcript's speaker labels make a name."""
    before = token.nbor(-1) if token.i > 0 else None
    return (before is None or "\n" in before.whitespace_ or "\n" in before.text) and (
        token.i + 1 < len(token.doc) and token.nbor(1).text == ":"
    )


def bare_heads(
    doc: Doc, heads: Iterable[str], taken: set[int], determiners: tuple[str, ...] = ("the",)
) -> Iterable[Token]:
    """Tokens of ``heads`` not in ``taken`` standing alone after "the" (or another of ``determiners``: a motion's
    "this House") ("The Court ruled", "The Government shall"), not opening a longer name ("the Court of
    Justice", "the Council Secretariat", "the Government Accountability Office")."""
    for token in doc:
        if token.text not in heads or token.i == 0 or doc[token.i - 1].lower_ not in determiners or token.i in taken:
            continue
        if token.i + 1 < len(doc) and (doc[token.i + 1].lower_ == "of" or doc[token.i + 1].is_title):
            continue
        yield token


_WORDS = re.compile(r"[^\W_][\w'’.-]*")
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{2,30})\b")
_ACRONYM_BODY = r"[A-Z][A-Za-z&]{0,8}[A-Z]"  # "CPC", "EUMA", "MoU", "R&D"
_KNOWN_AS = re.compile(
    rf",\s+(?:the|an?)\s+(?P<description>(?:[A-Za-z][\w-]*\s+){{1,4}}?)(?:now\s+|also\s+|better\s+|widely\s+)?"
    rf"known\s+as\s+(?:the\s+)?(?P<short>{_ACRONYM_BODY})\b"
)
_DEFINED_ABBREVIATION = re.compile(rf"\({_ACRONYM_BODY}\)")
_ACRONYM = re.compile(rf"^{_ACRONYM_BODY}$")
_SIGNATURE_LINES = 12  # lines under a letter's closing read for its signatories
_POSTED = frozenset({"to", "in", "for"})  # "Mission to Ukraine", "Mission in Armenia", "Force for Abyei"
_LONG_FORM_FILLERS = frozenset({"of", "for", "and", "the", "in", "on", "to", "de", "&"})


def _unaccented(text: str) -> str:
    """``text`` without its diacritics: "Inácio" -> "Inacio"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _head_of_name(doc: Doc, start: int, heads: frozenset[str], reach: int = 6) -> int | None:
    """The index of a head word of ``heads`` whose name runs on to a state at ``start`` through "of" and
    capitalised words ("the Government of the Republic of Colombia", "the Ministry of Foreign Affairs of the
    Republic of Belarus"), or None."""
    if start == 0 or doc[start - 1].lower_ not in ("of", "the"):
        return None
    for i in range(start - 1, max(start - 1 - reach, -1), -1):
        token = doc[i]
        if token.text in heads:
            return i
        if not (token.lower_ in ("of", "the", "and") or token.is_title):
            return None
    return None


def _names_a_body(words: Span, org_heads: frozenset[str]) -> bool:
    """Whether a long form's head is an organisation word: its last word ("Amazon Web Services") or the
    word before its first "of/for/in/on" ("Communist Party of China", "European Union Mission in
    Armenia"); "High-Altitude Platform Station" is a thing."""
    head = next((w for w, nxt in itertools.pairwise(words) if nxt.lower_ in ("of", "for", "in", "on")), words[-1])
    return head.text in org_heads


_DEAL_WORDS = frozenset({"contract", "agreement", "deal", "memorandum", "partnership", "sign", "conclude"})
_WORD_CHAR = re.compile(r"\w")
_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.? ")


def _word_at(text: str, pos: int, word: str) -> bool:
    r"""Whether ``word`` is at ``pos`` of ``text`` with a word boundary after it (``re.escape(word) + r"\b"``)."""
    if not text.startswith(word, pos):
        return False
    end = pos + len(word)
    return bool(_WORD_CHAR.match(word[-1])) != (end < len(text) and bool(_WORD_CHAR.match(text[end])))


def _occurrences(text: str, name: str) -> Iterator[int]:
    r"""Starts of ``name`` in ``text`` with no word character either side (``(?<!\w)name(?!\w)``), left to right
    and not overlapping, found with ``str.find`` rather than a pattern compiled per name."""
    pos = text.find(name) if name else -1
    while pos != -1:
        end = pos + len(name)
        if (pos == 0 or not _WORD_CHAR.match(text[pos - 1])) and (end == len(text) or not _WORD_CHAR.match(text[end])):
            yield pos
            pos = text.find(name, end)
        else:
            pos = text.find(name, pos + 1)


_SIGNED_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.")  # "Tillis", "Cortez-Masto", "J."
_NAME_WORD = re.compile(r"[A-Z][\w'’&-]*|for|of|on|and|the|in|to|de")
_SELF_NAMED = re.compile(
    r"\b(?:(?:who|which|that)\s+(?P<verb>call|calls|called)|(?P<verb2>calling))\s+(?:themselves|itself)\s+"
)


def _long_form_start(doc: Doc, paren: int, abbreviation: str) -> int | None:
    """First token of the words before ``doc[paren]`` (an opening parenthesis) whose capitalised
    words' initials spell ``abbreviation``'s capitals, or None: "European Union Mission in Armenia
    (EUMA)", "Organization for Security and Co-operation in Europe (OSCE)"."""
    if not _ACRONYM.match(abbreviation):
        return None
    letters = [c for c in abbreviation if c.isupper()]
    return _spelled_from(doc, paren, letters) or _translated_from(doc, paren, letters)


def _spelled_from(doc: Doc, paren: int, letters: list[str]) -> int | None:
    """The long form before ``doc[paren]`` whose initials spell ``letters`` in order, or None."""
    j, k = paren - 1, len(letters) - 1
    limit = paren - 3 * len(letters) - 2
    while j >= 0 and j > limit and k >= 0:
        token = doc[j]
        if token.text[:1].isupper():
            if token.text[0] != letters[k]:
                return None
            k -= 1
        elif not (token.lower_ in _LONG_FORM_FILLERS or token.text in ("-", "'", "’")
                  or j > 0 and doc[j - 1].text == "-"):
            return None
        j -= 1
    if k >= 0:
        return None
    return j + 1


def _name_before(doc: Doc, paren: int) -> int | None:
    """First token of the capitalised name (two or more capitalised words, function words between them)
    right before ``doc[paren]``, or None."""
    j, capitalised = paren - 1, 0
    while j >= 0 and (doc[j].text[:1].isupper() and doc[j].is_alpha or capitalised and doc[j].lower_ in _LONG_FORM_FILLERS):
        if doc[j].lower_ == "the" and not (j > 0 and doc[j - 1].lower_ in ("of", "for")):
            break  # "Somalia and the AU Support ... Mission": "the" opens the name, inside it only after "of"
        capitalised += doc[j].text[:1].isupper()
        j -= 1
    while j + 1 < paren and not doc[j + 1].text[:1].isupper():
        j += 1  # a name starts with a capital: "the" before it is no part of it
    return j + 1 if capitalised >= 2 else None


def _translated_from(doc: Doc, paren: int, letters: list[str]) -> int | None:
    """The long form before ``doc[paren]`` given in English whose abbreviation is its original language's: as
    many capitalised words as ``letters``, with the same initials in another order ("the Coordination of
    Azawad Movements (CMA)", Coordination des Mouvements de l'Azawad), or None."""
    j, initials = paren - 1, []
    while j >= 0 and len(initials) < len(letters):
        token = doc[j]
        if token.text[:1].isupper() and token.is_alpha:
            initials.append(token.text[0])
        elif token.lower_ not in _LONG_FORM_FILLERS:
            return None
        j -= 1
    before = doc[j] if j >= 0 else None
    if sorted(initials) != sorted(letters) or before is not None and before.text[:1].isupper() and before.is_alpha:
        return None
    return j + 1


def _surnames(name: str) -> list[str]:
    """Forms a later mention may use: "Nikol Pashinyan" -> ["Pashinyan"],
    "Abdel Fattah al-Burhan" -> ["al-Burhan", "Burhan"]."""
    last = name.split()[-1]
    prefix, _, rest = last.partition("-")
    return [last, rest] if rest and prefix.lower() in _NAME_PARTICLES else [last]


def _title_key(title: str) -> str:
    """Compare titles by lower-case words: "Secretary-General" and "secretary general" agree."""
    return " ".join(_HYPHEN_SPLIT.sub(" ", title.lower()).split())


def _title_matches(reference: str, held: str) -> bool:
    """True when a bare title names a holder's title: equal, or its head ("the Secretary" for
    "Secretary of State", "the Secretary" for "Secretary General")."""
    held = _title_key(held)
    return held == reference or held.startswith(reference + " ")


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "into", "across", "throughout", "inside", "outside", "around"})


def _in_place_position(token: Token) -> bool:
    """A lone name where places stand: "in Tallinn and Klaipeda", "at Kazan", "forces from Tigray" —
    the small model often tags such a city or region PERSON, and no title or known person vouches for it."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS
