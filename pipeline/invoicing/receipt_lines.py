"""Line items without a table header, as tills and small shops print them: "2 x Menu almoço
9,50 19,00", or the article on one row and "6 st x 299,00 1 794,00" on the next. A row is a line
item where its quantity times its unit price is its amount; the items are kept only where they
add up to the total (or the net), so the arithmetic, not the wording, vouches for them."""

from __future__ import annotations

import re
from decimal import Decimal

from .layout import PageLayout
from .numbers import NumberStyle, money_amounts

# "2 x", "6 st x", "3 kpl ×", "1 *": a count, an optional unit and a times sign
_COUNT = re.compile(r"(?<![\w,.])(?P<q>\d{1,4}(?:[.,]\d{1,3})?)\s*(?P<unit>[^\W\d_]{1,5}\.?)?\s*[x×*]\s", re.IGNORECASE)


def _row_item(text: str, style: NumberStyle) -> dict | None:
    """A row "count [unit] x [description] price amount" where count × price = amount."""
    m = _COUNT.search(text)
    if not m:
        return None
    amounts = [a for a in money_amounts(text, style) if a.start >= m.end()]
    if len(amounts) < 2:
        return None
    qty = Decimal(m["q"].replace(",", "."))
    price, amount = amounts[-2], amounts[-1]
    if (qty * price.value).quantize(Decimal("0.01")) != amount.value:
        return None
    description = (text[: m.start()] + " " + text[m.end() : price.start]).strip(" -:")
    return dict(description=description, quantity=qty, unit=m["unit"], unit_price=price.value, amount=amount.value)


def receipt_lines(lays: list[PageLayout], style: NumberStyle, currency: str | None, targets: tuple[Decimal | None, ...]) -> list[dict]:
    """The header-less line items, where they add up to one of `targets`; else none."""
    out: list[dict] = []
    for lay in lays:
        previous = ""
        for row in lay.rows:
            text = " ".join(p.text for p in row)
            item = _row_item(text, style)
            if item is None:
                previous = text
                continue
            if not item["description"]:
                item["description"] = previous.strip()  # the article on the row above its count
            out.append(dict(line_no=len(out) + 1, **item, vat_rate=None, currency=currency, page=lay.page.page_no))
            previous = ""
    total = sum((ln["amount"] for ln in out), Decimal(0))
    return out if out and any(t is not None and t == total for t in targets) else []
