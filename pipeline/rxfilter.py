"""Regular expressions that skip texts they cannot match: a pattern asked sentence by sentence
whether it matches anywhere (`any(r.search(s) for r in patterns)`, over the patterns in
models/patterns) spends most of its time failing. Most patterns name words a match must contain
("\\b(medger|godtar)\\s+kommunen"); a substring test for those words is a hundred times cheaper
than the search, and the search runs only where one of them stands. Same answers as the plain
pattern: the words are read from the parsed pattern, so a pattern file may change freely.
"""

from __future__ import annotations

import re
from itertools import chain
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

# Text characters whose case folding a substring test cannot follow: the regex engine's extra
# case equivalences ('ſ' matches 's' under IGNORECASE), 'İ' (lower-cased into two characters)
# and 'Σ' (lower-cased by its context). A text or a word holding one is searched as is.
_ODD_CASE = frozenset(chr(c) for key, more in _casefix._EXTRA_CASES.items() for c in (key, *more) if c > 0x7F) | frozenset("\u0130\u03a3")
_ODD_CASE_RX = re.compile("[" + re.escape("".join(sorted(_ODD_CASE))) + "]")

Words = frozenset[str]  # one of these must stand in a matching text


def required_words(pattern: str, flags: int = 0) -> Words | None:
    """Strings one of which every match of the pattern contains (lower-cased under IGNORECASE),
    or None where the pattern requires none that can be told (or is not a plain str pattern)."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & (re.LOCALE | re.DEBUG):
        return None
    fold = bool(parsed.state.flags & re.IGNORECASE)
    words = _sequence_words(list(parsed), fold)
    return words if words and all(words) else None


def _sequence_words(items: list[tuple[Any, Any]], fold: bool) -> Words | None:
    """The best requirement of a sequence: each literal run, group, branch and repeat of it must
    match, so any one of theirs holds; the one of the longest shortest word is kept."""
    candidates: list[Words] = []
    run = ""
    for op, av in items:
        if op is _constants.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        found = _item_words(op, av, fold)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({run}))
    usable = [_folded(c, fold) for c in candidates]
    kept = [c for c in usable if c]
    return max(kept, key=lambda c: (min(map(len, c)), -len(c))) if kept else None


def _item_words(op: Any, av: Any, fold: bool) -> Words | None:
    if op is _constants.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _sequence_words(list(body), fold)
    if op is _constants.ATOMIC_GROUP:
        return _sequence_words(list(av), fold)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence_words(list(body), fold) if low >= 1 else None
    if op is _constants.BRANCH:
        branches = [_sequence_words(list(b), fold) for b in av[1]]
        if any(not b for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    return None  # classes, anchors, lookarounds, back references: nothing certain


def _folded(words: Words, fold: bool) -> Words | None:
    """The words as the text is tested: lower-cased under IGNORECASE; None where a word holds a
    character whose case equivalents a substring test would miss."""
    if not fold:
        return words
    if any(_ODD_CASE_RX.search(w) for w in words):
        return None
    return frozenset(w.lower() for w in words)


class Filtered:
    """A compiled pattern whose `search` first tests for the words every match holds. Every
    other attribute is the pattern's own."""

    __slots__ = ("_rx", "_words", "_fold")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._rx = re.compile(pattern, flags)
        self._words = required_words(pattern, flags)
        self._fold = bool(self._rx.flags & re.IGNORECASE)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        if self._words is not None and not args and not self._may_hold(text):
            return None
        return self._rx.search(text, *args)

    def _may_hold(self, text: str) -> bool:
        """True when one of the words may stand in the text (or a test cannot tell)."""
        if not self._fold:
            return any(w in text for w in self._words)  # type: ignore[union-attr]
        lowered = _lowered(text)
        return lowered is None or any(w in lowered for w in self._words)  # type: ignore[union-attr]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)


_last: list[Any] = [None, None]  # the last text lower-cased and its lowered form: a sentence is tested by many patterns


def _lowered(text: str) -> str | None:
    """The text lower-cased for a substring test, or None where it holds an odd-case character."""
    if _last[0] is text:
        return _last[1]
    lowered = None if _ODD_CASE_RX.search(text) else text.lower()
    _last[0], _last[1] = text, lowered
    return lowered


def compile_filtered(pattern: str, flags: int = 0) -> Filtered:
    return Filtered(pattern, flags)


class PatternSet(list):
    """Patterns asked together whether any matches (`any(r.search(s) for r in patterns)`): the
    words of all of them are tested in one pass over the set's vocabulary, and only the patterns
    one of whose words stands in the text are searched. Still a list of Filtered patterns for
    code that walks them one by one."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        super().__init__(Filtered(p, flags) for p in patterns)
        self._always = [r._rx for r in self if r._words is None]  # no words to test: searched every time
        self._folded = _vocabulary([r for r in self if r._words is not None and r._fold])
        self._exact = _vocabulary([r for r in self if r._words is not None and not r._fold])

    def matches_any(self, text: str) -> bool:
        """The same answer as `any(r.search(text) for r in self)`."""
        if any(rx.search(text) for rx in self._always):
            return True
        if self._folded:
            lowered = _lowered(text)
            if lowered is None:  # an odd-case character: the folded patterns searched as they are
                return any(rx.search(text) for rx in self._searched_all(self._folded))
            if any(rx.search(text) for rx in _candidates(self._folded, lowered)):
                return True
        return any(rx.search(text) for rx in _candidates(self._exact, text))

    @staticmethod
    def _searched_all(vocabulary: list[tuple[str, list[re.Pattern[str]]]]) -> list[re.Pattern[str]]:
        return list(dict.fromkeys(rx for _, rxs in vocabulary for rx in rxs))


def _vocabulary(patterns: list[Filtered]) -> list[tuple[str, list[re.Pattern[str]]]]:
    """Each word of the patterns with the patterns that require it (in the set's order)."""
    by_word: dict[str, list[re.Pattern[str]]] = {}
    for r in patterns:
        for w in sorted(r._words or ()):
            by_word.setdefault(w, []).append(r._rx)
    return list(by_word.items())


def _candidates(vocabulary: list[tuple[str, list[re.Pattern[str]]]], text: str) -> list[re.Pattern[str]]:
    """The patterns one of whose words stands in the text, each once."""
    hit = [rxs for w, rxs in vocabulary if w in text]  # most texts hold none or one of the words
    if len(hit) <= 1:
        return hit[0] if hit else []
    return list(dict.fromkeys(chain.from_iterable(hit)))
