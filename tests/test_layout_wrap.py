"""An aligned table whose row ends with its first cell wrapping onto a line of its own (OCR reads
a table's row line by line): the line belongs to the row; a paragraph after the table does not."""

from __future__ import annotations

from pipeline.layout.tables import Word, _aligned_blocks


def line(top: float, *cells: tuple[float, str]) -> list[Word]:
    """Words of one line: each cell (x, text) split into words 5 points apart per character."""
    words = []
    for x, text in cells:
        for part in text.split():
            words.append(Word(part, 0, len(part), (x, top, x + 5 * len(part), top + 8), 1))
            x += 5 * len(part) + 4
    return words


def test_a_first_cell_wrapping_on_the_last_row_stays_in_the_table():
    rows = [
        line(84, (60, "Bidrag till lovaktiviteter Ref 4402"), (260, "2024-06-05"), (350, "IK Stjärnan fotboll")),
        line(100, (60, "Bidrag till lovaktiviteter"), (260, "2024-06-12"), (350, "Friskis Norr simskola")),
        line(111, (60, "Ref 4411"), (350, "för barn")),
        line(127, (60, "Bidrag till lovaktiviteter"), (260, "2024-06-19"), (350, "Scouterna hajk")),
        line(138, (60, "Ref 4418")),  # the row's last line: only the first cell wraps
        line(160, (60, "4. Sommarkollo (44 000 kronor) och en mening som löper över sidan")),
    ]
    blocks = _aligned_blocks(rows)
    assert len(blocks) == 1
    assert [" ".join(w.text for seg in segs for w in seg) for segs in blocks[0]][-1] == "Ref 4418"
    assert len(blocks[0]) == 5
