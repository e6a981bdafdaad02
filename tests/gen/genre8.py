#!/usr/bin/env python3
"""The eighth genre corpus (tests/data/genre8): responses to Socialstyrelsen's preliminary reclaim
decisions in house styles none of genre … genre7 has, a scan of one of them and invoices from five
new suppliers. Municipalities A–K only. Everything is invented; the gold is the generator's own
data, with page numbers looked up in the finished PDFs.

    /work/main/.venv/bin/python tests/gen/genre8.py [case ...]

Built before and without running granttrail on any of it: do not tune on it.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre5 import atts, finish  # noqa: E402
from genre7 import Ledger7  # noqa: E402
from genre_kit import ROOT, Act, D, Page, group, m, page_of, page_texts, render_pdf, write_gold  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre8"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case, fresh = _CASES.case, _CASES.fresh


class Ledger8(Ledger7):
    """This corpus' amount formats, on top of genre2 … genre7's."""

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        own = {
            "kronorsum": f"{g} kronor",
            "exmoms": f"{g} kr exkl. moms",  # "8 000 kr exkl. moms"
            "tkrpre": f"tkr {str((v / 1000).normalize()).replace('.', ',')}",  # "tkr 42,5"
            "krsek": f"{group(v, ' ', 'always')} SEK",  # "42 500,00 SEK"
            "endash": f"{g}:–",  # "42 500:–" (en dash)
            "nb": g,
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger8  # render_pdf's page-counting pass makes its ledger by this name


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


def para(text: str, st: ParagraphStyle, L) -> tuple:
    """A paragraph in a style of the case's own (reportlab markup allowed), amounts filled once."""
    t = L.fill(text).replace("\n", "<br/>")
    return ("lazy", lambda: Paragraph(t, st))


# ------------------------------------------------------------------------------------------
# 1. Gislaved: plain-language ("klarspråk") letter. Each activity is a heading "Aktivitet 4 –
#    Title", under which QUESTIONS are the sub-headings: "Vad kräver Socialstyrelsen?", "Varför?",
#    "Vad tycker kommunen?", "Vad skickar vi med?". Amounts "36 400 kronor" inside plain sentences;
#    positions "Vi tycker inte att vi ska betala tillbaka", "Vi betalar tillbaka hela summan",
#    "Vi kan betala tillbaka 8 000 kronor, men inte resten"; an undecided one. Large type (12 pt).

GISLAVED_ACTS = [
    Act("2", "Läxhjälp på biblioteket i Anderstorp", D(36400), "disputes", ["ordinary_operations"], ["1"], needle="Aktivitet 2 – Läxhjälp"),
    Act(
        "4",
        "Sommarjobb för unga i Gislaveds centrum",
        D(58000),
        "accepts_partial",
        ["unverifiable_costs", "excessive_cost"],
        ["2", "3"],
        repay=D(8000),
        needle="Aktivitet 4 – Sommarjobb",
    ),
    Act("5", "Föräldrafika på Öxnehaga", D(9600), "accepts_full", ["missing_description"], needle="Aktivitet 5 – Föräldrafika"),
    Act("8", "Fotbollskvällar i Reftele", D(27250), "unclear", ["outside_grant_period"], ["4"], needle="Aktivitet 8 – Fotbollskvällar"),
]


def gislaved_blocks(L) -> list:
    A = {a.no: a for a in GISLAVED_ACTS}
    base = ParagraphStyle("g", fontName="Helvetica", fontSize=12, leading=17, spaceAfter=7)
    q = ParagraphStyle(
        "gq", parent=base, fontName="Helvetica-Bold", fontSize=12, spaceBefore=4, spaceAfter=2, textColor=colors.HexColor("#1f4e79")
    )
    h = ParagraphStyle("gh", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=4)
    out = [
        para("<b>Gislaveds kommun</b><br/>Barn- och utbildningsförvaltningen", base, L),
        para(
            "Till: Socialstyrelsen<br/>Ert diarienummer: 9.1-60514/2024<br/>Vårt diarienummer: BUN 2024/311<br/>Datum: 2025-02-17", base, L
        ),
        (
            "lazy",
            lambda: Paragraph("Svar på Socialstyrelsens förslag om återkrav", ParagraphStyle("gt", parent=h, fontSize=18, leading=22)),
        ),
        ("lazy", lambda: Paragraph("Vad handlar det här om?", q)),
        para(
            "Socialstyrelsen har skickat ett förslag till beslut. Där står att Gislaveds kommun ska betala tillbaka "
            "en del av statsbidraget till kommuner med socioekonomiskt eftersatta områden. Förslaget gäller fyra "
            "aktiviteter och sammanlagt " + m(131250, "kronor") + ". Här svarar vi på varje aktivitet för sig.",
            base,
            L,
        ),
    ]

    def act(a: Act, why: str, opinion: str, send: str | None, extra: str = "") -> list:
        blocks = [
            ("lazy", lambda t=f"Aktivitet {a.no} – {a.title}": Paragraph(t, h)),
            ("lazy", lambda: Paragraph("Vad kräver Socialstyrelsen?", q)),
            para(f"Socialstyrelsen vill att vi betalar tillbaka {m(a.claimed, 'kronor')}." + extra, base, L),
            ("lazy", lambda: Paragraph("Varför?", q)),
            para(why, base, L),
            ("lazy", lambda: Paragraph("Vad tycker kommunen?", q)),
            para(opinion, base, L),
        ]
        if send:
            blocks += [("lazy", lambda: Paragraph("Vad skickar vi med?", q)), para(send, base, L)]
        return blocks

    out += act(
        A["2"],
        "Socialstyrelsen menar att läxhjälpen är sådant som skolan ändå ska göra. Då räknas det som vanlig verksamhet.",
        "Vi håller inte med. Läxhjälpen var på biblioteket på kvällar och helger, inte i skolan. 41 elever kom "
        "regelbundet. Därför tycker vi inte att vi ska betala tillbaka pengarna.",
        "Närvarolistor från biblioteket (bilaga 1).",
    )
    out += act(
        A["4"],
        "Socialstyrelsen skriver att en del löner inte går att kontrollera och att kostnaden per ungdom är hög.",
        "Vi har hittat lönebesked för nästan alla ungdomar. För fyra av dem saknas underlag. Vi kan betala tillbaka "
        + m(8000, "kronor")
        + ", men inte resten.",
        "Lönebesked (bilaga 2) och en lista över de 22 ungdomarna som fick sommarjobb (bilaga 3).",
    )
    out += act(
        A["5"],
        "Det finns ingen beskrivning av vad föräldrafikat var.",
        "Det stämmer. Vi betalar tillbaka hela summan.",
        None,
    )
    out += act(
        A["8"],
        "Socialstyrelsen menar att fotbollskvällarna hölls efter att bidragsperioden var slut.",
        "Vi vet inte ännu. Föreningen som höll i kvällarna letar efter sina kvitton. Vi svarar om aktivitet 8 så snart vi har fått dem.",
        "Föreningens mejl om kvittona (bilaga 4).",
    )
    out += [
        ("lazy", lambda: Paragraph("Vad händer nu?", q)),
        para(
            "Vi godtar alltså att betala tillbaka " + m(17600, "kronor") + " för aktivitet 4 och 5. Hör gärna av dig om något är oklart.",
            base,
            L,
        ),
        ("lazy", lambda: Paragraph("Bilagor", q)),
        para(
            "1. Närvarolistor läxhjälp, Anderstorps bibliotek<br/>2. Lönebesked sommarjobb 2023<br/>"
            "3. Lista över ungdomar med sommarjobb<br/>4. Mejl från Reftele IF, 2025-02-10",
            base,
            L,
        ),
        para("Med vänliga hälsningar", base, L),
        ("space", 30),
        para("Sanna Björkqvist<br/>Förvaltningschef, barn- och utbildningsförvaltningen", base, L),
        para("Har du frågor? Ring Mattias Ekberg, utvecklingsledare, på 0371-814 22 eller mejla mattias.ekberg@gislaved.se.", base, L),
    ]
    return out


@case
def prose_gislaved():
    d = fresh("prose-gislaved")
    L = Ledger8()
    name = "Svar till Socialstyrelsen om återkrav BUN 2024-311.pdf"
    render_pdf(d / name, gislaved_blocks(L), L, Page(footer="Sida {page} av {pages}", margins=(2.5 * cm, 2.5 * cm, 2.2 * cm, 2.2 * cm)))
    finish(
        d,
        name,
        "Gislaveds kommun",
        "2025-02-17",
        GISLAVED_ACTS,
        L,
        atts(("1", "2"), ("2", "4"), ("3", "4"), ("4", "8")),
        [
            {"name": "Sanna Björkqvist", "role": "förvaltningschef"},
            {"name": "Mattias Ekberg", "role": "utvecklingsledare", "phone": "+4637181422", "email": "mattias.ekberg@gislaved.se"},
        ],
        "Plain-language (klarspråk) letter, 12 pt: each activity 'Aktivitet N – Title' with QUESTIONS as sub-headings "
        "('Vad kräver Socialstyrelsen?', 'Varför?', 'Vad tycker kommunen?', 'Vad skickar vi med?'). The claim only in a "
        "sentence ('Socialstyrelsen vill att vi betalar tillbaka 36 400 kronor.'). Positions in plain words: 'Därför "
        "tycker vi inte att vi ska betala tillbaka pengarna' (disputes), 'Vi kan betala tillbaka 8 000 kronor, men inte "
        "resten' (partial), 'Vi betalar tillbaka hela summan' (full), 'Vi vet inte ännu … Vi svarar … så snart' (unclear). "
        "Counts '41 elever', '22 ungdomarna'.",
        quantities=[{"value": 41, "unit": "elev"}, {"value": 22, "unit": "ungdom"}],
        municipality="Gislaved",  # the municipality's name, not the genitive in "Gislaveds kommun"
    )


def grid(
    rows: list,
    L,
    widths: list,
    st: ParagraphStyle,
    bold: ParagraphStyle | None = None,
    cmds: list | None = None,
    header: int = 0,
    right: tuple = (),
    repeat: int | None = None,
) -> tuple:
    """("lazy", make): a table of Paragraph cells whose amounts are filled once (now), built afresh per
    render pass, with the case's own style commands."""
    filled = [[L.fill(c).replace("\n", "<br/>") for c in row] for row in rows]

    def make() -> Table:
        data = []
        for r, row in enumerate(filled):
            cells = []
            for c, cell in enumerate(row):
                sty = bold if (bold is not None and r < header) else st
                if c in right and r >= header:
                    sty = ParagraphStyle("r", parent=sty, alignment=2)
                cells.append(Paragraph(cell, sty))
            data.append(cells)
        t = Table(data, colWidths=widths, repeatRows=header if repeat is None else repeat, hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
                + (cmds or [])
            )
        )
        return t

    return ("lazy", make)


# ------------------------------------------------------------------------------------------
# 2. Huddinge: a two-page letter whose body names no claimed amounts: each activity is a bold
#    run-in paragraph "Aktivitet 3. Title." with the assessment and the position in words. A
#    separate last page "Bilaga A – Sammanställning" carries the per-activity amounts in a table
#    (Återkrävt, Återbetalas); the partial repayment is printed only there.

HUDDINGE_ACTS = [
    Act(
        "3",
        "Fältassistenter i Flemingsberg",
        D(184000),
        "disputes",
        ["exercise_of_authority"],
        ["1"],
        needle="Aktivitet 3. Fältassistenter",
    ),
    Act(
        "6",
        "Kvällsöppen mötesplats Vårby gård",
        D(47300),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2"],
        repay=D(12900),
        needle="Aktivitet 6. Kvällsöppen",
    ),
    Act("7", "Simundervisning för vuxna kvinnor", D(21600), "accepts_full", ["purpose_mismatch"], needle="Aktivitet 7. Simundervisning"),
    Act(
        "11",
        "Trygghetsskapande belysning Visättra",
        D(96500),
        "disputes",
        ["purpose_mismatch", "conditions_not_met"],
        ["3", "4"],
        needle="Aktivitet 11. Trygghetsskapande",
    ),
    Act(
        "12",
        "Samverkansforum med bostadsbolagen",
        D(15850),
        "accepts_full",
        ["ordinary_operations"],
        needle="Aktivitet 12. Samverkansforum",
    ),
]


def huddinge_blocks(L) -> list:
    base = ParagraphStyle("h", fontName="Times-Roman", fontSize=11.5, leading=15.5, spaceAfter=8)
    small = ParagraphStyle("hs", parent=base, fontSize=9.5, leading=12, spaceAfter=2)
    title = ParagraphStyle("ht", parent=base, fontName="Times-Bold", fontSize=14, leading=18, spaceBefore=10)
    A = {a.no: a for a in HUDDINGE_ACTS}

    def act(a: Act, text: str) -> tuple:
        return para(f"<b>Aktivitet {a.no}. {a.title}.</b> {text}", base, L)

    out = [
        para("<b>HUDDINGE KOMMUN</b><br/>Socialförvaltningen<br/>Avdelningen för stöd och utveckling", small, L),
        ("space", 14),
        para("Socialstyrelsen<br/>Enheten för statsbidrag<br/>106 30 Stockholm", base, L),
        para("2025-02-21                    Dnr SOF 2024/1187                    Er beteckning 9.1-61930/2024", small, L),
        para(
            "Yttrande angående preliminärt beslut om återkrav av statsbidrag till kommuner med socioekonomiskt eftersatta områden", title, L
        ),
        para(
            "Huddinge kommun har tagit del av Socialstyrelsens preliminära beslut och yttrar sig nedan över de fem "
            "aktiviteter som beslutet avser. Belopp per aktivitet, det som kommunen medger och det sammanlagda "
            "återkravet framgår av sammanställningen i bilaga A.",
            base,
            L,
        ),
        para(
            "<b>Bakgrund.</b> Bidraget har under 2022 och 2023 använts i Flemingsberg, Vårby gård och Visättra, de tre "
            "områden i kommunen som pekas ut i regeringens lägesbild. Insatserna planerades i den lokala "
            "samverkansgruppen där polisen, bostadsbolagen, skolorna och civilsamhället ingår, och följdes upp "
            "kvartalsvis i socialnämndens arbetsutskott. Kommunen vill understryka att samtliga insatser har "
            "genomförts i de utpekade områdena och riktats till dem som bor där.",
            base,
            L,
        ),
        para(
            "Kommunen har gått igenom ekonomiska underlag, tidrapporter och avtal för de aktiviteter som "
            "Socialstyrelsen ifrågasätter. Där underlag saknas godtar kommunen återkravet; där underlag finns "
            "bifogas det. Synpunkterna följer den ordning som aktiviteterna har i Socialstyrelsens beslut.",
            base,
            L,
        ),
        act(
            A["3"],
            "Socialstyrelsen bedömer att fältassistenternas arbete delvis utgjort myndighetsutövning eftersom de "
            "medverkat vid orosanmälningar. Kommunen delar inte den bedömningen. Fältassistenterna har inte fattat "
            "några beslut och har inte haft tillgång till socialtjänstens akter; deras uppgift var uppsökande arbete "
            "kvällstid (se bilaga 1). Kommunen bestrider därför återkravet.",
        ),
        act(
            A["6"],
            "Enligt Socialstyrelsen går lönekostnaderna för kvällspersonalen inte att verifiera. Kommunen har i "
            "efterhand tagit fram timrapporter för huvuddelen av passen (bilaga 2). För passen under hösten 2022 "
            "saknas underlag, och för dessa godtar kommunen återkravet. I övrigt bestrids det.",
        ),
        act(
            A["7"],
            "Socialstyrelsen anser att simundervisning inte ligger inom bidragets syfte. Kommunen har inga "
            "invändningar och godtar återkravet.",
        ),
        act(
            A["11"],
            "Socialstyrelsen menar att investeringar i belysning inte är en insats av det slag bidraget avser och "
            "att villkoret om samverkan med bostadsbolagen inte visats vara uppfyllt. Kommunen delar inte den "
            "uppfattningen. Belysningen togs fram tillsammans med boende i trygghetsvandringar, och avtalet med "
            "bostadsbolaget visar att samverkan funnits (bilagorna 3 och 4). Kommunen motsätter sig återkravet.",
        ),
        act(
            A["12"],
            "Socialstyrelsen bedömer att forumet är en del av kommunens ordinarie samverkan. Kommunen "
            "accepterar bedömningen och återbetalar beloppet.",
        ),
        para(
            "Bilagor<br/>A. Sammanställning av återkrav och kommunens ställningstagande<br/>"
            "1. Uppdragsbeskrivning fältassistenter 2022<br/>2. Timrapporter kvällsöppet Vårby gård<br/>"
            "3. Minnesanteckningar trygghetsvandringar Visättra<br/>4. Samverkansavtal med Huge Bostäder",
            base,
            L,
        ),
        para("För socialnämnden i Huddinge kommun", base, L),
        ("space", 18),
        para("Katarina Engdahl<br/>Socialdirektör", base, L),
        para("Handläggare: Jonas Hellström, verksamhetsutvecklare, tfn 08-535 364 18, jonas.hellstrom@huddinge.se", small, L),
        ("break",),
        para("Bilaga A – Sammanställning", title, L),
        para("Återkrav enligt Socialstyrelsens preliminära beslut och kommunens ställningstagande, belopp i kronor.", base, L),
    ]
    st = ParagraphStyle("hc", parent=base, fontSize=10, leading=12.5, spaceAfter=0)
    sb = ParagraphStyle("hcb", parent=st, fontName="Times-Bold")
    pos = {"disputes": "Bestrids", "accepts_full": "Medges", "accepts_partial": "Medges delvis"}
    rows = [["Akt.", "Aktivitet", "Återkrävt", "Kommunens ställningstagande", "Återbetalas"]]
    for a in HUDDINGE_ACTS:
        rows.append(
            [a.no, a.title, m(a.claimed, "bare"), pos[a.position], m(D(a.repayment()), "opt_bare" if a.position == "disputes" else "bare")]
        )
    rows.append(["", "<b>Summa</b>", m(365250, "bare"), "", m(50350, "bare")])
    out.append(
        grid(
            rows,
            L,
            [1.2 * cm, 6.2 * cm, 2.4 * cm, 4.4 * cm, 2.4 * cm],
            st,
            sb,
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
            ],
            header=1,
            right=(2, 4),
        )
    )
    return out


@case
def prose_huddinge():
    d = fresh("prose-huddinge")
    L = Ledger8()
    name = "Yttrande återkrav SOF 2024-1187.pdf"
    render_pdf(
        d / name,
        huddinge_blocks(L),
        L,
        Page(footer="{page} ({pages})", font="Times-Roman", margins=(2.6 * cm, 2.4 * cm, 2.2 * cm, 2.2 * cm)),
    )
    g = finish(
        d,
        name,
        "Huddinge kommun",
        "2025-02-21",
        HUDDINGE_ACTS,
        L,
        [{"attachment_id": "A", "activity_no": None, "invoice_number": None}] + atts(("1", "3"), ("2", "6"), ("3", "11"), ("4", "11")),
        [
            {"name": "Katarina Engdahl", "role": "socialdirektör"},
            {"name": "Jonas Hellström", "role": "verksamhetsutvecklare", "phone": "+46853536418", "email": "jonas.hellstrom@huddinge.se"},
        ],
        "A two-page letter whose body prints NO claimed amounts: bold run-in paragraphs 'Aktivitet 3. Title.' with the "
        "assessment and the position in words ('bestrider', 'godtar återkravet … för passen under hösten 2022' = "
        "partial, 'accepterar bedömningen och återbetalar beloppet'). A separate last page 'Bilaga A – Sammanställning' "
        "holds a table with the claimed sums, the positions and the repayments: the partial repayment (12 900) is "
        "printed only there. 'A' is the letter's own appendix page (listed under Bilagor, no activity).",
    )
    assert g["page_count"] == 3, g["page_count"]


# ------------------------------------------------------------------------------------------
# 3. Kalix: each activity heading is a two-part line: the activity on the left, and on the right,
#    in grey, where the agency's decision treats it ("Beslutet avsnitt 4.3, s. 7": a section
#    number and a page that are not the activity number). Under it the reclaimed COST ITEMS as an
#    unruled list with amounts "exkl. moms" and a "Summa återkrav" line (the claim). A partial
#    position names a cost item ("medger återkravet för materialkostnaden, 6 850 kr exkl. moms").

KALIX_ACTS = [
    Act(
        "1",
        "Sportlovsaktiviteter i Näsbyn",
        D(31450),
        "accepts_partial",
        ["unverifiable_costs"],
        ["1.1"],
        repay=D(6850),
        needle="Aktivitet 1 Sportlovsaktiviteter",
    ),
    Act(
        "4",
        "Ungdomsgården Zebran – helgöppet",
        D(88200),
        "disputes",
        ["ordinary_operations"],
        ["4.1", "4.2"],
        needle="Aktivitet 4 Ungdomsgården",
    ),
    Act(
        "5",
        "Arbetsmarknadscoach för unga vuxna",
        D(142600),
        "disputes",
        ["exercise_of_authority", "description_mismatch"],
        ["5.1"],
        needle="Aktivitet 5 Arbetsmarknadscoach",
    ),
    Act("9", "Fiskecamp vid Kalixälven", D(19980), "accepts_full", ["outside_grant_period"], needle="Aktivitet 9 Fiskecamp"),
]


def kalix_blocks(L) -> list:
    base = ParagraphStyle("k", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    head = ParagraphStyle("kh", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=0)
    ref = ParagraphStyle("kr", parent=base, fontSize=8.5, leading=14, alignment=2, textColor=colors.HexColor("#6b6b6b"), spaceAfter=0)
    lab = ParagraphStyle("kl", parent=base, fontName="Helvetica-Oblique", spaceBefore=2, spaceAfter=2)
    cell = ParagraphStyle("kc", parent=base, spaceAfter=0, leading=12.5)
    A = {a.no: a for a in KALIX_ACTS}
    out = [
        para("<b>Kalix kommun</b><br/>Kultur- och fritidsförvaltningen<br/>952 81 Kalix", base, L),
        para("Socialstyrelsen<br/>106 30 Stockholm", base, L),
        para("Kalix 2025-02-13<br/>Vår referens: KFN 2024.418<br/>Er referens: 9.1-58277/2024", base, L),
        (
            "lazy",
            lambda: Paragraph(
                "Yttrande – preliminärt beslut om återkrav av statsbidrag",
                ParagraphStyle("kt", parent=head, fontSize=14, leading=18, spaceAfter=8),
            ),
        ),
        para(
            "Kalix kommun lämnar härmed yttrande över Socialstyrelsens preliminära beslut daterat 2025-01-20. "
            "Beslutet omfattar fyra aktiviteter med ett sammanlagt återkrav om " + m(282230, "exmoms") + ". "
            "Kommunen redovisar nedan de kostnadsposter som återkrävs per aktivitet, så som de framgår av "
            "beslutets bilaga, och kommunens inställning.",
            base,
            L,
        ),
    ]

    def heading(a: Act, where: str) -> tuple:
        left, right = f"Aktivitet {a.no}  {a.title}", where

        def make():
            t = Table([[Paragraph(left, head), Paragraph(right, ref)]], colWidths=[11.2 * cm, 5.2 * cm], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#9a9a9a")),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 10),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ]
                )
            )
            return t

        return ("lazy", make)

    def items(rows: list, total) -> tuple:
        body = [[f"– {t}", m(v, "exmoms")] for t, v in rows] + [["<b>Summa återkrav</b>", f"<b>{m(total, 'exmoms')}</b>"]]
        return grid(
            body,
            L,
            [8.5 * cm, 4.2 * cm],
            cell,
            cmds=[("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.black), ("LEFTPADDING", (0, 0), (0, -1), 14)],
            right=(1,),
        )

    def act(a, where, rows, agency, answer):
        return [
            heading(a, where),
            ("space", 6),
            para("Återkrävda kostnadsposter:", lab, L),
            items(rows, a.claimed),
            ("space", 6),
            para("<i>Socialstyrelsens bedömning.</i> " + agency, base, L),
            para("<i>Kommunens inställning.</i> " + answer, base, L),
        ]

    out += act(
        A["1"],
        "Beslutet avsnitt 4.1, s. 5",
        [("Personalkostnad, timanställda ledare", 21600), ("Material och utrustning", 6850), ("Bussresor", 3000)],
        "Socialstyrelsen bedömer att kostnaderna för personal och bussresor inte kan verifieras mot redovisningen.",
        "Timlistor för ledarna och bussbolagets faktura bifogas (bilaga 1.1). Materialkostnaden saknar dock "
        "kvitton. Kommunen medger återkravet för materialkostnaden, " + m(6850, "exmoms") + ", men bestrider "
        "återkravet i övrigt.",
    )
    out += act(
        A["4"],
        "Beslutet avsnitt 4.3, s. 7",
        [("Personalkostnad fritidsledare, helger", 74000), ("Lokalvård", 9200), ("Fika och mellanmål", 5000)],
        "Enligt Socialstyrelsen är öppethållandet en del av ungdomsgårdens ordinarie verksamhet.",
        "Zebran hade före 2022 inget helgöppet. Helgöppet startade med bidraget och upphörde när det tog slut, "
        "vilket framgår av nämndens beslut och verksamhetsberättelsen (bilaga 4.1 och 4.2). Kommunen bestrider "
        "återkravet i sin helhet.",
    )
    out += act(
        A["5"],
        "Beslutet avsnitt 4.4, s. 8",
        [("Lön arbetsmarknadscoach 0,75 åa", 128400), ("Utbildning och handledning", 14200)],
        "Socialstyrelsen anser att coachen utövat myndighet vid beslut om försörjningsstöd och att beskrivningen "
        "av insatsen inte stämmer med kostnaderna.",
        "Coachen var anställd vid arbetsmarknadsenheten och deltog aldrig i beslut om försörjningsstöd. "
        "Tjänstebeskrivningen bifogas (bilaga 5.1). Kommunen anser inte att det finns grund för återkrav.",
    )
    out += act(
        A["9"],
        "Beslutet avsnitt 4.7, s. 10",
        [("Logi och mat, fiskecamp", 15480), ("Guider", 4500)],
        "Campen genomfördes i juni 2024, efter bidragsperiodens slut.",
        "Kommunen har ingen erinran mot bedömningen och återbetalar beloppet.",
    )
    out += [
        ("space", 6),
        para(
            "Sammanfattningsvis medger Kalix kommun återkrav med " + m(26830, "exmoms") + " och bestrider återkravet för "
            "aktiviteterna 4 och 5 samt för övriga kostnadsposter under aktivitet 1.",
            base,
            L,
        ),
        para(
            "<b>Bilagor</b><br/>1.1 Timlistor och faktura Kalix Buss AB, sportlovet 2023<br/>4.1 Kultur- och "
            "fritidsnämndens beslut 2021-11-24 § 88<br/>4.2 Verksamhetsberättelse Zebran 2022<br/>5.1 "
            "Tjänstebeskrivning arbetsmarknadscoach",
            base,
            L,
        ),
        ("space", 10),
        para("Ulrika Lindbäck<br/>Kultur- och fritidschef", base, L),
        para("Kontaktperson: Henrik Nyström, fritidskonsulent, 0923-651 07, henrik.nystrom@kalix.se", base, L),
    ]
    return out


@case
def prose_kalix():
    d = fresh("prose-kalix")
    L = Ledger8()
    name = "KFN 2024.418 Yttrande Socialstyrelsen.pdf"
    render_pdf(d / name, kalix_blocks(L), L, Page(footer="Sida {page}/{pages}", margins=(2.3 * cm, 2.3 * cm, 2.2 * cm, 2.2 * cm)))
    finish(
        d,
        name,
        "Kalix kommun",
        "2025-02-13",
        KALIX_ACTS,
        L,
        atts(("1.1", "1"), ("4.1", "4"), ("4.2", "4"), ("5.1", "5")),
        [
            {"name": "Ulrika Lindbäck", "role": "kultur- och fritidschef"},
            {"name": "Henrik Nyström", "role": "fritidskonsulent", "phone": "+4692365107", "email": "henrik.nystrom@kalix.se"},
        ],
        "Headings 'Aktivitet 4  Title' with, right-aligned in grey on the same line, where the agency's decision treats "
        "the activity ('Beslutet avsnitt 4.3, s. 7': neither is an activity number). Under each an unruled list of the "
        "reclaimed COST ITEMS ('– Lokalvård   9 200 kr exkl. moms') and a 'Summa återkrav' line: the claim is that sum; "
        "the items are money mentions too. A partial position names a cost item ('medger återkravet för "
        "materialkostnaden, 6 850 kr exkl. moms, men bestrider återkravet i övrigt'). Ids '1.1', '4.1' carry the "
        "activity number. Counts none.",
    )


# ------------------------------------------------------------------------------------------
# 4. Hedemora: the POSITION IS IN THE HEADING: "Aktivitet 2 – Title: återkravet bestrids" /
#    "… medges" / "… medges delvis" / "… kommunen återkommer". Under it "Återkrävt: 42 500:–"
#    (colon and EN dash); the partial sum "Kommunen återbetalar 12 000:–" in the text. The title is
#    the part before the colon.

HEDEMORA_ACTS = [
    Act(
        "2",
        "Sommarlovskollo på Husbyborg",
        D(42500),
        "disputes",
        ["excessive_cost", "purpose_mismatch"],
        ["1", "2"],
        needle="Aktivitet 2 – Sommarlovskollo",
    ),
    Act(
        "3",
        "Familjecentralens öppna förskola i Vikbyn",
        D(66750),
        "accepts_partial",
        ["ordinary_operations"],
        ["3"],
        repay=D(12000),
        needle="Aktivitet 3 – Familjecentralens",
    ),
    Act("6", "Nattvandrarnas utrustning", D(8400), "accepts_full", ["unverifiable_costs"], needle="Aktivitet 6 – Nattvandrarnas"),
    Act(
        "7",
        "Integrationslots på Norra Vikbyn",
        D(154000),
        "unclear",
        ["fabricated_documents"],
        ["4"],
        needle="Aktivitet 7 – Integrationslots",
    ),
    Act("10", "Idrott utan gränser", D(27300), "disputes", ["outside_grant_period"], ["5"], needle="Aktivitet 10 – Idrott"),
]


def hedemora_blocks(L) -> list:
    base = ParagraphStyle("hd", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
    head = ParagraphStyle(
        "hdh",
        parent=base,
        fontName="Helvetica-Bold",
        fontSize=12,
        leading=15,
        spaceBefore=12,
        spaceAfter=2,
        textColor=colors.HexColor("#5a2d0c"),
    )
    claim = ParagraphStyle("hdc", parent=base, fontName="Helvetica-Bold", fontSize=10, spaceAfter=4)
    A = {a.no: a for a in HEDEMORA_ACTS}

    def act(a: Act, verdict: str, text: list) -> list:
        return [para(f"Aktivitet {a.no} – {a.title}: {verdict}", head, L), para("Återkrävt: " + m(a.claimed, "endash"), claim, L)] + [
            para(t, base, L) for t in text
        ]

    out = [
        para("<font size=15><b>Hedemora kommun</b></font><br/>Socialförvaltningen", base, L),
        para("Socialstyrelsen<br/>Avdelningen för statsbidrag<br/>106 30 STOCKHOLM", base, L),
        para("Hedemora den 24 februari 2025<br/>Diarienummer SN 2024/0296", base, L),
        para(
            "<b>Yttrande över preliminärt beslut om återkrav, dnr 9.1-59108/2024</b>",
            ParagraphStyle("hx", parent=base, fontSize=12.5, leading=16, spaceBefore=6),
            L,
        ),
        para(
            "Socialnämnden i Hedemora kommun har fått möjlighet att yttra sig över Socialstyrelsens preliminära beslut. "
            "Återkravet avser fem aktiviteter och uppgår till " + m(298950, "endash") + ". Nämndens ställningstagande "
            "anges i rubriken för varje aktivitet och motiveras därunder.",
            base,
            L,
        ),
    ]
    out += act(
        A["2"],
        "återkravet bestrids",
        [
            "Socialstyrelsen anser att kollot blev för dyrt per deltagare och att en veckas kollo utanför området inte "
            "motsvarar bidragets syfte.",
            "Kollot riktade sig till 28 barn från Vikbyn och Gussarvshyttan som annars inte hade haft någon "
            "sommarlovsaktivitet. Kostnaden per barn motsvarar länets riktvärde för lägerverksamhet (bilaga 1). "
            "Barnen valdes ut i samråd med skolans kuratorer (bilaga 2).",
        ],
    )
    out += act(
        A["3"],
        "återkravet medges delvis",
        [
            "Enligt Socialstyrelsen har bidraget finansierat öppna förskolans ordinarie öppettider.",
            "Nämnden instämmer i att tisdagarna var ordinarie öppettid. Torsdagskvällarna var däremot nya och öppnades för "
            "familjer i området tack vare bidraget (bilaga 3). Kommunen återbetalar " + m(12000, "endash") + ", "
            "som motsvarar tisdagarna, och bestrider återkravet i övrigt.",
        ],
    )
    out += act(
        A["6"],
        "återkravet medges",
        [
            "Socialstyrelsen finner att inköpen av jackor och ficklampor inte styrkts med kvitton.",
            "Kvittona har inte gått att återfinna. Nämnden medger återkravet.",
        ],
    )
    out += act(
        A["7"],
        "kommunen återkommer",
        [
            "Socialstyrelsen ifrågasätter om de tidrapporter som lämnats in upprättades i samband med arbetet eller i efterhand.",
            "Frågan utreds av kommunens revisorer (bilaga 4). Nämnden tar ställning till återkravet när revisorernas "
            "rapport föreligger, vilket beräknas ske i april 2025.",
        ],
    )
    out += act(
        A["10"],
        "återkravet bestrids",
        [
            "Enligt Socialstyrelsen genomfördes aktiviteten efter bidragsperioden.",
            "Terminen startade i december 2023 och samtliga kostnader uppstod under 2023, vilket fakturan från "
            "föreningen visar (bilaga 5).",
        ],
    )
    out += [
        ("space", 6),
        para(
            "Bilagor:<br/>1 Riktvärden lägerverksamhet, Region Dalarna<br/>2 Urvalsrutin kollo 2023<br/>"
            "3 Schema öppna förskolan Vikbyn<br/>4 Revisionsuppdrag, PM 2025-02-03<br/>5 Faktura Hedemora Innebandy "
            "nr 2023-112",
            base,
            L,
        ),
        ("space", 8),
        para("För socialnämnden", base, L),
        ("space", 14),
        para("Lars-Göran Wiklund (S)<br/>Ordförande", base, L),
        para(
            "Frågor om yttrandet besvaras av Therese Holm, kvalitetsutvecklare, telefon 0225-343 21, e-post therese.holm@hedemora.se.",
            base,
            L,
        ),
    ]
    return out


@case
def prose_hedemora():
    d = fresh("prose-hedemora")
    L = Ledger8()
    name = "SN 2024-0296 Yttrande över preliminärt återkrav.pdf"
    render_pdf(d / name, hedemora_blocks(L), L, Page(footer="{page}"))
    finish(
        d,
        name,
        "Hedemora kommun",
        "2025-02-24",
        HEDEMORA_ACTS,
        L,
        atts(("1", "2"), ("2", "2"), ("3", "3"), ("4", "7")) + [{"attachment_id": "5", "activity_no": "10", "invoice_number": "2023-112"}],
        [
            {"name": "Lars-Göran Wiklund", "role": "ordförande", "party": "S"},
            {"name": "Therese Holm", "role": "kvalitetsutvecklare", "phone": "+4622534321", "email": "therese.holm@hedemora.se"},
        ],
        "The POSITION IS IN THE HEADING: 'Aktivitet 2 – Title: återkravet bestrids' / ': återkravet medges' / ': "
        "återkravet medges delvis' / ': kommunen återkommer' (unclear). The title is the part before the colon. Under "
        "each heading 'Återkrävt: 42 500:–' (colon and EN DASH). The partial sum appears in the text ('Kommunen "
        "återbetalar 12 000:–, som motsvarar tisdagarna'). 'Faktura … nr 2023-112' is named in the list (an "
        "attachment label, no invoice supplied): the attachment's invoice number, and activity 10's invoice link.",
        quantities=[{"value": 28, "unit": "barn"}],
        activity_invoices={"10": [{"invoice_number": "2023-112"}]},
    )


# ------------------------------------------------------------------------------------------
# 5. Eksjö: a letter laid out as in Pages: an embedded condensed serif (DejaVu Serif Condensed),
#    very wide margins (4.2 cm), the activity number HANGING in the left margin beside a bold
#    title, and under it "Socialstyrelsen skriver:" followed by the agency's own wording quoted in
#    italics (the claimed sum only inside that quote), then "Vår kommentar:" with the position.
#    The attachment list with hanging indents ("Bilaga 3   text").

FONT8 = "E8Serif"


def serif8() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT8 in pdfmetrics.getRegisteredFontNames():
        return
    base = Path("/usr/share/fonts/truetype/dejavu")
    for face, file in [
        (FONT8, "DejaVuSerifCondensed.ttf"),
        (FONT8 + "-Bold", "DejaVuSerifCondensed-Bold.ttf"),
        (FONT8 + "-Italic", "DejaVuSerifCondensed-Italic.ttf"),
        (FONT8 + "-BoldItalic", "DejaVuSerifCondensed-BoldItalic.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(face, str(base / file)))
    addMapping(FONT8, 0, 0, FONT8)
    addMapping(FONT8, 1, 0, FONT8 + "-Bold")
    addMapping(FONT8, 0, 1, FONT8 + "-Italic")
    addMapping(FONT8, 1, 1, FONT8 + "-BoldItalic")
    genre_kit.BOLD.setdefault(FONT8, FONT8 + "-Bold")


EKSJO_ACTS = [
    Act(
        "1",
        "Mötesplats Prästängen",
        D(64200),
        "disputes",
        ["ordinary_operations", "purpose_mismatch"],
        ["1"],
        needle="Mötesplats Prästängen",
    ),
    Act("3", "Sommarskola i matematik", D(23900), "accepts_full", ["ordinary_operations"], needle="Sommarskola i matematik"),
    Act(
        "5",
        "Trygghetsvärdar vid resecentrum",
        D(81750),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2", "3"],
        repay=D(11200),
        needle="Trygghetsvärdar vid resecentrum",
    ),
    Act("8", "Kulturskolans öppna ateljé", D(17400), "disputes", ["description_mismatch"], ["4"], needle="Kulturskolans öppna ateljé"),
]


def eksjo_blocks(L) -> list:
    serif8()
    base = ParagraphStyle("e", fontName=FONT8, fontSize=11, leading=15.5, spaceAfter=7)
    hang = ParagraphStyle(
        "eh",
        parent=base,
        fontName=FONT8 + "-Bold",
        fontSize=12.5,
        leading=16,
        spaceBefore=14,
        spaceAfter=5,
        bulletIndent=-1.1 * cm,
        bulletFontName=FONT8 + "-Bold",
        bulletFontSize=12.5,
    )
    quote = ParagraphStyle(
        "eq", parent=base, fontName=FONT8 + "-Italic", leftIndent=0.8 * cm, rightIndent=0.4 * cm, textColor=colors.HexColor("#333333")
    )
    label = ParagraphStyle("el", parent=base, fontName=FONT8 + "-Bold", spaceAfter=2)
    listed = ParagraphStyle("eli", parent=base, leftIndent=2.0 * cm, firstLineIndent=-2.0 * cm, spaceAfter=3)
    A = {a.no: a for a in EKSJO_ACTS}
    out = [
        para("<font size=16>Eksjö kommun</font><br/><font size=9.5>Bildningsförvaltningen · Stadshuset · 575 80 Eksjö</font>", base, L),
        ("space", 18),
        para("Socialstyrelsen<br/>106 30 Stockholm", base, L),
        para("Eksjö, 19 februari 2025", base, L),
        para(
            "<b>Yttrande över Socialstyrelsens preliminära beslut om återkrav<br/>Ert dnr 9.1-57031/2024 · Vårt dnr BIN 2024/205</b>",
            ParagraphStyle("et", parent=base, fontSize=12.5, leading=17, spaceBefore=8, spaceAfter=10),
            L,
        ),
        para(
            "Eksjö kommun tackar för möjligheten att yttra sig. Nedan återger vi för varje aktivitet det som "
            "Socialstyrelsen skriver i det preliminära beslutet och lämnar därefter vår kommentar. Det sammanlagda "
            "återkravet är " + m(187250, "kronor") + ".",
            base,
            L,
        ),
    ]

    def act(a: Act, agency: str, comment: str) -> list:
        return [
            ("lazy", lambda t=a.title, n=a.no: Paragraph(t, hang, bulletText=n)),
            para("Socialstyrelsen skriver:", label, L),
            para("”" + agency + "”", quote, L),
            para("<b>Vår kommentar:</b> " + comment, base, L),
        ]

    out += act(
        A["1"],
        "Mötesplatsen har funnits sedan 2019 och har finansierats inom fritidsverksamhetens ram. Bidraget "
        "om " + m(64200, "kronor") + " har därmed använts till ordinarie verksamhet och inte till en insats som "
        "motsvarar bidragets syfte.",
        "Mötesplatsen fanns tidigare, men bara två eftermiddagar i veckan. Med bidraget utökades verksamheten "
        "till fem kvällar med fältassistenter på plats, se bilaga 1. Vi delar därför inte bedömningen och anser "
        "att återkravet ska falla.",
    )
    out += act(
        A["3"],
        "Sommarskola ingår i skolans ordinarie uppdrag. Kostnaden, " + m(23900, "kronor") + ", ska återbetalas.",
        "Vi accepterar återkravet.",
    )
    out += act(
        A["5"],
        "Av redovisningen framgår lönekostnader om " + m(81750, "kronor") + " för trygghetsvärdar. Det "
        "saknas tidrapporter som visar att värdarna arbetat vid resecentrum under de redovisade timmarna.",
        "Tidrapporter finns för vårterminen 2023 och bifogas (bilagorna 2 och 3). För hösten saknas de. Vi kan "
        "därför acceptera ett återkrav om " + m(11200, "kronor") + ", som motsvarar höstens timmar, men inte mer.",
    )
    out += act(
        A["8"],
        "Beskrivningen av ateljén avser bildverksamhet för barn, medan kostnaderna avser inköp av "
        "ljudutrustning om " + m(17400, "kronor") + ". Beskrivning och kostnader stämmer inte överens.",
        "Ljudutrustningen köptes till ateljéns podd- och musikverkstad, som startades hösten 2022 och beskrivs i "
        "bilaga 4. Kommunen bestrider återkravet.",
    )
    out += [
        ("space", 6),
        para("Sammantaget godtar kommunen att " + m(35100, "kronor") + " betalas tillbaka.", base, L),
        para("<b>Bilagor</b>", label, L),
        para("Bilaga 1\u2003Schema och bemanning Mötesplats Prästängen 2022–2023", listed, L),
        para("Bilaga 2\u2003Tidrapporter trygghetsvärdar januari–mars 2023", listed, L),
        para("Bilaga 3\u2003Tidrapporter trygghetsvärdar april–juni 2023", listed, L),
        para("Bilaga 4\u2003Verksamhetsbeskrivning podd- och musikverkstaden", listed, L),
        ("space", 14),
        para("Med vänlig hälsning", base, L),
        ("space", 12),
        para("Anneli Wahlgren<br/>Förvaltningschef", base, L),
        para("<font size=9.5>Kontakt: Björn Axelsson, controller, 0381-361 52, bjorn.axelsson@eksjo.se</font>", base, L),
    ]
    return out


@case
def prose_eksjo():
    d = fresh("prose-eksjo")
    L = Ledger8()
    name = "Eksjö kommun – yttrande återkrav.pdf"
    serif8()
    render_pdf(d / name, eksjo_blocks(L), L, Page(footer="{page}", margins=(4.2 * cm, 4.2 * cm, 2.6 * cm, 2.4 * cm), font="Times-Roman"))
    finish(
        d,
        name,
        "Eksjö kommun",
        "2025-02-19",
        EKSJO_ACTS,
        L,
        atts(("1", "1"), ("2", "5"), ("3", "5"), ("4", "8")),
        [
            {"name": "Anneli Wahlgren", "role": "förvaltningschef"},
            {"name": "Björn Axelsson", "role": "controller", "phone": "+4638136152", "email": "bjorn.axelsson@eksjo.se"},
        ],
        "A Pages-like letter: embedded DejaVu Serif Condensed, very wide margins (4.2 cm), the activity number HANGING "
        "in the left margin beside a bold title (no word 'Aktivitet'). Under each: 'Socialstyrelsen skriver:' and the "
        "agency's wording quoted in italics within ” ” (the claimed sum is printed only inside the quote), then 'Vår "
        "kommentar:' with the position ('anser att återkravet ska falla', 'Vi accepterar återkravet', 'Vi kan därför "
        "acceptera ett återkrav om 11 200 kronor … men inte mer', 'bestrider'). Attachment list with hanging indents "
        "('Bilaga 1<em space>text').",
    )


# ------------------------------------------------------------------------------------------
# 5b. Bollnäs: each activity is a two-column block without rules: a grey left column holds the
#     facts ("Aktivitet 3", the title, "Återkrav" with the sum "42 500,00 SEK", "Bilagor 3:1, 3:2")
#     and the right column the text under run-in labels. A partial position also names the
#     DISPUTED REMAINDER ("medger 15 000,00 SEK … och bestrider resterande 27 500,00 SEK").
#     Attachment ids "3:1" (activity:number).

BOLLNAS_ACTS = [
    Act(
        "3",
        "Lovskola och lovaktiviteter i Ren",
        D(42500),
        "accepts_partial",
        ["unverifiable_costs", "conditions_not_met"],
        ["3:1", "3:2"],
        repay=D(15000),
        needle="Lovskola och lovaktiviteter i Ren",
    ),
    Act("4", "Fritidsbanken Bollnäs", D(38000), "disputes", ["purpose_mismatch"], ["4:1"], needle="Fritidsbanken Bollnäs"),
    Act(
        "7",
        "Brobyggare i Kilafors",
        D(126300),
        "disputes",
        ["exercise_of_authority", "ordinary_operations"],
        ["7:1", "7:2"],
        needle="Brobyggare i Kilafors",
    ),
    Act("8", "Tjejgrupp på Säversta", D(11250), "accepts_full", ["missing_description"], needle="Tjejgrupp på Säversta"),
]


def bollnas_blocks(L) -> list:
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    side = ParagraphStyle("bs", parent=base, fontSize=9, leading=12, spaceAfter=3)
    sideb = ParagraphStyle("bsb", parent=side, fontName="Helvetica-Bold", fontSize=10.5, leading=13)
    A = {a.no: a for a in BOLLNAS_ACTS}
    out = [
        para("<font size=14><b>Bollnäs kommun</b></font><br/>Socialförvaltningen, Stöd och utveckling", base, L),
        para("Socialstyrelsen<br/>106 30 Stockholm", base, L),
        para("Datum 2025-02-14 &nbsp;&nbsp; Vår beteckning SN 2024/402 &nbsp;&nbsp; Er beteckning 9.1-60677/2024", base, L),
        para(
            "<b>Yttrande över preliminärt beslut om återkrav</b>",
            ParagraphStyle("bt", parent=base, fontSize=13, leading=17, spaceBefore=6),
            L,
        ),
        para(
            "Bollnäs kommun har tagit del av Socialstyrelsens preliminära beslut, som omfattar fyra aktiviteter och ett "
            "återkrav om sammanlagt " + m(218050, "krsek") + ". Kommunen yttrar sig nedan över varje aktivitet.",
            base,
            L,
        ),
    ]

    def block(a: Act, atts_: str, agency: str, answer: str) -> tuple:
        left = (f"Aktivitet {a.no}<br/><br/>", a.title, "Återkrav<br/>" + m(a.claimed, "krsek"), atts_)
        filled_left = [L.fill(x) for x in left]
        right = [L.fill("<b>Socialstyrelsens bedömning</b><br/>" + agency), L.fill("<b>Kommunens svar</b><br/>" + answer)]

        def make():
            lc = [
                Paragraph(filled_left[0], sideb),
                Paragraph(filled_left[1], ParagraphStyle("bst", parent=side, fontName="Helvetica-Bold")),
                Paragraph(filled_left[2], side),
                Paragraph(filled_left[3], side),
            ]
            rc = [Paragraph(t, base) for t in right]
            t = Table([[lc, rc]], colWidths=[4.3 * cm, 12.0 * cm], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#ececec")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (0, 0), 6),
                        ("LEFTPADDING", (1, 0), (1, 0), 12),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                )
            )
            return t

        return ("lazy", make)

    out += [
        block(
            A["3"],
            "Bilagor 3:1, 3:2",
            "Kostnaderna för lovskolans lärare kan inte verifieras, och villkoret att insatsen ska riktas till boende "
            "i området är inte visat uppfyllt för lovaktiviteterna.",
            "Lärarnas timlistor bifogas (bilaga 3:1) och visar att lovskolan bemannades som redovisat. För "
            "lovaktiviteterna saknas deltagarlistor; utflykten till Orsa grönklitt (bilaga 3:2) var öppen för alla "
            "barn i kommunen. Bollnäs kommun medger därför " + m(15000, "krsek") + ", som avser utflykten, och "
            "bestrider resterande " + m(27500, "krsek") + ".",
        ),
        ("space", 8),
    ]
    out += [
        block(
            A["4"],
            "Bilaga 4:1",
            "Fritidsbanken är en verksamhet för hela kommunen och ligger utanför bidragets syfte.",
            "Fritidsbanken flyttade 2022 till Ren, i det utpekade området, och lånen under perioden gick till 71 "
            "procent till barn som bor där (bilaga 4:1). Kommunen bestrider återkravet.",
        ),
        ("space", 8),
    ]
    out += [
        block(
            A["7"],
            "Bilagor 7:1, 7:2",
            "Brobyggarna har deltagit i socialtjänstens utredningar, vilket är myndighetsutövning, och tjänsterna "
            "fanns redan före bidragsperioden.",
            "Brobyggarna har tolkat och förklarat vid möten men aldrig utrett eller beslutat (bilaga 7:1). De två "
            "tjänsterna inrättades i mars 2022 (bilaga 7:2). Kommunen anser att återkravet saknar grund och "
            "bestrider det i sin helhet.",
        ),
        ("space", 8),
    ]
    out += [
        block(
            A["8"],
            "–",
            "Det saknas en beskrivning av tjejgruppens innehåll och målgrupp.",
            "Kommunen godtar Socialstyrelsens bedömning och medger återkravet.",
        ),
        ("space", 10),
    ]
    out += [
        para("Kommunen medger alltså återkrav om sammanlagt " + m(26250, "krsek") + ".", base, L),
        para(
            "<b>Bilagor</b><br/>3:1 Timlistor lovskola sommaren 2023<br/>3:2 Program utflykt Orsa grönklitt<br/>"
            "4:1 Utlåningsstatistik Fritidsbanken 2022–2023<br/>7:1 Uppdragsbeskrivning brobyggare<br/>"
            "7:2 Anställningsbeslut brobyggare, mars 2022",
            base,
            L,
        ),
        ("space", 10),
        para("På socialnämndens vägnar<br/><br/>Eva-Lena Jonsson<br/>Socialchef", base, L),
        para("Handläggare Amir Haddad, controller, 0278-253 19, amir.haddad@bollnas.se", base, L),
    ]
    return out


@case
def prose_bollnas():
    d = fresh("prose-bollnas")
    L = Ledger8()
    name = "SN 2024-402 Yttrande Socialstyrelsen återkrav.pdf"
    render_pdf(d / name, bollnas_blocks(L), L, Page(footer="{page} ({pages})", margins=(2.3 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm)))
    finish(
        d,
        name,
        "Bollnäs kommun",
        "2025-02-14",
        BOLLNAS_ACTS,
        L,
        atts(("3:1", "3"), ("3:2", "3"), ("4:1", "4"), ("7:1", "7"), ("7:2", "7")),
        [
            {"name": "Eva-Lena Jonsson", "role": "socialchef"},
            {"name": "Amir Haddad", "role": "controller", "phone": "+4627825319", "email": "amir.haddad@bollnas.se"},
        ],
        "Each activity is a two-column block without rules: a GREY LEFT COLUMN with the facts ('Aktivitet 3', the title "
        "in bold, 'Återkrav' and '42 500,00 SEK' under it, 'Bilagor 3:1, 3:2') and a right column with 'Socialstyrelsens "
        "bedömning' / 'Kommunens svar'. The partial position names both the accepted sum and the DISPUTED REMAINDER "
        "('medger därför 15 000,00 SEK … och bestrider resterande 27 500,00 SEK'): the repayment is 15 000. Attachment "
        "ids '3:1' (activity:number); the left column's 'Bilagor 3:1, 3:2' line is a reference too. '71 procent' is "
        "not money.",
    )


# ------------------------------------------------------------------------------------------
# 6. Falkenberg: the answer is one ruled table whose ROWS ARE INVOICES (and pay lists), grouped
#    under a shaded full-width header row per activity ("Aktivitet 2 – Title"), a row with the
#    agency's reasons, the invoice rows (Bil. / Underlag / Leverantör / Datum / Belopp), a subtotal
#    row "Återkrävt, aktivitet 2" (= the claim) and a full-width position row. A grand total row.

FALKENBERG = [
    (
        "2",
        "Lovaktiviteter Tröingeberg",
        ["unverifiable_costs"],
        [
            ("2.1", "Faktura 48812", "Falkenbergs Buss AB", "2023-07-04", 6400),
            ("2.2", "Faktura F2023-118", "Ateljé Skrea, enskild firma", "2023-07-12", 3450),
            ("2.3", "Faktura 10573", "Sportkompaniet i Halland AB", "2023-06-28", 12980),
        ],
        "accepts_partial",
        3450,
        "Medges delvis: kommunen återbetalar " + m(3450, "kr") + " (faktura F2023-118, där deltagarlista saknas). "
        "I övrigt bestrids återkravet.",
    ),
    (
        "4",
        "Nattfotboll i Hertingshallen",
        ["ordinary_operations"],
        [
            ("4.1", "Faktura 2023-0441", "Hallands Domarklubb", "2023-03-31", 8200),
            ("4.2", "Faktura 77120", "Vakt & Trygghet Väst AB", "2023-04-15", 21600),
        ],
        "disputes",
        None,
        "Bestrids. Nattfotbollen startade 2022 med bidraget och har inte funnits i ordinarie budget.",
    ),
    (
        "5",
        "Föräldrautbildning ABC i Hertings",
        ["purpose_mismatch"],
        [("5.1", "Faktura 1187", "Studieförbundet Vuxenskolan Halland", "2023-05-09", 14500)],
        "accepts_full",
        None,
        "Medges. Kommunen återbetalar beloppet.",
    ),
    (
        "7",
        "Feriearbete i Falkenbergs centrum",
        ["outside_grant_period", "unverifiable_costs"],
        [
            ("7.1", "Lönelista juli 2023", "Feriearbetare, 23 personer", "2023-07-25", 46250),
            ("7.2", "Lönelista augusti 2023", "Feriearbetare, 9 personer", "2023-08-25", 18900),
        ],
        "disputes",
        None,
        "Bestrids. Lönerna betalades ut under 2023 och lönelistorna visar varje utbetalning.",
    ),
]


def falkenberg_acts() -> list:
    acts = []
    for no, title, reasons, rows, pos, repay, _ in FALKENBERG:
        claimed = sum((D(r[4]) for r in rows), Decimal(0))
        acts.append(
            Act(
                no,
                title,
                claimed,
                pos,
                reasons,
                [r[0] for r in rows],
                repay=D(repay) if repay else None,
                needle=f"Aktivitet {no} – {title}",
            )
        )
    return acts


def falkenberg_blocks(L) -> list:
    base = ParagraphStyle("f", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    cell = ParagraphStyle("fc", parent=base, fontSize=8.8, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("fcb", parent=cell, fontName="Helvetica-Bold")
    reasons_txt = {
        "2": "Socialstyrelsens skäl: kostnaderna kan inte kopplas till aktiviteten; deltagarlistor saknas.",
        "4": "Socialstyrelsens skäl: nattfotbollen bedöms vara en del av ordinarie fritidsverksamhet.",
        "5": "Socialstyrelsens skäl: föräldrautbildningen ligger utanför bidragets syfte.",
        "7": "Socialstyrelsens skäl: lönerna avser tid efter bidragsperioden och kan inte verifieras.",
    }
    acts = falkenberg_acts()
    total = sum((a.claimed for a in acts), Decimal(0))
    out = [
        para("<b>Falkenbergs kommun</b><br/>Kultur- och fritidsförvaltningen", base, L),
        para("Socialstyrelsen<br/>106 30 Stockholm", base, L),
        para("Falkenberg 2025-02-11 · Dnr KFN 2024/0157 · Ert dnr 9.1-60233/2024", base, L),
        para("<b>Yttrande över preliminärt beslut om återkrav</b>", ParagraphStyle("ft", parent=base, fontSize=13, leading=17), L),
        para(
            "Socialstyrelsen har i sitt preliminära beslut ifrågasatt kostnader under fyra aktiviteter. Kommunen har "
            "nedan ställt samman de fakturor och lönelistor som ligger bakom varje återkrävt belopp, med "
            "kommunens ställningstagande per aktivitet. Underlagen bifogas med de bilagenummer som anges i tabellen.",
            base,
            L,
        ),
    ]
    rows = [["Bil.", "Underlag", "Leverantör / avser", "Datum", "Belopp (kr)"]]
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9d7c1"))]
    for no, title, _reasons, inv, _pos, _repay, text in FALKENBERG:
        a = next(x for x in acts if x.no == no)
        r0 = len(rows)
        rows.append([f"<b>Aktivitet {no} – {title}</b>", "", "", "", ""])
        rows.append([reasons_txt[no], "", "", "", ""])
        for bil, doc, sup, date, amt in inv:
            rows.append([bil, doc, sup, date, m(amt, "bare")])
        rows.append(["", "<b>Återkrävt, aktivitet " + no + "</b>", "", "", "<b>" + m(a.claimed, "bare") + "</b>"])
        rows.append(["<b>Kommunens ställningstagande:</b> " + text, "", "", "", ""])
        r1 = len(rows) - 1
        cmds += [
            ("SPAN", (0, r0), (-1, r0)),
            ("SPAN", (0, r0 + 1), (-1, r0 + 1)),
            ("SPAN", (1, r1 - 1), (3, r1 - 1)),
            ("SPAN", (0, r1), (-1, r1)),
            ("BACKGROUND", (0, r0), (-1, r0), colors.HexColor("#eef2ea")),
            ("BACKGROUND", (0, r1 - 1), (-1, r1 - 1), colors.HexColor("#f4f4f4")),
        ]
    rows.append(["", "<b>Totalt återkrav enligt preliminärt beslut</b>", "", "", "<b>" + m(total, "bare") + "</b>"])
    cmds += [("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)), ("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 1.2, colors.black)]
    out.append(grid(rows, L, [1.2 * cm, 3.6 * cm, 5.6 * cm, 2.3 * cm, 2.6 * cm], cell, cellb, cmds, header=1, right=(4,)))
    out += [
        ("space", 8),
        para("Kommunen medger därmed återkrav med sammanlagt " + m(17950, "kr") + ".", base, L),
        para(
            "Bilagor enligt tabellen: 2.1 Faktura 48812 Falkenbergs Buss AB · 2.2 Faktura F2023-118 Ateljé Skrea · "
            "2.3 Faktura 10573 Sportkompaniet i Halland AB · 4.1 Faktura 2023-0441 Hallands Domarklubb · "
            "4.2 Faktura 77120 Vakt &amp; Trygghet Väst AB · 5.1 Faktura 1187 Studieförbundet Vuxenskolan Halland · "
            "7.1 Lönelista juli 2023 · 7.2 Lönelista augusti 2023",
            base,
            L,
        ),
        ("space", 10),
        para("Malin Strandberg<br/>Förvaltningschef, kultur- och fritidsförvaltningen", base, L),
        para("Handläggare: Oskar Lindeborg, ekonom, 0346-88 63 41, oskar.lindeborg@falkenberg.se", base, L),
    ]
    return out


@case
def table_falkenberg():
    d = fresh("table-falkenberg")
    L = Ledger8()
    name = "Falkenbergs kommun yttrande KFN 2024-0157.pdf"
    acts = falkenberg_acts()
    render_pdf(d / name, falkenberg_blocks(L), L, Page(footer="{page} ({pages})", margins=(2.2 * cm, 2.0 * cm, 2.2 * cm, 2.2 * cm)))
    invno = {}
    for _no, _, _, inv, *_ in FALKENBERG:
        for bil, doc, *_ in inv:
            invno[bil] = doc.split(" ", 1)[1] if doc.startswith("Faktura ") else None
    attachments = [{"attachment_id": bil, "activity_no": bil.split(".")[0], "invoice_number": n} for bil, n in invno.items()]
    links = {}
    for bil, n in invno.items():
        if n:
            links.setdefault(bil.split(".")[0], []).append({"invoice_number": n})
    finish(
        d,
        name,
        "Falkenbergs kommun",
        "2025-02-11",
        acts,
        L,
        attachments,
        [
            {"name": "Malin Strandberg", "role": "förvaltningschef"},
            {"name": "Oskar Lindeborg", "role": "ekonom", "phone": "+46346886341", "email": "oskar.lindeborg@falkenberg.se"},
        ],
        "One ruled table whose ROWS ARE INVOICES and pay lists, grouped per activity: a shaded full-width row "
        "'Aktivitet 2 – Title', a full-width 'Socialstyrelsens skäl: …' row, the invoice rows (Bil. / Underlag "
        "'Faktura 48812' / Leverantör / Datum / Belopp), a subtotal row 'Återkrävt, aktivitet 2' (= the claim: printed "
        "only there) and a full-width 'Kommunens ställningstagande: …' row; a grand total row. Pay lists (7.1, 7.2) "
        "have no invoice number. The Bil. cells in an activity's group are its attachment references; the list after "
        "the table is one run-in paragraph separated by '·'.",
        activity_invoices=links,
        municipality="Falkenberg",  # the municipality's name, not the genitive in "Falkenbergs kommun"
    )


# ------------------------------------------------------------------------------------------
# 7. Eslöv: landscape. A first table (Nr / Aktivitet / Återkrävt belopp / Socialstyrelsens
#    bedömning / Kommunens kommentar) runs over two pages with its header repeated; the positions
#    are NOT in it but in a SECOND, narrow table below it ("Nr / Kommunens ställningstagande /
#    Återbetalas"), on the last page. Amounts with öre and no currency in the tables.

ESLOV_ACTS = [
    Act("1", "Uppsökande fritidsledare i Väster", D("118400.00"), "disputes", ["ordinary_operations"], ["1"]),
    Act("2", "Läger för unga i Stehag", D("36975.50"), "accepts_partial", ["excessive_cost"], ["2"], repay=D("9000.00")),
    Act("4", "Språkvänner på biblioteket", D("12600.00"), "accepts_full", ["missing_description"]),
    Act("6", "Trygghetsinventering Östra Eslöv", D("54250.00"), "disputes", ["purpose_mismatch"], ["3", "4"]),
    Act("9", "Kvällsfotboll Trollsjöområdet", D("27800.00"), "accepts_full", ["outside_grant_period"]),
    Act("10", "Mentorer för nyanlända elever", D("89300.00"), "unclear", ["unverifiable_costs", "description_mismatch"], ["5"]),
]

ESLOV_TEXT = {
    "1": (
        "Fritidsledarna bedöms ha ingått i fritidsgårdens ordinarie bemanning. Bidraget kan därför inte anses ha "
        "finansierat en ny insats i området.",
        "Tjänsterna inrättades i januari 2022 särskilt för det uppsökande arbetet i Väster och finansierades helt "
        "med bidraget. Fritidsgårdens ordinarie bemanning var oförändrad under perioden (bilaga 1).",
    ),
    "2": (
        "Kostnaden per deltagare för lägret överstiger vad som kan anses skäligt för en insats av detta slag.",
        "Kostnaden för logi och transport var hög eftersom lägret bokades sent. Kommunen godtar att den del som "
        "överstiger länets riktvärde återbetalas (bilaga 2).",
    ),
    "4": (
        "Redovisningen saknar en beskrivning av insatsen och av vilka som har deltagit.",
        "Kommunen har ingen invändning mot bedömningen.",
    ),
    "6": (
        "En inventering av belysning och buskage bedöms inte ligga inom bidragets syfte att minska socioekonomiska skillnader.",
        "Inventeringen gjordes med boende och ungdomar och ledde till åtgärder som fritidsgården och "
        "bostadsbolaget genomförde tillsammans. Se protokoll och åtgärdslista (bilagorna 3 och 4).",
    ),
    "9": ("Aktiviteten genomfördes under våren 2024, efter bidragsperiodens slut.", "Uppgiften stämmer; terminen försköts av planskäl."),
    "10": (
        "Lönekostnaderna för mentorerna kan inte verifieras, och beskrivningen avser läxhjälp medan kostnaderna "
        "avser handledning av lärare.",
        "Kommunen har begärt ut underlag från Eslövs Folkhögskola, som anställde mentorerna (bilaga 5). Svar väntas i mars.",
    ),
}


def eslov_blocks(L) -> list:
    base = ParagraphStyle("es", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    cell = ParagraphStyle("esc", parent=base, fontSize=10.5, leading=14.5, spaceAfter=0)
    cellb = ParagraphStyle("escb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    out = [
        para("<b>ESLÖVS KOMMUN</b> · Kultur- och fritidsnämnden", base, L),
        para("Till Socialstyrelsen, enheten för statsbidrag · Eslöv 2025-02-26 · Dnr KFN.2024.0092 · Ert dnr 9.1-58814/2024", base, L),
        para(
            "<b>Yttrande över preliminärt beslut om återkrav av statsbidrag 2021–2023</b>",
            ParagraphStyle("est", parent=base, fontSize=13, leading=17),
            L,
        ),
        para(
            "Kultur- och fritidsnämnden lämnar synpunkter på de sex aktiviteter som återkravet gäller. Tabell 1 "
            "återger Socialstyrelsens bedömning och kommunens kommentar; kommunens ställningstagande och det belopp "
            "kommunen återbetalar framgår av tabell 2. Sammanlagt återkrävs " + m(D("339325.50"), "dec") + ".",
            base,
            L,
        ),
        para(
            "Nämnden har gått igenom redovisningarna för 2022 och 2023 tillsammans med förvaltningens ekonomer och "
            "verksamhetsansvariga. Underlag som inte fanns med i den ursprungliga redovisningen bifogas nu. Där "
            "kommunen delar Socialstyrelsens bedömning anges det i tabell 2.",
            base,
            L,
        ),
        para(
            "Bidraget har i Eslöv använts i Väster och Östra Eslöv, de två områden som kommunen i sin ansökan "
            "angav som socioekonomiskt eftersatta. Insatserna har planerats i samverkan med bostadsbolaget Eslövs "
            "Bostäder, polisen och föreningslivet och har följts upp i nämndens internkontroll.",
            base,
            L,
        ),
        para("<b>Tabell 1. Återkrävda aktiviteter</b>", base, L),
    ]
    rows = [["Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens bedömning", "Kommunens kommentar"]]
    for a in ESLOV_ACTS:
        agency, comment = ESLOV_TEXT[a.no]
        rows.append([a.no, a.title, m(a.claimed, "baredec"), agency, comment])
    hdr = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2e5c4f")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#8fa89f")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2e5c4f")),
    ]
    out.append(grid(rows, L, [1.0 * cm, 4.4 * cm, 2.9 * cm, 7.0 * cm, 7.0 * cm], cell, cellb, hdr, header=1, right=(2,)))
    out.append(("space", 10))
    out.append(para("<b>Tabell 2. Kommunens ställningstagande</b>", base, L))
    pos = {
        "1": "Bestrider återkravet.",
        "2": "Medger återkravet delvis.",
        "4": "Medger återkravet.",
        "6": "Bestrider återkravet.",
        "9": "Medger återkravet.",
        "10": "Tar ställning när underlag från folkhögskolan har kommit in.",
    }
    rows2 = [["Nr", "Kommunens ställningstagande", "Återbetalas"]]
    for a in ESLOV_ACTS:
        if a.position == "unclear":
            pay = "–"
        else:
            pay = m(D(a.repayment()), "opt_baredec" if a.position == "disputes" else "baredec")
        rows2.append([a.no, pos[a.no], pay])
    rows2.append(["", "<b>Summa som återbetalas</b>", "<b>" + m(D("49400.00"), "baredec") + "</b>"])
    out.append(grid(rows2, L, [1.0 * cm, 9.5 * cm, 3.0 * cm], cell, cellb, hdr, header=1, right=(2,)))
    out += [
        ("space", 6),
        para(
            "Bilagor: 1 Tjänstebeskrivningar fritidsledare Väster · 2 Kostnadssammanställning läger Stehag · 3 Protokoll "
            "trygghetsvandring 2022-10-06 · 4 Åtgärdslista Östra Eslöv · 5 Begäran om underlag, Eslövs Folkhögskola",
            base,
            L,
        ),
        para(
            "Eslöv som ovan<br/><br/>Camilla Ohlsson (M), ordförande i kultur- och fritidsnämnden<br/>"
            "Kontakt: Peter Dahlgren, nämndsekreterare, 0413-620 37, peter.dahlgren@eslov.se",
            base,
            L,
        ),
    ]
    return out


@case
def table_eslov():
    from reportlab.lib.pagesizes import landscape

    d = fresh("table-eslov")
    L = Ledger8()
    name = "KFN.2024.0092 Eslöv yttrande tabell.pdf"
    render_pdf(
        d / name,
        eslov_blocks(L),
        L,
        Page(size=landscape(A4), footer="Sida {page} av {pages}", margins=(1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm)),
    )
    texts = page_texts(d / name)
    page = 1
    for a in ESLOV_ACTS:  # the row's title in table 1 (the second table repeats only the numbers)
        page = page_of(texts, a.title, page)
        a.needle = a.title
    g = finish(
        d,
        name,
        "Eslövs kommun",
        "2025-02-26",
        ESLOV_ACTS,
        L,
        atts(("1", "1"), ("2", "2"), ("3", "6"), ("4", "6"), ("5", "10")),
        [
            {"name": "Camilla Ohlsson", "role": "ordförande", "party": "M"},
            {"name": "Peter Dahlgren", "role": "nämndsekreterare", "phone": "+4641362037", "email": "peter.dahlgren@eslov.se"},
        ],
        "Landscape. Table 1 (Nr / Aktivitet / Återkrävt belopp / Socialstyrelsens bedömning / Kommunens kommentar) "
        "runs over two pages with its dark header row repeated; the comments state no position. The positions are "
        "in a SECOND, narrow Table 2 below it on the last page (Nr / Kommunens ställningstagande / Återbetalas: "
        "'Medger återkravet delvis.' with the sum 9 000,00 only in the Återbetalas cell; '–' for the undecided one; "
        "zeros optional; a Summa row). Amounts with öre and no currency in the tables ('36 975,50').",
        municipality="Eslöv",  # the municipality's name, not the genitive in "Eslövs kommun"
    )
    assert g["page_count"] >= 2


# ------------------------------------------------------------------------------------------
# 8. Invoices from five suppliers in forms not yet seen, each to a municipality of this corpus:
#    (1) an enskild firma's plain word-processor invoice for a storytelling performance: "Moms 6 %",
#    "Godkänd för F-skatt", the owner's personnummer as org.nr; (2) a coach company's invoice with
#    "Moms 6 %" on passenger transport, a tinted sidebar and a boxed "Att betala" with OCR; (3) a
#    Norwegian "Faktura" (NOK, MVA 25 %, "Org.nr. NO 921 774 508 MVA") with the Norwegian GIRO
#    payment slip (KID, "Kvittering") across its foot; (4) a Finnish "LASKU" (EUR, ALV 24 %,
#    Y-tunnus) with the Finnish bank-transfer form (tilisiirto: Saajan tilinumero, Viitenumero,
#    Eräpäivä, Euro) across its foot; (5) a "KREDITFAKTURA" reversing part of an earlier invoice
#    (10573, named on it), negative amounts.

from genre4 import Bill4  # noqa: E402


def sv2(v) -> str:
    return group(D(v), " ", "always", ",")


def lines_table(c, y, b: Bill4, cols: list, heads: list, fmt, font="Helvetica", size=9, sign=1) -> float:
    """Line items at right edges cols[1:] (cols[0] = left x of the description); returns y below."""
    c.setFont(font + "-Bold" if font == "Helvetica" else font, size)
    c.drawString(cols[0], y, heads[0])
    for x, t in zip(cols[1:], heads[1:], strict=True):
        c.drawRightString(x, y, t)
    c.line(cols[0], y - 4, cols[-1], y - 4)
    y -= 16
    c.setFont(font, size)
    for desc, q, u, p, _r in b.lines:
        amt = b.line_amount(q, p) * sign
        vals = [f"{D(q):f}".replace(".", ","), u, fmt(p), fmt(amt)]
        c.drawString(cols[0], y, desc)
        for x, t in zip(cols[1:], vals, strict=True):
            c.drawRightString(x, y, t)
        y -= 14
    c.line(cols[0], y + 6, cols[-1], y + 6)
    return y - 8


def firma_bill() -> Bill4:
    return Bill4(
        "2023-07",
        "2023-10-16",
        "2023-11-15",
        "Berättarverkstan Karin Alm",
        "SEK",
        "sv",
        [
            ("Sagoföreställning ”Draken i Nissan”, Anderstorps bibliotek 14/10", 1, "st", "8500.00", 6),
            ("Berättarworkshop för barn 8–12 år, 2 tillfällen", 2, "st", "1200.00", 6),
        ],
        org_no="740318-2286",
    )


def draw_firma(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    per_rate, vat, net, total = b.amounts()
    x0, x1 = 2.5 * cm, w - 2.5 * cm
    c.setFont("Times-BoldItalic", 22)
    c.drawString(x0, h - 3 * cm, "Berättarverkstan")
    c.setFont("Times-Italic", 11)
    c.drawString(x0, h - 3.6 * cm, "Karin Alm · berättare och dramapedagog")
    c.setFont("Times-Roman", 10)
    for i, t in enumerate(["Ågatan 7", "332 33 Gislaved", "072-514 88 30", "karin@berattarverkstan.se"]):
        c.drawString(x0, h - 4.3 * cm - i * 12, t)
    c.setFont("Times-Bold", 16)
    c.drawString(11.5 * cm, h - 3 * cm, "Faktura")
    c.setFont("Times-Roman", 10.5)
    meta = [("Fakturanr:", b.number), ("Datum:", b.date), ("Betalas senast:", b.due), ("Er referens:", "Mattias Ekberg")]
    for i, (k, v) in enumerate(meta):
        c.drawString(11.5 * cm, h - 3.7 * cm - i * 13, k)
        c.drawString(14.4 * cm, h - 3.7 * cm - i * 13, v)
    c.drawString(11.5 * cm, h - 5.5 * cm - 10, "Gislaveds kommun")
    for i, t in enumerate(["Barn- och utbildningsförvaltningen", "Fakturaskanning", "Box 223", "332 23 Gislaved"]):
        c.drawString(11.5 * cm, h - 5.5 * cm - 23 - i * 12, t)
    y = h - 9.6 * cm
    c.drawString(x0, y, "Härmed faktureras enligt överenskommelse för höstlovsprogrammet på Anderstorps bibliotek:")
    y = lines_table(c, y - 26, b, [x0, 12.6 * cm, 13.8 * cm, 15.8 * cm, x1], ["", "Antal", "", "À-pris", "Belopp"], sv2, "Times-Roman", 10)
    rows = [("Summa", net), ("Moms 6 %", vat[D(6)]), ("Att betala", total)]
    for i, (k, v) in enumerate(rows):
        c.setFont("Times-Bold" if i == 2 else "Times-Roman", 11)
        c.drawString(12.6 * cm, y - i * 15, k)
        c.drawRightString(x1, y - i * 15, sv2(v) + " kr")
    y -= 70
    c.setFont("Times-Roman", 10.5)
    for t in [
        "Moms 6 % enligt 7 kap. 1 § mervärdesskattelagen (kulturell föreställning).",
        "Betala till bankgiro 5318-2247. Ange fakturanummer vid betalning.",
        "Dröjsmålsränta enligt räntelagen.",
    ]:
        c.drawString(x0, y, t)
        y -= 14
    c.setFont("Times-Italic", 9.5)
    c.drawCentredString(w / 2, 2.2 * cm, "Karin Alm, enskild firma · Org.nr 740318-2286 · Momsreg.nr SE740318228601 · Godkänd för F-skatt")
    c.showPage()
    c.save()


def buss_bill() -> Bill4:
    return Bill4(
        "48812",
        "2023-07-04",
        "2023-08-03",
        "Falkenbergs Buss AB",
        "SEK",
        "sv",
        [
            ("Beställningstrafik 4/7 Tröingeberg–Ullared t/r, buss 49 pl.", 1, "tur", "5200.00", 6),
            ("Väntetid förare", 4, "tim", "300.00", 6),
        ],
        org_no="556781-3349",
    )


def draw_buss(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    per_rate, vat, net, total = b.amounts()
    c.setFillColor(colors.HexColor("#f2b705"))
    c.rect(0, 0, 1.4 * cm, h, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#14213d"))
    c.setFont("Helvetica-Bold", 18)
    x0, x1 = 2.4 * cm, w - 1.8 * cm
    c.drawString(x0, h - 2.2 * cm, "FALKENBERGS BUSS")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, h - 2.7 * cm, "Beställningstrafik · Skolskjuts · Resor i Halland sedan 1961")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(x1, h - 2.2 * cm, "Faktura")
    c.setFont("Helvetica", 9)
    meta = [
        ("Fakturanummer", b.number),
        ("Fakturadatum", b.date),
        ("Förfallodag", b.due),
        ("Kundnr", "20417"),
        ("Beställare", "Oskar Lindeborg"),
    ]
    for i, (k, v) in enumerate(meta):
        c.drawString(12.6 * cm, h - 3.3 * cm - i * 12, k)
        c.drawRightString(x1, h - 3.3 * cm - i * 12, v)
    for i, t in enumerate(["Falkenbergs kommun", "Kultur- och fritidsförvaltningen", "Ref 7713", "311 80 Falkenberg"]):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        c.drawString(x0, h - 4.2 * cm - i * 13, t)
    y = h - 8.4 * cm
    y = lines_table(c, y, b, [x0, 13.2 * cm, 14.4 * cm, 16.6 * cm, x1], ["Specifikation", "Antal", "Enhet", "Pris", "Summa"], sv2)
    c.setFont("Helvetica", 9.5)
    for i, (k, v) in enumerate([("Netto", net), ("Moms 6 % (personbefordran)", vat[D(6)])]):
        c.drawString(11.6 * cm, y - i * 14, k)
        c.drawRightString(x1, y - i * 14, sv2(v))
    y -= 46
    c.setFillColor(colors.HexColor("#14213d"))
    c.rect(11.4 * cm, y - 6, x1 - 11.4 * cm, 22, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(11.6 * cm, y + 1, "Att betala SEK")
    c.drawRightString(x1 - 4, y + 1, sv2(total))
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawString(x0, y - 40, "Bankgiro 632-9011 · OCR-nummer 4881220 · Betalningsvillkor 30 dagar netto")
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0,
        1.5 * cm,
        "Falkenbergs Buss AB · Industrigatan 12, 311 32 Falkenberg · Org.nr 556781-3349 · Momsreg.nr SE556781334901 · Innehar F-skattsedel",
    )
    c.showPage()
    c.save()


def norsk8_bill() -> Bill4:
    return Bill4(
        "30458",
        "2023-08-21",
        "2023-09-04",
        "Nordvest Friluft AS",
        "NOK",
        "nb",
        [
            ("Utleie kano m/utstyr, 12 stk × 3 døgn", 36, "døgn", "320.00", 25),
            ("Padlekurs med instruktør", 6, "time", "850.00", 25),
            ("Levering og henting, Femunden", 1, "stk", "2400.00", 25),
        ],
    )


def nok(v) -> str:
    return group(D(v), " ", "always", ",")


def draw_norsk8(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    per_rate, vat, net, total = b.amounts()
    x0, x1 = 1.8 * cm, w - 1.8 * cm
    c.setFont("Helvetica-Bold", 26)
    c.drawString(x0, h - 2.4 * cm, "Faktura")
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(x1, h - 1.9 * cm, "Nordvest Friluft AS")
    c.setFont("Helvetica", 8.5)
    for i, t in enumerate(["Sørvika 3, 2443 Drevsjø", "Org.nr. NO 921 774 508 MVA", "post@nordvestfriluft.no · +47 624 59 310"]):
        c.drawRightString(x1, h - 2.35 * cm - i * 10, t)
    c.setFont("Helvetica", 10)
    for i, t in enumerate(["Hedemora kommun", "Socialförvaltningen", "Att. Therese Holm", "Box 100", "776 28 Hedemora", "SVERIGE"]):
        c.drawString(x0, h - 4.2 * cm - i * 12.5, t)
    meta = [
        ("Fakturanr.", b.number),
        ("Fakturadato", "21.08.2023"),
        ("Forfallsdato", "04.09.2023"),
        ("Kundenr.", "1188"),
        ("Leveringsdato", "15.08.2023"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont("Helvetica", 9)
        c.drawString(12.2 * cm, h - 4.2 * cm - i * 12.5, k)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(x1, h - 4.2 * cm - i * 12.5, v)
    y = h - 8.2 * cm
    y = lines_table(c, y, b, [x0, 13.0 * cm, 14.6 * cm, 16.6 * cm, x1], ["Beskrivelse", "Antall", "Enhet", "Pris", "Beløp"], nok)
    rows = [("Sum eksl. mva", net), ("MVA 25 %", vat[D(25)]), ("Totalt å betale NOK", total)]
    for i, (k, v) in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10)
        c.drawString(11.6 * cm, y - i * 14, k)
        c.drawRightString(x1, y - i * 14, nok(v))
    # the Norwegian GIRO slip across the foot of the page
    gy = 9.6 * cm
    c.setDash(3, 2)
    c.line(0, gy + 0.5 * cm, w, gy + 0.5 * cm)
    c.setDash()
    c.setFillColor(colors.HexColor("#fde9d9"))
    c.rect(0, 0, w, gy + 0.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, gy - 0.5 * cm, "GIRO")
    c.setFont("Helvetica", 8)
    c.drawString(4 * cm, gy - 0.5 * cm, "Kvittering")
    c.drawString(x0, gy - 1.3 * cm, "Betalingsinformasjon")
    c.setFont("Helvetica", 9)
    c.drawString(x0, gy - 1.75 * cm, f"Faktura {b.number}, kunde 1188")
    c.setFont("Helvetica", 8)
    c.drawString(11.6 * cm, gy - 1.3 * cm, "Betalingsfrist")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(11.6 * cm, gy - 1.75 * cm, "04.09.2023")
    c.setFont("Helvetica", 8)
    c.drawString(x0, gy - 2.7 * cm, "Betalt av")
    c.drawString(11.6 * cm, gy - 2.7 * cm, "Betalt til")
    c.setFont("Helvetica", 9)
    for i, t in enumerate(["Hedemora kommun", "Box 100", "776 28 Hedemora"]):
        c.drawString(x0, gy - 3.15 * cm - i * 11, t)
    for i, t in enumerate(["Nordvest Friluft AS", "Sørvika 3", "2443 Drevsjø"]):
        c.drawString(11.6 * cm, gy - 3.15 * cm - i * 11, t)
    c.setFillColor(colors.white)
    c.rect(x0, 1.4 * cm, w - 2 * x0, 1.6 * cm, fill=1, stroke=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7)
    for x, t in [(x0 + 4, "Kundeidentifikasjon (KID)"), (8.6 * cm, "Kroner"), (11.2 * cm, "Øre"), (12.6 * cm, "Til konto")]:
        c.drawString(x, 2.75 * cm, t)
    kr, ore = f"{total:.2f}".split(".")
    c.setFont("Courier-Bold", 11)
    c.drawString(x0 + 4, 1.85 * cm, "0030458118807")
    c.drawRightString(10.9 * cm, 1.85 * cm, kr)
    c.drawString(11.2 * cm, 1.85 * cm, ore)
    c.drawString(12.6 * cm, 1.85 * cm, "1822.41.73309")
    c.showPage()
    c.save()


def lasku_bill() -> Bill4:
    return Bill4(
        "41186",
        "2023-12-14",
        "2023-12-28",
        "Lapin Elämysretket Oy",
        "EUR",
        "fi",
        [
            ("Revontuliretki ohjaajineen, 18 hlö", 18, "hlö", "95.00", 24),
            ("Moottorikelkkasafari, 2 h", 18, "hlö", "120.00", 24),
            ("Kuljetus Tornio–Ylläs–Tornio", 1, "kpl", "640.00", 24),
        ],
    )


def eur_fi(v) -> str:
    return group(D(v), " ", "always", ",")


def draw_lasku(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    per_rate, vat, net, total = b.amounts()
    x0, x1 = 2 * cm, w - 2 * cm
    c.setFillColor(colors.HexColor("#0b3d6b"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, h - 2 * cm, "Lapin Elämysretket Oy")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, h - 2.5 * cm, "Lapinkatu 14, 95400 Tornio · Y-tunnus 2876541-9 · ALV rek.")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(12 * cm, h - 2 * cm, "LASKU")
    meta = [
        ("Laskun numero", b.number),
        ("Laskun päiväys", "14.12.2023"),
        ("Eräpäivä", "28.12.2023"),
        ("Viitteenne", "Henrik Nyström"),
        ("Viivästyskorko", "8 %"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont("Helvetica", 9)
        c.drawString(12 * cm, h - 2.8 * cm - i * 12, k)
        c.drawRightString(x1, h - 2.8 * cm - i * 12, v)
    c.setFont("Helvetica", 10)
    for i, t in enumerate(["Kalix kommun", "Kultur- och fritidsförvaltningen", "952 81 Kalix", "RUOTSI"]):
        c.drawString(x0, h - 4 * cm - i * 12.5, t)
    y = h - 8.4 * cm
    y = lines_table(c, y, b, [x0, 12.8 * cm, 14.2 * cm, 16.4 * cm, x1], ["Selite", "Määrä", "Yks.", "À-hinta", "Yhteensä"], eur_fi)
    rows = [("Veroton yhteensä", net), ("ALV 24 %", vat[D(24)]), ("Maksettava yhteensä EUR", total)]
    for i, (k, v) in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10)
        c.drawString(11.0 * cm, y - i * 14, k)
        c.drawRightString(x1, y - i * 14, eur_fi(v))
    # the Finnish bank transfer form (tilisiirto) across the foot
    fy = 10.2 * cm
    c.setDash(3, 2)
    c.line(0, fy, w, fy)
    c.setDash()
    c.setLineWidth(0.6)
    L0, M, R = 1.0 * cm, 10.5 * cm, w - 1.0 * cm
    rows_y = [fy - 0.4 * cm, fy - 2.0 * cm, fy - 3.6 * cm, fy - 5.6 * cm, fy - 6.6 * cm, fy - 7.6 * cm]
    c.rect(L0, rows_y[-1], R - L0, rows_y[0] - rows_y[-1])
    for yy in rows_y[1:-1]:
        c.line(L0, yy, R, yy)
    c.line(M, rows_y[-1], M, rows_y[0])
    c.setFont("Helvetica", 6.5)
    labels = [
        (L0 + 3, rows_y[0] - 8, "Saajan tilinumero / Mottagarens kontonummer"),
        (L0 + 3, rows_y[1] - 8, "Saaja / Mottagare"),
        (L0 + 3, rows_y[2] - 8, "Maksajan nimi ja osoite / Betalarens namn och adress"),
        (L0 + 3, rows_y[3] - 8, "Allekirjoitus / Underskrift"),
        (M + 3, rows_y[3] - 8, "Viitenro / Ref.nr"),
        (L0 + 3, rows_y[4] - 8, "Tililtä nro / Från konto nr"),
        (M + 3, rows_y[4] - 8, "Eräpäivä / Förfallodag"),
        (M + 3 + 4.2 * cm, rows_y[4] - 8, "Euro"),
    ]
    for x, yy, t in labels:
        c.drawString(x, yy, t)
    c.setFont("Helvetica", 9.5)
    c.drawString(L0 + 6, rows_y[0] - 22, "IBAN FI37 5741 3620 0918 44   BIC OKOYFIHH")
    c.drawString(L0 + 6, rows_y[1] - 22, "Lapin Elämysretket Oy")
    for i, t in enumerate(["Kalix kommun", "952 81 Kalix, Ruotsi"]):
        c.drawString(L0 + 6, rows_y[2] - 22 - i * 11, t)
    c.setFont("Courier-Bold", 10.5)
    c.drawString(M + 6, rows_y[3] - 22, "41186 20237")
    c.drawString(M + 6, rows_y[4] - 20, "28.12.2023")
    c.drawRightString(R - 6, rows_y[4] - 20, eur_fi(total))
    c.setFont("Helvetica", 6.5)
    c.drawString(L0, rows_y[-1] - 12, "TILISIIRTO · GIRERING")
    c.showPage()
    c.save()


def credit_bill() -> Bill4:
    return Bill4(
        "10691",
        "2023-07-20",
        "2023-08-19",
        "Sportkompaniet i Halland AB",
        "SEK",
        "sv",
        [
            ("Reflexvästar barn, retur (fakt. 10573 rad 2)", 20, "st", "89.00", 25),
            ("Funktionströja junior, felleverans", 6, "st", "149.00", 25),
        ],
        org_no="556902-4417",
    )


def draw_credit(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    per_rate, vat, net, total = b.amounts()
    x0, x1 = 2 * cm, w - 2 * cm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0, h - 2 * cm, "SPORTKOMPANIET")
    c.setFont("Helvetica", 8)
    c.drawString(x0, h - 2.45 * cm, "i Halland AB · Storgatan 22, 311 31 Falkenberg")
    c.setStrokeColor(colors.HexColor("#b22222"))
    c.setFillColor(colors.HexColor("#b22222"))
    c.setLineWidth(1.5)
    c.rect(11.6 * cm, h - 2.5 * cm, x1 - 11.6 * cm, 1.0 * cm, fill=0, stroke=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString((11.6 * cm + x1) / 2, h - 2.15 * cm, "KREDITFAKTURA")
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    c.setLineWidth(1)
    meta = [("Kreditfakturanr", b.number), ("Datum", b.date), ("Avser faktura", "10573 (2023-06-28)"), ("Kundnummer", "K-3391")]
    for i, (k, v) in enumerate(meta):
        c.setFont("Helvetica", 9)
        c.drawString(11.6 * cm, h - 3.3 * cm - i * 12, k)
        c.drawRightString(x1, h - 3.3 * cm - i * 12, v)
    for i, t in enumerate(["Falkenbergs kommun", "Kultur- och fritidsförvaltningen", "Fakturaservice", "311 80 Falkenberg"]):
        c.setFont("Helvetica", 10)
        c.drawString(x0, h - 3.6 * cm - i * 12.5, t)
    y = h - 7.6 * cm
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y, "Vi krediterar följande artiklar från faktura 10573. Beloppet kvittas mot kommande faktura eller")
    c.drawString(x0, y - 12, "betalas tillbaka till ert bankgiro på begäran.")
    y = lines_table(c, y - 36, b, [x0, 12.8 * cm, 14.0 * cm, 16.2 * cm, x1], ["Artikel", "Antal", "Enh", "À-pris", "Belopp"], sv2, sign=-1)
    rows = [("Summa exkl. moms", -net), ("Moms 25 %", -vat[D(25)]), ("Att kreditera", -total)]
    for i, (k, v) in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10)
        c.drawString(11.0 * cm, y - i * 14, k)
        c.drawRightString(x1, y - i * 14, sv2(v) + " kr")
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0,
        1.5 * cm,
        "Sportkompaniet i Halland AB · Org.nr 556902-4417 · Momsreg.nr SE556902441701 · Bankgiro 5177-0392 · Godkänd för F-skatt",
    )
    c.showPage()
    c.save()


@case
def invoices_fem():
    d = fresh("invoices-fem")
    files = {}
    specs = [
        ("Faktura 2023-07 Berättarverkstan.pdf", firma_bill(), draw_firma, "Gislaveds kommun", False),
        ("Faktura 48812 Falkenbergs Buss.pdf", buss_bill(), draw_buss, "Falkenbergs kommun", False),
        ("Faktura 30458 Nordvest Friluft.pdf", norsk8_bill(), draw_norsk8, "Hedemora kommun", False),
        ("Lasku 41186 Lapin Elamysretket.pdf", lasku_bill(), draw_lasku, "Kalix kommun", False),
        ("Kreditfaktura 10691 Sportkompaniet.pdf", credit_bill(), draw_credit, "Falkenbergs kommun", True),
    ]
    for name, b, draw, buyer, credit in specs:
        draw(d / name, b)
        g = b.gold()
        g["buyer"] = buyer
        if credit:
            for k in ("net", "vat", "total"):
                g[k] = f"{-D(g[k]):.2f}"
            for ln in g["invoice_lines"]:
                ln["amount"] = f"{-D(ln['amount']):.2f}"
            for v in g["invoice_vat"]:
                v["net_amount"] = f"{-D(v['net_amount']):.2f}"
                v["vat_amount"] = f"{-D(v['vat_amount']):.2f}"
            g["is_credit_note"] = True
            g["note"] = "A credit note: amounts negative; it names the invoice it reverses (10573)."
        files[name] = g
    texts = {n: " ".join(page_texts(d / n)) for n in files}
    for n, g in files.items():  # the amounts as printed are on the page
        for k in ("net", "vat", "total"):
            v = abs(D(g[k]))
            assert group(v, " ", "always", ",") in texts[n].replace("\u00a0", " "), (n, k, g[k])
    files["Faktura 2023-07 Berättarverkstan.pdf"]["note"] = (
        "An enskild firma: the owner's personnummer is the org.nr (740318-2286), 'Godkänd för F-skatt', 'Moms 6 %' "
        "for a cultural performance."
    )
    files["Faktura 30458 Nordvest Friluft.pdf"]["note"] = (
        "Norwegian: 'Org.nr. NO 921 774 508 MVA' (no Swedish org.nr), dates dd.mm.yyyy, a GIRO slip repeating the total "
        "split in 'Kroner' and 'Øre' boxes and the KID."
    )
    files["Lasku 41186 Lapin Elamysretket.pdf"]["note"] = (
        "Finnish 'LASKU' with Y-tunnus 2876541-9 (no Swedish org.nr), ALV 24 %, and the tilisiirto form at the foot "
        "(Viitenro '41186 20237', Eräpäivä, Euro)."
    )
    write_gold(
        d,
        files,
        "Five suppliers in new forms: an enskild firma (Moms 6 %, F-skatt), a coach company (Moms 6 % "
        "on travel, boxed 'Att betala SEK' with OCR), a Norwegian Faktura with a GIRO slip (NOK, MVA 25 %), a "
        "Finnish LASKU with the tilisiirto form (EUR, ALV 24 %), and a KREDITFAKTURA reversing part of invoice "
        "10573 (negative amounts). Each is addressed to a municipality of this corpus.",
    )


# ------------------------------------------------------------------------------------------
# 9. scan-gislaved-genomlys: prose-gislaved printed DOUBLE-SIDED on thin paper and scanned at
#    300 dpi in colour: each side shows the other side's print THROUGH the paper (mirrored, faint,
#    slightly offset), the paper is warm white, page 2 lies 3° askew on the glass (the lid's grey
#    shows in the corners), and the signatory has signed by hand in blue ink over her printed name.


def scan_copy_gold(src_case: str, dst_dir: Path, name: str, note: str, pages: dict, **extra) -> dict:
    import json

    (g,) = json.loads((OUT / src_case / "gold.json").read_text(encoding="utf-8"))["files"].values()
    g = {**g, "scanned": True, **extra}
    g["activities"] = [{**a, "page_start": pages[a["page_start"]]} for a in g["activities"]]
    write_gold(dst_dir, {name: g}, note)
    return g


def blue_signature(img, box: tuple, seed: int):
    """A handwritten signature: a few connected loops and a flourish, in blue ballpoint ink."""
    import math
    import random

    from PIL import ImageDraw

    rnd = random.Random(seed)
    dr = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    ink = (28, 45, 140)
    x, y = x0, (y0 + y1) / 2
    pts = []
    t = 0.0
    while x < x1:
        t += 0.16
        x += 2.2 + rnd.uniform(-0.4, 0.9)
        y = (y0 + y1) / 2 + math.sin(t * 2.3) * (y1 - y0) * 0.32 + math.sin(t * 0.7) * (y1 - y0) * 0.12
        pts.append((x - 18 * math.cos(t * 2.3) * (0.5 + 0.5 * rnd.random()), y))
    dr.line(pts, fill=ink, width=4, joint="curve")
    # the flourish under the name
    dr.line([(x0 + 10, y1 - 4), ((x0 + x1) / 2, y1 + 10), (x1 + 30, y1 - 14)], fill=ink, width=3, joint="curve")
    return img


@case
def scan_gislaved_genomlys():
    import pypdfium2 as pdfium
    from genre4 import images_pdf
    from PIL import Image, ImageChops, ImageOps

    src_dir = OUT / "prose-gislaved"
    (src,) = src_dir.glob("*.pdf")
    d = fresh("scan-gislaved-genomlys")
    name = "SCAN_20250219_0832.pdf"
    dpi = 300
    doc = pdfium.PdfDocument(str(src))
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    assert len(pages) == 2
    # where the printed name stands on page 2 (for the handwritten signature above it)
    tp = doc[1].get_textpage()
    idx = tp.get_text_range().find("Sanna Björkqvist")
    assert idx >= 0, "signatory on page 2"
    left, _, _, top = tp.get_charbox(idx)
    h_pt = doc[1].get_size()[1]
    doc.close()
    out = []
    for i, img in enumerate(pages):
        back = pages[1 - i].convert("L")
        back = ImageOps.mirror(back).transform(back.size, Image.AFFINE, (1, 0, -14, 0, 1, 9), fillcolor=255)
        ghost = back.point(lambda v: 255 - (255 - v) * 0.16).convert("RGB")  # 16 % of the other side's ink
        img = ImageChops.multiply(img, ghost)
        paper = Image.new("RGB", img.size, (250, 244, 229))
        img = ImageChops.multiply(img, paper)
        out.append(img)
    # the signature: in the blank lines above the printed name
    k = dpi / 72
    sx, sy = left * k, (h_pt - top) * k
    out[1] = blue_signature(out[1], (sx + 10, sy - 115, sx + 360, sy - 25), seed=8)
    out[0] = out[0].rotate(0.4, resample=Image.BICUBIC, fillcolor=(205, 205, 200))
    out[1] = out[1].rotate(3.0, resample=Image.BICUBIC, fillcolor=(205, 205, 200))
    images_pdf(d / name, out, dpi, 30)
    size = (d / name).stat().st_size
    assert size < 1_000_000, size
    scan_copy_gold(
        "prose-gislaved",
        d,
        name,
        "prose-gislaved printed double-sided on thin paper and scanned at 300 dpi COLOUR (JPEG): each page shows the "
        "other side's print THROUGH the paper (mirrored, ~16 % ink, offset a few pixels), warm paper tone, page 2 lies "
        "3° askew (the lid's grey in the corners), and a handwritten BLUE-INK signature above the printed name on "
        "page 2. Same gold as prose-gislaved; scanner's file name.",
        {1: 1, 2: 2},
    )


if __name__ == "__main__":
    main(sys.argv[1:])
