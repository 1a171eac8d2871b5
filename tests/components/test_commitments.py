"""Specifications of nlp_kit_commitments.

Most tests build a Doc with the base parser and set the actors and timex
components' spans by hand (``make_doc``), so the commitment logic is tested on
its own contract; the last tests run the full pipeline.
"""

from __future__ import annotations

import json
import re

import pytest
from spacy.tokens import Doc

import nlp_kit
from nlp_kit.commitments import CommitmentExtractor
from nlp_kit.errors import ConfigError
from nlp_kit.schema import Commitment

PEOPLE = {"PER:Ilham Aliyev": "AZE", "PER:Nikol Pashinyan": "ARM"}

for _ext in ("actors", "timexes"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


@pytest.fixture(scope="module")
def extractor(base_nlp):
    return CommitmentExtractor(base_nlp.vocab)


def make_doc(nlp, text: str, actors: dict[str, str], timexes: dict[str, str] | None = None) -> Doc:
    """Parse ``text`` and set the spans the actors and timex components would leave.

    ``actors`` maps a surface form to an actor id ("Ankara" -> "TUR"); ``timexes``
    maps a surface form to its TIMEX3 value. Longer forms win where they overlap.
    """
    doc = nlp(text)

    def spans(table: dict[str, str]) -> list:
        found, taken = [], set()
        for surface, label in sorted(table.items(), key=lambda item: -len(item[0])):
            for match in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
                span = doc.char_span(match.start(), match.end(), label=label, alignment_mode="expand")
                if span is not None and not taken & {t.i for t in span}:
                    taken |= {t.i for t in span}
                    found.append(span)
        return found

    timexes = timexes or {}
    ids = {surface: f"t{n}" for n, surface in enumerate(timexes, start=1)}
    doc.spans["nlp_kit_actors"] = spans(actors)
    doc.spans["nlp_kit_timex"] = spans(ids)
    doc._.timexes = [{"id": ids[s], "value": v} for s, v in timexes.items()]
    doc._.actors = [
        {"id": a, "type": "person" if a.startswith("PER:") else "state", "affiliation": PEOPLE.get(a)}
        for a in set(actors.values())
    ]
    return doc


def commitments(base_nlp, extractor, text, actors, timexes=None) -> list[dict]:
    return extractor(make_doc(base_nlp, text, actors, timexes))


def only(records: list[dict]) -> dict:
    assert len(records) == 1, records
    return records[0]


def test_pledge_names_actor_kind_action_and_event_code(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "Turkey pledged to open its border with Armenia.", {"Turkey": "TUR", "Armenia": "ARM"}))
    assert (c["actor"], c["kind"], c["action"]) == ("TUR", "pledge", "open its border with Armenia")
    assert (c["plover"], c["cameo"]) == ("AGREE", "030")
    assert c["counterpart"] == "ARM"


def test_promise_is_a_promise(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "Japan promised to restore aid to the region.", {"Japan": "JPN"}))
    assert (c["actor"], c["kind"], c["action"]) == ("JPN", "promise", "restore aid to the region")


def test_coordinated_subjects_are_co_actors_and_the_date_is_when_it_was_made(base_nlp, extractor):
    c = only(commitments(
        base_nlp, extractor, "In December 2023, Armenia and Azerbaijan agreed to a prisoner exchange.",
        {"Armenia": "ARM", "Azerbaijan": "AZE"}, {"December 2023": "2023-12"},
    ))
    assert (c["actor"], c["co_actors"], c["kind"]) == ("ARM", ["AZE"], "agreement")
    assert (c["action"], c["made"], c["status"]) == ("prisoner exchange", "2023-12", "made")


def test_they_resolves_to_the_parties_of_the_previous_sentence(base_nlp, extractor):
    text = "Armenia and Azerbaijan entered talks in late 2023. In December 2023, they agreed to a prisoner exchange."
    c = only(commitments(base_nlp, extractor, text, {"Armenia": "ARM", "Azerbaijan": "AZE"}))
    assert {c["actor"], *c["co_actors"]} == {"ARM", "AZE"}
    assert c["evidence"]["text"].startswith("they agreed")


def test_capital_used_as_agent_counts_as_its_state(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "Ankara promised to reopen the consulate.", {"Ankara": "TUR"}))
    assert c["actor"] == "TUR"


def test_signed_agreement_is_cameo_057_with_its_partner(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "France signed an arms sale agreement with Armenia.", {"France": "FRA", "Armenia": "ARM"}))
    assert (c["actor"], c["kind"], c["cameo"], c["plover"]) == ("FRA", "agreement", "057", "SUPPORT")
    assert c["counterpart"] == "ARM"
    assert "arms sale agreement" in c["action"]


def test_brokered_ceasefire_is_an_agreement_of_the_broker(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "That war ended with a Moscow-brokered ceasefire.", {"Moscow": "RUS"}))
    assert (c["actor"], c["kind"], c["status"]) == ("RUS", "agreement", "made")


def test_nominal_demand_that_names_who_must_act(base_nlp, extractor):
    text = "Azerbaijan's demand that Armenia amend its constitution stalled the talks."
    c = only(commitments(base_nlp, extractor, text, {"Azerbaijan": "AZE", "Armenia": "ARM"}))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("AZE", "demand", "ARM")
    assert c["cameo"].startswith("10") and c["plover"] == "DEMAND"


def test_call_on_is_a_demand_addressed_to_its_object(base_nlp, extractor):
    text = "The European Union called on Serbia to release the detained officers."
    c = only(commitments(base_nlp, extractor, text, {"The European Union": "EU", "Serbia": "SRB"}))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("EU", "demand", "SRB")
    assert c["action"] == "release the detained officers"


def test_insisting_on_a_fact_is_not_a_demand(base_nlp, extractor):
    text = "Mali insisted that its withdrawal from the bloc is irreversible."
    assert commitments(base_nlp, extractor, text, {"Mali": "MLI"}) == []


def test_ready_to_is_an_intent_not_yet_taken_up(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "Armenia is ready to open the border.", {"Armenia": "ARM"}))
    assert (c["kind"], c["status"], c["action"]) == ("intent", "proposed", "open the border")


def test_nominal_commitment_carries_its_date_modifier(base_nlp, extractor):
    text = "Turkey has not honored its July 2022 commitment to open the border."
    c = only(commitments(base_nlp, extractor, text, {"Turkey": "TUR"}, {"July 2022": "2022-07"}))
    assert (c["actor"], c["kind"], c["made"]) == ("TUR", "pledge", "2022-07")
    assert c["action"] == "open the border"
    assert c["status"] == "unfulfilled"


def test_neither_nor_negates_the_commitment(base_nlp, extractor):
    text = "Neither Brussels nor Washington has provided security guarantees to Armenia."
    c = only(commitments(base_nlp, extractor, text, {"Brussels": "EU", "Washington": "USA", "Armenia": "ARM"}))
    assert {c["actor"], *c["co_actors"]} == {"EU", "USA"}
    assert c["negated"] is True and c["status"] == "unfulfilled"


def test_if_clause_makes_a_pledge_conditional(base_nlp, extractor):
    text = "Turkey pledged to open the border if Armenia signs a peace treaty."
    c = only(commitments(base_nlp, extractor, text, {"Turkey": "TUR", "Armenia": "ARM"}))
    assert c["kind"] == "conditional"
    assert c["condition"] == "if Armenia signs a peace treaty"
    assert c["action"] == "open the border"


def test_only_follow_states_a_condition(base_nlp, extractor):
    text = "Ankara maintains that normalization with Yerevan will only follow a settlement with Baku."
    c = only(commitments(base_nlp, extractor, text, {"Ankara": "TUR", "Yerevan": "ARM", "Baku": "AZE"}))
    assert (c["actor"], c["kind"]) == ("TUR", "conditional")
    assert c["condition"] == "a settlement with Baku"


def test_status_comes_from_a_following_contrast_sentence(base_nlp, extractor):
    text = (
        "By mid-2022, Yerevan and Ankara were promising that the border would soon open. "
        "Yet progress stalled, and the border remains closed."
    )
    c = only(commitments(base_nlp, extractor, text, {"Yerevan": "ARM", "Ankara": "TUR"}))
    assert c["kind"] == "promise" and c["status"] == "unfulfilled"


def test_unrelated_next_sentence_does_not_change_status(base_nlp, extractor):
    text = "Serbia pledged to withdraw its police. The border remains closed."
    c = only(commitments(base_nlp, extractor, text, {"Serbia": "SRB"}))
    assert c["status"] == "made"


def test_stalled_pledge(base_nlp, extractor):
    text = "Serbia pledged to withdraw its police, but the withdrawal stalled."
    assert only(commitments(base_nlp, extractor, text, {"Serbia": "SRB"}))["status"] == "stalled"


def test_kept_promise_is_fulfilled(base_nlp, extractor):
    text = "Canada kept its promise to resettle refugees."
    c = only(commitments(base_nlp, extractor, text, {"Canada": "CAN"}))
    assert (c["kind"], c["status"]) == ("promise", "fulfilled")


def test_authors_could_is_a_recommendation_for_the_subject(base_nlp, extractor):
    text = "Baku and Yerevan could finalize and sign the peace treaty."
    c = only(commitments(base_nlp, extractor, text, {"Baku": "AZE", "Yerevan": "ARM"}))
    assert (c["actor"], c["co_actors"], c["kind"]) == ("AZE", ["ARM"], "recommendation")
    assert (c["speaker"], c["status"], c["cameo"]) == ("AUTHOR", "proposed", None)
    assert c["action"] == "finalize and sign the peace treaty"


def test_recommended_honoring_of_a_commitment_is_one_recommendation(base_nlp, extractor):
    text = "Turkey could honor its 2022 commitment to open its border."
    c = only(commitments(base_nlp, extractor, text, {"Turkey": "TUR"}, {"2022": "2022"}))
    assert c["kind"] == "recommendation"
    assert c["action"] == "honor its 2022 commitment to open its border"


def test_reported_must_is_the_speakers_demand(base_nlp, extractor):
    text = "France said that Russia must withdraw its troops."
    c = only(commitments(base_nlp, extractor, text, {"France": "FRA", "Russia": "RUS"}))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("FRA", "demand", "RUS")


def test_what_a_party_shall_do_under_a_decision_is_the_deciders_demand(base_nlp, extractor):
    actors = {"Court": "ICJ", "Azerbaijan": "AZE"}
    text = "The Court further decides that Azerbaijan shall submit a report to the Court within three months."
    c = only(commitments(base_nlp, extractor, text, actors))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("ICJ", "demand", "AZE")
    assert c["action"].startswith("submit a report")
    said = only(commitments(base_nlp, extractor, "The Court said that Azerbaijan will submit a report.", actors))
    assert (said["actor"], said["kind"]) == ("AZE", "intent")  # what one will do, reported: its intent


def test_a_states_agent_acts_for_it(base_nlp, extractor):
    text = "At the hearings, the Agent of Azerbaijan pledged to ensure the safe return of residents."
    c = only(commitments(base_nlp, extractor, text, {"Azerbaijan": "AZE"}))
    assert (c["actor"], c["kind"]) == ("AZE", "pledge")


def test_modal_on_a_non_actor_subject_is_not_a_recommendation(base_nlp, extractor):
    actors = {"Pashinyan": "PER:Nikol Pashinyan"}
    assert commitments(base_nlp, extractor, "These steps could bolster regional stability.", actors) == []
    assert commitments(base_nlp, extractor, "Pashinyan's own position could also shift.", actors) == []


def test_leaders_act_for_their_states(base_nlp, extractor):
    text = "President Aliyev and Prime Minister Pashinyan reaffirmed their commitment to a settlement."
    c = only(commitments(base_nlp, extractor, text, {"Aliyev": "PER:Ilham Aliyev", "Pashinyan": "PER:Nikol Pashinyan"}))
    assert (c["actor"], c["co_actors"], c["kind"]) == ("AZE", ["ARM"], "intent")
    assert set(c["agents"]) == {"PER:Ilham Aliyev", "PER:Nikol Pashinyan"}


def test_we_of_a_joint_statement_are_its_signatories(base_nlp, extractor):
    text = "We, the Foreign Ministers of Canada and Japan, met in Rome. We urge Niger to release the former president."
    c = only(commitments(base_nlp, extractor, text, {"Canada": "CAN", "Japan": "JPN", "Niger": "NER"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"], c["counterpart"]) == ({"CAN", "JPN"}, "demand", "NER")


def test_announced_will_is_a_stated_intent(base_nlp, extractor):
    text = "Germany announced that it will keep its base in Niamey open."
    c = only(commitments(base_nlp, extractor, text, {"Germany": "DEU", "Niamey": "NER"}))
    assert (c["actor"], c["kind"]) == ("DEU", "intent")


def test_the_thing_promised_in_a_relative_clause(base_nlp, extractor):
    text = "The African Union could revive the monitoring mission it promised in Pretoria."
    records = commitments(base_nlp, extractor, text, {"The African Union": "AU"})
    assert sorted(c["kind"] for c in records) == ["promise", "recommendation"]
    assert all(c["actor"] == "AU" for c in records)


def test_records_are_plain_json_shaped_like_the_schema(base_nlp, extractor):
    records = commitments(base_nlp, extractor, "Japan pledged $50 million in aid.", {"Japan": "JPN"})
    assert records
    for record in records:
        Commitment.model_validate(json.loads(json.dumps(record)))
        start, end = record["evidence"]["start"], record["evidence"]["end"]
        assert "Japan pledged $50 million in aid."[start:end] == record["evidence"]["text"]


def test_missing_user_lexicon_folder_is_a_config_error(base_nlp, tmp_path):
    with pytest.raises(ConfigError, match="triggers.yaml"):
        CommitmentExtractor(base_nlp.vocab, lexicon_dir=tmp_path)


def test_full_pipeline_fills_doc_commitments(nlp):
    doc = nlp("In December 2023, Armenia and Azerbaijan agreed to a prisoner exchange.")
    c = only(doc._.commitments)
    assert {c["actor"], *c["co_actors"]} == {"ARM", "AZE"}
    assert c["made"] == "2023-12"


def test_reference_article_commitments_in_the_analysis(nlp, reference_text):
    import nlp_kit

    analysis = nlp_kit.analyze(reference_text, nlp=nlp)
    kinds = {c.kind for c in analysis.commitments}
    assert {"pledge", "promise", "agreement", "demand", "recommendation", "conditional", "intent"} <= kinds
    recommendations = [c for c in analysis.commitments if c.kind == "recommendation"]
    assert all(c.speaker == "AUTHOR" for c in recommendations)


def test_passive_agreement_names_the_agents(base_nlp, extractor):
    text = "A ceasefire was agreed by Israel and Hamas."
    c = only(commitments(base_nlp, extractor, text, {"Israel": "ISR", "Hamas": "GRP:Hamas"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"], c["action"]) == ({"ISR", "GRP:Hamas"}, "agreement", "ceasefire")


def test_hedged_forecast_is_not_a_commitment(base_nlp, extractor):
    text = "Armenian governments will likely continue looking to external backers."
    assert commitments(base_nlp, extractor, text, {"Armenian": "ARM"}) == []


def test_named_actors_plain_future_is_an_intent(base_nlp, extractor):
    text = "The European Union will provide 50 billion euros to Ukraine."
    c = only(commitments(base_nlp, extractor, text, {"The European Union": "EU", "Ukraine": "UKR"}))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("EU", "intent", "UKR")


def test_the_promised_act_done_later_means_fulfilled(base_nlp, extractor):
    text = "Zelensky vowed to keep exports flowing, and the navy has so far kept the route open."
    c = only(commitments(base_nlp, extractor, text, {"Zelensky": "UKR"}))
    assert (c["kind"], c["status"]) == ("pledge", "fulfilled")


def test_a_promise_never_fulfilled_is_unfulfilled(base_nlp, extractor):
    text = "The United Nations promised to reconnect the bank, but that promise was never fulfilled."
    c = only(commitments(base_nlp, extractor, text, {"The United Nations": "UN"}))
    assert c["status"] == "unfulfilled"


def test_pronoun_subject_of_a_recommendation_resolved_in_its_sentence(base_nlp, extractor):
    text = "If Moscow wants its exports eased, it should first commit to leaving civilian shipping alone."
    c = only(commitments(base_nlp, extractor, text, {"Moscow": "RUS"}))
    assert (c["actor"], c["kind"]) == ("RUS", "recommendation")


def test_each_conjoined_recommendation_is_kept(base_nlp, extractor):
    text = "The European Union could extend its lanes, and Turkey must keep the Bosphorus open."
    records = commitments(base_nlp, extractor, text, {"The European Union": "EU", "Turkey": "TUR"})
    assert [(c["actor"], c["kind"]) for c in records] == [("EU", "recommendation"), ("TUR", "recommendation")]


def test_declined_undertaking_is_coded_as_reject(base_nlp, extractor):
    text = "Germany said that it would not send tanks to Ukraine."
    c = only(commitments(base_nlp, extractor, text, {"Germany": "DEU", "Ukraine": "UKR"}))
    assert (c["actor"], c["negated"], c["plover"], c["cameo"]) == ("DEU", True, "REJECT", "120")


def test_announced_attack_is_a_threat_not_a_commitment(base_nlp, extractor):
    text = "Iran said that it will attack the tankers."
    assert commitments(base_nlp, extractor, text, {"Iran": "IRN"}) == []


@pytest.mark.parametrize(
    "text", ["HHS will examine the impact of the new policy.", "NHTSA will inspect the new vehicles."]
)
def test_announced_review_is_an_intent_not_a_threat(base_nlp, extractor, text):
    actor = text.split()[0]
    assert only(commitments(base_nlp, extractor, text, {actor: f"ORG:{actor}"}))["kind"] == "intent"


def test_offering_condolences_is_not_an_undertaking(base_nlp, extractor):
    text = "Biden called the King to offer his condolences for the loss of life."
    assert commitments(base_nlp, extractor, text, {"Biden": "USA"}) == []


def test_agreeing_on_a_fact_is_not_an_agreement(base_nlp, extractor):
    text = "Israel and the United States agreed that they share the objective."
    assert commitments(base_nlp, extractor, text, {"Israel": "ISR", "the United States": "USA"}) == []


def test_a_party_walking_away_later_leaves_its_deal_unfulfilled(base_nlp, extractor):
    text = (
        "In July 2022, Russia signed a deal with Turkey on grain shipments. "
        "Exports grew for a year. In July 2023, Russia withdrew from the initiative."
    )
    records = commitments(base_nlp, extractor, text, {"Russia": "RUS", "Turkey": "TUR"})
    assert [(c["actor"], c["kind"], c["status"]) for c in records] == [("RUS", "agreement", "unfulfilled")]


def test_authors_own_urging_is_a_recommendation_for_the_addressee(base_nlp, extractor):
    actors = {"Washington": "USA", "the European Union": "EU"}
    c = only(commitments(base_nlp, extractor, "We urge Washington to lift the sanctions.", actors))
    assert (c["actor"], c["kind"], c["speaker"], c["action"]) == ("USA", "recommendation", "AUTHOR", "lift the sanctions")
    c = only(commitments(base_nlp, extractor, "I recommend that the European Union expand its lanes.", actors))
    assert (c["actor"], c["kind"], c["action"]) == ("EU", "recommendation", "expand its lanes")


def test_needs_to_in_the_authors_voice_is_a_recommendation(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "Turkey needs to open its border with Armenia.", {"Turkey": "TUR", "Armenia": "ARM"}))
    assert (c["actor"], c["kind"], c["action"]) == ("TUR", "recommendation", "open its border with Armenia")
    # "had to accept": no recommendation, but Baku did accept
    found = commitments(base_nlp, extractor, "Baku had to accept the terms.", {"Baku": "AZE"})
    assert [(c["kind"], c["status"]) for c in found] == [("agreement", "made")]


def test_commitment_of_a_state_to_a_cause(base_nlp, extractor):
    text = "Biden spoke with Zelenskyy to reaffirm the commitment of the United States to Ukraine's sovereignty."
    actors = {"the United States": "USA", "Ukraine": "UKR", "Biden": "PER:Joe Biden"}
    c = only(commitments(base_nlp, extractor, text, actors))
    assert (c["actor"], c["kind"], c["status"]) == ("USA", "intent", "made")
    assert c["action"] == "Ukraine's sovereignty"


def test_an_announced_itinerary_is_not_a_commitment(base_nlp, extractor):
    text = "Secretary Vilsack will travel to Indiana to speak with farmers."
    assert commitments(base_nlp, extractor, text, {"Vilsack": "PER:Tom Vilsack"}) == []


def test_pledge_with_a_date_between_verb_and_infinitive_is_still_a_pledge(nlp):
    import nlp_kit

    analysis = nlp_kit.analyze("Turkey pledged in July 2022 to open its border with Armenia.", nlp=nlp)
    (commitment,) = analysis.commitments
    assert (commitment.actor, commitment.kind, commitment.made) == ("TUR", "pledge", "2022-07")
    assert commitment.action.startswith("open its border")


# -- status from what later sentences say happened ----------------------------------------------


def test_change_against_the_promised_direction_is_unfulfilled(base_nlp, extractor):
    text = "In 2019 Ghana pledged to cut emissions by half. Emissions have since doubled."
    assert only(commitments(base_nlp, extractor, text, {"Ghana": "GHA"}))["status"] == "unfulfilled"


def test_change_in_the_promised_direction_is_fulfilled(base_nlp, extractor):
    text = "Chile promised to increase its refugee quota. The quota has since doubled."
    assert only(commitments(base_nlp, extractor, text, {"Chile": "CHL"}))["status"] == "fulfilled"


@pytest.mark.parametrize(
    ("later", "status"),
    [("Tariffs on steel have since risen.", "unfulfilled"), ("Tariffs on steel have since fallen.", "fulfilled")],
)
def test_a_perfect_the_tagger_misreads_as_a_noun_still_tells_the_direction(base_nlp, extractor, later, status):
    # the small model tags "risen" in "have since risen." PROPN, object of "since"
    text = "In 2019 Peru undertook to cut tariffs on Chilean steel. " + later
    assert only(commitments(base_nlp, extractor, text, {"Peru": "PER"}))["status"] == status


def test_progress_that_stalls_in_the_same_sentence_stalls_the_agreement(base_nlp, extractor):
    text = "In March 2024, Ethiopia and Somalia agreed to set up a joint committee, yet progress has stalled."
    c = only(commitments(base_nlp, extractor, text, {"Ethiopia": "ETH", "Somalia": "SOM"}))
    assert (c["kind"], c["status"]) == ("agreement", "stalled")


@pytest.mark.parametrize(
    ("later", "status"),
    [("Those talks have since stalled.", "stalled"), ("Other talks have since stalled.", "made")],
)
def test_an_agreed_process_that_stalls_by_name_stalls_the_agreement(base_nlp, extractor, later, status):
    text = "Ethiopia and Somalia agreed to begin technical talks by February 2025. " + later
    c = only(commitments(base_nlp, extractor, text, {"Ethiopia": "ETH", "Somalia": "SOM"}))
    assert (c["kind"], c["status"]) == ("agreement", status)


def test_pronoun_subject_of_the_next_sentence_refers_back_to_the_committer(base_nlp, extractor):
    text = "In June 2018, Kim Jong Un promised to dismantle the Yongbyon reactor. He has yet to do so."
    c = only(commitments(base_nlp, extractor, text, {"Kim Jong Un": "PER:Kim Jong Un"}))
    assert c["status"] == "unfulfilled"


def test_definite_outcome_noun_in_the_next_sentence_says_the_pledge_was_delivered(base_nlp, extractor):
    text = "Germany pledged 200 million euros for drought relief. The money was delivered in full by December."
    assert only(commitments(base_nlp, extractor, text, {"Germany": "DEU"}))["status"] == "fulfilled"


def test_nominalised_promised_verb_that_is_still_not_completed_is_unfulfilled(base_nlp, extractor):
    text = (
        "The parties committed in 2018 to unify their forces. "
        "The Council noted that the unification has still not been completed."
    )
    c = only(commitments(base_nlp, extractor, text, {"The parties": "SSD", "The Council": "UNSC"}))
    assert c["status"] == "unfulfilled"


def test_negated_completion_is_unfulfilled(base_nlp, extractor):
    text = "Peru committed to repairing the bridge at Desaguadero. The repairs have not been completed."
    assert only(commitments(base_nlp, extractor, text, {"Peru": "PER"}))["status"] == "unfulfilled"


def test_realisation_verb_on_the_agreed_object_fulfils_the_agreement(base_nlp, extractor):
    text = (
        "The two sides agreed to recover the remains of soldiers; "
        "North Korea returned 55 boxes of remains in July."
    )
    actors = {"The two sides": "USA", "North Korea": "PRK"}
    assert only(commitments(base_nlp, extractor, text, actors))["status"] == "fulfilled"


def test_did_so_after_a_pledge_is_fulfilled(base_nlp, extractor):
    text = "Washington pledged to suspend military exercises with Seoul, and it did so for four years."
    c = only(commitments(base_nlp, extractor, text, {"Washington": "USA", "Seoul": "KOR"}))
    assert c["status"] == "fulfilled"


def test_announced_intent_whose_project_stalled_is_stalled(base_nlp, extractor):
    text = "Qatar said it would finance a desalination plant in Kismayo. The project has since stalled."
    c = only(commitments(base_nlp, extractor, text, {"Qatar": "QAT"}))
    assert c["kind"] == "intent" and c["status"] == "stalled"


def test_unmet_conditions_leave_a_demand_unfulfilled(base_nlp, extractor):
    text = "Russia demanded that sanctions on its farm bank be eased. That demand was not met."
    assert only(commitments(base_nlp, extractor, text, {"Russia": "RUS"}))["status"] == "unfulfilled"


def test_next_sentence_with_its_own_commitment_does_not_decide_status(base_nlp, extractor):
    text = (
        "The ministers of Malaysia urged China to keep the hotline open. "
        "They also agreed to review the guidelines, which have never been fully implemented."
    )
    records = commitments(base_nlp, extractor, text, {"Malaysia": "MYS", "China": "CHN"})
    demand = next(c for c in records if c["kind"] == "demand")
    assert demand["status"] == "made"


def test_next_paragraph_does_not_decide_status(base_nlp, extractor):
    text = "Ethiopia demanded that Eritrea leave the border districts.\nAbiy said the displaced have returned."
    records = commitments(base_nlp, extractor, text, {"Ethiopia": "ETH", "Eritrea": "ERI", "Abiy": "ETH"})
    assert only(records)["status"] == "made"


def test_members_of_a_council_act_for_it(base_nlp, extractor):
    text = "The members of the Security Council urged South Sudan to hold elections as scheduled."
    c = only(commitments(base_nlp, extractor, text, {"Security Council": "UNSC", "South Sudan": "SSD"}))
    assert (c["actor"], c["counterpart"], c["kind"]) == ("UNSC", "SSD", "demand")


# -- statement language --------------------------------------------------------------------------


def test_restated_support_is_an_intent_towards_its_beneficiary(base_nlp, extractor):
    text = "President Biden underscored the United States' support for Ukraine's sovereignty."
    c = only(commitments(base_nlp, extractor, text, {"United States": "USA", "Ukraine": "UKR", "Biden": "USA"}))
    assert (c["actor"], c["counterpart"], c["kind"], c["status"]) == ("USA", "UKR", "intent", "made")


def test_support_merely_mentioned_is_no_commitment(base_nlp, extractor):
    text = "Russia's support for the separatists prolonged the war."
    assert commitments(base_nlp, extractor, text, {"Russia": "RUS"}) == []


def test_expressed_commitment_restates_an_intent(base_nlp, extractor):
    text = "Mr. Sullivan expressed the administration's commitment to Israel's security."
    c = only(commitments(base_nlp, extractor, text, {"Sullivan": "USA", "Israel": "ISR"}))
    assert c["kind"] == "intent"


def test_encouraging_another_government_to_act_is_a_demand(base_nlp, extractor):
    text = "Mr. Sullivan encouraged the Israeli government to pursue measures to ensure calm."
    c = only(commitments(base_nlp, extractor, text, {"Sullivan": "USA", "Israeli": "ISR"}))
    assert (c["kind"], c["counterpart"]) == ("demand", "ISR")


def test_hard_wrapped_line_does_not_cut_the_action(base_nlp, extractor):
    text = "Mr. Sullivan encouraged the Israeli government to pursue appropriate\nmeasures to ensure calm."
    c = only(commitments(base_nlp, extractor, text, {"Sullivan": "USA", "Israeli": "ISR"}))
    assert c["action"] == "pursue appropriate measures to ensure calm"


# -- unseen-text causes: group nouns, named documents, reported intent, status ---------------------


def test_participants_refer_back_to_the_parties_named_before(base_nlp, extractor):
    text = "Kenya and Ethiopia held talks in Nairobi. The participants agreed to open a joint border post."
    c = only(commitments(base_nlp, extractor, text, {"Kenya": "KEN", "Ethiopia": "ETH"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"]) == ({"KEN", "ETH"}, "agreement")


def test_signatories_without_a_determiner_still_refer_back_but_generic_plurals_do_not(base_nlp, extractor):
    actors = {"Kenya": "KEN", "Ethiopia": "ETH"}
    text = "Kenya and Ethiopia held talks in Nairobi. Signatories pledged to open a joint border post."
    c = only(commitments(base_nlp, extractor, text, actors))
    assert ({c["actor"], *c["co_actors"]}, c["kind"]) == ({"KEN", "ETH"}, "pledge")
    text = "Kenya and Ethiopia held talks in Nairobi. Countries pledged to open a joint border post."
    assert commitments(base_nlp, extractor, text, actors) == []


def test_a_demand_to_respect_something_is_a_demand_not_an_expression_of_respect(base_nlp, extractor):
    # "respect" is an expressive object as a noun ("offered his respect"), not as the demanded act
    text = "Kenya urged Somalia to respect the truce."
    c = only(commitments(base_nlp, extractor, text, {"Kenya": "KEN", "Somalia": "SOM"}))
    assert (c["kind"], c["actor"], c["counterpart"], c["action"]) == ("demand", "KEN", "SOM", "respect the truce")


def test_a_list_of_promised_acts_is_one_action(base_nlp, extractor):
    text = "Abiy and Isaias promised to reopen embassies, restore flights and demarcate the border within a year."
    c = only(commitments(base_nlp, extractor, text, {"Abiy": "ETH", "Isaias": "ERI"}))
    assert c["action"] == "reopen embassies, restore flights and demarcate the border within a year"


def test_both_governments_are_the_two_parties_coordinated_before_not_the_mediator(base_nlp, extractor):
    text = ("When Ethiopia and Eritrea made peace in 2018, relations warmed. "
            "The Ankara Declaration, mediated by Turkey, eased the quarrel between Ethiopia and Somalia. "
            "Both governments agreed to begin technical talks.")
    actors = {"Turkey": "TUR", "Ethiopia": "ETH", "Somalia": "SOM", "Eritrea": "ERI"}
    c = only(commitments(base_nlp, extractor, text, actors))
    assert {c["actor"], *c["co_actors"]} == {"ETH", "SOM"}


def test_an_undertaking_not_to_act_keeps_its_not_and_a_final_and_keeps_the_last_act(base_nlp, extractor):
    c = only(commitments(base_nlp, extractor, "China agreed not to interfere with the missions.", {"China": "CHN"}))
    assert (c["action"], c["negated"]) == ("not interfere with the missions", False)
    text = "Manila should keep the missions small, publish video of every incident, and invite observers."
    c = only(commitments(base_nlp, extractor, text, {"Manila": "PHL"}))
    assert c["action"] == "keep the missions small, publish video of every incident, and invite observers"


def test_reaching_an_understanding_is_an_agreement(base_nlp, extractor):
    text = 'China and the Philippines reached a "provisional understanding" on resupply missions.'
    c = only(commitments(base_nlp, extractor, text, {"China": "CHN", "Philippines": "PHL"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"], c["action"]) == ({"CHN", "PHL"}, "agreement", "provisional understanding")


def test_a_commitment_told_in_a_relative_clause_was_made_when_its_main_clause_happened(base_nlp, extractor):
    text = ("In October 2023, the two sides signed the Barbados Agreement, in which Caracas committed to "
            "holding an election in the second half of 2024.")
    found = commitments(base_nlp, extractor, text, {"Caracas": "VEN"},
                        {"October 2023": "2023-10", "the second half of 2024": "2024-H2"})
    pledge = next(c for c in found if c["actor"] == "VEN" and c["action"].startswith("holding"))
    assert pledge["made"] == "2023-10"


def test_ought_to_is_the_authors_recommendation_with_its_condition(base_nlp, extractor):
    text = "If Maduro allows Machado to run, Washington ought to extend the license."
    c = only(commitments(base_nlp, extractor, text, {"Washington": "USA"}))
    assert (c["kind"], c["actor"], c["action"], c["condition"]) == (
        "recommendation", "USA", "extend the license", "If Maduro allows Machado to run",
    )


def test_the_ministers_of_a_joint_statement_are_every_declared_signatory(base_nlp, extractor):
    text = ("We, the Foreign Ministers of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of "
            "Tajikistan, Turkmenistan and the Republic of Uzbekistan, met in Astana. "
            "Kyrgyzstan and Tajikistan pledged to sign a border treaty. "
            "The Ministers urged the European Union to accelerate its investments.")
    actors = {"Republic of Kazakhstan": "KAZ", "Kyrgyz Republic": "KGZ", "Republic of Tajikistan": "TJK",
              "Turkmenistan": "TKM", "Republic of Uzbekistan": "UZB", "Kyrgyzstan": "KGZ", "Tajikistan": "TJK",
              "European Union": "EU"}
    demand = next(c for c in commitments(base_nlp, extractor, text, actors) if c["kind"] == "demand")
    assert {demand["actor"], *demand["co_actors"]} == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_ministers_of_a_body_that_met_are_that_body_with_or_without_a_determiner(base_nlp, extractor):
    text = ("Foreign Ministers of the Pacific Islands Forum met in Suva. "
            "Ministers agreed to extend the regional monitoring programme until 2030. "
            "Tuvalu and Australia brought a treaty into force in 2024. "
            "The Leaders committed in 2019 to treat climate change as the greatest threat to the region.")
    actors = {"Pacific Islands Forum": "PIF", "Tuvalu": "TUV", "Australia": "AUS"}
    found = commitments(base_nlp, extractor, text, actors)
    assert [(c["actor"], c["co_actors"], c["kind"]) for c in found] == [("PIF", [], "agreement"), ("PIF", [], "pledge")]


def test_ministers_or_leaders_never_declared_stay_generic(base_nlp, extractor):
    text = "Kenya and Ethiopia held talks in Nairobi. Ministers agreed to open a joint border post."
    assert commitments(base_nlp, extractor, text, {"Kenya": "KEN", "Ethiopia": "ETH"}) == []


def test_an_announcement_that_an_actor_will_act_is_its_intent(base_nlp, extractor):
    text = "Ministers welcomed Australia's announcement that it will contribute AUD 100 million to the fund."
    c = only(commitments(base_nlp, extractor, text, {"Australia": "AUS"}))
    assert (c["actor"], c["kind"], c["action"]) == ("AUS", "intent", "contribute AUD 100 million to the fund")


def test_a_pronoun_refers_to_a_possessor_only_when_it_can_stand_for_it(base_nlp, extractor):
    text = "The Vice President welcomed the ROK's plan to announce its commitment not to test anti-satellite missiles."
    c = only(commitments(base_nlp, extractor, text, {"Vice President": "USA", "ROK": "KOR"}))
    assert c["actor"] == "KOR"
    text = ("President Biden conveyed his unwavering support for Israel's security and his commitment to "
            "deepening the cooperation between the two countries.")
    c = only(commitments(base_nlp, extractor, text, {"President Biden": "PER:Joe Biden", "Israel": "ISR"}))
    assert c["actor"] != "ISR"


def test_a_document_signed_in_a_relative_clause_is_an_agreement_of_the_signatories(base_nlp, extractor):
    text = ("The talks grew out of the Ankara Declaration, which Prime Minister Abiy Ahmed and President "
            "Hassan Sheikh Mohamud signed on December 11, 2024.")
    c = only(commitments(base_nlp, extractor, text, {"Abiy Ahmed": "ETH", "Hassan Sheikh Mohamud": "SOM"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"], c["status"]) == ({"ETH", "SOM"}, "agreement", "made")


def test_has_yet_to_is_no_recommendation(base_nlp, extractor):
    text = "Egypt, which pledged last August to send troops to Somalia, has yet to deploy them."
    c = only(commitments(base_nlp, extractor, text, {"Egypt": "EGY", "Somalia": "SOM"}))
    assert (c["actor"], c["kind"], c["status"]) == ("EGY", "pledge", "unfulfilled")


def test_neither_side_having_done_so_breaks_both_parallel_pledges(base_nlp, extractor):
    text = ("Rwanda pledged to lift its defensive measures within 90 days. Kinshasa, for its part, committed "
            "to neutralize the militia. Neither side has done so.")
    found = commitments(base_nlp, extractor, text, {"Rwanda": "RWA", "Kinshasa": "COD"})
    assert [(c["actor"], c["status"]) for c in found] == [("RWA", "unfulfilled"), ("COD", "unfulfilled")]


def test_a_deadline_that_passed_without_a_deal_breaks_only_the_agreement_due_by_it(base_nlp, extractor):
    text = ("In July, Kinshasa and the rebels signed a declaration of principles, and both sides agreed to "
            "conclude a comprehensive peace deal by August 18. That deadline passed without a deal.")
    found = commitments(base_nlp, extractor, text, {"Kinshasa": "COD", "rebels": "GRP:M23"})
    assert [(c["action"], c["status"]) for c in found] == [
        ("declaration of principles", "made"), ("conclude a comprehensive peace deal by August 18", "unfulfilled"),
    ]


def test_an_invitation_to_act_is_a_request_but_an_invitation_to_attend_is_none(base_nlp, extractor):
    actors = {"European Council": "EUCO", "Commission": "EC"}
    text = "The European Council invites the Commission to present options by September."
    c = only(commitments(base_nlp, extractor, text, actors))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("EUCO", "demand", "EC")
    text = "President Biden invited India to attend the APEC Summit in San Francisco."
    assert commitments(base_nlp, extractor, text, {"President Biden": "USA", "India": "IND"}) == []


def test_member_states_are_the_members_of_the_organisation_just_named(base_nlp, extractor):
    text = ("The European Council asks the co-legislators to act. Member States committed last March to raise "
            "defence spending.")
    doc = make_doc(base_nlp, text, {"European Council": "EUCO"})
    doc._.actors = [{"id": "EUCO", "type": "igo", "affiliation": "EU"}]
    pledge = next(c for c in extractor(doc) if c["kind"] == "pledge")
    assert pledge["actor"] == "EU"


def test_a_notice_demanding_an_act_is_its_senders_demand_made_when_it_was_served(base_nlp, extractor):
    text = "In January 2023 India served Pakistan a notice demanding talks within 90 days."
    c = only(commitments(base_nlp, extractor, text, {"India": "IND", "Pakistan": "PAK"}))
    assert (c["actor"], c["kind"], c["status"]) == ("IND", "demand", "made")


def test_a_ceasefire_agreed_in_a_relative_clause_is_an_agreement_of_the_parties(base_nlp, extractor):
    text = ("Three wars were fought between India and Pakistan. The ceasefire that the two militaries agreed on "
            "May 10 has held.")
    c = only(commitments(base_nlp, extractor, text, {"India": "IND", "Pakistan": "PAK"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"]) == ({"IND", "PAK"}, "agreement")


def test_breaking_or_honoring_that_pledge_tells_an_earlier_commitments_fate(base_nlp, extractor):
    text = ("In 1982 the United States stated that it intended to reduce its sales of arms to Taiwan. "
            "Washington has since broken that pledge.")
    c = only(commitments(base_nlp, extractor, text, {"United States": "USA", "Washington": "USA", "Taiwan": "TWN"}))
    assert (c["kind"], c["status"]) == ("intent", "unfulfilled")
    text = "The two leaders agreed to resume military communication. The Chinese side has honored that understanding."
    c = only(commitments(base_nlp, extractor, text, {"Chinese": "CHN", "two leaders": "CHN"}))
    assert c["status"] == "fulfilled"


def test_a_present_verb_the_parser_joined_to_a_participle_keeps_the_subject_above(base_nlp, extractor):
    text = ("The European Council welcomes the ceasefire between Israel and Iran announced on 24 June and "
            "encourages both sides to respect it.")
    found = commitments(base_nlp, extractor, text, {"European Council": "EUCO", "Israel": "ISR", "Iran": "IRN"})
    assert ("EUCO", "demand") in [(c["actor"], c["kind"]) for c in found]


def test_a_verb_no_frame_of_its_own_reads_may_still_announce_an_intent(base_nlp, extractor):
    text = "Feeding America will also invite network members engaging in SNAP assistance to help with outreach."
    c = only(commitments(base_nlp, extractor, text, {"Feeding America": "ORG:Feeding America"}))
    assert c["actor"] == "ORG:Feeding America" and "help with outreach" in c["action"]


def test_allies_are_the_alliance_just_named_but_our_allies_are_not(base_nlp, extractor):
    text = "We reaffirm our commitment to NATO. Allies commit to invest 5% of GDP annually by 2035."
    doc = make_doc(base_nlp, text, {"NATO": "NATO"})
    doc._.actors = [{"id": "NATO", "type": "igo", "affiliation": None}]
    pledge = next(c for c in extractor(doc) if c["kind"] == "pledge")
    assert pledge["actor"] == "NATO"
    doc = make_doc(base_nlp, "NATO met in June. Our allies commit to invest more.", {"NATO": "NATO"})
    doc._.actors = [{"id": "NATO", "type": "igo", "affiliation": None}]
    assert extractor(doc) == []


def test_a_second_reported_clause_that_will_act_is_an_intent(base_nlp, extractor):
    text = ("The representative of South Sudan said his Government remained committed to the peace process and "
            "would hold the elections as scheduled.")
    found = commitments(base_nlp, extractor, text, {"South Sudan": "SSD"})
    assert "hold the elections as scheduled" in [c["action"] for c in found]


def test_reaffirming_commitments_with_an_infinitive_is_one_undertaking(base_nlp, extractor):
    text = "Allies reaffirm their enduring sovereign commitments to provide support to Ukraine."
    doc = make_doc(base_nlp, "NATO met. " + text, {"NATO": "NATO", "Ukraine": "UKR"})
    doc._.actors = [{"id": "NATO", "type": "igo", "affiliation": None}, {"id": "UKR", "type": "state", "affiliation": None}]
    assert len(extractor(doc)) == 1


def test_a_question_asserts_no_commitment(base_nlp, extractor):
    assert commitments(base_nlp, extractor, "Did China agree to anything?", {"China": "CHN"}) == []
    text = "Has Kyiv accepted the 30-day ceasefire proposal? Ukraine is ready to accept it if Russia does the same."
    found = commitments(base_nlp, extractor, text, {"Kyiv": "UKR", "Ukraine": "UKR", "Russia": "RUS"})
    assert [(c["actor"], c["kind"]) for c in found] == [("UKR", "conditional")]


def test_a_second_verb_that_will_act_is_the_named_subjects_intent(base_nlp, extractor):
    text = "The Chinese side welcomes more imports and will open its market to Brazilian sorghum by the end of 2025."
    c = only(commitments(base_nlp, extractor, text, {"Chinese side": "CHN", "Brazilian": "BRA"}))
    assert (c["actor"], c["kind"]) == ("CHN", "intent") and c["action"].startswith("open its market")
    text = "The forces number close to 300,000, and they will continue to fight valiantly."
    assert commitments(base_nlp, extractor, text, {"forces": "AFG"}) == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Both sides signed 37 cooperation documents covering trade and energy.", {"Both sides": "CHN"}),
        ("Iran and six world powers concluded the Joint Comprehensive Plan of Action in Vienna.", {"Iran": "IRN"}),
    ],
)
def test_documents_signed_and_a_named_plan_concluded_are_agreements(base_nlp, extractor, text, actors):
    assert only(commitments(base_nlp, extractor, text, actors))["kind"] == "agreement"


def test_a_law_signed_is_no_agreement(base_nlp, extractor):
    text = "President Biden signed the Inflation Reduction Act into law."
    assert commitments(base_nlp, extractor, text, {"President Biden": "USA"}) == []


def test_an_announced_refusal_is_an_intent_not_a_broken_agreement(base_nlp, extractor):
    text = "The Secretary made clear that the United States will not accept unfair trade practices."
    c = only(commitments(base_nlp, extractor, text, {"United States": "USA"}))
    assert (c["kind"], c["negated"], c["status"]) == ("intent", True, "made")


def test_the_two_sides_may_refer_to_a_pair_named_earlier_in_the_same_sentence(base_nlp, extractor):
    text = ("Talks between Sudan's army and the Rapid Support Forces broke down on Tuesday, three days after "
            "the two sides had agreed to open humanitarian corridors.")
    c = only(commitments(base_nlp, extractor, text, {"Sudan": "SDN", "Rapid Support Forces": "GRP:RSF"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"]) == ({"SDN", "GRP:RSF"}, "agreement")


def test_neither_having_done_so_breaks_the_pledge(base_nlp, extractor):
    text = ("Sudan and the RSF met in Jeddah. \"Both parties committed to protect civilians, and neither has done so,\" "
            "an official said.")
    c = only(commitments(base_nlp, extractor, text, {"Sudan": "SDN", "RSF": "GRP:RSF"}))
    assert (c["action"], c["status"]) == ("protect civilians", "unfulfilled")


def test_a_reported_undertaking_drops_its_pronoun_subject(base_nlp, extractor):
    text = "The United States said they would resume the talks only if aid convoys reached Darfur."
    c = only(commitments(base_nlp, extractor, text, {"United States": "USA"}))
    assert (c["action"], c["condition"]) == ("resume the talks", "only if aid convoys reached Darfur")
    text = "Netanyahu said that Israel would not end the war until Hamas was destroyed."
    c = only(commitments(base_nlp, extractor, text, {"Netanyahu": "ISR", "Israel": "ISR", "Hamas": "GRP:Hamas"}))
    assert (c["actor"], c["action"], c["condition"]) == ("ISR", "not end the war", "until Hamas was destroyed")


def test_an_amount_pledged_over_a_period_is_the_action_and_the_period_is_not_when_it_was_made(base_nlp, extractor):
    text = "Canada has pledged CAD 3.8 billion over eight years for its critical minerals strategy."
    c = only(commitments(base_nlp, extractor, text, {"Canada": "CAN"}, {"eight years": "P8Y"}))
    assert (c["action"], c["made"]) == ("CAD 3.8 billion over eight years for its critical minerals strategy", None)


def test_the_leaders_are_the_people_named_not_the_fund_one_of_them_paid_into(base_nlp, extractor):
    text = ("Biden spoke with Lula. Biden announced that the United States would contribute $50 million to the "
            "Amazon Fund. The leaders agreed to launch a partnership on clean energy.")
    actors = {"Biden": "USA", "Lula": "BRA", "United States": "USA", "Amazon Fund": "ORG:Amazon Fund"}
    doc = make_doc(base_nlp, text, actors)
    doc._.actors = [{"id": "ORG:Amazon Fund", "type": "org"}, {"id": "USA", "type": "state"},
                    {"id": "BRA", "type": "state"}]
    agreement = next(c for c in extractor(doc) if c["kind"] == "agreement")
    assert {agreement["actor"], *agreement["co_actors"]} == {"USA", "BRA"}


def test_their_after_the_two_leaders_is_both_leaders(base_nlp, extractor):
    text = "Biden spoke with Lula. The two leaders discussed their shared commitment to combating the climate crisis."
    c = only(commitments(base_nlp, extractor, text, {"Biden": "USA", "Lula": "BRA"}))
    assert {c["actor"], *c["co_actors"]} == {"USA", "BRA"}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("The Baltic states should agree with Finland on a joint protocol.", {"EST", "LVA", "LTU"}),
        ("The Central Asian republics pledged to share water data.", {"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    ],
)
def test_a_named_group_of_states_is_its_members(base_nlp, extractor, text, members):
    c = only(commitments(base_nlp, extractor, text, {"Finland": "FIN"}))
    assert {c["actor"], *c["co_actors"]} == members


def test_the_three_governments_are_the_last_three_named_together_as_a_main_subject(base_nlp, extractor):
    text = ("Estonia, Latvia and Lithuania disconnected their grids from Russia. NATO launched a mission that "
            "Sweden, Finland and Germany joined. Russia warned of retaliation, and the three governments asked "
            "Brussels to prepare sanctions.")
    actors = {"Estonia": "EST", "Latvia": "LVA", "Lithuania": "LTU", "Russia": "RUS", "NATO": "NATO",
              "Sweden": "SWE", "Finland": "FIN", "Germany": "DEU", "Brussels": "EU"}
    demand = next(c for c in commitments(base_nlp, extractor, text, actors) if c["kind"] == "demand")
    assert {demand["actor"], *demand["co_actors"]} == {"EST", "LVA", "LTU"}


def test_the_two_leaders_of_a_readout_are_the_two_who_spoke(base_nlp, extractor):
    text = ("President Biden spoke today with President Duda of Poland. He thanked Poland for hosting U.S. forces "
            "to deter Russian aggression against NATO. The two leaders affirmed their commitment to the people of Ukraine.")
    actors = {"Biden": "USA", "Duda": "POL", "Poland": "POL", "U.S.": "USA", "Russian": "RUS", "NATO": "NATO"}
    pledge = next(c for c in commitments(base_nlp, extractor, text, actors) if "Ukraine" in c["action"])
    assert {pledge["actor"], *pledge["co_actors"]} == {"USA", "POL"}


def test_demanding_an_undertaking_is_a_demand_for_what_it_says(base_nlp, extractor):
    text = ("Blinken, who visited the region last month, urged Israel to allow more aid into Gaza. "
            "Hamas had demanded guarantees that the fighting would not resume.")
    found = commitments(base_nlp, extractor, text, {"Blinken": "USA", "Israel": "ISR", "Hamas": "GRP:Hamas"},
                        {"last month": "2024-12"})
    assert [(c["kind"], c["actor"], c["action"], c["made"]) for c in found] == [
        ("demand", "USA", "allow more aid into Gaza", None),  # the relative clause's date is not when he urged
        ("demand", "GRP:Hamas", "guarantees that the fighting would not resume", None),
    ]


def test_signing_a_named_agreement_is_an_agreement(base_nlp, extractor):
    text = "In 2013, Serbia and Kosovo signed the Brussels Agreement."
    c = only(commitments(base_nlp, extractor, text, {"Serbia": "SRB", "Kosovo": "XKX"}))
    assert ({c["actor"], *c["co_actors"]}, c["kind"], c["cameo"]) == ({"SRB", "XKX"}, "agreement", "057")


def test_announced_it_would_fund_is_an_intent_not_a_threat(base_nlp, extractor):
    text = "The European Union announced that it would mobilise 12 billion euros for the region."
    c = only(commitments(base_nlp, extractor, text, {"European Union": "EU"}))
    assert (c["actor"], c["kind"], c["status"]) == ("EU", "intent", "made")


def test_a_synonym_of_the_promised_act_later_done_fulfils_it(base_nlp, extractor):
    text = "Sudan agreed in March to disband the militias. By June the militias had been dissolved."
    c = only(commitments(base_nlp, extractor, text, {"Sudan": "SDN"}))
    assert c["status"] == "fulfilled"


def test_agreement_whose_implementation_stalled_is_stalled(base_nlp, extractor):
    text = "In 2023 Serbia accepted an EU plan on normalisation, but implementation has stalled."
    c = only(commitments(base_nlp, extractor, text, {"Serbia": "SRB", "EU": "EU"}))
    assert (c["kind"], c["status"]) == ("agreement", "stalled")


def test_conditional_offer_not_taken_up_is_proposed(base_nlp, extractor):
    text = "Kosovo said it would submit a draft statute only if Serbia recognises its documents."
    c = only(commitments(base_nlp, extractor, text, {"Kosovo": "XKX", "Serbia": "SRB"}))
    assert (c["kind"], c["status"]) == ("conditional", "proposed")


def test_matching_sentence_by_sentence_finds_what_the_whole_doc_matcher_finds(base_nlp, extractor):
    # Patterns are only run on sentences holding the words they require; that is a speed-up,
    # so the matches must be exactly those of one DependencyMatcher over the whole Doc.
    from nlp_kit.commitments.parties import SentenceIndex

    doc = base_nlp(
        "The weather was mild. Turkey pledged in July 2022 to open the border. "
        "We will continue to coordinate our assistance. Armenia called on Azerbaijan to withdraw. "
        "The talks lasted long into the night. The parties should sign the peace treaty, "
        "and Russia announced that it would keep its base open."
    )
    whole = sorted((match_id, tuple(ids)) for match_id, ids in extractor.dep_matcher(doc))
    gated = sorted((match_id, tuple(ids)) for match_id, ids in extractor._matches(doc, SentenceIndex(doc)))
    assert gated == whole
    assert len(whole) >= 5


def test_the_sentence_gate_never_skips_a_match_in_the_sample_corpus(base_nlp, extractor):
    # The gate also checks the labels, parts of speech, heads and children the patterns fix for
    # their word nodes; on real documents it must still let through every sentence that matches.
    from pathlib import Path

    from nlp_kit.commitments.parties import SentenceIndex

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    texts = [(corpus / name).read_text(encoding="utf-8") for name in ("south-caucasus-peace.txt", "mekong-water-security-joint-statement.md")]
    for doc in base_nlp.pipe(texts):
        whole = sorted((match_id, tuple(ids)) for match_id, ids in extractor.dep_matcher(doc))
        gated = sorted((match_id, tuple(ids)) for match_id, ids in extractor._matches(doc, SentenceIndex(doc)))
        assert gated == whole
        assert len(whole) >= 10


def test_a_pattern_needs_the_token_shapes_its_nodes_name(extractor):
    # "author_needs_to" ("X needs to act") needs "need" or "have" as a verb with a verb as its xcomp:
    # "we have a plan" is never handed to its matcher.
    needs_to = next(p for p in extractor.lexicon.patterns if p.id == "author_needs_to")
    (required,) = extractor.lexicon.required_tokens(needs_to)
    assert required.words == {"need", "have"} and required.pos == {"VERB", "AUX"}
    assert (frozenset({"xcomp"}), frozenset({"VERB"})) in required.children  # the verb it needs done
    assert (frozenset({"nsubj"}), None) in required.children  # and who needs to


def test_a_pattern_needs_every_word_its_nodes_name(extractor):
    # "we_will" needs a will-modal and "we": a sentence with only one of them is never matched.
    we_will = next(p for p in extractor.lexicon.patterns if p.id == "we_will")
    required = extractor.lexicon.required_words(we_will)
    assert ("LOWER", frozenset({"we"})) in required
    assert any(attr == "LOWER" and "will" in words for attr, words in required)


@pytest.mark.parametrize("verb", ["agreed", "committed"])
def test_the_two_standing_alone_are_the_two_just_named(base_nlp, extractor, verb):
    text = f"Rubio met Manalo in Manila. The two {verb} to hold the first meeting of a minerals working group."
    c = only(commitments(base_nlp, extractor, text, {"Rubio": "USA", "Manalo": "PHL"}))
    assert {c["actor"], *c["co_actors"]} == {"USA", "PHL"}


def test_a_recommendation_joined_to_another_with_its_own_subject_is_read_on_its_own(base_nlp, extractor):
    text = ("CARICOM has said little. Member states should insist that the joint commission meet before March, "
            "and Brazil should offer to host it.")
    doc = make_doc(base_nlp, text, {"CARICOM": "CARICOM", "Brazil": "BRA"})
    doc._.actors = [{"id": "CARICOM", "type": "igo", "affiliation": None}, {"id": "BRA", "type": "state", "affiliation": None}]
    assert {c["actor"]: c["action"] for c in extractor(doc)} == {
        "CARICOM": "the joint commission meet before March",
        "BRA": "offer to host it",
    }


def test_a_condition_the_parser_hangs_on_the_clause_timing_the_act_is_still_its_condition(base_nlp, extractor):
    text = ("The ELN said it would not extend the ceasefire when it expires on Saturday unless the government "
            "removes the group from its list.")
    c = only(commitments(base_nlp, extractor, text, {"ELN": "GRP:ELN"}))
    assert c["kind"] == "conditional"
    assert c["condition"].startswith("unless the government removes the group")


def test_a_quotation_she_said_is_told_by_the_person_named_last_before_it(base_nlp, extractor):
    text = ('Kamikawa said Tokyo would provide five patrol vessels to Manila. "We will continue to work closely '
            'with the Philippines," she said.')
    found = commitments(base_nlp, extractor, text, {"Kamikawa": "PER:Yoko Kamikawa", "Tokyo": "JPN", "Philippines": "PHL"})
    quoted = next(c for c in found if c["action"].startswith("continue to work closely"))
    assert quoted["actor"] in ("JPN", "PER:Yoko Kamikawa") and "PHL" not in [quoted["actor"], *quoted["co_actors"]]


@pytest.mark.parametrize(
    "text",
    [
        '"The people voted freely," said Marsh. "We call on Moldova to investigate every allegation."',
        '"We are worried. We call on Moldova to investigate every allegation," said Marsh.',
    ],
)
def test_a_quotation_running_over_two_sentences_is_told_by_the_speaker_named_once(base_nlp, extractor, text):
    c = only(commitments(base_nlp, extractor, text, {"Marsh": "PER:Helena Marsh", "Moldova": "MDA"}))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("PER:Helena Marsh", "demand", "MDA")


def test_restating_a_call_is_a_demand_on_whom_it_calls(base_nlp, extractor):
    actors = {"EU": "EU", "Russia": "RUS", "Ukraine": "UKR"}
    text = "The EU reiterates its call on Russia to immediately withdraw all its forces from Ukraine."
    c = only(commitments(base_nlp, extractor, text, actors))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("EU", "demand", "RUS")
    restated = only(commitments(base_nlp, extractor, "The EU reaffirmed its commitment to support Ukraine.", actors))
    assert restated["kind"] == "intent"  # a commitment restated is still the EU's own


def test_a_date_is_never_what_was_agreed_but_a_sum_committed_is_what_was_committed(base_nlp, extractor):
    text = "Israel and Hamas agreed on October 9 to the first phase of a plan."
    agreed = only(commitments(base_nlp, extractor, text, {"Israel": "ISR", "Hamas": "GRP:Hamas"}, {"October 9": "2025-10-09"}))
    assert agreed["action"].startswith("first phase of a plan")
    text = "The minister said the UK had already committed £120 million for 2025-26."
    committed = only(commitments(base_nlp, extractor, text, {"UK": "GBR"}, {"2025-26": "2025"}))
    assert (committed["kind"], committed["action"]) == ("pledge", "£120 million")


def test_a_date_is_never_what_was_proposed(base_nlp, extractor):
    text = "Leaders discussed a package of sanctions, which the Commission proposed on 10 June."
    found = commitments(base_nlp, extractor, text, {"Commission": "EC"}, {"10 June": "2025-06-10"})
    assert all("10 June" not in c["action"] for c in found)


def test_aid_authorized_is_aid_pledged_and_nothing_else_authorized_is(base_nlp, extractor):
    actors = {"United States": "USA", "Ukraine": "UKR"}
    text = "The United States is authorizing its seventy-first drawdown of military equipment for Ukraine."
    c = only(commitments(base_nlp, extractor, text, actors))
    assert (c["actor"], c["kind"]) == ("USA", "pledge")
    assert commitments(base_nlp, extractor, "The United States authorized the use of force.", actors) == []


def test_a_truce_one_side_declares_is_its_pledge(base_nlp, extractor):
    text = "The M23 announces a unilateral humanitarian ceasefire for a period of seventy-two hours."
    c = only(commitments(base_nlp, extractor, text, {"M23": "GRP:M23"}))
    assert (c["actor"], c["kind"]) == ("GRP:M23", "pledge")


def test_a_commitment_noun_keeps_its_infinitive_when_the_parser_hangs_it_on_the_verb(base_nlp, extractor):
    text = "The Council welcomes the commitment of Egypt, made in August 2025, to deploy a further 1,100 troops."
    c = only(commitments(base_nlp, extractor, text, {"Council": "AUPSC", "Egypt": "EGY"}, {"August 2025": "2025-08"}))
    assert (c["actor"], c["kind"], c["made"]) == ("EGY", "pledge", "2025-08")
    assert c["action"].startswith("deploy a further 1,100 troops")


def test_the_government_in_a_capital_reminded_of_its_undertaking_is_that_state(base_nlp, extractor):
    text = ("The M23 reminds the Government in Kinshasa that it signed the communiqué and undertook to open a "
            "direct dialogue with the M23.")
    found = commitments(base_nlp, extractor, text, {"M23": "GRP:M23", "Kinshasa": "COD"})
    undertook = next(c for c in found if c["action"].startswith("open a direct dialogue"))
    assert undertook["actor"] == "COD"


def test_they_after_unnamed_allies_promised_nothing_the_text_can_name(base_nlp, extractor):
    text = "Zelensky called on allies to deliver the systems they promised in July."
    found = commitments(base_nlp, extractor, text, {"Zelensky": "UKR"})
    assert [(c["actor"], c["kind"]) for c in found] == [("UKR", "demand")]  # not Ukraine's promise


def test_a_request_is_its_submitters_even_when_the_parser_hangs_submitted_lower(base_nlp, extractor):
    text = ("The Court delivered its Order on the request for the indication of provisional measures submitted by "
            "Armenia on 16 September 2025.")
    c = only(commitments(base_nlp, extractor, text, {"Court": "ICJ", "Armenia": "ARM"}))
    assert (c["actor"], c["kind"]) == ("ARM", "demand")  # not the Court "delivering on" it


def test_the_parties_are_not_those_named_as_facilitators(base_nlp, extractor):
    text = ("A second round opened in Jeddah, with the African Union and IGAD joining as facilitators. "
            "The parties agreed to set up a humanitarian forum.")
    doc = make_doc(base_nlp, text, {"African Union": "AU", "IGAD": "IGAD"})
    doc._.actors = [{"id": "AU", "type": "igo", "affiliation": None}, {"id": "IGAD", "type": "igo", "affiliation": None}]
    assert not any({"AU", "IGAD"} & {c["actor"], *c["co_actors"]} for c in extractor(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today the United Kingdom is announcing an additional £120 million in humanitarian aid for Sudan.",
         [("GBR", "pledge", "additional £120 million in humanitarian aid for Sudan")]),
        ("The Department of Energy announced nearly $3.5 billion to strengthen the grid.",
         [("USA", "pledge", "nearly $3.5 billion")]),
        # an announcement of something a sum is said of, or of what will be done, is no sum pledged
        ("The United States announced a plan worth $5 billion to fix its ports.", []),
    ],
)
def test_a_sum_announced_is_a_sum_pledged(base_nlp, extractor, text, expected):
    found = commitments(base_nlp, extractor, text, {"United Kingdom": "GBR", "Department of Energy": "USA",
                                                    "United States": "USA"})
    assert [(c["actor"], c["kind"], c["action"]) for c in found] == expected


def test_a_sum_or_support_pledged_to_a_party_has_that_party_as_counterpart(base_nlp, extractor):
    actors = {"Japan": "JPN", "Finland": "FIN"}
    c = only(commitments(base_nlp, extractor, "Japan pledged $10 million to Finland.", actors))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("JPN", "pledge", "FIN")
    c = only(commitments(base_nlp, extractor, "Japan pledged its full support to Finland.", actors))
    assert (c["actor"], c["kind"], c["counterpart"]) == ("JPN", "pledge", "FIN")
    # support restated is read by the noun's own frame, as before
    c = only(commitments(base_nlp, extractor, "Japan reaffirmed its support for Finland.", actors))
    assert (c["actor"], c["kind"]) == ("JPN", "intent")


def test_a_conditional_promise_told_as_made_stands_and_an_offer_waits(base_nlp, extractor):
    actors = {"Russia": "RUS", "Serbia": "SRB", "Peru": "PER", "Venezuela": "VEN"}
    c = only(commitments(base_nlp, extractor, "Russia promised to provide military assistance if Serbia is attacked.", actors))
    assert (c["kind"], c["status"]) == ("conditional", "made")
    c = only(commitments(base_nlp, extractor, "Peru offered to host the next round of talks if Venezuela joins them.", actors))
    assert (c["kind"], c["status"]) == ("conditional", "proposed")


def test_meeting_a_target_is_an_undertaking_and_meeting_a_person_an_itinerary(base_nlp, extractor):
    actors = {"Japan": "JPN", "India": "IND"}
    c = only(commitments(base_nlp, extractor, "Japan will meet its obligations.", actors))
    assert (c["actor"], c["kind"]) == ("JPN", "intent")
    assert commitments(base_nlp, extractor, "Japan will meet the Prime Minister of India.", actors) == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt reiterated its position that the dam threatens its water security.",
        # the parser takes the apposition for the verb's object
        "Guyana reiterated that the International Court of Justice is the proper forum to settle the border "
        "controversy, a position Caracas continues to reject.",
    ],
)
def test_a_position_restated_is_a_view_not_an_undertaking(nlp, text):
    assert nlp_kit.analyze(text, nlp=nlp, dct="2025-01-20").commitments == []


def test_a_past_verb_joined_to_a_recommended_act_is_the_recommender_s_own(nlp):
    text = ("The African Union recommended that the three countries conclude a framework agreement within six months "
            "and offered its panel of experts, with observers from the European Union, to support the talks.")
    records = [(c.actor, c.kind, c.action) for c in nlp_kit.analyze(text, nlp=nlp, dct="2025-02-08").commitments]
    assert records[0] == ("AU", "recommendation", "the three countries conclude a framework agreement within six months")


def test_an_infinitive_the_parser_hung_on_the_verb_after_the_noun_s_own_phrase_is_what_was_committed_to(nlp):
    text = ("Meeting in Kingstown under the auspices of CARICOM and the Community of Latin American and Caribbean "
            "States, the foreign ministers of Guyana and Venezuela "
            "reaffirmed the commitment made in the Argyle Declaration of December 14, 2023, not to threaten or use "
            "force against one another.")
    records = [(c.actor, c.co_actors, c.action, c.made) for c in nlp_kit.analyze(text, nlp=nlp).commitments]
    assert records == [("GUY", ["VEN"], "not threaten or use force against one another", "2023-12-14")]


def test_a_support_for_a_dialogue_to_reach_a_deal_is_support_for_the_dialogue(nlp):
    text = "Mr. Sullivan expressed U.S. support for the EU-facilitated Dialogue to reach a normalization agreement."
    actions = [c.action for c in nlp_kit.analyze(text, nlp=nlp, dct="2022-05-18").commitments]
    assert "reach a normalization agreement" not in actions


def test_an_aside_after_that_stays_in_the_action(nlp):
    text = "The United States pledged to ensure that, here in America, health care is a right and not a privilege."
    actions = [c.action for c in nlp_kit.analyze(text, nlp=nlp, dct="2021-06-17").commitments]
    assert actions == ["ensure that, here in America, health care is a right and not a privilege"]


def test_a_commitment_was_made_on_the_day_its_verb_names_not_in_a_phrase_placing_it_after_something(nlp):
    text = ("After four days of strikes in early May, the two militaries of India and Pakistan agreed on May 10 to "
            "stop all firing.")
    assert [c.made for c in nlp_kit.analyze(text, nlp=nlp, dct="2025-06-10").commitments] == ["2025-05-10"]


@pytest.mark.parametrize(
    "text",
    [
        "But the treaty itself remains suspended, and India has said it will not share flood data this monsoon season.",
        "The embassy in Khartoum has suspended operations, but Washington pledged to keep its aid flowing.",
    ],
)
def test_a_status_cue_in_another_clause_before_the_commitment_is_not_its_fate(nlp, text):
    assert [c.status for c in nlp_kit.analyze(text, nlp=nlp, dct="2025-06-10").commitments] == ["made"]


def test_a_promise_kept_before_its_terms_are_told_is_kept(nlp):
    text = ("We kept the promise to all those who lost loved ones: that we would never forget those we had lost, and "
            "that the United States will never waver in our commitment to prevent another attack.")
    assert "fulfilled" in [c.status for c in nlp_kit.analyze(text, nlp=nlp, dct="2021-05-02").commitments]


def test_what_one_helped_broker_was_brokered(nlp):
    text = "The United States, which helped broker the May ceasefire, ought to press both capitals to keep talking."
    records = [(c.kind, c.status) for c in nlp_kit.analyze(text, nlp=nlp, dct="2025-06-10").commitments]
    assert records == [("agreement", "made"), ("recommendation", "proposed")]
