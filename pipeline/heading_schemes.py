"""How a letter numbers its headings, learnt from the letter itself: the words it puts before the
number ("Aktivitet 3", "Delområde 7", "Er punkt 2", "Ärende 4.1.2", "Del A"), used on two or more
headings with numbers that grow. A scheme is the same words before different numbers, whatever the
words are: a municipality's next response may number by any of them.

Also the marks a plain-text e-mail puts around its headings and labels ("## Aktivitet 6: …",
"**Belopp:** 45 tkr"): they are typing, not text, and are read past."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .numbering import PART_LETTER, number_key

# "Ärende 4.1.2 – …", "Er punkt 2: …", "Delprojekt 1: …", "Satsning 2 – …": one to three words, the
# first capitalised, before a number of up to four levels and the mark that ends it
SCHEME_LINE = re.compile(
    r"^(?P<word>[A-ZÅÄÖ][a-zåäö]{1,20}(?:\s+[a-zåäö]{2,20}){0,2})\s+(?:nr\.?\s*)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,3}){0,3})(?:\s*[:.–—-]\s+\S|\s+(?=[A-ZÅÄÖ]))"  # a scan may lose the dash
)
# "Del A Mentorer …", "Avsnitt B: …": a word that letters the headings
LETTER_SCHEME_LINE = re.compile(rf"^(?P<word>[A-ZÅÄÖ][a-zåäö]{{2,20}})\s+(?P<num>{PART_LETTER})(?:\s*[:.)–-])?\s+(?=[A-ZÅÄÖ])")
# words that number what is no activity: attachments, pages, tables, a register's entries
NOT_SCHEME = {
    *("bilaga", "bilagor", "sida", "tabell", "figur", "bild", "kapitel", "paragraf", "dnr", "diarienummer"),
    *("appendix", "attachment", "enclosure", "annex", "page", "table", "figure"),  # a municipal company's English
}
MIN_SCHEME_USES = 2  # headings a scheme must number: one alone is a sentence's "Punkt 3: …"

# "## ", "### " before a heading typed in a plain-text mail; "**" or "__" around a word typed bold
_HEADING_MARKS = re.compile(r"^\s{0,3}#{1,6}\s+")
_EMPHASIS_MARKS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def without_typed_marks(text: str) -> str:
    """'## Aktivitet 6: Läger' -> 'Aktivitet 6: Läger'; '**Belopp:** 45 tkr' -> 'Belopp: 45 tkr'."""
    if "#" not in text and "**" not in text and "__" not in text:
        return text  # nearly every line: no copy
    return _EMPHASIS_MARKS.sub(r"\2", _HEADING_MARKS.sub("", text))


def _scheme_match(text: str) -> re.Match | None:
    return SCHEME_LINE.match(text) or LETTER_SCHEME_LINE.match(text)


def _grows(numbers: list[str]) -> bool:
    """Numbers in the order the letter prints them, each after the one before ('4.1.2', '4.1.5',
    '5.2.1'; 'A', 'B'): a scheme's headings, not a list that says 'Steg 1' twice."""
    keys = [number_key(n) for n in numbers]
    return all(a < b for a, b in zip(keys, keys[1:], strict=False))


def scheme_words(texts: Iterable[str]) -> set[str]:
    """The words (lower case) that number two or more headings here, with numbers that grow."""
    seen: dict[str, list[str]] = {}
    for text in texts:
        m = _scheme_match(without_typed_marks(text))
        if m and m.group("word").lower() not in NOT_SCHEME:
            nums = seen.setdefault(" ".join(m.group("word").lower().split()), [])
            if m.group("num") not in nums:
                nums.append(m.group("num"))
    return {w for w, nums in seen.items() if len(nums) >= MIN_SCHEME_USES and _grows(nums)}


def scheme_word(text: str, schemes: set[str]) -> re.Match | None:
    """The scheme's words opening this line, where they are one of the document's schemes."""
    m = _scheme_match(without_typed_marks(text))
    return m if m and " ".join(m.group("word").lower().split()) in schemes else None


def without_scheme(text: str, schemes: set[str]) -> str:
    """'Delprojekt 2: Titel' -> '2: Titel' where 'delprojekt' numbers this document's headings;
    'Del A Titel' -> 'A. Titel'; the typed marks of a plain-text mail read past."""
    text = without_typed_marks(text)
    m = scheme_word(text, schemes)
    if m is None:
        return text
    if m.re is LETTER_SCHEME_LINE:
        return f"{m.group('num')}. {text[m.end() :]}"  # "Del A Titel" -> "A. Titel"
    return text[m.start("num") :]
