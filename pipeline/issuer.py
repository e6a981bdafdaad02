"""Who sends a response when it is not the municipality itself: a municipal company ("AB Gävle
Stadsmiljö", "Skellefteå Trygghetsbolag AB") whose name opens its letterhead or running header."""

from __future__ import annotations

import re

_NAME = r"[A-ZÅÄÖ][\wåäöéÅÄÖ-]+(?:\s+(?:i\s+)?[A-ZÅÄÖ][\wåäöéÅÄÖ-]+){0,3}"
# "AB Växjö Fritid", "Skellefteå Trygghetsbolag AB": the company form before or after the name,
# ending the line or before a dash, comma or bar that goes on with the address or the group
_COMPANY = re.compile(rf"^\s*(?P<name>AB\s+{_NAME}|{_NAME}\s+AB)(?:\s*$|\s+[–|·-]\s|\s*,\s)")


def company_letterhead(lines: list[str]) -> str | None:
    """The company a letterhead line opens with, or None."""
    for ln in lines:
        m = _COMPANY.match(ln)
        if m:
            return m.group("name").strip()
    return None
