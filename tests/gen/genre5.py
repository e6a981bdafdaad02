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
from genre4 import Ledger4, ledger_append, signature_row  # noqa: E402
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
    Act("9", "Fältarbete vid Rajalla/På Gränsen", D(96400), "disputes", ["exercise_of_authority"], ["4"], needle="Aktivitet 9 – Fältarbete"),
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

    body = ParagraphStyle("mb", fontName=font, fontSize=size, leading=size * 1.35, leftIndent=1.3 * cm, bulletIndent=0.35 * cm,
                          bulletFontSize=size - 2, spaceAfter=5)
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


if __name__ == "__main__":
    main(sys.argv[1:])
