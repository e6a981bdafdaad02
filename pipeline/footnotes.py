"""Attachments named only in footnotes: a note at a page's foot ("¹ Bilaga 1: Öppettider …",
under a rule) that the body refers to by a superscript number ("… besöksstatistik.¹"). The notes
are numbered through the letter, so a note's number need not be its attachment's; a note may
also say something else ("² Enligt nämndens beslut …") and name no attachment."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attachlist import AttachmentItem, AttachmentRef, item_from_line
from .ingest import IngestedDocument, Line, PageText

_SEPARATOR = re.compile(r"^\s*[_—–-]{5,}\s*$")  # the rule a word processor draws over its notes
_LONE_MARK = re.compile(r"^\s*(?P<mark>\d{1,2})\s*$")  # a note's number on a line of its own
_MARKED_NOTE = re.compile(r"^\s*(?P<mark>\d{1,2})\s+(?P<text>\S.*)$")
# a note's number raised after a word or its full stop: "besöksstatistik.1", "styrkas2"
_MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:)!?”])(?P<mark>\d{1,2})(?=\s|$)")
NOTE_LINES_MAX = 8  # lines a page's notes may take under their rule
RAISED = 1.0  # points a superscript's foot stands above the foot of the word it follows


@dataclass
class Footnote:
    mark: str
    line: Line
    item: AttachmentItem | None  # the attachment the note names, if any


def _foot_lines(lines: list[Line]) -> tuple[list[Line], bool]:
    """The lines at a page's foot that may be notes: after a rule, or a run of numbered notes
    ending the page; and whether a rule stands over them."""
    for k in range(len(lines) - 1, max(-1, len(lines) - 1 - NOTE_LINES_MAX), -1):
        if _SEPARATOR.match(lines[k].text):
            return lines[k:], True
    k = len(lines)
    while k > 0 and (_LONE_MARK.match(lines[k - 1].text) or _MARKED_NOTE.match(lines[k - 1].text)):
        k -= 1
    return lines[k:], False


def _notes_of(region: list[Line], ruled: bool, last_mark: int) -> list[Footnote]:
    """The notes in a foot region; a note without its number (a lone digit a reader dropped) takes
    the next in the letter's sequence."""
    notes: list[Footnote] = []
    pending: str | None = None
    for ln in region:
        text = ln.text.strip()
        lone = _LONE_MARK.match(text)
        if lone or _SEPARATOR.match(text):
            pending = lone.group("mark") if lone else pending
            continue
        marked = _MARKED_NOTE.match(text)
        if not marked and not ruled:
            continue
        mark = marked.group("mark") if marked else pending or str(last_mark + 1)
        body = marked.group("text") if marked else text
        last_mark, pending = int(mark), None
        notes.append(Footnote(mark, ln, item_from_line(body, ln)))
    return notes


def _raised(page: PageText, start: int, end: int, word_start: int) -> bool:
    """A marker set above the line: its foot higher than the foot of the word it follows."""
    mark, word = page.box(start, end), page.box(word_start, word_start + 1)
    return bool(mark and word and mark[3] < word[3] - RAISED)


def find_footnotes(doc: IngestedDocument) -> list[Footnote]:
    """Every page's notes that name an attachment, where the page holds one at least."""
    out: list[Footnote] = []
    last = 0
    for page in doc.pages:
        lines = [ln for ln in page.lines() if ln.text.strip()]
        region, ruled = _foot_lines(lines)
        notes = _notes_of(region, ruled, last)
        if any(n.item for n in notes) and (ruled or _has_raised_marker(page, lines, notes)):
            out += notes
            last = int(notes[-1].mark)
    return out


def _has_raised_marker(page: PageText, lines: list[Line], notes: list[Footnote]) -> bool:
    return any(True for _ in _markers(page, lines, {n.mark for n in notes}, need_raised=True))


def _markers(page: PageText, lines: list[Line], marks: set[str], need_raised: bool):
    """(line, offset in the page text, mark) of each note marker in the body lines."""
    for ln in lines:
        for m in _MARKER.finditer(ln.text):
            if m.group("mark") not in marks:
                continue
            start = ln.start + m.start()
            word_start = ln.start + ln.text.rfind(" ", 0, m.start()) + 1
            raised = _raised(page, start, ln.start + m.end(), word_start)
            if raised or (not need_raised and not page.box(start, start + 1)):
                yield ln, start, m.group("mark")


def footnote_refs(doc: IngestedDocument, notes: list[Footnote], body: list[Line], activity_of) -> list[AttachmentRef]:
    """The body's references to noted attachments: each superscript marker of a note that
    names one (on a page without boxes, a number glued to a word that a note has)."""
    by_mark = {n.mark: n.item for n in notes if n.item}
    note_lines = {id(n.line) for n in notes}
    refs: list[AttachmentRef] = []
    pages = {p.page_no: p for p in doc.pages}
    for page_no in sorted({ln.page_no for ln in body}):
        lines = [ln for ln in body if ln.page_no == page_no and id(ln) not in note_lines]
        for ln, start, mark in _markers(pages[page_no], lines, set(by_mark), need_raised=False):
            item = by_mark[mark]
            if item is not None:
                refs.append(AttachmentRef(activity_of(ln, start), mark, item.attachment_id, ln, start))
    return refs
