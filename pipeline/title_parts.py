"""What of a heading line is the activity's title (issue 12 point 4, issue 13).

A heading line carries more than the title in many house styles: a reference to the agency's
decision set flush right after a wide gap ("Beslutet avsnitt 4.3, s. 7"), the municipality's
stance after a colon or dash ("…: återkravet bestrids"), the letter's own counter before it ("Krav
2 av 5 – …"), the agency's number in brackets after it ("(aktivitet 6)"), or, in a run-in heading,
the first sentence of the body. These are rules about the genre's layout and language, not about
any one letter: a title is a name, short, set apart from what follows by white space, a colon or a
sentence's end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ingest import Line, PageText
    from .structure import Section, Segment

RUN_IN_BODY_WORDS = 3  # words after a run-in title's full stop that show a sentence goes on, not an abbreviation
TITLE_GAP = 24.0  # points of white space inside a heading line that set a note apart from the title (a word space is ~3)
WRAP_LINES = 2  # lines a title printed under its number may wrap onto (a narrow side column)
WRAP_EDGE = 3.0  # points between the left edges of a title's line and the line it wraps onto
STANCE_TAIL_CHARS = 60  # characters of a stance after the title ("återkravet medges delvis")

# "Krav 2 av 5 – Title", "Återkrav 1 av 3: Title": the letter counts its items; the counter is no title
_COUNTER = re.compile(r"^\s*\w+\s+\d{1,3}\s+av\s+\d{1,3}\s*[–—:-]\s*(?=\S)", re.IGNORECASE)
# "Title (aktivitet 6)": the agency's number, read as the activity's number (structure.inner numbers)
_NUMBER_BRACKET = re.compile(r"\s*\((?:aktivitet|akt\.?|insats|punkt|projekt|åtgärd)\s*(?:nr\.?\s*)?\d{1,3}\)\s*$", re.IGNORECASE)
# "Title: återkravet bestrids", "Title – kommunen återkommer": the answer printed after the title
_TAIL = re.compile(rf"(?::|\s[–—-])\s+(?P<tail>[^:–—]{{2,{STANCE_TAIL_CHARS}}})$")
_STANCE = re.compile(
    r"\b(?:medges|medger|bestrids|bestrider|godtas|godtar|accepteras|accepterar|återkommer|ställning tas|tar ställning)\b", re.IGNORECASE
)


def body_goes_on(body: str) -> bool:
    """After a run-in title's full stop, a sentence of several words goes on (not an abbreviation's stop)."""
    return len(body.split()) >= RUN_IN_BODY_WORDS


def tidy_title(title: str) -> str:
    """The title without the counter before it, the agency's bracketed number or the stance after it."""
    tidy = _NUMBER_BRACKET.sub("", _COUNTER.sub("", title))
    tail = _TAIL.search(tidy)
    if tail and tail.start() > 0 and _STANCE.search(tail.group("tail")):
        tidy = tidy[: tail.start()]
    tidy = tidy.strip()
    return tidy or title


def _segment_at(segs: list[Segment], at: int) -> int | None:
    return next((k for k, g in enumerate(segs) if g.start <= at < g.end), None)


def title_before_gap(page: PageText, heading: Line, title: str) -> str:
    """The title up to a wide gap on its heading line: what stands beyond it ("Beslutet avsnitt
    4.3, s. 7" flush right) is a note beside the heading, not part of its name."""
    from .structure import segments

    at = heading.text.find(title)
    if at < 0 or not title:
        return title
    start = heading.start + at
    segs = next((line for line in segments(page) if line and line[0].line == heading.start), [])
    k = _segment_at(segs, start)
    if k is None or k + 1 >= len(segs) or segs[k].end >= start + len(title):
        return title
    if segs[k + 1].x0 - segs[k].x1 < TITLE_GAP:
        return title
    return page.text[start : segs[k].end].rstrip(" –—-:,")


# what a heading names after its number where it names no activity but a reference: a word or
# two and a code of letters joined to digits, or a register's number ("Vårt projekt P-2207", "Vår
# ref. KF-2022/118", "Dnr 2023/45"); a name with a year ("Sommarjobb 2022") is no reference
_REFERENCE_ONLY = re.compile(
    r"^(?:[A-Za-zÅÄÖåäö]{1,14}\.?\s+){0,3}(?:nr\.?\s*)?(?:[A-ZÅÄÖ]{1,5}[-–]?\d{1,6}(?:[/.:-]\d{1,6})*|\d{1,6}[/:-]\d{1,6})$"
)
NAME_LINE_WORDS = 12  # words of a name on the line under a heading: a longer line is the body


def _reads_as_name(text: str) -> bool:
    """A short line that opens in capitals and ends no sentence: a name, not the body's first sentence."""
    words = text.split()
    return 0 < len(words) <= NAME_LINE_WORDS and text[:1].isupper() and not text.endswith((".", ":", "!", "?"))


def _name_under_reference(sec: Section) -> None:
    """Where the heading line names only a reference after the number, the activity's name is the
    line under it: that line is the title, not the body."""
    if not _REFERENCE_ONLY.match(sec.title) or not sec.lines:
        return
    first = sec.lines[0].text.strip()
    from .swedish import find_money

    if _reads_as_name(first) and not find_money(first, money_context=True):
        sec.title = first
        sec.lines = sec.lines[1:]


def tidy_titles(pages: dict[int, PageText], sections: list[Section]) -> None:
    """Each prose heading's title as the name alone (a table row's title is its cell already)."""
    for sec in sections:
        if sec.cells is not None or sec.toc is not None:
            continue
        page = pages.get(sec.heading.page_no)
        title = title_before_gap(page, sec.heading, sec.title) if page is not None else sec.title
        sec.title = tidy_title(title)
        _name_under_reference(sec)


def _wraps_onto(a: Line, b: Line) -> bool:
    """b goes on from a: same page and left edge, under it, in lower case (a wrapped name goes on mid-phrase)."""
    if a.page_no != b.page_no or a.box is None or b.box is None or not b.text.strip()[:1].islower():
        return False
    return abs(a.box[0] - b.box[0]) <= WRAP_EDGE and b.box[1] > a.box[1]


def wrapped_title(lines: list[Line], k: int) -> str:
    """The title on line k with the lines it wraps onto ('Lovskola och' / 'lovaktiviteter i Ren')."""
    parts = [lines[k].text.strip()]
    for nxt in lines[k + 1 : k + 1 + WRAP_LINES]:
        if parts[-1].endswith((".", ":", "!", "?")) or not _wraps_onto(lines[k], nxt):
            break
        parts.append(nxt.text.strip())
    return " ".join(parts)
