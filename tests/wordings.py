"""Ten responses in other municipalities' wordings, each with the values a reader expects from it.

Written before running the pipeline on them (issue 13): attachment lists in every common form,
references, reasons in plain paraphrase, claims in tkr/mnkr/":-"/"SEK", totals beside the grant
received, payment tables, contact blocks and signatures. `EXPECTED[name]` holds, per response:
activities (claimed, reasons, position, repayment), attachment ids, references as (activity,
id), grant payments (date, recipient, amount), people (name, role, phone, email), amounts the
money table must hold, and the check codes that must not appear.
"""

from __future__ import annotations

from pathlib import Path

from render import render

NBSP = "\u00a0"

RESPONSES: dict[str, tuple[list, str]] = {}
EXPECTED: dict[str, dict] = {}


def _add(name: str, header: str, blocks: list, expected: dict) -> None:
    RESPONSES[name] = (blocks, header)
    EXPECTED[name] = expected


def make(name: str, path: Path) -> Path:
    blocks, header = RESPONSES[name]
    return render(path, blocks, header, "Sida {page}")


def act(claimed: str, reasons: list[str], position: str, repayment: str | None) -> dict:
    return dict(claimed=claimed, reasons=sorted(reasons), position=position, repayment=repayment)


# 1. Numbered "2.1 …" sub-sections with an amount line; the list as "Bilaga 1 <title>"; a contact
# line "Upplysningar lämnas av: …".
_add(
    "asby",
    "Åsby kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", "Åsby kommun, Socialförvaltningen, 2025-03-04"),
        ("h2", "1. Bakgrund"),
        (
            "p",
            "Åsby kommun har tagit del av Socialstyrelsens preliminära beslut. Socialstyrelsen återkräver "
            "sammanlagt 245 000 kronor för tre aktiviteter som kommunen genomförde 2023.",
        ),
        ("h2", "2. Kommunens synpunkter per aktivitet"),
        ("h2", "2.1 Sommarjobb för unga"),
        ("p", "Återkrävt belopp: 120 000 kronor"),
        ("p", "Socialstyrelsen bedömer att kostnaden hör till sådant kommunen ändå skulle ha gjort."),
        ("p", "Kommunen delar inte bedömningen. Sommarjobben var en ny satsning i Östra Åsby, se bil. 1 och bilaga 2."),
        ("h2", "2.2 Läxhjälp i Östra Åsby"),
        ("p", "Återkrävt belopp: 80 000 kronor"),
        ("p", "Socialstyrelsen anser att insatsen inte når de boende i området och att fakturor saknas."),
        ("p", "Kommunen bestrider återkravet. Fakturorna och närvarolistan finns i bilagorna 3–5."),
        ("h2", "2.3 Trygghetsvandringar"),
        ("p", "Återkrävt belopp: 45 000 kronor"),
        ("p", "Enligt Socialstyrelsen är beloppet orimligt stort för det som gjordes."),
        ("p", "Kommunen godtar återkravet och återbetalar 45 000 kronor."),
        ("h2", "3. Sammanfattning"),
        ("p", "Kommunen återbetalar 45 000 kronor och bestrider i övrigt återkravet."),
        ("p", "Upplysningar lämnas av: Karin Lund, ekonomichef, 0470-123 45, karin.lund@asby.se"),
        ("h2", "Bilagor"),
        ("p", "Bilaga 1 Anställningsavtal sommarjobb"),
        ("p", "Bilaga 2 Deltagarlista sommarjobb"),
        ("p", "Bilaga 3 Faktura 20231 Läxhjälpen i Åsby AB"),
        ("p", "Bilaga 4 Faktura 20232 Läxhjälpen i Åsby AB"),
        ("p", "Bilaga 5 Närvarolista läxhjälp"),
    ],
    dict(
        activities={
            "2.1": act("120000", ["ordinary_operations"], "disputes", "0"),
            "2.2": act("80000", ["purpose_mismatch", "unverifiable_costs"], "disputes", "0"),
            "2.3": act("45000", ["excessive_cost"], "accepts_full", "45000"),
        },
        attachments=["1", "2", "3", "4", "5"],
        refs={("2.1", "1"), ("2.1", "2"), ("2.2", "3"), ("2.2", "4"), ("2.2", "5")},
        people=[("Karin Lund", "ekonomichef", "+4647012345", "karin.lund@asby.se")],
        money=["245000", "120000", "80000", "45000"],
    ),
)

# 2. A word processor's letter: headings of a word and a number, the claim in a table in tkr,
# in mnkr, with ":-" and with the currency first; the grant received beside the total reclaimed;
# "Bilageförteckning" with lettered ids; a signature under "Med vänlig hälsning".
_add(
    "bergsjo",
    "Bergsjö kommun",
    [
        ("h1", "Svar på Socialstyrelsens begäran om yttrande"),
        ("p", "Bergsjö kommun, 2025-02-20"),
        (
            "p",
            "Kommunen tog emot 5,2 miljoner kronor i bidraget under 2022 och 2023. Socialstyrelsen återkräver "
            "nu totalt 0,5 mnkr av kommunen för fyra aktiviteter.",
        ),
        (
            "table",
            [
                ["Aktivitet", "Återkrävt (tkr)"],
                ["Aktivitet 1 Fritidsgård", "250"],
                ["Aktivitet 2 Föräldracafé", "150"],
                ["Aktivitet 3 Idrottsskola", "60"],
                ["Aktivitet 4 Kulturkväll", "40"],
                ["Summa", "500"],
            ],
        ),
        ("h2", "Aktivitet 1"),
        ("p", "Fritidsgård i Bergsjö centrum."),
        ("p", "Socialstyrelsen konstaterar att redovisningen och beskrivningen inte går ihop."),
        ("p", "Kommunen delar inte Socialstyrelsens bedömning. Verksamhetsberättelsen visar vad som gjordes (bilaga 1)."),
        ("h2", "Aktivitet 2"),
        ("p", "Återkrav: 0,15 mnkr"),
        ("p", "Myndigheten anser att föräldracaféet startade innan bidragsperioden började."),
        ("p", "Kommunen accepterar återkravet, se bil. 2."),
        ("h2", "Aktivitet 3"),
        ("p", "Belopp: 60 000:-"),
        ("p", "Socialstyrelsen bedömer att idrottsskolan är en del av kommunens vanliga utbud."),
        ("p", "Kommunen bestrider återkravet. Avtal och närvarolista finns i bilaga 3a och 3b."),
        ("h2", "Aktivitet 4"),
        ("p", "Belopp: SEK 40 000"),
        ("p", "Socialstyrelsen bedömer att kulturkvällen inte har någon koppling till bidragets syfte."),
        ("p", "Kommunen godtar delvis återkravet och återbetalar 20 000 kronor, se bilaga 4."),
        ("p", "Med vänlig hälsning"),
        ("p", "Per Sandberg"),
        ("p", "Kommundirektör"),
        ("h2", "Bilageförteckning"),
        ("p", "1 Verksamhetsberättelse fritidsgården 2023"),
        ("p", "2 Faktura 5512 Café Bergsjö"),
        ("p", "3a Avtal idrottsskola"),
        ("p", "3b Närvarolista idrottsskola"),
        ("p", "4 Program kulturkväll"),
    ],
    dict(
        activities={
            "1": act("250000", ["description_mismatch"], "disputes", "0"),
            "2": act("150000", ["outside_grant_period"], "accepts_full", "150000"),
            "3": act("60000", ["ordinary_operations"], "disputes", "0"),
            "4": act("40000", ["purpose_mismatch"], "accepts_partial", "20000"),
        },
        attachments=["1", "2", "3a", "3b", "4"],
        refs={("1", "1"), ("2", "2"), ("3", "3a"), ("3", "3b"), ("4", "4")},
        people=[("Per Sandberg", "kommundirektör", None, None)],
        money=["5200000", "500000", "250000", "150000", "60000", "40000", "20000"],
        absent_checks={"stated_total_mismatch"},
    ),
)

# 3. Inline list "Bilagor: 1. … 2. …"; a payment table "Datum | Mottagare | Belopp"; a
# "Handläggare:" line.
_add(
    "dalby",
    "Dalby kommun",
    [
        ("h1", "Yttrande – återkrav av statsbidrag"),
        ("p", "Dalby kommun, Kultur- och fritidsförvaltningen, 2025-01-28"),
        ("h2", "1. Sommarläger (75 000 kronor)"),
        ("p", "Socialstyrelsen anser att det inte går att följa hur pengarna har använts."),
        ("p", "Kommunen bestrider återkravet. Fakturan från lägergården finns i bilaga 1 och deltagarna i bilaga 3."),
        ("h2", "2. Föreningsstöd (50 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att stödet till föreningarna även har finansierats med andra statliga medel."),
        ("p", "Kommunen bestrider återkravet. Föreningarna fick följande utbetalningar (avtalet i bilaga 2):"),
        (
            "table",
            [
                ["Datum", "Mottagare", "Belopp"],
                ["2023-05-10", "Dalby IF", "20 000"],
                ["2023-06-01", "Föreningen Gemenskap", "18 000"],
                ["2023-06-15", "Dalby scoutkår", "12 000"],
            ],
        ),
        ("p", "Handläggare: Sara Nyström, 046-55 12 30, sara.nystrom@dalby.se"),
        ("p", "Bilagor: 1. Faktura 3001 Sportkompaniet AB 2. Avtal med Föreningen Gemenskap 3. Närvarolista sommarläger"),
    ],
    dict(
        activities={"1": act("75000", ["unverifiable_costs"], "disputes", "0"), "2": act("50000", ["conditions_not_met"], "disputes", "0")},
        attachments=["1", "2", "3"],
        refs={("1", "1"), ("1", "3"), ("2", "2")},
        payments=[
            ("2023-05-10", "Dalby IF", "20000"),
            ("2023-06-01", "Föreningen Gemenskap", "18000"),
            ("2023-06-15", "Dalby scoutkår", "12000"),
        ],
        people=[("Sara Nyström", "handläggare", "+4646551230", "sara.nystrom@dalby.se")],
        money=["75000", "50000", "20000", "18000", "12000"],
    ),
)

# 4. The list as a table with letters for ids; "Insats N – …" with an amount line; a passive
# assessment; two reasons in one sentence; "Med vänliga hälsningar".
_add(
    "ekeby",
    "Ekeby stad",
    [
        ("h1", "Yttrande till Socialstyrelsen"),
        ("p", "Ekeby stad, Socialnämnden, 2025-04-02"),
        ("h2", "Insats 1 – Utflykter för barn"),
        ("p", "Återkrävt belopp: 32 500 kr"),
        ("p", "Utflykterna bedöms av Socialstyrelsen vara alldeles för dyra i förhållande till antalet deltagare."),
        ("p", "Staden bestrider återkravet. Fakturan från bussbolaget finns i bilaga A."),
        ("h2", "Insats 2 – Trygghetsskapande åtgärder"),
        ("p", "Återkrävt belopp: 67 500 kr"),
        ("p", "Socialstyrelsen anser att åtgärderna utgör myndighetsutövning och att dokumenten har upprättats i efterhand."),
        ("p", "Staden bestrider återkravet, se bilagorna B och C."),
        ("p", "Med vänliga hälsningar"),
        ("p", "Lena Ekström"),
        ("p", "Socialchef"),
        ("h2", "Bilagor"),
        (
            "table",
            [
                ["Bilaga", "Innehåll"],
                ["A", "Faktura 9001 Ekeby Buss AB"],
                ["B", "Deltagarförteckning"],
                ["C", "Protokoll från socialnämnden"],
            ],
        ),
    ],
    dict(
        activities={
            "1": act("32500", ["excessive_cost"], "disputes", "0"),
            "2": act("67500", ["exercise_of_authority", "fabricated_documents"], "disputes", "0"),
        },
        attachments=["A", "B", "C"],
        refs={("1", "A"), ("2", "B"), ("2", "C")},
        people=[("Lena Ekström", "socialchef", None, None)],
        money=["32500", "67500"],
    ),
)

# 5. Headings that end with their amount; the list without a heading, "Bilaga 1: …" at the end.
_add(
    "fjallby",
    "Fjällby kommun",
    [
        ("h1", "Yttrande gällande Socialstyrelsens återkrav"),
        ("p", "Fjällby kommun 2025-02-11"),
        ("p", "Fjällby kommun lämnar härmed sitt yttrande över Socialstyrelsens preliminära beslut om återkrav."),
        ("h2", "Lägervecka i fjällen – 90 000 kr"),
        ("p", "Socialstyrelsen konstaterar att lägerveckan inte riktade sig till målgruppen."),
        ("p", "Kommunen bestrider återkravet, se bilaga 1 och 2."),
        ("h2", "Projektledare – 210 000 kr"),
        ("p", "Socialstyrelsen menar att projektledarens lön ingår i den ordinarie budgeten och att arbetet inte har beskrivits."),
        ("p", "Kommunen godtar att 105 000 kronor återbetalas. Lönespecifikationen finns i bilaga 3."),
        ("p", "Frågor besvaras av Johan Berg, controller, telefon 0640-180 20, e-post johan.berg@fjallby.se."),
        ("p", "Bilaga 1: Faktura 7781 Fjällhotellet AB"),
        ("p", "Bilaga 2: Program för lägerveckan"),
        ("p", "Bilaga 3: Lönespecifikation projektledare"),
    ],
    dict(
        activities={
            "1": act("90000", ["purpose_mismatch"], "disputes", "0"),
            "2": act("210000", ["missing_description", "ordinary_operations"], "accepts_partial", "105000"),
        },
        attachments=["1", "2", "3"],
        refs={("1", "1"), ("1", "2"), ("2", "3")},
        people=[("Johan Berg", "controller", "+4664018020", "johan.berg@fjallby.se")],
        money=["90000", "210000", "105000"],
    ),
)

# 6. "Bifogade handlingar" with ids "1 a", "1 b"; an amount with a no-break space.
_add(
    "gronvik",
    "Grönviks kommun",
    [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", "Grönviks kommun, 2025-03-18"),
        ("h2", "Aktivitet nr 1 – Renovering av lokal"),
        ("p", f"Belopp som återkrävs: 95{NBSP}000 kronor"),
        ("p", "Socialstyrelsen bedömer att renoveringen är en investering som inte är bidragsberättigad."),
        ("p", "Kommunen medger återkravet i sin helhet. Fakturorna finns i bilaga 1 a och 1 b."),
        ("h2", "Aktivitet nr 2 – Utvärdering"),
        ("p", f"Belopp som återkrävs: 30{NBSP}000 kronor"),
        (
            "p",
            "Socialstyrelsen anser att utvärderingen inte har kunnat styrkas med underlag och att den inte motsvarar "
            "det som beskrevs i ansökan.",
        ),
        ("p", f"Kommunen bestrider återkravet. Utvärderingen kostade 12{NBSP}500 kronor och slutrapporten bifogas (bilaga 2)."),
        ("h2", "Bifogade handlingar"),
        ("p", "1 a Faktura 1201 Grönviks Måleri AB"),
        ("p", "1 b Faktura 1202 Grönviks Måleri AB"),
        ("p", "2 Slutrapport utvärdering"),
    ],
    dict(
        activities={
            "1": act("95000", ["conditions_not_met"], "accepts_full", "95000"),
            "2": act("30000", ["description_mismatch", "unverifiable_costs"], "disputes", "0"),
        },
        attachments=["1a", "1b", "2"],
        refs={("1", "1a"), ("1", "1b"), ("2", "2")},
        money=["95000", "30000", "12500"],
    ),
)

# 7. Dotted ids ("1.1") and a range of them; coordinated amounts sharing one unit; "Av beslutet
# framgår att …".
_add(
    "hammarby",
    "Hammarby kommun",
    [
        ("h1", "Yttrande"),
        ("p", "Hammarby kommun, 2025-02-27"),
        (
            "p",
            "Av bidraget användes 2,3 miljoner för fritidsgårdar och 0,7 miljoner för sommarlovsaktiviteter. "
            "Socialstyrelsen återkräver 100 000 kronor.",
        ),
        ("h2", "1. Konsertkväll – 64 000 kronor"),
        ("p", "Socialstyrelsen bedömer att konserten saknar samband med bidragets syfte och att kostnaden inte är rimlig."),
        ("p", "Kommunen bestrider återkravet, se bilagorna 1.1–1.2."),
        ("h2", "2. Dansworkshop – 36 000 kronor"),
        ("p", "Av beslutet framgår att workshopen genomfördes efter bidragsperiodens slut."),
        ("p", "Kommunen godtar att 10 000 kronor återbetalas, se bilaga 2.1."),
        ("h2", "Bilagor"),
        ("p", "1.1 Faktura 4410 Ljud och Ljus AB"),
        ("p", "1.2 Faktura 4411 Ljud och Ljus AB"),
        ("p", "2.1 Deltagarlista dansworkshop"),
    ],
    dict(
        activities={
            "1": act("64000", ["excessive_cost", "purpose_mismatch"], "disputes", "0"),
            "2": act("36000", ["outside_grant_period"], "accepts_partial", "10000"),
        },
        attachments=["1.1", "1.2", "2.1"],
        refs={("1", "1.1"), ("1", "1.2"), ("2", "2.1")},
        money=["2300000", "700000", "100000", "64000", "36000", "10000"],
    ),
)

# 8. Headings without amounts, the claims in a summary table in tkr; a payment table "Förening |
# Utbetalt | Belopp"; "Handläggare:" and a signature with a role of several words.
_add(
    "jarna",
    "Järnå kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut"),
        ("p", "Järnå kommun, 2025-01-09"),
        (
            "table",
            [
                ["Aktivitet", "Återkrävt (tkr)", "Medges (tkr)"],
                ["1 Mentorer i skolan", "180", "0"],
                ["2 Nattvandring", "70", "70"],
                ["Summa", "250", "70"],
            ],
        ),
        ("h2", "Aktivitet 1 – Mentorer i skolan"),
        ("p", "Socialstyrelsen anser att det saknas fakturor för mentorernas arvoden."),
        ("p", "Kommunen bestrider återkravet. Avtalen med mentorerna finns i bilaga 1."),
        ("h2", "Aktivitet 2 – Nattvandring"),
        ("p", "Det konstateras i beslutet att nattvandringen bedrevs redan innan bidraget och därmed är ordinarie verksamhet."),
        ("p", "Kommunen accepterar återkravet för nattvandringen. Föreningarna fick sina bidrag enligt bilaga 2:"),
        (
            "table",
            [
                ["Förening", "Utbetalt", "Belopp"],
                ["Järnå BK", "2023-04-03", "15 000"],
                ["Nattvandrarna i Järnå", "2023-05-22", "35 000"],
                ["Järnå Scoutkår", "2023-08-30", "20 000"],
            ],
        ),
        ("p", "Handläggare: Maria Holm"),
        ("p", "Med vänlig hälsning"),
        ("p", "Anders Lind"),
        ("p", "Kommunstyrelsens ordförande"),
        ("h2", "Bilagor"),
        ("p", "1. Avtal med mentorerna"),
        ("p", "2. Utbetalningsbesked föreningsbidrag"),
    ],
    dict(
        activities={
            "1": act("180000", ["unverifiable_costs"], "disputes", "0"),
            "2": act("70000", ["ordinary_operations"], "accepts_full", "70000"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("2", "2")},
        payments=[
            ("2023-04-03", "Järnå BK", "15000"),
            ("2023-05-22", "Nattvandrarna i Järnå", "35000"),
            ("2023-08-30", "Järnå Scoutkår", "20000"),
        ],
        people=[("Maria Holm", "handläggare", None, None), ("Anders Lind", "kommunstyrelsens ordförande", None, None)],
        money=["180000", "70000", "250000", "15000", "35000", "20000"],
    ),
)

# 9. An amount broken over two lines; amount lines with no-break spaces; a bulleted "Bilaga 1."
# list.
_add(
    "kalmvik",
    "Kalmviks kommun",
    [
        ("h1", "Yttrande om återkrav av statsbidrag"),
        ("p", "Kalmviks kommun, 2025-03-30"),
        ("p", "Socialstyrelsen återkräver sammanlagt 310 000 kronor för två aktiviteter."),
        ("h2", "Aktivitet 1: Fältassistenter"),
        ("p", f"Återkrävt belopp: 260{NBSP}000 kr"),
        ("p", "Enligt Socialstyrelsen saknas en beskrivning av vad fältassistenterna har gjort."),
        (
            "p",
            "Kommunen bestrider återkravet. Kommunen har under 2023 lagt 1,2 miljoner kronor på fältverksamheten, "
            "varav 260<br/>000 kronor kom från statsbidraget. Rapporterna finns i bilaga 1.",
        ),
        ("h2", "Aktivitet 2: Ungdomsråd"),
        ("p", f"Återkrävt belopp: 50{NBSP}000 kr"),
        ("p", "Socialstyrelsen menar att ungdomsrådet inte är förenligt med villkoren för bidraget."),
        ("p", "Kommunen bestrider återkravet, se bilaga 2."),
        ("h2", "Bilagor"),
        ("p", "- Bilaga 1. Tjänstgöringsrapporter fältassistenter"),
        ("p", "- Bilaga 2. Protokoll ungdomsrådet"),
    ],
    dict(
        activities={
            "1": act("260000", ["missing_description"], "disputes", "0"),
            "2": act("50000", ["conditions_not_met"], "disputes", "0"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("2", "2")},
        money=["310000", "260000", "50000", "1200000"],
        money_count={"260000": 2},
    ),
)

# 10. Reasons in paraphrase only, a sentence without a reason among them, a negated verb;
# "Krav:" amount lines; "Bilaga 1 – …" under "Bilageförteckning".
_add(
    "lovsta",
    "Lövsta kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", "Lövsta kommun, 2025-02-05"),
        ("h2", "1 Simskola"),
        ("p", "Krav: 40 000 kr"),
        (
            "p",
            "Socialstyrelsen har gått igenom kommunens redovisning. Socialstyrelsen bedömer att simskolan är något "
            "som kommunen är skyldig att erbjuda enligt lag.",
        ),
        ("p", "Kommunen bestrider återkravet. Fakturan för simhallen finns i bilaga 1."),
        ("h2", "2 Läxcafé"),
        ("p", "Krav: 25 000 kr"),
        (
            "p",
            "Myndigheten menar att insatsen inte gynnar barnen i de utsatta områdena och att det som redovisats inte "
            "stämmer med beskrivningen.",
        ),
        ("p", "Kommunen bestrider återkravet, se bilaga 2."),
        ("h2", "3 Föräldraträffar"),
        ("p", "Krav: 15 000 kr"),
        ("p", "Socialstyrelsen anser inte att kostnaderna har styrkts."),
        ("p", "Kommunen återbetalar hela beloppet."),
        ("h2", "Bilageförteckning"),
        ("p", "Bilaga 1 – Faktura 6650 Lövsta Simhall AB"),
        ("p", "Bilaga 2 – Verksamhetsplan läxcafé"),
    ],
    dict(
        activities={
            "1": act("40000", ["ordinary_operations"], "disputes", "0"),
            "2": act("25000", ["description_mismatch", "purpose_mismatch"], "disputes", "0"),
            "3": act("15000", ["unverifiable_costs"], "accepts_full", "15000"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("2", "2")},
        money=["40000", "25000", "15000"],
    ),
)

# 11. The grant received and a budget beside the total reclaimed, each with "totalt".
_add(
    "ornas",
    "Örnäs kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut"),
        ("p", "Örnäs kommun, 2025-02-14"),
        (
            "p",
            "Kommunen tog emot totalt 5,2 miljoner kronor i bidraget för 2023, och budgeten för insatserna var "
            "sammanlagt 6 miljoner kronor. Socialstyrelsen återkräver sammanlagt 150 000 kronor.",
        ),
        ("h2", "1. Fritidsbuss (100 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
        ("p", "Kommunen bestrider återkravet, se bilaga 1."),
        ("h2", "2. Föräldrakväll (50 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att aktiviteten genomfördes 2024."),
        ("p", "Kommunen återbetalar hela beloppet."),
        ("h2", "Bilagor"),
        ("p", "Bilaga 1 Körjournal fritidsbussen"),
    ],
    dict(
        activities={
            "1": act("100000", ["unverifiable_costs"], "disputes", "0"),
            "2": act("50000", ["outside_grant_period"], "accepts_full", "50000"),
        },
        attachments=["1"],
        refs={("1", "1")},
        money=["5200000", "6000000", "150000", "100000", "50000"],
    ),
)

# 12. Upper-case numbered headings that keep the numbers of the municipality's own report (the
# agency reclaims activities 7, 9 and 14 of it), an amount line under each, "Socialstyrelsen:" and
# "Kommunens kommentar:" paragraphs, "BILAGOR" with ids dotted by activity, a "Handläggare:" line
# with a title, and a signature of a name over a title with no greeting.
_add(
    "vastero",
    "Västerö kommun",
    [
        ("h1", "YTTRANDE ÖVER PRELIMINÄRT BESLUT OM ÅTERKRAV"),
        ("p", "Västerö kommun, Socialförvaltningen, 2025-03-11"),
        (
            "p",
            "Västerö kommun har tagit emot Socialstyrelsens preliminära beslut om återkrav av 212 500 kronor "
            "avseende aktiviteterna 7, 9 och 14 i kommunens redovisning. Varje aktivitet kommenteras för sig.",
        ),
        ("h2", "7. UNGDOMSCAFÉ I NORRBY"),
        ("p", "Återkrävt: 62 500 kronor"),
        ("p", "Socialstyrelsen: Caféet drevs redan före 2023 och är därmed ordinarie verksamhet."),
        ("p", "Kommunens kommentar: Caféet startade i mars 2023, se bilaga 7.1. Kommunen bestrider återkravet."),
        ("h2", "9. LOVAKTIVITETER VID HAMNEN"),
        ("p", "Återkrävt: 110 000 kronor"),
        ("p", "Socialstyrelsen: Delar av kostnaderna saknar verifikationer."),
        (
            "p",
            "Kommunens kommentar: Program och fakturor finns i bilagorna 9.1–9.2. Kostnader om 30 000 kronor "
            "saknar verifikationer och återbetalas. I övrigt bestrider kommunen återkravet.",
        ),
        ("h2", "14. STÖDSAMTAL I SKOLAN"),
        ("p", "Återkrävt: 40 000 kronor"),
        ("p", "Socialstyrelsen: Samtalen har getts efter beslut om bistånd och är myndighetsutövning."),
        ("p", "Kommunens kommentar: Kommunen delar Socialstyrelsens bedömning och betalar tillbaka hela beloppet."),
        ("h2", "BILAGOR"),
        ("p", "7.1 Protokoll om caféets start"),
        ("p", "9.1 Program lovaktiviteter 2023"),
        ("p", "9.2 Faktura 5521 Hamnens Event AB"),
        ("p", "Handläggare: Anna Berg, utredare, tfn 0511-34 56 70, anna.berg@vastero.se"),
        ("p", "Lars Ekholm"),
        ("p", "Förvaltningschef"),
    ],
    dict(
        activities={
            "7": act("62500", ["ordinary_operations"], "disputes", "0"),
            "9": act("110000", ["unverifiable_costs"], "accepts_partial", "30000"),
            "14": act("40000", ["exercise_of_authority"], "accepts_full", "40000"),
        },
        attachments=["7.1", "9.1", "9.2"],
        refs={("7", "7.1"), ("9", "9.1"), ("9", "9.2")},
        people=[
            ("Anna Berg", "utredare", "+46511345670", "anna.berg@vastero.se"),
            ("Lars Ekholm", "förvaltningschef", None, None),
        ],
        money=["212500", "62500", "110000", "40000", "30000"],
    ),
)

# 13. Headings of a bare number and a title, the claim told in the first sentence under each in
# the agency's own verbs ("Socialstyrelsen kräver tillbaka …", "Kravet avser …", "Socialstyrelsens
# krav uppgår till …"), never in the heading.
_add(
    "tallmo",
    "Tallmo kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", "Tallmo kommun, 2025-02-24"),
        ("p", "Socialstyrelsen överväger att återkräva 141 000 kronor av Tallmo kommun för tre insatser."),
        ("h2", "1 Kvällsöppen sporthall"),
        ("p", "Socialstyrelsen kräver tillbaka 58 000 kronor och anser att kostnaderna inte kan verifieras."),
        ("p", "Kommunen bestrider återkravet. Kvitton finns i bilaga 1."),
        ("h2", "2 Föräldragrupper i Björkdalen"),
        ("p", "Kravet avser 33 000 kronor. Socialstyrelsen bedömer att insatsen genomfördes efter bidragsperiodens slut."),
        ("p", "Kommunen godtar återkravet och återbetalar 33 000 kronor."),
        ("h2", "3 Fältassistenter"),
        ("p", "Socialstyrelsens krav uppgår till 50 000 kronor. Socialstyrelsen anser att fältarbetet är ordinarie verksamhet."),
        ("p", "Kommunen delar inte bedömningen, se bilaga 2."),
        ("h2", "Bilagor"),
        ("p", "1. Kvitton sporthallen"),
        ("p", "2. Tjänstebeskrivning fältassistenter"),
    ],
    dict(
        activities={
            "1": act("58000", ["unverifiable_costs"], "disputes", "0"),
            "2": act("33000", ["outside_grant_period"], "accepts_full", "33000"),
            "3": act("50000", ["ordinary_operations"], "disputes", "0"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("3", "2")},
        money=["141000", "58000", "33000", "50000"],
    ),
)

# 14. An e-mail reply: the header's fields name the sender, a copy and the files attached
# ("Bifogade filer: Bilaga 1 ….pdf; Bilaga 2 ….pdf"); the repayment told with the object first
# ("den delen, 10 000 kr, återbetalar kommunen"); a signature whose title line names the unit
# too; the agency's reasons only in the quoted original message, one list item per activity.
# (Reportlab reads "<…>" as markup: the addresses' brackets are written as entities.)
_add(
    "norrfors",
    "E-post",
    [
        ("p", "Från: Maria Ek &lt;maria.ek@norrfors.se&gt;"),
        ("p", "Skickat: den 3 mars 2025 10:12"),
        ("p", "Till: Registrator Socialstyrelsen &lt;registrator@socialstyrelsen.se&gt;"),
        ("p", "Kopia: Johan Berg &lt;johan.berg@norrfors.se&gt;"),
        ("p", "Ämne: SV: Preliminärt beslut om återkrav – Norrfors kommun"),
        ("p", "Bifogade filer: Bilaga 1 Tidrapporter fältarbete.pdf; Bilaga 2 Faktura 7781.pdf"),
        ("p", "Hej,"),
        ("p", "Norrfors kommun lämnar här sitt yttrande över Socialstyrelsens preliminära beslut om återkrav."),
        ("p", "Aktivitet 1 Fältarbete i Centrum (30 000 kr)"),
        ("p", "Tidrapporterna för fältarbetet bifogas (bilaga 1). Vi bestrider därför återkravet."),
        ("p", "Aktivitet 2 Filmkväll för unga (12 000 kr)"),
        (
            "p",
            "Filmkvällarna hölls på fritidsgården. En del av kostnaden avser dock personal i ordinarie tjänst, "
            "och den delen, 5 000 kr, återbetalar kommunen. Fakturan finns i bilaga 2.",
        ),
        ("p", "Med vänlig hälsning"),
        ("p", "Maria Ek"),
        ("p", "Fritidschef, kultur- och fritidsförvaltningen"),
        ("p", "-----Ursprungligt meddelande-----"),
        ("p", "Från: Socialstyrelsen &lt;registrator@socialstyrelsen.se&gt;"),
        ("p", "Ämne: Preliminärt beslut om återkrav"),
        ("p", "Socialstyrelsen avser att återkräva 42 000 kronor enligt följande:"),
        ("p", "– Aktivitet 1 Fältarbete i Centrum, 30 000 kronor. Kostnaderna har inte kunnat styrkas."),
        ("p", "– Aktivitet 2 Filmkväll för unga, 12 000 kronor. Verksamheten bedöms vara ordinarie verksamhet."),
    ],
    dict(
        activities={
            "1": act("30000", ["unverifiable_costs"], "disputes", "0"),
            "2": act("12000", ["ordinary_operations"], "accepts_partial", "5000"),
        },
        attachments=["1", "2"],
        refs={("1", "1"), ("2", "2")},
        people=[
            ("Maria Ek", "fritidschef", None, "maria.ek@norrfors.se"),
            ("Johan Berg", "", None, "johan.berg@norrfors.se"),
        ],
        money=["30000", "12000", "5000", "42000"],
    ),
)

# 15. Each activity described first, the municipality's position on all of them stated together
# under "Kommunens ställningstagande" after the last one, naming the activities by number.
_add(
    "ramsby",
    "Ramsby kommun",
    [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", "Ramsby kommun, 2025-03-02"),
        ("p", "Beslutet omfattar totalt 190 000 kronor fördelat på tre aktiviteter."),
        ("h2", "1. Nattfotboll"),
        ("p", "Kravet avser 70 000 kronor. Socialstyrelsen bedömer att nattfotbollen är ordinarie verksamhet."),
        ("p", "Nattfotbollen startade hösten 2023 och drevs av två nyanställda ledare."),
        ("h2", "2. Studiecirklar för föräldrar"),
        ("p", "Kravet avser 40 000 kronor. Socialstyrelsen anser att kostnaderna inte kan verifieras."),
        ("p", "Cirklarna hölls i Folkets hus under våren."),
        ("h2", "3. Lovskola"),
        ("p", "Kravet avser 80 000 kronor. Socialstyrelsen bedömer att lovskolan är myndighetsutövning."),
        ("p", "Lovskolan var öppen för alla elever i området."),
        ("h2", "Kommunens ställningstagande"),
        (
            "p",
            "Kommunen medger återbetalning för aktivitet 2 med 40 000 kronor och för aktivitet 3 med 25 000 kronor. "
            "Kommunen bestrider återkravet för aktivitet 1 och för resterande del av aktivitet 3.",
        ),
    ],
    dict(
        activities={
            "1": act("70000", ["ordinary_operations"], "disputes", "0"),
            "2": act("40000", ["unverifiable_costs"], "accepts_full", "40000"),
            "3": act("80000", ["exercise_of_authority"], "accepts_partial", "25000"),
        },
        attachments=[],
        refs=set(),
        money=["190000", "70000", "40000", "80000", "25000"],
    ),
)

# 16. A summary table whose header labels wrap over two lines ("Återkrävt" / "(kr)", "Kommunens"
# / "inställning") and that has a column of words beside the amounts; each amount in the table is
# money of its own.
_add(
    "sjodal",
    "Sjödals kommun",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("p", "Sjödals kommun, 2025-02-27"),
        ("p", "Socialstyrelsen återkräver 95 000 kronor för två aktiviteter. Kommunens inställning sammanfattas nedan."),
        (
            "table",
            [
                ["Aktivitet", "Återkrävt\n(kr)", "Kommunens\ninställning", "Medges\n(kr)"],
                ["1 Sommarläger", "60 000", "Bestrids", "0"],
                ["2 Läxhjälp", "35 000", "Medges", "35 000"],
                ["Summa", "95 000", "", "35 000"],
            ],
        ),
        ("h2", "1. Sommarläger"),
        ("p", "Återkrävt belopp: 60 000 kronor"),
        ("p", "Socialstyrelsen bedömer att lägret genomfördes efter bidragsperiodens slut."),
        ("p", "Kommunen bestrider återkravet. Lägret hölls i augusti 2023."),
        ("h2", "2. Läxhjälp"),
        ("p", "Återkrävt belopp: 35 000 kronor"),
        ("p", "Socialstyrelsen anser att kostnaderna inte kan verifieras."),
        ("p", "Kommunen godtar återkravet och återbetalar 35 000 kronor."),
    ],
    dict(
        activities={
            "1": act("60000", ["outside_grant_period"], "disputes", "0"),
            "2": act("35000", ["unverifiable_costs"], "accepts_full", "35000"),
        },
        attachments=[],
        refs=set(),
        money=["95000", "60000", "35000"],
        money_count={"60000": 2, "35000": 5, "95000": 2},
    ),
)
