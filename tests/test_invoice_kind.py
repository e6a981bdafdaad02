"""Is it an invoice? The signals every invoice has, scored together (pipeline/invoicing/kind.py):
texts written for this test, in languages and wordings the vocabulary's labels do not all cover."""

from __future__ import annotations

from pipeline.invoicing.kind import THRESHOLD, balances, invoice_score, tax_id_score
from pipeline.invoicing.reader import looks_like_invoice

BULGARIAN = """Строителна компания ЕООД
ДДС номер: BG175074752
ФАКТУРА
№ 0000012345
Дата на издаване: 05.10.2023
Получател: Örebro kommun
Данъчна основа 1 000,00
ДДС 20% 200,00
Сума за плащане 1 200,00 лв."""

# an Irish-language invoice: the title is in the vocabulary, its labels are not
IRISH = """Cuideachta Óige Teo
Uimhir CBL: IE1234567T
SONRASC
Tagairt: CO-77
Seoladh: Kiruna kommun
Obair le daoine óga 1.600,00
CBL 23% 368,00
Iomlán le híoc 1.968,00"""

# a response that talks about an invoice and its sums, in sentences
LETTER = """Yttrande över Socialstyrelsens beslut
Kommunen har betalat fakturan från leverantören den 3 mars.
Fakturan avsåg 1 000,00 kr och moms 250,00 kr, totalt 1 250,00 kr.
Vi anser att kostnaden är bidragsberättigad."""

# a page of sums alone: the second page of an invoice whose head is on the first
SUMS_ONLY = """Summa exkl. moms 1 000,00
Moms 25 % 250,00
Totalt 1 250,00"""


def test_an_invoice_in_a_language_with_few_known_labels():
    assert tax_id_score(BULGARIAN) == 0.5  # the check digit holds
    assert balances(BULGARIAN)
    assert invoice_score(BULGARIAN, titled=True) >= THRESHOLD
    assert looks_like_invoice(BULGARIAN)


def test_title_vat_id_and_balancing_sums_suffice_without_labels():
    assert invoice_score(IRISH, titled=True) >= THRESHOLD
    assert looks_like_invoice(IRISH)


def test_sums_in_a_letter_or_without_a_head_are_no_invoice():
    assert not looks_like_invoice(LETTER)
    assert invoice_score(SUMS_ONLY, titled=False) == 0.0  # no title, no number label
    assert not looks_like_invoice(SUMS_ONLY)


def test_a_vat_number_of_the_right_shape_with_a_wrong_check_digit_counts_less():
    assert tax_id_score("VAT: BG175074753") == 0.25
    assert tax_id_score("Org.nr 556736-2894") == 0.0


def test_the_customers_labelled_vat_number_is_never_the_suppliers_org_number():
    from pipeline.invoices import _org_no

    # the supplier's own number fails its check digit (as printed); the buyer's, labelled so, holds
    text = "Bygg & Mark i Luleå AB\nOrg.nr 556603-2179\nKundens momsreg.nr SE212000-2742 01\nLuleå kommun\nBox 1000"
    assert _org_no([], text, "Luleå kommun") is None
    text = "Fjärrvärme Nord AB\nVårt momsreg.nr SE556036079301\nKöparens momsreg.nr SE212000-2742 01"
    assert _org_no([], text, None) == "556036-0793"


SWEDISH = """Faktura
Fakturanummer: 100203
Fakturadatum: 2023-03-15
Förfallodatum: 2023-04-14
Läxhjälp 4 st 2 500,00 10 000,00
Summa exkl. moms 10 000,00 kr
Moms 25 % 2 500,00 kr
Att betala 12 500,00 kr"""


def test_the_labels_read_once_score_as_read_again():
    # looks_like_invoice hands the labels it read to invoice_score: the same score either way
    from pipeline.invoicing.reader import _KIND_FIELDS
    from pipeline.invoicing.vocab import labels

    for text in (BULGARIAN, IRISH, LETTER, SUMS_ONLY, SWEDISH):
        lines = [ln.strip() for ln in text[:8000].split("\n") if ln.strip()]
        read = frozenset(f for f in _KIND_FIELDS if any(lab.rx.match(ln) for lab in labels()[f] for ln in lines))
        for titled in (True, False):
            assert invoice_score(text, titled, read) == invoice_score(text, titled), (text, titled)
    assert invoice_score(SWEDISH, titled=True) > THRESHOLD


def test_a_field_s_labels_as_one_pattern_find_the_lines_each_label_finds():
    from pipeline.invoicing.vocab import labels, starts_with_label

    lines = [ln.strip() for t in (BULGARIAN, IRISH, LETTER, SUMS_ONLY, SWEDISH) for ln in t.split("\n")]
    lines += ["Rechnungsnummer: 4711", "Invoice date 2023-01-02", "Due date: 2023-02-01", "Total amount after tax 12,00"]
    found = 0
    for fld, labs in labels().items():
        for ln in lines:
            each = any(lab.rx.match(ln) for lab in labs)
            assert starts_with_label([ln], fld) == each, (fld, ln)
            found += each
    assert found >= 15  # lines do open with labels: the test compares finds, not only misses


def test_a_title_ruled_out_by_one_search_of_the_head_is_in_no_line():
    from pipeline.invoicing.reader import _title_like, document_kind
    from pipeline.invoicing.vocab import titles

    def line_by_line(text: str) -> str | None:
        head = text.split("\f")[0][:8000]
        for kind in ("credit_note", "invoice", "receipt", "payment_notice"):
            for line in head.split("\n"):
                m = titles()[kind].search(line)
                if m and _title_like(line, m):
                    return kind
        return None

    texts = [
        BULGARIAN,
        IRISH,
        LETTER,
        SUMS_ONLY,
        SWEDISH,
        "Kreditfaktura\nNr 12",
        "KVITTO\nSumma 40 kr",
        "Betalningspåminnelse",
        "Gutschrift zur Rechnung 4711",
    ]
    kinds = [document_kind(t) for t in texts]
    assert kinds == [line_by_line(t) for t in texts]
    assert kinds.count(None) <= 4  # titles are found: the test compares finds, not only misses
