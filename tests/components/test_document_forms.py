"""Commitments and actors in the forms policy documents take beyond the article: a speech or statement
whose title says who speaks, an agreement that names its parties once, and a report that lists its
recommendations under the names of those they address. Full pipeline."""

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


def records(nlp, text: str, dct: str = "2026-05-14") -> list[tuple]:
    analysis = nlp_kit.analyze(text, nlp=nlp, dct=dct)
    return [(c.actor, c.kind, c.trigger, c.counterpart) for c in analysis.commitments]


def test_the_title_names_who_speaks_and_no_voice_when_several_speak():
    assert voice_phrase("Speech by Foreign Minister Takeshi Iwaya at the Lowy Institute") == "Foreign Minister Takeshi Iwaya"
    assert voice_phrase("Joint Statement of the United States and Japan") == "United States and Japan"
    assert voice_phrase("U.S.-ROK Leaders’ Joint Statement") == "U.S. and ROK"
    assert voice_phrase("Remarks by President Biden and Prime Minister Kishida in Joint Press Conference") is None
    assert voice_phrase("Why Beijing Should Listen") is None


def test_in_a_speech_we_and_i_are_the_speaker_s_state(nlp):
    found = records(nlp, SPEECH)
    assert ("JPN", "intent", "hold", "PHL") in found
    assert ("JPN", "demand", "call", "CHN") in found
    assert ("JPN", "demand", "urge", "QUAD") in found


def test_the_speaker_named_only_in_the_title_is_an_actor_of_the_document(nlp):
    analysis = nlp_kit.analyze(SPEECH, nlp=nlp)
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
