"""Small responses whose activities' titles and claims need the genre's arithmetic and layout
(issue 13 point 3, issue 12 point 4): cost items under a heading that add up to the stated sum
(the sum is the claim, not the first item); claims told only in the agency's or the letter's
sentences among other amounts, which only the stated total of the whole reclaim singles out; a
heading line that carries, after a wide gap, a reference to the decision; a run-in heading whose
title ends where the first sentence of the body begins; a heading whose title is followed by the
municipality's stance ("…: återkravet bestrids"); a counter ("Krav 2 av 3 –") before the title and
the agency's number in brackets after it.

    /work/main/.venv/bin/python tests/gen/prose_claims.py

Writes tests/data/prose_claims/<case>.pdf and expected.json. The expected values were written
here, with the documents, before the pipeline ran on any of them. Every name, amount and sentence
is invented (municipality names are real). Drawn on a reportlab canvas (the Sheet of
prose_signals.py), deterministic, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_signals import Sheet, act, letterhead, sign  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "prose_claims"
GREY = Color(0.45, 0.45, 0.45)
EXPECTED: dict[str, dict] = {}


def right_note(s: Sheet, text: str, *, size: float = 9.0) -> None:
    """A grey note set flush right on the line just drawn (the heading's line)."""
    s.c.setFillColor(GREY)
    s.c.setFont("Helvetica", size)
    y = s.y + size * 1.6 - 11.5
    s.c.drawString(540 - s.c.stringWidth(text, "Helvetica", size), y, text)
    s.c.setFillColor(Color(0, 0, 0))


def lycksele(path: Path) -> None:
    """'Aktivitet N: title' over tab-stop cost items and a 'Totalt återkrävt' row; no total in the intro."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Lycksele kommun", "Lycksele 2025-03-02", "Yttrande över preliminärt beslut om återkrav")
    s.para("Kommunen har tagit del av beslutet och lämnar sina synpunkter per aktivitet nedan.")
    items = [
        (
            "2",
            "Lovaktiviteter i Forsdala",
            [("Lön fritidsledare", "12 000 kr"), ("Bussresor", "4 500 kr"), ("Entréavgifter", "3 000 kr")],
            "19 500 kr",
        ),
        ("5", "Nattvandring i centrum", [("Västar och lampor", "2 800 kr"), ("Fika till vandrarna", "1 350 kr")], "4 150 kr"),
        ("6", "Språkstöd för föräldrar", [("Arvode tolk", "22 400 kr"), ("Lokalhyra", "6 000 kr")], "28 400 kr"),
    ]
    for no, title, costs, total in items:
        s.head(f"Aktivitet {no}: {title}")
        s.para("Återkrävda kostnader:", gap=2)
        for label, amount in costs:
            s.row([(90, label), (400, amount)])
        s.row([(90, "Totalt återkrävt"), (400, total)], bold=True)
        s.para("Socialstyrelsen bedömer att kostnaderna inte har styrkts. Kommunen bestrider återkravet och bifogar underlag.")
    sign(s, "Maria Lindgren", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, total.replace(" kr", "").replace(" ", "") + ".00") for no, title, _, total in items]
    }


def sala(path: Path) -> None:
    """'N. title' headings, dashed item lines in kronor and a 'Summa' line; the total in the intro."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Sala kommun", "2025-02-20", "Svar på Socialstyrelsens förslag till beslut om återkrav")
    s.para("Förslaget gäller tre aktiviteter och sammanlagt 61 900 kronor. Kommunens svar följer nedan.")
    items = [
        ("1", "Ungdomsråd i Ängshaga", [("Arvoden", "9 000 kronor"), ("Studieresa", "14 500 kronor")], "23 500 kronor"),
        (
            "3",
            "Mötesplats Bryggeriet",
            [("Lokalhyra", "18 000 kronor"), ("Städning", "2 400 kronor"), ("Inventarier", "5 600 kronor")],
            "26 000 kronor",
        ),
        ("4", "Simskola för vuxna", [("Instruktörer", "8 800 kronor"), ("Badentréer", "3 600 kronor")], "12 400 kronor"),
    ]
    for no, title, costs, total in items:
        s.head(f"{no}. {title}")
        for label, amount in costs:
            s.para(f"– {label}: {amount}", gap=1, indent=12)
        s.para(f"Summa: {total}", gap=6, indent=12)
        s.para("Enligt Socialstyrelsen ligger kostnaderna utanför bidragets syfte. Kommunen delar inte den bedömningen.")
    sign(s, "Per Nyström", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, total.replace(" kronor", "").replace(" ", "") + ".00") for no, title, _, total in items]
    }


def tranas(path: Path) -> None:
    """The claim only in the agency's quoted sentence, among the activity's other amounts; the total in the intro."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Tranås kommun", "Tranås den 12 mars 2025", "Yttrande över Socialstyrelsens preliminära beslut")
    s.para("Socialstyrelsen vill att kommunen betalar tillbaka 97 300 kronor. Nedan citerar vi beslutet och svarar på varje del.")
    items = [
        (
            "2",
            "Fritidsgård Ekhagen",
            "52 000",
            "”Verksamheten fanns före bidraget. De 52 000 kronor som redovisats har använts till ordinarie drift.”",
            "Fritidsgården kostade 240 000 kronor under året och bidraget finansierade bara kvällsöppet.",
        ),
        (
            "4",
            "Sommarkollo på Holaveden",
            "31 800",
            "”Kollot kostade 31 800 kronor och genomfördes efter bidragsperiodens slut.”",
            "Kommunen medger att kollot hölls i augusti och återbetalar 10 000 kronor av beloppet.",
        ),
        (
            "7",
            "Läxhjälp på biblioteket",
            "13 500",
            "”Underlag saknas för 13 500 kronor av kostnaderna för läxhjälpen.”",
            "Underlaget bifogas. Biblioteket hade 3 200 besök under året.",
        ),
    ]
    for no, title, _, quote, answer in items:
        s.head(f"Aktivitet {no} – {title}")
        s.para(quote, indent=18)
        s.para(answer)
    sign(s, "Karin Ek", "Ordförande, barn- och utbildningsnämnden")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, claim, _, _ in items]}


def ludvika(path: Path) -> None:
    """The heading line carries, flush right in grey and smaller, a reference to the decision."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Ludvika kommun", "2025-02-28", "Yttrande – återkrav av statsbidrag")
    s.para("Kommunen yttrar sig här över de tre aktiviteter som Socialstyrelsen vill återkräva bidrag för.")
    items = [
        ("1", "Föräldracafé i Marnäs", "Beslutet, s. 4 punkt 2", "25 000 kr"),
        ("3", "Feriejobb i parkförvaltningen", "Beslutet, s. 5 punkt 4", "47 250 kr"),
        ("8", "Idrott på lovet", "Beslutet, s. 7 punkt 9", "11 600 kr"),
    ]
    for no, title, ref, amount in items:
        s.head(f"Aktivitet {no} {title}")
        right_note(s, ref)
        s.para(f"Återkrävt belopp: {amount}", gap=4)
        s.para("Socialstyrelsen anser att aktiviteten inte har nått de boende i området. Kommunen bestrider återkravet.")
    sign(s, "Eva Berg", "Enhetschef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, amount.replace(" kr", "").replace(" ", "") + ".00") for no, title, _, amount in items]
    }


def skovde(path: Path) -> None:
    """Run-in headings: 'Aktivitet N. Title. The agency's sentence …' in one wrapped paragraph; the
    claim in the paragraph's second sentence, the total in the intro."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Skövde kommun", "Skövde 2025-03-05", "Yttrande över preliminärt beslut om återkrav av statsbidrag")
    s.para("Det preliminära beslutet avser tre aktiviteter och sammanlagt 88 700 kronor. Kommunen yttrar sig i tur och ordning.")
    items = [
        ("4", "Trygghetsvärdar på Norrmalm", "38 000", "Socialstyrelsen bedömer att värdarna utförde ordinarie arbetsuppgifter"),
        ("9", "Matlagning för unga i Södra Ryd", "16 700", "Enligt Socialstyrelsen saknas kvitton för inköpen av livsmedel"),
        ("11", "Konstprojekt vid Billingen", "34 000", "Socialstyrelsen menar att projektet inte riktades till områdets boende"),
    ]
    for no, title, claim, agency in items:
        s.para(
            f"Aktivitet {no}. {title}. {agency}, och återkräver därför {claim} kronor. Kommunen delar inte den bedömningen och bestrider "
            "återkravet i sin helhet, se bilagda underlag.",
            gap=10,
        )
    sign(s, "Johan Ström", "Socialdirektör")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, claim, _ in items]}


def nykoping(path: Path) -> None:
    """The municipality's stance after the title on the heading line ('…: återkravet medges delvis')."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Nyköpings kommun", "2025-02-25", "Yttrande över preliminärt beslut om återkrav")
    s.para("Nämndens ställningstagande står i rubriken för varje aktivitet.")
    items = [
        ("2", "Läger för unga ledare", "återkravet bestrids", "18 400"),
        ("6", "Boendedialoger i Brandholmen", "återkravet medges", "9 900"),
        ("7", "Kvällsfotboll i Arnö", "kommunen återkommer", "21 000"),
    ]
    for no, title, stance, claim in items:
        s.head(f"Aktivitet {no} – {title}: {stance}")
        s.para(f"Återkrävt: {claim} kr", gap=4)
        s.para("Socialstyrelsen anser att underlaget inte räcker. Nämnden redovisar sin syn i bilagan.")
    sign(s, "Sara Holm", "Ordförande")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, _, claim in items]}


def mjolby(path: Path) -> None:
    """A counter before the title ('Krav 2 av 3 – …') and the agency's number in brackets after it."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Mjölby kommun", "Mjölby 2025-03-10", "Yttrande – preliminärt återkrav")
    s.para("Kraven behandlas i beslutets ordning; numret inom parentes är Socialstyrelsens.")
    items = [("4", "Fritidsbank i Skänninge", "14 200"), ("7", "Sommarjobb i parkerna", "61 500"), ("12", "Tjejkväll på Vifolka", "8 300")]
    for k, (no, title, claim) in enumerate(items, 1):
        s.head(f"Krav {k} av {len(items)} – {title} (aktivitet {no})")
        s.para(f"Återkrävt belopp: {claim} kr", gap=4)
        s.para("Socialstyrelsen bedömer att aktiviteten är ordinarie verksamhet. Kommunen bestrider återkravet.")
    sign(s, "Lena Åberg", "Fritidschef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, claim in items]}


def separated(path: Path, who: str, scheme: str, mark: str, label: str, items: list[tuple[str, str, str]]) -> None:
    """'<scheme> N <mark> Title' headings: a mark ('·', '|', '•') between the number and the title."""
    s = Sheet(path, body_left=72)
    letterhead(s, who, "2025-03-03", "Yttrande över preliminärt beslut om återkrav")
    s.para("Kommunen svarar nedan på Socialstyrelsens preliminära beslut, en rubrik per aktivitet.")
    for no, title, claim in items:
        s.head(f"{scheme} {no} {mark} {title}")
        s.para(f"{label} {claim} kr", gap=4)
        s.para("Socialstyrelsen anser att kostnaden är ordinarie verksamhet. Kommunen bestrider återkravet.")
    sign(s, "Anna Kvist", "Nämndsekreterare")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, claim in items]}


def boden(path: Path) -> None:
    separated(
        path, "Bodens kommun", "Insats", "•", "Belopp:", [("3", "Lovskola i Sävast", "12 000"), ("5", "Fritidsgård Svartbyn", "33 750")]
    )


def kumla(path: Path) -> None:
    separated(
        path,
        "Kumla kommun",
        "Aktivitet",
        "|",
        "Återkrävt belopp",
        [("1", "Föräldrakurs på Hällabrottet", "9 000"), ("2", "Idrottsskola", "15 400"), ("6", "Kvällsbemanning Ekeby", "40 100")],
    )


def summary_at_end(path: Path, who: str, heads: list[str], xs: list[float], items: list[tuple[str, str, str, str]]) -> None:
    """Headings without amounts; the claims only in a summary table at the end whose header names a
    number column and a name column before the money ("Nr | Aktivitet | Återkrävt (kr) | …")."""
    s = Sheet(path, body_left=72)
    letterhead(s, who, "2025-03-07", "Yttrande angående preliminärt beslut om återkrav")
    s.para("Kommunen yttrar sig över varje aktivitet. Beloppen framgår av sammanställningen sist i yttrandet.")
    for no, title, _, stance in items:
        s.head(f"Aktivitet {no} – {title}")
        s.para(f"Socialstyrelsen bedömer att insatsen inte motsvarar bidragets syfte. Kommunen {stance.lower()} återkravet.")
    s.head("Sammanställning", size=11)
    s.row(list(zip(xs, heads, strict=True)), bold=True)
    for no, title, claim, stance in items:
        s.row(list(zip(xs, [no, title, claim, stance], strict=True)))
    sign(s, "Olle Sund", "Socialchef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, claim, _ in items]}


def hallsberg(path: Path) -> None:
    summary_at_end(
        path,
        "Hallsbergs kommun",
        ["Nr", "Aktivitet", "Återkrävt (kr)", "Inställning"],
        [72, 100, 330, 430],
        [
            ("2", "Sommarlovsbuss", "18 200", "Bestrider"),
            ("4", "Läxhjälp i Vretstorp", "7 350", "Medger"),
            ("9", "Trygghetsvärdar", "52 000", "Bestrider"),
        ],
    )


def vetlanda(path: Path) -> None:
    summary_at_end(
        path,
        "Vetlanda kommun",
        ["Akt.", "Benämning", "Belopp", "Kommunens ställningstagande"],
        [72, 110, 320, 400],
        [("1", "Mötesplats Bäckseda", "26 900", "Medger"), ("3", "Ungdomsråd", "4 800", "Bestrider")],
    )


def by_stance(path: Path, who: str, groups: list[tuple[str, list[tuple[str, str, str]]]], scheme: str, claim_label: str) -> None:
    """Activities grouped under the municipality's stance, out of the agency's order, each a run-in
    paragraph: '<scheme> N: Title. <claim label> 12 000 kr. The agency's reason …'."""
    s = Sheet(path, body_left=72)
    letterhead(s, who, "2025-02-26", "Svar på preliminärt beslut om återkrav av statsbidrag")
    s.para("Kommunen har gått igenom samtliga aktiviteter och redovisar dem ordnade efter sitt ställningstagande.")
    for k, (group, items) in enumerate(groups, 1):
        s.head(f"{k}. {group}")
        for no, title, claim in items:
            s.para(f"{scheme} {no}: {title}. {claim_label} {claim} kr. Socialstyrelsen bedömer att underlaget inte räcker för kostnaderna.")
    sign(s, "Nils Ek", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, title, claim.replace(" ", "") + ".00") for _, items in groups for no, title, claim in items]
    }


def lidkoping(path: Path) -> None:
    by_stance(
        path,
        "Lidköpings kommun",
        [
            ("Återkrav som kommunen medger", [("3", "Lovfiske vid Vänern", "6 200"), ("8", "Kvällsfika i Margretelund", "3 900")]),
            ("Återkrav som kommunen bestrider", [("1", "Fältgruppen", "88 000"), ("5", "Läxhjälp i Östra skolan", "14 600")]),
        ],
        "Aktivitet",
        "Återkrävt belopp",
    )


def eslov(path: Path) -> None:
    by_stance(
        path,
        "Eslövs kommun",
        [
            ("Godtagna återkrav", [("6", "Simskola i Väster", "11 250")]),
            ("Bestridda återkrav", [("2", "Ungdomens hus", "72 300"), ("4", "Trygghetsvandringar", "5 100")]),
        ],
        "Insats",
        "Återkrav",
    )


def delegated(path: Path, who: str, point: str, items: list[tuple[str, str, str, str]]) -> None:
    """A delegation decision ('Delegationsbeslut'): numbered decision points that name the activity in
    lower case after the point's number ('Punkt 2 – aktivitet 4, Title (12 000 kr)'), the stance in
    the passive ('Beslut: Återkravet bestrids.')."""
    s = Sheet(path, body_left=72)
    for text in (who, "DELEGATIONSBESLUT", "Beslutsdatum 2025-02-18", "Mottagare: Socialstyrelsen"):
        s.para(text, gap=1)
    s.head("Bakgrund", size=11)
    s.para("Socialstyrelsen har meddelat att myndigheten avser att återkräva delar av statsbidraget för 2022.")
    s.head("Beslut", size=11)
    for k, (no, title, claim, stance) in enumerate(items, 1):
        s.para(f"{point} {k} – aktivitet {no}, {title} ({claim} kr)", gap=2)
        s.para("Socialstyrelsen har bedömt att kostnaderna inte är styrkta.", gap=2)
        s.para(f"Beslut: Återkravet {stance}.")
    sign(s, "Ulla Berg", "förvaltningschef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "") + ".00") for no, title, claim, _ in items]}


def mariestad(path: Path) -> None:
    delegated(
        path,
        "Mariestads kommun",
        "Beslutspunkt",
        [("2", "Läxhjälp i Ekudden", "12 000", "medges"), ("6", "Sommarlovsbuss", "30 500", "bestrids")],
    )


def orebro(path: Path) -> None:
    delegated(
        path,
        "Örebro kommun",
        "Punkt",
        [
            ("1", "Fältgrupp Vivalla", "64 000", "avvisas"),
            ("3", "Föräldracafé", "5 250", "medges"),
            ("7", "Idrott för tjejer", "18 900", "avvisas"),
        ],
    )


def side_column(path: Path, who: str, items: list[tuple[str, str, str]], width: float) -> None:
    """A narrow left column per activity ('Aktivitet N', its title wrapped over lines, the claim), the
    agency's view and the answer in a wide right column beside it."""
    s = Sheet(path, body_left=72)
    letterhead(s, who, "2025-02-19", "Yttrande över preliminärt beslut om återkrav")
    s.para("Kommunen yttrar sig nedan över varje aktivitet som beslutet omfattar.")
    for no, title, claim in items:
        s._room(120)
        top = s.y
        left = [(f"Aktivitet {no}", "Helvetica-Bold"), *((t, "Helvetica") for t in simpleSplit(title, "Helvetica", 10, width))]
        left += [("Återkrav", "Helvetica"), (f"{claim} SEK", "Helvetica")]
        for k, (text, font) in enumerate(left):
            s.c.setFont(font, 10)
            s.c.drawString(72, top - 12 - 13 * k, text)
        right = [
            "Socialstyrelsens bedömning",
            "Kostnaderna kan inte verifieras mot redovisningen.",
            "Kommunens svar",
            "Kommunen bestrider återkravet.",
        ]
        for k, text in enumerate(right):
            s.c.setFont("Helvetica-Bold" if k % 2 == 0 else "Helvetica", 10)
            s.c.drawString(220, top - 12 - 14 * k, text)
        s.y = top - 13 * max(len(left), len(right)) - 24
    sign(s, "Tove Ek", "Socialchef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, title, claim.replace(" ", "").replace(",00", "") + ".00") for no, title, claim in items]}


def soderhamn(path: Path) -> None:
    side_column(
        path,
        "Söderhamns kommun",
        [
            ("2", "Lovskola och lovaktiviteter i Mo", "42 500,00"),
            ("5", "Fritidsbanken", "8 000,00"),
            ("9", "Ungdomscoacher för unga vuxna i Östra", "61 200,00"),
        ],
        110,
    )


def ockelbo(path: Path) -> None:
    side_column(
        path, "Ockelbo kommun", [("1", "Sommarkollo för barn från Åmot", "15 300,00"), ("4", "Föräldraträffar i centrum", "7 900,00")], 95
    )


CASES = {
    "lycksele": lycksele,
    "sala": sala,
    "tranas": tranas,
    "ludvika": ludvika,
    "skovde": skovde,
    "nykoping": nykoping,
    "mjolby": mjolby,
    "boden": boden,
    "kumla": kumla,
    "hallsberg": hallsberg,
    "vetlanda": vetlanda,
    "lidkoping": lidkoping,
    "eslov": eslov,
    "mariestad": mariestad,
    "orebro": orebro,
    "soderhamn": soderhamn,
    "ockelbo": ockelbo,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        make(OUT / f"yttrande-{name}.pdf")
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
