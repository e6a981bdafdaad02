"""Payments to third parties read from a table's rows: a row's cells joined in column order read
as the one-line form ("… /Bidnr 9698 | 2023-09-19 | Korpen verksamhet …"), whatever order the
page's text gives its cells in (a text layer's cell by cell, OCR's line by line)."""

from __future__ import annotations

import re

from .tables import LayoutTable


def _key(ref: str) -> str:
    return re.sub(r"\W+", "", ref).casefold()


def table_payments(tables: list[LayoutTable], section_of, known: list) -> list:
    """Grant payments from table rows that the page's lines did not already give."""
    from ..structure import _PAYMENT_REF, _PAYMENT_ROW, GrantPayment, split_recipient
    from ..swedish import find_dates, find_money

    seen = {_key(g.reference) for g in known}
    out: list = []
    for t in tables:
        for row in t.rows:
            text = "\t".join(c.text.strip("|¦ ") for c in row if c.text.strip("|¦ "))
            m, r = _PAYMENT_REF.search(text), _PAYMENT_ROW.match(text)
            if not m or not r or _key(m.group("ref")) in seen:
                continue
            seen.add(_key(m.group("ref")))
            recipient, what = split_recipient(r.group("rest").strip())
            ms = find_money(r.group("rest"), money_context=True)
            first = next(w for c in row for w in c.words)
            sec = section_of(first.page, first.start)
            out.append(
                GrantPayment(
                    sec.number if sec else None,
                    m.group("ref").strip(),
                    find_dates(r.group("date"))[0].value,
                    recipient,
                    " ".join(x for x in [r.group("desc").strip(" /"), what] if x),
                    ms[-1].value if ms else None,
                    first.page,
                    len(known) + len(out),
                )
            )
    return out
