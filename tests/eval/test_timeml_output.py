"""nlp-kit timeml: nlp_kit's time expressions written as TimeML TIMEX3 tags (TempEval-3 system output)."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from nlp_kit.cli import app
from nlp_kit.eval.timeml import read_timeml, retag_timeml, tag_text, timeml_document, timex3
from nlp_kit.eval.timex import load_timex_gold, predict, score_timexes, timex_pipeline

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>APW_TEST</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Talks &amp; more</TITLE>
<TEXT>
Envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3> in Rome &amp; Paris for <TIMEX3 tid="t2" type="DURATION" value="PT3H" mod="MORE_THAN">more than three hours</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""
runner = CliRunner()


def _tml(tmp_path, name="APW_TEST.tml", content=TML):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_a_timex_becomes_a_timex3_tag_with_its_anchor_and_timemls_decade():
    assert timex3({"id": "t4", "type": "DATE", "value": "1998-08-06", "mod": None, "anchor": "DCT"}) == (
        '<TIMEX3 tid="t4" type="DATE" value="1998-08-06" temporalFunction="true" functionInDocument="NONE" '
        'anchorTimeID="t0">'
    )
    decade = timex3({"id": "t2", "type": "DATE", "value": "199X", "mod": "START", "anchor": None})
    assert 'value="199" mod="START" temporalFunction="false"' in decade and "anchorTimeID" not in decade


def test_tagged_text_is_escaped_and_never_nests_tags():
    text = "A & B met <today> today."
    spans = [{"id": "t1", "start": 18, "end": 23, "type": "DATE", "value": "1998-08-07", "anchor": "DCT"},
             {"id": "t2", "start": 18, "end": 21, "type": "DATE", "value": "1998-08-07", "anchor": "DCT"}]
    tagged = tag_text(text, spans)
    assert tagged.startswith("A &amp; B met &lt;today&gt; <TIMEX3 tid=\"t1\"")
    assert tagged.count("<TIMEX3") == 1 and tagged.endswith(">today</TIMEX3>.")


def test_a_tml_file_is_retagged_inside_its_text_and_kept_outside(tmp_path):
    path = _tml(tmp_path)
    source = read_timeml(path)
    start = source.text.index("in Rome")
    ours = [{"id": "t1", "start": start + 3, "end": start + 7, "type": "DATE", "value": "XXXX", "anchor": None}]
    written = retag_timeml(path, ours)
    root = ET.fromstring(written)  # well-formed
    assert root.find("TITLE").text == "Talks & more"
    assert root.find("DCT/TIMEX3").get("value") == "1998-08-07"
    assert [(t.text, t.get("tid")) for t in root.find("TEXT").iter("TIMEX3")] == [("Rome", "t1")]
    assert root.find("TEXT").find("EVENT") is None
    assert "MAKEINSTANCE" not in written and "TLINK" not in written  # they named the removed tags
    back = _tml(tmp_path, "out/APW_TEST.tml", written)
    assert read_timeml(back).text == source.text


def test_the_cli_prints_one_tml_file_retagged_by_nlp_kit(tmp_path):
    result = runner.invoke(app, ["timeml", str(_tml(tmp_path))])
    assert result.exit_code == 0, result.output
    tagged = {t.text: t.get("value") for t in ET.fromstring(result.stdout).find("TEXT").iter("TIMEX3")}
    assert tagged == {"yesterday": "1998-08-06", "more than three hours": "PT3H"}


def test_the_cli_writes_a_folder_keeping_its_layout_and_reports_an_unreadable_file(tmp_path):
    _tml(tmp_path / "in" / "a", "one.tml")
    _tml(tmp_path / "in" / "b", "broken.tml", "<TimeML><TEXT>no end")
    result = runner.invoke(app, ["timeml", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "a" / "one.tml").is_file()
    assert not (tmp_path / "out" / "b" / "broken.tml").exists()
    assert "broken.tml" in result.stderr and "not well-formed" in result.stderr


def test_several_documents_need_an_out_folder(tmp_path):
    _tml(tmp_path / "in", "one.tml")
    _tml(tmp_path / "in", "two.tml")
    result = runner.invoke(app, ["timeml", str(tmp_path / "in")])
    assert result.exit_code == 2 and "--out" in result.stderr


def test_any_other_document_becomes_a_timeml_document_with_its_creation_time(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("The ministers met on Tuesday and will meet again next month.", encoding="utf-8")
    result = runner.invoke(app, ["timeml", str(doc), "--dct", "2024-03-07"])
    assert result.exit_code == 0, result.output
    root = ET.fromstring(result.stdout)
    assert root.find("DCT/TIMEX3").get("value") == "2024-03-07"
    assert {t.text: t.get("value") for t in root.find("TEXT").iter("TIMEX3")} == {
        "Tuesday": "2024-03-05", "next month": "2024-04"}


def test_timeml_document_without_a_creation_time_has_no_dct():
    assert "<DCT>" not in timeml_document("x", "In 2020.", None, [])


def test_written_files_score_as_the_predictions_they_were_written_from(shared_dir, tmp_path):
    """The TimeML output carries every value the scorer reads: scoring the files written for ten TimeBank
    documents gives what scoring nlp_kit's predictions directly gives."""
    folder = shared_dir / "evaldata" / "timex" / "train" / "TimeBank"
    if not folder.is_dir():
        reason = f"TempEval-3 TimeBank data not found at {folder}"
        pytest.fail(reason) if os.environ.get("CI", "").lower() in {"1", "true", "yes"} else pytest.skip(reason)
    documents = load_timex_gold(folder)[:10]
    predict(documents, timex_pipeline())
    direct = score_timexes(documents)
    for document in documents:
        written = _tml(tmp_path, document.doc_id + ".tml", retag_timeml(document.path, document.predicted))
        document.predicted = read_timeml(written).timexes
    assert score_timexes(documents) == direct
