"""Eleventh genre corpus (tests/data/genre11/): responses to Socialstyrelsen's preliminary reclaim
decisions in house styles none of genre … genre10 has. Made blind: nothing here reads or runs
granttrail; the gold comes from this generator's own data, page numbers from the finished PDFs.

    /work/main/.venv/bin/python tests/gen/genre11.py [CASE ...]

All cases are drawn with reportlab (deterministic bytes); the scan is made from one of them with
PIL/numpy (deterministic too).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import Ledger2, response_gold  # noqa: E402
from genre_kit import (  # noqa: E402
    ROOT,
    Act,
    D,
    Page,
    esc,
    group,
    m,
    render_pdf,
    styles,
    write_gold,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

OUT = ROOT / "tests" / "data" / "genre11"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case = _CASES.case


class Ledger11(Ledger2):
    """genre_kit's ledger with this corpus' amount formats."""

    def fmt(self, v: Decimal, style: str) -> str:
        s = self.sep
        if style == "krkolon":  # "kr 12 500:-"
            return f"kr {group(v, s)}:-"
        if style == "tkrdec":  # "12,5 tkr" with one decimal always
            t = (v / 1000).quantize(Decimal("0.1"))
            return f"{group(t.to_integral_value(rounding='ROUND_DOWN'), s)},{str(t).split('.')[1]} tkr"
        if style == "rawdec":  # a system export: "12500,00"
            return f"{v:.2f}".replace(".", ",")
        return super().fmt(v, style)


genre_kit.Ledger = Ledger11  # render_pdf's page-counting pass makes its ledger by this name


def att_gold(items: list[tuple[str, str]]) -> list[dict]:
    return [{"attachment_id": a, "activity_no": n, "invoice_number": None} for a, n in items]


def finish(d: Path, pdf: Path, issuer: str, date: str, acts: list, lg, note: str, atts, people, quantities=(), **extra) -> dict:
    g = response_gold(pdf, issuer, date, acts, lg, **extra)
    g["attachments"] = att_gold(atts)
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = people
    if quantities:
        g["quantities"] = [{"value": v, "unit": u} for v, u in quantities]
    write_gold(d, {pdf.name: g}, note)
    return g


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    for n in names:
        CASES[n]()
        print("made", n)


# ==========================================================================================
# 1. Haninge: the response written in English (the grant coordinator's language), Swedish
#    kronor as "SEK 64 000", "Activity N – Title" headings, "appendix"/"appendices" references.


@case
def prose_haninge():
    d = _CASES.fresh("prose-haninge")
    lg = Ledger11()
    acts = [
        Act("1", "Summer jobs for young people in Brandbergen", D(86500), "disputes", ["ordinary_operations"], ["1"]),
        Act("3", "Homework club in Jordbro", D(64000), "accepts_partial", ["unverifiable_costs"], ["2", "3"], repay=D(18750)),
        Act("4", "Parent network in Vega", D(23400), "accepts_full", ["outside_grant_period"], []),
        Act("6", "Safety walks with local residents", D(41200), "disputes", ["exercise_of_authority", "purpose_mismatch"], ["4"]),
        Act("8", "External evaluation of the area programme", D(58900), "unclear", ["excessive_cost"], []),
    ]
    for a in acts:
        a.needle = f"Activity {a.no} – {a.title}"
    k = "sek"
    blocks = [
        ("rich", "p", "<b>Haninge kommun</b><br/>Social Services Department – Area Development Unit<br/>136 81 Haninge"),
        ("space", 6),
        ("rich", "p", "To: Socialstyrelsen (National Board of Health and Welfare)<br/>Unit for Government Grants<br/>106 30 Stockholm"),
        ("p", "Haninge, 14 February 2025\nOur ref.: SOF 2024/1187\nYour ref.: 9.1-40552/2024"),
        (
            "h2",
            "Response to the preliminary decision on reclaim – state grant to municipalities with socio-economically "
            "disadvantaged areas, 2023",
        ),
        (
            "p",
            "Haninge kommun has received the National Board of Health and Welfare's preliminary decision of 21 January 2025, "
            "in which the Board states its intention to reclaim " + m(274000, k) + " of the " + m(1650000, k) + " granted to the "
            "municipality for 2023. This response has been written in English by the municipality's grant coordinator; the "
            "Board has confirmed by telephone that a response in English is acceptable. The municipality comments on each "
            "activity below, using the Board's numbering.",
        ),
        ("h3", "Activity 1 – Summer jobs for young people in Brandbergen"),
        ("p", "Amount reclaimed: " + m(86500, k)),
        (
            "p",
            "The Board's assessment: the summer jobs are regarded as part of the municipality's regular labour market "
            "measures and therefore as ordinary operations, which the grant may not fund.",
        ),
        (
            "p",
            "Our comments: the regular summer job scheme is run by the labour market unit and was not charged to the grant. "
            "The 31 places in Brandbergen were additional places, reserved for young people referred by the field workers, "
            "and each came with a supervisor from the area team (see appendix 1). Haninge does not accept the reclaim for "
            "this activity.",
        ),
        ("h3", "Activity 3 – Homework club in Jordbro"),
        ("p", "Amount reclaimed: " + m(64000, k)),
        (
            "p",
            "The Board's assessment: part of the costs cannot be traced to the activity, and no invoice has been provided "
            "for the premises.",
        ),
        (
            "p",
            "Our comments: the club was attended by 42 pupils during the spring and autumn terms. The tutors' salaries "
            "are documented in the pay lists (appendices 2 and 3). We have not been able to find the landlord's invoice "
            "for the room at Jordbro library. We therefore accept the reclaim of " + m(18750, k) + " relating to the "
            "rent, and contest the remaining " + m(45250, k) + ".",
        ),
        ("h3", "Activity 4 – Parent network in Vega"),
        ("p", "Amount reclaimed: " + m(23400, k)),
        (
            "p",
            "The Board's assessment: the meetings of the parent network took place in January and February 2024, "
            "after the end of the grant period.",
        ),
        ("p", "Our comments: the municipality accepts the Board's assessment and will repay the full amount."),
        ("h3", "Activity 6 – Safety walks with local residents"),
        ("p", "Amount reclaimed: " + m(41200, k)),
        (
            "p",
            "The Board's assessment: the walks were led by staff from the social services' investigation unit and are "
            "considered part of the exercise of public authority; in the Board's view they also fall outside the purpose "
            "of the grant.",
        ),
        (
            "p",
            "Our comments: the walks were organised together with the housing company and the residents' association, "
            "and no individual cases were handled during them. The staff took part as neighbourhood hosts, not as case "
            "officers (see the walk reports, appendix 4). We respectfully disagree with the Board's assessment and ask the "
            "Board to withdraw the reclaim.",
        ),
        ("h3", "Activity 8 – External evaluation of the area programme"),
        ("p", "Amount reclaimed: " + m(58900, k)),
        ("p", "The Board's assessment: the cost of the evaluation is unreasonably high in relation to its scope."),
        (
            "p",
            "Our comments: the consultant's final report has been delayed, and we cannot yet judge whether the cost "
            "was reasonable. We will submit our position on this activity no later than 31 March 2025.",
        ),
        ("h3", "Appendices"),
        (
            "p",
            "1. Placement agreements, summer jobs Brandbergen 2023 (in Swedish)\n"
            "2. Pay lists, homework tutors, spring term 2023\n"
            "3. Pay lists, homework tutors, autumn term 2023\n"
            "4. Reports from the safety walks, May–October 2023",
        ),
        (
            "p",
            "Contact: Fiona McAllister, Grant Coordinator, phone +46 8 606 75 12, e-mail fiona.mcallister@haninge.se",
        ),
        ("space", 12),
        ("p", "On behalf of the Social Services Committee\n\nKarin Öberg\nHead of Social Services (socialchef)"),
    ]
    pdf = render_pdf(
        d / "Haninge response reclaim 2023.pdf",
        blocks,
        lg,
        Page(footer="Page {page} of {pages}", letterhead=["HANINGE KOMMUN", "www.haninge.se"]),
    )
    finish(
        d,
        pdf,
        "Haninge kommun",
        "2025-02-14",
        acts,
        lg,
        "The response in English: 'Activity N – Title' headings, 'Amount reclaimed: SEK 64 000', 'The Board's "
        "assessment:' / 'Our comments:', positions in English, 'appendix N' references, numbered 'Appendices' list.",
        [("1", "1"), ("2", "3"), ("3", "3"), ("4", "6")],
        [
            {
                "name": "Fiona McAllister",
                "role": ["grant coordinator", "samordnare"],
                "phone": "+4686067512",
                "email": "fiona.mcallister@haninge.se",
            },
            {"name": "Karin Öberg", "role": ["head of social services", "socialchef"]},
        ],
        quantities=[(31, "place"), (42, "pupil")],
        language="en",
    )


# ==========================================================================================
# 2. Sölvesborg: a municipal lawyer's memorandum-style answer with numbered sections; the
#    activities are sub-points "a)" … "e)" of section 3 (the letters are not the agency's
#    numbers), legal citations as the agency's reasons, "i första hand … i andra hand",
#    amounts "kr 112 800:-".


@case
def prose_solvesborg():
    d = _CASES.fresh("prose-solvesborg")
    lg = Ledger11()
    k = "krkolon"
    acts = [
        Act("2", "Fältassistenter i Norje", D(112800), "disputes", ["exercise_of_authority"], ["1"]),
        Act("5", "Sommarlovsaktiviteter vid Ljungaviken", D(36500), "accepts_full", ["outside_grant_period"], []),
        Act(
            "6",
            "Lokalhyra för Mjällby fritidsgård",
            D(74000),
            "accepts_partial",
            ["ordinary_operations", "unverifiable_costs"],
            ["2", "3"],
            repay=D(18500),
        ),
        Act("9", "Utbildning i våldsprevention (MVP)", D(52750), "disputes", ["ordinary_operations"], ["4"]),
        Act("11", "Trygghetskameror vid busstationen", D(97000), "accepts_full", ["purpose_mismatch"], []),
    ]
    letters = "abcde"
    for i, a in enumerate(acts):
        a.needle = f"{letters[i]}) Aktivitet {a.no} – {a.title}"
    blocks = [
        ("rich", "p", "<b>SÖLVESBORGS KOMMUN</b><br/>Kommunledningsförvaltningen, juridiska enheten"),
        ("space", 4),
        (
            "table",
            [
                ["Datum", "Dnr", "Er beteckning"],
                ["2025-02-20", "KS 2025/112-046", "8.4-41907/2024"],
            ],
            dict(widths=[0.25, 0.3, 0.3], ruled=False, header=1),
        ),
        ("p", "Socialstyrelsen\nAvdelningen för regler och behörighet\n106 30 Stockholm"),
        ("h1", "Yttrande"),
        (
            "rich",
            "p",
            "<b>Ärende:</b> Socialstyrelsens preliminära beslut den 23 januari 2025 om återkrav av statsbidrag till "
            "kommuner med socioekonomiskt eftersatta områden, bidragsåret 2022",
        ),
        ("h2", "1  Inledning"),
        (
            "p",
            "1.1  Socialstyrelsen har berett Sölvesborgs kommun tillfälle att yttra sig över myndighetens preliminära "
            "bedömning att " + m(373050, k) + " av det utbetalade bidraget ska återbetalas. Bedömningen avser fem av de "
            "aktiviteter som kommunen redovisade för 2022.",
        ),
        (
            "p",
            "1.2  Kommunstyrelsens arbetsutskott har genom delegationsbeslut uppdragit åt kommunjuristen att avge "
            "yttrandet. Yttrandet har beretts tillsammans med socialförvaltningen och kultur- och fritidsförvaltningen.",
        ),
        ("h2", "2  Kommunens inställning i korthet"),
        (
            "p",
            "2.1  Kommunen medger återkraven avseende aktiviteterna 5 och 11 samt återkravet avseende aktivitet 6 till "
            "viss del. Återkraven avseende aktiviteterna 2 och 9 bestrids. Kommunen medger således att sammanlagt "
            + m(152000, k)
            + " återbetalas.",
        ),
        (
            "p",
            "2.2  Skälen för kommunens inställning utvecklas under avsnitt 3 nedan, där aktiviteterna behandlas var för "
            "sig under de nummer som Socialstyrelsen har använt i sitt beslut.",
        ),
        ("h2", "3  Kommunens synpunkter på de enskilda aktiviteterna"),
        ("h3", "a) Aktivitet 2 – Fältassistenter i Norje"),
        (
            "p",
            "3.1  Socialstyrelsen återkräver " + m(112800, k) + " med hänvisning till att fältassistenternas arbete "
            "enligt myndigheten utgjort myndighetsutövning, vilket enligt 4 § förordningen (2018:151) inte kan "
            "finansieras med bidraget.",
        ),
        (
            "p",
            "3.2  Fältassistenterna är anställda vid fritidsenheten, inte vid socialtjänstens myndighetsavdelning. De "
            "fattar inga beslut om enskilda och har ingen behörighet i verksamhetssystemet för individ- och "
            "familjeomsorg (bilaga 1). Kommunen bestrider därför i första hand återkravet i sin helhet.",
        ),
        (
            "p",
            "3.3  I andra hand, för det fall Socialstyrelsen skulle finna att en del av arbetet har utgjort "
            "myndighetsutövning, medger kommunen att högst " + m(28200, k) + " återbetalas, motsvarande den fjärdedel "
            "av arbetstiden som fältassistenterna deltog i samverkansmöten med socialsekreterare.",
        ),
        ("h3", "b) Aktivitet 5 – Sommarlovsaktiviteter vid Ljungaviken"),
        (
            "p",
            "3.4  Socialstyrelsen anför att aktiviteterna ägde rum sommaren 2023 och därmed utanför bidragsperioden. "
            "Återkravet uppgår till " + m(36500, k) + ".",
        ),
        ("p", "3.5  Kommunen har ingen erinran mot återkravet i denna del och kommer att återbetala beloppet."),
        ("h3", "c) Aktivitet 6 – Lokalhyra för Mjällby fritidsgård"),
        (
            "p",
            "3.6  Enligt Socialstyrelsen avser hyran en lokal som kommunen disponerade redan före bidragsåret, varför "
            "kostnaden är att betrakta som ordinarie verksamhet. Myndigheten anser vidare att hyreskostnaden inte är "
            "styrkt. Återkravet uppgår till " + m(74000, k) + ".",
        ),
        (
            "p",
            "3.7  Hyresavtalet för den utökade lokalytan tecknades den 1 april 2022 (bilaga 2), och hyran för april–"
            "december framgår av fastighetsbolagets avier (bilaga 3). För perioden januari–mars 2022 saknas underlag. "
            "Kommunen medger återkravet till den del det avser januari–mars 2022, " + m(18500, k) + ", men bestrider "
            "det i övrigt.",
        ),
        ("h3", "d) Aktivitet 9 – Utbildning i våldsprevention (MVP)"),
        (
            "p",
            "3.8  Socialstyrelsen bedömer utbildningen som intern kompetensutveckling för kommunens personal och därmed "
            "som ordinarie verksamhet. Återkravet uppgår till " + m(52750, k) + ".",
        ),
        (
            "p",
            "3.9  Utbildningen gavs till 26 deltagare, varav 19 var ideella ledare i föreningar i Norje och Mjällby "
            "(deltagarförteckning, bilaga 4). Det rör sig alltså inte om kompetensutveckling av kommunens egen personal. "
            "Kommunen yrkar att Socialstyrelsen avstår från återkrav avseende aktivitet 9.",
        ),
        ("h3", "e) Aktivitet 11 – Trygghetskameror vid busstationen"),
        (
            "p",
            "3.10  Socialstyrelsen anser att kamerabevakning inte faller inom bidragets syfte såsom det anges i 1 § "
            "förordningen. Återkravet uppgår till " + m(97000, k) + ".",
        ),
        ("p", "3.11  Kommunen delar Socialstyrelsens bedömning och medger återkravet."),
        ("h2", "4  Åberopade handlingar"),
        (
            "p",
            "Bilaga 1  Befattningsbeskrivning fältassistent, fritidsenheten\n"
            "Bilaga 2  Hyresavtal Mjällby fritidsgård, tillägg 2022-04-01\n"
            "Bilaga 3  Hyresavier april–december 2022\n"
            "Bilaga 4  Deltagarförteckning MVP-utbildning oktober 2022",
        ),
        ("space", 14),
        ("p", "Sölvesborg dag som ovan"),
        (
            "table",
            [
                ["Per-Olof Nyhlén", "Sofia Gerdén"],
                ["Kommunjurist", "Kommundirektör"],
                ["per-olof.nyhlen@solvesborg.se", "0456-81 60 02"],
            ],
            dict(widths=[0.45, 0.45], ruled=False, header=0),
        ),
    ]
    pdf = render_pdf(
        d / "Yttrande SoS återkrav KS 2025-112.pdf",
        blocks,
        lg,
        Page(
            font="Times-Roman",
            size_pt=11.5,
            footer="Sölvesborgs kommun · Dnr KS 2025/112-046 · {page} ({pages})",
            margins=(3.0 * cm, 2.6 * cm, 2.4 * cm, 2.2 * cm),
        ),
    )
    finish(
        d,
        pdf,
        "Sölvesborgs kommun",
        "2025-02-20",
        acts,
        lg,
        "A lawyer's memorandum: numbered sections and paragraphs (1.1, 3.10), activities as sub-points a)–e) of "
        "section 3 (the letters are not activities), the agency's reasons as legal citations, activity 2 disputed "
        "'i första hand' with a subsidiary offer 'i andra hand' (position disputes, repayment 0), 'kr 112 800:-'.",
        [("1", "2"), ("2", "6"), ("3", "6"), ("4", "9")],
        [
            {"name": "Per-Olof Nyhlén", "role": "kommunjurist", "email": "per-olof.nyhlen@solvesborg.se"},
            {"name": "Sofia Gerdén", "role": "kommundirektör", "phone": "+4645681602"},
        ],
        quantities=[(26, "deltagare"), (19, "ledare")],
        municipality="Sölvesborg",
    )


# ==========================================================================================
# 3. Lysekil: a supplementary response (komplettering) that revises the positions of an earlier
#    response: each activity states the earlier position and the new one; only the new counts.


@case
def prose_lysekil():
    d = _CASES.fresh("prose-lysekil")
    lg = Ledger11()
    k = "kr"
    acts = [
        Act("1", "Kvällsöppet på fritidsgården Kompassen", D(58600), "accepts_full", ["ordinary_operations"], []),
        Act("2", "Feriepraktik med handledare", D(44000), "accepts_partial", ["purpose_mismatch"], ["1"], repay=D(11000)),
        Act("3", "Trygghetsvandringar i Gamlestan", D(19850), "disputes", ["unverifiable_costs"], ["2"]),
        Act("5", "Föräldrautbildning enligt ABC", D(27300), "accepts_full", ["outside_grant_period"], []),
        Act("7", "Kartläggning av trångboddhet", D(63200), "disputes", ["missing_description", "description_mismatch"], ["3"]),
    ]
    for a in acts:
        a.needle = f"Aktivitet {a.no}: {a.title}"
    blocks = [
        ("rich", "p", "<b>Lysekils kommun</b><br/>Socialförvaltningen<br/>453 80 Lysekil"),
        ("p", "2025-02-26\nDnr SN 2024-000214\nSocialstyrelsens dnr 8.4-39760/2024"),
        ("p", "Till Socialstyrelsen"),
        ("h1", "Komplettering av yttrande över preliminärt beslut om återkrav"),
        (
            "p",
            "Lysekils kommun lämnade den 7 februari 2025 ett yttrande över Socialstyrelsens preliminära beslut om "
            "återkrav av " + m(212950, k) + " av statsbidraget för 2023. Socialstyrelsen har därefter, i e-post den "
            "18 februari, gett kommunen möjlighet att komplettera yttrandet senast den 28 februari.",
        ),
        (
            "p",
            "Förvaltningen har sedan dess gått igenom underlaget på nytt tillsammans med ekonomienheten. För tre av "
            "aktiviteterna har kommunens inställning ändrats. Denna komplettering ersätter yttrandet den 7 februari "
            "i fråga om kommunens ställningstaganden; det är alltså inställningen nedan som gäller för samtliga fem "
            "aktiviteter.",
        ),
        ("h3", "Översikt"),
        (
            "table",
            [
                ["Aktivitet", "Återkrav", "Yttrandet 7 februari", "Inställning nu"],
                ["1", m(58600, k), "Bestreds", "Medges"],
                ["2", m(44000, k), "Ingen inställning", "Medges med " + m(11000, k)],
                ["3", m(19850, k), "Bestreds", "Bestrids (oförändrat)"],
                ["5", m(27300, k), "Medgavs med " + m(10000, k), "Medges"],
                ["7", m(63200, k), "Medgavs", "Bestrids"],
            ],
            dict(widths=[0.15, 0.2, 0.3, 0.3], ruled=True, header=1, align_right=[1], shade=True),
        ),
        ("h3", "Aktivitet 1: Kvällsöppet på fritidsgården Kompassen"),
        ("p", "Återkrav enligt det preliminära beslutet: " + m(58600, k)),
        (
            "p",
            "Socialstyrelsen anser att kvällsöppet på fritidsgården är en del av kommunens ordinarie fritidsverksamhet. "
            "I yttrandet den 7 februari bestred kommunen återkravet med hänvisning till att öppettiderna utökades "
            "under bidragsåret. Vid genomgången har det framkommit att de utökade kvällarna finansierades av "
            "fritidsnämndens budget redan från 2022. Kommunen återkallar därför sitt bestridande och medger "
            "återkravet i sin helhet.",
        ),
        ("h3", "Aktivitet 2: Feriepraktik med handledare"),
        ("p", "Återkrav enligt det preliminära beslutet: " + m(44000, k)),
        (
            "p",
            "Enligt Socialstyrelsen ligger feriepraktik utanför bidragets syfte. Kommunen tog i det förra yttrandet "
            "inte ställning, i väntan på handledarnas tidrapporter. Av tidrapporterna (bilaga 1) framgår att en "
            "fjärdedel av handledarnas tid ägnades åt ordinarie arbetsledning av praktikanterna. Den delen, "
            + m(11000, k)
            + ", godtar kommunen att betala tillbaka. Återstoden avser uppsökande arbete med 14 "
            "ungdomar som inte nåddes av ordinarie verksamhet och bör enligt kommunen inte återkrävas.",
        ),
        ("h3", "Aktivitet 3: Trygghetsvandringar i Gamlestan"),
        ("p", "Återkrav enligt det preliminära beslutet: " + m(19850, k)),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna inte går att följa i redovisningen. Kommunen vidhåller sin "
            "inställning från det förra yttrandet: kostnaderna avser reflexvästar, fika och ersättning till "
            "vandringsledare och framgår av de verifikationer som bifogas på nytt (bilaga 2). Kommunen bestrider "
            "alltjämt återkravet.",
        ),
        ("h3", "Aktivitet 5: Föräldrautbildning enligt ABC"),
        ("p", "Återkrav enligt det preliminära beslutet: " + m(27300, k)),
        (
            "p",
            "Socialstyrelsen har noterat att utbildningen genomfördes efter bidragsperioden. I vårt tidigare yttrande "
            "medgav vi återkravet med " + m(10000, k) + ", motsvarande de två träffar som hölls i januari 2024. Det "
            "har därefter visat sig att även de övriga träffarna hölls efter årsskiftet. Kommunen medger nu hela "
            "återkravet.",
        ),
        ("h3", "Aktivitet 7: Kartläggning av trångboddhet"),
        ("p", "Återkrav enligt det preliminära beslutet: " + m(63200, k)),
        (
            "p",
            "Socialstyrelsen bedömer att aktiviteten saknar beskrivning och att redovisade kostnader inte stämmer med "
            "den beskrivning som finns. Kommunen medgav återkravet i yttrandet den 7 februari eftersom projektplanen "
            "då inte kunde återfinnas. Planen har nu hittats i bostadsbolagets arkiv (bilaga 3); den beskriver "
            "kartläggningen av 212 lägenheter och dess budget, som stämmer med de redovisade kostnaderna. Kommunen "
            "bestrider därför återkravet och ber Socialstyrelsen bortse från det tidigare medgivandet.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "Bilaga 1. Tidrapporter handledare feriepraktik juni–augusti 2023\n"
            "Bilaga 2. Verifikationer trygghetsvandringar (bifogades även 7 februari)\n"
            "Bilaga 3. Projektplan Kartläggning av trångboddhet, Lysekilsbostäder 2023",
        ),
        ("space", 10),
        ("p", "Med vänlig hälsning"),
        ("space", 8),
        ("p", "Anneli Strömstedt\nSocialchef\n\nHandläggare: Rasmus Kjellberg, utvecklingsledare, 0523-61 34 87"),
    ]
    pdf = render_pdf(
        d / "Komplettering yttrande återkrav Lysekil.pdf",
        blocks,
        lg,
        Page(
            font="Helvetica",
            size_pt=10,
            footer="{page}/{pages}",
            letterhead=["KOMPLETTERING", "Ersätter ställningstaganden i yttrande 2025-02-07"],
        ),
    )
    finish(
        d,
        pdf,
        "Lysekils kommun",
        "2025-02-26",
        acts,
        lg,
        "A supplementary response (komplettering) that replaces the positions of an earlier response; each activity "
        "states the earlier position and the new one, and an overview table has both columns. Only the new "
        "positions count. Old amounts ('Medgavs med 10 000 kr') are printed amounts (in money).",
        [("1", "2"), ("2", "3"), ("3", "7")],
        [
            {"name": "Anneli Strömstedt", "role": "socialchef"},
            {"name": "Rasmus Kjellberg", "role": ["utvecklingsledare", "handläggare"], "phone": "+46523613487"},
        ],
        municipality="Lysekil",
        quantities=[(14, "ungdom"), (212, "lägenhet")],
    )


# ==========================================================================================
# 4. Malmö: the classic "marginalrubriker" template – every heading sits in a wide left margin
#    column beside the text it heads (on the same lines), the activity's number and title
#    wrapped in that column; amounts "96 400,00 kr".


def margin_rows(rows: list, lg, size: float = 10.0, head_w: float = 4.3 * cm, body_w: float = 11.6 * cm) -> list:
    """rows: (heading or "", text with amount tokens) -> lazy blocks, one two-cell table each, so a
    page may break between paragraphs. Amounts are filled here once, into lg."""
    st = styles("Helvetica", size)
    filled = [(h, lg.fill(t)) for h, t in rows]

    def make(h, t):
        def f():
            left = Paragraph(esc(h).replace("\n", "<br/>"), st["cellb"]) if h else ""
            tb = Table([[left, Paragraph(esc(t).replace("\n", "<br/>"), st["p"])]], colWidths=[head_w, body_w], hAlign="LEFT")
            tb.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, 0), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            return tb

        return f

    return [("lazy", make(h, t)) for h, t in filled]


@case
def prose_malmo():
    d = _CASES.fresh("prose-malmo")
    lg = Ledger11()
    k = "dec"
    acts = [
        Act("12", "Uppsökande fältarbete i Seved", D(96400), "disputes", ["exercise_of_authority"], ["1"]),
        Act("15", "Läxhjälp på Rosengårds bibliotek", D("38250.50"), "accepts_partial", ["unverifiable_costs"], ["2"], repay=D("12750.50")),
        Act("16", "Trygghetsskapande belysning i Holma", D(145000), "accepts_full", ["purpose_mismatch"], []),
        Act("21", "Samverkansforum med fastighetsägare", D(22800), "unclear", ["ordinary_operations"], []),
        Act("24", "Sommarkollo för barn i Lindängen", D(67900), "disputes", ["excessive_cost"], ["3", "4"]),
    ]
    for a in acts:
        a.needle = f"Aktivitet {a.no} {a.title}"
    rows = [
        (
            "Ärende",
            "Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag till kommuner med "
            "socioekonomiskt eftersatta områden 2023 (Socialstyrelsens dnr 8.4-38114/2024)",
        ),
        (
            "Bakgrund",
            "Socialstyrelsen har i ett preliminärt beslut den 24 januari 2025 angett att myndigheten avser att "
            "återkräva " + m("370350.50", k) + " av det bidrag som Malmö stad tog emot för 2023. Stadsområdesförvaltning "
            "Öster har ansvarat för de aktiviteter som berörs och lämnar här stadens yttrande. Aktiviteterna redovisas "
            "nedan med Socialstyrelsens numrering.",
        ),
        ("Aktivitet 12\nUppsökande fältarbete i Seved", "Återkrävt belopp: " + m(96400, k)),
        (
            "",
            "Socialstyrelsen menar att fältarbetarna utförde uppgifter som hör till socialtjänstens myndighetsutövning, "
            "bland annat orosanmälningar.",
        ),
        (
            "",
            "Fältarbetarna har, som all personal, skyldighet att anmäla oro för barn, men det är inte detsamma som att "
            "utöva myndighet. Deras uppdrag har varit att skapa kontakt med unga på gator och torg (uppdragsbeskrivning, "
            "bilaga 1). Malmö stad anser inte att det finns grund för återkrav.",
        ),
        ("Aktivitet 15\nLäxhjälp på Rosengårds bibliotek", "Återkrävt belopp: " + m("38250.50", k)),
        ("", "Socialstyrelsen anser att det saknas underlag för en del av läxhjälparnas arvoden."),
        (
            "",
            "Arvodena för vårterminen styrks av utbetalningslistorna i bilaga 2. För höstterminen saknas listor för sex "
            "veckor. Staden kan godta att " + m("12750.50", k) + " av beloppet återbetalas, vilket motsvarar de veckor "
            "som saknar underlag. I övrigt vidhåller staden att kostnaden är styrkt.",
        ),
        ("Aktivitet 16\nTrygghetsskapande belysning i Holma", "Återkrävt belopp: " + m(145000, k)),
        ("", "Socialstyrelsen bedömer att investeringar i belysning inte ryms inom bidragets syfte."),
        ("", "Staden godtar återkravet och återbetalar beloppet."),
        ("Aktivitet 21\nSamverkansforum med fastighetsägare", "Återkrävt belopp: " + m(22800, k)),
        ("", "Enligt Socialstyrelsen är samverkan med fastighetsägare en del av stadens ordinarie arbete."),
        (
            "",
            "Stadens internrevision granskar för närvarande hur forumet har finansierats. Förvaltningen önskar avvakta "
            "med att ta ställning till dess att granskningen är klar, vilket beräknas ske i april 2025.",
        ),
        ("Aktivitet 24\nSommarkollo för barn i Lindängen", "Återkrävt belopp: " + m(67900, k)),
        ("", "Socialstyrelsen anser att kostnaden per deltagare är oskäligt hög jämfört med liknande verksamheter."),
        (
            "",
            "Kollot tog emot 36 barn under tre veckor, varav flera med behov av extra stöd, vilket krävde "
            "förstärkt bemanning dygnet runt (bemanningsplan och kostnadssammanställning, bilagorna 3 och 4). Staden "
            "delar inte Socialstyrelsens uppfattning att kostnaden är oskälig och motsätter sig återkravet.",
        ),
        (
            "Bilagor",
            "1  Uppdragsbeskrivning fältarbetare Seved 2023\n2  Utbetalningslistor läxhjälp vårterminen 2023\n"
            "3  Bemanningsplan sommarkollo Lindängen\n4  Kostnadssammanställning sommarkollo 2023",
        ),
        ("Kontakt", "Nadia Rahimi, utvecklingssekreterare, 040-34 12 68, nadia.rahimi@malmo.se"),
        ("Malmö stad", "Stadsområdesförvaltning Öster\n\n\nJohanna Lindahl\nStadsområdesdirektör"),
    ]
    blocks = [
        ("rich", "p", "<b>MALMÖ STAD</b>"),
        ("p", "Stadsområdesförvaltning Öster\nDatum 2025-02-21\nVår referens SOF-Ö 2024-03318"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("h2", "Yttrande om återkrav av statsbidrag 2023"),
    ] + margin_rows(rows, lg)
    pdf = render_pdf(
        d / "Malmö stad yttrande återkrav SOF-Ö 2024-03318.pdf",
        blocks,
        lg,
        Page(size_pt=10, footer="Sida {page} av {pages}", margins=(2.2 * cm, 2.0 * cm, 2.4 * cm, 2.2 * cm)),
    )
    finish(
        d,
        pdf,
        "Malmö stad",
        "2025-02-21",
        acts,
        lg,
        "The 'marginalrubriker' template: headings ('Ärende', 'Bakgrund', 'Aktivitet 12' + title, 'Bilagor', "
        "'Kontakt') in a left column beside the text they head, on the same lines; amounts '96 400,00 kr'.",
        [("1", "12"), ("2", "15"), ("3", "24"), ("4", "24")],
        [
            {"name": "Nadia Rahimi", "role": "utvecklingssekreterare", "phone": "+4640341268", "email": "nadia.rahimi@malmo.se"},
            {"name": "Johanna Lindahl", "role": "stadsområdesdirektör"},
        ],
        quantities=[(36, "barn")],
        municipality="Malmö",
    )


# ==========================================================================================
# 5. Arvika: a cover letter (missiv) on page 1 with its own page numbering, then the committee's
#    yttrande whose pages are numbered from 1 again; amounts in tkr with one decimal
#    ("58,6 tkr"), a partial repayment as a percentage with its sum.


@case
def prose_arvika():
    d = _CASES.fresh("prose-arvika")
    lg = Ledger11()
    k = "tkrdec"
    acts = [
        Act("2", "Ungdomscoacher i centrala Arvika", D(58600), "accepts_partial", ["description_mismatch"], ["1"], repay=D(29300)),
        Act("3", "Öppen förskola på Ingesund", D(21200), "disputes", ["purpose_mismatch"], []),
        Act("4", "Spontanidrott på Solbacka", D(32100), "accepts_full", ["ordinary_operations"], []),
        Act("6", "Trygghetsvärdar vid resecentrum", D(47500), "unclear", ["unverifiable_costs", "excessive_cost"], ["2", "3"]),
        Act("8", "Språkcafé för nyanlända föräldrar", D(15800), "disputes", ["fabricated_documents"], ["4"]),
    ]
    for a in acts:
        a.needle = f"Aktivitet {a.no} – {a.title}"
    missiv = [
        ("rich", "p", "<b>ARVIKA KOMMUN</b><br/>Socialförvaltningen<br/>671 81 Arvika"),
        ("space", 18),
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm"),
        ("space", 10),
        ("p", "Datum: 2025-02-19\nEr beteckning: 8.4-40311/2024\nVår beteckning: SN 2025/41"),
        ("h1", "Missiv"),
        ("h3", "Översändande av yttrande över preliminärt beslut om återkrav"),
        (
            "p",
            "Härmed översänds socialnämndens yttrande över Socialstyrelsens preliminära beslut den 27 januari 2025 om "
            "återkrav av statsbidrag till kommuner med socioekonomiskt eftersatta områden för 2022. Yttrandet antogs "
            "av socialnämnden vid sammanträdet i dag, § 23, och protokollet justerades omedelbart.",
        ),
        (
            "p",
            "Nämnden medger i yttrandet återbetalning av sammanlagt " + m(61400, k) + " av det återkrävda beloppet. "
            "För en av aktiviteterna återkommer nämnden med sitt ställningstagande.",
        ),
        ("p", "Bifogas: yttrande (2 sidor), protokollsutdrag SN § 23 samt bilagorna 1–4 till yttrandet."),
        ("space", 14),
        ("p", "Lena Ekholm\nNämndsekreterare\n0570-817 02, lena.ekholm@arvika.se"),
    ]
    yttrande = [
        ("rich", "p", "<b>Socialnämnden</b><br/>Arvika kommun"),
        ("p", "2025-02-19\nDnr SN 2025/41"),
        ("h1", "Yttrande"),
        ("h3", "Återkrav av statsbidrag för 2022 – Socialstyrelsens dnr 8.4-40311/2024"),
        (
            "p",
            "Socialstyrelsen har meddelat att myndigheten överväger att återkräva " + m(175200, k) + " av det "
            "statsbidrag om " + m(1240000, k) + " som Arvika kommun beviljades för 2022. Socialnämnden lämnar "
            "följande yttrande. Beloppen anges i tusental kronor (tkr), avrundade till en decimal, på samma sätt som i "
            "Socialstyrelsens beslut.",
        ),
        ("h2", "Aktivitet 2 – Ungdomscoacher i centrala Arvika (" + m(58600, k) + ")"),
        (
            "p",
            "Socialstyrelsen anser att de redovisade lönekostnaderna inte stämmer med beskrivningen av aktiviteten, "
            "eftersom coacherna enligt redovisningen även arbetade på skolorna.",
        ),
        (
            "p",
            "Socialnämnden konstaterar att coacherna under höstterminen arbetade halva sin tid på högstadieskolan "
            "Solberga, vilket inte framgick av beskrivningen (schema, bilaga 1). Nämnden medger därför 50 procent av "
            "återkravet, det vill säga " + m(29300, k) + ", och bestrider resten.",
        ),
        ("h2", "Aktivitet 3 – Öppen förskola på Ingesund (" + m(21200, k) + ")"),
        ("p", "Enligt Socialstyrelsen är öppen förskola en generell verksamhet som inte motsvarar bidragets syfte."),
        (
            "p",
            "Den öppna förskolan på Ingesund hölls på kvällstid och riktade sig till föräldrar i området som inte nåtts "
            "av den ordinarie öppna förskolan; cirka 40 familjer deltog. Nämnden bestrider återkravet.",
        ),
        ("h2", "Aktivitet 4 – Spontanidrott på Solbacka (" + m(32100, k) + ")"),
        ("p", "Socialstyrelsen bedömer att aktiviteten är en del av fritidsförvaltningens ordinarie verksamhet."),
        ("p", "Nämnden delar bedömningen och medger återkravet fullt ut."),
        ("h2", "Aktivitet 6 – Trygghetsvärdar vid resecentrum (" + m(47500, k) + ")"),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna inte är verifierade och att timkostnaden, " + m(640, "kr") + " per "
            "timme, är hög jämfört med andra kommuners trygghetsvärdar.",
        ),
        (
            "p",
            "Avtalet med bevakningsföretaget och dess tidrapporter bifogas (bilagorna 2 och 3). Förvaltningen har begärt "
            "en specifikation av timpriset från företaget. Nämnden avser att återkomma med sitt ställningstagande när "
            "specifikationen har kommit in, senast vid sammanträdet den 19 mars 2025.",
        ),
        ("h2", "Aktivitet 8 – Språkcafé för nyanlända föräldrar (" + m(15800, k) + ")"),
        (
            "p",
            "Socialstyrelsen ifrågasätter deltagarlistornas äkthet och anser att de har upprättats i efterhand.",
        ),
        (
            "p",
            "Listorna fördes av cafévärdarna vid varje träff och skannades in löpande; filernas metadata visar "
            "skanningsdatum under 2022 (bilaga 4). Nämnden tillbakavisar bestämt att handlingarna skulle ha upprättats i "
            "efterhand och bestrider återkravet.",
        ),
        ("h2", "Bilagor"),
        (
            "p",
            "Bilaga 1 Schema ungdomscoacher hösten 2022\n"
            "Bilaga 2 Avtal om trygghetsvärdar, Värmlandsbevakning AB\n"
            "Bilaga 3 Tidrapporter trygghetsvärdar 2022\n"
            "Bilaga 4 Deltagarlistor språkcafé med skanningsdatum",
        ),
        ("space", 12),
        ("p", "För socialnämnden\n\nGöran Sundqvist (S)\nOrdförande"),
        ("space", 6),
        ("small", "Handläggare: Ida Fors, verksamhetsutvecklare, 0570-816 44, ida.fors@arvika.se"),
    ]
    tmp = Path("/tmp/genre11-build")
    p1 = render_pdf(tmp / "missiv.pdf", missiv, lg, Page(footer="Missiv, sida {page} ({pages})"))
    p2 = render_pdf(
        tmp / "yttrande.pdf",
        yttrande,
        lg,
        Page(font="Times-Roman", size_pt=11, footer="Socialnämnden, yttrande SN 2025/41 – sida {page} ({pages})"),
    )
    pdf = d / "SN 2025-41 Missiv och yttrande återkrav.pdf"
    genre_kit.merge_pdfs(pdf, [p1, p2])
    finish(
        d,
        pdf,
        "Arvika kommun",
        "2025-02-19",
        acts,
        lg,
        "A cover letter (missiv, its own footer 'sida 1 (1)') on page 1, then the committee's yttrande whose footer "
        "numbers its pages 1–2 again (physical pages 2–3). Amounts in tkr with one decimal in the headings "
        "('(58,6 tkr)'), an hourly rate in kronor (in money, not a claim), partial as '50 procent … 29,3 tkr'.",
        [("1", "2"), ("2", "6"), ("3", "6"), ("4", "8")],
        [
            {"name": "Lena Ekholm", "role": "nämndsekreterare", "phone": "+4657081702", "email": "lena.ekholm@arvika.se"},
            {"name": "Göran Sundqvist", "role": "ordförande", "party": "S"},
            {"name": "Ida Fors", "role": ["verksamhetsutvecklare", "handläggare"], "phone": "+4657081644", "email": "ida.fors@arvika.se"},
        ],
        quantities=[(40, "familj")],
    )


# ==========================================================================================
# 6. Mariestad: the answer as a two-column ruled table "Punkt | Kommentar"; the comment cell holds
#    the title (bold), the claim, the agency's assessment and the answer in running text.


def punkt_table(rows: list, lg, head=("Punkt", "Kommentar"), widths=(1.6 * cm, 14.2 * cm), size: float = 10.0):
    """rows: (number, marked-up comment with amount tokens) -> one lazy ruled table."""
    st = styles("Helvetica", size)
    filled = [(n, lg.fill(t)) for n, t in rows]

    def f():
        data = [[Paragraph(f"<b>{head[0]}</b>", st["cell"]), Paragraph(f"<b>{head[1]}</b>", st["cell"])]]
        for n, t in filled:
            data.append([Paragraph(n, st["p"]), Paragraph(t.replace("\n", "<br/>"), st["p"])])
        tb = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        tb.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2d0")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 1), (-1, -1), 4),
                ]
            )
        )
        return tb

    return ("lazy", f)


@case
def table_mariestad():
    d = _CASES.fresh("table-mariestad")
    lg = Ledger11()
    k = "kr"
    acts = [
        Act("1", "Mötesplats Ekudden", D(58600), "accepts_full", ["ordinary_operations"], []),
        Act("2", "Nattvandring med föreningar", D(16200), "disputes", ["unverifiable_costs"], ["1"]),
        Act("4", "Fritidsledare på Marieholmsskolan", D(84900), "accepts_partial", ["description_mismatch"], ["2"], repay=D(21000)),
        Act("5", "Sommarlovsaktiviteter vid Lugnet", D(33750), "accepts_full", ["outside_grant_period"], []),
        Act("7", "Temadag om kriminalitetsprevention", D(12400), "disputes", ["ordinary_operations"], ["3"]),
        Act("9", "Projektledning", D(62000), "unclear", ["conditions_not_met"], []),
    ]
    rows = [
        (
            "1",
            "<b>Mötesplats Ekudden</b>\nÅterkrävt belopp " + m(58600, k) + ". Socialstyrelsen bedömer att mötesplatsen är "
            "en fortsättning av den fritidsgård som fanns i lokalen tidigare och därmed ordinarie verksamhet. Kommunen "
            "har inget att invända och medger återkravet.",
        ),
        (
            "2",
            "<b>Nattvandring med föreningar</b>\nÅterkrävt belopp " + m(16200, k) + ". Enligt Socialstyrelsen går det inte "
            "att se vad kostnaderna avser. Kostnaderna är ersättning till tre föreningar för vandringar fredag och "
            "lördag kväll under hela året; kvitton och föreningarnas redovisningar bifogas (bilaga 1). Kommunen godtar "
            "inte återkravet.",
        ),
        (
            "4",
            "<b>Fritidsledare på Marieholmsskolan</b>\nÅterkrävt belopp " + m(84900, k) + ". Socialstyrelsen anser att "
            "lönekostnaderna inte motsvarar den beskrivna aktiviteten, eftersom fritidsledarna enligt beskrivningen bara "
            "skulle arbeta under skolloven. Fritidsledarna arbetade också eftermiddagar under terminerna, vilket framgår "
            "av schemat (bilaga 2) men inte av beskrivningen. Kommunen medger " + m(21000, k) + " som avser "
            "lovveckorna då ordinarie fritidspersonal också var i tjänst. I övrigt bestrids återkravet.",
        ),
        (
            "5",
            "<b>Sommarlovsaktiviteter vid Lugnet</b>\nÅterkrävt belopp " + m(33750, k) + ". Aktiviteterna genomfördes "
            "sommaren 2024, efter bidragsperioden. Kommunen medger.",
        ),
        (
            "7",
            "<b>Temadag om kriminalitetsprevention</b>\nÅterkrävt belopp " + m(12400, k) + ". Socialstyrelsen ser dagen "
            "som intern kompetensutveckling. Av 85 deltagare var 61 föreningsledare och vårdnadshavare "
            "(deltagarlista, bilaga 3). Kommunen bestrider återkravet.",
        ),
        (
            "9",
            "<b>Projektledning</b>\nÅterkrävt belopp " + m(62000, k) + ". Socialstyrelsen anser att villkoret om "
            "särredovisning av projektledningen inte är uppfyllt. Ekonomiavdelningen går nu igenom bokföringen för 2023; "
            "kommunen återkommer med sin inställning när genomgången är klar.",
        ),
    ]
    blocks = [
        ("rich", "p", "<b>Mariestads kommun</b><br/>Kultur- och fritidsförvaltningen"),
        ("p", "2025-02-24\nDnr KFN 2024/0091"),
        ("p", "Socialstyrelsen\nStatsbidragsenheten"),
        ("h2", "Svar på preliminärt beslut om återkrav – statsbidrag 2023 (Socialstyrelsens dnr 8.4-37205/2024)"),
        (
            "p",
            "Socialstyrelsen har föreslagit att " + m(267850, k) + " av kommunens bidrag för 2023 ska betalas tillbaka. "
            "Kommunens synpunkter lämnas i tabellen nedan, en rad för varje punkt i Socialstyrelsens beslut.",
        ),
        punkt_table(rows, lg),
        ("space", 6),
        (
            "p",
            "Bilagor\nBilaga 1 Kvitton och föreningarnas redovisningar, nattvandring 2023\nBilaga 2 Schema fritidsledare "
            "Marieholmsskolan 2023\nBilaga 3 Deltagarlista temadag 14 november 2023",
        ),
        ("space", 10),
        ("p", "Mariestad som ovan\n\nCharlotte Wiklander\nFörvaltningschef kultur och fritid\ncharlotte.wiklander@mariestad.se"),
    ]
    pdf = render_pdf(
        d / "Svar återkrav statsbidrag 2023 Mariestad.pdf",
        blocks,
        lg,
        Page(size_pt=10, footer="{page} (av {pages})"),
    )
    finish(
        d,
        pdf,
        "Mariestads kommun",
        "2025-02-24",
        acts,
        lg,
        "A two-column ruled table 'Punkt | Kommentar': the number alone in the first column, the comment cell holds "
        "the bold title, 'Återkrävt belopp 58 600 kr.', the assessment and the answer in running text.",
        [("1", "2"), ("2", "4"), ("3", "7")],
        [{"name": "Charlotte Wiklander", "role": "förvaltningschef", "email": "charlotte.wiklander@mariestad.se"}],
        municipality="Mariestad",
        quantities=[(85, "deltagare"), (61, "föreningsledare")],
    )


# ==========================================================================================
# 7. Oxelösund: a plain-text e-mail printed from the mail client; the answer is an ASCII table
#    typed in a fixed-width font (+---+ borders, "|" between cells, titles wrapped inside their
#    cells), amounts as a finance system exports them ("41600,00"), a Summa row.


def ascii_table(head: list, rows: list, widths: list, right: set) -> str:
    """A plain-text table with +---+ rules; cells wrap within their width. Cells may hold amount
    tokens: they are wrapped as text, so keep token cells short (one line)."""
    import re
    import textwrap

    shown = re.compile(r"\[\[(-?[0-9.]+)\|([a-z_]+)\]\]")

    def width_of(cell: str) -> int:  # a token prints as "41600,00"
        return len(shown.sub(lambda mo: f"{D(mo.group(1)):.2f}", cell))

    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for r, row in enumerate([head] + rows):
        cells = []
        for c, cell in enumerate(row):
            cells.append([cell] if "[[" in cell else (textwrap.wrap(cell, widths[c], break_long_words=False) or [""]))
        for i in range(max(len(x) for x in cells)):
            parts = []
            for c, lines in enumerate(cells):
                t = lines[i] if i < len(lines) else ""
                pad = widths[c] - width_of(t)
                parts.append(" " + (" " * pad + t if c in right and r > 0 else t + " " * pad) + " ")
            out.append("|" + "|".join(parts) + "|")
        if r == 0 or r == len(rows) - 1 or r == len(rows):
            out.append(rule)
    return "\n".join(out)


def mono(text: str, lg, size: float = 8.0):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import XPreformatted

    filled = esc(lg.fill(text))
    st = ParagraphStyle("mono", fontName="Courier", fontSize=size, leading=size * 1.25)
    return ("lazy", lambda: XPreformatted(filled, st))


@case
def email_oxelosund():
    d = _CASES.fresh("email-oxelosund")
    lg = Ledger11()
    k = "rawdec"
    acts = [
        Act("3", "Läxhjälp i Frösäng", D(41600), "disputes", ["unverifiable_costs"], ["1"]),
        Act("4", "Lokalhyra Ramdalens träffpunkt", D(96000), "accepts_partial", ["ordinary_operations"], ["2"], repay=D(32000)),
        Act("5", "Fotbollsturnering i Peterslund", D(18450), "accepts_full", ["outside_grant_period"], []),
        Act("8", "Trygghetsinventering med boende", D(27300), "unclear", ["missing_description"], []),
        Act("10", "Handledning av fältgruppen", D(53900), "disputes", ["exercise_of_authority"], ["3"]),
        Act("11", "Kommunikationsinsatser", D(12250), "accepts_full", ["purpose_mismatch"], []),
    ]
    reasons = {
        "3": "Kostnaderna ej styrkta",
        "4": "Ordinarie verksamhet",
        "5": "Utanför bidragsperioden",
        "8": "Beskrivning saknas",
        "10": "Myndighetsutövning",
        "11": "Ej inom bidragets syfte",
    }
    answers = {"3": "Bestrids", "4": "Medges delvis", "5": "Medges", "8": "Avvaktar", "10": "Bestrids", "11": "Medges"}
    rows = []
    for a in acts:
        rep = a.repayment()
        if rep is None:
            cell = "-"
        elif D(rep) == 0:
            cell = m(0, "opt_" + k)
        else:
            cell = m(rep, k)
        rows.append([a.no, a.title, m(a.claimed, k), reasons[a.no], answers[a.no], cell])
    rows.append(["", "Summa", m(249500, k), "", "", m(62700, k)])
    tab = ascii_table(["Akt", "Aktivitet", "Återkrav", "SoS skäl", "Vårt svar", "Återbet."], rows, [3, 22, 9, 19, 13, 9], {2, 5})
    for a in acts:
        a.needle = f"| {a.no} | " + __import__("textwrap").wrap(a.title, 22)[0]
    body = (
        "Hej,\n\n"
        "här kommer Oxelösunds kommuns svar på det preliminära beslutet om återkrav av statsbidraget för 2022\n"
        "(er dnr 8.4-36644/2024). Ni har föreslagit återkrav av sammanlagt " + m(249500, k) + " kr för sex\n"
        "aktiviteter. Vårt svar per aktivitet står i tabellen; kommentarer och bilagor under den.\n\n" + tab + "\n\nKommentarer\n\n"
        "Akt 3:  Läxhjälparna var timanställda och deras lön finns i lönelistorna, bilaga 1. Vi anser att\n"
        "        kostnaderna är styrkta.\n"
        "Akt 4:  Träffpunkten fanns före 2022 men hölls öppen två extra kvällar i veckan med bidraget. De\n"
        "        två tredjedelar av hyran som avser de extra kvällarna ska enligt oss inte betalas tillbaka, resten\n"
        "        medger vi (" + m(32000, k) + "). Se hyresavtal och beräkning i bilaga 2.\n"
        "Akt 8:  Beskrivningen finns i slutrapporten som inte är klar. Vi svarar på den här punkten senast\n"
        "        15 mars.\n"
        "Akt 10: Handledaren var extern och fältgruppen utövar inte myndighet, se avtalet i bilaga 3.\n\n"
        "Bilagor (bifogade filer)\n"
        "Bilaga 1  Lönelistor läxhjälp 2022\n"
        "Bilaga 2  Hyresavtal Ramdalens träffpunkt och beräkning\n"
        "Bilaga 3  Avtal om extern handledning\n\n"
        "Svaret är godkänt av socialchef Helena Dahl.\n\n"
        "Med vänliga hälsningar\n"
        "Tobias Engström\n"
        "Samordnare brottsförebyggande arbete\n"
        "Oxelösunds kommun\n"
        "Tel 0155-38 71 19\n"
    )
    quoted = (
        "-----Ursprungligt meddelande-----\n"
        "Från: Statsbidrag <statsbidrag@socialstyrelsen.se>\n"
        "Skickat: den 22 januari 2025 14:03\n"
        "Till: Registrator Oxelösund <kommun@oxelosund.se>\n"
        "Ämne: Preliminärt beslut om återkrav, dnr 8.4-36644/2024\n\n"
        "Hej! Bifogat finns Socialstyrelsens preliminära beslut om återkrav. Kommunen har möjlighet att\n"
        "yttra sig senast den 28 februari 2025. Svara gärna på detta mejl.\n"
        "Vänliga hälsningar, Enheten för statsbidrag\n"
    )
    head = [
        ("rich", "p", "<b>Tobias Engström</b>"),
        ("flowable", _rule()),
        (
            "rich",
            "small",
            "<b>Från:</b> Tobias Engström &lt;tobias.engstrom@oxelosund.se&gt;<br/>"
            "<b>Skickat:</b> den 24 februari 2025 10:14<br/>"
            "<b>Till:</b> Statsbidrag &lt;statsbidrag@socialstyrelsen.se&gt;<br/>"
            "<b>Kopia:</b> Helena Dahl &lt;helena.dahl@oxelosund.se&gt;<br/>"
            "<b>Ämne:</b> SV: Preliminärt beslut om återkrav, dnr 8.4-36644/2024 – Oxelösunds kommun<br/>"
            "<b>Bifogade filer:</b> Bilaga 1 Lönelistor.pdf; Bilaga 2 Hyresavtal och beräkning.pdf; Bilaga 3 Avtal handledning.pdf",
        ),
        ("space", 6),
    ]
    blocks = head + [mono(body, lg), ("space", 8), mono(quoted, lg)]
    pdf = render_pdf(
        d / "SV Preliminärt beslut om återkrav dnr 8.4-36644-2024.pdf",
        blocks,
        lg,
        Page(size_pt=10, margins=(2.0 * cm, 2.0 * cm, 1.8 * cm, 1.8 * cm), footer="{page}"),
    )
    g = finish(
        d,
        pdf,
        "Oxelösunds kommun",
        "2025-02-24",
        acts,
        lg,
        "A plain-text e-mail printed from the mail client: the answer is an ASCII table in Courier (+---+ rules, "
        "titles wrapped inside cells, amounts '41600,00', 'Medges delvis' with the sum only in 'Återbet.', "
        "'Avvaktar' with '-'), comments per activity under it, the agency's earlier mail quoted below.",
        [("1", "3"), ("2", "4"), ("3", "10")],
        [
            {"name": "Tobias Engström", "role": "samordnare", "phone": "+46155387119", "email": "tobias.engstrom@oxelosund.se"},
            {"name": "Helena Dahl", "role": "socialchef"},
        ],
        municipality="Oxelösund",
    )
    return g


def _rule():
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=4)


# ==========================================================================================
# 8. A scan of prose-lysekil made with a phone's document-scanner app: the paper lay curled, so
#    the text lines bow (the app's flattening left them curved), the corner crop left a slight
#    keystone, the app's "enhance" filter made the page near black-and-white with grey edges and
#    a leftover shadow band, and the free version stamps its name at the foot of every page.


def app_scan(src: Path, dst: Path, seed: int, dpi: int = 150) -> Path:
    import time

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(doc)):
        img = np.asarray(doc[i].render(scale=dpi / 72).to_pil().convert("L"), dtype=np.float32)
        h, w = img.shape
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        bow = (9 + 3 * i) * np.sin(np.pi * xx / w)  # lines sag towards the middle of the sheet
        curl = 14 * np.clip((xx - 0.8 * w) / (0.2 * w), 0, 1) ** 2 * (yy / h - 0.5)  # the right edge lifted
        key = 0.012 * (xx - w / 2) * (yy / h - 0.5)  # the crop's residual keystone
        sy = np.clip(yy - bow - curl, 0, h - 1.001)
        sx = np.clip(xx - key, 0, w - 1.001)
        y0, x0 = sy.astype(int), sx.astype(int)
        fy, fx = sy - y0, sx - x0
        warped = (
            img[y0, x0] * (1 - fy) * (1 - fx)
            + img[y0 + 1, x0] * fy * (1 - fx)
            + img[y0, x0 + 1] * (1 - fy) * fx
            + img[y0 + 1, x0 + 1] * fy * fx
        )
        shade = 1 - 0.28 * np.clip(1 - xx / (0.35 * w), 0, 1) * np.clip(yy / h, 0, 1)  # the phone's shadow
        photo = warped * shade + rnd.normal(0, 6, warped.shape)
        bg = np.asarray(Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(30)), dtype=np.float32)
        norm = photo / np.maximum(bg, 1) * 255 * (0.93 + 0.07 * shade)  # the app's background flattening
        enhanced = np.clip((norm - 120) * 2.1, 0, 255)  # and its "document" contrast curve
        out = Image.fromarray(enhanced.astype(np.uint8))
        draw = ImageDraw.Draw(out)
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", int(dpi * 0.1))
        draw.text((int(w * 0.33), int(h - dpi * 0.28)), "Skannad med SkanniQ · gratisversion", fill=150, font=font)
        pages.append(out)
    doc.close()
    fixed = time.gmtime(1740563000)
    dst.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(
        dst,
        resolution=dpi,
        save_all=True,
        append_images=pages[1:],
        quality=55,
        creationDate=fixed,
        modDate=fixed,
        producer="SkanniQ for Android",
    )
    return dst


@case
def scan_lysekil_app():
    import json

    src = OUT / "prose-lysekil"
    if not (src / "gold.json").exists():
        prose_lysekil()
    d = _CASES.fresh("scan-lysekil-app")
    pdf = app_scan(src / "Komplettering yttrande återkrav Lysekil.pdf", d / "SkanniQ_2025-02-26_1041.pdf", seed=1107)
    gold = json.loads((src / "gold.json").read_text(encoding="utf-8"))
    (g,) = gold["files"].values()
    g["scanned"] = True
    write_gold(
        d,
        {pdf.name: g},
        "prose-lysekil through a phone's document-scanner app: curled paper (bowed lines, right edge lifted), a "
        "residual keystone, the app's enhance filter (near black and white, a leftover shadow), its watermark at the "
        "foot of every page; 150 dpi JPEG. Gold as prose-lysekil.",
    )


# ==========================================================================================
# 9. Säffle: the position is taken per cost item – under each activity a small ruled table
#    "Kostnadspost | Återkrävt (kr) | Kommunens inställning" ("Medges" / "Bestrids" / "Utreds"),
#    the claim only in its Summa row; a partial repayment is the sum of the accepted items,
#    printed nowhere as one figure.


@case
def prose_saffle():
    d = _CASES.fresh("prose-saffle")
    lg = Ledger11()
    k = "baredec"
    spec = [
        (
            "1",
            "Fritidsgård i Kyrkhagen",
            ["ordinary_operations", "unverifiable_costs"],
            ["1"],
            [("Lokalhyra jan–dec", 24000, "Medges"), ("Lön fritidsledare 50 %", 52000, "Bestrids"), ("Material och spel", 8400, "Medges")],
            "Socialstyrelsen anser att fritidsgården är ordinarie verksamhet och att lönekostnaden inte är styrkt.",
            "Fritidsgården flyttade till Kyrkhagen 2022 och lokalen och materialet hade kommunen haft ändå. "
            "Fritidsledartjänsten däremot inrättades för bidraget; anställningsavtal och lönespecifikationer finns i bilaga 1.",
        ),
        (
            "2",
            "Simskola för nyanlända barn",
            ["outside_grant_period"],
            [],
            [("Entréer badhuset", 9600, "Medges"), ("Siminstruktörer", 21000, "Medges")],
            "Enligt Socialstyrelsen hölls simskolan sommaren 2024, efter bidragsperioden.",
            "Det stämmer. Kommunen har ingen invändning.",
        ),
        (
            "4",
            "Föräldrastöd i grupp",
            ["purpose_mismatch"],
            ["2"],
            [("Kursledare", 36000, "Bestrids"), ("Lokal", 4500, "Bestrids"), ("Fika", 1250, "Bestrids")],
            "Socialstyrelsen bedömer att generellt föräldrastöd inte motsvarar bidragets syfte.",
            "Grupperna riktade sig enbart till föräldrar i Kyrkhagen och Tingvalla som socialtjänsten hade kontakt "
            "med, se programmet i bilaga 2. Kommunen anser att aktiviteten ligger inom bidragets syfte.",
        ),
        (
            "5",
            "Trygghetsvärdar vid stationen",
            ["excessive_cost"],
            [],
            [("Bevakningstjänst", 68000, "Utreds"), ("Utrustning", 3200, "Utreds")],
            "Socialstyrelsen anser att kostnaden för bevakningen är orimligt hög.",
            "Avtalet med bevakningsföretaget granskas av kommunens upphandlare. Kommunen återkommer när granskningen är klar.",
        ),
        (
            "7",
            "Utbildning för personal i våldsprevention",
            ["ordinary_operations"],
            ["3"],
            [("Kursavgift", 18500, "Medges"), ("Resor och logi", 6300, "Bestrids")],
            "Enligt Socialstyrelsen är utbildningen intern kompetensutveckling.",
            "Kursen gick till kommunens personal och kursavgiften medges därför. Resorna gällde däremot två ideella "
            "ledare från Säffle IF, vilket framgår av reseräkningarna (bilaga 3).",
        ),
    ]
    acts = []
    blocks = [
        ("rich", "p", "<b>SÄFFLE KOMMUN</b><br/>Socialförvaltningen"),
        ("p", "Säffle 2025-02-25\nDnr SOC 2025/18"),
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm"),
        ("h1", "Yttrande – återkrav av statsbidrag 2023"),
        (
            "p",
            "Socialstyrelsen har i sitt preliminära beslut den 29 januari 2025 (dnr 8.4-41388/2024) föreslagit att "
            "Säffle kommun ska betala tillbaka " + m(252750, "kr") + ". Beslutet anger för varje aktivitet vilka "
            "kostnadsposter som återkrävs. Kommunen tar därför ställning post för post i tabellerna nedan.",
        ),
    ]
    for no, title, reasons, refs, items, sos, answer in spec:
        claimed = sum((D(x[1]) for x in items), Decimal(0))
        states = {x[2] for x in items}
        if states == {"Medges"}:
            pos, repay = "accepts_full", None
        elif states == {"Bestrids"}:
            pos, repay = "disputes", None
        elif states == {"Utreds"}:
            pos, repay = "unclear", None
        else:
            pos, repay = "accepts_partial", sum((D(x[1]) for x in items if x[2] == "Medges"), Decimal(0))
        acts.append(Act(no, title, claimed, pos, reasons, refs, repay=repay, needle=f"Aktivitet {no}  {title}"))
        blocks += [
            ("h2", f"Aktivitet {no}  {title}"),
            ("p", sos),
            ("p", answer),
            (
                "table",
                [["Kostnadspost", "Återkrävt (kr)", "Kommunens inställning"]]
                + [[t, m(v, k), s] for t, v, s in items]
                + [["Summa återkrävt", m(claimed, k), ""]],
                dict(widths=[0.42, 0.2, 0.3], ruled=True, header=1, align_right=[1], bold_last=True, shade=True),
            ),
        ]
    blocks += [
        (
            "p",
            "Sammantaget medger kommunen återkrav med " + m(81500, "kr") + ". För aktivitet 5 återkommer kommunen.",
        ),
        ("h2", "Bilagor"),
        (
            "p",
            "1. Anställningsavtal och lönespecifikationer, fritidsledare Kyrkhagen\n"
            "2. Program för föräldragrupperna hösten 2023\n"
            "3. Reseräkningar, utbildning i våldsprevention",
        ),
        ("space", 12),
        ("p", "Marie Ljunggren\nSocialchef\n\nKontaktperson: Henrik Alm, controller, 0533-68 11 52"),
    ]
    pdf = render_pdf(
        d / "Yttrande återkrav SOC 2025-18.pdf",
        blocks,
        lg,
        Page(font="Helvetica", size_pt=10.5, footer="Säffle kommun  |  Sida {page} av {pages}"),
    )
    finish(
        d,
        pdf,
        "Säffle kommun",
        "2025-02-25",
        acts,
        lg,
        "Positions per cost item: under each activity a ruled table Kostnadspost / Återkrävt (kr) / Kommunens "
        "inställning (Medges / Bestrids / Utreds), the claim only in its Summa row; a partial repayment is the sum of "
        "the accepted items (activity 1: 24 000 + 8 400 = 32 400, printed nowhere), all items 'Utreds' = unclear.",
        [("1", "1"), ("2", "4"), ("3", "7")],
        [
            {"name": "Marie Ljunggren", "role": "socialchef"},
            {"name": "Henrik Alm", "role": ["controller", "kontaktperson"], "phone": "+46533681152"},
        ],
    )


# ==========================================================================================
# 10. Hjo and Tibro: a joint social services committee answers the two member municipalities'
#     reclaim decisions in ONE PDF – two complete yttranden one after the other (a bundle of two
#     responses), each with its own activities numbered from 1, its own attachment list "Bilaga 1,
#     2" and its own page numbering.


def joint_part(muni: str, dnr: str, sos_dnr: str, total: int, granted: int, items: list, atts: list, lg) -> list:
    blocks = [
        ("rich", "p", "<b>Gemensamma socialnämnden för Hjo och Tibro</b><br/>Värdkommun: Tibro kommun, 543 80 Tibro"),
        ("p", f"2025-02-27\nDnr {dnr}\nSocialstyrelsens dnr {sos_dnr}"),
        ("h1", f"Yttrande avseende {muni} kommun"),
        (
            "p",
            "Socialstyrelsen har den 30 januari 2025 meddelat ett preliminärt beslut om återkrav av "
            + m(total, "kr")
            + " av det statsbidrag om "
            + m(granted, "kr")
            + f" som {muni} kommun fick för 2023. Den gemensamma "
            f"socialnämnden ansvarar för socialtjänsten i både Hjo och Tibro och yttrar sig därför för {muni} kommuns "
            "räkning. Nämndens yttrande för den andra medlemskommunen är ett eget yttrande i samma försändelse.",
        ),
    ]
    for no, title, claim, sos, answer in items:
        blocks += [
            ("h3", f"{no}. {title} – återkrav " + m(claim, "kr")),
            ("p", "Socialstyrelsen: " + sos),
            ("p", "Nämnden: " + answer),
        ]
    blocks += [("h3", f"Bilagor till yttrandet för {muni} kommun")]
    blocks += [("p", "\n".join(f"Bilaga {a}  {t}" for a, t in atts))]
    blocks += [
        ("space", 10),
        (
            "p",
            "För Gemensamma socialnämnden för Hjo och Tibro\n\nEwa Carlander (M)\nOrdförande\n\n"
            "Stefan Holmgren\nSocialchef, 0504-180 44, stefan.holmgren@tibro.se",
        ),
    ]
    return blocks


@case
def bundle_hjo_tibro():
    d = _CASES.fresh("bundle-hjo-tibro")
    tmp = Path("/tmp/genre11-build")
    issuer = "Gemensamma socialnämnden för Hjo och Tibro"
    people = [
        {"name": "Ewa Carlander", "role": "ordförande", "party": "M"},
        {"name": "Stefan Holmgren", "role": "socialchef", "phone": "+4650418044", "email": "stefan.holmgren@tibro.se"},
    ]
    lg_h, lg_t = Ledger11(), Ledger11()
    hjo_acts = [
        Act("1", "Fritidsgård i Guldkroken", D(38200), "disputes", ["ordinary_operations"], ["1"]),
        Act("2", "Sommarjobb för unga", D(22500), "accepts_full", ["purpose_mismatch"], []),
        Act("4", "Föräldraträffar", D(14800), "accepts_partial", ["unverifiable_costs"], ["2"], repay=D(6000)),
    ]
    hjo = joint_part(
        "Hjo",
        "GSN 2025/07",
        "8.4-39021/2024",
        75500,
        640000,
        [
            (
                "1",
                "Fritidsgård i Guldkroken",
                38200,
                "fritidsgården är en del av den ordinarie fritidsverksamheten.",
                "Fritidsgården öppnades i Guldkroken först 2023, med bidraget, och fanns inte tidigare i området "
                "(bilaga 1). Nämnden bestrider återkravet.",
            ),
            (
                "2",
                "Sommarjobb för unga",
                22500,
                "sommarjobb är en arbetsmarknadsinsats och ligger utanför bidragets syfte.",
                "Nämnden godtar bedömningen och återbetalar beloppet.",
            ),
            (
                "4",
                "Föräldraträffar",
                14800,
                "det saknas verifikationer för kostnaderna.",
                "Verifikationer finns för föreläsararvodena, se bilaga 2, men inte för lokalhyran och förtäringen. "
                "Nämnden medger återkrav med " + m(6000, "kr") + " och bestrider resten.",
            ),
        ],
        [("1", "Beslut om öppnande av fritidsgård i Guldkroken, 2023-01-16"), ("2", "Verifikationer föreläsararvoden")],
        lg_h,
    )
    tib_acts = [
        Act("1", "Mötesplats Centrum", D(66000), "accepts_partial", ["description_mismatch"], ["1"], repay=D(20000)),
        Act("3", "Nattvandrare", D(12900), "disputes", ["unverifiable_costs"], ["2"]),
        Act("5", "Läxhjälp", D(28400), "accepts_full", ["outside_grant_period"], []),
        Act("6", "Trygghetsinventering", D(41000), "unclear", ["missing_description"], []),
    ]
    tib = joint_part(
        "Tibro",
        "GSN 2025/08",
        "8.4-39022/2024",
        148300,
        910000,
        [
            (
                "1",
                "Mötesplats Centrum",
                66000,
                "de redovisade kostnaderna stämmer inte med beskrivningen av aktiviteten.",
                "En del av personalkostnaden avsåg mötesplatsens café, som inte fanns med i beskrivningen (bilaga 1). "
                "Nämnden medger den delen, " + m(20000, "kr") + ", men anser att övriga kostnader ska få behållas.",
            ),
            (
                "3",
                "Nattvandrare",
                12900,
                "kostnaderna är inte styrkta.",
                "Föreningens kvitton bifogas (bilaga 2). Nämnden anser att kostnaderna är styrkta och bestrider återkravet.",
            ),
            (
                "5",
                "Läxhjälp",
                28400,
                "läxhjälpen pågick till och med mars 2024, alltså utanför bidragsperioden.",
                "Inget att invända. Beloppet betalas tillbaka i sin helhet.",
            ),
            (
                "6",
                "Trygghetsinventering",
                41000,
                "aktiviteten saknar beskrivning.",
                "Inventeringen gjordes tillsammans med Tibrobyggen, som ännu inte har lämnat sin rapport. Nämnden "
                "tar ställning till återkravet när rapporten har kommit.",
            ),
        ],
        [("1", "Personalplanering Mötesplats Centrum 2023"), ("2", "Kvitton Nattvandrarna i Tibro")],
        lg_t,
    )
    for acts in (hjo_acts, tib_acts):
        for a in acts:
            a.needle = f"{a.no}. {a.title} – återkrav"
    page = Page(font="Times-Roman", size_pt=11, footer="Gemensamma socialnämnden för Hjo och Tibro · sida {page} ({pages})")
    p1 = render_pdf(tmp / "hjo.pdf", hjo, lg_h, page)
    p2 = render_pdf(tmp / "tibro.pdf", tib, lg_t, page)
    pdf = d / "GSN yttranden återkrav Hjo och Tibro.pdf"
    spans = genre_kit.merge_pdfs(pdf, [p1, p2])
    files = {}
    for part, acts, lg, muni, atts in (
        (p1, hjo_acts, lg_h, "Hjo", [("1", "1"), ("2", "4")]),
        (p2, tib_acts, lg_t, "Tibro", [("1", "1"), ("2", "3")]),
    ):
        g = response_gold(part, issuer, "2025-02-27", acts, lg, municipality=muni)
        g["attachments"] = att_gold(atts)
        g["activity_invoices"] = {}
        g["checks"] = []
        g["people"] = people
        first, last = spans[len(files)]
        files[f"{pdf.name}#pages={first}-{last}"] = g
    write_gold(
        d,
        files,
        "One PDF from a joint committee holding two complete yttranden, one per member municipality (a bundle of "
        "two responses; gold per part, pages within the part). Each part numbers its activities from 1 and its "
        "attachments from 1; 'N. Title – återkrav 38 200 kr' headings, 'Socialstyrelsen:' / 'Nämnden:' run-in labels.",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
