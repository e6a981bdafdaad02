"""Re-create the second blind genre corpus: tests/data/genre2/<case>/ (inputs + gold.json).

    /work/main/.venv/bin/python tests/gen/genre2.py [CASE ...]

A second corpus made the same way as tests/data/genre/ (tests/gen/genre.py), in house styles,
amount formats, word processors, scanners and invoice layouts that corpus does not have, so that
it still measures how the pipeline does on documents nobody tuned it on. Every person, amount,
sentence and invoice number is invented (municipality names are real). Gold is written from this
generator's own data; page numbers are found by looking headings up in the finished PDFs
(pypdfium2), never by running granttrail.

Deterministic for the reportlab and scanned files. Three cases use tools that stamp the time into
the PDF: table-lulea (and the scan made from it) python-docx and LibreOffice (`soffice --headless
--convert-to pdf`), html-sundsvall headless chromium, invoices-efaktura the factur-x library. They
are rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when their PDF is missing; their gold is always
recomputed (from the committed PDF where it has page numbers). The building blocks (money ledger,
reportlab pages, scans, the invoice model) are shared with genre.py through genre_kit.py.
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
    D,
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
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case, fresh = _CASES.case, _CASES.fresh
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre2-build")


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
            "dash": f"{g},-",  # "98 500,-"
            "plain": f"{v.quantize(Decimal('1')) if v == v.to_integral_value() else v} kr",  # "64800 kr": an e-service's raw number
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
    Act(
        "3", "Föreläsningsserie för vårdnadshavare", D(22750), "accepts_full", ["outside_grant_period"], needle="Punkt 3. Föreläsningsserie"
    ),
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
            "återkravet och återbetalar " + m(40000, k) + " men motsätter sig återkrav av resterande " + m(86500, k) + ".",
        ),
        ("h2", "Punkt 3. Föreläsningsserie för vårdnadshavare"),
        ("p", "Belopp som återkrävs: " + m(22750, k)),
        (
            "p",
            "Socialstyrelsens bedömning: Föreläsningarna hölls i februari och mars 2023, det vill säga efter bidragsperioden.",
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
        {"name": "Maja Lindqvist", "role": ["strateg", "handläggare"], "phone": "+46176714520", "email": "maja.lindqvist@norrtalje.se"},
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


# ------------------------------------------------------------------------------------------
# 2. Växjö: "Del A" … "Del D" activities, a contents page with dot leaders stating each part's
#    amount and page, amounts as "45.000 kr", "Bil. N" list and "(bil. 2)" references; the
#    contents state another amount for Del C than its heading (toc_amount_mismatch).


def leaders(text: str, right: str, width_cm: float = 15.0, font: str = "Helvetica", size: float = 9.0) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = width_cm * cm - stringWidth(text + " " + right, font, size)
    return f"{text} {'.' * max(3, int(room / stringWidth('.', font, size)) - 2)} {right}"


VAXJO_ACTS = [
    Act("A", "Mentorer i Araby", D(145000), "accepts_full", ["conditions_not_met"], ["1"], needle="Del A Mentorer"),
    Act("B", "Öppen förskola med språkstöd", D(98300), "disputes", ["purpose_mismatch"], ["2"], needle="Del B Öppen"),
    Act("C", "Fotbollsskola i Dalbo", D(54000), "accepts_partial", ["excessive_cost"], ["3", "4"], repay=D(8000), needle="Del C Fotboll"),
    Act("D", "Samverkan skola–socialtjänst", D(210000), "disputes", ["exercise_of_authority"], needle="Del D Samverkan"),
]
VAXJO_TOC_AMOUNT = {"A": 145000, "B": 98300, "C": 45000, "D": 210000}  # Del C: the contents lag behind the heading


def vaxjo_blocks(pages: dict) -> list:
    k = "dots"
    toc = [("Bakgrund", None, "Bakgrund")]
    toc += [(f"Del {a.no} {a.title}", VAXJO_TOC_AMOUNT[a.no], a.needle) for a in VAXJO_ACTS]
    toc += [("Bilageförteckning", None, "Bilageförteckning")]
    lines = [leaders(t + (f", {m(v, k)}" if v else ""), str(pages.get(n, 9))) for t, v, n in toc]
    return [
        ("p", "Växjö kommun\nOmsorgsförvaltningen\nDnr OMF 2024-00412"),
        ("h1", "Yttrande – Socialstyrelsens underrättelse om återkrav"),
        ("p", "Växjö 2025-03-04"),
        ("h2", "Innehållsförteckning"),
        ("small", "\n".join(lines)),
        ("break",),
        ("h2", "Bakgrund"),
        (
            "p",
            "Växjö kommun tilldelades för 2023 ett statsbidrag om "
            + m(2200000, k)
            + ". Socialstyrelsen har i underrättelse den 3 februari 2025 aviserat återkrav av sammanlagt "
            + m(507300, k)
            + " fördelat på fyra delar. Kommunen yttrar sig nedan del för del.",
        ),
        ("h2", "Del A Mentorer i Araby – " + m(145000, k)),
        (
            "p",
            "Myndigheten anser att mentorerna anställdes först i oktober och att kommunen därmed inte uppfyllt "
            "villkoret om att insatsen ska ha pågått under hela året.",
        ),
        (
            "p",
            "Kommunen accepterar Socialstyrelsens bedömning och återbetalar beloppet. Anställningsbesluten "
            "bifogas för fullständighetens skull (bil. 1).",
        ),
        ("h2", "Del B Öppen förskola med språkstöd – " + m(98300, k)),
        (
            "p",
            "Myndigheten bedömer att öppen förskola för småbarnsföräldrar inte är en brottsförebyggande insats och "
            "därmed inte förenlig med statsbidragets syfte.",
        ),
        (
            "p",
            "Kommunen motsätter sig återkravet. Verksamheten når vårdnadshavare som annars inte har kontakt med "
            "socialtjänsten, och 31 familjer har via den öppna förskolan fått stöd i föräldraskapet. "
            "Verksamhetsplanen (bil. 2) visar att målet är tidig upptäckt av barn i riskmiljöer.",
        ),
        ("break",),
        ("h2", "Del C Fotbollsskola i Dalbo – " + m(54000, k)),
        (
            "p",
            "Myndigheten anser att kostnaden för tränararvoden är oskäligt hög i förhållande till antalet deltagare.",
        ),
        (
            "p",
            "Arvodet följer Smålands Fotbollförbunds rekommendationer (bil. 3) och fotbollsskolan hade 64 "
            "deltagare. Kommunen godtar dock att "
            + m(8000, k)
            + " för en avbokad cupresa inte borde ha belastat bidraget och godtar återkravet delvis, med "
            + m(8000, k)
            + ". I övrigt bestrids återkravet. Fakturan från föreningen finns i bil. 4.",
        ),
        ("h2", "Del D Samverkan skola–socialtjänst – " + m(210000, k)),
        (
            "p",
            "Myndigheten anser att socialsekreterarnas arbete i skolorna utgör myndighetsutövning som inte kan finansieras med bidraget.",
        ),
        (
            "p",
            "Kommunen delar inte den bedömningen. Socialsekreterarna har arbetat förebyggande i grupp och har inte "
            "handlagt enskilda ärenden i skolorna. Något återkrav bör därför inte ske.",
        ),
        ("h2", "Bilageförteckning"),
        (
            "p",
            "Bil. 1 Anställningsbeslut mentorer\n"
            "Bil. 2 Verksamhetsplan öppen förskola 2023\n"
            "Bil. 3 Arvodesrekommendation Smålands FF\n"
            "Bil. 4 Faktura 1187 IFK Dalbo",
        ),
        ("space", 10),
        ("p", "Karin Sjöstrand\nSocialdirektör"),
        ("p", "Kontakt: Amir Haddad, enhetschef, 0470-41 22 87, amir.haddad@vaxjo.se"),
    ]


@case
def prose_vaxjo():
    d = fresh("prose-vaxjo")
    page = Page(footer="Sida {page}", header="Växjö kommun – Yttrande", size_pt=10)
    name = "Yttrande Växjö 2025-03-04.pdf"
    probe = render_pdf(TMP / "vaxjo.pdf", vaxjo_blocks({}), Ledger2(), page)
    texts = page_texts(probe)
    needles = ["Bakgrund", "Bilageförteckning"] + [a.needle for a in VAXJO_ACTS]
    pages = {n: page_of(texts, n, 2) for n in needles}
    L = Ledger2()
    pdf = render_pdf(d / name, vaxjo_blocks(pages), L, page)
    texts = page_texts(pdf)
    assert {n: page_of(texts, n, 2) for n in needles} == pages
    toc = [{"number": None, "title": "Bakgrund", "amount_sek": None, "page": pages["Bakgrund"]}]
    toc += [{"number": a.no, "title": a.title, "amount_sek": f"{VAXJO_TOC_AMOUNT[a.no]}.00", "page": pages[a.needle]} for a in VAXJO_ACTS]
    toc += [{"number": None, "title": "Bilageförteckning", "amount_sek": None, "page": pages["Bilageförteckning"]}]
    inv = Inv(
        "1187",
        "2023-08-30",
        "2023-09-29",
        "IFK Dalbo",
        ["Dalbovägen 2, 352 55 Växjö", "Org.nr 829500-3317"],
        ["Växjö kommun", "Omsorgsförvaltningen", "Ref: OMF 7790", "351 12 Växjö"],
        [("Tränararvoden fotbollsskola v. 25–32", 1, "st", "46000", 0), ("Cupresa Ljungby (avbokad)", 1, "st", "8000", 0)],
        org_no="829500-3317",
        layout="receipt",
        ref="OMF 7790",
        pay=[("Plusgiro", "41 22 90-8")],
        extra=["Föreningen är inte momsregistrerad."],
    )
    invoice_pdf(d / "bilagor" / "Bil 4 Faktura IFK Dalbo.pdf", [inv])
    g = response_gold(pdf, "Växjö kommun", "2025-03-04", VAXJO_ACTS, L)
    g["toc_entries"] = toc
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "A", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "B", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "C", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "C", "invoice_number": "1187"},
    ]
    g["attachment_files"] = {"4": "Bil 4 Faktura IFK Dalbo.pdf"}
    g["activity_invoices"] = {"C": [{"invoice_number": "1187", "invoice_date": "2023-08-30"}]}
    g["checks"] = [{"activity_no": "C", "check": "toc_amount_mismatch"}]
    g["people"] = [
        {"name": "Amir Haddad", "role": "enhetschef", "phone": "+46470412287", "email": "amir.haddad@vaxjo.se"},
        {"name": "Karin Sjöstrand", "role": "socialdirektör"},
    ]
    g["quantities"] = [{"value": 31, "unit": "familj"}, {"value": 64, "unit": "deltagare"}]
    write_gold(
        d,
        {name: g, "Bil 4 Faktura IFK Dalbo.pdf": inv.gold()},
        "Letter-numbered parts 'Del A'…'Del D' (activity_no as printed), amount in the heading after a dash, "
        "'45.000 kr' with a dot as thousands separator, contents page with dot leaders, amounts and pages; "
        "the contents state 45.000 kr for Del C, its heading 54.000 kr (toc_amount_mismatch). "
        "VAT-free invoice from a sports club (net = total).",
    )


# ------------------------------------------------------------------------------------------
# 3. Falun: Roman-numbered activities "I.", "II.", "III." (activity_no as printed), amounts as
#    "SEK 12 500,00", attachment references only in footnotes, no contents page, a partial
#    acceptance "godtar återkravet till en del, SEK 9 800,00".

FALUN_ACTS = [
    Act("I", "Uppsökande fältarbete i Västermalm", D(176400), "disputes", ["unverifiable_costs"], ["1", "2"], needle="I. Uppsökande"),
    Act(
        "II",
        "Läxhjälp och studiecoacher",
        D(43250.5),
        "accepts_partial",
        ["ordinary_operations"],
        ["3"],
        repay=D(9800),
        needle="II. Läxhjälp",
    ),
    Act("III", "Personalutbildning i traumamedvetet bemötande", D(31900), "accepts_full", ["ordinary_operations"], needle="III. Personal"),
]


def falun_blocks() -> list:
    k = "sekdec"
    return [
        ("p", "Falu kommun · Omsorgsnämnden"),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 STOCKHOLM"),
        ("p", "Falun den 11 februari 2025"),
        ("h1", "Angående återkrav av statsbidrag för insatser i socialt utsatta områden 2021"),
        (
            "p",
            "Omsorgsnämnden har tagit del av Socialstyrelsens skrivelse om återkrav om totalt "
            + m(251550.5, k)
            + ". Nämnden lämnar följande synpunkter.",
        ),
        ("h2", "I. Uppsökande fältarbete i Västermalm"),
        (
            "p",
            "Socialstyrelsen ifrågasätter "
            + m(176400, k)
            + " med motiveringen att lönekostnaderna inte kunnat härledas till insatsen och att tidrapporter saknas.",
        ),
        (
            "p",
            "Fältarbetet bedrevs av tre fältassistenter som enbart arbetade i Västermalm under 2021.¹ Lönespecifikationer "
            "och scheman för hela perioden har nu tagits fram.² Nämnden delar inte Socialstyrelsens bedömning och "
            "anser att beloppet inte ska återbetalas.",
        ),
        ("small", "¹ Se bilaga 1, Tjänstgöringsscheman 2021.\n² Se bilaga 2, Lönespecifikationer fältassistenter."),
        ("h2", "II. Läxhjälp och studiecoacher"),
        (
            "p",
            "Socialstyrelsen bedömer att läxhjälpen i skolans lokaler under skoltid är en del av skolans ordinarie "
            "verksamhet. Återkravet uppgår till " + m(43250.5, k) + ".",
        ),
        (
            "p",
            "Läxhjälpen gavs huvudsakligen efter skoltid av studiecoacher anställda av socialförvaltningen.³ Nämnden "
            "godtar återkravet till en del, "
            + m(9800, k)
            + ", som avser de pass som hölls under lektionstid, men invänder mot återkravet i övrigt.",
        ),
        ("small", "³ Närvarosammanställning, bilaga 3."),
        ("h2", "III. Personalutbildning i traumamedvetet bemötande"),
        (
            "p",
            "Enligt Socialstyrelsen är utbildningen intern kompetensutveckling. Belopp: " + m(31900, k) + ".",
        ),
        ("p", "Nämnden godtar Socialstyrelsens bedömning i denna del."),
        ("h2", "Bifogade handlingar"),
        ("p", "1. Tjänstgöringsscheman 2021\n2. Lönespecifikationer fältassistenter\n3. Närvarosammanställning läxhjälp"),
        ("space", 12),
        ("p", "På omsorgsnämndens vägnar"),
        ("space", 12),
        ("p", "Eva-Lena Dahlgren (M)\nnämndens ordförande"),
        ("p", "Thomas Vikström\nförvaltningschef"),
        ("small", "Frågor besvaras av utredare Nora Ek, 023-82 71 16, nora.ek@falun.se"),
    ]


@case
def prose_falun():
    d = fresh("prose-falun")
    L = Ledger2()
    pdf = render_pdf(
        d / "Falun omsorgsnämnden yttrande.pdf",
        falun_blocks(),
        L,
        Page(font="Times-Roman", size_pt=12, letterhead=["OMSORGSNÄMNDEN", "Dnr ON 2025/37"], footer="– {page} –"),
    )
    g = response_gold(pdf, "Falu kommun", "2025-02-11", FALUN_ACTS, L, municipality="Falun")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "I", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "I", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "II", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Eva-Lena Dahlgren", "role": "ordförande", "party": "M"},
        {"name": "Thomas Vikström", "role": "förvaltningschef"},
        {"name": "Nora Ek", "role": "utredare", "phone": "+4623827116", "email": "nora.ek@falun.se"},
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Falu kommun (genitive form of the name; municipality Falun). Roman-numbered activities 'I.'-'III.' "
        "(activity_no as printed), 'SEK 43 250,50', attachment references only in footnotes (¹ ² ³), plain "
        "numbered attachment list, no contents page, three signatories/contacts.",
    )


# ------------------------------------------------------------------------------------------
# 4. Eskilstuna: two areas with "1.1 Aktivitet: Title" headings, "12 500 kronor", a summary table in
#    tkr with one decimal, an undecided position (unclear), an invoice referred to only as
#    "bifogad faktura nr …" (no attachment id), a separate "Bilaga 1/2" list.

ESKILSTUNA_ACTS = [
    Act("1.1", "Nattöppet på Fristadstorget", D(68500), "accepts_full", ["unverifiable_costs"], needle="1.1 Aktivitet: Nattöppet"),
    Act("1.2", "Trygghetskameror vid Årbyskolan", D(152000), "disputes", ["purpose_mismatch"], needle="1.2 Aktivitet: Trygghets"),
    Act(
        "2.1", "Föräldraskapsstöd på arabiska och somaliska", D(37800), "unclear", ["description_mismatch"], ["1"], needle="2.1 Aktivitet:"
    ),
    Act(
        "2.2",
        "Familjeläger på Sundbyholm",
        D(24650),
        "accepts_partial",
        ["excessive_cost"],
        ["2"],
        repay=D(6150),
        needle="2.2 Aktivitet: Familjeläger",
    ),
]


def eskilstuna_blocks() -> list:
    k = "kronor"
    t = "tkr"
    return [
        ("p", "ESKILSTUNA KOMMUN\nSocial- och arbetsmarknadsförvaltningen"),
        ("p", "2025-02-26\nDnr SAN/2025:88"),
        ("p", "Till Socialstyrelsen, enheten för statsbidrag"),
        ("h1", "Kommunens yttrande över Socialstyrelsens preliminära bedömning"),
        (
            "p",
            "Socialstyrelsen har i sin granskning av redovisningen för år 2022 funnit skäl att återkräva "
            + m(282950, k)
            + ". Yttrandet följer myndighetens indelning i två områden.",
        ),
        ("h2", "1 Område trygghet i offentlig miljö"),
        ("h3", "1.1 Aktivitet: Nattöppet på Fristadstorget"),
        (
            "p",
            "Socialstyrelsens motivering: kostnaderna om "
            + m(68500, k)
            + " för nattvandrare kan inte verifieras eftersom underlag saknas.",
        ),
        ("p", "Kommunen konstaterar att underlaget inte går att återskapa och återbetalar beloppet."),
        ("h3", "1.2 Aktivitet: Trygghetskameror vid Årbyskolan"),
        (
            "p",
            "Socialstyrelsens motivering: kamerabevakning är en situationell åtgärd som inte riktar sig till barn "
            "och unga och ligger därmed utanför bidragets syfte. Återkrävt belopp " + m(152000, k) + ".",
        ),
        (
            "p",
            "Kommunen delar inte bedömningen. Kamerorna sattes upp efter att 17 elever utsatts för rån på "
            "skolvägen och är en del av skolans trygghetsplan. Av bifogad faktura nr 2022-5512 från "
            "Mälardalens Säkerhetsteknik AB framgår att installationen gjordes i augusti 2022.",
        ),
        ("h2", "2 Område föräldraskap"),
        ("h3", "2.1 Aktivitet: Föräldraskapsstöd på arabiska och somaliska"),
        (
            "p",
            "Socialstyrelsens motivering: beskrivningen av insatsen stämmer inte med redovisade kostnader om " + m(37800, k) + ".",
        ),
        (
            "p",
            "Kommunen har begärt in kompletterande uppgifter från studieförbundet som höll i grupperna (bilaga 1) "
            "och tar ställning till återkravet när dessa kommit in.",
        ),
        ("h3", "2.2 Aktivitet: Familjeläger på Sundbyholm"),
        (
            "p",
            "Socialstyrelsens motivering: kostnaden per deltagare är orimligt hög. Återkrävt belopp " + m(24650, k) + ".",
        ),
        (
            "p",
            "Kommunen återbetalar "
            + m(6150, k)
            + " som avser hotellrum för personal (bilaga 2) men anser att resterande kostnader är skäliga "
            "för ett tredagarsläger med 42 deltagare.",
        ),
        ("h2", "Sammanfattning (tkr)"),
        (
            "table",
            [
                ["Aktivitet", "Återkrav", "Återbetalas"],
                ["1.1", m(68500, "tcell"), m(68500, "tcell")],
                ["1.2", m(152000, "tcell"), m(0, "opt_tcell")],
                ["2.1", m(37800, "tcell"), "–"],
                ["2.2", m(24650, "tcell"), m(6150, "tcell")],
                ["Totalt", m(282950, "tcell"), m(74650, "tcell")],
            ],
            dict(widths=[0.25, 0.2, 0.2], ruled=False, header=1, align_right=[1, 2], bold_last=True),
        ),
        ("p", "Kommunen återbetalar således " + m(74650, t) + " och tar ställning till aktivitet 2.1 senare."),
        ("h2", "Bilagor"),
        ("p", "Bilaga 1 Begäran om komplettering, Studieförbundet Bilda\nBilaga 2 Hotellfaktura Sundbyholms Slott"),
        ("space", 8),
        ("p", "Lisa Mäkinen\nförvaltningsdirektör"),
        ("p", "Kontaktperson Robert Olsson, controller, tel. 016-710 35 62, robert.olsson@eskilstuna.se"),
    ]


@case
def prose_eskilstuna():
    d = fresh("prose-eskilstuna")
    L = Ledger2()
    pdf = render_pdf(
        d / "Eskilstuna yttrande återkrav 2022.pdf",
        eskilstuna_blocks(),
        L,
        Page(size_pt=10, header="Eskilstuna kommun", footer="{page}/{pages}", margins=(3.2 * cm, 2.0 * cm, 2.5 * cm, 2.0 * cm)),
    )
    inv = Inv(
        "2022-5512",
        "2022-08-31",
        "2022-09-30",
        "Mälardalens Säkerhetsteknik AB",
        ["Verkstadsgatan 9, 632 20 Eskilstuna", "Org.nr 556190-7734 · Innehar F-skattsedel"],
        ["Eskilstuna kommun", "Social- och arbetsmarknadsförvaltningen", "631 86 Eskilstuna"],
        [("Kamera IP 4MP utomhus", 8, "st", "6850", 25), ("Installation och driftsättning", 36, "tim", "1850", 25)],
        org_no="556190-7734",
        layout="band",
        pay=[("Bankgiro", "5588-1040"), ("OCR", "2022551208")],
    )
    invoice_pdf(d / "bilagor" / "Faktura 2022-5512.pdf", [inv])
    g = response_gold(pdf, "Eskilstuna kommun", "2025-02-26", ESKILSTUNA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "2.1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2.2", "invoice_number": None},
    ]
    g["activity_invoices"] = {"1.2": [{"invoice_number": "2022-5512", "invoice_date": "2022-08-31"}]}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": "1.2", "check": "invoice_sum_mismatch"}]
    g["people"] = [
        {"name": "Lisa Mäkinen", "role": "förvaltningsdirektör"},
        {"name": "Robert Olsson", "role": "controller", "phone": "+46167103562", "email": "robert.olsson@eskilstuna.se"},
    ]
    g["quantities"] = [{"value": 17, "unit": "elev"}, {"value": 42, "unit": "deltagare"}]
    write_gold(
        d,
        {pdf.name: g, "Faktura 2022-5512.pdf": inv.gold()},
        "Two areas, activities '1.1 Aktivitet: Title', '12 500 kronor', summary table in tkr with one decimal "
        "(the zero optional, a dash for the undecided row), activity 2.1 undecided (unclear), the invoice only "
        "mentioned as 'bifogad faktura nr 2022-5512' (body mention, supplied as a file, in no list); "
        "its total (151 750 incl. VAT) differs from the claim (152 000) - a sum mismatch is defensible.",
    )


# ------------------------------------------------------------------------------------------
# 5. Härnösand: each activity a block with its number in a margin column and a bold title beside
#    it (a ruled line under the title), amounts in "0,45 mnkr", "12,5 tkr" and "kr"; positions
#    "accepterar", "motsätter sig", "återbetalar … tkr"; a reference to "bilaga 5" that the list
#    lacks (unresolved_reference); signature with party.

HARNOSAND_ACTS = [
    Act(
        "1",
        "Fritidsgård Mellanstaden kvällar och helger",
        D(450000),
        "disputes",
        ["ordinary_operations"],
        ["1", "2"],
        needle="Fritidsgård Mellanstaden",
    ),
    Act("2", "Ungdomsrådet Härnösand", D(12500), "accepts_full", ["missing_description"], needle="Ungdomsrådet Härnösand"),
    Act(
        "3",
        "Mobil verksamhet i Saltvik",
        D(88400),
        "accepts_partial",
        ["unverifiable_costs"],
        ["3", "5"],
        repay=D(23400),
        needle="Mobil verksamhet",
    ),
    Act("4", "Konferens om hedersrelaterat våld", D(61750), "disputes", ["outside_grant_period"], ["4"], needle="Konferens om heders"),
]


def harnosand_block(no: str, title: str, paras: list[str]) -> tuple:
    rows = [[no, title]] + [["", p] for p in paras]
    return ("table", rows, dict(widths=[0.08, 0.92], ruled=False, header=1))


def harnosand_blocks() -> list:
    return [
        ("p", "Härnösands kommun\nSocialnämnden"),
        ("p", "Mottagare: Socialstyrelsen\nÄrende: Återkrav statsbidrag 2023, dnr 9.1-31120/2024"),
        ("h1", "Socialnämndens yttrande"),
        (
            "p",
            "Socialstyrelsen avser att återkräva " + m(612650, "kr") + " av kommunens bidrag för 2023. Nedan "
            "redovisas nämndens ställningstagande till varje aktivitet.",
        ),
        harnosand_block(
            "1",
            "Fritidsgård Mellanstaden kvällar och helger",
            [
                "Krav: " + m(450000, "mnkr") + ". Socialstyrelsen menar att fritidsgårdens öppethållande är "
                "ordinarie verksamhet som kommunen bedrev redan före bidragsåret.",
                "Nämnden motsätter sig återkravet. Fritidsgården var tidigare stängd helger; med bidraget hölls "
                "den öppen fredag till söndag för i snitt 55 besökare (bilaga 1 och 2).",
            ],
        ),
        harnosand_block(
            "2",
            "Ungdomsrådet Härnösand",
            [
                "Krav: " + m(12500, "tkr") + ". Enligt Socialstyrelsen saknas en beskrivning av aktiviteten i redovisningen.",
                "Nämnden accepterar återkravet.",
            ],
        ),
        harnosand_block(
            "3",
            "Mobil verksamhet i Saltvik",
            [
                "Krav: " + m(88400, "kr") + ". Socialstyrelsen bedömer att kostnaderna för leasing av en buss inte är styrkta.",
                "Leasingavtalet och fakturorna bifogas (bilaga 3). Bränslekostnader om "
                + m(23400, "tkr")
                + " har dock inte kunnat styrkas med kvitton och dem återbetalar nämnden. Körjournalen finns i "
                "bilaga 5.",
            ],
        ),
        harnosand_block(
            "4",
            "Konferens om hedersrelaterat våld",
            [
                "Krav: " + m(61750, "kr") + ". Socialstyrelsen anser att konferensen hölls efter bidragsperiodens slut.",
                "Konferensen genomfördes den 12–13 december 2023, alltså inom bidragsåret, vilket framgår av "
                "programmet (bilaga 4). Nämnden motsätter sig därför återkravet.",
            ],
        ),
        ("h2", "Bilagor"),
        (
            "p",
            "1 Öppettider och besöksstatistik 2023\n2 Personalschema helger\n3 Leasingavtal buss med fakturor\n"
            "4 Konferensprogram 12–13 december 2023",
        ),
        ("space", 14),
        ("p", "Härnösand 2025-02-07"),
        ("space", 12),
        ("p", "Anders Nyberg (KD), ordförande socialnämnden\nSara Holm, socialchef"),
        ("small", "Handläggare: Mikael Strand, nämndsekreterare, 0611-34 81 09"),
    ]


@case
def prose_harnosand():
    d = fresh("prose-harnosand")
    L = Ledger2()
    pdf = render_pdf(
        d / "Socialnämndens yttrande Härnösand.pdf",
        harnosand_blocks(),
        L,
        Page(size_pt=12.5, footer="Sida {page} av {pages}", margins=(2.0 * cm, 2.0 * cm, 3.0 * cm, 2.5 * cm)),
    )
    g = response_gold(pdf, "Härnösands kommun", "2025-02-07", HARNOSAND_ACTS, L, municipality="Härnösand")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "3", "activity_no": "3", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "4", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = [{"activity_no": "3", "check": "unresolved_reference"}]
    g["people"] = [
        {"name": "Anders Nyberg", "role": "ordförande", "party": "KD"},
        {"name": "Sara Holm", "role": "socialchef"},
        {"name": "Mikael Strand", "role": ["nämndsekreterare", "handläggare"], "phone": "+46611348109"},
    ]
    g["quantities"] = [{"value": 55, "unit": "besökare"}]
    write_gold(
        d,
        {pdf.name: g},
        "Each activity a block: number in a narrow margin column, bold title beside it, text under it; "
        "'Krav: 0,45 mnkr' / '12,5 tkr' / '88 400 kr'; attachment list without the word Bilaga ('1 …'); "
        "'bilaga 5' referenced but not listed (unresolved_reference); the date below the text.",
    )


# ------------------------------------------------------------------------------------------
# 6. Luleå: written in Word (python-docx → LibreOffice): the whole answer as one ruled table whose
#    columns run amount, number, activity, the agency's reasons, the answer; header row repeated on
#    page 2; terse answers ("Medges.", "Bestrids.", "Medges till 15 000 kr.").

LULEA_ACTS = [
    Act("1", "Sportlov i Hertsön", D(36200), "accepts_full", ["unverifiable_costs"], needle="Sportlov i Hertsön"),
    Act("2", "Kvinnojourens tjejgrupper", D(74000), "disputes", ["purpose_mismatch"], ["2"], needle="Kvinnojourens tjejgrupper"),
    Act(
        "3",
        "Extra socialsekreterare barn och unga",
        D(389000),
        "disputes",
        ["exercise_of_authority", "ordinary_operations"],
        needle="Extra socialsekreterare",
    ),
    Act(
        "4",
        "Trygga vuxna på Lulevalla",
        D(51500),
        "accepts_partial",
        ["description_mismatch"],
        ["4"],
        repay=D(15000),
        needle="Trygga vuxna på Lulevalla",
    ),
    Act("5", "Utbildning i MVP för personal", D(28900), "disputes", ["fabricated_documents"], ["5"], needle="Utbildning i MVP"),
]
LULEA_BACKGROUND = [
    "Bidraget har använts i stadsdelarna Hertsön, Lulevalla och Örnäset, där socialtjänsten sedan 2021 har sett en "
    "ökning av unga som dras in i narkotikahandel. Insatserna planerades tillsammans med polisen, skolan och "
    "fritidsförvaltningen inom ramen för kommunens lokala lägesbild och följdes upp kvartalsvis av en "
    "styrgrupp.",
    "Kommunen vill framhålla att samtliga insatser har haft barn och unga i dessa områden som målgrupp och att "
    "kostnaderna har bokförts på särskilda projektnummer. Där underlag saknas i den ursprungliga redovisningen "
    "bifogas det nu. Bilagorna numreras efter den aktivitet de hör till.",
    "I tabellen anges först det belopp Socialstyrelsen avser att återkräva, därefter aktivitetens nummer och namn, "
    "Socialstyrelsens skäl så som kommunen uppfattat dem och kommunens svar.",
]
LULEA_ROWS = [
    (
        "Socialstyrelsen saknar kvitton för hyra av skidutrustning och bussresor.",
        "Medges. Kvittona har inte kunnat återfinnas.",
    ),
    (
        "Tjejgrupperna drivs av en ideell förening och bedöms inte vara kommunens insats enligt bidragets syfte.",
        "Bestrids. Kommunen upphandlade grupperna av föreningen och styrde inriktningen mot unga i Hertsön och "
        "Örnäset. Se överenskommelsen i bilaga 2.",
    ),
    (
        "Tjänsten avser utredning av enskilda ärenden, vilket är myndighetsutövning och ordinarie verksamhet.",
        "Bestrids i sin helhet. Tjänsten inrättades för uppsökande arbete i skolor och på fritidsgårdar och har "
        "inte haft utredningsansvar. Arbetsbeskrivningen visar detta.",
    ),
    (
        "Redovisade kostnader omfattar även vuxna i andra stadsdelar än den beskrivna.",
        "Medges till [[15000|kr]]. Resterande [[36500|kr]] avser vuxna i Lulevalla, se deltagarförteckningen i bilaga 4.",
    ),
    (
        "Närvarolistan för utbildningen bedöms ha upprättats i efterhand.",
        "Bestrids. Listan signerades vid utbildningstillfället; utbildaren intygar detta i bilaga 5.",
    ),
]


def lulea_docx(path: Path, L: Ledger) -> Path:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Luleå kommun\tSocialförvaltningen\tDnr SOC 2025/61"
    doc.add_paragraph("Socialstyrelsen\n106 30 Stockholm")
    doc.add_paragraph("Luleå 2025-02-21")
    doc.add_heading("Yttrande gällande preliminärt återkrav av statsbidrag 2023", level=1)
    doc.add_paragraph(
        L.fill(
            "Luleå kommun har tagit del av Socialstyrelsens preliminära beslut att återkräva "
            + m(579600)
            + ". Kommunens svar per aktivitet framgår av tabellen nedan."
        )
    )
    doc.add_heading("Bakgrund", level=2)
    for text in LULEA_BACKGROUND:
        doc.add_paragraph(text)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    head = ["Belopp (kr)", "Nr", "Aktivitet", "Socialstyrelsens skäl", "Kommunens svar"]
    for c, h in zip(t.rows[0].cells, head, strict=True):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    rep = OxmlElement("w:tblHeader")
    rep.set(qn("w:val"), "true")
    tr_pr.append(rep)
    for a, (why, answer) in zip(LULEA_ACTS, LULEA_ROWS, strict=True):
        cells = t.add_row().cells
        for c, text in zip(cells, [m(a.claimed, "bare"), a.no, a.title, why, answer], strict=True):
            c.text = L.fill(text)
    widths = [Cm(2.2), Cm(1.0), Cm(3.8), Cm(4.4), Cm(5.6)]
    t.autofit = False
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):  # LibreOffice reads the grid
        col.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        keep = OxmlElement("w:cantSplit")  # a row moves whole to the next page, as the author set it
        row._tr.get_or_add_trPr().append(keep)
        for c, w in zip(row.cells, widths, strict=True):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph(L.fill("Summa som kommunen medger: " + m(51200) + "."))
    doc.add_paragraph(
        "Bilagor\nBilaga 2 Överenskommelse Kvinnojouren Luleå\nBilaga 4 Deltagarförteckning Trygga vuxna\nBilaga 5 Intyg från utbildaren"
    )
    doc.add_paragraph("Med vänlig hälsning\n\nPetra Lundberg\nsocialchef\n\nUpplysningar: Ida Nilsson, controller, 0920-45 30 12")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


LULEA_NAME = "Yttrande Luleå kommun.pdf"


def lulea_gold(pdf: Path, L: Ledger) -> dict:
    g = response_gold(pdf, "Luleå kommun", "2025-02-21", LULEA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "2", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "4", "invoice_number": None},
        {"attachment_id": "5", "activity_no": "5", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [{"name": "Petra Lundberg", "role": "socialchef"}, {"name": "Ida Nilsson", "role": "controller", "phone": "+46920453012"}]
    return g


def lulea_pdf() -> tuple[Path, Ledger]:
    d = OUT / "table-lulea"
    L = Ledger2()
    src = lulea_docx(TMP / "lulea" / LULEA_NAME.replace(".pdf", ".docx"), L)
    if shutil.which("soffice") and (REBUILD_EXTERNAL or not (d / LULEA_NAME).exists()):
        d.mkdir(parents=True, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)])
    return d / LULEA_NAME, L


@case
def table_lulea():
    pdf, L = lulea_pdf()
    write_gold(
        pdf.parent,
        {pdf.name: lulea_gold(pdf, L)},
        "Word (python-docx → LibreOffice): one ruled 'Table Grid' table, columns amount first, then number, "
        "activity, the agency's reasons, the answer; header row repeated on the next page; terse answers; "
        "attachment list with gaps (2, 4, 5).",
    )


@case
def scan_lulea():
    src, L = lulea_pdf()
    d = fresh("scan-lulea")
    name = "Luleå yttrande skannat.pdf"
    scan_pdf(src, d / name, dpi=200, seed=61, skew=[0.7, -0.5, 0.3], mode="1", dust=250)
    g = lulea_gold(src, L)
    g["scanned"] = True
    write_gold(d, {name: g}, "table-lulea printed and scanned: 200 dpi black and white, skew +0.7°/-0.5°, dust.")


# ------------------------------------------------------------------------------------------
# 7. Örebro: an unruled landscape table from a case system: reference, description, the agency's
#    sum, its assessment, the comment and what is repaid, amounts "12 500,00 kr"; long cells wrap and
#    the table runs onto a second page with its header repeated.

OREBRO_ACTS = [
    Act("1", "Vinteröppet i Vivalla centrum", D(118750), "disputes", ["ordinary_operations"], ["1"], needle="Vinteröppet i Vivalla"),
    Act(
        "2", "Föräldrautbildning ABC i Baronbackarna", D(42300.75), "accepts_full", ["unverifiable_costs"], needle="Föräldrautbildning ABC"
    ),
    Act(
        "3",
        "Praktikplatser sommar för unga 15–17 år",
        D(265000),
        "accepts_partial",
        ["purpose_mismatch"],
        ["2", "3"],
        repay=D(65000),
        needle="Praktikplatser sommar",
    ),
    Act("4", "Kulturskola i Oxhagen", D(97400), "disputes", ["description_mismatch"], ["4"], needle="Kulturskola i Oxhagen"),
    Act("5", "Trygghetsvandringar med fastighetsägare", D(19800), "disputes", ["conditions_not_met"], needle="Trygghetsvandringar med"),
    Act(
        "6",
        "Digital fältverksamhet",
        D(156900),
        "accepts_partial",
        ["excessive_cost"],
        ["5"],
        repay=D(56900),
        needle="Digital fältverksamhet",
    ),
]
OREBRO_TEXT = {
    "1": (
        "Öppethållandet under vintern bedöms vara ordinarie verksamhet vid mötesplatsen.",
        "Mötesplatsen hade inte vinteröppet före 2022. Bidraget finansierade två extra personal och utökade "
        "kvällsöppettider från november till mars. Beslut och schema finns i bilaga 1. Kommunen bestrider.",
        None,
    ),
    "2": ("Deltagarlistor och kostnadsunderlag saknas.", "Kommunen godtar bedömningen.", "full"),
    "3": (
        "Praktikplatserna riktades till alla unga i kommunen och inte särskilt till de utsatta områdena.",
        "Av 88 praktikanter kom 61 från Vivalla, Baronbackarna eller Oxhagen (bilaga 2). Kommunen medger "
        "återkrav för de praktikanter som inte bodde i områdena, beräknat i bilaga 3.",
        "part",
    ),
    "4": (
        "Kostnaderna avser instrumentinköp, medan insatsen beskrivs som pedagogisk verksamhet.",
        "Instrumenten lånades ut till deltagarna och var en förutsättning för undervisningen. Fakturor och "
        "utlåningslistor i bilaga 4. Kommunen delar inte bedömningen.",
        None,
    ),
    "5": (
        "Villkoret om samverkan med polisen är inte uppfyllt.",
        "Polisen deltog vid samtliga vandringar, se minnesanteckningarna som skickades in med redovisningen. "
        "Kommunen bestrider återkravet.",
        None,
    ),
    "6": (
        "Kostnaden för extern plattform och konsulttimmar är oskäligt hög.",
        "Kommunen medger att konsulttimmar utöver avtalet inte borde ha belastat bidraget och återbetalar "
        "dessa. Plattformens licens var upphandlad (bilaga 5). Kommunen bestrider i övrigt.",
        "part",
    ),
}


def orebro_blocks() -> list:
    k = "decsuffix"
    rows = [["Ref.", "Beskrivning av insatsen", "Kostnad enl. SoS", "SoS:s bedömning", "Kommentar", "Återbetalas"]]
    for a in OREBRO_ACTS:
        why, comment, pay = OREBRO_TEXT[a.no]
        repaid = {"full": a.claimed, "part": a.repay, None: D(0)}[pay]
        rows.append([a.no, a.title, m(a.claimed, k), why, comment, m(repaid, k if repaid else "opt_" + k)])
    rows.append(["", "Summa", m(sum((a.claimed for a in OREBRO_ACTS), D(0)), k), "", "", m(D("42300.75") + 65000 + 56900, k)])
    return [
        ("p", "Örebro kommun · Socialförvaltningen · Diarienummer SOF 2025:140"),
        ("h1", "Yttrande till Socialstyrelsen – återkrav av statsbidrag för 2022"),
        (
            "p",
            "Datum: 2025-02-28. Kommunen lämnar sina synpunkter i tabellen nedan. Socialstyrelsens "
            "sammanlagda krav uppgår till " + m(sum((a.claimed for a in OREBRO_ACTS), D(0)), k) + ".",
        ),
        (
            "p",
            "Insatserna har genomförts i Vivalla, Baronbackarna och Oxhagen, som polisen klassar som utsatta "
            "områden. Socialförvaltningen har samordnat arbetet med skolförvaltningen, fritidsförvaltningen och "
            "de allmännyttiga bostadsbolagen. Tabellen följer numreringen i Socialstyrelsens underrättelse; "
            "kolumnen Återbetalas anger det belopp kommunen medger att återbetala.",
        ),
        ("table", rows, dict(widths=[0.05, 0.17, 0.12, 0.22, 0.32, 0.12], ruled=False, header=1, align_right=[2, 5], bold_last=True)),
        (
            "p",
            "Bilagor: 1 Beslut vinteröppet, 2 Praktikantförteckning, 3 Beräkning återbetalning, 4 Fakturor kulturskolan, 5 Avtal plattform",
        ),
        ("p", "Örebro som ovan\nMalin Forsberg, avdelningschef\nKontakt: Hugo Berg, ekonom, 019-21 14 80, hugo.berg@orebro.se"),
    ]


@case
def table_orebro():
    d = fresh("table-orebro")
    L = Ledger2()
    pdf = render_pdf(
        d / "SOF 2025-140 yttrande.pdf",
        orebro_blocks(),
        L,
        Page(size=landscape(A4), size_pt=12.5, footer="Sida {page} av {pages}", margins=(1.6 * cm, 1.6 * cm, 1.8 * cm, 1.6 * cm)),
    )
    g = response_gold(pdf, "Örebro kommun", "2025-02-28", OREBRO_ACTS, L)
    g["attachments"] = [
        {"attachment_id": str(i), "activity_no": a, "invoice_number": None} for i, a in [(1, "1"), (2, "3"), (3, "3"), (4, "4"), (5, "6")]
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Malin Forsberg", "role": "avdelningschef"},
        {"name": "Hugo Berg", "role": "ekonom", "phone": "+4619211480", "email": "hugo.berg@orebro.se"},
    ]
    g["quantities"] = [{"value": 88, "unit": "praktikant"}]
    write_gold(
        d,
        {pdf.name: g},
        "Landscape, unruled table: Ref., description, the agency's sum, its assessment, comment, repaid; amounts "
        "with öre and 'kr' ('42 300,75 kr'); zeros in the repaid column optional; wrapped cells; the table "
        "continues on page 2 under a repeated header; inline attachment list 'Bilagor: 1 …, 2 …'.",
    )


@case
def scan_harnosand():
    src = OUT / "prose-harnosand" / "Socialnämndens yttrande Härnösand.pdf"
    if not src.exists():
        prose_harnosand()
    import json

    d = fresh("scan-harnosand")
    name = "Härnösand yttrande inskannat.pdf"
    scan_pdf(src, d / name, dpi=300, seed=87, skew=[-0.4, 0.6], mode="L", quality=30, dust=500, upside_down=(2,))
    g = json.loads((OUT / "prose-harnosand" / "gold.json").read_text(encoding="utf-8"))["files"][src.name]
    g["scanned"] = True
    write_gold(d, {name: g}, "prose-harnosand scanned: 300 dpi greyscale JPEG, slight skew, page 2 turned 180°.")


# ------------------------------------------------------------------------------------------
# Invoices in layouts genre_kit does not draw: a boxed Swedish layout (meta in boxes, totals box,
# four-column footer), a plain one whose lines state only an amount, a typewriter one, and a
# European one with a VAT table per rate; öresavrundning, credit notes, reverse charge.

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
NUMFMT = {"sv": (" ", ","), "fi": (" ", ","), "nb": (" ", ","), "da": (".", ","), "it": (".", ","), "en": (",", ".")}
B_LABELS = {
    "sv": dict(
        title="Faktura",
        credit="Kreditfaktura",
        no="Fakturanr",
        date="Fakturadatum",
        due="Förfallodatum",
        ref="Er referens",
        desc="Specifikation",
        qty="Antal",
        unit="Enhet",
        price="Pris",
        vatp="Moms %",
        amount="Summa",
        net="Belopp exkl. moms",
        vat="Moms",
        total="Summa inkl. moms",
        rounding="Öresavrundning",
        due_amount="Att betala",
        base="Underlag",
        buyer="Fakturaadress",
    ),
    "fi": dict(
        title="LASKU",
        credit="HYVITYSLASKU",
        no="Laskun numero",
        date="Laskun päivämäärä",
        due="Eräpäivä",
        ref="Viitteenne",
        desc="Tuote / palvelu",
        qty="Määrä",
        unit="Yks.",
        price="À-hinta",
        vatp="ALV %",
        amount="Yhteensä",
        net="Veroton yhteensä",
        vat="ALV",
        total="Maksettava yhteensä",
        base="Veron peruste",
        buyer="Laskutusosoite",
    ),
    "da": dict(
        title="FAKTURA",
        credit="KREDITNOTA",
        no="Fakturanummer",
        date="Fakturadato",
        due="Betalingsfrist",
        ref="Deres ref.",
        desc="Ydelse",
        qty="Antal",
        unit="Enhed",
        price="Enhedspris",
        vatp="Moms %",
        amount="Beløb",
        net="Beløb ekskl. moms",
        vat="Moms",
        total="Total",
        base="Grundlag",
        buyer="Faktureres til",
    ),
    "nb": dict(
        title="FAKTURA",
        credit="KREDITNOTA",
        no="Fakturanr.",
        date="Fakturadato",
        due="Forfallsdato",
        ref="Deres ref.",
        desc="Varenr./beskrivelse",
        qty="Antall",
        unit="Enhet",
        price="Pris",
        vatp="MVA %",
        amount="Beløp",
        net="Sum eksklusiv MVA",
        vat="MVA",
        total="Totalt å betale",
        base="Grunnlag",
        buyer="Fakturamottaker",
    ),
    "it": dict(
        title="FATTURA",
        credit="NOTA DI CREDITO",
        no="Fattura n.",
        date="Data",
        due="Scadenza",
        ref="Vs. riferimento",
        desc="Descrizione",
        qty="Q.tà",
        unit="U.M.",
        price="Prezzo unitario",
        vatp="IVA %",
        amount="Importo",
        net="Imponibile",
        vat="IVA",
        total="Totale documento",
        base="Imponibile",
        buyer="Cliente",
    ),
    "en": dict(
        title="INVOICE",
        credit="CREDIT NOTE",
        no="Invoice number",
        date="Date of issue",
        due="Payment due",
        ref="Customer reference",
        desc="Item",
        qty="Quantity",
        unit="Unit",
        price="Price",
        vatp="VAT %",
        amount="Line total",
        net="Total excl. VAT",
        vat="VAT",
        total="Total",
        base="Taxable amount",
        buyer="Customer",
    ),
}


def bnum(v: Decimal, lang: str) -> str:
    sep, comma = NUMFMT[lang]
    return group(v, sep, "always", comma)


def bdate(iso: str, lang: str, words: bool = False) -> str:
    y, mo, d = iso.split("-")
    if lang == "sv":
        return f"{int(d)} {SV_MONTHS[int(mo) - 1]} {y}" if words else iso
    if lang == "fi":
        return f"{int(d)}.{int(mo)}.{y}"
    if lang in ("it", "fr"):
        return f"{d}/{mo}/{y}"
    if lang == "en":
        return f"{int(d)} {EN_MONTHS[int(mo) - 1]} {y}"
    return f"{d}.{mo}.{y}"


@dataclass
class Bill:
    """An invoice of this corpus. lines: (description, quantity or None, unit, unit price, VAT rate);
    a line without a quantity states only its amount (in the unit price's place)."""

    number: str
    date: str
    due: str
    supplier: str
    supplier_lines: list
    buyer_lines: list
    lines: list
    lang: str = "sv"
    currency: str = "SEK"
    org_no: str | None = None
    credit: bool = False
    layout: str = "boxed"  # boxed | plain | mono | euro
    pay: list = field(default_factory=list)
    ref: str = ""
    notes: list = field(default_factory=list)
    rounding: bool = False  # öresavrundning to whole kronor
    date_words: bool = False
    labels: dict = field(default_factory=dict)  # the supplier's own words for some fields

    def line_amount(self, qty, price) -> Decimal:
        sign = Decimal(-1) if self.credit else Decimal(1)
        return (D(price) if qty is None else (D(qty) * D(price)).quantize(Decimal("0.01"))) * sign

    def amounts(self):
        per_rate: dict = {}
        for _, qty, _, price, rate in self.lines:
            per_rate[D(rate)] = per_rate.get(D(rate), Decimal(0)) + self.line_amount(qty, price)
        vat = {r: (n * r / 100).quantize(Decimal("0.01")) for r, n in per_rate.items()}
        net = sum(per_rate.values(), Decimal(0))
        total = net + sum(vat.values(), Decimal(0))
        due = total.quantize(Decimal("1"), rounding="ROUND_HALF_UP") if self.rounding else total
        return per_rate, vat, net, total, due

    def gold(self) -> dict:
        per_rate, vat, net, total, due = self.amounts()
        g = {
            "kind": "invoice",
            "invoice_number": self.number,
            "invoice_date": self.date,
            "due_date": self.due,
            "supplier": self.supplier,
            "net": f"{net:.2f}",
            "vat": f"{sum(vat.values(), Decimal(0)):.2f}",
            "total": f"{total:.2f}",
            "currency": self.currency,
            "language": self.lang,
        }
        if self.org_no:
            g["supplier_org_no"] = self.org_no
        if due != total:
            g["amount_due"] = f"{due:.2f}"
        if self.credit:
            g["is_credit_note"] = True
        g["invoice_lines"] = [
            {
                "description": d,
                "quantity": None if q is None else f"{D(q):f}",
                "unit": u,
                "unit_price": None if q is None else f"{D(p):.2f}",
                "amount": f"{self.line_amount(q, p):.2f}",
                "vat_rate": f"{D(r):f}" if len(per_rate) > 1 else None,
            }
            for d, q, u, p, r in self.lines
        ]
        g["invoice_vat"] = [
            {"vat_rate": f"{r:f}", "net_amount": f"{n:.2f}", "vat_amount": f"{vat[r]:.2f}"} for r, n in sorted(per_rate.items())
        ]
        return g


def _grid(c, rows, widths, x, y, font, size=8.5, ruled=False, head_bg=None, right_from=1) -> float:
    """Draw a table with its top-left corner at (x, y); returns its height."""
    from reportlab.platypus import Table, TableStyle

    t = Table(rows, colWidths=widths)
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
        ("FONTNAME", (0, 0), (-1, 0), font + "-Bold" if font != "Times-Roman" else "Times-Bold"),
    ]
    if ruled:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
        cmds.append(("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey))
    if head_bg:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)))
    t.setStyle(TableStyle(cmds))
    _, h = t.wrap(0, 0)
    t.drawOn(c, x, y - h)
    return h


def _line_rows(b: Bill, L: dict, per_line_vat: bool) -> tuple[list, list]:
    has_qty = any(q is not None for _, q, _, _, _ in b.lines)
    head = [L["desc"]] + ([L["qty"], L["unit"], L["price"]] if has_qty else []) + ([L["vatp"]] if per_line_vat else []) + [L["amount"]]
    rows = [head]
    for desc, qty, unit, price, rate in b.lines:
        row = [desc]
        if has_qty:
            q = f"{D(qty):f}".replace(".", NUMFMT[b.lang][1]) if qty is not None else ""
            row += [q, unit or "", bnum(D(price), b.lang) if qty is not None else ""]
        if per_line_vat:
            row.append(f"{D(rate).normalize():f}".replace(".", NUMFMT[b.lang][1]))
        row.append(bnum(b.line_amount(qty, price), b.lang))
        rows.append(row)
    widths = [8.4 * cm] + ([1.5 * cm, 1.3 * cm, 2.4 * cm] if has_qty else []) + ([1.4 * cm] if per_line_vat else []) + [2.6 * cm]
    if not has_qty:
        widths[0] += 4.0 * cm
    return rows, widths


def _summary(b: Bill, L: dict) -> list[tuple[str, Decimal]]:
    per_rate, vat, net, total, due = b.amounts()
    rows = [(L["net"], net)]
    for r in sorted(per_rate):
        rate = f"{r.normalize():f}".replace(".", NUMFMT[b.lang][1])
        rows.append((f"{L['vat']} {rate} %", vat[r]))
    rows.append((L["total"], total))
    if b.rounding:
        rows += [(L["rounding"], due - total), (L["due_amount"], due)]
    return rows


FONTS = {"boxed": "Helvetica", "plain": "Helvetica", "mono": "Courier", "euro": "Times-Roman"}
BOLD_OF = {"Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold", "Times-Roman": "Times-Bold"}
X0 = 2 * cm  # left margin of every bill


@dataclass
class Sheet:
    """What every part of a bill's page needs: the canvas, the bill, its words and fonts."""

    c: object
    b: Bill
    L: dict
    font: str
    bold: str

    @property
    def title(self) -> str:
        return self.L["credit"] if self.b.credit else self.L["title"]

    def meta(self) -> list[tuple[str, str]]:
        b, L = self.b, self.L
        rows = [(L["no"], b.number), (L["date"], bdate(b.date, b.lang, b.date_words)), (L["due"], bdate(b.due, b.lang, b.date_words))]
        return rows + ([(L["ref"], b.ref)] if b.ref else [])


def _head_boxed(s: Sheet) -> float:
    """Supplier name left, title right over small boxes holding label above value; buyer in the window."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c, h = s.c, A4[1]
    c.setFont(s.bold, min(17.0, 17 * 9.5 * cm / stringWidth(s.b.supplier, s.bold, 17)))  # the name fits left of the title
    c.drawString(X0, h - 2.2 * cm, s.b.supplier)
    c.setFont(s.bold, 13)
    c.drawString(12 * cm, h - 2.2 * cm, s.title.upper())
    for i, (k, v) in enumerate(s.meta()):
        bx = 12 * cm + (i % 2) * 3.6 * cm
        by = h - 2.8 * cm - (i // 2) * 1.1 * cm
        c.rect(bx, by - 0.95 * cm, 3.5 * cm, 0.95 * cm)
        c.setFont(s.font, 6.5)
        c.drawString(bx + 3, by - 9, k)
        c.setFont(s.bold, 9)
        c.drawString(bx + 3, by - 22, v)
    c.setFont(s.font, 10)
    for i, ln in enumerate(s.b.buyer_lines):
        c.drawString(X0, h - 5.0 * cm - i * 12, ln)
    return h - 8.3 * cm


def _head_plain(s: Sheet) -> float:
    """Everything as text lines: supplier and meta left, buyer right (the typewriter one puts the number in the title)."""
    c, h = s.c, A4[1]
    c.setFont(s.bold, 12)
    c.drawString(X0, h - 2 * cm, f"{s.title.upper()} {s.b.number}" if s.b.layout == "mono" else s.title.upper())
    c.setFont(s.font, 9)
    y = h - 2.7 * cm
    for ln in [s.b.supplier] + s.b.supplier_lines:
        c.drawString(X0, y, ln)
        y -= 11
    y -= 8
    for k, v in s.meta():
        c.drawString(X0, y, f"{k}: {v}")
        y -= 11
    yb = h - 2.7 * cm
    c.drawString(11.5 * cm, yb, s.L["buyer"] + ":")
    for ln in s.b.buyer_lines:
        yb -= 11
        c.drawString(11.5 * cm, yb, ln)
    return y - 16


def _head_euro(s: Sheet) -> float:
    """Supplier block on the right, title and a ruled meta table on the left, buyer beside it."""
    c, (w, h) = s.c, A4
    c.setFont(s.bold, 22)
    c.drawString(X0, h - 2.3 * cm, s.title)
    c.setFont(s.bold, 11)
    c.drawRightString(w - X0, h - 1.8 * cm, s.b.supplier)
    c.setFont(s.font, 8.5)
    for i, ln in enumerate(s.b.supplier_lines):
        c.drawRightString(w - X0, h - 2.3 * cm - i * 10, ln)
    y = h - 4.2 * cm
    th = _grid(c, [[k, v] for k, v in s.meta()], [3.6 * cm, 4 * cm], X0, y, s.font, 9, ruled=True, right_from=1)
    c.setFont(s.bold, 9)
    c.drawString(11.5 * cm, y - 8, s.L["buyer"])
    c.setFont(s.font, 9.5)
    for i, ln in enumerate(s.b.buyer_lines):
        c.drawString(11.5 * cm, y - 21 - i * 11.5, ln)
    return y - max(th, 12 + 11.5 * len(s.b.buyer_lines)) - 28


def _totals(s: Sheet, y: float, right: float) -> float:
    """The summary lines (net, VAT per rate, total, rounding), boxed in the boxed layout."""
    b, c = s.b, s.c
    summary = _summary(b, s.L)
    if b.layout == "boxed":
        c.rect(10.8 * cm, y - len(summary) * 13 - 4, right - 10.8 * cm, len(summary) * 13 + 12)
    suffix = "" if b.lang == "sv" and b.layout != "mono" else f" {b.currency}"
    for i, (k, v) in enumerate(summary):
        c.setFont(s.bold if i == len(summary) - 1 else s.font, 9.5)
        c.drawString(11 * cm, y - i * 13, k)
        c.drawRightString(right - 4, y - i * 13, bnum(v, b.lang) + suffix)
    return y - len(summary) * 13 - 16


def _vat_table(s: Sheet, y: float) -> float:
    """The European layout's table of VAT per rate (only with more than one rate)."""
    per_rate, vat, *_ = s.b.amounts()
    if s.b.layout != "euro" or len(per_rate) < 2:
        return y
    comma = NUMFMT[s.b.lang][1]
    rows = [[s.L["vatp"], s.L["base"], s.L["vat"]]] + [
        [f"{r.normalize():f}".replace(".", comma), bnum(per_rate[r], s.b.lang), bnum(vat[r], s.b.lang)] for r in sorted(per_rate)
    ]
    return y - _grid(s.c, rows, [2 * cm, 3 * cm, 3 * cm], X0, y, s.font, 8.5, ruled=True) - 14


def _foot(s: Sheet) -> None:
    """Payment details: a four-column footer (address | contact | payment | registration) when boxed."""
    b, c = s.b, s.c
    if b.layout != "boxed":
        c.setFont(s.font, 8)
        c.drawString(X0, 2.2 * cm, "   ".join(f"{k}: {v}" for k, v in b.pay))
        return
    c.line(X0, 3.2 * cm, A4[0] - X0, 3.2 * cm)
    cols = [b.supplier_lines[:2], b.supplier_lines[2:4], [f"{k} {v}" for k, v in b.pay], b.supplier_lines[4:]]
    for i, col in enumerate(cols):
        for j, ln in enumerate(col):
            c.setFont(s.font, 7)
            c.drawString(X0 + i * 4.3 * cm, 2.8 * cm - j * 9, ln)


HEADS = {"boxed": _head_boxed, "plain": _head_plain, "mono": _head_plain, "euro": _head_euro}


def draw_bill(c, b: Bill, stamp_text: str = "") -> None:
    from genre_kit import stamp

    font = FONTS[b.layout]
    s = Sheet(c, b, {**B_LABELS[b.lang], **b.labels}, font, BOLD_OF[font])
    y = HEADS[b.layout](s)
    rows, widths = _line_rows(b, s.L, len(b.amounts()[0]) > 1)
    y -= _grid(c, rows, widths, X0, y, font, 8.5, ruled=b.layout == "euro", head_bg="#e4e4e4" if b.layout == "boxed" else None) + 18
    y = _vat_table(s, _totals(s, y, X0 + sum(widths)))
    c.setFont(font, 8.5)
    for ln in b.notes:
        c.drawString(X0, y, ln)
        y -= 11
    _foot(s)
    if stamp_text:
        stamp(c, stamp_text)


def bill_pdf(path: Path, bills: list, stamps: list | None = None) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=A4, invariant=1)
    for i, b in enumerate(bills):
        draw_bill(c, b, (stamps or [""] * len(bills))[i])
        c.showPage()
    c.save()
    return path


# ------------------------------------------------------------------------------------------
# 8. Swedish suppliers from other accounting systems: a boxed layout with öresavrundning, OCR
#    and bankgiro; a plain one with amount-only lines (transport 6 % + 25 %); its credit note; a
#    hotel's typewriter invoice (12 % + 25 %, date in words).

SV_BUYER = ["Gällivare kommun", "Socialförvaltningen", "Ref. 3310 Fältgruppen", "982 81 Gällivare"]


def sverige_bills() -> dict[str, Bill]:
    return {
        "Faktura 10234 Malmfältens Ljud.pdf": Bill(
            "10234",
            "2023-06-16",
            "2023-07-16",
            "Malmfältens Ljud & Scen AB",
            [
                "Malmvägen 14",
                "983 34 Malmberget",
                "Tel 0970-155 20",
                "info@mljud.se",
                "Org.nr 559087-2261",
                "Godkänd för F-skatt",
            ],
            SV_BUYER,
            [
                ("Ljudanläggning ungdomsfestival 10 juni", 1, "st", "18450", 25),
                ("Tekniker", 9.5, "tim", "645.30", 25),
                ("Frakt", 1, "st", "1175", 25),
            ],
            org_no="559087-2261",
            layout="boxed",
            ref="Linnea Rova",
            pay=[("Bankgiro", "5023-9914"), ("OCR", "1023405")],
            rounding=True,
        ),
        "Faktura 7731 Kustbuss.pdf": Bill(
            "7731",
            "2023-08-21",
            "2023-09-20",
            "Norrbottens Kustbuss AB",
            ["Hamngatan 3, 972 38 Luleå", "Org.nr 556412-0087   Innehar F-skattsedel"],
            SV_BUYER,
            [
                ("Beställningstrafik Gällivare–Abisko t/r 18 aug, 49 pass.", None, None, "12800", 6),
                ("Väntetid chaufför 6 tim", None, None, "3300", 6),
                ("Guidning Abisko naturum", None, None, "2400", 25),
            ],
            org_no="556412-0087",
            layout="plain",
            ref="Fältgruppen",
            pay=[("Plusgiro", "48 73 11-2"), ("Betalningsvillkor", "30 dagar netto")],
        ),
        "Kreditfaktura 7745 Kustbuss.pdf": Bill(
            "7745",
            "2023-09-04",
            "2023-09-04",
            "Norrbottens Kustbuss AB",
            ["Hamngatan 3, 972 38 Luleå", "Org.nr 556412-0087   Innehar F-skattsedel"],
            SV_BUYER,
            [("Kreditering väntetid enligt faktura 7731", None, None, "3300", 6)],
            org_no="556412-0087",
            credit=True,
            layout="plain",
            ref="Fältgruppen",
            pay=[("Plusgiro", "48 73 11-2")],
            notes=["Krediteras mot faktura 7731. Beloppet dras av vid betalning."],
        ),
        "Hotell Dundret faktura 2023-0917.pdf": Bill(
            "2023-0917",
            "2023-09-29",
            "2023-10-29",
            "Hotell Dundret i Gällivare AB",
            ["Dundretvägen 1, 982 31 Gällivare", "Org.nr 556998-4410", "Innehar F-skattebevis"],
            SV_BUYER,
            [
                ("Logi enkelrum 26–28 sept", 12, "natt", "1090", 12),
                ("Helpension konferens", 24, "st", "585", 12),
                ("Konferenslokal Kåbdalis", 2, "dag", "4200", 25),
                ("Projektor och ljud", 2, "dag", "650", 25),
            ],
            org_no="556998-4410",
            layout="mono",
            date_words=True,
            pay=[("Bankgiro", "737-4412"), ("OCR", "20230917004")],
            notes=["Dröjsmålsränta enligt räntelagen."],
        ),
    }


@case
def invoices_sverige():
    d = fresh("invoices-sverige")
    files = {}
    for name, b in sverige_bills().items():
        bill_pdf(d / name, [b])
        files[name] = b.gold()
    write_gold(
        d,
        files,
        "Swedish invoices in four layouts: boxed meta and totals, four-column footer, öresavrundning "
        "(total = net + VAT; amount_due rounded to whole kronor); plain with amount-only lines (no quantity) "
        "at 6 % + 25 %; its credit note (negative amounts); a typewriter hotel invoice (12 % + 25 %, date "
        "written as '29 september 2023').",
    )


# ------------------------------------------------------------------------------------------
# 9. Nordic and EU suppliers: Finnish (ALV 24 % + 14 % + 10 %, viitenumero), Danish reverse
#    charge (no VAT), Norwegian (MVA 25 % + 12 %, KID), Italian (IVA 22 % + 10 %), an Estonian
#    supplier invoicing in English under reverse charge.

EU_BUYER = ["Haparanda stad", "Socialförvaltningen", "Storgatan 85", "953 85 Haparanda", "SWEDEN", "VAT SE212000-2726 01"]


def norden_bills() -> dict[str, Bill]:
    return {
        "Lasku 2023-1187 Tornion Tapahtumapalvelu.pdf": Bill(
            "2023-1187",
            "2023-07-03",
            "2023-07-17",
            "Tornion Tapahtumapalvelu Oy",
            ["Länsiranta 8, 95400 Tornio", "Y-tunnus 2845511-6", "ALV-rek. FI28455116"],
            EU_BUYER,
            [
                ("Bussikuljetus Haaparanta–Rovaniemi", 1, "kpl", "1480", 10),
                ("Ruokailu, 38 henkilöä", 38, "hlö", "14.50", 14),
                ("Ohjelmapalvelu, elämyspuisto", 1, "kpl", "2350", 24),
            ],
            lang="fi",
            currency="EUR",
            layout="euro",
            ref="Kenneth Alatalo",
            pay=[("IBAN", "FI47 5741 3620 0158 44"), ("BIC", "OKOYFIHH"), ("Viitenumero", "11876 50024")],
        ),
        "Faktura 5512 Nordisk Ungdomsnetværk.pdf": Bill(
            "5512",
            "2023-10-12",
            "2023-11-11",
            "Nordisk Ungdomsnetværk ApS",
            ["Vesterbrogade 71, 1620 København V", "CVR-nr. 41 22 87 65"],
            EU_BUYER,
            [("Workshop 'Unge og bander' 2 dage", 2, "dag", "9500", 0), ("Forberedelse og materiale", 6, "time", "850", 0)],
            lang="da",
            currency="DKK",
            layout="euro",
            pay=[("IBAN", "DK50 0040 0440 1162 43"), ("SWIFT", "NDEADKKK")],
            notes=["Omvendt betalingspligt – køber afregner momsen (reverse charge, art. 196 momsdirektivet)."],
        ),
        "Faktura 80441 Nordkalotten Turbuss.pdf": Bill(
            "80441",
            "2023-06-28",
            "2023-07-12",
            "Nordkalotten Turbuss AS",
            ["Storgata 12, 9600 Hammerfest", "Org.nr. 917 552 043 MVA"],
            EU_BUYER,
            [("Persontransport Alta–Nordkapp", 1, "tur", "18400", 12), ("Inngang Nordkapphallen", 32, "stk", "310", 25)],
            lang="nb",
            currency="NOK",
            layout="euro",
            pay=[("Kontonr.", "4202 11 55871"), ("KID", "0804410002")],
        ),
        "Fattura 118-2023 Cooperativa Ponte.pdf": Bill(
            "118/2023",
            "2023-11-06",
            "2023-12-06",
            "Cooperativa Sociale Il Ponte",
            ["Via dei Mille 42, 40121 Bologna", "P.IVA IT03318871204"],
            EU_BUYER,
            [("Visita di studio, programma 2 giorni", 2, "gg", "1200", 22), ("Pranzi per 14 partecipanti", 28, "pz", "18.50", 10)],
            lang="it",
            currency="EUR",
            layout="euro",
            pay=[("IBAN", "IT60 X054 2811 1010 0000 0123 456")],
        ),
        "Invoice INV-2023-0412 Baltic Youth Labs.pdf": Bill(
            "INV-2023-0412",
            "2023-12-01",
            "2023-12-15",
            "Baltic Youth Labs OÜ",
            ["Telliskivi 60a, 10412 Tallinn, Estonia", "Reg. code 14822301", "VAT EE102288410"],
            EU_BUYER,
            [("Online mentoring platform, licence 12 months", 1, "pcs", "4800", 0), ("Onboarding session", 3, "h", "95", 0)],
            lang="en",
            currency="EUR",
            layout="euro",
            pay=[("IBAN", "EE38 2200 2210 2014 5685"), ("BIC", "HABAEE2X")],
            notes=["Reverse charge: VAT to be accounted for by the recipient (Article 196, Directive 2006/112/EC)."],
        ),
    }


@case
def invoices_norden():
    d = fresh("invoices-norden")
    files = {}
    for name, b in norden_bills().items():
        bill_pdf(d / name, [b])
        files[name] = b.gold()
    write_gold(
        d,
        files,
        "Five foreign invoices to a Swedish buyer in one European layout (supplier top right, ruled meta and line "
        "tables, a VAT table per rate): fi (EUR, 10/14/24 %, dates 3.7.2023), da (DKK, reverse charge, VAT 0), "
        "nb (NOK, 12 % + 25 %), it (EUR, 22 % + 10 %, number '118/2023', dates 06/11/2023), an Estonian "
        "supplier in English (EUR, reverse charge).",
    )


# ------------------------------------------------------------------------------------------
# 10. Photographed and faxed invoices: a phone photo (JPEG) of a boxed invoice at an angle with
#     uneven light; a fax-like 200 dpi black-and-white PNG of a plain invoice; a greyscale scan of
#     a credit note saved as a PDF, turned 90°.


def foto_bills() -> list[Bill]:
    buyer = ["Bergs kommun", "Socialtjänsten", "Box 3", "840 40 Svenstavik"]
    return [
        Bill(
            "44871",
            "2023-05-09",
            "2023-06-08",
            "Jämtlandsbygdens Café & Catering AB",
            ["Storgatan 2", "840 40 Svenstavik", "Tel 0687-102 30", "", "Org.nr 556733-9015", "F-skatt"],
            buyer,
            [("Lunch ungdomsforum 45 pers", 45, "st", "118", 12), ("Lokalhyra Folkets hus", 1, "st", "2400", 25)],
            org_no="556733-9015",
            layout="boxed",
            pay=[("Bankgiro", "660-3318"), ("OCR", "4487102")],
            rounding=True,
        ),
        Bill(
            "F-2023-220",
            "2023-10-02",
            "2023-11-01",
            "Storsjöbygdens Friluftsguider HB",
            ["Ängevägen 7, 836 93 Ås", "Org.nr 969781-4402  Godkänd för F-skatt"],
            buyer,
            [("Guidad fjälltur Helags 2 dagar", None, None, "14200", 25), ("Hyra utrustning", None, None, "3150", 25)],
            org_no="969781-4402",
            layout="plain",
            pay=[("Bankgiro", "5230-1170")],
        ),
        Bill(
            "44902",
            "2023-06-14",
            "2023-06-14",
            "Jämtlandsbygdens Café & Catering AB",
            ["Storgatan 2", "840 40 Svenstavik", "Tel 0687-102 30", "", "Org.nr 556733-9015", "F-skatt"],
            buyer,
            [("Kreditering 5 uteblivna luncher, faktura 44871", 5, "st", "118", 12)],
            org_no="556733-9015",
            credit=True,
            layout="boxed",
            pay=[("Bankgiro", "660-3318")],
        ),
    ]


def phone_photo(img, seed: int):
    """A phone photo on a desk: turned a few degrees, lit from one corner, slightly out of focus."""
    import random

    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    page = img.rotate(-4.5, resample=Image.BICUBIC, expand=True, fillcolor=70)
    w, h = page.size
    light = Image.radial_gradient("L").resize((w * 2, h * 2)).crop((0, 0, w, h)).point(lambda v: 255 - v // 4)
    light = light.filter(ImageFilter.GaussianBlur(25))  # no banding from the 8-bit gradient
    out = Image.composite(page, Image.new("L", (w, h), 20), light)
    out = out.point(lambda v: min(255, int(v * 0.9) + rnd.randrange(0, 8)))
    return out.filter(ImageFilter.GaussianBlur(0.8)).convert("RGB")


@case
def invoices_foto():
    import pypdfium2 as pdfium

    d = fresh("invoices-foto")
    photo_b, fax_b, credit_b = foto_bills()
    names = ["IMG_20230512_141233.jpg", "fax 2023-10-04 Friluftsguider.png", "Skanning kreditfaktura 44902.pdf"]

    def render(b: Bill, dpi: int):
        src = bill_pdf(TMP / f"foto-{b.number}.pdf", [b])
        doc = pdfium.PdfDocument(str(src))
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
        doc.close()
        return img

    phone_photo(render(photo_b, 150), 5).save(d / names[0], quality=70)
    fax = render(fax_b, 200).point(lambda p: 255 if p > 165 else 0).convert("1")
    fax.save(d / names[1], dpi=(200, 200))
    scan_pdf(bill_pdf(TMP / "foto-credit.pdf", [credit_b]), d / names[2], dpi=200, seed=3, skew=[0.4], quality=45, turns={1: 90})
    files = {n: dict(b.gold(), scanned=True) for n, b in zip(names, [photo_b, fax_b, credit_b], strict=True)}
    write_gold(
        d,
        files,
        "Images only: a tilted phone photo (JPEG, uneven light, blur) of a boxed invoice with öresavrundning "
        "(12 % + 25 %); a 200 dpi b/w fax PNG of an invoice with amount-only lines; a greyscale PDF scan of a "
        "credit note fed sideways (page turned 90°).",
    )


# ------------------------------------------------------------------------------------------
# 11. Kalmar bundle: one PDF holding the response ("Post N: title (48 250 SEK)"), two invoices
#     in this corpus' layouts, a participant list and a greyscale-scanned invoice, each attachment
#     stamped "Bilaga N".

KALMAR_ACTS = [
    Act("1", "Lovskola i Norrliden", D(48250), "disputes", ["unverifiable_costs"], ["1", "2"], needle="Post 1: Lovskola"),
    Act(
        "2", "Idrottsaktiviteter i Funkabo", D(35000), "accepts_partial", ["excessive_cost"], ["3"], repay=D(12000), needle="Post 2: Idrott"
    ),
    Act("3", "Trygghetsfrukostar med föräldrar", D(17640), "accepts_full", ["outside_grant_period"], ["4"], needle="Post 3: Trygghets"),
]
KALMAR_BUYER = ["Kalmar kommun", "Socialförvaltningen", "Ref. 5501", "391 81 Kalmar"]


def kalmar_bills() -> list[Bill]:
    return [
        Bill(
            "23088",
            "2023-07-31",
            "2023-08-30",
            "Kalmarsunds Lärcentrum AB",
            ["Ölandsgatan 5", "392 31 Kalmar", "Tel 0480-44 71 00", "", "Org.nr 559301-6624", "Godkänd för F-skatt"],
            KALMAR_BUYER,
            [("Lärare lovskola v. 27–30", 160, "tim", "162.50", 25)],
            org_no="559301-6624",
            layout="boxed",
            pay=[("Bankgiro", "5617-2209"), ("OCR", "2308800")],
        ),
        Bill(
            "1452",
            "2023-08-10",
            "2023-09-09",
            "Smålandskustens Resor AB",
            ["Järnvägsgatan 12, 392 32 Kalmar", "Org.nr 556520-1187  Innehar F-skattsedel"],
            KALMAR_BUYER,
            [("Utflykter lovskola, fyra resor", None, None, "17800", 25), ("Entréer Kalmar slott", None, None, "4450", 25)],
            org_no="556520-1187",
            layout="plain",
            pay=[("Bankgiro", "471-0088")],
        ),
        Bill(
            "24-0031",
            "2024-01-18",
            "2024-02-17",
            "Café Kvarnholmen HB",
            ["Kaggensgatan 20, 392 32 Kalmar", "Org.nr 969788-3310"],
            KALMAR_BUYER,
            [("Frukost föräldramöten hösten 2023", 150, "st", "105", 12)],
            org_no="969788-3310",
            layout="mono",
            pay=[("Bankgiro", "5880-1204")],
        ),
    ]


def kalmar_blocks() -> list:
    k = "sekonly"
    return [
        ("p", "Kalmar kommun | Socialförvaltningen | Dnr SN 2025/0210"),
        ("p", "Socialstyrelsen, Enheten för statsbidrag"),
        ("h1", "Kalmar kommuns yttrande över förslag till återkrav"),
        ("p", "Kalmar 2025-02-17"),
        (
            "p",
            "Socialstyrelsen föreslår att kommunen ska betala tillbaka "
            + m(100890, k)
            + " av statsbidraget för 2023. Kommunen har följande synpunkter per post. Underlagen är inskannade "
            "och bifogade i denna fil, numrerade som bilagor.",
        ),
        ("h2", "Post 1: Lovskola i Norrliden (" + m(48250, k) + ")"),
        (
            "p",
            "Socialstyrelsen framhåller att det inte framgår vilka kostnader lovskolan haft, eftersom fakturor inte "
            "bifogats redovisningen.",
        ),
        (
            "p",
            "Kostnaderna framgår av fakturorna från Kalmarsunds Lärcentrum (bilaga 1) och Smålandskustens Resor "
            "(bilaga 2), som tillsammans uppgår till redovisade "
            + m(48250, k)
            + " exklusive moms. Kommunen vidhåller att kostnaderna är styrkta och att inget ska återbetalas.",
        ),
        ("h2", "Post 2: Idrottsaktiviteter i Funkabo (" + m(35000, k) + ")"),
        ("p", "Socialstyrelsen anser att kostnaden per deltagare är för hög."),
        (
            "p",
            "Aktiviteterna hade 27 deltagare i genomsnitt per tillfälle enligt närvarolistan (bilaga 3). Kommunen kan "
            "acceptera ett återkrav om " + m(12000, k) + " för hyra av idrottshall som inte utnyttjades.",
        ),
        ("h2", "Post 3: Trygghetsfrukostar med föräldrar (" + m(17640, k) + ")"),
        ("p", "Socialstyrelsen konstaterar att fakturan är daterad i januari 2024, efter bidragsperioden."),
        ("p", "Återkravet accepteras. Fakturan bifogas som bilaga 4."),
        ("h2", "Bilagor i denna fil"),
        (
            "p",
            "Bilaga 1 Faktura 23088 Kalmarsunds Lärcentrum\nBilaga 2 Faktura 1452 Smålandskustens Resor\n"
            "Bilaga 3 Närvarolista Funkabo\nBilaga 4 Faktura 24-0031 Café Kvarnholmen",
        ),
        ("space", 10),
        ("p", "Johanna Wiklund\nsocialchef\n\nKontaktperson: Filip Ström, utvecklingsstrateg, 0480-45 02 77, filip.strom@kalmar.se"),
    ]


@case
def bundle_kalmar():
    d = fresh("bundle-kalmar")
    tmp = TMP / "kalmar"
    L = Ledger2()
    resp = render_pdf(tmp / "resp.pdf", kalmar_blocks(), L, Page(footer="{page}", size_pt=11, font="Times-Roman"))
    b1, b2, b3 = kalmar_bills()
    roll = render_pdf(
        tmp / "list.pdf",
        [
            ("h1", "Närvarolista idrottsaktiviteter Funkabo hösten 2023"),
            (
                "table",
                [["Datum", "Antal deltagare", "Ledare"]]
                + [[f"2023-09-{d2:02d}", str(n), "A. Said"] for d2, n in [(5, 24), (12, 29), (19, 31), (26, 24)]],
                dict(widths=[0.3, 0.3, 0.3]),
            ),
        ],
        Ledger(),
        Page(stamp="Bilaga 3"),
    )
    parts = [
        resp,
        bill_pdf(tmp / "b1.pdf", [b1], ["Bilaga 1"]),
        bill_pdf(tmp / "b2.pdf", [b2], ["Bilaga 2"]),
        roll,
        scan_pdf(bill_pdf(tmp / "b3.pdf", [b3], ["Bilaga 4"]), tmp / "b3s.pdf", dpi=150, seed=22, skew=[-0.8], quality=40, dust=200),
    ]
    name = "Kalmar yttrande inkl bilagor.pdf"
    spans = merge_pdfs(d / name, parts)
    key = [f"{name}#pages={a}-{b}" for a, b in spans]
    g = response_gold(resp, "Kalmar kommun", "2025-02-17", KALMAR_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": "23088"},
        {"attachment_id": "2", "activity_no": "1", "invoice_number": "1452"},
        {"attachment_id": "3", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "4", "activity_no": "3", "invoice_number": "24-0031"},
    ]
    g["attachment_files"] = {"1": key[1], "2": key[2], "3": key[3], "4": key[4]}
    g["activity_invoices"] = {"1": [{"invoice_number": "23088"}, {"invoice_number": "1452"}], "3": [{"invoice_number": "24-0031"}]}
    g["checks"] = []
    g["checks_allowed"] = [{"activity_no": "3", "check": "invoice_outside_period"}]
    g["people"] = [
        {"name": "Filip Ström", "role": "utvecklingsstrateg", "phone": "+46480450277", "email": "filip.strom@kalmar.se"},
        {"name": "Johanna Wiklund", "role": "socialchef"},
    ]
    g["quantities"] = [{"value": 27, "unit": "deltagare"}]
    files = {key[0]: g, key[1]: b1.gold(), key[2]: b2.gold(), key[4]: dict(b3.gold(), scanned=True)}
    write_gold(
        d,
        files,
        f"One PDF: response (pages {spans[0][0]}-{spans[0][1]}), a boxed invoice, a plain amount-only invoice, a "
        f"participant list (page {spans[3][0]}, only in attachment_files) and a greyscale-scanned typewriter "
        "invoice dated 2024 (the municipality accepts that reclaim); 'Post N: title (48 250 SEK)' headings; "
        "every attachment stamped 'Bilaga N'. Activity 1's invoice nets add up to its claim.",
    )


# ------------------------------------------------------------------------------------------
# 12. Sundsvall: a response filed through a municipality's e-service and printed from the browser
#     (HTML → headless chromium): one form per activity with field labels in a left column, the
#     position as ticked check boxes ("☒ Medger delvis"), amounts without thousands separators
#     ("56000 kr"), attachments as uploaded file names with ids "7.1"; one form with no box ticked.

SUNDSVALL_ACTS = [
    Act("2", "Läxhjälp på Skönsbergs bibliotek", D(31500), "accepts_full", ["ordinary_operations"], needle="Läxhjälp på Skönsbergs"),
    Act("5", "Kvällsfotboll i Nacksta", D(64800), "disputes", ["purpose_mismatch"], ["5.1", "5.2"], needle="Kvällsfotboll i Nacksta"),
    Act(
        "7",
        "Sommarjobb för unga i Skönsberg",
        D(112000),
        "accepts_partial",
        ["conditions_not_met"],
        ["7.1"],
        repay=D(14000),
        needle="Sommarjobb för unga",
    ),
    Act("8", "Föräldracafé på Bosvedjan", D(18750), "unclear", ["unverifiable_costs"], needle="Föräldracafé på Bosvedjan"),
]
SUNDSVALL_TEXT = {
    "2": (
        "Läxhjälpen bedrevs av skolans ordinarie personal och utgör ordinarie verksamhet.",
        "Kommunen delar Socialstyrelsens bedömning.",
        [],
    ),
    "5": (
        "Aktiviteten vänder sig till alla barn i kommunen och ligger inte inom bidragets syfte.",
        "Kvällsfotbollen hölls på Nacksta IP och riktade sig till unga i Nacksta och Skönsberg. Av 40 "
        "registrerade deltagare bodde 36 i områdena. Se deltagarstatistik och avtal med föreningen.",
        [("5.1", "deltagarstatistik_kvallsfotboll.pdf"), ("5.2", "avtal_Nacksta_IF.pdf")],
    ),
    "7": (
        "Villkoret att insatsen ska ha pågått under bidragsåret är inte uppfyllt för två av anställningarna.",
        "Två ungdomar anställdes i januari 2024 och kostnaden för dem, [[14000|plain]], återbetalas. Övriga 22 "
        "anställningar avsåg sommaren 2023.",
        [("7.1", "anstallningsavtal_sommarjobb_2023.pdf")],
    ),
    "8": (
        "Kostnaderna för caféverksamheten kan inte styrkas.",
        "Underlag efterfrågas från fritidsgården. Ställningstagande lämnas i en komplettering.",
        [],
    ),
}


def sundsvall_html(L: Ledger) -> str:
    from html import escape

    def f(s: str) -> str:
        return escape(L.fill(s))

    boxes = {"accepts_full": 0, "disputes": 1, "accepts_partial": 2, "unclear": None}
    forms = []
    for a in SUNDSVALL_ACTS:
        why, answer, files = SUNDSVALL_TEXT[a.no]
        ticked = boxes[a.position]
        choice = " ".join(("☒ " if i == ticked else "☐ ") + w for i, w in enumerate(["Medger", "Bestrider", "Medger delvis"]))
        granted = {"accepts_full": m(a.claimed, "plain"), "accepts_partial": m(a.repay or 0, "plain"), "disputes": m(0, "opt_plain")}
        rows = [
            ("Aktivitetens nummer i beslutet", escape(a.no)),
            ("Aktivitetens namn", escape(a.title)),
            ("Belopp som återkrävs", f(m(a.claimed, "plain"))),
            ("Socialstyrelsens skäl", escape(why)),
            ("Kommunens ställningstagande", escape(choice)),
            ("Belopp som kommunen medger", f(granted.get(a.position, "–"))),
            ("Motivering", f(answer)),
            ("Bifogade filer", "<br>".join(escape(f"Bilaga {i}: {n}") for i, n in files) or "–"),
        ]
        body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        forms.append(f'<section><h2>Aktivitet {a.no}</h2><table class="form">{body}</table></section>')
    total = sum((a.claimed for a in SUNDSVALL_ACTS), D(0))
    granted_total = D(31500) + D(14000)
    return f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Yttrande</title><style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 1.6cm 1.8cm; color: #222; }}
header {{ border-bottom: 3px solid #0a5c8a; padding-bottom: 6px; margin-bottom: 14px; }}
header .brand {{ font-size: 15pt; color: #0a5c8a; font-weight: bold; }}
.meta td {{ padding: 1px 12px 1px 0; font-size: 9.5pt; }}
h1 {{ font-size: 16pt; margin: 10px 0; }}
h2 {{ font-size: 11.5pt; background: #e8f1f7; padding: 4px 6px; margin: 16px 0 0 0; }}
section {{ page-break-inside: avoid; }}
table.form {{ border-collapse: collapse; width: 100%; }}
table.form th {{ text-align: left; vertical-align: top; width: 32%; font-weight: normal; color: #555;
  padding: 4px 6px; border-bottom: 1px solid #ddd; }}
table.form td {{ padding: 4px 6px; border-bottom: 1px solid #ddd; }}
footer {{ margin-top: 18px; font-size: 9pt; color: #555; }}
</style></head><body>
<header><div class="brand">Sundsvalls kommun</div><div>E-tjänst: Yttrande över återkrav av statsbidrag</div></header>
<table class="meta"><tr><td>Ärendenummer</td><td>SN-2025-00731</td></tr>
<tr><td>Inskickat</td><td>2025-02-19 14:32</td></tr>
<tr><td>Mottagare</td><td>Socialstyrelsen, enheten för statsbidrag</td></tr>
<tr><td>Avser</td><td>Preliminärt beslut om återkrav, statsbidrag 2023</td></tr></table>
<h1>Yttrande från Sundsvalls kommun</h1>
<p>{
        f(
            "Socialstyrelsen har aviserat återkrav om " + m(total, "plain") + " för fyra aktiviteter. Kommunens "
            "ställningstagande till varje aktivitet framgår av formulären nedan."
        )
    }</p>
{"".join(forms)}
<h2>Sammanfattning</h2>
<table class="form"><tr><th>Totalt återkrävt belopp</th><td>{f(m(total, "plain"))}</td></tr>
<tr><th>Belopp som kommunen medger</th><td>{f(m(granted_total, "plain"))}</td></tr></table>
<footer>Inskickat av: Elin Sjöberg, verksamhetsutvecklare, socialtjänsten<br>
E-post: elin.sjoberg@sundsvall.se · Telefon: 060-19 12 48<br>
Beslutat av: Anna Hellström, socialdirektör</footer>
</body></html>"""


@case
def html_sundsvall():
    d = OUT / "html-sundsvall"
    name = "Yttrande SN-2025-00731.pdf"
    L = Ledger2()
    html = sundsvall_html(L)
    if shutil.which("chromium") and (REBUILD_EXTERNAL or not (d / name).exists()):
        d = fresh("html-sundsvall")
        src = TMP / "sundsvall" / "yttrande.html"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(html, encoding="utf-8")
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
    g = response_gold(pdf, "Sundsvalls kommun", "2025-02-19", SUNDSVALL_ACTS, L, municipality="Sundsvall")
    g["attachments"] = [
        {"attachment_id": "5.1", "activity_no": "5", "invoice_number": None},
        {"attachment_id": "5.2", "activity_no": "5", "invoice_number": None},
        {"attachment_id": "7.1", "activity_no": "7", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Elin Sjöberg", "role": "verksamhetsutvecklare", "phone": "+4660191248", "email": "elin.sjoberg@sundsvall.se"},
        {"name": "Anna Hellström", "role": "socialdirektör"},
    ]
    g["quantities"] = [{"value": 40, "unit": "deltagare"}]
    write_gold(
        d,
        {name: g},
        "An e-service form printed by headless chromium: one form per activity (numbers 2, 5, 7, 8), field labels "
        "in a left column, the position as ticked check boxes (☒/☐; none ticked on activity 8: unclear), "
        "amounts without thousands separator ('64800 kr'), uploaded files listed as 'Bilaga 5.1: name.pdf'.",
    )


# ------------------------------------------------------------------------------------------
# 13. Göteborg: "Göteborgs Stad" (not "kommun"), a district committee, "Aktivitet nr 12 – title"
#     with large gapped numbers, the agency's assessment as an indented quotation, the committee's
#     comments without a position; the positions stated only in a closing table ("Medges",
#     "Bestrids", "Medges delvis (45 000 kr)"); no-break spaces in amounts; attachment ids "12:1"
#     carrying the activity number; "23:2" is listed but never referred to (unreferenced_attachment).

GOTEBORG_ACTS = [
    Act("12", "Fältteam i Angered centrum", D(238000), "disputes", ["exercise_of_authority"], ["12:1", "12:2"], needle="Aktivitet nr 12"),
    Act("14", "Sommarlovsaktiviteter Hammarkullen", D(57300), "accepts_full", ["unverifiable_costs"], needle="Aktivitet nr 14"),
    Act(
        "19",
        "Mentorskap för unga vuxna",
        D(146500),
        "accepts_partial",
        ["outside_grant_period"],
        ["19:1"],
        repay=D(45000),
        needle="Aktivitet nr 19",
    ),
    Act("23", "Trygghetsskapande belysning Gårdsten", D(92000), "disputes", ["purpose_mismatch"], ["23:1"], needle="Aktivitet nr 23"),
]


def goteborg_blocks() -> list:
    k = "kr"
    table = [["Akt. nr", "Återkrav", "Nämndens ställningstagande", "Att återbetala"]]
    stance = {"disputes": "Bestrids", "accepts_full": "Medges", "accepts_partial": "Medges delvis"}
    for a in GOTEBORG_ACTS:
        label = stance[a.position] + (f" ({m(a.repay, k)})" if a.position == "accepts_partial" else "")
        pay = D(a.repayment())
        table.append([a.no, m(a.claimed, k), label, m(pay, k if pay else "opt_" + k)])
    table.append(["Summa", m(533800, k), "", m(102300, k)])
    return [
        ("p", "GÖTEBORGS STAD\nSocialnämnden Nordost"),
        ("p", "Yttrande\nDatum 2025-03-06\nDiarienummer N131-0221/25"),
        ("p", "Till Socialstyrelsen"),
        ("h1", "Yttrande över Socialstyrelsens underrättelse om återkrav av statsbidrag för 2022"),
        (
            "p",
            "Socialnämnden Nordost har fått Socialstyrelsens underrättelse om att myndigheten överväger att återkräva "
            + m(533800, k)
            + " av stadens statsbidrag. Underrättelsen omfattar fyra av de tjugofem aktiviteter som staden redovisade. "
            "Nämnden kommenterar nedan varje aktivitet och sammanfattar sitt ställningstagande i tabellen sist i "
            "yttrandet.",
        ),
        ("h2", "Aktivitet nr 12 – Fältteam i Angered centrum"),
        (
            "p",
            "    »Fältteamets arbete består till stor del av utredning och uppföljning av enskilda ärenden, vilket "
            "utgör myndighetsutövning.« (Socialstyrelsens underrättelse, s. 4)",
        ),
        (
            "p",
            "Socialstyrelsen återkräver "
            + m(238000, k)
            + ". Fältteamet har arbetat uppsökande kvällar och helger och har inte haft delegation att fatta beslut "
            "i enskilda ärenden. Teamets uppdragsbeskrivning och verksamhetsrapport bifogas (bilaga 12:1 och 12:2).",
        ),
        ("h2", "Aktivitet nr 14 – Sommarlovsaktiviteter Hammarkullen"),
        ("p", "    »Kostnaderna kan inte verifieras mot bokföringen.« (s. 6)"),
        (
            "p",
            "Återkravet uppgår till "
            + m(57300, k)
            + ". Verifikationerna har gallrats i strid med stadens arkivregler och kan inte tas fram.",
        ),
        ("h2", "Aktivitet nr 19 – Mentorskap för unga vuxna"),
        ("p", "    »Mentorskapet startade först i mars 2023 och ligger utanför bidragsperioden.« (s. 7)"),
        (
            "p",
            "Återkravet uppgår till "
            + m(146500, k)
            + ". Mentorerna rekryterades och utbildades under hösten 2022 (bilaga 19:1); själva matchningen med "
            "deltagare startade i mars 2023. Kostnaden för perioden efter årsskiftet, " + m(45000, k) + ", hör till 2023.",
        ),
        ("h2", "Aktivitet nr 23 – Trygghetsskapande belysning Gårdsten"),
        ("p", "    »Belysning är en fysisk åtgärd som inte riktar sig till barn och unga.« (s. 9)"),
        (
            "p",
            "Socialstyrelsen återkräver "
            + m(92000, k)
            + ". Belysningen sattes upp längs skolvägen och gångstråket till fritidsgården efter samråd med "
            "elevrådet, se protokoll i bilaga 23:1.",
        ),
        ("h2", "Nämndens ställningstagande"),
        ("table", table, dict(widths=[0.14, 0.2, 0.42, 0.2], ruled=True, header=1, align_right=[1, 3], bold_last=True, shade=True)),
        ("h2", "Bilagor"),
        (
            "p",
            "12:1 Uppdragsbeskrivning fältteamet\n12:2 Verksamhetsrapport fältteamet 2022\n19:1 Utbildningsplan mentorer\n"
            "23:1 Protokoll elevrådet Gårdstensskolan\n23:2 Ritning belysning",
        ),
        ("space", 10),
        ("p", "Socialnämnden Nordost\n\nMaria Lindgren (V)\nordförande\n\nDaniel Persson\nsektorschef"),
    ]


@case
def prose_goteborg():
    d = fresh("prose-goteborg")
    L = Ledger2(nbsp=True)
    pdf = render_pdf(
        d / "N131-0221-25 Yttrande Socialnämnden Nordost.pdf",
        goteborg_blocks(),
        L,
        Page(footer="Göteborgs Stad, Socialnämnden Nordost   {page} ({pages})", size_pt=10.5),
    )
    g = response_gold(pdf, "Göteborgs Stad", "2025-03-06", GOTEBORG_ACTS, L, municipality="Göteborg")
    g["attachments"] = [
        {"attachment_id": i, "activity_no": i.split(":")[0], "invoice_number": None} for i in ["12:1", "12:2", "19:1", "23:1", "23:2"]
    ]
    g["activity_invoices"] = {}
    g["checks"] = [{"activity_no": "23", "check": "unreferenced_attachment"}]
    g["people"] = [{"name": "Maria Lindgren", "role": "ordförande", "party": "V"}, {"name": "Daniel Persson", "role": "sektorschef"}]
    write_gold(
        d,
        {pdf.name: g},
        "Göteborgs Stad (municipality Göteborg), 'Aktivitet nr 12 – title' with large gapped numbers, the agency's "
        "assessment quoted in »…«, comments without a position; positions only in the closing table "
        "('Bestrids', 'Medges', 'Medges delvis (45 000 kr)'); no-break spaces in amounts; ids '12:1' carry the "
        "activity number; '23:2' listed but never referenced (unreferenced_attachment).",
    )


# ------------------------------------------------------------------------------------------
# 14. Skellefteå: headings in capitals ("AKTIVITET 3 – FÖRENINGSBIDRAG …"), amounts as "98 500,-",
#     a table of grant payments to associations inside an activity (verification, paid, recipient,
#     purpose, amount) of which two lack documents and are repaid, "bil. nr 2" references.

SKELLEFTEA_ACTS = [
    Act("1", "Fritidsgårdsverksamhet i Moröbacke", D(76000), "disputes", ["purpose_mismatch"], ["1"], needle="AKTIVITET 1 –"),
    Act(
        "3",
        "Föreningsbidrag för trygghetsskapande aktiviteter",
        D(98500),
        "accepts_partial",
        ["unverifiable_costs"],
        ["2"],
        repay=D(36000),
        needle="AKTIVITET 3 –",
    ),
    Act("4", "Utbildning för fritidsledare", D(14200), "accepts_full", ["ordinary_operations"], needle="AKTIVITET 4 –"),
]
SKELLEFTEA_PAYMENTS = [
    ("Ver 22-1187", "2022-04-08", "Skellefteå AIK Ungdom", "Nattfotboll Anderstorp", D(22000)),
    ("Ver 22-1203", "2022-04-08", "Moröbacke BK", "Lovaktiviteter påsk", D(9500)),
    ("Ver 22-1560", "2022-06-15", "Kåge Innebandyklubb", "Sommarcamp", D(17000)),
    ("Ver 22-1561", "2022-06-15", "Sunnanå SK", "Prova-på-seglingar", D(14000)),
    ("Ver 22-2011", "2022-09-30", "Föreningen Unga Röster", "Skrivarverkstad", D(12500)),
    ("Ver 22-2019", "2022-09-30", "Ersmarks IK", "Höstlovsaktiviteter", D(23500)),
]


def skelleftea_blocks() -> list:
    k = "dash"
    rows = [["Verifikation", "Utbetald", "Mottagare", "Syfte", "Belopp"]]
    rows += [[ref, day, who, what, m(amt, k)] for ref, day, who, what, amt in SKELLEFTEA_PAYMENTS]
    rows.append(["", "", "", "Summa", m(sum((p[4] for p in SKELLEFTEA_PAYMENTS), D(0)), k)])
    return [
        ("p", "SKELLEFTEÅ KOMMUN\nSocialkontoret\n931 85 Skellefteå"),
        ("p", "2025-02-13\nDnr SN-2025/000044"),
        ("p", "Socialstyrelsen"),
        ("h1", "YTTRANDE ÖVER PRELIMINÄRT BESLUT OM ÅTERKRAV"),
        (
            "p",
            "Socialstyrelsen har i skrivelse den 16 januari 2025 meddelat att myndigheten avser att återkräva "
            + m(188700, k)
            + " av statsbidraget för 2022 avseende aktiviteterna 1, 3 och 4. Kommunen yttrar sig enligt nedan.",
        ),
        ("h2", "AKTIVITET 1 – FRITIDSGÅRDSVERKSAMHET I MORÖBACKE"),
        ("p", "Återkrävt belopp " + m(76000, k)),
        (
            "p",
            "Socialstyrelsen menar att fritidsgården vänder sig till alla ungdomar i kommunen och därför inte är "
            "förenlig med bidragets inriktning mot socialt utsatta områden.",
        ),
        (
            "p",
            "Fritidsgården ligger mitt i Moröbacke och 90 procent av besökarna bor i området, vilket framgår av "
            "besöksstatistiken (bil. nr 1). Kommunen anser därför att kostnaden inte ska återbetalas.",
        ),
        ("h2", "AKTIVITET 3 – FÖRENINGSBIDRAG FÖR TRYGGHETSSKAPANDE AKTIVITETER"),
        ("p", "Återkrävt belopp " + m(98500, k)),
        (
            "p",
            "Socialstyrelsen anser att det inte går att följa vilka föreningar som fått bidrag och för vilka "
            "aktiviteter. Kommunen redovisar därför utbetalningarna nedan.",
        ),
        ("table", rows, dict(widths=[0.17, 0.15, 0.28, 0.25, 0.15], ruled=False, header=1, align_right=[4], bold_last=True)),
        (
            "p",
            "Föreningarna Unga Röster och Ersmarks IK har inte lämnat in någon återrapportering. Kommunen "
            "återbetalar därför bidragen till dessa, sammanlagt " + m(36000, k) + ". Övriga föreningars återrapporter bifogas (bil. nr 2).",
        ),
        ("h2", "AKTIVITET 4 – UTBILDNING FÖR FRITIDSLEDARE"),
        ("p", "Återkrävt belopp " + m(14200, k)),
        ("p", "Socialstyrelsen bedömer utbildningen som ordinarie kompetensutveckling. Kommunen har inget att invända."),
        ("h2", "BILAGOR"),
        ("p", "Bil. nr 1 Besöksstatistik Moröbacke fritidsgård 2022\nBil. nr 2 Återrapporter från föreningar"),
        ("space", 10),
        ("p", "Ulrika Berglund\nIndividnämndens ordförande (C)"),
        ("p", "Handläggare: Simon Lundmark, 0910-73 50 21, simon.lundmark@skelleftea.se"),
    ]


@case
def prose_skelleftea():
    d = fresh("prose-skelleftea")
    L = Ledger2()
    pdf = render_pdf(
        d / "Yttrande SN-2025-000044.pdf",
        skelleftea_blocks(),
        L,
        Page(footer="{page} ({pages})", size_pt=10, letterhead=["Socialkontoret", "Individnämnden"]),
    )
    g = response_gold(pdf, "Skellefteå kommun", "2025-02-13", SKELLEFTEA_ACTS, L)
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "3", "invoice_number": None},
    ]
    g["grant_payments"] = [
        {"reference": ref, "payment_date": day, "recipient": who, "description": what, "amount_sek": f"{amt:.2f}"}
        for ref, day, who, what, amt in SKELLEFTEA_PAYMENTS
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [
        {"name": "Ulrika Berglund", "role": "ordförande", "party": "C"},
        {"name": "Simon Lundmark", "role": "handläggare", "phone": "+46910735021", "email": "simon.lundmark@skelleftea.se"},
    ]
    write_gold(
        d,
        {pdf.name: g},
        "Headings in capitals ('AKTIVITET 3 – FÖRENINGSBIDRAG …'; titles compare case-insensitively), amounts as "
        "'98 500,-', an unruled table of grant payments inside activity 3 (verification, paid, recipient, purpose, "
        "amount) whose sum equals the claim, two payments repaid ('sammanlagt 36 000,-'), refs 'bil. nr 2', party "
        "after the role '(C)'.",
    )


# ------------------------------------------------------------------------------------------
# 15. prose-vaxjo as the agency received it: the agency's registry stamp ("Inkom" with another date
#     and the agency's own file number) printed across the letterhead, punched holes in the
#     margin, 200 dpi greyscale, slight skew. The stamp's date is not the response's date.


def registry_stamp_pdf(path: Path) -> Path:
    """An A4 page holding only the receiving agency's rubber stamp, slightly turned."""
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    c.translate(w - 7.4 * cm, h - 4.0 * cm)
    c.rotate(4)
    c.setStrokeColor(colors.HexColor("#303030"))
    c.setFillColor(colors.HexColor("#303030"))
    c.setLineWidth(1.6)
    c.roundRect(0, 0, 5.6 * cm, 2.5 * cm, 6)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(2.8 * cm, 1.9 * cm, "SOCIALSTYRELSEN")
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(2.8 * cm, 1.15 * cm, "Inkom 2025-03-07")
    c.setFont("Helvetica", 9)
    c.drawCentredString(2.8 * cm, 0.45 * cm, "Dnr 9.1-40218/2024")
    c.showPage()
    c.save()
    return path


def received_scan(src: Path, dst: Path, dpi: int, seed: int, skew: list) -> Path:
    import random

    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw

    rnd = random.Random(seed)
    stamp_doc = pdfium.PdfDocument(str(registry_stamp_pdf(TMP / "registry-stamp.pdf")))
    stamp_img = stamp_doc[0].render(scale=dpi / 72).to_pil().convert("L")
    stamp_doc.close()
    doc = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        if i == 0:
            img = ImageChops.darker(img, stamp_img)
        draw = ImageDraw.Draw(img)
        r = int(0.3 * dpi / 2.54)  # punched holes 6 mm wide, 1.2 cm from the edge, 8 cm apart
        for cy in (img.height / 2 - 4 * dpi / 2.54, img.height / 2 + 4 * dpi / 2.54):
            cx = int(1.2 * dpi / 2.54)
            draw.ellipse((cx - r, int(cy) - r, cx + r, int(cy) + r), fill=35)
        for _ in range(300):
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            draw.point((x, y), fill=rnd.randrange(40, 140))
        pages.append(img.rotate(skew[i % len(skew)], resample=Image.BICUBIC, fillcolor=250))
    doc.close()
    import time

    fixed = time.gmtime(1741339200)
    pages[0].save(dst, resolution=dpi, save_all=True, append_images=pages[1:], quality=38, creationDate=fixed, modDate=fixed)
    return dst


@case
def scan_vaxjo():
    import json

    src = OUT / "prose-vaxjo" / "Yttrande Växjö 2025-03-04.pdf"
    if not src.exists():
        prose_vaxjo()
    d = fresh("scan-vaxjo")
    name = "Växjö yttrande inkommen handling.pdf"
    received_scan(src, d / name, dpi=200, seed=44, skew=[0.5, -0.3, 0.8])
    g = json.loads((OUT / "prose-vaxjo" / "gold.json").read_text(encoding="utf-8"))["files"][src.name]
    g.pop("attachment_files", None)  # the invoice file is not in this folder; the list still names its number
    g["scanned"] = True
    write_gold(
        d,
        {name: g},
        "prose-vaxjo as received by the agency: its registry stamp across the letterhead ('Inkom 2025-03-07', the "
        "agency's Dnr - neither is the response's date or number), punched holes, 200 dpi greyscale JPEG, skew.",
    )


# ------------------------------------------------------------------------------------------
# 16. Invoices that run over pages or name things their own way: a two-page equipment invoice
#     whose line table is carried over ("Summa att transportera" / "Transport från sida 1"), the
#     totals on page 2; an invoice whose number is also its payment reference ("Fakturanr/OCR"),
#     typewriter layout.

LONG_ITEMS = [
    ("Fotboll strl 5 match", 20, "st", "289"),
    ("Fotboll strl 4 träning", 20, "st", "179"),
    ("Basketboll strl 7", 12, "st", "349"),
    ("Innebandyklubba 87 cm", 30, "st", "219"),
    ("Innebandyboll IFF-godkänd", 50, "st", "19"),
    ("Västar numrerade, set om 10", 6, "set", "495"),
    ("Koner 23 cm", 40, "st", "29"),
    ("Markeringsplattor, set om 20", 4, "set", "249"),
    ("Hopprep justerbart", 25, "st", "59"),
    ("Frisbee 175 g", 20, "st", "129"),
    ("Discgolfkorg portabel", 3, "st", "2490"),
    ("Discgolfdisc putter", 30, "st", "149"),
    ("Boulespel 6 klot", 4, "set", "399"),
    ("Kubbspel björk", 4, "set", "449"),
    ("Badmintonset 4 racketar", 6, "set", "599"),
    ("Badmintonnät utomhus", 2, "st", "899"),
    ("Volleyboll beach", 8, "st", "299"),
    ("Volleybollnät 9,5 m", 2, "st", "1290"),
    ("Pingisracket", 16, "st", "169"),
    ("Pingisbollar 3-stjärniga, 72 st", 2, "kart", "469"),
    ("Förvaringsbox plast 120 l", 6, "st", "329"),
    ("Bollnät för 10 bollar", 10, "st", "79"),
    ("Pump med nål", 4, "st", "139"),
    ("Första hjälpen-väska", 2, "st", "645"),
    ("Visselpipa med band", 10, "st", "35"),
    ("Tidtagarur", 4, "st", "189"),
    ("Sittunderlag skum", 30, "st", "49"),
    ("Vattenflaska 0,75 l", 40, "st", "39"),
    ("Frakt till Råslätt fritidsgård", 1, "st", "1450"),
    ("Montering discgolfkorgar", 3, "tim", "650"),
]


def long_bill() -> Bill:
    return Bill(
        "900412",
        "2023-05-22",
        "2023-06-21",
        "Sportgrossisten Norden AB",
        ["Lagervägen 9, 553 03 Jönköping", "Org.nr 556244-7810 · Godkänd för F-skatt"],
        ["Jönköpings kommun", "Fritid Jönköping", "Ref. 77031 Råslätt", "551 89 Jönköping"],
        [(d, q, u, p, 25) for d, q, u, p in LONG_ITEMS],
        org_no="556244-7810",
        layout="plain",
        pay=[("Bankgiro", "5311-4470"), ("OCR", "90041274")],
    )


def draw_long_bill(c, b: Bill, first_page_lines: int) -> None:
    """The invoice over two pages: the line table carried from page 1 to page 2, totals last."""
    L = B_LABELS[b.lang]
    w, h = A4
    x0, right = 2 * cm, w - 2 * cm
    rows = [(d, q, u, p, b.line_amount(q, p)) for d, q, u, p, _ in b.lines]

    def head(page: int) -> float:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0, h - 2 * cm, f"{b.supplier}")
        c.setFont("Helvetica", 9)
        c.drawRightString(right, h - 2 * cm, f"FAKTURA {b.number}   Sida {page} (2)")
        return h - 3 * cm

    def columns(y: float) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        for x, text, align in [(x0, L["desc"], "l"), (12 * cm, L["qty"], "r"), (13.6 * cm, L["unit"], "l"), (16 * cm, "À-pris", "r")]:
            (c.drawString if align == "l" else c.drawRightString)(x, y, text)
        c.drawRightString(right, y, L["amount"])
        c.line(x0, y - 3, right, y - 3)
        return y - 14

    def line(y: float, row) -> float:
        d, q, u, p, amt = row
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, y, d)
        c.drawRightString(12 * cm, y, str(q))
        c.drawString(13.6 * cm, y, u)
        c.drawRightString(16 * cm, y, bnum(D(p), "sv"))
        c.drawRightString(right, y, bnum(amt, "sv"))
        return y - 12.5

    y = head(1)
    c.setFont("Helvetica", 9)
    for i, ln in enumerate(b.supplier_lines + [""] + [f"{L['no']}: {b.number}", f"{L['date']}: {b.date}", f"{L['due']}: {b.due}"]):
        c.drawString(x0, y - i * 11, ln)
    for i, ln in enumerate(b.buyer_lines):
        c.drawString(12 * cm, y - i * 11, ln)
    y = columns(y - 7 * 11 - 20)
    for row in rows[:first_page_lines]:
        y = line(y, row)
    carried = sum((r[4] for r in rows[:first_page_lines]), Decimal(0))
    c.setFont("Helvetica-Bold", 9)
    c.drawString(12 * cm, y - 6, "Summa att transportera")
    c.drawRightString(right, y - 6, bnum(carried, "sv"))
    c.showPage()
    y = columns(head(2))
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0, y, "Transport från sida 1")
    c.drawRightString(right, y, bnum(carried, "sv"))
    y -= 14
    for row in rows[first_page_lines:]:
        y = line(y, row)
    y -= 16
    for i, (k, v) in enumerate(_summary(b, L)):
        c.setFont("Helvetica-Bold" if i == len(_summary(b, L)) - 1 else "Helvetica", 9.5)
        c.drawString(12 * cm, y - i * 13, k)
        c.drawRightString(right, y - i * 13, bnum(v, "sv") + " kr")
    c.setFont("Helvetica", 8)
    c.drawString(x0, 2.2 * cm, "   ".join(f"{k}: {v}" for k, v in b.pay))
    c.showPage()


def ocr_number_bill() -> Bill:
    return Bill(
        "4400128357",
        "2023-03-31",
        "2023-04-30",
        "Vätterbygdens Konferens & Kurs AB",
        ["Hamnpiren 1, 553 20 Jönköping", "Org.nr 559155-0306", "Innehar F-skattsedel"],
        ["Jönköpings kommun", "Socialförvaltningen", "Ref. 77031", "551 89 Jönköping"],
        [("Temadag för föräldrar, lokal och fika", 1, "st", "3500", 25)],
        org_no="559155-0306",
        layout="mono",
        labels={"no": "Fakturanr/OCR", "total": "Att betala"},
        pay=[("Betalningsmottagare: Bankgiro", "5050-1055"), ("OBS", "Ange fakturanr/OCR vid betalning")],
    )


@case
def invoices_flersidig():
    from reportlab.pdfgen.canvas import Canvas

    d = fresh("invoices-flersidig")
    long_b = long_bill()
    name = "Faktura 900412 Sportgrossisten.pdf"
    c = Canvas(str(d / name), pagesize=A4, invariant=1)
    draw_long_bill(c, long_b, first_page_lines=18)
    c.save()
    ocr_b = ocr_number_bill()
    bill_pdf(d / "Faktura Vätterbygdens Konferens.pdf", [ocr_b])
    files = {name: long_b.gold(), "Faktura Vätterbygdens Konferens.pdf": ocr_b.gold()}
    write_gold(
        d,
        files,
        "A two-page invoice: 30 lines, 'Summa att transportera' at the foot of page 1 and 'Transport från sida 1' "
        "at the head of page 2 (neither is a line), the totals on page 2; an invoice whose number is also its "
        "payment reference ('Fakturanr/OCR: 4400128357'), typewriter layout.",
    )


# ------------------------------------------------------------------------------------------
# 17. E-invoices: PDFs carrying a Factur-X / ZUGFeRD (EN 16931, CII) XML that agrees with the
#     printed page: a German supplier (19 % + 7 %) and a French one (20 % + 5,5 %).

B_LABELS["de"] = dict(
    title="RECHNUNG",
    credit="GUTSCHRIFT",
    no="Rechnungs-Nr.",
    date="Rechnungsdatum",
    due="Zahlbar bis",
    ref="Ihr Zeichen",
    desc="Leistung",
    qty="Menge",
    unit="ME",
    price="Einzelpreis",
    vatp="USt %",
    amount="Gesamt",
    net="Summe netto",
    vat="USt.",
    total="Rechnungsbetrag",
    base="Bemessungsgrundlage",
    buyer="Rechnungsempfänger",
)
B_LABELS["fr"] = dict(
    title="FACTURE",
    credit="AVOIR",
    no="N° de facture",
    date="Date",
    due="Échéance",
    ref="Votre référence",
    desc="Désignation",
    qty="Qté",
    unit="U",
    price="PU HT",
    vatp="TVA %",
    amount="Total HT",
    net="Total HT",
    vat="TVA",
    total="Total TTC",
    base="Base HT",
    buyer="Client",
)
NUMFMT["de"] = (".", ",")
NUMFMT["fr"] = (" ", ",")


def cii_xml(b: Bill, seller_vat: str) -> bytes:
    """The Cross Industry Invoice (EN 16931 profile) that matches the printed invoice."""
    from xml.sax.saxutils import escape as x

    per_rate, vat, net, total, _ = b.amounts()

    def day(iso: str) -> str:
        return f'<udt:DateTimeString format="102">{iso.replace("-", "")}</udt:DateTimeString>'

    lines = "".join(
        f"<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>{i}</ram:LineID>"
        f"</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>{x(d)}</ram:Name></ram:SpecifiedTradeProduct>"
        f"<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>{D(p):.2f}</ram:ChargeAmount>"
        f"</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>"
        f'<ram:BilledQuantity unitCode="C62">{D(q):f}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>'
        f"<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S"
        f"</ram:CategoryCode><ram:RateApplicablePercent>{D(r):f}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
        f"<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{b.line_amount(q, p):.2f}</ram:LineTotalAmount>"
        f"</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
        for i, (d, q, _, p, r) in enumerate(b.lines, 1)
    )
    taxes = "".join(
        f"<ram:ApplicableTradeTax><ram:CalculatedAmount>{vat[r]:.2f}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>"
        f"<ram:BasisAmount>{per_rate[r]:.2f}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode>"
        f"<ram:RateApplicablePercent>{r:f}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
        for r in sorted(per_rate)
    )
    tax_total = sum(vat.values(), Decimal(0))
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
        'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
        'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">'
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID>"
        "</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>"
        f"<rsm:ExchangedDocument><ram:ID>{x(b.number)}</ram:ID><ram:TypeCode>380</ram:TypeCode>"
        f"<ram:IssueDateTime>{day(b.date)}</ram:IssueDateTime></rsm:ExchangedDocument>"
        f"<rsm:SupplyChainTradeTransaction>{lines}"
        f"<ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>{x(b.ref or b.buyer_lines[0])}</ram:BuyerReference>"
        f"<ram:SellerTradeParty><ram:Name>{x(b.supplier)}</ram:Name><ram:PostalTradeAddress><ram:CountryID>{seller_vat[:2]}"
        f'</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">{seller_vat}</ram:ID>'
        f"</ram:SpecifiedTaxRegistration></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>{x(b.buyer_lines[0])}</ram:Name>"
        "<ram:PostalTradeAddress><ram:CountryID>SE</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>"
        "</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>"
        f"<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{b.currency}</ram:InvoiceCurrencyCode>{taxes}"
        f"<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>{day(b.due)}</ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>"
        f"<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>{net:.2f}</ram:LineTotalAmount>"
        f"<ram:TaxBasisTotalAmount>{net:.2f}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{b.currency}">{tax_total:.2f}</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>{total:.2f}</ram:GrandTotalAmount><ram:DuePayableAmount>{total:.2f}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>"
        "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>"
    )
    return xml.encode("utf-8")


def einvoice_bills() -> list[tuple[Bill, str]]:
    buyer = ["Trollhättans Stad", "Socialförvaltningen", "461 83 Trollhättan", "SCHWEDEN"]
    return [
        (
            Bill(
                "RE-2023-0877",
                "2023-10-20",
                "2023-11-19",
                "Jugendbildungswerk Nord gGmbH",
                ["Am Sandtorkai 12, 20457 Hamburg", "USt-IdNr. DE298871004", "Amtsgericht Hamburg HRB 160233"],
                buyer,
                [("Fachtag Gewaltprävention, Teilnahmegebühr", 6, "Pers.", "240", 19), ("Tagungsverpflegung", 12, "Pers.", "32.50", 7)],
                lang="de",
                currency="EUR",
                layout="euro",
                ref="SOC-4471",
                pay=[("IBAN", "DE89 3704 0044 0532 0130 00"), ("BIC", "COBADEFFXXX")],
                notes=["Diese Rechnung enthält eine strukturierte E-Rechnung (ZUGFeRD / Factur-X, Profil EN 16931)."],
            ),
            "DE298871004",
        ),
        (
            Bill(
                "FA23-1102",
                "2023-11-14",
                "2023-12-14",
                "Association Prévention Jeunesse Lyon",
                ["12 rue de la République, 69002 Lyon", "N° TVA FR41 812 447 903", "SIRET 812 447 903 00021"],
                buyer,
                [("Formation médiateurs, 2 jours", 2, "j", "1150", 20), ("Documentation pédagogique", 14, "ex.", "18.90", 5.5)],
                lang="fr",
                currency="EUR",
                layout="euro",
                pay=[("IBAN", "FR76 3000 6000 0112 3456 7890 189"), ("BIC", "AGRIFRPP")],
                notes=["Facture électronique Factur-X (profil EN 16931) jointe."],
            ),
            "FR41812447903",
        ),
    ]


@case
def invoices_efaktura():
    from facturx import generate_from_binary

    d = OUT / "invoices-efaktura"
    d.mkdir(parents=True, exist_ok=True)
    files = {}
    for b, seller_vat in einvoice_bills():
        name = f"{b.number} {b.supplier.split()[0]}.pdf"
        files[name] = dict(b.gold(), einvoice=True)
        if (d / name).exists() and not REBUILD_EXTERNAL:  # factur-x stamps the time into the XMP metadata
            continue
        printed = bill_pdf(TMP / "efaktura" / name, [b]).read_bytes()
        meta = {"author": b.supplier, "keywords": "Factur-X", "title": f"{b.number}", "subject": "Invoice"}
        pdf = generate_from_binary(printed, cii_xml(b, seller_vat), flavor="factur-x", level="en16931", check_xsd=True, pdf_metadata=meta)
        (d / name).write_bytes(pdf)
    write_gold(
        d,
        files,
        "PDF invoices carrying a Factur-X / ZUGFeRD XML (CII, EN 16931) that agrees with the printed page: German "
        "(EUR, 19 % + 7 %) and French (EUR, 20 % + 5,5 %), both to a Swedish buyer.",
    )


# ------------------------------------------------------------------------------------------
# 18. Kristianstad: two activities answered jointly under one heading ("Aktivitet 4 och 5"), with
#     each one's title and amount on its own line; "Kommunen har inga invändningar mot återkravet"
#     (accepts), "återbetalar hälften, det vill säga 15 000 kr" (partial); a footer with the print
#     date, which is not the response's date; attachment range "bilaga 1–2".

KRISTIANSTAD_ACTS = [
    Act("1", "Öppen fritidsverksamhet Gamlegården", D(120000), "disputes", ["purpose_mismatch"], ["1", "2"], needle="Aktivitet 1 Öppen"),
    Act("2", "Lovaktiviteter Charlottesborg", D(45600), "accepts_full", ["unverifiable_costs"], needle="Aktivitet 2 Lov"),
    Act("3", "Föräldraträffar med tolk", D(30000), "accepts_partial", ["excessive_cost"], repay=D(15000), needle="Aktivitet 3 Föräldra"),
    Act("4", "Sommarkollo Åhus", D(38000), "disputes", ["outside_grant_period"], needle="Aktivitet 4 Sommarkollo"),
    Act("5", "Höstkollo Åhus", D(22000), "disputes", ["outside_grant_period"], needle="Aktivitet 5 Höstkollo"),
]


def kristianstad_blocks() -> list:
    k = "kr"
    return [
        ("p", "Kristianstads kommun\nArbete och välfärd"),
        ("p", "Socialstyrelsen\nEnheten för statsbidrag"),
        ("p", "Kristianstad 2025-02-27"),
        ("h1", "Synpunkter på Socialstyrelsens preliminära beslut om återkrav"),
        (
            "p",
            "Kommunen har fått möjlighet att lämna synpunkter på det preliminära beslutet att återkräva "
            + m(255600, k)
            + " av statsbidraget för 2023. Kommunen lämnar följande synpunkter.",
        ),
        ("h2", "Aktivitet 1 Öppen fritidsverksamhet Gamlegården – " + m(120000, k)),
        (
            "p",
            "Socialstyrelsen anser att den öppna fritidsverksamheten riktar sig till alla barn och unga i kommunen och "
            "inte särskilt till området. Verksamheten ligger i Gamlegårdens centrum och besöks nästan uteslutande "
            "av barn från området, se bilaga 1–2. Kommunen bestrider återkravet.",
        ),
        ("h2", "Aktivitet 2 Lovaktiviteter Charlottesborg – " + m(45600, k)),
        (
            "p",
            "Enligt Socialstyrelsen saknas underlag för kostnaderna. Kommunen har inga invändningar mot återkravet.",
        ),
        ("h2", "Aktivitet 3 Föräldraträffar med tolk – " + m(30000, k)),
        (
            "p",
            "Socialstyrelsen bedömer att tolkkostnaden är orimligt hög. Kommunen konstaterar att tolk beställdes till "
            "träffar som sedan ställdes in och återbetalar hälften, det vill säga " + m(15000, k) + ".",
        ),
        ("h2", "Aktivitet 4 och 5"),
        ("p", "Aktivitet 4 Sommarkollo Åhus – " + m(38000, k) + "\nAktivitet 5 Höstkollo Åhus – " + m(22000, k)),
        (
            "p",
            "Socialstyrelsen anser att båda kolloverksamheterna genomfördes efter bidragsperioden. Kommunen svarar på "
            "aktiviteterna gemensamt: kollona genomfördes 10–14 juli respektive 30 oktober–3 november 2023, alltså "
            "inom bidragsåret. Kommunen bestrider återkraven för båda aktiviteterna.",
        ),
        ("h2", "Bilagor"),
        ("p", "1. Besöksstatistik Gamlegårdens fritidsgård\n2. Karta över upptagningsområdet"),
        ("space", 12),
        ("p", "Med vänliga hälsningar\n\nKarolina Bengtsson\nförvaltningschef, Arbete och välfärd"),
    ]


@case
def prose_kristianstad():
    d = fresh("prose-kristianstad")
    L = Ledger2()
    pdf = render_pdf(
        d / "Kristianstad synpunkter återkrav.pdf",
        kristianstad_blocks(),
        L,
        Page(font="Times-Roman", size_pt=12, footer="Utskriftsdatum 2025-03-03   Sida {page}"),
    )
    g = response_gold(pdf, "Kristianstads kommun", "2025-02-27", KRISTIANSTAD_ACTS, L, municipality="Kristianstad")
    g["attachments"] = [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "1", "invoice_number": None},
    ]
    g["activity_invoices"] = {}
    g["checks"] = []
    g["people"] = [{"name": "Karolina Bengtsson", "role": "förvaltningschef"}]
    write_gold(
        d,
        {pdf.name: g},
        "Activities 4 and 5 answered jointly under 'Aktivitet 4 och 5' with each one's title and amount on its own "
        "line; 'inga invändningar mot återkravet' (accepts), 'återbetalar hälften, det vill säga 15 000 kr' "
        "(partial); a footer print date (2025-03-03) that is not the response's date; range 'bilaga 1–2'.",
    )


@case
def scan_bundle_kalmar():
    """bundle-kalmar fed through an office scanner as one batch: every page an image (200 dpi
    greyscale, skew varying page by page, the participant list upside down)."""
    import json

    src_name = "Kalmar yttrande inkl bilagor.pdf"
    src = OUT / "bundle-kalmar" / src_name
    if not src.exists():
        bundle_kalmar()
    d = fresh("scan-bundle-kalmar")
    name = "Skanner batch 2025-02-18 0931.pdf"
    scan_pdf(src, d / name, dpi=200, seed=93, skew=[0.6, -0.9, 0.3, -0.4, 1.1], quality=38, dust=250, upside_down=(4,))
    gold = json.loads((OUT / "bundle-kalmar" / "gold.json").read_text(encoding="utf-8"))["files"]
    files = {}
    for key, g in gold.items():
        g = dict(g, scanned=True)
        if "attachment_files" in g:
            g["attachment_files"] = {k: v.replace(src_name, name) for k, v in g["attachment_files"].items()}
        files[key.replace(src_name, name)] = g
    write_gold(
        d,
        files,
        "bundle-kalmar scanned as one batch: image-only PDF, 200 dpi greyscale, skew -0.9° to +1.1°, the "
        "participant list (page 4) upside down; the parts must be found from OCR text and the 'Bilaga N' stamps.",
    )


def main(argv: list[str]) -> None:
    for name in argv or list(CASES):
        CASES[name]()
        print("built", name)


if __name__ == "__main__":
    main(sys.argv[1:])
