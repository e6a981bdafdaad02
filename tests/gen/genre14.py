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

from genre_kit import ROOT, Cases, D, group, page_texts, scan_pdf, write_gold  # noqa: E402
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
    b = Bill("7", "2023-10-30", "2023-11-29", "Linnea Åkesson Textilverkstad", "Vadstena kommun", "SEK", "sv",
             [L("Textilworkshop för unga på fritidsgården Ekängen, 4 tillfällen à 3 tim", 12, "tim", 650, 0),
              L("Material: garn, tyg och textiltryckfärg (enligt kvitton)", None, None, None, 0, "1240.00")],
             org_no="870412-3348")
    c = canvas(path)
    c.setFont("Serif-B", 15)
    c.drawCentredString(W / 2, H - 2.4 * cm, "Linnea Åkesson Textilverkstad")
    c.setFont("Serif", 9.5)
    c.drawCentredString(W / 2, H - 2.95 * cm, "Klosterlundsgatan 9 B · 592 30 Vadstena · 073-812 44 90 · linnea.akesson.textil@gmail.com")
    c.line(2.5 * cm, H - 3.25 * cm, W - 2.5 * cm, H - 3.25 * cm)
    text_lines(c, 2.5 * cm, H - 4.6 * cm, VAD_BUYER, "Serif", 10.5)
    text_lines(c, 12 * cm, H - 4.6 * cm, ["**FAKTURA nr 7", "", "Datum: 30 oktober 2023", "Betalas senast: 29 november 2023",
                                          "Er referens: Maja Strömgren"], "Serif", 10.5)
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
    text_lines(c, 2.5 * cm, y, [
        "Ingen moms debiteras. Jag är inte registrerad för moms, eftersom min omsättning understiger",
        "gränsen för momsbefrielse (18 kap. mervärdesskattelagen).",
        "",
        "Betalning till Swedbank, clearingnr 8327-9, konto 914 553 208-4. Ange fakturanummer 7.",
        "",
        "Tack för ett fint samarbete!",
        "Linnea Åkesson"], "Serif", 10)
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
    b = Bill("0231", "2023-09-23", "2023-10-23", "Rune Petterssons Snickeri", "Vadstena kommun", "SEK", "sv",
             [L("Bänkar till utegym, furu, behandlade", 4, "st", 2350, 25),
              L("Montering på plats", 6, "tim", 480, 25),
              L("Skruv, vinkeljärn och beslag", None, None, None, 25, "615.00")],
             org_no="580923-4471")
    c = canvas(path)
    g = colors.HexColor("#2f6b4f")
    c.setStrokeColor(g)
    c.setFillColor(g)
    c.setFont("Sans-B", 22)
    c.drawString(2 * cm, H - 2.3 * cm, "FAKTURA")
    c.setFont("Sans", 6.5)
    c.drawString(2 * cm, H - 2.75 * cm, "Blankett 1392 · Fakturablock med kopia")
    x0, x1 = 2 * cm, W - 2 * cm
    boxes = [("Fakturanummer", 11 * cm, H - 3.2 * cm, 3.4 * cm), ("Fakturadatum", 14.4 * cm, H - 3.2 * cm, 4.6 * cm),
             ("Kundnummer", 11 * cm, H - 4.4 * cm, 3.4 * cm), ("Förfallodag", 14.4 * cm, H - 4.4 * cm, 4.6 * cm),
             ("Er referens", 11 * cm, H - 5.6 * cm, 8 * cm)]
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
    for lab, cx in zip(["Antal", "Benämning", "À-pris", "Belopp"], cols):
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
    rows = [("4 st", "Bänkar till utegym, furu, behandlade", "2 350:-", "9 400:-"),
            ("6 tim", "Montering på plats", "480:-", "2 880:-"),
            ("", "Skruv, vinkeljärn och beslag", "", "615:-")]
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
    b = Bill("1187", "2023-08-21", "2023-09-20", "Bryggargårdens Café & Catering AB", "Vadstena kommun", "SEK", "sv",
             [L("Lunchbuffé 17 augusti", 34, "st", 115, 12),
              L("Förmiddagsfika med smörgås", 34, "st", 45, 12),
              L("Hyra konferenslokal, heldag", 1, "st", 2400, 25),
              L("Projektor och högtalare", 1, "st", 350, 25)],
             org_no="559214-6613", per_line_rate=True)
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
    text_lines(c, 11.6 * cm, H - 4.4 * cm, ["Vadstena kommun", "Kultur- och fritidsförvaltningen", "Box 114", "592 22 VADSTENA"], "Sans", 9.5)
    left = [("Er referens", "Maja Strömgren"), ("Vår referens", "Elin Brygger"), ("Betalningsvillkor", "30 dagar"),
            ("Förfallodatum", "2023-09-20"), ("Dröjsmålsränta", "12,00 %")]
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
    for i, (ln, a) in enumerate(zip(b.lines, arts)):
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
    cols = [("Exkl. moms", nf(b.net)), ("Moms", nf(b.vat)), ("Totalt", nf(total)), ("Öresavrundning", nf(rounded - total)),
            ("ATT BETALA SEK", nf(rounded))]
    xs = [1.6, 5.2, 8.4, 11.6, 15.2]
    c.line(1.6 * cm, ty + 14, W - 1.6 * cm, ty + 14)
    for (k, v), x in zip(cols, xs):
        c.setFont("Sans", 7.5)
        c.drawString(x * cm, ty + 4, k)
        c.setFont("Sans-B" if k.startswith("ATT") else "Sans", 11 if k.startswith("ATT") else 9)
        c.drawString(x * cm, ty - 10, v)
    c.line(1.6 * cm, ty - 18, W - 1.6 * cm, ty - 18)
    c.setFont("Sans", 7.5)
    c.drawString(1.6 * cm, ty - 34, f"Vid betalning ange OCR-nummer {ocr}. Efter förfallodagen debiteras dröjsmålsränta med 12,00 %.")
    foot = [["Adress", "Telefon", "Bankgiro", "Organisationsnr"],
            ["Bryggargårdens Café & Catering AB", "0143-211 70", "5051-8872", "559214-6613"],
            ["Storgatan 31", "E-post", "", "Momsreg.nr"],
            ["592 30 Vadstena", "info@bryggargarden.se", "", "SE559214661301"],
            ["", "", "", "Godkänd för F-skatt"]]
    grid(c, 1.6 * cm, 2.9 * cm, foot, [5.6 * cm, 4.4 * cm, 3.4 * cm, 4.4 * cm],
         [("FONTSIZE", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
          ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black), ("TEXTCOLOR", (0, 0), (-1, 0), colors.grey),
          ("TEXTCOLOR", (0, 2), (-1, 2), colors.grey)])
    c.save()
    b.extra["note"] = "Fortnox-like: OCR with length and check digit, bankgiro, totals row at the foot with öresavrundning; total = net + VAT, amount_due rounded"
    return b


def sv_samlingsfaktura(path: Path) -> Bill:
    """A bakery's monthly invoice for several deliveries: one line per delivery with its date and
    delivery note, a contract discount line, 12 %."""
    deliveries = [("2023-10-03", "5531", "Smörgåsar ost/skinka", 40), ("2023-10-05", "5547", "Smörgåsar ost/skinka", 36),
                  ("2023-10-10", "5570", "Smörgåsar ost/skinka", 42), ("2023-10-12", "5588", "Långpannekaka, hel", 3),
                  ("2023-10-17", "5603", "Smörgåsar ost/skinka", 38), ("2023-10-19", "5621", "Smörgåsar vegetariska", 30),
                  ("2023-10-24", "5640", "Smörgåsar ost/skinka", 44), ("2023-10-26", "5659", "Långpannekaka, hel", 4),
                  ("2023-10-31", "5677", "Smörgåsar ost/skinka", 40)]
    lines = [L(f"{d} Fs {fs} {art}", q, "st", 260 if "Lång" in art else 36, 12) for d, fs, art, q in deliveries]
    sub = sum((ln.amt for ln in lines), Decimal(0))
    disc = -r2(sub * Decimal("0.05"))
    lines.append(L("Rabatt enligt avtal 5 %", None, None, None, 12, disc))
    b = Bill("23-1044", "2023-11-02", "2023-12-02", "Vätterbagarn i Vadstena AB", "Vadstena kommun", "SEK", "sv", lines,
             org_no="556781-2290")
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
    meta = [("Fakturanummer", "23-1044"), ("Fakturadatum", "2023-11-02"), ("Förfallodatum", "2023-12-02"),
            ("Leveransperiod", "2023-10-01 – 2023-10-31"), ("Kund", "Vadstena kommun, fritidsgården Ekängen")]
    for i, (k, v) in enumerate(meta):
        c.setFont("Sans", 8)
        c.drawString(12 * cm, H - 2.7 * cm - i * 12, k)
        c.drawString(14.8 * cm, H - 2.7 * cm - i * 12, v)
    text_lines(c, 2 * cm, H - 5.4 * cm, ["Vadstena kommun", "Fritidsgården Ekängen", "Fakturaadress: Box 114", "592 22 Vadstena"], "Sans", 9.5)
    rows = [["Datum", "Följesedel", "Artikel", "Antal", "À-pris", "Belopp"]]
    for (d, fs, art, q), ln in zip(deliveries, lines):
        rows.append([d, fs, art, str(q), nf(ln.price), nf(ln.amt)])
    rows.append(["", "", "Summa leveranser", "", "", nf(sub)])
    rows.append(["", "", "Rabatt enligt avtal 5 %", "", "", nf(disc)])
    y = grid(c, 2 * cm, H - 8 * cm, rows, [2.3 * cm, 2.1 * cm, 6 * cm, 1.6 * cm, 2 * cm, 3 * cm],
             [("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, 0), "Sans-B"),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe3d3")), ("LINEBELOW", (0, -3), (-1, -3), 0.5, colors.black),
              ("FONTNAME", (2, -2), (-1, -2), "Sans-B")], size=8.5)
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
    b.extra.update(plusgiro="486612-0", note="one line per delivery (date and delivery note in the description); 'Summa leveranser' is a subtotal, not a line; discount line −5 %")
    return b


def sv_visma_scan(tmp: Path, dst: Path) -> Bill:
    """A Visma-like invoice printed and scanned: 200 dpi greyscale, 1.4° askew."""
    b = Bill("300412", "2023-09-11", "2023-10-11", "Östgöta Scenteknik AB", "Vadstena kommun", "SEK", "sv",
             [L("Hyra ljudanläggning inkl. mixerbord", 2, "dag", 1800, 25),
              L("Ljudtekniker", 9, "tim", 550, 25),
              L("Transport tur och retur", 1, "st", 900, 25)],
             org_no="556904-7718")
    c = canvas(tmp)
    c.setFillColor(colors.HexColor("#444444"))
    c.rect(1.8 * cm, H - 2.9 * cm, 5.5 * cm, 1.3 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 11)
    c.drawString(2.1 * cm, H - 2.4 * cm, "ÖSTGÖTA SCENTEKNIK")
    c.setFillColor(colors.black)
    c.setFont("Sans-B", 20)
    c.drawRightString(W - 1.8 * cm, H - 2.4 * cm, "FAKTURA")
    kv = [("Fakturanummer", "300412"), ("Fakturadatum", "2023-09-11"), ("Förfallodatum", "2023-10-11"), ("Kundnummer", "2188"),
          ("Er referens", "Maja Strömgren"), ("Ert ordernr", "KF-2023-118")]
    grid(c, 11.3 * cm, H - 3.4 * cm, [[k, v] for k, v in kv], [3.6 * cm, 4.3 * cm],
         [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6"))], size=8.5)
    text_lines(c, 1.8 * cm, H - 4.2 * cm, ["Leveransadress:", "Vadstena kommun", "Kultur och fritid", "Box 114", "592 22 Vadstena"], "Sans", 9.5)
    rows = [["Benämning", "Antal", "Enhet", "Pris", "Belopp"]] + [[ln.desc, nf(ln.qty, places=0), ln.unit, nf(ln.price), nf(ln.amt)] for ln in b.lines]
    y = grid(c, 1.8 * cm, H - 8.6 * cm, rows, [8.2 * cm, 1.8 * cm, 1.6 * cm, 2.6 * cm, 3.2 * cm],
             [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cccccc")), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
              ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey)], size=9)
    y -= 1 * cm
    tot = [["Belopp före moms", nf(b.net)], ["Moms 25 %", nf(b.vat)], ["Att betala (SEK)", nf(b.total)]]
    grid(c, 11.3 * cm, y, tot, [4.6 * cm, 3.3 * cm], [("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTNAME", (0, 2), (-1, 2), "Sans-B"),
                                                      ("LINEABOVE", (0, 2), (-1, 2), 1, colors.black)], size=10)
    c.setFont("Sans", 7.5)
    foot = ["Östgöta Scenteknik AB · Industrigatan 14 · 591 35 Motala · 0141-22 83 10",
            "Org.nr 556904-7718 · VAT-nr SE556904771801 · Styrelsens säte: Motala · Godkänd för F-skatt",
            "Bankgiro 730-4418 · Betalningsvillkor 30 dagar · Dröjsmålsränta enligt räntelagen"]
    for i, s in enumerate(foot):
        c.drawCentredString(W / 2, 2.6 * cm - i * 10, s)
    c.save()
    scan_pdf(tmp, dst, 200, seed=1414, skew=[1.4], mode="L", quality=45, dust=250, blur=0.35)
    b.extra.update(bankgiro="730-4418", scanned=True, note="printed and scanned (200 dpi greyscale JPEG in a PDF, 1.4° askew, dust); no text layer")
    return b


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
    write_gold(d, gold, "Five Swedish small suppliers' invoices Vadstena kommun attached: a one-person firm without VAT (F-skatt), "
               "a pre-printed form pad filled in by hand (25 %), a Fortnox-like system invoice (12 % + 25 %, OCR, bankgiro, "
               "öresavrundning), a bakery's monthly invoice for nine deliveries with a contract discount (12 %), and a scanned "
               "Visma-like invoice (25 %, 200 dpi grey, askew).")


def main(argv: list[str]) -> None:
    for n in argv or list(CASES.by_name):
        CASES.by_name[n]()
        print("made", n)


if __name__ == "__main__":
    main(sys.argv[1:])
