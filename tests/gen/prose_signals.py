"""Small responses whose activities only several signals together find (issue 13, issue 12 point 4):
an id in any wrapper ("(a)", "iii)", "Proj. 6"), the claim as a marginal note, at the right margin
after a dotted leader, or in a copied decision beside the granted sum, amounts "41.200:-",
"22 000 svenska kronor", "kr. 12 000", paragraph numbers in the margin that are no activities.

    /work/main/.venv/bin/python tests/gen/prose_signals.py

Writes tests/data/prose_signals/<case>.pdf and expected.json. The expected values were written
here, with the documents, before the pipeline ran on any of them. Every name, amount and sentence
is invented (municipality names are real). Drawn on a reportlab canvas, deterministic
(invariant=1), so a rebuild gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

OUT = Path(__file__).resolve().parent.parent / "data" / "prose_signals"
LEFT, RIGHT, TOP = 150.0, 540.0, 780.0  # a wide left margin: room for notes and paragraph numbers
GREY = Color(0.9, 0.9, 0.9)


class Sheet:
    """A canvas written top-down line by line, with a page break where the page is full."""

    def __init__(self, path: Path, body_left: float = LEFT):
        self.c = Canvas(str(path), pagesize=A4, invariant=1)
        self.left = body_left
        self.y = TOP

    def _room(self, need: float) -> None:
        if self.y - need < 70:
            self.c.showPage()
            self.y = TOP

    def para(
        self,
        text: str,
        *,
        font: str = "Helvetica",
        size: float = 10.5,
        gap: float = 8,
        indent: float = 0,
        margin_note: str = "",
        box: bool = False,
    ) -> None:
        """A paragraph wrapped to the body width; `margin_note` in the left margin at its first line."""
        width = RIGHT - self.left - indent
        lines = simpleSplit(text, font, size, width)
        lead = size * 1.35
        self._room(lead * len(lines) + gap)
        if box:
            self.c.setFillColor(GREY)
            self.c.rect(self.left + indent - 4, self.y - lead * len(lines) + 2, width + 8, lead * len(lines) + 4, stroke=0, fill=1)
            self.c.setFillColor(Color(0, 0, 0))
        if margin_note:
            self.c.setFont("Helvetica-Oblique", 9)
            self.c.drawString(40, self.y - size, margin_note)
        self.c.setFont(font, size)
        for ln in lines:
            self.y -= lead
            self.c.drawString(self.left + indent, self.y + lead - size, ln)
        self.y -= gap

    def head(
        self, text: str, *, size: float = 11.5, right: str = "", leader: bool = False, margin_note: str = "", gap_above: float = 8
    ) -> None:
        """A bold heading line; `right` set flush right (after a dotted leader when `leader`)."""
        self.y -= gap_above
        self._room(30)
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(self.left, self.y - size, text)
        if right:
            end = self.left + self.c.stringWidth(text, "Helvetica-Bold", size) + 4
            x = RIGHT - self.c.stringWidth(right, "Helvetica-Bold", size)
            if leader:
                dots = "." * int((x - end - 4) / self.c.stringWidth(".", "Helvetica-Bold", size))
                self.c.drawString(end, self.y - size, dots)
            self.c.drawString(x, self.y - size, right)
        if margin_note:
            self.c.setFont("Helvetica-Oblique", 9)
            self.c.drawString(40, self.y - size, margin_note)
        self.y -= size * 1.6

    def row(self, cells: list[tuple[float, str]], *, bold: bool = False, size: float = 10) -> None:
        """A line of cells at fixed x positions (a tab-stop table)."""
        self._room(20)
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        for x, text in cells:
            self.c.drawString(x, self.y - size, text)
        self.y -= size * 1.5

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def act(no: str, title: str, claimed: str) -> dict:
    return {"activity_no": no, "title": title, "claimed": claimed}


def letterhead(s: Sheet, who: str, date: str, subject: str) -> None:
    for text in (who, "Socialnämnden", "Socialstyrelsen", "106 30 Stockholm", date):
        s.para(text, gap=1)
    s.head(subject, size=13, gap_above=14)


def sign(s: Sheet, name: str, title: str) -> None:
    s.para("Med vänlig hälsning", gap=16)
    s.para(name, gap=1)
    s.para(title)


EXPECTED: dict[str, dict] = {}


def alingsas(path: Path) -> None:
    """(a) (b) (c) in brackets, the claim a note in the left margin, the agency's text in a grey box."""
    s = Sheet(path)
    letterhead(s, "Alingsås kommun", "Alingsås den 4 mars 2025", "Yttrande över Socialstyrelsens preliminära beslut om återkrav")
    s.para("Socialstyrelsen avser att återkräva sammanlagt 71 900 kr av kommunen. Myndighetens skäl står i de grå rutorna.")
    items = [
        (
            "a",
            "Läxläsning i Noltorp",
            "24 500 kr",
            "Läxläsningen ingår i skolans ordinarie uppdrag.",
            "Kommunen bestrider återkravet. Läxläsningen hölls av en förening på kvällstid.",
        ),
        ("b", "Sommarcafé vid Stadsparken", "31 000 kr", "Kostnaderna har inte styrkts med fakturor.", "Kommunen medger återkravet."),
        (
            "c",
            "Trygghetsvandringar Brogården",
            "16 400 kr",
            "Vandringarna genomfördes efter bidragsperioden.",
            "Kommunen bestrider återkravet, se bilaga 1.",
        ),
    ]
    for no, title, amount, agency, answer in items:
        s.head(f"({no}) {title}", margin_note=amount)
        s.para(agency, box=True, indent=6)
        s.para(answer)
    s.head("Bilagor", size=11)
    s.para("1. Närvarolistor trygghetsvandringar", gap=2)
    sign(s, "Kerstin Wallin", "Ordförande, socialnämnden")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, amount.replace(" kr", "").replace(" ", "") + ".00") for no, title, amount, _, _ in items],
        "money": ["71900.00", "24500.00", "31000.00", "16400.00"],
    }


def kungalv(path: Path) -> None:
    """Lower-case Roman numerals "i)" … with the claim flush right on the heading line."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Kungälvs kommun", "2025-03-11", "Kommunens svar på underrättelse om återkrav")
    s.para("Kommunen har tagit del av Socialstyrelsens underrättelse och svarar nedan på varje punkt.")
    items = [
        (
            "i",
            "Fältassistenter i Ytterby",
            "46 000 kr",
            "Socialstyrelsen menar att fältarbetet är myndighetsutövning. Kommunen delar inte den bedömningen.",
        ),
        (
            "ii",
            "Föräldraträffar på Kareby",
            "8 750 kr",
            "Socialstyrelsen anser att kostnaderna inte går att följa. Kommunen godtar återkravet.",
        ),
        (
            "iii",
            "Idrottslov för mellanstadiet",
            "19 200 kr",
            "Enligt Socialstyrelsen låg lovet utanför bidragsperioden. Kommunen godtar inte återkravet.",
        ),
        (
            "iv",
            "Ungdomsråd i Diseröd",
            "12 600 kr",
            "Socialstyrelsen bedömer att rådet inte når målgruppen. Kommunen återbetalar 6 000 kr av beloppet.",
        ),
    ]
    for no, title, amount, text in items:
        s.head(f"{no}) {title}", right=amount)
        s.para(text)
    sign(s, "Anders Holm", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, amount.replace(" kr", "").replace(" ", "") + ".00") for no, title, amount, _ in items],
        "money": ["46000.00", "8750.00", "19200.00", "12600.00", "6000.00"],
    }


def mora(path: Path) -> None:
    """Bold "Insats N – title" lines with the claim after a dotted leader, "41.200:-"; list "Bil N"."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Mora kommun", "Datum: 2025-02-27", "Yttrande – återkrav av statsbidrag 2022")
    s.para("Socialstyrelsen vill återkräva 63.150:- av kommunen. Kommunen svarar insats för insats.")
    items = [
        (
            "1",
            "Ledare till fritidsbanken",
            "41.200:-",
            "Socialstyrelsen anser att ledarna hörde till ordinarie verksamhet. Kommunen kan inte acceptera det (Bil 1).",
        ),
        (
            "2",
            "Utflykter för familjer i Noret",
            "9.950:-",
            "Socialstyrelsen menar att kostnaden inte är styrkt. Kommunen betalar tillbaka hela beloppet.",
        ),
        (
            "3",
            "Nattvandrarnas jackor",
            "12.000:-",
            "Enligt Socialstyrelsen är kostnaden för hög. Kommunen kan inte acceptera återkravet (Bil 2).",
        ),
    ]
    for no, title, amount, text in items:
        s.head(f"Insats {no} – {title}", right=amount, leader=True, size=10.5)
        s.para(text)
    s.head("Bilagor:", size=10.5)
    s.para("Bil 1 Uppdragsbeskrivning fritidsbanken", gap=1)
    s.para("Bil 2 Fakturor jackor", gap=10)
    sign(s, "Sara Eld", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, amount.replace(".", "").replace(":-", "") + ".00") for no, title, amount, _ in items],
        "attachments": ["1", "2"],
        "money": ["63150.00", "41200.00", "9950.00", "12000.00"],
    }


def kiruna(path: Path) -> None:
    """Running paragraph numbers in the margin, headings in capitals "PROJEKT N – …", claims in
    "svenska kronor" inside the agency's sentence."""
    s = Sheet(path)
    letterhead(s, "Kiruna kommun", "2025-02-20", "YTTRANDE ÖVER PRELIMINÄRT BESLUT OM ÅTERKRAV")
    paras = iter(range(1, 20))
    s.para("Kommunen har tagit del av beslutet om återkrav av 57 300 svenska kronor och yttrar sig nedan.", margin_note=str(next(paras)))
    items = [
        (
            "3",
            "PROJEKT 3 – LÄGERVERKSAMHET I JUKKASJÄRVI",
            "Socialstyrelsen bedömer att lägret var ordinarie verksamhet och återkräver 22 000 svenska kronor.",
            "Lägret startade med bidraget. Kommunen bestrider återkravet.",
            "22000.00",
        ),
        (
            "7",
            "PROJEKT 7 – MÖTESPLATS I LOMBOLO",
            "Enligt Socialstyrelsen är kostnaderna inte styrkta och återkravet uppgår till 35 300 svenska kronor.",
            "Kommunen godkänner återkravet.",
            "35300.00",
        ),
    ]
    for _no, heading, agency, answer, _amount in items:
        s.head(heading, size=11)
        s.para(agency, margin_note=str(next(paras)))
        s.para(answer, margin_note=str(next(paras)))
    sign(s, "Nils Kuoksu", "Ordförande")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, heading.split("– ", 1)[1], amount) for no, heading, _, _, amount in items],
        "money": ["57300.00", "22000.00", "35300.00"],
    }


def arvika(path: Path) -> None:
    """The agency's decision copied in: granted and reclaimed sums on one field line, the granted
    first; the answer under "SVAR FRÅN ARVIKA KOMMUN:"."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Arvika kommun", "2025-03-02", "Yttrande över preliminärt beslut om återkrav")
    s.para("Kommunen återger beslutets text för varje punkt och svarar direkt under. Det sammanlagda återkravet är 52 000 kronor.")
    items = [
        ("1", "Kvällsfotboll i Centrum", "80 000", "30 000", "Kommunen vidhåller att kostnaden är bidragsberättigad."),
        ("2", "Språkstöd för föräldrar", "35 000", "22 000", "Kommunen lämnar återkravet utan erinran."),
    ]
    for no, title, granted, claim, answer in items:
        s.para(f"Punkt {no}. {title}", font="Helvetica-Oblique", indent=20, gap=2)
        s.para(f"Tilldelat belopp: {granted} kronor. Återkrävt belopp: {claim} kronor.", font="Helvetica-Oblique", indent=20, gap=2)
        s.para("Socialstyrelsen bedömer att insatsen hör till kommunens ordinarie verksamhet.", font="Helvetica-Oblique", indent=20)
        s.para(f"SVAR FRÅN ARVIKA KOMMUN: {answer}")
    sign(s, "Eva Lund", "Kommunstyrelsens ordförande")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, _, claim, _ in items],
        "money": ["52000.00", "80000.00", "30000.00", "35000.00", "22000.00"],
    }


def motala(path: Path) -> None:
    """A tab-stop table up front (ids, names, "kr. 12 000"), then run-in "Proj. N title" lines with
    gapped numbers and the municipality's answer under each."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Motala kommun", "Datum 2025-03-05", "Yttrande – återkrav av statsbidrag, bidragsår 2023")
    s.para("Nedan finns myndighetens krav per projekt och därefter nämndens synpunkter.")
    items = [
        ("3", "Simundervisning för vuxna", "kr. 12 000", "Nämnden medger återkravet. Fakturorna har inte hittats."),
        ("6", "Öppen verkstad på Charlottenborg", "kr. 27 500", "Nämnden invänder mot återkravet. Verkstaden öppnade med bidraget."),
        ("10", "Kvinnogrupp i Råssnäs", "kr. 8 300", "Nämnden invänder mot återkravet på kr. 8 300."),
    ]
    s.row([(72, "Proj."), (110, "Namn"), (400, "Krav")], bold=True)
    for no, title, amount, _ in items:
        s.row([(72, no), (110, title), (400, amount)])
    s.row([(72, "Totalt"), (400, "kr. 47 800")])
    s.head("Nämndens synpunkter", size=11.5, gap_above=14)
    for no, title, _, answer in items:
        s.head(f"Proj. {no} {title}", size=10.5)
        s.para(answer)
    sign(s, "Lars Björk", "Nämndsekreterare")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, amount.replace("kr. ", "").replace(" ", "") + ".00") for no, title, amount, _ in items],
        "money": ["12000.00", "27500.00", "8300.00", "47800.00", "8300.00"],
    }


def hedemora(path: Path) -> None:
    """A summary laid out with tab stops whose labels and amounts run together, no space between
    them ("ÅterkrävtÅterbetalas", "64.000:-20.000:-"); its total row too."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Hedemora kommun", "2025-03-04", "Yttrande angående återkrav av statsbidrag")
    s.para("Socialstyrelsen vill återkräva 85.500:- av kommunens bidrag. Nedan kommenteras varje aktivitet.")
    items = [
        (
            "1",
            "Kulturskola i Vikbyn",
            "64.000:-",
            "20.000:-",
            "Socialstyrelsen anser att kostnaden är för hög. Kommunen betalar tillbaka 20.000:-.",
        ),
        (
            "2",
            "Mötesplats för äldre unga",
            "21.500:-",
            "0:-",
            "Socialstyrelsen menar att insatsen är ordinarie verksamhet. Kommunen kan inte acceptera återkravet.",
        ),
    ]
    for no, title, claim, _, text in items:
        s.head(f"Aktivitet {no} – {title} – {claim}", size=10.5)
        s.para(text)
    s.head("Sammanställning", size=10.5)
    c = s.c
    label, repaid = "Återkrävt", "Återbetalas"
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, s.y - 10, "Aktivitet")
    c.drawString(330, s.y - 10, label)
    c.drawString(330 + c.stringWidth(label, "Helvetica-Bold", 10), s.y - 10, repaid)
    s.y -= 15
    for no, title, claim, back, _ in [*items, ("", "Summa", "85.500:-", "20.000:-", "")]:
        c.setFont("Helvetica", 10)
        c.drawString(72, s.y - 10, f"{no}. {title}" if no else title)
        c.drawString(330, s.y - 10, claim)
        c.drawString(330 + c.stringWidth(claim, "Helvetica", 10), s.y - 10, back)
        s.y -= 15
    s.y -= 10
    sign(s, "Per Ahl", "Socialnämndens ordförande")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, claim.replace(".", "").replace(":-", "") + ".00") for no, title, claim, _, _ in items],
        "summary": [["1", "64000.00", "20000.00"], ["2", "21500.00", "0.00"], [None, "85500.00", "20000.00"]],
        "money": ["85500.00", "64000.00", "21500.00", "20000.00", "64000.00", "20000.00", "21500.00", "0.00", "85500.00", "20000.00"],
    }


def gnesta(path: Path) -> None:
    """Under each heading a small table without rules: "Beviljat  Använt  Återkrävt" over three
    bare amounts; every one of them is a money mention, the reclaimed one the claim."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Gnesta kommun", "2025-02-25", "Yttrande över preliminärt beslut om återkrav")
    s.para("Socialstyrelsen avser att återkräva 61 000 kronor. Kommunen kommenterar varje aktivitet nedan.")
    items = [
        (
            "1",
            "Fältgrupp i Frösjöstrand",
            ("150 000", "140 500", "45 000"),
            "Socialstyrelsen anser att fältgruppen är ordinarie verksamhet. Kommunen bestrider återkravet.",
        ),
        (
            "2",
            "Matlagningskurs för unga",
            ("30 000", "24 000", "16 000"),
            "Socialstyrelsen menar att kostnaderna inte är styrkta. Kommunen medger återkravet.",
        ),
    ]
    for no, title, amounts, text in items:
        s.head(f"{no}. {title}", size=11)
        s.row([(72, "Beviljat"), (200, "Använt"), (328, "Återkrävt")], bold=True)
        s.row([(72, amounts[0]), (200, amounts[1]), (328, amounts[2])])
        s.para(text)
    sign(s, "Maja Berg", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, amounts[2].replace(" ", "") + ".00") for no, title, amounts, _ in items],
        "money": ["61000.00", *(a.replace(" ", "") + ".00" for _, _, amounts, _ in items for a in amounts)],
        "money_exact": True,
    }


def torsby(path: Path) -> None:
    """Outline numbering "§ 2.1 Aktivitet 5 – title": the § numbers are the letter's sections, the
    activity's number is the one its word names."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Torsby kommun", "2025-03-07", "Yttrande över preliminärt beslut om återkrav")
    s.head("§ 1 Bakgrund", size=11)
    s.para("Socialstyrelsen avser att återkräva 77 400 kronor för två aktiviteter.")
    s.head("§ 2 Kommunens synpunkter", size=11)
    items = [
        (
            "2.1",
            "5",
            "Skidskola för nyanlända barn",
            "29 400",
            "Socialstyrelsen anser att skidskolan är ordinarie verksamhet. Kommunen bestrider återkravet.",
        ),
        ("2.2", "9", "Kvällsöppet i Oleby", "48 000", "Socialstyrelsen menar att kostnaderna inte är styrkta. Kommunen medger återkravet."),
    ]
    for outline, no, title, claim, text in items:
        s.head(f"§ {outline} Aktivitet {no} – {title}", size=10.5)
        s.para(f"Återkrävt belopp: {claim} kronor", gap=2)
        s.para(text)
    s.head("§ 3 Underskrift", size=11)
    sign(s, "Tove Dahl", "Ordförande")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, claim.replace(" ", "") + ".00") for _, no, title, claim, _ in items],
        "money": ["77400.00", "29400.00", "48000.00"],
    }


def ljungby(path: Path) -> None:
    """No headings: a numbered list in running text whose items name the agency's activity by
    word and number ("2) Om aktivitet 9, title (SEK 18 000): …"), the claim on the item's line."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Ljungby kommun", "2025-03-10", "Synpunkter på preliminärt beslut om återkrav")
    s.para("Kommunen lämnar följande synpunkter på de tre aktiviteter som beslutet gäller.")
    items = [
        (
            "5",
            "Simskola i Lagan",
            "SEK 12 500",
            "1) Om aktivitet 5, Simskola i Lagan, där Socialstyrelsen återkräver SEK 12 500 eftersom kostnaderna saknar underlag: "
            "kvittona har hittats och bifogas. Kommunen bestrider återkravet.",
        ),
        (
            "9",
            "Nattvandring i Replösa",
            "18.000:-",
            "2) Om aktivitet 9, Nattvandring i Replösa (18.000:-): vandringarna hölls hösten 2023. "
            "Kommunen godtar att beloppet betalas tillbaka.",
        ),
        (
            "12",
            "Föräldraträffar",
            "7.400:-",
            "3) Om aktivitet 12, Föräldraträffar (7.400:-): träffarna hölls två gånger i månaden hela året "
            "och listorna finns hos kommunen.",
        ),
    ]
    for _, _, _, text in items:
        s.para(text)
    sign(s, "Lena Roos", "Kultur- och fritidschef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [
            act(no, title, amount.replace("SEK ", "").replace(".", "").replace(" ", "").replace(":-", "") + ".00")
            for no, title, amount, _ in items
        ],
        "money": ["12500.00", "18000.00", "7400.00"],
    }


CASES = {
    "alingsas": alingsas,
    "kungalv": kungalv,
    "mora": mora,
    "kiruna": kiruna,
    "arvika": arvika,
    "motala": motala,
    "hedemora": hedemora,
    "gnesta": gnesta,
    "torsby": torsby,
    "ljungby": ljungby,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        make(OUT / f"yttrande-{name}.pdf")
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
