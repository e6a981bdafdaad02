"""Responses written on an answer form (the agency's own "Blankett …", or a municipality's):
pre-printed labels with values typed beside them, read as label → value, not as prose.

What makes a form, whatever its design: lines that pair a label with a value (the value in a
column of its own, or after a colon), labels often carrying a printed field number ("5.",
"12", "A3") that numbers the form's fields and is never an activity; one block of fields per
activity, opened by the same labels each time (a repeated block header, the activity's number);
and the position as tick boxes (pipeline.form_fields), one option ticked.

A form is read as fields; its activities are the blocks that hold an activity-number field, and
each block's fields give the title, the claim, the ticked option and the sum accepted. Its lines
are handed on as label and value lines without the field numbers, so that the attachment list
("Bilagor | Bilaga 1 …") and the references read the values as any letter's lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from .form_fields import FormAnswer, tick_answer, unmarked
from .ingest import IngestedDocument, Line
from .swedish import find_money, parse_amount

if TYPE_CHECKING:
    from .structure import Section, Segment

VALUE_SLACK = 6.0  # points a typed value may start left of the form's value column
COLUMN_BIN = 4.0  # points of x grouped together when the value column is looked for
MIN_COLUMN_LINES = 3  # label-value lines that make a value column
MIN_FIELDS = 5  # fields with a value that make a document a form
# a letter has label-value pairs too (a summary table's rows, "Belopp: 60 000:-" under each
# heading), but its sentences outnumber them; a form's text is its fields, with a few lines of
# instructions at most: sentences per field with a value
MAX_PROSE_SHARE = 0.25
BARE_LABEL_WORDS = 1  # a label of the activity's word alone asks for its number
LABEL_MAX_WORDS = 9  # words of a label before a colon: longer, a sentence

# a field number opening a label: "5.", "12", "A3", "B.2)" — the form's, never an activity's
_FIELD_NUMBER = re.compile(r"^(?P<no>(?:[A-Z]\.?)?\d{1,2}[a-z]?)[.)]?\s+(?=[A-ZÅÄÖa-zåäö(])")
_COLON_FIELD = re.compile(r"^(?P<label>[A-ZÅÄÖ][^:]{1,60}?)\s*:\s*(?P<value>.*)$")
# labels by what they ask for
_NUMBER_LABEL = re.compile(r"\b(?:nummer|nr|löpnummer)\b", re.IGNORECASE)
_ACTIVITY_WORD = re.compile(r"(aktivitet|insats|åtgärd|projekt|punkt|post|delprojekt)", re.IGNORECASE)
# the activity's number, alone or before its name ("7 Ungdomsgård Vivalla", "(iii)", "2.1 – …")
_ACTIVITY_ID = re.compile(
    r"^(?:(?:aktivitet|insats|åtgärd|projekt|punkt)\s+(?:nr\.?\s*)?)?\(?(?P<no>\d{1,3}(?:\.\d{1,2})?[a-z]?|(?-i:[ivx]{1,5}))\)?[.:]?(?:\s*[–-]?\s+(?P<title>[A-ZÅÄÖ].*))?$",
    re.IGNORECASE,
)
# a block's header ending with the activity's number: "Del 2 – Aktivitet 5", "Insats nr 12"
_HEADER_NUMBER = re.compile(r"\b(?:aktivitet|insats|åtgärd|projekt|punkt)\s+(?:nr\.?\s*)?(?P<no>\d{1,3}[a-z]?)\s*:?$", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"\b(?:namn|benämning|rubrik|titel)\b", re.IGNORECASE)
_AMOUNT_LABEL = re.compile(r"\b(?:belopp\w*|summa|kronor|kr)\b|\(kr\)|\(sek\)", re.IGNORECASE)
_CLAIM_LABEL = re.compile(r"återkr\w*|\bkrav\w*|enligt beslutet", re.IGNORECASE)
_ACCEPT_LABEL = re.compile(r"medge\w*|godta\w*|accepter\w*|återbetal\w*|betala\w* tillbaka", re.IGNORECASE)
_SENDER_LABEL = re.compile(r"(?:kommun|kommunens namn|kommun region|avsändare|sökande|organisation|sökande kommun)")
_FORM_WORD = re.compile(r"\b(?:blankett|formulär|\w+formulär)\b", re.IGNORECASE)
OWNER_LINES = 4  # the form's first lines, where its owner's name and form id stand
# what closes the last block: the form's own closing part
_CLOSING_LABEL = re.compile(r"\b(bilag\w*|bifoga\w*|underskrift|namnförtydligande|kontakt\w*|ort och datum|handläggare)\b", re.I)


def _key(label: str) -> str:
    """A label as the form prints it in every block: without case, marks or a tick."""
    return re.sub(r"\W+", " ", unmarked(label).lower()).strip()


@dataclass
class FormField:
    number: str | None  # the printed field number: the form's, never an activity's
    label: Line  # the label without its number
    values: list[Line] = field(default_factory=list)  # the typed value, a line each
    segments: list[list[Segment]] = field(default_factory=list)  # each value line's column segments

    @property
    def key(self) -> str:
        return _key(self.label.text)

    @property
    def value(self) -> str:
        return " ".join(v.text.strip() for v in self.values).strip()


@dataclass
class Form:
    fields: list[FormField]
    sections: list[Section]
    money: list[tuple[Line, Decimal]]  # bare amounts typed in money fields ("52 000" under "(kr)")

    def lines(self) -> list[Line]:
        """The form as lines: each label, then its value lines."""
        return [ln for f in self.fields for ln in (f.label, *f.values) if ln.text.strip()]

    def sender(self) -> list[str]:
        """What the form's sender fields hold ("Kommun | Söderhamns kommun"): its letterhead."""
        return [f.value for f in self.fields if _SENDER_LABEL.fullmatch(f.key) and f.values]

    def owner(self, agencies: list[str]) -> str | None:
        """The agency whose form it is, named on its form line ("SOCIALSTYRELSEN · Blankett SoS
        7714"): the one the answer goes to."""
        for f in self.fields[:OWNER_LINES]:
            if _FORM_WORD.search(f.label.text):
                named = next((a for a in agencies if re.search(rf"\b{re.escape(a)}\b", f.label.text, re.IGNORECASE)), None)
                if named:
                    return named
        return None


def _sub_line(ln: Line, start: int, end: int, page_text: str) -> Line:
    """The part of line `ln` from page offset start to end, as a line of its own."""
    return replace(ln, start=start, end=end, text=page_text[start:end], box=None)


def _value_column(doc: IngestedDocument, seg_map: dict[tuple[int, int], list[Segment]]) -> float | None:
    """The x where typed values start: the commonest start of a line's second segment."""
    starts = Counter(round(segs[1].x0 / COLUMN_BIN) for segs in seg_map.values() if len(segs) >= 2)
    if not starts:
        return None
    bin_, n = starts.most_common(1)[0]
    return bin_ * COLUMN_BIN if n >= MIN_COLUMN_LINES else None


def _segment_map(doc: IngestedDocument) -> dict[tuple[int, int], list[Segment]]:
    from .structure import segments

    return {(p.page_no, segs[0].line): segs for p in doc.pages for segs in segments(p) if segs}


class _FieldReader:
    """Reads the document's lines, in order, into fields."""

    def __init__(
        self,
        doc: IngestedDocument,
        seg_map: dict[tuple[int, int], list[Segment]],
        column: float | None,
        stacked_labels: set[str] | None = None,
    ) -> None:
        self.doc = doc
        self.seg_map = seg_map
        self.column = column
        self.fields: list[FormField] = []
        # labels printed over their values: the lines every block repeats (None: side by side)
        self.stacked_labels = stacked_labels

    def page_text(self, ln: Line) -> str:
        return self.doc.pages[ln.page_no - 1].text

    def read(self, lines: list[Line]) -> list[FormField]:
        for ln in lines:
            self._line(ln)
        return self.fields

    def _line(self, ln: Line) -> None:
        segs = self.seg_map.get((ln.page_no, ln.start), [])
        in_column = [s for s in segs if self.column is not None and s.x0 >= self.column - VALUE_SLACK]
        if in_column and in_column[0] is not segs[0]:
            self._new_field(ln, in_column[0].start, segs)  # label | value
        elif in_column and self.fields:
            self._add_value(ln, ln.start, segs)  # a value's next line, in the value column
        elif (m := _COLON_FIELD.match(ln.text)) and len(m.group("label").split()) <= LABEL_MAX_WORDS:
            self._new_field(ln, ln.start + m.start("value") if m.group("value") else ln.end, segs, ln.start + m.end("label"))
        elif self._under_label(ln):
            self._add_value(ln, ln.start, segs)  # the value under its label
        elif self._wraps_label(ln):
            last = self.fields[-1]
            last.label = replace(last.label, text=last.label.text + " " + ln.text.strip())
        else:
            self._new_field(ln, ln.end, segs)

    def _wraps_label(self, ln: Line) -> bool:
        """A label's second line ("… (kr)," / "vid delvis medgivande", or "(kr)") under a label
        that has no value yet."""
        first = ln.text.strip()[:1]
        return bool(self.fields) and not self.fields[-1].values and (first.islower() or first == "(")

    def _under_label(self, ln: Line) -> bool:
        """In a form whose labels stand over their values: a line that is no label."""
        if self.stacked_labels is None or not self.fields or _FIELD_NUMBER.match(ln.text.strip()):
            return False
        return _key(ln.text) not in self.stacked_labels

    def _new_field(self, ln: Line, value_at: int, segs: list[Segment], label_end: int | None = None) -> None:
        text = self.page_text(ln)
        label_end = label_end if label_end is not None else value_at
        label = text[ln.start : label_end].rstrip()
        m = _FIELD_NUMBER.match(label)
        at = ln.start + (m.end() if m else 0)
        f = FormField(m.group("no") if m else None, _sub_line(ln, at, ln.start + len(label), text))
        self.fields.append(f)
        if value_at < ln.end:
            self._add_value(ln, value_at, segs)

    def _add_value(self, ln: Line, at: int, segs: list[Segment]) -> None:
        f = self.fields[-1]
        f.values.append(_sub_line(ln, at, ln.end, self.page_text(ln)))
        f.segments.append([s for s in segs if s.end > at])


def _numbered_by_field(f: FormField) -> tuple[str, str] | None:
    """(number, name) from a field that asks for the activity's number: "Aktivitetens nummer i
    beslutet", "Insats nr", the activity's word alone ("Aktivitet: 3"); its value may hold the
    name too ("7 Ungdomsgård Vivalla")."""
    label = f.label.text
    asks_number = _NUMBER_LABEL.search(label) or len(label.split()) <= BARE_LABEL_WORDS
    m = _ACTIVITY_ID.match(f.value) if asks_number and _ACTIVITY_WORD.search(label) else None
    return (m.group("no"), m.group("title") or "") if m else None


def _numbered_by_header(f: FormField) -> tuple[str, str] | None:
    """(number, "") from a block's header that ends with the activity's number ("Del 2 –
    Aktivitet 5"), a line without a value."""
    m = None if f.values else _HEADER_NUMBER.search(f.label.text)
    return (m.group("no"), "") if m else None


def _numbering(fields: list[FormField]) -> list[tuple[int, str, str]]:
    """(field index, number, name) of every block's activity number: from number fields, or
    where the form has none, from its blocks' headers."""
    for reader in (_numbered_by_field, _numbered_by_header):
        found = [(k, *got) for k, f in enumerate(fields) if (got := reader(f)) is not None]
        if found:
            return found
    return []


def _lead(fields: list[FormField], starts: list[int]) -> int:
    """How many fields before each activity-number field open its block: the labels that stand
    right before every one of them alike ("Del B – Aktivitet"); one label without a value where
    the form has a single block."""
    if len(starts) == 1:
        k = starts[0]
        return 1 if k >= 1 and not fields[k - 1].values else 0
    lead = 0
    while all(k - lead - 1 >= 0 for k in starts) and len({fields[k - lead - 1].key for k in starts}) == 1:
        lead += 1
    return lead


def _blocks(fields: list[FormField], numbers: list[int]) -> list[list[FormField]]:
    """The activities' blocks of fields (`numbers`: where each block's number stands): from each
    block's opening fields to the next block, the last one as far as it repeats the first
    block's labels (or up to the form's closing part)."""
    if not numbers:
        return []
    lead = _lead(fields, numbers)
    starts = [k - lead for k in numbers]
    blocks = [fields[a:b] for a, b in zip(starts, starts[1:], strict=False)]
    known = {f.key for f in blocks[0]} if blocks else set()
    end = numbers[-1] + 1
    while end < len(fields) and (fields[end].key in known if known else not _CLOSING_LABEL.search(fields[end].label.text)):
        end += 1
    return [*blocks, fields[starts[-1] : end]]


def _amount(f: FormField) -> Decimal | None:
    ms = find_money(f.value, money_context=True)
    return ms[0].value if ms else parse_amount(f.value)


def _field(block: list[FormField], wanted: re.Pattern, unwanted: re.Pattern | None = None) -> FormField | None:
    return next((f for f in block if wanted.search(f.label.text) and not (unwanted and unwanted.search(f.label.text))), None)


def _claim_field(block: list[FormField]) -> FormField | None:
    """The field that states the sum reclaimed: a claim's label and an amount typed in it."""
    claims = [f for f in block if _CLAIM_LABEL.search(f.label.text) and not _ACCEPT_LABEL.search(f.label.text)]
    return next((f for f in claims if f.values and _amount(f) is not None), None)


def _option_runs(block: list[FormField]) -> list[tuple[list[Line], list[str]]]:
    """Where a block's tick boxes may stand: in a field's value (options side by side, or a
    line each), or as lines of their own without a value, one option to a line."""
    runs = [(f.values, [s.text for segs in f.segments for s in segs]) for f in block if f.values]
    runs += [([f.label], [f.label.text]) for f in block if not f.values]  # a tick line read as a label (printed twice alike)
    run: list[FormField] = []
    for f in [*block, None]:
        if f is not None and not f.values:
            run.append(f)
            continue
        if len(run) >= 2:
            runs.append(([g.label for g in run], [g.label.text for g in run]))
        run = []
    return runs


def _answer(block: list[FormField]) -> FormAnswer | None:
    """The ticked option of the block's tick boxes, with the sum its accepted-sum field states."""
    accepted = next((f for f in block if _AMOUNT_LABEL.search(f.label.text) and _ACCEPT_LABEL.search(f.label.text) and f.values), None)
    for lines, cells in _option_runs(block):
        got = tick_answer(lines, cells)
        if got is not None:
            position, evidence, page = got
            return position, _amount(accepted) if accepted else None, evidence, page
    return None


def _section(block: list[FormField], number_field: FormField, number: str, name: str) -> Section:
    from .structure import Section

    title_f = _field(block, _TITLE_LABEL)
    claim_f = _claim_field(block)
    heading = block[0].label
    taken = {id(f) for f in (number_field, title_f, claim_f) if f is not None}
    body = [ln for f in block[1:] if id(f) not in taken for ln in (f.label, *f.values)]
    # "Aktivitet (nr och namn) | 7 Ungdomsgård Vivalla": one field holds both
    title = title_f.value if title_f is not None and title_f is not number_field else name
    sec = Section(number, title.strip().rstrip("."), _amount(claim_f) if claim_f else None, heading, body)
    sec.amount_stated = sec.amount is not None
    sec.form_answer = _answer(block)
    sec.voices = _voices(block, body)
    return sec


def _voices(block: list[FormField], body: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """The agency's words by their field's label ("Socialstyrelsens skäl | …"), and the rest of the
    block; None where no label names the agency (the words' voices decide then)."""
    from .qa_pairs import is_agency_label

    agency = [v for f in block if f.values and is_agency_label(f.label.text) for v in f.values]
    if not agency:
        return None
    theirs = {id(v) for v in agency}
    return agency, [ln for ln in body if id(ln) not in theirs]


def _money(blocks: list[list[FormField]]) -> list[tuple[Line, Decimal]]:
    """The bare amounts typed in the money fields: a number alone under a label that names an
    amount (an amount with its currency is read as any mention is)."""
    out = []
    for f in (f for b in blocks for f in b if _AMOUNT_LABEL.search(f.label.text) and f.values):
        v = parse_amount(f.value)
        if v is not None and not find_money(f.value, money_context=True):
            out.append((f.values[0], v))
    return out


def _repeated(lines: list[Line]) -> set[str]:
    """The lines printed more than once: where labels stand over their values, the labels (each
    block repeats them; the values differ)."""
    seen = Counter(_key(ln.text) for ln in lines)
    return {k for k, n in seen.items() if n >= 2 and k}


def read_form(doc: IngestedDocument, lines: list[Line]) -> Form | None:
    """The document read as a form, its labels beside their values or else over them; None
    where it is none."""
    repeated = _repeated(lines)  # without labels that repeat, every line would be read as a value
    seg_map = _segment_map(doc)  # the page's column segments, once for both readings
    column = _value_column(doc, seg_map)
    for stacked in (None, repeated) if repeated else (None,):
        form = _form_of(_FieldReader(doc, seg_map, column, stacked).read(lines))
        if form is not None:
            return form
    return None


def _sentences(fields: list[FormField]) -> int:
    """Lines of running text: read as labels, too long for one, and with no value."""
    return sum(1 for f in fields if not f.values and len(f.label.text.split()) > LABEL_MAX_WORDS)


def _form_of(fields: list[FormField]) -> Form | None:
    """The form its fields make, or None: too few label-value fields, or no block of fields that
    numbers an activity and states a claim or a position."""
    valued = sum(1 for f in fields if f.values)
    if valued < MIN_FIELDS or _sentences(fields) > valued * MAX_PROSE_SHARE:
        return None
    numbering = _numbering(fields)
    blocks = _blocks(fields, [k for k, _, _ in numbering])
    sections = [_section(b, fields[k], number, name) for b, (k, number, name) in zip(blocks, numbering, strict=True)]
    if not sections or not any(s.form_answer or s.amount is not None for s in sections):
        return None
    return Form(fields, sections, _money(blocks))
