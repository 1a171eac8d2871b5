"""nlp_kit.sinks.tables: the relational layout derived from the pydantic schema, and to_frames."""

from __future__ import annotations

from pydantic import BaseModel, Field

import nlp_kit
from nlp_kit.schema import Analysis
from nlp_kit.sinks.tables import TABLES, analysis_rows, derive_tables

TEXT = "Turkey pledged in July 2022 to open its border with Armenia. Ankara repeated the pledge."


def _analysis() -> Analysis:
    evidence = {"start": 0, "end": 59, "text": TEXT[:59]}
    return Analysis.model_validate(
        {
            "meta": {"doc_id": "d1", "date": "2023-01-05", "text_sha256": "abc", "pipeline_version": "v"},
            "text": TEXT,
            "actors": [
                {
                    "id": "TUR",
                    "name": "Turkey",
                    "type": "state",
                    "mentions": [
                        {"start": 0, "end": 6, "text": "Turkey"},
                        {"start": 61, "end": 67, "text": "Ankara", "form": "capital"},
                    ],
                },
                {"id": "ARM", "name": "Armenia", "type": "state", "mentions": [{"start": 52, "end": 59, "text": "Armenia"}]},
            ],
            "timexes": [{"id": "t1", "start": 18, "end": 27, "text": "July 2022", "type": "DATE", "value": "2022-07"}],
            "commitments": [
                {
                    "id": "c1",
                    "actor": "TUR",
                    "counterpart": "ARM",
                    "action": "open its border with Armenia",
                    "kind": "pledge",
                    "made": "2022-07",
                    "evidence": evidence,
                }
            ],
            "stances": [{"holder": "TUR", "target": "border opening", "label": "FAVOR", "score": 0.8, "evidence": [evidence]}],
            "summary": {"gist": TEXT[:59], "key_sentences": [{"start": 0, "end": 59, "text": TEXT[:59], "index": 0, "score": 1.0}]},
        }
    )


def test_each_list_of_the_schema_is_a_child_table_with_a_key_to_its_parent():
    assert TABLES["actors"].parent == "documents"
    assert TABLES["mentions"].parent == "actors"
    assert dict(TABLES["mentions"].foreign_key) == {"doc_id": "doc_id", "actor_seq": "seq"}
    assert TABLES["mentions"].primary_key == ["doc_id", "actor_seq", "seq"]
    assert TABLES["events"].parent == "summaries"
    assert TABLES["turns"].parent == "documents"  # who speaks where, one row a turn
    assert {"start", "end", "label", "speakers"} <= set(TABLES["turns"].column_names)


def test_evidence_spans_are_flattened_into_columns():
    columns = TABLES["commitments"].column_names
    assert {"evidence_start", "evidence_end", "evidence_text"} <= set(columns)
    assert "evidence" not in columns


def test_metadata_sits_in_the_documents_table_without_prefix():
    assert {"doc_id", "date", "text_sha256", "pipeline_version", "processed_at"} <= set(TABLES["documents"].column_names)


def test_join_columns_are_indexed():
    indexed = {(t.name, c.name) for t in TABLES.values() for c in t.columns if c.indexed}
    assert {("actors", "id"), ("commitments", "actor"), ("timexes", "value"), ("mentions", "actor_id")} <= indexed


def test_mentions_carry_the_actor_id_for_joins():
    rows = analysis_rows(_analysis())
    assert [(r["actor_id"], r["text"], r["form"]) for r in rows["mentions"]] == [
        ("TUR", "Turkey", "name"),
        ("TUR", "Ankara", "capital"),
        ("ARM", "Armenia", "name"),
    ]
    assert rows["actors"][0]["mention_count"] == 2


def test_commitment_rows_keep_actor_date_and_evidence_offsets():
    (row,) = analysis_rows(_analysis())["commitments"]
    assert (row["actor"], row["counterpart"], row["made"], row["kind"]) == ("TUR", "ARM", "2022-07", "pledge")
    assert TEXT[row["evidence_start"] : row["evidence_end"]] == row["evidence_text"]


def test_a_field_added_to_a_model_flows_into_its_table():
    class Quote(BaseModel):
        start: int
        speaker: str | None = None

    class Meta(BaseModel):
        doc_id: str

    class Root(BaseModel):
        meta: Meta
        quotes: list[Quote] = Field(default_factory=list)

    tables = derive_tables(Root)
    assert tables["quotes"].column_names == ["doc_id", "seq", "start", "speaker"]


def test_to_frames_gives_one_frame_per_table_with_the_table_columns():
    frames = nlp_kit.to_frames([_analysis()])
    assert set(frames) == set(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == TABLES[name].column_names
    assert frames["actors"]["id"].tolist() == ["TUR", "ARM"]
    assert frames["stance_evidence"]["text"].tolist() == [TEXT[:59]]
