"""Press releases and people."""

from __future__ import annotations

from datetime import date

from pipeline.runner import process_document

PAGE = """<!DOCTYPE html><html lang="sv"><head><title>Nytt stöd till fritidsgårdar - Exempelby kommun</title></head>
<body><nav class="main-nav"><a href="/">Start</a><a href="/kontakt">Kontakt</a></nav>
<div id="cookie-consent">Vi använder kakor. <button>OK</button></div>
<main><article><h1>Nytt stöd till fritidsgårdar</h1>
<p>Publicerad: 2024-05-14</p>
<p>Kommunstyrelsen i Exempelby kommun beslutade i dag att avsätta 2,5 miljoner kronor till fritidsgårdarna.
Satsningen ger 12 nya tjänster och når cirka 600 ungdomar.</p>
<p>– Det här är en viktig dag, säger Anna-Karin Lund (S), kommunstyrelsens ordförande.</p>
<p>Enligt förvaltningschef Per Olof Berg börjar arbetet i augusti.</p>
<h2>Kontakt</h2><p>Maria Holm, kommunikatör<br>Tel: 0570-123 45<br>E-post: maria.holm@exempelby.se</p>
</article><aside class="related"><h2>Relaterat</h2><p>Budget 2025 på 14 miljoner kronor</p></aside></main>
<footer>Exempelby kommun · Senast uppdaterad 2024-06-01 · Växel 0570-100 00</footer></body></html>"""


def _press(data: bytes, name: str):
    return process_document(data, name)


def test_article_only_and_metadata():
    ed = _press(PAGE.encode(), "press/fritid.html")
    text = ed.ingested.pages[0].text
    assert "kakor" not in text and "Relaterat" not in text and "Senast uppdaterad" not in text and "Start" not in text
    assert ed.kind == "press_release"
    assert ed.meta["title"] == "Nytt stöd till fritidsgårdar"
    assert ed.meta["doc_date"] == date(2024, 5, 14)
    assert (ed.meta["issuer"], ed.meta["municipality"]) == ("Exempelby kommun", "Exempelby")
    assert [str(m["value"]) for m in ed.money] == ["2500000.00"]
    assert {(q["value"], q["unit"]) for q in ed.quantities} >= {(12.0, "tjänst"), (600.0, "ungdom")}


def test_people_roles_parties_contacts():
    ed = _press(PAGE.encode(), "press/fritid.html")
    people = {p["name"]: p for p in ed.people}
    assert set(people) == {"Anna-Karin Lund", "Per Olof Berg", "Maria Holm"}
    assert people["Anna-Karin Lund"]["party"] == "S" and "ordförande" in people["Anna-Karin Lund"]["role"]
    assert people["Per Olof Berg"]["role"] == "förvaltningschef"
    assert (people["Maria Holm"]["phone"], people["Maria Holm"]["email"]) == ("+4657012345", "maria.holm@exempelby.se")
    assert people["Maria Holm"]["role"].startswith("kommunikatör")


def test_national_agency_has_no_municipality():
    page = (
        "<html><body><main><h1>Socialstyrelsen fördelar medel</h1><p>2023-03-01</p>"
        "<p>Socialstyrelsen har fördelat 500 miljoner kronor till kommuner med utsatta områden i hela landet.</p>"
        "</main></body></html>"
    )
    ed = _press(page.encode(), "press/sos.html")
    assert ed.meta["municipality"] is None and ed.meta["doc_date"] == date(2023, 3, 1)


def test_sample_press(sample_run):
    _, _, t = sample_run
    docs = {d["source_path"]: d for d in t["documents"]}
    d004 = docs["press/004_2a68f86f48f52d39.html"]
    assert (d004["title"], str(d004["doc_date"]), d004["municipality"]) == (
        "Botkyrka kommun satsar på fler socialsekreterare",
        "2022-06-09",
        "Botkyrka",
    )
    d000 = docs["press/000_c8aa73411b10bf75.txt"]
    assert d000["doc_date"] is None and d000["title"] == "Botkyrka kommun svarar Socialstyrelsen"
    people = {(p["doc_id"], p["name"]): p for p in t["people"]}
    chris = people[(d000["doc_id"], "Chris Österlund")]
    assert (chris["role"], chris["phone"], chris["email"]) == ("kommundirektör", "+46721488109", "chris.osterlund@botkyrka.se")
    niklas = people[(d004["doc_id"], "Niklas Gladh")]
    assert niklas["party"] == "MP" and "ordförande i socialnämnden" in niklas["role"]
    assert sum(1 for p in t["people"] if p["doc_id"] == d004["doc_id"]) == 4
    resp = next(d for d in t["documents"] if d["kind"] == "response")
    links = {(x["from_doc_id"], x["to_doc_id"], x["relation"]) for x in t["document_links"]}
    assert (d000["doc_id"], resp["doc_id"], "press_release_about") in links
    assert (d004["doc_id"], resp["doc_id"], "press_release_about") not in links


def test_region_and_agency_issuers():
    from pipeline.extract import issuer_of

    assert issuer_of("Region Stockholm satsar på vården. Region Stockholm meddelar") == ("Region Stockholm", None)
    assert issuer_of("Socialstyrelsen har fördelat medel. Socialstyrelsen bedömer") == ("Socialstyrelsen", None)
    assert issuer_of("Lunds kommun satsar. Barn i Lund får mer stöd.") == ("Lunds kommun", "Lund")
    assert issuer_of("Borås Stad bygger. Borås Stad meddelar.")[1] == "Borås"


def test_stacked_contact_block():
    text = (
        "Kommunen öppnar nya fritidsgårdar i tre stadsdelar under hösten enligt beslut i nämnden i dag.\n"
        "Kontakt\nKarin Ek\nEnhetschef fritid\n08-123 456 78\nkarin.ek@exempel.se\n"
    )
    ed = _press(text.encode(), "press/x.txt")
    people = {p["name"]: p for p in ed.people}
    assert people["Karin Ek"]["role"] == "enhetschef fritid"
    assert (people["Karin Ek"]["phone"], people["Karin Ek"]["email"]) == ("+46812345678", "karin.ek@exempel.se")


AGENCY_PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Socialstyrelsen återkräver statsbidrag från 12 kommuner | Socialstyrelsen</title></head>
<body><div id="top-nav"><ul><li>Om oss</li><li>Press</li></ul></div>
<div class="page-content"><div class="breadcrumbs">Start / Press / Nyheter</div>
<h1>Socialstyrelsen återkräver statsbidrag från 12 kommuner</h1>
<div class="published">Publicerad: 2024-11-28</div>
<div class="ingress"><p>Myndigheten återkräver nu sammanlagt 41,5 miljoner kronor från 12 kommuner.</p></div>
<div class="body"><p>Under 2021–2023 fördelade regeringen knappt 2,4 miljarder kronor till 33 kommuner med utsatta områden.</p>
<p>– Vi ser att en del kommuner har använt pengarna till ordinarie verksamhet, säger Maria Lind, avdelningschef på Socialstyrelsen.</p>
<p>Det största enskilda återkravet uppgår till 10,8 miljoner kronor. Det minsta är 120 tkr. Kommunerna har fram till den
17 januari 2025 att yttra sig.</p>
<h2>Kontakt</h2>
<p>Presstjänst<br>Telefon: 075-247 30 00<br>E-post: press@socialstyrelsen.se</p>
<p>Maria Lind, avdelningschef<br>Telefon: 075-247 31 12</p>
</div></div>
<div class="footer">Socialstyrelsen, 106 30 Stockholm. Telefon 075-247 30 00</div></body></html>"""


def test_agency_release_without_main_and_a_press_office():
    """No <main> or <article>; the quoted speaker's contact block comes after the press office's:
    the press office's number is not the speaker's."""
    ed = _press(AGENCY_PAGE.encode(), "press/sos_2024.html")
    assert (ed.meta["issuer"], ed.meta["municipality"], ed.meta["doc_date"]) == ("Socialstyrelsen", None, date(2024, 11, 28))
    assert [str(m["value"]) for m in ed.money] == ["41500000.00", "2400000000.00", "10800000.00", "120000.00"]
    assert "Om oss" not in ed.ingested.pages[0].text and "106 30" not in ed.ingested.pages[0].text
    people = {p["name"]: p for p in ed.people}
    assert set(people) == {"Maria Lind"}
    assert (people["Maria Lind"]["phone"], people["Maria Lind"]["email"]) == ("+46752473112", None)


def test_press_release_saved_as_pdf(tmp_path):
    import render

    blocks = [
        ("p", "Pressmeddelande 2024-12-02"),
        ("h1", "Tallby kommun svarar Socialstyrelsen om statsbidraget"),
        (
            "p",
            "Tallby kommun har i dag lämnat sitt yttrande över Socialstyrelsens preliminära återkrav om 2,1 miljoner "
            "kronor. Kommunen godtar att 400 000 kronor återbetalas.",
        ),
        ("p", "– Vi har använt pengarna för att göra skillnad för barn och unga, säger Eva Ström (S), kommunstyrelsens ordförande."),
        ("p", "För mer information: Eva Ström, kommunstyrelsens ordförande, 0480-45 00 01, eva.strom@tallby.se"),
    ]
    pdf = render.render(tmp_path / "pm.pdf", blocks, "Tallby kommun", "{page}")
    ed = _press(pdf.read_bytes(), "press/pm.pdf")
    assert ed.kind == "press_release"
    assert (ed.meta["title"], ed.meta["municipality"], ed.meta["doc_date"]) == (
        "Tallby kommun svarar Socialstyrelsen om statsbidraget",
        "Tallby",
        date(2024, 12, 2),
    )
    assert [str(m["value"]) for m in ed.money] == ["2100000.00", "400000.00"]
    eva = {p["name"]: p for p in ed.people}["Eva Ström"]
    assert (eva["party"], eva["phone"], eva["email"]) == ("S", "+46480450001", "eva.strom@tallby.se")


SITEVISION_PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Nytt stöd till föreningar - Hagby kommun</title></head>
<body><header class="site-header"><a href="/"><img alt="Hagby kommun"></a><div class="sv-search">Sök</div></header>
<div class="sv-layout sv-skip-spacer sv-template-layout" id="svid10_1">
 <div class="sv-layout sv-skip-spacer sv-vertical-menu" id="svid12_2"><ul><li>Kommun och politik</li>
  <li>Budget 2025 på 14 miljoner kronor</li></ul></div>
 <div class="sv-layout sv-skip-spacer sv-template-portlet" id="svid12_3">
  <header class="article-header"><h1>Nytt stöd till föreningar</h1><time datetime="2024-03-18">18 mars 2024</time></header>
  <div class="sv-text-portlet sv-use-margins sv-skip-spacer"><div class="sv-text-portlet-content">
   <p class="normal">Kultur- och fritidsnämnden fördelar 1,2 miljoner kronor till 40 föreningar i Hagby under 2024.</p>
  </div></div>
 </div>
</div>
<div class="sv-layout sv-skip-spacer" id="footer-area"><p>Hagby kommun · Växel 0123-456 00</p></div>
</body></html>"""


def test_sitevision_layout_classes_are_not_furniture():
    """Municipal sites built on Sitevision wrap the article in 'sv-skip-spacer' layout divs; the
    article's own <header> holds its headline and date; the site's header and menu go."""
    ed = _press(SITEVISION_PAGE.encode(), "press/hagby.html")
    text = ed.ingested.pages[0].text
    assert "Nytt stöd till föreningar" in text and "40 föreningar" in text
    assert "14 miljoner" not in text and "Växel" not in text and "Sök" not in text
    assert (ed.meta["title"], ed.meta["doc_date"], ed.meta["municipality"]) == ("Nytt stöd till föreningar", date(2024, 3, 18), "Hagby")
    assert [str(m["value"]) for m in ed.money] == ["1200000.00"]
    assert [(q["value"], q["unit"]) for q in ed.quantities] == [(40.0, "förening")]


def test_roles_in_definite_form_and_parties_after_the_role():
    text = (
        "Ny satsning på trygghet i Hagby\n\n"
        "Kommunstyrelsen i Hagby kommun har beslutat att satsa 3 miljoner kronor på trygghetsskapande åtgärder under 2024.\n\n"
        "– Det här är viktigt för alla som bor i Hagby, säger Anna Svensson, kommunstyrelsens ordförande (S).\n\n"
        "– Vi välkomnar satsningen, säger oppositionsrådet Per Ek (M).\n\n"
        "Enligt socialchefen Lisa Holm påbörjas arbetet i maj.\n\n"
        "Kontakt:\nAnna Svensson (S), kommunstyrelsens ordförande, 0123-456 01\n"
        "Lisa Holm, socialchef, lisa.holm@hagby.se, 070-123 45 67\n"
    )
    ed = _press(text.encode(), "press/hagby.txt")
    got = {p["name"]: (p["role"], p["party"], p["phone"], p["email"]) for p in ed.people}
    assert got == {
        "Anna Svensson": ("kommunstyrelsens ordförande", "S", "+4612345601", None),
        "Per Ek": ("oppositionsråd", "M", None, None),
        "Lisa Holm": ("socialchef", None, "+46701234567", "lisa.holm@hagby.se"),
    }
