"""Generate the bundle test cases (reportlab): each case's documents as separate PDFs, and the
same documents as one PDF (a bundle), with gold in the shared scorer's format.

    python tests/data/bundles/make_bundles.py [OUT_DIR]

writes OUT_DIR/<case>/bundle/<file>.pdf + gold.json and OUT_DIR/<case>/separate/... (the same
documents as files of their own). Committed: the bundles and their gold (OUT_DIR = this folder);
the tests write the separate files anew. Gold was written from the documents' content, before
the pipeline read them.

Cases (invented municipalities, suppliers and numbers):
- hallestad: a 4-page response with a running header and "Sida N (4)" footer, then its
  attachments, each first page stamped "Bilaga N": a 1-page invoice, a 2-page invoice ("Sida 1
  av 2"), a 3-page lease, and a scanned invoice (image only). One listed attachment is missing.
- skanning: a scanner's batch of three invoices, every page an image, the second invoice two
  pages; no response, no stamps.
- ekeby: a plain response (no page numbers or running header), then unstamped attachments: an
  invoice, a two-page invoice whose second page has lines and totals only, a two-page report, a
  one-page agreement; only their content and the list's names tell where each begins.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

rl_config.invariant = 1  # reportlab writes no creation date or random id
W, H = A4
SCAN_DPI = 200
SCAN_THRESHOLD = 160  # grey levels above this scan as white


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def org_no(stem: str) -> str:
    """A Luhn-valid org number starting with the nine digits `stem`."""
    last = next(d for d in "0123456789" if _luhn_ok(stem + d))
    return f"{stem[:6]}-{stem[6:]}{last}"


def kr(amount: str) -> str:
    return amount + " kr"


# --------------------------------------------------------------------------------------------
# Documents


def response(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    pages = [
        [
            ("h1", "Yttrande över Socialstyrelsens återkrav av statsbidrag"),
            (
                "p",
                "Hällestad kommun har tagit del av Socialstyrelsens beslut om återkrav av "
                "statsbidrag till "
                "kommuner med utsatta områden för år 2023 och lämnar härmed följande yttrande.",
            ),
            ("h2", "1. Sommarlovsaktiviteter för unga (84 250 kronor)"),
            (
                "p",
                "Socialstyrelsen bedömer att kommunen inte har kunnat styrka kostnaderna, eftersom faktura saknas.",
            ),
            (
                "p",
                "Kommunen bestrider återkravet. Aktiviteterna genomfördes under sommarlovet 2023 "
                "för barn "
                "och unga i Norra Hällestad. Fakturan från arrangören bifogas, se bilaga 1.",
            ),
        ],
        [
            ("h2", "2. Trygghetsvandringar (36 000 kronor)"),
            (
                "p",
                "Socialstyrelsen bedömer att aktiviteten är en del av kommunens ordinarie verksamhet.",
            ),
            ("p", "Kommunen godtar Socialstyrelsens bedömning och återbetalar 36 000 kronor."),
            ("h2", "3. Lokalhyra för fritidsgården (120 000 kronor)"),
            ("p", "Socialstyrelsen bedömer att kostnaden inte överensstämmer med bidragets syfte."),
            (
                "p",
                "Kommunen bestrider återkravet. Fritidsgården hyrdes för att kunna erbjuda unga "
                "en trygg "
                "mötesplats på kvällstid, se hyresavtalet i bilaga 3 och fakturan i bilaga 2.",
            ),
        ],
        [
            ("h2", "4. Utbildning i konfliktlösning (22 500 kronor)"),
            (
                "p",
                "Socialstyrelsen bedömer att kommunen inte har redovisat kostnaden så att den kan kontrolleras.",
            ),
            (
                "p",
                "Kommunen bestrider återkravet. Utbildningen gavs till fältassistenter i oktober 2023, se bilaga 4.",
            ),
        ],
        [
            ("p", "Hällestad den 12 mars 2025"),
            ("p", "Karin Holm, socialchef"),
            ("h2", "Bilagor"),
            ("li", "1 Faktura 2023-0456 Äventyrsbolaget i Mälardalen AB.pdf"),
            ("li", "2 Faktura 7781 Fastighets AB Hällen.pdf"),
            ("li", "3 Hyresavtal fritidsgården Storgatan 5.pdf"),
            ("li", "4 Faktura 55120 Konfliktakademin AB.pdf"),
            ("li", "5 Deltagarlista sommarlov.pdf"),
        ],
    ]
    for n, blocks in enumerate(pages, 1):
        c.setFont("Helvetica", 9)
        c.drawString(56, H - 40, "Hällestad kommun")
        c.drawRightString(W - 56, H - 40, "YTTRANDE 2025-03-12")
        c.drawString(56, 30, "Socialförvaltningen, Box 40, 715 80 Hällestad")
        c.drawRightString(W - 56, 30, f"Sida {n} ({len(pages)})")
        y = H - 90
        if n == 1:
            c.setFont("Helvetica", 10.5)
            for ln in ("Socialstyrelsen", "Dnr 9.2-1234/2024", "2025-03-12"):
                c.drawString(56, y, ln)
                y -= 15
            y -= 10
        for kind, text in blocks:
            font, size, gap = {
                "h1": ("Helvetica-Bold", 14, 10),
                "h2": ("Helvetica-Bold", 12, 6),
                "p": ("Helvetica", 10.5, 8),
                "li": ("Helvetica", 10.5, 2),
            }[kind]
            c.setFont(font, size)
            for ln in simpleSplit(text, font, size, W - 112):
                c.drawString(56, y, ln)
                y -= size * 1.35
            y -= gap
        c.showPage()
    c.save()
    return path


def _stamp(c, stamp: str | None) -> None:
    if stamp:
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 40, H - 28, stamp)


def invoice(
    path: Path,
    *,
    supplier: str,
    address: tuple[str, str],
    org: str,
    number: str,
    date: str,
    due: str,
    lines: list[tuple[str, str]],
    net: str,
    vat: str,
    total: str,
    stamp: str | None = None,
    split_after: int | None = None,
    buyer: tuple[str, str, str] = ("Hällestad kommun", "Box 40", "715 80 Hällestad"),
    vat_rate: int = 25,
    repeat_head: bool = True,
) -> Path:
    """A Swedish invoice; with `split_after`, its lines continue on a second page ("Sida 2 av 2")
    that repeats the invoice number and carries the totals. Without `repeat_head` the second
    page has neither head, page number nor footer: lines and totals only."""
    c = canvas.Canvas(str(path), pagesize=A4)
    pages = [lines] if split_after is None else [lines[:split_after], lines[split_after:]]
    for k, page_lines in enumerate(pages, 1):
        _stamp(c, stamp if k == 1 else None)
        if k > 1 and not repeat_head:
            _invoice_rest(c, page_lines, net, vat, total, vat_rate)
            continue
        c.setFont("Helvetica-Bold", 15)
        c.drawString(56, H - 70, supplier)
        c.setFont("Helvetica", 9.5)
        c.drawString(56, H - 86, address[0])
        c.drawString(56, H - 99, address[1])
        c.setFont("Helvetica-Bold", 18)
        c.drawString(360, H - 70, "FAKTURA")
        c.setFont("Helvetica", 10)
        y = H - 95
        for label, value in (
            ("Fakturanummer", number),
            ("Fakturadatum", date),
            ("Förfallodatum", due),
        ):
            c.drawString(360, y, label)
            c.drawRightString(W - 56, y, value)
            y -= 14
        if len(pages) > 1:
            c.drawRightString(W - 56, H - 45, f"Sida {k} av {len(pages)}")
        y = H - 170
        if k == 1:
            c.drawString(56, y, "Fakturaadress")
            for k_, ln in enumerate(buyer, 1):
                c.drawString(56, y - 14 * k_, ln)
            y -= 80
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y, "Beskrivning")
        c.drawRightString(W - 56, y, "Belopp")
        c.setFont("Helvetica", 10)
        for text, amount in page_lines:
            y -= 16
            c.drawString(56, y, text)
            c.drawRightString(W - 56, y, amount)
        if k == len(pages):
            y -= 36
            for label, value in (
                ("Summa exkl. moms", net),
                (f"Moms {vat_rate} %", vat),
                ("Att betala", total),
            ):
                c.drawString(330, y, label)
                c.drawRightString(W - 56, y, kr(value))
                y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(56, 40, f"{supplier} | Org.nr {org} | Bankgiro 5432-1098 | Godkänd för F-skatt")
        c.showPage()
    c.save()
    return path


def _invoice_rest(c, lines: list[tuple[str, str]], net: str, vat: str, total: str, rate: int) -> None:
    c.setFont("Helvetica", 10)
    y = H - 80
    for text, amount in lines:
        c.drawString(56, y, text)
        c.drawRightString(W - 56, y, amount)
        y -= 16
    y -= 30
    for label, value in (("Summa exkl. moms", net), (f"Moms {rate} %", vat), ("Att betala", total)):
        c.drawString(330, y, label)
        c.drawRightString(W - 56, y, kr(value))
        y -= 15
    c.showPage()


def plain_document(path: Path, pages: list[list[str]], title_size: float = 15) -> Path:
    """A report or an agreement: its first line the title, then paragraphs; no page numbers,
    no running header."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, paras in enumerate(pages):
        y = H - 80
        for k, text in enumerate(paras):
            title = n == 0 and k == 0
            font, size = ("Helvetica-Bold", title_size) if title else ("Helvetica", 11)
            c.setFont(font, size)
            for ln in simpleSplit(text, font, size, W - 112):
                c.drawString(56, y, ln)
                y -= size * 1.4
            y -= 10
        c.showPage()
    c.save()
    return path


def lease(path: Path, stamp: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    paragraphs = [
        [
            "§ 1 Parter",
            "Hyresvärd: Fastighets AB Hällen. Hyresgäst: Hällestad kommun, socialförvaltningen.",
            "§ 2 Lokal",
            "Lokalen om 240 kvadratmeter på Storgatan 5 i Hällestad hyrs ut för att användas som fritidsgård för ungdomar.",
        ],
        [
            "§ 3 Hyrestid",
            "Avtalet gäller från den 1 januari 2023 till den 31 december 2023 och förlängs inte.",
            "§ 4 Hyra",
            "Hyran är 8 000 kronor per månad exklusive moms och betalas kvartalsvis i förskott mot faktura.",
        ],
        [
            "§ 5 Underskrifter",
            "Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.",
            "Hällestad den 15 december 2022",
            "För hyresvärden: Per Lind    För hyresgästen: Karin Holm",
        ],
    ]
    for n, paras in enumerate(paragraphs, 1):
        _stamp(c, stamp if n == 1 else None)
        c.setFont("Helvetica", 9)
        c.drawString(56, H - 50, "HYRESAVTAL FÖR LOKAL")
        c.drawRightString(W - 56, H - 50, f"{n} ({len(paragraphs)})")
        y = H - 100
        if n == 1:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(56, y, "Hyresavtal för lokal")
            y -= 30
        for text in paras:
            bold = text.startswith("§")
            font = "Helvetica-Bold" if bold else "Helvetica"
            c.setFont(font, 11)
            for ln in simpleSplit(text, font, 11, W - 112):
                c.drawString(56, y, ln)
                y -= 15
            y -= 8
        c.showPage()
    c.save()
    return path


def scanned(src: Path, dst: Path) -> Path:
    """Every page of `src` as a black-and-white image only (no text layer), as an office scanner
    makes it (CCITT-compressed, a few kB a page)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    images = []
    for i in range(len(pdf)):
        gray = pdf[i].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
        images.append(gray.point(lambda v: 255 if v > SCAN_THRESHOLD else 0).convert("1"))
    pdf.close()
    images[0].save(str(dst), "PDF", resolution=SCAN_DPI, save_all=True, append_images=images[1:])
    return dst


def concatenate(parts: list[Path], dst: Path) -> Path:
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for p in parts:
        src = pdfium.PdfDocument(str(p))
        out.import_pages(src)
        src.close()
    out.save(str(dst))
    out.close()
    return dst


# --------------------------------------------------------------------------------------------
# Cases

INVOICES_H = {
    "1": dict(
        supplier="Äventyrsbolaget i Mälardalen AB",
        address=("Kanalvägen 3", "722 10 Västerås"),
        org=org_no("556811204"),
        number="2023-0456",
        date="2023-07-14",
        due="2023-08-13",
        lines=[
            ("Kanotdag för 40 ungdomar, juli 2023", "42 400,00"),
            ("Klätterdag inklusive ledare", "25 000,00"),
        ],
        net="67 400,00",
        vat="16 850,00",
        total="84 250,00",
        stamp="Bilaga 1",
    ),
    "2": dict(
        supplier="Fastighets AB Hällen",
        address=("Storgatan 9", "715 30 Hällestad"),
        org=org_no("556403117"),
        number="7781",
        date="2023-01-02",
        due="2023-01-31",
        lines=[
            (f"Hyra Storgatan 5, {m} 2023", "8 000,00")
            for m in (
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december",
            )
        ],
        net="96 000,00",
        vat="24 000,00",
        total="120 000,00",
        stamp="Bilaga 2",
        split_after=8,
    ),
    "4": dict(
        supplier="Konfliktakademin AB",
        address=("Hamngatan 21", "411 06 Göteborg"),
        org=org_no("559102338"),
        number="55120",
        date="2023-10-05",
        due="2023-11-04",
        lines=[("Utbildning i konfliktlösning, 2 dagar, 12 deltagare", "18 000,00")],
        net="18 000,00",
        vat="4 500,00",
        total="22 500,00",
        stamp="Bilaga 4",
    ),
}

VINDELN = ("Vindeln kommun", "Ekonomienheten", "922 81 Vindeln")
INVOICES_S = [
    dict(
        supplier="Bussbolaget Norr AB",
        address=("Industrivägen 7", "901 32 Umeå"),
        org=org_no("556234871"),
        number="31007",
        date="2024-02-12",
        due="2024-03-13",
        lines=[("Busstransport Umeå–Skellefteå t/r", "9 600,00")],
        net="9 600,00",
        vat="576,00",
        total="10 176,00",
        vat_rate=6,
        buyer=VINDELN,
    ),
    dict(
        supplier="Catering Söder AB",
        address=("Södra vägen 12", "903 26 Umeå"),
        org=org_no("556876540"),
        number="9021",
        date="2024-02-20",
        due="2024-03-21",
        lines=[(f"Lunch för deltagare, dag {d}", "3 200,00") for d in range(1, 13)],
        net="38 400,00",
        vat="4 608,00",
        total="43 008,00",
        split_after=8,
        vat_rate=12,
        buyer=VINDELN,
    ),
    dict(
        supplier="Kontorsvaror i Väst AB",
        address=("Verkstadsgatan 2", "903 27 Umeå"),
        org=org_no("556120983"),
        number="118",
        date="2024-03-01",
        due="2024-03-31",
        lines=[("Papper och pärmar", "1 240,00")],
        net="1 240,00",
        vat="310,00",
        total="1 550,00",
        buyer=VINDELN,
    ),
]


def _amount(s: str) -> str:
    return s.replace(" ", "").replace(",", ".")


def _invoice_gold(inv: dict, scanned_: bool = False) -> dict:
    g = dict(
        kind="invoice",
        invoice_number=inv["number"],
        invoice_date=inv["date"],
        supplier=inv["supplier"],
        supplier_org_no=inv["org"],
        net=_amount(inv["net"]),
        vat=_amount(inv["vat"]),
        total=_amount(inv["total"]),
    )
    if scanned_:
        g["scanned"] = True
    return g


def hallestad(out: Path) -> tuple[Path, Path]:
    sep = out / "hallestad" / "separate"
    bil = sep / "bilagor"
    bil.mkdir(parents=True, exist_ok=True)
    tmp = out / "hallestad" / "_work"
    tmp.mkdir(parents=True, exist_ok=True)
    resp = response(sep / "Yttrande Hällestad 2025-03-12.pdf")
    b1 = invoice(bil / "1 Faktura 2023-0456 Äventyrsbolaget i Mälardalen AB.pdf", **INVOICES_H["1"])
    b2 = invoice(bil / "2 Faktura 7781 Fastighets AB Hällen.pdf", **INVOICES_H["2"])
    b3 = lease(bil / "3 Hyresavtal fritidsgården Storgatan 5.pdf", "Bilaga 3")
    b4 = scanned(invoice(tmp / "b4.pdf", **INVOICES_H["4"]), bil / "4 Faktura 55120 Konfliktakademin AB.pdf")
    bdir = out / "hallestad" / "bundle"
    bdir.mkdir(parents=True, exist_ok=True)
    name = "Hällestad ärende komplett.pdf"
    concatenate([resp, b1, b2, b3, b4], bdir / name)
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    # pages: response 1-4, bilaga 1: 5, bilaga 2: 6-7, bilaga 3: 8-10, bilaga 4: 11
    acts = [
        dict(
            activity_no="1",
            title="Sommarlovsaktiviteter för unga",
            toc_title=None,
            claimed_amount_sek="84250",
            page_start=1,
            municipality_position="disputes",
            repayment_amount_sek="0",
            agency_reasons=["unverifiable_costs"],
            attachment_refs=["1"],
        ),
        dict(
            activity_no="2",
            title="Trygghetsvandringar",
            toc_title=None,
            claimed_amount_sek="36000",
            page_start=2,
            municipality_position="accepts_full",
            repayment_amount_sek="36000",
            agency_reasons=["ordinary_operations"],
            attachment_refs=[],
        ),
        dict(
            activity_no="3",
            title="Lokalhyra för fritidsgården",
            toc_title=None,
            claimed_amount_sek="120000",
            page_start=2,
            municipality_position="disputes",
            repayment_amount_sek="0",
            agency_reasons=["purpose_mismatch"],
            attachment_refs=["3", "2"],
        ),
        dict(
            activity_no="4",
            title="Utbildning i konfliktlösning",
            toc_title=None,
            claimed_amount_sek="22500",
            page_start=3,
            municipality_position="disputes",
            repayment_amount_sek="0",
            agency_reasons=["unverifiable_costs"],
            attachment_refs=["4"],
        ),
    ]
    listed = [
        ("1", "1 Faktura 2023-0456 Äventyrsbolaget i Mälardalen AB.pdf", "2023-0456"),
        ("2", "2 Faktura 7781 Fastighets AB Hällen.pdf", "7781"),
        ("3", "3 Hyresavtal fritidsgården Storgatan 5.pdf", None),
        ("4", "4 Faktura 55120 Konfliktakademin AB.pdf", "55120"),
        ("5", "5 Deltagarlista sommarlov.pdf", None),
    ]
    resp_gold = dict(
        kind="response",
        issuer="Hällestad kommun",
        municipality="Hällestad",
        addressee="Socialstyrelsen",
        doc_date="2025-03-12",
        page_count=4,
        activities=acts,
        attachments=[dict(attachment_id=i, activity_no=None, filename=f, invoice_number=n) for i, f, n in listed],
        activity_invoices={
            "1": [dict(invoice_number="2023-0456")],
            "3": [dict(invoice_number="7781")],
            "4": [dict(invoice_number="55120")],
        },
        totals=dict(claimed_sek="262750", accepted_repayment_sek="36000", activities=4, attachments=5),
    )
    # listed ids carry no activity number ("1", "3"): the activity is the one that refers to it
    for a in resp_gold["attachments"]:
        a["activity_no"] = {"1": "1", "2": "3", "3": "3", "4": "4"}.get(a["attachment_id"])
    spans = {"1": (5, 5), "2": (6, 7), "3": (8, 10), "4": (11, 11)}
    files = {f"{name}#pages=1-4": resp_gold}
    resp_gold["attachment_files"] = {i: f"{name}#pages={a}-{b}" for i, (a, b) in spans.items()}
    for i in ("1", "2", "4"):
        a, b = spans[i]
        files[f"{name}#pages={a}-{b}"] = _invoice_gold(INVOICES_H[i], scanned_=i == "4")
    files[f"{name}#pages=8-10"] = dict(kind="attachment", page_count=3)
    (bdir / "gold.json").write_text(json.dumps(dict(files=files), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return bdir, sep


def skanning(out: Path) -> tuple[Path, Path]:
    sep = out / "skanning" / "separate"
    sep.mkdir(parents=True, exist_ok=True)
    tmp = out / "skanning" / "_work"
    tmp.mkdir(parents=True, exist_ok=True)
    scans = []
    for k, inv in enumerate(INVOICES_S, 1):
        src = invoice(tmp / f"s{k}.pdf", **inv)
        scans.append(scanned(src, sep / f"faktura {inv['number']}.pdf"))
    bdir = out / "skanning" / "bundle"
    bdir.mkdir(parents=True, exist_ok=True)
    name = "Skanning 2025-03-20.pdf"
    concatenate(scans, bdir / name)
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    files = {
        f"{name}#pages=1-1": _invoice_gold(INVOICES_S[0], True),
        f"{name}#pages=2-3": _invoice_gold(INVOICES_S[1], True),
        f"{name}#pages=4-4": _invoice_gold(INVOICES_S[2], True),
    }
    (bdir / "gold.json").write_text(json.dumps(dict(files=files), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return bdir, sep


EKEBY_RESPONSE = [
    [
        "Yttrande",
        "Ekeby kommun, kultur- och fritidsnämnden, 2025-02-20",
        "Till Socialstyrelsen",
        "Ekeby kommun lämnar här sitt yttrande över det preliminära beslutet om återkrav av "
        "statsbidraget till kommuner med utsatta områden.",
        "1. Musikläger för unga (45 000 kronor)",
        "Socialstyrelsen bedömer att kostnaderna inte kan styrkas med underlag.",
        "Kommunen bestrider återkravet. Lägret genomfördes i juni 2023, se fakturan i bilaga 1 och verksamhetsrapporten i bilaga 3.",
        "2. Utflykter under sommarlovet (28 750 kronor)",
        "Socialstyrelsen bedömer att kostnaderna inte kan styrkas med underlag.",
        "Kommunen bestrider återkravet. Utflykterna gjordes med buss, se bilaga 2.",
    ],
    [
        "3. Samverkan med idrottsföreningar (60 000 kronor)",
        "Socialstyrelsen bedömer att insatsen inte överensstämmer med bidragets syfte.",
        "Kommunen bestrider återkravet. Samverkan med Ekeby IF regleras i avtalet i bilaga 4.",
        "Anna Berg, förvaltningschef",
        "Bilagor",
        "Bilaga 1. Faktura 4410 Ljud & Scen i Ekeby AB",
        "Bilaga 2. Faktura 23118 Buss i Ekeby AB",
        "Bilaga 3. Verksamhetsrapport Fritidsgården Ekeby 2023",
        "Bilaga 4. Samverkansavtal med Ekeby IF",
    ],
]
EKEBY_BUYER = ("Ekeby kommun", "Kultur- och fritid", "640 40 Ekeby")
INVOICES_E = {
    "1": dict(
        supplier="Ljud & Scen i Ekeby AB",
        address=("Bruksgatan 4", "640 40 Ekeby"),
        org=org_no("556710392"),
        number="4410",
        date="2023-06-30",
        due="2023-07-30",
        lines=[("Ljudteknik och scen, musikläger 12-16 juni", "36 000,00")],
        net="36 000,00",
        vat="9 000,00",
        total="45 000,00",
        buyer=EKEBY_BUYER,
    ),
    "2": dict(
        supplier="Buss i Ekeby AB",
        address=("Stationsvägen 1", "640 40 Ekeby"),
        org=org_no("556398221"),
        number="23118",
        date="2023-08-31",
        due="2023-09-30",
        lines=[
            (f"Beställningstrafik, utflykt {d} 2023", "2 712,50")
            for d in (
                "3 juli",
                "5 juli",
                "7 juli",
                "10 juli",
                "12 juli",
                "14 juli",
                "17 juli",
                "19 juli",
                "8 augusti",
                "10 augusti",
            )
        ],
        net="27 125,00",
        vat="1 627,50",
        total="28 752,50",
        vat_rate=6,
        split_after=6,
        repeat_head=False,
        buyer=EKEBY_BUYER,
    ),
}
EKEBY_REPORT = [
    [
        "Verksamhetsrapport Fritidsgården Ekeby 2023",
        "Fritidsgården har under 2023 haft öppet fyra kvällar i veckan och under sommarlovet varje "
        "vardag. I genomsnitt kom 35 ungdomar per kväll.",
        "Musiklägret i juni samlade 22 deltagare i åldern 13 till 16 år. Deltagarna skrev och "
        "spelade "
        "in egna låtar som framfördes vid en avslutande konsert.",
    ],
    [
        "Under hösten fortsatte arbetet i mindre grupper. Flera av deltagarna har sedan dess börjat spela i kulturskolans ensembler.",
        "Personalen bedömer att verksamheten har nått ungdomar som annars inte deltar i organiserad fritid.",
    ],
]
EKEBY_AGREEMENT = [
    [
        "Samverkansavtal",
        "Parter: Ekeby kommun, kultur- och fritidsnämnden, och Ekeby IF.",
        "Föreningen åtar sig att under 2023 erbjuda öppen träning två kvällar i veckan för "
        "ungdomar "
        "i centrala Ekeby. Kommunen ersätter föreningen med 60 000 kronor för året.",
        "Ekeby den 2 januari 2023",
    ],
]


def ekeby(out: Path) -> tuple[Path, Path]:
    """A plain response (no page numbers, no running header) and unstamped attachments: an
    invoice, a two-page invoice whose second page has lines and totals only, a two-page report
    and a one-page agreement, each known only by its content and the list's names."""
    sep = out / "ekeby" / "separate"
    bil = sep / "bilagor"
    bil.mkdir(parents=True, exist_ok=True)
    resp = plain_document(sep / "Yttrande Ekeby kommun.pdf", EKEBY_RESPONSE, title_size=18)
    b1 = invoice(bil / "Bilaga 1 Faktura 4410.pdf", **INVOICES_E["1"])
    b2 = invoice(bil / "Bilaga 2 Faktura 23118.pdf", **INVOICES_E["2"])
    b3 = plain_document(bil / "Bilaga 3 Verksamhetsrapport.pdf", EKEBY_REPORT)
    b4 = plain_document(bil / "Bilaga 4 Samverkansavtal.pdf", EKEBY_AGREEMENT)
    bdir = out / "ekeby" / "bundle"
    bdir.mkdir(parents=True, exist_ok=True)
    name = "Ekeby återkrav 2025.pdf"
    concatenate([resp, b1, b2, b3, b4], bdir / name)
    spans = {"1": (3, 3), "2": (4, 5), "3": (6, 7), "4": (8, 8)}
    acts = [
        dict(
            activity_no="1",
            title="Musikläger för unga",
            toc_title=None,
            claimed_amount_sek="45000",
            page_start=1,
            municipality_position="disputes",
            repayment_amount_sek="0",
            agency_reasons=["unverifiable_costs"],
            attachment_refs=["1", "3"],
        ),
        dict(
            activity_no="2",
            title="Utflykter under sommarlovet",
            toc_title=None,
            claimed_amount_sek="28750",
            page_start=1,
            municipality_position="disputes",
            repayment_amount_sek="0",
            agency_reasons=["unverifiable_costs"],
            attachment_refs=["2"],
        ),
        dict(
            activity_no="3",
            title="Samverkan med idrottsföreningar",
            toc_title=None,
            claimed_amount_sek="60000",
            page_start=2,
            municipality_position="disputes",
            repayment_amount_sek="0",
            agency_reasons=["purpose_mismatch"],
            attachment_refs=["4"],
        ),
    ]
    listed = [("1", "4410"), ("2", "23118"), ("3", None), ("4", None)]
    resp_gold = dict(
        kind="response",
        issuer="Ekeby kommun",
        municipality="Ekeby",
        addressee="Socialstyrelsen",
        doc_date="2025-02-20",
        page_count=2,
        activities=acts,
        attachments=[
            dict(
                attachment_id=i,
                activity_no={"1": "1", "2": "2", "3": "1", "4": "3"}[i],
                invoice_number=n,
            )
            for i, n in listed
        ],
        attachment_files={i: f"{name}#pages={a}-{b}" for i, (a, b) in spans.items()},
        activity_invoices={"1": [dict(invoice_number="4410")], "2": [dict(invoice_number="23118")]},
        totals=dict(claimed_sek="133750", accepted_repayment_sek="0", activities=3, attachments=4),
    )
    files = {
        f"{name}#pages=1-2": resp_gold,
        f"{name}#pages=3-3": _invoice_gold(INVOICES_E["1"]),
        f"{name}#pages=4-5": _invoice_gold(INVOICES_E["2"]),
        f"{name}#pages=6-7": dict(kind="attachment", page_count=2),
        f"{name}#pages=8-8": dict(kind="attachment", page_count=1),
    }
    (bdir / "gold.json").write_text(json.dumps(dict(files=files), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return bdir, sep


CASES = {"hallestad": hallestad, "skanning": skanning, "ekeby": ekeby}


def main(out: Path) -> None:
    for make in CASES.values():
        make(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
