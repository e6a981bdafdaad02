#!/usr/bin/env python3
"""Ninth genre corpus (blind-made): responses to Socialstyrelsen's preliminary reclaim decisions in
house styles none of genre … genre7 has, a scan, and invoices from five new suppliers.

    /work/main/.venv/bin/python tests/gen/genre9.py [case ...]

Everything is invented (municipality names are real, L–Ö, unused in the other corpora). Built
without running granttrail; gold from the generator's own data, pages looked up in the PDFs.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre_kit import (  # noqa: E402
    D,
    Act,
    Ledger,
    Page,
    group,
    m,
    page_texts,
    render_pdf,
    scan_pdf,
    write_gold,
)
from genre2 import Ledger2, response_gold  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "genre9"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case = _CASES.case

FONTS = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, str(FONTS / _f)))


class Ledger9(Ledger2):
    """genre_kit's ledger with this corpus' amount formats."""

    def fmt(self, v: Decimal, style: str) -> str:
        s = self.sep
        if style == "kolon":  # old Swedish kronor:öre, "12 500:00"
            return f"{group(v, s, 'always', ':')}"
        if style == "kolonkr":
            return f"{group(v, s, 'always', ':')} kr"
        if style == "punktsek":  # "SEK 12.500,00"
            return f"SEK {group(v, '.', 'always', ',')}"
        if style == "krpunkt":  # "Kr 12.500"
            return f"Kr {group(v, '.', 'auto', ',')}"
        if style == "kronorpunkt":
            return f"{group(v, '.', 'auto', ',')} kronor"
        return super().fmt(v, style)


genre_kit.Ledger = Ledger9  # render_pdf's page-counting pass makes its ledger by this name


def att_gold(items: list[tuple[str, str]]) -> list[dict]:
    return [{"attachment_id": a, "activity_no": n, "invoice_number": None} for a, n in items]


REASON_TEXT = {
    "purpose_mismatch": "att kostnaden inte ligger i linje med bidragets syfte",
    "unverifiable_costs": "att kostnaderna inte går att verifiera eftersom underlag saknas",
    "exercise_of_authority": "att insatsen utgör myndighetsutövning",
    "outside_grant_period": "att kostnaderna uppstått utanför bidragsperioden",
    "ordinary_operations": "att det rör sig om ordinarie verksamhet",
    "excessive_cost": "att kostnaden är orimligt hög i förhållande till insatsen",
    "description_mismatch": "att beskrivningen i redovisningen inte stämmer med kostnaderna",
    "missing_description": "att aktiviteten saknar en beskrivning",
    "conditions_not_met": "att villkoren för bidraget inte är uppfyllda",
}


def sig_block(name: str, role: str, extra: str = "") -> str:
    return f"{name}\n{role}" + (f"\n{extra}" if extra else "")


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    for n in names:
        CASES[n]()
        print("made", n)


# ==========================================================================================
# 1. Umeå: headings "Återkrav 2 av 5 – Title" (the "av 5" is a count), amounts in the old
#    kronor:öre form "48 250:00", reasons as a lettered list "a)" "b)", refs "bil. 3 och 4".


@case
def prose_umea():
    d = _CASES.fresh("prose-umea")
    lg = Ledger9()
    acts = [
        Act("3", "Feriepraktik med handledning på Ålidhem", D("48250"), "disputes", ["ordinary_operations", "unverifiable_costs"], ["1", "2"]),
        Act("6", "Föräldranätverk i Tomtebo", D("16400.50"), "accepts_full", ["outside_grant_period"], []),
        Act("8", "Digitalt fritidsgårdsråd", D("92800"), "accepts_partial", ["excessive_cost"], ["3", "4"], repay=D("30000")),
        Act("11", "Idrottslyftet Ersboda", D("37120"), "disputes", ["description_mismatch"], ["5"]),
        Act("12", "Trygghetsinventering med boende", D("9900"), "accepts_full", ["missing_description"], []),
    ]
    for a in acts:
        a.needle = f"Återkrav {acts.index(a) + 1} av 5"
    blocks = [
        ("rich", "p", "<b>UMEÅ KOMMUN</b><br/>Fritidsförvaltningen<br/>Skolgatan 31 A, 901 84 Umeå"),
        ("space", 10),
        ("rich", "p", "Socialstyrelsen<br/>Enheten för statsbidrag<br/>106 30 Stockholm"),
        ("p", "Umeå 2025-03-04\nVår beteckning: FRN-2024/0388\nEr beteckning: 8.4-33719/2024"),
        ("h2", "Yttrande över preliminärt beslut om återkrav – statsbidrag till kommuner med socioekonomiskt eftersatta områden 2022"),
        ("p", "Socialstyrelsen har i sitt preliminära beslut den 29 januari 2025 meddelat att myndigheten avser att återkräva "
              f"sammanlagt {m('204470.50', 'kolonkr')} av det statsbidrag som Umeå kommun erhöll för 2022. Kommunen har getts "
              "möjlighet att yttra sig och lämnar härmed följande synpunkter. Återkraven behandlas i den ordning de förekommer "
              "i beslutet; numreringen inom parentes är Socialstyrelsens."),
    ]
    bodies = {
        "3": ("Socialstyrelsen anför a) att handledarnas tid ingår i kommunens ordinarie uppdrag och b) att lönekostnaderna "
              "inte kan spåras till enskilda ungdomar.",
              "Kommunen delar inte denna bedömning. Handledarna anställdes särskilt för sommaren 2022 och deras timlistor "
              "framgår av bil. 1 och 2. Kommunen bestrider därför återkravet i sin helhet."),
        "6": ("Enligt Socialstyrelsen har nätverksträffarna hållits under våren 2023, det vill säga efter bidragsperioden.",
              "Kommunen konstaterar att uppgiften stämmer. Återkravet godtas och beloppet kommer att betalas tillbaka."),
        "8": ("Socialstyrelsen bedömer att kostnaden för plattformslicensen är orimligt hög i förhållande till det antal "
              "ungdomar som deltog.",
              f"Kommunen kan hålla med om att licensen för andra året inte behövdes fullt ut. Kommunen medger därför "
              f"återbetalning av {m('30000', 'kolonkr')} men motsätter sig återkravet i övrigt, se bil. 3 och 4."),
        "11": ("Myndigheten menar att beskrivningen av aktiviteten i redovisningen inte stämmer överens med de kostnader "
               "som redovisats.",
               "Kostnaderna avser hyra av Ersboda sporthall och ledararvoden, vilket är precis vad redovisningen beskriver "
               "(bil. 5). Kommunen anser att återkravet saknar grund."),
        "12": ("Socialstyrelsen noterar att aktiviteten saknar beskrivning i redovisningen.",
               "Beskrivningen föll bort när redovisningen registrerades. Kommunen har inga invändningar och betalar "
               "tillbaka beloppet."),
    }
    for i, a in enumerate(acts, 1):
        ass, ans = bodies[a.no]
        blocks += [
            ("h3", f"Återkrav {i} av 5 – {a.title} (aktivitet {a.no})"),
            ("p", f"Återkrävt belopp: {m(a.claimed, 'kolonkr')}"),
            ("rich", "p", f"<i>Socialstyrelsens bedömning.</i> {ass}"),
            ("rich", "p", f"<i>Kommunens yttrande.</i> {ans}"),
        ]
    blocks += [
        ("p", f"Sammantaget godtar kommunen återbetalning av {m('56300.50', 'kolonkr')}."),
        ("h3", "Bilagor"),
        ("p", "bil. 1 Timlistor handledare feriepraktik juni–augusti 2022\nbil. 2 Anställningsavtal handledare\n"
              "bil. 3 Licensavtal Fritidsrådet.se\nbil. 4 Användarstatistik 2022\nbil. 5 Hyresavtal Ersboda sporthall"),
        ("space", 12),
        ("p", "För fritidsnämnden i Umeå kommun"),
        ("space", 18),
        ("p", "Sofia Lindqvist-Aho\nFritidsnämndens ordförande (S)"),
        ("p", "Kontaktperson: Jonas Nordström, utvecklingsstrateg, 090-16 14 92, jonas.nordstrom@umea.se"),
    ]
    pdf = render_pdf(d / "Yttrande FRN-2024-0388 Umeå.pdf", blocks, lg,
                     Page(font="Times-Roman", size_pt=11, footer="{page} ({pages})"))
    g = response_gold(pdf, "Umeå kommun", "2025-03-04", acts, lg,
                      attachments=att_gold([("1", "3"), ("2", "3"), ("3", "8"), ("4", "8"), ("5", "11")]),
                      activity_invoices={}, checks=[],
                      people=[{"name": "Sofia Lindqvist-Aho", "role": "ordförande", "party": "S"},
                              {"name": "Jonas Nordström", "role": "utvecklingsstrateg", "phone": "+4690161492",
                               "email": "jonas.nordstrom@umea.se"}])
    write_gold(d, {pdf.name: g}, "Headings 'Återkrav N av 5 – Title (aktivitet 3)': the running count 'N av 5' is not the "
               "activity number; the agency's number is in the parentheses. Amounts in the old kronor:öre form '48 250:00 kr'. "
               "Reasons as a) b) inside a sentence. Positions 'bestrider … i sin helhet', 'Återkravet godtas', 'medger "
               "återbetalning av 30 000:00 kr men motsätter sig återkravet i övrigt', 'saknar grund', 'inga invändningar'.")


if __name__ == "__main__":
    main(sys.argv[1:])
