"""The commitment lexicons (``nlp_kit/data/commitments/*.yaml``), loaded once into matchers.

``CommitmentLexicon.load()`` reads ``triggers.yaml`` (trigger words by kind),
``patterns.yaml`` (DependencyMatcher patterns) and ``status_cues.yaml`` (cues
that a commitment was kept, broken or stalled) from a folder, the package's
own by default, and ``build_matchers(vocab)`` compiles them for one
vocabulary.

Example::

    >>> lexicon = CommitmentLexicon.load()
    >>> lexicon.verbal["pledge"].kind
    'pledge'
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from nlp_kit.errors import ConfigError

# The frames a pattern may name, in the order they win when two patterns match the same trigger word.
FRAMES = ("recommendation", "document", "verbal", "adjectival", "nominal", "brokered", "security", "only", "future", "to_do")
STATUSES = ("unfulfilled", "fulfilled", "stalled")


@dataclass(frozen=True)
class TriggerSense:
    """What one trigger lemma signals: kind, CAMEO code and options."""

    kind: str
    cameo: str
    objects: bool = True
    status: str | None = None
    role: str | None = None
    # acts that make the trigger no commitment: "invited India to attend the summit" is an invitation; a
    # lemma with such acts counts only with a clause of another act ("invites the Commission to present")
    except_acts: frozenset[str] = frozenset()
    # only with a sum of money as its very object: "announced $120 million in aid" commits funds; "announced
    # that ..." is read by what the clause says, "announced a plan ... worth $5 billion" by nothing
    money: bool = False
    # a lemma that counts only with one of these as its object: "authorizing the seventy-first drawdown of U.S.
    # military equipment for Ukraine" commits it; "authorized the use of force" commits nothing to anyone
    only_objects: frozenset[str] = frozenset()
    # a lemma that counts only when its object names a party asked to act: "we expect Cairo to use its
    # influence" is a demand, "expects the economy to grow" a forecast
    addressee: bool = False
    # the kind when what the verb puts forward are terms for others: an agreement noun ("proposed a truce")
    # or an addressee ("proposed to Kyiv that ...")
    terms: str | None = None


@dataclass(frozen=True)
class Pattern:
    """One DependencyMatcher pattern with the frame that interprets its matches."""

    id: str
    frame: str
    nodes: tuple[str, ...]
    spec: list[dict[str, Any]]
    kind: str | None = None
    cameo: str | None = None
    confidence: float = 0.6


@dataclass
class CommitmentLexicon:
    """Trigger senses, word lists, patterns and status cues of the commitments component."""

    verbal: dict[str, TriggerSense]
    adjectival: dict[str, TriggerSense]
    nominal: dict[str, TriggerSense]
    agreement_verbs: dict[str, TriggerSense]
    light_verbs: dict[str, TriggerSense]
    documents: frozenset[str]
    agent_nouns: frozenset[str]
    plural_anaphors: frozenset[str]
    bare_anaphors: frozenset[str]
    state_nouns: frozenset[str]
    people_nouns: frozenset[str]
    ruler_nouns: frozenset[str]
    fighter_nouns: frozenset[str]
    meeting_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    meeting_noun_verbs: frozenset[str]
    defining_words: frozenset[str]
    described_bodies: frozenset[str]
    message_nouns: frozenset[str]
    collectives: dict[str, list[str]]
    condition_marks: frozenset[str]
    only_marks: frozenset[str]
    condition_heads: dict[str, frozenset[str]]
    direct_modals: frozenset[str]
    means_modals: frozenset[str]
    reporting_verbs: frozenset[str]
    ordering_verbs: frozenset[str]
    hedges: frozenset[str]
    uncertain_reports: frozenset[str]
    decision_labels: frozenset[str]
    stance_nouns: frozenset[str]
    estimative_verbs: frozenset[str]
    threat_types: frozenset[str]
    expressive_objects: frozenset[str]
    money_objects: frozenset[str]
    schedule_verbs: frozenset[str]
    goal_objects: frozenset[str]
    speech_verbs: frozenset[str]
    speech_objects: frozenset[str]
    declining_verbs: frozenset[str]
    patterns: list[Pattern]
    status_cues: dict[str, list[list[list[str]]]]
    precedence: tuple[str, ...]
    contrast_connectives: frozenset[str]
    elaboration_connectives: tuple[tuple[str, ...], ...]
    back_references: frozenset[str]
    commitment_nouns: frozenset[str]
    walkaway_verbs: frozenset[str]
    walkaway_refusals: frozenset[str]
    walkaway_refused_acts: frozenset[str]
    deal_nouns: frozenset[str]
    outcome_nouns: frozenset[str]
    realisation_verbs: frozenset[str]
    operating_verbs: frozenset[str]
    transitive_realisations: frozenset[str]
    ongoing_verbs: frozenset[str]
    shortfalls: tuple[tuple[str, ...], ...]
    direction: dict[str, str]
    same_acts: dict[str, frozenset[str]]
    agreement_fates: frozenset[str]
    groups: dict[str, list[str]] = field(default_factory=dict)
    participles: dict[str, str] = field(default_factory=dict)
    # a promise tracker's record layout (triggers.yaml ``trackers``): head words -> kind, field labels, and
    # verdict -> status, all lower-cased
    tracker_heads: dict[str, str] = field(default_factory=dict)
    tracker_made_fields: frozenset[str] = frozenset()
    tracker_verdict_fields: frozenset[str] = frozenset()
    tracker_verdicts: dict[str, str] = field(default_factory=dict)
    table_kinds: dict[str, str] = field(default_factory=dict)
    table_who: frozenset[str] = frozenset()
    table_made: frozenset[str] = frozenset()
    # nouns naming the commitments a list sets out item by item (triggers.yaml ``listed_commitments``) -> kind
    listed_nouns: dict[str, str] = field(default_factory=dict)
    # nouns for who hosted a meeting, and the verbs that say who did (triggers.yaml ``hosts``)
    host_nouns: frozenset[str] = frozenset()
    participant_anaphors: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    third_party_roles: frozenset[str] = frozenset()
    host_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, folder: str | Path | None = None) -> CommitmentLexicon:
        """Read the three lexicon files from ``folder`` (default: the package data)."""
        triggers = _read_yaml(folder, "triggers.yaml")
        patterns = _read_yaml(folder, "patterns.yaml")
        cues = _read_yaml(folder, "status_cues.yaml")
        where = str(folder or "nlp_kit/data/commitments")
        try:
            trackers = triggers.get("trackers") or {}
            groups = _lemma_groups(triggers)
            lexicon = cls(
                verbal=_senses(triggers["verbal"]),
                adjectival=_senses(triggers["adjectival"]),
                nominal=_senses(triggers["nominal"]),
                agreement_verbs=_senses(triggers["agreement_verbs"]),
                light_verbs=_senses(triggers["light_verbs"], default_kind=""),
                documents=frozenset(triggers["documents"]["lemmas"]),
                agent_nouns=frozenset(triggers["agent_nouns"]["lemmas"]),
                plural_anaphors=frozenset(triggers["plural_anaphors"]["lemmas"]),
                bare_anaphors=frozenset(triggers["plural_anaphors"].get("bare") or ()),
                participant_anaphors=frozenset(triggers["plural_anaphors"].get("participants") or ()),
                participation_verbs=frozenset(triggers["plural_anaphors"].get("participation_verbs") or ()),
                third_party_roles=frozenset(triggers["plural_anaphors"].get("third_party_roles") or ()),
                state_nouns=frozenset(triggers["plural_anaphors"]["states"]),
                people_nouns=frozenset(triggers["plural_anaphors"]["people"]),
                ruler_nouns=frozenset(triggers["plural_anaphors"].get("rulers") or ()),
                fighter_nouns=frozenset(triggers["plural_anaphors"].get("fighters") or ()),
                meeting_verbs=frozenset(triggers["meeting_verbs"]["lemmas"]),
                meeting_nouns=frozenset(triggers["meeting_verbs"].get("nouns") or ()),
                meeting_noun_verbs=frozenset(triggers["meeting_verbs"].get("noun_verbs") or ()),
                defining_words=frozenset(triggers["defining_words"]["words"]),
                described_bodies=frozenset(triggers["defining_words"].get("described_bodies") or ()),
                message_nouns=frozenset(triggers["message_nouns"]["lemmas"]),
                collectives={str(k).lower(): [str(v) for v in vs] for k, vs in (triggers.get("collectives") or {}).items()},
                condition_marks=frozenset(triggers["conditional_markers"]["marks"]),
                only_marks=frozenset(triggers["conditional_markers"]["only_marks"]),
                condition_heads={
                    str(head).lower(): frozenset(preps)
                    for head, preps in (triggers["conditional_markers"].get("heads") or {}).items()
                },
                direct_modals=frozenset(triggers["recommendation_modals"]["direct"]),
                means_modals=frozenset(triggers["recommendation_modals"]["means"]),
                reporting_verbs=frozenset(triggers["reporting_verbs"]["lemmas"]),
                ordering_verbs=frozenset(triggers["ordering_verbs"]["lemmas"]),
                hedges=frozenset(triggers["hedges"]["lemmas"]),
                uncertain_reports=frozenset(triggers["uncertain_reports"]["lemmas"]),
                decision_labels=frozenset(triggers["decision_labels"]["lemmas"]),
                stance_nouns=frozenset(triggers["nominal"]["stance"]["lemmas"]),
                estimative_verbs=frozenset(triggers["estimative_verbs"]["lemmas"]),
                threat_types=frozenset(triggers["threat_types"]["plover"]),
                expressive_objects=frozenset(triggers["expressive_objects"]["lemmas"]),
                money_objects=frozenset(triggers["money_objects"]["lemmas"]),
                schedule_verbs=frozenset(triggers["schedule_verbs"]["lemmas"]),
                goal_objects=frozenset(triggers["schedule_verbs"].get("goal_objects") or ()),
                speech_verbs=frozenset(triggers["speeches"]["verbs"]),
                speech_objects=frozenset(triggers["speeches"]["objects"]),
                declining_verbs=frozenset(triggers["declining_verbs"]["lemmas"]),
                patterns=[_pattern(p, groups) for p in patterns],
                status_cues={s: [_cue(c) for c in cues.get(s, [])] for s in STATUSES},
                precedence=tuple(cues["precedence"]),
                contrast_connectives=frozenset(cues["contrast_connectives"]),
                elaboration_connectives=tuple(tuple(c.split()) for c in cues["elaboration_connectives"]),
                back_references=frozenset(cues["back_references"]),
                commitment_nouns=frozenset(cues["commitment_nouns"]),
                walkaway_verbs=frozenset(cues["walkaway_verbs"]),
                walkaway_refusals=frozenset(cues["walkaway_refusals"]),
                walkaway_refused_acts=frozenset(cues["walkaway_refused_acts"]),
                deal_nouns=frozenset(cues["deal_nouns"]),
                outcome_nouns=frozenset(cues["outcome_nouns"]),
                realisation_verbs=frozenset(cues["realisation_verbs"]),
                operating_verbs=frozenset(cues["operating_verbs"]),
                transitive_realisations=frozenset(cues["transitive_realisations"]),
                ongoing_verbs=frozenset(cues["ongoing_verbs"]),
                shortfalls=tuple(tuple(str(s).lower().split()) for s in cues["shortfalls"]),
                direction={verb: way for way, verbs in cues["direction"].items() for verb in verbs},
                same_acts={verb: frozenset(group) for group in cues["same_acts"] for verb in group},
                agreement_fates=frozenset(cues["agreement_fates"]),
                groups=groups,
                participles={str(k).lower(): str(v).lower() for k, v in (cues.get("participles") or {}).items()},
                host_nouns=frozenset((triggers.get("hosts") or {}).get("nouns") or ()),
                host_verbs=frozenset((triggers.get("hosts") or {}).get("verbs") or ()),
                listed_nouns={
                    str(k).lower(): str(v) for k, v in ((triggers.get("listed_commitments") or {}).get("nouns") or {}).items()
                },
                tracker_heads={str(k).lower(): str(v) for k, v in trackers.get("heads", {}).items()},
                tracker_made_fields=frozenset(str(f).lower() for f in trackers.get("made_fields", ())),
                tracker_verdict_fields=frozenset(str(f).lower() for f in trackers.get("verdict_fields", ())),
                table_kinds={str(k).lower(): str(v) for k, v in (trackers.get("table_kinds") or {}).items()},
                table_who=frozenset(str(f).lower() for f in trackers.get("table_who", ())),
                table_made=frozenset(str(f).lower() for f in trackers.get("table_made", ())),
                tracker_verdicts={
                    str(v).lower(): status for status, verdicts in trackers.get("verdicts", {}).items() for v in verdicts
                },
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(
                f"commitment lexicon is malformed ({exc!r}); compare it with nlp_kit/data/commitments/README.md",
                path=where,
            ) from exc
        return lexicon

    def build_matchers(self, vocab: Vocab) -> tuple[DependencyMatcher, PhraseMatcher]:
        """The DependencyMatcher of the trigger patterns and the PhraseMatcher of status cues."""
        dep_matcher = DependencyMatcher(vocab)
        for pattern in self.patterns:
            dep_matcher.add(pattern.id, [pattern.spec])
        # Every lemma sequence a cue allows, matched by lemma: a PhraseMatcher looks a token up once, where a
        # token Matcher of the same cues tried every pattern at every token (~20 µs a token).
        cue_matcher = PhraseMatcher(vocab, attr="LEMMA")
        for status, cues in self.status_cues.items():
            phrases = []
            for cue in cues:
                for lemmas in itertools.product(*cue):
                    phrase = Doc(vocab, words=list(lemmas))
                    for token, lemma in zip(phrase, lemmas):
                        token.lemma_ = lemma
                    phrases.append(phrase)
            cue_matcher.add(status, phrases)
        return dep_matcher, cue_matcher

    def required_tokens(self, pattern: Pattern) -> list[TokenRequirement]:
        """What a sentence needs for ``pattern`` to match: for each node constrained by an exact ``LEMMA``
        or ``LOWER``, a token with one of those words, with the dependency label and part of speech the
        pattern fixes for the node, whose head and children (nodes joined to it by ``>`` or ``<``) have the
        labels and parts of speech the pattern fixes for them."""
        nodes = {node["RIGHT_ID"]: node for node in pattern.spec}
        edges = [(n["LEFT_ID"], n["REL_OP"], n["RIGHT_ID"]) for n in pattern.spec if "LEFT_ID" in n]

        def fixed(name: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
            attrs = nodes[name]["RIGHT_ATTRS"]
            return _exact_values(attrs.get("DEP")), _exact_values(attrs.get("POS"))

        required = []
        for node in pattern.spec:
            attrs, name = node["RIGHT_ATTRS"], node["RIGHT_ID"]
            for attr in ("LEMMA", "LOWER"):
                value = attrs.get(attr)
                words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
                if words is not None:
                    # "A > B": B hangs from A; "A < B": A hangs from B
                    heads = [l for l, op, r in edges if op == ">" and r == name] + [r for l, op, r in edges if op == "<" and l == name]
                    children = [r for l, op, r in edges if op == ">" and l == name] + [l for l, op, r in edges if op == "<" and r == name]
                    required.append(
                        TokenRequirement(
                            attr,
                            frozenset(str(w) for w in words),
                            dep=_exact_values(attrs.get("DEP")),
                            pos=_exact_values(attrs.get("POS")),
                            heads=tuple(f for f in map(fixed, heads) if f != (None, None)),
                            children=tuple(f for f in map(fixed, children) if f != (None, None)),
                        )
                    )
                    break
        return required

    def required_words(self, pattern: Pattern) -> list[tuple[str, frozenset[str]]]:
        """``(attr, words)`` for each node of ``pattern`` constrained by an exact ``LEMMA`` or ``LOWER``.

        A match needs, for every pair, a token whose ``attr`` is one of ``words`` in the
        same parse tree, so a sentence without one of them cannot match ``pattern``.
        """
        return [(r.attr, r.words) for r in self.required_tokens(pattern)]


@dataclass(frozen=True)
class TokenRequirement:
    """A token a sentence must hold for a pattern to match it: one of ``words`` as its ``attr``, and, when
    not None, a dependency label in ``dep`` and a part of speech in ``pos``; ``heads`` and ``children``
    are (labels, parts of speech) its head and some child of it must have (None: any)."""

    attr: str
    words: frozenset[str]
    dep: frozenset[str] | None = None
    pos: frozenset[str] | None = None
    heads: tuple[tuple[frozenset[str] | None, frozenset[str] | None], ...] = ()
    children: tuple[tuple[frozenset[str] | None, frozenset[str] | None], ...] = ()


def _exact_values(value: Any) -> frozenset[str] | None:
    """The values a token attribute of a pattern allows (``"aux"`` or ``{"IN": [...]}``), None if it is open."""
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(str(v) for v in value["IN"])
    return None


def _read_yaml(folder: str | Path | None, name: str) -> Any:
    if folder is None:
        text = resources.files("nlp_kit").joinpath(f"data/commitments/{name}").read_text(encoding="utf-8")
        return yaml.safe_load(text)
    path = Path(folder) / name
    if not path.is_file():
        raise ConfigError(f"commitment lexicon file missing; copy {name} from nlp_kit/data/commitments/", path=path)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"not valid YAML ({exc}); fix the syntax", path=path) from exc


def _senses(groups: dict[str, Any], default_kind: str | None = None) -> dict[str, TriggerSense]:
    senses: dict[str, TriggerSense] = {}
    for entry in groups.values():
        sense = TriggerSense(
            kind=entry.get("kind", default_kind),
            cameo=str(entry.get("cameo", "")),
            objects=bool(entry.get("objects", True)),
            status=entry.get("status"),
            role=entry.get("role"),
            except_acts=frozenset(entry.get("except_acts") or ()),
            addressee=bool(entry.get("addressee", False)),
            terms=entry.get("terms"),
            money=bool(entry.get("money", False)),
            only_objects=frozenset(entry.get("only_objects") or ()),
        )
        if sense.kind is None:
            raise ValueError(f"trigger group without kind: {entry}")
        for lemma in entry["lemmas"]:
            senses[str(lemma).lower()] = sense
    return senses


def _lemma_groups(triggers: dict[str, Any]) -> dict[str, list[str]]:
    """Every name a pattern may refer to with "@": a section, or "section.group"."""
    groups: dict[str, list[str]] = {}
    for section, value in triggers.items():
        if not isinstance(value, dict):
            continue
        union: list[str] = []
        for name, entry in value.items():
            lemmas = entry["lemmas"] if isinstance(entry, dict) and "lemmas" in entry else entry
            if isinstance(lemmas, list):
                groups[f"{section}.{name}"] = [str(x) for x in lemmas]
                union.extend(str(x) for x in lemmas)
        groups[section] = union
    return groups


def _expand(value: Any, groups: dict[str, list[str]]) -> Any:
    if isinstance(value, dict):
        return {k: _expand(v, groups) for k, v in value.items()}
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith("@"):
                out.extend(groups[item[1:]])
            else:
                out.append(_expand(item, groups))
        return out
    return value


def _pattern(entry: dict[str, Any], groups: dict[str, list[str]]) -> Pattern:
    if entry["frame"] not in FRAMES:
        raise ValueError(f"unknown frame {entry['frame']!r} in pattern {entry['id']!r}; use one of {FRAMES}")
    spec = _expand(copy.deepcopy(entry["pattern"]), groups)
    return Pattern(
        id=entry["id"],
        frame=entry["frame"],
        nodes=tuple(node["RIGHT_ID"] for node in spec),
        spec=spec,
        kind=entry.get("kind"),
        cameo=str(entry["cameo"]) if entry.get("cameo") else None,
        confidence=float(entry.get("confidence", 0.6)),
    )


def _cue(text: str) -> list[list[str]]:
    return [alternatives.split("|") for alternatives in str(text).split()]
