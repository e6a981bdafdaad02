"""Swedish amounts, quantities, dates and contact details.

Pure functions over plain strings: every finder returns matches with character offsets into the
string it was given, so callers can map them back to page text and boxes. Money is `Decimal`
from the first parse; nothing here ever goes through float.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import chain

from .spans import Spans

# Thousands separators people (and office software) use in Swedish text: space, no-break space,
# thin space, narrow no-break space.
_SP = " \u00a0\u2009\u202f"
_SPC = f"[{_SP}]"

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "mars": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augusti": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

NUMBER_WORDS = {
    "noll": 0,
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "tjugo": 20,
    "trettio": 30,
    "fyrtio": 40,
    "femtio": 50,
    "sextio": 60,
    "sjuttio": 70,
    "åttio": 80,
    "nittio": 90,
    "hundra": 100,
    "etthundra": 100,
    "tusen": 1000,
    "ettusen": 1000,
}

THOUSANDS_PRIMES = "'’′"  # "46' kr": a prime marks thousands in some letters (only before the currency)
SCALES = {
    "tkr": Decimal(1000),
    "tsek": Decimal(1000),
    "ksek": Decimal(1000),  # "146 KSEK": thousands of kronor, as a controller writes them
    "tusen": Decimal(1000),
    "mnkr": Decimal(10) ** 6,
    "mkr": Decimal(10) ** 6,
    "msek": Decimal(10) ** 6,
    "miljon": Decimal(10) ** 6,
    "miljoner": Decimal(10) ** 6,
    "milj": Decimal(10) ** 6,
    "miljard": Decimal(10) ** 9,
    "miljarder": Decimal(10) ** 9,
    "mdkr": Decimal(10) ** 9,
    **dict.fromkeys(THOUSANDS_PRIMES, Decimal(1000)),
}

CURRENCY_WORDS = {
    "kr": "SEK",
    "kr.": "SEK",
    "kronor": "SEK",
    "krona": "SEK",
    "sek": "SEK",
    "skr": "SEK",  # the older abbreviation ("22 900 Skr"), still in municipal letter templates
    ":-": "SEK",
    "eur": "EUR",
    "euro": "EUR",
    "€": "EUR",
    "usd": "USD",
    "dollar": "USD",
    "$": "USD",
    "gbp": "GBP",
    "£": "GBP",
    "nok": "NOK",
    "dkk": "DKK",
    "chf": "CHF",
}

APPROX_WORDS = {
    "cirka",
    "ca",
    "ca.",
    "c:a",
    "omkring",
    "ungefär",
    "drygt",
    "knappt",
    "nästan",
    "runt",
    "närmare",
    "uppemot",
    "över",
    "under",
    "minst",
    "max",
    "maximalt",
    "totalt",
    "sammanlagt",
    "omkr",
    "omkr.",
}

# Words that, right before a scale word without a currency ("3,2 miljoner ..."), show that the
# sentence is about money.
MONEY_CONTEXT = re.compile(
    r"\b(budget\w*|bidrag\w*|statsbidrag\w*|kostnad\w*|anslag\w*|tilläggsanslag\w*|medel|"
    r"satsning\w*|belopp\w*|underskott\w*|överskott\w*|kronor|pengar|investering\w*|"
    r"finansiering\w*|ersättning\w*|återkrav\w*|utbetal\w*|miljonbelopp|intäkt\w*|"
    r"utgift\w*|summa\w*|avgift\w*|lön\w*|stöd)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str
    start: int
    end: int
    raw: str
    approximate: bool = False
    range_part: int = 0  # 0: single value; 1/2: first/second end of a range ("10–15 miljoner")


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str  # the counted noun as written; callers lemmatise it
    start: int
    end: int
    raw: str
    approximate: bool


@dataclass(frozen=True)
class DateMention:
    value: date
    start: int
    end: int
    raw: str
    year_inferred: bool = False


@dataclass(frozen=True)
class Contact:
    kind: str  # phone | email | org_no | bankgiro | plusgiro
    value: str
    start: int
    end: int
    raw: str


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

# A number as written in Swedish or English text. Alternatives, most specific first:
#   1 234 567,89   (space groups, decimal comma)      1.234.567,89 (dot groups, decimal comma)
#   1,234,567.89   (comma groups, decimal point)       1234567,89 / 1234567.89 / 1234567
# A group separator followed by no digit is the sentence's own punctuation ("SEK 54.250,75.").
_NUM = (
    rf"\d{{1,3}}(?:{_SPC}\d{{3}})+(?:,\d{{1,2}})?(?![\d])"
    rf"|\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?(?!\d|\.\d)"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?(?!\d|,\d)"
    rf"|\d+(?:[,.]\d{{1,2}})?(?![\d])"
)
# No number starts glued to a word, a date or an id ("2023-12-07 500", "A2020/02651"); a dotted
# tab leader ("Title ........ 57.600:-") and a "0:-" cell run together with the next ("104.000:-12.000:-")
# end before a number rather than glue to it.
_NUM_START = r"(?<![\w,:/–])(?<!(?<!\.)\.)(?<!(?<!:)-)(?!0\d)"  # "000:-" alone is a broken amount's tail
_SIGN = r"(?:(?<![\w])[-−–](?=\d))?"


def parse_number(text: str) -> Decimal | None:
    """'1 234,56' -> 1234.56; '1.234,56' and '1,234.56' where the grouping is unambiguous."""
    s = text.strip().replace("−", "-").replace("–", "-")
    for ch in _SP:
        s = s.replace(ch, "")
    neg = s.startswith("-")
    s = s.lstrip("-")
    if not s:
        return None
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,56
            s = s.replace(".", "").replace(",", ".")
        else:  # 1,234.56
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        if len(tail) == 3 and re.fullmatch(r"\d{1,3}(,\d{3})+", s):
            s = s.replace(",", "")  # 1,234 as thousands (English grouping)
        else:
            s = head.replace(",", "") + "." + tail
    elif "." in s and re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")  # 1.234 as thousands (Swedish grouping)
    try:
        v = Decimal(s)
    except InvalidOperation:
        return None
    return -v if neg else v


def parse_number_words(words: list[str]) -> Decimal | None:
    """'sex' -> 6; 'tjugo tusen' -> 20000 (the scale is applied by the caller);
    'en halv' -> 0.5; 'tre kvarts' -> 0.75; 'en och en halv' -> 1.5."""
    ws = [w.lower() for w in words if w]
    if not ws:
        return None
    total = Decimal(0)
    current: Decimal | None = None
    for i, w in enumerate(ws):
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if w == "och":
            total += current or 0
            current = None
        elif w in ("halv", "halva"):
            current = (current or Decimal(1)) * Decimal("0.5")
        elif w in ("kvarts", "kvart"):
            current = (current or Decimal(1)) * Decimal("0.25")
        elif w in ("en", "ett") and nxt in ("halv", "halva", "kvarts"):
            current = Decimal(1)
        elif w in NUMBER_WORDS:
            n = Decimal(NUMBER_WORDS[w])
            if n == 100:
                current = (current or Decimal(1)) * 100
            elif n == 1000:
                total += (current or Decimal(1)) * 1000
                current = None
            else:
                current = (current or Decimal(0)) + n
        else:
            return None
    return total + (current or 0)


_NUMWORD_ALT = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_NUMWORD_SEQ = rf"(?:(?:{_NUMWORD_ALT}|halv|halva|kvarts|och)(?:\s+|$))+"

# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------

_SCALE_ALT = (
    rf"tkr|tsek|ksek|mnkr|mkr|msek|mdkr|miljoner|miljon|miljarder|miljard|milj\.?|tusen|[{THOUSANDS_PRIMES}](?=\s*(?:kr|kronor|sek)\b)"
)
_CUR_AFTER = (
    r"svenska\s+kronor|kronor|krona|kr\.?(?![a-zåäö])|sek\b|skr\b|:-|,-(?:\s*(?:kronor|kr\.?(?![a-zåäö])|sek\b))?|"
    r"eur\b|euro\b|€|usd\b|dollar\b|gbp\b|£|nok\b|dkk\b|chf\b"
)
# "kronor 48 000" in some house styles; never before a year or a day of a month ("i kronor 2023")
_KRONOR_FIRST = r"[Kk]ronor(?=\s(?!(?:19|20)\d\d\b(?![  ]\d{3}))(?!\d{1,2}\s+[a-zåäö]))"
# "Kr 74.500": the currency first, capitalised as a form or a heading prints it
_CUR_BEFORE = r"SEK|EUR|USD|GBP|NOK|DKK|CHF|€|\$|£|[Kk]r\.?|" + _KRONOR_FIRST

# Approximators ("cirka 1000 personer") are looked up behind a match: an optional group in front
# of a pattern is tried at every position of a page and costs more than the rest of it.
_APPROX_BEFORE = re.compile(
    r"(?:cirka|ca\.?|c:a|drygt|knappt|nästan|omkring|ungefär|runt|närmare|uppemot|över|under|totalt|minst)\s+$", re.IGNORECASE
)


def _approx_before(text: str, start: int) -> int | None:
    """Where an approximator right before `start` begins, if there is one."""
    m = _APPROX_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m else None


_MONEY_AFTER = re.compile(
    rf"{_NUM_START}(?P<sign>{_SIGN})(?P<num>{_NUM})"
    rf"(?:\s*[-–]\s*(?P<num2>{_NUM}))?"
    rf"(?P<gap>{_SPC}*|\s*)(?:(?P<scale>{_SCALE_ALT})(?![a-zåäö])(?:\s*(?P<cur1>{_CUR_AFTER}))?|(?P<cur2>{_CUR_AFTER}))",
    re.IGNORECASE,
)
_SCALE_WORD = re.compile(r"miljon|miljard|tusen", re.IGNORECASE)
_MONEY_BEFORE = re.compile(
    rf"(?<![\w])(?P<cur>{_CUR_BEFORE})\s?(?P<sign>[-−]?)(?P<num>{_NUM})(?!\s*(?:{_CUR_AFTER}|{_SCALE_ALT})\b)",
)
_MONEY_WORDS = re.compile(
    rf"(?<![\w])(?P<approx>(?:cirka|ca\.?|drygt|knappt|nästan|omkring|ungefär|runt|närmare|uppemot|över)\s+)?"
    rf"(?P<words>{_NUMWORD_SEQ})(?P<scale>miljoner|miljon|miljarder|miljard|tusen)\s+(?P<cur>kronor|kr\b|euro|dollar)",
    re.IGNORECASE,
)
# Words after "N miljoner" that make it a count of something else ("3,2 miljoner invånare").
_NOT_MONEY_AFTER_SCALE = re.compile(
    r"\s+(?!(?:till|för|i|om|på|av|från|under|per|och|som|att|ska|har|kommer|med|år|årligen)\b)"
    r"[a-zåäö]{3,}",
    re.IGNORECASE,
)


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    t = token.strip().lower()
    if t.startswith(",-") or t.startswith("svenska"):
        return "SEK"  # "500,-", "12 500,- kr", "48 600 svenska kronor"
    return CURRENCY_WORDS.get(t) or CURRENCY_WORDS.get(t.rstrip("."))


# An amount broken over two lines in running text: "varav 260" / "000 kronor kom från …". The
# break stands for the thousands space only where the first group follows a word of the sentence
# and the next line completes the number with its currency.
_BROKEN_AMOUNT = re.compile(
    rf"(?<=[a-zåäö,] )\d{{1,3}}\n(?=\d{{3}}(?:{_SPC}\d{{3}})*(?:,\d{{1,2}})?{_SPC}?"
    r"(?:kr\b|kronor|:-|sek\b|tkr\b|mnkr\b))",
    re.IGNORECASE,
)


RUNNING_TEXT_WORDS = 5  # words before a broken amount on its line: a sentence, not a heading


# "tolvtusen (12 000) kronor": an amount written out, its digits in brackets before the currency
_BRACKETED_DIGITS = re.compile(rf"\((\d{{1,3}}(?:{_SPC}\d{{3}})*(?:,\d{{1,2}})?)\)(?=\s*(?:kronor|kr\b|sek\b))", re.IGNORECASE)


def _join_broken(text: str, m: re.Match) -> str:
    line_start = text.rfind("\n", 0, m.start()) + 1
    words = text[line_start : m.start()].split()
    return m.group().replace("\n", " ") if len(words) >= RUNNING_TEXT_WORDS else m.group()


# Scale words that carry the currency themselves ("12 tkr", "3 mnkr").
_SCALES_WITH_CURRENCY = frozenset({"tkr", "mnkr", "mkr", "mdkr", "tsek", "ksek", "msek"})
_CENTS = Decimal("0.01")


def _cents(value: Decimal) -> Decimal:
    return value.quantize(_CENTS)


def _amount_in_words(text: str, m: re.Match) -> Money | None:
    """'tre miljoner kronor': the amount of one `_MONEY_WORDS` match."""
    base = parse_number_words(m.group("words").split())
    if base is None:
        return None
    value = base * SCALES[m.group("scale").lower()]
    start = m.start("words") if not m.group("approx") else m.start()
    return Money(_cents(value), _currency(m.group("cur")) or "SEK", start, m.end(), text[start : m.end()], bool(m.group("approx")))


def _amount_start(m: re.Match) -> int:
    """Where an amount written before its currency begins: at its sign if it has one."""
    return m.start("sign") if m.group("sign") else m.start("num")


def _scale_token(m: re.Match) -> str:
    return (m.group("scale") or "").lower().rstrip(".")


def _scale_counts_money(text: str, m: re.Match, money_context: bool | None) -> bool:
    """Is '3,2 miljoner' without a currency money? Not where a counted noun follows it; else
    where the text (or, undecided, the amount's sentence) is about money."""
    if _NOT_MONEY_AFTER_SCALE.match(text, m.end()):
        return False
    if money_context is not None:
        return money_context
    s0 = max(text.rfind(".", 0, _amount_start(m)), text.rfind("\n", 0, _amount_start(m))) + 1
    e0 = text.find(".", m.end())
    return bool(MONEY_CONTEXT.search(text[s0 : e0 if e0 > 0 else len(text)]))


def _currency_after_amount(text: str, m: re.Match, money_context: bool | None) -> str | None:
    """The currency of one `_MONEY_AFTER` match, or None where it is not an amount of money."""
    scale_tok = _scale_token(m)
    cur = _currency(m.group("cur1") or m.group("cur2"))
    if scale_tok and not cur:
        carries_currency = scale_tok in _SCALES_WITH_CURRENCY
        if not carries_currency and not _scale_counts_money(text, m, money_context):
            return None
        cur = "SEK"
    if not cur:
        return None
    if scale_tok == "tusen" and not m.group("cur1"):
        return None  # "tusen" is a count unless a currency follows it
    return cur


WRAPPED_TEXT_WORDS = 3  # words before an amount on its line whose currency word wrapped to the next line


def _wrapped_in_running_text(text: str, m: re.Match) -> bool:
    """ "… återkräva 42 500" / "kronor för …": a sentence wrapped between an amount and its
    currency word (the amount's line is running text, the next begins with the word in lower
    case); a line that is a table cell or a heading ends with its number."""
    line_start = text.rfind("\n", 0, _amount_start(m)) + 1
    unit = m.group("scale") or m.group("cur2") or ""
    return len(text[line_start : _amount_start(m)].split()) >= WRAPPED_TEXT_WORDS and unit[:1].islower()


def _amounts_before_currency(text: str, m: re.Match, money_context: bool | None) -> list[Money]:
    """The amounts of one `_MONEY_AFTER` match: none, one, or both ends of a range."""
    cur = _currency_after_amount(text, m, money_context)
    if cur is None or (m.group("gap") and "\n" in m.group("gap") and not _wrapped_in_running_text(text, m)):
        return []
    v = parse_number(m.group("num"))
    if v is None:
        return []
    if m.group("sign"):
        v = -v
    a, b = _amount_start(m), m.end()
    scale = SCALES.get(_scale_token(m), Decimal(1))
    approx = _approx_before(text, a) is not None
    v2 = parse_number(m.group("num2")) if m.group("num2") else None
    if v2 is not None:
        a2 = m.start("num2")
        return [
            Money(_cents(v * scale), cur, a, m.end("num"), text[a : m.end("num")], approx, 1),
            Money(_cents(v2 * scale), cur, a2, b, text[a2:b], approx, 2),
        ]
    return [Money(_cents(v * scale), cur, a, b, text[a:b], approx)]


def _amount_after_currency(text: str, m: re.Match) -> Money | None:
    """'SEK 1 200', '$ 40': the amount of one `_MONEY_BEFORE` match."""
    cur = _currency(m.group("cur")) or ("USD" if m.group("cur") == "$" else None)
    v = parse_number(m.group("num"))
    if not cur or v is None:
        return None
    if m.group("sign"):
        v = -v
    a, b = m.start(), m.end()
    return Money(_cents(v), cur, a, b, text[a:b])


def _amounts_in_words(text: str) -> list[Money]:
    """'tre miljoner kronor', 'sextusen kronor', 'fyrtiotvåtusen femhundra kronor'."""
    found = [m for m in map(lambda w: _amount_in_words(text, w), _MONEY_WORDS.finditer(text)) if m] if _SCALE_WORD.search(text) else []
    if "tusen" in text or "hundra" in text:
        spans = Spans()
        for m in found:
            spans.add(m.start, m.end)
        found += [m for m in map(lambda w: _compound_in_words(text, w), _COMPOUND_WORDS.finditer(text)) if m and spans.free(m.start, m.end)]
    return found


# a number written as compound words before its currency: "sextusen kronor", "tvåhundrafemtiotusen kr"
_COMPOUND_WORDS = re.compile(
    r"(?<![\w-])(?P<words>[a-zåäö]+(?:tusen|hundra)[a-zåäö]*(?:[ \t]+[a-zåäö]+)?)[ \t]+(?P<cur>kronor|kr\b|euro)", re.IGNORECASE
)
_NUMBER_PARTS = sorted(NUMBER_WORDS, key=len, reverse=True)


def _number_parts(word: str) -> list[str] | None:
    """'fyrtiotvåtusen' → ['fyrtio', 'två', 'tusen']: a compound made only of number words (the
    longest part first), else None ('hundratals')."""
    if not word:
        return []
    for part in _NUMBER_PARTS:
        if word.startswith(part):
            rest = _number_parts(word[len(part) :])
            if rest is not None:
                return [part, *rest]
    return None


def _compound_in_words(text: str, m: re.Match) -> Money | None:
    parts = [_number_parts(w) for w in m.group("words").lower().split()]
    if any(p is None for p in parts):
        return None
    value = parse_number_words([w for p in parts for w in p or []])
    if not value:
        return None
    start = m.start("words")
    return Money(_cents(value), _currency(m.group("cur")) or "SEK", start, m.end(), text[start : m.end()])


# Amounts coordinated before one currency: "4 000 respektive 2 500 kronor", "1,5 och 0,5 miljoner
# kronor", "12 000, 8 000 och 3 000 kr": each number before the last shares its unit.
_COORDINATED = re.compile(
    rf"{_NUM_START}(?P<num>{_NUM})(?P<sep>{_SPC}*,{_SPC}*|{_SPC}+(?:och|respektive|resp\.|eller|samt|alternativt){_SPC}+)$"
)
COORDINATION_REACH = 40  # characters before an amount where the numbers coordinated with it stand
# a number after one of these words is an id, a page, a time or a year, never a coordinated amount
_NOT_AN_AMOUNT_AFTER = re.compile(r"(?i)(?:bilag\w*|bil\.|aktivitet\w*|punkt\w*|nr\.?|nummer|kl\.?|sid\w*|s\.|år|åren|§|avsnitt)\s*$")
_GROUPED = re.compile(rf"\d[{_SP}.,]\d{{3}}(?!\d)|,\d{{1,2}}$")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
SMALLEST_BARE_COORDINATED = 100  # "mellan 500 och 1 000 kronor"; "bilaga 2 och 3 000 kronor" is no pair


def _coordinated_shape(num: str, sep: str, scale: Decimal) -> bool:
    """Is `num`, coordinated with an amount of this scale, an amount itself? Under a scale word a
    short number ("1,5 och 0,5 miljoner"); else one grouped in thousands or with öre, or (joined by
    a word, not a comma) a bare number from a hundred up that is no year."""
    if scale != 1:
        return len(re.split(r"[,.]", num)[0]) <= 3
    if _GROUPED.search(num):
        return True
    value = parse_number(num)
    return "," not in sep and value is not None and value >= SMALLEST_BARE_COORDINATED and not _YEAR_ONLY.fullmatch(num)


def coordinated_before(text: str, start: int, last: Money, scale: Decimal, taken: Spans) -> list[Money]:
    """The amounts coordinated before the amount at `start` that share its unit, nearest last."""
    out: list[Money] = []
    while True:
        m = _COORDINATED.search(text, max(0, start - COORDINATION_REACH), start)
        if not m or not _coordinated_shape(m.group("num"), m.group("sep"), scale) or not taken.free(m.start("num"), m.end("num")):
            break
        if _NOT_AN_AMOUNT_AFTER.search(text, max(0, m.start() - 12), m.start()):
            break
        value = parse_number(m.group("num"))
        if value is None:
            break
        a, b = m.start("num"), m.end("num")
        out.insert(0, Money(_cents(value * scale), last.currency, a, b, text[a:b], last.approximate))
        start = a
    return out


# The marks a word processor or a typist puts where ":-" belongs ("42 500:–", "500,—"), and the
# old kronor:öre form ("48 250:00 kr", "16 400:50"): an amount's colon before two öre digits where
# the kronor are grouped in thousands or a currency follows (a time, "18:30", is neither).
_DASH_MARK = re.compile(r"(?<=\d)([:,])[–—−]")
_ORE_COLON = re.compile(
    rf"(?<=\d)(?:(?<=\d{{3}})(?<=[{_SP}.]\d{{3}})|(?=\d\d{_SPC}?(?:kr\b|kronor\b|sek\b|:-)))" r":(?=\d\d(?![\d:]))",
    re.IGNORECASE,
)


def normalised_marks(text: str) -> str:
    """`text` with its amounts' marks in the form the patterns read ("42 500:-", "48 250,00 kr"):
    the same length, so every offset still points into the original."""
    if ":" not in text and "," not in text:
        return text
    text = _DASH_MARK.sub(lambda m: m.group(1) + "-", text)
    return _ORE_COLON.sub(",", text)


def _prepared(marked: str) -> str:
    """The text with its marks normalised (`normalised_marks`) as the money patterns read it, every
    offset unchanged: a line break inside an amount read as its space, the brackets of
    "(12 000) kronor" as spaces."""
    text = marked
    if "\n" in text:
        text = _BROKEN_AMOUNT.sub(lambda m: _join_broken(text, m), text)
    if ")" in text:
        text = _BRACKETED_DIGITS.sub(lambda m: f" {m.group(1)} ", text)
        text = _BRACKETED_WORDS.sub(_words_as_spaces, text)
    return text


# "12 000 (tolvtusen) kronor": the amount in digits, its words in brackets before the currency
_BRACKETED_WORDS = re.compile(r"(?<=\d)[ \t]*\((?P<words>[a-zåäö]+(?:[ \t]+[a-zåäö]+){0,3})\)(?=\s*(?:kronor|kr\b|sek\b))", re.IGNORECASE)


def _words_as_spaces(m: re.Match) -> str:
    """The bracketed words as spaces where they spell a number, else as they are."""
    spelled = all(_number_parts(w.lower()) for w in m.group("words").split())
    return " " * len(m.group()) if spelled else m.group()


def _as_printed(original: str, marked: str, m: Money) -> Money:
    """The mention's raw text with the marks as printed ("42 500:–", not the normalised ":-")."""
    a, b = m.start, m.end
    if original[a:b] == marked[a:b] or len(m.raw) != b - a:
        return m
    raw = "".join(o if k != o else r for o, k, r in zip(original[a:b], marked[a:b], m.raw, strict=True))
    return Money(m.value, m.currency, a, b, raw, m.approximate, m.range_part)


# Lines whose amounts are kept: structure and extract ask for the same line's amounts several
# times (heading votes, line features, lead amounts); a page has a few hundred lines. Longer
# texts (pages, sections) are read each time, so the cache stays small.
FIND_MONEY_CACHE = 4096
FIND_MONEY_CACHED_CHARS = 400


def find_money(text: str, *, money_context: bool | None = None) -> list[Money]:
    """Every monetary amount in `text`, in order, with exact offsets.

    `money_context` says whether the surrounding text is about money; when None it is decided
    per sentence from the words around a scale-only amount ("3,2 miljoner").
    """
    if len(text) > FIND_MONEY_CACHED_CHARS:
        return list(_money_in.__wrapped__(text, money_context))
    return list(_money_in(text, money_context))


@lru_cache(maxsize=FIND_MONEY_CACHE)
def _money_in(text: str, money_context: bool | None) -> tuple[Money, ...]:
    """find_money's answer, kept per text (Money is frozen: the amounts are shared safely)."""
    original, marked = text, normalised_marks(text)
    text = _prepared(marked)
    found: list[Money] = []
    taken = Spans()

    def add(m: Money) -> None:
        found.append(m)
        taken.add(m.start, m.end)

    for in_words in _amounts_in_words(text):
        add(in_words)

    for m in _MONEY_AFTER.finditer(text):
        if not taken.free(_amount_start(m), m.end()):
            continue
        amounts = _amounts_before_currency(text, m, money_context)
        if amounts:
            for shared in coordinated_before(text, _amount_start(m), amounts[0], SCALES.get(_scale_token(m), Decimal(1)), taken):
                add(shared)
            add(amounts[0])
            found.extend(amounts[1:])  # a range's second end claims no span, as it never did

    for m in _MONEY_BEFORE.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue
        after_currency = _amount_after_currency(text, m)
        if after_currency is not None:
            add(after_currency)

    found.sort(key=lambda x: (x.start, x.range_part))
    return tuple(_as_printed(original, marked, m) for m in found)


def parse_amount(text: str) -> Decimal | None:
    """A bare amount as it stands in an invoice or table cell: '12 000,00', '-1 740,00 kr'."""
    t = normalised_marks(text.strip())
    t = re.sub(r"(?i)\s*(kr\.?|kronor|sek|:-)$", "", t).strip()
    if not re.fullmatch(rf"[-−]?\s?(?:{_NUM})", t):
        return None
    v = parse_number(t)
    return v.quantize(Decimal("0.01")) if v is not None else None


# --------------------------------------------------------------------------------------------
# Quantities
# --------------------------------------------------------------------------------------------

_FUNCTION_WORDS = frozenset(
    """
    och eller samt som att i på av för till från med om under över efter före hos mot vid inom utan än
    då när där den det de denna detta dessa en ett är var har hade ska skulle kan kunde kommer blev blir
    vara varit bli procent %, år års kronor kronor. kr tkr mnkr miljoner miljon miljarder miljard tusen
    sidor sida gånger gång st styck del delar av per sin sitt sina deras vår våra er ert era min mitt
    mina dag dagar vecka veckor månad månader timmar timme minuter klockan kl jan feb mar apr maj jun
    jul aug sep okt nov dec januari februari mars april juni juli augusti september oktober november
    december
""".split()
)
_ADJ_HINT = re.compile(r"^(?:nya|olika|fler|flera|stora|små|unga|äldre|erfarna|\w+(?:iga|ade|ande|ende|ska|erna))$")
_QTY = re.compile(
    r"(?<![\w.,:/\-–])"
    rf"(?P<num>\d{{1,3}}(?:{_SPC}\d{{3}})+(?![\d,])|\d+(?:,\d+)?(?![\d])|(?:{_NUMWORD_ALT})(?![\w]))"
    rf"(?P<tal>-tal)?(?:\s+av\s+\d+)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"\s+([A-Za-zÅÄÖåäöéÉ][A-Za-zÅÄÖåäöéÉ-]*)")


# Number words that are far more often articles than counts.
_ARTICLES = frozenset({"en", "ett", "noll"})
_COUNTER_WORDS = frozenset({"st", "stycken", "styck"})
_MAX_WORDS_BEFORE_NOUN = 3  # the counted noun, after up to two adjectives or a counter word
_YEAR = re.compile(r"(19|20)\d\d")


def _approximator_of_count(text: str, start: int) -> int | None:
    """Where the approximator of a count starting at `start` begins, if it has one."""
    approx_at = _approx_before(text, start)
    if approx_at is not None and text[approx_at:start].strip().lower() == "under":
        return None  # "under 2023": a time, not "fewer than"
    return approx_at


def _count_value(num: str, approximate: bool) -> float | None:
    """The value of a count as written, or None where it is an article or a year."""
    lw = num.lower()
    if lw in NUMBER_WORDS:
        return None if lw in _ARTICLES else float(NUMBER_WORDS[lw])
    if _YEAR.fullmatch(num) and not approximate:
        return None  # a year
    d = parse_number(num)
    return None if d is None else float(d)


def _after_counter_word(text: str, w: re.Match) -> int | None:
    """Where the next word starts after a counter word ("2 st. bussar"), if `w` is one."""
    if w.group(1).lower() not in _COUNTER_WORDS:
        return None
    after = w.end() + text.startswith(".", w.end())
    return after if _WORD.match(text, after) else None


def _after_adjective(text: str, w: re.Match) -> int | None:
    """Where `w` ends, if it is an adjective before a further word of the noun phrase."""
    if not _ADJ_HINT.match(w.group(1).lower()):
        return None
    nxt_m = _WORD.match(text, w.end())
    if not nxt_m:
        return None
    nxt = nxt_m.group(1).lower()
    return w.end() if nxt not in _FUNCTION_WORDS or _ADJ_HINT.match(nxt) else None


def _counted_noun(text: str, pos: int) -> re.Match | None:
    """The word a count at `pos` counts, past up to two adjectives or a counter word."""
    for _ in range(_MAX_WORDS_BEFORE_NOUN):
        w = _WORD.match(text, pos)
        if not w:
            return None
        skip_to = _after_counter_word(text, w)
        if skip_to is None:
            skip_to = _after_adjective(text, w)
        if skip_to is None:
            return w
        pos = skip_to
    return None


def _is_counted_noun(noun: str) -> bool:
    nl = noun.lower()
    if nl in _FUNCTION_WORDS or nl in NUMBER_WORDS or len(nl) < 3:
        return False
    return not (noun[0].isupper() and not noun.isupper())  # "2023 Botkyrka": a proper name


def _quantity(text: str, m: re.Match, money: Spans) -> Quantity | None:
    """The count of one `_QTY` match, or None where it counts nothing."""
    a = m.start("num")
    approx_at = _approximator_of_count(text, a)
    approx = approx_at is not None or bool(m.group("tal"))  # "ett 30-tal ungdomar"
    value = _count_value(m.group("num"), approx)
    if value is None:
        return None
    noun_m = _counted_noun(text, m.end())
    if noun_m is None or not _is_counted_noun(noun_m.group(1)) or money.covers(noun_m.start(1)):
        return None
    start = approx_at if approx_at is not None else a
    end = noun_m.end(1)
    return Quantity(value, noun_m.group(1).lower(), start, end, text[start:end], approx)


def find_quantities(text: str, money: list[Money] | None = None) -> list[Quantity]:
    """Counts of things: '15 tjänster', 'åtta nya tjänster', 'cirka 1000 personer'."""
    money = money if money is not None else find_money(text)
    spans = Spans([(m.start, m.end) for m in money])
    out: list[Quantity] = []
    for m in _QTY.finditer(text):
        if spans.covers(m.start("num")):
            continue
        q = _quantity(text, m, spans)
        if q is not None:
            out.append(q)
    return out


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_ISO = re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d])")
# 14.09.2023, 14/09/2023, 14-09-2023: day first as in Sweden and most of Europe, month first only where the
# second number cannot be a month (09/14/2023 from a US supplier)
_DATE_DMY = re.compile(r"(?<![\d/\-.])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d])")
_DATE_TEXT = re.compile(
    rf"(?<![\w])(?:den\s+)?(?P<d>[0-3]?\d)(?:\s*:\s*[ae])?\s+(?P<mon>{_MONTH_ALT})\.?(?:\s+(?P<y>(?:19|20)\d\d))?(?![\w])", re.IGNORECASE
)
_DATE_SLASH = re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?![\d])")
_DATE_MDY_TEXT = re.compile(
    rf"(?<![\w])(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?![\w])", re.IGNORECASE
)  # "September 14, 2023"
_DATE_COMPACT = re.compile(r"(?<![\d])(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])")
_COMPACT_CONTEXT = re.compile(r"(faktura|fakturerings|förfallo|betalnings|avi|order|leverans)?datum", re.IGNORECASE)


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_COMPACT_CONTEXT_CHARS = 40  # how far before a compact date ("231207") its label may stand


def _year_first_dates(text: str) -> Iterator[DateMention]:
    """2023-09-14 and 2023/09/14."""
    for rx in (_DATE_ISO, _DATE_SLASH):
        for m in rx.finditer(text):
            v = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
            if v:
                yield DateMention(v, m.start(), m.end(), m.group())


def _day_first_numeric_dates(text: str) -> Iterator[DateMention]:
    """14.09.2023; month first only where the second number cannot be a month."""
    for m in _DATE_DMY.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        day, month = (b, a) if b > 12 >= a else (a, b)
        v = _mk(int(m["y"]), month, day)
        if v:
            yield DateMention(v, m.start(), m.end(), m.group())


def _month_first_text_dates(text: str) -> Iterator[DateMention]:
    """September 14, 2023."""
    for m in _DATE_MDY_TEXT.finditer(text):
        v = _mk(int(m["y"]), MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
        if v:
            yield DateMention(v, m.start(), m.end(), m.group())


def _day_first_text_dates(text: str, default_year: int | None) -> Iterator[DateMention]:
    """den 14 september 2023; without a year in `default_year`, marked as inferred."""
    for m in _DATE_TEXT.finditer(text):
        y = m["y"]
        year = int(y) if y else default_year
        if year is None:
            continue
        v = _mk(year, MONTHS[m["mon"].lower()], int(m["d"]))
        if v:
            yield DateMention(v, m.start("d"), m.end(), text[m.start("d") : m.end()], y is None)


def _compact_dates(text: str) -> Iterator[DateMention]:
    """231207 only where the words before it say it is a date."""
    for m in _DATE_COMPACT.finditer(text):
        before = text[max(0, m.start() - _COMPACT_CONTEXT_CHARS) : m.start()]
        if not _COMPACT_CONTEXT.search(before):
            continue
        v = _mk(2000 + int(m["y"]), int(m["m"]), int(m["d"]))
        if v:
            yield DateMention(v, m.start(), m.end(), m.group())


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    out: list[DateMention] = []
    taken = Spans()
    # the most explicit forms first: a later form never claims text an earlier one read
    for dm in chain(
        _year_first_dates(text),
        _day_first_numeric_dates(text),
        _month_first_text_dates(text),
        _day_first_text_dates(text, default_year),
        _compact_dates(text),
    ):
        if taken.free(dm.start, dm.end):
            out.append(dm)
            taken.add(dm.start, dm.end)
    out.sort(key=lambda d: d.start)
    return out


def parse_date(text: str, default_year: int | None = None) -> date | None:
    ds = find_dates(text, default_year)
    return ds[0].value if ds else None


# --------------------------------------------------------------------------------------------
# Contact details and identifiers
# --------------------------------------------------------------------------------------------

_PHONE = re.compile(
    r"(?<![\d\w+])(?P<num>(?:\+46|0046)[\s\-]?\(?0?\)?[\s\-]?\d{1,3}(?:[\s\-]?\d){5,8}"
    r"|0\d{1,3}[\s\-/]?\d{2,3}(?:[\s\-]?\d{2,3}){1,3})(?![\d])"
)
_EMAIL = re.compile(r"(?<![A-Za-z._%+-])[A-Za-z][A-Za-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z])")
_ORG = re.compile(r"(?<![\d-])(?P<a>\d{6})-?(?P<b>\d{4})(?![\d-])")
_BANKGIRO = re.compile(r"(?i)\b(?:bankgiro|bg)(?:\s*nr)?[:.]?\s*(?P<n>\d{3,4}-\d{4})\b")
# plusgiro as printed: "4877213-1" or in pairs, "48 77 21-3"
_PLUSGIRO = re.compile(r"(?i)\b(?:plusgiro|pg|postgiro)(?:\s*nr)?[:.]?\s*(?P<n>\d{1,7}-\d|\d{1,2}(?: \d{2}){1,3}-\d)\b")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def normalise_phone(raw: str) -> str | None:
    """'072-148 8109' -> '+46721488109'; '+46 8 530 610 00' -> '+46853061000'."""
    s = re.sub(r"\(0\)", "", raw)
    digits = re.sub(r"\D", "", s)
    if s.strip().startswith("+46"):
        rest = digits[2:]
    elif digits.startswith("0046"):
        rest = digits[4:]
    elif digits.startswith("0"):
        rest = digits[1:]
    else:
        return None
    rest = rest.lstrip("0")
    if not 7 <= len(rest) <= 10:
        return None
    return "+46" + rest


def find_phones(text: str) -> list[Contact]:
    out = []
    for m in _PHONE.finditer(text):
        raw = m.group("num").rstrip(" -")
        # A date ("2023-09-19") or an org number never starts with 0; an amount with a space
        # group may ("08 500") but then has no area-code shape: require a separator pattern.
        e164 = normalise_phone(raw)
        if e164:
            out.append(Contact("phone", e164, m.start("num"), m.start("num") + len(raw), raw))
    return out


def find_emails(text: str) -> list[Contact]:
    return [Contact("email", m.group().lower(), m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]


def find_org_numbers(text: str) -> list[Contact]:
    """Swedish organisation numbers NNNNNN-NNNN whose Luhn check digit holds."""
    out = []
    for m in _ORG.finditer(text):
        digits = m["a"] + m["b"]
        if "-" not in m.group() and not re.search(r"(?i)org", text[max(0, m.start() - 20) : m.start()]):
            continue  # ten bare digits are an org number only where a label says so
        if luhn_ok(digits):
            out.append(Contact("org_no", f"{m['a']}-{m['b']}", m.start(), m.end(), m.group()))
    return out


def find_giro(text: str) -> list[Contact]:
    out = [Contact("bankgiro", m["n"], m.start("n"), m.end("n"), m["n"]) for m in _BANKGIRO.finditer(text)]
    out += [Contact("plusgiro", m["n"], m.start("n"), m.end("n"), m["n"]) for m in _PLUSGIRO.finditer(text)]
    return out
