"""Where the letter itself starts in a file printed from a case-management system: a document card
("Ärendeblad", "Dokumentkort": print time, registration date, counterparty, the case's documents)
may stand before it as page 1. The letter's sender and date are on the page where it opens with
its title, not on the card.

The rule is about what a response's first page carries, not about a card's wording: the first page
names no municipality as sender, and a later page opens with the response's title; that page is
where the letterhead and the letter's own date are read.
"""

from __future__ import annotations

from collections.abc import Callable

from .response_cues import RESPONSE_TITLE

LETTER_START_PAGES = 3  # a card or cover runs at most two pages before the letter
TITLE_LINES = 15  # the letterhead, address block and date stand above the title near the page's top


def opens_with_title(page_text: str) -> bool:
    """The page's first lines carry a response's title ("Yttrande över …", "Svar på …")."""
    return any(RESPONSE_TITLE.search(ln) for ln in page_text.split("\n")[:TITLE_LINES])


def letter_start(pages: list[str], names_sender: Callable[[str], bool]) -> int:
    """The index of the page where the letter opens: the first page with a title among the first
    pages, where page 1 has none and names no municipality (`names_sender`): a page 1 with either
    is the letter's own."""
    if not pages or opens_with_title(pages[0]) or names_sender(pages[0]):
        return 0
    return next((k for k, text in enumerate(pages[:LETTER_START_PAGES]) if k and opens_with_title(text)), 0)
