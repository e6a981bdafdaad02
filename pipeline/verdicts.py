"""A position stated as a terse verdict: a passive verb and little else.

Where a response states its position in a word ("Medges", "Bestrids", "Godtas delvis – 9 500 kr",
"Ställning tas senare"), on a status line after a label and a symbol ("Kommunens inställning:
✔ Medges", "Nämndens svar: ✗ Avvisas"), in a table cell or as a decision ("Beslut: Återkravet
medges till en del, med 25 000 kr."), the words are few and fixed; what marks the statement is
that nothing else stands beside it. Such a line is the municipality's explicit answer, so it
decides over what its prose implies (documents attached, the activity described).

A verdict is read only where the sentence, less its label, its symbols and one amount, is the
verdict alone: a verb in a longer sentence is the position rules' (models/patterns/assessment.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .swedish import find_money

LABEL_CHARS = 40  # a status line's label ("Kommunens ställningstagande:") is a few words

_LABEL = re.compile(r"^[^:.!?]{1," + str(LABEL_CHARS) + r"}:\s*")
_SYMBOLS = re.compile(r"^[^\w(]+")  # ✔ ✘ ◐ ☑ ? – before the verdict
_SUBJECT = r"(?:(?:återkravet|kravet|beloppet|bedömningen|återbetalningen)\s+)?"
_ACCEPTED = r"medges|godtas|accepteras|godkänns|vitsordas|återbetalas"
_DISPUTED = r"bestrids|avvisas|tillbakavisas|ifrågasätts|överklagas"
_VERDICT = re.compile(
    rf"^{_SUBJECT}(?:(?P<accepted>{_ACCEPTED})|(?P<disputed>{_DISPUTED}))"
    r"(?:\s+(?P<negated>ej|inte|icke))?"
    r"(?:\s+(?P<part>delvis|till\s+(?:en|viss)\s+del|i\s+del)|\s+(?:helt|i\s+sin\s+helhet|fullt\s+ut))?\b"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
_DEFERRED = re.compile(
    r"^(?:ställning(?:stagande)?\s+(?:tas|lämnas|kommer|ges)\s+(?:senare|längre\s+fram)"
    r"|besked\s+(?:lämnas\s+|ges\s+)?senare|(?:ej|inte)\s+(?:klart|avgjort)|under\s+utredning|avvaktar)\W*$",
    re.IGNORECASE,
)
# what may stand beside a verdict's amount: "– 12 000 kr", ", med 25 000 kr", "(12 000 kronor)"
_AMOUNT_FILLER = re.compile(r"^(?:med|till|om|på|av|totalt|sammanlagt|belopp(?:et)?|att\s+återbetala)$", re.IGNORECASE)


@dataclass(frozen=True)
class TerseVerdict:
    stance: str  # "accepts", "disputes" or "unclear"
    partial: bool  # "delvis", "till en del"
    amount: Decimal | None  # the amount stated beside it ("– 12 000 kr")


def _bare(sentence: str) -> str:
    """The sentence less a label before a colon and the symbols before its first word."""
    return _SYMBOLS.sub("", _LABEL.sub("", sentence.strip(), count=1)).strip()


def _tail_amount(tail: str) -> tuple[bool, Decimal | None]:
    """Whether the words after the verb are at most one amount and its connectives, and the amount."""
    found = [m for m in find_money(tail, money_context=True) if m.value > 0]
    rest = tail
    for m in reversed(found[:1]):
        rest = rest[: m.start] + " " + rest[m.end :]
    words = re.findall(r"[^\W\d_]+|\d+", rest)
    terse = len(found) <= 1 and all(_AMOUNT_FILLER.match(w) for w in words)
    return terse, found[0].value if found else None


def read(sentence: str) -> TerseVerdict | None:
    """The terse verdict the sentence is, or None where it says more than a verdict."""
    bare = _bare(sentence)
    if _DEFERRED.match(bare):
        return TerseVerdict("unclear", False, None)
    mo = _VERDICT.match(bare)
    if mo is None:
        return None
    terse, amount = _tail_amount(mo.group("tail"))
    if not terse:
        return None
    accepted = bool(mo.group("accepted")) != bool(mo.group("negated"))  # "godtas ej" disputes
    return TerseVerdict("accepts" if accepted else "disputes", accepted and bool(mo.group("part")), amount if accepted else None)
