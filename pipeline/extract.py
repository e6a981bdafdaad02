"""Extract: amounts, quantities, dates, the agency's assessment and reasons, the municipality's
position, people and document metadata. Produces the per-document rows of the output tables."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from . import nlp, reasons, speakers, verdicts
from .evidence import Evidence
from .form_fields import form_position
from .heading_schemes import without_typed_marks
from .ingest import IngestedDocument, Line, PageText
from .issuer import company_letterhead
from .letter_page import letter_start
from .money_cells import within_cells
from .numbering import NUMBER_LIST, numbers_named
from .people_signals import misread_address, people_evidence, spelled_by_address
from .position_signals import (
    accepts_by_model,
    agency_demands,
    items_repaid,
    refuses_remainder,
    refuses_rest,
    repaid_amounts,
    repaid_share,
    restates_agency,
)
from .positions import surest
from .response_cues import MUNICIPALITY_STANCE
from .rxfilter import PatternSet
from .spans import last_at_or_before
from .structure import Section, StructuredDocument, answer_lines, flow, patterns, segments
from .swedish import find_dates, find_emails, find_money, find_phones, find_quantities, parse_amount


@dataclass
class Paragraph:
    text: str
    pieces: list[tuple[int, Line]]  # (offset in text, source line)

    def locate(self, offset: int) -> tuple[int, int]:
        """(page, offset in that page's text) of a character of this paragraph."""
        page, pos = self.pieces[0][1].page_no, self.pieces[0][1].start
        for off, ln in self.pieces:
            if off <= offset:
                page, pos = ln.page_no, ln.start + (offset - off)
        return page, pos


@dataclass
class ActivityFacts:
    number: str
    title: str
    toc_title: str | None
    claimed: Decimal | None
    page_start: int
    page_end: int
    assessment: str | None
    reasons: list[str]
    position: str
    repayment: Decimal | None
    evidence: str | None
    evidence_page: int | None
    order: int


@dataclass
class ExtractedDocument:
    structured: StructuredDocument
    kind: str
    meta: dict = field(default_factory=dict)  # title, issuer, municipality, addressee, doc_date
    activities: list[ActivityFacts] = field(default_factory=list)
    money: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    invoice: dict | None = None
    mentioned_invoices: list[dict] = field(default_factory=list)  # body mentions of invoice numbers
    # v2: where each value was read (pipeline.evidence), an invoice's lines and VAT per rate, and
    # the tables found on the pages
    evidence: list[Evidence] = field(default_factory=list)
    invoice_lines: list[dict] = field(default_factory=list)
    invoice_vat: list[dict] = field(default_factory=list)
    layout_tables: list[dict] = field(default_factory=list)
    layout_cells: list[dict] = field(default_factory=list)

    @property
    def ingested(self) -> IngestedDocument:
        return self.structured.ingested


# --------------------------------------------------------------------------------------------
# Compiled patterns (data in models/patterns)


# "kr 52.000,00": a dot between digits is the number's, not the sentence's end, for the patterns
# that read "within a sentence" as "[^.]"
_IN_SENTENCE = r"(?:[^.]|(?<=\d)\.(?=\d))"


def _within_sentence(pattern: str) -> str:
    return pattern.replace("[^.]", _IN_SENTENCE)


@lru_cache(maxsize=1)
def _assessment_rx() -> dict:
    p = patterns("assessment")
    flags = re.IGNORECASE
    return {
        "agency": PatternSet([_within_sentence(x) for x in [*p["agency"], p["claim_cause"]]], flags),
        "claim_cause": re.compile(_within_sentence(p["claim_cause"]), flags),
        "cites_attachment": re.compile(p["cites_attachment"], flags),
        "confirms": re.compile(p["confirms"], flags),
        "agency_heading": re.compile(p["agency_heading"], flags),
        "municipality_heading": re.compile(p["municipality_heading"], flags),
        "municipality_voice": re.compile(p["municipality_voice"]),
        "reasons": {
            code: ([re.compile(x, flags) for x in spec["patterns"]], [re.compile(x, flags) for x in spec.get("unless", [])])
            for code, spec in p["reasons"].items()
        },
        "pos": {k: PatternSet(v, flags) for k, v in p["positions"].items() if isinstance(v, list)},
        "negated_accept": re.compile(p["positions"]["negated_accept"], flags),
    }


_SENTENCE_END = re.compile(r"[.!?:)\]”\"]$")
# "… om 45" + "000 kronor …": an amount broken over two lines
_THOUSANDS_WRAP = re.compile(r"\d$")
_THOUSANDS_REST = re.compile(r"^\d{3}\b")


def _continues(prev: Paragraph, ln: Line, text: str) -> bool:
    """Whether a line goes on with the paragraph before it: a sentence that runs over a page
    break or a narrow column's line ends (the next line starts in lower case, or finishes a
    number split at its thousands)."""
    if _SENTENCE_END.search(prev.text):
        return False
    if text[:1].islower():
        return True
    return bool(_THOUSANDS_WRAP.search(prev.text) and _THOUSANDS_REST.match(text)) and prev.pieces[-1][1].page_no == ln.page_no


def paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Lines (paragraphs from ingest) joined where a paragraph runs on: over a page break, or
    over the line ends of a narrow column that ingest gives as lines of their own."""
    out: list[Paragraph] = []
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        if out and _continues(out[-1], ln, t):
            prev = out[-1]
            prev.pieces.append((len(prev.text) + 1, ln))
            prev.text += " " + t
            continue
        out.append(Paragraph(t, [(0, ln)]))
    return out


# texts whose sentence offsets are remembered: a paragraph is split into sentences four times
# over (agency, answer, first sentence, position), each a scan of its text
SENTENCE_MEMO = 4096


def _sentences(text: str) -> list[tuple[int, int]]:
    return list(_sentence_offsets(text))


@lru_cache(maxsize=SENTENCE_MEMO)
def _sentence_offsets(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(nlp.sentence_spans(text))


def _is_heading(text: str) -> bool:
    return not re.search(r"[.!?:]$", text.strip()) and len(text.split()) <= 10 and not find_money(text)


# --------------------------------------------------------------------------------------------
# Activities


# a sentence in which the municipality speaks: "Kommunen bestrider …", "Nämnden godtar …", in
# English "The municipality accepts …", "We …", "Uppsala Municipality …"
_ANSWER_VOICE = re.compile(
    r"^\s*(?:(?i:kommunen|förvaltningen|nämnden|staden|regionen|bolaget|förbundet|vi|we|the (?:municipality|council|city|committee))"
    r"|[A-ZÅÄÖ][\wåäö]+ (?:kommun|stad|[Mm]unicipality))\b"
)


def _slice(p: Paragraph, a: int, b: int) -> Paragraph:
    """Characters a..b of a paragraph as a paragraph of their own, still placed on the page."""
    pieces: list[tuple[int, Line]] = []
    for k, (off, ln) in enumerate(p.pieces):
        end = p.pieces[k + 1][0] if k + 1 < len(p.pieces) else len(p.text)
        if end <= a or off >= b:
            continue
        if off < a:  # the line the cut falls in: from the cut on
            ln, off = replace(ln, start=ln.start + (a - off), text=ln.text[a - off :]), a
        pieces.append((off - a, ln))
    return Paragraph(p.text[a:b], pieces)


def _split_at_answer(p: Paragraph) -> list[Paragraph]:
    """A paragraph that gives the agency's view and then the municipality's answer ("Enligt
    Socialstyrelsen saknas underlag. Kommunen har inga invändningar."): the answer its own
    paragraph, so that it is read as the municipality's."""
    for a, b in _sentences(p.text)[1:]:
        if _ANSWER_VOICE.match(p.text[a:]) or MUNICIPALITY_STANCE.search(p.text[a:b]) or _answers_unvoiced(p.text[a:b]):
            return [_slice(p, 0, a), _slice(p, a, len(p.text))]
        if _cites_own_attachment(p.text[a:b]) or _assessment_rx()["confirms"].match(p.text[a:b]):
            return [_slice(p, 0, a), _slice(p, a, len(p.text))]
    return [p]


def _cites_own_attachment(sentence: str) -> bool:
    """A sentence that cites the response's own attachment ("…, se bilaga 1.", "(bil. C)") and in
    which the agency does not speak: the municipality's evidence, so its answer begins there (the
    agency's decision came before the response and cites none of its attachments)."""
    rx = _assessment_rx()
    return bool(rx["cites_attachment"].search(sentence)) and not _agency_speaks(sentence, rx)


# the municipality named in a sentence, not at its start ("…, och kommunen kan därför inte …")
_MUNICIPAL_SUBJECT = re.compile(r"\b(?:kommunen|nämnden|förvaltningen|staden|regionen|bolaget|förbundet|vi)\b", re.IGNORECASE)


def _answers_unvoiced(sentence: str) -> bool:
    """A sentence in which the municipality, named after its start, takes a position or puts it
    off ("Leverantören har inte fakturerat, och kommunen kan därför inte ta ställning förrän …"):
    the municipality's, wherever it stands. The agency's own "delar inte varit …" names no one."""
    rx = _assessment_rx()
    if _agency_speaks(sentence, rx) or not _MUNICIPAL_SUBJECT.search(sentence):
        return False
    return _stance(sentence) is not None or rx["pos"]["defer"].matches_any(sentence)


def _agency_speaks(sentence: str, rx: dict) -> bool:
    sentence = speakers.without_margin_number(sentence)
    return rx["agency"].matches_any(sentence)


def _split_at_agency(p: Paragraph, rx: dict) -> list[Paragraph]:
    """A paragraph that states the claim and then the agency's view ("Krav: 72 000 kr.
    Socialstyrelsen menar att …"): the agency's words from the first sentence it speaks in are
    a paragraph of their own, so that they are read as its assessment."""
    spans = _sentences(p.text)
    if not spans or _agency_speaks(p.text[spans[0][0] : spans[0][1]], rx):
        return [p]
    for a, b in spans[1:]:
        if _agency_speaks(p.text[a:b], rx):
            return [_slice(p, 0, a), _slice(p, a, len(p.text))]
    return [p]


def _split_after_claim_cause(p: Paragraph, rx: dict) -> list[Paragraph]:
    """A paragraph the agency's claim opens with its cause ("Socialstyrelsen avser att återkräva
    64 000 kr eftersom …"): the agency has said its reason there, so its part ends with the
    sentences it speaks in; what follows is the municipality's account."""
    spans = _sentences(p.text)
    if len(spans) < 2 or not rx["claim_cause"].search(p.text[spans[0][0] : spans[0][1]]):
        return [p]
    for a, b in spans[1:]:
        if not _agency_speaks(p.text[a:b], rx):
            return [_slice(p, 0, a), _slice(p, a, len(p.text))]
    return [p]


def _voiced_parts(p: Paragraph, rx: dict) -> list[Paragraph]:
    """A paragraph cut where the speaker changes: before the agency's first sentence, before
    the municipality's answer, and after a claim the agency gives with its cause."""
    return [part for q in _split_at_agency(p, rx) for r in _split_at_answer(q) for part in _split_after_claim_cause(r, rx)]


def _assessment(paras: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    rx = _assessment_rx()
    paras = [part for p in paras for part in _voiced_parts(p, rx)]
    agency, rest = [], []
    copied = speakers.copied_decision(paras)  # the decision's text set in above a labelled answer
    under_heading = False  # paragraphs under "Socialstyrelsens bedömning", until the municipality speaks
    for k, p in enumerate(paras):
        # matched as read, past a plain-text mail's typed marks ("**Er bedömning:** …") and a margin number
        first = speakers.without_margin_number(without_typed_marks(p.text[: (_sentences(p.text) or [(0, len(p.text))])[0][1]]))
        if k in copied:
            agency.append(p)
            continue
        if rx["agency_heading"].match(without_typed_marks(p.text)):
            under_heading = True
            continue
        if rx["municipality_heading"].match(p.text) or rx["municipality_voice"].match(first) or _cites_own_attachment(first):
            under_heading = False  # the municipality answers, or cites its own evidence
        if not _takes_position(first, rx) and (under_heading or _agency_opens(p.text, first, rx)):
            agency.append(p)
        else:
            rest.append(p)
    return agency, rest


def _agency_opens(text: str, first: str, rx: dict) -> bool:
    """A paragraph the agency speaks in from its first sentence: it assesses, it opens and
    assesses later, or its demand is restated ("Socialstyrelsen vill att vi betalar tillbaka …")."""
    return rx["agency"].matches_any(first) or _agency_speaks_on(text, first, rx) or agency_demands(first)


def _takes_position(first: str, rx: dict) -> bool:
    """A paragraph the municipality opens by taking its position ("Kommunen delar inte
    Socialstyrelsens bedömning och anser att …") is its answer, though it names the agency."""
    return bool(_ANSWER_VOICE.match(first)) and _stance(first) is not None


# a paragraph the agency's part opens: the agency as subject, or the claim it states ("Kravet
# avser 48 000 kronor.", "Socialstyrelsens krav avser …")
_AGENCY_SUBJECT = re.compile(
    r"^\s*(?:socialstyrelsen|myndigheten\b|(?:socialstyrelsens\s+|myndighetens\s+)?"
    r"(?:åter)?krav(?:et)?\s+(?:avser|uppgår|gäller|omfattar)\b)",
    re.IGNORECASE,
)


def _agency_speaks_on(text: str, first: str, rx: dict) -> bool:
    """A paragraph the agency opens ("Socialstyrelsen har gått igenom …") and assesses in a later
    sentence ("Socialstyrelsen bedömer att …")."""
    return bool(_AGENCY_SUBJECT.match(first)) and any(rx["agency"].matches_any(text[a:b]) for a, b in _sentences(text))


def reasons_of(text: str) -> list[str]:
    """The agency's reason codes: the trained classifier over the assessment's sentences, the
    cue lexicon one of its features (pipeline.reasons)."""
    return reasons.reasons_of(text)


_DISPUTES_PART = re.compile(
    r"\b(bestrider|motsätter sig|ifrågasätter|godtar inte|accepterar inte)\b[^.]{0,80}\d[^.]{0,80}"
    r"\b(godtar|accepterar|medger|återbetalar|betalar tillbaka)\b[^.]{0,30}"
    r"\b(resterande|resten|återstående|övrig\w*|mellanskillnaden)\b",
    re.IGNORECASE,
)


Position = tuple[str, Decimal | None, str | None, int | None]  # position, repayment, evidence, page
# "aktiviteterna 8 och 11", "activities 8 and 11": in Swedish and in English
_OTHER_ACTIVITY = re.compile(
    rf"\b(aktivitet(en|erna)?|punkt(en|erna)?|activit(?:y|ies))\s+(?P<nums>{NUMBER_LIST}(?:\s+and\s+\d{{1,3}})?)\b", re.IGNORECASE
)


def _about_other_activity(s: str, sec: Section) -> bool:
    """A sentence that names activities, this one not among them ("… för aktivitet 2 och 4")."""
    mo = _OTHER_ACTIVITY.search(s)
    return bool(mo and sec.number.split(".")[0] not in numbers_named(mo.group("nums")))


# "40 000 kronor av beloppet … ska få behållas": the part kept, so the rest is repaid
_KEEPS_PART = re.compile(r"\d[^.]{0,160}\b(?:ska|bör|kan)\s+få\s+behållas\b", re.IGNORECASE)


def _repays_rest_of_disputed(s: str, claimed: Decimal | None) -> Decimal | None:
    """ "bestrider 30 000 kronor men godtar resterande del", "30 000 kronor ska få behållas": it
    repays the rest."""
    if claimed is None or not (_DISPUTES_PART.search(s) or _KEEPS_PART.search(s)):
        return None
    disputed = [m.value for m in find_money(s, money_context=True) if 0 < m.value < claimed]
    return claimed - disputed[0] if disputed else None


def _partial_repayment(s: str, claimed: Decimal | None, pos: dict) -> Decimal | None:
    """The part of the claim an accepting sentence repays: a share of the claim ("en fjärdedel av
    återkravet"), an amount below it, or an amount worded as a part where the claim was not read
    ("repays 5 000 kr of the amount"). None where it repays the whole or states no part."""
    amounts = repaid_amounts(s)  # the accepting clause's, not a claim named beside it
    amount = items_repaid(s, amounts[0]) if amounts else None
    share = repaid_share(s)
    if amount is None:
        return (claimed * share).quantize(Decimal("0.01")) if share is not None and claimed is not None else None
    if claimed is not None:
        return amount if amount < claimed else None
    return amount if _names_part(s, pos) else None


def _names_part(s: str, pos: dict) -> bool:
    """An accepting sentence that words a part ("delvis", "del av") or turns down the rest."""
    return pos["partial"].matches_any(s) or refuses_rest(s)


def _accepting_position(s: str, page: int, claimed: Decimal | None, pos: dict) -> Position | None:
    """A sentence that accepts: partly (an amount below the claim, a share of it) or in full.
    None when it accepts partly and leaves the amount to a later sentence."""
    part = _partial_repayment(s, claimed, pos)
    if part is not None:
        return "accepts_partial", part, s, page
    if not repaid_amounts(s) and _names_part(s, pos) and not pos["full"].matches_any(s):
        # "delar delvis bedömningen": partial, and the amount may follow in the next sentence
        return None
    return "accepts_full", claimed, s, page


# a dispute said outright, as against one implied (documents attached, the cost "motiverad")
_DISPUTE_VERB = re.compile(r"\b(bestrid\w*|motsätter|tillbakavisa\w*|delar inte|invänder|vidhåller|står fast|yrkar)\b", re.IGNORECASE)


def _position_without_acceptance(
    partial_ev: tuple[str, int] | None,
    dispute_ev: tuple[str, int] | None,
    first_sentence: tuple[str, int] | None,
    has_refs: bool,
    stated_after: Position | None = None,
    deferred_ev: tuple[str, int] | None = None,
) -> Position:
    if partial_ev:
        return "accepts_partial", None, partial_ev[0], partial_ev[1]
    if deferred_ev and dispute_ev and not _DISPUTE_VERB.search(dispute_ev[0]):
        return "unclear", None, deferred_ev[0], deferred_ev[1]  # papers attached while the position is put off
    if dispute_ev and stated_after and not _DISPUTE_VERB.search(dispute_ev[0]):
        return stated_after  # a closing that names this activity outweighs "underlaget bifogas"
    if dispute_ev:
        return "disputes", Decimal(0), dispute_ev[0], dispute_ev[1]
    if deferred_ev:  # "återkommer med sitt ställningstagande": no position yet
        return "unclear", None, deferred_ev[0], deferred_ev[1]
    if stated_after:
        return stated_after  # the section says nothing itself; the closing names this activity
    if first_sentence or has_refs:
        ev = first_sentence or (None, None)
        return "disputes", Decimal(0), ev[0], ev[1]
    return "unclear", None, None, None


# what the classifier may decide where no rule reads a position (a dispute is the default already)
_MODELLED = ("accepts_full", "accepts_partial", "unclear")


def _modelled_position(sentences: list[tuple[str, int]], claimed: Decimal | None, pos: dict) -> Position | None:
    """Where no rule reads a position in the answer, the sentence the trained classifier is sure
    states one (pipeline.positions): an acceptance or an answer put off in words the rules lack
    ("The municipality accepts the claim in full"). Its amount is read as for a rule's reading."""
    voice = re.compile(_assessment_rx()["municipality_voice"].pattern, re.IGNORECASE)  # "Kommunen …", "Vi …", "Uppsala Municipality …"
    # two signals: the municipality is the sentence's subject, and the classifier is sure it states
    # a position (a description of the activity, "Aktiviteten genomfördes delvis 2023", is neither)
    found = surest([(s, page) for s, page in sentences if voice.match(s)], _MODELLED)
    if found is None:
        return None
    verdict, s, page = found
    if verdict.label == "unclear":
        return "unclear", None, s, page
    read = _accepting_position(s, page, claimed, pos)
    if verdict.label == "accepts_partial" and (read is None or read[0] == "accepts_full"):
        return "accepts_partial", None, s, page  # a part, its amount not in this sentence
    return read or ("accepts_full", claimed, s, page)


def _municipality_sentences(sec: Section, paras: list[Paragraph]):
    """The municipality's sentences under a section with their pages, but those about another
    activity."""
    for p in paras:
        for a, b in _sentences(p.text):
            s = p.text[a:b].strip()
            if not _about_other_activity(s, sec) and not restates_agency(s):
                yield s, p.locate(a)[0]


def _note_signals(s: str, page: int, negated: bool, pos: dict, seen: dict[str, tuple[str, int]]) -> None:
    """The first sentence that disputes, that puts the position off, and the first that is no
    heading: each decides only where no sentence accepts."""
    if negated or pos["dispute"].matches_any(s):
        seen.setdefault("dispute", (s, page))
    if pos["defer"].matches_any(s):
        seen.setdefault("defer", (s, page))
    if not _is_heading(s):
        seen.setdefault("first", (s, page))


def position_of(
    sec: Section, municipality_paras: list[Paragraph], claimed: Decimal | None, has_refs: bool, stated_after: Position | None = None
) -> tuple[str, Decimal | None, str | None, int | None]:
    sentences = list(_municipality_sentences(sec, municipality_paras))
    stated = _verdict_position(sentences, claimed)
    if stated is not None and not (stated[0] == "accepts_partial" and stated[1] is None):
        return stated
    read = _read_position(sentences, claimed, has_refs, stated_after)
    if stated is not None:  # "Medges delvis." then the part in the sentences after it ("Kommunen återbetalar 4 700 kr …")
        return ("accepts_partial", read[1], stated[2], stated[3]) if read[0] == "accepts_partial" and read[1] is not None else stated
    return read


def _read_position(
    sentences: list[tuple[str, int]], claimed: Decimal | None, has_refs: bool, stated_after: Position | None
) -> tuple[str, Decimal | None, str | None, int | None]:
    """The position the municipality's sentences state, by the position rules and, where none
    fires, the trained classifier."""
    rx = _assessment_rx()
    pos = rx["pos"]
    seen: dict[str, tuple[str, int]] = {}
    for k, (s, page) in enumerate(sentences):
        rest = _repays_rest_of_disputed(s, claimed)
        if rest is not None:
            return "accepts_partial", rest, s, page
        negated = bool(rx["negated_accept"].search(s))
        if not negated and (pos["accept"].matches_any(s) or accepts_by_model(s)):
            accepted = _accepting_position(s, page, claimed, pos)
            if accepted is not None:
                return _narrowed(accepted, sentences[k + 1 : k + 1 + NARROWING_SENTENCES], stated_after)
            seen.setdefault("partial", (s, page))
            continue
        _note_signals(s, page, negated, pos, seen)
    if stated_after is None and not any(k in seen for k in ("partial", "dispute", "defer")):
        modelled = _modelled_position(sentences, claimed, pos)
        if modelled is not None:
            return modelled
    return _position_without_acceptance(
        seen.get("partial"), seen.get("dispute"), seen.get("first"), has_refs, stated_after, seen.get("defer")
    )


NARROWING_SENTENCES = 2  # an acceptance is narrowed by the sentences right after it


def _narrowed(accepted: Position, after: list[tuple[str, int]], stated_after: Position | None) -> Position:
    """An acceptance in full that the next sentences narrow ("… och för dessa godtar kommunen
    återkravet. I övrigt bestrids det."): a part, its amount the closing's or summary table's
    where that states a part (else unknown)."""
    if accepted[0] != "accepts_full" or not any(refuses_remainder(s) for s, _ in after):
        return accepted
    amount = stated_after[1] if stated_after is not None and stated_after[0] == "accepts_partial" else None
    return "accepts_partial", amount, accepted[2], accepted[3]


def _verdict_position(sentences: list[tuple[str, int]], claimed: Decimal | None) -> Position | None:
    """The first terse verdict in the answer ("Kommunens inställning: ✔ Medges", "Godtas delvis –
    9 500 kr", "Ställning tas senare"): the municipality's explicit answer (pipeline.verdicts). An
    amount below the claim is a part; an acceptance with no part named repays the claim."""
    for s, page in sentences:
        v = verdicts.read(s)
        if v is None:
            continue
        if v.stance == "disputes":
            return "disputes", Decimal(0), s, page
        if v.stance == "unclear":
            return "unclear", None, s, page
        if v.partial or (v.amount is not None and claimed is not None and v.amount < claimed):
            return "accepts_partial", v.amount, s, page
        return "accepts_full", claimed if claimed is not None else v.amount, s, page
    return None


_NAMED_ACTIVITIES = re.compile(rf"\baktivitet(?:en|erna)?\s+(?P<nums>{NUMBER_LIST})(?!\s*(?:kr|kronor))", re.IGNORECASE)
Stated = tuple[str, Decimal | None, str, int]  # "accepts" | "disputes", the amount in its clause, sentence, page


def _stated_for_several(sd: StructuredDocument) -> dict[str, Stated]:
    """Positions the letter states after its last activity for activities it names by number
    ("Kommunen medger återbetalning för aktivitet 2 med 48 000 kronor och för aktivitet 5 med
    20 000 kronor. Kommunen bestrider återkravet för aktiviteterna 1, 3 och 4"): the first
    statement on an activity wins; the amount is the one in its own clause."""
    out: dict[str, Stated] = {}
    for p in paragraphs(_opening(sd)) + paragraphs(sd.closing):
        for a, b in _sentences(p.text):
            s = p.text[a:b]
            stance = _stance(s)
            if stance is None or _agency_speaks(s, _assessment_rx()):
                continue
            marks = list(_NAMED_ACTIVITIES.finditer(s))
            for k, m in enumerate(marks):
                clause = s[m.end() : marks[k + 1].start() if k + 1 < len(marks) else len(s)]
                amounts = [x.value for x in find_money(clause, money_context=True)]
                # the verb before this list, where the sentence states several positions ("att
                # medge … aktivitet 1, att bestrida … aktivitet 2 och 3")
                own = _stance(s[marks[k - 1].end() if k else 0 : m.start()]) or stance
                for num in numbers_named(m.group("nums")):
                    out.setdefault(num, (own, amounts[0] if amounts else None, s.strip(), p.locate(a)[0]))
    return out


def _opening(sd: StructuredDocument) -> list[Line]:
    """The lines before the first activity: a committee's decision states its positions there
    ("att bestrida återkravet avseende aktivitet 1 och aktivitet 4")."""
    if not sd.sections:
        return []
    first = sd.sections[0].heading
    return [ln for ln in flow(sd.ingested) if (ln.page_no, ln.start) < (first.page_no, first.start)]


def _stance(text: str) -> str | None:
    """'accepts' or 'disputes' where the text words either (a negated acceptance disputes)."""
    rx = _assessment_rx()
    negated = bool(rx["negated_accept"].search(text))
    if not negated and rx["pos"]["accept"].matches_any(text):
        return "accepts"
    if negated or rx["pos"]["dispute"].matches_any(text):
        return "disputes"
    return None


def _tabled_positions(sd: StructuredDocument) -> dict[str, Stated]:
    """Positions a summary table states per activity in a column of words ("Medges delvis"),
    with what is repaid from its money column ("Återbetalas") or from the words themselves."""
    out: dict[str, Stated] = {}
    for t in sd.summary_tables:
        for r in t.rows:
            if r.activity_no is None or r.is_total:
                continue
            stance = _stance(r.words)
            if stance == "accepts":
                stated = [m.value for m in find_money(r.words, money_context=True)]
                repaid = r.amounts.get("accepted")
                out.setdefault(r.activity_no, ("accepts", repaid if repaid is not None else next(iter(stated), None), r.words, r.page))
            elif stance == "disputes":
                out.setdefault(r.activity_no, ("disputes", None, r.words, r.page))
    return out


def _stated_position(stated: Stated | None, claimed: Decimal | None) -> Position | None:
    """A closing statement as the activity's position: a repayment below the claim is partial."""
    if stated is None:
        return None
    kind, amount, sentence, page = stated
    if kind == "disputes":
        return "disputes", Decimal(0), sentence, page
    if amount is not None and claimed is not None and amount < claimed:
        return "accepts_partial", amount, sentence, page
    return "accepts_full", claimed, sentence, page


_QUOTED_ITEM = re.compile(r"^\s*[–\-•*]?\s*(?:aktivitet|punkt|insats)\s+(?P<num>\d{1,3}(?:\.\d{1,2})?)\b", re.IGNORECASE)


def _quoted_assessments(sd: StructuredDocument) -> dict[str, str]:
    """The agency's words per activity in the message an e-mail reply quotes: its list items
    ("– Aktivitet 2 Fritidsgården, 64 000 kronor. Verksamheten bedöms vara ordinarie …")."""
    out: dict[str, str] = {}
    for p in paragraphs(sd.quoted):
        m = _QUOTED_ITEM.match(p.text)
        if m:
            out.setdefault(m.group("num"), p.text)
    return out


def activities(sd: StructuredDocument) -> list[ActivityFacts]:
    out: list[ActivityFacts] = []
    refs_by = Counter(r.activity_no for r in sd.refs)
    tabled = {
        r.activity_no: r.amounts["claimed"]
        for t in sd.summary_tables
        for r in t.rows
        if r.activity_no and not r.is_total and r.amounts.get("claimed") is not None
    }
    quoted = _quoted_assessments(sd)
    closing = _closing_positions(sd)
    for k, sec in enumerate(sd.sections):
        paras = paragraphs(_amount_line_with_more(sec) + answer_lines(sd.sections, k))  # stacked headings share one answer
        agency, rest = _voices(sec, paras)
        assessment = " ".join([*(h.text.strip() for h in sec.reason_heads), *(p.text for p in agency)]) or quoted.get(sec.number)
        claimed = _claimed_of(sec, tabled)
        stated_after = _stated_position(closing.get(sec.number), claimed)
        if sec.form_answer:  # a printed form's ticked box, not its words
            position, repay, ev, ev_page = form_position(sec.form_answer, claimed)
        else:
            position, repay, ev, ev_page = position_of(sec, rest, claimed, refs_by[sec.number] > 0, stated_after)
        out.append(
            ActivityFacts(
                sec.number,
                sec.title,
                sec.toc.title if sec.toc else None,
                claimed,
                sec.page_start,
                sec.page_end,
                assessment,
                reasons.reasons_of(assessment, likeliest=True) if assessment else _reasons_argued(rest),
                position,
                repay,
                ev,
                ev_page,
                k,
            )
        )
    _share_joint_answers(sd.sections, out)
    return out


def _reasons_argued(answer: list[Paragraph]) -> list[str]:
    """The agency's reasons where its own words were not found under the activity: the findings
    the answer argues about ("Fritidsgården fanns före 2019, men tjänsterna är nya …" answers an
    ordinary-operations finding), read by the same classifier from the answer's sentences."""
    return reasons_of(" ".join(p.text for p in answer)) if answer else []


def _voices(sec: Section, paras: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The agency's paragraphs and the rest: as labels give them (pipeline.qa_pairs), else as
    the words' voices say."""
    if sec.voices is not None:
        return paragraphs(sec.voices[0]), paragraphs(sec.voices[1])
    return _assessment(paras)


def _claimed_of(sec: Section, tabled: dict[str, Decimal | None]) -> Decimal | None:
    """The heading's or amount line's claim, the contents', the summary table's row, and last
    an amount read from a sentence under the heading."""
    stated = sec.amount if sec.amount_stated else None
    return next((a for a in (stated, sec.toc.amount if sec.toc else None, tabled.get(sec.number), sec.amount) if a is not None), None)


def _closing_positions(sd: StructuredDocument) -> dict[str, Stated]:
    """Positions stated apart from the sections: a closing sentence first, then the summary table."""
    closing = _stated_for_several(sd)
    for number, in_table in _tabled_positions(sd).items():
        closing.setdefault(number, in_table)
    return closing


def _amount_line_with_more(sec: Section) -> list[Line]:
    """The amount line where it says more than the claim ("Krav: 72 000 kr. Socialstyrelsen
    menar att …"): its further sentences belong to the body."""
    ln = sec.amount_line
    return [ln] if ln is not None and len(_sentences(ln.text.strip())) > 1 else []


# the answer given once for several activities: "båda aktiviteterna", "gemensamt", "återkraven"
_JOINT_ANSWER = re.compile(r"\b(båda|bägge|gemensamt|samtliga|aktiviteterna|återkraven)\b", re.IGNORECASE)


def _share_joint_answers(sections: list[Section], facts: list[ActivityFacts]) -> None:
    """Activities under a joint heading ("Aktivitet 4 och 5", each then with a heading of its
    own and no body): the next activity's assessment and answer, where it speaks of them
    together, are theirs too (the repayment their own claim's, or nothing)."""
    for k in range(len(facts) - 2, -1, -1):
        sec, here, nxt = sections[k], facts[k], facts[k + 1]
        if sec.lines or sec.cells or here.assessment or not _JOINT_ANSWER.search(" ".join(filter(None, (nxt.assessment, nxt.evidence)))):
            continue
        here.assessment, here.reasons = nxt.assessment, list(nxt.reasons)
        if nxt.position in ("disputes", "accepts_full"):
            here.position, here.evidence, here.evidence_page = nxt.position, nxt.evidence, nxt.evidence_page
            here.repayment = Decimal(0) if nxt.position == "disputes" else here.claimed


# --------------------------------------------------------------------------------------------
# Money and quantities with provenance

_TOTAL_CUE = re.compile(
    r"\b(totalt|sammanlagt|sammantaget|summa|total\w*|sammanlagda|i sin helhet uppgår|"
    r"återkräv\w*|återkrav(et|en)? (om|på|uppgår))\b",
    re.IGNORECASE,
)


# the grant the municipality received or a budget, never a sum reclaimed or repaid
_RECEIVED = re.compile(
    r"\b(tog emot|mottog|erhöll|erhållit|fick|har fått|beviljades|beviljats|tilldelades|tilldelats|"
    r"(?:det |ett )?(?:stats)?bidrag(?:et)? (?:om|på)|"
    r"budget\w*|omsättning\w*|bidragsram\w*|totala bidrag\w*)\b",
    re.IGNORECASE,
)
_RECLAIMED = re.compile(
    r"\b(kräv\w* tillbaka|återkr\w*|återkrav\w*|återbetal\w*|återför\w*|betala\w* tillbaka|medge\w*|medges|godta\w*|"
    r"bestr\w*|ifrågasätt\w*)\b",
    re.IGNORECASE,
)
CLAUSE_TAIL = 25  # characters after an amount that still belong to its clause ("… i bidraget")


def _grant_or_budget(text: str, m, sentence_start: int) -> bool:
    """Is this amount the grant received or a budget ("Kommunen tog emot 5,2 miljoner kronor i
    bidraget")? Read in its own clause: from the sentence's start or the last comma or 'och'
    before it, to a few words after it."""
    head = text[sentence_start : m.start]
    cut = max(head.rfind(","), head.rfind(" och "), head.rfind(" varav "), head.rfind(" av "))
    tail = re.split(r"[.!?\n]", text[m.end : m.end + CLAUSE_TAIL], maxsplit=1)[0]
    clause = head[cut + 1 :] + text[m.start : m.end] + tail
    return bool(_RECEIVED.search(clause)) and not _RECLAIMED.search(clause)


def _sentence_at(sents: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    """The sentence holding offset `pos` (sentences in order, not overlapping)."""
    i = bisect_right(starts, pos) - 1
    return sents[i] if i >= 0 and pos < sents[i][1] else None


def _money_role(ed: ExtractedDocument, key: tuple[int, int], toc_keys: set, heading_keys: set, sentence: str, text: str, m, sa: int) -> str:
    """What a money mention is: an invoice's, a contents entry's, a heading's, a table's, a total
    or body text."""
    sd = ed.structured
    if ed.kind == "invoice":
        return "invoice"
    if key in toc_keys:
        return "toc"
    if key in heading_keys:
        return "heading"
    if key in sd.table_lines:
        return "table"
    if _TOTAL_CUE.search(sentence) and not _grant_or_budget(text, m, sa):
        return "total"
    return "body"


def _mention_rows(ed: ExtractedDocument, page_money: dict[int, list]) -> list[dict]:
    """The money the text mentions, each with its role and sentence."""
    sd = ed.structured
    doc = sd.ingested
    heading_keys = {(s.heading.page_no, s.heading.start) for s in sd.sections} | {
        (s.amount_line.page_no, s.amount_line.start) for s in sd.sections if s.amount_line
    }
    toc_keys = {(e.line.page_no, e.line.start) for e in sd.toc}
    rows: list[dict] = []
    for page in doc.pages:
        text = page.text
        sents = _sentences(text)
        sent_starts = [a for a, _ in sents]
        line_starts = [ln.start for ln in page.lines()]
        for m in page_money[page.page_no]:
            ls = last_at_or_before(line_starts, m.start)
            sa, sb = _sentence_at(sents, sent_starts, m.start) or (ls, m.end)
            sentence = text[sa:sb].strip()
            key = (page.page_no, ls)
            role = _money_role(ed, key, toc_keys, heading_keys, sentence, text, m, sa)
            sec = sd.section_of(page.page_no, m.start)
            box = page.box(m.start, m.end) if page.source == "text_layer" else None  # contract: boxes from a text layer
            rows.append(
                dict(
                    doc_id=doc.doc_id,
                    mention_id=f"{doc.doc_id}:{page.page_no}:{m.start}:{m.range_part}",
                    activity_no=sec.number if sec and role != "toc" else None,
                    value=m.value,
                    currency=m.currency,
                    raw_text=m.raw,
                    role=role,
                    page=page.page_no,
                    char_start=m.start,
                    char_end=m.end,
                    x0=box[0] if box else None,
                    top=box[1] if box else None,
                    x1=box[2] if box else None,
                    bottom=box[3] if box else None,
                    sentence=sentence,
                    approximate=m.approximate,
                    range_part=m.range_part,
                )
            )
    return rows


def _cell_row(
    doc: IngestedDocument, page: PageText, span: tuple[int, int], value: Decimal, role: str, activity_no: str | None, line: int
) -> dict:
    """A money row for an amount read from a table cell or a contents entry: a bare number whose
    column header or row gives its unit; its sentence is its row's line."""
    start, end = span
    box = page.box(start, end) if page.source == "text_layer" else None  # contract: boxes from a text layer
    return dict(
        doc_id=doc.doc_id,
        mention_id=f"{doc.doc_id}:{page.page_no}:{start}:0",
        activity_no=activity_no,
        value=value,
        currency="SEK",
        raw_text=page.text[start:end],
        role=role,
        page=page.page_no,
        char_start=start,
        char_end=end,
        x0=box[0] if box else None,
        top=box[1] if box else None,
        x1=box[2] if box else None,
        bottom=box[3] if box else None,
        sentence=page.text[line:].split("\n", 1)[0],
        approximate=False,
        range_part=0,
    )


def _taken(taken: set[tuple[int, int]], page_no: int, start: int, end: int) -> bool:
    return any(p == page_no and start <= s < end for p, s in taken)


def _table_column_rows(sd: StructuredDocument, taken: set[tuple[int, int]]) -> list[dict]:
    """Bare numbers under a money header ("Belopp", "Medges", "Summa"); adds each to `taken`."""
    doc = sd.ingested
    rows: list[dict] = []
    summary_rows = {(r.page, r.line) for t in sd.summary_tables for r in t.rows}
    table_pages = {p for p, _ in sd.table_lines}
    for page in (p for p in doc.pages if p.page_no in table_pages):
        for segs in segments(page):
            key = (page.page_no, segs[0].line)
            if key not in sd.table_lines or key in summary_rows:
                continue
            for seg in segs[1:]:
                value = parse_amount(seg.text)
                if value is None or _taken(taken, page.page_no, seg.start, seg.end) or find_dates(seg.text):
                    continue
                sec = sd.section_of(page.page_no, seg.start)
                value *= sd.table_scales.get(key, 1)
                rows.append(_cell_row(doc, page, (seg.start, seg.end), value, "table", sec.number if sec else None, segs[0].line))
                taken.add((page.page_no, seg.start))
    return rows


def _summary_table_rows(sd: StructuredDocument, taken: set[tuple[int, int]]) -> list[dict]:
    """A summary table's amounts that no mention has taken yet."""
    doc = sd.ingested
    rows: list[dict] = []
    for t in sd.summary_tables:
        for row in t.rows:
            page = doc.pages[row.page - 1]
            for role_name, value in row.amounts.items():
                a, b = row.spans[role_name]
                if value is not None and not _taken(taken, row.page, a, b):
                    role = "total" if row.is_total else "table"
                    rows.append(_cell_row(doc, page, (a, b), value, role, row.activity_no, row.line))
    return rows


_BARE_AMOUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d{1,2})?(?![\d,])")


def _toc_amount_rows(sd: StructuredDocument, taken: set[tuple[int, int]]) -> list[dict]:
    """A contents entry's amount printed as a bare number in an amount column ("Aktivitet 1.
    Fältverksamhet 162 000 2" under "Avsnitt | Belopp (kr) | Sida"), where no mention took it."""
    doc = sd.ingested
    rows: list[dict] = []
    for e in sd.toc:
        ln = e.line
        if e.amount is None or _taken(taken, ln.page_no, ln.start, ln.end):
            continue
        page = doc.pages[ln.page_no - 1]
        for m in _BARE_AMOUNT.finditer(page.text, ln.start, ln.end):
            value = parse_amount(m.group())
            if value is not None and value > 0 and e.amount % value == 0 and e.amount / value in _CELL_UNITS:
                rows.append(_cell_row(doc, page, (m.start(), m.end()), e.amount, "toc", e.number, ln.start))
                taken.add((ln.page_no, m.start()))
                break
    return rows


def _form_field_rows(sd: StructuredDocument, taken: set[tuple[int, int]]) -> list[dict]:
    """The bare amounts typed in an answer form's money fields ("52 000" beside "(kr)")."""
    doc = sd.ingested
    rows: list[dict] = []
    for ln, value in sd.form.money if sd.form else []:
        if not _taken(taken, ln.page_no, ln.start, ln.end):
            sec = sd.section_of(ln.page_no, ln.start)
            rows.append(
                _cell_row(doc, doc.pages[ln.page_no - 1], (ln.start, ln.end), value, "table", sec.number if sec else None, ln.start)
            )
            taken.add((ln.page_no, ln.start))
    return rows


_CELL_UNITS = {Decimal(1), Decimal(1000), Decimal(1000000)}  # kr, tkr, mnkr: what a bare cell may count


def _toc_rows_to_their_activity(sd: StructuredDocument, rows: list[dict]) -> None:
    """A TOC entry's activity is the one it names."""
    doc = sd.ingested
    by_line = {(e.line.page_no, e.line.start): e.number for e in sd.toc}
    for r in rows:
        if r["role"] == "toc":
            page = doc.pages[r["page"] - 1]
            ls = max((ln.start for ln in page.lines() if ln.start <= r["char_start"]), default=0)
            r["activity_no"] = by_line.get((r["page"], ls))


def _header_row_rows(sd: StructuredDocument, taken: set[tuple[int, int]]) -> list[dict]:
    """The bare amounts of the small table under an activity's heading ("Beviljat Använt
    Återkrävt" over "180 000 176 400 92 000": pipeline.amount_rows), where no mention took them."""
    from .amount_rows import header_row_amounts
    from .structure import AMOUNT_BELOW_LINES

    doc = sd.ingested
    rows: list[dict] = []
    for sec in sd.sections if sd.kind == "response" else []:
        for page_no, seg, value in header_row_amounts(doc, sec.lines[:AMOUNT_BELOW_LINES]):
            page = doc.pages[page_no - 1]
            if not _taken(taken, page.page_no, seg.start, seg.end):
                rows.append(_cell_row(doc, page, (seg.start, seg.end), value, "table", sec.number, seg.line))
                taken.add((page.page_no, seg.start))
    return rows


def money_rows(ed: ExtractedDocument, page_money: dict[int, list]) -> list[dict]:
    sd = ed.structured
    rows = _mention_rows(ed, page_money)
    # bare numbers under a money header ("Belopp", "Medges", "Summa") are money too
    taken = {(r["page"], r["char_start"]) for r in rows}
    rows += _table_column_rows(sd, taken)
    rows += _summary_table_rows(sd, taken)
    rows += _toc_amount_rows(sd, taken)
    rows += _header_row_rows(sd, taken)
    rows += _form_field_rows(sd, taken)
    if ed.kind == "response":
        _toc_rows_to_their_activity(sd, rows)
        rows += _layout_table_rows(sd, rows)
        rows += _column_rows(sd, rows)
    return rows


def _column_rows(sd: StructuredDocument, rows: list[dict]) -> list[dict]:
    """Bare amounts in columns of amounts (pipeline.money_columns) that no other reading took."""
    from .money_columns import column_amounts

    doc = sd.ingested
    taken = {(r["page"], r["char_start"]) for r in rows}
    out: list[dict] = []
    for a in column_amounts(doc.pages):
        if not _taken(taken, a.page, a.start, a.end):
            sec = sd.section_of(a.page, a.start)
            role = "total" if a.is_total else "table"
            out.append(_cell_row(doc, doc.pages[a.page - 1], (a.start, a.end), a.value, role, sec.number if sec else None, a.line))
    return out


def _layout_table_rows(sd: StructuredDocument, rows: list[dict]) -> list[dict]:
    """Amounts in the layout tables' money columns that no other reading has taken."""
    from .layout.money import table_money_rows

    def activity_at(page: int, offset: int) -> str | None:
        sec = sd.section_of(page, offset)
        return sec.number if sec else None

    return table_money_rows(sd.ingested, sd.layout_tables, activity_at, {(r["page"], r["char_start"]) for r in rows})


def quantity_rows(ed: ExtractedDocument, page_money: dict[int, list]) -> list[dict]:
    doc = ed.ingested
    rows = []
    for page in doc.pages:
        sents = _sentences(page.text)
        for q in find_quantities(page.text, page_money[page.page_no]):
            sa, sb = next(((a, b) for a, b in sents if a <= q.start < b), (q.start, q.end))
            rows.append(
                dict(
                    doc_id=doc.doc_id,
                    value=q.value,
                    unit=nlp.noun_lemma(q.unit),
                    raw_text=q.raw,
                    approximate=q.approximate,
                    page=page.page_no,
                    sentence=page.text[sa:sb].strip(),
                    char_start=q.start,
                    char_end=q.end,
                )
            )
    return rows


# --------------------------------------------------------------------------------------------
# Metadata

# "Umeå kommun", and in the genitive a slide's title gives it ("Malmö stads svar", "Umeå kommuns yttrande")
_ISSUER = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?)\s+((?i:kommun|stad))s?\b")
_ADDRESSEE = re.compile(
    r"(?:yttrande|svar|skrivelse)\s+(?:till\s+)?"
    r"(?P<a>[A-ZÅÄÖ][\wåäö]+(?:styrelsen|verket|myndigheten|inspektionen|rådet|departementet))",
    re.IGNORECASE,
)
_ANSWERED_AGENCY = re.compile(
    r"(?P<a>[A-ZÅÄÖ][\wåäö]+(?:styrelsen|verket|myndigheten|inspektionen|rådet|departementet))s\s+"
    r"(?:[a-zåäö]+\s+){0,2}(?:beslut|begäran|återkrav|granskning|underrättelse|kommunicering)"
)
# "Till Socialstyrelsen, 106 30 Stockholm", "Mottagare: Socialstyrelsen", "To: Socialstyrelsen (The National Board …)";
# a table's "Mottagare" column is no label
_ADDRESSEE_TO = re.compile(
    r"^(?:(?i:till)\s*:?|(?i:mottagare|to)\s*:)[ \t]+(?P<a>[A-ZÅÄÖ][\wåäö]+(?:[ \t][A-ZÅÄÖ][\wåäö]+)*)[ \t]*(?:[,(].*)?$", re.MULTILINE
)


_REGION = re.compile(r"\bRegion\s+([A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?)")


LETTERHEAD_LINES = 4  # the first lines of the first page, where a letter prints its sender


def _letterhead(lines: list[str]) -> tuple[str, str] | None:
    """The sender a letterhead names on a line of its own ("REGION GOTLAND", "Hudiksvalls
    kommun"): (issuer, the place it names). The caller gives the letterhead's lines (a running
    header's and the first page's first ones)."""
    for ln in lines:
        # the sender may share its line with its committee: "ESLÖVS KOMMUN · Kultur- och fritidsnämnden"
        for part in _LETTERHEAD_PARTS.split(ln.strip()):
            text = part.title() if part.isupper() else part
            region = _REGION.fullmatch(text)
            if region:
                return region.group(0), region.group(1)
            own = _ISSUER.fullmatch(text)
            if own:
                return f"{own.group(1)} {own.group(2).lower()}", own.group(1)
    return None


_LETTERHEAD_PARTS = re.compile(r"\s+[·|–—-]\s+")  # the parts of a letterhead line: sender, committee, place


def _place_of(name: str, text: str) -> str:
    """'Lunds kommun' is Lund's: the genitive, where the text names the place without its s or
    the place is not one whose own name ends in s ('Bollnäs kommun')."""
    if not name.endswith("s") or name.title() in patterns("lexicon")["s_places"]:
        return name
    return name[:-1]


def issuer_of(text: str, letterhead: list[str] | None = None) -> tuple[str | None, str | None]:
    """The issuing municipality ("Botkyrka kommun" -> Botkyrka): the sender its letterhead
    names, else the one the text names most; a region or a national agency when no
    municipality is named (they have no municipality). A region that issues the response
    ("Region Gotland", with a municipality's responsibilities) answers for its place."""
    head = _letterhead(letterhead or [])
    if head:
        return head[0], _place_of(head[1], text)
    c = Counter((m.group(1), m.group(2)) for m in _ISSUER.finditer(text))
    company = company_letterhead(letterhead or [])
    if company:  # a municipal company answers for the municipality the text names
        return company, (_place_of(c.most_common(1)[0][0][0], text) if c else None)
    if not c:
        regions = Counter(m.group(0) for m in _REGION.finditer(text))
        agencies = Counter(a for a in patterns("lexicon")["agencies"] if re.search(rf"\b{re.escape(a)}\b", text))
        for a in agencies:
            agencies[a] = len(re.findall(rf"\b{re.escape(a)}\b", text))
        best = (regions + agencies).most_common(1)
        return (best[0][0] if best else None), None
    (name, kind), _ = c.most_common(1)[0]
    return f"{name} {kind}", _place_of(name, text)


_OTHER_DATE = re.compile(r"(?i)\b(beslut\w*|daterad\w*|mottog|inkom\w*|fått|skickade?|från den)\b")
_DATE_LABEL = re.compile(r"(?i)^\s*datum\b")
_SIGNED = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+)?,?\s+(?:den\s+)?\d")
_DATE_ONLY = re.compile(r"^\s*(?:datum\s*:?\s*)?[\d\-./ ]{6,10}\s*$|^\s*\d{1,2}\s+[a-zåäö]+\s+\d{4}\s*$", re.IGNORECASE)


def _dates_in_other_languages(line: str) -> list:
    """Dates with a month's name in another language ("14 February 2025"), as the invoice reader
    reads them: a municipality may write its response in English."""
    from .invoicing.numbers import detect_style
    from .invoicing.numbers import find_dates as dates_in_any_language

    return dates_in_any_language(line, detect_style(line))


def _own_date(lines: list[str]):
    """The letter's own date among these lines: labelled 'Datum', or on a line of its own or
    after the place, before a date a sentence quotes (the agency's decision, a receipt)."""
    best, best_score = None, -1
    for ln in lines:
        ds = find_dates(ln) or _dates_in_other_languages(ln)
        if not ds:
            continue
        score = 1
        if _DATE_LABEL.match(ln):
            score += 3
        if _DATE_ONLY.match(ln) or _SIGNED.match(ln) or len(ln.strip()) <= 40:
            score += 2
        if _OTHER_DATE.search(ln):
            score -= 3
        if score > best_score:
            best, best_score = ds[0].value, score
    return best if best_score >= 0 else None


_TITLE_WORDS = re.compile(r"(?i)\b(yttrande|återkrav\w*|svar på)\b")


# a mail's recipient field: "Till: registrator@socialstyrelsen.se"
_MAIL_TO = re.compile(r"^(?:till|to|mottagare)\s*:\s*.*?@(?P<domain>[\w.-]+)", re.IGNORECASE | re.MULTILINE)


def _agency_mailed(sample: str) -> str | None:
    """A known agency the mail is sent to, by its recipient's domain ('socialstyrelsen.se')."""
    agencies = patterns("lexicon")["agencies"]
    for m in _MAIL_TO.finditer(sample):
        host = m.group("domain").lower().split(".")
        named = next((a for a in agencies if a.lower() in host), None)
        if named:
            return named
    return None


def _addressee(doc: IngestedDocument, sample: str) -> str | None:
    """Whom the response is to: named as such ("Yttrande till Socialstyrelsen", "Till: …"); else
    the agency whose decision it answers ("Yttrande över Socialstyrelsens preliminära beslut");
    else the agency whose assessment its sections quote ("Socialstyrelsen bedömer att …")."""
    m = _ADDRESSEE.search(sample) or _ADDRESSEE_TO.search(sample)
    if m:
        return m.group("a").strip()
    mailed = _agency_mailed(sample)
    if mailed:
        return mailed
    named = Counter(m.group("a") for m in _ANSWERED_AGENCY.finditer(sample))
    agencies = "|".join(re.escape(a) for a in patterns("lexicon")["agencies"])
    if not named:
        named = Counter(re.findall(rf"\b({agencies})\s+(?:bedömer|anser|återkräver|konstaterar|har beslutat)\b", doc.text))
    if not named:  # the address block: the agency on a line of its own over its postal address
        opening = sample.split("\n")[: LETTERHEAD_LINES + ADDRESS_BLOCK_LINES]  # the running header's lines, then the page's
        named = Counter(ln.strip() for ln in opening if re.fullmatch(rf"\s*(?:{agencies})\s*", ln))
    return named.most_common(1)[0][0] if named else None


ADDRESS_BLOCK_LINES = 12  # lines at the top of the first page where the letter's address block stands
OWN_DATE_LINES = 8  # lines at the top of the first page where the letter dates itself (under a letterhead)
# a registry's receipt stamp ("Inkom 2025-03-07", "Ankom", "Registrerad"): the day it arrived
_RECEIPT_STAMP = re.compile(r"(?i)^\s*(?:\S+\s+)?(?:inkom\w*|ankom\w*|registrerad|mottagen|received)\b[^.]{0,20}\d")


def _response_date(doc: IngestedDocument, head: str, first: str):
    """The response's own date: in its running header or before the table of contents, never a
    date quoted in the body; else where it is signed at the end ("Ravlunda den 28 februari 2025")."""
    opening = [ln for ln in first.split("\n") if not _RECEIPT_STAMP.search(ln)][:OWN_DATE_LINES]
    date = _own_date([*head.split("\n"), *opening])
    if date is None:
        tail = [ln for p in doc.pages[-2:] for ln in p.text.split("\n")][-40:]
        date = _own_date([ln for ln in tail if _SIGNED.match(ln) or _DATE_ONLY.match(ln)])
    return date


_PAGE_TAIL = re.compile(r"(\.{3,}|\s)\d{1,3}$")  # a contents line's page number


def _response_title(doc: IngestedDocument, first: str) -> str | None:
    """A line that starts "Yttrande …"; else a heading on the first page that names the matter
    ("Svar på Socialstyrelsens begäran om yttrande …"), which has no sentence's full stop."""
    lines = (ln for p in doc.pages[:4] for ln in p.text.split("\n"))
    title = next(
        (ln.strip() for ln in lines if re.match(r"^\s*yttrande\b", ln, re.I) and len(ln) < 120 and not _PAGE_TAIL.search(ln)), None
    )
    if title is None:
        title = next(
            (
                ln.strip()
                for ln in first.split("\n")[:15]
                if _TITLE_WORDS.search(ln) and len(ln) < 250 and not ln.rstrip().endswith((".", ":")) and not _PAGE_TAIL.search(ln)
            ),
            None,
        )
    return title or (doc.running_lines[0] if doc.running_lines else None)


def response_meta(sd: StructuredDocument) -> dict:
    doc = sd.ingested
    head = "\n".join(doc.running_lines[:4])
    first = (
        doc.pages[letter_start([p.text for p in doc.pages], lambda text: bool(_ISSUER.search(text)))].text if doc.pages else ""
    )  # after a case card (pipeline.letter_page)
    # an answer form's sender fields are its letterhead (pipeline.forms)
    letterhead = (sd.form.sender() if sd.form else []) + doc.running_lines[:LETTERHEAD_LINES] + first.split("\n")[:LETTERHEAD_LINES]
    issuer, municipality = issuer_of(head + "\n" + first, letterhead)
    if not issuer:
        issuer, municipality = issuer_of(doc.text[:20000])
    sample = head + "\n" + "\n".join(p.text for p in doc.pages[:3])
    return dict(
        title=_response_title(doc, first),
        issuer=issuer,
        municipality=municipality,
        addressee=_addressee(doc, sample) or (sd.form.owner(patterns("lexicon")["agencies"]) if sd.form else None),
        doc_date=_response_date(doc, head, first),
    )


_PUBLISHED = re.compile(r"(?:publicerad|publiceringsdatum|publicerat|datum)\s*:?\s*(?P<d>[^\n]{4,30})", re.IGNORECASE)


def _first_heading(text: str) -> str | None:
    """A PDF's title: its first line of three words or more that is neither a label
    ('Pressmeddelande'), a date nor a sentence."""
    for ln in text.split("\n")[:8]:
        t = ln.strip()
        if len(t.split()) < 3 or len(t) > 200 or t.endswith(".") or re.match(r"(?i)^(pressmeddelande|pressinformation|nyhet)\b", t):
            continue  # a page header ("Tallby kommun") has fewer words than a headline
        if find_dates(t) and len(t) < 40:
            continue
        return t
    return None


def press_meta(doc: IngestedDocument) -> dict:
    text = doc.pages[0].text if doc.pages else ""
    title = doc.title or _first_heading(text)
    # the site that publishes the page is its issuer, where it names one
    issuer, municipality = issuer_of(doc.site_name) if doc.site_name else (None, None)
    if issuer is None:
        issuer, municipality = issuer_of((title or "") + "\n" + text)
    date = None
    if doc.published:
        ds = find_dates(doc.published)
        date = ds[0].value if ds else None
    if date is None:
        lines = text.split("\n")
        for ln in lines[1:4]:
            if re.search(r"uppdaterad", ln, re.I):
                continue
            ds = find_dates(ln)
            if ds and len(ln) < 60:
                date = ds[0].value
                break
    if date is None:
        for m in _PUBLISHED.finditer(text):
            ds = find_dates(m.group("d"))
            if ds:
                date = ds[0].value
                break
    return dict(title=title, issuer=issuer, municipality=municipality, addressee=None, doc_date=date)


# --------------------------------------------------------------------------------------------
# People


@lru_cache(maxsize=1)
def _people_rx() -> dict:
    p = patterns("people")
    heads = sorted(p["role_heads"], key=len, reverse=True)
    role_alt = "|".join(re.escape(h) for h in heads)
    name_tok = r"[A-ZÅÄÖÉ][a-zåäöéüáèíóúø]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    full = rf"{name_tok}(?:[ \t]+(?:von|van|af|de|der|du|la|di)\b)?(?:[ \t]+{name_tok}){{1,2}}"
    suffix_alt = "|".join(p["role_suffixes"])
    title_alt = "|".join(re.escape(t) for t in p["title_words"])
    # "utvecklingsledare Sara Lind": a compound the lexicon does not list, known by its last part,
    # on the name's own line (a signer's title ends the line above the next block's name)
    compound_role = rf"[a-zåäö]{{3,}}(?:{'|'.join(p['compound_role_suffixes'])})"
    party_alt = "|".join(p["parties"])
    return dict(
        # "socialchef Lisa Holm", "oppositionsrådet Per Ek": the role in its definite form too
        role_first=re.compile(rf"(?<![\wåäö])(?P<role>(?i:{role_alt})(?:en|et|n)?|{compound_role}(?=[ \t]))\s+(?P<name>{full})"),
        # a title in lower case ends before the next name ("Lena Rosenqvist, socialchef Viktor Alm, …")
        name_first=re.compile(
            rf"(?P<name>{full})\s*(?:\((?P<party>{party_alt})\))?\s*,\s*"
            rf"(?P<role>[a-zåäö][^,.;\n]{{1,89}}?(?=[ \t]+{full}\b)|[^,.;\n]{{2,90}})"
        ),
        says=re.compile(rf"\b(?:säger|berättar|tillägger|konstaterar|förklarar)\s+(?P<name>{full})(?:\s*\((?P<party>{party_alt})\))?"),
        glued=re.compile(rf"(?P<name>{full})(?P<role>[A-ZÅÄÖ][a-zåäö]*(?:{suffix_alt}))\b"),
        # a contact block or signature: the name (its party after it), the title on the line below
        # (the title line is looked ahead at, not taken: it may be the next block's name)
        stacked=re.compile(rf"(?m)^(?P<name>{full})(?:[ \t]*\((?P<party>{party_alt})\))?[ \t]*(?=\n(?P<role>[^\n]{{2,80}})$)"),
        # "Handläggare: Maria Holm", "Upplysningar lämnas av: Karin Lund, ekonomichef, …"
        labelled=re.compile(
            rf"(?m)(?:^|[·|•;][ \t]*|[ \t][–—][ \t]*)[ \t]*(?P<label>(?i:{'|'.join(p['contact_labels'])}))[ \t]*:?[ \t]+(?P<name>{full})"
            r"(?:[ \t]*,[ \t]*(?P<role>[^,\n]{2,60}))?"
        ),
        # "Socialförvaltningen Handläggare: Sara Berg": a label with its colon after other words
        labelled_colon=re.compile(
            rf"(?<![\w])(?P<label>(?i:{'|'.join(p['contact_labels'])}))[ \t]*:[ \t]+(?P<name>{full})"
            r"(?:[ \t]*,[ \t]*(?P<role>[^,\n]{2,60}))?"
        ),
        role_word=re.compile(rf"\b(?:{role_alt}|{title_alt})\b|\w*(?:{suffix_alt})\b", re.IGNORECASE),
        greeting=re.compile(
            r"(?im)^[ \t]*(?:(?:med )?(?:vänlig(?:a)?|bästa) hälsning(?:ar)?|hälsningar|(?:kind |best )?regards|yours sincerely)"
            r"[ \t]*,?[ \t]*$"
        ),
        whole_name=re.compile(rf"^[ \t]*(?P<name>{full})[ \t]*$"),
        # two signers side by side, read as one line: "Tomas Berg (KD) Helena Ek"
        name_pair=re.compile(
            rf"^[ \t]*(?P<a>{full})(?:[ \t]*\((?P<pa>{party_alt})\))?[ \t]+(?P<b>{full})(?:[ \t]*\((?P<pb>{party_alt})\))?[ \t]*$"
        ),
        # an e-mail's address field: "Kopia: Kenneth Nilsson <kenneth.nilsson@overkalix.se>"
        addressed=re.compile(rf"(?P<name>{full})[ \t]*<(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>"),
        party_after=re.compile(rf"\s*\((?P<party>{party_alt})\)"),  # used with match(text, pos): no "^"
        party_tail=re.compile(rf"\s*\((?P<party>{party_alt})\)\s*$"),  # "ordförande (S)"
        role_heads=frozenset(p["role_heads"]),
        not_names=set(p["not_names"]),
        contact_labels=frozenset(p["contact_labels"]),
        name_tok=re.compile(name_tok),
    )


def _indefinite(role: str) -> str:
    """'oppositionsrådet' → 'oppositionsråd', 'socialchefen' → 'socialchef': a role as the lexicon
    names it."""
    heads = _people_rx()["role_heads"]
    for suffix in ("et", "en", "n"):
        if role.endswith(suffix) and role[: -len(suffix)] in heads:
            return role[: -len(suffix)]
    return role


STACKED_ROLE_WORDS = 4  # "Socialnämndens ordförande (S)": a title is a few words
# where a title line's contact details begin: a comma, an e-mail address or a phone number (a
# word processor's text layer may put the address on the title's line)
_CONTACT_TAIL = re.compile(r",|\s+(?=[\w.+-]+@|\+?\d[\d \-]{5,})")


def _stacked_role(line: str) -> tuple[str | None, str | None]:
    """The title on the line under a name ("Socialchef, 0620-68 25 14, …", "Socialnämndens
    ordförande (S)", "Head of Community Relations anna@…"): the words before its contact
    details, where they name a role; and the party."""
    rx = _people_rx()
    role = _CONTACT_TAIL.split(line, maxsplit=1)[0].strip()
    pm = rx["party_tail"].search(role)
    party = pm.group("party") if pm else None
    role = role[: pm.start()].strip() if pm else role
    if not role or len(role.split()) > STACKED_ROLE_WORDS or find_phones(role) or "@" in role or not rx["role_word"].search(role):
        return None, None
    return role.lower(), party


PersonHit = tuple[int, int, str, str | None, str | None]  # start, end, name, role, party
SIGNATURE_LINES = 4  # lines after the greeting where the signer's name may stand (the organisation, its board, a date)
# "Ordförande i socialnämnden", "Handläggare, enheten för statsbidrag": the title before its unit
_TITLE_UNIT = re.compile(r",|\s+(?:i|för|vid|på)\s+")


def _signature_title(line: str) -> str | None:
    """The line under a signer's name as a title: short, no digits or address, not the
    organisation; the title without the unit it names."""
    if not line or len(line) > 60 or re.search(r"[\d@]", line) or _SIGNATURE_RULE.match(line):
        return None
    title = _TITLE_UNIT.split(line, maxsplit=1)[0].strip()  # "Kommunalråd, Bodens kommun": the title before its unit
    if re.search(r"\b(kommun|stad|region)$", title, re.I):
        return None  # the organisation's line, no title
    return title.lower() or None


def _line_at(text: str, pos: int) -> tuple[str, int]:
    """The line starting at `pos` and the offset where it ends (-1 at the text's end)."""
    end = text.find("\n", pos)
    return text[pos : end if end >= 0 else len(text)], end


# a line drawn to sign on ("______________", "..............."): a signer's name stands under it
_SIGNATURE_RULE = re.compile(r"(?m)^[ \t]*[_.…]{5,}[ \t]*$")


def _signature_blocks(text: str) -> Iterator[list[tuple[int, str, str]]]:
    """Under each greeting or line drawn to sign on, the lines where a signer's name may stand:
    (offset, line, the line below it)."""
    rx = _people_rx()
    # under a greeting the name may follow the organisation; under a signing line it stands right
    # below it (in minutes the line is followed by the role, "Ordförande", and the name after it)
    starts = {g.end(): SIGNATURE_LINES for g in rx["greeting"].finditer(text)}
    starts.update({r.end(): 1 for r in _SIGNATURE_RULE.finditer(text)})
    for start, lines in sorted(starts.items()):
        pos, block = start + 1, []
        for _ in range(lines):
            line, end = _line_at(text, pos)
            block.append((pos, line, _line_at(text, end + 1)[0].strip() if end >= 0 else ""))
            if end < 0:
                break
            pos = end + 1
        yield block


def _one_signer(pos: int, line: str, below: str) -> list[PersonHit]:
    """'Anna Holm (S)' over 'socialnämndens ordförande': the signer, with the line under the name
    as the role where it is a title, and the party after the name."""
    rx = _people_rx()
    pm = rx["party_tail"].search(line)
    m = rx["whole_name"].match(line[: pm.start()] if pm else line)
    if not m:
        return []
    return [(pos + m.start("name"), pos + m.end("name"), m.group("name"), _signature_title(below), pm.group("party") if pm else None)]


def _split_titles(line: str) -> tuple[str | None, str | None]:
    """ "kommunstyrelsens ordförande kommundirektör" → the two signers' titles: cut after the
    first word that names a role (a title ends in its role noun), where the rest names one too."""
    rx = _people_rx()
    words = line.split()
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if rx["role_word"].fullmatch(words[k - 1]) and rx["role_word"].search(right):
            return _signature_title(left), _signature_title(right)
    return None, None


def _two_signers(pos: int, line: str, below: str) -> list[PersonHit]:
    """Two signatures beside each other, which the text layer gives as one line of two names
    (each with its party) over one line of two titles."""
    m = _people_rx()["name_pair"].match(line)
    if not m:
        return []
    titles = _split_titles(below)
    return [(pos + m.start(k), pos + m.end(k), m.group(k), t, m.group(p)) for k, p, t in (("a", "pa", titles[0]), ("b", "pb", titles[1]))]


def _side_by_side_signers(text: str) -> list[PersonHit]:
    """Two signers beside each other anywhere (under the board's name, with no greeting): a line
    of two names over a line that splits into two titles; both signals are needed."""
    out: list[PersonHit] = []
    pos = 0
    lines = text.split("\n")
    for line, below in zip(lines, lines[1:] + [""], strict=True):
        pair = _two_signers(pos, line, below.strip())
        if all(h[3] for h in pair):
            out += pair
        pos += len(line) + 1
    return out


def _signatures(text: str) -> list[PersonHit]:
    """'Med vänlig hälsning' / (organisation) / the signer, or two signers side by side: the
    first line under the greeting that names them."""
    out: list[PersonHit] = []
    for block in _signature_blocks(text):
        for pos, line, below in block:
            found = _one_signer(pos, line, below) or _two_signers(pos, line, below)
            if found:
                out += found
                break
    return out


CONTACT_TAIL_CHARS = 60  # after a title, where the phone or e-mail of a contact line stands
TITLE_WORDS = 3  # a title the lexicon does not know is a few words ("fritidskonsulent")


def _titled_by_contact(text: str, role: str, end: int) -> bool:
    """ "Oskar Nyberg, fritidskonsulent, oskar.nyberg@…": words between a name and its phone or
    e-mail are the person's title, whether or not the lexicon knows it (a contact line's shape)."""
    role = role.strip()
    if not role or not role[0].islower() or len(role.split()) > TITLE_WORDS or re.search(r"[\d@]", role):
        return False
    tail = text[end : end + CONTACT_TAIL_CHARS].split("\n", 1)[0]
    return tail.lstrip().startswith(",") and bool(find_phones(tail) or find_emails(tail))


def _is_role(text: str, role: str, end: int) -> bool:
    """A role by the lexicon, or by the contact details after it."""
    return bool(_people_rx()["role_word"].search(role)) or _titled_by_contact(text, role, end)


def _labelled_role(m: re.Match) -> str | None:
    """The role after the name ("…, ekonomichef"), else the label where it is a role itself
    ("Handläggare: …")."""
    rx = _people_rx()
    role = (m.group("role") or "").strip()
    if role and _is_role(m.string, role, m.end("role")) and not find_phones(role) and "@" not in role:
        return role.lower()
    label = m.group("label").lower()
    return label if label in rx["role_heads"] else None


def _valid_name(name: str) -> bool:
    rx = _people_rx()
    toks = name.split()
    if len(toks) < 2 or any(t in rx["not_names"] for t in toks):
        return False
    return not any(rx["role_word"].fullmatch(t) for t in toks)


def _trim_name(name: str) -> str:
    """'Kontakt Maria Holm' and 'Chris Österlund Kontakt' are not names; cut the tokens at either
    end that the lexicons know as words or roles."""
    rx = _people_rx()
    toks = name.split()
    while len(toks) > 2 and (toks[-1] in rx["not_names"] or rx["role_word"].fullmatch(toks[-1])):
        toks.pop()
    while len(toks) > 2 and (toks[0] in rx["not_names"] or rx["role_word"].fullmatch(toks[0])):
        toks.pop(0)
    return " ".join(toks)


def _contact_gap(gap: str) -> bool:
    """Is the text between a name and a phone number or address a contact block's (the role, a
    label, the other detail) rather than running text? A quote's speaker is followed by more
    sentences, then perhaps by a press office's number, which is not theirs."""
    return gap.count("\n") <= 3 and not re.search(r"[.!?]\s+\S[^\n]{40,}", gap)


def _name_first_hits(rx: dict, text: str) -> list[PersonHit]:
    """ "Anna Andersson, socialchef": the name, then the role after a comma."""
    hits: list[PersonHit] = []
    for m in rx["name_first"].finditer(text):
        # "kultur- och fritidschef" is one title: an "och" after a hyphen joins its compounds
        role_text = re.split(r"(?<!-)\s+(?:säger|tillägger|berättar|och|som|har|är)\b|\s*[–—]\s*", m.group("role"))[0].strip()
        pm = rx["party_tail"].search(role_text)
        if pm:  # "kommunstyrelsens ordförande (S)": the party after the role
            role_text = role_text[: pm.start()].strip()
        if _is_role(text, role_text, m.start("role") + len(role_text)):
            name = _trim_name(m.group("name"))
            hits.append((m.end("name") - len(name), m.end("name"), name, role_text, m.group("party") or (pm and pm.group("party"))))
    return hits


def _person_hits(rx: dict, text: str) -> list[PersonHit]:
    """Every way a page names a person, in this order (a tie on position keeps the first)."""
    # a contact line's label first: "Kontaktperson Robert Olsson, controller" is a controller
    labelled = [*rx["labelled"].finditer(text), *rx["labelled_colon"].finditer(text)]
    hits: list[PersonHit] = [(m.start("name"), m.end("name"), m.group("name"), _labelled_role(m), None) for m in labelled]
    same_line, line_above = _role_first_hits(rx, text)
    hits += same_line
    hits += _name_first_hits(rx, text)
    for m in rx["says"].finditer(text):
        hits.append((m.start("name"), m.end("name"), m.group("name"), None, m.group("party")))
    for m in rx["glued"].finditer(text):
        hits.append((m.start("name"), m.end("name"), m.group("name"), m.group("role").lower(), None))
    hits += _signatures(text) + _side_by_side_signers(text) + _titled_under_rule(text)
    for m in rx["stacked"].finditer(text):  # a contact block: the name, the role on the line below
        role, party = _stacked_role(m.group("role"))
        if role:
            hits.append((m.start("name"), m.end("name"), m.group("name"), role, m.group("party") or party))
    # a role ending the line above is the name's only where its own line gives none
    return hits + line_above


def _role_first_hits(rx: dict, text: str) -> tuple[list[PersonHit], list[PersonHit]]:
    """ "socialchef Lisa Holm": the role before the name, on the name's line and on the line above.
    Not where a label stands between them ("Socialchef" / "Handläggare Amir Haddad": the label is
    hers), nor where the role is the title after another name ("Lena Rosenqvist, socialchef
    Viktor Alm, …": two contacts on one line)."""
    same_line: list[PersonHit] = []
    line_above: list[PersonHit] = []
    for m in rx["role_first"].finditer(text):
        name = _trim_name(m.group("name"))
        if (
            _title_of_line_above(text, m)
            or name != m.group("name")
            or _TITLE_AFTER_NAME.search(text, max(0, m.start() - TITLE_REACH), m.start())
        ):
            continue
        hit = (m.start("name"), m.end("name"), name, _indefinite(m.group("role").lower()), None)
        (line_above if "\n" in text[m.end("role") : m.start("name")] else same_line).append(hit)
    return same_line, line_above


# "Lena Rosenqvist, " (or "Malin Öst, kultur- och ") before a role: the words of her title
_TITLE_AFTER_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöé]*,[ \t]*(?:[a-zåäö]+-[ \t]+(?:och|eller)[ \t]+)?$")
TITLE_REACH = 40  # characters before a role where the name it is the title of may end


# a drawn line to sign on, with the signer's title beside it where the text layer joined them
_RULE_WITH_TITLE = re.compile(r"(?m)^[ \t]*[_.…]{5,}[ \t]*(?P<title>[^\s_.…][^\n]*)?$")


def _titled_under_rule(text: str) -> list[PersonHit]:
    """Minutes sign under a drawn line with the title first: "______" / "Justerare" /
    "Petra Borg (KD)" (or "______ Justerare" as one line): the name on the line under the title."""
    rx = _people_rx()
    out: list[PersonHit] = []
    for r in _RULE_WITH_TITLE.finditer(text):
        title_line, end = (r.group("title"), r.end()) if r.group("title") else _line_at(text, r.end() + 1)
        name_line, _ = _line_at(text, end + 1) if end >= 0 else ("", -1)
        title = _signature_title(title_line.strip())
        if title and not rx["whole_name"].match(title_line):
            out += [(s, e, n, title, p) for s, e, n, _, p in _one_signer(end + 1, name_line, "")]
    return out


def _title_of_line_above(text: str, m: re.Match) -> bool:
    """ "ordförande" / "Annika Forsberg" in a signature block: the role ends the line above a
    name that stands alone on its line, so it is the previous signer's title, not hers."""
    line_end = text.find("\n", m.end("name"))
    alone = not text[m.end("name") : line_end if line_end >= 0 else len(text)].strip()
    return "\n" in text[m.end("role") : m.start("name")] and alone


def _record_people(
    hits: list[PersonHit],
    rx: dict,
    page: PageText,
    found: dict[str, dict],
    order: list[str],
    mentions: list[tuple[int, int, str, int]],
    doc_id: str,
    organisation: str | None,
) -> None:
    """A person per name (the first role and party seen win); every valid hit is a mention."""
    text = page.text
    for start, end, name, role, party in sorted(hits, key=lambda h: (h[0], h[3] is None)):
        if not _valid_name(name):
            continue
        if party is None:
            pm = rx["party_after"].match(text, end)
            party = pm.group("party") if pm else None
        rec = found.get(name)
        if rec is None:
            rec = found[name] = dict(
                doc_id=doc_id, name=name, role=None, organisation=organisation, party=None, phone=None, email=None, page=page.page_no
            )
            order.append(name)
        rec["role"] = _better_role(rec["role"], role)
        rec["party"] = rec["party"] or party
        mentions.append((start, end, name, page.page_no))


def _better_role(seen: str | None, new: str | None) -> str | None:
    """The first role seen, unless it is only a contact label ("handläggare" on a document card)
    and a title printed with the name follows ("utredare")."""
    labels = _people_rx()["contact_labels"]
    return new if seen is None or (seen in labels and new and new not in labels) else seen


def _contact_details(page: PageText, mentions: list[tuple[int, int, str, int]], found: dict[str, dict]) -> None:
    """The first phone and e-mail after a mention, before the next one."""
    text = page.text
    mentions_here = sorted((s, e, n) for s, e, n, p in mentions if p == page.page_no)
    phones, emails = find_phones(text), find_emails(text)
    for k, (_, e, n) in enumerate(mentions_here):
        nxt = mentions_here[k + 1][0] if k + 1 < len(mentions_here) else len(text)
        limit = min(nxt, e + 250)
        ph = next((c for c in phones if e <= c.start < limit and _contact_gap(text[e : c.start])), None)
        em = next((c for c in emails if e <= c.start < limit and _contact_gap(text[e : c.start])), None)
        if ph and not found[n]["phone"]:
            found[n]["phone"] = ph.value
        if em and not found[n]["email"]:
            found[n]["email"] = em.value


def _misread_addresses(page: PageText, mentions: list[tuple[int, int, str, int]], found: dict[str, dict]) -> None:
    """On a scanned page, the address OCR misread after a person's name, where it spells the name."""
    for _, end, name, page_no in mentions:
        if page_no == page.page_no and not found[name]["email"]:
            found[name]["email"] = misread_address(page.text, name, end)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def _personal_addresses(rx: dict, text: str) -> list[tuple[int, int, str, str]]:
    """Names with their own address in a mail's fields: the address's local part spells the
    name ("kenneth.nilsson@…"); "Registrator Socialstyrelsen <registrator@…>" is no person."""
    out = []
    for m in rx["addressed"].finditer(text):
        local = _folded(m.group("email").split("@")[0])
        if all(_folded(t) in local for t in m.group("name").split()[:2]):
            out.append((m.start("name"), m.end("name"), m.group("name"), m.group("email").lower()))
    return out


def people(doc: IngestedDocument, organisation: str | None) -> list[dict]:
    rx = _people_rx()
    found: dict[str, dict] = {}
    order: list[str] = []
    mentions: list[tuple[int, int, str, int]] = []  # start, end, name, page
    for page in doc.pages:
        addressed = _personal_addresses(rx, page.text) + spelled_by_address(page.text, rx["name_tok"].pattern)
        hits = _person_hits(rx, page.text) + [(s, e, n, None, None) for s, e, n, _ in addressed]
        _record_people(hits, rx, page, found, order, mentions, doc.doc_id, organisation)
        for _, _, name, email in addressed:
            if name in found:
                found[name]["email"] = found[name]["email"] or email
        _contact_details(page, mentions, found)
        if page.source == "ocr":
            _misread_addresses(page, mentions, found)
    out = []
    for k, n in enumerate(order):
        rec = found[n]
        rec["_order"] = k
        out.append(rec)
    return out


# --------------------------------------------------------------------------------------------

# an invoice number: digits, or with a series prefix or suffix ("2023-118", "A-20931")
_INVOICE_NO = r"(?:[A-Z]{1,4}-)?\d{3,12}(?:[-/]\d{1,8}){0,2}"
_INVOICE_MENTION = re.compile(
    r"\b(?:fakturer\w*\s+(?:under|med|som)|faktur(?:a|an|or|orna|anummer|nr)\.?(?:\s+nr\.?|\s+nummer)?)\s*[:#]?\s*"
    rf"(?P<nums>{_INVOICE_NO}(?:\s*(?:,|och|samt|&)\s*{_INVOICE_NO})*)(?![\w-])",
    re.IGNORECASE,
)


def invoices_mentioned(text: str) -> list[tuple[str, date | None, int]]:
    """Invoice numbers a text mentions ("faktura nr 4711 daterad 2023-05-02", "fakturorna 4711
    och 4712", "(faktura 2023-118)"): (number, its date where the text dates it, offset)."""
    out = []
    for m in _INVOICE_MENTION.finditer(text):
        after = text[m.end() : m.end() + 80]
        dates = find_dates(text[m.start() : m.end() + 80])
        dated = bool(dates) and bool(re.search(r"datum|dater|dat\.", (text[m.start() : m.end()] + after).lower()))
        for num in re.findall(_INVOICE_NO, m.group("nums")):
            if re.fullmatch(r"(19|20)\d\d", num) or len(re.sub(r"\D", "", num)) < 4 or any(d.raw == num for d in find_dates(num)):
                continue  # a year, a short count, a date
            out.append((num, dates[0].value if dated else None, m.start()))
    return out


def invoice_mentions(sd: StructuredDocument) -> list[dict]:
    out = []
    for sec in sd.sections:
        for p in paragraphs(sec.lines):
            for num, issued, at in invoices_mentioned(p.text):
                out.append(dict(activity_no=sec.number, invoice_number=num, invoice_date=issued, page=p.locate(at)[0]))
    return out


def extract(sd: StructuredDocument) -> ExtractedDocument:
    from .activity_evidence import activity_evidence, toc_evidence
    from .invoicing import read_invoice
    from .layout import layout_rows
    from .layout.activities import apply_table_answers, apply_table_cells, apply_table_reasons
    from .layout.matrix_evidence import matrix_reason_evidence

    doc = sd.ingested
    ed = ExtractedDocument(sd, sd.kind)
    if doc.status == "failed":
        return ed
    if sd.kind == "response":
        ed.meta = response_meta(sd)
        ed.activities = activities(sd)
        apply_table_cells(sd, ed.activities)
        apply_table_answers(sd, ed.activities)
        text_reasons = apply_table_reasons(sd, ed.activities)
        ed.evidence += activity_evidence(sd, ed.activities) + toc_evidence(sd) + matrix_reason_evidence(sd, ed.activities, text_reasons)
        ed.mentioned_invoices = invoice_mentions(sd)
        ed.people = people(doc, ed.meta.get("issuer"))
        ed.evidence += people_evidence(doc, ed.people)
    elif sd.kind == "press_release":
        ed.meta = press_meta(doc)
        ed.people = people(doc, ed.meta.get("issuer"))
    elif sd.kind == "invoice":
        got = read_invoice(doc)
        ed.invoice, ed.invoice_lines, ed.invoice_vat = got.row, got.lines, got.vat
        ed.evidence.extend(got.evidence)
        ed.meta = dict(title=doc.title, issuer=(ed.invoice or {}).get("supplier_name"), language=(ed.invoice or {}).get("language"))
    else:
        ed.meta = dict(title=doc.title)
        ed.people = people(doc, None)  # a letter of another kind (a delegation decision) names people too
    ed.layout_tables, ed.layout_cells = layout_rows(doc.doc_id, sd.layout_tables)
    # read once, used by both tables; on a table line an amount stays within its cell
    page_money = {p.page_no: within_cells(p, find_money(p.text), sd.table_lines) for p in doc.pages}
    ed.money = money_rows(ed, page_money)
    ed.quantities = quantity_rows(ed, page_money) if sd.kind != "invoice" else []
    return ed
