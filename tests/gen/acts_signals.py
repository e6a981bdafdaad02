"""Small responses in forms the activity finder had not seen (session 10, issue 12 points 4–5):
activities numbered by the agency's codes (letters joined to a number: "SR-2", "K3", "Åtg-07"),
amounts in "Skr", a heading whose fields are set off by bars or middle dots ("Aktivitet 4 | Title
| Återkrav 12 000 kr"), a heading line that after its number names only a reference ("Insats 2 Vår
ref. KF-2022/118") with the activity's name on the line under it, and responses titled as
something else (a memo, an e-mail, a minute's extract) that answer the reclaim item by item.

    /work/main/.venv/bin/python tests/gen/acts_signals.py

Writes tests/data/acts_signals/<case>.pdf and expected.json. The expected values were written
here, with the documents, before the pipeline ran on any of them. Every name, amount and sentence
is invented (municipality names are real). Drawn on a reportlab canvas (invariant=1).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_signals import Sheet, act  # noqa: E402  (its line-by-line canvas)

OUT = Path(__file__).resolve().parent.parent / "data" / "acts_signals"
LEFT = 72.0
EXPECTED: dict[str, dict] = {}


def _opening(s: Sheet, lines: list[str], subject: str, intro: str) -> None:
    for text in lines:
        s.para(text, gap=1)
    s.head(subject, size=12.5, gap_above=14)
    s.para(intro)


def _item(s: Sheet, heading: str, under: list[str], *, size: float = 11.5) -> None:
    s.head(heading, size=size)
    for text in under:
        s.para(text, gap=5)


def lulea(path: Path) -> None:
    """The agency's codes 'SR-2' as bold headings, an amount line in 'Skr' under each."""
    s = Sheet(path, body_left=LEFT)
    _opening(
        s,
        ["Luleå kommun", "Arbetsmarknadsförvaltningen", "Luleå 2025-03-03", "Socialstyrelsen"],
        "Luleå kommuns yttrande om återkrav av statsbidrag 2022",
        "Socialstyrelsen har meddelat att 96 700 Skr kan komma att återkrävas. Beslutets koder används nedan.",
    )
    _item(
        s,
        "SR-2 Simskola för nyanlända barn",
        [
            "Återkrävt belopp: 41 200 Skr",
            "Socialstyrelsen anser att simskolan var öppen för alla barn i kommunen.",
            "Kommunen bestrider återkravet. Simskolan annonserades bara i Hertsön och 38 av 40 barn bodde där.",
        ],
    )
    _item(
        s,
        "SR-5 Kvällsöppen fritidsgård Pålänge",
        [
            "Återkrävt belopp: 30 000 Skr",
            "Enligt Socialstyrelsen saknas underlag för personalkostnaden.",
            "Kommunen godtar återkravet och betalar tillbaka beloppet.",
        ],
    )
    _item(
        s,
        "SR-9 Föräldracafé i Björkskatan",
        [
            "Återkrävt belopp: 25 500 Skr",
            "Socialstyrelsen bedömer att caféet låg utanför bidragsperioden.",
            "Kommunen medger att 5 500 Skr återbetalas men bestrider återkravet i övrigt.",
        ],
    )
    s.para("Sammantaget medger kommunen återbetalning av 35 500 Skr.")
    s.para("Maria Nilsson, förvaltningschef")
    s.save()
    EXPECTED[path.name] = {
        "kind": "response",
        "activities": [
            act("SR-2", "Simskola för nyanlända barn", "41200.00"),
            act("SR-5", "Kvällsöppen fritidsgård Pålänge", "30000.00"),
            act("SR-9", "Föräldracafé i Björkskatan", "25500.00"),
        ],
    }


def tranas(path: Path) -> None:
    """Codes without a hyphen ('K3', 'K7', 'K12'), the claim a labelled line in lower-case 'skr'."""
    s = Sheet(path, body_left=LEFT)
    _opening(
        s,
        ["TRANÅS KOMMUN", "Kultur- och fritidsnämnden", "2025-02-27", "Till Socialstyrelsen"],
        "Svar angående preliminärt återkrav, statsbidrag 2023",
        "Nämnden svarar på de tre poster som Socialstyrelsen vill återkräva. Postnumren är myndighetens.",
    )
    _item(
        s,
        "K3 Ungdomsrådets sommarresa",
        [
            "Krav: 18 900 skr",
            "Myndigheten anser att resan inte riktade sig till området.",
            "Nämnden bestrider kravet; samtliga deltagare bodde i Ängaryd.",
        ],
        size=12,
    )
    _item(
        s,
        "K7 Hyra av lokal för läxhjälp",
        [
            "Krav: 52 000 skr",
            "Myndigheten bedömer att hyran är orimligt hög.",
            "Nämnden medger återkravet.",
        ],
        size=12,
    )
    _item(
        s,
        "K12 Fotbollsturnering på Norrbo",
        [
            "Krav: 9 750 skr",
            "Enligt Socialstyrelsen saknas fakturor för domararvodena.",
            "Nämnden godtar att beloppet återbetalas.",
        ],
        size=12,
    )
    s.para("För kultur- och fritidsnämnden, Erik Sandberg, ordförande")
    s.save()
    EXPECTED[path.name] = {
        "kind": "response",
        "activities": [
            act("K3", "Ungdomsrådets sommarresa", "18900.00"),
            act("K7", "Hyra av lokal för läxhjälp", "52000.00"),
            act("K12", "Fotbollsturnering på Norrbo", "9750.00"),
        ],
    }


def boden(path: Path) -> None:
    """Heading fields set off by bars and middle dots: 'Aktivitet 1 | Title | Återkrav 45 000 kr'."""
    s = Sheet(path, body_left=LEFT)
    _opening(
        s,
        ["Bodens kommun", "Socialförvaltningen", "Boden den 20 februari 2025", "Socialstyrelsen, 106 30 Stockholm"],
        "Yttrande över preliminärt beslut om återkrav",
        "Socialstyrelsen avser att återkräva 87 300 kr. Kommunen yttrar sig per aktivitet nedan.",
    )
    _item(
        s,
        "Aktivitet 1 | Idrottslördagar i Sävast | Återkrav 45 000 kr",
        ["Socialstyrelsen menar att kostnaden inte har styrkts.", "Kommunen bestrider återkravet, se bilaga 1."],
    )
    _item(
        s,
        "Aktivitet 4 · Mentorsprogram för unga vuxna · Återkrav 30 300 kr",
        ["Socialstyrelsen anser att programmet är ordinarie verksamhet.", "Kommunen accepterar återkravet och återbetalar beloppet."],
    )
    _item(
        s,
        "Aktivitet 6 | Lovbiblioteket | Återkrav 12 000 kr",
        ["Socialstyrelsen bedömer att aktiviteten pågick efter bidragsperioden.", "Kommunen bestrider återkravet."],
    )
    s.para("Anna Lundström, socialchef")
    s.save()
    EXPECTED[path.name] = {
        "kind": "response",
        "activities": [
            act("1", "Idrottslördagar i Sävast", "45000.00"),
            act("4", "Mentorsprogram för unga vuxna", "30300.00"),
            act("6", "Lovbiblioteket", "12000.00"),
        ],
    }


def solna(path: Path) -> None:
    """A heading that after its number names only the municipality's reference; the activity's
    name on the bold line under it; the claim in a sentence."""
    s = Sheet(path, body_left=LEFT)
    _opening(
        s,
        ["Solna stad", "Socialförvaltningen", "Solna 2025-02-18", "Socialstyrelsen"],
        "Yttrande – återkrav av statsbidrag 2022",
        "Till höger på varje insats rubrikrad står stadens eget diarienummer.",
    )
    for no, ref, title, claim, agency, answer in (
        (
            "2",
            "Vår ref. KF-2022/118",
            "Nattfotboll i Hallonbergen",
            "40 000 kr",
            "Socialstyrelsen återkräver 40 000 kr för insatsen eftersom underlag saknas.",
            "Staden bestrider återkravet; underlagen bifogas.",
        ),
        (
            "3",
            "Vår ref. KF-2022/131",
            "Sommarskola i Bagartorp",
            "22 800 kr",
            "Socialstyrelsen återkräver 22 800 kr då skolan låg utanför bidragsperioden.",
            "Staden godtar återkravet.",
        ),
        (
            "5",
            "Vår ref. SN-2022/47",
            "Familjeträffar i Ritorp",
            "15 600 kr",
            "Socialstyrelsen återkräver 15 600 kr för träffarna, som bedöms vara ordinarie verksamhet.",
            "Staden medger återkravet och betalar tillbaka beloppet.",
        ),
    ):
        s.head(f"Insats {no}        {ref}", size=11)
        s.head(title, size=11.5, gap_above=0)
        s.para(agency, gap=5)
        s.para(answer, gap=5)
        del claim
    s.para("Lena Berg, socialdirektör")
    s.save()
    EXPECTED[path.name] = {
        "kind": "response",
        "activities": [
            act("2", "Nattfotboll i Hallonbergen", "40000.00"),
            act("3", "Sommarskola i Bagartorp", "22800.00"),
            act("5", "Familjeträffar i Ritorp", "15600.00"),
        ],
    }


def _paragraph_answers(s: Sheet, items: list[tuple[str, str]]) -> None:
    for agency, answer in items:
        s.para(agency, gap=4)
        s.para(answer)


def kalmar_memo(path: Path) -> None:
    """A contractor's memo (PM) that answers the reclaim item by item, never calling itself a response."""
    s = Sheet(path, body_left=LEFT)
    for text in ("Kalmarsunds Fritid AB", "PM", "2025-03-05", "Till: Socialstyrelsen, via Kalmar kommun"):
        s.para(text, gap=1)
    s.head("Underlag angående Socialstyrelsens preliminära beslut om återkrav", size=12)
    s.para("Bolaget har på kommunens uppdrag genomfört aktiviteterna och lämnar följande synpunkter per aktivitet.")
    _paragraph_answers(
        s,
        [
            (
                "Om lovfisket i Funkabo återkräver Socialstyrelsen 14 000 kr eftersom kvitton saknas.",
                "Vi bestrider återkravet; kvittona bifogas.",
            ),
            (
                "För kvällsbadet i Berga återkräver Socialstyrelsen 21 500 kr då det enligt myndigheten är ordinarie verksamhet.",
                "Vi godtar återkravet och kommunen betalar tillbaka beloppet.",
            ),
        ],
    )
    s.para("Jonas Ek, verkställande direktör")
    s.save()
    EXPECTED[path.name] = {"kind": "response"}


def umea_mail(path: Path) -> None:
    """An e-mail whose subject is only the case number; the answer item by item in its body."""
    s = Sheet(path, body_left=LEFT)
    for text in (
        "Från: Karin Holm <karin.holm@umea.se>",
        "Till: statsbidrag@socialstyrelsen.se",
        "Skickat: den 26 februari 2025 09:14",
        "Ämne: Ert dnr 8.4-30411/2024",
    ):
        s.para(text, gap=1, font="Courier", size=9.5)
    s.para("Hej,", gap=6)
    s.para("Här kommer Umeå kommuns besked om de två belopp ni vill återkräva från statsbidraget för 2023.")
    _paragraph_answers(
        s,
        [
            (
                "Ni återkräver 33 000 kr för läxhjälpen i Ersboda eftersom den var öppen för hela kommunen.",
                "Kommunen bestrider återkravet.",
            ),
            ("Ni återkräver 8 200 kr för skridskodiscot i Ålidhem eftersom fakturan saknas.", "Kommunen medger återkravet."),
        ],
    )
    s.para("Vänliga hälsningar, Karin Holm, utvecklingsledare, Umeå kommun")
    s.save()
    EXPECTED[path.name] = {"kind": "response"}


def vasteras_minute(path: Path) -> None:
    """A minute's extract: the board's decision on the reclaim, item by item, under its paragraph."""
    s = Sheet(path, body_left=LEFT)
    for text in ("Västerås stad", "PROTOKOLLSUTDRAG", "Individ- och familjenämnden", "Sammanträdesdatum 2025-02-25"):
        s.para(text, gap=1)
    s.head("§ 41 Statsbidrag för socioekonomiskt eftersatta områden 2022 – Socialstyrelsens återkrav", size=11.5)
    s.para("Socialstyrelsen har i ett preliminärt beslut meddelat att 62 400 kr av statsbidraget återkrävs för två aktiviteter.")
    s.para("Beslut", gap=2, font="Helvetica-Bold")
    _paragraph_answers(
        s,
        [
            (
                "Återkravet om 47 400 kr för sommarlägret på Ängsö avser enligt Socialstyrelsen ordinarie verksamhet.",
                "Nämnden bestrider återkravet för sommarlägret.",
            ),
            (
                "Återkravet om 15 000 kr för trygghetsvärdarna i Bäckby saknar enligt Socialstyrelsen underlag.",
                "Nämnden godtar återkravet.",
            ),
        ],
    )
    s.para("Justerat 2025-02-27, Ulla Björk, ordförande")
    s.save()
    EXPECTED[path.name] = {"kind": "response"}


CASES = {
    "yttrande-lulea.pdf": lulea,
    "svar-tranas.pdf": tranas,
    "yttrande-boden.pdf": boden,
    "yttrande-solna.pdf": solna,
    "pm-kalmarsunds-fritid.pdf": kalmar_memo,
    "mail-umea-8-4-30411.pdf": umea_mail,
    "protokollsutdrag-vasteras-41.pdf": vasteras_minute,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in CASES.items():
        build(OUT / name)
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
