"""Layout: tables as first-class objects, read from the one page model's word boxes (text layer and
OCR alike)."""

from .tables import LayoutTable, TableCell, find_tables, layout_rows

__all__ = ["LayoutTable", "TableCell", "find_tables", "layout_rows"]
