"""The spaCy pipeline: `spacy.blank("sv")` with two registered components whose data live in
`models/`:

- `granttrail_sentences`: sentence boundaries that survive Swedish abbreviations ("bl.a.",
  "t.ex.", "Skr.", "dnr") and treat line breaks (paragraphs, headings) as boundaries;
- `granttrail_lemmas`: lookup lemmas from spacy-lookups-data, stored as a sorted table that is
  binary-searched through mmap. Loading the full lookup table into a dict takes 2.6 s here; the
  mmap form loads in microseconds and costs a few microseconds a word;
- `granttrail_amounts`: the Swedish grammar (`pipeline.swedish`) marking money, quantities and
  dates as `doc.spans["money"]`, `["quantities"]` and `["dates"]`, values in `span._.value`.

`build_model()` writes the pipeline with `nlp.to_disk` (a DVC stage); `load()` reads it back.

The components are thin wrappers over pure functions (`sentence_spans`, `LemmaTable`). A run
applies those functions with the saved pipeline's own configuration (`runtime()` reads
models/sv_granttrail/config.cfg and its lemma table) without importing spaCy: importing spaCy
costs 0.75-0.8 s here, more than a whole run over a 30-page response takes. `load()` gives the
same annotations through spaCy itself, for notebooks and for the test that keeps both equal.
"""

from __future__ import annotations

import json
import mmap
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODELS = Path(__file__).resolve().parent.parent / "models"
MODEL_DIR = MODELS / "sv_granttrail"
LEMMA_FILE = "lemmas.tsv"


def _abbreviations() -> list[str]:
    return json.loads((MODELS / "patterns" / "abbreviations.json").read_text(encoding="utf-8"))["abbreviations"]


_SENT_END = re.compile(r"[.!?…]+[\"”’)]*")
# "… i bilaga D. Kommunen …": a capital after a word that names a part is the part's letter, not
# a name's initial, so its full stop ends the sentence
_LETTER_ID = re.compile(r"\b(?i:bilaga|bilagan|bilagorna|bil\.|appendix|del|avsnitt|punkt)\s+[A-ZÅÄÖ]$")


def _opens_sentence(after: str) -> bool:
    """What follows a full stop starts a sentence: a space, then a capital, a digit or a dash or quote."""
    nxt = after[1:2]
    return after.startswith(" ") and bool(nxt) and (nxt.isupper() or nxt.isdigit() or nxt in '–-"”')


def _abbreviated(upto_stop: str, abbr: frozenset[str]) -> bool:
    """The full stop ending `upto_stop` ends an abbreviation or a name's initial ("A."), not a
    sentence; a part's letter ("bilaga D.") is no initial."""
    word = upto_stop.rsplit(" ", 1)[-1].lower()
    return word in abbr or bool(re.fullmatch(r"[a-zåäö]\.", word) and not _LETTER_ID.search(upto_stop[:-1]))


def sentence_spans(text: str, abbreviations: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in `text` by the same rules as the spaCy component: a line
    break ends a sentence; so does . ! ? before a capital or digit, unless the word before the
    full stop is a known abbreviation."""
    abbr = abbreviations if abbreviations is not None else _abbr_set()
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        end = pos + len(line)
        s = start
        for m in _SENT_END.finditer(line):
            if not _opens_sentence(line[m.end() : m.end() + 3]):
                continue
            if m.group().startswith(".") and _abbreviated(line[: m.start() + 1], abbr):
                continue
            e = pos + m.end()
            if e > s:
                spans.append((s, e))
            s = e + 1
        if end > s and line[s - pos :].strip():
            spans.append((s, end))
        pos = end + 1
    return [(a, b) for a, b in spans if text[a:b].strip()]


@lru_cache(maxsize=1)
def _abbr_set() -> frozenset[str]:
    """Abbreviations as configured in the saved pipeline (falling back to the pattern file)."""
    cfg = MODEL_DIR / "config.cfg"
    if cfg.exists():
        import configparser

        parser = configparser.ConfigParser(interpolation=None)
        parser.read(cfg, encoding="utf-8")
        sec = "components.granttrail_sentences"
        if parser.has_option(sec, "abbreviations"):
            return frozenset(a.lower() for a in json.loads(parser.get(sec, "abbreviations")))
    return frozenset(a.lower() for a in _abbreviations())


class LemmaTable:
    """A sorted 'form<TAB>lemma' file searched in place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as fh:  # the mapping outlives the file object
            self._mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self._cache: dict[str, str | None] = {}

    def get(self, form: str) -> str | None:
        if form in self._cache:
            return self._cache[form]
        key = form.encode("utf-8") + b"\t"
        mm = self._mm
        lo, hi = 0, len(mm)
        while lo < hi:
            mid = (lo + hi) // 2
            ls = mm.rfind(b"\n", 0, mid) + 1
            le = mm.find(b"\n", ls)
            le = len(mm) if le < 0 else le
            line = mm[ls:le]
            if line.startswith(key):
                val = line[len(key) :].decode("utf-8")
                self._cache[form] = val
                return val
            if line < key:
                lo = le + 1
            else:
                hi = ls
        self._cache[form] = None
        return None

    def lemma(self, word: str) -> str:
        w = word.lower()
        got = self.get(w)
        if got:
            return got
        # compounds: "socialsekreterarna" -> lemma of the longest known tail
        if not w.endswith(("er", "or", "ar", "na", "en", "et", "ns")):
            return w  # "socialsekreterare": agent nouns and base forms stay as they are
        for k in range(1, max(1, len(w) - 3)):
            tail = self.get(w[k:])
            if tail and len(w) - k >= 4:
                return w[:k] + tail
        return w


def ensure_model() -> None:
    """Build the pipeline into models/ if it is not there (once, before any worker needs it)."""
    if not (MODEL_DIR / LEMMA_FILE).exists() or not (MODEL_DIR / "config.cfg").exists():
        build_model()


@lru_cache(maxsize=1)
def lemma_table() -> LemmaTable | None:
    ensure_model()
    return LemmaTable(MODEL_DIR / LEMMA_FILE)


def lemma(word: str) -> str:
    t = lemma_table()
    return t.lemma(word) if t else word.lower()


def noun_lemma(word: str) -> str:
    """The base form of a counted noun. The lookup table gives one lemma per form and for some
    plurals it is the verb's ("bussar" → "bussa", "träffar" → "träffa"); after a numeral the word
    is a noun: the plural ending comes off instead ("buss", "träff")."""
    low = word.lower()
    base = lemma(word)
    if low.endswith("ar") and base == low[:-1]:
        return low[:-2]
    if low.endswith("er") and base == low[:-2] + "a":
        return low  # "läger" (a camp, plural unchanged), not the verb "läga"
    return base


def _register_sentences(language: type[Language]) -> None:
    @language.factory("granttrail_sentences", default_config={"abbreviations": []})
    def make_sentences(nlp, name, abbreviations):  # noqa: ARG001
        abbr = frozenset(a.lower() for a in abbreviations) or _abbr_set()

        def component(doc):
            starts = {a for a, _ in sentence_spans(doc.text, abbr)}
            for tok in doc:
                tok.is_sent_start = tok.i == 0 or tok.idx in starts
            return doc

        return component


def _register_span_values() -> None:
    """`span._.value`, `._.unit` and `._.currency` for the amounts component's spans."""
    from spacy.tokens import Span

    if not Span.has_extension("value"):
        Span.set_extension("value", default=None)
        Span.set_extension("unit", default=None)
        Span.set_extension("currency", default=None)


def _doc_spans(doc: Doc, found: Sequence[Any], label: str, **ext: str) -> list[Span]:
    """`found` (swedish matches with offsets) as spans of `doc`, their attributes `ext` copied
    into the span's extensions; a match no token boundary fits is left out."""
    out = []
    for f in found:
        span = doc.char_span(f.start, f.end, label=label, alignment_mode="expand")
        if span is not None:
            for k, attr in ext.items():
                span._.set(k, getattr(f, attr))
            out.append(span)
    return out


def _register_amounts(language: type[Language]) -> None:
    @language.factory("granttrail_amounts", default_config={})
    def make_amounts(nlp, name):  # noqa: ARG001
        from . import swedish

        def component(doc):
            money = swedish.find_money(doc.text)
            quantities = swedish.find_quantities(doc.text, money)
            dates = swedish.find_dates(doc.text)
            doc.spans["money"] = _doc_spans(doc, money, "MONEY", value="value", currency="currency")
            doc.spans["quantities"] = _doc_spans(doc, quantities, "QUANTITY", value="value", unit="unit")
            doc.spans["dates"] = _doc_spans(doc, dates, "DATE", value="value")
            return doc

        return component


def _register_lemmas(language: type[Language]) -> None:
    @language.factory("granttrail_lemmas", default_config={})
    def make_lemmas(nlp, name):  # noqa: ARG001
        def component(doc):
            table = lemma_table()
            if table is None:
                return doc
            for tok in doc:
                if tok.is_alpha:
                    tok.lemma_ = table.lemma(tok.text)
            return doc

        return component


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory("granttrail_sentences"):
        return
    _register_sentences(Language)
    _register_span_values()
    _register_amounts(Language)
    _register_lemmas(Language)


def build_model(out: Path = MODEL_DIR) -> Path:
    """Write the pipeline and its lemma table into models/ (the DVC `model` stage)."""
    import gzip

    import spacy
    import spacy_lookups_data

    _register()
    nlp = spacy.blank("sv")
    nlp.add_pipe("granttrail_sentences", config={"abbreviations": _abbreviations()})
    nlp.add_pipe("granttrail_lemmas")
    nlp.add_pipe("granttrail_amounts")
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    src = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    with gzip.open(src) as fh:
        table = json.loads(fh.read())
    rows = sorted(
        (k.lower().encode("utf-8"), v.encode("utf-8")) for k, v in table.items() if k and "\t" not in k and "\n" not in k and "\n" not in v
    )
    tmp = out / (LEMMA_FILE + ".tmp")
    with open(tmp, "wb") as fh:
        last = None
        for k, v in rows:
            if k != last:
                fh.write(k + b"\t" + v + b"\n")
                last = k
    tmp.replace(out / LEMMA_FILE)
    lemma_table.cache_clear()
    _abbr_set.cache_clear()
    return out


@lru_cache(maxsize=1)
def load():
    """The pipeline from models/ (built on first use if missing)."""
    import spacy

    _register()
    ensure_model()
    return spacy.load(MODEL_DIR)
