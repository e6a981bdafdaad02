"""Small responses for the attachment lists, document fields and kinds that other house styles
write (issue 13 point 1, issue 12 point 5):

- a claim line that runs on into the section's paragraph ("Återkrävt belopp: 21 400 kronor.
  Socialstyrelsen anser …, se bilaga 1 och 2"): the references in it belong to the section;
- a list on one line after a qualified heading ("Bilagor enligt tabellen: 3.1 … · 3.2 …",
  "Bifogade handlingar, se ovan: …") with dotted ids that carry the activity's number, wrapping
  onto the next line;
- a case-management card printed as page 1 before the letter (a diary's "Dokumentkort"): the
  letter's sender and date, not the card's print date or counterparty;
- a letterhead line with the sender and its committee joined by a bar or a dash, in capitals
  ("OSBY KOMMUN | Socialnämnden"), addressed "Till Socialstyrelsen, …";
- a decision under delegation ("Delegationsbeslut", "Ordförandebeslut") whose matter field says
  it is a response: a response, dated by its decision date;
- a response written in English: "To: Socialstyrelsen (…)", "Kävlinge, 21 February 2025";
- a summary table beside the prose: a row against a position the prose states is a finding, a row
  against a position the reading is unsure of is none.

    /work/main/.venv/bin/python tests/gen/lists_fields.py

Writes tests/data/lists_fields/<case>.pdf and expected.json. The expected values were written here,
with the documents, before the pipeline ran on any of them. Every name, amount and sentence is
invented (municipality names are real, none of a genre corpus). Drawn on a reportlab canvas
(tests/gen/prose_signals.py's Sheet), deterministic, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_signals import Sheet, sign  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "lists_fields"
EXPECTED: dict[str, dict] = {}


def fields(issuer: str, municipality: str, doc_date: str, pages: int) -> dict:
    return {
        "kind": "response",
        "issuer": issuer,
        "municipality": municipality,
        "addressee": "Socialstyrelsen",
        "doc_date": doc_date,
        "page_count": pages,
    }


def _letter(path: Path, head: tuple[str, ...], title: str) -> Sheet:
    """A letter's sheet with its letterhead and address block, one line each, and its title."""
    s = Sheet(path, body_left=72)
    for text in head:
        s.para(text, gap=1)
    s.head(title, size=13, gap_above=14)
    return s


def arboga(path: Path) -> None:
    """The claim line runs on into the paragraph, whose first sentence refers to the attachments."""
    s = _letter(
        path,
        ("Arboga kommun", "Socialförvaltningen", "Socialstyrelsen", "106 30 Stockholm", "2025-03-05"),
        "Yttrande över preliminärt beslut om återkrav",
    )
    s.para("Kommunen yttrar sig nedan över de två aktiviteter som återkravet gäller.")
    s.head("Aktivitet 2 – Sommarlovsfiske vid Hjälmaren")
    s.para(
        "Återkrävt belopp: 21 400 kronor. Fisketurerna är dokumenterade i bilaga 1 och 2, vilket Socialstyrelsen "
        "inte har beaktat. Socialstyrelsen anser att kostnaderna inte kan verifieras. Kommunen bestrider återkravet."
    )
    s.head("Aktivitet 6 – Föräldracafé i Ekbacken")
    s.para(
        "Återkrävt belopp: 8 000 kronor. Hyresavtalet (bilaga 3) visar att lokalen hyrdes hela året. "
        "Socialstyrelsen bedömer att caféet är ordinarie verksamhet. Kommunen godtar återkravet."
    )
    s.head("Bilagor", size=11)
    for line in ("1. Deltagarlistor fisketurer 2023", "2. Kvitton fiskekort", "3. Hyresavtal Ekbackens träffpunkt"):
        s.para(line, gap=1)
    sign(s, "Lena Åberg", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        **fields("Arboga kommun", "Arboga", "2025-03-05", 1),
        "attachments": [["1", "2"], ["2", "2"], ["3", "6"]],
    }


def hjo(path: Path) -> None:
    """Dotted ids in a one-line list after a qualified heading, separated by middle dots and
    wrapping after an id onto the next line."""
    s = _letter(
        path,
        ("Hjo kommun", "Kultur- och fritidsförvaltningen", "Socialstyrelsen", "106 30 Stockholm", "Hjo 2025-02-19"),
        "Yttrande över Socialstyrelsens preliminära beslut om återkrav",
    )
    s.para("Underlagen bakom varje återkrävt belopp bifogas med de nummer som anges under varje aktivitet.")
    s.head("Aktivitet 3 – Lovbussen till Guldkroken")
    s.para("Återkrävt belopp: 14 300 kronor. Socialstyrelsen anser att bussresorna är ordinarie skolskjuts.")
    s.para("3.1 Faktura 5521 Hjo Buss AB, 9 800 kr. 3.2 Faktura 88 Vättervikens Hyrmaskin, 4 500 kr.")
    s.para("Kommunen bestrider återkravet.")
    s.head("Aktivitet 5 – Simskola i Hjoåns bad")
    s.para("Återkrävt belopp: 6 250 kronor. Socialstyrelsen anser att lönerna avser tid efter bidragsperioden.")
    s.para("5.1 Lönelista juni 2023 simlärare.")
    s.para("Kommunen godtar återkravet.")
    s.para("Bilagor enligt ovan: 3.1 Faktura 5521 Hjo Buss AB · 3.2 Faktura 88 Vättervikens Hyrmaskin · 5.1", gap=1)
    s.para("Lönelista juni 2023 simlärare")
    sign(s, "Anders Wiik", "Kultur- och fritidschef")
    s.save()
    EXPECTED[path.name] = {
        **fields("Hjo kommun", "Hjo", "2025-02-19", 1),
        "attachments": [["3.1", "3"], ["3.2", "3"], ["5.1", "5"]],
    }


def heby(path: Path) -> None:
    """Page 1 is the diary's document card (print date, counterparty, registration date); the
    letter starts on page 2."""
    s = Sheet(path, body_left=72)
    s.head("DOKUMENTKORT", size=14, gap_above=0)
    for text in (
        "Utskrift 2025-03-10 14:02 av hebyadm\\kasv",
        "Diarienummer SN 2025/14",
        "Handlingstyp Utgående skrivelse",
        "Upprättad 2025-03-07",
        "Motpart Socialstyrelsen",
        "Handläggare Karin Svedberg",
        "Status Expedierad",
    ):
        s.para(text, gap=2)
    s.head("Ärendets handlingar", size=11)
    for text in ("2 2024-11-20 Inkommen Preliminärt beslut om återkrav", "5 2025-03-07 Utgående Yttrande till Socialstyrelsen"):
        s.para(text, gap=1)
    s.c.showPage()
    s.y = 780.0
    for text in ("Heby kommun", "Socialförvaltningen", "Socialstyrelsen", "106 30 Stockholm", "Datum 2025-03-06"):
        s.para(text, gap=1)
    s.head("Yttrande angående Socialstyrelsens preliminära återkrav", size=13, gap_above=14)
    s.head("Aktivitet 1 – Kvällsöppen fritidsgård i Östervåla")
    s.para("Återkrävt belopp: 52 000 kronor. Socialstyrelsen anser att fritidsgården är ordinarie verksamhet.")
    s.para("Kommunen bestrider återkravet. Fritidsgården hölls kvällsöppen enbart tack vare bidraget.")
    sign(s, "Karin Svedberg", "Utredare")
    s.save()
    EXPECTED[path.name] = fields("Heby kommun", "Heby", "2025-03-06", 2)


def osby(path: Path) -> None:
    """The sender in capitals with its committee after a bar; 'Till Socialstyrelsen, …' beside the
    place, date and file numbers on one line."""
    s = Sheet(path, body_left=72)
    s.para("OSBY KOMMUN | Socialnämnden", font="Helvetica-Bold", gap=2)
    s.para("Till Socialstyrelsen, avdelningen för statsbidrag | Osby 2025-02-20 | Dnr SN 2024/77", gap=10)
    s.head("Yttrande över preliminärt beslut om återkrav av statsbidrag", size=13)
    s.head("Aktivitet 4 – Sommarjobb för unga i Killeberg")
    s.para("Återkrävt belopp: 37 500 kronor. Socialstyrelsen anser att lönerna inte kan verifieras.")
    s.para("Kommunen bestrider återkravet; lönelistorna finns hos Osby Bostäder AB och Osby Folkets hus.")
    sign(s, "Per Wennberg", "Ordförande i socialnämnden")
    s.save()
    EXPECTED[path.name] = fields("Osby kommun", "Osby", "2025-02-20", 1)


def lysekil(path: Path) -> None:
    """The sender in capitals with its board after a dash; only the agency elsewhere on page 1."""
    s = Sheet(path, body_left=72)
    s.para("LYSEKILS KOMMUN – Kommunstyrelsen", font="Helvetica-Bold", gap=2)
    s.para("Till Socialstyrelsen, enheten för statsbidrag", gap=2)
    s.para("Lysekil 2025-03-03", gap=10)
    s.head("Yttrande över preliminärt återkrav", size=13)
    s.head("Aktivitet 2 – Kajakskola på Södra hamnen")
    s.para("Återkrävt belopp: 19 900 kronor. Socialstyrelsen anser att kajakskolan inte når det utpekade området.")
    s.para("Kommunen godtar återkravet och återbetalar beloppet.")
    sign(s, "Jan Hermansson", "Kommundirektör")
    s.save()
    EXPECTED[path.name] = fields("Lysekils kommun", "Lysekil", "2025-03-03", 1)


def _decision_head(s: Sheet, who: str, title: str, rows: list[tuple[str, str]]) -> None:
    s.para(who, font="Helvetica-Bold", gap=2)
    s.head(title, size=14, gap_above=6)
    for label, value in rows:
        s.row([(72, label), (190, value)])


def vadstena(path: Path) -> None:
    """A decision under delegation; the matter field says it is a response."""
    s = Sheet(path, body_left=72)
    _decision_head(
        s,
        "VADSTENA KOMMUN",
        "DELEGATIONSBESLUT",
        [
            ("Ärende", "Yttrande till Socialstyrelsen över preliminärt återkrav"),
            ("Diarienummer", "SOC 2025/8"),
            ("Beslutsdatum", "2025-02-27"),
            ("Beslutsfattare", "Eva Lund, socialchef"),
            ("Mottagare", "Socialstyrelsen, 106 30 Stockholm"),
        ],
    )
    s.head("Beslut", size=11.5)
    s.para("Socialchefen beslutar att lämna följande yttrande till Socialstyrelsen över återkravet av statsbidraget.")
    s.para("Aktivitet 3, Läxhjälp i Vadstena bibliotek, 16 400 kr: Återkravet medges.")
    s.para("Aktivitet 7, Ungdomsrådet, 22 000 kr: Återkravet avvisas, eftersom rådet startade med bidraget.")
    sign(s, "Eva Lund", "Socialchef")
    s.save()
    EXPECTED[path.name] = fields("Vadstena kommun", "Vadstena", "2025-02-27", 1)


def ockero(path: Path) -> None:
    """A chair's decision between meetings; the matter field in another wording."""
    s = Sheet(path, body_left=72)
    _decision_head(
        s,
        "Öckerö kommun",
        "Ordförandebeslut",
        [
            ("Ärende:", "Svar på Socialstyrelsens preliminära beslut om återkrav"),
            ("Beslutsdatum:", "2025-03-11"),
            ("Beslutande:", "Kjell Ek, ordförande i kommunstyrelsen"),
        ],
    )
    s.para("Ordföranden beslutar på kommunstyrelsens vägnar att lämna följande svar till Socialstyrelsen.")
    s.para("Aktivitet 1, Seglarskola på Hönö, 30 500 kr: Kommunen medger återkravet.")
    s.para("Aktivitet 2, Nattvandring, 12 000 kr: Kommunen bestrider återkravet.")
    sign(s, "Kjell Ek", "Ordförande")
    s.save()
    EXPECTED[path.name] = fields("Öckerö kommun", "Öckerö", "2025-03-11", 1)


def _summary(s: Sheet, header: tuple[str, str, str, str], rows: list[tuple[str, str, str, str]]) -> None:
    """The activity's number and title in the label column, then the money columns."""
    s.row([(72, f"{header[0]} {header[1]}"), (340, header[2]), (440, header[3])], bold=True)
    for no, title, claimed, accepted in rows:
        s.row([(72, f"{no} {title}"), (340, claimed), (440, accepted)])


def mark(path: Path) -> None:
    """A summary table beside the prose: one row contradicts a position the prose states plainly
    (a finding), one states a position the prose never does (the reading is unsure: no finding)."""
    s = _letter(
        path,
        ("Marks kommun", "Kultur- och fritidsförvaltningen", "Socialstyrelsen", "106 30 Stockholm", "Kinna 2025-02-25"),
        "Yttrande över preliminärt beslut om återkrav",
    )
    s.head("Aktivitet 1 – Ridläger i Örby")
    s.para("Återkrävt belopp: 10 000 kronor. Socialstyrelsen anser att lägret låg utanför bidragets syfte.")
    s.para("Kommunen bestrider återkravet i sin helhet.")
    s.head("Aktivitet 2 – Fritidsbank i Skene")
    s.para("Återkrävt belopp: 9 000 kronor. Socialstyrelsen anser att kostnaderna inte kan verifieras.")
    s.para("Fritidsbanken har lämnat sina kvitton till förvaltningen, som har gått igenom dem.")
    s.head("Sammanställning", size=11.5)
    _summary(
        s,
        ("Nr", "Aktivitet", "Återkrävt", "Medges"),
        [("1", "Ridläger i Örby", "10 000", "10 000"), ("2", "Fritidsbank i Skene", "9 000", "9 000")],
    )
    s.row([(72, "Summa"), (340, "19 000"), (440, "19 000")], bold=True)
    sign(s, "Eva Sjögren", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {**fields("Marks kommun", "Mark", "2025-02-25", 1), "checks": [["1", "summary_table_mismatch"]]}


def sotenas(path: Path) -> None:
    """A summary table that agrees with the plain positions; one row states a partial acceptance
    the prose leaves unsaid: no finding on an unsure reading."""
    s = _letter(
        path,
        ("Sotenäs kommun", "Socialnämnden", "Socialstyrelsen", "106 30 Stockholm", "Kungshamn den 3 mars 2025"),
        "Svar på Socialstyrelsens preliminära beslut om återkrav",
    )
    s.head("Aktivitet 3 – Badvakter vid Smögen")
    s.para("Återkrävt belopp: 12 000 kronor. Socialstyrelsen anser att badvakterna är ordinarie verksamhet.")
    s.para("Kommunen godtar återkravet och återbetalar 12 000 kronor.")
    s.head("Aktivitet 5 – Matlagningskurs för unga")
    s.para("Återkrävt belopp: 8 500 kronor. Socialstyrelsen bedömer att kursen inte når de boende i området.")
    s.para("Kursen hölls i Hunnebostrand och deltagarlistan finns hos nämnden.")
    s.head("Aktivitet 8 – Läxhjälp i Kungshamn")
    s.para("Återkrävt belopp: 15 400 kronor. Socialstyrelsen anser att underlag saknas för arvodena.")
    s.para("Kommunen bestrider återkravet, eftersom arvodena är styrkta med lönebesked.")
    s.head("Översikt", size=11.5)
    _summary(
        s,
        ("Nr", "Aktivitet", "Belopp", "Godtas (kr)"),
        [
            ("3", "Badvakter vid Smögen", "12 000", "12 000"),
            ("5", "Matlagningskurs för unga", "8 500", "4 000"),
            ("8", "Läxhjälp i Kungshamn", "15 400", "0"),
        ],
    )
    sign(s, "Mats Abrahamsson", "Ordförande i socialnämnden")
    s.save()
    EXPECTED[path.name] = {**fields("Sotenäs kommun", "Sotenäs", "2025-03-03", 1), "checks": []}


def kavlinge(path: Path) -> None:
    """A response written in English: 'To: Socialstyrelsen (…)' and the date with the month's
    English name after the place."""
    s = Sheet(path, body_left=72)
    for text in (
        "KÄVLINGE KOMMUN",
        "Municipal Executive Office",
        "To: Socialstyrelsen (The National Board of Health and Welfare)",
        "SE-106 30 Stockholm",
        "Kävlinge, 21 February 2025",
    ):
        s.para(text, gap=1)
    s.head("Response to the preliminary decision on repayment", size=13, gap_above=14)
    s.head("Activity 2 – Sommarkollo i Löddeköpinge")
    s.para("Amount claimed: SEK 36,200. Socialstyrelsen considers the costs to fall outside the grant period.")
    s.para("The municipality accepts the repayment in full.")
    sign(s, "Maria Holm", "Head of Office")
    s.save()
    EXPECTED[path.name] = fields("Kävlinge kommun", "Kävlinge", "2025-02-21", 1)


def torsas(path: Path) -> None:
    """English labels in a memo head: 'Date: 3 March 2025', 'To: Socialstyrelsen, Stockholm'."""
    s = Sheet(path, body_left=72)
    for text in ("Torsås kommun", "Date: 3 March 2025", "To: Socialstyrelsen, Stockholm", "From: Social Services, Torsås Municipality"):
        s.para(text, gap=2)
    s.head("Reply concerning the reclaim of the state grant", size=13, gap_above=14)
    s.head("Activity 5 – Läxhjälp i Söderåkra")
    s.para("Amount claimed: SEK 12,800. Socialstyrelsen considers the costs unverified.")
    s.para("The municipality disputes the claim; the time sheets are enclosed.")
    sign(s, "Olle Berg", "Director of Social Services")
    s.save()
    EXPECTED[path.name] = fields("Torsås kommun", "Torsås", "2025-03-03", 1)


CASES = {
    "arboga": arboga,
    "hjo": hjo,
    "heby": heby,
    "osby": osby,
    "lysekil": lysekil,
    "vadstena": vadstena,
    "ockero": ockero,
    "mark": mark,
    "sotenas": sotenas,
    "kavlinge": kavlinge,
    "torsas": torsas,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        make(OUT / f"yttrande-{name}.pdf")
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
