"""A claim split over grant-year columns ('2021 | 2022 | 2023', 'År 2022', 'Bidragsår 2023'):
the agency reclaims per activity and year, and the activity's claim is the row's sum, stated
nowhere as one figure. A dash or an empty cell is no amount that year."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import LayoutTable, TableCell

YEAR_ROLE = "year"
_YEAR_HEADER = re.compile(r"^(?:(?:bidrags)?år\s+)?(?:19|20)\d{2}(?:\s*\((?:kr|sek|kronor)\))?$", re.I)


def is_year_header(text: str) -> bool:
    """A header cell naming one grant year."""
    return bool(_YEAR_HEADER.match(text.strip()))


def year_claim(table: LayoutTable, row: list[TableCell]) -> Decimal | None:
    """The row's claim as the sum of its year cells, where the table has no claim column of its
    own and the row states an amount in at least one year."""
    from .activities import cell_amount

    cols = [k for k, (_, role, _) in enumerate(table.columns) if role == YEAR_ROLE]
    amounts = [cell_amount(row[k].text) for k in cols if row[k].text.strip()]
    stated = [a for a in amounts if a is not None]
    return sum(stated, Decimal(0)) if stated else None
