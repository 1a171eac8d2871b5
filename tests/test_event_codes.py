"""Specifications of nlp_kit.event_codes: predicates to CAMEO codes and PLOVER types."""

from nlp_kit.event_codes import cameo_to_plover, code_event, plover_type


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
