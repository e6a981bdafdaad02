"""Building blocks for the genre corpus (tests/gen/genre.py): a money ledger that formats every
amount the way a house style prints it and remembers the value for the gold, reportlab page
rendering, page lookup in the finished PDF (for gold page numbers), scans and gold assembly.

Everything here is about making documents; nothing reads granttrail's pipeline.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # byte-identical PDFs on every run (no timestamps, fixed ids)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "genre"
MONEY_TOKEN = re.compile(r"\[\[(-?[0-9.]+)\|([a-z_]+)\]\]")


def D(v) -> Decimal:  # noqa: N802 - reads like the literal it wraps
    return Decimal(str(v))


class Cases:
    """A corpus generator's cases by name (a function `prose_kiruna` is case "prose-kiruna"), and
    each case's output folder under `out`, made fresh."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.by_name: dict = {}

    def case(self, fn):
        self.by_name[fn.__name__.replace("_", "-")] = fn
        return fn

    def fresh(self, name: str) -> Path:
        d = self.out / name
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        return d


def group(v: Decimal, sep: str = " ", decimals: str = "auto", comma: str = ",") -> str:
    """45000 -> '45 000'; 45000.5 -> '45 000,50' (Swedish grouping)."""
    q = v.quantize(Decimal("0.01"))
    neg = q < 0
    q = abs(q)
    whole, frac = f"{q:.2f}".split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    s = sep.join(parts)
    if decimals == "always" or (decimals == "auto" and frac != "00"):
        s += comma + frac
    return ("-" if neg else "") + s


def short(v: Decimal, unit: Decimal) -> str:
    """300000 in mnkr -> '0,3'; 45000 in tkr -> '45'."""
    x = (v / unit).normalize()
    s = f"{x:f}"
    return s.replace(".", ",")


class Ledger:
    """Formats amounts in text as a house style prints them and records each mention's value.

    Text carries tokens "[[45000|kr]]"; fill() replaces them and records the value, so the gold
    money list is exactly the amounts printed."""

    def __init__(self, nbsp: bool = False) -> None:
        self.values: list[Decimal] = []
        self.optional: list[Decimal] = []
        self.sep = "\u00a0" if nbsp else " "

    def fmt(self, v: Decimal, style: str) -> str:
        g = group(v, self.sep)
        return {
            "kr": f"{g} kr",
            "kronor": f"{g} kronor",
            "colon": f"{g}:-",
            "sek": f"SEK {g}",
            "seka": f"{g} SEK",
            "dec": f"{group(v, self.sep, 'always')} kr",
            "bare": g,
            "baredec": group(v, self.sep, "always"),
            "mnkr": f"{short(v, Decimal(1000000))} mnkr",
            "miljoner": f"{short(v, Decimal(1000000))} miljoner kronor",
            "tkr": f"{short(v, Decimal(1000))} tkr",
            "tcell": short(v, Decimal(1000)),
        }[style]

    def fill(self, text: str) -> str:
        def sub(m: re.Match) -> str:
            v = D(m.group(1))
            style = m.group(2)
            if style.startswith("opt_"):
                self.optional.append(v)
                style = style[4:]
            else:
                self.values.append(v)
            return self.fmt(v, style)

        return MONEY_TOKEN.sub(sub, text)

    def gold(self) -> dict:
        out = {"money": [f"{v:.2f}" for v in self.values]}
        if self.optional:
            out["money_optional"] = [f"{v:.2f}" for v in self.optional]
        return out


def m(v, style: str = "kr") -> str:
    """The token for one amount in text."""
    return f"[[{D(v)}|{style}]]"


# ------------------------------------------------------------------------------------------
# reportlab

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def styles(font: str = "Helvetica", size: float = 10.5) -> dict[str, ParagraphStyle]:
    bold = BOLD[font]
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=6)
    return {
        "p": body,
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=bold,
            fontSize=size + 4.5,
            leading=(size + 4.5) * 1.3,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=bold,
            fontSize=size + 1.5,
            leading=(size + 1.5) * 1.3,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=bold,
            fontSize=size,
            leading=size * 1.35,
            spaceBefore=6,
            spaceAfter=2,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0),
        "cellb": ParagraphStyle(
            "cellb",
            parent=body,
            fontName=bold,
            fontSize=size - 1.5,
            leading=(size - 1.5) * 1.25,
            spaceAfter=0,
        ),
        "jp": ParagraphStyle("jp", parent=body, alignment=4),  # justified body text
        "right": ParagraphStyle(
            "right",
            parent=body,
            fontSize=size - 1.5,
            leading=(size - 1.5) * 1.25,
            spaceAfter=0,
            alignment=2,
        ),
    }


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class Page:
    size: tuple = A4
    margins: tuple = (2.4 * cm, 2.2 * cm, 2.5 * cm, 2.2 * cm)  # left, right, top, bottom
    header: str = ""
    footer: str = ""  # "{page}" and "{pages}" are filled
    columns: int = 1
    font: str = "Helvetica"
    size_pt: float = 10.5
    letterhead: list = field(default_factory=list)  # lines drawn top right on page 1
    stamp: str = ""  # "Bilaga 3": stamped on page 1, as on an attachment in a bundle
    banner_cm: float = 0.0  # with two columns: a full-width frame this tall on page 1 (title, addressee)
    on_page: object = None  # optional function (canvas, doc) drawing a house style's own page furniture


def flowables(blocks: list, ledger: Ledger, st: dict, width: float) -> list:
    """blocks: ("h1"|"h2"|"h3"|"p"|"small", text), ("rich", style, marked-up text), ("flowable", f),
    ("lazy", make) (make() gives a fresh flowable per pass: reportlab will not lay one out twice),
    ("break",), ("space", pt),
    ("table", rows, dict(widths=[...], ruled=bool, header=1, align_right=[cols],
    bold_last=bool))."""
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "break":
            story.append(PageBreak())
        elif kind == "framebreak":
            story.append(FrameBreak())
        elif kind == "orient":  # continue on a new page in "landscape" or "portrait"
            story += [NextPageTemplate(b[1]), PageBreak()]
        elif kind == "space":
            story.append(Spacer(1, b[1]))
        elif kind == "table":
            story += [table(b[1], ledger, st, width, **b[2]), Spacer(1, 8)]
        elif kind == "rich":  # ("rich", style, text with reportlab markup: <b>, <i>, <super>)
            story.append(Paragraph(ledger.fill(b[2]).replace("\n", "<br/>"), st[b[1]]))
        elif kind == "box":  # ("box", style, marked-up text, "#rrggbb"): a shaded box with a rule at its left
            t = Table([[Paragraph(ledger.fill(b[2]).replace("\n", "<br/>"), st[b[1]])]], colWidths=[width], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(b[3])),
                        ("LINEBEFORE", (0, 0), (0, -1), 2.2, colors.HexColor("#7a8591")),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                )
            )
            story += [t, Spacer(1, 6)]
        elif kind == "flowable":  # ("flowable", any reportlab flowable)
            story.append(b[1])
        elif kind == "lazy":  # ("lazy", function returning a flowable): made afresh in each pass
            story.append(b[1]())
        else:
            story.append(Paragraph(esc(ledger.fill(b[1])).replace("\n", "<br/>"), st[kind]))
    return story


def table(
    rows,
    ledger,
    st,
    width,
    widths=None,
    ruled=True,
    header=1,
    align_right=(),
    bold_last=False,
    shade=False,
    spans=(),
    key_col=False,
):
    """spans: ((col0, row0), (col1, row1)) cell ranges merged into one, as a spreadsheet prints.
    key_col: the first column holds field names (bold on a grey ground), as in a key/value form."""
    data = []
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            sty = st["cellb"] if r < header or (bold_last and r == len(rows) - 1) or (key_col and c == 0) else st["cell"]
            if c in align_right and r >= header:
                sty = st["right"]
            out.append(Paragraph(esc(ledger.fill(cell)).replace("\n", "<br/>"), sty))
        data.append(out)
    cw = [w * width for w in widths] if widths else None
    t = Table(data, colWidths=cw, repeatRows=header, hAlign="LEFT")
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    else:
        cmds.append(("LINEBELOW", (0, header - 1), (-1, header - 1), 0.4, colors.grey))
    if shade:
        cmds.append(("BACKGROUND", (0, 0), (-1, header - 1), colors.HexColor("#dde6ee")))
    if key_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8e8e8")))
    cmds += [("SPAN", a, b) for a, b in spans]
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(path: Path, blocks: list, ledger: Ledger, page: Page) -> Path:
    """Render blocks to a PDF in a house style; returns path. Two passes fill '{pages}'."""
    path.parent.mkdir(parents=True, exist_ok=True)
    st = styles(page.font, page.size_pt)
    pages_total = [0]
    for attempt in range(2):
        probe = Ledger()
        probe.sep = ledger.sep
        lg = ledger if attempt == 1 else probe
        buf = io.BytesIO()
        doc = _template(buf, page, pages_total[0])
        width = doc.frame_width
        doc.build(flowables(blocks, lg, st, width))
        pages_total[0] = doc.page
    path.write_bytes(buf.getvalue())
    return path


def _template(buf, page: Page, total: int) -> BaseDocTemplate:
    w, h = page.size
    left, right, top, bottom = page.margins

    def decorate(canvas, doc):
        w, h = canvas._pagesize  # noqa: SLF001 - the page being drawn (portrait or landscape)
        canvas.saveState()
        canvas.setFont(page.font, 8)
        if page.header:
            canvas.drawString(left, h - 1.3 * cm, page.header)
        if page.footer:
            canvas.drawRightString(w - right, 1.1 * cm, page.footer.format(page=doc.page, pages=total or "?"))
        if doc.page == 1 and page.letterhead:
            canvas.setFont(page.font, 9)
            y = h - 1.6 * cm
            for line in page.letterhead:
                canvas.drawRightString(w - right, y, line)
                y -= 11
        canvas.restoreState()
        if page.on_page:
            canvas.saveState()
            page.on_page(canvas, doc)
            canvas.restoreState()
        if doc.page == 1 and page.stamp:
            stamp(canvas, page.stamp)

    doc = BaseDocTemplate(
        buf,
        pagesize=page.size,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title="",
        author="",
        creator="",
        producer="",
    )
    fw = w - left - right
    gap = 0.8 * cm
    if page.columns == 2:
        cw = (fw - gap) / 2
        frames = [
            Frame(left, bottom, cw, h - top - bottom, id="c1"),
            Frame(left + cw + gap, bottom, cw, h - top - bottom, id="c2"),
        ]
        doc.frame_width = cw
        if page.banner_cm:
            bh = page.banner_cm * cm
            first = [
                Frame(left, h - top - bh, fw, bh, id="banner"),
                Frame(left, bottom, cw, h - top - bottom - bh, id="f1"),
                Frame(left + cw + gap, bottom, cw, h - top - bottom - bh, id="f2"),
            ]
            t1 = PageTemplate(id="first", frames=first, onPage=decorate, autoNextPageTemplate="later")
            doc.addPageTemplates([t1, PageTemplate(id="later", frames=frames, onPage=decorate)])
            return doc
    else:
        frames = [Frame(left, bottom, fw, h - top - bottom, id="f")]
        doc.frame_width = fw
    lw, lh = h, w  # a landscape page, for a wide table between portrait pages
    wide = [Frame(left, bottom, lw - left - right, lh - top - bottom, id="wide")]
    doc.addPageTemplates(
        [
            PageTemplate(id="portrait", frames=frames, onPage=decorate, pagesize=page.size),
            PageTemplate(id="landscape", frames=wide, onPage=decorate, pagesize=(lw, lh)),
        ]
    )
    return doc


# ------------------------------------------------------------------------------------------
# reading back my own PDFs (for gold page numbers only)


def squash(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().casefold()


def page_texts(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [squash(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    finally:
        doc.close()


def page_of(texts: list[str], needle: str, start: int = 1) -> int:
    n = squash(needle)
    for i in range(start - 1, len(texts)):
        if n in texts[i]:
            return i + 1
    raise ValueError(f"not found in PDF: {needle!r}")


# ------------------------------------------------------------------------------------------
# gold


@dataclass
class Act:
    no: str
    title: str
    claimed: Decimal
    position: str  # accepts_full | accepts_partial | disputes | unclear
    reasons: list
    refs: list = field(default_factory=list)
    repay: Decimal | None = None  # for accepts_partial
    needle: str = ""  # text that first appears on the activity's first page
    toc_title: str | None = None

    def repayment(self) -> str | None:
        if self.position == "accepts_full":
            return f"{self.claimed:.2f}"
        if self.position == "accepts_partial":
            return f"{self.repay:.2f}"
        if self.position == "disputes":
            return "0.00"
        return None


def activities_gold(acts: list[Act], pdf_texts: list[str], start: int = 1) -> list[dict]:
    out = []
    page = start
    for a in acts:
        page = page_of(pdf_texts, a.needle or a.title, page)
        g = {
            "activity_no": a.no,
            "title": a.title,
            "claimed_amount_sek": f"{a.claimed:.2f}",
            "page_start": page,
            "municipality_position": a.position,
            "repayment_amount_sek": a.repayment(),
            "agency_reasons": sorted(a.reasons),
            "attachment_refs": list(a.refs),
        }
        if a.toc_title:
            g["toc_title"] = a.toc_title
        out.append(g)
    return out


def totals(acts: list[Act]) -> dict:
    claimed = sum((a.claimed for a in acts), Decimal(0))
    repay = sum((D(a.repayment()) for a in acts if a.repayment() is not None), Decimal(0))
    return {
        "claimed_sek": f"{claimed:.2f}",
        "accepted_repayment_sek": f"{repay:.2f}",
        "activities": len(acts),
    }


def write_gold(case_dir: Path, files: dict, note: str) -> None:
    case_dir.mkdir(parents=True, exist_ok=True)
    body = {"note": note, "files": files}
    (case_dir / "gold.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------
# scans


def scan_pdf(
    src: Path,
    dst: Path,
    dpi: int,
    seed: int,
    skew: list,
    mode: str = "L",
    quality: int = 40,
    blur: float = 0.0,
    dust: int = 400,
    upside_down: tuple = (),
    turns: dict | None = None,
    top_line: str = "",
) -> Path:
    """Print-and-scan imitation: every page rasterised at dpi, turned by its skew (degrees),
    dusted, optionally blurred and turned 180°, written as an image-only PDF. top_line: a line
    printed across the top of every page as a fax machine does ("{page}", "{pages}" filled)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(seed)
    turns = turns or {}
    doc = pdfium.PdfDocument(str(src))
    images = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        if top_line:
            from PIL import ImageFont

            font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", int(dpi * 0.11))
            ImageDraw.Draw(img).text((int(dpi * 0.35), int(dpi * 0.12)), top_line.format(page=i + 1, pages=len(doc)), fill=0, font=font)
        img = img.rotate(skew[i % len(skew)], resample=Image.BICUBIC, expand=False, fillcolor=255)
        draw = ImageDraw.Draw(img)
        for _ in range(dust):
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            r = rnd.choice((0, 0, 1, 1, 2))
            draw.ellipse((x, y, x + r, y + r), fill=rnd.randrange(0, 120))
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        if i + 1 in upside_down:
            img = img.rotate(180)
        if turns.get(i + 1):  # a landscape page fed portrait: the text runs up or down the image
            img = img.rotate(turns[i + 1], expand=True)
        if mode == "1":
            img = img.point(lambda p: 255 if p > 150 else 0).convert("1")
        images.append(img)
    doc.close()
    dst.parent.mkdir(parents=True, exist_ok=True)
    import time

    # the scanner's clock (2025-02-10 09:12): same bytes on every run
    fixed = time.gmtime(1739178720)
    if dst.suffix.lower() in (".tif", ".tiff"):  # a scanner's multi-page TIFF (group 4 when b/w)
        extra = {"compression": "group4"} if mode == "1" else {"compression": "tiff_deflate"}
        images[0].save(dst, save_all=True, append_images=images[1:], dpi=(dpi, dpi), **extra)
        return dst
    kw = {
        "resolution": dpi,
        "save_all": True,
        "append_images": images[1:],
        "creationDate": fixed,
        "modDate": fixed,
        "producer": "Scan2PDF",
    }
    if mode != "1":
        kw["quality"] = quality
    images[0].save(dst, **kw)
    return dst


def run(cmd: list[str], **kw) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


# ------------------------------------------------------------------------------------------
# invoices

LABELS = {
    "sv": dict(
        title="FAKTURA",
        credit="KREDITFAKTURA",
        no="Fakturanummer",
        date="Fakturadatum",
        due="Förfallodatum",
        desc="Benämning",
        qty="Antal",
        unit="Enh",
        price="À-pris",
        amount="Belopp",
        net="Summa exkl. moms",
        vat="Moms {r} %",
        total="Att betala",
        org="Org.nr",
        ref="Er referens",
        buyer="Kund",
        vatno="Momsreg.nr",
        pay="Bankgiro",
        ocr="OCR-nummer",
        cur="SEK",
        period="Period",
    ),
    "en": dict(
        title="INVOICE",
        credit="CREDIT NOTE",
        no="Invoice No.",
        date="Invoice date",
        due="Due date",
        desc="Description",
        qty="Qty",
        unit="Unit",
        price="Unit price",
        amount="Amount",
        net="Subtotal",
        vat="VAT {r}%",
        total="Total due",
        org="Company No.",
        ref="Your reference",
        buyer="Bill to",
        vatno="VAT No.",
        pay="IBAN",
        ocr="Payment reference",
        cur="",
        period="Service period",
    ),
    "de": dict(
        title="RECHNUNG",
        credit="GUTSCHRIFT",
        no="Rechnungsnummer",
        date="Rechnungsdatum",
        due="Fällig am",
        desc="Bezeichnung",
        qty="Menge",
        unit="Einheit",
        price="Einzelpreis",
        amount="Betrag",
        net="Nettobetrag",
        vat="zzgl. MwSt. {r} %",
        total="Gesamtbetrag",
        org="HRB",
        ref="Ihre Bestellung",
        buyer="Rechnungsempfänger",
        vatno="USt-IdNr.",
        pay="IBAN",
        ocr="Verwendungszweck",
        cur="",
        period="Leistungszeitraum",
    ),
    "nl": dict(
        title="FACTUUR",
        credit="CREDITNOTA",
        no="Factuurnummer",
        date="Factuurdatum",
        due="Vervaldatum",
        desc="Omschrijving",
        qty="Aantal",
        unit="Eenheid",
        price="Prijs",
        amount="Bedrag",
        net="Subtotaal",
        vat="BTW {r}%",
        total="Totaal te betalen",
        org="KvK",
        ref="Uw referentie",
        buyer="Factuuradres",
        vatno="BTW-nummer",
        pay="IBAN",
        ocr="Betalingskenmerk",
        cur="",
        period="Periode",
    ),
    "fr": dict(
        title="FACTURE",
        credit="AVOIR",
        no="Facture n°",
        date="Date de facture",
        due="Date d'échéance",
        desc="Désignation",
        qty="Qté",
        unit="Unité",
        price="Prix unitaire HT",
        amount="Montant HT",
        net="Total HT",
        vat="TVA {r} %",
        total="Total TTC",
        org="SIRET",
        ref="Votre référence",
        buyer="Client",
        vatno="N° TVA intracom.",
        pay="IBAN",
        ocr="Référence",
        cur="",
        period="Période",
    ),
    "da": dict(
        title="FAKTURA",
        credit="KREDITNOTA",
        no="Fakturanr.",
        date="Fakturadato",
        due="Forfaldsdato",
        desc="Beskrivelse",
        qty="Antal",
        unit="Enhed",
        price="Stykpris",
        amount="Beløb",
        net="Subtotal",
        vat="Moms {r} %",
        total="I alt",
        org="CVR-nr.",
        ref="Jeres reference",
        buyer="Kunde",
        vatno="CVR-nr.",
        pay="IBAN",
        ocr="Betalingsreference",
        cur="",
        period="Periode",
    ),
    "nb": dict(
        title="FAKTURA",
        credit="KREDITNOTA",
        no="Fakturanummer",
        date="Fakturadato",
        due="Forfallsdato",
        desc="Beskrivelse",
        qty="Antall",
        unit="Enhet",
        price="Enhetspris",
        amount="Beløp",
        net="Sum eks. mva.",
        vat="MVA {r} %",
        total="Å betale",
        org="Org.nr.",
        ref="Deres referanse",
        buyer="Kunde",
        vatno="MVA-nr.",
        pay="Kontonr.",
        ocr="KID",
        cur="",
        period="Periode",
    ),
}
BASE_WORD = {"sv": "på", "en": "on", "de": "auf", "nl": "over", "fr": "sur", "da": "af", "nb": "av"}
NUMBER_STYLE = {
    "sv": (" ", ","),
    "en": (",", "."),
    "de": (".", ","),
    "nl": (".", ","),
    "fr": (" ", ","),
    "da": (".", ","),
    "nb": (" ", ","),
}
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def num(v: Decimal, lang: str) -> str:
    sep, comma = NUMBER_STYLE[lang]
    return group(v, sep, "always", comma)


def rate_text(r: Decimal, lang: str) -> str:
    return f"{r.normalize():f}".replace(".", NUMBER_STYLE[lang][1])


def date_text(iso: str, lang: str, us: bool = False) -> str:
    y, mo, d = iso.split("-")
    if lang == "sv":
        return iso
    if lang == "en":
        return f"{MONTHS_EN[int(mo) - 1]} {int(d)}, {y}" if us else f"{int(d)} {MONTHS_EN[int(mo) - 1][:3]} {y}"
    if lang == "nl":
        return f"{d}-{mo}-{y}"
    if lang == "fr":
        return f"{d}/{mo}/{y}"
    return f"{d}.{mo}.{y}"


@dataclass
class Inv:
    number: str
    date: str
    due: str
    supplier: str
    supplier_lines: list
    buyer_lines: list
    lines: list  # (description, qty, unit, unit_price, vat_rate)
    lang: str = "sv"
    currency: str = "SEK"
    org_no: str | None = None  # Swedish org.nr, NNNNNN-NNNN
    credit: bool = False
    layout: str = "band"  # band | footer | receipt
    pay: list = field(default_factory=list)  # (label, value) lines
    ref: str = ""
    us: bool = False
    stamp: str = ""  # "Bilaga 3" stamped on the page, as a bundle's attachment
    extra: list = field(default_factory=list)  # further text lines under the totals

    def amounts(self):
        sign = Decimal(-1) if self.credit else Decimal(1)
        per_rate: dict = {}
        for _, qty, _, price, rate in self.lines:
            amt = (D(qty) * D(price)).quantize(Decimal("0.01")) * sign
            per_rate[D(rate)] = per_rate.get(D(rate), Decimal(0)) + amt
        vat = {r: (n * r / 100).quantize(Decimal("0.01")) for r, n in per_rate.items()}
        net = sum(per_rate.values(), Decimal(0))
        tv = sum(vat.values(), Decimal(0))
        return per_rate, vat, net, tv, net + tv

    def gold(self) -> dict:
        _, _, net, vat, total = self.amounts()
        g = {
            "kind": "invoice",
            "invoice_number": self.number,
            "invoice_date": self.date,
            "supplier": self.supplier,
            "net": f"{net:.2f}",
            "vat": f"{vat:.2f}",
            "total": f"{total:.2f}",
            "currency": self.currency,
        }
        if self.org_no:
            g["supplier_org_no"] = self.org_no
        per_rate, vat_by_rate, *_ = self.amounts()
        sign = Decimal(-1) if self.credit else Decimal(1)
        g["invoice_lines"] = [
            {
                "description": d,
                "quantity": f"{D(q):f}",
                "unit": u,
                "unit_price": f"{D(p):.2f}",
                "amount": f"{(D(q) * D(p)).quantize(Decimal('0.01')) * sign:.2f}",
                "vat_rate": f"{D(r):f}" if len(per_rate) > 1 else None,
            }
            for d, q, u, p, r in self.lines
        ]
        g["invoice_vat"] = [
            {"vat_rate": f"{r:f}", "net_amount": f"{n:.2f}", "vat_amount": f"{vat_by_rate[r]:.2f}"} for r, n in sorted(per_rate.items())
        ]
        if self.credit:
            g["is_credit_note"] = True
        return g


def draw_invoice(c, inv: Inv) -> None:
    """Draw one invoice page on a reportlab canvas."""
    from reportlab.lib.pagesizes import A4 as _A4

    L = LABELS[inv.lang]
    w, h = _A4
    per_rate, vat, net, tv, total = inv.amounts()
    cur = f" {inv.currency}" if inv.lang != "sv" else (" kr" if inv.layout != "receipt" else " SEK")
    x0 = 2 * cm
    title = L["credit"] if inv.credit else L["title"]
    meta = [
        (L["no"], inv.number),
        (L["date"], date_text(inv.date, inv.lang, inv.us)),
        (L["due"], date_text(inv.due, inv.lang, inv.us)),
    ]
    if inv.ref:
        meta.append((L["ref"], inv.ref))
    if inv.layout == "band":
        c.setFillColor(colors.HexColor("#23395d"))
        c.rect(0, h - 3.2 * cm, w, 3.2 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x0, h - 1.6 * cm, inv.supplier)
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(inv.supplier_lines):
            c.drawString(x0, h - 2.2 * cm - i * 10, ln)
        c.setFont("Helvetica-Bold", 20)
        c.drawRightString(w - x0, h - 1.8 * cm, title)
        c.setFillColor(colors.black)
        y = h - 4.4 * cm
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, L["buyer"])
        c.setFont("Helvetica", 9.5)
        for i, ln in enumerate(inv.buyer_lines):
            c.drawString(x0, y - 12 - i * 12, ln)
        for i, (k, v) in enumerate(meta):
            c.setFont("Helvetica", 9)
            c.drawString(11.5 * cm, y - i * 13, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(w - x0, y - i * 13, v)
        y -= max(len(inv.buyer_lines), len(meta)) * 13 + 30
    elif inv.layout == "footer":
        c.setFont("Times-Bold", 15)
        c.drawString(x0, h - 2.2 * cm, inv.supplier)
        c.setFont("Times-Bold", 22)
        c.drawRightString(w - x0, h - 2.2 * cm, title)
        c.setFont("Times-Roman", 10)
        y = h - 3.6 * cm
        t = Table([[k, v] for k, v in meta], colWidths=[3.6 * cm, 4.2 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("FONTNAME", (0, 0), (-1, -1), "Times-Roman"),
                    ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ]
            )
        )
        tw, th = t.wrap(0, 0)
        t.drawOn(c, w - x0 - tw, y - th)
        for i, ln in enumerate(inv.buyer_lines):
            c.drawString(x0, y - 12 - i * 12, ln)
        y -= th + 40
    else:  # receipt: a narrow web-shop print, everything left-aligned
        c.setFont("Courier-Bold", 13)
        c.drawString(x0, h - 2 * cm, f"{inv.supplier} - {title.title()}")
        c.setFont("Courier", 9)
        y = h - 2.7 * cm
        for ln in inv.supplier_lines:
            c.drawString(x0, y, ln)
            y -= 11
        y -= 6
        for k, v in meta:
            c.drawString(x0, y, f"{k}: {v}")
            y -= 11
        y -= 6
        c.drawString(x0, y, f"{L['buyer']}: " + ", ".join(inv.buyer_lines))
        y -= 24
    font = {"band": "Helvetica", "footer": "Times-Roman", "receipt": "Courier"}[inv.layout]
    per_line_vat = len(per_rate) > 1
    head = [L["desc"], L["qty"], L["unit"], L["price"]] + (["%"] if per_line_vat else []) + [L["amount"]]
    rows = [head]
    sign = Decimal(-1) if inv.credit else Decimal(1)
    for desc, qty, unit, price, rate in inv.lines:
        amt = (D(qty) * D(price)).quantize(Decimal("0.01")) * sign
        q = f"{D(qty):f}".replace(".", NUMBER_STYLE[inv.lang][1])
        rows.append(
            [desc, q, unit, num(D(price), inv.lang)] + ([rate_text(D(rate), inv.lang)] if per_line_vat else []) + [num(amt, inv.lang)]
        )
    widths = [7.3 * cm, 1.5 * cm, 1.4 * cm, 2.7 * cm] + ([1.1 * cm] if per_line_vat else []) + [3 * cm]
    t = Table(rows, colWidths=widths)
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, 0), (-1, 0), BOLD[font]),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ]
    if inv.layout == "footer":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    t.setStyle(TableStyle(cmds))
    tw, th = t.wrap(0, 0)
    t.drawOn(c, x0, y - th)
    y -= th + 20
    summary = [(L["net"], net)]
    for r in sorted(per_rate):
        label = L["vat"].format(r=rate_text(r, inv.lang))
        if per_line_vat:
            label += f" ({BASE_WORD[inv.lang]} {num(per_rate[r], inv.lang)})"
        summary.append((label, vat[r]))
    summary.append((L["total"], total))
    for i, (k, v) in enumerate(summary):
        last = i == len(summary) - 1
        c.setFont(BOLD[font] if last else font, 10)
        c.drawString(10.5 * cm, y - i * 14, k)
        c.drawRightString(x0 + sum(widths), y - i * 14, num(v, inv.lang) + cur)
    y -= len(summary) * 14 + 20
    c.setFont(font, 9)
    for ln in inv.extra:
        c.drawString(x0, y, ln)
        y -= 12
    # payment details, and in the footer layout the supplier's registered details
    yb = 2.6 * cm
    c.setFont(font, 8)
    if inv.layout == "footer":
        c.line(x0, yb + 14, w - x0, yb + 14)
        c.drawString(x0, yb, "  ·  ".join(inv.supplier_lines))
        yb -= 10
    c.drawString(x0, yb, "   ".join(f"{k}: {v}" for k, v in inv.pay))
    if inv.stamp:
        stamp(c, inv.stamp)


def stamp(c, text: str) -> None:
    """A 'Bilaga N' stamp in the top right corner, as a registrar puts on an attachment."""
    from reportlab.lib.pagesizes import A4 as _A4

    w, h = _A4
    c.saveState()
    c.setStrokeColor(colors.HexColor("#8b1a1a"))
    c.setFillColor(colors.white)
    c.setLineWidth(1.2)
    c.roundRect(w - 5.6 * cm, h - 1.45 * cm, 4.2 * cm, 0.95 * cm, 4, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#8b1a1a"))
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(w - 3.5 * cm, h - 1.13 * cm, text)
    c.restoreState()


def invoice_pdf(path: Path, invs: list, spec: list | None = None) -> Path:
    """Invoices one per page; spec: lines of a specification page following the (single) invoice."""
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=A4, invariant=1)
    for inv in invs:
        draw_invoice(c, inv)
        c.showPage()
    if spec:
        y = A4[1] - 2.5 * cm
        c.setFont("Helvetica-Bold", 12)
        c.drawString(2 * cm, y, spec[0])
        c.setFont("Helvetica", 9.5)
        for ln in spec[1:]:
            y -= 14
            c.drawString(2 * cm, y, ln)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Sida 2 av 2")
        c.showPage()
    c.save()
    return path


def merge_pdfs(dst: Path, parts: list[Path]) -> list[tuple[int, int]]:
    """One PDF of the parts in order; returns each part's (first, last) page, 1-based."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    spans = []
    for p in parts:
        src = pdfium.PdfDocument(str(p))
        first = len(out) + 1
        out.import_pages(src)
        spans.append((first, len(out)))
        src.close()
    dst.parent.mkdir(parents=True, exist_ok=True)
    out.save(str(dst))
    out.close()
    # PDFium writes a random file /ID: replace it (same length, so the xref stays valid) by one
    # derived from the content, so that the file has the same bytes on every run
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250205090000", dst.read_bytes())
    digest = hashlib.md5(re.sub(rb"/ID\s*\[[^\]]*\]", b"", data)).hexdigest().upper().encode()
    data = re.sub(
        rb"(/ID\s*\[<)[0-9A-Fa-f]{32}(><)[0-9A-Fa-f]{32}(>\])",
        lambda mo: mo.group(1) + digest + mo.group(2) + digest + mo.group(3),
        data,
    )
    dst.write_bytes(data)
    return spans


def stable_pdf_id(path: Path) -> Path:
    """Replace the random file /ID PDFium writes when it saves a PDF by one derived from the
    content (same length, so the xref stays valid): the file gets the same bytes on every run."""
    data = path.read_bytes()
    digest = hashlib.md5(re.sub(rb"/ID\s*\[[^\]]*\]", b"", data)).hexdigest().upper().encode()
    data = re.sub(
        rb"(/ID\s*\[<)[0-9A-Fa-f]{32}(><)[0-9A-Fa-f]{32}(>\])",
        lambda mo: mo.group(1) + digest + mo.group(2) + digest + mo.group(3),
        data,
    )
    path.write_bytes(data)
    return path
