"""genre14: an invoices-only corpus (the invoices municipalities attach to their answers), in supplier
forms, languages and layouts none of tests/data/genre … genre11 has. See tests/data/genre14/README.md.

    /work/main/.venv/bin/python tests/gen/genre14.py [case ...]

Everything is drawn with reportlab (DejaVu fonts) and PIL, so a rebuild gives the same bytes. The
gold is computed from the data below (VAT per rate rounded half up, as each invoice prints it).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from genre_kit import ROOT, Cases, D, group, scan_pdf, write_gold  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import Table, TableStyle  # noqa: E402

rl_config.invariant = 1
OUT = ROOT / "tests" / "data" / "genre14"
CASES = Cases(OUT)
FONTS = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in [
    ("Sans", "DejaVuSans.ttf"),
    ("Sans-B", "DejaVuSans-Bold.ttf"),
    ("Sans-I", "DejaVuSans-Oblique.ttf"),
    ("Serif", "DejaVuSerif.ttf"),
    ("Serif-B", "DejaVuSerif-Bold.ttf"),
    ("Serif-I", "DejaVuSerif-Italic.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"),
    ("Cond-B", "DejaVuSansCondensed-Bold.ttf"),
    ("Mono", "DejaVuSansMono.ttf"),
    ("Mono-B", "DejaVuSansMono-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, str(FONTS / _f)))
W, H = A4
C2 = Decimal("0.01")


def r2(v: Decimal) -> Decimal:
    return v.quantize(C2, rounding=ROUND_HALF_UP)


def nf(v, th=" ", dp=",", places=2) -> str:
    """a number as the supplier prints it: thousands separator th, decimal mark dp"""
    s = group(D(v), th, "always", dp)
    return s if places == 2 else s.split(dp)[0]


# ------------------------------------------------------------------------------------------
# the invoice's data: lines (description, quantity, unit, unit price, VAT rate, amount), VAT per
# rate on the rate's net, rounded half up


@dataclass
class Line:
    desc: str
    qty: Decimal | None
    unit: str | None
    price: Decimal | None
    rate: Decimal
    amt: Decimal | None = None

    def __post_init__(self):
        if self.amt is None:
            self.amt = r2(D(self.qty) * D(self.price))
        self.amt = D(self.amt)


def L(desc, qty, unit, price, rate, amt=None) -> Line:  # noqa: N802
    return Line(desc, None if qty is None else D(qty), unit, None if price is None else D(price), D(rate), amt)


@dataclass
class Bill:
    number: str
    date: str
    due: str | None
    supplier: str
    buyer: str
    currency: str
    lang: str
    lines: list
    org_no: str | None = None
    per_line_rate: bool = False
    extra: dict = field(default_factory=dict)

    def rates(self) -> dict:
        out: dict = {}
        for ln in self.lines:
            out[ln.rate] = out.get(ln.rate, Decimal(0)) + ln.amt
        return dict(sorted(out.items()))

    def vat_by_rate(self) -> dict:
        return {r: r2(n * r / 100) for r, n in self.rates().items()}

    @property
    def net(self) -> Decimal:
        return sum(self.rates().values(), Decimal(0))

    @property
    def vat(self) -> Decimal:
        return sum(self.vat_by_rate().values(), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.net + self.vat

    def gold(self) -> dict:
        g = {
            "kind": "invoice",
            "invoice_number": self.number,
            "invoice_date": self.date,
        }
        if self.due:
            g["due_date"] = self.due
        g.update(supplier=self.supplier, buyer=self.buyer)
        if self.org_no:
            g["supplier_org_no"] = self.org_no
        g.update(net=f"{self.net:.2f}", vat=f"{self.vat:.2f}", total=f"{self.total:.2f}", currency=self.currency, language=self.lang)
        g["invoice_lines"] = [
            {
                "description": ln.desc,
                "quantity": None if ln.qty is None else f"{ln.qty:f}",
                "unit": ln.unit,
                "unit_price": None if ln.price is None else f"{ln.price:.2f}",
                "amount": f"{ln.amt:.2f}",
                "vat_rate": f"{ln.rate:f}" if self.per_line_rate else None,
            }
            for ln in self.lines
        ]
        vb = self.vat_by_rate()
        g["invoice_vat"] = [{"vat_rate": f"{r:f}", "net_amount": f"{n:.2f}", "vat_amount": f"{vb[r]:.2f}"} for r, n in self.rates().items()]
        g.update(self.extra)
        return g


# ------------------------------------------------------------------------------------------
# drawing helpers


def text_lines(c, x, y, lines, font="Sans", size=9, lead=None, right=False, colour=colors.black):
    lead = lead or size * 1.3
    c.setFillColor(colour)
    for i, ln in enumerate(lines):
        bold = ln.startswith("**")
        c.setFont((font.split("-")[0] + "-B") if bold else font, size)
        s = ln.strip("*")
        (c.drawRightString if right else c.drawString)(x, y - i * lead, s)
    c.setFillColor(colors.black)
    return y - len(lines) * lead


def grid(c, x, y, rows, widths, style, font="Sans", size=8.5):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size)] + style))
    tw, th = t.wrap(0, 0)
    t.drawOn(c, x, y - th)
    return y - th


def canvas(path: Path) -> Canvas:
    path.parent.mkdir(parents=True, exist_ok=True)
    return Canvas(str(path), pagesize=A4, invariant=1)


def luhn(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def ocr_number(base: str) -> str:
    """Swedish OCR reference: the base, a length digit, a Luhn check digit"""
    s = base + str((len(base) + 2) % 10)
    return s + luhn(s)


# ==========================================================================================
# 1. Vadstena: five Swedish small suppliers


VAD_BUYER = ["Vadstena kommun", "Kultur- och fritidsförvaltningen", "Att: Maja Strömgren", "Box 114", "592 22 Vadstena"]


def sv_enskild(path: Path) -> Bill:
    """A one-person firm's invoice typed in a word processor: F-skatt, not registered for VAT."""
    b = Bill(
        "7",
        "2023-10-30",
        "2023-11-29",
        "Linnea Åkesson Textilverkstad",
        "Vadstena kommun",
        "SEK",
        "sv",
        [
            L("Textilworkshop för unga på fritidsgården Ekängen, 4 tillfällen à 3 tim", 12, "tim", 650, 0),
            L("Material: garn, tyg och textiltryckfärg (enligt kvitton)", None, None, None, 0, "1240.00"),
        ],
        org_no="870412-3348",
    )
    c = canvas(path)
    c.setFont("Serif-B", 15)
    c.drawCentredString(W / 2, H - 2.4 * cm, "Linnea Åkesson Textilverkstad")
    c.setFont("Serif", 9.5)
    c.drawCentredString(W / 2, H - 2.95 * cm, "Klosterlundsgatan 9 B · 592 30 Vadstena · 073-812 44 90 · linnea.akesson.textil@gmail.com")
    c.line(2.5 * cm, H - 3.25 * cm, W - 2.5 * cm, H - 3.25 * cm)
    text_lines(c, 2.5 * cm, H - 4.6 * cm, VAD_BUYER, "Serif", 10.5)
    text_lines(
        c,
        12 * cm,
        H - 4.6 * cm,
        ["**FAKTURA nr 7", "", "Datum: 30 oktober 2023", "Betalas senast: 29 november 2023", "Er referens: Maja Strömgren"],
        "Serif",
        10.5,
    )
    y = H - 11 * cm
    c.setFont("Serif", 10.5)
    c.drawString(2.5 * cm, y, "Jag fakturerar härmed för textilworkshopen på Ekängen (10/10, 17/10, 24/10 och 26/10 2023).")
    y -= 1.1 * cm
    c.setFont("Serif-B", 10.5)
    c.drawString(2.5 * cm, y, "Avser")
    c.drawRightString(13.5 * cm, y, "Antal")
    c.drawRightString(15.7 * cm, y, "Pris")
    c.drawRightString(W - 2.5 * cm, y, "Summa")
    c.line(2.5 * cm, y - 4, W - 2.5 * cm, y - 4)
    c.setFont("Serif", 10)
    y -= 18
    c.drawString(2.5 * cm, y, "Textilworkshop för unga på fritidsgården Ekängen,")
    c.drawString(2.5 * cm, y - 12, "4 tillfällen à 3 tim")
    c.drawRightString(13.5 * cm, y, "12 tim")
    c.drawRightString(15.7 * cm, y, "650 kr")
    c.drawRightString(W - 2.5 * cm, y, "7 800 kr")
    y -= 32
    c.drawString(2.5 * cm, y, "Material: garn, tyg och textiltryckfärg (enligt kvitton)")
    c.drawRightString(W - 2.5 * cm, y, "1 240 kr")
    y -= 10
    c.line(2.5 * cm, y, W - 2.5 * cm, y)
    y -= 18
    c.setFont("Serif-B", 11)
    c.drawString(2.5 * cm, y, "Att betala")
    c.drawRightString(W - 2.5 * cm, y, "9 040 kr")
    y -= 30
    text_lines(
        c,
        2.5 * cm,
        y,
        [
            "Ingen moms debiteras. Jag är inte registrerad för moms, eftersom min omsättning understiger",
            "gränsen för momsbefrielse (18 kap. mervärdesskattelagen).",
            "",
            "Betalning till Swedbank, clearingnr 8327-9, konto 914 553 208-4. Ange fakturanummer 7.",
            "",
            "Tack för ett fint samarbete!",
            "Linnea Åkesson",
        ],
        "Serif",
        10,
    )
    c.setFont("Serif", 8.5)
    c.drawCentredString(W / 2, 2 * cm, "Linnea Åkesson Textilverkstad (enskild firma) · Org.nr 870412-3348 · Godkänd för F-skatt")
    c.save()
    b.extra["note"] = "enskild firma without VAT registration: vat 0, total = net; personnummer as org.nr"
    return b


HAND = colors.HexColor("#1d3f9a")


def hand(c, x, y, s, size=12, right=False, seed=0):
    """a value written by hand into a pre-printed form (blue oblique, each word a little off the line)"""
    c.setFillColor(HAND)
    c.setFont("Sans-I", size)
    words = s.split(" ")
    if right:
        x -= pdfmetrics.stringWidth(s, "Sans-I", size)
    for i, w in enumerate(words):
        dy = ((seed + i * 7) % 5 - 2) * 0.6
        c.drawString(x, y + dy, w)
        x += pdfmetrics.stringWidth(w + " ", "Sans-I", size) + ((seed + i) % 3) * 0.8
    c.setFillColor(colors.black)


def sv_blankett(path: Path) -> Bill:
    """A sole trader's invoice on a pre-printed form pad, filled in by hand."""
    b = Bill(
        "0231",
        "2023-09-23",
        "2023-10-23",
        "Rune Petterssons Snickeri",
        "Vadstena kommun",
        "SEK",
        "sv",
        [
            L("Bänkar till utegym, furu, behandlade", 4, "st", 2350, 25),
            L("Montering på plats", 6, "tim", 480, 25),
            L("Skruv, vinkeljärn och beslag", None, None, None, 25, "615.00"),
        ],
        org_no="580923-4471",
    )
    c = canvas(path)
    g = colors.HexColor("#2f6b4f")
    c.setStrokeColor(g)
    c.setFillColor(g)
    c.setFont("Sans-B", 22)
    c.drawString(2 * cm, H - 2.3 * cm, "FAKTURA")
    c.setFont("Sans", 6.5)
    c.drawString(2 * cm, H - 2.75 * cm, "Blankett 1392 · Fakturablock med kopia")
    x0, x1 = 2 * cm, W - 2 * cm
    boxes = [
        ("Fakturanummer", 11 * cm, H - 3.2 * cm, 3.4 * cm),
        ("Fakturadatum", 14.4 * cm, H - 3.2 * cm, 4.6 * cm),
        ("Kundnummer", 11 * cm, H - 4.4 * cm, 3.4 * cm),
        ("Förfallodag", 14.4 * cm, H - 4.4 * cm, 4.6 * cm),
        ("Er referens", 11 * cm, H - 5.6 * cm, 8 * cm),
    ]
    for lab, x, y, w in boxes:
        c.rect(x, y - 1.2 * cm, w, 1.2 * cm)
        c.setFont("Sans", 6.5)
        c.drawString(x + 3, y - 8, lab)
    c.rect(x0, H - 6.8 * cm, 8.5 * cm, 3.6 * cm)
    c.setFont("Sans", 6.5)
    c.drawString(x0 + 3, H - 3.2 * cm - 8, "Kund")
    c.rect(x0, H - 9.2 * cm, x1 - x0, 2.1 * cm)
    c.drawString(x0 + 3, H - 7.1 * cm - 8, "Säljare (namn, adress, organisationsnummer, F-skatt)")
    # line grid
    ty = H - 9.7 * cm
    cols = [x0, x0 + 1.8 * cm, x0 + 11 * cm, x0 + 14 * cm, x1]
    c.rect(x0, ty - 12 * cm, x1 - x0, 12 * cm)
    for cx in cols[1:-1]:
        c.line(cx, ty, cx, ty - 12 * cm)
    c.line(x0, ty - 0.6 * cm, x1, ty - 0.6 * cm)
    for i in range(1, 14):
        c.setLineWidth(0.3)
        c.line(x0, ty - 0.6 * cm - i * 0.8 * cm, x1, ty - 0.6 * cm - i * 0.8 * cm)
    c.setLineWidth(1)
    c.setFont("Sans-B", 7.5)
    for lab, cx in zip(["Antal", "Benämning", "À-pris", "Belopp"], cols, strict=False):
        c.drawString(cx + 3, ty - 0.42 * cm, lab)
    sy = ty - 12 * cm
    sums = ["Summa exkl. moms", "Moms 25 %", "ATT BETALA"]
    for i, lab in enumerate(sums):
        c.rect(x0 + 11 * cm, sy - (i + 1) * 0.9 * cm, x1 - x0 - 11 * cm, 0.9 * cm)
        c.setFont("Sans-B" if i == 2 else "Sans", 7.5)
        c.drawString(x0 + 11 * cm + 3, sy - (i + 1) * 0.9 * cm + 8, lab)
    c.rect(x0, sy - 4.2 * cm, 10.5 * cm, 3.2 * cm)
    c.setFont("Sans", 6.5)
    c.drawString(x0 + 3, sy - 1.0 * cm - 8, "Betalningsvillkor / Bankgiro / Plusgiro / Konto")
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    # filled in by hand
    hand(c, 11.2 * cm, H - 4.05 * cm, "0231", seed=1)
    hand(c, 14.6 * cm, H - 4.05 * cm, "23 sept. 2023", seed=2)
    hand(c, 11.2 * cm, H - 5.25 * cm, "–", seed=3)
    hand(c, 14.6 * cm, H - 5.25 * cm, "23 okt. 2023", seed=4)
    hand(c, 11.2 * cm, H - 6.45 * cm, "Anders Ek, fritidsgården", seed=5)
    for i, s in enumerate(["Vadstena kommun", "Kultur & fritid", "Box 114", "592 22 Vadstena"]):
        hand(c, x0 + 0.4 * cm, H - 4.0 * cm - i * 0.62 * cm, s, seed=6 + i)
    hand(c, x0 + 0.4 * cm, H - 7.95 * cm, "Rune Petterssons Snickeri, Hagebyvägen 4, 592 94 Vadstena", 11, seed=9)
    hand(c, x0 + 0.4 * cm, H - 8.65 * cm, "Org.nr 580923-4471   Innehar F-skattsedel   tel 070-331 65 08", 11, seed=10)
    rows = [
        ("4 st", "Bänkar till utegym, furu, behandlade", "2 350:-", "9 400:-"),
        ("6 tim", "Montering på plats", "480:-", "2 880:-"),
        ("", "Skruv, vinkeljärn och beslag", "", "615:-"),
    ]
    for i, (a, bn, p, s) in enumerate(rows):
        yy = ty - 0.6 * cm - (i + 1) * 0.8 * cm + 0.22 * cm
        hand(c, cols[0] + 5, yy, a, 11.5, seed=11 + i)
        hand(c, cols[1] + 5, yy, bn, 11.5, seed=12 + i)
        hand(c, cols[3] - 5, yy, p, 11.5, right=True, seed=13 + i)
        hand(c, cols[4] - 5, yy, s, 11.5, right=True, seed=14 + i)
    for i, s in enumerate(["12 895:-", "3 223,75", "16 118,75"]):
        hand(c, x1 - 6, sy - (i + 1) * 0.9 * cm + 7, s, 12, right=True, seed=20 + i)
    hand(c, x0 + 0.4 * cm, sy - 1.9 * cm, "30 dagar netto", 11, seed=23)
    hand(c, x0 + 0.4 * cm, sy - 2.6 * cm, "Bankgiro 5318-2207", 11, seed=24)
    hand(c, x0 + 0.4 * cm, sy - 3.3 * cm, "Ange fakturanr vid betalning!", 11, seed=25)
    c.save()
    b.extra["note"] = "pre-printed form pad filled in by hand (blue oblique); amounts '9 400:-', VAT 25 %"
    return b


def sv_fortnox(path: Path) -> Bill:
    """An invoice from a small firm's accounting system (Fortnox-like): OCR, bankgiro, öresavrundning."""
    b = Bill(
        "1187",
        "2023-08-21",
        "2023-09-20",
        "Bryggargårdens Café & Catering AB",
        "Vadstena kommun",
        "SEK",
        "sv",
        [
            L("Lunchbuffé 17 augusti", 34, "st", 115, 12),
            L("Förmiddagsfika med smörgås", 34, "st", 45, 12),
            L("Hyra konferenslokal, heldag", 1, "st", 2400, 25),
            L("Projektor och högtalare", 1, "st", 350, 25),
        ],
        org_no="559214-6613",
        per_line_rate=True,
    )
    ocr = ocr_number("1187")
    total = b.total
    rounded = total.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    b.extra.update(ocr_reference=ocr, bankgiro="5051-8872", amount_due=f"{rounded:.2f}")
    c = canvas(path)
    c.setFont("Sans-B", 13)
    c.drawString(1.6 * cm, H - 1.9 * cm, "Bryggargårdens Café & Catering AB")
    c.setFont("Sans-B", 17)
    c.drawString(11.6 * cm, H - 1.9 * cm, "Faktura")
    c.setFont("Sans", 8)
    c.drawRightString(W - 1.6 * cm, H - 1.9 * cm, "Sida 1 (1)")
    meta = [("Fakturadatum", "2023-08-21"), ("Fakturanr", "1187"), ("Kundnr", "10042"), ("OCR", ocr)]
    for i, (k, v) in enumerate(meta):
        c.setFont("Sans", 7.5)
        c.drawString(11.6 * cm, H - 2.7 * cm - i * 11, k)
        c.setFont("Sans", 8.5)
        c.drawString(14.2 * cm, H - 2.7 * cm - i * 11, v)
    text_lines(
        c, 11.6 * cm, H - 4.4 * cm, ["Vadstena kommun", "Kultur- och fritidsförvaltningen", "Box 114", "592 22 VADSTENA"], "Sans", 9.5
    )
    left = [
        ("Er referens", "Maja Strömgren"),
        ("Vår referens", "Elin Brygger"),
        ("Betalningsvillkor", "30 dagar"),
        ("Förfallodatum", "2023-09-20"),
        ("Dröjsmålsränta", "12,00 %"),
    ]
    for i, (k, v) in enumerate(left):
        c.setFont("Sans", 7.5)
        c.drawString(1.6 * cm, H - 7.2 * cm - i * 11, k)
        c.setFont("Sans", 8.5)
        c.drawString(4.4 * cm, H - 7.2 * cm - i * 11, v)
    y = H - 9.4 * cm
    heads = [("Art.nr", 1.6), ("Benämning", 3.2), ("Lev. antal", 11.6), ("Enh", 12.3), ("Moms %", 14.2), ("À-pris", 16.4), ("Summa", 19.4)]
    c.setFont("Sans", 7.5)
    for h, x in heads:
        (c.drawString if h in ("Art.nr", "Benämning", "Enh") else c.drawRightString)(x * cm, y, h)
    c.setLineWidth(0.5)
    c.line(1.6 * cm, y - 4, W - 1.6 * cm, y - 4)
    arts = ["LB01", "FK03", "LOK1", "TEK2"]
    c.setFont("Sans", 8.5)
    for i, (ln, a) in enumerate(zip(b.lines, arts, strict=True)):
        yy = y - 16 - i * 13
        c.drawString(1.6 * cm, yy, a)
        c.drawString(3.2 * cm, yy, ln.desc)
        c.drawRightString(11.6 * cm, yy, nf(ln.qty))
        c.drawString(12.3 * cm, yy, ln.unit)
        c.drawRightString(14.2 * cm, yy, f"{ln.rate}")
        c.drawRightString(16.4 * cm, yy, nf(ln.price))
        c.drawRightString(19.4 * cm, yy, nf(ln.amt))
    # totals row at the foot, as such systems print it
    vb = b.vat_by_rate()
    ty = 7.6 * cm
    c.setFont("Sans", 7.5)
    c.drawString(1.6 * cm, ty + 2.2 * cm, "Momsspecifikation")
    for i, (r, n) in enumerate(b.rates().items()):
        c.setFont("Sans", 8)
        c.drawString(1.6 * cm, ty + 1.7 * cm - i * 11, f"Moms {r} %")
        c.drawRightString(6.6 * cm, ty + 1.7 * cm - i * 11, f"underlag {nf(n)}")
        c.drawRightString(9.6 * cm, ty + 1.7 * cm - i * 11, nf(vb[r]))
    cols = [
        ("Exkl. moms", nf(b.net)),
        ("Moms", nf(b.vat)),
        ("Totalt", nf(total)),
        ("Öresavrundning", nf(rounded - total)),
        ("ATT BETALA SEK", nf(rounded)),
    ]
    xs = [1.6, 5.2, 8.4, 11.6, 15.2]
    c.line(1.6 * cm, ty + 14, W - 1.6 * cm, ty + 14)
    for (k, v), x in zip(cols, xs, strict=True):
        c.setFont("Sans", 7.5)
        c.drawString(x * cm, ty + 4, k)
        c.setFont("Sans-B" if k.startswith("ATT") else "Sans", 11 if k.startswith("ATT") else 9)
        c.drawString(x * cm, ty - 10, v)
    c.line(1.6 * cm, ty - 18, W - 1.6 * cm, ty - 18)
    c.setFont("Sans", 7.5)
    c.drawString(1.6 * cm, ty - 34, f"Vid betalning ange OCR-nummer {ocr}. Efter förfallodagen debiteras dröjsmålsränta med 12,00 %.")
    foot = [
        ["Adress", "Telefon", "Bankgiro", "Organisationsnr"],
        ["Bryggargårdens Café & Catering AB", "0143-211 70", "5051-8872", "559214-6613"],
        ["Storgatan 31", "E-post", "", "Momsreg.nr"],
        ["592 30 Vadstena", "info@bryggargarden.se", "", "SE559214661301"],
        ["", "", "", "Godkänd för F-skatt"],
    ]
    grid(
        c,
        1.6 * cm,
        2.9 * cm,
        foot,
        [5.6 * cm, 4.4 * cm, 3.4 * cm, 4.4 * cm],
        [
            ("FONTSIZE", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.grey),
            ("TEXTCOLOR", (0, 2), (-1, 2), colors.grey),
        ],
    )
    c.save()
    b.extra["note"] = (
        "Fortnox-like: OCR with length and check digit, bankgiro, totals row at the foot with öresavrundning; "
        "total = net + VAT, amount_due rounded"
    )
    return b


def sv_samlingsfaktura(path: Path) -> Bill:
    """A bakery's monthly invoice for several deliveries: one line per delivery with its date and
    delivery note, a contract discount line, 12 %."""
    deliveries = [
        ("2023-10-03", "5531", "Smörgåsar ost/skinka", 40),
        ("2023-10-05", "5547", "Smörgåsar ost/skinka", 36),
        ("2023-10-10", "5570", "Smörgåsar ost/skinka", 42),
        ("2023-10-12", "5588", "Långpannekaka, hel", 3),
        ("2023-10-17", "5603", "Smörgåsar ost/skinka", 38),
        ("2023-10-19", "5621", "Smörgåsar vegetariska", 30),
        ("2023-10-24", "5640", "Smörgåsar ost/skinka", 44),
        ("2023-10-26", "5659", "Långpannekaka, hel", 4),
        ("2023-10-31", "5677", "Smörgåsar ost/skinka", 40),
    ]
    lines = [L(f"{d} Fs {fs} {art}", q, "st", 260 if "Lång" in art else 36, 12) for d, fs, art, q in deliveries]
    sub = sum((ln.amt for ln in lines), Decimal(0))
    disc = -r2(sub * Decimal("0.05"))
    lines.append(L("Rabatt enligt avtal 5 %", None, None, None, 12, disc))
    b = Bill(
        "23-1044", "2023-11-02", "2023-12-02", "Vätterbagarn i Vadstena AB", "Vadstena kommun", "SEK", "sv", lines, org_no="556781-2290"
    )
    c = canvas(path)
    br = colors.HexColor("#7a4a1e")
    c.setFillColor(br)
    c.circle(2.6 * cm, H - 2.3 * cm, 0.9 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Serif-B", 14)
    c.drawCentredString(2.6 * cm, H - 2.45 * cm, "VB")
    c.setFillColor(br)
    c.setFont("Serif-B", 15)
    c.drawString(3.9 * cm, H - 2.15 * cm, "Vätterbagarn i Vadstena")
    c.setFont("Serif", 8.5)
    c.drawString(3.9 * cm, H - 2.6 * cm, "Hospitalsgatan 6 · 592 31 Vadstena · 0143-100 82")
    c.setFillColor(colors.black)
    c.setFont("Sans-B", 12)
    c.drawString(12 * cm, H - 2 * cm, "SAMLINGSFAKTURA")
    meta = [
        ("Fakturanummer", "23-1044"),
        ("Fakturadatum", "2023-11-02"),
        ("Förfallodatum", "2023-12-02"),
        ("Leveransperiod", "2023-10-01 – 2023-10-31"),
        ("Kund", "Vadstena kommun, fritidsgården Ekängen"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont("Sans", 8)
        c.drawString(12 * cm, H - 2.7 * cm - i * 12, k)
        c.drawString(14.8 * cm, H - 2.7 * cm - i * 12, v)
    text_lines(
        c, 2 * cm, H - 5.4 * cm, ["Vadstena kommun", "Fritidsgården Ekängen", "Fakturaadress: Box 114", "592 22 Vadstena"], "Sans", 9.5
    )
    rows = [["Datum", "Följesedel", "Artikel", "Antal", "À-pris", "Belopp"]]
    for (d, fs, art, q), ln in zip(deliveries, lines, strict=False):
        rows.append([d, fs, art, str(q), nf(ln.price), nf(ln.amt)])
    rows.append(["", "", "Summa leveranser", "", "", nf(sub)])
    rows.append(["", "", "Rabatt enligt avtal 5 %", "", "", nf(disc)])
    y = grid(
        c,
        2 * cm,
        H - 8 * cm,
        rows,
        [2.3 * cm, 2.1 * cm, 6 * cm, 1.6 * cm, 2 * cm, 3 * cm],
        [
            ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
            ("FONTNAME", (0, 0), (-1, 0), "Sans-B"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe3d3")),
            ("LINEBELOW", (0, -3), (-1, -3), 0.5, colors.black),
            ("FONTNAME", (2, -2), (-1, -2), "Sans-B"),
        ],
        size=8.5,
    )
    y -= 0.8 * cm
    tot = [("Netto", nf(b.net)), ("Moms 12 %", nf(b.vat)), ("Totalt att betala SEK", nf(b.total))]
    for i, (k, v) in enumerate(tot):
        c.setFont("Sans-B" if i == 2 else "Sans", 10 if i == 2 else 9)
        c.drawString(11.6 * cm, y - i * 15, k)
        c.drawRightString(19 * cm, y - i * 15, v)
    c.setFont("Sans", 8)
    c.drawString(2 * cm, 3 * cm, "Betalningsvillkor 30 dagar. Plusgiro 48 66 12-0. Ange fakturanummer vid betalning.")
    c.drawString(2 * cm, 2.6 * cm, "Vätterbagarn i Vadstena AB · Org.nr 556781-2290 · Momsreg.nr SE556781229001 · Innehar F-skattsedel")
    c.save()
    b.extra.update(
        plusgiro="486612-0",
        note="one line per delivery (date and delivery note in the description); 'Summa leveranser' is a subtotal, "
        "not a line; discount line −5 %",
    )
    return b


def sv_visma_scan(tmp: Path, dst: Path) -> Bill:
    """A Visma-like invoice printed and scanned: 200 dpi greyscale, 1.4° askew."""
    b = Bill(
        "300412",
        "2023-09-11",
        "2023-10-11",
        "Östgöta Scenteknik AB",
        "Vadstena kommun",
        "SEK",
        "sv",
        [
            L("Hyra ljudanläggning inkl. mixerbord", 2, "dag", 1800, 25),
            L("Ljudtekniker", 9, "tim", 550, 25),
            L("Transport tur och retur", 1, "st", 900, 25),
        ],
        org_no="556904-7718",
    )
    c = canvas(tmp)
    c.setFillColor(colors.HexColor("#444444"))
    c.rect(1.8 * cm, H - 2.9 * cm, 5.5 * cm, 1.3 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 11)
    c.drawString(2.1 * cm, H - 2.4 * cm, "ÖSTGÖTA SCENTEKNIK")
    c.setFillColor(colors.black)
    c.setFont("Sans-B", 20)
    c.drawRightString(W - 1.8 * cm, H - 2.4 * cm, "FAKTURA")
    kv = [
        ("Fakturanummer", "300412"),
        ("Fakturadatum", "2023-09-11"),
        ("Förfallodatum", "2023-10-11"),
        ("Kundnummer", "2188"),
        ("Er referens", "Maja Strömgren"),
        ("Ert ordernr", "KF-2023-118"),
    ]
    grid(
        c,
        11.3 * cm,
        H - 3.4 * cm,
        [[k, v] for k, v in kv],
        [3.6 * cm, 4.3 * cm],
        [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6"))],
        size=8.5,
    )
    text_lines(
        c, 1.8 * cm, H - 4.2 * cm, ["Leveransadress:", "Vadstena kommun", "Kultur och fritid", "Box 114", "592 22 Vadstena"], "Sans", 9.5
    )
    rows = [["Benämning", "Antal", "Enhet", "Pris", "Belopp"]] + [
        [ln.desc, nf(ln.qty, places=0), ln.unit, nf(ln.price), nf(ln.amt)] for ln in b.lines
    ]
    y = grid(
        c,
        1.8 * cm,
        H - 8.6 * cm,
        rows,
        [8.2 * cm, 1.8 * cm, 1.6 * cm, 2.6 * cm, 3.2 * cm],
        [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cccccc")),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
        ],
        size=9,
    )
    y -= 1 * cm
    tot = [["Belopp före moms", nf(b.net)], ["Moms 25 %", nf(b.vat)], ["Att betala (SEK)", nf(b.total)]]
    grid(
        c,
        11.3 * cm,
        y,
        tot,
        [4.6 * cm, 3.3 * cm],
        [("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTNAME", (0, 2), (-1, 2), "Sans-B"), ("LINEABOVE", (0, 2), (-1, 2), 1, colors.black)],
        size=10,
    )
    c.setFont("Sans", 7.5)
    foot = [
        "Östgöta Scenteknik AB · Industrigatan 14 · 590 10 Boxholm · 0142-510 83",
        "Org.nr 556904-7718 · VAT-nr SE556904771801 · Styrelsens säte: Boxholm · Godkänd för F-skatt",
        "Bankgiro 730-4418 · Betalningsvillkor 30 dagar · Dröjsmålsränta enligt räntelagen",
    ]
    for i, s in enumerate(foot):
        c.drawCentredString(W / 2, 2.6 * cm - i * 10, s)
    c.save()
    scan_pdf(tmp, tmp.with_name("visma-scan.pdf"), 200, seed=1414, skew=[0], mode="L", quality=90, dust=250, blur=0.35)
    grey_scan(tmp.with_name("visma-scan.pdf"), dst, 1.4)
    b.extra.update(
        bankgiro="730-4418",
        scanned=True,
        note="printed and scanned on grey recycled paper with the lid left ajar: "
        "200 dpi greyscale JPEG in a PDF, low contrast (paper ~205, ink ~55), 1.4° askew with dark corners; no text layer",
    )
    return b


def grey_scan(src: Path, dst: Path, skew: float) -> None:
    """The scan as a copier with its lid ajar gives it: the page's tones squeezed into a grey band
    (grey recycled paper, faded toner), turned by skew with near-black where the lid let light in."""
    import time

    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(src))
    img = doc[0].render(scale=200 / 72).to_pil().convert("L")  # the source is already a 200 dpi image
    doc.close()
    img = img.resize((1654, 2339))
    img = img.point(lambda v: 55 + v * 150 // 255)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=28)
    fixed = time.gmtime(1697188320)
    img.save(dst, resolution=200, quality=42, creationDate=fixed, modDate=fixed, producer="Scan2PDF")


@CASES.case
def invoices_vadstena():
    d = CASES.fresh("invoices-vadstena")
    tmp = Path("/tmp/genre14")
    tmp.mkdir(exist_ok=True)
    files = {
        "Faktura 7 Linnea Åkesson.pdf": sv_enskild,
        "Faktura 0231 snickeri.pdf": sv_blankett,
        "Faktura 1187 Bryggargården.pdf": sv_fortnox,
        "Samlingsfaktura 23-1044 oktober.pdf": sv_samlingsfaktura,
    }
    gold = {}
    for name, fn in files.items():
        gold[name] = fn(d / name).gold()
    name = "scan_20231013_0912.pdf"
    gold[name] = sv_visma_scan(tmp / "visma.pdf", d / name).gold()
    write_gold(
        d,
        gold,
        "Five Swedish small suppliers' invoices Vadstena kommun attached: a one-person firm without VAT (F-skatt), "
        "a pre-printed form pad filled in by hand (25 %), a Fortnox-like system invoice (12 % + 25 %, OCR, bankgiro, "
        "öresavrundning), a bakery's monthly invoice for nine deliveries with a contract discount (12 %), and a scanned "
        "Visma-like invoice (25 %, 200 dpi grey, askew).",
    )


# ==========================================================================================
# a generic page for the foreign suppliers: every string is built by the supplier's own function


def page(c, sp: dict, first: bool = True, last: bool = True, rows=None, page_label: str = "") -> None:
    acc = colors.HexColor(sp.get("accent", "#333333"))
    font, bold = sp.get("font", "Sans"), sp.get("bold", "Sans-B")
    v = sp.get("variant", "left")
    y = H - 1.8 * cm
    if first:
        if v == "band":  # a coloured band across the top with the title in it
            c.setFillColor(acc)
            c.rect(0, H - 2.6 * cm, W, 2.6 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont(bold, 18)
            c.drawString(1.8 * cm, H - 1.6 * cm, sp["title"])
            c.setFont(font, 8.5)
            c.drawString(1.8 * cm, H - 2.15 * cm, sp.get("subtitle", ""))
            c.setFillColor(colors.black)
            y = H - 3.4 * cm
        elif v == "centre":
            c.setFont(bold, 17)
            c.setFillColor(acc)
            c.drawCentredString(W / 2, y - 6, sp["title"])
            c.setFillColor(colors.black)
            c.setFont(font, 9)
            c.drawCentredString(W / 2, y - 20, sp.get("subtitle", ""))
            y -= 1.3 * cm
        else:  # title at the right, a rule under it
            c.setFont(bold, 16)
            c.setFillColor(acc)
            c.drawRightString(W - 1.8 * cm, y - 4, sp["title"])
            c.setFont(font, 8.5)
            c.drawRightString(W - 1.8 * cm, y - 17, sp.get("subtitle", ""))
            c.setStrokeColor(acc)
            c.setLineWidth(1.5)
            c.line(1.8 * cm, y - 24, W - 1.8 * cm, y - 24)
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.black)
            c.setLineWidth(1)
            y -= 1.4 * cm
        # the parties side by side, boxed
        sel = [f"**{sp['seller_head']}"] + sp["seller"]
        buy = [f"**{sp['buyer_head']}"] + sp["buyer"]
        n = max(len(sel), len(buy))
        c.setStrokeColor(colors.HexColor("#999999"))
        c.rect(1.8 * cm, y - n * 11.5 - 8, 8.4 * cm, n * 11.5 + 10)
        c.rect(10.8 * cm, y - n * 11.5 - 8, W - 12.6 * cm, n * 11.5 + 10)
        c.setStrokeColor(colors.black)
        text_lines(c, 2.0 * cm, y - 10, sel, font, 8.3, 11.5)
        text_lines(c, 11.0 * cm, y - 10, buy, font, 8.3, 11.5)
        y -= n * 11.5 + 22
        meta = sp["meta"]
        half = (len(meta) + 1) // 2
        for i, (k, val) in enumerate(meta):
            col = 0 if i < half else 1
            yy = y - (i % half) * 12
            x = 1.8 * cm + col * 9 * cm
            c.setFont(font, 8.3)
            c.drawString(x, yy, k)
            c.setFont(bold, 8.3)
            c.drawString(x + 4.6 * cm, yy, val)
        y -= half * 12 + 10
    if page_label:
        c.setFont(font, 7.5)
        c.drawRightString(W - 1.8 * cm, 1.2 * cm, page_label)
    rows = sp["rows"] if rows is None else rows
    if rows:
        y = grid(
            c,
            1.8 * cm,
            y,
            [sp["head"]] + rows,
            sp["widths"],
            [
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(sp.get("head_bg", "#e8e8e8"))),
                ("ALIGN", (sp.get("num_from", 2), 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#888888"))
                if sp.get("ruled", True)
                else ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#aaaaaa")),
            ],
            font,
            sp.get("size", 8),
        )
        y -= 12
    if not last:
        c.setFont(font, 8)
        c.drawRightString(W - 1.8 * cm, y, sp.get("continued", ""))
        return
    if sp.get("vat_table"):
        y = grid(
            c,
            1.8 * cm,
            y,
            sp["vat_table"],
            sp["vat_widths"],
            [("FONTNAME", (0, 0), (-1, 0), bold), ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("GRID", (0, 0), (-1, -1), 0.35, colors.grey)],
            font,
            8,
        )
        y -= 10
    for i, (k, val) in enumerate(sp["totals"]):
        last_row = i == len(sp["totals"]) - 1
        c.setFont(bold if last_row else font, 10 if last_row else 9)
        c.drawString(11 * cm, y - i * 14, k)
        c.drawRightString(W - 1.8 * cm, y - i * 14, val)
    y -= len(sp["totals"]) * 14 + 14
    text_lines(c, 1.8 * cm, y, sp.get("notes", []), font, 8.3, 11)
    c.setFont(font, 7)
    for i, s in enumerate(sp.get("footer", [])):
        c.drawCentredString(W / 2, 2.2 * cm - i * 9, s)


def one_page(path: Path, sp: dict) -> None:
    c = canvas(path)
    page(c, sp)
    c.save()


# ==========================================================================================
# 2. Valdemarsvik: suppliers in Romania, Croatia, Greece, Slovakia and Bulgaria

VALD_BUYER = ["Valdemarsviks kommun", "Barn- och utbildningsförvaltningen", "Storgatan 20", "615 80 Valdemarsvik", "Suedia / Sweden"]


def ro_factura(path: Path) -> Bill:
    """A Romanian FACTURA in RON over two pages: 24 lines with per-line TVA (9 % and 19 %), the
    totals only on page 2."""
    days = ["16.10", "17.10", "18.10", "19.10", "20.10", "21.10"]
    lines = []
    for dd in days:
        lines += [
            L(f"Cazare tabără, {dd}", 14, "noapte", 145, 9),
            L(f"Masă (mic dejun, prânz, cină), {dd}", 14, "pers.", 96, 9),
            L(f"Ghid montan și instructor, {dd}", 1, "zi", 620, 19),
            L(f"Transport microbuz, {dd}", 1, "cursă", 410, 19),
        ]
    b = Bill(
        "CTE 0214",
        "2023-10-23",
        "2023-11-22",
        "SC Carpatia Tur Educațional SRL",
        "Valdemarsviks kommun",
        "RON",
        "ro",
        lines,
        per_line_rate=True,
    )
    ro = lambda v: nf(v, ".", ",")  # noqa: E731
    rows = [
        [str(i + 1), ln.desc, ln.unit, str(ln.qty), ro(ln.price), ro(ln.amt), f"{ln.rate}%", ro(r2(ln.amt * ln.rate / 100))]
        for i, ln in enumerate(lines)
    ]
    vb = b.vat_by_rate()
    sp = dict(
        title="FACTURĂ",
        subtitle="Seria CTE nr. 0214 · Data emiterii: 23.10.2023",
        variant="centre",
        accent="#1f3c88",
        seller_head="Furnizor",
        seller=[
            "SC Carpatia Tur Educațional SRL",
            "Nr. Reg. Com.: J08/1123/2019",
            "CIF: RO41187726",
            "Str. Lungă nr. 58, Brașov, jud. Brașov",
            "IBAN: RO49 BTRL 0080 1202 0456 71XX",
            "Banca Transilvania",
        ],
        buyer_head="Cumpărător",
        buyer=["Valdemarsviks kommun", "Cod fiscal: 212000-2585", "Storgatan 20, 615 80 Valdemarsvik", "Suedia"],
        meta=[
            ("Seria / Număr:", "CTE 0214"),
            ("Data emiterii:", "23.10.2023"),
            ("Termen de plată:", "22.11.2023"),
            ("Cota TVA:", "9% / 19%"),
            ("Moneda:", "RON"),
            ("Contract:", "nr. 31/04.09.2023"),
        ],
        head=[
            "Nr.\ncrt.",
            "Denumirea produselor\nsau a serviciilor",
            "U.M.",
            "Cant.",
            "Preț unitar\n(fără TVA) -lei-",
            "Valoarea\n-lei-",
            "Cota\nTVA",
            "Valoarea\nTVA -lei-",
        ],
        widths=[1.3 * cm, 6.0 * cm, 1.4 * cm, 1.0 * cm, 2.2 * cm, 2.0 * cm, 1.2 * cm, 2.3 * cm],
        num_from=3,
        continued="Continuare pe pagina 2",
        totals=[
            ("Total valoare fără TVA:", f"{ro(b.net)} lei"),
            ("TVA 9%:", f"{ro(vb[D(9)])} lei"),
            ("TVA 19%:", f"{ro(vb[D(19)])} lei"),
            ("TOTAL DE PLATĂ:", f"{ro(b.total)} lei"),
        ],
        notes=[
            "Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Legea nr. 227/2015 privind Codul fiscal.",
            "Termen de plată: 30 de zile. Plata prin virament bancar în contul IBAN de mai sus.",
        ],
        footer=["Carpatia Tur Educațional · office@carpatiatur.ro · +40 268 410 227"],
    )
    c = canvas(path)
    page(c, sp, first=True, last=False, rows=rows[:21], page_label="Pagina 1 din 2")
    c.showPage()
    c.setFont("Sans", 8)
    c.drawString(1.8 * cm, H - 1.5 * cm, "Factura seria CTE nr. 0214 din 23.10.2023 (continuare)")
    page(c, sp, first=False, last=True, rows=rows[21:], page_label="Pagina 2 din 2")
    c.save()
    b.extra.update(
        page=2,
        note="two pages: 21 lines on page 1, 3 lines and all totals on page 2; per-line TVA column; 'Seria CTE nr. 0214' → 'CTE 0214'",
    )
    return b


def hr_racun(path: Path) -> Bill:
    """A Croatian fiscalised RAČUN: EUR with the kuna equivalent at the fixed rate (dual display, 2023),
    PDV 25 % + 13 %, OIB, JIR/ZKI."""
    b = Bill(
        "147/MARINA1/2",
        "2023-10-16",
        "2023-10-30",
        "Jedriličarski centar Bura d.o.o.",
        "Valdemarsviks kommun",
        "EUR",
        "hr",
        [
            L("Tečaj jedrenja za mlade, 3 dana", 12, "os.", 95, 25),
            L("Najam broda s voditeljem", 2, "dan", 180, 25),
            L("Smještaj, 2 noćenja", 24, "noć.", 28, 13),
            L("Ručak za grupu", 36, "kom", "12.50", 13),
        ],
        per_line_rate=True,
    )
    hr = lambda v: nf(v, ".", ",")  # noqa: E731
    kn = lambda v: hr(r2(v * Decimal("7.53450")))  # noqa: E731
    vb = b.vat_by_rate()
    sp = dict(
        title="RAČUN br. 147/MARINA1/2",
        subtitle="R-1 račun · Split, 16.10.2023. u 14:32",
        variant="band",
        accent="#0b6e8a",
        seller_head="Izdavatelj",
        seller=[
            "Jedriličarski centar Bura d.o.o.",
            "Obala kneza Domagoja 12, 21000 Split",
            "OIB: 45873210966",
            "IBAN: HR81 2340 0091 1107 4258 3",
            "Upisan u sudski registar Trgovačkog suda u Splitu",
        ],
        buyer_head="Kupac",
        buyer=["Valdemarsviks kommun", "Storgatan 20", "615 80 Valdemarsvik, Švedska", "PDV ID: SE212000258501"],
        meta=[
            ("Broj računa:", "147/MARINA1/2"),
            ("Datum i vrijeme:", "16.10.2023. 14:32"),
            ("Datum isporuke:", "13.10.2023."),
            ("Dospijeće:", "30.10.2023."),
            ("Način plaćanja:", "transakcijski račun"),
            ("Operater:", "Ivana M."),
        ],
        head=["R.br.", "Opis", "Jed.", "Kol.", "Cijena €", "PDV %", "Iznos €"],
        widths=[1 * cm, 7.4 * cm, 1.3 * cm, 1.2 * cm, 2.2 * cm, 1.4 * cm, 2.9 * cm],
        num_from=3,
        rows=[[str(i + 1), ln.desc, ln.unit, str(ln.qty), hr(ln.price), f"{ln.rate}", hr(ln.amt)] for i, ln in enumerate(b.lines)],
        vat_table=[["Porezna osnovica", "Stopa PDV-a", "Iznos PDV-a"]]
        + [[hr(n) + " €", f"{r} %", hr(vb[r]) + " €"] for r, n in b.rates().items()],
        vat_widths=[4 * cm, 3 * cm, 3 * cm],
        totals=[("Ukupno bez PDV-a:", f"{hr(b.net)} €"), ("PDV ukupno:", f"{hr(b.vat)} €"), ("UKUPNO ZA PLATITI:", f"{hr(b.total)} €")],
        notes=[
            f"Ukupno za platiti u kunama (informativno): {kn(b.total)} kn",
            "Fiksni tečaj konverzije: 1 EUR = 7,53450 HRK. Iznosi u kunama su samo informativni.",
            "Poziv na broj: HR00 147-2-2023.",
            "JIR: 6f2d8a41-93c0-4b7e-a5d2-1e08c94f7b36",
            "ZKI: 3c9b51e0a7d64f28b1e05d9a6c27f843",
        ],
        footer=["Jedriličarski centar Bura d.o.o. · Temeljni kapital 2.654,46 € uplaćen u cijelosti · Uprava: Marin Perić"],
    )
    one_page(path, sp)
    b.extra.update(
        note="EUR with the informative kuna total at the fixed rate 7,53450 (not the total); "
        "number 'redni broj/poslovni prostor/naplatni uređaj'"
    )
    return b


def el_timologio(path: Path) -> Bill:
    """A Greek ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ: EUR, ΦΠΑ 24 % + 13 %, ΑΦΜ/ΔΟΥ, myDATA ΜΑΡΚ, dd/mm/yyyy."""
    b = Bill(
        "ΤΠΥ 0148",
        "2023-10-05",
        "2023-11-04",
        "Θέατρο Πλατείας Ι.Κ.Ε.",
        "Valdemarsviks kommun",
        "EUR",
        "el",
        [
            L("Εκπαιδευτικό εργαστήρι θεάτρου (3 ημέρες)", 1, "τεμ.", 1800, 24),
            L("Ενοικίαση αίθουσας", 2, "ημέρα", 220, 24),
            L("Γεύματα ομάδας", 26, "τεμ.", "14.50", 13),
        ],
        per_line_rate=True,
    )
    el = lambda v: nf(v, ".", ",") + " €"  # noqa: E731
    vb = b.vat_by_rate()
    sp = dict(
        title="ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ",
        subtitle="Σειρά: ΤΠΥ · Αριθμός: 0148 · Ημερομηνία: 05/10/2023",
        variant="left",
        accent="#7b1e3a",
        seller_head="Εκδότης",
        seller=[
            "Θέατρο Πλατείας Ι.Κ.Ε.",
            "Πλατεία Ναυαρίνου 7, 546 22 Θεσσαλονίκη",
            "ΑΦΜ: 801234567",
            "ΔΟΥ: ΦΑΕ ΘΕΣΣΑΛΟΝΙΚΗΣ",
            "Γ.Ε.ΜΗ.: 158823406000",
            "Τηλ.: 2310 245 118",
        ],
        buyer_head="Πελάτης",
        buyer=["Valdemarsviks kommun", "Storgatan 20", "615 80 Valdemarsvik, Σουηδία", "ΑΦΜ/VAT: SE212000258501"],
        meta=[
            ("Σειρά:", "ΤΠΥ"),
            ("Αριθμός:", "0148"),
            ("Ημερομηνία:", "05/10/2023"),
            ("Τρόπος πληρωμής:", "Τραπεζική κατάθεση"),
            ("Προθεσμία:", "04/11/2023"),
            ("Σκοπός:", "Παροχή υπηρεσιών"),
        ],
        head=["Α/Α", "Περιγραφή", "Μ.Μ.", "Ποσ.", "Τιμή μον.", "ΦΠΑ %", "Καθαρή αξία"],
        widths=[0.9 * cm, 7.6 * cm, 1.4 * cm, 1.1 * cm, 2.2 * cm, 1.4 * cm, 2.8 * cm],
        num_from=3,
        head_bg="#f1e1e6",
        rows=[[str(i + 1), ln.desc, ln.unit, str(ln.qty), el(ln.price), f"{ln.rate}%", el(ln.amt)] for i, ln in enumerate(b.lines)],
        vat_table=[["Κατηγορία ΦΠΑ", "Καθαρή αξία", "Ποσό ΦΠΑ"]] + [[f"{r}%", el(n), el(vb[r])] for r, n in b.rates().items()],
        vat_widths=[3.4 * cm, 3 * cm, 3 * cm],
        totals=[("Σύνολο καθαρής αξίας:", el(b.net)), ("Σύνολο ΦΠΑ:", el(b.vat)), ("ΠΛΗΡΩΤΕΟ ΠΟΣΟ:", el(b.total))],
        notes=[
            "IBAN: GR16 0110 2230 0000 2234 8812 004 · ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ",
            "ΜΑΡΚ: 400001918273645 · UID: 8E2A51C0F4B97D3316A0C2E5B4D8F190AB27C633",
        ],
        footer=["Πάροχος ηλεκτρονικής τιμολόγησης: Epsilon Digital · Η έκδοση έγινε μέσω myDATA"],
    )
    one_page(path, sp)
    b.extra.update(
        note="Greek script (DejaVu); invoice number is series and number as printed "
        "('Σειρά: ΤΠΥ · Αριθμός: 0148' → 'ΤΠΥ 0148', Greek letters)"
    )
    return b


def sk_faktura(path: Path) -> Bill:
    """A Slovak FAKTÚRA – DAŇOVÝ DOKLAD: EUR, DPH 20 %, IČO/DIČ/IČ DPH, variabilný symbol, a discount line."""
    lines = [
        L("Bábkové predstavenie „Drak a deti“", 2, "ks", 650, 20),
        L("Tvorivá dielňa s bábkami", 3, "hod", 85, 20),
        L("Cestovné náklady (Košice – Valdemarsvik)", None, None, None, 20, "780.00"),
    ]
    sub = sum((ln.amt for ln in lines), Decimal(0))
    lines.append(L("Zľava 10 % (verejná inštitúcia)", None, None, None, 20, -r2(sub / 10)))
    b = Bill("2023100087", "2023-10-09", "2023-10-23", "Bábkové divadlo Kvapka s.r.o.", "Valdemarsviks kommun", "EUR", "sk", lines)
    sk = lambda v: nf(v, " ", ",") + " €"  # noqa: E731
    sp = dict(
        title="FAKTÚRA – DAŇOVÝ DOKLAD",
        subtitle="č. 2023100087",
        variant="left",
        accent="#2b5d2b",
        ruled=False,
        seller_head="Dodávateľ",
        seller=[
            "Bábkové divadlo Kvapka s.r.o.",
            "Hlavná 41, 040 01 Košice",
            "IČO: 47 812 336",
            "DIČ: 2024112233",
            "IČ DPH: SK2024112233",
            "Zapísaná v OR OS Košice I, odd. Sro, vl. č. 38127/V",
        ],
        buyer_head="Odberateľ",
        buyer=["Valdemarsviks kommun", "Storgatan 20", "615 80 Valdemarsvik", "Švédsko"],
        meta=[
            ("Dátum vyhotovenia:", "09.10.2023"),
            ("Dátum dodania:", "06.10.2023"),
            ("Dátum splatnosti:", "23.10.2023"),
            ("Variabilný symbol:", "2023100087"),
            ("Konštantný symbol:", "0308"),
            ("Forma úhrady:", "prevodným príkazom"),
        ],
        head=["Popis", "Množstvo", "MJ", "Cena/MJ bez DPH", "Spolu bez DPH"],
        widths=[8.4 * cm, 2 * cm, 1.3 * cm, 2.9 * cm, 2.8 * cm],
        num_from=1,
        rows=[
            [ln.desc, "" if ln.qty is None else str(ln.qty), ln.unit or "", "" if ln.price is None else sk(ln.price), sk(ln.amt)]
            for ln in b.lines
        ],
        totals=[("Základ dane 20 %:", sk(b.net)), ("DPH 20 %:", sk(b.vat)), ("Celkom k úhrade:", sk(b.total))],
        notes=["IBAN: SK31 1100 0000 0029 4510 8832 · SWIFT: TATRSKBX", "Faktúru vystavila: Zuzana Hrivňáková, tel. +421 905 118 442"],
        footer=["Bábkové divadlo Kvapka s.r.o. · www.kvapka.sk"],
    )
    one_page(path, sp)
    b.extra.update(note="discount line −10 % before the net; date of supply (Dátum dodania) differs from the issue date")
    return b


def bg_faktura(path: Path) -> Bill:
    """A Bulgarian ФАКТУРА (ОРИГИНАЛ): BGN, ДДС 20 %, ЕИК, the total in words (Словом)."""
    b = Bill(
        "0000004127",
        "2023-10-18",
        "2023-11-17",
        "Шевица Дизайн ЕООД",
        "Valdemarsviks kommun",
        "BGN",
        "bg",
        [
            L("Народни носии за детски танцов състав", 10, "бр.", 185, 20),
            L("Поли и престилки", 12, "бр.", 65, 20),
            L("Опаковка и доставка", 1, "бр.", 300, 20),
        ],
    )
    bg = lambda v: nf(v, " ", ",") + " лв."  # noqa: E731
    sp = dict(
        title="ФАКТУРА",
        subtitle="№ 0000004127 · ОРИГИНАЛ",
        variant="centre",
        accent="#444444",
        seller_head="Доставчик",
        seller=[
            "Шевица Дизайн ЕООД",
            "ЕИК: 204587331",
            "ИН по ЗДДС: BG204587331",
            "гр. Пловдив, ул. „Райко Даскалов“ 19",
            "МОЛ: Десислава Петрова",
        ],
        buyer_head="Получател",
        buyer=["Valdemarsviks kommun", "Storgatan 20", "615 80 Valdemarsvik, Швеция", "ДДС №: SE212000258501"],
        meta=[
            ("Дата на издаване:", "18.10.2023 г."),
            ("Дата на данъчно събитие:", "16.10.2023 г."),
            ("Място на сделката:", "гр. Пловдив"),
            ("Падеж:", "17.11.2023 г."),
        ],
        head=["№", "Наименование на стоката/услугата", "Мярка", "Кол.", "Ед. цена", "Стойност"],
        widths=[0.8 * cm, 8 * cm, 1.4 * cm, 1.2 * cm, 2.4 * cm, 3.4 * cm],
        num_from=3,
        rows=[[str(i + 1), ln.desc, ln.unit, str(ln.qty), bg(ln.price), bg(ln.amt)] for i, ln in enumerate(b.lines)],
        totals=[("Данъчна основа:", bg(b.net)), ("ДДС 20 %:", bg(b.vat)), ("Сума за плащане:", bg(b.total))],
        notes=[
            "Словом: Три хиляди петстотин и шестнадесет лева и 0 ст.",
            "Начин на плащане: по банков път",
            "IBAN: BG80 UBBS 8002 1087 4411 20 · BIC: UBBSBGSF · Банка: ОББ АД",
            "",
            "Получател: .......................                Съставил: Десислава Петрова",
        ],
        footer=[
            "Съгласно чл. 6, ал. 1 от Закона за счетоводството, чл. 114 от ЗДДС и чл. 78 от ППЗДДС "
            "печатът и подписът не са задължителни реквизити."
        ],
    )
    one_page(path, sp)
    assert b.total == D("3516.00")
    b.extra.update(note="Cyrillic; total also in words (Словом); the tax event date (16.10) is not the invoice date")
    return b


@CASES.case
def invoices_valdemarsvik():
    d = CASES.fresh("invoices-valdemarsvik")
    files = {
        "Factura CTE 0214.pdf": ro_factura,
        "Racun 147-MARINA1-2.pdf": hr_racun,
        "Timologio 0148.pdf": el_timologio,
        "Faktura 2023100087.pdf": sk_faktura,
        "Faktura 0000004127.pdf": bg_faktura,
    }
    gold = {name: fn(d / name).gold() for name, fn in files.items()}
    write_gold(
        d,
        gold,
        "Five foreign invoices Valdemarsviks kommun attached: a Romanian FACTURĂ in RON over two pages (TVA 9 % + 19 % per line, "
        "totals on page 2), a Croatian fiscalised RAČUN in EUR with the informative kuna total (PDV 25 % + 13 %), a Greek ΤΙΜΟΛΟΓΙΟ "
        "(ΦΠΑ 24 % + 13 %), a Slovak FAKTÚRA – DAŇOVÝ DOKLAD with a discount line (DPH 20 %), "
        "a Bulgarian ФАКТУРА in BGN with the total in words.",
    )


# ==========================================================================================
# 3. Hallstahammar: Åland (Swedish-language, EUR), Malta, Turkey (e-Arşiv), Ireland

HALL_BUYER = ["Hallstahammars kommun", "Kultur- och fritidsförvaltningen", "Storgatan 20", "734 80 Hallstahammar", "Sweden"]


def ax_faktura(path: Path) -> Bill:
    """A Swedish-language invoice from Åland: EUR, Finnish VAT 10/14/24 %, FO-nummer (no Swedish org.nr),
    Finnish dates 12.9.2023 and reference number."""
    b = Bill(
        "2023-0391",
        "2023-09-12",
        "2023-09-26",
        "Ålands Seglarläger Ab",
        "Hallstahammars kommun",
        "EUR",
        "sv",
        [
            L("Logi vandrarhem, 16 personer × 2 nätter", 32, "natt", 29, 10),
            L("Helpension", 32, "dygn", 38, 14),
            L("Seglingsdag med skeppare", 2, "dag", 540, 24),
        ],
        per_line_rate=True,
    )
    fi = lambda v: nf(v, " ", ",")  # noqa: E731
    vb = b.vat_by_rate()
    sp = dict(
        title="FAKTURA",
        subtitle="Ålands Seglarläger Ab · Mariehamn",
        variant="left",
        accent="#0a4f7a",
        ruled=False,
        seller_head="Säljare",
        seller=[
            "Ålands Seglarläger Ab",
            "Sjökvarteret 3, AX-22100 Mariehamn",
            "Åland, Finland",
            "FO-nummer: 2345671-8",
            "Momsnummer: FI23456718",
        ],
        buyer_head="Köpare",
        buyer=HALL_BUYER[:2] + ["Storgatan 20", "SE-734 80 Hallstahammar", "Sverige"],
        meta=[
            ("Fakturanummer:", "2023-0391"),
            ("Fakturadatum:", "12.9.2023"),
            ("Förfallodag:", "26.9.2023"),
            ("Er referens:", "Jonas Lindkvist"),
            ("Referensnummer:", "2023 03917"),
            ("Dröjsmålsränta:", "8 %"),
        ],
        head=["Beskrivning", "Antal", "Enhet", "À-pris €", "Moms %", "Netto €"],
        widths=[7.6 * cm, 1.6 * cm, 1.5 * cm, 2.2 * cm, 1.7 * cm, 2.8 * cm],
        num_from=1,
        head_bg="#dbe9f2",
        rows=[[ln.desc, str(ln.qty), ln.unit, fi(ln.price), str(ln.rate), fi(ln.amt)] for ln in b.lines],
        vat_table=[["Moms %", "Netto €", "Moms €", "Brutto €"]]
        + [[f"{r} %", fi(n), fi(vb[r]), fi(n + vb[r])] for r, n in b.rates().items()],
        vat_widths=[2.4 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm],
        totals=[("Netto totalt", f"{fi(b.net)} €"), ("Moms totalt", f"{fi(b.vat)} €"), ("Att betala", f"{fi(b.total)} EUR")],
        notes=[
            "Betalning till: Ålandsbanken IBAN FI21 6601 0001 2345 67, BIC AABAFI22.",
            "Ange referensnummer 2023 03917 vid betalning.",
            "Åland hör till Finland men står utanför EU:s skatteområde. Moms enligt finsk momslag (landskapet Åland).",
        ],
        footer=["Ålands Seglarläger Ab · tel. +358 18 22 4410 · info@seglarlager.ax · FO-nummer 2345671-8"],
    )
    one_page(path, sp)
    b.extra.update(
        note="Swedish words but a Finnish (Åland) supplier: EUR, FO-nummer is not a Swedish org.nr (no supplier_org_no); dates 12.9.2023"
    )
    return b


def mt_invoice(path: Path) -> Bill:
    """A Maltese English TAX INVOICE: EUR, VAT 18 % + 7 % (accommodation), '3rd October 2023', '€5,282.76'."""
    b = Bill(
        "INV-000318",
        "2023-10-03",
        "2023-11-02",
        "Kappara Study Visits Ltd",
        "Hallstahammars kommun",
        "EUR",
        "en",
        [
            L("Study-visit programme, Birgu and Qormi (3 days)", 8, "pax", 340, 18),
            L("Hotel accommodation, 3 nights", 24, "night", 72, 7),
            L("Airport transfers", 2, "trip", 95, 18),
        ],
        per_line_rate=True,
    )
    en = lambda v: "€" + nf(v, ",", ".")  # noqa: E731
    vb = b.vat_by_rate()
    sp = dict(
        title="TAX INVOICE",
        subtitle="Kappara Study Visits Ltd",
        variant="centre",
        accent="#b0121b",
        seller_head="From",
        seller=[
            "Kappara Study Visits Ltd",
            "41, Triq il-Kbira, San Ġwann SGN 1215, Malta",
            "VAT Reg. No. MT 2418 7730",
            "Company Reg. No. C 81234",
        ],
        buyer_head="Bill to",
        buyer=["Hallstahammars kommun", "Storgatan 20", "734 80 Hallstahammar", "Sweden"],
        meta=[("Invoice No:", "INV-000318"), ("Date:", "3rd October 2023"), ("Due:", "2nd November 2023"), ("Your ref.:", "J. Lindkvist")],
        head=["Description", "Qty", "Unit", "Rate", "VAT", "Amount"],
        widths=[8.4 * cm, 1.3 * cm, 1.4 * cm, 2 * cm, 1.3 * cm, 3 * cm],
        num_from=1,
        ruled=False,
        head_bg="#f6dede",
        rows=[[ln.desc, str(ln.qty), ln.unit, en(ln.price), f"{ln.rate}%", en(ln.amt)] for ln in b.lines],
        totals=[("Subtotal", en(b.net)), ("VAT @ 18%", en(vb[D(18)])), ("VAT @ 7%", en(vb[D(7)])), ("Total due", en(b.total))],
        notes=[
            "Payment by bank transfer to Bank of Valletta p.l.c., IBAN MT84 VALL 2201 3000 0000 4002 3118 843, BIC VALLMTMT.",
            "Please quote the invoice number as payment reference. Thank you for visiting Malta!",
        ],
        footer=["Kappara Study Visits Ltd · Registered in Malta · info@kapparavisits.com.mt · +356 2138 4471"],
    )
    one_page(path, sp)
    b.extra.update(note="ordinal dates '3rd October 2023'; VAT 7 % on accommodation beside 18 %")
    return b


def tr_earsiv(path: Path) -> Bill:
    """A Turkish e-Arşiv Fatura as the GİB portal prints it: TRY, KDV 20 % + 10 %, VKN, ETTN, '17-10-2023'."""
    b = Bill(
        "KST2023000000417",
        "2023-10-17",
        None,
        "Kostüm Sanat Tekstil Ltd. Şti.",
        "Hallstahammars kommun",
        "TRY",
        "tr",
        [
            L("Halk dansı kostümü (çocuk)", 12, "Adet", 1450, 20),
            L("Zeybek yeleği", 12, "Adet", 380, 20),
            L("Dans eğitimi kitapçığı", 20, "Adet", 85, 10),
        ],
        per_line_rate=True,
    )
    tr = lambda v: nf(v, ".", ",") + " TL"  # noqa: E731
    vb = b.vat_by_rate()
    c = canvas(path)
    text_lines(
        c,
        1.6 * cm,
        H - 1.8 * cm,
        [
            "**KOSTÜM SANAT TEKSTİL LTD. ŞTİ.",
            "Kemeraltı Cad. No: 112/3",
            "Karaköy / Beyoğlu / İSTANBUL",
            "Tel: 0212 249 55 18",
            "Vergi Dairesi: BEYOĞLU",
            "VKN: 5710428836",
        ],
        "Sans",
        8,
        11,
    )
    c.setStrokeColor(colors.HexColor("#8a1c1c"))
    c.circle(W / 2, H - 2.6 * cm, 1.1 * cm)
    c.setFont("Sans-B", 9)
    c.drawCentredString(W / 2, H - 2.5 * cm, "e-Arşiv")
    c.drawCentredString(W / 2, H - 2.9 * cm, "FATURA")
    c.setStrokeColor(colors.black)
    text_lines(
        c,
        1.6 * cm,
        H - 5.2 * cm,
        ["**SAYIN", "Hallstahammars kommun", "Storgatan 20, 734 80 Hallstahammar", "İSVEÇ", "VKN/TCKN: 2222222222"],
        "Sans",
        8,
        11,
    )
    meta = [
        ["Özelleştirme No:", "TR1.2"],
        ["Senaryo:", "EARSIVFATURA"],
        ["Fatura Tipi:", "SATIS"],
        ["Fatura No:", "KST2023000000417"],
        ["Fatura Tarihi:", "17-10-2023 14:22"],
        ["Gönderim Şekli:", "ELEKTRONIK"],
    ]
    grid(
        c,
        12.2 * cm,
        H - 1.4 * cm,
        meta,
        [3.2 * cm, 4 * cm],
        [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (0, -1), "Sans-B")],
        size=7.5,
    )
    c.setFont("Sans", 7.5)
    c.drawString(1.6 * cm, H - 7.4 * cm, "ETTN: 4f7c2a91-0b3d-4e58-9a61-c2d8e5f03b17")
    head = [
        "Sıra\nNo",
        "Mal Hizmet",
        "Miktar",
        "Birim Fiyat",
        "İskonto\nOranı",
        "İskonto\nTutarı",
        "KDV\nOranı",
        "KDV Tutarı",
        "Mal Hizmet\nTutarı",
    ]
    rows = [head] + [
        [
            str(i + 1),
            ln.desc,
            f"{ln.qty} {ln.unit}",
            tr(ln.price),
            "%0,00",
            "0,00 TL",
            f"%{ln.rate},00",
            tr(r2(ln.amt * ln.rate / 100)),
            tr(ln.amt),
        ]
        for i, ln in enumerate(b.lines)
    ]
    y = grid(
        c,
        1.6 * cm,
        H - 7.8 * cm,
        rows,
        [1 * cm, 4.4 * cm, 1.5 * cm, 2 * cm, 1.3 * cm, 1.5 * cm, 1.2 * cm, 2 * cm, 2.3 * cm],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, 0), "Sans-B"),
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ],
        size=7,
    )
    tots = [
        ["Mal Hizmet Toplam Tutarı", tr(b.net)],
        ["Toplam İskonto", "0,00 TL"],
        ["Hesaplanan KDV(%10)", tr(vb[D(10)])],
        ["Hesaplanan KDV(%20)", tr(vb[D(20)])],
        ["Vergiler Dahil Toplam Tutar", tr(b.total)],
        ["Ödenecek Tutar", tr(b.total)],
    ]
    y = grid(
        c,
        11.1 * cm,
        y - 8,
        tots,
        [4.6 * cm, 3.1 * cm],
        [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (0, -1), "Sans-B"), ("ALIGN", (1, 0), (1, -1), "RIGHT")],
        size=8,
    )
    grid(
        c,
        1.6 * cm,
        y - 14,
        [
            ["Not: Yalnız #YİRMİSEKİZBİNİKİYÜZYİRMİİKİ TL#"],
            ["Banka: Türkiye İş Bankası · IBAN: TR33 0006 4000 0011 2345 6789 01"],
            ["Bu satış internet üzerinden yapılmamıştır."],
        ],
        [17.3 * cm],
        [("BOX", (0, 0), (-1, -1), 0.5, colors.black)],
        size=7.5,
    )
    c.save()
    assert b.total == D("28222.00")
    b.extra.update(
        note="GİB e-Arşiv portal layout: per-line KDV and discount columns (zero), totals as a ruled box; "
        "'Fatura Tarihi: 17-10-2023 14:22'; the total in words"
    )
    return b


def ie_invoice(path: Path) -> Bill:
    """An Irish invoice: EUR, VAT 23 % + 13.5 %, '3 March 2023', a 10 % discount line on the fee."""
    lines = [
        L("Facilitation fee – youth arts residency (5 days)", 5, "day", 650, 23),
        L("Art materials", 1, "lot", 420, 23),
        L("Venue hire, Ballyfermot community hall", 5, "day", 120, "13.5"),
    ]
    lines.append(L("Less 10% discount on facilitation fee", None, None, None, 23, "-325.00"))
    b = Bill(
        "2305", "2023-03-03", "2023-04-02", "Ceardlann Youth Arts Ltd", "Hallstahammars kommun", "EUR", "en", lines, per_line_rate=True
    )
    en = lambda v: ("-€" if v < 0 else "€") + nf(abs(v), ",", ".")  # noqa: E731
    vb = b.vat_by_rate()
    sp = dict(
        title="INVOICE",
        subtitle="Ceardlann Youth Arts Ltd · Dublin 10",
        variant="band",
        accent="#1e6b3a",
        seller_head="Supplier",
        seller=["Ceardlann Youth Arts Ltd", "Unit 4, Kylemore Road, Dublin 10, D10 X2K7", "VAT No. IE 3412876KH", "CRO No. 654321"],
        buyer_head="Customer",
        buyer=["Hallstahammars kommun", "Kultur- och fritidsförvaltningen", "Storgatan 20, 734 80 Hallstahammar", "Sweden"],
        meta=[("Invoice number:", "2305"), ("Invoice date:", "3 March 2023"), ("Due date:", "2 April 2023"), ("PO number:", "HK-2023-07")],
        head=["Description", "Qty", "Unit price", "VAT rate", "Net"],
        widths=[9.2 * cm, 1.4 * cm, 2.4 * cm, 1.8 * cm, 2.6 * cm],
        num_from=1,
        ruled=False,
        head_bg="#d9eadf",
        rows=[
            [ln.desc, "" if ln.qty is None else str(ln.qty), "" if ln.price is None else en(ln.price), f"{ln.rate}%", en(ln.amt)]
            for ln in b.lines
        ],
        totals=[
            ("Total net", en(b.net)),
            ("VAT @ 13.5% on €600.00", en(vb[D("13.5")])),
            ("VAT @ 23% on €3,345.00", en(vb[D(23)])),
            ("Total due (EUR)", en(b.total)),
        ],
        notes=["Bank: AIB, IBAN IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D. Payment terms: 30 days.", "Thank you for your custom."],
        footer=[
            "Ceardlann Youth Arts Ltd is a company limited by guarantee registered in Ireland, CRO No. 654321. Registered office as above."
        ],
    )
    one_page(path, sp)
    b.extra.update(note="'3 March 2023'; VAT per rate printed with its base; a discount line with negative amount at 23 %")
    return b


@CASES.case
def invoices_hallstahammar():
    d = CASES.fresh("invoices-hallstahammar")
    files = {
        "Faktura 2023-0391 Ålands Seglarläger.pdf": ax_faktura,
        "INV-000318.pdf": mt_invoice,
        "e-Arsiv KST2023000000417.pdf": tr_earsiv,
        "Invoice 2305 Ceardlann.pdf": ie_invoice,
    }
    gold = {name: fn(d / name).gold() for name, fn in files.items()}
    write_gold(
        d,
        gold,
        "Four foreign invoices Hallstahammars kommun attached: a Swedish-language invoice from Åland (EUR, 10/14/24 %, FO-nummer), "
        "a Maltese TAX INVOICE ('3rd October 2023', VAT 18 % + 7 %), a Turkish e-Arşiv Fatura (TRY, KDV 20 % + 10 %), "
        "an Irish invoice ('3 March 2023', VAT 23 % + 13.5 %, discount line).",
    )


# ==========================================================================================
# 4. Götene: a Swedish EUR invoice with its VAT in SEK, a final invoice less an on-account invoice,
#    Luxembourg (TVA 16 % + 3 %, '12 octobre 2023'), a Welsh bilingual ANFONEB / INVOICE


def sv_eur(path: Path) -> Bill:
    """A Swedish firm invoicing in EUR: amounts in EUR, the VAT (and the total) also in SEK at the
    Riksbank rate, as the VAT act asks for."""
    b = Bill(
        "NSR-23-0917",
        "2023-10-02",
        "2023-11-01",
        "Nordic Stage Rental AB",
        "Götene kommun",
        "EUR",
        "sv",
        [
            L("Hyra LED-vägg 3 × 2 m", 2, "dag", 1150, 25),
            L("Rigg och nedmontering", 1, "st", 640, 25),
            L("Frakt Göteborg–Götene tur och retur", 1, "st", 280, 25),
        ],
        org_no="559318-4407",
    )
    rate = D("11.5080")
    vat_sek, tot_sek = r2(b.vat * rate), r2(b.total * rate)
    c = canvas(path)
    c.setFont("Cond-B", 18)
    c.drawString(2 * cm, H - 2.2 * cm, "NORDIC STAGE RENTAL")
    c.setFont("Cond", 8.5)
    c.drawString(2 * cm, H - 2.65 * cm, "Scenteknik · LED · Rigg — Göteborg")
    c.setFont("Cond-B", 14)
    c.drawString(12.5 * cm, H - 2.2 * cm, "FAKTURA / INVOICE")
    meta = [
        ("Fakturanr", "NSR-23-0917"),
        ("Fakturadatum", "2023-10-02"),
        ("Förfallodatum", "2023-11-01"),
        ("Valuta", "EUR"),
        ("Er referens", "Sara Holm"),
        ("Projekt", "Götene ungdomsfestival"),
    ]
    for i, (k, v) in enumerate(meta):
        c.setFont("Cond", 8.5)
        c.drawString(12.5 * cm, H - 3 * cm - i * 12, k)
        c.setFont("Cond-B", 8.5)
        c.drawString(15.3 * cm, H - 3 * cm - i * 12, v)
    text_lines(c, 2 * cm, H - 4 * cm, ["Götene kommun", "Kultur och fritid", "Box 37", "533 21 Götene"], "Cond", 10)
    rows = [["Benämning", "Antal", "Enhet", "À-pris EUR", "Belopp EUR"]] + [
        [ln.desc, str(ln.qty), ln.unit, nf(ln.price), nf(ln.amt)] for ln in b.lines
    ]
    y = grid(
        c,
        2 * cm,
        H - 7.2 * cm,
        rows,
        [8.2 * cm, 1.6 * cm, 1.6 * cm, 2.6 * cm, 3 * cm],
        [
            ("FONTNAME", (0, 0), (-1, 0), "Cond-B"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black),
        ],
        "Cond",
        9.5,
    )
    y -= 0.7 * cm
    tot = [("Summa exkl. moms", f"{nf(b.net)} EUR"), ("Moms 25 %", f"{nf(b.vat)} EUR"), ("Att betala", f"{nf(b.total)} EUR")]
    for i, (k, v) in enumerate(tot):
        c.setFont("Cond-B" if i == 2 else "Cond", 11 if i == 2 else 10)
        c.drawString(11.4 * cm, y - i * 15, k)
        c.drawRightString(19 * cm, y - i * 15, v)
    y -= 3 * 15 + 16
    c.setFillColor(colors.HexColor("#f2f2f2"))
    c.rect(2 * cm, y - 1.5 * cm, 17 * cm, 1.8 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    text_lines(
        c,
        2.3 * cm,
        y - 4,
        [
            f"Momsbelopp i SEK: {nf(vat_sek)} kr (kurs EUR/SEK {str(rate).replace('.', ',')}, Riksbankens mittkurs 2023-09-29)",
            f"Fakturans totalbelopp motsvarar {nf(tot_sek)} SEK.",
            "Betalning i EUR till IBAN SE45 5000 0000 0583 9825 7466, BIC ESSESESS (SEB). Ange fakturanummer.",
        ],
        "Cond",
        9,
        13,
    )
    c.setFont("Cond", 7.5)
    c.drawCentredString(
        W / 2,
        2.2 * cm,
        "Nordic Stage Rental AB · Ringögatan 22, 417 07 Göteborg · Org.nr 559318-4407 · VAT SE559318440701 · Godkänd för F-skatt",
    )
    c.save()
    b.extra.update(
        note="EUR invoice from a Swedish supplier: the VAT and the total are also printed in SEK (rate 11,5080); gold in EUR",
        vat_sek=f"{vat_sek:.2f}",
    )
    return b


def sv_slutfaktura(path: Path) -> Bill:
    """A consultancy's SLUTFAKTURA: the whole assignment, less the on-account invoice already paid;
    VAT on the remainder."""
    b = Bill(
        "1071",
        "2023-11-15",
        "2023-12-15",
        "Processkraft Skaraborg AB",
        "Götene kommun",
        "SEK",
        "sv",
        [
            L("Arvode enligt avtal 2023-04-18, sex dialogmöten, fast pris", None, None, None, 25, "96000.00"),
            L("Reseersättning, 18 mil à 130 kr", 18, "mil", 130, 25),
            L("Avgår: a-contofaktura nr 1043 av 2023-06-30", None, None, None, 25, "-40000.00"),
        ],
        org_no="559102-3384",
    )
    c = canvas(path)
    c.setFont("Serif-B", 13)
    c.drawString(2.5 * cm, H - 2.4 * cm, "Processkraft Skaraborg AB")
    c.setFont("Serif", 9)
    c.drawString(2.5 * cm, H - 2.85 * cm, "Stora torget 5 · 521 41 Falköping · 0515-71 20 44")
    text_lines(
        c,
        2.5 * cm,
        H - 4.6 * cm,
        ["Götene kommun", "Kommunledningskontoret", "Att: Karin Sjöberg", "Box 37", "533 21 Götene"],
        "Serif",
        10.5,
    )
    text_lines(
        c,
        12.2 * cm,
        H - 4.6 * cm,
        [
            "**SLUTFAKTURA",
            "Fakturanummer: 1071",
            "Fakturadatum: 2023-11-15",
            "Förfallodatum: 2023-12-15",
            "Er referens: Karin Sjöberg",
            "Avtal: KS 2023/114",
        ],
        "Serif",
        10.5,
    )
    y = H - 9.3 * cm
    c.setFont("Serif", 10.5)
    c.drawString(2.5 * cm, y, "Slutfakturering av uppdraget ”Trygghetsdialoger i Götene 2023” enligt avtal 2023-04-18.")
    y -= 1 * cm
    rows = [
        ["Specifikation", "Belopp kr"],
        ["Arvode enligt avtal 2023-04-18, sex dialogmöten, fast pris", nf(D(96000))],
        ["Reseersättning, 18 mil à 130 kr", nf(D(2340))],
        ["Uppdragets värde exkl. moms", nf(D(98340))],
        ["Avgår: a-contofaktura nr 1043 av 2023-06-30", nf(D(-40000))],
        ["Att fakturera exkl. moms", nf(b.net)],
        ["Moms 25 %", nf(b.vat)],
        ["Summa att betala", nf(b.total)],
    ]
    grid(
        c,
        2.5 * cm,
        y,
        rows,
        [12.4 * cm, 3.6 * cm],
        [
            ("FONTNAME", (0, 0), (-1, 0), "Serif-B"),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("FONTNAME", (0, 3), (-1, 3), "Serif-I"),
            ("LINEABOVE", (0, 3), (-1, 3), 0.4, colors.black),
            ("LINEABOVE", (0, 5), (-1, 5), 0.4, colors.black),
            ("FONTNAME", (0, -1), (-1, -1), "Serif-B"),
            ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ],
        "Serif",
        10,
    )
    text_lines(
        c,
        2.5 * cm,
        5.4 * cm,
        [
            "A-contofakturan 1043 (40 000,00 kr exkl. moms, 50 000,00 kr inkl. moms) är betald 2023-07-21.",
            "Betalas till bankgiro 5602-1184. Ange fakturanummer 1071.",
            "",
            "Med vänlig hälsning",
            "Henrik Dahlqvist, Processkraft Skaraborg AB",
        ],
        "Serif",
        10,
    )
    c.setFont("Serif", 8)
    c.drawCentredString(W / 2, 2 * cm, "Org.nr 559102-3384 · Momsreg.nr SE559102338401 · Godkänd för F-skatt · Styrelsens säte Falköping")
    c.save()
    b.extra.update(
        bankgiro="5602-1184",
        note="final invoice: the on-account invoice is a negative line; net is what this invoice bills (58 340), "
        "not the assignment's value (98 340); 'Uppdragets värde' and 'Att fakturera' are subtotals, not lines",
    )
    return b


def lu_facture(path: Path) -> Bill:
    """A Luxembourg FACTURE: EUR, TVA 16 % (the 2023 temporary rate) + 3 %, '12 octobre 2023'."""
    b = Bill(
        "F-2023-0412",
        "2023-10-12",
        "2023-11-11",
        "Les Ateliers du Grund S.à r.l.",
        "Götene kommun",
        "EUR",
        "fr",
        [
            L("Atelier de sérigraphie pour jeunes (2 jours)", 2, "jour", 780, 16),
            L("Hébergement en auberge, 2 nuits", 20, "nuitée", "31.50", 3),
            L("Petit-déjeuner", 20, "pers.", "8.50", 3),
        ],
        per_line_rate=True,
    )
    fr = lambda v: nf(v, ".", ",") + " €"  # noqa: E731
    vb = b.vat_by_rate()
    sp = dict(
        title="FACTURE",
        subtitle="N° F-2023-0412 du 12 octobre 2023",
        variant="centre",
        accent="#5b2a86",
        seller_head="Émetteur",
        seller=[
            "Les Ateliers du Grund S.à r.l.",
            "14, rue Münster, L-2160 Luxembourg",
            "N° TVA : LU 2345 6789",
            "RCS Luxembourg B 212345",
            "Matricule : 2019 2412 345",
        ],
        buyer_head="Client",
        buyer=["Götene kommun", "Box 37", "533 21 Götene", "Suède", "N° TVA : SE212000173201"],
        meta=[
            ("Facture n° :", "F-2023-0412"),
            ("Date :", "12 octobre 2023"),
            ("Échéance :", "11 novembre 2023"),
            ("Période :", "du 9 au 11 octobre 2023"),
        ],
        head=["Désignation", "Qté", "Unité", "P.U. HT", "TVA", "Total HT"],
        widths=[7.6 * cm, 1.2 * cm, 1.6 * cm, 2.2 * cm, 1.4 * cm, 3.4 * cm],
        num_from=1,
        head_bg="#e7def0",
        rows=[[ln.desc, str(ln.qty), ln.unit, fr(ln.price), f"{ln.rate} %", fr(ln.amt)] for ln in b.lines],
        vat_table=[["Taux", "Base HT", "Montant TVA"]] + [[f"{r} %", fr(n), fr(vb[r])] for r, n in b.rates().items()],
        vat_widths=[2.4 * cm, 3 * cm, 3 * cm],
        totals=[("Total HT", fr(b.net)), ("Total TVA", fr(b.vat)), ("Total TTC à payer", fr(b.total))],
        notes=[
            "TVA au taux normal de 16 % (taux réduit temporairement d'un point pour l'année 2023).",
            "Règlement par virement : BCEE, IBAN LU28 0019 4006 4475 0000, BIC BCEELULL. Merci d'indiquer le numéro de facture.",
        ],
        footer=["Les Ateliers du Grund S.à r.l. · Capital social 12.400 € · contact@ateliersdugrund.lu"],
    )
    one_page(path, sp)
    b.extra.update(note="dates in French words ('12 octobre 2023'); TVA 16 % (2023) + 3 % per line and in a table by rate")
    return b


def cy_anfoneb(path: Path) -> Bill:
    """A Welsh bilingual ANFONEB / INVOICE: GBP, TAW/VAT 20 %, every label in Welsh and English."""
    b = Bill(
        "AAE-2023-1142",
        "2023-11-14",
        "2023-12-14",
        "Canolfan Awyr Agored Eryri Cyf.",
        "Götene kommun",
        "GBP",
        "cy",
        [
            L("Cwrs dringo / Climbing course (2 ddiwrnod / 2 days)", 14, "pers.", 95, 20),
            L("Hyfforddwr ychwanegol / Additional instructor", 2, "dydd/day", 180, 20),
            L("Llogi offer / Equipment hire", 14, "pers.", "12.50", 20),
        ],
    )
    en = lambda v: "£" + nf(v, ",", ".")  # noqa: E731
    sp = dict(
        title="ANFONEB / INVOICE",
        subtitle="Canolfan Awyr Agored Eryri Cyf. · Snowdonia Outdoor Centre Ltd",
        variant="band",
        accent="#a4161a",
        seller_head="Oddi wrth / From",
        seller=[
            "Canolfan Awyr Agored Eryri Cyf.",
            "Ffordd Llanberis, Caernarfon LL55 4TY",
            "Cymru / Wales",
            "Rhif TAW / VAT Reg. No.: GB 318 5527 04",
            "Rhif cwmni / Company No. 08412277",
        ],
        buyer_head="At / To",
        buyer=["Götene kommun", "Box 37", "533 21 Götene", "Sweden"],
        meta=[
            ("Rhif anfoneb / Invoice no.:", "AAE-2023-1142"),
            ("Dyddiad / Date:", "14/11/2023"),
            ("Dyddiad talu / Due:", "14/12/2023"),
            ("Cyf. / Ref.:", "Ungdomsutbyte Wales"),
        ],
        head=["Disgrifiad / Description", "Nifer / Qty", "Pris / Price", "Cyfanswm / Total"],
        widths=[9.4 * cm, 2.2 * cm, 2.5 * cm, 3.3 * cm],
        num_from=1,
        ruled=False,
        head_bg="#f4dada",
        rows=[[ln.desc, f"{ln.qty} {ln.unit}", en(ln.price), en(ln.amt)] for ln in b.lines],
        totals=[("Is-gyfanswm / Subtotal", en(b.net)), ("TAW / VAT @ 20%", en(b.vat)), ("Cyfanswm / Total (GBP)", en(b.total))],
        notes=[
            "Talu / Payment: Banc / Bank: HSBC UK, Sort code 40-35-12, Account 71420388,",
            "IBAN GB62 HBUK 4035 1271 4203 88, BIC HBUKGB4B.",
            "Diolch yn fawr / Thank you.",
        ],
        footer=["Canolfan Awyr Agored Eryri Cyf. · Cofrestrwyd yng Nghymru a Lloegr / Registered in England and Wales No. 08412277"],
    )
    one_page(path, sp)
    b.extra.update(note="every label in Welsh and English; UK date dd/mm/yyyy")
    return b


@CASES.case
def invoices_gotene():
    d = CASES.fresh("invoices-gotene")
    files = {
        "Faktura NSR-23-0917 EUR.pdf": sv_eur,
        "Slutfaktura 1071.pdf": sv_slutfaktura,
        "Facture F-2023-0412.pdf": lu_facture,
        "Anfoneb AAE-2023-1142.pdf": cy_anfoneb,
    }
    gold = {name: fn(d / name).gold() for name, fn in files.items()}
    write_gold(
        d,
        gold,
        "Four invoices Götene kommun attached: a Swedish supplier's invoice in EUR with the VAT and total also in SEK, "
        "a consultancy's SLUTFAKTURA less an on-account invoice, a Luxembourg FACTURE (TVA 16 % + 3 %, '12 octobre 2023'), "
        "a Welsh bilingual ANFONEB / INVOICE in GBP.",
    )


def main(argv: list[str]) -> None:
    for n in argv or list(CASES.by_name):
        CASES.by_name[n]()
        print("made", n)


if __name__ == "__main__":
    main(sys.argv[1:])
