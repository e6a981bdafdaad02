"""Header-less line items vouched by arithmetic (pipeline/invoicing/receipt_lines.py), on rows
written for this test: count × price = amount, the article above its count row, and items that
do not add up to the total are not kept."""

from __future__ import annotations

from decimal import Decimal as D

from pipeline.ingest import PageText
from pipeline.invoicing.layout import layout
from pipeline.invoicing.numbers import NumberStyle
from pipeline.invoicing.receipt_lines import receipt_lines

COMMA = NumberStyle(",")
TILL = """KAVINE PRIE UPĖS
3 x Kava su pienu 2,80 8,40
1 x Cepelinai 7,90 7,90
IŠ VISO EUR 16,30"""
SHOP = """PALLO JALKAPALLO 5
4 kpl x 24,50 98,00
KARTIOT 20 KPL
2 kpl x 12,90 25,80
YHTEENSÄ 123,80"""


def _lays(text: str):
    return [layout(PageText(1, text, "text_layer"))]


def test_count_times_price_is_the_amount():
    got = receipt_lines(_lays(TILL), COMMA, "EUR", (D("16.30"),))
    assert [(ln["description"], ln["quantity"], ln["unit_price"], ln["amount"]) for ln in got] == [
        ("Kava su pienu", D(3), D("2.80"), D("8.40")),
        ("Cepelinai", D(1), D("7.90"), D("7.90")),
    ]


def test_the_article_stands_on_the_row_above_its_count():
    got = receipt_lines(_lays(SHOP), COMMA, "EUR", (D("123.80"),))
    assert [(ln["description"], ln["unit"], ln["amount"]) for ln in got] == [
        ("PALLO JALKAPALLO 5", "kpl", D("98.00")),
        ("KARTIOT 20 KPL", "kpl", D("25.80")),
    ]


def test_items_that_miss_the_total_are_dropped():
    assert receipt_lines(_lays(TILL), COMMA, "EUR", (D("20.00"),)) == []
