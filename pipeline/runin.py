"""Run-in activities: a letter with no headings, where each activity is a paragraph that opens
with its name ("Kulturskola i Karlslund. Enligt Socialstyrelsen är kostnaden …", the name often
in bold) and names the agency's number inside its text ("(aktivitet 3, 72' kr)", "återkravet
för insats 3 uppgår till …", "aktivitet nr 7, 85 tkr"). Such a paragraph is the activity's
section: its name the heading, the rest of it (and the paragraphs that go on with it) the body."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .ingest import Line
from .swedish import find_money

if TYPE_CHECKING:
    from .ingest.model import Box
    from .structure import Section

BoxOf = Callable[[int, int, int], "Box | None"]  # page, start, end -> the box of that text

MODELS = Path(__file__).resolve().parent.parent / "models"

# "aktivitet 3", "aktiviteten nr 7", "insats 1", "punkt 4": the agency's number for an activity
ACTIVITY_MENTION = re.compile(r"\b(?:aktivitet(?:en)?|insats(?:en)?|punkt|åtgärd)\s+(?:nr\.?\s*)?(?P<num>\d{1,3})\b(?![.,]\d)", re.I)
# the opening words up to a full stop, a colon or a dash, with a sentence after them
_RUN_IN = re.compile(r"^(?P<title>[A-ZÅÄÖ][^.:!?()]{2,90}?)(?P<end>[.:]|\s[–-])\s+(?=[A-ZÅÄÖ])")
TITLE_MAX_WORDS = 9  # an activity's name is a few words; a longer opening is a sentence
MIN_ACTIVITIES = 2  # one such paragraph alone is a letter's sentence, not a list of activities
SHORT_LINE_WORDS = 8  # a line this short without a full stop ends the prose: a signature, a list
_CLOSING = re.compile(
    r"^\s*(sammanfattningsvis|sammantaget|sammanlagt|avslutningsvis|totalt|slutligen|med vänlig hälsning|"
    r"(?:kommunen|staden|nämnden|regionen|bolaget|vi)\s+\w+\s+(?:därmed|således|alltså|sammanfattningsvis|sammantaget))\b",
    re.I,
)
_REPAYS = re.compile(r"\b(återbetal\w*|betala\w* tillbaka|medger|medges|godtar|accepterar|behåll\w*)\b", re.I)


@cache
def _clause_words() -> frozenset[str]:
    data = json.loads((MODELS / "patterns" / "runin.json").read_text(encoding="utf-8"))
    return frozenset(data["clause_words"])


@cache
def _framing_titles() -> frozenset[str]:
    """'Bakgrund', 'Sammanfattning': a letter's framing parts, never an activity's name."""
    data = json.loads((MODELS / "patterns" / "lexicon.json").read_text(encoding="utf-8"))
    return frozenset(data["framing_titles"])


def run_in_title(text: str) -> re.Match | None:
    """The name a paragraph opens with: a few words with no subject or finite verb of a clause,
    ended by a full stop, a colon or a dash, before the sentence that follows."""
    m = _RUN_IN.match(text)
    if m is None:
        return None
    words = re.findall(r"[^\W\d_]+", m.group("title").lower())
    framing = m.group("title").strip().lower() in _framing_titles()
    if not words or framing or len(m.group("title").split()) > TITLE_MAX_WORDS or _clause_words() & set(words):
        return None
    return m


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence of `text` that holds offset `pos` (split at ". " before a capital)."""
    return next((a, b) for a, b in _sentences(text) if a <= pos < b or b == len(text))


def _claimed_near(text: str, mention: re.Match) -> Decimal | None:
    """The claim stated with the activity's number: the amount in the same sentence nearest to
    it, unless that sentence tells what the municipality repays."""
    a, b = _sentence_around(text, mention.start())
    sentence = text[a:b]
    if _REPAYS.search(sentence):
        return None
    found = find_money(sentence, money_context=True)
    if not found:
        return None
    at = mention.start() - a
    return min(found, key=lambda m: abs(m.start - at)).value


def _number_and_claim(text: str) -> tuple[str, Decimal | None] | None:
    """The agency's number an activity paragraph names (the one stated with an amount first),
    and that amount."""
    mentions = list(ACTIVITY_MENTION.finditer(text))
    for m in mentions:
        claimed = _claimed_near(text, m)
        if claimed is not None:
            return m.group("num"), claimed
    return (mentions[0].group("num"), None) if mentions else None


def _sub_line(ln: Line, start: int, end: int, box_of: BoxOf) -> Line:
    """Part of a paragraph's line as a line of its own (offsets into the page text)."""
    return Line(ln.page_no, ln.start + start, ln.start + end, ln.text[start:end], box_of(ln.page_no, ln.start + start, ln.start + end))


def _ends_prose(ln: Line) -> bool:
    """A line after an activity's paragraph that is no more of it: the letter's conclusion, or a
    short line without a full stop (a signature, a place and date)."""
    text = ln.text.strip()
    short = len(text.split()) <= SHORT_LINE_WORDS and not text.endswith(".")
    return bool(_CLOSING.match(text)) or short


RunIn = tuple[int, str, re.Match, Decimal | None]  # line index, number, name, claim
_CLAIM = re.compile(r"\b(återkr\w*|krav\w*)\b", re.I)


def _claim_of(text: str) -> Decimal | None:
    """A paragraph's claim where it names no number: the first amount of a sentence that states
    the reclaim, not what the municipality repays."""
    for a, b in _sentences(text):
        sentence = text[a:b]
        found = find_money(sentence, money_context=True)
        if found and _CLAIM.search(sentence) and not _REPAYS.search(sentence):
            return found[0].value
    return None


def _sentences(text: str) -> list[tuple[int, int]]:
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÅÄÖ])", text)]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _run_in_paragraphs(lines: list[Line], body: list[int]) -> list[RunIn]:
    """The paragraphs that open with a name and name the agency's number; where none names a
    number, those that state a claim, numbered in their order."""
    found: list[RunIn] = []
    unnumbered: list[RunIn] = []
    seen: set[str] = set()
    for i in body:
        text = lines[i].text.strip()
        title = run_in_title(text)
        if title is None:
            continue
        named = _number_and_claim(text[title.end() :])
        if named is None:
            claim = _claim_of(text[title.end() :])
            if claim is not None:
                unnumbered.append((i, str(len(unnumbered) + 1), title, claim))
        elif named[0] not in seen:
            seen.add(named[0])
            found.append((i, named[0], title, named[1]))
    return found or unnumbered


def run_in_sections(lines: list[Line], skip: set[int], end_at: int, box_of: BoxOf) -> list[Section]:
    """The activities of a letter without headings, as sections; [] where fewer than two
    paragraphs open with a name and name the agency's number."""
    from .structure import Section  # noqa: F811 (the dataclass itself, at run time)

    body = [i for i in range(min(end_at, len(lines))) if i not in skip]
    found = _run_in_paragraphs(lines, body)
    if len(found) < MIN_ACTIVITIES:
        return []
    sections = []
    for k, (i, number, title, claimed) in enumerate(found):
        ln = lines[i]
        lead = len(ln.text) - len(ln.text.lstrip())
        heading = _sub_line(ln, lead + title.start("title"), lead + title.end("title"), box_of)
        rest = _sub_line(ln, lead + title.end(), len(ln.text), box_of)
        stop = found[k + 1][0] if k + 1 < len(found) else min(end_at, len(lines))
        more: list[Line] = []
        for nxt in lines[i + 1 : stop]:
            if _ends_prose(nxt):
                break
            more.append(nxt)
        sec = Section(number, title.group("title").strip(), claimed, heading, [rest, *more])
        sec.amount_stated = claimed is not None
        sections.append(sec)
    return sections
