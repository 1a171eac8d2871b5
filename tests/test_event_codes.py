"""Specifications of nlp_kit.event_codes: predicates to CAMEO codes and PLOVER types."""

import pytest
import spacy

from nlp_kit.about import DEFAULT_MODEL
from nlp_kit.event_codes import cameo_to_plover, code_event, code_predicate, plover_type


def plover_and(cameo: str) -> tuple[str | None, str]:
    return plover_type(cameo), cameo


def test_pledges_and_intents_are_agree_03x():
    assert code_event("pledge") == ("AGREE", "030")
    assert code_event("intend", kind="intent") == ("AGREE", "030")


def test_signing_is_057_support():
    assert code_event("sign") == ("SUPPORT", "057")
    assert code_event("sign", kind="agreement") == ("SUPPORT", "057")


def test_demands_are_10x_even_through_a_general_verb():
    assert code_event("call", kind="demand") == ("DEMAND", "100")
    assert code_event("ask", kind="demand") == ("DEMAND", "100")


def test_recommendations_and_unknown_predicates_have_no_code():
    assert code_event("honor", kind="recommendation") == (None, None)
    assert code_event("ponder") == (None, None)


def test_plover_names_follow_the_published_ontology():
    table = cameo_to_plover()
    assert table["057"] == "SUPPORT" and table["1041"] == "DEMAND"
    assert table["091"] == "INVESTIGATE" and table["112"] == "DISAPPROVE" and table["190"] == "FIGHT"
    assert plover_type("0356") == "AGREE"


@pytest.fixture(scope="module")
def parser():
    return spacy.load(DEFAULT_MODEL, exclude=["ner"])


def root_code(parser, text: str) -> tuple[str | None, str | None]:
    return code_predicate(next(t for t in parser(text) if t.dep_ == "ROOT"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plane was blown up over Ukraine.", ("ASSAULT", "183")),  # verb + particle
        ("Police cracked down on the protesters.", plover_and("175")),
        ("The commander held talks with the president.", ("CONSULT", "040")),  # light verb + event noun
        ("The army launched an offensive in the north.", ("FIGHT", "190")),
        ("The government imposed sanctions on the firm.", plover_and("163")),
        ("Activists staged a protest outside the embassy.", ("PROTEST", "140")),  # lemmatized "stag"
    ],
)
def test_a_parsed_predicate_is_coded_by_its_particle_or_its_light_verb_s_object(parser, text, expected):
    assert root_code(parser, text) == expected


def test_a_light_verb_whose_object_names_no_event_keeps_its_own_code_or_none(parser):
    assert root_code(parser, "The minister ordered an investigation.") == plover_and("090")
    assert root_code(parser, "The minister ordered a new car.") == plover_and("1014")
    assert root_code(parser, "The minister held a press conference.") == (None, None)
