"""Write corpus/baltic-energy-security-brief.pdf, the sample PDF of the corpus.

The brief is original text written for nlp_kit; the PDF is committed, and this
script regenerates it byte-for-byte (fixed creation date) with fpdf2 from the
dev extra:

    .venv/bin/python corpus/make_pdf.py

Directory reading skips ``.py`` files, so this script never becomes a document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("baltic-energy-security-brief.pdf")
TITLE = "Keeping the Lights On: Baltic Energy Security After Desynchronisation"
AUTHOR = "Marta Kowalska"
DATE = dt.datetime(2025, 4, 2, 9, 0, tzinfo=dt.timezone.utc)

BODY: list[tuple[str, str]] = [
    ("p", "On February 9, 2025, Estonia, Latvia and Lithuania disconnected their power grids from the "
          "Russian-controlled BRELL system and synchronised them with continental Europe a day later. "
          "The switch ended three decades of dependence on frequency control from Moscow, but it also "
          "exposed how little spare capacity the three states have if an undersea cable fails."),
    ("p", "The risk is not hypothetical. In December 2024 the Estlink 2 cable between Finland and Estonia "
          "was damaged, and Finnish authorities detained a tanker suspected of dragging its anchor across "
          "the seabed. NATO responded in January 2025 by launching Baltic Sentry, a patrol mission that "
          "Sweden, Finland and Germany have joined with ships and aircraft."),
    ("h", "Commitments Made"),
    ("p", "The European Commission pledged 1.2 billion euros for the synchronisation project and promised "
          "to fund a second interconnector between Poland and Lithuania, the Harmony Link, by 2030. Poland "
          "agreed to keep reserve capacity available to the Baltic grid operators during the first year "
          "after the switch. Lithuania committed to build 700 megawatts of battery storage by the end of "
          "2025, and Latvia announced that it would double its offshore wind tender in 2026."),
    ("p", "Russia, for its part, warned that the Kaliningrad exclave would be isolated from its own grid "
          "and said it had invested in local gas-fired plants to run the region in island mode. Moscow has "
          "not ruled out retaliation against Baltic transit, and the three governments have asked Brussels "
          "to prepare sanctions in case of sabotage."),
    ("h", "What Should Happen Next"),
    ("p", "The Baltic states should agree with Finland and Sweden on a joint protocol for repairing "
          "damaged cables within weeks rather than months, and the European Union should finance a "
          "stockpile of spare cable sections in Tallinn and Klaipeda before the winter of 2025. NATO "
          "should make Baltic Sentry a standing mission instead of renewing it every six months."),
    ("p", "Without these steps, the region will have escaped one dependence only to discover another: "
          "on a handful of cables that any passing ship can cut."),
    ("bio", "Marta Kowalska is a senior research fellow at the Warsaw Centre for Energy Policy and a former "
            "adviser to the Polish Ministry of Climate."),
    ("credit", "Image: Elering via Wikimedia Commons."),
]


def build() -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(DATE)
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_margins(22, 22, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(0, 6, f"By {AUTHOR}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind == "h":
            pdf.set_font("Helvetica", "B", 13)
            pdf.ln(2)
        elif kind in {"bio", "credit"}:
            pdf.set_font("Helvetica", "I", 10)
        else:
            pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(f"wrote {OUT}")
