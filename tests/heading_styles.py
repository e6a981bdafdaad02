"""Four responses whose activities are headed in ways municipal letters commonly use and the
sample does not: Roman numerals, headings in capitals with a "76 000,-" claim line, "Aktivitet nr
N – title" with large gapped numbers, and a form of "Label: value" lines per activity.

Written, with the values a reader expects, before running the pipeline on them. Every name,
amount and sentence is invented.
"""

from __future__ import annotations

from pathlib import Path

from render import render

RESPONSES: dict[str, tuple[list, str]] = {}
EXPECTED: dict[str, dict] = {}


def _add(name: str, header: str, blocks: list, expected: dict) -> None:
    RESPONSES[name] = (blocks, header)
    EXPECTED[name] = expected


def make(name: str, path: Path) -> Path:
    blocks, header = RESPONSES[name]
    return render(path, blocks, header, "{page}")


def act(title: str, claimed: str, position: str, repayment: str | None) -> dict:
    return dict(title=title, claimed=claimed, position=position, repayment=repayment)


_OPENING = (
    "{who} har tagit del av Socialstyrelsens underrättelse om återkrav av statsbidrag för "
    "kommuner med socialt utsatta områden och lämnar här sitt yttrande."
)

# 1. Roman numerals, claims inside sentences with the currency first, references in brackets,
# the list under "Bifogade handlingar" numbered "1." …
_add(
    "rydal",
    "Rydals kommun · Socialnämnden",
    [
        ("h1", "Yttrande angående återkrav av statsbidrag"),
        ("p", _OPENING.format(who="Socialnämnden i Rydal")),
        ("h2", "I. Simskola för nyanlända barn"),
        ("p", "Socialstyrelsen återkräver SEK 58 300,00 och anser att simskolan är en del av skolans ordinarie verksamhet."),
        ("p", "Simskolan hölls på lördagar av föreningen Rydals SS (se bilaga 1). Nämnden bestrider återkravet."),
        ("h2", "II. Trygghetsvandringar i Norra Rydal"),
        ("p", "Återkravet avser SEK 12 400,00 eftersom kostnaderna inte kan styrkas."),
        ("p", "Nämnden godtar återkravet och kommer att återbetala beloppet."),
        ("h2", "III. Ferieläger"),
        ("p", "Socialstyrelsen återkräver SEK 27 000,00 då lägret hölls efter bidragsperioden."),
        ("p", "Nämnden medger återkravet till en del och återbetalar SEK 9 000,00 (se bilaga 2)."),
        ("h2", "Bifogade handlingar"),
        ("p", "1. Avtal med Rydals SS"),
        ("p", "2. Faktura 4471 Fjällgården"),
        ("p", "Rydal den 2 april 2025"),
        ("p", "Ingrid Sahlberg, ordförande"),
    ],
    dict(
        activities={
            "I": act("Simskola för nyanlända barn", "58300", "disputes", "0"),
            "II": act("Trygghetsvandringar i Norra Rydal", "12400", "accepts_full", "12400"),
            "III": act("Ferieläger", "27000", "accepts_partial", "9000"),
        },
        attachments=["1", "2"],
    ),
)

# 2. Headings in capitals, the claim on a line of its own as "33 000,-", the list in capitals
# with "Bil. nr N" items.
_add(
    "norrhem",
    "NORRHEMS KOMMUN",
    [
        ("h1", "YTTRANDE ÖVER PRELIMINÄRT BESLUT OM ÅTERKRAV"),
        ("p", _OPENING.format(who="Norrhems kommun")),
        ("h2", "AKTIVITET 2 – MUSIKSKOLA I STATIONSOMRÅDET"),
        ("p", "Återkrävt belopp 33 000,-"),
        ("p", "Socialstyrelsen menar att musikskolan vänder sig till alla barn i kommunen."),
        ("p", "Kommunen delar inte bedömningen. Deltagarlistan visar att eleverna bor i området (bil. nr 1)."),
        ("h2", "AKTIVITET 5 – KVÄLLSÖPPET BIBLIOTEK"),
        ("p", "Återkrävt belopp 18 750,-"),
        ("p", "Socialstyrelsen bedömer att kostnaderna saknar verifikationer."),
        ("p", "Kommunen har inget att invända och återbetalar beloppet."),
        ("h2", "BILAGOR"),
        ("p", "Bil. nr 1 Deltagarlista musikskolan"),
        ("p", "Lars-Göran Ek, kommunstyrelsens ordförande"),
    ],
    dict(
        activities={
            "2": act("MUSIKSKOLA I STATIONSOMRÅDET", "33000", "disputes", "0"),
            "5": act("KVÄLLSÖPPET BIBLIOTEK", "18750", "accepts_full", "18750"),
        },
        attachments=["1"],
    ),
)

# 3. "Aktivitet nr N – title" with large, gapped numbers from the agency's list; the claim told
# in a sentence; attachment ids "N:M".
_add(
    "vikstad",
    "Vikstads stad, Stadsdelsnämnden Väster",
    [
        ("h1", "Yttrande över Socialstyrelsens underrättelse om återkrav"),
        ("p", _OPENING.format(who="Stadsdelsnämnden Väster")),
        ("h2", "Aktivitet nr 11 – Nattöppen fritidsgård"),
        ("p", "Socialstyrelsen återkräver 96 000 kr och anser att verksamheten är myndighetsutövning."),
        ("p", "Fritidsgården har inte fattat beslut om enskilda. Nämnden bestrider återkravet, se bilaga 11:1."),
        ("h2", "Aktivitet nr 16 – Sommarjobb för unga"),
        ("p", "Återkravet uppgår till 41 500 kr eftersom anställningarna började efter bidragsperioden."),
        ("p", "Nämnden accepterar återkravet och återbetalar 41 500 kr."),
        ("h2", "Bilagor"),
        ("p", "11:1 Verksamhetsbeskrivning nattöppet"),
        ("p", "Anna Berg, stadsdelsdirektör"),
    ],
    dict(
        activities={
            "11": act("Nattöppen fritidsgård", "96000", "disputes", "0"),
            "16": act("Sommarjobb för unga", "41500", "accepts_full", "41500"),
        },
        attachments=["11:1"],
    ),
)

# 4. One short form per activity: a heading "Insats N", then "Label: value" lines.
_add(
    "ekhult",
    "Ekhults kommun",
    [
        ("h1", "Yttrande – återkrav av statsbidrag"),
        ("p", _OPENING.format(who="Ekhults kommun")),
        ("h2", "Insats 1"),
        ("p", "Benämning: Läxhjälp i Ekhults centrum"),
        ("p", "Återkrävt belopp: 22 000 kr"),
        ("p", "Socialstyrelsens skäl: Läxhjälpen är en del av skolans ordinarie verksamhet."),
        ("p", "Kommunens ställningstagande: Bestrider. Läxhjälpen gavs efter skoltid av fritidsledare."),
        ("h2", "Insats 2"),
        ("p", "Benämning: Föräldraträffar"),
        ("p", "Återkrävt belopp: 8 500 kr"),
        ("p", "Socialstyrelsens skäl: Kostnaderna kan inte styrkas med verifikationer."),
        ("p", "Kommunens ställningstagande: Medger. Kommunen återbetalar beloppet."),
        ("p", "Sofia Lind, socialchef"),
    ],
    dict(
        activities={
            "1": act("Läxhjälp i Ekhults centrum", "22000", "disputes", "0"),
            "2": act("Föräldraträffar", "8500", "accepts_full", "8500"),
        },
        attachments=[],
    ),
)

# 5. Positions in few words ("har inget att invända", "godtar … bedömning i denna del"), a
# reference "(bil. nr 1)", and a stated total while one activity's claim is not stated: that
# total cannot be checked, so no stated_total_mismatch.
_add(
    "tallby",
    "Tallby kommun",
    [
        ("h1", "Yttrande över återkrav av statsbidrag"),
        ("p", _OPENING.format(who="Tallby kommun") + " Socialstyrelsen återkräver totalt 61 000 kr."),
        ("h2", "1. Kulturskola på lördagar"),
        ("p", "Återkrävt belopp: 24 000 kr"),
        ("p", "Socialstyrelsen anser att kulturskolan är ordinarie verksamhet."),
        ("p", "Kommunen har inget att invända."),
        ("h2", "2. Idrottslov"),
        ("p", "Återkrävt belopp: 15 000 kr"),
        ("p", "Socialstyrelsen bedömer att kostnaderna saknar verifikationer."),
        ("p", "Kommunen godtar Socialstyrelsens bedömning i denna del."),
        ("h2", "3. Fältarbete"),
        ("p", "Socialstyrelsen ifrågasätter kostnaderna för fältarbetet och återkräver dem."),
        ("p", "Kommunen bestrider återkravet, se lönespecifikationerna (bil. nr 1)."),
        ("h2", "Bilagor"),
        ("p", "Bil. nr 1 Lönespecifikationer fältassistenter"),
        ("p", "Maria Ekdahl, socialchef"),
    ],
    dict(
        activities={
            "1": act("Kulturskola på lördagar", "24000", "accepts_full", "24000"),
            "2": act("Idrottslov", "15000", "accepts_full", "15000"),
            "3": act("Fältarbete", None, "disputes", "0"),
        },
        attachments=["1"],
        refs={("3", "1")},
        absent_checks={"stated_total_mismatch", "unreferenced_attachment"},
    ),
)

# 6. Sections that argue without stating a position; the positions only in a closing table with
# a column of words and a column of what is repaid.
_add(
    "solberga",
    "Solberga kommun",
    [
        ("h1", "Yttrande om återkrav av statsbidrag"),
        ("p", _OPENING.format(who="Solberga kommun")),
        ("h2", "1. Ungdomsråd"),
        ("p", "Återkrävt belopp: 40 000 kr"),
        ("p", "Socialstyrelsen anser att ungdomsrådet är ordinarie verksamhet."),
        ("p", "Ungdomsrådet inrättades 2019 och finansierades tidigare av kommunstyrelsen."),
        ("h2", "2. Nattvandring"),
        ("p", "Återkrävt belopp: 25 000 kr"),
        ("p", "Socialstyrelsen bedömer att kostnaderna saknar verifikationer."),
        ("p", "Nattvandringen genomfördes av föreningen Trygga Solberga varje fredag under 2022."),
        ("h2", "3. Lovaktiviteter"),
        ("p", "Återkrävt belopp: 30 000 kr"),
        ("p", "Socialstyrelsen anser att en del av aktiviteterna hölls efter bidragsperioden."),
        ("p", "Höstlovets aktiviteter hölls i oktober 2022, jullovets i januari 2023."),
        ("h2", "Kommunens ställningstagande"),
        (
            "table",
            [
                ["Aktivitet", "Återkrävt", "Kommunens inställning", "Återbetalas"],
                ["1", "40 000 kr", "Medges", "40 000 kr"],
                ["2", "25 000 kr", "Bestrids", "0 kr"],
                ["3", "30 000 kr", "Medges delvis", "10 000 kr"],
            ],
        ),
        ("p", "Jonas Ek, socialchef"),
    ],
    dict(
        activities={
            "1": act("Ungdomsråd", "40000", "accepts_full", "40000"),
            "2": act("Nattvandring", "25000", "disputes", "0"),
            "3": act("Lovaktiviteter", "30000", "accepts_partial", "10000"),
        },
        attachments=[],
        refs=set(),
        absent_checks={"summary_table_mismatch"},
    ),
)

# 7. A part repaid in the passive, named by its amount ("Kostnader om 9 400 kronor … återbetalas.
# I övrigt bestrider …"), in a letter whose headings are numbered in capitals.
_add(
    "granby",
    "GRANBY KOMMUN",
    [
        ("h1", "YTTRANDE ÖVER ÅTERKRAV AV STATSBIDRAG"),
        ("p", _OPENING.format(who="Granby kommun")),
        ("h2", "4. SPORTLOVSKUL I GRANBY"),
        ("p", "Återkrävt: 52 000 kronor"),
        ("p", "Socialstyrelsen: Delar av kostnaderna saknar verifikationer."),
        (
            "p",
            "Kommunens kommentar: Kostnader om 9 400 kronor för fika saknar kvitton och återbetalas. "
            "I övrigt bestrider kommunen återkravet.",
        ),
        ("h2", "5. FÄLTASSISTENTER"),
        ("p", "Återkrävt: 60 000 kronor"),
        ("p", "Socialstyrelsen: Fältassistenterna är ordinarie verksamhet."),
        ("p", "Kommunens kommentar: Kommunen bestrider återkravet."),
        ("p", "Åke Berg, socialchef"),
    ],
    dict(
        activities={
            "4": act("SPORTLOVSKUL I GRANBY", "52000", "accepts_partial", "9400"),
            "5": act("FÄLTASSISTENTER", "60000", "disputes", "0"),
        },
        attachments=[],
    ),
)

# 8. Activities numbered under two areas, the scheme word after the number ("1.2 Insats: …"),
# the claim in the first sentence.
_add(
    "lindesby",
    "Lindesby kommun",
    [
        ("h1", "Yttrande över underrättelse om återkrav"),
        ("p", _OPENING.format(who="Lindesby kommun")),
        ("h2", "1. Barn och unga"),
        ("h2", "1.1 Insats: Läxhjälp i Västra Lindesby"),
        ("p", "Socialstyrelsen återkräver 36 000 kronor och anser att läxhjälpen är skolans ansvar."),
        ("p", "Kommunen bestrider återkravet."),
        ("h2", "1.2 Insats: Sommarlovsbuss"),
        ("p", "Socialstyrelsen återkräver 14 500 kronor eftersom kostnaderna saknar verifikationer."),
        ("p", "Kommunen godtar återkravet och återbetalar beloppet."),
        ("h2", "2. Föräldrar"),
        ("h2", "2.1 Insats: Föräldracafé"),
        ("p", "Socialstyrelsen återkräver 22 000 kronor då caféet startade 2024."),
        ("p", "Kommunen bestrider återkravet."),
        ("p", "Eva Strand, socialchef"),
    ],
    dict(
        activities={
            "1.1": act("Läxhjälp i Västra Lindesby", "36000", "disputes", "0"),
            "1.2": act("Sommarlovsbuss", "14500", "accepts_full", "14500"),
            "2.1": act("Föräldracafé", "22000", "disputes", "0"),
        },
        attachments=[],
    ),
)

# 9. A closing summary whose unit stands in its caption ("Sammanställning (tkr)"), not in the
# header: its bare numbers are thousands of kronor.
_add(
    "hedby",
    "Hedby kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens bedömning"),
        ("p", _OPENING.format(who="Hedby kommun")),
        ("h2", "1. Nattvandring"),
        ("p", "Socialstyrelsen återkräver 68 500 kronor eftersom underlag saknas."),
        ("p", "Kommunen återbetalar beloppet."),
        ("h2", "2. Sommarkollo"),
        ("p", "Socialstyrelsen återkräver 40 000 kronor och anser att kollot är ordinarie verksamhet."),
        ("p", "Kommunen bestrider återkravet."),
        ("p", "Sammanställning (tkr)"),
        ("table", [["Aktivitet", "Återkrav", "Återbetalas"], ["1", "68,5", "68,5"], ["2", "40", "0"], ["Totalt", "108,5", "68,5"]]),
        ("p", "Per Holm, socialchef"),
    ],
    dict(
        activities={
            "1": act("Nattvandring", "68500", "accepts_full", "68500"),
            "2": act("Sommarkollo", "40000", "disputes", "0"),
        },
        attachments=[],
        refs=set(),
        absent_checks={"summary_table_mismatch", "stated_total_mismatch"},
    ),
)

# 10. The agency's view and the municipality's answer in one paragraph.
_add(
    "borgby",
    "Borgby kommun",
    [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", _OPENING.format(who="Borgby kommun")),
        ("h2", "Aktivitet 1 Läxläsning – 26 000 kr"),
        ("p", "Enligt Socialstyrelsen saknas verifikationer för kostnaderna. Kommunen har inga invändningar mot återkravet."),
        ("h2", "Aktivitet 2 Fritidsbuss – 41 000 kr"),
        (
            "p",
            "Socialstyrelsen anser att bussen är en del av kollektivtrafiken. Bussen körde bara mellan "
            "området och fritidsgården. Kommunen bestrider återkravet.",
        ),
        ("p", "Nils Berg, socialchef"),
    ],
    dict(
        activities={
            "1": act("Läxläsning", "26000", "accepts_full", "26000"),
            "2": act("Fritidsbuss", "41000", "disputes", "0"),
        },
        attachments=[],
    ),
)
