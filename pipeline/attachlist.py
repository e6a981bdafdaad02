"""A response's list of attachments and the body's references to it, in the forms
municipalities write them.

The list: under a heading ("Bilagor", "Bilageförteckning", "Bifogade handlingar", …) or without
one (a run of "Bilaga 1: …" lines ending the letter); one item a line ("Bilaga 1 <title>",
"1 a Faktura …", "19.4-faktura.pdf", "A  Protokoll" from a table row) or inline after the heading
("Bilagor: 1. Faktura … 2. Avtal …"). Ids: numbers, numbers with a letter ("7a", "3 b"), dotted
("19.4") or capital letters in sequence ("A", "B", …).

References: "se bilaga 3", "bil. 6", "bilagorna 3–5", "bilaga 7a och 7b", "(bilaga 2)",
"bilagorna B och C", "bilaga 1 a och 1 b".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .ingest import Line
from .tocline import toc_line

MAX_RANGE = 100  # a range wider than this is a misreading, not a list of attachments
HEADLESS_MIN_ITEMS = 2  # "Bilaga N: …" lines ending the letter that make a list without a heading

LIST_HEAD = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(bilagor|bilageförteckning|bilagsförteckning|bilagförteckning|bilagelista|bilagslista|"
    r"förteckning över bilagor|bilagor till yttrandet|bilagda handlingar|"
    r"bifogade (?:handlingar|bilagor|dokument|filer)|bifogat|bilagt|bevisning|appendices|attachments|enclosures|annexes)"
    r"(?:\s+(?:i|till|som|med)\s+[a-zåäö]+(?:\s+[a-zåäö]+){0,2})?\s*:?\s*$",  # "Bilagor i denna fil", "… som bifogas"
    re.IGNORECASE,
)
# the heading with the items on its own line: "Bilagor: 1. Faktura … 2. Avtal …"
# an e-mail's header field too: "Bifogade filer: Bilaga 1 Deltagarlistor.pdf; Bilaga 2 Faktura 3318.pdf"
# the heading may say where the list comes from: "Bilagor enligt tabellen:", "Bifogade handlingar, se ovan:"
_INLINE_HEAD = re.compile(
    r"^\s*(?:bilagor|bifogade handlingar|bilageförteckning|bifogade filer|bifogad fil)"
    r"(?:,?\s+(?:enligt|se|som|i|från|till|nedan|ovan)(?:\s+[a-zåäö]+){0,2})?\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Bilaga 3", "Bil. 3", "Bil 3", "Bil. nr 3"
# a municipal company may write in English: "Appendix 1", "Attachment 2"
_PREFIX = r"(?:[•\-–*]\s*)?(?:(?i:bilaga|appendix|attachment|enclosure|annex)\s+|(?i:bil)(?:\.\s*|\s+(?=\d)))?(?:(?i:nr)\.?\s*)?"
# "3", "3a", "3 b", "19.4", "12:1" (the activity's number, then the attachment's); a capital
# letter before the number names the series ("K1", "B2": a consultant's or a register's ids)
# "15-1": the activity's number, a hyphen, then the attachment's (a space follows: "10-12 juni" is no id)
_HYPHEN_ID = r"\d{1,3}-\d{1,3}(?=\s)"
_NUM_ID = rf"(?:{_HYPHEN_ID}|\d{{1,3}}(?:[.:]\d{{1,3}})?(?:\s?[a-z](?![\wåäö]))?|(?-i:[A-Z])\d{{1,3}}(?![\wåäö]))"
_ITEM = re.compile(rf"^{_PREFIX}\(?(?P<id>{_NUM_ID})(?:\s*[-–_:.)]\s*|\s+)(?P<rest>\S.*)$", re.IGNORECASE)
_LETTER_ITEM = re.compile(rf"^{_PREFIX}(?P<id>[A-Z])(?:\s*[-–:.)]\s*|\s+)(?P<rest>[A-ZÅÄÖ0-9]\S*.*)$")
_HEADLESS_ITEM = re.compile(
    rf"^(?:[•\-–*]\s*)?(?:bilaga|bil\.|bil(?=\s+\d)|appendix|attachment)\s*(?P<id>{_NUM_ID}|[A-Z])\s*[-–:.)]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_TABLE_HEADER = re.compile(
    r"^\s*(bilaga|bilagenummer|nr|id)\s+(beskrivning|innehåll|handling|dokument|titel|namn)\b",
    re.IGNORECASE,
)
_FILE_EXT = re.compile(r"\.(pdf|docx?|xlsx?|jpe?g|png|msg|txt)$", re.IGNORECASE)


@dataclass
class AttachmentItem:
    attachment_id: str
    filename: str
    label: str
    line: Line
    headed: bool = True  # under a list heading (False: a run of "Bilaga N: …" lines without one)
    in_form: bool = False  # in an activity's form field: the listing is the activity's reference too


def normalise_id(raw: str) -> str:
    """'3 b' → '3b': a letter after a space is the same id as printed without it."""
    return re.sub(r"\s+", "", raw)


def _item(aid: str, rest: str, listed: str, ln: Line) -> AttachmentItem:
    rest = rest.strip()
    filename = listed if re.search(r"\.\w{2,4}$", rest) else rest
    label = _FILE_EXT.sub("", rest).replace("+", " ").replace("_", " ").strip()
    return AttachmentItem(normalise_id(aid), filename, label, ln)


def _listed(text: str) -> str:
    return re.sub(rf"^\s*{_PREFIX}", "", text.strip(), flags=re.IGNORECASE)


def _next_letter(items: list[AttachmentItem]) -> str:
    return (
        chr(ord(items[-1].attachment_id) + 1) if items and len(items[-1].attachment_id) == 1 and items[-1].attachment_id.isalpha() else "A"
    )


def _match_item(text: str, items: list[AttachmentItem]) -> tuple[str, str] | None:
    """(id, rest) of a list item, or None. Capital-letter ids only in sequence from A, so a
    sentence starting "I …" is never an item."""
    m = _ITEM.match(text)
    if m:
        return m.group("id"), m.group("rest")
    m = _LETTER_ITEM.match(text)
    if m and m.group("id") == _next_letter(items):
        return m.group("id"), m.group("rest")
    return None


# a mail's attachments shown as chips: the file's type over or before its name, its size under it
_FILE_TYPE_LABEL = re.compile(r"^(?:PDF|DOCX?|XLSX?|JPE?G|PNG|TIFF?|ZIP|MSG)\s+(?=\S)")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")  # a page's number alone on its line, where the list runs over a page
_FILE_SIZE = re.compile(r"^\d{1,4}(?:[.,]\d{1,2})?\s*(?:[kKMG]i?B|byte|bytes)$")


def _items_after(lines: list[Line], start: int) -> list[AttachmentItem]:
    items: list[AttachmentItem] = []
    for ln in lines[start:]:
        text = _FILE_TYPE_LABEL.sub("", ln.text.strip())
        if _FILE_SIZE.match(text) or (items and _PAGE_NUMBER.match(text)):
            continue  # "245 kB" under a chip's file name, a page's number: no item, and the list goes on
        if _TABLE_HEADER.match(text):
            continue  # a table's header row: "Bilaga | Beskrivning", repeated where the table runs over a page
        got = _match_item(text, items)
        if got is None:
            if items and text[:1].islower() and len(text) < 120:
                items[-1].label += " " + text  # an item's title wrapped onto the next line
                continue
            if items:
                break
            continue
        items.append(_item(got[0], got[1], _listed(text), ln))
    return items


_INLINE_SPLIT = re.compile(r"(?:^|(?<=\s))(?:\((?P<bracketed>\d{1,3}[a-z]?)\)|(?P<marked>\d{1,3}[a-z]?|[A-Z])[.)])\s+")


# between items that each carry their prefix ("Bilaga 2 …"), a comma may stand inside a title
_PREFIXED_SEPARATOR = re.compile(r"\s*[;·•|]\s*")


def _separated_items(rest: str, ln: Line) -> list[AttachmentItem]:
    """'Bilaga 1 Deltagarlistor.pdf; Bilaga 2 Faktura 3318.pdf': items a mail program lists
    with semicolons, each named "Bilaga N"."""
    parts = [x.strip() for x in _PREFIXED_SEPARATOR.split(rest) if x.strip()]
    found = [_HEADLESS_ITEM.match(x) for x in parts]
    if not parts or not all(found):
        return []
    # a mail's field names the files themselves: "Bilaga 2 Faktura 3318.pdf" is the file's name
    return [_item(m.group("id"), m.group("rest"), x, ln) for m, x in zip(found, parts, strict=True) if m]


# what separates the items of a list on one line: a comma, a semicolon, a middle dot or bullet, a bar
_ITEM_SEPARATOR = re.compile(r"\s*[,;·•|]\s*")
# "1 Beslut", "3a: Intyg", "2. Avtal", "4.2 Faktura 77120": one item of a list on one line
_SEPARATED_ITEM = re.compile(r"^(?P<id>(?P<no>\d{1,3}(?:\.\d{1,3})?)(?:\s?[a-z])?)\s*[:.)]?\s+(?P<rest>\S.*)$")


def _follows(no: str, last: str | None) -> bool:
    """Whether an item's number continues the list: plain numbers from 1, each the one before or
    one more ("7a", "7b" share a number); dotted ones ("2.1", "2.2", "4.1": the activity's number,
    then the attachment's) from .1 under each activity, the activities in increasing order."""
    major, _, minor = no.partition(".")
    if last is None:
        return (minor or major) == "1"
    last_major, _, last_minor = last.partition(".")
    if bool(minor) != bool(last_minor):
        return False
    if not minor:
        return int(major) - int(last_major) in (0, 1)
    return int(minor) == int(last_minor) + 1 if major == last_major else int(major) > int(last_major) and minor == "1"


def _comma_items(rest: str, ln: Line) -> list[AttachmentItem]:
    """'1 Beslut vinteröppet, 2 Praktikantförteckning; 3a Intyg', '2.1 Faktura … · 2.2 … · 4.1 …':
    items separated by commas, semicolons or dots, numbered in sequence (`_follows`); a part that
    opens with no number continues the title before it."""
    items: list[AttachmentItem] = []
    last: str | None = None
    for part in (x.strip() for x in _ITEM_SEPARATOR.split(rest)):
        m = _SEPARATED_ITEM.match(part)
        if m and _follows(m.group("no"), last):
            items.append(_item(m.group("id"), m.group("rest"), m.group("rest"), ln))
            last = m.group("no")
        elif items:
            items[-1].label += ", " + part
            items[-1].filename += ", " + part
        else:
            return []
    return items if len(items) >= 2 else []


def _inline_items(rest: str, ln: Line) -> list[AttachmentItem]:
    """'1. Faktura 3001 … 2. Avtal … 3. Närvarolista': items numbered in sequence on one line."""
    separated = _separated_items(rest, ln) or _comma_items(rest, ln)
    if separated:
        return separated
    seq: list[re.Match[str]] = []
    want = "1"
    for m in _INLINE_SPLIT.finditer(rest):
        aid = _inline_id(m)
        if aid == want or (not seq and aid == "A"):
            seq.append(m)
            want = str(int(want) + 1) if want.isdigit() and aid.isdigit() else chr(ord(aid) + 1)
    if len(seq) < 2 and not (seq and seq[0].start() == 0):
        return []
    out = []
    for k, m in enumerate(seq):
        end = seq[k + 1].start() if k + 1 < len(seq) else len(rest)
        text = rest[m.end() : end].strip().rstrip(",;.")
        out.append(_item(_inline_id(m), text, text, ln))
    return out


def _inline_id(m: re.Match[str]) -> str:
    """'2' of '2.', '2)' or '(2)'."""
    return m.group("bracketed") or m.group("marked")


SIGN_OFF_LINES = 6  # short lines under a letter's last part: place and date, name, title, contact
SIGN_OFF_CHARS = 80


def _sign_off_start(lines: list[Line]) -> int:
    """Where the short closing lines begin that end the letter under its last item."""
    end = len(lines)
    while len(lines) - end < SIGN_OFF_LINES and end > 0:
        text = lines[end - 1].text.strip()
        if _HEADLESS_ITEM.match(text) or len(text) > SIGN_OFF_CHARS:
            break
        end -= 1
    return end


def item_from_line(text: str, ln: Line) -> AttachmentItem | None:
    """An attachment named on its own ("Bilaga 2: Avtal med …"), as in a footnote."""
    m = _HEADLESS_ITEM.match(text.strip())
    if m is None:
        return None
    item = _item(m.group("id"), m.group("rest"), _listed(text), ln)
    item.headed = False
    return item


def _first_id(line: Line) -> bool:
    m = _HEADLESS_ITEM.match(line.text.strip())
    return m is not None and normalise_id(m.group("id")) in ("1", "A")


def _run_from_one(lines: list[Line]) -> tuple[int, int] | None:
    """The last run of "Bilaga N …" lines that starts at 1 (or A) anywhere in the letter: a list
    under a heading not named as one ("Beslutsunderlag"), with a minute's closing lines under it."""
    runs = []
    for k, ln in enumerate(lines):
        if not _first_id(ln):
            continue
        end = k
        while end < len(lines) and _HEADLESS_ITEM.match(lines[end].text.strip()):
            end += 1
        if end - k >= HEADLESS_MIN_ITEMS:
            runs.append((k, end))
    return runs[-1] if runs else None


def _headless(lines: list[Line]) -> tuple[list[AttachmentItem], int | None]:
    """'Bilaga 1: …' lines ending the letter, with no heading above them; the sign-off (place and
    date, name, title) may stand under them. Failing such lines at the end, a run of them from 1."""
    end = _sign_off_start(lines)
    start = end
    while start > 0 and _HEADLESS_ITEM.match(lines[start - 1].text.strip()):
        start -= 1
    if end - start < HEADLESS_MIN_ITEMS:
        run = _run_from_one(lines)
        if run is None:
            return [], None
        start, end = run
    items = []
    for ln in lines[start:end]:
        m = _HEADLESS_ITEM.match(ln.text.strip())
        if m is None:  # every line in [start, end) matched above
            continue
        items.append(_item(m.group("id"), m.group("rest"), _listed(ln.text), ln))
        items[-1].headed = False
    return items, start


# a printed form's field of uploaded files, once per activity: "Bifogade filer Bilaga 5.1: x.pdf"
_FILE_FIELD = re.compile(r"^\s*(?:bifogade (?:filer|dokument|handlingar)|bifogad fil|uppladdade filer)\s*:?\s*(?P<rest>.*)$", re.I)
_FORM_HEADING = re.compile(r"^\s*(?:aktivitet|insats|åtgärd|punkt|projekt)\s+(?:nr\.?\s*)?\d{1,3}\s*$", re.I)
FIELD_FILES_MAX = 20  # files one form field may list, one a line


def _field_files(lines: list[Line], k: int, rest: str) -> list[AttachmentItem]:
    """The files of the field on line k: beside its label, then one a line under it."""
    items: list[AttachmentItem] = []
    for text, src in [(rest, lines[k])] + [(x.text, x) for x in lines[k + 1 : k + 1 + FIELD_FILES_MAX]]:
        m = _HEADLESS_ITEM.match(text.strip())
        if m is None and src is lines[k]:
            continue  # the label alone, or with "–" for no file
        if m is None:
            break
        items.append(_item(m.group("id"), m.group("rest"), m.group("rest"), src))
        items[-1].in_form = True
    return items


def _form_file_fields(lines: list[Line]) -> list[AttachmentItem]:
    """A form lists each activity's files in a field of its own; where another activity's form
    follows such a field, the letter's list is every field's files together."""
    fields = [(k, m.group("rest")) for k, ln in enumerate(lines) if (m := _FILE_FIELD.match(ln.text))]
    if not fields or not any(_FORM_HEADING.match(ln.text) for ln in lines[fields[0][0] + 1 :]):
        return []
    return [it for k, rest in fields for it in _field_files(lines, k, rest)]


INLINE_WRAP_LINES = 3  # lines an inline list may wrap over


def _wrapped_rest(rest: str, following: list[Line]) -> str:
    """An inline list with the lines it wraps onto: each next line that adds an item to it, or
    that the line before leaves unfinished (a comma, a word in lower case)."""
    for ln in following[:INLINE_WRAP_LINES]:
        joined = f"{rest} {ln.text.strip()}"
        unfinished = rest.rstrip().endswith(",") or ln.text.strip()[:1].islower()
        if not unfinished and len(_inline_items(joined, ln)) <= len(_inline_items(rest, ln)):
            break
        rest = joined
    return rest


def parse_attachment_list(lines: list[Line]) -> tuple[list[AttachmentItem], int | None]:
    """The list of attachments at the end; returns the items and the index of its heading (of
    its first item where it has none)."""
    form = _form_file_fields(lines)
    if form:
        return form, None  # fields among the activities end no part of the body
    heads = [i for i, ln in enumerate(lines) if LIST_HEAD.match(ln.text) or _INLINE_HEAD.match(ln.text)]
    for h in reversed(heads):
        inline = _INLINE_HEAD.match(lines[h].text)
        items = _inline_items(_wrapped_rest(inline.group("rest"), lines[h + 1 :]), lines[h]) if inline else []
        if not items and not inline:
            items = _items_after(lines, h + 1)
        if items:
            return items, h
    items = _list_in_paragraph(lines)
    if items:
        return items, None  # a paragraph's list ends no part of the body
    items, start = _headless(lines)
    return (items, start) if items else _referenced_run(lines)


REFERENCED_RUN_MIN = 2  # numbered lines in a row that make a list where the body referred to them


def _referenced_run(lines: list[Line]) -> tuple[list[AttachmentItem], int | None]:
    """A list under a heading not named as one ("Underlag", "Bil.") or none: the last run of
    numbered lines in sequence from 1 (or A) whose ids the body referred to above it ("bil. 1").
    Numbered headings have their text between them, and a contents page stands before the
    references to it, so neither makes such a run."""
    for start in range(len(lines) - 1, -1, -1):
        got = _match_item(lines[start].text.strip(), [])
        if got is None or normalise_id(got[0]) not in ("1", "A") or toc_line(lines[start].text):
            continue
        items = [it for it in _items_after(lines, start) if not toc_line(it.line.text)]
        referred = {r.attachment_id for r in find_refs(lines[:start], lambda ln: None)}
        after = lines[start + len(items) :]  # the list ends the letter: no reference follows it
        if (
            len(items) >= REFERENCED_RUN_MIN
            and _in_sequence(items)
            and {it.attachment_id for it in items} & referred
            and not find_refs(after, lambda ln: None)
        ):
            for it in items:
                it.headed = False
            return items, start
    return [], None


def _in_sequence(items: list[AttachmentItem]) -> bool:
    """Ids 1, 2, 3 (or 2a, 2b; A, B, C): each the one before's number, or one more."""
    keys = [re.match(r"\d+", it.attachment_id) for it in items]
    if all(keys):
        nums = [int(k.group()) for k in keys if k]
        return all(b - a in (0, 1) for a, b in zip(nums, nums[1:], strict=False))
    return [it.attachment_id for it in items] == [chr(ord("A") + k) for k in range(len(items))]


# "… per aktivitet. Bilagor: 1. Beslut … 2. Avtal … 3." the list after a sentence, wrapping on
_LIST_AFTER_SENTENCE = re.compile(r"[.!?]\s+(?:bilagor|bifogade handlingar)\s*:\s*(?P<rest>\d.*)$", re.IGNORECASE)
_DANGLING_MARK = re.compile(r"(?:^|\s)\d{1,3}[a-z]?[.)]$")  # a line ending on an item's number: its text wraps


def _list_in_paragraph(lines: list[Line]) -> list[AttachmentItem]:
    """An inline list that follows a sentence on its line; where the line ends on an item's
    number, the item's text is the next line's."""
    for k, ln in enumerate(lines):
        m = _LIST_AFTER_SENTENCE.search(ln.text)
        if not m:
            continue
        rest = m.group("rest").strip()
        if _DANGLING_MARK.search(rest) and k + 1 < len(lines):
            rest = f"{rest} {lines[k + 1].text.strip()}".removesuffix(".")  # the sentence's full stop
        items = _inline_items(rest, ln)
        if len(items) >= 2:
            return items
    return []


# --------------------------------------------------------------------------------------------
# References

# "bilaga ett", "bilagorna tre och fyra": a list numbered in digits, referred to in words
NUMBER_WORDS = {
    w: str(k) for k, w in enumerate(["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"], start=1)
}
_WORD_ID = "|".join(NUMBER_WORDS)
_REF_ID = rf"\d{{1,3}}(?:[.:]\d{{1,3}})?(?:\s?[a-z](?![\wåäö]))?|[A-Z]\d{{0,3}}(?![\wåäö])|(?i:{_WORD_ID})(?![\wåäö])"
_REF = re.compile(
    rf"(?<![\w])(?P<word>(?i:bilag(?:a|or|orna|an)|bil\.|bil(?=\s+\d)|appendix|appendices|attachments?|annex(?:es)?|enclosures?))"
    rf"\s*(?:(?i:nr)\.?\s*)?(?P<spec>(?:{_REF_ID})"
    rf"(?:\s*(?:[-–]|(?i:till)|,|(?i:och)|(?i:and)|&|(?i:samt))\s*(?:{_REF_ID})(?:-\d{{1,3}})?)*)(?![\w])"
)
_COMPOUND = r"(?<![\d.])\d{1,3}-\d{1,3}(?![\d.])"  # "15-1", "4-2": an id, or a range (`_split_compound`)
_TOKEN = re.compile(rf"{_COMPOUND}|{_REF_ID}|[-–]|till")


@dataclass
class AttachmentRef:
    activity_no: str | None
    ref_text: str
    attachment_id: str
    line: Line
    start: int  # offset in the page text


def _split_compound(token: str, listed: set[str]) -> list[str]:
    """'15-1' is one id (the activity's number, then the attachment's) where the list has it, or
    where its second number is not above its first: a range never runs down. '3-5' not listed is
    the range 3 to 5."""
    first, _, second = token.partition("-")
    if not second or token in listed or int(second) <= int(first):
        return [token]
    return [first, "-", second]


def expand_ref_spec(spec: str, listed: set[str] | None = None) -> list[str]:
    """'19.1-19.16' -> 19.1 … 19.16; '08.1-08-2' (a typo) -> 08.1, 08.2; '10–12' -> 10, 11, 12;
    '1a–1c' -> 1a, 1b, 1c; 'B och C' -> B, C; '1 a och 1 b' -> 1a, 1b; '15-1 och 15-2' -> 15-1, 15-2."""
    spec = re.sub(r"(\d+)\.(\d+)\s*[-–]\s*\1-(\d+)", r"\1.\2-\1.\3", spec)
    found = [part for t in _TOKEN.findall(spec) for part in _split_compound(t, listed or set())]
    tokens = [NUMBER_WORDS.get(t.lower(), normalise_id(t)) for t in found]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in ("-", "–", "till") and out and i + 1 < len(tokens):
            out.extend(_range(out[-1], tokens[i + 1])[1:])
            i += 2
            continue
        if t not in ("-", "–", "till"):
            out.append(t)
        i += 1
    return list(dict.fromkeys(out))


def _dotted_range(lo: str, hi: str) -> list[str] | None:
    """'19.1'–'19.16' under one number; a zero-padded part keeps its width ('08.1'–'08.3')."""
    ml, mh = re.fullmatch(r"(\d+)\.(\d+)", lo), re.fullmatch(r"(\d+)\.(\d+)", hi)
    if not (ml and mh and int(ml.group(1)) == int(mh.group(1))):
        return None
    a, b = int(ml.group(2)), int(mh.group(2))
    width = len(ml.group(2)) if ml.group(2).startswith("0") else 0
    return [f"{ml.group(1)}.{str(k).zfill(width)}" for k in range(a, b + 1)] if 0 <= b - a <= MAX_RANGE else None


def _number_range(lo: str, hi: str) -> list[str] | None:
    """'10'–'12'; '03'–'05' keeps its zeros."""
    if not (lo.isdigit() and hi.isdigit() and 0 <= int(hi) - int(lo) <= MAX_RANGE):
        return None
    width = len(lo) if lo.startswith("0") else 0
    return [str(k).zfill(width) for k in range(int(lo), int(hi) + 1)]


def _letter_range(lo: str, hi: str) -> list[str] | None:
    """'1a'–'1c' (letters after one number) and 'A'–'C'."""
    ml, mh = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z])", lo), re.fullmatch(r"(\d+(?:\.\d+)?)([a-z])", hi)
    if ml and mh and ml.group(1) == mh.group(1) and ml.group(2) <= mh.group(2):
        return [ml.group(1) + chr(c) for c in range(ord(ml.group(2)), ord(mh.group(2)) + 1)]
    if re.fullmatch(r"[A-Z]", lo) and re.fullmatch(r"[A-Z]", hi) and lo <= hi:
        return [chr(c) for c in range(ord(lo), ord(hi) + 1)]
    return None


def _series_range(lo: str, hi: str) -> list[str] | None:
    """'K1'–'K3': numbers after one series letter."""
    pl, ph = re.fullmatch(r"([A-Z])(\d+)", lo), re.fullmatch(r"([A-Z])(\d+)", hi)
    if pl and ph and pl.group(1) == ph.group(1) and 0 <= int(ph.group(2)) - int(pl.group(2)) <= MAX_RANGE:
        return [f"{pl.group(1)}{k}" for k in range(int(pl.group(2)), int(ph.group(2)) + 1)]
    return None


def _range(lo: str, hi: str) -> list[str]:
    """The ids from lo to hi, in whichever of the id forms both share; else the two ids."""
    return _dotted_range(lo, hi) or _number_range(lo, hi) or _letter_range(lo, hi) or _series_range(lo, hi) or [lo, hi]


def _known(aid: str, listed: set[str]) -> str:
    """'2i' from "bilaga 2 i ansökan" is attachment 2 where the list has a 2 and no 2i."""
    if not listed or aid in listed:
        return aid
    base = re.fullmatch(r"(\d+(?:\.\d+)?)[a-z]", aid)
    return base.group(1) if base and base.group(1) in listed else aid


def _spelled(spec: str) -> bool:
    return any(w in NUMBER_WORDS for w in spec.lower().split())


def _needs_listing(spec: str, aid: str) -> bool:
    """A lettered id ("A", "K1") or one written as a word ("ett") is a reference only where the
    list has it: "bilaga A" may be a sentence's article."""
    return aid[:1].isupper() or _spelled(spec)


def find_refs(lines: list[Line], activity_of: Callable[[Line], str | None], listed: set[str] | None = None) -> list[AttachmentRef]:
    refs: list[AttachmentRef] = []
    listed = listed or set()
    for ln in lines:
        for m in _REF.finditer(ln.text):
            if m.group("word")[:1].isupper() and LIST_HEAD.match(ln.text):
                continue
            if m.group("word").lower() == "bilagan" and _spelled(m.group("spec")):
                continue  # "i bilagan ett par fakturor": the definite form takes no number
            for aid in expand_ref_spec(m.group("spec"), listed):
                aid = _known(aid, listed)
                if _needs_listing(m.group("spec"), aid) and aid not in listed:
                    continue  # "bilaga A", "bilaga ett" only where the list has such an id
                refs.append(AttachmentRef(activity_of(ln), m.group().strip(), aid, ln, ln.start + m.start()))
    return refs


def ids_referred_to(text: str) -> list[str]:
    """The attachments a piece of text refers to by number ("Faktura 2231 … (bilaga 2).", "se bil.
    3 och 4"), as a footnote does; ids in letters or words need the list, so none of those."""
    out: list[str] = []
    for m in _REF.finditer(text):
        out += [aid for aid in expand_ref_spec(m.group("spec")) if not _needs_listing(m.group("spec"), aid)]
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------------------------
# Evidence

LISTED_CONFIDENCE = 0.95  # an item read under a list heading
HEADLESS_CONFIDENCE = 0.85  # an item of a list without a heading, found by its "Bilaga N" lines
LIST_FIELDS = ("attachment_id", "filename", "label", "doc_type", "invoice_number", "counterparty")


def _printed(item: AttachmentItem, fld: str, value: object) -> str:
    """The text of the list item a field was read from."""
    if fld in ("label", "doc_type"):
        return item.label
    return item.filename if fld == "filename" else str(value)


def attachment_evidence(doc, item: AttachmentItem, row: dict) -> list:
    """Evidence rows (table "attachments", key attachment_id) for the fields read from the list
    item's line, and for the file matched to it."""
    from .confidence import listed_item_confidence
    from .evidence import Evidence, EvidenceSource, Provenance, as_text

    ln = item.line
    page = doc.pages[ln.page_no - 1]
    source: EvidenceSource = "text_layer" if page.source == "text_layer" else "ocr"
    line_text = page.text[ln.start : ln.end]
    out = []
    base = LISTED_CONFIDENCE if item.headed else HEADLESS_CONFIDENCE
    for fld in LIST_FIELDS:
        value = row.get(fld)
        if value is None:
            continue
        raw = _printed(item, fld, value)
        at = line_text.find(raw) if raw else -1
        if fld == "attachment_id" and at < 0:
            at = line_text.find(str(value)[0])  # "3 b" printed, "3b" published
            raw = line_text[at : at + len(str(value)) + 1].strip() if at >= 0 else raw
        start, end = (ln.start + at, ln.start + at + len(raw)) if at >= 0 else (ln.start, ln.end)
        prov = Provenance.of_span(page, start, end)  # an OCR page has word boxes too
        out.append(
            Evidence(
                doc.doc_id,
                "attachments",
                row["attachment_id"],
                fld,
                as_text(value),
                raw,
                prov,
                source,
                ("attachment_list",),
                listed_item_confidence(base, fld, page, start, end, item.filename),
            )
        )
    if row.get("file_doc_id"):
        prov = Provenance.of_span(page, ln.start, ln.end)
        out.append(
            Evidence(
                doc.doc_id,
                "attachments",
                row["attachment_id"],
                "file_doc_id",
                row["file_doc_id"],
                item.filename,
                prov,
                source,
                ("file_match",),
                float(row.get("match_score") or 0),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Rows that cite a listed attachment

# a row that opens with an attachment's id: "2.1 Faktura 48812 Falkenbergs Buss AB 2023-07-04 6 400"
_ROW_ID = re.compile(rf"^\s*(?:{_PREFIX})?(?P<id>{_NUM_ID})\s+(?P<rest>\S.*)$", re.IGNORECASE)
ROW_LABEL_MATCH = 85  # fuzzy score at which a row's text restates a listed item's title


def cited_rows(lines: list[Line], items: list[AttachmentItem], activity_of: Callable[[Line], str | None]) -> list[AttachmentRef]:
    """Lines inside the body that open with a listed attachment's id and restate its title (an
    activity's table of the documents behind its sum, a per-activity list): each cites that
    attachment where it stands. The title must agree, so a numbered heading "2.1 Bakgrund" never does."""
    from rapidfuzz import fuzz

    listed = {it.attachment_id: it for it in items}
    own = {id(it.line) for it in items}
    refs = []
    for ln in lines:
        m = _ROW_ID.match(ln.text)
        item = listed.get(normalise_id(m.group("id"))) if m and id(ln) not in own else None
        if m and item and fuzz.partial_ratio(item.label.lower(), m.group("rest").lower()) >= ROW_LABEL_MATCH:
            refs.append(AttachmentRef(activity_of(ln), m.group("id"), item.attachment_id, ln, ln.start + m.start("id")))
    return refs
