"""How letters number their parts: "3", "2.1", Roman "IV", a capital letter "A", "B" (bare, "A.",
or after a word, "Del A"). An activity keeps its number as printed (the contract's activity_no);
sequences are followed by its value."""

from __future__ import annotations

import re

ROMAN_NUMBER = r"[IVX]{1,5}"  # up to XXXVIII: more parts than a response answers
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN_WELL_FORMED = re.compile(r"^X{0,3}(IX|IV|V?I{0,3})$")


def roman_value(text: str) -> int | None:
    """'IV' -> 4; None for what is no well-formed Roman number ('IIII', 'VX', '')."""
    if not text or not _ROMAN_WELL_FORMED.match(text):
        return None
    total = 0
    for k, ch in enumerate(text):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[text[k + 1]] if k + 1 < len(text) else 0
        total += -value if value < following else value
    return total


PART_LETTER = r"[A-Z]"  # "Del A", "B)": parts lettered in the alphabet's order


# "a.", "b.": a list of parts in lower case (only with a full stop or bracket after it, as a heading)
PART_SMALL_LETTER = r"[a-z]"


def letter_value(text: str) -> int | None:
    """'A' -> 1, 'D' -> 4, 'c' -> 3; None for what is no single letter."""
    if re.fullmatch(PART_LETTER, text):
        return ord(text) - ord("A") + 1
    return ord(text) - ord("a") + 1 if re.fullmatch(PART_SMALL_LETTER, text) else None


# a project register's number: its year and its serial ('2021:3', '2022:11'); a register numbers
# every project the organisation runs, so those the agency reclaims have gaps between them
REGISTER_NUMBER = r"(?:19|20)\d\d:\d{1,4}"
_REGISTER = re.compile(REGISTER_NUMBER)


def is_register_number(number: str) -> bool:
    return bool(_REGISTER.fullmatch(number))


def leading_value(number: str) -> int | None:
    """The value of a part number's first level: '2.1' -> 2, 'III' -> 3, 'C' -> 3, a register's
    '2021:7' -> 7 (its serial). A Roman numeral reads as one ('I', 'V', 'X'): a lettered list
    rarely runs that far."""
    if is_register_number(number):
        return int(number.split(":")[1])
    head = number.split(".")[0]
    if head.isdigit():
        return int(head)
    return roman_value(head) or letter_value(head)


def number_key(number: str) -> tuple[int, ...]:
    """Every level's value, to order part numbers: '1.2' -> (1, 2) comes after '1.1' -> (1, 1)."""
    return tuple(leading_value(level) or 0 for level in number.split(".") if level)


# "1, 3 och 4", "1–3", "2-4 samt 6": the activity numbers a sentence names
NUMBER_LIST = r"\d{1,3}(?:\s*(?:,|och|samt|[–-])\s*\d{1,3})*"
_LIST_PART = re.compile(r"(\d{1,3})(?:\s*[–-]\s*(\d{1,3}))?")
MAX_NAMED_RANGE = 30  # a wider "range" is a misreading (a year, a page span), not activities


def numbers_named(spec: str) -> list[str]:
    """'1–3 och 6' -> ['1', '2', '3', '6']: a range stands for every number in it."""
    out: list[str] = []
    for m in _LIST_PART.finditer(spec):
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        span = range(first, last + 1) if 0 <= last - first <= MAX_NAMED_RANGE else (first, last)
        out += [str(n) for n in span if str(n) not in out]
    return out
