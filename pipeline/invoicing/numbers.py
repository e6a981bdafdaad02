"""Amounts and dates as invoices print them, in any common convention.

The decimal mark is decided once per document (comma or point: which one the document's
two-decimal amounts end with), so "1.234,56", "1,234.56", "1 234,56" and "1234.56" read right
and a grouped whole amount ("8.550" in a comma document) is not taken for 8.55. Numeric dates
are day-first unless the document's own dates show month-first ("11/17/2017" has no month 17)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..swedish import DateMention  # one date mention type for every reader
from .vocab import vocabulary

# an amount: digits with optional grouping (space, thin space, point, comma, apostrophe) and an
# optional decimal part; a leading minus or one after a currency sign
_AMOUNT = re.compile(
    r"(?<![\w.,/])(?P<sign>[-−–]\s?)?(?:(?:€|\$|£|₹|kr\.?|SEK|EUR|USD|GBP|INR)\s?(?P<sign2>[-−])?)?"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?"  # India's lakh grouping: 1,18,000.00
    r"|\d{1,3}(?:(?:[ \u00a0\u2009\u202f'’]|[.,](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?)(?![\w%]|[.,]\d|\s?%)(?P<sign3>-)?"
)
_TWO_DECIMALS = re.compile(r"\d([.,])\d{2}(?!\d)")


@dataclass(frozen=True)
class NumberStyle:
    """How a document writes numbers."""

    decimal: str  # "," or "."
    month_first: bool = False  # numeric dates written month/day/year
    language: str | None = None  # whose month names win where two languages share one ("listopad")


def detect_style(text: str, language: str | None = None) -> NumberStyle:
    marks = [m.group(1) for m in _TWO_DECIMALS.finditer(text)]
    decimal = "," if marks.count(",") > marks.count(".") else "."
    if not marks and language in ("de", "fr", "sv", "nl", "da", "no", "fi"):
        decimal = ","
    return NumberStyle(decimal, _month_first(text, language), language)


_SLASHED = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?![\d/])")


def _month_first(text: str, language: str | None) -> bool:
    """Numeric slashed dates are month-first when one of them can only be read that way."""
    day_first = month_first = 0
    for m in _SLASHED.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
    if day_first or month_first:
        return month_first > day_first
    return _us_invoice(text, language)


def _us_invoice(text: str, language: str | None) -> bool:
    """No date tells the order apart: an English invoice with a mark of the United States (sales
    tax, a state and ZIP code) writes its dates month-first."""
    cues = vocabulary()["month_first_cues"].get(language or "", [])
    return any(re.search(c, text) for c in cues)


@dataclass(frozen=True)
class AmountMention:
    value: Decimal
    start: int
    end: int
    raw: str


def parse_number(num: str, style: NumberStyle) -> Decimal | None:
    s = re.sub(r"[ \u00a0\u2009\u202f'’]", "", num)
    tail = re.search(r"([.,])\d{1,2}$", s)
    if tail:  # a mark before one or two final digits is decimal whatever the document's style
        style = NumberStyle(tail.group(1), style.month_first)
    group = "." if style.decimal == "," else ","
    if re.search(rf"\{style.decimal}\d{{3}}$", s) and s.count(style.decimal) == 1 and group not in s:
        # "8.550" in a comma document, "1,000" in a point one: a grouped whole amount
        s = s.replace(style.decimal, "")
    s = s.replace(group, "").replace(style.decimal, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def find_amounts(text: str, style: NumberStyle) -> list[AmountMention]:
    out = []
    for m in _AMOUNT.finditer(text):
        v = parse_number(m.group("num"), style)
        if v is None:
            continue
        if m.group("sign") or m.group("sign2") or m.group("sign3"):
            v = -v
        out.append(AmountMention(v.quantize(Decimal("0.01")), m.start(), m.end(), m.group().strip()))
    return out


def money_amounts(text: str, style: NumberStyle) -> list[AmountMention]:
    """Amounts that look like money: with decimals, a currency sign beside them, or a grouped
    thousands part; plain small integers (quantities, codes, years) are not."""
    out = []
    for a in find_amounts(text, style):
        raw = a.raw
        after = text[a.end : a.end + 5]
        with_cents = re.search(r"[.,]\d{1,2}-?$", raw)
        with_currency = re.search(r"[€$£₹]|EUR|USD|GBP|SEK|INR|kr", raw + after[:4])
        grouped = re.search(r"\d[ .,'’\u00a0]\d{3}", raw) and not re.fullmatch(r"(?:19|20)\d\d", raw)
        if with_cents or with_currency or grouped:
            out.append(a)
    return out


# ------------------------------------------------------------------------------------------ dates


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for names in vocabulary()["months"].values():
        out.update(names)
    return out


@lru_cache(maxsize=32)
def _months_in(language: str | None) -> dict[str, int]:
    """Month names, the document language's own first: "listopad" is November in Czech and
    Polish, October in Croatian."""
    return {**_months(), **vocabulary()["months"].get(language or "", {})}


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern, ...]:
    names = "|".join(sorted((re.escape(k) for k in _months()), key=len, reverse=True))
    return (
        # year first: "2023. gada 12. oktobrī" (Latvian), "2023. október 5." (Hungarian), "2023 m. spalio 5 d." (Lithuanian)
        re.compile(rf"(?i)(?<!\d)(?P<y>(?:19|20)\d\d)\.?\s*(?:gada\s+|évi\s+)?(?P<d>\d{{1,2}})\.\s*(?P<mon>{names})(?![\w])"),
        re.compile(rf"(?i)(?<!\d)(?P<y>(?:19|20)\d\d)\.?\s*(?:m\.\s*|évi\s+)?(?P<mon>{names})\s+(?P<d>\d{{1,2}})(?!\d)\.?(?:\s*d\.)?"),
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
        re.compile(r"(?<![\d.])(?P<a>\d{1,2})\s?(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<y>(?:19|20)?\d\d)(?![\d])"),
        re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
        re.compile(
            rf"(?i)(?<![\w])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e)?\.?\s*(?:of\s+)?[-\s]?(?P<mon>{names})\.?[-\s,]\s*(?P<y>(?:19|20)\d\d)(?!\d)"
        ),
        re.compile(rf"(?i)(?<![\w])(?P<mon>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"),
    )


_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")


def _mk(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, style: NumberStyle, *, compact: bool = False) -> list[DateMention]:
    """Every date in `text`, in order. `compact` also reads "20260815" (only where a date label
    stands before it: on its own it is as likely a number)."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    ydm_text, ymd_text, iso, dotted, slashed, dmy_text, mdy_text = _date_patterns()
    for rx in (ydm_text, ymd_text, iso, dmy_text, mdy_text, dotted, slashed):
        for m in rx.finditer(text):
            if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                continue
            v = _date_of(m, rx is slashed or (rx is dotted and m["sep"] == "/"), style)
            if v:
                out.append(DateMention(v, m.start(), m.end(), m.group()))
                taken.append((m.start(), m.end()))
    if compact:
        for m in _COMPACT.finditer(text):
            v = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
            if v and all(m.end() <= s or m.start() >= e for s, e in taken):
                out.append(DateMention(v, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda d: d.start)


def _date_of(m: re.Match, slashed: bool, style: NumberStyle) -> date | None:
    g = m.groupdict()
    if "mon" in g and g["mon"]:
        return _mk(int(g["y"]), _months_in(style.language)[g["mon"].lower()], int(g["d"]))
    if "a" in g and g["a"]:
        a, b = int(g["a"]), int(g["b"])
        if slashed and style.month_first:
            a, b = b, a
        if b > 12 >= a:
            a, b = b, a
        return _mk(int(g["y"]), b, a)
    return _mk(int(g["y"]), int(g["m"]), int(g["d"]))
