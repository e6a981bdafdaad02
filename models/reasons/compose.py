"""Writes models/reasons/train.tsv: the agency's assessment sentences, labelled with the contract's
reason codes, for the reason classifier (pipeline/reasons.py).

The sentences are composed from clauses written here by hand for each code (what the agency
finds), said through the agency's many framings (bedömer/anser/menar/konstaterar/"Enligt
Socialstyrelsen …"/passives), two findings in one sentence, and sentences that state no reason
at all. The composition is deterministic (a seeded shuffle), so the file is reproducible:
`python models/reasons/compose.py`. models/reasons/heldout.tsv was written before this file and
shares no sentence with it; it is never used to train.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

# "att"-clauses (subordinate word order: "att kostnaden inte är rimlig")
CLAUSES: dict[str, list[str]] = {
    "purpose_mismatch": [
        "det inte har visats att barnen i området deltog",
        "föreställningen inte var riktad till de unga i området",
        "aktiviteten inte överensstämmer med statsbidragets syfte",
        "insatsen inte är förenlig med bidragets syfte",
        "satsningen ligger utanför syftet med statsbidraget",
        "verksamheten inte riktar sig till invånarna i de utsatta områdena",
        "evenemanget var öppet för hela kommunen och inte inriktat på de utsatta områdena",
        "aktiviteten saknar koppling till de områden som bidraget gäller",
        "deltagarna inte kom från de utsatta områdena",
        "insatsen inte bidrar till att minska segregationen i området",
        "resan inte har något samband med bidragets ändamål",
        "projektet inte främjar tryggheten i de utsatta områdena",
        "åtgärden inte svarar mot de mål som bidraget ska uppnå",
        "aktiviteten inte når målgruppen",
        "kommunen har använt medlen till annat än det som bidraget är avsett för",
        "mässan inte har någon tydlig anknytning till bidragets syfte",
        "verksamheten vänder sig till alla ungdomar i kommunen och inte till de boende i området",
        "kursen inte gynnar de barn och unga som bor i de utsatta områdena",
        "seminarierna inte riktade sig till de boende i området",
        "inköpet inte kan anses ligga i linje med syftet",
        "insatsen genomfördes i en annan del av kommunen än de utsatta områdena",
    ],
    "unverifiable_costs": [
        "beloppet inte är styrkt",
        "redovisade utgifter saknar underlag",
        "kostnaderna inte kan verifieras",
        "det inte går att spåra kostnaderna till aktiviteten",
        "fakturor saknas för en stor del av beloppet",
        "kommunen inte har kunnat styrka kostnaderna",
        "underlagen inte visar vad pengarna har gått till",
        "det saknas kvitton för inköpen",
        "utgifterna inte kan härledas till projektet",
        "redovisningen inte innehåller några verifikationer",
        "det är oklart vilka kostnader som har belastat bidraget",
        "kommunen inte har lämnat in fakturor som styrker utgifterna",
        "lönekostnaderna inte har belagts med underlag",
        "det inte framgår hur medlen har använts",
        "fakturan är otydlig och inte specificerar vad som köpts",
        "timmarna som redovisats inte kan kontrolleras",
        "kommunen inte har visat vilka kostnader som hör till insatsen",
        "underlag saknas för personalkostnaderna",
        "det inte går att säkerställa att pengarna använts till aktiviteten",
        "bokföringen inte visar några utbetalningar för aktiviteten",
    ],
    "exercise_of_authority": [
        "insatsen utgör myndighetsutövning",
        "handläggningen av ärenden är myndighetsutövning som inte kan finansieras med bidraget",
        "socialsekreterarnas utredningar är en del av kommunens myndighetsutövning",
        "tjänsterna till stor del avser myndighetsutövning",
        "beslut om insatser enligt socialtjänstlagen är myndighetsutövning",
        "arbetet med orosanmälningar utgör myndighetsutövning",
        "kontrollerna som utfördes är myndighetsutövning",
        "tillsynen är en form av myndighetsutövning",
        "verksamheten innefattar myndighetsutövning mot enskilda",
        "de anställdas arbetsuppgifter huvudsakligen består av myndighetsutövning",
        "bistånd som beviljas av nämnden är myndighetsutövning",
        "insatsen i praktiken är myndighetsutövning och därför inte bidragsberättigad",
    ],
    "outside_grant_period": [
        "projektet inleddes innan bidragsperioden",
        "kostnaden hänför sig till tiden efter bidragsperioden",
        "aktiviteten genomfördes utanför bidragsperioden",
        "kostnaden uppstod före bidragsperiodens början",
        "fakturan betalades efter att bidragsperioden hade löpt ut",
        "utgifterna avser 2024 och därmed inte omfattas av bidraget",
        "insatsen påbörjades innan bidraget beviljades",
        "lägret hölls efter periodens slut",
        "kostnaderna bokfördes under 2021",
        "arbetet utfördes under ett år som bidraget inte gäller",
        "konferensen ägde rum innan statsbidraget betalades ut",
        "hyran avser månader efter att perioden tagit slut",
        "fakturan är daterad efter bidragsperioden",
        "utbildningen genomfördes redan 2020",
        "tjänsten tillsattes först efter att projekttiden hade gått ut",
        "kostnaderna ligger utanför den tidsperiod som beslutet omfattar",
    ],
    "ordinary_operations": [
        "tjänsten skulle ha funnits även utan bidraget",
        "uppgiften hör till förvaltningens vanliga arbete",
        "kostnaden avser kommunens ordinarie verksamhet",
        "tjänsterna ingår i den ordinarie verksamheten",
        "insatsen är en del av kommunens grunduppdrag",
        "utbildningen är intern kompetensutveckling",
        "fritidsgården fanns redan före bidraget och drivs som vanligt",
        "aktiviteten hade genomförts även utan statsbidraget",
        "lönerna gäller ordinarie personal",
        "arbetet ingår i skolans lagstadgade uppdrag",
        "kommunen har ett lagstadgat ansvar för insatsen",
        "verksamheten redan bedrevs innan bidraget",
        "kostnaden hör till kommunens löpande drift",
        "personalens fortbildning är något kommunen alltid bekostar själv",
        "insatsen ersätter kommunens egen budget för verksamheten",
        "städningen av lokalerna är en vanlig driftskostnad",
        "arbetsuppgifterna är desamma som i tjänstemännens vanliga arbete",
        "socialtjänsten ändå är skyldig att utföra arbetet",
        "aktiviteten är en befintlig verksamhet som inte har utökats",
        "kommunen enligt lag är skyldig att tillhandahålla verksamheten",
        "skolan enligt skollagen ändå måste ge eleverna stödet",
        "insatsen följer av kommunens skyldigheter enligt socialtjänstlagen",
        "uppgiften är en sådan som kommunen alltid har ansvar för",
    ],
    "fabricated_documents": [
        "underlagen har konstruerats i efterhand",
        "närvarolistorna har upprättats i efterhand",
        "avtalet har skrivits efter att aktiviteten genomförts",
        "fakturan är efterkonstruerad",
        "dokumenten har tagits fram i efterhand för att motivera kostnaden",
        "protokollet har daterats bakåt",
        "tidrapporterna skapades först när granskningen inleddes",
        "handlingarna inte är samtida med aktiviteten utan gjorda senare",
        "deltagarlistan har fyllts i efteråt",
        "kvittona har framställts i efterhand",
        "intygen från föreningen skrevs långt efter att insatsen var avslutad",
    ],
    "excessive_cost": [
        "summan är väl tilltagen för en enda kväll",
        "utgiften var betydligt större än nödvändigt",
        "kostnaden är orimligt hög",
        "priset inte står i proportion till aktivitetens omfattning",
        "arvodet är oskäligt",
        "beloppet är för högt för det som utfördes",
        "kostnaden per deltagare är oproportionerligt stor",
        "hyran är dyrare än vad som kan anses rimligt",
        "utgifterna för mat och resor är överdrivna",
        "konsultens timpris ligger långt över marknadspris",
        "kostnaderna inte är skäliga i förhållande till resultatet",
        "lokalen var onödigt dyr",
        "inköpen var alltför kostsamma",
        "ersättningen till föreläsaren är orimlig",
        "det betalades ett överpris för tjänsten",
    ],
    "description_mismatch": [
        "beskrivningen av aktiviteten inte stämmer överens med kostnaderna",
        "kostnaderna inte överensstämmer med den beskrivna verksamheten",
        "fakturorna avser något annat än det som beskrivs",
        "redovisningen inte stämmer med beskrivningen",
        "det som redovisats och det som beskrivits inte hänger ihop",
        "underlagen och beskrivningen ger olika bild av vad som gjordes",
        "kostnaderna gäller andra aktiviteter än de som anges i redovisningen",
        "de redovisade utgifterna inte motsvarar beskrivningen",
        "beskrivningen i ansökan skiljer sig från det som faktiskt köptes",
        "uppgifterna i redovisningen inte går ihop med fakturorna",
        "det finns en motsägelse mellan beskrivningen och kostnaderna",
    ],
    "missing_description": [
        "insatsen inte har beskrivits tillräckligt",
        "kommunen inte har gjort någon beskrivning av arbetet",
        "kommunen inte har beskrivit aktiviteten",
        "en beskrivning av insatsen saknas",
        "det inte finns någon redogörelse för vad som genomfördes",
        "kommunen inte har lämnat någon beskrivning av verksamheten",
        "redovisningen saknar en beskrivning av aktivitetens innehåll",
        "kommunen inte har redogjort för hur insatsen gick till",
        "det saknas uppgifter om vad aktiviteten innehöll",
        "kommunen inte har förklarat vad pengarna skulle användas till i projektet",
        "aktiviteten inte har beskrivits i redovisningen",
        "ingen beskrivning av målgrupp eller innehåll har lämnats",
        "kommunen inte har berättat vad deltagarna gjorde",
    ],
    "conditions_not_met": [
        "användningen inte är förenlig med villkoren för bidraget",
        "kommunen inte har följt villkoren i beslutet",
        "insatsen har dubbelfinansierats",
        "kostnaden redan har finansierats med andra statliga medel",
        "inköpet är en investering som inte är bidragsberättigad",
        "medlen har använts i strid med villkoren",
        "bidraget inte får användas till inventarier",
        "villkoren för statsbidraget inte är uppfyllda",
        "kommunen har köpt in utrustning som enligt villkoren inte får bekostas",
        "aktiviteten också har fått bidrag från en annan myndighet",
        "köpet av bilen är en investering och därför inte tillåten",
        "kommunen har brutit mot bestämmelserna för bidraget",
    ],
}

# sentences stated whole, for word orders the "att"-frame cannot give
SENTENCES: dict[str, list[str]] = {
    "purpose_mismatch": [
        "Socialstyrelsen bedömer inte att aktiviteten har bidragit till syftet.",
        "Enligt Socialstyrelsen ligger aktiviteten inte i linje med bidragets syfte.",
        "Insatsen bedöms inte uppfylla syftet med statsbidraget.",
        "Det kan enligt myndigheten inte visas att insatsen nådde de utsatta områdena.",
        "Aktiviteten anses inte ha riktats till målgruppen.",
        "Av beslutet framgår att resan inte hade något med de utsatta områdena att göra.",
    ],
    "unverifiable_costs": [
        "Myndigheten anser inte att utgifterna har verifierats.",
        "Socialstyrelsen bedömer inte att fakturorna visar vad som köptes.",
        "Enligt Socialstyrelsen saknas fakturor för kostnaderna.",
        "Kostnaderna bedöms inte kunna verifieras.",
        "Det har inte gått att spåra utbetalningarna.",
        "Av underlagen framgår inte vad medlen har använts till.",
        "Enligt myndigheten är redovisningen för bristfällig för att styrka kostnaderna.",
    ],
    "exercise_of_authority": [
        "Enligt Socialstyrelsen är insatsen myndighetsutövning.",
        "Arbetet bedöms utgöra myndighetsutövning.",
        "Av beslutet framgår att tjänsterna avsåg myndighetsutövning.",
        "Handläggningen anses vara myndighetsutövning.",
    ],
    "outside_grant_period": [
        "Enligt Socialstyrelsen genomfördes aktiviteten 2024.",
        "Kostnaden bedöms ha uppkommit före bidragsperioden.",
        "Av fakturan framgår att arbetet utfördes efter periodens slut.",
        "Aktiviteten anses ligga utanför bidragsperioden.",
        "Enligt myndigheten betalades fakturan först året efter.",
    ],
    "ordinary_operations": [
        "Enligt Socialstyrelsen är kostnaden en del av den ordinarie verksamheten.",
        "Tjänsterna bedöms ingå i kommunens grunduppdrag.",
        "Utbildningen anses vara intern kompetensutveckling.",
        "Av beslutet framgår att verksamheten fanns redan innan bidraget.",
        "Enligt myndigheten hade kommunen ändå behövt göra detta.",
    ],
    "fabricated_documents": [
        "Enligt Socialstyrelsen har underlagen konstruerats i efterhand.",
        "Närvarolistorna bedöms ha upprättats i efterhand.",
        "Avtalet anses ha tagits fram efteråt.",
        "Av granskningen framgår att fakturan skapades i efterhand.",
    ],
    "excessive_cost": [
        "Socialstyrelsen anser inte att priset var skäligt.",
        "Enligt Socialstyrelsen är kostnaden för hög.",
        "Kostnaden bedöms vara oskäligt hög.",
        "Priset anses inte stå i proportion till aktiviteten.",
        "Enligt myndigheten var arvodet alldeles för stort.",
    ],
    "description_mismatch": [
        "Enligt Socialstyrelsen stämmer beskrivningen inte överens med kostnaderna.",
        "Kostnaderna bedöms inte motsvara den beskrivna aktiviteten.",
        "Redovisningen och fakturorna anses inte hänga ihop.",
        "Enligt myndigheten gäller fakturorna något annat än det som beskrivits.",
    ],
    "missing_description": [
        "Socialstyrelsen anser inte att kommunen har beskrivit insatsen.",
        "Enligt Socialstyrelsen saknas en beskrivning av aktiviteten.",
        "Aktiviteten bedöms inte ha beskrivits.",
        "Någon redogörelse för insatsen har inte lämnats.",
        "Enligt myndigheten har kommunen inte beskrivit vad som gjordes.",
    ],
    "conditions_not_met": [
        "Enligt Socialstyrelsen är användningen inte förenlig med villkoren.",
        "Insatsen bedöms ha dubbelfinansierats.",
        "Inköpet anses vara en investering som inte omfattas av bidraget.",
        "Enligt myndigheten har villkoren för bidraget inte följts.",
    ],
}

FRAMES = [
    "Socialstyrelsen bedömer att {c}.",
    "Socialstyrelsen anser att {c}.",
    "Socialstyrelsen menar att {c}.",
    "Socialstyrelsen konstaterar att {c}.",
    "Myndigheten bedömer att {c}.",
    "Myndigheten anser att {c}.",
    "Socialstyrelsen gör bedömningen att {c}.",
    "Socialstyrelsens bedömning är att {c}.",
    "I det preliminära beslutet anges att {c}.",
    "Det är Socialstyrelsens uppfattning att {c}.",
    "Socialstyrelsen framhåller att {c}.",
    "Av beslutet framgår att {c}.",
]

# assessment sentences that state no reason: what was reviewed, the sum, dates, agreement
NONE = [
    "Socialstyrelsen har granskat kommunens redovisning.",
    "Socialstyrelsen har tagit del av kommunens svar.",
    "Socialstyrelsen återkräver 85 000 kronor för aktiviteten.",
    "Myndigheten har den 4 november 2024 fattat ett preliminärt beslut om återkrav.",
    "Socialstyrelsen bedömer att aktiviteten ligger i linje med bidragets syfte.",
    "Socialstyrelsen konstaterar att kommunen har redovisat aktiviteten.",
    "Socialstyrelsen anser att fakturorna är tydliga.",
    "Myndigheten konstaterar att lägret genomfördes under sommaren 2023.",
    "Socialstyrelsen har begärt komplettering av kommunen.",
    "Socialstyrelsen bedömer att delar av kostnaderna är bidragsberättigade.",
    "Socialstyrelsen menar att kommunen har lämnat in sin redovisning i tid.",
    "Enligt Socialstyrelsen omfattar återkravet hela beloppet.",
    "Socialstyrelsen har gått igenom underlagen som kommunen skickade in i mars.",
    "Av beslutet framgår att återkravet gäller fyra aktiviteter.",
    "Socialstyrelsen bedömer att aktiviteten riktar sig till målgruppen.",
    "Myndigheten anser att beskrivningen är utförlig.",
    "Socialstyrelsen konstaterar att kostnaderna är styrkta med fakturor.",
    "Socialstyrelsen skriver i sitt beslut att kommunen har rätt att yttra sig.",
    "Socialstyrelsen har haft kontakt med kommunens ekonomiavdelning.",
    "Socialstyrelsen bedömer att kommunen har följt villkoren för övriga aktiviteter.",
    "Myndigheten konstaterar att kommunen har fått 3,4 miljoner kronor i bidrag.",
    "Socialstyrelsen menar att insatsen i sig är lovvärd.",
    "I beslutet anges att kommunen ska betala tillbaka beloppet inom 30 dagar.",
    "Socialstyrelsen anser att kommunen har beskrivit aktiviteten väl.",
    "Socialstyrelsen har läst kommunens slutrapport.",
    "Myndigheten bedömer att kommunens redovisning i övrigt är fullständig.",
    "Socialstyrelsen konstaterar att föreningen fick 20 000 kronor.",
    "Socialstyrelsen ifrågasätter inte att aktiviteten ägde rum.",
    "Enligt Socialstyrelsen är det kommunen som ska visa hur bidraget har använts.",
    "Socialstyrelsen bedömer att kostnaden för lokalen är rimlig.",
    "Socialstyrelsen anser att aktiviteten genomfördes inom bidragsperioden.",
    "Myndigheten konstaterar att det rör sig om en ny verksamhet.",
    "Beslutet fattades den 3 mars 2024 och avser bidragsåret 2023.",
    "Socialstyrelsens beslut från den 10 oktober 2024 gäller statsbidraget för 2022.",
    "Bidraget för 2023 betalades ut i april samma år.",
    "Kommunen redovisade bidraget för 2022 i februari 2023.",
    "Det preliminära beslutet är daterat 2024-12-02 och gäller bidragsåret 2023.",
    "Återkravet avser statsbidraget för insatser i utsatta områden 2021–2023.",
    "Socialstyrelsen har granskat redovisningen för bidragsperioden 2023.",
    "Underlaget kom in till Socialstyrelsen den 15 januari 2024.",
]

# what the agency's part quotes of the activity itself: topics, not findings
DESCRIPTIONS = [
    "Förberedelser inför resan och en workshop för ungdomarna.",
    "Aktiviteten bestod av en resa till Göteborg och två föreläsningar.",
    "Kommunen har redovisat kostnader för lokalhyra, mat och transporter.",
    "Insatsen omfattade läxhjälp två kvällar i veckan.",
    "Projektet leddes av en samordnare på halvtid.",
    "Under sommaren anordnades fotbollsturneringar och grillkvällar.",
    "Kostnaderna avser arvoden till föreläsare och hyra av buss.",
    "Fakturan gäller tryck av affischer och flygblad.",
    "Föreningen fick bidrag för sina lovaktiviteter.",
    "Kommunen anställde fyra fältassistenter under hösten.",
    "Redovisningen omfattar löner, lokaler och material.",
    "Aktiviteten vände sig till föräldrar med barn i skolåldern.",
    "Medlen användes till en konsert i centrum och en dansworkshop.",
    "Enligt redovisningen deltog cirka 200 personer.",
    "Kommunen köpte in sportutrustning och spel till fritidsgården.",
    "Insatsen genomfördes i samarbete med polisen och bostadsbolaget.",
    "Det ekonomiska underlaget består av fakturor och kontoutdrag.",
    "Resan till fjällen pågick i fem dagar.",
    "Kostnaden för konsulten uppgick till 120 000 kronor.",
    "Aktiviteten pågick från mars till december.",
    "Studiebesöket gjordes tillsammans med ungdomsrådet.",
    "Kommunen har lämnat in en slutrapport och en sammanställning av kostnaderna.",
    "Parfymworkshop och matlagningskurs för unga tjejer.",
    "Hyra av idrottshall på lördagskvällar.",
    "Sommarjobb för ungdomar i området.",
    "Nattvandringar och trygghetsvandringar med föreningar.",
    "Inköp av datorer till läxhjälpen.",
    "Lön för projektledare och utbildning av volontärer.",
]

# the finding negated in the main clause: "Socialstyrelsen anser inte att <what would be fine>"
NEGATED_FRAMES = [
    "Socialstyrelsen anser inte att {c}.",
    "Socialstyrelsen bedömer inte att {c}.",
    "Myndigheten menar inte att {c}.",
    "Det är inte visat att {c}.",
]
POSITIVE: dict[str, list[str]] = {
    "unverifiable_costs": [
        "kostnaderna är styrkta",
        "utgifterna har verifierats med underlag",
        "beloppet kan härledas till aktiviteten",
        "fakturorna visar vad pengarna gick till",
    ],
    "purpose_mismatch": [
        "aktiviteten ligger i linje med bidragets syfte",
        "insatsen har nått de utsatta områdena",
        "deltagarna var från målgruppen",
        "resan bidrog till bidragets ändamål",
    ],
    "excessive_cost": [
        "priset är rimligt",
        "kostnaden står i proportion till insatsen",
        "arvodet är skäligt",
    ],
    "description_mismatch": [
        "beskrivningen stämmer med kostnaderna",
        "fakturorna motsvarar den beskrivna aktiviteten",
    ],
    "missing_description": [
        "kommunen har beskrivit insatsen tillräckligt",
        "aktiviteten är beskriven i redovisningen",
    ],
    "outside_grant_period": [
        "aktiviteten genomfördes inom bidragsperioden",
        "kostnaden uppstod under bidragsåret",
    ],
    "ordinary_operations": [
        "insatsen är något utöver den ordinarie verksamheten",
        "tjänsten är nyinrättad för projektet",
        "fritidsgården är en ny verksamhet",
        "kvällsöppet är en utökning som inte fanns tidigare",
        "tjänsten inrättades för bidraget",
    ],
    "conditions_not_met": [
        "villkoren för bidraget har följts",
        "kostnaden är bidragsberättigad enligt villkoren",
    ],
}

# Issue 13, round 2: findings in wordings the first round lacked (written new, not taken from any
# response under tests/data): the finding without "Socialstyrelsen" as its subject, passives with
# "bedöms", a list of missing papers, a contrast between costs and description, conditions
# named by what they require.
MORE_CLAUSES: dict[str, list[str]] = {
    "purpose_mismatch": [
        "pengarna har gått till en verksamhet för hela kommunens befolkning",
        "pengarna finansierade en regional idrottsturnering utan koppling till bostadsområdet",
        "staketet kring skolgården inte är något som stärker barnens livsvillkor",
        "utflykten saknar betydelse för de unga som bidraget ska nå",
        "festivalen lockade främst besökare från andra delar av länet",
        "aktiviteten inte kan knytas till arbetet mot segregation",
        "renoveringen av lokalen inte gagnar de boende i stadsdelen",
    ],
    "unverifiable_costs": [
        "varken kvittoredovisning eller tidrapporter har skickats in",
        "det saknas verifikationer som visar att beloppet betalats ut",
        "kommunen inte har kunnat visa upp fakturor för tjänsterna",
        "kostnaderna inte går att stämma av mot bokföringen",
        "lönerna inte är styrkta med lönespecifikationer",
        "underlaget för hyran inte har kunnat tas fram",
        "beloppet bygger på uppskattningar och inte på faktiska utgifter",
    ],
    "exercise_of_authority": [
        "fältassistenternas uppdrag främst gällde utredning av enskilda ärenden",
        "arbetet bestod av beslut om bistånd till enskilda",
        "handläggarnas tid gick till myndighetsutövning",
        "insatsen inte kan skiljas från nämndens myndighetsutövning",
    ],
    "outside_grant_period": [
        "insatsen påbörjades först året efter bidragsåret",
        "fakturan avser hyra för tiden efter att bidragsperioden löpt ut",
        "kostnaderna uppstod innan bidraget hade beviljats",
        "lägret hölls i januari året efter bidragsåret",
        "utbetalningen gjordes efter att perioden för bidraget hade upphört",
    ],
    "ordinary_operations": [
        "kursdagarna för lärarna hör till arbetsgivarens vanliga fortbildning",
        "kostnaden hade kommunen burit även utan statsbidraget",
        "biblioteket hade samma kvällsöppet långt innan projektet startade",
        "enkäten om ungas fritid är ett sådant underlag som nämnden ändå tar fram varje år",
        "tjänsten är en del av den grundbemanning som kommunen alltid har",
        "verksamheten bedrevs på samma sätt året innan",
        "kostnaden ingår i skolans vanliga uppdrag",
    ],
    "fabricated_documents": [
        "fakturan har ändrats i efterhand",
        "underskrifterna på närvarolistorna inte är äkta",
        "det finns tecken på att kvittona har tillverkats i efterhand",
        "leverantören på fakturan inte existerar",
    ],
    "excessive_cost": [
        "varje deltagare kostade flera gånger mer än vid liknande läger",
        "priset för resan vida överstiger vad en sådan resa brukar kosta",
        "arvodet till föreläsaren är oskäligt högt",
        "kostnaden inte står i rimlig proportion till antalet deltagare",
        "beloppet är för stort i förhållande till det som genomfördes",
    ],
    "description_mismatch": [
        "utgifterna gällde en bil medan ansökan handlade om mentorskap",
        "det som redovisats inte motsvarar det som kommunen sökte bidrag för",
        "fakturorna gäller något annat än det som beskrivs i redovisningen",
        "redovisade kostnader inte stämmer överens med beskrivningen av insatsen",
        "aktiviteten i redovisningen skiljer sig från den som anges i ansökan",
    ],
    "missing_description": [
        "redovisningen inte säger något om vad deltagarna fick göra",
        "redovisningen saknar uppgifter om vad som genomfördes",
        "kommunen inte har beskrivit innehållet i insatsen",
        "det saknas en redogörelse för hur aktiviteten gick till",
        "aktiviteten endast anges med en rubrik utan beskrivning",
    ],
    "conditions_not_met": [
        "kommunen inte har samarbetat med de aktörer som förordningen pekar ut",
        "villkoret om en lokal samverkansöverenskommelse inte har följts",
        "insatsen inte har planerats tillsammans med polisen som villkoren kräver",
        "bidraget har använts till en investering som villkoren inte medger",
        "samma kostnad har fått stöd från ett annat statsbidrag",
    ],
}

# findings said whole: passives, a bare finding under the agency's heading, a noun phrase
MORE_SENTENCES: dict[str, list[str]] = {
    "purpose_mismatch": [
        "Konserten anses inte ha haft de unga i stadsdelen som publik.",
        "Insatsen når enligt myndigheten inte de barn som bor i området.",
        "Att sätta upp lampor och staket hör inte till det bidraget ska användas till.",
        "Satsningen riktar sig till alla invånare och inte till de prioriterade områdena.",
    ],
    "unverifiable_costs": [
        "Kvitton och fakturor saknas för en stor del av kostnaderna.",
        "Fakturor och lönespecifikationer har inte lämnats in.",
        "Kostnaderna har inte kunnat styrkas med underlag.",
        "Verifikationer för utgifterna saknas.",
    ],
    "exercise_of_authority": [
        "Tjänsterna bedöms till största delen avse myndighetsutövning.",
        "Utredningsarbetet räknas som myndighetsutövning.",
    ],
    "outside_grant_period": [
        "Aktiviteten genomfördes enligt myndigheten först efter bidragsperiodens slut.",
        "Kostnaderna bedöms ligga utanför bidragsperioden.",
        "Resan gjordes året efter det år bidraget gällde.",
    ],
    "ordinary_operations": [
        "Handledningen av personalen ses som en del av arbetsgivarens löpande ansvar.",
        "Verksamheten bedöms vara en del av kommunens grunduppdrag.",
        "Socialstyrelsen bedömer kostnaden som ordinarie verksamhet.",
        "Kvällsöppna lokaler för unga räknas enligt myndigheten till det kommunen redan erbjuder.",
    ],
    "fabricated_documents": [
        "Fakturan bedöms vara efterkonstruerad.",
        "Närvarolistorna bedöms vara upprättade i efterhand.",
    ],
    "excessive_cost": [
        "Utgiften för varje barn som deltog framstår som överdriven.",
        "Priset för lägret är orimligt högt.",
        "Hotellkostnaden bedöms som alltför hög.",
    ],
    "description_mismatch": [
        "Pengarna lades på möbler trots att projektet presenterades som samtalsstöd för föräldrar.",
        "Redovisningen och ansökan beskriver olika aktiviteter.",
        "Det som fakturerats hänger inte ihop med hur projektet har presenterats.",
    ],
    "missing_description": [
        "Beskrivning av aktiviteten saknas i redovisningen.",
        "Redovisningen innehåller ingen beskrivning av vad som gjordes.",
        "Aktiviteten är inte beskriven.",
    ],
    "conditions_not_met": [
        "Bidragets krav på att arbetet sker ihop med lokala föreningar har inte följts.",
        "Kravet på en lokal överenskommelse med polisen har inte uppfyllts.",
        "Villkoren för bidraget är inte uppfyllda i denna del.",
        "Insatsen har finansierats med både detta och ett annat statsbidrag.",
    ],
}

# sentences of the agency's part that state no finding: the claim, the response's own account
MORE_NONE = [
    "Återkravet uppgår till 64 000 kronor för aktiviteten.",
    "Socialstyrelsen återkräver hela beloppet.",
    "Kravet avser lönekostnader för två tjänster.",
    "Lägret hölls under sportlovet med 30 deltagare.",
    "Teamet har arbetat kvällar och helger i stadsdelen.",
    "Socialstyrelsens underrättelse, sidan 4.",
    "Se bilaga 3 för närvarolistorna.",
    "Socialstyrelsen har i sin granskning funnit skäl att återkräva en del av bidraget.",
]

# Issue 13, round 3: findings said as a comparison ("mer … än …", "snarare … än …"), as what
# would have been done anyway ("i alla fall", "oavsett bidraget"), as a contrast between what was
# described and what was paid ("…, medan …"), and the reason given as the cause of the claim
# ("Socialstyrelsen avser att återkräva beloppet eftersom …"). Written new, not taken from any
# response under tests/.
ROUND3_CLAUSES: dict[str, list[str]] = {
    "purpose_mismatch": [
        "insatsen snarare var kundservice än ett arbete för de utsatta områdena",
        "uppdraget i första hand gällde fastighetsförvaltning och inte bidragets ändamål",
        "verksamheten mer liknar allmän kulturverksamhet än en insats i de utsatta områdena",
        "tjänsterna hade större koppling till bolagets hyresgäster i stort än till målgruppen",
        "resan främst var en belöning för personalen och inte en insats för de boende",
        "kampanjen vände sig till alla kommuninvånare snarare än till dem som bor i området",
        "evenemanget mer var en marknadsföring av kommunen än ett stöd till de unga i stadsdelen",
    ],
    "ordinary_operations": [
        "reparationerna hade gjorts oavsett bidraget",
        "kommunen skulle ha bekostat uppgiften i alla fall",
        "underhållet av lokalerna är något förvaltningen gör varje år",
        "lönerna hade betalats ut även om bidraget inte hade funnits",
        "personalens arbete är en ordinär uppgift för förvaltningen",
        "bytet av utrustning var planerat sedan tidigare och skulle ha skett ändå",
        "skötseln av grönytorna är ett vanligt åtagande som bostadsbolaget har i vilket fall",
        "rektorn ändå ansvarar för att eleverna får det stödet",
    ],
    "description_mismatch": [
        "ansökan nämner läxhjälp, medan fakturorna avser möbler",
        "rapporten beskriver tre läger, medan underlagen bara visar ett",
        "beskrivningen gäller en sommarkurs, medan kostnaderna avser hyra under hela året",
        "aktiviteten beskrivs som en föreläsningsserie men fakturorna gäller en resa",
        "antalet redovisade timmar är långt fler än de tillfällen som beskrivs",
        "projektplanen talar om kvällsträffar för föräldrar, medan pengarna gick till en personalfest",
    ],
    "excessive_cost": [
        "föreläsningen kostade mångdubbelt mer än liknande föreläsningar brukar kosta",
        "priset per deltagare var långt högre än vad som är rimligt",
        "hotellet var dyrare än nödvändigt för en dagskonferens",
        "kostnaden vida överstiger vad en sådan aktivitet normalt kostar",
        "det hade gått att genomföra aktiviteten till en bråkdel av kostnaden",
    ],
    "outside_grant_period": [
        "mötena ägde rum först när perioden redan hade löpt ut",
        "lägret genomfördes hösten efter att bidragsåret tagit slut",
        "projektet startade månader innan medlen fick användas",
    ],
    "unverifiable_costs": [
        "det inte finns några kvitton som visar vad som köptes",
        "timlistorna har inte sparats och arbetet därför inte kan styrkas",
        "bokföringen inte kan visa vart pengarna tog vägen",
        # tracing: "följa", "spåra", "härleda" the money through the books
        "utgifterna inte kan följas i bokföringen",
        "det inte går att följa pengarna från bidraget till de redovisade utgifterna",
        "lönekostnaderna inte kan följas i kommunens räkenskaper",
        "arvodena inte går att spåra i ekonomisystemet",
        "de redovisade timmarna inte kan härledas till någon lönekörning",
    ],
}

# the reason as the cause of the claim: the finding after "eftersom" or "då"
CAUSE_FRAMES = [
    "Socialstyrelsen avser att återkräva beloppet eftersom {c}.",
    "Myndigheten kräver tillbaka bidraget för aktiviteten, då {c}.",
    "Socialstyrelsen har beslutat om återkrav eftersom {c}.",
]

# the finding said whole, without the agency as subject, as it stands under the agency's heading
ROUND3_SENTENCES: dict[str, list[str]] = {
    "outside_grant_period": [
        "Kursen gavs i mars året efter, när bidragsperioden redan var slut.",
        "Seminarierna hölls först efter att projekttiden hade gått ut.",
    ],
    "purpose_mismatch": [
        "Projektet handlade mer om att locka turister än om de boende i området.",
        "Arbetet riktade sig främst till företagen i centrum, inte till ungdomarna i stadsdelen.",
    ],
    "ordinary_operations": [
        "Underhållet av lekplatsen hade kommunen gjort oavsett statsbidraget.",
        "Tjänsten fanns redan och hade funnits kvar även utan pengarna.",
    ],
    "description_mismatch": [
        "Ansökan handlar om samtalsgrupper, medan kostnaderna avser en studieresa.",
        "Rapporten nämner fyra träffar men fakturorna gäller ett helt år av lokalhyra.",
    ],
    "unverifiable_costs": [
        "Kvitton och tidrapporter saknas.",
        "Fakturor och avtal saknas för inköpen.",
        "Lönespecifikationer och närvarolistor har inte kommit in.",
        "Underlag för resorna och hyran saknas helt.",
    ],
    "conditions_not_met": [
        "Kravet att insatsen ska genomföras tillsammans med polisen är inte uppfyllt.",
        "Villkoret om samverkan med civilsamhället har inte följts för projektet.",
        "Villkoret att medlen endast får användas för nya insatser är inte uppfyllt i denna del.",
        "Förutsättningen att bidraget inte får gå till investeringar har inte respekterats.",
        "Inköp av möbler är inte tillåtet enligt förordningen.",
        "Att köpa in ett fordon är inte bidragsberättigat enligt bidragsvillkoren.",
        "Nämnden hade inte rätt att använda medlen till inredning av kontoret.",
        "Kommunen fick inte bekosta datorerna med bidraget.",
    ],
    "excessive_cost": [
        "Kostnaden per besökare var flera gånger högre än för liknande evenemang.",
        "Arvodet var betydligt högre än vad en sådan uppgift brukar kosta.",
    ],
}

for _code, _extra in MORE_CLAUSES.items():
    CLAUSES[_code] = CLAUSES[_code] + _extra
for _code, _extra in MORE_SENTENCES.items():
    SENTENCES[_code] = SENTENCES[_code] + _extra
NONE = NONE + MORE_NONE
for _code, _extra in ROUND3_SENTENCES.items():
    SENTENCES[_code] = SENTENCES[_code] + _extra

SEED = 13


# Issue 13, round 4: the finding in other registers (written new for this round, not taken from
# any response under tests/ nor from the held-out files): the few words of a table's comment
# cell or a slide's bullet, nominal style ("Bristande …", "Avsaknad av …"), participles without a
# verb ("ej styrkt", "genomförd efter …"), the agency named by its abbreviation, and several
# findings in one line. Each phrase is written once, with one of the markers in turn, so the
# cross-validation never sees the same words in two folds.
TERSE: dict[str, list[str]] = {
    "purpose_mismatch": [
        "Saknar anknytning till de utsatta områdena",
        "Ingen tydlig koppling till bidragets syfte",
        "Bristande träffsäkerhet mot målgruppen",
        "Deltagarna kom i huvudsak från andra stadsdelar",
        "Insatsen vänder sig till hela kommunen",
        "Riktad till pensionärer, inte till barn och unga i området",
        "Fel målgrupp",
        "Utanför bidragets ändamål",
        "Främst en marknadsföringsinsats för kommunen",
        "Ej inriktad på de boende i området",
        "Pengarna gick till en idrottsgala utan koppling till området",
        "Saknar samband med det bidraget ska åstadkomma",
    ],
    "unverifiable_costs": [
        "Kostnaderna ej styrkta",
        "Saknas fakturor för inköpen",
        "Avsaknad av verifikationer",
        "Lönekostnader inte belagda med lönespecifikationer",
        "Fakturan specificerar inte vad som levererats",
        "Ospecificerade utlägg",
        "Utgifterna kan inte spåras i bokföringen",
        "Underlagen räcker inte för att styrka beloppet",
        "Kvittona är oläsliga",
        "Timredovisning saknas",
        "Ingen faktura för resan",
        "Ej verifierbart belopp",
    ],
    "exercise_of_authority": [
        "Avser myndighetsutövning",
        "Utredning av barnavårdsärenden är myndighetsutövning",
        "Bidraget har finansierat biståndsbedömningar",
        "Handläggning inom socialtjänstens myndighetsutövning",
        "Beslut om försörjningsstöd kan inte bekostas med bidraget",
        "Tjänsten omfattar myndighetsbeslut om enskilda",
        "Myndighetsutövande uppgifter hos socialsekreterarna",
        "LVU-utredningar ingår i tjänsten",
    ],
    "outside_grant_period": [
        "Kostnaden avser tid efter bidragsperioden",
        "Fakturerad efter periodens utgång",
        "Genomfört innan bidraget beviljades",
        "Utbetalning av lönerna skedde året efter",
        "Ligger utanför den period bidraget avser",
        "Resan gjordes först våren 2024",
        "Avtalet tecknades efter att perioden löpt ut",
        "Hyran gäller månader före projektstart",
        "Aktiviteten startade först efter bidragsåret",
        "Inköpt i mars 2024, när bidragsåret var slut",
    ],
    "ordinary_operations": [
        "Kommunens ordinarie ansvar",
        "Ingår i skolans grunduppdrag",
        "Löpande drift av fritidsgården",
        "Fanns redan före bidraget",
        "Personalens ordinarie arbetsuppgifter",
        "Basverksamhet som kommunen ändå bedriver",
        "Lagstadgad verksamhet",
        "Intern utbildning av egen personal",
        "Vanligt underhåll av lokalerna",
        "Samma verksamhet som tidigare år",
        "Ordinarie hemtjänst",
        "Ingen ny eller utökad insats",
    ],
    "fabricated_documents": [
        "Listorna förefaller upprättade i efterhand",
        "Underlaget är konstruerat efteråt",
        "Efterhandsupprättade protokoll",
        "Signaturerna på närvarolistorna är likadana",
        "Fakturan är daterad efter att granskningen inleddes",
        "Tveksam äkthet hos avtalet",
        "Dokumentationen har tagits fram i efterhand",
        "Närvarolistorna fylldes i långt senare",
    ],
    "excessive_cost": [
        "För hög kostnad",
        "Orimligt dyrt",
        "Oskäligt högt arvode",
        "Kostnaden per besökare är för hög",
        "Dyr resa i förhållande till nyttan",
        "Överpris för hyrd buss",
        "Beloppet står inte i rimlig proportion till insatsen",
        "Onödigt kostsamt boende",
        "Väl tilltagen kostnad för catering",
        "Hög timkostnad för konsulten",
        "Ej rimlig kostnadsnivå",
    ],
    "description_mismatch": [
        "Stämmer inte med ansökan",
        "Avviker från beskrivningen",
        "Annat innehåll än det som beskrevs",
        "Fakturorna gäller annat än den beskrivna aktiviteten",
        "Redovisningen och kostnaderna går isär",
        "Insatsen blev en annan än den planerade",
        "Skillnad mellan beskrivning och utfall",
        "Kostnaderna avser inte det som angavs i redovisningen",
        "Överensstämmer inte med projektplanen",
    ],
    "missing_description": [
        "Ingen beskrivning",
        "Redogörelse saknas",
        "Oklart vad aktiviteten innehöll",
        "Otillräcklig beskrivning av genomförandet",
        "Aktiviteten är inte beskriven i redovisningen",
        "Saknar uppgifter om innehåll och deltagare",
        "Ingen redovisning av vad som gjorts",
        "Bristfällig verksamhetsbeskrivning",
    ],
    "conditions_not_met": [
        "Inte bidragsberättigat",
        "Strider mot villkoren",
        "Dubbel finansiering",
        "Avser investering, inte verksamhet",
        "Bidraget får inte användas till inventarier",
        "Finansierat även av annat statsbidrag",
        "Kostnaden ryms inte inom villkoren för bidraget",
        "Medel till förening utan avtal, i strid med villkoren",
        "Representation omfattas inte av bidraget",
    ],
}
# how a terse finding is introduced: a bullet, the agency's abbreviation or its name, nothing
TERSE_MARKS = ["", "• ", "– ", "SoS: ", "Enligt SoS ", "Socialstyrelsen: ", "- ", "Skäl: "]
TERSE_ENDS = ["", ".", "."]
# the words of a cell or a slide that are no finding: badges, labels, references, figures
TERSE_NONE = [
    "Medges.",
    "Bestrids",
    "Delvis",
    "Myndigheten framför",
    "Kommunens svar",
    "Se bilaga 2",
    "Återkrävt 52 000 kr",
    "Avvaktar utredning",
    "Vi återkommer",
    "Kommunen medger.",
    "Summa",
    "Kostnaderna redovisas i bilaga 4.",
    "Bidrag enligt beslut: 80 000 kronor.",
    "Kommentarer",
    "Motivering",
    "Lämnas utan erinran.",
]


# English, as an international office or a consultant writes the agency's findings: "that"-clauses
# in new words (paraphrases of the findings, not of any response), each through two frames
ENGLISH_CLAUSES: dict[str, list[str]] = {
    "purpose_mismatch": [
        "the project did not reach residents of the designated areas",
        "the event was aimed at the whole city rather than the target neighbourhoods",
        "the spending does not serve the purpose of the grant",
        "the course had no link to the aims of the state grant",
        "the trip falls outside what the grant is intended for",
    ],
    "unverifiable_costs": [
        "the expenses are not supported by invoices",
        "the payments cannot be followed in the municipality's books",
        "there is no documentation showing what the money was spent on",
        "the reported hours cannot be checked against any records",
        "receipts are missing for most of the purchases",
        "the accounts do not show how the grant was used",
        "no invoice supports the amounts reported",
    ],
    "exercise_of_authority": [
        "the caseworkers' investigations constitute the exercise of public authority",
        "the posts mainly involved decisions on individual cases under the Social Services Act",
        "the work formed part of the municipality's statutory authority functions",
    ],
    "outside_grant_period": [
        "the costs were incurred after the period covered by the grant",
        "the camp was held before the grant year began",
        "the invoices are dated after the grant period had ended",
        "the salaries were paid in the year following the grant period",
        "the activity took place once the grant period was over",
    ],
    "ordinary_operations": [
        "the service belongs to the municipality's regular responsibilities",
        "the youth centre's opening hours were part of its normal running",
        "the training was internal staff development of the kind the municipality provides anyway",
        "the staff performed their usual duties",
        "the tasks were ordinary work that the municipality would have done without the grant",
        "the activity is a routine part of the social services' regular work",
        "the counselling belongs to the ordinary running of the schools",
    ],
    "fabricated_documents": [
        "the attendance lists appear to have been drawn up afterwards",
        "the minutes were written long after the meetings took place",
        "the signatures on the documents look identical",
    ],
    "excessive_cost": [
        "the fee was far too high for what was delivered",
        "the cost per participant is unreasonable",
        "the rent paid was out of proportion to the use of the premises",
        "the catering was considerably more expensive than necessary",
        "the price was unreasonably high compared with similar activities",
        "the amount spent is excessive in relation to the result",
    ],
    "description_mismatch": [
        "the invoices concern something other than the activity described",
        "what was carried out differs from the description in the report",
        "the reported costs do not match the account of the activity",
    ],
    "missing_description": [
        "the report gives no description of the activity",
        "there is no account of what was done or who took part",
        "the activity is not described at all in the final report",
    ],
    "conditions_not_met": [
        "the final report was never submitted as the grant conditions require",
        "the equipment purchase is an investment the grant may not cover",
        "the activity was also funded by another state grant",
        "the use of the funds breaches the terms of the grant",
    ],
}
ENGLISH_FRAMES = [
    "Socialstyrelsen considers that {c}.",
    "The Board finds that {c}.",
    "According to Socialstyrelsen, {c}.",
    "The agency notes that {c}.",
    "In its preliminary decision the Board states that {c}.",
    "Socialstyrelsen is of the opinion that {c}.",
]
ENGLISH_NONE = [
    "The municipality contests the claim.",
    "The project ran from March to November with around forty participants.",
    "Invoices and time sheets are enclosed as Annex 2.",
    "The municipality accepts the claim in full.",
    "Amount claimed: SEK 40,000.",
]


def _english_rows() -> list[tuple[list[str], str]]:
    rows = [
        ([code], ENGLISH_FRAMES[(k * 2 + j) % len(ENGLISH_FRAMES)].format(c=clause))
        for code, clauses in ENGLISH_CLAUSES.items()
        for k, clause in enumerate(clauses)
        for j in range(2)
    ]
    return rows + [([], s) for s in ENGLISH_NONE]


def _terse_rows(rng: random.Random) -> list[tuple[list[str], str]]:
    """Each terse finding once with a marker in turn; then two findings of different codes in
    one line, joined as a cell writes them."""
    rows: list[tuple[list[str], str]] = []
    k = 0
    for code, phrases in TERSE.items():
        for phrase in phrases:
            rows.append(([code], TERSE_MARKS[k % len(TERSE_MARKS)] + phrase + TERSE_ENDS[k % len(TERSE_ENDS)]))
            k += 1
    codes = sorted(TERSE)
    for _ in range(60):
        a, b = rng.sample(codes, 2)
        pa, pb = rng.choice(TERSE[a]), rng.choice(TERSE[b])
        joiner = rng.choice([", ", "; ", " och ", ". ", " samt "])
        second = pb[0].lower() + pb[1:] if joiner != ". " else pb
        rows.append((sorted([a, b]), rng.choice(TERSE_MARKS) + pa + joiner + second + "."))
    rows += [([], s) for s in TERSE_NONE]
    return rows


# round 4 (issue 13 point 2): findings said through a compound's head ("ordinarie
# lovverksamhet"), documents written afterwards in other words, a missing description without
# the word "beskrivning"; whole sentences, written fresh, never a corpus sentence
ROUND4_SENTENCES: dict[str, list[str]] = {
    "ordinary_operations": [
        "Enligt myndigheten har medlen gått till simhallens vanliga öppethållande.",
        "Socialstyrelsen bedömer att bidraget har bekostat bibliotekets ordinarie kvällsöppettider.",
        "Myndigheten anser att kollot är en del av den ordinarie lovverksamheten.",
        "Socialstyrelsen menar att caféet är ordinarie föreningsverksamhet som kommunen har stöttat i flera år.",
        "Socialstyrelsen konstaterar att pengarna har täckt fritidsgårdens ordinarie personalkostnader.",
        "Enligt Socialstyrelsen finansierade bidraget skolans ordinarie elevhälsoarbete.",
    ],
    "fabricated_documents": [
        "Socialstyrelsen misstänker att närvarolistorna fylldes i långt efter träffarna.",
        "Myndigheten ifrågasätter om timlistorna skrevs samtidigt som arbetet utfördes eller senare.",
        "Socialstyrelsen anser att intygen tycks ha daterats i efterhand.",
        "Enligt Socialstyrelsen har kvittona tagits fram först sedan granskningen inletts.",
        "Socialstyrelsen bedömer att deltagarförteckningen sammanställdes i efterhand och inte under lägret.",
    ],
    "missing_description": [
        "Redovisningen säger ingenting om vad caféet erbjöd.",
        "Av redovisningen går det inte att utläsa vad insatsen gick ut på.",
        "Socialstyrelsen noterar att kommunen inte har förklarat vad pengarna till kvällsträffarna användes till i verksamheten.",
    ],
}


# round 5 (issue 13 point 2, session 10): the finding in words of judgement the earlier rounds
# lacked (written new after models/reasons/heldout_voices.tsv, never a corpus sentence): costs
# judged "oskälig"/"inte försvarbar", costs that cannot be followed in the books or told apart, a
# condition named by what the grant presupposed, a purpose the activity "has nothing to do with",
# what an activity is not ("ingen förebyggande insats"), the agency's finding as a question, and
# two findings in a bullet without a frame
ROUND5_SENTENCES: dict[str, list[str]] = {
    "excessive_cost": [
        "Socialstyrelsen anser att kostnaden för föreläsningen är oskälig.",
        "Myndigheten bedömer att priset per deltagare är oskäligt högt.",
        "Enligt Socialstyrelsen är utgiften för bussen inte försvarbar i förhållande till de få som åkte med.",
        "Socialstyrelsen ifrågasätter om det är rimligt att betala 900 kronor i timmen för läxhjälp.",
        "Är ett arvode på 15 000 kronor för en kvälls föreläsning rimligt?",
        "Socialstyrelsen menar att kostnaden inte står i proportion till vad insatsen gav.",
        "Myndigheten anser att resan kostade betydligt mer än vad som är motiverat.",
    ],
    "unverifiable_costs": [
        "Socialstyrelsen anser att kostnaderna för caféet inte går att följa i redovisningen.",
        "Myndigheten har inte kunnat spåra lönerna i kommunens ekonomisystem.",
        "Enligt Socialstyrelsen går det inte att skilja insatsens kostnader från förvaltningens övriga utgifter.",
        "Socialstyrelsen konstaterar att personalkostnaderna har bokförts tillsammans med annan verksamhet och inte kan särskiljas.",
        "Ni menar att förvaltningen saknar papper som visar vad materialinköpen gällde.",
        "Socialstyrelsen menar att kommunen inte har visat vad hyran för lokalen gällde.",
    ],
    "conditions_not_met": [
        "Socialstyrelsen anser att kommunen inte har uppfyllt det krav på uppföljning som gällde för bidraget.",
        "Kommunen har inte lämnat den utvärdering som var en förutsättning för bidraget.",
        "Myndigheten konstaterar att bidraget förutsatte en samverkan som aldrig kom till stånd.",
        "Enligt Socialstyrelsen saknas den redovisning som villkoren för bidraget krävde.",
        "Socialstyrelsen bedömer att kommunen har brutit mot villkoret om att medlen skulle användas under året.",
    ],
    "purpose_mismatch": [
        "Enligt Socialstyrelsen har bidraget till pensionärsföreningens resa ingenting med statsbidragets ändamål att göra.",
        "Socialstyrelsen anser att nya parkbänkar vid torget knappast är någon social insats.",
        "Myndigheten bedömer att festivalen inte var någon förebyggande insats för områdets unga.",
        "De som bor i stadsdelen har inte varit insatsens målgrupp.",
        "Socialstyrelsen menar att utflykten hade andra mål än de som bidraget ska främja.",
    ],
    "ordinary_operations": [
        "Myndigheten anser att fortbildningen av personalen är sådan utbildning som arbetsgivaren alltid står för.",
        "Myndigheten bedömer att kursen är ordinarie personalutbildning.",
        "Samordnarens tjänst ingår i socialtjänstens löpande arbete.",
        "Enligt Socialstyrelsen hör fortbildningen av lärarna till skolans vanliga ansvar.",
        "Socialstyrelsen anser att tjänsten ingår i förvaltningens grunduppdrag.",
    ],
    "outside_grant_period": [
        "Socialstyrelsen har funnit att kursen för föräldrarna startade först våren 2024.",
        "Myndigheten noterar att fakturan avser arbete som utfördes efter att bidragsperioden hade löpt ut.",
    ],
    "exercise_of_authority": [
        "Socialstyrelsen har funnit att fältarbetarna har utövat myndighet när de utredde familjernas behov.",
        "Enligt myndigheten utgör kontrollerna av ekonomiskt bistånd myndighetsutövning.",
    ],
    "description_mismatch": [
        "Socialstyrelsen konstaterar att kostnaderna och beskrivningen av insatsen inte hänger ihop.",
        "Myndigheten menar att fakturorna gäller något annat än det som redovisningen beskriver.",
    ],
    "missing_description": [
        "Socialstyrelsen konstaterar att kommunen inte har beskrivit insatsen i redovisningen.",
        "Myndigheten saknar en redogörelse för vad medlen användes till i verksamheten.",
    ],
}
ROUND5_NONE = [
    "Socialstyrelsen har granskat kommunens ekonomiska redovisning för 2022.",
    "Myndigheten har berett kommunen tillfälle att yttra sig över det preliminära beslutet.",
    "För aktiviteten återkräver Socialstyrelsen 45 000 kronor.",
    "Socialstyrelsen har tagit del av de underlag som kommunen skickade in i oktober.",
]


def compose() -> list[tuple[list[str], str]]:
    rng = random.Random(SEED)
    rows: list[tuple[list[str], str]] = []
    for code, clauses in CLAUSES.items():
        for k, clause in enumerate(clauses):
            # each clause through three frames, in turn, so every frame meets every code
            for j in range(3):
                frame = FRAMES[(k * 3 + j) % len(FRAMES)]
                rows.append(([code], frame.format(c=clause)))
        rows += [([code], s) for s in SENTENCES[code]]
    for code, clauses in ROUND3_CLAUSES.items():
        for k, clause in enumerate(clauses):
            # two of the usual frames and one that gives the finding as the claim's cause
            rows += [([code], FRAMES[(k * 2 + j) % len(FRAMES)].format(c=clause)) for j in range(2)]
            rows.append(([code], CAUSE_FRAMES[k % len(CAUSE_FRAMES)].format(c=clause)))
    codes = sorted(CLAUSES)
    # two findings in one sentence: "… att A och att B", "… att A, och att B"
    for _ in range(120):
        a, b = rng.sample(codes, 2)
        ca, cb = rng.choice(CLAUSES[a]), rng.choice(CLAUSES[b])
        frame = rng.choice(FRAMES)
        joiner = rng.choice([" och att ", ", och att ", " samt att ", ". Vidare att "])
        rows.append(
            (
                sorted([a, b]),
                frame.format(c=ca + joiner + cb).replace(". Vidare att ", " och vidare att "),
            )
        )
    for code, clauses in POSITIVE.items():
        for k, clause in enumerate(clauses):
            for j in range(2):
                rows.append(([code], NEGATED_FRAMES[(k * 2 + j) % len(NEGATED_FRAMES)].format(c=clause)))
    rows += [([], s) for s in NONE + DESCRIPTIONS]
    rows += [([code], s) for code, sentences in ROUND4_SENTENCES.items() for s in sentences]
    rows += [([code], s) for code, sentences in ROUND5_SENTENCES.items() for s in sentences]
    rows += [([], s) for s in ROUND5_NONE]
    rows += _terse_rows(rng)
    rows += _english_rows()
    return rows


def main() -> None:
    rows = compose()
    lines = ["# Composed by models/reasons/compose.py: codes (comma-separated, '-' for none) <TAB> sentence."]
    lines += [f"{','.join(codes) or '-'}\t{text}" for codes, text in rows]
    (HERE / "train.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(rows), "sentences")


if __name__ == "__main__":
    main()
