"""Re-create the fifth blind genre corpus: tests/data/genre5/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre5.py [CASE ...]

A fifth corpus made like tests/data/genre/ … genre4/, in house styles, amount formats, word
processors, scanners and invoice layouts none of them has, so that it measures the pipeline on
documents nobody tuned it on. Every person, amount, sentence, company and invoice number is
invented (municipality names are real). Gold is written from this generator's own data; page
numbers are found by looking text up in the finished PDFs (pypdfium2), never by running granttrail.

Deterministic for the reportlab and scanned files. Cases made with tools that stamp the time into
the PDF (LibreOffice, chromium) are rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when their PDF is
missing; their gold is always recomputed from the committed PDF. Building blocks come from
genre_kit.py (ledger, pages, page lookup, the case registry), genre2.py (response_gold) and
genre4.py (its ledger, signature rows, the scan helpers and the Bill4 invoice model).
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import response_gold  # noqa: E402
from genre4 import Ledger4, signature_row  # noqa: E402
from genre_kit import (  # noqa: E402
    ROOT,
    Act,
    D,
    Page,
    group,
    m,
    page_of,
    page_texts,
    render_pdf,
    run,
    write_gold,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Table, TableStyle  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre5"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case, fresh = _CASES.case, _CASES.fresh
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre5-build")


class Ledger5(Ledger4):
    """The amount formats of this corpus' house styles, on top of genre2's, genre3's and genre4's."""

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        own = {
            "svkr": f"{g} svenska kronor",  # "12 500 svenska kronor"
            "dotcolon": f"{group(v, '.')}:-",  # "12.500:-"
            "swiss": f"{group(v, chr(39))} kr",  # "12'500 kr"
            "krdot": f"kr. {g}",  # "kr. 12 500"
            "big": f"{g} kr",
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger5  # render_pdf's page-counting pass makes its ledger by this name


def atts(*pairs) -> list:
    """(attachment id, activity) pairs -> the gold attachment list (no invoice numbers)."""
    return [{"attachment_id": a, "activity_no": n, "invoice_number": None} for a, n in pairs]


def finish(d: Path, name: str, issuer: str, date: str, acts: list, L, attachments: list, people: list, note: str, **extra) -> dict:
    g = response_gold(d / name, issuer, date, acts, L, municipality=extra.pop("municipality", ""))
    g["attachments"] = attachments
    g["activity_invoices"] = extra.pop("activity_invoices", {})
    g["checks"] = extra.pop("checks", [])
    g["people"] = people
    g.update(extra)
    write_gold(d, {name: g}, note)
    return g


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


# ------------------------------------------------------------------------------------------
# 1. Haparanda: a bilingual border town's letter. Every paragraph carries a running number in the
#    left margin ("1" … "11", legal style) that is NOT an activity number; the activities are
#    "Aktivitet 2/5/6/9" in headings set in SMALL CAPS (capitals of two sizes); Finnish and
#    Meänkieli names of people and places ("Nuorisotalo Kiekko", "Pirkko Välimaa"); amounts
#    "48 600 svenska kronor"; positions "godkänner återkravet", "anser att återkravet saknar
#    grund", "är beredd att återbetala … av beloppet"; closing "Terveisin / Med vänlig hälsning".

HAPARANDA_ACTS = [
    Act("2", "Nuorisotalo Kiekko – kvällsöppet", D(48600), "disputes", ["ordinary_operations"], ["1"], needle="Aktivitet 2 – Nuorisotalo"),
    Act("5", "Språkcafé på meänkieli och svenska", D(17250), "accepts_full", ["unverifiable_costs"], needle="Aktivitet 5 – Språkcafé"),
    Act(
        "6",
        "Föräldranätverket i Seskarö",
        D(73000),
        "accepts_partial",
        ["excessive_cost", "description_mismatch"],
        ["2", "3"],
        repay=D(15000),
        needle="Aktivitet 6 – Föräldranätverket",
    ),
    Act(
        "9", "Fältarbete vid Rajalla/På Gränsen", D(96400), "disputes", ["exercise_of_authority"], ["4"], needle="Aktivitet 9 – Fältarbete"
    ),
]


def smallcaps(text: str, size: float) -> str:
    """Small capitals as a word processor sets them: lower-case letters as smaller capitals."""
    out = []
    for ch in text:
        if ch.islower():
            out.append(f'<font size="{size * 0.78:.1f}">{ch.upper()}</font>')
        else:
            out.append(ch)
    return "".join(out)


def margin_paragraphs(items: list, L, font: str = "Times-Roman", size: float = 11) -> list:
    """Blocks whose paragraphs carry a running number in the left margin (not in the text)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    body = ParagraphStyle(
        "mb",
        fontName=font,
        fontSize=size,
        leading=size * 1.35,
        leftIndent=1.3 * cm,
        bulletIndent=0.35 * cm,
        bulletFontSize=size - 2,
        spaceAfter=5,
    )
    head = ParagraphStyle("mh", parent=body, fontName="Times-Bold", fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=8)
    out = []
    n = 0
    for kind, text in items:
        if kind == "h":
            out.append(("lazy", lambda t=smallcaps(text, size + 1.5): Paragraph(t, head)))
        else:
            n += 1
            out.append(("lazy", lambda t=L.fill(text), n=n: Paragraph(t, body, bulletText=str(n))))
    return out


def haparanda_blocks(L) -> list:
    body = [
        ("h", "Yttrande över preliminärt beslut om återkrav – statsbidrag 2022"),
        (
            "p",
            "Haparanda stad har tagit del av Socialstyrelsens preliminära beslut av den 20 januari 2025 (dnr "
            "9.1-58814/2024) om återkrav av " + m(235250, "svkr") + " av det statsbidrag som staden tog emot för år 2022.",
        ),
        (
            "p",
            "Staden yttrar sig nedan över de fyra aktiviteter som beslutet gäller. Numreringen i marginalen är stadens "
            "egen styckenumrering och följer inte Socialstyrelsens.",
        ),
        ("h", "Aktivitet 2 – Nuorisotalo Kiekko – kvällsöppet"),
        (
            "p",
            "Socialstyrelsen bedömer att kvällsöppet på ungdomsgården Nuorisotalo Kiekko är ordinarie verksamhet och "
            "återkräver " + m(48600, "svkr") + ".",
        ),
        (
            "p",
            "Ungdomsgården hade före 2022 öppet två kvällar i veckan. Bidraget finansierade tre nya kvällar och helgöppet "
            "för cirka 140 ungdomar från Strandgatan och Norrmalm, vilket framgår av beslutet om utökade öppettider i "
            "bilaga 1. Staden anser att återkravet saknar grund.",
        ),
        ("h", "Aktivitet 5 – Språkcafé på meänkieli och svenska"),
        (
            "p",
            "Enligt beslutet har staden inte kunnat styrka kostnaderna för språkcaféet, " + m(17250, "svkr") + ". Staden har "
            "inte hittat kvitton för fika och material och godkänner återkravet.",
        ),
        ("h", "Aktivitet 6 – Föräldranätverket i Seskarö"),
        (
            "p",
            "Socialstyrelsen anser att kostnaden, " + m(73000, "svkr") + ", är hög i förhållande till de 22 föräldrar som "
            "deltog och att redovisningen inte stämmer med ansökans beskrivning av nätverket.",
        ),
        (
            "p",
            "Staden instämmer i att resorna till Seskarö blev dyrare än planerat. Staden är beredd att återbetala "
            + m(15000, "svkr")
            + " av beloppet, motsvarande båtresorna, men anser att övriga kostnader är styrkta, se bilaga 2 och bilaga 3.",
        ),
        ("h", "Aktivitet 9 – Fältarbete vid Rajalla/På Gränsen"),
        (
            "p",
            "Enligt Socialstyrelsen har fältassistenterna vid handelsområdet Rajalla/På Gränsen utfört myndighetsutövning "
            "och återkravet uppgår till " + m(96400, "svkr") + ".",
        ),
        (
            "p",
            "Fältassistenterna Esa Kärkkäinen och Aino Lehtola har inte fattat några beslut om enskilda. Deras uppdrag "
            "framgår av uppdragsbeskrivningen i bilaga 4. Staden anser att återkravet saknar grund.",
        ),
        ("h", "Sammanfattning"),
        ("p", "Haparanda stad godkänner återkrav om sammanlagt " + m(32250, "svkr") + " och bestrider återkravet i övrigt."),
        (
            "p",
            "Bilagor<br/>1. Beslut om utökade öppettider, Nuorisotalo Kiekko<br/>2. Deltagarlista föräldranätverket<br/>"
            "3. Reseräkningar Seskarö<br/>4. Uppdragsbeskrivning fältassistenter",
        ),
    ]
    return [
        ("rich", "p", "<b>HAPARANDA STAD · HAAPARANNAN KAUPUNKI</b><br/>Socialnämnden · Sosiaalilautakunta"),
        ("p", "2025-02-12\nDnr SN 2025/0031"),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        *margin_paragraphs(body, L),
        ("space", 14),
        ("p", "Terveisin / Med vänlig hälsning"),
        signature_row([["Pirkko Välimaa (S)", "Socialnämndens ordförande"], ["Jussi Alatalo", "Socialchef"]], font="Times-Roman"),
        ("small", "Kontaktperson: Jussi Alatalo, 0922-150 44, jussi.alatalo@haparanda.se"),
    ]


@case
def prose_haparanda():
    d = fresh("prose-haparanda")
    L = Ledger5()
    name = "Haparanda SN 2025-0031 yttrande återkrav.pdf"
    render_pdf(d / name, haparanda_blocks(L), L, Page(font="Times-Roman", size_pt=11, footer="Sivu / Sida {page} ({pages})"))
    finish(
        d,
        name,
        "Haparanda stad",
        "2025-02-12",
        HAPARANDA_ACTS,
        L,
        atts(("1", "2"), ("2", "6"), ("3", "6"), ("4", "9")),
        [
            {"name": "Pirkko Välimaa", "role": "ordförande", "party": "S"},
            {"name": "Jussi Alatalo", "role": "socialchef", "phone": "+4692215044", "email": "jussi.alatalo@haparanda.se"},
        ],
        "Haparanda stad (municipality Haparanda), a bilingual letter head (Swedish/Finnish). Every paragraph has a "
        "running number 1-11 in the left margin that is NOT an activity number. Activities 'Aktivitet 2/5/6/9 – Title' "
        "in headings set in small caps (capitals of two sizes). Finnish/Meänkieli names of people and places. Amounts "
        "'48 600 svenska kronor'. Positions: 'anser att återkravet saknar grund' (disputes), 'godkänner återkravet' "
        "(accepts), 'är beredd att återbetala 15 000 svenska kronor av beloppet' (partial). Footer 'Sivu / Sida N (M)'.",
        municipality="Haparanda",
        quantities=[{"value": 140, "unit": "ungdom"}, {"value": 22, "unit": "förälder"}],
    )


# ------------------------------------------------------------------------------------------
# 2. Karlstad: the answer as a landscape slide deck (as exported from a presentation program): a
#    title slide, an overview slide with a table, one slide per "Insats N" with a coloured title
#    bar, two bullet columns ("Socialstyrelsen anför" / "Kommunens svar") and an amount callout,
#    slide numbers bottom right, a closing slide with the documents ("Underlag") and the names.

KARLSTAD_ACTS = [
    Act(
        "1",
        "Lovaktiviteter Kronoparken",
        D(64000),
        "accepts_partial",
        ["excessive_cost"],
        ["1"],
        repay=D(20000),
        needle="Insats 1 · Lovaktiviteter",
    ),
    Act(
        "2",
        "Brobyggare i skolan",
        D(132500),
        "disputes",
        ["ordinary_operations", "purpose_mismatch"],
        ["2", "3"],
        needle="Insats 2 · Brobyggare",
    ),
    Act("3", "Trygghetsvandringar Gruvlyckan", D(18900), "accepts_full", ["unverifiable_costs"], needle="Insats 3 · Trygghetsvandringar"),
    Act("4", "Digital fritidsbank", D(41250), "unclear", ["description_mismatch"], needle="Insats 4 · Digital fritidsbank"),
]

KARLSTAD_SLIDES = {
    "1": (
        [
            "Kostnaden för lovaktiviteterna är för hög i förhållande till antalet deltagare.",
            "Bussresor till Sunne saknar koppling till området.",
        ],
        [
            "Bussresorna (" + m(20000) + ") medges.",
            "Övriga kostnader var nödvändiga – 310 barn deltog (bilaga 1).",
            "Vi medger " + m(20000) + " – resten bestrids.",
        ],
    ),
    "2": (
        ["Brobyggarna är en del av skolans ordinarie elevhälsa.", "Insatsen har inte riktats till områdets invånare."],
        [
            "Tjänsterna fanns inte före 2023 (bilaga 2).",
            "Brobyggarna arbetade i familjer i Kronoparken och Gruvlyckan (bilaga 3).",
            "Vi bestrider återkravet.",
        ],
    ),
    "3": (
        ["Kostnaderna för reflexvästar och fika går inte att följa i bokföringen."],
        ["Underlaget har inte hittats.", "Vi medger återkravet."],
    ),
    "4": (
        ["Den fritidsbank som beskrevs i ansökan skiljer sig från den som byggdes."],
        ["Leverantörens slutrapport har begärts in.", "Ställningstagande: tas när rapporten kommit, senast 2025-03-14."],
    ),
}


def karlstad_deck(path: Path, L) -> None:
    from reportlab.pdfgen.canvas import Canvas

    W, H = landscape(A4)
    c = Canvas(str(path), pagesize=(W, H), invariant=1)
    blue, orange = colors.HexColor("#00539b"), colors.HexColor("#f39200")
    n = [0]

    def frame(title: str) -> None:
        n[0] += 1
        c.setFillColor(blue)
        c.rect(0, H - 2.6 * cm, W, 2.6 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(1.6 * cm, H - 1.7 * cm, title)
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("Helvetica", 9)
        c.drawString(1.6 * cm, 0.9 * cm, "Karlstads kommun | Yttrande återkrav statsbidrag 2023")
        c.drawRightString(W - 1.6 * cm, 0.9 * cm, str(n[0]))
        c.setFillColor(colors.black)

    def bullets(x: float, y: float, items: list, width: float, size: float = 15) -> float:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        st = ParagraphStyle("b", fontName="Helvetica", fontSize=size, leading=size * 1.3, leftIndent=14, bulletIndent=0)
        for it in items:
            p = Paragraph(L.fill(it), st, bulletText="•")
            _, h = p.wrap(width, 400)
            p.drawOn(c, x, y - h)
            y -= h + 8
        return y

    # 1 title slide
    n[0] += 1
    c.setFillColor(blue)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(orange)
    c.rect(0, H * 0.36, W, 0.25 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(2 * cm, H * 0.6, "Yttrande till Socialstyrelsen")
    c.setFont("Helvetica", 18)
    c.drawString(2 * cm, H * 0.6 - 1.1 * cm, "Preliminärt beslut om återkrav – statsbidrag för 2023 (dnr 9.1-60377/2024)")
    c.setFont("Helvetica", 14)
    c.drawString(2 * cm, H * 0.26, "Karlstads kommun · Arbetsmarknads- och socialnämnden")
    c.drawString(2 * cm, H * 0.26 - 0.7 * cm, "2025-02-20")
    c.showPage()
    # 2 overview
    frame("Översikt")
    rows = [["Insats", "Återkrävt", "Kommunens svar"]]
    for a in KARLSTAD_ACTS:
        ans = {
            "accepts_partial": "Medges delvis (" + m(20000, "bare") + ")",
            "disputes": "Bestrids",
            "accepts_full": "Medges",
            "unclear": "Besked senare",
        }[a.position]
        rows.append([f"{a.no}. {a.title}", m(a.claimed, "bare"), ans])
    rows.append(["Summa", m(256650, "bare"), ""])
    rows = [[L.fill(x) for x in r] for r in rows]
    t = Table(rows, colWidths=[11 * cm, 4 * cm, 7 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 15),
                ("LEADING", (0, 0), (-1, -1), 19),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 0), (-1, 0), orange),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 1), (-1, -2), 0.5, colors.HexColor("#bbbbbb")),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    t.drawOn(c, 1.6 * cm, H - 4 * cm - th)
    c.setFont("Helvetica-Oblique", 12)
    c.drawString(1.6 * cm, H - 4.6 * cm - th, "Belopp i kronor.")
    c.showPage()
    # one slide per activity
    for a in KARLSTAD_ACTS:
        frame(f"Insats {a.no} · {a.title}")
        c.setFillColor(orange)
        c.roundRect(W - 8.6 * cm, H - 5.2 * cm, 7 * cm, 2 * cm, 8, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 11)
        c.drawString(W - 8.1 * cm, H - 3.8 * cm, "Återkrävt")
        c.setFont("Helvetica-Bold", 22)
        c.drawString(W - 8.1 * cm, H - 4.8 * cm, L.fill(m(a.claimed)))
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(1.6 * cm, H - 6.2 * cm, "Socialstyrelsen anför")
        c.drawString(W / 2 + 0.4 * cm, H - 6.2 * cm, "Kommunens svar")
        c.setFillColor(colors.black)
        said, answer = KARLSTAD_SLIDES[a.no]
        bullets(1.6 * cm, H - 6.8 * cm, said, W / 2 - 2.6 * cm)
        bullets(W / 2 + 0.4 * cm, H - 6.8 * cm, answer, W / 2 - 2 * cm)
        c.showPage()
    # closing slide
    frame("Underlag och kontakt")
    y = bullets(
        1.6 * cm,
        H - 3.6 * cm,
        [
            "Bilaga 1 – Deltagarstatistik lovaktiviteter 2023",
            "Bilaga 2 – Beslut om inrättande av brobyggartjänster",
            "Bilaga 3 – Brobyggarnas verksamhetsberättelse",
        ],
        W - 3.2 * cm,
    )
    c.setFont("Helvetica", 14)
    for i, ln in enumerate(
        [
            "Beslutat av arbetsmarknads- och socialnämnden 2025-02-20, § 31",
            "Lena Sundqvist (M), ordförande",
            "Kontakt: Omid Rahimi, utvecklingsledare, 054-540 71 26, omid.rahimi@karlstad.se",
        ]
    ):
        c.drawString(1.6 * cm, y - 1.2 * cm - i * 0.8 * cm, ln)
    c.showPage()
    c.save()


@case
def deck_karlstad():
    d = fresh("deck-karlstad")
    L = Ledger5()
    name = "Karlstad yttrande återkrav 2023 (presentation).pdf"
    karlstad_deck(d / name, L)
    finish(
        d,
        name,
        "Karlstads kommun",
        "2025-02-20",
        KARLSTAD_ACTS,
        L,
        atts(("1", "1"), ("2", "2"), ("3", "2")),
        [
            {"name": "Lena Sundqvist", "role": "ordförande", "party": "M"},
            {"name": "Omid Rahimi", "role": "utvecklingsledare", "phone": "+46545407126", "email": "omid.rahimi@karlstad.se"},
        ],
        "A landscape slide deck (presentation export): a title slide, an 'Översikt' slide with a table (amounts "
        "without currency, 'Medges delvis (20 000)', a 'Summa' row), one slide per 'Insats N · Title' with a "
        "coloured title bar, an amount callout ('Återkrävt 64 000 kr'), two bullet columns ('Socialstyrelsen "
        "anför' / 'Kommunens svar'); positions in bullets ('Vi medger 20 000 kr – resten bestrids', 'Vi bestrider "
        "återkravet', 'Vi medger återkravet', 'Ställningstagande: tas när rapporten kommit' = unclear); slide "
        "numbers bottom right; a closing slide with 'Bilaga N – title' bullets and the names. page_count counts slides.",
        municipality="Karlstad",
        quantities=[{"value": 310, "unit": "barn"}],
    )


# ------------------------------------------------------------------------------------------
# 3. Ludvika: typed in WordPad and saved as RTF (printed here by LibreOffice): no styles, bold
#    run-in headings with the amount pushed to the right margin by a dotted tab leader
#    ("Aktivitet 3 – Title ........ 38.400:-"), amounts "38.400:-" (dot grouping and colon-dash),
#    a summary set with tab stops instead of a table (zeros optional), "Bil 1" ids and "(Bil 2)"
#    references, positions "kan inte acceptera återkravet", "betalar tillbaka hela beloppet",
#    "accepterar att betala tillbaka … men inte mer".

LUDVIKA_ACTS = [
    Act("1", "Sommarjobb för unga i Marnäs", D(57600), "disputes", ["outside_grant_period"], ["1"], needle="Aktivitet 1 – Sommarjobb"),
    Act("2", "Föreningsstöd Ludvika IF ungdom", D(38400), "accepts_full", ["purpose_mismatch"], needle="Aktivitet 2 – Föreningsstöd"),
    Act(
        "3",
        "Mentorer i Östermalmsskolan",
        D(104000),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2", "3"],
        repay=D(12000),
        needle="Aktivitet 3 – Mentorer",
    ),
    Act("4", "Öppen förskola på Ulvsbo", D(29750), "disputes", ["ordinary_operations"], ["4"], needle="Aktivitet 4 – Öppen förskola"),
]


def rtf_text(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'{:02x}".format(ch.encode("cp1252")[0]))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def ludvika_rtf(L) -> str:
    head = r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1053{\fonttbl{\f0\fnil\fcharset0 Calibri;}}" "\n" r"\viewkind4\uc1"
    paras = []

    def para(text: str, bold: bool = False, tabs: str = "", after: int = 160) -> None:
        t = rtf_text(L.fill(text)).replace("\n", r"\line ")
        b0, b1 = (r"\b ", r"\b0") if bold else ("", "")
        paras.append(rf"\pard{tabs}\sa{after}\sl252\slmult1\f0\fs22 {b0}{t}{b1}\par")

    lead = r"\tqr\tldot\tx9000"
    para("Ludvika kommun\nSocialnämnden\nDatum: 2025-02-17\nDiarienummer: SN 2025/19", after=360)
    para("Till Socialstyrelsen\nEnheten för statsbidrag", after=360)
    para("Yttrande angående återkrav av statsbidrag 2022", bold=True)
    para(
        "Socialstyrelsen har i ett preliminärt beslut den 27 januari 2025 meddelat att myndigheten vill "
        "återkräva " + m(229750, "dotcolon") + " av kommunens statsbidrag för 2022. Här kommer kommunens svar, aktivitet för aktivitet."
    )
    texts = {
        "1": "Socialstyrelsen menar att jobben låg utanför bidragsperioden eftersom lönerna betalades ut i januari "
        "2023. Arbetet utfördes under juni till augusti 2022, vilket lönelistorna visar (Bil 1). Kommunen kan inte "
        "acceptera återkravet.",
        "2": "Enligt Socialstyrelsen har stödet till föreningens elitlag inget med bidragets syfte att göra. Kommunen "
        "håller med och betalar tillbaka hela beloppet.",
        "3": "Socialstyrelsen anser att kostnaderna för mentorerna inte kan styrkas. Kommunen har hittat "
        "anställningsavtal och tidrapporter för tre av fyra mentorer (Bil 2, Bil 3). För den fjärde saknas underlag. "
        "Kommunen accepterar därför att betala tillbaka " + m(12000, "dotcolon") + " men inte mer.",
        "4": "Socialstyrelsen bedömer att den öppna förskolan är ordinarie verksamhet. Den öppna förskolan på Ulvsbo "
        "startades 2022 med bidraget och hade 35 familjer inskrivna (Bil 4). Kommunen kan inte acceptera återkravet.",
    }
    for a in LUDVIKA_ACTS:
        para(f"Aktivitet {a.no} – {a.title}\t" + m(a.claimed, "dotcolon"), bold=True, tabs=lead, after=80)
        para(texts[a.no])
    para("Sammanställning", bold=True, after=80)
    cols = r"\tx5200\tqr\tx7100\tqr\tx9000"
    para("Aktivitet\tÅterkrävt\tÅterbetalas", bold=True, tabs=cols, after=0)
    repay = {"1": "opt_dotcolon", "2": "dotcolon", "3": "dotcolon", "4": "opt_dotcolon"}
    for a in LUDVIKA_ACTS:
        para(f"{a.no}. {a.title}\t" + m(a.claimed, "dotcolon") + "\t" + m(D(a.repayment()), repay[a.no]), tabs=cols, after=0)
    para("Summa\t" + m(229750, "dotcolon") + "\t" + m(50400, "dotcolon"), bold=True, tabs=cols, after=240)
    para(
        "Bilagor:\nBil 1 Lönelistor sommarjobb juni–augusti 2022\nBil 2 Anställningsavtal mentorer\n"
        "Bil 3 Tidrapporter mentorer 2022\nBil 4 Inskrivningslista öppna förskolan Ulvsbo",
        after=360,
    )
    para(
        "Ludvika 2025-02-17\n\nKjell-Åke Rönnberg (S)\nOrdförande i socialnämnden\n\nFrågor besvaras av Tiina Öberg, "
        "enhetschef, tfn 0240-862 14, e-post tiina.oberg@ludvika.se"
    )
    return head + "\n" + "\n".join(paras) + "\n}\n"


@case
def rtf_ludvika():
    d = OUT / "rtf-ludvika"
    name = "Yttrande Ludvika SN 2025-19.pdf"
    L = Ledger5()
    rtf = ludvika_rtf(L)
    if REBUILD_EXTERNAL or not (d / name).exists():
        d = fresh("rtf-ludvika")
        TMP.mkdir(parents=True, exist_ok=True)
        src = TMP / "Yttrande Ludvika SN 2025-19.rtf"
        src.write_text(rtf, encoding="ascii")
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)], cwd=TMP)
    finish(
        d,
        name,
        "Ludvika kommun",
        "2025-02-17",
        LUDVIKA_ACTS,
        L,
        atts(("1", "1"), ("2", "3"), ("3", "3"), ("4", "4")),
        [
            {"name": "Kjell-Åke Rönnberg", "role": "ordförande", "party": "S"},
            {"name": "Tiina Öberg", "role": "enhetschef", "phone": "+4624086214", "email": "tiina.oberg@ludvika.se"},
        ],
        "Typed in WordPad and saved as RTF (printed by LibreOffice, font Calibri/Carlito): no heading styles; bold "
        "run-in lines 'Aktivitet N – Title' with the amount pushed to the right margin by a dotted tab leader; "
        "amounts '38.400:-' (dot grouping, colon-dash); a 'Sammanställning' laid out with tab stops, not a table "
        "(zero repayments optional); list 'Bil N title' and references '(Bil 2, Bil 3)'; positions 'kan inte "
        "acceptera återkravet' (disputes), 'betalar tillbaka hela beloppet' (accepts), 'accepterar därför att "
        "betala tillbaka 12.000:- men inte mer' (partial).",
        municipality="Ludvika",
        quantities=[{"value": 35, "unit": "familj"}],
    )


# ------------------------------------------------------------------------------------------
# 4. Norrköping: the agency's reasons appear ONLY as crosses in a matrix (activities × one-letter
#    reason columns S/U/O/P/M/K, explained in a legend under it); then "Akt. N Title" sections with
#    large gapped numbers (7, 8, 11, 12, 15); amounts "kr. 45 000"; positions "nämnden medger",
#    "nämnden invänder mot återkravet", "medger kr. 9 500 av kravet och invänder mot resten";
#    "bilaga 6" is referenced but not listed (unresolved_reference).

NORRKOPING_ACTS = [
    Act("7", "Nattvandring Hageby", D(22400), "accepts_full", ["unverifiable_costs"], needle="Akt. 7 Nattvandring"),
    Act(
        "8",
        "Stödboende för unga vuxna",
        D(188000),
        "disputes",
        ["exercise_of_authority", "ordinary_operations"],
        ["1", "2"],
        needle="Akt. 8 Stödboende",
    ),
    Act(
        "11",
        "Sommarscen Navestad",
        D(45000),
        "accepts_partial",
        ["excessive_cost", "outside_grant_period"],
        ["3"],
        repay=D(9500),
        needle="Akt. 11 Sommarscen",
    ),
    Act("12", "Läxhjälp i Skarptorp", D(31600), "disputes", ["description_mismatch"], ["4", "6"], needle="Akt. 12 Läxhjälp"),
    Act(
        "15",
        "Kommunikatörer med arabiska och somaliska",
        D(67250),
        "disputes",
        ["purpose_mismatch"],
        ["5"],
        needle="Akt. 15 Kommunikatörer",
    ),
]
NORRKOPING_CODES = [
    ("S", "purpose_mismatch", "Insatsen ligger inte i linje med bidragets syfte"),
    ("U", "unverifiable_costs", "Kostnaderna är inte styrkta eller går inte att följa"),
    ("O", "ordinary_operations", "Ordinarie verksamhet"),
    ("P", "outside_grant_period", "Kostnaden ligger utanför bidragsperioden"),
    ("M", "exercise_of_authority", "Myndighetsutövning"),
    ("K", "excessive_cost", "Kostnaden är oskäligt hög"),
    ("B", "description_mismatch", "Beskrivning och kostnader stämmer inte överens"),
]


def norrkoping_blocks() -> list:
    head = ["Akt.", "Benämning", "Återkrävt"] + [c for c, _, _ in NORRKOPING_CODES]
    rows = [head]
    for a in NORRKOPING_ACTS:
        rows.append([a.no, a.title, m(a.claimed, "krdot")] + ["X" if code in a.reasons else "" for _, code, _ in NORRKOPING_CODES])
    rows.append(["", "Totalt", m(354250, "krdot")] + [""] * len(NORRKOPING_CODES))
    legend = "Förklaring: " + "; ".join(f"{c} = {t.lower()}" for c, _, t in NORRKOPING_CODES) + "."
    return [
        ("rich", "p", "<b>NORRKÖPINGS KOMMUN</b><br/>Socialnämnden"),
        ("p", "Socialstyrelsen\nBox 55601\n102 04 Stockholm"),
        ("p", "Datum 2025-02-24\nDiarienummer SN-2025-0076"),
        ("h2", "Yttrande – återkrav av statsbidrag till kommuner med utsatta områden, bidragsår 2023"),
        (
            "p",
            "Socialnämnden har den 20 februari 2025 behandlat Socialstyrelsens preliminära beslut om återkrav. I "
            "tabellen nedan har vi ställt upp myndighetens skäl för varje aktivitet som de framgår av beslutet. "
            "Därefter följer nämndens synpunkter.",
        ),
        ("h3", "Socialstyrelsens skäl per aktivitet"),
        ("table", rows, dict(widths=[0.07, 0.39, 0.15] + [0.055] * 7, ruled=True, shade=True, align_right=[2], bold_last=True)),
        ("small", legend),
        ("h3", "Nämndens synpunkter"),
        ("rich", "p", "<b>Akt. 7 Nattvandring Hageby</b>"),
        ("p", "Nämnden medger återkravet om " + m(22400, "krdot") + ". Kvittona för västar och ficklampor har inte gått att ta fram."),
        ("rich", "p", "<b>Akt. 8 Stödboende för unga vuxna</b>"),
        (
            "p",
            "Stödboendet drevs av föreningen Fristaden på uppdrag av kommunen, och placeringar skedde inte genom "
            "biståndsbeslut finansierade av bidraget (bilaga 1). Boendet öppnade 2023 och ingick inte i den ordinarie "
            "verksamheten (bilaga 2). Nämnden invänder mot återkravet på " + m(188000, "krdot") + ".",
        ),
        ("rich", "p", "<b>Akt. 11 Sommarscen Navestad</b>"),
        (
            "p",
            "Sommarscenens ljudanläggning hyrdes för hela säsongen, men två av konserterna hölls först i januari "
            "2024. Nämnden medger " + m(9500, "krdot") + " av kravet, vilket motsvarar dessa konserter, och invänder mot "
            "resten av beloppet " + m(45000, "krdot") + ". Hyresavtalet finns i bilaga 3.",
        ),
        ("rich", "p", "<b>Akt. 12 Läxhjälp i Skarptorp</b>"),
        (
            "p",
            "Läxhjälpen genomfördes som beskrivet, två kvällar i veckan med 4 studentmentorer, se bilaga 4. "
            "Schemat för höstterminen finns i bilaga 6. Nämnden invänder mot återkravet.",
        ),
        ("rich", "p", "<b>Akt. 15 Kommunikatörer med arabiska och somaliska</b>"),
        (
            "p",
            "Samhällskommunikatörerna informerade boende i Navestad och Hageby om fritidsaktiviteter och föräldrastöd, "
            "vilket är bidragets kärna (bilaga 5). Nämnden invänder mot återkravet.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Avtal med föreningen Fristaden\n2. Protokollsutdrag om inrättande av stödboende\n3. Hyresavtal "
            "ljudanläggning\n4. Närvarolistor läxhjälp\n5. Uppdragsbeskrivning samhällskommunikatörer",
        ),
        ("space", 8),
        ("p", "För socialnämnden"),
        signature_row([["Johanna Fridh (KD)", "Ordförande"], ["Patrik Lindgren", "Nämndsekreterare"]]),
    ]


@case
def matrix_norrkoping():
    d = fresh("matrix-norrkoping")
    L = Ledger5()
    name = "Norrköping SN-2025-0076 yttrande.pdf"
    render_pdf(d / name, norrkoping_blocks(), L, Page(footer="Sida {page} av {pages}", size_pt=10))
    finish(
        d,
        name,
        "Norrköpings kommun",
        "2025-02-24",
        NORRKOPING_ACTS,
        L,
        atts(("1", "8"), ("2", "8"), ("3", "11"), ("4", "12"), ("5", "15")),
        [
            {"name": "Johanna Fridh", "role": "ordförande", "party": "KD"},
            {"name": "Patrik Lindgren", "role": "nämndsekreterare"},
        ],
        "The agency's reasons appear ONLY as crosses in a ruled matrix (activity × one-letter reason columns "
        "S/U/O/P/M/K/B, a legend under it); 'Akt. N Title' run-in bold lines with gapped numbers 7, 8, 11, 12, 15; "
        "amounts 'kr. 45 000'; positions 'nämnden medger återkravet', 'nämnden invänder mot återkravet', 'medger "
        "kr. 9 500 av kravet … och invänder mot resten' (partial); 'bilaga 6' referenced but not listed "
        "(unresolved_reference).",
        municipality="Norrköping",
        checks=[{"activity_no": "12", "check": "unresolved_reference"}],
        quantities=[{"value": 4, "unit": "studentmentor"}],
    )


# ------------------------------------------------------------------------------------------
# 5. Vänersborg: activities numbered with lower-case Roman numerals in parentheses "(i)" … "(iv)"
#    (activity_no "i" …), the amount set as a marginal note in the wide left margin beside the
#    heading, the agency's objection in a grey box, positions "vi godtar", "vi godtar inte", "vi godtar
#    att betala tillbaka 9 000 kr av dessa", and an undecided one ("ett kompletterande yttrande").

VANERSBORG_ACTS = [
    Act("i", "Fritidsgård Torpa – utökat lördagsöppet", D(36800), "accepts_full", ["outside_grant_period"], needle="(i) Fritidsgård Torpa"),
    Act(
        "ii",
        "Familjecentralens uppsökande arbete",
        D(122000),
        "disputes",
        ["ordinary_operations"],
        ["1", "2"],
        needle="(ii) Familjecentralens",
    ),
    Act("iii", "Kollo på Dalboredden", D(58300), "accepts_partial", ["excessive_cost"], ["3"], repay=D(9000), needle="(iii) Kollo"),
    Act("iv", "Dialogmöten med boende på Öxnered", D(14500), "unclear", ["unverifiable_costs"], needle="(iv) Dialogmöten"),
]
VANERSBORG_TEXT = {
    "i": (
        "Lördagsöppet började i januari 2023, före bidragsperioden för 2022 års medel.",
        "Vi godtar Socialstyrelsens bedömning. Beslutet om lördagsöppet fattades för sent.",
    ),
    "ii": (
        "Uppsökande arbete ingår i familjecentralens grunduppdrag och är ordinarie verksamhet.",
        "Vi godtar inte återkravet. Två familjebehandlare anställdes med bidraget för att söka upp familjer i "
        "Torpa och Öxnered som inte kommer till familjecentralen, se bilaga 1. Centralens grunduppdrag omfattar "
        "inte uppsökande arbete, se bilaga 2.",
    ),
    "iii": (
        "Kostnaden per deltagare är för hög.",
        "Kollot hade 42 deltagare under två veckor. Kostnaden för helpension blev högre än planerat, och vi godtar "
        "att betala tillbaka " + m(9000) + " av dessa. Övriga kostnader framgår av budgeten i bilaga 3.",
    ),
    "iv": (
        "Kostnaderna för lokalhyra och förtäring är inte styrkta.",
        "Fakturorna söks fortfarande i arkivet. Kommunen tar ställning till återkravet i ett kompletterande "
        "yttrande senast den 31 mars 2025.",
    ),
}


def vanersborg_blocks() -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    head = ParagraphStyle("vh", fontName="Times-Bold", fontSize=12.5, leading=16)
    note = ParagraphStyle("vn", fontName="Times-Italic", fontSize=10, leading=12, alignment=2, textColor=colors.HexColor("#444444"))
    box = ParagraphStyle("vb", fontName="Times-Italic", fontSize=10.5, leading=14)
    body = ParagraphStyle("vp", fontName="Times-Roman", fontSize=11, leading=15)
    out = [
        ("rich", "p", "<b>Vänersborgs kommun</b><br/>Socialnämnden"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("p", "Vänersborg den 11 februari 2025\nDnr SN 2025/044"),
        ("h2", "Yttrande över preliminärt beslut om återkrav av statsbidrag för 2022"),
        (
            "p",
            "Socialstyrelsen har meddelat att myndigheten avser att återkräva " + m(231600) + " för fyra aktiviteter. "
            "Kommunen lämnar följande yttrande. Socialstyrelsens invändning återges i den grå rutan under varje rubrik.",
        ),
    ]
    for a in VANERSBORG_ACTS:
        out.append(("margin_act", a, *VANERSBORG_TEXT[a.no]))
    out += [
        ("h3", "Sammanfattning"),
        (
            "p",
            "Kommunen godtar återkrav om "
            + m(45800)
            + " och godtar inte återkravet för aktivitet (ii). För aktivitet (iv) återkommer kommunen.",
        ),
        ("h3", "Bilagor"),
        ("p", "1. Anställningsbeslut familjebehandlare\n2. Familjecentralens uppdragsbeskrivning\n3. Budget och utfall kollo 2022"),
        ("space", 10),
        ("p", "Marie Dahlberg (S)\nOrdförande, socialnämnden"),
        ("small", "Handläggare: Henrik Ståhl, 0521-72 14 09, henrik.stahl@vanersborg.se"),
    ]
    return out, (head, note, box, body, Paragraph)


def vanersborg_flow(blocks, styles_, L) -> list:
    head, note, box, body, Paragraph = styles_
    out = []
    for b in blocks:
        if b[0] != "margin_act":
            out.append(b)
            continue
        _, a, objection, answer = b
        amount = L.fill(m(a.claimed))
        obj, ans = L.fill(objection), L.fill(answer)

        def make(a=a, amount=amount, obj=obj, ans=ans):
            rows = [
                [Paragraph(amount, note), Paragraph(f"({a.no}) {a.title}", head)],
                ["", Paragraph(obj, box)],
                ["", Paragraph(ans, body)],
            ]
            t = Table(rows, colWidths=[2.6 * cm, 13.4 * cm], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#e6e6e6")),
                        ("TOPPADDING", (0, 0), (-1, 0), 10),
                        ("TOPPADDING", (1, 1), (1, 1), 5),
                        ("BOTTOMPADDING", (1, 1), (1, 1), 6),
                        ("RIGHTPADDING", (0, 0), (0, -1), 10),
                    ]
                )
            )
            return t

        out.append(("lazy", make))
    return out


@case
def prose_vanersborg():
    d = fresh("prose-vanersborg")
    L = Ledger5()
    name = "Vänersborg yttrande SN 2025-044.pdf"
    blocks, st = vanersborg_blocks()
    flow = vanersborg_flow(blocks, st, L)  # the gold money list is a multiset: fill order does not matter
    render_pdf(d / name, flow, L, Page(font="Times-Roman", size_pt=11, margins=(1.6 * cm, 2.2 * cm, 2.5 * cm, 2.2 * cm), footer="{page}"))
    finish(
        d,
        name,
        "Vänersborgs kommun",
        "2025-02-11",
        VANERSBORG_ACTS,
        L,
        atts(("1", "ii"), ("2", "ii"), ("3", "iii")),
        [
            {"name": "Marie Dahlberg", "role": "ordförande", "party": "S"},
            {"name": "Henrik Ståhl", "role": "handläggare", "phone": "+46521721409", "email": "henrik.stahl@vanersborg.se"},
        ],
        "Activities numbered with lower-case Roman numerals in parentheses '(i)' … '(iv)' (activity_no 'i' … 'iv'); "
        "the claimed amount is a marginal note in italics in the left margin beside the heading (no amount in the "
        "heading); the agency's objection in a grey box under each heading; positions 'Vi godtar Socialstyrelsens "
        "bedömning' (accepts), 'Vi godtar inte återkravet' (disputes), 'vi godtar att betala tillbaka 9 000 kr av "
        "dessa' (partial), 'tar ställning … i ett kompletterande yttrande' (unclear). Date 'den 11 februari 2025'.",
        municipality="Vänersborg",
        quantities=[{"value": 42, "unit": "deltagare"}],
    )


# ------------------------------------------------------------------------------------------
# 6. Linköping: a Word table (python-docx → LibreOffice) whose narrow columns have ROTATED header
#    text (read bottom to top), rows grouped under full-width sub-heading rows per grant year
#    ("Bidragsår 2021" / "2022" / "2023"), numbers running across the years, amounts bare in the
#    cells, a "Medges (kr)" column (zeros optional), and a sum row.

LINKOPING_ACTS = [
    Act("1", "Sommarlov i Skäggetorp", D(48000), "accepts_full", ["outside_grant_period"], needle="Sommarlov i Skäggetorp"),
    Act("2", "Fältassistenter Ryd", D(215000), "disputes", ["exercise_of_authority"], ["1"], needle="Fältassistenter Ryd"),
    Act("3", "Föräldrakurser på arabiska", D(26400), "disputes", ["unverifiable_costs"], ["2"], needle="Föräldrakurser på arabiska"),
    Act("4", "Idrottsskola Berga", D(73500), "accepts_partial", ["excessive_cost"], ["3"], repay=D(18500), needle="Idrottsskola Berga"),
    Act("5", "Trygghetsskapande belysning", D(131000), "accepts_full", ["purpose_mismatch"], needle="Trygghetsskapande belysning"),
    Act("6", "Läxhjälp via bibliotek", D(19800), "disputes", ["ordinary_operations"], ["4"], needle="Läxhjälp via bibliotek"),
]
LINKOPING_YEARS = {"2021": ["1", "2"], "2022": ["3", "4"], "2023": ["5", "6"]}
LINKOPING_ROWS = {  # the agency's reasons in short, the answer
    "1": ("Aktiviteterna genomfördes sommaren 2020.", "Medges. Datumen i redovisningen var fel."),
    "2": ("Fältassistenterna har fattat beslut om enskilda.", "Bestrids. Assistenterna har inte fattat beslut, se bilaga 1."),
    "3": ("Kostnaderna för tolk kan inte styrkas.", "Bestrids. Tolkfakturorna finns i bilaga 2."),
    "4": ("Hyran för hallen är för hög.", "Medges delvis. Hallhyran för lördagar (bilaga 3) bestrids."),
    "5": ("Belysning av gångvägar är inte en social insats.", "Medges."),
    "6": ("Läxhjälpen är bibliotekets ordinarie verksamhet.", "Bestrids. Läxhjälpen startade med bidraget, bilaga 4."),
}


def rotate_cell(cell) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()  # noqa: SLF001
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "btLr")
    tcPr.append(td)


def shade_cell(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(sh)  # noqa: SLF001


def linkoping_docx(path: Path, L) -> None:
    import docx
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = docx.Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Linköpings kommun\nSocial- och omsorgsnämnden")
    doc.add_paragraph("Socialstyrelsen\nEnheten för statsbidrag")
    doc.add_paragraph("2025-02-26\nDnr SOCN 2025-0112")
    doc.add_heading("Yttrande över preliminärt beslut om återkrav av statsbidrag 2021–2023", level=1)
    doc.add_paragraph(
        L.fill(
            "Socialstyrelsen avser att återkräva " + m(513700) + " av de statsbidrag som kommunen fått för åren 2021, "
            "2022 och 2023. Nämndens svar lämnas i tabellen, ordnad efter bidragsår."
        )
    )
    head = ["Nr", "Aktivitet", "Återkrävt (kr)", "Socialstyrelsens skäl", "Kommunens svar", "Medges (kr)"]
    widths = [Cm(0.9), Cm(4.1), Cm(1.6), Cm(4.3), Cm(4.6), Cm(1.5)]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "D9E2F3")
        if i in (0, 2, 5):
            rotate_cell(c)
    t.rows[0].height = Cm(2.6)
    t.rows[0].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    acts = {a.no: a for a in LINKOPING_ACTS}
    for year, nos in LINKOPING_YEARS.items():
        r = t.add_row()
        merged = r.cells[0].merge(r.cells[5])
        merged.text = f"Bidragsår {year}"
        merged.paragraphs[0].runs[0].bold = True
        shade_cell(merged, "F2F2F2")
        for no in nos:
            a = acts[no]
            reason, answer = LINKOPING_ROWS[no]
            repay = m(D(a.repayment()), "bare" if a.position != "disputes" else "opt_bare")
            vals = [no, a.title, L.fill(m(a.claimed, "bare")), reason, answer, L.fill(repay)]
            r = t.add_row()
            for i, v in enumerate(vals):
                r.cells[i].text = v
                if i in (2, 5):
                    r.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = t.add_row()
    r.cells[1].text = "Summa"
    r.cells[2].text = L.fill(m(513700, "bare"))
    r.cells[5].text = L.fill(m(197500, "bare"))
    for i in (1, 2, 5):
        r.cells[i].paragraphs[0].runs[0].bold = True
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        tcs = row._tr.tc_lst  # noqa: SLF001 - the row's real cells (a merged row has one)
        if len(tcs) == len(widths):
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph(
        "Bilagor\n1. Uppdragsbeskrivning fältassistenter\n2. Tolkfakturor 2022\n3. Hyresavtal Bergahallen\n"
        "4. Beslut om läxhjälp på Skäggetorps bibliotek"
    )
    doc.add_paragraph("För social- och omsorgsnämnden\n\nAnna-Karin Hedin (C)\nordförande\n\nNils Bergkvist\nnämndsekreterare")
    doc.save(path)


@case
def table_linkoping():
    d = OUT / "table-linkoping"
    name = "Yttrande SOCN 2025-0112.pdf"
    L = Ledger5()
    TMP.mkdir(parents=True, exist_ok=True)
    src = TMP / "Yttrande SOCN 2025-0112.docx"
    linkoping_docx(src, L)
    if REBUILD_EXTERNAL or not (d / name).exists():
        d = fresh("table-linkoping")
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)], cwd=TMP)
    finish(
        d,
        name,
        "Linköpings kommun",
        "2025-02-26",
        LINKOPING_ACTS,
        L,
        atts(("1", "2"), ("2", "3"), ("3", "4"), ("4", "6")),
        [{"name": "Anna-Karin Hedin", "role": "ordförande", "party": "C"}, {"name": "Nils Bergkvist", "role": "nämndsekreterare"}],
        "A Word table (python-docx → LibreOffice, 'Table Grid') whose narrow columns 'Nr', 'Återkrävt (kr)' and "
        "'Medges (kr)' have ROTATED header text (bottom to top); rows grouped under full-width merged sub-heading "
        "rows 'Bidragsår 2021' / '2022' / '2023' (not activities); numbers 1-6 running across the years; bare "
        "amounts in cells that WRAP between their digit groups in the narrow columns ('48' / '000'); terse answers "
        "'Medges.', 'Bestrids. …', 'Medges delvis.' with the partial sum only in the Medges column (zeros optional); "
        "a Summa row; the signatures on page 2.",
        municipality="Linköping",
    )


# ------------------------------------------------------------------------------------------
# 7. Halmstad: an intranet case page printed by chromium: breadcrumb, a search box, a table with
#    sortable-column arrows SORTED BY AMOUNT (descending), so the activity numbers run 4, 1, 5, 2, 3;
#    positions as coloured pill badges ("Medges", "Bestrids", "Delvis"), the partial sum only in
#    an "Att återbetala" column, "Visar 1–5 av 5", amounts "45 000,00", documents as links.

HALMSTAD_ACTS = [
    Act("1", "Mötesplats Andersberg", D(96500), "disputes", ["ordinary_operations"], ["1"]),
    Act("2", "Simskola för nyanlända kvinnor", D(21750), "accepts_full", ["unverifiable_costs"]),
    Act("3", "Sommarkollo Tylösand", D(15000), "disputes", ["outside_grant_period"], ["2"]),
    Act("4", "Trygghetsteam Vallås", D(174300), "accepts_partial", ["excessive_cost", "unverifiable_costs"], ["3"], repay=D(40000)),
    Act("5", "Läxcafé Fyllinge", D(38200), "accepts_full", ["description_mismatch"]),
]
HALMSTAD_NOTES = {
    "1": "Ordinarie verksamhet enligt SoS. Mötesplatsen öppnade 2022 med bidraget som enda finansiering (bilaga 1).",
    "2": "Kvitton för entréavgifter saknas. Medges.",
    "3": "Kollot hölls i juni 2022 – inom perioden, se bilaga 2.",
    "4": "SoS: för hög kostnad, lönekostnader ej styrkta. Övertid för kvällspass medges, resten styrks i bilaga 3.",
    "5": "Verksamheten motsvarade inte ansökans beskrivning. Medges.",
}


def halmstad_html(L) -> str:
    badge = {"accepts_full": ("Medges", "#1e7e34"), "disputes": ("Bestrids", "#b02a37"), "accepts_partial": ("Delvis", "#b8860b")}
    rows = []
    for a in sorted(HALMSTAD_ACTS, key=lambda a: -a.claimed):
        text, col = badge[a.position]
        repay = m(D(a.repayment()), "baredec" if a.position != "disputes" else "opt_baredec")
        rows.append(
            f"<tr><td>{a.no}</td><td>{a.title}</td><td class=r>{L.fill(m(a.claimed, 'baredec'))}</td>"
            f"<td><span class=pill style='background:{col}'>{text}</span></td><td class=r>{L.fill(repay)}</td>"
            f"<td>{L.fill(HALMSTAD_NOTES[a.no])}</td></tr>"
        )
    total = L.fill(m(345750, "baredec"))
    repay_total = L.fill(m(99950, "baredec"))
    return f"""<!doctype html><html lang=sv><head><meta charset=utf-8><title>Yttrande återkrav – Insidan</title>
<style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10.5px; color: #222; margin: 0; }}
.top {{ background: #004b87; color: #fff; padding: 8px 14px; font-size: 15px; }}
.top small {{ float: right; font-size: 11px; margin-top: 3px; }}
.crumb {{ color: #666; padding: 6px 14px; border-bottom: 1px solid #ddd; }}
main {{ padding: 6px 14px; }}
h1 {{ font-size: 19px; margin: 8px 0 2px; }}
.meta {{ color: #555; margin-bottom: 8px; }}
.tools input {{ border: 1px solid #aaa; border-radius: 3px; padding: 3px 6px; width: 220px; color: #999; }}
.tools span {{ margin-left: 12px; color: #555; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 8px; }}
th {{ background: #eef2f6; text-align: left; padding: 5px; border-bottom: 2px solid #9aa9b8; white-space: nowrap; }}
th .arr {{ color: #9aa; font-size: 9px; }} th .on {{ color: #004b87; }}
td {{ padding: 5px; border-bottom: 1px solid #ddd; vertical-align: top; }}
td.r, th.r {{ text-align: right; white-space: nowrap; }}
.pill {{ color: #fff; border-radius: 9px; padding: 1px 8px; font-size: 9.5px; }}
tfoot td {{ font-weight: bold; border-top: 2px solid #9aa9b8; }}
.docs a {{ color: #004b87; }}
</style></head><body>
<div class=top>Insidan – Halmstads kommun <small>Inloggad: Sofia Engdahl</small></div>
<div class=crumb>Start › Socialförvaltningen › Statsbidrag utsatta områden › Ärende SN 2025/0093</div>
<main>
<h1>Yttrande till Socialstyrelsen – preliminärt återkrav, bidragsår 2022</h1>
<div class=meta>Ärende SN 2025/0093 · Mottagare: Socialstyrelsen · Beslutat av socialnämnden 2025-02-19 ·
Status: Skickat</div>
<p>Socialnämnden i Halmstads kommun lämnar följande svar på Socialstyrelsens preliminära beslut om återkrav.
Nämnden medger återkraven som markerats Medges, bestrider dem som markerats Bestrids och medger delvis det
belopp som anges i kolumnen Att återbetala.</p>
<div class=tools><input value="Sök i tabellen …"><span>Visar 1–5 av 5 rader</span><span>Sorterat på Återkrävt, fallande</span></div>
<table><thead><tr>
<th>Nr <span class=arr>▲▼</span></th><th>Aktivitet <span class=arr>▲▼</span></th>
<th class=r>Återkrävt (kr) <span class="arr on">▼</span></th><th>Svar <span class=arr>▲▼</span></th>
<th class=r>Att återbetala (kr) <span class=arr>▲▼</span></th><th>Kommentar</th></tr></thead>
<tbody>{"".join(rows)}</tbody>
<tfoot><tr><td></td><td>Summa</td><td class=r>{total}</td><td></td><td class=r>{repay_total}</td><td></td></tr></tfoot>
</table>
<p class=docs><b>Bifogade dokument</b><br>
<a href="#">Bilaga 1 – Beslut om Mötesplats Andersberg.pdf</a><br>
<a href="#">Bilaga 2 – Kollots program juni 2022.pdf</a><br>
<a href="#">Bilaga 3 – Tidrapporter trygghetsteamet.pdf</a></p>
<p>Ansvarig: Gunnar Holm (L), ordförande socialnämnden · Handläggare: Sofia Engdahl, 035-13 77 52,
sofia.engdahl@halmstad.se</p>
</main></body></html>"""


@case
def html_halmstad():
    d = OUT / "html-halmstad"
    name = "Insidan - Yttrande återkrav SN 2025-0093.pdf"
    L = Ledger5()
    html = halmstad_html(L)
    if REBUILD_EXTERNAL or not (d / name).exists():
        d = fresh("html-halmstad")
        src = TMP / "halmstad" / "arende.html"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(html, encoding="utf-8")
        run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={d / name}",
                src.as_uri(),
            ]
        )
    texts = page_texts(d / name)
    for a in HALMSTAD_ACTS:
        a.needle = a.title
    finish(
        d,
        name,
        "Halmstads kommun",
        "2025-02-19",
        HALMSTAD_ACTS,
        L,
        atts(("1", "1"), ("2", "3"), ("3", "4")),
        [
            {"name": "Gunnar Holm", "role": "ordförande", "party": "L"},
            {"name": "Sofia Engdahl", "role": "handläggare", "phone": "+4635137752", "email": "sofia.engdahl@halmstad.se"},
        ],
        "An intranet case page printed by chromium (landscape, no browser header): top bar with the logged-in user, "
        "a breadcrumb, a search box and 'Visar 1–5 av 5 rader'; one table with sortable-column arrows (▲▼) SORTED BY "
        "the amount descending, so the rows run 4, 1, 5, 2, 3; positions as coloured pill badges 'Medges' / "
        "'Bestrids' / 'Delvis' (the partial sum only in the 'Att återbetala (kr)' column; zeros optional); amounts "
        "'96 500,00' without currency; reasons and refs in a comment column; documents as links 'Bilaga N – "
        f"name.pdf'. Pages: {len(texts)}.",
        municipality="Halmstad",
    )


# ------------------------------------------------------------------------------------------
# 8. Filipstad: the municipality answers INSIDE a copy of the agency's decision: the decision's
#    paragraphs are reproduced indented in grey ("Aktivitet 3: …", with "Beviljat belopp" that is NOT
#    the claim and "Återkrav" that is), and after each comes a red "KOMMENTAR FILIPSTADS KOMMUN:"
#    paragraph holding the position ("vidhåller att kostnaden är bidragsberättigad", "lämnar
#    återkravet utan erinran", "kan acceptera att 6 400 kronor betalas tillbaka").

FILIPSTAD_ACTS = [
    Act("1", "Ungdomsgården Kulturhuset", D(44000), "disputes", ["ordinary_operations"], ["1"], needle="Aktivitet 1: Ungdomsgården"),
    Act("2", "Sommarjobb Skillerhyttan", D(27500), "accepts_full", ["outside_grant_period"], needle="Aktivitet 2: Sommarjobb"),
    Act(
        "3",
        "Föräldrautbildning ABC",
        D(16900),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2"],
        repay=D(6400),
        needle="Aktivitet 3: Föräldrautbildning",
    ),
    Act("4", "Trygghetsvärdar Hemgården", D(58200), "disputes", ["purpose_mismatch"], ["3"], needle="Aktivitet 4: Trygghetsvärdar"),
]
FILIPSTAD = {
    "1": (
        D(120000),
        "Kommunen har redovisat kostnader för personal på ungdomsgården. Socialstyrelsen bedömer att ungdomsgården "
        "är en del av kommunens ordinarie fritidsverksamhet.",
        "Ungdomsgården hade inte kvällsöppet före 2023. Kommunen vidhåller att kostnaden är bidragsberättigad och "
        "hänvisar till nämndens beslut om utökat öppethållande (bilaga 1).",
    ),
    "2": (
        D(90000),
        "Av redovisningen framgår att lönerna avser sommaren 2024, efter bidragsperioden.",
        "Kommunen lämnar återkravet utan erinran.",
    ),
    "3": (
        D(40000),
        "Kommunen har inte styrkt kostnaderna för kursledare och material.",
        "Arvodet till kursledarna är styrkt genom avtal och utbetalningar (bilaga 2). Materialkostnaden kan vi inte "
        "styrka, och kommunen kan acceptera att " + m(6400, "kronor") + " betalas tillbaka.",
    ),
    "4": (
        D(150000),
        "Trygghetsvärdarnas uppdrag har huvudsakligen varit att bevaka kommunens fastigheter, vilket inte ligger i "
        "linje med bidragets syfte.",
        "Värdarna arbetade med att skapa kontakt med unga i området, inte med bevakning, vilket deras "
        "arbetsbeskrivning visar (bilaga 3). Kommunen vidhåller att kostnaden är bidragsberättigad.",
    ),
}


def filipstad_blocks() -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    quote = ParagraphStyle(
        "fq", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=1.2 * cm, textColor=colors.HexColor("#555555"), spaceAfter=4
    )
    qhead = ParagraphStyle("fqh", parent=quote, fontName="Helvetica-Bold")
    comment = ParagraphStyle(
        "fc", fontName="Helvetica", fontSize=10, leading=13.5, textColor=colors.HexColor("#c00000"), spaceAfter=10, borderPadding=4
    )
    out = [
        ("rich", "p", "<b>Filipstads kommun</b><br/>Kommunstyrelsen"),
        ("p", "2025-02-13\nDnr KS 2025/27"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("h2", "Yttrande över preliminärt beslut om återkrav (dnr 9.1-59021/2024)"),
        (
            "p",
            "Filipstads kommun har valt att besvara Socialstyrelsens preliminära beslut genom att återge beslutets "
            "skäl för varje aktivitet (grå, indragen text) och lägga in kommunens kommentarer i röd text direkt efter. "
            "Det sammanlagda återkravet är " + m(146600, "kronor") + ".",
        ),
        ("rich", "p", "<i>Ur Socialstyrelsens preliminära beslut, avsnitt 4 ”Bedömning”:</i>"),
    ]
    for a in FILIPSTAD_ACTS:
        granted, said, answer = FILIPSTAD[a.no]
        out.append(("rich_style", f"Aktivitet {a.no}: {a.title}", qhead))
        out.append(("rich_style", f"Beviljat belopp: {m(granted, 'kronor')}. Återkrav: {m(a.claimed, 'kronor')}.", quote))
        out.append(("rich_style", said, quote))
        out.append(("rich_style", "<b>KOMMENTAR FILIPSTADS KOMMUN:</b> " + answer, comment))
    out += [
        ("h3", "Sammanfattning"),
        ("p", "Kommunen accepterar återkrav om totalt " + m(33900, "kronor") + " och motsätter sig återkravet i övrigt."),
        (
            "p",
            "Bilagor\n1 Beslut om utökat öppethållande, Kulturhuset\n2 Avtal och utbetalningar kursledare ABC\n"
            "3 Arbetsbeskrivning trygghetsvärdar",
        ),
        ("space", 8),
        ("p", "Claes Wennberg (S)\nKommunstyrelsens ordförande"),
        ("p", "Linnea Haraldsson\nKommunchef"),
    ]
    return out, Paragraph


@case
def prose_filipstad():
    d = fresh("prose-filipstad")
    L = Ledger5()
    name = "Filipstad KS 2025-27 kommentarer i beslutet.pdf"
    blocks, Paragraph = filipstad_blocks()
    flow = []
    for b in blocks:
        if b[0] == "rich_style":
            flow.append(("lazy", lambda t=L.fill(b[1]), st=b[2]: Paragraph(t, st)))
        else:
            flow.append(b)
    render_pdf(d / name, flow, L, Page(footer="Filipstads kommun · sida {page} av {pages}"))
    finish(
        d,
        name,
        "Filipstads kommun",
        "2025-02-13",
        FILIPSTAD_ACTS,
        L,
        atts(("1", "1"), ("2", "3"), ("3", "4")),
        [{"name": "Claes Wennberg", "role": "ordförande", "party": "S"}, {"name": "Linnea Haraldsson", "role": "kommunchef"}],
        "The answer is written INTO a copy of the agency's decision: each activity's paragraph from the decision is "
        "reproduced indented in grey ('Aktivitet N: Title', 'Beviljat belopp: 120 000 kronor. Återkrav: 44 000 "
        "kronor.' — the granted sum is printed but is NOT the claim) and a red 'KOMMENTAR FILIPSTADS KOMMUN:' "
        "paragraph follows with the position: 'vidhåller att kostnaden är bidragsberättigad' (disputes), 'lämnar "
        "återkravet utan erinran' (accepts), 'kan acceptera att 6 400 kronor betalas tillbaka' (partial).",
        municipality="Filipstad",
    )


# ------------------------------------------------------------------------------------------
# 9. Söderhamn: the agency's own answer form ("Blankett SoS 7714"), pre-printed in Helvetica with
#    numbered fields, filled in by typing in Courier: Del A (the municipality), one Del B block per
#    activity (field 5 the activity number, 6 the title, 7 the claimed sum as pre-filled by the
#    agency, 8 three tick boxes "[X]", 9 the sum the municipality accepts, 10 the motivation), Del C
#    (attachments, the signature). Field numbers are not activity numbers.

SODERHAMN_ACTS = [
    Act("3", "Idrott för alla – Mohed", D(52000), "accepts_partial", ["excessive_cost"], ["1"], repay=D(11000), needle="Idrott för alla"),
    Act("4", "Kvällsfritids Centrum", D(88750), "disputes", ["ordinary_operations"], ["2", "3"], needle="Kvällsfritids Centrum"),
    Act("7", "Konsulttjänst kartläggning", D(36000), "accepts_full", ["description_mismatch"], needle="Konsulttjänst kartläggning"),
]
SODERHAMN = {
    "3": (
        "Hyran för Mohedshallen var högre än budgeterat. Kommunen medger hyran för juli, " + m(11000) + ". Övriga kostnader, se bilaga 1."
    ),
    "4": ("Kvällsfritids startade hösten 2022 och fanns inte tidigare. Se beslut (bilaga 2) och personalplan (bilaga 3)."),
    "7": ("Konsultens rapport motsvarade inte uppdraget. Kommunen medger."),
}


def soderhamn_blocks(L) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    lab = ParagraphStyle("sl", fontName="Helvetica", fontSize=7.5, leading=9, textColor=colors.HexColor("#333333"))
    typed = ParagraphStyle("st", fontName="Courier", fontSize=10, leading=12.5, textColor=colors.HexColor("#101060"))
    hd = ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=colors.white)

    def cell(no: int, label: str, value: str):
        return [Paragraph(f"{no}. {label}", lab), Paragraph(value, typed)]

    def form(title: str, rows: list, widths=(16.4,)):
        def make(title=title, rows=rows):
            data = [[Paragraph(title, hd)]] + [[r] for r in rows]
            t = Table(data, colWidths=[16.4 * cm], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5b2a6e")),
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                        ("LINEBELOW", (0, 1), (-1, -2), 0.4, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            return t

        return ("lazy", make)

    def tick(on: bool) -> str:
        return "[X]" if on else "[&nbsp;&nbsp;]"

    out = [
        ("rich", "small", "SOCIALSTYRELSEN · Blankett SoS 7714 (2024-10)"),
        ("h2", "Svar på preliminärt beslut om återkrav – statsbidrag till kommuner med utsatta områden"),
        ("small", "Fyll i en Del B för varje aktivitet som beslutet gäller. Skicka blanketten till statsbidrag@socialstyrelsen.se."),
    ]
    ff = [0]

    def field(label: str, value: str):
        ff[0] += 1
        return cell(ff[0], label, value)

    a_rows = [
        field("Kommun", "Söderhamns kommun"),
        field("Organisationsnummer", "212000-2437"),
        field("Diarienummer hos Socialstyrelsen", "9.1-58302/2024"),
        field("Datum", "2025-02-21"),
    ]
    out.append(form("Del A – Uppgifter om kommunen", [_two(r) for r in a_rows]))
    start = ff[0]
    for a in SODERHAMN_ACTS:
        ff[0] = start
        pos = a.position
        rows = [
            field("Aktivitetens nummer i beslutet", a.no),
            field("Aktivitetens namn", a.title),
            field("Återkrävt belopp enligt beslutet (kr)", L.fill(m(a.claimed, "bare"))),
            field(
                "Kommunens ställningstagande",
                f"{tick(pos == 'accepts_full')} Kommunen medger återkravet &nbsp; {tick(pos == 'accepts_partial')} Kommunen medger "
                f"delvis &nbsp; {tick(pos == 'disputes')} Kommunen medger inte",
            ),
            field("Belopp som kommunen medger (kr), vid delvis medgivande", L.fill(m(a.repay, "bare")) if pos == "accepts_partial" else ""),
            field("Motivering", L.fill(SODERHAMN[a.no])),
        ]
        out.append(("space", 6))
        out.append(form("Del B – Aktivitet", [_two(r) for r in rows]))
    ff[0] = 10
    c_rows = [
        field(
            "Bifogade handlingar", "Bilaga 1 Hyresavtal Mohedshallen<br/>Bilaga 2 Beslut om kvällsfritids<br/>Bilaga 3 Personalplan 2022"
        ),
        field("Underskrift, namnförtydligande, befattning", "Eva Sjölund (S), ordförande socialnämnden"),
        field("Kontaktperson, telefon, e-post", "Mats Hedberg, 0270-753 02, mats.hedberg@soderhamn.se"),
    ]
    out.append(("space", 6))
    out.append(form("Del C – Bilagor och underskrift", [_two(r) for r in c_rows]))
    return out


def _two(pair):
    t = Table([pair], colWidths=[5.2 * cm, 10.8 * cm])
    t.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2), ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.grey)]
        )
    )
    return t


@case
def form_soderhamn():
    d = fresh("form-soderhamn")
    L = Ledger5()
    name = "SoS 7714 Söderhamn ifylld.pdf"
    render_pdf(d / name, soderhamn_blocks(L), L, Page(margins=(2 * cm, 2 * cm, 2 * cm, 2 * cm), footer="SoS 7714 · sida {page} ({pages})"))
    finish(
        d,
        name,
        "Söderhamns kommun",
        "2025-02-21",
        SODERHAMN_ACTS,
        L,
        atts(("1", "3"), ("2", "4"), ("3", "4")),
        [
            {"name": "Eva Sjölund", "role": "ordförande", "party": "S"},
            {"name": "Mats Hedberg", "phone": "+4627075302", "email": "mats.hedberg@soderhamn.se"},
        ],
        "The agency's own answer form ('Blankett SoS 7714'), pre-printed labels in Helvetica with NUMBERED FIELDS "
        "(field numbers 1-13 are not activity numbers), filled in by typing in Courier: Del A (the municipality, "
        "its org. no and date), one 'Del B – Aktivitet' block per activity (5 the activity number 3/4/7, 6 the "
        "title, 7 the claimed sum bare, 8 three tick boxes '[X] Kommunen medger återkravet / [ ] … delvis / [ ] … "
        "inte', 9 the accepted sum for a partial, 10 the motivation), Del C (attachments 'Bilaga N title', the "
        "signature, the contact). The addressee is the form's owner (Socialstyrelsen).",
        municipality="Söderhamn",
    )


# ------------------------------------------------------------------------------------------
# 10. Scans. scan-vanersborg-2up: prose-vanersborg printed two pages per sheet (2-up, landscape
#     sheet, each page at 70 %, a thin frame round each) and scanned at 200 dpi greyscale: one page
#     holding the whole two-page response. scan-norrkoping-lapp: matrix-norrkoping scanned at
#     150 dpi greyscale with heavy JPEG compression (quality 12: blocking and ringing), a
#     sticky note stuck on page 1 over the right margin ("Ring Patrik ang. bil. 6! /JF"), page 2
#     fed crooked (-1.5°).


def copy_gold5(src_case: str, dst_dir: Path, name: str, note: str, pages: dict | None = None, **extra) -> None:
    """The gold of src_case for its scan `name`; pages maps original page -> page in the scan."""
    import json

    (g,) = json.loads((OUT / src_case / "gold.json").read_text(encoding="utf-8"))["files"].values()
    g = {**g, "scanned": True, **extra}
    if pages:
        g["activities"] = [{**a, "page_start": pages[a["page_start"]]} for a in g["activities"]]
    write_gold(dst_dir, {name: g}, note)


@case
def scan_vanersborg_2up():
    import random

    import pypdfium2 as pdfium
    from genre4 import images_pdf
    from PIL import Image, ImageDraw, ImageFilter

    src = OUT / "prose-vanersborg" / "Vänersborg yttrande SN 2025-044.pdf"
    d = fresh("scan-vanersborg-2up")
    name = "Scan_20250214_093112.pdf"
    dpi = 200
    doc = pdfium.PdfDocument(str(src))
    assert len(doc) == 2
    sheet = Image.new("L", (int(11.69 * dpi), int(8.27 * dpi)), 250)
    scale = 0.70 * dpi / 72
    dr = ImageDraw.Draw(sheet)
    for i in range(2):
        img = doc[i].render(scale=scale, grayscale=True).to_pil().convert("L")
        x = int(sheet.width * (0.035 + 0.5 * i))
        y = (sheet.height - img.height) // 2
        sheet.paste(img, (x, y))
        dr.rectangle((x - 1, y - 1, x + img.width, y + img.height), outline=120)
    doc.close()
    rnd = random.Random(52)
    sheet = sheet.rotate(0.6, resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.4))
    px = sheet.load()
    for _ in range(300):
        px[rnd.randrange(sheet.width), rnd.randrange(sheet.height)] = rnd.randrange(40, 140)
    images_pdf(d / name, [sheet], dpi, 55)
    copy_gold5(
        "prose-vanersborg",
        d,
        name,
        "prose-vanersborg printed 2-up (two A4 pages side by side at 70 % on one landscape sheet, a thin frame "
        "round each) and scanned at 200 dpi greyscale, slight skew and dust: ONE page holds the whole two-page "
        "response (page_count 1; everything on page 1). Gold otherwise as prose-vanersborg.",
        pages={1: 1, 2: 1},
        page_count=1,
    )


def sticky_note(img, at: tuple, lines: list, dpi: int, angle: float):
    from genre4 import FONTS_DIR
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    w = h = int(dpi * 1.5)
    note = Image.new("RGBA", (w, h), (252, 236, 110, 255))
    dr = ImageDraw.Draw(note)
    font = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans-Oblique.ttf"), int(dpi * 0.16))
    for i, ln in enumerate(lines):
        dr.text((int(dpi * 0.12), int(dpi * 0.2) + i * int(dpi * 0.26)), ln, fill=(30, 30, 110, 255), font=font)
    note = note.rotate(angle, expand=True, resample=Image.BICUBIC)
    shadow = Image.new("L", note.size, 0)
    shadow.paste(90, (0, 0), note.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(5))
    img.paste((120, 120, 120), (at[0] + 5, at[1] + 7), shadow)
    img.paste(note, at, note)
    return img


@case
def scan_norrkoping_lapp():
    import pypdfium2 as pdfium
    from genre4 import images_pdf
    from PIL import Image

    src = OUT / "matrix-norrkoping" / "Norrköping SN-2025-0076 yttrande.pdf"
    d = fresh("scan-norrkoping-lapp")
    name = "Norrköping yttrande skannad.pdf"
    dpi = 150
    doc = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        if i == 0:
            sticky_note(img, (int(img.width * 0.70), int(img.height * 0.05)), ["Ring Patrik", "ang. bil. 6!", "/JF"], dpi, -4)
        img = img.convert("L")
        if i == 1:
            img = img.rotate(-1.5, resample=Image.BICUBIC, fillcolor=235)
        pages.append(img)
    doc.close()
    images_pdf(d / name, pages, dpi, 12)
    copy_gold5(
        "matrix-norrkoping",
        d,
        name,
        "matrix-norrkoping scanned at 150 dpi greyscale with HEAVY JPEG compression (quality 12: blocking and "
        "ringing round the matrix crosses and small type), a sticky note (yellow on paper, light grey in the scan) on page 1 "
        "over the letterhead's "
        "right side ('Ring Patrik ang. bil. 6! /JF': handwriting that is not part of the response), page 2 fed "
        "crooked (-1.5°). Gold as matrix-norrkoping.",
    )


# ------------------------------------------------------------------------------------------
# 11. Invoices from five suppliers in layouts the other corpora do not have: (1) a Polish "Faktura
#     VAT" (PLN, 23 % + 8 %, NIP, Sprzedawca/Nabywca side by side, "Data wystawienia" and "Data
#     sprzedaży", 28 lines continuing on page 2 after "ciąg dalszy na następnej stronie", a VAT
#     summary table by rate); (2) a Spanish "Factura" (EUR, IVA 21 % + 10 %, NIF, "Base imponible",
#     "1.234,56 €", "21/10/2023"); (3) an Estonian "ARVE" (EUR, käibemaks 20 %, Reg. kood, KMKR,
#     viitenumber, "05.10.2023"); (4) a Swedish municipal INTERNAL invoice (Internfaktura between two
#     offices of the same municipality, no VAT, a kontering block with Ansvar/Verksamhet/Aktivitet);
#     (5) a Swedish credit note for RETURNED goods ("Kreditfaktura … avser faktura 70312", negative
#     quantities and amounts, 25 %).

from genre4 import Bill4, nfmt, register_dejavu  # noqa: E402

NORRKOPING_BUYER = ["Norrköpings kommun", "Socialkontoret", "Fack 1010", "601 81 Norrköping", "Sweden / Szwecja"]


def polish_bill() -> Bill4:
    items = [
        ("Piłka do siatkówki Mikasa V200W", 6, "szt.", "289.00", 23),
        ("Piłka nożna Select Brillant r. 5", 10, "szt.", "164.50", 23),
        ("Siatka do siatkówki turniejowa", 2, "szt.", "412.00", 23),
        ("Słupki do siatkówki, komplet", 1, "kpl.", "1890.00", 23),
        ("Znaczniki treningowe (20 szt.)", 4, "kpl.", "58.90", 23),
        ("Pachołki treningowe 23 cm", 30, "szt.", "6.40", 23),
        ("Drabinka koordynacyjna 6 m", 3, "szt.", "79.00", 23),
        ("Skakanka sportowa", 25, "szt.", "18.50", 23),
        ("Mata gimnastyczna 180 x 60", 12, "szt.", "134.00", 23),
        ("Torba na piłki (10 szt.)", 3, "szt.", "96.00", 23),
        ("Pompka do piłek z manometrem", 4, "szt.", "42.00", 23),
        ("Gwizdek metalowy", 8, "szt.", "11.90", 23),
        ("Stoper elektroniczny", 4, "szt.", "64.00", 23),
        ("Koszulki treningowe, rozm. S", 15, "szt.", "27.00", 23),
        ("Koszulki treningowe, rozm. M", 20, "szt.", "27.00", 23),
        ("Koszulki treningowe, rozm. L", 10, "szt.", "27.00", 23),
        ("Frisbee 175 g", 10, "szt.", "39.00", 23),
        ("Zestaw do badmintona", 6, "kpl.", "119.00", 23),
        ("Lotki do badmintona (12 szt.)", 10, "op.", "36.50", 23),
        ("Piłka do koszykówki Molten r. 7", 6, "szt.", "219.00", 23),
        ("Tablica taktyczna magnetyczna", 2, "szt.", "148.00", 23),
        ("Apteczka sportowa", 2, "szt.", "189.00", 23),
        ("Bidony 750 ml", 40, "szt.", "9.80", 23),
        ("Książka: Gry i zabawy ruchowe", 5, "szt.", "44.00", 8),
        ("Książka: Trening dzieci i młodzieży", 3, "szt.", "58.00", 8),
        ("Karty ćwiczeń, zestaw", 4, "kpl.", "31.00", 8),
        ("Transport DPD, paleta", 1, "usł.", "420.00", 23),
        ("Ubezpieczenie przesyłki", 1, "usł.", "35.00", 23),
    ]
    return Bill4(
        number="FV/2023/09/0187",
        date="2023-09-14",
        due="2023-10-14",
        supplier="SportHurt Kaczmarek Sp. z o.o.",
        currency="PLN",
        lang="pl",
        lines=items,
    )


def pl(v) -> str:
    return nfmt(D(v), " ", ",")


def draw_polish(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    register_dejavu()  # Polish letters (ą, ę, ł, ż) are not in the PDF base fonts
    c = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    x0 = 1.5 * cm
    per_rate, vat, net, total = b.amounts()
    first, second = b.lines[:20], b.lines[20:]

    def header(page: int) -> float:
        c.setFont("DejaVuSans-Bold", 15)
        c.drawString(x0, h - 2 * cm, f"Faktura VAT nr {b.number}")
        c.setFont("DejaVuSans", 8.5)
        c.drawRightString(w - x0, h - 1.4 * cm, "Miejsce wystawienia: Poznań")
        c.drawRightString(w - x0, h - 1.8 * cm, "Data wystawienia: 14.09.2023")
        c.drawRightString(w - x0, h - 2.2 * cm, "Data sprzedaży: 12.09.2023")
        c.drawRightString(w - x0, 1 * cm, f"Strona {page} z 2")
        if page == 2:
            c.setFont("DejaVuSans", 8.5)
            c.drawString(x0, h - 2.6 * cm, "ciąg dalszy pozycji z poprzedniej strony")
            return h - 3.2 * cm
        y = h - 3.2 * cm
        c.setFont("DejaVuSans-Bold", 9)
        c.drawString(x0, y, "Sprzedawca")
        c.drawString(w / 2, y, "Nabywca")
        c.setFont("DejaVuSans", 9)
        seller = [b.supplier, "ul. Głogowska 214", "60-104 Poznań, Polska", "NIP: PL 779-24-18-553", "BDO 000412877"]
        for i, ln in enumerate(seller):
            c.drawString(x0, y - 12 - i * 11, ln)
        for i, ln in enumerate(NORRKOPING_BUYER):
            c.drawString(w / 2, y - 12 - i * 11, ln)
        c.drawString(w / 2, y - 12 - 5 * 11, "VAT UE: SE212000044901")
        return y - 90

    def rows_table(items, start_no: int, y: float) -> float:
        head = ["Lp.", "Nazwa towaru lub usługi", "Ilość", "J.m.", "Cena netto", "Wartość netto", "VAT %"]
        rows = [head]
        for i, (d_, q, u, p_, r) in enumerate(items):
            rows.append([str(start_no + i), d_, str(q), u, pl(p_), pl(b.line_amount(q, p_)), f"{r}"])
        t = Table(rows, colWidths=[0.9 * cm, 7.6 * cm, 1.2 * cm, 1.1 * cm, 2.3 * cm, 2.6 * cm, 1.2 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
                    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("FONTNAME", (0, 0), (-1, 0), "DejaVuSans-Bold"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7d3")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                    ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ]
            )
        )
        _, th = t.wrap(0, 0)
        t.drawOn(c, x0, y - th)
        return y - th

    y = header(1)
    y = rows_table(first, 1, y)
    c.setFont("DejaVuSans", 8.5)
    c.drawRightString(w - x0, y - 14, "ciąg dalszy na następnej stronie")
    c.showPage()
    y = header(2)
    y = rows_table(second, len(first) + 1, y) - 20
    vrows = [["Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"]]
    for r in sorted(per_rate):
        vrows.append([f"{r:f} %", pl(per_rate[r]), pl(vat[r]), pl(per_rate[r] + vat[r])])
    vrows.append(["Razem", pl(net), pl(sum(vat.values(), Decimal(0))), pl(total)])
    t = Table(vrows, colWidths=[2.6 * cm, 3 * cm, 3 * cm, 3 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("FONTNAME", (0, 0), (-1, 0), "DejaVuSans-Bold"),
                ("FONTNAME", (0, -1), (-1, -1), "DejaVuSans-Bold"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    t.drawOn(c, w - x0 - 11.6 * cm, y - th)
    y -= th + 26
    c.setFont("DejaVuSans-Bold", 12)
    c.drawString(x0, y, f"Do zapłaty: {pl(total)} PLN")
    c.setFont("DejaVuSans", 9)
    for i, ln in enumerate(
        [
            "Sposób płatności: przelew, termin płatności: 14.10.2023",
            "Nr konta: PL 61 1090 1362 0000 0001 4723 6654 (Santander Bank Polska), SWIFT: WBKPPLPP",
            "Mechanizm podzielonej płatności nie dotyczy. Odwrotne obciążenie nie dotyczy.",
            "Wystawił(a): Agnieszka Wróbel          Odebrał(a): ...........................",
        ]
    ):
        c.drawString(x0, y - 18 - i * 13, ln)
    c.showPage()
    c.save()


def spanish_bill() -> Bill4:
    return Bill4(
        number="2023-A-0456",
        date="2023-10-21",
        due="2023-11-20",
        supplier="Albergue Juvenil Sierra Nevada S.L.",
        currency="EUR",
        lang="es",
        lines=[
            ("Alojamiento en habitación múltiple, 3 noches", 24, "pers.", "38.50", 10),
            ("Pensión completa", 72, "día", "21.00", 10),
            ("Actividad guiada de senderismo", 2, "grupo", "240.00", 21),
            ("Alquiler de sala de reuniones", 3, "día", "95.00", 21),
        ],
    )


def es(v) -> str:
    return nfmt(D(v), ".", ",")


def draw_spanish(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    x0 = 2 * cm
    per_rate, vat, net, total = b.amounts()
    c.setFillColor(colors.HexColor("#b8412c"))
    c.rect(0, h - 0.6 * cm, w, 0.6 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Times-Bold", 17)
    c.drawString(x0, h - 2.2 * cm, b.supplier)
    c.setFont("Times-Roman", 9)
    for i, ln in enumerate(
        [
            "Camino de la Fuente 12, 18196 Monachil (Granada), España",
            "NIF: B-18620457 · Tel. +34 958 48 21 07 · reservas@alberguesierranevada.es",
        ]
    ):
        c.drawString(x0, h - 2.8 * cm - i * 11, ln)
    c.setFont("Times-Bold", 22)
    c.drawRightString(w - x0, h - 4.6 * cm, "FACTURA")
    c.setFont("Times-Roman", 10)
    meta = [("Factura nº", b.number), ("Fecha", "21/10/2023"), ("Vencimiento", "20/11/2023"), ("Forma de pago", "Transferencia")]
    for i, (k, v) in enumerate(meta):
        c.drawString(11.5 * cm, h - 5.6 * cm - i * 13, k)
        c.drawRightString(w - x0, h - 5.6 * cm - i * 13, v)
    c.setFont("Times-Bold", 10)
    c.drawString(x0, h - 5.6 * cm, "Cliente")
    c.setFont("Times-Roman", 10)
    for i, ln in enumerate(["Norrköpings kommun – Socialkontoret", "Fack 1010", "601 81 Norrköping (Suecia)", "NIF-IVA: SE212000044901"]):
        c.drawString(x0, h - 6.1 * cm - i * 12, ln)
    rows = [["Concepto", "Cant.", "Ud.", "Precio", "IVA", "Importe"]]
    for d_, q, u, p_, r in b.lines:
        rows.append([d_, str(q), u, es(p_) + " €", f"{r} %", es(b.line_amount(q, p_)) + " €"])
    t = Table(rows, colWidths=[7.4 * cm, 1.3 * cm, 1.3 * cm, 2.3 * cm, 1.3 * cm, 3.2 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Times-Roman"),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("FONTNAME", (0, 0), (-1, 0), "Times-Bold"),
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.HexColor("#b8412c")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#b8412c")),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    y = h - 8.4 * cm
    t.drawOn(c, x0, y - th)
    y -= th + 24
    summ = []
    for r in sorted(per_rate):
        summ.append((f"Base imponible {r} %", per_rate[r]))
        summ.append((f"IVA {r} %", vat[r]))
    summ.append(("TOTAL FACTURA", total))
    for i, (k, v) in enumerate(summ):
        c.setFont("Times-Bold" if k.startswith("TOTAL") else "Times-Roman", 10.5)
        c.drawString(11.5 * cm, y - i * 14, k)
        c.drawRightString(w - x0, y - i * 14, es(v) + " €")
    c.setFont("Times-Roman", 8.5)
    c.drawString(
        x0,
        2.4 * cm,
        "IBAN: ES91 2100 0418 4502 0005 1332 · BIC: CAIXESBBXXX · Inscrita en el Registro Mercantil de Granada, "
        "tomo 1482, folio 77, hoja GR-40211",
    )
    c.showPage()
    c.save()


def estonian_bill() -> Bill4:
    return Bill4(
        number="23-1187",
        date="2023-10-05",
        due="2023-10-19",
        supplier="Koolitus ja Noored OÜ",
        currency="EUR",
        lang="et",
        lines=[
            ("Koolitus „Noorsootöö riskipiirkondades“, 2 päeva", 1, "tk", "2400.00", 20),
            ("Koolitusmaterjalid", 18, "tk", "14.50", 20),
            ("Toitlustus, kohvipausid", 36, "tk", "6.80", 20),
        ],
    )


def draw_estonian(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    x0 = 2 * cm
    _, vat, net, total = b.amounts()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x0, h - 2 * cm, b.supplier)
    c.setFont("Helvetica", 8.5)
    for i, ln in enumerate(["Telliskivi 60a, 10412 Tallinn, Eesti", "Reg. kood 14820377", "KMKR nr EE102288413"]):
        c.drawString(x0, h - 2.5 * cm - i * 10, ln)
    c.setFont("Helvetica-Bold", 26)
    c.drawRightString(w - x0, h - 2.3 * cm, "ARVE")
    c.setFont("Helvetica", 9.5)
    meta = [
        ("Arve nr", b.number),
        ("Kuupäev", "05.10.2023"),
        ("Maksetähtaeg", "19.10.2023"),
        ("Viitenumber", "2311870"),
        ("Viivis", "0,05% päevas"),
    ]
    for i, (k, v) in enumerate(meta):
        c.drawString(12 * cm, h - 3.6 * cm - i * 13, k)
        c.drawRightString(w - x0, h - 3.6 * cm - i * 13, v)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x0, h - 3.6 * cm, "Maksja")
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(["Norrköpings kommun", "Socialkontoret", "Fack 1010, 601 81 Norrköping, Rootsi", "KMKR: SE212000044901"]):
        c.drawString(x0, h - 4.1 * cm - i * 12, ln)
    rows = [["Nr", "Kirjeldus", "Kogus", "Ühik", "Hind", "Summa"]]
    for i, (d_, q, u, p_, _r) in enumerate(b.lines, 1):
        rows.append([str(i), d_, str(q), u, nfmt(D(p_)), nfmt(b.line_amount(q, p_))])
    t = Table(rows, colWidths=[0.8 * cm, 8.4 * cm, 1.4 * cm, 1.2 * cm, 2.2 * cm, 2.6 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    y = h - 7 * cm
    t.drawOn(c, x0, y - th)
    y -= th + 20
    for i, (k, v) in enumerate(
        [("Summa käibemaksuta", net), ("Käibemaks 20%", sum(vat.values(), Decimal(0))), ("Kokku", total), ("Tasuda (EUR)", total)]
    ):
        c.setFont("Helvetica-Bold" if i >= 2 else "Helvetica", 10)
        c.drawString(11.5 * cm, y - i * 14, k)
        c.drawRightString(w - x0, y - i * 14, nfmt(v))
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, 2.2 * cm, "Swedbank EE48 2200 2210 6634 9087 · SWEDEE2X · Palume märkida maksekorraldusele viitenumber.")
    c.showPage()
    c.save()


def internal_bill() -> Bill4:
    return Bill4(
        number="IF-2023-0412",
        date="2023-11-08",
        due="2023-12-08",
        supplier="Norrköpings kommun, Kultur- och fritidskontoret",
        currency="SEK",
        lang="sv",
        org_no="212000-0449",
        lines=[
            ("Lokalhyra Navestads fritidsgård, kvällar v. 36–47", 24, "tim", "350.00", 0),
            ("Fritidsledare, extra pass", 48, "tim", "412.00", 0),
            ("Städning efter arrangemang", 6, "st", "780.00", 0),
        ],
        reverse_charge=True,  # no VAT between two offices of the same municipality
    )


def draw_internal(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    x0 = 2 * cm
    _, _, net, total = b.amounts()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0, h - 2 * cm, "INTERNFAKTURA")
    c.setFont("Helvetica", 9)
    c.drawString(x0, h - 2.5 * cm, "Intern debitering mellan förvaltningar – bokförs i Raindance, ingen moms")
    c.setFont("Helvetica", 9.5)
    blocks = [
        ("Säljande enhet", ["Norrköpings kommun", "Kultur- och fritidskontoret", "Org.nr 212000-0449", "Ansvar 5120"]),
        ("Köpande enhet", ["Norrköpings kommun", "Socialkontoret, Förebyggande enheten", "Ansvar 4410", "Referens: Patrik Lindgren"]),
    ]
    for j, (k, lines) in enumerate(blocks):
        x = x0 + j * 8.5 * cm
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, h - 3.4 * cm, k)
        c.setFont("Helvetica", 9.5)
        for i, ln in enumerate(lines):
            c.drawString(x, h - 3.9 * cm - i * 12, ln)
    meta = [
        ("Internfakturanr", b.number),
        ("Datum", b.date),
        ("Bokföringsperiod", "2023-11"),
        ("Avser", "Statsbidrag utsatta områden, akt. 12"),
    ]
    t = Table(meta, colWidths=[4 * cm, 12.5 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    y = h - 6.2 * cm
    t.drawOn(c, x0, y - th)
    y -= th + 16
    rows = [["Text", "Antal", "Enhet", "À-pris", "Belopp"]]
    for d_, q, u, p_, _r in b.lines:
        rows.append([d_, str(q), u, nfmt(D(p_)), nfmt(b.line_amount(q, p_))])
    rows.append(["Summa att debitera", "", "", "", nfmt(total)])
    t = Table(rows, colWidths=[8.5 * cm, 1.6 * cm, 1.6 * cm, 2.2 * cm, 2.6 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    t.drawOn(c, x0, y - th)
    y -= th + 24
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x0, y, "Kontering (köpande enhet)")
    krow = [["Konto", "Ansvar", "Verksamhet", "Aktivitet", "Projekt", "Belopp"], ["6420", "4410", "3150", "7711", "SB2023", nfmt(total)]]
    t = Table(krow, colWidths=[2.2 * cm] * 5 + [2.6 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    t.drawOn(c, x0, y - 8 - th)
    c.setFont("Helvetica", 8.5)
    c.drawString(
        x0, 2.2 * cm, "Internfakturor betalas inte: beloppet förs över automatiskt vid periodens bokslut. Attest: Maria Ek, enhetschef"
    )
    c.showPage()
    c.save()


def credit_bill() -> Bill4:
    return Bill4(
        number="70455",
        date="2023-10-30",
        due="2023-10-30",
        supplier="Lekia Proffs Östergötland AB",
        currency="SEK",
        lang="sv",
        org_no="556812-3390",
        lines=[
            ("Pingisbord utomhus, returnerade (skadade vid leverans)", -2, "st", "6995.00", 25),
            ("Frakt, retur", -1, "st", "450.00", 25),
        ],
    )


def draw_credit(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    x0 = 2 * cm
    _, vat, net, total = b.amounts()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, h - 2.1 * cm, "Lekia Proffs")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, h - 2.6 * cm, "Östergötland AB · Gjuterigatan 4, 582 73 Linköping")
    c.setFillColor(colors.HexColor("#c62828"))
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(w - x0, h - 2.1 * cm, "KREDITFAKTURA")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9.5)
    meta = [
        ("Kreditfakturanr", b.number),
        ("Datum", b.date),
        ("Avser faktura", "70312 (2023-09-18)"),
        ("Orsak", "Retur av vara"),
        ("Er referens", "Patrik Lindgren"),
    ]
    for i, (k, v) in enumerate(meta):
        c.drawString(11.5 * cm, h - 3.6 * cm - i * 13, k)
        c.drawRightString(w - x0, h - 3.6 * cm - i * 13, v)
    for i, ln in enumerate(["Norrköpings kommun", "Socialkontoret", "Fack 1010", "601 81 Norrköping"]):
        c.drawString(x0, h - 3.6 * cm - i * 12, ln)
    rows = [["Artikel", "Benämning", "Antal", "À-pris", "Belopp"]]
    for art, (d_, q, _u, p_, _r) in zip(["LP-48120", "FRAKT"], b.lines, strict=True):
        rows.append([art, d_, str(q), nfmt(D(p_)), nfmt(b.line_amount(q, p_))])
    t = Table(rows, colWidths=[2.2 * cm, 8.4 * cm, 1.4 * cm, 2.2 * cm, 2.6 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    _, th = t.wrap(0, 0)
    y = h - 7.4 * cm
    t.drawOn(c, x0, y - th)
    y -= th + 22
    for i, (k, v) in enumerate([("Netto", net), ("Moms 25 %", sum(vat.values(), Decimal(0))), ("Att erhålla", total)]):
        c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10)
        c.drawString(11.5 * cm, y - i * 14, k)
        c.drawRightString(w - x0, y - i * 14, nfmt(v) + " kr")
    c.setFont("Helvetica", 9)
    c.drawString(x0, y - 70, "Beloppet kvittas mot nästa faktura eller betalas ut till ert bankgiro på begäran.")
    c.setFont("Helvetica", 8)
    c.drawString(x0, 2 * cm, "Org.nr 556812-3390 · Momsreg.nr SE556812339001 · Bankgiro 5377-1402 · Godkänd för F-skatt")
    c.showPage()
    c.save()


@case
def invoices_europa():
    d = fresh("invoices-europa")
    bills = [
        ("Faktura FV-2023-09-0187 SportHurt.pdf", polish_bill(), draw_polish),
        ("Factura 2023-A-0456 Albergue Sierra Nevada.pdf", spanish_bill(), draw_spanish),
        ("Arve 23-1187 Koolitus ja Noored.pdf", estonian_bill(), draw_estonian),
        ("Internfaktura IF-2023-0412 Kultur och fritid.pdf", internal_bill(), draw_internal),
        ("Kreditfaktura 70455 Lekia Proffs.pdf", credit_bill(), draw_credit),
    ]
    files = {}
    for name, b, draw in bills:
        draw(d / name, b)
        g = b.gold()
        files[name] = g
    files["Kreditfaktura 70455 Lekia Proffs.pdf"]["is_credit_note"] = True
    files["Internfaktura IF-2023-0412 Kultur och fritid.pdf"]["doc_type"] = "internal_invoice"
    texts = page_texts(d / bills[0][0])
    assert len(texts) == 2 and page_of(texts, "Książka: Gry") == 2 and page_of(texts, "Do zapłaty") == 2
    write_gold(
        d,
        files,
        "Five suppliers in new layouts: (1) a Polish 'Faktura VAT' (PLN, 23 % + 8 %, NIP, Sprzedawca/Nabywca side "
        "by side, 'Data wystawienia' 14.09.2023 and 'Data sprzedaży' 12.09.2023 — invoice_date is the issue date), "
        "28 ruled lines, 20 on page 1 then 'ciąg dalszy na następnej stronie', 8 more and the VAT table by rate and "
        "'Do zapłaty' on page 2; (2) a Spanish 'FACTURA' (EUR, IVA 10 % + 21 % per line, NIF, 'Base imponible' per "
        "rate, '1.234,56 €', '21/10/2023'); (3) an Estonian 'ARVE' (EUR, käibemaks 20 %, Reg. kood, KMKR, "
        "viitenumber, '05.10.2023', 'Tasuda'); (4) a Swedish municipal INTERNFAKTURA between two offices of the same "
        "municipality (no VAT: vat 0, total = net; a kontering block; 'Internfakturor betalas inte'); (5) a "
        "Swedish KREDITFAKTURA for returned goods ('Avser faktura 70312', negative quantities and amounts, 25 %, "
        "'Att erhålla').",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
