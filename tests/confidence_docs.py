"""A response whose position sentences test the confidence policy (pipeline.confidence): one
position worded plainly, one whose sentence also states the sum repaid, one left to a default for
a sentence with no wording, one such default that cites an attachment, one sentence that both
accepts an amount and disputes the rest, and one acceptance in full that leaves the sum to the
claim. Invented municipality, amounts and wording."""

from __future__ import annotations

from pathlib import Path

from render import render

LILLNAS = [
    ("h1", "Yttrande över preliminärt beslut om återkrav"),
    ("p", "Lillnäs kommun, 2025-04-07. Dnr SN 2025/112."),
    ("h2", "1. Läxhjälp i Centrum (30 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
    ("p", "Kommunen bestrider återkravet."),
    ("h2", "2. Sommarläger vid Storsjön (24 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att lägret låg utanför bidragsperioden."),
    ("p", "Kommunen godtar återkravet och betalar tillbaka 24 000 kronor."),
    ("h2", "3. Fritidsgården Gnistan (18 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att verksamheten är ordinarie verksamhet."),
    ("p", "Verksamheten bedrevs på fritidsgården tre kvällar i veckan under hela året."),
    ("h2", "4. Föräldracafé (9 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att deltagandet inte är styrkt."),
    ("p", "Närvarolistorna för hösten finns i bilaga 1."),
    ("h2", "5. Simskola för nyanlända (40 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att kostnaden för badhuset inte avser målgruppen."),
    ("p", "Kommunen vidgår att 12 000 kronor ska återbetalas men bestrider återkravet i övrigt."),
    ("h2", "6. Idrottsskola (15 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att skolan startade efter bidragsperioden."),
    ("p", "Kommunen godtar återkravet."),
    ("h2", "Bilagor"),
    ("p", "Bilaga 1 Närvarolistor hösten 2023"),
]


def lillnas(path: Path) -> Path:
    return render(path, LILLNAS, "Lillnäs kommun   Socialnämnden", "Sida {page}")


# A contents page whose entries the headings confirm (1), name differently (2: a fuzzy match)
# and place on another page than printed (3: a page inserted after the contents were written).
BERGVIK = [
    ("h1", "Yttrande över preliminärt återkrav av statsbidrag"),
    ("p", "Bergviks kommun, 2025-05-12"),
    ("h2", "Innehåll"),
    ("toc", [("1. Läxhjälp i Centrum", 2), ("2. Sommarläger vid Storsjön med övernattning", 3), ("3. Föräldracafé på biblioteket", 3)]),
    ("break",),
    ("h2", "1. Läxhjälp i Centrum (30 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
    ("p", "Kommunen bestrider återkravet."),
    ("break",),
    ("h2", "2. Sommarläger (24 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att lägret låg utanför bidragsperioden."),
    ("p", "Kommunen bestrider återkravet."),
    ("break",),
    ("h2", "3. Föräldracafé på biblioteket (9 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att deltagandet inte är styrkt."),
    ("p", "Kommunen bestrider återkravet."),
]


def bergvik(path: Path) -> Path:
    return render(path, BERGVIK, "Bergviks kommun", "Sida {page}")
