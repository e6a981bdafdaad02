#!/usr/bin/env python3
# ruff: noqa: E501  (the wordings and factor tables are long literal lines, kept as written)
"""A factorial corpus of responses (yttranden) to Socialstyrelsen's preliminary reclaim decisions:
every case draws its house style factor by factor, independently, from a seed (municipality,
numbering scheme, where the title and the claim stand, amount format, wordings of the agency's
reasons and of the municipality's positions, attachment list and reference forms, layout,
producer). Gold comes from the generator's own data; pages are looked up in the finished PDFs.

    /work/main/.venv/bin/python tests/gen/varied.py --seed 10 --count 30

Case i is drawn from its own random stream (seed, i), so a larger --count adds cases and leaves
the earlier ones as they were. Nothing here reads or runs granttrail.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from genre_kit import ROOT, Act, D, group, page_texts, run, short, squash, totals, write_gold  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

OUT = ROOT / "tests" / "data" / "varied"
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-varied"
DJ = "/usr/share/fonts/truetype/dejavu/"
for _name, _file in [
    ("DejaVuSans", "DejaVuSans.ttf"),
    ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    ("DejaVuSerif", "DejaVuSerif.ttf"),
    ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
    ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf"),
    ("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ("DejaVuSerifCondensed", "DejaVuSerifCondensed.ttf"),
    ("DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_name, DJ + _file))
for _fam in ("DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed", "DejaVuSerifCondensed"):
    pdfmetrics.registerFontFamily(_fam, normal=_fam, bold=_fam + "-Bold", italic=_fam, boldItalic=_fam + "-Bold")
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
BOLD.update({f: f + "-Bold" for f in ("DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed", "DejaVuSerifCondensed")})
TTF = {"DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed", "DejaVuSerifCondensed"}

# ------------------------------------------------------------------------------------------
# municipalities (real; none is a case municipality of genre … genre11): name, issuer, area code

MUNIS = [
    ("Alvesta", "Alvesta kommun", "0472"),
    ("Arboga", "Arboga kommun", "0589"),
    ("Askersund", "Askersunds kommun", "0583"),
    ("Avesta", "Avesta kommun", "0226"),
    ("Bengtsfors", "Bengtsfors kommun", "0531"),
    ("Bromölla", "Bromölla kommun", "0456"),
    ("Båstad", "Båstads kommun", "0431"),
    ("Degerfors", "Degerfors kommun", "0586"),
    ("Fagersta", "Fagersta kommun", "0223"),
    ("Falköping", "Falköpings kommun", "0515"),
    ("Gagnef", "Gagnefs kommun", "0241"),
    ("Gnosjö", "Gnosjö kommun", "0370"),
    ("Gällivare", "Gällivare kommun", "0970"),
    ("Hagfors", "Hagfors kommun", "0563"),
    ("Hallstahammar", "Hallstahammars kommun", "0220"),
    ("Hylte", "Hylte kommun", "0345"),
    ("Hörby", "Hörby kommun", "0415"),
    ("Karlshamn", "Karlshamns kommun", "0454"),
    ("Kristinehamn", "Kristinehamns kommun", "0550"),
    ("Kävlinge", "Kävlinge kommun", "046"),
    ("Laholm", "Laholms kommun", "0430"),
    ("Lessebo", "Lessebo kommun", "0478"),
    ("Lindesberg", "Lindesbergs kommun", "0581"),
    ("Ljungby", "Ljungby kommun", "0372"),
    ("Markaryd", "Markaryds kommun", "0433"),
    ("Munkedal", "Munkedals kommun", "0524"),
    ("Mönsterås", "Mönsterås kommun", "0499"),
    ("Nybro", "Nybro kommun", "0481"),
    ("Nynäshamn", "Nynäshamns kommun", "08"),
    ("Olofström", "Olofströms kommun", "0454"),
    ("Perstorp", "Perstorps kommun", "0435"),
    ("Sjöbo", "Sjöbo kommun", "0416"),
    ("Skurup", "Skurups kommun", "0411"),
    ("Smedjebacken", "Smedjebackens kommun", "0240"),
    ("Staffanstorp", "Staffanstorps kommun", "046"),
    ("Storuman", "Storumans kommun", "0951"),
    ("Sunne", "Sunne kommun", "0565"),
    ("Svalöv", "Svalövs kommun", "0418"),
    ("Sävsjö", "Sävsjö kommun", "0382"),
    ("Tingsryd", "Tingsryds kommun", "0477"),
    ("Torsby", "Torsby kommun", "0560"),
    ("Ulricehamn", "Ulricehamns kommun", "0321"),
    ("Vaggeryd", "Vaggeryds kommun", "0393"),
    ("Vingåker", "Vingåkers kommun", "0151"),
    ("Värnamo", "Värnamo kommun", "0370"),
    ("Västervik", "Västerviks kommun", "0490"),
    ("Åmål", "Åmåls kommun", "0532"),
    ("Åstorp", "Åstorps kommun", "042"),
    ("Åtvidaberg", "Åtvidabergs kommun", "0120"),
    ("Älmhult", "Älmhults kommun", "0476"),
    ("Ängelholm", "Ängelholms kommun", "0431"),
    ("Östhammar", "Östhammars kommun", "0173"),
    ("Hofors", "Hofors kommun", "0290"),
    ("Krokom", "Krokoms kommun", "0640"),
    ("Lycksele", "Lycksele kommun", "0950"),
    ("Älvsbyn", "Älvsbyns kommun", "0929"),
    ("Tomelilla", "Tomelilla kommun", "0417"),
    ("Osby", "Osby kommun", "0479"),
]

FIRST = [
    "Anneli",
    "Björn",
    "Cecilia",
    "Dragan",
    "Elin",
    "Fredrik",
    "Gunilla",
    "Hassan",
    "Ingrid",
    "Jonas",
    "Karin",
    "Leila",
    "Magnus",
    "Nora",
    "Ola",
    "Petra",
    "Rasmus",
    "Sofia",
    "Tobias",
    "Ulla",
    "Viktor",
    "Yasmin",
    "Åsa",
    "Amir",
    "Louise",
    "Mattias",
    "Sanna",
    "Peter",
    "Hanna",
    "Mikael",
    "Emelie",
    "Kristoffer",
    "Marie",
    "Jens",
    "Tove",
    "Samir",
]
LAST = [
    "Bergqvist",
    "Dahlström",
    "Ekman",
    "Fransson",
    "Granlund",
    "Holmgren",
    "Isaksson",
    "Jonsson",
    "Kvist",
    "Lindblad",
    "Mårtensson",
    "Nordin",
    "Olausson",
    "Persson",
    "Rydberg",
    "Sjöholm",
    "Tengvall",
    "Wallin",
    "Öberg",
    "Axelsson",
    "Carlsson",
    "Engström",
    "Hedlund",
    "Lundqvist",
    "Sandberg",
    "Vikström",
    "Özdemir",
    "Haddad",
    "Nilsson",
    "Forsberg",
]
PLACES = [
    "Norrängen",
    "Solbacken",
    "Lövhagen",
    "Västerslätt",
    "Björkdalen",
    "Ekeby",
    "Granhöjden",
    "Sjöstaden",
    "Kvarnbyn",
    "Rönnliden",
    "Tallbacka",
    "Ängsvik",
    "Stensäter",
    "Ljunghed",
    "Bergsgården",
    "Åsen",
    "Lindvreten",
    "Hästhagen",
]
TITLES = [
    "Mötesplats {p}",
    "Fältassistenter i {p}",
    "Föräldraskapsstöd i {p}",
    "Språkcafé {p}",
    "Feriejobb för unga",
    "Kvällsöppen fritidsgård i {p}",
    "Samhällsorientering för nyanlända",
    "Brobyggare i skolan",
    "Boendedialog {p}",
    "Idrott på lov",
    "Tjejgrupp {p}",
    "Arbetsmarknadscoach",
    "Kulturskola i {p}",
    "Familjecentral {p}",
    "Digital delaktighet för äldre",
    "Lovskola",
    "Nattvandring i {p}",
    "Områdessamordnare {p}",
    "Föreningsstöd i {p}",
    "Sommarjobb och mentorskap",
    "Öppen förskola {p}",
    "Hälsoinspiratörer",
    "Skolsociala team",
    "Ungdomsråd {p}",
    "Kompetenslyft för personal",
    "Matlagningskurser för familjer",
    "Utegym i {p}",
    "Läxhjälp i {p}",
    "Trygghetsvärdar",
    "Simskola för barn i {p}",
]
SUPPLIERS = [
    "Ljusgården Event AB",
    "Norrbackens Bygg & Måleri AB",
    "Kulturkraft i Sverige AB",
    "Fritidsbolaget Nord AB",
    "Samtalsbyrån Hedlund",
    "Grönt & Skönt Trädgård AB",
    "Bussresor Öst AB",
    "Lärandeakademin AB",
    "Matkassen Syd AB",
]

# ------------------------------------------------------------------------------------------
# the agency's reasons: sentences in several registers, clauses for two reasons in one sentence,
# and short table-cell phrases

REASONS = {
    "purpose_mismatch": dict(
        s=[
            "Socialstyrelsen bedömer att aktiviteten inte ligger i linje med statsbidragets syfte.",
            "Enligt Socialstyrelsen bidrar insatsen inte till att minska de socioekonomiska skillnaderna i området, vilket är bidragets syfte.",
            "Myndigheten anser att verksamheten vänder sig till hela kommunen och därför inte svarar mot syftet med bidraget.",
            "I beslutet konstateras att ”aktiviteten inte kan anses motsvara statsbidragets ändamål”.",
            "Socialstyrelsen har funnit att kopplingen till bidragets syfte är alltför svag.",
            "Det framhålls i det preliminära beslutet att insatsen saknar tydlig koppling till områdets behov och därmed till syftet med statsbidraget.",
            "Socialstyrelsen menar att aktiviteten hade genomförts ändå och inte svarar mot det som bidraget ska användas till.",
            "Aktiviteten bedöms falla utanför det ändamål som statsbidraget är avsett för.",
        ],
        c=["att aktiviteten inte ligger i linje med bidragets syfte", "att insatsen inte motsvarar statsbidragets ändamål"],
        cell=["Ej i linje med bidragets syfte", "Syftet ej uppfyllt", "Saknar koppling till syftet"],
    ),
    "unverifiable_costs": dict(
        s=[
            "Socialstyrelsen bedömer att kostnaderna inte har kunnat verifieras.",
            "Enligt Socialstyrelsen saknas fakturor eller andra underlag som styrker de redovisade kostnaderna.",
            "Myndigheten anser att det inte går att följa hur kostnaderna har uppstått, eftersom verifikationerna är otydliga.",
            "I beslutet anges att ”redovisade kostnader inte har styrkts med underlag”.",
            "Socialstyrelsen konstaterar att de inskickade fakturorna inte går att koppla till aktiviteten.",
            "Det har enligt myndigheten inte gått att stämma av lönekostnaderna mot några lönespecifikationer.",
            "Socialstyrelsen menar att kostnaderna är bristfälligt dokumenterade och inte spårbara i kommunens redovisning.",
            "Underlagen bedöms vara ofullständiga; flera av de fakturor som redovisningen bygger på saknas.",
        ],
        c=["att kostnaderna inte kan verifieras", "att underlag för kostnaderna saknas"],
        cell=["Kostnader ej styrkta", "Underlag saknas", "Ej verifierbara kostnader"],
    ),
    "exercise_of_authority": dict(
        s=[
            "Socialstyrelsen bedömer att insatsen utgör myndighetsutövning, som inte får finansieras med bidraget.",
            "Enligt Socialstyrelsen ingår arbetet i socialtjänstens myndighetsutövning.",
            "Myndigheten menar att handläggarnas utredningsarbete är myndighetsutövning och därmed inte bidragsberättigat.",
            "I det preliminära beslutet står att ”aktiviteten till sin karaktär är myndighetsutövning”.",
            "Socialstyrelsen har funnit att tjänsten till stor del har bestått av myndighetsutövning mot enskilda.",
            "Det konstateras att beslut om bistånd har fattats inom ramen för insatsen, vilket är myndighetsutövning.",
            "Socialstyrelsen anser att kostnaden avser myndighetsutövning och att bidraget inte kan användas till sådan.",
            "Insatsen bedöms av Socialstyrelsen som myndighetsutövning enligt socialtjänstlagen.",
        ],
        c=["att insatsen är myndighetsutövning", "att arbetet ingår i myndighetsutövningen"],
        cell=["Myndighetsutövning", "Avser myndighetsutövning"],
    ),
    "outside_grant_period": dict(
        s=[
            "Socialstyrelsen bedömer att kostnaderna har uppkommit utanför bidragsperioden.",
            "Enligt Socialstyrelsen avser fakturorna tiden efter att bidragsåret hade löpt ut.",
            "Myndigheten konstaterar att aktiviteten genomfördes innan bidraget beviljades.",
            "I beslutet anges att ”delar av kostnaderna hänför sig till tid utanför den period som bidraget avser”.",
            "Socialstyrelsen menar att kostnaderna har bokförts på fel år och därför ligger utanför bidragsperioden.",
            "Det har enligt Socialstyrelsen redovisats kostnader från januari påföljande år, alltså efter periodens slut.",
            "Socialstyrelsen har funnit att insatsen till största delen genomfördes under ett år då kommunen inte hade bidrag för den.",
            "Kostnaderna anses inte ha uppstått under bidragsperioden.",
        ],
        c=["att kostnaderna har uppstått utanför bidragsperioden", "att insatsen genomfördes efter bidragsperiodens slut"],
        cell=["Utanför bidragsperioden", "Kostnad utanför perioden"],
    ),
    "ordinary_operations": dict(
        s=[
            "Socialstyrelsen bedömer att aktiviteten är en del av kommunens ordinarie verksamhet.",
            "Enligt Socialstyrelsen rör det sig om intern kompetensutveckling som kommunen ändå skulle ha bedrivit.",
            "Myndigheten anser att arbetet ingår i förvaltningens löpande uppdrag.",
            "I beslutet konstateras att ”kostnaden avser ordinarie drift och inte en förstärkning”.",
            "Socialstyrelsen menar att tjänsten fanns redan innan bidraget och därmed är ordinarie verksamhet.",
            "Det framhålls att utbildningen riktade sig till den egna personalen och utgör intern kompetensutveckling.",
            "Socialstyrelsen har funnit att insatsen inte är något utöver den verksamhet som kommunen redan bedriver.",
            "Kostnaden bedöms avse grunduppdraget och inte en särskild satsning i området.",
        ],
        c=["att verksamheten är ordinarie", "att det rör sig om intern kompetensutveckling"],
        cell=["Ordinarie verksamhet", "Intern kompetensutveckling"],
    ),
    "fabricated_documents": dict(
        s=[
            "Socialstyrelsen bedömer att underlagen har upprättats i efterhand.",
            "Enligt Socialstyrelsen har deltagarlistorna konstruerats efter att aktiviteten genomfördes.",
            "Myndigheten ifrågasätter underlagens äkthet och menar att de har tagits fram i efterhand för redovisningen.",
            "I beslutet anges att ”handlingarna förefaller ha upprättats i efterhand”.",
            "Socialstyrelsen konstaterar att avtalet är daterat efter att tjänsterna redan hade levererats.",
            "Det har enligt myndigheten framkommit att närvarolistorna skrevs ut vid ett och samma tillfälle långt efter aktiviteten.",
            "Socialstyrelsen har funnit att intygen saknar samtida datering och sannolikt har framställts i efterhand.",
            "Underlagen anses vara efterhandskonstruktioner.",
        ],
        c=["att underlagen har upprättats i efterhand", "att handlingarna har konstruerats i efterhand"],
        cell=["Efterhandskonstruerade underlag", "Handlingar upprättade i efterhand"],
    ),
    "excessive_cost": dict(
        s=[
            "Socialstyrelsen bedömer att kostnaden är orimligt hög i förhållande till insatsen.",
            "Enligt Socialstyrelsen överstiger arvodet vad som kan anses skäligt.",
            "Myndigheten anser att kostnaden per deltagare är för hög.",
            "I beslutet står att ”kostnaden inte står i rimlig proportion till aktivitetens omfattning”.",
            "Socialstyrelsen menar att kommunen har betalat ett överpris för lokalhyran.",
            "Det konstateras att timpriset ligger klart över en marknadsmässig nivå.",
            "Socialstyrelsen har funnit att kostnaden är oskäligt hög.",
            "Kostnaderna bedöms som överdrivna för en aktivitet av detta slag.",
        ],
        c=["att kostnaden är oskäligt hög", "att kostnaden inte står i proportion till insatsen"],
        cell=["Orimligt hög kostnad", "Oskälig kostnad"],
    ),
    "description_mismatch": dict(
        s=[
            "Socialstyrelsen bedömer att kostnaderna inte stämmer överens med beskrivningen av aktiviteten.",
            "Enligt Socialstyrelsen motsvarar de redovisade kostnaderna inte det som har beskrivits.",
            "Myndigheten anser att det finns en diskrepans mellan aktivitetsbeskrivningen och de faktiska utgifterna.",
            "I beslutet anges att ”de redovisade kostnaderna avser annat än det som beskrivs”.",
            "Socialstyrelsen konstaterar att fakturorna gäller inköp som inte nämns i beskrivningen.",
            "Det har enligt myndigheten redovisats kostnader för material som inte hör till den beskrivna aktiviteten.",
            "Socialstyrelsen menar att beskrivning och kostnader inte går ihop.",
            "Kostnaderna anses inte överensstämma med den verksamhet som har redovisats.",
        ],
        c=["att kostnaderna inte stämmer med beskrivningen", "att beskrivningen inte motsvarar kostnaderna"],
        cell=["Kostnad och beskrivning stämmer inte", "Kostnader matchar ej beskrivningen"],
    ),
    "missing_description": dict(
        s=[
            "Socialstyrelsen bedömer att aktiviteten inte är tillräckligt beskriven.",
            "Enligt Socialstyrelsen saknas en beskrivning av vad aktiviteten innehöll.",
            "Myndigheten anser att redovisningen inte beskriver insatsen så att den går att bedöma.",
            "I beslutet konstateras att ”beskrivning av aktiviteten saknas”.",
            "Socialstyrelsen menar att kommunen inte har redogjort för målgrupp, innehåll och omfattning.",
            "Det framgår inte av redovisningen, enligt myndigheten, vad aktiviteten har bestått av.",
            "Socialstyrelsen har funnit att aktivitetsbeskrivningen är alltför knapphändig.",
            "Aktiviteten bedöms sakna beskrivning i redovisningen.",
        ],
        c=["att aktiviteten saknar beskrivning", "att insatsen inte är tillräckligt beskriven"],
        cell=["Beskrivning saknas", "Otillräckligt beskriven"],
    ),
    "conditions_not_met": dict(
        s=[
            "Socialstyrelsen bedömer att villkoren för bidraget inte har följts.",
            "Enligt Socialstyrelsen har kommunen inte uppfyllt villkoret om samverkan med det civila samhället.",
            "Myndigheten anser att bidragsvillkoren har åsidosatts, eftersom insatsen inte föregicks av någon lägesbeskrivning.",
            "I beslutet anges att ”villkoren i förordningen inte är uppfyllda”.",
            "Socialstyrelsen konstaterar att kommunen inte har lämnat den återrapportering som villkoren kräver.",
            "Det har enligt myndigheten brustit i den uppföljning som villkoren föreskriver.",
            "Socialstyrelsen har funnit att aktiviteten inte uppfyller bidragets villkor.",
            "Villkoren för statsbidraget bedöms inte vara uppfyllda för denna aktivitet.",
        ],
        c=["att villkoren för bidraget inte är uppfyllda", "att bidragsvillkoren inte har följts"],
        cell=["Villkor ej uppfyllda", "Brott mot bidragsvillkoren"],
    ),
}
BACKGROUND = [
    "Kommunen beviljades statsbidraget efter en ansökan som togs fram i samverkan mellan socialförvaltningen, "
    "barn- och utbildningsförvaltningen, kultur- och fritidsförvaltningen och de allmännyttiga bostadsbolagen. "
    "Ansökan byggde på den lägesbeskrivning som kommunstyrelsen fastställde och som pekade ut de bostadsområden "
    "där behoven bedömdes vara störst.",
    "Arbetet har letts av en styrgrupp med förvaltningscheferna och en arbetsgrupp med verksamhetsföreträdare. "
    "Styrgruppen har sammanträtt en gång i månaden och har fattat beslut om vilka aktiviteter som ska genomföras, "
    "om fördelningen av medel mellan aktiviteterna och om hur uppföljningen ska gå till.",
    "Under bidragsperioden genomfördes aktiviteter inom fyra områden: trygghet i närmiljön, barns och ungas fritid, "
    "föräldraskap och familjeliv samt vägar till arbete och studier. Flera av aktiviteterna har utformats tillsammans "
    "med de boende, bland annat genom dialogmöten och enkäter.",
    "Redovisningen till Socialstyrelsen sammanställdes av ekonomiavdelningen utifrån de projektkoder som användes "
    "i kommunens ekonomisystem. I efterhand har kommunen kunnat konstatera att vissa kostnader bokfördes på fel kod "
    "och att beskrivningarna av aktiviteterna i redovisningen i några fall blev alltför kortfattade.",
    "Kommunen har tagit del av Socialstyrelsens preliminära beslut och har gått igenom varje aktivitet på nytt. "
    "I de fall kommunen delar Socialstyrelsens bedömning framgår det nedan; i övriga fall redovisar kommunen sina "
    "skäl och bifogar de handlingar som stöder kommunens uppfattning.",
]
COMBINE = [
    "Socialstyrelsen anser dels {a}, dels {b}.",
    "Socialstyrelsen bedömer {a} och {b}.",
    "Myndigheten har kommit fram till {a} samt {b}.",
    "Enligt beslutet framgår {a} och {b}.",
]

# the municipality's positions: sentences, and short table-cell phrases
POS = {
    "accepts_full": dict(
        s=[
            "Kommunen accepterar Socialstyrelsens bedömning och återbetalar hela beloppet.",
            "Kommunen medger återkravet.",
            "Vi delar myndighetens bedömning och godtar att beloppet betalas tillbaka.",
            "Kommunen har ingen invändning mot återkravet.",
            "Nämnden godtar återkravet i sin helhet.",
            "Beloppet kommer att återbetalas i sin helhet.",
            "Kommunen kan konstatera att underlaget brister och accepterar därför återkravet fullt ut.",
            "Vi motsätter oss inte att bidraget för aktiviteten återkrävs.",
            "Kommunen instämmer i bedömningen och betalar tillbaka det återkrävda beloppet.",
            "Kommunen vidgår att kostnaden inte borde ha belastat bidraget och betalar tillbaka den.",
        ],
        cell=["Medges", "Accepteras", "Godtas i sin helhet", "Återbetalas"],
    ),
    "accepts_partial": dict(
        s=[
            "Kommunen accepterar att återbetala {a} men bestrider återkravet i övrigt.",
            "Av det återkrävda beloppet godtar kommunen {a}; resten anser vi är korrekt redovisat.",
            "Vi medger återkravet till den del det avser {a}.",
            "Nämnden är beredd att betala tillbaka {a}, vilket motsvarar den del av kostnaden som saknar underlag.",
            "Kommunen medger återkravet delvis och återbetalar {a}.",
            "Kommunen godtar en återbetalning om {a}. Övriga kostnader står vi fast vid.",
            "Vi kan acceptera att {a} återbetalas, men inte mer än så.",
            "Kommunen delar bedömningen för en del av kostnaden och återbetalar därför {a}.",
            "Kommunen anser att endast {a} ska återbetalas.",
            "Återkravet godtas upp till {a}; för resten begär kommunen att Socialstyrelsen omprövar sin bedömning.",
        ],
        cell=["Delvis – {a}", "Medges med {a}", "Godtas delvis ({a})", "Medges till {a}"],
    ),
    "disputes": dict(
        s=[
            "Kommunen bestrider återkravet.",
            "Kommunen delar inte Socialstyrelsens bedömning och motsätter sig att beloppet återkrävs.",
            "Vi anser att kostnaden är bidragsberättigad och godtar inte återkravet.",
            "Nämnden vidhåller att aktiviteten har genomförts enligt villkoren och accepterar därför inte återkravet.",
            "Kommunen yrkar att Socialstyrelsen avstår från att återkräva beloppet.",
            "Återkravet saknar enligt kommunens mening grund.",
            "Kommunen motsätter sig återkravet i sin helhet.",
            "Vi menar att Socialstyrelsens bedömning är felaktig och att inget ska betalas tillbaka.",
            "Kommunen begär att återkravet för aktiviteten upphävs.",
            "Kommunen ser inga skäl för återkrav och kommer inte att återbetala något.",
        ],
        cell=["Bestrids", "Godtas inte", "Kommunen motsätter sig"],
    ),
}
ARGS = {
    "accepts_full": [
        "Vid kommunens egen genomgång har det framkommit att flera fakturor saknas i redovisningen.",
        "Vi har gått igenom underlaget på nytt och kan inte visa att kostnaden hör till bidraget.",
        "Kostnaden bokfördes av misstag mot projektet.",
        "Förvaltningen har inte kunnat ta fram de handlingar som efterfrågas.",
    ],
    "accepts_partial": [
        "En del av kostnaden avser material som även har använts i annan verksamhet.",
        "Lönekostnaden för hösten kan styrkas, men inte kostnaden för våren.",
        "Vi har kunnat ta fram underlag för huvuddelen av kostnaderna men inte för alla.",
        "Lokalhyran blev högre än planerat, men en stor del av den var motiverad.",
    ],
    "disputes": [
        "Aktiviteten riktade sig uteslutande till boende i det utpekade området och genomfördes tillsammans med två lokala föreningar.",
        "Samtliga fakturor finns bokförda i kommunens ekonomisystem.",
        "Insatsen var ny för kommunen och hade inte kunnat genomföras utan statsbidraget.",
        "Personalen har inte fattat några beslut om enskilda; arbetet har varit förebyggande och uppsökande.",
        "Kostnaderna uppstod under bidragsåret, vilket framgår av fakturornas datum.",
    ],
}
POS_LABEL = ["Kommunens ställningstagande:", "Kommunens inställning:", "Vår bedömning:", "Ställningstagande:", "Kommunens svar:"]
ASSESS_LABEL = ["Socialstyrelsens bedömning:", "Socialstyrelsens skäl:", "Motivering i beslutet:", "Myndighetens bedömning:", ""]
MARKERS = [
    "Synpunkter på de enskilda aktiviteterna",
    "Kommunens yttrande per aktivitet",
    "Kommentarer till respektive återkrav",
    "Svar på Socialstyrelsens bedömningar",
    "Genomgång av återkraven",
]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

# factor levels
SCHEMES = [
    "dot",
    "dotted",
    "aktivitet",
    "atgard",
    "insats",
    "del",
    "projekt",
    "letter_dot",
    "letter_paren",
    "code_ak",
    "code_post",
    "code_bp",
    "none",
]
PLACEMENTS = ["heading_amount", "amount_line", "sentence", "kvbox", "table"]
FORMATS = ["kr", "kronor_dec", "dot_colon", "sek_pre", "sek_post", "tkr", "kr_pre"]
SEPS = ["space", "nbsp", "thin"]
FONTS = ["Helvetica", "Times-Roman", "Courier", "DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed", "DejaVuSerifCondensed"]
HEADINGS = ["bold", "bold_large", "caps", "underline", "numbered"]
ATT_IDS = ["num", "bilaga", "letter", "actsuffix"]
ATT_LISTS = ["lines", "inline", "table"]
REF_FORMS = ["bil", "paren", "se", "none"]
LETTERHEADS = ["none", "right", "left_rule", "centred"]
POS_PLACES = ["line", "last", "bold"]


# ------------------------------------------------------------------------------------------
# money


class Money:
    """Formats amounts in the case's style and remembers every printed value for the gold."""

    def __init__(self, fmt: str, sep: str) -> None:
        self.fmt, self.sep = fmt, {"space": " ", "nbsp": "\u00a0", "thin": "\u2009"}[sep]
        self.values: list[Decimal] = []
        self.optional: list[Decimal] = []

    def text(self, v: Decimal) -> str:
        v = D(v)
        s, u = self.sep, (self.sep if self.sep != " " else " ")
        return {
            "kr": f"{group(v, s)}{u}kr",
            "kronor_dec": f"{group(v, s, 'always')}{u}kronor",
            "dot_colon": f"{group(v, '.')}:-",
            "sek_pre": f"SEK{u}{group(v, s)}",
            "sek_post": f"{group(v, s)}{u}SEK",
            "tkr": f"{short(v, Decimal(1000))}{u}tkr",
            "kr_pre": f"kr{u}{group(v, s)}",
        }[self.fmt]

    def __call__(self, v) -> str:
        self.values.append(D(v))
        return self.text(v)

    def bare(self, v, optional: bool = False) -> str:
        v = D(v)
        (self.optional if optional else self.values).append(v)
        if self.fmt == "tkr":
            return short(v, Decimal(1000))
        if self.fmt == "dot_colon":
            return group(v, ".")
        return group(v, self.sep, "always" if self.fmt == "kronor_dec" else "auto")

    def unit(self) -> str:
        return {"tkr": "tkr", "sek_pre": "SEK", "sek_post": "SEK"}.get(self.fmt, "kr")


# ------------------------------------------------------------------------------------------
# drawing a case's factors


def balanced(seed: int, i: int, factor: str, levels: list):
    """A level for case i: each block of len(levels) consecutive cases takes every level once, in
    an order drawn for this factor alone (so factors stay independent of each other, every level
    occurs, and case i keeps its level when --count grows)."""
    n = len(levels)
    order = random.Random(f"varied-{seed}-{factor}-{i // n}").sample(levels, n)
    return order[i % n]


def draw(seed: int, i: int, used: list) -> dict:
    r = random.Random(f"varied-{seed}-{i}")
    pool = [m for m in MUNIS if m[0] not in used]
    muni = r.choice(pool)
    f = dict(
        municipality=muni[0],
        issuer=muni[1],
        area=muni[2],
        producer="reportlab" if i < 10 else r.choices(["reportlab", "docx", "html"], [5, 3, 3])[0],
        n_acts=r.randint(3, 7),
        scheme=balanced(seed, i, "scheme", SCHEMES),
        gapped=r.random() < 0.5,
        placement=balanced(seed, i, "placement", PLACEMENTS),
        amount_format=balanced(seed, i, "amount_format", FORMATS),
        separator=balanced(seed, i, "separator", SEPS),
        ore=r.random() < 0.3,
        assess_label=r.choice(ASSESS_LABEL),
        pos_place=balanced(seed, i, "pos_place", POS_PLACES),
        pos_label=r.choice(POS_LABEL),
        cell_phrases=r.random() < 0.5,
        att_ids=balanced(seed, i, "att_ids", ATT_IDS),
        att_list=balanced(seed, i, "att_list", ATT_LISTS),
        att_heading=r.choice(["Bilagor", "Bifogade handlingar", "Bilageförteckning", "Till yttrandet bifogas", ""]),
        ref_form=balanced(seed, i, "ref_form", REF_FORMS),
        invoice_labels=r.random() < 0.5,
        font=balanced(seed, i, "font", FONTS),
        size=r.choice([9.5, 10, 10.5, 11, 11.5, 12]),
        heading=balanced(seed, i, "heading", HEADINGS),
        margins=r.choice(["narrow", "normal", "wide"]),
        letterhead=balanced(seed, i, "letterhead", LETTERHEADS),
        footer=r.choice(["Sida {page} av {pages}", "{page} ({pages})", "", "{page}"]),
        contents=r.random() < 0.3,
        summary=r.random() < 0.4,
        intro_total=r.random() < 0.6,
        closing_total=r.random() < 0.5,
        background=r.randint(0, 3),
        date_form=r.choice(["iso", "long", "den_long", "place_long"]),
        marker=r.choice(MARKERS),
        table_ruled=r.random() < 0.6,
        table_cols=r.randint(4, 6),
        signers=r.randint(1, 2),
    )
    # combinations that cannot stand
    if f["scheme"] == "none":
        f["summary"] = True  # the numbers are printed only in the summary table
        if f["placement"] == "table":
            f["placement"] = "heading_amount"
    if f["amount_format"] in ("dot_colon", "tkr"):
        f["ore"] = False
    if f["separator"] == "thin" and f["font"] not in TTF and f["producer"] == "reportlab":
        f["separator"] = "nbsp"
    if f["producer"] != "reportlab":
        f["contents"] = False
        f["font"] = {
            "docx": r.choice(["Liberation Serif", "Liberation Sans", "Carlito", "DejaVu Sans"]),
            "html": r.choice(["DejaVu Sans", "DejaVu Serif", "sans-serif", "serif"]),
        }[f["producer"]]
    if f["placement"] == "table":
        f["contents"] = False
        f["summary"] = False
        f["pos_place"] = "cell"
    if f["att_ids"] == "actsuffix" and f["scheme"] not in (
        "dot",
        "aktivitet",
        "atgard",
        "insats",
        "del",
        "projekt",
        "code_post",
        "code_bp",
    ):
        f["att_ids"] = "num"
    f["long_background"] = r.random() < 0.25  # a "Bakgrund" section of its own: the letter runs to 4–5 pages
    return f


def numbering(f: dict, r: random.Random) -> list[tuple[str, str]]:
    """(activity_no, label as printed in front of the title) for each activity."""
    n = f["n_acts"]
    if f["gapped"]:
        nums = sorted(r.sample(range(1, n * 3 + 2), n))
    else:
        nums = list(range(1, n + 1))
    s = f["scheme"]
    out = []
    if s == "dotted":
        major, minor = r.randint(1, 2), 0
        for _ in range(n):
            if minor and r.random() < 0.35:
                major, minor = major + 1, 0
            minor += 1
            out.append((f"{major}.{minor}", f"{major}.{minor}"))
        return out
    if s in ("letter_dot", "letter_paren"):
        letters = "ABCDEFGHIJ" if s == "letter_dot" else "abcdefghij"
        return [(letters[k], f"{letters[k]}." if s == "letter_dot" else f"{letters[k]})") for k in range(n)]
    for k in nums:
        out.append(
            {
                "dot": (str(k), f"{k}."),
                "aktivitet": (str(k), f"Aktivitet {k}"),
                "atgard": (str(k), f"Åtgärd {k}"),
                "insats": (str(k), f"Insats {k}"),
                "del": (str(k), f"Del {k}"),
                "projekt": (str(k), f"Projekt {k}"),
                "code_ak": (f"ÅK-{k}", f"ÅK-{k}"),
                "code_post": (str(k), f"Post {k}"),
                "code_bp": (str(k), f"Beslutspunkt {k}"),
                "none": (str(k), ""),
            }[s]
        )
    return out


def person(r: random.Random, taken: set) -> str:
    while True:
        n = f"{r.choice(FIRST)} {r.choice(LAST)}"
        if n not in taken:
            taken.add(n)
            return n


def phone(r: random.Random, area: str) -> tuple[str, str]:
    if r.random() < 0.3:
        p = f"07{r.choice('0236')}-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        digits = re.sub(r"\D", "", p)
    else:
        n = 8 - len(area) + 1 if len(area) > 2 else 7
        sub = str(r.randint(10 ** (n - 1), 10**n - 1))
        sub_f = sub[:-4] + " " + sub[-4:-2] + " " + sub[-2:] if len(sub) > 5 else sub[:-2] + " " + sub[-2:]
        p = f"{area}-{sub_f}"
        digits = re.sub(r"\D", "", p)
    return p, "+46" + digits[1:]


def ascii_mail(s: str) -> str:
    t = s.lower().translate(str.maketrans("åäöéü ", "aaoeu."))
    return re.sub(r"[^a-z.\-]", "", t)


# ------------------------------------------------------------------------------------------
# the document as blocks, independent of the producer


class Picker:
    """Draws wordings without repeating one within a case until its list is used up."""

    def __init__(self, r: random.Random) -> None:
        self.r, self.left = r, {}

    def __call__(self, options: list):
        k = tuple(options)
        if not self.left.get(k):
            self.left[k] = self.r.sample(options, len(options))
        return self.left[k].pop()


def build(f: dict, r: random.Random) -> dict:
    pick = Picker(r)
    M = Money(f["amount_format"], f["separator"])
    muni, issuer = f["municipality"], f["issuer"]
    nums = numbering(f, r)
    titles = r.sample(TITLES, f["n_acts"])
    places = r.sample(PLACES, f["n_acts"])
    titles = [t.format(p=p) for t, p in zip(titles, places, strict=True)]
    unit = 100 if f["amount_format"] == "tkr" else (1 if f["ore"] else 100)
    acts = []
    positions = r.choices(["accepts_full", "accepts_partial", "disputes"], k=f["n_acts"])
    for (no, label), title, pos in zip(nums, titles, positions, strict=True):
        if f["ore"] and r.random() < 0.6:
            claimed = D(r.randint(800000, 25000000)) / 100
        else:
            claimed = D(r.randint(80, 2500) * 100)
        reasons = r.sample(list(REASONS), 2 if r.random() < 0.3 else 1)
        repay = None
        if pos == "accepts_partial":
            repay = (claimed * D(r.randint(20, 70)) / 100 / unit).quantize(D(1)) * unit
            repay = D(repay).quantize(D("0.01"))
        a = Act(no=no, title=title, claimed=claimed, position=pos, reasons=reasons, repay=repay)
        a.label = label
        acts.append(a)
    taken: set = set()
    dd = f"2025-{r.choice(['02', '03'])}-{r.randint(3, 27):02d}"
    y, mo, d = dd.split("-")
    long = f"{int(d)} {MONTHS[int(mo) - 1]} {y}"
    date_text = {"iso": dd, "long": long, "den_long": f"den {long}", "place_long": f"{muni} den {long}"}[f["date_form"]]
    sos_dnr = f"8.4-{r.randint(1000, 49999)}/2024"
    own_dnr = f"{r.choice(['SN', 'KS', 'SOC', 'VON'])} {r.choice(['2024', '2025'])}/{r.randint(10, 480)}"
    grant = r.choice(
        [
            "statsbidraget till kommuner med socioekonomiskt eftersatta områden",
            "statsbidraget för att motverka segregation i utsatta områden",
            "statsbidraget till kommuner med utsatta områden",
        ]
    )
    year = r.choice(["2021", "2022", "2023"])
    dec_date = f"{r.randint(2, 20)} december 2024"

    # attachments: per activity 0–2, plus perhaps a general one (the committee's decision)
    atts = []  # dict(id, act (activity no or None), label, invoice)
    general = r.random() < 0.4 and not (f["att_ids"] == "actsuffix" and acts[0].no == "1")
    if general:
        atts.append(
            dict(
                act=None,
                label=r.choice(["Protokollsutdrag, socialnämndens beslut", "Nämndens beslut om yttrande", "Delegationsbeslut"]),
                invoice=None,
            )
        )
    inv_no = r.randint(1000, 8000)
    for a in acts:
        for _ in range(r.choices([0, 1, 2], [3, 4, 3])[0]):
            kind = r.choice(["invoice", "list", "report", "payslip"])
            if kind == "invoice" and f["invoice_labels"]:
                inv_no += r.randint(3, 400)
                num = r.choice([str(inv_no), f"{year}-{inv_no}", f"F{inv_no}"])
                label = f"Faktura nr {num}, {r.choice(SUPPLIERS)}"
                atts.append(dict(act=a.no, label=label, invoice=num))
            else:
                label = pick(
                    {
                        "invoice": [
                            "Fakturor och verifikationer",
                            "Kopior av fakturor",
                            "Huvudboksutdrag och fakturor",
                            "Verifikationer, kontoutdrag",
                        ],
                        "list": ["Deltagarlistor", "Närvarolistor", "Sammanställning av deltagare", "Anteckningar från träffarna"],
                        "report": ["Verksamhetsrapport", "Aktivitetsbeskrivning", "Uppföljningsrapport", "Projektplan"],
                        "payslip": ["Lönespecifikationer", "Tjänstgöringsintyg", "Anställningsavtal", "Tidrapporter"],
                    }[kind]
                )
                atts.append(dict(act=a.no, label=label, invoice=None))
    # ids
    per_act: dict = {}
    for k, at in enumerate(atts):
        if f["att_ids"] == "letter":
            at["id"] = "ABCDEFGHIJKLMNOPQRSTU"[k]
        elif f["att_ids"] == "actsuffix":
            if at["act"] is None:
                at["id"] = "1"
            else:
                j = per_act.setdefault(at["act"], 0)
                per_act[at["act"]] = j + 1
                at["id"] = f"{at['act']}{'abc'[j]}"
        else:
            at["id"] = str(k + 1)
    word = "bilaga" if f["att_ids"] != "num" or r.random() < 0.5 else "bil."

    def ref_text(ids: list) -> str:
        if not ids or f["ref_form"] == "none":
            return ""
        if len(ids) == 2 and f["att_ids"] in ("num", "bilaga") and f["ref_form"] == "se":
            return f"Se bilaga {ids[0]}–{ids[1]}."
        joined = " och ".join(ids)
        return {"bil": f"Se bil. {joined}.", "paren": f"(bilaga {joined})", "se": f"Se bilaga {joined}."}[f["ref_form"]]

    for a in acts:
        a.refs = [at["id"] for at in atts if at["act"] == a.no] if f["ref_form"] != "none" else []

    def assessment(a: Act) -> str:
        if len(a.reasons) == 2 and r.random() < 0.5:
            c1, c2 = pick(REASONS[a.reasons[0]]["c"]), pick(REASONS[a.reasons[1]]["c"])
            return pick(COMBINE).format(a=c1, b=c2)
        return " ".join(pick(REASONS[x]["s"]) for x in a.reasons)

    def pos_sentence(a: Act) -> str:
        s = pick(POS[a.position]["s"])
        return s.format(a=M(a.repay)) if a.position == "accepts_partial" else s

    head_form = r.choice(["{h} ({x})", "{h}, {x}", "{h} – återkrav {x}", "{h} – {x}"])
    line_form = r.choice(["Återkrävt belopp: {x}", "Belopp som återkrävs: {x}", "Socialstyrelsen kräver tillbaka {x}.", "Återkrav: {x}"])
    kv_word = r.choice(["Återkrävt belopp", "Återkrav", "Belopp"])
    dash = r.choice(["–", ":", "·"])
    claim_form = r.choice(
        [
            "Socialstyrelsen kräver tillbaka {x} för aktiviteten.",
            "Återkravet för aktiviteten uppgår till {x}.",
            "Av bidraget återkrävs {x}.",
            "Socialstyrelsen har beslutat att {x} ska betalas tillbaka.",
            "Det återkrävda beloppet är {x}.",
        ]
    )

    def claim_sentence(a: Act) -> str:
        return claim_form.format(x=M(a.claimed))

    blocks: list = []
    # head
    blocks.append(
        (
            "addr",
            [
                "Socialstyrelsen",
                r.choice(["Enheten för statsbidrag", "Avdelningen för regler och behörighet", "Statsbidragsenheten"]),
                "106 30 Stockholm",
            ],
        )
    )
    blocks.append(
        (
            "meta",
            [f"Datum: {date_text}" if f["date_form"] == "iso" else date_text, f"Vår beteckning: {own_dnr}", f"Er beteckning: {sos_dnr}"],
        )
    )
    title = r.choice(
        [
            f"Yttrande över Socialstyrelsens preliminära beslut om återkrav, dnr {sos_dnr}",
            f"Yttrande angående återkrav av {grant} för {year}",
            f"{issuer}s yttrande över preliminärt beslut om återkrav"
            if not issuer.endswith("s kommun")
            else f"Yttrande från {issuer} över preliminärt beslut om återkrav",
            "Svar på Socialstyrelsens preliminära beslut om återbetalning av statsbidrag",
        ]
    )
    blocks.append(("title", title))
    total_claimed = sum((a.claimed for a in acts), D(0))
    total_repay = sum((D(a.repayment()) for a in acts), D(0))
    intro = (
        f"{issuer} har getts möjlighet att yttra sig över Socialstyrelsens preliminära beslut den {dec_date} "
        f"om återkrav av {grant} för år {year}."
    )
    if f["intro_total"]:
        intro += f" Socialstyrelsen avser att återkräva sammanlagt {M(total_claimed)} fördelat på {len(acts)} aktiviteter."
    if general and f["ref_form"] != "none":
        intro += f" Yttrandet har beslutats av socialnämnden ({word} {atts[0]['id']})."
        general_ref = True
    else:
        general_ref = False
    blocks.append(("toc_slot",))
    sec = [0]

    def H(text: str) -> tuple:
        if f["heading"] == "numbered":
            sec[0] += 1
            return ("h1", f"{sec[0]}. {text}")
        return ("h1", text)

    blocks.append(H("Inledning"))
    blocks.append(("p", intro))
    bg = [
        "Kommunen har sedan bidraget infördes arbetat systematiskt med att stärka de områden som omfattas, i nära samverkan med föreningar, bostadsbolag och skolor.",
        "Insatserna har följts upp löpande av en styrgrupp med företrädare för flera förvaltningar. Uppföljningen har redovisats för kommunstyrelsen två gånger per år.",
        "Kommunen vill framhålla att flera av aktiviteterna har haft stor betydelse för de boende, vilket också framgår av de enkäter som genomförts bland deltagarna.",
        "Vid genomgången av beslutet har ekonomiavdelningen och ansvariga verksamhetschefer gått igenom samtliga verifikationer på nytt. Där underlag saknats har kommunen försökt att ta fram kompletterande handlingar från leverantörerna.",
    ]
    for k in range(f["background"]):
        blocks.append(("p", bg[k]))
    if f.get("long_background"):
        blocks.append(H("Bakgrund"))
        blocks += [("p", t) for t in BACKGROUND]

    # summary table
    if f["summary"]:
        word_pos = {
            "accepts_full": r.choice(["Medges", "Godtas"]),
            "accepts_partial": r.choice(["Delvis", "Medges delvis"]),
            "disputes": r.choice(["Bestrids", "Godtas ej"]),
        }
        rows = [["Nr", "Aktivitet", f"Återkrävt ({M.unit()})", "Ställningstagande", f"Återbetalas ({M.unit()})"]]
        zero_dash = r.random() < 0.5
        for a in acts:
            rep = D(a.repayment())
            rows.append(
                [
                    a.no,
                    a.title,
                    M.bare(a.claimed),
                    word_pos[a.position],
                    "–" if (rep == 0 and zero_dash) else M.bare(rep, optional=rep == 0),
                ]
            )
        rows.append(["", "Summa", M.bare(total_claimed), "", M.bare(total_repay, optional=total_repay == 0)])
        blocks.append(H(r.choice(["Sammanfattning", "Översikt", "Sammanställning"])))
        blocks.append(("table", rows, dict(ruled=True, right=[2, 4], bold_last=True, widths=[0.08, 0.35, 0.19, 0.19, 0.19])))

    blocks.append(H(f["marker"]))
    blocks.append(("marker", f["marker"]))

    if f["placement"] == "table":
        blocks.append(
            (
                "p",
                r.choice(
                    [
                        "Kommunens synpunkter framgår av tabellen nedan.",
                        "I tabellen redovisas kommunens ställningstagande för varje aktivitet.",
                        "Nedan lämnas kommunens svar aktivitet för aktivitet.",
                    ]
                ),
            )
        )
        cols = ["nr", "title", "claimed", "assess", "position"]
        extra = r.sample(["repay", "refs"], f["table_cols"] - 4) if f["table_cols"] > 4 else []
        if f["table_cols"] == 4:
            cols = ["nrtitle", "claimed", "assess", "position"]
        cols += extra
        head_words = dict(
            nr=["Nr", "Akt.", "Aktivitet nr", "Nr enl. beslut"],
            title=["Aktivitet", "Benämning", "Insats"],
            nrtitle=["Aktivitet", "Insats", "Återkrav avseende"],
            claimed=["Återkrävt belopp", "Återkrav", "Belopp som återkrävs", "Socialstyrelsens krav"],
            assess=["Socialstyrelsens bedömning", "Skäl för återkrav", "Motivering", "SoS bedömning"],
            position=["Kommunens ställningstagande", "Kommunens svar", "Inställning", "Kommentar"],
            repay=["Återbetalas", "Kommunen återbetalar", "Medges", "Att återbetala"],
            refs=["Bilagor", "Bil.", "Underlag"],
        )
        body_cols = [c for c in cols if c not in ("nr", "title", "nrtitle")]
        r.shuffle(body_cols)
        lead = [c for c in cols if c in ("nr", "title", "nrtitle")]
        cols = lead + body_cols
        bare = r.random() < 0.5
        header = []
        for c in cols:
            h = r.choice(head_words[c])
            if c in ("claimed", "repay") and bare:
                h += f" ({M.unit()})"
            header.append(h)
        rows = [header]
        for a in acts:
            row = []
            for c in cols:
                if c == "nr":
                    row.append(a.label.rstrip(".)") if f["scheme"] in ("letter_dot", "letter_paren", "dot") else a.label)
                elif c == "title":
                    row.append(a.title)
                elif c == "nrtitle":
                    row.append(f"{a.label} {a.title}")
                elif c == "claimed":
                    row.append(M.bare(a.claimed) if bare else M(a.claimed))
                elif c == "assess":
                    row.append(" / ".join(r.choice(REASONS[x]["cell"]) for x in a.reasons) if f["cell_phrases"] else assessment(a))
                elif c == "position":
                    if f["cell_phrases"]:
                        s = r.choice(POS[a.position]["cell"])
                        if a.position == "accepts_partial":
                            s = s.format(a=M(a.repay)) if "{a}" in s else s
                    else:
                        s = pos_sentence(a)
                    if "refs" not in cols and a.refs:
                        rt = ref_text(a.refs)
                        s += (" " if rt.startswith("(") or s.endswith(".") else ". ") + rt
                    row.append(s)
                elif c == "repay":
                    rep = D(a.repayment())
                    row.append(M.bare(rep, optional=rep == 0) if bare else (M.text(rep) if rep == 0 else M(rep)))
                    if rep == 0 and not bare:
                        M.optional.append(rep)
                elif c == "refs":
                    row.append(", ".join(a.refs) if a.refs else "–")
            a.needle = a.title
            rows.append(row)
        # a partial position whose phrase states no amount needs the repay column: make sure
        if "repay" not in cols and f["cell_phrases"]:
            pass  # all partial cell phrases carry "{a}"
        widths = {"nr": 0.08, "title": 0.19, "nrtitle": 0.2, "claimed": 0.15, "assess": 0.27, "position": 0.27, "repay": 0.12, "refs": 0.07}
        ws = [widths[c] for c in cols]
        ws = [w / sum(ws) for w in ws]
        blocks.append(
            (
                "table",
                rows,
                dict(ruled=f["table_ruled"], right=[k for k, c in enumerate(cols) if c in ("claimed", "repay")], widths=ws, small=True),
            )
        )
    else:
        for a in acts:
            head = (
                f"{a.label} {a.title}".strip()
                if f["scheme"] not in ("aktivitet", "atgard", "insats", "del", "projekt", "code_ak", "code_post", "code_bp")
                else f"{a.label} {dash} {a.title}".replace(" : ", ": ")
            )
            a.needle = a.title
            pl = f["placement"]
            if pl == "heading_amount":
                blocks.append(("h2", head_form.format(h=head, x=M(a.claimed))))
            elif pl == "kvbox":
                if f["scheme"] != "none":
                    blocks.append(("h2", a.label))
                kv = [["Aktivitet", a.title], [kv_word, M(a.claimed)]]
                if f["scheme"] == "none":
                    kv[0][0] = "Benämning"
                if a.refs and r.random() < 0.5 and f["ref_form"] != "none":
                    kv.append(["Bilagor", ", ".join(a.refs)])
                    box_refs = True
                else:
                    box_refs = False
                blocks.append(("kv", kv))
            else:
                blocks.append(("h2", head))
            if pl == "amount_line":
                blocks.append(("p", line_form.format(x=M(a.claimed))))
            ass = assessment(a)
            if pl == "sentence":
                ass = claim_sentence(a) + " " + ass
            lab = f["assess_label"]
            blocks.append(("p", f"<i>{lab}</i> {ass}" if lab else ass))
            ps = pos_sentence(a)
            arg = " ".join(pick(ARGS[a.position]) for _ in range(r.randint(1, 2)))
            ref = "" if (pl == "kvbox" and box_refs) else ref_text(a.refs)
            if f["pos_place"] == "line":
                blocks.append(("p", (arg + " " + ref).strip()))
                blocks.append(("p", f"<b>{f['pos_label']}</b> {ps}"))
            elif f["pos_place"] == "last":
                blocks.append(("p", f"{arg} {ref} {ps}".replace("  ", " ").strip()))
            else:
                blocks.append(("p", f"<b>{ps}</b> {arg} {ref}".strip()))

    if f["closing_total"]:
        blocks.append(H(r.choice(["Sammanfattning av kommunens ställningstagande", "Slutsats", "Avslutning"])))
        blocks.append(
            (
                "p",
                r.choice(
                    [
                        "Sammantaget medger kommunen återbetalning av {x} av det återkrävda beloppet.",
                        "Kommunen godtar därmed att totalt {x} betalas tillbaka.",
                        "Sammanlagt är kommunen beredd att återbetala {x}.",
                    ]
                ).format(x=M(total_repay))
                if total_repay
                else "Kommunen bestrider sammantaget samtliga återkrav.",
            )
        )

    # attachment list
    if atts:

        def line(at):
            if f["att_ids"] == "bilaga":
                return f"Bilaga {at['id']}", at["label"]
            return at["id"], at["label"]

        if f["att_heading"]:
            blocks.append(H(f["att_heading"]))
        if f["att_list"] == "table":
            rows = [[r.choice(["Bilaga", "Nr", "Bil."]), r.choice(["Handling", "Innehåll", "Beskrivning"])]]
            rows += [[at["id"], at["label"]] for at in atts]
            blocks.append(("table", rows, dict(ruled=r.random() < 0.5, right=[], widths=[0.15, 0.85])))
        elif f["att_list"] == "inline":
            intro_w = "" if f["att_heading"] else "Bilagor: "
            blocks.append(
                ("p", intro_w + "; ".join(f"{a} {b}" if f["att_ids"] == "bilaga" else f"{a}) {b}" for a, b in map(line, atts)) + ".")
            )
        else:
            sep = r.choice(["  ", " – ", ": "])
            blocks.append(("lines", [f"{a}{sep}{b}" for a, b in map(line, atts)]))

    # signatures and contact
    roles = [
        ("ordförande i socialnämnden", r.choice(["S", "M", "C", "KD", "L", "V", "MP"])),
        ("socialchef", None),
        ("förvaltningschef", None),
        ("kommundirektör", None),
        ("verksamhetschef", None),
    ]
    sig = r.sample(roles, f["signers"])
    people = []
    sig_lines = []
    for role, party in sig:
        n = person(r, taken)
        people.append(dict(name=n, role=role, **({"party": party} if party else {})))
        sig_lines.append((n + (f" ({party})" if party else ""), role[0].upper() + role[1:]))
    blocks.append(("p", r.choice([f"För {issuer}", f"{issuer}", "Med vänlig hälsning"])))
    blocks.append(("sign", sig_lines))
    cn = person(r, taken)
    ph, e164 = phone(r, f["area"])
    mail = f"{ascii_mail(cn)}@{ascii_mail(muni).replace('.', '')}.se"
    crole = r.choice(["utvecklingsstrateg", "controller", "handläggare", "enhetschef", "projektledare"])
    people.append(dict(name=cn, role=crole, phone=e164, email=mail))
    blocks.append(
        (
            "p",
            r.choice(
                [
                    f"Kontaktperson: {cn}, {crole}, tfn {ph}, {mail}",
                    f"Frågor om yttrandet besvaras av {crole} {cn}, telefon {ph}, e-post {mail}.",
                    f"Handläggare: {cn} ({crole})<br/>Telefon: {ph}<br/>E-post: {mail}",
                ]
            ),
        )
    )

    letterhead = [
        issuer,
        r.choice(
            [
                "Socialförvaltningen",
                "Socialtjänsten",
                "Kommunledningskontoret",
                "Välfärdsförvaltningen",
                "Arbetsmarknads- och socialförvaltningen",
            ]
        ),
    ]
    return dict(
        blocks=blocks,
        acts=acts,
        atts=atts,
        people=people,
        doc_date=dd,
        money=M,
        letterhead=letterhead,
        general_ref=general_ref,
        title=title,
        total_claimed=total_claimed,
        total_repay=total_repay,
    )


# ------------------------------------------------------------------------------------------
# producers


def rl_styles(f: dict) -> dict:
    font, size = f["font"], f["size"]
    bold = BOLD[font]
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=5)
    hs = f["heading"]
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=bold,
        fontSize=size + (3 if hs == "bold_large" else 1),
        leading=(size + 3) * 1.3,
        spaceBefore=10,
        spaceAfter=4,
        keepWithNext=1,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName=bold if hs != "underline" else font,
        fontSize=size + (1.5 if hs == "bold_large" else 0),
        leading=(size + 2) * 1.3,
        spaceBefore=8,
        spaceAfter=3,
        keepWithNext=1,
    )
    return dict(
        p=body,
        h1=h1,
        h2=h2,
        title=ParagraphStyle(
            "t", parent=body, fontName=bold, fontSize=size + 3.5, leading=(size + 3.5) * 1.25, spaceAfter=10, spaceBefore=6
        ),
        cell=ParagraphStyle("c", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0),
        cellb=ParagraphStyle("cb", parent=body, fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0),
        right=ParagraphStyle("r", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0, alignment=2),
        small=ParagraphStyle("s", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0),
    )


def htext(f: dict, text: str, level: str) -> str:
    if f["heading"] == "caps":
        text = text.upper()
    if f["heading"] == "underline":
        return f"<u>{text}</u>"
    return text


def render_reportlab(path: Path, f: dict, doc: dict, toc_pages: dict | None) -> None:
    st = rl_styles(f)
    mg = {"narrow": (1.8, 1.8, 2.0, 2.0), "normal": (2.5, 2.3, 2.5, 2.3), "wide": (3.4, 3.0, 3.0, 2.6)}[f["margins"]]
    left, right, top, bottom = (x * cm for x in mg)
    if f["letterhead"] != "none":
        top += 1.6 * cm
    width = A4[0] - left - right
    story = []

    def rl_table(rows, opts):
        header = 1
        fs = f["size"] - 1.5 - max(0, len(rows[0]) - 4) * 0.9
        cst = {k: ParagraphStyle(k + "t", parent=st[k], fontSize=fs, leading=fs * 1.22) for k in ("cell", "cellb", "right")}
        data = []
        for ri, row in enumerate(rows):
            out = []
            for ci, cell in enumerate(row):
                sty = cst["cellb"] if ri < header or (opts.get("bold_last") and ri == len(rows) - 1) else cst["cell"]
                if ci in opts.get("right", ()) and ri >= header:
                    sty = cst["right"]
                out.append(Paragraph(cell, sty))
            data.append(out)
        t = Table(data, colWidths=[w * width for w in opts["widths"]], repeatRows=1, hAlign="LEFT")
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if opts.get("ruled"):
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
        t.setStyle(TableStyle(cmds))
        return t

    for b in doc["blocks"]:
        k = b[0]
        if k == "addr":
            story.append(Paragraph("<br/>".join(b[1]), st["p"]))
            story.append(Spacer(1, 6))
        elif k == "meta":
            story.append(Paragraph("<br/>".join(b[1]), st["small"]))
            story.append(Spacer(1, 10))
        elif k == "title":
            story.append(Paragraph(b[1], st["title"]))
        elif k == "toc_slot":
            if f["contents"]:
                story.append(Paragraph("Innehåll", st["h1"]))
                rows = []
                for e in doc["toc"]:
                    pg = str((toc_pages or {}).get(e["key"], 9))
                    rows.append(
                        [
                            Paragraph(e["number_text"], st["cell"]),
                            Paragraph(e["title"], st["cell"]),
                            Paragraph(e["amount_text"], st["right"]),
                            Paragraph(pg, st["right"]),
                        ]
                    )
                t = Table(rows, colWidths=[0.16 * width, 0.54 * width, 0.2 * width, 0.1 * width], hAlign="LEFT")
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(PageBreak())
        elif k == "h1":
            story.append(Paragraph(htext(f, b[1], "h1"), st["h1"]))
        elif k == "h2":
            story.append(Paragraph(htext(f, b[1], "h2"), st["h2"]))
        elif k == "p":
            story.append(Paragraph(b[1], st["p"]))
        elif k == "lines":
            story.append(Paragraph("<br/>".join(b[1]), st["p"]))
        elif k == "kv":
            rows = [[Paragraph(f"<b>{a}</b>", st["cell"]), Paragraph(v, st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[0.28 * width, 0.52 * width], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "table":
            story.append(rl_table(b[1], b[2]))
            story.append(Spacer(1, 8))
        elif k == "sign":
            cells = [[Paragraph(f"{n}<br/>{role}", st["p"]) for n, role in b[1]]]
            story.append(Spacer(1, 24))
            story.append(KeepTogether(Table(cells, colWidths=[width / 2] * len(b[1]), hAlign="LEFT")))
            story.append(Spacer(1, 8))
    pages_total = [0]

    def deco(canvas, d):
        canvas.saveState()
        w, h = A4
        lh = f["letterhead"]
        if d.page == 1 and lh != "none":
            name, office = doc["letterhead"]
            if lh == "right":
                canvas.setFont(BOLD[f["font"]], 12)
                canvas.drawRightString(w - right, h - 1.6 * cm, name)
                canvas.setFont(f["font"], 9)
                canvas.drawRightString(w - right, h - 2.1 * cm, office)
            elif lh == "left_rule":
                canvas.setFont(BOLD[f["font"]], 14)
                canvas.drawString(left, h - 1.7 * cm, name.upper())
                canvas.setFont(f["font"], 9)
                canvas.drawString(left, h - 2.2 * cm, office)
                canvas.setLineWidth(1.2)
                canvas.line(left, h - 2.5 * cm, w - right, h - 2.5 * cm)
            else:
                canvas.setFillColor(colors.HexColor("#2b5f8a"))
                canvas.circle(w / 2, h - 1.3 * cm, 0.45 * cm, fill=1, stroke=0)
                canvas.setFillColor(colors.black)
                canvas.setFont(BOLD[f["font"]], 11)
                canvas.drawCentredString(w / 2, h - 2.3 * cm, name)
                canvas.setFont(f["font"], 8.5)
                canvas.drawCentredString(w / 2, h - 2.7 * cm, office)
        if f["footer"]:
            canvas.setFont(f["font"], 8)
            canvas.drawRightString(w - right, 1.1 * cm, f["footer"].format(page=d.page, pages=pages_total[0] or "?"))
        canvas.restoreState()

    import io

    for _ in range(2):
        buf = io.BytesIO()
        sd = SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title="",
            author="",
            creator="",
            producer="",
        )
        import copy

        sd.build(copy.deepcopy(story), onFirstPage=deco, onLaterPages=deco)
        pages_total[0] = sd.page
    path.write_bytes(buf.getvalue())


def plain(s: str) -> str:
    return re.sub(r"<[^>]+>", "", s.replace("<br/>", "\n"))


def runs(par, text: str, bold=False):
    """Add text with <b>, <i>, <u>, <br/> markup to a python-docx paragraph."""
    # a simple state machine
    state = {"b": bold, "i": False, "u": False}
    for tok in re.split(r"(<[^>]+>)", text):
        m = re.fullmatch(r"<(/?)([biu])>", tok)
        if m:
            state[m.group(2)] = not m.group(1)
            continue
        if tok == "<br/>":
            par.add_run().add_break()
            continue
        if tok:
            rn = par.add_run(tok)
            rn.bold, rn.italic, rn.underline = state["b"], state["i"], state["u"]


def render_docx(path: Path, f: dict, doc: dict) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    sec = d.sections[0]
    mg = {"narrow": (1.8, 1.8, 2.0, 2.0), "normal": (2.5, 2.3, 2.5, 2.3), "wide": (3.4, 3.0, 3.0, 2.6)}[f["margins"]]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(x) for x in mg)
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    stn = d.styles["Normal"]
    stn.font.name = f["font"]
    stn.font.size = Pt(f["size"])
    for sname in ("Heading 1", "Heading 2", "Title"):
        s = d.styles[sname]
        s.font.name = f["font"]
        s.font.color.rgb = None
    if f["letterhead"] != "none":
        hp = sec.header.paragraphs[0]
        hp.text = ""
        runs(hp, f"<b>{doc['letterhead'][0]}</b><br/>{doc['letterhead'][1]}")
        hp.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "centred": WD_ALIGN_PARAGRAPH.CENTER}.get(
            f["letterhead"], WD_ALIGN_PARAGRAPH.LEFT
        )
    for b in doc["blocks"]:
        k = b[0]
        if k in ("addr", "meta", "lines"):
            p = d.add_paragraph()
            runs(p, "<br/>".join(b[1]))
        elif k == "title":
            p = d.add_paragraph()
            rn = p.add_run(b[1])
            rn.bold = True
            rn.font.size = Pt(f["size"] + 4)
        elif k in ("h1", "h2"):
            h = d.add_heading(level=1 if k == "h1" else 2)
            runs(h, htext(f, b[1], k))
        elif k == "p":
            p = d.add_paragraph()
            runs(p, b[1])
        elif k in ("kv", "table"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "kv" or b[2].get("ruled"):
                t.style = "Table Grid"
            usable = 21.0 - mg[0] - mg[1]
            ws = [0.3, 0.5] if k == "kv" else b[2]["widths"]
            t.autofit = False
            for ci, w in enumerate(ws):
                t.columns[ci].width = Cm(w * usable)
                for ri in range(len(rows)):
                    t.cell(ri, ci).width = Cm(w * usable)
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci)
                    c.text = ""
                    runs(c.paragraphs[0], cell, bold=(ri == 0 and k == "table") or (k == "kv" and ci == 0))
                    for rn in c.paragraphs[0].runs:
                        rn.font.size = Pt(f["size"] - 1.5 - max(0, len(rows[0]) - 4) * 0.9)
                    if k == "table" and ci in b[2].get("right", ()) and ri > 0:
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            d.add_paragraph()
        elif k == "sign":
            d.add_paragraph()
            t = d.add_table(rows=1, cols=len(b[1]))
            for ci, (n, role) in enumerate(b[1]):
                t.cell(0, ci).text = f"{n}\n{role}"
    if f["footer"]:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _page_field(fp, f["footer"])
    tmp = Path(tempfile.mkdtemp(prefix="varied-"))
    src = tmp / (path.stem + ".docx")
    d.save(src)
    run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)])
    shutil.copy(tmp / (path.stem + ".pdf"), path)
    shutil.rmtree(tmp)
    fix_pdf(path)


def _page_field(par, pattern: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for tok in re.split(r"(\{page\}|\{pages\})", pattern):
        if tok in ("{page}", "{pages}"):
            rn = par.add_run()
            for kind, text in (("begin", None), (None, "PAGE" if tok == "{page}" else "NUMPAGES"), ("end", None)):
                if kind:
                    el = OxmlElement("w:fldChar")
                    el.set(qn("w:fldCharType"), kind)
                else:
                    el = OxmlElement("w:instrText")
                    el.set(qn("xml:space"), "preserve")
                    el.text = text
                rn._r.append(el)  # noqa: SLF001
        elif tok:
            par.add_run(tok)


def render_html(path: Path, f: dict, doc: dict) -> None:
    mg = {"narrow": (1.8, 1.8, 2.0, 2.0), "normal": (2.5, 2.3, 2.5, 2.3), "wide": (3.4, 3.0, 3.0, 2.6)}[f["margins"]]
    hs = f["heading"]
    css = f"""@page {{ size: A4; margin: {mg[2]}cm {mg[1]}cm {mg[3]}cm {mg[0]}cm; }}
body {{ font-family: '{f["font"]}'; font-size: {f["size"]}pt; line-height: 1.35; }}
h1 {{ font-size: {f["size"] + (3 if hs == "bold_large" else 1.5)}pt; margin: 14pt 0 4pt; {"text-transform: uppercase;" if hs == "caps" else ""}
     {"text-decoration: underline; font-weight: normal;" if hs == "underline" else ""} break-after: avoid; }}
h2 {{ font-size: {f["size"] + (1.5 if hs == "bold_large" else 0.5)}pt; margin: 10pt 0 3pt; {"text-transform: uppercase;" if hs == "caps" else ""}
     {"text-decoration: underline; font-weight: normal;" if hs == "underline" else ""} break-after: avoid; }}
.title {{ font-size: {f["size"] + 4}pt; font-weight: bold; margin: 10pt 0; }}
p {{ margin: 0 0 6pt; }}
table {{ border-collapse: collapse; margin: 4pt 0 10pt; font-size: {f["size"] - 1.5}pt; }}
td, th {{ vertical-align: top; padding: 2pt 4pt; text-align: left; }}
table.ruled td, table.ruled th {{ border: 0.6pt solid #000; }}
table.plain th {{ border-bottom: 0.8pt solid #000; }}
td.r {{ text-align: right; }}
tr {{ break-inside: avoid; }}
.kv td:first-child {{ background: #eee; font-weight: bold; }}
.lh {{ margin-bottom: 18pt; text-align: {dict(right="right", centred="center").get(f["letterhead"], "left")}; }}
.lh b {{ font-size: {f["size"] + 3}pt; }}
.sign td {{ padding-right: 40pt; padding-top: 24pt; }}
"""
    out = []
    if f["letterhead"] != "none":
        out.append(f"<div class='lh'><b>{doc['letterhead'][0]}</b><br>{doc['letterhead'][1]}</div>")
    for b in doc["blocks"]:
        k = b[0]
        if k in ("addr", "meta", "lines"):
            out.append("<p>" + "<br>".join(b[1]) + "</p>")
        elif k == "title":
            out.append(f"<div class='title'>{b[1]}</div>")
        elif k == "h1":
            out.append(f"<h1>{b[1]}</h1>")
        elif k == "h2":
            out.append(f"<h2>{b[1]}</h2>")
        elif k == "p":
            out.append(f"<p>{b[1]}</p>")
        elif k == "kv":
            out.append("<table class='kv ruled'>" + "".join(f"<tr><td>{a}</td><td>{v}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "table":
            rows, o = b[1], b[2]
            h = "<tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>"
            body = "".join(
                "<tr>" + "".join(f"<td{' class=r' if ci in o.get('right', ()) else ''}>{c}</td>" for ci, c in enumerate(row)) + "</tr>"
                for row in rows[1:]
            )
            cls = "ruled" if o.get("ruled") else "plain"
            fs = f["size"] - 1.5 - max(0, len(rows[0]) - 4) * 0.9
            out.append(f"<table class='{cls}' style='width:100%; font-size:{fs}pt'><thead>{h}</thead><tbody>{body}</tbody></table>")
        elif k == "sign":
            out.append("<table class='sign'><tr>" + "".join(f"<td>{n}<br>{role}</td>" for n, role in b[1]) + "</tr></table>")
    page = f"<!doctype html><html lang='sv'><head><meta charset='utf-8'><title></title><style>{css}</style></head><body>{''.join(out)}</body></html>"
    tmp = Path(tempfile.mkdtemp(prefix="varied-"))
    src = tmp / "doc.html"
    src.write_text(page, encoding="utf-8")
    run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp}/prof",
            f"--print-to-pdf={path}",
            src.as_uri(),
        ]
    )
    shutil.rmtree(tmp)
    fix_pdf(path)


def fix_pdf(path: Path) -> None:
    """Same bytes on every run: fixed timestamps, and the file /ID and LibreOffice's /DocChecksum
    derived from the content (all replaced by strings of the same length, so the xref stays valid)."""
    import hashlib

    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20250210091200", data)
    data = re.sub(rb"<xmp:(Create|Modify|MetadataDate)>[^<]{19}", lambda m: b"<xmp:" + m.group(1) + b">2025-02-10T09:12:00", data)
    ids = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)")
    chk = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})")
    digest = hashlib.md5(chk.sub(b"", ids.sub(b"", data))).hexdigest().upper().encode()
    data = ids.sub(lambda m: m.group(1) + digest + m.group(3) + digest + m.group(5), data)
    data = chk.sub(lambda m: m.group(1) + digest, data)
    path.write_bytes(data)


# ------------------------------------------------------------------------------------------
# gold


def find_pages(pdf: Path, marker: str, acts: list) -> tuple[dict, list]:
    """Each activity's page: its title searched in reading order after the marker heading, with all
    white space removed (a title may wrap inside a table cell)."""
    texts = page_texts(pdf)
    stream, starts = "", []
    for t in texts:
        starts.append(len(stream))
        stream += re.sub(r"\s+", "", t)

    def key(s: str) -> str:
        return re.sub(r"\s+", "", squash(s))

    pos = stream.index(key(marker))
    out = {}
    for a in acts:
        words = a.needle.split()
        j = -1
        for n in range(len(words), 0, -1):  # a table row split over a page break: the title's first words
            j = stream.find(key(" ".join(words[:n])), pos)
            if j >= 0:
                break
        if j < 0:
            raise ValueError(f"{pdf.name}: {a.needle!r} not found after {pos}")
        out[a.no] = max(k for k, s in enumerate(starts) if s <= j) + 1
        pos = j + 1
    return out, texts


def make_case(seed: int, i: int, used: list) -> tuple[str, dict]:
    f = draw(seed, i, used)
    slug = ascii_mail(f["municipality"]).replace(".", "-")
    name = f"v{i + 1:02d}-{slug}"
    case = OUT / name
    kept = {}
    if case.exists():
        if f["producer"] != "reportlab" and not os.environ.get("VARIED_REBUILD_EXTERNAL"):
            # LibreOffice and chromium lay out the same input slightly differently now and then
            # (under load): their committed PDFs are kept, and the gold is recomputed from them
            kept = {p.name: p.read_bytes() for p in case.glob("*.pdf")}
        shutil.rmtree(case)
    case.mkdir(parents=True)
    rf = random.Random(f"varied-{seed}-{i}-file")
    fname = rf.choice(
        [
            f"Yttrande återkrav {f['municipality']}.pdf",
            f"yttrande_sos_{slug}_2025.pdf",
            "Yttrande {date}.pdf",
            f"{f['issuer']} - svar till Socialstyrelsen.pdf",
        ]
    )
    with_amount = rf.random() < 0.5
    for attempt in range(4):
        doc = build(f, random.Random(f"varied-{seed}-{i}-content"))
        acts = doc["acts"]
        M = doc["money"]
        fname = fname.replace("{date}", doc["doc_date"])
        pdf = case / fname
        # table of contents: a section and the activities
        toc = []
        if f["contents"]:
            toc.append(dict(key="Inledning", number=None, number_text="", title="Inledning", amount=None, amount_text=""))
            for a in acts:
                toc.append(
                    dict(
                        key=a.no,
                        number=a.no,
                        number_text=a.label or a.no,
                        title=a.title,
                        amount=a.claimed if with_amount else None,
                        amount_text=M.text(a.claimed) if with_amount else "",
                    )
                )
            if with_amount:
                M.values += [a.claimed for a in acts]
        doc["toc"] = toc
        if f["producer"] == "reportlab":
            toc_pages = None
            for _ in range(3):
                render_reportlab(pdf, f, doc, toc_pages)
                pages, texts = find_pages(pdf, f["marker"], acts)
                want = {e["key"]: (pages[e["key"]] if e["number"] else None) for e in toc}
                if toc:
                    intro_pg = next(k + 1 for k, t in enumerate(texts) if "inledning" in t and k > 0) if len(texts) > 1 else 1
                    want["Inledning"] = intro_pg
                if not toc or want == toc_pages:
                    break
                toc_pages = want
        elif f["producer"] == "docx":
            if pdf.name in kept:
                pdf.write_bytes(kept[pdf.name])
            else:
                render_docx(pdf, f, doc)
            pages, texts = find_pages(pdf, f["marker"], acts)
        else:
            if pdf.name in kept:
                pdf.write_bytes(kept[pdf.name])
            else:
                render_html(pdf, f, doc)
            pages, texts = find_pages(pdf, f["marker"], acts)
        n_pages = len(texts)
        if n_pages < 2 and attempt < 3:
            f["background"] = min(4, f["background"] + 2)
            f["size"] = min(12, f["size"] + 1)
            pdf.unlink()
            continue
        if n_pages > 5 and attempt < 3:
            f["background"] = 0
            f["size"] = max(9.5, f["size"] - 1)
            pdf.unlink()
            continue
        break
    for a in acts:
        a.toc_title = a.title if toc else None
    gacts = []
    for a in acts:
        g = dict(
            activity_no=a.no,
            title=a.title,
            claimed_amount_sek=f"{a.claimed:.2f}",
            page_start=pages[a.no],
            municipality_position=a.position,
            repayment_amount_sek=a.repayment(),
            agency_reasons=sorted(a.reasons),
            attachment_refs=list(a.refs),
        )
        if a.toc_title:
            g["toc_title"] = a.toc_title
        gacts.append(g)
    gold = dict(
        kind="response",
        issuer=f["issuer"],
        municipality=f["municipality"],
        addressee="Socialstyrelsen",
        doc_date=doc["doc_date"],
        page_count=n_pages,
        activities=gacts,
        totals=totals(acts),
        money=[f"{v:.2f}" for v in M.values],
    )
    if M.optional:
        gold["money_optional"] = [f"{v:.2f}" for v in M.optional]
    if toc:
        gold["toc_entries"] = [
            dict(
                number=e["number"],
                title=e["title"],
                amount_sek=f"{e['amount']:.2f}" if e["amount"] is not None else None,
                page=toc_pages[e["key"]],
            )
            for e in toc
        ]

    def att_act(at):  # the activity that references it, or whose number the id carries ("7a")
        if f["ref_form"] != "none" or f["att_ids"] == "actsuffix":
            return at["act"]
        return None

    gold["attachments"] = [dict(attachment_id=at["id"], activity_no=att_act(at), invoice_number=at["invoice"]) for at in doc["atts"]]
    links: dict = {}
    for at in doc["atts"]:
        if at["invoice"] and att_act(at) is not None:
            links.setdefault(at["act"], []).append(dict(invoice_number=at["invoice"], attachment_id=at["id"]))
    gold["activity_invoices"] = links
    all_refd = all(at["act"] is not None or doc["general_ref"] for at in doc["atts"]) and f["ref_form"] != "none"
    if all_refd or not doc["atts"]:
        gold["checks"] = []
    gold["people"] = doc["people"]
    f["file"] = fname
    f["pages"] = n_pages
    note = (
        f"Factorial case {name}: producer {f['producer']}, scheme {f['scheme']}, placement {f['placement']}, amounts "
        f"{f['amount_format']}/{f['separator']}, positions {f['pos_place']}, attachments {f['att_ids']}/{f['att_list']}, "
        f"refs {f['ref_form']}, font {f['font']} {f['size']}, headings {f['heading']}, contents {f['contents']}, summary {f['summary']}."
    )
    write_gold(case, {fname: gold}, note)
    return name, f


README_HEAD = """# Factorial corpus "varied" (blind-made, held out)

Responses (yttranden) to Socialstyrelsen's preliminary reclaim decisions of the 2021–2023 state
grant to municipalities with vulnerable areas, made by **one style-randomising generator**,
`tests/gen/varied.py`: every case draws its house style **factor by factor, independently**, from
the seed, so combinations that no hand-written corpus (genre … genre11) has appear together. The
earlier corpora have been (or will be) used to tune the pipeline. This one has not, so keep it for
measuring generalisation: **do not tune on it**. When it has been used, draw a new one with
another seed (`--seed 11`): every wording, layout and figure is then drawn afresh.

Every person, amount, sentence, reference and invoice number is invented. Municipality names are
real and none is a case municipality of genre … genre11. The generator imports `genre_kit.py`
(`Act`, `D`, `group`, `short`, `totals`, `write_gold`, `page_texts`, `squash`, `run`); it was
built **before and without running granttrail on any of it**. Gold comes from the generator's own
data; page numbers are looked up in the finished PDFs (pypdfium2: each activity's title searched in
reading order after the heading that opens the activities, white space ignored).

Rebuild (deterministic, the same bytes; LibreOffice and chromium PDFs get fixed timestamps and a
content-derived /ID, but under load their layout can differ now and then, so their committed PDFs
are kept and only re-made with `VARIED_REBUILD_EXTERNAL=1` or when missing; the gold is always
recomputed from the PDF): `/work/main/.venv/bin/python tests/gen/varied.py --seed 10 --count 30`
(`--only 3,17` rebuilds single cases). Case i uses its own random stream, so a larger `--count`
adds cases and leaves the earlier ones unchanged. `manifest.json` records every factor's value
per case. Check the gold: `tests/gen/gold_selfcheck.py --corpus tests/data/varied` (all 1.000).

## Factors and levels (drawn independently; a few combinations are overridden, see below)

The main style factors (scheme, title/claim placement, amount format, separator, position place,
attachment ids, list and reference forms, font, heading style, letterhead) are drawn **balanced**:
in every block of as many consecutive cases as the factor has levels, each level occurs once, in an
order drawn for that factor alone. The other factors are drawn freely per case.

| factor | levels |
|---|---|
| municipality | 58 real municipalities not used in genre … genre11; issuer "X kommun" (genitive where Swedish has it) |
| dates, people | doc date Feb–Mar 2025 as `2025-02-14` / `14 februari 2025` / `den 14 …` / `Ort den 14 …`; decision date in December 2024 printed too; 1–2 signers (one may be the committee chair with party), a contact person with phone (landline or mobile) and e-mail in three forms |
| activities | 3–7; numbers 1..n or gapped (the agency's numbers) |
| identity scheme | `1.`, `1.1`/`2.3`, `Aktivitet 4`, `Åtgärd 2`, `Insats 3`, `Del 5`, `Projekt 2`, `A.`, `b)`, `ÅK-3`, `Post 12`, `Beslutspunkt 4`, none (bold title only; the numbers only in the summary table / contents) |
| title and claim | heading with the amount (`(x)`, `, x`, `– återkrav x`, `– x`), an amount line under the heading (`Återkrävt belopp:`, `Belopp som återkrävs:`, `Socialstyrelsen kräver tillbaka x.`, `Återkrav:`), the amount in a sentence of the assessment, a small key–value box, or one table row per activity (ruled/unruled, 4–6 columns, number+title merged at 4, columns after the title shuffled, header words drawn, bare amounts with the unit in the header or amounts with unit) |
| amount format | `12 500 kr`, `12 500,00 kronor`, `12.500:-`, `SEK 12 500`, `12 500 SEK`, `12,5 tkr`, `kr 12 500`; separator space / no-break space / thin space; some cases with öre; amounts wrap at line ends where the separator is a plain space |
| agency's assessment | per reason code 8 sentences (bedömer/anser/menar/konstaterar/har funnit, "Enligt Socialstyrelsen …", passives, quoted from the decision), 2 clauses for two reasons in one sentence (4 frames), 2–3 table-cell phrases; ~30 % of activities have two reasons; label `Socialstyrelsens bedömning:` / `…skäl:` / `Motivering i beslutet:` / `Myndighetens bedömning:` / none |
| position | accepts / partial (with its amount) / disputes, 10 sentences each + 3–4 table-cell phrases; placed on a labelled line (`Kommunens ställningstagande:` / `Kommunens inställning:` / `Vår bedömning:` / `Ställningstagande:` / `Kommunens svar:`), as the last sentence of the municipality's paragraph, as a bold lead-in, or in a table cell (with a repayment column or not) |
| attachments | ids `1`, `Bilaga 3`, `B`, `7a` (activity number + letter); list one per line (`1  x`, `1 – x`, `1: x`), inline (`1) x; 2) y`), or a table; heading `Bilagor` / `Bifogade handlingar` / `Bilageförteckning` / `Till yttrandet bifogas` / none; labels with invoice numbers in half of the cases; a general attachment (the committee's decision) referenced in the introduction |
| references | `Se bil. 6.`, `(bilaga 2)`, `Se bilaga 3.` / `Se bilaga 3–4.`, in a key–value box or a table column, or none |
| layout | font Helvetica / Times / Courier / DejaVu Sans, Serif, Sans Condensed, Serif Condensed (docx: Liberation Serif/Sans, Carlito, DejaVu Sans; html: DejaVu or generic families), 9.5–12 pt; headings bold / large bold / capitals / underlined / numbered sections; margins narrow / normal / wide; letterhead none / right / left with a rule / centred with a logo; footer `Sida N av M` / `N (M)` / `N` / none; 0–3 background paragraphs and in a quarter of the cases a "Bakgrund" section of five more (2–5 pages); contents page (reportlab only; with or without amounts); summary table with a Summa row |
| producer | reportlab (cases 1–10 always; later 5 in 11), python-docx → LibreOffice (3 in 11), HTML → chromium (3 in 11) |

Overrides: scheme "none" forces a summary table (and no one-row-per-activity table); a table
layout has no contents page and no summary table; `7a` ids need numeric activity numbers (else
plain numbers); the thin space needs an embedded font in reportlab (else a no-break space); öre
never with `:-` or `tkr`.

## Gold conventions
- Keys are file base names; one response per case, no attachment files.
- `money` lists every amount printed, once per mention (intro total, headings/lines/sentences,
  partial amounts, summary and table cells, Summa rows, contents amounts, the closing total);
  zero cells in `money_optional`; a "–" cell is no amount.
- `activity_no` is the number as printed without the scheme word: `Aktivitet 4` → "4", `Post 12`
  → "12", `Beslutspunkt 4` → "4", `b)` → "b", `A.` → "A", `2.3` → "2.3", but `ÅK-3` → "ÅK-3" (as
  in genre's earlier ÅK cases). With scheme "none" the numbers come from the summary table.
- `page_start` is the page of the activity's heading, key–value box or table row (where a row is
  split over a page break, the page it starts on).
- Attachments: a plain id takes the activity that references it; `7a` the activity 7; the
  general attachment none. Where the body references nothing (ref form "none"), plain ids have
  `activity_no` null and the case has no `checks` key (the pipeline may rightly warn about
  unreferenced attachments); otherwise `checks` is `[]`.
- `activity_invoices` holds the invoice numbers printed in the attachment list, per activity.
- `toc_entries` (contents cases): "Inledning" (number null) and every activity, page as printed
  (equal to the real page); activities then carry `toc_title`.
- People: signers with role (and party for the chair), the contact person with role, phone
  (E.164) and e-mail.

## Cases
"""


def write_readme(manifest: dict) -> None:
    rows = [
        "| case | producer | acts | scheme | title/claim | amounts | position | attachments / refs | layout |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, f in manifest.items():
        rows.append(
            f"| {name} | {f['producer']} | {f['n_acts']}{' gapped' if f['gapped'] else ''} | {f['scheme']} | {f['placement']}"
            f"{' (' + str(f['table_cols']) + ' cols, ' + ('ruled' if f['table_ruled'] else 'unruled') + ')' if f['placement'] == 'table' else ''}"
            f" | {f['amount_format']}/{f['separator']}{' öre' if f['ore'] else ''} | {f['pos_place']} | {f['att_ids']}, {f['att_list']}"
            f" / {f['ref_form']} | {f['font']} {f['size']}, {f['heading']}, {f['letterhead']}{', contents' if f['contents'] else ''}"
            f"{', summary' if f['summary'] else ''}, {f['pages']} p. |"
        )
    (OUT / "README.md").write_text(README_HEAD + "\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 10
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 30
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else None
    OUT.mkdir(parents=True, exist_ok=True)
    mpath = OUT / "manifest.json"
    manifest = json.loads(mpath.read_text(encoding="utf-8")) if mpath.exists() and only else {}
    used: list = []
    for i in range(count):
        f = draw(seed, i, used)
        used.append(f["municipality"])
        if only and str(i + 1) not in only:
            continue
        name, fac = make_case(seed, i, used[:-1])
        manifest[name] = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in fac.items()}
        print(name, fac["producer"], fac["pages"], "pages", flush=True)
    if not only:
        for d in OUT.iterdir():
            if d.is_dir() and d.name not in manifest:
                shutil.rmtree(d)
    manifest = dict(sorted(manifest.items()))
    mpath.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_readme(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
