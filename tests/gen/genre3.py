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

import json
import os
import shutil
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import Bill, Ledger2, leaders, response_gold  # noqa: E402
from genre_kit import (  # noqa: E402
    ROOT,
    Act,
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
CASES = {}
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre3-build")


def case(fn):
    CASES[fn.__name__.replace("_", "-")] = fn
    return fn


def fresh(name: str) -> Path:
    d = OUT / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def D(v) -> Decimal:  # noqa: N802 - reads like the literal it wraps
    return Decimal(str(v))


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
        "1", "Nattvandring med föräldrar på Öster", D(46000), "disputes", ["unverifiable_costs"], ["1"], needle="Nattvandring med föräldrar på Öster"
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
        "only inside the text; amounts in thousands with a prime (\"118' kr\" = 118 000); inline list "
        "'Bilagor: (1) …, (2) …'; two signatures side by side (chair with party, head of department).",
    )


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
