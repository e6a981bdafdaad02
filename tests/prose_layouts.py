"""Responses laid out in ways the other generators do not cover (issue 13, structure side):
parts lettered with a word ("Avsnitt A", "Del B") or bare ("A.", "B)"), and attachment lists
headed with a qualifier ("Bilagor i detta dokument"), inline with commas and no item marks
("Bilagor: 1 Avtal, 2 Faktura …") or as "Bilaga N title" lines before the signature.

Written, with the values a reader expects, before running the pipeline on them. Every name,
amount and sentence is invented. `python tests/prose_layouts.py` rewrites the committed PDFs in
tests/data/prose_layouts/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from heading_styles import act
from render import render

RESPONSES: dict[str, tuple[list, str]] = {}
EXPECTED: dict[str, dict] = {}
COMMITTED = Path(__file__).resolve().parent / "data" / "prose_layouts"


def _add(name: str, header: str, blocks: list, expected: dict) -> None:
    RESPONSES[name] = (blocks, header)
    EXPECTED[name] = expected


def make(name: str, path: Path) -> Path:
    blocks, header = RESPONSES[name]
    return render(path, blocks, header, "Sida {page}")


_OPENING = "{who} har tagit emot Socialstyrelsens underrättelse om återkrav av statsbidrag och yttrar sig här över varje del."

# 1. "Avsnitt A: title (amount)", a qualified list heading, "Bilaga N title" items.
_add(
    "ludvika",
    "Ludvika kommun · Social- och omsorgsförvaltningen",
    [
        ("h1", "Yttrande till Socialstyrelsen om återkrav"),
        ("p", _OPENING.format(who="Ludvika kommun")),
        ("h2", "Avsnitt A: Nattvandring i Marnäs (62 000 kr)"),
        ("p", "Socialstyrelsen menar att nattvandringarna inte kan styrkas med närvarolistor."),
        ("p", "Kommunen bestrider återkravet. Listorna från föreningen bifogas (bilaga 1)."),
        ("h2", "Avsnitt B: Läxhjälp på biblioteket (18 400 kr)"),
        ("p", "Socialstyrelsen anser att läxhjälpen ingår i skolans ordinarie verksamhet."),
        ("p", "Kommunen godtar återkravet och återbetalar beloppet."),
        ("h2", "Avsnitt C: Sommarläger för unga (35 000 kr)"),
        ("p", "Enligt Socialstyrelsen hölls lägret efter bidragsperioden."),
        ("p", "Kommunen medger återkravet delvis och återbetalar 10 000 kr, se fakturan i bilaga 2."),
        ("h2", "Bilagor i detta dokument"),
        ("p", "Bilaga 1 Närvarolistor nattvandring"),
        ("p", "Bilaga 2 Faktura 5521 Lägergården"),
        ("p", "Ulla Berglund"),
        ("p", "Socialchef"),
    ],
    dict(
        activities={
            "A": act("Nattvandring i Marnäs", "62000", "disputes", "0"),
            "B": act("Läxhjälp på biblioteket", "18400", "accepts_full", "18400"),
            "C": act("Sommarläger för unga", "35000", "accepts_partial", "10000"),
        },
        attachments=["1", "2"],
        refs={("A", "1"), ("C", "2")},
        absent_checks={"unresolved_reference", "unreferenced_attachment"},
    ),
)

# 2. Bare letters "A." with the claim on a labelled line under each heading; an inline list
# with commas and unmarked numbers.
_add(
    "mjolby",
    "Mjölby kommun, Socialnämnden",
    [
        ("h1", "Yttrande över återkrav av statsbidrag 2023"),
        ("p", _OPENING.format(who="Socialnämnden i Mjölby")),
        ("h2", "A. Fritidsgård i Väster"),
        ("p", "Återkrävt belopp: 44 500 kr"),
        ("p", "Socialstyrelsen bedömer att fritidsgården vänder sig till alla unga i kommunen."),
        ("p", "Nämnden bestrider återkravet; besöksstatistiken visar att besökarna bor i området (bilaga 1)."),
        ("h2", "B. Föräldracirklar"),
        ("p", "Återkrävt belopp: 12 750 kr"),
        ("p", "Socialstyrelsen anser att kostnaderna inte kan styrkas."),
        ("p", "Nämnden godtar återkravet. Kvittona finns i bilaga 2 och 3."),
        ("p", "Bilagor: 1 Besöksstatistik fritidsgården, 2 Kvitton cirkelledare, 3 Hyresavtal lokal"),
        ("p", "Mjölby den 12 mars 2025"),
        ("p", "Henrik Sandberg, ordförande"),
    ],
    dict(
        activities={
            "A": act("Fritidsgård i Väster", "44500", "disputes", "0"),
            "B": act("Föräldracirklar", "12750", "accepts_full", "12750"),
        },
        attachments=["1", "2", "3"],
        refs={("A", "1"), ("B", "2"), ("B", "3")},
        absent_checks={"unresolved_reference", "unreferenced_attachment"},
    ),
)

# 3. "Del A – title – amount" with a contents page naming the parts the same way; the list as
# "Bil. N" lines under "Bilageförteckning".
_add(
    "hassleholm",
    "Hässleholms kommun – Yttrande",
    [
        ("h1", "Yttrande – återkrav av statsbidrag"),
        ("h2", "Innehåll"),
        ("toc", [("Bakgrund", 1), ("Del A Trygghetsvärdar i centrum, 120 000 kr", 1), ("Del B Simskola för nyanlända, 27 300 kr", 1)]),
        ("h2", "Bakgrund"),
        ("p", _OPENING.format(who="Hässleholms kommun")),
        ("h2", "Del A Trygghetsvärdar i centrum – 120 000 kr"),
        ("p", "Myndigheten anser att trygghetsvärdarnas arbete är ordinarie verksamhet."),
        ("p", "Kommunen delar inte bedömningen. Uppdraget beskrivs i bil. 1."),
        ("h2", "Del B Simskola för nyanlända – 27 300 kr"),
        ("p", "Myndigheten bedömer att simskolan inte når de boende i området."),
        ("p", "Kommunen accepterar återkravet och återbetalar beloppet."),
        ("h2", "Bilageförteckning"),
        ("p", "Bil. 1 Uppdragsbeskrivning trygghetsvärdar"),
        ("p", "Eva Lundgren, socialdirektör"),
    ],
    dict(
        activities={
            "A": act("Trygghetsvärdar i centrum", "120000", "disputes", "0"),
            "B": act("Simskola för nyanlända", "27300", "accepts_full", "27300"),
        },
        attachments=["1"],
        refs={("A", "1")},
        absent_checks={"unresolved_reference", "unreferenced_attachment", "toc_amount_mismatch"},
        toc=[(None, "Bakgrund"), ("A", "Trygghetsvärdar i centrum"), ("B", "Simskola för nyanlända")],
    ),
)

# 4. Ids "N:M" that carry their activity's number; one listed and never referred to belongs to
# its activity all the same (the check names it).
_add(
    "sigtuna",
    "Sigtuna kommun, Socialförvaltningen",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", _OPENING.format(who="Sigtuna kommun")),
        ("h2", "Aktivitet 4 – Fältassistenter i Valsta"),
        ("p", "Återkravet avser 81 000 kr eftersom arbetet enligt Socialstyrelsen är myndighetsutövning."),
        ("p", "Fältassistenterna fattar inga beslut om enskilda, se arbetsbeskrivningen i bilaga 4:1. Kommunen bestrider återkravet."),
        ("h2", "Aktivitet 9 – Ungdomens hus"),
        ("p", "Socialstyrelsen återkräver 23 600 kr då kostnaderna saknar underlag."),
        ("p", "Kommunen godtar återkravet; hyresavtalet finns i bilaga 9:1."),
        ("h2", "Bilagor"),
        ("p", "4:1 Arbetsbeskrivning fältassistenter"),
        ("p", "9:1 Hyresavtal Ungdomens hus"),
        ("p", "9:2 Planritning lokalen"),
        ("p", "Karin Öberg, förvaltningschef"),
    ],
    dict(
        activities={
            "4": act("Fältassistenter i Valsta", "81000", "disputes", "0"),
            "9": act("Ungdomens hus", "23600", "accepts_full", "23600"),
        },
        attachments=["4:1", "9:1", "9:2"],
        refs={("4", "4:1"), ("9", "9:1")},
        absent_checks={"unresolved_reference"},
        checks={("9", "9:2", "unreferenced_attachment")},
    ),
)

# 5. Activities numbered "1.1", "1.2", "2.1" under two areas, and a closing table in tkr whose
# rows start with the same numbers: the rows are no headings (no activity twice), and the
# stated total agrees with the activities.
_add(
    "nacka",
    "Nacka kommun · Socialtjänsten",
    [
        ("h1", "Yttrande över Socialstyrelsens bedömning"),
        ("p", "Socialstyrelsen vill återkräva 96 400 kronor. " + _OPENING.format(who="Nacka kommun")),
        ("h2", "1 Område skola och fritid"),
        ("h2", "1.1 Aktivitet: Läxcafé i Fisksätra"),
        ("p", "Socialstyrelsen anser att läxcaféet är ordinarie verksamhet. Återkrävt belopp 40 000 kronor."),
        ("p", "Kommunen delar inte bedömningen och bestrider återkravet."),
        ("h2", "1.2 Aktivitet: Lovaktiviteter i Orminge"),
        ("p", "Socialstyrelsen anser att kostnaderna inte kan styrkas. Återkrävt belopp 21 400 kronor."),
        ("p", "Kommunen godtar återkravet och återbetalar beloppet."),
        ("h2", "2 Område föräldrar"),
        ("h2", "2.1 Aktivitet: Föräldragrupper på somaliska"),
        ("p", "Socialstyrelsen bedömer att insatsen inte når de boende i området. Återkrävt belopp 35 000 kronor."),
        ("p", "Kommunen medger återkravet delvis och återbetalar 5 000 kronor."),
        ("p", "Sammanställning (tkr)"),
        (
            "table",
            [
                ["Aktivitet", "Återkrav", "Återbetalas"],
                ["1.1", "40", "0"],
                ["1.2", "21,4", "21,4"],
                ["2.1", "35", "5"],
                ["Totalt", "96,4", "26,4"],
            ],
        ),
        ("p", "Johan Ekström, socialchef"),
    ],
    dict(
        activities={
            "1.1": act("Läxcafé i Fisksätra", "40000", "disputes", "0"),
            "1.2": act("Lovaktiviteter i Orminge", "21400", "accepts_full", "21400"),
            "2.1": act("Föräldragrupper på somaliska", "35000", "accepts_partial", "5000"),
        },
        attachments=[],
        refs=set(),
        absent_checks={"summary_table_mismatch", "stated_total_mismatch"},
    ),
)

# 6. Claims told with the agency questioning or rejecting an amount ("Socialstyrelsen
# ifrågasätter SEK 48 000,00", "Myndigheten har underkänt kostnader om 12 300 kr"), Roman parts.
_add(
    "ornskoldsvik",
    "Örnsköldsviks kommun, Socialnämnden",
    [
        ("h1", "Angående återkrav av statsbidrag"),
        ("p", _OPENING.format(who="Socialnämnden i Örnsköldsvik")),
        ("h2", "I. Mötesplats Gullänget"),
        ("p", "Socialstyrelsen ifrågasätter SEK 48 000,00 eftersom mötesplatsen enligt myndigheten är ordinarie verksamhet."),
        ("p", "Nämnden delar inte den bedömningen och anser att inget ska återbetalas."),
        ("h2", "II. Sommarjobb i Själevad"),
        ("p", "Myndigheten har underkänt kostnader om 12 300 kr för handledning som saknar underlag."),
        ("p", "Nämnden godtar återkravet och återbetalar beloppet."),
        ("p", "Stina Lund, ordförande"),
    ],
    dict(
        activities={
            "I": act("Mötesplats Gullänget", "48000", "disputes", "0"),
            "II": act("Sommarjobb i Själevad", "12300", "accepts_full", "12300"),
        },
        attachments=[],
        refs=set(),
        absent_checks=set(),
    ),
)

# 7. The list without a heading: "Bilaga N title" lines after the last activity, the place, date
# and signature under them.
_add(
    "gavle",
    "Gävle kommun · Socialtjänsten",
    [
        ("h1", "Yttrande om återkrav av statsbidrag"),
        ("p", _OPENING.format(who="Gävle kommun")),
        ("h2", "1. Fältgrupp i Sätra (73 000 kronor)"),
        ("p", "Socialstyrelsen anser att fältgruppen är ordinarie verksamhet."),
        ("p", "Kommunen bestrider återkravet, se uppdragsbeskrivningen (bilaga 1)."),
        ("h2", "2. Lovbio i Andersberg (6 400 kronor)"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte kan styrkas."),
        ("p", "Kommunen godtar återkravet. Kvittona bifogas ändå (bilaga 2)."),
        ("p", "Bilaga 1 Uppdragsbeskrivning fältgruppen"),
        ("p", "Bilaga 2 Kvitton lovbio"),
        ("p", "Gävle den 3 mars 2025"),
        ("p", "Malin Ek"),
        ("p", "Socialchef"),
    ],
    dict(
        activities={
            "1": act("Fältgrupp i Sätra", "73000", "disputes", "0"),
            "2": act("Lovbio i Andersberg", "6400", "accepts_full", "6400"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("2", "2")},
        absent_checks={"unresolved_reference", "unreferenced_attachment"},
    ),
)

# 8. Two activities answered together: their headings stacked with nothing between them, one
# assessment and one answer under both.
_add(
    "motala",
    "Motala kommun, Socialnämnden",
    [
        ("h1", "Yttrande över återkrav"),
        ("p", _OPENING.format(who="Motala kommun")),
        ("h2", "Insats 1 Simskola i Råssla – 14 000 kr"),
        ("p", "Socialstyrelsen anser att simskolan är en del av skolans ordinarie verksamhet."),
        ("p", "Kommunen bestrider återkravet."),
        ("h2", "Insats 2 Påsklovsläger – 26 500 kr"),
        ("h2", "Insats 3 Sportlovsläger – 19 000 kr"),
        ("p", "Socialstyrelsen bedömer att kostnaderna för båda lägren saknar verifikationer."),
        ("p", "Kommunen godtar återkraven för båda lägren och återbetalar beloppen."),
        ("p", "Per Sjö, socialchef"),
    ],
    dict(
        activities={
            "1": act("Simskola i Råssla", "14000", "disputes", "0"),
            "2": act("Påsklovsläger", "26500", "accepts_full", "26500"),
            "3": act("Sportlovsläger", "19000", "accepts_full", "19000"),
        },
        attachments=[],
        refs=set(),
        absent_checks=set(),
    ),
)


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or RESPONSES:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
