"""The auditor's view: static HTML pages from the published tables, with evidence images (the page
region a value came from, its box highlighted). Opens from disk, no network."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq

RESOLUTION = 80  # dpi of evidence images: enough to read, small enough to keep


def _kr(v) -> str:
    if v is None:
        return "–"
    return f"{Decimal(v):,.2f}".replace(",", "\u00a0").replace(".", ",") + "\u00a0kr"  # no-break spaces


def _e(s) -> str:
    return html.escape("" if s is None else str(s))


class Evidence:
    """Page images rendered once per (document, page) with pdfplumber, crops with the box drawn."""

    def __init__(self, report_dir: Path, input_dir: Path | None, documents: dict[str, dict]):
        self.dir = report_dir / "evidence"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.input_dir = input_dir
        self.documents = documents
        self._pdfs: dict = {}
        self._pages: dict = {}

    def _page(self, doc_id: str, page_no: int):
        key = (doc_id, page_no)
        if key in self._pages:
            return self._pages[key]
        img = None
        doc = self.documents.get(doc_id)
        if doc and self.input_dir and doc["media_type"] == "application/pdf":
            import pdfplumber

            rel, before = doc["source_path"], 0
            if doc.get("container_doc_id"):  # a bundle's part: its pages stand in the file
                rel, before = rel.rsplit("#pages=", 1)[0], (doc.get("first_page") or 1) - 1
            path = self.input_dir / rel
            if path.exists():
                if doc_id not in self._pdfs:
                    self._pdfs[doc_id] = pdfplumber.open(path)
                pdf = self._pdfs[doc_id]
                if 1 <= page_no + before <= len(pdf.pages):
                    page = pdf.pages[page_no + before - 1]
                    img = (page, page.to_image(resolution=RESOLUTION).original.convert("RGB"))
        self._pages[key] = img
        return img

    def locate(self, doc_id: str, page_no: int | None, text: str | None) -> tuple | None:
        """The box of a phrase on a page (its first words), from pdfplumber's search."""
        if not text or not page_no:
            return None
        got = self._page(doc_id, page_no)
        if not got:
            return None
        words = text.split()
        for n in (6, 4, 3):
            phrase = " ".join(words[:n])
            if not phrase:
                return None
            hits = got[0].search(re.escape(phrase), regex=True, case=True)
            if hits:
                h = hits[0]
                return (h["x0"], h["top"], h["x1"], h["bottom"])
        return None

    def image(self, key: str, doc_id: str, page_no: int | None, box: tuple | None) -> str | None:
        """Path (relative to the report) of the evidence image, made once per key."""
        if not page_no:
            return None
        name = re.sub(r"[^\w.-]", "_", key) + ".png"
        target = self.dir / name
        if target.exists():
            return f"evidence/{name}"
        got = self._page(doc_id, page_no)
        if not got:
            return None
        from PIL import ImageDraw

        page, img = got
        scale = RESOLUTION / 72
        img = img.copy()
        if box and all(v is not None for v in box):
            x0, top, x1, bottom = (v * scale for v in box)
            draw = ImageDraw.Draw(img, "RGBA")
            draw.rectangle([x0 - 3, top - 3, x1 + 3, bottom + 3], outline=(220, 30, 30, 255), width=3,
                           fill=(255, 230, 0, 70))
            top_crop = max(0, int(top - 120 * scale))
            img = img.crop((0, top_crop, img.width, min(img.height, int(bottom + 120 * scale))))
        img.save(target, optimize=True)
        return f"evidence/{name}"

    def close(self) -> None:
        for pdf in self._pdfs.values():
            pdf.close()


def _link(path: str | None, label: str) -> str:
    return f'<a class="ev" href="{_e(path)}" target="_blank">{label}</a>' if path else label


def _chart(acts: list[dict], target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    nums = [a["activity_no"] for a in acts]
    claimed = [float(a["claimed_amount_sek"] or 0) / 1000 for a in acts]
    repaid = [float(a["repayment_amount_sek"] or 0) / 1000 for a in acts]
    fig, ax = plt.subplots(figsize=(10, 3.6))
    xs = range(len(nums))
    ax.bar([x - 0.2 for x in xs], claimed, width=0.4, label="claimed", color="#4a6fa5")
    ax.bar([x + 0.2 for x in xs], repaid, width=0.4, label="accepted for repayment", color="#e07a1f")
    ax.set_xticks(list(xs), nums)
    ax.set_xlabel("activity")
    ax.set_ylabel("thousand kronor")
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(target, format="svg")
    plt.close(fig)


STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right;white-space:nowrap}
.totals{display:flex;gap:1.5rem;flex-wrap:wrap}.totals div{background:#f4f6fa;padding:.8rem 1.2rem;border-radius:6px}
.totals b{display:block;font-size:1.3rem}.pos-disputes{color:#b03030}.pos-accepts_full{color:#2a7a2a}.pos-accepts_partial{color:#b07a00}
.sev-error{color:#b03030;font-weight:600}.sev-warning{color:#b07a00}.sev-info{color:#666}
a.ev{text-decoration:none;border-bottom:1px dotted #4a6fa5}
small{color:#666}
"""


def _page_html(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{STYLE}</style></head><body>{body}</body></html>")


def build_report(out_dir: Path, input_dir: Path | None = None) -> Path:
    out_dir = Path(out_dir)
    t = {p.stem: pq.read_table(p).to_pylist() for p in out_dir.glob("*.parquet")}
    if input_dir is None:
        run_info = out_dir / "interim" / "run.json"
        if run_info.exists():
            input_dir = Path(json.loads(run_info.read_text(encoding="utf-8"))["input_dir"])
    report = out_dir / "report"
    report.mkdir(parents=True, exist_ok=True)
    documents = {d["doc_id"]: d for d in t["documents"] if d["status"] != "duplicate" and d["doc_id"]}
    ev = Evidence(report, input_dir, documents)
    by = lambda table: _group(t.get(table, []))  # noqa: E731
    acts_by, money_by, checks_by = by("activities"), by("money"), by("checks")
    att_by, links_by = by("attachments"), by("activity_invoices")
    invoices = {i["doc_id"]: i for i in t.get("invoices", [])}
    invoice_money = _group_invoice_money(t.get("money", []))
    responses = [d for d in documents.values() if d["kind"] == "response"]
    press = [d for d in documents.values() if d["kind"] == "press_release"]
    press_links = defaultdict(list)
    for x in t.get("document_links", []):
        if x["relation"] == "press_release_about":
            press_links[x["to_doc_id"]].append((x["from_doc_id"], x["score"]))
    index_rows = []
    try:
        for resp in sorted(responses, key=lambda d: d["source_path"]):
            rid = resp["doc_id"]
            acts = acts_by.get(rid, [])
            page = _response_page(resp, acts, money_by.get(rid, []), checks_by.get(rid, []), att_by.get(rid, []),
                                  links_by.get(rid, []), invoices, invoice_money, press_links.get(rid, []), documents,
                                  ev, report)
            (report / f"{rid}.html").write_text(page, encoding="utf-8")
            claimed = sum((a["claimed_amount_sek"] or Decimal(0) for a in acts), Decimal(0))
            repaid = sum((a["repayment_amount_sek"] or Decimal(0) for a in acts), Decimal(0))
            index_rows.append(f'<tr><td><a href="{rid}.html">{_e(resp["source_path"])}</a></td><td>{_e(resp["municipality"])}</td>'
                              f'<td>{_e(resp["doc_date"])}</td><td class="n">{len(acts)}</td><td class="n">{_kr(claimed)}</td>'
                              f'<td class="n">{_kr(repaid)}</td><td class="n">{len(checks_by.get(rid, []))}</td></tr>')
    finally:
        ev.close()
    press_rows = "".join(f'<tr><td>{_e(p["title"])}</td><td>{_e(p["municipality"])}</td><td>{_e(p["doc_date"])}</td>'
                         f'<td>{_e(p["source_path"])}</td></tr>' for p in sorted(press, key=lambda d: d["source_path"]))
    failed = "".join(f'<tr><td>{_e(d["source_path"])}</td><td>{_e(d["status"])}</td><td>{_e(d["error"])}</td></tr>'
                     for d in t["documents"] if d["status"] in ("failed", "partial"))
    body = (f"<h1>granttrail audit report</h1><p><small>{len(t['documents'])} files · {len(responses)} responses · "
            f"{len(invoices)} invoices · {len(press)} press releases</small></p>"
            "<h2>Responses</h2><table><tr><th>response</th><th>municipality</th><th>date</th><th class=n>activities</th>"
            f"<th class=n>claimed</th><th class=n>accepted</th><th class=n>checks</th></tr>{''.join(index_rows)}</table>"
            f"<h2>Press releases</h2><table><tr><th>title</th><th>municipality</th><th>date</th><th>file</th></tr>{press_rows}</table>"
            + (f"<h2>Files that could not be read</h2><table><tr><th>file</th><th>status</th><th>why</th></tr>{failed}</table>"
               if failed else ""))
    (report / "index.html").write_text(_page_html("granttrail audit report", body), encoding="utf-8")
    return report / "index.html"


def _group(rows: list[dict]) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for r in rows:
        out[r["doc_id"]].append(r)
    return out


def _group_invoice_money(rows: list[dict]) -> dict[tuple[str, Decimal], dict]:
    return {(r["doc_id"], r["value"]): r for r in rows if r["role"] == "invoice"}


def _money_box(m: dict | None) -> tuple | None:
    return (m["x0"], m["top"], m["x1"], m["bottom"]) if m and m["x0"] is not None else None


def _response_page(resp, acts, money, checks, attachments, links, invoices, invoice_money, press, documents, ev, report) -> str:
    rid = resp["doc_id"]
    claimed = sum((a["claimed_amount_sek"] or Decimal(0) for a in acts), Decimal(0))
    repaid = sum((a["repayment_amount_sek"] or Decimal(0) for a in acts), Decimal(0))
    disputed = sum((a["claimed_amount_sek"] or Decimal(0) for a in acts if a["municipality_position"] == "disputes"), Decimal(0))
    chart = f"chart-{rid}.svg"
    if acts:
        _chart(acts, report / chart)
    heading_money = {m["activity_no"]: m for m in money if m["role"] == "heading"}
    rows = []
    for a in acts:
        n = a["activity_no"]
        hm = heading_money.get(n)
        claimed_link = _link(ev.image(f"{rid}-claimed-{n}", rid, hm["page"] if hm else a["page_start"], _money_box(hm)),
                             _kr(a["claimed_amount_sek"]))
        pos_box = ev.locate(rid, a["position_page"], a["position_evidence"])
        pos_img = ev.image(f"{rid}-position-{n}", rid, a["position_page"], pos_box)
        position = _link(pos_img, f'<span class="pos-{_e(a["municipality_position"])}">{_e(a["municipality_position"])}</span>')
        rep = a["repayment_amount_sek"]
        rep_m = next((m for m in money if m["activity_no"] == n and m["value"] == rep and m["role"] == "body"), None)
        rep_html = _link(ev.image(f"{rid}-repay-{n}", rid, rep_m["page"], _money_box(rep_m)), _kr(rep)) if rep_m else \
            (claimed_link if a["municipality_position"] == "accepts_full" else _kr(rep))
        atts = ", ".join(_e(x["attachment_id"]) + ("" if x["file_doc_id"] else "<small>*</small>")
                         for x in attachments if x["activity_no"] == n)
        invs = []
        for x in links:
            if x["activity_no"] != n:
                continue
            amounts = ""
            if x["invoice_doc_id"] and x["net_amount"] is not None:
                inv_doc = x["invoice_doc_id"]
                nm = invoice_money.get((inv_doc, x["net_amount"]))
                tm = invoice_money.get((inv_doc, x["total_amount"]))
                net = _link(ev.image(f"{inv_doc}-net", inv_doc, nm["page"] if nm else 1, _money_box(nm)), _kr(x["net_amount"]))
                tot = _link(ev.image(f"{inv_doc}-total", inv_doc, tm["page"] if tm else 1, _money_box(tm)), _kr(x["total_amount"]))
                amounts = f" <small>net</small> {net} <small>total</small> {tot}"
            invs.append(f"{_e(x['invoice_number'])}{amounts} <small>({_e(x['via'])})</small>")
        rows.append(f"<tr><td>{_e(n)}</td><td>{_e(a['title'])}<br><small>p. {a['page_start']}–{a['page_end']}</small></td>"
                    f"<td class=n>{claimed_link}</td><td>{position}</td><td class=n>{rep_html}</td>"
                    f"<td>{_e(', '.join(a['agency_reasons'] or []))}</td><td>{atts}</td><td>{'<br>'.join(invs)}</td></tr>")
    check_rows = []
    order = {"error": 0, "warning": 1, "info": 2}
    for k, c in enumerate(sorted(checks, key=lambda c: (order.get(c["severity"], 3), c["check"]))):
        hm = heading_money.get(c["activity_no"]) if c["activity_no"] else None
        page = c["page"] or (hm["page"] if hm else None)
        box = _money_box(hm) if hm and hm["page"] == page else None
        img = ev.image(f"{rid}-check-{k}", rid, page, box)
        check_rows.append(f'<tr><td class="sev-{_e(c["severity"])}">{_e(c["severity"])}</td><td>{_e(c["check"])}</td>'
                          f"<td>{_e(c['activity_no'])}</td><td>{_link(img, _e(c['message']))}</td></tr>")
    press_rows = "".join(f"<li>{_e(documents[p]['title'])} <small>({_e(documents[p]['doc_date'] or 'undated')}, "
                         f"score {s:.2f})</small></li>"
                         for p, s in press if p in documents)
    body = (f'<p><a href="index.html">← all responses</a></p><h1>{_e(resp["title"])}</h1>'
            f"<p>{_e(resp['issuer'])} to {_e(resp['addressee'])}, {_e(resp['doc_date'])} · {_e(resp['source_path'])} · "
            f"{resp['page_count']} pages</p>"
            f'<div class="totals"><div>claimed<b id="total-claimed">{_kr(claimed)}</b></div>'
            f'<div>accepted for repayment<b id="total-accepted">{_kr(repaid)}</b></div>'
            f'<div>disputed<b id="total-disputed">{_kr(disputed)}</b></div>'
            f'<div>activities<b id="activity-count">{len(acts)}</b></div></div>'
            + (f'<h2>Claimed and accepted per activity</h2><img src="{chart}" alt="claimed and repaid per activity" width="100%">'
               if acts else "")
            + "<h2>Activities</h2><table id=activities><tr><th>#</th><th>activity</th><th class=n>claimed</th><th>position</th>"
            "<th class=n>repayment</th><th>agency's reasons</th><th>attachments</th><th>invoices</th></tr>"
            f"{''.join(rows)}</table><p><small>* listed, no file supplied. Click an amount, position or finding to see "
            "it on its page.</small></p>"
            f"<h2>Checks</h2><table id=checks><tr><th>severity</th><th>check</th><th>activity</th><th>finding</th></tr>"
            f"{''.join(check_rows)}</table>"
            + (f"<h2>Press releases about this case</h2><ul>{press_rows}</ul>" if press_rows else ""))
    return _page_html(resp["title"] or resp["source_path"], body)
