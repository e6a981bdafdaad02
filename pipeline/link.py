"""Link: a response's attachment list to the files beside it, activities to invoices, press
releases to the responses they are about. The only stage that looks across documents: each
response is linked only to files in its own folder tree."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from urllib.parse import unquote

from rapidfuzz import fuzz

from .extract import ExtractedDocument
from .structure import patterns

MATCH_THRESHOLD = 0.6  # a listed attachment's match to a file
PRESS_MATCH_THRESHOLD = 0.6  # a press release's match to a response (press_score)


@dataclass
class Linked:
    docs: list[ExtractedDocument]
    attachments: dict[str, list[dict]] = field(default_factory=dict)  # response doc_id -> rows
    refs: dict[str, list[dict]] = field(default_factory=dict)
    activity_invoices: list[dict] = field(default_factory=list)
    document_links: list[dict] = field(default_factory=list)
    parent: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # file doc -> (response, attachment id)

    def by_id(self) -> dict[str, ExtractedDocument]:
        return {d.ingested.doc_id: d for d in self.docs}


@lru_cache(maxsize=1)
def _doc_type_rx() -> list[tuple[str, re.Pattern]]:
    return [(t, re.compile(p, re.IGNORECASE)) for t, p in patterns("attachments")["doc_types"]]


def doc_type_of(label: str) -> str:
    for t, rx in _doc_type_rx():
        if rx.search(label):
            return t
    if re.match(r"^\d{6,}\b", label):
        return "invoice"  # "100423825 TRYCKSERVICE I ÄNGELHOLM AB": a supplier's invoice by number
    return "other"


_INVOICE_WORD = r"(?:intern|kredit)?faktura\w*|invoice|rechnung|kreditnota|kvitto"
_NUMBER_TOKEN = r"[A-Z0-9][\w\-/]*\d[\w\-/]*|\d{3,}"


def invoice_number_of(label: str, doc_type: str) -> str | None:
    if doc_type == "payment_notice":
        return None  # a notice's number is not an invoice number
    m = (
        re.search(rf"(?i)\b(?:{_INVOICE_WORD})\s*(?:nr\.?|nummer|no\.?)?\s*[:#]?\s*(?P<n>{_NUMBER_TOKEN})", label)
        or re.search(rf"(?i)\b(?:{_INVOICE_WORD})\s.*?\b(?:nr\.?|nummer|no\.)\s*[:#]?\s*(?P<n>{_NUMBER_TOKEN})", label)
        or re.match(r"^(?P<n>\d{5,})\b", label)
    )  # "Faktura 2231 …", "Faktura Hedemora Innebandy nr 2023-112" (the supplier before the number), "100423825 …"
    if m and len(re.sub(r"\D", "", m.group("n"))) >= 3 and not re.fullmatch(r"(19|20)\d\d", m.group("n")):
        return m.group("n")
    return None


def counterparty_of(label: str) -> str | None:
    m = re.search(
        rf"(?:(?i:\b(?:{_INVOICE_WORD}))\s*(?:nr\.?\s*)?(?:{_NUMBER_TOKEN})|^\d{{5,}})"
        rf"\s+(?P<name>[A-ZÅÄÖ][\wÅÄÖåäöü&.\- ]{{1,80}})$",
        label,
    )
    if m:
        return m.group("name").strip()
    suffixes = patterns("lexicon")["company_suffixes"]
    # capitalised words before the company form, with the small words of Swedish firm names
    # between them ("Lekplatsbolaget i Norden AB")
    m = re.search(
        rf"(?P<name>[A-ZÅÄÖ][\wÅÄÖåäö&.\-]*\s+(?:(?:[A-ZÅÄÖ][\wÅÄÖåäö&.\-]*|i|och|för|av|på|&)\s+){{0,5}}"
        rf"(?:{'|'.join(re.escape(s) for s in suffixes)}))\b",
        label,
    )
    if m:
        return m.group("name").strip()
    # "Faktura nr 2023-118 från Fiskeklubben Abborren", "Avtal med Region Stockholm": a name after
    # from/with, its words capitalised
    m = re.search(r"\b(?:från|med|hos|till)\s+(?P<name>[A-ZÅÄÖ][\wÅÄÖåäöü&.\-]*(?:\s+[A-ZÅÄÖ&][\wÅÄÖåäöü&.\-]*){0,5})", label)
    return re.sub(r"(?i)\.(pdf|docx?|xlsx?|jpe?g|png|msg|txt)$", "", m.group("name")).strip(" .-") if m else None


def _stem(name: str) -> str:
    s = unquote(posixpath.basename(name)).lower()
    s = re.sub(r"\.(pdf|docx?|xlsx?|jpe?g|png|tiff?|msg|txt|html?)$", "", s)
    s = re.sub(r"[+_]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _leading_id(stem: str) -> str | None:
    m = re.match(r"^(?:bil(?:aga)?\.?\s*)?(\d{1,3})(?:[.\-_ ](\d{1,3})(?!\d))?([a-z])?\b", stem)
    if not m:
        return None
    return m.group(1) + (f".{m.group(2)}" if m.group(2) else "") + (m.group(3) or "")


def same_attachment_id(a: str | None, b: str | None) -> bool:
    """'08.1' and '8.1' name the same attachment: leading zeros are how it was printed."""
    if not a or not b:
        return False
    return _id_key(a) == _id_key(b)


def _id_key(attachment_id: str) -> tuple[str, ...]:
    return tuple(str(int(p)) if p.isdigit() else p for p in attachment_id.lower().split("."))


def match_score(item: dict, file_doc: ExtractedDocument, path: str | None = None) -> float:
    fstem = _stem(path or file_doc.ingested.source_path)
    lstem = _stem(item["filename"] or item["label"] or "")
    name = fuzz.ratio(fstem, lstem) / 100
    label = fuzz.token_set_ratio(fstem, _stem(item["label"] or "")) / 100
    score = _by_leading_id(max(name, 0.9 * label), _leading_id(fstem), item["attachment_id"], label)
    score = _by_bundle_split(score, file_doc, item["attachment_id"])
    inv = file_doc.invoice or {}
    if item.get("invoice_number") and inv.get("invoice_number") and item["invoice_number"] == inv["invoice_number"]:
        score = max(score, 0.95)
    return round(min(score, 1.0), 3)


def _by_leading_id(score: float, file_id: str | None, attachment_id: str, label: float) -> float:
    """A file name that starts with the attachment's number ("3.1 Faktura.pdf") settles the match;
    one that starts with another attachment's number halves it."""
    if file_id is None:
        return score
    if same_attachment_id(file_id, attachment_id):
        return max(score, 0.75 + 0.25 * label)
    return score * 0.5


def _by_bundle_split(score: float, file_doc: ExtractedDocument, attachment_id: str) -> float:
    """A bundle's part the split took as a listed attachment: the split's score decides."""
    from .bundle import listed_match

    split = listed_match(file_doc.ingested, attachment_id)
    if split is None:
        return score
    return max(score, split) if split else score * 0.5


def _in_case(response: ExtractedDocument, other: ExtractedDocument) -> bool:
    return other is not response and _in_case_path(response, other.ingested.source_path)


def _in_case_path(response: ExtractedDocument, path: str) -> bool:
    folder = posixpath.dirname(response.ingested.source_path)
    return folder == "" or path.startswith(folder + "/")


def attachment_rows(resp: ExtractedDocument) -> list[dict]:
    sd = resp.structured
    acts = {a.number for a in resp.activities}
    first_ref: dict[str, str] = {}
    for r in sd.refs:
        if r.activity_no:
            first_ref.setdefault(r.attachment_id, r.activity_no)
    rows = []
    for k, it in enumerate(sd.attachment_list):
        activity = _activity_of_attachment(it.attachment_id, acts, first_ref)
        dt = doc_type_of(it.label)
        rows.append(
            dict(
                doc_id=resp.ingested.doc_id,
                attachment_id=it.attachment_id,
                activity_no=activity,
                filename=it.filename,
                label=it.label,
                doc_type=dt,
                invoice_number=invoice_number_of(it.label, dt),
                counterparty=counterparty_of(it.label),
                file_doc_id=None,
                match_score=None,
                page=it.line.page_no,
                _order=k,
            )
        )
    return rows


def _activity_of_attachment(attachment_id: str, acts: set[str], first_ref: dict[str, str]) -> str | None:
    """The activity an attachment belongs to: by its own number, else by where the text first refers to it."""
    carried = re.match(r"(\d+)(?:[.:]|-(?=\d)|[a-z]$)", attachment_id)
    if carried:
        # "09.4", "12:1", "15-1" and "2b" carry their activity's number; a plain "3" is only a place in the list
        n = str(int(carried.group(1)))
        return n if n in acts else None  # "27.1" in a response of 26 activities: none
    return next((a for aid, a in first_ref.items() if same_attachment_id(aid, attachment_id)), None)


def ref_rows(resp: ExtractedDocument, listed: list[dict]) -> list[dict]:
    ids = [a["attachment_id"] for a in listed]
    return [
        dict(
            doc_id=resp.ingested.doc_id,
            activity_no=r.activity_no,
            ref_text=r.ref_text,
            attachment_id=r.attachment_id,
            page=r.line.page_no,
            resolved=any(same_attachment_id(r.attachment_id, i) for i in ids),
            _order=k,
        )
        for k, r in enumerate(resp.structured.refs)
    ]


def _attachment_evidence(resp: ExtractedDocument, rows: list[dict]) -> None:
    from .attachlist import attachment_evidence

    sd = resp.structured
    kept = [e for e in resp.evidence if e.table != "attachments"]  # link may run again over cached reads
    for it, row in zip(sd.attachment_list, rows, strict=True):
        kept += attachment_evidence(resp.ingested, it, row)
    resp.evidence = kept


_VIA_RANK = {"invoice_file": 0, "attachment_list": 1, "body_mention": 2}


def link(docs: list[ExtractedDocument], aliases: dict[str, list[str]] | None = None) -> Linked:
    """`aliases`: doc_id -> further paths with the same bytes (a file filed twice is processed
    once, but each of its names can still be the file of a listed attachment)."""
    L = Linked(docs)
    responses = [d for d in docs if d.kind == "response"]
    for resp in responses:
        _link_response(L, resp, aliases or {})
    _link_press_releases(L, responses)
    return L


def _link_response(L: Linked, resp: ExtractedDocument, aliases: dict[str, list[str]]) -> None:
    """One response: its attachment list matched to the files in its folder tree, its references,
    its invoices by activity and the links from each matched file."""
    rid = resp.ingested.doc_id
    rows = attachment_rows(resp)
    files = [d for d in L.docs if _in_case(resp, d) and d.kind in ("invoice", "attachment", "other")]
    by_id = {f.ingested.doc_id: f for f in files}
    _match_files(L, rid, rows, _named_files(resp, files, aliases))
    for f in files:
        L.parent.setdefault(f.ingested.doc_id, (rid, None))
    L.attachments[rid] = rows
    _attachment_evidence(resp, rows)
    _bundle_split_evidence(resp, rows, by_id)
    L.refs[rid] = ref_rows(resp, rows)
    L.activity_invoices.extend(_activity_invoices(resp, rows, by_id))
    L.document_links.extend(
        dict(from_doc_id=r["file_doc_id"], to_doc_id=rid, relation="attachment_of", score=r["match_score"])
        for r in rows
        if r["file_doc_id"]
    )


def _named_files(
    resp: ExtractedDocument, files: list[ExtractedDocument], aliases: dict[str, list[str]]
) -> list[tuple[str, ExtractedDocument]]:
    """Each file under each of its names in the response's folder tree (a duplicate's too)."""
    named = [(d.ingested.source_path, d) for d in files]
    return named + [(p, d) for d in files for p in aliases.get(d.ingested.doc_id, []) if _in_case_path(resp, p)]


def _match_files(L: Linked, rid: str, rows: list[dict], named: list[tuple[str, ExtractedDocument]]) -> None:
    """Listed attachments to files, best score first, each row and each name used once."""
    pairs = sorted(
        ((match_score(r, f, path), i, j) for i, r in enumerate(rows) for j, (path, f) in enumerate(named)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_r: set[int] = set()
    used_f: set[int] = set()
    for score, i, j in pairs:
        if score < MATCH_THRESHOLD or i in used_r or j in used_f:
            continue
        used_r.add(i)
        used_f.add(j)
        fid = named[j][1].ingested.doc_id
        rows[i]["file_doc_id"] = fid
        rows[i]["match_score"] = score
        if fid not in L.parent or L.parent[fid][1] is None:
            L.parent[fid] = (rid, rows[i]["attachment_id"])


def _bundle_split_evidence(resp: ExtractedDocument, rows: list[dict], files: dict[str, ExtractedDocument]) -> None:
    """A bundle's part: its link, and the split behind it, replace the plain file match."""
    from .bundle import split_evidence

    split = split_evidence(resp, rows, files)
    parts = {e.key for e in split}
    resp.evidence[:] = [e for e in resp.evidence if not (e.table == "attachments" and e.field == "file_doc_id" and e.key in parts)] + split


def _link_press_releases(L: Linked, responses: list[ExtractedDocument]) -> None:
    for d in L.docs:
        if d.kind != "press_release":
            continue
        for resp in responses:
            s = press_score(d, resp)
            if s >= PRESS_MATCH_THRESHOLD:
                L.document_links.append(
                    dict(from_doc_id=d.ingested.doc_id, to_doc_id=resp.ingested.doc_id, relation="press_release_about", score=s)
                )


class _InvoiceLinks:
    """A response's activity-invoice links, one per (activity, invoice number): the most direct
    source of the link wins (the invoice file, then the attachment list, then a body mention)."""

    def __init__(self, rid: str) -> None:
        self.rid = rid
        self.links: dict[tuple[str | None, str], dict] = {}
        self.order = 0

    def add(self, activity: str | None, number: str, attachment_id: str | None, inv_doc: str | None, via: str, inv: dict | None) -> None:
        inv = inv or {}
        row = dict(
            doc_id=self.rid,
            activity_no=activity,
            invoice_number=number,
            attachment_id=attachment_id,
            invoice_doc_id=inv_doc,
            via=via,
            invoice_date=inv.get("invoice_date"),
            net_amount=inv.get("net_amount"),
            total_amount=inv.get("total_amount"),
            currency=inv.get("currency"),
            _order=self.order,
        )
        self.order += 1
        key = (activity, number)
        old = self.links.get(key)
        if old is None:
            self.links[key] = row
        elif _VIA_RANK[via] < _VIA_RANK[old["via"]]:
            self.links[key] = _replacing(row, old)
        elif not old["invoice_date"] and inv.get("invoice_date"):
            old["invoice_date"] = inv["invoice_date"]


def _replacing(row: dict, old: dict) -> dict:
    """A better-sourced link in the place of `old`, keeping what only `old` knew."""
    row["_order"] = old["_order"]
    row["attachment_id"] = row["attachment_id"] or old["attachment_id"]
    row["invoice_date"] = row["invoice_date"] or old["invoice_date"]
    return row


def _activity_invoices(resp: ExtractedDocument, rows: list[dict], files: dict[str, ExtractedDocument]) -> list[dict]:
    links = _InvoiceLinks(resp.ingested.doc_id)
    for r in rows:
        _listed_invoice_links(links, r, files.get(r["file_doc_id"]) if r["file_doc_id"] else None)
    for m in resp.mentioned_invoices:
        _mentioned_invoice_link(links, m, files)
    return list(links.links.values())


def _listed_invoice_links(links: _InvoiceLinks, r: dict, f: ExtractedDocument | None) -> None:
    """A listed attachment: the invoice its file is, and the one its label names where that differs."""
    inv = f.invoice if f is not None and f.kind == "invoice" else None
    if f is not None and inv and inv.get("invoice_number"):
        links.add(r["activity_no"], inv["invoice_number"], r["attachment_id"], f.ingested.doc_id, "invoice_file", inv)
    if r["invoice_number"] and (not inv or inv.get("invoice_number") != r["invoice_number"]):
        links.add(r["activity_no"], r["invoice_number"], r["attachment_id"], None, "attachment_list", None)


def _mentioned_invoice_link(links: _InvoiceLinks, m: dict, files: dict[str, ExtractedDocument]) -> None:
    """An invoice number the body mentions: with the file that is that invoice, if any."""
    file_inv = next(
        ((f.ingested.doc_id, f.invoice) for f in files.values() if f.invoice and f.invoice.get("invoice_number") == m["invoice_number"]),
        None,
    )
    if file_inv:
        links.add(m["activity_no"], m["invoice_number"], None, file_inv[0], "body_mention", file_inv[1])
    else:
        links.add(m["activity_no"], m["invoice_number"], None, None, "body_mention", {"invoice_date": m["invoice_date"]})


_CASE_WORDS = re.compile(r"\b(yttrande\w*|återkrav\w*|statsbidrag\w*|socialstyrelsen\w*|utsatta områden)\b", re.IGNORECASE)


def press_score(press: ExtractedDocument, resp: ExtractedDocument) -> float:
    pm, rm = press.meta.get("municipality"), resp.meta.get("municipality")
    if not pm or not rm or pm != rm:
        return 0.0
    words = {m.group(1).lower()[:8] for m in _CASE_WORDS.finditer(press.ingested.text)}
    return round(min(1.0, 0.4 + 0.15 * len(words)), 2)


# "redovisning av statsbidraget för 2023", "statsbidrag 2023", "bidragsåret 2023"
_STATED_GRANT_YEAR = re.compile(r"\b(?:statsbidrag\w*|bidragsår\w*)\s+(?:för\s+|avseende\s+)?(?:år\s+)?(20[12]\d)\b", re.IGNORECASE)


def grant_year_of(resp: ExtractedDocument) -> int | None:
    """The year the activities were carried out and paid: the grant's year where the letter
    names it ("statsbidraget för 2023"); else the year most mentioned in the activity sections."""
    from collections import Counter

    stated = Counter(int(y) for y in _STATED_GRANT_YEAR.findall(resp.structured.ingested.text))
    if stated:
        return stated.most_common(1)[0][0]
    years: Counter = Counter()
    for sec in resp.structured.sections:
        for ln in sec.lines:
            years.update(int(y) for y in re.findall(r"\b(20[12]\d)\b", ln.text))
    if not years:
        return None
    return years.most_common(1)[0][0]


# "statsbidraget för 2021–2023", "bidrag som kommunen fick för 2022-2024", "grant for 2021–2023"
_STATED_GRANT_PERIOD = re.compile(r"\b(?:statsbidrag\w*|bidrag\w*|grant)\b[^.\n]{0,60}?\b(20[12]\d)\s*[–-]\s*(20[12]\d)\b", re.IGNORECASE)


def grant_years_of(resp: ExtractedDocument) -> tuple[int, int] | None:
    """The grant's years as the letter states them: a period of several years where it names
    one ("statsbidraget för 2021–2023"), else the one year of grant_year_of."""
    m = _STATED_GRANT_PERIOD.search(resp.structured.ingested.text)
    if m and int(m.group(1)) < int(m.group(2)):
        return int(m.group(1)), int(m.group(2))
    year = grant_year_of(resp)
    return (year, year) if year else None


def decimal_sum(values) -> Decimal:
    return sum((v for v in values if v is not None), Decimal(0))
