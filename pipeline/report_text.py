"""The report's words in Swedish (the default) and English: headings, labels, positions, the
agency's reasons and the check codes as phrases an auditor reads, and amounts in the language's
number format."""

from __future__ import annotations

import re
from decimal import Decimal

LANGS = ("sv", "en")

POSITIONS = {
    "sv": {
        "accepts_full": "godtar återbetalning",
        "accepts_partial": "godtar delvis återbetalning",
        "disputes": "bestrider",
        "unclear": "oklart",
    },
    "en": {
        "accepts_full": "accepts repayment",
        "accepts_partial": "accepts partial repayment",
        "disputes": "disputes",
        "unclear": "unclear",
    },
}

REASONS = {
    "sv": {
        "purpose_mismatch": "inte i linje med bidragets syfte",
        "unverifiable_costs": "kostnaderna kan inte styrkas",
        "exercise_of_authority": "myndighetsutövning",
        "outside_grant_period": "kostnaden ligger utanför bidragsperioden",
        "ordinary_operations": "ordinarie verksamhet",
        "fabricated_documents": "underlag upprättade i efterhand",
        "excessive_cost": "orimligt hög kostnad",
        "description_mismatch": "beskrivning och kostnader stämmer inte överens",
        "missing_description": "beskrivning saknas",
        "conditions_not_met": "bidragets villkor är inte uppfyllda",
    },
    "en": {
        "purpose_mismatch": "not in line with the grant's purpose",
        "unverifiable_costs": "costs cannot be verified",
        "exercise_of_authority": "exercise of public authority",
        "outside_grant_period": "the cost falls outside the grant period",
        "ordinary_operations": "ordinary operations",
        "fabricated_documents": "documents made up afterwards",
        "excessive_cost": "excessive cost",
        "description_mismatch": "description and costs do not match",
        "missing_description": "description missing",
        "conditions_not_met": "the grant's conditions are not met",
    },
}

CHECKS = {
    "sv": {
        "toc_title_mismatch": "rubriken skiljer sig från innehållsförteckningen",
        "toc_page_mismatch": "fel sida i innehållsförteckningen",
        "toc_amount_mismatch": "beloppet skiljer sig från innehållsförteckningen",
        "stated_total_mismatch": "angiven summa stämmer inte med delarna",
        "summary_table_mismatch": "sammanställningen stämmer inte",
        "unresolved_reference": "hänvisning till bilaga som saknas i förteckningen",
        "unreferenced_attachment": "bilagan nämns aldrig i texten",
        "attachment_file_missing": "bilagan har ingen fil",
        "attachment_label_mismatch": "filen motsäger bilagans beteckning",
        "duplicate_invoice": "samma faktura används flera gånger",
        "invoice_sum_mismatch": "fakturorna summerar inte till det återkrävda beloppet",
        "invoice_outside_period": "fakturan ligger utanför bidragsåret",
        "needs_review": "osäker läsning – granska",
        "near_duplicate_invoice": "nästan identisk faktura",
        "invoice_not_addressed": "fakturan är inte ställd till kommunen",
        "vat_mismatch": "momsen går inte ihop",
        "line_items_mismatch": "fakturaraderna summerar inte",
        "einvoice_mismatch": "e-fakturan skiljer sig från sidan",
        "correction_stale": "rättelsen tillämpades inte",
    },
    "en": {
        "toc_title_mismatch": "heading differs from the contents",
        "toc_page_mismatch": "wrong page in the contents",
        "toc_amount_mismatch": "amount differs from the contents",
        "stated_total_mismatch": "stated total does not match its parts",
        "summary_table_mismatch": "summary table does not match",
        "unresolved_reference": "reference to an attachment not in the list",
        "unreferenced_attachment": "attachment never referred to",
        "attachment_file_missing": "attachment has no file",
        "attachment_label_mismatch": "the file contradicts the attachment's label",
        "duplicate_invoice": "the same invoice used twice",
        "invoice_sum_mismatch": "invoices do not add up to the claim",
        "invoice_outside_period": "invoice outside the grant year",
        "needs_review": "doubtful reading – review",
        "near_duplicate_invoice": "near-duplicate invoice",
        "invoice_not_addressed": "invoice not addressed to the municipality",
        "vat_mismatch": "VAT does not add up",
        "line_items_mismatch": "line items do not add up",
        "einvoice_mismatch": "e-invoice differs from the page",
        "correction_stale": "correction not applied",
    },
}

KINDS = {
    "sv": {
        "response": "yttrande",
        "invoice": "faktura",
        "press_release": "pressmeddelande",
        "attachment": "bilaga",
        "other": "övrigt",
        "bundle": "samlingsfil",
    },
    "en": {"press_release": "press release"},
}
VIA = {
    "sv": {
        "attachment_list": "bilageförteckning",
        "body_mention": "nämnd i texten",
        "invoice_file": "fakturafil",
    },
    "en": {
        "attachment_list": "attachment list",
        "body_mention": "mentioned",
        "invoice_file": "invoice file",
    },
}
TABLES = {
    "sv": {
        "activities": "aktivitet",
        "invoices": "faktura",
        "toc_entries": "innehåll",
        "attachments": "bilaga",
        "activity_invoices": "faktura till aktivitet",
        "documents": "dokument",
    },
    "en": {
        "activities": "activity",
        "invoices": "invoice",
        "toc_entries": "contents",
        "attachments": "attachment",
        "activity_invoices": "activity invoice",
        "documents": "document",
    },
}

CORRECTION_STATUSES = {"sv": {"applied": "tillämpad", "stale": "inaktuell", "invalid": "ogiltig"}, "en": {}}

SEVERITIES = {
    "sv": {"error": "fel", "warning": "varning", "info": "info"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}

FIELDS = {
    "sv": {
        "claimed_amount_sek": "återkrävt belopp",
        "repayment_amount_sek": "återbetalning",
        "municipality_position": "kommunens ställningstagande",
        "title": "rubrik",
        "toc_title": "rubrik i innehållet",
        "page_start": "första sida",
        "agency_reasons": "skäl",
        "agency_assessment": "Socialstyrelsens bedömning",
        "net_amount": "belopp exkl. moms",
        "vat_amount": "moms",
        "total_amount": "summa inkl. moms",
        "amount_due": "att betala",
        "invoice_number": "fakturanummer",
        "invoice_date": "fakturadatum",
        "due_date": "förfallodatum",
        "supplier_name": "leverantör",
        "supplier_org_no": "leverantörens org.nr",
        "buyer_name": "köpare",
        "buyer_org_no": "köparens org.nr",
        "currency": "valuta",
        "vat_rate": "momssats",
        "payment_ref": "betalningsreferens",
        "ocr_reference": "OCR-nummer",
        "order_reference": "er referens",
        "bankgiro": "bankgiro",
        "plusgiro": "plusgiro",
        "iban": "IBAN",
        "bic": "BIC",
        "service_period_start": "period från",
        "service_period_end": "period till",
        "amount_sek": "belopp",
        "number": "nummer",
        "page": "sida",
        "attachment_id": "bilaga",
        "filename": "filnamn",
        "label": "beteckning",
        "doc_type": "dokumenttyp",
        "counterparty": "motpart",
        "activity_no": "aktivitet",
        "municipality": "kommun",
        "doc_date": "datum",
        "issuer": "avsändare",
        "addressee": "mottagare",
    },
    "en": {},
}

LABELS = {
    "sv": dict(
        report="granttrail – granskningsrapport",
        files="filer",
        responses="Yttranden",
        response="yttrande",
        invoices="fakturor",
        press="Pressmeddelanden",
        municipality="kommun",
        date="datum",
        activities="Aktiviteter",
        activity="aktivitet",
        claimed="återkrävt",
        accepted="godtaget för återbetalning",
        disputed="bestritt",
        checks="Kontroller",
        check="kontroll",
        severity="allvar",
        finding="iakttagelse",
        position="ställningstagande",
        repayment="återbetalning",
        reasons="Socialstyrelsens skäl",
        attachments="bilagor",
        title="titel",
        file="fil",
        status="status",
        why="orsak",
        unreadable="Filer som inte kunde läsas",
        back="← alla yttranden",
        chart="Återkrävt och godtaget per aktivitet",
        thousand="tusen kronor",
        pages="sidor",
        page="s.",
        to="till",
        undated="odaterat",
        score="likhet",
        filter="Filtrera",
        rows_shown="rader visas",
        net="exkl. moms",
        total="inkl. moms",
        no_file="förtecknad, ingen fil",
        click="Klicka på ett belopp, ett ställningstagande eller en iakttagelse för att se det på sin sida.",
        review_first="Att granska först",
        review_intro="Värden som lästs med låg säkerhet. Rätta ett värde en gång i "
        "corrections.csv i indatamappen; rättelsen tillämpas vid varje körning.",
        template="Mall för corrections.csv",
        value="värde",
        readings="andra läsningar",
        confidence="säkerhet",
        field="fält",
        documents="Dokument i ärendet",
        quality="läskvalitet",
        text_layer="textlager",
        ocr="OCR",
        ocr_conf="OCR-säkerhet",
        text_quality="textkvalitet",
        not_read="ej läst",
        all_read="allt läst",
        empty_pages="tomma sidor",
        corrections="Rättelser",
        previous="tidigare värde",
        reviewer="granskare",
        none_to_review="Inga osäkra värden.",
        kind="slag",
        press_about="Pressmeddelanden om ärendet",
        no_evidence="sidan (ingen exakt position)",
        all_documents="Alla dokument",
        row="gäller",
    ),
    "en": dict(
        report="granttrail audit report",
        files="files",
        responses="Responses",
        response="response",
        invoices="invoices",
        press="Press releases",
        municipality="municipality",
        date="date",
        activities="Activities",
        activity="activity",
        claimed="claimed",
        accepted="accepted for repayment",
        disputed="disputed",
        checks="Checks",
        check="check",
        severity="severity",
        finding="finding",
        position="position",
        repayment="repayment",
        reasons="agency's reasons",
        attachments="attachments",
        title="title",
        file="file",
        status="status",
        why="why",
        unreadable="Files that could not be read",
        back="← all responses",
        chart="Claimed and accepted per activity",
        thousand="thousand kronor",
        pages="pages",
        page="p.",
        to="to",
        undated="undated",
        score="score",
        filter="Filter",
        rows_shown="rows shown",
        net="net",
        total="total",
        no_file="listed, no file supplied",
        click="Click an amount, position or finding to see it on its page.",
        review_first="Review first",
        review_intro="Values read with low confidence. Correct a value once in corrections.csv "
        "in the input folder; the correction is applied on every run.",
        template="corrections.csv template",
        value="value",
        readings="other readings",
        confidence="confidence",
        field="field",
        documents="Documents in the case",
        quality="reading quality",
        text_layer="text layer",
        ocr="OCR",
        ocr_conf="OCR confidence",
        text_quality="text quality",
        not_read="not read",
        all_read="all read",
        empty_pages="empty pages",
        corrections="Corrections",
        previous="previous value",
        reviewer="reviewer",
        none_to_review="No doubtful values.",
        kind="kind",
        press_about="Press releases about this case",
        no_evidence="the page (no exact position)",
        all_documents="All documents",
        row="row",
    ),
}


class Words:
    """The report's vocabulary in one language."""

    def __init__(self, lang: str = "sv"):
        if lang not in LANGS:
            raise ValueError(f"language {lang!r}: one of {', '.join(LANGS)}")
        self.lang = lang
        self.labels = LABELS[lang]

    def __getitem__(self, key: str) -> str:
        return self.labels[key]

    def position(self, code: str | None) -> str:
        return POSITIONS[self.lang].get(code or "", code or "–")

    def reason(self, code: str) -> str:
        return REASONS[self.lang].get(code, code)

    def check(self, code: str) -> str:
        return CHECKS[self.lang].get(code, code)

    def severity(self, code: str | None) -> str:
        return SEVERITIES[self.lang].get(code or "", code or "")

    def status(self, code: str | None) -> str:
        return CORRECTION_STATUSES[self.lang].get(code or "", code or "")

    def kind(self, code: str | None) -> str:
        return KINDS[self.lang].get(code or "", code or "")

    def via(self, code: str | None) -> str:
        return VIA[self.lang].get(code or "", code or "")

    def table(self, name: str | None) -> str:
        return TABLES[self.lang].get(name or "", name or "")

    def pages(self, n: int) -> str:
        one, many = ("sida", "sidor") if self.lang == "sv" else ("page", "pages")
        return f"{n} {one if n == 1 else many}"

    def field(self, name: str) -> str:
        return FIELDS[self.lang].get(name, name)

    def amount(self, v, unit: str = "kr") -> str:
        """'1 234 567,89 kr' (no-break spaces) in Swedish, '1,234,567.89 kr' in English."""
        if v is None:
            return "–"
        s = f"{Decimal(v):,.2f}"
        if self.lang == "sv":
            s = s.replace(",", "\u00a0").replace(".", ",").replace("-", "\u2212")
        return f"{s}\u00a0{unit}" if unit else s

    def share(self, x: float | None) -> str:
        if x is None:
            return "–"
        s = f"{x:.0%}".replace("%", "\u00a0%")
        return s

    def decimal(self, x: float | None, places: int = 2) -> str:
        if x is None:
            return "–"
        s = f"{x:.{places}f}"
        return s.replace(".", ",") if self.lang == "sv" else s


# The findings in Swedish, from a check's code, activity, expected and actual values (the
# `message` column is the pipeline's English; the English report shows it as it is).
FINDINGS_SV = {
    "toc_title_mismatch": "innehållsförteckningen säger ”{expected}”, rubriken ”{actual}”.",
    "toc_page_mismatch": "förtecknad på sidan {expected}, står på sidan {actual}.",
    "toc_amount_mismatch": "{expected} i innehållsförteckningen, {actual} i rubriken.",
    "stated_total_mismatch": "texten anger summan {actual}, aktiviteterna ger {expected}.",
    "summary_table_mismatch": "sammanställningen anger {actual}, avsnittet ger {expected}.",
    "unresolved_reference": "hänvisningen gäller bilaga {actual}, som inte är förtecknad.",
    "unreferenced_attachment": "bilaga {actual} står i förteckningen men nämns aldrig i texten.",
    "attachment_file_missing": "bilagan {expected} är förtecknad men ingen fil har lämnats in.",
    "attachment_label_mismatch": "bilagan anges som {expected}, filen är {actual}.",
    "duplicate_invoice": "faktura {actual} används mer än en gång.",
    "invoice_sum_mismatch": "återkrävt {expected}, fakturorna summerar till {actual} exkl. moms.",
    "invoice_outside_period": "fakturan är daterad {actual}, utanför bidragsåret {expected}.",
    "correction_stale": "rättelsen till ”{expected}” tillämpades inte (värdet är nu {actual}).",
}
_AMOUNT_TEXT = re.compile(r"-?\d+\.\d{2}")


def shown(w: Words, v: str | None) -> str:
    if v is None or v == "":
        return "–"
    if _AMOUNT_TEXT.fullmatch(v):
        return w.amount(Decimal(v))
    return v


def _low_confidence_sv(w: Words, expected: str | None, actual: str | None) -> str:
    """A needs_review finding: the reading published, and the other readings (`expected`)."""
    others = " | ".join(shown(w, x) for x in (expected or "").split(" | ") if x)
    return f"läst som {shown(w, actual)} med låg säkerhet" + (f"; andra läsningar: {others}" if others else "") + "."


def finding(w: Words, check: dict) -> str:
    """The finding as a sentence in the report's language."""
    if w.lang != "sv":
        return check.get("message") or ""
    code = check["check"]
    expected, actual = check.get("expected"), check.get("actual")
    subject = f"Aktivitet {check['activity_no']}: " if check.get("activity_no") else ""
    if code == "needs_review":
        return subject + _low_confidence_sv(w, expected, actual)
    template = FINDINGS_SV.get(code)
    if template:
        return subject + template.format(expected=shown(w, expected), actual=shown(w, actual))
    return f"{subject}{w.check(code)}: väntat {shown(w, expected)}, funnet {shown(w, actual)}."
