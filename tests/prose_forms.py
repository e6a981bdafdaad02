"""Prose responses without the usual scaffolding (issue 13, structure side), in forms the other
generators do not cover:

- run-in activities: a letter with no headings, each activity a paragraph that opens with its
  name (in bold, or in the body's own type) and names the agency's number inside the text
  ("(aktivitet 5, 27 500 kr)", "insats 3", "aktivitet nr 7, 85 tkr");
- a letter organised by the agency's reasons: each reason a heading with the activities it
  concerns listed under it; one activity under two reasons (its amount only the first time),
  positions stated once for the activities of a reason;
- attachments only as footnotes at the pages' foot, referenced by superscript numbers (a note's
  number need not be the attachment's), after a cover letter with its own signature;
- a response from a municipal company, answering for its municipality.

Written, with the values a reader expects, before running the pipeline on them. Every name,
amount and sentence is invented (municipality names are real). `python tests/prose_forms.py`
rewrites the committed PDFs in tests/data/prose_forms/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from heading_styles import act
from render import BODY, H1, H2
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph

COMMITTED = Path(__file__).resolve().parent / "data" / "prose_forms"
RESPONSES: dict[str, dict] = {}
EXPECTED: dict[str, dict] = {}

SERIF = ParagraphStyle("serif", parent=BODY, fontName="Times-Roman", fontSize=11.5, leading=15)
NOTE_SIZE = 8


def _add(name: str, blocks: list, expected: dict, header: str = "", footer: str = "{page}", notes: dict | None = None, style=BODY) -> None:
    RESPONSES[name] = dict(blocks=blocks, header=header, footer=footer, notes=notes or {}, style=style)
    EXPECTED[name] = expected


def make(name: str, path: Path) -> Path:
    """Render a response: paragraphs in the case's body style, footnotes (page -> lines, the
    note's number first and raised) at the foot of their page under a short rule."""
    spec = RESPONSES[name]
    style = spec["style"]

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        if spec["header"]:
            canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, spec["header"])
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, spec["footer"].format(page=doc.page))
        canvas.restoreState()

    def on_page_end(canvas, doc):  # the notes after the page's text, as a word processor writes them
        canvas.saveState()
        notes = spec["notes"].get(doc.page, [])
        if notes:
            y = 2.2 * cm + 14 * len(notes)
            canvas.line(2.2 * cm, y + 10, 7 * cm, y + 10)
            for mark, text in notes:
                canvas.setFont("Helvetica", NOTE_SIZE - 2)
                canvas.drawString(2.2 * cm, y + 3, mark)
                canvas.setFont("Helvetica", NOTE_SIZE)
                canvas.drawString(2.2 * cm + 7, y, text)
                y -= 14
        canvas.restoreState()

    story = []
    for b in spec["blocks"]:
        if b[0] == "break":
            story.append(PageBreak())
        else:
            story.append(Paragraph(b[1], {"h1": H1, "h2": H2, "p": style}[b[0]]))
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm, bottomMargin=4.5 * cm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story)
    return path


# --------------------------------------------------------------------------------------------
# Run-in activities: no headings

# 1. Bold run-in names ending with a full stop; "(aktivitet N, amount)" inside the agency's
# sentence; an inline list "Bilagor: (1) …, (2) …".
_add(
    "kalmar",
    [
        ("p", "<b>Kalmar kommun</b>"),
        ("p", "Socialförvaltningen"),
        ("p", "Socialstyrelsen<br/>106 30 Stockholm"),
        ("p", "Kalmar 2025-02-18"),
        ("p", "<b>Yttrande över preliminärt beslut om återkrav av statsbidrag</b>"),
        (
            "p",
            "Kalmar kommun har tagit del av Socialstyrelsens underrättelse den 9 januari 2025 om att myndigheten avser att "
            "återkräva 203 500 kr av statsbidraget för 2023. Kommunen svarar i den ordning som myndigheten tog upp aktiviteterna.",
        ),
        (
            "p",
            "<b>Läxhjälp på Norrliden.</b> Socialstyrelsen anser att läxhjälpen är en del av skolans ordinarie verksamhet "
            "(aktivitet 2, 64 000 kr). Läxhjälpen startade med bidraget och bemannades av föreningen Läslust, se bilaga 1. "
            "Kommunen bestrider återkravet.",
        ),
        (
            "p",
            "<b>Fotboll på fredagskvällar.</b> Myndigheten menar att kostnaderna för planhyra inte kan styrkas (aktivitet 5, "
            "27 500 kr). Kommunen har inte kunnat ta fram fakturorna och godtar återkravet.",
        ),
        (
            "p",
            "<b>Föräldraträffar i Oxhagen.</b> Enligt Socialstyrelsen genomfördes träffarna efter bidragsperiodens slut, "
            "aktivitet 6 om 112 000 kr. Hälften av träffarna hölls i december 2023. Kommunen accepterar därför att 56 000 kr "
            "återbetalas men bestrider återkravet i övrigt, se närvarolistorna i bilaga 2.",
        ),
        ("p", "Sammanfattningsvis godtar kommunen återkrav med 83 500 kr."),
        ("p", "Bilagor: (1) Avtal med föreningen Läslust, (2) Närvarolistor föräldraträffar 2023."),
        ("p", "Jonas Ek<br/>socialchef"),
    ],
    dict(
        activities={
            "2": act("Läxhjälp på Norrliden", "64000", "disputes", "0"),
            "5": act("Fotboll på fredagskvällar", "27500", "accepts_full", "27500"),
            "6": act("Föräldraträffar i Oxhagen", "112000", "accepts_partial", "56000"),
        },
        attachments=["1", "2"],
        refs={("2", "1"), ("6", "2")},
        absent_checks={"unresolved_reference", "unreferenced_attachment", "stated_total_mismatch"},
    ),
)

# 2. A serif letter; bold run-in names ending with a colon; the agency's number as "insats N",
# once in brackets after the claim, once in the sentence that states it.
_add(
    "skovde",
    [
        ("p", "SKÖVDE KOMMUN"),
        ("p", "Socialnämnden"),
        ("p", "Skövde den 20 februari 2025"),
        ("p", "<b>Yttrande angående återkrav av statsbidrag till kommuner med utsatta områden</b>"),
        ("p", "Socialnämnden i Skövde kommun lämnar här sitt yttrande över Socialstyrelsens preliminära beslut om återkrav."),
        (
            "p",
            "<b>Sommarkollo för unga:</b> Socialstyrelsen bedömer att kollot inte når de boende i de utsatta områdena och "
            "återkräver 48 000 kronor (insats 1). Nämnden delar inte bedömningen, eftersom 31 av 40 deltagare bodde i Ryd. "
            "Nämnden bestrider återkravet.",
        ),
        (
            "p",
            "<b>Trygghetskameror vid Billingehus:</b> Myndigheten anser att kamerorna är en investering som bidraget inte får "
            "användas till. Återkravet för insats 3 uppgår till 95 000 kronor. Nämnden medger återkravet.",
        ),
        ("p", "Eva Holm<br/>ordförande"),
    ],
    dict(
        activities={
            "1": act("Sommarkollo för unga", "48000", "disputes", "0"),
            "3": act("Trygghetskameror vid Billingehus", "95000", "accepts_full", "95000"),
        },
        attachments=[],
        refs=set(),
        absent_checks={"stated_total_mismatch"},
    ),
    style=SERIF,
)

# 3. The names in the body's own type (no bold); "aktivitet nr N, amount in tkr"; the last
# activity on page 2.
_add(
    "lulea",
    [
        ("p", "Luleå kommun"),
        ("p", "Socialförvaltningen, 2025-03-03"),
        ("p", "Till Socialstyrelsen"),
        ("p", "Svar på underrättelse om återkrav av statsbidrag"),
        ("p", "Luleå kommun har tagit del av Socialstyrelsens skrivelse om återkrav om sammanlagt 257 tkr och lämnar följande svar."),
        (
            "p",
            "Ungdomscafé i Hertsön. Socialstyrelsen bedömer att caféet är ordinarie verksamhet (aktivitet nr 7, 85 tkr). "
            "Caféet öppnade med bidraget i mars 2022. Kommunen bestrider återkravet.",
        ),
        (
            "p",
            "Idrottsskola på Örnäset. Myndigheten anser att kostnaderna saknar underlag (aktivitet nr 9, 42 tkr). "
            "Kommunen godtar återkravet.",
        ),
        ("break",),
        (
            "p",
            "Mentorer för nyanlända. Enligt Socialstyrelsen var mentorerna redan anställda av kommunen (aktivitet nr 11, 130 tkr). "
            "Kommunen medger att 30 tkr återbetalas och bestrider återkravet i övrigt.",
        ),
        ("p", "Per Nyström, socialchef"),
    ],
    dict(
        activities={
            "7": act("Ungdomscafé i Hertsön", "85000", "disputes", "0"),
            "9": act("Idrottsskola på Örnäset", "42000", "accepts_full", "42000"),
            "11": act("Mentorer för nyanlända", "130000", "accepts_partial", "30000"),
        },
        pages={"7": 1, "9": 1, "11": 2},
        attachments=[],
        refs=set(),
        absent_checks={"stated_total_mismatch"},
    ),
)

# 4. Bold run-in names ending with a dash and no number of the agency's anywhere: the
# activities are numbered in their order; each paragraph states the claim.
_add(
    "hoganas",
    [
        ("p", "Höganäs kommun, Socialnämnden"),
        ("p", "Höganäs 2025-02-27"),
        ("p", "<b>Yttrande om återkrav av statsbidrag</b>"),
        ("p", "Nämnden har tagit del av Socialstyrelsens preliminära beslut och lämnar följande synpunkter."),
        (
            "p",
            "<b>Fritidsgården i Väsby</b> – Socialstyrelsen återkräver 40 000 kr eftersom gården bedöms vara ordinarie "
            "verksamhet. Gården hade inget kvällsöppet före 2022. Nämnden bestrider återkravet.",
        ),
        (
            "p",
            "<b>Lovskola för mellanstadiet</b> – Socialstyrelsen återkräver 15 600 kr eftersom kostnaderna saknar underlag. "
            "Nämnden godtar återkravet.",
        ),
        ("p", "Maria Sten<br/>ordförande"),
    ],
    dict(
        activities={
            "1": act("Fritidsgården i Väsby", "40000", "disputes", "0"),
            "2": act("Lovskola för mellanstadiet", "15600", "accepts_full", "15600"),
        },
        attachments=[],
        refs=set(),
        absent_checks=set(),
    ),
)

# --------------------------------------------------------------------------------------------
# Organised by the agency's reasons

# 4. "Skäl N – …" headings, the activities listed under each as "Aktivitet N – title – amount";
# activity 3 under both reasons, its amount the first time only.
_add(
    "eskilstuna",
    [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", "Eskilstuna kommun, Vård- och omsorgsförvaltningen, 2025-02-26"),
        (
            "p",
            "Eskilstuna kommun svarar nedan på de skäl som Socialstyrelsen anger för återkravet på 190 000 kr. "
            "Varje skäl behandlas för sig.",
        ),
        ("h2", "Skäl 1 – Kostnaderna är inte verifierade"),
        ("p", "Aktivitet 3 – Fritidsgård i Fröslunda – 70 000 kr"),
        ("p", "Aktivitet 6 – Lovaktiviteter i Lagersberg – 40 000 kr"),
        (
            "p",
            "För aktivitet 3 bifogas fakturorna från hyresvärden (bilaga 1). För aktivitet 6 bifogas kvittona (bilaga 2). "
            "Kommunen bestrider återkraven för aktivitet 3 och 6.",
        ),
        ("h2", "Skäl 2 – Verksamheten är ordinarie verksamhet"),
        ("p", "Aktivitet 3 – Fritidsgård i Fröslunda"),
        ("p", "Aktivitet 8 – Fältassistenter – 80 000 kr"),
        (
            "p",
            "Fritidsgården hade inte kvällsöppet före 2022. För aktivitet 8 delar kommunen bedömningen och medger återkravet. "
            "Kommunen bestrider återkravet för aktivitet 3 även i denna del.",
        ),
        ("h2", "Bilagor"),
        ("p", "1. Fakturor fritidsgården 2022"),
        ("p", "2. Kvitton lovaktiviteter"),
        ("p", "Sofia Berg<br/>förvaltningschef"),
    ],
    dict(
        activities={
            "3": act("Fritidsgård i Fröslunda", "70000", "disputes", "0"),
            "6": act("Lovaktiviteter i Lagersberg", "40000", "disputes", "0"),
            "8": act("Fältassistenter", "80000", "accepts_full", "80000"),
        },
        reasons={"3": ["ordinary_operations", "unverifiable_costs"], "6": ["unverifiable_costs"], "8": ["ordinary_operations"]},
        attachments=["1", "2"],
        refs={("3", "1"), ("6", "2")},
        absent_checks={"unresolved_reference", "unreferenced_attachment"},
    ),
)

# 5. Reasons as bare numbered headings ("1. …"), the activities as "Aktivitet N: title, amount";
# the positions once per reason for the activities it lists.
_add(
    "boras",
    [
        ("h1", "Yttrande – återkrav av statsbidrag 2023"),
        ("p", "Borås Stad, Förvaltningen för individ och familj, 2025-03-04"),
        (
            "p",
            "Borås Stad har tagit del av Socialstyrelsens underrättelse. Myndigheten grundar återkravet på två skäl, "
            "och stadens svar följer dem.",
        ),
        ("h2", "1. Insatserna saknar samband med bidragets syfte"),
        ("p", "Aktivitet 2: Simskola för vuxna, 22 000 kr"),
        ("p", "Aktivitet 4: Språkcafé på Hässleholmen, 36 500 kr"),
        ("p", "Staden medger återkraven för aktivitet 2 och 4."),
        ("h2", "2. Kostnaderna ligger utanför bidragsperioden"),
        ("p", "Aktivitet 4: Språkcafé på Hässleholmen"),
        ("p", "Aktivitet 7: Sommarjobb i Norrby, 150 000 kr"),
        (
            "p",
            "Sommarjobben pågick från juni till augusti 2023. Staden bestrider återkravet för aktivitet 7. "
            "Lönelistorna för aktivitet 7 finns i bilaga 1.",
        ),
        ("h2", "Bilagor"),
        ("p", "1 Lönelistor sommarjobb 2023"),
        ("p", "Lina Ahl<br/>förvaltningschef"),
    ],
    dict(
        activities={
            "2": act("Simskola för vuxna", "22000", "accepts_full", "22000"),
            "4": act("Språkcafé på Hässleholmen", "36500", "accepts_full", "36500"),
            "7": act("Sommarjobb i Norrby", "150000", "disputes", "0"),
        },
        reasons={"2": ["purpose_mismatch"], "4": ["outside_grant_period", "purpose_mismatch"], "7": ["outside_grant_period"]},
        attachments=["1"],
        refs={("7", "1")},
        absent_checks={"unresolved_reference", "unreferenced_attachment"},
    ),
)

# 6. The agency named only in the address block; its reasons headed by a letter ("Grund A: …"),
# the activities as "Insats N – title (amount)"; one reason concerns a single activity.
_add(
    "ljungby",
    [
        ("p", "Ljungby kommun"),
        ("p", "Socialstyrelsen<br/>Box 55 55<br/>102 59 Stockholm"),
        ("p", "Ljungby 2025-03-12"),
        ("h1", "Svar angående återkrav av statsbidrag"),
        ("p", "Myndigheten har angett två grunder för återkravet. Kommunen svarar på dem i tur och ordning."),
        ("h2", "Grund A: Insatserna är ordinarie verksamhet"),
        ("p", "Insats 1 – Fältgrupp i centrum (75 000 kr)"),
        ("p", "Insats 2 – Läxhjälp i Replösa (22 000 kr)"),
        (
            "p",
            "Fältgruppen startade 2022 med bidraget. Kommunen bestrider återkravet för insats 1. För insats 2 medger kommunen återkravet.",
        ),
        ("h2", "Grund B: Kostnaderna kan inte styrkas"),
        ("p", "Insats 1 – Fältgrupp i centrum"),
        ("p", "Lönelistorna visar fältgruppens kostnader. Kommunen bestrider även här återkravet."),
        ("p", "Anders Lind, socialchef"),
    ],
    dict(
        activities={
            "1": act("Fältgrupp i centrum", "75000", "disputes", "0"),
            "2": act("Läxhjälp i Replösa", "22000", "accepts_full", "22000"),
        },
        reasons={"1": ["ordinary_operations", "unverifiable_costs"], "2": ["ordinary_operations"]},
        attachments=[],
        refs=set(),
        absent_checks=set(),
        meta=dict(issuer="Ljungby kommun", municipality="Ljungby", addressee="Socialstyrelsen", doc_date="2025-03-12"),
    ),
)

# --------------------------------------------------------------------------------------------
# Attachments only as footnotes

# 7. A cover letter on page 1 (its own signature, the total, an upper-case letterhead), the
# response on page 2; footnotes numbered through the letter, one of them no attachment, so the
# third note is attachment 2.
_add(
    "vastervik",
    [
        ("p", "VÄSTERVIKS KOMMUN"),
        ("p", "Socialförvaltningen"),
        ("p", "Socialstyrelsen<br/>106 30 Stockholm"),
        ("p", "Västervik 2025-02-20"),
        ("p", "<b>Följebrev – yttrande över återkrav av statsbidrag</b>"),
        (
            "p",
            "Härmed översänds Västerviks kommuns yttrande över Socialstyrelsens preliminära beslut om återkrav om sammanlagt "
            "150 000 kr. Bilagorna anges i fotnoter.",
        ),
        ("p", "Med vänlig hälsning"),
        ("p", "Karin Lund<br/>registrator"),
        ("break",),
        ("h1", "Yttrande"),
        ("p", "Socialnämnden i Västerviks kommun lämnar följande yttrande."),
        ("h2", "Punkt 1 – Mötesplats i Gertrudsvik – 90 000 kr"),
        (
            "p",
            "Socialstyrelsen bedömer att mötesplatsen är ordinarie verksamhet. Mötesplatsen öppnade med bidraget, vilket "
            "besöksstatistiken visar.<super>1</super> Nämnden bestrider återkravet.",
        ),
        ("h2", "Punkt 2 – Kulturveckor i Västervik – 60 000 kr"),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna inte kan styrkas.<super>2</super> Avtalet med arrangören bifogas.<super>3</super> "
            "Nämnden medger ändå återkravet.",
        ),
    ],
    dict(
        activities={
            "1": act("Mötesplats i Gertrudsvik", "90000", "disputes", "0"),
            "2": act("Kulturveckor i Västervik", "60000", "accepts_full", "60000"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("2", "2")},
        absent_checks={"unresolved_reference", "unreferenced_attachment"},
        meta=dict(issuer="Västerviks kommun", municipality="Västervik", doc_date="2025-02-20"),
    ),
    footer="Sida {page} av 2",
    notes={
        2: [
            ("1", "Bilaga 1: Besöksstatistik mötesplatsen 2022"),
            ("2", "Enligt nämndens beslut 2022-03-01 § 12."),
            ("3", "Bilaga 2: Avtal med Kulturföreningen Tjust"),
        ]
    },
)

# 8. One page; footnotes "N Bilaga N title" without a colon; numbered headings with the amount
# in brackets.
_add(
    "ostersund",
    [
        ("h1", "Yttrande till Socialstyrelsen om återkrav"),
        ("p", "Östersunds kommun, Socialnämnden, 2025-01-28"),
        ("h2", "1. Nattvandring på Odenslund (26 000 kr)"),
        ("p", "Socialstyrelsen anser att nattvandringen saknar underlag.<super>1</super> Kommunen bestrider återkravet."),
        ("h2", "2. Sommarläger i Lit (44 000 kr)"),
        (
            "p",
            "Socialstyrelsen bedömer att lägret hölls efter bidragsperioden. Lägret hölls i juli 2023 enligt programmet.<super>2</super> "
            "Kommunen bestrider återkravet.",
        ),
    ],
    dict(
        activities={
            "1": act("Nattvandring på Odenslund", "26000", "disputes", "0"),
            "2": act("Sommarläger i Lit", "44000", "disputes", "0"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("2", "2")},
        absent_checks={"unresolved_reference", "unreferenced_attachment"},
        meta=dict(issuer="Östersunds kommun", municipality="Östersund", doc_date="2025-01-28"),
    ),
    notes={1: [("1", "Bilaga 1 Närvarolistor nattvandring 2023"), ("2", "Bilaga 2 Program sommarläger 2023")]},
)

# --------------------------------------------------------------------------------------------
# A municipal company answers for its municipality

# 9. The company's name in the running header ("Skellefteå Trygghetsbolag AB – …").
_add(
    "skelleftea",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", "Skellefteå 2025-02-11"),
        ("p", "Skellefteå kommun har gett bolaget i uppdrag att yttra sig, eftersom bolaget genomförde insatserna."),
        ("h2", "1. Trygghetsvärdar i Morön (58 000 kr)"),
        ("p", "Socialstyrelsen bedömer att trygghetsvärdarna är ordinarie verksamhet. Bolaget bestrider återkravet."),
        ("h2", "2. Belysning i Anderstorp (31 000 kr)"),
        ("p", "Socialstyrelsen anser att belysningen är underhåll. Bolaget godtar återkravet."),
    ],
    dict(
        activities={
            "1": act("Trygghetsvärdar i Morön", "58000", "disputes", "0"),
            "2": act("Belysning i Anderstorp", "31000", "accepts_full", "31000"),
        },
        attachments=[],
        refs=set(),
        absent_checks=set(),
        meta=dict(issuer="Skellefteå Trygghetsbolag AB", municipality="Skellefteå", doc_date="2025-02-11"),
    ),
    header="Skellefteå Trygghetsbolag AB – ett bolag i Skellefteå Stadshus AB-koncernen",
)

# 10. The company's name first in its letterhead ("AB Växjö Fritid"), the municipality in the text.
_add(
    "vaxjo",
    [
        ("p", "AB Växjö Fritid"),
        ("p", "Box 1203, 351 12 Växjö"),
        ("p", "Till Socialstyrelsen"),
        ("p", "Växjö den 6 mars 2025"),
        ("h1", "Svar på underrättelse om återkrav"),
        ("p", "Bolaget svarar på uppdrag av Växjö kommun, som tog emot bidraget."),
        ("h2", "Aktivitet 1 – Skatepark på Araby, 120 000 kr"),
        ("p", "Socialstyrelsen bedömer att parken är en investering utanför bidragets syfte. Bolaget bestrider återkravet."),
        ("h2", "Aktivitet 2 – Lovverksamhet i Teleborg, 18 000 kr"),
        ("p", "Socialstyrelsen anser att kostnaderna saknar underlag. Bolaget godtar återkravet."),
    ],
    dict(
        activities={
            "1": act("Skatepark på Araby", "120000", "disputes", "0"),
            "2": act("Lovverksamhet i Teleborg", "18000", "accepts_full", "18000"),
        },
        attachments=[],
        refs=set(),
        absent_checks=set(),
        meta=dict(issuer="AB Växjö Fritid", municipality="Växjö", doc_date="2025-03-06"),
    ),
)


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or RESPONSES:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
