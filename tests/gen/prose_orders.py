"""Small responses whose activity headings take forms the numbering readers did not know (issue 12
point 4, issue 13): the agency's number at the END of the heading in brackets ("Title (akt. 9)"),
activities treated in the municipality's own order (largest claim first), a lead-in word before the
activity's word ("Beträffande projekt 4: …"), a claim label before the heading's amount
("– återkrävt belopp 18 000 kr"), and activities answered in groups: a heading naming several
activities, one item line per activity, then one assessment and one answer for the whole group.

    /work/main/.venv/bin/python tests/gen/prose_orders.py

Writes tests/data/prose_orders/<case>.pdf and expected.json. The expected values were written
here, with the documents, before the pipeline ran on any of them. Every name, amount and sentence
is invented (municipality names are real). Drawn on a reportlab canvas (tests/gen/prose_signals.py's
Sheet), deterministic, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_signals import Sheet, letterhead, sign  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "prose_orders"
EXPECTED: dict[str, dict] = {}


def act(no: str, title: str, claimed: str, position: str | None = None) -> dict:
    out = {"activity_no": no, "title": title, "claimed": claimed}
    if position:
        out["position"] = position
    return out


def gnosjo(path: Path) -> None:
    """The agency's number after the title in brackets, '(Socialstyrelsens nr 4)'; the claim in a
    sentence under the heading; increasing numbers."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Gnosjö kommun", "2025-03-02", "Yttrande angående preliminärt återkrav")
    s.para("Socialstyrelsens numrering av aktiviteterna står inom parentes efter varje rubrik.")
    items = [
        ("4", "Fritidsbussen till Hillerstorp", "22 400", "Socialstyrelsen anser att bussen är ordinarie kollektivtrafik.", "disputes"),
        ("7", "Läxhjälp på biblioteket", "9 600", "Enligt Socialstyrelsen saknas underlag för arvodena.", "accepts_full"),
        ("10", "Tjejgrupp i Åsenhöga", "15 250", "Socialstyrelsen bedömer att gruppen inte når det utpekade området.", "disputes"),
    ]
    for no, title, amount, agency, pos in items:
        s.head(f"{title} (Socialstyrelsens nr {no})")
        s.para(f"Det återkrävda beloppet är {amount} kronor. {agency}")
        s.para("Kommunen godtar återkravet." if pos == "accepts_full" else "Kommunen bestrider återkravet i sin helhet.")
    sign(s, "Maria Lind", "Socialchef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, p in items]}


def lekeberg(path: Path) -> None:
    """The number at the end in brackets ('(akt. 9)') AND the municipality's own order: 9, 2, 5."""
    s = Sheet(path, body_left=90)
    letterhead(s, "Lekebergs kommun", "Fjugesta 2025-02-28", "Svar på Socialstyrelsens preliminära beslut")
    s.para("Vi tar först upp de aktiviteter där mest pengar återkrävs.")
    items = [
        ("9", "Kvällsöppen idrottshall", "58 000", "Myndigheten menar att hallen hade hållits öppen ändå.", "disputes"),
        ("2", "Sommarjobb för unga i Fjugesta", "31 500", "Socialstyrelsen anser att lönerna inte är styrkta.", "disputes"),
        ("5", "Familjedag i Mullhyttan", "4 200", "Socialstyrelsen konstaterar att dagen hölls efter bidragsperioden.", "accepts_full"),
    ]
    for no, title, amount, agency, pos in items:
        s.head(f"{title} (akt. {no})", size=12)
        s.para(f"Återkrav: {amount} kr")
        s.para(agency)
        s.para("Nämnden medger återkravet." if pos == "accepts_full" else "Nämnden bestrider återkravet.")
    sign(s, "Olof Berg", "Ordförande")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, p in items]}


def hylte(path: Path) -> None:
    """A lead-in word before the activity's word and a claim label before the heading's amount:
    'Beträffande projekt 4: Title – återkrävt belopp 18 000 kr'."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Hylte kommun", "Hyltebruk 2025-03-06", "Kommunens synpunkter på återkravet")
    s.para("Hylte kommun lämnar synpunkter på tre projekt, sammanlagt 44 300 kr.")
    items = [
        ("4", "Simskola i Torup", "18 000", "Socialstyrelsen menar att simskolan är ordinarie verksamhet.", "disputes"),
        ("8", "Ungdomscafé Unnaryd", "20 300", "Socialstyrelsen anser att hyran inte är styrkt.", "disputes"),
        ("11", "Föräldrautbildning", "6 000", "Socialstyrelsen bedömer att utbildningen saknar koppling till området.", "accepts_full"),
    ]
    for no, title, amount, agency, pos in items:
        s.head(f"Beträffande projekt {no}: {title} – återkrävt belopp {amount} kr")
        s.para(agency)
        s.para("Kommunen godtar återkravet." if pos == "accepts_full" else "Kommunen bestrider återkravet.")
    sign(s, "Sven Ek", "Kommundirektör")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, p in items]}


def vara(path: Path) -> None:
    """'Avseende insats nummer 6 – Title' in the municipality's own order (6, 1, 3), the claim on a
    labelled line under each heading."""
    s = Sheet(path, body_left=80)
    letterhead(s, "Vara kommun", "2025-02-21", "Yttrande – återkrav av statsbidrag")
    s.para("Insatserna behandlas i den ordning kommunen prioriterar dem.")
    items = [
        ("6", "Trygghetsvärdar i Vara centrum", "40 000", "Socialstyrelsen anser att värdarna är ordinarie verksamhet.", "disputes"),
        ("1", "Fotbollsskola Kvänum", "12 750", "Enligt Socialstyrelsen hölls fotbollsskolan efter bidragsperioden.", "accepts_full"),
        ("3", "Mötesplats för föräldrar", "8 900", "Socialstyrelsen menar att kostnaderna saknar underlag.", "disputes"),
    ]
    for no, title, amount, agency, pos in items:
        s.head(f"Avseende insats nummer {no} – {title}")
        s.para(f"Belopp som återkrävs: {amount} kr")
        s.para(agency)
        s.para("Kommunen accepterar återkravet." if pos == "accepts_full" else "Kommunen motsätter sig återkravet.")
    sign(s, "Eva Nord", "Förvaltningschef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, p in items]}


def tranemo(path: Path) -> None:
    """Activities answered in groups: a heading naming the group's activities, one bulleted item
    line per activity ('• Insats 2, Title, 20 000 kr'), then one answer for the group."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Tranemo kommun", "2025-03-03", "Svar angående återkrav")
    s.para("Flera insatser har återkrävts av samma skäl. Kommunen svarar därför gruppvis.")
    groups = [
        (
            "Insatserna 2 och 5 – lovverksamhet",
            [("2", "Sportlovsläger", "20 000"), ("5", "Höstlovsaktiviteter", "14 500")],
            "Socialstyrelsen anser att loven ligger utanför bidragsperioden. Kommunen bestrider återkraven för båda insatserna.",
            "disputes",
        ),
        (
            "Insats 3 – personal",
            [("3", "Fältsekreterare i Limmared", "66 000")],
            "Socialstyrelsen menar att tjänsten är ordinarie verksamhet. Kommunen godtar återkravet.",
            "accepts_full",
        ),
    ]
    for head, members, text, _ in groups:
        s.head(head)
        for no, title, amount in members:
            s.para(f"• Insats {no}, {title}, {amount} kr", gap=2, indent=12)
        s.para(text)
    sign(s, "Karin Sjö", "Socialchef")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, t, a.replace(" ", "") + ".00", pos) for _, members, _, pos in groups for no, t, a in members]
    }


def ydre(path: Path) -> None:
    """Groups again, with dash items '– Projekt 1: Title (15 000 kr)' and a group heading that
    lists the numbers; the groups' numbers are not in increasing order (1, 4 then 3)."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Ydre kommun", "Österbymo 2025-02-27", "Yttrande över preliminärt beslut")
    s.para("Kommunen besvarar projekten i grupper efter Socialstyrelsens skäl.")
    groups = [
        (
            "Projekt 1 och 4 – kostnader utan underlag",
            [("1", "Ridskola för unga", "15 000"), ("4", "Matlagningskurs", "7 300")],
            "Socialstyrelsen menar att kostnaderna inte är styrkta. Kvitton bifogas. Kommunen bestrider återkraven.",
            "disputes",
        ),
        (
            "Projekt 3 – ordinarie verksamhet",
            [("3", "Fritidsgård Österbymo", "52 000")],
            "Socialstyrelsen anser att fritidsgården är ordinarie verksamhet. Kommunen medger återkravet.",
            "accepts_full",
        ),
    ]
    for head, members, text, _ in groups:
        s.head(head)
        for no, title, amount in members:
            s.para(f"– Projekt {no}: {title} ({amount} kr)", gap=2, indent=10)
        s.para(text)
    sign(s, "Nils Ros", "Ordförande")
    s.save()
    EXPECTED[path.name] = {
        "activities": [act(no, t, a.replace(" ", "") + ".00", pos) for _, members, _, pos in groups for no, t, a in members]
    }


def gislaved(path: Path) -> None:
    """Run-in bold headings opened by an abbreviated lead-in, the claim at the heading's end after a
    label: 'Avs. projekt 5, Title – belopp kr 12 000:-'; reasons as bullets; a terse answer line."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Gislaveds kommun", "2025-02-18", "Yttrande över preliminärt återkrav")
    s.para("Kommunen yttrar sig över de tre projekt som återkravet gäller, sammanlagt kr 61 400:-.")
    items = [
        ("5", "Kvällsfotboll Anderstorp", "12 000", "Verksamheten fanns redan före bidraget.", "Medges inte.", "disputes"),
        ("8", "Läger vid Bolmen", "27 400", "Kostnaderna för logi är inte styrkta.", "Medges.", "accepts_full"),
        ("13", "Språkcafé Smålandsstenar", "22 000", "Caféet når inte det utpekade området.", "Medges inte.", "disputes"),
    ]
    for no, title, amount, reason, answer, _ in items:
        s.head(f"Avs. projekt {no}, {title} – belopp kr {amount}:-")
        s.para("Socialstyrelsens skäl:", gap=2)
        s.para(f"• {reason}", gap=2, indent=10)
        s.para(f"Kommunens ställningstagande: {answer}")
    sign(s, "Anna Kvist", "Ordförande")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, _, p in items]}


def boxholm(path: Path) -> None:
    """A lead-in preposition and 'nr' before the id, the claim at the heading's end:
    'Rörande aktivitet nr 14 – Title, 8 400 kronor'."""
    s = Sheet(path, body_left=72)
    letterhead(s, "Boxholms kommun", "Boxholm den 5 mars 2025", "Svar till Socialstyrelsen om återkrav")
    s.para("Socialstyrelsen återkräver 30 900 kronor för två aktiviteter.")
    items = [
        ("14", "Sommarlovsaktiviteter Strålsnäs", "8 400", "Socialstyrelsen anser att lovet låg utanför perioden.", "disputes"),
        ("17", "Fältarbete i Boxholm centrum", "22 500", "Socialstyrelsen menar att fältarbetet är ordinarie.", "accepts_full"),
    ]
    for no, title, amount, agency, pos in items:
        s.head(f"Rörande aktivitet nr {no} – {title}, {amount} kronor")
        s.para(agency)
        s.para("Kommunen godtar återkravet." if pos == "accepts_full" else "Kommunen bestrider återkravet.")
    sign(s, "Per Ås", "Socialchef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, p in items]}


def _with_summary(path: Path, who: str, word: str, items: list[tuple], summary_head: str, summary: str) -> None:
    """Numbered headings, the last activity disputed, then an unnumbered summary heading whose text
    accepts other activities' claims: the summary is no part of the last activity."""
    s = Sheet(path, body_left=72)
    letterhead(s, who, "2025-03-04", "Yttrande över preliminärt beslut om återkrav")
    s.para("Kommunen svarar på varje aktivitet nedan.")
    for no, title, amount, agency, pos in items:
        s.head(f"{word} {no}. {title}")
        s.para(f"Socialstyrelsen återkräver {amount} kr. {agency}")
        s.para("Kommunen godtar återkravet." if pos == "accepts_full" else "Kommunen bestrider återkravet.")
    s.head(summary_head)
    s.para(summary)
    sign(s, "Lars Holm", "Ordförande")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, p in items]}


def eksjo(path: Path) -> None:
    items = [
        ("2", "Fritidsgård Hult", "14 000", "Gården anses vara ordinarie verksamhet.", "accepts_full"),
        ("6", "Läxhjälp Ränneslätt", "9 500", "Underlag för arvodena saknas.", "accepts_full"),
        ("9", "Idrottskväll i Mariannelund", "31 000", "Aktiviteten hölls efter bidragsperioden.", "disputes"),
    ]
    summary = "Kommunen godtar att betala tillbaka 23 500 kr och bestrider återkraven i övrigt, 31 000 kr."
    _with_summary(path, "Eksjö kommun", "Aktivitet", items, "Summering", summary)


def nybro(path: Path) -> None:
    items = [
        ("1", "Kulturskola Orrefors", "18 200", "Kostnaderna saknar underlag.", "accepts_full"),
        ("4", "Sommarjobb i Nybro", "45 000", "Lönerna är inte styrkta.", "disputes"),
    ]
    summary = "Sammanlagt medger nämnden 18 200 kr av totalt 63 200 kr som återkrävs."
    _with_summary(path, "Nybro kommun", "Insats", items, "Totalt", summary)


def _english(path: Path, who: str, items: list[tuple], claim_sentence: str) -> None:
    """A response in English: 'Activity 6 – <Swedish title>', the claim in an English sentence."""
    s = Sheet(path, body_left=72)
    for text in (who, "International Office", "Socialstyrelsen", "SE-106 30 Stockholm", "3 March 2025"):
        s.para(text, gap=1)
    s.head("Response to the preliminary decision on repayment", size=13, gap_above=14)
    s.para("The municipality comments on each activity below.")
    for no, title, amount, agency, pos in items:
        s.head(f"Activity {no} – {title}")
        s.para(claim_sentence.format(amount=amount) + " " + agency)
        s.para("The municipality accepts the claim in full." if pos == "accepts_full" else "The municipality contests the claim.")
    s.para("Yours sincerely", gap=16)
    s.para("Anna Berg", gap=1)
    s.para("Head of International Office")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(",", "") + ".00", p) for no, t, a, _, p in items]}


def lulea_en(path: Path) -> None:
    items = [
        ("2", "Fritidsgård Porsön", "36,400", "Socialstyrelsen considers the youth centre ordinary operations.", "disputes"),
        ("7", "Simskola i Bergnäset", "12,750", "According to Socialstyrelsen, the costs are not supported.", "accepts_full"),
    ]
    _english(path, "Luleå Municipality", items, "Amount reclaimed: {amount} SEK.")


def haninge_en(path: Path) -> None:
    items = [
        ("5", "Läxhjälp i Jordbro", "22,000", "Socialstyrelsen finds that the tutors were not paid from the grant.", "disputes"),
        ("9", "Sommarkollo Handen", "9,800", "Socialstyrelsen notes that the camp took place after the grant period.", "accepts_full"),
        ("12", "Fältgrupp Brandbergen", "51,300", "Socialstyrelsen considers the field team part of ordinary operations.", "disputes"),
    ]
    _english(path, "Haninge Municipality", items, "The amount claimed is SEK {amount}.")


def _in_parts(path: Path, who: str, part: str, word: str, items: list[tuple]) -> None:
    """A report in numbered parts ('Del 1 Bakgrund', 'Del 2 Kommunens svar') whose second part holds
    the activities under another word ('Aktivitet 4 – Title') with an amount line: the parts are
    no activities."""
    s = Sheet(path, body_left=72)
    letterhead(s, who, "2025-02-24", "Yttrande över preliminärt beslut om återkrav")
    s.head(f"{part} 1 Bakgrund")
    s.para("Kommunen fick statsbidrag för 2021–2023 och har tagit del av Socialstyrelsens preliminära beslut.")
    s.head(f"{part} 2 Kommunens svar")
    for no, title, amount, agency, pos in items:
        s.head(f"{word} {no} – {title}", size=10.5)
        s.para(f"Återkrävt belopp: {amount} kronor")
        s.para(agency)
        s.para("Kommunen godtar återkravet." if pos == "accepts_full" else "Kommunen bestrider återkravet.")
    sign(s, "Elin Dahl", "Socialchef")
    s.save()
    EXPECTED[path.name] = {"activities": [act(no, t, a.replace(" ", "") + ".00", p) for no, t, a, _, p in items]}


def hultsfred(path: Path) -> None:
    items = [
        ("4", "Fritidsbanken i Hultsfred", "26 000", "Socialstyrelsen anser att Fritidsbanken är ordinarie verksamhet.", "disputes"),
        ("8", "Lovläger i Virserum", "11 400", "Socialstyrelsen bedömer att kostnaden är för hög.", "accepts_full"),
    ]
    _in_parts(path, "Hultsfreds kommun", "Del", "Aktivitet", items)


def orsa(path: Path) -> None:
    items = [
        ("3", "Kvällsöppet i Orsa", "19 600", "Socialstyrelsen menar att kvällsöppet fanns redan före bidraget.", "disputes"),
        ("5", "Skridskoskola Skattungbyn", "7 250", "Socialstyrelsen anser att underlag saknas.", "accepts_full"),
        ("6", "Föräldracafé", "13 900", "Enligt Socialstyrelsen hölls caféet efter bidragsperioden.", "disputes"),
    ]
    _in_parts(path, "Orsa kommun", "Kapitel", "Projekt", items)


CASES = {
    "gnosjo": gnosjo,
    "lekeberg": lekeberg,
    "hylte": hylte,
    "vara": vara,
    "tranemo": tranemo,
    "ydre": ydre,
    "gislaved": gislaved,
    "boxholm": boxholm,
    "eksjo": eksjo,
    "nybro": nybro,
    "lulea-en": lulea_en,
    "haninge-en": haninge_en,
    "hultsfred": hultsfred,
    "orsa": orsa,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        make(OUT / f"yttrande-{name}.pdf")
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
