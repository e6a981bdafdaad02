"""Writes models/positions/train.tsv: the municipality's answer sentences, labelled with the position
they state, for the position classifier (pipeline/positions.py).

Labels: the contract's positions accepts_full, accepts_partial, disputes and unclear (the answer is
put off: "återkommer med sitt ställningstagande"), and `none` for a sentence of the answer that
states no position (a description of what was done, a date, a greeting).

Each stance is written here by hand in several registers (formal letters, klarspråk, consultant
prose, committee minutes, English by an international office, terse table cells), said by several
speakers ("Kommunen", "Vi", "Nämnden", "Förvaltningen", "Bolaget") with amounts in several styles.
A stance's paraphrases share one group id, so the benchmark's folds never split them. The
composition is deterministic (a seeded choice), so the file is reproducible:
`python models/positions/compose.py`. models/positions/heldout.tsv was written by hand before this
file was trained on and shares no sentence with it; it is never used to train.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 29
VARIANTS = 4  # speakers and amounts drawn per stance

SPEAKERS = ["Kommunen", "Vi", "Nämnden", "Förvaltningen", "Socialnämnden", "Kommunstyrelsen", "Bolaget", "Staden", "Regionen"]
CLAIMS = ["48 000 kronor", "125 400 kr", "36 750:-", "SEK 92 000", "21 tkr", "1,2 miljoner kronor", "64 500 kr", "17 900 kronor"]
PARTS = ["12 000 kronor", "30 200 kr", "8 500:-", "SEK 14 000", "6 tkr", "0,4 miljoner kronor", "9 750 kr", "4 300 kronor"]

# {S}: the speaker, {C}: the claimed sum, {P}: a part of it. One line per stance; " | " separates
# paraphrases of that stance (same group).
STANCES: dict[str, list[str]] = {
    "accepts_full": [
        "The municipality accepts the Board's assessment. "
        "| We accept the decision and will repay. | The committee accepts the repayment demand in its entirety.",
        "We have no objections to the claim. "
        "| The city raises no objection to the repayment. | No objection is raised against the reclaim.",
        "The amount will be repaid in full. | The full sum of {C} will be returned to the Board. | {C} will be refunded.",
        "We concur with the assessment and will reimburse the grant. | The office agrees with the Board and pays back the amount.",
        "{S} betalar in beloppet till Socialstyrelsens bankgiro. | {S} sätter in {C} på Socialstyrelsens konto.",
        "{S} ställer sig bakom bedömningen. | {S} ansluter sig till Socialstyrelsens bedömning och återbetalar beloppet.",
        "{S} accepterar Socialstyrelsens bedömning och återbetalar hela beloppet. "
        "| {S} godtar bedömningen och betalar tillbaka hela summan.",
        "{S} godtar återkravet i sin helhet. | Återkravet godtas i sin helhet.",
        "{S} medger återkravet. | Återkravet medges. | Medges.",
        "{S} har inga invändningar mot återkravet och betalar tillbaka {C}. | {S} har inget att invända mot att {C} återbetalas.",
        "{S} delar myndighetens bedömning i denna del. | {S} instämmer i Socialstyrelsens bedömning.",
        "{S} kommer att återbetala det återkrävda beloppet om {C}. | {S} avser att betala tillbaka {C} inom den angivna tiden.",
        "Beloppet återbetalas i sin helhet. | Hela beloppet, {C}, betalas tillbaka. | Återbetalas i sin helhet.",
        "{S} vidgår att kostnaden inte borde ha belastat bidraget och betalar tillbaka beloppet. "
        "| {S} medger att utgiften felaktigt bokfördes mot bidraget och återför den.",
        "{S} är införstådd med beslutet och återför medlen. | {S} har förståelse för beslutet och återför pengarna till Socialstyrelsen.",
        "Vi håller med och betalar tillbaka pengarna. | Vi tycker att ni har rätt och lämnar tillbaka pengarna.",
        "{S} har redan betalat tillbaka {C}. | Beloppet har redan återbetalats till Socialstyrelsen.",
        "Mot bakgrund av ovanstående gör förvaltningen bedömningen att återkravet är befogat och att beloppet ska återbetalas. "
        "| Sammantaget bedömer vi att återkravet är korrekt och att pengarna ska betalas tillbaka.",
        "Förvaltningen föreslår att nämnden godkänner återbetalning av hela beloppet. "
        "| Nämnden beslutar att godkänna återkravet och att återbetala {C}.",
        "{S} lämnar återkravet utan erinran. | {S} har ingen erinran mot återkravet.",
        "{S} motsätter sig inte återkravet. | {S} bestrider inte återkravet.",
        "Återbetalning sker av hela beloppet, {C}. | Full återbetalning görs med {C}.",
        "{S} ser inga skäl att ifrågasätta bedömningen och återbetalar. | {S} finner ingen anledning att invända och betalar tillbaka.",
        "Accepteras. | Godtas. | Ja, återbetalas. | Medges helt.",
        "The municipality accepts the claim and will repay the full amount. | We accept the reclaim in full and will refund {C}.",
        "We agree with the National Board's assessment and will return the funds. "
        "| The council has no objection and will repay the amount.",
        "{S} går med på återkravet. | {S} går med på att betala tillbaka hela beloppet.",
        "{S} vitsordar återkravet på {C}. | {S} vitsordar att beloppet ska återbetalas.",
        "Kostnaden borde inte ha tagits upp i redovisningen, och {s} återbetalar den. "
        "| Utgiften hör inte till bidraget, så den betalas tillbaka.",
        "{S} är överens med Socialstyrelsen om att {C} ska återbetalas. | {S} är enig med myndigheten och återbetalar.",
        "Vi accepterar beslutet. | Vi godkänner återkravet. | Beslutet godtas.",
    ],
    "accepts_partial": [
        "Godtas delvis – {P}. | Medges till viss del, {P}. | Delvis medgivet: {P}.",
        "Därför kan {s} acceptera {P} men inte mer. | {S} kan ändå tänka sig att återbetala {P}, men inte resten.",
        "För lokalhyran, {P}, godtar {s} återkravet; resten bestrids. | {S} återbetalar {P} för materialet och bestrider resten.",
        "We accept the claim only in part and will repay {P}. "
        "| The committee accepts {P} of the claim. | Part of the claim, {P}, is accepted.",
        "The municipality will repay half of the amount. | We will refund a third of the sum reclaimed.",
        "{S} kan acceptera ett lägre återkrav om {P}. | {S} godtar ett återkrav om {P} i stället för {C}.",
        "{S} återbetalar {P} av de {C} som återkrävs. | Av återkravet på {C} betalar {s} tillbaka {P}.",
        "{S} medger {P} – resten bestrids. | {P} medges, övrigt bestrids.",
        "{S} godtar återkravet till en del och betalar tillbaka {P}. | {S} accepterar återkravet delvis och återbetalar {P}.",
        "Återbetalning sker med halva beloppet. | {S} återbetalar hälften av beloppet. | Vi betalar tillbaka halva summan.",
        "{S} delar delvis bedömningen. | {S} godtar delvis Socialstyrelsens bedömning. | Medges delvis.",
        "{S} accepterar återkravet för lönekostnaderna men inte för lokalhyran. "
        "| {S} godtar återkravet när det gäller resorna men bestrider det för arvodena.",
        "{S} bestrider {P} men godtar resterande del. | {S} motsätter sig återkravet av {P} men återbetalar resten.",
        "Av det återkrävda beloppet medger {s} {P}. | Av {C} vitsordar {s} {P}.",
        "Vi betalar tillbaka {P}, men inte resten. | Vi kan lämna tillbaka {P} men inte mer.",
        "{S} anser att {P} kan återbetalas medan resten bör få behållas. | {P} kan betalas tillbaka, resterande belopp bör få behållas.",
        "The municipality accepts part of the claim and will repay {P}. "
        "| We will refund {P} of the {C} reclaimed; the remainder is contested.",
        "{S} återbetalar 40 procent av beloppet. "
        "| {S} betalar tillbaka en fjärdedel av återkravet. | {S} återbetalar en tredjedel av summan.",
        "Medges till {P}. | Godtas delvis ({P}). | Delvis, {P}.",
        "{S} kan gå med på att {P} betalas tillbaka men bestrider återkravet i övrigt. "
        "| {S} accepterar att återbetala {P} men invänder mot återkravet i övrigt.",
        "För kostnaden för bussresan, {P}, medger {s} återkravet. I övrigt medges det inte. "
        "| Återkravet medges med {P} för lokalhyran och bestrids för resten.",
        "{S} godtar återkravet för 2023 men inte för 2022. | Återkravet medges för det första året men bestrids för det andra.",
        "The council is prepared to repay {P} but contests the remainder. | We accept {P} of the claim and dispute the rest.",
        "Nämnden föreslås besluta att återbetala {P} och att i övrigt bestrida återkravet. "
        "| Förvaltningen föreslår att {P} återbetalas och att resten bestrids.",
        "{S} delar bedömningen till viss del och återbetalar {P}. | {S} instämmer delvis och betalar tillbaka {P}.",
    ],
    "disputes": [
        "Därför anser {s} inte att beloppet ska betalas tillbaka. | Av dessa skäl kan {s} inte godta återkravet. | Avvisas.",
        "Vi håller inte med om att pengarna ska tillbaka. | Det ser vi ingen anledning till.",
        "We dispute the claim. | The municipality does not accept the claim. | The committee objects to the repayment demand.",
        "We reject the Board's conclusion. | The municipality maintains that the costs are eligible. | We do not share the Board's view.",
        "We ask the Board to withdraw the claim. | The city requests that the decision be reversed.",
        "{S} har inte för avsikt att betala tillbaka något. | {S} avser inte att återbetala beloppet.",
        "{S} bestrider återkravet. | {S} bestrider återkravet i sin helhet. | Bestrids. | Bestrids i sin helhet.",
        "{S} delar inte Socialstyrelsens bedömning. | {S} delar inte den bedömningen.",
        "{S} kan inte godta återkravet. | {S} kan inte acceptera återkravet. | Godtas inte.",
        "{S} medger inte återkravet. | Medges inte. | Medges ej.",
        "{S} motsätter sig återkravet. | {S} invänder mot återkravet.",
        "{S} anser att kostnaderna är bidragsberättigade och att inget ska återbetalas. "
        "| {S} anser att något återkrav inte ska göras. | {S} menar att inget belopp ska betalas tillbaka.",
        "{S} vidhåller att aktiviteten låg i linje med bidragets syfte. | {S} står fast vid att insatsen motsvarade syftet.",
        "{S} menar att återkravet saknar grund. | Det finns enligt vår mening ingen grund för återkravet.",
        "{S} yrkar att Socialstyrelsen avstår från återkravet. "
        "| {S} hemställer att återkravet undanröjs. | {S} begär att beslutet upphävs.",
        "Om Socialstyrelsen står fast vid sin bedömning begär {s} att beslutet omprövas. "
        "| Skulle Socialstyrelsen vidhålla sitt beslut önskar {s} att det prövas på nytt.",
        "Vi tycker inte att vi ska betala tillbaka pengarna. | Vi ska inte behöva lämna tillbaka pengarna.",
        "{S} ifrågasätter bedömningen och bifogar fakturorna som visar kostnaderna. "
        "| {S} ifrågasätter återkravet och hänvisar till bilaga 3.",
        "The municipality disputes the claim in full. | We contest the reclaim. | The council does not accept the assessment.",
        "We do not agree that the costs fall outside the grant and ask the Board to withdraw the claim. "
        "| The international office contests the decision and asks for it to be reconsidered.",
        "{S} tillbakavisar påståendet att kostnaderna inte kan styrkas. | {S} avvisar Socialstyrelsens slutsats.",
        "{S} anser inte att återkravet är befogat. | {S} finner inte återkravet motiverat.",
        "Nej, återkravet godtas inte. | Nej. | Ej medgivet.",
        "{S} vill inte betala tillbaka {C} eftersom kostnaderna är styrkta. | {S} ser ingen anledning att återbetala {C}.",
        "Förvaltningen föreslår att nämnden bestrider återkravet. | Nämnden beslutar att bestrida Socialstyrelsens återkrav.",
        "{S} delar inte uppfattningen att insatsen var ordinarie verksamhet och bestrider därför återkravet. "
        "| {S} anser att arbetet inte var ordinarie verksamhet och invänder därför mot återkravet.",
        "{S} accepterar inte att {C} återkrävs. | {S} godtar inte att beloppet krävs tillbaka.",
    ],
    "unclear": [
        "Vi vet inte ännu om något ska betalas tillbaka. | {S} yttrar sig när underlaget har kommit in. | Ställning tas senare.",
        "A position will be submitted later. | The committee will decide on this point at its next meeting. | Our answer will follow.",
        "{S} återkommer med sitt ställningstagande. | {S} återkommer i frågan när utredningen är klar.",
        "{S} utreder frågan och avser att lämna besked senast den 30 juni. | {S} lämnar sitt svar i denna del efter sommaren.",
        "Frågan bereds och behandlas av nämnden i september. | Ärendet kommer att behandlas i kommunstyrelsen under hösten.",
        "The municipality will return with its position once the review is complete. | We will give our answer on this activity later.",
        "Ställningstagande lämnas senare. | Under utredning. | Besked senare.",
        "{S} avser att ta ställning till återkravet när revisionen är klar. | {S} tar ställning när granskningen är avslutad.",
        "{S} kan i dagsläget inte ta ställning till återkravet. | {S} har ännu inte tagit ställning.",
        "{S} behöver mer tid för att gå igenom underlaget innan ett ställningstagande kan lämnas. "
        "| {S} ber om anstånd med svaret i denna del.",
    ],
    "none": [
        "The costs concern salaries for two coordinators. | The project was carried out in the autumn of 2022. | Invoices are enclosed.",
        "The Board considers that the costs cannot be verified. | According to the Board, the activity was ordinary work.",
        "The municipality received {C} in grants for 2022. | The amount claimed is {C}.",
        "Insatsen följdes upp med en enkät till deltagarna. | Lokalen hyrdes av det kommunala bostadsbolaget.",
        "Personalen rekryterades särskilt för projektet. | Tjänsterna inrättades enbart för bidragsperioden.",
        "Kommunen vill lämna följande synpunkter. | Vi tackar för möjligheten att yttra oss.",
        "Vi har gått igenom underlaget på nytt. | Kommunen har kontrollerat bokföringen för perioden.",
        "Deltagarna var mellan 13 och 19 år och bodde i området. | Aktiviteten hölls i skolans matsal varje onsdag.",
        "Socialstyrelsen ifrågasätter om kostnaden är rimlig. | Myndigheten anser att aktiviteten saknar koppling till syftet.",
        "Aktiviteten genomfördes under sommaren med ett trettiotal deltagare. "
        "| Insatsen pågick från juni till augusti och samlade många unga.",
        "Socialstyrelsen bedömer att kostnaden inte är styrkt. | Enligt Socialstyrelsen saknas underlag för kostnaden.",
        "Kostnaderna avser lön för två fritidsledare och hyra av lokal. | Utgifterna gäller arvoden till föreläsare och material.",
        "Med vänlig hälsning. | Kontaktperson för ärendet är utvecklingsstrategen. | Upplysningar lämnas av förvaltningen.",
        "{S} har tagit del av Socialstyrelsens beslut om återkrav. | {S} har mottagit den preliminära bedömningen.",
        "Nedan följer svaret för varje aktivitet. | I det följande redogör vi för varje aktivitet för sig.",
        "Fakturan från leverantören bifogas som bilaga 2. | Se bifogad tidrapport.",
        "Verksamheten riktade sig till barn och unga i stadsdelen. | Projektet vände sig till familjer i de utsatta områdena.",
        "Aktiviteten ingick i kommunens plan för brottsförebyggande arbete. | Satsningen var en del av handlingsplanen för trygghet.",
        "Socialstyrelsen återkräver {C} för aktiviteten. | Belopp som Socialstyrelsen återkräver: {C}.",
        "The activity was run by two youth workers in the evenings. | Participants came from the district's schools.",
        "Dnr SN 2024/118. | Datum: 2025-02-14. | Sida 2 av 4.",
        "{S} beviljades {C} i bidrag för år 2023. | {S} tog emot {C} i statsbidrag.",
        "Redovisningen lämnades in i mars. | Slutrapporten skickades till Socialstyrelsen i tid.",
    ],
}


def _fill(template: str, rng: random.Random) -> str:
    speaker = rng.choice(SPEAKERS)
    text = template.replace("{S}", speaker).replace("{s}", speaker.lower())  # {s}: the subject after the verb
    return text.replace("{C}", rng.choice(CLAIMS)).replace("{P}", rng.choice(PARTS))


def compose() -> list[tuple[str, str, str]]:
    """(label, group, sentence) rows: every paraphrase of every stance, with VARIANTS draws of
    speaker and amounts where the paraphrase has any."""
    rng = random.Random(SEED)
    rows: list[tuple[str, str, str]] = []
    for label, stances in STANCES.items():
        for k, line in enumerate(stances):
            group = f"{label}-{k}"
            for para in (p.strip() for p in line.split(" | ")):
                draws = VARIANTS if "{" in para else 1
                seen = {_fill(para, rng) for _ in range(draws)}
                rows += [(label, group, s) for s in sorted(seen)]
    return rows


def main() -> None:
    rows = compose()
    lines = ["# Composed by models/positions/compose.py: label <TAB> group <TAB> sentence."]
    lines += ["\t".join(r) for r in rows]
    (HERE / "train.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} sentences")


if __name__ == "__main__":
    main()
