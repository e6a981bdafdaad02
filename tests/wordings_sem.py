"""Six responses written for the semantic side of issue 13, each with the values a reader expects
from it (written before the pipeline was run on them): where the agency's reasons stand (after
the claim in the same paragraph or amount line, as a quotation of the decision with its page,
once for two activities under a joint heading), reasons in wordings the training file does not
hold, positions said with a modal verb or put off to later, amounts in a table whose first cell
is the activity's number, and people in signatures with a party over a title, "Inskickat av:"
lines and a contact person with a title after the name.

`EXPECTED[name]` holds activities (claimed, reasons, position, repayment), people (name, role,
party, phone, email) and, where given, amounts the money table must and must not hold.
"""

from __future__ import annotations

from pathlib import Path

from render import render
from wordings import act

RESPONSES: dict[str, tuple[list, str]] = {}  # name -> (blocks, running header)
EXPECTED: dict[str, dict] = {}


def make(name: str, path: Path) -> Path:
    return render(path, *RESPONSES[name], "Sida {page}")


def _add(name: str, header: str, blocks: list, expected: dict) -> None:
    RESPONSES[name], EXPECTED[name] = (blocks, header), expected


def person(name: str, role: str, party: str | None = None, phone: str | None = None, email: str | None = None) -> tuple:
    return (name, role, party, phone, email)


# 1. The claim first, then the agency's reason in the same paragraph ("Krav: … Socialstyrelsen
# menar att …"); a signature with the chair's party after the name and the title below, then a
# second signer; the case officer as "Handläggare:".
_add(
    "ramsele",
    "Ramsele kommun, Socialnämnden",
    [
        ("h1", "Socialnämndens yttrande om återkrav av statsbidrag"),
        ("p", "Socialstyrelsen vill återkräva 146 000 kr av bidraget för 2022. Nämnden yttrar sig om varje aktivitet."),
        ("h2", "1 Sportlovsläger i Nyland"),
        (
            "p",
            "Krav: 72 000 kr. Socialstyrelsen menar att lägret lika gärna kunde ha ordnats inom fritidsförvaltningens vanliga budget.",
        ),
        ("p", "Nämnden bestrider återkravet. Lägret var nytt för 2022 och riktade sig till unga i Nyland."),
        ("h2", "2 Läxcafé på biblioteket"),
        ("p", "Krav: 44 tkr. Myndigheten konstaterar att det saknas kvitton för inköpen av läromedel."),
        ("p", "Nämnden godtar återkravet."),
        ("h2", "3 Dialogmöte med föräldrar"),
        ("p", "Krav: 30 000 kr. Socialstyrelsen bedömer att mötena hölls först i februari 2023, efter bidragsårets slut."),
        ("p", "Nämnden delar inte bedömningen. Mötena hölls i november och december 2022."),
        ("p", "Med vänlig hälsning"),
        ("p", "Göran Berglund (C)"),
        ("p", "socialnämndens ordförande"),
        ("p", "Annika Forsberg"),
        ("p", "socialchef"),
        ("p", "Handläggare: Petra Lindh, 0620-55 21 40, petra.lindh@ramsele.se"),
    ],
    dict(
        activities={
            "1": act("72000", ["ordinary_operations"], "disputes", "0"),
            "2": act("44000", ["unverifiable_costs"], "accepts_full", "44000"),
            "3": act("30000", ["outside_grant_period"], "disputes", "0"),
        },
        people=[
            person("Göran Berglund", "socialnämndens ordförande", "C"),
            person("Annika Forsberg", "socialchef"),
            person("Petra Lindh", "handläggare", None, "+46620552140", "petra.lindh@ramsele.se"),
        ],
    ),
)

# 2. The agency quoted under each heading, with the page of its decision; the claim after the
# quotation; "Inskickat av:" with the contact details on the line below.
_add(
    "vilhelmina",
    "Vilhelmina kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens underrättelse om återkrav"),
        ("p", "Kommunen har tagit del av underrättelsen och lämnar följande synpunkter på de tre aktiviteterna."),
        ("h2", "Aktivitet nr 3 – Simskola för nyanlända"),
        ("p", "»Simundervisningen ingår i skolans ordinarie uppdrag enligt läroplanen.« (Socialstyrelsens underrättelse, s. 3)"),
        ("p", "Återkravet uppgår till 54 000 kr. Simskolan hölls på helger utanför skoltid för barn som inte kan simma."),
        ("p", "Kommunen bestrider återkravet."),
        ("h2", "Aktivitet nr 6 – Kameror på torget"),
        ("p", "»Kamerorna är en fysisk åtgärd som inte vänder sig till barn och unga i området.« (s. 5)"),
        ("p", "Återkravet uppgår till 81 500 kr. Kommunen medger återkravet."),
        ("h2", "Aktivitet nr 9 – Ungdomsrådets resa"),
        ("p", "”Resan till Stockholm kostade 4 200 kronor per deltagare, vilket är orimligt högt.” (s. 7)"),
        ("p", "Återkravet uppgår till 42 000 kr. Kommunen återbetalar 12 000 kronor och bestrider resten."),
        ("p", "Inskickat av: Lars Öberg, verksamhetsutvecklare, socialtjänsten"),
        ("p", "E-post: lars.oberg@vilhelmina.se · Telefon: 0940-140 22"),
    ],
    dict(
        activities={
            "3": act("54000", ["ordinary_operations"], "disputes", "0"),
            "6": act("81500", ["purpose_mismatch"], "accepts_full", "81500"),
            "9": act("42000", ["excessive_cost"], "accepts_partial", "12000"),
        },
        people=[person("Lars Öberg", "verksamhetsutvecklare", None, "+4694014022", "lars.oberg@vilhelmina.se")],
    ),
)

# 3. One assessment and one answer for two activities under a joint heading; reasons in plain
# paraphrase; a contact person with the title after the name.
_add(
    "tierp",
    "Tierps kommun",
    [
        ("h1", "Synpunkter på Socialstyrelsens preliminära beslut"),
        ("p", "Kommunen lämnar här synpunkter på beslutet att återkräva 118 000 kr av statsbidraget för 2023."),
        ("h2", "Aktivitet 1 Kvällsfotboll i Siggbo – 40 000 kr"),
        ("p", "Socialstyrelsen anser att det inte framgår av redovisningen vad insatsen bestod av."),
        ("p", "Kommunen godtar återkravet."),
        ("h2", "Aktivitet 2 och 3"),
        ("h2", "Aktivitet 2 Vårläger i Söderfors – 48 000 kr"),
        ("h2", "Aktivitet 3 Höstläger i Söderfors – 30 000 kr"),
        ("p", "Socialstyrelsen anser att båda lägren vände sig till alla barn i kommunen och inte till de boende i Siggbo."),
        (
            "p",
            "Kommunen svarar på aktiviteterna gemensamt: lägren var förbehållna barn från Siggbo. Kommunen bestrider återkraven för båda aktiviteterna.",  # noqa: E501
        ),
        ("p", "Kontaktperson Helena Sundin, controller, tel. 0293-180 45, helena.sundin@tierp.se"),
    ],
    dict(
        activities={
            "1": act("40000", ["missing_description"], "accepts_full", "40000"),
            "2": act("48000", ["purpose_mismatch"], "disputes", "0"),
            "3": act("30000", ["purpose_mismatch"], "disputes", "0"),
        },
        people=[person("Helena Sundin", "controller", None, "+4629318045", "helena.sundin@tierp.se")],
    ),
)

# 4. Reasons said as a passive or a bare finding, without "Socialstyrelsen" as subject, under the
# agency's heading; a finding and the municipality's reply in one paragraph.
_add(
    "oxelosund",
    "Oxelösunds kommun",
    [
        ("h1", "Yttrande gällande återkrav"),
        ("p", "Socialstyrelsen återkräver 95 000 kr. Kommunen kommenterar nedan de två aktiviteterna."),
        ("h2", "1. Fritidsbank i Frösäng"),
        ("p", "Belopp som återkrävs: 60 000 kr"),
        ("p", "Socialstyrelsens bedömning:"),
        ("p", "Villkoret om att insatsen ska planeras tillsammans med civilsamhället är inte uppfyllt."),
        ("p", "Kommunens svar:"),
        ("p", "Kommunen delar inte bedömningen. Fritidsbanken drivs i samverkan med tre föreningar."),
        ("h2", "2. Familjedag i Ramdalen"),
        ("p", "Belopp som återkrävs: 35 000 kr"),
        ("p", "Socialstyrelsens bedömning:"),
        ("p", "Kostnaderna avser catering och hyra av hoppborg, medan aktiviteten i ansökan beskrevs som föräldrautbildning."),
        ("p", "Kommunens svar:"),
        ("p", "Kommunen har inga invändningar mot återkravet."),
        ("p", "Med vänliga hälsningar"),
        ("p", "Oxelösunds kommun"),
        ("p", "Mikael Dahl (S)"),
        ("p", "Ordförande"),
    ],
    dict(
        activities={
            "1": act("60000", ["conditions_not_met"], "disputes", "0"),
            "2": act("35000", ["description_mismatch"], "accepts_full", "35000"),
        },
        people=[person("Mikael Dahl", "ordförande", "S")],
    ),
)

# 5. Positions said with a modal verb ("kan godta ett återkrav om …", "kan inte acceptera") and
# one put off to later ("återkommer med sitt ställningstagande"): no position yet, not a dispute.
_add(
    "lycksele",
    "Lycksele kommun, Socialförvaltningen",
    [
        ("h1", "Yttrande angående förslag till återkrav"),
        ("p", "Socialstyrelsen föreslår att kommunen betalar tillbaka 121 000 kr av statsbidraget för 2023."),
        ("h2", "Post 1: Simskola i Forsdala (28 000 kr)"),
        ("p", "Socialstyrelsen anser att priset per simlektion är orimligt högt."),
        (
            "p",
            "Simhallen debiterade för två bassänger men bara en användes. Kommunen kan godta ett återkrav om 9 000 kr för den andra bassängen.",  # noqa: E501
        ),
        ("h2", "Post 2: Nattfotboll (43 000 kr)"),
        ("p", "Socialstyrelsen konstaterar att fakturor saknas för domararvodena."),
        ("p", "Arvodena betalades via föreningens konto, se bilaga 1. Kommunen kan inte acceptera återkravet."),
        ("h2", "Post 3: Föräldragrupp på somaliska (50 000 kr)"),
        ("p", "Socialstyrelsen bedömer att gruppen startade först efter att bidragsperioden hade löpt ut."),
        ("p", "Kommunen har begärt uppgifter från studieförbundet och återkommer med sitt ställningstagande när de har kommit in."),
    ],
    dict(
        activities={
            "1": act("28000", ["excessive_cost"], "accepts_partial", "9000"),
            "2": act("43000", ["unverifiable_costs"], "disputes", "0"),
            "3": act("50000", ["outside_grant_period"], "unclear", None),
        },
        people=[],
    ),
)

# 6. A summary table whose first column is the activity number and whose amounts are written
# with the currency first ("kr 84 000") or after ("238 000 kr"): the number in the first cell is
# no part of the amount, and a bare number before "kr" in the next cell is no amount.
_add(
    "torsby",
    "Torsby kommun",
    [
        ("h1", "Svar på underrättelse om återkrav"),
        ("p", "Socialstyrelsen överväger att återkräva kr 142 300 av statsbidraget för 2022."),
        ("h2", "Punkt 12. Fältarbete i Oleby"),
        ("p", "Belopp som återkrävs: kr 96 000"),
        ("p", "Socialstyrelsens bedömning: Fältarbetet är myndighetsutövning."),
        ("p", "Kommunens svar: Kommunen bestrider återkravet."),
        ("h2", "Punkt 14. Lovaktiviteter i Vitsand"),
        ("p", "Belopp som återkrävs: kr 46 300"),
        ("p", "Socialstyrelsens bedömning: Underlag för kostnaderna saknas."),
        ("p", "Kommunens svar: Kommunen godtar återkravet."),
        (
            "table",
            [
                ["Punkt", "Återkrävs", "Kommunen medger"],
                ["12", "kr 96 000", "kr 0"],
                ["14", "46 300 kr", "46 300 kr"],
                ["Summa", "kr 142 300", "kr 46 300"],
            ],
        ),
    ],
    dict(
        activities={
            "12": act("96000", ["exercise_of_authority"], "disputes", "0"),
            "14": act("46300", ["unverifiable_costs"], "accepts_full", "46300"),
        },
        people=[],
        money_absent=["1", "12", "14", "12096000", "1446300"],
        money=["142300", "96000", "46300"],
    ),
)

# 7. Roman numerals, the claim told as what the agency questions ("Socialstyrelsen ifrågasätter
# 58 200 kronor med motiveringen att …"), the reason in the same sentence.
_add(
    "ljungby",
    "Ljungby kommun, Socialnämnden",
    [
        ("h1", "Angående återkrav av statsbidrag"),
        ("p", "Socialnämnden har tagit del av Socialstyrelsens skrivelse om återkrav om totalt 83 200 kronor."),
        ("h2", "I. Föräldrastöd i Replösa"),
        ("p", "Socialstyrelsen ifrågasätter 58 200 kronor med motiveringen att kostnaderna för lokalen saknar underlag."),
        ("p", "Hyresavtalet bifogas. Nämnden delar inte Socialstyrelsens bedömning."),
        ("h2", "II. Sommarkväll i parken"),
        ("p", "Socialstyrelsen ifrågasätter 25 000 kronor med motiveringen att evenemanget var öppet för hela länet."),
        ("p", "Nämnden godtar återkravet."),
    ],
    dict(
        activities={
            "I": act("58200", ["unverifiable_costs"], "disputes", "0"),
            "II": act("25000", ["purpose_mismatch"], "accepts_full", "25000"),
        },
        people=[],
    ),
)
