"""Responses printed from an e-service form: one block of fields per activity under a bare
"Aktivitet N" heading, labels in a left column often without a colon ("Belopp som återkrävs
31500 kr"), a value beside its label or on the line under it, and the municipality's position as
tick boxes ("☒ Medger ☐ Bestrider ☐ Medger delvis", "[X] Godtar [ ] Bestrider"), none ticked
where it has not decided.

The position a form ticks is read here, not from its words: every option's word stands on the
line, ticked or not, so a reader of sentences would find "medger" and "bestrider" both.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .ingest import Line
from .swedish import find_money

FORM_FIELD_LINES = 8  # lines under a bare "Aktivitet N" heading where its form's fields stand
ANSWER_AMOUNT_LINES = 3  # lines under the tick boxes where the amount the municipality accepts stands

# "Aktivitetens namn Läxhjälp …", "Namn på insatsen: …", "Benämning" (the value may be the next line)
_TITLE_LABEL = re.compile(
    r"^(?:namn på (?:aktiviteten|insatsen|åtgärden|projektet)|(?:aktivitetens|insatsens|åtgärdens|projektets) (?:namn|benämning)|benämning)"
    r"\s*:?\s*(?P<value>\S.*)?$",
    re.IGNORECASE,
)
# a claim's label standing alone, its amount on the line under it: "Återkrävt belopp" / "60 000 kr"
_CLAIM_LABEL = re.compile(
    r"^(?:belopp som återkrävs|återkrävt belopp|återkravets belopp|återkrav(?:et)?)\s*(?:\((?:kr|sek)\))?\s*:?\s*$", re.I
)
_BARE_AMOUNT = re.compile(r"^(?:SEK\s*)?\d[\d  .]*(?:,\d{1,2})?\s*(?:kr|kronor|SEK|:-)?\s*$", re.IGNORECASE)

_TICKED = "☒☑✔✓■✗✘⊠√"
# a typed box before each option: a glyph, "[X]" / "[ ]", or "(X)" / "( )"
_BOX = re.compile(r"(?P<box>[☒☑☐□■✔✓✗✘⊠❏√]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\))\s*(?P<option>[^☒☑☐□■✔✓✗✘⊠❏√\[\]()]+)")
# a ticked option whose empty boxes are drawn, not typed: a check glyph or a lone X before it
_MARKED = re.compile(r"^\s*(?:[☒☑✔✓■✗✘⊠√]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[xX](?=\s))\s*(?P<option>\S.*)$")
_PARTIAL_OPTION = re.compile(r"\bdelvis\b|\btill en del\b|\ben del av\b", re.IGNORECASE)
OPTION_MAX_WORDS = 8  # words of a tick box's option text: a longer run is a sentence
_DISPUTE_OPTION = re.compile(
    r"\b(bestrid\w*|motsätt\w*|avstyrk\w*|(?:godta|medge|accepter)\w*\s+(?:inte|ej)|nej)\b", re.IGNORECASE
)  # "Medger ej", "Godtas inte", "Nej"
_ACCEPT_OPTION = re.compile(r"\b(medge\w*|godta\w*|accepter\w*|tillstyrk\w*)\b", re.IGNORECASE)

FormAnswer = tuple[str, Decimal | None, str, int]  # position, amount accepted as stated, tick line, page


def title_field(lines: list[Line], i: int) -> str | None:
    """The activity's name from its form's title field under heading i."""
    for k in range(i + 1, min(i + 1 + FORM_FIELD_LINES, len(lines))):
        m = _TITLE_LABEL.match(lines[k].text.strip())
        if not m:
            continue
        value = m.group("value") or (lines[k + 1].text if k + 1 < len(lines) else "")
        return value.strip().rstrip(".") or None
    return None


def claim_below_label(lines: list[Line], k: int) -> Decimal | None:
    """A claim's label alone on line k and its amount alone on the next line."""
    if not _CLAIM_LABEL.match(lines[k].text.strip()) or k + 1 >= len(lines):
        return None
    below = lines[k + 1].text.strip()
    ms = find_money(below, money_context=True) if _BARE_AMOUNT.match(below) else []
    return ms[0].value if ms else None


def _options(text: str) -> list[tuple[bool, str]]:
    """(ticked, option words) for every box on a line."""
    return [(_is_ticked(m.group("box")), m.group("option").strip()) for m in _BOX.finditer(text)]


def _is_ticked(box: str) -> bool:
    return box in _TICKED or bool(re.search(r"[xX✓✔]", box))


def _position_of_option(option: str) -> str:
    if _PARTIAL_OPTION.search(option):
        return "accepts_partial"
    if _DISPUTE_OPTION.search(option):
        return "disputes"
    return "accepts_full" if _ACCEPT_OPTION.search(option) else "unclear"


def _accepted_amount(lines: list[Line]) -> Decimal | None:
    """The amount in the lines under the tick boxes ("Belopp som kommunen medger 14000 kr")."""
    for ln in lines[:ANSWER_AMOUNT_LINES]:
        ms = find_money(ln.text, money_context=True)
        if ms:
            return ms[0].value
    return None


def form_answer(lines: list[Line]) -> FormAnswer | None:
    """The position an activity's form ticks: the first line with two boxes or more; None where
    the section has no such line."""
    for k, ln in enumerate(lines):
        options = _options(ln.text)
        if len(options) < 2:
            continue
        ticked = [opt for is_ticked, opt in options if is_ticked]
        position = _position_of_option(ticked[0]) if len(ticked) == 1 else "unclear"
        return position, _accepted_amount(lines[k + 1 :]), ln.text.strip(), ln.page_no
    return None


def form_position(answer: FormAnswer, claimed: Decimal | None) -> tuple[str, Decimal | None, str | None, int | None]:
    """The activity's position and repayment from its ticked box: a partial acceptance repays
    the amount stated under the boxes, a full one the claim, a dispute nothing."""
    position, amount, text, page = answer
    if position == "accepts_partial":
        return position, amount, text, page
    if position == "accepts_full":
        return position, claimed if claimed is not None else amount, text, page
    if position == "disputes":
        return position, Decimal(0), text, page
    return "unclear", None, text, page


def _glyph_options(values: list[Line]) -> list[tuple[bool, str]]:
    """Options each behind a typed box ("[X] Medger [ ] Bestrider", "☒ …" a line each), the
    option's words running on over the lines of its field."""
    return _options(" ".join(v.text.strip() for v in values))


def unmarked(text: str) -> str:
    """An option's words without the tick mark before them."""
    m = _MARKED.match(text)
    return (m.group("option") if m else text).strip()


def _drawn_options(cells: list[str]) -> list[tuple[bool, str]]:
    """Options whose boxes are drawn: each option a cell (a column segment, or a line), the
    ticked one behind a check glyph or an X, the others behind nothing the text layer holds."""
    return [(_MARKED.match(cell) is not None, unmarked(cell)) for cell in cells]


def _reads_as_options(options: list[tuple[bool, str]]) -> bool:
    """Two options or more, short, at least two of them a position's words."""
    short = all(len(text.split()) <= OPTION_MAX_WORDS for _, text in options)
    return len(options) >= 2 and short and sum(_position_of_option(text) != "unclear" for _, text in options) >= 2


def tick_answer(values: list[Line], cells: list[str]) -> tuple[str, str, int] | None:
    """The position tick boxes give: (position, the options as printed, page); unclear where
    none or several are ticked; None where the lines hold no tick boxes. `values`: the lines the
    options stand on; `cells`: the options one by one where their boxes are drawn."""
    if not values:
        return None
    for options in (_glyph_options(values), _drawn_options(cells)):
        if _reads_as_options(options):
            ticked = [text for is_ticked, text in options if is_ticked]
            position = _position_of_option(ticked[0]) if len(ticked) == 1 else "unclear"
            return position, " ".join(v.text.strip() for v in values), values[0].page_no
    return None
