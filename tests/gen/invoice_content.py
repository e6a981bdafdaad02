"""Invoices in languages the invoice vocabulary has no word of (Welsh, Albanian): neither the
title ("ANFONEB", "FATURË") nor any label is known. They are invoices by what every invoice
carries: priced lines (quantity × unit price = line amount), VAT at a printed rate on a printed
base, and a total that is the net plus the VAT (issue 12 point 5: the kind from content).

    /work/main/.venv/bin/python tests/gen/invoice_content.py

Writes tests/data/invoice_content/<name>.pdf and expected.json. The expected values were written
here, before the pipeline ran on the documents; the sums are computed with Decimal from the lines.
Every name and number is invented. Drawn with reportlab and DejaVu (for ë and ŵ), invariant=1.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

OUT = Path(__file__).resolve().parent.parent / "data" / "invoice_content"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
EXPECTED: dict[str, dict] = {}


def _fonts() -> None:
    pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DV-B", str(FONTS / "DejaVuSans-Bold.ttf")))


def _vat(base: D, rate: D) -> D:
    return (base * rate / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def _parties(c: Canvas, supplier: list[str], buyer: list[str]) -> None:
    """The supplier's block at the left, the buyer and the invoice's number and dates at the right."""
    c.setFont("DV", 10)
    for k, t in enumerate(supplier):
        c.drawString(60, 770 - 13 * k, t)
    for k, t in enumerate(buyer):
        c.drawString(330, 770 - 13 * k, t)


Row = tuple[str, int, D, D]  # description, quantity, unit price, VAT rate


def _priced_rows(c: Canvas, header: list[tuple[float, str]], rows: list[Row], fmt, rate_fmt) -> tuple[float, dict[D, D]]:
    """The line items under their header, in the header's columns; the net per VAT rate."""
    y = 690
    c.setFont("DV-B", 10)
    for x, t in header:
        c.drawString(x, y, t)
    c.setFont("DV", 10)
    net: dict[D, D] = {}
    xs = [x for x, _ in header]
    for desc, qty, price, rate in rows:
        y -= 16
        amount = price * qty
        net[rate] = net.get(rate, D(0)) + amount
        for x, t in zip(xs, [desc, str(qty), fmt(price), rate_fmt(rate), fmt(amount)], strict=True):
            c.drawString(x, y, t)
    return y, net


def welsh(path: Path) -> None:
    """Pounds with two decimals, TAW 20 % and 5 %, day-first dates with slashes."""
    fmt = "{:,.2f}".format
    lines = [
        ("Gweithdy drama i bobl ifanc", 4, D("185.00"), D(20)),
        ("Llogi neuadd", 2, D("95.50"), D(20)),
        ("Tanwydd domestig", 3, D("42.00"), D(5)),
    ]
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("DV-B", 16)
    c.drawString(60, 790, "ANFONEB")
    _parties(
        c,
        ["Theatr Ieuenctid Glannau Tywi Cyf.", "Heol y Bont 12, Caerfyrddin SA31 1AA", "Rhif TAW GB 318 4411 27"],
        ["Cwsmer: Borlänge kommun, Kultur och fritid", "Rhif yr anfoneb: CYF-2023-0077", "Dyddiad: 14/09/2023", "Dyddiad talu: 14/10/2023"],
    )
    header = [(60, "Disgrifiad"), (300, "Nifer"), (360, "Pris"), (430, "TAW"), (490, "Swm")]
    y, net = _priced_rows(c, header, lines, fmt, lambda r: f"{r} %")
    total_net = sum(net.values(), D(0))
    vats = {r: _vat(b, r) for r, b in net.items()}
    total = total_net + sum(vats.values(), D(0))
    y -= 30
    c.drawString(330, y, f"Is-gyfanswm £{fmt(total_net)}")
    for r in sorted(vats, reverse=True):
        y -= 14
        c.drawString(330, y, f"TAW {r} % ar £{fmt(net[r])} £{fmt(vats[r])}")
    y -= 16
    c.setFont("DV-B", 11)
    c.drawString(330, y, f"Cyfanswm i'w dalu £{fmt(total)}")
    c.setFont("DV", 9)
    c.drawString(60, 80, "Talwch i: Banc y Cymoedd · Cod didoli 40-11-62 · Cyfrif 31926819")
    c.showPage()
    c.save()
    EXPECTED[path.name] = {"kind": "invoice", "total": str(total), "net": str(total_net), "vat": str(sum(vats.values(), D(0)))}


def albanian(path: Path) -> None:
    """Lek without decimals, dots grouping thousands, TVSH 20 % and 6 %."""

    def fmt(v: D) -> str:
        return f"{int(v):,}".replace(",", ".")

    lines = [
        ("Qira e sallës për seminar", 2, D(18000), D(20)),
        ("Drekë për pjesëmarrësit", 30, D(1200), D(6)),
        ("Transport me autobus", 1, D(45000), D(20)),
    ]
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("DV-B", 15)
    c.drawCentredString(297, 800, "FATURË TATIMORE")
    _parties(
        c,
        ["Hotel Liqeni shpk", "Rruga e Kavajës 88, Tiranë", "NIPT L91820033K"],
        ["Blerësi: Tingsryds kommun", "Nr. i faturës: 2023/1140", "Data e lëshimit: 03.10.2023", "Afati i pagesës: 02.11.2023"],
    )
    header = [(60, "Përshkrimi"), (290, "Sasia"), (340, "Çmimi"), (410, "TVSH"), (470, "Vlera")]
    y, net = _priced_rows(c, header, lines, fmt, lambda r: f"{r}%")
    total_net = sum(net.values(), D(0))
    vats = {r: _vat(b, r).quantize(D(1), rounding=ROUND_HALF_UP) for r, b in net.items()}
    total = total_net + sum(vats.values(), D(0))
    y -= 30
    c.drawString(330, y, f"Vlera pa TVSH {fmt(total_net)} lekë")
    for r in sorted(vats, reverse=True):
        y -= 14
        c.drawString(330, y, f"TVSH {r}% mbi {fmt(net[r])} {fmt(vats[r])} lekë")
    y -= 16
    c.setFont("DV-B", 11)
    c.drawString(330, y, f"Totali për t'u paguar {fmt(total)} lekë")
    c.showPage()
    c.save()
    EXPECTED[path.name] = {"kind": "invoice", "total": f"{total}.00", "net": f"{total_net}.00", "vat": f"{sum(vats.values(), D(0))}.00"}


def main() -> None:
    _fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    welsh(OUT / "Anfoneb CYF-2023-0077.pdf")
    albanian(OUT / "Fature 2023-1140 Tirane.pdf")
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
