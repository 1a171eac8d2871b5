"""Long runs keep the vocabulary flat: each batch is analysed inside spaCy's memory zone."""

from __future__ import annotations

from nlp_kit.batch import analyse_chunk
from nlp_kit.ingest import from_text


def _statements(tag: str) -> list:
    return [
        from_text(f"Minister Zorvak{tag}{i} pledged to fund the Quellin{tag}{i} corridor by 2026 with Estonia.")
        for i in range(4)
    ]


def test_strings_of_a_batch_are_freed_when_it_ends(nlp):
    list(analyse_chunk(nlp, _statements("warmup")))
    before = len(nlp.vocab.strings)
    analyses = list(analyse_chunk(nlp, _statements("fresh"), batch_size=2))
    assert len(nlp.vocab.strings) == before
    assert "Zorvakfresh0" not in nlp.vocab.strings
    assert "Zorvakfresh0" in analyses[0].text


def test_analyses_outlive_their_memory_zone(nlp):
    (analysis,) = list(analyse_chunk(nlp, [from_text("Estonia and Latvia agreed in May 2024 to link their grids.")]))
    assert analysis.summary.gist
    assert [s.text for s in analysis.summary.key_sentences][0].startswith("Estonia")


def test_lemmatizer_cache_is_bounded(nlp, monkeypatch):
    import nlp_kit.batch

    monkeypatch.setattr(nlp_kit.batch, "LEMMA_CACHE_LIMIT", 0)
    list(analyse_chunk(nlp, _statements("first")))
    list(analyse_chunk(nlp, _statements("second")))
    assert len(nlp.get_pipe("lemmatizer").cache) <= 4 * 20


def test_a_memory_zone_spans_zone_size_documents_not_one_spacy_batch(nlp, monkeypatch):
    import nlp_kit.batch

    zones = []
    real = nlp_kit.batch.analyse_chunk

    def spy(nlp, documents, **kwargs):
        zones.append(len(documents))
        return real(nlp, documents, **kwargs)

    monkeypatch.setattr(nlp_kit.batch, "analyse_chunk", spy)
    before = len(nlp.vocab.strings)
    analyses = list(nlp_kit.batch.analyse_batches(nlp, _statements("zoned"), batch_size=1, zone_size=3))
    assert zones == [3, 1]
    assert [a.text for a in analyses] == [d.text for d in _statements("zoned")]
    assert len(nlp.vocab.strings) == before
