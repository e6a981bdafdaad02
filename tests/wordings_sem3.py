"""Four responses written for the third round of issue 13's semantic side, each with the values a
reader expects from it (written before the pipeline was run on them): the agency's reason given
as the cause of its claim ("Socialstyrelsen avser att återkräva … eftersom …"), reasons said as a
comparison ("mer … än …"), as what would have been done anyway, or as a contrast between the
description and the costs ("…, medan …"); positions in English-influenced Swedish and positions
put off until a report is ready; people in an English signature block with two signers and a
contact line whose title stands between the label and the name.

They are added to tests/wordings_sem.py's registry (`RESPONSES`, `EXPECTED`) and run with its
responses by tests/test_wordings_sem.py.
"""

from __future__ import annotations

from wordings import act
from wordings_sem import _add, person

# 1. The agency's reason as the cause of its claim, in one sentence with the claim, the
# municipality's argument after it in the same paragraph; a position put off until an audit is
# done; a contact line with the title between "Frågor besvaras av" and the name.
_add(
    "vimmerby",
    "Vimmerby kommun – Barn- och utbildningsförvaltningen",
    [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", "Kommunen har fått Socialstyrelsens preliminära beslut och yttrar sig här om de tre aktiviteterna."),
        ("h2", "Aktivitet 1. Lovskola i Vimmerby centrum"),
        (
            "p",
            "Socialstyrelsen avser att återkräva 52 000 kr eftersom lovskolan anses vara en del av skolans vanliga "
            "undervisning. Lovskolan hölls på sportlovet och var frivillig. Kommunen bestrider återkravet.",
        ),
        ("h2", "Aktivitet 2. Föräldracafé i Södra Ryd"),
        (
            "p",
            "Socialstyrelsen vill återkräva 31 500 kr, då kvitton saknas för en stor del av inköpen. Kommunen godtar återkravet.",
        ),
        ("h2", "Aktivitet 3. Kartläggning av mötesplatser"),
        (
            "p",
            "Socialstyrelsen har beslutat att återkräva 64 000 kr eftersom ansökan beskriver en kartläggning i "
            "bostadsområdena, medan fakturorna gäller en konferens i centrum.",
        ),
        ("p", "Revisionen av projektet pågår. Kommunen återkommer i ärendet så snart revisorernas rapport är klar."),
        (
            "p",
            "Frågor besvaras av projektsamordnare Ida Krantz, 0492-76 90 12, ida.krantz@vimmerby.se.",
        ),
    ],
    dict(
        activities={
            "1": act("52000", ["ordinary_operations"], "disputes", "0"),
            "2": act("31500", ["unverifiable_costs"], "accepts_full", "31500"),
            "3": act("64000", ["description_mismatch"], "unclear", None),
        },
        people=[person("Ida Krantz", "projektsamordnare", None, "+46492769012", "ida.krantz@vimmerby.se")],
    ),
)

# 2. A municipal housing company answering in English-influenced Swedish: reasons as a comparison
# and as what would have been done anyway; positions "accepterar att betala tillbaka", "disputerar
# återkravet", "är fine med att återbetala"; an English signature block with two signers, the
# second with e-mail and phone under the title.
_add(
    "hallstahammar",
    "Hallstahammars Bostäder AB",
    [
        ("h1", "Response: preliminärt beslut om återkrav 2022"),
        ("p", "Hallstahammars kommun har bett bolaget svara på beslutet, eftersom bolaget drev projekten."),
        ("h2", "Projekt 1 Trygghetsvärdar i Eriksberg"),
        ("p", "Claimed amount: 96 000 kr"),
        (
            "p",
            "Socialstyrelsens bedömning: Enligt Socialstyrelsen handlar värdarnas arbete mer om fastighetsskötsel än om bidragets syfte.",
        ),
        ("p", "Vår kommentar: Vi disputerar återkravet. Värdarna arbetade kvällstid med unga i området."),
        ("h2", "Projekt 2 Ny belysning på gångvägar"),
        ("p", "Claimed amount: 148 000 kr"),
        (
            "p",
            "Socialstyrelsens bedömning: Socialstyrelsen menar att belysningen är vanligt underhåll som bolaget hade utfört i vilket fall.",
        ),
        ("p", "Vår kommentar: Vi accepterar att betala tillbaka hela beloppet."),
        ("h2", "Projekt 3 Sommarevent för unga"),
        ("p", "Claimed amount: 40 000 kr"),
        (
            "p",
            "Socialstyrelsens bedömning: Socialstyrelsen anser att eventet kostade betydligt mer än vad ett "
            "evenemang av den storleken rimligen borde kosta.",
        ),
        ("p", "Vår kommentar: Vi är fine med att återbetala 15 000 kr av beloppet, men inte resten."),
        ("p", "Kind regards,"),
        ("p", "Petter Lund"),
        ("p", "Managing Director / VD"),
        ("p", "Amira Hassan"),
        ("p", "Head of Tenant Engagement"),
        ("p", "amira.hassan@hallstahammarsbostader.se"),
        ("p", "+46 220 240 18"),
    ],
    dict(
        activities={
            "1": act("96000", ["purpose_mismatch"], "disputes", "0"),
            "2": act("148000", ["ordinary_operations"], "accepts_full", "148000"),
            "3": act("40000", ["excessive_cost"], "accepts_partial", "15000"),
        },
        people=[
            person("Petter Lund", "managing director / vd"),
            person("Amira Hassan", "head of tenant engagement", None, "+4622024018", "amira.hassan@hallstahammarsbostader.se"),
        ],
    ),
)

# 3. Bare findings under the agency's heading, without a verb of judging: a contrast between what
# was described and what was paid, a comparison with the grant's purpose, a wait for a report.
_add(
    "ulricehamn",
    "Ulricehamns kommun",
    [
        ("h1", "Yttrande angående återkrav av statsbidrag"),
        ("h2", "Aktivitet 4 – Dansverkstad för unga"),
        ("p", "Belopp: 27 000 kr"),
        ("p", "Socialstyrelsens bedömning:"),
        ("p", "Redovisningen talar om en dansverkstad varje vecka, medan underlagen visar två tillfällen under våren."),
        ("p", "Kommunens svar:"),
        ("p", "Kommunen kan i nuläget inte ta ställning, eftersom föreningens slutrapport ännu inte kommit in."),
        ("h2", "Aktivitet 5 – Ungdomsgården Tingsholm"),
        ("p", "Belopp: 80 000 kr"),
        ("p", "Socialstyrelsens bedömning:"),
        ("p", "Gården drevs som vanligt av kommunen och hade funnits kvar även om bidraget aldrig betalats ut."),
        ("p", "Kommunens svar:"),
        ("p", "Kommunen medger återkravet."),
        ("p", "Med vänliga hälsningar"),
        ("p", "Sofia Engström"),
        ("p", "Förvaltningschef"),
    ],
    dict(
        activities={
            "4": act("27000", ["description_mismatch"], "unclear", None),
            "5": act("80000", ["ordinary_operations"], "accepts_full", "80000"),
        },
        people=[person("Sofia Engström", "förvaltningschef")],
    ),
)

# 4. A printed form's fields as lines: the field's name, then its text on the same line
# ("Myndighetens motivering Projektet …"), with no colon between them.
_add(
    "sotenas",
    "Sotenäs kommun · E-tjänst yttrande",
    [
        ("h1", "Yttrande över återkrav av statsbidrag 2023"),
        ("h2", "Aktivitet 6 Musikprojekt i Hunnebostrand"),
        ("p", "Återkrävt belopp 45 000 kr"),
        ("p", "Myndighetens motivering Projektet riktade sig till sommargäster snarare än till unga i området."),
        ("p", "Kommunens svar Kommunen bestrider återkravet. Deltagarlistorna visar att 30 av 34 deltagare bodde i området."),
        ("h2", "Aktivitet 7 Fortbildning för lärare"),
        ("p", "Återkrävt belopp 22 000 kr"),
        ("p", "Socialstyrelsens skäl Fortbildningen av lärarna hör till arbetsgivarens vanliga ansvar."),
        ("p", "Kommunens svar Kommunen godtar återkravet."),
        ("p", "Med vänlig hälsning"),
        ("p", "Karin Olsson"),
        ("p", "Socialchef"),
    ],
    dict(
        activities={
            "6": act("45000", ["purpose_mismatch"], "disputes", "0"),
            "7": act("22000", ["ordinary_operations"], "accepts_full", "22000"),
        },
        people=[person("Karin Olsson", "socialchef")],
    ),
)

# 5. Two signatures side by side (the chair with the party, the director of the municipality),
# which a text layer reads as one line of two names over one line of two titles.
_add(
    "ange",
    "Ånge kommun – Kommunstyrelsen",
    [
        ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
        ("h2", "Aktivitet 2 Mötesplats för seniorer och unga"),
        ("p", "Krav: 36 000 kr"),
        ("p", "Socialstyrelsen anser att mötesplatsen var öppen för hela kommunen och inte inriktad på området."),
        ("p", "Kommunen bestrider återkravet."),
        ("p", "Med vänlig hälsning"),
        ("p", "För kommunstyrelsen i Ånge kommun"),
        ("columns", [["Tomas Berg (KD)", "Helena Ek"], ["kommunstyrelsens ordförande", "kommundirektör"]]),
    ],
    dict(
        activities={"2": act("36000", ["purpose_mismatch"], "disputes", "0")},
        people=[person("Tomas Berg", "kommunstyrelsens ordförande", "KD"), person("Helena Ek", "kommundirektör")],
    ),
)

# 6. Positions in plain or English-influenced verbs the lexicon lacked: "kan inte gå med på",
# "refunderar", "håller inte med … och avvisar", "går med på".
_add(
    "arvika",
    "Arvika kommun",
    [
        ("h1", "Svar på Socialstyrelsens preliminära beslut om återkrav"),
        ("h2", "1. Fältgrupp i Centrum – 58 000 kr"),
        ("p", "Socialstyrelsen bedömer att fältgruppens kostnader inte kan verifieras."),
        ("p", "Vi kan inte gå med på kravet. Tidrapporterna finns i kommunens system."),
        ("h2", "2. Sommarläger 2024 – 21 000 kr"),
        ("p", "Socialstyrelsen anser att lägret genomfördes utanför bidragsperioden."),
        ("p", "Kommunen refunderar hela summan."),
        ("h2", "3. Stöd till familjer – 74 000 kr"),
        ("p", "Socialstyrelsen menar att stödet utgör myndighetsutövning."),
        ("p", "Kommunen håller inte med om bedömningen och avvisar återkravet."),
        ("h2", "4. Temadag om trygghet – 9 500 kr"),
        ("p", "Socialstyrelsen konstaterar att en beskrivning av temadagen saknas."),
        ("p", "Kommunen går med på återkravet."),
    ],
    dict(
        activities={
            "1": act("58000", ["unverifiable_costs"], "disputes", "0"),
            "2": act("21000", ["outside_grant_period"], "accepts_full", "21000"),
            "3": act("74000", ["exercise_of_authority"], "disputes", "0"),
            "4": act("9500", ["missing_description"], "accepts_full", "9500"),
        },
        people=[],
    ),
)

# 7. A signer whose compound title ends the line above a contact line that starts with its label:
# the title is the signer's, the contact person's role is the one after her name.
_add(
    "kumla",
    "Kumla kommun",
    [
        ("h1", "Yttrande om återkrav av statsbidrag"),
        ("h2", "Aktivitet 3 Läxhjälp i Västra Mos"),
        ("p", "Belopp: 19 000 kr"),
        ("p", "Socialstyrelsen bedömer att läxhjälpen är en del av skolans ordinarie verksamhet."),
        ("p", "Kommunen bestrider återkravet."),
        ("p", "Med vänlig hälsning"),
        ("p", "Jonas Lilja"),
        ("p", "verksamhetsdirektör"),
        ("p", "Kontaktperson Maja Ek, ekonom, tel. 019-58 80 00, maja.ek@kumla.se"),
    ],
    dict(
        activities={"3": act("19000", ["ordinary_operations"], "disputes", "0")},
        people=[person("Jonas Lilja", "verksamhetsdirektör"), person("Maja Ek", "ekonom", None, "+4619588000", "maja.ek@kumla.se")],
    ),
)
