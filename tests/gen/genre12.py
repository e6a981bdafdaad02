"""Twelfth genre corpus (blind-made, held out): responses to Socialstyrelsen's preliminary reclaim
decisions in ordinary municipal house styles none of genre … genre11 has, a scan of one of them,
and invoices in four new forms.

    /work/main/.venv/bin/python tests/gen/genre12.py [case ...]

Everything is invented (municipality names are real, in Norrland and Svealand, and unused in the
other corpora). Built without running granttrail; gold from the generator's own data, pages looked
up in the finished PDFs (pypdfium2). The reportlab files and the scan are deterministic; the case
made with LibreOffice (word-sundbyberg) is rebuilt only with GENRE_REBUILD_EXTERNAL=1 or when its
PDF is missing, and its gold is always recomputed from the committed PDF.
"""

from __future__ import annotations

import os
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genre_kit  # noqa: E402
from genre2 import response_gold  # noqa: E402
from genre9 import att_gold  # noqa: E402
from genre_kit import (  # noqa: E402
    Act,
    D,
    Ledger,
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
OUT = ROOT / "tests" / "data" / "genre12"
_CASES = genre_kit.Cases(OUT)
CASES = _CASES.by_name
case = _CASES.case
REBUILD_EXTERNAL = os.environ.get("GENRE_REBUILD_EXTERNAL") == "1"
TMP = Path("/tmp/genre12-build")
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-genre12"


class Ledger12(Ledger):
    """The kit's ledger with this corpus' amount formats."""

    def fmt(self, v: Decimal, style: str) -> str:
        s = self.sep
        own = {
            "krdec": f"{group(v, s, 'always')} kr",  # 45 000,00 kr
            "dotkr": f"{group(v, '.')} kr",  # 45.000 kr
            "sekdot": f"SEK {group(v, '.', 'always')}",  # SEK 45.000,00
            "krcolon": f"{group(v, s)}:-",
            "bare2": group(v, s, "always"),
            "kr_": f"kr {group(v, s)}",
        }
        return own[style] if style in own else super().fmt(v, style)


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    for n in names:
        CASES[n]()
        print("built", n)


def people(*rows) -> list[dict]:
    out = []
    for name, role, phone, email in rows:
        p = {"name": name, "role": role}
        if phone:
            p["phone"] = phone
        if email:
            p["email"] = email
        out.append(p)
    return out


# ------------------------------------------------------------------------------------------
# 1. Kristinehamn: a municipal letter template (logo block top left, "Sida 1 (3)" top right, a
#    ruled reference block Datum / Vår referens / Er referens / Diarienummer, a four-column footer
#    with postal and visiting address, switchboard, org.nr and bankgiro). Word-like "Rubrik 2"
#    headings in blue. The answer comes FIRST under each heading ("Kommunens svar: …"), the
#    agency's assessment and the reasoning after it.


def kristinehamn_page(canvas, doc):
    w, h = A4
    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.rect(2.2 * cm, h - 2.05 * cm, 0.5 * cm, 0.5 * cm, fill=1, stroke=0)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(2.9 * cm, h - 1.95 * cm, "KRISTINEHAMNS KOMMUN")
    canvas.setFont("Helvetica", 8.5)
    canvas.setFillColor(colors.black)
    canvas.drawString(2.9 * cm, h - 2.35 * cm, "Vård- och omsorgsförvaltningen")
    canvas.drawRightString(w - 2.2 * cm, h - 1.95 * cm, f"Sida {doc.page} ({doc._g12_total or '?'})")  # noqa: SLF001
    canvas.setStrokeColor(colors.HexColor("#1f4e79"))
    canvas.setLineWidth(0.6)
    canvas.line(2.2 * cm, 2.25 * cm, w - 2.2 * cm, 2.25 * cm)
    cols = [
        ("Postadress", "Kristinehamns kommun", "681 84 Kristinehamn"),
        ("Besöksadress", "Kungsgatan 30", "Stadshuset"),
        ("Telefon / e-post", "0550-880 00 (växel)", "kommun@kristinehamn.se"),
        ("Org.nr / Bankgiro", "212000-1850", "Bg 5127-3308"),
    ]
    x = 2.2 * cm
    for head, a, b in cols:
        canvas.setFont("Helvetica-Bold", 6.8)
        canvas.drawString(x, 1.9 * cm, head)
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(x, 1.6 * cm, a)
        canvas.drawString(x, 1.3 * cm, b)
        x += 4.2 * cm


def _two_pass(path, blocks, ledger, page, total_attr="_g12_total"):
    """render_pdf with a page total the on_page function can print ('Sida 1 (3)')."""
    import genre_kit as gk

    orig = gk._template
    total = [0]

    def tmpl(buf, pg, tot):
        doc = orig(buf, pg, tot)
        setattr(doc, total_attr, total[0] or None)
        return doc

    gk._template = tmpl
    try:
        render_pdf(path, blocks, Ledger12(), page)  # probe pass for the page count
        total[0] = len(page_texts(path))
        render_pdf(path, blocks, ledger, page)
    finally:
        gk._template = orig
    return path


@case
def prose_kristinehamn():
    d = _CASES.fresh("prose-kristinehamn")
    acts = [
        Act("2", "Familjecentral i Presterud", D(86400), "disputes", ["ordinary_operations"], ["1"], needle="Aktivitet 2: Familjecentral"),
        Act("3", "Läxhjälp på biblioteket i Vålberg", D(24750), "accepts_full", ["unverifiable_costs"], needle="Aktivitet 3: Läxhjälp"),
        Act(
            "5",
            "Sommarlovsaktiviteter för barn 7–12 år",
            D(131200),
            "accepts_partial",
            ["description_mismatch", "outside_grant_period"],
            ["2", "3"],
            repay=D(38600),
            needle="Aktivitet 5: Sommarlovsaktiviteter",
        ),
        Act("6", "Brobyggare med arabiska och dari", D(57000), "disputes", ["exercise_of_authority"], ["4"], needle="Aktivitet 6: Brobyggare"),
        Act("8", "Utbildning i våldsprevention för personal", D(19900), "accepts_full", ["ordinary_operations"], needle="Aktivitet 8: Utbildning"),
    ]
    lg = Ledger12()
    total_claim = sum(a.claimed for a in acts)
    total_repay = D(24750) + D(38600) + D(19900)
    ref = [
        ["Datum", "Vår referens", "Er referens", "Diarienummer"],
        ["2025-02-20", "Maria Ekström", "Dnr 9.1-38804/2024", "VON 2024/0217"],
    ]
    blocks = [
        ("table", ref, dict(widths=[0.2, 0.26, 0.28, 0.26], ruled=True, header=1)),
        ("space", 6),
        ("p", "Socialstyrelsen\nAvdelningen för statsbidrag\n106 30 Stockholm"),
        ("space", 8),
        ("h2", "Yttrande över preliminärt beslut om återbetalning av statsbidrag till kommuner med utsatta områden 2021–2023"),
        (
            "p",
            "Kristinehamns kommun har tagit del av Socialstyrelsens preliminära beslut och lämnar härmed sitt yttrande. "
            f"Det preliminära beslutet omfattar fem aktiviteter och sammanlagt {m(total_claim, 'kronor')}. Nedan redovisas "
            "kommunens svar för varje aktivitet i den ordning de förekommer i beslutet. Svaret står först; därefter följer "
            "en kort sammanfattning av Socialstyrelsens bedömning och kommunens motivering.",
        ),
        ("h2", "Aktivitet 2: Familjecentral i Presterud"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(86400, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen motsätter sig återkravet i sin helhet."),
        (
            "p",
            "Socialstyrelsen menar att familjecentralen är en del av den verksamhet som kommunen ändå är skyldig att "
            "bedriva och att bidraget därför inte har använts till något utöver det ordinarie.",
        ),
        (
            "p",
            "Familjecentralen i Presterud öppnade i september 2022 och fanns inte i kommunen innan bidraget beviljades. "
            "Lokalen, de två tjänsterna som familjebehandlare och den öppna förskolan på lördagar finansierades helt av "
            "bidraget. Beslutet från kommunstyrelsen om att starta verksamheten som ett tidsbegränsat projekt bifogas "
            "(bilaga 1).",
        ),
        ("h2", "Aktivitet 3: Läxhjälp på biblioteket i Vålberg"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(24750, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen godtar återkravet och betalar tillbaka hela beloppet."),
        (
            "p",
            "Socialstyrelsen har inte kunnat följa kostnaderna till några underlag. Kommunen har sökt efter fakturor och "
            "tidrapporter för läxhjälpen men kan inte ta fram dem, eftersom arvodena betalades ut via en förening som "
            "sedan dess har upplösts.",
        ),
        ("h2", "Aktivitet 5: Sommarlovsaktiviteter för barn 7–12 år"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(131200, 'kronor')}"),
        (
            "rich",
            "p",
            f"<b>Kommunens svar:</b> Kommunen medger återkravet till en del, {m(38600, 'kronor')}, och bestrider det i övrigt.",
        ),
        (
            "p",
            "Enligt Socialstyrelsen stämmer redovisningen inte med de kostnader som har bokförts, och en del av "
            "kostnaderna har uppkommit efter den 31 december 2023.",
        ),
        (
            "p",
            f"Kommunen instämmer i att bussresorna till Lurö i januari 2024, {m(38600, 'kronor')}, ligger utanför "
            "bidragsperioden. De återstående kostnaderna avser läger, entréer och ledararvoden under somrarna 2022 och "
            "2023. Deltagarlistor och en specifikation per vecka bifogas (bilaga 2 och bilaga 3). Av dem framgår att "
            "aktiviteterna genomfördes så som de beskrevs i ansökan.",
        ),
        ("h2", "Aktivitet 6: Brobyggare med arabiska och dari"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(57000, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen bestrider återkravet."),
        (
            "p",
            "Socialstyrelsen bedömer att brobyggarna har deltagit i handläggningen av ärenden och att insatsen därmed "
            "innebär myndighetsutövning.",
        ),
        (
            "p",
            "Brobyggarna har aldrig fattat beslut eller utrett ärenden. De har tolkat vid frivilliga möten, följt med "
            "familjer till skolan och informerat om föreningslivet. Deras arbetsbeskrivning framgår av bilaga 4.",
        ),
        ("h2", "Aktivitet 8: Utbildning i våldsprevention för personal"),
        ("p", f"Återkrävt belopp enligt beslutet: {m(19900, 'kronor')}"),
        ("rich", "p", "<b>Kommunens svar:</b> Kommunen har ingen invändning mot återkravet."),
        (
            "p",
            "Socialstyrelsen anser att utbildningen av egen personal är intern kompetensutveckling. Kommunen delar den "
            "bedömningen.",
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            f"Kommunen godtar återbetalning av sammanlagt {m(total_repay, 'kronor')} och bestrider återkravet i övrigt.",
        ),
        ("h2", "Bilagor"),
        (
            "p",
            "1. Kommunstyrelsens beslut 2022-06-14 § 88 om familjecentral\n2. Deltagarlistor sommarlov 2022 och 2023\n"
            "3. Specifikation av kostnader per vecka, sommarlov\n4. Arbetsbeskrivning för brobyggare",
        ),
        ("space", 14),
        ("p", "Med vänlig hälsning"),
        ("space", 16),
        ("p", "Anna-Karin Thörnberg\nFörvaltningschef, vård- och omsorgsförvaltningen"),
        ("space", 6),
        ("p", "Handläggare: Maria Ekström, utvecklingsstrateg, 0550-882 47, maria.ekstrom@kristinehamn.se"),
    ]
    page = Page(margins=(2.4 * cm, 2.2 * cm, 3.2 * cm, 2.8 * cm), on_page=kristinehamn_page, size_pt=10.5)
    pdf = d / "Yttrande återkrav VON 2024-0217 Kristinehamn.pdf"
    _two_pass(pdf, blocks, lg, page)
    g = response_gold(
        pdf,
        "Kristinehamns kommun",
        "2025-02-20",
        acts,
        lg,
        attachments=att_gold([("1", "2"), ("2", "5"), ("3", "5"), ("4", "6")]),
        activity_invoices={},
        checks=[],
        people=people(
            ("Anna-Karin Thörnberg", "förvaltningschef", None, None),
            ("Maria Ekström", ["utvecklingsstrateg", "handläggare"], "+46550882 47".replace(" ", ""), "maria.ekstrom@kristinehamn.se"),
        ),
    )
    write_gold(
        d,
        {pdf.name: g},
        "A municipal letter template: logo block, 'Sida N (M)', a ruled reference block (Datum / Vår referens / Er "
        "referens 'Dnr 9.1-38804/2024' / Diarienummer), a four-column footer with org.nr and bankgiro. Under each "
        "'Aktivitet N: Title' heading the claim line, then the answer FIRST ('Kommunens svar: …'), the agency's "
        "assessment and the reasoning after it. Amounts '86 400 kronor'. Gapped numbers 2, 3, 5, 6, 8.",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
