"""The auditor's view: static HTML pages from the published tables, in Swedish by default
(`--lang en` for English). Opens from disk, no network: a little inline JavaScript sorts and
filters the tables, and the pages print cleanly.

Every amount, position and finding links to an image of its page region with the value
highlighted. The place comes from the `evidence` table (where the value was read), never from
searching the page for equal values or text; where a value has no evidence, the image shows its
page without a highlight. Values read with low confidence (`needs_review` checks) come first,
with a ready `corrections.csv` template."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pyarrow.parquet as pq

from .confidence import READING_SEPARATOR, readings_by_field
from .report_text import Words, finding, shown
from .totals import activity_totals

RESOLUTION = 100  # dpi pages are rendered at: enough to read, small enough to keep
# Evidence images are bounded in pixels: a crop around the value, or the page scaled down.
MAX_IMAGE_WIDTH = 900
MAX_CROP_HEIGHT = 420
MAX_PAGE_HEIGHT = 1200
CONTEXT_POINTS = 90  # PDF points shown above and below a highlighted value
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
TEMPLATE_NAME = "corrections-template.csv"
TEMPLATE_COLUMNS = (
    "doc_sha256",
    "doc_id",
    "table",
    "key",
    "field",
    "value",
    "note",
    "reviewer",
    "date",
)


def _e(s) -> str:
    return html.escape("" if s is None else str(s))


def _num(v) -> str:
    """A sort key attribute for a numeric cell."""
    return "" if v is None else f' data-sort="{v}"'


# --------------------------------------------------------------------------------------------
# Evidence: where a value was read, and its page image


class Highlights:
    """The evidence table by field, and the page images its highlights are drawn on."""

    def __init__(self, report_dir: Path, input_dir: Path | None, tables: dict[str, list[dict]]):
        self.dir = report_dir / "evidence"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.input_dir = input_dir
        self.documents = {d["doc_id"]: d for d in tables.get("documents", []) if d["doc_id"] and d["status"] != "duplicate"}
        self.page_size = {(p["doc_id"], p["page_no"]): (p["width"], p["height"]) for p in tables.get("pages", [])}
        self.fields = readings_by_field(tables.get("evidence", []))
        self._files: dict = {}
        self._pages: dict = {}

    def reading(self, doc_id: str, table: str, key: str, field: str) -> dict | None:
        """The reading the report shows: the reviewer's, else the most confident."""
        rows = self.fields.get((doc_id, table, key, field)) or []
        return next((r for r in rows if r["source"] == "reviewer"), rows[0] if rows else None)

    def link(
        self,
        label: str,
        doc_id: str | None,
        table: str,
        key: str,
        field: str,
        fallback_page: int | None,
    ) -> str:
        """`label` linked to the value's highlight (or its page, where there is no evidence)."""
        ev = self.reading(doc_id or "", table, key, field) if doc_id else None
        if ev and ev.get("page"):
            return self._highlight_link(label, ev)
        return _a(self.image(doc_id, fallback_page, None) if doc_id else None, label)

    def _highlight_link(self, label: str, ev: dict) -> str:
        """`label` linked to the reading's box on its page (the page alone where the box is not
        known), the text as read and its confidence as the tooltip."""
        box = tuple(ev[k] for k in ("x0", "top", "x1", "bottom"))
        path = self.image(ev["doc_id"], ev["page"], box if None not in box else None)
        conf = ev.get("confidence")
        title = f' title="{_e(ev.get("raw_text") or "")} ({conf:.2f})"' if conf is not None else ""
        return _a(path, label, title)

    def _page(self, doc_id: str, page_no: int):
        key = (doc_id, page_no)
        if key not in self._pages:
            self._pages[key] = self._render(doc_id, page_no)
        return self._pages[key]

    def _render(self, doc_id: str, page_no: int):
        """The page as an image (PDF pages rendered, scanned images read), or None."""
        doc = self.documents.get(doc_id)
        if not doc or not self.input_dir:
            return None
        source, _, _ = (doc["source_path"] or "").partition("#")
        path = self.input_dir / source
        index = (doc.get("first_page") or 1) - 1 + page_no - 1  # a bundle's part: its own pages
        media = doc.get("media_type") or ""
        try:
            if media == "application/pdf":
                return self._pdf_page(path, index)
            if media.startswith("image/"):
                return self._image_frame(path, index)
        except Exception:  # noqa: BLE001 - a page that cannot be drawn loses its image, not the report
            return None
        return None

    def _pdf_page(self, path: Path, index: int):
        import pypdfium2 as pdfium

        if path not in self._files:
            self._files[path] = pdfium.PdfDocument(str(path)) if path.exists() else None
        pdf = self._files[path]
        if pdf is None or not 0 <= index < len(pdf):
            return None
        return pdf[index].render(scale=RESOLUTION / 72).to_pil().convert("RGB")

    @staticmethod
    def _image_frame(path: Path, index: int):
        from PIL import Image

        if not path.exists():
            return None
        with Image.open(path) as img:
            img.seek(index)
            return img.convert("RGB")

    def image(self, doc_id: str | None, page_no: int | None, box: tuple | None) -> str | None:
        """Path (relative to the report) of the page region, the value's box highlighted; made
        once per (document, page, box)."""
        if not doc_id or not page_no:
            return None
        tag = hashlib.sha1(repr((doc_id, page_no, box)).encode()).hexdigest()[:10]
        name = f"{doc_id}-p{page_no}-{tag}.png"
        target = self.dir / name
        if target.exists():
            return f"evidence/{name}"
        img = self._page(doc_id, page_no)
        if img is None:
            return None
        self._draw(img, self.page_size.get((doc_id, page_no)), box).save(target, optimize=True)
        return f"evidence/{name}"

    @staticmethod
    def _draw(img, size: tuple | None, box: tuple | None):
        from PIL import ImageDraw

        img = img.copy()
        width_pt = (size or (None, None))[0] or img.width * 72 / RESOLUTION
        scale = img.width / width_pt  # pixels per PDF point
        if box:
            x0, top, x1, bottom = (v * scale for v in box)
            draw = ImageDraw.Draw(img, "RGBA")
            draw.rectangle(
                [x0 - 3, top - 3, x1 + 3, bottom + 3],
                outline=(220, 30, 30, 255),
                width=3,
                fill=(255, 230, 0, 70),
            )
            margin = CONTEXT_POINTS * scale
            img = img.crop((0, max(0, int(top - margin)), img.width, min(img.height, int(bottom + margin))))
            img.thumbnail((MAX_IMAGE_WIDTH, MAX_CROP_HEIGHT))
        else:
            img.thumbnail((MAX_IMAGE_WIDTH, MAX_PAGE_HEIGHT))
        return img

    def close(self) -> None:
        for pdf in self._files.values():
            if pdf is not None:
                pdf.close()


def _a(path: str | None, label: str, attrs: str = "") -> str:
    return f'<a class="ev" href="{_e(path)}" target="_blank"{attrs}>{label}</a>' if path else label


# --------------------------------------------------------------------------------------------
# Page furniture: style, script, tables

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1200px;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}
table.sortable th{cursor:pointer;user-select:none;background:#f4f6fa}
table.sortable th[data-dir=asc]::after{content:" ▲"}
table.sortable th[data-dir=desc]::after{content:" ▼"}
.totals{display:flex;gap:1.5rem;flex-wrap:wrap}
.totals div{background:#f4f6fa;padding:.8rem 1.2rem;border-radius:6px}
.totals b{display:block;font-size:1.3rem}
.pos-disputes{color:#b03030}.pos-accepts_full{color:#2a7a2a}.pos-accepts_partial{color:#b07a00}
.sev-error{color:#b03030;font-weight:600}.sev-warning{color:#b07a00}.sev-info{color:#666}
tr.review td{background:#fff7d6}
.review-box{border-left:4px solid #e0a800;padding:.2rem 1rem;background:#fffbea}
a.ev{text-decoration:none;border-bottom:1px dotted #4a6fa5}
.filter{margin:.4rem 0;padding:.3rem .5rem;width:20rem;max-width:100%}
.quality{color:#555;font-size:.85rem}
pre{background:#f6f6f6;padding:.6rem;overflow-x:auto;font-size:.8rem}
small{color:#666}
@media print{
 body{margin:0;max-width:none;font-size:10pt}.filter,.noprint{display:none}
 a.ev{border:none;color:inherit}h2{break-after:avoid}tr,img{break-inside:avoid}
 table.sortable th::after{content:""}.totals div{border:1px solid #ccc}
 thead{display:table-header-group}
}
"""

# Sorting (click a header; numbers by their data-sort value) and filtering (rows whose text
# holds every word typed). Plain JavaScript: works from file://, no network.
SCRIPT = """
(function(){
function cellKey(td){var s=td.getAttribute('data-sort');
 return s!==null?s:td.textContent.trim().toLowerCase();}
function sortBy(table,i,th){
 var dir=th.getAttribute('data-dir')==='asc'?'desc':'asc';
 Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.removeAttribute('data-dir');});
 th.setAttribute('data-dir',dir);
 var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
 var numeric=rows.every(function(r){var k=r.cells[i].getAttribute('data-sort');
  return k!==null&&(k===''||!isNaN(parseFloat(k)));});
 rows.sort(function(a,b){
  var x=cellKey(a.cells[i]),y=cellKey(b.cells[i]),c;
  if(numeric){x=x===''?-Infinity:parseFloat(x);y=y===''?-Infinity:parseFloat(y);c=x<y?-1:x>y?1:0;}
  else{c=x.localeCompare(y,'sv',{numeric:true});}
  return dir==='asc'?c:-c;});
 rows.forEach(function(r){body.appendChild(r);});
}
function filter(input){
 var table=document.getElementById(input.getAttribute('data-table'));
 var words=input.value.toLowerCase().split(/\\s+/).filter(Boolean),shown=0;
 Array.prototype.forEach.call(table.tBodies[0].rows,function(r){
  var t=r.textContent.toLowerCase(),ok=words.every(function(w){return t.indexOf(w)>=0;});
  r.style.display=ok?'':'none';if(ok)shown++;});
 var out=document.getElementById(input.getAttribute('data-table')+'-shown');
 if(out)out.textContent=shown;
}
document.querySelectorAll('table.sortable').forEach(function(t){
 Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){
  th.addEventListener('click',function(){sortBy(t,i,th);});});});
document.querySelectorAll('input.filter').forEach(function(inp){
 inp.addEventListener('input',function(){filter(inp);});});
})();
"""


def _page_html(title: str, body: str, lang: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{_e(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{STYLE}</style></head><body>{body}<script>{SCRIPT}</script></body></html>"
    )


def _table(table_id: str, header: list[tuple[str, bool]], rows: list[str], w: Words, sortable: bool = True) -> str:
    """A table with a head and a body; sortable tables get a filter box above them."""
    head = "".join(f"<th{' class=n' if numeric else ''}>{label}</th>" for label, numeric in header)
    cls = ' class="sortable"' if sortable else ""
    box = (
        f'<div class="noprint"><input class="filter" type="search" data-table="{table_id}" '
        f'id="{table_id}-filter" placeholder="{w["filter"]} …" aria-label="{w["filter"]}"> '
        f'<small><span id="{table_id}-shown">{len(rows)}</span> {w["rows_shown"]}</small></div>'
        if sortable
        else ""
    )
    return f'{box}<table id="{table_id}"{cls}><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


# --------------------------------------------------------------------------------------------
# The report


def build_report(out_dir: Path, input_dir: Path | None = None, lang: str = "sv") -> Path:
    out_dir = Path(out_dir)
    w = Words(lang)
    t = {p.stem: pq.read_table(p).to_pylist() for p in out_dir.glob("*.parquet")}
    if input_dir is None:
        run_info = out_dir / "interim" / "run.json"
        if run_info.exists():
            input_dir = Path(json.loads(run_info.read_text(encoding="utf-8"))["input_dir"])
    report = out_dir / "report"
    report.mkdir(parents=True, exist_ok=True)
    hl = Highlights(report, input_dir, t)
    case = Case(t)
    try:
        index_rows = []
        for resp in sorted(case.responses, key=lambda d: d["source_path"]):
            page = _response_page(resp, case, hl, w, report)
            (report / f"{resp['doc_id']}.html").write_text(page, encoding="utf-8")
            index_rows.append(_index_row(resp, case, w))
        body = _index_body(t, case, index_rows, hl, w, report)
    finally:
        hl.close()
    (report / "index.html").write_text(_page_html(w["report"], body, lang), encoding="utf-8")
    return report / "index.html"


class Case:
    """The published tables, grouped the way the report reads them."""

    def __init__(self, t: dict[str, list[dict]]):
        self.t = t
        self.documents = {d["doc_id"]: d for d in t.get("documents", []) if d["status"] != "duplicate" and d["doc_id"]}
        self.acts = _group(t.get("activities", []))
        self.checks = _group(t.get("checks", []))
        self.attachments = _group(t.get("attachments", []))
        self.links = _group(t.get("activity_invoices", []))
        self.pages = _group(t.get("pages", []))
        self.invoices = {i["doc_id"]: i for i in t.get("invoices", [])}
        self.responses = [d for d in self.documents.values() if d["kind"] == "response"]
        self.press = [d for d in self.documents.values() if d["kind"] == "press_release"]
        self.press_links = _press_links(t.get("document_links", []))
        self.children = _children(self.documents.values())
        self.evidence = readings_by_field(t.get("evidence", []))
        self.review_map = _match_reviews(self.checks, self.evidence)

    def family(self, rid: str) -> list[str]:
        """The response and the documents attached to it."""
        return [rid] + [d["doc_id"] for d in sorted(self.children.get(rid, []), key=lambda d: d["source_path"])]

    def review_checks(self, rid: str) -> list[dict]:
        return [c for did in self.family(rid) for c in self.checks.get(did, []) if c["check"] == "needs_review"]


def _press_links(document_links: list[dict]) -> dict[str, list[tuple[str, float]]]:
    """response doc_id -> (press release doc_id, score) of the releases about it."""
    out: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for x in document_links:
        if x["relation"] == "press_release_about":
            out[x["to_doc_id"]].append((x["from_doc_id"], x["score"]))
    return out


def _children(documents: Iterable[dict]) -> dict[str, list[dict]]:
    """doc_id -> the documents attached to it (a bundle's parts, a response's files)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for d in documents:
        if d.get("parent_doc_id"):
            out[d["parent_doc_id"]].append(d)
    return out


def _group(rows: list[dict]) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for r in rows:
        out[r["doc_id"]].append(r)
    return out


def _index_row(resp: dict, case: Case, w: Words) -> str:
    rid = resp["doc_id"]
    acts = case.acts.get(rid, [])
    claimed, repaid, _ = activity_totals(acts)
    n_review = len(case.review_checks(rid))
    n_checks = len(case.checks.get(rid, []))
    return (
        f'<tr><td><a href="{rid}.html">{_e(resp["source_path"])}</a></td>'
        f"<td>{_e(resp['municipality'])}</td><td>{_e(resp['doc_date'])}</td>"
        f'<td class="n"{_num(len(acts))}>{len(acts)}</td>'
        f'<td class="n"{_num(claimed)}>{w.amount(claimed)}</td>'
        f'<td class="n"{_num(repaid)}>{w.amount(repaid)}</td>'
        f'<td class="n"{_num(n_review)}>{n_review}</td>'
        f'<td class="n"{_num(n_checks)}>{n_checks}</td></tr>'
    )


def _index_body(t, case: Case, index_rows: list[str], hl: Highlights, w: Words, report: Path) -> str:
    n_inv = len(case.invoices)
    review = [c for c in t.get("checks", []) if c["check"] == "needs_review"]
    template = _write_template(report, TEMPLATE_NAME, review, case, w)
    header = [
        (w["response"], False),
        (w["municipality"], False),
        (w["date"], False),
        (w["activities"].lower(), True),
        (w["claimed"], True),
        (w["accepted"], True),
        (w["review_first"].lower(), True),
        (w["checks"].lower(), True),
    ]
    docs = [_document_row(d, case, w) for d in sorted(case.documents.values(), key=lambda d: d["source_path"])]
    return (
        f"<h1>{w['report']}</h1><p><small>{len(t.get('documents', []))} {w['files']} · "
        f"{len(case.responses)} {w['responses'].lower()} · {n_inv} {w['invoices']} · "
        f"{len(case.press)} {w['press'].lower()}</small></p>"
        + (
            f'<p class="review-box">{len(review)} × {w.check("needs_review")} · <a href="{template}" download>{w["template"]}</a></p>'
            if review and template
            else ""
        )
        + f"<h2>{w['responses']}</h2>"
        + _table("responses", header, index_rows, w)
        + f"<h2>{w['all_documents']}</h2>"
        + _table("documents", [(w["file"], False), (w["kind"], False), (w["quality"], False)], docs, w)
        + _press_section(case, w)
        + _unreadable_section(t.get("documents", []), w)
    )


def _press_section(case: Case, w: Words) -> str:
    """The press releases among the inputs, if any."""
    rows = [
        f"<tr><td>{_e(p['title'])}</td><td>{_e(p['municipality'])}</td><td>{_e(p['doc_date'])}</td><td>{_e(p['source_path'])}</td></tr>"
        for p in sorted(case.press, key=lambda d: d["source_path"])
    ]
    if not rows:
        return ""
    header = [(w["title"], False), (w["municipality"], False), (w["date"], False), (w["file"], False)]
    return f"<h2>{w['press']}</h2>" + _table("press", header, rows, w)


def _unreadable_section(documents: list[dict], w: Words) -> str:
    """The documents that failed or were read only in part, if any."""
    rows = [
        f"<tr><td>{_e(d['source_path'])}</td><td>{_e(d['status'])}</td><td>{_e(d['error'])}</td></tr>"
        for d in documents
        if d["status"] in ("failed", "partial")
    ]
    if not rows:
        return ""
    header = [(w["file"], False), (w["status"], False), (w["why"], False)]
    return f"<h2>{w['unreadable']}</h2>" + _table("failed", header, rows, w, sortable=False)


def quality_line(doc: dict, pages: list[dict], w: Words) -> str:
    """How a document was read: text layer or OCR (with its mean confidence), the text's
    quality, and what could not be read."""
    parts = [_reading_part(doc, pages, w)]
    if doc.get("text_quality") is not None:
        parts.append(f"{w['text_quality']} {w.share(doc['text_quality'])}")
    parts.append(_coverage_part(doc, pages, w))
    return " · ".join(_e(x) if "<" not in x else x for x in parts if x is not None)


def _reading_part(doc: dict, pages: list[dict], w: Words) -> str | None:
    """Read from the text layer, or by OCR on how many pages and how sure."""
    ocr = [p for p in pages if p["source"] == "ocr"]
    n = doc.get("page_count") or len(pages)
    if not ocr:
        return f"{w['text_layer']}, {w.pages(n)}" if pages else None
    confs = [p["ocr_confidence"] for p in ocr if p.get("ocr_confidence") is not None]
    mean = sum(confs) / len(confs) if confs else None
    return f"{w['ocr']} {len(ocr)}/{w.pages(n)}" + (f", {w['ocr_conf']} {w.share(mean)}" if mean is not None else "")


def _coverage_part(doc: dict, pages: list[dict], w: Words) -> str:
    """What could not be read: the document's failure, its empty pages, or nothing."""
    if doc.get("status") in ("failed", "partial"):
        return f"{w['not_read']}: {_e(doc.get('error') or doc['status'])}"
    empty = [str(p["page_no"]) for p in pages if not (p.get("text") or "").strip()]
    return f"{w['empty_pages']}: {', '.join(empty)}" if empty else w["all_read"]


def _document_row(d: dict, case: Case, w: Words) -> str:
    return (
        f"<tr><td>{_e(d['source_path'])}</td><td>{_e(w.kind(d['kind']))}</td>"
        f'<td class="quality">{quality_line(d, case.pages.get(d["doc_id"], []), w)}</td></tr>'
    )


# --------------------------------------------------------------------------------------------
# One response


def _response_page(resp: dict, case: Case, hl: Highlights, w: Words, report: Path) -> str:
    rid = resp["doc_id"]
    acts = case.acts.get(rid, [])
    chart = _chart_section(acts, report, f"chart-{rid}.svg", w)
    review = case.review_checks(rid)
    template = _write_template(report, f"corrections-{rid}.csv", review, case, w)
    return _page_html(
        resp["title"] or resp["source_path"],
        (
            _response_head(resp, case, w)
            + _totals_box(acts, w)
            + _review_section(review, template, case, hl, w)
            + chart
            + f"<h2>{w['activities']}</h2>"
            + _activity_table(rid, acts, case, hl, w, review)
            + f"<p><small>* {w['no_file']}. {w['click']}</small></p>"
            + f"<h2>{w['checks']}</h2>"
            + _check_table(rid, case, hl, w)
            + _corrections_section(rid, case, w)
            + _case_documents_section(rid, case, w)
            + _press_about_section(rid, case, w)
        ),
        w.lang,
    )


def _response_head(resp: dict, case: Case, w: Words) -> str:
    """Back link, title, who wrote to whom and when, the file and how it was read."""
    return (
        f'<p class="noprint"><a href="index.html">{w["back"]}</a></p>'
        f"<h1>{_e(resp['title'])}</h1>"
        f"<p>{_e(resp['issuer'])} {w['to']} {_e(resp['addressee'])}, {_e(resp['doc_date'])} · "
        f"{_e(resp['source_path'])} · {resp['page_count']} {w['pages']}</p>"
        f'<p class="quality">{w["quality"]}: {quality_line(resp, case.pages.get(resp["doc_id"], []), w)}'
        "</p>"
    )


def _totals_box(acts: list[dict], w: Words) -> str:
    claimed, repaid, disputed = activity_totals(acts)
    return (
        f'<div class="totals">'
        f'<div>{w["claimed"]}<b id="total-claimed">{w.amount(claimed)}</b></div>'
        f'<div>{w["accepted"]}<b id="total-accepted">{w.amount(repaid)}</b></div>'
        f'<div>{w["disputed"]}<b id="total-disputed">{w.amount(disputed)}</b></div>'
        f'<div>{w["activities"].lower()}<b id="activity-count">{len(acts)}</b></div></div>'
    )


def _chart_section(acts: list[dict], report: Path, chart: str, w: Words) -> str:
    """The claimed and accepted amounts per activity as a chart (drawn into `chart`), if any."""
    if not acts:
        return ""
    _chart(acts, report / chart, w)
    return f'<h2>{w["chart"]}</h2><img src="{chart}" alt="{w["chart"]}" width="100%">'


def _case_documents_section(rid: str, case: Case, w: Words) -> str:
    """The response and the documents attached to it, with how each was read."""
    rows = [_document_row(case.documents[d], case, w) for d in case.family(rid) if d in case.documents]
    header = [(w["file"], False), (w["kind"], False), (w["quality"], False)]
    return f"<h2>{w['documents']}</h2>" + _table("case-documents", header, rows, w, sortable=False)


def _press_about_section(rid: str, case: Case, w: Words) -> str:
    press = "".join(_press_item(case.documents[p], s, w) for p, s in case.press_links.get(rid, []) if p in case.documents)
    return f"<h2>{w['press_about']}</h2><ul>{press}</ul>" if press else ""


def _press_item(doc: dict, score: float, w: Words) -> str:
    when = doc["doc_date"] or w["undated"]
    return f"<li>{_e(doc['title'])} <small>({_e(when)}, {w['score']} {w.decimal(score)})</small></li>"


def _review_section(review: list[dict], template: str | None, case: Case, hl: Highlights, w: Words) -> str:
    """The doubtful values, first: the reading, its competitors, its confidence, its place."""
    if not review:
        return f"<h2>{w['review_first']}</h2><p>{w['none_to_review']}</p>"
    # the least sure first
    review = sorted(review, key=lambda c: (_review_reading(c, case) or {}).get("confidence") or 0.0)
    rows = [_review_row(c, case, hl, w) for c in review]
    header = [
        (w["row"], False),
        (w["field"], False),
        (w["value"], False),
        (w["readings"], False),
        (w["confidence"], True),
    ]
    return (
        f"<h2>{w['review_first']}</h2><div class=review-box><p>{w['review_intro']}</p>"
        + (f'<p><a href="{template}" download>{w["template"]}</a></p>' if template else "")
        + "</div>"
        + _table("review", header, rows, w)
    )


def _review_row(c: dict, case: Case, hl: Highlights, w: Words) -> str:
    """A doubtful value: where it is, the reading shown (linked to its place), the other
    readings and the confidence."""
    ev = _review_reading(c, case) or {}
    value = _e(shown(w, c["actual"]))
    link = hl.link(value, ev["doc_id"], ev["table"], ev["key"], ev["field"], c["page"]) if ev else value
    conf = ev.get("confidence")
    others = " | ".join(shown(w, x) for x in (c["expected"] or "").split(READING_SEPARATOR) if x)
    return (
        f'<tr class="review"><td>{_e(_review_where(c, ev, case, w))}</td><td>{_e(w.field(ev.get("field", "")))}</td>'
        f"<td>{link}</td><td>{_e(others)}</td>"
        f'<td class="n"{_num(conf)}>{w.decimal(conf)}</td></tr>'
    )


def _review_where(c: dict, ev: dict, case: Case, w: Words) -> str:
    """The row a doubtful value belongs to: an invoice by its number, else the row's key."""
    if ev.get("table") == "invoices":
        number = (case.invoices.get(ev["key"]) or {}).get("invoice_number") or ""
        return f"{w.table('invoices')} {number}"
    return f"{w.table(ev.get('table'))} {ev.get('key') or c['activity_no'] or ''}"


def _review_reading(check: dict, case: Case) -> dict | None:
    """The evidence row a needs_review check was raised for."""
    return case.review_map.get(id(check))


def _match_reviews(checks: dict[str, list[dict]], evidence: dict) -> dict[int, dict]:
    """Pair each needs_review check with the field it names. Both are in field order within a
    document (pipeline.confidence writes them so), so one forward scan pairs them, even where
    two fields on a page read the same value."""
    fields_by_doc: dict[str, list[list[dict]]] = defaultdict(list)
    for key in sorted(evidence):
        fields_by_doc[key[0]].append(evidence[key])
    out: dict[int, dict] = {}
    for doc_id, rows in checks.items():
        groups, j = fields_by_doc.get(doc_id, []), 0
        for c in (c for c in rows if c["check"] == "needs_review"):
            while j < len(groups) and not _names(c, groups[j][0]):
                j += 1
            if j < len(groups):
                out[id(c)] = groups[j][0]
                j += 1
    return out


def _names(check: dict, top: dict) -> bool:
    return (
        top["value"] == check["actual"]
        and top["page"] == check["page"]
        and (check["activity_no"] is None or top["key"] == check["activity_no"])
    )


def _activity_table(rid: str, acts: list[dict], case: Case, hl: Highlights, w: Words, review: list[dict]) -> str:
    doubtful = {c["activity_no"] for c in review if c["activity_no"]}
    ordered = sorted(acts, key=lambda a: a["activity_no"] not in doubtful)  # doubtful first, stable
    rows = [_activity_row(rid, a, case, hl, w, a["activity_no"] in doubtful) for a in ordered]
    header = [
        ("#", False),
        (w["activity"], False),
        (w["claimed"], True),
        (w["position"], False),
        (w["repayment"], True),
        (w["reasons"], False),
        (w["attachments"], False),
        (w["invoices"], False),
    ]
    return _table("activities", header, rows, w)


def _activity_row(rid: str, a: dict, case: Case, hl: Highlights, w: Words, doubtful: bool) -> str:
    n = a["activity_no"]
    claimed = hl.link(
        w.amount(a["claimed_amount_sek"]),
        rid,
        "activities",
        n,
        "claimed_amount_sek",
        a["page_start"],
    )
    pos = a["municipality_position"]
    position = hl.link(
        f'<span class="pos-{_e(pos)}">{_e(w.position(pos))}</span>',
        rid,
        "activities",
        n,
        "municipality_position",
        a["position_page"] or a["page_start"],
    )
    repay = hl.link(
        w.amount(a["repayment_amount_sek"]),
        rid,
        "activities",
        n,
        "repayment_amount_sek",
        a["position_page"] or a["page_start"],
    )
    atts = _activity_attachments(case.attachments.get(rid, []), n)
    invs = [_invoice_cell(x, case, hl, w) for x in case.links.get(rid, []) if x["activity_no"] == n]
    reasons = "; ".join(_e(w.reason(r)) for r in (a["agency_reasons"] or []))
    pages = f"{w['page']} {a['page_start']}–{a['page_end']}"
    return (
        f'<tr{" class=review" if doubtful else ""}><td data-sort="{_sort_no(n)}">{_e(n)}</td>'
        f"<td>{_e(a['title'])}<br><small>{pages}</small></td>"
        f'<td class="n"{_num(a["claimed_amount_sek"])}>{claimed}</td>'
        f"<td>{position}</td>"
        f'<td class="n"{_num(a["repayment_amount_sek"])}>{repay}</td>'
        f"<td>{reasons}</td><td>{atts}</td><td>{'<br>'.join(invs)}</td></tr>"
    )


def _activity_attachments(attachments: list[dict], activity_no: str) -> str:
    """The activity's attachment ids, each starred where no file for it was supplied."""
    return ", ".join(
        _e(x["attachment_id"]) + ("" if x["file_doc_id"] else "<small>*</small>") for x in attachments if x["activity_no"] == activity_no
    )


def _sort_no(n: str) -> str:
    """'2.4' sorts as 2.4, '12' after '9'; letters keep their place after the number."""
    m = re.match(r"\d+(?:\.\d+)?", n or "")
    return m.group(0) if m else ""


def _invoice_cell(x: dict, case: Case, hl: Highlights, w: Words) -> str:
    amounts = ""
    inv_doc = x["invoice_doc_id"]
    if inv_doc and x["net_amount"] is not None:
        page = (case.invoices.get(inv_doc) or {}).get("page") or 1
        net = hl.link(w.amount(x["net_amount"]), inv_doc, "invoices", inv_doc, "net_amount", page)
        tot = hl.link(w.amount(x["total_amount"]), inv_doc, "invoices", inv_doc, "total_amount", page)
        amounts = f" <small>{w['net']}</small> {net} <small>{w['total']}</small> {tot}"
    return f"{_e(x['invoice_number'])}{amounts} <small>({_e(w.via(x['via']))})</small>"


def _check_table(rid: str, case: Case, hl: Highlights, w: Words) -> str:
    checks = [c for did in case.family(rid) for c in case.checks.get(did, [])]
    checks.sort(key=lambda c: (c["check"] != "needs_review", SEVERITY_ORDER.get(c["severity"], 3), c["check"]))
    rows = [_check_row(c, rid, case, hl, w) for c in checks]
    header = [
        (w["severity"], False),
        (w["check"], False),
        (w["activity"], False),
        (w["finding"], False),
    ]
    return _table("checks", header, rows, w)


def _check_row(c: dict, rid: str, case: Case, hl: Highlights, w: Words) -> str:
    sev = c["severity"]
    return (
        f"<tr{' class=review' if c['check'] == 'needs_review' else ''}>"
        f'<td class="sev-{_e(sev)}" data-sort="{SEVERITY_ORDER.get(sev, 3)}">'
        f"{_e(w.severity(sev))}</td>"
        f"<td>{_e(w.check(c['check']))}<br><small>{_e(c['check'])}</small></td>"
        f'<td data-sort="{_sort_no(c["activity_no"] or "")}">{_e(c["activity_no"])}</td>'
        f'<td title="{_e(c["message"])}">{_finding_link(c, rid, case, hl, w)}</td></tr>'
    )


def _check_target(c: dict, rid: str, case: Case) -> tuple[str, str, str, str]:
    """(doc_id, table, key, field) of the value a finding is about: the field a needs_review
    check names, else an activity's claimed amount or an invoice's total."""
    ev = _review_reading(c, case) if c["check"] == "needs_review" else None
    if ev:
        return ev["doc_id"], ev["table"], ev["key"], ev["field"]
    doc = c["doc_id"] or rid
    if c["activity_no"]:
        return doc, "activities", c["activity_no"], "claimed_amount_sek"
    return doc, "invoices", doc, "total_amount"


def _finding_link(c: dict, rid: str, case: Case, hl: Highlights, w: Words) -> str:
    """The finding, linked to its value's highlight; to its page alone where the finding is
    about another page than the one the value was read on."""
    doc, table, key, field = _check_target(c, rid, case)
    page = c["page"] or _check_page(c, case)
    reading = hl.reading(doc, table, key, field)
    if reading and page and reading["page"] != page:
        return _a(hl.image(doc, page, None), _e(finding(w, c)))
    return hl.link(_e(finding(w, c)), doc, table, key, field, page)


def _check_page(c: dict, case: Case) -> int | None:
    acts = {a["activity_no"]: a for a in case.acts.get(c["doc_id"], [])}
    a = acts.get(c["activity_no"] or "")
    return a["page_start"] if a else None


def _corrections_section(rid: str, case: Case, w: Words) -> str:
    family = set(case.family(rid))
    rows = [c for c in case.t.get("corrections", []) if c.get("doc_id") in family]
    if not rows:
        return ""
    body = [
        f"<tr><td>{_e(w.table(c['table']))} {_e(c['key'])}</td><td>{_e(w.field(c['field']))}</td>"
        f"<td>{_e(c['value'])}</td><td>{_e(shown(w, c['previous_value']))}</td>"
        f"<td>{_e(w.status(c['status']))}</td>"
        f"<td>{_e(c['reviewer'])}</td><td>{_e(c.get('message') or c.get('note'))}</td></tr>"
        for c in rows
    ]
    header = [
        (w["row"], False),
        (w["field"], False),
        (w["value"], False),
        (w["previous"], False),
        (w["status"], False),
        (w["reviewer"], False),
        (w["why"], False),
    ]
    return f"<h2>{w['corrections']}</h2>" + _table("corrections", header, body, w, sortable=False)


def _write_template(report: Path, name: str, review: list[dict], case: Case, w: Words) -> str | None:
    """A corrections.csv with a row for each doubtful value, its current reading filled in: the
    reviewer edits `value` (a row left as it is comes back `stale`) and adds a note."""
    if not review:
        return None
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(TEMPLATE_COLUMNS)
    for c in review:
        ev = _review_reading(c, case)
        if not ev:
            continue
        doc = case.documents.get(ev["doc_id"], {})
        note = f"{w['readings']}: {c['expected']}" if c["expected"] else ""
        out.writerow(
            [
                doc.get("sha256") or "",
                ev["doc_id"],
                ev["table"],
                ev["key"],
                ev["field"],
                ev["value"] or "",
                note,
                "",
                "",
            ]
        )
    (report / name).write_text(buf.getvalue(), encoding="utf-8")
    return name


def _chart(acts: list[dict], target: Path, w: Words) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    nums = [a["activity_no"] for a in acts]
    claimed = [float(a["claimed_amount_sek"] or 0) / 1000 for a in acts]  # drawing only
    repaid = [float(a["repayment_amount_sek"] or 0) / 1000 for a in acts]
    fig, ax = plt.subplots(figsize=(10, 3.6))
    xs = range(len(nums))
    ax.bar([x - 0.2 for x in xs], claimed, width=0.4, label=w["claimed"], color="#4a6fa5")
    ax.bar([x + 0.2 for x in xs], repaid, width=0.4, label=w["accepted"], color="#e07a1f")
    ax.set_xticks(list(xs), nums)
    ax.set_xlabel(w["activity"])
    ax.set_ylabel(w["thousand"])
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(target, format="svg", metadata={"Date": None})
    plt.close(fig)
