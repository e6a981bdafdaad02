"""Small responses for attachment references in the forms two blind house styles wrote them and
the pipeline misread (genre10 odt-sigtuna and prose-ale, genre8 prose-hedemora):

- footnotes that refer to an attachment in their own text ("¹ Faktura 2231 från Nora Buss AB,
  12 400 kr (bilaga 2).") with only a raised mark in the body: the reference belongs to the
  activity whose line carries the mark, not to the section the page's foot happens to stand in;
  notes wrap onto a second line, the page's footer stands under them, the mark may be glued to
  the note's first word ("1Faktura …", as LibreOffice prints it);
- ids that carry the activity's number before a hyphen ("Bilaga 4-1", "bilaga 4-1 och 4-2",
  "bil. 1-2"): one id each, not a range from 4 to 1;
- an invoice named in the list with its supplier before the number ("Faktura Tibro IF nr 2023-57").

    /work/main/.venv/bin/python tests/gen/note_lists.py

Writes tests/data/note_lists/<case>.pdf and expected.json. The expected values were written here,
with the documents, before the pipeline ran on any of them. Every name, amount and sentence is
invented (municipality names are real, none of a genre corpus's). Drawn on a reportlab canvas,
deterministic (invariant=1), so a rebuild gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_signals import Sheet, sign  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "note_lists"
EXPECTED: dict[str, dict] = {}
NOTE_SIZE = 8.0
RAISE = 4.0  # points a superscript mark stands above the line


def _letter(path: Path, head: tuple[str, ...], title: str, body_left: float = 72) -> Sheet:
    s = Sheet(path, body_left=body_left)
    for text in head:
        s.para(text, gap=1)
    s.head(title, size=13, gap_above=14)
    return s


def _marked(s: Sheet, parts: list[tuple[str, str]], size: float = 10.5, font: str = "Times-Roman") -> None:
    """One body line of (text, mark) runs: each mark set raised and small right after its text."""
    x = s.left
    s.y -= size * 1.35
    for text, mark in parts:
        s.c.setFont(font, size)
        s.c.drawString(x, s.y, text)
        x += s.c.stringWidth(text, font, size)
        if mark:
            s.c.setFont(font, size * 0.6)
            s.c.drawString(x, s.y + RAISE, mark)
            x += s.c.stringWidth(mark, font, size * 0.6)


def _notes(s: Sheet, notes: list[tuple[str, list[str]]], *, rule: bool, glued: bool, footer: str) -> None:
    """The page's notes at its foot (each a mark and its lines), over a drawn rule when `rule`, and
    the page's footer line under them."""
    y = 60 + NOTE_SIZE * 1.3 * sum(len(lines) for _, lines in notes) + 14
    if rule:
        s.c.setLineWidth(0.5)
        s.c.line(s.left, y, s.left + 140, y)
    y -= 4
    for mark, lines in notes:
        for k, text in enumerate(lines):
            y -= NOTE_SIZE * 1.3
            if k == 0:
                s.c.setFont("Times-Roman", NOTE_SIZE * 0.7)
                s.c.drawString(s.left, y + 2.5, mark)
                lead = s.c.stringWidth(mark, "Times-Roman", NOTE_SIZE * 0.7) + (0 if glued else 2)
            s.c.setFont("Times-Roman", NOTE_SIZE)
            s.c.drawString(s.left + (lead if k == 0 else 0), y, text)
    s.c.setFont("Helvetica", 8)
    s.c.drawString(s.left, 40, footer)


def nora(path: Path) -> None:
    """Three activities; each invoice is named in a note under a drawn rule, the note's text refers
    to the listed attachment; notes wrap; the list is on page 2."""
    s = _letter(
        path,
        ("Nora kommun", "Kultur- och fritidsnämnden", "Socialstyrelsen", "106 30 Stockholm", "Nora 2025-03-11"),
        "Yttrande över preliminärt beslut om återkrav",
    )
    s.para("Nämnden yttrar sig över de tre aktiviteter som återkravet avser. Fakturorna anges i noter.")
    s.head("Aktivitet 2 – Sommarbuss till Alntorps ö")
    s.para("Återkrävt belopp: 12 400 kronor.")
    s.para("Socialstyrelsen anser att kostnaden inte kan verifieras.")
    _marked(s, [("Bussresorna betalades mot en faktura från bolaget", "1"), (". Nämnden bestrider återkravet.", "")])
    s.y -= 8
    s.head("Aktivitet 5 – Läxläsning i Gyttorp")
    s.para("Återkrävt belopp: 30 000 kronor.")
    s.para("Socialstyrelsen bedömer att läxläsningen är ordinarie verksamhet.")
    _marked(s, [("Läxläsningen hölls av en förening på uppdrag", "2"), (" och fanns inte före bidraget.", "")])
    s.para("Nämnden bestrider återkravet.", font="Times-Roman")
    s.head("Aktivitet 8 – Prova-på-dagar i ishallen")
    s.para("Återkrävt belopp: 7 800 kronor.")
    s.para("Socialstyrelsen anser att aktiviteten ägde rum efter bidragsperioden.")
    _marked(s, [("Det stämmer", "3"), (". Nämnden medger återkravet.", "")])
    _notes(
        s,
        [
            ("1", ["Faktura 2231 från Nora Buss AB, daterad 2023-07-14, 12 400 kr inklusive moms", "(bilaga 2)."]),
            ("2", ["Avtal med Gyttorps läxhjälpsförening, se bilaga 3."]),
            ("3", ["Faktura 55-118 från Nora Ishall AB, daterad 2024-01-20 (bilaga 4)."]),
        ],
        rule=True,
        glued=False,
        footer="Nora kommun · sida 1 (2)",
    )
    s.c.showPage()
    s.y = 780.0
    s.head("Bilagor", size=11)
    for line in (
        "Bilaga 1 Nämndens beslut 2025-03-10",
        "Bilaga 2 Faktura 2231 Nora Buss AB",
        "Bilaga 3 Avtal Gyttorps läxhjälpsförening",
        "Bilaga 4 Faktura 55-118 Nora Ishall AB",
    ):
        s.para(line, gap=1)
    sign(s, "Elin Stark", "Fritidschef")
    s.save()
    EXPECTED[path.name] = {
        # attachment 1 is referred to nowhere: it takes no activity
        "attachments": [["1", None], ["2", "2"], ["3", "5"], ["4", "8"]],
        "refs": [["2", "2"], ["5", "3"], ["8", "4"]],
        "invoices": [["2", "2231"], ["8", "55-118"]],
    }


def ljusnarsberg(path: Path) -> None:
    """Notes without a rule, their marks glued to the first word, the page number under them; the
    notes refer to the attachments in other words ("se bilaga", "bil."); the list on page 1."""
    s = _letter(
        path,
        ("Ljusnarsbergs kommun", "Socialnämnden", "Till Socialstyrelsen", "Kopparberg den 4 mars 2025"),
        "Svar angående återkrav av statsbidrag",
        body_left=80,
    )
    s.head("Aktivitet 1. Fritidsgård för mellanstadiet")
    s.para("Återkrävt belopp: SEK 41 000:-")
    s.para("Socialstyrelsen menar att fritidsgården redan fanns.", font="Times-Roman")
    _marked(s, [("Gården öppnade i mars 2022 med bidraget", "1"), (" och hade ingen verksamhet före det.", "")])
    s.para("Socialnämnden motsätter sig återkravet.", font="Times-Roman")
    s.head("Aktivitet 3. Simskola i Bergslagsbadet")
    s.para("Återkrävt belopp: SEK 9 600:-")
    s.para("Enligt Socialstyrelsen saknas underlag för simlärarnas löner.", font="Times-Roman")
    _marked(s, [("Lönerna framgår av lönelistan", "2"), (". Socialnämnden bestrider därför återkravet.", "")])
    s.head("Bilagor", size=11)
    for line in ("1. Protokoll om fritidsgårdens start", "2. Lönelista simskola juli 2023"):
        s.para(line, gap=1)
    sign(s, "Sofia Berglund", "Socialchef")
    _notes(
        s,
        [
            ("1", ["Nämndens protokoll från den 8 mars 2022, se bilaga 1."]),
            ("2", ["Lönelistan för juli 2023 bifogas som bil. 2 och visar", "fyra simlärare."]),
        ],
        rule=False,
        glued=True,
        footer="1 (1)",
    )
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["1", "1"], ["2", "3"]],
        "refs": [["1", "1"], ["3", "2"]],
        "invoices": [],
    }


def tibro(path: Path) -> None:
    """Attachment ids with the activity's number before a hyphen, in the list and in the text."""
    s = _letter(
        path,
        ("Tibro kommun", "Kommunstyrelsen", "Socialstyrelsen", "106 30 Stockholm", "2025-02-27"),
        "Yttrande – återkrav av statsbidrag för 2023",
    )
    s.head("Post 4 – Ungdomscoacher i Centrum")
    s.para("Återkrav: 96 000 kr exkl. moms")
    s.para(
        "Socialstyrelsen anser att coacherna var anställda före bidraget. Anställningsavtalen i bilaga 4-1 och 4-2 "
        "visar att båda anställdes i februari 2023. Kommunen bestrider återkravet."
    )
    s.head("Post 7 – Lovaktiviteter i Fågelås")
    s.para("Återkrav: 14 250 kr exkl. moms")
    s.para(
        "Socialstyrelsen bedömer att kostnaden är orimligt hög. Fakturan från föreningen (bilaga 7-1) avser "
        "tre veckors aktiviteter. Kommunen medger återkravet."
    )
    s.head("Bilagor till yttrandet", size=11)
    for line in (
        "Bilaga 4-1 Anställningsavtal ungdomscoach A",
        "Bilaga 4-2 Anställningsavtal ungdomscoach B",
        "Bilaga 7-1 Faktura Tibro Idrottsförening nr 2023-57",
    ):
        s.para(line, gap=1)
    sign(s, "Jonas Ek", "Kommundirektör")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["4-1", "4"], ["4-2", "4"], ["7-1", "7"]],
        "refs": [["4", "4-1"], ["4", "4-2"], ["7", "7-1"]],
        "invoices": [["7", "2023-57"]],
        "checks": [],
    }


def vara(path: Path) -> None:
    """Hyphen ids without the word Bilaga in the list, an ascending one ("1-2", activity 1's second
    attachment) that is no range, a reference "bil. 3-1"."""
    s = _letter(
        path,
        ("VARA KOMMUN", "Socialförvaltningen", "Socialstyrelsen, avdelningen för statsbidrag", "Vara 2025-03-03"),
        "Yttrande över preliminärt återkrav",
        body_left=90,
    )
    s.head("Aktivitet 1 – Nattvandring i Kvänum")
    s.para("Återkrävt belopp: 18 300 kronor.")
    s.para(
        "Socialstyrelsen anser att nattvandringen inte nådde området. Kommunen bestrider återkravet; "
        "rutterna och deltagarlistorna finns i bilaga 1-1 och bilaga 1-2."
    )
    s.head("Aktivitet 3 – Språkträning för föräldrar")
    s.para("Återkrävt belopp: 22 000 kronor.")
    s.para(
        "Socialstyrelsen menar att kursen hölls 2024. Kursintyget (bil. 3-1) visar att den hölls i november 2023. "
        "Kommunen bestrider återkravet."
    )
    s.head("Bilageförteckning", size=11)
    for line in (
        "1-1 Karta över nattvandringens rutter",
        "1-2 Deltagarlistor nattvandring 2023",
        "3-1 Kursintyg språkträning november 2023",
    ):
        s.para(line, gap=1)
    sign(s, "Malin Holm", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {
        "attachments": [["1-1", "1"], ["1-2", "1"], ["3-1", "3"]],
        "refs": [["1", "1-1"], ["1", "1-2"], ["3", "3-1"]],
        "invoices": [],
        "checks": [],
    }


CASES = {"nora": nora, "ljusnarsberg": ljusnarsberg, "tibro": tibro, "vara": vara}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        make(OUT / f"yttrande-{name}.pdf")
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
