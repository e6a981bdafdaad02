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
import shutil
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import Bill, bill_pdf, response_gold  # noqa: E402
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

ONES = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton",
        "femton", "sexton", "sjutton", "arton", "nitton"]
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
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
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
    Act("2", "Sommarlovsaktiviteter för barn", D(64000), "accepts_full", ["outside_grant_period"], needle="Aktivitet 2. Sommarlovsaktiviteter"),
    Act("3", "Föräldracafé i Dalaberg", D(41200), "accepts_partial", ["excessive_cost"], ["2"], repay=D(15000),
        needle="Aktivitet 3. Föräldracafé i Dalaberg"),
    Act("4", "Områdesvärdar", D(126000), "disputes", ["ordinary_operations", "exercise_of_authority"], ["3", "4"],
        needle="Aktivitet 4. Områdesvärdar"),
]


def uddevalla_blocks() -> list:
    k = "dashkr"
    return [
        ("rich", "small", "<b>UDDEVALLA KOMMUN</b><br/>PROTOKOLLSUTDRAG<br/>Socialnämnden<br/>Sammanträdesdatum 2025-02-19"),
        ("space", 8),
        ("h2", "§ 112 Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", "Dnr SN 2025/0031"),
        ("h3", "Beslut"),
        ("p", "Socialnämnden beslutar att som sitt yttrande till Socialstyrelsen över det preliminära beslutet om "
              "återkrav av statsbidrag till kommuner med utsatta områden 2022 (Socialstyrelsens dnr 9.1-60217/2024) anföra "
              "det som står under Ärendebeskrivning, samt"),
        ("p", "att bestrida återkravet avseende aktivitet 1 och aktivitet 4,"),
        ("p", "att medge återkravet avseende aktivitet 2 i sin helhet,"),
        ("p", "att medge återkravet avseende aktivitet 3 med " + m(15000, k) + " och i övrigt bestrida det, samt"),
        ("p", "att paragrafen justeras omedelbart."),
        ("h3", "Ärendebeskrivning"),
        ("p", "Socialstyrelsen har i skrivelse 2025-01-20 meddelat att myndigheten avser att återkräva " + m(315700, k)
              + " av det statsbidrag om " + m(1250000, k) + " som kommunen tog emot för 2022. Kommunen har getts "
              "möjlighet att yttra sig senast 2025-02-28. Förvaltningen har gått igenom myndighetens bedömning av de fyra "
              "aktiviteterna."),
        ("rich", "p", "<b>Aktivitet 1. Läxhjälp i Tureborg</b> (" + m(84500, k) + "). Socialstyrelsen bedömer att "
                      "kostnaderna inte kan styrkas eftersom fakturor för lokal och material saknas. Förvaltningen har nu "
                      "tagit fram fakturorna och en sammanställning av timmarna, se bilaga 1. Läxhjälpen pågick två "
                      "kvällar i veckan med omkring 30 elever."),
        ("rich", "p", "<b>Aktivitet 2. Sommarlovsaktiviteter för barn</b> (" + m(64000, k) + "). Enligt Socialstyrelsen "
                      "genomfördes aktiviteterna sommaren 2023 och ligger därmed utanför bidragsperioden. Förvaltningen "
                      "delar bedömningen."),
        ("rich", "p", "<b>Aktivitet 3. Föräldracafé i Dalaberg</b> (" + m(41200, k) + "). Socialstyrelsen anser att "
                      "kostnaden för förtäring är oskäligt hög. Förvaltningen instämmer i att cateringen kunde ha "
                      "upphandlats billigare och föreslår att " + m(15000, k) + " återbetalas. Underlag för övriga "
                      "kostnader finns i bilaga 2."),
        ("rich", "p", "<b>Aktivitet 4. Områdesvärdar</b> (" + m(126000, k) + "). Socialstyrelsen menar att "
                      "områdesvärdarna är en del av den ordinarie verksamheten och att deras uppdrag delvis utgör "
                      "myndighetsutövning. Områdesvärdarna anställdes för projektet och har inga "
                      "myndighetsuppgifter, vilket framgår av anställningsavtal och uppdragsbeskrivning (bilagorna 3 och 4)."),
        ("p", "Sammantaget medger nämnden återkrav med " + m(79000, k) + "."),
        ("h3", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2025-02-05 från socialförvaltningen\n"
              "Bilaga 1 Fakturor och timsammanställning läxhjälp 2022\n"
              "Bilaga 2 Kostnadsunderlag föräldracafé\n"
              "Bilaga 3 Anställningsavtal områdesvärdar\n"
              "Bilaga 4 Uppdragsbeskrivning områdesvärdar"),
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
    pdf = render_pdf(d / name, uddevalla_blocks(), L,
                     Page(font="Times-Roman", size_pt=11, footer="Justerandes sign. ______   Utdragsbestyrkande ______   {page}({pages})"))
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
    write_gold(d, {name: g},
               "A committee's minutes extract: '§ 112 Yttrande över …', the positions first as att-clauses under 'Beslut', "
               "then 'Ärendebeskrivning' with run-in bold activity lines, 'Beslutsunderlag' as the attachment list "
               "('Bilaga N title' lines after a Tjänsteskrivelse line), a justering line and three signatures "
               "(ordförande, sekreterare, justerare). Amounts '84 500,- kr'. doc_date: the meeting date.")


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
