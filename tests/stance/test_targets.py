"""Target matching survives paraphrase; automatic targets come from policy noun phrases."""

from __future__ import annotations

from nlp_kit.stance.targets import same_target, target_head, target_matches


def test_peace_treaty_matches_peace_agreement():
    assert target_matches("the peace treaty", "Baku and Yerevan could sign the peace agreement.")
    assert same_target("the peace treaty", "a peace agreement")


def test_opening_the_border_matches_border_opening():
    assert target_matches("opening the border", "Ankara postponed the border opening again.")
    assert target_matches("opening the Armenia–Turkey border", "Turkey pledged to open its border with Armenia.")


def test_constitutional_revision_matches_amending_the_constitution():
    assert target_matches("amending Armenia's constitution", "Baku requested revisions to the constitution of Armenia.")


def test_sharing_country_names_without_the_head_is_not_a_match():
    assert not target_matches("opening the Armenia–Turkey border", "Armenia and Turkey resumed direct flights.")
    assert not target_matches("the peace agreement", "Peace activists marched in Yerevan.")


def test_head_is_the_last_content_word_before_a_preposition():
    assert target_head("Armenia's ties with the West") == target_head("relations")
    assert target_head("sanctions on Iran") == target_head("sanction")
