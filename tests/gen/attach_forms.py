"""Small responses whose attachment lists, references, contents and totals are written in forms
the corpora had not shown (issue 13 point 1, issue 12): ids with a letter before the number
("P1", "B2"), references by number word ("bilaga ett", "bilagorna två och tre"), English "Annex N"
references, an inline list separated by middle dots, a contents page of parts ("Del 1") above the
activities, a summary sentence that names each activity's own amount, and a grant period of
several years ("statsbidraget för 2021–2023").

    /work/main/.venv/bin/python tests/gen/attach_forms.py

Writes tests/data/attach_forms/<case>.pdf and expected.json. The expected values were written
here, with the documents, before the pipeline ran on any of them. Every name, amount and sentence
is invented (municipality names are real). Drawn on a reportlab canvas, deterministic
(invariant=1), so a rebuild gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_signals import Sheet, sign  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "attach_forms"
EXPECTED: dict[str, dict] = {}


def letter(s: Sheet, who: str, date: str, subject: str) -> None:
    for text in (who, "Socialstyrelsen", "Enheten för statsbidrag", date):
        s.para(text, gap=1)
    s.head(subject, size=13, gap_above=14)


def answer(s: Sheet, heading: str, amount: str, text: str) -> None:
    """An activity's part: its heading, the amount line, the agency's view and the answer."""
    s.head(heading)
    s.para(amount)
    s.para(text)


def hudiksvall(path: Path) -> None:
    """Ids with a letter before the number ("P1"–"P3") under "Bifogade handlingar"; references
    "(bilaga P1)", "bilagorna P2 och P3"; a summary sentence naming each activity's own amount;
    a grant period of three years."""
    s = Sheet(path, body_left=70)
    letter(s, "Hudiksvalls kommun", "2025-03-11", "Yttrande över preliminärt beslut om återkrav")
    s.para(
        "Socialstyrelsen vill återkräva 92 400 kronor av statsbidraget för 2022–2024. Kommunen yttrar sig nedan över "
        "de tre aktiviteter som beslutet gäller."
    )
    s.head("Aktivitet 2 – Fritidsgård i Håsta")
    s.para("Återkrävt belopp: 40 000 kronor")
    s.para(
        "Socialstyrelsen bedömer att fritidsgården är ordinarie verksamhet. "
        "Gården hade stängt före 2022 (bilaga P1). Kommunen bestrider återkravet."
    )
    s.head("Aktivitet 4 – Lovaktiviteter i Östra Kvarnen")
    s.para("Återkrävt belopp: 30 000 kronor")
    s.para(
        "Enligt Socialstyrelsen är kostnaderna inte styrkta. Deltagarlistor och fakturor finns i bilagorna P2 och P3. "
        "Kommunen medger 12 000 kronor av återkravet och bestrider resten."
    )
    answer(
        s,
        "Aktivitet 7 – Föräldraträffar",
        "Återkrävt belopp: 22 400 kronor",
        "Socialstyrelsen anser att träffarna hölls efter bidragsperioden. Kommunen godtar återkravet.",
    )
    s.head("Sammanfattning")
    s.para("Kommunen medger 12 000 kronor för aktivitet 4 och 22 400 kronor för aktivitet 7 och bestrider återkravet för aktivitet 2.")
    s.head("Bifogade handlingar", size=11)
    for text in ("P1 Protokoll fritidsnämnden 2021", "P2 Deltagarlistor sommarlovet 2023", "P3 Fakturor lovaktiviteter"):
        s.para(text, gap=2)
    sign(s, "Ulrika Berglund", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["P1", "2"], ["P2", "4"], ["P3", "4"]],
        "refs": [["P1", "2"], ["P2", "4"], ["P3", "4"]],
        "grant_years": [2022, 2024],
        "findings": [],  # no error or warning: the sentence's amounts are two activities' own
    }


def lidkoping(path: Path) -> None:
    """References by number word ("bilaga ett", "bilagorna två och tre", "se bilaga fyra") to a
    list numbered "1." … "4."."""
    s = Sheet(path, body_left=80)
    letter(s, "Lidköpings kommun", "Lidköping den 2 april 2025", "Svar på Socialstyrelsens preliminära beslut om återkrav")
    answer(
        s,
        "Aktivitet 1 – Simskola för vuxna",
        "Återkrävt belopp: 18 500 kronor",
        "Socialstyrelsen saknar underlag för kostnaderna. Fakturan från simhallen framgår av bilaga ett. Kommunen bestrider återkravet.",
    )
    s.head("Aktivitet 3 – Läxhjälp i Margretelund")
    s.para("Återkrävt belopp: 26 000 kronor")
    s.para(
        "Socialstyrelsen anser att läxhjälpen ingår i skolans uppdrag. Avtalet med studieförbundet och närvarolistorna "
        "finns i bilagorna två och tre. Kommunen bestrider återkravet."
    )
    answer(
        s,
        "Aktivitet 5 – Kvällsfotboll",
        "Återkrävt belopp: 9 000 kronor",
        "Socialstyrelsen bedömer att kostnaden är för hög. Kommunen medger återkravet, se bilaga fyra.",
    )
    s.head("Bilagor", size=11)
    for text in (
        "1. Faktura 5521 Lidköpings simhall",
        "2. Avtal med studieförbundet",
        "3. Närvarolistor läxhjälp",
        "4. Beräkning av kostnaden",
    ):
        s.para(text, gap=2)
    sign(s, "Per Hallén", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["1", "1"], ["2", "3"], ["3", "3"], ["4", "5"]],
        "refs": [["1", "1"], ["2", "3"], ["3", "3"], ["4", "5"]],
        "findings": [],
    }


def haparanda(path: Path) -> None:
    """An English response: "(see Annex 1)", "Annexes 2 and 3", a list under "Annexes"."""
    s = Sheet(path, body_left=70)
    letter(s, "Haparanda Municipality", "12 March 2025", "Response to the preliminary decision on repayment")
    s.head("Activity 2 – Ungdomens hus")
    s.para("Amount reclaimed: SEK 35,000")
    s.para(
        "The agency considers the costs unverified. The payroll records are enclosed (see Annex 1). The municipality contests the claim."
    )
    s.head("Activity 6 – Sommarläger")
    s.para("Amount reclaimed: SEK 21,600")
    s.para(
        "The agency finds that the camp was held after the grant period. "
        "Annexes 2 and 3 show the dates. The municipality contests the claim."
    )
    s.head("Annexes", size=11)
    for text in ("Annex 1 Payroll records 2023", "Annex 2 Camp programme", "Annex 3 Booking confirmation"):
        s.para(text, gap=2)
    sign(s, "Anna Lantto", "Head of social services")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["1", "2"], ["2", "6"], ["3", "6"]],
        "refs": [["1", "2"], ["2", "6"], ["3", "6"]],
        "findings": [],
    }


def ljusdal(path: Path) -> None:
    """Contents of parts ("Del 1" … "Del 3") with the activities indented under part 2, and an
    inline list whose items are separated by middle dots."""
    s = Sheet(path, body_left=70)
    letter(s, "Ljusdals kommun", "2025-02-18", "Yttrande över återkrav av statsbidrag")
    s.head("Innehåll", size=12)
    contents = [
        ("Del 1 Inledning", "1", 0),
        ("Del 2 Kommunens svar per aktivitet", "1", 0),
        ("Aktivitet 3 – Ungdomscafé Kläppa", "1", 14),
        ("Aktivitet 8 – Sommarjobb för unga", "2", 14),
        ("Del 3 Bilagor", "2", 0),
    ]
    for text, page, indent in contents:
        s.row([(70 + indent, text + " " + "." * 60), (520, page)], size=10)
    s.head("Del 1 Inledning")
    s.para("Kommunen lämnar här sitt yttrande över Socialstyrelsens preliminära beslut om återkrav på 57 000 kronor.")
    s.head("Del 2 Kommunens svar per aktivitet")
    s.head("Aktivitet 3 – Ungdomscafé Kläppa")
    s.para("Återkrävt belopp: 25 000 kronor")
    s.para(
        "Socialstyrelsen anser att caféet är ordinarie verksamhet. Caféet startade med bidraget (bilaga 1). Kommunen bestrider återkravet."
    )
    s.c.showPage()
    s.y = 780.0
    answer(
        s,
        "Aktivitet 8 – Sommarjobb för unga",
        "Återkrävt belopp: 32 000 kronor",
        "Socialstyrelsen bedömer att lönerna inte är styrkta. Lönelistor finns i bilaga 2 och bilaga 3. Kommunen medger återkravet.",
    )
    s.head("Del 3 Bilagor")
    s.para("Bilagor: 1 Beslut om ungdomscafé · 2 Lönelistor juni · 3 Lönelistor juli", gap=10)
    sign(s, "Lena Persson", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["1", "3"], ["2", "8"], ["3", "8"]],
        "refs": [["1", "3"], ["2", "8"], ["3", "8"]],
        "toc": [
            ["Del 1", "Inledning"],
            ["Del 2", "Kommunens svar per aktivitet"],
            ["3", "Ungdomscafé Kläppa"],
            ["8", "Sommarjobb för unga"],
            ["Del 3", "Bilagor"],
        ],
        "activities": ["3", "8"],
        "findings": [],
    }


def gislaved(path: Path) -> None:
    """A list under a heading that names no list ("Underlag"), its items bulleted with a dash
    ("– 1 Title"), referred to as "bil. 1" in the body."""
    s = Sheet(path, body_left=75)
    letter(s, "Gislaveds kommun", "2025-03-03", "Yttrande angående återkrav av statsbidrag")
    answer(
        s,
        "Aktivitet 2 – Öppen fritidsverksamhet i Anderstorp",
        "Återkrävt belopp: 44 000 kronor",
        "Socialstyrelsen menar att verksamheten är ordinarie. Den startade hösten 2022 (bil. 1). Kommunen bestrider återkravet.",
    )
    answer(
        s,
        "Aktivitet 5 – Sommarläger",
        "Återkrävt belopp: 16 250 kronor",
        "Socialstyrelsen menar att kostnaderna saknar underlag. Kvitton bifogas (bil. 2 och bil. 3). Kommunen bestrider återkravet.",
    )
    s.head("Underlag", size=11)
    for text in ("– 1 Beslut om fritidsverksamhet 2022", "– 2 Kvitton lägerkostnader", "– 3 Deltagarförteckning läger"):
        s.para(text, gap=2)
    sign(s, "Mats Johansson", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["1", "2"], ["2", "5"], ["3", "5"]],
        "refs": [["1", "2"], ["2", "5"], ["3", "5"]],
        "findings": [],
    }


def solna(path: Path) -> None:
    """An inline list whose items each carry their prefix, separated by bars:
    "Bilagor: Bilaga 1 … | Bilaga 2 … | Bilaga 3 …", wrapping onto a second line."""
    s = Sheet(path, body_left=70)
    letter(s, "Solna stad", "Solna den 20 februari 2025", "Yttrande över Socialstyrelsens preliminära beslut")
    answer(
        s,
        "Aktivitet 1 – Fältassistenter i Hallonbergen",
        "Återkrävt belopp: 52 000 kronor",
        "Socialstyrelsen bedömer att lönerna inte är styrkta. Lönelistor finns i bilaga 1. Staden bestrider återkravet.",
    )
    answer(
        s,
        "Aktivitet 3 – Lovfritids",
        "Återkrävt belopp: 19 900 kronor",
        "Socialstyrelsen bedömer att lovfritids är ordinarie verksamhet. Se bilaga 2 och bilaga 3. Staden bestrider återkravet.",
    )
    s.para(
        "Bilagor: Bilaga 1 Lönelistor fältassistenter 2023 | Bilaga 2 Beslut om lovfritids | Bilaga 3 Närvarostatistik "
        "lovfritids sommaren 2023",
        gap=10,
    )
    sign(s, "Eva Lund", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["1", "1"], ["2", "3"], ["3", "3"]],
        "refs": [["1", "1"], ["2", "3"], ["3", "3"]],
        "findings": [],
    }


def mark(path: Path) -> None:
    """Activities answered in the municipality's own order (5, 2, 9), then a summary table
    continued on the next page with its header repeated and one total row at its end: the total
    is the sum of both parts."""
    s = Sheet(path, body_left=70)
    letter(s, "Marks kommun", "2025-03-14", "Yttrande över preliminärt beslut om återkrav")
    answer(
        s,
        "Aktivitet 5 – Fritidsbank i Kinna",
        "Återkrävt belopp: 30 000 kronor",
        "Socialstyrelsen anser att kostnaden är för hög. Kommunen medger återkravet.",
    )
    answer(
        s,
        "Aktivitet 2 – Nattvandring i Skene",
        "Återkrävt belopp: 12 000 kronor",
        "Socialstyrelsen saknar underlag. Kommunen bestrider återkravet.",
    )
    answer(
        s,
        "Aktivitet 9 – Läger för unga",
        "Återkrävt belopp: 46 000 kronor",
        "Socialstyrelsen anser att lägret hölls för sent. Kommunen medger 20 000 kronor av återkravet.",
    )
    header = [(70, "Nr"), (100, "Aktivitet"), (330, "Återkrav (kr)"), (440, "Återbetalas (kr)")]
    s.head("Sammanställning", size=11)
    s.row(header, bold=True)
    s.row([(70, "5"), (100, "Fritidsbank i Kinna"), (330, "30 000"), (440, "30 000")])
    s.row([(70, "2"), (100, "Nattvandring i Skene"), (330, "12 000"), (440, "0")])
    s.c.showPage()
    s.y = 780.0
    s.row(header, bold=True)
    s.row([(70, "9"), (100, "Läger för unga"), (330, "46 000"), (440, "20 000")])
    s.row([(70, "Summa"), (330, "88 000"), (440, "50 000")], bold=True)
    sign(s, "Karin Olsson", "Socialchef")
    s.save()
    EXPECTED[path.name] = {"attachments": [], "refs": [], "findings": []}


CASES = {
    "hudiksvall": hudiksvall,
    "lidkoping": lidkoping,
    "haparanda": haparanda,
    "ljusdal": ljusdal,
    "gislaved": gislaved,
    "solna": solna,
    "mark": mark,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        make(OUT / f"yttrande-{name}.pdf")
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
