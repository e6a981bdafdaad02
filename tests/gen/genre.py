"""Re-create the genre corpus: tests/data/genre/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre.py [CASE ...]

Deterministic: the same bytes on every run for the reportlab and scanned files. Two cases need
outside tools and are rebuilt only with GENRE_REBUILD_EXTERNAL=1 (or when their PDF is missing)
and the tool present; their PDFs are committed, so CI needs neither, and their gold is always
recomputed from the committed PDF:
  - word-vetlanda: python-docx, then LibreOffice (`apt-get install -y libreoffice-writer-nogui`,
    `soffice --headless --convert-to pdf`);
  - html-oskarshamn: headless chromium (`chromium --headless --no-sandbox --print-to-pdf`).
Every municipality, person, supplier, amount and sentence is invented. Gold page numbers are
found by looking the headings up in the finished PDFs (pypdfium2), never by running granttrail.
"""

from __future__ import annotations

import os
import shutil
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from genre_kit import (  # noqa: E402
    OUT,
    Act,
    Inv,
    Ledger,
    Page,
    activities_gold,
    invoice_pdf,
    m,
    page_of,
    page_texts,
    render_pdf,
    totals,
    write_gold,
)
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402

CASES = {}
# LibreOffice and chromium stamp dates into their PDFs: rebuild those two only when asked
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"


def case(fn):
    CASES[fn.__name__.replace("_", "-")] = fn
    return fn


def fresh(name: str) -> Path:
    d = OUT / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def response_gold(
    pdf: Path,
    issuer: str,
    date: str,
    acts: list[Act],
    ledger: Ledger,
    municipality: str = "",
    start: int = 1,
    **extra,
) -> dict:
    texts = page_texts(pdf)
    g = {
        "kind": "response",
        "issuer": issuer,
        "municipality": municipality or issuer.replace(" kommun", ""),
        "addressee": "Socialstyrelsen",
        "doc_date": date,
        "page_count": len(texts),
        "activities": activities_gold(acts, texts, start),
        "totals": totals(acts),
    }
    g.update(ledger.gold())
    g.update(extra)
    return g


def simple_doc(path: Path, title: str, paras: list[str], header: str, pages: int = 1) -> Path:
    """An attachment that is not an invoice (agreement, list, schedule): text only."""
    blocks = [("h1", title)]
    for i in range(pages):
        blocks += [("p", p) for p in paras]
        if i < pages - 1:
            blocks.append(("break",))
    return render_pdf(path, blocks, Ledger(), Page(header=header, footer="Sida {page} av {pages}"))


# ------------------------------------------------------------------------------------------
# 1. Tranemo: "2.1" numbering, an amount line under each heading, "Bilaga N <title>" lines,
#    references "(bilaga 2)", "bil. 6", "bilagorna 3–5", amounts in kr and mnkr, two invoices and
#    an agreement supplied in bilagor/.

TRANEMO_ACTS = [
    Act(
        "2.1",
        "Fritidsledare kvällstid i Limmared",
        Decimal(45000),
        "disputes",
        ["ordinary_operations"],
        ["1"],
    ),
    Act(
        "2.2",
        "Musikstudio för unga i Tranemo centrum",
        Decimal(62500),
        "accepts_partial",
        ["conditions_not_met"],
        ["2"],
        repay=Decimal(12500),
    ),
    Act(
        "2.3",
        "Lovaktiviteter sommaren 2023",
        Decimal(38400),
        "disputes",
        ["unverifiable_costs"],
        ["3", "4", "5"],
    ),
    Act(
        "2.4",
        "Föräldrastöd i samverkan med studieförbund",
        Decimal(300000),
        "disputes",
        ["description_mismatch", "purpose_mismatch"],
        ["6"],
    ),
    Act(
        "2.5",
        "Kompetensutveckling för fältassistenter",
        Decimal(27850),
        "accepts_full",
        ["ordinary_operations", "outside_grant_period"],
    ),
]


def tranemo_blocks() -> list:
    a = {x.no: x for x in TRANEMO_ACTS}
    return [
        ("p", "Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm"),
        ("space", 10),
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag"),
        ("p", "Er beteckning: 9.1-28817/2024"),
        ("h2", "1 Bakgrund"),
        (
            "p",
            "Tranemo kommun beviljades för år 2023 statsbidrag om " + m(1850000) + " för insatser som förebygger "
            "brott och stärker tryggheten för barn och unga i socialt utsatta områden. "
            "Socialstyrelsen har efter "
            "granskning av kommunens redovisning meddelat att myndigheten avser att återkräva "
            + m(473750)
            + " fördelat på fem aktiviteter. Kommunen har getts möjlighet att yttra sig senast den "
            "21 februari 2025 "
            "och lämnar härmed sitt yttrande.",
        ),
        (
            "p",
            "Kommunens synpunkter redovisas nedan under varje aktivitet i samma ordning som i "
            "Socialstyrelsens "
            "skrivelse. Handlingar som styrker kommunens uppgifter bifogas enligt förteckningen "
            "sist i yttrandet.",
        ),
        ("h2", "2 Kommunens synpunkter per aktivitet"),
        ("h3", "2.1 " + a["2.1"].title),
        ("p", "Återkrävt belopp: " + m(45000)),
        (
            "p",
            "Socialstyrelsen bedömer att fritidsledarnas kvällspass är en del av fritidsgårdens "
            "ordinarie "
            "verksamhet och att bidraget därför inte har använts för att förstärka den befintliga "
            "verksamheten.",
        ),
        (
            "p",
            "Kommunen delar inte denna bedömning. Fritidsgården i Limmared hade före 2023 öppet "
            "två kvällar i "
            "veckan. Med bidraget utökades öppettiderna till fem kvällar och två fritidsledare "
            "anställdes på "
            "visstid för just detta ändamål (bilaga 1). Under hösten deltog i genomsnitt 35 "
            "ungdomar per kväll. "
            "Kommunen motsätter sig därför återkravet i sin helhet.",
        ),
        ("h3", "2.2 " + a["2.2"].title),
        ("p", "Återkrävt belopp: " + m(62500)),
        (
            "p",
            "Enligt Socialstyrelsen har en del av medlen använts till inköp av inventarier, vilket "
            "inte är "
            "tillåtet enligt villkoren för bidraget.",
        ),
        (
            "p",
            "Studion byggdes upp av Ljudverkstan i Sjuhärad AB som också höll i 14 workshoppar för "
            "unga "
            "(bilaga 2). Av fakturans belopp avser " + m(12500) + " mikrofoner och hörlurar som finns kvar i "
            "kommunens ägo. Kommunen medger att denna del ska återbetalas, det vill säga "
            + m(12500, "kronor")
            + ", men bestrider återkravet i övrigt eftersom resterande "
            + m(50000)
            + " avser workshopledning.",
        ),
        ("h3", "2.3 " + a["2.3"].title),
        ("p", "Återkrävt belopp: " + m(38400)),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna inte kan styrkas eftersom deltagarlistor och fakturor saknas i redovisningen.",
        ),
        (
            "p",
            "Kommunen kompletterar härmed redovisningen med deltagarlistor för vecka 26 och 27 "
            "samt fakturan "
            "för bussresorna till Ulricehamn och Borås, se bilagorna 3–5. Totalt deltog 112 barn "
            "och unga i "
            "lovaktiviteterna. Mot bakgrund av underlagen anser kommunen att beloppet inte ska "
            "återbetalas.",
        ),
        ("h3", "2.4 " + a["2.4"].title),
        ("p", "Återkrävt belopp: " + m(300000)),
        (
            "p",
            "Socialstyrelsen bedömer att föräldrastödet inte ligger i linje med bidragets syfte "
            "och att "
            "kommunens beskrivning av insatsen inte stämmer överens med de kostnader som "
            "redovisats.",
        ),
        (
            "p",
            "Insatsen, som omfattade totalt " + m(300000, "mnkr") + ", genomfördes tillsammans med "
            "Studieförbundet Vuxenskolan enligt samverkansavtal (bil. 6). Föräldragrupperna "
            "riktade sig till "
            "vårdnadshavare i Tranemo centrum och Grimsås där oron för rekrytering av unga till "
            "kriminella "
            "nätverk har ökat. Kommunen har i redovisningen beskrivit att kostnaden avser "
            "ledararvoden och "
            "lokalhyra, vilket också framgår av avtalet. Kommunen bestrider återkravet.",
        ),
        ("h3", "2.5 " + a["2.5"].title),
        ("p", "Återkrävt belopp: " + m(27850)),
        (
            "p",
            "Socialstyrelsen bedömer att utbildningen är intern kompetensutveckling som ingår i "
            "ordinarie "
            "verksamhet och att kursen dessutom genomfördes i januari 2024, utanför "
            "bidragsperioden.",
        ),
        (
            "p",
            "Tranemo kommun delar Socialstyrelsens bedömning och kommer att återbetala beloppet.",
        ),
        ("h2", "3 Sammanfattning"),
        (
            "p",
            "Kommunen medger återbetalning av sammanlagt " + m(40350) + " avseende aktivitet 2.2 och 2.5 och "
            "bestrider återkravet i övrigt.",
        ),
        ("h2", "4 Bilagor"),
        (
            "p",
            "Bilaga 1 Tjänstgöringsschema fritidsledare hösten 2023\n"
            "Bilaga 2 Faktura 23-0412 Ljudverkstan i Sjuhärad AB\n"
            "Bilaga 3 Deltagarlista lovaktiviteter vecka 26\n"
            "Bilaga 4 Deltagarlista lovaktiviteter vecka 27\n"
            "Bilaga 5 Faktura 55120 Sjuhärads Buss & Resor AB\n"
            "Bilaga 6 Samverkansavtal Studieförbundet Vuxenskolan",
        ),
        ("space", 12),
        (
            "p",
            "Kontaktperson: Sofia Hägglund, utvecklingsledare, tfn 0325-57 60 44, sofia.hagglund@tranemo.se",
        ),
        ("space", 14),
        ("p", "Tranemo den 14 februari 2025"),
        ("space", 18),
        ("p", "Per-Olof Kjellberg\nSocialchef, Tranemo kommun"),
    ]


TRANEMO_BUYER = ["Tranemo kommun", "Socialförvaltningen", "Box 16", "514 21 Tranemo"]


def tranemo_invoices(stamp: bool = False) -> list[Inv]:
    return [
        Inv(
            "23-0412",
            "2023-09-29",
            "2023-10-29",
            "Ljudverkstan i Sjuhärad AB",
            [
                "Verkstadsgatan 4, 523 37 Ulricehamn",
                "Org.nr 559412-3380  Momsreg.nr SE559412338001",
            ],
            TRANEMO_BUYER,
            [
                ("Workshopledning musikproduktion, 14 tillfällen", 14, "st", "3571.43", 25),
                ("Mikrofoner och hörlurar", 1, "st", "12499.98", 25),
            ],
            org_no="559412-3380",
            layout="band",
            ref="Emir Kovac",
            pay=[("Bankgiro", "5512-8841"), ("OCR", "2304120017")],
            stamp="Bilaga 2" if stamp else "",
        ),
        Inv(
            "55120",
            "2023-08-04",
            "2023-09-03",
            "Sjuhärads Buss & Resor AB",
            ["Stationsvägen 11", "514 32 Tranemo", "Org.nr 556731-0945", "Bankgiro 732-1190"],
            TRANEMO_BUYER,
            [
                ("Bussresa Tranemo–Ulricehamn t/r 2023-06-28", 1, "st", "9600", 6),
                ("Bussresa Tranemo–Borås t/r 2023-07-05", 2, "st", "14400", 6),
            ],
            org_no="556731-0945",
            layout="footer",
            ref="Lovverksamheten",
            pay=[("Bankgiro", "732-1190"), ("Betalningsvillkor", "30 dagar")],
            stamp="Bilaga 5" if stamp else "",
        ),
    ]


@case
def prose_tranemo():
    d = fresh("prose-tranemo")
    L = Ledger()
    pdf = render_pdf(
        d / "Yttrande Tranemo kommun 2025-02-14.pdf",
        tranemo_blocks(),
        L,
        Page(
            header="Tranemo kommun · Socialförvaltningen",
            footer="{page} ({pages})",
            letterhead=["Datum 2025-02-14", "Dnr SN 2024/118"],
        ),
    )
    inv = tranemo_invoices()
    invoice_pdf(d / "bilagor" / "Bilaga 2 Faktura 23-0412.pdf", [inv[0]])
    invoice_pdf(d / "bilagor" / "Bilaga 5 Faktura 55120.pdf", [inv[1]])
    simple_doc(
        d / "bilagor" / "Bilaga 6 Samverkansavtal.pdf",
        "Samverkansavtal om föräldrastöd",
        [
            "Parter: Tranemo kommun, socialförvaltningen, och Studieförbundet Vuxenskolan Sjuhärad.",
            "Avtalet avser föräldragrupper enligt programmet Föräldrakraft under perioden 1 "
            "mars–15 december "
            "2023. Kommunen ersätter studieförbundet för ledararvoden och lokalhyra enligt bilagd "
            "budget.",
            "Avtalet har upprättats i två likalydande exemplar varav parterna tagit var sitt.",
        ],
        "Samverkansavtal 2023",
        pages=2,
    )
    g = response_gold(pdf, "Tranemo kommun", "2025-02-14", TRANEMO_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "2.1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2.2", "invoice_number": "23-0412"},
        {"attachment_id": "3", "activity_no": "2.3", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "2.3", "invoice_number": None},
        {"attachment_id": "5", "activity_no": "2.3", "invoice_number": "55120"},
        {"attachment_id": "6", "activity_no": "2.4", "invoice_number": None},
    ]
    g["attachment_files"] = {
        "2": "Bilaga 2 Faktura 23-0412.pdf",
        "5": "Bilaga 5 Faktura 55120.pdf",
        "6": "Bilaga 6 Samverkansavtal.pdf",
    }
    g["activity_invoices"] = {
        "2.2": [{"invoice_number": "23-0412", "invoice_date": "2023-09-29"}],
        "2.3": [{"invoice_number": "55120", "invoice_date": "2023-08-04"}],
    }
    g["checks"] = []
    g["people"] = [
        {
            "name": "Sofia Hägglund",
            "role": "utvecklingsledare",
            "phone": "+46325576044",
            "email": "sofia.hagglund@tranemo.se",
        },
        {"name": "Per-Olof Kjellberg", "role": "socialchef"},
    ]
    g["quantities"] = [{"value": 35, "unit": "ungdom"}, {"value": 112, "unit": "barn"}]
    files = {pdf.name: g}
    for i, f in zip(inv, ["Bilaga 2 Faktura 23-0412.pdf", "Bilaga 5 Faktura 55120.pdf"], strict=True):
        files[f] = i.gold()
    write_gold(
        d,
        files,
        "Prose response, '2.1' numbering, amount line under each heading; two invoices "
        "(nets equal the claimed sums) and an agreement supplied in bilagor/.",
    )


# ------------------------------------------------------------------------------------------
# 2. Kiruna: "Aktivitet N – title" headings with gaps in the numbering, amounts as "18 600:-", a
#    summary table in kronor, a "Bilageförteckning" with letter-suffixed ids, a reference to an
#    attachment that is not in the list, a signature with party.

KIRUNA_ACTS = [
    Act(
        "1",
        "Nattvandring med föräldrar i Luossavaara",
        Decimal(18600),
        "accepts_full",
        ["unverifiable_costs"],
        needle="Aktivitet 1 – Nattvandring",
    ),
    Act(
        "3",
        "Idrottsskola på Lombia",
        Decimal(96000),
        "disputes",
        ["purpose_mismatch"],
        ["3a", "3b"],
        needle="Aktivitet 3 – Idrottsskola",
    ),
    Act(
        "4",
        "Samordnare för SSPF",
        Decimal(212480),
        "accepts_partial",
        ["exercise_of_authority", "ordinary_operations"],
        ["4a"],
        repay=Decimal(53120),
        needle="Aktivitet 4 – Samordnare",
    ),
    Act(
        "7",
        "Filmprojekt med Kiruna folkhögskola",
        Decimal(40000),
        "disputes",
        ["fabricated_documents"],
        ["7a", "7b", "7c"],
        needle="Aktivitet 7 – Filmprojekt",
    ),
]


def kiruna_blocks() -> list:
    c = "colon"
    return [
        ("p", "Till Socialstyrelsen\nregistrator@socialstyrelsen.se"),
        ("h1", "YTTRANDE"),
        (
            "p",
            "Angående preliminärt beslut om återbetalning av statsbidrag för 2023 till kommuner "
            "med socialt "
            "utsatta områden, Socialstyrelsens dnr 9.1-30554/2024",
        ),
        (
            "p",
            "Kiruna kommun har tagit del av Socialstyrelsens skrivelse den 28 januari 2025. Av "
            "skrivelsen framgår "
            "att Socialstyrelsen överväger att återkräva medel för fyra av de åtta aktiviteter som "
            "kommunen "
            "redovisade. Kommunen lämnar följande yttrande.",
        ),
        ("h3", "Sammanställning"),
        (
            "table",
            [
                ["Aktivitet", "Återkrävt (kr)", "Kommunens inställning"],
                ["1 Nattvandring med föräldrar", m(18600, "bare"), "Godtas"],
                ["3 Idrottsskola på Lombia", m(96000, "bare"), "Bestrids"],
                [
                    "4 Samordnare för SSPF",
                    m(212480, "bare"),
                    "Godtas delvis (" + m(53120, "colon") + ")",
                ],
                ["7 Filmprojekt", m(40000, "bare"), "Bestrids"],
                ["Summa", m(367080, "bare"), ""],
            ],
            dict(widths=[0.45, 0.2, 0.35], ruled=True, align_right=[1], bold_last=True),
        ),
        ("h2", "Aktivitet 1 – Nattvandring med föräldrar i Luossavaara"),
        ("p", "Belopp: " + m(18600, c)),
        (
            "p",
            "Socialstyrelsens bedömning: Kommunen har inte kunnat visa vilka kostnader som hör "
            "till "
            "nattvandringen. Kvitton för inköp av västar och fika saknas.",
        ),
        (
            "p",
            "Kommunens svar: Kvittona har inte gått att återfinna. Kommunen godtar "
            "Socialstyrelsens bedömning och "
            "betalar tillbaka " + m(18600, c) + ".",
        ),
        ("h2", "Aktivitet 3 – Idrottsskola på Lombia"),
        ("p", "Belopp: " + m(96000, c)),
        (
            "p",
            "Socialstyrelsens bedömning: Idrottsskolan är en generell fritidsaktivitet som inte är "
            "förenlig med "
            "bidragets syfte att förebygga brott i socialt utsatta områden.",
        ),
        (
            "p",
            "Kommunens svar: Idrottsskolan riktades till barn i årskurs 4–6 i Lombia och Centrum "
            "där skolorna "
            "rapporterat ökad skadegörelse och att yngre barn används som budbärare. Urvalet "
            "gjordes i samråd "
            "med fältgruppen och skolkuratorerna, se bilaga 3a och 3b. 46 barn deltog regelbundet. "
            "Kommunen "
            "anser att aktiviteten ligger väl inom bidragets syfte och bestrider återkravet.",
        ),
        ("h2", "Aktivitet 4 – Samordnare för SSPF"),
        ("p", "Belopp: " + m(212480, c)),
        (
            "p",
            "Socialstyrelsens bedömning: Samordnaren har utfört uppgifter som utgör "
            "myndighetsutövning, bland "
            "annat utredningar enligt socialtjänstlagen, och tjänsten har i övrigt ingått i "
            "ordinarie "
            "verksamhet.",
        ),
        (
            "p",
            "Kommunens svar: Samordnaren anställdes för att bygga upp samverkan mellan skola, "
            "socialtjänst, polis "
            "och fritid (SSPF), se arbetsbeskrivningen i bilaga 4a. Under en period på tre månader "
            "täckte "
            "samordnaren upp för en vakant handläggartjänst. Kommunen vidgår att denna del, "
            + m(53120, c)
            + ", ska återbetalas men bestrider återkravet i övrigt.",
        ),
        ("h2", "Aktivitet 7 – Filmprojekt med Kiruna folkhögskola"),
        ("p", "Belopp: " + m(40000, c)),
        (
            "p",
            "Socialstyrelsens bedömning: Avtalet mellan kommunen och folkhögskolan är daterat "
            "efter att "
            "projektet avslutades och bedöms ha upprättats i efterhand.",
        ),
        (
            "p",
            "Kommunens svar: Avtalet undertecknades den 12 maj 2023, innan filmprojektet startade "
            "i juni, och "
            "fakturan från folkhögskolan är daterad den 30 september 2023 (bilagorna 7a–7b). Det "
            "datum "
            "Socialstyrelsen hänvisar till är datumet för kommunens diarieföring, se även bilaga "
            "7c. "
            "Kommunen delar därför inte Socialstyrelsens bedömning.",
        ),
        ("h3", "Bilageförteckning"),
        (
            "p",
            "3a Närvarolistor idrottsskolan vårterminen 2023\n"
            "3b Minnesanteckningar samrådsgrupp Lombia 2023-03-08\n"
            "4a Arbetsbeskrivning samordnare SSPF\n"
            "7a Avtal Kiruna folkhögskola, undertecknat 2023-05-12\n"
            "7b Faktura 2023-118 Kiruna folkhögskola",
        ),
        ("space", 10),
        ("p", "Handläggare: Jonas Pekkari, 0980-702 15, jonas.pekkari@kiruna.se"),
        ("space", 10),
        ("p", "Med vänlig hälsning\nKIRUNA KOMMUN\nSocialnämnden"),
        ("space", 16),
        ("p", "Lena Vuolab (S)\nOrdförande i socialnämnden"),
    ]


@case
def prose_kiruna():
    d = fresh("prose-kiruna")
    L = Ledger()
    pdf = render_pdf(
        d / "Kiruna yttrande återkrav.pdf",
        kiruna_blocks(),
        L,
        Page(
            header="KIRUNA KOMMUN     Socialförvaltningen     YTTRANDE",
            footer="Sida {page} av {pages}",
            font="Times-Roman",
            size_pt=11,
            letterhead=["2025-03-03", "Dnr KS 2025-0077"],
        ),
    )
    g = response_gold(pdf, "Kiruna kommun", "2025-03-03", KIRUNA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "3a", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "3b", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "4a", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "7a", "activity_no": "7", "invoice_number": None},
        {"attachment_id": "7b", "activity_no": "7", "invoice_number": "2023-118"},
    ]
    g["activity_invoices"] = {"7": [{"invoice_number": "2023-118"}]}
    g["checks"] = [{"activity_no": "7", "check": "unresolved_reference"}]
    g["people"] = [
        {
            "name": "Jonas Pekkari",
            "role": "handläggare",
            "phone": "+4698070215",
            "email": "jonas.pekkari@kiruna.se",
        },
        {"name": "Lena Vuolab", "role": "ordförande", "party": "S"},
    ]
    g["quantities"] = [{"value": 46, "unit": "barn"}]
    write_gold(
        d,
        {pdf.name: g},
        "Prose response, 'Aktivitet N – title' headings (numbers 1, 3, 4, 7), amounts "
        "as '18 600:-', summary table, letter-suffixed attachment ids, 'bilaga 7c' is not "
        "in the list. No attachment files supplied.",
    )


# ------------------------------------------------------------------------------------------
# 3. Ystad: "Åtgärd N. title – amount" headings, amounts as "SEK 35 000", a summary table in tkr,
#    an inline "Bilagor: 1. … 2. …" list, and an introduction whose stated total does not add up.

YSTAD_ACTS = [
    Act(
        "1",
        "Sommarjobb för ungdomar i Norra Ystad",
        Decimal(88000),
        "disputes",
        ["ordinary_operations"],
        ["1"],
        needle="Åtgärd 1. Sommarjobb",
    ),
    Act(
        "2",
        "Fältgrupp helgkvällar",
        Decimal(120000),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2"],
        repay=Decimal(35000),
        needle="Åtgärd 2. Fältgrupp",
    ),
    Act(
        "3",
        "Trygghetskameror vid Surbrunnsplan",
        Decimal(146000),
        "accepts_full",
        ["conditions_not_met", "purpose_mismatch"],
        needle="Åtgärd 3. Trygghetskameror",
    ),
    Act(
        "4",
        "Konferensresa till Köpenhamn",
        Decimal(58000),
        "disputes",
        ["excessive_cost"],
        ["3"],
        needle="Åtgärd 4. Konferensresa",
    ),
]


def ystad_blocks() -> list:
    t = "tcell"
    return [
        (
            "p",
            "YSTADS KOMMUN\nSocial omsorg\n\nSocialstyrelsen\nAvdelningen för kunskapsstyrning\n106 30 Stockholm",
        ),
        ("p", "Ystad 2025-01-30"),
        ("h1", "Yttrande – återkrav av statsbidrag 2023"),
        (
            "p",
            "Socialstyrelsen har i skrivelse den 10 december 2024 meddelat att myndigheten "
            "överväger att kräva "
            "tillbaka sammanlagt " + m(402000, "sek") + " av det bidrag om " + m(2400000, "mnkr") + " som Ystads "
            "kommun tog emot för 2023. Kommunen har gått igenom de fyra åtgärder som berörs och "
            "lämnar "
            "nedan sina synpunkter.",
        ),
        (
            "table",
            [
                ["Åtgärd", "Återkrävt (tkr)", "Medges (tkr)", "Bestrids (tkr)"],
                ["1 Sommarjobb", m(88000, t), m(0, "opt_tcell"), m(88000, t)],
                ["2 Fältgrupp helgkvällar", m(120000, t), m(35000, t), m(85000, t)],
                ["3 Trygghetskameror", m(146000, t), m(146000, t), m(0, "opt_tcell")],
                ["4 Konferensresa", m(58000, t), m(0, "opt_tcell"), m(58000, t)],
                ["Summa", m(412000, t), m(181000, t), m(231000, t)],
            ],
            dict(widths=[0.4, 0.2, 0.2, 0.2], ruled=False, align_right=[1, 2, 3], bold_last=True),
        ),
        ("h3", "Åtgärd 1. Sommarjobb för ungdomar i Norra Ystad – " + m(88000, "sek")),
        (
            "p",
            "Socialstyrelsen anser att sommarjobben är en del av kommunens ordinarie feriearbeten "
            "och inte "
            "ett komplement till befintlig verksamhet.",
        ),
        (
            "p",
            "Kommunen har sedan tidigare feriearbeten för ungdomar i årskurs 9. Med bidraget "
            "erbjöds därutöver "
            "30 platser till ungdomar i Norra Ystad som inte fått plats i ordinarie feriearbeten, "
            "med extra "
            "handledning av fältgruppen. Kommunens beslut om feriearbete 2023 (bilaga 1) visar att "
            "dessa "
            "platser låg utanför den ordinarie ramen. Kommunen bestrider återkravet.",
        ),
        ("h3", "Åtgärd 2. Fältgrupp helgkvällar – " + m(120000, "sek")),
        (
            "p",
            "Socialstyrelsen bedömer att det inte går att utläsa av redovisningen vilka "
            "lönekostnader som avser "
            "helgkvällar och vilka som avser dagtid.",
        ),
        (
            "p",
            "Fältgruppens körjournal och tidrapporter (bil. 2) visar arbetade timmar per kväll. "
            "För perioden "
            "september–december saknas tidrapporter. Kommunen accepterar därför att "
            + m(35000, "sek")
            + " återbetalas och vidhåller att resterande "
            + m(85000, "sek")
            + " är styrkta.",
        ),
        ("h3", "Åtgärd 3. Trygghetskameror vid Surbrunnsplan – " + m(146000, "sek")),
        (
            "p",
            "Socialstyrelsen bedömer att inköp av kameror är en investering som inte är tillåten "
            "enligt villkoren "
            "och som inte heller svarar mot bidragets syfte.",
        ),
        ("p", "Kommunen accepterar återkravet för denna åtgärd."),
        ("h3", "Åtgärd 4. Konferensresa till Köpenhamn – " + m(58000, "sek")),
        (
            "p",
            "Socialstyrelsen bedömer att kostnaden för resan är orimligt hög i förhållande till "
            "nyttan, "
            "särskilt kostnaderna för hotell och middag.",
        ),
        (
            "p",
            "Resan genomfördes med 14 deltagare från socialtjänst, skola och polis för att studera "
            "Köpenhamns "
            "arbete med SSP-samverkan, se programmet i bilaga 3. Kostnaden per deltagare motsvarar "
            "en "
            "tvådagarskonferens i Sverige. Kommunen yrkar att Socialstyrelsen avstår från återkrav "
            "för "
            "denna åtgärd.",
        ),
        (
            "p",
            "Bilagor: 1. Beslut om feriearbete 2023 2. Körjournal och tidrapporter fältgruppen "
            "3. Program studieresa Köpenhamn 2023-10-18–19",
        ),
        ("space", 8),
        (
            "p",
            "Upplysningar lämnas av Ahmed Rahimi, controller, tfn 0411-57 74 30, e-post ahmed.rahimi@ystad.se.",
        ),
        ("space", 16),
        ("p", "Karin Sjöholm\nFörvaltningschef, social omsorg"),
    ]


@case
def prose_ystad():
    d = fresh("prose-ystad")
    L = Ledger()
    pdf = render_pdf(
        d / "2025-01-30 Yttrande Ystad.pdf",
        ystad_blocks(),
        L,
        Page(header="", footer="{page}/{pages}", size_pt=10),
    )
    g = response_gold(pdf, "Ystads kommun", "2025-01-30", YSTAD_ACTS, L, municipality="Ystad")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "4", "invoice_number": None},
    ]
    g["checks"] = [{"activity_no": None, "check": "stated_total_mismatch"}]
    g["checks_allowed"] = [{"activity_no": None, "check": "summary_table_mismatch"}]
    g["people"] = [
        {
            "name": "Ahmed Rahimi",
            "role": "controller",
            "phone": "+46411577430",
            "email": "ahmed.rahimi@ystad.se",
        },
        {"name": "Karin Sjöholm", "role": "förvaltningschef"},
    ]
    g["quantities"] = [{"value": 30, "unit": "plats"}, {"value": 14, "unit": "deltagare"}]
    write_gold(
        d,
        {pdf.name: g},
        "Prose response, 'Åtgärd N. title – SEK amount' headings, summary table in tkr "
        "(zeros optional), inline 'Bilagor: 1. … 2. …'. The introduction states SEK 402 000 "
        "while the four items (and the table) sum to 412 000: stated_total_mismatch.",
    )


# ------------------------------------------------------------------------------------------
# 4. Lidköping: a contents page with dot leaders and no amounts, "Projekt N. title" headings, each
#    project opening with a two-column form table (amount, the agency's assessment), letter ids
#    "Bilaga A/B/C", a contents title that differs from its heading, an undecided position.

LIDKOPING_ACTS = [
    Act(
        "1",
        "Mötesplats Margretelund",
        Decimal(214750),
        "disputes",
        ["purpose_mismatch"],
        ["A"],
        needle="Projekt 1. Mötesplats Margretelund",
    ),
    Act(
        "2",
        "Kulturkollo på Sjöängen",
        Decimal(126400),
        "accepts_partial",
        ["outside_grant_period"],
        ["B"],
        repay=Decimal(31600),
        needle="Projekt 2. Kulturkollo",
    ),
    Act(
        "3",
        "Läxhjälp och studiero i Östra Margretelund",
        Decimal(58900),
        "unclear",
        ["missing_description"],
        ["C"],
        needle="Projekt 3. Läxhjälp och studiero",
        toc_title="Läxhjälp i Östra Margretelund",
    ),
    Act(
        "4",
        "Utbildning i motiverande samtal",
        Decimal(44000),
        "accepts_full",
        ["ordinary_operations"],
        needle="Projekt 4. Utbildning i motiverande",
    ),
]


def leaders(text: str, width_cm: float = 13.5, font: str = "Helvetica", size: float = 10.5) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = text + " "
    while stringWidth(s + ". ", font, size) < width_cm * cm:
        s += ". "
    return s.rstrip()


def lidkoping_blocks(toc_pages: dict) -> list:
    def form(amount, assessment):
        return (
            "table",
            [["Återkrävt belopp", m(amount, "kr")], ["Socialstyrelsens bedömning", assessment]],
            dict(widths=[0.3, 0.7], ruled=True, header=0, shade=False),
        )

    toc = (
        [("Inledning", "Inledning")]
        + [(f"Projekt {a.no}. {a.toc_title or a.title}", a.needle) for a in LIDKOPING_ACTS]
        + [("Bifogade handlingar", "Bifogade handlingar")]
    )
    return [
        ("p", "LIDKÖPINGS KOMMUN\nSocialförvaltningen"),
        ("p", "Datum: 2025-02-20\nDiarienummer: SOC 2024/311"),
        ("h1", "Yttrande till Socialstyrelsen avseende återkrav av statsbidrag"),
        ("h2", "Innehåll"),
        (
            "table",
            [[leaders(t), str(toc_pages.get(k, 9))] for t, k in toc],
            dict(widths=[0.9, 0.1], ruled=False, header=0, align_right=[1]),
        ),
        ("break",),
        ("h2", "Inledning"),
        (
            "p",
            "Lidköpings kommun har tagit del av Socialstyrelsens preliminära bedömning av "
            "kommunens redovisning "
            "av statsbidraget för 2023. Socialstyrelsen ifrågasätter fyra av kommunens projekt och "
            "avser att "
            "återkräva totalt " + m(444050, "kronor") + ". Nedan lämnar kommunen sina synpunkter projekt för "
            "projekt. Kommunen vill inledningsvis framhålla att samtliga projekt har tagits fram "
            "utifrån den "
            "lokala lägesbilden för Margretelund och Östra Margretelund, som sedan 2021 har pekats "
            "ut som "
            "områden med förhöjd risk.",
        ),
        ("h2", LIDKOPING_ACTS[0].needle),
        form(
            214750,
            "Verksamheten bedöms inte vara förenlig med statsbidragets syfte, eftersom "
            "mötesplatsen "
            "vänder sig till alla åldrar och inte särskilt till barn och unga i riskzon.",
        ),
        (
            "p",
            "Mötesplatsen har haft öppet fyra kvällar i veckan och har i genomsnitt haft 60 "
            "besökare per "
            "kväll, varav en majoritet i åldern 12–20 år. Personalen arbetar uppsökande och "
            "relationsskapande "
            "och har under året lotsat unga vidare till socialtjänstens öppenvård. "
            "Verksamhetsberättelsen "
            "(se bilaga A) beskriver arbetet närmare. Lidköpings kommun vidhåller att projektet "
            "ska godkännas "
            "och anser inte att någon återbetalning ska ske.",
        ),
        ("break",),
        ("h2", LIDKOPING_ACTS[1].needle + " på Sjöängen"),
        form(
            126400,
            "Delar av kostnaden avser kollo som genomförs sommaren 2024 och ligger därmed utanför bidragsperioden.",
        ),
        (
            "p",
            "Kollot genomfördes vecka 32 2023 för 48 barn. Enligt fakturan från kollogården "
            "(bilaga B) "
            "betalades i december 2023 även en bokningsavgift för 2024 års kollo. Kommunen medger "
            "återbetalning av "
            + m(31600, "kronor")
            + " som avser förskottet och anser att resterande "
            + m(94800, "kronor")
            + " ska godkännas.",
        ),
        ("h2", LIDKOPING_ACTS[2].needle + " i Östra Margretelund"),
        form(
            58900,
            "Kommunen har inte beskrivit vad projektet innehållit och hur det har bidragit till bidragets syfte.",
        ),
        (
            "p",
            "Projektbeskrivningen föll av misstag bort ur kommunens redovisning. Kommunen arbetar "
            "med att ta "
            "fram en fullständig beskrivning med uppgifter om deltagare och genomförande (bilaga "
            "C) och "
            "återkommer med den senast den 31 mars 2025.",
        ),
        ("h2", LIDKOPING_ACTS[3].needle + " samtal"),
        form(
            44000,
            "Utbildningen är intern kompetensutveckling för socialsekreterare och ingår i ordinarie verksamhet.",
        ),
        (
            "p",
            "Kommunen har inget att invända mot Socialstyrelsens bedömning och återbetalar " + m(44000, "kronor") + ".",
        ),
        ("h2", "Bifogade handlingar"),
        (
            "p",
            "Bilaga A Verksamhetsberättelse Mötesplats Margretelund 2023\n"
            "Bilaga B Faktura 10442 Sjöängens kursgård\n"
            "Bilaga C Projektbeskrivning läxhjälp (eftersänds)",
        ),
        ("space", 10),
        (
            "p",
            "För frågor, kontakta Frida Åkesson, enhetschef, 0510-77 05 12 eller frida.akesson@lidkoping.se.",
        ),
        ("space", 16),
        ("p", "Magnus Lind\nSocialchef"),
    ]


@case
def prose_lidkoping():
    d = fresh("prose-lidkoping")
    L = Ledger()
    page = Page(
        header="Lidköpings kommun",
        footer="{page}",
        margins=(2.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm),
    )
    name = "Yttrande statsbidrag Lidköping.pdf"
    probe = render_pdf(d / name, lidkoping_blocks({}), Ledger(), page)
    texts = page_texts(probe)
    keys = ["Inledning"] + [a.needle for a in LIDKOPING_ACTS] + ["Bifogade handlingar"]
    pages = {k: page_of(texts, k, 2) for k in keys}
    pdf = render_pdf(d / name, lidkoping_blocks(pages), L, page)
    g = response_gold(pdf, "Lidköpings kommun", "2025-02-20", LIDKOPING_ACTS, L, municipality="Lidköping", start=2)
    assert all(page_of(page_texts(pdf), k, 2) == p for k, p in pages.items())
    g["toc_entries"] = (
        [{"number": None, "title": "Inledning", "amount_sek": None, "page": pages["Inledning"]}]
        + [
            {
                "number": a.no,
                "title": a.toc_title or a.title,
                "amount_sek": None,
                "page": pages[a.needle],
            }
            for a in LIDKOPING_ACTS
        ]
        + [
            {
                "number": None,
                "title": "Bifogade handlingar",
                "amount_sek": None,
                "page": pages["Bifogade handlingar"],
            }
        ]
    )
    for a in g["activities"]:
        a.setdefault("toc_title", a["title"])
    g["attachments"] = [
        {"attachment_id": "A", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "B", "activity_no": "2", "invoice_number": "10442"},
        {"attachment_id": "C", "activity_no": "3", "invoice_number": None},
    ]
    inv = Inv(
        "10442",
        "2023-12-11",
        "2024-01-10",
        "Sjöängens kursgård ekonomisk förening",
        ["Sjöängsvägen 2", "531 97 Lidköping", "Org.nr 769612-4410", "Bankgiro 5098-1123"],
        ["Lidköpings kommun", "Socialförvaltningen", "Fakturaref: SOC-412", "531 88 Lidköping"],
        [
            ("Kollo vecka 32 2023, 48 barn, helpension", 48, "st", "1975", 0),
            ("Bokningsavgift kollo sommaren 2024", 1, "st", "31600", 0),
        ],
        org_no="769612-4410",
        layout="footer",
        ref="SOC-412",
        pay=[("Bankgiro", "5098-1123"), ("OCR", "104420")],
        extra=["Momsfri verksamhet enligt 3 kap. 8 § ML."],
    )
    invoice_pdf(d / "bilagor" / "Bilaga B Faktura 10442.pdf", [inv])
    simple_doc(
        d / "bilagor" / "Bilaga A Verksamhetsberättelse.pdf",
        "Verksamhetsberättelse 2023 – Mötesplats Margretelund",
        [
            "Mötesplatsen har under 2023 haft öppet måndag till torsdag klockan 17–22. "
            "Verksamheten har bemannats av tre fritidsledare och en socialpedagog.",
            "Under året registrerades drygt 9 000 besök. Personalen har haft regelbundna "
            "avstämningar med fältgruppen och skolornas elevhälsa.",
        ],
        "Lidköpings kommun – Mötesplats Margretelund",
        pages=3,
    )
    g["attachment_files"] = {
        "A": "Bilaga A Verksamhetsberättelse.pdf",
        "B": "Bilaga B Faktura 10442.pdf",
    }
    g["activity_invoices"] = {"2": [{"invoice_number": "10442", "invoice_date": "2023-12-11"}]}
    g["checks"] = [{"activity_no": "3", "check": "toc_title_mismatch"}]
    g["people"] = [
        {
            "name": "Frida Åkesson",
            "role": "enhetschef",
            "phone": "+46510770512",
            "email": "frida.akesson@lidkoping.se",
        },
        {"name": "Magnus Lind", "role": "socialchef"},
    ]
    g["quantities"] = [{"value": 60, "unit": "besökare"}, {"value": 48, "unit": "barn"}]
    write_gold(
        d,
        {pdf.name: g, "Bilaga B Faktura 10442.pdf": inv.gold()},
        "Contents page with dot leaders and no amounts; 'Projekt N.' headings with a form table; "
        "project 3's contents title differs from its heading; project 3's position is undecided "
        "(the municipality will come back), so unclear with no repayment. Invoice is VAT-exempt.",
    )


# ------------------------------------------------------------------------------------------
# 5–6. Responses laid out as one table, one row per activity.

TIDAHOLM_ROWS = [  # act, the agency's assessment, the municipality's position
    (
        Act(
            "1",
            "Fritidsgård Hellidens kvällsöppet",
            Decimal(64200),
            "disputes",
            ["ordinary_operations"],
            ["1"],
            needle="Fritidsgård Hellidens",
        ),
        "Verksamheten bedöms vara en del av fritidsgårdens ordinarie verksamhet.",
        "Kommunen bestrider återkravet. Kvällsöppet startade som ny verksamhet i mars 2023 och finansierades helt med bidraget (bilaga 1).",
    ),
    (
        Act(
            "2",
            "Feriepraktik med mentor",
            Decimal(38750),
            "accepts_full",
            ["unverifiable_costs"],
            needle="Feriepraktik med",
        ),
        "Kostnaderna kan inte härledas till aktiviteten. Lönespecifikationer för mentorerna saknas.",
        "Kommunen godtar återkravet.",
    ),
    (
        Act(
            "3",
            "Trygghetsvärdar i centrum",
            Decimal(152000),
            "accepts_partial",
            ["exercise_of_authority"],
            ["2"],
            repay=Decimal(40000),
            needle="Trygghetsvärdar i",
        ),
        "Trygghetsvärdarna har utfört ordningshållande uppgifter som utgör myndighetsutövning.",
        "Kommunen medger återbetalning av " + m(40000) + " som avser inhyrda ordningsvakter. Resterande belopp "
        "avser trygghetsvärdar utan ordningsuppgifter och bestrids (bilaga 2).",
    ),
    (
        Act(
            "4",
            "Friluftsläger vid Hökensås",
            Decimal(27300),
            "disputes",
            ["outside_grant_period"],
            ["3"],
            needle="Friluftsläger vid",
        ),
        "Lägret genomfördes i juni 2024 och ligger därmed utanför bidragsperioden.",
        "Lägret genomfördes 26–29 juni 2023 enligt fakturan från lägergården (bilaga 3). Kommunen delar inte bedömningen.",
    ),
    (
        Act(
            "5",
            "Föräldrautbildning ABC",
            Decimal(19900),
            "accepts_full",
            ["description_mismatch"],
            needle="Föräldrautbildning ABC",
        ),
        "Beskrivningen av aktiviteten stämmer inte överens med de redovisade kostnaderna, som avser lokalhyra och förtäring.",
        "Kommunen återbetalar hela beloppet.",
    ),
    (
        Act(
            "6",
            "Utbildningsdag om grooming för personal",
            Decimal(11480),
            "accepts_full",
            ["ordinary_operations"],
            needle="Utbildningsdag om",
        ),
        "Utbildningen är intern kompetensutveckling.",
        "Kommunen accepterar Socialstyrelsens bedömning.",
    ),
    (
        Act(
            "7",
            "Digital fältsekreterare",
            Decimal(96000),
            "disputes",
            ["excessive_cost", "purpose_mismatch"],
            ["4", "5"],
            needle="Digital fältsekreterare",
        ),
        "Aktiviteten bedöms inte vara förenlig med bidragets syfte och kostnaden är orimligt hög för en tjänst på 20 procent.",
        "Kommunen motsätter sig återkravet i sin helhet. Den digitala fältsekreteraren nådde 140 "
        "unga via sociala "
        "medier under hösten, se bilagorna 4–5.",
    ),
]


def tidaholm_blocks() -> list:
    acts = [r[0] for r in TIDAHOLM_ROWS]
    total = sum((a.claimed for a in acts), Decimal(0))
    rows = [
        [
            "Nr",
            "Aktivitet",
            "Återkrävt belopp",
            "Socialstyrelsens bedömning",
            "Kommunens ställningstagande",
        ]
    ]
    rows += [[a.no, a.title, m(a.claimed), assess, pos] for a, assess, pos in TIDAHOLM_ROWS]
    rows.append(["", "Summa", m(total), "", ""])
    return [
        ("p", "Tidaholms kommun\nSocial- och omsorgsförvaltningen\n\nTill: Socialstyrelsen"),
        ("p", "Datum: 2025-02-07\nVår beteckning: SON 2024/204"),
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        (
            "p",
            "Tidaholms kommun lämnar nedan sitt yttrande över Socialstyrelsens preliminära beslut "
            "att återkräva "
            "statsbidrag som kommunen tagit emot för 2023. Kommunens ställningstagande till varje "
            "aktivitet "
            "framgår av tabellen. Sammanlagt återkrävs " + m(total) + ", varav kommunen medger " + m(110130) + ".",
        ),
        ("h3", "Bakgrund"),
        (
            "p",
            "Kommunen beviljades statsbidrag för 2023 för att stärka det brottsförebyggande "
            "arbetet i "
            "stadsdelarna Ekedalen och Rosenberg. Arbetet har bedrivits i samverkan mellan "
            "socialtjänsten, "
            "fritidsverksamheten, skolan och polisen inom ramen för kommunens "
            "samverkansöverenskommelse. "
            "Under året har kommunen följt upp insatserna kvartalsvis i den lokala BRÅ-gruppen.",
        ),
        (
            "p",
            "Kommunen vill framhålla att flera av de ifrågasatta aktiviteterna var nya för 2023 "
            "och inte hade "
            "kunnat genomföras utan bidraget. Där Socialstyrelsens bedömning grundar sig på att "
            "underlag "
            "saknats har kommunen nu kompletterat med de handlingar som anges i "
            "bilageförteckningen.",
        ),
        (
            "p",
            "Kommunen har också noterat att Socialstyrelsen i vissa fall bedömt aktiviteter som "
            "ordinarie "
            "verksamhet trots att de startade under bidragsåret. Kommunen redovisar därför för "
            "varje "
            "aktivitet när den startade och hur den finansierades.",
        ),
        (
            "table",
            rows,
            dict(
                widths=[0.05, 0.19, 0.14, 0.29, 0.33],
                ruled=True,
                align_right=[2],
                bold_last=True,
                shade=True,
            ),
        ),
        (
            "p",
            "Bilagor\nBilaga 1 Beslut om utökade öppettider Hellidens fritidsgård\n"
            "Bilaga 2 Avtal med Securitas om ordningsvakter\n"
            "Bilaga 3 Faktura 7781 Hökensås lägergård\n"
            "Bilaga 4 Statistik digitalt fältarbete hösten 2023\n"
            "Bilaga 5 Arbetsbeskrivning digital "
            "fältsekreterare",
        ),
        (
            "p",
            "Kontakt: Therese Blom, verksamhetsutvecklare, 0502-60 61 09, therese.blom@tidaholm.se",
        ),
        ("space", 12),
        ("p", "Jan-Erik Sundin\nFörvaltningschef"),
    ]


@case
def table_tidaholm():
    d = fresh("table-tidaholm")
    L = Ledger()
    pdf = render_pdf(
        d / "Yttrande Tidaholm.pdf",
        tidaholm_blocks(),
        L,
        Page(footer="Sida {page}", margins=(1.8 * cm, 1.8 * cm, 2 * cm, 2 * cm), size_pt=12),
    )
    acts = [r[0] for r in TIDAHOLM_ROWS]
    g = response_gold(pdf, "Tidaholms kommun", "2025-02-07", acts, L, municipality="Tidaholm")
    assert g["totals"]["accepted_repayment_sek"] == "110130.00"
    g["attachments"] = [
        {"attachment_id": str(i), "activity_no": a, "invoice_number": inv}
        for i, a, inv in [
            (1, "1", None),
            (2, "3", None),
            (3, "4", "7781"),
            (4, "7", None),
            (5, "7", None),
        ]
    ]
    g["activity_invoices"] = {"4": [{"invoice_number": "7781"}]}
    g["checks"] = []
    g["people"] = [
        {
            "name": "Therese Blom",
            "role": "verksamhetsutvecklare",
            "phone": "+46502606109",
            "email": "therese.blom@tidaholm.se",
        },
        {"name": "Jan-Erik Sundin", "role": "förvaltningschef"},
    ]
    write_gold(
        d,
        {pdf.name: g},
        "The whole response is one ruled table (nr, activity, amount, assessment, "
        "position) with a shaded header repeated on the next page and a sum row.",
    )


ARJEPLOG_ROWS = [  # act, assessment, position
    (
        Act(
            "1",
            "Sommarlovsaktiviteter i Slagnäs och Laisvall",
            Decimal("43612.50"),
            "disputes",
            ["unverifiable_costs"],
            ["1"],
            needle="Sommarlovsaktiviteter i",
        ),
        "Kvitton och fakturor för aktiviteterna saknas i redovisningen.",
        "Kvittona har sammanställts i efterhand, se bilaga 1. Kommunen bestrider återkravet.",
    ),
    (
        Act(
            "2",
            "Fältsekreterare 50 procent",
            Decimal("187300.00"),
            "accepts_full",
            ["ordinary_operations"],
            needle="Fältsekreterare 50",
        ),
        "Tjänsten fanns före bidragsperioden och är en del av ordinarie verksamhet.",
        "Kommunen delar Socialstyrelsens bedömning.",
    ),
    (
        Act(
            "3",
            "Skoterutbildning för unga",
            Decimal("22950.00"),
            "disputes",
            ["purpose_mismatch"],
            needle="Skoterutbildning för",
        ),
        "Utbildningen bedöms inte förebygga brott och är därmed inte förenlig med bidragets syfte.",
        "Olovlig skoterkörning bland unga är ett återkommande problem i kommunen och utbildningen "
        "genomfördes "
        "tillsammans med polisen. Kommunen motsätter sig återkravet.",
    ),
    (
        Act(
            "4",
            "Drogförebyggande föreläsning på Hornavanskolan",
            Decimal("15000.00"),
            "accepts_partial",
            ["conditions_not_met"],
            repay=Decimal("7500.00"),
            needle="Drogförebyggande",
        ),
        "Föreläsningen riktade sig till hela skolan och inte till målgruppen enligt villkoren.",
        "Kommunen återbetalar halva beloppet, " + m("7500.00", "dec") + ", som motsvarar de klasser som inte hörde till målgruppen.",
    ),
    (
        Act(
            "5",
            "Samverkan med samebyarna kring unga",
            Decimal("64080.00"),
            "disputes",
            ["description_mismatch", "unverifiable_costs"],
            ["2", "3"],
            needle="Samverkan med samebyarna",
        ),
        "Redovisade kostnader för resor och arvoden går inte att koppla till den beskrivna aktiviteten.",
        "Resor och arvoden framgår av reseräkningar och avtal (bilaga 2 och 3). Kommunen bestrider återkravet.",
    ),
    (
        Act(
            "6",
            "Resa till Trygghetskonferensen i Umeå",
            Decimal("9845.40"),
            "accepts_full",
            ["excessive_cost"],
            needle="Resa till Trygghetskonferensen",
        ),
        "Kostnaden för resan bedöms som oskälig.",
        "Kommunen godtar bedömningen och återbetalar beloppet.",
    ),
    (
        Act(
            "7",
            "Spelkonsoler till fritidsgården",
            Decimal("31990.00"),
            "accepts_full",
            ["conditions_not_met"],
            needle="Spelkonsoler till",
        ),
        "Inköp av utrustning är inte tillåtet enligt bidragsvillkoren.",
        "Kommunen accepterar återkravet.",
    ),
    (
        Act(
            "8",
            "Kvällsfika med fältarbetare",
            Decimal("6400.00"),
            "disputes",
            ["missing_description"],
            ["4"],
            needle="Kvällsfika med",
        ),
        "Aktiviteten saknar beskrivning i redovisningen.",
        "Beskrivning av aktiviteten bifogas (bilaga 4). Kommunen anser att beloppet inte ska återbetalas.",
    ),
]


def arjeplog_blocks() -> list:
    acts = [r[0] for r in ARJEPLOG_ROWS]
    total = sum((a.claimed for a in acts), Decimal(0))
    repaid = sum((D(a.repayment()) for a in acts), Decimal(0))
    rows = [
        [
            "Nr",
            "Aktivitet",
            "Återkrävt (kr)",
            "Socialstyrelsens bedömning",
            "Kommunens ställningstagande",
            "Återbetalas (kr)",
        ]
    ]
    for a, assess, pos in ARJEPLOG_ROWS:
        rep = D(a.repayment())
        rows.append(
            [
                a.no,
                a.title,
                m(a.claimed, "baredec"),
                assess,
                pos,
                m(rep, "baredec") if rep else m(rep, "opt_baredec"),
            ]
        )
    rows.append(["", "Totalt", m(total, "baredec"), "", "", m(repaid, "baredec")])
    return [
        (
            "p",
            "ARJEPLOGS KOMMUN – Socialtjänsten                                                          Arjeplog 2025-03-12",
        ),
        ("h2", "Yttrande till Socialstyrelsen angående återkrav av statsbidrag för år 2023"),
        (
            "p",
            "Arjeplogs kommun har fått möjlighet att yttra sig över Socialstyrelsens preliminära "
            "beslut. "
            "Kommunens synpunkter på varje aktivitet framgår av tabellen nedan.",
        ),
        (
            "p",
            "Arjeplog är en glesbygdskommun med drygt 2 700 invånare där avstånden mellan byarna "
            "är stora. "
            "Det brottsförebyggande arbetet måste därför bedrivas på flera platser samtidigt och "
            "med små "
            "resurser. Statsbidraget har gjort det möjligt att nå unga i Slagnäs, Laisvall och "
            "Jäckvik som "
            "annars står utanför den kommunala fritidsverksamheten. Kommunen har under året "
            "samarbetat med "
            "polisen, samebyarna och föreningslivet.",
        ),
        (
            "p",
            "Flera av Socialstyrelsens invändningar gäller underlag som inte kom med i kommunens "
            "redovisning. Kommunen har nu sammanställt dessa underlag och bifogar dem. Där "
            "kommunen delar "
            "Socialstyrelsens bedömning framgår det av tabellen, liksom det belopp som kommunen "
            "återbetalar.",
        ),
        (
            "table",
            rows,
            dict(
                widths=[0.04, 0.16, 0.1, 0.25, 0.35, 0.1],
                ruled=False,
                align_right=[2, 5],
                bold_last=True,
            ),
        ),
        (
            "p",
            "Bilagor: 1. Sammanställning kvitton sommarlov 2023 2. Reseräkningar samverkan "
            "samebyar "
            "3. Avtal om arvoden 4. Beskrivning kvällsfika",
        ),
        (
            "p",
            "Arjeplogs kommun genom\nAnna-Karin Lundström, socialchef\nanna-karin.lundstrom@arjeplog.se, 0961-145 20",
        ),
    ]


def D(v) -> Decimal:  # noqa: N802
    return Decimal(str(v))


@case
def table_arjeplog():
    d = fresh("table-arjeplog")
    L = Ledger()
    pdf = render_pdf(
        d / "Arjeplog - yttrande återkrav 2023.pdf",
        arjeplog_blocks(),
        L,
        Page(
            size=landscape(A4),
            footer="{page} ({pages})",
            margins=(1.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm),
            size_pt=11.5,
        ),
    )
    acts = [r[0] for r in ARJEPLOG_ROWS]
    g = response_gold(pdf, "Arjeplogs kommun", "2025-03-12", acts, L, municipality="Arjeplog")
    g["attachments"] = [
        {"attachment_id": str(i), "activity_no": a, "invoice_number": None} for i, a in [(1, "1"), (2, "5"), (3, "5"), (4, "8")]
    ]
    g["checks"] = []
    g["people"] = [
        {
            "name": "Anna-Karin Lundström",
            "role": "socialchef",
            "phone": "+4696114520",
            "email": "anna-karin.lundstrom@arjeplog.se",
        }
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Landscape response as one unruled table with a repayment column (zeros "
        "optional in money) continued over pages; amounts with öre, no currency in cells.",
    )


# ------------------------------------------------------------------------------------------
# 7. Sala: two columns under a full-width title, numbered headings, the amount in a sentence
#    under each heading, a payments table inside a column, a numbered attachment list.

SALA_ACTS = [
    Act(
        "1",
        "Ungdomsråd och inflytandeforum",
        Decimal(36500),
        "disputes",
        ["purpose_mismatch"],
        ["1"],
        needle="1. Ungdomsråd och",
    ),
    Act(
        "2",
        "Föräldravandringar i Lärkan",
        Decimal(12800),
        "accepts_full",
        ["unverifiable_costs"],
        needle="2. Föräldravandringar",
    ),
    Act(
        "3",
        "Mentorskap genom idrottsföreningar",
        Decimal(145000),
        "accepts_partial",
        ["conditions_not_met", "unverifiable_costs"],
        ["2"],
        repay=Decimal(45000),
        needle="3. Mentorskap genom",
    ),
    Act(
        "4",
        "Kartläggning av ungdomsgrupperingar",
        Decimal(78250),
        "disputes",
        ["exercise_of_authority"],
        ["3"],
        needle="4. Kartläggning av",
    ),
    Act(
        "5",
        "Sommarkollo på Västerbykil",
        Decimal(54000),
        "disputes",
        ["outside_grant_period"],
        ["4"],
        needle="5. Sommarkollo på",
    ),
]


def sala_blocks() -> list:
    return [
        ("p", "Sala kommun · Kommunstyrelsens förvaltning · 2025-02-26 · Dnr KS 2024/512"),
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag 2023"),
        ("p", "Till Socialstyrelsen, 106 30 Stockholm"),
        ("framebreak",),
        (
            "p",
            "Socialstyrelsen har meddelat att myndigheten överväger att återkräva "
            + m(326550, "kronor")
            + " av Sala kommun. Kommunen har gått igenom underlagen för de fem insatser som berörs "
            "och lämnar "
            "här sina synpunkter. Under varje rubrik anges först det belopp som Socialstyrelsen "
            "kräver "
            "tillbaka och därefter kommunens inställning.",
        ),
        ("h3", "1. Ungdomsråd och inflytandeforum"),
        (
            "p",
            "Socialstyrelsen kräver tillbaka " + m(36500, "kronor") + " och anser att ungdomsrådet inte ligger inom bidragets syfte.",
        ),
        (
            "p",
            "Ungdomsrådet har varit kommunens viktigaste kanal till unga i Lärkan och Ängshagen. "
            "Rådets "
            "förslag om kvällsöppen idrottshall genomfördes hösten 2023, se protokollet i bilaga "
            "1. Sala "
            "kommun anser att insatsen ska godkännas i sin helhet.",
        ),
        ("h3", "2. Föräldravandringar i Lärkan"),
        (
            "p",
            "Socialstyrelsen kräver tillbaka " + m(12800, "kronor") + " eftersom kostnaderna inte har kunnat verifieras.",
        ),
        (
            "p",
            "Kommunen har inte kunnat ta fram kvitton för inköpen och återbetalar " + m(12800, "kronor") + ".",
        ),
        ("h3", "3. Mentorskap genom idrottsföreningar"),
        (
            "p",
            "Socialstyrelsen kräver tillbaka " + m(145000, "kronor") + ". Enligt Socialstyrelsen har "
            "föreningarna inte redovisat hur bidragen använts, vilket strider mot villkoren, och "
            "kostnaderna "
            "kan inte styrkas.",
        ),
        ("p", "Föreningsbidragen betalades ut enligt följande:"),
        (
            "table",
            [
                ["Mottagare", "Utbetalt", "Belopp"],
                ["IFK Sala", "2023-05-02", m(45000, "bare")],
                ["Sala HF", "2023-05-02", m(50000, "bare")],
                ["Sala Brottarklubb", "2023-06-12", m(50000, "bare")],
            ],
            dict(widths=[0.45, 0.3, 0.25], ruled=False, align_right=[2]),
        ),
        (
            "p",
            "Kommunen medger att bidraget till IFK Sala om " + m(45000, "kronor") + " saknar verifikationer "
            "och ska återbetalas. För övriga föreningar finns verifikationer (bilaga 2) och "
            "kommunen "
            "bestrider återkravet för dem.",
        ),
        ("h3", "4. Kartläggning av ungdomsgrupperingar"),
        (
            "p",
            "Socialstyrelsen kräver tillbaka " + m(78250, "kronor") + " och bedömer att kartläggningen av "
            "enskilda ungdomar är myndighetsutövning.",
        ),
        (
            "p",
            "Kartläggningen avsåg platser och tider, inte enskilda personer, och har genomförts "
            "enligt "
            "kommunens rutin (bilaga 3). Ingen uppgift om enskild har registrerats. Kommunen delar "
            "inte "
            "Socialstyrelsens bedömning och anser att beloppet inte ska återbetalas.",
        ),
        ("h3", "5. Sommarkollo på Västerbykil"),
        (
            "p",
            "Socialstyrelsen kräver tillbaka " + m(54000, "kronor") + " då kollot enligt myndigheten "
            "genomfördes efter bidragsperiodens slut.",
        ),
        (
            "p",
            "Kollot genomfördes 7–11 augusti 2023 och fakturerades samma månad, se faktura "
            "2023-0871 i "
            "bilaga 4. Kommunen bestrider därför återkravet.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "1. Protokoll ungdomsrådet 2023-04-19\n2. Verifikationer föreningsbidrag mentorskap\n"
            "3. Rutin för kartläggning av platser\n4. Faktura 2023-0871 Västerbykils lägergård",
        ),
        (
            "p",
            "Frågor besvaras av Linnea Forsberg, folkhälsostrateg, 0224-74 71 33, linnea.forsberg@sala.se.",
        ),
        ("p", "För Sala kommun\n\nCarina Olsson\nKommundirektör"),
    ]


@case
def twocol_sala():
    d = fresh("twocol-sala")
    L = Ledger()
    pdf = render_pdf(
        d / "Sala kommun yttrande.pdf",
        sala_blocks(),
        L,
        Page(
            columns=2,
            banner_cm=3.6,
            footer="Sida {page} av {pages}",
            font="Times-Roman",
            size_pt=10.5,
            margins=(2 * cm, 2 * cm, 2 * cm, 2 * cm),
        ),
    )
    g = response_gold(pdf, "Sala kommun", "2025-02-26", SALA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": str(i), "activity_no": a, "invoice_number": inv}
        for i, a, inv in [(1, "1", None), (2, "3", None), (3, "4", None), (4, "5", "2023-0871")]
    ]
    g["activity_invoices"] = {"5": [{"invoice_number": "2023-0871"}]}
    g["grant_payments"] = [
        {"recipient": "IFK Sala", "payment_date": "2023-05-02"},
        {"recipient": "Sala HF", "payment_date": "2023-05-02"},
        {"recipient": "Sala Brottarklubb", "payment_date": "2023-06-12"},
    ]
    g["checks"] = []
    g["people"] = [
        {
            "name": "Linnea Forsberg",
            "role": "folkhälsostrateg",
            "phone": "+46224747133",
            "email": "linnea.forsberg@sala.se",
        },
        {"name": "Carina Olsson", "role": "kommundirektör"},
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Two-column response under a full-width title; the amount is in a sentence "
        "under each heading; a payments table sits inside a column.",
    )


# ------------------------------------------------------------------------------------------
# 8. Vetlanda: written in Word (python-docx), converted by LibreOffice. Heading styles, amounts with
#    no-break spaces, a Word table as summary, a footer page field.

VETLANDA_ACTS = [
    Act(
        "1",
        "Fältarbete i Holsby och Ekenässjön",
        Decimal(88900),
        "disputes",
        ["unverifiable_costs"],
        ["1"],
        needle="Aktivitet 1: Fältarbete",
    ),
    Act(
        "2",
        "Lovskola för högstadieelever",
        Decimal(132000),
        "disputes",
        ["ordinary_operations", "purpose_mismatch"],
        needle="Aktivitet 2: Lovskola",
    ),
    Act(
        "3",
        "Trygghetsvandringar med fastighetsägare",
        Decimal(8700),
        "accepts_full",
        ["description_mismatch"],
        needle="Aktivitet 3: Trygghetsvandringar",
    ),
    Act(
        "4",
        "Kurs i hot och våld för fritidsledare",
        Decimal(26400),
        "accepts_full",
        ["ordinary_operations"],
        ["2"],
        needle="Aktivitet 4: Kurs i hot",
    ),
    Act(
        "5",
        "Kulturprojektet Vår gata",
        Decimal(210000),
        "accepts_partial",
        ["fabricated_documents", "unverifiable_costs"],
        ["3", "4"],
        repay=Decimal(60000),
        needle="Aktivitet 5: Kulturprojektet",
    ),
]


def vetlanda_docx(path: Path, L: Ledger) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "VETLANDA KOMMUN\tSocialförvaltningen\t2025-02-12"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)

    def para(text, style=None, bold=False):
        p = doc.add_paragraph(style=style)
        run = p.add_run(L.fill(text))
        run.bold = bold
        return p

    para("Socialstyrelsen\nEnheten för statsbidrag\n106 30 Stockholm")
    para("Diarienummer: SN 2025/0041")
    doc.add_heading("Yttrande angående återkrav av statsbidrag för 2023", level=1)
    para(
        "Vetlanda kommun har tagit del av Socialstyrelsens skrivelse om preliminärt beslut att "
        "återkräva " + m(466000, "kronor") + " av det statsbidrag kommunen fick för 2023. Kommunen lämnar följande yttrande."
    )
    doc.add_heading("Sammanfattning", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for cell, text in zip(tbl.rows[0].cells, ["Aktivitet", "Återkrävt belopp", "Kommunen medger"], strict=True):
        cell.text = text
    for a in VETLANDA_ACTS:
        rep = D(a.repayment())
        cells = tbl.add_row().cells
        cells[0].text = f"{a.no}. {a.title}"
        cells[1].text = L.fill(m(a.claimed, "kr"))
        cells[2].text = L.fill(m(rep, "kr") if rep else m(rep, "opt_kr"))
    cells = tbl.add_row().cells
    cells[0].text = "Totalt"
    cells[1].text = L.fill(m(466000, "kr"))
    cells[2].text = L.fill(m(95100, "kr"))
    texts = {
        "1": (
            "Socialstyrelsen bedömer att lönekostnaderna för fältarbetet inte går att spåra i kommunens redovisning.",
            "Lönekostnaderna bokfördes på fältgruppens ansvar och framgår av utdraget ur "
            "ekonomisystemet "
            "(bilaga 1). Kommunen bestrider återkravet.",
        ),
        "2": (
            "Socialstyrelsen bedömer att lovskolan är ordinarie verksamhet som kommunen är skyldig "
            "att "
            "erbjuda och att den inte motsvarar bidragets syfte.",
            "Lovskolan vände sig till elever som riskerade att inte nå behörighet och som enligt "
            "elevhälsan "
            "befann sig i riskmiljöer. Den ordinarie lovskolan finansierades separat. Kommunen "
            "delar inte "
            "Socialstyrelsens bedömning.",
        ),
        "3": (
            "Socialstyrelsen bedömer att kostnaderna, som avser hyra av lokal, inte stämmer "
            "överens med "
            "beskrivningen av trygghetsvandringarna.",
            "Kommunen delar bedömningen och betalar tillbaka " + m(8700, "kronor") + ".",
        ),
        "4": (
            "Socialstyrelsen anser att kursen är intern kompetensutveckling inom ordinarie verksamhet.",
            "Kursen hölls av Trygghetsakademin i Jönköping AB, faktura 90215 (bilaga 2). Kommunen godtar återkravet.",
        ),
        "5": (
            "Socialstyrelsen bedömer att projektbudgeten har upprättats i efterhand och att "
            "kostnaderna "
            "för konstnärsarvoden inte kan styrkas.",
            "Projektbudgeten beslutades av socialnämndens arbetsutskott den 14 mars 2023 "
            "(bilagorna 3 och 4). "
            "Kommunen medger att arvoden om " + m(60000, "kronor") + " saknar underlag och återbetalar "
            "den delen. Återkravet bestrids i övrigt.",
        ),
    }
    for a in VETLANDA_ACTS:
        doc.add_heading(f"Aktivitet {a.no}: {a.title}", level=2)
        para("Belopp: " + m(a.claimed, "kronor"), bold=True)
        para("Socialstyrelsens bedömning", bold=True)
        para(texts[a.no][0])
        para("Kommunens synpunkter", bold=True)
        para(texts[a.no][1])
    doc.add_heading("Bilagor", level=2)
    for i, t in enumerate(
        [
            "Utdrag ur ekonomisystemet, fältgruppen 2023",
            "Faktura 90215 Trygghetsakademin",
            "Protokoll socialnämndens arbetsutskott 2023-03-14",
            "Projektbudget Vår gata",
        ],
        1,
    ):
        para(f"Bilaga {i}\t{t}")
    para("Kontaktperson: Oskar Nyström, socialsekreterare, 0383-973 04, oskar.nystrom@vetlanda.se")
    para("Vetlanda den 12 februari 2025\n\n\nHelena Ek\nSocialnämndens ordförande (C)")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


@case
def word_vetlanda():
    d = OUT / "word-vetlanda"
    name = "Vetlanda Yttrande 2025-02-12.pdf"
    L = Ledger(nbsp=True)
    if shutil.which("soffice") and (REBUILD_EXTERNAL or not (d / name).exists()):
        d = fresh("word-vetlanda")
        src = vetlanda_docx(Path("/tmp/genre-word") / "Vetlanda Yttrande 2025-02-12.docx", L)
        from genre_kit import run

        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)])
    else:  # keep the committed PDF; the ledger still needs the amounts
        vetlanda_docx(Path("/tmp/genre-word") / "Vetlanda Yttrande 2025-02-12.docx", L)
    pdf = d / name
    g = response_gold(pdf, "Vetlanda kommun", "2025-02-12", VETLANDA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": str(i), "activity_no": a, "invoice_number": inv}
        for i, a, inv in [(1, "1", None), (2, "4", "90215"), (3, "5", None), (4, "5", None)]
    ]
    g["activity_invoices"] = {"4": [{"invoice_number": "90215"}]}
    g["checks"] = []
    g["people"] = [
        {
            "name": "Oskar Nyström",
            "role": "socialsekreterare",
            "phone": "+4638397304",
            "email": "oskar.nystrom@vetlanda.se",
        },
        {"name": "Helena Ek", "role": "ordförande", "party": "C"},
    ]
    write_gold(
        d,
        {name: g},
        "Written in Word (python-docx) and converted by LibreOffice: heading styles, "
        "no-break spaces in amounts, a Word table summary (zeros optional), footer page field.",
    )


# ------------------------------------------------------------------------------------------
# 9. Oskarshamn: an HTML page printed to PDF by headless chromium (a web-based case system's
#    export): "Insats N – title" headings, the assessment as a quotation, amounts as "47 500 SEK",
#    attachments in an HTML table.

OSKARSHAMN_ACTS = [
    Act(
        "1",
        "Nattfotboll i Kristineberg",
        Decimal(41000),
        "disputes",
        ["purpose_mismatch"],
        ["1"],
        needle="Insats 1 – Nattfotboll",
    ),
    Act(
        "2",
        "Extra fältassistenter under sommaren",
        Decimal(96300),
        "accepts_partial",
        ["ordinary_operations"],
        ["2"],
        repay=Decimal(32100),
        needle="Insats 2 – Extra",
    ),
    Act(
        "3",
        "Informationskampanjen Tryggt Oskarshamn",
        Decimal(57850),
        "accepts_full",
        ["description_mismatch", "excessive_cost"],
        needle="Insats 3 – Informationskampanjen",
    ),
    Act(
        "4",
        "Samtalsgrupper för unga i riskzon",
        Decimal(118400),
        "disputes",
        ["exercise_of_authority"],
        ["3"],
        needle="Insats 4 – Samtalsgrupper",
    ),
]

OSKARSHAMN_CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.4; color: #222; }
header { border-bottom: 2px solid #0a5c8a; margin-bottom: 14pt; padding-bottom: 6pt; }
header .org { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; color: #0a5c8a;
  font-size: 14pt; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; color: #0a5c8a; margin-top: 16pt; }
blockquote { margin: 4pt 0 4pt 14pt; padding-left: 8pt; border-left: 3px solid #bbb;
  font-style: italic; }
.claim { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; background: #eef4f8;
  padding: 3pt 6pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
td, th { border-bottom: 1px solid #ccc; padding: 3pt 4pt; text-align: left; vertical-align: top; }
.meta td { border: none; padding: 0 8pt 0 0; }
"""


def oskarshamn_html(L: Ledger) -> str:
    def f(s):
        return esc(L.fill(s))

    parts = {
        "1": (
            "Aktiviteten riktar sig till alla unga och bedöms därför inte vara förenlig med bidragets syfte.",
            "Nattfotbollen hölls fredagar 21–24 i Kristinebergs sporthall, där polisen och "
            "fältgruppen sett att "
            "unga samlas sent på kvällen. Närvarostatistiken (bilaga 1) visar att omkring 30 "
            "ungdomar kom varje "
            "kväll. Kommunen bestrider återkravet.",
        ),
        "2": (
            "Fältassistenterna har ersatt ordinarie personal under semesterperioden, vilket är ordinarie verksamhet.",
            "Två av de sex sommarvikarierna ersatte ordinarie personal under semestrar. Kommunen "
            "medger därför "
            "återbetalning av " + m(32100, "seka") + " och anser att resterande " + m(64200, "seka") + " avser "
            "en förstärkning utöver ordinarie bemanning, se schemat i bil. 2.",
        ),
        "3": (
            "Kostnaderna för annonsering är orimligt höga och stämmer inte med beskrivningen av kampanjen.",
            "Kommunen instämmer i Socialstyrelsens bedömning och återbetalar hela beloppet.",
        ),
        "4": (
            "Samtalsgrupperna har föregåtts av beslut om bistånd och utgör därmed myndighetsutövning.",
            "Deltagandet var frivilligt och krävde inget biståndsbeslut; grupperna var öppna för "
            "alla unga som "
            "fältgruppen kom i kontakt med (bilaga 3). Kommunen anser att återkravet ska "
            "undanröjas.",
        ),
    }
    body = [
        "<header><div class='org'>Oskarshamns kommun</div>Socialförvaltningen · Ärende SOC 2024-0388</header>",
        "<table class='meta'><tr><td>Datum:</td><td>2025-01-24</td></tr>"
        "<tr><td>Mottagare:</td><td>Socialstyrelsen</td></tr>"
        "<tr><td>Avser:</td><td>Preliminärt beslut om återkrav av statsbidrag "
        "2023</td></tr></table>",
        "<h1>Yttrande</h1>",
        "<p>"
        + f(
            "Oskarshamns kommun har tagit del av Socialstyrelsens preliminära beslut att återkräva "
            + m(313550, "seka")
            + " för fyra insatser. Kommunen medger återbetalning av "
            + m(89950, "seka")
            + " och bestrider återkravet i övrigt enligt följande."
        )
        + "</p>",
    ]
    for a in OSKARSHAMN_ACTS:
        assess, pos = parts[a.no]
        body += [
            f"<h2>Insats {a.no} – {esc(a.title)}</h2>",
            "<div class='claim'>" + f("Återkrävt belopp: " + m(a.claimed, "seka")) + "</div>",
            "<p><b>Socialstyrelsens bedömning</b></p>",
            f"<blockquote>{f(assess)}</blockquote>",
            "<p><b>Kommunens ställningstagande</b></p>",
            f"<p>{f(pos)}</p>",
        ]
    body += [
        "<h2>Bilagor</h2><table><tr><th>Nr</th><th>Handling</th></tr>",
        "<tr><td>1</td><td>Närvarostatistik nattfotboll 2023</td></tr>",
        "<tr><td>2</td><td>Schema fältassistenter juni–augusti 2023</td></tr>",
        "<tr><td>3</td><td>Inbjudan och upplägg samtalsgrupper</td></tr></table>",
        "<p>Handläggare: Maja Ljungberg, 0491-881 37, maja.ljungberg@oskarshamn.se</p>",
        "<p>Oskarshamn 2025-01-24<br><br>Petra Holm<br>Socialchef</p>",
    ]
    return (
        f"<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>Yttrande</title>"
        f"<style>{OSKARSHAMN_CSS}</style></head><body>{''.join(body)}</body></html>"
    )


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@case
def html_oskarshamn():
    d = OUT / "html-oskarshamn"
    name = "Yttrande Oskarshamn SOC 2024-0388.pdf"
    L = Ledger()
    html = oskarshamn_html(L)
    if shutil.which("chromium") and (REBUILD_EXTERNAL or not (d / name).exists()):
        d = fresh("html-oskarshamn")
        src = Path("/tmp/genre-html/yttrande.html")
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(html, encoding="utf-8")
        from genre_kit import run

        run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={d / name}",
                src.as_uri(),
            ]
        )
    pdf = d / name
    g = response_gold(pdf, "Oskarshamns kommun", "2025-01-24", OSKARSHAMN_ACTS, L, municipality="Oskarshamn")
    g["attachments"] = [{"attachment_id": str(i), "activity_no": a, "invoice_number": None} for i, a in [(1, "1"), (2, "2"), (3, "4")]]
    g["checks"] = []
    g["people"] = [
        {
            "name": "Maja Ljungberg",
            "role": "handläggare",
            "phone": "+4649188137",
            "email": "maja.ljungberg@oskarshamn.se",
        },
        {"name": "Petra Holm", "role": "socialchef"},
    ]
    g["quantities"] = [{"value": 30, "unit": "ungdom"}]
    write_gold(
        d,
        {name: g},
        "HTML export printed by headless chromium: 'Insats N – title' headings, amount "
        "in a shaded box, the assessment as a block quotation, attachments as an HTML table.",
    )


# ------------------------------------------------------------------------------------------
# 10–12. Scans: earlier cases printed and scanned. Gold: the original's, less what a scan cannot
# carry (the attachment files are not in the folder).


def scan_case(name: str, src_case: str, src_name: str, dst_name: str, note: str, **scan) -> None:
    import json

    from genre_kit import scan_pdf

    d = fresh(name)
    scan_pdf(OUT / src_case / src_name, d / dst_name, **scan)
    gold = json.loads((OUT / src_case / "gold.json").read_text(encoding="utf-8"))["files"][src_name]
    gold.pop("attachment_files", None)
    gold["scanned"] = True
    write_gold(d, {dst_name: gold}, note)


@case
def scan_tranemo():
    scan_case(
        "scan-tranemo",
        "prose-tranemo",
        "Yttrande Tranemo kommun 2025-02-14.pdf",
        "Tranemo yttrande inskannat.pdf",
        "prose-tranemo printed and scanned: 150 dpi greyscale JPEG, skew +0.8°/-1.1°, dust.",
        dpi=150,
        seed=10,
        skew=[0.8, -1.1],
        mode="L",
        quality=30,
        dust=300,
    )


@case
def scan_tidaholm():
    scan_case(
        "scan-tidaholm",
        "table-tidaholm",
        "Yttrande Tidaholm.pdf",
        "Skanning 20250210 0912.pdf",
        "table-tidaholm scanned in black and white at 200 dpi, skew +1.5°/-0.6°, page 2 upside down.",
        dpi=200,
        seed=11,
        skew=[1.5, -0.6],
        mode="1",
        dust=900,
        upside_down=(2,),
    )


@case
def scan_kiruna():
    scan_case(
        "scan-kiruna",
        "prose-kiruna",
        "Kiruna yttrande återkrav.pdf",
        "Kiruna yttrande scan.pdf",
        "prose-kiruna scanned at 300 dpi black and white, slightly blurred, skew -2.0°/+0.5°, dust.",
        dpi=300,
        seed=12,
        skew=[-2.0, 0.5],
        mode="1",
        blur=0.8,
        dust=1500,
    )


# ------------------------------------------------------------------------------------------
# 13. Invoices from suppliers in several languages, currencies and layouts, one a credit note,
#     two with two VAT rates, one with a prepayment deducted (amount due below the total).


def intl_invoices() -> dict[str, Inv]:
    tranas = ["Tranås kommun", "Socialförvaltningen", "Box 1004", "573 28 Tranås", "Sweden"]
    return {
        "faktura_vattersol_F2023-4471.pdf": Inv(
            "F2023-4471",
            "2023-10-20",
            "2023-11-19",
            "Konferensgården Vättersol AB",
            [
                "Strandvägen 40, 563 91 Gränna",
                "Org.nr 556923-4417 · Momsreg.nr SE556923441701",
                "Innehar F-skattsedel",
            ],
            tranas[:4],
            [
                ("Konferenslokal heldag 2023-10-12", 2, "dag", "6500", 25),
                ("Lunch och kaffe, 24 personer", 48, "st", "245", 12),
                ("Projektor och ljud", 1, "st", "1200", 25),
            ],
            org_no="556923-4417",
            layout="band",
            ref="Hanna Sjödin",
            pay=[("Bankgiro", "5331-0967"), ("OCR", "44710231020")],
        ),
        "NBT-23-1187.pdf": Inv(
            "NBT-23-1187",
            "2023-11-14",
            "2023-12-14",
            "Northbridge Training Ltd",
            [
                "12 Albion Street, Leeds LS1 6HX, United Kingdom",
                "Company No. 08812345 · VAT No. GB 284 5521 90",
            ],
            tranas,
            [
                ("Online course: Safeguarding young people (licences)", 15, "pcs", "89.00", 20),
                ("Facilitator session, 3 hours", 1, "pcs", "650.00", 20),
            ],
            lang="en",
            currency="GBP",
            layout="footer",
            ref="PO 2023-117",
            pay=[("IBAN", "GB29 NWBK 6016 1331 9268 19"), ("BIC", "NWBKGB2L")],
        ),
        "invoice INV-004512.pdf": Inv(
            "INV-004512",
            "2023-09-05",
            "2023-10-05",
            "Brightline Media Inc.",
            ["2200 Pine Street, Suite 400", "Seattle, WA 98101, USA"],
            ["Tranås kommun, Socialförvaltningen, Tranås, Sweden"],
            [
                ("Film licence 'Safe Streets', 12 mo", 1, "ea", "1450.00", 0),
                ("Subtitles, Swedish", 1, "ea", "380.00", 0),
            ],
            lang="en",
            currency="USD",
            layout="receipt",
            us=True,
            pay=[("Wire", "Chase Bank, ABA 021000021"), ("Account", "7781 2290 1")],
            extra=["No sales tax charged: export of services."],
        ),
        "Rechnung RE-2023-0815.pdf": Inv(
            "RE-2023-0815",
            "2023-11-02",
            "2023-11-16",
            "Medienwerkstatt Lindner GmbH",
            [
                "Hafenstraße 12, 20457 Hamburg",
                "HRB 148812 Amtsgericht Hamburg · USt-IdNr. DE 312 884 551",
            ],
            tranas,
            [
                ("Workshop Medienkompetenz, 2 Tage", 2, "Tag", "1400.00", 19),
                ("Arbeitshefte 'Sicher im Netz'", 40, "Stk.", "12.50", 7),
            ],
            lang="de",
            currency="EUR",
            layout="band",
            ref="Bestellung vom 03.10.2023",
            pay=[("IBAN", "DE89 3704 0044 0532 0130 00"), ("BIC", "COBADEFFXXX")],
            extra=["Abzüglich Anzahlung vom 16.10.2023: -1.000,00 EUR", "Zahlbetrag: 2.867,00 EUR"],
        ),
        "factuur 2023-1142.pdf": Inv(
            "2023/1142",
            "2023-10-17",
            "2023-11-16",
            "Stichting Jeugdwerk Noord",
            ["Vismarkt 7, 9712 CA Groningen", "KvK 41012345 · BTW NL812345678B01"],
            tranas,
            [
                ("Studiebezoek jongerenwerk, begeleiding", 2, "dag", "750.00", 21),
                ("Lesmateriaal", 1, "set", "180.00", 21),
            ],
            lang="nl",
            currency="EUR",
            layout="footer",
            ref="Studieresa Groningen",
            pay=[("IBAN", "NL91 ABNA 0417 1643 00"), ("BIC", "ABNANL2A")],
        ),
        "facture FA-23-00392.pdf": Inv(
            "FA-23-00392",
            "2023-12-08",
            "2024-01-07",
            "Éditions du Préau SARL",
            ["14 rue des Écoles, 69003 Lyon", "SIRET 812 345 678 00019 · TVA FR 42 812345678"],
            tranas,
            [
                ("Livres 'Grandir sans violence'", 30, "ex.", "18.00", D("5.5")),
                ("Frais de port", 1, "forfait", "35.00", 20),
            ],
            lang="fr",
            currency="EUR",
            layout="band",
            ref="Commande 2023-88",
            pay=[("IBAN", "FR76 3000 6000 0112 3456 7890 189"), ("BIC", "AGRIFRPP")],
        ),
        "faktura 2023-5521 DK.pdf": Inv(
            "2023-5521",
            "2023-11-30",
            "2023-12-14",
            "Nordisk Ungdomsforum ApS",
            ["Vesterbrogade 88, 1620 København V", "CVR-nr. 38 41 22 90"],
            tranas,
            [("Deltagergebyr 'Unge i byen'", 4, "stk.", "2950.00", 25)],
            lang="da",
            currency="DKK",
            layout="receipt",
            pay=[("IBAN", "DK50 0040 0440 1162 43"), ("BIC", "NDEADKKK")],
        ),
        "faktura 100387.pdf": Inv(
            "100387",
            "2023-09-15",
            "2023-10-15",
            "Fjellheim Leirsted AS",
            ["Fjellheimvegen 3, 2680 Vågå", "Org.nr. 912 345 678 MVA"],
            tranas,
            [
                ("Leiropphold 3 døgn, 22 deltakere", 66, "døgn", "690.00", 15),
                ("Aktivitetsleder", 3, "dag", "2400.00", 25),
            ],
            lang="nb",
            currency="NOK",
            layout="band",
            ref="Sommerleir 2023",
            pay=[("Kontonr.", "1503.27.48291"), ("KID", "1003870015")],
        ),
        "Kreditfaktura KF-2023-0112.pdf": Inv(
            "KF-2023-0112",
            "2023-12-05",
            "2023-12-05",
            "Ljud & Bild i Tranås AB",
            ["Storgatan 21, 573 31 Tranås", "Org.nr 556711-8820", "Bankgiro 412-7718"],
            tranas[:4],
            [("Kreditering av faktura 2023-0987, högtalare returnerade", 2, "st", "2400", 25)],
            org_no="556711-8820",
            layout="footer",
            credit=True,
            ref="Faktura 2023-0987",
            pay=[("Bankgiro", "412-7718")],
            extra=["Beloppet kvittas mot kommande faktura."],
        ),
    }


def D(v) -> Decimal:  # noqa: N802,F811
    return Decimal(str(v))


@case
def invoices_intl():
    d = fresh("invoices-intl")
    files = {}
    for name, inv in intl_invoices().items():
        invoice_pdf(d / name, [inv])
        g = inv.gold()
        g["language"] = inv.lang
        if inv.number == "RE-2023-0815":
            assert g["total"] == "3867.00", g
            g["amount_due"] = "2867.00"
        files[name] = g
    write_gold(
        d,
        files,
        "Invoices in Swedish, English (GBP, and a US one in USD without VAT), German (19 % and "
        "7 %, prepayment deducted: amount_due), Dutch, French (5,5 % and 20 %), Danish (DKK), "
        "Norwegian (NOK, 15 % and 25 %) and a Swedish credit note with negative amounts.",
    )


# ------------------------------------------------------------------------------------------
# 14. Bundles: a response followed by its attachments in ONE PDF, each attachment's first page
#     stamped "Bilaga N": invoices, a multi-page lease or an invoice with a specification page,
#     participant lists, and invoices scanned into the same file.

MORA_ACTS = [
    Act(
        "1",
        "Ishockeyskola för nyanlända barn",
        Decimal(49500),
        "disputes",
        ["unverifiable_costs"],
        ["1", "2"],
        needle="1. Ishockeyskola",
    ),
    Act(
        "2",
        "Lokalhyra för ungdomsverksamhet i Noret",
        Decimal(72000),
        "disputes",
        ["ordinary_operations"],
        ["3"],
        needle="2. Lokalhyra",
    ),
    Act(
        "3",
        "Föreläsning om narkotika för föräldrar",
        Decimal(18750),
        "accepts_full",
        ["outside_grant_period"],
        ["4"],
        needle="3. Föreläsning om",
    ),
]
MORA_BUYER = ["Mora kommun", "Socialförvaltningen", "Fakturaadress: FE 402", "792 80 Mora"]


def mora_invoices() -> list[Inv]:
    return [
        Inv(
            "4410",
            "2023-04-28",
            "2023-05-28",
            "Moraparken Ishall AB",
            ["Hantverkaregatan 9, 792 32 Mora", "Org.nr 556802-1174", "Bankgiro 5120-4410"],
            MORA_BUYER,
            [("Istid ishockeyskola jan–april 2023", 30, "tim", "900", 25)],
            org_no="556802-1174",
            layout="band",
            ref="Ishockeyskolan",
            pay=[("Bankgiro", "5120-4410"), ("OCR", "441023")],
            stamp="Bilaga 1",
        ),
        Inv(
            "2023-311",
            "2023-05-10",
            "2023-06-09",
            "Dalarnas Ishockeyförbund",
            ["Box 121, 791 23 Falun", "Org.nr 883201-4478"],
            MORA_BUYER,
            [("Tränararvoden ishockeyskola vt 2023", 1, "st", "22500", 0)],
            org_no="883201-4478",
            layout="footer",
            pay=[("Plusgiro", "48 11 02-3")],
            stamp="Bilaga 2",
            extra=["Ideell förening, ej momsregistrerad."],
        ),
        Inv(
            "FX-2024-017",
            "2024-01-15",
            "2024-02-14",
            "Drogfri Framtid i Dalarna AB",
            ["Vasagatan 3, 791 71 Falun", "Org.nr 559310-2287 · Momsreg.nr SE559310228701"],
            MORA_BUYER,
            [("Föreläsning för föräldrar 2023-11-23, inkl. resa", 1, "st", "15000", 25)],
            org_no="559310-2287",
            layout="band",
            ref="Föräldraföreläsning",
            pay=[("Bankgiro", "5893-2217")],
            stamp="Bilaga 4",
        ),
    ]


def mora_blocks() -> list:
    return [
        ("p", "Mora kommun\nSocialförvaltningen\n2025-02-05"),
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("h1", "Yttrande över preliminärt beslut om återbetalning av statsbidrag"),
        (
            "p",
            "Mora kommun har tagit del av Socialstyrelsens preliminära beslut att återkräva "
            + m(140250)
            + " av statsbidraget för 2023 och yttrar sig över de tre aktiviteter som berörs. "
            "Handlingarna som "
            "kommunen hänvisar till bifogas i samma fil efter yttrandet.",
        ),
        ("h2", "Allmänt"),
        (
            "p",
            "Kommunen vill inledningsvis påpeka att redovisningen till Socialstyrelsen lämnades i "
            "ett skede då "
            "flera fakturor ännu inte hade bokförts på rätt ansvar. Det har lett till att underlag "
            "saknades för "
            "en del av kostnaderna. Kommunen har nu gått igenom samtliga verifikationer och "
            "bifogar de "
            "fakturor och avtal som visar hur medlen har använts.",
        ),
        (
            "p",
            "De aktiviteter som Socialstyrelsen ifrågasätter har alla genomförts i Noret och "
            "Östnor, där "
            "kommunens lägesbild sedan 2022 visar ökad oro för droger och rekrytering av unga. "
            "Aktiviteterna "
            "har planerats tillsammans med polisen och fältgruppen inom ramen för kommunens "
            "samverkansöverenskommelse.",
        ),
        ("h2", "1. Ishockeyskola för nyanlända barn"),
        ("p", "Socialstyrelsens återkrav: " + m(49500)),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna inte är styrkta eftersom fakturor saknades i redovisningen.",
        ),
        (
            "p",
            "Fakturorna för istid och tränararvoden bifogas (bilaga 1 och 2). Kostnaderna "
            "motsvarar exakt det "
            "redovisade beloppet. Kommunen bestrider därför återkravet.",
        ),
        ("h2", "2. Lokalhyra för ungdomsverksamhet i Noret"),
        ("p", "Socialstyrelsens återkrav: " + m(72000)),
        (
            "p",
            "Socialstyrelsen bedömer att lokalen redan användes i kommunens ordinarie verksamhet.",
        ),
        (
            "p",
            "Lokalen hyrdes in särskilt för den nya ungdomsverksamheten från och med 1 januari "
            "2023, se "
            "hyresavtalet i bilaga 3. Hyran är " + m(6000) + " per månad. Kommunen anser att kostnaden är "
            "bidragsberättigad och att inget ska återbetalas.",
        ),
        ("h2", "3. Föreläsning om narkotika för föräldrar"),
        ("p", "Socialstyrelsens återkrav: " + m(18750)),
        (
            "p",
            "Socialstyrelsen konstaterar att fakturan är daterad i januari 2024, utanför bidragsperioden.",
        ),
        (
            "p",
            "Föreläsningen hölls i november 2023 men fakturerades först i januari (bilaga 4). "
            "Kommunen godtar "
            "ändå Socialstyrelsens bedömning och återbetalar beloppet.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "Bilaga 1 Faktura 4410 Moraparken Ishall AB\n"
            "Bilaga 2 Faktura 2023-311 Dalarnas Ishockeyförbund\n"
            "Bilaga 3 Hyresavtal lokal Noret\n"
            "Bilaga 4 Faktura FX-2024-017 Drogfri Framtid i Dalarna AB",
        ),
        ("p", "Kontakt: Erik Hedlund, verksamhetsutvecklare, 0250-261 47, erik.hedlund@mora.se"),
        ("space", 10),
        ("p", "Anneli Mattsson\nSocialchef"),
    ]


def lease_pdf(path: Path, stamp_text: str) -> Path:
    paras = {
        1: [
            "§ 1 Parter. Hyresvärd: Fastighets AB Noret, org.nr 556540-3391. Hyresgäst: Mora "
            "kommun, "
            "socialförvaltningen, org.nr 212000-2197.",
            "§ 2 Lokal. Lokalen omfattar cirka 180 kvadratmeter i bottenplan på Noretgatan 14, Mora, och upplåts för ungdomsverksamhet.",
            "§ 3 Hyrestid. Avtalet gäller från och med 2023-01-01 till och med 2023-12-31 med tre "
            "månaders "
            "uppsägningstid. Avtalet förlängs därefter med ett år i taget.",
        ],
        2: [
            "§ 4 Hyra. Hyran uppgår till 6 000 kronor per månad exklusive moms och betalas kvartalsvis i förskott.",
            "§ 5 Lokalens skick. Hyresgästen har besiktigat lokalen och godtar den i befintligt skick.",
            "§ 6 Underhåll. Hyresvärden svarar för yttre underhåll. Hyresgästen svarar för inre underhåll.",
        ],
        3: [
            "§ 7 Underskrifter. Detta avtal har upprättats i två likalydande exemplar.",
            "Mora 2022-12-14",
            "För Fastighets AB Noret: Göran Åhs",
            "För Mora kommun: Anneli Mattsson",
        ],
    }
    blocks = [("h1", "HYRESAVTAL FÖR LOKAL")]
    for i in (1, 2, 3):
        blocks += [("p", p) for p in paras[i]]
        if i < 3:
            blocks.append(("break",))
    return render_pdf(
        path,
        blocks,
        Ledger(),
        Page(
            header="Hyresavtal Noretgatan 14",
            footer="Sida {page} av {pages}",
            stamp=stamp_text,
            font="Times-Roman",
        ),
    )


@case
def bundle_mora():
    from genre_kit import merge_pdfs, scan_pdf

    d = fresh("bundle-mora")
    tmp = Path("/tmp/genre-bundle-mora")
    tmp.mkdir(parents=True, exist_ok=True)
    L = Ledger()
    resp = render_pdf(tmp / "resp.pdf", mora_blocks(), L, Page(footer="{page} ({pages})", size_pt=11.5))
    inv = mora_invoices()
    parts = [
        resp,
        invoice_pdf(tmp / "i1.pdf", [inv[0]]),
        invoice_pdf(tmp / "i2.pdf", [inv[1]]),
        lease_pdf(tmp / "lease.pdf", "Bilaga 3"),
        scan_pdf(
            invoice_pdf(tmp / "i4.pdf", [inv[2]]),
            tmp / "i4s.pdf",
            dpi=150,
            seed=14,
            skew=[0.9],
            mode="L",
            quality=35,
            dust=300,
        ),
    ]
    name = "Mora yttrande med bilagor.pdf"
    spans = merge_pdfs(d / name, parts)
    key = [f"{name}#pages={a}-{b}" for a, b in spans]
    g = response_gold(resp, "Mora kommun", "2025-02-05", MORA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": "4410"},
        {"attachment_id": "2", "activity_no": "1", "invoice_number": "2023-311"},
        {"attachment_id": "3", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "3", "invoice_number": "FX-2024-017"},
    ]
    g["attachment_files"] = {"1": key[1], "2": key[2], "3": key[3], "4": key[4]}
    g["activity_invoices"] = {
        "1": [{"invoice_number": "4410"}, {"invoice_number": "2023-311"}],
        "3": [{"invoice_number": "FX-2024-017"}],
    }
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": "3", "check": "invoice_outside_period"}]
    g["people"] = [
        {
            "name": "Erik Hedlund",
            "role": "verksamhetsutvecklare",
            "phone": "+4625026147",
            "email": "erik.hedlund@mora.se",
        },
        {"name": "Anneli Mattsson", "role": "socialchef"},
    ]
    files = {
        key[0]: g,
        key[1]: inv[0].gold(),
        key[2]: inv[1].gold(),
        key[4]: dict(inv[2].gold(), scanned=True),
    }
    write_gold(
        d,
        files,
        f"One PDF: response (pages {spans[0][0]}-{spans[0][1]}), two invoices, a "
        f"{spans[3][1] - spans[3][0] + 1}-page lease (pages {spans[3][0]}-{spans[3][1]}, not an "
        "invoice, so only in attachment_files) and a scanned invoice; every attachment's first "
        "page "
        "stamped 'Bilaga N'. Invoice 4 is dated 2024 (the municipality accepts the reclaim).",
    )


HOOR_ACTS = [
    Act(
        "1",
        "Fritidsbank och lovaktiviteter",
        Decimal(33400),
        "disputes",
        ["purpose_mismatch"],
        ["1a", "1b"],
        needle="Aktivitet 1 Fritidsbank",
    ),
    Act(
        "2",
        "Kvällsöppen mötesplats i Tjörnarp",
        Decimal(56000),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2"],
        repay=Decimal(16000),
        needle="Aktivitet 2 Kvällsöppen",
    ),
    Act(
        "3",
        "Sommarläger med fältgruppen",
        Decimal(41250),
        "disputes",
        ["excessive_cost"],
        ["3a", "3b"],
        needle="Aktivitet 3 Sommarläger",
    ),
]
HOOR_BUYER = ["Höörs kommun", "Sektor Omsorg", "Fakturaref. 4471", "243 80 Höör"]


def hoor_invoices() -> list[Inv]:
    return [
        Inv(
            "77120",
            "2023-06-20",
            "2023-07-20",
            "Sportringen Höör AB",
            ["Storgatan 30, 243 30 Höör", "Org.nr 556190-7716"],
            HOOR_BUYER,
            [("Utrustning fritidsbank: inlines, hjälmar, flytvästar", 1, "st", "14400", 25)],
            org_no="556190-7716",
            layout="footer",
            stamp="Bilaga 1a",
            pay=[("Bankgiro", "330-4417")],
        ),
        Inv(
            "2023-0456",
            "2023-08-31",
            "2023-09-30",
            "Ringsjö Buss AB",
            ["Industrivägen 6, 243 93 Höör", "Org.nr 556448-2093", "Bankgiro 5461-0098"],
            HOOR_BUYER,
            [("Bussresor lovaktiviteter sommaren 2023 enligt specifikation", 1, "st", "19000", 6)],
            org_no="556448-2093",
            layout="band",
            stamp="Bilaga 1b",
            pay=[("Bankgiro", "5461-0098")],
        ),
        Inv(
            "L-1187",
            "2023-07-14",
            "2023-08-13",
            "Ringsjöns Lägergård ekonomisk förening",
            ["Lägervägen 1, 243 95 Höör", "Org.nr 769605-3318"],
            HOOR_BUYER,
            [("Lägervecka 3–7 juli 2023, 20 ungdomar och 4 ledare", 1, "st", "30000", 0)],
            org_no="769605-3318",
            layout="footer",
            stamp="Bilaga 3a",
            pay=[("Bankgiro", "786-1123")],
            extra=["Momsfri uthyrning."],
        ),
        Inv(
            "5521",
            "2023-07-10",
            "2023-08-09",
            "Frostavallen Äventyr AB",
            ["Frostavallen, 243 91 Höör", "Org.nr 556877-0652"],
            HOOR_BUYER,
            [("Klätterbana och kanotpaddling, 24 personer", 24, "st", "375", 25)],
            org_no="556877-0652",
            layout="band",
            stamp="Bilaga 3b",
            pay=[("Bankgiro", "5520-8871")],
        ),
    ]


def hoor_blocks() -> list:
    return [
        ("p", "HÖÖRS KOMMUN · Sektor Omsorg"),
        ("p", "Datum 2025-03-18\nDnr SO 2025/022\nTill Socialstyrelsen"),
        ("h1", "Yttrande – återkrav statsbidrag 2023"),
        (
            "p",
            "Höörs kommun har beretts tillfälle att yttra sig över Socialstyrelsens preliminära "
            "beslut om "
            "återkrav om " + m(130650, "kronor") + ". Nedan följer kommunens synpunkter per aktivitet.",
        ),
        ("h2", "Aktivitet 1 Fritidsbank och lovaktiviteter"),
        ("p", "Belopp enligt Socialstyrelsen: " + m(33400, "colon")),
        ("p", "Socialstyrelsen bedömer att en fritidsbank inte är förenlig med bidragets syfte."),
        (
            "p",
            "Fritidsbanken lånade ut utrustning till lovaktiviteter som fältgruppen ordnade för "
            "unga i "
            "riskzon, och bussresorna gick till aktiviteter utanför tätorten, se bilagorna 1a–1b. "
            "Kommunen bestrider återkravet.",
        ),
        ("h2", "Aktivitet 2 Kvällsöppen mötesplats i Tjörnarp"),
        ("p", "Belopp enligt Socialstyrelsen: " + m(56000, "colon")),
        ("p", "Enligt Socialstyrelsen saknas underlag för personalkostnaderna."),
        (
            "p",
            "Närvaro- och personallistor bifogas (bilaga 2). För maj och juni saknas listor och "
            "kommunen "
            "godtar därför att " + m(16000, "colon") + " betalas tillbaka.",
        ),
        ("h2", "Aktivitet 3 Sommarläger med fältgruppen"),
        ("p", "Belopp enligt Socialstyrelsen: " + m(41250, "colon")),
        ("p", "Socialstyrelsen anser att kostnaden per deltagare är för hög."),
        (
            "p",
            "Lägret omfattade fem dygn med helpension och aktiviteter för 20 ungdomar, se "
            "fakturorna i "
            "bilaga 3a och 3b. Kostnaden är rimlig och kommunen anser inte att något ska "
            "återbetalas.",
        ),
        ("h3", "Bilageförteckning"),
        (
            "p",
            "1a Faktura 77120 Sportringen Höör AB\n"
            "1b Faktura 2023-0456 Ringsjö Buss AB med specifikation\n"
            "2 Närvaro- och personallistor mötesplatsen Tjörnarp\n"
            "3a Faktura L-1187 Ringsjöns Lägergård\n"
            "3b Faktura 5521 Frostavallen Äventyr AB",
        ),
        (
            "p",
            "Ansvarig tjänsteperson: Sara Nilsson Wahl, sektorchef, 0413-280 00, sara.nilssonwahl@hoor.se",
        ),
    ]


@case
def bundle_hoor():
    from genre_kit import merge_pdfs, scan_pdf

    d = fresh("bundle-hoor")
    tmp = Path("/tmp/genre-bundle-hoor")
    tmp.mkdir(parents=True, exist_ok=True)
    L = Ledger()
    resp = render_pdf(
        tmp / "resp.pdf",
        hoor_blocks(),
        L,
        Page(footer="Sida {page}", font="Times-Roman", size_pt=12),
    )
    inv = hoor_invoices()
    spec = [
        "Specifikation till faktura 2023-0456",
        "2023-06-27  Höör–Lund t/r, 1 buss, 49 platser          4 200,00",
        "2023-07-04  Höör–Skanör t/r, 1 buss, 49 platser        5 600,00",
        "2023-07-18  Höör–Kolmården t/r, 1 buss, 49 platser     9 200,00",
        "Summa exkl. moms                                       19 000,00",
    ]
    participants = render_pdf(
        tmp / "part.pdf",
        [
            ("h1", "Närvaro- och personallistor"),
            ("p", "Mötesplatsen Tjörnarp, januari–april 2023. Öppet tisdag och torsdag 18–21."),
            (
                "table",
                [
                    ["Månad", "Kvällar", "Besökare totalt", "Personal per kväll"],
                    ["Januari", "9", "141", "2"],
                    ["Februari", "8", "133", "2"],
                    ["Mars", "9", "162", "3"],
                    ["April", "7", "118", "2"],
                ],
                dict(widths=[0.3, 0.2, 0.25, 0.25], ruled=True),
            ),
        ],
        Ledger(),
        Page(stamp="Bilaga 2"),
    )
    scans = [
        scan_pdf(
            invoice_pdf(tmp / f"s{i}.pdf", [inv[i]]),
            tmp / f"s{i}s.pdf",
            dpi=200,
            seed=20 + i,
            skew=[-1.3 + i],
            mode="1",
            dust=600,
        )
        for i in (2, 3)
    ]
    parts = [
        resp,
        invoice_pdf(tmp / "i1.pdf", [inv[0]]),
        invoice_pdf(tmp / "i2.pdf", [inv[1]], spec=spec),
        participants,
    ] + scans
    name = "SO 2025-022 Höör komplett.pdf"
    spans = merge_pdfs(d / name, parts)
    key = [f"{name}#pages={a}-{b}" for a, b in spans]
    g = response_gold(resp, "Höörs kommun", "2025-03-18", HOOR_ACTS, L, municipality="Höör")
    g["attachments"] = [
        {"attachment_id": "1a", "activity_no": "1", "invoice_number": "77120"},
        {"attachment_id": "1b", "activity_no": "1", "invoice_number": "2023-0456"},
        {"attachment_id": "2", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "3a", "activity_no": "3", "invoice_number": "L-1187"},
        {"attachment_id": "3b", "activity_no": "3", "invoice_number": "5521"},
    ]
    g["attachment_files"] = {"1a": key[1], "1b": key[2], "2": key[3], "3a": key[4], "3b": key[5]}
    g["activity_invoices"] = {
        "1": [{"invoice_number": "77120"}, {"invoice_number": "2023-0456"}],
        "3": [{"invoice_number": "L-1187"}, {"invoice_number": "5521"}],
    }
    g["checks"] = []
    g["people"] = [
        {
            "name": "Sara Nilsson Wahl",
            "role": "sektorchef",
            "phone": "+4641328000",
            "email": "sara.nilssonwahl@hoor.se",
        }
    ]
    g["quantities"] = [{"value": 20, "unit": "ungdom"}]
    files = {
        key[0]: g,
        key[1]: inv[0].gold(),
        key[2]: inv[1].gold(),
        key[4]: dict(inv[2].gold(), scanned=True),
        key[5]: dict(inv[3].gold(), scanned=True),
    }
    write_gold(
        d,
        files,
        "One PDF: response, an invoice, an invoice with a specification page (2 pages), a "
        "participant list (not an invoice: only in attachment_files) and two invoices scanned "
        "in black and white; first pages stamped 'Bilaga 1a' … 'Bilaga 3b'.",
    )


# ------------------------------------------------------------------------------------------
# 16. Region Gotland: a region, not a "kommun"; typewriter style with upper-case headings; dotted
#     attachment ids that carry the activity number ("12.1", "19.1–19.4") and one ("27.1") whose
#     number is no activity; a landscape summary page between portrait pages.

GOTLAND_ACTS = [
    Act(
        "12",
        "FÄLTARBETE PÅ SÖDERTORG",
        Decimal("84000.00"),
        "disputes",
        ["ordinary_operations"],
        ["12.1", "12.2"],
        needle="12. FÄLTARBETE",
    ),
    Act(
        "13",
        "STÖDSAMTAL FÖR UNGA I KLINTEHAMN",
        Decimal("47250.00"),
        "accepts_full",
        ["exercise_of_authority"],
        ["13.1"],
        needle="13. STÖDSAMTAL",
    ),
    Act(
        "19",
        "KULTURVECKOR I HEMSE OCH SLITE",
        Decimal("133900.00"),
        "accepts_partial",
        ["purpose_mismatch", "unverifiable_costs"],
        ["19.1", "19.2", "19.3", "19.4"],
        repay=Decimal("21900.00"),
        needle="19. KULTURVECKOR",
    ),
]


def gotland_blocks() -> list:
    k = "kronor"
    return [
        (
            "p",
            "REGION GOTLAND\nSocialförvaltningen\n\nVisby 2025-02-28\nÄrendenr SOF 2024/1187\n\n"
            "Socialstyrelsen\nAvdelningen för statsbidrag",
        ),
        ("h2", "YTTRANDE ÖVER PRELIMINÄRT BESLUT OM ÅTERKRAV AV STATSBIDRAG 2023"),
        (
            "p",
            "Region Gotland har den 30 januari 2025 tagit emot Socialstyrelsens preliminära beslut "
            "om "
            "återkrav av " + m("265150.00", "dec") + " avseende aktiviteterna 12, 13 och 19 i regionens "
            "redovisning. Regionen har kommunalt ansvar för Gotlands kommun och redovisade "
            "statsbidraget "
            "i sin helhet inom socialförvaltningen. Övergripande om regionens lägesbild, se bilaga "
            "27.1.",
        ),
        (
            "p",
            "En sammanställning av regionens ställningstagande finns på nästa sida. Därefter kommenteras varje aktivitet för sig.",
        ),
        ("orient", "landscape"),
        ("h2", "SAMMANSTÄLLNING"),
        (
            "table",
            [
                [
                    "Akt.",
                    "Aktivitet",
                    "Återkrävt belopp (kr)",
                    "Regionens inställning",
                    "Medges (kr)",
                ],
                [
                    "12",
                    "Fältarbete på Södertorg",
                    m("84000.00", "baredec"),
                    "Bestrids",
                    m("0", "opt_baredec"),
                ],
                [
                    "13",
                    "Stödsamtal för unga i Klintehamn",
                    m("47250.00", "baredec"),
                    "Medges",
                    m("47250.00", "baredec"),
                ],
                [
                    "19",
                    "Kulturveckor i Hemse och Slite",
                    m("133900.00", "baredec"),
                    "Medges delvis",
                    m("21900.00", "baredec"),
                ],
                ["", "Summa", m("265150.00", "baredec"), "", m("69150.00", "baredec")],
            ],
            dict(widths=[0.07, 0.38, 0.2, 0.2, 0.15], ruled=True, align_right=[2, 4], bold_last=True),
        ),
        ("orient", "portrait"),
        ("h3", "12. FÄLTARBETE PÅ SÖDERTORG"),
        ("p", "Återkrävt: " + m("84000.00", k)),
        (
            "p",
            "Socialstyrelsen: Fältarbetet bedrevs redan före 2023 och är därmed ordinarie verksamhet.",
        ),
        (
            "p",
            "Regionens kommentar: Fältarbetet på Södertorg var nytt för 2023 och bemannades av två "
            "fältassistenter som anställdes för detta. Anställningsbeslut och schema, se bilaga "
            "12.1 och "
            "12.2. Region Gotland bestrider återkravet.",
        ),
        ("h3", "13. STÖDSAMTAL FÖR UNGA I KLINTEHAMN"),
        ("p", "Återkrävt: " + m("47250.00", k)),
        (
            "p",
            "Socialstyrelsen: Stödsamtalen har getts efter beslut om bistånd och är myndighetsutövning.",
        ),
        (
            "p",
            "Regionens kommentar: Regionen har granskat samtalen (bilaga 13.1) och konstaterar att "
            "de "
            "föregicks av biståndsbeslut. Regionen delar därför Socialstyrelsens bedömning och "
            "betalar "
            "tillbaka hela beloppet.",
        ),
        ("h3", "19. KULTURVECKOR I HEMSE OCH SLITE"),
        ("p", "Återkrävt: " + m("133900.00", k)),
        (
            "p",
            "Socialstyrelsen: Kulturveckorna riktade sig till allmänheten och ligger utanför "
            "bidragets syfte. "
            "Delar av kostnaderna saknar verifikationer.",
        ),
        (
            "p",
            "Regionens kommentar: Kulturveckorna genomfördes på skollov för unga som fältgruppen "
            "bedömt som särskilt utsatta; program, deltagarlistor och fakturor redovisas i "
            "bilagorna "
            "19.1–19.4. Kostnader om " + m("21900.00", k) + " för servering saknar verifikationer och "
            "återbetalas. I övrigt bestrider regionen återkravet.",
        ),
        ("h3", "BILAGOR"),
        (
            "p",
            "12.1 Anställningsbeslut fältassistenter\n12.2 Schema fältarbete Södertorg 2023\n"
            "13.1 Granskning stödsamtal Klintehamn\n19.1 Program kulturveckor\n"
            "19.2 Faktura 8841 Gotlands Scenteknik AB\n19.3 Deltagarlistor Hemse och Slite\n"
            "19.4 Faktura 2023-77 Slite Konsthall ekonomisk förening\n"
            "27.1 Lägesbild Region Gotland 2023",
        ),
        ("p", "Handläggare: Elin Gardell, utredare, tfn 0498-26 93 10, elin.gardell@gotland.se"),
        ("p", "\n\nTomas Hägg\nSocialdirektör"),
    ]


@case
def prose_gotland():
    d = fresh("prose-gotland")
    L = Ledger()
    pdf = render_pdf(
        d / "Region Gotland yttrande SOF 2024-1187.pdf",
        gotland_blocks(),
        L,
        Page(font="Courier", size_pt=10, header="REGION GOTLAND", footer="- {page} -"),
    )
    g = response_gold(pdf, "Region Gotland", "2025-02-28", GOTLAND_ACTS, L, municipality="Gotland", start=3)
    g["attachments"] = [
        {"attachment_id": i, "activity_no": a, "invoice_number": inv}
        for i, a, inv in [
            ("12.1", "12", None),
            ("12.2", "12", None),
            ("13.1", "13", None),
            ("19.1", "19", None),
            ("19.2", "19", "8841"),
            ("19.3", "19", None),
            ("19.4", "19", "2023-77"),
            ("27.1", None, None),
        ]
    ]
    g["activity_invoices"] = {"19": [{"invoice_number": "8841"}, {"invoice_number": "2023-77"}]}
    g["checks"] = []
    g["people"] = [
        {
            "name": "Elin Gardell",
            "role": "utredare",
            "phone": "+46498269310",
            "email": "elin.gardell@gotland.se",
        },
        {"name": "Tomas Hägg", "role": "socialdirektör"},
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Region Gotland (issuer a region; municipality Gotland). Courier, upper-case "
        "headings, dotted attachment ids with the activity number, '27.1' is no activity "
        "(activity_no null), a landscape summary page (page 2) between portrait pages.",
    )


# ------------------------------------------------------------------------------------------
# 17. Invoices as scanners and phones deliver them: a JPEG photo (tilted, uneven light), a PNG
#     at 300 dpi black and white, a multi-page TIFF holding two invoices (a bundle), and a PDF
#     scanned sideways (the page image turned 90°).


def scanned_invoices() -> list[Inv]:
    tranas = ["Tranås kommun", "Socialförvaltningen", "Box 1004", "573 28 Tranås"]
    return [
        Inv(
            "K-20931",
            "2023-08-17",
            "2023-09-16",
            "Café Gläntan i Tranås",
            ["Gläntevägen 2, 573 34 Tranås", "Org.nr 969712-3345"],
            tranas,
            [
                ("Fika föräldramöte, 40 personer", 40, "st", "65", 12),
                ("Lokalhyra kväll", 1, "st", "1200", 25),
            ],
            org_no="969712-3345",
            layout="receipt",
            pay=[("Swish", "123 456 78 90")],
        ),
        Inv(
            "HYS-0098",
            "2023-07-21",
            "2023-08-20",
            "Harbour Youth Sailing CIC",
            ["Quay Road, Whitby YO21 1DH, United Kingdom", "Community Interest Company 11223344"],
            tranas,
            [("Sailing taster day, group of 12", 1, "day", "840.00", 0)],
            lang="en",
            currency="GBP",
            layout="band",
            extra=["VAT exempt (education)."],
            pay=[("Sort code", "20-45-77"), ("Account", "41196688")],
        ),
        Inv(
            "2023-1207",
            "2023-09-30",
            "2023-10-30",
            "Tranås Taxi & Buss AB",
            ["Järnvägsgatan 5, 573 31 Tranås", "Org.nr 556298-6610"],
            tranas,
            [("Beställningsresor fältgruppen september", 14, "st", "450", 6)],
            org_no="556298-6610",
            layout="footer",
            pay=[("Bankgiro", "5562-9866")],
        ),
        Inv(
            "JH-4471-23",
            "2023-10-09",
            "2023-10-23",
            "Jugendherberge Lübeck Altstadt",
            ["Mengstraße 33, 23552 Lübeck", "USt-IdNr. DE 135 224 098"],
            tranas,
            [
                ("Übernachtung mit Frühstück, 14 Personen", 28, "Nacht", "34.50", 7),
                ("Seminarraum", 1, "Tag", "150.00", 19),
            ],
            lang="de",
            currency="EUR",
            layout="band",
            pay=[("IBAN", "DE12 2305 0101 0001 0442 71"), ("BIC", "NOLADE21SPL")],
        ),
        Inv(
            "LL-23-0412",
            "2023-11-06",
            "2023-12-06",
            "Liffey Learning Ltd",
            ["7 Ormond Quay Upper, Dublin 7, Ireland", "VAT IE 6388047V"],
            tranas,
            [("Online training licences 'Youth at risk'", 20, "pcs", "45.00", 23)],
            lang="en",
            currency="EUR",
            layout="footer",
            ref="Tranås PO 2023-204",
            pay=[("IBAN", "IE29 AIBK 9311 5212 3456 78"), ("BIC", "AIBKIE2D")],
        ),
    ]


def page_image(pdf: Path, dpi: int):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    return img


def photo(img, seed: int):
    """A phone photo of a page on a desk: tilted, lit from one side, a darker desk around it."""
    import random

    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    page = img.rotate(3.2, resample=Image.BICUBIC, expand=True, fillcolor=90)
    w, h = page.size
    light = Image.linear_gradient("L").rotate(90).resize((w, h))
    light = light.point(lambda v: 255 - v // 5)
    out = Image.composite(page, Image.new("L", (w, h), 0), light)
    out = out.point(lambda v: min(255, int(v * 0.92) + rnd.randrange(0, 6)))
    return out.filter(ImageFilter.GaussianBlur(0.6))


@case
def invoices_scanned():
    import time as _time

    from PIL import Image

    d = fresh("invoices-scanned")
    tmp = Path("/tmp/genre-inv-scan")
    tmp.mkdir(parents=True, exist_ok=True)
    inv = scanned_invoices()
    srcs = [invoice_pdf(tmp / f"i{i}.pdf", [x]) for i, x in enumerate(inv)]
    files = {}
    photo(page_image(srcs[0], 150), seed=1).convert("RGB").save(d / "IMG_20230818_141502.jpg", quality=55, dpi=(150, 150))
    files["IMG_20230818_141502.jpg"] = dict(inv[0].gold(), scanned=True)
    bw = page_image(srcs[1], 300).rotate(-0.7, resample=Image.BICUBIC, fillcolor=255)
    bw.point(lambda v: 255 if v > 150 else 0).convert("1").save(d / "HYS-0098.png", dpi=(300, 300), optimize=True)
    files["HYS-0098.png"] = dict(inv[1].gold(), scanned=True)
    pages = [
        page_image(srcs[i], 200).rotate(r, resample=Image.BICUBIC, fillcolor=255).point(lambda v: 255 if v > 150 else 0).convert("1")
        for i, r in ((2, 0.8), (3, -1.2))
    ]
    tif = "Skanner batch 2023-10.tif"
    pages[0].save(d / tif, save_all=True, append_images=pages[1:], compression="group4", dpi=(200, 200))
    files[f"{tif}#pages=1-1"] = dict(inv[2].gold(), scanned=True)
    files[f"{tif}#pages=2-2"] = dict(inv[3].gold(), scanned=True)
    side = page_image(srcs[4], 150).rotate(90, expand=True)
    fixed = _time.gmtime(1699300000)
    side.save(d / "scan0042.pdf", resolution=150, quality=40, creationDate=fixed, modDate=fixed)
    files["scan0042.pdf"] = dict(inv[4].gold(), scanned=True)
    write_gold(
        d,
        files,
        "Invoices as images: a tilted, unevenly lit JPEG phone photo (12 % and 25 %), "
        "a 300 dpi b/w PNG (GBP, VAT exempt), a two-page group-4 TIFF holding two invoices "
        "(a bundle: SEK 6 %; EUR 7 % and 19 %), and a PDF scanned sideways (EUR, Irish 23 %).",
    )


# ------------------------------------------------------------------------------------------
# 18. Sollefteå: positions stated only in a closing section ("medger … för aktivitet 2 … bestrider
#     för aktiviteterna 1, 3 och 4"), headings "4 Title" with no amount, amounts in running text
#     ("1,2 miljoner kronor"), a running header that repeats on every page, a footnote.

SOLLEFTEA_ACTS = [
    Act(
        "1",
        "Mobilt fritidsteam",
        Decimal(1200000),
        "disputes",
        ["excessive_cost", "purpose_mismatch"],
        ["1"],
        needle="1 Mobilt fritidsteam",
    ),
    Act(
        "2",
        "Sommarjobb i Ramsele",
        Decimal(48000),
        "accepts_full",
        ["ordinary_operations"],
        needle="2 Sommarjobb i Ramsele",
    ),
    Act(
        "3",
        "Familjestöd i Nipan",
        Decimal(214000),
        "disputes",
        ["exercise_of_authority"],
        ["2"],
        needle="3 Familjestöd i Nipan",
    ),
    Act(
        "4",
        "Trygghetsvärdar vid resecentrum",
        Decimal(96500),
        "disputes",
        ["unverifiable_costs"],
        ["3", "4"],
        needle="4 Trygghetsvärdar vid",
    ),
    Act(
        "5",
        "Utbildning för fritidsledare",
        Decimal(35000),
        "accepts_partial",
        ["ordinary_operations", "outside_grant_period"],
        repay=Decimal(20000),
        needle="5 Utbildning för fritidsledare",
    ),
]


def solleftea_blocks() -> list:
    return [
        ("p", "Socialstyrelsen\n106 30 Stockholm"),
        ("p", "Sollefteå 2025-03-07"),
        ("h1", "Yttrande över preliminärt beslut om återkrav¹"),
        (
            "p",
            "Sollefteå kommun har tagit del av Socialstyrelsens preliminära beslut. Beslutet "
            "omfattar "
            "totalt " + m(1593500, "kronor") + " fördelat på fem aktiviteter. Nedan beskriver kommunen "
            "först varje aktivitet och Socialstyrelsens invändningar. Kommunens ställningstagande "
            "till "
            "återkravet redovisas samlat sist i yttrandet.",
        ),
        ("h2", "1 Mobilt fritidsteam"),
        (
            "p",
            "Socialstyrelsens krav avser " + m(1200000, "miljoner") + ". Socialstyrelsen menar att "
            "teamet inte har riktat sig till målgruppen och att kostnaden, som motsvarar tre "
            "heltidstjänster och en minibuss, är orimligt hög.",
        ),
        (
            "p",
            "Teamet har under 2023 varit på plats i Nipan, Österforse och Långsele fyra kvällar i "
            "veckan "
            "och haft kontakt med drygt 300 unga, varav ett fyrtiotal har lotsats vidare till "
            "socialtjänsten (bilaga 1). Kostnaden för minibussen avser leasing och inte inköp.",
        ),
        ("h2", "2 Sommarjobb i Ramsele"),
        (
            "p",
            "Kravet avser " + m(48000, "kronor") + ". Enligt Socialstyrelsen är sommarjobben en del av kommunens ordinarie feriearbeten.",
        ),
        (
            "p",
            "Sommarjobben i Ramsele administrerades inom de ordinarie feriearbetena men finansierades helt med bidraget.",
        ),
        ("h2", "3 Familjestöd i Nipan"),
        (
            "p",
            "Kravet avser " + m(214000, "kronor") + ". Socialstyrelsen bedömer att familjestödet har "
            "beviljats som bistånd och därmed är myndighetsutövning.",
        ),
        (
            "p",
            "Familjestödet var en öppen insats utan biståndsbeslut. Familjerna kontaktade själva "
            "familjestödet eller lotsades dit av skolan, se rutinbeskrivningen i bilaga 2.",
        ),
        ("h2", "4 Trygghetsvärdar vid resecentrum"),
        (
            "p",
            "Kravet avser " + m(96500, "kronor") + ". Socialstyrelsen anser att det inte går att se "
            "vilka timmar trygghetsvärdarna arbetat och att kostnaderna därför inte är styrkta.",
        ),
        ("p", "Tidrapporter och avtal med bemanningsföretaget finns i bilagorna 3 och 4."),
        ("h2", "5 Utbildning för fritidsledare"),
        (
            "p",
            "Kravet avser " + m(35000, "kronor") + ". Socialstyrelsen bedömer att utbildningen är intern "
            "kompetensutveckling och att en del av den hölls i februari 2024.",
        ),
        ("p", "Den första utbildningsdagen hölls i november 2023 och den andra i februari 2024."),
        ("h2", "Kommunens ställningstagande"),
        (
            "p",
            "Kommunen medger återbetalning för aktivitet 2 med " + m(48000, "kronor") + " och för "
            "aktivitet 5 med " + m(20000, "kronor") + ", vilket motsvarar utbildningsdagen 2024. "
            "Sammanlagt återbetalar kommunen " + m(68000, "kronor") + ". Kommunen bestrider återkravet "
            "för aktiviteterna 1, 3 och 4 och för resterande del av aktivitet 5.",
        ),
        ("h3", "Bilagor"),
        (
            "p",
            "Bilaga 1 Verksamhetsrapport mobilt fritidsteam 2023\n"
            "Bilaga 2 Rutin familjestöd Nipan\n"
            "Bilaga 3 Tidrapporter trygghetsvärdar\nBilaga 4 Avtal Norrlandsbemanning AB",
        ),
        (
            "p",
            "Sollefteå kommun\n\nIngrid Westman\nSocialnämndens ordförande (S)\n\n"
            "Mikael Backlund\nSocialchef, 0620-68 25 14, mikael.backlund@solleftea.se",
        ),
        ("space", 30),
        ("small", "¹ Socialstyrelsens dnr 9.1-44120/2024, preliminärt beslut den 3 februari 2025."),
    ]


@case
def prose_solleftea():
    d = fresh("prose-solleftea")
    L = Ledger(nbsp=True)
    pdf = render_pdf(
        d / "Sollefteå kommun - yttrande.pdf",
        solleftea_blocks(),
        L,
        Page(
            header="Sollefteå kommun | Yttrande återkrav statsbidrag 2023 | Dnr SN 2025/31",
            footer="{page} av {pages}",
            size_pt=11,
        ),
    )
    g = response_gold(pdf, "Sollefteå kommun", "2025-03-07", SOLLEFTEA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": str(i), "activity_no": a, "invoice_number": None} for i, a in [(1, "1"), (2, "3"), (3, "4"), (4, "4")]
    ]
    g["checks"] = []
    g["people"] = [
        {"name": "Ingrid Westman", "role": "ordförande", "party": "S"},
        {
            "name": "Mikael Backlund",
            "role": "socialchef",
            "phone": "+46620682514",
            "email": "mikael.backlund@solleftea.se",
        },
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Positions only in the closing section, by activity number; headings "
        "'N Title' without amounts; '1,2 miljoner kronor'; no-break spaces in "
        "amounts; running header; footnote.",
    )


# ------------------------------------------------------------------------------------------
# 19. Hudiksvall: a contents table with an amount column and a page column, one entry's page
#     left stale after editing (the heading moved one page on), amounts in the body as "tkr",
#     each activity on its own page.

HUDIKSVALL_ACTS = [
    Act(
        "1",
        "Fältverksamhet i Håsta",
        Decimal(162000),
        "disputes",
        ["ordinary_operations"],
        ["1"],
        needle="Aktivitet 1. Fältverksamhet",
    ),
    Act(
        "2",
        "Lovaktiviteter för mellanstadiet",
        Decimal(45000),
        "accepts_full",
        ["unverifiable_costs"],
        needle="Aktivitet 2. Lovaktiviteter",
    ),
    Act(
        "3",
        "Föräldrautbildning på arabiska och somaliska",
        Decimal(78000),
        "accepts_partial",
        ["excessive_cost"],
        ["2"],
        repay=Decimal(18000),
        needle="Aktivitet 3. Föräldrautbildning",
    ),
    Act(
        "4",
        "Idrottsledare i Iggesund",
        Decimal(120000),
        "disputes",
        ["purpose_mismatch"],
        ["3", "4"],
        needle="Aktivitet 4. Idrottsledare",
    ),
]
# as printed in the contents: activity 4 is given page 5 but starts on page 6 (a page was inserted)
HUDIKSVALL_TOC_PAGE = {"1": 2, "2": 3, "3": 4, "4": 5}
HUDIKSVALL_TEXT = {
    "1": (
        "Socialstyrelsen bedömer att fältverksamheten i Håsta bedrevs redan före 2023 och därmed är ordinarie verksamhet.",
        "Fältverksamheten i Håsta startade i februari 2023 efter beslut i socialnämnden (bilaga "
        "1). "
        "Tidigare fanns endast fältarbete i centrala Hudiksvall. Kommunen anser att återkravet om "
        + m(162000, "tkr")
        + " ska undanröjas i sin helhet.",
    ),
    "2": (
        "Socialstyrelsen anser att kommunen inte har styrkt kostnaderna för lovaktiviteterna.",
        "Kommunen har inte kunnat ta fram underlagen och godtar återkravet om " + m(45000, "tkr") + ".",
    ),
    "3": (
        "Socialstyrelsen bedömer att tolkkostnaderna är orimligt höga.",
        "Tolkkostnaden för den somaliska gruppen blev högre än planerat eftersom tolken fick resa "
        "från Sundsvall. Kommunen medger att " + m(18000, "tkr") + " av tolkkostnaderna kan anses "
        "oskäliga och betalar tillbaka det beloppet. Underlag finns i bilaga 2.",
    ),
    "4": (
        "Socialstyrelsen bedömer att idrottsledarna har arbetat med föreningarnas ordinarie "
        "träningsverksamhet, vilket inte är förenligt med bidragets syfte.",
        "Idrottsledarna anställdes av kommunen och arbetade uppsökande på Iggesunds IP och i "
        "sporthallen kvällstid, se tjänstebeskrivning och närvarostatistik i bilagorna 3–4. "
        "Kommunen bestrider återkravet.",
    ),
}


def hudiksvall_blocks() -> list:
    toc = [["Avsnitt", "Belopp (kr)", "Sida"], ["Inledning", "", "1"]]
    toc += [[f"Aktivitet {a.no}. {a.title}", m(a.claimed, "bare"), str(HUDIKSVALL_TOC_PAGE[a.no])] for a in HUDIKSVALL_ACTS]
    toc.append(["Bilagor", "", "5"])
    blocks = [
        ("p", "HUDIKSVALLS KOMMUN\nIndivid- och familjeomsorgen\n2025-02-19"),
        ("h1", "Yttrande till Socialstyrelsen – återkrav av statsbidrag 2023"),
        ("table", toc, dict(widths=[0.7, 0.18, 0.12], ruled=False, align_right=[1, 2])),
        ("h2", "Inledning"),
        (
            "p",
            "Hudiksvalls kommun har tagit del av Socialstyrelsens preliminära beslut om återkrav "
            "av " + m(405000, "tkr") + " och lämnar här sitt yttrande. Varje aktivitet redovisas på en egen "
            "sida. Socialstyrelsens bedömning återges först och därefter kommunens synpunkter.",
        ),
    ]
    for a in HUDIKSVALL_ACTS:
        assess, answer = HUDIKSVALL_TEXT[a.no]
        blocks += [("break",)]
        if a.no == "4":  # an inserted page of statistics pushed the last activity one page on
            blocks += [
                ("h2", "Statistik över fältverksamheten 2023"),
                (
                    "table",
                    [
                        ["Månad", "Kontakter", "Varav nya"],
                        ["Februari", "84", "51"],
                        ["Mars", "112", "38"],
                        ["April", "97", "22"],
                        ["Maj", "131", "40"],
                    ],
                    dict(widths=[0.4, 0.3, 0.3], ruled=True, align_right=[1, 2]),
                ),
                ("break",),
            ]
        blocks += [
            ("h2", f"Aktivitet {a.no}. {a.title}"),
            ("p", "Återkrävt belopp: " + m(a.claimed, "kr")),
            ("h3", "Socialstyrelsens bedömning"),
            ("p", assess),
            ("h3", "Kommunens yttrande"),
            ("p", answer),
        ]
    blocks += [
        ("h2", "Bilagor"),
        (
            "p",
            "Bilaga 1 Socialnämndens beslut 2023-01-24 § 12\nBilaga 2 Fakturor tolktjänster\n"
            "Bilaga 3 Tjänstebeskrivning idrottsledare\nBilaga 4 Närvarostatistik Iggesund",
        ),
        (
            "p",
            "Kontaktperson: Johanna Ekström, enhetschef, 0650-192 88, johanna.ekstrom@hudiksvall.se",
        ),
        ("p", "Lars Palmgren\nIFO-chef"),
    ]
    return blocks


@case
def toc_hudiksvall():
    d = fresh("toc-hudiksvall")
    L = Ledger()
    pdf = render_pdf(
        d / "Yttrande Hudiksvall 2025-02-19.pdf",
        hudiksvall_blocks(),
        L,
        Page(footer="Sida {page} ({pages})", size_pt=10.5),
    )
    g = response_gold(
        pdf,
        "Hudiksvalls kommun",
        "2025-02-19",
        HUDIKSVALL_ACTS,
        L,
        municipality="Hudiksvall",
        start=2,
    )
    texts = page_texts(pdf)
    assert [a["page_start"] for a in g["activities"]] == [2, 3, 4, 6], g["activities"]
    assert page_of(texts, "Bilagor", 6) != 5  # the "Bilagor" entry is stale too
    for a in g["activities"]:
        a["toc_title"] = a["title"]
    g["toc_entries"] = (
        [{"number": None, "title": "Inledning", "amount_sek": None, "page": 1}]
        + [
            {
                "number": a.no,
                "title": a.title,
                "amount_sek": f"{a.claimed:.2f}",
                "page": HUDIKSVALL_TOC_PAGE[a.no],
            }
            for a in HUDIKSVALL_ACTS
        ]
        + [{"number": None, "title": "Bilagor", "amount_sek": None, "page": 5}]
    )
    g["attachments"] = [
        {"attachment_id": str(i), "activity_no": a, "invoice_number": None} for i, a in [(1, "1"), (2, "3"), (3, "4"), (4, "4")]
    ]
    g["checks"] = [{"activity_no": "4", "check": "toc_page_mismatch"}]
    g["checks_allowed"] = [{"activity_no": None, "check": "toc_page_mismatch"}]
    g["people"] = [
        {
            "name": "Johanna Ekström",
            "role": "enhetschef",
            "phone": "+4665019288",
            "email": "johanna.ekstrom@hudiksvall.se",
        },
        {"name": "Lars Palmgren", "role": "ifo-chef"},
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Contents as a table with an amount column and a page column; an inserted "
        "statistics page moved activity 4 (and the attachment list) one page on, so "
        "their printed pages are stale: toc_page_mismatch. Body amounts in tkr.",
    )


# ------------------------------------------------------------------------------------------
# 20. Överkalix: the response sent as an e-mail and printed from the mail program: sender,
#     date and subject lines, attachments named in the header, the agency's original message
#     quoted below the reply (with the same activities and amounts again).

OVERKALIX_ACTS = [
    Act(
        "1",
        "Lovaktiviteter i Överkalix",
        Decimal(22500),
        "disputes",
        ["unverifiable_costs"],
        ["1"],
        needle="Aktivitet 1 Lovaktiviteter i Överkalix (",
    ),
    Act(
        "2",
        "Fritidsgården Hemgården kvällstid",
        Decimal(64000),
        "accepts_partial",
        ["ordinary_operations"],
        repay=Decimal(16000),
        needle="Aktivitet 2 Fritidsgården Hemgården kvällstid (",
    ),
    Act(
        "3",
        "Resa till Luleå för ungdomsrådet",
        Decimal(8900),
        "accepts_full",
        ["purpose_mismatch"],
        ["2"],
        needle="Aktivitet 3 Resa till Luleå för ungdomsrådet (",
    ),
]


def overkalix_blocks() -> list:
    head = (
        "Från: Anna Lindmark <anna.lindmark@overkalix.se>\n"
        "Skickat: den 11 februari 2025 15:42\n"
        "Till: Registrator Socialstyrelsen <registrator@socialstyrelsen.se>\n"
        "Kopia: Kenneth Nilsson <kenneth.nilsson@overkalix.se>\n"
        "Ämne: SV: Preliminärt beslut om återkrav, dnr 9.1-41007/2024 – Överkalix kommun\n"
        "Bifogade filer: Bilaga 1 Deltagarlistor lov 2023.pdf; Bilaga 2 Faktura 3318.pdf"
    )
    return [
        ("h2", "Anna Lindmark"),
        ("p", head),
        ("space", 6),
        ("p", "Hej,"),
        (
            "p",
            "Överkalix kommun lämnar härmed yttrande över Socialstyrelsens preliminära beslut om "
            "återkrav. Kommunens synpunkter per aktivitet:",
        ),
        (
            "p",
            "Aktivitet 1 Lovaktiviteter i Överkalix (" + m(22500) + ")\n"
            "Deltagarlistor för sportlovet och sommarlovet bifogas (bilaga 1). Av listorna framgår "
            "att "
            "61 barn deltog. Vi anser därför att kostnaderna är styrkta och bestrider återkravet.",
        ),
        (
            "p",
            "Aktivitet 2 Fritidsgården Hemgården kvällstid (" + m(64000) + ")\n"
            "Hemgården hade före 2023 öppet två kvällar. Bidraget användes för att hålla öppet "
            "även "
            "fredagar och lördagar. En fjärdedel av kostnaden avser dock tisdagskvällar som ingick "
            "i "
            "den ordinarie verksamheten, och den delen, " + m(16000) + ", betalar kommunen tillbaka.",
        ),
        (
            "p",
            "Aktivitet 3 Resa till Luleå för ungdomsrådet (" + m(8900) + ")\n"
            "Vi håller med om bedömningen och återbetalar beloppet. Fakturan för bussresan finns i "
            "bilaga 2.",
        ),
        (
            "p",
            "Med vänliga hälsningar\n\nAnna Lindmark\nSocialsekreterare\nÖverkalix kommun\nTel 0926-140 22\nanna.lindmark@overkalix.se",
        ),
        ("space", 10),
        (
            "p",
            "-----Ursprungligt meddelande-----\n"
            "Från: Socialstyrelsen <registrator@socialstyrelsen.se>\n"
            "Skickat: den 20 januari 2025 09:15\n"
            "Till: Överkalix kommun <kommun@overkalix.se>\n"
            "Ämne: Preliminärt beslut om återkrav, dnr 9.1-41007/2024",
        ),
        (
            "p",
            "Socialstyrelsen har granskat Överkalix kommuns redovisning av statsbidraget för 2023 "
            "och "
            "avser att återkräva " + m(95400, "kronor") + " enligt följande:",
        ),
        (
            "p",
            "– Aktivitet 1 Lovaktiviteter i Överkalix, " + m(22500, "kronor") + ". Kostnaderna har "
            "inte kunnat styrkas.\n"
            "– Aktivitet 2 Fritidsgården Hemgården kvällstid, " + m(64000, "kronor") + ". "
            "Verksamheten bedöms vara ordinarie verksamhet.\n"
            "– Aktivitet 3 Resa till Luleå för ungdomsrådet, " + m(8900, "kronor") + ". Resan "
            "bedöms inte vara förenlig med bidragets syfte.",
        ),
        ("p", "Kommunen ges tillfälle att yttra sig senast den 14 februari 2025."),
        (
            "p",
            "Med vänlig hälsning\nEva Sandberg\nHandläggare, enheten för statsbidrag\nSocialstyrelsen",
        ),
    ]


@case
def email_overkalix():
    d = fresh("email-overkalix")
    L = Ledger()
    pdf = render_pdf(
        d / "SV Preliminärt beslut om återkrav.pdf",
        overkalix_blocks(),
        L,
        Page(footer="", size_pt=10, margins=(2 * cm, 2 * cm, 1.8 * cm, 1.8 * cm)),
    )
    inv = Inv(
        "3318",
        "2023-05-22",
        "2023-06-21",
        "Norrbottens Buss & Turist AB",
        ["Storgatan 41, 972 38 Luleå", "Org.nr 556612-0874"],
        ["Överkalix kommun", "Socialtjänsten", "956 82 Överkalix"],
        [("Bussresa Överkalix–Luleå t/r 2023-05-13, ungdomsrådet", 1, "st", "8900", 6)],
        org_no="556612-0874",
        layout="band",
        pay=[("Bankgiro", "5270-3318")],
    )
    invoice_pdf(d / "bilagor" / "Bilaga 2 Faktura 3318.pdf", [inv])
    g = response_gold(pdf, "Överkalix kommun", "2025-02-11", OVERKALIX_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "3", "invoice_number": "3318"},
    ]
    g["attachment_files"] = {"2": "Bilaga 2 Faktura 3318.pdf"}
    g["activity_invoices"] = {"3": [{"invoice_number": "3318", "invoice_date": "2023-05-22"}]}
    g["checks"] = []
    g["people"] = [
        {
            "name": "Anna Lindmark",
            "role": "socialsekreterare",
            "phone": "+4692614022",
            "email": "anna.lindmark@overkalix.se",
        },
        {"name": "Kenneth Nilsson", "email": "kenneth.nilsson@overkalix.se"},
        {"name": "Eva Sandberg", "role": "handläggare"},
    ]
    g["quantities"] = [{"value": 61, "unit": "barn"}]
    write_gold(
        d,
        {pdf.name: g, "Bilaga 2 Faktura 3318.pdf": inv.gold()},
        "An e-mail printed from the mail program: the date is the 'Skickat' line, attachments are "
        "named in the header ('Bifogade filer'), and the agency's message is quoted below with the "
        "same activities and amounts (counted in money: they are printed). Activities come from "
        "the reply; pages from the reply's headings.",
    )


# ------------------------------------------------------------------------------------------
# 21. Ljusdal: findings an auditor must get: an attachment whose file holds another invoice number
#     than its label, an invoice addressed to the municipal housing company, one invoice backing
#     two activities (the second time as a new scan), invoices that do not add up to the claim.

LJUSDAL_ACTS = [
    Act(
        "1",
        "Sommarkollo i Järvsö",
        Decimal(85000),
        "disputes",
        ["unverifiable_costs"],
        ["1", "2"],
        needle="Aktivitet 1: Sommarkollo",
    ),
    Act(
        "2",
        "Föräldracafé i Färila",
        Decimal(18750),
        "disputes",
        ["purpose_mismatch"],
        ["3"],
        needle="Aktivitet 2: Föräldracafé",
    ),
    Act(
        "3",
        "Ungdomsmottagning kvällstid",
        Decimal(46000),
        "accepts_partial",
        ["ordinary_operations"],
        ["4"],
        repay=Decimal(10000),
        needle="Aktivitet 3: Ungdomsmottagning",
    ),
    Act(
        "4",
        "Trygghetsvandringar med Ljusdalshem",
        Decimal(31000),
        "disputes",
        ["unverifiable_costs"],
        ["5"],
        needle="Aktivitet 4: Trygghetsvandringar",
    ),
    Act(
        "5",
        "Idrottsskola på Ljusdals IP",
        Decimal(54000),
        "disputes",
        ["unverifiable_costs"],
        ["6"],
        needle="Aktivitet 5: Idrottsskola",
    ),
]
LJUSDAL_BUYER = ["Ljusdals kommun", "Socialförvaltningen", "827 80 Ljusdal"]


def ljusdal_invoices() -> dict[str, Inv]:
    bus = Inv(
        "7741",
        "2023-07-03",
        "2023-08-02",
        "Hälsinge Buss AB",
        ["Godsgatan 8, 827 32 Ljusdal", "Org.nr 556380-5512"],
        LJUSDAL_BUYER,
        [("Buss Ljusdal–Järvsö t/r, kollo v. 27", 2, "st", "12500", 6)],
        org_no="556380-5512",
        layout="footer",
        pay=[("Bankgiro", "5380-5512")],
    )
    return {
        "Bilaga 1 Faktura 2023-5501.pdf": Inv(
            "2023-5501",
            "2023-07-10",
            "2023-08-09",
            "Järvsöbaden Kurs & Konferens AB",
            ["Järvsöbadenvägen 1, 820 40 Järvsö", "Org.nr 556129-8840"],
            LJUSDAL_BUYER,
            [("Kollo v. 27, 24 barn, helpension", 24, "st", "2500", 0)],
            org_no="556129-8840",
            layout="band",
            pay=[("Bankgiro", "5129-7741")],
            extra=["Momsfri omsättning."],
        ),
        "Bilaga 2 Faktura 7741.pdf": bus,
        "Bilaga 3 Faktura 40021.pdf": Inv(
            "40012",
            "2023-10-02",
            "2023-11-01",
            "Café Kvarnen i Färila",
            ["Kvarnvägen 3, 820 41 Färila", "Org.nr 770614-2239"],
            LJUSDAL_BUYER,
            [("Föräldracafé, fika och lokal", 6, "tillf", "2500", 25)],
            org_no="770614-2239",
            layout="receipt",
            pay=[("Bankgiro", "770-6142")],
        ),
        "Bilaga 4 Faktura 2023-118.pdf": Inv(
            "2023-118",
            "2023-12-01",
            "2023-12-31",
            "Hälsinglands Utbildningsförbund",
            ["Box 16, 820 70 Bergsjö", "Org.nr 222000-2386"],
            ["Ljusdalshem AB", "Box 114", "827 23 Ljusdal"],
            [("Kvällsmottagning unga, personal sept–dec", 1, "st", "46000", 0)],
            org_no="222000-2386",
            layout="band",
            pay=[("Bankgiro", "5091-1180")],
            extra=["Momsfri verksamhet."],
        ),
        "Bilaga 5 Faktura 7741 Hälsinge Buss.pdf": bus,
        "Bilaga 6 Faktura 1187.pdf": Inv(
            "1187",
            "2023-06-30",
            "2023-07-30",
            "Ljusdals IF",
            ["Box 45, 827 21 Ljusdal", "Org.nr 886200-1476"],
            LJUSDAL_BUYER,
            [("Idrottsskola vårterminen 2023, ledare och hall", 1, "st", "40000", 0)],
            org_no="886200-1476",
            layout="footer",
            pay=[("Plusgiro", "12 34 56-7")],
        ),
    }


def ljusdal_blocks() -> list:
    texts = {
        "1": (
            "Socialstyrelsen anser att kostnaderna för kollot inte är styrkta.",
            "Fakturorna för kollot och bussresan bifogas (bilaga 1 och 2). De motsvarar "
            "tillsammans "
            "det redovisade beloppet. Kommunen bestrider återkravet.",
        ),
        "2": (
            "Socialstyrelsen bedömer att föräldracaféet inte är förenligt med bidragets syfte.",
            "Caféet var en mötesplats för föräldrar till unga i riskzon och leddes av fältgruppen. "
            "Faktura från Café Kvarnen, se bilaga 3. Kommunen bestrider återkravet.",
        ),
        "3": (
            "Socialstyrelsen bedömer att ungdomsmottagningen ingår i ordinarie verksamhet.",
            "Kvällsöppet på ungdomsmottagningen var nytt för hösten 2023, men en del av personalen "
            "var redan anställd. Kommunen medger återbetalning av " + m(10000) + " och bestrider "
            "återkravet i övrigt, se bilaga 4.",
        ),
        "4": (
            "Socialstyrelsen anser att underlag för trygghetsvandringarna saknas.",
            "Bussresorna till vandringarna framgår av fakturan i bilaga 5. Kommunen bestrider återkravet.",
        ),
        "5": (
            "Socialstyrelsen anser att kostnaderna för idrottsskolan inte är styrkta.",
            "Ljusdals IF har fakturerat kommunen för ledare och hallhyra (bilaga 6). Kommunen bestrider återkravet.",
        ),
    }
    blocks = [
        ("p", "LJUSDALS KOMMUN\nSocialförvaltningen\nDatum: 2025-03-04\nDnr: SOC 2025/58"),
        ("h1", "Yttrande över preliminärt beslut om återkrav av statsbidrag för 2023"),
        (
            "p",
            "Ljusdals kommun lämnar här sitt yttrande. Socialstyrelsens preliminära beslut avser "
            "sammanlagt " + m(234750) + " för fem aktiviteter.",
        ),
    ]
    for a in LJUSDAL_ACTS:
        assess, answer = texts[a.no]
        blocks += [
            ("h2", f"Aktivitet {a.no}: {a.title}"),
            ("p", "Belopp " + m(a.claimed)),
            ("p", assess),
            ("p", answer),
        ]
    blocks += [
        ("h3", "Bilagor"),
        (
            "p",
            "Bilaga 1 Faktura 2023-5501 Järvsöbaden Kurs & Konferens AB\n"
            "Bilaga 2 Faktura 7741 Hälsinge Buss AB\n"
            "Bilaga 3 Faktura 40021 Café Kvarnen\n"
            "Bilaga 4 Faktura 2023-118 Hälsinglands Utbildningsförbund\n"
            "Bilaga 5 Faktura 7741 Hälsinge Buss AB\n"
            "Bilaga 6 Faktura 1187 Ljusdals IF",
        ),
        ("p", "Ljusdal som ovan\n\nKarl-Johan Dahl\nSocialchef\nkarl-johan.dahl@ljusdal.se"),
    ]
    return blocks


@case
def checks_ljusdal():
    from genre_kit import scan_pdf

    d = fresh("checks-ljusdal")
    L = Ledger()
    pdf = render_pdf(
        d / "Ljusdal yttrande 2025-03-04.pdf",
        ljusdal_blocks(),
        L,
        Page(footer="{page}/{pages}", font="Times-Roman", size_pt=11),
    )
    files = {}
    for name, inv in ljusdal_invoices().items():
        target = d / "bilagor" / name
        if name.startswith("Bilaga 5"):  # the same invoice again, printed and scanned anew
            scan_pdf(
                invoice_pdf(Path("/tmp/genre-ljusdal-5.pdf"), [inv]),
                target,
                dpi=150,
                seed=21,
                skew=[0.6],
                mode="L",
                quality=35,
                dust=250,
            )
            files[name] = dict(inv.gold(), scanned=True)
        else:
            invoice_pdf(target, [inv])
            files[name] = inv.gold()
    g = response_gold(pdf, "Ljusdals kommun", "2025-03-04", LJUSDAL_ACTS, L, municipality="Ljusdal")
    listed = ["2023-5501", "7741", "40021", "2023-118", "7741", "1187"]
    owner = ["1", "1", "2", "3", "4", "5"]
    g["attachments"] = [{"attachment_id": str(i), "activity_no": owner[i - 1], "invoice_number": listed[i - 1]} for i in range(1, 7)]
    g["attachment_files"] = {str(i): n for i, n in enumerate(ljusdal_invoices(), 1)}
    g["activity_invoices"] = {
        "1": [{"invoice_number": "2023-5501"}, {"invoice_number": "7741"}],
        "2": [{"invoice_number": "40012"}],
        "3": [{"invoice_number": "2023-118"}],
        "4": [{"invoice_number": "7741"}],
        "5": [{"invoice_number": "1187"}],
    }
    g["activity_invoices_allowed"] = {"2": [{"invoice_number": "40021"}]}
    g["checks"] = [
        {"activity_no": "2", "check": "attachment_label_mismatch"},
        {"activity_no": "3", "check": "invoice_not_addressed"},
        {"activity_no": "4", "check": "duplicate_invoice"},
        {"activity_no": "5", "check": "invoice_sum_mismatch"},
    ]
    g["checks_allowed"] = [
        {"activity_no": "1", "check": "duplicate_invoice"},
        {"activity_no": None, "check": "duplicate_invoice"},
        {"activity_no": "1", "check": "near_duplicate_invoice"},
        {"activity_no": "4", "check": "near_duplicate_invoice"},
        {"activity_no": None, "check": "near_duplicate_invoice"},
        {"activity_no": "4", "check": "invoice_sum_mismatch"},
    ]
    g["people"] = [{"name": "Karl-Johan Dahl", "role": "socialchef", "email": "karl-johan.dahl@ljusdal.se"}]
    files = {pdf.name: g, **files}
    write_gold(
        d,
        files,
        "Planted findings: bilaga 3 is labelled 40021 but holds invoice 40012; bilaga 4 is "
        "addressed to Ljusdalshem AB, not the municipality; invoice 7741 backs activities 1 "
        "and 4 (bilaga 5 is a new scan of bilaga 2); activity 5's invoice covers 40 000 of "
        "54 000. Activity 4's sum also differs (allowed), being the duplicate.",
    )


@case
def scan_hudiksvall_tiff():
    scan_case(
        "scan-hudiksvall-tiff",
        "toc-hudiksvall",
        "Yttrande Hudiksvall 2025-02-19.pdf",
        "Hudiksvall yttrande.tif",
        "toc-hudiksvall scanned to ONE multi-page TIFF (200 dpi, group 4), page 3 upside down: one response in six pages, not a bundle.",
        dpi=200,
        seed=13,
        skew=[0.4, -0.9, 1.2, -0.3, 0.7, -1.4],
        mode="1",
        dust=700,
        upside_down=(3,),
    )


# ------------------------------------------------------------------------------------------
# 22. Boden: a spreadsheet printed in landscape: each activity spans several cost-item rows
#     (merged cells for number, activity, claimed sum, assessment and answer).

BODEN = [  # act, cost items, assessment, answer
    (
        Act(
            "1",
            "Fritidsgård Sävast",
            Decimal(114500),
            "disputes",
            ["ordinary_operations"],
            ["1"],
            needle="Fritidsgård Sävast",
        ),
        [("Personal kvällstid", 84000), ("Lokalhyra", 24000), ("Material", 6500)],
        "Fritidsgården är ordinarie verksamhet.",
        "Bestrids. Fritidsgården i Sävast öppnade i april 2023 med bidraget (bilaga 1).",
    ),
    (
        Act(
            "2",
            "Sommarlovsaktiviteter",
            Decimal(27800),
            "accepts_full",
            ["unverifiable_costs"],
            needle="Sommarlovsaktiviteter",
        ),
        [("Bussresor", 18200), ("Entréer", 9600)],
        "Kostnaderna är inte styrkta.",
        "Medges. Underlagen har inte kunnat tas fram.",
    ),
    (
        Act(
            "3",
            "Föräldrautbildning Connect",
            Decimal(47400),
            "accepts_partial",
            ["description_mismatch"],
            ["2"],
            repay=Decimal(5400),
            needle="Föräldrautbildning Connect",
        ),
        [("Utbildare", 42000), ("Lokal", 3000), ("Fika", 2400)],
        "Kostnader för lokal och fika stämmer inte med beskrivningen.",
        "Medges delvis: lokal och fika, " + m(5400) + ". Utbildarkostnaden bestrids, se avtal i bilaga 2.",
    ),
    (
        Act(
            "4",
            "Ungdomsforum",
            Decimal(15000),
            "disputes",
            ["missing_description"],
            ["3"],
            needle="Ungdomsforum",
        ),
        [("Arvoden", 15000)],
        "Beskrivning av aktiviteten saknas.",
        "Bestrids. Beskrivning bifogas som bilaga 3.",
    ),
]


def boden_blocks() -> list:
    rows = [
        [
            "Nr",
            "Aktivitet",
            "Kostnadspost",
            "Belopp (kr)",
            "Återkrävt (kr)",
            "Socialstyrelsens bedömning",
            "Kommunens svar",
        ]
    ]
    spans = []
    for act, items, assess, answer in BODEN:
        first = len(rows)
        for j, (item, amount) in enumerate(items):
            lead = [act.no, act.title] if j == 0 else ["", ""]
            tail = [m(act.claimed, "bare"), assess, answer] if j == 0 else ["", "", ""]
            rows.append(lead + [item, m(amount, "bare")] + tail)
        last = len(rows) - 1
        if last > first:
            spans += [((c, first), (c, last)) for c in (0, 1, 4, 5, 6)]
    total = sum((a.claimed for a, *_ in BODEN), Decimal(0))
    rows.append(["", "Summa", "", "", m(total, "bare"), "", ""])
    return [
        (
            "p",
            "Bodens kommun – Socialförvaltningen                Datum 2025-02-27        Dnr SOC 2025/112",
        ),
        ("h2", "Yttrande till Socialstyrelsen: återkrav av statsbidrag 2023"),
        (
            "p",
            "Kommunen redovisar nedan sitt svar per aktivitet och kostnadspost. Bilagor: 1. Beslut "
            "om "
            "öppnande av fritidsgård i Sävast 2. Avtal med utbildare Connect 3. Beskrivning "
            "Ungdomsforum.",
        ),
        (
            "table",
            rows,
            dict(
                widths=[0.04, 0.15, 0.13, 0.09, 0.09, 0.22, 0.28],
                ruled=True,
                align_right=[3, 4],
                bold_last=True,
                shade=True,
                spans=spans,
            ),
        ),
        ("p", "Kontakt: Malin Öberg, ekonom, 0921-624 33, malin.oberg@boden.se"),
    ]


@case
def sheet_boden():
    d = fresh("sheet-boden")
    L = Ledger()
    pdf = render_pdf(
        d / "Boden återkrav yttrande.pdf",
        boden_blocks(),
        L,
        Page(
            size=landscape(A4),
            footer="Sida {page} av {pages}",
            size_pt=10.5,
            margins=(1.5 * cm, 1.5 * cm, 1.5 * cm, 1.5 * cm),
        ),
    )
    acts = [a for a, *_ in BODEN]
    for a, items, *_ in BODEN:
        assert sum(Decimal(v) for _, v in items) == a.claimed
    g = response_gold(pdf, "Bodens kommun", "2025-02-27", acts, L, municipality="Boden")
    g["attachments"] = [{"attachment_id": str(i), "activity_no": a, "invoice_number": None} for i, a in [(1, "1"), (2, "3"), (3, "4")]]
    g["checks"] = []
    g["people"] = [
        {
            "name": "Malin Öberg",
            "role": "ekonom",
            "phone": "+4692162433",
            "email": "malin.oberg@boden.se",
        }
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Spreadsheet printed landscape: each activity's number, title, claimed "
        "sum, assessment and answer are merged cells over its cost-item rows; "
        "cost items are money too.",
    )


@case
def scan_arjeplog():
    scan_case(
        "scan-arjeplog",
        "table-arjeplog",
        "Arjeplog - yttrande återkrav 2023.pdf",
        "Arjeplog skannad.pdf",
        "table-arjeplog (landscape) scanned as portrait sheets: 150 dpi greyscale, page 1 turned 90°, page 2 turned 270°, skew ±0.8°.",
        dpi=150,
        seed=15,
        skew=[0.8, -0.8],
        mode="L",
        quality=30,
        dust=300,
        turns={1: 90, 2: 270},
    )


# ------------------------------------------------------------------------------------------
# 24. A finance system's export: four invoices from ONE supplier, same layout, in one PDF (one of
#     them with a specification page), nothing between them: a bundle of invoices.


def batch_invoices() -> list[Inv]:
    buyer = ["Falköpings kommun", "Socialförvaltningen", "Fakturaref: SOC 8812", "521 81 Falköping"]
    sup = [
        "Mösseberg Event & Ljud AB",
        "Plangatan 9, 521 43 Falköping",
        "Org.nr 559087-3316 · Bankgiro 5590-8733",
    ]
    common = dict(
        supplier_lines=sup[1:],
        buyer_lines=buyer,
        org_no="559087-3316",
        layout="band",
        ref="SOC 8812",
        pay=[("Bankgiro", "5590-8733")],
    )
    return [
        Inv(
            "23-1101",
            "2023-11-02",
            "2023-12-02",
            sup[0],
            lines=[("Ljud och scen, ungdomskväll Ranten 2023-10-20", 1, "st", "14800", 25)],
            **common,
        ),
        Inv(
            "23-1102",
            "2023-11-02",
            "2023-12-02",
            sup[0],
            lines=[
                ("DJ och ljus, lovdisco Odeon 2023-10-31", 1, "st", "9200", 25),
                ("Transport", 1, "st", "850", 25),
            ],
            **common,
        ),
        Inv(
            "23-1103",
            "2023-11-09",
            "2023-12-09",
            sup[0],
            lines=[("Teknik för föräldrakvällar enligt specifikation", 4, "st", "2350", 25)],
            **common,
        ),
        Inv(
            "23-1104",
            "2023-11-16",
            "2023-12-16",
            sup[0],
            lines=[("Hyra av högtalarsystem, november", 1, "mån", "6400", 25)],
            **common,
        ),
    ]


@case
def invoices_batch():
    from genre_kit import merge_pdfs

    d = fresh("invoices-batch")
    tmp = Path("/tmp/genre-batch")
    tmp.mkdir(parents=True, exist_ok=True)
    inv = batch_invoices()
    spec = [
        "Specifikation till faktura 23-1103",
        "2023-10-05  Föräldrakväll Vindängen   2 350,00",
        "2023-10-12  Föräldrakväll Dotorp      2 350,00",
        "2023-10-19  Föräldrakväll Ranten      2 350,00",
        "2023-10-26  Föräldrakväll Centrum     2 350,00",
    ]
    parts = [invoice_pdf(tmp / f"b{i}.pdf", [x], spec=spec if x.number == "23-1103" else None) for i, x in enumerate(inv)]
    name = "Fakturor export 2023-11.pdf"
    spans = merge_pdfs(d / name, parts)
    files = {f"{name}#pages={a}-{b}": x.gold() for (a, b), x in zip(spans, inv, strict=True)}
    write_gold(
        d,
        files,
        "Four invoices from one supplier in the same layout, exported as one PDF; "
        "23-1103 has a specification page (pages 3-4). Split on the invoices' own "
        "headers: nothing else marks the boundaries.",
    )


# ------------------------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    for n in names:
        CASES[n]()
        print("made", n)


if __name__ == "__main__":
    main(sys.argv[1:])
