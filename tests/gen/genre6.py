"""Re-create the sixth blind genre corpus: tests/data/genre6/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre6.py [CASE ...]

A sixth corpus made like tests/data/genre/ … genre5/, in house styles, amount formats, word
processors, scanners and invoice layouts none of them has, so that it measures the pipeline on
documents nobody tuned it on. Municipalities A–L only (the sibling corpus genre7 takes M–Ö).
Every person, amount, sentence, company and invoice number is invented (municipality names are
real). Gold is written from this generator's own data; page numbers are found by looking text up
in the finished PDFs (pypdfium2), never by running granttrail.

Deterministic for the reportlab and scanned files. The case made with LibreOffice (odt-finspang)
stamps the time into the PDF: it is rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when its PDF is
missing, and its gold is always recomputed from the committed PDF. Building blocks come from
genre_kit.py (ledger, pages, page lookup, the case registry, scans), genre2.py (response_gold),
genre4.py (signature rows, Bill4, images_pdf) and genre5.py (its ledger and `finish`).
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre4 import Bill4, images_pdf, signature_row  # noqa: E402
from genre5 import Ledger5, finish  # noqa: E402
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

OUT = ROOT / "tests" / "data" / "genre6"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case, fresh = _CASES.case, _CASES.fresh
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre6-build")


class Ledger6(Ledger5):
    """The amount formats of this corpus' house styles, on top of genre2's … genre5's."""

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        k = f"{(v / 1000).normalize():f}".replace(".", ",")
        own = {
            "ksek": f"{k} KSEK",  # "45 KSEK", "12,5 KSEK"
            "kkr": f"{k} kkr",  # "45 kkr"
            "tkrcap": f"{k} Tkr",  # "112,5 Tkr"
            "krcolon": f"{g} kr.",  # "45 000 kr." (abbreviation dot)
            "sekcode": f"{group(v, self.sep, 'always')} SEK",  # "45 000,00 SEK"
            "kronorfull": f"{g} kronor",
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger6  # render_pdf's page-counting pass makes its ledger by this name


def atts(*pairs) -> list:
    """(attachment id, activity) pairs -> the gold attachment list (no invoice numbers)."""
    return [{"attachment_id": a, "activity_no": n, "invoice_number": None} for a, n in pairs]


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


def sigrow(people: list, **kw) -> tuple:
    """genre4's signature row, made afresh in each of render_pdf's passes."""
    return ("lazy", lambda: signature_row(people, **kw)[1])


def sig(*lines) -> tuple:
    return ("p", "\n".join(lines))


# ------------------------------------------------------------------------------------------
# 1. Bjuv: every activity is a question–answer pair. The agency's assessment is restated as
#    "Fråga från Socialstyrelsen (aktivitet N, Title – 45 000 kr): …?" and the municipality's
#    answer follows as "Svar: …". No headings at all; amounts "45 000 kr." with an
#    abbreviation dot; refs "jfr bilaga 2".

BJUV_ACTS = [
    Act(
        "2",
        "Fritidsgård med förlängda öppettider i Billesholm",
        D(73400),
        "disputes",
        ["unverifiable_costs"],
        ["1", "2"],
        needle="aktivitet 2, fritidsgård",
    ),
    Act("3", "Simskola för nyanlända barn", D(18900), "accepts_full", ["outside_grant_period"], needle="aktivitet 3, simskola"),
    Act(
        "5",
        "Föräldrastödsgrupper på arabiska",
        D(46250),
        "accepts_partial",
        ["excessive_cost"],
        ["3"],
        repay=D(12000),
        needle="aktivitet 5, föräldrastödsgrupper",
    ),
    Act(
        "6",
        "Trygghetsvandringar i centrala Bjuv",
        D(29000),
        "disputes",
        ["ordinary_operations"],
        ["4"],
        needle="aktivitet 6, trygghetsvandringar",
    ),
]


def bjuv_blocks() -> list:
    q = "<b>Fråga från Socialstyrelsen</b> "
    s = "<b>Svar:</b> "
    return [
        ("p", "BJUVS KOMMUN\nSocialförvaltningen\nBox 501, 267 25 Bjuv"),
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm"),
        ("p", "Bjuv 2025-02-17\nVår referens: SOC 2024/211\nEr referens: 9.1-41187/2024"),
        ("h2", "Svar på frågor i Socialstyrelsens preliminära beslut om återkrav"),
        (
            "p",
            "Socialstyrelsen har i sitt preliminära beslut ställt ett antal frågor om hur statsbidraget till "
            "kommuner med socioekonomiskt eftersatta områden har använts under 2022. Vi har valt att återge "
            "varje fråga så som vi har uppfattat den och svara direkt under den. Totalt återkrävs "
            + m(167550, "krcolon")
            + " för fyra aktiviteter.",
        ),
        (
            "rich",
            "p",
            q
            + "(aktivitet 2, Fritidsgård med förlängda öppettider i Billesholm – "
            + m(73400, "krcolon")
            + "): Hur kan kommunen visa att personalkostnaderna för kvällsöppet faktiskt avser de förlängda "
            "öppettiderna, när lönespecifikationerna inte anger vilka pass som arbetats?",
        ),
        (
            "rich",
            "p",
            s + "Schemat för hösten 2022 visar vilka medarbetare som arbetade kvällspassen 19–22, och "
            "tidrapporterna stämmer mot schemat timme för timme (bilaga 1 och bilaga 2). Kostnaderna är därmed "
            "spårbara. Kommunen bestrider återkravet.",
        ),
        (
            "rich",
            "p",
            q
            + "(aktivitet 3, Simskola för nyanlända barn – "
            + m(18900, "krcolon")
            + "): Varför genomfördes simskolan i juni 2023, efter att bidragsperioden hade löpt ut?",
        ),
        (
            "rich",
            "p",
            s + "Simskolan flyttades fram eftersom badhuset var stängt för renovering under våren. Vi "
            "förstår att kostnaden då hamnar utanför perioden och godtar att beloppet betalas tillbaka.",
        ),
        (
            "rich",
            "p",
            q
            + "(aktivitet 5, Föräldrastödsgrupper på arabiska – "
            + m(46250, "krcolon")
            + "): Är arvodet till gruppledarna, 1 150 kr per timme, rimligt för insatsens art?",
        ),
        (
            "rich",
            "p",
            s + "Arvodet var högre än vad kommunen normalt betalar. Vi anser ändå att insatsen krävde "
            "ledare med både språkkunskap och utbildning i föräldrastödsprogrammet (jfr bilaga 3). Kommunen "
            "kan gå med på att betala tillbaka " + m(12000, "krcolon") + ", som motsvarar skillnaden mot vårt ordinarie "
            "arvode, men inte resterande del.",
        ),
        (
            "rich",
            "p",
            q
            + "(aktivitet 6, Trygghetsvandringar i centrala Bjuv – "
            + m(29000, "krcolon")
            + "): Skiljer sig vandringarna från den ordinarie verksamhet som fältgruppen bedriver?",
        ),
        (
            "rich",
            "p",
            s + "Ja. Vandringarna genomfördes kvällstid tillsammans med föreningar och fastighetsägare, "
            "vilket fältgruppen inte gör i sitt ordinarie uppdrag (se bilaga 4). Vi delar inte Socialstyrelsens "
            "bedömning och anser att inget ska återbetalas.",
        ),
        ("h3", "Bifogade handlingar"),
        (
            "p",
            "1. Schema fritidsgården Billesholm hösten 2022\n2. Tidrapporter kvällspass sep–dec 2022\n"
            "3. Avtal med gruppledare, föräldrastöd\n4. Minnesanteckningar trygghetsvandringar 2022",
        ),
        ("p", "Med vänliga hälsningar"),
        sig("Mirja Strandell", "Socialchef"),
        ("small", "Handläggare: Kasper Öhrvall, utredare, tfn 042-458 51 37, kasper.ohrvall@bjuv.se"),
    ]


@case
def prose_bjuv():
    d = fresh("prose-bjuv")
    L = Ledger6()
    name = "Bjuv svar på frågor återkrav SOC 2024-211.pdf"
    render_pdf(d / name, bjuv_blocks(), L, Page(font="Helvetica", size_pt=10.5, footer="{page} ({pages})"))
    finish(
        d,
        name,
        "Bjuvs kommun",
        "2025-02-17",
        BJUV_ACTS,
        L,
        atts(("1", "2"), ("2", "2"), ("3", "5"), ("4", "6")),
        [
            {"name": "Mirja Strandell", "role": "socialchef"},
            {"name": "Kasper Öhrvall", "role": "utredare", "phone": "+46424585137", "email": "kasper.ohrvall@bjuv.se"},
        ],
        "No headings: every activity is a question–answer pair, '**Fråga från Socialstyrelsen** (aktivitet N, "
        "Title – 73 400 kr.): …?' then '**Svar:** …'; amounts '73 400 kr.' with an abbreviation dot; the "
        "arvode '1 150 kr per timme' is a rate, printed (in money); positions 'bestrider', 'godtar att beloppet "
        "betalas tillbaka', 'kan gå med på att betala tillbaka 12 000 kr. … men inte resterande del', 'delar "
        "inte … inget ska återbetalas'; list '1. …' under 'Bifogade handlingar'.",
        municipality="Bjuv",  # the municipality's name, not the genitive in "Bjuvs kommun"
    )
    # the hourly rate is an amount printed in the response
    _add_money(d, name, ["1150.00"])


def _add_money(d: Path, name: str, vals: list, optional: bool = False) -> None:
    import json

    p = d / "gold.json"
    body = json.loads(p.read_text(encoding="utf-8"))
    key = "money_optional" if optional else "money"
    body["files"][name].setdefault(key, []).extend(vals)
    p.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------
# 2. Hallsberg: headings are underlined plain text (no bold, no numbers in the margin),
#    "Moment 4: Title (återkrav 52 300 kr)": the claim in parentheses after the title. The
#    agency's view is a paragraph starting "Socialstyrelsen menar …"; positions in the last
#    sentence of each section. Times, a folded-letter address window, "Bil." list with dashes.

HALLSBERG_ACTS = [
    Act("1", "Sommarjobb för ungdomar i Samsala", D(52300), "accepts_full", ["ordinary_operations"], needle="Moment 1: Sommarjobb"),
    Act(
        "4",
        "Mötesplats Transtorp",
        D(118000),
        "disputes",
        ["purpose_mismatch", "missing_description"],
        ["1", "2"],
        needle="Moment 4: Mötesplats Transtorp",
    ),
    Act(
        "7",
        "Kompetensutveckling för fältassistenter",
        D(24600),
        "disputes",
        ["ordinary_operations"],
        ["3"],
        needle="Moment 7: Kompetensutveckling",
    ),
    Act(
        "8",
        "Läxläsning i samarbete med Hallsbergs IF",
        D(61750),
        "accepts_partial",
        ["unverifiable_costs"],
        ["4"],
        repay=D(20350),
        needle="Moment 8: Läxläsning",
    ),
    Act(
        "9",
        "Digital informationsskärm vid Stocksätter",
        D(37500),
        "unclear",
        ["description_mismatch"],
        needle="Moment 9: Digital informationsskärm",
    ),
]


def hallsberg_blocks() -> list:
    def head(no, title, amount):
        return ("rich", "p", f"<u>Moment {no}: {title} (återkrav {m(amount)})</u>")

    return [
        ("p", "Hallsbergs kommun\nKommunstyrelseförvaltningen\n694 80 Hallsberg"),
        ("p", "Hallsberg den 20 februari 2025\nDiarienummer KS 2025/0048"),
        ("p", "Till Socialstyrelsen"),
        ("h2", "Yttrande över preliminärt beslut om återbetalning av statsbidrag 2023"),
        (
            "p",
            "Hallsbergs kommun har tagit del av Socialstyrelsens preliminära beslut av den 28 januari 2025, där "
            "myndigheten föreslår att kommunen ska återbetala sammanlagt " + m(294150) + ". Nedan kommenterar "
            "kommunen varje moment i den ordning Socialstyrelsen har numrerat dem.",
        ),
        head("1", "Sommarjobb för ungdomar i Samsala", 52300),
        (
            "p",
            "Socialstyrelsen menar att sommarjobben är en del av kommunens ordinarie arbetsmarknadsinsatser och "
            "därför inte kan finansieras med bidraget. Kommunen har inga invändningar och kommer att återbetala "
            "beloppet.",
        ),
        head("4", "Mötesplats Transtorp", 118000),
        (
            "p",
            "Socialstyrelsen menar att det saknas en beskrivning av vad mötesplatsen har gjort och att insatsen "
            "inte har haft något tydligt samband med bidragets syfte. Mötesplatsen är den enda öppna "
            "verksamheten för unga vuxna i Transtorp och har haft i genomsnitt 40 besökare per vecka. En "
            "verksamhetsbeskrivning och besöksstatistik bifogas (bil. 1 och bil. 2). Kommunen motsätter sig "
            "därför återkravet.",
        ),
        head("7", "Kompetensutveckling för fältassistenter", 24600),
        (
            "p",
            "Socialstyrelsen menar att utbildningen är intern kompetensutveckling. Utbildningen i "
            "konfliktnära arbete köptes in särskilt för insatserna i de utsatta områdena och hade inte "
            "genomförts annars (bil. 3). Kommunen anser inte att beloppet ska betalas tillbaka.",
        ),
        head("8", "Läxläsning i samarbete med Hallsbergs IF", 61750),
        (
            "p",
            "Socialstyrelsen menar att kostnaderna inte går att följa i redovisningen. Föreningen har i "
            "efterhand lämnat kvitton för "
            + m(41400)
            + " (bil. 4). För resterande "
            + m(20350)
            + " saknas underlag, och den delen återbetalar kommunen. I övrigt bestrids återkravet.",
        ),
        head("9", "Digital informationsskärm vid Stocksätter", 37500),
        (
            "p",
            "Socialstyrelsen menar att beskrivningen i ansökan inte stämmer med den faktiska kostnaden. "
            "Leverantören har ännu inte slutfakturerat och kommunen kan därför inte ta ställning till "
            "återkravet för detta moment förrän slutfakturan har kommit in. Ett kompletterande yttrande "
            "skickas senast den 31 mars 2025.",
        ),
        (
            "p",
            "Bil.\n– 1 Verksamhetsbeskrivning Mötesplats Transtorp\n– 2 Besöksstatistik 2023\n"
            "– 3 Kursprogram konfliktnära arbete\n– 4 Kvitton från Hallsbergs IF",
        ),
        ("p", "För kommunstyrelsen"),
        sigrow([["Gunnel Ahlqvist (S)", "kommunstyrelsens ordförande"], ["Tobias Wennberg", "kommundirektör"]], font="Times-Roman"),
        ("space", 10),
        ("small", "Frågor besvaras av Linnea Kvarnström, folkhälsosamordnare, 0582-68 54 12, linnea.kvarnstrom@hallsberg.se"),
    ]


@case
def prose_hallsberg():
    d = fresh("prose-hallsberg")
    L = Ledger6()
    name = "Hallsbergs kommun yttrande KS 2025-0048.pdf"
    render_pdf(d / name, hallsberg_blocks(), L, Page(font="Times-Roman", size_pt=11.5, footer="Sida {page}"))
    finish(
        d,
        name,
        "Hallsbergs kommun",
        "2025-02-20",
        HALLSBERG_ACTS,
        L,
        atts(("1", "4"), ("2", "4"), ("3", "7"), ("4", "8")),
        [
            {"name": "Gunnel Ahlqvist", "role": "ordförande", "party": "S"},
            {"name": "Tobias Wennberg", "role": "kommundirektör"},
            {
                "name": "Linnea Kvarnström",
                "role": "folkhälsosamordnare",
                "phone": "+46582685412",
                "email": "linnea.kvarnstrom@hallsberg.se",
            },
        ],
        "Times; headings are UNDERLINED plain text (not bold) 'Moment N: Title (återkrav 52 300 kr)', gapped "
        "numbers 1, 4, 7, 8, 9; the agency's view always opens 'Socialstyrelsen menar …'; positions 'har inga "
        "invändningar och kommer att återbetala', 'motsätter sig', 'anser inte att beloppet ska betalas "
        "tillbaka', 'resterande 20 350 kr … återbetalar kommunen. I övrigt bestrids' (partial), 'kan … inte ta "
        "ställning … förrän slutfakturan' (unclear); list 'Bil.' with '– 1 title' lines, refs 'bil. 1 och bil. "
        "2'; signature row with party; date 'den 20 februari 2025'.",
        municipality="Hallsberg",
        quantities=[{"value": 40, "unit": "besökare"}],
    )


# ------------------------------------------------------------------------------------------
# 3. Emmaboda: one letter, no headings; the activities are a numbered list "1)", "2)" … set in
#    running text (hanging indent), and the list's ordinal is NOT the agency's number: each item
#    names its activity ("1) Aktivitet 3, Title, där …"). Amounts "SEK 45 000" and "45 000:-"
#    mixed; refs "(bilaga A)" letters; signature "Emmaboda som ovan".

EMMABODA_ACTS = [
    Act("3", "Ungdomsråd i Vissefjärda", D(15600), "accepts_full", ["missing_description"], needle="aktivitet 3, ungdomsråd"),
    Act(
        "4", "Fältarbete i Emmaboda centrum", D(96000), "disputes", ["exercise_of_authority"], ["A", "B"], needle="aktivitet 4, fältarbete"
    ),
    Act(
        "7",
        "Språkcafé på biblioteket",
        D(21480),
        "disputes",
        ["unverifiable_costs", "fabricated_documents"],
        ["C"],
        needle="aktivitet 7, språkcafé",
    ),
    Act(
        "10",
        "Lovaktiviteter i Lindås",
        D(58200),
        "accepts_partial",
        ["outside_grant_period"],
        ["D"],
        repay=D(14550),
        needle="aktivitet 10, lovaktiviteter",
    ),
]


def emmaboda_blocks() -> list:
    return [
        ("p", "Emmaboda kommun · Kultur- och fritidsförvaltningen · Box 54 · 361 21 Emmaboda"),
        ("space", 18),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("space", 8),
        ("p", "Emmaboda 2025-02-13                                                       Dnr KFN 2025/7"),
        ("rich", "p", "<b>Angående Socialstyrelsens preliminära beslut om återkrav, dnr 9.1-39041/2024</b>"),
        (
            "p",
            "Kommunen har fått Socialstyrelsens preliminära beslut att återkräva SEK 191 280 av statsbidraget för "
            "2022 och vill lämna följande synpunkter. Vi går igenom de fyra aktiviteterna i tur och ordning.",
        ),
        (
            "p",
            "Först vill vi säga något om hur bidraget har använts i Emmaboda. Kommunen har två områden som "
            "pekas ut som socioekonomiskt eftersatta, centrala Emmaboda och Lindås. Insatserna har planerats "
            "tillsammans med skolorna, biblioteket, föreningslivet och fältgruppen, och de flesta har nått fler "
            "barn och unga än vi räknade med i ansökan. Uppföljningen har dock inte alltid hållit samma "
            "kvalitet som verksamheten, och det har vi tagit till oss. Från 2024 redovisas varje insats på en "
            "egen kostnadsbärare i ekonomisystemet, så att underlagen går att ta fram direkt.",
        ),
        (
            "ilist",
            "1)",
            "Om aktivitet 3, Ungdomsråd i Vissefjärda, där Socialstyrelsen återkräver "
            + m(15600, "colon")
            + " med motiveringen att aktiviteten inte har beskrivits i redovisningen: vi kan konstatera att "
            "beskrivningen föll bort när redovisningen fylldes i. Ungdomsrådet kom aldrig igång på det sätt som "
            "var tänkt, och kommunen accepterar därför återkravet.",
        ),
        (
            "ilist",
            "2)",
            "Om aktivitet 4, Fältarbete i Emmaboda centrum (" + m(96000, "sek") + "): Socialstyrelsen "
            "bedömer att fältarbetarna har utövat myndighet eftersom de har gjort orosanmälningar. Att anmäla oro "
            "är en skyldighet för all personal som arbetar med barn och gör inte arbetet till myndighetsutövning. "
            "Fältarbetarna har inte fattat några beslut, vilket framgår av uppdragsbeskrivningen (bilaga A) och av "
            "verksamhetsrapporten (bilaga B). Kommunen bestrider återkravet.",
        ),
        (
            "ilist",
            "3)",
            "Om aktivitet 7, Språkcafé på biblioteket (" + m(21480, "sek") + "): Socialstyrelsen "
            "ifrågasätter deltagarlistorna och menar att de kan ha upprättats i efterhand. Listorna fördes vid "
            "varje tillfälle av bibliotekarien; originalen finns kvar och kopior bifogas (bilaga C). Vi menar att "
            "kostnaderna är styrkta och att återkravet saknar grund.",
        ),
        (
            "ilist",
            "4)",
            "Om aktivitet 10, Lovaktiviteter i Lindås (" + m(58200, "colon") + "): en av fyra "
            "lovveckor låg utanför bidragsperioden. Kommunen godtar att den veckans kostnad, "
            + m(14550, "colon")
            + ", betalas tillbaka (se bilaga D) men inte mer än så.",
        ),
        ("p", "Sammantaget medger kommunen alltså återbetalning av " + m(30150, "sek") + "."),
        (
            "p",
            "Bilagor\nA  Uppdragsbeskrivning fältarbetare\nB  Verksamhetsrapport fältarbete 2022\n"
            "C  Deltagarlistor språkcafé (kopior)\nD  Kostnadsfördelning lovveckor 2022",
        ),
        ("p", "Emmaboda som ovan"),
        sigrow([["Birgitta Sjögren", "förvaltningschef"], ["Hampus Lind", "fritidskonsulent"]]),
        ("space", 8),
        ("small", "Hampus Lind nås på 0471-24 90 63 eller hampus.lind@emmaboda.se"),
    ]


def _ilist_flowables(blocks: list, L, size: float = 10.5) -> list:
    """("ilist", "1)", text): a list item with a hanging indent, set as running text."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    st = ParagraphStyle("il", fontName="Helvetica", fontSize=size, leading=size * 1.35, leftIndent=22, bulletIndent=0, spaceAfter=6)
    out = []
    for b in blocks:
        if b[0] == "ilist":
            text = L.fill(b[2])  # filled once: render_pdf lays the story out twice

            def make(b=b, text=text):
                return Paragraph(text, st, bulletText=b[1])

            out.append(("lazy", make))
        else:
            out.append(b)
    return out


@case
def prose_emmaboda():
    d = fresh("prose-emmaboda")
    L = Ledger6()
    name = "Emmaboda synpunkter återkrav KFN 2025-7.pdf"
    # the intro's total is typed literally: add it to the ledger by hand
    blocks = emmaboda_blocks()
    blocks = _ilist_flowables(blocks, L, size=11)
    render_pdf(d / name, blocks, L, Page(font="Helvetica", size_pt=11, footer="Sida {page} av {pages}"))
    L.values.insert(0, D(191280))
    finish(
        d,
        name,
        "Emmaboda kommun",
        "2025-02-13",
        EMMABODA_ACTS,
        L,
        atts(("A", "4"), ("B", "4"), ("C", "7"), ("D", "10")),
        [
            {"name": "Birgitta Sjögren", "role": "förvaltningschef"},
            {"name": "Hampus Lind", "role": "fritidskonsulent", "phone": "+46471249063", "email": "hampus.lind@emmaboda.se"},
        ],
        "No headings: the activities are a numbered list '1)' … '4)' in running text with a hanging indent, and "
        "the list's ordinal is NOT the agency's number ('1) Om aktivitet 3, Ungdomsråd i Vissefjärda, där …'; "
        "activity_no 3, 4, 7, 10); amounts 'SEK 96 000' and '15 600:-' mixed; attachments lettered A–D (list "
        "'A  title'), refs '(bilaga A)'; positions 'accepterar därför återkravet', 'bestrider', 'återkravet "
        "saknar grund', 'godtar att den veckans kostnad, 14 550:-, betalas tillbaka … men inte mer'; a closing "
        "sum of what is accepted ('SEK 30 150').",
        municipality="Emmaboda",
    )


# ------------------------------------------------------------------------------------------
# 4. Kumla: the answer comes from a kommunalförbund that ran the activities for Kumla kommun
#    ("på uppdrag av Kumla kommun"). Its letterhead lists all five member municipalities in a
#    grey sidebar (Kumla is the only one that answers). Each activity opens with a shaded bar
#    of three cells "AKTIVITET 2 | Title | 45 000,00 SEK"; amounts "45 000,00 SEK" with öre.

KUMLA_ACTS = [
    Act(
        "2",
        "Fritidsledare i Ekeby-Almby skolområde",
        D(87500),
        "disputes",
        ["ordinary_operations"],
        ["1"],
        needle="Fritidsledare i Ekeby-Almby",
    ),
    Act(
        "3",
        "Integrationsvärdar på Kumlaby",
        D(134200.50),
        "accepts_partial",
        ["unverifiable_costs", "excessive_cost"],
        ["2", "3"],
        repay=D(34200.50),
        needle="Integrationsvärdar på Kumlaby",
    ),
    Act(
        "5",
        "Prova-på-idrott under sportlovet",
        D(12840),
        "accepts_full",
        ["outside_grant_period"],
        needle="Prova-på-idrott under sportlovet",
    ),
    Act(
        "6", "Nätverk för föräldrar i Sörby", D(40000), "disputes", ["description_mismatch"], ["4"], needle="Nätverk för föräldrar i Sörby"
    ),
]


def kumla_blocks() -> list:
    return [
        ("h2", "Yttrande över Socialstyrelsens preliminära beslut om återkrav – Kumla kommun"),
        ("p", "Datum: 2025-02-21\nVårt dnr: NKF 2025/014\nSocialstyrelsens dnr: 9.1-44702/2024"),
        (
            "p",
            "Närkeslättens kommunalförbund driver sedan 2021 det förebyggande ungdoms- och "
            "integrationsarbetet på uppdrag av Kumla kommun. Statsbidraget för 2022 söktes av Kumla kommun, "
            "men det var förbundet som genomförde aktiviteterna och som har underlagen. Förbundet lämnar därför "
            "detta yttrande på kommunens vägnar, efter delegation från Kumla kommuns kommunstyrelse "
            "(KS § 12/2025).",
        ),
        (
            "p",
            "Socialstyrelsen har preliminärt beslutat att Kumla kommun ska betala tillbaka "
            + m(274540.50, "sekcode")
            + ". Nedan redovisas förbundets synpunkter för varje aktivitet.",
        ),
        ("bar", "2", "Fritidsledare i Ekeby-Almby skolområde", 87500),
        (
            "p",
            "Enligt Socialstyrelsen har fritidsledarna utfört sådant som skolan ändå ansvarar för, det vill "
            "säga ordinarie verksamhet. Fritidsledarna anställdes av förbundet just för bidragsperioden och "
            "arbetade på eftermiddagar och kvällar, när skolan inte har någon verksamhet (bilaga 1). Förbundet "
            "bestrider därför återkravet på kommunens vägnar.",
        ),
        ("bar", "3", "Integrationsvärdar på Kumlaby", 134200.50),
        (
            "p",
            "Socialstyrelsen anser att lönekostnaderna inte är styrkta och att kostnaden per värd är hög. "
            "Lönelistor för sju integrationsvärdar finns i bilaga 2 och avtalet med bemanningsföretaget i "
            "bilaga 3. En av värdarna anlitades dock via bemanningsföretaget till ett högre pris än avtalat. "
            "Den merkostnaden, " + m(34200.50, "sekcode") + ", medger förbundet att kommunen betalar tillbaka. "
            "Återstoden bestrids.",
        ),
        ("bar", "5", "Prova-på-idrott under sportlovet", 12840),
        ("p", "Socialstyrelsen har noterat att sportlovet 2023 låg utanför bidragsperioden. Det stämmer. Förbundet medger återkravet."),
        ("bar", "6", "Nätverk för föräldrar i Sörby", 40000),
        (
            "p",
            "Enligt Socialstyrelsen stämmer beskrivningen av nätverket inte med kostnaderna, som till största "
            "delen avser lokalhyra. Nätverket träffades varje vecka i förbundets lokal i Sörby, och hyran är "
            "fördelad efter den tid nätverket använde lokalen (bilaga 4). Förbundet anser att kostnaden är "
            "rätt redovisad och att något återkrav inte ska göras.",
        ),
        ("h3", "Bilageförteckning"),
        (
            "p",
            "Bilaga 1 Arbetsscheman fritidsledare 2022\nBilaga 2 Lönelistor integrationsvärdar\n"
            "Bilaga 3 Avtal med bemanningsföretag\nBilaga 4 Fördelning av lokalhyra Sörby",
        ),
        ("p", "För Närkeslättens kommunalförbund"),
        ("lazy", lambda: signature_row([["Anders Falk", "förbundsdirektör"], ["Sara Holm (C)", "förbundsstyrelsens ordförande"]])[1]),
        ("space", 8),
        ("small", "Kontaktperson: Amar Selimi, verksamhetsutvecklare, 019-58 80 214, amar.selimi@narkeslatten.se"),
    ]


def _bar_flowables(blocks: list, L) -> list:
    """("bar", no, title, amount): a shaded heading bar of three cells."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    st = ParagraphStyle("bar", fontName="Helvetica-Bold", fontSize=10, leading=12, textColor=colors.white)
    str_ = ParagraphStyle("barr", parent=st, alignment=2)
    out = []
    for b in blocks:
        if b[0] != "bar":
            out.append(b)
            continue
        amount = L.fill(m(b[3], "sekcode"))

        def make(no=b[1], title=b[2], amount=amount):
            t = Table(
                [[Paragraph(f"AKTIVITET {no}", st), Paragraph(title, st), Paragraph(amount, str_)]],
                colWidths=[2.9 * cm, 7.7 * cm, 3.4 * cm],
                hAlign="LEFT",
            )
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#3f6b4e")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                )
            )
            return t

        out += [("space", 6), ("lazy", make), ("space", 4)]
    return out


@case
def prose_kumla():
    d = fresh("prose-kumla")
    L = Ledger6()
    name = "NKF 2025-014 yttrande för Kumla kommun.pdf"
    blocks = _bar_flowables(kumla_blocks(), L)
    side = [
        "Närkeslättens",
        "kommunalförbund",
        "",
        "Medlemskommuner:",
        "Askersund",
        "Hallsberg",
        "Kumla",
        "Laxå",
        "Lekeberg",
        "",
        "Västra Storgatan 11",
        "692 31 Kumla",
        "019-58 80 000",
    ]
    page = Page(
        font="Helvetica", size_pt=10.5, margins=(5.2 * cm, 1.8 * cm, 2.2 * cm, 2.2 * cm), footer="NKF 2025/014 · sida {page} av {pages}"
    )
    render_pdf(d / name, blocks, L, page)
    _sidebar(d / name, side)
    finish(
        d,
        name,
        "Närkeslättens kommunalförbund",
        "2025-02-21",
        KUMLA_ACTS,
        L,
        atts(("1", "2"), ("2", "3"), ("3", "3"), ("4", "6")),
        [
            {"name": "Anders Falk", "role": "förbundsdirektör"},
            {"name": "Sara Holm", "role": "ordförande", "party": "C"},
            {"name": "Amar Selimi", "role": "verksamhetsutvecklare", "phone": "+46195880214", "email": "amar.selimi@narkeslatten.se"},
        ],
        "A kommunalförbund answers on behalf of one member municipality (issuer 'Närkeslättens kommunalförbund', "
        "municipality Kumla); a grey sidebar on page 1 lists all five member municipalities (Askersund, Hallsberg, "
        "Kumla, Laxå, Lekeberg: only Kumla answers); each activity opens with a dark shaded bar of three cells "
        "'AKTIVITET 3 | Title | 134 200,50 SEK'; amounts '45 000,00 SEK' with öre always; 'KS § 12/2025' is no "
        "activity; positions 'bestrider … på kommunens vägnar', 'medger förbundet att kommunen betalar tillbaka "
        "[34 200,50 SEK]. Återstoden bestrids.', 'medger återkravet', 'något återkrav inte ska göras'.",
        municipality="Kumla",
        quantities=[{"value": 7, "unit": "integrationsvärd"}],
    )


def _sidebar(pdf: Path, lines: list) -> None:
    """Draw a grey letterhead sidebar on page 1 of a finished reportlab PDF (rebuilt in place)."""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFillColor(colors.HexColor("#e4e9e5"))
    c.rect(0, 0, 4.4 * cm, A4[1], fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#2d4d38"))
    y = A4[1] - 2.4 * cm
    for i, ln in enumerate(lines):
        c.setFont("Helvetica-Bold" if i < 2 else "Helvetica", 11 if i < 2 else 8.5)
        c.drawString(0.8 * cm, y, ln)
        y -= 14 if i < 2 else 11
    c.showPage()
    c.save()
    side = pdfium.PdfDocument(buf.getvalue())
    doc = pdfium.PdfDocument(str(pdf))
    # put the sidebar under page 1's content: a form XObject drawn first
    xo = side.page_as_xobject(0, doc)
    obj = xo.as_pageobject()
    page = doc[0]
    page.insert_obj(obj)
    page.gen_content()
    tmp = pdf.with_suffix(".tmp.pdf")
    doc.save(str(tmp))
    doc.close()
    side.close()
    tmp.replace(pdf)
    genre_kit.stable_pdf_id(pdf)


# ------------------------------------------------------------------------------------------
# 5. Lerum: the body names the activities by their names only (bold serif headings with the title
#    alone, grouped by theme, so the order is not the agency's); the agency's numbers appear only
#    in the closing "Sammanställning" table (Nr enligt SoS / Aktivitet / Återkrav / Ställningstagande
#    / Återbetalas). Amounts "64 000 kronor" in the body, bare in the table (zeros optional).

LERUM_ACTS = [  # in the order the body takes them
    Act("14", "Nattfotboll i Aspedalen", D(64000), "disputes", ["purpose_mismatch"], ["1"], needle="Nattfotboll i Aspedalen"),
    Act("11", "Öppen förskola i Gråbo", D(38600), "accepts_full", ["ordinary_operations"], needle="Öppen förskola i Gråbo"),
    Act(
        "18",
        "Samordnare för brottsförebyggande arbete",
        D(212000),
        "accepts_partial",
        ["exercise_of_authority"],
        ["2", "3"],
        repay=D(53000),
        needle="Samordnare för brottsförebyggande arbete",
    ),
    Act(
        "12",
        "Sommarläger för mellanstadiet",
        D(27350),
        "disputes",
        ["outside_grant_period", "unverifiable_costs"],
        ["4"],
        needle="Sommarläger för mellanstadiet",
    ),
]


def lerum_blocks() -> list:
    rows = [["Nr enligt SoS", "Aktivitet", "Återkrav (kr)", "Ställningstagande", "Återbetalas (kr)"]]
    for a in sorted(LERUM_ACTS, key=lambda a: int(a.no)):
        pos = {"disputes": "Bestrids", "accepts_full": "Medges", "accepts_partial": "Medges delvis"}[a.position]
        rep = m(a.repayment(), "bare") if a.position != "disputes" else m(0, "opt_bare")
        rows.append([a.no, a.title, m(a.claimed, "bare"), pos, rep])
    rows.append(["", "Summa", m(341950, "bare"), "", m(91600, "bare")])
    return [
        ("p", "LERUMS KOMMUN\nSektor samhällsbyggnad – Enheten för trygghet och folkhälsa"),
        ("p", "2025-02-25                                                            Dnr KS 2025/0117"),
        ("p", "Socialstyrelsen\nRegistrator"),
        ("h1", "Lerums kommuns yttrande om återkrav av statsbidrag 2023"),
        (
            "p",
            "Socialstyrelsen har i ett preliminärt beslut föreslagit att Lerums kommun ska återbetala delar av "
            "statsbidraget för 2023. Vi svarar nedan insats för insats, ordnade efter de tre områden "
            "som insatserna hör till. Socialstyrelsens numrering framgår av sammanställningen sist i yttrandet.",
        ),
        ("h2", "Fritid och idrott"),
        ("h3", "Nattfotboll i Aspedalen"),
        (
            "p",
            "Socialstyrelsen kräver tillbaka " + m(64000, "kronor") + " och anser att nattfotbollen är en "
            "allmän fritidsaktivitet utan koppling till bidragets syfte. Nattfotbollen riktade sig uttryckligen "
            "till unga i Aspedalen, som är ett av kommunens utpekade områden, och genomfördes tillsammans med "
            "polisen och socialtjänstens fältgrupp. Närvarolistorna i bilaga 1 visar att omkring 35 ungdomar "
            "kom varje fredag. Kommunen bestrider återkravet.",
        ),
        ("h3", "Öppen förskola i Gråbo"),
        (
            "p",
            "Här har Socialstyrelsen bedömt att den öppna förskolan är ordinarie verksamhet och kräver tillbaka "
            + m(38600, "kronor")
            + ". Kommunen delar den bedömningen och betalar tillbaka beloppet.",
        ),
        ("h2", "Trygghet"),
        ("h3", "Samordnare för brottsförebyggande arbete"),
        (
            "p",
            "Återkravet gäller hela lönekostnaden, " + m(212000, "kronor") + ". Socialstyrelsen menar att "
            "samordnaren har utfört myndighetsutövning när hon deltog i samverkansmöten om enskilda ungdomar. "
            "Enligt tjänstebeskrivningen (bilaga 2) och tidredovisningen (bilaga 3) ägnades ungefär en fjärdedel "
            "av tiden åt sådana möten. Kommunen kan därför godta att " + m(53000, "kronor") + " betalas tillbaka, "
            "men inte att hela lönen återkrävs.",
        ),
        ("h2", "Barn och unga"),
        ("h3", "Sommarläger för mellanstadiet"),
        (
            "p",
            "Socialstyrelsen anser att lägret hölls efter bidragsperioden och att fakturan från lägergården inte "
            "går att koppla till insatsen. Lägret hölls 12–16 juni 2023, alltså inom perioden, och fakturan "
            "(bilaga 4) anger lägrets datum och antal deltagare. Kommunen anser att återkravet på " + m(27350, "kronor") + " ska utgå.",
        ),
        ("h2", "Sammanställning"),
        ("table", rows, dict(widths=[0.13, 0.39, 0.15, 0.18, 0.15], ruled=False, align_right=[2, 4], bold_last=True)),
        (
            "p",
            "Bilagor\n1. Närvarolistor nattfotboll 2023\n2. Tjänstebeskrivning samordnare\n"
            "3. Tidredovisning samordnare 2023\n4. Faktura 23-0619 Lägergården Hultet",
        ),
        ("p", "Lerum enligt ovan"),
        ("p", "Peter Hallin\nSektorschef samhällsbyggnad"),
        ("small", "Handläggare: Jenny Boström, trygghetssamordnare, 0302-52 13 88, jenny.bostrom@lerum.se"),
    ]


@case
def prose_lerum():
    d = fresh("prose-lerum")
    L = Ledger6()
    name = "Lerum yttrande KS 2025-0117.pdf"
    render_pdf(d / name, lerum_blocks(), L, Page(font="Times-Roman", size_pt=11.5, footer="{page}/{pages}"))
    finish(
        d,
        name,
        "Lerums kommun",
        "2025-02-25",
        LERUM_ACTS,
        L,
        atts(("1", "14"), ("2", "18"), ("3", "18"), ("4", "12")),
        [
            {"name": "Peter Hallin", "role": "sektorschef"},
            {"name": "Jenny Boström", "role": "trygghetssamordnare", "phone": "+46302521388", "email": "jenny.bostrom@lerum.se"},
        ],
        "The body names the activities by their NAMES only: bold headings holding the title alone, grouped under "
        "three theme headings ('Fritid och idrott', 'Trygghet', 'Barn och unga') that are not activities, in an "
        "order that is not the agency's (14, 11, 18, 12). The agency's numbers appear only in the closing "
        "'Sammanställning' table (Nr enligt SoS / Aktivitet / Återkrav (kr) / Ställningstagande / Återbetalas (kr); "
        "bare amounts, zero repayments optional, Summa row). Body amounts '64 000 kronor'; positions 'bestrider', "
        "'delar den bedömningen och betalar tillbaka', 'kan därför godta att 53 000 kronor betalas tillbaka, men "
        "inte …', 'anser att återkravet … ska utgå'. Bilaga 4 is supplied in bilagor/: the camp's invoice 23-0619 "
        "(12 % + 25 %, gross 27 350 = activity 12's claim), named in the list as 'Faktura 23-0619 Lägergården Hultet'.",
        municipality="Lerum",
        quantities=[{"value": 35, "unit": "ungdom", "approximate": True}],
        attachment_files={"4": LERUM_INVOICE},
        activity_invoices={"12": [{"invoice_number": "23-0619"}]},
    )
    b, spec = lerum_bill()
    draw_bill6(d / "bilagor" / LERUM_INVOICE, b, spec)
    import json

    body = json.loads((d / "gold.json").read_text(encoding="utf-8"))
    body["files"][name]["attachments"][3]["invoice_number"] = "23-0619"
    body["files"][LERUM_INVOICE] = b.gold()
    (d / "gold.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


LERUM_INVOICE = "Faktura 23-0619 Lägergården Hultet.pdf"


def lerum_bill() -> tuple[Bill4, dict]:
    """Bilaga 4: the camp's invoice, 12 % board and lodging + 25 % activity leader; gross = the claim."""
    b = Bill4(
        number="23-0619",
        date="2023-06-20",
        due="2023-07-20",
        supplier="Lägergården Hultet AB",
        currency="SEK",
        lang="sv",
        org_no="559218-4406",
        lines=[
            ("Lägervistelse helpension 12–16 juni 2023", 25, "st", "875.00", 12),
            ("Aktivitetsledare kanot och friluftsliv", 1, "st", "2280.00", 25),
        ],
    )
    per_rate, vat, net, total = b.amounts()
    assert total == D(27350)
    sv = lambda v: eur(v, " ", ",")  # noqa: E731
    spec = dict(
        layout="centered",
        accent="#5b7c3a",
        title="FAKTURA",
        fmt=sv,
        supplier=["Lägergården Hultet AB", "Hultets väg 9, 443 95 Stenkullen", "Tel 0302-400 19 · info@hultet.se"],
        buyer_label="Fakturamottagare",
        buyer=["Lerums kommun", "Sektor utbildning, Fritid", "Box 5", "443 21 Lerum"],
        meta=[
            ("Fakturanr:", b.number),
            ("Fakturadatum:", "2023-06-20"),
            ("Förfallodatum:", "2023-07-20"),
            ("Er referens:", "Jenny Boström"),
        ],
        cols=["Benämning", "Antal", "Enh", "À-pris", "Moms %", "Belopp"],
        rows=[[d_, str(q), u, sv(p_), str(r), sv(b.line_amount(q, p_))] for d_, q, u, p_, r in b.lines],
        widths=[0.46, 0.08, 0.07, 0.13, 0.1, 0.16],
        totals=[
            ("Summa exkl. moms", sv(net)),
            (f"Moms 12 % på {sv(per_rate[D(12)])}", sv(vat[D(12)])),
            (f"Moms 25 % på {sv(per_rate[D(25)])}", sv(vat[D(25)])),
            ("*Att betala SEK", sv(total)),
        ],
        notes=["25 deltagare inkl. ledare. Betalning till bankgiro 5561-0392, ange fakturanummer."],
        footer=["Lägergården Hultet AB · Org.nr 559218-4406 · Momsreg.nr SE559218440601 · Godkänd för F-skatt"],
    )
    return b, spec


# ------------------------------------------------------------------------------------------
# 6. Flen: amounts in KSEK ("64 KSEK", "12,5 KSEK"), headings "Akt. nr 4 / Title / 64 KSEK" with
#    slashes; a "Sammanfattning" of bullet points on page 1; a partial repayment stated only as a
#    share ("medger 40 procent av återkravet"): the sum is printed nowhere; "Vår bedömning:" labels.

FLEN_ACTS = [
    Act(
        "4",
        "Arbetsmarknadscoacher i Stenhammar",
        D(146000),
        "accepts_partial",
        ["unverifiable_costs"],
        ["1"],
        repay=D(58400),
        needle="Akt. nr 4 / Arbetsmarknadscoacher",
    ),
    Act("5", "Kvällsöppen fritidsgård Malmköping", D(38500), "disputes", ["ordinary_operations"], ["2"], needle="Akt. nr 5 / Kvällsöppen"),
    Act(
        "9",
        "Familjecentral – uppsökande verksamhet",
        D(72250),
        "disputes",
        ["exercise_of_authority", "missing_description"],
        ["3", "4"],
        needle="Akt. nr 9 / Familjecentral",
    ),
    Act("13", "Studiebesök för fritidsledare", D(12500), "accepts_full", ["ordinary_operations"], needle="Akt. nr 13 / Studiebesök"),
    Act("15", "Cykelverkstad för unga", D(23800), "unclear", ["description_mismatch"], needle="Akt. nr 15 / Cykelverkstad"),
]


def flen_blocks() -> list:
    k = "ksek"

    def head(a):
        return ("h3", f"Akt. nr {a.no} / {a.title} / {m(a.claimed, k)}")

    A = {a.no: a for a in FLEN_ACTS}
    return [
        ("p", "Flens kommun\nKommunledningsförvaltningen, Samhällsutveckling"),
        ("p", "YTTRANDE\n2025-02-19\nKS 2025/31"),
        ("p", "Mottagare: Socialstyrelsen, statsbidragsenheten"),
        ("h2", "Preliminärt beslut om återkrav – statsbidrag till kommuner med socioekonomiskt eftersatta områden 2022"),
        ("h3", "Sammanfattning"),
        (
            "p",
            "• Socialstyrelsen återkräver totalt " + m(293050, k) + " för fem aktiviteter.\n"
            "• Kommunen medger återkrav för två aktiviteter, för en av dem delvis.\n"
            "• Kommunen bestrider återkraven för två aktiviteter.\n"
            "• För en aktivitet återkommer kommunen med besked.",
        ),
        ("p", "Belopp anges i tusentals kronor (KSEK)."),
        head(A["4"]),
        (
            "rich",
            "p",
            "<b>Socialstyrelsen:</b> Lönekostnaden för coacherna är inte styrkt för hela perioden, eftersom "
            "tidrapporter saknas för september–december.",
        ),
        (
            "rich",
            "p",
            "<b>Vår bedömning:</b> Tidrapporterna för hösten kom bort vid byte av personalsystem. Det som "
            "finns kvar (bilaga 1) täcker januari–augusti, vilket motsvarar ungefär 60 procent av "
            "kostnaden. Kommunen medger 40 procent av återkravet och bestrider resten.",
        ),
        head(A["5"]),
        (
            "rich",
            "p",
            "<b>Socialstyrelsen:</b> Fritidsgården i Malmköping hade öppet även före bidragsperioden, och "
            "kostnaden bedöms därför som ordinarie verksamhet.",
        ),
        (
            "rich",
            "p",
            "<b>Vår bedömning:</b> Fritidsgården hade tidigare bara öppet två eftermiddagar i veckan. "
            "Bidraget användes till kvällsöppet fyra dagar i veckan, vilket är en ny verksamhet (bilaga 2). "
            "Kommunen bestrider återkravet.",
        ),
        head(A["9"]),
        (
            "rich",
            "p",
            "<b>Socialstyrelsen:</b> De uppsökande hembesöken liknar socialtjänstens utredningar och kan "
            "vara myndighetsutövning; aktiviteten är också bristfälligt beskriven.",
        ),
        (
            "rich",
            "p",
            "<b>Vår bedömning:</b> Hembesöken erbjuds alla nyblivna föräldrar i området och är frivilliga. "
            "Inga beslut fattas. Rutinen (bilaga 3) och en beskrivning av verksamheten (bilaga 4) bifogas. "
            "Kommunen bestrider återkravet.",
        ),
        head(A["13"]),
        ("rich", "p", "<b>Socialstyrelsen:</b> Studiebesöket är intern kompetensutveckling."),
        ("rich", "p", "<b>Vår bedömning:</b> Kommunen har inget att invända och återbetalar " + m(12500, k) + "."),
        head(A["15"]),
        (
            "rich",
            "p",
            "<b>Socialstyrelsen:</b> Kostnaderna avser till största delen verktyg och reservdelar, medan ansökan beskrev ledarlöner.",
        ),
        (
            "rich",
            "p",
            "<b>Vår bedömning:</b> Vi utreder just nu hur kostnaderna bokfördes och återkommer med besked "
            "om aktiviteten i ett kompletterande yttrande.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "Bilaga 1 – Tidrapporter coacher jan–aug 2022\nBilaga 2 – Öppettider fritidsgården 2021 och 2022\n"
            "Bilaga 3 – Rutin för hembesök\nBilaga 4 – Verksamhetsbeskrivning familjecentralen",
        ),
        ("p", "Flen som ovan\n\nÅsa Lindh\nkommundirektör\n\nKontakt: Samir Jaber, samhällsutvecklare, samir.jaber@flen.se, 0157-43 02 71"),
    ]


@case
def prose_flen():
    d = fresh("prose-flen")
    L = Ledger6()
    name = "Flen KS 2025-31 yttrande statsbidrag.pdf"
    render_pdf(
        d / name,
        flen_blocks(),
        L,
        Page(font="Helvetica", size_pt=10.5, header="Flens kommun · KS 2025/31", footer="Sida {page} av {pages}"),
    )
    finish(
        d,
        name,
        "Flens kommun",
        "2025-02-19",
        FLEN_ACTS,
        L,
        atts(("1", "4"), ("2", "5"), ("3", "9"), ("4", "9")),
        [
            {"name": "Åsa Lindh", "role": "kommundirektör"},
            {"name": "Samir Jaber", "role": "samhällsutvecklare", "phone": "+46157430271", "email": "samir.jaber@flen.se"},
        ],
        "Every amount in KSEK ('146 KSEK', '12,5 KSEK', '293,05 KSEK'); headings with slashes 'Akt. nr 4 / Title / "
        "146 KSEK' (gapped numbers 4, 5, 9, 13, 15); a bullet 'Sammanfattning' with counts, not amounts; run-in "
        "labels 'Socialstyrelsen:' / 'Vår bedömning:'; a partial repayment stated only as a SHARE ('medger 40 "
        "procent av återkravet och bestrider resten' of 146 000: 58 400, printed nowhere); 'har inget att "
        "invända och återbetalar' (accepts); 'återkommer med besked' (unclear); '60 procent' and '40 procent' are "
        "no amounts.",
        municipality="Flen",
    )


# ------------------------------------------------------------------------------------------
# 7. Finspång: written in LibreOffice Writer (a flat ODT, printed by LibreOffice) with the
#    outline numbering Writer generates: "§ 1 Bakgrund", "§ 2 Sammanställning", "§ 3 Kommunens
#    synpunkter", "§ 3.1 Aktivitet 2 – Title", … The § numbers are section numbers, NOT the
#    agency's activity numbers. The summary is a tab-separated list with the amounts in "Tkr"
#    against a right-aligned tab stop. Positions "vidgår återkravet", "bestrider".

FINSPANG_ACTS = [
    Act("2", "Nattvandrare i Nyhem", D(45000), "accepts_full", ["unverifiable_costs"], needle="Aktivitet 2 – Nattvandrare"),
    Act(
        "3",
        "Mötesplats för unga vuxna i Hällestad",
        D(112500),
        "disputes",
        ["purpose_mismatch"],
        ["1", "2"],
        needle="Aktivitet 3 – Mötesplats",
    ),
    Act(
        "6",
        "Föräldrautbildning ABC",
        D(31250),
        "accepts_partial",
        ["excessive_cost", "outside_grant_period"],
        ["3"],
        repay=D(18750),
        needle="Aktivitet 6 – Föräldrautbildning",
    ),
    Act(
        "8",
        "Sommarlovsentreprenörer",
        D(96800),
        "disputes",
        ["ordinary_operations", "description_mismatch"],
        ["4"],
        needle="Aktivitet 8 – Sommarlovsentreprenörer",
    ),
]

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:language="sv" fo:country="SE"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Tablist" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.05cm">
   <style:tab-stops>
    <style:tab-stop style:position="2.6cm"/>
    <style:tab-stop style:position="16.0cm" style:type="right"/>
   </style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-prefix="§ " style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="space"/>
   </style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-prefix="§ " style:num-format="1" text:display-levels="2">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="space"/>
   </style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm"
   fo:margin-bottom="1.4cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">Finspångs kommun · Dnr SN.2025.022 · Sida <text:page-number
   text:select-page="current">1</text:page-number> (<text:page-count>2</text:page-count>)</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def finspang_fodt(L) -> str:
    from xml.sax.saxutils import escape

    def p(text, style="Standard"):
        parts = [escape(L.fill(x)) for x in text.split("\n")]
        return f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(parts) + "</text:p>\n"

    def h(level, text):
        return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{escape(L.fill(text))}</text:h>\n'

    def tabline(*cells, bold=False):
        inner = "<text:tab/>".join(escape(L.fill(c)) for c in cells)
        if bold:
            inner = f'<text:span text:style-name="Bold">{inner}</text:span>'
        return f'<text:p text:style-name="Tablist">{inner}</text:p>\n'

    x = FODT_HEAD
    x += p("FINSPÅNGS KOMMUN\nSocialförvaltningen\n612 80 Finspång")
    x += p("Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm")
    x += p("Finspång 2025-02-26\nDnr SN.2025.022")
    x += f'<text:p text:style-name="Title">{escape("Yttrande – preliminärt beslut om återkrav av statsbidrag 2023")}</text:p>\n'
    x += h(1, "Bakgrund")
    x += p(
        "Socialstyrelsen beslutade den 30 januari 2025 preliminärt att Finspångs kommun ska återbetala delar av "
        "statsbidraget till kommuner med socioekonomiskt eftersatta områden för 2023. Socialnämnden har fått "
        "tillfälle att yttra sig senast den 28 februari 2025. Yttrandet är disponerat så att § 2 sammanställer "
        "återkraven och § 3 innehåller kommunens synpunkter på varje aktivitet. Aktiviteterna har den "
        "numrering som Socialstyrelsen använder i beslutet."
    )
    x += h(1, "Sammanställning")
    x += p("Belopp i tusental kronor.")
    x += tabline("Aktivitet", "Benämning", "Återkrav", bold=True)
    for a in FINSPANG_ACTS:
        x += tabline(a.no, a.title, m(a.claimed, "tkrcap"))
    x += tabline("", "Summa", m(285550, "tkrcap"), bold=True)
    x += h(1, "Kommunens synpunkter")
    x += h(2, "Aktivitet 2 – Nattvandrare i Nyhem")
    x += p("Återkrävt belopp: " + m(45000, "kronor") + ".")
    x += p(
        "Socialstyrelsen anser att kostnaderna för nattvandrarnas arvoden inte är styrkta, eftersom "
        "utbetalningarna gjorts kontant utan kvitton. Kommunen kan inte ta fram andra underlag och vidgår "
        "återkravet."
    )
    x += h(2, "Aktivitet 3 – Mötesplats för unga vuxna i Hällestad")
    x += p("Återkrävt belopp: " + m(112500, "kronor") + ".")
    x += p(
        "Socialstyrelsen bedömer att mötesplatsen inte har riktat sig till målgruppen i de utsatta områdena. "
        "Mötesplatsen ligger i Hällestad men hade hämtning med buss från Nyhem och Centrum tre kvällar i "
        "veckan, och 70 procent av besökarna kom därifrån (bilaga 1, bilaga 2). Kommunen bestrider "
        "återkravet."
    )
    x += h(2, "Aktivitet 6 – Föräldrautbildning ABC")
    x += p("Återkrävt belopp: " + m(31250, "kronor") + ".")
    x += p(
        "Socialstyrelsen anser att kursledarkostnaden är för hög och att en kursomgång hölls i januari 2024. "
        "Kommunen vidgår återkravet till den del det avser kursomgången i januari 2024, "
        + m(18750, "kronor")
        + ", och bestrider det i övrigt. Kursledarnas arvode följer det avtal som "
        "kommunen har med studieförbundet (bilaga 3)."
    )
    x += h(2, "Aktivitet 8 – Sommarlovsentreprenörer")
    x += p("Återkrävt belopp: " + m(96800, "kronor") + ".")
    x += p(
        "Socialstyrelsen menar att sommarlovsentreprenörerna är en del av kommunens ordinarie "
        "feriearbeten och att beskrivningen i redovisningen inte stämmer med kostnaderna. Programmet är "
        "fristående från feriearbetena, har egen budget och vänder sig bara till ungdomar från Nyhem och "
        "Centrum; kostnaderna är fördelade enligt bilaga 4. Kommunen bestrider återkravet."
    )
    x += h(1, "Bilagor")
    for i, t in enumerate(
        [
            "Besöksstatistik mötesplatsen 2023",
            "Busstidtabell hämtning Nyhem–Hällestad",
            "Avtal med studieförbund om föräldrautbildning",
            "Kostnadsfördelning sommarlovsentreprenörer",
        ],
        1,
    ):
        x += p(f"Bilaga {i}\t{t}")
    x += h(1, "Underskrift")
    x += p("För socialnämnden i Finspångs kommun")
    x += p("\n\nMarie Åkesson (S)\nordförande")
    x += p("\n\nJohan Pettersson\nsocialchef")
    x += p("Handläggare: Nadia Ekholm, utvecklingsstrateg, 0122-851 37, nadia.ekholm@finspang.se", "Small")
    x += "</office:text></office:body></office:document>\n"
    return x


@case
def odt_finspang():
    name = "Yttrande socialnämnden SN.2025.022.pdf"
    committed = OUT / "odt-finspang" / name
    old = committed.read_bytes() if committed.exists() else None
    d = fresh("odt-finspang")
    L = Ledger6()
    fodt = finspang_fodt(L)
    if old is not None and not REBUILD_EXTERNAL:
        (TMP / name).parent.mkdir(parents=True, exist_ok=True)
        (TMP / name).write_bytes(old)
    else:
        TMP.mkdir(parents=True, exist_ok=True)
        src = TMP / "Yttrande socialnämnden SN.2025.022.fodt"
        src.write_text(fodt, encoding="utf-8")
        run(["soffice", "-env:UserInstallation=file:///tmp/lo-genre6", "--headless", "--convert-to", "pdf", "--outdir", str(TMP), str(src)])
    import shutil

    shutil.copy(TMP / name, d / name)
    texts = page_texts(d / name)
    assert any("§ 3.2 aktivitet 3" in t for t in texts), "outline numbering missing"
    finish(
        d,
        name,
        "Finspångs kommun",
        "2025-02-26",
        FINSPANG_ACTS,
        L,
        atts(("1", "3"), ("2", "3"), ("3", "6"), ("4", "8")),
        [
            {"name": "Marie Åkesson", "role": "ordförande", "party": "S"},
            {"name": "Johan Pettersson", "role": "socialchef"},
            {"name": "Nadia Ekholm", "role": "utvecklingsstrateg", "phone": "+4612285137", "email": "nadia.ekholm@finspang.se"},
        ],
        "Written in LibreOffice Writer (flat ODT → PDF by LibreOffice) with Writer's OUTLINE NUMBERING: '§ 1 "
        "Bakgrund', '§ 2 Sammanställning', '§ 3 Kommunens synpunkter', '§ 3.1 Aktivitet 2 – Nattvandrare i "
        "Nyhem' … '§ 3.4 Aktivitet 8 – …', '§ 4 Bilagor', '§ 5 Underskrift': the § numbers are section numbers, "
        "not activity numbers (activity_no 2, 3, 6, 8). The summary is a TAB-SEPARATED list with the amounts in "
        "'Tkr' against a right-aligned tab stop ('45 Tkr', '112,5 Tkr', Summa '285,55 Tkr'). 'Återkrävt belopp: "
        "45 000 kronor.' under each heading; positions 'vidgår återkravet' (accepts), 'bestrider', 'vidgår "
        "återkravet till den del det avser …, 18 750 kronor, och bestrider det i övrigt'; '70 procent' is no "
        "amount.",
        municipality="Finspång",
    )


def grid_table(
    rows: list,
    L,
    widths_cm: list,
    header: int = 1,
    font: str = "Helvetica",
    size: float = 8.5,
    style: list | None = None,
    right: tuple = (),
    label_col: bool = False,
) -> tuple:
    """A table of Paragraph cells whose amounts are filled once (render_pdf lays it out twice)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    bold = genre_kit.BOLD[font]
    st = ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.25)
    sb = ParagraphStyle("cb", parent=st, fontName=bold)
    sr = ParagraphStyle("cr", parent=st, alignment=2)
    filled = [[L.fill(c) for c in r] for r in rows]

    def make():
        data = []
        for r, row in enumerate(filled):
            out = []
            for c, text in enumerate(row):
                sty = sb if r < header or (label_col and c == 0) else (sr if c in right else st)
                out.append(Paragraph(genre_kit.esc(text).replace("\n", "<br/>"), sty))
            data.append(out)
        t = Table(data, colWidths=[w * cm for w in widths_cm], repeatRows=header, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")] + (style or [])))
        return t

    return ("lazy", make)


# ------------------------------------------------------------------------------------------
# 8. Höganäs: the whole answer is one landscape table continued over two pages, its header
#    repeated: Akt. / Insats / Krav enligt SoS (kr) / Socialstyrelsens invändning / Kommunens
#    ställningstagande (a full sentence) / Underlag. Only horizontal hairlines between rows and a
#    teal header band; amounts "45 000,00" with öre and no currency; a Totalt row on page 2.

HOGANAS_ACTS = [
    Act("1", "Mentorer i Höganäs centrum", D(142000), "disputes", ["unverifiable_costs"], ["1", "2"], needle="Mentorer i Höganäs centrum"),
    Act("2", "Spontanidrott på Tornlyckan", D(48500), "accepts_full", ["outside_grant_period"], needle="Spontanidrott på Tornlyckan"),
    Act("3", "Läxhjälp med volontärer", D(19875.50), "accepts_full", ["unverifiable_costs"], needle="Läxhjälp med volontärer"),
    Act(
        "5",
        "Föräldraträffar på förskolan Lerberget",
        D(36400),
        "accepts_partial",
        ["excessive_cost"],
        ["3"],
        repay=D(9100),
        needle="Föräldraträffar på förskolan Lerberget",
    ),
    Act(
        "7",
        "Ungdomsguider i sommarverksamheten",
        D(88250),
        "disputes",
        ["exercise_of_authority", "ordinary_operations"],
        ["4"],
        needle="Ungdomsguider i sommarverksamheten",
    ),
    Act(
        "8",
        "Informationsmaterial på lätt svenska",
        D(27600),
        "disputes",
        ["purpose_mismatch"],
        ["5"],
        needle="Informationsmaterial på lätt svenska",
    ),
    Act("9", "Kvällsöppet bibliotek", D(54000), "unclear", ["missing_description"], needle="Kvällsöppet bibliotek"),
]

HOGANAS_ROWS = {
    "1": (
        "Loggböcker saknas för mentorernas arbetstid; kostnaderna kan inte följas.",
        "Kommunen bestrider återkravet: mentorernas tid finns i tidrapporterna och i mentorsavtalen.",
        "Bil. 1, Bil. 2",
    ),
    "2": (
        "Verksamheten pågick juni–augusti 2023, efter bidragsperioden.",
        "Kommunen godtar Socialstyrelsens bedömning och betalar tillbaka hela beloppet.",
        "",
    ),
    "3": (
        "Kostnaden avser presentkort till volontärer utan kvitton.",
        "Vi saknar kvitton och accepterar därför att beloppet återbetalas.",
        "",
    ),
    "5": (
        "Föreläsararvodet bedöms vara oskäligt högt.",
        "Kommunen medger att 9 100,00 kr av arvodet var för högt och betalar tillbaka den delen; resten bestrids.",
        "Bil. 3",
    ),
    "7": (
        "Guiderna har deltagit i socialtjänstens utredningar; verksamheten är dessutom ordinarie.",
        "Kommunen motsätter sig återkravet, eftersom guiderna aldrig deltog i utredningar utan endast informerade om fritidsutbudet.",
        "Bil. 4",
    ),
    "8": (
        "Materialet riktar sig till alla invånare och har inte samband med bidragets syfte.",
        "Kommunen delar inte bedömningen: materialet delades ut i de två utsatta områdena och översattes till fem språk.",
        "Bil. 5",
    ),
    "9": (
        "Aktiviteten är inte beskriven i redovisningen.",
        "Beskrivningen tas fram av biblioteket; kommunen lämnar sitt ställningstagande när den är klar.",
        "",
    ),
}


def hoganas_blocks(L) -> list:
    rows = [["Akt.", "Insats", "Krav enligt SoS (kr)", "Socialstyrelsens invändning", "Kommunens ställningstagande", "Underlag"]]
    for a in HOGANAS_ACTS:
        obj, ans, ref = HOGANAS_ROWS[a.no]
        ans = ans.replace("9 100,00 kr", m(9100, "dec"))
        rows.append([a.no, a.title, m(a.claimed, "baredec"), obj, ans, ref])
    rows.append(["", "Totalt", m(416625.50, "baredec"), "", "", ""])
    teal = colors.HexColor("#bfe0e3")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), teal),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9aa9ab")),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    table = grid_table(rows, L, [1.2, 4.4, 2.9, 6.4, 7.6, 2.2], size=11, style=style, right=(2,))
    return [
        ("p", "Höganäs kommun · Socialförvaltningen · 263 82 Höganäs                                  2025-02-24   Dnr SOC 2025/0061"),
        ("h2", "Socialstyrelsens preliminära beslut om återkrav (dnr 9.1-42255/2024) – kommunens svar i tabellform"),
        (
            "p",
            "Höganäs kommun lämnar sina synpunkter i tabellen nedan, en rad per aktivitet enligt Socialstyrelsens "
            "numrering. Belopp i kronor.",
        ),
        (
            "p",
            "Socialnämnden har behandlat ärendet den 20 februari 2025 och uppdragit åt förvaltningen att lämna "
            "svaret. Underlagen som nämns i kolumnen Underlag bifogas; övriga underlag finns hos förvaltningen och "
            "kan skickas om Socialstyrelsen begär det. Där kommunen inte har något att invända anges det i "
            "ställningstagandet.",
        ),
        table,
        (
            "p",
            "Bilagor: Bil. 1 Tidrapporter mentorer 2023 · Bil. 2 Mentorsavtal · Bil. 3 Offert och faktura föreläsare · "
            "Bil. 4 Uppdragsbeskrivning ungdomsguider · Bil. 5 Spridningslista informationsmaterial",
        ),
        ("p", "Lena Rosenqvist, socialchef          Viktor Alm, nämndsekreterare, 042-33 71 92, viktor.alm@hoganas.se"),
    ]


@case
def table_hoganas():
    d = fresh("table-hoganas")
    L = Ledger6()
    name = "Höganäs svar återkrav SOC 2025-0061.pdf"
    page = Page(
        size=landscape(A4), margins=(1.6 * cm, 1.6 * cm, 1.8 * cm, 1.6 * cm), font="Helvetica", size_pt=10, footer="Sida {page} av {pages}"
    )
    render_pdf(d / name, hoganas_blocks(L), L, page)
    texts = page_texts(d / name)
    assert len(texts) == 2 and page_of(texts, "Totalt") == 2, "the table must continue on page 2"
    assert texts[1].count("krav enligt sos (kr)") == 1, "header repeated on page 2"
    finish(
        d,
        name,
        "Höganäs kommun",
        "2025-02-24",
        HOGANAS_ACTS,
        L,
        atts(("1", "1"), ("2", "1"), ("3", "5"), ("4", "7"), ("5", "8")),
        [
            {"name": "Lena Rosenqvist", "role": "socialchef"},
            {"name": "Viktor Alm", "role": "nämndsekreterare", "phone": "+4642337192", "email": "viktor.alm@hoganas.se"},
        ],
        "The whole answer is ONE LANDSCAPE TABLE continued over two pages with its header repeated (Akt. / Insats / "
        "'Krav enligt SoS (kr)' / Socialstyrelsens invändning / Kommunens ställningstagande / Underlag): only "
        "horizontal hairlines and a light teal header band; amounts '142 000,00' with öre and no currency; the position "
        "a full sentence ('godtar … betalar tillbaka hela beloppet', 'accepterar därför att beloppet återbetalas', "
        "'medger att 9 100,00 kr … resten bestrids', 'motsätter sig', 'delar inte bedömningen', 'lämnar sitt "
        "ställningstagande när den är klar' = unclear); refs 'Bil. 1, Bil. 2' in an Underlag column; a Totalt "
        "row on page 2; the attachment list inline under the table ('Bil. 1 … · Bil. 2 …').",
        municipality="Höganäs",
    )


# ------------------------------------------------------------------------------------------
# 9. Hässleholm: a TRANSPOSED table: one column per activity, one row per field (Aktivitet nr /
#    Benämning / Återkrävt belopp / Socialstyrelsens skäl / Kommunens inställning / Kommunen
#    återbetalar / Bilagor), field names in a grey first column. Amounts "45 000 kr".

HASSLEHOLM_ACTS = [
    Act(
        "3",
        "Ungdomscoacher i Norra Hässleholm",
        D(156000),
        "accepts_partial",
        ["unverifiable_costs"],
        ["1", "2"],
        repay=D(39000),
        needle="Ungdomscoacher i Norra",
    ),
    Act("4", "Familjeläger på Hovdala", D(61300), "disputes", ["purpose_mismatch"], ["3"], needle="Familjeläger på Hovdala"),
    Act("6", "Sommarskola i matematik", D(22800), "accepts_full", ["ordinary_operations"], needle="Sommarskola i matematik"),
    Act("9", "Brobyggare i Läreda", D(97450), "disputes", ["exercise_of_authority"], ["4"], needle="Brobyggare i Läreda"),
]


def hassleholm_blocks(L) -> list:
    A = HASSLEHOLM_ACTS
    pos = {"accepts_partial": "Medger delvis", "disputes": "Bestrider", "accepts_full": "Medger"}
    reasons = {
        "3": "Lönekostnader för två coacher under fjärde kvartalet är inte styrkta.",
        "4": "Lägret har inte riktat sig till boende i det utsatta området.",
        "6": "Sommarskola är skolans ordinarie uppdrag.",
        "9": "Brobyggarna har deltagit i utredningar och utövat myndighet.",
    }
    answers = {
        "3": "Tidrapporter finns för tre av fyra kvartal. För fjärde kvartalet saknas underlag och den delen betalas tillbaka.",
        "4": "28 av 31 familjer bodde i Norra Hässleholm. Lägret är en del av områdesarbetet.",
        "6": "Ingen invändning.",
        "9": "Brobyggarna har bara tolkat och informerat, aldrig beslutat eller utrett.",
    }
    refs = {"3": "Bilaga 1, 2", "4": "Bilaga 3", "6": "–", "9": "Bilaga 4"}
    rows = [
        ["Aktivitet nr"] + [a.no for a in A],
        ["Benämning"] + [a.title for a in A],
        ["Återkrävt belopp"] + [m(a.claimed) for a in A],
        ["Socialstyrelsens skäl"] + [reasons[a.no] for a in A],
        ["Kommunens inställning"] + [pos[a.position] + ". " + answers[a.no] for a in A],
        ["Kommunen återbetalar"] + [m(a.repayment()) if a.position != "disputes" else m(0, "opt_kr") for a in A],
        ["Bilagor"] + [refs[a.no] for a in A],
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6")),
        ("BACKGROUND", (1, 0), (-1, 0), colors.HexColor("#f3efe0")),
    ]
    return [
        ("p", "HÄSSLEHOLMS KOMMUN\nOmsorgsförvaltningen\n281 80 Hässleholm"),
        ("p", "Datum 2025-02-18\nDiarienr OMS 2025/88\nTill Socialstyrelsen"),
        ("h2", "Svar på preliminärt beslut om återkrav – statsbidrag 2022"),
        (
            "p",
            "Socialstyrelsen har begärt att Hässleholms kommun yttrar sig över det preliminära beslutet att "
            "återkräva " + m(337550) + ". Kommunens svar för de fyra aktiviteterna framgår av tabellen, där varje "
            "kolumn motsvarar en aktivitet.",
        ),
        (
            "p",
            "Omsorgsförvaltningen har gått igenom redovisningen för 2022 tillsammans med ekonomiavdelningen och "
            "de verksamheter som genomförde aktiviteterna. För några aktiviteter har vi kunnat ta fram underlag "
            "som inte fanns med i redovisningen, och de bifogas. Där underlag saknas har kommunen valt att inte "
            "bestrida återkravet. Kommunen vill samtidigt framhålla att bidraget har gjort det möjligt att "
            "bygga upp ett långsiktigt arbete i Norra Hässleholm och Läreda, som nu finansieras med egna medel.",
        ),
        grid_table(rows, L, [3.4, 3.2, 3.2, 3.2, 3.2], header=1, size=10, style=style, label_col=True),
        ("p", "Sammanlagt återbetalar kommunen " + m(61800) + "."),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Tidrapporter ungdomscoacher kv 1–3 2022\n2. Anställningsavtal ungdomscoacher\n"
            "3. Deltagarförteckning familjeläger (avidentifierad)\n4. Rollbeskrivning brobyggare",
        ),
        (
            "p",
            "Hässleholm som ovan\n\nKarin Bengtsson\nförvaltningschef\n\nUpplysningar: Oskar Nyqvist, "
            "verksamhetsutvecklare, tfn 0451-26 83 40, e-post oskar.nyqvist@hassleholm.se",
        ),
    ]


@case
def table_hassleholm():
    d = fresh("table-hassleholm")
    L = Ledger6()
    name = "Hässleholm OMS 2025-88 svar till Socialstyrelsen.pdf"
    render_pdf(d / name, hassleholm_blocks(L), L, Page(font="Helvetica", size_pt=11, footer="{page}"))
    finish(
        d,
        name,
        "Hässleholms kommun",
        "2025-02-18",
        HASSLEHOLM_ACTS,
        L,
        atts(("1", "3"), ("2", "3"), ("3", "4"), ("4", "9")),
        [
            {"name": "Karin Bengtsson", "role": "förvaltningschef"},
            {"name": "Oskar Nyqvist", "role": "verksamhetsutvecklare", "phone": "+46451268340", "email": "oskar.nyqvist@hassleholm.se"},
        ],
        "A TRANSPOSED table: one column per activity (3, 4, 6, 9) and one row per field (Aktivitet nr / Benämning / "
        "Återkrävt belopp / Socialstyrelsens skäl / Kommunens inställning / Kommunen återbetalar / Bilagor), field "
        "names in a grey first column; positions 'Medger delvis.' (the sum only in the 'Kommunen återbetalar' "
        "row), 'Bestrider.', 'Medger. Ingen invändning.'; zero repayments '0 kr' optional; refs 'Bilaga 1, 2' "
        "(two ids), '–' for none; the total repaid in a sentence after the table.",
        municipality="Hässleholm",
        quantities=[{"value": 28, "unit": "familj"}],
    )


# ------------------------------------------------------------------------------------------
# scans of this corpus' own cases: the gold is the original's (scanned: true).


def scan_gold(src_case: str, dst_dir: Path, name: str, note: str) -> None:
    import json

    (g,) = json.loads((OUT / src_case / "gold.json").read_text(encoding="utf-8"))["files"].values()
    write_gold(dst_dir, {name: {**g, "scanned": True}}, note)


def rasters(src: Path, dpi: int) -> list:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(src))
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    return out


@case
def scan_hallsberg_streak():
    """prose-hallsberg through a tired office copier-scanner: faded toner (text mid-grey, uneven
    across the page), a vertical toner streak down each page (through the text), the open lid's
    dark shadow along the right edge, slight skew; 200 dpi greyscale JPEG."""
    import numpy as np
    from PIL import Image

    d = fresh("scan-hallsberg-streak")
    src = OUT / "prose-hallsberg" / "Hallsbergs kommun yttrande KS 2025-0048.pdf"
    dpi = 200
    rng = np.random.default_rng(606)
    pages = []
    for i, img in enumerate(rasters(src, dpi)):
        a = np.asarray(img, dtype=np.float32) / 255.0
        h, w = a.shape
        # faded toner: ink reaches only ~45-60 % darkness, weaker towards the left edge
        fade = np.linspace(0.45, 0.62, w)[None, :]
        a = 1.0 - (1.0 - a) * fade
        # a streak 3-4 px wide, a little wavy, at a different x on each page
        x0 = int(w * (0.58 if i == 0 else 0.41))
        for y in range(h):
            x = x0 + int(2 * np.sin(y / 140.0))
            a[y, x : x + 4] = np.minimum(a[y, x : x + 4], 0.28)
        # lid shadow: darkening over the last 4 % of the width
        sh = int(w * 0.04)
        a[:, w - sh :] *= np.linspace(1.0, 0.25, sh)[None, :]
        a += rng.normal(0, 0.025, a.shape)
        im = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))
        im = im.rotate(0.6 if i == 0 else -0.4, resample=Image.BICUBIC, fillcolor=235)
        pages.append(im)
    name = "SKM_C250i25022010410.pdf"
    images_pdf(d / name, pages, dpi, 45)
    scan_gold(
        "prose-hallsberg",
        d,
        name,
        "prose-hallsberg through a tired copier-scanner: FADED TONER (text mid-grey, fainter towards the left), "
        "a VERTICAL TONER STREAK down each page through the text (at a different place on each page), the open "
        "lid's dark shadow along the right edge, skew +0.6° / -0.4°, 200 dpi greyscale JPEG. Gold as "
        "prose-hallsberg.",
    )


@case
def scan_kumla_dither():
    """prose-kumla scanned at 300 dpi in black-and-white mode with the scanner's default error-
    diffusion DITHERING (not a threshold): the grey sidebar and the green heading bars become dot
    patterns, the white text inside the bars stays white; page 2 fed a little crooked."""
    from PIL import Image

    d = fresh("scan-kumla-dither")
    src = OUT / "prose-kumla" / "NKF 2025-014 yttrande för Kumla kommun.pdf"
    dpi = 300
    pages = []
    for i, img in enumerate(rasters(src, dpi)):
        img = img.rotate(-0.3 if i == 0 else 1.1, resample=Image.BICUBIC, fillcolor=255)
        pages.append(img.convert("1"))  # Floyd–Steinberg dithering
    import time

    name = "scan0042.pdf"
    fixed = time.gmtime(1740131040)
    pages[0].save(d / name, resolution=dpi, save_all=True, append_images=pages[1:], creationDate=fixed, modDate=fixed, producer="fi-7160")
    scan_gold(
        "prose-kumla",
        d,
        name,
        "prose-kumla scanned at 300 dpi black and white with the scanner's ERROR-DIFFUSION DITHERING instead of "
        "a threshold: the grey member sidebar and the dark green heading bars become dot patterns around the "
        "text, the white text inside the bars ('AKTIVITET 3 | Title | 134 200,50 SEK') stays white on a dotted "
        "ground; skew -0.3° / +1.1°. Gold as prose-kumla (issuer the kommunalförbund, municipality Kumla).",
    )


# ------------------------------------------------------------------------------------------
# 12. Invoices: five European suppliers in new layouts, to municipalities of this corpus.


def eur(v, thousands: str = ".", comma: str = ",") -> str:
    return group(D(v), thousands, "always", comma)


def draw_bill6(path: Path, b: Bill4, spec: dict) -> None:
    """One invoice page from a layout spec: title, supplier and buyer blocks, meta pairs, a line
    table, totals (label, text) pairs and footer lines. spec['layout']: 'rightmeta' (supplier top
    left, meta box top right), 'band' (a coloured left band with the supplier), 'centered'
    (supplier centred, title under a double rule)."""
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    font, bold = spec.get("font", ("Helvetica", "Helvetica-Bold"))
    accent = colors.HexColor(spec.get("accent", "#333333"))
    x0 = 2 * cm
    lay = spec["layout"]
    if lay == "band":
        c.setFillColor(accent)
        c.rect(0, 0, 5.2 * cm, h, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(bold, 12)
        y = h - 2.2 * cm
        for i, ln in enumerate(spec["supplier"]):
            c.setFont(bold if i == 0 else font, 11 if i == 0 else 7.8)
            c.drawString(0.6 * cm, y, ln)
            y -= 16 if i == 0 else 10
        c.setFillColor(colors.black)
        x0 = 6.2 * cm
        c.setFont(bold, 22)
        c.drawString(x0, h - 2.4 * cm, spec["title"])
        ym = h - 3.4 * cm
        c.setFont(font, 9)
        for i, (k, v) in enumerate(spec["meta"]):
            c.drawString(x0, ym - i * 12, k)
            c.drawString(x0 + 4.2 * cm, ym - i * 12, v)
        yb = ym - len(spec["meta"]) * 12 - 14
        c.setFont(bold, 9)
        c.drawString(x0, yb, spec["buyer_label"])
        c.setFont(font, 9.5)
        for i, ln in enumerate(spec["buyer"]):
            c.drawString(x0, yb - 12 - i * 12, ln)
        y = yb - 12 - len(spec["buyer"]) * 12 - 20
    elif lay == "centered":
        c.setFont(bold, 15)
        c.drawCentredString(w / 2, h - 2 * cm, spec["supplier"][0])
        c.setFont(font, 8.5)
        for i, ln in enumerate(spec["supplier"][1:]):
            c.drawCentredString(w / 2, h - 2.5 * cm - i * 10, ln)
        yl = h - 2.5 * cm - len(spec["supplier"]) * 10
        c.setStrokeColor(accent)
        c.line(x0, yl, w - x0, yl)
        c.line(x0, yl - 2.5, w - x0, yl - 2.5)
        c.setFont(bold, 16)
        c.drawString(x0, yl - 26, spec["title"])
        c.setFont(font, 9.5)
        for i, (k, v) in enumerate(spec["meta"]):
            c.drawString(x0, yl - 46 - i * 12, f"{k} {v}")
        c.setFont(bold, 9)
        c.drawString(11.5 * cm, yl - 46, spec["buyer_label"])
        c.setFont(font, 9.5)
        for i, ln in enumerate(spec["buyer"]):
            c.drawString(11.5 * cm, yl - 58 - i * 12, ln)
        y = yl - 58 - max(len(spec["buyer"]), len(spec["meta"])) * 12 - 24
    else:  # rightmeta
        c.setFillColor(accent)
        c.setFont(bold, 16)
        c.drawString(x0, h - 2 * cm, spec["supplier"][0])
        c.setFillColor(colors.black)
        c.setFont(font, 8.5)
        for i, ln in enumerate(spec["supplier"][1:]):
            c.drawString(x0, h - 2.5 * cm - i * 10, ln)
        c.setFont(bold, 9)
        yb = h - 5.4 * cm
        c.drawString(x0, yb, spec["buyer_label"])
        c.setFont(font, 9.5)
        for i, ln in enumerate(spec["buyer"]):
            c.drawString(x0, yb - 12 - i * 12, ln)
        c.setFont(bold, 20)
        c.drawRightString(w - x0, h - 2 * cm, spec["title"])
        rows = [[k, v] for k, v in spec["meta"]]
        t = Table(rows, colWidths=[3.6 * cm, 3.8 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("FONTNAME", (1, 0), (1, -1), bold),
                    ("BOX", (0, 0), (-1, -1), 0.6, accent),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ]
            )
        )
        tw, th = t.wrap(0, 0)
        t.drawOn(c, w - x0 - tw, h - 2.6 * cm - th)
        y = min(yb - 12 - len(spec["buyer"]) * 12, h - 2.6 * cm - th) - 26
    # lines
    head = spec["cols"]
    rows = [head] + spec["rows"]
    avail = w - x0 - 2 * cm
    ws = [f * avail for f in spec["widths"]]
    t = Table(rows, colWidths=ws)
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.8),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("ALIGN", (spec.get("right_from", 1), 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, accent),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
    ]
    if spec.get("zebra"):
        for r in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f1f1f1")))
    t.setStyle(TableStyle(cmds))
    tw, th = t.wrap(0, 0)
    t.drawOn(c, x0, y - th)
    y -= th + 22
    for i, (k, v) in enumerate(spec["totals"]):
        strong = k.startswith("*")
        c.setFont(bold if strong else font, 10 if strong else 9.5)
        c.drawString(x0 + avail * 0.45, y - i * 14, k.lstrip("*"))
        c.drawRightString(x0 + avail, y - i * 14, v)
    y -= len(spec["totals"]) * 14 + 16
    c.setFont(font, 8.8)
    for ln in spec.get("notes", []):
        c.drawString(x0, y, ln)
        y -= 11.5
    c.setFont(font, 7.5)
    for i, ln in enumerate(spec.get("footer", [])):
        c.drawCentredString((x0 + w - 2 * cm) / 2 if lay == "band" else w / 2, 1.9 * cm - i * 9.5, ln)
    c.showPage()
    c.save()


def german_bill() -> tuple[Bill4, dict]:
    b = Bill4(
        number="RE-2023-10877",
        date="2023-10-17",
        due="2023-11-16",
        supplier="Spielmobil Rheinland GmbH",
        currency="EUR",
        lang="de",
        lines=[
            ("Spielmobil-Einsatz Sommerfest Lerum, 1 Tag inkl. Betreuer", 2, "Tag", "780.00", 19),
            ("Hüpfburg „Piratenschiff“, Miete", 2, "Tag", "145.00", 19),
            ("Anfahrt Köln–Lerum–Köln, pauschal", 1, "psch.", "690.00", 19),
        ],
    )
    _, vat, net, total = b.amounts()
    sk = (total * D("0.02")).quantize(D("0.01"))
    spec = dict(
        layout="rightmeta",
        accent="#c0392b",
        title="RECHNUNG",
        fmt=eur,
        supplier=[
            "Spielmobil Rheinland GmbH",
            "Venloer Straße 412 · 50825 Köln · Deutschland",
            "Tel. +49 221 5500 318 · info@spielmobil-rheinland.de",
        ],
        buyer_label="Rechnungsanschrift",
        buyer=["Lerums kommun", "Sektor samhällsbyggnad", "Box 5", "443 21 Lerum", "Schweden", "USt-IdNr. SE212000151201"],
        meta=[
            ("Rechnungs-Nr.", b.number),
            ("Rechnungsdatum", "17.10.2023"),
            ("Leistungsdatum", "26.–27.08.2023"),
            ("Kunden-Nr.", "20419"),
            ("Ihre Bestellung", "Jenny Boström"),
        ],
        cols=["Pos.", "Bezeichnung", "Menge", "Einheit", "E-Preis €", "Gesamt €"],
        rows=[[str(i), d_, str(q), u, eur(p_), eur(b.line_amount(q, p_))] for i, (d_, q, u, p_, _r) in enumerate(b.lines, 1)],
        widths=[0.06, 0.5, 0.08, 0.1, 0.12, 0.14],
        right_from=2,
        totals=[
            ("Nettobetrag", eur(net) + " €"),
            ("zzgl. 19 % USt.", eur(sum(vat.values())) + " €"),
            ("*Rechnungsbetrag", eur(total) + " €"),
        ],
        notes=[
            "Zahlbar bis 16.11.2023 ohne Abzug.",
            f"Bei Zahlung innerhalb von 10 Tagen ab Rechnungsdatum gewähren wir 2 % Skonto ({eur(sk)} €),",
            f"Zahlbetrag bei Skontoabzug {eur(total - sk)} €.",
        ],
        footer=[
            "Spielmobil Rheinland GmbH · Geschäftsführer: Jörg Esser · Amtsgericht Köln HRB 91742 · USt-IdNr. DE318204776",
            "Sparkasse KölnBonn · IBAN DE71 3705 0198 1932 4471 05 · BIC COLSDE33XXX",
        ],
    )
    b.__dict__["_skonto"] = sk
    return b, spec


def french_bill() -> tuple[Bill4, dict]:
    b = Bill4(
        number="F2023-118",
        date="2023-11-06",
        due="2023-12-06",
        supplier="Clémence Rivaud – Médiation interculturelle",
        currency="EUR",
        lang="fr",
        lines=[
            ("Formation « Médiation de quartier » – 2 journées", 2, "jour", "650.00", 0),
            ("Préparation et supports pédagogiques", 1, "forfait", "380.00", 0),
            ("Frais de déplacement Lyon–Hässleholm (sur justificatifs)", 1, "forfait", "512.40", 0),
        ],
    )
    _, vat, net, total = b.amounts()
    fr = lambda v: eur(v, " ", ",")  # noqa: E731
    spec = dict(
        layout="centered",
        accent="#2c3e50",
        title="FACTURE",
        fmt=fr,
        font=("Times-Roman", "Times-Bold"),
        supplier=[
            "Clémence Rivaud – Médiation interculturelle",
            "Entrepreneur individuel",
            "17 rue Saint-Jean, 69005 Lyon, France",
            "SIRET 852 417 309 00021 · clemence.rivaud@mediation-cr.fr",
        ],
        buyer_label="Facturé à",
        buyer=["Hässleholms kommun", "Omsorgsförvaltningen", "281 80 Hässleholm", "Suède"],
        meta=[
            ("Facture n°", b.number),
            ("Date :", "06/11/2023"),
            ("Échéance :", "06/12/2023"),
            ("Prestation du", "16/10/2023 au 17/10/2023"),
        ],
        cols=["Désignation", "Qté", "Unité", "P.U. HT", "Total HT"],
        rows=[[d_, str(q), u, fr(p_), fr(b.line_amount(q, p_))] for d_, q, u, p_, _r in b.lines],
        widths=[0.52, 0.08, 0.12, 0.13, 0.15],
        totals=[("Total HT", fr(net) + " €"), ("TVA", "—"), ("*Net à payer", fr(total) + " €")],
        notes=[
            "TVA non applicable, art. 293 B du CGI.",
            "Paiement par virement à réception. Pas d'escompte pour paiement anticipé.",
            "En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €.",
        ],
        footer=["IBAN FR76 1027 8073 9100 0204 7310 163 · BIC CMCIFR2A · Dispensé d'immatriculation au RCS et au RM"],
    )
    return b, spec


def italian_bill() -> tuple[Bill4, dict]:
    b = Bill4(
        number="2023/0291",
        date="2023-09-28",
        due="2023-10-28",
        supplier="Teatro Ragazzi Aperto S.r.l.",
        currency="EUR",
        lang="it",
        lines=[
            ("Laboratorio teatrale per ragazzi (5 incontri)", 5, "incontro", "420.00", 22),
            ("Spettacolo finale con tecnico luci", 1, "serata", "1150.00", 22),
            ("Noleggio costumi", 1, "a corpo", "240.00", 22),
        ],
    )
    _, vat, net, total = b.amounts()
    spec = dict(
        layout="band",
        accent="#1e6f5c",
        title="FATTURA",
        fmt=eur,
        supplier=[
            "Teatro Ragazzi Aperto",
            "S.r.l.",
            "Via dei Mille 28",
            "40121 Bologna (BO)",
            "Italia",
            "",
            "Partita IVA",
            "IT03917461209",
            "Cod. Fiscale 03917461209",
            "REA BO-548802",
            "Cap. soc. € 10.000 i.v.",
        ],
        buyer_label="Spett.le",
        buyer=[
            "Emmaboda kommun",
            "Kultur- och fritidsförvaltningen",
            "Box 54",
            "361 21 Emmaboda (Svezia)",
            "Partita IVA cliente: SE212000065901",
        ],
        meta=[
            ("Fattura n.", b.number),
            ("Data", "28/09/2023"),
            ("Scadenza", "28/10/2023"),
            ("Rif. ordine", "KFN 2023/41"),
            ("Pagamento", "Bonifico bancario 30 gg d.f."),
        ],
        cols=["Descrizione", "Q.tà", "U.M.", "Prezzo", "Importo"],
        rows=[[d_, str(q), u, eur(p_), eur(b.line_amount(q, p_))] for d_, q, u, p_, _r in b.lines],
        widths=[0.46, 0.08, 0.14, 0.15, 0.17],
        totals=[("Imponibile", eur(net)), ("IVA 22%", eur(sum(vat.values()))), ("*Totale documento €", eur(total))],
        notes=[
            "Operazione con IVA italiana: prestazione culturale resa secondo",
            "contratto del 12/06/2023.",
            "IBAN IT60 X054 2811 1010 0000 0123 456 · BIC BPMOIT22XXX",
        ],
        footer=["Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72; l'originale è disponibile nell'area riservata SdI."],
    )
    return b, spec


def dutch_bill() -> tuple[Bill4, dict]:
    b = Bill4(
        number="2023-30412",
        date="2023-11-21",
        due="2023-12-05",
        supplier="Jeugdwerk Academie Utrecht B.V.",
        currency="EUR",
        lang="nl",
        lines=[
            ("Training 'Outreachend werken met jongeren', 2 dagdelen", 1, "st", "1850.00", 21),
            ("Werkboek deelnemers", 14, "st", "24.50", 9),
            ("Lunch en koffie deelnemers", 14, "pp", "18.75", 9),
            ("Reiskosten trainer (vlucht AMS–GOT)", 1, "st", "412.00", 21),
        ],
    )
    _, vat, net, total = b.amounts()
    per_rate, *_ = b.amounts()
    nl = lambda v: "€ " + eur(v)  # noqa: E731
    spec = dict(
        layout="rightmeta",
        accent="#e67e22",
        title="FACTUUR",
        fmt=eur,
        zebra=True,
        supplier=["Jeugdwerk Academie Utrecht B.V.", "Oudegracht 218, 3511 NT Utrecht, Nederland", "KvK 74190228 · btw-nr. NL859917402B01"],
        buyer_label="Factuuradres",
        buyer=["Höganäs kommun", "Socialförvaltningen", "263 82 Höganäs", "Zweden", "btw-nr. SE212000106301"],
        meta=[
            ("Factuurnummer", b.number),
            ("Factuurdatum", "21-11-2023"),
            ("Vervaldatum", "05-12-2023"),
            ("Uw referentie", "SOC 2023/488"),
        ],
        cols=["Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"],
        rows=[[d_, str(q), nl(p_), f"{r}%", nl(b.line_amount(q, p_))] for d_, q, _u, p_, r in b.lines],
        widths=[0.5, 0.09, 0.15, 0.08, 0.18],
        totals=[
            ("Subtotaal excl. btw", nl(net)),
            (f"Btw 9% over {nl(per_rate[D(9)])}", nl(vat[D(9)])),
            (f"Btw 21% over {nl(per_rate[D(21)])}", nl(vat[D(21)])),
            ("*Totaal incl. btw", nl(total)),
        ],
        notes=["Graag binnen 14 dagen overmaken op NL42 RABO 0317 5580 29 (BIC RABONL2U)", "o.v.v. betalingskenmerk 3004 1220 2330 4121."],
        footer=["Op al onze diensten zijn de algemene voorwaarden van Jeugdwerk Academie Utrecht B.V. van toepassing."],
    )
    return b, spec


def uk_bill() -> tuple[Bill4, dict]:
    b = Bill4(
        number="INV-004817",
        date="2023-11-14",
        due="2023-12-14",
        supplier="Brightside Youth Resources Ltd",
        currency="GBP",
        lang="en",
        discount_pct=D(10),
        lines=[
            ("Street-based youth work toolkit (box set)", 6, "set", "145.00", 20),
            ("Online licence, 12 months, up to 20 users", 1, "licence", "960.00", 20),
            ("Facilitator handbook", 12, "each", "18.50", 20),
        ],
    )
    _, vat, net, total = b.amounts()
    gross_lines = sum((b.line_amount(q, p_) for _, q, _, p_, _ in b.lines), D(0))
    gb = lambda v: "£" + eur(v, ",", ".")  # noqa: E731
    spec = dict(
        layout="band",
        accent="#34495e",
        title="TAX INVOICE",
        fmt=eur,
        supplier=[
            "Brightside Youth",
            "Resources Ltd",
            "Unit 4, Calder Works",
            "Hebden Bridge HX7 8AD",
            "United Kingdom",
            "",
            "VAT Reg. No.",
            "GB 284 5519 07",
            "Company No. 09931145",
        ],
        buyer_label="Invoice to",
        buyer=["Finspångs kommun", "Socialförvaltningen", "612 80 Finspång", "Sweden"],
        meta=[
            ("Invoice no.", b.number),
            ("Invoice date", "14 November 2023"),
            ("Tax point", "14 November 2023"),
            ("Payment terms", "30 days"),
            ("PO number", "SN-2023-5521"),
        ],
        cols=["Description", "Qty", "Unit price", "Net"],
        rows=[[d_, str(q), gb(p_), gb(b.line_amount(q, p_))] for d_, q, _u, p_, _r in b.lines],
        widths=[0.52, 0.1, 0.18, 0.2],
        totals=[
            ("Goods and services", gb(gross_lines)),
            ("Less 10% public-sector discount", "-" + gb(b.discount())),
            ("Net total", gb(net)),
            ("VAT @ 20%", gb(sum(vat.values()))),
            ("*Total due (GBP)", gb(total)),
        ],
        notes=[
            "Please pay by bank transfer quoting the invoice number.",
            "Barclays · Sort code 20-45-77 · Account 53928814",
            "IBAN GB29 BARC 2045 7753 9288 14 · BIC BARCGB22",
        ],
        footer=["Brightside Youth Resources Ltd is registered in England and Wales."],
    )
    return b, spec


@case
def invoices_europa6():
    d = fresh("invoices-europa6")
    made = [
        ("Rechnung RE-2023-10877 Spielmobil Rheinland.pdf", german_bill()),
        ("Facture F2023-118 Rivaud.pdf", french_bill()),
        ("Fattura 2023-0291 Teatro Ragazzi Aperto.pdf", italian_bill()),
        ("Factuur 2023-30412 Jeugdwerk Academie.pdf", dutch_bill()),
        ("INV-004817 Brightside Youth Resources.pdf", uk_bill()),
    ]
    files = {}
    for name, (b, spec) in made:
        draw_bill6(d / name, b, spec)
        assert len(page_texts(d / name)) == 1
        g = b.gold()
        files[name] = g
    de = files["Rechnung RE-2023-10877 Spielmobil Rheinland.pdf"]
    de["skonto"] = {"rate": "2", "days": 10, "amount": f"{made[0][1][0].__dict__['_skonto']:.2f}"}
    uk = files["INV-004817 Brightside Youth Resources.pdf"]
    uk["invoice_lines"][-1]["description"] = "Less 10% public-sector discount"
    write_gold(
        d,
        files,
        "Five European suppliers in new layouts, each to a municipality of this corpus. (1) A German RECHNUNG "
        "(EUR, 19 %, 'Rechnungs-Nr.', '17.10.2023', Leistungsdatum '26.–27.08.2023') with a SKONTO offer (2 % "
        "within 10 days: the Skonto sum and the reduced 'Zahlbetrag bei Skontoabzug' are printed, but total is "
        "the full Rechnungsbetrag). (2) A French sole trader's FACTURE, 'TVA non applicable, art. 293 B du CGI' "
        "(vat 0.00, total = net, 'Net à payer'), SIRET, '06/11/2023', Times, centred letterhead under a double "
        "rule. (3) An Italian FATTURA with a green side band holding the supplier and its 'Partita IVA', "
        "'Imponibile' / 'IVA 22%' / 'Totale documento €', number '2023/0291', '28/09/2023'. (4) A Dutch FACTUUR "
        "with BTW 9 % and 21 % per line ('Btw 9% over € 605,50'), zebra rows, '€ 1.850,00' (euro sign first), "
        "'21-11-2023', a Betalingskenmerk. (5) A UK TAX INVOICE in GBP, VAT 20 %, a 10 % public-sector DISCOUNT "
        "line deducted before the net (in invoice_lines with a negative amount, no quantity), '£1,234.56', "
        "'14 November 2023', VAT Reg. No. and a tax point.",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
