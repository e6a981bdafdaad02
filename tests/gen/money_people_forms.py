"""Small responses that print money and people in forms the blind corpora showed the pipeline
missing (issue 13 points 4 and 6), each written in a house style of its own:

- yttrande-arboga: amounts "38 200:–" (colon and en dash), the old kronor:öre form "33 250:50 kr",
  the currency first in capitals ("Kr 21.300"), dot-grouped öre at a sentence's end
  ("SEK 17.250,75."), an amount broken over two lines ("9" / "500:–"), coordinated amounts sharing
  one currency ("4 000 respektive 2 500 kronor", "1,5 och 0,5 miljoner kronor"), a number word
  compound ("sextusen kronor"), thin spaces ("1 250 000 kr").
- yttrande-ockelbo: a worksheet table without rules whose amount columns are bare numbers
  ("Beviljat", "Förbrukat" name no money: their cells do), a count column of grouped numbers
  ("Deltagare", no money), a comment line under each record, a Summa row; a second small table
  "Kostnadspost | Belopp (tkr)" whose cells count thousands.
- yttrande-pajala: a ruled table of invoices grouped per activity ("Belopp, kr" header, öre
  "6 400,00"), a subtotal row per activity, a grand total; cost items "kr exkl. moms" in prose.
- yttrande-vansbro: running text wrapped with the currency on the next line ("42 500" /
  "kronor"), digits with their words in brackets ("12 000 (tolvtusen) kronor"), a no-break space.
- protokollsutdrag-ljusnarsberg: minutes signed under drawn lines, the title above each name
  (one beside its rule), then "Name, title" over "Name, title, phone, e-mail".
- yttrande-nordanstig: two contacts side by side, one text line: "Malin Öst, kultur- och
  fritidschef   Ali Hassan, fritidskonsulent, phone, e-mail".
- delegationsbeslut-hjo: a delegation decision: the decision maker in a key/value head
  ("Beslutsfattare  Anna-Karin Sjöberg, socialchef"), "Handläggare  Petter Alm", the signer's
  name over the title at the end with no greeting.
- yttrande-tingsryd: "På uppdrag av kultur- och fritidsnämnden" over the signer and the title,
  contact lines "Frågor: Oskar Nyberg, fritidskonsulent, …", "Kontakta Elin Ahl,
  nämndsekreterare, på …" (a verb before the name), "Kontaktperson: Jonas Berg,
  folkhälsostrateg, …" (the title after the name, not the label, is the role).

    /work/main/.venv/bin/python tests/gen/money_people_forms.py

Writes tests/data/money_people_forms/<case>.pdf and expected.json. The expected values were
written here, with the documents, before the pipeline ran on any of them. Every name, amount and
sentence is invented (municipality names are real). Drawn on a reportlab canvas (invariant=1),
so a rebuild gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "data" / "money_people_forms"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEJAVU_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _fonts() -> None:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU_BOLD)))


class Sheet:
    """A canvas written top-down, one line at a time (no wrapping: each call is a printed line)."""

    def __init__(self, path: Path, font: str = "Helvetica", bold: str = "Helvetica-Bold", size: float = 10.5, left: float = 70):
        self.c = Canvas(str(path), pagesize=A4, invariant=1)
        self.font, self.bold, self.size, self.left = font, bold, size, left
        self.y = 790.0

    def line(self, text: str, *, bold: bool = False, gap: float = 0, x: float | None = None, size: float | None = None) -> None:
        size = size or self.size
        self.y -= gap + size * 1.4
        if self.y < 70:
            self.c.showPage()
            self.y = 790.0 - size * 1.4
        self.c.setFont(self.bold if bold else self.font, size)
        self.c.drawString(self.left if x is None else x, self.y, text)

    def row(self, cells: list[tuple[float, str, str]], *, bold: bool = False, gap: float = 0) -> None:
        """One line of cells: (x, alignment 'l' or 'r', text); 'r' sets the text flush right at x."""
        self.y -= gap + self.size * 1.4
        self.c.setFont(self.bold if bold else self.font, self.size)
        for x, align, text in cells:
            (self.c.drawRightString if align == "r" else self.c.drawString)(x, self.y, text)

    def sign(self, name: str, title: str, *, greeting: str = "Med vänlig hälsning") -> None:
        """A greeting, the signer's name under room for the signature, the title under it."""
        self.line(greeting, gap=14)
        self.line(name, gap=14)
        self.line(title)

    def save(self) -> None:
        self.c.save()


def arboga(path: Path) -> None:
    _fonts()
    s = Sheet(path, font="DejaVu", bold="DejaVu-Bold", size=10)
    s.line("Arboga kommun")
    s.line("Kultur- och fritidsförvaltningen")
    s.line("Socialstyrelsen", gap=14)
    s.line("106 30 Stockholm")
    s.line("Arboga 2025-03-12", gap=14)
    s.line("Yttrande över preliminärt beslut om återkrav, dnr 8.4-41207/2024", bold=True, gap=10)
    s.line("Socialstyrelsen avser att återkräva sammanlagt 133 750:50 kr av bidraget för 2022. Nämnden", gap=8)
    s.line("hade för året en budget på 1\u2009250\u2009000 kr för arbetet i Ärlaområdet.")
    s.line("Aktivitet 3 – Sommarkollo vid Hjälmaren", bold=True, gap=10)
    s.line("Återkrävt: 38 200:–")
    s.line("Socialstyrelsen anser att kostnaden per deltagare är för hög. Kommunen bestrider återkravet.")
    s.line("Aktivitet 5 – Läxhjälp i Centrum", bold=True, gap=10)
    s.line("Återkrävt: 41 000:–")
    s.line("Kommunen medger att vårterminen var ordinarie verksamhet och återbetalar därför 9")
    s.line("500:– för den terminen. I övrigt bestrids återkravet.")
    s.line("Aktivitet 8 – Föräldracaféer i Ärla", bold=True, gap=10)
    s.line("Återkrävt: 33 250:50 kr")
    s.line("Hyra och material om 4 000 respektive 2 500 kronor är styrkta med fakturor. Kommunen bestrider")
    s.line("återkravet. Caféerna hade en ram på 1,5 och 0,5 miljoner kronor för 2022 och 2023.")
    s.line("Aktivitet 9 – Fritidsbuss", bold=True, gap=10)
    s.line("Återkrävt belopp Kr 21.300")
    s.line("Av beloppet avser sextusen kronor chaufförens lön och resten bussbolagets faktura om SEK 17.250,75.")
    s.line("Kommunen godtar återkravet om Kr 21.300.")
    s.sign("Maja Lindholm", "Kultur- och fritidschef")
    s.save()


# the worksheet's columns: x where each is set, alignment
_OCKELBO_COLS = [(70, "l"), (95, "l"), (300, "r"), (355, "r"), (410, "r"), (470, "r"), (525, "r")]


def ockelbo(path: Path) -> None:
    s = Sheet(path, font="Times-Roman", bold="Times-Bold", size=10.5, left=70)
    s.line("OCKELBO KOMMUN · Socialnämnden", bold=True)
    s.line("Till Socialstyrelsen, enheten för statsbidrag", gap=6)
    s.line("Ockelbo 2025-02-27 · Dnr SN 2024/211", gap=6)
    s.line("Yttrande – preliminärt återkrav av statsbidrag 2023", bold=True, gap=12)
    s.line("Nämndens svar står i arbetsbladet nedan. Belopp i kronor. Kolumnen Medges är vad kommunen betalar tillbaka.", size=9.5)
    head = ["Nr", "Aktivitet", "Deltagare", "Beviljat", "Förbrukat", "Återkrävt", "Medges"]
    s.row([(x, a, t) for (x, a), t in zip(_OCKELBO_COLS, head, strict=True)], bold=True, gap=10)
    records = [
        ("1", "Lovläger vid Wij", "45", "80 000", "78 500", "24 000", "24 000", "SoS: utanför syftet. Nämnden godtar bedömningen."),
        ("3", "Fältgrupp kvällstid", "1 150", "200 000", "196 250", "96 250", "0", "SoS: ordinarie verksamhet. Bestrids, se bilaga 1."),
        ("4", "Simskola för nyanlända", "60", "35 000", "35 000", "12 600", "4 200", "SoS: ej styrkt. Lokalhyran återbetalas."),
    ]
    for *cells, comment in records:
        s.row([(x, a, t) for (x, a), t in zip(_OCKELBO_COLS, cells, strict=True)], gap=4)
        s.c.setFont("Times-Italic", 9.5)
        s.y -= 13
        s.c.drawString(95, s.y, comment)
    total = ["", "Summa", "1 255", "315 000", "309 750", "132 850", "28 200"]
    s.row([(x, a, t) for (x, a), t in zip(_OCKELBO_COLS, total, strict=True) if t], bold=True, gap=6)
    s.line("Kommunen återbetalar totalt 28 200 kronor.", gap=12)
    s.line("Lovlägrets kostnader", bold=True, gap=10)
    s.row([(70, "l", "Kostnadspost"), (330, "r", "Belopp (tkr)")], bold=True)
    for item, amount in [("Lokalhyra", "12,5"), ("Material och utrustning", "3,2")]:
        s.row([(70, "l", item), (330, "r", amount)])
    s.row([(70, "l", "Summa"), (330, "r", "15,7")], bold=True)
    s.line("Bilagor: 1 Uppdragsbeskrivning fältgruppen 2023", gap=12)
    s.line("Ingrid Wallén (C)", gap=18)
    s.line("ordförande, socialnämnden")
    s.save()


def pajala(path: Path) -> None:
    style = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
    bold = ParagraphStyle("h", parent=style, fontName="Helvetica-Bold")
    story = [
        Paragraph("Pajala kommun – Barn- och utbildningsnämnden", bold),
        Paragraph("Socialstyrelsen, 106 30 Stockholm", style),
        Paragraph("Pajala den 3 mars 2025", style),
        Paragraph("Yttrande över Socialstyrelsens preliminära beslut om återkrav", bold),
        Paragraph("Nämnden redovisar nedan fakturorna bakom varje återkrävt belopp och tar ställning per aktivitet.", style),
    ]
    rows = [
        ["Nr", "Underlag", "Leverantör", "Datum", "Belopp, kr"],
        ["Aktivitet 2 – Skidskola för nyanlända", "", "", "", ""],
        ["2a", "Faktura 7781", "Pajala Skidklubb", "2023-02-14", "6 400,00"],
        ["2b", "Faktura 7802", "Tornedalens Buss AB", "2023-02-20", "12 000,00"],
        ["", "Återkrävt, aktivitet 2", "", "", "18 400,00"],
        ["Aktivitet 6 – Sommarjobb i byarna", "", "", "", ""],
        ["6a", "Lönelista juni 2023", "Sommarjobbare, 14 personer", "2023-06-26", "52 360,00"],
        ["", "Återkrävt, aktivitet 6", "", "", "52 360,00"],
        ["", "Totalt återkrävt", "", "", "70 760,00"],
    ]
    t = Table(rows, colWidths=[1.2 * cm, 4.2 * cm, 4.8 * cm, 2.4 * cm, 2.6 * cm])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (4, 0), (4, -1), "RIGHT"),
                ("SPAN", (0, 1), (-1, 1)),
                ("SPAN", (0, 5), (-1, 5)),
                ("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.88, 0.88, 0.88)),
                ("BACKGROUND", (0, 5), (-1, 5), colors.Color(0.88, 0.88, 0.88)),
            ]
        )
    )
    story += [
        t,
        Spacer(1, 10),
        Paragraph("Aktivitet 2: Nämnden bestrider återkravet. Skidskolans kostnader avser vintern 2023.", style),
        Paragraph(
            "Aktivitet 6: Nämnden medger återkravet för arbetsledningen, Lokalvård 9 200 kr exkl. moms och "
            "handledning 3 150 kr exkl. moms, men bestrider det i övrigt.",
            style,
        ),
        Spacer(1, 14),
        Paragraph("Petra Niemi", style),
        Paragraph("Förvaltningschef", style),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1, leftMargin=2.2 * cm, rightMargin=2.2 * cm).build(story)


def hjo(path: Path) -> None:
    s = Sheet(path, font="Helvetica", bold="Helvetica-Bold", size=10)
    s.line("HJO KOMMUN", bold=True)
    s.line("Socialförvaltningen")
    s.line("DELEGATIONSBESLUT", bold=True, gap=12, size=13)
    head = [
        ("Ärende", "Yttrande till Socialstyrelsen om preliminärt återkrav"),
        ("Diarienummer", "SN 2025/14"),
        ("Beslutsdatum", "2025-02-20"),
        ("Beslutsfattare", "Anna-Karin Sjöberg, socialchef"),
        ("Handläggare", "Petter Alm"),
        ("Delegationspunkt", "3.7 i socialnämndens delegationsordning"),
    ]
    for k, v in head:
        s.row([(70, "l", k), (190, "l", v)], gap=2)
    s.line("Beslut", bold=True, gap=12)
    s.line("Socialchefen beslutar att lämna följande yttrande till Socialstyrelsen.")
    s.line("Beslutspunkt 1 – aktivitet 2, Öppen förskola i Guldkroken (32 400 kronor)", bold=True, gap=8)
    s.line("Beslut: Återkravet medges.")
    s.line("Beslutspunkt 2 – aktivitet 5, Fritidsledare i Hjo centrum (58 000 kronor)", bold=True, gap=8)
    s.line("Beslut: Återkravet avvisas. Tjänsterna inrättades med bidraget.")
    s.line("Anna-Karin Sjöberg", gap=30)
    s.line("Socialchef")
    s.line("Beslutet anmäls till socialnämnden.", gap=10)
    s.save()


def tingsryd(path: Path) -> None:
    s = Sheet(path, font="Times-Roman", bold="Times-Bold", size=11)
    s.line("Tingsryds kommun", bold=True)
    s.line("Kultur- och fritidsnämnden")
    s.line("Socialstyrelsen", gap=12)
    s.line("Tingsryd 2025-03-05", gap=12)
    s.line("Yttrande över preliminärt återkrav", bold=True, gap=10)
    s.line("Aktivitet 4 – Lovaktiviteter i Urshult", bold=True, gap=10)
    s.line("Återkrävt belopp: 27 500 kronor.")
    s.line("Nämnden bestrider återkravet. Deltagarlistorna finns i bilaga 1.")
    s.line("På uppdrag av kultur- och fritidsnämnden", gap=16)
    s.line("Lena Ström (C)", gap=18)
    s.line("ordförande")
    s.line("Frågor: Oskar Nyberg, fritidskonsulent, oskar.nyberg@tingsryd.se", gap=14)
    s.line("Kontakta Elin Ahl, nämndsekreterare, på 0477-441 20 om protokollet.")
    s.line("Kontaktperson: Jonas Berg, folkhälsostrateg, jonas.berg@tingsryd.se")
    s.save()


def vansbro(path: Path) -> None:
    """Running text wrapped by a word processor: the currency on the line after its amount, an
    amount in digits with its words in brackets, a no-break space inside an amount."""
    s = Sheet(path, font="Helvetica", bold="Helvetica-Bold", size=10.5)
    s.line("Vansbro kommun – Kommunstyrelsen", bold=True)
    s.line("Socialstyrelsen, enheten för statsbidrag", gap=8)
    s.line("Vansbro 2025-02-18", gap=8)
    s.line("Yttrande över preliminärt beslut om återkrav", bold=True, gap=10)
    s.line("Aktivitet 1 – Ungdomsgård i Äppelbo", bold=True, gap=10)
    s.line("Socialstyrelsen avser att återkräva 42 500", gap=4)
    s.line("kronor för ungdomsgårdens kvällsöppna verksamhet under hösten 2022.")
    s.line("Kommunen har redan betalat tillbaka en del av beloppet, nämligen 12 000 (tolvtusen)")
    s.line("kronor, och bestrider resten eftersom gården öppnade först med bidraget.")
    s.line("Aktivitet 2 – Sommarlovsbuss", bold=True, gap=10)
    s.line("Återkravet för bussen uppgår till 18\u00a0600 kr. Kommunen medger återkravet och betalar")
    s.line("tillbaka hela summan om 18 600 kronor i mars.")
    s.sign("Per Dahlgren", "Kommunstyrelsens ordförande")
    s.save()


def ljusnarsberg(path: Path) -> None:
    """Minutes signed under drawn lines with the title above the name, one title printed on its
    line's end beside the rule; a contact line under a signer whose own title follows her name."""
    s = Sheet(path, font="Times-Roman", bold="Times-Bold", size=11)
    s.line("LJUSNARSBERGS KOMMUN", bold=True)
    s.line("PROTOKOLLSUTDRAG", bold=True, gap=4)
    s.line("Socialnämnden 2025-02-26, § 31", gap=4)
    s.line("Yttrande till Socialstyrelsen över preliminärt återkrav", bold=True, gap=10)
    s.line("Aktivitet 2 – Fältgrupp i Kopparberg", bold=True, gap=8)
    s.line("Återkrävt belopp: 51 000 kronor. Nämnden bestrider återkravet.")
    s.line("Justerat", gap=20)
    s.line("______________________", gap=22)
    s.line("Ordförande")
    s.line("Gunilla Sjöstedt (S)")
    s.line("______________________", gap=22)
    s.line("Sekreterare")
    s.line("Tobias Hägg")
    s.line("______________________", gap=22)
    s.c.drawString(200, s.y, "Justerare")  # the title beside the rule, on its line
    s.line("Karim Nasser (V)")
    s.line("Med vänlig hälsning", gap=16)
    s.line("Eva Lindkvist, socialchef")
    s.line("Sara Holm, ekonom, 0587-831 42, sara.holm@ljusnarsberg.se")
    s.save()


def nordanstig(path: Path) -> None:
    """Two contacts side by side on one line of the text layer, each name with its title after it."""
    s = Sheet(path, font="Helvetica", bold="Helvetica-Bold", size=10)
    s.line("Nordanstigs kommun · Kultur och fritid", bold=True)
    s.line("Socialstyrelsen", gap=8)
    s.line("Bergsjö 2025-03-03", gap=8)
    s.line("Yttrande över preliminärt återkrav", bold=True, gap=10)
    s.line("Aktivitet 6 – Lovbussen", bold=True, gap=8)
    s.line("Återkrävt belopp: 14 800 kronor. Kommunen medger återkravet.")
    s.line("Kontakter", bold=True, gap=16)
    s.row(
        [(70, "l", "Malin Öst, kultur- och fritidschef"), (300, "l", "Ali Hassan, fritidskonsulent, 0652-361 18, ali.hassan@nordanstig.se")]
    )
    s.save()


EXPECTED = {
    "yttrande-arboga.pdf": {
        "money": [
            "133750.50",
            "1250000.00",
            "38200.00",
            "41000.00",
            "9500.00",
            "33250.50",
            "4000.00",
            "2500.00",
            "1500000.00",
            "500000.00",
            "21300.00",
            "6000.00",
            "17250.75",
            "21300.00",
        ],
    },
    "yttrande-ockelbo.pdf": {
        "money": [
            "80000.00",
            "78500.00",
            "24000.00",
            "24000.00",
            "200000.00",
            "196250.00",
            "96250.00",
            "35000.00",
            "35000.00",
            "12600.00",
            "4200.00",
            "315000.00",
            "309750.00",
            "132850.00",
            "28200.00",
            "28200.00",
            "12500.00",
            "3200.00",
            "15700.00",
        ],
        "money_optional": ["0.00"],
    },
    "yttrande-pajala.pdf": {
        "money": ["6400.00", "12000.00", "18400.00", "52360.00", "52360.00", "70760.00", "9200.00", "3150.00"],
    },
    "delegationsbeslut-hjo.pdf": {
        "money": ["32400.00", "58000.00"],
        "people": [
            {"name": "Anna-Karin Sjöberg", "role": "socialchef"},
            {"name": "Petter Alm", "role": "handläggare"},
        ],
    },
    "yttrande-vansbro.pdf": {"money": ["42500.00", "12000.00", "18600.00", "18600.00"]},
    "protokollsutdrag-ljusnarsberg.pdf": {
        "money": ["51000.00"],
        "people": [
            {"name": "Gunilla Sjöstedt", "role": "ordförande", "party": "S"},
            {"name": "Tobias Hägg", "role": "sekreterare"},
            {"name": "Karim Nasser", "role": "justerare", "party": "V"},
            {"name": "Eva Lindkvist", "role": "socialchef"},
            {"name": "Sara Holm", "role": "ekonom", "phone": "+4658783142", "email": "sara.holm@ljusnarsberg.se"},
        ],
    },
    "yttrande-nordanstig.pdf": {
        "money": ["14800.00"],
        "people": [
            {"name": "Malin Öst", "role": "kultur- och fritidschef"},
            {"name": "Ali Hassan", "role": "fritidskonsulent", "phone": "+4665236118", "email": "ali.hassan@nordanstig.se"},
        ],
    },
    "yttrande-tingsryd.pdf": {
        "money": ["27500.00"],
        "people": [
            {"name": "Lena Ström", "role": "ordförande", "party": "C"},
            {"name": "Oskar Nyberg", "role": "fritidskonsulent", "email": "oskar.nyberg@tingsryd.se"},
            {"name": "Elin Ahl", "role": "nämndsekreterare", "phone": "+4647744120"},
            {"name": "Jonas Berg", "role": "folkhälsostrateg", "email": "jonas.berg@tingsryd.se"},
        ],
    },
}
# (people of the money documents are not the point there and are not listed)

CASES = {
    "yttrande-arboga.pdf": arboga,
    "yttrande-ockelbo.pdf": ockelbo,
    "yttrande-pajala.pdf": pajala,
    "delegationsbeslut-hjo.pdf": hjo,
    "yttrande-tingsryd.pdf": tingsryd,
    "yttrande-vansbro.pdf": vansbro,
    "protokollsutdrag-ljusnarsberg.pdf": ljusnarsberg,
    "yttrande-nordanstig.pdf": nordanstig,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, draw in CASES.items():
        draw(OUT / name)
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
