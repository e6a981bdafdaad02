"""Responses: the sample against its gold, and responses in other layouts rendered here."""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal

import pytest
import render
from conftest import SHARED, read_tables

SCORE = SHARED / "tools" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(out, gold_path) -> dict:
    scorer = load_scorer()
    data = scorer.load(out)
    S = scorer.Score()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = data["documents"]
    by_name = {d["source_path"].rsplit("/", 1)[-1]: d for d in docs}
    for name, g in gold["files"].items():
        doc = by_name[name]
        scorer.score_response(S, data, g, doc, by_name, name)
    return {a: round(v, 3) for a, v in S.areas().items()} | {"_details": S.parts}


def run_rendered(tmp_path, make, name: str):
    """Render a response into a case folder, run the pipeline, return the output folder."""
    from pipeline.runner import run

    src = tmp_path / "in" / "case"
    src.mkdir(parents=True)
    make(src / name)
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    return tmp_path / "out"


def test_sample_activities_positions_totals(sample_run):
    _, _, t = sample_run
    acts = {a["activity_no"]: a for a in t["activities"]}
    assert len(acts) == 26
    assert sum(a["claimed_amount_sek"] for a in acts.values()) == Decimal("10804406.32")
    assert sum(a["repayment_amount_sek"] or 0 for a in acts.values()) == Decimal("2541455.30")
    assert acts["15"]["municipality_position"] == "accepts_partial" and acts["15"]["repayment_amount_sek"] == Decimal("200000.00")
    assert acts["15"]["position_evidence"].startswith("Botkyrka kommun delar Socialstyrelsens bedömning och återför")
    assert acts["4"]["municipality_position"] == "accepts_full" and acts["4"]["position_page"] == 7
    assert acts["26"]["municipality_position"] == "disputes"
    assert acts["2"]["agency_reasons"] == ["conditions_not_met", "exercise_of_authority", "unverifiable_costs"]
    assert acts["5"]["title"] == "Folklab Hallunda Folkets Hus" and acts["5"]["toc_title"] == "Folkklab Hallunda Folkets Hus"
    assert (acts["17"]["page_start"], acts["17"]["page_end"]) == (17, 23)


def test_sample_references_and_attachments(sample_run):
    _, _, t = sample_run
    refs = [(r["activity_no"], r["attachment_id"]) for r in t["attachment_refs"]]
    assert [a for n, a in refs if n == "19"] == [f"19.{k}" for k in range(1, 17)]
    assert [a for n, a in refs if n == "8"] == ["08.1", "08.2"]  # "(Bilaga 08.1-08-2)"
    assert all(r["resolved"] for r in t["attachment_refs"])
    att = {a["attachment_id"]: a for a in t["attachments"]}
    assert len(att) == 34 and att["27.1"]["activity_no"] is None and att["09.4"]["activity_no"] == "9"
    assert att["21.1"]["doc_type"] == "payment_notice" and att["21.1"]["invoice_number"] is None
    assert att["19.15"]["doc_type"] == "internal_invoice" and att["19.15"]["invoice_number"] == "130003827"


def test_sample_tables_and_checks(sample_run):
    _, _, t = sample_run
    pays = t["grant_payments"]
    assert [p["recipient"] for p in pays][:3] == ["Korpen", "Albyrådet", "REI kampsport"]
    assert {str(p["payment_date"]) for p in pays} == {"2023-09-19"} and all(p["activity_no"] == "2" for p in pays)
    flagged = {
        (c["activity_no"], c["check"]) for c in t["checks"] if c["severity"] in ("error", "warning") and c["check"] != "needs_review"
    }
    assert flagged == {("5", "toc_title_mismatch")}


def test_sample_document_metadata(sample_run):
    _, _, t = sample_run
    resp = next(d for d in t["documents"] if d["kind"] == "response")
    assert (resp["issuer"], resp["municipality"], resp["addressee"], str(resp["doc_date"]), resp["page_count"]) == (
        "Botkyrka kommun",
        "Botkyrka",
        "Socialstyrelsen",
        "2025-01-17",
        30,
    )


def test_sample_money_has_provenance(sample_run):
    _, _, t = sample_run
    pages = {(p["doc_id"], p["page_no"]): p["text"] for p in t["pages"]}
    resp = next(d for d in t["documents"] if d["kind"] == "response")["doc_id"]
    rows = [m for m in t["money"] if m["doc_id"] == resp]
    assert len(rows) == 59
    assert {m["role"] for m in rows} == {"toc", "heading", "body"}
    for m in rows:
        assert pages[(m["doc_id"], m["page"])][m["char_start"] : m["char_end"]] == m["raw_text"]
        assert m["x0"] is not None and m["x0"] < m["x1"] and m["top"] < m["bottom"]


@pytest.mark.skipif(not SCORE.exists(), reason="needs ../shared/tools/score.py")
@pytest.mark.parametrize(
    "name,make,gold", [("norrvik.pdf", render.response_a, render.GOLD_A), ("hoglunda.pdf", render.response_b, render.GOLD_B)]
)
def test_other_layouts_score_full(tmp_path, name, make, gold):
    out = run_rendered(tmp_path, make, name)
    gp = tmp_path / "gold.json"
    gp.write_text(json.dumps({"files": {name: gold}}, ensure_ascii=False), encoding="utf-8")
    areas = score(out, gp)
    details = areas.pop("_details")
    bad = {a: v for a, v in areas.items() if v < 1.0}
    assert not bad, (bad, {a: [d for s, _, d in details[a] if s < 1] for a in bad})


def test_payment_table_amounts_are_money(tmp_path):
    t = read_tables(run_rendered(tmp_path, render.response_a, "norrvik.pdf"))
    pays = [(p["recipient"], str(p["payment_date"]), p["amount_sek"], p["activity_no"]) for p in t["grant_payments"]]
    assert pays == [("IK Norrvik", "2023-06-15", Decimal("20000.00"), "1"), ("Norrviks scoutkår", "2023-06-20", Decimal("8400.00"), "1")]
    table_money = sorted(m["value"] for m in t["money"] if m["role"] == "table")
    assert Decimal("20000.00") in table_money and Decimal("8400.00") in table_money
    assert Decimal("125000.00") in [m["value"] for m in t["money"] if m["role"] == "total"]  # the summary table's total row


def test_unnumbered_headings_negation_and_conclusion(tmp_path):
    t = read_tables(run_rendered(tmp_path, render.response_d, "ekby.pdf"))
    acts = {a["activity_no"]: a for a in t["activities"]}
    assert set(acts) == {"1", "2"} and acts["1"]["title"] == "Nattvandring" and acts["2"]["page_end"] == 2
    assert acts["1"]["municipality_position"] == "disputes"  # "delar inte … avser inte att återbetala"
    assert "delar inte" in acts["1"]["position_evidence"]
    assert (acts["2"]["municipality_position"], acts["2"]["repayment_amount_sek"]) == ("accepts_full", Decimal("45500.00"))
    stated = [c for c in t["checks"] if c["check"] == "stated_total_mismatch"]
    assert [(c["expected"], c["actual"]) for c in stated] == [("75500.00", "80000.00")]
    conclusion = [m for m in t["money"] if m["value"] == Decimal("80000.00")]
    assert conclusion and conclusion[0]["activity_no"] is None and conclusion[0]["role"] == "total"


@pytest.mark.parametrize(
    "spec,ids",
    [
        ("19.1-19.16", [f"19.{k}" for k in range(1, 17)]),
        ("08.1-08-2", ["08.1", "08.2"]),
        ("10–12", ["10", "11", "12"]),
        ("4b", ["4b"]),
        ("3, 4 och 7", ["3", "4", "7"]),
        ("2.1–2.3", ["2.1", "2.2", "2.3"]),
        ("09.4-09.5", ["09.4", "09.5"]),
        ("01-03", ["01", "02", "03"]),
    ],
)
def test_reference_ranges(spec, ids):
    from pipeline.structure import expand_ref_spec

    assert expand_ref_spec(spec) == ids


@pytest.mark.parametrize(
    "sentence,position",
    [
        ("Kommunen återbetalar beloppet.", "accepts_full"),
        ("Kommunen återbetalar inte beloppet.", "disputes"),
        ("Kommunen godkänner återkravet.", "accepts_full"),
        ("Kommunen har inga invändningar mot återkravet.", "accepts_full"),
        ("Kommunen står fast vid att insatsen ligger inom bidragets syfte.", "disputes"),
        ("Kommunen begär att beslutet omprövas.", "disputes"),
        ("Kommunen medger återbetalning av 50 000 kronor av beloppet.", "accepts_partial"),
        ("Kommunen delar inte bedömningen.", "disputes"),
        ("Kommunen avser att återbetala aktiviteten. Det gäller aktivitet 7.", "accepts_full"),
        # wordings of other letters than the sample's
        ("Ravlunda kommun godtar Socialstyrelsens bedömning och återbetalar beloppet.", "accepts_full"),
        ("Kommunen har ingen erinran mot återkravet.", "accepts_full"),
        ("Kommunen accepterar Socialstyrelsens bedömning.", "accepts_full"),
        ("Kommunen delar Socialstyrelsens bedömning.", "accepts_full"),
        ("Kommunen medger återkravet.", "accepts_full"),
        ("Kommunen accepterar att 40 000 kronor återbetalas men bestrider resterande del.", "accepts_partial"),
        ("Kommunen medger att 12 500 kronor av beloppet ska återbetalas men bestrider återkravet i övrigt.", "accepts_partial"),
        ("Kommunen betalar tillbaka 30 000 kronor av det återkrävda beloppet.", "accepts_partial"),
        ("Kommunen godtar återkravet till den del det avser 20 000 kronor.", "accepts_partial"),
        ("Kommunen delar delvis bedömningen.", "accepts_partial"),
        ("Kommunen anser att återkravet ska upphävas.", "disputes"),
        ("Kommunen yrkar att Socialstyrelsen avstår från att återkräva beloppet.", "disputes"),
        ("Kommunen kommer inte att återbetala beloppet.", "disputes"),
        ("Kommunen ifrågasätter bedömningen och anser att kostnaden ska godkännas.", "disputes"),
        # labelled and passive forms
        ("Kommunens ställningstagande: Bestrids.", "disputes"),
        ("Kommunens ställningstagande: Godtas.", "accepts_full"),
        ("Kommunens ställningstagande: Godtas delvis, 20 000 kronor återbetalas.", "accepts_partial"),
        ("Återkravet godtas inte.", "disputes"),
        ("Återkravet accepteras.", "accepts_full"),
        ("Beloppet återbetalas.", "accepts_full"),
        ("Inget belopp återbetalas.", "disputes"),
        ("Beloppet återbetalas inte.", "disputes"),
        ("Beloppet har redan återbetalats till Socialstyrelsen.", "accepts_full"),
        ("Kommunen anser att kostnaden ska godtas som bidragsberättigad.", "disputes"),
        # a municipal company's English-influenced wording
        ("Bolaget disputerar kravet i sin helhet.", "disputes"),
        ("Vi disputerar återkravet.", "disputes"),
    ],
)
def test_position_wordings(sentence, position):
    from decimal import Decimal

    from pipeline.extract import Paragraph, position_of
    from pipeline.ingest import Line
    from pipeline.structure import Section

    line = Line(1, 0, len(sentence), sentence, None)
    sec = Section("7", "Test", Decimal("100000"), line)
    got = position_of(sec, [Paragraph(sentence, [(0, line)])], Decimal("100000"), False)
    assert got[0] == position


@pytest.mark.parametrize(
    "sentence,repay",
    [
        ("Kommunen bestrider 30 000 kronor av beloppet men godtar resterande del.", "70000"),
        ("Kommunen bestrider återkravet avseende lokalhyran om 30 000 kronor och återbetalar resten.", "70000"),
        ("Kommunen återbetalar 50 procent av beloppet.", "50000"),
        ("Kommunen godtar att halva beloppet återbetalas.", "50000"),
        ("Kommunen återbetalar 25 % av det återkrävda beloppet.", "25000"),
        ("Vi är överens med en återbetalning på 40 000 kronor för lokalhyran, men inte för resten.", "40000"),
        # the part kept rather than the part repaid
        ("Kommunen anser att 30.000,00 SEK av beloppet avser styrkta löner och ska få behållas.", "70000"),
        ("Nämnden menar att 45 000 kronor bör få behållas då kostnaderna är styrkta.", "55000"),
        ("Bolaget är okej med en återbetalning på SEK 12,500 för materialet men inte för lönerna.", "12500"),
    ],
)
def test_partial_repayment_stated_as_the_rest_or_a_share(sentence, repay):
    from decimal import Decimal

    from pipeline.extract import Paragraph, position_of
    from pipeline.ingest import Line
    from pipeline.structure import Section

    line = Line(1, 0, len(sentence), sentence, None)
    got = position_of(Section("7", "Test", Decimal("100000"), line), [Paragraph(sentence, [(0, line)])], Decimal("100000"), False)
    assert got[:2] == ("accepts_partial", Decimal(repay))


@pytest.mark.parametrize(
    "text,codes",
    [
        ("Socialstyrelsen bedömer att insatsen saknar koppling till bidragets syfte.", ["purpose_mismatch"]),
        ("Socialstyrelsen bedömer att kostnaden har dubbelfinansierats.", ["conditions_not_met"]),
        ("Socialstyrelsen anser att aktiviteten genomfördes före bidragsperioden.", ["outside_grant_period"]),
        (
            "Socialstyrelsen kan inte spåra kostnaderna och bedömer att de avser ordinarie verksamhet.",
            ["ordinary_operations", "unverifiable_costs"],
        ),
        # wordings of other letters than the sample's
        ("Kostnaderna har inte kunnat styrkas med underlag.", ["unverifiable_costs"]),
        ("Det saknas underlag som visar vad medlen har använts till.", ["unverifiable_costs"]),
        ("Underlaget visar inte att kostnaden avser de utsatta områdena.", ["unverifiable_costs"]),
        ("Socialstyrelsen bedömer att det inte framgår av underlagen vilka kostnader som avser insatsen.", ["unverifiable_costs"]),
        ("Socialstyrelsen bedömer att insatsen inte har bidragit till att uppfylla statsbidragets syfte.", ["purpose_mismatch"]),
        ("Socialstyrelsen kan inte se att aktiviteten har riktats mot de utsatta områdena.", ["purpose_mismatch"]),
        ("Socialstyrelsen bedömer att kostnaden avser verksamhet som kommunen redan bedrev innan statsbidraget.", ["ordinary_operations"]),
        ("Kostnaden avser löner för personal i ordinarie tjänst.", ["ordinary_operations"]),
        ("Kostnaden har uppstått under 2024, vilket är utanför den period som bidraget avser.", ["outside_grant_period"]),
        ("Fakturan är daterad efter bidragsperiodens slut.", ["outside_grant_period"]),
        ("Socialstyrelsen anser att kostnaden inte står i proportion till insatsen.", ["excessive_cost"]),
        ("Kommunen har inte beskrivit hur aktiviteten genomförts.", ["missing_description"]),
        ("Insatsen har även finansierats med andra statliga medel.", ["conditions_not_met"]),
        ("Statsbidraget får inte användas till investeringar.", ["conditions_not_met"]),
        ("Socialstyrelsen bedömer att underlagen har tagits fram i efterhand.", ["fabricated_documents"]),
        ("Socialstyrelsens beslut daterat 2024-11-15 gäller bidragsåret 2022.", []),
        ("Socialstyrelsen bedömer att insatsen inte har haft tydlig koppling till de utsatta områdena.", ["purpose_mismatch"]),
        ("Socialstyrelsen bedömer att aktiviteten inte har bedrivits i enlighet med statsbidragets syfte.", ["purpose_mismatch"]),
        ("Kostnaden avser en aktivitet som inte riktar sig till målgruppen.", ["purpose_mismatch"]),
        ("Det framgår inte av redovisningen hur medlen har använts.", ["unverifiable_costs"]),
        ("Kommunen har inte kunnat visa vilka kostnader som belastat statsbidraget.", ["unverifiable_costs"]),
        ("Fakturan saknar specifikation.", ["unverifiable_costs"]),
        ("Socialstyrelsen bedömer att kostnaden utgör en del av kommunens lagstadgade ansvar.", ["ordinary_operations"]),
        ("Kostnaderna har uppkommit efter den 31 december 2023.", ["outside_grant_period"]),
        ("Aktiviteten genomfördes innan bidraget beviljades.", ["outside_grant_period"]),
        ("Redovisningen innehåller ingen beskrivning av vad aktiviteten innebar.", ["missing_description"]),
        ("Beskrivningen av aktiviteten överensstämmer inte med de kostnader som redovisats.", ["description_mismatch"]),
        ("Statsbidraget har använts till investeringar, vilket inte är tillåtet.", ["conditions_not_met"]),
    ],
)
def test_reason_wordings(text, codes):
    from pipeline.extract import reasons_of

    assert reasons_of(text) == codes


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="needs ../shared/seeds")
def test_the_response_saved_as_text_scores_full(tmp_path):
    """The same response as plain text (pages separated by blank lines, columns by tabs)."""
    from pipeline.runner import run

    src = tmp_path / "in" / "case"
    src.mkdir(parents=True)
    (src / "yttrande.txt").write_bytes((SHARED / "seeds" / "001_e441ec52418bea7e.txt").read_bytes())
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    gold = json.loads((SHARED / "gold" / "botkyrka-2025.json").read_text(encoding="utf-8"))
    g = next(v for v in gold["files"].values() if v["kind"] == "response")
    for key in ("attachment_files", "activity_invoices"):  # no attachment files beside a text
        g.pop(key, None)
    gp = tmp_path / "gold.json"
    gp.write_text(json.dumps({"files": {"yttrande.txt": g}}, ensure_ascii=False), encoding="utf-8")
    areas = score(tmp_path / "out", gp)
    areas.pop("_details")
    assert all(v == 1.0 for v in areas.values()), areas


def test_headings_without_amounts_and_a_numbered_list(tmp_path):
    t = read_tables(run_rendered(tmp_path, render.response_e, "sjostad.pdf"))
    acts = [
        (a["activity_no"], a["title"], a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"], a["agency_reasons"])
        for a in t["activities"]
    ]
    assert acts == [
        ("1", "Fältassistenter", Decimal("35000.00"), "disputes", Decimal("0.00"), ["unverifiable_costs"]),
        ("2", "Feriearbeten", Decimal("60000.00"), "accepts_partial", Decimal("20000.00"), ["outside_grant_period"]),
    ]


def test_contents_and_first_activity_on_one_page(tmp_path):
    t = read_tables(run_rendered(tmp_path, render.response_f, "aby.pdf"))
    acts = [(a["activity_no"], a["page_start"], a["claimed_amount_sek"], a["municipality_position"]) for a in t["activities"]]
    assert acts == [("1", 1, Decimal("12000.00"), "accepts_full"), ("2", 1, Decimal("48000.00"), "disputes")]
    toc = [(e["number"], e["page"], e["found_page"]) for e in t["toc_entries"]]
    assert toc == [("1", 1, 1), ("2", 1, 1)]
    assert [(r["activity_no"], r["attachment_id"], r["resolved"]) for r in t["attachment_refs"]] == [("2", "2", False)]
    assert {c["check"] for c in t["checks"] if c["severity"] != "info"} == {"unresolved_reference"}


def test_committee_letter_with_insats_headings(tmp_path):
    """Another municipality's wording and layout: 'Insats N – title', the amount on its own
    labelled line in tkr, sub-headings for each side, a title that is not 'Yttrande …'."""
    from pipeline.runner import run

    render.ravlunda_case(tmp_path / "in")
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    t = read_tables(tmp_path / "out")
    resp = next(d for d in t["documents"] if d["kind"] == "response")
    assert resp["title"].startswith("Svar på Socialstyrelsens begäran om yttrande")
    assert (resp["issuer"], str(resp["doc_date"]), resp["addressee"]) == ("Ravlunda kommun", "2025-02-28", "Socialstyrelsen")
    acts = {a["activity_no"]: a for a in t["activities"]}
    got = {
        k: (a["title"], a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"], a["agency_reasons"])
        for k, a in acts.items()
    }
    assert got == {
        "1": ("Föräldrastöd i Norra", Decimal("45000.00"), "accepts_full", Decimal("45000.00"), ["ordinary_operations"]),
        "2": ("Lekplats vid Norra torget", Decimal("120000.00"), "disputes", Decimal("0.00"), ["unverifiable_costs"]),
        "3": ("Trygghetsvärdar", Decimal("50000.00"), "accepts_partial", Decimal("12500.00"), ["excessive_cost"]),
    }
    att = {a["attachment_id"]: a for a in t["attachments"]}
    assert {k: (a["activity_no"], a["doc_type"], a["counterparty"]) for k, a in att.items()} == {
        "1": ("2", "invoice", "Lekplatsbolaget i Norden AB"),
        "2": ("2", "agreement", "Lekplatsbolaget i Norden AB"),
        "3": ("3", "payslip", None),
    }
    assert att["1"]["invoice_number"] == "10234" and att["1"]["file_doc_id"] is not None
    link = [(r["activity_no"], r["invoice_number"], r["via"], r["net_amount"]) for r in t["activity_invoices"]]
    assert link == [("2", "10234", "invoice_file", Decimal("19700.00"))]
    inv = t["invoices"][0]
    assert (inv["supplier_org_no"], inv["total_amount"]) == ("556036-0793", Decimal("24625.00"))
    # the stated 215 tkr equals the three claims: no total finding; the invoice (19 700 net) does
    # not cover activity 2's 120 000
    flagged = {
        (c["activity_no"], c["check"]) for c in t["checks"] if c["severity"] in ("error", "warning") and c["check"] != "needs_review"
    }
    assert flagged == {("2", "invoice_sum_mismatch")}
    people = {p["name"]: p for p in t["people"]}
    assert people["Per Persson"]["phone"] == "+4647012345" and people["Per Persson"]["email"] == "per.persson@ravlunda.se"
    assert people["Anna Andersson"]["role"] == "socialchef"


def test_activities_numbered_as_sub_sections(tmp_path):
    """'2.1 Fältgruppen – 230 000 kronor' under '2. Kommunens synpunkter': the background, the
    chapter heading and the summary are numbered too but are no activities."""
    t = read_tables(run_rendered(tmp_path, render.response_h, "yttrande_molnas.pdf"))
    assert t["documents"][0]["addressee"] == "Socialstyrelsen"  # the agency its sections quote: "Socialstyrelsen bedömer"
    acts = {a["activity_no"]: a for a in t["activities"]}
    got = {
        k: (a["title"], a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"], a["agency_reasons"])
        for k, a in acts.items()
    }
    assert got == {
        "2.1": ("Fältgruppen", Decimal("230000.00"), "disputes", Decimal("0.00"), ["ordinary_operations"]),
        "2.2": ("Läxhjälp i Centrum", Decimal("87450.50"), "accepts_full", Decimal("87450.50"), ["unverifiable_costs"]),
        "2.3": ("Sommarjobb", Decimal("64000.00"), "accepts_partial", Decimal("32000.00"), ["outside_grant_period"]),
    }
    # the framing's amounts belong to no activity
    framing = {m["value"]: m["activity_no"] for m in t["money"] if m["role"] != "toc" and m["activity_no"] is None}
    assert set(framing) == {Decimal("1200000.00"), Decimal("381450.50"), Decimal("119450.50")}
    # the stated totals agree with the activities, the contents with the headings
    assert not [c for c in t["checks"] if c["severity"] in ("error", "warning")]
    att = {a["attachment_id"]: a["activity_no"] for a in t["attachments"]}
    assert att == {"2a": None, "2b": None, "3": "2.3"}  # "2a" carries the number 2, which is no activity
    assert [(r["activity_no"], r["invoice_number"], r["via"]) for r in t["activity_invoices"]] == [("2.3", "55120", "attachment_list")]


def test_numbered_sub_headings_belong_to_their_activity(tmp_path):
    """'1.1 Socialstyrelsens bedömning' under '1. Nattfotboll (100 000 kronor)' is part of
    activity 1, not an activity of its own."""
    t = read_tables(run_rendered(tmp_path, render.response_i, "yttrande.pdf"))
    got = {
        a["activity_no"]: (a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"], a["agency_reasons"])
        for a in t["activities"]
    }
    assert got == {
        "1": (Decimal("100000.00"), "accepts_partial", Decimal("40000.00"), ["excessive_cost"]),
        "2": (Decimal("25000.00"), "disputes", Decimal("0.00"), ["outside_grant_period"]),
    }
    assert [(a["attachment_id"], a["activity_no"], a["doc_type"]) for a in t["attachments"]] == [("2.1", "2", "decision")]


def test_heading_amount_forms_and_an_unheaded_conclusion(tmp_path):
    """'Title, 45 000 kr', 'Title: 78 250,50 kr', 'Title SEK 12 500'; the closing 'Sammantaget
    återbetalar kommunen …' is the whole response's, not the last activity's acceptance."""
    t = read_tables(run_rendered(tmp_path, render.response_j, "yttrande.pdf"))
    got = {
        a["activity_no"]: (a["title"], a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"])
        for a in t["activities"]
    }
    assert got == {
        "1": ("Fritidsledare i Östra", Decimal("120000.00"), "disputes", Decimal("0.00")),
        "2": ("Trygghetsvandringar", Decimal("45000.00"), "accepts_full", Decimal("45000.00")),
        "3": ("Sommarläger", Decimal("78250.50"), "accepts_partial", Decimal("30000.00")),
        "4": ("Föräldrakurser", Decimal("12500.00"), "disputes", Decimal("0.00")),
    }
    totals = sorted((m["value"], m["activity_no"]) for m in t["money"] if m["role"] == "total")
    assert totals == [(Decimal("75000.00"), None), (Decimal("255750.50"), None)]
    assert not [c for c in t["checks"] if c["severity"] in ("error", "warning")]  # both totals add up


def test_attachment_table_and_lettered_ranges(tmp_path):
    t = read_tables(run_rendered(tmp_path, render.response_k, "yttrande.pdf"))
    # no "till Socialstyrelsen" anywhere: the agency whose assessment the sections quote
    assert t["documents"][0]["addressee"] == "Socialstyrelsen"
    refs = [(r["activity_no"], r["attachment_id"], r["resolved"]) for r in t["attachment_refs"]]
    assert refs == [("1", "1a", True), ("1", "1b", True), ("1", "1c", True), ("2", "2", True), ("2", "3", True)]
    att = {a["attachment_id"]: (a["activity_no"], a["doc_type"], a["invoice_number"], a["counterparty"]) for a in t["attachments"]}
    assert att == {
        "1a": ("1", "agreement", None, None),
        "1b": ("1", "invoice", "2023-0411", "Sundby Fastigheter AB"),
        "1c": ("1", "invoice", "2023-0502", "Sundby Fastigheter AB"),
        "2": ("2", "participant_list", None, None),
        "3": ("2", "agreement", None, "Sundby IF"),
    }  # a plain "3" is a place in the list, not activity 3
    # the contents' "Bilagor" is the list's heading on page 2, not "bilagorna" in the text on page 1
    assert not [c for c in t["checks"] if c["severity"] in ("error", "warning")]
    links = sorted((r["activity_no"], r["invoice_number"], r["via"]) for r in t["activity_invoices"])
    assert links == [("1", "2023-0411", "attachment_list"), ("1", "2023-0502", "attachment_list")]


def test_unnumbered_headings_without_contents(tmp_path):
    """No contents and no numbers: headings that end with an amount and are followed by the
    agency's assessment are the activities, numbered in order; 'Totalt: 235 500 kr' is none."""
    t = read_tables(run_rendered(tmp_path, render.response_l, "yttrande.pdf"))
    resp = t["documents"][0]
    assert (resp["kind"], resp["issuer"]) == ("response", "Älvby kommun")
    got = {
        a["activity_no"]: (a["title"], a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"], a["agency_reasons"])
        for a in t["activities"]
    }
    assert got == {
        "1": ("Fritidsgård Norra", Decimal("120000.00"), "disputes", Decimal("0.00"), ["ordinary_operations"]),
        "2": ("Sommarlovsaktiviteter", Decimal("35500.00"), "accepts_full", Decimal("35500.00"), ["unverifiable_costs"]),
        "3": ("Trygghetskameror", Decimal("80000.00"), "accepts_partial", Decimal("40000.00"), ["conditions_not_met"]),
    }
    assert not [c for c in t["checks"] if c["severity"] in ("error", "warning")]  # "Totalt: 235 500 kr" adds up


def test_the_agencys_decision_filed_with_the_case_is_no_response(tmp_path):
    """Socialstyrelsen's preliminary decision lists the same activities and amounts: filed under
    the case's attachments it is an attachment, not a second response."""
    from pipeline.ingest import ingest_bytes
    from pipeline.structure import structure

    decision = [
        ("h1", "Preliminärt beslut om återkrav av statsbidrag"),
        ("p", "Socialstyrelsen 2024-11-20, Dnr 12.3-45678/2024"),
        ("p", "Mottagare: Kvarnby kommun"),
        ("h2", "1. Fritidsledare i Östra (120 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att tjänsterna utgör ordinarie verksamhet och återkräver beloppet."),
        ("h2", "2. Trygghetsvandringar (45 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras och återkräver beloppet."),
    ]
    pdf = render.render(tmp_path / "beslut.pdf", decision, "Socialstyrelsen", "{page}")
    assert structure(ingest_bytes(pdf.read_bytes(), "kvarnby/bilagor/beslut.pdf")).kind == "attachment"
    response = render.response_j(tmp_path / "yttrande.pdf")
    assert structure(ingest_bytes(response.read_bytes(), "kvarnby/yttrande.pdf")).kind == "response"
    # a response that quotes the decision in its header and answers it is still the response
    quoting = [("p", "Beslut 2024-11-20, dnr 12.3-45678/2024"), *render.RESPONSE_J[2:]]
    pdf = render.render(tmp_path / "svar.pdf", quoting, "Kvarnby kommun", "{page}")
    assert structure(ingest_bytes(pdf.read_bytes(), "kvarnby/svar.pdf")).kind == "response"


@pytest.mark.parametrize(
    "opening,closing,expected",
    [
        (["Yttrande över Socialstyrelsens preliminära beslut daterat 2024-11-20", "Kvarnby 2025-01-30"], [], "2025-01-30"),
        (["Yttrande till Socialstyrelsen", "Kommunen fick beslutet den 20 november 2024."], ["Kvarnby den 30 januari 2025"], "2025-01-30"),
        (["Yttrande till Socialstyrelsen", "Datum: 2025-01-30", "Dnr KS 2024/118"], [], "2025-01-30"),
        # the agency's registry stamp over the letterhead: the day it was received, not written
        (
            [
                "SOCIALSTYRELSEN",
                "Inkom 2025-02-11",
                "Dnr 9.1-1234/2024",
                "Kvarnby kommun",
                "Socialförvaltningen",
                "Yttrande",
                "Kvarnby 2025-02-06",
            ],
            [],
            "2025-02-06",
        ),
    ],
)
def test_the_letters_own_date(tmp_path, opening, closing, expected):
    """The date the letter is written, not the date of the decision it answers; signed at the
    end where the top has none."""
    from pipeline.runner import process_document

    body = [
        ("h2", "1. Nattvandring (30 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
        ("p", "Kommunen bestrider återkravet."),
        ("h2", "2. Läxhjälp (45 500 kronor)"),
        ("p", "Socialstyrelsen bedömer att aktiviteten genomfördes 2024."),
        ("p", "Kommunen återbetalar beloppet."),
    ]
    blocks = [("h1", opening[0])] + [("p", t) for t in opening[1:]] + body + [("p", t) for t in closing]
    pdf = render.render(tmp_path / "y.pdf", blocks, "Kvarnby kommun", "{page}")
    ed = process_document(pdf.read_bytes(), "case/y.pdf")
    assert ed.kind == "response" and str(ed.meta["doc_date"]) == expected


def test_summary_table_in_thousands(tmp_path):
    """'Belopp (tkr)' over '88,4': bare numbers under a header in thousands are thousands."""
    table = (
        "table",
        [
            ["Insats", "Belopp (tkr)", "Medges (tkr)", "Ifrågasätts (tkr)"],
            ["1 Sommarlovsaktiviteter", "88,4", "0", "88,4"],
            ["2 Fritidsgårdens kvällsöppet", "120", "50", "70"],
            ["3 Föräldrautbildning", "75", "75", "0"],
            ["4 Trygghetsvandringar", "40", "0", "40"],
            ["Summa", "323,4", "125", "198,4"],
        ],
    )
    blocks = [table if b[0] == "table" and b[1][0][0] == "Insats" else b for b in render.RESPONSE_A]
    t = read_tables(run_rendered(tmp_path, lambda p: render.render(p, blocks, "Norrviks kommun", "Sida {page}"), "a.pdf"))
    cells = {(m["activity_no"], m["value"]) for m in t["money"] if m["role"] in ("table", "total") and m["page"] == 1}
    assert {("1", Decimal("88400.00")), ("2", Decimal("50000.00")), (None, Decimal("323400.00"))} <= cells
    # the table agrees with the headings: only the text's own total (330 000) is off
    flagged = {c["check"] for c in t["checks"] if c["severity"] in ("error", "warning") and c["activity_no"] is None}
    assert "summary_table_mismatch" not in flagged and "stated_total_mismatch" in flagged


def test_the_agencys_part_runs_until_the_municipality_speaks(tmp_path):
    """Two paragraphs under 'Socialstyrelsens bedömning' are both the agency's; 'I beslutet
    anges att …' is the agency's without a heading; the municipality's own paragraphs decide the
    position."""
    blocks = [
        ("h1", "Yttrande till Socialstyrelsen"),
        ("p", "Ekby kommun 2025-02-20"),
        ("h2", "1. Nattvandring (30 000 kronor)"),
        ("h2", "Socialstyrelsens bedömning"),
        ("p", "Socialstyrelsen har granskat redovisningen av aktiviteten."),
        ("p", "Kostnaderna avser till största delen löner för personal i ordinarie tjänst."),
        ("h2", "Kommunens yttrande"),
        ("p", "Kommunen bestrider återkravet. Nattvandrarna anställdes för statsbidraget."),
        ("h2", "2. Läxhjälp (45 500 kronor)"),
        ("p", "I beslutet anges att aktiviteten har genomförts efter bidragsperiodens slut."),
        ("p", "Beloppet återbetalas."),
    ]
    t = read_tables(run_rendered(tmp_path, lambda p: render.render(p, blocks, "Ekby kommun", "{page}"), "y.pdf"))
    got = {a["activity_no"]: (a["agency_reasons"], a["municipality_position"]) for a in t["activities"]}
    assert got == {"1": (["ordinary_operations"], "disputes"), "2": (["outside_grant_period"], "accepts_full")}


def test_numbered_introduction_and_summary_are_no_activities(tmp_path):
    blocks = [
        ("h1", "Yttrande till Socialstyrelsen"),
        ("p", "Lövby kommun 2025-03-03"),
        ("h2", "Innehåll"),
        (
            "toc",
            [("1. Inledning", 1), ("2. Nattvandring (30 000 kronor)", 1), ("3. Läxhjälp (45 500 kronor)", 1), ("4. Sammanfattning", 1)],
        ),
        ("h2", "1. Inledning"),
        ("p", "Lövby kommun har tagit del av Socialstyrelsens preliminära beslut om återkrav av statsbidrag."),
        ("h2", "2. Nattvandring (30 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
        ("p", "Kommunen bestrider återkravet."),
        ("h2", "3. Läxhjälp (45 500 kronor)"),
        ("p", "Socialstyrelsen bedömer att aktiviteten genomfördes 2024."),
        ("p", "Kommunen återbetalar beloppet."),
        ("h2", "4. Sammanfattning"),
        ("p", "Kommunen återbetalar 45 500 kronor av de 75 500 kronor som Socialstyrelsen återkräver."),
    ]
    t = read_tables(run_rendered(tmp_path, lambda p: render.render(p, blocks, "Lövby kommun", "{page}"), "y.pdf"))
    got = {a["activity_no"]: (a["claimed_amount_sek"], a["municipality_position"]) for a in t["activities"]}
    assert got == {"2": (Decimal("30000.00"), "disputes"), "3": (Decimal("45500.00"), "accepts_full")}
    assert not [c for c in t["checks"] if c["severity"] in ("error", "warning")]


@pytest.mark.parametrize(
    "heading", ["Bilagor", "Bilageförteckning", "Bilagelista:", "Bilagor till yttrandet", "Bifogade handlingar", "Förteckning över bilagor"]
)
def test_attachment_list_headings(heading):
    from pipeline.ingest import Line
    from pipeline.structure import parse_attachment_list

    texts = [
        "Kommunen bestrider återkravet, se bilaga 1.",
        heading,
        "Bilaga 1 – Faktura 4711 Konferensgården AB",
        "Bilaga 2. Avtal med Sundby IF",
    ]
    lines, pos = [], 0
    for t in texts:
        lines.append(Line(1, pos, pos + len(t), t, None))
        pos += len(t) + 1
    items, head = parse_attachment_list(lines)
    assert head == 1 and [(i.attachment_id, i.label) for i in items] == [
        ("1", "Faktura 4711 Konferensgården AB"),
        ("2", "Avtal med Sundby IF"),
    ]


@pytest.mark.parametrize(
    "heading,parts",
    [
        ("AKTIVITET 3: FRITIDSGÅRD (45 000 KR)", ("3", "FRITIDSGÅRD", "45000.00")),
        ("Aktivitet nr 3 – Fritidsgård", ("3", "Fritidsgård", None)),
        ("Aktivitet nr. 3: Fritidsgård (4 000 kr)", ("3", "Fritidsgård", "4000.00")),
        ("3) Fritidsgård (45 000 kr)", ("3", "Fritidsgård", "45000.00")),
        ("3 Fritidsgård – 45 000 kr", ("3", "Fritidsgård", "45000.00")),
        ("3. Fritidsgård (kr 45 000)", ("3", "Fritidsgård", "45000.00")),
        ("3. Fritidsgård (återkrävt belopp: 45 000 kr)", ("3", "Fritidsgård", "45000.00")),
        ("Insats 2.1 Läxhjälp, 87 450,50 kr", ("2.1", "Läxhjälp", "87450.50")),
        ("3. Kommunen anser att kostnaden är rimlig.", None),
    ],
)
def test_heading_forms(heading, parts):
    from pipeline.structure import _heading_parts

    got = _heading_parts(heading)
    assert (got and (got[0], got[1], str(got[2]) if got[2] is not None else None)) == parts


def test_payment_table_in_thousands(tmp_path):
    table = (
        "table",
        [
            ["Förening/organisation", "Datum", "Belopp (tkr)"],
            ["IK Norrvik", "2023-06-15", "20"],
            ["Norrviks scoutkår", "2023-06-20", "8,4"],
        ],
    )
    blocks = [table if b[0] == "table" and b[1][0][0] == "Mottagare" else b for b in render.RESPONSE_A]
    t = read_tables(run_rendered(tmp_path, lambda p: render.render(p, blocks, "Norrviks kommun", "Sida {page}"), "a.pdf"))
    pays = [(p["recipient"], str(p["payment_date"]), p["amount_sek"], p["activity_no"]) for p in t["grant_payments"]]
    assert pays == [("IK Norrvik", "2023-06-15", Decimal("20000.00"), "1"), ("Norrviks scoutkår", "2023-06-20", Decimal("8400.00"), "1")]
    cells = {m["value"] for m in t["money"] if m["role"] == "table" and m["activity_no"] == "1"}
    assert {Decimal("20000.00"), Decimal("8400.00")} <= cells


def test_contents_entry_wrapped_over_two_lines():
    from pipeline.ingest import Line
    from pipeline.structure import parse_toc

    texts = [
        "Innehåll",
        "1. Ett mycket långt namn på en aktivitet som bryts",
        "över två rader (12 000 kronor) ......................... 2",
        "2. Kort (5 000 kronor) ........................................ 3",
        "Inledande text.",
    ]
    lines, pos = [], 0
    for t in texts:
        lines.append(Line(1, pos, pos + len(t), t, None))
        pos += len(t) + 1
    entries, _ = parse_toc(lines)
    assert [(e.number, e.title, str(e.amount), e.page) for e in entries] == [
        ("1", "Ett mycket långt namn på en aktivitet som bryts över två rader", "12000.00", 2),
        ("2", "Kort", "5000.00", 3),
    ]


@pytest.mark.parametrize(
    "text,mentioned",
    [
        ("Kostnaden fakturerades med faktura nr 4711 daterad 2023-05-02.", [("4711", "2023-05-02")]),
        ("Se fakturorna 4711 och 4712.", [("4711", None), ("4712", None)]),
        ("Konferensen (faktura 2023-118) hölls i mars.", [("2023-118", None)]),
        ("Se faktura #A-20931.", [("A-20931", None)]),
        ("Fakturan från 2023 bifogas, se faktura 2023-05-02.", []),
    ],
)
def test_invoices_mentioned_in_the_text(text, mentioned):
    from pipeline.extract import invoices_mentioned

    assert [(n, str(d) if d else None) for n, d, _ in invoices_mentioned(text)] == mentioned


def test_claimed_amounts_from_the_summary_table(tmp_path):
    """No amounts under the headings: each activity's claim is its row in the summary table, not
    the sum the municipality agrees to repay ('medger återbetalning av 50 000 kronor av beloppet')."""
    blocks = [b for b in render.RESPONSE_A if not (b[0] == "p" and b[1].startswith("Belopp"))]
    t = read_tables(run_rendered(tmp_path, lambda p: render.render(p, blocks, "Norrviks kommun", "Sida {page}"), "a.pdf"))
    got = {a["activity_no"]: (a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"]) for a in t["activities"]}
    assert got == {
        "1": (Decimal("88400.00"), "disputes", Decimal("0.00")),
        "2": (Decimal("120000.00"), "accepts_partial", Decimal("50000.00")),
        "3": (Decimal("75000.00"), "accepts_full", Decimal("75000.00")),
        "4": (Decimal("40000.00"), "unclear", None),
    }
    assert "summary_table_mismatch" not in {c["check"] for c in t["checks"]}


def test_summary_rows_named_by_title(tmp_path):
    table = (
        "table",
        [
            ["Insats", "Belopp", "Medges", "Ifrågasätts"],
            ["Sommarlovsaktiviteter", "88 400", "0", "88 400"],
            ["Fritidsgårdens kvällsöppet", "120 000", "50 000", "70 000"],
            ["Föräldrautbildning", "75 000", "75 000", "0"],
            ["Trygghetsvandringar", "40 000", "0", "40 000"],
            ["Summa", "323 400", "125 000", "198 400"],
        ],
    )
    blocks = [
        table if b[0] == "table" and b[1][0][0] == "Insats" else b
        for b in render.RESPONSE_A
        if not (b[0] == "p" and b[1].startswith("Belopp"))
    ]
    t = read_tables(run_rendered(tmp_path, lambda p: render.render(p, blocks, "Norrviks kommun", "Sida {page}"), "a.pdf"))
    got = {a["activity_no"]: a["claimed_amount_sek"] for a in t["activities"]}
    assert got == {"1": Decimal("88400.00"), "2": Decimal("120000.00"), "3": Decimal("75000.00"), "4": Decimal("40000.00")}
