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
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from nlp_kit.doctext import doc_text
from nlp_kit.ingest.structure import LETTER_CLOSING, speaker_labels

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from nlp_kit.actors.extract import ActorExtractor

VOICE_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "voice.yaml"
_JOINER = re.compile(r"(?<=[A-Za-z.])\s*[-–—/]\s*(?=[A-Z])(?!General\b)")  # "U.S.-ROK", not "Secretary-General"


@lru_cache(maxsize=1)
def _voice_data() -> dict[str, Any]:
    """``voice.yaml`` read once: its title patterns compiled (``patterns``, ``several``, ``interviews``) and
    its ``offices``."""
    raw = yaml.safe_load(VOICE_FILE.read_text(encoding="utf-8"))
    data: dict[str, Any] = {
        key: tuple(re.compile(p, re.IGNORECASE) for p in raw.get(key) or ())
        for key in ("patterns", "several", "interviews", "parties", "government_titles")
    }
    data["offices"] = {str(k): str(v) for k, v in (raw.get("offices") or {}).items()}
    data["state_offices"] = re.compile(
        r"\b(?:" + "|".join(re.escape(o) for o in raw.get("state_offices") or ()) + r")\b", re.IGNORECASE
    )
    data["legislator_offices"] = re.compile(
        r"\b(?:" + "|".join(re.escape(o) for o in raw.get("legislator_offices") or ()) + r")\b", re.IGNORECASE
    )
    return data


def voice_phrase(title: str | None) -> str | None:
    """The words of ``title`` that name who speaks, or None when the title names no single voice."""
    found = _voice_span(title)
    return _JOINER.sub(" and ", title[found[0] : found[1]]) if found and title else None


def _voice_span(title: str | None) -> tuple[int, int] | None:
    """Character offsets in ``title`` of the words that name who speaks, or None."""
    if title and any(p.search(title) for p in _voice_data()["several"]):
        return None
    return _who_span(title, _voice_data()["patterns"])


def _who_span(title: str | None, patterns: tuple[re.Pattern[str], ...]) -> tuple[int, int] | None:
    """Offsets of the ``who`` group of the first of ``patterns`` that matches a one-line ``title``, without
    the spaces and punctuation around it; None when none names anyone."""
    if not title or "\n" in title.strip():
        return None
    for pattern in patterns:
        match = pattern.match(title)
        who = match.group("who") if match else ""
        if match and who.strip(" ,:"):
            start, end = match.span("who")
            return start + len(who) - len(who.lstrip(" ,:")), end - (len(who) - len(who.rstrip(" ,:")))
    return None


def read_voice(
    title: str | None,
    nlp: Language,
    extractor: ActorExtractor,
    body_actors: list[dict[str, Any]],
    doc: Doc | None = None,
    home: str | None = None,
) -> tuple[list[str], list[dict[str, Any]]]:
    """The document's voice: the ids of the states and organisations its title names as speaking (a
    person standing for their affiliation, and for themselves), and the speakers as actor dicts whose
    mention offsets are character offsets into ``title``. ``doc``, the document's body, tells which
    state it names as an agent when a speaker's own state is unknown; ``home``, a state already known to
    speak (the mission a delivery line's speaker works for), comes first. A party's programme ("Alliance for
    Renewal — Election Programme 2026") speaks for the party, a political group."""
    span = _voice_span(title)
    if span is not None or title is None:
        return _speakers(title, span, nlp, extractor, body_actors, doc, home)
    span = _who_span(title, _voice_data()["parties"])
    if span is None:
        return [], []
    name = " ".join(title[span[0] : span[1]].split()).removeprefix("the ").removeprefix("The ")
    if not _PARTY_NAME.fullmatch(name):
        return [], []
    start = span[0] + title[span[0] : span[1]].index(name.split()[0])
    party = _title_actor("GRP", name, "group", title, start, span[1])
    return [party["id"]], [party]


# A party's name: one to eight words, each capitalised but for a few joining words ("Alliance for Renewal",
# "Party of Regions", "Christian Democratic Union")
_PARTY_NAME = re.compile(r"(?-i:[A-Z][\w'’.&-]*)(?:\s+(?:(?-i:[A-Z][\w'’.&-]*)|for|of|and|the|de|du|la)){0,7}")


def read_government_voice(
    title: str | None, actors: list[dict[str, Any]], headings: Iterable[str] = (), doc: Doc | None = None
) -> list[str]:
    """The state a government's own statement speaks for when its title names no speaker ("Written Ministerial
    Statement: ...", "Speech from the Throne", ``government_titles``; or one of the ``headings`` under it: "Question
    for Foreign, Commonwealth and Development Office"): the one state the text's "the Government" (or "His Majesty's
    Government") is; else, as no state's government is named ("My Government will ..."), the state the body names
    most as a subject ("Canada faces ...", "Canada stands with Ukraine"); else []."""
    patterns = _voice_data()["government_titles"]
    lines = [title or "", *headings]
    if not any(p.match(line.strip()) for p in patterns for line in lines):
        return []
    homes = {actor["id"] for actor in actors if actor.get("type") == "state" and any(
        m.get("text", "").lower() in ("government", "the government") or m.get("text", "").endswith("'s Government")
        for m in actor.get("mentions") or ()
    )}
    if not homes and doc is not None and (most := _most_named_state(actors, doc, subjects_only=True)):
        return [most]
    return sorted(homes) if len(homes) == 1 else []


def is_state_office(phrase: str) -> bool:
    """Whether ``phrase`` is one of a state's offices (``state_offices``): "Secretary of State", "Prime Minister"."""
    return bool(_voice_data()["state_offices"].fullmatch(phrase.strip()))


def read_author_voice(
    authors: list[dict[str, Any]] | None, nlp: Language, extractor: ActorExtractor
) -> tuple[list[str], dict[str, str]]:
    """The state an op-ed speaks for when its author holds an office of that state, as their bio says ("Lars
    Eklund is Sweden's Minister for Foreign Affairs."; ``state_offices`` in voice.yaml): ``[its id]``; the states
    of several such authors signing together, with each one's state (``{name: state id}``); else [] (a fellow's
    or a journalist's article, or a bio naming no state or several)."""
    bios = {str(author.get("bio") or "") for author in authors or ()} - {""}
    states: set[str] = set()
    for bio in bios:
        if not _voice_data()["state_offices"].search(bio):
            continue
        states |= {actor["id"] for actor in _actors_in(bio, nlp, extractor) if actor["type"] == "state"}
    if len(states) == 1:
        return sorted(states), {}
    names = [str(author.get("name") or "") for author in authors or ()]
    held = _author_offices(names, bios, nlp, extractor)
    if len(held) > 1 and len(held) == len(names):
        return list(dict.fromkeys(held.values())), held
    return [], {}


def _author_offices(names: list[str], bios: set[str], nlp: Language, extractor: ActorExtractor) -> dict[str, str]:
    """Each author's state, where a sentence of the bios names that author, one office of a state and that one
    state ("Radosław Sikorski is Poland's Deputy Prime Minister ... Anita Anand is Canada's Minister of Foreign
    Affairs."): ``{name: state id}``."""
    held: dict[str, str] = {}
    for sentence in (sentence for bio in bios for sentence in re.split(r"(?<=\.)\s+", bio)):
        named = [name for name in names if name and name in sentence]
        if len(named) != 1 or not _voice_data()["state_offices"].search(sentence):
            continue
        found = [a["id"] for a in _actors_in(sentence, nlp, extractor) if a["type"] == "state"]
        if len(found) == 1:
            held.setdefault(named[0], found[0])
    return held


def read_interviewee(
    title: str | None,
    nlp: Language,
    extractor: ActorExtractor,
    body_actors: list[dict[str, Any]],
    doc: Doc | None = None,
) -> list[str]:
    """Who answers in an interview the title names ("Interview with Foreign Minister Sergey Lavrov on ..."), as
    ids read like a voice's; [] when the title names no interview. Its "A:" turns are theirs."""
    return _speakers(title, _who_span(title, _voice_data()["interviews"]), nlp, extractor, body_actors, doc)[0]


def _speakers(
    title: str | None,
    span: tuple[int, int] | None,
    nlp: Language,
    extractor: ActorExtractor,
    body_actors: list[dict[str, Any]],
    doc: Doc | None,
    home: str | None = None,
) -> tuple[list[str], list[dict[str, Any]]]:
    if span is None or title is None:
        return [], []
    found = _actors_in(_readable(title, span), nlp, extractor)
    speakers = [
        actor for actor in found
        if any(span[0] <= mention["start"] and mention["end"] <= span[1] for mention in actor["mentions"])
    ]
    if not speakers and (body := _body_named(title, span, extractor.gazetteer.lexicon["org_heads"])) is not None:
        speakers = [body]  # "Daily Report of the Special Monitoring Mission": a body the NER did not tag
    if not speakers and (named := _name_after_title(title, span, extractor.canonical_titles)) is not None:
        speakers = [named]  # the NER misread a long title ("Assistant Secretary of State for African Affairs X")
    if not speakers:
        office = _voice_data()["offices"].get(" ".join(title[span[0] : span[1]].split()).removeprefix("the ").removeprefix("The "))
        if office is not None:
            return [office], []  # "Secretary-General's remarks to the Security Council": the UN speaks
    in_body = {actor["id"]: actor for actor in body_actors}
    ids = [i for actor in speakers for i in _speaker_of(actor, body_actors, doc, in_body.get(actor["id"]), delegation=home)]
    return list(dict.fromkeys(ids)), speakers


def _speaker_of(
    actor: dict[str, Any],
    body_actors: list[dict[str, Any]],
    doc: Doc | None,
    in_body: dict[str, Any] | None = None,
    said: list[tuple[int, int]] | None = None,
    delegation: str | None = None,
) -> list[str]:
    """The ids a speaker stands for: an organisation or state itself; a person and the state they belong to
    (the gazetteer's, the body's, the ``delegation`` their label names ("Mr. Nebenzia (Russian Federation):"),
    else the state named most in what they ``said`` (character ranges of their turns: a minister's "The UK
    will provide ..."), else the state the body names most), which the person dict is given."""
    if actor["type"] != "person":
        return [actor["id"]]
    affiliation = (
        actor.get("affiliation") or (in_body or {}).get("affiliation") or delegation
        or (said and _most_named_state(body_actors, doc, said))
        # a transcript's speaker is not given a state the text names only as what they talk about ("What would
        # you do about North Korea?"): then only a state named as a subject counts
        or _most_named_state(body_actors, doc, subjects_only=said is not None)
    )
    if affiliation and not actor.get("affiliation"):
        actor["affiliation"] = affiliation
    return [actor["id"], affiliation] if affiliation else [actor["id"]]


def _readable(title: str, span: tuple[int, int]) -> str:
    """``title`` with the names its speaker phrase joins read apart ("U.S.-ROK", "United States-France"), every
    offset kept."""
    return title[: span[0]] + _JOINER.sub(lambda m: " " * len(m.group(0)), title[span[0] : span[1]]) + title[span[1] :]


def voice_lines(lines: Iterable[str | None]) -> list[str]:
    """The texts ``read_voice`` runs the NER on for these title and heading lines: those that name a speaker.
    A component parses them for a whole batch at once (``ActorExtractor.parsed_lines``)."""
    return [_readable(line, span) for line in lines if line and (span := _voice_span(line)) is not None]


def _actors_in(text: str, nlp: Language, extractor: ActorExtractor) -> list[dict[str, Any]]:
    """The actors in a line read on its own (a title, an author's bio), with the pipeline's NER when it has one
    (or the Doc the component parsed for the batch)."""
    doc = extractor.parsed_lines.get(text)
    if doc is None:
        doc = nlp.make_doc(text)
        if "ner" in nlp.pipe_names:
            doc = nlp.get_pipe("ner")(doc)
    return extractor(doc)[0]


def _title_actor(prefix: str, name: str, type_: str, title: str, start: int, end: int) -> dict[str, Any]:
    """An actor a title names that no reader found, as an actor dict with its one mention, characters
    ``start:end`` of ``title``."""
    mention = {"start": start, "end": end, "text": title[start:end], "form": "name", "sentence": None}
    return {"id": f"{prefix}:{name}", "name": name, "type": type_, "affiliation": None, "titles": [],
            "mentions": [mention], "salience": 0.0}


def _body_named(title: str, span: tuple[int, int], org_heads: frozenset[str]) -> dict[str, Any] | None:
    """The organisation a speaker phrase names by itself when it is two to six capitalised words ending in an
    organisation word ("Special Monitoring Mission", "Foreign Affairs Committee"), as an actor dict; else None."""
    words = title[span[0] : span[1]].split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not 2 <= len(words) <= 6 or words[-1] not in org_heads or not all(w[:1].isupper() for w in words):
        return None
    name = " ".join(words)
    start = span[0] + title[span[0] : span[1]].index(name)
    return _title_actor("ORG", name, "org", title, start, start + len(name))


# Words of office titles that are no part of a name: "Assistant Secretary of State for African Affairs"
_OFFICE_WORDS = frozenset({"of", "for", "the", "and", "affairs", "state", "assistant", "acting", "deputy", "principal"})


def _name_after_title(title: str, span: tuple[int, int], titles: dict[str, str]) -> dict[str, Any] | None:
    """The person a speaker phrase ends with, after their office ("Assistant Secretary of State for
    African Affairs Marcus Hale" → Marcus Hale), as an actor dict; None unless two to four capitalised
    words follow a word of a known title or office."""
    words = list(re.finditer(r"[^\s,]+", title[span[0] : span[1]]))
    office = {w for t in titles for w in t.split()} | _OFFICE_WORDS
    name: list[re.Match[str]] = []
    while words and words[-1].group()[:1].isupper() and words[-1].group().lower() not in office:
        name.insert(0, words.pop())
    if not 2 <= len(name) <= 4 or not words or words[-1].group().lower() not in office:
        return None
    start, end = span[0] + name[0].start(), span[0] + name[-1].end()
    return _title_actor("PER", title[start:end], "person", title, start, end)


def _most_named_state(
    actors: list[dict[str, Any]], doc: Doc | None = None, within: list[tuple[int, int]] | None = None,
    *, subjects_only: bool = False,
) -> str | None:
    """The state the document names most often (a speaker's own, in a speech that never says whose); a mention
    as the subject of a clause counts twice ("the United States will provide ...", not "the war in Sudan").
    Within the character ranges ``within`` (a speaker's turns) only the subjects count: a minister's "The UK
    will provide ...", not a member's "a settlement for Sudan"."""
    def weight(mention: dict[str, Any]) -> int:
        if within is not None and not any(start <= mention["start"] < end for start, end in within):
            return 0
        span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand") if doc is not None else None
        subject = span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
        # in one's own turns (and for a speaker of a transcript), only a subject tells
        return 2 if subject else 0 if within is not None or subjects_only else 1

    counts = Counter(
        {a["id"]: sum(weight(m) for m in a.get("mentions") or ()) for a in actors if a.get("type") == "state"}
    )
    counts = +counts  # states named only outside ``within`` do not count
    best = counts.most_common(2)
    if not best or len(best) > 1 and best[0][1] == best[1][1]:
        return None
    return best[0][0]


_ANSWER_LABELS = frozenset({"A", "ANSWER", "Answer"})


def read_turns(
    doc: Doc, actors: list[dict[str, Any]], interviewee: list[str] | None = None
) -> list[dict[str, Any]]:
    """Who speaks in each turn of a transcript or interview, as ``Turn``-shaped dicts: ``start`` and ``end``,
    the character offsets of what is said after a speaker label ("Sugiono: It has not been implemented ...",
    "MS BRUCE: Good afternoon") up to the next label, the ``label`` itself, and the ``speakers``, the ids of
    the label's actor (a person with their state, as a title's speaker is read). A label naming no actor
    ("QUESTION:", "Asia Policy Review:") gives ``[]``: its "we" is nobody's, and an "A:" label the
    ``interviewee``'s. A label of one word must open more than one turn; [] for a document with fewer than two
    labels ("What they are saying" pages quote one speaker a paragraph: "Senator Cory Booker: ...")."""
    text = doc_text(doc)
    labels: list[tuple[int, int, int, str]] = []  # (label start, label end, said start, label text)
    for first, said in speaker_labels(doc):
        start, label_end = doc[first].idx, doc[said - 1].idx
        colon = doc[said - 1]  # ":" or, after a bracket, "):"
        labels.append((start, label_end, doc[said].idx, text[start : colon.idx + len(colon.text) - 1].strip()))
    said_twice = Counter(label for *_, label in labels)
    # a one-word label counts when it opens several turns ("Sugiono:"); a fact sheet's "Millicom: Millicom,
    # a telecommunications company, will ..." is a list item
    labels = [label for label in labels if " " in label[3] or said_twice[label[3]] >= 2 or (
        label[3].isupper() and _named_in(label[0], label[1], actors)  # a factbox's "* QATAR: Pledged ..."
    )]
    # a list whose items open with a name, then that name again ("Fundación Terra: Fundación Terra, an
    # independent foundation, will invest ..."), is a fact sheet's, not a transcript's
    labels = [label for label in labels if not text.startswith(label[3], label[2])]
    if len(labels) < 2:
        return []
    spans = [(said, labels[n + 1][0] if n + 1 < len(labels) else len(text)) for n, (_, _, said, _) in enumerate(labels)]
    named = [_named_in(start, end, actors) for start, end, _, _ in labels]
    speakers = [_label_actor(in_label) for in_label in named]
    delegations = [next((a["id"] for a in in_label if a["type"] == "state"), None) for in_label in named]
    turns = []
    for (said, until), (*_, label), speaker, delegation in zip(spans, labels, speakers, delegations, strict=True):
        if label in _ANSWER_LABELS:
            ids = list(interviewee or [])
        elif speaker is None:
            ids = []
        else:  # a person's state may show in what they say across their turns ("The UK will provide ...")
            own = [span for span, other in zip(spans, speakers, strict=True) if other is speaker]
            ids = _speaker_of(speaker, actors, doc, said=own, delegation=delegation)
        turns.append({"start": said, "end": until, "label": label, "speakers": ids})
    return turns


def read_signatories(doc: Doc, actors: list[dict[str, Any]]) -> list[str]:
    """Who signs a letter, from the lines under its closing ("Yours sincerely," then "Amnesty International
    Kenya", "Kenya Human Rights Commission"): the ids of the actors named there, each standing for itself, a
    person also for their state; [] without a closing. A letter's "we" is its signatories'."""
    closing = LETTER_CLOSING.search(doc_text(doc))
    if closing is None:
        return []
    signing = [a for a in actors if any(m["start"] >= closing.end() for m in a.get("mentions") or ())]
    if any(a["type"] != "state" for a in signing):  # "Kenya Human Rights Commission": the body, not Kenya
        signing = [a for a in signing if a["type"] != "state"]
    ids: list[str] = []
    for actor in signing:
        if actor["type"] == "person" and _legislator(actor, doc_text(doc)):
            ids.extend([actor["id"]] if actor["id"] not in ids else [])  # a senator speaks for no government
            continue
        ids.extend(i for i in _speaker_of(actor, actors, doc) if i not in ids)
    return ids


def _legislator(person: dict[str, Any], text: str) -> bool:
    """Whether the line a signatory's name is on, or the line under it, names a legislator's office ("United
    States Senator", ``legislator_offices``)."""
    for mention in person.get("mentions") or ():
        line_end = text.find("\n", mention["end"])
        next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        lines = text[mention["start"] : next_end if next_end >= 0 else len(text)]
        if _voice_data()["legislator_offices"].search(lines):
            return True
    return False


_SALUTATION = re.compile(r"(?:^|\n)[ \t]*Dear\s+([^,:\n]{2,80})[,:]?[ \t]*\n")


def read_addressee(doc: Doc, actors: list[dict[str, Any]]) -> list[str]:
    """Whom a letter is written to, from its salutation ("Dear Prime Minister Modi,"): the ids the actor it
    names stands for (a person and their state), read like a speaker's; [] without one. A letter's "you" and
    "your" are theirs ("you assured me that India would support ...")."""
    salutation = _SALUTATION.search(doc_text(doc))
    if salutation is None:
        return []
    speaker = _label_actor(_named_in(salutation.start(1), salutation.end(1), actors))
    return _speaker_of(speaker, actors, doc) if speaker is not None else []


def _named_in(start: int, end: int, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors with a mention in characters ``start:end`` of a label or salutation, and the state a label
    names besides its speaker ("Mr. Nebenzia (Russian Federation)")."""
    return [a for a in actors if any(m["start"] < end and start < m["end"] for m in a.get("mentions") or ())]


def _label_actor(named: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Whom a label names, of the actors ``named`` in it: a person before anything else it mentions ("The
    Minister for Africa (Daniel Okafor)"), or None."""
    return next((a for a in named if a["type"] == "person"), named[0] if named else None)
