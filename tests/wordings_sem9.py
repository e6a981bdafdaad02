"""Responses for positions and repayments in wordings the rules were not written for (issue 13,
point 2), each with the values a reader expects, written before the pipeline was run on them:

- the agency's demand restated under a question heading ("Vad begär Socialstyrelsen?" /
  "Socialstyrelsen vill att nämnden betalar tillbaka …"): the agency speaks, the municipality's
  position is in its own answer below;
- a position given only as a terse verdict on a labelled status line, after a symbol
  ("Nämndens svar: ✓ Godtas", "✗ Avvisas", "◑ Godtas delvis – 9 500 kr", "Ställning tas senare");
- a part accepted and the rest disputed in one sentence, where the part is an item of the claim
  ("betalar tillbaka 7 400 kr för lokalhyran och invänder mot återkravet i övrigt", "kan gå med på
  5 000 kronor men inte mer").

`EXPECTED[name]` holds activities (claimed, reasons, position, repayment).
"""

from __future__ import annotations

from pathlib import Path

from render import render
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from wordings import act

RESPONSES: dict[str, tuple[list, str]] = {}  # name -> (blocks, running header)
EXPECTED: dict[str, dict] = {}
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _symbols(text: str) -> str:
    """The text with its status symbols set in a font that has them (Helvetica has none)."""
    if not FONT_FILE.exists():
        return text
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_FILE)))
    for sym in "✓✗◑?":
        text = text.replace(sym, f'<font name="DejaVu">{sym}</font>')
    return text


def make(name: str, path: Path) -> Path:
    blocks, header = RESPONSES[name]
    return render(path, [(b[0], _symbols(b[1])) if b[0] == "p" else b for b in blocks], header, "Sida {page}")


def _add(name: str, header: str, blocks: list, expected: dict) -> None:
    RESPONSES[name], EXPECTED[name] = (blocks, header), expected


# 1. Plain-language questions as headings; the agency's demand restated with the municipality as
# the object ("vill att nämnden betalar tillbaka"), then the municipality's answer.
_add(
    "orsa",
    "Orsa kommun – Kultur- och fritidsnämnden",
    [
        ("h1", "Svar på förslaget om återkrav"),
        ("p", "Nämnden svarar här på Socialstyrelsens förslag, en aktivitet i taget."),
        ("h2", "Aktivitet 3 – Sommarkollo vid Orsasjön – 44 000 kr"),
        ("h2", "Vad begär Socialstyrelsen?"),
        ("p", "Socialstyrelsen vill att nämnden betalar tillbaka 44 000 kronor för kollot."),
        ("h2", "Varför?"),
        ("p", "Socialstyrelsen anser att kollot vände sig till alla barn i kommunen och inte till de boende i området."),
        ("h2", "Vad svarar nämnden?"),
        ("p", "Nämnden håller inte med. Deltagarlistan visar att 31 av 34 barn bodde i Stackmora."),
        ("h2", "Aktivitet 5 – Kvällsöppet i sporthallen – 26 500 kr"),
        ("h2", "Vad begär Socialstyrelsen?"),
        ("p", "Myndigheten begär att kommunen återbetalar 26 500 kronor."),
        ("h2", "Varför?"),
        ("p", "Socialstyrelsen menar att kvällsöppet är en del av den ordinarie fritidsverksamheten."),
        ("h2", "Vad svarar nämnden?"),
        ("p", "Vi förstår bedömningen. Nämnden betalar tillbaka hela beloppet."),
        ("h2", "Aktivitet 7 – Tjejgrupp i Orsa centrum – 18 000 kr"),
        ("h2", "Vad begär Socialstyrelsen?"),
        ("p", "Socialstyrelsen vill att vi återbetalar 18 000 kronor."),
        ("h2", "Varför?"),
        ("p", "Socialstyrelsen skriver att det saknas kvitton för gruppens inköp."),
        ("h2", "Vad svarar nämnden?"),
        ("p", "Kvitton finns för det mesta. Vi kan gå med på 5 000 kronor men inte mer."),
    ],
    dict(
        activities={
            "3": act("44000", ["purpose_mismatch"], "disputes", "0"),
            "5": act("26500", ["ordinary_operations"], "accepts_full", "26500"),
            "7": act("18000", ["unverifiable_costs"], "accepts_partial", "5000"),
        },
    ),
)

# 2. The position only on a labelled status line with a symbol before a terse verdict; the
# paragraphs around it explain but state no position.
_add(
    "lycksele",
    "Lycksele kommun, socialnämnden",
    [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", "Socialnämnden lämnar följande yttrande över de fyra aktiviteter som beslutet gäller."),
        ("h2", "Aktivitet 1 Läxläsning i Forsdala – 31 200 kr"),
        ("p", "Socialstyrelsen bedömer att läxläsningen ingår i skolans ordinarie uppdrag."),
        ("p", "Läxläsningen leddes av skolans egna lärare under skoltid."),
        ("p", "Nämndens svar: ✓ Godtas"),
        ("h2", "Aktivitet 2 Fältgrupp kvällstid – 64 000 kr"),
        ("p", "Socialstyrelsen anser att fältgruppens arbete utgjorde myndighetsutövning."),
        ("p", "Fältgruppen fattade inga beslut och hade ingen tillgång till akter."),
        ("p", "Nämndens svar: ✗ Avvisas"),
        ("h2", "Aktivitet 4 Bussresor till badhuset – 22 000 kr"),
        ("p", "Socialstyrelsen menar att kostnaden för resorna inte kan verifieras."),
        ("p", "Fakturor finns för vårens resor men inte för höstens."),
        ("p", "Nämndens svar: ◑ Godtas delvis – 9 500 kr"),
        ("h2", "Aktivitet 6 Föräldraträffar – 15 750 kr"),
        ("p", "Socialstyrelsen konstaterar att träffarna hölls efter bidragsperiodens slut."),
        ("p", "Datum för träffarna kontrolleras med studieförbundet."),
        ("p", "Nämndens svar: ? Ställning tas senare"),
    ],
    dict(
        activities={
            "1": act("31200", ["ordinary_operations"], "accepts_full", "31200"),
            "2": act("64000", ["exercise_of_authority"], "disputes", "0"),
            "4": act("22000", ["unverifiable_costs"], "accepts_partial", "9500"),
            "6": act("15750", ["outside_grant_period"], "unclear", None),
        },
    ),
)

# 3. A part accepted as an item of the claim and the rest disputed in the same sentence, the
# repaid item named before or after its amount; a full acceptance worded with a cost item too.
_add(
    "mora",
    "Mora kommun – Barn och utbildning",
    [
        ("h1", "Yttrande – återkrav av statsbidrag"),
        ("p", "Förvaltningen yttrar sig nedan på uppdrag av nämnden."),
        ("h2", "2. Musikverkstad på Noretskolan, 52 800 kr"),
        ("p", "Enligt Socialstyrelsen går lönekostnaderna för verkstadens ledare inte att styrka."),
        ("p", "Förvaltningen betalar tillbaka 7 400 kr för lokalhyran och invänder mot återkravet i övrigt."),
        ("h2", "4. Dansprojekt i Färnäs, 38 000 kr"),
        ("p", "Socialstyrelsen bedömer att projektet inte riktade sig till barn och unga i det utpekade området."),
        ("p", "För materialkostnaden, 3 900 kronor, medger förvaltningen återkravet; resten bestrids."),
        ("h2", "6. Lovaktiviteter i Östnor, 12 300 kr"),
        ("p", "Socialstyrelsen anser att aktiviteterna genomfördes år 2024, efter bidragsperioden."),
        ("p", "Förvaltningen instämmer och återbetalar beloppet."),
    ],
    dict(
        activities={
            "2": act("52800", ["unverifiable_costs"], "accepts_partial", "7400"),
            "4": act("38000", ["purpose_mismatch"], "accepts_partial", "3900"),
            "6": act("12300", ["outside_grant_period"], "accepts_full", "12300"),
        },
    ),
)

# 4. No claimed amount anywhere in the response (the agency's decision is referred to, not
# restated): a part accepted and the rest turned down is still a part, its amount the one the
# accepting clause states.
_add(
    "boden",
    "Bodens kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens beslut om återkrav"),
        ("p", "Kommunen har tagit del av beslutet och svarar för varje aktivitet nedan. Beloppen framgår av beslutet."),
        ("h2", "Aktivitet 2: Mötesplats i Svartbyn"),
        ("p", "Socialstyrelsen menar att mötesplatsen har finansierats inom socialtjänstens ordinarie budget."),
        ("p", "Kommunen återbetalar 6 300 kronor, som motsvarar hyran för maj, och bestrider återkravet i övrigt."),
        ("h2", "Aktivitet 3: Ungdomsledare på Hedenskolan"),
        ("p", "Socialstyrelsen bedömer att lönekostnaderna för ungdomsledarna inte går att verifiera."),
        ("p", "Tidrapporter finns för våren. Kommunen kan därför godta ett återkrav om 4 100 kronor, men inte mer."),
        ("h2", "Aktivitet 5: Idrottsskola i Sävast"),
        ("p", "Socialstyrelsen anser att idrottsskolan genomfördes efter bidragsperiodens slut."),
        ("p", "Kommunen bestrider återkravet. Idrottsskolan hölls under hösten 2023."),
    ],
    dict(
        activities={
            "2": act(None, ["ordinary_operations"], "accepts_partial", "6300"),
            "3": act(None, ["unverifiable_costs"], "accepts_partial", "4100"),
            "5": act(None, ["outside_grant_period"], "disputes", "0"),
        },
    ),
)

# 5. A refusal with the subject after the verb ("Därför kan nämnden inte godta …", "anser vi
# inte att …"), an answer not yet known and promised later, and reasons named by a compound's
# head ("ordinarie simhallsverksamhet") or by documents written afterwards.
_add(
    "alvdalen",
    "Älvdalens kommun – Socialnämnden",
    [
        ("h1", "Yttrande om återkrav"),
        ("p", "Socialnämnden yttrar sig över Socialstyrelsens beslut om återkrav för 2022."),
        ("h2", "Aktivitet 1 – Babysim för nyanlända – 19 800 kr"),
        ("p", "Socialstyrelsen anser att babysimmet är en del av kommunens ordinarie simhallsverksamhet."),
        ("p", "Babysimmet var ett nytt pass på lördagar. Därför kan nämnden inte godta återkravet."),
        ("h2", "Aktivitet 3 – Läger i Idre – 41 000 kr"),
        ("p", "Socialstyrelsen misstänker att deltagarlistorna från lägret skrevs långt senare, i efterhand."),
        ("p", "Deltagarlistorna fördes varje dag av ledarna. Av det skälet anser vi inte att beloppet ska betalas tillbaka."),
        ("h2", "Aktivitet 4 – Fritidsledare i Blyberg – 57 600 kr"),
        ("p", "Socialstyrelsen bedömer att lönerna för fritidsledarna inte kan verifieras."),
        ("p", "Vi vet inte ännu hur många timmar som går att styrka. Nämnden yttrar sig så snart lönespecifikationerna har kommit."),
    ],
    dict(
        activities={
            "1": act("19800", ["ordinary_operations"], "disputes", "0"),
            "3": act("41000", ["fabricated_documents"], "disputes", "0"),
            "4": act("57600", ["unverifiable_costs"], "unclear", None),
        },
    ),
)

# 6. An acceptance narrowed by the next sentence ("… och för den godtar kommunen återkravet.
# Resten bestrider kommunen."): a part, its amount the one the closing states for the activity.
_add(
    "malung",
    "Malung-Sälens kommun",
    [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", "Kommunen lämnar synpunkter på de två aktiviteter som beslutet gäller."),
        ("h2", "Aktivitet 2 – Skidresor för unga i Sälen – 20 000 kr"),
        ("p", "Socialstyrelsen bedömer att kostnaderna för resorna inte kan verifieras."),
        ("p", "Kvitton saknas för en av de fyra resorna, och för den godtar kommunen återkravet. Resten bestrider kommunen."),
        ("h2", "Aktivitet 5 – Ungdomscafé i Malung – 33 000 kr"),
        ("p", "Socialstyrelsen anser att caféet riktade sig till alla invånare och inte till de boende i området."),
        ("p", "Kommunen bestrider återkravet. Caféet låg i området och besöktes av dess unga."),
        ("h2", "Sammanfattning"),
        ("p", "Kommunen medger återbetalning för aktivitet 2 med 4 500 kronor och bestrider återkravet för aktivitet 5."),
    ],
    dict(
        activities={
            "2": act("20000", ["unverifiable_costs"], "accepts_partial", "4500"),
            "5": act("33000", ["purpose_mismatch"], "disputes", "0"),
        },
    ),
)

# 7. A draft printed with its changes shown: the struck amount and the one set in its place stand
# side by side in the text ("medger att 9 000 kr 11 500 kr återbetalas"); the later one counts.
_add(
    "leksand",
    "Leksands kommun – UTKAST 2",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut"),
        ("p", "Kommunen yttrar sig över två aktiviteter."),
        ("h2", "Aktivitet 3 – Simskola i Insjön – 40 000 kr"),
        ("p", "Socialstyrelsen anser att kostnaden för simskolan är för hög i förhållande till antalet barn."),
        ("p", "Kommunen medger att <strike>9 000 kr</strike> <u>11 500 kr</u> återbetalas och bestrider återkravet i övrigt."),
        ("h2", "Aktivitet 8 – Sommarläger i Tällberg – 25 000 kr"),
        ("p", "Socialstyrelsen bedömer att lägret hölls efter bidragsperiodens slut."),
        ("p", "Kommunen återbetalar 6 000 kr för bussen och 4 000 kr för maten men bestrider resten."),
    ],
    dict(
        activities={
            "3": act("40000", ["excessive_cost"], "accepts_partial", "11500"),
            "8": act("25000", ["outside_grant_period"], "accepts_partial", "10000"),
        },
    ),
)
