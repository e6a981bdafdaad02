"""Responses that state each activity's claim and position in a summary table on page 1 and then
give a paragraph per activity, opened by the row's id and title, on page 2 (issue 12: a table and
prose joined by their ids). Written with their expected values before the pipeline read them;
every name, amount and sentence is invented.

- `tingsryd`: reportlab; "Del A. Översikt" over the table "Akt. | Benämning | Krav (kr) |
  Ställningstagande | Vi återbetalar (kr)", then "Del B. Motivering" and paragraphs "Aktivitet 4:
  Title. Socialstyrelsen menar …".
- `orust`: python-docx -> LibreOffice Writer; the table "Nr | Aktivitet | Belopp | Kommunens
  inställning | Återbetalning", a page break, "Kommentarer per aktivitet" and paragraphs
  "7) Title – Enligt Socialstyrelsen …".

`python tests/gen/table_prose.py [NAME ...]` rewrites the committed PDFs in tests/data/table_prose/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
import table_layouts  # noqa: E402  (its LibreOffice conversion)

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "table_prose"
BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=8)
CELL = ParagraphStyle("c", fontName="Times-Roman", fontSize=10, leading=12)
HEAD = ParagraphStyle("h", fontName="Times-Bold", fontSize=10, leading=12)

# (id, title, claimed, position word, repaid, agency sentence, answer sentence)
TINGSRYD = [
    (
        "4",
        "Sommarjobb för unga",
        "46 000",
        "Bestrids",
        "0",
        "Socialstyrelsen menar att sommarjobben är en arbetsmarknadsåtgärd.",
        "Jobben var en del av det förebyggande arbetet i Urshult.",
    ),
    (
        "5",
        "Fritidsbank i Ryd",
        "12 800",
        "Medges",
        "12 800",
        "Socialstyrelsen menar att fritidsbanken ligger utanför området.",
        "Kommunen har inget att invända.",
    ),
    (
        "7",
        "Tjejgrupp Väckelsång",
        "23 500",
        "Medges delvis",
        "8 000",
        "Socialstyrelsen menar att kostnaderna för resor är för höga.",
        "Resan till Kalmar, 8 000 kr, återbetalas.",
    ),
]
ORUST = [
    (
        "2",
        "Seglarskola Henån",
        "61 200 kr",
        "Medger",
        "61 200 kr",
        "Enligt Socialstyrelsen har deltagarlistor inte redovisats.",
        "Listorna finns inte kvar och kommunen betalar tillbaka beloppet.",
    ),
    (
        "7",
        "Kvällsöppet på biblioteket",
        "19 400 kr",
        "Bestrider",
        "0 kr",
        "Enligt Socialstyrelsen är kvällsöppet ordinarie verksamhet.",
        "Kvällsöppet startade med bidraget 2022, se bilaga 1.",
    ),
]

EXPECTED = {
    "tingsryd": {
        "4": dict(page_start=2, claimed="46000", position="disputes", repayment="0"),
        "5": dict(page_start=2, claimed="12800", position="accepts_full", repayment="12800"),
        "7": dict(page_start=2, claimed="23500", position="accepts_partial", repayment="8000"),
    },
    "orust": {
        "2": dict(page_start=2, claimed="61200", position="accepts_full", repayment="61200"),
        "7": dict(page_start=2, claimed="19400", position="disputes", repayment="0"),
    },
}
# the agency's sentence of each activity's paragraph, which its assessment must hold
AGENCY_SENTENCES = {name: {r[0]: r[5] for r in rows} for name, rows in (("tingsryd", TINGSRYD), ("orust", ORUST))}


def _tingsryd(path: Path) -> Path:
    head = ["Akt.", "Benämning", "Krav (kr)", "Ställningstagande", "Vi återbetalar (kr)"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in (r[0], r[1], r[2], r[3], r[4])] for r in TINGSRYD]
    data.append([Paragraph(c, CELL) for c in ("", "Summa", "82 300", "", "20 800")])
    t = Table(data, colWidths=[1.2 * cm, 5.0 * cm, 2.4 * cm, 3.6 * cm, 3.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story = [
        Paragraph("Tingsryds kommun, Socialförvaltningen, 2025-03-03", BODY),
        Paragraph("Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag", BODY),
        Paragraph("Del A. Översikt", HEAD),
        t,
        PageBreak(),
        Paragraph("Del B. Motivering", HEAD),
        *[Paragraph(f"<b>Aktivitet {r[0]}: {r[1]}.</b> {r[5]} {r[6]}", BODY) for r in TINGSRYD],
        Paragraph("Anna Berg, socialchef", BODY),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _orust(path: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_BREAK

    d = Document()
    d.add_paragraph("Orust kommun – Kultur och fritid")
    d.add_paragraph("Svar till Socialstyrelsen angående återkrav, dnr 9.1-70888/2024. Henån 2025-02-14.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("Nr", "Aktivitet", "Belopp", "Kommunens inställning", "Återbetalning"), strict=True):
        cell.text = text
    for r in ORUST:
        for cell, text in zip(t.add_row().cells, (r[0], r[1], r[2], r[3], r[4]), strict=True):
            cell.text = text
    d.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Kommentarer per aktivitet")
    for r in ORUST:
        d.add_paragraph(f"{r[0]}) {r[1]} – {r[5]} {r[6]}")
    d.add_paragraph("Bilaga 1. Beslut om kvällsöppet 2022")
    d.add_paragraph("Johan Strand, kultur- och fritidschef")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "Orust svar.docx"
        d.save(str(src))
        return table_layouts.convert(src, path, "tables-prose")


MAKERS = {"tingsryd": _tingsryd, "orust": _orust}


def make(name: str, path: Path) -> Path:
    return MAKERS[name](path)


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or EXPECTED:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
