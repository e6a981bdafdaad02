"""Attachments named only in footnotes: a note at a page's foot ("¹ Bilaga 1: Öppettider …",
under a rule) that the body refers to by a superscript number ("… besöksstatistik.¹"). The notes
are numbered through the letter, so a note's number need not be its attachment's; a note may
also say something else ("² Enligt nämndens beslut …") and name no attachment."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attachlist import AttachmentItem, AttachmentRef, ids_referred_to, item_from_line
from .ingest import IngestedDocument, Line, PageText

_SEPARATOR = re.compile(r"^\s*[_—–-]{5,}\s*$")  # the rule a word processor draws over its notes
_LONE_MARK = re.compile(r"^\s*(?P<mark>\d{1,2})\s*$")  # a note's number on a line of its own
# "1 Faktura …", and "1Faktura …" as a word processor prints a raised number run into its note
_MARKED_NOTE = re.compile(r"^\s*(?P<mark>\d{1,2})(?:\s+|(?=[A-ZÅÄÖ]))(?P<text>\S.*)$")
# the page's footer under its notes: "Sigtuna kommun · Sida 1 av 2", "1 (2)", "3/4"
_PAGE_FOOTER = re.compile(r"(?i)\bsida\s+\d+|^\s*\d{1,3}\s*(?:\(\d{1,3}\)|(?:/|av)\s*\d{1,3})\s*$")
FOOTER_LINES_MAX = 2
NOTE_WRAP_MAX = 2  # lines one note may run onto under its first
# a note's number raised after a word or its full stop: "besöksstatistik.1", "styrkas2"
_MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:)!?”])(?P<mark>\d{1,2})(?=\s|$)")
NOTE_LINES_MAX = 8  # lines a page's notes may take under their rule
RAISED = 1.0  # points a superscript's foot stands above the foot of the word it follows


@dataclass
class Footnote:
    mark: str
    line: Line
    item: AttachmentItem | None  # the attachment the note names, if any
    text: str = ""  # the note's text, its wrapped lines joined
    refs: list[str] = field(default_factory=list)  # the attachments the note refers to ("… (bilaga 2).")


def _foot_lines(lines: list[Line]) -> tuple[list[Line], bool]:
    """The lines at a page's foot that may be notes: after a rule, or a run of numbered notes
    ending the page (above its footer); and whether a rule stands over them."""
    for k in range(len(lines) - 1, max(-1, len(lines) - 1 - NOTE_LINES_MAX), -1):
        if _SEPARATOR.match(lines[k].text):
            return lines[k:], True
    return lines[_numbered_run_start(lines) : _above_footer(lines)], False


def _above_footer(lines: list[Line]) -> int:
    end = len(lines)
    while len(lines) - end < FOOTER_LINES_MAX and end > 0 and _PAGE_FOOTER.search(lines[end - 1].text):
        end -= 1
    return end


# the next note run into a line after the one before it ends: "… (bilaga 2). 2Faktura …"
_RUN_IN_NOTE = re.compile(r"(?<=[.)])\s+(?P<mark>\d{1,2})(?:\s+|(?=[A-ZÅÄÖ]))(?=[A-ZÅÄÖ])")


def _note_parts(text: str) -> list[tuple[str, str]]:
    """(mark, text) of the notes a line holds: one, or several run together where the reader joined
    a note's wrapped line with the next note ("1Faktura … (bilaga 2). 2Faktura …"), in sequence."""
    m = _MARKED_NOTE.match(text)
    if not m:
        return []
    body = m.group("text")
    marks, cuts = [m.group("mark")], []  # cuts: where a run-in note's number starts, where its text does
    for run_in in _RUN_IN_NOTE.finditer(body):
        if int(run_in.group("mark")) == int(marks[-1]) + 1:
            marks.append(run_in.group("mark"))
            cuts.append((run_in.start(), run_in.end()))
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(body)]
    return [(mark, body[a:z].strip()) for mark, a, z in zip(marks, starts, ends, strict=True)]


def _note_marks(text: str) -> tuple[int, int] | None:
    """The first and the last note number a line holds."""
    lone = _LONE_MARK.match(text)
    if lone:
        return int(lone.group("mark")), int(lone.group("mark"))
    parts = _note_parts(text)
    return (int(parts[0][0]), int(parts[-1][0])) if parts else None


def _numbered_run_start(lines: list[Line]) -> int:
    """Where the notes ending the page begin: numbered in sequence upwards (3, then 2, then 1), each
    with at most NOTE_WRAP_MAX lines it wraps onto; a body line breaks the run."""
    end = _above_footer(lines)
    start, top, wrapped = end, None, 0
    for k in range(end - 1, -1, -1):
        marks = _note_marks(lines[k].text)
        if marks is not None and (top is None or marks[1] == top - 1):
            start, top, wrapped = k, marks[0], 0
            continue
        wrapped += 1
        if wrapped > NOTE_WRAP_MAX:
            break
    return start


def _notes_of(region: list[Line], ruled: bool, last_mark: int) -> list[Footnote]:
    """The notes in a foot region; a note without its number (a lone digit a reader dropped) takes
    the next in the letter's sequence. Without a rule, a line without a number is the wrapped
    text of the note above it."""
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
            if notes and not pending:
                notes[-1].text += " " + text
            continue
        parts = _note_parts(text) if marked else [(pending or str(last_mark + 1), text)]
        for mark, body in parts:
            notes.append(Footnote(mark, ln, item_from_line(body, ln), body))
        last_mark, pending = int(parts[-1][0]), None
    for n in notes:
        n.refs = [] if n.item else ids_referred_to(n.text)
    return notes


def _raised(page: PageText, start: int, end: int, word_start: int) -> bool:
    """A marker set above the line: its foot higher than the foot of the word it follows."""
    mark, word = page.box(start, end), page.box(word_start, word_start + 1)
    return bool(mark and word and mark[3] < word[3] - RAISED)


def find_footnotes(doc: IngestedDocument) -> list[Footnote]:
    """Every page's notes that name an attachment or refer to one, where the page holds one at least."""
    out: list[Footnote] = []
    last = 0
    for page in doc.pages:
        lines = [ln for ln in page.lines() if ln.text.strip()]
        region, ruled = _foot_lines(lines)
        notes = _notes_of(region, ruled, last)
        if any(n.item or n.refs for n in notes) and (ruled or _has_raised_marker(page, lines, notes)):
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
    names one or refers to one (on a page without boxes, a number glued to a word that a note has)."""
    by_mark = {n.mark: [n.item.attachment_id] if n.item else n.refs for n in notes if n.item or n.refs}
    note_lines = {id(n.line) for n in notes}
    refs: list[AttachmentRef] = []
    pages = {p.page_no: p for p in doc.pages}
    for page_no in sorted({ln.page_no for ln in body}):
        lines = [ln for ln in body if ln.page_no == page_no and id(ln) not in note_lines]
        for ln, start, mark in _markers(pages[page_no], lines, set(by_mark), need_raised=False):
            # the note's attachments are referred to where its mark stands: that line's activity
            refs += [AttachmentRef(activity_of(ln, start), mark, aid, ln, start) for aid in by_mark[mark]]
    return refs
