"""Who speaks in a document, read from its title: the document's *voice*.

A speech, statement or joint statement speaks in the first person: in
"Speech by Foreign Minister Takeshi Iwaya at the Lowy Institute", "we will hold
our first trilateral exercise" is Japan's intent, and in "Joint Statement of the
United States and Japan" "we" is both. The title patterns live in
``data/actors/voice.yaml``; the speakers they name are read with the actor
gazetteer (and the pipeline's NER, when it has one) on the title alone, and a
speaker who is a person stands for the state or organisation the person belongs
to (from the gazetteer, else the state the document names most).

Example::

    >>> voice_phrase("Joint Statement of the United States and Japan")
    'United States and Japan'
    >>> voice_phrase("Remarks by President Biden and Prime Minister Kishida in Joint Press Conference") is None
    True
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from spacy.language import Language

    from nlp_kit.actors.extract import ActorExtractor

VOICE_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "voice.yaml"
_JOINER = re.compile(r"(?<=[A-Za-z.])\s*[-–—/]\s*(?=[A-Z])")  # "U.S.-ROK", "United States-France"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    raw = yaml.safe_load(VOICE_FILE.read_text(encoding="utf-8"))
    compile_all = lambda items: tuple(re.compile(p, re.IGNORECASE) for p in items)  # noqa: E731
    return compile_all(raw["patterns"]), compile_all(raw.get("several", ()))


def voice_phrase(title: str | None) -> str | None:
    """The words of ``title`` that name who speaks, or None when the title names no single voice."""
    found = _voice_span(title)
    return _JOINER.sub(" and ", title[found[0] : found[1]]) if found and title else None


def _voice_span(title: str | None) -> tuple[int, int] | None:
    """Character offsets in ``title`` of the words that name who speaks, or None."""
    if not title or "\n" in title.strip():
        return None
    patterns, several = _patterns()
    if any(p.search(title) for p in several):
        return None
    for pattern in patterns:
        match = pattern.match(title)
        who = match.group("who") if match else ""
        if match and who.strip(" ,:"):
            start, end = match.span("who")
            return start + len(who) - len(who.lstrip(" ,:")), end - (len(who) - len(who.rstrip(" ,:")))
    return None


def read_voice(
    title: str | None, nlp: Language, extractor: ActorExtractor, body_actors: list[dict[str, Any]]
) -> tuple[list[str], list[dict[str, Any]]]:
    """The document's voice: the ids of the states and organisations its title names as speaking (a
    person standing for their affiliation, and for themselves), and the speakers as actor dicts whose
    mention offsets are character offsets into ``title``."""
    span = _voice_span(title)
    if span is None or title is None:
        return [], []
    # "U.S.-ROK", "United States-France": the joined names read apart, every offset kept
    readable = title[: span[0]] + _JOINER.sub(lambda m: " " * len(m.group(0)), title[span[0] : span[1]]) + title[span[1] :]
    doc = nlp.make_doc(readable)
    if "ner" in nlp.pipe_names:
        doc = nlp.get_pipe("ner")(doc)
    found, _ = extractor(doc)
    speakers = [
        actor for actor in found
        if any(span[0] <= mention["start"] and mention["end"] <= span[1] for mention in actor["mentions"])
    ]
    in_body = {actor["id"]: actor for actor in body_actors}
    ids: list[str] = []
    for actor in speakers:
        if actor["type"] != "person":
            ids.append(actor["id"])
            continue
        affiliation = actor.get("affiliation") or (in_body.get(actor["id"]) or {}).get("affiliation")
        affiliation = affiliation or _most_named_state(body_actors)
        if affiliation and not actor.get("affiliation"):
            actor["affiliation"] = affiliation
        ids.append(actor["id"])
        if affiliation:
            ids.append(affiliation)
    return list(dict.fromkeys(ids)), speakers


def _most_named_state(actors: list[dict[str, Any]]) -> str | None:
    """The state the document names most often (a speaker's own, in a speech that never says whose)."""
    counts = Counter({a["id"]: len(a.get("mentions") or ()) for a in actors if a.get("type") == "state"})
    best = counts.most_common(2)
    if not best or len(best) > 1 and best[0][1] == best[1][1]:
        return None
    return best[0][0]
