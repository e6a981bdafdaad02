"""Re-create the second blind genre corpus: tests/data/genre2/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre2.py [CASE ...]

A second corpus made the same way as tests/data/genre/ (tests/gen/genre.py), in house styles,
amount formats, word processors, scanners and invoice layouts that corpus does not have, so that
it still measures how the pipeline does on documents nobody tuned it on. Every person, amount,
sentence and invoice number is invented (municipality names are real). Gold is written from this
generator's own data; page numbers are found by looking headings up in the finished PDFs
(pypdfium2), never by running granttrail.

Deterministic for the reportlab and scanned files. The Word-made case (table-lulea, and the scan
made from it) needs python-docx and LibreOffice (`soffice --headless --convert-to pdf`); it is
rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when its PDF is missing, as LibreOffice stamps dates
into the PDF. The building blocks (money ledger, reportlab pages, scans, the invoice model) are
shared with genre.py through genre_kit.py.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402

from genre_kit import (  # noqa: E402
    ROOT,
    Act,
    Inv,
    Ledger,
    Page,
    activities_gold,
    group,
    invoice_pdf,
    m,
    merge_pdfs,
    page_of,
    page_texts,
    render_pdf,
    run,
    scan_pdf,
    totals,
    write_gold,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre2"
CASES = {}
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre2-build")


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


class Ledger2(Ledger):
    """genre_kit's ledger with the amount formats of this corpus' house styles."""

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        own = {
            "krpre": f"kr {g}",  # "kr 12 500"
            "dots": f"{group(v, '.')} kr",  # "12.500 kr"
            "sekdec": f"SEK {group(v, self.sep, 'always')}",  # "SEK 12 500,00"
            "sekonly": f"{g} SEK",
            "decbare": group(v, self.sep, "always"),
            "decsuffix": f"{group(v, self.sep, 'always')} kr",
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger2  # render_pdf's first (page-counting) pass makes its ledger by this name


def response_gold(pdf: Path, issuer: str, date: str, acts: list[Act], ledger: Ledger, municipality: str = "", **extra) -> dict:
    texts = page_texts(pdf)
    g = {
        "kind": "response",
        "issuer": issuer,
        "municipality": municipality or issuer.replace(" kommun", ""),
        "addressee": "Socialstyrelsen",
        "doc_date": date,
        "page_count": len(texts),
        "activities": activities_gold(acts, texts),
        "totals": totals(acts),
    }
    g.update(ledger.gold())
    g.update(extra)
    return g


def simple_doc(path: Path, title: str, paras: list[str], header: str) -> Path:
    """An attachment that is not an invoice (agreement, list, report): text only."""
    blocks = [("h1", title)] + [("p", p) for p in paras]
    return render_pdf(path, blocks, Ledger(), Page(header=header, footer="Sida {page}", font="Times-Roman"))


# ------------------------------------------------------------------------------------------
# 1. Norrtälje: "Punkt N. Title" headings, amounts as "kr 84 000", the agency's assessment under
#    a run-in label "Socialstyrelsens bedömning:", positions with "bestrider", "medger delvis …
#    kr 40 000", "godtar"; "Bilaga N:" list; a summary table with a zero column (optional money);
#    an invoice supplied in bilagor/.

NORRTALJE_ACTS = [
    Act("1", "Sommarlovsentreprenörer i Hallstavik", D(84000), "disputes", ["purpose_mismatch"], ["1"], needle="Punkt 1. Sommarlov"),
    Act(
        "2",
        "Trygghetsvärdar i Flygfyren",
        D(126500),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2", "3"],
        repay=D(40000),
        needle="Punkt 2. Trygghetsvärdar",
    ),
    Act("3", "Föreläsningsserie för vårdnadshavare", D(22750), "accepts_full", ["outside_grant_period"], needle="Punkt 3. Föreläsningsserie"),
    Act(
        "4",
        "Kartläggning av ungdomars fritidsvanor",
        D(58000),
        "disputes",
        ["missing_description", "ordinary_operations"],
        ["4"],
        needle="Punkt 4. Kartläggning",
    ),
]


def norrtalje_blocks() -> list:
    k = "krpre"
    return [
        ("p", "NORRTÄLJE KOMMUN\nVård- och omsorgskontoret"),
        ("p", "Till: Socialstyrelsen, Enheten för statsbidrag\nVår beteckning: VON 2024/0917\nDatum: 2025-02-18"),
        ("h1", "Svar på Socialstyrelsens preliminära beslut om återkrav – statsbidrag 2022"),
        (
            "p",
            "Socialstyrelsen har den 20 januari 2025 meddelat att myndigheten överväger att återkräva "
            + m(291250, k)
            + " av det statsbidrag om "
            + m(1400000, k)
            + " som Norrtälje kommun erhöll för 2022. Kommunen lämnar här sitt svar punkt för punkt i samma ordning som i "
            "myndighetens underrättelse.",
        ),
        ("h2", "Punkt 1. Sommarlovsentreprenörer i Hallstavik"),
        ("p", "Belopp som återkrävs: " + m(84000, k)),
        (
            "p",
            "Socialstyrelsens bedömning: Sommarlovsentreprenörskap är i första hand en arbetsmarknadsinsats och bedöms "
            "inte ligga inom ramen för bidragets syfte.",
        ),
        (
            "p",
            "Kommunens svar: Insatsen riktade sig uttryckligen till 24 ungdomar i Hallstavik som socialtjänsten bedömt "
            "ha en förhöjd risk att dras in i kriminalitet. Ungdomarna fick handledning av fältsekreterare under hela "
            "sommaren, se Bilaga 1. Kommunen bestrider därför återkravet för punkt 1.",
        ),
        ("h2", "Punkt 2. Trygghetsvärdar i Flygfyren"),
        ("p", "Belopp som återkrävs: " + m(126500, k)),
        (
            "p",
            "Socialstyrelsens bedömning: Av redovisningen går det inte att utläsa vilka kostnader som avser "
            "trygghetsvärdarna, och underlag för kostnaderna saknas.",
        ),
        (
            "p",
            "Kommunens svar: Kommunen bifogar fakturan från bevakningsbolaget och bolagets tidrapporter "
            "(Bilagorna 2 och 3). Av fakturan framgår att "
            + m(40000, k)
            + " avser rondering vid pendelparkeringen, som ligger utanför området. Kommunen medger delvis "
            "återkravet och återbetalar "
            + m(40000, k)
            + " men motsätter sig återkrav av resterande "
            + m(86500, k)
            + ".",
        ),
        ("h2", "Punkt 3. Föreläsningsserie för vårdnadshavare"),
        ("p", "Belopp som återkrävs: " + m(22750, k)),
        (
            "p",
            "Socialstyrelsens bedömning: Föreläsningarna hölls i februari och mars 2023, det vill säga efter "
            "bidragsperioden.",
        ),
        ("p", "Kommunens svar: Kommunen godtar Socialstyrelsens bedömning i denna del."),
        ("h2", "Punkt 4. Kartläggning av ungdomars fritidsvanor"),
        ("p", "Belopp som återkrävs: " + m(58000, k)),
        (
            "p",
            "Socialstyrelsens bedömning: Insatsen saknar beskrivning i redovisningen, och en kartläggning av "
            "fritidsvanor bedöms vara en del av kommunens ordinarie planeringsarbete.",
        ),
        (
            "p",
            "Kommunens svar: Kartläggningen genomfördes av en extern utredare och omfattade enkäter till 410 elever "
            "i årskurs 7–9. Resultatet låg till grund för de insatser som beskrivs under punkt 1 och 2 "
            "(Bilaga 4). Kommunen har inte redovisat insatsen som ordinarie verksamhet och delar inte "
            "Socialstyrelsens bedömning.",
        ),
        ("h2", "Sammanställning"),
        (
            "table",
            [
                ["Punkt", "Återkrävs", "Kommunen medger"],
                ["1", m(84000, k), m(0, "opt_" + k)],
                ["2", m(126500, k), m(40000, k)],
                ["3", m(22750, k), m(22750, k)],
                ["4", m(58000, k), m(0, "opt_" + k)],
                ["Summa", m(291250, k), m(62750, k)],
            ],
            dict(widths=[0.2, 0.3, 0.3], ruled=True, header=1, align_right=[1, 2], bold_last=True),
        ),
        ("h2", "Bilagor"),
        (
            "p",
            "Bilaga 1: Handledningsplan sommarlovsentreprenörer 2022\n"
            "Bilaga 2: Faktura 220931 Roslagens Bevakning AB\n"
            "Bilaga 3: Tidrapporter trygghetsvärdar juni–augusti 2022\n"
            "Bilaga 4: Rapport Fritidsvanor bland unga i Norrtälje 2022",
        ),
        ("space", 10),
        ("p", "Handläggare: Maja Lindqvist, strateg, telefon 0176-71 45 20, e-post maja.lindqvist@norrtalje.se"),
        ("space", 16),
        ("p", "För vård- och omsorgsnämnden\n\nJonas Åberg (S)\nOrdförande"),
    ]


@case
def prose_norrtalje():
    d = fresh("prose-norrtalje")
    L = Ledger2()
    pdf = render_pdf(
        d / "Svar till Socialstyrelsen Norrtälje.pdf",
        norrtalje_blocks(),
        L,
        Page(font="Times-Roman", size_pt=11.5, footer="Sidan {page} av {pages}", margins=(2.8 * cm, 2.4 * cm, 2.2 * cm, 2.2 * cm)),
    )
    inv = Inv(
        "220931",
        "2022-09-06",
        "2022-10-06",
        "Roslagens Bevakning AB",
        ["Box 212, 761 23 Norrtälje", "Org.nr 556802-4471  Godkänd för F-skatt"],
        ["Norrtälje kommun", "Vård- och omsorgskontoret", "Fakturaref. VON4410", "761 80 Norrtälje"],
        [("Trygghetsvärdar Flygfyren juni–augusti", 1, "st", "69200", 25), ("Rondering pendelparkering", 1, "st", "32000", 25)],
        org_no="556802-4471",
        layout="footer",
        ref="VON4410",
        pay=[("Bankgiro", "5071-3382"), ("OCR", "22093100")],
    )
    invoice_pdf(d / "bilagor" / "Bilaga 2 Faktura 220931.pdf", [inv])
    simple_doc(
        d / "bilagor" / "Bilaga 4 Rapport fritidsvanor.pdf",
        "Fritidsvanor bland unga i Norrtälje 2022",
        ["Rapporten redovisar en enkät till elever i årskurs 7–9 i Norrtälje kommun hösten 2022.", "Utredare: Roslagsanalys HB."],
        "Rapport 2022:3",
    )
    g = response_gold(pdf, "Norrtälje kommun", "2025-02-18", NORRTALJE_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2", "invoice_number": "220931"},
        {"attachment_id": "3", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "4", "invoice_number": None},
    ]
    g["attachment_files"] = {"2": "Bilaga 2 Faktura 220931.pdf", "4": "Bilaga 4 Rapport fritidsvanor.pdf"}
    g["activity_invoices"] = {"2": [{"invoice_number": "220931", "invoice_date": "2022-09-06"}]}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": "2", "check": "invoice_sum_mismatch"}]
    g["people"] = [
        {"name": "Maja Lindqvist", "role": "strateg", "phone": "+46176714520", "email": "maja.lindqvist@norrtalje.se"},
        {"name": "Jonas Åberg", "role": "ordförande", "party": "S"},
    ]
    g["quantities"] = [{"value": 24, "unit": "ungdom"}, {"value": 410, "unit": "elev"}]
    write_gold(
        d,
        {pdf.name: g, "Bilaga 2 Faktura 220931.pdf": inv.gold()},
        "Prose, Times, 'Punkt N.' headings, 'kr 84 000' amounts, run-in labels for the agency's assessment and the "
        "answer, summary table with zero cells (optional), 'Bilaga N:' list; the invoice (gross 126 500) backs "
        "activity 2.",
    )


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
