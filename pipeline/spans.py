"""Sets of non-overlapping text spans with logarithmic look-ups: scanning a page with tens of
thousands of amounts stays linear (checking each new match against every earlier one took
minutes on a 2 MB page)."""

from __future__ import annotations

from bisect import bisect_right, insort


class Spans:
    """Half-open spans [start, end) that do not overlap one another."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(spans or []):
            self.add(a, b)

    def free(self, a: int, b: int) -> bool:
        """Does [a, b) overlap no span?"""
        i = bisect_right(self._starts, a) - 1  # the last span starting at or before a
        if i >= 0 and self._ends[i] > a:
            return False
        j = i + 1  # the first span starting after a
        return not (j < len(self._starts) and self._starts[j] < b)

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._ends[i] > pos

    def add(self, a: int, b: int) -> None:
        i = bisect_right(self._starts, a)
        self._starts.insert(i, a)
        self._ends.insert(i, b)


def last_at_or_before(sorted_values: list[int], pos: int, default: int = 0) -> int:
    """The greatest value <= pos in a sorted list."""
    i = bisect_right(sorted_values, pos) - 1
    return sorted_values[i] if i >= 0 else default


__all__ = ["Spans", "insort", "last_at_or_before"]
