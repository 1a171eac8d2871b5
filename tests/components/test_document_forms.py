"""Commitments and actors in the forms policy documents take beyond the article: a speech, statement or
testimony whose title says who speaks, an agreement that names its parties once, a report that lists its
recommendations under the names of those they address, a resolution whose paragraphs speak for the body
named at its top, and a readout of a call between two leaders. Full pipeline."""

from __future__ import annotations

import nlp_kit
from nlp_kit.actors.voice import voice_phrase

SPEECH = """Speech by Foreign Minister Takeshi Iwaya at the Lowy Institute
Sydney, May 14, 2026

Japan and Australia are close partners, and Japan's security depends on that partnership. This year we will
hold a joint exercise with the Philippines.

We call on China to respect the 2016 arbitral award. I urge all Quad partners to keep that promise alive.
"""

OP_ED = """Why Beijing Should Listen

Japan and Australia are close partners.

We call on China to respect the 2016 arbitral award.
"""

AGREEMENT = """Agreement on a Bilateral Ceasefire

The Government of the Republic of Colombia and the Ejército de Liberación Nacional (ELN), hereinafter "the Parties", meeting in Havana, have agreed as follows:

1.1 The Parties shall observe a bilateral ceasefire for 180 days.

1.2 During the ceasefire the ELN shall suspend kidnapping for ransom.

1.3 The Government shall suspend offensive military operations against the ELN.
"""

REPORT = """Keeping the Door Open

The rupture between ECOWAS and the Alliance of Sahel States (AES) is becoming permanent.

Recommendations

To the AES governments:

1. Keep the free movement of persons and goods with ECOWAS member states in place.

2. Publish a timetable for a return to constitutional order.

To ECOWAS and its member states:

3. Appoint a special envoy for the Sahel.

Meanwhile the talks have stalled. Negotiators should meet again.
"""


RESOLUTION = """Resolution 2812 (2026)

Adopted by the Security Council at its 10047th meeting, on 29 September 2026

The Security Council,

Recalling its previous resolutions on Haiti,

Commending Kenya for having led the Multinational Security Support mission until its transition to the Gang Suppression Force,

1. Decides to renew the authorization of the Gang Suppression Force for a period of twelve months;

2. Demands that all armed groups immediately cease violence against civilians;

3. Urges the Haitian authorities to hold free and fair elections no later than 7 February 2027;

4. Calls upon Member States to provide personnel and voluntary contributions to the Force;

5. Requests the Secretary-General to report to the Council every 120 days;

6. Expresses its intention to designate additional individuals engaged in gang violence;
"""

READOUT = """Telephone conversation with President of Türkiye Recep Tayyip Erdoğan

Vladimir Putin had a telephone conversation with President of the Republic of Türkiye Recep Tayyip Erdoğan.

The leaders also touched on the situation in the South Caucasus, where Armenia and Azerbaijan initialled a peace
treaty in Washington in August 2025.

The sides reaffirmed their intention to bring bilateral trade to $100 billion. The Presidents agreed to continue
contacts and to meet in person in the autumn.
"""

TESTIMONY = """Testimony of Assistant Secretary of State for African Affairs Marcus Hale

Chairman Ricketts, Ranking Member Booker, and members of the subcommittee, thank you for the opportunity to
testify today.

Since April 2023, the fighting between the Sudanese Armed Forces and the Rapid Support Forces has killed tens of
thousands of people. In May 2023, both sides signed the Jeddah Declaration, in which they committed to protect
civilians. Neither side has honored that commitment.

Last September, the United States, Saudi Arabia, the United Arab Emirates and Egypt proposed a humanitarian truce.
We continue to press both parties to accept it without conditions. The United States will provide an additional
$200 million in humanitarian assistance, subject to congressional approval. We have asked the UAE to stop the flow
of weapons, and we expect Cairo to use its influence with the army. If the parties agree to a truce, we are
prepared to support a monitoring mechanism. Economists expect the economy to shrink again this year.
"""


def records(nlp, text: str, dct: str = "2026-05-14") -> list[tuple]:
    analysis = nlp_kit.analyze(text, nlp=nlp, dct=dct)
    return [(c.actor, c.kind, c.trigger, c.counterpart) for c in analysis.commitments]


def test_the_title_names_who_speaks_and_no_voice_when_several_speak():
    assert voice_phrase("Speech by Foreign Minister Takeshi Iwaya at the Lowy Institute") == "Foreign Minister Takeshi Iwaya"
    assert voice_phrase("Joint Statement of the United States and Japan") == "United States and Japan"
    assert voice_phrase("U.S.-ROK Leaders’ Joint Statement") == "U.S. and ROK"
    assert voice_phrase("Remarks by President Biden and Prime Minister Kishida in Joint Press Conference") is None
    assert voice_phrase("Why Beijing Should Listen") is None


AID_RELEASE = """U.S. Announces $425 Million in Security Assistance for Ukraine
Office of the Spokesperson
December 12, 2024

Today, the Secretary of State is authorizing the seventy-first drawdown of U.S. military equipment for Ukraine.
"""


def test_an_office_unnamed_in_a_states_release_acts_for_that_state(nlp):
    analysis = nlp_kit.analyze(AID_RELEASE, nlp=nlp)
    authorized = next(c for c in analysis.commitments if c.trigger == "authorizing")
    assert (authorized.actor, authorized.kind, authorized.counterpart) == ("USA", "pledge", "UKR")


def test_a_release_headed_by_what_its_issuer_does_speaks_for_the_issuer():
    assert voice_phrase("U.S. Announces $425 Million in Security Assistance for Ukraine") == "U.S."
    assert voice_phrase("Russia: EU prolongs economic sanctions for a further six months") == "EU"
    assert voice_phrase("Armenia and Azerbaijan swap prisoners in first step toward peace deal") is None


def test_in_a_speech_we_and_i_are_the_speaker_s_state(nlp):
    found = records(nlp, SPEECH)
    assert ("JPN", "intent", "hold", "PHL") in found
    assert ("JPN", "demand", "call", "CHN") in found
    assert ("JPN", "demand", "urge", "QUAD") in found


def test_the_speaker_named_only_in_the_title_is_an_actor_of_the_document(nlp):
    analysis = nlp_kit.analyze(SPEECH, nlp=nlp)
    assert analysis.voice == ["PER:Takeshi Iwaya", "JPN"]  # who the speech speaks for, in the JSON
    speaker = next(a for a in analysis.actors if a.id == "PER:Takeshi Iwaya")
    assert speaker.affiliation == "JPN"  # the state the speech names most
    assert [m.text for m in speaker.mentions] == ["Takeshi Iwaya"]
    assert SPEECH[speaker.mentions[0].start : speaker.mentions[0].end] == "Takeshi Iwaya"


def test_in_an_analyst_s_op_ed_we_is_the_author_recommending(nlp):
    assert records(nlp, OP_ED) == [("CHN", "recommendation", "call", None)]


def test_an_agreement_s_defined_parties_agree_to_what_they_shall_do(nlp):
    analysis = nlp_kit.analyze(AGREEMENT, nlp=nlp, dct="2026-03-02")
    found = {(c.actor, tuple(c.co_actors), c.kind, c.trigger, c.status) for c in analysis.commitments}
    assert ("COL", ("GRP:ELN",), "agreement", "observe", "made") in found
    # a suspension the ELN shall make during the ceasefire is no walking away from it
    assert ("GRP:ELN", (), "agreement", "suspend", "made") in found
    # "The Government" is the state whose government the agreement named
    assert ("COL", (), "agreement", "suspend", "made") in found
    government = [m.text for a in analysis.actors if a.id == "COL" for m in a.mentions]
    assert "Government" in government


def test_recommendations_under_an_addressee_line_are_asked_of_the_addressees(nlp):
    found = records(nlp, REPORT, dct="2026-09-22")
    assert ("AES", "recommendation", "Keep", None) in found
    assert ("AES", "recommendation", "Publish", None) in found
    assert ("ECOWAS", "recommendation", "Appoint", None) in found
    # a plain paragraph ends the list: "Negotiators should meet" is nobody's listed recommendation
    assert len([r for r in found if r[1] == "recommendation"]) == 3


def test_a_resolution_s_paragraphs_speak_for_the_body_named_at_its_top(nlp):
    found = records(nlp, RESOLUTION, dct="2026-09-29")
    assert ("UNSC", "demand", "Urges", "HTI") in found
    # "Demands", "Calls" and "Requests" read as the verbs they are (the tagger took them for plural nouns)
    assert {(actor, kind, trigger) for actor, kind, trigger, _ in found} == {
        ("UNSC", "demand", "Demands"), ("UNSC", "demand", "Urges"), ("UNSC", "demand", "Calls"),
        ("UNSC", "demand", "Requests"), ("UNSC", "intent", "intention"),  # "its intention": the Council's
    }


def test_a_resolution_s_preamble_names_states_and_its_bodies_by_their_short_names(nlp):
    analysis = nlp_kit.analyze(RESOLUTION, nlp=nlp, dct="2026-09-29")
    mentions = {(m.text, a.id) for a in analysis.actors for m in a.mentions}
    assert ("Kenya", "KEN") in mentions  # "Commending Kenya" is no person
    assert not any(a.id.startswith("PER:") for a in analysis.actors)
    assert ("Force", "ORG:Gang Suppression Force") in mentions  # the only force named, paragraphs back
    assert ("Council", "UNSC") in mentions


def test_in_a_readout_the_sides_and_the_presidents_are_who_spoke(nlp):
    analysis = nlp_kit.analyze(READOUT, nlp=nlp, dct="2026-03-18")
    found = {(c.actor, tuple(c.co_actors), c.kind, c.trigger) for c in analysis.commitments}
    assert ("RUS", ("TUR",), "intent", "intention") in found  # not Armenia and Azerbaijan, named last
    assert ("RUS", ("TUR",), "agreement", "agreed") in found
    autumn = next(t for t in analysis.timexes if t.text == "the autumn")
    assert autumn.value == "2026-FA"  # agreed in March to meet in the autumn: this year's


def test_a_testimony_speaks_for_the_witness_s_state(nlp):
    assert voice_phrase(TESTIMONY.splitlines()[0]) == "Assistant Secretary of State for African Affairs Marcus Hale"
    analysis = nlp_kit.analyze(TESTIMONY, nlp=nlp, dct="2026-06-10")
    found = {(c.actor, tuple(c.co_actors), c.kind, c.trigger, c.counterpart, c.status) for c in analysis.commitments}
    # "both sides" are the two the fighting was between, not the senators greeted first; the terms of the
    # signed declaration are its action, one record
    signed = [c for c in analysis.commitments if c.trigger == "signed"]
    assert [(c.actor, c.co_actors, c.kind, c.status) for c in signed] == [
        ("SDN", ["GRP:Rapid Support Forces"], "agreement", "unfulfilled")
    ]
    assert signed[0].action.startswith("protect civilians")
    assert not any(c.trigger == "committed" for c in analysis.commitments)
    assert ("USA", ("SAU", "ARE", "EGY"), "recommendation", "proposed", None, "proposed") in found
    assert ("USA", (), "demand", "press", None, "made") in found  # pressing now, as "continue" says
    assert ("USA", (), "demand", "asked", "ARE", "made") in found
    assert ("USA", (), "demand", "expect", "EGY", "made") in found
    provide = next(c for c in analysis.commitments if c.trigger == "provide")
    assert (provide.kind, provide.condition) == ("conditional", "subject to congressional approval")
    # the truce the parties may agree to is a condition, not an agreement; a forecast is no demand
    assert not any(c.trigger in ("agree", "expect") and c.counterpart is None for c in analysis.commitments)
    assert ("USA", (), "conditional", "prepared", None, "proposed") in found
    people = {a.id: a.affiliation for a in analysis.actors if a.type == "person"}
    assert people["PER:Marcus Hale"] == "USA"  # the state the testimony names as an agent
    assert "PER:Booker" in people and not any(p.startswith("PER:Ranking") for p in people)


INTERVIEW = """"We will not be rushed": Indonesia's Foreign Minister on Myanmar

Sugiono became Indonesia's foreign minister in October 2024. We spoke in Jakarta on January 20.

Asia Policy Review: ASEAN adopted its Five-Point Consensus on Myanmar in April 2021. Has it failed?

Sugiono: It has not been implemented. The junta promised to end the violence. It did neither. Indonesia will keep
pressing the military to open a dialogue with the National Unity Government.

Asia Policy Review: And the Natuna Islands? Will you send ships?

Sugiono: We urge Beijing to show the same flexibility we have shown, and our navy will continue to patrol our
exclusive economic zone.
"""

MEMORANDUM = """Memorandum of Cooperation between the Ministry of Economy, Trade and Industry of Japan and the Ministry of Mines of the Republic of India

The Ministry of Economy, Trade and Industry of Japan and the Ministry of Mines of the Republic of India (hereinafter referred to individually as a "Participant" and collectively as "the Participants"),

Have reached the following understanding:

The Participants intend to promote cooperation in the exploration and processing of critical minerals.

The Participants will establish a Joint Working Group, which will meet at least once a year.

Each Participant will bear its own expenses. This Memorandum will come into effect on the date of its signature.
"""

MINISTRY = """Statement of the Ministry of Foreign Affairs of the Republic of Serbia

The Ministry strongly condemns the decision of the authorities in Pristina. This unilateral act is a flagrant
violation of the Brussels Agreement and of the commitments Pristina undertook in Ohrid in March 2023.

Pristina, on the other hand, has not established the Community of Serb-majority Municipalities, although it
committed to do so almost thirteen years ago. We expect KFOR to guarantee the safety of the Serbian people.
"""


def test_in_an_interview_we_is_whoever_s_turn_it_is(nlp):
    analysis = nlp_kit.analyze(INTERVIEW, nlp=nlp, dct="2026-01-22")
    found = {(c.actor, c.kind, c.trigger, c.counterpart, c.status) for c in analysis.commitments}
    assert ("IDN", "demand", "urge", "CHN", "made") in found  # the minister's "we", not the magazine's
    assert ("IDN", "intent", "continue", None, "made") in found  # "our navy will continue to patrol"
    # "will keep pressing the military to open a dialogue": a demand going on, not a plan to keep something
    assert [(actor, kind, status) for actor, kind, trigger, _, status in found if trigger == "pressing"] == [
        ("IDN", "demand", "made")
    ]
    # "the junta" is the state named last; "It did neither." breaks its promise
    assert ("MMR", "promise", "promised", None, "unfulfilled") in found
    speaker = next(a for a in analysis.actors if a.id == "PER:Sugiono")  # a one-word name, known by its turns
    assert speaker.affiliation == "IDN"
    assert any(a.id == "GRP:National Unity Government" for a in analysis.actors)
    january = next(t for t in analysis.timexes if t.text == "January 20")
    assert january.value == "2026-01-20"  # two days before the interview, not in the story's 2024


def test_a_memorandum_s_participants_agree_to_what_they_will_do(nlp):
    analysis = nlp_kit.analyze(MEMORANDUM, nlp=nlp, dct="2026-03-10")
    found = {(c.actor, tuple(c.co_actors), c.kind, c.trigger) for c in analysis.commitments}
    assert ("JPN", ("IND",), "intent", "intend") in found
    assert ("JPN", ("IND",), "agreement", "establish") in found  # 'collectively as "the Participants"'
    # the memorandum's defined words are no actors
    assert {a.id for a in analysis.actors} <= {"JPN", "IND", "ORG:Joint Working Group"}


def test_a_ministry_statement_reads_broken_commitments_in_its_own_sentences(nlp):
    analysis = nlp_kit.analyze(MINISTRY, nlp=nlp, dct="2026-02-03")
    by_trigger = {c.trigger: c for c in analysis.commitments}
    assert by_trigger["undertook"].status == "unfulfilled"  # "a flagrant violation of ... the commitments"
    conceded = by_trigger["committed"]  # "has not established ..., although it committed to do so"
    assert (conceded.actor, conceded.status) == ("XKX", "unfulfilled")
    assert conceded.action == "established the Community of Serb-majority Municipalities"
    expect = by_trigger["expect"]
    assert (expect.actor, expect.kind, expect.counterpart) == ("SRB", "demand", "ORG:Kosovo Force")
    kfor = next(a for a in analysis.actors if a.id == "ORG:Kosovo Force")
    assert kfor.affiliation == "NATO"


PARLIAMENT = """European Parliament resolution of 12 February 2026 on the situation in Georgia

The European Parliament,

– having regard to Rules 144(5) and 160(3) of its Rules of Procedure,

A. whereas the Georgian authorities have since detained more than 500 protesters;

1. Condemns the continued repression of peaceful protesters and calls on the Georgian authorities to release all political prisoners immediately;

2. Urges the Council to suspend visa-free travel for holders of Georgian diplomatic passports;
"""

RELEASE = """Treasury Sanctions Network Supplying Drone Components

WASHINGTON — Today, the U.S. Department of the Treasury sanctioned 14 individuals. Arab states have said they will
not send troops to the region.

"Treasury will continue to target every link in the supply chain," said Deputy Secretary Michael Faulkender.
"""


def test_a_parliament_resolution_with_citations_and_recitals_speaks_for_the_parliament(nlp):
    analysis = nlp_kit.analyze(PARLIAMENT, nlp=nlp, dct="2026-02-12")
    # paragraphs 1 and 2, after the "– having regard to" citations and the "A. whereas" recitals
    assert [(c.actor, c.kind, c.trigger) for c in analysis.commitments] == [
        ("EP", "demand", "calls"), ("EP", "demand", "Urges")
    ]
    assert not any(a.type == "person" for a in analysis.actors)  # "Rules 144(5)" is no person


def test_an_office_named_by_its_portfolio_and_an_unnamed_they(nlp):
    analysis = nlp_kit.analyze(RELEASE, nlp=nlp, dct="2025-11-04")
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("USA", "intent", "continue") in found  # "Treasury" after "the Department of the Treasury"
    # "they" are the Arab states, whom the text does not name: no party's commitment
    assert not any(c.trigger == "send" for c in analysis.commitments)


CHAIRMANS_STATEMENT = """Chairman's Statement of the 58th ASEAN Foreign Ministers' Meeting

1. The 58th ASEAN Foreign Ministers' Meeting was held in Kuala Lumpur on 8 and 9 July 2025 under the chairmanship of Malaysia. The Meeting was chaired by Dato' Seri Utama Haji Mohamad bin Haji Hasan, Minister of Foreign Affairs of Malaysia.

2. The Ministers welcomed Timor-Leste's progress and agreed to recommend its admission.

3. The Ministers urged the Myanmar Armed Forces to cease violence and to extend the ceasefire.

4. The Chair encouraged all Member States to ratify the Digital Economy Framework Agreement by the end of 2026.
"""

SECRETARY_GENERAL = """Secretary-General's remarks to the Security Council on the situation in the Sahel

I urge the authorities of the Alliance of Sahel States to protect civilians. I will appoint a Special Envoy for the
Sahel in the coming weeks.
"""


def test_a_chairman_s_statement_speaks_for_the_body_that_met(nlp):
    analysis = nlp_kit.analyze(CHAIRMANS_STATEMENT, nlp=nlp, dct="2025-07-09")
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    # "the Ministers" of "the ASEAN Foreign Ministers' Meeting", whichever states the sentence before named
    assert ("ASEAN", "agreement", "agreed") in found
    assert ("ASEAN", "demand", "urged") in found
    assert ("MYS", "demand", "encouraged") in found  # "The Chair": under the chairmanship of Malaysia
    assert "PER:Mohamad bin Haji Hasan" in {a.id for a in analysis.actors}  # honorifics are titles


def test_the_secretary_general_speaks_for_the_united_nations(nlp):
    assert voice_phrase(SECRETARY_GENERAL.splitlines()[0]) == "Secretary-General"  # one office, not two names
    found = records(nlp, SECRETARY_GENERAL, dct="2026-05-14")
    assert ("UN", "demand", "urge", "AES") in found
    assert ("UN", "intent", "appoint", None) in found  # "I will appoint ...": the speaker's intent


def test_a_body_s_leaders_are_the_body_and_a_meeting_only_mentioned_declares_nobody(nlp):
    found = records(nlp, "At the summit in Germany, G7 Leaders will align and expand targeted sanctions.", dct="2022-06-27")
    assert [(actor, kind) for actor, kind, _, _ in found] == [("G7", "intent")]  # not a person "G7 Leaders"
    text = (
        "President Biden and Prime Minister Modi met in Washington. They look forward to the G20 Leaders' Summit "
        "in New Delhi. The leaders agreed to launch a pilot on visa renewals."
    )
    agreed = [c for c in nlp_kit.analyze(text, nlp=nlp, dct="2023-06-22").commitments if c.trigger == "agreed"]
    assert agreed and all(c.actor != "G20" for c in agreed)


def test_an_interview_s_answers_are_the_interviewee_s_its_questions_nobody_s(nlp):
    text = """Interview with Foreign Minister Sergey Lavrov on the situation in Ukraine

Q: Will you call on Kyiv to accept the proposal?

A: We are ready to take part in the talks. We call on Kyiv to keep its word.

Q: And the prisoner exchange?

A: We will send a delegation.
"""
    assert voice_phrase(text.splitlines()[0]) is None  # an interview has two voices
    found = records(nlp, text, dct="2026-03-18")
    assert ("RUS", "demand", "call", "UKR") in found  # the answer's "we": the minister's Russia
    assert {actor for actor, *_ in found} == {"RUS"}  # the question's "you call on Kyiv" is nobody's


CESSATION = """AGREEMENT ON THE CESSATION OF HOSTILITIES

We, the Government of the Republic of South Sudan (GRSS) and the South Sudan Opposition Movements Alliance (SSOMA), hereinafter referred to as "the Parties";

Hereby agree as follows:

2.1 The Parties shall guarantee safe and unhindered access for humanitarian agencies to all areas under their control.

3.2 The Parties undertake to cooperate fully with the monitors.

4.1 The Participants intend to meet again.
"""


def test_an_agreement_s_articles_are_terms_its_defined_parties_agreed(nlp):
    analysis = nlp_kit.analyze(CESSATION, nlp=nlp, dct="2026-03-10")
    alliance = "GRP:South Sudan Opposition Movements Alliance"  # an opposition body the text names, abbreviation and all
    found = {(c.trigger, c.actor, tuple(c.co_actors), c.kind, c.status) for c in analysis.commitments}
    # "shall guarantee" and "undertake to" bind both parties: terms of the agreement, in force once signed
    assert ("guarantee", "SSD", (alliance,), "agreement", "made") in found
    assert ("undertake", "SSD", (alliance,), "agreement", "made") in found
    by_id = {a.id: a for a in analysis.actors}
    assert by_id[alliance].type == "group"
    assert "GRSS" in {m.text for m in by_id["SSD"].mentions}  # the government's abbreviation is the state


BRIEF = """Black Sea Security

Ankara promised then to apply the convention impartially, and it has kept that promise for three years.

At the Vilnius summit in July 2023, the Allies pledged to develop a Black Sea strategy. Two years later, no such strategy has been published. Romania and Bulgaria agreed in January 2024 to set up a joint task group. The task group began operating in July 2024.

1. NATO should adopt a dedicated strategy.

2. Allies should not ask Turkey to reinterpret the Montreux Convention.
"""


def test_a_policy_brief_tracks_pledges_and_gives_recommendations(nlp):
    analysis = nlp_kit.analyze(BRIEF, nlp=nlp, dct="2025-09-15")
    by_trigger = {c.trigger: c for c in analysis.commitments}
    assert (by_trigger["promised"].actor, by_trigger["promised"].status) == ("TUR", "fulfilled")  # "kept that promise"
    # "the Allies" of a text that names NATO are NATO; "no such strategy has been published" breaks the pledge
    assert (by_trigger["pledged"].actor, by_trigger["pledged"].status) == ("NATO", "unfulfilled")
    # what was set up "began operating": done
    assert (by_trigger["agreed"].actor, by_trigger["agreed"].status) == ("ROU", "fulfilled")
    advice = by_trigger["ask"]  # "should not ask": advice, not a demand broken
    assert (advice.actor, advice.kind, advice.status) == ("NATO", "recommendation", "proposed")


HANSARD = """Sudan: Humanitarian Access

1. Sarah Holloway (Bristol North East) (Lab): What steps is the Department taking to secure access in Darfur?

The Minister for Africa (Daniel Okafor): The UK will provide an additional £120 million in aid to Sudan. In April 2025, we committed to work with the African Union to bring the warring parties back to negotiations. That work continues, but the parties have not yet returned to the table.

Richard Ashworth (Harrogate North) (Con): In 2024 the previous Government pledged £250 million over two years, and that money was delivered in full. Will the Minister commit to a settlement for Sudan?

Daniel Okafor: We will set out multi-year allocations at the spending review in June.
"""


def test_in_a_parliamentary_record_a_minister_speaks_for_the_state_named_in_their_answers(nlp):
    analysis = nlp_kit.analyze(HANSARD, nlp=nlp, dct="2026-03-03")
    found = {c.trigger: c for c in analysis.commitments}
    assert found["set"].actor == "GBR"  # the minister's "we": "The UK will provide ..." in their own turn
    committed = found["committed"]
    # "have not yet returned to the table" is coming back, not a promised act undone
    assert (committed.actor, committed.kind, committed.status) == ("GBR", "pledge", "made")
    assert (found["pledged"].actor, found["pledged"].status) == ("GBR", "fulfilled")  # "the previous Government"
    minister = next(a for a in analysis.actors if a.id == "PER:Daniel Okafor")
    assert minister.affiliation == "GBR"
    member = next(a for a in analysis.actors if a.id == "PER:Richard Ashworth")
    assert member.affiliation != "SDN"  # "a settlement for Sudan" in a question tells no member's state


PRESS_CONFERENCE = """Remarks by President Alexander Stubb of Finland and President William Ruto of Kenya

PRESIDENT RUTO: Good afternoon. We committed to lead the Multinational Security Support mission, and we have kept our word: more than 700 Kenyan officers are on the ground.

PRESIDENT STUBB: Thank you. Finland will not send combat troops. But we will continue to provide military aid to Ukraine.
"""


def test_a_press_conference_s_capitalised_labels_name_their_speakers(nlp):
    analysis = nlp_kit.analyze(PRESS_CONFERENCE, nlp=nlp, dct="2025-10-14")
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["committed"].actor, found["committed"].status) == ("KEN", "fulfilled")  # "we have kept our word"
    assert (found["continue"].actor, found["continue"].counterpart) == ("FIN", "UKR")  # "PRESIDENT STUBB:"'s "we"
    ruto = next(a for a in analysis.actors if a.id == "PER:William Ruto")
    assert "RUTO" in {m.text for m in ruto.mentions}
    # each turn, with its label as written and whom it stands for, is part of the analysis
    assert [(t.label, t.speakers) for t in analysis.turns] == [
        ("PRESIDENT RUTO", ["PER:William Ruto", "KEN"]), ("PRESIDENT STUBB", ["PER:Alexander Stubb", "FIN"]),
    ]
    first = analysis.turns[0]
    assert PRESS_CONFERENCE[first.start:first.end].startswith("Good afternoon.")


COVERAGE = """The General Assembly today adopted a resolution demanding that Israel end its unlawful presence in the Occupied Palestinian Territory. By the text, the Assembly also requested the Secretary-General to submit a report within three months.

Speaking before the vote, the representative of Israel said that his country would not comply with it. The representative of Mexico said his country would continue to support the work of the International Court of Justice.
"""


def test_meetings_coverage_gives_the_assembly_its_requests_and_each_representative_their_country(nlp):
    analysis = nlp_kit.analyze(COVERAGE, nlp=nlp, dct="2024-09-18")
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("UNGA", "demand", "requested") in found  # "the Assembly" after "The General Assembly"
    assert ("ISR", "intent", "comply") in found  # "his country" is the representative's
    assert ("MEX", "intent", "continue") in found


TIMELINE = """Timeline: The Black Sea grain deals

- 22 July 2022: Russia and Ukraine sign separate agreements with Turkey and the United Nations to let grain leave three ports.
- 17 July 2023: Moscow refuses to extend the deal, saying its exports still face obstacles.
- 25 March 2025: The United States says Russia and Ukraine have agreed to ensure safe navigation in the Black Sea. The Kremlin says the deal will take effect only after sanctions on the Russian Agricultural Bank are lifted.
"""


def test_a_timeline_s_later_entries_say_what_became_of_a_deal(nlp):
    analysis = nlp_kit.analyze(TIMELINE, nlp=nlp, dct="2025-03-26")
    found = {c.trigger: c for c in analysis.commitments}
    assert found["sign"].status == "unfulfilled"  # "Moscow refuses to extend the deal" walks away from it
    # "will take effect only after sanctions ... are lifted": nothing is done yet
    assert (found["agreed"].actor, found["agreed"].status) == ("RUS", "made")


THREAD = """Thread by Foreign Minister Radosław Sikorski, 19 March 2025

1/ Productive call today with @SecRubio on Ukraine. Agreed that any ceasefire must be backed by credible security guarantees.

2/ Reminded the @Kremlin that it signed the Budapest Memorandum in 1994 and pledged to respect Ukraine's borders. It broke that promise in 2014.
"""


def test_a_minister_s_thread_speaks_for_the_minister_and_reads_handles(nlp):
    analysis = nlp_kit.analyze(THREAD, nlp=nlp, dct="2025-03-19")
    assert analysis.voice == ["PER:Radosław Sikorski", "POL"]  # "Thread by ..., <date>": the date is no speaker
    ids = {a.id for a in analysis.actors}
    assert {"PER:Marco Rubio", "RUS"} <= ids  # @SecRubio (handles.yaml), @Kremlin (the gazetteer's name)
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["Agreed"].actor, found["Agreed"].kind) == ("POL", "agreement")  # a post leaves out its "we"
    # "it" is the one reminded; "It broke that promise" breaks it
    assert (found["pledged"].actor, found["pledged"].status) == ("RUS", "unfulfilled")


NOTE_VERBALE = """The Embassy of the Republic of Poland in Minsk presents its compliments to the Ministry of Foreign Affairs of the Republic of Belarus and has the honour to inform the Ministry of the following.

The Polish side considers this a violation of the Agreement between the Government of the Republic of Poland and the Government of the Republic of Belarus on border traffic of 1992, under which both Parties undertook to notify each other of military flights.

The Embassy requests that the Ministry provide an explanation of the incident within seven days.
"""


def test_a_note_verbale_s_embassy_and_ministry_are_their_states(nlp):
    analysis = nlp_kit.analyze(NOTE_VERBALE, nlp=nlp, dct="2025-09-04")
    found = {c.trigger: c for c in analysis.commitments}
    request = found["requests"]  # "The Embassy" is Poland's, "the Ministry" Belarus's, named with the same word
    assert (request.actor, request.kind, request.counterpart) == ("POL", "demand", "BLR")
    # a term of the agreement "under which" the parties undertook it, and the sentence reports its violation
    term = found["undertook"]
    assert (term.actor, term.co_actors, term.kind, term.status) == ("POL", ["BLR"], "agreement", "unfulfilled")


LETTER = """Letter from President Lula da Silva to Prime Minister Narendra Modi

Dear Prime Minister Modi,

I am pleased to confirm that Brazil will present a proposal for a BRICS platform on climate finance. When we met in New Delhi in September 2023, you assured me that India would support a stronger voice for the Global South.

Sincerely,

Luiz Inácio Lula da Silva
"""


def test_a_letter_s_you_is_whom_it_is_written_to(nlp):
    analysis = nlp_kit.analyze(LETTER, nlp=nlp, dct="2025-05-12")
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["assured"].actor, found["assured"].kind) == ("IND", "promise")  # "Dear Prime Minister Modi,"
    assert (found["present"].actor, found["present"].kind) == ("BRA", "intent")  # under "confirm that"


SENATORS_LETTER = """United States Senate
Washington, DC 20510

Dear Secretary Rubio:

We write to urge the Department to restore funding for humanitarian demining in Ukraine. In June 2024, the U.S.
Department of State pledged to sustain that support; the pause breaks that pledge. In September, Kyiv agreed to
match every U.S. dollar with a dollar of its own, and it has met that commitment in each quarter since.

Sincerely,

Jeanne Shaheen
United States Senator

Thom Tillis
United States Senator
"""


def test_a_letter_signed_by_legislators_is_theirs_not_their_government_s(nlp):
    analysis = nlp_kit.analyze(SENATORS_LETTER, nlp=nlp, dct="2025-11-18")
    found = {c.trigger: c for c in analysis.commitments}
    urge = found["urge"]  # "Thom Tillis" on a line of his own under the closing signs too; no state speaks
    assert (urge.actor, urge.co_actors, urge.kind) == ("PER:Jeanne Shaheen", ["PER:Thom Tillis"], "demand")
    assert urge.status == "made"  # "We write to urge": urged in the writing, not proposed
    assert (found["pledged"].actor, found["pledged"].status) == ("USA", "unfulfilled")
    assert (found["agreed"].actor, found["agreed"].status) == ("UKR", "fulfilled")  # "it has met that commitment"


def test_the_department_is_the_state_whose_department_the_text_named(nlp):
    analysis = nlp_kit.analyze(
        "The U.S. Department of State paused demining aid. In June 2024, the Department pledged to sustain it.", nlp=nlp
    )
    assert [(c.actor, c.kind) for c in analysis.commitments] == [("USA", "pledge")]


VERBATIM = """Security Council

The President: I now give the floor to the representative of the United States.

Ms. Shea (United States of America): We call on all parties to respect the ceasefire in the north-east.

Mr. Nebenzia (Russian Federation): Russia has always respected the sovereignty of Syria. We will not accept any attempt to impose external solutions.

The President: The meeting rose at 11.40 a.m.
"""


def test_a_verbatim_record_s_speakers_stand_for_the_delegation_their_label_names(nlp):
    analysis = nlp_kit.analyze(VERBATIM, nlp=nlp, dct="2025-03-20")
    speakers = {t.label: t.speakers for t in analysis.turns}
    assert speakers["Ms. Shea (United States of America)"] == ["PER:Shea", "USA"]
    assert speakers["The President"] == []  # the Council's president, whom the record does not name
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("USA", "demand", "call") in found
    assert ("RUS", "intent", "accept") in found


ROADMAP = """Joint Roadmap on the Work of the Border Commissions

Agreed by the delegations of Armenia and Azerbaijan in Almaty on 12 November 2025

Phase 1 (within 30 days of the signing):
- Exchange of the maps of the border areas between the two commissions.
- Release of all detainees held since 2020.

The European Union will provide technical assistance to both commissions.
"""

FACT_SHEET_LIST = """Companies announced new investments in the region.

Fundación Terra: Fundación Terra, an independent foundation, will invest $24.5 million in new programs.

Gap Inc.: Gap Inc. will source more products from the region.
"""


def test_a_roadmap_s_listed_terms_are_agreed_by_whoever_agreed_the_list(nlp):
    analysis = nlp_kit.analyze(ROADMAP, nlp=nlp, dct="2025-11-12")
    terms = [(c.trigger, c.actor, c.co_actors, c.kind, c.made) for c in analysis.commitments if c.kind == "agreement"]
    assert terms == [
        ("Exchange", "ARM", ["AZE"], "agreement", "2025-11-12"),
        ("Release", "ARM", ["AZE"], "agreement", "2025-11-12"),
    ]


def test_a_fact_sheet_s_name_labels_are_no_transcript(nlp):
    analysis = nlp_kit.analyze(FACT_SHEET_LIST, nlp=nlp, dct="2022-06-07")
    assert analysis.turns == []  # "Fundación Terra: Fundación Terra, ... will invest": a list, nobody's turn


DAILY_REPORT = """Daily Report 52/2026 of the Special Monitoring Mission

On 3 March, near Zolote, the Mission saw that Ukrainian forces and Russian forces had not withdrawn their heavy weapons from the disengagement area, although both had committed on 21 July 2025 to do so within 30 days.

The Mission will continue to monitor the area daily.
"""


def test_a_mission_s_report_speaks_for_the_mission_and_both_is_the_two_just_named(nlp):
    analysis = nlp_kit.analyze(DAILY_REPORT, nlp=nlp, dct="2026-03-04")
    assert analysis.voice == ["ORG:Special Monitoring Mission"]  # a body the NER does not tag, from the title
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["continue"].actor, found["continue"].kind) == ("ORG:Special Monitoring Mission", "intent")
    both = found["committed"]
    assert (both.actor, both.co_actors, both.status) == ("UKR", ["RUS"], "unfulfilled")


COMMITTEE = """Conclusions and recommendations

1. The Government's decision to cut aid has weakened the United Kingdom's influence in East Africa.

2. In 2021 the Government committed to spend £1 billion on girls' education over five years. It has spent less than half of that sum. The Government should set out how it will meet that commitment.
"""

RELEASE_TERMS = """Rosatom and the Ministry of Energy of Uzbekistan today signed an agreement to build a small nuclear power plant.

Under the agreement, Uzbekistan will provide the land and the water supply, and Rosatom will train 300 Uzbek engineers in Russia.
"""


def test_a_committee_s_government_is_the_state_whose_currency_it_writes(nlp):
    analysis = nlp_kit.analyze(COMMITTEE, nlp=nlp, dct="2026-01-14")
    found = {c.trigger: c for c in analysis.commitments}
    # "£1 billion" and "the United Kingdom's": the Government is the United Kingdom's; "less than half" falls short
    assert (found["committed"].actor, found["committed"].status) == ("GBR", "unfulfilled")
    assert (found["set"].actor, found["set"].kind) == ("GBR", "recommendation")


PSC_COMMUNIQUE = """Communiqué of the 1260th meeting of the Peace and Security Council

The Peace and Security Council of the African Union (AU), at its 1260th meeting held on 18 December 2025, on the situation in Somalia:

1. Decides to extend the mandate of the mission for a period of twelve (12) months;

2. Urges the Federal Government of Somalia to finalize the constitutional review process by the end of June 2026;
"""


def test_a_communique_whose_body_is_named_in_a_paragraph_ending_with_a_colon_speaks_in_its_operative_paragraphs(nlp):
    analysis = nlp_kit.analyze(PSC_COMMUNIQUE, nlp=nlp, dct="2025-12-18")
    assert "UNSC" not in {a.id for a in analysis.actors}  # the Peace and Security Council is the AU's
    urges = next(c for c in analysis.commitments if c.trigger == "Urges")
    assert (urges.actor, urges.kind, urges.counterpart) == ("AUPSC", "demand", "SOM")


OBSERVERS = """INTERNATIONAL ELECTION OBSERVATION MISSION
Statement of Preliminary Findings

CHISINAU, 29 September 2025 – The elections in Moldova offered voters a genuine choice, observers said today.

The Government committed in June to adopt a new law on party financing by the end of 2025.
"""


def test_a_release_datelined_in_a_capital_has_that_states_government_and_date(nlp):
    analysis = nlp_kit.analyze(OBSERVERS, nlp=nlp)
    assert analysis.meta.date == "2025-09-29"
    committed = next(c for c in analysis.commitments if c.trigger == "committed")
    assert (committed.actor, committed.made) == ("MDA", "2025-06")
    datelined_elsewhere = OBSERVERS.replace("CHISINAU", "VIENNA")
    assert all(c.actor != "AUT" for c in nlp_kit.analyze(datelined_elsewhere, nlp=nlp).commitments)  # Austria is unnamed


def test_what_parties_will_do_under_an_agreement_are_its_terms(nlp):
    analysis = nlp_kit.analyze(RELEASE_TERMS, nlp=nlp, dct="2024-05-27")
    found = {c.trigger: (c.actor, c.kind) for c in analysis.commitments}
    assert found["provide"] == ("UZB", "agreement")
    assert found["train"] == ("ORG:Rosatom", "agreement")


PLEDGING_SUMMARY = """Co-Chairs' Summary: Pledging Conference for the Central Sahel

Oslo, 12 February 2026

1. The Governments of Norway and Germany, together with the United Nations Office for the Coordination of Humanitarian Affairs (OCHA), co-hosted the conference in Oslo today.

2. The United Nations appeal for 2026 seeks $2.3 billion. The pledges announced include:

- Germany: €200 million for 2026 and 2027.
- Norway: NOK 1 billion over two years.

3. The co-hosts welcomed the announcement by the World Bank that it will make $300 million available.

4. Japan has disbursed everything it pledged in 2025. The United States, which pledged $180 million at that conference, has disbursed none of it, and did not announce a pledge this year.

5. The co-hosts urged donors to disburse their pledges before June.
"""


def test_a_pledging_summary_lists_pledges_by_donor_and_tells_what_became_of_earlier_ones(nlp):
    analysis = nlp_kit.analyze(PLEDGING_SUMMARY, nlp=nlp)
    found = {c.evidence.text: c for c in analysis.commitments}
    germany = found["Germany: €200 million for 2026 and 2027"]  # a verbless list item under "The pledges ...:"
    assert (germany.actor, germany.kind, germany.action) == ("DEU", "pledge", "€200 million for 2026 and 2027")
    assert found["Norway: NOK 1 billion over two years"].actor == "NOR"
    bank = next(c for c in analysis.commitments if c.trigger == "make")  # "the announcement by the World Bank that it"
    assert (bank.actor, bank.kind) == ("WB", "intent")
    japan = next(c for c in analysis.commitments if c.actor == "JPN")  # "has disbursed everything it pledged"
    assert (japan.kind, japan.status) == ("pledge", "fulfilled")
    usa = [c for c in analysis.commitments if c.actor == "USA"]  # "did not announce a pledge" makes none
    assert [(c.action, c.status) for c in usa] == [("$180 million", "unfulfilled")]
    urged = next(c for c in analysis.commitments if c.trigger == "urged")  # the co-hosts: who co-hosted it
    assert (urged.actor, urged.co_actors, urged.kind) == ("NOR", ["DEU", "OCHA"], "demand")
    assert not any(c.actor == "UN" for c in analysis.commitments)  # a funding appeal for a year asks no one to act


def test_an_item_opening_with_a_topic_is_no_donor_s_pledge(nlp):
    text = "The commitments made include:\n\n- Reducing Disease and Responding Rapidly: USAID is providing $1 billion.\n"
    analysis = nlp_kit.analyze(text, nlp=nlp)
    assert not any(c.evidence.text.startswith("Reducing") for c in analysis.commitments)


TRACKER = """Promise Tracker: Did Ottawa keep its word on aid?

By the Policy Desk | 3 March 2025

We checked three commitments Canada made since 2021.

Promise 1: Provide C$5.3 billion in climate finance over five years
Made: June 2021, at the G7 summit in Carbis Bay
Verdict: Kept
Global Affairs Canada reported that the full amount had been allocated.

Promise 2: Raise international assistance every year until 2030
Made: March 2022, in the federal budget
Verdict: Broken
The 2023 budget cut international assistance.

Promise 3: Host a conference on the Ukraine war's missing children
Made: February 2024, by Foreign Affairs Minister Mélanie Joly
Verdict: In progress
The government says it will publish a plan this spring.
"""


def test_a_promise_tracker_s_records_are_promises_with_the_verdict_as_status(nlp):
    analysis = nlp_kit.analyze(TRACKER, nlp=nlp)
    records = [c for c in analysis.commitments if c.kind == "promise"]
    assert [(c.actor, c.made, c.status) for c in records] == [
        ("CAN", "2021-06", "fulfilled"), ("CAN", "2022-03", "unfulfilled"), ("PER:Mélanie Joly", "2024-02", "made"),
    ]
    assert records[0].action == "provide C$5.3 billion in climate finance over five years"
    assert records[2].co_actors == ["CAN"]  # a minister the text does not place acts for the tracked state
    # "The government" is the state the title names ("Did Ottawa keep its word"): the home state
    assert next(c for c in analysis.commitments if c.trigger == "publish").actor == "CAN"
    # "Verdict:" and "Made:" open fields, not a transcript's turns, and name no one
    assert analysis.turns == [] and not any(a.id.startswith("PER:Verdict") for a in analysis.actors)


PROGRAMME = """Alliance for Renewal — Election Programme 2026
Chapter 6: A European Moldova, at peace

Adopted by the Party Congress, Chișinău, 14 June 2026

Moldova was granted candidate status by the European Union in June 2022. In 2021, the governing party promised to cut the cost of gas by a fifth within a year.

If the people give us their trust, an Alliance government will complete the screening of all negotiating chapters by the end of 2027.

We will not make promises we cannot keep. We call on Russia to honour its promise, and we pledge to spend 1 percent of GDP on defence by 2030.
"""


def test_a_party_programme_speaks_for_the_party_and_its_government_is_the_home_state_s(nlp):
    analysis = nlp_kit.analyze(PROGRAMME, nlp=nlp)
    assert analysis.voice == ["GRP:Alliance for Renewal"]  # the title names a party's programme
    assert analysis.meta.date == "2026-06-14"  # "Adopted by ..., Chișinău, 14 June 2026" is its dateline
    found = {c.trigger: c for c in analysis.commitments}
    # the subtitle names the home state: "the governing party" is Moldova's government
    assert (found["promised"].actor, found["promised"].made) == ("MDA", "2021")
    assert (found["complete"].actor, found["complete"].kind) == ("GRP:Alliance for Renewal", "conditional")
    assert (found["call"].actor, found["call"].counterpart, found["call"].kind) == (
        "GRP:Alliance for Renewal", "RUS", "demand")
    assert found["pledge"].actor == "GRP:Alliance for Renewal"
    assert "make" not in found  # "will not make promises we cannot keep" makes none


def test_a_party_programme_title_names_its_party():
    from nlp_kit.actors.voice import _voice_data, _who_span

    def party(title):
        span = _who_span(title, _voice_data()["parties"])
        return title[span[0] : span[1]] if span else None

    assert party("Alliance for Renewal — Election Programme 2026") == "Alliance for Renewal"
    assert party("Manifesto of the Green Party, 2024") == "Green Party"
    assert party("Labour Party Manifesto 2024") == "Labour Party"
    assert party("Why the Programme Failed") is None


MATRIX = """Implementation of the Peace Agreement: Status at 31 March 2026

South Sudan's Revitalized Transitional Government of National Unity (RTGoNU) is responsible for most tasks below.

| Task | Responsible | Deadline | Status |
|---|---|---|---|
| Graduate and deploy the Necessary Unified Forces | RTGoNU | December 2025 | Not implemented |
| Reconstitute the National Elections Commission | RTGoNU | 2023 | Implemented |
| Establish the Hybrid Court for South Sudan | RTGoNU and the African Union | 2019 | Stalled |
| Publish the census results | National Bureau of Statistics | 2026 | Ongoing |
"""


def test_an_implementation_matrix_s_rows_are_commitments_of_the_responsible_with_their_status(nlp):
    analysis = nlp_kit.analyze(MATRIX, nlp=nlp, dct="2026-04-15")
    rows = [c for c in analysis.commitments if c.kind == "agreement"]
    assert [(c.actor, c.co_actors, c.action, c.status) for c in rows] == [
        ("SSD", [], "graduate and deploy the Necessary Unified Forces", "unfulfilled"),
        ("SSD", [], "reconstitute the National Elections Commission", "fulfilled"),
        ("SSD", ["AU"], "establish the Hybrid Court for South Sudan", "stalled"),
    ]  # "South Sudan's ... Government ... (RTGoNU)": RTGoNU is South Sudan; a row no actor is responsible for is left
    assert [c.made for c in rows] == [None, None, None]  # a deadline cell says when a task was due, not taken on
    assert not any(a.id.startswith("PER:") for a in analysis.actors)  # "| Graduate" opens a cell, names no one


MINISTER_OPED = """Europe cannot look away from Sudan

By Lars Eklund

This year we will double our humanitarian support to Sudan. I call on the Rapid Support Forces to let aid convoys through.

Lars Eklund is Sweden's Minister for Foreign Affairs.
"""

FELLOW_OPED = MINISTER_OPED.replace("Sweden's Minister for Foreign Affairs", "a senior fellow at the Stockholm Institute")


def test_an_op_ed_signed_by_a_minister_speaks_for_the_minister_s_state(nlp):
    minister = nlp_kit.analyze(MINISTER_OPED, nlp=nlp, dct="2026-04-15")
    assert minister.voice == ["SWE"]  # from the bio: "... is Sweden's Minister for Foreign Affairs"
    found = {c.trigger: c for c in minister.commitments}
    assert (found["double"].actor, found["double"].kind) == ("SWE", "intent")
    assert (found["call"].actor, found["call"].counterpart, found["call"].kind) == (
        "SWE", "GRP:Rapid Support Forces", "demand")
    fellow = nlp_kit.analyze(FELLOW_OPED, nlp=nlp, dct="2026-04-15")
    assert fellow.voice == []  # a fellow's "we" stays the author's own
    assert not any(c.actor == "SWE" for c in fellow.commitments)


NGO_RELEASE = """Azerbaijan: Free jailed journalists

(Berlin) – Human Rights Watch urged the European Union to make the release of the journalists a condition of its energy partnership. Human Rights Watch will publish a full report in November.

In January 2025, President Ilham Aliyev promised to review the cases of all detained journalists within 90 days. Nine months later, no case has been reviewed.
"""


def test_an_ngo_s_release_gives_the_ngo_its_calls_and_a_promise_told_undone_by_no_one_is_broken(nlp):
    analysis = nlp_kit.analyze(NGO_RELEASE, nlp=nlp, dct="2025-10-20")
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["urged"].actor, found["urged"].counterpart) == ("ORG:Human Rights Watch", "EU")  # ngos.yaml
    assert found["publish"].actor == "ORG:Human Rights Watch"
    assert (found["promised"].actor, found["promised"].status) == ("AZE", "unfulfilled")  # "no case has been reviewed"


IMF_RELEASE = """IMF Staff Reaches Staff-Level Agreement with Kenya on the Fourth Review

March 12, 2026

Washington, DC: An International Monetary Fund (IMF) staff team led by Haimanot Teferra held discussions with the Kenyan authorities and reached a staff-level agreement on the fourth review of the program.

The authorities are committed to reducing the fiscal deficit to 4.3 percent of GDP. They have agreed to submit a tax bill by June, and will clear all arrears to domestic suppliers by the end of 2026.

"We urge the authorities to protect social spending as they consolidate," Ms. Teferra said.
"""


def test_an_imf_release_gives_the_borrower_s_authorities_their_commitments_and_the_quote_its_speaker(nlp):
    analysis = nlp_kit.analyze(IMF_RELEASE, nlp=nlp, dct="2026-03-12")
    found = {c.trigger: c for c in analysis.commitments}
    # "Washington, DC:" is the release's dateline, a place: the staff team is the IMF's
    assert (found["reached"].actor, found["reached"].kind) == ("IMF", "agreement")
    assert not any(a.id == "USA" for a in analysis.actors)
    # the title names one state: "the authorities" are Kenya's, and so is the "They" after them
    assert (found["committed"].actor, found["agreed"].actor) == ("KEN", "KEN")
    assert (found["clear"].actor, found["clear"].kind) == ("KEN", "intent")  # "..., and will clear ...": a second one
    # the quotation's "We" is whoever the sentence says spoke it; "Ms. Teferra" makes the NER's ORG a person
    assert (found["urge"].actor, found["urge"].kind, found["urge"].counterpart) == (
        "PER:Haimanot Teferra", "demand", "KEN")


DEBATE = """Transcript: Foreign Policy Debate

Seoul, 18 May 2025

MODERATOR: Good evening. Mr. Lee, you go first. What would you do about North Korea?

LEE JAE-MYUNG: If I am elected, I will reopen the military hotline with Pyongyang. The current government broke its promise to restore the 2018 military agreement.

MODERATOR: Mr. Kim, your response.

KIM MOON-SOO: I will strengthen our alliance with the United States.

SENIOR ADMINISTRATION OFFICIAL: We will take questions now.
"""


def test_a_debate_s_hyphenated_labels_name_the_candidates_and_the_current_government_is_their_state_s(nlp):
    analysis = nlp_kit.analyze(DEBATE, nlp=nlp)
    people = {a.id: a for a in analysis.actors if a.type == "person"}
    # "LEE JAE-MYUNG:" is one label and one person (the gazetteer's); "Mr. Lee" is he, his family name first
    assert set(people) == {"PER:Lee Jae-myung", "PER:Kim Moon-soo"}
    assert [m.text for m in people["PER:Lee Jae-myung"].mentions][:2] == ["Lee", "LEE JAE-MYUNG"]
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["reopen"].actor, found["reopen"].status) == ("KOR", "proposed")  # not broken by the next sentence
    assert (found["promise"].actor, found["promise"].status) == ("KOR", "unfulfilled")  # the speakers' state's
    assert found["strengthen"].actor == "PER:Kim Moon-soo"


def test_a_denied_commitment_and_a_call_on_a_pronoun_are_none(nlp):
    text = ("Address by President William Ruto at the General Assembly\n\n"
            '"Russia has made no commitment to hand over the plant," Kremlin spokesman Dmitry Peskov said. '
            "Last year I called on the banks to reform the debt architecture. I call on them again.")
    assert [c.trigger for c in nlp_kit.analyze(text, nlp=nlp).commitments] == ["called"]


def test_until_bounds_how_long_unless_the_commitment_is_a_refusal(nlp):
    text = ("Kenya will continue to lead the mission in Haiti until a successor force is in place. "
            "Turkey will not open its border until Armenia signs the treaty.")
    found = {c.trigger: c for c in nlp_kit.analyze(text, nlp=nlp).commitments}
    assert found["continue"].kind == "intent" and found["continue"].condition is None
    assert found["open"].kind == "conditional"


HEARING = """Nomination Hearing: Ambassador-Designate to Chile
Senate Committee on Foreign Relations

CHAIRMAN ELLISON: We welcome Laura Bennett, the nominee. Will you commit to reporting back to this committee
within 90 days of your arrival?

MS. BENNETT: Yes, Senator, I commit to that.

SENATOR OKAFOR: Will you commit to an audit of the vote?

MS. BENNETT: I cannot commit to an audit today.
"""


def test_a_hearing_s_titled_labels_name_people_and_an_answer_commits_to_what_was_asked(nlp):
    analysis = nlp_kit.analyze(HEARING, nlp=nlp, dct="2026-04-14")
    people = {a.id for a in analysis.actors if a.type == "person"}
    # "CHAIRMAN ELLISON:" and "SENATOR OKAFOR:" name people no one else names; "MS. BENNETT:" is Laura Bennett
    assert people == {"PER:Ellison", "PER:Okafor", "PER:Laura Bennett"}
    # "I commit to that." takes up the question; "I cannot commit to an audit" declines one
    assert [(c.actor, c.action) for c in analysis.commitments] == [
        ("PER:Laura Bennett", "reporting back to this committee within 90 days of your arrival")]


def test_a_commitment_verb_negated_in_the_present_or_after_a_modal_declines_one(nlp):
    text = ("France will not guarantee the loan. Japan does not commit to any date. "
            "Germany pledged not to send troops. Russia did not promise to withdraw its troops.")
    found = {c.actor: c for c in nlp_kit.analyze(text, nlp=nlp).commitments}
    assert set(found) == {"DEU", "RUS"}  # what a pledge rules out is a pledge; a past "did not" is told of
    assert found["DEU"].action == "not send troops"


def test_each_to_in_a_list_of_three_opens_a_commitment_of_its_own(nlp):
    text = ("France calls on Iran to release the detained journalists, to allow inspectors back into Fordow and to "
            "stop enriching uranium. Armenia and Azerbaijan agreed to finalize and sign the peace treaty. "
            "Japan promised to begin talks in May and to conclude them within four months.")
    found = [(c.actor, c.kind, c.action) for c in nlp_kit.analyze(text, nlp=nlp).commitments]
    assert found[:3] == [("FRA", "demand", "release the detained journalists"),
                         ("FRA", "demand", "allow inspectors back into Fordow"),
                         ("FRA", "demand", "stop enriching uranium")]
    # one act with one "to"; two with two are one undertaking
    assert [action for *_, action in found[3:]] == [
        "finalize and sign the peace treaty", "begin talks in May and to conclude them within four months"]


def test_a_listed_recommendation_opens_with_a_verb_the_tagger_took_for_a_name(nlp):
    text = ("Keeping the Corridor Open\n\nMine clearance is slow.\n\nTo the European Union:\n"
            "- Fund a second mine countermeasures group.\n- Open EU ports on the Danube to Ukrainian grain.\n\n"
            "To Turkey:\n- Allow NATO minehunters to transit the Bosphorus.\n")
    found = [(c.actor, c.kind, c.action) for c in nlp_kit.analyze(text, nlp=nlp).commitments]
    assert found == [("EU", "recommendation", "Fund a second mine countermeasures group"),
                     ("EU", "recommendation", "Open EU ports on the Danube to Ukrainian grain"),
                     ("TUR", "recommendation", "Allow NATO minehunters to transit the Bosphorus")]


def test_a_cleft_commits_to_what_follows_its_is(nlp):
    text = "What Germany will guarantee is the loan for the grid. What France did was wrong."
    assert [(c.actor, c.kind, c.action) for c in nlp_kit.analyze(text, nlp=nlp).commitments] == [
        ("DEU", "pledge", "the loan for the grid")]


MOTION = """House of Commons
Opposition Day Motion: Sudan
Agreed on division, 11 March 2026

That this House notes that the war in Sudan has displaced more than 12 million people; regrets that the Government has not met its pledge to double aid to Sudan; calls on the Government to restore UK aid to Sudan to £250 million, to press the United Arab Emirates to stop arming the Rapid Support Forces and to seek a new Security Council resolution; and urges all parties to agree an immediate ceasefire.
"""


def test_a_motion_speaks_for_the_house_named_at_its_top(nlp):
    analysis = nlp_kit.analyze(MOTION, nlp=nlp, dct="2026-03-11")
    assert "ORG:House of Commons" in {a.id for a in analysis.actors}  # its name ends its line, not the next
    calls = [(c.actor, c.counterpart, c.action) for c in analysis.commitments if c.kind == "demand"]
    assert calls[:3] == [
        ("ORG:House of Commons", "GBR", "restore UK aid to Sudan to £250 million"),
        ("ORG:House of Commons", "GBR", "press the United Arab Emirates to stop arming the Rapid Support Forces"),
        ("ORG:House of Commons", "GBR", "seek a new Security Council resolution"),
    ]
    assert calls[3][0] == "ORG:House of Commons"


def test_a_research_centre_is_an_organisation_and_a_name_never_runs_across_a_line(nlp):
    from spacy.tokens import Span

    from nlp_kit.actors.extract import _lines_of

    text = "Mine clearance is slow, the Centre for Maritime Security Studies finds."
    assert "ORG:Centre for Maritime Security Studies" in {a.id for a in nlp_kit.analyze(text, nlp=nlp).actors}
    doc = nlp.make_doc("Summary and Recommendations\nCentre for Maritime Security Studies")
    assert [part.text for part in _lines_of(Span(doc, 0, len(doc), label="ORG"))] == [
        "Summary and Recommendations", "Centre for Maritime Security Studies"]


def test_a_pipeline_read_from_disk_still_reads_listed_items_first_verbs(nlp, tmp_path):
    import spacy

    nlp.to_disk(tmp_path / "pipeline")
    text = "Corridor\n\nMine clearance is slow.\n\nTo the European Union:\n- Fund a second mine countermeasures group.\n"
    found = nlp_kit.analyze(text, nlp=spacy.load(tmp_path / "pipeline")).commitments
    assert [(c.actor, c.action) for c in found] == [("EU", "Fund a second mine countermeasures group")]


def test_a_lead_line_ending_in_committed_to_commits_its_subject_to_each_bullet(nlp):
    text = ("FACT SHEET: U.S.-India Summit Deliverables\n\nToday the United States and India committed to:\n\n"
            "- Launch a joint semiconductor packaging facility by 2028;\n"
            "- Double two-way trade in clean energy goods over the next five years.\n\n"
            "The President will deliver remarks at the State Department.\n")
    found = [(c.actor, tuple(c.co_actors), c.kind, c.action, c.evidence.text)
             for c in nlp_kit.analyze(text, nlp=nlp, dct="2026-09-22").commitments]
    assert found == [
        ("USA", ("IND",), "pledge", "Launch a joint semiconductor packaging facility by 2028",
         "Launch a joint semiconductor packaging facility by 2028"),
        ("USA", ("IND",), "pledge", "Double two-way trade in clean energy goods over the next five years",
         "Double two-way trade in clean energy goods over the next five years"),
    ]  # "will deliver remarks" is an itinerary


WEBER_INTERVIEW = """Interview with Foreign Minister Annalena Weber of Germany on Ukraine
Published 3 November 2026

Q: Minister, will Germany deliver more air defence systems to Ukraine this winter?

A: Yes. We will deliver two more IRIS-T systems before Christmas.

Q: Will German soldiers go to Ukraine?

A: I will not speculate about deployments. Israel must allow far more aid trucks into Gaza.
"""


def test_an_interviewee_s_must_is_her_demand_and_what_she_will_not_say_is_none(nlp):
    found = [(c.actor, c.kind, c.counterpart, c.action)
             for c in nlp_kit.analyze(WEBER_INTERVIEW, nlp=nlp, dct="2026-11-03").commitments]
    assert found == [("DEU", "intent", None, "deliver two more IRIS-T systems before Christmas"),
                     ("DEU", "demand", "ISR", "allow far more aid trucks into Gaza")]


def test_an_abbreviation_from_the_name_s_own_language_is_that_name_s(nlp):
    text = ("The plan was presented to the Coordination of Azawad Movements (CMA) in Lomé. "
            "The CMA will hand over all heavy weapons within 60 days.")
    actors = {a.id: [m.text for m in a.mentions] for a in nlp_kit.analyze(text, nlp=nlp).actors}
    assert actors["GRP:Coordination of Azawad Movements"] == ["Coordination of Azawad Movements", "CMA", "CMA"]


def test_a_finite_verb_the_parser_joined_to_an_infinitive_takes_the_main_clause_s_subject(nlp):
    text = ("Today in Washington, President Harris and Prime Minister Modi held their second bilateral summit. "
            "The leaders welcomed India's decision last year to lower tariffs on American almonds and called for an "
            "early conclusion of the bilateral trade agreement.")
    found = [(c.actor, c.co_actors, c.kind) for c in nlp_kit.analyze(text, nlp=nlp, dct="2026-09-22").commitments]
    assert found == [("USA", ["IND"], "demand")]


def test_a_topic_before_a_colon_leaves_the_title_s_speaker_as_it_is():
    assert voice_phrase("United Nations Support Mission in Libya: Report of the Secretary-General") == "Secretary-General"
    assert voice_phrase("Ukraine: Statement by the High Representative on behalf of the EU") == "High Representative"
    assert voice_phrase("Readout: Secretary Rubio's Meeting with Foreign Secretary Manalo") is None


SG_REPORT = """Libya: Report of the Secretary-General
S/2025/410 | 20 June 2025

1. On 22 May, clashes broke out in Tripoli. The Government of National Unity pledged to withdraw armed groups from
residential neighbourhoods within 30 days.

2. I urge the Libyan parties to agree on a unified government, and I intend to report to the Security Council in
August.
"""


def test_a_secretary_general_s_report_speaks_for_the_un_and_dates_itself(nlp):
    analysis = nlp_kit.analyze(SG_REPORT, nlp=nlp)
    assert analysis.meta.date == "2025-06-20"  # "S/2025/410 | 20 June 2025": a line of fields, one a date
    assert analysis.voice == ["UN"]
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("UN", "demand", "urge") in found
    # "the Government of National Unity" is a government, here Libya's: no state's name follows "of"
    assert ("LBY", "pledge", "pledged") in found


MINISTERIAL_STATEMENT = """Written Ministerial Statement: Humanitarian Support to Sudan
Made on: 11 March 2025 | Minister for Development

Today I am announcing more support. This follows the £113 million the Government committed last year.

At the London conference, the United Kingdom will bring together foreign ministers. We will press the Rapid
Support Forces to allow unhindered humanitarian access. I will update the House after the Easter recess.
"""


def test_a_ministerial_statement_speaks_for_the_home_government(nlp):
    analysis = nlp_kit.analyze(MINISTERIAL_STATEMENT, nlp=nlp)
    assert analysis.meta.date == "2025-03-11"
    assert analysis.voice == ["GBR"]  # "the Government" of a text in pounds that names the United Kingdom
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("GBR", "demand", "press") in found and ("GBR", "intent", "update") in found
    assert not any(a.id.startswith("PER:") for a in analysis.actors)  # "the Easter recess" is no person


OBITUARY = """Anders Lunde, Norwegian diplomat, dies at 84

Anders Lunde, a Norwegian diplomat who spent six years shuttling between Guatemala's government and its guerrillas,
died on Tuesday. In the late 1980s, he began meeting quietly with leaders of the Guatemalan National Revolutionary
Unity, the guerrilla alliance known as the URNG.

In March 1990, he brought the URNG and Guatemala's National Reconciliation Commission to Oslo. There, the
guerrillas agreed to begin formal negotiations with the government. Mr. Lunde persuaded the two sides to return to
the table in January 1994. Over the next two years they signed accords on human rights.
"""


def test_an_obituary_s_guerrillas_are_the_group_and_its_they_no_one_person(nlp):
    analysis = nlp_kit.analyze(OBITUARY, nlp=nlp, dct="2024-11-14")
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("GRP:Guatemalan National Revolutionary Unity", "agreement", "agreed") in found
    agreed = next(c for c in analysis.commitments if c.trigger == "agreed")
    assert agreed.counterpart == "GTM"  # "the government": Guatemala's, named first, not the Norwegian's
    assert not any(c.actor == "PER:Anders Lunde" for c in analysis.commitments)  # "they signed accords"


WEEK_AHEAD = """WEEK AHEAD: A truce deadline in Colombia

BOGOTA, March 9, 2025 – In Colombia, a 90-day truce between the government and the Gulf Clan expires on Friday.
President Gustavo Petro wants it extended, and the group said it would agree if the army suspended operations.
The Defense Ministry has not said whether it will do so.
"""


def test_the_group_is_the_group_named_before_and_an_open_question_is_no_intent(nlp):
    analysis = nlp_kit.analyze(WEEK_AHEAD, nlp=nlp)
    assert [(c.actor, c.kind) for c in analysis.commitments] == [("GRP:Gulf Clan", "conditional")]


READOUT_THEY = """Readout of President Joseph R. Biden, Jr. Call with Prime Minister Yoshihide Suga of Japan

President Joseph R. Biden, Jr. spoke today with Prime Minister Yoshihide Suga of Japan to discuss the policy issues
that Japan and the United States will face together. President Biden reaffirmed to the Prime Minister his
commitment to provide extended deterrence to Japan. They committed to working together on our response to curb the
global COVID-19 pandemic.
"""


def test_a_readout_s_they_after_one_leader_is_both_leaders_who_spoke(nlp):
    analysis = nlp_kit.analyze(READOUT_THEY, nlp=nlp)
    committed = next(c for c in analysis.commitments if c.trigger == "committed")
    assert {committed.actor, *committed.co_actors} == {"USA", "JPN"}


WRITTEN_ANSWER = """Sudan: Humanitarian Aid
Question for Foreign, Commonwealth and Development Office

UIN HL4512, tabled on 3 February 2025

Asked by Baroness Hale of Ellerby

To ask His Majesty's Government what steps they are taking to ensure that aid reaches civilians in El Fasher.

Answered on 17 February 2025 by Lord Collins of Highbury

The UK is deeply concerned by the situation in El Fasher. We have consistently called on the Rapid Support Forces to
lift the siege, and we will host a conference in London on 15 April.
"""


def test_a_written_answer_speaks_for_the_government_the_question_is_put_to(nlp):
    analysis = nlp_kit.analyze(WRITTEN_ANSWER, nlp=nlp)
    assert analysis.voice == ["GBR"]  # "Question for ... Office" under the title; "His Majesty's Government"
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("GBR", "demand", "called") in found and ("GBR", "intent", "host") in found


FACTBOX = """FACTBOX-Who has pledged what for Gaza's reconstruction

CAIRO, March 5, 2025 (Reuters) - Arab leaders on Tuesday endorsed Egypt's plan to rebuild Gaza. Here is what
countries have pledged so far:

* QATAR: Pledged $500 million in January for housing and said it would fund the salaries of civil servants.

* EUROPEAN UNION: Announced 120 million euros in humanitarian aid for 2025 on Monday.

* WORLD BANK: Estimated the cost of reconstruction at $53 billion. It has not committed funds.
"""


def test_a_factbox_bullet_led_by_a_name_in_capitals_is_that_party_s(nlp):
    analysis = nlp_kit.analyze(FACTBOX, nlp=nlp)
    assert {"QAT", "EU", "WB"} <= {a.id for a in analysis.actors}
    found = [(c.actor, c.kind, c.trigger) for c in analysis.commitments]
    assert ("QAT", "pledge", "Pledged") in found and ("QAT", "intent", "fund") in found
    assert ("EU", "pledge", "Announced") in found  # "120 million euros": a counted currency is a sum
    assert not any(c.actor == "WB" for c in analysis.commitments)


XINHUA_READOUT = """Xi Jinping Speaks with Brazilian President Lula on the Phone

BEIJING, May 21, 2025 -- Chinese President Xi Jinping held a phone conversation with Brazilian President Luiz Inacio
Lula da Silva on Wednesday.

Xi stressed that the two sides should strengthen coordination within BRICS and the G20.

The two heads of state agreed to keep in close contact.
"""


def test_a_readout_s_two_heads_of_state_are_who_spoke_even_after_a_dateline(nlp):
    analysis = nlp_kit.analyze(XINHUA_READOUT, nlp=nlp)
    agreed = next(c for c in analysis.commitments if c.trigger == "agreed")
    assert {agreed.actor, *agreed.co_actors} == {"CHN", "BRA"}  # not BRICS and the G20 named just before


OPEN_LETTER = """Open Letter to President William Ruto on the Mission in Haiti

Nairobi, 3 March 2025

Dear President Ruto,

We, the undersigned Kenyan and international human rights organisations, write to you ahead of the anniversary of
the deployment of Kenyan police officers to Haiti.

We therefore urge you to publish the oversight mechanism's findings by 30 April.

Yours sincerely,

Amnesty International
Kenya Human Rights Commission
"""


def test_an_open_letter_s_we_is_its_signatories_not_the_state_its_adjective_names(nlp):
    analysis = nlp_kit.analyze(OPEN_LETTER, nlp=nlp)
    assert "ORG:Amnesty International" in analysis.voice and "KEN" not in analysis.voice
    urged = next(c for c in analysis.commitments if c.trigger == "urge")
    assert (urged.actor, urged.kind) == ("ORG:Amnesty International", "demand")


def test_the_army_is_the_state_named_before(nlp):
    analysis = nlp_kit.analyze("In Sudan, the army accepted a proposal for a humanitarian pause.", nlp=nlp)
    assert [(c.actor, c.kind) for c in analysis.commitments] == [("SDN", "agreement")]


MINUTES = """MINUTES

Eighth Meeting of the Kazakhstan–Uzbekistan Joint Commission on Water

Present:
For the Republic of Kazakhstan: Nurzhan Nurzhigitov, Minister of Water Resources (Co-Chair)
For the Republic of Uzbekistan: Shavkat Khamraev, Minister of Water Resources (Co-Chair)

Item 1. Water allocation

The Uzbek side proposed that the Commission invite Tajikistan to attend its next meeting as an observer. The
Kazakh side will respond in writing.

The Parties agreed to keep the allocation at the level of 2024.

Decisions:
- The Uzbek side to begin the daily exchange of flow data by 1 March 2025.
- The Kazakh side to send draft terms of reference within one month.
"""


def test_minutes_parties_are_the_delegations_listed_and_decisions_are_agreed_actions(nlp):
    analysis = nlp_kit.analyze(MINUTES, nlp=nlp)
    found = {(c.actor, tuple(c.co_actors), c.kind, c.trigger) for c in analysis.commitments}
    # "the Parties" are the two delegations of the "Present:" list, never Tajikistan named just before
    assert ("KAZ", ("UZB",), "agreement", "agreed") in found
    # a line under "Decisions:" saying what a party is to do is an agreed action, however the parser reads it
    assert ("UZB", (), "agreement", "begin") in found and ("KAZ", (), "agreement", "send") in found
    # what another body should do is proposed to it
    assert ("UZB", (), "recommendation", "proposed") in found


def test_a_party_to_do_something_outside_a_decisions_list_is_an_announced_intent(nlp):
    analysis = nlp_kit.analyze("Morning items.\n\nGermany to send more tanks to Ukraine.\n", nlp=nlp)
    assert [(c.actor, c.kind, c.trigger) for c in analysis.commitments] == [("DEU", "intent", "send")]


ASSESSMENT = """ANNUAL THREAT ASSESSMENT

Office of the Director of National Intelligence
March 11, 2025

North Korea

Kim Jong Un will continue to expand North Korea's nuclear and conventional military capabilities. We assess that
Kim has no intention of negotiating away his nuclear weapons. Under the treaty that Kim and President Vladimir Putin
signed in June 2024, each side promised to provide military assistance without delay if the other is attacked.
Moscow has probably agreed to share space and missile technology in return.
"""


def test_an_assessment_forecasts_what_others_will_do_and_reports_their_promises(nlp):
    analysis = nlp_kit.analyze(ASSESSMENT, nlp=nlp)
    kim = next(a for a in analysis.actors if a.id == "PER:Kim Jong Un")
    assert [m.text for m in kim.mentions].count("Kim") == 2  # the family name comes first
    assert "PER:Kim" not in {a.id for a in analysis.actors}
    found = {c.trigger: c for c in analysis.commitments}
    assert "continue" not in found  # "Kim Jong Un will continue to expand ...": the authors' forecast
    promised = found["promised"]  # "each side": both parties just named
    assert (promised.actor, promised.co_actors, promised.kind, promised.status) == ("PRK", ["RUS"], "conditional", "made")
    assert (found["agreed"].actor, found["agreed"].status) == ("RUS", "unknown")  # "probably agreed"


OSCE_STATEMENT = """United States Mission to the OSCE

Statement on Russia's Ongoing Aggression Against Ukraine

As delivered by Chargé d'Affaires Katherine Brucker to the Permanent Council, Vienna
December 12, 2024

Thank you, Madam Chair.

We remain concerned about three members of the OSCE Special Monitoring Mission to Ukraine whom Russia's proxies
detained in April 2022. We urge Russia to release them without further delay.

The United States pledges its full support to the Finnish Chairpersonship.
"""


def test_a_mission_s_statement_speaks_for_its_state_and_whoever_delivers_it(nlp):
    analysis = nlp_kit.analyze(OSCE_STATEMENT, nlp=nlp)
    assert analysis.voice == ["USA", "PER:Katherine Brucker"]
    brucker = next(a for a in analysis.actors if a.id == "PER:Katherine Brucker")
    assert brucker.affiliation == "USA"  # the mission's state, not Russia, named most in the body
    mission = next(a for a in analysis.actors if a.id == "ORG:OSCE Special Monitoring Mission to Ukraine")
    assert mission.affiliation == "OSCE"
    found = {(c.actor, c.kind, c.counterpart, c.trigger) for c in analysis.commitments}
    assert ("USA", "demand", "RUS", "urge") in found
    assert ("USA", "pledge", "FIN", "pledges") in found  # support pledged, to whom it goes


THRONE_SPEECH = """Speech from the Throne

Ottawa, 27 May 2025

Canada faces a world more dangerous and divided than at any time since the Second World War.

My Government will build a new relationship with the European Union. It will meet NATO's defence spending target
this year.

The Government will introduce legislation to remove federal barriers to internal trade by Canada Day.

Last year, the Government promised to buy twelve new submarines. Canada stands with Ukraine.
"""


def test_a_throne_speech_speaks_for_the_state_it_names_and_its_government_and_it_are_that_state(nlp):
    analysis = nlp_kit.analyze(THRONE_SPEECH, nlp=nlp)
    assert analysis.voice == ["CAN"]  # no "Government of Canada" anywhere: the state the speech names as a subject
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert {("CAN", "intent", "build"), ("CAN", "intent", "meet"), ("CAN", "intent", "introduce"),
            ("CAN", "promise", "promised")} <= found
    assert next(t for t in analysis.timexes if t.text == "Canada Day").value == "2025-07-01"


def test_it_will_goes_on_with_a_named_subject_but_not_with_a_forecast(nlp):
    found = [(c.actor, c.trigger) for c in nlp_kit.analyze(
        "Japan signed the deal in May. It will provide $5 million to Kenya.", nlp=nlp, dct="2025-06-01").commitments]
    assert ("JPN", "provide") in found
    found = [c.trigger for c in nlp_kit.analyze("Japan signed the deal. It will take years to implement.", nlp=nlp,
                                                 dct="2025-06-01").commitments]
    assert "take" not in found


NON_PAPER = """Non-paper by Denmark, Finland and Sweden on Strengthening the Enforcement of EU Sanctions

Brussels, 3 February 2025

1. Since February 2022, the EU has adopted fifteen packages of sanctions against Russia.

2. Denmark, Finland and Sweden propose that the Commission set up a dedicated sanctions enforcement unit.

3. The Member States should harmonise criminal penalties for sanctions violations.

4. We call on the High Representative to raise circumvention in the EU's political dialogues.

5. The three countries stand ready to second national experts to the unit and will host a workshop in March.
"""


def test_a_non_paper_speaks_for_its_authors_and_the_member_states_are_the_union_s(nlp):
    analysis = nlp_kit.analyze(NON_PAPER, nlp=nlp)
    assert analysis.voice == ["DNK", "FIN", "SWE"]
    found = {(c.actor, tuple(c.co_actors), c.kind, c.trigger) for c in analysis.commitments}
    authors = ("FIN", "SWE")
    assert ("DNK", authors, "recommendation", "propose") in found  # "set" read as a past by the tagger
    assert ("EU", (), "recommendation", "harmonise") in found  # not the three states just named
    assert ("DNK", authors, "demand", "call") in found
    assert ("DNK", authors, "intent", "host") in found  # "The three countries ... will host"


BANK_RELEASE = """World Bank Approves $300 Million for Tajikistan

WASHINGTON, June 12, 2025 — The World Bank's Board of Executive Directors today approved a $300 million grant for
Tajikistan to make its electricity supply more reliable.

"We will continue to support the government's reform of the energy sector," said Tatiana Proskuryakova, World Bank
Regional Director for Central Asia.

In 2023, Tajikistan raised tariffs by 15 percent, as it had agreed with the International Monetary Fund in 2022.
"""


def test_a_bank_s_release_approves_a_pledge_and_its_director_s_we_is_the_bank(nlp):
    analysis = nlp_kit.analyze(BANK_RELEASE, nlp=nlp)
    director = next(a for a in analysis.actors if a.id == "PER:Tatiana Proskuryakova")
    assert director.affiliation == "WB"  # the body her office in apposition names
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["approved"].actor, found["approved"].kind, found["approved"].counterpart) == ("WB", "pledge", "TJK")
    assert (found["continue"].actor, found["continue"].kind) == ("WB", "intent")
    agreed = found["agreed"]  # "as it had agreed": what the main clause reports, done
    assert (agreed.actor, agreed.kind, agreed.status, agreed.action, agreed.made) == (
        "TJK", "agreement", "fulfilled", "raised tariffs by 15 percent", "2022")


GOVERNMENT_RESPONSE = """Government Response to the Foreign Affairs Committee's Report on the Western Balkans

Presented to Parliament by the Secretary of State, January 2025

Recommendation 2: The Government should double its funding for anti-corruption programmes in Bosnia and Herzegovina.

The Government partially accepts this recommendation. We will increase funding by 25 percent next year.

Recommendation 3: The UK should press the EU to set a date for accession talks with North Macedonia.

The Government does not accept this recommendation. Accession is a matter for the EU and its member states.
"""


def test_a_government_response_speaks_for_the_state_it_names_and_declines_without_breaking(nlp):
    analysis = nlp_kit.analyze(GOVERNMENT_RESPONSE, nlp=nlp)
    assert analysis.voice == ["GBR"]  # no "Government of the UK": the state named as a subject
    found = {(c.actor, c.kind, c.trigger) for c in analysis.commitments}
    assert ("GBR", "recommendation", "double") in found  # "The Government should ...": the committee's advice to it
    assert ("GBR", "intent", "increase") in found
    assert not any(c.trigger == "accept" for c in analysis.commitments)  # "does not accept": declined, nothing broken


PLAN = """A Seven-Point Plan for Northern Mali

The plan was presented to the Government of Mali and the Coordination of Azawad Movements (CMA) in Lomé.

1. A ceasefire will take effect 72 hours after both parties sign this framework.
2. Togo and Algeria will monitor the ceasefire and report monthly to both parties.
3. Each party will appoint three members to a joint commission.
"""


def test_who_report_to_both_parties_are_not_the_parties(nlp):
    analysis = nlp_kit.analyze(PLAN, nlp=nlp)
    each = [c for c in analysis.commitments if c.trigger == "appoint"]
    assert not any({c.actor, *c.co_actors} == {"TGO", "DZA"} for c in each)  # the monitors, not the parties


EXPLANATION_OF_VOTE = """Explanation of Vote on the General Assembly Resolution on Nuclear Safety in Ukraine

Delivered by Ambassador Barbara Woodward, UK Permanent Representative to the UN
New York, 16 October 2025

Thank you, President.

Russian forces have occupied the Zaporizhzhia plant for more than three years. We urge Russia to grant the
International Atomic Energy Agency full access to the site.
"""


def test_a_delivered_by_line_under_a_title_gives_the_speaker_and_their_state(nlp):
    analysis = nlp_kit.analyze(EXPLANATION_OF_VOTE, nlp=nlp)
    assert analysis.voice == ["PER:Barbara Woodward", "GBR"]
    urged = next(c for c in analysis.commitments if c.trigger == "urge")
    assert (urged.actor, urged.kind, urged.counterpart) == ("GBR", "demand", "RUS")


JOINT_OPED = """Why Poland and Canada Are Doubling Down on Ukraine's Energy Security

By Radosław Sikorski and Anita Anand
Published 2 December 2025

As winter sets in, Russia is again trying to freeze Ukrainians into submission. Our two countries will not stand by.

Together, we call on our partners in the G7 to match these contributions by next June.

Radosław Sikorski is Poland's Deputy Prime Minister and Minister of Foreign Affairs. Anita Anand is Canada's Minister of Foreign Affairs.
"""


def test_an_op_ed_two_ministers_sign_speaks_for_both_states_and_names_them(nlp):
    analysis = nlp_kit.analyze(JOINT_OPED, nlp=nlp)
    assert analysis.voice == ["POL", "CAN"]
    people = {a.id: a.affiliation for a in analysis.actors if a.type == "person"}
    assert people == {"PER:Radosław Sikorski": "POL", "PER:Anita Anand": "CAN"}  # from the byline
    called = next(c for c in analysis.commitments if c.trigger == "call")
    assert (called.actor, called.co_actors, called.kind) == ("POL", ["CAN"], "demand")
    assert not any(c.trigger == "stand" for c in analysis.commitments)  # "will not stand by": a stance
    assert next(t for t in analysis.timexes if t.text == "winter").value == "2025-WI"  # the winter beginning now


CONFLICT_TRACKER = """Sudan — October 2025

Published 1 November 2025

The US, Saudi Arabia, Egypt and the United Arab Emirates, known as the Quad, on 9 October proposed a truce. The
army rejected it two days later. The Quad plans to convene the parties in Washington in November.
"""


def test_a_name_the_text_gives_a_list_of_states_is_those_states(nlp):
    analysis = nlp_kit.analyze(CONFLICT_TRACKER, nlp=nlp)
    plans = next(c for c in analysis.commitments if c.trigger == "plans")
    assert {plans.actor, *plans.co_actors} == {"USA", "SAU", "EGY", "ARE"}  # not the Indo-Pacific Quad
    # "the army" is no state of a list of mediators
    assert not any(c.actor == "ARE" and c.trigger == "rejected" for c in analysis.commitments)


PANEL_SUMMARY = """Summary of the final report of the Panel of Experts on South Sudan

The Government of South Sudan has not notified the Sanctions Committee of any of these transfers, as it undertook to do in 2018.

The Panel recommends that the Council renew the embargo for a further year.
"""


def test_a_panel_s_recommendation_is_proposed_and_an_undertaking_the_text_says_is_not_done_is_unfulfilled(nlp):
    analysis = nlp_kit.analyze(PANEL_SUMMARY, nlp=nlp, dct="2025-12-10")
    found = {c.trigger: c for c in analysis.commitments}
    recommends = found["recommends"]
    assert (recommends.actor, recommends.kind, recommends.status) == (
        "ORG:Panel of Experts on South Sudan", "recommendation", "proposed")
    undertook = found["undertook"]  # "as it undertook to do": what the negated main clause says was not done
    assert (undertook.actor, undertook.status, undertook.made) == ("SSD", "unfulfilled", "2018")


def test_a_reported_clause_around_its_he_said_is_the_party_s_intent(nlp):
    analysis = nlp_kit.analyze(
        "Ambassador Selim Arkan was more cautious. Ankara, he said, would only host new talks if both Kyiv and "
        "Moscow asked it to.", nlp=nlp)
    assert [(c.actor, c.kind, c.trigger) for c in analysis.commitments] == [("TUR", "conditional", "host")]


def test_a_past_verb_the_parser_joins_to_a_modal_clause_keeps_the_sentence_s_subject(nlp):
    analysis = nlp_kit.analyze(
        "Oksana Hrytsenko urged caution. She argued that any ceasefire must keep the corridor open and urged the "
        "European Union to fund war-risk insurance.", nlp=nlp)
    urged = [c for c in analysis.commitments if c.trigger == "urged" and c.counterpart == "EU"]
    assert len(urged) == 1 and urged[0].actor is not None  # not "any ceasefire", which is no party


COURT_RELEASE = """Press Release No. 84/2025 of 18 September 2025

Special fund for the armed forces is compatible with the Basic Law

Karlsruhe. In a judgment pronounced today, the Second Senate of the Federal Constitutional Court rejected a complaint against the Act establishing the special fund for the Bundeswehr, which the Bundestag adopted in June 2022.

The Senate held that the Basic Law permits it. The Court noted that in February 2022 the Federal Government undertook to spend two percent of gross domestic product on defence every year, a commitment it met for the first time in 2024.

However, the Senate ordered the Bundestag to adopt, by 31 December 2026, rules requiring the Federal Government to report annually on the use of the fund.
"""


def test_a_court_s_senate_is_the_court_and_its_order_a_demand_made_on_the_day(nlp):
    analysis = nlp_kit.analyze(COURT_RELEASE, nlp=nlp, dct="2025-09-18")
    court = next(a for a in analysis.actors if a.id == "ORG:Federal Constitutional Court")
    assert [m.text for m in court.mentions][:3] == ["Second Senate", "Federal Constitutional Court", "Senate"]
    found = {c.trigger: c for c in analysis.commitments}
    ordered = found["ordered"]  # "by 31 December 2026" bounds the act; the order was not made then
    assert (ordered.actor, ordered.kind, ordered.counterpart, ordered.made) == (
        "ORG:Federal Constitutional Court", "demand", "DEU", None)
    undertook = found["undertook"]  # "the Federal Government" of a text whose one state is named by its Bundestag
    assert (undertook.actor, undertook.status) == ("DEU", "fulfilled")  # "..., a commitment it met ... in 2024"


def test_an_order_without_an_act_is_no_demand(nlp):
    assert nlp_kit.analyze("Poland ordered 40 jets from Korea.", nlp=nlp).commitments == []


NATIONAL_STATEMENT = """National Statement of Indonesia at COP30
Belém, 18 November 2025

Under our new contribution, we will cut greenhouse gas emissions by 31.9 percent by 2030. Indonesia will phase out coal-fired power plants within the next 15 years, provided that partners honour the partnership signed in 2022.
"""


def test_a_national_statement_s_we_is_its_state_and_provided_that_makes_an_offer_conditional(nlp):
    analysis = nlp_kit.analyze(NATIONAL_STATEMENT, nlp=nlp)
    found = {c.trigger: c for c in analysis.commitments}
    assert (found["cut"].actor, found["cut"].kind) == ("IDN", "intent")
    phase = found["phase"]
    assert (phase.kind, phase.status) == ("conditional", "proposed")
    assert phase.condition.startswith("that partners honour")


MYTH_SHEET = """Myths and Facts

MYTH: The $5 billion in loans that Canada promised in 2024 never arrived.
FACT: Canada disbursed the full $5 billion by December 2025.

MYTH: Canada will stop sanctioning Russia once a ceasefire is signed.
FACT: Canada will keep its sanctions in place until Russia ends its war.
"""


def test_a_myth_a_fact_sheet_denies_commits_no_one_and_breaks_nothing(nlp):
    analysis = nlp_kit.analyze(MYTH_SHEET, nlp=nlp, dct="2026-02-02")
    found = {c.trigger: c for c in analysis.commitments}
    assert "stop" not in found  # the myth's claim
    assert (found["promised"].actor, found["promised"].status) == ("CAN", "made")  # given by the myth, not broken
    assert (found["keep"].actor, found["keep"].kind) == ("CAN", "intent")


AGENCIES_STATEMENT = """Joint statement by the heads of UNICEF, WFP and WHO on famine in Gaza

We call on Israel to allow food to enter Gaza. Our agencies stand ready to scale up within 72 hours of a ceasefire.
"""


def test_our_agencies_are_the_heads_who_speak(nlp):
    analysis = nlp_kit.analyze(AGENCIES_STATEMENT, nlp=nlp)
    ready = next(c for c in analysis.commitments if c.trigger == "ready")
    assert ({ready.actor, *ready.co_actors} >= {"WFP", "WHO"}, ready.kind, ready.status) == (True, "intent", "proposed")


def test_a_promise_kept_on_its_object_with_a_recipient_is_fulfilled(nlp):
    found = nlp_kit.analyze("Korea has kept every delivery date it promised us.", nlp=nlp).commitments
    assert [(c.actor, c.kind, c.status) for c in found] == [("KOR", "promise", "fulfilled")]


def test_titles_parsed_for_a_batch_give_each_document_the_voice_it_gets_alone(nlp):
    # The actors component runs the NER over the speaker lines of a whole batch at once.
    texts = [SPEECH, OP_ED, AID_RELEASE, "Joint Statement of the United States and Japan\n\nBoth will hold talks in May."]
    alone = [(a.voice, [x.id for x in a.actors]) for a in (nlp_kit.analyze(t, nlp=nlp) for t in texts)]
    together = [(a.voice, [x.id for x in a.actors]) for a in nlp_kit.analyze_many(texts, nlp=nlp, batch_size=4)]
    assert together == alone
    assert "JPN" in alone[0][0] and {"USA", "JPN"} <= set(alone[3][0])
