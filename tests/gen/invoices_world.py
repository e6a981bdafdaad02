"""Invoices in the styles real suppliers outside the Nordics send, each its own layout and
'word processor' look, written blind (before the pipeline was run on them): a cloud provider's
monthly invoice in USD (tax by jurisdiction, a credit line) and one in EUR (usage sub-lines,
space-grouped amounts), online retailers' invoices whose prices include VAT (British, German),
Indian GST tax invoices (CGST + SGST with lakh grouping and ₹; IGST in a boxed grid with "Rs."),
a Dutch factuur with two BTW rates, a German Rechnung in a DIN letter, a French facture with an
advance paid and narrow no-break spaces, a US invoice with sales tax and month-first dates, a Swiss
Rechnung with apostrophe thousands, a German Gutschrift (credit note) with printed minus signs, and
a South African tax invoice with yyyy/mm/dd dates.

The gold (gold.json, in the shared gold format of ../shared/devset/invoices-real plus `due_date`,
`lines` and `line_sum` for the tests) is the documents' own truth: the amounts below are what
each invoice prints, the sums computed here with Decimal.

    python tests/gen/invoices_world.py [OUT_DIR]   (default tests/data/invoices_world)"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parents[1] / "data" / "invoices_world"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
CENT = D("0.01")
NNBSP = "\u202f"  # the narrow no-break space French software groups thousands with


def _register_fonts() -> None:
    for name, file in [
        ("DV", "DejaVuSans.ttf"),
        ("DV-B", "DejaVuSans-Bold.ttf"),
        ("DVSerif", "DejaVuSerif.ttf"),
        ("DVSerif-B", "DejaVuSerif-Bold.ttf"),
        ("DVCond", "DejaVuSansCondensed.ttf"),
        ("DVCond-B", "DejaVuSansCondensed-Bold.ttf"),
        ("DVMono", "DejaVuSansMono.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))


def r2(v: D) -> D:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def money(v: D, group: str = ",", dec: str = ".", indian: bool = False) -> str:
    """v printed with the thousands separator `group` and decimal mark `dec` (Indian: 1,23,456.00)."""
    whole, cents = f"{abs(v):.2f}".split(".")
    if indian and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        grouped = group.join([*parts, tail])
    else:
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        grouped = group.join(groups)
    return ("-" if v < 0 else "") + grouped + dec + cents


class Page:
    """A canvas with the few strokes an invoice template uses."""

    def __init__(self, path: Path, font: str, bold: str, size: tuple[float, float] = A4):
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)  # the same bytes on every run
        self.font, self.bold = font, bold
        self.w, self.h = size

    def t(self, x: float, y: float, s: str, size: float = 9, bold: bool = False, align: str = "l") -> None:
        """Text at (x, y from the TOP of the page)."""
        self.c.setFont(self.bold if bold else self.font, size)
        yy = self.h - y
        {"l": self.c.drawString, "r": self.c.drawRightString, "c": self.c.drawCentredString}[align](x, yy, s)

    def hline(self, x1: float, x2: float, y: float, width: float = 0.5) -> None:
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - y, x2, self.h - y)

    def box(self, x: float, y: float, w: float, h: float, shade: float | None = None) -> None:
        """A rectangle with its top-left corner at (x, y from the top)."""
        self.c.setLineWidth(0.5)
        if shade is not None:
            self.c.setFillGray(shade)
            self.c.rect(x, self.h - y - h, w, h, stroke=1, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)

    def table(self, y: float, cols: list[tuple[str, float, str]], rows: list[list[str]], step: float = 14, size: float = 8.5) -> float:
        """A header over rows; cols are (title, x, align). Returns the y under the last row."""
        for title, x, al in cols:
            self.t(x, y, title, size, True, al)
        self.hline(40, self.w - 40, y + 4)
        y += step + 2
        for row in rows:
            for (_t, x, al), cell in zip(cols, row, strict=True):
                self.t(x, y, cell, size, False, al)
            y += step
        self.hline(40, self.w - 40, y - step + 5)
        return y

    def pairs(self, x_label: float, x_value: float, y: float, pairs: list[tuple[str, str]], step: float = 13, **kw) -> float:
        for label, value in pairs:
            self.t(x_label, y, label, **kw)
            self.t(x_value, y, value, align="r" if x_value > x_label + 150 else "l", **kw)
            y += step
        return y

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


@dataclass
class Inv:
    name: str
    gold: dict
    draw: Callable[[Path], None]


# ---------------------------------------------------------------- 1. cloud provider, USD
CLOUD_USD_LINES = [
    ("Compute Instances", "2,190 instance-hours", D("842.16")),
    ("Block Storage", "1,205 GB-month", D("96.40")),
    ("Object Storage", "1.79 TB-month", D("41.27")),
    ("Data Transfer Out", "710 GB", D("63.90")),
    ("Managed PostgreSQL", "744 hours", D("318.00")),
    ("Load Balancer", "744 hours", D("18.25")),
    ("DNS Queries", "4.2 M queries", D("2.10")),
    ("Monitoring & Logs", "55 GB ingested", D("27.53")),
    ("Support - Business plan", "1 month", D("100.00")),
]
CLOUD_USD_CREDIT = D("-50.00")
CLOUD_USD_NET = sum((a for *_x, a in CLOUD_USD_LINES), D(0)) + CLOUD_USD_CREDIT
CLOUD_USD_TAXES = [
    (name, rate, r2(CLOUD_USD_NET * rate / 100))
    for name, rate in [("Washington State", D("6.5")), ("King County", D("1.4")), ("City of Seattle", D("2.35"))]
]
CLOUD_USD_TAX = sum((t for *_x, t in CLOUD_USD_TAXES), D(0))


def draw_cloud_usd(path: Path) -> None:
    p = Page(path, "Helvetica", "Helvetica-Bold", LETTER)
    p.t(40, 50, "nimbus", 22, True)
    p.t(40, 64, "Nimbus Cloud Services, Inc.  ·  410 Terry Ave N, Seattle, WA 98109", 7.5)
    p.t(p.w - 40, 50, "Invoice", 20, False, "r")
    p.box(40, 90, p.w - 80, 70, shade=0.95)
    p.pairs(50, 170, 106, [("Account ID", "4821-7730-1195"), ("Invoice Number", "2024110847213"), ("Invoice Date", "November 2, 2024")], 15)
    p.pairs(330, 430, 106, [("Billing Period", "Oct 1 - Oct 31, 2024"), ("Due Date", "December 2, 2024"), ("Currency", "USD")], 15)
    p.t(40, 185, "Bill to", 8, True)
    for i, s in enumerate(["Region Skåne Innovation Office", "1200 Fifth Avenue, Suite 400", "Seattle, WA 98101"]):
        p.t(40, 198 + 12 * i, s)
    p.t(p.w - 40, 185, "Total amount due", 9, True, "r")
    p.t(p.w - 40, 205, f"${money(CLOUD_USD_NET + CLOUD_USD_TAX)}", 18, True, "r")
    rows = [[s, u, f"${money(a)}"] for s, u, a in CLOUD_USD_LINES]
    y = p.table(260, [("Service", 40, "l"), ("Usage", 300, "l"), ("Amount (USD)", p.w - 40, "r")], rows)
    y += 8
    summary = [
        ("Charges", f"${money(CLOUD_USD_NET - CLOUD_USD_CREDIT)}"),
        ("Credits", f"-${money(-CLOUD_USD_CREDIT)}"),
        ("Total pre-tax", f"${money(CLOUD_USD_NET)}"),
    ]
    summary += [(f"{n} sales tax ({r}%)", f"${money(t)}") for n, r, t in CLOUD_USD_TAXES]
    summary += [("Total tax", f"${money(CLOUD_USD_TAX)}"), ("Total amount due", f"${money(CLOUD_USD_NET + CLOUD_USD_TAX)}")]
    for i, (label, value) in enumerate(summary):
        last = i == len(summary) - 1
        p.t(330, y + 14 * i, label, 9, last)
        p.t(p.w - 40, y + 14 * i, value, 9, last, "r")
    p.t(40, p.h - 40, "Payment is due by the due date. Wire to JPMorgan Chase, ABA 021000021, account 483920117.", 7)
    p.save()


# ---------------------------------------------------------------- 2. cloud provider, EUR, usage sub-lines
CLOUD_EUR_GROUPS = [
    (
        "Virtual Machines",
        [("D4s v5, West Europe", "1 460 h", "0.1920", D("280.32")), ("B2ms, North Europe", "2 190 h", "0.0832", D("182.21"))],
    ),
    ("Storage", [("Premium SSD P30", "6 disks", "122.88", D("737.28")), ("Blob hot tier", "3 412 GB", "0.0196", D("66.88"))]),
    ("Networking", [("Outbound transfer", "2 048 GB", "0.0800", D("163.84")), ("Public IP addresses", "4", "2.6280", D("10.51"))]),
    ("Databases", [("SQL Database S3", "744 h", "1.5300", D("1138.32"))]),
]
CLOUD_EUR_NET = sum((a for _g, items in CLOUD_EUR_GROUPS for *_x, a in items), D(0))
CLOUD_EUR_VAT = r2(CLOUD_EUR_NET * D("0.23"))


def draw_cloud_eur(path: Path) -> None:
    p = Page(path, "DVCond", "DVCond-B")
    p.t(40, 55, "CUMULUS COMPUTE", 16, True)
    p.t(40, 70, "Cumulus Compute Ireland Ltd · One Spencer Dock, Dublin 1 · VAT IE 9825613 M", 7.5)
    p.t(40, 110, "INVOICE", 13, True)
    heads = [
        ("Invoice no.", "E0412-2291-77"),
        ("Issued", "03 Nov 2024"),
        ("Billing account", "BA-77120-SE"),
        ("Service period", "01 Oct 2024 – 31 Oct 2024"),
    ]
    for i, (label, value) in enumerate(heads):
        p.t(40 + 130 * i, 130, label, 7.5)
        p.t(40 + 130 * i, 143, value, 9.5, True)
    p.t(40, 175, "Customer", 7.5)
    for i, s in enumerate(["Uppsala kommun", "Kommunledningskontoret", "753 75 Uppsala, Sweden", "VAT SE212000302001"]):
        p.t(40, 188 + 12 * i, s)
    y = 260
    cols = [("Product", 40, "l"), ("Quantity", 330, "r"), ("Unit price", 430, "r"), ("Amount", p.w - 40, "r")]
    for title, x, al in cols:
        p.t(x, y, title, 8, True, al)
    p.hline(40, p.w - 40, y + 4)
    y += 18
    for group, items in CLOUD_EUR_GROUPS:
        p.t(40, y, group, 9, True)
        y += 13
        for product, qty, unit, amount in items:
            p.t(52, y, product, 8.5)
            p.t(330, y, qty, 8.5, align="r")
            p.t(430, y, unit, 8.5, align="r")
            p.t(p.w - 40, y, money(amount, " "), 8.5, align="r")
            y += 13
    p.hline(300, p.w - 40, y)
    y += 16
    for i, (label, value) in enumerate(
        [
            ("Subtotal", f"€{money(CLOUD_EUR_NET, ' ')}"),
            ("VAT 23%", f"€{money(CLOUD_EUR_VAT, ' ')}"),
            ("Total (EUR)", f"€{money(CLOUD_EUR_NET + CLOUD_EUR_VAT, ' ')}"),
        ]
    ):
        p.t(330, y + 15 * i, label, 10, i == 2)
        p.t(p.w - 40, y + 15 * i, value, 10, i == 2, "r")
    p.t(40, p.h - 45, "Charged to the card on file on 18 Nov 2024. IBAN IE29 AIBK 9311 5212 3456 78 · BIC AIBKIE2D", 7)
    p.save()


# ---------------------------------------------------------------- 3. British online retailer, prices incl. VAT
UK_ITEMS = [
    ("Fellowes A3 laminator", 1, D("49.99")),
    ("Laminating pouches A4, 100 pack", 2, D("12.49")),
    ("Standard delivery", 1, D("4.99")),
]
UK_TOTAL = sum((q * u for _d, q, u in UK_ITEMS), D(0))
UK_NET = r2(UK_TOTAL / D("1.2"))
UK_VAT = UK_TOTAL - UK_NET


def draw_uk_retailer(path: Path) -> None:
    p = Page(path, "DV", "DV-B")
    p.t(40, 50, "Parcelbay", 20, True)
    p.t(p.w - 40, 50, "VAT Invoice", 12, True, "r")
    p.t(p.w - 40, 64, "Page 1 of 1", 7, align="r")
    p.box(40, 80, 250, 78)
    p.pairs(
        48,
        150,
        94,
        [
            ("Order number", "206-4471203-5521840"),
            ("Order date", "14 March 2024"),
            ("Invoice number", "GB-INV-2024-88127"),
            ("Invoice date", "16 March 2024"),
            ("Payment", "Visa ending 4417"),
        ],
        13,
        size=8,
    )
    p.t(320, 94, "Sold by", 8, True)
    for i, s in enumerate(["Parcelbay UK Ltd", "3 Wharf Road, London N1 7GR", "VAT reg. no. GB 318 6624 07"]):
        p.t(320, 106 + 11 * i, s, 8)
    p.t(320, 150, "Delivery address", 8, True)
    for i, s in enumerate(["Kommunhuset, Vellinge kommun", "Norrevångsgatan 3", "235 81 Vellinge, Sweden"]):
        p.t(320, 162 + 11 * i, s, 8)
    cols = [
        ("Description", 40, "l"),
        ("Qty", 245, "r"),
        ("Unit price (incl. VAT)", 370, "r"),
        ("VAT rate", 420, "r"),
        ("Item subtotal (incl. VAT)", p.w - 40, "r"),
    ]
    rows = [[d, str(q), f"£{u}", "20%", f"£{money(q * u)}"] for d, q, u in UK_ITEMS]
    y = p.table(225, cols, rows, 16)
    y += 10
    for i, (label, value) in enumerate([("Total (excl. VAT)", f"£{UK_NET}"), ("VAT 20%", f"£{UK_VAT}"), ("Total payable", f"£{UK_TOTAL}")]):
        p.t(360, y + 16 * i, label, 10, i == 2)
        p.t(p.w - 40, y + 16 * i, value, 10, i == 2, "r")
    p.t(40, p.h - 40, "Prices include VAT at 20%. Parcelbay UK Ltd, registered in England and Wales no. 08810273.", 7)
    p.save()


# ---------------------------------------------------------------- 4. German online shop, prices incl. MwSt., VAT table
DE_SHOP_ITEMS = [
    ("Handbuch Kommunalrecht (2. Aufl.)", 2, D("24.00"), 7),
    ("Versandkosten", 1, D("4.95"), 7),
    ("Lesezeichen Leder", 1, D("3.90"), 19),
]


def _de_shop_vat_rows() -> list[tuple[int, D, D, D]]:
    rows = []
    for rate in (7, 19):
        gross = sum((q * u for _d, q, u, r in DE_SHOP_ITEMS if r == rate), D(0))
        vat = r2(gross * rate / (100 + rate))
        rows.append((rate, gross - vat, vat, gross))
    return rows


DE_SHOP_VAT = _de_shop_vat_rows()


def draw_de_shop(path: Path) -> None:
    p = Page(path, "Helvetica", "Helvetica-Bold")
    p.t(p.w - 40, 50, "buchwelt.de", 16, True, "r")
    p.t(40, 60, "Buchwelt Online GmbH · Hafenstraße 12 · 20457 Hamburg", 7)
    for i, s in enumerate(["Gemeinde Höör", "Bibliothek", "Storgatan 3", "243 30 Höör", "Schweden"]):
        p.t(40, 80 + 12 * i, s, 9.5)
    p.t(40, 170, "Rechnung", 15, True)
    info = [
        ("Rechnungsnummer", "RE-2024-051177"),
        ("Rechnungsdatum", "04.05.2024"),
        ("Bestellnummer", "3021-88745"),
        ("Bestelldatum", "02.05.2024"),
        ("Kundennummer", "448120"),
    ]
    for i, (label, value) in enumerate(info):
        p.t(360, 80 + 13 * i, label + ":", 8.5)
        p.t(p.w - 40, 80 + 13 * i, value, 8.5, align="r")
    cols = [
        ("Artikel", 40, "l"),
        ("Menge", 330, "r"),
        ("Einzelpreis brutto", 420, "r"),
        ("MwSt.", 470, "r"),
        ("Gesamt brutto", p.w - 40, "r"),
    ]
    rows = [[d, str(q), f"{money(u, '.', ',')} €", f"{r} %", f"{money(q * u, '.', ',')} €"] for d, q, u, r in DE_SHOP_ITEMS]
    y = p.table(200, cols, rows, 15)
    total = sum((g for *_x, g in DE_SHOP_VAT), D(0))
    p.t(360, y + 8, "Gesamtbetrag (inkl. MwSt.)", 10, True)
    p.t(p.w - 40, y + 8, f"{money(total, '.', ',')} €", 10, True, "r")
    y += 40
    p.t(40, y, "Umsatzsteuer", 8.5, True)
    y += 14
    vcols = [("Steuersatz", 40, "l"), ("Netto", 200, "r"), ("MwSt.", 280, "r"), ("Brutto", 360, "r")]
    vrows = [[f"{r} %", money(n, ".", ","), money(v, ".", ","), money(g, ".", ",")] for r, n, v, g in DE_SHOP_VAT]
    net = sum((n for _r, n, _v, _g in DE_SHOP_VAT), D(0))
    vat = sum((v for _r, _n, v, _g in DE_SHOP_VAT), D(0))
    vrows.append(["Summe", money(net, ".", ","), money(vat, ".", ","), money(total, ".", ",")])
    for title, x, al in vcols:
        p.t(x, y, title, 8, True, al)
    for i, row in enumerate(vrows):
        for (_t, x, al), cell in zip(vcols, row, strict=True):
            p.t(x, y + 13 * (i + 1), cell, 8, i == len(vrows) - 1, al)
    p.t(40, p.h - 50, "Der Betrag wurde per PayPal bezahlt. Vielen Dank für Ihren Einkauf!", 7.5)
    p.t(40, p.h - 40, "Geschäftsführer: M. Albers · Amtsgericht Hamburg HRB 145522 · USt-IdNr. DE301245876", 7)
    p.save()


DE_SHOP_NET = sum((n for _r, n, _v, _g in DE_SHOP_VAT), D(0))
DE_SHOP_TAX = sum((v for _r, _n, v, _g in DE_SHOP_VAT), D(0))


# ---------------------------------------------------------------- 5. Indian GST, intra-state: CGST + SGST, lakh grouping, ₹
IN_ITEMS = [
    ("Brochure printing, A4 tri-fold", "4901", "2000", D("18.50")),
    ("Flex banners 6x3 ft", "3921", "25", D("1450.00")),
    ("Graphic design services", "998391", "1", D("55000.00")),
]
IN_NET = sum((D(q) * u for _d, _h, q, u in IN_ITEMS), D(0))
IN_CGST = r2(IN_NET * D("0.09"))


def draw_in_cgst(path: Path) -> None:
    p = Page(path, "DV", "DV-B")
    p.t(p.w / 2, 45, "TAX INVOICE", 14, True, "c")
    p.t(40, 75, "Shreya Print Solutions Pvt. Ltd.", 11, True)
    for i, s in enumerate(
        ["No. 42, 3rd Cross, Rajajinagar", "Bengaluru, Karnataka 560010", "GSTIN: 29AABCS1429B1ZB", "State: Karnataka, Code: 29"]
    ):
        p.t(40, 89 + 11 * i, s, 8)
    p.pairs(
        350,
        440,
        75,
        [
            ("Invoice No.", ": SPS/24-25/0457"),
            ("Invoice Date", ": 05-08-2024"),
            ("Due Date", ": 04-09-2024"),
            ("Place of Supply", ": Karnataka (29)"),
        ],
        12,
        size=8.5,
    )
    p.t(40, 150, "Bill To:", 8.5, True)
    for i, s in enumerate(["Indo-Nordic Learning Centre", "MG Road, Bengaluru 560001", "GSTIN: 29AAATI5310K1Z4"]):
        p.t(40, 162 + 11 * i, s, 8.5)
    cols = [
        ("Sl", 40, "l"),
        ("Description of Goods/Services", 60, "l"),
        ("HSN/SAC", 290, "l"),
        ("Qty", 370, "r"),
        ("Rate (₹)", 450, "r"),
        ("Amount (₹)", p.w - 40, "r"),
    ]
    rows = [[str(i + 1), d, h, q, money(u, indian=True), money(D(q) * u, indian=True)] for i, (d, h, q, u) in enumerate(IN_ITEMS)]
    y = p.table(215, cols, rows, 15)
    y += 6
    total = IN_NET + 2 * IN_CGST
    for i, (label, value) in enumerate(
        [
            ("Taxable Value", money(IN_NET, indian=True)),
            ("CGST @ 9%", money(IN_CGST, indian=True)),
            ("SGST @ 9%", money(IN_CGST, indian=True)),
            ("Total", f"₹ {money(total, indian=True)}"),
        ]
    ):
        p.t(350, y + 14 * i, label, 9, i == 3)
        p.t(p.w - 40, y + 14 * i, value, 9, i == 3, "r")
    y += 70
    p.t(40, y, "Amount in words: Rupees One Lakh Fifty One Thousand Three Hundred Thirty Five Only", 8.5, True)
    p.t(40, y + 30, "Bank: HDFC Bank, A/c No. 50200012345678, IFSC HDFC0001234", 8)
    p.t(p.w - 40, y + 60, "For Shreya Print Solutions Pvt. Ltd.", 8, align="r")
    p.t(p.w - 40, y + 95, "Authorised Signatory", 8, align="r")
    p.save()


# ---------------------------------------------------------------- 6. Indian GST, inter-state IGST, boxed grid, "Rs."
IN2_ITEMS = [
    ("Aluminium laptop stand", "8473", "12 Nos", D("1850.00"), D("22200.00")),
    ("USB-C docking hub", "8471", "12 Nos", D("2400.00"), D("28800.00")),
    ("Freight charges", "996511", "", D("1500.00"), D("1500.00")),
]
IN2_NET = sum((a for *_x, a in IN2_ITEMS), D(0))
IN2_IGST = r2(IN2_NET * D("0.18"))


def draw_in_igst(path: Path) -> None:
    p = Page(path, "Times-Roman", "Times-Bold")
    p.t(p.w / 2, 40, "Tax Invoice", 13, True, "c")
    left, mid, right = 40, 300, p.w - 40
    p.box(left, 50, right - left, 300)
    p.hline(left, right, 130)
    p.c.line(mid, p.h - 50, mid, p.h - 210)
    p.t(left + 5, 62, "Deccan Gadgets LLP", 10, True)
    for i, s in enumerate(["Plot 17, Hinjewadi Phase 2", "Pune, Maharashtra 411057", "GSTIN/UIN: 27AAKFD3081M1ZQ"]):
        p.t(left + 5, 75 + 11 * i, s, 8.5)
    cells = [
        ("Invoice No.", "MH/2024-25/1182"),
        ("Dated", "12-Sep-2024"),
        ("Delivery Note", "DN-0871"),
        ("Mode/Terms of Payment", "30 days"),
    ]
    for k, (label, value) in enumerate(cells):
        cx, cy = mid + (k % 2) * 127, 50 + (k // 2) * 40
        p.box(cx, cy, 127, 40)
        p.t(cx + 4, cy + 12, label, 7.5)
        p.t(cx + 4, cy + 28, value, 9, True)
    p.t(left + 5, 142, "Buyer (Bill to)", 7.5)
    for i, s in enumerate(
        ["Nordic Design Studio Pvt. Ltd.", "Connaught Place, New Delhi 110001", "GSTIN/UIN: 07AABCN7781Q1Z2", "State Name: Delhi, Code: 07"]
    ):
        p.t(left + 5, 155 + 11 * i, s, 8.5, i == 0)
    y = 225
    p.hline(left, right, 210)
    cols = [
        ("Description of Goods", 45, "l"),
        ("HSN/SAC", 250, "l"),
        ("Quantity", 350, "r"),
        ("Rate", 430, "r"),
        ("Amount", right - 5, "r"),
    ]
    rows = [[d, h, q, money(r), money(a)] for d, h, q, r, a in IN2_ITEMS]
    rows.append(["IGST @ 18%", "", "", "", money(IN2_IGST)])
    for title, x, al in cols:
        p.t(x, y, title, 8.5, True, al)
    p.hline(left, right, y + 5)
    for i, row in enumerate(rows):
        for (_t, x, al), cell in zip(cols, row, strict=True):
            p.t(x, y + 18 + 14 * i, cell, 8.5, False, al)
    p.hline(left, right, 335)
    p.t(45, 346, "Total", 9, True)
    p.t(right - 5, 346, f"Rs. {money(IN2_NET + IN2_IGST)}", 9, True, "r")
    p.t(45, 368, "Amount Chargeable (in words)", 7.5)
    p.t(45, 380, "INR Sixty One Thousand Nine Hundred Fifty Only", 9, True)
    hy = 405
    hcols = [
        ("HSN/SAC", 45, "l"),
        ("Taxable Value", 230, "r"),
        ("IGST Rate", 300, "r"),
        ("IGST Amount", 400, "r"),
        ("Total Tax Amount", right - 5, "r"),
    ]
    hrows = []
    for _d, h, _q, _r, a in IN2_ITEMS:
        hrows.append([h, money(a), "18%", money(r2(a * D("0.18"))), money(r2(a * D("0.18")))])
    hrows.append(["Total", money(IN2_NET), "", money(IN2_IGST), money(IN2_IGST)])
    for title, x, al in hcols:
        p.t(x, hy, title, 8, True, al)
    for i, row in enumerate(hrows):
        for (_t, x, al), cell in zip(hcols, row, strict=True):
            p.t(x, hy + 14 * (i + 1), cell, 8, i == len(hrows) - 1, al)
    p.t(
        45,
        hy + 100,
        "Company's PAN: AAKFD3081M   Declaration: We declare that this invoice shows the actual price of the goods described.",
        7,
    )
    p.t(right - 5, hy + 130, "for Deccan Gadgets LLP", 8, True, "r")
    p.t(p.w / 2, p.h - 30, "This is a Computer Generated Invoice", 7, align="c")
    p.save()


# ---------------------------------------------------------------- 7. Dutch factuur, BTW 9 % and 21 %
NL_ITEMS = [("Lunchpakketten", 40, D("8.50"), 9), ("Zaalhuur Grote Zaal", 1, D("1250.00"), 21), ("Koffie en thee", 40, D("2.25"), 9)]
NL_BASE = {r: sum((q * u for _d, q, u, rr in NL_ITEMS if rr == r), D(0)) for r in (9, 21)}
NL_VAT = {r: r2(b * r / 100) for r, b in NL_BASE.items()}
NL_NET = sum(NL_BASE.values(), D(0))


def nl(v: D) -> str:
    return money(v, ".", ",")


def draw_nl(path: Path) -> None:
    p = Page(path, "Times-Roman", "Times-Bold")
    p.t(40, 55, "Bakkerij & Catering Van Dijk", 17, True)
    p.t(40, 70, "Grote Houtstraat 88 · 2011 SR Haarlem · 023-5312044 · info@vandijkcatering.nl", 8)
    for i, s in enumerate(["Gemeente Haninge", "t.a.v. Afdeling Cultuur", "Rudsjöterrassen 2", "136 81 Haninge", "Zweden"]):
        p.t(40, 120 + 12 * i, s, 10)
    p.box(340, 110, p.w - 380, 62)
    p.pairs(
        348,
        430,
        124,
        [("Factuurnummer:", "2024-0318"), ("Factuurdatum:", "3 april 2024"), ("Vervaldatum:", "17 april 2024"), ("Klantnummer:", "K1044")],
        13,
        size=9,
    )
    p.t(40, 210, "FACTUUR", 14, True)
    cols = [("Omschrijving", 40, "l"), ("Aantal", 310, "r"), ("Prijs", 380, "r"), ("BTW", 430, "r"), ("Totaal", p.w - 40, "r")]
    rows = [[d, str(q), f"€ {nl(u)}", f"{r}%", f"€ {nl(q * u)}"] for d, q, u, r in NL_ITEMS]
    y = p.table(235, cols, rows, 16, 9.5)
    y += 8
    summary = [
        ("Subtotaal", f"€ {nl(NL_NET)}"),
        (f"BTW 9% over € {nl(NL_BASE[9])}", f"€ {nl(NL_VAT[9])}"),
        (f"BTW 21% over € {nl(NL_BASE[21])}", f"€ {nl(NL_VAT[21])}"),
    ]
    summary.append(("Te betalen", f"€ {nl(NL_NET + NL_VAT[9] + NL_VAT[21])}"))
    for i, (label, value) in enumerate(summary):
        p.t(320, y + 15 * i, label, 10, i == 3)
        p.t(p.w - 40, y + 15 * i, value, 10, i == 3, "r")
    p.t(40, p.h - 60, "Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding van het factuurnummer.", 8.5)
    p.t(40, p.h - 42, "KvK 34251789 · BTW-nr. NL001875342B21 · IBAN NL20 INGB 0001 2345 67", 7.5)
    p.save()


# ---------------------------------------------------------------- 8. German Rechnung, DIN letter
DE_ITEMS = [
    ("1", "Bauleitung Sanierung Turnhalle", "32", "Std.", D("95.00")),
    ("2", "Gutachten Tragwerk", "1", "psch.", D("1850.00")),
    ("3", "Fahrtkosten", "420", "km", D("0.30")),
]
DE_NET = sum((D(q) * u for _p, _d, q, _e, u in DE_ITEMS), D(0))
DE_VAT = r2(DE_NET * D("0.19"))


def de(v: D) -> str:
    return money(v, ".", ",")


def draw_de(path: Path) -> None:
    p = Page(path, "DVSerif", "DVSerif-B")
    p.t(p.w - 50, 55, "Ingenieurbüro Hartmann & Söhne", 12, True, "r")
    p.t(p.w - 50, 68, "Beratende Ingenieure · Lindenallee 5 · 34117 Kassel", 7.5, align="r")
    p.t(55, 130, "Ingenieurbüro Hartmann & Söhne · Lindenallee 5 · 34117 Kassel", 6)
    for i, s in enumerate(["Stadt Eslöv", "Samhällsbyggnadsförvaltningen", "Gröna torget 3", "241 80 Eslöv", "SCHWEDEN"]):
        p.t(55, 145 + 12 * i, s, 9.5)
    info = [
        ("Rechnungsnummer:", "2024/0815"),
        ("Rechnungsdatum:", "15.04.2024"),
        ("Kundennummer:", "K-10293"),
        ("Leistungszeitraum:", "01.03.2024 – 31.03.2024"),
        ("Ihre USt-IdNr.:", "SE212000078901"),
    ]
    for i, (label, value) in enumerate(info):
        p.t(340, 130 + 12 * i, label, 8)
        p.t(435, 130 + 12 * i, value, 8)
    p.t(55, 245, "Rechnung", 13, True)
    p.t(55, 265, "Sehr geehrte Damen und Herren,", 9.5)
    p.t(55, 278, "für die im Leistungszeitraum erbrachten Leistungen berechnen wir Ihnen:", 9.5)
    cols = [
        ("Pos.", 55, "l"),
        ("Beschreibung", 85, "l"),
        ("Menge", 310, "r"),
        ("Einheit", 320, "l"),
        ("Einzelpreis", 450, "r"),
        ("Gesamtpreis", p.w - 50, "r"),
    ]
    rows = [[pos, d, q, e, de(u), de(D(q) * u)] for pos, d, q, e, u in DE_ITEMS]
    y = p.table(305, cols, rows, 15)
    y += 6
    for i, (label, value) in enumerate(
        [("Netto", f"{de(DE_NET)} €"), ("zzgl. MwSt. 19 %", f"{de(DE_VAT)} €"), ("Gesamtbetrag", f"{de(DE_NET + DE_VAT)} €")]
    ):
        p.t(340, y + 15 * i, label, 9.5, i == 2)
        p.t(p.w - 50, y + 15 * i, value, 9.5, i == 2, "r")
    y += 70
    p.t(55, y, "Zahlbar bis 29.04.2024 ohne Abzug.", 9.5)
    p.t(55, y + 13, "Mit freundlichen Grüßen", 9.5)
    p.t(55, y + 40, "Dipl.-Ing. Klaus Hartmann", 9.5)
    p.hline(55, p.w - 50, p.h - 70)
    foot = [
        "Kasseler Sparkasse · IBAN DE12 5205 0353 0000 1234 56 · BIC HELADEF1KAS",
        "Steuernummer 026 123 45678 · USt-IdNr. DE287654321 · Amtsgericht Kassel HRA 8812",
    ]
    for i, s in enumerate(foot):
        p.t(p.w / 2, p.h - 58 + 10 * i, s, 6.5, align="c")
    p.save()


# ---------------------------------------------------------------- 9. French facture, advance paid, narrow no-break spaces
FR_ITEMS = [
    ("Développement du site (jours)", "12", D("650.00")),
    ("Hébergement annuel", "1", D("480.00")),
    ("Formation des agents (jours)", "2", D("900.00")),
]
FR_NET = sum((D(q) * u for _d, q, u in FR_ITEMS), D(0))
FR_VAT = r2(FR_NET * D("0.20"))
FR_ADVANCE = D("3000.00")


def fr(v: D) -> str:
    return money(v, NNBSP, ",") + f"{NNBSP}€"


def draw_fr(path: Path) -> None:
    p = Page(path, "DV", "DV-B")
    p.t(40, 55, "Atelier Numérique Lumière", 15, True)
    for i, s in enumerate(["SAS au capital de 10 000 €", "7 quai de la Fosse, 44000 Nantes", "contact@lumiere-numerique.fr"]):
        p.t(40, 70 + 11 * i, s, 8)
    p.t(p.w - 40, 55, "FACTURE N° FA-2024-00127", 12, True, "r")
    p.t(p.w - 40, 72, "Date d'émission : 14/05/2024", 9, align="r")
    p.t(p.w - 40, 85, "Date d'échéance : 13/06/2024", 9, align="r")
    p.box(330, 110, p.w - 370, 70)
    p.t(338, 124, "Client", 8, True)
    for i, s in enumerate(["Kommunen Lerum", "Bruksvägen 12", "443 80 Lerum, Suède"]):
        p.t(338, 137 + 12 * i, s, 9)
    cols = [("Désignation", 40, "l"), ("Qté", 300, "r"), ("PU HT", 380, "r"), ("TVA", 430, "r"), ("Total HT", p.w - 40, "r")]
    rows = [[d, q, fr(u), "20 %", fr(D(q) * u)] for d, q, u in FR_ITEMS]
    y = p.table(215, cols, rows, 16)
    y += 6
    summary = [
        ("Total HT", fr(FR_NET)),
        ("TVA 20 %", fr(FR_VAT)),
        ("Total TTC", fr(FR_NET + FR_VAT)),
        ("Acompte versé", fr(-FR_ADVANCE)),
        ("Net à payer", fr(FR_NET + FR_VAT - FR_ADVANCE)),
    ]
    for i, (label, value) in enumerate(summary):
        p.t(340, y + 15 * i, label, 9.5, i in (2, 4))
        p.t(p.w - 40, y + 15 * i, value, 9.5, i in (2, 4), "r")
    y += 100
    p.t(40, y, "Conditions de paiement : 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal.", 8)
    p.t(40, y + 12, "Indemnité forfaitaire pour frais de recouvrement : 40 €.", 8)
    foot = [
        "SIRET 852 147 963 00018 · RCS Nantes 852 147 963 · TVA intracommunautaire FR45852147963",
        "IBAN FR76 3000 4008 2800 0123 4567 890 · BIC BNPAFRPPXXX",
    ]
    for i, s in enumerate(foot):
        p.t(p.w / 2, p.h - 45 + 10 * i, s, 7, align="c")
    p.save()


# ---------------------------------------------------------------- 10. US invoice, sales tax, month-first dates, boxed header
US_ITEMS = [
    ("10", "TN-450", "Toner cartridge, black", D("89.99")),
    ("25", "CP-10", "Copy paper, case of 10 reams", D("42.50")),
    ("2", "CH-88", "Ergonomic desk chair", D("349.00")),
]
US_NET = sum((D(q) * u for q, _i, _d, u in US_ITEMS), D(0))
US_TAX = r2(US_NET * D("0.0775"))


def draw_us(path: Path) -> None:
    p = Page(path, "Courier", "Courier-Bold", LETTER)
    p.t(40, 50, "Cascade Office Supply Co.", 13, True)
    for i, s in enumerate(["1840 Industrial Way", "Tacoma, WA 98421", "(253) 555-0147"]):
        p.t(40, 64 + 11 * i, s, 8.5)
    p.t(p.w - 40, 50, "INVOICE", 18, True, "r")
    for k, (label, value) in enumerate([("DATE", "03/07/2024"), ("INVOICE #", "10457")]):
        x = 400 + 86 * k
        p.box(x, 70, 86, 16, shade=0.85)
        p.box(x, 86, 86, 18)
        p.t(x + 43, 81, label, 8, True, "c")
        p.t(x + 43, 99, value, 9, False, "c")
    for k, title in enumerate(["BILL TO", "SHIP TO"]):
        x = 40 + 270 * k
        p.box(x, 125, 260, 16, shade=0.85)
        p.box(x, 141, 260, 52)
        p.t(x + 5, 136, title, 8, True)
        for i, s in enumerate(["Sister City Program Office", "c/o City of Tacoma", "747 Market St, Tacoma WA 98402"]):
            p.t(x + 5, 154 + 11 * i, s, 8.5)
    for k, (label, value) in enumerate([("P.O. NUMBER", "PO-7731"), ("TERMS", "Net 30"), ("DUE DATE", "04/06/2024"), ("REP", "JM")]):
        x = 40 + 132 * k
        p.box(x, 205, 132, 16, shade=0.85)
        p.box(x, 221, 132, 18)
        p.t(x + 66, 216, label, 8, True, "c")
        p.t(x + 66, 234, value, 9, False, "c")
    cols = [("QTY", 60, "r"), ("ITEM", 75, "l"), ("DESCRIPTION", 140, "l"), ("RATE", 470, "r"), ("AMOUNT", p.w - 45, "r")]
    rows = [[q, i, d, money(u), money(D(q) * u)] for q, i, d, u in US_ITEMS]
    y = p.table(260, cols, rows, 16)
    y += 10
    summary = [
        ("Subtotal", f"${money(US_NET)}"),
        ("Sales Tax (7.75%)", f"${money(US_TAX)}"),
        ("Total", f"${money(US_NET + US_TAX)}"),
        ("Payments/Credits", "$0.00"),
        ("Balance Due", f"${money(US_NET + US_TAX)}"),
    ]
    for i, (label, value) in enumerate(summary):
        p.t(370, y + 15 * i, label, 9, label in ("Total", "Balance Due"))
        p.t(p.w - 45, y + 15 * i, value, 9, label in ("Total", "Balance Due"), "r")
    p.t(40, p.h - 45, "Thank you for your business. Please include the invoice number with your payment.", 8)
    p.save()


# ---------------------------------------------------------------- 11. Swiss Rechnung, CHF, apostrophe thousands, MWST 8.1 %
CH_ITEMS = [
    ("Seminarraum Pilatus", "2 Tage", D("2"), D("1200.00")),
    ("Verpflegung Seminar", "35 Pers.", D("35"), D("48.50")),
    ("Übernachtung EZ", "12 Nächte", D("12"), D("165.00")),
]
CH_NET = sum((n * u for _d, _q, n, u in CH_ITEMS), D(0))
CH_VAT = r2(CH_NET * D("0.081"))


def ch(v: D) -> str:
    return money(v, "'", ".")


def draw_ch(path: Path) -> None:
    p = Page(path, "DVCond", "DVCond-B")
    p.t(40, 55, "Alpenblick Seminare AG", 14, True)
    p.t(40, 69, "Haldenstrasse 21 · 6006 Luzern · CHE-123.456.789 MWST", 8)
    for i, s in enumerate(["Kommun Åre", "Turistkontoret", "Box 201", "837 21 Åre", "Schweden"]):
        p.t(330, 110 + 12 * i, s, 9.5)
    p.t(40, 200, "Rechnung Nr. 25-0042", 13, True)
    p.t(40, 216, "Luzern, 15. Januar 2025", 9.5)
    p.t(40, 229, "Ihr Seminar vom 8. bis 10. Januar 2025", 9.5)
    cols = [("Leistung", 40, "l"), ("Menge", 300, "r"), ("Ansatz CHF", 420, "r"), ("Betrag CHF", p.w - 40, "r")]
    rows = [[d, q, ch(u), ch(n * u)] for d, q, n, u in CH_ITEMS]
    y = p.table(260, cols, rows, 15)
    y += 6
    for i, (label, value) in enumerate(
        [("Total exkl. MWST", ch(CH_NET)), ("MWST 8.1 %", ch(CH_VAT)), ("Total inkl. MWST CHF", ch(CH_NET + CH_VAT))]
    ):
        p.t(300, y + 15 * i, label, 9.5, i == 2)
        p.t(p.w - 40, y + 15 * i, value, 9.5, i == 2, "r")
    y += 65
    p.t(40, y, "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.", 9)
    p.t(40, y + 13, "Luzerner Kantonalbank · IBAN CH93 0076 2011 6238 5295 7", 9)
    p.save()


# ---------------------------------------------------------------- 12. German Gutschrift (credit note), minus signs printed
GS_ITEMS = [("Rückgabe Beamer XG-300", D("1"), D("640.00")), ("Anteilige Versandkosten", D("1"), D("12.00"))]
GS_NET = sum((q * u for _d, q, u in GS_ITEMS), D(0))
GS_VAT = r2(GS_NET * D("0.19"))


def draw_gutschrift(path: Path) -> None:
    p = Page(path, "Helvetica", "Helvetica-Bold")
    p.t(40, 50, "TECHNIKHAUS MEINERS", 14, True)
    p.t(40, 63, "Technikhaus Meiners e.K. · Bahnhofstr. 9 · 26122 Oldenburg", 7.5)
    for i, s in enumerate(["Ystads kommun", "Kultur och utbildning", "271 80 Ystad", "Schweden"]):
        p.t(40, 100 + 12 * i, s, 9.5)
    p.t(40, 180, "Gutschrift", 15, True)
    grid = [("Gutschrift-Nr.", "GS-2024-0031"), ("Datum", "21.06.2024"), ("zu Rechnung", "2024-0977"), ("Kunden-Nr.", "20417")]
    for i, (label, value) in enumerate(grid):
        p.box(40 + 128 * i, 195, 128, 32)
        p.t(45 + 128 * i, 206, label, 7.5)
        p.t(45 + 128 * i, 220, value, 9.5, True)
    cols = [("Pos", 40, "l"), ("Bezeichnung", 70, "l"), ("Menge", 330, "r"), ("Einzelpreis", 440, "r"), ("Betrag", p.w - 40, "r")]
    rows = [[str(i + 1), d, f"{q}", de(u), de(-q * u)] for i, (d, q, u) in enumerate(GS_ITEMS)]
    y = p.table(255, cols, rows, 15)
    y += 6
    for i, (label, value) in enumerate(
        [
            ("Summe netto", f"{de(-GS_NET)} EUR"),
            ("Umsatzsteuer 19 %", f"{de(-GS_VAT)} EUR"),
            ("Gutschriftsbetrag", f"{de(-GS_NET - GS_VAT)} EUR"),
        ]
    ):
        p.t(330, y + 15 * i, label, 9.5, i == 2)
        p.t(p.w - 40, y + 15 * i, value, 9.5, i == 2, "r")
    p.t(40, y + 70, "Der Betrag wird Ihrem Konto innerhalb von 7 Tagen gutgeschrieben.", 9)
    p.t(40, p.h - 40, "USt-IdNr. DE264195870 · Oldenburgische Landesbank · IBAN DE44 2802 0050 9213 4567 00", 7)
    p.save()


# ---- 13. South African tax invoice, ZAR, space thousands + decimal point, yyyy/mm/dd
ZA_ITEMS = [("Annual subscription, Team plan", D("9800.00")), ("Onboarding and data migration", D("2650.00"))]
ZA_NET = sum((a for _d, a in ZA_ITEMS), D(0))
ZA_VAT = r2(ZA_NET * D("0.15"))


def za(v: D) -> str:
    return "R " + money(v, " ", ".")


def draw_za(path: Path) -> None:
    p = Page(path, "DVMono", "DVMono")
    p.t(40, 50, "Kopano Software (Pty) Ltd", 12)
    for i, s in enumerate(["14 Loop Street, Cape Town 8001", "VAT No. 4710263958", "Reg. No. 2016/214455/07"]):
        p.t(40, 64 + 11 * i, s, 8)
    p.t(p.w - 40, 50, "TAX INVOICE", 14, align="r")
    p.pairs(
        360,
        450,
        70,
        [("Invoice No:", "INV-000982"), ("Date:", "2024/07/31"), ("Due:", "2024/08/30"), ("Account:", "SWE-0042")],
        12,
        size=8.5,
    )
    p.t(40, 130, "To:", 8.5)
    for i, s in enumerate(["Malmö stad", "Stadskontoret", "205 80 Malmö, Sweden"]):
        p.t(70, 130 + 11 * i, s, 8.5)
    cols = [("Description", 40, "l"), ("Amount", p.w - 40, "r")]
    y = p.table(190, cols, [[d, za(a)] for d, a in ZA_ITEMS], 15)
    p.box(330, y, p.w - 370, 66)
    for i, (label, value) in enumerate(
        [("Sub Total", za(ZA_NET)), ("VAT @ 15%", za(ZA_VAT)), ("Total", za(ZA_NET + ZA_VAT)), ("Amount Due", za(ZA_NET + ZA_VAT))]
    ):
        p.t(338, y + 14 + 15 * i, label, 8.5)
        p.t(p.w - 48, y + 14 + 15 * i, value, 8.5, align="r")
    p.t(40, p.h - 45, "Banking details: FNB, account 62812345678, branch code 250655. Reference: INV-000982", 7)
    p.save()


def _gold(kind_fields: dict) -> dict:
    return {k: (f"{v:.2f}" if isinstance(v, D) else v) for k, v in kind_fields.items()}


INVOICES = [
    Inv(
        "en-cloud-usd-tax-by-jurisdiction.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="2024110847213",
                invoice_date="2024-11-02",
                due_date="2024-12-02",
                net=CLOUD_USD_NET,
                vat=CLOUD_USD_TAX,
                total=CLOUD_USD_NET + CLOUD_USD_TAX,
                currency="USD",
                supplier="Nimbus Cloud Services, Inc.",
                lines=len(CLOUD_USD_LINES),
                line_sum=CLOUD_USD_NET - CLOUD_USD_CREDIT,
            )
        ),
        draw_cloud_usd,
    ),
    Inv(
        "en-cloud-eur-usage-lines.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="E0412-2291-77",
                invoice_date="2024-11-03",
                net=CLOUD_EUR_NET,
                vat=CLOUD_EUR_VAT,
                total=CLOUD_EUR_NET + CLOUD_EUR_VAT,
                currency="EUR",
                supplier="Cumulus Compute Ireland Ltd",
                lines=sum(len(i) for _g, i in CLOUD_EUR_GROUPS),
                line_sum=CLOUD_EUR_NET,
            )
        ),
        draw_cloud_eur,
    ),
    Inv(
        "en-gb-retailer-vat-included.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="GB-INV-2024-88127",
                invoice_date="2024-03-16",
                net=UK_NET,
                vat=UK_VAT,
                total=UK_TOTAL,
                currency="GBP",
                supplier="Parcelbay UK Ltd",
                lines=len(UK_ITEMS),
                line_sum=UK_TOTAL,
            )
        ),
        draw_uk_retailer,
    ),
    Inv(
        "de-onlineshop-brutto-steuertabelle.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="RE-2024-051177",
                invoice_date="2024-05-04",
                net=DE_SHOP_NET,
                vat=DE_SHOP_TAX,
                total=DE_SHOP_NET + DE_SHOP_TAX,
                currency="EUR",
                supplier="Buchwelt Online GmbH",
                lines=len(DE_SHOP_ITEMS),
                line_sum=DE_SHOP_NET + DE_SHOP_TAX,
            )
        ),
        draw_de_shop,
    ),
    Inv(
        "in-gst-cgst-sgst-rupee.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="SPS/24-25/0457",
                invoice_date="2024-08-05",
                due_date="2024-09-04",
                net=IN_NET,
                vat=2 * IN_CGST,
                total=IN_NET + 2 * IN_CGST,
                currency="INR",
                supplier="Shreya Print Solutions Pvt. Ltd.",
                lines=len(IN_ITEMS),
                line_sum=IN_NET,
            )
        ),
        draw_in_cgst,
    ),
    Inv(
        "in-gst-igst-boxed.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="MH/2024-25/1182",
                invoice_date="2024-09-12",
                net=IN2_NET,
                vat=IN2_IGST,
                total=IN2_NET + IN2_IGST,
                currency="INR",
                supplier="Deccan Gadgets LLP",
                lines=len(IN2_ITEMS),
                line_sum=IN2_NET,
            )
        ),
        draw_in_igst,
    ),
    Inv(
        "nl-factuur-btw-9-21.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="2024-0318",
                invoice_date="2024-04-03",
                due_date="2024-04-17",
                net=NL_NET,
                vat=NL_VAT[9] + NL_VAT[21],
                total=NL_NET + NL_VAT[9] + NL_VAT[21],
                currency="EUR",
                supplier="Bakkerij & Catering Van Dijk",
                lines=len(NL_ITEMS),
                line_sum=NL_NET,
                vat_rates=["21", "9"],
            )
        ),
        draw_nl,
    ),
    Inv(
        "de-rechnung-din-brief.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="2024/0815",
                invoice_date="2024-04-15",
                due_date="2024-04-29",
                net=DE_NET,
                vat=DE_VAT,
                total=DE_NET + DE_VAT,
                currency="EUR",
                supplier="Ingenieurbüro Hartmann & Söhne",
                lines=len(DE_ITEMS),
                line_sum=DE_NET,
            )
        ),
        draw_de,
    ),
    Inv(
        "fr-facture-acompte-espaces-fines.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="FA-2024-00127",
                invoice_date="2024-05-14",
                due_date="2024-06-13",
                net=FR_NET,
                vat=FR_VAT,
                total=FR_NET + FR_VAT,
                amount_due=FR_NET + FR_VAT - FR_ADVANCE,
                currency="EUR",
                supplier="Atelier Numérique Lumière",
                lines=len(FR_ITEMS),
                line_sum=FR_NET,
            )
        ),
        draw_fr,
    ),
    Inv(
        "us-sales-tax-boxed.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="10457",
                invoice_date="2024-03-07",
                due_date="2024-04-06",
                net=US_NET,
                vat=US_TAX,
                total=US_NET + US_TAX,
                currency="USD",
                supplier="Cascade Office Supply Co.",
                lines=len(US_ITEMS),
                line_sum=US_NET,
            )
        ),
        draw_us,
    ),
    Inv(
        "ch-rechnung-apostroph.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="25-0042",
                invoice_date="2025-01-15",
                net=CH_NET,
                vat=CH_VAT,
                total=CH_NET + CH_VAT,
                currency="CHF",
                supplier="Alpenblick Seminare AG",
                lines=len(CH_ITEMS),
                line_sum=CH_NET,
            )
        ),
        draw_ch,
    ),
    Inv(
        "de-gutschrift-minus.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="GS-2024-0031",
                invoice_date="2024-06-21",
                net=-GS_NET,
                vat=-GS_VAT,
                total=-GS_NET - GS_VAT,
                currency="EUR",
                supplier="Technikhaus Meiners e.K.",
                is_credit_note=True,
                lines=len(GS_ITEMS),
                line_sum=GS_NET,
            )
        ),
        draw_gutschrift,
    ),
    Inv(
        "za-tax-invoice-spaces.pdf",
        _gold(
            dict(
                kind="invoice",
                invoice_number="INV-000982",
                invoice_date="2024-07-31",
                due_date="2024-08-30",
                net=ZA_NET,
                vat=ZA_VAT,
                total=ZA_NET + ZA_VAT,
                currency="ZAR",
                supplier="Kopano Software (Pty) Ltd",
                lines=len(ZA_ITEMS),
                line_sum=ZA_NET,
            )
        ),
        draw_za,
    ),
]


def generate(out: Path) -> dict:
    _register_fonts()
    out.mkdir(parents=True, exist_ok=True)
    gold = {"files": {}}
    for inv in INVOICES:
        inv.draw(out / inv.name)
        gold["files"][inv.name] = inv.gold
    (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    return gold


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
