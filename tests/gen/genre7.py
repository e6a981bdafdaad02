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
            "Kommunen godtar återkrav om sammanlagt " + m(28100, t) + " (SoS nr 14 och del av nr 17) och bestrider återkraven i övrigt.",
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


# ------------------------------------------------------------------------------------------
# 2. Nacka: the answer is written by an external consultancy "på uppdrag av Nacka kommun", on the
#    consultancy's letterhead, in a report's numbered sections ("3.2 Aktivitet 5 – Title"): the
#    section numbers 3.1 … 3.4 are NOT activity numbers (2, 5, 6, 9). Attachment ids "K1" … "K4".
#    An undecided position ("avser att ta ställning … när revisionen … är klar": unclear).

NACKA_ACTS = [
    Act("2", "Feriearbeten för unga i Fisksätra", D(56250), "disputes", ["outside_grant_period"], ["K1"], needle="3.1 Aktivitet 2"),
    Act(
        "5",
        "Kulturskola i Orminge centrum",
        D(38900),
        "accepts_partial",
        ["unverifiable_costs"],
        ["K2"],
        repay=D(14000),
        needle="3.2 Aktivitet 5",
    ),
    Act("6", "Digital fritidsgård", D(24600), "accepts_full", ["description_mismatch"], needle="3.3 Aktivitet 6"),
    Act(
        "9",
        "Trygghetsskapande insatser Henriksdal",
        D(131400),
        "unclear",
        ["exercise_of_authority", "unverifiable_costs"],
        ["K3", "K4"],
        needle="3.4 Aktivitet 9",
    ),
]


def nacka_blocks() -> list:
    k = "kronor"
    return [
        ("space", 30),
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm"),
        ("p", "Datum: 2025-02-24\nVår ref: ÖL-2025-017\nNacka kommuns dnr: KFKS 2024/1102\nSocialstyrelsens dnr: 9.1-58230/2024"),
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav – Nacka kommun"),
        ("h2", "1 Uppdraget"),
        (
            "p",
            "Öberg & Lindh Kommunkonsult AB har på uppdrag av Nacka kommun gått igenom kommunens redovisning av "
            "statsbidraget för 2021–2023 och det underlag som ligger till grund för Socialstyrelsens preliminära "
            "beslut. Yttrandet lämnas på uppdrag av Nacka kommun och har stämts av med kommunens stadsledningskontor, "
            "som står bakom ställningstagandena nedan.",
        ),
        ("h2", "2 Bakgrund"),
        (
            "p",
            "Socialstyrelsen har i sitt preliminära beslut funnit att kostnader om sammanlagt " + m(251150, k) + " "
            "för fyra av kommunens aktiviteter inte ska finansieras med bidraget. Aktiviteterna behandlas nedan i "
            "Socialstyrelsens nummerordning.",
        ),
        ("h2", "3 Synpunkter per aktivitet"),
        ("h3", "3.1 Aktivitet 2 – Feriearbeten för unga i Fisksätra"),
        ("p", "Belopp som Socialstyrelsen återkräver: " + m(56250, k) + "."),
        (
            "p",
            "Socialstyrelsen bedömer att feriearbetena utfördes sommaren 2024 och därmed utanför bidragsperioden. "
            "Vår genomgång visar att anställningsavtalen tecknades och lönerna betalades ut i juni–augusti 2023 "
            "(bilaga K1). Att utbetalningen bokfördes i januari 2024 beror på en periodiseringsmiss. Kommunen "
            "invänder därför mot återkravet.",
        ),
        ("h3", "3.2 Aktivitet 5 – Kulturskola i Orminge centrum"),
        ("p", "Belopp som Socialstyrelsen återkräver: " + m(38900, k) + "."),
        (
            "p",
            "Enligt Socialstyrelsen saknas verifikationer för instrumentinköp och lärararvoden. Arvodena är styrkta "
            "genom utbetalningslistor (bilaga K2). För instrumenten har leverantören gått i konkurs och fakturorna "
            "kan inte tas fram. Kommunen accepterar att återbetala " + m(14000, k) + ", vilket motsvarar "
            "instrumentinköpen, men invänder mot återkravet i övrigt.",
        ),
        ("h3", "3.3 Aktivitet 6 – Digital fritidsgård"),
        ("p", "Belopp som Socialstyrelsen återkräver: " + m(24600, k) + "."),
        (
            "p",
            "Socialstyrelsen anser att den redovisade kostnaden för programvarulicenser inte stämmer med "
            "aktivitetsbeskrivningen, som angav personalkostnader. Vi har inte funnit något som talar emot den "
            "bedömningen. Kommunen medger återkravet.",
        ),
        ("h3", "3.4 Aktivitet 9 – Trygghetsskapande insatser Henriksdal"),
        ("p", "Belopp som Socialstyrelsen återkräver: " + m(131400, k) + "."),
        (
            "p",
            "Socialstyrelsen menar att en del av insatserna utgjort myndighetsutövning (ordningsvakter med "
            "befogenheter enligt lag) och att timkostnaderna inte går att följa i redovisningen. Kommunens "
            "internrevision granskar för närvarande projektets bokföring (bilaga K3), och avtalet med "
            "bevakningsföretaget bifogas (bilaga K4). Kommunen avser att ta ställning till återkravet när "
            "revisionen är klar och återkommer med ett kompletterande yttrande senast den 31 mars 2025.",
        ),
        ("h2", "4 Sammanfattning"),
        (
            "p",
            "Nacka kommun medger återkrav om " + m(24600, k) + " för aktivitet 6 och " + m(14000, k) + " för "
            "aktivitet 5, invänder mot återkravet för aktivitet 2 och tar ställning till aktivitet 9 senare.",
        ),
        ("h2", "5 Bilagor"),
        (
            "p",
            "K1 Anställningsavtal och lönelistor feriearbeten 2023\nK2 Utbetalningslistor arvoden Kulturskolan\n"
            "K3 Internrevisionens uppdragsbeskrivning, Henriksdal\nK4 Avtal med bevakningsföretag, Henriksdal",
        ),
        ("space", 8),
        ("p", "Öberg & Lindh Kommunkonsult AB"),
        signature_row([["Fredrik Öberg", "Auktoriserad redovisningskonsult"], ["Johanna Lindh", "Konsult, offentlig sektor"]], width_cm=6),
        ("space", 8),
        ("p", "Ställningstagandena godkända för Nacka kommun:"),
        signature_row([["Maria Lindvall", "Stadsdirektör, Nacka kommun"]], width_cm=7),
        ("space", 6),
        ("small", "Kontakt: Johanna Lindh, 070-412 88 35, johanna.lindh@oberglindh.se"),
    ]


@case
def prose_nacka():
    d = fresh("prose-nacka")
    L = Ledger7()
    name = "Yttrande Nacka kommun återkrav (Öberg & Lindh).pdf"
    page = Page(
        letterhead=["ÖBERG & LINDH KOMMUNKONSULT AB", "Sickla Allé 9, 131 54 Nacka", "08-716 40 00 · oberglindh.se"],
        footer="Öberg & Lindh Kommunkonsult AB · Org.nr 559214-3307 · sid {page}/{pages}",
        size_pt=11.5,
    )
    render_pdf(d / name, nacka_blocks(), L, page)
    finish(
        d,
        name,
        "Nacka kommun",
        "2025-02-24",
        NACKA_ACTS,
        L,
        atts(("K1", "2"), ("K2", "5"), ("K3", "9"), ("K4", "9")),
        [
            {"name": "Fredrik Öberg", "role": "redovisningskonsult"},
            {"name": "Johanna Lindh", "role": "konsult", "phone": "+46704128835", "email": "johanna.lindh@oberglindh.se"},
            {"name": "Maria Lindvall", "role": "stadsdirektör"},
        ],
        "Written by an external consultancy 'på uppdrag av Nacka kommun' on the consultancy's letterhead (top "
        "right) and footer (its own org.nr, which is not the municipality's). issuer is the municipality on whose "
        "behalf the answer is given. The activities sit under report sections '3.1 Aktivitet 2 – Title' … '3.4 "
        "Aktivitet 9 – Title': the section numbers are NOT activity numbers. Amounts 'Belopp som Socialstyrelsen "
        "återkräver: 56 250 kronor'. Attachment ids 'K1'–'K4' (no activity number in them; activity from the "
        "reference). Positions: 'invänder därför mot återkravet' (disputes), 'accepterar att återbetala 14 000 "
        "kronor … men invänder mot återkravet i övrigt' (partial), 'medger återkravet', 'avser att ta ställning … "
        "när revisionen är klar' (unclear, repayment null).",
        municipality="Nacka",
    )


# ------------------------------------------------------------------------------------------
# 3. Skövde: seven activities answered in four groups. Each group has a heading naming the
#    activities it covers ("Aktiviteterna 3, 4 och 6 – sommarlovsverksamhet"), then one line per
#    activity (number, title, amount "12 500 SEK", its own attachment reference), then ONE
#    assessment and ONE position for the whole group ("Kommunen godtar återkraven för dessa tre
#    aktiviteter").

SKOVDE_ACTS = [
    Act("1", "Fältassistenter i Ryd", D(84000), "disputes", ["ordinary_operations"], ["1"], needle="Aktivitet 1, Fältassistenter"),
    Act("2", "Fritidsledare Södra Ryd", D(61500), "disputes", ["ordinary_operations"], ["2"], needle="Aktivitet 2, Fritidsledare"),
    Act("3", "Sommarlovsfritids Norrmalm", D(12500), "accepts_full", ["outside_grant_period"], needle="Aktivitet 3, Sommarlovsfritids"),
    Act("4", "Lovbussen till Billingen", D(8750), "accepts_full", ["outside_grant_period"], needle="Aktivitet 4, Lovbussen"),
    Act(
        "5",
        "Föräldrakurs ”Vägledande samspel”",
        D(33200),
        "accepts_partial",
        ["unverifiable_costs", "excessive_cost"],
        ["3"],
        repay=D(11600),
        needle="Aktivitet 5, Föräldrakurs",
    ),
    Act("6", "Dagkollo i Hentorp", D(19900), "accepts_full", ["outside_grant_period"], needle="Aktivitet 6, Dagkollo"),
    Act(
        "7",
        "Kartläggning av trångboddhet",
        D(47000),
        "disputes",
        ["purpose_mismatch", "missing_description"],
        ["4", "5"],
        needle="Aktivitet 7, Kartläggning",
    ),
]


def skovde_line(a: Act, ref: str = "") -> tuple:
    return ("p", f"– Aktivitet {a.no}, {a.title}, {m(a.claimed, 'seka')}" + (f" ({ref})" if ref else ""))


def skovde_blocks() -> list:
    A = {a.no: a for a in SKOVDE_ACTS}
    s = "seka"
    return [
        ("rich", "p", "<font size=14><b>Skövde kommun</b></font><br/>Socialnämnden"),
        ("p", "2025-02-17\nDnr SN2024/00512\n\nTill Socialstyrelsen, statsbidragsenheten"),
        ("h2", "Svar på preliminärt beslut om återkrav, statsbidrag till kommuner med socioekonomiskt eftersatta områden"),
        (
            "p",
            "Socialstyrelsen återkräver " + m(266850, s) + " för sju aktiviteter. Eftersom flera aktiviteter har "
            "återkrävts av samma skäl svarar kommunen gruppvis. Under varje rubrik anges de aktiviteter som avses, "
            "och kommunens ställningstagande gäller samtliga aktiviteter i gruppen om inget annat sägs.",
        ),
        ("h3", "Aktiviteterna 1 och 2 – personal i Ryd"),
        skovde_line(A["1"], "lönespecifikationer i bilaga 1"),
        skovde_line(A["2"], "tjänstebeskrivning i bilaga 2"),
        (
            "p",
            "Socialstyrelsen anser att tjänsterna är ordinarie verksamhet som hade funnits även utan bidraget. "
            "Båda tjänsterna inrättades hösten 2021 efter beslut i socialnämnden och finansierades helt med "
            "statsbidraget. De ersatte ingen tidigare tjänst. Kommunen bestrider därför återkraven för båda "
            "aktiviteterna.",
        ),
        ("h3", "Aktiviteterna 3, 4 och 6 – sommarlovsverksamhet"),
        skovde_line(A["3"]),
        skovde_line(A["4"]),
        skovde_line(A["6"]),
        (
            "p",
            "Aktiviteterna 3, 4 och 6 avser sommarlovsverksamhet som enligt Socialstyrelsen genomfördes sommaren "
            "2024, alltså efter bidragsperioden. Kommunen har inga invändningar och godtar återkraven för dessa tre "
            "aktiviteter, sammanlagt " + m(41150, s) + ".",
        ),
        ("h3", "Aktivitet 5 – föräldrastöd"),
        skovde_line(A["5"], "se bilaga 3"),
        (
            "p",
            "Socialstyrelsen menar att kursledarnas arvoden inte är styrkta och att kostnaden per deltagare är hög. "
            "Arvodena framgår av avtalet i bilaga 3. Lokalhyra och förtäring om " + m(11600, s) + " saknar däremot "
            "underlag, och det beloppet betalar kommunen tillbaka. I övrigt bestrids återkravet.",
        ),
        ("h3", "Aktivitet 7 – kartläggning"),
        skovde_line(A["7"], "bilagorna 4 och 5"),
        (
            "p",
            "Socialstyrelsen anser att kartläggningen inte rör de utpekade områdena och att den saknar beskrivning i "
            "ansökan. Kartläggningen gällde Ryd och Södra Ryd och beskrevs i ansökan under rubriken "
            "”Kunskapsunderlag” (bilaga 4). Rapporten bifogas (bilaga 5). Kommunen bestrider återkravet.",
        ),
        ("h3", "Sammanställning"),
        (
            "p",
            "Kommunen godtar att betala tillbaka " + m(52750, s) + " och bestrider återkraven i övrigt, " + m(214100, s) + ".",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Lönespecifikationer fältassistenter 2022\n2. Tjänstebeskrivning fritidsledare Södra Ryd\n"
            "3. Avtal med kursledare Vägledande samspel\n4. Utdrag ur ansökan, avsnitt Kunskapsunderlag\n"
            "5. Rapport: Trångboddhet i Ryd och Södra Ryd",
        ),
        ("space", 6),
        ("p", "Skövde den 17 februari 2025"),
        ("p", "Leif Bergqvist (KD)\nordförande i socialnämnden"),
        ("p", "Helena Strid\nsocialchef"),
    ]


@case
def prose_skovde():
    d = fresh("prose-skovde")
    L = Ledger7()
    name = "SN2024-00512 Svar till Socialstyrelsen.pdf"
    render_pdf(d / name, skovde_blocks(), L, Page(footer="{page} ({pages})", size_pt=10.5))
    finish(
        d,
        name,
        "Skövde kommun",
        "2025-02-17",
        SKOVDE_ACTS,
        L,
        atts(("1", "1"), ("2", "2"), ("3", "5"), ("4", "7"), ("5", "7")),
        [{"name": "Leif Bergqvist", "role": "ordförande", "party": "KD"}, {"name": "Helena Strid", "role": "socialchef"}],
        "Seven activities answered in FOUR GROUPS: headings name the activities covered ('Aktiviteterna 3, 4 och 6 "
        "– sommarlovsverksamhet'), then one dash line per activity ('– Aktivitet 3, Sommarlovsfritids Norrmalm, "
        "12 500 SEK', with its own attachment reference in parentheses), then ONE assessment and ONE position for "
        "the whole group ('bestrider därför återkraven för båda aktiviteterna', 'godtar återkraven för dessa tre "
        "aktiviteter'). Each activity's reasons and position are those of its group. page_start is the page of the "
        "activity's own dash line; its title is the text between the number and the amount.",
        municipality="Skövde",
    )


# ------------------------------------------------------------------------------------------
# 4. Uppsala: written in English by the municipality's international office, with the activities'
#    Swedish titles in the headings ("Activity 3 – Läxhjälp på Gottsunda bibliotek") and an English
#    gloss on the line below; amounts "SEK 84,500" and "12,000 SEK"; "Annex N"; positions
#    "accepts the claim in full", "contests the claim", "is prepared to repay SEK 12,000 … but
#    contests the remainder", "has no objection".

UPPSALA_ACTS = [
    Act("3", "Läxhjälp på Gottsunda bibliotek", D(84500), "disputes", ["unverifiable_costs"], ["1"], needle="Activity 3 –"),
    Act(
        "4",
        "Öppen förskola i Valsätra",
        D(47250),
        "accepts_partial",
        ["excessive_cost"],
        ["2"],
        repay=D(12000),
        needle="Activity 4 –",
    ),
    Act("8", "Sommarjobb för unga i Stenhagen", D(66000), "accepts_full", ["outside_grant_period"], needle="Activity 8 –"),
    Act("11", "Idrottsskola Gränby", D(29800), "accepts_full", ["conditions_not_met"], needle="Activity 11 –"),
    Act(
        "13",
        "Brobyggare i Gottsunda och Valsätra",
        D(158000),
        "disputes",
        ["ordinary_operations", "purpose_mismatch"],
        ["3", "4"],
        needle="Activity 13 –",
    ),
]


def uppsala_blocks() -> list:
    e = "encomma"
    return [
        ("rich", "p", "<b>UPPSALA KOMMUN</b><br/>Kommunledningskontoret – International Office"),
        ("p", "To: Socialstyrelsen (The National Board of Health and Welfare)\nUnit for Government Grants\nSE-106 30 Stockholm"),
        ("p", "Uppsala, 14 February 2025\nOur ref.: KSN-2024-03318\nYour ref.: 9.1-60417/2024"),
        ("h1", "Response to the preliminary decision on repayment of the state grant"),
        (
            "p",
            "Uppsala Municipality thanks Socialstyrelsen for the opportunity to comment on the preliminary decision "
            "concerning the state grant to municipalities with socio-economically disadvantaged areas, 2021–2023. "
            "The response has been prepared by the International Office together with the social services, and is "
            "written in English as most of the project staff concerned work in English. Activity titles are given "
            "in Swedish as in the grant application. The total amount claimed is " + m(385550, e) + ".",
        ),
        ("h2", "Activity 3 – Läxhjälp på Gottsunda bibliotek"),
        ("rich", "p", "<i>Homework support at the Gottsunda library.</i> Amount claimed: " + m(84500, e) + "."),
        (
            "p",
            "Socialstyrelsen considers that the costs for the homework coaches cannot be traced in the accounts. "
            "The coaches were paid through a staffing agency, and the agency's invoices with time sheets are "
            "enclosed (see Annex 1). The municipality therefore contests the claim.",
        ),
        ("h2", "Activity 4 – Öppen förskola i Valsätra"),
        ("rich", "p", "<i>Open pre-school in Valsätra.</i> Amount claimed: " + m(47250, e) + "."),
        (
            "p",
            "According to Socialstyrelsen, the rent for the premises was unreasonably high. We agree that the "
            "premises were larger than needed during the first six months (see Annex 2). Uppsala Municipality is "
            "prepared to repay " + m(12000, "ensek") + " of the amount, corresponding to that period, but contests "
            "the remainder of the claim.",
        ),
        ("h2", "Activity 8 – Sommarjobb för unga i Stenhagen"),
        ("rich", "p", "<i>Summer jobs for young people in Stenhagen.</i> Amount claimed: " + m(66000, e) + "."),
        (
            "p",
            "Socialstyrelsen notes that the summer jobs took place in 2024, after the grant period. This is correct. "
            "The municipality accepts the claim in full.",
        ),
        ("h2", "Activity 11 – Idrottsskola Gränby"),
        ("rich", "p", "<i>Sports school in Gränby.</i> Amount claimed: " + m(29800, e) + "."),
        (
            "p",
            "Socialstyrelsen finds that the activity was not reported in accordance with the conditions of the "
            "grant, as no final report was submitted. The municipality has no objection and will repay the amount.",
        ),
        ("h2", "Activity 13 – Brobyggare i Gottsunda och Valsätra"),
        ("rich", "p", "<i>Community bridge-builders in Gottsunda and Valsätra.</i> Amount claimed: " + m(158000, e) + "."),
        (
            "p",
            "Socialstyrelsen considers the bridge-builders to be part of the municipality's ordinary operations and "
            "their work not to be in line with the purpose of the grant. The posts were created for the grant "
            "period only (see Annex 3) and worked exclusively with families in the two areas (see Annex 4). The "
            "municipality contests the claim.",
        ),
        ("h2", "Summary"),
        (
            "p",
            "Uppsala Municipality accepts repayment of " + m(107800, e) + " (activities 8 and 11 in full and part of "
            "activity 4) and contests the remaining claims.",
        ),
        ("h3", "Annexes"),
        (
            "p",
            "Annex 1 Invoices and time sheets, staffing agency (homework support)\nAnnex 2 Lease and floor plan, "
            "Valsätra\nAnnex 3 Decision on temporary posts, social services committee\nAnnex 4 Activity reports, "
            "bridge-builders 2022–2023",
        ),
        ("space", 6),
        ("p", "On behalf of the Municipal Executive Board"),
        signature_row(
            [["Karin Ljungqvist (S)", "Chair of the Municipal Executive Board"], ["Sofia Wahlgren", "Head of International Office"]],
            width_cm=7,
        ),
        ("space", 6),
        ("small", "Contact: Daniel Okafor, project coordinator, +46 18 727 14 62, daniel.okafor@uppsala.se"),
    ]


@case
def prose_uppsala():
    d = fresh("prose-uppsala")
    L = Ledger7()
    name = "Uppsala response preliminary decision repayment.pdf"
    render_pdf(d / name, uppsala_blocks(), L, Page(footer="Page {page} of {pages}", font="Times-Roman", size_pt=12.5))
    finish(
        d,
        name,
        "Uppsala kommun",
        "2025-02-14",
        UPPSALA_ACTS,
        L,
        atts(("1", "3"), ("2", "4"), ("3", "13"), ("4", "13")),
        [
            {"name": "Karin Ljungqvist", "role": "chair", "party": "S"},
            {"name": "Sofia Wahlgren", "role": "head of international office"},
            {"name": "Daniel Okafor", "role": "project coordinator", "phone": "+46187271462", "email": "daniel.okafor@uppsala.se"},
        ],
        "A response written in ENGLISH by the municipality's international office: 'Activity 3 – <Swedish title>' "
        "headings with an English gloss in italics on the line below (not part of the title), amounts 'SEK 84,500' "
        "(English grouping) and '12,000 SEK', 'Annex N' list and '(see Annex 2)' references, date '14 February "
        "2025'. Positions: 'contests the claim' (disputes), 'is prepared to repay 12,000 SEK of the amount … but "
        "contests the remainder' (partial), 'accepts the claim in full', 'has no objection and will repay the "
        "amount' (accepts). language en.",
        municipality="Uppsala",
        language="en",
    )


# ------------------------------------------------------------------------------------------
# 5. Södertälje: the answer comes from a MUNICIPAL COMPANY (issuer "Södertälje Kvartersutveckling
#    AB", municipality Södertälje) with a drawn letterhead logo and a footer holding org.nr,
#    "Styrelsens säte: Södertälje" and the company's bankgiro. Each activity is a dark band with
#    "Nr 4  Title" on the left and "Återkrav 64 000 kr" on the right. Two partial positions are
#    stated as a SHARE ("hälften av beloppet", "en fjärdedel"), so the repayment is a figure
#    printed nowhere.

SODERTALJE_ACTS = [
    Act(
        "4",
        "Kvartersvärdar i Hovsjö",
        D(64000),
        "accepts_partial",
        ["unverifiable_costs"],
        ["1"],
        repay=D(32000),
        needle="Nr 4 Kvartersvärdar",
    ),
    Act(
        "5",
        "Lokal för läxhjälp Ronna",
        D(48200),
        "accepts_partial",
        ["excessive_cost"],
        ["2"],
        repay=D(12050),
        needle="Nr 5 Lokal för läxhjälp",
    ),
    Act("8", "Upprustning av bollplan Fornhöjden", D(91500), "disputes", ["purpose_mismatch"], ["3"], needle="Nr 8 Upprustning"),
    Act("10", "Sommarjobb via bolaget 2023", D(27600), "accepts_full", ["description_mismatch"], needle="Nr 10 Sommarjobb"),
]


def sodertalje_logo(canvas, doc) -> None:
    """The company's letterhead: a drawn mark (three roofs) and its name, on page 1 only."""
    if doc.page != 1:
        return
    w, h = A4
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#0b6e4f"))
    for i, x in enumerate((2.2, 2.9, 3.6)):
        p = canvas.beginPath()
        p.moveTo(x * cm, h - 2.6 * cm)
        p.lineTo((x + 0.35) * cm, h - (2.0 - 0.15 * (i % 2)) * cm)
        p.lineTo((x + 0.7) * cm, h - 2.6 * cm)
        p.close()
        canvas.drawPath(p, fill=1, stroke=0)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(4.6 * cm, h - 2.25 * cm, "SÖDERTÄLJE KVARTERSUTVECKLING")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(4.6 * cm, h - 2.65 * cm, "Ett bolag i Södertälje kommunkoncern")
    canvas.restoreState()


def sodertalje_footer(canvas, doc) -> None:
    w, h = A4
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#0b6e4f"))
    canvas.line(2.2 * cm, 1.75 * cm, w - 2.2 * cm, 1.75 * cm)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(
        2.2 * cm,
        1.35 * cm,
        "Södertälje Kvartersutveckling AB · Org.nr 556812-4471 · Styrelsens säte: Södertälje · Box 2019, 151 02 Södertälje",
    )
    canvas.drawString(2.2 * cm, 1.05 * cm, "Bankgiro 5312-0867 · Tel 08-550 217 00 · info@kvartersutveckling.se")
    canvas.drawRightString(w - 2.2 * cm, 1.05 * cm, f"{doc.page}")
    canvas.restoreState()


def band(no: str, title: str, amount: str, L) -> tuple:
    st = ParagraphStyle("bandl", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=colors.white)
    sr = ParagraphStyle("bandr", parent=st, alignment=2, fontName="Helvetica")
    left, right = f"Nr {no}&nbsp;&nbsp;{title}", L.fill(amount)

    def make():
        t = Table([[Paragraph(left, st), Paragraph(right, sr)]], colWidths=[11.2 * cm, 5.2 * cm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#0b6e4f")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    return ("lazy", make)


def sodertalje_blocks(L) -> list:
    k = "kr"
    return [
        ("space", 40),
        ("p", "Socialstyrelsen\nAvdelningen för regler och behörighet, statsbidrag\n106 30 Stockholm"),
        ("p", "Södertälje 2025-02-21\nDiarienummer: SKU 2025-009\nEr beteckning: 9.1-62290/2024"),
        ("h1", "Yttrande angående återkrav – Södertälje kommun"),
        (
            "p",
            "Södertälje Kvartersutveckling AB (bolaget) är helägt av Södertälje kommun och genomförde på kommunens "
            "uppdrag fyra av de aktiviteter som Socialstyrelsen nu granskat. Kommunstyrelsen har gett bolaget i "
            "uppdrag att yttra sig över dessa. Nedan följer bolagets och kommunens gemensamma synpunkter. "
            "Socialstyrelsens nummer på aktiviteterna används.",
        ),
        (
            "p",
            "Bolaget förvaltar omkring 3 400 lägenheter i Hovsjö, Ronna och Fornhöjden och har sedan 2021 ansvarat "
            "för kommunens trygghetsskapande arbete i bostadsområdena. Insatserna har planerats tillsammans med "
            "socialförvaltningen och fritidsförvaltningen, och bolaget har redovisat kostnaderna till kommunen "
            "kvartalsvis. Kommunen har i sin tur redovisat dem till Socialstyrelsen.",
        ),
        band("4", "Kvartersvärdar i Hovsjö", "Återkrav " + m(64000, k), L),
        ("space", 4),
        (
            "p",
            "Socialstyrelsen har inte kunnat följa värdarnas timmar i redovisningen. Bolaget har tagit fram "
            "tidrapporterna för hösten 2022 (bilaga 1) men inte för våren 2023, då rapporteringen sköttes av en "
            "underentreprenör. Kommunen medger därför att hälften av beloppet återbetalas och bestrider återkravet "
            "för resten.",
        ),
        band("5", "Lokal för läxhjälp Ronna", "Återkrav " + m(48200, k), L),
        ("space", 4),
        (
            "p",
            "Enligt Socialstyrelsen är hyran för lokalen oskäligt hög. Hyran följer bolagets ordinarie hyresnivå för "
            "lokaler i Ronna (bilaga 2), men lokalen stod tom en fjärdedel av hyresperioden. Kommunen godtar att en "
            "fjärdedel av återkravet betalas tillbaka.",
        ),
        band("8", "Upprustning av bollplan Fornhöjden", "Återkrav " + m(91500, k), L),
        ("space", 4),
        (
            "p",
            "Socialstyrelsen bedömer att upprustningen av bollplanen är en investering i bolagets fastighet som inte "
            "ligger i linje med bidragets syfte. Planen har under hela bidragsperioden använts för kvällsaktiviteter "
            "för unga i området, enligt avtal med föreningen Fornhöjdens BK (bilaga 3). Kommunen bestrider "
            "återkravet.",
        ),
        band("10", "Sommarjobb via bolaget 2023", "Återkrav " + m(27600, k), L),
        ("space", 4),
        (
            "p",
            "Socialstyrelsen konstaterar att de redovisade kostnaderna avser administration och inte de "
            "sommarjobbande ungdomarnas löner, som beskrivits. Det stämmer, och kommunen accepterar återkravet.",
        ),
        ("h3", "Sammanfattning"),
        (
            "p",
            "Kommunen bestrider återkravet för nr 8, accepterar det för nr 10 och medger det till en del för nr 4 och "
            "nr 5 enligt ovan. Bolaget betalar ut beloppet till kommunen, som återbetalar det till Socialstyrelsen "
            "när det slutliga beslutet har fattats.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "Bilaga 1 Tidrapporter kvartersvärdar hösten 2022\nBilaga 2 Hyresavtal och hyreslista, Ronna centrum\n"
            "Bilaga 3 Nyttjandeavtal Fornhöjdens BK",
        ),
        ("space", 6),
        signature_row(
            [["Camilla Ekdahl", "VD, Södertälje Kvartersutveckling AB"], ["Tomas Haddad (S)", "Kommunstyrelsens ordförande"]], width_cm=7.5
        ),
        ("space", 6),
        ("small", "Frågor besvaras av Nils Rydberg, projektchef, nils.rydberg@kvartersutveckling.se, 08-550 217 14."),
    ]


@case
def prose_sodertalje():
    from genre_kit import _template

    d = fresh("prose-sodertalje")
    L = Ledger7()
    name = "SKU 2025-009 Yttrande återkrav.pdf"
    page = Page(margins=(2.4 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm), size_pt=11.5)
    blocks = sodertalje_blocks(L)

    def template(buf, pg, total):  # genre_kit's page plus this company's letterhead and footer
        doc = _template(buf, pg, total)
        for t in doc.pageTemplates:
            t.onPage = lambda c, dd: (sodertalje_logo(c, dd), sodertalje_footer(c, dd))
        return doc

    old = genre_kit._template
    genre_kit._template = template
    try:
        render_pdf(d / name, blocks, L, page)
    finally:
        genre_kit._template = old
    finish(
        d,
        name,
        "Södertälje Kvartersutveckling AB",
        "2025-02-21",
        SODERTALJE_ACTS,
        L,
        atts(("1", "4"), ("2", "5"), ("3", "8")),
        [
            {"name": "Camilla Ekdahl", "role": "VD"},
            {"name": "Tomas Haddad", "role": "kommunstyrelsens ordförande", "party": "S"},
            {"name": "Nils Rydberg", "role": "projektchef", "phone": "+46855021714", "email": "nils.rydberg@kvartersutveckling.se"},
        ],
        "A reply from a MUNICIPAL COMPANY (issuer 'Södertälje Kvartersutveckling AB', municipality Södertälje) "
        "with a drawn logo in the letterhead and a footer holding the company's org.nr, 'Styrelsens säte: "
        "Södertälje' and its bankgiro (none of them amounts or the response's number). Each activity is a dark "
        "band 'Nr 4  Title' with 'Återkrav 64 000 kr' at its right end. Two partial positions are stated as a "
        "SHARE: 'medger därför att hälften av beloppet återbetalas' (64 000 → 32 000) and 'godtar att en "
        "fjärdedel av återkravet betalas tillbaka' (48 200 → 12 050): the repayment is printed nowhere. "
        "'bestrider återkravet', 'accepterar återkravet'.",
        municipality="Södertälje",
    )


# ------------------------------------------------------------------------------------------
# 6. Örnsköldsvik: "Ang. aktivitet 6, Title" run-in headings; the agency's reasons as a bulleted
#    list under "Socialstyrelsens skäl:"; the position as a terse closing line "Ställningstagande:
#    Medges." / "Medges inte." / "Medges med kr 7 500:-"; amounts "kr 46 800:-"; date "den 12
#    februari 2025" under the signature; attachments referenced as "bifogad bilaga 2".

ORNSKOLDSVIK_ACTS = [
    Act(
        "3",
        "Fritidsgård Gullänget – förlängda öppettider",
        D(46800),
        "disputes",
        ["ordinary_operations"],
        ["1"],
        needle="Ang. aktivitet 3,",
    ),
    Act(
        "6",
        "Familjeläger Själevad",
        D(23350),
        "accepts_partial",
        ["unverifiable_costs", "excessive_cost"],
        ["2"],
        repay=D(7500),
        needle="Ang. aktivitet 6,",
    ),
    Act("7", "Studiecirkel svenska för föräldrar", D(15000), "accepts_full", ["missing_description"], needle="Ang. aktivitet 7,"),
    Act(
        "9",
        "Ungdomsrådet i Centrum-Väst",
        D(38700),
        "disputes",
        ["purpose_mismatch", "conditions_not_met"],
        ["3", "4"],
        needle="Ang. aktivitet 9,",
    ),
    Act("12", "Extra kuratorstid högstadiet", D(52000), "accepts_full", ["ordinary_operations"], needle="Ang. aktivitet 12,"),
]


def ornskoldsvik_act(a: Act, reasons: list, text: str, pos: str) -> list:
    return [
        ("rich", "p", f"<b>Ang. aktivitet {a.no}, {a.title}</b> – återkrav {m(a.claimed, 'krcolon')}"),
        ("p", "Socialstyrelsens skäl:\n" + "\n".join(f"•  {r}" for r in reasons)),
        ("p", text),
        ("rich", "p", f"<b>Ställningstagande:</b> {pos}"),
        ("space", 4),
    ]


def ornskoldsvik_blocks() -> list:
    A = {a.no: a for a in ORNSKOLDSVIK_ACTS}
    out = [
        ("rich", "p", "<b>Örnsköldsviks kommun</b><br/>Kultur- och fritidsförvaltningen"),
        ("p", "Socialstyrelsen\nStatsbidragsenheten\n106 30 Stockholm"),
        ("p", "Dnr KFN 2024/0219     Ert dnr 9.1-57902/2024"),
        ("h2", "Kommunens yttrande över preliminärt återkrav"),
        (
            "p",
            "Örnsköldsviks kommun har fått Socialstyrelsens preliminära beslut och lämnar här sina synpunkter på de fem "
            "aktiviteter som återkravet omfattar, sammanlagt " + m(175850, "krcolon") + ".",
        ),
    ]
    out += ornskoldsvik_act(
        A["3"],
        ["Fritidsgården fanns före bidragsperioden.", "Förlängda öppettider bedöms vara ordinarie verksamhet."],
        "De förlängda öppettiderna (fredagar och lördagar till kl. 24) infördes i januari 2022 och finansierades "
        "helt av bidraget, se bifogad bilaga 1.",
        "Medges inte.",
    )
    out += ornskoldsvik_act(
        A["6"],
        ["Kostnaderna för logi kan inte styrkas.", "Kostnaden per deltagare är hög."],
        "Logikostnaden styrks av fakturan från lägergården, se bifogad bilaga 2. Bussresan saknar dock underlag.",
        "Medges med " + m(7500, "krcolon") + " (bussresan). I övrigt medges inte återkravet.",
    )
    out += ornskoldsvik_act(
        A["7"],
        ["Aktiviteten saknar beskrivning i redovisningen."],
        "Beskrivningen föll bort när redovisningen lämnades in. Kommunen har inget att tillägga.",
        "Medges.",
    )
    out += ornskoldsvik_act(
        A["9"],
        ["Ungdomsrådet har verkat i hela kommunen, inte i det utpekade området.", "Villkoret om uppföljning är inte uppfyllt."],
        "Rådets ledamöter bor alla i Centrum-Väst och mötena hölls i området, se bifogad bilaga 3. "
        "Uppföljningen lämnades i december 2023, se bifogad bilaga 4.",
        "Medges inte.",
    )
    out += ornskoldsvik_act(
        A["12"],
        ["Kuratorstid i skolan är ordinarie verksamhet."],
        "Kommunen delar Socialstyrelsens uppfattning.",
        "Medges.",
    )
    out += [
        (
            "p",
            "Kommunen medger alltså återkrav med sammanlagt " + m(74500, "krcolon") + " för aktiviteterna 6, 7 och 12.",
        ),
        (
            "p",
            "Bifogade bilagor:\n1. Beslut om förlängda öppettider\n2. Faktura lägergården Själevad\n3. Protokoll ungdomsrådet 2022\n4. Uppföljningsrapport december 2023",  # noqa: E501 (one string as printed)
        ),
        ("space", 10),
        ("p", "Örnsköldsvik den 12 februari 2025"),
        ("p", "Per-Olof Näslund (C)\nOrdförande, kultur- och fritidsnämnden"),
        ("p", "Handläggare: Elin Sjödin, 0660-882 41, elin.sjodin@ornskoldsvik.se"),
    ]
    return out


@case
def prose_ornskoldsvik():
    d = fresh("prose-ornskoldsvik")
    L = Ledger7()
    name = "KFN 2024-0219 yttrande Socialstyrelsen.pdf"
    render_pdf(d / name, ornskoldsvik_blocks(), L, Page(header="Örnsköldsviks kommun · KFN 2024/0219", footer="{page}", size_pt=10.5))
    finish(
        d,
        name,
        "Örnsköldsviks kommun",
        "2025-02-12",
        ORNSKOLDSVIK_ACTS,
        L,
        atts(("1", "3"), ("2", "6"), ("3", "9"), ("4", "9")),
        [
            {"name": "Per-Olof Näslund", "role": "ordförande", "party": "C"},
            {"name": "Elin Sjödin", "role": "handläggare", "phone": "+4666088241", "email": "elin.sjodin@ornskoldsvik.se"},
        ],
        "Run-in bold headings 'Ang. aktivitet 6, Title' with '– återkrav kr 23 350:-' after them (currency before, "
        "colon-dash after); the agency's reasons as a BULLETED list under 'Socialstyrelsens skäl:'; the position "
        "as a terse closing line 'Ställningstagande: Medges.' / 'Medges inte.' / 'Medges med kr 7 500:- "
        "(bussresan). I övrigt medges inte återkravet.' (partial). References 'se bifogad bilaga 2'; list under "
        "'Bifogade bilagor:'; date 'den 12 februari 2025' under the text; a running header with the dnr.",
        municipality="Örnsköldsvik",
    )


# ------------------------------------------------------------------------------------------
# 7. Tyresö: activities in the order of the municipality's choosing (largest claim first: 7, 2,
#    5, 1), "Aktivitet nummer 7: Title" headings, amounts with öre ("38 412,50 kr"), attachments
#    referenced by NUMBER WORDS ("bilaga två", "bilagorna tre och fyra").

TYRESO_ACTS = [
    Act("7", "Mentorsprogram för unga vuxna", D("96240.00"), "disputes", ["exercise_of_authority"], ["1"], needle="Aktivitet nummer 7:"),
    Act(
        "2",
        "Trygghetsvärdar Granängsringen",
        D("71318.75"),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2"],
        repay=D("18450.00"),
        needle="Aktivitet nummer 2:",
    ),
    Act(
        "5",
        "Lovaktiviteter Bollmora",
        D("38412.50"),
        "disputes",
        ["outside_grant_period", "description_mismatch"],
        ["3", "4"],
        needle="Aktivitet nummer 5:",
    ),
    Act("1", "Inköp av utemöbler till fritidsgården", D("12986.00"), "accepts_full", ["purpose_mismatch"], needle="Aktivitet nummer 1:"),
]


def tyreso_blocks() -> list:
    dk = "dec"
    return [
        ("rich", "p", "<b>Tyresö kommun</b><br/>Barn- och utbildningsförvaltningen, Fritid"),
        ("p", "Till Socialstyrelsen\nErt diarienummer: 9.1-63358/2024\nVårt diarienummer: BUN 2024/1450\nDatum: 2025-02-26"),
        ("h1", "Yttrande – återkrav av statsbidrag 2021–2023"),
        (
            "p",
            "Tyresö kommun har tagit del av Socialstyrelsens preliminära beslut om att återkräva sammanlagt "
            + m(D("218957.25"), dk)
            + ". Vi tar upp aktiviteterna i storleksordning, med det största beloppet först, "
            "och använder Socialstyrelsens numrering.",
        ),
        ("h2", "Aktivitet nummer 7: Mentorsprogram för unga vuxna"),
        ("p", "Återkrävt belopp: " + m(D("96240.00"), dk)),
        (
            "p",
            "Socialstyrelsen bedömer att mentorernas arbete delvis bestått i myndighetsutövning, eftersom de deltog i "
            "socialtjänstens utredningar. Mentorerna deltog på ungdomarnas egen begäran som stöd, inte som "
            "handläggare, vilket framgår av bilaga ett. Kommunen bestrider återkravet.",
        ),
        ("h2", "Aktivitet nummer 2: Trygghetsvärdar Granängsringen"),
        ("p", "Återkrävt belopp: " + m(D("71318.75"), dk)),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna för trygghetsvärdarna inte är styrkta. Kommunen har nu tagit fram "
            "fakturorna från bemanningsföretaget för 2022 (bilaga två). För 2023 års kostnader, "
            + m(D("18450.00"), dk)
            + ", finns inga fakturor, och det beloppet återbetalar kommunen. Resten av "
            "återkravet bestrids.",
        ),
        ("h2", "Aktivitet nummer 5: Lovaktiviteter Bollmora"),
        ("p", "Återkrävt belopp: " + m(D("38412.50"), dk)),
        (
            "p",
            "Enligt Socialstyrelsen genomfördes lovaktiviteterna efter bidragsperiodens slut och stämmer inte med "
            "beskrivningen i ansökan. Aktiviteterna ägde rum under höstlovet 2023, vilket visas av "
            "deltagarlistorna i bilagorna tre och fyra, och motsvarar beskrivningen. Kommunen motsätter sig "
            "återkravet.",
        ),
        ("h2", "Aktivitet nummer 1: Inköp av utemöbler till fritidsgården"),
        ("p", "Återkrävt belopp: " + m(D("12986.00"), dk)),
        (
            "p",
            "Socialstyrelsen bedömer att inköpet av möbler inte ligger i linje med bidragets syfte. Kommunen "
            "accepterar bedömningen och betalar tillbaka beloppet.",
        ),
        ("h2", "Bilagor"),
        (
            "p",
            "1 Intyg från socialtjänsten om mentorernas roll\n2 Fakturor bemanningsföretag 2022\n"
            "3 Deltagarlista höstlov 2023, vecka 44\n4 Deltagarlista höstlov 2023, aktivitetsdagar",
        ),
        ("space", 6),
        signature_row([["Ingrid Maalouf (M)", "Ordförande, barn- och utbildningsnämnden"], ["Magnus Thorén", "Fritidschef"]], width_cm=7.5),
    ]


@case
def prose_tyreso():
    d = fresh("prose-tyreso")
    L = Ledger7()
    name = "BUN 2024-1450 Yttrande återkrav Tyresö.pdf"
    render_pdf(
        d / name,
        tyreso_blocks(),
        L,
        Page(
            footer="Tyresö kommun, BUN 2024/1450 – sida {page}",
            font="Times-Roman",
            size_pt=12.5,
            margins=(3 * cm, 3 * cm, 2.8 * cm, 2.5 * cm),
        ),
    )
    finish(
        d,
        name,
        "Tyresö kommun",
        "2025-02-26",
        TYRESO_ACTS,
        L,
        atts(("1", "7"), ("2", "2"), ("3", "5"), ("4", "5")),
        [{"name": "Ingrid Maalouf", "role": "ordförande", "party": "M"}, {"name": "Magnus Thorén", "role": "fritidschef"}],
        "Activities in the municipality's own order, largest claim first (7, 2, 5, 1), under headings 'Aktivitet "
        "nummer 7: Title'; every amount with öre ('71 318,75 kr'); attachments referenced by NUMBER WORDS ('bilaga "
        "ett', '(bilaga två)', 'bilagorna tre och fyra') while the list uses digits. Positions 'bestrider', "
        "'det beloppet återbetalar kommunen. Resten av återkravet bestrids' (partial 18 450,00), 'motsätter sig', "
        "'accepterar bedömningen och betalar tillbaka beloppet'.",
        municipality="Tyresö",
    )


# ------------------------------------------------------------------------------------------
# 8. Sollentuna: two parts. Page 1: a ruled summary table (Nr, Aktivitet, Återkrävt, Kommunens
#    ställningstagande, Återbetalas; bare amounts, zero cells, an empty cell for the undecided
#    activity, a Summa row). From page 2: one free-text paragraph per activity, opened by a bold
#    run-in "Nr 6 – Title." with the reasoning; the positions are stated only in the table.

SOLLENTUNA_ACTS = [
    Act(
        "2",
        "Fältgrupp Tureberg",
        D(118600),
        "disputes",
        ["ordinary_operations", "unverifiable_costs"],
        ["1", "2"],
        needle="Nr 2 – Fältgrupp",
    ),
    Act("3", "Läger för unga med funktionsnedsättning", D(36400), "accepts_full", ["purpose_mismatch"], needle="Nr 3 – Läger"),
    Act(
        "6",
        "Föräldraskapsstöd på arabiska och somaliska",
        D(52750),
        "accepts_partial",
        ["excessive_cost"],
        ["3"],
        repay=D(20000),
        needle="Nr 6 – Föräldraskapsstöd",
    ),
    Act("8", "Nattfotboll Edsberg", D(21900), "unclear", ["unverifiable_costs"], ["4"], needle="Nr 8 – Nattfotboll"),
    Act("9", "Skolnära fritidsledare", D(74300), "disputes", ["description_mismatch"], ["5"], needle="Nr 9 – Skolnära"),
]


def sollentuna_blocks() -> list:
    A = SOLLENTUNA_ACTS
    pos = {
        "2": ("Bestrids", 0),
        "3": ("Medges", 36400),
        "6": ("Medges delvis", 20000),
        "8": ("Avvaktar komplettering", None),
        "9": ("Bestrids", 0),
    }
    rows = [["Nr", "Aktivitet", "Återkrävt (kr)", "Kommunens ställningstagande", "Återbetalas (kr)"]]
    for a in A:
        p, r = pos[a.no]
        cell = "" if r is None else (m(0, "opt_bare") if r == 0 else m(r, "bare"))
        rows.append([a.no, a.title, m(a.claimed, "bare"), p, cell])
    rows.append(["", "Summa", m(303950, "bare"), "", m(56400, "bare")])
    texts = {
        "2": "Socialstyrelsen anser att fältgruppen är ordinarie verksamhet och att lönekostnaderna inte går att "
        "följa. Fältgruppen startade i mars 2021 med bidraget som enda finansiering (bilaga 1). Lönekostnaderna "
        "framgår av utdraget ur personalsystemet (bilaga 2).",
        "3": "Socialstyrelsen bedömer att lägret inte ligger i linje med bidragets syfte, eftersom deltagarna kom från "
        "hela kommunen. Kommunen har inget att invända.",
        "6": "Enligt Socialstyrelsen är kostnaden för tolkar och kursledare oskäligt hög. Kursledarnas arvoden följer "
        "avtalet (bilaga 3). Tolkkostnaden, " + m(20000, "kr") + ", betalades för tolkning vid tillfällen som "
        "sedan ställdes in, och den delen återbetalas.",
        "8": "Socialstyrelsen har inte kunnat styrka hyran av idrottshallen. Hyresfakturan har begärts in från "
        "fastighetsbolaget men har ännu inte kommit (bilaga 4 är vår begäran). Kommunen tar ställning när "
        "fakturan har kommit in.",
        "9": "Socialstyrelsen anser att de redovisade kostnaderna inte stämmer med beskrivningen av aktiviteten. "
        "Fritidsledarna arbetade i skolans lokaler men under fritid, i enlighet med beskrivningen (bilaga 5).",
    }
    out = [
        ("rich", "p", "<b>Sollentuna kommun</b><br/>Socialkontoret"),
        ("p", "Socialstyrelsen\n106 30 Stockholm\n\nSollentuna 2025-02-19\nDiarienr SON/2024:311"),
        ("h2", "Yttrande över preliminärt beslut om återkrav av statsbidrag"),
        (
            "p",
            "Sollentuna kommun lämnar härmed sitt yttrande. Tabellen sammanfattar kommunens ställningstagande för "
            "varje aktivitet, med Socialstyrelsens numrering. Kommunens skäl redovisas i del 2.",
        ),
        ("h3", "Del 1. Sammanställning"),
        ("table", rows, dict(widths=[0.07, 0.38, 0.17, 0.23, 0.15], ruled=True, header=1, align_right=[2, 4], bold_last=True, shade=True)),
        ("small", "Belopp i kronor. Tom ruta: kommunen har ännu inte tagit ställning."),
        ("break",),
        ("h3", "Del 2. Kommunens kommentarer"),
    ]
    for a in A:
        out.append(("rich", "p", f"<b>Nr {a.no} – {a.title}.</b> " + texts[a.no]))
    out += [
        ("h3", "Bilagor"),
        (
            "p",
            "1. Beslut om fältgrupp, mars 2021\n2. Utdrag ur personalsystemet\n3. Avtal med kursledare\n4. Begäran om faktura, Edsbergshallen\n5. Aktivitetsbeskrivning skolnära fritidsledare",  # noqa: E501 (one string as printed)
        ),
        ("space", 8),
        ("p", "Eva Bäckström (L)\nOrdförande i socialnämnden"),
        ("p", "Kontaktperson: Hamid Rezaei, 08-579 215 62, hamid.rezaei@sollentuna.se"),
    ]
    return out


@case
def table_sollentuna():
    d = fresh("table-sollentuna")
    L = Ledger7()
    name = "SON 2024-311 yttrande med sammanställning.pdf"
    render_pdf(d / name, sollentuna_blocks(), L, Page(footer="Sollentuna kommun   {page}/{pages}", size_pt=10.5))
    finish(
        d,
        name,
        "Sollentuna kommun",
        "2025-02-19",
        SOLLENTUNA_ACTS,
        L,
        atts(("1", "2"), ("2", "2"), ("3", "6"), ("4", "8"), ("5", "9")),
        [
            {"name": "Eva Bäckström", "role": "ordförande", "party": "L"},
            {"name": "Hamid Rezaei", "role": "kontaktperson", "phone": "+46857921562", "email": "hamid.rezaei@sollentuna.se"},
        ],
        "Two parts: page 1 holds a shaded-header ruled SUMMARY TABLE (Nr, Aktivitet, Återkrävt (kr), Kommunens "
        "ställningstagande, Återbetalas (kr); bare amounts, zero cells optional, an EMPTY cell for the undecided "
        "activity 8 = unclear, a Summa row); from page 2 one free-text paragraph per activity opened by a bold "
        "run-in 'Nr 6 – Title.' holding the agency's assessment, the reasoning and the references. The positions "
        "are stated ONLY in the table. page_start is the page of the activity's own paragraph (page 2), not its "
        "table row.",
        municipality="Sollentuna",
    )


# ------------------------------------------------------------------------------------------
# 9. Vaxholm: a landscape table with ONE COLUMN PER GRANT YEAR (2021, 2022, 2023): each activity's
#    reclaimed sum is split over the years and printed nowhere as one figure (claimed = the row's
#    sum). A Summa row per year and a grand total under the table. A partial position accepts one
#    year's amount ("Medges för 2023, 15 200 kr").

VAXHOLM_YEARS = {
    "1": (D(22000), D(24500), None),
    "2": (None, D(31800), D(15200)),
    "3": (D(9600), None, None),
    "4": (D(12000), D(12000), D(12000)),
    "5": (None, None, D(27450)),
}
VAXHOLM_ACTS = [
    Act("1", "Ungdomsgården Kastellet – helgöppet", D(46500), "disputes", ["ordinary_operations"], ["1"], needle="Ungdomsgården Kastellet"),
    Act(
        "2",
        "Båtkörkort för unga",
        D(47000),
        "accepts_partial",
        ["outside_grant_period"],
        ["2"],
        repay=D(15200),
        needle="Båtkörkort för unga",
    ),
    Act("3", "Föreläsning om nätmobbning", D(9600), "accepts_full", ["missing_description"], needle="Föreläsning om nätmobbning"),
    Act(
        "4",
        "Hyra av samlingslokal Rindö",
        D(36000),
        "disputes",
        ["excessive_cost", "purpose_mismatch"],
        ["3", "4"],
        needle="Hyra av samlingslokal",
    ),
    Act("5", "Sommarkollo Resarö", D(27450), "accepts_full", ["unverifiable_costs"], needle="Sommarkollo Resarö"),
]


def vaxholm_blocks() -> list:
    def cell(v):
        return "–" if v is None else m(v, "bare")

    reasons = {
        "1": "Ordinarie verksamhet; helgöppet fanns redan 2020.",
        "2": "Kursen 2023 hölls i juni 2024, efter bidragsperioden.",
        "3": "Aktiviteten saknar beskrivning.",
        "4": "Hyran är hög; lokalen användes även av föreningar utan koppling till syftet.",
        "5": "Kostnaderna för buss och mat är inte styrkta.",
    }
    answers = {
        "1": "Bestrids. Helgöppet infördes 2021 med bidraget, se bilaga 1.",
        "2": "Medges för 2023, " + m(15200, "kr") + ". Bestrids för 2022 (bilaga 2).",
        "3": "Medges.",
        "4": "Bestrids. Hyran följer kommunens taxa (bilaga 3); föreningarna hyrde andra tider (bilaga 4).",
        "5": "Medges.",
    }
    rows = [["Nr", "Aktivitet", "2021", "2022", "2023", "Socialstyrelsens skäl", "Kommunens svar"]]
    for a in VAXHOLM_ACTS:
        y = VAXHOLM_YEARS[a.no]
        rows.append([a.no, a.title] + [cell(v) for v in y] + [reasons[a.no], answers[a.no]])
    sums = [sum((VAXHOLM_YEARS[k][i] or D(0) for k in VAXHOLM_YEARS), D(0)) for i in range(3)]
    rows.append(["", "Summa per år"] + [m(v, "bare") for v in sums] + ["", ""])
    return [
        ("rich", "p", "<b>VAXHOLMS STAD</b> · Socialförvaltningen"),
        ("p", "Till Socialstyrelsen · Ert dnr 9.1-61902/2024 · Vårt dnr SN 2025/14 · Vaxholm 2025-02-27"),
        ("h2", "Yttrande över preliminärt beslut om återkrav – redovisat per bidragsår"),
        (
            "p",
            "Socialstyrelsens preliminära beslut redovisar återkravet per aktivitet och bidragsår. Vaxholms stad "
            "svarar i samma uppställning. Belopp i kronor; streck betyder att inget belopp återkrävs det året.",
        ),
        (
            "table",
            rows,
            dict(
                widths=[0.04, 0.17, 0.08, 0.08, 0.08, 0.25, 0.30], ruled=True, header=1, align_right=[2, 3, 4], bold_last=True, shade=True
            ),
        ),
        ("p", "Totalt återkrav enligt det preliminära beslutet: " + m(166550, "kr") + ". Staden medger " + m(52250, "kr") + "."),
        (
            "p",
            "Bilagor: 1 Beslut om helgöppet 2021 · 2 Kursintyg båtkörkort 2022 · 3 Taxa för samlingslokaler · "
            "4 Bokningslista Rindö samlingslokal",
        ),
        ("space", 4),
        signature_row([["Malin Forsgren (M)", "Ordförande, socialnämnden"], ["Anders Rask", "Socialchef"]], width_cm=7),
    ]


@case
def table_vaxholm():
    from reportlab.lib.pagesizes import landscape

    d = fresh("table-vaxholm")
    L = Ledger7()
    name = "Vaxholm SN 2025-14 svar per bidragsår.pdf"
    render_pdf(
        d / name,
        vaxholm_blocks(),
        L,
        Page(
            size=landscape(A4),
            margins=(1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm),
            footer="Vaxholms stad · sida {page} av {pages}",
            size_pt=12.5,
        ),
    )
    finish(
        d,
        name,
        "Vaxholms stad",
        "2025-02-27",
        VAXHOLM_ACTS,
        L,
        atts(("1", "1"), ("2", "2"), ("3", "4"), ("4", "4")),
        [{"name": "Malin Forsgren", "role": "ordförande", "party": "M"}, {"name": "Anders Rask", "role": "socialchef"}],
        "'Vaxholms stad' (municipality Vaxholm). A landscape ruled table with ONE COLUMN PER GRANT YEAR (2021, "
        "2022, 2023) and activities as rows: each activity's reclaimed sum is split over the years and is printed "
        "NOWHERE as one figure (claimed_amount_sek = the row's sum; '–' = no amount that year). A 'Summa per år' "
        "row, then the grand total in a sentence. Columns for the agency's reasons (summarised) and the answer: "
        "'Bestrids.', 'Medges.', 'Medges för 2023, 15 200 kr. Bestrids för 2022' (partial = one year's cell). "
        "Inline list 'Bilagor: 1 … · 2 …'.",
        municipality="Vaxholm",
    )


# ------------------------------------------------------------------------------------------
# 10. scan-mjolby-kaffe: prose-mjolby printed and scanned at 200 dpi greyscale, with a COFFEE
#     RING (a cup's brown ring and a splash) over the lower half of page 1, and page 2 fed
#     through the scanner TWICE (the scan has pages 1, 2, 2). The duplicate page is no new
#     content: page_count 3, page_start as in the original, and the duplicate's amounts are
#     optional money.


def render_gray(pdf: Path, dpi: int) -> list:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def coffee_ring(img, centre: tuple, r: float, seed: int):
    """A cup's ring: a dark irregular rim, a faint inside, and a few splash drops (multiplied on)."""
    import math
    import random

    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rnd = random.Random(seed)
    stain = Image.new("L", img.size, 255)
    dr = ImageDraw.Draw(stain)
    cx, cy = centre
    dr.ellipse((cx - r, cy - r * 0.96, cx + r, cy + r * 0.96), fill=232)
    pts = []
    for k in range(361):
        a = math.radians(k)
        rr = r * (1 + 0.015 * math.sin(5 * a) + 0.01 * math.sin(13 * a))
        pts.append((cx + rr * math.cos(a), cy + 0.96 * rr * math.sin(a)))
    for k in range(360):
        width = 3 + int(5 * (0.5 + 0.5 * math.sin(math.radians(k) * 2 + 1)))
        dr.line([pts[k], pts[k + 1]], fill=150 + rnd.randrange(30), width=width)
    for _ in range(7):
        a = rnd.uniform(0, 2 * math.pi)
        dist = r * rnd.uniform(1.1, 1.5)
        x, y = cx + dist * math.cos(a), cy + dist * math.sin(a)
        s = rnd.uniform(4, 14)
        dr.ellipse((x - s, y - s, x + s, y + s), fill=175 + rnd.randrange(40))
    stain = stain.filter(ImageFilter.GaussianBlur(2.2))
    return ImageChops.multiply(img, stain)


def scan_finish(img, seed: int, skew: float, dust: int = 250):
    import random

    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    dr = ImageDraw.Draw(img)
    for _ in range(dust):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        r = rnd.choice((0, 1, 1, 2))
        dr.ellipse((x, y, x + r, y + r), fill=rnd.randrange(40, 140))
    return img


@case
def scan_mjolby_kaffe():
    src_dir = OUT / "prose-mjolby"
    (src,) = src_dir.glob("*.pdf")
    d = fresh("scan-mjolby-kaffe")
    name = "Mjölby yttrande inskannat.pdf"
    dpi = 200
    p1, p2 = render_gray(src, dpi)
    p1 = coffee_ring(p1, (int(p1.width * 0.66), int(p1.height * 0.63)), dpi * 1.45, seed=71)
    pages = [scan_finish(p1, 1, 0.35), scan_finish(p2, 2, -0.25), scan_finish(p2, 3, 0.6)]
    images_pdf(d / name, pages, dpi, 38)
    # the duplicate page's amounts: optional (a reader that drops the duplicate is right too)
    texts = page_texts(src)
    (g,) = json.loads((src_dir / "gold.json").read_text(encoding="utf-8"))["files"].values()
    dup = [v for v in g["money"] for _ in range(texts[1].count(genre_kit.squash(Ledger7().fmt(D(v), "tusen"))))]
    assert dup, "page 2 holds amounts"
    copy_gold7(
        "prose-mjolby",
        d,
        name,
        "prose-mjolby printed and scanned at 200 dpi greyscale (JPEG) with a COFFEE RING (dark rim, faint inside, "
        "splash drops) over the lower half of page 1, and page 2 fed through the scanner TWICE: the scan has pages "
        "1, 2, 2 (page_count 3). page_start as in the original (first occurrence); the duplicate page's amounts "
        "are in money_optional.",
        {1: 1, 2: 2},
        page_count=3,
        money_optional=dup,
    )


# ------------------------------------------------------------------------------------------
# 11. scan-skovde-omvand: prose-skovde scanned at 150 dpi greyscale with the stack fed in REVERSE
#     order (the scan's page 1 is the letter's last page), a dirty scanner glass that draws a
#     dark vertical streak down every page, and yellowed paper (a grey cast, lower contrast).


def glass_streak(img, x_frac: float, seed: int):
    import random

    from PIL import ImageDraw

    rnd = random.Random(seed)
    dr = ImageDraw.Draw(img)
    x = int(img.width * x_frac)
    for y in range(0, img.height, 3):
        jitter = rnd.choice((0, 0, 0, 1, -1))
        dr.line([(x + jitter, y), (x + jitter, y + 3)], fill=rnd.randrange(30, 90), width=2)
    # a fainter, wider shadow beside it
    dr.line([(x + 5, 0), (x + 5, img.height)], fill=205, width=4)
    return img


@case
def scan_skovde_omvand():
    src_dir = OUT / "prose-skovde"
    (src,) = src_dir.glob("*.pdf")
    d = fresh("scan-skovde-omvand")
    name = "Skannat dokument 2025-02-18 0932.pdf"
    dpi = 150
    imgs = render_gray(src, dpi)
    out = []
    for k, img in enumerate(reversed(imgs)):
        img = img.point(lambda p: int(48 + p * 0.78))  # yellowed paper: no white, no black
        img = glass_streak(img, 0.57, seed=11 + k)
        out.append(scan_finish(img, 20 + k, (-0.45, 0.3)[k], dust=180))
    images_pdf(d / name, out, dpi, 45)
    n = len(imgs)
    copy_gold7(
        "prose-skovde",
        d,
        name,
        "prose-skovde scanned at 150 dpi greyscale with the stack fed in REVERSE order (the scan's page 1 is the "
        "letter's last page, with the attachment list and signatures; the letter's first page is page 2), a dirty "
        "scanner glass drawing a dark vertical streak down every page through the text, and yellowed paper (grey "
        "cast, low contrast). Gold as prose-skovde with pages mapped to the scan; the file name is the scanner's.",
        {i + 1: n - i for i in range(n)},
    )


# ------------------------------------------------------------------------------------------
# 12. invoices-mellaneuropa: five suppliers in layouts none of the corpora has, to five of this
#     corpus' municipalities: (1) a Czech "Faktura – daňový doklad" (CZK, DPH 21 %, IČO/DIČ,
#     variabilní symbol, DUZP beside the issue date), (2) a Lithuanian "PVM SĄSKAITA FAKTŪRA"
#     (EUR, PVM 21 %, "Serija SKV Nr. 00842"), (3) a Portuguese "FATURA" (EUR, IVA 23 % + 13 %,
#     NIF, ATCUD, a QR code, "Processado por programa certificado"), (4) an Austrian "Rechnung"
#     (EUR, USt 20 % + 10 %, UID ATU…, Firmenbuch), (5) a Swiss "Rechnung" in CHF (MwSt 8,1 % +
#     3,8 %, "1'234.50", a QR-bill payment part with "Empfangsschein" / "Zahlteil").


def grp(v: Decimal, th: str, dec: str) -> str:
    return group(v, th, "always", dec)


def qr_square(c, x: float, y: float, size: float, seed: int) -> None:
    """A QR-like square (finder patterns and seeded modules): not decodable, drawn as printed."""
    import random

    rnd = random.Random(seed)
    n = 29
    s = size / n
    c.saveState()
    c.setFillColor(colors.black)
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ring = min(i % (n - 7) if i >= n - 7 else i, 6 - (i % (n - 7) if i >= n - 7 else i))
                cj = min(j % (n - 7) if j >= n - 7 else j, 6 - (j % (n - 7) if j >= n - 7 else j))
                on = min(ring, cj) != 1
            else:
                on = rnd.random() < 0.5
            if on:
                c.rect(x + j * s, y + (n - 1 - i) * s, s, s, fill=1, stroke=0)
    c.restoreState()


def czech_bill() -> Bill4:
    return Bill4(
        "2023110457",
        "2023-11-14",
        "2023-11-28",
        "Pražské mládežnické centrum s.r.o.",
        "CZK",
        "cs",
        [
            ("Průvodcovské služby – program pro mládež, 3 dny", "3", "den", "6800.00", "21"),
            ("Pronájem sálu včetně techniky", "2", "den", "4500.00", "21"),
            ("Workshop „Aktivní občanství“ (lektor)", "6", "hod", "1250.00", "21"),
            ("Doprava po Praze – mikrobus", "1", "ks", "5900.00", "21"),
        ],
    )


def draw_czech(path: Path, b: Bill4) -> None:
    from genre2 import _grid
    from genre4 import register_dejavu
    from reportlab.pdfgen.canvas import Canvas

    register_dejavu()
    per_rate, vat, net, total = b.amounts()
    f = "DejaVuSans"
    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(f + "-Bold", 15)
    c.drawString(2 * cm, h - 2 * cm, "Faktura – daňový doklad")
    c.setFont(f, 10)
    c.drawRightString(w - 2 * cm, h - 2 * cm, f"číslo {b.number}")
    sup = ["Dodavatel:", b.supplier, "Vinohradská 1128/42", "120 00 Praha 2", "IČO: 27415682", "DIČ: CZ27415682"]
    buy = [
        "Odběratel:",
        "Uppsala kommun",
        "Kommunledningskontoret – International Office",
        "753 75 Uppsala, Švédsko",
        "DIČ: SE212000301901",
    ]
    for x, lines in ((2 * cm, sup), (11 * cm, buy)):
        c.rect(x, h - 6.2 * cm, 8.2 * cm if x > 3 * cm else 8.6 * cm, 3.6 * cm)
        for i, ln in enumerate(lines):
            c.setFont(f + "-Bold" if i in (0, 1) else f, 9 if i else 8)
            c.drawString(x + 0.25 * cm, h - 3.1 * cm - i * 12, ln)
    meta = [
        ("Datum vystavení:", "14.11.2023"),
        ("Datum uskutečnění zdanitelného plnění:", "10.11.2023"),
        ("Datum splatnosti:", "28.11.2023"),
        ("Forma úhrady:", "převodem"),
        ("Variabilní symbol:", b.number),
        ("Konstantní symbol:", "0308"),
        ("Bankovní účet:", "2701845512/2010 (Fio banka)"),
        ("IBAN:", "CZ65 2010 0000 0027 0184 5512"),
    ]
    y = h - 6.9 * cm
    for i, (k, v) in enumerate(meta):
        c.setFont(f, 8.5)
        c.drawString(2 * cm, y - i * 11.5, k)
        c.setFont(f + "-Bold", 8.5)
        c.drawString(8.6 * cm, y - i * 11.5, v)
    y -= len(meta) * 11.5 + 16
    c.setFont(f, 8.5)
    c.drawString(2 * cm, y, "Fakturujeme Vám za služby dle objednávky č. INT-2023-17 (výměnný pobyt mládeže, Praha 8.–10. 11. 2023):")
    y -= 10
    rows = [["Označení dodávky", "Počet", "MJ", "Cena za MJ", "DPH %", "Bez DPH"]]
    for d_, q, u, p, r in b.lines:
        rows.append([d_, q, u, grp(D(p), " ", ","), r, grp(b.line_amount(q, p), " ", ",")])
    y -= _grid(c, rows, [7.6 * cm, 1.3 * cm, 1.1 * cm, 2.6 * cm, 1.4 * cm, 3 * cm], 2 * cm, y, f, 8.5, ruled=True, head_bg="#e4e4e4") + 18
    rec = [["Rekapitulace DPH v Kč", "Základ", "Sazba", "DPH", "Celkem"]]
    for r, n in per_rate.items():
        rec.append(["", grp(n, " ", ","), f"{r} %", grp(vat[r], " ", ","), grp(n + vat[r], " ", ",")])
    y -= _grid(c, rec, [5.4 * cm, 3 * cm, 1.8 * cm, 3 * cm, 3.8 * cm], 2 * cm, y, f, 8.5, ruled=True) + 22
    c.setFont(f + "-Bold", 12)
    c.drawString(9 * cm, y, "Celkem k úhradě:")
    c.drawRightString(w - 2 * cm, y, f"{grp(total, ' ', ',')} Kč")
    y -= 60
    c.setFont(f, 8)
    c.rect(12 * cm, y - 10, 7 * cm, 2.2 * cm)
    c.drawString(12.2 * cm, y + 1.8 * cm - 14, "Razítko a podpis:")
    c.drawString(2 * cm, y + 20, "Vystavil: Tereza Dvořáková, tel. +420 222 518 640")
    c.setFont(f, 7)
    c.drawString(2 * cm, 1.5 * cm, "Společnost je zapsána v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 118452.")
    c.showPage()
    c.save()


def lithuanian_bill() -> Bill4:
    return Bill4(
        "SKV 00842",
        "2023-10-05",
        "2023-10-19",
        "UAB „Jaunimo erdvės“",
        "EUR",
        "lt",
        [
            ("Apgyvendinimas jaunimo nakvynės namuose", "36", "nakt.", "24.00", "21"),
            ("Maitinimas (pusryčiai ir vakarienė)", "36", "vnt.", "17.50", "21"),
            ("Edukacinė programa „Gatvės menas“", "1", "kompl.", "640.00", "21"),
        ],
    )


def draw_lithuanian(path: Path, b: Bill4) -> None:
    from genre2 import _grid
    from genre4 import register_dejavu
    from reportlab.pdfgen.canvas import Canvas

    register_dejavu()
    per_rate, vat, net, total = b.amounts()
    f = "DejaVuSerif"
    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(f + "-Bold", 16)
    c.drawCentredString(w / 2, h - 2.2 * cm, "PVM SĄSKAITA FAKTŪRA")
    c.setFont(f, 10.5)
    c.drawCentredString(w / 2, h - 2.85 * cm, "Serija SKV Nr. 00842")
    c.drawCentredString(w / 2, h - 3.35 * cm, "Išrašymo data: 2023-10-05")
    left = [
        "Pardavėjas",
        b.supplier,
        "Įmonės kodas 304518762",
        "PVM mokėtojo kodas LT100004562817",
        "Savanorių pr. 176, LT-03154 Vilnius",
        "A. s. LT12 7300 0101 4478 2210",
        "AB „Swedbank“, SWIFT HABALT22",
    ]
    right = [
        "Pirkėjas",
        "Skövde kommun",
        "Socialnämnden",
        "541 83 Skövde, Švedija",
        "PVM mokėtojo kodas SE212000178601",
        "Užsakymo Nr. SN-2023-441",
    ]
    for x, lines in ((2 * cm, left), (11.2 * cm, right)):
        for i, ln in enumerate(lines):
            c.setFont(f + "-Bold" if i < 2 else f, 9)
            c.drawString(x, h - 4.5 * cm - i * 12, ln)
    y = h - 8.2 * cm
    rows = [["Eil. Nr.", "Pavadinimas", "Mato vnt.", "Kiekis", "Kaina, EUR", "Suma, EUR"]]
    for i, (d_, q, u, p, _r) in enumerate(b.lines, 1):
        rows.append([str(i), d_, u, q, grp(D(p), " ", ","), grp(b.line_amount(q, p), " ", ",")])
    y -= _grid(c, rows, [1.3 * cm, 7.4 * cm, 1.8 * cm, 1.5 * cm, 2.3 * cm, 2.7 * cm], 2 * cm, y, f, 8.5, ruled=True, right_from=2) + 16
    (r,) = per_rate
    summ = [("Suma be PVM", net), (f"PVM {r} %", vat[r]), ("Iš viso su PVM", total)]
    for i, (k, v) in enumerate(summ):
        c.setFont(f + "-Bold" if i == 2 else f, 10)
        c.drawString(11.5 * cm, y - i * 15, k)
        c.drawRightString(w - 2 * cm, y - i * 15, f"{grp(v, ' ', ',')} EUR")
    y -= 70
    c.setFont(f, 9)
    c.drawString(2 * cm, y, "Apmokėti iki: 2023-10-19")
    c.drawString(2 * cm, y - 14, "Paslaugų suteikimo laikotarpis: 2023-09-27 – 2023-09-30")
    c.drawString(2 * cm, y - 50, "Sąskaitą išrašė: direktorė Rūta Kazlauskienė  ________________")
    c.drawString(2 * cm, y - 72, "Sąskaitą priėmė:  ________________")
    c.showPage()
    c.save()


def portuguese_bill() -> Bill4:
    return Bill4(
        "FT 2023A/187",
        "2023-09-22",
        "2023-10-22",
        "Casa da Juventude do Porto, Lda.",
        "EUR",
        "pt",
        [
            ("Alojamento em quarto partilhado", "40", "noite", "31.00", "6"),
            ("Refeições de grupo (almoço)", "40", "un.", "12.50", "13"),
            ("Oficina de fotografia urbana", "2", "sessão", "380.00", "23"),
            ("Aluguer de sala de reuniões", "2", "dia", "150.00", "23"),
        ],
    )


def draw_portuguese(path: Path, b: Bill4) -> None:
    from genre2 import _grid
    from genre4 import register_dejavu
    from reportlab.pdfgen.canvas import Canvas

    register_dejavu()
    per_rate, vat, net, total = b.amounts()
    f = "DejaVuSans"
    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFillColor(colors.HexColor("#006a4e"))
    c.rect(2 * cm, h - 2.6 * cm, 0.35 * cm, 1.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont(f + "-Bold", 12)
    c.drawString(2.7 * cm, h - 1.8 * cm, b.supplier)
    c.setFont(f, 8)
    for i, ln in enumerate(
        [
            "Rua de Cedofeita 214, 4050-174 Porto",
            "NIF 509 812 374 · Capital social 25.000,00 €",
            "Tel. +351 222 084 310 · geral@casajuventude.pt",
        ]
    ):
        c.drawString(2.7 * cm, h - 2.2 * cm - i * 10, ln)
    c.setFont(f + "-Bold", 18)
    c.drawRightString(w - 2 * cm, h - 1.9 * cm, "FATURA")
    c.setFont(f, 9)
    c.drawRightString(w - 2 * cm, h - 2.5 * cm, "Original")
    meta = [
        ("Fatura n.º", b.number),
        ("ATCUD", "JJK7M3P2-187"),
        ("Data de emissão", "22/09/2023"),
        ("Data de vencimento", "22/10/2023"),
        ("Condições de pagamento", "30 dias"),
    ]
    y = h - 3.9 * cm
    for i, (k, v) in enumerate(meta):
        c.setFont(f, 8.5)
        c.drawString(2 * cm, y - i * 12, k)
        c.setFont(f + "-Bold", 8.5)
        c.drawString(6 * cm, y - i * 12, v)
    c.setFont(f + "-Bold", 9)
    c.drawString(11.5 * cm, y, "Exmo.(s) Sr.(s)")
    c.setFont(f, 9)
    for i, ln in enumerate(["Sollentuna kommun", "Socialkontoret", "191 86 Sollentuna", "Suécia", "NIF/VAT: SE212000015501"]):
        c.drawString(11.5 * cm, y - 12 - i * 11, ln)
    y -= 86
    rows = [["Descrição", "Qtd.", "Un.", "Preço unit.", "IVA", "Total s/ IVA"]]
    for d_, q, u, p, r in b.lines:
        rows.append([d_, q, u, grp(D(p), ".", ","), f"{r}%", grp(b.line_amount(q, p), ".", ",")])
    y -= _grid(c, rows, [6.8 * cm, 1.3 * cm, 1.5 * cm, 2.4 * cm, 1.4 * cm, 3.6 * cm], 2 * cm, y, f, 8.5, head_bg="#d9ead3") + 16
    vt = [["Taxa", "Incidência", "Valor IVA"]]
    for r, n in sorted(per_rate.items()):
        vt.append([f"IVA {r}%", grp(n, ".", ",") + " €", grp(vat[r], ".", ",") + " €"])
    _grid(c, vt, [2.2 * cm, 3 * cm, 2.6 * cm], 2 * cm, y, f, 8.5, ruled=True)
    summ = [("Total ilíquido", net), ("Total IVA", sum(vat.values(), Decimal(0))), ("Total a pagar", total)]
    for i, (k, v) in enumerate(summ):
        c.setFont(f + "-Bold" if i == 2 else f, 10)
        c.drawString(12 * cm, y - 10 - i * 15, k)
        c.drawRightString(w - 2 * cm, y - 10 - i * 15, grp(v, ".", ",") + " €")
    y -= 110
    qr_square(c, 2 * cm, y - 3 * cm, 3 * cm, seed=187)
    c.setFont(f, 8)
    c.drawString(5.6 * cm, y - 0.4 * cm, "Pagamento por transferência bancária:")
    c.drawString(5.6 * cm, y - 0.8 * cm, "IBAN PT50 0035 0651 0001 2845 1003 2 · BIC CGDIPTPL")
    c.drawString(5.6 * cm, y - 1.2 * cm, "Referência a indicar: FT 2023A/187")
    c.setFont(f, 7)
    c.drawString(2 * cm, 1.6 * cm, "Os bens/serviços foram colocados à disposição do adquirente em 18/09/2023 a 21/09/2023.")
    c.drawString(2 * cm, 1.25 * cm, "JK3M-Processado por programa certificado n.º 2417/AT")
    c.showPage()
    c.save()


def austrian_bill() -> Bill4:
    return Bill4(
        "R-2023-0318",
        "2023-10-03",
        "2023-10-17",
        "Alpenjugend Seminarhaus GmbH",
        "EUR",
        "de",
        [
            ("Nächtigung im Mehrbettzimmer", "30", "Nacht", "39.00", "10"),
            ("Vollpension", "30", "Tag", "28.00", "10"),
            ("Seminarraum mit Beamer", "3", "Tag", "180.00", "20"),
            ("Outdoor-Programm Klettersteig inkl. Guide", "1", "Pausch.", "860.00", "20"),
        ],
    )


def draw_austrian(path: Path, b: Bill4) -> None:
    from genre2 import _grid
    from reportlab.pdfgen.canvas import Canvas

    per_rate, vat, net, total = b.amounts()
    f = "Helvetica"
    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(w - 2 * cm, h - 1.8 * cm, "ALPENJUGEND")
    c.setFont(f, 8)
    c.drawRightString(w - 2 * cm, h - 2.2 * cm, "Seminarhaus · Gschnitz 41 · 6150 Steinach am Brenner · Tirol")
    c.setFont(f, 6.5)
    c.drawString(2 * cm, h - 4.2 * cm, "Alpenjugend Seminarhaus GmbH · Gschnitz 41 · 6150 Steinach am Brenner")
    c.line(2 * cm, h - 4.3 * cm, 10 * cm, h - 4.3 * cm)
    c.setFont(f, 10)
    for i, ln in enumerate(["Tyresö kommun", "Barn- och utbildningsförvaltningen", "Marknadsvägen 1", "135 81 Tyresö", "SCHWEDEN"]):
        c.drawString(2 * cm, h - 4.8 * cm - i * 12.5, ln)
    meta = [
        ("Rechnungsnummer", b.number),
        ("Rechnungsdatum", "03.10.2023"),
        ("Leistungszeitraum", "25.09.–28.09.2023"),
        ("Kundennummer", "40117"),
        ("Ihre UID", "SE212000014301"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont(f, 8.5)
        c.drawString(12 * cm, h - 4.8 * cm - i * 12, k)
        c.drawRightString(w - 2 * cm, h - 4.8 * cm - i * 12, v)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(2 * cm, h - 8.4 * cm, f"Rechnung Nr. {b.number}")
    c.setFont(f, 9.5)
    c.drawString(
        2 * cm, h - 9.1 * cm, "Sehr geehrte Damen und Herren, für Ihren Aufenthalt mit der Jugendgruppe erlauben wir uns zu verrechnen:"
    )
    rows = [["Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "USt.", "Gesamt netto"]]
    for i, (d_, q, u, p, r) in enumerate(b.lines, 1):
        rows.append([str(i), d_, q, u, grp(D(p), ".", ","), f"{r} %", grp(b.line_amount(q, p), ".", ",")])
    y = h - 9.6 * cm
    y -= _grid(c, rows, [1 * cm, 6.2 * cm, 1.4 * cm, 1.6 * cm, 2.2 * cm, 1.3 * cm, 2.8 * cm], 2 * cm, y, f, 8.5, right_from=2) + 14
    c.line(2 * cm, y + 8, w - 2 * cm, y + 8)
    summ = [("Summe netto", net)]
    for r, n in sorted(per_rate.items()):
        summ.append((f"zzgl. {r} % USt. von {grp(n, '.', ',')}", vat[r]))
    summ.append(("Rechnungsbetrag brutto", total))
    for i, (k, v) in enumerate(summ):
        c.setFont("Helvetica-Bold" if i == len(summ) - 1 else f, 9.5)
        c.drawString(10 * cm, y - i * 14, k)
        c.drawRightString(w - 2 * cm, y - i * 14, "EUR " + grp(v, ".", ","))
    y -= len(summ) * 14 + 24
    c.setFont(f, 9)
    c.drawString(2 * cm, y, "Zahlbar innerhalb von 14 Tagen ohne Abzug bis 17.10.2023.")
    c.drawString(2 * cm, y - 13, "Mit freundlichen Grüßen, Andreas Pichler")
    c.setFont(f, 7)
    foot = [
        "Alpenjugend Seminarhaus GmbH · Sitz: Steinach am Brenner · FN 412877 k · Firmenbuchgericht Innsbruck",
        "UID: ATU68251437 · Raiffeisen Regionalbank Matrei · IBAN AT48 3626 3000 0041 2877 · BIC RZTIAT22263",
    ]
    for i, ln in enumerate(foot):
        c.drawCentredString(w / 2, 1.6 * cm - i * 9, ln)
    c.showPage()
    c.save()


def swiss_bill() -> Bill4:
    return Bill4(
        "2024-5521",
        "2024-01-22",
        "2024-02-21",
        "Jugendbildungszentrum Zürichsee AG",
        "CHF",
        "de",
        [
            ("Übernachtung mit Frühstück", "24", "Nacht", "68.50", "3.8"),
            ("Kursleitung Medienwerkstatt", "2", "Tag", "920.00", "8.1"),
            ("Raummiete Atelier", "2", "Tag", "240.00", "8.1"),
            ("Abendessen Gruppe", "24", "Pers.", "26.00", "8.1"),
        ],
    )


def draw_swiss(path: Path, b: Bill4) -> None:
    from genre2 import _grid
    from reportlab.pdfgen.canvas import Canvas

    per_rate, vat, net, total = b.amounts()
    f = "Helvetica"
    w, h = A4

    def ch(v):
        return grp(v, "'", ".")

    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(2 * cm, h - 1.8 * cm, b.supplier)
    c.setFont(f, 8)
    c.drawString(2 * cm, h - 2.2 * cm, "Seestrasse 112 · 8820 Wädenswil · www.jbz-zuerichsee.ch · CHE-114.382.906 MWST")
    c.setFont(f, 10)
    for i, ln in enumerate(["Nacka kommun", "Kultur- och fritidsenheten", "Granitvägen 15", "131 81 Nacka", "Schweden"]):
        c.drawString(12 * cm, h - 3.6 * cm - i * 12.5, ln)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(2 * cm, h - 6.4 * cm, "Rechnung")
    meta = [("Rechnungsnummer", b.number), ("Datum", "22.01.2024"), ("Leistungsdatum", "15.01.–17.01.2024"), ("Zahlbar bis", "21.02.2024")]
    for i, (k, v) in enumerate(meta):
        c.setFont(f, 8.5)
        c.drawString(2 * cm, h - 7 * cm - i * 11.5, k)
        c.drawString(5.5 * cm, h - 7 * cm - i * 11.5, v)
    rows = [["Beschreibung", "Anzahl", "Einheit", "Preis CHF", "MWST", "Betrag CHF"]]
    for d_, q, u, p, r in b.lines:
        rows.append([d_, q, u, ch(D(p)), f"{r.replace('.', ',')} %", ch(b.line_amount(q, p))])
    y = h - 8.9 * cm
    y -= _grid(c, rows, [6.6 * cm, 1.5 * cm, 1.6 * cm, 2.4 * cm, 1.6 * cm, 3.3 * cm], 2 * cm, y, f, 8.5, head_bg="#eeeeee") + 14
    summ = [("Total exkl. MWST", net)]
    for r, n in sorted(per_rate.items()):
        summ.append((f"MWST {str(r).replace('.', ',')} % auf {ch(n)}", vat[r]))
    summ.append(("Total inkl. MWST", total))
    for i, (k, v) in enumerate(summ):
        c.setFont("Helvetica-Bold" if i == len(summ) - 1 else f, 9.5)
        c.drawString(10 * cm, y - i * 14, k)
        c.drawRightString(w - 2 * cm, y - i * 14, "CHF " + ch(v))
    # the QR-bill: receipt (left, 62 mm) and payment part, 105 mm high, below a perforation line
    top = 10.5 * cm
    c.setDash(2, 2)
    c.line(0, top, w, top)
    c.line(6.2 * cm, 0, 6.2 * cm, top)
    c.setDash()
    amount = group(total, " ", "always", ".")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(0.5 * cm, top - 1 * cm, "Empfangsschein")
    c.drawString(6.7 * cm, top - 1 * cm, "Zahlteil")
    lines_r = [
        ("Konto / Zahlbar an", ["CH44 3199 9123 0008 8901 2", b.supplier, "Seestrasse 112", "8820 Wädenswil"]),
        ("Referenz", ["21 00000 00003 13947 14300 09017"]),
        ("Zahlbar durch", ["Nacka kommun", "Granitvägen 15", "131 81 Nacka SE"]),
    ]
    y = top - 1.7 * cm
    for head, vals in lines_r:
        c.setFont("Helvetica-Bold", 6)
        c.drawString(0.5 * cm, y, head)
        y -= 9
        c.setFont(f, 8)
        for v in vals:
            c.drawString(0.5 * cm, y, v)
            y -= 9
        y -= 5
    c.setFont("Helvetica-Bold", 6)
    c.drawString(0.5 * cm, 3.3 * cm, "Währung")
    c.drawString(2 * cm, 3.3 * cm, "Betrag")
    c.setFont(f, 8)
    c.drawString(0.5 * cm, 2.9 * cm, "CHF")
    c.drawString(2 * cm, 2.9 * cm, amount)
    qr_square(c, 6.7 * cm, top - 6.8 * cm, 4.6 * cm, seed=5521)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(6.7 * cm, 3.3 * cm, "Währung")
    c.drawString(8.4 * cm, 3.3 * cm, "Betrag")
    c.setFont(f, 10)
    c.drawString(6.7 * cm, 2.8 * cm, "CHF")
    c.drawString(8.4 * cm, 2.8 * cm, amount)
    y = top - 1 * cm
    for head, vals in lines_r + [("Zusätzliche Informationen", [f"Rechnung {b.number}"])]:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(11.8 * cm, y, head)
        y -= 11
        c.setFont(f, 10)
        for v in vals:
            c.drawString(11.8 * cm, y, v)
            y -= 11
        y -= 6
    c.showPage()
    c.save()


@case
def invoices_mellaneuropa():
    d = fresh("invoices-mellaneuropa")
    bills = [
        ("Faktura 2023110457 Praha.pdf", czech_bill(), draw_czech, {"buyer": "Uppsala kommun", "due_date": "2023-11-28"}),
        ("PVM saskaita SKV 00842.pdf", lithuanian_bill(), draw_lithuanian, {"buyer": "Skövde kommun"}),
        ("Fatura FT 2023A-187 Porto.pdf", portuguese_bill(), draw_portuguese, {"buyer": "Sollentuna kommun"}),
        ("Rechnung R-2023-0318 Alpenjugend.pdf", austrian_bill(), draw_austrian, {"buyer": "Tyresö kommun"}),
        ("Rechnung 2024-5521 JBZ Zürichsee.pdf", swiss_bill(), draw_swiss, {"buyer": "Nacka kommun"}),
    ]
    files = {}
    for name, b, draw, extra in bills:
        draw(d / name, b)
        g = b.gold()
        g.update(extra)
        texts = page_texts(d / name)
        assert len(texts) == 1
        for key in ("total", "net"):  # these figures of the gold are printed on the page (in its own format)
            v = D(g[key])
            assert any(
                genre_kit.squash(group(v, th, "always", dc)) in texts[0] for th, dc in ((" ", ","), (".", ","), ("'", "."), (" ", "."))
            ), (name, key, v)
        files[name] = g
    files["PVM saskaita SKV 00842.pdf"]["note"] = "invoice_number is the series and the number as printed ('Serija SKV Nr. 00842')"
    sw = files["Rechnung 2024-5521 JBZ Zürichsee.pdf"]
    sw["note"] = (
        f"MWST 8,1 % and 3,8 % (the rates from 2024); the QR-bill repeats the total as '{group(D(sw['total']), ' ', 'always', '.')}'"
    )
    write_gold(
        d,
        files,
        "Five suppliers in new layouts, each to one of this corpus' municipalities: (1) a Czech 'Faktura – daňový "
        "doklad' (CZK, DPH 21 %, IČO/DIČ, variabilní and konstantní symbol, DUZP 10.11.2023 beside the issue date "
        "14.11.2023 — invoice_date is the issue date, 'Rekapitulace DPH', 'Celkem k úhradě … Kč'); (2) a Lithuanian "
        "'PVM SĄSKAITA FAKTŪRA' (EUR, PVM 21 %, 'Serija SKV Nr. 00842' — invoice_number 'SKV 00842', įmonės and PVM "
        "mokėtojo kodas, 'Iš viso su PVM'); (3) a Portuguese 'FATURA' (EUR, IVA 6 % + 13 % + 23 %, NIF, ATCUD, a QR "
        "code, 'Total a pagar', '1.234,56 €', 'Processado por programa certificado'); (4) an Austrian 'Rechnung' "
        "(EUR, USt 10 % + 20 % 'zzgl. … USt. von …', UID ATU…, FN … Firmenbuchgericht, a window-envelope sender "
        "line); (5) a Swiss 'Rechnung' in CHF (MWST 3,8 % + 8,1 %, \"1'234.50\", CHE-… MWST, and a QR-bill payment "
        "part 'Empfangsschein' / 'Zahlteil' repeating the amount as '1 234.50'). Extra key `buyer` (the addressed "
        "municipality).",
    )


# ------------------------------------------------------------------------------------------
# 13. Vimmerby: a bound report. Page 1 is a COVER PAGE, page 2 a table of
#     contents with dot leaders whose top level is "Del 1" … "Del 3" (parts, not activities) and
#     whose second level lists the activities ("Aktivitet 4 – Title") with their pages. Each
#     activity starts on a new page. Activity 6 is backed by two invoices supplied in bilagor/
#     and listed as "Bilaga 6a/6b"; their nets add up to the claim.

VIMMERBY_ACTS = [
    Act("4", "Fritidsbanken i Vimmerby", D(38000), "disputes", ["purpose_mismatch"], ["4a"], needle="Aktivitet 4 – Fritidsbanken"),
    Act(
        "6",
        "Lovresor för unga till Kalmar",
        D(22910),
        "accepts_partial",
        ["excessive_cost"],
        ["6a", "6b"],
        repay=D(6900),
        needle="Aktivitet 6 – Lovresor",
    ),
    Act("7", "Familjedagar i Nosskvarn", D(14450), "accepts_full", ["unverifiable_costs"], needle="Aktivitet 7 – Familjedagar"),
    Act("9", "Kvällsöppen idrottshall Vimmerby", D(59300), "disputes", ["ordinary_operations"], ["9a"], needle="Aktivitet 9 – Kvällsöppen"),
]
VIMMERBY_TOC = (
    [("Del 1", "Sammanfattning"), ("Del 2", "Kommunens synpunkter per aktivitet")]
    + [(a.no, a.title) for a in VIMMERBY_ACTS]
    + [("Del 3", "Bilageförteckning")]
)


def vimmerby_invoices() -> list:
    from genre_kit import Inv

    buyer = ["Vimmerby kommun", "Socialförvaltningen", "598 81 Vimmerby"]
    return [
        Inv(
            "88412",
            "2023-07-03",
            "2023-08-02",
            "Kalmar Läns Buss AB",
            ["Verkstadsgatan 7, 392 39 Kalmar", "Org.nr 556433-1872", "Momsreg.nr SE556433187201"],
            buyer,
            [
                ("Beställningstrafik Vimmerby–Kalmar t/r, 2023-06-28", "1", "st", "9800.00", "6"),
                ("Väntetid chaufför", "3", "tim", "450.00", "6"),
            ],
            org_no="556433-1872",
            layout="footer",
            pay=[("Bankgiro", "5561-2208"), ("OCR", "884120365")],
            ref="Lotta Wiik",
        ),
        Inv(
            "2023-1194",
            "2023-07-10",
            "2023-08-09",
            "Äventyrsbadet Kalmar Sund AB",
            ["Stensövägen 2, 392 47 Kalmar", "Org.nr 559023-4418"],
            buyer,
            [("Gruppentré ungdom", "42", "st", "185.00", "6"), ("Lunchbuffé grupp", "42", "st", "95.00", "12")],
            org_no="559023-4418",
            layout="band",
            pay=[("Bankgiro", "5790-1143")],
            ref="Lovresor 2023",
        ),
    ]


def vimmerby_blocks(pages: dict) -> list:
    from genre2 import leaders

    st_toc = ParagraphStyle("vt", fontName="Helvetica", fontSize=10.5, leading=17)
    st_toc2 = ParagraphStyle("vt2", parent=st_toc, leftIndent=0.9 * cm)
    cover = [
        ("space", 140),
        ("rich", "h1", '<font size="26">Vimmerby kommun</font>'),
        ("space", 20),
        (
            "rich",
            "h2",
            '<font size="17">Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag till kommuner med socioekonomiskt eftersatta områden</font>',  # noqa: E501 (one string as printed)
        ),
        ("space", 30),
        ("p", "Socialnämnden\n2025-02-25\nDnr SN 2025/031\nSocialstyrelsens dnr 9.1-60855/2024"),
        ("break",),
        ("h2", "Innehåll"),
    ]
    toc = []
    for no, title in VIMMERBY_TOC:
        text = f"{no} {title}" if no.startswith("Del") else f"Aktivitet {no} – {title}"
        width = 15.2 if no.startswith("Del") else 14.3
        toc.append(
            (
                "lazy",
                lambda t=leaders(text, str(pages.get(no, 0)), width, "Helvetica", 10.5), s=(st_toc if no.startswith("Del") else st_toc2): (
                    Paragraph(t, s)
                ),
            )
        )
    _acts = {a.no: a for a in VIMMERBY_ACTS}
    k = "kronor"
    body = [
        ("break",),
        ("h1", "Del 1 Sammanfattning"),
        (
            "p",
            "Socialstyrelsen återkräver " + m(134660, k) + " av det statsbidrag som Vimmerby kommun fick för 2021–2023. "
            "Kommunen medger återkravet för aktivitet 7 och för en del av aktivitet 6, sammanlagt " + m(21350, k) + ", "
            "och bestrider återkraven för aktiviteterna 4 och 9.",
        ),
        ("h1", "Del 2 Kommunens synpunkter per aktivitet"),
        ("h2", "Aktivitet 4 – Fritidsbanken i Vimmerby"),
        ("p", "Återkrävt belopp: " + m(38000, k)),
        (
            "p",
            "Socialstyrelsen anser att Fritidsbanken, som lånar ut sport- och fritidsutrustning gratis till alla "
            "invånare, inte riktar sig till det utpekade området och därför inte ligger i linje med bidragets syfte. "
            "Fritidsbanken öppnade 2022 i Södra Ängsgatan, mitt i området, och 80 procent av lånen gjordes av barn "
            "och unga som bor där (bilaga 4a). Kommunen bestrider återkravet.",
        ),
        ("break",),
        ("h2", "Aktivitet 6 – Lovresor för unga till Kalmar"),
        ("p", "Återkrävt belopp: " + m(22910, k)),
        (
            "p",
            "Socialstyrelsen bedömer att kostnaden för resorna är oskäligt hög. Resorna består av bussresa (bilaga "
            "6a, faktura 88412) och entré och lunch på äventyrsbadet (bilaga 6b, faktura 2023-1194). Kommunen medger "
            "att lunchen, " + m(3990, k) + ", och chaufförens väntetid, " + m(1350, k) + ", hade kunnat ordnas "
            "billigare, och godtar ett återkrav om " + m(6900, k) + ", som även täcker en del av entréavgifterna. "
            "I övrigt bestrider kommunen återkravet.",
        ),
        ("h2", "Aktivitet 7 – Familjedagar i Nosskvarn"),
        ("p", "Återkrävt belopp: " + m(14450, k)),
        (
            "p",
            "Socialstyrelsen har inte kunnat kontrollera kostnaderna för familjedagarna. Underlagen har inte gått att "
            "hitta i arkivet. Kommunen medger återkravet.",
        ),
        ("break",),
        ("h2", "Aktivitet 9 – Kvällsöppen idrottshall Vimmerby"),
        ("p", "Återkrävt belopp: " + m(59300, k)),
        (
            "p",
            "Socialstyrelsen anser att kvällsöppet i idrottshallen är kommunens ordinarie verksamhet. Hallen var före "
            "2022 stängd efter kl. 18 på vardagar; kvällsöppet med fritidsledare infördes med bidraget (bilaga 9a). "
            "Kommunen bestrider återkravet.",
        ),
        ("h1", "Del 3 Bilageförteckning"),
        (
            "p",
            "Bilaga 4a Utlåningsstatistik Fritidsbanken 2022–2023\nBilaga 6a Faktura 88412, Kalmar Läns Buss AB\n"
            "Bilaga 6b Faktura 2023-1194, Äventyrsbadet Kalmar Sund AB\nBilaga 9a Beslut om kvällsöppet, "
            "fritidsnämnden 2021-11-16",
        ),
        ("space", 10),
        signature_row([["Birgitta Lundh (S)", "Ordförande, socialnämnden"], ["Jonas Edvinsson", "Socialchef"]], width_cm=7),
    ]
    return cover + toc + body


@case
def prose_vimmerby():
    from genre_kit import invoice_pdf

    d = fresh("prose-vimmerby")
    name = "Vimmerby SN 2025-031 yttrande.pdf"
    invs = vimmerby_invoices()
    inv_names = ["Faktura 88412 Kalmar Läns Buss.pdf", "Faktura 2023-1194 Äventyrsbadet.pdf"]
    for inv, fn in zip(invs, inv_names, strict=False):
        invoice_pdf(d / "bilagor" / fn, [inv])
    # the claim for activity 6 is the two invoices' nets
    assert sum((i.amounts()[2] for i in invs), Decimal(0)) == VIMMERBY_ACTS[1].claimed
    page = Page(footer="Vimmerby kommun · {page}", size_pt=10.5)
    pages: dict = {}
    for _ in range(2):  # render, read the pages back, render with the contents' page numbers
        L = Ledger7()
        render_pdf(d / name, vimmerby_blocks(pages), L, page)
        texts = page_texts(d / name)
        found = {}
        for no, title in VIMMERBY_TOC:
            head = f"{no} {title}" if no.startswith("Del") else f"Aktivitet {no} – {title}"
            found[no] = page_of(texts, head, 3)
        if found == pages:
            break
        pages = found
    assert found == pages
    toc = [{"number": no, "title": title, "amount_sek": None, "page": pages[no]} for no, title in VIMMERBY_TOC]
    acts = VIMMERBY_ACTS
    g = finish(
        d,
        name,
        "Vimmerby kommun",
        "2025-02-25",
        acts,
        L,
        [
            {"attachment_id": "4a", "activity_no": "4", "invoice_number": None},
            {"attachment_id": "6a", "activity_no": "6", "invoice_number": "88412"},
            {"attachment_id": "6b", "activity_no": "6", "invoice_number": "2023-1194"},
            {"attachment_id": "9a", "activity_no": "9", "invoice_number": None},
        ],
        [{"name": "Birgitta Lundh", "role": "ordförande", "party": "S"}, {"name": "Jonas Edvinsson", "role": "socialchef"}],
        "A bound report: page 1 a COVER PAGE, page 2 a table of contents with dot leaders whose "
        "top level is 'Del 1' … 'Del 3' (parts: toc entries with number 'Del N', not activities) and whose second "
        "level lists 'Aktivitet 4 – Title' with pages (number '4'); no amounts in the contents. Each "
        "'Aktivitet N – Title' heading with 'Återkrävt belopp: 38 000 kronor' under it. Attachment ids '4a', "
        "'6a', '6b', '9a' carry the activity number; 6a and 6b are invoices supplied in bilagor/ whose nets "
        "(6 % and 12 % VAT) add up to activity 6's claim; 'faktura 88412' is also named in the body. Partial "
        "'godtar ett återkrav om 6 900 kronor … I övrigt bestrider'.",
        municipality="Vimmerby",
        toc_entries=toc,
        attachment_files={"6a": inv_names[0], "6b": inv_names[1]},
        activity_invoices={"6": [{"invoice_number": "88412"}, {"invoice_number": "2023-1194"}]},
    )
    # the contents on page 2 name every activity: its heading is found from page 3 on
    g["activities"] = [{**a, "page_start": pages[a["activity_no"]]} for a in g["activities"]]
    files = {name: g}
    for inv, fn in zip(invs, inv_names, strict=False):
        files[fn] = inv.gold()
    write_gold(d, files, json.loads((d / "gold.json").read_text(encoding="utf-8"))["note"])


# ==== END OF CASES ====

if __name__ == "__main__":
    main(sys.argv[1:])
