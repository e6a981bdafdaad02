"""An invoice's line items from its line table, in any language.

The table is found by its header row (at least two column headers of the vocabulary, one of
them an amount or price); each row below with an amount in the amount column is a line, rows
without one carry its description on (above or below the numbers); the table ends at the totals
(a net, VAT, total or amount-due label) or where the rows stop."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import product

from .layout import PageLayout, Phrase
from .numbers import NumberStyle, find_amounts, money_amounts
from .table_header import Columns, column_patterns, first_figure_x, header_columns
from .vocab import labels

MIN_HEADERS = 2
HEADER_MAX_WORDS = 5  # "Item subtotal (incl. VAT)": a header's name with its qualifier
MAX_DESCRIPTION_ROWS = 4  # rows of text a line's description may run over
MAX_GAP_ROWS = 8  # rows without a line before the table is taken to have ended
_RATE = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def _columns() -> dict[str, re.Pattern]:
    return column_patterns()


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
            for k in range(HEADER_MAX_WORDS, 0, -1):
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
    for fld in ("net", "vat", "total", "amount_due", "line_total"):
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


LINES_SUM_TOLERANCE = Decimal("0.015")


def _vouched(lays: list[PageLayout], style: NumberStyle, currency: str | None, targets: tuple[Decimal | None, ...]) -> list[dict]:
    out: list[dict] = []
    carried: Columns | None = None  # a table the page's end cut off: its columns go on
    for lay in lays:
        got, carried = _page_lines(lay, style, currency, len(out), carried)
        out.extend(got)
    if not out:
        return out
    for t, k in product(targets, range(-1, len(out[0]["_alts"]))):
        amounts = _amounts_by(out, k)
        if amounts is not None and t is not None and _adds_up(amounts, t):
            for ln, a in zip(out, amounts, strict=True):
                ln["amount"] = a
            return out
    if all(_consistent(ln) for ln in out):
        return out
    return []


def _amounts_by(lines: list[dict], k: int) -> list[Decimal] | None:
    """Each line's amount (k < 0) or its amount from the k-th amount column; None where a line has none."""
    amounts = [ln["amount"] if k < 0 else (ln["_alts"][k] if k < len(ln["_alts"]) else None) for ln in lines]
    return [a for a in amounts if a is not None] if None not in amounts else None


def _adds_up(amounts: list[Decimal], target: Decimal) -> bool:
    """The lines sum to the target; a credit note may print its lines positive and its totals
    negative (or the other way round)."""
    return abs(abs(sum(amounts, Decimal(0))) - abs(target)) < LINES_SUM_TOLERANCE


def _consistent(line: dict) -> bool:
    q, p, a = line["quantity"], line["unit_price"], line["amount"]
    return q is not None and p is not None and abs(q * p - a) <= Decimal("0.01") * max(1, abs(q))


@dataclass
class _Table:
    """A line table being read row by row: its lines so far, the description rows waiting for
    their line, and how many rows have passed without a line."""

    cols: Columns
    lines: list[dict] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    gap: int = 0

    def ends_at(self, row: list[Phrase], style: NumberStyle) -> bool:
        """The totals, the VAT breakdown, another table's header, or too long without a line."""
        vat_breakdown = _is_vat_row(row, style) and not _described(row, self.cols)
        return _is_totals(row) or self.gap > MAX_GAP_ROWS or vat_breakdown or bool(self.lines and _header(row))

    def text_row(self, row: list[Phrase]) -> None:
        """A row without an amount: a description running on in its own column is still the
        table (it goes to the line above it or waits for the line below); other rows count
        towards the table's end."""
        in_description = all(_in_description(p, self.cols) for p in row)
        self.gap += 0 if in_description and self.gap < MAX_GAP_ROWS else 1
        text = " ".join(p.text for p in row).strip()
        last = self.lines[-1] if self.lines else None
        if last is not None and not self.pending and len(last["_rows"]) < MAX_DESCRIPTION_ROWS and not last["description"]:
            last["description"] = text
        elif text and not any(rx.match(p.text) for p in row for rx in _columns().values()):
            self.pending = (self.pending + [text])[-MAX_DESCRIPTION_ROWS:]

    def is_sum(self, line: dict) -> bool:
        """An amount alone below the lines: a sum, not a line."""
        return not line["description"] and not self.pending and line["quantity"] is None

    def add(self, line: dict, row: list[Phrase]) -> None:
        self.gap = 0
        if not line["description"] and self.pending:
            line["description"] = " ".join(self.pending)
        self.pending = []
        line["_rows"] = [row]
        self.lines.append(line)


_WORD = re.compile(r"[^\W\d_]{3}")


def _in_description(ph: Phrase, cols: Columns) -> bool:
    """In the description column, or left of where the figures begin (a description's notes)."""
    return cols[_column_of(ph, cols)][0] == "description" or ph.x0 < first_figure_x(cols)


def _described(row: list[Phrase], cols: Columns) -> bool:
    """The row describes a line in words ("Charge: travel 10 % on 28.00 ... 2.80"), not a VAT
    breakdown that happens to multiply out ("VAT 20 % 29.40 5.88", "S 20 % 29.40 5.88")."""
    vat_labels = labels()["vat"]
    return any(_in_description(p, cols) and _WORD.search(p.text) and not any(lab.rx.search(p.text) for lab in vat_labels) for p in row)


def _read_table(rows: list[list[Phrase]], cols: Columns, style: NumberStyle) -> tuple[list[dict], bool]:
    """The table's lines from the rows under its header, and whether the table ended on the page."""
    table = _Table(cols)
    for row in rows:
        if table.ends_at(row, style):
            return table.lines, True
        line = _line(row, cols, style)
        if line is None:
            table.text_row(row)
        elif table.is_sum(line):
            return table.lines, True
        else:
            table.add(line, row)
    return table.lines, False


def _published(ln: dict, line_no: int, currency: str | None, page_no: int) -> dict:
    return dict(
        line_no=line_no,
        description=ln["description"] or None,
        quantity=ln["quantity"],
        unit=ln["unit"],
        unit_price=ln["unit_price"],
        amount=ln["amount"],
        vat_rate=ln["vat_rate"],
        currency=currency,
        page=page_no,
        _alts=ln["_alts"],
    )


def _header_at(lay: PageLayout, start: int) -> tuple[Columns, int]:
    """The columns of the header found on row `start`, and the row the table's lines begin on."""
    cols, last = header_columns(lay, start, _split_header(lay.rows[start]))
    return cols, last + 1


def _page_lines(
    lay: PageLayout, style: NumberStyle, currency: str | None, offset: int, carried: Columns | None
) -> tuple[list[dict], Columns | None]:
    """The page's lines, and the columns to carry on when the page ends inside the table."""
    start = next((i for i, row in enumerate(lay.rows) if _header(row)), None)
    if start is None and carried is None:
        return [], None
    cols, first = (carried, 0) if start is None else _header_at(lay, start)
    assert cols is not None
    lines, ended = _read_table(lay.rows[first:], cols, style)
    out = [_published(ln, offset + i + 1, currency, lay.page.page_no) for i, ln in enumerate(lines)]
    return out, (None if ended else cols)  # a header at a page's foot: its lines follow overleaf


def _column_of(ph: Phrase, cols: list[tuple[str, float, float]]) -> int:
    def dist(i: int) -> float:
        _, x0, x1 = cols[i]
        return min(abs(ph.x1 - x1), abs((ph.x0 + ph.x1) / 2 - (x0 + x1) / 2), abs(ph.x0 - x0))

    return min(range(len(cols)), key=dist)


def _line(row: list[Phrase], cols: Columns, style: NumberStyle) -> dict | None:
    """A row of the table as a line, if its amount column holds an amount."""
    cells: dict[str, list[str]] = {}
    by_col: dict[int, list[str]] = {}
    for ph in row:
        ci = _column_of(ph, cols)
        cells.setdefault(cols[ci][0], []).append(ph.text)
        by_col.setdefault(ci, []).append(ph.text)
    alts = _amount_alternatives(by_col, cols, style)
    present = [a for a in alts if a is not None]
    if not present:
        return None
    quantity, unit = _quantity(cells.get("quantity", []), style)
    return dict(
        description=" ".join(cells.get("description", [])).strip(),
        amount=present[-1],
        quantity=quantity,
        unit=" ".join(cells["unit"]).strip() or unit if cells.get("unit") else unit,
        unit_price=_unit_price(cells.get("unit_price", []), style),
        vat_rate=_line_rate(cells.get("vat_rate", [])) if any(c[0] == "vat_rate" for c in cols) else None,
        _alts=alts,
    )


def _amount_alternatives(by_col: dict[int, list[str]], cols: Columns, style: NumberStyle) -> list[Decimal | None]:
    """One amount per amount column ("Subtotal" and "Total" both head amounts): the arithmetic
    over all lines later tells which one the lines add up by."""
    alts: list[Decimal | None] = []
    for ci, c in enumerate(cols):
        if c[0] == "amount":
            found = money_amounts(" ".join(by_col.get(ci, [])), style)
            alts.append(found[-1].value if found else None)
    return alts


def _quantity(texts: list[str], style: NumberStyle) -> tuple[Decimal | None, str | None]:
    """The quantity, whole where it is whole, and a unit written beside it ("3 Stk", "2 h")."""
    qty = find_amounts(" ".join(texts), style)
    if not qty:
        return None, None
    q = qty[0].value
    unit = re.sub(r"[\d.,\s]+", " ", " ".join(texts)).strip()
    return (Decimal(int(q)) if q == q.to_integral() else q), (unit or None)


def _unit_price(texts: list[str], style: NumberStyle) -> Decimal | None:
    text = " ".join(texts)
    price = money_amounts(text, style) or find_amounts(text, style)
    return price[0].value if price else None


def _line_rate(texts: list[str]) -> Decimal | None:
    """The rate from its own column (a percentage elsewhere may be a discount)."""
    rate = _RATE.search(" ".join(texts))
    return Decimal(rate.group(1).replace(",", ".")) if rate else None
