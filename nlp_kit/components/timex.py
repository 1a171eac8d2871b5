"""spaCy component ``nlp_kit_timex`` (issue 4): temporal expressions and the timeline.

Reads ``doc._.dct`` (ISO date or None) and the actor spans
``doc.spans["nlp_kit_actors"]``; sets

* ``doc._.timexes``: TimeExpression dicts (``t1``…) with TIMEX3 type, value, mod,
  range end, anchor and whether the value is fully resolved;
* ``doc.spans["nlp_kit_timex"]``: one Span per expression, ``label_`` = its id;
* ``doc._.events``: Event dicts, the dated events in chronological order.

The grammar (``nlp_kit/data/timex/``) is compiled once when the component is
created.

Example::

    >>> nlp = nlp_kit.load()                                           # doctest: +SKIP
    >>> doc = nlp("Turkey pledged in July 2022 to open the border.")        # doctest: +SKIP
    >>> doc._.timexes[0]["value"], doc._.events[0]["predicate"]          # doctest: +SKIP
    ('2022-07', 'pledge')
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlp_kit.timex.annotate import find_timexes
from nlp_kit.timex.grammar import Grammar
from nlp_kit.timex.timeline import build_timeline, date_around_events

EXTENSIONS = ("timexes", "events")
SPAN_KEY = "nlp_kit_timex"


class TimexAnnotator:
    """Callable component: ``Doc -> Doc`` with timexes, their spans and the timeline set."""

    def __init__(self, grammar: Grammar, *, narrative_window: int = 0, timeline: bool = True) -> None:
        self.grammar = grammar
        self.narrative_window = narrative_window
        self.timeline = timeline

    def __call__(self, doc: Doc) -> Doc:
        dct = doc._.dct if Doc.has_extension("dct") else None
        timexes = find_timexes(doc, self.grammar, dct, narrative_window=self.narrative_window)
        timexes = date_around_events(doc, timexes, self.grammar.vocab)
        doc._.timexes = timexes
        spans = []
        for timex in timexes:
            span = doc.char_span(timex["start"], timex["end"], label=timex["id"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        doc._.events = build_timeline(doc, timexes, dct=dct, vocab=self.grammar.vocab) if self.timeline else []
        return doc


@Language.factory(
    "nlp_kit_timex",
    default_config={"grammar_dir": "", "narrative_window": 0, "timeline": True},
)
def make_timex(nlp: Language, name: str, grammar_dir: str, narrative_window: int, timeline: bool) -> TimexAnnotator:
    """``grammar_dir``: a directory with vocabulary.yaml and patterns.yaml to use instead of the
    shipped grammar; ``narrative_window``: how many sentences back the narrative's last date still
    gives its year to "September" when a creation time is known; ``timeline``: build doc._.events."""
    return TimexAnnotator(Grammar.load(grammar_dir or None), narrative_window=narrative_window, timeline=timeline)


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
