"""A response organised by the agency's reasons, not by activity: each reason is a heading
("Skäl 2. Myndighetsutövning", "1. Insatserna saknar samband med bidragets syfte") with the
activities it concerns listed under it ("Aktivitet 2 Uppsökande team i Centrum, 142 000 kr"),
then the municipality's answer on them. An activity may stand under two reasons (its amount the
first time only). Each activity becomes one section: its first listing is the heading, the
reasons it stands under are its agency's assessment, and its body is what each reason's answer
says of it: the sentences that name it, or no activity at all."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from .ingest import Line
from .numbering import NUMBER_LIST, numbers_named
from .swedish import find_money

if TYPE_CHECKING:
    from .ingest.model import Box
    from .structure import Section

BoxOf = Callable[[int, int, int], "Box | None"]  # page, start, end -> the box of that text
Parts = Callable[[str], "tuple[str, str, Decimal | None] | None"]  # a heading's number, title, amount

# "Aktivitet 2 …", "Insats nr 4: …": a listed activity (the letter's own scheme word for it)
_ACTIVITY_LINE = re.compile(r"^\s*(?:aktivitet|insats|åtgärd|projekt|punkt)\s+(?:nr\.?\s*)?\d{1,3}\b", re.I)
_NAMES_ACTIVITIES = re.compile(rf"\b(?:aktivitet|insats|åtgärd|projekt|punkt)(?:en|erna)?\s+(?:nr\.?\s*)?({NUMBER_LIST})", re.I)
HEAD_MAX_WORDS = 15  # a reason's heading is a line of a few words, not a sentence
MIN_GROUPS = 2  # reasons with activities listed under them
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


@dataclass
class ReasonGroup:
    head: Line
    listed: list[int]  # indices of the activity lines under the heading
    body: list[Line] = field(default_factory=list)


def _reads_as_head(ln: Line) -> bool:
    text = ln.text.strip()
    return 0 < len(text.split()) <= HEAD_MAX_WORDS and not text.endswith(".") and not find_money(text) and not _ACTIVITY_LINE.match(text)


def _groups(lines: list[Line], body: list[int], parts: Parts) -> list[ReasonGroup]:
    """Each heading directly over a run of activity lines, with the lines up to the next such
    heading; [] where an activity's heading stands over its own text (a letter by activity)."""
    groups: list[ReasonGroup] = []
    prev: int | None = None
    for i in body:
        text = lines[i].text.strip()
        if not (_ACTIVITY_LINE.match(text) and parts(text)):
            if groups:
                groups[-1].body.append(lines[i])
            prev = i
            continue
        if groups and groups[-1].listed[-1] == prev:
            groups[-1].listed.append(i)
        elif prev is not None and _reads_as_head(lines[prev]):
            if groups and groups[-1].body and groups[-1].body[-1] is lines[prev]:
                groups[-1].body.pop()  # the heading ends the previous reason's answer
            groups.append(ReasonGroup(lines[prev], [i]))
        else:
            return []
        prev = i
    return groups


def _organised_by_reason(groups: list[ReasonGroup], numbers: dict[int, str]) -> bool:
    """Reasons, not activities, order the letter: two reasons or more, and one lists several
    activities or an activity stands under two."""
    listed = [numbers[i] for g in groups for i in g.listed if i in numbers]
    return len(groups) >= MIN_GROUPS and (any(len(g.listed) > 1 for g in groups) or len(set(listed)) < len(listed))


def _named(text: str) -> set[str]:
    return {n for m in _NAMES_ACTIVITIES.finditer(text) for n in numbers_named(m.group(1))}


STEM = 6  # letters of a title's word that name it in a sentence ("Sommarjobben" for "Sommarjobb i Norrby")
STEM_MIN_WORD = 5  # shorter words ("unga", "i") name nothing of their own


def _stems(title: str) -> set[str]:
    return {w[:STEM].lower() for w in re.findall(r"[^\W\d_]+", title) if len(w) >= STEM_MIN_WORD}


def _spoken_of(text: str, titles: dict[str, str]) -> set[str]:
    """The listed activities a sentence speaks of: those it names by number; else those whose
    title's words it uses; else all of them."""
    named = _named(text) & set(titles)
    if named:
        return named
    words = {w[:STEM].lower() for w in re.findall(r"[^\W\d_]+", text)}
    by_title = {n for n, t in titles.items() if _stems(t) & words}
    return by_title or set(titles)


def _said_of(number: str, group: ReasonGroup, titles: dict[str, str], box_of: BoxOf) -> list[Line]:
    """What a reason's answer says of one activity: where it lists several, its sentences that
    speak of that activity, each a line of its own (offsets into the page text)."""
    if len(titles) == 1:
        return list(group.body)
    out: list[Line] = []
    for ln in group.body:
        for m in _SENTENCE.finditer(ln.text):
            text = m.group().strip()
            if text and number in _spoken_of(text, titles):
                a = ln.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
                z = a + len(text)
                out.append(Line(ln.page_no, a, z, text, box_of(ln.page_no, a, z)))
    return out


def _listing(sections: dict[str, Section], line: Line, parsed: tuple[str, str, Decimal | None]) -> Section:
    """The section of an activity listed under a reason: made at its first listing (its heading,
    title and amount), where a later listing may still give the amount."""
    from .structure import Section  # noqa: F811 (the dataclass itself, at run time)

    number, title, amount = parsed
    sec = sections.get(number)
    if sec is None:
        sec = sections[number] = Section(number, title, amount, line, [], amount_stated=amount is not None, scattered=True)
    elif sec.amount is None and amount is not None:
        sec.amount, sec.amount_stated = amount, True
    return sec


def reason_group_sections(lines: list[Line], body: list[int], box_of: BoxOf, parts: Parts) -> list[Section]:
    """The activities of a letter organised by the agency's reasons, one section each in the
    order first listed; [] for a letter that is not."""
    groups = _groups(lines, body, parts)
    parsed = {i: p for g in groups for i in g.listed if (p := parts(lines[i].text.strip()))}
    numbers = {i: p[0] for i, p in parsed.items()}
    if not _organised_by_reason(groups, numbers):
        return []
    first_titles = {p[0]: p[1] for p in reversed(list(parsed.values()))}
    sections: dict[str, Section] = {}
    for g in groups:
        titles = {numbers[i]: first_titles[numbers[i]] for i in g.listed if i in numbers}
        for i in (i for i in g.listed if i in parsed):
            sec = _listing(sections, lines[i], parsed[i])
            sec.reason_heads.append(g.head)
            sec.lines.extend(_said_of(sec.number, g, titles, box_of))
    return list(sections.values())
