"""The Swedish grammar: a table of real-world strings with expected values, and properties."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish import (
    find_dates,
    find_emails,
    find_giro,
    find_money,
    find_org_numbers,
    find_phones,
    find_quantities,
    luhn_ok,
    parse_amount,
    parse_number,
)

D = Decimal

# (text, [(value, currency), ...]) — from the seeds and corpus, and written for the genre.
MONEY = [
    ("1. Street sessions (438 711,88 kronor)", [("438711.88", "SEK")]),
    ("Hyran var 12 500,- kr per månad.", [("12500", "SEK")]),
    ("Kommunen betalade 500,-.", [("500", "SEK")]),
    ("Totalt 1 200,- SEK för bussen.", [("1200", "SEK")]),
    ("Botkyrka kommun delar Socialstyrelsens bedömning och återför 200 000:-", [("200000", "SEK")]),
    ("Högt räknat har respektive utbildning kostat 540 kr per medarbetare.", [("540", "SEK")]),
    ("I vanliga fall kostar en termins deltagande 300 kronor.", [("300", "SEK")]),
    (
        "Aktiviteten genomfördes delvis 2023 (motsvarande 20 006,25 kronor) och delvis 2024 (motsvarande 18 123,24 kronor).",
        [("20006.25", "SEK"), ("18123.24", "SEK")],
    ),
    ("den initiala beräkningen var att mentorsfamiljerna skulle ersättas med 20 000 kr.", [("20000", "SEK")]),
    ("en ersättning på 24 000 kronor valde socialförvaltningen", [("24000", "SEK")]),
    ("Utöver detta skjuter kommunstyrelsen till 19,7 miljoner kronor i ett tilläggsanslag", [("19700000", "SEK")]),
    ("att rikta sex miljoner kronor till en satsning", [("6000000", "SEK")]),
    ("höjer lönen med 2000 kronor per månad", [("2000", "SEK")]),
    ("SEK 17 500", [("17500", "SEK")]),
    ("17 500 SEK", [("17500", "SEK")]),
    ("97 310,40 kronor", [("97310.40", "SEK")]),
    ("ramen är 120 tkr", [("120000", "SEK")]),
    ("budgeten 3,5 mnkr", [("3500000", "SEK")]),
    ("knappt 2,4 miljarder kronor", [("2400000000", "SEK")]),
    ("en halv miljon kronor", [("500000", "SEK")]),
    ("tjugo tusen kronor", [("20000", "SEK")]),
    ("tre kvarts miljon kronor", [("750000", "SEK")]),
    ("en och en halv miljon kronor", [("1500000", "SEK")]),
    ("bidraget på 3,2 miljoner till föreningarna", [("3200000", "SEK")]),
    ("kostnaden blev 0,8 miljoner för hela året", [("800000", "SEK")]),
    ("1\u00a0234,56 kr", [("1234.56", "SEK")]),
    ("1\u2009234,56 kr", [("1234.56", "SEK")]),
    ("1\u202f234\u202f567,89 kr", [("1234567.89", "SEK")]),
    ("1.234,56 kr", [("1234.56", "SEK")]),
    ("1,234.56 kr", [("1234.56", "SEK")]),
    ("$1,240.00", [("1240.00", "USD")]),
    ("€ 1 240,00", [("1240.00", "EUR")]),
    ("EUR 310.75", [("310.75", "EUR")]),
    ("310,75 EUR", [("310.75", "EUR")]),
    ("1 500 euro", [("1500", "EUR")]),
    ("-1 740,00 kr", [("-1740.00", "SEK")]),
    ("Kreditering −2 500,00 kr", [("-2500.00", "SEK")]),
    ("Summa exkl. moms 12 000,00 kr", [("12000.00", "SEK")]),
    ("Moms 25 % 3 000,00 kr", [("3000.00", "SEK")]),
    ("Att betala 15 000,00 kr", [("15000.00", "SEK")]),
    ("Moms 0 % 0,00 kr", [("0.00", "SEK")]),
    ("2023-12-07 500 kr", [("500", "SEK")]),
    ("totalt 10 804 406,32 kronor återkrävs", [("10804406.32", "SEK")]),
    ("Belopp som återkrävs: 88 400 kr", [("88400", "SEK")]),
    ("medger återbetalning av 50 000 kronor av beloppet", [("50000", "SEK")]),
    ("godtar att 120 000 kr återbetalas", [("120000", "SEK")]),
    ("10–15 miljoner kronor", [("10000000", "SEK"), ("15000000", "SEK")]),
    ("mellan 5 och 7 kr", [("7", "SEK")]),
    ("kostade 1 200 kr.", [("1200", "SEK")]),
    ("(4 318 001 kronor)", [("4318001", "SEK")]),
    ("kostnaden 50 635,80 kronor", [("50635.80", "SEK")]),
    ("arvode 5 000 kr/månad", [("5000", "SEK")]),
    ("ca 45 000 kronor", [("45000", "SEK")]),
    ("drygt 1,2 miljoner kronor", [("1200000", "SEK")]),
    ("cirka 300 000 kr", [("300000", "SEK")]),
    ("200000:-", [("200000", "SEK")]),
    ("25 000 :-", [("25000", "SEK")]),
    ("Belopp 1 740 kr och 2 000 kr", [("1740", "SEK"), ("2000", "SEK")]),
    ("1 000 000 kronor", [("1000000", "SEK")]),
    ("99,50 kr", [("99.50", "SEK")]),
    ("5 kr", [("5", "SEK")]),
    ("12 mkr", [("12000000", "SEK")]),
    ("4,5 miljarder kronor", [("4500000000", "SEK")]),
    ("femtio tusen kronor", [("50000", "SEK")]),
    ("hundra tusen kronor", [("100000", "SEK")]),
    ("två miljoner kronor", [("2000000", "SEK")]),
    ("tio miljoner kronor", [("10000000", "SEK")]),
    ("USD 99.99", [("99.99", "USD")]),
    ("GBP 10.00", [("10.00", "GBP")]),
    ("Pris: 1 299 kr inkl. moms", [("1299", "SEK")]),
    ("totalt 3 000 kronor (exkl. moms)", [("3000", "SEK")]),
    ("5. Folklab Hallunda Folkets Hus (550 000 kronor)", [("550000", "SEK")]),
    ("7. Digitala berättelser/Hemma i Botkyrka (1 715 583,39 kronor) 9", [("1715583.39", "SEK")]),
    ("Kommunen har fått 250 tkr och 1,5 mnkr", [("250000", "SEK"), ("1500000", "SEK")]),
    ("Totalt 4 318 001 kr har återkrävts.", [("4318001", "SEK")]),
    ("Beloppet uppgår till 12 345 678,90 kronor.", [("12345678.90", "SEK")]),
    ("Rabatt -500 kr", [("-500", "SEK")]),
    ("Summa 1\u00a0740,00\u00a0kr", [("1740.00", "SEK")]),
    ("ett anslag om 19,7 miljoner i budgeten", [("19700000", "SEK")]),
    # the currency word first, as some house styles write it
    ("nämnden återbetalar totalt kronor 215 900.", [(215900, "SEK")]),
    # thousands marked with a prime, as some letters write them
    ("återkräva 205' kr av de 980' kr som kommunen fick", [(205000, "SEK"), (980000, "SEK")]),
    ("godtar 12,5’ kr", [(12500, "SEK")]),
    ("3. Simskola i Rinkeby, kronor 12 750", [(12750, "SEK")]),
    ("Kronor 9 650,50 återbetalas", [(9650.50, "SEK")]),
]

NOT_MONEY = [
    "Kommunens 2' ansökan",
    "Utbetalt belopp i kronor 2023 och 2024",
    "belopp i kronor 1 januari",
    "Bidnr 9698",
    "2023-09-19",
    "Fakturanummer 939787",
    "Aktiviteten 2023 fakturerades under 939787 och 939863",
    "med fakturadatum 231207",
    "Regeringens uppdrag (A2020/02651)",
    "Skr. 2023/24:68",
    "Dnr KS 2023/118",
    "072-148 8109",
    "08-530 620 40",
    "Org.nr 559000-0112",
    "Moms 25 %",
    "Se sida 4",
    "(Bilagor 19.1-19.16)",
    "bilaga 27.1",
    "3,2 miljoner invånare",
    "ca 2000 medarbetare",
    "15 tjänster",
    "19.12",
    "Sida 3 (30)",
    "drygt 90 000 invånare",
    "Bankgiro 5050-1055",
    "år 2024",
    "V.47 Vi mot Våldet",
    "cirka 1000 personer",
    "mellan 18-21 år",
    "Tel:073-421 85 00",
    "Kundnummer 10042",
    "OCR 939787",
    "kl. 12:30",
    "Antal 1500",
    "3x1 m",
    "LS/CMI",
    "18.3-redovisning av Lokalsamhälle och våld.pdf",
    "Box 1120",
    "141 22 Huddinge",
    "under 2023 och 2024",
    "SE559000011201",
]

QUANTITIES = [
    ("Ytterligare 15 tjänster ska tillsättas", 15, "tjänst", False),
    ("Lägret samlade ett 30-tal ungdomar", 30, "ungdom", True),
    ("Kommunen hyrde 2 st bussar", 2, "buss", False),
    ("Satsning med åtta nya tjänster", 8, "tjänst", False),
    ("varav fem erfarna socialsekreterare som ska förstärka", 5, "socialsekreterare", False),
    ("Cirka 1000 personer besökte julmarknaden", 1000, "person", True),
    ("kommun med drygt 90 000 invånare", 90000, "invånare", True),
    ("8 av 10 skolor deltog", 8, "skola", False),
    ("samt tre tjänster som ger riktade insatser", 3, "tjänst", False),
    ("utbilda fem familjebehandlare samt vissa utredare", 5, "familjebehandlare", False),
    ("Luciatåget bestod av ca 20 barn i sällskap", 20, "barn", True),
    ("Julmarknaden lockade cirka 500 besökare.", 500, "besökare", True),
    ("15 olika aktörer medverkade", 15, "aktör", False),
    ("allt som allt 200 julklappar", 200, "julklapp", False),
    ("Cirka 40 elever medverkade", 40, "elev", True),
    ("Aktiviteten lockade cirka 300 personer", 300, "person", True),
    ("Två tjänster är samordning", 2, "tjänst", False),
    ("minst 15 tjänster", 15, "tjänst", True),
]

NOT_QUANTITIES = [
    "under 2023 anordnat",
    "Under 2023 genomfördes aktiviteterna",
    "år 2024 blev det",
    "Sida 3 (30)",
    "2023-09-19 Korpen",
    "1. Street sessions",
    "en av aktiviteterna",
]

DATES = [
    ("2025-01-17", date(2025, 1, 17)),
    ("Invoice date: 14/09/2023", date(2023, 9, 14)),
    ("Date 09/14/2023", date(2023, 9, 14)),  # a US supplier: 14 cannot be a month
    ("Fakturadatum 05/06/2023", date(2023, 6, 5)),  # day first, as in Sweden
    ("Datum 14-09-2023", date(2023, 9, 14)),
    ("September 14, 2023", date(2023, 9, 14)),
    ("Faktura utställd 2023-9-4", date(2023, 9, 4)),
    ("17 januari 2025", date(2025, 1, 17)),
    ("09 juni 2022", date(2022, 6, 9)),
    ("03 september 2021", date(2021, 9, 3)),
    ("Den 13 december besökte ett luciatåg", date(2023, 12, 13)),
    ("30.1.2025 12:30:00 CET", date(2025, 1, 30)),
    ("med fakturadatum 231207", date(2023, 12, 7)),
    ("Publicerad: 2023-11-02", date(2023, 11, 2)),
    ("Lördagen den 16 december bjöd", date(2023, 12, 16)),
    ("den 1 mars 2024", date(2024, 3, 1)),
    ("2024/02/29", date(2024, 2, 29)),
    ("Förfallodatum 2024-01-06", date(2024, 1, 6)),
]

PHONES = [
    ("072-148 8109", "+46721488109"),
    ("08-530 620 40", "+46853062040"),
    ("Tel:073-421 85 00lennart.agen@botkyrka.se", "+46734218500"),
    ("+46 8 530 610 00", "+46853061000"),
    ("0570-123 45", "+4657012345"),
    ("Tel: 076-830 58 86", "+46768305886"),
    ("072-740 61 80", "+46727406180"),
    ("08-530 610 00", "+46853061000"),
    ("+46 (0)8 530 610 00", "+46853061000"),
    ("0046 72 148 81 09", "+46721488109"),
]

ORGS = [
    ("Org.nr 559000-0112", "559000-0112"),
    ("Organisationsnummer: 202100-0076", "202100-0076"),
    ("orgnr 5590000237", "559000-0237"),
    ("Org.nr 559000-0419 | Momsreg.nr SE559000041901", "559000-0419"),
]


@pytest.mark.parametrize("text,expected", MONEY)
def test_money(text, expected):
    got = [(m.value, m.currency) for m in find_money(text)]
    assert got == [(D(v).quantize(D("0.01")), c) for v, c in expected]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text,value,unit,approx", QUANTITIES)
def test_quantities(text, value, unit, approx):
    from pipeline.nlp import noun_lemma

    qs = [(q.value, noun_lemma(q.unit), q.approximate) for q in find_quantities(text)]
    assert (float(value), unit, approx) in qs


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text,expected", DATES)
def test_dates(text, expected):
    assert find_dates(text, default_year=2023)[0].value == expected


@pytest.mark.parametrize("text,expected", PHONES)
def test_phones(text, expected):
    assert [p.value for p in find_phones(text)] == [expected]


@pytest.mark.parametrize("text,expected", ORGS)
def test_org_numbers(text, expected):
    assert [o.value for o in find_org_numbers(text)] == [expected]


def test_org_number_luhn_rejects():
    assert find_org_numbers("Org.nr 559000-0113") == []
    assert luhn_ok("5590000112") and not luhn_ok("5590000113")


def test_emails_and_giro():
    assert [e.value for e in find_emails("Tel:073-421 85 00lennart.agen@botkyrka.seBilder")] == ["lennart.agen@botkyrka.se"]
    assert [e.value for e in find_emails("E-post: fanny.svenneke.asberg@botkyrka.se")] == ["fanny.svenneke.asberg@botkyrka.se"]
    assert [(g.kind, g.value) for g in find_giro("Bankgiro 5050-1055 | Plusgiro 12 34 56-7")][0] == ("bankgiro", "5050-1055")


def test_ranges_are_flagged():
    ms = find_money("10–15 miljoner kronor")
    assert [m.range_part for m in ms] == [1, 2]


def test_offsets_point_at_the_text():
    text = "Kommunen återför 200 000:- till staten och 540 kr till annat."
    for m in find_money(text):
        assert text[m.start : m.end] == m.raw


def test_table_size():
    n = len(MONEY) + len(NOT_MONEY) + len(QUANTITIES) + len(DATES) + len(PHONES) + len(ORGS)
    assert n >= 150


# ---------------------------------------------------------------------------------------------
# Properties: any Decimal written in each supported Swedish style parses back exactly.

amounts = st.decimals(min_value=D("0.00"), max_value=D("999999999.99"), places=2, allow_nan=False, allow_infinity=False)


def _group(intpart: int, sep: str) -> str:
    s = str(intpart)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return sep.join(groups)


def _styles(v: Decimal) -> list[tuple[str, Decimal]]:
    q = v.quantize(D("0.01"))
    ip, frac = divmod(q, 1)
    cents = f"{int(frac * 100):02d}"
    ip = int(ip)
    out = [
        (f"{_group(ip, ' ')},{cents} kr", q),
        (f"{_group(ip, chr(0xA0))},{cents} kronor", q),
        (f"{_group(ip, chr(0x2009))},{cents} SEK", q),
        (f"SEK {_group(ip, ' ')},{cents}", q),
        (f"{_group(ip, ' ')}:-", D(ip)),
        (f"€ {_group(ip, ' ')},{cents}", q),
    ]
    if ip >= 1000:
        out.append((f"{_group(ip, '.')},{cents} kr", q))
        out.append((f"${_group(ip, ',')}.{cents}", q))
    return out


@settings(max_examples=300, deadline=None)
@given(amounts)
def test_property_styles_parse_back(v):
    for text, expected in _styles(v):
        got = find_money(f"Kostnaden var {text} enligt underlaget.")
        assert [m.value for m in got] == [expected.quantize(D("0.01"))], text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1900, max_value=2099), st.integers(1, 12), st.integers(1, 28))
def test_property_years_and_dates_are_never_money(y, m, d):
    assert find_money(f"Under {y} genomfördes aktiviteten, den {y}-{m:02d}-{d:02d}.") == []


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=100000, max_value=9999999999))
def test_property_ids_are_never_money(n):
    assert find_money(f"Fakturanummer {n}, Bidnr {n % 100000}, dnr {n % 10000}/{n % 100}") == []


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["070", "072", "073", "076", "08", "031", "0570"]), st.integers(1000000, 9999999))
def test_property_phones_are_never_money(area, rest):
    s = str(rest)
    text = f"Ring {area}-{s[:3]} {s[3:5]} {s[5:]} för frågor."
    assert find_money(text) == []
    assert find_phones(text)[0].value.startswith("+46")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=100000000, max_value=999999999))
def test_property_org_numbers_are_never_money(n):
    digits = str(n)
    check = next(c for c in "0123456789" if luhn_ok(digits + c))
    org = f"{digits[:6]}-{digits[6:]}{check}"
    assert find_money(f"Org.nr {org}") == []
    assert [o.value for o in find_org_numbers(f"Org.nr {org}")] == [org]


@given(amounts)
def test_property_parse_amount_round_trip(v):
    q = v.quantize(D("0.01"))
    ip, frac = divmod(q, 1)
    assert parse_amount(f"{_group(int(ip), ' ')},{int(frac * 100):02d}") == q
    assert parse_number(f"{_group(int(ip), ' ')},{int(frac * 100):02d}") == q


@pytest.mark.parametrize(
    ("heading", "title", "amount"),
    [
        ("Simskola i Rinkeby, kronor 12 750", "Simskola i Rinkeby", "12750.00"),
        ("Läxhjälp – SEK 9 400", "Läxhjälp", "9400.00"),
        ("Nattvandring kronor 2023", "Nattvandring kronor 2023", None),
    ],
)
def test_a_heading_ends_in_its_amount_with_the_currency_first(heading: str, title: str, amount: str | None) -> None:
    from pipeline.structure import split_amount

    got_title, got_amount = split_amount(heading)
    assert got_title == title
    assert got_amount == (D(amount) if amount else None)


def test_an_amount_in_words_with_its_digits_in_brackets_is_one_mention() -> None:
    # "tolvtusen (12 000) kronor": the digits in brackets carry the currency after the bracket
    ms = find_money("återbetalar hela beloppet, sjutusen (7 000) kronor, och ytterligare (2 500) kr senare")
    assert [m.value for m in ms] == [Decimal("7000"), Decimal("2500")]
    assert [m.value for m in find_money("Aktiviteten (nr 4) kronor saknas")] == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("Kommunen återbetalar 15 000 svenska kronor av beloppet.", ["15000.00"]),
        ("återkravet uppgår till 7 250 Svenska kronor", ["7250.00"]),
        ("Insats 2 – Utflykter ........................ 9.950:-", ["9950.00"]),
        ("Ledare … … … 41.200:-", ["41200.00"]),
        ("3. Mentorer 104.000:-12.000:-", ["104000.00", "12000.00"]),
        ("Summa 229.750:-50.400:-", ["229750.00", "50400.00"]),
        ("Nämnden medger kr. 9 500 av kravet", ["9500.00"]),
        ("dnr 9.1-58814/2024 om 5 000 kr", ["5000.00"]),
    ],
)
def test_money_after_a_leader_run_together_or_in_svenska_kronor(text: str, values: list[str]) -> None:
    assert [str(m.value) for m in find_money(text)] == values


def test_ksek_counts_thousands_of_kronor() -> None:
    assert [str(m.value) for m in find_money("146 KSEK, 12,5 KSEK och 293,05 ksek")] == ["146000.00", "12500.00", "293050.00"]


# amounts in the marks and word forms other house styles print (issue 13 point 4)
MARK_AND_WORD_FORMS = [
    ("Återkrävt: 42 500:–", ["42500"]),  # colon and en dash
    ("betalade 500,— kr för fika", ["500"]),  # comma and em dash
    ("Återkrävt belopp: 48 250:00 kr", ["48250"]),  # the old kronor:öre form
    ("Sammantaget godtar kommunen 56 300:50 kr.", ["56300.50"]),
    ("återkräva Kr 234.300 av statsbidraget", ["234300"]),  # the currency first, capitalised
    ("Återkrav SEK 54.250,75.", ["54250.75"]),  # a sentence's full stop after dot-grouped öre
    ("Totalt 1,234.50 EUR, varav moms.", ["1234.50"]),
    ("Av beloppet avser sextusen kronor lönen.", ["6000"]),  # a number-word compound
    ("en gåva om fyrtiotvåtusen femhundra kronor", ["42500"]),
    ("Hyra och material om 4 000 respektive 2 500 kronor är styrkta.", ["4000", "2500"]),  # coordinated
    ("en ram på 1,5 och 0,5 miljoner kronor för 2022 och 2023", ["1500000", "500000"]),
    ("posterna 12 000, 8 000 och 3 000 kr", ["12000", "8000", "3000"]),
    ("mellan 500 och 1 000 kronor per deltagare", ["500", "1000"]),
    ("Socialstyrelsen avser att återkräva 42 500\nkronor för gården", ["42500"]),  # the currency wrapped to the next line
    ("nämligen 12 000 (tolvtusen) kronor, och", ["12000"]),  # the words in brackets
]
NOT_COORDINATED = [
    ("se bilaga 2 och 3 000 kronor för hyran", ["3000"]),  # an attachment's id
    ("under 2023 och 3 000 kronor därtill", ["3000"]),  # a year
    ("aktivitet 4, 12 000 kronor", ["12000"]),
    ("Kommunen har 15 och 20 000 kronor", ["20000"]),  # a small bare number
    ("mötet kl. 18:30 och 200 kr i avgift", ["200"]),  # a time is no öre
    ("hundratals kronor", []),
    ("Summa 12 000\nkronor i tabellen", []),  # a short line ending in a number: a cell, no wrapped sentence
]


@pytest.mark.parametrize("text,values", MARK_AND_WORD_FORMS + NOT_COORDINATED)
def test_amount_marks_words_and_coordination(text, values):
    assert [m.value for m in find_money(text)] == [D(v).quantize(D("0.01")) for v in values]


def test_raw_text_keeps_the_printed_marks():
    text = "Återkrävt: 42 500:– och 16 400:50 kr"
    assert [m.raw for m in find_money(text)] == ["42 500:–", "16 400:50 kr"]
    assert parse_amount("42 500:–") == D("42500.00") and parse_amount("48 250:00") == D("48250.00")
