"""Seller and buyer names, in any language.

Three genre rules, surest first: a labelled party block ("Verkäufer", "Émetteur", "From:", "Bill
to") whose first name-like line (or its "Name:" line) is the party; the sender line a window
envelope shows above the address ("Kraxi GmbH · Flugzeugallee 17 · 12345 Papierfeld"), whose first
part is the seller; else the Swedish reader's sender block."""

from __future__ import annotations

import re
from functools import lru_cache

from .layout import PageLayout, Phrase
from .vocab import labels, titles, vocabulary

BLOCK_ROWS = 6  # rows of a party block searched for its name
JOIN_GAP_EM = 4.0  # words of one name in a wide-spaced font stand closer than this many heights
HEAD_SHARE = 0.3  # the letterhead is in the top 30 % of the first page
_SENDER_SEPARATORS = re.compile(r"\s[·•|–-]\s|\s*[·•|]\s*")
_FIELD_LINE = re.compile(r"^[\w.\- /]{2,40}\s?:")  # "Nummer: 549910", "Anschrift: Erdkuhl 5"
_NAME_LINE = re.compile(r"^(?:name|nom|naam|namn|navn)\s*:\s*", re.IGNORECASE)
_ADDRESS_LIKE = re.compile(r"\d")
_SALUTATION = re.compile(r"^(?:herrn?|frau|mr|mrs|ms|m\.|mme|monsieur|madame|dhr\.?|mevr\.?)$", re.IGNORECASE)


def legal_form() -> re.Pattern:
    """A company's legal form ending its name ("AB", "GmbH", "Oy")."""
    return _suffix()


@lru_cache(maxsize=1)
def _suffix() -> re.Pattern:
    forms = vocabulary()["legal_forms"]
    return re.compile(rf"(?:^|\s)(?:{'|'.join(forms)})$", re.IGNORECASE)


def _is_name(text: str) -> bool:
    t = text.strip()
    if len(t) < 3 or len(t) > 70 or _FIELD_LINE.match(t) or not re.search(r"[^\W\d_]{2}", t):
        return False
    if titles()["invoice"].match(t) or "@" in t or "http" in t.casefold():
        return False
    return len(re.findall(r"\d", t)) <= 2


def _block_name(lay: PageLayout, label_ph: Phrase, rest: str) -> str | None:
    """The party's name in the block under (or beside) its label, read within the label's column
    (up to the next phrase on the label's row: the other party's block)."""
    if rest and _is_name(rest) and not _NAME_LINE.match(rest):
        return rest.strip()
    return _name_in_block(_block_lines(lay, label_ph))


BLOCK_INDENT = 15  # points a block's lines may stand off its label's left edge


def _block_lines(lay: PageLayout, label_ph: Phrase) -> list[str]:
    """The block's lines under the label, in the label's column, salutations left out."""
    right = [p.x0 for p in lay.rows[label_ph.row] if p.x0 > label_ph.x1]
    col_end = min(right) - 2 if right else float("inf")
    lines = []
    for r in lay.rows[label_ph.row + 1 : label_ph.row + 1 + BLOCK_ROWS]:
        cells = [p for p in r if p.x1 >= label_ph.x0 - BLOCK_INDENT and p.x0 < col_end]
        if cells and abs(cells[0].x0 - label_ph.x0) < BLOCK_INDENT:
            lines.append(" ".join(p.text for p in cells).strip())
    return [ln for ln in lines if not _SALUTATION.match(ln)]


def _name_in_block(lines: list[str]) -> str | None:
    """A "Name:" line's value (or the line after a bare "Name:"), else the first name-like line
    without digits; a legal form on the next line joins it."""
    for i, line in enumerate(lines):
        m = _NAME_LINE.match(line)
        if m:
            value = line[m.end() :].strip()
            name = value or (lines[i + 1] if i + 1 < len(lines) else "")
            return _with_continuation(name, lines[i + 1 if value else i + 2 :]) or None
        if _is_name(line) and not _ADDRESS_LIKE.search(line):
            return _with_continuation(line, lines[i + 1 :])
    return None


def _with_continuation(name: str, after: list[str]) -> str:
    """A name broken over two lines: the second carries the legal form ("… a.G.")."""
    if after and not _suffix().search(name) and _suffix().search(after[0]) and not _FIELD_LINE.match(after[0]):
        return f"{name} {after[0].strip()}"
    return name


def labelled_party(lays: list[PageLayout], field: str) -> str | None:
    for lay in lays[:2]:
        for ph in lay.phrases:
            for lab in labels()[field]:
                m = lab.rx.match(ph.text)
                if not m or m.start() != 0 or not (m.group().rstrip().endswith(":") or m.end() == len(ph.text)):
                    continue  # a party label stands alone or with a colon, not opening a sentence
                rest = ph.text[m.end() :]
                if not rest.strip() and m.group().rstrip().endswith(":"):
                    # "Kunde: Tranås kommun, Socialförvaltningen, Box 1004": the name opens the rest of the line
                    line = " ".join(p.text for p in lay.rows[ph.row] if p.x0 > ph.x0)
                    rest = line.split(",")[0]
                name = _block_name(lay, ph, rest)
                if name:
                    return name
    return None


def sender_line(lay: PageLayout) -> str | None:
    """The small sender line of a window envelope: name · street · postcode town."""
    half = (lay.page.height or 842) / 2
    for row in lay.rows:
        if row[0].top > half:
            break
        parts = [p.strip() for p in _SENDER_SEPARATORS.split(" ".join(p.text for p in row)) if p.strip()]
        if (
            len(parts) >= 3
            and _is_name(parts[0])
            and not _ADDRESS_LIKE.search(parts[0])
            and sum(bool(_ADDRESS_LIKE.search(p)) for p in parts[1:]) >= 1
        ):
            return parts[0]
    return None


def _leading(row: list[Phrase]) -> Phrase:
    """A row's first phrase, with the words a wide-spaced font set apart joined back on, up to a
    wide gap, a dash or a title word."""
    words = list(row[0].words)
    for prev, ph in zip(row, row[1:], strict=False):
        height = max(prev.bottom - prev.top, 1.0)
        if ph.x0 - prev.x1 > JOIN_GAP_EM * height or ph.text in "-–|·" or titles()["invoice"].match(ph.text):
            break
        words += ph.words
    return Phrase(words, row[0].page, row[0].row)


_TITLE_AFTER = re.compile(r"\s+[-–|·]\s+\S+$")


def letterhead(lay: PageLayout) -> str | None:
    """The first name at the head of the first page that is no title, label, date or number."""
    top = (lay.page.height or 842) * HEAD_SHARE
    any_label = [lab.rx for fld in ("invoice_number", "invoice_date", "due_date", "buyer") for lab in labels()[fld]]
    for ph in (_leading(row) for row in lay.rows):
        if ph.top > top:
            break
        t = ph.text.strip()
        if titles()["invoice"].match(t) or titles()["credit_note"].match(t) or any(rx.match(t) for rx in any_label):
            continue
        t = _TITLE_AFTER.sub("", t)  # "Brightline Media Inc. - Invoice"
        if _is_name(t) and not _ADDRESS_LIKE.search(t):
            return t
    return None


def seller_name(lays: list[PageLayout]) -> str | None:
    if not lays:
        return None
    return labelled_party(lays, "seller") or sender_line(lays[0]) or letterhead(lays[0])


def buyer_name(lays: list[PageLayout]) -> str | None:
    return labelled_party(lays, "buyer") if lays else None
