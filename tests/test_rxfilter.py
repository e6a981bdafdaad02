"""pipeline.rxfilter: a pattern that skips texts without the words every match holds gives the
plain pattern's answers, odd case foldings included."""

import json
import re
from pathlib import Path

from pipeline.rxfilter import Filtered, PatternSet, required_words

PATTERNS = Path(__file__).resolve().parent.parent / "models" / "patterns" / "assessment.json"

SENTENCES = [
    "Kommunen medger återbetalning av 12 000 kronor.",
    "KOMMUNEN GODTAR ÅTERKRAVET I SIN HELHET.",
    "Förvaltningen bestrider Socialstyrelsens bedömning och bifogar fakturan.",
    "Beloppet återbetalas senast den 31 mars.",
    "Vi delar inte myndighetens uppfattning.",
    "Nämnden hyser inga invändningar mot återkravet.",
    "Det ſkall återbetalaſ.",  # long s: IGNORECASE matches it with 's'
    "İNVÄNDER kommunen?",  # dotted capital I lower-cases into two characters
    "Godtas.",
    "Aktiviteten genomfördes med 40 deltagare vid 12 tillfällen.",
    "",
]


def test_required_words_are_read_from_the_parsed_pattern():
    assert required_words(r"\b(medger|godtar)\s+kommunen\b", re.I) == frozenset({"kommunen"})
    assert required_words(r"\b(medger|godtar)\b", re.I) == frozenset({"medger", "godtar"})
    assert required_words(r"\bÅterbetala[rs]?\b", re.I) == frozenset({"återbetala"})
    assert required_words(r"\d+\s*kr", 0) == frozenset({"kr"})
    assert required_words(r"(?:bifogas)?\s+\w+", re.I) is None  # an optional word is no requirement
    assert required_words(r"(?-i:Kr)ona", re.I) == frozenset({"ona"})  # a group with its own flags: not used


def test_filtered_patterns_answer_as_the_plain_ones():
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))["positions"]
    patterns = [p for v in data.values() if isinstance(v, list) for p in v]
    patterns += [r"\bskall\b", r"\binvänder\b", r"^(godtas|medges)\b", r"kelvin \u212a"]
    checked = 0
    for p in patterns:
        for flags in (re.IGNORECASE, 0):
            plain, filtered = re.compile(p, flags), Filtered(p, flags)
            for s in SENTENCES:
                a, b = plain.search(s), filtered.search(s)
                assert (a and a.span()) == (b and b.span()), (p, s)
                checked += a is not None
    assert checked >= 15  # the sentences do match: the test compares matches, not only misses


def test_long_s_and_dotted_i_still_match():
    assert Filtered(r"\bskall\b", re.I).search("Det ſkall göras") is not None
    assert Filtered(r"invänder", re.I).search("İNVÄNDER") is not None
    assert Filtered(r"medger", re.I).search("Kommunen bestrider") is None


def test_a_pattern_set_answers_as_any_of_its_plain_patterns():
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    sets = [v for v in data["positions"].values() if isinstance(v, list)] + [[*data["agency"], data["claim_cause"]]]
    # mixed: a pattern without words (searched every time), one with its own case, an odd-case word
    sets.append([r"\d+\s+kr", r"(?-i:Kommunen) godtar", r"\bskall\b", r"^(godtas|medges)\b"])
    sentences = SENTENCES + ["Kommunen godtar beslutet.", "kommunen godtar beslutet.", "Summa 400 kr", "Medges."]
    hits = 0
    for patterns in sets:
        for flags in (re.IGNORECASE, 0):
            plain = [re.compile(p, flags) for p in patterns]
            together = PatternSet(patterns, flags)
            assert [r.pattern for r in together] == list(patterns)  # still the list of its patterns
            for s in sentences:
                expected = any(r.search(s) for r in plain)
                assert together.matches_any(s) == expected, (patterns, flags, s)
                hits += expected
    assert hits >= 20  # the sentences do match: the test compares matches, not only misses
