"""Re-create the seventh blind genre corpus: tests/data/genre7/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre7.py [CASE ...]

A seventh corpus made like tests/data/genre/ … genre5/, in house styles, amount formats, scanner
defects and invoice layouts none of them has, so that it measures the pipeline on documents nobody
tuned it on. Municipalities M–Ö only (a sibling corpus, genre6, has A–L). Every person, amount,
sentence, company and invoice number is invented (municipality names are real). Gold is written
from this generator's own data; page numbers are found by looking text up in the finished PDFs
(pypdfium2), never by running granttrail.

Everything is drawn with reportlab and PIL, so a full rebuild gives the same bytes. Building blocks
come from genre_kit.py (ledger, pages, page lookup, the case registry, scans), genre5.py (its
ledger, `finish`, `atts`, `copy_gold5`-like gold copying is done here on this corpus' folder) and
genre4.py (signature rows, the image-PDF writer and the Bill4 invoice model).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre4 import Bill4, images_pdf, signature_row  # noqa: E402
from genre5 import Ledger5, atts, finish  # noqa: E402
from genre_kit import ROOT, Act, D, Page, group, m, page_of, page_texts, render_pdf, write_gold  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre7"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case, fresh = _CASES.case, _CASES.fresh


class Ledger7(Ledger5):
    """The amount formats of this corpus' house styles, on top of genre2 … genre5's."""

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        own = {
            "tusen": f"{str((v / 1000).normalize()).replace('.', ',')} tusen kronor",  # "12,5 tusen kronor"
            "ensek": f"{group(v, ',', 'auto', '.')} SEK",  # "84,500 SEK"
            "enkr": f"SEK {group(v, ',', 'always', '.')}",  # "SEK 84,500.00"
            "apos": f"{group(v, chr(8217))} kr",  # "12’500 kr" (typographic apostrophe)
            "krsp": f"{g} kr",
            "chf": f"CHF {group(v, chr(39), 'always', '.')}",
            "exkl": f"{g} kr",
            "krcolon": f"kr {g}:-",  # "kr 12 500:-"
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger7  # render_pdf's page-counting pass makes its ledger by this name


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


def lazy(text: str, st: ParagraphStyle, L) -> tuple:
    """A paragraph in a style of the case's own, its amounts filled once (not per render pass)."""
    t = L.fill(text)
    return ("lazy", lambda: Paragraph(t, st))


def copy_gold7(src_case: str, dst_dir: Path, name: str, note: str, pages: dict, **extra) -> dict:
    """The gold of src_case for its scan `name`; pages maps original page -> page in the scan."""
    (g,) = json.loads((OUT / src_case / "gold.json").read_text(encoding="utf-8"))["files"].values()
    g = {**g, "scanned": True, **extra}
    g["activities"] = [{**a, "page_start": pages[a["page_start"]]} for a in g["activities"]]
    write_gold(dst_dir, {name: g}, note)
    return g


# ------------------------------------------------------------------------------------------
# 1. Mjölby: subsections "Aktivitet: <title> (SoS nr 12)", the agency's number only at the end of
#    the heading, in parentheses. Amounts in thousands written out: "42,5 tusen kronor". Positions
#    "Kommunen godtar …", "Kommunen delar inte …", "kan vi gå med på att 9,8 tusen kronor …".
#    Attachments "Bilaga 1–4" listed as "Bil. 1 …"; references "(jfr bil. 2)".

MJOLBY_ACTS = [
    Act(
        "12",
        "Nattvandring och trygghetsvandringar i Viby",
        D(42500),
        "disputes",
        ["ordinary_operations"],
        ["1"],
        needle="Aktivitet: Nattvandring",
    ),
    Act("14", "Simskola för nyanlända barn", D(18300), "accepts_full", ["outside_grant_period"], needle="Aktivitet: Simskola"),
    Act(
        "17",
        "Mötesplats Hagalund – kvällsöppet",
        D(67800),
        "accepts_partial",
        ["unverifiable_costs", "excessive_cost"],
        ["2", "3"],
        repay=D(9800),
        needle="Aktivitet: Mötesplats Hagalund",
    ),
    Act(
        "21",
        "Samordnare för föräldrastöd",
        D(112000),
        "disputes",
        ["purpose_mismatch"],
        ["4"],
        needle="Aktivitet: Samordnare för föräldrastöd",
    ),
]


def mjolby_blocks() -> list:
    t = "tusen"
    return [
        ("rich", "p", "<b>MJÖLBY KOMMUN</b><br/>Socialförvaltningen<br/>Avdelningen för förebyggande arbete"),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("p", "Mjölby 2025-02-20\nVår referens: SN 2024/388\nEr referens: 9.1-61744/2024"),
        ("h1", "Yttrande över preliminärt beslut om återbetalning av statsbidrag"),
        (
            "p",
            "Socialnämnden i Mjölby kommun har tagit del av Socialstyrelsens preliminära beslut om återkrav av "
            "statsbidraget till kommuner med socioekonomiskt eftersatta områden. Socialstyrelsen har numrerat de "
            "granskade aktiviteterna i sin redovisning; vi anger myndighetens nummer inom parentes efter varje "
            "rubrik. Det sammanlagda återkravet för fyra aktiviteter uppgår till " + m(240600, t) + ".",
        ),
        ("h2", "Aktivitet: Nattvandring och trygghetsvandringar i Viby (SoS nr 12)"),
        ("p", "Återkravet avser " + m(42500, t) + "."),
        (
            "p",
            "Socialstyrelsen menar att nattvandringarna är en del av kommunens ordinarie verksamhet eftersom de "
            "funnits i Viby sedan tidigare år.",
        ),
        (
            "p",
            "Kommunen delar inte den bedömningen. Vandringarna fanns tidigare bara under skolavslutningen. Med "
            "bidraget utökades de till varje fredag och lördag under hela 2022, med avlönade samordnare (jfr bil. 1). "
            "Kommunen anser därför att något återkrav inte ska göras.",
        ),
        ("h2", "Aktivitet: Simskola för nyanlända barn (SoS nr 14)"),
        ("p", "Återkravet avser " + m(18300, t) + "."),
        (
            "p",
            "Enligt Socialstyrelsen genomfördes simskolan i juni 2024, alltså efter att bidragsperioden hade löpt ut.",
        ),
        ("p", "Det stämmer. Kommunen godtar återkravet och betalar tillbaka hela beloppet."),
        ("h2", "Aktivitet: Mötesplats Hagalund – kvällsöppet (SoS nr 17)"),
        ("p", "Återkravet avser " + m(67800, t) + "."),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna för extrapersonal inte är styrkta och att hyran för lokalen är "
            "oskäligt hög i förhållande till verksamhetens omfattning.",
        ),
        (
            "p",
            "Lönekostnaderna framgår av utdrag ur lönesystemet (jfr bil. 2) och hyran av avtalet med fastighetsägaren "
            "(jfr bil. 3). För inköp av förbrukningsmaterial saknas dock kvitton. Där kan vi gå med på att "
            + m(9800, t)
            + " betalas tillbaka. I övrigt bestrider kommunen återkravet.",
        ),
        ("h2", "Aktivitet: Samordnare för föräldrastöd (SoS nr 21)"),
        ("p", "Återkravet avser " + m(112000, t) + "."),
        (
            "p",
            "Socialstyrelsen bedömer att tjänsten som samordnare inte ligger i linje med bidragets syfte, eftersom "
            "den riktat sig till föräldrar i hela kommunen.",
        ),
        (
            "p",
            "Samordnaren arbetade uteslutande med föräldrar i Hagalund och Viby, som båda pekats ut i kommunens "
            "lägesbild (jfr bil. 4). Kommunen motsätter sig återkravet i sin helhet.",
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Kommunen godtar återkrav om sammanlagt " + m(28100, t) + " (SoS nr 14 och del av nr 17) och bestrider "
            "återkraven i övrigt.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "Bil. 1 Schema och lönelistor nattvandring 2022\nBil. 2 Utdrag ur lönesystemet, Mötesplats Hagalund\n"
            "Bil. 3 Hyresavtal Hagalundsgården\nBil. 4 Lägesbild socioekonomiskt eftersatta områden, Mjölby 2021",
        ),
        ("space", 6),
        ("p", "För socialnämnden i Mjölby kommun"),
        signature_row([["Annika Sörbom (M)", "Ordförande"], ["Kenneth Alm", "Socialchef"]]),
        ("space", 8),
        ("small", "Handläggare: Sanna Öhrvall, utvecklingsledare, tfn 0142-853 17, sanna.ohrvall@mjolby.se"),
    ]


@case
def prose_mjolby():
    d = fresh("prose-mjolby")
    L = Ledger7()
    name = "Mjölby SN 2024-388 yttrande återkrav.pdf"
    render_pdf(d / name, mjolby_blocks(), L, Page(footer="Sida {page} av {pages}", font="Times-Roman", size_pt=11))
    finish(
        d,
        name,
        "Mjölby kommun",
        "2025-02-20",
        MJOLBY_ACTS,
        L,
        atts(("1", "12"), ("2", "17"), ("3", "17"), ("4", "21")),
        [
            {"name": "Annika Sörbom", "role": "ordförande", "party": "M"},
            {"name": "Kenneth Alm", "role": "socialchef"},
            {"name": "Sanna Öhrvall", "role": "utvecklingsledare", "phone": "+4614285317", "email": "sanna.ohrvall@mjolby.se"},
        ],
        "Subsection headings 'Aktivitet: <title> (SoS nr 12)': the agency's number only at the END of the heading, "
        "in parentheses (activity_no '12', '14', '17', '21'); the title is the text between the colon and the "
        "parenthesis. Every amount in thousands written out ('42,5 tusen kronor' = 42 500). Positions: 'delar inte "
        "den bedömningen … anser därför att något återkrav inte ska göras' (disputes), 'godtar återkravet och betalar "
        "tillbaka hela beloppet', 'kan vi gå med på att 9,8 tusen kronor betalas tillbaka. I övrigt bestrider' "
        "(partial), 'motsätter sig'. List 'Bil. N', references '(jfr bil. 2)'.",
        municipality="Mjölby",
    )


# ==== END OF CASES ====

if __name__ == "__main__":
    main(sys.argv[1:])
