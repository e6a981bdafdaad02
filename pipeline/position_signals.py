"""What the sentence a municipality's position was read from says for and against that reading.

The position reader (pipeline.extract.position_of) returns the first sentence that decides; this
module looks at that sentence again, after the fact, for the signals pipeline.confidence weighs:
does it word the position it was read as (or was the position a default for a sentence with no
wording at all), does it also word another position, was it cut short by a column or page break
(so the rest of the statement went unread), does it state the amount the position implies, and
does it cite an attachment (a municipality that sends documents contests the reclaim)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .positions import STATED, SURE, classify
from .structure import patterns
from .swedish import Money, find_money

# words that accept a repayment whatever their grammar ("ska återbetalas", "vidgår", "medges")
_ACCEPTING_STEM = re.compile(
    r"\b(återbetal\w*|betala\w*\s+tillbaka|medge\w*|godta\w*|vidgå\w*|accepter\w*|refunder\w*|g[åa]r?\s+med\s+på)", re.IGNORECASE
)
_CITES_ATTACHMENT = re.compile(r"\bbil(aga|agor|agorna|agan|\.)", re.IGNORECASE)
_SENTENCE_END = '.!?)"”»'


@dataclass(frozen=True)
class PositionStatement:
    """The signals one position sentence gives about the position read from it."""

    worded: bool  # the sentence words the position it was read as
    competing: bool  # it also words another position
    fragment: bool  # it starts in lower case or stops without a full stop: the rest went unread
    amount_agrees: bool  # it states the repayment the position implies
    cites_attachment: bool  # it refers to an attachment
    model_agrees: bool = False  # the position classifier reads the same position in it
    model_disagrees: bool = False  # the classifier is sure of another position (pipeline.positions)


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[re.Pattern[str]]]:
    pos = patterns("assessment")["positions"]
    cues = {k: [re.compile(x, re.IGNORECASE) for x in v] for k, v in pos.items() if isinstance(v, list)}
    cues["negated_accept"] = [re.compile(pos["negated_accept"], re.IGNORECASE)]
    return cues


def _has(kind: str, sentence: str) -> bool:
    return any(r.search(sentence) for r in _cues()[kind])


def _accepts(sentence: str) -> bool:
    return _has("accept", sentence) and not _has("negated_accept", sentence)


def _disputes(sentence: str) -> bool:
    return _has("dispute", sentence) or _has("negated_accept", sentence)


def _amounts(sentence: str) -> list[Decimal]:
    return [m.value for m in find_money(sentence, money_context=True) if m.value > 0]


def _worded(position: str, sentence: str) -> bool:
    if position == "accepts_full":
        return _accepts(sentence)
    if position == "accepts_partial":
        return _accepts(sentence) or _has("partial", sentence) or bool(_amounts(sentence))
    if position == "disputes":
        return _disputes(sentence)
    return False


def _competing(position: str, sentence: str, repayment: Decimal | None) -> bool:
    """Wording of another position: a dispute, a part or a sum other than the whole claim beside
    an acceptance in full, or an amount accepted in a sentence read as a dispute ("… 53 120 kr
    ska återbetalas men bestrider …"). A partial acceptance words both by nature."""
    if position == "accepts_full":
        return _disputes(sentence) or _has("partial", sentence) or any(a != repayment for a in _amounts(sentence))
    if position == "disputes":
        return bool(_amounts(sentence)) and bool(_ACCEPTING_STEM.search(sentence)) and not _has("negated_accept", sentence)
    return False


def is_fragment(sentence: str) -> bool:
    s = sentence.strip()
    return not s or s[0].islower() or s[-1] not in _SENTENCE_END


def read_statement(position: str, sentence: str | None, repayment: Decimal | None) -> PositionStatement | None:
    """The signals of `sentence` (None when the position was read from none)."""
    if not sentence:
        return None
    return PositionStatement(
        worded=_worded(position, sentence),
        competing=_competing(position, sentence, repayment),
        fragment=is_fragment(sentence),
        amount_agrees=repayment is not None and repayment > 0 and repayment in _amounts(sentence),
        cites_attachment=bool(_CITES_ATTACHMENT.search(sentence)),
        **_model_view(position, sentence),
    )


def _model_view(position: str, sentence: str) -> dict[str, bool]:
    """Whether the trained classifier reads the same position in the sentence, or is sure of
    another one (a sentence it reads as stating none is neither)."""
    verdict = classify(sentence)
    if verdict is None or verdict.label not in STATED:
        return {}
    if verdict.label == position:
        return {"model_agrees": True}
    return {"model_disagrees": verdict.probability >= SURE}


# --------------------------------------------------------------------------------------------
# The amount an accepting sentence repays: the one in its accepting clause

# where a sentence's clauses meet: "…, men medger …", "… och återbetalar …", "… – resten bestrids"
_CLAUSE_BREAK = re.compile(r",\s+|\s*;\s*|\s+[–—]\s+|\s+(?:men|och|samt)\s+", re.IGNORECASE)
# an amount named as the claim or the grant, not as what is repaid: "återkravet på 40 000 kr"
_NAMED_SUM = re.compile(
    r"\b(?:återkravet|(?<!ett\s)återkrav|kravet|bidrag(?:et)?|beloppet|summan)\s+(?:på|om|av)\s+(?:totalt\s+|sammanlagt\s+)?$"
    r"|\b(?:fick|tog emot|erhöll)\s+$",
    re.IGNORECASE,
)


def _clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE_BREAK.split(sentence) if c and c.strip()]


def _repaid_in(clause: str) -> list[Decimal]:
    """The clause's amounts but those it names as the claim or the grant ("återkravet på …"), and
    but one replaced by the amount right after it."""
    found = _as_changed([m for m in find_money(clause, money_context=True) if m.value > 0], clause)
    return [m.value for m in found if not _NAMED_SUM.search(clause[: m.start])]


def _as_changed(found: list[Money], text: str) -> list[Money]:
    """Two amounts with nothing between them ("medger att 10 000 kr 14 000 kr betalas") are no
    sentence's grammar but a change shown in a draft, the struck amount and the one set in its
    place: the later stands."""
    return [m for k, m in enumerate(found) if k + 1 == len(found) or text[m.end : found[k + 1].start].strip()]


def repaid_amounts(sentence: str) -> list[Decimal]:
    """The amounts an accepting sentence repays: those of its first clause that accepts and
    does not dispute; else those of the whole sentence, less a claim or grant it names. Where
    only a named claim is left, the sentence's amounts as they stand."""
    for clause in _clauses(sentence):
        if _accepts(clause) and not _disputes(clause):
            own = _repaid_in(clause)
            if own:
                return own
    return _repaid_in(sentence) or _amounts(sentence)


# --------------------------------------------------------------------------------------------
# A repayment stated as a share of the claim: "hälften av beloppet", "en fjärdedel av
# återkravet", "två tredjedelar av summan", "40 procent av kostnaden", "half of the amount"

_NUMERATORS = {"en": 1, "ett": 1, "a": 1, "one": 1, "två": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4, "four": 4}
_DENOMINATORS = {
    "tredjedel": 3, "fjärdedel": 4, "femtedel": 5, "sjättedel": 6, "åttondel": 8, "tiondel": 10,
    "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10,
}  # fmt: skip
_SHARE = re.compile(
    r"(?:\b(?P<pct>\d{1,2}(?:[,.]\d+)?)\s*(?:%|procent|per\s*cent)"
    r"|\b(?P<half>halva|hälften|half)"
    r"|\b(?P<num>" + "|".join(_NUMERATORS) + r")\s+(?P<den>" + "|".join(_DENOMINATORS) + r")(?:ar|s)?\b)"
    r"[^.]{0,25}?\b(beloppet|återkravet|kostnaden|kostnaderna|summan|det återkrävda|det belopp|the\s+(?:amount|claim|sum|costs?))",
    re.IGNORECASE,
)


def repaid_share(sentence: str) -> Decimal | None:
    """The share of the claim a sentence repays (0 < share < 1), or None where it states none."""
    mo = _SHARE.search(sentence)
    if mo is None:
        return None
    if mo.group("pct"):
        share = Decimal(mo.group("pct").replace(",", ".")) / 100
    elif mo.group("half"):
        share = Decimal(1) / 2
    else:
        share = Decimal(_NUMERATORS[mo.group("num").lower()]) / _DENOMINATORS[mo.group("den").lower()]
    return share if 0 < share < 1 else None


# --------------------------------------------------------------------------------------------
# Signals that a sentence under the answer is no acceptance in full, or no answer at all

# the agency as the sentence's actor: "Socialstyrelsen vill att vi betalar tillbaka …"
_AGENCY_ACTOR = re.compile(r"^\W*(?:socialstyrelsen|myndigheten)\s+(?!s\b)", re.IGNORECASE)
# the municipality answering in a clause of its own after it ("…, och kommunen återbetalar …")
_OWN_CLAUSE = re.compile(
    r"(?:[,;]|\b(?:och|men)\b)\s*(?:därför\s+|därmed\s+)?(?:kommunen|nämnden|förvaltningen|staden|regionen|vi)\s+(?:\w+\s+)?"
    r"(?:återbetalar|betalar|godtar|medger|accepterar|bestrider|delar|instämmer|motsätter)\b",
    re.IGNORECASE,
)
# the rest of the claim turned down beside an accepted part: "men inte mer", "resten bestrids"
_REST_REFUSED = re.compile(r"\bmen\s+(?:inte|ej)\s+(?:mer|resten|resterande|övrigt|återstoden)\b", re.IGNORECASE)


def restates_agency(sentence: str) -> bool:
    """A sentence in which the agency acts and the municipality answers in no clause of its own:
    its demand restated under the answer ("Socialstyrelsen vill att vi betalar tillbaka 36 400
    kronor", "Myndigheten begär att kommunen återbetalar …") states no position of the municipality."""
    return bool(_AGENCY_ACTOR.match(sentence)) and not _OWN_CLAUSE.search(sentence)


# the agency's own demand, doubt or finding as the verb right after it ("Socialstyrelsen vill att …",
# "Myndigheten begär …", "Socialstyrelsen misstänker att …"), as against the municipality telling
# what the agency did ("Socialstyrelsen har angett …", "Socialstyrelsen beskriver …")
_AGENCY_DEMANDS = re.compile(
    r"^\W*(?:socialstyrelsen|myndigheten)\s+(?:vill|begär|kräver|yrkar|misstänker|ifrågasätter|hävdar|påstår|finner|konstaterar|påpekar)\b",
    re.IGNORECASE,
)


def agency_demands(sentence: str) -> bool:
    """A sentence in which the agency states its demand or doubt, restated under the answer: the
    agency's words, part of its assessment."""
    return restates_agency(sentence) and bool(_AGENCY_DEMANDS.match(sentence))


def refuses_rest(sentence: str) -> bool:
    """An accepting sentence that also turns down the rest ("… och bestrider återkravet i
    övrigt", "… men inte mer"): what it accepts is a part of the claim."""
    return bool(_REST_REFUSED.search(sentence)) or (_disputes(sentence) and bool(_REMAINDER.search(sentence)))


def accepts_by_model(sentence: str) -> bool:
    """An acceptance the rules' wording missed ("Vi kan därför acceptera ett återkrav om …"),
    read from two signals together: a verb that accepts, and the classifier sure the sentence
    accepts; never where a negation turns the acceptance down."""
    if not _ACCEPTING_STEM.search(sentence) or _has("negated_accept", sentence):
        return False
    verdict = classify(sentence)
    return verdict is not None and verdict.label in ("accepts_full", "accepts_partial") and verdict.probability >= SURE


# the rest of the claim, named apart from a part accepted before: "I övrigt bestrids det."
_REMAINDER = re.compile(r"\b(?:i\s+övrigt|resten|resterande|återstående|återstoden|övriga\s+(?:delar|kostnader|belopp))\b", re.IGNORECASE)


def refuses_remainder(sentence: str) -> bool:
    """A sentence that disputes what remains of the claim ("I övrigt bestrids det", "Resten
    bestrider kommunen"): an acceptance before it was of a part only."""
    return bool(_REMAINDER.search(sentence)) and _disputes(sentence) and not _accepts(sentence)


# amounts named as cost items one after the other: "6 000 kr för bussen och 4 000 kr för maten"
_NEXT_ITEM = re.compile(r"^\s+för\s+[^,.;:]{1,50}?(?:,\s*|\s+(?:och|samt)\s+)$", re.IGNORECASE)


def items_repaid(sentence: str, first: Decimal) -> Decimal:
    """The sum an accepting sentence repays where it names the repaid part item by item ("betalar
    tillbaka 6 000 kr för bussen och 4 000 kr för maten"): the first amount and each item amount
    that follows it; the first amount alone where no item follows."""
    found = [m for m in find_money(sentence, money_context=True) if m.value > 0]
    start = next((k for k, m in enumerate(found) if m.value == first), None)
    if start is None:
        return first
    total = first
    for prev, nxt in zip(found[start:], found[start + 1 :], strict=False):
        if not _NEXT_ITEM.match(sentence[prev.end : nxt.start]):
            break
        total += nxt.value
    return total
