"""Twelfth genre corpus (blind-made, held out): responses to Socialstyrelsen's preliminary reclaim
decisions in ordinary municipal house styles none of genre … genre11 has, a scan of one of them,
and invoices in four new forms.

    /work/main/.venv/bin/python tests/gen/genre12.py [case ...]

Everything is invented (municipality names are real, in Norrland and Svealand, and unused in the
other corpora). Built without running granttrail; gold from the generator's own data, pages looked
up in the finished PDFs (pypdfium2). The reportlab files and the scan are deterministic; the case
made with LibreOffice (word-sundbyberg) is rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when its
PDF is missing, and its gold is always recomputed from the committed PDF.
"""

from __future__ import annotations

import os
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import response_gold  # noqa: E402
from genre9 import att_gold  # noqa: E402
from genre_kit import (  # noqa: E402
    Act,
    D,
    Ledger,
    Page,
    group,
    m,
    page_texts,
    render_pdf,
    run,
    write_gold,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "genre12"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case = _CASES.case
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre12-build")
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-genre12"


class Ledger12(Ledger):
    """The kit's ledger with this corpus' amount formats."""

    def fmt(self, v: Decimal, style: str) -> str:
        s = self.sep
        own = {
            "krdec": f"{group(v, s, 'always')} kr",  # 45 000,00 kr
            "dotkr": f"{group(v, '.')} kr",  # 45.000 kr
            "sekdot": f"SEK {group(v, '.', 'always')}",  # SEK 45.000,00
            "krcolon": f"{group(v, s)}:-",
            "kr_": f"kr {group(v, s)}",
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger12  # render_pdf's probe pass (page count) must know these formats too


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    for n in names:
        CASES[n]()
        print("built", n)


def people(*rows) -> list[dict]:
    out = []
    for name, role, phone, email in rows:
        p = {"name": name, "role": role}
        if phone:
            p["phone"] = phone
        if email:
            p["email"] = email
        out.append(p)
    return out


# ------------------------------------------------------------------------------------------
# 1. Kristinehamn: a municipal letter template (logo block top left, "Sida 1 (3)" top right, a
#    ruled reference block Datum / Vår referens / Er referens / Diarienummer, a four-column footer
#    with postal and visiting address, switchboard, org.nr and bankgiro). Word-like "Rubrik 2"
#    headings in blue. The answer comes FIRST under each heading ("Kommunens svar: …"), the
#    agency's assessment and the reasoning after it.


def kristinehamn_page(canvas, doc):
    w, h = A4
    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.rect(2.2 * cm, h - 2.05 * cm, 0.5 * cm, 0.5 * cm, fill=1, stroke=0)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(2.9 * cm, h - 1.95 * cm, "KRISTINEHAMNS KOMMUN")
    canvas.setFont("Helvetica", 8.5)
    canvas.setFillColor(colors.black)
    canvas.drawString(2.9 * cm, h - 2.35 * cm, "Vård- och omsorgsförvaltningen")
    canvas.drawRightString(w - 2.2 * cm, h - 1.95 * cm, f"Sida {doc.page} ({doc._g12_total or '?'})")  # noqa: SLF001
    canvas.setStrokeColor(colors.HexColor("#1f4e79"))
    canvas.setLineWidth(0.6)
    canvas.line(2.2 * cm, 2.25 * cm, w - 2.2 * cm, 2.25 * cm)
    cols = [
        ("Postadress", "Kristinehamns kommun", "681 84 Kristinehamn"),
        ("Besöksadress", "Kungsgatan 30", "Stadshuset"),
        ("Telefon / e-post", "0550-880 00 (växel)", "kommun@kristinehamn.se"),
        ("Org.nr / Bankgiro", "212000-1850", "Bg 5127-3308"),
    ]
    x = 2.2 * cm
    for head, a, b in cols:
        canvas.setFont("Helvetica-Bold", 6.8)
        canvas.drawString(x, 1.9 * cm, head)
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(x, 1.6 * cm, a)
        canvas.drawString(x, 1.3 * cm, b)
        x += 4.2 * cm


def _two_pass(path, blocks, ledger, page, total_attr="_g12_total"):
    """render_pdf with a page total the on_page function can print ('Sida 1 (3)')."""
    import genre_kit as gk

    orig = gk._template
    total = [0]

    def tmpl(buf, pg, tot):
        doc = orig(buf, pg, tot)
        setattr(doc, total_attr, total[0] or None)
        return doc

    gk._template = tmpl
    orig_ledger = gk.Ledger
    gk.Ledger = Ledger12  # render_pdf's probe pass must know this corpus' formats
    try:
        render_pdf(path, blocks, Ledger12(), page)  # probe pass for the page count
        total[0] = len(page_texts(path))
        render_pdf(path, blocks, ledger, page)
    finally:
        gk._template = orig
        gk.Ledger = orig_ledger
    return path


@case
def prose_kristinehamn():
    d = _CASES.fresh("prose-kristinehamn")
    acts = [
        Act("2", "Familjecentral i Presterud", D(86400), "disputes", ["ordinary_operations"], ["1"], needle="Aktivitet 2: Familjecentral"),
        Act("3", "Läxhjälp på biblioteket i Vålberg", D(24750), "accepts_full", ["unverifiable_costs"], needle="Aktivitet 3: Läxhjälp"),
        Act(
            "5",
            "Sommarlovsaktiviteter för barn 7–12 år",
            D(131200),
            "accepts_partial",
            ["description_mismatch", "outside_grant_period"],
            ["2", "3"],
            repay=D(38600),
            needle="Aktivitet 5: Sommarlovsaktiviteter",
        ),
        Act(
            "6",
            "Brobyggare med arabiska och dari",
            D(57000),
            "disputes",
            ["exercise_of_authority"],
            ["4"],
            needle="Aktivitet 6: Brobyggare",
        ),
        Act(
            "8",
            "Utbildning i våldsprevention för personal",
            D(19900),
            "accepts_full",
            ["ordinary_operations"],
            needle="Aktivitet 8: Utbildning",
        ),
    ]
    lg = Ledger12()
    total_claim = sum(a.claimed for a in acts)
    total_repay = D(24750) + D(38600) + D(19900)
    ref = [
        ["Datum", "Vår referens", "Er referens", "Diarienummer"],
        ["2025-02-20", "Maria Ekström", "Dnr 9.1-38804/2024", "VON 2024/0217"],
    ]
    blocks = [
        ("table", ref, dict(widths=[0.2, 0.26, 0.28, 0.26], ruled=True, header=1)),
        ("space", 6),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("space", 8),
        ("h2", "Yttrande över preliminärt beslut om återbetalning av statsbidrag till kommuner med utsatta områden 2021–2023"),
        (
            "p",
            "Kristinehamns kommun har tagit del av Socialstyrelsens preliminära beslut och lämnar härmed sitt yttrande. "
            f"Det preliminära beslutet omfattar fem aktiviteter och sammanlagt {m(total_claim, 'kronor')}. Nedan redovisas "
            "kommunens svar för varje aktivitet i den ordning de förekommer i beslutet. Svaret står först; därefter följer "
            "en kort sammanfattning av Socialstyrelsens bedömning och kommunens motivering.",
        ),
        ("h2", "Aktivitet 2: Familjecentral i Presterud"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(86400, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen motsätter sig återkravet i sin helhet."),
        (
            "p",
            "Socialstyrelsen menar att familjecentralen är en del av den verksamhet som kommunen ändå är skyldig att "
            "bedriva och att bidraget därför inte har använts till något utöver det ordinarie.",
        ),
        (
            "p",
            "Familjecentralen i Presterud öppnade i september 2022 och fanns inte i kommunen innan bidraget beviljades. "
            "Lokalen, de två tjänsterna som familjebehandlare och den öppna förskolan på lördagar finansierades helt av "
            "bidraget. Beslutet från kommunstyrelsen om att starta verksamheten som ett tidsbegränsat projekt bifogas "
            "(bilaga 1).",
        ),
        ("h2", "Aktivitet 3: Läxhjälp på biblioteket i Vålberg"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(24750, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen godtar återkravet och betalar tillbaka hela beloppet."),
        (
            "p",
            "Socialstyrelsen har inte kunnat följa kostnaderna till några underlag. Kommunen har sökt efter fakturor och "
            "tidrapporter för läxhjälpen men kan inte ta fram dem, eftersom arvodena betalades ut via en förening som "
            "sedan dess har upplösts.",
        ),
        ("h2", "Aktivitet 5: Sommarlovsaktiviteter för barn 7–12 år"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(131200, 'kronor')}"),
        (
            "rich",
            "p",
            f"<b>Kommunens svar:</b> Kommunen medger återkravet till en del, {m(38600, 'kronor')}, och bestrider det i övrigt.",
        ),
        (
            "p",
            "Enligt Socialstyrelsen stämmer redovisningen inte med de kostnader som har bokförts, och en del av "
            "kostnaderna har uppkommit efter den 31 december 2023.",
        ),
        (
            "p",
            f"Kommunen instämmer i att bussresorna till Lurö i januari 2024, {m(38600, 'kronor')}, ligger utanför "
            "bidragsperioden. De återstående kostnaderna avser läger, entréer och ledararvoden under somrarna 2022 och "
            "2023. Deltagarlistor och en specifikation per vecka bifogas (bilaga 2 och bilaga 3). Av dem framgår att "
            "aktiviteterna genomfördes så som de beskrevs i ansökan.",
        ),
        ("h2", "Aktivitet 6: Brobyggare med arabiska och dari"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(57000, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen bestrider återkravet."),
        (
            "p",
            "Socialstyrelsen bedömer att brobyggarna har deltagit i handläggningen av ärenden och att insatsen därmed "
            "innebär myndighetsutövning.",
        ),
        (
            "p",
            "Brobyggarna har aldrig fattat beslut eller utrett ärenden. De har tolkat vid frivilliga möten, följt med "
            "familjer till skolan och informerat om föreningslivet. Deras arbetsbeskrivning framgår av bilaga 4.",
        ),
        ("h2", "Aktivitet 8: Utbildning i våldsprevention för personal"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(19900, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen har ingen invändning mot återkravet."),
        (
            "p",
            "Socialstyrelsen anser att utbildningen av egen personal är intern kompetensutveckling. Kommunen delar den bedömningen.",
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            f"Kommunen godtar återbetalning av sammanlagt {m(total_repay, 'kronor')} och bestrider återkravet i övrigt.",
        ),
        ("h2", "Bilagor"),
        (
            "p",
            "1. Kommunstyrelsens beslut 2022-06-14 § 88 om familjecentral\n2. Deltagarlistor sommarlov 2022 och 2023\n"
            "3. Specifikation av kostnader per vecka, sommarlov\n4. Arbetsbeskrivning för brobyggare",
        ),
        ("space", 14),
        ("p", "Med vänlig hälsning"),
        ("space", 16),
        ("p", "Anna-Karin Thörnberg\nFörvaltningschef, vård- och omsorgsförvaltningen"),
        ("space", 6),
        ("p", "Handläggare: Maria Ekström, utvecklingsstrateg, 0550-882 47, maria.ekstrom@kristinehamn.se"),
    ]
    page = Page(margins=(2.4 * cm, 2.2 * cm, 3.2 * cm, 2.8 * cm), on_page=kristinehamn_page, size_pt=10.5)
    pdf = d / "Yttrande återkrav VON 2024-0217 Kristinehamn.pdf"
    _two_pass(pdf, blocks, lg, page)
    g = response_gold(
        pdf,
        "Kristinehamns kommun",
        "2025-02-20",
        acts,
        lg,
        municipality="Kristinehamn",
        attachments=att_gold([("1", "2"), ("2", "5"), ("3", "5"), ("4", "6")]),
        activity_invoices={},
        checks=[],
        people=people(
            ("Anna-Karin Thörnberg", "förvaltningschef", None, None),
            ("Maria Ekström", ["utvecklingsstrateg", "handläggare"], "+4655088247", "maria.ekstrom@kristinehamn.se"),
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "A municipal letter template: logo block, 'Sida N (M)', a ruled reference block (Datum / Vår referens / Er "
        "referens 'Dnr 9.1-38804/2024' / Diarienummer), a four-column footer with org.nr and bankgiro. Under each "
        "'Aktivitet N: Title' heading the claim line, then the answer FIRST ('Kommunens svar: …'), the agency's "
        "assessment and the reasoning after it. Amounts '86 400 kronor'. Gapped numbers 2, 3, 5, 6, 8.",
    )


# ------------------------------------------------------------------------------------------
# 2. Lycksele: a centred letterhead with a left reference column (Handläggare / Datum / Dnr /
#    Er ref.), a summary table of all activities on page 1 BEFORE the activities, then per
#    activity the agency's assessment QUOTED in italics as an indented block ("Ur Socialstyrelsens
#    beslut:") and the answer after it under "Lycksele kommuns svar". Amounts with öre
#    ("52 300,00 kr"); one undecided activity (unclear).

QUOTE = None


def quote_style():
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "q",
        fontName="Helvetica-Oblique",
        fontSize=9.5,
        leading=12.5,
        leftIndent=1.2 * cm,
        rightIndent=0.8 * cm,
        spaceAfter=6,
        textColor=colors.HexColor("#333333"),
    )


def lycksele_page(canvas, doc):
    w, h = A4
    canvas.setFont("Times-Bold", 15)
    canvas.drawCentredString(w / 2, h - 1.7 * cm, "LYCKSELE KOMMUN")
    canvas.setFont("Times-Roman", 9)
    canvas.drawCentredString(w / 2, h - 2.15 * cm, "Socialtjänsten · Individ- och familjeomsorgen")
    canvas.setLineWidth(0.4)
    canvas.line(2.5 * cm, h - 2.4 * cm, w - 2.5 * cm, h - 2.4 * cm)
    canvas.setFont("Times-Roman", 7.5)
    canvas.drawCentredString(
        w / 2,
        1.2 * cm,
        "Lycksele kommun · 921 81 Lycksele · Besök: Torget 1 · Tel 0950-166 00 · Org.nr 212000-2619 · Bankgiro 841-2276 · www.lycksele.se",
    )
    canvas.drawRightString(w - 2.5 * cm, h - 1.7 * cm, f"{doc.page} ({doc._g12_total or '?'})")  # noqa: SLF001


@case
def prose_lycksele():
    from reportlab.platypus import Paragraph

    d = _CASES.fresh("prose-lycksele")
    acts = [
        Act("1", "Mötesplats för unga i Hedlunda", D(52300), "accepts_full", ["missing_description"], needle="1. Mötesplats för unga"),
        Act(
            "4",
            "Förstärkt fältarbete kvällstid",
            D(118450.5),
            "disputes",
            ["ordinary_operations", "excessive_cost"],
            ["1", "2"],
            needle="4. Förstärkt fältarbete",
        ),
        Act(
            "7",
            "Språkcafé och samhällsinformation",
            D(36800),
            "accepts_partial",
            ["unverifiable_costs"],
            ["3"],
            repay=D(12800),
            needle="7. Språkcafé och",
        ),
        Act("9", "Lovskola i Forsdala", D(64000), "unclear", ["outside_grant_period"], needle="9. Lovskola i"),
        Act(
            "11", "Nattvandrare och trygghetsvandringar", D(21500), "disputes", ["conditions_not_met"], ["4"], needle="11. Nattvandrare och"
        ),
    ]
    lg = Ledger12()
    pos = {"accepts_full": "Medges", "disputes": "Bestrids", "accepts_partial": "Medges delvis", "unclear": "Ej klart"}
    rows = [["Nr", "Aktivitet", "Återkrav", "Kommunens inställning", "Återbetalas"]]
    for a in acts:
        rep = a.repayment()
        rep_cell = "" if rep is None else ("–" if D(rep) == 0 else m(rep, "baredec"))
        rows.append([a.no, a.title, m(a.claimed, "baredec"), pos[a.position], rep_cell])
    total = sum(a.claimed for a in acts)
    repay = D(52300) + D(12800)
    rows.append(["", "Summa", m(total, "baredec"), "", m(repay, "baredec")])
    q = quote_style()

    def quote(t):
        return ("lazy", lambda: Paragraph(t, q))

    blocks = [
        ("p", "Handläggare: Helena Lindqvist\nDatum: 2025-02-21\nVår beteckning: SN 2024/188\nEr beteckning: 9.1-40117/2024"),
        ("space", 6),
        ("p", "Till\nSocialstyrelsen\n106 30 Stockholm"),
        ("h1", "Yttrande – återkrav av statsbidrag för kommuner med utsatta områden"),
        (
            "p",
            "Lycksele kommun har fått Socialstyrelsens preliminära beslut om återkrav och lämnar följande yttrande. "
            "Tabellen ger en översikt; varje aktivitet kommenteras sedan för sig.",
        ),
        ("table", rows, dict(widths=[0.07, 0.4, 0.16, 0.21, 0.16], ruled=True, header=1, align_right=[2, 4], bold_last=True, shade=True)),
        ("p", "Belopp i kronor. Aktivitet 9 är inte färdigutredd, se nedan."),
        ("h2", f"1. Mötesplats för unga i Hedlunda – {m(52300, 'krdec')}"),
        ("p", "Ur Socialstyrelsens beslut:"),
        quote(
            "Kommunen har inte beskrivit vad mötesplatsen har innehållit eller hur många unga som har tagit del av den. "
            "Socialstyrelsen kan därför inte bedöma om medlen har använts för avsett ändamål."
        ),
        (
            "rich",
            "p",
            "<b>Lycksele kommuns svar.</b> Vi kan inte i efterhand ta fram en beskrivning som uppfyller kraven och "
            "accepterar därför återkravet fullt ut.",
        ),
        ("h2", f"4. Förstärkt fältarbete kvällstid – {m(118450.5, 'krdec')}"),
        ("p", "Ur Socialstyrelsens beslut:"),
        quote(
            "Fältarbete ingår i socialtjänstens ordinarie uppdrag. Lönekostnaden för de två fältsekreterarna är dessutom "
            "högre än vad som är rimligt för den tid som redovisats."
        ),
        (
            "rich",
            "p",
            "<b>Lycksele kommuns svar.</b> Kommunen delar inte Socialstyrelsens uppfattning. Före 2022 hade kommunen "
            "inget fältarbete kvällstid alls; de två tjänsterna inrättades för bidraget och avvecklades när det "
            "upphörde (bilaga 1). Lönerna följer det kommunala avtalet och ob-tillägget för kvällsarbete förklarar "
            "nivån, vilket framgår av lönespecifikationerna i bilaga 2. Återkravet bestrids därför.",
        ),
        ("h2", f"7. Språkcafé och samhällsinformation – {m(36800, 'krdec')}"),
        ("p", "Ur Socialstyrelsens beslut:"),
        quote("Det saknas underlag för kostnader för fika, lokalhyra och arvoden till samhällsinformatörer."),
        (
            "rich",
            "p",
            f"<b>Lycksele kommuns svar.</b> Fakturorna för lokalhyran finns och bifogas (bilaga 3). För fika och "
            f"arvoden saknas underlag. Kommunen återbetalar därför {m(12800, 'krdec')} men anser att resten av "
            "beloppet ska stå kvar.",
        ),
        ("h2", f"9. Lovskola i Forsdala – {m(64000, 'krdec')}"),
        ("p", "Ur Socialstyrelsens beslut:"),
        quote("Lovskolan genomfördes enligt redovisningen sommaren 2024, alltså efter bidragsperiodens slut."),
        (
            "rich",
            "p",
            "<b>Lycksele kommuns svar.</b> Uppgiften om 2024 kan vara ett skrivfel i redovisningen, men "
            "skolförvaltningen har ännu inte hunnit gå igenom sina underlag. Kommunen vill därför avvakta med sitt "
            "ställningstagande och kompletterar yttrandet senast den 15 mars 2025.",
        ),
        ("h2", f"11. Nattvandrare och trygghetsvandringar – {m(21500, 'krdec')}"),
        ("p", "Ur Socialstyrelsens beslut:"),
        quote("Verksamheten har bedrivits av en förening utan att något avtal eller villkor för medlen har upprättats."),
        (
            "rich",
            "p",
            "<b>Lycksele kommuns svar.</b> Ett skriftligt avtal med Föreningen Vuxna på stan finns, undertecknat "
            "i april 2022 (bilaga 4). Vi anser därför att villkoren är uppfyllda och att inget ska betalas tillbaka.",
        ),
        ("h2", "Bilageförteckning"),
        (
            "p",
            "Bilaga 1 Socialnämndens beslut om inrättande av fälttjänster\nBilaga 2 Lönespecifikationer fältsekreterare 2022–2023\n"
            "Bilaga 3 Fakturor lokalhyra språkcafé\nBilaga 4 Avtal med Föreningen Vuxna på stan",
        ),
        ("space", 12),
        ("p", "För socialnämnden i Lycksele kommun"),
        ("space", 14),
        ("p", "Per-Olof Sandström\nOrdförande i socialnämnden"),
        ("space", 4),
        ("p", "Helena Lindqvist\nSocialchef\n0950-167 32 · helena.lindqvist@lycksele.se"),
    ]
    page = Page(margins=(2.5 * cm, 2.5 * cm, 3.0 * cm, 2.2 * cm), on_page=lycksele_page, font="Times-Roman", size_pt=11)
    pdf = d / "Yttrande SN 2024-188 Lycksele kommun.pdf"
    _two_pass(pdf, blocks, lg, page)
    g = response_gold(
        pdf,
        "Lycksele kommun",
        "2025-02-21",
        acts,
        lg,
        attachments=att_gold([("1", "4"), ("2", "4"), ("3", "7"), ("4", "11")]),
        activity_invoices={},
        checks=[],
        people=people(
            ("Per-Olof Sandström", "ordförande", None, None),
            ("Helena Lindqvist", ["socialchef", "handläggare"], "+4695016732", "helena.lindqvist@lycksele.se"),
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "Centred letterhead with a left reference column (Handläggare / Datum / Vår beteckning / Er beteckning), a "
        "summary table BEFORE the activities (bare amounts with öre, '–' for nothing repaid, empty for the undecided "
        "activity 9, a Summa row), then 'N. Title – 118 450,50 kr' headings, the agency's assessment QUOTED in italics "
        "as an indented block under 'Ur Socialstyrelsens beslut:' and the answer after it under 'Lycksele kommuns "
        "svar.'; 'Bilaga N Title' list; an activity runs over the page break.",
    )


# ------------------------------------------------------------------------------------------
# 3. Sundbyberg: typed in Word from the city's template (python-docx → LibreOffice): a header
#    table (city name at the left; document type, date and Dnr at the right) repeated on every
#    page, Word's built-in Title / Heading 1 / Heading 2 / List Bullet / List Number styles, a
#    footer with org.nr, bankgiro and "Sida N av M" fields, the agency's reasons as bullets under
#    each heading, the position in a Heading 2 "Stadens ställningstagande" section, and a
#    "Table Grid" summary at the END with '76 300:-' amounts.


def _field(run, code):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)  # noqa: SLF001


def soffice_pdf(src: Path, dst: Path) -> Path:
    TMP.mkdir(parents=True, exist_ok=True)
    run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", str(TMP), str(src)])
    (TMP / (src.stem + ".pdf")).replace(dst)
    return dst


@case
def word_sundbyberg():
    from docx import Document
    from docx.shared import Cm, Pt

    d = OUT / "word-sundbyberg"
    d.mkdir(parents=True, exist_ok=True)
    acts = [
        Act(
            "3",
            "Uppsökande arbete i Hallonbergen",
            D(76300),
            "disputes",
            ["ordinary_operations"],
            ["3.1", "3.2"],
            needle="Aktivitet 3 – Uppsökande",
        ),
        Act(
            "4",
            "Kvinnors hälsa – samtalsgrupper",
            D(28900),
            "accepts_full",
            ["unverifiable_costs", "missing_description"],
            needle="Aktivitet 4 – Kvinnors",
        ),
        Act(
            "10",
            "Ungdomsråd i Rissne och Duvbo",
            D(145000),
            "accepts_partial",
            ["excessive_cost"],
            ["10.1"],
            repay=D(45000),
            needle="Aktivitet 10 – Ungdomsråd",
        ),
        Act(
            "12",
            "Trygghetsskapande belysning vid Ör centrum",
            D(212650),
            "disputes",
            ["purpose_mismatch"],
            ["12.1", "12.2", "12.3"],
            needle="Aktivitet 12 – Trygghetsskapande",
        ),
    ]
    lg = Ledger12()
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(3.4)
    sec.header_distance = Cm(1.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    ht = sec.header.add_table(1, 2, Cm(16.4))
    ht.cell(0, 0).text = "Sundbybergs stad\nSocial- och arbetsmarknadsförvaltningen"
    ht.cell(0, 1).text = "YTTRANDE\nDatum: 2025-02-24\nDnr SAN-2024/0419"
    ht.cell(0, 0).paragraphs[0].runs[0].bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Sundbybergs stad · 172 92 Sundbyberg · Org.nr 212000-2940 · Bankgiro 5050-1312 · "
    fp.add_run("Sida ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" av ")
    _field(fp.add_run(), "NUMPAGES")
    for run_ in fp.runs:
        run_.font.size = Pt(8)

    def para(text, style="Normal", bold_lead=None):
        p_ = doc.add_paragraph(style=style)
        if bold_lead:
            p_.add_run(bold_lead).bold = True
        p_.add_run(lg.fill(text))
        return p_

    doc.add_paragraph("Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm")
    doc.add_paragraph("Er beteckning: 9.1-39562/2024")
    doc.add_paragraph(lg.fill("Yttrande över Socialstyrelsens preliminära beslut om återkrav"), style="Title")
    para(
        "Sundbybergs stad har den 27 januari 2025 tagit emot Socialstyrelsens preliminära beslut om återkrav av "
        "statsbidraget för kommuner med utsatta områden. Staden lämnar här sitt yttrande över de fyra aktiviteter som "
        "beslutet gäller."
    )
    doc.add_paragraph("Stadens synpunkter per aktivitet", style="Heading 1")

    doc.add_paragraph("Aktivitet 3 – Uppsökande arbete i Hallonbergen", style="Heading 2")
    para(f"Återkrävt belopp: {m(76300, 'kronor')}", bold_lead=None)
    para("Socialstyrelsen har angett följande skäl:")
    para("arbetet bedöms vara en del av socialtjänstens ordinarie uppsökande verksamhet,", "List Bullet")
    para("det saknas en redogörelse för vad som tillförts utöver det som redan fanns.", "List Bullet")
    para(
        "Staden anser inte att återkravet är befogat och bestrider det. Det uppsökande teamet i Hallonbergen bestod av tre "
        "personer som anställdes visstid för projektet och arbetade kvällar och helger, då ordinarie socialtjänst inte är "
        "på plats. Anställningsavtal och teamets verksamhetsberättelse finns i bilaga 3.1 och 3.2.",
        bold_lead="Stadens ställningstagande: ",
    )

    doc.add_paragraph("Aktivitet 4 – Kvinnors hälsa – samtalsgrupper", style="Heading 2")
    para(f"Återkrävt belopp: {m(28900, 'kronor')}")
    para("Socialstyrelsen har angett följande skäl:")
    para("kostnaderna kan inte styrkas med fakturor eller andra verifikationer,", "List Bullet")
    para("aktiviteten beskrivs inte i redovisningen.", "List Bullet")
    para(
        "Staden accepterar återkravet. Samtalsgrupperna genomfördes av en extern samtalsledare som fakturerade via ett "
        "bolag som inte längre finns, och underlagen har inte gått att återskapa.",
        bold_lead="Stadens ställningstagande: ",
    )

    doc.add_paragraph("Aktivitet 10 – Ungdomsråd i Rissne och Duvbo", style="Heading 2")
    para(f"Återkrävt belopp: {m(145000, 'kronor')}")
    para("Socialstyrelsen har angett följande skäl:")
    para("kostnaden för konsultstöd till ungdomsrådet är oskäligt hög i förhållande till antalet möten.", "List Bullet")
    para(
        f"Staden håller med om att konsultkostnaden blev hög under det första året och återbetalar {m(45000, 'kronor')}, "
        "som motsvarar arvodet för hösten 2021. Resten av beloppet avser lokaler, resor och ungdomarnas egna projekt, som "
        "staden menar är rimliga kostnader (bilaga 10.1). För den delen bestrids återkravet.",
        bold_lead="Stadens ställningstagande: ",
    )

    doc.add_paragraph("Aktivitet 12 – Trygghetsskapande belysning vid Ör centrum", style="Heading 2")
    para(f"Återkrävt belopp: {m(212650, 'kronor')}")
    para("Socialstyrelsen har angett följande skäl:")
    para("investeringar i fysisk miljö ligger utanför det som bidraget är avsett att finansiera.", "List Bullet")
    para(
        "Staden delar inte den bedömningen och motsätter sig återkravet. Belysningen togs fram tillsammans med boende och "
        "ungdomar i trygghetsvandringar och var en av de åtgärder som ansökan uttryckligen beskrev. Protokoll från "
        "vandringarna, ansökans beskrivning och leverantörens faktura finns i bilagorna 12.1–12.3.",
        bold_lead="Stadens ställningstagande: ",
    )

    doc.add_paragraph("Sammanställning", style="Heading 1")
    rows = [["Aktivitet", "Återkrävt", "Stadens inställning", "Återbetalas"]]
    for a in acts:
        pos = {"disputes": "Bestrids", "accepts_full": "Medges", "accepts_partial": "Medges delvis"}[a.position]
        rows.append(
            [
                f"{a.no}. {a.title}",
                m(a.claimed, "krcolon"),
                pos,
                m(a.repayment(), "opt_krcolon") if a.position == "disputes" else m(a.repayment(), "krcolon"),
            ]
        )
    rows.append(["Summa", m(sum(a.claimed for a in acts), "krcolon"), "", m(D(28900) + D(45000), "krcolon")])
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = lg.fill(val)
            if i == 0 or i == len(rows) - 1:
                for run_ in t.cell(i, j).paragraphs[0].runs:
                    run_.bold = True
    doc.add_paragraph("Bilagor", style="Heading 1")
    for line in [
        "3.1 Anställningsavtal uppsökande team",
        "3.2 Verksamhetsberättelse uppsökande team 2022",
        "10.1 Kostnadssammanställning ungdomsrådet",
        "12.1 Protokoll från trygghetsvandringar",
        "12.2 Utdrag ur ansökan om statsbidrag 2022",
        "12.3 Faktura belysning Ör centrum",
    ]:
        doc.add_paragraph("Bilaga " + line)
    doc.add_paragraph("")
    doc.add_paragraph("Sundbyberg den 24 februari 2025")
    doc.add_paragraph("")
    doc.add_paragraph("Jonas Fredén\nFörvaltningsdirektör")
    doc.add_paragraph("Kontaktperson: Leila Haddad, samordnare, 08-706 81 55, leila.haddad@sundbyberg.se")

    src = TMP / "Yttrande_SAN-2024-0419.docx"
    TMP.mkdir(parents=True, exist_ok=True)
    doc.save(src)
    pdf = d / "Yttrande SAN-2024-0419 Sundbybergs stad.pdf"
    if REBUILD_EXTERNAL or not pdf.exists():
        soffice_pdf(src, pdf)
    g = response_gold(
        pdf,
        "Sundbybergs stad",
        "2025-02-24",
        acts,
        lg,
        municipality="Sundbyberg",
        attachments=att_gold([("3.1", "3"), ("3.2", "3"), ("10.1", "10"), ("12.1", "12"), ("12.2", "12"), ("12.3", "12")]),
        activity_invoices={},
        checks=[],
        people=people(
            ("Jonas Fredén", "förvaltningsdirektör", None, None),
            ("Leila Haddad", ["samordnare", "kontaktperson"], "+4687068155", "leila.haddad@sundbyberg.se"),
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "Written in Word from the city's template (python-docx → LibreOffice): a header table on every page (city and "
        "office at the left, 'YTTRANDE / Datum / Dnr' at the right), Word's Title, Heading 1/2, List Bullet styles, a "
        "footer with org.nr, bankgiro and 'Sida N av M' fields. Headings 'Aktivitet 3 – Title' (one title has its own "
        "dash: 'Kvinnors hälsa – samtalsgrupper'), the agency's reasons as bullets, the position in a bold run-in "
        "'Stadens ställningstagande:', ids '3.1', '12.1–12.3', a Table Grid summary at the END ('76 300:-'; the "
        "zero repayments '0:-' are optional money). 'Sundbybergs stad' (municipality Sundbyberg).",
    )


# ------------------------------------------------------------------------------------------
# 4. Östhammar: a report-like yttrande with outline-numbered sections "1 Bakgrund",
#    "2 Kommunens inställning i korthet" (every position stated FIRST, one line per activity),
#    "3 Kommentarer till respektive aktivitet" with sub-sections "3.1 Aktivitet 2 – Title" (the
#    section number is not the activity number), the claim in a parenthesis under the heading,
#    "4 Bilagor". Running header with the Dnr, "Sida N av M" footer.


@case
def prose_osthammar():
    d = _CASES.fresh("prose-osthammar")
    acts = [
        Act("2", "Öppen förskola i Gimo", D(47250), "accepts_full", ["unverifiable_costs"], needle="3.1 Aktivitet 2"),
        Act("5", "Fritidsbank och utlåning av utrustning", D(93800), "disputes", ["purpose_mismatch"], ["1"], needle="3.2 Aktivitet 5"),
        Act(
            "6",
            "Föräldraskapsstöd ABC",
            D(38400),
            "accepts_partial",
            ["ordinary_operations", "unverifiable_costs"],
            ["2"],
            repay=D(17900),
            needle="3.3 Aktivitet 6",
        ),
        Act(
            "9",
            "Mentorer för nyanlända ungdomar i Österbybruk",
            D(112000),
            "disputes",
            ["fabricated_documents"],
            ["3", "4"],
            needle="3.4 Aktivitet 9",
        ),
        Act("13", "Sommarjobb i kommunens verksamheter", D(26600), "accepts_full", ["outside_grant_period"], needle="3.5 Aktivitet 13"),
        Act("14", "Kompetensutveckling för fritidsledare", D(15300), "accepts_full", ["ordinary_operations"], needle="3.6 Aktivitet 14"),
    ]
    lg = Ledger12()
    total = sum(a.claimed for a in acts)
    repay = D(47250) + D(17900) + D(26600) + D(15300)
    blocks = [
        ("p", "Östhammars kommun\nSocialförvaltningen\n\nSocialstyrelsen\n106 30 Stockholm"),
        ("p", "Datum: 2025-02-18          Diarienummer: SN-2024-214          Er referens: 9.1-41078/2024"),
        ("h1", "Yttrande över preliminärt beslut om återkrav – statsbidrag till kommuner med utsatta områden"),
        ("h2", "1 Bakgrund"),
        (
            "p",
            f"Socialstyrelsen har i ett preliminärt beslut den 22 januari 2025 funnit att {m(total, 'kr')} av det "
            "statsbidrag som Östhammars kommun fick för åren 2021–2023 inte har använts i enlighet med villkoren. "
            "Kommunen har getts tillfälle att yttra sig senast den 21 februari 2025.",
        ),
        ("h2", "2 Kommunens inställning i korthet"),
        (
            "p",
            "Aktivitet 2: kommunen medger återkravet.\n"
            "Aktivitet 5: kommunen bestrider återkravet.\n"
            f"Aktivitet 6: kommunen medger återkravet med {m(17900, 'kr')} och bestrider resterande del.\n"
            "Aktivitet 9: kommunen bestrider återkravet.\n"
            "Aktivitet 13: kommunen medger återkravet.\n"
            "Aktivitet 14: kommunen medger återkravet.",
        ),
        ("p", f"Kommunen är alltså beredd att betala tillbaka {m(repay, 'kr')}. Skälen utvecklas i avsnitt 3."),
        ("h2", "3 Kommentarer till respektive aktivitet"),
        ("h3", "3.1 Aktivitet 2 – Öppen förskola i Gimo"),
        ("p", f"(Återkrav {m(47250, 'kr')})"),
        (
            "p",
            "Socialstyrelsen har inte fått de verifikationer som begärdes för personalkostnaderna. Kommunen har inte "
            "kunnat ta fram dem, eftersom lönerna bokfördes på ett gemensamt ansvar för hela förskoleverksamheten.",
        ),
        ("h3", "3.2 Aktivitet 5 – Fritidsbank och utlåning av utrustning"),
        ("p", f"(Återkrav {m(93800, 'kr')})"),
        (
            "p",
            "Enligt Socialstyrelsen har en fritidsbank inget samband med bidragets syfte att minska segregationen i "
            "utsatta områden. Kommunen ser det annorlunda. Fritidsbanken ligger i Gimo centrum och lånar gratis ut "
            "skridskor, skidor och cyklar till barn i familjer som annars inte har råd med fritidsaktiviteter. Av "
            "utlåningsstatistiken i bilaga 1 framgår att två tredjedelar av låntagarna bor i det utpekade området.",
        ),
        ("h3", "3.3 Aktivitet 6 – Föräldraskapsstöd ABC"),
        ("p", f"(Återkrav {m(38400, 'kr')})"),
        (
            "p",
            "Socialstyrelsen anser att ABC-grupperna är ordinarie verksamhet och att kostnaderna för gruppledarna inte "
            "är styrkta. De grupper som hölls på arabiska och somaliska startades med bidraget och hade inte funnits "
            "annars; kostnaden för dem styrks av tidrapporterna i bilaga 2. De svenskspråkiga grupperna, "
            f"{m(17900, 'kr')}, hör däremot till den ordinarie verksamheten.",
        ),
        ("h3", "3.4 Aktivitet 9 – Mentorer för nyanlända ungdomar i Österbybruk"),
        ("p", f"(Återkrav {m(112000, 'kr')})"),
        (
            "p",
            "Socialstyrelsen ifrågasätter om mentorsavtalen upprättades vid tiden för insatsen eller i efterhand. "
            "Avtalen skrevs under i augusti 2022, när mentorerna började, och diariefördes samma vecka. Utdrag ur "
            "diariet och avtalen bifogas som bilaga 3 och 4. Kommunen vill understryka att inga handlingar har "
            "framställts i efterhand.",
        ),
        ("h3", "3.5 Aktivitet 13 – Sommarjobb i kommunens verksamheter"),
        ("p", f"(Återkrav {m(26600, 'kr')})"),
        (
            "p",
            "Socialstyrelsen anser att kostnaden ligger utanför bidragsperioden. Lönerna betalades ut i januari 2024 "
            "för arbete som utfördes under sommaren 2023. Kommunen förstår att "
            "utbetalningsdagen avgör och har inget att invända.",
        ),
        ("h3", "3.6 Aktivitet 14 – Kompetensutveckling för fritidsledare"),
        ("p", f"(Återkrav {m(15300, 'kr')})"),
        ("p", "Kommunen delar Socialstyrelsens bedömning att utbildningen av egna fritidsledare är intern kompetensutveckling."),
        ("h2", "4 Bilagor"),
        (
            "p",
            "Bilaga 1. Utlåningsstatistik Fritidsbanken Gimo 2022–2023\nBilaga 2. Tidrapporter gruppledare ABC\n"
            "Bilaga 3. Utdrag ur diariet, mentorsavtal\nBilaga 4. Mentorsavtal (sex st.)",
        ),
        ("space", 10),
        ("p", "Östhammar 2025-02-18"),
        ("space", 14),
        (
            "p",
            "Karin Söderlund\nSocialchef\n\nHandläggare: Mikael Ruuth, verksamhetsutvecklare, tel. 0173-861 29, mikael.ruuth@osthammar.se",
        ),
    ]
    page = Page(header="Östhammars kommun · Dnr SN-2024-214", footer="Sida {page} av {pages}", font="Times-Roman", size_pt=11)
    pdf = d / "SN-2024-214 Yttrande återkrav Östhammar.pdf"
    render_pdf(pdf, blocks, lg, page)
    g = response_gold(
        pdf,
        "Östhammars kommun",
        "2025-02-18",
        acts,
        lg,
        municipality="Östhammar",
        attachments=att_gold([("1", "5"), ("2", "6"), ("3", "9"), ("4", "9")]),
        activity_invoices={},
        checks=[],
        people=people(
            ("Karin Söderlund", "socialchef", None, None),
            ("Mikael Ruuth", ["verksamhetsutvecklare", "handläggare"], "+4617386129", "mikael.ruuth@osthammar.se"),
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "A report-like yttrande with outline-numbered sections: '2 Kommunens inställning i korthet' states every "
        "position FIRST, one line per activity ('Aktivitet 6: kommunen medger återkravet med 17 900 kr och bestrider "
        "resterande del.'); section 3's sub-sections '3.1 Aktivitet 2 – Title' … '3.6 Aktivitet 14 – Title' carry "
        "the reasoning (the section numbers are not activity numbers), the claim in a parenthesis '(Återkrav 47 250 "
        "kr)' under each heading. Running header with the Dnr, 'Sida N av M'.",
    )


# ------------------------------------------------------------------------------------------
# 5. Fagersta: a plain letter with Word-like sub-headings under each activity ("Socialstyrelsens
#    bedömning", "Kommunens bedömning", "Underlag") and invoices named in the attachment list
#    ("Bilaga 3:2 Faktura 2023-1188, Västmanlands Evenemangsteknik AB"); ids "3:1" with a colon;
#    amounts '48 000:-' in the headings and 'kr 12 500' in the text; a cc list.


@case
def prose_fagersta():
    d = _CASES.fresh("prose-fagersta")
    acts = [
        Act(
            "1",
            "Kvällsöppet på Fagersta ungdomsgård",
            D(68500),
            "accepts_partial",
            ["unverifiable_costs"],
            ["1:1"],
            repay=D(12500),
            needle="Aktivitet 1. Kvällsöppet",
        ),
        Act(
            "3",
            "Stadsdelsfest i Västanfors",
            D(48000),
            "disputes",
            ["purpose_mismatch", "excessive_cost"],
            ["3:1", "3:2"],
            needle="Aktivitet 3. Stadsdelsfest",
        ),
        Act(
            "4",
            "Samhällsvägledning på lätt svenska",
            D(31750),
            "accepts_full",
            ["missing_description"],
            needle="Aktivitet 4. Samhällsvägledning",
        ),
        Act("7", "Simskola för vuxna kvinnor", D(22400), "disputes", ["conditions_not_met"], ["7:1"], needle="Aktivitet 7. Simskola"),
    ]
    lg = Ledger12()
    blocks = [
        ("p", "FAGERSTA KOMMUN\nKommunstyrelseförvaltningen, Arbetsmarknad och integration"),
        ("p", "2025-02-26                                                    Dnr KS 2024/412"),
        ("p", "Socialstyrelsen\nAvdelningen för regler och behörighet\n106 30 Stockholm"),
        ("h2", "Svar på Socialstyrelsens skrivelse om återkrav av statsbidrag (er beteckning 9.1-37190/2024)"),
        (
            "p",
            "Fagersta kommun tackar för möjligheten att yttra sig. Nedan följer kommunens synpunkter på de fyra "
            "aktiviteter som omfattas av det preliminära beslutet.",
        ),
        ("h2", f"Aktivitet 1. Kvällsöppet på Fagersta ungdomsgård – {m(68500, 'krcolon')}"),
        ("h3", "Socialstyrelsens bedömning"),
        ("p", "Kostnaderna för extra personal på kvällar och helger är inte styrkta med underlag."),
        ("h3", "Kommunens bedömning"),
        (
            "p",
            f"Personalkostnaden styrks av lönelistan i bilaga 1:1, som omfattar {m(56000, 'kr_')}. Resterande "
            f"{m(12500, 'kr_')} gällde inköp av förbrukningsmaterial där kvittona inte har sparats. Kommunen betalar "
            f"tillbaka {m(12500, 'kr_')} men invänder mot återkravet i övrigt.",
        ),
        ("h3", "Underlag"),
        ("p", "Bilaga 1:1"),
        ("h2", f"Aktivitet 3. Stadsdelsfest i Västanfors – {m(48000, 'krcolon')}"),
        ("h3", "Socialstyrelsens bedömning"),
        ("p", "En stadsdelsfest bedöms inte bidra till bidragets syfte, och kostnaden för scen och ljud är hög."),
        ("h3", "Kommunens bedömning"),
        (
            "p",
            "Festen var det tillfälle då flest boende i Västanfors deltog i stadsdelsarbetet och ledde till att två nya "
            "föreningar bildades. Scen och ljud upphandlades enligt kommunens ramavtal till marknadspris. Kommunen anser "
            "därför att inget av beloppet ska återbetalas.",
        ),
        ("h3", "Underlag"),
        ("p", "Bilaga 3:1 och 3:2"),
        ("h2", f"Aktivitet 4. Samhällsvägledning på lätt svenska – {m(31750, 'krcolon')}"),
        ("h3", "Socialstyrelsens bedömning"),
        ("p", "Aktiviteten saknar beskrivning i redovisningen."),
        ("h3", "Kommunens bedömning"),
        ("p", "Beskrivningen föll bort när redovisningen lämnades in. Kommunen godtar återkravet."),
        ("h2", f"Aktivitet 7. Simskola för vuxna kvinnor – {m(22400, 'krcolon')}"),
        ("h3", "Socialstyrelsens bedömning"),
        ("p", "Simskolan vände sig till hela kommunen och inte särskilt till de boende i det utsatta området, vilket villkoren kräver."),
        ("h3", "Kommunens bedömning"),
        (
            "p",
            "Simskolan marknadsfördes enbart i Västanfors och 19 av 21 deltagare bodde där, se deltagarförteckningen i "
            "bilaga 7:1. Villkoren är uppfyllda och kommunen bestrider återkravet.",
        ),
        ("h3", "Underlag"),
        ("p", "Bilaga 7:1"),
        ("h2", "Bilageförteckning"),
        (
            "p",
            "Bilaga 1:1 Lönelista timanställda ungdomsgården 2022\n"
            "Bilaga 3:1 Faktura 2023-1188, Västmanlands Evenemangsteknik AB\n"
            "Bilaga 3:2 Faktura 40117, Bergslagens Festtält & Scen HB\n"
            "Bilaga 7:1 Deltagarförteckning simskola",
        ),
        ("space", 12),
        ("p", "För Fagersta kommun"),
        ("space", 14),
        ("p", "Lars-Erik Hallgren\nKommundirektör"),
        ("p", "Frågor om yttrandet besvaras av Sofia Nordin, integrationssamordnare, 0223-441 73, sofia.nordin@fagersta.se"),
        ("small", "Kopia: Kommunstyrelsens ordförande, Ekonomienheten, Arbetsmarknad och integration"),
    ]
    page = Page(
        footer="Fagersta kommun · Box 114 · 737 22 Fagersta · Org.nr 212000-2072 · Plusgiro 4 12 80-2        {page} ({pages})", size_pt=10.5
    )
    pdf = d / "Svar återkrav KS 2024-412 Fagersta.pdf"
    render_pdf(pdf, blocks, lg, page)
    atts = att_gold([("1:1", "1"), ("3:1", "3"), ("3:2", "3"), ("7:1", "7")])
    atts[1]["invoice_number"] = "2023-1188"
    atts[2]["invoice_number"] = "40117"
    g = response_gold(
        pdf,
        "Fagersta kommun",
        "2025-02-26",
        acts,
        lg,
        attachments=atts,
        activity_invoices={"3": [{"invoice_number": "2023-1188"}, {"invoice_number": "40117"}]},
        checks=[],
        people=people(
            ("Lars-Erik Hallgren", "kommundirektör", None, None),
            ("Sofia Nordin", "integrationssamordnare", "+4622344173", "sofia.nordin@fagersta.se"),
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "A plain letter whose activities 'Aktivitet 3. Title – 48 000:-' each have Word-like sub-headings "
        "'Socialstyrelsens bedömning' / 'Kommunens bedömning' / 'Underlag'. Attachment ids with a colon ('1:1', "
        "'3:2'), invoices named in the list ('Bilaga 3:1 Faktura 2023-1188, Västmanlands Evenemangsteknik AB'; "
        "activity_invoices via the list), amounts 'kr 12 500' in the text, a cc line; an amount that is not the "
        "claim ('kr 56 000', the documented part). Footer with org.nr and plusgiro.",
    )


# ------------------------------------------------------------------------------------------
# 6. Karlskoga: a letter whose answer is one portrait ruled table GROUPED BY GRANT YEAR: a
#    full-width shaded row "Bidragsår 2021" (not an activity) before the activities of that year;
#    columns Nr / Aktivitet / Återkrävt (kr) / Kommunen medger (kr) / Kommentar. The position is
#    the "medger" figure with the comment's verdict; '0' for a disputed row (optional money), '–'
#    for the undecided one; a Summa row.


@case
def table_karlskoga():
    d = _CASES.fresh("table-karlskoga")
    acts = [
        Act("1", "Kulturskola i Baggängen", D(58200), "accepts_full", ["unverifiable_costs"], needle="Kulturskola i Baggängen"),
        Act("2", "Lägenhetsnära trygghetsvärdar", D(97400), "disputes", ["exercise_of_authority"], ["1"], needle="Lägenhetsnära"),
        Act(
            "5",
            "Läxläsning med studentmentorer",
            D(41300),
            "accepts_partial",
            ["description_mismatch"],
            ["2"],
            repay=D(14300),
            needle="Läxläsning med",
        ),
        Act("8", "Fritidsledare på Ekebyskolan", D(126000), "disputes", ["ordinary_operations"], ["3", "4"], needle="Fritidsledare på"),
        Act(
            "11",
            "Föreningsbidrag till idrottsprova-på",
            D(35000),
            "unclear",
            ["unverifiable_costs"],
            needle="Föreningsbidrag till",
        ),
        Act("12", "Feriepraktik med handledare", D(18750), "accepts_full", ["outside_grant_period"], needle="Feriepraktik med"),
    ]
    years = {"1": "2021", "2": "2021", "5": "2022", "8": "2022", "11": "2023", "12": "2023"}
    comment = {
        "1": "SoS: fakturor för instrument saknas. Medges, underlagen har inte gått att ta fram.",
        "2": "SoS: värdarna har utfärdat ordningsföreskrifter (myndighetsutövning). Bestrids – värdarna har enbart "
        "informerat boende och kallat på fastighetsjouren, se bilaga 1.",
        "5": "SoS: redovisade timmar stämmer inte med kostnaden. Medges delvis: kommunen betalar tillbaka för de 52 timmar "
        "som inte kan styrkas, övrigt framgår av bilaga 2.",
        "8": "SoS: fritidsledarna hör till skolans ordinarie verksamhet. Bestrids. Tjänsterna inrättades för projektet och "
        "togs bort när det upphörde (bilaga 3 och 4).",
        "11": "SoS: kvitton och avtal med föreningarna saknas. Föreningarna har ombetts komma in med underlag; kommunen "
        "lämnar besked i denna del senast 2025-03-31.",
        "12": "SoS: lönerna utbetalda efter periodens slut. Medges.",
    }
    lg = Ledger12()
    rows = [["Nr", "Aktivitet", "Återkrävt (kr)", "Kommunen medger (kr)", "Kommentar"]]
    spans = []
    cur = None
    for a in acts:
        if years[a.no] != cur:
            cur = years[a.no]
            rows.append([f"Bidragsår {cur}", "", "", "", ""])
            spans.append(((0, len(rows) - 1), (4, len(rows) - 1)))
        if a.position == "unclear":
            med = "–"
        elif a.position == "disputes":
            med = m(0, "opt_bare")
        else:
            med = m(a.repayment(), "bare")
        rows.append([a.no, a.title, m(a.claimed, "bare"), med, comment[a.no]])
    total = sum(a.claimed for a in acts)
    repay = D(58200) + D(14300) + D(18750)
    rows.append(["", "Summa", m(total, "bare"), m(repay, "bare"), ""])

    def tbl():
        from genre_kit import styles
        from genre_kit import table as kit_table

        st = styles("Helvetica", 10)
        t = kit_table(
            rows,
            lg_box[0],
            st,
            A4[0] - 4.4 * cm,
            widths=[0.06, 0.22, 0.13, 0.14, 0.45],
            ruled=True,
            header=1,
            align_right=[2, 3],
            bold_last=True,
            spans=spans,
        )
        extra = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfd8dc"))]
        for (_c0, r0), _ in spans:
            extra += [("BACKGROUND", (0, r0), (-1, r0), colors.HexColor("#eceff1"))]
        t.setStyle(extra)
        return t

    lg_box = [lg]
    blocks = [
        ("p", "Karlskoga kommun\nSocialförvaltningen\n691 83 Karlskoga"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("p", "Karlskoga 2025-02-25\nVår beteckning: SOC 2024/0733\nEr beteckning: 9.1-40388/2024"),
        ("h2", "Yttrande angående preliminärt beslut om återkrav av statsbidrag 2021–2023"),
        (
            "p",
            "Karlskoga kommun har tagit del av Socialstyrelsens preliminära beslut och lämnar sina synpunkter i tabellen "
            "nedan. Aktiviteterna är ordnade efter det bidragsår då de redovisades. Kolumnen ”Kommunen medger” anger det "
            "belopp kommunen är beredd att betala tillbaka.",
        ),
        ("flowable", None),
        (
            "p",
            "Bilagor\n1. Instruktion och loggbok för trygghetsvärdar\n2. Tidrapporter studentmentorer 2022\n"
            "3. Beslut om inrättande av fritidsledartjänster\n4. Anställningsbevis fritidsledare",
        ),
        ("space", 10),
        ("p", "Med vänliga hälsningar"),
        ("space", 12),
        ("p", "Eva Lindkvist\nSocialchef\n\nKontaktperson: Johan Bergqvist, controller, 0586-614 90, johan.bergqvist@karlskoga.se"),
    ]
    # render_pdf lays the story out twice (the first pass only counts pages): the table's amounts
    # go to a throwaway ledger in the first pass and to the gold's ledger in the second
    calls = [0]

    def lazy_tbl():
        lg_box[0] = Ledger12() if calls[0] == 0 else lg
        calls[0] += 1
        return tbl()

    blocks[5] = ("lazy", lazy_tbl)
    pdf = d / "Yttrande SOC 2024-0733 Karlskoga kommun.pdf"
    render_pdf(pdf, blocks, lg, Page(footer="Karlskoga kommun · Org.nr 212000-1868 · Bankgiro 153-7712 · sida {page}/{pages}"))
    g = response_gold(
        pdf,
        "Karlskoga kommun",
        "2025-02-25",
        acts,
        lg,
        attachments=att_gold([("1", "2"), ("2", "5"), ("3", "8"), ("4", "8")]),
        activity_invoices={},
        checks=[],
        people=people(
            ("Eva Lindkvist", "socialchef", None, None),
            ("Johan Bergqvist", ["controller", "kontaktperson"], "+4658661490", "johan.bergqvist@karlskoga.se"),
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "The answer as one portrait ruled table GROUPED BY GRANT YEAR: shaded full-width rows 'Bidragsår 2021/2022/2023' "
        "(not activities) before each year's activities. Columns Nr / Aktivitet / Återkrävt (kr) / Kommunen medger "
        "(kr) / Kommentar; the comment opens with the agency's reason ('SoS: …') and gives the verdict ('Medges.', "
        "'Bestrids – …', 'Medges delvis: …'); '0' in the medger column for disputed rows (optional money), '–' for "
        "the undecided row 11; bare amounts; a Summa row; a count in a comment ('52 timmar') that is not money.",
    )


# ------------------------------------------------------------------------------------------
# 7. Nynäshamn: a landscape letter whose answer is an UNRULED table with hairlines between the
#    records only: Nr / Aktivitet / Återkrävt / Socialstyrelsens bedömning (sammanfattning) /
#    Nynäshamns kommuns svar / Bilaga (the attachment ids of the row in their own column). Answers
#    "Accepteras." / "Accepteras inte." / "Accepteras delvis – 9 000 kr …" / undecided. The table
#    runs onto page 2 under a repeated header; totals in a sentence under it.


@case
def table_nynashamn():
    from genre_kit import esc, styles
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import Paragraph, Table, TableStyle

    d = _CASES.fresh("table-nynashamn")
    acts = [
        Act(
            "1",
            "Mötesplats Estö – öppen verksamhet för unga",
            D(88600),
            "disputes",
            ["ordinary_operations"],
            ["1"],
            needle="Mötesplats Estö",
        ),
        Act(
            "2",
            "Arbetsmarknadscoach för unga vuxna",
            D(64200),
            "accepts_partial",
            ["unverifiable_costs", "description_mismatch"],
            ["2", "3"],
            repay=D(9000),
            needle="Arbetsmarknadscoach för",
        ),
        Act("4", "Kvällsfotboll i Vansta", D(17350), "accepts_full", ["missing_description"], needle="Kvällsfotboll i"),
        Act("6", "Hälsoinformatörer på somaliska", D(42000), "unclear", ["unverifiable_costs"], needle="Hälsoinformatörer på"),
        Act("7", "Konsultstöd för lägesbild och analys", D(71500), "accepts_full", ["purpose_mismatch"], needle="Konsultstöd för"),
        Act(
            "9",
            "Trygghetskameror vid pendeltågsstationen",
            D(129900),
            "disputes",
            ["purpose_mismatch", "conditions_not_met"],
            ["4", "5"],
            needle="Trygghetskameror vid",
        ),
    ]
    text = {
        "1": (
            "Verksamheten bedöms vara kommunens ordinarie fritidsverksamhet som fanns redan före bidragsperioden.",
            "Accepteras inte. Estö hade ingen öppen verksamhet före hösten 2021; lokalen hyrdes särskilt för "
            "bidragsperioden och hyresavtalet sades upp i december 2023.",
            "1",
        ),
        "2": (
            "Lönekostnaden överstiger den redovisade tjänstgöringsgraden och resor saknar underlag.",
            f"Accepteras delvis – {m(9000, 'kr')} för resor utan kvitton. Lönen motsvarar en halvtidstjänst enligt "
            "anställningsbeslutet; Socialstyrelsen har räknat med en kvarts tjänst.",
            "2, 3",
        ),
        "4": ("Aktiviteten saknar beskrivning.", "Accepteras.", ""),
        "6": (
            "Fakturor för tolk- och informatörsarvoden har inte kommit in.",
            "Kommunen har begärt fakturorna från studieförbundet och tar ställning när de har kommit in.",
            "",
        ),
        "7": (
            "En lägesbild för kommunens egen planering ligger inte inom bidragets syfte.",
            "Accepteras. Kommunen återbetalar hela beloppet.",
            "",
        ),
        "9": (
            "Kameraövervakning är en investering i fysisk miljö och inte en social insats; tillstånd saknas i redovisningen.",
            "Accepteras inte. Kamerorna ingick i det trygghetsprogram som ansökan beskrev och har tillstånd enligt "
            "kamerabevakningslagen, se bilaga 4 och 5.",
            "4, 5",
        ),
    }
    lg = Ledger12()
    total = sum(a.claimed for a in acts)
    repay = D(9000) + D(17350) + D(71500)
    calls = [0]

    def tbl():
        led = Ledger12() if calls[0] == 0 else lg
        calls[0] += 1
        st = styles("Helvetica", 12)
        head = ["Nr", "Aktivitet", "Återkrävt", "Socialstyrelsens bedömning (sammanfattning)", "Nynäshamns kommuns svar", "Bilaga"]
        data = [[Paragraph(h, st["cellb"]) for h in head]]
        for a in acts:
            assess, answer, att = text[a.no]
            data.append(
                [
                    Paragraph(a.no, st["cell"]),
                    Paragraph(esc(a.title), st["cell"]),
                    Paragraph(led.fill(m(a.claimed, "kr")), st["right"]),
                    Paragraph(esc(assess), st["cell"]),
                    Paragraph(esc(led.fill(answer)), st["cell"]),
                    Paragraph(att, st["cell"]),
                ]
            )
        w = landscape(A4)[0] - 4 * cm
        t = Table(data, colWidths=[x * w for x in (0.04, 0.18, 0.1, 0.28, 0.33, 0.07)], repeatRows=1, hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#888888")),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return t

    blocks = [
        ("p", "NYNÄSHAMNS KOMMUN · Socialförvaltningen"),
        ("p", "Datum 2025-02-19 · Diarienummer SOCN 2024/287 · Er referens 9.1-39977/2024\nTill: Socialstyrelsen, 106 30 Stockholm"),
        ("h2", "Yttrande över preliminärt beslut om återkrav av statsbidrag till kommuner med utsatta områden"),
        (
            "p",
            "Nynäshamns kommun lämnar nedan sitt svar på Socialstyrelsens preliminära beslut. Kommunens svar för varje "
            "aktivitet står i den femte kolumnen. Där en bilaga stöder svaret anges dess nummer i sista kolumnen.",
        ),
        (
            "p",
            "Kommunen vill inledningsvis framhålla att arbetet i Estö, Vansta och kring pendeltågsstationen har "
            "bedrivits i nära samverkan med polisen, bostadsbolaget och civilsamhället, och att flera av de insatser "
            "som nu ifrågasätts har utvärderats med goda resultat. Redovisningen till Socialstyrelsen var på några "
            "punkter knapphändig, vilket kommunen beklagar. Svaren nedan bygger på de underlag som har kunnat tas "
            "fram under remisstiden.",
        ),
        ("lazy", tbl),
        (
            "p",
            f"Totalt återkräver Socialstyrelsen {m(total, 'kr')}. Kommunen accepterar att betala tillbaka "
            f"{m(repay, 'kr')}, bestrider återkraven för aktivitet 1 och 9 och återkommer om aktivitet 6.",
        ),
        (
            "p",
            "Bilagor: 1 Hyresavtal lokal Estö 2021–2023; 2 Anställningsbeslut arbetsmarknadscoach; 3 Tjänstgöringsintyg; "
            "4 Beslut om tillstånd till kamerabevakning; 5 Utdrag ur ansökan, trygghetsprogrammet",
        ),
        ("space", 8),
        ("p", "Nynäshamn som ovan\n\nMalin Åkerlund, socialchef\nHandläggare: Tobias Grahn, 08-520 681 44, tobias.grahn@nynashamn.se"),
    ]
    page = Page(
        size=landscape(A4),
        margins=(2 * cm, 2 * cm, 1.8 * cm, 1.8 * cm),
        footer="Nynäshamns kommun · Org.nr 212000-0159 · Bankgiro 230-4117 · {page} ({pages})",
        size_pt=11,
    )
    pdf = d / "Yttrande SOCN 2024-287 Nynäshamn.pdf"
    render_pdf(pdf, blocks, lg, page)
    g = response_gold(
        pdf,
        "Nynäshamns kommun",
        "2025-02-19",
        acts,
        lg,
        municipality="Nynäshamn",
        attachments=att_gold([("1", "1"), ("2", "2"), ("3", "2"), ("4", "9"), ("5", "9")]),
        activity_invoices={},
        checks=[],
        people=people(
            ("Malin Åkerlund", "socialchef", None, None), ("Tobias Grahn", "handläggare", "+46852068144", "tobias.grahn@nynashamn.se")
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "Landscape letter whose answer is an UNRULED table with hairlines between records only: Nr / Aktivitet / "
        "Återkrävt / Socialstyrelsens bedömning (sammanfattning) / Nynäshamns kommuns svar / Bilaga. The "
        "attachment ids of a row sit in their own column ('2, 3'), not in a sentence (these are its references). "
        "Answers 'Accepteras.' / 'Accepteras inte. …' / 'Accepteras delvis – 9 000 kr …' / undecided (6). Continues "
        "on page 2 under a repeated header; totals in a sentence under the table; inline attachment list "
        "'Bilagor: 1 …; 2 …'.",
    )


# ------------------------------------------------------------------------------------------
# 8. Scan: prose-kristinehamn as the agency received it by post, FOLDED IN THREE for a C5/6
#    envelope and fed through the scanner unflattened: two horizontal creases on each page (a grey
#    shadow band, a bright ridge, toner flaked off along the fold where it crosses a line of text),
#    the three panels of a sheet lying at slightly different angles and offsets (the paper does not
#    lie flat), 200 dpi greyscale JPEG, a little dust.


@case
def scan_kristinehamn_vikt():
    import json
    import time

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    src_dir = OUT / "prose-kristinehamn"
    if not list(src_dir.glob("*.pdf")):
        prose_kristinehamn()
    src = next(src_dir.glob("*.pdf"))
    d = _CASES.fresh("scan-kristinehamn-vikt")
    rnd = random.Random(1212)
    dpi = 200
    doc = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        w, h = img.size
        folds = [int(h * 0.335) + rnd.randint(-6, 6), int(h * 0.668) + rnd.randint(-6, 6)]
        bounds = [0] + folds + [h]
        out = Image.new("L", (w, h), 250)
        for k in range(3):
            panel = img.crop((0, bounds[k], w, bounds[k + 1]))
            ang = (-0.35, 0.15, 0.45)[k] + rnd.uniform(-0.1, 0.1)
            panel = panel.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
            out.paste(panel, ((0, 3, -2)[k] + rnd.randint(-1, 1), bounds[k] + (0, 2, 4)[k]))
        a = np.asarray(out).astype(np.float32)
        for y in folds:
            for dy in range(-14, 15):
                yy = y + dy
                if 0 <= yy < h:
                    # shadow on the valley side, a bright ridge on the other, varying along the fold
                    f = (1 - 0.22 * np.exp(-((dy + 4) ** 2) / 18.0)) if dy <= 2 else (1 + 0.04 * np.exp(-((dy - 5) ** 2) / 8.0))
                    a[yy, :] = a[yy, :] * f
            # toner flaked off along the crease where it crosses print
            band = a[y - 1 : y + 2, :]
            mask = (band < 140) & (np.random.default_rng(i * 7 + y).random(band.shape) < 0.55)
            band[mask] = 215
            a[y - 1 : y + 2, :] = band
        # paper tone and a soft unevenness across the sheet
        yy, xx = np.mgrid[0:h, 0:w]
        a = a * (0.97 + 0.03 * np.cos(xx / w * 3.1)) - 4
        out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        dr = ImageDraw.Draw(out)
        for _ in range(160):
            x, y = rnd.randrange(w), rnd.randrange(h)
            r = rnd.choice((0, 1, 1, 2))
            dr.ellipse((x, y, x + r, y + r), fill=rnd.randrange(40, 140))
        pages.append(out)
    doc.close()
    pdf = d / "Skanning 2025-02-24 093114.pdf"
    fixed = time.gmtime(1740389474)
    pages[0].save(
        pdf, save_all=True, append_images=pages[1:], resolution=dpi, quality=55, creationDate=fixed, modDate=fixed, producer="Scan2PDF"
    )
    gold = json.loads((src_dir / "gold.json").read_text(encoding="utf-8"))
    g = next(iter(gold["files"].values()))
    write_gold(
        d,
        {pdf.name: g},
        "prose-kristinehamn as the agency received it by post: the letter FOLDED IN THREE for an envelope and "
        "scanned unflattened at 200 dpi greyscale (JPEG q55): two creases per page (a grey shadow band, a bright "
        "ridge, toner flaked off where the fold crosses a text line), the three panels of each sheet at different "
        "angles (-0.35°, +0.15°, +0.45°) and offsets of a few pixels, slight paper tone, dust; the scanner's file "
        "name. Gold as prose-kristinehamn (pages unchanged).",
    )


# ------------------------------------------------------------------------------------------
# 9. Invoices: four supplier forms, each to a municipality of this corpus.
#    (1) Croatian "RAČUN R-1" (EUR, PDV 13 % + 25 %, OIB, the issue date WITH a time
#        "14.10.2023. u 16:42", fiscal codes JIR and ZKI, "Način plaćanja: transakcijski račun",
#        number "118/2/1" as Croatian fiscal invoices print it: number/premises/device).
#    (2) Greek "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ" in Greek script (EUR, ΦΠΑ 24 %, ΑΦΜ, ΔΟΥ, the
#        myDATA "ΜΑΡΚ" number 400001912345678 beside the invoice number, "ΠΛΗΡΩΤΕΟ ΠΟΣΟ").
#    (3) A Swedish housing company's quarterly premises rent notice "HYRESAVI" (a payment notice):
#        Avinummer, period 2023-04-01 – 2023-06-30, a negative discount line, all at 25 %
#        (voluntary VAT liability), OCR, bankgiro.
#    (4) A Swedish course provider's A5 invoice (half-page): VAT-exempt training (0 %, "Momsfri
#        enligt 3 kap. 8 § ML") + course material at 25 %.


def _inv_canvas(path, size=A4):
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    return Canvas(str(path), pagesize=size, invariant=1)


def _lines_table(c, x, y, rows, widths, font, size=9, right_from=1, rule=colors.black):
    from reportlab.platypus import Table, TableStyle

    t = Table(rows, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font[0]),
                ("FONTNAME", (0, 0), (-1, 0), font[1]),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.7, rule),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, rule),
            ]
        )
    )
    tw, th = t.wrap(0, 0)
    t.drawOn(c, x, y - th)
    return y - th


def _fmt(v, th=".", dec=","):
    return group(D(v), th, "always", dec)


def croatian_invoice(path: Path) -> dict:
    from genre10 import _amounts, _fonts, _inv_gold

    _fonts()
    lines = [
        ("Smještaj u hostelu, noćenje (grupa)", "28", "noć", "24.00", "13"),
        ("Doručak i večera za grupu", "28", "kom", "11.50", "13"),
        ("Najam dvorane za radionicu", "2", "dan", "95.00", "25"),
        ("Vođena tura gradom", "1", "usl.", "140.00", "25"),
    ]
    per, vat, net, tv, total = _amounts(lines)
    c = _inv_canvas(path)
    w, h = A4
    c.setFont("DV-B", 14)
    c.drawString(2 * cm, h - 2 * cm, "Hostel Lanterna d.o.o.")
    c.setFont("DV", 8.5)
    for i, t in enumerate(
        [
            "Ulica Ivana Gundulića 14, 21000 Split, Hrvatska",
            "OIB: 48291730562",
            "IBAN: HR72 2402 0061 1009 8765 4",
            "info@hostel-lanterna.hr",
        ]
    ):
        c.drawString(2 * cm, h - 2.5 * cm - i * 10, t)
    c.setFont("DV-B", 18)
    c.drawRightString(w - 2 * cm, h - 2 * cm, "RAČUN R-1")
    c.setFont("DV", 9)
    meta = [
        ("Broj računa:", "118/2/1"),
        ("Datum i vrijeme izdavanja:", "14.10.2023. u 16:42"),
        ("Datum isporuke:", "10.10.2023. – 13.10.2023."),
        ("Dospijeće plaćanja:", "13.11.2023."),
        ("Način plaćanja:", "transakcijski račun"),
        ("Oznaka operatera:", "ANA-02"),
    ]
    for i, (k, v) in enumerate(meta):
        c.drawString(9.6 * cm, h - 3.2 * cm - i * 12, k)
        c.drawRightString(w - 2 * cm, h - 3.2 * cm - i * 12, v)
    c.setFont("DV-B", 9)
    c.drawString(2 * cm, h - 4.2 * cm, "Kupac:")
    c.setFont("DV", 9)
    for i, t in enumerate(["Karlskoga kommun", "Socialförvaltningen", "691 83 Karlskoga, Švedska", "PDV ID: SE212000186801"]):
        c.drawString(2 * cm, h - 4.65 * cm - i * 11, t)
    rows = [["Opis", "Kol.", "Jed.", "Cijena", "PDV %", "Iznos"]]
    for d_, q, u, pr, r in lines:
        rows.append([d_, q, u, _fmt(pr), r, _fmt((D(q) * D(pr)).quantize(Decimal("0.01")))])
    y = _lines_table(c, 2 * cm, h - 7 * cm, rows, [7 * cm, 1.3 * cm, 1.3 * cm, 2.2 * cm, 1.5 * cm, 3.2 * cm], ("DV", "DV-B"))
    y -= 16
    summ = [
        ("Osnovica PDV 13 %", per[D(13)]),
        ("PDV 13 %", vat[D(13)]),
        ("Osnovica PDV 25 %", per[D(25)]),
        ("PDV 25 %", vat[D(25)]),
        ("Ukupno bez PDV-a", net),
        ("Ukupno PDV", tv),
        ("UKUPNO ZA PLATITI (EUR)", total),
    ]
    for i, (k, v) in enumerate(summ):
        c.setFont("DV-B" if i == len(summ) - 1 else "DV", 9.5)
        c.drawString(10.5 * cm, y - i * 13, k)
        c.drawRightString(w - 2.5 * cm, y - i * 13, _fmt(v) + " €")
    y -= len(summ) * 13 + 20
    c.setFont("DV", 8.5)
    for t in [
        "Poziv na broj: HR00 118-2-1",
        "JIR: 6f2c9a41-83d7-4e5b-b0a2-1c9e7d45f310",
        "ZKI: 3b9e81f04c2d7a6590e1b8c4d2f7a913",
        "Račun je izdan elektroničkim putem i valjan je bez potpisa i pečata.",
        "Hostel Lanterna d.o.o. upisano u sudski registar Trgovačkog suda u Splitu, MBS 060412873, temeljni kapital 2.650,00 EUR.",
    ]:
        c.drawString(2 * cm, y, t)
        y -= 11
    c.showPage()
    c.save()
    return _inv_gold("118/2/1", "2023-10-14", "2023-11-13", "Hostel Lanterna d.o.o.", "Karlskoga kommun", lines, "EUR", "hr")


def greek_invoice(path: Path) -> dict:
    from genre10 import _amounts, _fonts, _inv_gold

    _fonts()
    lines = [
        ("Εκπαιδευτικό σεμινάριο κοινωνικής ένταξης", "2", "ημέρα", "650.00", "24"),
        ("Διερμηνεία ελληνικά–αγγλικά", "6", "ώρα", "45.00", "24"),
        ("Εκπαιδευτικό υλικό", "18", "τεμ.", "12.00", "24"),
    ]
    per, vat, net, tv, total = _amounts(lines)
    c = _inv_canvas(path)
    w, h = A4
    c.setFillColor(colors.HexColor("#0d5c8c"))
    c.rect(2 * cm, h - 2.6 * cm, w - 4 * cm, 0.12 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("DV-B", 13)
    c.drawString(2 * cm, h - 2 * cm, "ΚΟΙΝΣΕΠ ΓΕΦΥΡΕΣ ΕΝΤΑΞΗΣ")
    c.setFont("DV", 8.5)
    for i, t in enumerate(
        [
            "Κοινωνική Συνεταιριστική Επιχείρηση",
            "Εγνατίας 112, 546 30 Θεσσαλονίκη",
            "ΑΦΜ: 801234567 · ΔΟΥ: Δ' Θεσσαλονίκης",
            "Τηλ.: 2310 245 118",
        ]
    ):
        c.drawString(2 * cm, h - 3.1 * cm - i * 10, t)
    c.setFont("DV-B", 12)
    c.drawRightString(w - 2 * cm, h - 2 * cm, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ")
    c.setFont("DV", 9)
    meta = [
        ("Αριθμός:", "2023/0318"),
        ("Ημερομηνία έκδοσης:", "06/11/2023"),
        ("Ημερομηνία λήξης:", "06/12/2023"),
        ("ΜΑΡΚ:", "400001912345678"),
        ("Τρόπος πληρωμής:", "Τραπεζική κατάθεση"),
    ]
    for i, (k, v) in enumerate(meta):
        c.drawString(11.5 * cm, h - 3.1 * cm - i * 12, k)
        c.drawRightString(w - 2 * cm, h - 3.1 * cm - i * 12, v)
    c.setFont("DV-B", 9)
    c.drawString(2 * cm, h - 5.3 * cm, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ")
    c.setFont("DV", 9)
    for i, t in enumerate(["Nynäshamns kommun", "Socialförvaltningen, 149 81 Nynäshamn, ΣΟΥΗΔΙΑ", "ΑΦΜ/VAT: SE212000015901"]):
        c.drawString(2 * cm, h - 5.75 * cm - i * 11, t)
    rows = [["Περιγραφή", "Ποσότητα", "Μ.Μ.", "Τιμή μονάδας", "Αξία"]]
    for d_, q, u, pr, _r in lines:
        rows.append([d_, q, u, _fmt(pr), _fmt((D(q) * D(pr)).quantize(Decimal("0.01")))])
    y = _lines_table(
        c, 2 * cm, h - 7.6 * cm, rows, [7.6 * cm, 2 * cm, 1.5 * cm, 2.6 * cm, 3.3 * cm], ("DV", "DV-B"), rule=colors.HexColor("#0d5c8c")
    )
    y -= 18
    summ = [("Καθαρή αξία", net), ("ΦΠΑ 24%", tv), ("ΣΥΝΟΛΟ", total), ("ΠΛΗΡΩΤΕΟ ΠΟΣΟ", total)]
    for i, (k, v) in enumerate(summ):
        c.setFont("DV-B" if i >= 2 else "DV", 9.5)
        c.drawString(11 * cm, y - i * 13, k)
        c.drawRightString(w - 2 * cm, y - i * 13, _fmt(v) + " €")
    y -= len(summ) * 13 + 24
    c.setFont("DV", 8.5)
    for t in [
        "IBAN: GR16 0110 1250 0000 0001 2300 695 · BIC: ETHNGRAA",
        "Αιτιολογία: Σεμινάριο Νυνέσχαμν, 23–24/10/2023",
        "Ευχαριστούμε για τη συνεργασία.",
    ]:
        c.drawString(2 * cm, y, t)
        y -= 11
    c.showPage()
    c.save()
    return _inv_gold("2023/0318", "2023-11-06", "2023-12-06", "ΚΟΙΝΣΕΠ ΓΕΦΥΡΕΣ ΕΝΤΑΞΗΣ", "Nynäshamns kommun", lines, "EUR", "el")


def rent_notice(path: Path) -> dict:
    from genre10 import _amounts, _inv_gold

    lines = [
        ("Lokalhyra Trädgårdsgatan 9 B, lokal 0104", "3", "mån", "8450.00", "25"),
        ("Fastighetsel enligt schablon", "3", "mån", "620.00", "25"),
        ("Hyresrabatt enligt tilläggsavtal 2", "3", "mån", "-1200.00", "25"),
    ]
    per, vat, net, tv, total = _amounts(lines)
    c = _inv_canvas(path)
    w, h = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(2 * cm, h - 2.1 * cm, "Lycksele Bostäder AB")
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, h - 2.55 * cm, "Box 114, 921 22 Lycksele · Org.nr 556221-4087 · Momsreg.nr SE556221408701")
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(w - 2 * cm, h - 2.1 * cm, "HYRESAVI")
    c.setFont("Helvetica", 9.5)
    for i, t in enumerate(["Lycksele kommun", "Socialtjänsten", "921 81 Lycksele"]):
        c.drawString(11.5 * cm, h - 4 * cm - i * 12, t)
    meta = [
        ("Avinummer", "2023-0412-118"),
        ("Avidatum", "2023-03-15"),
        ("Förfallodag", "2023-03-31"),
        ("Hyresperiod", "2023-04-01 – 2023-06-30"),
        ("Kontraktsnummer", "L-0104-07"),
        ("Hyresgästnr", "20871"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont("Helvetica", 9)
        c.drawString(2 * cm, h - 4 * cm - i * 12, k)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(5.2 * cm, h - 4 * cm - i * 12, v)
    rows = [["Avser", "Antal", "Enh", "Belopp/mån", "Summa"]]
    for d_, q, u, pr, _r in lines:
        rows.append([d_, q, u, group(D(pr), " ", "always"), group((D(q) * D(pr)).quantize(Decimal("0.01")), " ", "always")])
    y = _lines_table(c, 2 * cm, h - 7.4 * cm, rows, [8 * cm, 1.4 * cm, 1.4 * cm, 2.8 * cm, 3.4 * cm], ("Helvetica", "Helvetica-Bold"))
    y -= 18
    for i, (k, v) in enumerate([("Summa exkl. moms", net), ("Moms 25 %", tv), ("Att betala", total)]):
        c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10)
        c.drawString(11 * cm, y - i * 14, k)
        c.drawRightString(w - 2 * cm, y - i * 14, group(v, " ", "always") + " kr")
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, y - 60, "Hyresvärden är frivilligt skattskyldig för uthyrning av lokalen (9 kap. ML).")
    c.drawString(2 * cm, y - 72, "Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen.")
    # the payment slip at the foot
    c.setDash(3, 3)
    c.line(1 * cm, 8.8 * cm, w - 1 * cm, 8.8 * cm)
    c.setDash()
    c.setFont("Helvetica-Bold", 10)
    c.drawString(2 * cm, 8 * cm, "INBETALNING")
    c.setFont("Helvetica", 9)
    c.drawString(2 * cm, 7.2 * cm, "Till bankgiro: 5873-2210   Mottagare: Lycksele Bostäder AB")
    c.drawString(2 * cm, 6.6 * cm, "OCR-nummer: 20871041180423")
    c.drawString(2 * cm, 6.0 * cm, "Förfallodag: 2023-03-31")
    c.setFont("Courier-Bold", 11)
    c.drawString(2 * cm, 3.2 * cm, f"# 20871041180423 #   {str(total).replace('.', ' ')}   >   58732210#41#")
    c.showPage()
    c.save()
    return _inv_gold(
        "2023-0412-118",
        "2023-03-15",
        "2023-03-31",
        "Lycksele Bostäder AB",
        "Lycksele kommun",
        lines,
        "SEK",
        "sv",
        org="556221-4087",
        ocr_reference="20871041180423",
        bankgiro="5873-2210",
        doc_type="payment_notice",
    )


def a5_course_invoice(path: Path) -> dict:
    from genre10 import _amounts, _inv_gold
    from reportlab.lib.pagesizes import A5, landscape

    lines = [
        ("Utbildning Motiverande samtal, 2 dagar", "14", "deltagare", "2400.00", "0"),
        ("Kursbok och arbetsmaterial", "14", "st", "385.00", "25"),
    ]
    per, vat, net, tv, total = _amounts(lines)
    size = landscape(A5)
    c = _inv_canvas(path, size)
    w, h = size
    c.setFont("Times-Bold", 14)
    c.drawString(1.5 * cm, h - 1.5 * cm, "Samtalsakademin i Gävle AB")
    c.setFont("Times-Roman", 8)
    c.drawString(1.5 * cm, h - 1.9 * cm, "Norra Kungsgatan 3, 803 20 Gävle · 026-10 44 70 · Org.nr 559102-6634 · Godkänd för F-skatt")
    c.setFont("Times-Bold", 13)
    c.drawRightString(w - 1.5 * cm, h - 1.5 * cm, "Faktura 2023-096")
    c.setFont("Times-Roman", 9)
    left = ["Fakturadatum: 2023-05-22", "Förfallodatum: 2023-06-21", "Er referens: Mikael Ruuth", "Kursdatum: 2023-05-16–17"]
    right = ["Östhammars kommun", "Socialförvaltningen", "Box 66", "742 21 Östhammar"]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        c.drawString(1.5 * cm, h - 2.7 * cm - i * 11, a)
        c.drawString(12 * cm, h - 2.7 * cm - i * 11, b)
    rows = [["Benämning", "Antal", "Enhet", "À-pris", "Moms", "Belopp"]]
    for d_, q, u, pr, r in lines:
        rows.append([d_, q, u, group(D(pr), " ", "always"), f"{r} %", group((D(q) * D(pr)).quantize(Decimal("0.01")), " ", "always")])
    y = _lines_table(
        c, 1.5 * cm, h - 4.7 * cm, rows, [6.6 * cm, 1.3 * cm, 1.9 * cm, 2 * cm, 1.3 * cm, 2.7 * cm], ("Times-Roman", "Times-Bold")
    )
    y -= 14
    summ = [("Momsfritt belopp", per[D(0)]), ("Underlag moms 25 %", per[D(25)]), ("Moms 25 %", vat[D(25)]), ("Summa att betala", total)]
    for i, (k, v) in enumerate(summ):
        c.setFont("Times-Bold" if i == 3 else "Times-Roman", 9.5)
        c.drawString(10.5 * cm, y - i * 12, k)
        c.drawRightString(w - 1.5 * cm, y - i * 12, group(v, " ", "always") + " kr")
    c.setFont("Times-Italic", 8)
    c.drawString(1.5 * cm, 1.6 * cm, "Utbildningen är momsfri enligt 3 kap. 8 § mervärdesskattelagen.")
    c.setFont("Times-Roman", 8)
    c.drawString(1.5 * cm, 1.1 * cm, "Bankgiro 5290-4417 · Ange fakturanummer vid betalning · Momsreg.nr SE559102663401")
    c.showPage()
    c.save()
    return _inv_gold(
        "2023-096",
        "2023-05-22",
        "2023-06-21",
        "Samtalsakademin i Gävle AB",
        "Östhammars kommun",
        lines,
        "SEK",
        "sv",
        org="559102-6634",
        bankgiro="5290-4417",
    )


@case
def invoices_blandat():
    d = _CASES.fresh("invoices-blandat")
    files = {
        "Racun 118-2-1 Hostel Lanterna.pdf": croatian_invoice,
        "Timologio 2023-0318.pdf": greek_invoice,
        "Hyresavi 2023-0412-118.pdf": rent_notice,
        "Faktura 2023-096 Samtalsakademin.pdf": a5_course_invoice,
    }
    gold = {name: fn(d / name) for name, fn in files.items()}
    write_gold(
        d,
        gold,
        "Four supplier forms: a Croatian 'RAČUN R-1' (EUR, PDV 13 % + 25 %, OIB, number '118/2/1', issue date with a "
        "time '14.10.2023. u 16:42', fiscal codes JIR/ZKI, share capital in the footer), a Greek 'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ "
        "ΥΠΗΡΕΣΙΩΝ' in Greek script (EUR, ΦΠΑ 24 %, ΑΦΜ/ΔΟΥ, a myDATA ΜΑΡΚ number beside the invoice number "
        "'2023/0318', '06/11/2023'), a Swedish HYRESAVI (a payment notice: Avinummer, rent period, a negative discount "
        "line, 25 %, OCR and a payment slip with an OCR line), and an A5 landscape course invoice (0 % VAT-exempt "
        "training + 25 % material).",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
