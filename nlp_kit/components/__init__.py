"""nlp_kit's spaCy components, registered as factories on import.

=====================  ==========================  ===================================
factory                results                     reads
=====================  ==========================  ===================================
nlp_kit_actors         doc._.actors,               base NER, parse
                       doc.spans["nlp_kit_actors"]
nlp_kit_timex          doc._.timexes, doc._.events  doc._.dct, doc._.actors
nlp_kit_commitments    doc._.commitments           doc._.actors, doc._.timexes
nlp_kit_stance         doc._.stances,              doc._.actors, doc._.commitments
                       doc._.sentence_stances
=====================  ==========================  ===================================

Extension values are plain JSON-compatible dicts shaped like the models in
``nlp_kit.schema`` (``Actor.model_dump(mode="json")`` …), so Docs serialize
across processes (``nlp.pipe(n_process=N)``) and into DocBins.
"""

from nlp_kit.components import actors, commitments, stance, timex  # noqa: F401
