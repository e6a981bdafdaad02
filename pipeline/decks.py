"""Responses given as a slide deck: landscape pages, each a slide with one title and little text.

Each slide is a section and its title a heading candidate. An activity's section is the slide
whose title names it ("Insats 1 · Lovaktiviteter", "Aktivitet 3: …", "Projekt 12 – …"), with the
slides that continue it ("… (forts.)", the same number again); a slide that lists every
activity (an overview, a summary) names several and is no activity's start. The claim stands in
the title, on an amount line, or in a callout: a short label ("Återkrävt", "Krav") over the
amount.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from .ingest import IngestedDocument, Line
from .qa_pairs import NAMED, split_voices
from .swedish import find_money

if TYPE_CHECKING:
    from .structure import Section

MIN_SLIDES = 3  # pages a deck has at least (a title slide, an activity, a closing slide)
SLIDE_SHARE = 0.8  # share of the pages that must lie in landscape with little text
SLIDE_MAX_CHARS = 1500  # characters of a slide's text: more is a page of a letter
TITLE_LINES = 3  # lines at a slide's top among which its title (the tallest) stands

_CONTINUED = re.compile(r"\s*\((?:forts\w*\.?|fortsättning|cont\w*\.?)\)\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[·•|]\s+")
# a callout's label over its amount: "Återkrävt", "Krav", "Belopp som återkrävs"
_CLAIM_LABEL = re.compile(r"^(?:återkr\w*|krav\w*|belopp\w*)(?:\s+[a-zåäö]+){0,3}\s*:?$", re.IGNORECASE)


def is_deck(doc: IngestedDocument) -> bool:
    """Landscape pages with little text each: slides."""
    pages = [p for p in doc.pages if p.width and p.height]
    if len(pages) < MIN_SLIDES:
        return False
    landscape = sum(1 for p in pages if (p.width or 0) > (p.height or 0))
    sparse = sum(1 for p in pages if len(p.text) <= SLIDE_MAX_CHARS)  # a dense appendix slide or two aside
    return min(landscape, sparse) >= SLIDE_SHARE * len(pages)


def _title_line(lines: list[Line]) -> Line:
    """The slide's title: the tallest of its first lines (the first where heights are unknown)."""
    top = lines[:TITLE_LINES]
    return max(top, key=lambda ln: (ln.box[3] - ln.box[1]) if ln.box else 0.0) if any(ln.box for ln in top) else top[0]


def _named_activity(title: str, schemes: set[str]) -> tuple[str, str, Decimal | None] | None:
    """(number, title, amount) where the slide's title names one activity."""
    from .structure import _heading_parts, _without_scheme

    text = _SEPARATOR.sub(" – ", _CONTINUED.sub("", title.strip()))
    return _heading_parts(_without_scheme(text, schemes))


def _subtitle_activity(title: Line, slide: list[Line]) -> tuple[str, str, Decimal | None] | None:
    """A slide titled with the activity's name, its number (and claim) in a subtitle under it
    ("Insats 2 · återkrävt 40 000 kr"); not a slide whose lines name several activities (a
    summary)."""
    named = [(ln, m) for ln in slide if ln is not title and (m := NAMED.match(ln.text.strip()))]
    if len({m.group("num") for _, m in named}) != 1 or named[0][0] not in slide[: TITLE_LINES + 1]:
        return None
    ln, m = named[0]
    ms = find_money(ln.text, money_context=True)
    return m.group("num"), title.text.strip(), ms[0].value if ms else None


def _claim(lines: list[Line]) -> Decimal | None:
    """The claim a slide states: on an amount line ("Återkrävt belopp: 75 000 kr"), or in a
    callout whose label stands over the amount."""
    from .structure import amount_line

    for k, ln in enumerate(lines):
        am = amount_line(ln.text.strip())
        ms = find_money(am.group("amount"), money_context=True) if am else []
        if not ms and _CLAIM_LABEL.match(ln.text.strip()) and k + 1 < len(lines):
            ms = find_money(lines[k + 1].text, money_context=True)
        if ms:
            return ms[0].value
    return None


def _slides(doc: IngestedDocument, lines: list[Line]) -> list[list[Line]]:
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page_no, []).append(ln)
    return [by_page[p] for p in sorted(by_page)]


def _continue(doc: IngestedDocument, sec: Section, lines: list[Line]) -> None:
    """The activity's slide continued on the next: its lines, and its labelled parts, go on."""
    sec.lines += lines
    more = split_voices(doc, lines)
    if sec.voices or more:
        agency, answer = sec.voices or ([], [])
        sec.voices = (agency + (more[0] if more else []), answer + (more[1] if more else lines))


def deck_sections(doc: IngestedDocument, lines: list[Line]) -> list[Section]:
    """The activities of a slide deck, one section per activity slide and its continuations;
    [] where the document is no deck or no slide's title names an activity."""
    from .heading_schemes import scheme_words
    from .structure import Section

    if not is_deck(doc):
        return []
    slides = _slides(doc, lines)
    titles = [_title_line(s) for s in slides]
    schemes = scheme_words(t.text for t in titles)
    sections: list[Section] = []
    for slide, title in zip(slides, titles, strict=True):
        body = [ln for ln in slide if ln is not title]
        parts = _named_activity(title.text, schemes) or _subtitle_activity(title, slide)
        if parts is None:
            continue
        number, name, amount = parts
        if sections and sections[-1].number == number:
            _continue(doc, sections[-1], [title, *body])
            continue
        sec = Section(number, name, amount if amount is not None else _claim(body), title, body)
        sec.amount_stated = sec.amount is not None
        sec.voices = split_voices(doc, body)  # "Socialstyrelsen anför | Kommunens svar" over two columns
        sections.append(sec)
    return sections
