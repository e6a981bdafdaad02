"""An invoice's line items from its line table, in any language.

The table is found by its header row (at least two column headers of the vocabulary, one of
them an amount or price); each row below with an amount in the amount column is a line, rows
without one carry its description on (above or below the numbers); the table ends at the totals
(a net, VAT, total or amount-due label) or where the rows stop."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import product

from .layout import PageLayout, Phrase
from .numbers import NumberStyle, find_amounts, money_amounts
from .vocab import labels, vocabulary

MIN_HEADERS = 2
HEADER_LINE_GAP = 0.8  # of a line's height: a header's first line stands this close above its second
MAX_DESCRIPTION_ROWS = 4  # rows of text a line's description may run over
MAX_GAP_ROWS = 8  # rows without a line before the table is taken to have ended
_ROLES = ("description", "quantity", "unit", "unit_price", "amount", "vat_rate")
_RATE = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


@lru_cache(maxsize=1)
def _columns() -> dict[str, re.Pattern]:
    spec = vocabulary()["columns"]
    return {role: re.compile(rf"^(?:{'|'.join(spec[role])})\s*[:.]?$", re.IGNORECASE) for role in _ROLES}


def _header(row: list[Phrase]) -> dict[str, Phrase] | None:
    found: dict[str, Phrase] = {}
    for ph in row:
        for role, rx in _columns().items():
            if role not in found and _matches_words(rx, ph.text):
                found[role] = ph
                break
    if len(found) >= MIN_HEADERS and ({"amount", "unit_price"} & found.keys()):
        return found
    return None


def _matches_words(rx: re.Pattern, text: str) -> bool:
    """The phrase is the header, or a header's words run together with the next one's
    ("Beschreibung Nettopreis Menge"): its first word or two then match."""
    if rx.match(text.strip()):
        return True
    words = text.split()
    return len(words) > 2 and any(rx.match(" ".join(words[:k])) for k in (1, 2))


def _split_header(row: list[Phrase]) -> list[tuple[str, float, float]]:
    """Header cells by word, for headers set so tight they form one phrase: (text, x0, x1)."""
    cells = []
    for ph in row:
        words = ph.words
        i = 0
        while i < len(words):
            for k in (3, 2, 1):
                chunk = words[i : i + k]
                text = " ".join(w.text for w in chunk)
                if len(chunk) == k and any(rx.match(text) for rx in _columns().values()):
                    cells.append((text, chunk[0].x0, chunk[-1].x1))
                    i += k
                    break
            else:
                cells.append((words[i].text, words[i].x0, words[i].x1))
                i += 1
    return cells


def _is_totals(row: list[Phrase]) -> bool:
    """A row of the totals: a net, VAT, total or amount-due label first, few cells after it; or
    a label of several words ("Total HT") opening any of its cells."""
    if len(row) <= 3 and _opens_with_total(row[0].text, specific=False):
        return True
    return any(_opens_with_total(ph.text, specific=True) for ph in row[1:])


def _opens_with_total(text: str, specific: bool) -> bool:
    for fld in ("net", "vat", "total", "amount_due"):
        for lab in labels()[fld]:
            if specific and r"\s" not in lab.rx.pattern.split("(?![")[0]:
                continue  # one word ("total", "tax") also heads a line table's column
            m = lab.rx.match(text)
            if m and m.start() == 0:
                return True
    return False


def _is_vat_row(row: list[Phrase], style: NumberStyle) -> bool:
    """A row of the VAT breakdown (base × rate = VAT): the line table is over."""
    from .vat import _row_vat

    got = _row_vat(" ".join(p.text for p in row), style)
    return bool(got and got[0] > 0)


def read_lines(lays: list[PageLayout], style: NumberStyle, currency: str | None, targets: tuple[Decimal | None, ...] = ()) -> list[dict]:
    """The line items, kept where the arithmetic vouches for them: they add up to the net or the
    total (`targets`), or every line's quantity × unit price is its amount."""
    lines = _vouched(lays, style, currency, targets)
    for ln in lines:
        ln.pop("_alts", None)
    return lines


def _vouched(lays: list[PageLayout], style: NumberStyle, currency: str | None, targets: tuple[Decimal | None, ...]) -> list[dict]:
    out: list[dict] = []
    carried: list | None = None  # a table the page's end cut off: its columns go on
    for lay in lays:
        got, carried = _page_lines(lay, style, currency, len(out), carried)
        out.extend(got)
    if not out:
        return out
    for t, k in product(targets, range(-1, len(out[0]["_alts"]))):
        amounts = [ln["amount"] if k < 0 else (ln["_alts"][k] if k < len(ln["_alts"]) else None) for ln in out]
        if None in amounts or t is None:
            continue
        if abs(sum((a for a in amounts if a is not None), Decimal(0)) - t) < Decimal("0.015"):
            for ln, a in zip(out, amounts, strict=True):
                ln["amount"] = a
            return out
    if all(_consistent(ln) for ln in out):
        return out
    return []


def _consistent(line: dict) -> bool:
    q, p, a = line["quantity"], line["unit_price"], line["amount"]
    return q is not None and p is not None and abs(q * p - a) <= Decimal("0.01") * max(1, abs(q))


def _header_cells(lay: PageLayout, hi: int) -> list[tuple[str, float, float]]:
    """The header's cells; a header set over two or three lines ("Price w/o" over "Tax", "Prix"
    over "unitaire" beside one-line headers) read as one."""
    cells = _split_header(lay.rows[hi])
    row = lay.rows[hi]
    height = max(row[0].bottom - row[0].top, 1.0)
    for ri, before in ((hi - 1, True), (hi + 1, False)):
        if not 0 <= ri < len(lay.rows):
            continue
        other = lay.rows[ri]
        gap = (row[0].top - max(p.bottom for p in other)) if before else (min(p.top for p in other) - row[0].bottom)
        if gap > HEADER_LINE_GAP * height or any(re.search(r"\d", p.text) for p in other):
            continue
        for ph in other:
            i = next((k for k, (_, x0, x1) in enumerate(cells) if ph.x0 <= x1 and ph.x1 >= x0), None)
            if i is None:
                cells.append((ph.text, ph.x0, ph.x1))
                continue
            text, x0, x1 = cells[i]
            cells[i] = (f"{ph.text} {text}" if before else f"{text} {ph.text}", min(x0, ph.x0), max(x1, ph.x1))
    return sorted(cells, key=lambda c: c[1])


def _columns_of(cells: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    cols = []
    for text, x0, x1 in cells:
        role = next((r for r, rx in _columns().items() if rx.match(text)), None)
        if role:
            cols.append((role, x0, x1))
    if not any(r == "amount" for r, _, _ in cols):
        cols = [(("amount" if r == "unit_price" else r), a, b) for r, a, b in cols]
    return cols


def _page_lines(
    lay: PageLayout, style: NumberStyle, currency: str | None, offset: int, carried: list | None
) -> tuple[list[dict], list | None]:
    """The page's lines, and the columns to carry on when the page ends inside the table."""
    start = next((i for i, row in enumerate(lay.rows) if _header(row)), None)
    if start is not None:
        cols = _columns_of(_header_cells(lay, start))
    elif carried is not None:
        cols = carried
    else:
        return [], None
    lines: list[dict] = []
    pending: list[str] = []
    gap = 0
    ended = False
    for row in lay.rows[(start + 1) if start is not None else 0 :]:
        if _is_totals(row) or gap > MAX_GAP_ROWS or _is_vat_row(row, style) or (lines and _header(row)):
            ended = True  # the totals, the VAT breakdown or another table's header
            break
        line = _line(row, cols, style)
        if line is None:
            # a description running on in its own column is still the table; other rows count
            in_description = all(cols[_column_of(p, cols)][0] == "description" for p in row)
            gap += 0 if in_description and gap < MAX_GAP_ROWS else 1
            text = " ".join(p.text for p in row).strip()
            if lines and not pending and len(lines[-1]["_rows"]) < MAX_DESCRIPTION_ROWS and not lines[-1]["description"]:
                lines[-1]["description"] = text
            elif text and not any(rx.match(p.text) for p in row for rx in _columns().values()):
                pending = (pending + [text])[-MAX_DESCRIPTION_ROWS:]
            continue
        if not line["description"] and not pending and line["quantity"] is None:
            ended = True
            break  # an amount alone below the lines: a sum, not a line
        gap = 0
        if not line["description"] and pending:
            line["description"] = " ".join(pending)
        pending = []
        line["_rows"] = [row]
        lines.append(line)
    out = [
        dict(
            line_no=offset + i + 1,
            description=ln["description"] or None,
            quantity=ln["quantity"],
            unit=ln["unit"],
            unit_price=ln["unit_price"],
            amount=ln["amount"],
            vat_rate=ln["vat_rate"],
            currency=currency,
            page=lay.page.page_no,
            _alts=ln["_alts"],
        )
        for i, ln in enumerate(lines)
    ]
    return out, (None if ended or not lines else cols)


def _column_of(ph: Phrase, cols: list[tuple[str, float, float]]) -> int:
    def dist(i: int) -> float:
        _, x0, x1 = cols[i]
        return min(abs(ph.x1 - x1), abs((ph.x0 + ph.x1) / 2 - (x0 + x1) / 2), abs(ph.x0 - x0))

    return min(range(len(cols)), key=dist)


def _line(row: list[Phrase], cols: list[tuple[str, float, float]], style: NumberStyle) -> dict | None:
    cells: dict[str, list[str]] = {}
    by_col: dict[int, list[str]] = {}
    for ph in row:
        ci = _column_of(ph, cols)
        cells.setdefault(cols[ci][0], []).append(ph.text)
        by_col.setdefault(ci, []).append(ph.text)
    # one amount per amount column ("Subtotal" and "Total" both head amounts): the arithmetic
    # over all lines later tells which one the lines add up by
    alts = []
    for ci, c in enumerate(cols):
        if c[0] == "amount":
            found = money_amounts(" ".join(by_col.get(ci, [])), style)
            alts.append(found[-1].value if found else None)
    present = [a for a in alts if a is not None]
    if not present:
        return None
    line: dict = dict(
        description=" ".join(cells.get("description", [])).strip(),
        amount=present[-1],
        quantity=None,
        unit=None,
        unit_price=None,
        vat_rate=None,
        _alts=alts,
    )
    qty = find_amounts(" ".join(cells.get("quantity", [])), style)
    if qty:
        q = qty[0].value
        line["quantity"] = Decimal(int(q)) if q == q.to_integral() else q
        unit = re.sub(r"[\d.,\s]+", " ", " ".join(cells.get("quantity", []))).strip()
        line["unit"] = unit or None
    if cells.get("unit"):
        line["unit"] = " ".join(cells["unit"]).strip() or line["unit"]
    price = money_amounts(" ".join(cells.get("unit_price", [])), style) or find_amounts(" ".join(cells.get("unit_price", [])), style)
    if price:
        line["unit_price"] = price[0].value
    # the rate from its own column; without one, a percentage anywhere but a discount column
    rate = _RATE.search(" ".join(cells.get("vat_rate", []))) if any(c[0] == "vat_rate" for c in cols) else None
    if rate:
        line["vat_rate"] = Decimal(rate.group(1).replace(",", "."))
    return line
