#!/usr/bin/env python3
# ruff: noqa: E501, B007, B905, F841  (the blind writer's generator is kept as written: its PDFs and gold are the measure)
"""Tenth genre corpus (blind-made): responses to Socialstyrelsen's preliminary reclaim decisions in
house styles none of genre … genre9 has, a scan of one of them, and invoices in four new forms.

    /work/main/.venv/bin/python tests/gen/genre10.py [case ...]

Everything is invented (municipality names are real and unused in the other corpora). Built
without running granttrail; gold from the generator's own data, pages looked up in the PDFs
(pypdfium2). The reportlab files and the scan are deterministic; the cases made with LibreOffice
(odt-sigtuna, sheet-koping) are rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when their PDF is
missing, and their gold is always recomputed from the committed PDF.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import response_gold  # noqa: E402
from genre9 import Ledger9, att_gold  # noqa: E402
from genre_kit import (  # noqa: E402
    Act,
    D,
    Page,
    group,
    m,
    page_texts,
    render_pdf,
    run,
    write_gold,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "genre10"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case = _CASES.case
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre10-build")
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-genre10"


class Ledger10(Ledger9):
    """genre9's ledger with this corpus' amount formats."""

    def fmt(self, v: Decimal, style: str) -> str:
        s = self.sep
        g = group(v, s)
        own = {
            "skr": f"{g} Skr",  # old abbreviation "Skr" (svenska kronor)
            "seklow": f"{g} sek",  # lower-case currency, as typed in a company's mail
            "kolonstreck": f"{group(v, s)}:-",
            "krkolon": f"kr {g}:-",
            "sekkolon": f"SEK {g}:-",
            "ksek": f"kSEK {(v / 1000).normalize():f}".replace(".", ","),  # "kSEK 45,5"
            "exkl": f"{g} kr exkl. moms",
            "krore": f"{group(v, s, 'always')} kr",
            "apos": f"{group(v, chr(39))} kr",  # "45'000 kr"
            "tkrore": f"{(v / 1000).quantize(Decimal('0.01'))} tkr".replace(".", ","),  # "45,00 tkr"
        }
        return own[style] if style in own else super().fmt(v, style)


genre_kit.Ledger = Ledger10  # render_pdf's page-counting pass makes its ledger by this name


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    for n in names:
        CASES[n]()
        print("made", n)


# ==========================================================================================
# 1. Järfälla: a municipal letter template with the LETTERHEAD AS A COLUMN AT THE LEFT of every
#    page (logo word, office, address, phone, org.nr, the handling officer, "Vår beteckning"),
#    the text in a narrower column to the right. Activities carry the agency's codes "ÅK-3",
#    "ÅK-5" … (activity_no as printed). Amounts "48 600 Skr". Positions "vidgår", "har inga
#    invändningar mot", "motsätter sig", "återbetalas delvis med …".


def jarfalla_column(canvas, doc):
    w, h = A4
    canvas.setFillColor(colors.HexColor("#eef1f4"))
    canvas.rect(0, 0, 5.4 * cm, h, fill=1, stroke=0)
    canvas.setFillColor(colors.HexColor("#0b4f6c"))
    x = 1.0 * cm
    y = h - 2.4 * cm
    if doc.page == 1:
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawString(x, y, "JÄRFÄLLA")
        canvas.setFont("Helvetica", 9)
        canvas.drawString(x, y - 12, "kommun")
        y -= 44
        lines = [
            ("b", "Socialförvaltningen"),
            ("", "Enheten för förebyggande"),
            ("", "arbete"),
            ("", ""),
            ("b", "Besöksadress"),
            ("", "Vasaplatsen 11"),
            ("", "177 80 Järfälla"),
            ("", ""),
            ("b", "Handläggare"),
            ("", "Kerstin Wahlbeck"),
            ("", "08-580 289 14"),
            ("", "kerstin.wahlbeck@jarfalla.se"),
            ("", ""),
            ("b", "Vår beteckning"),
            ("", "SOF 2024/612"),
            ("", ""),
            ("b", "Er beteckning"),
            ("", "8.4-29117/2024"),
            ("", ""),
            ("b", "Org.nr"),
            ("", "212000-0076"),
        ]
        canvas.setFillColor(colors.HexColor("#333333"))
        for kind, ln in lines:
            canvas.setFont("Helvetica-Bold" if kind == "b" else "Helvetica", 7.5)
            canvas.drawString(x, y, ln)
            y -= 10
    else:
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(x, y, "JÄRFÄLLA")
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(x, y - 12, "SOF 2024/612")
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.drawString(x, 1.2 * cm, f"{doc.page} ({JARFALLA_PAGES[0] or '?'})")


JARFALLA_PAGES = [0]


@case
def prose_jarfalla():
    d = _CASES.fresh("prose-jarfalla")
    lg = Ledger10()
    A = [
        Act("ÅK-1", "Sommarjobb för unga i Jakobsberg", D("148600"), "disputes", ["ordinary_operations"], ["1"]),
        Act("ÅK-3", "Föräldrastöd på somaliska och arabiska", D("36250"), "accepts_full", ["unverifiable_costs"], []),
        Act(
            "ÅK-4",
            "Nattvandring Viksjö och Kallhäll",
            D("22900"),
            "accepts_partial",
            ["excessive_cost", "description_mismatch"],
            ["2", "3"],
            repay=D("8400"),
        ),
        Act("ÅK-6", "Kulturskola i Söderhöjden", D("71000"), "disputes", ["purpose_mismatch"], ["4"]),
        Act("ÅK-7", "Trygghetsvärdar vid Jakobsbergs station", D("19480"), "accepts_full", ["exercise_of_authority"], []),
    ]
    for a in A:
        a.needle = f"{a.no} {a.title}"
    total = sum((a.claimed for a in A), Decimal(0))
    body = {
        "ÅK-1": (
            "Socialstyrelsen anser att sommarjobben är en del av kommunens ordinarie arbetsmarknadsinsatser och att de därför "
            "inte kan finansieras med bidraget.",
            "Förvaltningen motsätter sig återkravet. Sommarjobben i Jakobsberg var en särskild satsning utöver de ordinarie "
            "feriejobben och riktades enbart till ungdomar folkbokförda i området (bilaga 1). Någon återbetalning bör "
            "därför inte ske.",
        ),
        "ÅK-3": (
            "Enligt myndigheten har kommunen inte kunnat visa underlag för tolkkostnaderna.",
            "Tolkfakturorna har tyvärr inte gått att återfinna. Kommunen vidgår återkravet och betalar tillbaka beloppet.",
        ),
        "ÅK-4": (
            "Socialstyrelsen menar att kostnaden för jackor och ficklampor är hög och att beskrivningen i redovisningen "
            "inte överensstämmer med de kostnader som har tagits upp.",
            f"Kommunen delar bedömningen såvitt avser utrustningen. Av beloppet återbetalas delvis {m('8400', 'skr')}, "
            "motsvarande utrustningen; arvodena till nattvandrarna står kommunen fast vid, se bilagorna 2 och 3.",
        ),
        "ÅK-6": (
            "Socialstyrelsen bedömer att kulturskolans kurser inte ligger i linje med bidragets syfte eftersom de är öppna "
            "för barn i hela kommunen.",
            "Kurserna hölls i Söderhöjdens skola och 41 av 44 deltagare bodde i området, se deltagarförteckningen i bilaga 4. "
            "Förvaltningen motsätter sig därför återkravet i sin helhet.",
        ),
        "ÅK-7": (
            "Enligt Socialstyrelsen har trygghetsvärdarna utfört uppgifter som utgör myndighetsutövning.",
            "Vi har inga invändningar mot återkravet och kommer att återbetala hela beloppet.",
        ),
    }
    blocks = [
        ("space", 30),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("space", 14),
        ("p", "Datum: 2025-02-19"),
        (
            "h2",
            "Järfälla kommuns yttrande över preliminärt beslut om återkrav av statsbidrag till kommuner med "
            "socioekonomiskt eftersatta områden",
        ),
        (
            "p",
            f"Socialstyrelsen har den 24 januari 2025 meddelat att myndigheten avser att återkräva {m(total, 'skr')} av "
            "det statsbidrag som Järfälla kommun har tagit emot för 2022. Återkraven är i beslutet märkta med "
            "koder (ÅK-1, ÅK-3 osv.) och kommunen använder samma koder nedan. Kommunen har fått tillfälle att yttra "
            "sig och anför följande.",
        ),
    ]
    for a in A:
        ass, ans = body[a.no]
        blocks += [
            ("h3", f"{a.no} {a.title}"),
            ("rich", "p", f"<i>Återkrävt:</i> {m(a.claimed, 'skr')}"),
            ("p", ass),
            ("p", ans),
        ]
    blocks += [
        ("p", f"Sammantaget vidgår kommunen återbetalning av {m(D('36250') + D('8400') + D('19480'), 'skr')}."),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Beslut om sommarjobbssatsning Jakobsberg 2022\n2. Arvodeslista nattvandrare 2022\n"
            "3. Inköpsunderlag utrustning nattvandring\n4. Deltagarförteckning kulturskolan Söderhöjden",
        ),
        ("space", 14),
        ("p", "Järfälla kommun"),
        ("space", 16),
        ("p", "Anders Broström\nsocialdirektör"),
        ("space", 8),
        ("p", "Kerstin Wahlbeck\nenhetschef"),
    ]
    page = Page(margins=(6.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm), size_pt=10, on_page=jarfalla_column)
    pdf = d / "Yttrande SOF 2024-612 Järfälla.pdf"
    JARFALLA_PAGES[0] = 0
    render_pdf(pdf, blocks, lg, page)
    JARFALLA_PAGES[0] = len(page_texts(pdf))
    lg = Ledger10()
    render_pdf(pdf, blocks, lg, page)
    g = response_gold(
        pdf,
        "Järfälla kommun",
        "2025-02-19",
        A,
        lg,
        municipality="Järfälla",
        attachments=att_gold([("1", "ÅK-1"), ("2", "ÅK-4"), ("3", "ÅK-4"), ("4", "ÅK-6")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Anders Broström", "role": "socialdirektör"},
            {
                "name": "Kerstin Wahlbeck",
                "role": ["enhetschef", "handläggare"],
                "phone": "+46858028914",
                "email": "kerstin.wahlbeck@jarfalla.se",
            },
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "A letter template with the letterhead as a grey column at the left of every page (office, address, "
        "handling officer with phone and e-mail, references, org.nr); the text runs in a narrower column to the "
        "right. Activities carry the agency's codes 'ÅK-1' … 'ÅK-7' (activity_no as printed, gaps). Amounts "
        "'48 600 Skr'. Positions 'motsätter sig', 'vidgår återkravet', 'återbetalas delvis 8 400 Skr', "
        "'har inga invändningar mot återkravet'.",
    )


# ==========================================================================================
# 2. Ale: a TJÄNSTESKRIVELSE to the municipal executive board (Ärendet / Beslutsunderlag /
#    Förslag till beslut / Beskrivning av ärendet) whose last part "Yttrande" is the answer to
#    Socialstyrelsen. The agency's items are "Post 12", "Post 15" … (activity_no "12"); attachment
#    ids "12-1" carry the post's number. Amounts "48 000 kr exkl. moms".


@case
def prose_ale():
    d = _CASES.fresh("prose-ale")
    lg = Ledger10()
    A = [
        Act("12", "Läxhjälp i Nödinge centrum", D("48000"), "accepts_full", ["unverifiable_costs"], []),
        Act("15", "Ungdomscoacher i Älvängen", D("212500"), "accepts_partial", ["ordinary_operations"], ["15-1", "15-2"], repay=D("62500")),
        Act("19", "Familjeläger på Vikaröd", D("33700"), "disputes", ["outside_grant_period"], ["19-1"]),
        Act("21", "Medborgardialog om trygghet", D("15850"), "disputes", ["missing_description", "purpose_mismatch"], ["21-1"]),
        Act("22", "Drogförebyggande föräldrakvällar", D("9600"), "unclear", ["conditions_not_met"], []),
    ]
    for a in A:
        a.needle = f"Post {a.no} – {a.title}"
    total = sum((a.claimed for a in A), Decimal(0))
    accepted = D("48000") + D("62500")
    head = [
        ["<b>Ale kommun</b>", "<b>TJÄNSTESKRIVELSE</b>"],
        ["Sektor kultur och fritid", "Datum: 2025-02-12"],
        ["Handläggare: Linnea Fagerström", "Diarienummer: KS 2025/0044"],
    ]
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    def head_table():
        st = ParagraphStyle("h", fontName="Helvetica", fontSize=9.5, leading=12)
        t = Table([[Paragraph(a, st), Paragraph(b, st)] for a, b in head], colWidths=[9.5 * cm, 6.8 * cm])
        t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    body = {
        "12": (
            "Socialstyrelsen har bedömt att kostnaderna för läxhjälpen inte går att följa i kommunens redovisning, "
            "eftersom lönekostnaderna har bokförts tillsammans med bibliotekets övriga personal.",
            "Sektorn har inte kunnat särskilja kostnaderna i efterhand. Kommunen medger återkravet för post 12.",
        ),
        "15": (
            "Socialstyrelsen anser att ungdomscoacherna i huvudsak har utfört arbete som ingår i fritidsgårdarnas ordinarie uppdrag.",
            f"En av de tre coacherna var anställd på fritidsgården redan före 2021. Kommunen godtar att hennes lönekostnad, "
            f"{m('62500', 'exkl')}, betalas tillbaka men bestrider återkravet i övrigt. De två övriga coacherna "
            "anställdes för satsningen, se bilaga 15-1 och 15-2.",
        ),
        "19": (
            "Enligt Socialstyrelsen genomfördes familjelägret i augusti 2023 och kostnaderna hör därför inte till bidragsåret.",
            "Lägret bokades och betalades i december 2022 (bilaga 19-1) och kostnaden belastar 2022 års bidrag. Kommunen "
            "anser att något återkrav inte ska ske för post 19.",
        ),
        "21": (
            "Myndigheten menar att aktiviteten saknar beskrivning och att en medborgardialog inte svarar mot bidragets syfte.",
            "Dialogen var en del av arbetet med trygghetsplanen för Nödinge och Alafors och beskrivs i bilaga 21-1. "
            "Kommunen bestrider återkravet.",
        ),
        "22": (
            "Socialstyrelsen anser att villkoren för bidraget inte är uppfyllda, eftersom föreläsarna enligt "
            "redovisningen anlitades utan upphandling.",
            "Sektorn utreder tillsammans med upphandlingsenheten hur avropet gjordes. Kommunen tar ställning till post 22 "
            "i ett kompletterande yttrande senast den 31 mars 2025.",
        ),
    }
    blocks = [
        ("lazy", head_table),
        ("space", 10),
        ("p", "Kommunstyrelsen"),
        ("h2", "Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag för 2022"),
        ("h3", "Ärendet"),
        (
            "p",
            "Socialstyrelsen har i ett preliminärt beslut den 23 januari 2025 (dnr 8.4-31204/2024) meddelat att myndigheten "
            f"avser att återkräva {m(total, 'kronor')} av det statsbidrag för insatser i socioekonomiskt eftersatta områden "
            "som Ale kommun tog emot för 2022. Kommunen ska yttra sig senast den 21 februari 2025. Sektor kultur och "
            "fritid har tagit fram ett förslag till yttrande, som återges under rubriken Yttrande nedan.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "p",
            "Tjänsteskrivelse 2025-02-12\nSocialstyrelsens preliminära beslut 2025-01-23\n"
            "Kommunens redovisning av statsbidraget för 2022, inlämnad 2023-03-30",
        ),
        ("h3", "Förslag till beslut"),
        (
            "p",
            "Kommunstyrelsen beslutar\n"
            "att anta yttrandet nedan som sitt eget och överlämna det till Socialstyrelsen,\n"
            f"att medge återbetalning med sammanlagt {m(accepted, 'kronor')}.",
        ),
        ("h3", "Beskrivning av ärendet"),
        (
            "p",
            "Bidraget har använts till fem insatser i Nödinge, Älvängen och Alafors. Socialstyrelsens granskning omfattar "
            "samtliga. Sektorn bedömer att återkraven för två av dem delvis eller helt är befogade, att två ska bestridas "
            "och att ställning till den femte bör tas först när upphandlingsfrågan är utredd.",
        ),
        ("h2", "Yttrande"),
        ("p", "Till Socialstyrelsen, 106 30 Stockholm. Er beteckning 8.4-31204/2024."),
        ("p", "Ale kommun lämnar följande yttrande över de poster som Socialstyrelsen avser att återkräva."),
    ]
    for a in A:
        ass, ans = body[a.no]
        blocks += [
            ("h3", f"Post {a.no} – {a.title}"),
            ("p", f"Återkrav: {m(a.claimed, 'exkl')}"),
            ("rich", "p", f"<u>Socialstyrelsens bedömning</u><br/>{ass}"),
            ("rich", "p", f"<u>Kommunens inställning</u><br/>{ans}"),
        ]
    blocks += [
        ("h3", "Bilagor till yttrandet"),
        (
            "p",
            "Bilaga 15-1 Anställningsavtal ungdomscoach, Älvängen\nBilaga 15-2 Anställningsavtal ungdomscoach, Nödinge\n"
            "Bilaga 19-1 Bokningsbekräftelse och betalning Vikaröds lägergård\nBilaga 21-1 Trygghetsplan Nödinge och Alafors 2022",
        ),
        ("space", 14),
        ("p", "Sektor kultur och fritid"),
        ("space", 14),
        ("p", "Hans-Olov Rydén\nsektorchef kultur och fritid"),
        ("space", 6),
        ("p", "Linnea Fagerström\nutvecklingsledare\nlinnea.fagerstrom@ale.se\n0303-33 04 87"),
        ("space", 6),
        ("small", "Beslutet skickas till: Socialstyrelsen, Ekonomienheten, Sektor kultur och fritid"),
    ]
    pdf = render_pdf(
        d / "Tjänsteskrivelse KS 2025-0044 yttrande återkrav.pdf",
        blocks,
        lg,
        Page(font="Times-Roman", size_pt=11, footer="{page}(" + "{pages})", header="Ale kommun  ·  KS 2025/0044"),
    )
    g = response_gold(
        pdf,
        "Ale kommun",
        "2025-02-12",
        A,
        lg,
        municipality="Ale",
        attachments=att_gold([("15-1", "15"), ("15-2", "15"), ("19-1", "19"), ("21-1", "21")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Hans-Olov Rydén", "role": "sektorchef"},
            {
                "name": "Linnea Fagerström",
                "role": ["utvecklingsledare", "handläggare"],
                "phone": "+46303330487",
                "email": "linnea.fagerstrom@ale.se",
            },
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "A tjänsteskrivelse to Kommunstyrelsen (Ärendet / Beslutsunderlag / Förslag till beslut / Beskrivning av "
        "ärendet) whose last part 'Yttrande' is the answer to Socialstyrelsen. Items 'Post 12 – Title' (activity_no "
        "'12'). The Beslutsunderlag lines are not attachments; the attachments are 'Bilaga 15-1' … under 'Bilagor till "
        "yttrandet'. 'Återkrav: 48 000 kr exkl. moms'. doc_date is the tjänsteskrivelse's date.",
    )


# ==========================================================================================
# 3. Kramfors: the answer is written by the PRIVATE COMPANY that ran the activities under a
#    contract with the municipality ("Ådalens Ungdomsakademi AB"), on its own letterhead, in the
#    company's voice ("Vi har inga invändningar mot …", "Vi motsätter oss …"), approved by the
#    municipality's head of social services at the end. Each activity under a tinted bar that also
#    carries the company's own project number ("Vårt projekt P-2207"); the claim only in a
#    sentence; amounts "45 000 sek" in lower case.


def kramfors_page(canvas, doc):
    w, h = A4
    if doc.page == 1:
        canvas.setFillColor(colors.HexColor("#c2571a"))
        canvas.circle(2.6 * cm, h - 2.0 * cm, 0.55 * cm, fill=1, stroke=0)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawCentredString(2.6 * cm, h - 2.15 * cm, "ÅU")
        canvas.setFillColor(colors.HexColor("#3a3a3a"))
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(3.5 * cm, h - 1.9 * cm, "Ådalens Ungdomsakademi AB")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(3.5 * cm, h - 2.3 * cm, "Fritid · Läxhjälp · Sommarprogram")
    canvas.setStrokeColor(colors.HexColor("#c2571a"))
    canvas.line(2.2 * cm, 1.9 * cm, w - 2.2 * cm, 1.9 * cm)
    canvas.setFont("Helvetica", 7)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(
        2.2 * cm,
        1.5 * cm,
        "Ådalens Ungdomsakademi AB · Torggatan 6, 872 30 Kramfors · Org.nr 559214-3870 · Bankgiro 5271-0934 · info@adalensungdom.se",
    )
    canvas.drawRightString(w - 2.2 * cm, 1.1 * cm, f"Sida {doc.page}")


@case
def prose_kramfors():
    d = _CASES.fresh("prose-kramfors")
    lg = Ledger10()
    A = [
        Act("2", "Läxhjälp och studiecoachning i Gistgårdsskolan", D("96400"), "disputes", ["unverifiable_costs"], ["1", "2"]),
        Act("3", "Sommarprogram för unga i Kramfors centrum", D("58750"), "accepts_partial", ["excessive_cost"], ["3"], repay=D("14200")),
        Act("5", "Öppen hall fredagskvällar", D("27300"), "accepts_full", ["outside_grant_period"], []),
        Act("6", "Ledarutbildning för unga vuxna", D("41880"), "disputes", ["ordinary_operations", "purpose_mismatch"], ["4"]),
    ]
    proj = {"2": "P-2207", "3": "P-2211", "5": "P-2302", "6": "P-2214"}
    for a in A:
        a.needle = f"Aktivitet {a.no}"
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    def bar(a):
        def make():
            st = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.white)
            st2 = ParagraphStyle("b2", parent=st, fontName="Helvetica", alignment=2)
            t = Table([[Paragraph(f"Aktivitet {a.no}", st), Paragraph(f"Vårt projekt {proj[a.no]}", st2)]], colWidths=[8.3 * cm, 8.3 * cm])
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#c2571a")),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            return t

        return make

    body = {
        "2": (
            f"Socialstyrelsen återkräver {m('96400', 'seklow')} för aktiviteten. Myndigheten anser att det inte går att "
            "se vilka timmar studiecoacherna arbetade i Gistgårdsskolan och vilka de arbetade i vår övriga verksamhet.",
            "Vi motsätter oss återkravet. Coacherna förde tidrapport per skola och vecka, och kommunens kontaktperson "
            "attesterade rapporterna varje månad (bilaga 1). Fakturorna till kommunen specificerar timmarna per skola (bilaga 2).",
        ),
        "3": (
            f"För sommarprogrammet återkräver Socialstyrelsen {m('58750', 'seklow')}, eftersom kostnaden för bussresor "
            "och entréer bedöms som hög i förhållande till antalet deltagare.",
            f"Vi håller med om att resan till Umeå blev dyrare än planerat när två deltagare hoppade av i sista stund. "
            f"Resans merkostnad, {m('14200', 'seklow')}, återbetalas, men i övrigt anser vi att kostnaderna var rimliga "
            "för ett sexveckorsprogram med 38 deltagare (bilaga 3).",
        ),
        "5": (
            f"Socialstyrelsen återkräver {m('27300', 'seklow')} som avser hallhyra för januari och februari 2024, alltså "
            "efter bidragsperioden.",
            "Det stämmer. Hyran fakturerades kommunen av misstag under fel period. Vi har inga invändningar mot återkravet, "
            "och kommunen betalar tillbaka beloppet.",
        ),
        "6": (
            f"Enligt Socialstyrelsen är ledarutbildningen intern kompetensutveckling för bolagets anställda och ligger "
            f"inte i linje med bidragets syfte. Återkravet uppgår till {m('41880', 'seklow')}.",
            "Utbildningen gavs till 16 unga vuxna från Kramfors centrum och Bollsta som sedan anställdes som "
            "timanställda ledare i kvällsverksamheten; ingen av dem var anställd hos oss före utbildningen (bilaga 4). "
            "Vi anser därför inte att beloppet ska betalas tillbaka.",
        ),
    }
    blocks = [
        ("space", 18),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("p", "Kramfors den 14 februari 2025\nEr beteckning: 8.4-27760/2024\nKramfors kommuns dnr: SN 2024/301"),
        ("h2", "Yttrande angående preliminärt återkrav – Kramfors kommun, statsbidrag 2022"),
        (
            "p",
            "Ådalens Ungdomsakademi AB har sedan 2021 på uppdrag av Kramfors kommun genomfört de aktiviteter som "
            "kommunen har finansierat med statsbidraget för socioekonomiskt eftersatta områden (avtal SN 2021/088). "
            "Kommunen har bett oss att, som utförare, besvara Socialstyrelsens frågor om aktiviteterna. Yttrandet är "
            "avstämt med socialförvaltningen och godkänt av kommunen, se underskrifterna nedan.",
        ),
        (
            "p",
            "Socialstyrelsens numrering av aktiviteterna behålls; till höger i rubrikraden anges vårt eget projektnummer, som "
            "återfinns på fakturorna till kommunen.",
        ),
    ]
    for a in A:
        ass, ans = body[a.no]
        blocks += [
            ("space", 6),
            ("lazy", bar(a)),
            ("h3", a.title),
            ("rich", "p", f"<b>Vad Socialstyrelsen anför.</b> {ass}"),
            ("rich", "p", f"<b>Vår kommentar.</b> {ans}"),
        ]
    blocks += [
        ("h3", "Bifogade dokument"),
        (
            "p",
            "Bilaga 1 – Tidrapporter studiecoacher, attesterade\nBilaga 2 – Fakturor till Kramfors kommun, P-2207\n"
            "Bilaga 3 – Deltagarlista och reseräkning sommarprogrammet\nBilaga 4 – Anställningsbevis timledare 2022",
        ),
        ("space", 10),
        ("p", "Med vänliga hälsningar\nÅdalens Ungdomsakademi AB"),
        ("space", 14),
        ("p", "Jenny Öhman\nverkställande direktör\njenny.ohman@adalensungdom.se · 070-318 44 27"),
        ("space", 4),
        ("p", "Tomas Sundqvist\nprojektledare"),
        ("space", 10),
        ("p", "Yttrandet godkänns av Kramfors kommun"),
        ("space", 14),
        ("p", "Ann-Sofie Näslund\nsocialchef, Kramfors kommun"),
    ]
    pdf = render_pdf(
        d / "Yttrande återkrav Kramfors kommun (Ådalens Ungdomsakademi).pdf",
        blocks,
        lg,
        Page(margins=(2.2 * cm, 2.2 * cm, 3.2 * cm, 2.4 * cm), size_pt=10, on_page=kramfors_page),
    )
    g = response_gold(
        pdf,
        "Ådalens Ungdomsakademi AB",
        "2025-02-14",
        A,
        lg,
        municipality="Kramfors",
        attachments=att_gold([("1", "2"), ("2", "2"), ("3", "3"), ("4", "6")]),
        activity_invoices={},
        checks=[],
        quantities=[{"value": 38, "unit": "deltagare"}],
        people=[
            {"name": "Jenny Öhman", "role": "verkställande direktör", "phone": "+46703184427", "email": "jenny.ohman@adalensungdom.se"},
            {"name": "Tomas Sundqvist", "role": "projektledare"},
            {"name": "Ann-Sofie Näslund", "role": "socialchef"},
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "Written by the private company that ran the activities for the municipality (issuer the company, "
        "municipality Kramfors), approved by the municipality's socialchef. Tinted bars 'Aktivitet 2 | Vårt projekt "
        "P-2207' (the project number is not the activity). The claim only inside a sentence; amounts '45 000 sek'.",
    )


# ==========================================================================================
# 4. Sigtuna: typed in LibreOffice Writer (a flat ODT printed by LibreOffice) with REAL
#    FOOTNOTES that carry the invoice references ("² Faktura 23-1042 från Märsta Buss & Taxi AB,
#    daterad 2023-06-30, SEK 18 400:- inkl. moms (bilaga 2).") while the text carries only the
#    superscript. Invoices named there and in the list back their activities (body mention).


def xml_esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fodt(paras: list[tuple[str, str]]) -> str:
    """paras: (style, xml) with styles P (body), H (heading 2), T (title), S (small), B (bold run-in)."""
    body = []
    for st, x in paras:
        if st == "H":
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{x}</text:h>')
        else:
            body.append(f'<text:p text:style-name="{st}">{x}</text:p>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.6cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:footer-style/></style:page-layout>
 <style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="T" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="S" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Bd" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="It" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Ft" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Ft">Sigtuna kommun · Sida <text:page-number text:select-page="current"/> av <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""


def soffice_pdf(src: Path, dst: Path) -> Path:
    TMP.mkdir(parents=True, exist_ok=True)
    run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", str(TMP), str(src)])
    shutil.move(str(TMP / (src.stem + ".pdf")), dst)
    return dst


@case
def odt_sigtuna():
    d = _CASES.fresh("odt-sigtuna") if REBUILD_EXTERNAL or not (OUT / "odt-sigtuna").exists() else OUT / "odt-sigtuna"
    pdf = d / "Sigtuna kommun yttrande återkrav SN 2025-31.pdf"
    lg = Ledger10()
    A = [
        Act(
            "1",
            "Fritidsbuss mellan Märsta och Steningedalen",
            D("52600"),
            "accepts_partial",
            ["description_mismatch"],
            ["1", "2"],
            repay=D("18400"),
        ),
        Act("3", "Språkcafé i Valsta bibliotek", D("24125"), "disputes", ["unverifiable_costs"], ["3"]),
        Act("4", "Fältgruppens sommarlovsverksamhet", D("88300"), "disputes", ["ordinary_operations"], ["4", "5"]),
        Act("7", "Föräldrautbildning ABC", D("31500"), "accepts_full", ["outside_grant_period"], ["6"]),
    ]
    for a in A:
        a.needle = f"Aktivitet {a.no}. {a.title}"
    total = sum((a.claimed for a in A), Decimal(0))
    invoices = {
        "2": ("23-1042", "Märsta Buss & Taxi AB", "2023-06-30", "18400"),
        "3": ("4471", "Kafé Kvarnen ekonomisk förening", "2022-11-15", "24125"),
        "5": ("2022-0817", "Arlanda Friluftsläger AB", "2022-08-22", "46900"),
        "6": ("F-88120", "Familjekompetens Sverige AB", "2023-09-04", "31500"),
    }
    notes = [0]

    def fn(xml: str) -> str:
        notes[0] += 1
        n = notes[0]
        return (
            f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{xml}</text:p></text:note-body></text:note>'
        )

    def inv_note(b: str) -> str:
        no, sup, date, amt = invoices[b]
        return fn(xml_esc(lg.fill(f"Faktura {no} från {sup}, daterad {date}, {m(amt, 'sekkolon')} inkl. moms (bilaga {b}).")))

    def t(x: str) -> str:
        return xml_esc(lg.fill(x))

    P = [
        ("T", "Sigtuna kommun"),
        ("S", "Socialnämnden · Box 200, 195 85 Märsta · 08-591 260 00"),
        ("R", "2025-02-17<text:line-break/>Dnr SN 2025/31"),
        ("P", "Socialstyrelsen<text:line-break/>Avdelningen för statsbidrag<text:line-break/>106 30 Stockholm"),
        ("H", "Yttrande över preliminärt beslut om återkrav, dnr 8.4-30981/2024"),
        (
            "P",
            t(
                f"Socialstyrelsen har meddelat att myndigheten överväger att återkräva {m(total, 'sekkolon')} av det "
                "statsbidrag för 2022 som Sigtuna kommun fått för arbete i socioekonomiskt eftersatta områden. "
                "Socialnämnden lämnar här sitt yttrande. Underlagen anges i fotnoter och finns i bilagorna."
            ),
        ),
    ]
    P += [
        ("H", f"Aktivitet 1. {A[0].title}"),
        ("P", t(f"Återkrävt belopp: {m('52600', 'sekkolon')}")),
        (
            "P",
            t(
                "Socialstyrelsen menar att redovisningen beskriver en kvällsbuss för ungdomar medan kostnaderna även "
                "omfattar en dagtur för pensionärer."
            ),
        ),
        (
            "P",
            t("Nämnden konstaterar att en av fakturorna avser pensionärsresan, som bokades på fel kostnadsställe")
            + inv_note("2")
            + t(
                f". Det beloppet, {m('18400', 'sekkolon')}, återbetalas. Återstoden avser kvällsbussen enligt "
                "körjournalen i bilaga 1, och återkravet i den delen bestrids."
            ),
        ),
        ("H", f"Aktivitet 3. {A[1].title}"),
        ("P", t(f"Återkrävt belopp: {m('24125', 'sekkolon')}")),
        ("P", t("Enligt Socialstyrelsen saknas verifikationer för språkcaféets kostnader.")),
        (
            "P",
            t("Kostnaden består av en enda faktura från föreningen som drev caféet")
            + inv_note("3")
            + t(". Fakturan bifogades inte redovisningen men finns nu med. Nämnden motsätter sig därför återkravet."),
        ),
        ("H", f"Aktivitet 4. {A[2].title}"),
        ("P", t(f"Återkrävt belopp: {m('88300', 'sekkolon')}")),
        ("P", t("Socialstyrelsen bedömer att fältgruppens arbete under sommarlovet är kommunens ordinarie verksamhet.")),
        (
            "P",
            t("Fältgruppen förstärktes sommaren 2022 med fyra säsongsanställda (bilaga 4) och genomförde ett lägerprogram i Steningedalen")
            + inv_note("5")
            + t(" som inte hade funnits utan bidraget. Nämnden anser inte att kostnaden ska återbetalas."),
        ),
        ("H", f"Aktivitet 7. {A[3].title}"),
        ("P", t(f"Återkrävt belopp: {m('31500', 'sekkolon')}")),
        ("P", t("Socialstyrelsen har funnit att utbildningen hölls hösten 2023 och inte under bidragsåret.")),
        ("P", t("Det är riktigt") + inv_note("6") + t(". Nämnden medger återkravet för aktivitet 7.")),
        ("H", "Bilagor"),
        (
            "P",
            "<text:line-break/>".join(
                t(x)
                for x in [
                    "Bilaga 1 Körjournal fritidsbussen 2022",
                    "Bilaga 2 Faktura 23-1042 Märsta Buss & Taxi AB",
                    "Bilaga 3 Faktura 4471 Kafé Kvarnen",
                    "Bilaga 4 Anställningsbeslut säsongsanställda fältassistenter",
                    "Bilaga 5 Faktura 2022-0817 Arlanda Friluftsläger AB",
                    "Bilaga 6 Faktura F-88120 Familjekompetens Sverige AB",
                ]
            ),
        ),
        ("P", ""),
        ("P", "För socialnämnden"),
        ("P", ""),
        ("P", "Margareta Lindholm (M)<text:line-break/>ordförande"),
        ("P", "Kristoffer Åkesson<text:line-break/>socialchef"),
        ("S", "Handläggare: Yasmin Haddad, controller, 08-591 264 38, yasmin.haddad@sigtuna.se"),
    ]
    if REBUILD_EXTERNAL or not pdf.exists():
        TMP.mkdir(parents=True, exist_ok=True)
        src = TMP / "sigtuna.fodt"
        src.write_text(fodt(P), encoding="utf-8")
        soffice_pdf(src, pdf)
    g = response_gold(
        pdf,
        "Sigtuna kommun",
        "2025-02-17",
        A,
        lg,
        municipality="Sigtuna",
        attachments=[
            {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
            {"attachment_id": "2", "activity_no": "1", "invoice_number": "23-1042"},
            {"attachment_id": "3", "activity_no": "3", "invoice_number": "4471"},
            {"attachment_id": "4", "activity_no": "4", "invoice_number": None},
            {"attachment_id": "5", "activity_no": "4", "invoice_number": "2022-0817"},
            {"attachment_id": "6", "activity_no": "7", "invoice_number": "F-88120"},
        ],
        activity_invoices={
            "1": [{"invoice_number": "23-1042"}],
            "3": [{"invoice_number": "4471"}],
            "4": [{"invoice_number": "2022-0817"}],
            "7": [{"invoice_number": "F-88120"}],
        },
        checks=[],
        checks_allowed=[
            {"activity_no": "1", "check": "invoice_sum_mismatch"},
            {"activity_no": "4", "check": "invoice_sum_mismatch"},
        ],
        people=[
            {"name": "Margareta Lindholm", "role": "ordförande", "party": "M"},
            {"name": "Kristoffer Åkesson", "role": "socialchef"},
            {"name": "Yasmin Haddad", "role": ["controller", "handläggare"], "phone": "+46859126438", "email": "yasmin.haddad@sigtuna.se"},
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "LibreOffice Writer (flat ODT; DejaVu fonts substituted) with real footnotes at the page foot carrying the invoice references "
        "(number, supplier, date, gross amount, attachment); the text has only the superscript. Invoice numbers in "
        "footnotes and in the list link the activities (activity 1 and 4 are backed only in part: the sum checks "
        "are allowed either way). Amounts 'SEK 52 600:-'.",
    )


# ==========================================================================================
# 5. Nässjö: every activity is a Q&A BOX: a shaded title row across, then two ruled columns side
#    by side, "Socialstyrelsens bedömning:" at the left and "Kommunens svar:" at the right, and a
#    row "Underlag:" with the attachments. The claim is in the title row after a vertical bar.


@case
def qa_nassjo():
    d = _CASES.fresh("qa-nassjo")
    lg = Ledger10()
    A = [
        Act("2", "Mentorer för nyanlända elever på Fågelfors", D("64320"), "disputes", ["purpose_mismatch"], ["1"]),
        Act("3", "Sommarlovskort i kollektivtrafiken", D("18750.50"), "accepts_full", ["unverifiable_costs"], []),
        Act(
            "5",
            "Hälsoinspiratörer i Bäckebo",
            D("102000"),
            "accepts_partial",
            ["ordinary_operations", "excessive_cost"],
            ["2", "3"],
            repay=D("34000"),
        ),
        Act("8", "Motorträff på fredagskvällar", D("27600"), "disputes", ["exercise_of_authority"], []),
        Act("9", "Studiebesök hos Fryshuset", D("12480"), "accepts_full", ["purpose_mismatch"], ["4"]),
        Act("10", "Förstärkt fritidsgård Runnevål", D("45990"), "unclear", ["conditions_not_met"], ["5"]),
    ]
    for a in A:
        a.needle = f"Aktivitet {a.no} · {a.title}"
    total = sum((a.claimed for a in A), Decimal(0))
    qa = {
        "2": (
            "Mentorerna har haft uppdrag för hela skolans elever och insatsen är därför inte riktad till det eftersatta "
            "området, vilket enligt Socialstyrelsen inte är i linje med bidragets syfte.",
            "Kommunen bestrider återkravet. Mentorerna arbetade uteslutande med elever från Fågelfors och Kvarnarp, vilket "
            "framgår av schemat i bilaga 1.",
        ),
        "3": (
            "Kostnaden för sommarlovskorten kan inte verifieras eftersom det saknas uppgift om hur många kort som delades ut och till vem.",
            "Kommunen har inget att erinra mot bedömningen och återbetalar beloppet.",
        ),
        "5": (
            "Hälsoinspiratörerna är anställda i kommunens ordinarie folkhälsoarbete. Arvodet till den externa "
            "föreläsaren bedöms dessutom som orimligt högt.",
            f"Föreläsararvodet på {m('34000', 'krore')} var för högt och kommunen accepterar att det beloppet "
            "återbetalas. Inspiratörerna anställdes däremot för projektet (bilaga 2 och 3); i den delen bestrider "
            "kommunen återkravet.",
        ),
        "8": (
            "Socialstyrelsen anser att motorträffarna, där polisen deltog och kontrollerade fordon, innefattar myndighetsutövning.",
            "Polisens kontroller var polisens egen verksamhet och bekostades inte av bidraget. Kommunen motsätter sig därför återkravet.",
        ),
        "9": (
            "Resan till Stockholm saknar enligt Socialstyrelsen koppling till bidragets syfte.",
            "Kommunen accepterar återkravet, se reseräkningen i bilaga 4.",
        ),
        "10": (
            "Kommunen har inte lämnat den uppföljning som var ett villkor för bidraget.",
            "Uppföljningen sammanställs just nu (utkast i bilaga 5). Kommunen avvaktar med sitt ställningstagande tills "
            "den är klar och återkommer.",
        ),
    }
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    def box(a):
        def make():
            st = ParagraphStyle("q", fontName="Helvetica", fontSize=9, leading=11.5)
            sb = ParagraphStyle("qb", parent=st, fontName="Helvetica-Bold", fontSize=10, leading=13)
            ass, ans = qa[a.no]
            refs = ", ".join(f"bilaga {r}" for r in a.refs) or "–"
            title = lg.fill(f"Aktivitet {a.no} · {a.title}  |  Återkrav {m(a.claimed, 'krore')}")
            rows = [
                [Paragraph(title, sb), ""],
                [
                    Paragraph("<b>Socialstyrelsens bedömning:</b><br/>" + lg.fill(ass), st),
                    Paragraph("<b>Kommunens svar:</b><br/>" + lg.fill(ans), st),
                ],
                [Paragraph(f"<i>Underlag:</i> {refs}", st), ""],
            ]
            t = Table(rows, colWidths=[8.1 * cm, 8.1 * cm])
            t.setStyle(
                TableStyle(
                    [
                        ("SPAN", (0, 0), (1, 0)),
                        ("SPAN", (0, 2), (1, 2)),
                        ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#d9e7d3")),
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#3d6b35")),
                        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#3d6b35")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            return t

        return make

    blocks = [
        ("rich", "p", "<font size=14><b>Nässjö kommun</b></font><br/>Socialförvaltningen"),
        ("p", "2025-02-20\nDnr SOC 2024/1187"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("h2", "Svar på Socialstyrelsens preliminära beslut om återkrav, ert dnr 8.4-32055/2024"),
        (
            "p",
            f"Socialstyrelsen har meddelat att myndigheten avser att återkräva {m(total, 'krore')} av statsbidraget för "
            "2023. Nässjö kommun svarar nedan på varje punkt i beslutet. För att svaret ska vara lätt att följa återges "
            "Socialstyrelsens bedömning i vänster spalt och kommunens svar i höger spalt.",
        ),
    ]
    for a in A:
        blocks += [("lazy", box(a)), ("space", 8)]
    blocks += [
        ("h3", "Bilagor"),
        (
            "p",
            "1. Schema mentorer Fågelfors ht 2023\n2. Anställningsavtal hälsoinspiratörer\n3. Lönespecifikationer "
            "hälsoinspiratörer\n4. Reseräkning studiebesök Fryshuset\n5. Utkast uppföljning fritidsgård Runnevål",
        ),
        ("space", 12),
        ("p", "Nässjö kommun, socialförvaltningen"),
        ("space", 14),
        ("p", "Elin Magnusson\nsocialchef"),
        ("small", "Frågor om yttrandet besvaras av Mattias Rundqvist, ekonom, tfn 0380-51 72 36, mattias.rundqvist@nassjo.se"),
    ]
    pdf = d / "Svar återkrav Nässjö kommun SOC 2024-1187.pdf"
    lg2 = Ledger10()
    render_pdf(pdf, blocks, lg2, Page(size_pt=10, footer="Sida {page} av {pages}"))
    lg2.values += [a.claimed for a in A] + [D("34000")]  # the boxes' amounts (their flowables fill a throwaway ledger)
    g = response_gold(
        pdf,
        "Nässjö kommun",
        "2025-02-20",
        A,
        lg2,
        municipality="Nässjö",
        attachments=att_gold([("1", "2"), ("2", "5"), ("3", "5"), ("4", "9"), ("5", "10")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Elin Magnusson", "role": "socialchef"},
            {"name": "Mattias Rundqvist", "role": "ekonom", "phone": "+46380517236", "email": "mattias.rundqvist@nassjo.se"},
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "Each activity a ruled Q&A box: a shaded title row 'Aktivitet 5 · Title | Återkrav 102 000,00 kr', then "
        "'Socialstyrelsens bedömning:' and 'Kommunens svar:' side by side in two columns, and a row 'Underlag: bilaga 2, "
        "bilaga 3'. Amounts '18 750,50 kr' (öre always).",
    )


# ==========================================================================================
# 6. Hultsfred: a letter on page 1 and, on page 2, the answer as a wide table TURNED 90° ON A
#    PORTRAIT PAGE (the text runs bottom to top, as a landscape table pasted into a portrait
#    document). Bare amounts with a dot as thousands separator ("45.000"); zero repayments
#    optional; the undecided row empty.


class Turned:
    """A flowable drawing another one turned 90° counter-clockwise (reads bottom to top)."""

    def __new__(cls, inner):
        from reportlab.platypus import Flowable

        class _T(Flowable):
            def __init__(self, f):
                super().__init__()
                self.f = f

            def wrap(self, aw, ah):
                self.tw, self.th = self.f.wrap(ah, aw)
                return self.th, self.tw

            def draw(self):
                c = self.canv
                c.saveState()
                c.rotate(90)
                self.f.drawOn(c, 0, -self.th)
                c.restoreState()

        return _T(inner)


@case
def table_hultsfred():
    d = _CASES.fresh("table-hultsfred")
    lg = Ledger10()
    A = [
        Act("1", "Sommaraktiviteter Hultsfreds centrum", D("74500"), "disputes", ["purpose_mismatch"], ["1"]),
        Act("2", "Läxhjälp i Virserum", D("23800"), "accepts_full", ["unverifiable_costs"], []),
        Act(
            "4", "Fritidsledare med inriktning på flickor", D("156000"), "accepts_partial", ["ordinary_operations"], ["2"], repay=D("52000")
        ),
        Act("6", "Festivalpraktik", D("38250"), "disputes", ["outside_grant_period", "description_mismatch"], ["3", "4"]),
        Act("7", "Trygghetsvandringar", D("9400"), "accepts_full", ["missing_description"], []),
        Act("9", "Idrottsskola i Mörlunda", D("41100"), "unclear", ["unverifiable_costs"], ["5"]),
    ]
    total = sum((a.claimed for a in A), Decimal(0))
    repay = sum((D(a.repayment()) for a in A if a.repayment() is not None), Decimal(0))
    rows_txt = {
        "1": (
            "Insatsen riktar sig till alla barn i kommunen, inte till området.",
            "Bestrids. 85 % av deltagarna bodde i Hultsfreds centrum (bil. 1).",
            "0",
        ),
        "2": ("Underlag för lärarnas timmar saknas.", "Medges. Underlaget har inte kunnat tas fram.", "23800"),
        "4": (
            "Två av tre fritidsledare fanns före bidraget.",
            "Medges delvis: en tjänst fanns sedan tidigare och dess kostnad återbetalas. Övrigt bestrids (bil. 2).",
            "52000",
        ),
        "6": (
            "Praktiken genomfördes 2024; beskrivningen avser en annan festival.",
            "Bestrids. Praktiken hölls i juni 2023 och beskrivningen är korrekt (bil. 3 och 4).",
            "0",
        ),
        "7": ("Aktiviteten saknar beskrivning i redovisningen.", "Medges.", "9400"),
        "9": (
            "Kostnaderna för idrottsskolan kan inte verifieras.",
            "Kommunen inväntar föreningens bokslut och tar ställning därefter (bil. 5).",
            "",
        ),
    }
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    def dots(v: Decimal) -> str:
        return group(v, ".")

    def make():
        st = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
        sb = ParagraphStyle("cb", parent=st, fontName="Helvetica-Bold")
        sr = ParagraphStyle("cr", parent=st, alignment=2)
        srb = ParagraphStyle("crb", parent=sr, fontName="Helvetica-Bold")
        head = ["Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens motivering", "Kommunens ställningstagande", "Återbetalas"]
        rows = [[Paragraph(h, sb) for h in head]]
        for a in A:
            why, ans, rp = rows_txt[a.no]
            rows.append(
                [
                    Paragraph(a.no, st),
                    Paragraph(a.title, st),
                    Paragraph(dots(a.claimed), sr),
                    Paragraph(why, st),
                    Paragraph(ans, st),
                    Paragraph(dots(D(rp)) if rp else "", sr),
                ]
            )
        rows.append([Paragraph("", st), Paragraph("Summa", sb), Paragraph(dots(total), srb), "", "", Paragraph(dots(repay), srb)])
        t = Table(rows, colWidths=[1.0 * cm, 4.6 * cm, 2.6 * cm, 6.2 * cm, 7.4 * cm, 2.4 * cm], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e3e3")),
                ]
            )
        )
        return Turned(t)

    blocks = [
        ("rich", "p", "<font size=13><b>HULTSFREDS KOMMUN</b></font><br/>Kommunstyrelsens förvaltning, Folkhälsa och fritid"),
        ("p", "Hultsfred 2025-02-25\nDiarienummer KS 2024/0459"),
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm"),
        ("h2", "Yttrande – preliminärt beslut om återkrav av statsbidrag 2023 (er dnr 8.4-28841/2024)"),
        (
            "p",
            f"Socialstyrelsen avser att återkräva sammanlagt {group(total, '.')} kronor av det statsbidrag som Hultsfreds "
            "kommun fick för 2023. Kommunens ställningstagande till varje aktivitet framgår av tabellen på nästa sida, "
            "där Socialstyrelsens motivering återges i korthet. Av det återkrävda beloppet medger kommunen att "
            f"{group(repay, '.')} kronor återbetalas. För aktivitet 9 återkommer kommunen när föreningens bokslut har kommit in.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "Bil. 1 Deltagarstatistik sommaraktiviteter 2023\nBil. 2 Tjänstebeskrivningar fritidsledare\n"
            "Bil. 3 Praktikavtal festivalpraktik juni 2023\nBil. 4 Program festivalpraktik\nBil. 5 Begäran om bokslut, "
            "Mörlunda IF",
        ),
        ("space", 14),
        ("p", "För kommunstyrelsen i Hultsfreds kommun"),
        ("space", 14),
        ("p", "Lars-Erik Gustavsson (C)\nkommunstyrelsens ordförande"),
        ("p", "Sara Pettersson\nfolkhälsostrateg, 0495-24 03 61"),
        ("break",),
        ("lazy", make),
    ]
    pdf = d / "Hultsfred yttrande återkrav KS 2024-0459.pdf"
    render_pdf(pdf, blocks, lg, Page(footer="{page}/{pages}"))
    lg.values += [total, repay]  # intro sentence (formatted by hand, dot grouping)
    lg.values += [a.claimed for a in A] + [total, repay]  # table: claims and the Summa row
    lg.values += [D(rows_txt[a.no][2]) for a in A if rows_txt[a.no][2] not in ("", "0")]
    lg.optional += [D(0), D(0)]
    texts = page_texts(pdf)
    for a in A:
        a.needle = a.title
    g = response_gold(
        pdf,
        "Hultsfreds kommun",
        "2025-02-25",
        A,
        lg,
        municipality="Hultsfred",
        attachments=att_gold([("1", "1"), ("2", "4"), ("3", "6"), ("4", "6"), ("5", "9")]),
        activity_invoices={},
        checks=[],
        people=[
            {"name": "Lars-Erik Gustavsson", "role": "ordförande", "party": "C"},
            {"name": "Sara Pettersson", "role": "folkhälsostrateg", "phone": "+46495240361"},
        ],
    )
    assert all(a["page_start"] == 2 for a in g["activities"]), texts
    write_gold(
        d,
        {pdf.name: g},
        "Page 1 a letter; page 2 the answer as a wide ruled table turned 90° on a portrait page (text runs bottom "
        "to top). Bare amounts with dot grouping ('156.000'), zero repayments optional, the undecided row 9 empty, a "
        "Summa row. Refs 'bil. 1' in the answer column.",
    )


# ==========================================================================================
# 7. Köping: a workbook printed by LibreOffice Calc with ONE ROW PER INVOICE; the activity (number
#    and title in one cell), its claim, the agency's reason, the position and the repayment are
#    cells MERGED DOWN over the activity's invoice rows. Attachment ids "3.1" … in a Bil. column.

KOPING_ACTS = [
    # (Act, reason text, position text, repayment cell, invoices [(att id, invoice no, supplier, date, amount)])
    (
        Act("3", "Lovaktiviteter i Karlberg", D("61870"), "disputes", ["purpose_mismatch"], ["3.1", "3.2", "3.3"]),
        "Aktiviteterna är öppna för alla barn i kommunen.",
        "Bestrids. Aktiviteterna hölls i Karlbergsskolan och annonserades bara i området.",
        "0",
        [
            ("3.1", "23-0612", "Köpings Bussresor AB", "2023-06-28", "18400"),
            ("3.2", "88104", "Mälarbadens Äventyrsbad", "2023-07-05", "12970"),
            ("3.3", "2023-441", "Karlbergs IF", "2023-08-15", "30500"),
        ],
    ),
    (
        Act("5", "Språkvänner för föräldrar", D("22600"), "accepts_full", ["unverifiable_costs"], ["5.1"]),
        "Fakturan saknar specifikation av timmar.",
        "Medges.",
        "22600",
        [("5.1", "F1187", "Studieförbundet Vuxenskolan Köping", "2023-05-31", "22600")],
    ),
    (
        Act(
            "6",
            "Utrustning till spontanidrottsplats",
            D("148250"),
            "accepts_partial",
            ["excessive_cost", "outside_grant_period"],
            ["6.1", "6.2"],
            repay=D("39750"),
        ),
        "Kostnaden är hög och en leverans skedde efter bidragsperioden.",
        "Medges delvis: faktura 40233 (leverans jan 2024) återbetalas. Övrigt bestrids.",
        "39750",
        [("6.1", "40118", "Nordisk Lekmiljö AB", "2023-10-20", "108500"), ("6.2", "40233", "Nordisk Lekmiljö AB", "2024-01-12", "39750")],
    ),
    (
        Act("8", "Feriearbete i parkförvaltningen", D("54000"), "disputes", ["ordinary_operations"], ["8.1", "8.2"]),
        "Feriearbete är ordinarie verksamhet.",
        "Bestrids. Platserna var extra platser för ungdomar från Karlberg och Malmaberg.",
        "0",
        [
            ("8.1", "Lönelista juni", "Köpings kommun, lönekontoret", "2023-06-30", "27000"),
            ("8.2", "Lönelista juli", "Köpings kommun, lönekontoret", "2023-07-31", "27000"),
        ],
    ),
]


@case
def sheet_koping():
    d = _CASES.fresh("sheet-koping") if REBUILD_EXTERNAL or not (OUT / "sheet-koping").exists() else OUT / "sheet-koping"
    pdf = d / "Köping återkrav svar per faktura.pdf"
    lg = Ledger10()
    A = [x[0] for x in KOPING_ACTS]
    total = sum((a.claimed for a in A), Decimal(0))
    repay = sum((D(a.repayment()) for a in A), Decimal(0))

    def sv(v) -> str:
        return group(D(v), " ", "always")

    if REBUILD_EXTERNAL or not pdf.exists():
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        wb = Workbook()
        ws = wb.active
        ws.title = "Svar SoS"
        thin = Side(style="thin", color="000000")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap = Alignment(wrap_text=True, vertical="center")
        right = Alignment(horizontal="right", vertical="center")
        ws["A1"] = "Köpings kommun – Kultur- och fritidsförvaltningen"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Svar till Socialstyrelsen på preliminärt beslut om återkrav (er dnr 8.4-35120/2024), statsbidrag 2023"
        ws["A3"] = (
            "Datum: 2025-02-24      Dnr KFN 2025/17      Underlagen (fakturor och lönelistor) bifogas med numreringen i kolumnen Bil."
        )
        head = [
            "Aktivitet",
            "Återkrävt (kr)",
            "Bil.",
            "Underlag",
            "Leverantör / utbetalare",
            "Datum",
            "Belopp (kr)",
            "Socialstyrelsens skäl",
            "Kommunens ställningstagande",
            "Återbetalas (kr)",
        ]
        r = 5
        for c, h in enumerate(head, 1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = border
        ws.row_dimensions[r].height = 30
        r += 1
        for a, why, pos, rp, invs in KOPING_ACTS:
            first = r
            for att, no, sup, date, amt in invs:
                label = no if no.startswith("Lönelista") else f"Faktura {no}"
                for c, v in [(3, att), (4, label), (5, sup), (6, date), (7, sv(amt))]:
                    ws.cell(r, c, v).border = border
                    ws.cell(r, c).alignment = right if c == 7 else wrap
                r += 1
            last = r - 1
            for rr in range(first, last + 1):
                ws.row_dimensions[rr].height = 44 if first == last else 30
            for c, v in [(1, f"{a.no}. {a.title}"), (2, sv(a.claimed)), (8, why), (9, pos), (10, sv(rp))]:
                ws.cell(first, c, v)
                for rr in range(first, last + 1):
                    ws.cell(rr, c).border = border
                ws.cell(first, c).alignment = Alignment(horizontal="right", vertical="center") if c in (2, 10) else wrap
                if last > first:
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(r, 1, "Summa").font = Font(bold=True)
        ws.cell(r, 2, sv(total)).font = Font(bold=True)
        ws.cell(r, 2).alignment = right
        ws.cell(r, 10, sv(repay)).font = Font(bold=True)
        ws.cell(r, 10).alignment = right
        for c in range(1, 11):
            ws.cell(r, c).border = border
        r += 2
        ws.cell(r, 1, "Kultur- och fritidsnämnden i Köpings kommun")
        ws.cell(r + 2, 1, "Ingrid Holmqvist (S), ordförande")
        ws.cell(r + 3, 1, "Peter Sjögren, förvaltningschef, 0221-251 48, peter.sjogren@koping.se")
        for col, wdt in zip("ABCDEFGHIJ", [24, 12, 6, 16, 24, 11, 12, 30, 34, 12]):
            ws.column_dimensions[col].width = wdt
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.center.text = "Sida &P av &N"
        TMP.mkdir(parents=True, exist_ok=True)
        src = TMP / "koping.xlsx"
        wb.save(src)
        soffice_pdf(src, pdf)
    # money: the claims (merged cells), every invoice amount, the repayments, the sum row
    for a, why, pos, rp, invs in KOPING_ACTS:
        lg.values.append(a.claimed)
        lg.values += [D(x[4]) for x in invs]
        (lg.optional if rp == "0" else lg.values).append(D(rp))
    lg.values += [total, repay]
    texts = page_texts(pdf)
    for a in A:
        a.needle = f"{a.no}. {a.title}"
    g = response_gold(
        pdf,
        "Köpings kommun",
        "2025-02-24",
        A,
        lg,
        municipality="Köping",
        attachments=[
            {"attachment_id": x[0], "activity_no": a.no, "invoice_number": None if x[1].startswith("Lönelista") else x[1]}
            for a, _, _, _, invs in KOPING_ACTS
            for x in invs
        ],
        activity_invoices={
            a.no: [{"invoice_number": x[1]} for x in invs if not x[1].startswith("Lönelista")]
            for a, _, _, _, invs in KOPING_ACTS
            if any(not x[1].startswith("Lönelista") for x in invs)
        },
        checks=[],
        checks_allowed=[{"activity_no": "6", "check": "invoice_outside_period"}],
        people=[
            {"name": "Ingrid Holmqvist", "role": "ordförande", "party": "S"},
            {
                "name": "Peter Sjögren",
                "role": "förvaltningschef",
                "phone": "+46221251 48".replace(" ", ""),
                "email": "peter.sjogren@koping.se",
            },
        ],
    )
    write_gold(
        d,
        {pdf.name: g},
        "A Calc sheet printed landscape: one row per invoice or pay list; the activity ('6. Title' in one cell), its "
        "claim, the agency's reason, the position and the repayment are cells merged down over its rows. Invoice "
        "amounts add up to the claim. Ids '3.1' in a 'Bil.' column (no separate list). Pay lists are attachments "
        "without an invoice number.",
    )


# ==========================================================================================
# 8. Scan of qa-nassjo as the agency's registry received it: 200 dpi greyscale, a large
#    rectangular "INKOM" stamp pressed ACROSS THE TEXT of page 1 (ink over the first Q&A box), a
#    DOG-EARED top-right corner (the folded flap hides the corner and shows the paper's back with
#    a shadow along the fold), page 2 fed 2.2° askew.


@case
def scan_nassjo_hundora():
    import json

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    src_case = OUT / "qa-nassjo"
    if not src_case.exists():
        CASES["qa-nassjo"]()
    d = _CASES.fresh("scan-nassjo-hundora")
    src = next(src_case.glob("*.pdf"))
    dpi = 200
    rnd = random.Random(1010)
    doc = pdfium.PdfDocument(str(src))
    pages = []
    font_big = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 84)
    font_small = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        W, H = img.size
        if i == 0:
            # the stamp: drawn on its own layer, turned, and pressed on as darkening ink (multiply)
            st = Image.new("L", (760, 300), 255)
            dr = ImageDraw.Draw(st)
            dr.rounded_rectangle((6, 6, 754, 294), radius=18, outline=70, width=9)
            dr.text((380, 92), "INKOM", fill=70, font=font_big, anchor="mm")
            dr.text((380, 178), "2025 -02- 24", fill=70, font=font_small, anchor="mm")
            dr.text((380, 234), "SOCIALSTYRELSEN  Dnr 8.4-32055/2024", fill=70, font=font_small, anchor="mm")
            st = st.rotate(-9, resample=Image.BICUBIC, expand=True, fillcolor=255)
            # uneven ink: lighten random speckles
            arr = np.array(st).astype(np.float32)
            noise = np.array([rnd.random() for _ in range(arr.size)], dtype=np.float32).reshape(arr.shape)
            arr = np.where((arr < 200) & (noise < 0.25), 150 + noise * 200, arr)
            st = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
            x0, y0 = int(W * 0.30), int(H * 0.33)
            base = np.array(img).astype(np.float32)
            sa = np.array(st).astype(np.float32)
            h2, w2 = sa.shape
            region = base[y0 : y0 + h2, x0 : x0 + w2]
            base[y0 : y0 + h2, x0 : x0 + w2] = region * (sa[: region.shape[0], : region.shape[1]] / 255.0)
            img = Image.fromarray(base.clip(0, 255).astype(np.uint8))
            # the dog-ear: corner triangle gone (scanner lid), flap folded over the page
            leg = int(dpi * 1.5)
            dr = ImageDraw.Draw(img)
            dr.polygon([(W - leg, 0), (W, 0), (W, leg)], fill=238)
            dr.polygon([(W - leg, 0), (W, leg), (W - leg, leg)], fill=226)
            for k in range(10):  # the shadow beside the fold
                dr.line([(W - leg - k, 0 + k), (W - k, leg + k)], fill=150 + k * 9, width=1)
        if i == 1:
            img = img.rotate(2.2, resample=Image.BICUBIC, expand=False, fillcolor=205)
        draw = ImageDraw.Draw(img)
        for _ in range(260):
            x, y = rnd.randrange(W), rnd.randrange(H)
            r = rnd.choice((0, 1, 1, 2))
            draw.ellipse((x, y, x + r, y + r), fill=rnd.randrange(40, 140))
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        pages.append(img)
    doc.close()
    import time

    fixed = time.gmtime(1740391200)
    out = d / "SCAN_20250224_101544.pdf"
    pages[0].save(
        out, resolution=dpi, save_all=True, append_images=pages[1:], quality=45, creationDate=fixed, modDate=fixed, producer="Scan2PDF"
    )
    gold = json.loads((src_case / "gold.json").read_text(encoding="utf-8"))
    ((_, g),) = gold["files"].items()
    g = dict(g, scanned=True)
    write_gold(
        d,
        {out.name: g},
        "qa-nassjo as the registry received it: 200 dpi greyscale JPEG, an 'INKOM 2025-02-24 SOCIALSTYRELSEN Dnr …' "
        "stamp pressed across the text of page 1 (neither the response's date nor its number), a dog-eared top-right "
        "corner on page 1, page 2 fed 2.2° askew, dust. Gold as qa-nassjo.",
    )


# ==========================================================================================
# 9. Invoices in four forms none of the corpora has, each to a municipality of this corpus:
#    (1) a Latvian "RĒĶINS" (EUR, PVN 21 %, the total also in words, "Summa vārdiem"),
#    (2) a Swedish receipt-book slip ("KVITTO" from a kvittoblock, filled in by hand, "varav moms"),
#    (3) a Swedish "SAMLINGSFAKTURA" grouping the lines under delivery notes with subtotals,
#    (4) a Swedish invoice with a bankgiro "INBETALNING/GIRERING AVI" slip (Kronor / Öre boxes,
#        the OCR line at its foot), 6 % + 25 %.

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for n, f in [
        ("DV", "DejaVuSans.ttf"),
        ("DV-B", "DejaVuSans-Bold.ttf"),
        ("DVS-I", "DejaVuSerif-Italic.ttf"),
        ("DVM", "DejaVuSansMono.ttf"),
    ]:
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, str(FONTS / f)))


def _amounts(lines, rates_per_line=True):
    per = {}
    for _, q, _, p, r in lines:
        per[D(r)] = per.get(D(r), Decimal(0)) + (D(q) * D(p)).quantize(Decimal("0.01"))
    vat = {r: (n * r / 100).quantize(Decimal("0.01")) for r, n in per.items()}
    net = sum(per.values(), Decimal(0))
    tv = sum(vat.values(), Decimal(0))
    return per, vat, net, tv, net + tv


def _inv_gold(number, date, due, supplier, buyer, lines, currency, lang, org=None, **extra):
    per, vat, net, tv, total = _amounts(lines)
    g = {
        "kind": "invoice",
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "supplier": supplier,
        "buyer": buyer,
        "net": f"{net:.2f}",
        "vat": f"{tv:.2f}",
        "total": f"{total:.2f}",
        "currency": currency,
        "language": lang,
        "invoice_lines": [
            {
                "description": d_,
                "quantity": f"{D(q):f}",
                "unit": u,
                "unit_price": f"{D(p):.2f}",
                "amount": f"{(D(q) * D(p)).quantize(Decimal('0.01')):.2f}",
                "vat_rate": f"{D(r):f}" if len(per) > 1 else None,
            }
            for d_, q, u, p, r in lines
        ],
        "invoice_vat": [{"vat_rate": f"{r:f}", "net_amount": f"{n:.2f}", "vat_amount": f"{vat[r]:.2f}"} for r, n in sorted(per.items())],
    }
    if org:
        g["supplier_org_no"] = org
    g.update(extra)
    return g


def _lv_words(total: Decimal) -> str:
    # 1438.69 -> "viens tūkstotis četri simti trīsdesmit astoņi euro un 69 centi" (only what this invoice needs)
    assert total == D("1438.69")
    return "Viens tūkstotis četri simti trīsdesmit astoņi euro un 69 centi"


def latvian_invoice(path: Path) -> dict:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Table, TableStyle

    _fonts()
    lines = [
        ("Piedzīvojumu parka ieejas biļetes (jaunieši)", "24", "gab.", "28.00", "21"),
        ("Instruktora pakalpojumi", "6", "st.", "45.00", "21"),
        ("Pusdienas grupai", "26", "gab.", "9.50", "21"),
    ]
    per, vat, net, tv, total = _amounts(lines)

    def n(v):
        return group(D(v), " ", "always", ",")

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("DV-B", 12)
    c.drawString(2 * cm, h - 2 * cm, "SIA \u201eGaujas Piedzīvojumu Parks\u201d")
    c.setFont("DV", 8.5)
    for i, ln in enumerate(
        [
            "Reģ. Nr. 40103927461",
            "PVN maksātāja Nr. LV40103927461",
            "Juridiskā adrese: Rīgas iela 14, Sigulda, LV-2150",
            "Banka: AS Swedbank, SWIFT HABALV22",
            "Konts: LV71HABA0551043897215",
        ]
    ):
        c.drawString(2 * cm, h - 2.5 * cm - i * 11, ln)
    c.setFont("DV-B", 17)
    c.drawCentredString(w / 2, h - 5.3 * cm, "RĒĶINS Nr. GPP-2023/0187")
    c.setFont("DV", 9.5)
    c.drawCentredString(w / 2, h - 5.9 * cm, "Datums: 2023. gada 21. septembrī")
    y = h - 7.0 * cm
    meta = [
        ("Saņēmējs:", "Sigtuna kommun (Zviedrija)"),
        ("Adrese:", "Box 200, 195 85 Märsta, Sweden"),
        ("PVN Nr.:", "SE212000-0191 01"),
        ("Apmaksas termiņš:", "21.10.2023."),
        ("Apmaksas veids:", "pārskaitījums"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont("DV-B", 9)
        c.drawString(2 * cm, y - i * 13, k)
        c.setFont("DV", 9)
        c.drawString(5.6 * cm, y - i * 13, v)
    rows = [["Nr.", "Nosaukums", "Mērv.", "Daudz.", "Cena, EUR", "Summa, EUR"]]
    for i, (d_, q, u, p, r) in enumerate(lines, 1):
        rows.append([str(i), d_, u, q, n(p), n(D(q) * D(p))])
    t = Table(rows, colWidths=[1 * cm, 7.4 * cm, 1.5 * cm, 1.6 * cm, 2.4 * cm, 3 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "DV"),
                ("FONTNAME", (0, 0), (-1, 0), "DV-B"),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ]
        )
    )
    tw, th = t.wrap(0, 0)
    y -= 5 * 13 + 10
    t.drawOn(c, 2 * cm, y - th)
    y -= th + 18
    for i, (k, v) in enumerate([("Kopā bez PVN:", net), ("PVN 21%:", tv), ("Kopā apmaksai, EUR:", total)]):
        c.setFont("DV-B" if i == 2 else "DV", 9.5)
        c.drawRightString(15.5 * cm, y - i * 14, k)
        c.drawRightString(18.9 * cm, y - i * 14, n(v))
    y -= 3 * 14 + 14
    c.setFont("DV", 9)
    c.drawString(2 * cm, y, "Summa vārdiem: " + _lv_words(total))
    c.drawString(2 * cm, y - 26, "Rēķins sagatavots elektroniski un ir derīgs bez paraksta.")
    c.drawString(2 * cm, y - 40, "Rēķinu sagatavoja: Līga Kalniņa, grāmatvede")
    c.showPage()
    c.save()
    return _inv_gold("GPP-2023/0187", "2023-09-21", "2023-10-21", "SIA Gaujas Piedzīvojumu Parks", "Sigtuna kommun", lines, "EUR", "lv")


def receipt_slip(path: Path) -> dict:
    """A slip from a receipt book (kvittoblock): pre-printed form in green, values written by hand (blue)."""
    from reportlab.pdfgen.canvas import Canvas

    _fonts()
    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    green = colors.HexColor("#1f6b45")
    blue = colors.HexColor("#1a2f9e")
    x0, y0, bw, bh = 2 * cm, h - 12.5 * cm, 15 * cm, 10 * cm
    c.setStrokeColor(green)
    c.setLineWidth(1.2)
    c.rect(x0, y0, bw, bh)
    c.setDash(2, 2)
    c.line(x0 - 0.6 * cm, y0 + bh, x0 - 0.6 * cm, y0)  # perforation where it was torn off
    c.setDash()
    c.setFillColor(green)
    c.setFont("DV-B", 20)
    c.drawString(x0 + 0.5 * cm, y0 + bh - 1.2 * cm, "KVITTO")
    c.setFont("DV", 9)
    c.drawString(x0 + 4.2 * cm, y0 + bh - 1.1 * cm, "Nr")
    c.setFillColor(colors.HexColor("#b3202a"))
    c.setFont("DVM", 13)
    c.drawString(x0 + 4.8 * cm, y0 + bh - 1.15 * cm, "0412")
    fields = [("Datum", 1.9), ("Mottaget av", 2.9), ("Org.nr / Pers.nr", 3.9), ("Betalt av", 4.9), ("Avser", 5.9), ("", 6.8)]
    c.setFont("DV", 8)
    for lab, off in fields:
        c.setFillColor(green)
        c.drawString(x0 + 0.5 * cm, y0 + bh - off * cm, lab)
        c.line(x0 + 3.2 * cm, y0 + bh - off * cm - 2, x0 + bw - 0.5 * cm, y0 + bh - off * cm - 2)
    # amount boxes
    bx, by = x0 + 0.5 * cm, y0 + 0.9 * cm
    c.setFillColor(green)
    c.drawString(bx, by + 1.35 * cm, "Kronor")
    c.drawString(bx + 4.6 * cm, by + 1.35 * cm, "Öre")
    c.rect(bx, by, 4.4 * cm, 1.2 * cm)
    c.rect(bx + 4.6 * cm, by, 1.6 * cm, 1.2 * cm)
    c.drawString(bx + 7 * cm, by + 1.35 * cm, "varav moms")
    c.drawString(bx + 7 * cm, by + 0.55 * cm, "%")
    c.line(bx + 7.5 * cm, by + 0.5 * cm, bx + 9 * cm, by + 0.5 * cm)
    c.drawString(bx + 9.3 * cm, by + 0.55 * cm, "kr")
    c.line(bx + 9.8 * cm, by + 0.5 * cm, bx + 13.8 * cm, by + 0.5 * cm)
    # the handwriting
    c.setFillColor(blue)
    c.setFont("DVS-I", 12)
    vals = [
        "12/8 2023",
        "Munktorps bygdegårdsförening",
        "878500-3261",
        "Köpings kommun, Kultur o fritid",
        "Hyra stora salen + kök 12/8",
        "(lovdisco Karlberg) inkl. städning",
    ]
    for (lab, off), v in zip(fields, vals):
        c.drawString(x0 + 3.4 * cm, y0 + bh - off * cm + 1, v)
    c.setFont("DVS-I", 17)
    c.drawRightString(bx + 4.2 * cm, by + 0.35 * cm, "3 450")
    c.drawCentredString(bx + 5.4 * cm, by + 0.35 * cm, "00")
    c.setFont("DVS-I", 12)
    c.drawCentredString(bx + 8.25 * cm, by + 0.6 * cm, "25")
    c.drawString(bx + 10.2 * cm, by + 0.6 * cm, "690,00")
    c.setFont("DVS-I", 14)
    c.drawString(x0 + 9.5 * cm, y0 + bh - 1.2 * cm, "Birgitta Ek")
    c.setFillColor(green)
    c.setFont("DV", 7)
    c.drawString(x0 + 9.5 * cm, y0 + bh - 1.6 * cm, "Underskrift mottagare")
    c.showPage()
    c.save()
    # a receipt: the sum paid includes VAT; net = total - VAT
    return {
        "kind": "invoice",
        "invoice_number": "0412",
        "invoice_date": "2023-08-12",
        "supplier": "Munktorps bygdegårdsförening",
        "buyer": "Köpings kommun",
        "supplier_org_no": "878500-3261",
        "net": "2760.00",
        "vat": "690.00",
        "total": "3450.00",
        "currency": "SEK",
        "language": "sv",
        "invoice_lines": [
            {
                "description": "Hyra stora salen + kök 12/8 (lovdisco Karlberg) inkl. städning",
                "quantity": None,
                "unit": None,
                "unit_price": None,
                "amount": "3450.00",
                "vat_rate": None,
            }
        ],
        "invoice_vat": [{"vat_rate": "25", "net_amount": "2760.00", "vat_amount": "690.00"}],
    }


def collective_invoice(path: Path) -> dict:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Table, TableStyle

    _fonts()
    notes = [
        (
            "30412",
            "2023-06-05",
            "Fritidsgården Ungdomens hus",
            [
                ("Målarfärg Inne Vägg 10 l, vit", "4", "st", "689.00", "25"),
                ("Penselset 5 delar", "6", "st", "89.00", "25"),
                ("Täckpapp 1x25 m", "2", "rle", "249.00", "25"),
            ],
        ),
        (
            "30588",
            "2023-06-14",
            "Idrottsskolan Mörlunda",
            [
                ("Fotbollsmål 3x2 m, aluminium", "2", "st", "3495.00", "25"),
                ("Markankare till mål", "4", "st", "179.00", "25"),
            ],
        ),
        (
            "30701",
            "2023-06-27",
            "Sommaraktiviteter centrum",
            [
                ("Partytält 4x8 m", "1", "st", "4990.00", "25"),
                ("Buntband 300 mm, 100-p", "3", "fp", "59.00", "25"),
                ("Förlängningskabel 25 m", "2", "st", "429.00", "25"),
            ],
        ),
    ]
    lines = [ln for _, _, _, ls in notes for ln in ls]
    per, vat, net, tv, total = _amounts(lines)

    def n(v):
        return group(D(v), " ", "always", ",")

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(2 * cm, h - 2.1 * cm, "Hultsfreds Färg & Järn AB")
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, h - 2.55 * cm, "Storgatan 27 · 577 30 Hultsfred · 0495-102 36")
    c.setFont("Helvetica-Bold", 14)
    c.drawRightString(w - 2 * cm, h - 2.1 * cm, "SAMLINGSFAKTURA")
    meta = [
        ("Fakturanr", "71590"),
        ("Fakturadatum", "2023-07-03"),
        ("Förfallodatum", "2023-08-02"),
        ("Kundnr", "10488"),
        ("Er referens", "Sara Pettersson"),
    ]
    c.setFont("Helvetica", 8.5)
    for i, (k, v) in enumerate(meta):
        c.drawString(12.6 * cm, h - 3.0 * cm - i * 11, k)
        c.drawRightString(w - 2 * cm, h - 3.0 * cm - i * 11, v)
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(["Hultsfreds kommun", "Folkhälsa och fritid", "Box 500", "577 26 Hultsfred"]):
        c.drawString(2 * cm, h - 3.6 * cm - i * 12, ln)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(2 * cm, h - 6.0 * cm, "Avser uttag mot följesedel under perioden 2023-06-01 – 2023-06-30.")
    rows = [["Artikel", "Antal", "Enh", "Pris", "Belopp"]]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    for no, date, ref, ls in notes:
        r = len(rows)
        rows.append([f"Följesedel {no}   {date}   Ref: {ref}", "", "", "", ""])
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("FONTNAME", (0, r), (-1, r), "Helvetica-Bold"),
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f0f0f0")),
            ("ALIGN", (0, r), (-1, r), "LEFT"),
        ]
        sub = Decimal(0)
        for d_, q, u, p, _ in ls:
            amt = (D(q) * D(p)).quantize(Decimal("0.01"))
            sub += amt
            rows.append(["   " + d_, q, u, n(p), n(amt)])
        r = len(rows)
        rows.append([f"Summa följesedel {no}", "", "", "", n(sub)])
        style += [("FONTNAME", (0, r), (-1, r), "Helvetica-Oblique"), ("LINEABOVE", (4, r), (4, r), 0.4, colors.black)]
    t = Table(rows, colWidths=[9.4 * cm, 1.5 * cm, 1.2 * cm, 2.4 * cm, 2.5 * cm])
    t.setStyle(TableStyle(style))
    tw, th = t.wrap(0, 0)
    y = h - 6.5 * cm
    t.drawOn(c, 2 * cm, y - th)
    y -= th + 20
    for i, (k, v) in enumerate([("Summa exkl. moms", net), ("Moms 25 %", tv), ("Att betala SEK", total)]):
        c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10)
        c.drawString(12.2 * cm, y - i * 14, k)
        c.drawRightString(w - 2 * cm, y - i * 14, n(v))
    c.setFont("Helvetica", 7.5)
    c.line(2 * cm, 2.4 * cm, w - 2 * cm, 2.4 * cm)
    c.drawString(
        2 * cm,
        2.0 * cm,
        "Hultsfreds Färg & Järn AB · Org.nr 556713-2048 · Momsreg.nr SE556713204801 · Godkänd för F-skatt · Bankgiro 5318-7720",
    )
    c.drawString(2 * cm, 1.65 * cm, "Dröjsmålsränta debiteras enligt räntelagen. Vid frågor om fakturan, ring 0495-102 36.")
    c.showPage()
    c.save()
    return _inv_gold(
        "71590", "2023-07-03", "2023-08-02", "Hultsfreds Färg & Järn AB", "Hultsfreds kommun", lines, "SEK", "sv", org="556713-2048"
    )


def avi_invoice(path: Path) -> dict:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Table, TableStyle

    _fonts()
    lines = [
        ("Bussresa Nödinge – Göteborg t/r, 49 platser, 2023-07-11", "1", "st", "8900.00", "6"),
        ("Väntetid chaufför", "3,5".replace(",", "."), "tim", "520.00", "6"),
        ("Eventvärd Liseberg, ungdomsgrupp", "6", "tim", "450.00", "25"),
        ("Lunchpaket", "49", "st", "62.00", "25"),
    ]
    per, vat, net, tv, total = _amounts(lines)

    def n(v):
        return group(D(v), " ", "always", ",")

    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(2 * cm, h - 2.2 * cm, "Göta Älvdalens Buss & Event AB")
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, h - 2.65 * cm, "Industrivägen 4, 449 30 Nödinge · 0303-22 91 40 · info@gotaalvbuss.se")
    c.setFont("Helvetica-Bold", 18)
    c.drawRightString(w - 2 * cm, h - 2.2 * cm, "Faktura")
    rows = [["Fakturanummer", "Fakturadatum", "Förfallodatum", "Kundnummer"], ["15920", "2023-07-18", "2023-08-17", "2207"]]
    t = Table(rows, colWidths=[3.6 * cm] * 4)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, 0), 7),
                ("FONTNAME", (0, 1), (-1, 1), "Helvetica-Bold"),
                ("FONTSIZE", (0, 1), (-1, 1), 10),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ]
        )
    )
    tw, th = t.wrap(0, 0)
    t.drawOn(c, 2 * cm, h - 4.4 * cm)
    c.setFont("Helvetica", 9.5)
    for i, ln in enumerate(["Ale kommun", "Sektor kultur och fritid", "Att: Linnea Fagerström", "449 80 Alafors"]):
        c.drawString(12 * cm, h - 5.3 * cm - i * 12, ln)
    rows = [["Benämning", "Antal", "Enh", "À-pris", "Moms", "Belopp"]]
    for d_, q, u, p, r in lines:
        rows.append([d_, f"{D(q):f}".replace(".", ","), u, n(p), f"{r} %", n(D(q) * D(p))])
    t = Table(rows, colWidths=[8.4 * cm, 1.3 * cm, 1.1 * cm, 2.1 * cm, 1.3 * cm, 2.8 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    tw, th = t.wrap(0, 0)
    y = h - 8 * cm
    t.drawOn(c, 2 * cm, y - th)
    y -= th + 18
    summ = [("Netto", net)] + [(f"Moms {r} % på {n(per[r])}", vat[r]) for r in sorted(per)] + [("Att betala", total)]
    for i, (k, v) in enumerate(summ):
        c.setFont("Helvetica-Bold" if i == len(summ) - 1 else "Helvetica", 9.5)
        c.drawString(10.5 * cm, y - i * 14, k)
        c.drawRightString(w - 2 * cm, y - i * 14, n(v))
    c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 10.6 * cm, "Org.nr 556890-4417 · Momsreg.nr SE556890441701 · Innehar F-skattsedel · Styrelsens säte: Ale")
    # the bankgiro payment slip (avi) at the foot, behind a perforation
    c.setDash(3, 3)
    c.line(0, 10.1 * cm, w, 10.1 * cm)
    c.setDash()
    c.setFillColor(colors.HexColor("#fdf3d0"))
    c.rect(0, 0, w, 10.1 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(1.5 * cm, 9.3 * cm, "INBETALNING/GIRERING AVI")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(w - 1.5 * cm, 9.3 * cm, "bankgirot")
    c.setFont("Helvetica", 7)
    boxes = [
        ("Betalningsmottagare", 1.5, 7.2, 8.5, 1.4),
        ("Bankgironummer", 10.5, 7.2, 4.0, 1.4),
        ("OCR-nummer / Referens", 1.5, 5.2, 8.5, 1.4),
        ("Inbetalare", 1.5, 3.0, 8.5, 1.7),
        ("Kronor", 10.5, 5.2, 4.5, 1.4),
        ("Öre", 15.2, 5.2, 1.6, 1.4),
    ]
    for lab, bx, by, bw, bh in boxes:
        c.rect(bx * cm, by * cm, bw * cm, bh * cm)
        c.drawString(bx * cm + 3, (by + bh) * cm - 9, lab)
    c.setFont("Helvetica", 10)
    c.drawString(1.7 * cm, 7.45 * cm, "Göta Älvdalens Buss & Event AB")
    c.drawString(10.7 * cm, 7.45 * cm, "5402-8816")
    c.drawString(1.7 * cm, 5.45 * cm, "7159202315")
    c.drawString(1.7 * cm, 3.95 * cm, "Ale kommun")
    c.drawString(1.7 * cm, 3.45 * cm, "449 80 Alafors")
    kr, ore = f"{total:.2f}".split(".")
    c.drawRightString(14.8 * cm, 5.45 * cm, group(D(kr), " "))
    c.drawString(15.5 * cm, 5.45 * cm, ore)
    c.setFont("DVM", 11)
    c.drawString(1.5 * cm, 1.2 * cm, f"#  7159202315 #{kr:>10} {ore}   5 >     54028816#41#")
    c.showPage()
    c.save()
    return _inv_gold(
        "15920",
        "2023-07-18",
        "2023-08-17",
        "Göta Älvdalens Buss & Event AB",
        "Ale kommun",
        lines,
        "SEK",
        "sv",
        org="556890-4417",
        ocr_reference="7159202315",
        bankgiro="5402-8816",
    )


@case
def invoices_fyra():
    d = _CASES.fresh("invoices-fyra")
    files = {
        "Rekins GPP-2023-0187.pdf": latvian_invoice,
        "Kvitto 0412 Munktorps bygdegård.pdf": receipt_slip,
        "Samlingsfaktura 71590.pdf": collective_invoice,
        "Faktura 15920 med inbetalningskort.pdf": avi_invoice,
    }
    gold = {name: fn(d / name) for name, fn in files.items()}
    write_gold(
        d,
        gold,
        "Four supplier forms: a Latvian RĒĶINS (EUR, PVN 21 %, the total in words, 'Datums: 2023. gada 21. "
        "septembrī'), a Swedish receipt-book slip (KVITTO nr 0412, handwritten values, 'varav moms 25 % 690,00'), a "
        "Swedish SAMLINGSFAKTURA with lines grouped under delivery notes and their subtotals (not lines), and a Swedish "
        "invoice at 6 % + 25 % with a bankgiro INBETALNING/GIRERING AVI slip (Kronor/Öre boxes, OCR line).",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
