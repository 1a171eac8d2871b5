"""nlp_kit_actors: who acts in a policy text, resolved to canonical ids (issue 3)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import nlp_kit
from nlp_kit.actors import load_gazetteer, read_actor_file
from nlp_kit.components.actors import SPANS_KEY, ActorRecognizer
from nlp_kit.errors import ConfigError, InputNotFound
from nlp_kit.eval.actors import score_document
from nlp_kit.ingest import from_text
from nlp_kit.schema import Author


@pytest.fixture(scope="module")
def nlp():
    """The base pipeline plus nlp_kit_actors only: later components do not change actors,
    and leaving them out keeps these tests fast and independent of them."""
    return nlp_kit.load(components=["nlp_kit_actors"])


def actors_of(nlp, text: str) -> dict[str, dict]:
    return {actor["id"]: actor for actor in nlp(text)._.actors}


def mention_texts(actor: dict) -> list[str]:
    return [mention["text"] for mention in actor["mentions"]]


def mention_forms(actor: dict) -> list[tuple[str, str]]:
    return [(mention["text"], mention["form"]) for mention in actor["mentions"]]


# --- metonymy: capitals and seats as agents versus places ---------------------------------


def test_lone_name_where_places_stand_is_not_a_person(nlp):
    found = actors_of(nlp, "The EU should finance a stockpile of spare cable sections in Tallinn and Klaipeda.")
    assert not any(actor_id.startswith("PER:") for actor_id in found)


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("The M23 rebels seized Goma in late January and Bukavu in mid-February.", {"Goma", "Bukavu"}),
        ("Today, President Biden will travel to Chandler, Arizona, to visit the plant.", {"Chandler"}),
    ],
)
def test_a_lone_city_name_is_a_place_not_a_person(nlp, text, cities):
    assert not {f"PER:{city}" for city in cities} & set(actors_of(nlp, text))


def test_a_city_name_a_title_vouches_for_is_still_a_person(nlp):
    assert "PER:Hamilton" in actors_of(nlp, "Ambassador Hamilton said the talks would resume.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Democratic Republic of the Congo signed the deal, and the Congolese government hailed it.", {"COD"}),
        ("The Republic of the Congo signed the deal, and the Congolese government hailed it.", {"COG"}),
        ("South Korea hosted the talks; the Korean delegation proposed a freeze.", {"KOR"}),
    ],
)
def test_a_demonym_two_states_share_is_the_one_the_text_names(nlp, text, expected):
    found = actors_of(nlp, text)
    assert {actor_id for actor_id in found if len(actor_id) == 3} == expected
    assert any(m["text"] in ("Congolese", "Korean") for actor_id in expected for m in found[actor_id]["mentions"])


def test_a_demonym_two_named_states_share_stays_unresolved(nlp):
    found = actors_of(nlp, "North Korea and South Korea met; the Korean delegation left early.")
    assert not any(m["text"] == "Korean" for actor in found.values() for m in actor["mentions"])


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The M23 withdrew from the town.", "GRP:M23"),
        ("Kinshasa committed to neutralize the FDLR.", "GRP:FDLR"),
        ("Fighters of Hayat Tahrir al-Sham entered Damascus.", "GRP:Hayat Tahrir al-Sham"),
        ("JNIM fighters attacked the convoy.", "GRP:JNIM"),
    ],
)
def test_well_known_armed_groups_are_groups(nlp, text, group):
    assert group in actors_of(nlp, text)


def test_the_commission_in_a_text_naming_the_european_council_is_the_european_commission(nlp):
    found = actors_of(nlp, "The European Council invites the Commission to present options by September.")
    assert mention_texts(found["EC"]) == ["Commission"]
    assert "EC" not in actors_of(nlp, "The electoral commission will publish the results. The Commission said so.")


def test_the_commission_after_another_commission_named_in_full_is_that_one_not_the_european_commission(nlp):
    text = ("The leaders met for the summit of the Mekong River Commission. They urged partners, including the "
            "European Union, to act, and Cambodia will share its review with the Commission.")
    found = actors_of(nlp, text)
    assert "EC" not in found
    assert mention_texts(found["ORG:Mekong River Commission"]) == ["Mekong River Commission", "Commission"]


def test_the_agency_is_the_agency_named_before_not_any_organisation(nlp):
    found = actors_of(nlp, "UN staff and 103 UNRWA employees were killed. Washington supports the Agency's work.")
    assert "Agency" in mention_texts(found["UNRWA"])
    found = actors_of(nlp, "Tehran suspended cooperation with the International Atomic Energy Agency. It let the agency back.")
    assert mention_texts(found["IAEA"])[-1] == "agency"


def test_a_court_or_fund_of_the_gazetteer_is_the_court_or_the_fund_capitalised(nlp):
    found = actors_of(nlp, "The International Court of Justice delivered its Order. The Court decided by thirteen votes to two.")
    assert mention_texts(found["ICJ"]) == ["International Court of Justice", "Court"]
    found = actors_of(nlp, "An IMF team visited Cairo. The Fund's staff reached an agreement with the government.")
    assert mention_texts(found["IMF"])[-1] == "Fund"
    found = actors_of(nlp, "The ICJ heard the case. Armenia's court of appeal ruled the same week.")
    assert mention_texts(found["ICJ"]) == ["ICJ"]  # a court in lower case is any court


def test_a_known_bodys_english_long_form_starts_at_its_own_first_word_and_replaces_the_ners_cut(nlp):
    import nlp_kit

    text = "The Council discussed Somalia and the AU Support and Stabilization Mission in Somalia (AUSSOM): funds."
    found = {a.id: [m.text for m in a.mentions] for a in nlp_kit.analyze(text, nlp=nlp).actors}
    mission = "ORG:African Union Support and Stabilization Mission in Somalia"
    assert found[mission] == ["AU Support and Stabilization Mission in Somalia", "AUSSOM"]
    assert "ORG:AU Support and Stabilization Mission" not in found and found["SOM"] == ["Somalia", "Somalia"]


def test_a_title_of_someone_is_no_organisation(nlp):
    import nlp_kit

    text = "The Council heard the Special Representative of the Chairperson of the Commission on Monday."
    assert not any(a.type == "org" for a in nlp_kit.analyze(text, nlp=nlp).actors)


def test_a_person_who_heads_a_body_of_an_organisation_belongs_to_it(nlp):
    import nlp_kit

    text = ("Observers met on Monday, said Helena Marsh, who heads the observation mission of the OSCE Office for "
            "Democratic Institutions and Human Rights (ODIHR).")
    people = {a.id: a for a in nlp_kit.analyze(text, nlp=nlp).actors}
    assert people["PER:Helena Marsh"].affiliation == "ORG:Office for Democratic Institutions and Human Rights"
    led = {a.id: a for a in nlp_kit.analyze("Jane Doe, who leads the EU's mission in Kosovo, spoke.", nlp=nlp).actors}
    assert led["PER:Jane Doe"].affiliation == "EU"


def test_the_court_after_a_named_court_is_that_court(nlp):
    found = actors_of(nlp, "The Permanent Arbitration Court heard the case. The Court ruled in 2023 that it had jurisdiction.")
    court = next(a for a in found.values() if a["type"] == "org")
    assert mention_texts(court)[-1] == "Court"


def test_capital_as_agent_is_the_government(nlp):
    actors = actors_of(nlp, "Ankara ties normalization to Baku's approval.")
    assert mention_texts(actors["TUR"]) == ["Ankara"]
    assert mention_texts(actors["AZE"]) == ["Baku"]
    assert actors["TUR"]["mentions"][0]["form"] == "capital"


def test_capital_as_subject_of_a_verb_is_the_state(nlp):
    actors = actors_of(nlp, "Its long-time ally Moscow, however, has disappointed it.")
    assert mention_texts(actors["RUS"]) == ["Moscow"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers met in Moscow on Tuesday.",
        "Talks between the two envoys resumed in Moscow.",  # where an event starts, goes on or ends
        "The negotiations ended in Moscow without agreement.",
    ],
)
def test_capital_where_people_meet_is_a_place_not_an_actor(nlp, text):
    assert "RUS" not in actors_of(nlp, text)


def test_capital_visited_is_a_destination_not_an_actor(nlp):
    actors = actors_of(nlp, "Blinken visited Beijing in June.")
    assert "CHN" not in actors


def test_possessor_capital_owns_its_ministry(nlp):
    actors = actors_of(nlp, "Beijing's Foreign Ministry said the Chinese side opposed any interference.")
    assert mention_texts(actors["CHN"]) == ["Beijing", "Chinese"]
    assert not any(actor_id.startswith("ORG:") for actor_id in actors)


def test_city_of_phrase_is_a_place(nlp):
    actors = actors_of(nlp, "The leaders met on the sidelines of the summit in the Russian city of Kazan.")
    assert not any("Kazan" in mention_texts(actor) for actor in actors.values())


def test_brussels_as_agent_is_the_european_union(nlp):
    actors = actors_of(nlp, "Brussels has refused to provide security guarantees.")
    assert mention_texts(actors["EU"]) == ["Brussels"]
    assert actors["EU"]["type"] == "igo"


def test_list_of_external_backers_are_actors(nlp):
    text = (
        "Armenian governments will keep looking to external backers, "
        "whether in Washington, Brussels, Paris, or Moscow."
    )
    actors = actors_of(nlp, text)
    assert {"USA", "EU", "FRA", "RUS"} <= set(actors)


def test_seat_of_government_stands_for_the_state(nlp):
    actors = actors_of(nlp, "The Kremlin warned of countermeasures.")
    assert mention_texts(actors["RUS"]) == ["Kremlin"]


# --- demonyms -------------------------------------------------------------------------------


def test_demonym_with_a_state_noun_is_the_state(nlp):
    actors = actors_of(nlp, "Armenian forces seized the district, and the Turkish government protested.")
    assert mention_texts(actors["ARM"]) == ["Armenian"]
    assert mention_texts(actors["TUR"]) == ["Turkish"]


def test_demonym_with_opposition_is_a_group_affiliated_with_the_state(nlp):
    actors = actors_of(nlp, "The Armenian opposition argues that this demand constitutes interference.")
    group = actors["GRP:Armenian opposition"]
    assert group["type"] == "group" and group["affiliation"] == "ARM"
    assert "ARM" not in actors


def test_people_and_historical_entities_are_not_the_state(nlp):
    text = (
        "The war displaced thousands of Armenians from Soviet Azerbaijan. "
        "The act united the Armenian Soviet Socialist Republic and the region."
    )
    actors = actors_of(nlp, text)
    assert "ARM" not in actors and "AZE" not in actors


def test_western_as_actor_modifier_is_the_west(nlp):
    actors = actors_of(nlp, "Western powers and the West more broadly have little leverage.")
    assert actors["WEST"]["type"] == "group"
    assert mention_texts(actors["WEST"]) == ["Western powers", "West"]


# --- people ---------------------------------------------------------------------------------


def test_title_and_affiliation_come_from_context(nlp):
    text = "President Salome Zourabichvili of Georgia met Moldovan Prime Minister Dorin Recean in Chisinau."
    actors = actors_of(nlp, text)
    georgian, moldovan = actors["PER:Salome Zourabichvili"], actors["PER:Dorin Recean"]
    assert georgian["affiliation"] == "GEO" and georgian["titles"] == ["President"]
    assert moldovan["affiliation"] == "MDA" and moldovan["titles"] == ["Prime Minister"]


def test_possessive_state_before_a_title_is_the_affiliation(nlp):
    actors = actors_of(nlp, "Georgia's Prime Minister Irakli Kobakhidze rejected the EU's criticism.")
    assert actors["PER:Irakli Kobakhidze"]["affiliation"] == "GEO"
    assert {"GEO", "EU"} <= set(actors)


def test_surname_and_possessive_link_to_the_full_name(nlp):
    text = (
        "Prime Minister Dorin Recean defended the reform. Critics called Recean naive, "
        "and Recean's own position could shift."
    )
    actors = actors_of(nlp, text)
    person_ids = [actor_id for actor_id in actors if actor_id.startswith("PER:")]
    assert person_ids == ["PER:Dorin Recean"]
    assert mention_texts(actors["PER:Dorin Recean"]) == ["Dorin Recean", "Recean", "Recean"]


def test_names_with_hyphenated_particles_link_their_short_form(nlp):
    text = "General Abdel Fattah al-Burhan rejected the talks. Egypt backs Burhan."
    actors = actors_of(nlp, text)
    assert mention_texts(actors["PER:Abdel Fattah al-Burhan"]) == ["Abdel Fattah al-Burhan", "Burhan"]


def test_well_known_leader_named_by_surname_gets_the_canonical_id(nlp):
    actors = actors_of(nlp, "Putin has warned that Pashinyan's turn to the West will have consequences.")
    assert actors["PER:Vladimir Putin"]["affiliation"] == "RUS"
    assert mention_texts(actors["PER:Nikol Pashinyan"]) == ["Pashinyan"]


def test_surname_of_a_leader_goes_to_the_person_the_text_introduced(nlp):
    actors = actors_of(nlp, "Jane Harris joined the bank in 2011. Harris now teaches strategy.")
    assert mention_texts(actors["PER:Jane Harris"]) == ["Jane Harris", "Harris"]
    assert "PER:Kamala Harris" not in actors


def test_leader_named_administration_is_the_government(nlp):
    actors = actors_of(nlp, "The Biden administration imposed new sanctions.")
    assert mention_texts(actors["USA"]) == ["Biden"]
    assert "PER:Joe Biden" not in actors


def test_leaders_of_organisations_are_affiliated_with_them(nlp):
    actors = actors_of(nlp, "NATO Secretary General Jens Stoltenberg welcomed Finland as a new member.")
    assert actors["PER:Jens Stoltenberg"]["affiliation"] == "NATO"
    assert {"NATO", "FIN"} <= set(actors)


def test_title_in_apposition_gives_the_title_and_state_affiliation(nlp):
    actors = actors_of(nlp, "Ayman Safadi, Jordan's foreign minister, called for an immediate ceasefire.")
    safadi = actors["PER:Ayman Safadi"]
    assert safadi["affiliation"] == "JOR" and safadi["titles"] == ["Foreign Minister"]
    assert mention_texts(safadi) == ["Ayman Safadi"]


def test_title_in_apposition_gives_the_igo_affiliation(nlp):
    actors = actors_of(nlp, "Jens Stoltenberg, NATO Secretary General, warned that Russia was rearming.")
    stoltenberg = actors["PER:Jens Stoltenberg"]
    assert stoltenberg["affiliation"] == "NATO" and stoltenberg["titles"] == ["Secretary General"]
    assert mention_texts(actors["NATO"]) == ["NATO"]


def test_apposition_that_names_another_person_is_not_a_title(nlp):
    actors = actors_of(nlp, "Ayman Safadi, Foreign Minister Retno Marsudi and others signed the appeal.")
    assert actors["PER:Ayman Safadi"]["titles"] == []


# --- references by title --------------------------------------------------------------------


def test_bare_title_refers_to_the_named_holder_of_that_title(nlp):
    text = (
        "President Joseph R. Biden, Jr. spoke with Prime Minister Yoshihide Suga of Japan. "
        "The Prime Minister welcomed the President's commitment to the alliance."
    )
    actors = actors_of(nlp, text)
    suga, biden = actors["PER:Yoshihide Suga"], actors["PER:Joe Biden"]
    assert mention_forms(suga) == [("Yoshihide Suga", "name"), ("Prime Minister", "title")]
    assert mention_forms(biden) == [("Joseph R. Biden", "name"), ("President", "title")]


def test_bare_title_follows_the_most_recent_holder_and_its_head_word(nlp):
    text = (
        "Secretary of State Antony Blinken met Chancellor Olaf Scholz in Berlin. "
        "The Secretary thanked the Chancellor for Germany's support."
    )
    actors = actors_of(nlp, text)
    assert mention_texts(actors["PER:Antony Blinken"]) == ["Antony Blinken", "Secretary"]
    assert mention_texts(actors["PER:Olaf Scholz"]) == ["Olaf Scholz", "Chancellor"]


def test_readout_title_without_a_named_holder_stays_unresolved(nlp):
    actors = actors_of(nlp, "The President underscored the importance of the partnership with Kenya.")
    assert set(actors) == {"KEN"}


def test_bare_title_shared_by_two_named_holders_stays_unresolved(nlp):
    text = "President Biden spoke with President Yoon Suk Yeol of Korea. The President reaffirmed the commitment."
    actors = actors_of(nlp, text)
    assert all(m["form"] != "title" for actor in actors.values() for m in actor["mentions"])


def test_title_before_its_holder_is_named_stays_unresolved(nlp):
    actors = actors_of(nlp, "The Chancellor spoke first. Later, Chancellor Olaf Scholz met the press.")
    assert mention_texts(actors["PER:Olaf Scholz"]) == ["Olaf Scholz"]


def test_state_qualified_title_is_that_states_named_holder(nlp):
    text = (
        "Prime Minister Fumio Kishida of Japan met President Yoon Suk Yeol. "
        "The Japanese Prime Minister later told reporters that the talks went well."
    )
    actors = actors_of(nlp, text)
    kishida = actors["PER:Fumio Kishida"]
    assert mention_forms(kishida)[-1] == ("Prime Minister", "title")


def test_state_qualified_title_without_a_holder_is_the_state(nlp):
    actors = actors_of(nlp, "Hungary's prime minister opposed the plan, and the Prime Minister of Slovakia agreed.")
    assert mention_forms(actors["HUN"]) == [
        ("Hungary", "name"),
        ("prime minister", "title"),
    ]
    assert [m["form"] for m in actors["SVK"]["mentions"]] == ["title", "name"]


def test_title_of_an_office_named_after_a_state_is_not_the_state(nlp):
    text = "They met the Director of the U.S. Patent and Trademark Office and the Prime Minister of Japan."
    actors = actors_of(nlp, text)
    assert "USA" not in actors or all(m["form"] != "title" for m in actors["USA"]["mentions"])
    assert [m["form"] for m in actors["JPN"]["mentions"]] == ["title", "name"]


# --- organisations ----------------------------------------------------------------------------


def test_igo_anaphor_refers_to_the_igo_named_just_before(nlp):
    text = (
        "The Russian-led Collective Security Treaty Organization held exercises last month. "
        "Armenia has frozen its participation, and the organization has struggled to respond."
    )
    csto = actors_of(nlp, text)["CSTO"]
    assert mention_forms(csto)[-1] == ("organization", "anaphor")


def test_the_council_refers_to_the_council_named_just_before(nlp):
    text = "The Arctic Council has been paralysed since 2022. Last year, the council agreed to resume work."
    assert mention_forms(actors_of(nlp, text)["ARCTIC"])[-1] == ("council", "anaphor")
    assert set(actors_of(nlp, "The city council met. The council agreed to build a bridge.")) == set()


def test_igo_anaphor_needs_an_igo_of_its_kind(nlp):
    text = "The European Union pledged more aid. The bloc will pay in March, and the alliance will follow."
    actors = actors_of(nlp, text)
    assert mention_texts(actors["EU"]) == ["European Union", "bloc"]
    assert "NATO" not in actors


def test_igo_anaphor_far_from_any_named_igo_stays_unresolved(nlp):
    text = (
        "NATO met in Vilnius. Leaders spoke at length. They ate dinner. Reporters waited outside. "
        "The alliance later issued a statement."
    )
    assert mention_texts(actors_of(nlp, text)["NATO"]) == ["NATO"]


def test_alliance_between_two_states_is_not_the_named_igo(nlp):
    text = "NATO leaders met on Monday. They also discussed the alliance between Japan and Korea."
    assert mention_texts(actors_of(nlp, text)["NATO"]) == ["NATO"]


def test_lower_case_union_is_not_the_european_union(nlp):
    text = "The European Union criticised the strike, but the union said its members would stay out."
    assert mention_texts(actors_of(nlp, text)["EU"]) == ["European Union"]


def test_single_word_organisation_acting_as_subject_is_an_actor(nlp):
    actors = actors_of(nlp, "Xiaomi and Nvidia said they would appeal the ruling.")
    assert {"ORG:Xiaomi", "ORG:Nvidia"} <= set(actors)
    assert actors["ORG:Xiaomi"]["type"] == "org"


def test_single_word_organisation_as_possessor_or_passive_agent_is_an_actor(nlp):
    assert "ORG:Xiaomi" in actors_of(nlp, "Xiaomi's appeal was rejected.")
    assert "ORG:Siemens" in actors_of(nlp, "The ruling was welcomed by Siemens on Monday.")


def test_state_linked_companies_the_ner_misses_come_from_the_gazetteer_with_their_home_state(nlp):
    actors = actors_of(nlp, "Gazprom cut gas supplies to Moldova, and Rosatom signed a deal with Hungary.")
    assert {"ORG:Gazprom", "ORG:Rosatom", "MDA", "HUN"} == set(actors)
    assert (actors["ORG:Gazprom"]["type"], actors["ORG:Gazprom"]["affiliation"]) == ("org", "RUS")
    assert mention_forms(actors_of(nlp, "SOCAR agreed to expand the pipeline.")["ORG:SOCAR"]) == [
        ("SOCAR", "abbreviation"),
    ]


def test_a_region_the_ner_tags_person_is_a_place_after_from_or_in(nlp):
    text = "The African Union demanded the withdrawal of all foreign forces from Tigray and Amhara."
    assert set(actors_of(nlp, text)) == {"AU"}


def test_a_capital_or_state_naming_an_agreement_or_talks_is_their_venue_not_a_party(nlp):
    assert "ZAF" not in actors_of(nlp, "The Pretoria agreement of November 2022 ended the war.")
    assert "BLR" not in actors_of(nlp, "The Minsk talks collapsed.")
    assert "BLR" not in actors_of(nlp, "Ukraine and Russia signed the Minsk II agreement.")
    assert "RUS" in actors_of(nlp, "Moscow's agreement was never given.")
    assert "BRB" not in actors_of(nlp, "The government and the opposition signed the Barbados Agreement.")
    assert "IRN" in actors_of(nlp, "The Iran deal collapsed.")
    assert "BIH" in actors_of(nlp, "Serbia and Bosnia signed a deal.")


def test_leaders_known_by_their_given_name_are_linked_with_their_state(nlp):
    actors = actors_of(nlp, "Prime Minister Abiy Ahmed met President Isaias Afwerki. Abiy later told parliament ...")
    assert mention_texts(actors["PER:Abiy Ahmed"]) == ["Abiy Ahmed", "Abiy"]
    assert actors["PER:Isaias Afwerki"]["affiliation"] == "ERI"


def test_a_known_leader_found_by_full_name_is_also_his_later_surname(nlp):
    actors = actors_of(nlp, "National Security Advisor Jake Sullivan met Wang Yi in Vienna. Sullivan raised Taiwan.")
    assert mention_texts(actors["PER:Jake Sullivan"]) == ["Jake Sullivan", "Sullivan"]
    assert "PER:Sullivan" not in actors


def test_a_month_is_never_a_surname(nlp):
    actors = actors_of(nlp, "Theresa May resigned. In May the party chose a new leader.")
    assert mention_texts(actors["PER:Theresa May"]) == ["Theresa May"]


def test_ner_person_and_organisation_mix_ups_are_read_from_the_name_and_its_context(nlp):
    # the small model tags the coalition PERSON and the politician ORG
    assert set(actors_of(nlp, "The opposition Unitary Platform signed the deal.")) == {"ORG:Unitary Platform"}
    text = "The court upheld the ban on María Corina Machado, who won the opposition primary. Machado appealed."
    assert mention_texts(actors_of(nlp, text)["PER:María Corina Machado"]) == ["María Corina Machado", "Machado"]


def test_an_abbreviated_thing_whose_head_is_not_an_organisation_word_is_no_actor(nlp):
    text = "A High-Altitude Platform Station (HAPS) was launched. HAPS relays signals."
    assert not any(a.startswith("ORG:") for a in actors_of(nlp, text))


def test_an_abbreviation_the_text_defines_is_the_organisation_it_abbreviates(nlp):
    actors = actors_of(nlp, "The Caspian Pipeline Consortium (CPC) halted exports. The CPC blamed drone attacks.")
    assert set(actors) == {"ORG:Caspian Pipeline Consortium"}
    assert mention_forms(actors["ORG:Caspian Pipeline Consortium"]) == [
        ("Caspian Pipeline Consortium", "name"), ("CPC", "abbreviation"), ("CPC", "abbreviation"),
    ]


def test_a_defined_abbreviation_links_to_a_known_actor_and_keeps_a_state_inside_its_long_form(nlp):
    actors = actors_of(nlp, "The Organization for Security and Co-operation in Europe (OSCE) sent observers. "
                            "The OSCE said the vote was fair.")
    assert mention_texts(actors["OSCE"])[1:] == ["OSCE", "OSCE"]
    actors = actors_of(nlp, "The European Union Mission in Armenia (EUMA) began patrols. EUMA monitors reported.")
    mission = actors["ORG:European Union Mission in Armenia"]
    assert mention_texts(mission) == ["European Union Mission in Armenia", "EUMA", "EUMA"]
    assert "ARM" in actors


def test_a_body_named_after_an_international_organisation_belongs_to_it(nlp):
    actors = actors_of(nlp, "The United Nations Verification Mission will monitor the ceasefire.")
    assert actors["ORG:United Nations Verification Mission"]["affiliation"] == "UN"
    actors = actors_of(nlp, "The European Union Mission in Armenia (EUMA) began patrols.")
    assert actors["ORG:European Union Mission in Armenia"]["affiliation"] == "EU"
    assert actors_of(nlp, "The Carnegie Endowment Foundation published a report.")[
        "ORG:Carnegie Endowment Foundation"]["affiliation"] is None


def test_a_defined_abbreviation_the_gazetteer_knows_makes_the_long_form_a_spelling_of_that_actor(nlp):
    actors = actors_of(nlp, "The International Labor Organisation (ILO) warned. The ILO said more.")
    assert set(actors) == {"ILO"}
    assert mention_texts(actors["ILO"]) == ["International Labor Organisation", "ILO", "ILO"]


def test_an_english_name_before_a_known_groups_own_language_abbreviation_is_that_group(nlp):
    doc = nlp("Petro resumed talks with the National Liberation Army (ELN) in November. The ELN agreed to a truce.")
    assert {(s.text, s.label_) for s in doc.spans["nlp_kit_actors"]} >= {
        ("National Liberation Army", "GRP:ELN"), ("ELN", "GRP:ELN"),
    }
    assert not any(a["id"] == "GRP:National Liberation Army" for a in doc._.actors)


@pytest.mark.parametrize(
    ("text", "state", "abbreviation"),
    [
        ("Fighting broke out between the Sudanese Armed Forces (SAF) and the RSF. The SAF refused.", "SDN", "SAF"),
        ("The Israel Defense Forces (IDF) said the strike hit a depot. The IDF said more.", "ISR", "IDF"),
    ],
)
def test_a_states_armed_forces_defined_with_an_abbreviation_are_that_state(nlp, text, state, abbreviation):
    actors = actors_of(nlp, text)
    assert abbreviation in mention_texts(actors[state])
    assert not any(actor_id.startswith("ORG:") for actor_id in actors)


def test_the_text_s_own_definition_wins_over_another_reading_of_the_abbreviation(nlp):
    actors = actors_of(nlp, "The Communist Party of China (CPC) met. The CPC elected a new Politburo.")
    assert "ORG:CPC" not in actors
    assert mention_texts(actors["ORG:Communist Party of China"]) == ["Communist Party of China", "CPC", "CPC"]


@pytest.mark.parametrize(
    "text",
    [
        "Gross Domestic Product (GDP) grew. GDP is up.",  # no organisation word
        "The Intermediate-Range Nuclear Forces Treaty (INF) collapsed.",  # a treaty, not a body
        "NAIROBI, Kenya (AP) _ Suspected bombs exploded.",  # initials do not spell it
    ],
)
def test_abbreviations_of_things_that_do_not_act_make_no_actor(nlp, text):
    assert not any(a.startswith("ORG:") for a in actors_of(nlp, text))


def test_office_words_and_headings_are_not_organisations(nlp):
    assert not any(a.startswith("ORG:") for a in actors_of(nlp, "Treasury said it would respond on Monday."))
    assert not any(a.startswith("ORG:") for a in actors_of(nlp, "Congress passed the bill after a long debate."))
    assert not any(a.startswith("ORG:") for a in actors_of(nlp, "Xiaomi Says It Will Appeal The Ruling"))
    text = "The new Guidelines are informed by evidence, and the Executive Order's initiatives continue."
    assert not any(a.startswith("ORG:") for a in actors_of(nlp, text))


def test_authors_in_the_metadata_are_not_narrative_actors(nlp):
    document = from_text("Nigar Göksel argues that Turkey should open the border.")
    document = document.model_copy(
        update={"meta": document.meta.model_copy(update={"authors": [Author(name="Nigar Göksel")]})}
    )
    analysis = nlp_kit.analyze(document, nlp=nlp)
    ids = {actor.id for actor in analysis.actors}
    assert "TUR" in ids and not any("Göksel" in actor_id for actor_id in ids)


# --- robustness -----------------------------------------------------------------------------


def test_known_capital_tagged_person_by_the_ner_is_still_the_state(nlp):
    doc = nlp.make_doc("Talks between Yerevan and Baku remained tense.")
    for _name, pipe in nlp.pipeline:
        if _name == "nlp_kit_actors":
            break
        doc = pipe(doc)
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 4, 5, label="ORG")]
    doc = nlp.get_pipe("nlp_kit_actors")(doc)
    ids = [actor["id"] for actor in doc._.actors]
    assert ids == ["ARM", "AZE"]


def test_country_name_inside_a_person_name_is_the_person(nlp):
    actors = actors_of(nlp, "Acting Secretary Chad Wolf met Representative Jim Jordan on Monday.")
    assert "TCD" not in actors and "JOR" not in actors
    assert {"PER:Chad Wolf", "PER:Jim Jordan"} <= set(actors)


def test_common_words_do_not_become_actors(nlp):
    actors = actors_of(nlp, "Let us talk about the turkey and the china on the table, in general.")
    assert actors == {}


def test_abbreviations_in_all_caps_text_are_words(nlp):
    assert actors_of(nlp, "LET US ACT NOW, THE SPEAKER SAID.") == {}
    assert set(actors_of(nlp, "US and EU officials met.")) == {"USA", "EU"}


def test_regions_are_places_not_actors(nlp):
    actors = actors_of(nlp, "Trade routes connect the South Caucasus with Central Asia and Nagorno-Karabakh.")
    assert actors == {}


def test_names_inside_hyphenated_words_keep_exact_offsets(nlp):
    text = "They discussed the U.S.-Japan alliance."
    actors = actors_of(nlp, text)
    usa, jpn = actors["USA"]["mentions"][0], actors["JPN"]["mentions"][0]
    assert text[usa["start"] : usa["end"]] == "U.S." and text[jpn["start"] : jpn["end"]] == "Japan"


def test_span_group_holds_one_span_per_mention_labelled_by_id(nlp):
    doc = nlp("Ankara and Yerevan promised that their border with Turkey would open.")
    labels = sorted(span.label_ for span in doc.spans[SPANS_KEY])
    assert labels == sorted(actor["id"] for actor in doc._.actors for _ in actor["mentions"])
    assert labels == ["ARM", "TUR", "TUR"]


def test_salience_ranks_the_most_mentioned_actor_first(nlp):
    actors = actors_of(nlp, "France backed Armenia. Armenia thanked France and Armenia signed. Japan watched.")
    assert actors["ARM"]["salience"] > actors["FRA"]["salience"] > actors["JPN"]["salience"]


# --- user actor files -----------------------------------------------------------------------


def test_user_actor_csv_adds_people_with_affiliation(nlp, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(
        "id,name,type,affiliation,aliases,titles,valid_from,valid_to\n"
        ",Ruben Vardanyan,person,ARM,Vardanyan,State Minister,2022-11-04,2023-02-23\n"
        "ORG:Eurasia Partnership,Eurasia Partnership Foundation,org,,EPF,,,\n",
        encoding="utf-8",
    )
    recognizer = ActorRecognizer(nlp, extra_actors=str(path))
    doc = recognizer(nlp("Ruben Vardanyan met the EPF board. Vardanyan later resigned."))
    actors = {actor["id"]: actor for actor in doc._.actors}
    assert actors["PER:Ruben Vardanyan"]["affiliation"] == "ARM"
    assert mention_texts(actors["PER:Ruben Vardanyan"]) == ["Ruben Vardanyan", "Vardanyan"]
    assert actors["PER:Ruben Vardanyan"]["titles"] == ["State Minister"]
    assert mention_texts(actors["ORG:Eurasia Partnership"]) == ["EPF"]


def test_user_actor_yaml_respects_the_validity_period(nlp, tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(
        "- {name: Serzh Sargsyan, type: person, affiliation: ARM, aliases: [Sargsyan], valid_to: 2018-04-23}\n",
        encoding="utf-8",
    )
    recognizer = ActorRecognizer(nlp, extra_actors=str(path))
    old = nlp.make_doc("Sargsyan resigned after protests.")
    old._.dct = "2018-04-01"
    later = nlp.make_doc("Sargsyan resigned after protests.")
    later._.dct = "2024-01-01"
    assert [a["id"] for a in recognizer(nlp.get_pipe("ner")(old))._.actors] == ["PER:Serzh Sargsyan"]
    assert "PER:Serzh Sargsyan" not in [a["id"] for a in recognizer(nlp.get_pipe("ner")(later))._.actors]


def test_bad_actor_files_name_the_file_and_the_fix(tmp_path):
    with pytest.raises(InputNotFound, match="missing.csv"):
        read_actor_file(tmp_path / "missing.csv")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {name: Wagner, type: militia}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="use one of state, person, igo, org, group"):
        read_actor_file(bad)


# --- packaging ------------------------------------------------------------------------------


def test_component_runs_in_a_blank_pipeline():
    blank = spacy.blank("en")
    blank.add_pipe("nlp_kit_actors")
    ids = [actor["id"] for actor in blank("France and Germany signed the accord with the EU.")._.actors]
    assert ids == ["FRA", "DEU", "EU"]


def test_extra_actors_survive_to_disk_and_from_disk(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,type,affiliation\nAlen Simonyan,person,ARM\n", encoding="utf-8")
    blank = spacy.blank("en")
    blank.add_pipe("nlp_kit_actors", config={"extra_actors": str(path)})
    blank.to_disk(tmp_path / "pipeline")
    path.unlink()
    reloaded = spacy.load(tmp_path / "pipeline", config={"components": {"nlp_kit_actors": {"extra_actors": None}}})
    ids = [actor["id"] for actor in reloaded("Alen Simonyan spoke.")._.actors]
    assert ids == ["PER:Alen Simonyan"]


def test_gazetteer_covers_states_polities_capitals_and_igos():
    aliases = load_gazetteer().aliases
    expected = {
        "Kosovo": "XKX", "Taiwan": "TWN", "Palestine": "PSE", "Western Sahara": "ESH", "U.K.": "GBR",
        "U.N.": "UN", "the States": "USA", "Turkish": "TUR", "Yerevan": "ARM", "CSTO": "CSTO",
        "OSCE": "OSCE", "BRICS": "BRICS", "G20": "G20", "World Bank": "WB", "Brussels": "EU",
        "American": "USA", "Chinese": "CHN", "French": "FRA", "British": "GBR", "Saudi": "SAU",
    }
    assert {text: aliases[text].actor_id for text in expected} == expected


# --- reference article ----------------------------------------------------------------------


def test_reference_article_reaches_actor_f1_of_090(nlp, reference_text, reference_gold):
    analysis = nlp_kit.analyze(reference_text, nlp=nlp)
    predicted = [actor.model_dump(mode="json") for actor in analysis.actors]
    gold = {**reference_gold, "ignore_mentions": reference_gold["ignore_mentions"]}
    counts = score_document(reference_text, gold, predicted)
    precision = counts["actor_tp"] / counts["actor_pred"]
    recall = counts["actor_tp"] / counts["actor_gold"]
    assert 2 * precision * recall / (precision + recall) >= 0.90
    by_id = {actor["id"]: actor for actor in predicted}
    for state, capital in (("ARM", "Yerevan"), ("AZE", "Baku"), ("TUR", "Ankara"), ("RUS", "Moscow")):
        assert mention_texts(by_id[state]).count(capital) == reference_text.count(capital)
    assert set(mention_texts(by_id["PER:Nikol Pashinyan"])) == {"Nikol Pashinyan", "Pashinyan"}


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO (AP) — A decade after the uprising that toppled Hosni Mubarak, the streets were quiet on Monday.",
        "BELGRADE, Yugoslavia (AP) _ A decade after the uprising, Hosni Mubarak spoke.",
        "SEOUL (Reuters) - A decade after the uprising, Hosni Mubarak spoke.",
    ],
)
def test_a_wire_dateline_is_where_the_story_was_filed_not_an_actor(nlp, text):
    assert set(actors_of(nlp, text)) == {"PER:Hosni Mubarak"}


def test_a_known_name_before_a_dash_without_a_wire_credit_stays_an_actor(nlp):
    assert set(actors_of(nlp, "NATO - Russia relations soured.")) == {"NATO", "RUS"}


def test_a_capitalised_word_before_a_number_is_an_instrument_not_a_person(nlp):
    found = actors_of(nlp, "To seek your decision on General License 44, which authorizes transactions.")
    assert not any(actor_id.startswith("PER:") for actor_id in found)


def test_a_body_the_ner_took_for_a_building_is_an_organisation_named_again_later(nlp):
    found = actors_of(nlp, "The government and the opposition Unitary Platform signed a roadmap in Barbados. "
                           "The Unitary Platform has asked us to keep up the pressure.")
    assert mention_texts(found["ORG:Unitary Platform"]) == ["Unitary Platform", "Unitary Platform"]
    found = actors_of(nlp, "In Colombia, a 90-day truce between the government and the Gulf Clan expires on Friday.")
    assert found["GRP:Gulf Clan"]["type"] == "group"


def test_a_body_described_and_given_a_short_name_is_known_by_it(nlp):
    text = ("He met leaders of the Guatemalan National Revolutionary Unity, the guerrilla alliance known as the "
            "URNG. The URNG committed to demobilize its fighters.")
    found = actors_of(nlp, text)
    group = found["GRP:Guatemalan National Revolutionary Unity"]
    assert group["type"] == "group"
    assert mention_forms(group) == [("Guatemalan National Revolutionary Unity", "name"), ("URNG", "abbreviation"),
                                    ("URNG", "abbreviation")]
    assert "GTM" in found  # "Guatemalan" inside the name stays the state's own mention


def test_a_surname_two_people_share_is_the_first_one_s(nlp):
    text = ("Anders Lunde, a Norwegian diplomat, died on Tuesday. His daughter, Ingrid Lunde, said the cause was "
            "heart failure. Mr. Lunde joined Norway's foreign service in 1966.")
    found = actors_of(nlp, text)
    assert mention_texts(found["PER:Anders Lunde"]) == ["Anders Lunde", "Lunde"]
    assert mention_texts(found["PER:Ingrid Lunde"]) == ["Ingrid Lunde"]


def test_a_name_after_a_role_noun_is_a_person_the_ner_took_for_a_body(nlp):
    found = actors_of(nlp, "In January, the court upheld the ban on opposition candidate María Corina Machado.")
    assert found["PER:María Corina Machado"]["type"] == "person"


def test_the_government_in_lower_case_is_the_state_whose_government_the_text_named_last(nlp):
    text = ("Anders Lunde, a Norwegian diplomat, shuttled between Guatemala's government and its guerrillas. "
            "In 1990 he brought the guerrillas to Oslo, where they agreed to negotiate with the government.")
    found = actors_of(nlp, text)
    assert "government" in mention_texts(found["GTM"]) and "government" not in mention_texts(found["NOR"])


def test_the_holder_of_an_office_of_an_organisation_s_organ_is_that_organisation(nlp):
    found = actors_of(nlp, "The chairperson of the African Union Commission has promised to present a plan.")
    assert mention_texts(found["AU"]) == ["chairperson", "African Union"]


def test_the_e3_is_the_european_three_of_iran_diplomacy(nlp):
    assert "E3" in actors_of(nlp, "The E3 should keep the snapback in reserve.")


def test_a_known_person_written_without_diacritics_is_that_person(nlp):
    found = actors_of(nlp, "Chinese President Xi Jinping held a phone call with Brazilian President Luiz Inacio Lula "
                           "da Silva on Wednesday.")
    assert "PER:Luiz Inácio Lula da Silva" in found and "PER:Luiz Inacio Lula da Silva" not in found


def test_an_organisation_s_board_keeps_the_organisation(nlp):
    found = actors_of(nlp, "The IAEA Board of Governors is expected to vote later today on a resolution.")
    assert mention_texts(found["IAEA"]) == ["IAEA"]


def test_a_body_posted_to_a_place_keeps_the_place_in_its_name_and_its_organisation(nlp):
    doc = nlp("The European Union Mission in Armenia will continue to patrol the border.")
    mission = next(a for a in doc._.actors if a["id"].startswith("ORG:"))
    assert (mission["id"], mission["affiliation"]) == ("ORG:European Union Mission in Armenia", "EU")


def test_a_long_form_name_with_its_organisation_word_first_is_an_organisation(nlp):
    doc = nlp("Observers from the International Fund for Saving the Aral Sea attended the meeting.")
    assert "ORG:International Fund for Saving the Aral Sea" in {a["id"] for a in doc._.actors}
    doc = nlp("The Ministry of Foreign Affairs of Japan said so.")
    assert not any(a["id"].startswith("ORG:Ministry") for a in doc._.actors)


def test_a_name_after_a_title_is_a_person_even_where_the_ner_misses_it(nlp):
    actors = actors_of(nlp, "Soldiers detained President Umaro Sissoco Embalo on Wednesday. ECOWAS demanded Embalo's release.")
    assert mention_texts(actors["PER:Umaro Sissoco Embalo"]) == ["Umaro Sissoco Embalo", "Embalo"]
    # a title opening a name is no person's title, and a name cut at an initial is no name
    assert not any(i.startswith("PER:") for i in actors_of(nlp, "Congress passed the General Mining Law in 1872."))


def test_a_body_that_names_itself_is_a_group_and_the_noun_it_describes_a_mention(nlp):
    text = ("On Wednesday evening, the officers, who call themselves the High Military Command for the Restoration "
            "of Order, said they would remain in charge for one year.")
    group = actors_of(nlp, text)["GRP:High Military Command for the Restoration of Order"]
    assert group["type"] == "group"
    assert mention_texts(group) == ["the officers", "High Military Command for the Restoration of Order"]


def test_the_panel_is_the_sanctions_panel_the_title_names(nlp):
    doc = nlp_kit.analyze(
        "Summary of the final report of the Panel of Experts on South Sudan\n\nThe Panel found that the South Sudan "
        "People's Defence Forces received 40 armoured vehicles.", nlp=nlp)
    actors = {a.id: [m.text for m in a.mentions] for a in doc.actors}
    assert actors["ORG:Panel of Experts on South Sudan"] == ["Panel"]
    assert "South Sudan People's Defence Forces" in actors["SSD"]  # the state's army, not Myanmar's resistance
    assert "GRP:People's Defence Force" not in actors


def test_an_organisation_s_long_name_on_a_line_of_its_own_is_that_organisation(nlp):
    actors = actors_of(nlp, "Event Summary\n\nCenter for Maritime Security Studies\nEvent held March 3, 2026\n\n"
                            "On Tuesday, the Center hosted a panel on shipping security.")
    assert mention_texts(actors["ORG:Center for Maritime Security Studies"]) == [
        "Center for Maritime Security Studies", "Center"]
    # the last line of a wrapped sentence is no name
    assert not any(i.startswith("ORG:") for i in actors_of(nlp, "We thank the nurses of the\nAssociation of Hispanic Nurses"))


def test_a_text_s_one_state_named_by_its_parliament_is_the_home_of_the_federal_government(nlp):
    actors = actors_of(nlp, "The Bundestag adopted the Act in June 2022. The Federal Government must report annually.")
    assert mention_texts(actors["DEU"]) == ["Bundestag", "Federal Government"]


def test_a_ministry_s_release_names_its_minister_whole_and_as_its_state_s(nlp):
    text = ("Ministry of National Defence of the Republic of Poland\n\nWarsaw, 3 June 2025\n\nDeputy Prime Minister and "
            "Minister of National Defence Władysław Kosiniak-Kamysz today signed a contract with Hyundai Rotem. "
            "Korea has kept every delivery date it promised us.")
    actors = {a.id: a for a in nlp_kit.analyze(text, nlp=nlp).actors}  # the first line is the release's title
    minister = actors["PER:Władysław Kosiniak-Kamysz"]  # the NER tags the surname alone
    assert minister.affiliation == "POL"
    # the other party to a contract is an organisation, acting or not
    assert "ORG:Hyundai Rotem" in actors_of(nlp, "Poland today signed a contract with Hyundai Rotem for 180 K2 tanks "
                                                 "worth USD 6.5 billion.")
    assert "KOR" in actors  # "Korea" alone is South Korea
    # an honorific or a title word is no given name
    assert "PER:Tom Randall" in actors_of(nlp, "1. Mr Tom Randall (Gedling) (Lab): What steps are being taken?")


def test_a_title_with_its_portfolio_is_the_title_of_the_name_after_it(nlp):
    text = ("Ministry of National Defence of the Republic of Poland\n\nMinister of National Defence Władysław "
            "Kosiniak-Kamysz signed the contract. \"We will now buy more,\" the minister said. Kosiniak-Kamysz "
            "thanked the workers.")
    analysis = nlp_kit.analyze(text, nlp=nlp)
    minister = next(a for a in analysis.actors if a.id == "PER:Władysław Kosiniak-Kamysz")
    assert minister.titles == ["Minister"]
    # "the minister" is his title; "Kosiniak-Kamysz", a hyphenated surname the NER reads as a name, is him too
    assert [m.text for m in minister.mentions] == ["Władysław Kosiniak-Kamysz", "minister", "Kosiniak-Kamysz"]


@pytest.mark.parametrize(
    "text",
    [
        "He urged calm during Ramadan and hoped that Eid al-Fitr would pass peacefully.",
        "Families gathered for Eid al-Adha, and Yom Kippur and Rosh Hashanah were observed.",
        "We send our warmest wishes to all those celebrating Rosh\nHashanah in the United States.",
    ],
)
def test_a_feast_the_ner_takes_for_a_person_is_none(nlp, text):
    assert not [actor_id for actor_id in actors_of(nlp, text) if actor_id.startswith("PER:")]


def test_a_surname_before_county_or_city_names_a_place_not_the_person(nlp):
    text = ("Vice President Kamala Harris spoke. Harris County Commissioner Adrian Garcia will speak next. "
            "Harris said more.")
    actors = actors_of(nlp, text)
    assert mention_texts(actors["PER:Kamala Harris"]) == ["Kamala Harris", "Harris"]
