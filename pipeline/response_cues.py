"""Whether a document reads as a municipality's response (yttrande) to a reclaim decision, from
cues of the genre alone.

Classification used to require two activity sections first, so a response in a heading style the
section finder did not know fell to `other`: nothing of it was read, and nothing said so. These
cues do not depend on the activities: a response names its subject (the grant, the reclaim,
the agency), calls itself a response in its title or file name, and states what the municipality
does (accepts, repays, disputes). Read as a response, its letterhead, dates, people and
attachment list are still extracted, and the checks say when no activity was found.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePosixPath

# the subject of the case: the reclaim, the grant, the agency
SUBJECT_CUES = re.compile(r"\b(återkrav\w*|statsbidrag\w*|socialstyrelsen\w*)\b", re.IGNORECASE)
# a title that says what the letter is: it opens a line (after a bullet or a number) or follows
# the sender in a letterhead line ("Mölndals stad – Yttrande över …") or a label ("Ärende: svar på …");
# a municipal company may title it in English
_RESPONSE_WORDS = r"(yttrande|svar|komplettering|synpunkter|bemötande|response|reply)"
# a committee's minutes title it under their paragraph: "§ 112 Yttrande över …"; a decision's or a
# card's record head names it in its matter field: "Ärende   Yttrande till Socialstyrelsen …"
_MATTER_LABEL = r"^\s*(?:ärende|rubrik|avser|subject)\s+"
RESPONSE_TITLE = re.compile(rf"(?im)(?:^|[–—:|]\s*|\s-\s+|{_MATTER_LABEL})\W{{0,3}}(?:§\s*\d{{1,4}}\s+)?" + _RESPONSE_WORDS + r"\b")
RESPONSE_FILE_NAME = re.compile(r"(yttrande|bemötande|\bsvar\b|\bresponse\b|\breply\b)", re.IGNORECASE)
# the municipality as subject of a position verb anywhere in a sentence: "Det stämmer, och kommunen
# godtar återkravet.", "Därför bestrider vi …", "Sammantaget medger nämnden återkrav med …"
_SUBJECT = r"(?:kommunen|nämnden|förvaltningen|staden|regionen|bolaget|förbundet|vi)"
_STANCE_VERB = r"(?:godtar|medger|bestrider|accepterar|återbetalar)"
MUNICIPALITY_STANCE = re.compile(rf"\b(?:{_SUBJECT}\s+{_STANCE_VERB}|{_STANCE_VERB}\s+{_SUBJECT})\b", re.IGNORECASE)
OPENING_LINES = 30  # a letter's title and subject line sit in its first lines
MIN_SUBJECT_CUES = 2  # one mention may be a passing reference in any municipal document
MAX_RESPONSE_CHARS = 400_000  # beyond this it is a report that quotes the case, not a letter


@lru_cache(maxsize=1)
def _position_cues() -> tuple[re.Pattern, ...]:
    """What the municipality says it does, from the positions vocabulary that extraction reads."""
    from .structure import patterns

    positions = patterns("assessment")["positions"]
    return tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for key in ("accept", "dispute") for p in positions[key])


def _titled_as_response(text: str, source_path: str) -> bool:
    opening = "\n".join(text.split("\n")[:OPENING_LINES])
    return bool(RESPONSE_TITLE.search(opening) or RESPONSE_FILE_NAME.search(PurePosixPath(source_path).name))


def states_a_position(text: str) -> bool:
    return any(p.search(text) for p in _position_cues())


# a press release says what the municipality does about the reclaim too, under its label
PRESS_LABEL = re.compile(r"(?im)^\s*(pressmeddelande|pressinformation|press release|nyhet|pressinbjudan)\b")
PRESS_LABEL_LINES = 8
# a line that says an amount is reclaimed: "Återkrävt belopp: 41 200 kr", "Ni återkräver 8 200 kr för …"
_RECLAIM_WORD = re.compile(r"\b(återkr\w*|krav\w*)\b", re.IGNORECASE)
MIN_ANSWERED_ITEMS = 2  # reclaimed amounts and the municipality's stances: one alone is a passing mention


def _reclaimed_amounts(text: str) -> set:
    from .swedish import find_money

    return {m.value for ln in text.split("\n") if _RECLAIM_WORD.search(ln) for m in find_money(ln, money_context=True)}


def answers_the_reclaim(text: str) -> bool:
    """The agency's reclaim answered item by item, whatever the document calls itself (a memo, an
    e-mail, a minute's extract, a contractor's letter): several amounts it says are reclaimed and
    the municipality's stance stated several times; never a press release."""
    if PRESS_LABEL.search("\n".join(text.split("\n")[:PRESS_LABEL_LINES])):
        return False
    if len(MUNICIPALITY_STANCE.findall(text)) < MIN_ANSWERED_ITEMS:
        return False
    return len(_reclaimed_amounts(text)) >= MIN_ANSWERED_ITEMS


def reads_as_response(text: str, source_path: str) -> bool:
    """True when the genre's three signals agree: about the reclaim, titled as a response (or
    answering the reclaim item by item under any title), and stating a position."""
    if len(text) > MAX_RESPONSE_CHARS or len(SUBJECT_CUES.findall(text)) < MIN_SUBJECT_CUES:
        return False
    return (_titled_as_response(text, source_path) or answers_the_reclaim(text)) and states_a_position(text)
