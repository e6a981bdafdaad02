"""Thirteenth genre corpus (tests/data/genre13/): responses to Socialstyrelsen's preliminary reclaim
decisions in forms none of genre … genre11 has. Made blind: nothing here reads or runs granttrail;
the gold comes from this generator's own data, page numbers from the finished PDFs.

    /work/main/.venv/bin/python tests/gen/genre13.py [CASE ...]

Drawn with reportlab (deterministic bytes); the scan with PIL/numpy (deterministic too).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre11 import Ledger11, finish  # noqa: E402
from genre_kit import ROOT, Act, D, Page, group, m, render_pdf, write_gold  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre13"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case = _CASES.case

ONES = [
    "",
    "ett",
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "tretton",
    "fjorton",
    "femton",
    "sexton",
    "sjutton",
    "arton",
    "nitton",
]
TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]


def words(n: int) -> str:
    """32500 -> 'trettiotvåtusen femhundra' (Swedish number words, as a lawyer writes them out)."""

    def lt1000(x: int) -> str:
        s = ""
        if x >= 100:
            s += ("ett" if x // 100 == 1 else ONES[x // 100]) + "hundra"
            x %= 100
        if x >= 20:
            s += TENS[x // 10] + ONES[x % 10]
        else:
            s += ONES[x]
        return s

    if n >= 1000:
        t = n // 1000
        head = ("et" if t == 1 else lt1000(t)) + "tusen"
        rest = lt1000(n % 1000)
        return head + (" " + rest if rest else "")
    return lt1000(n)


class Ledger13(Ledger11):
    """genre11's ledger with this corpus' amount formats."""

    def fmt(self, v: Decimal, style: str) -> str:
        s = self.sep
        if style == "ord":  # "trettiotvåtusen femhundra (32 500) kronor"
            return f"{words(int(v))} ({group(v, s)}) kronor"
        if style == "krpunkt":  # "32.500 kr" with a point as thousands separator and ':-'
            return f"{group(v, '.')}:-"
        if style == "sekpre":  # "SEK 32 500:-"
            return f"SEK {group(v, s)}:-"
        if style == "apos":  # "32'500 kr"
            return f"{group(v, chr(39))} kr"
        return super().fmt(v, style)


genre_kit.Ledger = Ledger13  # render_pdf's page-counting pass makes its ledger by this name


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    for n in names:
        CASES[n]()
        print("made", n)


# ==========================================================================================
# 1. Borås: a letter exported from the case-management system (a Public 360-like "Utskrift"):
#    every page carries the system's grey field header (Diarienummer, Dokumentnummer,
#    Dokumenttyp, Status "Expedierad", Sida N (M)) and a print footer with the print date and the
#    printing user; page 1 opens with the system's "Handlingsinformation" box (registered date,
#    created date, handläggare, skyddsklass) before the letter itself.


def system_page(dnr: str, docno: str, printed: str, who: str, total: list):
    def draw(c, doc):
        w, h = c._pagesize  # noqa: SLF001
        c.setFillColor(colors.HexColor("#e4e7ea"))
        c.rect(1.6 * cm, h - 2.0 * cm, w - 3.2 * cm, 1.05 * cm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        fields = [
            ("Diarienummer", dnr),
            ("Dokumentnummer", docno),
            ("Dokumenttyp", "Utgående skrivelse"),
            ("Status", "Expedierad"),
            ("Sida", f"{doc.page} ({total[0]})"),
        ]
        x = 1.8 * cm
        for k, v in fields:
            c.setFont("Helvetica", 6.5)
            c.drawString(x, h - 1.3 * cm, k.upper())
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, h - 1.7 * cm, v)
            x += (w - 3.6 * cm) / len(fields)
        c.setFont("Helvetica", 6.5)
        c.drawString(1.8 * cm, 0.9 * cm, f"Utskrift från ärendehanteringssystemet {printed} av {who}")
        c.drawRightString(w - 1.8 * cm, 0.9 * cm, "Borås Stad · Sociala omsorgsförvaltningen")

    return draw


@case
def prose_boras():
    d = _CASES.fresh("prose-boras")
    lg = Ledger13()
    acts = [
        Act("2", "Mötesplats för unga vuxna på Hässleholmen", D(112400), "disputes", ["ordinary_operations"], ["1"]),
        Act("3", "Fältassistenter kvällstid i Norrby", D(67800), "accepts_partial", ["unverifiable_costs"], ["2", "3"], repay=D(21300)),
        Act("5", "Lovaktiviteter i Sjöbo och Hulta", D(38250), "accepts_full", ["outside_grant_period"], []),
        Act("6", "Språkcafé för föräldrar", D(15900), "disputes", ["purpose_mismatch", "description_mismatch"], ["4"]),
        Act("9", "Utvärdering av trygghetsinsatserna", D(54000), "unclear", ["excessive_cost"], []),
    ]
    for a in acts:
        a.needle = f"Aktivitet nr {a.no} – {a.title}"
    k = "kronor"
    info = [
        ["Handlingsinformation", ""],
        ["Ärendemening", "Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag 2023"],
        ["Skapad", "2025-02-06 av Amra Dizdar"],
        ["Registrerad", "2025-02-13"],
        ["Handläggare", "Amra Dizdar, Sociala omsorgsförvaltningen"],
        ["Skyddsklass", "Ingen sekretess"],
        ["Mottagare", "Socialstyrelsen, 106 30 Stockholm"],
    ]
    blocks = [
        ("table", info, dict(widths=[0.25, 0.75], ruled=True, header=1, key_col=True)),
        ("space", 6),
        ("p", "Borås Stad\nSociala omsorgsförvaltningen\nDatum: 2025-02-14"),
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\nEr beteckning: 9.1-39871/2024"),
        ("h2", "Yttrande över preliminärt beslut om återkrav – statsbidrag till kommuner med socioekonomiskt eftersatta områden 2023"),
        (
            "p",
            "Socialstyrelsen har i ett preliminärt beslut den 23 januari 2025 meddelat att myndigheten avser att "
            "återkräva " + m(288350, k) + " av det bidrag om " + m(2100000, k) + " som Borås Stad tog emot för 2023. "
            "Sociala omsorgsförvaltningen lämnar här stadens yttrande. Aktiviteterna anges med de nummer de har i "
            "Socialstyrelsens beslut.",
        ),
    ]
    body = {
        "2": (
            "Socialstyrelsen avser att återkräva " + m(112400, k) + ". Enligt myndigheten är mötesplatsen en "
            "del av den öppna fritidsverksamhet som staden redan bedriver och alltså ordinarie verksamhet.",
            "Mötesplatsen öppnade i mars 2023 i en lokal som tidigare stod tom och riktar sig till unga vuxna 19–25 år, "
            "en grupp som fritidsgårdarna inte tar emot. Personalen anställdes för insatsen (bilaga 1). Staden menar att "
            "kostnaden är en ny insats och motsätter sig att bidraget återbetalas för aktiviteten.",
        ),
        "3": (
            "Det belopp som återkrävs är " + m(67800, k) + ". Socialstyrelsen har inte kunnat följa kostnaderna för "
            "bilersättning och mobiltelefoner till verksamheten.",
            "Lönekostnaderna framgår av lönespecifikationerna (bilaga 2) och schemat (bilaga 3). För bilersättningen "
            "saknas körjournaler. Staden återbetalar därför " + m(21300, k) + ", som motsvarar bilersättning och "
            "telefoner, men står fast vid att resterande " + m(46500, k) + " är styrkta.",
        ),
        "5": (
            "Socialstyrelsen kräver tillbaka " + m(38250, k) + " eftersom aktiviteterna genomfördes under "
            "sportlovet 2024, efter bidragsperioden.",
            "Staden har ingen invändning mot bedömningen. Beloppet kommer att betalas tillbaka.",
        ),
        "6": (
            "Återkravet gäller " + m(15900, k) + ". Myndigheten bedömer att språkcaféet inte ligger inom bidragets "
            "syfte och att beskrivningen i redovisningen inte stämmer med de kostnader som redovisats.",
            "Språkcaféet hölls varje tisdag på Sjöbo bibliotek och samlade i genomsnitt 14 föräldrar per tillfälle. "
            "Syftet var att nå föräldrar som annars inte deltar i skolans och fritidens aktiviteter, vilket ligger i "
            "linje med bidragets syfte. Kostnaderna avser samtalsledare och fika (bilaga 4). Staden vidgår inte att "
            "något ska återbetalas.",
        ),
        "9": (
            "Socialstyrelsen återkräver " + m(54000, k) + " och anser att kostnaden för utvärderingen är för hög "
            "i förhållande till dess omfattning.",
            "Högskolan i Borås har ännu inte lämnat sin slutrapport. Staden lämnar sitt ställningstagande i denna del "
            "så snart rapporten har kommit in, senast den 31 mars 2025.",
        ),
    }
    for a in acts:
        ass, ans = body[a.no]
        blocks += [
            ("h3", a.needle),
            ("rich", "p", "<i>Socialstyrelsens bedömning.</i> " + ass),
            ("rich", "p", "<i>Stadens synpunkter.</i> " + ans),
        ]
    blocks += [
        ("h3", "Bilagor"),
        (
            "p",
            "1. Anställningsavtal, personal mötesplatsen\n2. Lönespecifikationer fältassistenter 2023\n"
            "3. Arbetsschema fältassistenter kvällstid\n4. Närvarolistor och kvitton språkcafé",
        ),
        ("p", "Kontaktperson: Amra Dizdar, utvecklingsstrateg, telefon 033-357 42 18, amra.dizdar@boras.se"),
        ("space", 10),
        ("p", "För Sociala omsorgsförvaltningen\n\nJohan Lindqvist\nförvaltningschef"),
    ]
    total = [0]
    page = Page(
        margins=(2.4 * cm, 2.2 * cm, 2.8 * cm, 2.0 * cm),
        on_page=system_page("2024/SON0214", "2024/SON0214-9", "2025-02-14 15:37", "amrdiz01", total),
    )
    pdf = two_pass(d / "2024-SON0214-9 Yttrande återkrav statsbidrag.pdf", blocks, lg, page, total)
    finish(
        d,
        pdf,
        "Borås Stad",
        "2025-02-14",
        acts,
        lg,
        "Printed from the case-management system: a field header on every page, a Handlingsinformation box "
        "(created 2025-02-06, registered 2025-02-13: neither is the letter's date).",
        [("1", "2"), ("2", "3"), ("3", "3"), ("4", "6")],
        [
            {"name": "Amra Dizdar", "role": ["utvecklingsstrateg"], "phone": "+46333574218", "email": "amra.dizdar@boras.se"},
            {"name": "Johan Lindqvist", "role": ["förvaltningschef"]},
        ],
        quantities=[(14, "förälder")],
        municipality="Borås",
    )


def two_pass(path: Path, blocks: list, lg, page: Page, total: list) -> Path:
    """render_pdf, then again with the page count known to a house style's own page furniture."""
    import pypdfium2 as pdfium

    render_pdf(path, blocks, Ledger13(), page)
    doc = pdfium.PdfDocument(str(path))
    total[0] = len(doc)
    doc.close()
    return render_pdf(path, blocks, lg, page)


# ==========================================================================================
# 2. Kungälv: a short letter in Times, justified, with no headings at all: every activity is
#    one paragraph that names it in passing ("Aktiviteten med nummer 4 i beslutet, Title, …");
#    amounts "23.600:-" (a point as thousands separator, colon-dash); the attachments listed
#    in one run-on "Bifogas:" line with "bil." ids.


@case
def prose_kungalv():
    d = _CASES.fresh("prose-kungalv")
    lg = Ledger13()
    k = "krpunkt"
    acts = [
        Act("1", "Sommarjobb för unga i Ytterby", D(46200), "accepts_full", ["ordinary_operations"], []),
        Act("4", "Trygghetsvandringar i Komarken", D(23600), "disputes", ["exercise_of_authority"], ["1"]),
        Act("7", "Kulturskola i Kareby", D(81500), "accepts_partial", ["unverifiable_costs"], ["2"], repay=D(9800)),
        Act("8", "Digital fritidsgård", D(17400), "disputes", ["description_mismatch"], ["3"]),
        Act("10", "Föräldrautbildning ABC", D(32900), "unclear", ["outside_grant_period", "unverifiable_costs"], []),
        Act("11", "Projektledning områdessamverkan", D(64000), "accepts_full", ["ordinary_operations"], []),
    ]
    needles = {
        "1": "När det gäller aktivitet 1, Sommarjobb för unga i Ytterby",
        "4": "Aktiviteten med nummer 4 i beslutet, Trygghetsvandringar i Komarken",
        "7": "För aktivitet 7, Kulturskola i Kareby",
        "8": "Aktivitet 8, Digital fritidsgård",
        "10": "I fråga om aktivitet 10, Föräldrautbildning ABC",
        "11": "Slutligen aktivitet 11, Projektledning områdessamverkan",
    }
    for a in acts:
        a.needle = needles[a.no]
    paras = [
        needles["1"] + ", återkräver Socialstyrelsen " + m(46200, k) + " med motiveringen att sommarjobben är en del "
        "av kommunens ordinarie arbetsmarknadsinsatser. Kommunen har gått igenom underlaget på nytt och delar "
        "myndighetens slutsats. Beloppet återbetalas.",
        needles["4"] + ", gäller " + m(23600, k) + ". Socialstyrelsen menar att vandringarna leddes av "
        "socialsekreterare i tjänst och därför är myndighetsutövning. Så var inte fallet: vandringarna leddes av "
        "föreningen Komarkens Vänner, och socialtjänstens fältpersonal deltog utan att handlägga ärenden "
        "(bil. 1). Kommunen anser att återkravet saknar grund.",
        needles["7"]
        + ", har Socialstyrelsen inte kunnat spåra fakturorna för instrumenthyra och kräver tillbaka "
        + m(81500, k)
        + ". Lärarlönerna är styrkta genom lönelistorna (bil. 2), men instrumenthyran kan vi inte "
        "längre belägga. Kommunen är beredd att betala tillbaka " + m(9800, k) + ", vilket är vad hyran kostade, "
        "och invänder mot återkrav av resterande " + m(71700, k) + ".",
        needles["8"] + ", återkrävs med " + m(17400, k) + " då beskrivningen i redovisningen enligt myndigheten "
        "inte stämmer med kostnaderna. Redovisningen beskrev en plattform för chatt med fritidsledare, och "
        "kostnaderna avser just licenser och fritidsledarnas arbetstid i chatten (bil. 3). Kommunen godtar inte "
        "återkravet.",
        needles["10"] + ", anser Socialstyrelsen att en del av kursträffarna hölls i januari 2024 och att "
        "kostnaderna inte kan verifieras. Återkravet uppgår till " + m(32900, k) + ". Kursledarens fakturor har "
        "begärts in från studieförbundet och frågan bereds fortfarande; kommunen kan därför inte ta ställning ännu.",
        needles["11"] + ", bedöms av Socialstyrelsen som ordinarie verksamhet och " + m(64000, k) + " återkrävs. "
        "Kommunen har inget att erinra mot detta.",
    ]
    blocks = (
        [
            ("p", "KUNGÄLVS KOMMUN\nSektor Trygghet och stöd"),
            ("p", "Socialstyrelsen\n106 30 Stockholm"),
            ("p", "Kungälv den 18 februari 2025\nDnr KS 2025/0061 · Ert dnr 9.1-38802/2024"),
            ("rich", "p", "<b>Angående preliminärt beslut om återkrav av statsbidrag för 2022</b>"),
            (
                "jp",
                "Kungälvs kommun har fått Socialstyrelsens preliminära beslut om återkrav på sammanlagt "
                + m(265600, k)
                + " och lämnar följande synpunkter, aktivitet för aktivitet.",
            ),
        ]
        + [("jp", t) for t in paras]
        + [
            ("jp", "Sammanlagt godtar kommunen alltså att " + m(120000, k) + " betalas tillbaka."),
            (
                "jp",
                "Bifogas: bil. 1 Minnesanteckningar från trygghetsvandringarna, bil. 2 Lönelistor kulturskolan "
                "Kareby, bil. 3 Licensavtal och tidrapporter digital fritidsgård.",
            ),
            ("p", "Frågor besvaras av Sven-Olof Rask, samordnare, tfn 0303-23 81 46, sven-olof.rask@kungalv.se."),
            ("space", 8),
            ("p", "Med vänlig hälsning\n\nMalin Forsgren\nsektorchef Trygghet och stöd"),
        ]
    )
    pdf = render_pdf(d / "Kungälv yttrande återkrav 2022.pdf", blocks, lg, Page(font="Times-Roman", size_pt=11.5, footer="{page}/{pages}"))
    finish(
        d,
        pdf,
        "Kungälvs kommun",
        "2025-02-18",
        acts,
        lg,
        "No headings: one justified paragraph per activity naming it in passing; amounts '23.600:-'; a run-on 'Bifogas: bil. 1 …' list.",
        [("1", "4"), ("2", "7"), ("3", "8")],
        [
            {"name": "Sven-Olof Rask", "role": ["samordnare"], "phone": "+46303238146", "email": "sven-olof.rask@kungalv.se"},
            {"name": "Malin Forsgren", "role": ["sektorchef"]},
        ],
        municipality="Kungälv",
    )


# ==========================================================================================
# 3. Ljungby: the response copies each item of the agency's preliminary decision word for word
#    into a grey quotation box (the decision's own layout: "11. Title", then Beviljat /
#    Redovisat / Återkrävs on one line, then "Motivering:"), and answers under "Kommunens
#    yttrande över punkt 11". The claim is printed only in the quoted box; the granted and
#    reported sums there are no claims. The municipality's own amounts "SEK 12 000:-".


@case
def prose_ljungby():
    d = _CASES.fresh("prose-ljungby")
    lg = Ledger13()
    k = "sekpre"
    items = [
        (
            Act("2", "Läxhjälp i Ljungby centrum", D(28400), "accepts_full", ["outside_grant_period"], []),
            D(180000),
            D(151600),
            "Av redovisningen framgår att läxhjälpen bedrevs även under vårterminen 2024. Kostnader efter den "
            "31 december 2023 ligger utanför bidragsperioden och återkrävs.",
            "Kommunen har kontrollerat schemat och konstaterar att Socialstyrelsen har rätt. Kommunen accepterar att "
            "beloppet betalas tillbaka.",
        ),
        (
            Act("5", "Fritidsledare på Replösa", D(96750), "disputes", ["ordinary_operations"], ["1", "2"]),
            D(320000),
            D(223250),
            "Fritidsledartjänsterna på Replösa finns i kommunens ordinarie organisation sedan 2019. Kostnaderna "
            "bedöms därför avse ordinarie verksamhet.",
            "Det stämmer att fritidsgården funnits sedan 2019, men de två tjänster som bidraget finansierade är nya och "
            "inrättades i februari 2023 för uppsökande arbete i bostadsområdet (bilaga 1, bilaga 2). Ljungby kommun "
            "anser att hela beloppet ska få behållas.",
        ),
        (
            Act("11", "Mötesplats i Bolmstad", D(36000), "accepts_partial", ["unverifiable_costs"], ["3"], repay=D(12000)),
            D(240000),
            D(204000),
            "Kostnader för lokalhyra och städning har inte kunnat styrkas med fakturor eller avtal.",
            "Hyresavtalet för lokalen bifogas (bilaga 3) och styrker hyran om " + m(24000, k) + ". Fakturorna för "
            "städningen har vi inte kunnat ta fram. Kommunen kan acceptera återbetalning av " + m(12000, k) + " som "
            "avser städningen, men inte av resten.",
        ),
        (
            Act("12", "Föreläsningar om hedersrelaterat våld", D(19500), "accepts_full", ["purpose_mismatch"], []),
            D(60000),
            D(40500),
            "Föreläsningarna riktade sig till kommunens personal och är enligt Socialstyrelsen inte förenliga med bidragets syfte.",
            "Kommunen delar bedömningen och återbetalar det återkrävda beloppet.",
        ),
        (
            Act("14", "Sommarläger för unga i Lagan", D(51300), "unclear", ["unverifiable_costs", "excessive_cost"], []),
            D(150000),
            D(98700),
            "Kostnaden per deltagare är hög och flera kvitton saknar uppgift om vad som köpts.",
            "Lägret anordnades av en förening som nu har bytt kassör, och kvittona gås igenom tillsammans med "
            "föreningen. Kommunen återkommer med sitt ställningstagande när genomgången är klar.",
        ),
    ]
    blocks = [
        ("p", "LJUNGBY KOMMUN\nSocialförvaltningen\n341 83 Ljungby"),
        ("p", "Socialstyrelsen\nAvdelningen för regler och behörighet, statsbidrag\n106 30 Stockholm"),
        ("p", "Datum 2025-02-21\nVår referens SN 2025/14\nEr referens 9.1-39407/2024"),
        ("h2", "Yttrande – preliminärt beslut om återkrav, statsbidrag 2023"),
        (
            "p",
            "Socialstyrelsen har i preliminärt beslut den 30 januari 2025 funnit skäl att återkräva "
            + m(231950, k)
            + " av statsbidraget till Ljungby kommun för 2023. Nedan återges varje punkt i "
            "beslutet ordagrant i grå ruta, med Socialstyrelsens numrering, följd av kommunens yttrande.",
        ),
    ]
    acts = []
    for a, granted, used, why, answer in items:
        a.needle = f"{a.no}. {a.title}"
        acts.append(a)
        blocks += [
            (
                "box",
                "small",
                f"<b>{a.no}. {a.title}</b><br/>Beviljat: {m(granted)}   Redovisat: {m(used)}   "
                f"Återkrävs: {m(a.claimed)}<br/><i>Motivering:</i> {why}",
                "#ececec",
            ),
            ("rich", "p", f"<b>Kommunens yttrande över punkt {a.no}</b><br/>{answer}"),
        ]
    blocks += [
        ("h3", "Bilagor"),
        (
            "p",
            "Bilaga 1  Beslut om inrättande av fritidsledartjänster, Replösa\n"
            "Bilaga 2  Anställningsavtal fritidsledare 2023\n"
            "Bilaga 3  Hyresavtal lokal Bolmstad",
        ),
        (
            "p",
            "Ljungby dag som ovan\n\nEmma Karlström\nsocialchef\n\nHandläggare: Ali Rahimi, "
            "verksamhetsutvecklare, 0372-78 91 06, ali.rahimi@ljungby.se",
        ),
    ]
    pdf = render_pdf(
        d / "Yttrande SN 2025-14 Ljungby kommun.pdf",
        blocks,
        lg,
        Page(footer="Ljungby kommun · Sida {page} av {pages}", letterhead=["Ljungby kommun"]),
    )
    finish(
        d,
        pdf,
        "Ljungby kommun",
        "2025-02-21",
        acts,
        lg,
        "Each decision item quoted in a grey box (number, title, Beviljat/Redovisat/Återkrävs, Motivering), "
        "then 'Kommunens yttrande över punkt N'.",
        [("1", "5"), ("2", "5"), ("3", "11")],
        [
            {"name": "Emma Karlström", "role": ["socialchef"]},
            {
                "name": "Ali Rahimi",
                "role": ["verksamhetsutvecklare", "handläggare"],
                "phone": "+46372789106",
                "email": "ali.rahimi@ljungby.se",
            },
        ],
        municipality="Ljungby",
    )


# ==========================================================================================
# 4. Västervik: signed electronically. The letter writes every sum out in words with the
#    figures in parentheses ("niotusen åttahundra (9 800) kronor"), positions in legal
#    Swedish ("vitsordar", "bestrider"), and the file ends with the e-signing service's
#    verification page ("Verifikat": transaction id, the document's hash, each signer's
#    name, e-mail and BankID time stamp on 2025-02-20, not the letter's date 2025-02-19).


def verifikat(path: Path, doc_name: str, pages: int, signers: list) -> Path:
    lg = Ledger13()
    rows = [["Signerare", "E-post", "Signerat"]] + [[n, e, t] for n, e, t in signers]
    blocks = [
        ("h1", "Verifikat"),
        ("p", "Transaktion 0981-4527-3310-6642"),
        ("h3", "Dokument"),
        (
            "p",
            f"{doc_name}\nHuvuddokument\n{pages} sidor\nInitierat på 2025-02-19 16:02:55 CET (+0100) av Linnea Åkesson\n"
            "Färdigställt 2025-02-20 10:42:17 CET (+0100)",
        ),
        ("h3", "Signerare"),
        ("table", rows, dict(widths=[0.3, 0.38, 0.32], ruled=False, header=1)),
        ("h3", "Händelser"),
        (
            "small",
            "2025-02-19 16:03:40 CET  Dokumentet skickades för signering\n"
            "2025-02-19 17:21:08 CET  Linnea Åkesson signerade med BankID\n"
            "2025-02-20 10:42:17 CET  Per-Erik Vallin signerade med BankID\n"
            "2025-02-20 10:42:17 CET  Alla parter har signerat. Dokumentet har förseglats.",
        ),
        (
            "small",
            "Kontrollsumma (SHA-256) för huvuddokumentet:\n"
            "3f9c1a07e55d2b8ad0c4e6f19b72a3385d1e0b9f46c27a8e913d5f0b6e4a2c71\n"
            "Detta verifikat är utfärdat av e-signeringstjänsten SignPunkt AB. Verifikatet kan kontrolleras "
            "på signpunkt.se/verifiera.",
        ),
    ]
    return render_pdf(path, blocks, lg, Page(footer="Verifikat 0981-4527-3310-6642 · {page}/{pages}", size_pt=9.5))


@case
def prose_vastervik():
    d = _CASES.fresh("prose-vastervik")
    lg = Ledger13()
    k = "ord"
    acts = [
        Act("1", "Uppsökande fältarbete i Gamleby", D(118000), "disputes", ["exercise_of_authority", "ordinary_operations"], ["1"]),
        Act("2", "Simskola för nyanlända barn", D(32500), "accepts_full", ["outside_grant_period"], []),
        Act(
            "6",
            "Mentorsprogram för unga på Västerviks gymnasium",
            D(74600),
            "accepts_partial",
            ["unverifiable_costs", "excessive_cost"],
            ["2", "3"],
            repay=D(9800),
        ),
        Act("9", "Nattvandring med föräldrar i Västra Ekhagen", D(14300), "unclear", ["missing_description"], []),
    ]
    for a in acts:
        a.needle = f"Aktivitet {a.no}. {a.title}"
    texts = {
        "1": (
            "Socialstyrelsen gör gällande att fältarbetet i Gamleby utfördes av socialsekreterare som samtidigt "
            "handlade ärenden och att kostnaden om " + m(118000, k) + " därmed avser myndighetsutövning och "
            "ordinarie verksamhet.",
            "Kommunen bestrider återkravet i sin helhet. Fältarbetarna var anställda i ett särskilt projekt och "
            "hade ingen handläggning av ärenden; deras arbetsbeskrivning bifogas (bilaga 1). Att de vid behov "
            "lotsade ungdomar vidare till socialtjänsten gör inte arbetet till myndighetsutövning.",
        ),
        "2": (
            "Socialstyrelsen anför att simskolan hölls under sommaren 2024, utanför bidragsperioden, och återkräver " + m(32500, k) + ".",
            "Kommunen vitsordar att simskolan genomfördes sommaren 2024 och vitsordar återkravet.",
        ),
        "6": (
            "Enligt Socialstyrelsen kan arvodena till mentorerna inte styrkas och kostnaden per deltagare är för "
            "hög. Återkravet uppgår till " + m(74600, k) + ".",
            "Arvodena är utbetalda via lön och framgår av lönespecifikationerna (bilaga 2). Programmet hade 28 "
            "deltagare, vilket ger en kostnad som är jämförbar med liknande program (bilaga 3). För mentorernas "
            "resor saknas dock kvitton. Kommunen vitsordar att " + m(9800, k) + " för resorna ska återbetalas; i "
            "övrigt bestrids återkravet.",
        ),
        "9": (
            "Socialstyrelsen anser att verksamheten inte har beskrivits i redovisningen och återkräver " + m(14300, k) + ".",
            "Föräldraföreningen som ansvarade för nattvandringen håller på att sammanställa en beskrivning. "
            "Kommunen kan i dagsläget inte ta ställning till återkravet och kompletterar yttrandet senast den "
            "14 mars 2025.",
        ),
    }
    blocks = [
        ("rich", "p", "<b>VÄSTERVIKS KOMMUN</b><br/>Socialnämnden"),
        ("p", "Till Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("p", "Västervik 2025-02-19\nDnr SN 2025/0033\nSocialstyrelsens dnr 9.1-40117/2024"),
        ("h2", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        (
            "jp",
            "Socialstyrelsen har den 28 januari 2025 preliminärt beslutat att återkräva "
            + m(239400, k)
            + " av det statsbidrag som Västerviks kommun har tagit emot för år 2023 för "
            "kommuner med socioekonomiskt eftersatta områden. Socialnämnden får med anledning härav anföra "
            "följande. Aktiviteterna redovisas med Socialstyrelsens numrering.",
        ),
    ]
    for a in acts:
        sos, ans = texts[a.no]
        blocks += [("h3", a.needle), ("jp", sos), ("jp", ans)]
    blocks += [
        ("h3", "Sammanfattning"),
        (
            "jp",
            "Kommunen vitsordar återkrav med sammanlagt " + m(42300, k) + " och bestrider återkravet i övrigt, "
            "med undantag för aktivitet 9 där kommunen återkommer.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Arbetsbeskrivning för fältarbetare, projekt Gamleby\n2. Lönespecifikationer mentorer 2023\n"
            "3. Jämförelse av kostnader för mentorsprogram",
        ),
        ("p", "Kontaktperson: Linnea Åkesson, nämndsekreterare, 0490-25 46 73, linnea.akesson@vastervik.se"),
        ("p", "Denna handling är undertecknad elektroniskt.\n\nPer-Erik Vallin\nordförande i socialnämnden"),
    ]
    letter = render_pdf(d / "_letter.pdf", blocks, lg, Page(font="Times-Roman", size_pt=11, footer="Sida {page} av {pages}"))
    n = len(genre_kit.page_texts(letter))
    ver = verifikat(
        d / "_ver.pdf",
        "Yttrande återkrav statsbidrag 2023.pdf",
        n,
        [
            ("Linnea Åkesson", "linnea.akesson@vastervik.se", "2025-02-19 17:21:08 CET"),
            ("Per-Erik Vallin", "per-erik.vallin@vastervik.se", "2025-02-20 10:42:17 CET"),
        ],
    )
    pdf = d / "Yttrande återkrav statsbidrag 2023 (signerad).pdf"
    genre_kit.merge_pdfs(pdf, [letter, ver])
    letter.unlink()
    ver.unlink()
    finish(
        d,
        pdf,
        "Västerviks kommun",
        "2025-02-19",
        acts,
        lg,
        "Sums in words with figures in parentheses; legal positions ('vitsordar'); an e-signing verification "
        "page at the end (dated 2025-02-20: not the letter's date).",
        [("1", "1"), ("2", "6"), ("3", "6")],
        [
            {"name": "Linnea Åkesson", "role": ["nämndsekreterare"], "phone": "+46490254673", "email": "linnea.akesson@vastervik.se"},
            {"name": "Per-Erik Vallin", "role": ["ordförande"], "email": "per-erik.vallin@vastervik.se"},
        ],
        quantities=[(28, "deltagare")],
        municipality="Västervik",
    )


# ==========================================================================================
# 5. Lund: the agency's own decision table copied into the answer with one column added at the
#    right ("Lunds kommuns svar", shaded yellow, its header in italics). Landscape; the long
#    cells make rows split across the page break (the header repeats, a row continues on the
#    next page); the agency's Summa row at the end. Amounts as the decision prints them,
#    "kr 12 500" style ("32 400 kr") with no currency in the money columns.


def lazy_table(
    rows: list, widths: list, header: int = 1, cmds: tuple = (), size: float = 8.5, split_in_row: bool = False, bold_rows: tuple = ()
):
    """A table of already-filled strings (lg.fill done by the caller), made afresh on every pass."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = ParagraphStyle("c", fontName="Helvetica", fontSize=size, leading=size * 1.25)
    sb = ParagraphStyle("cb", parent=st, fontName="Helvetica-Bold")
    sr = ParagraphStyle("cr", parent=st, alignment=2)

    def make():
        data = []
        for r, row in enumerate(rows):
            out = []
            for cell in row:
                if isinstance(cell, tuple):  # (text, "r") right aligned
                    out.append(Paragraph(cell[0], sr))
                else:
                    out.append(Paragraph(cell.replace("\n", "<br/>"), sb if r < header or r in bold_rows else st))
            data.append(out)
        kw = {"splitInRow": 1} if split_in_row else {}
        t = Table(data, colWidths=widths, repeatRows=header, hAlign="LEFT", **kw)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *cmds]))
        return t

    return make


@case
def table_lund():
    from reportlab.lib.pagesizes import A4, landscape

    d = _CASES.fresh("table-lund")
    lg = Ledger13()
    rows_src = [
        (
            Act("1", "Fältverksamhet i Norra Fäladen", D(142600), "disputes", ["ordinary_operations", "exercise_of_authority"], ["1"]),
            D(410000),
            D(267400),
            "Fältgruppen ingår i socialtjänstens ordinarie organisation. Arbetet har även omfattat orosanmälningar och "
            "samtal inom ramen för pågående utredningar, vilket utgör myndighetsutövning.",
            "Bestrids. Fältgruppen utökades 2023 med tre tjänster som enbart arbetade i Norra Fäladen och som "
            "finansierades med bidraget. Orosanmälningar lämnades vidare till mottagningsgruppen; fältgruppen gjorde "
            "inga utredningar (se bilaga 1). Tjänsterna var placerade i områdeskontoret på Norra Fäladen och "
            "rapporterade till områdessamordnaren, inte till myndighetsenheten.",
        ),
        (
            Act("2", "Sommarlovsaktiviteter Linero", D(38900), "accepts_full", ["outside_grant_period"], []),
            D(120000),
            D(81100),
            "Aktiviteter i juni 2024 har belastat bidraget för 2023.",
            "Medges. Kostnaderna bokades av misstag på bidragsprojektet.",
        ),
        (
            Act(
                "4",
                "Föräldraskapsstöd på arabiska och somaliska",
                D(56750),
                "accepts_partial",
                ["unverifiable_costs"],
                ["2"],
                repay=D(18250),
            ),
            D(150000),
            D(93250),
            "Arvoden till gruppledare och tolkar har inte kunnat styrkas. Underlag saknas för 56 750 kr av de redovisade kostnaderna.",
            "Medges delvis. Tolkkostnaderna styrks av fakturor från tolkförmedlingen (bilaga 2). Gruppledarnas arvoden, "
            "18 250 kr, betalades kontant och kan inte styrkas; den delen återbetalas. Resterande del bestrids.",
        ),
        (
            Act("5", "Trygghetsskapande belysning Klostergården", D(95000), "disputes", ["purpose_mismatch"], ["3", "4"]),
            D(95000),
            D(0),
            "Investeringar i fysisk miljö omfattas inte av bidragets syfte, som är att motverka segregation genom sociala insatser.",
            "Bestrids. Belysningen planerades tillsammans med de boende i trygghetsvandringar och är en del av det "
            "sociala arbetet i området. Protokollen från vandringarna och LKF:s yttrande bifogas (bilagor 3 och 4).",
        ),
        (
            Act("7", "Idrott för flickor i Östra Torn", D(27300), "accepts_full", ["unverifiable_costs"], []),
            D(80000),
            D(52700),
            "Kostnader för hallhyra saknar underlag. Kommunen har inte lämnat avtal eller fakturor från "
            "hallägaren, och av redovisningen framgår inte vilka tider som hyrts för verksamheten eller hur många "
            "flickor som deltog vid varje tillfälle.",
            "Medges. Hallen hyrdes av en förening som sedan dess har upplösts, och kommunen har inte kunnat få fram "
            "fakturorna i efterhand. Kommunen delar därför Socialstyrelsens bedömning. Verksamheten fortsätter 2025 "
            "med andra medel, och hallhyran faktureras nu direkt till kultur- och fritidsförvaltningen så att "
            "underlaget finns kvar vid en granskning.",
        ),
        (
            Act("8", "Samordnare för områdesutveckling", D(61200), "unclear", ["ordinary_operations"], []),
            D(300000),
            D(238800),
            "Samordnartjänsten bedöms vara en del av kommunens ordinarie planeringsarbete.",
            "Kommunen utreder tjänstens arbetsuppgifter under 2023 och återkommer med sitt svar senast 2025-03-21.",
        ),
    ]
    # the decision's "Redovisade kostnader som godtas": granted minus reclaimed, as the agency prints it
    head = [
        "Nr",
        "Aktivitet",
        "Beviljat belopp",
        "Godtagna kostnader",
        "Belopp som återkrävs",
        "Socialstyrelsens skäl för återkrav",
        "<i>Lunds kommuns svar</i>",
    ]
    rows = [head]
    acts = []
    for a, granted, ok, why, ans in rows_src:
        a.needle = a.title
        acts.append(a)
        ans_f = lg.fill(ans.replace("18 250 kr", m(18250)))
        why_f = lg.fill(why.replace("56 750 kr", m(56750)))
        rows.append(
            [
                a.no,
                a.title,
                (lg.fill(m(granted, "bare")), "r"),
                (lg.fill(m(ok, "bare")) if ok else "0", "r"),
                (lg.fill(m(a.claimed, "bare")), "r"),
                why_f,
                ans_f,
            ]
        )
        if not ok:
            lg.optional.append(D(0))
    tot_g = sum((r[1] for r in rows_src), D(0))
    tot_ok = sum((r[2] for r in rows_src), D(0))
    tot_c = sum((r[0].claimed for r in rows_src), D(0))
    rows.append(
        ["", "Summa", (lg.fill(m(tot_g, "bare")), "r"), (lg.fill(m(tot_ok, "bare")), "r"), (lg.fill(m(tot_c, "bare")), "r"), "", ""]
    )
    W = landscape(A4)[0] - 4.0 * cm
    widths = [w * W for w in (0.035, 0.165, 0.085, 0.095, 0.09, 0.255, 0.275)]
    cmds = (
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (5, 0), colors.HexColor("#d9e2ec")),
        ("BACKGROUND", (6, 0), (6, -1), colors.HexColor("#fff6cc")),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black),
    )
    intro = (
        "Lunds kommun har tagit del av Socialstyrelsens preliminära beslut den 24 januari 2025 om återkrav av "
        "statsbidrag för 2023. Kommunen har kopierat beslutets tabell nedan och fört in sitt svar i en ny "
        "kolumn längst till höger. Övriga kolumner är oförändrade."
    )
    blocks = [
        ("p", "Lunds kommun · Socialförvaltningen · Box 41, 221 00 Lund"),
        ("p", "2025-02-17                                   Dnr SOF 2025/0112          Socialstyrelsens dnr 9.1-39550/2024"),
        ("h2", "Svar på preliminärt beslut om återkrav – tabell med kommunens svar"),
        ("p", intro),
        (
            "p",
            "Kommunen vill framhålla att arbetet i Norra Fäladen och Klostergården har följts upp löpande tillsammans med "
            "bostadsbolaget LKF och polisen, och att de redovisade kostnaderna har granskats av kommunens revisorer. "
            "Där kommunen medger återkrav betalas beloppet in efter det slutliga beslutet.",
        ),
        ("lazy", lazy_table(rows, widths, cmds=cmds, split_in_row=True, bold_rows=(len(rows) - 1,), size=10)),
        ("space", 8),
        (
            "p",
            "Bilagor: 1 Tjänstebeskrivningar fältgruppen 2023 · 2 Fakturor tolkförmedling · 3 Protokoll från "
            "trygghetsvandringar Klostergården · 4 Yttrande från LKF",
        ),
        (
            "p",
            "Lund den 17 februari 2025\n\nHelena Berggren Åhlund, socialdirektör\n"
            "Kontakt: Tobias Nyquist, controller, 046-359 72 04, tobias.nyquist@lund.se",
        ),
    ]
    page = Page(
        size=landscape(A4),
        margins=(2.0 * cm, 2.0 * cm, 1.8 * cm, 1.6 * cm),
        size_pt=9.5,
        footer="Lunds kommun – svar på preliminärt beslut – sida {page} ({pages})",
    )
    pdf = render_pdf(d / "Lund svar återkrav 2023 tabell.pdf", blocks, lg, page)
    finish(
        d,
        pdf,
        "Lunds kommun",
        "2025-02-17",
        acts,
        lg,
        "The agency's decision table copied with an added answer column; landscape; rows split across the page "
        "break with the header repeated; Summa row; zero 'Godtagna kostnader' cell optional.",
        [("1", "1"), ("2", "4"), ("3", "5"), ("4", "5")],
        [
            {"name": "Helena Berggren Åhlund", "role": ["socialdirektör"]},
            {"name": "Tobias Nyquist", "role": ["controller"], "phone": "+46463597204", "email": "tobias.nyquist@lund.se"},
        ],
        municipality="Lund",
    )


# ==========================================================================================
# 6. Ulricehamn: one decision covering three grant years, answered in one portrait table
#    grouped by year: a shaded full-width "Bidragsår 2021" row, the year's activities, a bold
#    "Delsumma 2021" row; a "Totalt 2021–2023" row at the end. Columns Akt. / Insats /
#    Återkrävt / Medges / Kommentar: the position lies in the Medges figure (all, part,
#    0,00) or in the comment ("Utreds", Medges "–"). Amounts with öre, no currency.


@case
def table_ulricehamn():
    d = _CASES.fresh("table-ulricehamn")
    lg = Ledger13()
    years = {
        "2021": [
            (
                Act("1", "Fritidsbank i Stureparken", D(22400), "accepts_full", ["outside_grant_period"], []),
                "Kostnaderna avser januari 2022. Kommunen delar bedömningen.",
            ),
            (
                Act("2", "Uppsökande ungdomsarbete Marbäck", D(61850.50), "disputes", ["ordinary_operations"], ["1"]),
                "SoS: ordinarie fältverksamhet. Kommunen anser att insatsen var ny och tidsbegränsad, se bilaga 1. Bestrids.",
            ),
        ],
        "2022": [
            (
                Act("3", "Läxhjälp Ulricehamns bibliotek", D(18300), "accepts_partial", ["unverifiable_costs"], ["2"], repay=D(7300)),
                "Fakturor finns för material (bilaga 2); fika och resor saknar kvitton och medges.",
            ),
            (
                Act("4", "Kvinnogrupp på Stenmuren", D(35000), "disputes", ["purpose_mismatch"], ["3"]),
                "Gruppen riktar sig till kvinnor som står långt från arbetsmarknaden i området, vilket är bidragets syfte "
                "(bilaga 3). Bestrids.",
            ),
            (
                Act("5", "Konsultstöd områdesanalys", D(48000), "accepts_full", ["excessive_cost", "ordinary_operations"], []),
                "Medges utan invändning.",
            ),
        ],
        "2023": [
            (
                Act("6", "Sommarlovsverksamhet Hössna", D(27650.75), "unclear", ["unverifiable_costs"], []),
                "Utreds. Kommunen har begärt ut underlag från föreningen och svarar senast 2025-03-14.",
            ),
            (
                Act("7", "Nattvandring Stureparken", D(9900), "disputes", ["exercise_of_authority"], ["4"]),
                "Vandringarna leddes av frivilliga föräldrar, inte av socialtjänsten (bilaga 4). Bestrids.",
            ),
        ],
    }
    head = ["Akt.", "Insats", "Återkrävt", "Medges", "Kommentar"]
    rows = [head]
    cmds = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#b8c7d6")),
    ]
    bold = []
    acts = []
    tot_c = tot_r = D(0)
    for y, items in years.items():
        r = len(rows)
        rows.append([f"Bidragsår {y}", "", "", "", ""])
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e3e9ef"))]
        bold.append(r)
        sub_c = sub_r = D(0)
        for a, comment in items:
            a.needle = a.title
            acts.append(a)
            rep = a.repayment()
            rep_cell = "–" if rep is None else lg.fill(m(D(rep), "baredec"))
            rows.append([a.no, a.title, (lg.fill(m(a.claimed, "baredec")), "r"), (rep_cell, "r"), comment])
            if rep == "0.00":
                lg.values.pop()
                lg.optional.append(D(0))
            sub_c += a.claimed
            sub_r += D(rep or 0)
        rows.append(["", f"Delsumma {y}", (lg.fill(m(sub_c, "baredec")), "r"), (lg.fill(m(sub_r, "baredec")), "r"), ""])
        bold.append(len(rows) - 1)
        tot_c += sub_c
        tot_r += sub_r
    rows.append(["", "Totalt 2021–2023", (lg.fill(m(tot_c, "baredec")), "r"), (lg.fill(m(tot_r, "baredec")), "r"), ""])
    bold.append(len(rows) - 1)
    zeros = [v for v in lg.values if v == 0]  # zero cells (Delsumma 2023 medges 0,00) are optional
    lg.values = [v for v in lg.values if v != 0]
    lg.optional += zeros
    cmds.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 1.0, colors.black))
    W = 21.0 * cm - 4.6 * cm
    widths = [w * W for w in (0.07, 0.27, 0.14, 0.13, 0.39)]
    blocks = [
        ("rich", "p", "<b>Ulricehamns kommun</b><br/>Socialförvaltningen"),
        ("p", "Socialstyrelsen\nStatsbidragsenheten"),
        ("p", "Ulricehamn 2025-02-24\nVår beteckning: SOC 2024/388\nEr beteckning: 9.1-37705/2024"),
        ("h2", "Yttrande över preliminärt beslut om återkrav avseende bidragsåren 2021–2023"),
        (
            "p",
            "Socialstyrelsens preliminära beslut den 31 januari 2025 omfattar alla tre bidragsåren. Kommunens svar "
            "lämnas i tabellen nedan, ordnad per bidragsår med Socialstyrelsens aktivitetsnummer. I kolumnen Medges "
            "anges det belopp kommunen godtar att betala tillbaka; ett streck betyder att frågan utreds.",
        ),
        ("lazy", lazy_table(rows, widths, cmds=tuple(cmds), bold_rows=tuple(bold), size=9)),
        ("space", 6),
        (
            "p",
            "Bilagor\n1. Projektplan uppsökande ungdomsarbete Marbäck 2021\n2. Fakturor material läxhjälp 2022\n"
            "3. Målgruppsbeskrivning kvinnogruppen Stenmuren\n4. Vandringslistor nattvandring 2023",
        ),
        (
            "p",
            "Ulricehamns kommun\n\nCecilia Wahlgren\nsocialchef\n\nUpplysningar: Jonas Brodd, ekonom, "
            "0321-59 53 27, jonas.brodd@ulricehamn.se",
        ),
    ]
    pdf = render_pdf(
        d / "Ulricehamn yttrande återkrav 2021-2023.pdf",
        blocks,
        lg,
        Page(footer="Sida {page} av {pages}", letterhead=["ULRICEHAMNS KOMMUN"]),
    )
    finish(
        d,
        pdf,
        "Ulricehamns kommun",
        "2025-02-24",
        acts,
        lg,
        "One table grouped by grant year with a shaded year row, Delsumma per year and a Totalt row; the position "
        "lies in the Medges figure (zero cells optional) or 'Utreds' with '–'.",
        [("1", "2"), ("2", "3"), ("3", "4"), ("4", "7")],
        [
            {"name": "Cecilia Wahlgren", "role": ["socialchef"]},
            {"name": "Jonas Brodd", "role": ["ekonom"], "phone": "+46321595327", "email": "jonas.brodd@ulricehamn.se"},
        ],
        municipality="Ulricehamn",
    )


# ==========================================================================================
# 7. Härryda: written in Word (python-docx → LibreOffice) as one table in Word's "Light Grid Accent 1"
#    style (banded blue rows), columns Nr / Aktivitet / Återkrav enligt beslutet / Varav medges /
#    Varav bestrids / Kommunens motivering: the claim is split between what is conceded and
#    what is contested (a partial has both figures, a full concession "–" under bestrids, an
#    undecided activity empty figures and "Ställning tas senare"). No-break spaces in amounts
#    ("12 500 kr"). The table fits on page 1; the signature follows on page 2. Rebuilt only with GENRE_REBUILD_EXTERNAL=1
#    or when the PDF is missing (LibreOffice's PDFs differ by their timestamps).

TMP = Path("/tmp/genre13-build")
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-genre13"


def soffice_pdf(src: Path, dst: Path) -> Path:
    import shutil

    TMP.mkdir(parents=True, exist_ok=True)
    genre_kit.run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", str(TMP), str(src)])
    shutil.move(str(TMP / (src.stem + ".pdf")), dst)
    return dst


@case
def table_harryda():
    import os

    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    built = OUT / "table-harryda" / "Härryda kommun svar återkrav SN 2025-17.pdf"
    rebuild = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1" or not built.exists()
    d = _CASES.fresh("table-harryda") if rebuild else OUT / "table-harryda"
    lg = Ledger13(nbsp=True)
    acts = [
        (
            Act("3", "Mentorer för unga i Mölnlycke centrum", D(84500), "accepts_partial", ["unverifiable_costs"], ["1"], repay=D(16900)),
            "Mentorernas arvoden styrks av avtal och utbetalningar (bilaga 1). Resekostnader utan kvitton, 16 900 kr, medges.",
        ),
        (
            Act("4", "Öppen förskola i Landvetter", D(57200), "disputes", ["ordinary_operations"], ["2"]),
            "Den öppna förskolan i Landvetter startade med bidraget och ingick inte i kommunens ordinarie utbud före 2022 (bilaga 2).",
        ),
        (
            Act("5", "Idrottsskola för flickor", D(12500), "accepts_full", ["outside_grant_period"], []),
            "Terminen löpte till februari 2024. Kommunen godtar bedömningen.",
        ),
        (
            Act(
                "8",
                "Trygghetsvärdar Hindås station",
                D(103750),
                "accepts_partial",
                ["exercise_of_authority", "purpose_mismatch"],
                ["3", "4"],
                repay=D(41500),
            ),
            "Värdarna utförde inga myndighetsuppgifter (bilaga 3). Den del som avser bevakningsföretagets ordningsvakter, "
            "41 500 kr, medges, eftersom ordningsvakter har polisiära befogenheter (bilaga 4).",
        ),
        (
            Act("9", "Lokal för ungdomsråd", D(26000), "unclear", ["excessive_cost"], []),
            "Hyresnivån jämförs med andra lokaler i kommunen. Ställning tas senare, senast 2025-03-20.",
        ),
        (
            Act("11", "Kartläggning av ungas fritid", D(39800), "disputes", ["missing_description", "description_mismatch"], ["5"]),
            "Kartläggningen finns beskriven i delredovisningen och rapporten bifogas (bilaga 5).",
        ),
    ]
    A = [a for a, _ in acts]
    for a in A:
        a.needle = a.title
    pdf = d / "Härryda kommun svar återkrav SN 2025-17.pdf"
    # every text filled first (so the gold's money is the same whether or not the PDF is rebuilt)
    total = sum((a.claimed for a in A), D(0))
    rep = sum((D(a.repayment()) for a in A if a.repayment() is not None), D(0))
    before = [
        ("Härryda kommun\nSektor för socialtjänst", True, None),
        ("Till Socialstyrelsen\nEnheten för statsbidrag", False, None),
        ("Datum: 2025-02-12\nDiarienummer: SN 2025/17\nSocialstyrelsens diarienummer: 9.1-39012/2024", False, None),
        ("Svar på Socialstyrelsens preliminära beslut om återkrav av statsbidrag 2022", True, 13),
        (
            lg.fill(
                "Socialstyrelsen har preliminärt beslutat att återkräva " + m(total) + ". Härryda kommun redovisar "
                "sitt svar per aktivitet i tabellen. För varje aktivitet anges hur stor del av återkravet kommunen "
                "medger och hur stor del som bestrids. Sammantaget medger kommunen " + m(rep) + "."
            ),
            False,
            None,
        ),
    ]
    head = ["Nr", "Aktivitet", "Återkrav enligt beslutet", "Varav medges", "Varav bestrids", "Kommunens motivering"]
    body = []
    for a, why in acts:
        if a.repayment() is None:
            med, bes = "", ""
        elif a.position == "accepts_full":
            med, bes = lg.fill(m(a.claimed)), "–"
        elif a.position == "disputes":
            med, bes = "–", lg.fill(m(a.claimed))
        else:
            med, bes = lg.fill(m(a.repay)), lg.fill(m(a.claimed - a.repay))
        for v in (16900, 41500):
            why = why.replace(group(D(v)) + " kr", lg.fill(m(v)))
        body.append([a.no, a.title, lg.fill(m(a.claimed)), med, bes, why])
    after = [
        ("Bilagor", True, None),
        (
            "1. Mentorsavtal och utbetalningar 2022\n2. Verksamhetsbeskrivning öppna förskolan Landvetter\n"
            "3. Instruktion för trygghetsvärdar\n4. Faktura från bevakningsföretaget\n5. Rapport: Ungas fritid i Härryda 2022",
            False,
            None,
        ),
        ("Härryda den 12 februari 2025", False, None),
        ("Maria Sjöholm\nsektorchef socialtjänst", False, None),
        ("Handläggare: Erik Lund, utredare, 031-724 63 58, erik.lund@harryda.se", False, None),
    ]
    if rebuild:
        doc = Document()
        sec = doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.0)
        doc.styles["Normal"].font.name = "Calibri"
        doc.styles["Normal"].font.size = Pt(10)

        def para(text, bold, size):
            r = doc.add_paragraph().add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)

        for x in before:
            para(*x)
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Light Grid Accent 1"
        for i, h in enumerate(head):
            t.rows[0].cells[i].text = h
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        t.rows[0]._tr.get_or_add_trPr().append(el)
        for row in body:
            cells = t.add_row().cells
            for i, txt in enumerate(row):
                cells[i].text = txt
        widths = [Cm(1.0), Cm(3.6), Cm(2.4), Cm(2.3), Cm(2.3), Cm(5.4)]
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = w
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
        for x in after:
            para(*x)
        TMP.mkdir(parents=True, exist_ok=True)
        src = TMP / (pdf.stem + ".docx")
        doc.save(src)
        soffice_pdf(src, pdf)
    finish(
        d,
        pdf,
        "Härryda kommun",
        "2025-02-12",
        A,
        lg,
        "Word-made (python-docx → LibreOffice) table splitting each claim into 'Varav medges' / 'Varav bestrids'; "
        "an undecided activity has both empty.",
        [("1", "3"), ("2", "4"), ("3", "8"), ("4", "8"), ("5", "11")],
        [
            {"name": "Maria Sjöholm", "role": ["sektorchef"]},
            {"name": "Erik Lund", "role": ["utredare", "handläggare"], "phone": "+46317246358", "email": "erik.lund@harryda.se"},
        ],
        municipality="Härryda",
    )


# ==========================================================================================
# 8. scan-ljungby-hornvik: prose-ljungby as the agency's registry scanned it after reading:
#    the sheets were stapled, so page 1's top right corner is folded down (a dog-ear: the
#    letterhead line there is hidden under the paper's grey back, with a shadow along the fold)
#    and the staple shows at the top left; the reader ticked every quoted decision box in blue
#    ballpoint and wrote a boxed note in the foot margin ("Kolla bil. 3 mot hyresavtal! / AR
#    27/2"), which is no part of the response. 200 dpi colour JPEG, slight skew, paper noise.


def dogear_scan(src: Path, dst: Path, seed: int, dpi: int = 200) -> Path:
    import random
    import time

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(str(src))
    pages = []
    blue = (28, 52, 150)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", int(dpi * 0.16))
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        w, h = img.size
        dr = ImageDraw.Draw(img)
        texts = doc[i].get_textpage()
        if i == 0:
            # staple at the top left, slanted
            dr.line([(int(w * 0.045), int(h * 0.03)), (int(w * 0.085), int(h * 0.018))], fill=(90, 90, 95), width=5)
            dr.line([(int(w * 0.046), int(h * 0.034)), (int(w * 0.086), int(h * 0.022))], fill=(180, 180, 185), width=2)
            # dog-ear: the top right corner folded down onto the page
            s = int(w * 0.17)
            tri = [(w - s, 0), (w, 0), (w, s)]
            back = [(w - s, 0), (w, s), (w - s, s)]  # the folded flap lies mirrored over the corner
            dr.polygon(tri, fill=(70, 70, 70))  # the table showing where the corner is gone
            dr.polygon(back, fill=(226, 224, 218))
            dr.line([(w - s, 0), (w, s)], fill=(150, 150, 150), width=3)
        # blue ticks beside each quoted decision box (the lines starting "N. Title" in bold)
        n = texts.count_chars()
        full = texts.get_text_range()
        for a_no in ("2. ", "5. ", "11. ", "12. ", "14. "):
            pos = full.find(a_no)
            while pos >= 0:
                box = texts.get_charbox(pos)
                if box[0] < 100:  # at the left edge of the text column: a quoted box's first line
                    x = int(box[0] * dpi / 72) - int(dpi * 0.35)
                    y = int((doc[i].get_height() - box[3]) * dpi / 72)
                    pts = [(x + rnd.randint(-2, 2), y + 12), (x + 10, y + 24 + rnd.randint(-2, 2)), (x + 34, y - 6)]
                    dr.line(pts, fill=blue, width=4, joint="curve")
                    break
                pos = full.find(a_no, pos + 1)
        if i == 0:
            # the reader's boxed note in the foot margin, in a slanting hand
            note = Image.new("RGBA", (int(dpi * 3.6), int(dpi * 0.85)), (0, 0, 0, 0))
            nd = ImageDraw.Draw(note)
            nd.rectangle([4, 4, note.width - 6, note.height - 5], outline=blue + (255,), width=3)
            nd.text((int(dpi * 0.12), int(dpi * 0.07)), "Kolla bil. 3 mot hyresavtal!", font=font, fill=blue + (255,))
            nd.text((int(dpi * 0.12), int(dpi * 0.45)), "AR 27/2", font=font, fill=blue + (255,))
            note = note.rotate(3.5, expand=True, resample=Image.BICUBIC)
            img.paste(note, (int(w * 0.12), int(h - dpi * 1.15)), note)
        del n
        img = img.rotate([0.6, -0.45][i % 2], resample=Image.BICUBIC, fillcolor=(250, 249, 245))
        arr = np.asarray(img).astype(np.int16)
        noise = np.random.default_rng(seed + i).normal(0, 6, arr.shape[:2])[..., None]
        arr = np.clip(arr + noise - 4, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(img)
    doc.close()
    fixed = time.gmtime(1740647400)
    pages[0].save(
        dst,
        resolution=dpi,
        save_all=True,
        append_images=pages[1:],
        quality=55,
        creationDate=fixed,
        modDate=fixed,
        producer="Registratorns skanner",
    )
    return dst


@case
def scan_ljungby_hornvik():
    import json

    src = OUT / "prose-ljungby"
    if not (src / "gold.json").exists():
        prose_ljungby()
    d = _CASES.fresh("scan-ljungby-hornvik")
    pdf = dogear_scan(src / "Yttrande SN 2025-14 Ljungby kommun.pdf", d / "SOS_inkommande_9.1-39407-2024_0007.pdf", seed=1313)
    gold = json.loads((src / "gold.json").read_text(encoding="utf-8"))
    (g,) = gold["files"].values()
    g["scanned"] = True
    write_gold(
        d,
        {pdf.name: g},
        "prose-ljungby scanned after reading: a dog-eared top right corner on page 1, a staple, blue ballpoint "
        "ticks beside every quoted decision box and a boxed handwritten note in the foot margin (no part of the "
        "response); 200 dpi colour JPEG. Gold as prose-ljungby.",
    )


# ==========================================================================================
# 9. invoices-fyra13: four supplier forms, each to a municipality of this corpus.
#    (1) A Swedish KREDITFAKTURA from a coach company (6 % passenger transport), crediting a
#        cancelled trip: "Avser faktura 40093", every line and total negative, "Att återfå".
#    (2) A konditori's catering invoice with three VAT rates (12 % food, 25 % room and
#        service, 6 % books) in a "Moms % / Underlag / Moms / Summa" table and an
#        "Öresavrundning" line: amount_due rounded, total = net + VAT.
#    (3) A Finnish LASKU (EUR; ALV 10 % lodging + 24 % programme; Y-tunnus; "Viitenumero";
#        "Eräpäivä"; dates "15.8.2023"; "Yhteensä" / "Maksettava").
#    (4) A Norwegian FAKTURA (NOK; MVA 12 % + 25 %; "Org.nr 918 447 362 MVA"; "KID";
#        "Forfallsdato"; "Å betale"; dates "05.09.2023").


def nf(v: Decimal, lang: str) -> str:
    """Number as the supplier's country prints it."""
    if lang == "fi":
        return group(v, "\u00a0", "always")
    if lang == "nb":
        return group(v, " ", "always")
    return group(v, " ", "always")


def pct(r: Decimal) -> str:
    """12 -> '12 %', 25.5 -> '25,5 %'."""
    t = f"{r:f}"
    if "." in t:
        t = t.rstrip("0").rstrip(".")
    return t.replace(".", ",") + " %"


def draw13(path: Path, inv, style: dict) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    per_rate, vat_by, net, vat, total = inv.amounts()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    W, H = A4
    L = style["labels"]
    accent = colors.HexColor(style.get("accent", "#333333"))
    # head: supplier block left, document title right, thick accent line
    c.setFillColor(accent)
    c.rect(0, H - 0.5 * cm, W, 0.5 * cm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(2 * cm, H - 2.0 * cm, inv.supplier)
    c.setFont("Helvetica", 8.5)
    y = H - 2.5 * cm
    for ln in inv.supplier_lines:
        c.drawString(2 * cm, y, ln)
        y -= 11
    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(accent)
    c.drawRightString(W - 2 * cm, H - 2.1 * cm, style["title"])
    c.setFillColor(colors.black)
    # meta as label/value pairs right
    c.setFont("Helvetica", 9)
    y = H - 3.0 * cm
    for k, v in style["meta"]:
        c.setFont("Helvetica", 8)
        c.drawString(W - 8.5 * cm, y, k)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 2 * cm, y, v)
        y -= 13
    # buyer
    c.setFont("Helvetica", 8)
    c.drawString(2 * cm, H - 5.4 * cm, L["buyer"])
    c.setFont("Helvetica", 10)
    y = H - 5.9 * cm
    for ln in inv.buyer_lines:
        c.drawString(2 * cm, y, ln)
        y -= 13
    y = H - 9.0 * cm
    for ln in style.get("pre", []):
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(2 * cm, y, ln)
        y -= 13
    y -= 6
    # lines
    cols = [2 * cm, 10.6 * cm, 12.4 * cm, 15.3 * cm, W - 2 * cm]
    c.setFont("Helvetica-Bold", 8.5)
    heads = L["lines"]
    c.drawString(cols[0], y, heads[0])
    c.drawRightString(cols[1] + 1.2 * cm, y, heads[1])
    c.drawRightString(cols[3] - 0.2 * cm, y, heads[2])
    c.drawRightString(cols[3] + 1.3 * cm, y, heads[3])
    c.drawRightString(cols[4], y, heads[4])
    c.setStrokeColor(accent)
    c.line(2 * cm, y - 4, W - 2 * cm, y - 4)
    y -= 17
    sign = Decimal(-1) if inv.credit else Decimal(1)
    c.setFont("Helvetica", 9)
    for d_, q, u, p, r in inv.lines:
        amt = (D(q) * D(p)).quantize(Decimal("0.01")) * sign
        c.drawString(cols[0], y, d_)
        c.drawRightString(cols[1] + 1.2 * cm, y, f"{pct(D(q))[:-2]} {u}")
        c.drawRightString(cols[3] - 0.2 * cm, y, nf(D(p), inv.lang))
        c.drawRightString(cols[3] + 1.3 * cm, y, pct(D(r)))
        c.drawRightString(cols[4], y, nf(amt, inv.lang))
        y -= 14
    c.line(2 * cm, y + 6, W - 2 * cm, y + 6)
    y -= 12
    # VAT table per rate
    c.setFont("Helvetica-Bold", 8.5)
    vh = L["vat"]
    xs = [9.5 * cm, 12.5 * cm, 15.5 * cm, W - 2 * cm]
    c.drawString(xs[0], y, vh[0])
    for x, h in zip(xs[1:], vh[1:], strict=True):
        c.drawRightString(x, y, h)
    y -= 13
    c.setFont("Helvetica", 9)
    for r in sorted(per_rate):
        c.drawString(xs[0], y, pct(r))
        c.drawRightString(xs[1], y, nf(per_rate[r], inv.lang))
        c.drawRightString(xs[2], y, nf(vat_by[r], inv.lang))
        c.drawRightString(xs[3], y, nf(per_rate[r] + vat_by[r], inv.lang))
        y -= 13
    y -= 6
    rows = [(L["net"], nf(net, inv.lang)), (L["vatsum"], nf(vat, inv.lang)), (L["total"], nf(total, inv.lang))]
    due = style.get("due_amount")
    if due is not None:
        rows.append((L["round"], nf(due - total, inv.lang)))
        rows.append((L["due"], nf(due, inv.lang)))
    for i, (k, v) in enumerate(rows):
        last = i == len(rows) - 1
        c.setFont("Helvetica-Bold" if last else "Helvetica", 11 if last else 9)
        c.drawString(xs[1] - 1.5 * cm, y, k)
        c.drawRightString(W - 2 * cm, y, f"{v} {style['cur']}" if last else v)
        y -= 16 if last else 13
    y -= 14
    c.setFont("Helvetica", 8.5)
    for ln in style.get("post", []):
        c.drawString(2 * cm, y, ln)
        y -= 11
    # footer: payment details
    c.setStrokeColor(accent)
    c.line(2 * cm, 3.2 * cm, W - 2 * cm, 3.2 * cm)
    c.setFont("Helvetica", 7.5)
    yy = 2.8 * cm
    for ln in style["footer"]:
        c.drawCentredString(W / 2, yy, ln)
        yy -= 10
    c.showPage()
    c.save()
    return path


@case
def invoices_fyra13():
    from genre_kit import Inv

    d = _CASES.fresh("invoices-fyra13")
    files = {}

    # (1) Swedish credit note, passenger transport 6 %
    inv = Inv(
        "40117",
        "2023-10-09",
        "2023-10-09",
        "Sjuhärads Turisttrafik AB",
        ["Fabriksgatan 12, 504 38 Borås", "Org.nr 556712-4408", "Tel 033-41 22 90"],
        ["Borås Stad", "Sociala omsorgsförvaltningen", "Ref: Amra Dizdar", "501 80 Borås"],
        [
            ("Kreditering: Bussresa Hässleholmen–Ullared 14/10", 1, "st", "6800.00", 6),
            ("Kreditering: Väntetid chaufför", 3, "tim", "450.00", 6),
        ],
        org_no="556712-4408",
        credit=True,
    )
    pr, vb, net, vat, tot = inv.amounts()
    style = {
        "title": "KREDITFAKTURA",
        "accent": "#9b1c1c",
        "cur": "kr",
        "meta": [
            ("Kreditfakturanr", "40117"),
            ("Datum", "2023-10-09"),
            ("Avser faktura", "40093"),
            ("Er referens", "Amra Dizdar"),
            ("Kundnr", "10288"),
        ],
        "labels": {
            "buyer": "Kund",
            "lines": ["Beskrivning", "Antal", "À-pris", "Moms", "Belopp"],
            "vat": ["Moms %", "Underlag", "Moms", "Summa"],
            "net": "Summa exkl. moms",
            "vatsum": "Moms",
            "total": "Att återfå",
        },
        "pre": ["Resan den 14 oktober ställdes in av beställaren. Faktura 40093 krediteras i sin helhet."],
        "post": ["Beloppet återbetalas till ert bankkonto inom 30 dagar eller kvittas mot nästa faktura."],
        "footer": [
            "Sjuhärads Turisttrafik AB · Säte Borås · Org.nr 556712-4408 · Momsreg.nr SE556712440801",
            "Bankgiro 5214-0937 · Innehar F-skattsedel",
        ],
    }
    p = draw13(d / "Kreditfaktura 40117 Sjuhärads Turisttrafik.pdf", inv, style)
    g = inv.gold()
    g.update({"due_date": None, "buyer": "Borås Stad", "language": "sv", "credited_invoice": "40093"})
    g.pop("due_date")
    files[p.name] = g

    # (2) konditori catering, 12 % + 25 % + 6 %, öresavrundning
    inv = Inv(
        "2023-1187",
        "2023-11-21",
        "2023-12-21",
        "Konditori Lagerbladet HB",
        ["Storgatan 31, 341 30 Ljungby", "Org.nr 969781-2255", "info@lagerbladet.se"],
        ["Ljungby kommun", "Socialförvaltningen", "Fakturareferens: SN1147", "Box 1001, 341 18 Ljungby"],
        [
            ("Smörgåstårta 20 bitar", 2, "st", "689.00", 12),
            ("Kaffe/te med kaka", 48, "pers", "42.50", 12),
            ("Lokalhyra festvåning 18.00–21.00", 1, "st", "1436.87", 25),
            ("Serveringspersonal", 3, "tim", "395.00", 25),
            ("Bok: Baka med barn (gåva till föreläsare)", 2, "st", "229.25", 6),
        ],
    )
    pr, vb, net, vat, tot = inv.amounts()
    due = tot.quantize(Decimal("1"), rounding="ROUND_HALF_UP")
    style = {
        "title": "FAKTURA",
        "accent": "#6b4f2a",
        "cur": "kr",
        "due_amount": due,
        "meta": [
            ("Fakturanummer", "2023-1187"),
            ("Fakturadatum", "2023-11-21"),
            ("Förfallodatum", "2023-12-21"),
            ("Betalningsvillkor", "30 dagar netto"),
            ("OCR", "202311871"),
        ],
        "labels": {
            "buyer": "Fakturaadress",
            "lines": ["Artikel", "Antal", "Pris", "Moms", "Summa"],
            "vat": ["Moms %", "Underlag", "Moms", "Summa"],
            "net": "Netto",
            "vatsum": "Moms totalt",
            "total": "Summa inkl. moms",
            "round": "Öresavrundning",
            "due": "Att betala",
        },
        "pre": ["Föräldraträff språkcafé 21 november 2023"],
        "post": ["Vid betalning, ange OCR 202311871. Dröjsmålsränta enligt räntelagen."],
        "footer": [
            "Konditori Lagerbladet HB · Storgatan 31, 341 30 Ljungby · Org.nr 969781-2255",
            "Momsreg.nr SE969781225501 · Bankgiro 814-2270 · Godkänd för F-skatt",
        ],
    }
    p = draw13(d / "Faktura 2023-1187 Konditori Lagerbladet.pdf", inv, style)
    g = inv.gold()
    g.update(
        {"due_date": "2023-12-21", "buyer": "Ljungby kommun", "language": "sv", "amount_due": f"{due:.2f}", "ocr_reference": "202311871"}
    )
    files[p.name] = g

    # (3) Finnish LASKU
    inv = Inv(
        "2023-0412",
        "2023-08-15",
        "2023-08-29",
        "Saariston Seikkailut Oy",
        ["Linnankatu 48, 20100 Turku", "Y-tunnus 2984417-6", "ALV-rek. FI29844176"],
        ["Västerviks kommun", "Socialnämnden / Per-Erik Vallin", "Box 1002, 593 80 Västervik", "RUOTSI"],
        [
            ("Majoitus, leiri 7.–9.8.2023", 26, "vrk", "38.00", 10),
            ("Melontaretki ohjaajineen", 13, "hlö", "64.00", 24),
            ("Saunailta ja ohjelma", 1, "krt", "410.00", 24),
        ],
        lang="fi",
        currency="EUR",
    )
    style = {
        "title": "LASKU",
        "accent": "#1d4e89",
        "cur": "EUR",
        "meta": [
            ("Laskun numero", "2023-0412"),
            ("Laskun päivä", "15.8.2023"),
            ("Eräpäivä", "29.8.2023"),
            ("Maksuehto", "14 pv netto"),
            ("Viitenumero", "20230 41205"),
            ("Viivästyskorko", "11,5 %"),
        ],
        "labels": {
            "buyer": "Asiakas",
            "lines": ["Kuvaus", "Määrä", "À-hinta", "ALV", "Yhteensä"],
            "vat": ["ALV %", "Veroton", "Vero", "Verollinen"],
            "net": "Veroton yhteensä",
            "vatsum": "ALV yhteensä",
            "total": "Maksettava",
        },
        "pre": ["Nuorten saaristoleiri, Västervikin kunta, 7.–9.8.2023"],
        "post": ["Maksaessanne käyttäkää viitenumeroa 20230 41205."],
        "footer": [
            "Saariston Seikkailut Oy · Linnankatu 48, 20100 Turku · Y-tunnus 2984417-6",
            "IBAN FI21 1234 5600 0007 85 · BIC NDEAFIHH",
        ],
    }
    p = draw13(d / "Lasku 2023-0412 Saariston Seikkailut.pdf", inv, style)
    g = inv.gold()
    g.update({"due_date": "2023-08-29", "buyer": "Västerviks kommun", "language": "fi", "payment_ref": "2023041205"})
    files[p.name] = g

    # (4) Norwegian FAKTURA with KID
    inv = Inv(
        "10552",
        "2023-09-05",
        "2023-09-19",
        "Fjellglede Leirskole AS",
        ["Leirvegen 4, 2680 Vågå", "Org.nr 918 447 362 MVA", "post@fjellglede.no"],
        ["Ulricehamns kommun", "Socialförvaltningen, att. Jonas Brodd", "523 86 Ulricehamn", "SVERIGE"],
        [
            ("Overnatting fullpensjon 28.–30.8.2023", 44, "døgn", "720.00", 12),
            ("Breføring med instruktør", 22, "pers", "890.00", 25),
            ("Leie av utstyr", 22, "pers", "150.00", 25),
        ],
        lang="nb",
        currency="NOK",
    )
    style = {
        "title": "FAKTURA",
        "accent": "#2e6b3a",
        "cur": "NOK",
        "meta": [
            ("Fakturanr.", "10552"),
            ("Fakturadato", "05.09.2023"),
            ("Forfallsdato", "19.09.2023"),
            ("Kundenr.", "3307"),
            ("Deres ref.", "Jonas Brodd"),
            ("KID", "0105523307"),
        ],
        "labels": {
            "buyer": "Kunde",
            "lines": ["Beskrivelse", "Antall", "Pris", "MVA", "Beløp"],
            "vat": ["MVA-sats", "Grunnlag", "MVA", "Sum"],
            "net": "Sum eks. MVA",
            "vatsum": "Sum MVA",
            "total": "Å betale",
        },
        "pre": ["Leirskoleopphold for ungdom fra Ulricehamn, 28.–30. august 2023"],
        "post": ["Ved betaling, oppgi KID 0105523307."],
        "footer": [
            "Fjellglede Leirskole AS · Leirvegen 4, 2680 Vågå · Org.nr 918 447 362 MVA · Foretaksregisteret",
            "Kontonr. 2050 18 77412 · IBAN NO93 2050 1877 412 · BIC DNBANOKK",
        ],
    }
    p = draw13(d / "Faktura 10552 Fjellglede Leirskole.pdf", inv, style)
    g = inv.gold()
    g.update({"due_date": "2023-09-19", "buyer": "Ulricehamns kommun", "language": "nb", "payment_ref": "0105523307"})
    files[p.name] = g

    write_gold(
        d,
        files,
        "Four supplier forms: a Swedish credit note (negative amounts, 'Avser faktura 40093'); a "
        "konditori invoice with 12 % + 25 % + 6 % and öresavrundning (amount_due rounded); a Finnish "
        "LASKU (EUR, ALV 10 % + 24 %, viitenumero); a Norwegian FAKTURA (NOK, MVA 12 % + 25 %, KID).",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
