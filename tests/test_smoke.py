"""The public API runs end to end."""

import nlp_kit


def test_analyze_returns_a_validated_analysis(nlp):
    analysis = nlp_kit.analyze("Armenia and Azerbaijan agreed to a prisoner exchange.", nlp=nlp)
    assert analysis.meta.doc_id
    assert analysis.summary.key_sentences[0].text.startswith("Armenia")
    assert nlp_kit.Analysis.model_validate_json(analysis.model_dump_json()) == analysis
