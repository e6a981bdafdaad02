#!/usr/bin/env python3
"""Ninth genre corpus (blind-made): responses to Socialstyrelsen's preliminary reclaim decisions in
house styles none of genre … genre7 has, a scan, and invoices from five new suppliers.

    /work/main/.venv/bin/python tests/gen/genre9.py [case ...]

Everything is invented (municipality names are real, L–Ö, unused in the other corpora). Built
without running granttrail; gold from the generator's own data, pages looked up in the PDFs.
"""

from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import Ledger2, response_gold  # noqa: E402
from genre_kit import (  # noqa: E402
    Act,
    D,
    Page,
    group,
    m,
    render_pdf,
    write_gold,
)
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
        Act(
            "3",
            "Feriepraktik med handledning på Ålidhem",
            D("48250"),
            "disputes",
            ["ordinary_operations", "unverifiable_costs"],
            ["1", "2"],
        ),
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
        (
            "p",
            "Socialstyrelsen har i sitt preliminära beslut den 29 januari 2025 meddelat att myndigheten avser att återkräva "
            f"sammanlagt {m('204470.50', 'kolonkr')} av det statsbidrag som Umeå kommun erhöll för 2022. Kommunen har getts "
            "möjlighet att yttra sig och lämnar härmed följande synpunkter. Återkraven behandlas i den ordning de förekommer "
            "i beslutet; numreringen inom parentes är Socialstyrelsens.",
        ),
    ]
    bodies = {
        "3": (
            "Socialstyrelsen anför a) att handledarnas tid ingår i kommunens ordinarie uppdrag och b) att lönekostnaderna "
            "inte kan spåras till enskilda ungdomar.",
            "Kommunen delar inte denna bedömning. Handledarna anställdes särskilt för sommaren 2022 och deras timlistor "
            "framgår av bil. 1 och 2. Kommunen bestrider därför återkravet i sin helhet.",
        ),
        "6": (
            "Enligt Socialstyrelsen har nätverksträffarna hållits under våren 2023, det vill säga efter bidragsperioden.",
            "Kommunen konstaterar att uppgiften stämmer. Återkravet godtas och beloppet kommer att betalas tillbaka.",
        ),
        "8": (
            "Socialstyrelsen bedömer att kostnaden för plattformslicensen är orimligt hög i förhållande till det antal "
            "ungdomar som deltog.",
            f"Kommunen kan hålla med om att licensen för andra året inte behövdes fullt ut. Kommunen medger därför "
            f"återbetalning av {m('30000', 'kolonkr')} men motsätter sig återkravet i övrigt, se bil. 3 och 4.",
        ),
        "11": (
            "Myndigheten menar att beskrivningen av aktiviteten i redovisningen inte stämmer överens med de kostnader som redovisats.",
            "Kostnaderna avser hyra av Ersboda sporthall och ledararvoden, vilket är precis vad redovisningen beskriver "
            "(bil. 5). Kommunen anser att återkravet saknar grund.",
        ),
        "12": (
            "Socialstyrelsen noterar att aktiviteten saknar beskrivning i redovisningen.",
            "Beskrivningen föll bort när redovisningen registrerades. Kommunen har inga invändningar och betalar tillbaka beloppet.",
        ),
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
        (
            "p",
            "bil. 1 Timlistor handledare feriepraktik juni–augusti 2022\nbil. 2 Anställningsavtal handledare\n"
            "bil. 3 Licensavtal Fritidsrådet.se\nbil. 4 Användarstatistik 2022\nbil. 5 Hyresavtal Ersboda sporthall",
        ),
        ("space", 12),
        ("p", "För fritidsnämnden i Umeå kommun"),
        ("space", 18),
        ("p", "Sofia Lindqvist-Aho\nFritidsnämndens ordförande (S)"),
        ("p", "Kontaktperson: Jonas Nordström, utvecklingsstrateg, 090-16 14 92, jonas.nordstrom@umea.se"),
    ]
    pdf = render_pdf(d / "Yttrande FRN-2024-0388 Umeå.pdf", blocks, lg, Page(font="Times-Roman", size_pt=11, footer="{page} ({pages})"))
    g = response_gold(
        pdf,
        "Umeå kommun",
        "2025-03-04",
        acts,
        lg,
        attachments=att_gold([("1", "3"), ("2", "3"), ("3", "8"), ("4", "8"), ("5", "11")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Sofia Lindqvist-Aho", "role": "ordförande", "party": "S"},
            {"name": "Jonas Nordström", "role": "utvecklingsstrateg", "phone": "+4690161492", "email": "jonas.nordstrom@umea.se"},
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "Headings 'Återkrav N av 5 – Title (aktivitet 3)': the running count 'N av 5' is not the "
        "activity number; the agency's number is in the parentheses. Amounts in the old kronor:öre form '48 250:00 kr'. "
        "Reasons as a) b) inside a sentence. Positions 'bestrider … i sin helhet', 'Återkravet godtas', 'medger "
        "återbetalning av 30 000:00 kr men motsätter sig återkravet i övrigt', 'saknar grund', 'inga invändningar'.",
    )


# ==========================================================================================
# 2. Ronneby: the answer grouped BY POSITION: "1. Återkrav som kommunen godtar", "2. … delvis godtar",
#    "3. … bestrider", "4. … ännu inte kan ta ställning till"; the position is stated only in the
#    section heading (and the partial sum in the text). Amounts "SEK 12.500,00".


@case
def prose_ronneby():
    d = _CASES.fresh("prose-ronneby")
    lg = Ledger9()
    A = [
        Act("2", "Sommarlovsaktiviteter i Kuggeboda", D("22600"), "accepts_full", ["outside_grant_period"], []),
        Act("7", "Läxhjälp på Skogsgårdens bibliotek", D("8450"), "accepts_full", ["unverifiable_costs"], []),
        Act("4", "Fältassistenter kvällstid", D("131000"), "accepts_partial", ["ordinary_operations"], ["2"], repay=D("43500")),
        Act("1", "Mötesplats Kilen", D("67900"), "disputes", ["purpose_mismatch"], ["1"]),
        Act("9", "Samverkan med polisen i Kallinge", D("54250.75"), "disputes", ["exercise_of_authority"], ["3", "4"]),
        Act("5", "Ungdomsbuss", D("19800"), "unclear", ["description_mismatch"], ["5"]),
    ]
    for a in A:
        a.needle = f"Aktivitet {a.no}: {a.title}"
    body = {
        "2": (
            "Socialstyrelsen har funnit att kostnaderna avser juni 2023, utanför bidragsperioden.",
            "Vid en genomgång har kommunen kunnat konstatera att fakturorna har bokförts på fel år.",
        ),
        "7": ("Enligt Socialstyrelsen saknas verifikationer för kostnaderna.", "Verifikationerna har inte kunnat tas fram ur arkivet."),
        "4": (
            "Socialstyrelsen bedömer att fältassistenternas arbete under kvällstid är ordinarie verksamhet som kommunen "
            "bedrev redan före 2021.",
            f"Kommunen instämmer i att två av tjänsterna fanns före bidragsperioden. Den tredje tjänsten inrättades för "
            f"bidraget (bilaga 2). Av beloppet återbetalar kommunen därför {m('43500', 'punktsek')}.",
        ),
        "1": (
            "Socialstyrelsen anser att Mötesplats Kilen inte ligger i linje med bidragets syfte, eftersom verksamheten "
            "riktar sig till alla kommunens ungdomar.",
            "Mötesplatsen ligger mitt i Kilen och nio av tio besökare bor i området, se besöksstatistiken i bilaga 1.",
        ),
        "9": (
            "Socialstyrelsen menar att samverkan med polisen i Kallinge till sin karaktär är myndighetsutövning.",
            "Samverkan gällde gemensamma trygghetsvandringar och föräldramöten, inte utredningar eller beslut (bilagorna 3 och 4).",
        ),
        "5": (
            "Socialstyrelsen menar att beskrivningen av ungdomsbussen inte stämmer med kostnaderna för drivmedel och förare.",
            "Förvaltningen har begärt ut körjournalerna från entreprenören och återkommer med ett kompletterande "
            "yttrande när de har kommit in (bilaga 5 visar beställningen).",
        ),
    }
    sections = [
        (
            "1. Återkrav som kommunen godtar",
            ["2", "7"],
            "Kommunen godtar återkraven för följande aktiviteter och kommer att betala tillbaka beloppen när slutligt beslut har fattats.",
        ),
        ("2. Återkrav som kommunen delvis godtar", ["4"], ""),
        ("3. Återkrav som kommunen bestrider", ["1", "9"], "För dessa aktiviteter anser kommunen att inget ska betalas tillbaka."),
        ("4. Återkrav som kommunen ännu inte kan ta ställning till", ["5"], ""),
    ]
    by = {a.no: a for a in A}
    blocks = [
        ("rich", "p", "<font size=15><b>Ronneby kommun</b></font><br/><font size=9>Kultur, fritid och ungdom</font>"),
        ("p", "Datum: 2025-02-18\nDiarienummer: KFU 2024/219"),
        ("p", "Till: Socialstyrelsen, 106 30 Stockholm\nEr referens: dnr 8.4-30552/2024"),
        ("h2", "Svar på Socialstyrelsens preliminära beslut om återkrav av statsbidrag 2021"),
        (
            "p",
            f"Socialstyrelsen har meddelat att myndigheten avser att återkräva {m('304000.75', 'punktsek')} av det bidrag "
            "som Ronneby kommun har fått för insatser i socioekonomiskt eftersatta områden. Kommunen har gått igenom "
            "samtliga sex aktiviteter och redovisar nedan sitt ställningstagande, ordnat efter hur kommunen ställer sig "
            "till återkravet.",
        ),
    ]
    for head, nos, intro in sections:
        blocks.append(("h2", head))
        if intro:
            blocks.append(("p", intro))
        for no in nos:
            a = by[no]
            ass, ans = body[no]
            blocks += [
                ("rich", "p", f"<b>Aktivitet {a.no}: {a.title}.</b> Återkrav {m(a.claimed, 'punktsek')}."),
                ("p", ass + " " + ans),
            ]
    blocks += [
        ("h2", "Bilagor"),
        (
            "p",
            "Bilaga 1 Besöksstatistik Mötesplats Kilen 2021\nBilaga 2 Beslut om inrättande av tjänst som fältassistent\n"
            "Bilaga 3 Överenskommelse om samverkan Ronneby kommun – Polisområde Blekinge\nBilaga 4 Minnesanteckningar "
            "trygghetsvandringar Kallinge\nBilaga 5 Beställning ungdomsbuss",
        ),
        ("space", 14),
        ("p", "Med vänlig hälsning"),
        ("space", 16),
        ("p", "Petter Ohlsson\nförvaltningschef, Kultur, fritid och ungdom\npetter.ohlsson@ronneby.se, 0457-61 82 40"),
    ]
    pdf = render_pdf(
        d / "KFU 2024-219 svar återkrav.pdf", blocks, lg, Page(footer="Sida {page} av {pages}", header="Ronneby kommun · KFU 2024/219")
    )
    g = response_gold(
        pdf,
        "Ronneby kommun",
        "2025-02-18",
        A,
        lg,
        attachments=att_gold([("1", "1"), ("2", "4"), ("3", "9"), ("4", "9"), ("5", "5")]),
        activity_invoices={},
        checks=[],
        people=[{"name": "Petter Ohlsson", "role": "förvaltningschef", "phone": "+46457618240", "email": "petter.ohlsson@ronneby.se"}],
    )
    write_gold(
        d,
        {pdf.name: g},
        "The answer is grouped BY POSITION under numbered sections '1. Återkrav som kommunen "
        "godtar' … '4. … ännu inte kan ta ställning till' (section numbers are not activities); each activity is a "
        "bold run-in 'Aktivitet 7: Title.' whose own paragraph does not restate the position (except the partial "
        "sum). Activities in the section order 2, 7, 4, 1, 9, 5. Amounts 'SEK 43.500,00'.",
    )


# ==========================================================================================
# 3. Varberg: a Word draft sent WITH TRACKED CHANGES SHOWN: deletions struck through in red,
#    insertions underlined in blue, a changed amount and a changed position, change bars in the
#    margin and "Kommentar [AK1]" balloons on the right.


@case
def prose_varberg():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    d = _CASES.fresh("prose-varberg")
    lg = Ledger9()
    A = [
        Act("1", "Nattvandring i Håsten", D("28000"), "accepts_full", ["unverifiable_costs"], []),
        Act("3", "Simskola för nyanlända familjer", D("61500"), "accepts_partial", ["excessive_cost"], ["1"], repay=D("14000")),
        Act("4", "Ungdomens hus Trönninge", D("112400"), "disputes", ["ordinary_operations"], ["2", "3"]),
        Act("6", "Kvinnocafé på Håstens torg", D("17250"), "disputes", ["purpose_mismatch"], ["4"]),
    ]
    for a in A:
        a.needle = f"{a.no}. {a.title}"
    DEL = '<strike><font color="#c00000">{}</font></strike>'
    INS = '<u><font color="#1f4e9a">{}</font></u>'
    body = ("Times-Roman", 11)
    pst = ParagraphStyle("tc", fontName=body[0], fontSize=body[1], leading=15, spaceAfter=6)
    cst = ParagraphStyle("cm", fontName="Helvetica", fontSize=7.5, leading=9, textColor=colors.HexColor("#444444"))

    def tracked(text: str, comment: str = "", changed: bool = True):
        """a paragraph with a change bar in the left gutter and an optional comment balloon"""

        def make():
            p = Paragraph(lg_fill(text), pst)
            c = Paragraph(comment, cst) if comment else Paragraph("", cst)
            t = Table([["", p, c]], colWidths=[0.25 * cm, 12.4 * cm, 3.6 * cm])
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
            if changed:
                cmds.append(("LINEBEFORE", (0, 0), (0, 0), 1.2, colors.black))
            if comment:
                cmds += [
                    ("BOX", (2, 0), (2, 0), 0.5, colors.HexColor("#c00000")),
                    ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#fbe4e4")),
                ]
            t.setStyle(TableStyle(cmds))
            return t

        return ("lazy", make)

    cur = {"lg": None}

    def lg_fill(text):
        return cur["lg"].fill(text)

    blocks = [
        ("rich", "p", '<font size=8 color="#666666">Utkast 3 – Spårade ändringar visas</font>'),
        ("rich", "p", "<b>VARBERGS KOMMUN</b><br/>Kultur- och fritidsförvaltningen"),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("p", "Varberg den 21 februari 2025\nDnr KFN 2024/0411"),
        ("h2", "Yttrande angående preliminärt beslut om återkrav, statsbidrag för 2023"),
        tracked(
            "Varbergs kommun har tagit del av Socialstyrelsens preliminära beslut om återkrav om "
            f"{m('219150', 'kr')} och lämnar följande yttrande. "
            + INS.format("Kommunen har efter dialog med ekonomienheten reviderat sitt ställningstagande för två av aktiviteterna.")
        ),
    ]
    paras = {
        "1": (
            "Socialstyrelsen anser att kostnaderna för nattvandringen inte går att verifiera då fakturor saknas.",
            "Kommunen "
            + DEL.format("bestrider")
            + INS.format("godtar")
            + " återkravet"
            + DEL.format(" eftersom nattvandrarnas arvoden framgår av lönelistan")
            + INS.format(" och betalar tillbaka beloppet")
            + ".",
            "<b>Kommentar [AK1]:</b> Lönelistan gäller 2022, inte 2023. /Anna K",
        ),
        "3": (
            "Socialstyrelsen bedömer att kostnaden för simskolan är hög i förhållande till antalet deltagare.",
            "Kommunen delar delvis bedömningen och medger att "
            + DEL.format(m("10000", "opt_kr"))
            + " "
            + INS.format(m("14000", "kr"))
            + " betalas tillbaka, men bestrider återkravet i övrigt, se bilaga 1.",
            "<b>Kommentar [AK2]:</b> Ändrat efter ekonomis beräkning av badhyran. /Anna K",
        ),
        "4": (
            "Socialstyrelsen menar att Ungdomens hus är ordinarie fritidsgårdsverksamhet.",
            "Ungdomens hus öppnade i februari 2023 med bidraget som enda finansiering (bilaga 2 och 3). Kommunen "
            "bestrider därför återkravet.",
            "",
        ),
        "6": (
            "Socialstyrelsen anser inte att kvinnocaféet ligger i linje med syftet med bidraget.",
            "Caféet " + DEL.format("riktar sig") + INS.format("vänder sig") + " till mammor i Håsten och är en del av "
            "områdets trygghetsarbete (bilaga 4). Kommunen motsätter sig återkravet.",
            "",
        ),
    }
    for a in A:
        ass, ans, com = paras[a.no]
        blocks += [
            ("h3", f"{a.no}. {a.title} – {m(a.claimed, 'kr')}"),
            ("p", ass),
            tracked(ans, com, changed=a.no in ("1", "3", "6")),
        ]
    blocks += [
        tracked(
            "Kommunen medger alltså återbetalning av sammanlagt "
            + DEL.format(m("10000", "opt_kr"))
            + " "
            + INS.format(m("42000", "kr"))
            + "."
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Beräkning av badhyra, Håstens simhall\n2. Beslut KFN § 14/2023 om Ungdomens hus\n"
            "3. Hyreskontrakt Trönninge skola, lokal B\n4. Verksamhetsbeskrivning Kvinnocafé",
        ),
        ("space", 14),
        ("p", "Anna Karlberg\nenhetschef fritid\n0340-69 71 18"),
    ]

    # the tracked paragraphs fill amounts through the ledger of the pass being laid out
    import genre_kit as gk

    orig = gk.flowables

    def flow(blocks_, ledger, st, width):
        cur["lg"] = ledger
        return orig(blocks_, ledger, st, width)

    gk.flowables = flow
    try:
        pdf = render_pdf(
            d / "Yttrande återkrav KFN 2024-0411 utkast3.pdf", blocks, lg, Page(font="Times-Roman", size_pt=11, footer="{page}")
        )
    finally:
        gk.flowables = orig
    g = response_gold(
        pdf,
        "Varbergs kommun",
        "2025-02-21",
        A,
        lg,
        municipality="Varberg",
        attachments=att_gold([("1", "3"), ("2", "4"), ("3", "4"), ("4", "6")]),
        activity_invoices={},
        checks=[],
        people=[{"name": "Anna Karlberg", "role": "enhetschef fritid", "phone": "+46340697118"}],
    )
    write_gold(
        d,
        {pdf.name: g},
        "A Word draft printed WITH TRACKED CHANGES: deleted words struck through in red, inserted "
        "words underlined in blue, change bars and comment balloons ('Kommentar [AK1]: …') beside the text. The text "
        "as changed counts: activity 1 'bestrider' struck, 'godtar … och betalar tillbaka beloppet' inserted "
        "(accepts_full); activity 3 '10 000 kr' struck, '14 000 kr' inserted (partial 14 000). Struck amounts are in "
        "money_optional. Headings 'N. Title – 28 000 kr'.",
    )


# ==========================================================================================
# 4. Timrå: each activity "Aktivitet 5 · Title", the claim on its own RIGHT-ALIGNED line, the
#    position stated ONLY in a status line with a symbol: "✔ Medges", "✘ Bestrids",
#    "◐ Medges delvis – 12 000 kr", "? Ställning tas senare".


@case
def prose_timra():
    d = _CASES.fresh("prose-timra")
    lg = Ledger9()
    A = [
        Act("2", "Fritidsbank i Vivsta", D("14300"), "accepts_full", ["purpose_mismatch"], []),
        Act("5", "Kvällsöppet på Bergeforsens fritidsgård", D("87650"), "disputes", ["ordinary_operations"], ["1", "2"]),
        Act("6", "Språkcafé för föräldrar", D("23900"), "accepts_partial", ["unverifiable_costs"], ["3"], repay=D("12000")),
        Act("10", "Utbildning i trygghetsvandring", D("41000"), "disputes", ["ordinary_operations", "excessive_cost"], ["4"]),
        Act("13", "Feriejobb i parkförvaltningen", D("56200"), "unclear", ["exercise_of_authority"], []),
    ]
    for a in A:
        a.needle = f"Aktivitet {a.no} · {a.title}"
    status = {
        "2": "✔&nbsp;&nbsp;Medges",
        "5": "✘&nbsp;&nbsp;Bestrids",
        "6": f"◐&nbsp;&nbsp;Medges delvis – {m('12000', 'kr')}",
        "10": "✘&nbsp;&nbsp;Bestrids",
        "13": "?&nbsp;&nbsp;Ställning tas senare",
    }
    text = {
        "2": (
            "Socialstyrelsen anser att fritidsbanken inte ligger i linje med bidragets syfte, eftersom den är öppen för alla invånare.",
            "Kommunen har inget att tillägga.",
        ),
        "5": (
            "Socialstyrelsen bedömer att kvällsöppet är en del av fritidsgårdens ordinarie verksamhet.",
            "Fritidsgården hade tidigare stängt klockan 18. Kvällsöppet till 22 startade med bidraget och bemannades "
            "med två extra fritidsledare, se bilaga 1 och bilaga 2.",
        ),
        "6": (
            "Enligt Socialstyrelsen går kostnaderna för fika och material inte att verifiera.",
            "Kvitton finns för materialet (bilaga 3) men inte för fikat, som köptes kontant vid varje träff.",
        ),
        "10": (
            "Socialstyrelsen menar att utbildningen är intern kompetensutveckling och att kostnaden är hög.",
            "Utbildningen riktades till boende och föreningar i Vivsta, inte till kommunens personal. Deltagarlistan finns i bilaga 4.",
        ),
        "13": ("Socialstyrelsen anser att anvisningen av feriejobb innebär myndighetsutövning.", "Frågan utreds av kommunens jurist."),
    }
    blocks = [
        (
            "rich",
            "p",
            '<font name="Helvetica-Bold" size=13 color="#1b5e20">Timrå kommun</font><br/>'
            "<font size=9>Bildning och fritid · Box 63 · 861 22 Timrå</font>",
        ),
        ("p", "2025-02-27\nDnr BOF 2024/702"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("h2", "Yttrande – preliminärt återkrav av statsbidrag 2022"),
        (
            "p",
            "Timrå kommun har beretts tillfälle att yttra sig över Socialstyrelsens preliminära beslut att återkräva "
            f"{m('223050', 'kr')}. Under varje aktivitet anges kommunens inställning på en egen rad.",
        ),
    ]
    for a in A:
        ass, ans = text[a.no]
        blocks += [
            ("h3", f"Aktivitet {a.no} · {a.title}"),
            ("rich", "right", f"Återkrävt {m(a.claimed, 'kr')}"),
            ("p", ass),
            ("p", ans),
            ("rich", "p", f'<font name="DejaVu-Bold" size=10>Kommunens inställning: {status[a.no]}</font>'),
        ]
    blocks += [
        ("h3", "Bilagor"),
        (
            "p",
            "1  Schema kvällsöppet Bergeforsen 2022\n2  Anställningsbevis fritidsledare\n3  Kvitton material språkcafé\n"
            "4  Deltagarlista trygghetsvandring 14 maj 2022",
        ),
        ("space", 14),
        ("p", "Linnea Sjödin\nsektorchef bildning och fritid"),
        ("p", "Handläggare: Oskar Bergkvist, 060-16 34 17"),
    ]
    pdf = render_pdf(d / "Timrå BOF 2024-702 Yttrande.pdf", blocks, lg, Page(footer="{page}/{pages}"))
    g = response_gold(
        pdf,
        "Timrå kommun",
        "2025-02-27",
        A,
        lg,
        attachments=att_gold([("1", "5"), ("2", "5"), ("3", "6"), ("4", "10")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Linnea Sjödin", "role": "sektorchef"},
            {"name": "Oskar Bergkvist", "role": "handläggare", "phone": "+4660163417"},
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "Headings 'Aktivitet 5 · Title' with the claim on its own right-aligned line "
        "('Återkrävt 87 650 kr'); the position only in a status line with a symbol ('Kommunens inställning: ✔ Medges' "
        "/ '✘ Bestrids' / '◐ Medges delvis – 12 000 kr' / '? Ställning tas senare' = unclear). The paragraphs do "
        "not restate the position. List lines '1  title' without the word Bilaga.",
    )


# ==========================================================================================
# 5. Skara: the answer is a DELEGATIONSBESLUT: a decision form ("Beslutsfattare", "Delegationspunkt
#    4.12", "Beslut", "Beslutsmotivering") whose numbered decision points ("Beslutspunkt 1" …) each
#    name an activity; positions in the decision's words ("medger", "avvisar", "medger … till en
#    del"); an "Hur man överklagar" box; amounts "Kr 12.500".


@case
def prose_skara():
    d = _CASES.fresh("prose-skara")
    lg = Ledger9()
    A = [
        Act("1", "Mammagrupp Norrmalm", D("18600"), "accepts_full", ["unverifiable_costs"], []),
        Act(
            "4", "Läger för unga ledare", D("74500"), "accepts_partial", ["excessive_cost", "outside_grant_period"], ["1"], repay=D("25000")
        ),
        Act("5", "Boendedialoger i Centrum", D("39200"), "disputes", ["description_mismatch"], ["2"]),
        Act("8", "Fritidsledare i skolan", D("102000"), "disputes", ["ordinary_operations"], ["3", "4"]),
    ]
    for i, a in enumerate(A, 1):
        a.needle = f"Beslutspunkt {i} – aktivitet {a.no}"
    dec = {
        "1": (
            "Socialstyrelsen har bedömt att kostnaderna för mammagruppen inte är verifierade.",
            "Återkravet medges.",
            "Underlagen har inte kunnat återfinnas.",
        ),
        "4": (
            "Socialstyrelsen har bedömt att lägerkostnaden är orimligt hög och att en del av kostnaderna avser tiden "
            "efter bidragsperioden.",
            f"Återkravet medges till en del, med {m('25000', 'krpunkt')}. I övrigt avvisas återkravet.",
            "Bussresan i januari 2022 ligger utanför perioden. Övriga kostnader avser lägret i augusti 2021 och är "
            "skäliga, se kostnadssammanställningen i bilaga 1.",
        ),
        "5": (
            "Socialstyrelsen har bedömt att beskrivningen av boendedialogerna inte stämmer med redovisade kostnader.",
            "Återkravet avvisas.",
            "Kostnaderna avser lokalhyra och tolk vid fyra dialogmöten, vilket framgår av bilaga 2.",
        ),
        "8": (
            "Socialstyrelsen har bedömt att fritidsledare i skolan är ordinarie verksamhet.",
            "Återkravet avvisas.",
            "Tjänsterna inrättades hösten 2021 för bidraget och finns inte kvar (bilagorna 3–4).",
        ),
    }
    blocks = [
        ("rich", "p", '<font name="Helvetica-Bold" size=12>SKARA KOMMUN</font><br/><font size=9>Barn- och utbildningsförvaltningen</font>'),
        ("h1", "DELEGATIONSBESLUT"),
        (
            "table",
            [
                ["Ärende", "Yttrande till Socialstyrelsen – preliminärt återkrav, statsbidrag 2021"],
                ["Diarienummer", "BUN 2025/36"],
                ["Beslutsdatum", "2025-02-13"],
                ["Beslutsfattare", "Helena Forsman, förvaltningschef"],
                ["Delegationspunkt", "4.12 i barn- och utbildningsnämndens delegationsordning"],
                ["Mottagare", "Socialstyrelsen, 106 30 Stockholm (dnr 8.4-29114/2024)"],
            ],
            dict(widths=[0.26, 0.74], ruled=True, header=0, key_col=True),
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Socialstyrelsen har i ett preliminärt beslut meddelat att myndigheten avser att återkräva "
            f"{m('234300', 'krpunkt')} av statsbidraget för 2021. Beslutet avser fyra aktiviteter. Förvaltningschefen "
            "har rätt att besluta om yttranden av detta slag enligt delegationspunkt 4.12.",
        ),
        ("h2", "Beslut"),
        ("p", "Förvaltningschefen beslutar att lämna följande yttrande till Socialstyrelsen."),
    ]
    for i, a in enumerate(A, 1):
        ass, beslut, motiv = dec[a.no]
        blocks += [
            ("h3", f"Beslutspunkt {i} – aktivitet {a.no}, {a.title} ({m(a.claimed, 'krpunkt')})"),
            ("p", ass),
            ("rich", "p", f"<b>Beslut:</b> {beslut}"),
            ("rich", "p", f"<b>Beslutsmotivering:</b> {motiv}"),
        ]
    blocks += [
        ("h2", "Underlag för beslutet"),
        (
            "p",
            "Bilaga 1 Kostnadssammanställning läger 2021\nBilaga 2 Fakturor lokalhyra och tolk, dialogmöten\n"
            "Bilaga 3 Tjänstebeskrivning fritidsledare\nBilaga 4 Anställningsavtal fritidsledare 2021",
        ),
        (
            "table",
            [
                [
                    "Hur man överklagar: Ett yttrande till en statlig myndighet är inte ett överklagbart beslut. "
                    "Beslutet anmäls till barn- och utbildningsnämnden vid nästa sammanträde."
                ]
            ],
            dict(widths=[1.0], ruled=True, header=0),
        ),
        ("space", 10),
        ("p", "Helena Forsman\nförvaltningschef"),
        ("p", "Beslutet anmält till nämnden: ____________"),
    ]
    pdf = render_pdf(
        d / "Delegationsbeslut BUN 2025-36.pdf",
        blocks,
        lg,
        Page(footer="Sida {page} av {pages}", header="Skara kommun · Delegationsbeslut · BUN 2025/36"),
    )
    g = response_gold(
        pdf,
        "Skara kommun",
        "2025-02-13",
        A,
        lg,
        attachments=att_gold([("1", "4"), ("2", "5"), ("3", "8"), ("4", "8")]),
        activity_invoices={},
        checks=[],
        people=[{"name": "Helena Forsman", "role": "förvaltningschef"}],
    )
    write_gold(
        d,
        {pdf.name: g},
        "The answer is a DELEGATIONSBESLUT: a key/value head (Ärende, Diarienummer, Beslutsdatum = "
        "doc_date, Beslutsfattare, Delegationspunkt 4.12 – not an activity), 'Beslutspunkt N – aktivitet 4, Title "
        "(Kr 74.500)' (the point number is not the activity), 'Beslut: Återkravet medges.' / 'avvisas' (disputes) / "
        "'medges till en del, med Kr 25.000. I övrigt avvisas återkravet.' Amounts 'Kr 12.500'; range 'bilagorna 3–4'.",
    )


# ==========================================================================================
# 6. Strängnäs: the PDF comes out of the case-management system: page 1 is an "ÄRENDEBLAD" (document
#    card: registration date, handling number, case officer, "Handlingstyp: Utgående", a list of the
#    case's earlier documents with their own dates), and the letter starts on page 2.


@case
def prose_strangnas():
    d = _CASES.fresh("prose-strangnas")
    lg = Ledger9()
    A = [
        Act("3", "Nattfotboll i Finninge", D("33750"), "accepts_full", ["outside_grant_period"], []),
        Act("4", "Stödpersoner för unga i Eldsund", D("145000"), "disputes", ["exercise_of_authority"], ["1", "2"]),
        Act("7", "Kulturskola på loven", D("48100"), "accepts_partial", ["description_mismatch"], ["3"], repay=D("9600")),
    ]
    for a in A:
        a.needle = f"Aktivitet {a.no} – {a.title}"
    blocks = [
        (
            "rich",
            "p",
            '<font name="Courier-Bold" size=12>ÄRENDEBLAD</font><br/><font name="Courier" size=9>Utskrivet från '
            "diariet 2025-03-03 08:14 av strkn\\mabe02</font>",
        ),
        (
            "table",
            [
                ["Ärende", "KS 2024/1188 Återkrav statsbidrag socioekonomiskt eftersatta områden 2023"],
                ["Handling", "Handlingsnr 9"],
                ["Handlingstyp", "Utgående (U)"],
                ["Registrerad", "2025-02-28"],
                ["Handläggare", "Maria Bengtsson"],
                ["Motpart", "Socialstyrelsen"],
                ["Sekretess", "Nej"],
            ],
            dict(widths=[0.25, 0.75], ruled=False, header=0, key_col=True),
        ),
        ("h3", "Handlingar i ärendet"),
        (
            "table",
            [
                ["Nr", "Datum", "Typ", "Beskrivning"],
                ["1", "2024-03-27", "I", "Redovisning av statsbidrag 2023"],
                ["4", "2024-12-18", "I", "Begäran om komplettering"],
                ["6", "2025-01-15", "U", "Komplettering"],
                ["8", "2025-02-03", "I", "Preliminärt beslut om återkrav"],
                ["9", "2025-02-28", "U", "Yttrande över preliminärt beslut"],
            ],
            dict(widths=[0.08, 0.18, 0.08, 0.66], ruled=False, header=1),
        ),
        ("break",),
        ("rich", "p", "<b>Strängnäs kommun</b><br/>Kommunstyrelsens förvaltning"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("p", "Datum 2025-02-27\nDiarienummer KS 2024/1188"),
        ("h2", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        (
            "p",
            f"Kommunen har tagit del av det preliminära beslutet att återkräva {m('226850', 'kronor')} av statsbidraget "
            "för 2023 och yttrar sig över de tre aktiviteterna nedan.",
        ),
        ("h3", f"Aktivitet {A[0].no} – {A[0].title}"),
        (
            "p",
            f"Återkrävt belopp: {m(A[0].claimed, 'kronor')}. Socialstyrelsen bedömer att två av turneringarna hölls efter "
            "bidragsperiodens slut. Kommunen har kontrollerat datumen och accepterar återkravet.",
        ),
        ("h3", f"Aktivitet {A[1].no} – {A[1].title}"),
        (
            "p",
            f"Återkrävt belopp: {m(A[1].claimed, 'kronor')}. Socialstyrelsen anser att stödpersonerna har tillsatts genom "
            "beslut enligt socialtjänstlagen och att insatsen därmed är myndighetsutövning. Så är inte fallet. "
            "Stödpersonerna var ett frivilligt erbjudande utan biståndsbeslut, se bilaga 1 och 2. Kommunen motsätter "
            "sig därför återkravet.",
        ),
        ("h3", f"Aktivitet {A[2].no} – {A[2].title}"),
        (
            "p",
            f"Återkrävt belopp: {m(A[2].claimed, 'kronor')}. Enligt Socialstyrelsen stämmer beskrivningen av "
            "kulturskolan inte med de redovisade kostnaderna, eftersom instrumentinköp ingår. Kommunen medger att "
            f"instrumenten, {m('9600', 'kronor')}, inte borde ha belastat bidraget och återbetalar det beloppet. Resten "
            "avser lärarlöner under loven (bilaga 3) och ska enligt kommunen inte återbetalas.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Informationsblad stödpersoner Eldsund\n2. Rutin för frivilligt stöd, beslutad 2022-11-08\n"
            "3. Lönesammanställning kulturskolan, lov 2023",
        ),
        ("space", 12),
        ("p", "Jan-Erik Malm\nkommundirektör"),
        ("p", "Maria Bengtsson\nutredare, 0152-292 19, maria.bengtsson@strangnas.se"),
    ]
    pdf = render_pdf(d / "KS 2024-1188-9 Yttrande.pdf", blocks, lg, Page(footer="{page} (" + "{pages})"))
    g = response_gold(
        pdf,
        "Strängnäs kommun",
        "2025-02-27",
        A,
        lg,
        attachments=att_gold([("1", "4"), ("2", "4"), ("3", "7")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Jan-Erik Malm", "role": "kommundirektör"},
            {"name": "Maria Bengtsson", "role": "utredare", "phone": "+4615229219", "email": "maria.bengtsson@strangnas.se"},
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "Printed from the case-management system: page 1 is an ÄRENDEBLAD (print time 2025-03-03, "
        "'Registrerad 2025-02-28', a list of the case's documents with their own numbers 1/4/6/8/9 and dates: none "
        "is an activity, the date or the doc_date). The letter on page 2 is dated 2025-02-27. 'Aktivitet N – Title' "
        "headings, 'Återkrävt belopp: 33 750 kronor.' run into the paragraph, positions in prose.",
    )


# ==========================================================================================
# 7. Vellinge: a spreadsheet exported to PDF: each activity is a RECORD OF TWO ROWS (figures, then a
#    comment merged across the whole width), hairlines only between records, columns "Beviljat",
#    "Använt", "Återkrävt", "Vi medger" (the repayment), zeros and dashes in the sheet.


@case
def table_vellinge():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    d = _CASES.fresh("table-vellinge")
    lg = Ledger9()
    A = [
        Act("1", "Lovverksamhet Skanör-Falsterbo", D("26400"), "accepts_full", ["purpose_mismatch"], []),
        Act("2", "Fältarbete i Hököpinge", D("118750"), "disputes", ["ordinary_operations"], ["1"]),
        Act("5", "Föräldrakurs ABC", D("31200"), "accepts_partial", ["unverifiable_costs"], ["2"], repay=D("7800")),
        Act("6", "Mötesplats Östra Grevie", D("64000"), "disputes", ["description_mismatch", "outside_grant_period"], ["3", "4"]),
        Act("9", "Trygghetskameror vid stationen", D("88500"), "unclear", ["purpose_mismatch"], []),
    ]
    granted = {"1": "60000", "2": "250000", "5": "45000", "6": "150000", "9": "88500"}
    used = {"1": "58300", "2": "249100", "5": "45000", "6": "141600", "9": "88500"}
    medger = {"1": ("26400", False), "2": ("0", True), "5": ("7800", False), "6": ("0", True), "9": (None, False)}
    comment = {
        "1": "SoS: ej i linje med syftet (öppen för alla). Vi godtar bedömningen.",
        "2": "SoS: ordinarie verksamhet. Fältarbetet i Hököpinge startade med bidraget, se bilaga 1. Bestrids.",
        "5": "SoS: kostnader ej styrkta. Kursledarens faktura finns (bilaga 2), lokalkostnaden kan inte styrkas och återbetalas.",
        "6": "SoS: beskrivningen stämmer inte med kostnaderna och en del avser 2024. Hyran avser 2023 (bilaga 3, bilaga 4). Bestrids.",
        "9": "SoS: kameror ej i linje med syftet. Frågan bereds i kommunstyrelsen 12 mars, svar lämnas därefter.",
    }
    for a in A:
        a.needle = comment[a.no][:40]
    cs = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    cb = ParagraphStyle("cb", parent=cs, fontName="Helvetica-Bold")
    cr = ParagraphStyle("cr", parent=cs, alignment=2)
    ci = ParagraphStyle("ci", parent=cs, fontName="Helvetica-Oblique", textColor=colors.HexColor("#333333"))

    def make():
        L = cur["lg"]
        rows = [
            [
                Paragraph(h, cb if i < 2 else ParagraphStyle("h", parent=cb, alignment=2))
                for i, h in enumerate(["Nr", "Aktivitet", "Beviljat", "Använt", "Återkrävt", "Vi medger"])
            ]
        ]
        spans = []
        for a in A:
            v, opt = medger[a.no]
            vm = "–" if v is None else L.fill(m(v, "opt_bare" if opt else "bare"))
            rows.append(
                [
                    Paragraph(a.no, cs),
                    Paragraph(a.title, cs),
                    Paragraph(L.fill(m(granted[a.no], "bare")), cr),
                    Paragraph(L.fill(m(used[a.no], "bare")), cr),
                    Paragraph(L.fill(m(a.claimed, "bare")), cr),
                    Paragraph(vm, cr),
                ]
            )
            rows.append(["", Paragraph(comment[a.no], ci), "", "", "", ""])
            spans.append(len(rows) - 1)
        rows.append(
            [
                Paragraph("", cs),
                Paragraph("Summa", cb),
                Paragraph(L.fill(m("593500", "bare")), cr),
                Paragraph(L.fill(m("582500", "bare")), cr),
                Paragraph(L.fill(m("328850", "bare")), cr),
                Paragraph(L.fill(m("34200", "bare")), cr),
            ]
        )
        t = Table(rows, colWidths=[1.0 * cm, 6.6 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm], repeatRows=1)
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e1f2")),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        for r in spans:
            cmds += [("SPAN", (1, r), (5, r)), ("LINEBELOW", (0, r), (-1, r), 0.3, colors.HexColor("#9a9a9a"))]
        t.setStyle(TableStyle(cmds))
        return t

    cur = {"lg": lg}
    import genre_kit as gk

    orig = gk.flowables

    def flow(blocks_, ledger, st, width):
        cur["lg"] = ledger
        return orig(blocks_, ledger, st, width)

    blocks = [
        ("rich", "p", "<b>Vellinge kommun</b> · Kultur- och fritidsnämnden"),
        ("p", "Till Socialstyrelsen\nEr dnr 8.4-31877/2024 · Vår dnr KFN 2024/97 · 2025-02-24"),
        ("h2", "Yttrande – återkrav statsbidrag 2023"),
        (
            "p",
            "Nämnden lämnar sitt yttrande i tabellen nedan, som är en utskrift av förvaltningens arbetsblad. Kolumnen "
            "”Vi medger” visar det belopp kommunen godtar att betala tillbaka. Belopp i kronor.",
        ),
        ("lazy", make),
        ("space", 8),
        (
            "p",
            "Bilagor: 1 Uppdragsbeskrivning fältarbetare 2023 · 2 Faktura kursledare ABC · 3 Hyresavtal Östra Grevie "
            "bygdegård · 4 Bokningslista 2023",
        ),
        ("space", 10),
        ("p", "Karin Wiberg (M)\nordförande, kultur- och fritidsnämnden"),
        ("p", "Frågor: Emil Rosén, fritidskonsulent, emil.rosen@vellinge.se"),
    ]
    gk.flowables = flow
    try:
        pdf = render_pdf(d / "Vellinge yttrande återkrav KFN 2024-97.pdf", blocks, lg, Page(footer="Sida {page}"))
    finally:
        gk.flowables = orig
    g = response_gold(
        pdf,
        "Vellinge kommun",
        "2025-02-24",
        A,
        lg,
        attachments=att_gold([("1", "2"), ("2", "5"), ("3", "6"), ("4", "6")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Karin Wiberg", "role": "ordförande", "party": "M"},
            {"name": "Emil Rosén", "role": "fritidskonsulent", "email": "emil.rosen@vellinge.se"},
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "A worksheet exported to PDF: each activity is a record of two rows, the figures (Nr, "
        "Aktivitet, Beviljat, Använt, Återkrävt, Vi medger) and under them a comment merged across the columns (the "
        "agency's view abbreviated 'SoS: …', refs, 'Bestrids.'), hairlines only between records. Only Återkrävt is "
        "the claim; 'Vi medger' is the repayment (zeros optional, '–' for the undecided row 9). Bare amounts; a Summa "
        "row; inline list 'Bilagor: 1 … · 2 …'.",
    )


# ==========================================================================================
# 8. Tierp: a landscape ruled table with the position as a CROSS IN ONE OF THREE COLUMNS
#    "Medges" / "Delvis" / "Bestrids" (none for an open question), an "Att återbetala" column, and
#    the agency's reasons in a column of its own; amounts "48 000 kr" in the cells.


@case
def table_tierp():
    d = _CASES.fresh("table-tierp")
    lg = Ledger9()
    A = [
        Act("2", "Sommarjobb Siggbo", D("52000"), "disputes", ["ordinary_operations"], ["1"]),
        Act("3", "Mötesplats Centralgatan", D("97300"), "accepts_partial", ["excessive_cost"], ["2", "3"], repay=D("21300")),
        Act("4", "Trygghetsvärdar", D("44800"), "accepts_full", ["unverifiable_costs"], []),
        Act("7", "Idrott för flickor", D("12650"), "disputes", ["missing_description"], ["4"]),
        Act("8", "Samverkan skola–socialtjänst", D("70000"), "accepts_full", ["exercise_of_authority"], []),
        Act("11", "Familjeläger Örbyhus", D("35900"), "unclear", ["outside_grant_period", "unverifiable_costs"], []),
    ]
    for a in A:
        a.needle = a.title
    why = {
        "2": "Ordinarie verksamhet (sommarjobb fanns före 2021)",
        "3": "Kostnaden för lokalhyran är orimligt hög",
        "4": "Kostnader kan inte verifieras",
        "7": "Beskrivning av aktiviteten saknas",
        "8": "Myndighetsutövning",
        "11": "Lägret hölls efter bidragsperioden; kvitton saknas",
    }
    note = {
        "2": "De 20 extra platserna tillkom med bidraget (bilaga 1).",
        "3": "Hyran för det andra halvåret medges (bilaga 2, 3).",
        "4": "",
        "7": "Beskrivning bifogas (bilaga 4).",
        "8": "",
        "11": "Kommunen utreder datum och återkommer.",
    }
    pos = {"accepts_full": 0, "accepts_partial": 1, "disputes": 2}
    rows = [["Nr", "Aktivitet", "Återkrävt", "Socialstyrelsens skäl", "Medges", "Delvis", "Bestrids", "Att återbetala", "Kommentar"]]
    for a in A:
        x = ["", "", ""]
        if a.position in pos:
            x[pos[a.position]] = "X"
        rep = a.repayment()
        repc = "" if rep is None else m(rep, "opt_kr" if D(rep) == 0 else "kr")
        rows.append([a.no, a.title, m(a.claimed, "kr"), why[a.no]] + x + [repc, note[a.no]])
    rows.append(["", "Summa", m("312650", "kr"), "", "", "", "", m("136100", "kr"), ""])
    blocks = [
        (
            "rich",
            "p",
            "<b>TIERPS KOMMUN</b> – Socialnämnden&nbsp;&nbsp;&nbsp;&nbsp;Datum: 2025-03-05&nbsp;&nbsp;&nbsp;&nbsp;Dnr SN 2025/0042",
        ),
        ("p", "Till Socialstyrelsen, enheten för statsbidrag. Ert dnr 8.4-27741/2024."),
        ("h2", "Yttrande över preliminärt beslut om återkrav avseende statsbidrag 2022"),
        (
            "p",
            "Socialnämnden i Tierps kommun anger sin inställning till varje återkrav med ett kryss i tabellen. Där inget "
            "kryss finns har nämnden ännu inte tagit ställning.",
        ),
        (
            "table",
            rows,
            dict(
                widths=[0.04, 0.17, 0.09, 0.2, 0.06, 0.06, 0.07, 0.1, 0.21],
                ruled=True,
                header=1,
                align_right=[2, 7],
                bold_last=True,
                shade=True,
            ),
        ),
        (
            "p",
            "Bilagor\n1 Beslut om utökade sommarjobb 2022\n2 Hyresavtal Centralgatan 14\n3 Kostnadsfördelning hyra "
            "2022\n4 Aktivitetsbeskrivning Idrott för flickor",
        ),
        ("p", "Tierp 2025-03-05\n\nMohammed Al-Rawi (S), ordförande socialnämnden\nCecilia Nyström, socialchef"),
    ]
    pdf = render_pdf(
        d / "SN 2025-0042 Yttrande Tierp.pdf",
        blocks,
        lg,
        Page(size=(A4[1], A4[0]), margins=(1.8 * cm, 1.8 * cm, 1.8 * cm, 1.6 * cm), size_pt=10, footer="Sida {page} av {pages}"),
    )
    g = response_gold(
        pdf,
        "Tierps kommun",
        "2025-03-05",
        A,
        lg,
        municipality="Tierp",
        attachments=att_gold([("1", "2"), ("2", "3"), ("3", "3"), ("4", "7")]),
        activity_invoices={},
        checks=[],
        people=[{"name": "Mohammed Al-Rawi", "role": "ordförande", "party": "S"}, {"name": "Cecilia Nyström", "role": "socialchef"}],
    )
    write_gold(
        d,
        {pdf.name: g},
        "Landscape ruled table: the position is a CROSS in one of three columns Medges / Delvis / "
        "Bestrids (no cross on row 11 = unclear, as the intro says); 'Att återbetala' holds the repayment (zeros "
        "optional, empty for 11); the agency's reasons in their own column; 'Summa' row; 'N title' list lines "
        "under 'Bilagor'. 'Tierps kommun' → municipality Tierp.",
    )


# ==========================================================================================
# 9. scan-ronneby-fax: prose-ronneby received by fax in NORMAL resolution (204 × 98 dpi: every
#    scan line twice as tall as wide, so letters are stair-stepped and squat-looking when printed),
#    black and white with SALT-AND-PEPPER noise, a few DROPPED scan lines (white streaks) and a band
#    where the lines are shifted sideways (transmission jitter). Saved by the fax server as PDF.


@case
def scan_ronneby_fax():
    import json
    import random
    import time

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    src_dir = OUT / "prose-ronneby"
    src = next(src_dir.glob("*.pdf"))
    d = _CASES.fresh("scan-ronneby-fax")
    rnd = random.Random(9204)
    doc = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=204 / 72).to_pil().convert("L")
        w, h = img.size
        a = np.asarray(img.resize((w, h // 2), Image.BILINEAR)) < 165  # 98 lines per inch, thresholded
        a = np.repeat(a, 2, axis=0)  # printed back at 196 lines: every line doubled
        # a band of jittered lines (the modem lost sync for a moment)
        y0 = rnd.randrange(h // 4, 3 * h // 4)
        y0 -= y0 % 2
        for y in range(y0, min(y0 + 40, a.shape[0] - 1), 2):
            shift = rnd.choice((-2, -1, 1, 2, 3))
            a[y : y + 2] = np.roll(a[y : y + 2], shift, axis=1)
        # dropped scan lines
        for _ in range(5):
            y = rnd.randrange(0, a.shape[0] - 2)
            a[y : y + 2] = False
        # salt and pepper
        noise = np.random.default_rng(1000 + i).random(a.shape)
        a = np.where(noise < 0.0025, True, a)
        a = np.where(noise > 0.9985, False, a)
        pages.append(Image.fromarray(np.where(a, 0, 255).astype("uint8")).convert("1"))
    doc.close()
    fixed = time.gmtime(1739888520)
    pdf = d / "FAX_0457618200_20250218_1422.pdf"
    pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=204, creationDate=fixed, modDate=fixed, producer="FaxServer 7.2")
    gold = json.loads((src_dir / "gold.json").read_text(encoding="utf-8"))
    g = next(iter(gold["files"].values()))
    g["scanned"] = True
    write_gold(
        d,
        {pdf.name: g},
        "prose-ronneby received by fax in normal resolution (98 lines per inch, each line "
        "doubled: stair-stepped letters), black and white with salt-and-pepper noise, five dropped scan lines and "
        "a 40-line band shifted sideways. Gold as prose-ronneby.",
    )


# ==========================================================================================
# 10. invoices-femland: five suppliers, each to one of this corpus' municipalities: an Icelandic
#     REIKNINGUR (ISK, VSK 11 % + 24 %, kennitala, no decimals "1.234.500 kr."), a Hungarian SZÁMLA
#     (HUF, ÁFA 27 %, adószám, "2023.09.28.", teljesítés date before the issue date), a Slovenian
#     RAČUN (EUR, DDV 9,5 % + 22 %, "Za plačilo"), a Swedish invoice with THREE VAT rates
#     (6/12/25 %) on one invoice, and a Belgian bilingual FACTURE / FACTUUR (TVA/BTW 6 % + 21 %, BCE/KBO
#     number, "communication structurée").


def _num(v: Decimal, thou: str, dec: str, places: int) -> str:
    q = v.quantize(Decimal(1) if places == 0 else Decimal("0.01"))
    return group(q, thou, "always" if places else "never", dec) if places else group(q, thou, "never")


class Bill9:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def sums(self):
        per, vat = {}, {}
        q = Decimal(1) if self.places == 0 else Decimal("0.01")
        for _, qty, _, price, r in self.lines:
            per[D(r)] = per.get(D(r), Decimal(0)) + (D(qty) * D(price)).quantize(q)
        for r, n in per.items():
            vat[r] = (n * r / 100).quantize(q, rounding=ROUND_HALF_UP)
        net = sum(per.values(), Decimal(0))
        tv = sum(vat.values(), Decimal(0))
        return per, vat, net, tv, net + tv

    def gold(self):
        per, vat, net, tv, tot = self.sums()
        q = Decimal(1) if self.places == 0 else Decimal("0.01")
        g = {
            "kind": "invoice",
            "invoice_number": self.number,
            "invoice_date": self.date,
            "due_date": self.due,
            "supplier": self.supplier,
            "buyer": self.buyer[0],
            "net": f"{net:.2f}",
            "vat": f"{tv:.2f}",
            "total": f"{tot:.2f}",
            "currency": self.currency,
            "language": self.lang,
        }
        if getattr(self, "org_no", None):
            g["supplier_org_no"] = self.org_no
        g["invoice_lines"] = [
            {
                "description": ds,
                "quantity": f"{D(qt):f}",
                "unit": u,
                "unit_price": f"{D(pr):.2f}",
                "amount": f"{(D(qt) * D(pr)).quantize(q):.2f}",
                "vat_rate": f"{D(r):f}",
            }
            for ds, qt, u, pr, r in self.lines
        ]
        g["invoice_vat"] = [{"vat_rate": f"{r:f}", "net_amount": f"{n:.2f}", "vat_amount": f"{vat[r]:.2f}"} for r, n in sorted(per.items())]
        return g


def draw_bill9(c, b: Bill9) -> None:
    from reportlab.platypus import Table, TableStyle

    w, h = A4
    L = b.labels
    fmt = lambda v: _num(v, b.thou, b.dec, b.places)  # noqa: E731
    per, vat, net, tv, tot = b.sums()
    x0 = 1.9 * cm
    F, FB = "DejaVu", "DejaVu-Bold"
    if b.style == "rule":  # supplier name top left over a thick rule, title under it at the right
        c.setFont(FB, 15)
        c.drawString(x0, h - 2.0 * cm, b.supplier)
        c.setLineWidth(2.2)
        c.line(x0, h - 2.3 * cm, w - x0, h - 2.3 * cm)
        c.setFont(F, 8)
        for i, ln in enumerate(b.supplier_lines):
            c.drawString(x0, h - 2.8 * cm - i * 10, ln)
        c.setFont(FB, 18)
        c.drawRightString(w - x0, h - 3.1 * cm, L["title"])
    elif b.style == "center":  # centred title, supplier box top right
        c.setFont(FB, 20)
        c.drawCentredString(w / 2, h - 2.0 * cm, L["title"])
        c.setFont(FB, 10)
        c.drawString(x0, h - 3.0 * cm, b.supplier)
        c.setFont(F, 8)
        for i, ln in enumerate(b.supplier_lines):
            c.drawString(x0, h - 3.4 * cm - i * 10, ln)
    else:  # "tint": a tinted band at the left edge holding the supplier, title top right
        c.setFillColor(colors.HexColor(b.tint))
        c.rect(0, 0, 1.1 * cm, h, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont(FB, 14)
        c.drawString(x0, h - 2.0 * cm, b.supplier)
        c.setFont(F, 8)
        for i, ln in enumerate(b.supplier_lines):
            c.drawString(x0, h - 2.5 * cm - i * 10, ln)
        c.setFont(FB, 17)
        c.drawRightString(w - x0, h - 2.0 * cm, L["title"])
    y = h - 5.4 * cm
    c.setFont(FB, 8.5)
    c.drawString(x0, y, L["buyer"])
    c.setFont(F, 9.5)
    for i, ln in enumerate(b.buyer):
        c.drawString(x0, y - 13 - i * 12, ln)
    meta = Table([[k, v] for k, v in b.meta], colWidths=[4.4 * cm, 3.8 * cm])
    meta.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), F),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("FONTNAME", (1, 0), (1, -1), FB),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    mw, mh = meta.wrap(0, 0)
    meta.drawOn(c, w - x0 - mw, y - mh + 8)
    y = min(y - len(b.buyer) * 12 - 30, y - mh - 20)
    rows = [L["head"]]
    q = Decimal(1) if b.places == 0 else Decimal("0.01")
    for ds, qt, u, pr, r in b.lines:
        rows.append([ds, f"{D(qt):f}".replace(".", b.dec), u, fmt(D(pr)), L["rate"](D(r)), fmt((D(qt) * D(pr)).quantize(q))])
    t = Table(rows, colWidths=[7.2 * cm, 1.4 * cm, 1.5 * cm, 2.6 * cm, 1.6 * cm, 3.0 * cm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), F),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("FONTNAME", (0, 0), (-1, 0), FB),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
            ]
        )
    )
    tw, th = t.wrap(0, 0)
    t.drawOn(c, x0, y - th)
    y -= th + 22
    summ = [[L["net"], fmt(net) + b.cur]]
    for r in sorted(per):
        summ.append([L["vatline"](r, fmt(per[r])), fmt(vat[r]) + b.cur])
    summ.append([L["total"], fmt(tot) + b.cur])
    st = Table(summ, colWidths=[7.4 * cm, 3.6 * cm])
    st.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), F),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("FONTNAME", (0, -1), (-1, -1), FB),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
            ]
        )
    )
    sw, sh = st.wrap(0, 0)
    st.drawOn(c, w - x0 - sw, y - sh)
    y -= sh + 24
    c.setFont(F, 8.5)
    for ln in b.notes:
        c.drawString(x0, y, ln)
        y -= 11
    c.setFont(F, 7.5)
    c.setLineWidth(0.4)
    c.line(x0, 2.3 * cm, w - x0, 2.3 * cm)
    for i, ln in enumerate(b.footer):
        c.drawString(x0, 1.9 * cm - i * 9, ln)


@case
def invoices_femland():
    from reportlab.pdfgen.canvas import Canvas

    d = _CASES.fresh("invoices-femland")
    pct = lambda sep: lambda r: f"{r.normalize():f}".replace(".", sep) + " %"  # noqa: E731
    bills = [
        Bill9(
            file="Reikningur 20231045 Reykjavik.pdf",
            lang="is",
            currency="ISK",
            places=0,
            thou=".",
            dec=",",
            cur=" kr.",
            style="rule",
            number="20231045",
            date="2023-10-12",
            due="2023-11-01",
            supplier="Ungmennahúsið Hrafnar ehf.",
            supplier_lines=[
                "Skipholti 29, 105 Reykjavík, Ísland",
                "Kennitala 540219-1230 · VSK-númer 131245",
                "IBAN IS14 0133 2600 1234 5402 1912 30 · SWIFT NBIIISRE",
            ],
            buyer=["Umeå kommun", "Fritidsförvaltningen", "Skolgatan 31 A", "901 84 Umeå, Svíþjóð"],
            meta=[
                ("Reikningsnúmer", "20231045"),
                ("Útgáfudagur", "12.10.2023"),
                ("Gjalddagi", "22.10.2023"),
                ("Eindagi", "01.11.2023"),
                ("Tilvísun kaupanda", "FRN Jonas Nordström"),
            ],
            lines=[
                ("Gisting, tveggja manna herbergi (3 nætur)", "9", "nótt", "18900", "11"),
                ("Morgunverður", "18", "stk.", "2450", "11"),
                ("Fundarsalur og tæknibúnaður", "2", "dagur", "64000", "24"),
                ("Leiðsögn – ungmennastarf í Breiðholti", "6", "klst.", "14500", "24"),
                ("Rútuferð Keflavík – Reykjavík – Keflavík", "1", "ferð", "96000", "24"),
            ],
            labels=dict(
                title="REIKNINGUR",
                buyer="Kaupandi",
                head=["Lýsing", "Magn", "Eining", "Einingarverð", "VSK", "Upphæð"],
                rate=pct(","),
                net="Samtals án VSK",
                vatline=lambda r, n: f"VSK {pct(',')(r)} af {n}",
                total="Samtals til greiðslu",
            ),
            notes=["Vinsamlegast greiðið fyrir eindaga. Dráttarvextir reiknast eftir eindaga."],
            footer=["Ungmennahúsið Hrafnar ehf. · Skipholti 29 · 105 Reykjavík · hrafnar@hrafnar.is · Sími 552 4410"],
        ),
        Bill9(
            file="Szamla VKB-2023-00417.pdf",
            lang="hu",
            currency="HUF",
            places=0,
            thou=" ",
            dec=",",
            cur=" Ft",
            style="center",
            number="VKB-2023/00417",
            date="2023-09-28",
            due="2023-10-13",
            supplier="Városliget Közösségi Ház Kft.",
            supplier_lines=[
                "1146 Budapest, Hermina út 17.",
                "Adószám: 24718563-2-42 · Cégjegyzékszám: 01-09-318452",
                "Bankszámla: 10918001-00000123-45670001 · IBAN HU42 1091 8001 0000 0123 4567 0001",
            ],
            buyer=["Varbergs kommun", "Kultur- och fritidsförvaltningen", "Box 57", "432 21 Varberg, Svédország"],
            meta=[
                ("Számla sorszáma", "VKB-2023/00417"),
                ("Számla kelte", "2023.09.28."),
                ("Teljesítés dátuma", "2023.09.25."),
                ("Fizetési határidő", "2023.10.13."),
                ("Fizetési mód", "átutalás"),
            ],
            lines=[
                ("Terembérlet – csoportos tanulmányút", "2", "nap", "145000", "27"),
                ("Ifjúsági műhely vezetése", "8", "óra", "38500", "27"),
                ("Ellátás (ebéd, kávészünet)", "32", "adag", "6900", "27"),
                ("Tolmácsolás svéd–magyar", "6", "óra", "29000", "27"),
            ],
            labels=dict(
                title="SZÁMLA",
                buyer="Vevő",
                head=["Megnevezés", "Menny.", "Egység", "Egységár", "ÁFA", "Nettó érték"],
                rate=pct(","),
                net="Nettó összesen",
                vatline=lambda r, n: f"ÁFA {pct(',')(r)} ({n} Ft után)",
                total="Bruttó végösszeg",
            ),
            notes=["Fizetendő: a bruttó végösszeg. A számla a 2007. évi CXXVII. törvény szerint került kiállításra."],
            footer=["Városliget Közösségi Ház Kft. · 1146 Budapest, Hermina út 17. · Adószám: 24718563-2-42 · EU adószám: HU24718563"],
        ),
        Bill9(
            file="Racun 2023-00318 Ljubljana.pdf",
            lang="sl",
            currency="EUR",
            places=2,
            thou=".",
            dec=",",
            cur=" €",
            style="tint",
            tint="#4f7a28",
            number="2023-00318",
            date="2023-10-05",
            due="2023-10-20",
            supplier="Mladinski center Rožna dolina d.o.o.",
            supplier_lines=[
                "Cesta v Rožno dolino 21, 1000 Ljubljana, Slovenija",
                "Davčna številka: SI58213467 · Matična št.: 6721534000",
                "TRR: SI56 0201 0025 8765 432 (NLB d.d.)",
            ],
            buyer=["Timrå kommun", "Bildning och fritid", "Box 63", "861 22 Timrå, Švedska"],
            meta=[
                ("Račun št.", "2023-00318"),
                ("Datum izdaje", "05.10.2023"),
                ("Datum opravljene storitve", "28.09.2023"),
                ("Rok plačila", "20.10.2023"),
                ("Sklic", "SI00 2023-00318"),
            ],
            lines=[
                ("Nastanitev v hostlu, 2 noči", "14", "noč", "32.5", "9.5"),
                ("Najem dvorane s tehniko", "1", "dan", "420", "22"),
                ("Delavnica za mladinske delavce", "5", "ura", "85", "22"),
                ("Kosilo za skupino", "14", "kos", "12.9", "22"),
            ],
            labels=dict(
                title="RAČUN",
                buyer="Kupec",
                head=["Opis", "Kol.", "EM", "Cena brez DDV", "DDV", "Vrednost"],
                rate=pct(","),
                net="Skupaj brez DDV",
                vatline=lambda r, n: f"DDV {pct(',')(r)} od {n} €",
                total="Za plačilo",
            ),
            notes=["Pri plačilu navedite sklic. Hvala za zaupanje!"],
            footer=["Mladinski center Rožna dolina d.o.o. · Ljubljana · Družba je vpisana v sodni register Okrožnega sodišča v Ljubljani"],
        ),
        Bill9(
            file="Faktura 51208 Hammarsjögården.pdf",
            lang="sv",
            currency="SEK",
            places=2,
            thou=" ",
            dec=",",
            cur=" kr",
            style="rule",
            number="51208",
            date="2023-08-31",
            due="2023-09-30",
            org_no="556912-4471",
            supplier="Hammarsjögårdens Kurs & Läger AB",
            supplier_lines=[
                "Hammarsjövägen 4, 532 94 Skara",
                "Org.nr 556912-4471 · Momsreg.nr SE556912447101 · Innehar F-skattsedel",
                "Bankgiro 5521-0934",
            ],
            buyer=["Skara kommun", "Barn- och utbildningsförvaltningen", "Att: Helena Forsman", "532 88 Skara"],
            meta=[
                ("Fakturanr", "51208"),
                ("Fakturadatum", "2023-08-31"),
                ("Förfallodag", "2023-09-30"),
                ("Er referens", "Läger unga ledare"),
                ("OCR", "5120830912"),
            ],
            lines=[
                ("Logi i stuga, 3 nätter", "24", "natt", "395", "12"),
                ("Helpension", "24", "dygn", "310", "12"),
                ("Bussresa Skara – Hammarsjön t/r", "1", "st", "6800", "6"),
                ("Kanoter och flytvästar, hyra", "12", "st", "250", "25"),
                ("Ledarledd klätterbana", "1", "st", "4200", "25"),
            ],
            labels=dict(
                title="FAKTURA",
                buyer="Faktureras",
                head=["Benämning", "Antal", "Enh", "À-pris", "Moms", "Belopp"],
                rate=pct(","),
                net="Summa exkl. moms",
                vatline=lambda r, n: f"Moms {pct(',')(r)} på {n}",
                total="Att betala",
            ),
            notes=["Betalning till bankgiro 5521-0934. Ange OCR 5120830912. Dröjsmålsränta enligt räntelagen."],
            footer=["Hammarsjögårdens Kurs & Läger AB · Styrelsens säte Skara · info@hammarsjogarden.se · 0511-310 45"],
        ),
        Bill9(
            file="Facture-Factuur 2023-1187 Bruxelles.pdf",
            lang="fr",
            currency="EUR",
            places=2,
            thou=".",
            dec=",",
            cur=" EUR",
            style="center",
            number="2023/1187",
            date="2023-11-14",
            due="2023-12-14",
            supplier="ASBL Maison des Jeunes Molenbeek / VZW Jeugdhuis Molenbeek",
            supplier_lines=[
                "Rue de Ribaucourt 48 / Ribaucourtstraat 48, 1080 Bruxelles / Brussel",
                "BCE/KBO 0456.789.123 · TVA/BTW BE0456789123",
                "IBAN BE71 0961 2345 6769 · BIC GKCCBEBB",
            ],
            buyer=["Vellinge kommun", "Kultur- och fritidsnämnden", "235 81 Vellinge", "Suède / Zweden"],
            meta=[
                ("Facture n° / Factuurnr.", "2023/1187"),
                ("Date / Datum", "14/11/2023"),
                ("Échéance / Vervaldag", "14/12/2023"),
                ("Communication / Mededeling", "+++090/1187/23051+++"),
            ],
            lines=[
                ("Visite d'étude / Studiebezoek (2 jours / dagen)", "2", "jour/dag", "680", "21"),
                ("Animation jeunesse / Jeugdanimatie", "10", "h/u", "55", "21"),
                ("Repas / Maaltijden", "22", "pc/st", "14.5", "6"),
                ("Brochures / Brochures", "40", "pc/st", "3.2", "6"),
            ],
            labels=dict(
                title="FACTURE / FACTUUR",
                buyer="Client / Klant",
                head=["Description / Omschrijving", "Qté/Aant.", "Unité", "Prix / Prijs", "TVA", "HTVA / excl."],
                rate=pct(","),
                net="Total HTVA / Totaal excl. BTW",
                vatline=lambda r, n: f"TVA/BTW {pct(',')(r)} sur / op {n}",
                total="Total TVAC / Totaal incl. BTW",
            ),
            notes=["Paiement par virement avec la communication structurée / Betaling met gestructureerde mededeling."],
            footer=["ASBL / VZW · RPM Bruxelles / RPR Brussel · BCE/KBO 0456.789.123"],
        ),
    ]
    files = {}
    for b in bills:
        pdf = d / b.file
        c = Canvas(str(pdf), pagesize=A4, invariant=1)
        draw_bill9(c, b)
        c.showPage()
        c.save()
        files[pdf.name] = b.gold()
    write_gold(
        d,
        files,
        "Five suppliers in new layouts and languages, each to a municipality of this corpus. Icelandic "
        "REIKNINGUR (ISK without decimals, '1.234.500 kr.', VSK 11 % + 24 %, Útgáfudagur = invoice_date; Gjalddagi "
        "and Eindagi are two due dates, the gold's due_date is Eindagi); Hungarian SZÁMLA (HUF without decimals, "
        "'2023.09.28.', Teljesítés 2023.09.25. is the supply date, not the invoice date; number 'VKB-2023/00417'); "
        "Slovenian RAČUN (EUR, DDV 9,5 % + 22 %, 'Za plačilo'); Swedish invoice with 6 %, 12 % and 25 % on one "
        "invoice; Belgian bilingual FACTURE / FACTUUR (TVA/BTW 6 % + 21 %, BCE/KBO number, structured communication).",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
