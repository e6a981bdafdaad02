"""Re-create the fourth blind genre corpus: tests/data/genre4/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre4.py [CASE ...]

A fourth corpus made like tests/data/genre/, genre2/ and genre3/, in house styles, amount formats,
word processors, scanners and invoice layouts none of them has, so that it measures the pipeline on
documents nobody tuned it on. Every person, amount, sentence, company and invoice number is
invented (municipality names are real). Gold is written from this generator's own data; page
numbers are found by looking text up in the finished PDFs (pypdfium2), never by running granttrail.

Deterministic for the reportlab and scanned files. Cases made with tools that stamp the time into
the PDF (LibreOffice, chromium) are rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when their PDF is
missing; their gold is always recomputed from the committed PDF. Building blocks come from
genre_kit.py (ledger, pages, scans, the case registry) and genre2.py / genre3.py (the Bill invoice
model, response_gold, the ledgers with their amount formats).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import response_gold  # noqa: E402
from genre3 import Ledger3  # noqa: E402
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
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Table, TableStyle  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre4"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case, fresh = _CASES.case, _CASES.fresh
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre4-build")

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


def words_sv(n: int) -> str:
    """12000 -> 'tolvtusen', 42500 -> 'fyrtiotvåtusen femhundra' (as a letter writes it out)."""

    def below_thousand(x: int) -> str:
        s = ""
        if x >= 100:
            s += ("ett" if x // 100 == 1 else ONES[x // 100]) + "hundra"
            x %= 100
        if x >= 20:
            s += TENS[x // 10] + ONES[x % 10]
        else:
            s += ONES[x]
        return s

    th, rest = divmod(n, 1000)
    out = (("ett" if th == 1 else below_thousand(th)) + "tusen") if th else ""
    if rest:
        out += (" " if out else "") + below_thousand(rest)
    return out


class Ledger4(Ledger3):
    """The amount formats of this corpus' house styles, on top of genre2's and genre3's."""

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        own = {
            "dashkr": f"{g},- kr",  # "12 500,- kr"
            "ord": f"{words_sv(int(v))} ({g}) kronor",  # "tolvtusen (12 000) kronor": one mention
            "sekdash": f"SEK {g}:-",  # "SEK 12 500:-"
            "ktkr": f"{str((v / 1000).normalize()).replace('.', ',')} tkr",  # "12,5 tkr"
            "knok": f"kr {group(v, '.', 'always')}",  # "kr 12.500,00"
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger4  # render_pdf's page-counting pass makes its ledger by this name


def signature_row(people: list[list[str]], font: str = "Helvetica", width_cm: float = 5.2) -> tuple:
    """Signatures side by side: a line to sign on, then name and role under it."""
    cells = [["\n\n______________________\n" + "\n".join(p) for p in people]]
    t = Table(cells, colWidths=[width_cm * cm] * len(people), hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return ("flowable", t)


def ledger_append(L: Ledger4, *vals, optional: bool = False) -> None:
    """Amounts printed outside the ledger's tokens (a spreadsheet cell, an HTML cell)."""
    for v in vals:
        (L.optional if optional else L.values).append(D(v))


# ------------------------------------------------------------------------------------------
# 1. Uddevalla: the answer embedded in a committee's minutes extract ("Protokollsutdrag", "§ 112
#    Yttrande över …", "Ärendebeskrivning", "Beslutsunderlag" listing the attachments, "Beslut" as
#    att-clauses that state every position before the reasons are discussed), a justering line and
#    three signatures (ordförande, sekreterare, justerare). Amounts "12 500,- kr".

UDDEVALLA_ACTS = [
    Act("1", "Läxhjälp i Tureborg", D(84500), "disputes", ["unverifiable_costs"], ["1"], needle="Aktivitet 1. Läxhjälp i Tureborg"),
    Act(
        "2",
        "Sommarlovsaktiviteter för barn",
        D(64000),
        "accepts_full",
        ["outside_grant_period"],
        needle="Aktivitet 2. Sommarlovsaktiviteter",
    ),
    Act(
        "3",
        "Föräldracafé i Dalaberg",
        D(41200),
        "accepts_partial",
        ["excessive_cost"],
        ["2"],
        repay=D(15000),
        needle="Aktivitet 3. Föräldracafé i Dalaberg",
    ),
    Act(
        "4",
        "Områdesvärdar",
        D(126000),
        "disputes",
        ["ordinary_operations", "exercise_of_authority"],
        ["3", "4"],
        needle="Aktivitet 4. Områdesvärdar",
    ),
]


def uddevalla_blocks() -> list:
    k = "dashkr"
    return [
        ("rich", "small", "<b>UDDEVALLA KOMMUN</b><br/>PROTOKOLLSUTDRAG<br/>Socialnämnden<br/>Sammanträdesdatum 2025-02-19"),
        ("space", 8),
        ("h2", "§ 112 Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", "Dnr SN 2025/0031"),
        ("h3", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att som sitt yttrande till Socialstyrelsen över det preliminära beslutet om "
            "återkrav av statsbidrag till kommuner med utsatta områden 2022 (Socialstyrelsens dnr 9.1-60217/2024) anföra "
            "det som står under Ärendebeskrivning, samt",
        ),
        ("p", "att bestrida återkravet avseende aktivitet 1 och aktivitet 4,"),
        ("p", "att medge återkravet avseende aktivitet 2 i sin helhet,"),
        ("p", "att medge återkravet avseende aktivitet 3 med " + m(15000, k) + " och i övrigt bestrida det, samt"),
        ("p", "att paragrafen justeras omedelbart."),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Socialstyrelsen har i skrivelse 2025-01-20 meddelat att myndigheten avser att återkräva "
            + m(315700, k)
            + " av det statsbidrag om "
            + m(1250000, k)
            + " som kommunen tog emot för 2022. Kommunen har getts "
            "möjlighet att yttra sig senast 2025-02-28. Förvaltningen har gått igenom myndighetens bedömning av de fyra "
            "aktiviteterna.",
        ),
        (
            "rich",
            "p",
            "<b>Aktivitet 1. Läxhjälp i Tureborg</b> (" + m(84500, k) + "). Socialstyrelsen bedömer att "
            "kostnaderna inte kan styrkas eftersom fakturor för lokal och material saknas. Förvaltningen har nu "
            "tagit fram fakturorna och en sammanställning av timmarna, se bilaga 1. Läxhjälpen pågick två "
            "kvällar i veckan med omkring 30 elever.",
        ),
        (
            "rich",
            "p",
            "<b>Aktivitet 2. Sommarlovsaktiviteter för barn</b> (" + m(64000, k) + "). Enligt Socialstyrelsen "
            "genomfördes aktiviteterna sommaren 2023 och ligger därmed utanför bidragsperioden. Förvaltningen "
            "delar bedömningen.",
        ),
        (
            "rich",
            "p",
            "<b>Aktivitet 3. Föräldracafé i Dalaberg</b> (" + m(41200, k) + "). Socialstyrelsen anser att "
            "kostnaden för förtäring är oskäligt hög. Förvaltningen instämmer i att cateringen kunde ha "
            "upphandlats billigare och föreslår att " + m(15000, k) + " återbetalas. Underlag för övriga "
            "kostnader finns i bilaga 2.",
        ),
        (
            "rich",
            "p",
            "<b>Aktivitet 4. Områdesvärdar</b> (" + m(126000, k) + "). Socialstyrelsen menar att "
            "områdesvärdarna är en del av den ordinarie verksamheten och att deras uppdrag delvis utgör "
            "myndighetsutövning. Områdesvärdarna anställdes för projektet och har inga "
            "myndighetsuppgifter, vilket framgår av anställningsavtal och uppdragsbeskrivning (bilagorna 3 och 4).",
        ),
        ("p", "Sammantaget medger nämnden återkrav med " + m(79000, k) + "."),
        ("h3", "Beslutsunderlag"),
        (
            "p",
            "Tjänsteskrivelse 2025-02-05 från socialförvaltningen\n"
            "Bilaga 1 Fakturor och timsammanställning läxhjälp 2022\n"
            "Bilaga 2 Kostnadsunderlag föräldracafé\n"
            "Bilaga 3 Anställningsavtal områdesvärdar\n"
            "Bilaga 4 Uppdragsbeskrivning områdesvärdar",
        ),
        ("h3", "Beslutet skickas till"),
        ("p", "Socialstyrelsen, Avdelningen för statsbidrag\nEkonomienheten"),
        ("space", 10),
        ("p", "Justeringens plats och tid: Stadshuset, Uddevalla, 2025-02-19"),
        signature_row([["Ordförande", "Lars-Göran Ek (S)"], ["Sekreterare", "Hanna Vik"], ["Justerare", "Petra Borg (KD)"]]),
        ("space", 10),
        ("small", "Utdragsbestyrkande: Hanna Vik, nämndsekreterare, 0522-69 71 40, hanna.vik@uddevalla.se"),
    ]


@case
def prose_uddevalla():
    d = fresh("prose-uddevalla")
    L = Ledger4()
    name = "Protokollsutdrag SN 2025-02-19 § 112.pdf"
    pdf = render_pdf(
        d / name,
        uddevalla_blocks(),
        L,
        Page(font="Times-Roman", size_pt=11, footer="Justerandes sign. ______   Utdragsbestyrkande ______   {page}({pages})"),
    )
    g = response_gold(pdf, "Uddevalla kommun", "2025-02-19", UDDEVALLA_ACTS, L, municipality="Uddevalla")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "4", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Lars-Göran Ek", "role": "ordförande", "party": "S"},
        {"name": "Hanna Vik", "role": ["sekreterare", "nämndsekreterare"], "phone": "+46522697140", "email": "hanna.vik@uddevalla.se"},
        {"name": "Petra Borg", "role": "justerare", "party": "KD"},
    ]
    g["quantities"] = [{"value": 30, "unit": "elev"}]
    write_gold(
        d,
        {name: g},
        "A committee's minutes extract: '§ 112 Yttrande över …', the positions first as att-clauses under 'Beslut', "
        "then 'Ärendebeskrivning' with run-in bold activity lines, 'Beslutsunderlag' as the attachment list "
        "('Bilaga N title' lines after a Tjänsteskrivelse line), a justering line and three signatures "
        "(ordförande, sekreterare, justerare). Amounts '84 500,- kr'. doc_date: the meeting date.",
    )


# ------------------------------------------------------------------------------------------
# 2. Enköping: a tjänsteskrivelse sent as the answer: "Sammanfattning" and "Förslag till beslut"
#    (with the total) before the activities; every activity "N. Title" with a small ruled table
#    Beviljat / Använt / Återkrävt inside the prose; positions as the office's proposal
#    ("Förvaltningen föreslår att återkravet godtas"); amounts "SEK 12 500" in the text.

ENKOPING_ACTS = [
    Act(
        "1",
        "Fritidsgård Korsängen kvällstid",
        D(92000),
        "disputes",
        ["purpose_mismatch"],
        ["1"],
        needle="1. Fritidsgård Korsängen kvällstid",
    ),
    Act(
        "2",
        "Språkstöd för nyanlända föräldrar",
        D(38500),
        "accepts_full",
        ["missing_description"],
        needle="2. Språkstöd för nyanlända föräldrar",
    ),
    Act(
        "3",
        "Trygghetsvärdar på Centralstationen",
        D(150000),
        "accepts_partial",
        ["exercise_of_authority", "unverifiable_costs"],
        ["2", "3"],
        repay=D(45000),
        needle="3. Trygghetsvärdar på Centralstationen",
    ),
    Act("4", "Lovskola i Västerleden", D(27300), "disputes", ["outside_grant_period"], ["4"], needle="4. Lovskola i Västerleden"),
    Act(
        "5",
        "Kompetensutveckling för fältpersonal",
        D(19800),
        "accepts_full",
        ["ordinary_operations"],
        needle="5. Kompetensutveckling för fältpersonal",
    ),
]
ENKOPING_USE = {"1": (180000, 176400), "2": (60000, 38500), "3": (250000, 243900), "4": (40000, 27300), "5": (20000, 19800)}
ENKOPING_TEXT = {
    "1": (
        "Socialstyrelsen bedömer att fritidsgårdens kvällsöppet är en generell fritidsverksamhet som inte har "
        "samband med bidragets syfte att minska brottsligheten i området.",
        "Förvaltningen delar inte den bilden. Kvällsöppet riktades till unga som rekryterats till kriminella nätverk, "
        "och de 14 ungdomar som deltog anvisades av fältgruppen (bilaga 1). Förvaltningen föreslår att nämnden "
        "bestrider återkravet.",
    ),
    "2": (
        "Socialstyrelsen anser att insatsen saknar en beskrivning som gör det möjligt att bedöma den.",
        "Förvaltningen kan inte i efterhand ta fram någon sådan beskrivning och föreslår att återkravet godtas.",
    ),
    "3": (
        "Socialstyrelsen bedömer att värdarna har utfört uppgifter som är myndighetsutövning och att lönekostnaderna inte är styrkta.",
        "Värdarna har inte fattat beslut om enskilda, men under hösten ingick ordningsvakter i bemanningen, och den "
        "delen kan förvaltningen inte försvara. Lönekostnaderna framgår av lönelistorna i bilaga 2 och avtalet i "
        "bilaga 3. Förvaltningen föreslår att nämnden återbetalar " + m(45000, "sek") + " av det återkrävda beloppet "
        "och bestrider resten.",
    ),
    "4": (
        "Socialstyrelsen anser att lovskolan genomfördes efter bidragsperioden.",
        "Lovskolan hölls under höstlovet 2022, vecka 44, vilket framgår av schemat (bilaga 4). Förvaltningen föreslår "
        "att nämnden bestrider återkravet.",
    ),
    "5": (
        "Socialstyrelsen bedömer att utbildningen av den egna personalen är ordinär kompetensutveckling.",
        "Förvaltningen föreslår att återkravet godtas.",
    ),
}


def enkoping_blocks() -> list:
    k = "sek"
    blocks = [
        ("rich", "small", "ENKÖPINGS KOMMUN<br/>Vård- och omsorgsförvaltningen<br/>Tjänsteskrivelse 2025-02-11<br/>Dnr VON 2025/14"),
        ("p", "Mottagare: Socialstyrelsen, enheten för statsbidrag (er beteckning 9.1-58830/2024)"),
        ("h1", "Yttrande över preliminärt beslut om återkrav – statsbidrag till kommuner med utsatta områden 2022"),
        ("h3", "Sammanfattning"),
        (
            "p",
            "Socialstyrelsen avser att återkräva " + m(327600, k) + " av kommunens bidrag för 2022. Förvaltningen har gått "
            "igenom de fem aktiviteter som myndigheten ifrågasätter. I två fall godtas återkravet, i ett fall delvis och "
            "i två fall bestrids det.",
        ),
        ("h3", "Förslag till beslut"),
        (
            "p",
            "Vård- och omsorgsnämnden föreslås besluta att överlämna denna tjänsteskrivelse som sitt yttrande till "
            "Socialstyrelsen och att godta återkrav med sammanlagt " + m(103300, k) + ".",
        ),
        ("h3", "Ärendet"),
        (
            "p",
            "Nedan redovisas varje aktivitet med de belopp som Socialstyrelsen anger: beviljat bidrag, använt bidrag "
            "och återkrävt belopp, följt av myndighetens bedömning och förvaltningens kommentar.",
        ),
    ]
    for a in ENKOPING_ACTS:
        granted, used = ENKOPING_USE[a.no]
        assess, answer = ENKOPING_TEXT[a.no]
        blocks += [
            ("h2", f"{a.no}. {a.title}"),
            (
                "table",
                [["Beviljat", "Använt", "Återkrävt"], [m(granted, "bare"), m(used, "bare"), m(a.claimed, "bare")]],
                dict(widths=[0.22, 0.22, 0.22], ruled=True, align_right=[0, 1, 2], shade=True),
            ),
            ("rich", "p", "<i>Socialstyrelsens bedömning.</i> " + assess),
            ("rich", "p", "<i>Förvaltningens kommentar.</i> " + answer),
        ]
    blocks += [
        ("h3", "Bilagor"),
        (
            "p",
            "1. Anvisningslista fältgruppen 2022\n2. Lönelistor trygghetsvärdar juli–december 2022\n"
            "3. Avtal med bevakningsföretag\n4. Schema lovskola höstlovet 2022",
        ),
        ("space", 12),
        ("p", "Karin Söderholm\nförvaltningschef"),
        ("p", "Mats Hedlund\nutredare, 0171-62 54 08, mats.hedlund@enkoping.se"),
    ]
    return blocks


@case
def prose_enkoping():
    d = fresh("prose-enkoping")
    L = Ledger4()
    name = "Tjänsteskrivelse yttrande återkrav VON 2025-14.pdf"
    pdf = render_pdf(
        d / name,
        enkoping_blocks(),
        L,
        Page(font="Helvetica", size_pt=10, header="Enköpings kommun · Tjänsteskrivelse", footer="Sida {page} av {pages}"),
    )
    g = response_gold(pdf, "Enköpings kommun", "2025-02-11", ENKOPING_ACTS, L, municipality="Enköping")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "4", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Karin Söderholm", "role": "förvaltningschef"},
        {"name": "Mats Hedlund", "role": "utredare", "phone": "+46171625408", "email": "mats.hedlund@enkoping.se"},
    ]
    g["quantities"] = [{"value": 14, "unit": "ungdom"}]
    write_gold(
        d,
        {name: g},
        "A tjänsteskrivelse sent as the answer: 'Sammanfattning' and 'Förslag till beslut' (with the totals) before "
        "the activities; each 'N. Title' followed by a small ruled table Beviljat / Använt / Återkrävt (all three "
        "are amounts printed in the response; only Återkrävt is the claim); positions as the office's proposal "
        "('föreslår att återkravet godtas', 'föreslår att nämnden bestrider'); 'SEK 45 000'.",
    )


# ------------------------------------------------------------------------------------------
# 3. Sandviken: a letter that talks to the agency in the second person ("Ni skriver att …", "I ert
#    beslut anges att …"); headings "Er punkt N: Title"; positions "har inga invändningar",
#    "delar inte bedömningen", "avstår från att yttra sig … men återbetalar frivilligt"; amounts
#    "12,5 tkr", "tolvtusen (12 000) kronor", "SEK 12 500:-".

SANDVIKEN_ACTS = [
    Act("1", "Mötesplats Nya Bruket", D(112500), "accepts_full", ["unverifiable_costs"], needle="Er punkt 1: Mötesplats Nya Bruket"),
    Act("2", "Ungdomsledare i Norrsätra", D(86000), "disputes", ["ordinary_operations"], ["1", "2"], needle="Er punkt 2: Ungdomsledare"),
    Act("3", "Kvinnogrupp och simskola", D(12000), "accepts_full", ["purpose_mismatch"], needle="Er punkt 3: Kvinnogrupp"),
    Act("4", "Trygghetsmätning 2022", D(47250), "disputes", ["description_mismatch"], ["3"], needle="Er punkt 4: Trygghetsmätning"),
    Act(
        "5",
        "Familjeläger på Högbo",
        D(64800),
        "accepts_partial",
        ["excessive_cost"],
        ["4"],
        repay=D(20000),
        needle="Er punkt 5: Familjeläger",
    ),
]


def sandviken_blocks() -> list:
    return [
        ("rich", "p", "<b>Sandvikens kommun</b><br/>Kommunstyrelsen"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("p", "Sandviken 2025-02-14\nVår referens: KS 2025/88\nEr referens: 9.1-57412/2024"),
        ("h2", "Svar på er skrivelse om återkrav av statsbidrag för 2022"),
        (
            "p",
            "Tack för er skrivelse av den 16 januari 2025. Ni meddelar att ni avser att återkräva "
            + m(322550, "ktkr")
            + " av kommunens bidrag. Vi svarar nedan på era fem punkter i samma ordning som ni tog upp dem.",
        ),
        ("h3", "Er punkt 1: Mötesplats Nya Bruket"),
        (
            "p",
            "Ni skriver att kommunen inte har kunnat visa vad " + m(112500, "sekdash") + " av kostnaderna för mötesplatsen "
            "avser. Vi har sökt underlaget i ekonomisystemet utan att hitta det. Kommunen har inga invändningar mot "
            "återkravet.",
        ),
        ("h3", "Er punkt 2: Ungdomsledare i Norrsätra"),
        (
            "p",
            "I ert beslut anges att de två ungdomsledarna (" + m(86000, "ktkr") + ") hör till kommunens ordinarie "
            "fritidsverksamhet. Vi delar inte bedömningen. Tjänsterna inrättades i april 2022 med bidraget som enda "
            "finansiering och avslutades när det tog slut, se bilaga 1 och bilaga 2.",
        ),
        ("h3", "Er punkt 3: Kvinnogrupp och simskola"),
        (
            "p",
            "Ni anser att simskolan för vuxna kvinnor inte har samband med bidragets syfte. Kommunen avstår från att "
            "yttra sig över den bedömningen men återbetalar frivilligt hela beloppet, " + m(12000, "ord") + ".",
        ),
        ("h3", "Er punkt 4: Trygghetsmätning 2022"),
        (
            "p",
            "Ni skriver att mätningen som beskrivs i ansökan inte stämmer med de kostnader som redovisats, "
            + m(47250, "sekdash")
            + ". Kostnaderna avser enkäten till 1 200 hushåll och den analys som beskrivs i ansökan; se "
            "leverantörens specifikation i bilaga 3. Vi delar inte bedömningen och anser att återkravet ska falla.",
        ),
        ("h3", "Er punkt 5: Familjeläger på Högbo"),
        (
            "p",
            "I ert beslut anges att kostnaden för lägret, " + m(64800, "ktkr") + ", är för hög för 18 familjer. Vi kan "
            "hålla med om att logikostnaden blev hög. Kommunen återbetalar därför " + m(20000, "ord") + " men anser "
            "att resten av kostnaden var rimlig (bilaga 4).",
        ),
        ("h3", "Sammanfattning"),
        ("p", "Kommunen återbetalar " + m(144500, "ktkr") + " och bestrider återkravet i övrigt."),
        (
            "p",
            "Bifogat:\n1 Beslut om inrättande av tjänster, 2022-03-29\n2 Anställningsbevis ungdomsledare\n"
            "3 Specifikation trygghetsmätning\n4 Kostnadssammanställning familjeläger",
        ),
        ("space", 10),
        ("p", "Med vänlig hälsning"),
        ("p", "Anneli Forsgren (S)\nkommunstyrelsens ordförande"),
        ("small", "Handläggare: Johan Wiklund, 026-24 17 93, johan.wiklund@sandviken.se"),
    ]


@case
def prose_sandviken():
    d = fresh("prose-sandviken")
    L = Ledger4()
    name = "Sandviken svar till Socialstyrelsen KS 2025-88.pdf"
    pdf = render_pdf(d / name, sandviken_blocks(), L, Page(font="Times-Roman", size_pt=11.5, footer="{page}/{pages}"))
    g = response_gold(pdf, "Sandvikens kommun", "2025-02-14", SANDVIKEN_ACTS, L, municipality="Sandviken")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "5", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Anneli Forsgren", "role": "ordförande", "party": "S"},
        {"name": "Johan Wiklund", "role": "handläggare", "phone": "+4626241793", "email": "johan.wiklund@sandviken.se"},
    ]
    g["quantities"] = [{"value": 1200, "unit": "hushåll"}, {"value": 18, "unit": "familj"}]
    write_gold(
        d,
        {name: g},
        "A letter in the second person: 'Ni skriver att …', 'I ert beslut anges att …'; headings 'Er punkt N: Title'; "
        "positions 'har inga invändningar' (accepts), 'delar inte bedömningen' (disputes), 'avstår från att yttra "
        "sig … men återbetalar frivilligt hela beloppet' (accepts), 'återbetalar därför tjugotusen (20 000) kronor' "
        "(partial); amounts '322,55 tkr', 'SEK 112 500:-', 'tolvtusen (12 000) kronor' (one mention each); list "
        "'Bifogat:' with '1 title' lines.",
    )


# ------------------------------------------------------------------------------------------
# 4. Katrineholm: activities numbered by the agency's own case ids ("Ärende 2.3.1", activity_no
#    "2.3.1"), attachments lettered A–F and referenced as "enligt underlaget i bilaga C", a range
#    "bilagorna A–C", a letter (F) listed but referenced nowhere (unreferenced_attachment).

KATRINEHOLM_ACTS = [
    Act(
        "2.3.1",
        "Uppsökande arbete i Järvenområdet",
        D(138000),
        "disputes",
        ["unverifiable_costs", "description_mismatch"],
        ["A", "B", "C"],
        needle="Ärende 2.3.1",
    ),
    Act("2.3.2", "Idrott på lov i Nävertorp", D(56400), "accepts_full", ["outside_grant_period"], needle="Ärende 2.3.2"),
    Act(
        "2.4.1",
        "Stöd till föräldraföreningar",
        D(73000),
        "accepts_partial",
        ["purpose_mismatch"],
        ["D"],
        repay=D(23000),
        needle="Ärende 2.4.1",
    ),
    Act("3.1.1", "Kameraövervakning vid Backavallen", D(210000), "accepts_full", ["conditions_not_met"], needle="Ärende 3.1.1"),
    Act("3.1.2", "Utbildning i våldsprevention", D(48500), "disputes", ["ordinary_operations"], ["E"], needle="Ärende 3.1.2"),
]


def katrineholm_blocks() -> list:
    k = "kronor"
    return [
        ("rich", "p", "<b>KATRINEHOLMS KOMMUN</b><br/>Social- och omsorgsförvaltningen"),
        ("p", "Datum: 2025-02-24    Diarienummer: SOCN/2025:17\nTill: Socialstyrelsen (ert dnr 9.1-61120/2024)"),
        ("h1", "Yttrande angående återkrav av statsbidrag 2022"),
        (
            "p",
            "Socialstyrelsen har delat upp sin granskning i ärenden med egna nummer. Kommunen använder samma numrering "
            "nedan. Det sammanlagda återkravet uppgår till " + m(525900, k) + ".",
        ),
        ("h2", "Ärende 2.3.1 – Uppsökande arbete i Järvenområdet"),
        ("p", "Återkrav: " + m(138000, k)),
        (
            "p",
            "Socialstyrelsen bedömer att kostnaderna inte är verifierade och att de inte stämmer med beskrivningen i "
            "ansökan. Kommunen har sammanställt verifikationer för samtliga kostnader (bilagorna A–C). Enligt "
            "underlaget i bilaga C motsvarar kostnaderna exakt de två tjänster som beskrevs i ansökan. Kommunen "
            "bestrider återkravet.",
        ),
        ("h2", "Ärende 2.3.2 – Idrott på lov i Nävertorp"),
        ("p", "Återkrav: " + m(56400, k)),
        ("p", "Socialstyrelsen konstaterar att verksamheten genomfördes sommaren 2023. Det stämmer, och kommunen godtar återkravet."),
        ("h2", "Ärende 2.4.1 – Stöd till föräldraföreningar"),
        ("p", "Återkrav: " + m(73000, k)),
        (
            "p",
            "Socialstyrelsen anser att bidragen till föräldraföreningarna inte har koppling till bidragets syfte. Två "
            "av de fem föreningarna bedrev nattvandring, vilket framgår enligt underlaget i bilaga D. Kommunen godtar "
            "återkravet till den del det avser de tre övriga föreningarna, " + m(23000, k) + ".",
        ),
        ("h2", "Ärende 3.1.1 – Kameraövervakning vid Backavallen"),
        ("p", "Återkrav: " + m(210000, k)),
        (
            "p",
            "Socialstyrelsen bedömer att villkoren för bidraget inte uppfylls, eftersom kameraövervakning inte är en "
            "förebyggande social insats. Kommunen godtar återkravet.",
        ),
        ("h2", "Ärende 3.1.2 – Utbildning i våldsprevention"),
        ("p", "Återkrav: " + m(48500, k)),
        (
            "p",
            "Socialstyrelsen menar att utbildningen är ordinarie kompetensutveckling. Utbildningen vände sig till "
            "ideella ledare i området och inte till kommunens personal, enligt underlaget i bilaga E. Kommunen "
            "bestrider återkravet.",
        ),
        ("h2", "Bilagor"),
        (
            "table",
            [
                ["Bilaga", "Handling"],
                ["A", "Verifikationslista uppsökande arbete 2022"],
                ["B", "Lönespecifikationer fältsekreterare"],
                ["C", "Jämförelse ansökan – utfall"],
                ["D", "Verksamhetsberättelser föräldraföreningar"],
                ["E", "Deltagarförteckning utbildning i våldsprevention"],
                ["F", "Kommunens riktlinjer för föreningsbidrag"],
            ],
            dict(widths=[0.12, 0.7], ruled=False),
        ),
        ("space", 8),
        ("p", "Katrineholm som ovan\n\nSara Lundqvist\nsocialdirektör"),
        ("small", "Kontaktperson: Ahmed Karimi, controller, ahmed.karimi@katrineholm.se, 0150-570 33"),
    ]


@case
def prose_katrineholm():
    d = fresh("prose-katrineholm")
    L = Ledger4()
    name = "Yttrande SOCN 2025-17 Katrineholm.pdf"
    pdf = render_pdf(
        d / name,
        katrineholm_blocks(),
        L,
        Page(font="Helvetica", size_pt=10.5, footer="{page} ({pages})", header="Katrineholms kommun – SOCN/2025:17"),
    )
    g = response_gold(pdf, "Katrineholms kommun", "2025-02-24", KATRINEHOLM_ACTS, L, municipality="Katrineholm")
    g["attachments"] = [
        {"attachment_id": "A", "activity_no": "2.3.1", "invoice_number": None},
        {"attachment_id": "B", "activity_no": "2.3.1", "invoice_number": None},
        {"attachment_id": "C", "activity_no": "2.3.1", "invoice_number": None},
        {"attachment_id": "D", "activity_no": "2.4.1", "invoice_number": None},
        {"attachment_id": "E", "activity_no": "3.1.2", "invoice_number": None},
        {"attachment_id": "F", "activity_no": None, "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = [{"activity_no": None, "check": "unreferenced_attachment"}]
    g["checks_allowed"] = [{"activity_no": None, "check": "attachment_file_missing"}]
    g["people"] = [
        {"name": "Sara Lundqvist", "role": "socialdirektör"},
        {"name": "Ahmed Karimi", "role": "controller", "phone": "+4615057033", "email": "ahmed.karimi@katrineholm.se"},
    ]
    write_gold(
        d,
        {name: g},
        "Activities numbered by the agency's case ids ('Ärende 2.3.1 – Title', activity_no '2.3.1', a number that "
        "is not the activity's position), 'Återkrav: 138 000 kronor' under each heading; attachments lettered A–F in "
        "an unruled two-column table; references 'bilagorna A–C' (a range of letters) and 'enligt underlaget i "
        "bilaga C'; F is listed and never referenced (unreferenced_attachment).",
    )


# ------------------------------------------------------------------------------------------
# 5. Alingsås: written by the municipality's lawyer in the form of a court pleading: "YRKANDE",
#    "GRUNDER", "UTVECKLING AV GRUNDERNA", "BEVISNING" (the attachments, each with what it is to
#    prove); activities "Delprojekt N"; positions "vitsordar" (accepts), "bestrider", "vitsordar
#    återkrav med … men bestrider det överskjutande"; amounts "kr 12.500,00".

ALINGSAS_ACTS = [
    Act("1", "Mentorer i Noltorp", D(96000), "disputes", ["unverifiable_costs"], ["1"], needle="Delprojekt 1 – Mentorer i Noltorp"),
    Act("2", "Helgöppen simhall", D(44800), "accepts_full", ["purpose_mismatch"], needle="Delprojekt 2 – Helgöppen simhall"),
    Act(
        "3",
        "Föräldrautbildning ABC",
        D(67500),
        "accepts_partial",
        ["excessive_cost"],
        ["2"],
        repay=D(12500),
        needle="Delprojekt 3 – Föräldrautbildning ABC",
    ),
    Act(
        "4",
        "Samverkan med polisen i Brogården",
        D(118200),
        "disputes",
        ["exercise_of_authority"],
        ["3", "4"],
        needle="Delprojekt 4 – Samverkan med polisen",
    ),
]


def alingsas_blocks() -> list:
    k = "knok"
    return [
        ("rich", "p", "<b>ALINGSÅS KOMMUN</b><br/>Kommunledningskontoret, juridiska enheten"),
        (
            "p",
            "Alingsås 2025-02-26\nÄrende: 9.1-59903/2024 – preliminärt beslut om återkrav, statsbidrag till kommuner med "
            "utsatta områden 2022\nKommunens dnr: KS 2025/0112",
        ),
        ("p", "Till Socialstyrelsen"),
        ("h1", "YTTRANDE"),
        ("h3", "YRKANDE"),
        (
            "p",
            "Kommunen yrkar att Socialstyrelsen avstår från återkrav avseende delprojekt 1 och 4, samt att återkravet "
            "avseende delprojekt 3 sätts ned till " + m(12500, k) + ". Kommunen vitsordar återkravet avseende delprojekt 2.",
        ),
        ("h3", "GRUNDER"),
        (
            "p",
            "Kostnaderna i delprojekt 1 är styrkta. Delprojekt 4 har inte inneburit myndighetsutövning. Kostnaden i "
            "delprojekt 3 är skälig utom såvitt avser kursmaterialet.",
        ),
        ("h3", "UTVECKLING AV GRUNDERNA"),
        ("h3", "Delprojekt 1 – Mentorer i Noltorp"),
        (
            "p",
            "Socialstyrelsen har återkrävt " + m(96000, k) + " med motiveringen att kostnaderna inte kan verifieras. "
            "Mentorerna arvoderades via kommunens lönesystem. Utdrag ur lönesystemet ges in (bilaga 1). Kommunen "
            "bestrider återkravet.",
        ),
        ("h3", "Delprojekt 2 – Helgöppen simhall"),
        (
            "p",
            "Återkravet uppgår till " + m(44800, k) + ". Socialstyrelsen bedömer att öppethållandet inte är förenligt "
            "med bidragets syfte. Kommunen vitsordar återkravet.",
        ),
        ("h3", "Delprojekt 3 – Föräldrautbildning ABC"),
        (
            "p",
            "Socialstyrelsen anser att kostnaden, " + m(67500, k) + ", är oskälig i förhållande till antalet deltagare. "
            "Kursmaterialet köptes in för fler grupper än som genomfördes. Kommunen vitsordar återkrav med "
            + m(12500, k)
            + " men bestrider det överskjutande beloppet (bilaga 2).",
        ),
        ("h3", "Delprojekt 4 – Samverkan med polisen i Brogården"),
        (
            "p",
            "Socialstyrelsen har bedömt att delprojektet, " + m(118200, k) + ", innefattat myndighetsutövning. "
            "Samverkan avsåg gemensam lägesbild och trygghetsvandringar. Inga beslut mot enskilda fattades inom "
            "delprojektet (bilagorna 3–4). Kommunen bestrider återkravet.",
        ),
        ("h3", "BEVISNING"),
        (
            "p",
            "Bilaga 1. Utdrag ur lönesystemet, mentorsarvoden 2022 – till styrkande av kostnaderna i delprojekt 1.\n"
            "Bilaga 2. Faktura och följesedel kursmaterial ABC – till styrkande av vilken del av kostnaden som avser "
            "material.\n"
            "Bilaga 3. Samverkansöverenskommelse med Polisområde Älvsborg.\n"
            "Bilaga 4. Minnesanteckningar från samverkansmöten 2022 – till styrkande av att delprojektet inte innefattat "
            "myndighetsutövning.",
        ),
        ("space", 10),
        ("p", "ALINGSÅS KOMMUN"),
        ("p", "Enligt delegation\n\nMaria Thorén\nkommunjurist"),
    ]


@case
def prose_alingsas():
    d = fresh("prose-alingsas")
    L = Ledger4()
    name = "Alingsås yttrande KS 2025-0112.pdf"
    pdf = render_pdf(
        d / name,
        alingsas_blocks(),
        L,
        Page(font="Times-Roman", size_pt=12, margins=(3.0 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm), footer="{page}"),
    )
    g = response_gold(pdf, "Alingsås kommun", "2025-02-26", ALINGSAS_ACTS, L, municipality="Alingsås")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "4", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": None, "check": "attachment_file_missing"}]
    g["people"] = [{"name": "Maria Thorén", "role": "kommunjurist"}]
    write_gold(
        d,
        {name: g},
        "A court-pleading form written by the municipality's lawyer: YRKANDE (all positions in one paragraph before "
        "any reasons), GRUNDER, UTVECKLING AV GRUNDERNA with 'Delprojekt N – Title' headings, BEVISNING as the "
        "attachment list ('Bilaga N. title – till styrkande av …'); 'vitsordar' = accepts, 'vitsordar återkrav med "
        "kr 12.500,00 men bestrider det överskjutande' = partial; amounts 'kr 96.000,00' (currency first, dot "
        "thousands, öre).",
    )


# ------------------------------------------------------------------------------------------
# 6. Piteå: an e-mail typed in Markdown that the mail client sent as plain text ("## Aktivitet 6:
#    …", "**Återkrävt:** 45 tkr", "- " bullets), printed from a webmail's print view by chromium with
#    the browser's own header and footer (print date, URL, "1/2"); gapped activity numbers 2, 6, 9;
#    attachment chips under the message ("Bilaga 2a …pdf 245 kB"), ids "2a", "6a", "6b".

PITEA_ACTS = [
    Act("2", "Fritidsbank och utlåning", D(23500), "accepts_full", ["ordinary_operations"], needle="## Aktivitet 2:"),
    Act("6", "Ungdomsråd i Porsnäs", D(45000), "disputes", ["missing_description"], ["6a", "6b"], needle="## Aktivitet 6:"),
    Act(
        "9",
        "Kvällsvandringar med föreningar",
        D(61750),
        "accepts_partial",
        ["unverifiable_costs"],
        ["9a"],
        repay=D(18250),
        needle="## Aktivitet 9:",
    ),
]


def pitea_html(L: Ledger4) -> str:
    import html as H

    k = "ktkr"
    body = L.fill(
        "Hej,\n\nHär kommer Piteå kommuns yttrande över ert preliminära beslut om återkrav (er ref 9.1-60055/2024). "
        "Ni återkräver totalt " + m(130250, k) + " av bidraget för 2022, fördelat på tre aktiviteter.\n\n"
        "## Aktivitet 2: Fritidsbank och utlåning\n\n"
        "**Återkrävt:** " + m(23500, k) + "\n\n"
        "**Er bedömning:** fritidsbanken är ordinarie verksamhet som fanns före bidraget.\n\n"
        "**Vårt svar:** Vi medger återkravet.\n\n"
        "## Aktivitet 6: Ungdomsråd i Porsnäs\n\n"
        "**Återkrävt:** " + m(45000, k) + "\n\n"
        "**Er bedömning:** insatsen saknar beskrivning.\n\n"
        "**Vårt svar:** Ungdomsrådet beskrevs i ansökan under rubriken delaktighet. Se\n"
        "- bilaga 6a (utdrag ur ansökan)\n"
        "- bilaga 6b (protokoll från ungdomsrådets möten, 11 möten under 2022)\n\n"
        "Vi bestrider återkravet.\n\n"
        "## Aktivitet 9: Kvällsvandringar med föreningar\n\n"
        "**Återkrävt:** " + m(61750, k) + "\n\n"
        "**Er bedömning:** kostnaderna för föreningarnas ersättning går inte att verifiera.\n\n"
        "**Vårt svar:** Två föreningar har lämnat kvitton, se bilaga 9a. För den tredje föreningen saknas underlag, och "
        "där medger vi återkrav med " + m(18250, k) + ". Resten bestrider vi.\n\n"
        "---\n\n"
        "Vänliga hälsningar\n"
        "Lina Öhman\n"
        "Enhetschef, Fritid och ungdom\n"
        "Piteå kommun\n"
        "0911-69 62 17 | lina.ohman@pitea.se\n"
    )
    chips = [
        ("Bilaga 6a utdrag ansökan.pdf", "245 kB"),
        ("Bilaga 6b protokoll ungdomsrådet 2022.pdf", "1,1 MB"),
        ("Bilaga 9a kvitton föreningar.pdf", "610 kB"),
    ]
    chip_html = "".join(f'<div class="chip"><b>PDF</b> {H.escape(n)}<br/><span>{sz}</span></div>' for n, sz in chips)
    return f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Piteå kommun Mail - Yttrande återkrav 2022</title>
<style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 12.5px; margin: 0 28px; color: #222; }}
.top {{ border-bottom: 2px solid #c00; padding: 6px 0; font-size: 15px; color: #c00; font-weight: bold; }}
h2 {{ font-size: 18px; font-weight: normal; margin: 14px 0 4px; }}
.meta {{ border-bottom: 1px solid #ccc; padding-bottom: 8px; margin-bottom: 10px; }}
.meta .when {{ float: right; color: #555; }}
pre {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 11.5px; white-space: pre-wrap; line-height: 1.35; }}
.chips {{ border-top: 1px solid #ccc; padding-top: 8px; }}
.chip {{ display: inline-block; border: 1px solid #bbb; border-radius: 4px; padding: 6px 10px; margin: 4px 6px 0 0; font-size: 11px; }}
.chip span {{ color: #777; }}
</style></head><body>
<div class="top">Piteå kommun Mail</div>
<h2>Yttrande återkrav 2022 – Piteå kommun</h2>
<div class="meta"><span class="when">tis 18 feb. 2025 14:32</span>
<b>Lina Öhman</b> &lt;lina.ohman@pitea.se&gt;<br/>Till: registrator@socialstyrelsen.se<br/>Kopia: socialnamnden@pitea.se</div>
<pre>{H.escape(body)}</pre>
<div class="chips">3 bilagor<br/>{chip_html}</div>
</body></html>"""


@case
def email_pitea():
    d = OUT / "email-pitea"
    name = "Gmail - Yttrande återkrav 2022 Piteå.pdf"
    L = Ledger4()
    html = pitea_html(L)
    if REBUILD_EXTERNAL or not (d / name).exists():
        d = fresh("email-pitea")
        src = TMP / "pitea" / "mail.html"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(html, encoding="utf-8")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={d / name}", src.as_uri()])
    pdf = d / name
    g = response_gold(pdf, "Piteå kommun", "2025-02-18", PITEA_ACTS, L, municipality="Piteå")
    g["attachments"] = [
        {"attachment_id": "6a", "activity_no": "6", "invoice_number": None},
        {"attachment_id": "6b", "activity_no": "6", "invoice_number": None},
        {"attachment_id": "9a", "activity_no": "9", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": None, "check": "attachment_file_missing"}]
    g["people"] = [{"name": "Lina Öhman", "role": "enhetschef", "phone": "+46911696217", "email": "lina.ohman@pitea.se"}]
    g["quantities"] = [{"value": 11, "unit": "möte"}]
    write_gold(
        d,
        {name: g},
        "An e-mail typed in Markdown and sent as plain text ('## Aktivitet 6: Title', '**Återkrävt:** 45 tkr', "
        "'**Vårt svar:**', '- bilaga 6a (…)' bullets), printed from a webmail's print view by chromium with the "
        "browser's header and footer (the print date and a file URL, not the response's date); activities 2, 6, 9; "
        "attachment chips under the message ('Bilaga 6a utdrag ansökan.pdf 245 kB'); amounts '61,75 tkr'. "
        "doc_date: the mail's sent date.",
    )


# ------------------------------------------------------------------------------------------
# 7. Östersund: a Google-Docs-like export: DejaVu fonts (not the PDF base fonts), a "Title" and a grey
#    "Subtitle", coloured Heading 2 lines that hold only the activity's title (its number is on a
#    line under it, "Socialstyrelsens nr: 3 | Återkrävt: 12 500,00 kr"), 1.15 line spacing, no page
#    numbers; positions "Vi accepterar …", "Vi anser inte att återkrav ska ske", one undecided
#    ("avvakta"); a closing summary table with a dash and a zero.

FONTS_DIR = Path("/usr/share/fonts/truetype/dejavu")


def register_dejavu() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for face, file in [
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSerif", "DejaVuSerif.ttf"),
        ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(face, str(FONTS_DIR / file)))
    genre_kit.BOLD.setdefault("DejaVuSans", "DejaVuSans-Bold")
    genre_kit.BOLD.setdefault("DejaVuSerif", "DejaVuSerif-Bold")


OSTERSUND_ACTS = [
    Act("3", "Öppen förskola på Odensala", D(58200), "accepts_full", ["purpose_mismatch"], needle="Öppen förskola på Odensala"),
    Act("4", "Brobyggare i skolan", D(143750), "disputes", ["unverifiable_costs"], ["1", "2"], needle="Brobyggare i skolan"),
    Act("7", "Lovfritids i Lugnvik", D(36900), "accepts_partial", ["excessive_cost"], repay=D(8400), needle="Lovfritids i Lugnvik"),
    Act("8", "Föreningsstöd Torvalla IF", D(25000), "unclear", ["unverifiable_costs"], ["3"], needle="Föreningsstöd Torvalla IF"),
]


def ostersund_blocks() -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    k = "dec"
    blue = colors.HexColor("#1f5f99")
    title = ParagraphStyle("gd-title", fontName="DejaVuSans", fontSize=24, leading=30, spaceAfter=2)
    sub = ParagraphStyle("gd-sub", fontName="DejaVuSans", fontSize=14, leading=18, textColor=colors.HexColor("#666666"), spaceAfter=14)
    h2 = ParagraphStyle("gd-h2", fontName="DejaVuSerif", fontSize=15, leading=19, textColor=blue, spaceBefore=14, spaceAfter=4)

    def meta(no, claimed):
        return ("rich", "small", f"<font color='#666666'>Socialstyrelsens nr: {no} | Återkrävt: {m(claimed, k)}</font>")

    return [
        ("flowable", Paragraph("Svar till Socialstyrelsen om återkrav", title)),
        ("flowable", Paragraph("Östersunds kommun, socialförvaltningen · 21 februari 2025", sub)),
        ("p", "Till: Socialstyrelsen, statsbidragsenheten. Er beteckning: 9.1-56671/2024."),
        (
            "p",
            "Socialstyrelsen har granskat kommunens redovisning av bidraget till kommuner med utsatta områden för 2022 och "
            "avser att återkräva " + m(263850, k) + " för fyra aktiviteter. Nedan lämnar vi våra synpunkter.",
        ),
        ("flowable", Paragraph("Öppen förskola på Odensala", h2)),
        meta(3, 58200),
        (
            "p",
            "Socialstyrelsen anser att öppen förskola är en generell familjeverksamhet som inte svarar mot bidragets "
            "syfte. Vi accepterar återkravet.",
        ),
        ("flowable", Paragraph("Brobyggare i skolan", h2)),
        meta(4, 143750),
        (
            "p",
            "Socialstyrelsen bedömer att lönekostnaderna för de tre brobyggarna inte är styrkta. Lönespecifikationer och "
            "anställningsavtal finns i bilaga 1 och bilaga 2. Vi anser inte att återkrav ska ske.",
        ),
        ("flowable", Paragraph("Lovfritids i Lugnvik", h2)),
        meta(7, 36900),
        (
            "p",
            "Enligt Socialstyrelsen var kostnaden per deltagare orimligt hög. Bussresorna hade kunnat samordnas bättre, "
            "och vi accepterar en återbetalning på " + m(8400, k) + ". Övriga kostnader anser vi skäliga.",
        ),
        ("flowable", Paragraph("Föreningsstöd Torvalla IF", h2)),
        meta(8, 25000),
        (
            "p",
            "Socialstyrelsen saknar underlag för hur föreningen använde stödet. Föreningen har lovat att skicka sin "
            "slutrapport (bilaga 3 är föreningens preliminära redovisning). Vi vill avvakta slutrapporten innan vi tar "
            "ställning och återkommer senast den 31 mars 2025.",
        ),
        ("flowable", Paragraph("Sammanställning", h2)),
        (
            "table",
            [
                ["Nr", "Aktivitet", "Återkrävt", "Återbetalas"],
                ["3", "Öppen förskola på Odensala", m(58200, "baredec"), m(58200, "baredec")],
                ["4", "Brobyggare i skolan", m(143750, "baredec"), m(0, "opt_baredec")],
                ["7", "Lovfritids i Lugnvik", m(36900, "baredec"), m(8400, "baredec")],
                ["8", "Föreningsstöd Torvalla IF", m(25000, "baredec"), "–"],
                ["", "Summa", m(263850, "baredec"), m(66600, "baredec")],
            ],
            dict(widths=[0.08, 0.5, 0.2, 0.2], ruled=True, align_right=[2, 3], bold_last=True),
        ),
        ("p", "Bilagor: 1. Lönespecifikationer brobyggare 2022, 2. Anställningsavtal brobyggare, 3. Preliminär redovisning Torvalla IF"),
        ("p", "Med vänliga hälsningar\nPer Nordin, socialchef\nLisa Grahn, ekonom, 063-14 33 02, lisa.grahn@ostersund.se"),
    ]


@case
def gdocs_ostersund():
    register_dejavu()
    d = fresh("gdocs-ostersund")
    L = Ledger4()
    name = "Svar till Socialstyrelsen om återkrav - Google Dokument.pdf"
    pdf = render_pdf(
        d / name, ostersund_blocks(), L, Page(font="DejaVuSans", size_pt=10, margins=(2.54 * cm, 2.54 * cm, 2.54 * cm, 2.54 * cm))
    )
    g = response_gold(pdf, "Östersunds kommun", "2025-02-21", OSTERSUND_ACTS, L, municipality="Östersund")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "8", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": None, "check": "attachment_file_missing"}]
    g["people"] = [
        {"name": "Per Nordin", "role": "socialchef"},
        {"name": "Lisa Grahn", "role": "ekonom", "phone": "+4663143302", "email": "lisa.grahn@ostersund.se"},
    ]
    write_gold(
        d,
        {name: g},
        "A Google-Docs-like export: embedded DejaVu fonts, Title and grey Subtitle (the date only there, in words), "
        "coloured Heading 2 lines holding only the activity's title; the agency's number (3, 4, 7, 8) on a grey line "
        "under it ('Socialstyrelsens nr: 4 | Återkrävt: 143 750,00 kr'); no page numbers; 'Vi accepterar "
        "återkravet', 'Vi anser inte att återkrav ska ske', 'vi accepterar en återbetalning på 8 400,00 kr', "
        "'Vi vill avvakta … innan vi tar ställning' (unclear); a ruled summary table with a zero (optional) and a "
        "dash; inline 'Bilagor: 1. …, 2. …'.",
    )


# ------------------------------------------------------------------------------------------
# 8. Trelleborg: an Excel workbook printed by LibreOffice Calc, portrait, with two header rows:
#    "Belopp (kr)" merged over "Beviljat | Återkrävt | Återbetalas", "Nr", "Aktivitet",
#    "Ställningstagande" and "Anteckningar" merged down over both rows; terse positions ("Godtas",
#    "Godtas delvis", "Bestrids"), the agency's reasons and the attachment references only in the
#    notes column; a sum row; the list of attachments and the signature in cells under the table.

TRELLEBORG_ACTS = [
    Act("1", "Sommarjobb Sjöbo–Västervång", D(74000), "accepts_full", ["purpose_mismatch"], needle="Sommarjobb Sjöbo"),
    Act("2", "Föräldrastödsgrupper", D(52300), "disputes", ["unverifiable_costs"], ["1"], needle="Föräldrastödsgrupper"),
    Act(
        "3",
        "Kulturhus Söder kvällsöppet",
        D(118000),
        "accepts_partial",
        ["excessive_cost"],
        ["2"],
        repay=D(40000),
        needle="Kulturhus Söder kvällsöppet",
    ),
    Act("4", "Trygghetskameror Gatan", D(95500), "accepts_full", ["conditions_not_met"], needle="Trygghetskameror Gatan"),
    Act("5", "Läxläsning med seniorer", D(31200), "disputes", ["outside_grant_period"], ["3"], needle="Läxläsning med seniorer"),
]
TRELLEBORG_ROWS = {  # granted, position word, notes
    "1": (120000, "Godtas", "SoS: sommarjobb är arbetsmarknadsåtgärd, ej i linje med syftet. Ingen invändning."),
    "2": (80000, "Bestrids", "SoS: kostnader ej styrkta. Fakturor och närvarolistor bifogas, se bilaga 1."),
    "3": (150000, "Godtas delvis", "SoS: hyran oskäligt hög. Kommunen godtar 40 000 kr (hyra för helger), övrigt bestrids. Bilaga 2."),
    "4": (95500, "Godtas", "SoS: kameror uppfyller inte villkoren för bidraget."),
    "5": (45000, "Bestrids", "SoS: utanför bidragsperioden. Verksamheten startade okt 2022, se bilaga 3."),
}
TRELLEBORG_NAME = "Trelleborg återkrav 2022 yttrande.pdf"


def trelleborg_xlsx(path: Path, L: Ledger4) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = Workbook()
    ws = wb.active
    ws.title = "Yttrande"
    ws["A1"] = "Trelleborgs kommun – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Yttrande över Socialstyrelsens preliminära beslut om återkrav, statsbidrag 2022 (dnr 9.1-60981/2024)"
    ws["A3"] = "Datum: 2025-02-20"
    ws.append([])
    ws.append(["Nr", "Aktivitet", "Belopp (kr)", None, None, "Ställnings-\ntagande", "Anteckningar"])
    ws.append([None, None, "Beviljat", "Återkrävt", "Återbetalas", None, None])
    for rng in ("A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6"):
        ws.merge_cells(rng)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in (5, 6):
        for c in ws[r]:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FCE4D6")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = box
    fmt = "# ##0"
    for a in TRELLEBORG_ACTS:
        granted, word, note = TRELLEBORG_ROWS[a.no]
        rep = D(a.repayment())
        ledger_append(L, granted, a.claimed)
        ledger_append(L, rep, optional=rep == 0)
        if a.no == "3":
            ledger_append(L, 40000)  # in the note
        ws.append([int(a.no), a.title, granted, int(a.claimed), int(rep), word, note])
    granted_sum = sum(v[0] for v in TRELLEBORG_ROWS.values())
    claimed = sum((a.claimed for a in TRELLEBORG_ACTS), Decimal(0))
    repay = sum((D(a.repayment()) for a in TRELLEBORG_ACTS), Decimal(0))
    ledger_append(L, granted_sum, claimed, repay)
    ws.append([None, "Summa", granted_sum, int(claimed), int(repay), None, None])
    last = ws.max_row
    for row in ws.iter_rows(min_row=7, max_row=last):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = box
            c.font = Font(bold=c.row == last)
        for c in row[2:5]:
            c.number_format = fmt
    ws.append([])
    ws.append([None, "Bilagor"])
    ws[ws.max_row][1].font = Font(bold=True)
    for ln in ["1. Fakturor och närvarolistor föräldrastöd", "2. Hyresavtal Kulturhus Söder", "3. Verksamhetsplan läxläsning hösten 2022"]:
        ws.append([None, ln])
    ws.append([])
    ws.append([None, "Socialnämnden i Trelleborg"])
    ws.append([None, "Eva Lindh (M), ordförande"])
    ws.append([None, "Upprättad av Kristoffer Nyman, controller, kristoffer.nyman@trelleborg.se"])
    for col, w in zip("ABCDEFG", [4, 24, 10, 10, 11, 13, 40], strict=True):
        ws.column_dimensions[col].width = w
    for r in range(7, last + 1):
        ws.row_dimensions[r].height = 15 * max(1, -(-len(str(ws.cell(r, 7).value or "")) // 38)) + 6
    ws.row_dimensions[5].height = 30
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "&F – sida &P"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    return path


@case
def sheet_trelleborg():
    d = OUT / "sheet-trelleborg"
    L = Ledger4()
    src = trelleborg_xlsx(TMP / "trelleborg" / TRELLEBORG_NAME.replace(".pdf", ".xlsx"), L)
    if REBUILD_EXTERNAL or not (d / TRELLEBORG_NAME).exists():
        d = fresh("sheet-trelleborg")
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)])
    pdf = d / TRELLEBORG_NAME
    g = response_gold(pdf, "Trelleborgs kommun", "2025-02-20", TRELLEBORG_ACTS, L, municipality="Trelleborg")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "5", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": None, "check": "attachment_file_missing"}]
    g["people"] = [
        {"name": "Eva Lindh", "role": "ordförande", "party": "M"},
        {"name": "Kristoffer Nyman", "role": "controller", "email": "kristoffer.nyman@trelleborg.se"},
    ]
    write_gold(
        d,
        {name_of(pdf): g},
        "A workbook printed by LibreOffice Calc (portrait, fit to width): two header rows with 'Belopp (kr)' merged "
        "over 'Beviljat | Återkrävt | Återbetalas' and 'Nr', 'Aktivitet', 'Ställningstagande', 'Anteckningar' merged "
        "down over both; cells ruled; numbers '120 000' without currency; positions in one word or two ('Godtas', "
        "'Godtas delvis', 'Bestrids') with the partial sum only in the Återbetalas column and the note; reasons and "
        "'se bilaga 1' only in the notes column; zeros optional; sum row; attachment list and names in cells under "
        "the table.",
    )


def name_of(p: Path) -> str:
    return p.name


# ------------------------------------------------------------------------------------------
# 9. Kungsbacka: one zebra-striped table (rows alternately shaded, no rules) with two-digit ids
#    "01" … "06" (activity_no as printed), the agency's reasons as short codes ("VER", "SYF") and the
#    municipality's position as a code column "M" / "B" / "D", both explained in a legend under the
#    table; the partial sum in the comment ("D: 16 000"); a total row.

KUNGSBACKA_ACTS = [
    Act("01", "Fältgrupp Kungsbacka centrum", D(88600), "disputes", ["unverifiable_costs"], ["1"], needle="Fältgrupp Kungsbacka centrum"),
    Act("02", "Sommarkollo Åsa", D(42000), "accepts_full", ["outside_grant_period"], needle="Sommarkollo Åsa"),
    Act(
        "03", "Mentorprogram Vallda", D(57400), "accepts_partial", ["excessive_cost"], ["2"], repay=D(16000), needle="Mentorprogram Vallda"
    ),
    Act("04", "Nattvandrarnas utrustning", D(9800), "accepts_full", ["purpose_mismatch"], needle="Nattvandrarnas utrustning"),
    Act("05", "Samordnare BRÅ", D(134000), "disputes", ["ordinary_operations"], ["3", "4"], needle="Samordnare BRÅ"),
    Act("06", "Föräldrakurs på arabiska", D(21300), "disputes", ["missing_description"], ["5"], needle="Föräldrakurs på arabiska"),
]
KUNGSBACKA_ROWS = {  # reason codes, position code, comment
    "01": ("VER", "B", "Verifikationer för hela beloppet bifogas (bil. 1)."),
    "02": ("PER", "M", ""),
    "03": ("KOST", "D", "D: " + m(16000, "seka") + " avser lokalhyra som kunde ha undvikits. Övrigt se bil. 2."),
    "04": ("SYF", "M", ""),
    "05": ("ORD", "B", "Tjänsten nyinrättad för bidraget, bil. 3 och bil. 4."),
    "06": ("BESK", "B", "Kursplanen beskriver insatsen (bil. 5)."),
}


def kungsbacka_blocks(L: Ledger4) -> list:
    rows = [["Id", "Aktivitet", "Återkrav (SEK)", "Skäl", "Ställn.", "Kommentar"]]
    for a in KUNGSBACKA_ACTS:
        reason, code, comment = KUNGSBACKA_ROWS[a.no]
        rows.append([a.no, a.title, m(a.claimed, "baredec"), reason, code, comment])
    rows.append(["", "Summa återkrav", m(sum((a.claimed for a in KUNGSBACKA_ACTS), Decimal(0)), "baredec"), "", "", ""])
    return [
        ("rich", "p", "<b>Kungsbacka kommun</b> · Förvaltningen för Individ &amp; Familjeomsorg"),
        ("p", "2025-02-25 · Diarienr IFO 2025/0204 · Till Socialstyrelsen, ert dnr 9.1-59120/2024"),
        ("h2", "Yttrande – återkrav av statsbidrag 2022"),
        ("p", "Kommunen lämnar sitt yttrande i tabellform. Förkortningarna förklaras under tabellen."),
        ("flowable", zebra_table(rows, L)),
        ("space", 6),
        (
            "small",
            "Skäl (Socialstyrelsens motivering): VER = kostnaderna kan inte verifieras; PER = utanför "
            "bidragsperioden; KOST = oskäligt hög kostnad; SYF = ej i linje med bidragets syfte; ORD = ordinarie "
            "verksamhet; BESK = beskrivning saknas.\n"
            "Ställn. (kommunens ställningstagande): M = medges, återkravet betalas; B = bestrids; D = medges delvis, "
            "medgivet belopp anges i kommentaren.",
        ),
        ("space", 6),
        ("p", "Kommunen medger återkrav med sammanlagt " + m(67800, "seka") + "."),
        (
            "p",
            "Bilagor\nbil. 1 Verifikationer fältgrupp\nbil. 2 Kostnadsspecifikation mentorprogram\nbil. 3 Beslut om "
            "inrättande av tjänst\nbil. 4 Tjänstebeskrivning samordnare\nbil. 5 Kursplan föräldrakurs",
        ),
        ("p", "Jonas Berglund, förvaltningschef\nKontakt: Emma Strand, 0300-83 42 19, emma.strand@kungsbacka.se"),
    ]


def zebra_table(rows: list, L: Ledger4) -> Table:
    """Filled once with the case's ledger; render_pdf's two passes reuse the same table."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    cell = ParagraphStyle("z", fontName="Helvetica", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("zh", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    right = ParagraphStyle("zr", parent=cell, alignment=2)
    data = []
    for r, row in enumerate(rows):
        data.append([Paragraph(L.fill(c), head if r == 0 else (right if i == 2 else cell)) for i, c in enumerate(row)])
    t = Table(data, colWidths=[1.0 * cm, 4.6 * cm, 2.6 * cm, 1.3 * cm, 1.5 * cm, 5.4 * cm], repeatRows=1, hAlign="LEFT")
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2e6b4f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (4, 0), (4, -1), "CENTER"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ]
    for r in range(1, len(rows)):
        if r % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e6f0ea")))
    t.setStyle(TableStyle(cmds))
    return t


@case
def table_kungsbacka():
    d = fresh("table-kungsbacka")
    L = Ledger4()
    name = "Kungsbacka yttrande IFO 2025-0204.pdf"
    blocks = kungsbacka_blocks(L)
    pdf = render_pdf(d / name, blocks, L, Page(font="Helvetica", size_pt=10, footer="Sida {page}"))
    g = response_gold(pdf, "Kungsbacka kommun", "2025-02-25", KUNGSBACKA_ACTS, L, municipality="Kungsbacka")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "01", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "03", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "05", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "05", "invoice_number": None},
        {"attachment_id": "5", "activity_no": "06", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": None, "check": "attachment_file_missing"}]
    g["people"] = [
        {"name": "Jonas Berglund", "role": "förvaltningschef"},
        {"name": "Emma Strand", "phone": "+46300834219", "email": "emma.strand@kungsbacka.se"},
    ]
    write_gold(
        d,
        {name: g},
        "One zebra-striped table (alternate rows shaded, no rules, a dark header) with ids '01' … '06' (activity_no "
        "as printed, leading zero kept), the agency's reasons only as codes (VER, PER, KOST, SYF, ORD, BESK) and the "
        "position as a code column (M / B / D), both explained in a legend under the table; the partial sum only "
        "in the comment ('D: 16 000 SEK …'); refs 'bil. 1', 'bil. 3 och bil. 4'; a total row '353 100,00'.",
    )


# ------------------------------------------------------------------------------------------
# scans: gold is the original's, the file an image-only PDF.


def copy_gold(src_case: str, dst_dir: Path, name: str, note: str, **extra) -> None:
    import json

    gold = json.loads((OUT / src_case / "gold.json").read_text(encoding="utf-8"))["files"]
    (g,) = gold.values()
    g = {**g, "scanned": True, **extra}
    write_gold(dst_dir, {name: g}, note)


def images_pdf(dst: Path, images: list, dpi: int, quality: int) -> Path:
    import time

    fixed = time.gmtime(1739868720)  # the phone's / scanner's clock: same bytes on every run
    dst.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(
        dst,
        resolution=dpi,
        save_all=True,
        append_images=images[1:],
        quality=quality,
        creationDate=fixed,
        modDate=fixed,
        producer="Scan",
        subsampling=2,
    )
    return dst


def perspective_coeffs(dst_quad, src_quad):
    """PIL's PERSPECTIVE coefficients mapping output points dst_quad to input points src_quad."""
    import numpy as np

    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst_quad, src_quad, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def phone_shot(page_img, seed: int, corners: list):
    """A sheet photographed on a desk from above and a little to the side: the page a trapezium
    (corners: where the sheet's corners land, as fractions of the photo), lit from one side,
    a warm tint, the desk around it, slight blur and sensor noise."""
    import random

    import numpy as np
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    W, H = 1500, 2000
    pw, ph = page_img.size
    quad = [(x * W, y * H) for x, y in corners]
    coeffs = perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    rgb = page_img.convert("RGB")
    mask = Image.new("L", page_img.size, 255)
    warped = rgb.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    m_ = mask.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    desk = Image.new("RGB", (W, H), (96, 74, 58))
    shot = Image.composite(warped, desk, m_)
    a = np.asarray(shot).astype(float)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.62 + 0.38 * np.clip(1.2 - np.hypot(xx - 0.15 * W, yy - 0.1 * H) / (1.25 * H), 0, 1) / 1.2
    a *= light[..., None]
    a *= np.array([1.0, 0.97, 0.88])  # warm indoor light
    a += np.random.default_rng(seed).normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    return out.filter(ImageFilter.GaussianBlur(0.6 + rnd.random() * 0.3))


@case
def photo_sandviken():
    import pypdfium2 as pdfium

    src = OUT / "prose-sandviken" / "Sandviken svar till Socialstyrelsen KS 2025-88.pdf"
    d = fresh("photo-sandviken")
    name = "Foto Sandviken svar 2025-02-14.pdf"
    doc = pdfium.PdfDocument(str(src))
    corners = [
        [(0.09, 0.06), (0.90, 0.09), (0.95, 0.95), (0.05, 0.92)],
        [(0.06, 0.08), (0.93, 0.05), (0.91, 0.93), (0.08, 0.96)],
    ]
    shots = [phone_shot(doc[i].render(scale=150 / 72).to_pil(), 40 + i, corners[i]) for i in range(len(doc))]
    doc.close()
    images_pdf(d / name, shots, 150, 45)
    copy_gold(
        "prose-sandviken",
        d,
        name,
        "prose-sandviken photographed with a phone, one photo per page: the sheet a trapezium on a brown desk "
        "(perspective, each page different), lit from the top left (the far corner darker), warm tint, slight "
        "blur and sensor noise; JPEG in an image-only PDF. Gold as prose-sandviken.",
    )


def hole_punch(img, dpi: int):
    """Two punched holes in the left margin: the dark backing showing through, a soft shadow."""
    from PIL import Image, ImageDraw, ImageFilter

    r = int(dpi * 0.11)
    x = int(dpi * 0.45)
    centres = (img.height // 2 - int(dpi * 1.6), img.height // 2 + int(dpi * 1.6))
    shadow = Image.new("L", img.size, 0)
    dr = ImageDraw.Draw(shadow)
    for yc in centres:
        dr.ellipse((x - r + 6, yc - r + 8, x + r + 6, yc + r + 8), fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    img.paste(Image.new("RGB", img.size, (110, 110, 110)), (0, 0), shadow)
    dr = ImageDraw.Draw(img)
    for yc in centres:
        dr.ellipse((x - r, yc - r, x + r, yc + r), fill=(38, 38, 42))
    return img


def received_stamp(img, dpi: int, lines: list, at: tuple, angle: float, colour=(40, 70, 170)):
    """A registry's rubber stamp in ink: a rounded frame, lines of capitals, turned a little."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans-Bold.ttf"), int(dpi * 0.13))
    w, h = int(dpi * 2.4), int(dpi * 0.26 * len(lines) + dpi * 0.2)
    layer = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(layer)
    dr.rounded_rectangle((4, 4, w - 5, h - 5), radius=int(dpi * 0.08), outline=210, width=max(3, dpi // 80))
    for i, ln in enumerate(lines):
        tw = dr.textlength(ln, font=font)
        dr.text(((w - tw) / 2, dpi * 0.1 + i * dpi * 0.26), ln, fill=200, font=font)
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    ink = Image.new("RGB", layer.size, colour)
    img.paste(ink, at, layer)
    return img


def handwriting(img, box: tuple, seed: int, colour=(20, 40, 120)):
    """A quick signature: loops and a long stroke in ballpoint ink inside box (x0, y0, x1, y1)."""
    import math
    import random

    from PIL import ImageDraw

    rnd = random.Random(seed)
    x0, y0, x1, y1 = box
    dr = ImageDraw.Draw(img)
    pts = []
    n = 160
    for i in range(n):
        t = i / (n - 1)
        x = x0 + t * (x1 - x0)
        y = (y0 + y1) / 2 + math.sin(t * 21 + rnd.random() * 0.3) * (y1 - y0) * 0.35 * (1 - t * 0.6) + math.cos(t * 7) * (y1 - y0) * 0.12
        pts.append((x + math.cos(t * 21) * (y1 - y0) * 0.18, y))
    dr.line(pts, fill=colour, width=4, joint="curve")
    dr.line([(x0 + (x1 - x0) * 0.1, y1 - (y1 - y0) * 0.1), (x1, y0 + (y1 - y0) * 0.55)], fill=colour, width=3)
    return img


def text_box(page, needle: str, scale: float):
    """Pixel box (x0, y0, x1, y1) of needle's first occurrence on a pypdfium2 page rendered at scale."""
    tp = page.get_textpage()
    found = tp.search(needle).get_next()
    if not found:
        raise ValueError(needle)
    i, n = found
    l0, b0, r0, t0 = tp.get_charbox(i)
    l1, b1, r1, t1 = tp.get_charbox(i + n - 1)
    h = page.get_height()
    return (l0 * scale, (h - max(t0, t1)) * scale, r1 * scale, (h - min(b0, b1)) * scale)


@case
def scan_katrineholm():
    import random

    import pypdfium2 as pdfium
    from PIL import Image

    src = OUT / "prose-katrineholm" / "Yttrande SOCN 2025-17 Katrineholm.pdf"
    d = fresh("scan-katrineholm")
    name = "Katrineholm yttrande inkommet 2025-02-26.pdf"
    dpi = 300
    sc = dpi / 72
    doc = pdfium.PdfDocument(str(src))
    rnd = random.Random(7)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=sc).to_pil().convert("RGB")
        # paper tone and the scanner's light
        img = Image.blend(img, Image.new("RGB", img.size, (246, 242, 230)), 0.12)
        if i == 0:
            received_stamp(
                img, dpi, ["SOCIALSTYRELSEN", "INKOM 2025-02-26", "Dnr 9.1-61120/2024"], (int(img.width * 0.52), int(dpi * 0.55)), 4
            )
        try:
            x0, y0, x1, y1 = text_box(doc[i], "Sara Lundqvist", sc)
            handwriting(img, (x0 - 10, y0 - dpi * 0.45, x0 + dpi * 1.7, y0 - 4), 11)
        except ValueError:
            pass
        hole_punch(img, dpi)
        img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
        pages.append(img)
    doc.close()
    images_pdf(d / name, pages, dpi, 30)
    copy_gold(
        "prose-katrineholm",
        d,
        name,
        "prose-katrineholm as the agency received it: a 300 dpi colour scan (JPEG) with the registry's blue ink "
        "stamp on page 1 ('SOCIALSTYRELSEN INKOM 2025-02-26 Dnr …': neither the response's date nor its number), a "
        "handwritten-looking ballpoint signature over the signatory's name on page 2, two punched holes with their "
        "shadow in the left margin, a paper tone and a slight skew. Gold as prose-katrineholm.",
    )


# ------------------------------------------------------------------------------------------
# 12. Invoices from five suppliers in layouts the other corpora do not have: a Norwegian camp site
#     (NOK, MVA 12/15/25 %, 34 lines that continue on page 2 under a repeated header, KID, a giro
#     band), a Danish course centre ("3. oktober 2023", moms 25 %, FIK "Betalingsid +71<…>"), a
#     Finnish bilingual "LASKU / FAKTURA" (EUR, ALV 10 % + 14 %, Y-tunnus, viitenumero, "12.9.2023"),
#     a Swedish shop's till receipt (80 mm paper, prices incl. VAT, "varav moms"), a Swedish builder
#     with reverse charge ("Omvänd betalningsskyldighet", VAT 0) and a discount line.


@dataclass
class Bill4:
    number: str
    date: str  # ISO
    due: str
    supplier: str
    currency: str
    lang: str
    lines: list  # (description, qty, unit, unit price, VAT rate); price incl. VAT when gross_prices
    org_no: str | None = None
    gross_prices: bool = False
    reverse_charge: bool = False
    discount_pct: Decimal = Decimal(0)  # a discount line on the net

    def line_amount(self, q, p) -> Decimal:
        return (D(q) * D(p)).quantize(Decimal("0.01"))

    def amounts(self):
        per_rate: dict = {}
        for _, q, _, p, r in self.lines:
            per_rate[D(r)] = per_rate.get(D(r), Decimal(0)) + self.line_amount(q, p)
        if self.gross_prices:  # a receipt: the lines are gross; VAT is the part of the gross
            vat = {r: (g * r / (100 + r)).quantize(Decimal("0.01")) for r, g in per_rate.items()}
            total = sum(per_rate.values(), Decimal(0))
            return per_rate, vat, total - sum(vat.values(), Decimal(0)), total
        discount = (sum(per_rate.values(), Decimal(0)) * self.discount_pct / 100).quantize(Decimal("0.01"))
        if discount:
            (r,) = per_rate  # one rate when there is a discount
            per_rate[r] -= discount
        vat = {r: Decimal(0) if self.reverse_charge else (n * r / 100).quantize(Decimal("0.01")) for r, n in per_rate.items()}
        net = sum(per_rate.values(), Decimal(0))
        return per_rate, vat, net, net + sum(vat.values(), Decimal(0))

    def discount(self) -> Decimal:
        gross = sum((self.line_amount(q, p) for _, q, _, p, _ in self.lines), Decimal(0))
        return (gross * self.discount_pct / 100).quantize(Decimal("0.01"))

    def gold(self) -> dict:
        per_rate, vat, net, total = self.amounts()
        g = {
            "kind": "invoice",
            "invoice_number": self.number,
            "invoice_date": self.date,
            "due_date": self.due,
            "supplier": self.supplier,
            "net": f"{net:.2f}",
            "vat": f"{sum(vat.values(), Decimal(0)):.2f}",
            "total": f"{total:.2f}",
            "currency": self.currency,
            "language": self.lang,
        }
        if self.org_no:
            g["supplier_org_no"] = self.org_no
        g["invoice_lines"] = [
            {
                "description": d_,
                "quantity": f"{D(q):f}",
                "unit": u,
                "unit_price": f"{D(p):.2f}",
                "amount": f"{self.line_amount(q, p):.2f}",
                "vat_rate": f"{D(r):f}" if len(per_rate) > 1 else None,
            }
            for d_, q, u, p, r in self.lines
        ]
        if self.discount_pct:
            g["invoice_lines"].append(
                {
                    "description": f"Rabatt {self.discount_pct:f} %",
                    "quantity": None,
                    "unit": None,
                    "unit_price": None,
                    "amount": f"{-self.discount():.2f}",
                    "vat_rate": None,
                }
            )
        g["invoice_vat"] = [
            {"vat_rate": f"{r:f}", "net_amount": f"{(n - vat[r] if self.gross_prices else n):.2f}", "vat_amount": f"{vat[r]:.2f}"}
            for r, n in sorted(per_rate.items())
        ]
        return g


def nfmt(v: Decimal, sep: str = " ", comma: str = ",") -> str:
    return group(D(v), sep, "always", comma)


def qfmt(q) -> str:
    return f"{D(q):f}".replace(".", ",")


PITEA_BUYER = ["Piteå kommun", "Socialtjänsten, Fritid och ungdom", "Box 735", "941 28 Piteå", "Sverige"]


def norsk_bill() -> Bill4:
    days = ["fre 15.09", "lør 16.09", "søn 17.09"]
    lines = []
    for dname in days:
        lines += [
            (f"Overnatting hytte, {dname}", 6, "hytte", "1150.00", 12),
            (f"Frokost, {dname}", 28, "pers", "145.00", 15),
            (f"Lunsjpakke, {dname}", 28, "pers", "120.00", 15),
            (f"Middag, {dname}", 28, "pers", "265.00", 15),
            (f"Kano-/kajakkleie, {dname}", 10, "stk", "350.00", 25),
            (f"Aktivitetsleder, {dname}", 8, "time", "690.00", 25),
            (f"Sengetøy og håndklær, {dname}", 28, "pers", "95.00", 25),
        ]
    lines += [
        ("Leie av fellessal", 3, "døgn", "2400.00", 25),
        ("Bålplass med ved", 3, "døgn", "450.00", 25),
        ("Klatrevegg med instruktør", 2, "time", "1800.00", 25),
        ("Sluttrengjøring hytter", 6, "hytte", "550.00", 25),
        ("Kveldsmat lørdag (pizza)", 28, "pers", "110.00", 15),
        ("Transport fra Narvik stasjon", 2, "tur", "3200.00", 12),
        ("Førstehjelpsutstyr (forbruk)", 1, "stk", "640.00", 25),
        ("Fotografering og minnebok", 1, "stk", "2150.00", 25),
        ("Skyss til fjelltur", 1, "tur", "2600.00", 12),
        ("Vaskeri", 1, "stk", "780.00", 25),
        ("Ekstra overnatting sjåfør", 1, "natt", "950.00", 12),
        ("Frukt og snacks", 28, "pers", "60.00", 15),
        ("Administrasjonsgebyr", 1, "stk", "395.00", 25),
    ]
    return Bill4("2023-40817", "2023-09-22", "2023-10-22", "Fjellheim Leirsted AS", "NOK", "nb", lines)


def draw_norsk(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    per_rate, vat, net, total = b.amounts()
    x0, x1 = 1.8 * cm, w - 1.8 * cm
    cols = [x0, 10.6 * cm, 12.2 * cm, 13.6 * cm, 15.8 * cm, x1]  # desc | antall | enhet | pris | mva | beløp (right edges after)

    def head(page: int) -> float:
        c.setFillColor(colors.HexColor("#1d4d3a"))
        c.rect(0, h - 0.6 * cm, w, 0.6 * cm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(x0, h - 1.8 * cm, "Fjellheim Leirsted AS")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, h - 2.3 * cm, "Fjellheimveien 40, 8520 Ankenes, Norge · Foretaksregisteret NO 918 442 305 MVA")
        c.setFont("Helvetica-Bold", 20)
        c.drawRightString(x1, h - 1.8 * cm, "FAKTURA" if page == 1 else "FAKTURA (forts.)")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(x1, h - 2.3 * cm, f"Side {page} av 2")
        return h - 3.2 * cm

    def table_head(y: float) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(cols[0], y, "Beskrivelse")
        for x, t in zip([11.6 * cm, 13.0 * cm, 15.2 * cm, 16.6 * cm, x1], ["Antall", "Enhet", "Pris", "MVA %", "Beløp"], strict=True):
            c.drawRightString(x, y, t)
        c.line(x0, y - 4, x1, y - 4)
        return y - 15

    y = head(1)
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(PITEA_BUYER):
        c.drawString(x0, y - i * 12, ln)
    meta = [
        ("Fakturanummer", b.number),
        ("Fakturadato", "22.09.2023"),
        ("Forfallsdato", "22.10.2023"),
        ("Kundenummer", "10394"),
        ("Deres ref.", "Lina Öhman"),
        ("Leirperiode", "15.09.2023–18.09.2023"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont("Helvetica", 9)
        c.drawString(11.8 * cm, y - i * 12, k)
        c.drawRightString(x1, y - i * 12, v)
    y = table_head(y - len(meta) * 12 - 20)
    c.setFont("Helvetica", 8.5)
    page = 1
    for desc, q, u, p, r in b.lines:
        if y < 10.0 * cm and page == 1:
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawRightString(x1, y - 4, "Fortsettes på neste side")
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(
                w / 2, 1.4 * cm, "Fjellheim Leirsted AS · Org.nr. 918 442 305 MVA · post@fjellheim-leir.no · +47 769 44 120"
            )
            c.showPage()
            page = 2
            y = table_head(head(2) - 10)
            c.setFont("Helvetica", 8.5)
        c.drawString(cols[0], y, desc)
        c.drawRightString(11.6 * cm, y, qfmt(q))
        c.drawString(12.2 * cm, y, u)
        c.drawRightString(15.2 * cm, y, nfmt(D(p)))
        c.drawRightString(16.6 * cm, y, str(r))
        c.drawRightString(x1, y, nfmt(b.line_amount(q, p)))
        y -= 12.5
    assert page == 2, "the lines must continue on page 2"
    y -= 10
    c.line(11.8 * cm, y + 6, x1, y + 6)
    rows = [("Sum eks. mva", net)] + [(f"MVA {r} % av {nfmt(n)}", vat[r]) for r, n in sorted(per_rate.items())] + [("Å betale NOK", total)]
    for i, (k, v) in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == len(rows) - 1 else "Helvetica", 9.5)
        c.drawString(11.8 * cm, y - i * 13, k)
        c.drawRightString(x1, y - i * 13, nfmt(v))
    # the giro band
    c.setFillColor(colors.HexColor("#fff3c4"))
    c.rect(0, 1.2 * cm, w, 2.4 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, 3.1 * cm, "GIRO  Betalingsinformasjon")
    c.setFont("Helvetica", 9)
    c.drawString(x0, 2.5 * cm, "Kontonummer 1503.42.71180    IBAN NO93 1503 4271 180    BIC DNBANOKKXXX")
    c.drawString(x0, 1.9 * cm, f"KID 0040817103947    Beløp NOK {nfmt(total)}    Betalingsfrist 22.10.2023")
    c.showPage()
    c.save()


def dansk_bill() -> Bill4:
    return Bill4(
        "51207",
        "2023-10-03",
        "2023-11-02",
        "Kursuscenter Hvidesande ApS",
        "DKK",
        "da",
        [
            ("Kursusdøgn inkl. forplejning", 16, "pers.", "1295.00", 25),
            ("Mødelokale Havblik, heldag", 2, "dag", "3400.00", 25),
            ("Workshop: Ung i fællesskab (ekstern underviser)", 1, "stk.", "8500.00", 25),
            ("Teknik og materialer", 1, "stk.", "650.00", 25),
        ],
    )


def draw_dansk(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    _, vat, net, total = b.amounts()
    x0, x1 = 2.2 * cm, w - 2.0 * cm
    c.setFont("Times-Bold", 18)
    c.drawRightString(x1, h - 2.2 * cm, "Kursuscenter Hvidesande")
    c.setFont("Times-Roman", 9)
    for i, ln in enumerate(
        ["Strandvejen 112 · 6960 Hvide Sande · Danmark", "Tlf. +45 97 31 12 40 · CVR-nr. 38 44 19 02", "bogholderi@kc-hvidesande.dk"]
    ):
        c.drawRightString(x1, h - 2.7 * cm - i * 11, ln)
    c.setFont("Times-Roman", 10.5)
    for i, ln in enumerate(PITEA_BUYER):  # the address field of a window envelope
        c.drawString(x0, h - 5.0 * cm - i * 13, ln)
    c.setFont("Times-Bold", 14)
    c.drawString(x0, h - 8.3 * cm, f"Faktura nr. {b.number}")
    c.setFont("Times-Roman", 10)
    c.drawString(x0, h - 8.9 * cm, "Fakturadato: 3. oktober 2023      Betalingsbetingelser: netto 30 dage      Jeres ref.: Lina Öhman")
    y = h - 10.0 * cm
    c.setFont("Times-Bold", 10)
    c.drawString(x0, y, "Tekst")
    c.drawRightString(12.5 * cm, y, "Antal")
    c.drawRightString(15.4 * cm, y, "Pris pr. enhed")
    c.drawRightString(x1, y, "Beløb DKK")
    c.setDash(1, 2)
    c.line(x0, y - 4, x1, y - 4)
    c.setDash()
    c.setFont("Times-Roman", 10)
    y -= 17
    for desc, q, u, p, _ in b.lines:
        c.drawString(x0, y, desc)
        c.drawRightString(12.5 * cm, y, f"{qfmt(q)} {u}")
        c.drawRightString(15.4 * cm, y, nfmt(D(p), ".", ","))
        c.drawRightString(x1, y, nfmt(b.line_amount(q, p), ".", ","))
        y -= 15
    y -= 12
    for i, (k, v) in enumerate([("Subtotal", net), ("Moms 25 %", vat[D(25)]), ("Total DKK", total)]):
        c.setFont("Times-Bold" if i == 2 else "Times-Roman", 10.5)
        c.drawString(12.0 * cm, y - i * 15, k)
        c.drawRightString(x1, y - i * 15, nfmt(v, ".", ","))
    c.setFont("Times-Roman", 9.5)
    c.drawString(x0, 4.2 * cm, "Betaling senest 2. november 2023 via FI-kort eller bankoverførsel.")
    c.setFont("Courier-Bold", 11)
    c.drawString(x0, 3.5 * cm, "Betalingsid: +71< 000005120738 +85317442<")
    c.setFont("Times-Roman", 9)
    c.drawString(
        x0, 2.8 * cm, "Bank: Ringkjøbing Landbobank · Reg.nr. 7670 Kontonr. 0001442817 · IBAN DK52 7670 0001 4428 17 · BIC RINGDK22"
    )
    c.showPage()
    c.save()


def suomi_bill() -> Bill4:
    return Bill4(
        "230912-044",
        "2023-09-12",
        "2023-10-12",
        "Tornionlaakson Matkat Oy",
        "EUR",
        "fi",
        [
            ("Bussikuljetus Haaparanta–Ylläs–Haaparanta / Bussresa", 1, "kpl", "1480.00", 10),
            ("Majoitus / Logi, 2 yötä", 22, "hlö", "78.00", 10),
            ("Ateriat / Måltider, täysihoito", 22, "hlö", "46.50", 14),
            ("Opastettu vaellus / Guidad vandring", 1, "kpl", "520.00", 10),
        ],
    )


def draw_suomi(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    per_rate, vat, net, total = b.amounts()
    x0, x1 = 1.6 * cm, w - 1.6 * cm
    c.setStrokeColor(colors.HexColor("#003580"))
    c.setLineWidth(2)
    c.line(x0, h - 1.4 * cm, x1, h - 1.4 * cm)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x0, h - 2.2 * cm, "Tornionlaakson Matkat Oy")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, h - 2.7 * cm, "Rantakatu 9, 95400 Tornio, Suomi · Y-tunnus 2981447-6 · ALV-rek.")
    c.setFont("Helvetica-Bold", 16)
    c.drawRightString(x1, h - 2.2 * cm, "LASKU / FAKTURA")
    box = [
        ("Laskun numero / Fakturanr", b.number),
        ("Päiväys / Datum", "12.9.2023"),
        ("Eräpäivä / Förfallodag", "12.10.2023"),
        ("Viitteenne / Er referens", "Lina Öhman"),
        ("Viivästyskorko / Dröjsmålsränta", "11,5 %"),
    ]
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    c.rect(11.0 * cm, h - 7.0 * cm, x1 - 11.0 * cm, 3.6 * cm)
    c.setFont("Helvetica", 8.5)
    for i, (k, v) in enumerate(box):
        c.drawString(11.3 * cm, h - 4.0 * cm - i * 13, k)
        c.drawRightString(x1 - 0.3 * cm, h - 4.0 * cm - i * 13, v)
    c.setFont("Helvetica", 10)
    for i, ln in enumerate(PITEA_BUYER):
        c.drawString(x0, h - 4.0 * cm - i * 12.5, ln)
    y = h - 8.2 * cm
    heads = ["Nimike / Benämning", "Määrä", "Yks.", "A-hinta", "ALV %", "Veroton", "ALV", "Yhteensä"]
    xs = [x0, 10.6 * cm, 11.9 * cm, 13.6 * cm, 14.8 * cm, 16.5 * cm, 17.8 * cm, x1]
    c.setFillColor(colors.HexColor("#dfe7f3"))
    c.rect(x0 - 2, y - 4, x1 - x0 + 4, 13, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(xs[0], y, heads[0])
    for x, t in zip(xs[1:], heads[1:], strict=True):
        c.drawRightString(x, y, t)
    y -= 15
    c.setFont("Helvetica", 7.5)
    for desc, q, u, p, r in b.lines:
        amt = b.line_amount(q, p)
        lv = (amt * D(r) / 100).quantize(Decimal("0.01"))
        c.drawString(xs[0], y, desc)
        for x, t in zip(xs[1:], [qfmt(q), u, nfmt(D(p)), str(r), nfmt(amt), nfmt(lv), nfmt(amt + lv)], strict=True):
            c.drawRightString(x, y, t)
        y -= 13
    y -= 14
    rows = [("Veroton yhteensä / Summa exkl. moms", net)]
    rows += [(f"ALV {r} % / Moms {r} %", vat[r]) for r in sorted(per_rate)]
    rows += [("Maksettava yhteensä / Att betala EUR", total)]
    for i, (k, v) in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == len(rows) - 1 else "Helvetica", 9)
        c.drawString(10.6 * cm, y - i * 13, k)
        c.drawRightString(x1, y - i * 13, nfmt(v))
    # the Finnish bank transfer form (tilisiirto) at the foot
    c.setLineWidth(0.8)
    c.rect(x0, 1.3 * cm, x1 - x0, 4.0 * cm)
    c.line(x0, 3.3 * cm, x1, 3.3 * cm)
    c.line(11.5 * cm, 1.3 * cm, 11.5 * cm, 5.3 * cm)
    c.setFont("Helvetica", 7)
    c.drawString(x0 + 4, 5.0 * cm, "Saajan tilinumero / Mottagarens kontonummer")
    c.drawString(11.5 * cm + 4, 5.0 * cm, "Saaja / Mottagare")
    c.drawString(x0 + 4, 3.0 * cm, "Viitenumero / Ref.nr")
    c.drawString(11.5 * cm + 4, 3.0 * cm, "Eräpäivä / Förfallodag        Euro")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0 + 4, 4.4 * cm, "FI21 4970 0010 4477 12   BIC OKOYFIHH")
    c.drawString(11.5 * cm + 4, 4.4 * cm, "Tornionlaakson Matkat Oy")
    c.drawString(x0 + 4, 2.3 * cm, "23 09120 04478")
    c.drawString(11.5 * cm + 4, 2.3 * cm, f"12.10.2023          {nfmt(total)}")
    c.showPage()
    c.save()


def kvitto_bill() -> Bill4:
    return Bill4(
        "0412-0087-5531",
        "2023-08-17",
        "2023-08-17",
        "Sportlagret i Piteå AB",
        "SEK",
        "sv",
        [
            ("FOTBOLL STL 5", 6, "st", "299.00", 25),
            ("KONER 40-PACK", 2, "st", "189.00", 25),
            ("VÄSTAR MARKERING 10P", 3, "st", "249.00", 25),
            ("VATTENFLASKA 0,75L", 24, "st", "39.90", 25),
            ("FÖRSTA HJÄLPEN-VÄSKA", 1, "st", "449.00", 25),
        ],
        org_no="556871-4402",
        gross_prices=True,
    )


def draw_kvitto(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = 8.0 * cm, 21.0 * cm
    c = Canvas(str(path), pagesize=(w, h), invariant=1)
    per_rate, vat, net, total = b.amounts()
    x0, x1 = 0.4 * cm, w - 0.4 * cm
    y = h - 1.0 * cm
    c.setFont("Courier-Bold", 11)
    c.drawCentredString(w / 2, y, "SPORTLAGRET")
    c.setFont("Courier", 7.5)
    for ln in ["Sportlagret i Piteå AB", "Storgatan 31, 941 32 Piteå", "Org.nr 556871-4402", "Tel 0911-155 20"]:
        y -= 10
        c.drawCentredString(w / 2, y, ln)
    y -= 16
    c.drawString(x0, y, "2023-08-17 15:42   Kassa 2")
    y -= 10
    c.drawString(x0, y, f"Kvittonr {b.number}")
    y -= 8
    c.drawString(x0, y, "-" * 42)
    for desc, q, u, p, _ in b.lines:
        y -= 10
        c.drawString(x0, y, desc)
        y -= 10
        c.drawString(x0 + 0.4 * cm, y, f"{q} {u} x {nfmt(D(p))}")
        c.drawRightString(x1, y, nfmt(b.line_amount(q, p)))
    y -= 8
    c.drawString(x0, y, "-" * 42)
    y -= 14
    c.setFont("Courier-Bold", 10)
    c.drawString(x0, y, "TOTALT SEK")
    c.drawRightString(x1, y, nfmt(total))
    c.setFont("Courier", 7.5)
    y -= 14
    c.drawString(x0, y, "Moms%     Moms     Netto    Brutto")
    y -= 10
    c.drawString(x0, y, f"25,00 {nfmt(vat[D(25)]):>9} {nfmt(net):>9} {nfmt(total):>9}")
    y -= 16
    c.drawString(x0, y, "Kort: VISA ************4471")
    y -= 10
    c.drawString(x0, y, f"Köp SEK {nfmt(total)}   Godkänd")
    y -= 10
    c.drawString(x0, y, "Ref: 082317  Term: 44871202")
    y -= 18
    c.drawCentredString(w / 2, y, "Öppet köp 30 dagar mot kvitto")
    y -= 10
    c.drawCentredString(w / 2, y, "Tack för ditt köp!")
    c.showPage()
    c.save()


def bygg_bill() -> Bill4:
    return Bill4(
        "F23-1190",
        "2023-11-08",
        "2023-12-08",
        "Norrbottens Markbygg AB",
        "SEK",
        "sv",
        [
            ("Markarbete spontanidrottsplats Öjebyn", 64, "tim", "685.00", 25),
            ("Grävmaskin 14 t inkl. förare", 22, "tim", "1150.00", 25),
            ("Bärlager 0–32, levererat", 48, "ton", "245.00", 25),
            ("Konstgräsmatta, läggning", 420, "m²", "78.50", 25),
        ],
        org_no="556603-2178",
        reverse_charge=True,
        discount_pct=D(5),
    )


def draw_bygg(path: Path, b: Bill4) -> None:
    from reportlab.pdfgen.canvas import Canvas

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    _, _, net, total = b.amounts()
    x0, x1 = 2.0 * cm, w - 2.0 * cm
    c.setFillColor(colors.HexColor("#f2a900"))
    c.rect(x0, h - 2.6 * cm, 1.2 * cm, 1.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0 + 1.5 * cm, h - 1.9 * cm, "NORRBOTTENS MARKBYGG")
    c.setFont("Helvetica", 8)
    c.drawString(x0 + 1.5 * cm, h - 2.4 * cm, "Industrivägen 12 · 941 47 Piteå · Org.nr 556603-2178 · Innehar F-skattsedel")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, h - 3.8 * cm, f"Faktura {b.number}")
    c.setFont("Helvetica", 9)
    meta = [
        ("Fakturadatum", b.date),
        ("Förfallodatum", b.due),
        ("Arbetsplats", "Spontanidrottsplats Öjebyn"),
        ("Er referens", "Projekt 4410 / Lina Öhman"),
        ("Köparens momsreg.nr", "SE212000-2742 01"),
        ("Vårt momsreg.nr", "SE556603217801"),
    ]
    for i, (k, v) in enumerate(meta):
        c.drawString(x0, h - 4.5 * cm - i * 12, k)
        c.drawString(x0 + 3.8 * cm, h - 4.5 * cm - i * 12, v)
    for i, ln in enumerate(PITEA_BUYER[:4]):
        c.drawString(12.5 * cm, h - 4.5 * cm - i * 12, ln)
    y = h - 8.4 * cm
    c.setFont("Helvetica-Bold", 8.5)
    for x, t, right in [
        (x0, "Specifikation", False),
        (12.2 * cm, "Antal", True),
        (12.5 * cm, "Enhet", False),
        (15.6 * cm, "À-pris", True),
        (x1, "Summa", True),
    ]:
        (c.drawRightString if right else c.drawString)(x, y, t)
    c.line(x0, y - 4, x1, y - 4)
    c.setFont("Helvetica", 8.5)
    y -= 16
    for desc, q, u, p, _ in b.lines:
        c.drawString(x0, y, desc)
        c.drawRightString(12.2 * cm, y, qfmt(q))
        c.drawString(12.5 * cm, y, u)
        c.drawRightString(15.6 * cm, y, nfmt(D(p)))
        c.drawRightString(x1, y, nfmt(b.line_amount(q, p)))
        y -= 13
    c.drawString(x0, y, f"Rabatt {b.discount_pct:f} % enligt ramavtal")
    c.drawRightString(x1, y, nfmt(-b.discount()))
    y -= 8
    c.line(11.0 * cm, y, x1, y)
    y -= 14
    for i, (k, v) in enumerate([("Netto", net), ("Moms 0 %", Decimal(0)), ("Att betala SEK", total)]):
        c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 9.5)
        c.drawString(11.0 * cm, y - i * 13, k)
        c.drawRightString(x1, y - i * 13, nfmt(v))
    y -= 3 * 13 + 16
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "Omvänd betalningsskyldighet för byggtjänster gäller.")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y - 12, "Köparen redovisar och betalar momsen (mervärdesskattelagen 16 kap. 13 §).")
    c.setFont("Helvetica", 8)
    c.drawString(x0, 1.8 * cm, "Bankgiro 5127-4410 · OCR 11904410 · Dröjsmålsränta enligt räntelagen · Styrelsens säte Piteå")
    c.showPage()
    c.save()


@case
def invoices_grannland():
    d = fresh("invoices-grannland")
    bills = [
        ("Faktura 2023-40817 Fjellheim Leirsted.pdf", norsk_bill(), draw_norsk),
        ("Faktura 51207 Kursuscenter Hvidesande.pdf", dansk_bill(), draw_dansk),
        ("Lasku 230912-044 Tornionlaakson Matkat.pdf", suomi_bill(), draw_suomi),
        ("Kvitto Sportlagret 2023-08-17.pdf", kvitto_bill(), draw_kvitto),
        ("Faktura F23-1190 Norrbottens Markbygg.pdf", bygg_bill(), draw_bygg),
    ]
    files = {}
    for name, b, draw in bills:
        draw(d / name, b)
        files[name] = b.gold()
    texts = page_texts(d / bills[0][0])
    assert len(texts) == 2 and page_of(texts, "Administrasjonsgebyr") == 2
    write_gold(
        d,
        files,
        "Five suppliers in new layouts: a Norwegian camp site (NOK, MVA 12/15/25 %, 34 lines continuing on page 2 "
        "under a repeated header after 'Fortsettes på neste side', totals on page 2, KID and a yellow giro band); a "
        "Danish course centre (DKK, moms 25 %, window-envelope address, '3. oktober 2023', FIK 'Betalingsid: "
        "+71< … +85317442<'); a Finnish bilingual 'LASKU / FAKTURA' (EUR, ALV 10 % + 14 %, per-line VAT and gross "
        "columns, Y-tunnus, viitenumero in a bank-transfer form, '12.9.2023'); a Swedish shop's till receipt on "
        "80 mm paper (prices incl. VAT; net and VAT only in the 'Moms% Moms Netto Brutto' line; invoice_number the "
        "'Kvittonr'); a Swedish builder with reverse charge ('Omvänd betalningsskyldighet', VAT 0, total = net) "
        "and a 5 % discount line deducted before the net.",
    )


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
