"""Labelled lines for the activity-heading model: every text-layer response with gold, its lines
through the pipeline's own ingest (the page model: lines with boxes), each line's layout and shape
features (pipeline.line_features) and whether it opens an activity.

    PYTHONPATH=$PWD python benchmarks/heading_data.py [--out models/headings/lines.jsonl]

Labels come from the gold: an activity's title is looked up on its page_start page with rapidfuzz;
the line that opens it (the first line that matches the title, or its first half where the
heading wraps) is a heading, every other line is not. Where the title is found on no line of its
page the document keeps its lines unlabelled-as-heading but is skipped: a miss would teach the
model a heading is no heading.

Table-form responses (a case whose name starts with "table" or "sheet", or whose headings match
lines holding two amounts or more: a table's row) are left out: the tables helper reads them as
tables; the model is for prose lines. OCR'd scans are left out (their gold's pages map to a scan;
the model's features are the same on OCR boxes, and scans are scored end to end instead).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rapidfuzz import fuzz

from pipeline.ingest import Line, ingest_bytes
from pipeline.line_features import FEATURE_NAMES, as_vector, line_features
from pipeline.structure import flow
from pipeline.swedish import find_money

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "headings" / "lines.jsonl"
TITLE_MATCH = 86  # rapidfuzz partial ratio at which a line names the gold title
MIN_MATCH_CHARS = 8  # a shorter line (a lone number) names no title by itself
TABLE_CASE_PREFIXES = ("table", "sheet", "form", "matrix")  # read as tables and forms, by their own readers
TEXT_CHARS = 40  # the line's opening, kept to read the labels by eye
SHARED_CORPUS = Path("/work/shared/corpus")
SHARED_GOLD = Path("/work/shared/gold/botkyrka-2025.json")


def gold_sets() -> list[tuple[str, str, Path, Path]]:
    """(corpus, case, folder, gold file) of every gold file under tests/data and the shared corpus."""
    out = []
    for gold in sorted((ROOT / "tests" / "data").rglob("gold.json")):
        rel = gold.parent.relative_to(ROOT / "tests" / "data")
        corpus = rel.parts[0] if len(rel.parts) > 1 else "data"
        out.append((corpus, str(rel), gold.parent, gold))
    if SHARED_GOLD.exists():
        out.append(("shared", "botkyrka-2025", SHARED_CORPUS / "botkyrka-2025", SHARED_GOLD))
    return out


def _find(folder: Path, name: str) -> Path | None:
    hits = [p for p in folder.rglob("*") if p.is_file() and p.name == name]
    return hits[0] if hits else None


def _label_line(lines: list[Line], act: dict) -> int | None:
    """The index of the line that opens the activity on its page, or None when none matches."""
    title = str(act.get("title") or "").lower()
    page = act.get("page_start")
    if not title:
        return None
    best: tuple[float, int] | None = None
    for i, ln in enumerate(lines):
        text = ln.text.strip().lower()
        if (page and ln.page_no != page) or len(text) < MIN_MATCH_CHARS:
            continue
        score = fuzz.partial_ratio(title, text)
        if score >= TITLE_MATCH and (best is None or score > best[0]):
            best = (score, i)
    if best is None:
        return None
    k = best[1]
    while k > 0 and _wraps_onto(lines[k - 1], lines[k]) and fuzz.partial_ratio(title, lines[k - 1].text.strip().lower()) >= TITLE_MATCH:
        k -= 1  # a wrapped heading opens on its first line
    return k


def _wraps_onto(a: Line, b: Line) -> bool:
    return a.page_no == b.page_no and len(a.text.strip()) >= MIN_MATCH_CHARS


def _is_table_row(ln: Line) -> bool:
    return len(find_money(ln.text)) >= 2


def label_document(lines: list[Line], activities: list[dict]) -> list[int] | None:
    """The heading lines' indices, None when a gold heading cannot be placed or is a table's row."""
    heads = []
    for act in activities:
        k = _label_line(lines, act)
        if k is None or _is_table_row(lines[k]):
            return None
        heads.append(k)
    return sorted(set(heads))


def document_rows(corpus: str, case: str, path: Path, activities: list[dict]) -> tuple[list[dict], str]:
    doc = ingest_bytes(path.read_bytes(), str(path), ocr=False)
    if not doc.pages or any(p.source != "text_layer" for p in doc.pages):
        return [], "no text layer"
    lines = flow(doc)
    heads = label_document(lines, activities)
    if heads is None:
        return [], "a heading not placed"
    feats = line_features(lines)
    rows = [
        {
            "corpus": corpus,
            "case": case,
            "doc": path.name,
            "line": i,
            "heading": int(i in heads),
            "text": ln.text.strip()[:TEXT_CHARS],
            "x": as_vector(f),
        }
        for i, (ln, f) in enumerate(zip(lines, feats, strict=True))
    ]
    return rows, f"{len(heads)} headings"


def _responses(gold: Path) -> list[tuple[str, dict]]:
    files = json.loads(gold.read_text()).get("files", {})
    return [
        (name, g)
        for name, g in files.items()
        if isinstance(g, dict) and g.get("kind") == "response" and not g.get("scanned") and g.get("activities") and name.endswith(".pdf")
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows: list[dict] = []
    for corpus, case, folder, gold in gold_sets():
        if Path(case).name.startswith(TABLE_CASE_PREFIXES):
            continue
        for name, g in _responses(gold):
            path = _find(folder, name)
            if path is None:
                continue
            got, note = document_rows(corpus, case, path, g["activities"])
            print(f"{case:40} {name[:40]:40} {note}", file=sys.stderr)
            rows += got
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as fh:
        fh.write(json.dumps({"features": list(FEATURE_NAMES)}) + "\n")
        for r in rows:
            r["x"] = [round(v, 3) for v in r["x"]]
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} lines, {sum(r['heading'] for r in rows)} headings, {len(FEATURE_NAMES)} features -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
