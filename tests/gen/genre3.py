"""Re-create the third blind genre corpus: tests/data/genre3/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre3.py [CASE ...]

A third corpus made like tests/data/genre/ and tests/data/genre2/, in house styles, amount formats,
word processors, scanners and invoice layouts neither of them has, so that it measures the pipeline
on documents nobody tuned it on. Every person, amount, sentence, company and invoice number is
invented (municipality names are real). Gold is written from this generator's own data; page
numbers are found by looking text up in the finished PDFs (pypdfium2), never by running granttrail.

Deterministic for the reportlab and scanned files. Cases made with tools that stamp the time into
the PDF (python-docx or openpyxl and LibreOffice: prose-gavle and the scan made from it,
sheet-vasteras) are rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when their PDF is missing; their
gold is always recomputed from the committed PDF. Building blocks come from genre_kit.py (ledger,
pages, scans) and genre2.py (the Bill invoice model, response_gold, leaders).
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import Bill, Ledger2, leaders, response_gold  # noqa: E402
from genre_kit import (  # noqa: E402
    ROOT,
    Act,
    D,
    Inv,
    Page,
    group,
    invoice_pdf,
    m,
    page_of,
    page_texts,
    render_pdf,
    run,
    scan_pdf,
    write_gold,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Flowable, Table, TableStyle  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre3"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case, fresh = _CASES.case, _CASES.fresh
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre3-build")


class Ledger3(Ledger2):
    """The amount formats of this corpus' house styles, on top of genre2's."""

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        own = {
            "prime": f"{short_thousands(v)}' kr",  # "125' kr": thousands, an old office habit
            "dotsek": f"{group(v, '.', 'always')} SEK",  # "125.000,00 SEK"
            "kronorpre": f"kronor {g}",  # "kronor 125 000"
            "encomma": f"SEK {group(v, ',', 'auto', '.')}",  # "SEK 125,000": English grouping
            "encommabare": group(v, ",", "auto", "."),
        }
        return own[style] if style in own else super().fmt(v, style)


def short_thousands(v: Decimal) -> str:
    x = (v / 1000).normalize()
    return f"{x:f}".replace(".", ",")


genre_kit.Ledger = Ledger3  # render_pdf's page-counting pass makes its ledger by this name


class ToBottom(Flowable):
    """Fills the frame down to `keep` points above its bottom, so that footnotes sit at the foot."""

    def __init__(self, keep: float) -> None:
        super().__init__()
        self.keep = keep

    def wrap(self, aw, ah):
        self.height = max(0, ah - self.keep)
        return aw, self.height

    def draw(self):
        pass


def signatures(left: list[str], right: list[str], font: str = "Helvetica") -> tuple:
    """Two signatures side by side (name lines under a blank line), as an unruled table."""
    t = Table([["\n".join(left), "\n".join(right)]], colWidths=[7.5 * cm, 7.5 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return ("flowable", t)


# ------------------------------------------------------------------------------------------
# 1. Landskrona: a letter with no headings at all. Each activity is a paragraph that starts with
#    its name in bold; the agency's number appears only in the text ("Socialstyrelsens aktivitet 3").
#    Amounts in thousands with a prime ("118' kr"); attachments listed inline in parentheses; two
#    signatures side by side (the committee chair and the head of the department).

LANDSKRONA_ACTS = [
    Act(
        "1",
        "Nattvandring med föräldrar på Öster",
        D(46000),
        "disputes",
        ["unverifiable_costs"],
        ["1"],
        needle="Nattvandring med föräldrar på Öster",
    ),
    Act("2", "Sommarjobb för unga i Centrum", D(118000), "accepts_full", ["purpose_mismatch"], needle="Sommarjobb för unga i Centrum"),
    Act(
        "3",
        "Kulturskola i Karlslund",
        D(72000),
        "accepts_partial",
        ["excessive_cost"],
        repay=D(30000),
        needle="Kulturskola i Karlslund",
    ),
    Act(
        "4",
        "Samordnare för trygg offentlig miljö",
        D(76000),
        "disputes",
        ["ordinary_operations"],
        ["2", "3"],
        needle="Samordnare för trygg offentlig miljö",
    ),
]


def landskrona_blocks() -> list:
    k = "prime"
    return [
        ("p", "LANDSKRONA STAD\nSocialförvaltningen"),
        ("space", 6),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("p", "Landskrona den 12 februari 2025\nEr beteckning: 9.1-51877/2024"),
        ("rich", "p", "<b>Angående preliminärt beslut om återkrav av statsbidrag till kommuner med utsatta områden 2022</b>"),
        (
            "p",
            "Vi har tagit del av Socialstyrelsens skrivelse den 14 januari 2025, där myndigheten meddelar att den avser att "
            "återkräva " + m(312000, k) + " av de " + m(1450000, k) + " som staden tog emot för 2022. Nedan följer stadens "
            "synpunkter i den ordning som myndigheten tog upp aktiviteterna.",
        ),
        (
            "rich",
            "p",
            "<b>Nattvandring med föräldrar på Öster.</b> Socialstyrelsen anser att underlag saknas för de kostnader som "
            "redovisats för Socialstyrelsens aktivitet 1 (" + m(46000, k) + ") och att de därför inte går att kontrollera. "
            "Nattvandringen samlade cirka 35 föräldrar varje fredag under hösten. Närvarolistor och kvitton för "
            "västar och fika bifogas nu, se bilaga 1. Staden bestrider därför återkravet.",
        ),
        (
            "rich",
            "p",
            "<b>Sommarjobb för unga i Centrum.</b> Myndigheten menar att sommarjobb är en arbetsmarknadsåtgärd som inte "
            "stämmer med bidragets syfte (aktivitet 2, " + m(118000, k) + "). Staden har inget att tillägga och godtar "
            "återkravet.",
        ),
        (
            "rich",
            "p",
            "<b>Kulturskola i Karlslund.</b> Enligt Socialstyrelsen är kostnaden för lokalhyran orimligt hög i förhållande "
            "till verksamhetens omfattning (aktivitet 3, " + m(72000, k) + "). Staden delar delvis den bedömningen. "
            "Hyran omfattade även helger då lokalen inte användes, och staden accepterar att " + m(30000, k) + " "
            "återbetalas. Resterande del avser 22 ungdomar som deltog varje vecka och bör inte återkrävas.",
        ),
        (
            "rich",
            "p",
            "<b>Samordnare för trygg offentlig miljö.</b> Socialstyrelsen bedömer att tjänsten (aktivitet 4, "
            + m(76000, k)
            + ") ingår i stadens ordinarie verksamhet. Tjänsten inrättades i mars 2022 särskilt för bidraget och "
            "fanns inte tidigare, vilket framgår av nämndens beslut och tjänstebeskrivningen (bilagorna 2 och 3). "
            "Staden motsätter sig återkravet i denna del.",
        ),
        (
            "p",
            "Sammanfattningsvis godtar staden återkrav med " + m(148000, k) + " och bestrider resterande " + m(164000, k) + ".",
        ),
        (
            "p",
            "Bilagor: (1) Närvarolistor och kvitton nattvandring hösten 2022, (2) Socialnämndens beslut 2022-03-08 § 41, "
            "(3) Tjänstebeskrivning samordnare trygg offentlig miljö.",
        ),
        ("p", "Frågor besvaras av utvecklingsledare Sara Lind, 0418-47 03 55, sara.lind@landskrona.se."),
        ("space", 14),
        ("p", "För socialnämnden i Landskrona stad"),
        ("space", 18),
        signatures(["Marie Holm (M)", "ordförande"], ["Anders Wik", "förvaltningschef"]),
    ]


@case
def prose_landskrona():
    d = fresh("prose-landskrona")
    L = Ledger3()
    name = "Landskrona stad svar återkrav.pdf"
    pdf = render_pdf(d / name, landskrona_blocks(), L, Page(font="Times-Roman", size_pt=11.5, footer="{page}"))
    g = response_gold(pdf, "Landskrona stad", "2025-02-12", LANDSKRONA_ACTS, L, municipality="Landskrona")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "4", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Sara Lind", "role": "utvecklingsledare", "phone": "+46418470355", "email": "sara.lind@landskrona.se"},
        {"name": "Marie Holm", "role": "ordförande", "party": "M"},
        {"name": "Anders Wik", "role": "förvaltningschef"},
    ]
    g["quantities"] = [{"value": 35, "unit": "förälder"}, {"value": 22, "unit": "ungdom"}]
    write_gold(
        d,
        {name: g},
        "A letter with no headings: each activity a paragraph opening with its name in bold, the agency's number "
        'only inside the text; amounts in thousands with a prime ("118\' kr" = 118 000); inline list '
        "'Bilagor: (1) …, (2) …'; two signatures side by side (chair with party, head of department).",
    )


# ------------------------------------------------------------------------------------------
# 2. Trollhättan: "1)"-numbered activities with "Återkrävt belopp 45 200:-" under each, comments
#    that state no position; the positions come once, for several activities together, in a closing
#    section ("medger återkraven för aktivitet 1–3", "bestrider … för aktivitet 4 och 6", a part of
#    5); the attachment list is a two-column table (Bilaga | Innehåll); an invoice in bilagor/.

TROLLHATTAN_ACTS = [
    Act("1", "Läxhjälp på Kronogården", D(45200), "accepts_full", ["unverifiable_costs"], needle="1) Läxhjälp"),
    Act("2", "Tjejgrupp på Lextorp", D(38600), "accepts_full", ["outside_grant_period"], needle="2) Tjejgrupp"),
    Act("3", "Föräldrastöd på arabiska och somaliska", D(52000), "accepts_full", ["description_mismatch"], needle="3) Föräldrastöd"),
    Act("4", "Fältassistenter kvällstid", D(87500), "disputes", ["exercise_of_authority"], ["1", "2"], needle="4) Fältassistenter"),
    Act("5", "Idrottsskola på Sylte", D(24000), "accepts_partial", ["purpose_mismatch"], ["3"], repay=D(9800), needle="5) Idrottsskola"),
    Act("6", "Trygghetsvandringar", D(19000), "disputes", ["missing_description"], ["4"], needle="6) Trygghetsvandringar"),
]
TROLLHATTAN_TEXT = {
    "1": (
        "Fakturor för läxhjälparnas arvoden saknas i redovisningen, och kostnaderna kan därför inte styrkas.",
        "Arvodena betalades via lönesystemet och inte mot faktura. Lönespecifikationerna finns hos staden men har "
        "inte kunnat sammanställas i tid.",
    ),
    "2": (
        "Gruppen startade i februari 2024, efter bidragsperioden.",
        "Uppstarten försenades när ledaren slutade. Stadens uppfattning är att planeringen gjordes 2023.",
    ),
    "3": (
        "Beskrivningen av insatsen stämmer inte med de redovisade kostnaderna, som främst avser tolkar.",
        "Tolkarna var en förutsättning för att föräldrarna skulle kunna delta.",
    ),
    "4": (
        "Fältassistenterna har fattat beslut i enskilda ärenden, vilket är myndighetsutövning.",
        "Fältassistenterna har inte haft delegation att fatta beslut, se uppdragsbeskrivningen och "
        "delegationsordningen (bilaga 1 och bilaga 2). De hänvisade ungdomar till socialsekreterare.",
    ),
    "5": (
        "Idrottsskolan vänder sig till alla barn i kommunen och inte särskilt till det utsatta området.",
        "Sylte IK:s idrottsskola hölls på Sylte, och av 60 platser gick 41 till barn boende i området. "
        "Fakturan från klubben bifogas (bilaga 3).",
    ),
    "6": (
        "Insatsen saknar beskrivning i redovisningen.",
        "Trygghetsvandringarna genomfördes tillsammans med bostadsbolaget fyra gånger under 2023. "
        "Minnesanteckningar från vandringarna bifogas, se bilaga 4.",
    ),
}


def trollhattan_blocks() -> list:
    k = "colon"
    out = [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav, dnr 9.1-50377/2024"),
        ("p", "Datum: 2025-02-24\nTill: Socialstyrelsen"),
        (
            "p",
            "Socialstyrelsen avser att återkräva " + m(266300, k) + " av statsbidraget för 2023. Stadens kommentarer "
            "till varje aktivitet följer nedan. Stadens ställningstagande redovisas samlat sist i yttrandet.",
        ),
    ]
    for a in TROLLHATTAN_ACTS:
        why, comment = TROLLHATTAN_TEXT[a.no]
        out += [
            ("h3", f"{a.no}) {a.title}"),
            ("p", "Återkrävt belopp " + m(a.claimed, k)),
            ("p", "Socialstyrelsen: " + why),
            ("p", "Kommentar: " + comment),
        ]
    out += [
        ("h2", "Ställningstagande"),
        (
            "p",
            "Trollhättans stad medger återkraven för aktivitet 1–3. Staden bestrider återkraven för aktivitet 4 och 6. "
            "För aktivitet 5 medger staden " + m(9800, k) + " och bestrider resterande " + m(14200, k) + ". "
            "Sammanlagt medger staden " + m(145600, k) + ".",
        ),
        ("h2", "Bilagor"),
        (
            "table",
            [
                ["Bilaga", "Innehåll"],
                ["1", "Uppdragsbeskrivning fältassistenter 2023"],
                ["2", "Delegationsordning socialnämnden, utdrag"],
                ["3", "Faktura 23-0412 Sylte IK"],
                ["4", "Minnesanteckningar trygghetsvandringar 2023"],
            ],
            dict(widths=[0.12, 0.6], ruled=True, header=1, shade=True),
        ),
        ("p", "Kontaktperson: Elin Nyberg, controller, 0520-49 71 08, elin.nyberg@trollhattan.se"),
        ("space", 12),
        ("p", "Karl Forsberg\nSocialchef, Trollhättans stad"),
    ]
    return out


@case
def prose_trollhattan():
    d = fresh("prose-trollhattan")
    L = Ledger3()
    name = "Yttrande återkrav Trollhättans stad.pdf"
    pdf = render_pdf(
        d / name,
        trollhattan_blocks(),
        L,
        Page(header="Trollhättans stad  |  Socialförvaltningen", footer="Sida {page} ({pages})", size_pt=10),
    )
    inv = Inv(
        "23-0412",
        "2023-09-04",
        "2023-10-04",
        "Sylte IK",
        ["Sylte Idrottsplats, 461 58 Trollhättan", "Org.nr 864500-2291"],
        ["Trollhättans stad", "Socialförvaltningen", "Ref. SOC 5531", "461 83 Trollhättan"],
        [("Idrottsskola Sylte v. 26–33, 60 platser", 1, "st", "19200", 25)],
        org_no="864500-2291",
        layout="band",
        ref="SOC 5531",
        pay=[("Bankgiro", "5560-1839")],
    )
    inv_name = "Bilaga 3 Faktura Sylte IK.pdf"
    invoice_pdf(d / "bilagor" / inv_name, [inv])
    g = response_gold(pdf, "Trollhättans stad", "2025-02-24", TROLLHATTAN_ACTS, L, municipality="Trollhättan")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "5", "invoice_number": "23-0412"},
        {"attachment_id": "4", "activity_no": "6", "invoice_number": None},
    ]
    g["attachment_files"] = {"3": inv_name}
    g["activity_invoices"] = {"5": [{"invoice_number": "23-0412", "invoice_date": "2023-09-04"}]}
    g["checks"] = []
    g["people"] = [
        {"name": "Elin Nyberg", "role": ["controller", "kontaktperson"], "phone": "+46520497108", "email": "elin.nyberg@trollhattan.se"},
        {"name": "Karl Forsberg", "role": "socialchef"},
    ]
    g["quantities"] = [{"value": 60, "unit": "plats"}, {"value": 41, "unit": "barn"}]
    write_gold(
        d,
        {name: g, inv_name: inv.gold()},
        "'1)'-numbered activities, 'Återkrävt belopp 45 200:-', comments without a position; positions stated once "
        "for several activities in a closing section ('medger återkraven för aktivitet 1–3', 'bestrider … för "
        "aktivitet 4 och 6', part of 5); attachment list as a two-column table; the invoice (gross 24 000) backs 5.",
    )


# ------------------------------------------------------------------------------------------
# 3. Borlänge: lower-case letters "a." … "d." (activity_no "a" …), amounts "95.000,00 SEK" (dot
#    thousands, öre always), the agency's reasons quoted in italics; a partial repayment stated as
#    the part the municipality keeps ("40.000,00 SEK … ska få behållas": repays 55 000).

BORLANGE_ACTS = [
    Act("a", "Mötesplats Tjärna Ängar", D(95000), "accepts_partial", ["unverifiable_costs"], repay=D(55000), needle="a. Mötesplats"),
    Act("b", "Familjecentral i Jakobsgårdarna", D(132450), "disputes", ["purpose_mismatch"], ["1"], needle="b. Familjecentral"),
    Act("c", "Ungdomsråd i Borlänge", D("18700.50"), "accepts_full", ["outside_grant_period"], needle="c. Ungdomsråd"),
    Act("d", "Digital föräldrautbildning", D(61200), "disputes", ["fabricated_documents"], ["2", "3"], needle="d. Digital"),
]


def borlange_blocks() -> list:
    k = "dotsek"
    return [
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\n\nBorlänge 2025-02-10"),
        ("h1", "Yttrande avseende preliminärt återkrav – statsbidrag för kommuner med utsatta områden 2021"),
        (
            "p",
            "Borlänge kommun har den 9 januari 2025 fått Socialstyrelsens underrättelse om att myndigheten avser att "
            "återkräva " + m("307350.50", k) + ". Kommunen yttrar sig nedan över varje aktivitet.",
        ),
        ("h2", "a. Mötesplats Tjärna Ängar"),
        ("p", "Återkrävt belopp: " + m(95000, k)),
        (
            "rich",
            "p",
            "Socialstyrelsen anför: <i>”Det framgår inte av redovisningen vilka kostnader som hör till mötesplatsen, "
            "och underlag för kostnaderna saknas.”</i>",
        ),
        (
            "p",
            "Kommunen anser att " + m(40000, k) + " av beloppet avser styrkta lönekostnader för två "
            "fritidsledare och ska få behållas. För övriga kostnader har underlag inte kunnat tas fram.",
        ),
        ("h2", "b. Familjecentral i Jakobsgårdarna"),
        ("p", "Återkrävt belopp: " + m(132450, k)),
        (
            "rich",
            "p",
            "Socialstyrelsen anför: <i>”Familjecentralens verksamhet riktar sig till alla familjer och bedöms inte "
            "överensstämma med statsbidragets syfte.”</i>",
        ),
        (
            "p",
            "Familjecentralen öppnade i Jakobsgårdarna för att nå familjer i området, och 80 procent av besökarna bor "
            "där (bilaga 1). Kommunen vidhåller att insatsen ryms inom bidragets syfte och bestrider återkravet.",
        ),
        ("h2", "c. Ungdomsråd i Borlänge"),
        ("p", "Återkrävt belopp: " + m("18700.50", k)),
        ("rich", "p", "Socialstyrelsen anför: <i>”Kostnaderna har uppstått efter bidragsperiodens slut.”</i>"),
        ("p", "Kommunen återbetalar beloppet i sin helhet."),
        ("h2", "d. Digital föräldrautbildning"),
        ("p", "Återkrävt belopp: " + m(61200, k)),
        (
            "rich",
            "p",
            "Socialstyrelsen anför: <i>”Deltagarlistorna förefaller ha upprättats i efterhand och kan inte godtas som underlag.”</i>",
        ),
        (
            "p",
            "Deltagarlistorna exporterades ur utbildningsplattformen samma vecka som varje utbildningstillfälle och "
            "har inte ändrats i efterhand. Avtalet och listorna bifogas (bilaga 2 och 3). Återkravet bestrids.",
        ),
        ("h2", "Bifogat"),
        (
            "p",
            "1 Verksamhetsplan familjecentralen 2021\n2 Avtal med Folkbildningsförbundet Dalarna\n"
            "3 Deltagarlistor digital föräldrautbildning",
        ),
        ("p", "Kommunen godtar därmed återkrav med sammanlagt " + m("73700.50", k) + "."),
        ("space", 10),
        ("p", "Ulrika Svensson\nsocialchef\n\nHandläggare: Peter Björk, 0243-740 12 66"),
    ]


@case
def prose_borlange():
    d = fresh("prose-borlange")
    L = Ledger3()
    name = "Borlänge yttrande 2025-02-10.pdf"
    pdf = render_pdf(
        d / name,
        borlange_blocks(),
        L,
        Page(header="BORLÄNGE KOMMUN   Omsorgs- och socialförvaltningen", footer="{page}/{pages}", size_pt=9.5),
    )
    g = response_gold(pdf, "Borlänge kommun", "2025-02-10", BORLANGE_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "b", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "d", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "d", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Ulrika Svensson", "role": "socialchef"},
        {"name": "Peter Björk", "role": "handläggare", "phone": "+462437401266"},
    ]
    write_gold(
        d,
        {name: g},
        "Lower-case letter items 'a.'…'d.' (activity_no as printed), '95.000,00 SEK', the agency's reasons quoted "
        "in italics, a partial repayment stated as the part kept ('40.000,00 SEK … ska få behållas' of 95.000,00: "
        "repays 55 000), a list '1 …' under 'Bifogat'.",
    )


# ------------------------------------------------------------------------------------------
# 4. Nyköping: a cover letter (page 1, its own date line and signature) before the response;
#    activities numbered as paragraphs "§ 1" … "§ 4"; attachments appear only as footnotes at the
#    foot of each page ("¹ Bilaga 1: …"), referenced by superscripts in the text.

NYKOPING_ACTS = [
    Act("1", "Fritidsgård Brandkärr kvällstid", D(64000), "disputes", ["ordinary_operations"], ["1"], needle="§ 1 Fritidsgård"),
    Act("2", "Simskola för nyanlända barn", D(27900), "accepts_full", ["purpose_mismatch"], needle="§ 2 Simskola"),
    Act(
        "3",
        "Samverkan med polisen i Arnö",
        D(88000),
        "accepts_partial",
        ["exercise_of_authority", "unverifiable_costs"],
        ["2"],
        repay=D(20000),
        needle="§ 3 Samverkan",
    ),
    Act("4", "Ledarutbildning för föreningar", D(34000), "disputes", ["conditions_not_met"], ["3"], needle="§ 4 Ledarutbildning"),
]


def footnotes(lines: list[str]) -> list:
    keep = 24 + 20 * len(lines)
    return [("flowable", ToBottom(keep)), ("small", "_" * 24)] + [("rich", "small", ln) for ln in lines]


def nykoping_blocks() -> list:
    k = "kr"
    return [
        ("p", "NYKÖPINGS KOMMUN\nSocialförvaltningen"),
        ("p", "Socialstyrelsen\n106 30 Stockholm\n\nNyköping 2025-02-13"),
        ("rich", "p", "<b>Följebrev – yttrande i ärende dnr 9.1-48822/2024</b>"),
        (
            "p",
            "Härmed översänds Nyköpings kommuns yttrande över Socialstyrelsens preliminära beslut om återkrav av "
            "statsbidrag för 2022 om sammanlagt " + m(213900, k) + ". Yttrandet beslutades av socialnämnden den "
            "11 februari 2025. Bilagorna anges i fotnoter i yttrandet och skickas i samma försändelse.",
        ),
        ("p", "Med vänlig hälsning\n\nOskar Näslund\nnämndsekreterare\n0155-24 81 90"),
        ("break",),
        ("h1", "Yttrande"),
        (
            "p",
            "Socialnämnden i Nyköpings kommun lämnar följande yttrande. Varje paragraf motsvarar en aktivitet i "
            "Socialstyrelsens underrättelse och har samma nummer.",
        ),
        ("h2", "§ 1 Fritidsgård Brandkärr kvällstid"),
        ("p", "Socialstyrelsen avser att återkräva " + m(64000, k) + " eftersom kvällsöppet bedöms vara ordinarie verksamhet."),
        (
            "rich",
            "p",
            "Fritidsgården höll tidigare stängt efter klockan 18. Kvällsöppet infördes med bidraget och upphörde när "
            "bidraget tog slut, vilket framgår av öppettider och besöksstatistik.<super>1</super> Nämnden bestrider "
            "återkravet.",
        ),
        ("h2", "§ 2 Simskola för nyanlända barn"),
        (
            "p",
            "Socialstyrelsen avser att återkräva " + m(27900, k) + " eftersom simskolan inte bedöms ha samband med "
            "bidragets syfte. Nämnden medger återkravet.",
        ),
        *footnotes(["<super>1</super> Bilaga 1: Öppettider och besöksstatistik Brandkärrs fritidsgård 2021–2022"]),
        ("break",),
        ("h2", "§ 3 Samverkan med polisen i Arnö"),
        (
            "p",
            "Socialstyrelsen avser att återkräva " + m(88000, k) + ". Myndigheten bedömer att delar av insatsen är "
            "myndighetsutövning och att kostnaderna för övertid inte är styrkta.",
        ),
        (
            "rich",
            "p",
            "Samverkan bestod av gemensamma trygghetsvandringar och möten med 14 föreningar.<super>2</super> "
            "Övertiden för socialsekreterarnas utredningsarbete, " + m(20000, k) + ", godtar nämnden att "
            "återbetala. Resten av återkravet bestrids.",
        ),
        ("h2", "§ 4 Ledarutbildning för föreningar"),
        (
            "p",
            "Socialstyrelsen avser att återkräva " + m(34000, k) + " eftersom utbildningen inte anmälts i "
            "ansökan och därför inte uppfyller villkoren för bidraget.",
        ),
        (
            "rich",
            "p",
            "Utbildningen anmäldes som en ändring i november 2022 och godkändes av Socialstyrelsens handläggare per "
            "e-post.<super>3</super> Nämnden bestrider återkravet.",
        ),
        ("space", 14),
        ("p", "För socialnämnden\n\nLena Berg (S)\nordförande"),
        *footnotes(
            [
                "<super>2</super> Bilaga 2: Samverkansöverenskommelse polisen – socialtjänsten Arnö 2022",
                "<super>3</super> Bilaga 3: E-post från Socialstyrelsen 2022-11-21 om ändrad insats",
            ]
        ),
    ]


@case
def prose_nykoping():
    d = fresh("prose-nykoping")
    L = Ledger3()
    name = "Nyköping följebrev och yttrande.pdf"
    pdf = render_pdf(d / name, nykoping_blocks(), L, Page(font="Times-Roman", size_pt=11, footer="Sida {page} av {pages}"))
    g = response_gold(pdf, "Nyköpings kommun", "2025-02-13", NYKOPING_ACTS, L, municipality="Nyköping")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "4", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Oskar Näslund", "role": "nämndsekreterare", "phone": "+46155248190"},
        {"name": "Lena Berg", "role": "ordförande", "party": "S"},
    ]
    g["quantities"] = [{"value": 14, "unit": "förening"}]
    write_gold(
        d,
        {name: g},
        "A cover letter (page 1) before the response; activities as '§ 1'…'§ 4' paragraphs; the attachments "
        "exist only as footnotes at each page's foot ('¹ Bilaga 1: …') with superscript references; partial "
        "repayment stated inside a sentence ('Övertiden …, 20 000 kr, godtar nämnden att återbetala').",
    )


# ------------------------------------------------------------------------------------------
# 5. Karlskrona: "Insats N:" headings, a contents list that starts low on page 1 and runs over to
#    page 2 (dot leaders, amounts, pages), amounts as "kronor 48 000", the agency's reasons quoted
#    in «guillemets»; an undecided position; summary table with zero cells.

KARLSKRONA_ACTS = [
    Act("1", "Fältgrupp i Kungsmarken", D(48000), "disputes", ["purpose_mismatch"], needle="Insats 1: Fältgrupp"),
    Act("2", "Läger för unga på Tjurkö", D(36500), "accepts_partial", ["excessive_cost"], ["1"], repay=D(10000), needle="Insats 2: Läger"),
    Act("3", "Föräldracafé i Hästö", D(12800), "accepts_full", ["unverifiable_costs"], needle="Insats 3: Föräldracafé"),
    Act("4", "Mentorsprogram på Marinbasen", D(71000), "accepts_full", ["outside_grant_period"], needle="Insats 4: Mentorsprogram"),
    Act("5", "Utbildning i våldsprevention för personal", D(29400), "disputes", ["ordinary_operations"], needle="Insats 5: Utbildning"),
    Act(
        "6",
        "Kvällsöppen idrottshall på Pantarholmen",
        D(54000),
        "disputes",
        ["description_mismatch"],
        ["2"],
        needle="Insats 6: Kvällsöppen",
    ),
    Act("7", "Kartläggning av otrygga platser", D(22000), "unclear", ["missing_description"], needle="Insats 7: Kartläggning"),
    Act(
        "8",
        "Samordnare för sociala insatsgrupper",
        D(160000),
        "disputes",
        ["exercise_of_authority"],
        ["3", "4"],
        needle="Insats 8: Samordnare",
    ),
]
KARLSKRONA_TEXT = {
    "1": (
        "Fältgruppens arbete med unga vuxna bedöms inte ligga inom ramen för bidragets syfte.",
        "Fältgruppen arbetade med unga mellan 13 och 20 år i Kungsmarken, vilket är bidragets målgrupp. Kommunen bestrider återkravet.",
    ),
    "2": (
        "Kostnaden per deltagare är orimligt hög.",
        "Lägret hade 18 deltagare och två övernattningar. Kommunen medger att transporterna blev dyra och godtar "
        "ett återkrav om " + m(10000, "kronorpre") + ", se budgeten i bilaga 1. I övrigt bestrids återkravet.",
    ),
    "3": ("Kvitton saknas för inköpen till caféet.", "Kvittona har inte kunnat återfinnas. Kommunen godtar återkravet."),
    "4": (
        "Programmet genomfördes under våren 2024.",
        "Kommunen har inga invändningar mot Socialstyrelsens bedömning och återbetalar beloppet.",
    ),
    "5": (
        "Utbildning av egen personal är intern kompetensutveckling.",
        "Utbildningen riktade sig till föreningsledare och personal på fritidsgårdarna i området. Kommunen "
        "delar inte Socialstyrelsens bedömning.",
    ),
    "6": (
        "Redovisade kostnader för vaktbolag stämmer inte med beskrivningen av insatsen.",
        "Vaktbolaget anlitades för att hallen skulle kunna hållas öppen kvällstid, vilket beskrivs i "
        "verksamhetsbeskrivningen (bilaga 2). Kommunen bestrider återkravet.",
    ),
    "7": (
        "Insatsen saknar beskrivning.",
        "Kartläggningen gjordes av en konsult vars rapport ännu inte är slutlevererad. Kommunen återkommer i frågan när rapporten finns.",
    ),
    "8": (
        "Samordnarens uppdrag innefattar myndighetsutövning.",
        "Samordnaren har inte fattat beslut om insatser, se uppdragsbeskrivningen i bilaga 3 och protokollet i "
        "bilaga 4. Kommunen bestrider återkravet.",
    ),
}
KARLSKRONA_SUMMARY = (
    "Karlskrona kommun har tagit del av Socialstyrelsens underrättelse om preliminärt återkrav av "
    "statsbidraget för 2023. Socialstyrelsen har gått igenom åtta insatser och avser att återkräva "
    "sammanlagt " + m(433700, "kronorpre") + ". Kommunen har gått igenom varje insats tillsammans med de "
    "verksamheter som genomförde dem."
)
KARLSKRONA_FILLER = [
    "Socialförvaltningen vill inledningsvis framhålla att insatserna har planerats utifrån den lokala "
    "lägesbilden för Kungsmarken, Hästö och Pantarholmen, som tas fram gemensamt av kommunen och polisen varje "
    "halvår. Lägesbilden visar att andelen unga som uppger att de känner sig otrygga i sitt bostadsområde har "
    "minskat något under perioden, men att skillnaderna mellan områdena kvarstår.",
    "Kommunen har i flera fall kompletterat underlaget med handlingar som inte fanns med i den ursprungliga "
    "redovisningen. Handlingarna anges som bilagor och hänvisas till under respektive insats. Där kommunen "
    "medger återkrav anges det under insatsen och i sammanställningen sist i yttrandet.",
    "Kommunen begär att Socialstyrelsen beaktar att flera av insatserna genomfördes under en period med hög "
    "personalomsättning inom socialtjänsten, vilket har försvårat arbetet med att ta fram underlag i efterhand.",
    "Yttrandet har tagits fram av socialförvaltningen i samråd med kultur- och fritidsförvaltningen och "
    "utbildningsförvaltningen. Respektive verksamhet har lämnat uppgifter om genomförande, deltagare och "
    "kostnader, och ekonomienheten har stämt av uppgifterna mot bokföringen för 2023.",
    "Kommunen står till Socialstyrelsens förfogande om myndigheten behöver ytterligare uppgifter innan "
    "beslut fattas, och önskar i så fall att frågorna ställs till socialförvaltningens registratur så att de "
    "kan fördelas till rätt verksamhet. Kommunen önskar även få del av eventuella nya uppgifter som myndigheten "
    "inhämtar från andra än kommunen.",
    "Slutligen vill kommunen påpeka att bidraget har haft stor betydelse för arbetet i områdena. Flera av "
    "insatserna har efter bidragsperioden tagits över av ordinarie verksamhet eller av föreningar, och "
    "erfarenheterna har tagits till vara i kommunens nya strategi för trygghet och brottsförebyggande arbete "
    "2024–2027. Ett återkrav i den omfattning som Socialstyrelsen föreslår skulle påverka den fortsatta "
    "verksamheten, vilket kommunen ber myndigheten att väga in i sin slutliga bedömning.",
]


def karlskrona_toc(pages: dict) -> list:
    k = "kronorpre"
    rows = [("Bakgrund", None, "Bakgrund")]
    rows += [(f"Insats {a.no}: {a.title}", a.claimed, a.needle) for a in KARLSKRONA_ACTS]
    rows += [("Sammanställning", None, "Sammanställning"), ("Bilagor", None, "Bilageförteckning")]
    return [("p", leaders(t + (f", {m(v, k)}" if v else ""), str(pages.get(n, 9)), width_cm=16.0, size=10.0)) for t, v, n in rows]


def karlskrona_blocks(pages: dict) -> list:
    k = "kronorpre"
    out = [
        ("p", "Karlskrona kommun\nSocialförvaltningen\nDnr SN 2025/112"),
        ("p", "Datum: 2025-02-20\nMottagare: Socialstyrelsen"),
        ("h1", "Yttrande till Socialstyrelsen om preliminärt återkrav av statsbidrag 2023"),
        ("h2", "Sammanfattning"),
        ("p", KARLSKRONA_SUMMARY),
        *[("p", t) for t in KARLSKRONA_FILLER],
        ("h2", "Innehåll"),
        *karlskrona_toc(pages),
        ("break",),
        ("h2", "Bakgrund"),
        (
            "p",
            "Statsbidraget till kommuner med utsatta områden har i Karlskrona använts till insatser i Kungsmarken, "
            "Hästö och Pantarholmen. Nedan besvaras Socialstyrelsens bedömning insats för insats.",
        ),
    ]
    for a in KARLSKRONA_ACTS:
        why, answer = KARLSKRONA_TEXT[a.no]
        out += [
            ("h3", f"Insats {a.no}: {a.title}"),
            ("p", "Återkrävt: " + m(a.claimed, k)),
            ("p", "Socialstyrelsen skriver: «" + why + "»"),
            ("p", answer),
        ]
    rows = [["Insats", "Återkrävt (kr)", "Medges (kr)"]]
    for a in KARLSKRONA_ACTS:
        rep = a.repayment()
        rows.append([a.no, m(a.claimed, "bare"), "–" if rep is None else m(D(rep), ("opt_bare" if D(rep) == 0 else "bare"))])
    rows.append(["Summa", m(433700, "bare"), m(93800, "bare")])
    out += [
        ("h2", "Sammanställning"),
        ("table", rows, dict(widths=[0.2, 0.3, 0.3], ruled=False, header=1, align_right=[1, 2], bold_last=True)),
        ("h2", "Bilageförteckning"),
        (
            "p",
            "Bilaga 1. Budget och utfall läger Tjurkö 2023\nBilaga 2. Verksamhetsbeskrivning kvällsöppen hall\n"
            "Bilaga 3. Uppdragsbeskrivning samordnare\nBilaga 4. Protokoll styrgrupp 2023-05-16",
        ),
        ("space", 10),
        ("p", "Karlskrona som ovan\n\nHenrik Dahl\nsocialdirektör"),
    ]
    return out


@case
def prose_karlskrona():
    d = fresh("prose-karlskrona")
    page = Page(footer="Sida {page}", size_pt=10)
    name = "Karlskrona yttrande SN 2025-112.pdf"
    needles = ["Bakgrund", "Sammanställning", "Bilageförteckning"] + [a.needle for a in KARLSKRONA_ACTS]
    probe = render_pdf(TMP / "karlskrona.pdf", karlskrona_blocks({}), Ledger3(), page)
    texts = page_texts(probe)
    pages = {n: page_of(texts, n, 3) for n in needles}
    L = Ledger3()
    pdf = render_pdf(d / name, karlskrona_blocks(pages), L, page)
    texts = page_texts(pdf)
    assert {n: page_of(texts, n, 3) for n in needles} == pages
    assert "innehåll" in texts[0] and "insats 1: fältgrupp" in texts[0] and "insats 7: kartläggning" in texts[1], (
        "contents must span pages 1-2"
    )
    toc = [{"number": None, "title": "Bakgrund", "amount_sek": None, "page": pages["Bakgrund"]}]
    toc += [{"number": a.no, "title": a.title, "amount_sek": f"{a.claimed:.2f}", "page": pages[a.needle]} for a in KARLSKRONA_ACTS]
    toc += [
        {"number": None, "title": "Sammanställning", "amount_sek": None, "page": pages["Sammanställning"]},
        {"number": None, "title": "Bilagor", "amount_sek": None, "page": pages["Bilageförteckning"]},
    ]
    g = response_gold(pdf, "Karlskrona kommun", "2025-02-20", KARLSKRONA_ACTS, L)
    # activities_gold looks from page 1: the contents on pages 1-2 name every insats first
    for a, ga in zip(KARLSKRONA_ACTS, g["activities"], strict=True):
        ga["page_start"] = pages[a.needle]
    g["toc_entries"] = toc
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "6", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "8", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "8", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [{"name": "Henrik Dahl", "role": "socialdirektör"}]
    g["quantities"] = [{"value": 18, "unit": "deltagare"}]
    write_gold(
        d,
        {name: g},
        "'Insats N:' headings, a contents list that starts low on page 1 and continues on page 2 (dot leaders, "
        "'kronor 48 000', pages), amounts 'kronor 48 000', the agency's reasons in «guillemets», an undecided "
        "position (7: unclear), summary table with a dash and zero cells (optional).",
    )


# ------------------------------------------------------------------------------------------
# 6. Motala: the response is organised by the agency's reasons, not by activity. Each reason is a
#    section listing the activities it concerns ("Aktivitet 2 Uppsökande team i Centrum, 142 000
#    kr"); activity 2 appears under two reasons (amount only the first time); positions are stated
#    once per section for the activities in it ("bestrider återkraven för aktivitet 2 och 3").

MOTALA_ACTS = [
    Act("1", "Fritidsledare på Råssnäs", D(58000), "disputes", ["ordinary_operations"], ["1"], needle="Aktivitet 1 Fritidsledare"),
    Act(
        "2",
        "Uppsökande team i Centrum",
        D(142000),
        "disputes",
        ["exercise_of_authority", "unverifiable_costs"],
        ["2", "3"],
        needle="Aktivitet 2 Uppsökande",
    ),
    Act(
        "3",
        "Lovaktiviteter på Ljunghem",
        D(33600),
        "accepts_partial",
        ["unverifiable_costs"],
        repay=D(8400),
        needle="Aktivitet 3 Lovaktiviteter",
    ),
    Act("4", "Studiecirklar för föräldrar", D(15400), "accepts_full", ["outside_grant_period"], needle="Aktivitet 4 Studiecirklar"),
    Act("5", "Konferens om trygghet i Motala", D(26000), "accepts_full", ["excessive_cost"], needle="Aktivitet 5 Konferens"),
]


def motala_blocks() -> list:
    k = "kr"
    return [
        ("p", "Motala kommun\nSocial- och arbetsmarknadsförvaltningen\n\nSocialstyrelsen\nBox 55 55\n102 59 Stockholm"),
        ("p", "Motala 2025-03-05\nDnr SAN 2025/0208"),
        ("h1", "Yttrande – preliminärt beslut om återkrav av statsbidrag 2022 (dnr 9.1-49113/2024)"),
        (
            "p",
            "Socialstyrelsen avser att återkräva " + m(275000, k) + " och har angett fyra skäl som berör sammanlagt fem "
            "aktiviteter. Kommunen besvarar skälen vart för sig i samma ordning som i underrättelsen. En aktivitet kan "
            "därför förekomma under mer än ett skäl.",
        ),
        ("h2", "Skäl 1. Verksamheten bedöms vara ordinarie verksamhet"),
        ("h3", "Aktivitet 1 Fritidsledare på Råssnäs, " + m(58000, k)),
        (
            "p",
            "Tjänsterna som fritidsledare på Råssnäs inrättades med bidraget och finansierades inte tidigare av kommunen, "
            "se personalbudgeten i bilaga 1. Kommunen bestrider återkravet för aktivitet 1.",
        ),
        ("h2", "Skäl 2. Myndighetsutövning"),
        ("h3", "Aktivitet 2 Uppsökande team i Centrum, " + m(142000, k)),
        (
            "p",
            "Det uppsökande teamet har arbetat med att etablera kontakt med unga på kvällstid och har inte utrett eller "
            "fattat beslut i enskilda ärenden. Teamets rutiner bifogas som bilaga 2.",
        ),
        ("h2", "Skäl 3. Kostnaderna är inte styrkta"),
        ("h3", "Aktivitet 2 Uppsökande team i Centrum"),
        ("h3", "Aktivitet 3 Lovaktiviteter på Ljunghem, " + m(33600, k)),
        (
            "p",
            "För aktivitet 2 bifogas lönelistor för teamets fyra medarbetare (bilaga 3). För aktivitet 3 har kvitton "
            "kunnat tas fram för allt utom inköp om " + m(8400, k) + ", som kommunen återbetalar. Kommunen "
            "bestrider återkraven för aktivitet 2 och 3 i övrigt.",
        ),
        ("h2", "Skäl 4. Kostnader utanför bidragsperioden och orimliga kostnader"),
        ("h3", "Aktivitet 4 Studiecirklar för föräldrar, " + m(15400, k)),
        ("h3", "Aktivitet 5 Konferens om trygghet i Motala, " + m(26000, k)),
        ("p", "Kommunen medger återkraven för aktivitet 4 och 5."),
        ("h2", "Bilagor"),
        ("p", "1. Personalbudget fritidsgårdar 2021–2022\n2. Rutiner för uppsökande team\n3. Lönelistor uppsökande team 2022"),
        ("space", 10),
        ("p", "Med vänlig hälsning\nNina Persson\nförvaltningschef\nnina.persson@motala.se"),
    ]


@case
def prose_motala():
    d = fresh("prose-motala")
    L = Ledger3()
    name = "Motala yttrande per skäl.pdf"
    pdf = render_pdf(
        d / name, motala_blocks(), L, Page(footer="{page} (" + "{pages})", size_pt=10, margins=(3.0 * cm, 2.0 * cm, 2.2 * cm, 2.2 * cm))
    )
    g = response_gold(pdf, "Motala kommun", "2025-03-05", MOTALA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "2", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [{"name": "Nina Persson", "role": "förvaltningschef", "email": "nina.persson@motala.se"}]
    write_gold(
        d,
        {name: g},
        "Organised by the agency's reasons ('Skäl 1. …'), each listing the activities it concerns ('Aktivitet 2 "
        "Uppsökande team i Centrum, 142 000 kr'); activity 2 under two reasons (its amount only the first time, "
        "reasons from both sections); positions stated once per section for the activities in it.",
    )


# ------------------------------------------------------------------------------------------
# 7. Gävle: the answer comes from a municipal company, in English-influenced Swedish, written in
#    Word (python-docx → LibreOffice). Projects carry the company's register numbers "2021:3"
#    (activity_no as printed), amounts "SEK 84,500" with English grouping, "Appendix N" instead of
#    "Bilaga N", positions in anglicised wording ("disputerar", "är okej med en återbetalning på");
#    signed by the CEO and a head of community relations.

GAVLE_ACTS = [
    Act("2021:3", "Trygghetsvärdar i Sätra", D(84500), "accepts_full", ["unverifiable_costs"], needle="2021:3 Trygghetsvärdar"),
    Act("2021:7", "Community-ambassadörer i Andersberg", D(126000), "disputes", ["purpose_mismatch"], ["1"], needle="2021:7 Community"),
    Act(
        "2021:8",
        "Belysning och trygghetsåtgärder i Nordost",
        D(212750),
        "accepts_partial",
        ["ordinary_operations"],
        ["2"],
        repay=D(50000),
        needle="2021:8 Belysning",
    ),
    Act("2021:11", "Workshops för unga ledare", D("38250.50"), "accepts_full", ["outside_grant_period"], needle="2021:11 Workshops"),
]
GAVLE_ISSUER = "AB Gävle Stadsmiljö"
GAVLE_NAME = "Response Socialstyrelsen Gävle Stadsmiljö.pdf"
GAVLE_TEXT = {
    "2021:3": (
        "Socialstyrelsen menar att kostnaderna för trygghetsvärdarna inte är verifierade, eftersom timrapporter saknas.",
        "Vi har gjort en review av vårt material och kan konstatera att timrapporterna inte sparades när vi bytte "
        "system. Vi accepterar därför att återbetala hela beloppet.",
    ),
    "2021:7": (
        "Enligt Socialstyrelsen är ambassadörernas uppdrag mer kopplat till kundservice än till bidragets syfte.",
        "Vi kan inte acceptera den bedömningen. Ambassadörerna jobbade på daglig basis med 120 ungdomar i Andersberg och "
        "deras scheman visar fokus på kvällar och helger (se Appendix 1). Vi disputerar därför kravet i sin helhet.",
    ),
    "2021:8": (
        "Socialstyrelsen bedömer att belysning är ordinärt underhåll som bolaget hade gjort ändå.",
        "Delvis har Socialstyrelsen en poäng. Bytet av armaturer vid Nordost centrum var planerat sedan tidigare, "
        "men de nya belysningspunkterna längs gångstråken adresserade specifikt de otrygga platser som "
        "trygghetsvandringen identifierade (Appendix 2). Vi är okej med en återbetalning på " + m(50000, "encomma") + " "
        "för armaturbytet, men inte för resten.",
    ),
    "2021:11": (
        "Workshops hölls i februari 2022, efter att projektperioden var slut.",
        "Det stämmer, och vi tar ansvar för missen. Bolaget betalar tillbaka beloppet.",
    ),
}


def gavle_docx(path: Path, L) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = f"{GAVLE_ISSUER} – ett bolag i Gävle Stadshus AB-koncernen"
    sec.footer.paragraphs[0].text = "Box 812, 801 30 Gävle  |  Org.nr 556731-4408  |  www.gavlestadsmiljo.se"
    doc.add_paragraph("To: Socialstyrelsen, Enheten för statsbidrag\nGävle, 2025-02-17\nYour ref: 9.1-50912/2024")
    doc.add_heading("Response: preliminärt återkrav av statsbidrag 2021", level=1)
    doc.add_paragraph(
        L.fill(
            "Gävle kommun har gett oss i uppdrag att svara på Socialstyrelsens preliminära beslut, eftersom "
            "projekten genomfördes av bolaget. Totalt gäller återkravet " + m("461500.50", "encomma") + ". "
            "Nedan går vi igenom varje projekt med dess nummer i vårt projektregister."
        )
    )
    for a in GAVLE_ACTS:
        why, answer = GAVLE_TEXT[a.no]
        doc.add_heading(f"{a.no} {a.title}", level=2)
        doc.add_paragraph(L.fill("Claimed amount: " + m(a.claimed, "encomma")))
        p = doc.add_paragraph()
        p.add_run("Socialstyrelsens bedömning: ").bold = True
        p.add_run(why)
        p = doc.add_paragraph()
        p.add_run("Vår kommentar: ").bold = True
        p.add_run(L.fill(answer))
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(L.fill("Totalt är vi beredda att återbetala " + m("172750.50", "encomma") + "."))
    doc.add_heading("Appendices", level=2)
    doc.add_paragraph("Appendix 1 – Scheman community-ambassadörer 2021\nAppendix 2 – Rapport trygghetsvandring Nordost maj 2021")
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Best regards,\n\nJohan Ek\nCEO / VD"
    t.rows[0].cells[1].text = "\n\nLinnea Sjöberg\nHead of Community Relations\nlinnea.sjoberg@gavlestadsmiljo.se\n+46 26 17 80 42"
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def gavle_pdf() -> tuple[Path, Ledger3]:
    d = OUT / "prose-gavle"
    L = Ledger3()
    src = gavle_docx(TMP / "gavle" / GAVLE_NAME.replace(".pdf", ".docx"), L)
    if REBUILD_EXTERNAL or not (d / GAVLE_NAME).exists():
        d.mkdir(parents=True, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)])
    return d / GAVLE_NAME, L


def gavle_gold(pdf: Path, L) -> dict:
    g = response_gold(pdf, GAVLE_ISSUER, "2025-02-17", GAVLE_ACTS, L, municipality="Gävle")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "2021:7", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2021:8", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Johan Ek", "role": ["vd", "ceo"]},
        {
            "name": "Linnea Sjöberg",
            "role": "head of community relations",
            "phone": "+4626178042",
            "email": "linnea.sjoberg@gavlestadsmiljo.se",
        },
    ]
    g["quantities"] = [{"value": 120, "unit": "ungdom"}]
    g["language"] = "sv"
    return g


@case
def prose_gavle():
    pdf, L = gavle_pdf()
    write_gold(
        pdf.parent,
        {pdf.name: gavle_gold(pdf, L)},
        "From a municipal company (issuer the company, municipality Gävle), English-influenced Swedish, Word "
        "(python-docx → LibreOffice): projects numbered '2021:3' (activity_no as printed), 'SEK 84,500' with "
        "English grouping and 'SEK 38,250.50', 'Appendix N' ids, anglicised positions ('accepterar att "
        "återbetala', 'disputerar kravet', 'är okej med en återbetalning på SEK 50,000'); two signatures.",
    )


@case
def scan_gavle():
    """prose-gavle printed, faxed to the agency and scanned: 200 dpi black and white, skew, the fax
    machine's line across the top of every page."""
    src, L = gavle_pdf()
    d = fresh("scan-gavle")
    name = "Fax Gävle Stadsmiljö 2025-02-17.pdf"
    scan_pdf(
        src,
        d / name,
        dpi=200,
        seed=307,
        skew=[-1.2, 0.8],
        mode="1",
        dust=300,
        top_line="17-FEB-2025 15:42   FRÅN: AB GÄVLE STADSMILJÖ  +46 26 17 80 00   TILL: 075-247 30 00   S.{page:03d}/{pages:03d}",
    )
    g = gavle_gold(src, L)
    g["scanned"] = True
    write_gold(
        d,
        {name: g},
        "prose-gavle (Word-made) faxed and scanned: 200 dpi black and white, skew -1.2°/+0.8°, dust, a fax header "
        "line with date, sender, number and 'S.001/002' across the top of each page.",
    )


# ------------------------------------------------------------------------------------------
# 8. Jönköping: every activity is a small ruled two-column form (field name | value): "Aktivitet",
#    "Belopp", "Socialstyrelsens bedömning", "Kommunens yttrande"; no headings between the forms.

JONKOPING_ACTS = [
    Act("1", "Fritidsbank på Råslätt", D(56300), "accepts_full", ["unverifiable_costs"], needle="1. Fritidsbank"),
    Act("2", "Språkstöd i förskolan på Öxnehaga", D(94000), "disputes", ["ordinary_operations"], ["1"], needle="2. Språkstöd"),
    Act(
        "3",
        "Sommarfritids på Österängen",
        D(41750),
        "accepts_partial",
        ["outside_grant_period"],
        repay=D(12500),
        needle="3. Sommarfritids",
    ),
    Act("4", "Självförsvarskurs för unga kvinnor", D(23000), "disputes", ["purpose_mismatch"], ["2"], needle="4. Självförsvarskurs"),
    Act(
        "5",
        "Nattöppen fritidsgård fredagar",
        D(118200),
        "disputes",
        ["description_mismatch", "unverifiable_costs"],
        ["3", "4"],
        needle="5. Nattöppen",
    ),
]
JONKOPING_ROWS = {
    "1": (
        "Kostnaderna för inköp av utrustning är inte styrkta med kvitton eller fakturor.",
        "Kommunen har inte kunnat ta fram underlagen och godtar återkravet.",
    ),
    "2": (
        "Språkstöd i förskolan ingår i förskolans ordinarie uppdrag.",
        "Språkstödet var en extra insats utöver förskolans ordinarie resurser, riktad till barn boende på "
        "Öxnehaga, se bilaga 1. Kommunen bestrider återkravet.",
    ),
    "3": (
        "En del av kostnaderna avser januari 2023, utanför bidragsperioden.",
        "Kommunen medger återkrav med " + m(12500) + ", som avser januari 2023. Övriga kostnader avser sommaren 2022.",
    ),
    "4": (
        "En kurs i självförsvar bedöms inte överensstämma med bidragets syfte.",
        "Kursen ingick i ett program mot hedersrelaterat våld för 16 unga kvinnor i området (bilaga 2). Kommunen "
        "delar inte Socialstyrelsens bedömning och bestrider återkravet.",
    ),
    "5": (
        "Beskrivningen anger öppethållande fredagar, medan kostnaderna avser hela veckor. Underlag saknas för delar av lönekostnaderna.",
        "Lönekostnaderna avser fredagskvällar och förberedelser under veckan, vilket framgår av scheman och "
        "lönelistor (bilaga 3 och bilaga 4). Kommunen bestrider återkravet.",
    ),
}


def jonkoping_blocks() -> list:
    out = [
        ("p", "JÖNKÖPINGS KOMMUN\nSocialförvaltningen\n\nTill Socialstyrelsen\nDatum 2025-02-26   Dnr SOCN 2025:77"),
        ("h1", "Yttrande över preliminärt återkrav av statsbidrag 2022"),
        (
            "p",
            "Socialstyrelsen har meddelat att myndigheten överväger att återkräva " + m(333250) + ". Kommunens "
            "yttrande lämnas nedan i en tabell per aktivitet.",
        ),
        (
            "p",
            "Insatserna har genomförts på Råslätt, Öxnehaga och Österängen under 2022 i samverkan mellan "
            "socialförvaltningen, utbildningsförvaltningen och kultur- och fritidsförvaltningen. Uppgifterna i "
            "tabellerna har stämts av mot kommunens ekonomisystem. Där kommunen lämnar nya underlag anges de som "
            "bilagor och förtecknas sist i yttrandet.",
        ),
    ]
    for a in JONKOPING_ACTS:
        why, answer = JONKOPING_ROWS[a.no]
        rows = [
            ["Aktivitet", f"{a.no}. {a.title}"],
            ["Belopp", m(a.claimed)],
            ["Socialstyrelsens bedömning", why],
            ["Kommunens yttrande", answer],
        ]
        out.append(("table", rows, dict(widths=[0.3, 0.7], ruled=True, header=0, key_col=True)))
        out.append(("space", 4))
    out += [
        ("p", "Kommunen medger därmed återkrav med sammanlagt " + m(68800) + "."),
        ("h2", "Bilagor"),
        (
            "p",
            "Bilaga 1 – Resursfördelning förskolor Öxnehaga 2022\nBilaga 2 – Programbeskrivning Stark och trygg\n"
            "Bilaga 3 – Scheman nattöppet 2022\nBilaga 4 – Lönelistor fritidsledare 2022",
        ),
        ("space", 10),
        ("p", "Maria Kask\nsocialdirektör\n\nKontakt: Tobias Ström, ekonom, 036-10 52 47"),
    ]
    return out


JONKOPING_NAME = "Yttrande Jönköpings kommun SOCN 2025-77.pdf"


def jonkoping_gold(pdf: Path, L) -> dict:
    g = response_gold(pdf, "Jönköpings kommun", "2025-02-26", JONKOPING_ACTS, L, municipality="Jönköping")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "5", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "5", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [{"name": "Maria Kask", "role": "socialdirektör"}, {"name": "Tobias Ström", "role": "ekonom", "phone": "+4636105247"}]
    g["quantities"] = [{"value": 16, "unit": "kvinna"}]
    return g


def jonkoping_pdf() -> tuple[Path, Ledger3]:
    L = Ledger3()
    pdf = render_pdf(OUT / "table-jonkoping" / JONKOPING_NAME, jonkoping_blocks(), L, Page(footer="Sida {page} av {pages}", size_pt=11))
    return pdf, L


@case
def table_jonkoping():
    fresh("table-jonkoping")
    pdf, L = jonkoping_pdf()
    write_gold(
        pdf.parent,
        {pdf.name: jonkoping_gold(pdf, L)},
        "Each activity a small ruled two-column form (Aktivitet | '3. Title', Belopp, Socialstyrelsens bedömning, "
        "Kommunens yttrande), field names bold on grey, no headings between forms; activity 5's form splits over "
        "the page break (its answer row, with the position, on page 2); 'Bilaga N – …' list.",
    )


@case
def scan_jonkoping():
    src = OUT / "table-jonkoping" / JONKOPING_NAME
    if not src.exists():
        table_jonkoping()
    _, L = jonkoping_pdf()
    d = fresh("scan-jonkoping")
    name = "Jönköping yttrande skannad.pdf"
    scan_pdf(src, d / name, dpi=150, seed=214, skew=[0.4, -0.7], mode="L", quality=45, dust=200)
    g = jonkoping_gold(src, L)
    g["scanned"] = True
    write_gold(d, {name: g}, "table-jonkoping scanned: 150 dpi greyscale JPEG, skew +0.4°/-0.7°, dust.")


# ------------------------------------------------------------------------------------------
# 9. Västerås: a spreadsheet (openpyxl → LibreOffice Calc → PDF), landscape, printed gridlines, the
#    header row frozen and repeated on every printed page, amounts as numbers with a space grouping
#    format and no currency, a "Återbetalas" column (empty for an undecided row), a total row; the
#    attachment list and the signature in cells under the table.

VASTERAS_ACTS = [
    Act("1", "Fältassistenter i Skiftinge", D(112000), "disputes", ["exercise_of_authority"], ["1"]),
    Act("2", "Läxhjälp i Bäckby", D(36800), "accepts_full", ["unverifiable_costs"]),
    Act("3", "Föräldragrupper i Råby", D(24500), "accepts_full", ["outside_grant_period"]),
    Act("4", "Sommarlovsaktiviteter i Vetterstorp", D(67250), "accepts_partial", ["excessive_cost"], repay=D(20000)),
    Act("5", "Trygghetskameror i Pettersberg", D(148000), "disputes", ["purpose_mismatch"], ["2"]),
    Act("6", "Idrottsledare i Skiftinge", D(52000), "disputes", ["ordinary_operations"], ["3"]),
    Act("7", "Mentorskap i Bäckby", D(31900), "unclear", ["description_mismatch"]),
    Act("8", "Kompetensutveckling för fältpersonal", D(18400), "accepts_full", ["ordinary_operations"]),
    Act("9", "Råbydagen", D(9650), "disputes", ["missing_description"]),
]
VASTERAS_ROWS = {
    "1": (
        "Fältassistenterna har gjort orosanmälningar och deltagit i utredningar, vilket är myndighetsutövning.",
        "Bestrids. Orosanmälningar är en skyldighet för all personal och gör inte arbetet till myndighetsutövning. "
        "Se arbetsbeskrivningen, bilaga 1.",
    ),
    "2": ("Kostnaderna för läxhjälpen är inte styrkta.", "Medges."),
    "3": ("Grupperna startade efter bidragsperioden.", "Medges."),
    "4": (
        "Kostnaden för bussresor och entréer är orimligt hög i förhållande till antalet deltagare.",
        "Medges delvis. Resan till Gröna Lund blev dyrare än planerat; kommunen återbetalar den delen.",
    ),
    "5": (
        "Kameraövervakning ligger utanför statsbidragets syfte.",
        "Bestrids. Kamerorna sattes upp vid fritidsgården efter samråd med polisen, se bilaga 2.",
    ),
    "6": (
        "Idrottsledarna har ersatt ordinarie personal.",
        "Bestrids. Tjänsterna var nya och finansierades helt av bidraget (bilaga 3).",
    ),
    "7": ("Beskrivningen av mentorskapet stämmer inte med de redovisade kostnaderna.", "Kommunen utreder frågan och återkommer."),
    "8": ("Utbildning av egen personal är ordinarie kompetensutveckling.", "Medges."),
    "9": ("Insatsen saknar beskrivning i redovisningen.", "Bestrids. Råbydagen beskrivs i verksamhetsberättelsen."),
}
VASTERAS_NAME = "Västerås återkrav 2023 kalkylblad.pdf"


def vasteras_xlsx(path: Path, L) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = Workbook()
    ws = wb.active
    ws.title = "Återkrav 2023"
    fmt = "#\\ ##0"
    ws["A1"] = "Västerås stad – Yttrande över Socialstyrelsens preliminära återkrav, statsbidrag 2023 (dnr 9.1-51002/2024)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Individ- och familjenämnden, 2025-02-19. Belopp i kronor."
    head = ["Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens motivering", "Kommunens kommentar", "Återbetalas"]
    ws.append([])
    ws.append(head)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for a in VASTERAS_ACTS:
        why, answer = VASTERAS_ROWS[a.no]
        rep = a.repayment()
        L.values.append(a.claimed)
        if rep is not None:
            (L.optional if D(rep) == 0 else L.values).append(D(rep))
        ws.append([int(a.no), a.title, int(a.claimed), why, answer, None if rep is None else int(D(rep))])
    total = sum((a.claimed for a in VASTERAS_ACTS), Decimal(0))
    repay = sum((D(a.repayment()) for a in VASTERAS_ACTS if a.repayment() is not None), Decimal(0))
    L.values += [total, repay]
    ws.append([None, "Summa", int(total), None, None, int(repay)])
    last = ws.max_row
    for row in ws.iter_rows(min_row=5, max_row=last):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.font = Font(size=12, bold=c.row == last)
        row[2].number_format = fmt
        row[5].number_format = fmt
        row[0].alignment = Alignment(horizontal="left", vertical="top")
    ws.append([])
    ws.append([None, "Bilagor"])
    ws[ws.max_row][1].font = Font(bold=True)
    for ln in [
        "Bilaga 1 Arbetsbeskrivning fältassistenter",
        "Bilaga 2 Samrådsprotokoll polisen 2023-03-02",
        "Bilaga 3 Tjänsteskrivelse idrottsledare",
    ]:
        ws.append([None, ln])
    ws.append([])
    ws.append([None, "Kontakt: Jenny Alm, controller, jenny.alm@vasteras.se"])
    ws.append([None, "Godkänt av Erik Falk, förvaltningsdirektör"])
    widths = [4, 24, 10, 34, 38, 11]
    for col, w in zip("ABCDEF", widths, strict=True):
        ws.column_dimensions[col].width = w
    for r in range(4, last + 1):  # Calc keeps an xlsx row's stored height: set it as the author's autofit did
        lines = max(-(-len(str(c.value or "")) // int(w * 0.95)) for c, w in zip(ws[r], widths, strict=False))
        ws.row_dimensions[r].height = 16 * max(1, lines) + 12
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.right.text = "Sida &P av &N"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    return path


def vasteras_pdf() -> tuple[Path, Ledger3]:
    d = OUT / "sheet-vasteras"
    L = Ledger3()
    src = vasteras_xlsx(TMP / "vasteras" / VASTERAS_NAME.replace(".pdf", ".xlsx"), L)
    if REBUILD_EXTERNAL or not (d / VASTERAS_NAME).exists():
        d.mkdir(parents=True, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)])
    return d / VASTERAS_NAME, L


@case
def sheet_vasteras():
    pdf, L = vasteras_pdf()
    g = response_gold(pdf, "Västerås stad", "2025-02-19", VASTERAS_ACTS, L, municipality="Västerås")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "5", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "6", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Jenny Alm", "role": "controller", "email": "jenny.alm@vasteras.se"},
        {"name": "Erik Falk", "role": "förvaltningsdirektör"},
    ]
    write_gold(
        pdf.parent,
        {pdf.name: g},
        "A spreadsheet printed by LibreOffice Calc (from xlsx): landscape, gridlines, the header row frozen and "
        "repeated on each page, amounts as numbers grouped with a space and no currency, an 'Återbetalas' column "
        "(zeros optional, empty for the undecided row 7), a total row; terse answers ('Medges.', 'Bestrids. …', "
        "'Medges delvis.' with the amount only in the column); attachment list and names in cells below.",
    )


# ------------------------------------------------------------------------------------------
# 10. Invoices from suppliers and layouts the other corpora do not have: a hotel folio (lines
#     priced incl. VAT by date, 12 % + 25 %, a folio number beside the invoice number, a deposit
#     deducted), a bus charter (trip block, 6 %), a caterer with a coloured sidebar (12 % + 25 %), a
#     US consultancy (USD, MM/DD/YYYY, no sales tax), a German training provider in DIN 5008 letter
#     form (EUR, VAT-exempt under § 4 Nr. 21 UStG). genre2's Bill model holds the amounts and gold.


def sv(v: Decimal) -> str:
    return group(v, " ", "always", ",")


def de(v: Decimal) -> str:
    return group(v, ".", "always", ",")


def us(v: Decimal) -> str:
    return group(v, ",", "always", ".")


def _canvas(path: Path):
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    return Canvas(str(path), pagesize=A4, invariant=1)


def _rows(c, x, y, rows, widths, font="Helvetica", size=9, right_from=1, head=True, lead=13):
    """Plain rows of text at fixed column widths; columns from right_from on are right-aligned."""
    for i, row in enumerate(rows):
        c.setFont(font + "-Bold" if head and i == 0 else font, size)
        cx = x
        for j, (cell, w) in enumerate(zip(row, widths, strict=True)):
            if j >= right_from:
                c.drawRightString(cx + w, y, cell)
            else:
                c.drawString(cx, y, cell)
            cx += w
        y -= lead
    return y


HOTEL = Bill(
    "2023-1187",
    "2023-10-02",
    "2023-11-01",
    "Hotell Fyrtornet Karlskrona AB",
    ["Borgmästaregatan 4, 371 35 Karlskrona", "Org.nr 556934-2871"],
    ["Karlskrona kommun", "Socialförvaltningen", "Ref. Sofia Lund", "371 83 Karlskrona"],
    [
        ("Logi enkelrum 27/9", 2, "natt", "1100.00", 12),
        ("Logi enkelrum 28/9", 2, "natt", "1100.00", 12),
        ("Konferenslokal Tornet 28/9", 1, "dag", "4800.00", 25),
        ("Middag 28/9", 14, "kuvert", "380.00", 12),
        ("Bar 28/9", 1, "st", "412.00", 25),
    ],
    org_no="556934-2871",
)
HOTEL_DEPOSIT = D(2000)


def draw_hotel(c) -> None:
    w, h = A4
    per_rate, vat, net, total, _ = HOTEL.amounts()
    c.setFont("Times-Bold", 18)
    c.drawCentredString(w / 2, h - 2.2 * cm, "HOTELL FYRTORNET")
    c.setFont("Times-Roman", 9)
    c.drawCentredString(w / 2, h - 2.7 * cm, "Borgmästaregatan 4 · 371 35 Karlskrona · 0455-36 12 00 · Org.nr 556934-2871")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(2 * cm, h - 4 * cm, "FOLIO / FAKTURA")
    info = [
        ("Folio", "10442"),
        ("Fakturanummer", HOTEL.number),
        ("Fakturadatum", HOTEL.date),
        ("Förfaller", HOTEL.due),
        ("Rum", "214, 216"),
        ("Ankomst / Avresa", "2023-09-27 / 2023-09-29"),
        ("Gäst", "Konferens Socialförvaltningen, 14 pers"),
    ]
    y = h - 4.8 * cm
    for k, v in info:
        c.setFont("Helvetica", 8.5)
        c.drawString(11 * cm, y, k)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(14.2 * cm, y, v)
        y -= 11
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(HOTEL.buyer_lines):
        c.drawString(2 * cm, h - 4.8 * cm - i * 12, ln)
    y -= 16
    rows = [["Datum", "Text", "Antal", "Moms %", "Belopp inkl. moms"]]
    for desc, qty, _, price, rate in HOTEL.lines:
        gross = (D(qty) * D(price) * (1 + D(rate) / 100)).quantize(Decimal("0.01"))
        date = "2023-09-" + desc.split()[-1].split("/")[0]
        rows.append([date, desc.rsplit(" ", 1)[0], str(qty), str(rate), sv(gross)])
    rows.append(["2023-09-12", "Förskottsbetalning", "", "", "-" + sv(HOTEL_DEPOSIT)])
    c.line(2 * cm, y + 10, w - 2 * cm, y + 10)
    y = _rows(c, 2 * cm, y, rows, [2.4 * cm, 7.2 * cm, 1.6 * cm, 1.8 * cm, 4 * cm], right_from=2)
    c.line(2 * cm, y + 8, w - 2 * cm, y + 8)
    y -= 6
    c.setFont("Helvetica-Bold", 10)
    c.drawString(9.6 * cm, y, "Summa folio")
    c.drawRightString(w - 2 * cm, y, sv(total))
    y -= 14
    c.drawString(9.6 * cm, y, "Varav förskott")
    c.drawRightString(w - 2 * cm, y, "-" + sv(HOTEL_DEPOSIT))
    y -= 14
    c.drawString(9.6 * cm, y, "Saldo att betala SEK")
    c.drawRightString(w - 2 * cm, y, sv(total - HOTEL_DEPOSIT))
    y -= 30
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(2 * cm, y, "Momsspecifikation")
    vrows = [["Moms %", "Netto", "Moms", "Brutto"]]
    for r in sorted(per_rate):
        vrows.append([f"{r:f}", sv(per_rate[r]), sv(vat[r]), sv(per_rate[r] + vat[r])])
    vrows.append(["Summa", sv(net), sv(sum(vat.values(), Decimal(0))), sv(total)])
    _rows(c, 2 * cm, y - 13, vrows, [2 * cm, 3 * cm, 3 * cm, 3 * cm], size=8.5)
    c.setFont("Helvetica", 8)
    c.drawString(
        2 * cm, 2.2 * cm, "Bankgiro 5238-1170  ·  Betalningsvillkor 30 dagar  ·  Ange fakturanummer vid betalning  ·  Godkänd för F-skatt"
    )


BUS = Bill(
    "B-23-0712",
    "2023-07-14",
    "2023-08-13",
    "Mälardalens Bussresor AB",
    ["Verkstadsgatan 9, 721 36 Västerås", "Org.nr 556612-9034"],
    ["Västerås stad", "Individ- och familjeförvaltningen", "Att: Jenny Alm", "721 87 Västerås"],
    [
        ("Beställningstrafik 49-sits buss, körsträcka", 236, "km", "24.50", 6),
        ("Förartid inkl. väntetid", Decimal("11.5"), "tim", "495.00", 6),
        ("Tillägg helgdag/kväll", 1, "st", "850.00", 6),
    ],
    org_no="556612-9034",
)


def draw_bus(c) -> None:
    w, h = A4
    per_rate, vat, net, total, _ = BUS.amounts()
    c.setFillColor(colors.HexColor("#f2c200"))
    c.rect(0, h - 1.2 * cm, w, 1.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-BoldOblique", 17)
    c.drawString(2 * cm, h - 2.4 * cm, "Mälardalens Bussresor")
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, h - 2.9 * cm, "Verkstadsgatan 9 · 721 36 Västerås · trafik@mbussresor.se · 021-13 40 50")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(w - 2 * cm, h - 2.4 * cm, "Faktura – beställningstrafik")
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(BUS.buyer_lines):
        c.drawString(2 * cm, h - 4.5 * cm - i * 12, ln)
    meta = [("Faktura nr", BUS.number), ("Datum", BUS.date), ("Förfallodag", BUS.due), ("Kundnr", "10388"), ("Ordernr", "T-4471")]
    y = h - 4.5 * cm
    for k, v in meta:
        c.setFont("Helvetica", 9)
        c.drawString(12 * cm, y, k)
        c.drawRightString(w - 2 * cm, y, v)
        y -= 12
    y = h - 8 * cm
    c.setStrokeColor(colors.HexColor("#999999"))
    c.rect(2 * cm, y - 2.2 * cm, w - 4 * cm, 2.6 * cm)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(2.3 * cm, y, "Resa")
    c.setFont("Helvetica", 9)
    trip = [
        "Avresa 2023-07-12 kl. 08.00 Bäckby centrum, Västerås – Gröna Lund, Stockholm",
        "Retur 2023-07-12 kl. 19.00 Gröna Lund – Bäckby centrum",
        "49 platser, 1 förare. Beställare: Västerås stad, sommarlovsaktiviteter Vetterstorp",
    ]
    for i, ln in enumerate(trip):
        c.drawString(2.3 * cm, y - 13 - i * 12, ln)
    y -= 3.4 * cm
    rows = [["Specifikation", "Antal", "Enhet", "À-pris", "Belopp"]]
    for desc, qty, unit, price, _ in BUS.lines:
        rows.append([desc, f"{D(qty):f}".replace(".", ","), unit, sv(D(price)), sv((D(qty) * D(price)).quantize(Decimal("0.01")))])
    y = _rows(c, 2 * cm, y, rows, [8 * cm, 1.6 * cm, 1.4 * cm, 2.4 * cm, 3.6 * cm], right_from=1)
    y -= 10
    for k, v in [("Summa exkl. moms", net), ("Moms 6 % (persontransport)", vat[D(6)]), ("Totalt att betala SEK", total)]:
        c.setFont("Helvetica-Bold" if k.startswith("Totalt") else "Helvetica", 10)
        c.drawString(10.5 * cm, y, k)
        c.drawRightString(w - 2 * cm, y, sv(v))
        y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(
        2 * cm, 2.2 * cm, "Bankgiro 5873-2290   OCR 2307120388   Org.nr 556612-9034   Momsreg.nr SE556612903401   Innehar F-skattsedel"
    )


CATERER = Bill(
    "4471",
    "2023-05-26",
    "2023-06-25",
    "Kök & Fat i Motala AB",
    ["Borensvägen 31, 591 52 Motala", "Org.nr 559208-6613"],
    ["Motala kommun", "Social- och arbetsmarknadsförvaltningen", "Fakturaref. SAF 1120", "591 86 Motala"],
    [
        ("Lunchbuffé konferens 24/5", 85, "kuvert", "145.00", 12),
        ("Förmiddagsfika", 85, "st", "42.00", 12),
        ("Serveringspersonal 3 pers", 12, "tim", "410.00", 25),
        ("Hyra porslin och dukar", 1, "st", "1250.00", 25),
    ],
    org_no="559208-6613",
)


def draw_caterer(c) -> None:
    w, h = A4
    per_rate, vat, net, total, _ = CATERER.amounts()
    side = 5.2 * cm
    c.setFillColor(colors.HexColor("#2f4f3a"))
    c.rect(0, 0, side, h, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(0.8 * cm, h - 2.5 * cm, "Kök & Fat")
    c.setFont("Helvetica", 8)
    side_lines = [
        "Kök & Fat i Motala AB",
        "Borensvägen 31",
        "591 52 Motala",
        "",
        "Org.nr 559208-6613",
        "Momsreg.nr SE559208661301",
        "Godkänd för F-skatt",
        "",
        "Bankgiro 5410-8826",
        "",
        "hej@kokochfat.se",
        "0141-22 87 00",
    ]
    for i, ln in enumerate(side_lines):
        c.drawString(0.8 * cm, h - 3.4 * cm - i * 11, ln)
    c.setFillColor(colors.black)
    x = side + 1.2 * cm
    c.setFont("Helvetica-Bold", 22)
    c.drawString(x, h - 2.5 * cm, "Faktura")
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(CATERER.buyer_lines):
        c.drawString(x, h - 3.8 * cm - i * 12, ln)
    meta = [("Fakturanummer", CATERER.number), ("Fakturadatum", CATERER.date), ("Förfallodatum", CATERER.due), ("Er referens", "SAF 1120")]
    y = h - 3.8 * cm
    for k, v in meta:
        c.setFont("Helvetica", 8.5)
        c.drawString(x + 8 * cm, y, k)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(w - 1.5 * cm, y, v)
        y -= 12
    y = h - 7 * cm
    rows = [["Beskrivning", "Antal", "Pris", "Moms", "Summa"]]
    for desc, qty, unit, price, rate in CATERER.lines:
        rows.append([desc, f"{qty} {unit}", sv(D(price)), f"{rate} %", sv((D(qty) * D(price)).quantize(Decimal("0.01")))])
    y = _rows(c, x, y, rows, [5.8 * cm, 2.1 * cm, 1.9 * cm, 1.3 * cm, 2.6 * cm], right_from=1)
    y -= 12
    summary = [("Netto", net)]
    for r in sorted(per_rate):
        summary.append((f"Moms {r:f} % på {sv(per_rate[r])}", vat[r]))
    summary.append(("Att betala", total))
    for k, v in summary:
        c.setFont("Helvetica-Bold" if k == "Att betala" else "Helvetica", 10)
        c.drawString(x + 5.5 * cm, y, k)
        c.drawRightString(w - 1.5 * cm, y, sv(v) + " kr")
        y -= 14
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(x, y - 20, "Tack för att ni valde oss till er konferens den 24 maj!")


CONSULT = Bill(
    "INV-2023-0417",
    "2023-09-18",
    "2023-10-18",
    "Brightline Strategies LLC",
    ["1450 Walnut Street, Suite 300", "Philadelphia, PA 19102"],
    ["Landskrona stad", "Socialförvaltningen", "Attn: Sara Lind", "261 80 Landskrona, Sweden"],
    [
        ("Community safety workshop facilitation, Aug 21–23, 2023", 24, "hrs", "175.00", 0),
        ("Preparation and follow-up report", 6, "hrs", "175.00", 0),
        ("Travel expenses at cost (airfare, lodging)", 1, "", "1862.40", 0),
    ],
    lang="en",
    currency="USD",
)


def mdy(iso: str) -> str:
    y, mo, d = iso.split("-")
    return f"{mo}/{d}/{y}"


def draw_consult(c) -> None:
    w, h = A4
    _, _, net, total, _ = CONSULT.amounts()
    c.setFillColor(colors.HexColor("#1f6f8b"))
    c.circle(2.6 * cm, h - 2.4 * cm, 0.6 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(3.5 * cm, h - 2.3 * cm, "Brightline Strategies LLC")
    c.setFont("Helvetica", 8.5)
    c.drawString(3.5 * cm, h - 2.75 * cm, "1450 Walnut Street, Suite 300 · Philadelphia, PA 19102 · (215) 555-0148")
    c.setFont("Helvetica-Bold", 26)
    c.setFillColor(colors.HexColor("#1f6f8b"))
    c.drawRightString(w - 2 * cm, h - 4.2 * cm, "INVOICE")
    c.setFillColor(colors.black)
    meta = [
        ("Invoice #", CONSULT.number),
        ("Date", mdy(CONSULT.date)),
        ("Terms", "Net 30"),
        ("Due Date", mdy(CONSULT.due)),
        ("P.O. #", "LS-2023-118"),
    ]
    y = h - 5 * cm
    for k, v in meta:
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(w - 5.2 * cm, y, k)
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 2 * cm, y, v)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(2 * cm, h - 5 * cm, "BILL TO")
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(CONSULT.buyer_lines):
        c.drawString(2 * cm, h - 5.5 * cm - i * 12, ln)
    y = h - 9 * cm
    c.setFillColor(colors.HexColor("#1f6f8b"))
    c.rect(2 * cm, y - 4, w - 4 * cm, 15, fill=1, stroke=0)
    c.setFillColor(colors.white)
    _rows(c, 2.2 * cm, y, [["DESCRIPTION", "HOURS", "RATE", "AMOUNT"]], [9.6 * cm, 2 * cm, 2.4 * cm, 2.6 * cm], right_from=1)
    c.setFillColor(colors.black)
    rows = []
    for desc, qty, unit, price, _ in CONSULT.lines:
        amt = (D(qty) * D(price)).quantize(Decimal("0.01"))
        rows.append([desc, str(qty) if unit else "", us(D(price)) if unit else "", us(amt)])
    y = _rows(c, 2.2 * cm, y - 18, rows, [9.6 * cm, 2 * cm, 2.4 * cm, 2.6 * cm], right_from=1, head=False, lead=15)
    y -= 10
    for k, v in [("Subtotal", us(net)), ("Sales Tax (0%)", "0.00"), ("Total", us(total)), ("Amount Due (USD)", "$" + us(total))]:
        c.setFont("Helvetica-Bold" if k.startswith("Amount") else "Helvetica", 10)
        c.drawRightString(w - 5.2 * cm, y, k)
        c.drawRightString(w - 2 * cm, y, v)
        y -= 14
    c.setFont("Helvetica", 8.5)
    for i, ln in enumerate(
        [
            "Please remit by wire transfer to: Keystone Commerce Bank, Philadelphia, PA",
            "ABA routing 031201467 · Account 8800412267 · SWIFT KCBKUS33",
            "Services performed outside the United States for a foreign government entity; no U.S. sales tax applies.",
            "Thank you for your business!",
        ]
    ):
        c.drawString(2 * cm, 4 * cm - i * 11, ln)


TRAINING = Bill(
    "2023-00871",
    "2023-11-06",
    "2023-11-20",
    "Akademie für Gewaltprävention Rhein-Main GmbH",
    ["Mainzer Landstraße 112, 60327 Frankfurt am Main"],
    ["Jönköpings kommun", "Socialförvaltningen", "z. Hd. Tobias Ström", "551 89 Jönköping", "SCHWEDEN"],
    [
        ("Seminar „Deeskalation im Jugendbereich“ – Teilnahme", 3, "Pers.", "890.00", 0),
        ("Seminarunterlagen und Zertifikat", 3, "Pers.", "45.00", 0),
    ],
    lang="de",
    currency="EUR",
)


def draw_training(c) -> None:
    w, h = A4
    _, _, net, total, _ = TRAINING.amounts()
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(w - 2 * cm, h - 1.8 * cm, "Akademie für Gewaltprävention")
    c.setFont("Helvetica", 9)
    c.drawRightString(w - 2 * cm, h - 2.25 * cm, "Rhein-Main GmbH")
    c.setFont("Helvetica", 6.5)
    c.drawString(2.5 * cm, h - 4.7 * cm, "Akademie für Gewaltprävention Rhein-Main GmbH · Mainzer Landstraße 112 · 60327 Frankfurt am Main")
    c.line(2.5 * cm, h - 4.8 * cm, 10.5 * cm, h - 4.8 * cm)
    c.setFont("Helvetica", 10)
    for i, ln in enumerate(TRAINING.buyer_lines):
        c.drawString(2.5 * cm, h - 5.4 * cm - i * 12.5, ln)
    info = [
        ("Rechnungsnummer", TRAINING.number),
        ("Kundennummer", "K-20417"),
        ("Rechnungsdatum", "06.11.2023"),
        ("Leistungszeitraum", "16.10.–18.10.2023"),
    ]
    y = h - 5 * cm
    for k, v in info:
        c.setFont("Helvetica", 8.5)
        c.drawString(12.5 * cm, y, k)
        c.drawRightString(w - 2 * cm, y, v)
        y -= 11.5
    y = h - 9.8 * cm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(2.5 * cm, y, f"Rechnung Nr. {TRAINING.number}")
    c.setFont("Helvetica", 10)
    c.drawString(2.5 * cm, y - 22, "Sehr geehrte Damen und Herren,")
    c.drawString(2.5 * cm, y - 36, "für die Teilnahme Ihrer Mitarbeitenden an unserem Seminar berechnen wir Ihnen:")
    rows = [["Pos.", "Bezeichnung", "Menge", "Einzelpreis €", "Gesamt €"]]
    for i, (desc, qty, unit, price, _) in enumerate(TRAINING.lines, 1):
        rows.append([str(i), desc, f"{qty} {unit}", de(D(price)), de((D(qty) * D(price)).quantize(Decimal("0.01")))])
    yy = _rows(c, 2.5 * cm, y - 62, rows, [1 * cm, 9.3 * cm, 1.7 * cm, 2.3 * cm, 2.2 * cm], font="Helvetica", size=8.5, right_from=2)
    c.line(2.5 * cm, yy + 8, w - 2 * cm, yy + 8)
    yy -= 6
    for k, v in [("Nettobetrag", de(net) + " €"), ("Umsatzsteuer 0 %", de(Decimal(0)) + " €"), ("Rechnungsbetrag", de(total) + " €")]:
        c.setFont("Helvetica-Bold" if k == "Rechnungsbetrag" else "Helvetica", 10)
        c.drawString(11.5 * cm, yy, k)
        c.drawRightString(w - 2 * cm, yy, v)
        yy -= 14
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(
        [
            "Die Leistung ist gemäß § 4 Nr. 21 UStG von der Umsatzsteuer befreit.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug bis zum 20.11.2023.",
            "Mit freundlichen Grüßen",
            "Dr. Katrin Vogel, Seminarleitung",
        ]
    ):
        c.drawString(2.5 * cm, yy - 20 - i * 14, ln)
    c.setFont("Helvetica", 7)
    cols = [
        ["Akademie für Gewaltprävention", "Rhein-Main GmbH", "Mainzer Landstraße 112", "60327 Frankfurt am Main"],
        ["Geschäftsführerin: Dr. Katrin Vogel", "Amtsgericht Frankfurt am Main", "HRB 118204", "USt-IdNr. DE318822741"],
        ["Frankfurter Volksbank Rhein/Main", "IBAN DE41 5019 0000 6104 2281 07", "BIC FFVBDEFF", "Verwendungszweck: 2023-00871"],
    ]
    for j, col in enumerate(cols):
        for i, ln in enumerate(col):
            c.drawString(2.5 * cm + j * 5.8 * cm, 2.4 * cm - i * 9, ln)


@case
def invoices_leverantorer():
    d = fresh("invoices-leverantorer")
    files = {}
    for name, bill, draw in [
        ("Folio Hotell Fyrtornet 2023-1187.pdf", HOTEL, draw_hotel),
        ("Faktura B-23-0712 Mälardalens Bussresor.pdf", BUS, draw_bus),
        ("Faktura 4471 Kök och Fat.pdf", CATERER, draw_caterer),
        ("Brightline invoice INV-2023-0417.pdf", CONSULT, draw_consult),
        ("Rechnung 2023-00871 Akademie.pdf", TRAINING, draw_training),
    ]:
        c = _canvas(d / name)
        draw(c)
        c.showPage()
        c.save()
        files[name] = bill.gold()
    _, _, _, total, _ = HOTEL.amounts()
    folio = files["Folio Hotell Fyrtornet 2023-1187.pdf"]
    folio["amount_due"] = f"{total - HOTEL_DEPOSIT:.2f}"
    folio["invoice_lines"] = [  # as printed: no unit price, the amount incl. VAT
        {
            "description": desc.rsplit(" ", 1)[0],
            "quantity": str(qty),
            "unit": unit,
            "unit_price": None,
            "amount": f"{(D(qty) * D(price) * (1 + D(rate) / 100)).quantize(Decimal('0.01')):.2f}",
            "vat_rate": str(rate),
        }
        for desc, qty, unit, price, rate in HOTEL.lines
    ]
    folio["note"] = "lines priced incl. VAT (invoice_lines amounts gross, as printed); folio number 10442 is not the invoice number"
    files["Rechnung 2023-00871 Akademie.pdf"]["note"] = "VAT-exempt (§ 4 Nr. 21 UStG): vat 0, total = net"
    write_gold(
        d,
        files,
        "Five suppliers and layouts: a hotel folio (dated lines incl. VAT, 12 % + 25 %, VAT specification, folio "
        "number beside the invoice number, a deposit deducted: amount_due < total), a bus charter (trip block, "
        "6 %, fractional hours), a caterer with a dark sidebar holding the supplier's details (12 % + 25 %), a US "
        "consultancy (USD, MM/DD/YYYY dates, Net 30, no sales tax), a German training provider in DIN 5008 "
        "letter form (EUR, '06.11.2023', VAT-exempt).",
    )


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
