"""Claims settled by the response's own arithmetic (issue 13 point 3, issue 12 point 4).

Two rules about sums, not words, so they hold for a house style nobody here has seen:

- Under a heading, a list of cost items, one amount a line, followed by a line whose amount is
  their sum ("Summa återkrav 31 450 kr", "Totalt: 19 500 kr"): the sum is the activity's claim,
  not the first item.
- The letter states what the agency reclaims in all ("Beslutet omfattar fyra aktiviteter med ett
  sammanlagt återkrav om 282 230 kr"). Where the claims read do not add up to it, and exactly one
  choice of one amount from each activity's own text does, those amounts are the claims: the
  arithmetic singles out the claim among the amounts granted, spent or repaid that the same text
  mentions.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from itertools import product
from typing import TYPE_CHECKING

from .claim_fields import reclaimed_amount
from .swedish import find_money

if TYPE_CHECKING:
    from .ingest import Line
    from .structure import Section

MIN_ITEMS = 2  # amounts a sum adds up: one amount repeated is no sum
ITEM_LINES = 12  # lines under a heading where its list of cost items stands
MAX_CANDIDATES = 6  # amounts of one activity tried as its claim (its first ones, in reading order)
MAX_CHOICES = 50_000  # combinations tried against the stated total; more and the text is no short letter
PREAMBLE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# a sentence that tells the reclaim as a whole: the agency reclaims, in all
_TOTAL_CUE = re.compile(r"\b(återkr\w*|krav\w*|betala\w* tillbaka|sammanlagt|totalt|uppgår)\b", re.IGNORECASE)
# the municipality's own repayment is no total of the claims
_REPAID = re.compile(r"\b(medger|godtar|accepterar|återbetalar)\b", re.IGNORECASE)


def _line_amounts(ln: Line) -> list[Decimal]:
    return [m.value for m in find_money(ln.text, money_context=True) if m.currency == "SEK"]


def sum_under_items(lines: list[Line]) -> tuple[Decimal, list[Decimal]] | None:
    """The first line whose one amount is the sum of the one-amount lines right above it, and those items."""
    run: list[Decimal] = []
    for ln in lines[:ITEM_LINES]:
        amounts = _line_amounts(ln)
        if len(amounts) != 1:
            run = []
            continue
        value = amounts[0]
        for k in range(len(run) - MIN_ITEMS, -1, -1):
            if sum(run[k:], Decimal(0)) == value:
                return value, run[k:]
        run.append(value)
    return None


def sums_the_lines_above(lines: list[Line], i: int) -> bool:
    """Line i's one amount is the sum of the one-amount lines right above it: a list's sum line
    ("Totalt återkrävt 19 500 kr"), which belongs to the list, not to the letter's conclusion."""
    amounts = _line_amounts(lines[i])
    run: list[Decimal] = []
    for ln in reversed(lines[max(0, i - ITEM_LINES) : i]):
        above = _line_amounts(ln)
        if len(above) != 1:
            break
        run.insert(0, above[0])
    return len(amounts) == 1 and any(sum(run[k:], Decimal(0)) == amounts[0] for k in range(len(run) - MIN_ITEMS + 1))


def claims_from_item_sums(sections: list[Section]) -> None:
    """An activity's claim is the sum of its listed cost items, where the list states it; where
    no claim was read or an item was taken for it."""
    for sec in sections:
        found = sum_under_items(sec.lines) if sec.cells is None else None
        if found is not None and (sec.amount is None or sec.amount in found[1]):
            sec.amount = found[0]


def stated_totals(preamble: list[Line]) -> set[Decimal]:
    """The reclaim's total as the letter's opening states it: the reclaimed amount of each of its
    sentences that tell the reclaim as a whole, not the municipality's own repayment."""
    text = " ".join(ln.text.strip() for ln in preamble)
    totals: set[Decimal] = set()
    for sentence in PREAMBLE_SENTENCE_END.split(text):
        if _TOTAL_CUE.search(sentence) and not _REPAID.search(sentence):
            value = reclaimed_amount(sentence)
            totals |= {value} if value is not None else set()
    return totals


def _candidates(sec: Section) -> list[Decimal]:
    """The amounts of the activity's own text, its claim as read first."""
    lines = [sec.heading, *([sec.amount_line] if sec.amount_line else []), *sec.lines]
    seen = [sec.amount] if sec.amount is not None else []
    for ln in lines:
        seen += [v for v in _line_amounts(ln) if v not in seen and v > 0]
    return seen[:MAX_CANDIDATES]


def _kept(choice: tuple[Decimal, ...], sections: list[Section]) -> int:
    return sum(1 for v, sec in zip(choice, sections, strict=True) if v == sec.amount)


def _only_choice(options: list[list[Decimal]], sections: list[Section], totals: set[Decimal]) -> tuple[Decimal, ...] | None:
    """The one choice of an amount per activity that adds up to a stated total, keeping as many of
    the claims read as any; None where two choices do as well (the arithmetic cannot tell)."""
    fits = [c for c in product(*options) if sum(c, Decimal(0)) in totals]
    if not fits:
        return None
    best = max(_kept(c, sections) for c in fits)
    top = {c for c in fits if _kept(c, sections) == best}
    return top.pop() if len(top) == 1 else None


def _add_up(sections: list[Section], totals: set[Decimal]) -> bool:
    """Every activity has a claim and the claims add up to a stated total."""
    claims = [sec.amount for sec in sections if sec.amount is not None]
    return len(claims) == len(sections) and sum(claims, Decimal(0)) in totals


def claims_from_stated_total(preamble: list[Line], sections: list[Section]) -> None:
    """Claims chosen among each activity's amounts so that they add up to the stated total, where
    the claims read do not."""
    if len(sections) < MIN_ITEMS or any(sec.cells is not None for sec in sections):
        return
    totals = stated_totals(preamble)
    if not totals or _add_up(sections, totals):
        return
    options = [_candidates(sec) for sec in sections]
    if not all(options) or math.prod(len(o) for o in options) > MAX_CHOICES:
        return
    choice = _only_choice(options, sections, totals)
    if choice is not None:
        for sec, value in zip(sections, choice, strict=True):
            sec.amount = value


def settle_claims(lines: list[Line], sections: list[Section]) -> None:
    """The claims by the response's arithmetic: items adding up under a heading, then the stated total."""
    if not sections:
        return
    claims_from_item_sums(sections)
    where = {id(ln): i for i, ln in enumerate(lines)}
    first = where.get(id(sections[0].heading))
    if first is not None:
        claims_from_stated_total(lines[:first], sections)
