"""The agency's assessment found by its voice, in wordings the voice rules missed: the agency as
subject after a fronted phrase ("För lägret återkräver Socialstyrelsen …"), its claim with an
amount written with a dot ("kr 52.000,00 med motiveringen att …"), a finding said with "saknar" or
"har funnit"; and a sentence that cites the response's own attachment ("se bilaga 1") is the
municipality's evidence, never the agency's assessment. Written with the expected values before
any run; the municipality, wording and layout are this test's own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.orchestrate import process_document
from tests.render import render


def test_the_agency_found_by_its_voice(tmp_path: Path) -> None:
    blocks = [
        ("h1", "Yttrande angående återkrav av statsbidrag, Ljusdals kommun"),
        ("p", "Ljusdals kommun har tagit del av Socialstyrelsens preliminära beslut och yttrar sig enligt nedan."),
        ("h2", "1. Läxläsning i Kläppa"),
        ("p", "Återkrav: 48 000 kronor"),
        (
            "p",
            "Socialstyrelsen bedömer att läxläsningen är en del av skolans ordinarie verksamhet. Läxläsningen hölls på "
            "lördagar med frivilliga ledare från föreningen, se bilaga 1. Kommunen bestrider återkravet.",
        ),
        ("h2", "2. Sommarläger vid Orsjön"),
        ("p", "Återkrav: 36 500 kronor"),
        (
            "p",
            "För sommarlägret återkräver Socialstyrelsen hela beloppet, eftersom kostnaden per deltagare bedöms vara för hög. "
            "Kommunen godtar återkravet.",
        ),
        ("h2", "3. Stöd till Ljusdals BK"),
        ("p", "Återkrav: 52 000 kronor"),
        (
            "p",
            "Socialstyrelsen har återkrävt kr 52.000,00 med motiveringen att kostnaderna inte kan styrkas. Kommunen bestrider återkravet.",
        ),
        ("h2", "4. Kvällscafé i Ljusdal centrum"),
        ("p", "Återkrav: 19 800 kronor"),
        ("p", "Socialstyrelsen saknar kvitton för caféets inköp. Kommunen återkommer i frågan senast den 30 april 2025."),
        ("h2", "5. Familjedag i Färila"),
        ("p", "Återkrav: 12 400 kronor"),
        ("p", "Socialstyrelsen har funnit att familjedagen hölls i mars 2024, efter bidragsperioden. Kommunen medger återkravet."),
        ("p", "Bilagor"),
        ("p", "1 Föreningens närvarolistor"),
        ("p", "Ljusdal den 4 mars 2025"),
        ("p", "Karin Holm, förvaltningschef"),
    ]
    pdf = render(tmp_path / "ljusdal.pdf", blocks, header="", footer="{page}")
    ed = process_document(pdf.read_bytes(), "Yttrande Ljusdal.pdf")
    got = [(a.number, a.reasons, a.position, a.repayment) for a in ed.activities]
    assert got == [
        ("1", ["ordinary_operations"], "disputes", Decimal("0.00")),
        ("2", ["excessive_cost"], "accepts_full", Decimal("36500.00")),
        ("3", ["unverifiable_costs"], "disputes", Decimal("0.00")),
        ("4", ["unverifiable_costs"], "unclear", None),
        ("5", ["outside_grant_period"], "accepts_full", Decimal("12400.00")),
    ]
    first = ed.activities[0].assessment or ""
    assert "läxläsningen är en del av skolans ordinarie verksamhet" in first and "bilaga" not in first


def test_a_labelled_finding_and_lettered_attachments(tmp_path: Path) -> None:
    """The agency's words under a label of their own line ("Myndighetens skäl:"), and the
    municipality's evidence citing attachments with letter-and-digit ids ("(bilaga B2)") or in
    English ("(see Annex 2)") after the agency's sentence."""
    blocks = [
        ("h1", "Svar på Socialstyrelsens preliminära beslut – Bräcke kommun"),
        ("p", "Bräcke kommun lämnar här sitt svar på det preliminära beslutet om återkrav."),
        ("h2", "Aktivitet 2: Simskola för nyanlända barn"),
        ("p", "Belopp: 27 300 kronor"),
        ("p", "Myndighetens skäl:"),
        ("p", "Simskolan är en del av skolans ordinarie idrottsundervisning."),
        ("p", "Kommunens svar: Simskolan hölls på sommarlovet och var inte en del av undervisningen. Kommunen bestrider återkravet."),
        ("h2", "Aktivitet 5: Kvällsfotboll i Kälarne"),
        ("p", "Belopp: 14 000 kronor"),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna för domare och planhyra saknar underlag. Planhyran framgår av hyresavtalet "
            "(bilaga B2). Kommunen medger återkravet för domarna, 3 500 kronor.",
        ),
        ("h2", "Aktivitet 6: Language café"),
        ("p", "Belopp: 8 200 kronor"),
        (
            "p",
            "Socialstyrelsen considers the café to be outside the grant period. The café opened in May 2022 (see Annex 2). "
            "The municipality disputes the claim.",
        ),
        ("p", "Bilagor"),
        ("p", "B2 Hyresavtal Kälarne IP"),
        ("p", "Bräcke den 20 februari 2025"),
        ("p", "Sven Berg, kommunchef"),
    ]
    pdf = render(tmp_path / "bracke.pdf", blocks, header="", footer="{page}")
    ed = process_document(pdf.read_bytes(), "Svar Bräcke.pdf")
    got = [(a.number, a.reasons) for a in ed.activities]
    assert got == [("2", ["ordinary_operations"]), ("5", ["unverifiable_costs"]), ("6", ["outside_grant_period"])]
    assert all("bilaga" not in (a.assessment or "").lower() and "annex" not in (a.assessment or "").lower() for a in ed.activities)


def test_a_confirmation_is_the_municipalitys(tmp_path: Path) -> None:
    """ "Det stämmer." / "Det är korrekt." after the agency's finding confirms it: the
    municipality's answer, never part of the finding (it would read as a mismatch)."""
    blocks = [
        ("h1", "Yttrande – Hjo kommun"),
        ("p", "Hjo kommun yttrar sig över Socialstyrelsens preliminära beslut om återkrav."),
        ("h2", "1. Påsklovsläger"),
        ("p", "Återkrav: 16 000 kronor"),
        (
            "p",
            "Socialstyrelsen har noterat att lägret hölls under påsken 2024, efter bidragsperioden. Det stämmer. "
            "Kommunen betalar tillbaka beloppet.",
        ),
        ("h2", "2. Läxhjälp i Guldkroken"),
        ("p", "Återkrav: 22 000 kronor"),
        ("p", "Enligt Socialstyrelsen saknas fakturor för läxhjälpens material. Det är korrekt. Kommunen godtar återkravet."),
        ("p", "Hjo den 1 mars 2025"),
        ("p", "Eva Lind, socialchef"),
    ]
    pdf = render(tmp_path / "hjo.pdf", blocks, header="", footer="{page}")
    ed = process_document(pdf.read_bytes(), "Yttrande Hjo.pdf")
    assert [(a.number, a.reasons, a.position) for a in ed.activities] == [
        ("1", ["outside_grant_period"], "accepts_full"),
        ("2", ["unverifiable_costs"], "accepts_full"),
    ]
    assert all("det stämmer" not in (a.assessment or "").lower() and "korrekt" not in (a.assessment or "") for a in ed.activities)
