"""Contents lines read from the right, in linear time: "Title ........ 12".

The regular expressions these replace
('^(.*?\\S)(?:\\s*(?:\\.{2,}|…+|\\t+)\\s*|\\s+)(\\d{1,3})\\s*$')
backtrack over every split of a run of dots, so a 100 KB line of dot leaders took minutes. Here
the page number, then one run of leaders, are stripped from the line's end."""

from __future__ import annotations

import re

MAX_PAGE_DIGITS = 3
_LEADERS = (".", "…", "\t")


def _page_at_end(text: str) -> tuple[str, int] | None:
    """(the text before the page number, the page number) when the line ends in 1-3 digits."""
    t = text.rstrip()
    k = len(t)
    while k > 0 and t[k - 1].isdigit():
        k -= 1
    digits = t[k:]
    if not digits or len(digits) > MAX_PAGE_DIGITS or not digits.isascii():
        return None
    return t[:k], int(digits)


def _strip_leaders(head: str, minimum: int) -> str | None:
    """`head` without its trailing leader run (dots at least `minimum` long, ellipses or tabs)
    and the spaces around it; None when it ends in neither leaders nor whitespace."""
    t = head.rstrip()
    for ch in _LEADERS:
        k = len(t)
        while k > 0 and t[k - 1] == ch:
            k -= 1
        run = len(t) - k
        if run >= (minimum if ch == "." else 1):
            return t[:k].rstrip()
    return t if len(t) < len(head) else None


def toc_line(text: str) -> tuple[str, int] | None:
    """(title, page) of a contents line, or None. The title keeps whatever leaders do not
    directly precede the page number ("Title . . . 4" keeps its spaced dots, as before)."""
    found = _page_at_end(text)
    if found is None:
        return None
    head, page = found
    title = _strip_leaders(head, 2)
    if title == "" and head.strip():
        return _all_leaders(head, page)
    if not title:
        return None
    return title, page


_OLD_RULE = re.compile(r"^(?P<title>.*?\S)(?:\s*(?:\.{2,}|…+|\t+)\s*|\s+)(?P<page>\d{1,3})\s*$")


def _all_leaders(head: str, page: int) -> tuple[str, int] | None:
    """A line of nothing but leaders and a page number: the old rule on a sample of at most
    three leaders (the outcome depends on no more), so it stays bounded."""
    t = head.rstrip()
    core = t.lstrip()
    m = _OLD_RULE.match(core[:3] + head[len(t) :][:3] + str(page))
    return (t[: len(t) - len(core)] + m.group("title"), page) if m else None


def ends_with_leaders_and_page(text: str) -> bool:
    """Does the line end like a contents entry: three or more dots, an ellipsis or a tab, then a
    page number?"""
    found = _page_at_end(text)
    if found is None:
        return False
    raw = found[0]
    head = raw.rstrip()
    return head.endswith(("...", "…")) or "\t" in raw[len(head) :]


def drop_trailing_page(title: str, page: int) -> str:
    """'Title (553 934,55 kronor) 4' -> 'Title (553 934,55 kronor)': a page number that wrapped
    into the title, after spaces or two or more dots."""
    t = title.rstrip()
    p = str(page)
    if not t.endswith(p):
        return title
    head = t[: len(t) - len(p)]
    if head.endswith("..") or (head[-1:].isspace()):
        return head.rstrip()
    return title


# words that number a report's parts, not its activities: "Del 1 Sammanfattning", "Kapitel 2 …"
PART_WORDS = ("del", "avsnitt", "kapitel", "part")
_PART_LINE = re.compile(r"^\s*(?P<word>[A-Za-zÅÄÖåäö]+)\s+(?P<num>\d{1,2}|[A-Z])\b[\s.:–-]*(?P<title>\S.*)$")


def part_entry(text: str, schemes: set[str]) -> tuple[str, str] | None:
    """('Del 1', 'Sammanfattning') for a contents line of a part, where the document numbers its
    activities by another scheme as well ("Aktivitet 4 – …" under "Del 2"): the part keeps its
    printed label, so its number is never taken for an activity's."""
    m = _PART_LINE.match(text)
    if not m:
        return None
    word = m.group("word").lower()
    if word not in PART_WORDS or word not in schemes or not schemes - {word}:
        return None
    return f"{m.group('word')} {m.group('num')}", m.group("title").strip()


def _part_number(label: str) -> str:
    return label.split()[-1]


def without_part_sections(sections: list, toc: list) -> list:
    """The sections less those that are a part of the report the contents name ("Del 2
    Kommunens synpunkter" read as activity 2): same number and title as a part's entry."""
    parts = {(_part_number(e.number), e.title.casefold()) for e in toc if e.number and " " in e.number}
    if not parts:
        return sections
    return [s for s in sections if (s.number, (s.title or "").casefold()) not in parts]
