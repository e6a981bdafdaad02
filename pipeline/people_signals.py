"""A person known by an e-mail address that spells the name beside it.

A contact block need not carry a label the lexicon knows: a form's field ("Kontaktperson,
telefon, e-post Henrik Brännström, 0950-…"), a line "Frågor besvaras av" over the name, the
phone and the address. What makes a name-shaped pair of words a person there is a second,
independent signal: an e-mail address close after it whose local part spells both words
("henrik.brannstrom@…"). A department's address ("socialnamnden@…") spells no one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .swedish import find_emails

ADDRESS_REACH = 160  # characters before an address where the name it spells may stand


def folded(text: str) -> str:
    """Lower case without diacritics: 'Brännström' → 'brannstrom', as an address spells it."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


@lru_cache(maxsize=4)
def _name_pair(name_tok: str) -> re.Pattern[str]:
    # two or three words: "Fanny Svenneke Åberg" is one name, not "Fanny Svenneke" and more
    return re.compile(rf"(?<![\w-])(?P<name>{name_tok}(?:[ \t]+{name_tok}){{1,2}})(?![\w-])")


def _spells(local: str, name: str) -> bool:
    """The address spells the name's first two words (a third may be left out or shortened)."""
    parts = [folded(t) for t in name.split()[:2]]
    return all(len(p) >= 2 and p in local for p in parts)


def spelled_by_address(text: str, name_tok: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, e-mail) for each address whose local part spells the nearest
    name-shaped pair of words before it."""
    out = []
    for em in find_emails(text):
        local = folded(em.value.split("@")[0])
        lo = max(0, em.start - ADDRESS_REACH)
        pairs = [m for m in _name_pair(name_tok).finditer(text, lo, em.start) if _spells(local, m.group("name"))]
        if pairs:
            m = pairs[-1]
            out.append((m.start("name"), m.end("name"), m.group("name"), em.value.lower()))
    return out


# An address OCR misread: the "@" read as "&", "Q", "©" or "(at)", a space after a dot, the last dot
# as ":" or ",". What makes it the person's address is that its local part spells the name.
_MISREAD_ADDRESS = re.compile(
    r"(?P<local>[a-z]{2,}(?:\.[ \t]?[a-z]{2,}){1,2})[ \t]?(?:@|&|Q|©|®|\(at\))[ \t]?"
    r"(?P<domain>[a-z0-9-]{2,}(?:[.:,][a-z0-9-]{2,})*?)[.:,](?P<tld>se|nu|com|org|net|eu)\b"
)
MISREAD_REACH = 250  # characters after a name where its contact line's address may stand


def misread_address(text: str, name: str, start: int) -> str | None:
    """The e-mail address of `name` where OCR misread it ("petter. ohlsson &ronneby:se"), read
    after the name and accepted only where its local part spells the name."""
    for m in _MISREAD_ADDRESS.finditer(text, start, start + MISREAD_REACH):
        local = re.sub(r"[ \t]", "", m.group("local"))
        if _spells(local, name):
            domain = re.sub(r"[:,]", ".", m.group("domain"))
            return f"{local}@{domain}.{m.group('tld')}"
    return None


# --------------------------------------------------------------------------------------------
# The evidence for a person: which independent signals agree that the name is a person's

SIGNATURE_REACH = 6  # lines under a greeting where a signer's name stands
_GREETING = re.compile(r"(?im)^[ \t]*(?:med )?(?:vänlig(?:a)?|bästa) hälsning(?:ar)?|^[ \t]*hälsningar\b")


def _signed(text: str, start: int) -> bool:
    """The name stands a few lines under a greeting: a signature."""
    above = text[:start].split("\n")[-SIGNATURE_REACH - 1 :]
    return any(_GREETING.search(line) for line in above)


def person_signals(person: dict, text: str, start: int) -> list[str]:
    """The readings that agree that `person` (a people row) is one: a name-shaped pair of words,
    and a title, a party, a phone, an e-mail, an e-mail that spells the name, a signature."""
    signals = ["name_shape"]
    signals += [f for f in ("role", "party", "phone", "email") if person.get(f)]
    email = person.get("email")
    if email and _spells(folded(email.split("@")[0]), person["name"]):
        signals.append("email_spells_name")
    if _signed(text, start):
        signals.append("signature")
    return signals


def people_evidence(doc, rows: list[dict]) -> list:
    """An `evidence` row per person: where the name was first read, the signals that agree and
    a confidence from how many they are (pipeline.evidence.agreement_confidence)."""
    from .evidence import Evidence, EvidenceSource, Provenance, agreement_confidence

    pages = {p.page_no: p for p in doc.pages}
    out = []
    for person in rows:
        page = pages.get(person.get("page"))
        start = page.text.find(person["name"]) if page is not None else -1
        if page is None or start < 0:
            continue
        signals = person_signals(person, page.text, start)
        prov = Provenance.of_span(page, start, start + len(person["name"]))
        source: EvidenceSource = "ocr" if page.source == "ocr" else "text_layer"
        conf = agreement_confidence(len(signals))
        out.append(
            Evidence(doc.doc_id, "people", person["name"], "name", person["name"], person["name"], prov, source, tuple(signals), conf)
        )
    return out
