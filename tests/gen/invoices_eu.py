"""Invoices from twelve EU suppliers in languages and layouts no other corpus here has: Czech,
Slovak, Lithuanian, Latvian, Portuguese, Hungarian, Croatian, Greek, Romanian, Slovenian, Irish
(English, euro) and Maltese, all to Swedish municipalities.

What varies: the title word and its compounds ("FAKTURA – DAŇOVÝ DOKLAD", "PVM SĄSKAITA FAKTŪRA",
"ΤΙΜΟΛΟΓΙΟ"), the labels of number, dates and sums, the number format ("1 234,56", "1.234,56",
"1234,56", "€1,234.56", whole forints "152 400 Ft"), the date format ("05.10.2023.", "5. 10. 2023",
"2023.10.05.", "21-10-2023", "5 October 2023", "2023. gada 12. oktobrī"), where the head fields
stand (label: value on the right, a grid of labels over values, a letter's window address), VAT
per line or not, VAT as lines per rate or as a table by rate with a sum row, a whole-crown rounding
line (Czech), and a line table that runs over two pages (Slovak).

The expected values are the generator's own data, written before the pipeline ran on any of them:
net = the lines' sum, VAT per rate = rate × base rounded half up, total = net + VAT; `amount_due`
where the invoice asks for a rounded figure.

    python tests/gen/invoices_eu.py [OUT_DIR]   (default tests/data/invoices_eu)"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from invoices_world import Page, _register_fonts, money, r2  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "invoices_eu"
ROW = 14


@dataclass
class Line:
    description: str
    quantity: D
    unit: str
    unit_price: D
    rate: D

    @property
    def amount(self) -> D:
        return r2(self.quantity * self.unit_price)


@dataclass
class Spec:
    name: str
    language: str
    currency: str
    title: str
    seller: list[str]
    buyer: list[str]
    head: list[tuple[str, str]]  # (label, value as printed)
    columns: list[str]  # description, quantity, unit, unit price, [VAT %], amount headers
    lines: list[Line]
    fmt: str  # "space" 1 234,56 | "dot" 1.234,56 | "bare" 1234,56 | "en" 1,234.56 | "whole" 1 234
    expected: dict
    net_label: str = ""
    vat_label: str = ""  # "{rate}" is replaced by the rate
    total_label: str = ""
    due_label: str = ""  # the amount to pay, where it is printed apart from the total
    rounding_label: str = ""
    vat_table: list[str] = field(default_factory=list)  # headers rate/base/VAT/gross and the sum row's label
    per_line_vat: bool = False
    head_style: str = "right"  # right | grid | left
    sign: str = ""  # a currency sign printed after ("€", "Kč", "lei", "Ft") or before ("€" with en)
    footer: list[str] = field(default_factory=list)
    rows_per_page: int = 40
    continued: tuple[str, str] = ("", "")  # what page 1 says at its foot and page 2 at its head
    font: str = "DV"
    paired: bool = False  # per rate a base line over a tax line ("Данъчна основа 9 %" / "ДДС 9 %")
    repeat_head: bool = False  # title, number and date atop every page (a running header)
    note: str = ""  # a line under the totals ("keine Umsatzsteuer berechnet")

    def amt(self, v: D, sign: bool = False) -> str:
        if self.fmt == "whole":
            s = money(v, " ", ",")[:-3]
        else:
            group, dec = {"space": (" ", ","), "dot": (".", ","), "bare": ("", ","), "en": (",", ".")}[self.fmt]
            s = money(v, group, dec)
        if not sign or not self.sign:
            return s
        return f"{self.sign}{s}" if self.fmt == "en" else f"{s} {self.sign}"

    def rate(self, r: D) -> str:
        s = f"{r.normalize():f}"
        return s.replace(".", ",") if self.fmt != "en" else s


def by_rate(lines: list[Line], whole: bool = False) -> list[tuple[D, D, D]]:
    """(rate, base, VAT) per rate, VAT rounded half up (to whole units for forints)."""
    q = D("1") if whole else D("0.01")
    rates = sorted({ln.rate for ln in lines})
    out = []
    for r in rates:
        base = sum((ln.amount for ln in lines if ln.rate == r), D(0))
        out.append((r, base, (base * r / 100).quantize(q, rounding=ROUND_HALF_UP)))
    return out


def expect(spec_lines: list[Line], whole: bool = False, **kw) -> dict:
    rows = by_rate(spec_lines, whole)
    net = sum((b for _r, b, _v in rows), D(0))
    vat = sum((v for _r, _b, v in rows), D(0))
    out = dict(
        net=f"{net:.2f}",
        vat=f"{vat:.2f}",
        total=f"{net + vat:.2f}",
        lines=len(spec_lines),
        line_sum=f"{sum((ln.amount for ln in spec_lines), D(0)):.2f}",
        vat_rates=[f"{r.normalize():f}" for r, _b, _v in rows],
    )
    out.update(kw)
    return out


def L(desc: str, qty: str, unit: str, price: str, rate: str) -> Line:  # noqa: N802
    return Line(desc, D(qty), unit, D(price), D(rate))


CZ_LINES = [
    L("Pronájem sportovní haly, 4 hodiny", "3", "ks", "1850.00", "21"),
    L("Trenérské služby – florbal", "12", "hod", "640.00", "21"),
    L("Občerstvení pro účastníky", "45", "ks", "89.00", "12"),
    L("Tištěné materiály", "30", "ks", "24.50", "21"),
]
SK_LINES = [L(f"Tréningový dres, veľkosť {s}, č. {n}", "1", "ks", f"{18 + n % 5}.90", "20") for n in range(1, 31) for s in ["M"]][:30]
SK_LINES += [L("Doprava a balné", "1", "ks", "45.00", "20"), L("Brožúra Pohyb pre všetkých", "10", "ks", "7.40", "10")]
LT_LINES = [
    L("Jaunimo darbuotojų mokymai, 2 dienos", "1", "vnt.", "1950.00", "21"),
    L("Mokymo medžiaga", "22", "vnt.", "12.30", "21"),
    L("Kavos pertraukos", "44", "vnt.", "5.75", "21"),
]
LV_LINES = [
    L("Āra vingrošanas laukuma projektēšana", "1", "gab.", "3200.00", "21"),
    L("Būvuzraudzība", "16", "st.", "48.00", "21"),
]
PT_LINES = [
    L("Estadia em albergue, quarto partilhado", "18", "noite", "27.50", "6"),
    L("Refeições completas", "54", "un.", "9.80", "13"),
    L("Visita guiada ao centro histórico", "1", "serv.", "310.00", "23"),
]
HU_LINES = [
    L("Ifjúsági tábor szállás, 5 éj", "20", "fő", "9500", "27"),
    L("Étkezés, teljes ellátás", "100", "adag", "2900", "27"),
    L("Szakkönyv: Közösségi munka", "6", "db", "4990", "5"),
]
HR_LINES = [
    L("Najam dvorane, subota", "2", "kom", "420.00", "25"),
    L("Catering za radionicu", "38", "kom", "14.20", "13"),
    L("Voditelj radionice", "6", "sat", "55.00", "25"),
]
EL_LINES = [
    L("Σεμινάριο κατάρτισης νέων, 3 ημέρες", "1", "τεμ.", "2100.00", "24"),
    L("Εκπαιδευτικό υλικό", "25", "τεμ.", "16.40", "24"),
]
RO_LINES = [
    L("Echipament sportiv pentru tineret", "15", "buc.", "189.00", "19"),
    L("Cazare tabără, 2 nopți", "24", "pers.", "110.00", "9"),
    L("Transport autocar", "1", "serv.", "1450.00", "19"),
]
SL_LINES = [
    L("Delavnica za mlade, 2 dni", "1", "kos", "980.00", "22"),
    L("Priročnik za mentorje", "14", "kos", "23.00", "9.5"),
    L("Pogostitev", "28", "kos", "7.60", "22"),
]
IE_LINES = [
    L("Youth facilitator training day", "2", "day", "875.00", "23"),
    L("Catering, lunch and refreshments", "36", "each", "14.50", "13.5"),
    L("Printed workbooks", "36", "each", "6.25", "23"),
]
MT_LINES = [
    L("Kiri ta' sala għal workshop", "3", "jum", "240.00", "18"),
    L("Ikel u xorb għall-parteċipanti", "60", "pers.", "8.90", "18"),
    L("Ktieb: Xogħol maż-żgħażagħ", "12", "kopja", "15.00", "7"),
]


BG_LINES = [L(f"Нощувка, стая {n}, 2 нощувки", "2", "бр.", f"{64 + 2 * (n % 4)}.00", "9") for n in range(101, 117)]
BG_LINES += [L(f"Зала за обучение, ден {d}", "1", "бр.", "380.00", "20") for d in range(1, 5)]
BG_LINES += [L("Кафе-пауза", "40", "бр.", "4.50", "20"), L("Транспорт от летище", "2", "курс", "95.00", "20")]
DE_LINES = [
    L("Workshop Jugendbeteiligung (Moderation)", "2", "Tag", "480.00", "0"),
    L("Vorbereitung und Dokumentation", "5", "Std.", "56.00", "0"),
]


def _cz_expected() -> dict:
    e = expect(CZ_LINES, invoice_number="2023-0815", invoice_date="2023-10-09", due_date="2023-10-23", currency="CZK", language="cs")
    total = D(e["total"])
    e["amount_due"] = f"{total.quantize(D('1'), rounding=ROUND_HALF_UP):.2f}"
    return e


SPECS = [
    Spec(
        "cz-faktura-danovy-doklad",
        "cs",
        "CZK",
        "FAKTURA – DAŇOVÝ DOKLAD",
        ["Sportovní centrum Vltava s.r.o.", "Nábřeží Kpt. Jaroše 1000/7", "170 00 Praha 7", "IČO: 27082440", "DIČ: CZ27082440"],
        ["Odběratel:", "Uppsala kommun", "Kulturförvaltningen", "753 75 Uppsala, Švédsko", "DIČ: SE212000300501"],
        [
            ("Číslo faktury:", "2023-0815"),
            ("Datum vystavení:", "09.10.2023"),
            ("Datum zdan. plnění:", "06.10.2023"),
            ("Datum splatnosti:", "23.10.2023"),
            ("Variabilní symbol:", "20230815"),
        ],
        ["Označení dodávky", "Množství", "J.j.", "Cena za m.j.", "DPH %", "Celkem bez DPH"],
        CZ_LINES,
        "space",
        _cz_expected(),
        per_line_vat=True,
        vat_table=["Sazba DPH", "Základ", "DPH", "Celkem", "Součet"],
        rounding_label="Zaokrouhlení",
        due_label="Celkem k úhradě",
        sign="Kč",
        footer=["Bankovní spojení: Komerční banka, IBAN CZ65 0800 0000 1920 0014 5399, BIC KOMBCZPP"],
    ),
    Spec(
        "sk-faktura-dve-strany",
        "sk",
        "EUR",
        "Faktúra",
        ["ŠportMax Trnava s.r.o.", "Hlavná 41", "917 01 Trnava", "IČO 46812345  DIČ 2023581230", "IČ DPH SK2023581230"],
        ["Odberateľ", "Växjö kommun", "Fritidsförvaltningen", "351 12 Växjö, Švédsko"],
        [
            ("Faktúra č.", "FA230417"),
            ("Dátum vyhotovenia", "17.10.2023"),
            ("Dátum dodania", "16.10.2023"),
            ("Dátum splatnosti", "31.10.2023"),
        ],
        ["Názov položky", "Množstvo", "MJ", "Jedn. cena", "DPH", "Spolu bez DPH"],
        SK_LINES,
        "space",
        expect(SK_LINES, invoice_number="FA230417", invoice_date="2023-10-17", due_date="2023-10-31", currency="EUR", language="sk"),
        per_line_vat=True,
        net_label="Základ dane spolu",
        vat_label="DPH {rate} %",
        total_label="Celkom k úhrade",
        sign="€",
        rows_per_page=22,
        continued=("Pokračovanie na ďalšej strane", "Pokračovanie z predchádzajúcej strany"),
    ),
    Spec(
        "lt-pvm-saskaita-faktura",
        "lt",
        "EUR",
        "PVM SĄSKAITA FAKTŪRA",
        ["UAB „Jaunimo akademija“", "Gedimino pr. 20, LT-01103 Vilnius", "Įmonės kodas 304512378", "PVM mokėtojo kodas LT100010987616"],
        ["Pirkėjas", "Malmö stad", "Arbetsmarknadsförvaltningen", "205 80 Malmö, Švedija"],
        [("Sąskaitos Nr.", "JA-2023-0457"), ("Išrašymo data", "2023-10-05"), ("Apmokėti iki", "2023-11-04")],
        ["Pavadinimas", "Kiekis", "Mato vnt.", "Kaina", "Suma"],
        LT_LINES,
        "bare",
        expect(LT_LINES, invoice_number="JA-2023-0457", invoice_date="2023-10-05", due_date="2023-11-04", currency="EUR", language="lt"),
        net_label="Suma be PVM",
        vat_label="PVM {rate} %",
        total_label="Iš viso su PVM",
        due_label="Mokėti iš viso",
        head_style="grid",
        sign="EUR",
    ),
    Spec(
        "lv-rekins-menesi-vardiem",
        "lv",
        "EUR",
        "RĒĶINS",
        ["SIA „Zaļā Sēta“", "Brīvības iela 88, Rīga, LV-1001", "Reģ. Nr. 40103456788", "PVN reģ. Nr. LV40103456788"],
        ["Maksātājs:", "Gävle kommun", "Samhällsbyggnad", "801 84 Gävle, Zviedrija"],
        [("Rēķina Nr.", "ZS-23/112"), ("Datums:", "2023. gada 12. oktobrī"), ("Apmaksas termiņš:", "2023. gada 11. novembrī")],
        ["Nosaukums", "Daudzums", "Mērv.", "Cena", "Summa"],
        LV_LINES,
        "space",
        expect(LV_LINES, invoice_number="ZS-23/112", invoice_date="2023-10-12", due_date="2023-11-11", currency="EUR", language="lv"),
        net_label="Summa bez PVN",
        vat_label="PVN {rate}%",
        total_label="Kopā apmaksai",
        head_style="left",
        sign="EUR",
    ),
    Spec(
        "pt-fatura-tres-taxas",
        "pt",
        "EUR",
        "FATURA",
        ["Albergaria do Mondego, Lda.", "Rua da Sofia 112, 3000-389 Coimbra", "NIF PT501964843", "Capital social 5.000,00 €"],
        ["Exmos. Senhores", "Örebro kommun", "Förvaltningen för social välfärd", "701 35 Örebro, Suécia"],
        [("Fatura n.º", "FT 2023/145"), ("Data de emissão", "21-10-2023"), ("Data de vencimento", "20-11-2023")],
        ["Descrição", "Qtd.", "Un.", "Preço unit.", "IVA", "Valor"],
        PT_LINES,
        "dot",
        expect(PT_LINES, invoice_number="FT 2023/145", invoice_date="2023-10-21", due_date="2023-11-20", currency="EUR", language="pt"),
        per_line_vat=True,
        vat_table=["Taxa IVA", "Incidência", "Valor IVA", "Total", "Total"],
        total_label="Total a pagar",
        sign="€",
    ),
    Spec(
        "hu-szamla-forint",
        "hu",
        "HUF",
        "SZÁMLA",
        ["Balaton Ifjúsági Tábor Kft.", "8630 Balatonboglár, Kikötő u. 3.", "Adószám: 24567811-2-14", "Közösségi adószám: HU24567811"],
        ["Vevő:", "Jönköpings kommun", "Socialförvaltningen", "551 89 Jönköping, Svédország"],
        [
            ("Számla sorszáma:", "BIT-2023/00871"),
            ("Számla kelte:", "2023.10.05."),
            ("Teljesítés dátuma:", "2023.10.02."),
            ("Fizetési határidő:", "2023.10.20."),
        ],
        ["Megnevezés", "Mennyiség", "Egység", "Egységár", "ÁFA", "Nettó érték"],
        HU_LINES,
        "whole",
        expect(
            HU_LINES, True, invoice_number="BIT-2023/00871", invoice_date="2023-10-05", due_date="2023-10-20", currency="HUF", language="hu"
        ),
        per_line_vat=True,
        net_label="Nettó összesen:",
        vat_label="ÁFA {rate}%:",
        total_label="Bruttó összesen:",
        sign="Ft",
        head_style="grid",
    ),
    Spec(
        "hr-racun-pdv",
        "hr",
        "EUR",
        "RAČUN",
        ["Mladi Zagreb d.o.o.", "Ilica 242, 10000 Zagreb", "OIB: 69435151530", "PDV ID: HR69435151530"],
        ["Kupac:", "Borås stad", "Förskoleförvaltningen", "501 80 Borås, Švedska"],
        [("Račun br.", "45-1-1"), ("Datum izdavanja:", "05.10.2023."), ("Datum dospijeća:", "04.11.2023.")],
        ["Opis", "Kol.", "Jed.", "Cijena", "Iznos"],
        HR_LINES,
        "dot",
        expect(HR_LINES, invoice_number="45-1-1", invoice_date="2023-10-05", due_date="2023-11-04", currency="EUR", language="hr"),
        net_label="Osnovica",
        vat_label="PDV {rate}%",
        total_label="Ukupno za platiti",
        sign="EUR",
    ),
    Spec(
        "el-timologio",
        "el",
        "EUR",
        "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ",
        ["ΝΕΟΛΑΙΑ ΚΑΙ ΚΟΙΝΟΤΗΤΑ Μ.Ι.Κ.Ε.", "Εγνατίας 45, 54630 Θεσσαλονίκη", "ΑΦΜ: EL094259216", "ΔΟΥ: Δ' Θεσσαλονίκης"],
        ["Πελάτης:", "Sundsvalls kommun", "Socialtjänsten", "851 85 Sundsvall, Σουηδία"],
        [("Αριθμός τιμολογίου:", "ΤΠΥ-0392"), ("Ημερομηνία έκδοσης:", "05/10/2023"), ("Ημερομηνία λήξης:", "04/11/2023")],
        ["Περιγραφή", "Ποσότητα", "Μον.", "Τιμή", "Αξία"],
        EL_LINES,
        "dot",
        expect(EL_LINES, invoice_number="ΤΠΥ-0392", invoice_date="2023-10-05", due_date="2023-11-04", currency="EUR", language="el"),
        net_label="Καθαρή αξία",
        vat_label="ΦΠΑ {rate}%",
        total_label="Πληρωτέο ποσό",
        sign="€",
    ),
    Spec(
        "ro-factura-fiscala",
        "ro",
        "RON",
        "FACTURĂ FISCALĂ",
        ["Sport Activ Cluj S.R.L.", "Str. Memorandumului 28, Cluj-Napoca", "CUI: RO18547290", "Nr. Reg. Com.: J12/1234/2006"],
        ["Cumpărător:", "Eskilstuna kommun", "Kultur- och fritidsförvaltningen", "631 86 Eskilstuna, Suedia"],
        [("Seria SAC nr.", "0457"), ("Data emiterii:", "05.10.2023"), ("Data scadenței:", "04.11.2023")],
        ["Denumirea produselor", "Cant.", "U.M.", "Preț unitar", "Cota TVA", "Valoare"],
        RO_LINES,
        "dot",
        expect(RO_LINES, invoice_number="0457", invoice_date="2023-10-05", due_date="2023-11-04", currency="RON", language="ro"),
        per_line_vat=True,
        net_label="Total fără TVA",
        vat_label="TVA {rate}%",
        total_label="Total de plată",
        sign="lei",
        head_style="grid",
    ),
    Spec(
        "si-racun-ddv",
        "sl",
        "EUR",
        "RAČUN",
        ["Mladinski center Kranj d.o.o.", "Koroška cesta 19, 4000 Kranj", "Matična št.: 6543210000", "ID za DDV: SI59082437"],
        ["Prejemnik:", "Luleå kommun", "Fritidsförvaltningen", "971 85 Luleå, Švedska"],
        [
            ("Račun št.", "2023-0311"),
            ("Datum izdaje:", "5. 10. 2023"),
            ("Datum opravljene storitve:", "3. 10. 2023"),
            ("Rok plačila:", "4. 11. 2023"),
        ],
        ["Opis", "Količina", "EM", "Cena", "DDV %", "Vrednost"],
        SL_LINES,
        "dot",
        expect(SL_LINES, invoice_number="2023-0311", invoice_date="2023-10-05", due_date="2023-11-04", currency="EUR", language="sl"),
        per_line_vat=True,
        net_label="Skupaj brez DDV",
        vat_label="DDV {rate} %",
        total_label="Za plačilo",
        sign="EUR",
        head_style="left",
    ),
    Spec(
        "ie-invoice-euro",
        "en",
        "EUR",
        "INVOICE",
        ["Shannon Youth Works Ltd", "Unit 4, Raheen Business Park", "Limerick V94 K8P2, Ireland", "VAT Reg No IE6388047V", "CRO 512774"],
        ["Bill to:", "Umeå kommun", "Individ- och familjenämnden", "901 84 Umeå, Sweden"],
        [("Invoice No:", "SYW-1042"), ("Invoice Date:", "5 October 2023"), ("Due Date:", "4 November 2023")],
        ["Description", "Qty", "Unit", "Unit Price", "VAT %", "Line Total"],
        IE_LINES,
        "en",
        expect(IE_LINES, invoice_number="SYW-1042", invoice_date="2023-10-05", due_date="2023-11-04", currency="EUR", language="en"),
        per_line_vat=True,
        net_label="Subtotal",
        vat_label="VAT @ {rate}%",
        total_label="Total Due",
        sign="€",
    ),
    Spec(
        "mt-fattura",
        "mt",
        "EUR",
        "FATTURA",
        ["Żgħażagħ Attivi Ltd", "Triq il-Kbira 45, Ħal Qormi QRM 2101", "Numru tal-VAT: MT15121333"],
        ["Lil:", "Kalmar kommun", "Socialförvaltningen", "391 81 Kalmar, l-Iżvezja"],
        [("Numru tal-Fattura:", "ZA/2023/077"), ("Data tal-Fattura:", "05/10/2023"), ("Data tal-Ħlas:", "04/11/2023")],
        ["Deskrizzjoni", "Kwantità", "Unità", "Prezz", "VAT %", "Ammont"],
        MT_LINES,
        "en",
        expect(MT_LINES, invoice_number="ZA/2023/077", invoice_date="2023-10-05", due_date="2023-11-04", currency="EUR", language="mt"),
        per_line_vat=True,
        net_label="Total mingħajr VAT",
        vat_label="VAT {rate}%",
        total_label="Total li għandu jitħallas",
        sign="€",
        head_style="grid",
    ),
]


SPECS += [
    Spec(
        "bg-faktura-glava-na-vsyaka-stranitsa",
        "bg",
        "BGN",
        "ФАКТУРА",
        ["Младежки център Родопи ООД", "ул. Васил Левски 12, 4700 Смолян", "ЕИК: 175074752", "ДДС №: BG175074752"],
        ["Получател:", "Kiruna kommun", "Socialförvaltningen", "981 85 Kiruna, Швеция"],
        [("№", "0000004711"), ("Дата на издаване:", "12.10.2023 г."), ("Падеж:", "11.11.2023 г.")],
        ["Наименование", "Кол.", "Мярка", "Ед. цена", "ДДС %", "Стойност"],
        BG_LINES,
        "space",
        expect(BG_LINES, invoice_number="0000004711", invoice_date="2023-10-12", due_date="2023-11-11", currency="BGN", language="bg"),
        per_line_vat=True,
        paired=True,
        net_label="Данъчна основа {rate} %",
        vat_label="ДДС {rate} %",
        total_label="Сума за плащане",
        sign="лв.",
        rows_per_page=14,
        repeat_head=True,
        continued=("Продължава на следващата страница", "Продължение от предходната страница"),
    ),
    Spec(
        "de-kleinunternehmer-ohne-ust",
        "de",
        "EUR",
        "Rechnung",
        ["Jana Brückner · Moderation & Beteiligung", "Lindenallee 7, 04275 Leipzig", "Steuernummer 231/456/78901"],
        ["An", "Linköpings kommun", "Kultur- och fritidsförvaltningen", "581 81 Linköping, Schweden"],
        [("Rechnungsnummer:", "2023-118"), ("Rechnungsdatum:", "16.10.2023"), ("Zahlbar bis:", "30.10.2023")],
        ["Leistung", "Menge", "Einheit", "Einzelpreis", "Betrag"],
        DE_LINES,
        "dot",
        expect(DE_LINES, invoice_number="2023-118", invoice_date="2023-10-16", due_date="2023-10-30", currency="EUR", language="de"),
        total_label="Gesamtbetrag",
        sign="€",
        note="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).",
        head_style="left",
    ),
]


def _head(p: Page, s: Spec, y: float) -> float:
    """The head fields: label and value on the right, a grid of labels over values, or on the left."""
    if s.head_style == "grid":
        step = (p.w - 80) / len(s.head)
        p.hline(40, p.w - 40, y - 10)
        for i, (label, value) in enumerate(s.head):
            p.t(42 + i * step, y, label, 7.5)
            p.t(42 + i * step, y + 13, value, 9.5, bold=True)
        p.hline(40, p.w - 40, y + 18)
        return y + 34
    x_label = 330 if s.head_style == "right" else 40
    # the values in one column just right of the widest label
    x_value = x_label + 12 + max(pdfmetrics.stringWidth(label, p.font, 9) for label, _v in s.head)
    for label, value in s.head:
        p.t(x_label, y, label, 9)
        p.t(x_value, y, value, 9, bold=True)
        y += ROW
    return y + 8


def _columns(s: Spec, p: Page) -> list[tuple[str, float, str]]:
    xs = [42, 300, 318, 420, 470, p.w - 42] if s.per_line_vat else [42, 330, 348, 460, p.w - 42]
    aligns = ["l", "r", "l", "r", "r", "r"] if s.per_line_vat else ["l", "r", "l", "r", "r"]
    return list(zip(s.columns, xs, aligns, strict=True))


def _cells(s: Spec, ln: Line) -> list[str]:
    qty = f"{ln.quantity.normalize():f}"
    cells = [ln.description, qty, ln.unit, s.amt(ln.unit_price)]
    if s.per_line_vat:
        cells.append(f"{s.rate(ln.rate)} %")
    return [*cells, s.amt(ln.amount)]


def _running_head(p: Page, s: Spec, page_no: int, pages: int) -> None:
    """Title with number, the date and the page count in the top band of every page."""
    p.t(40, 40, f"{s.title} {s.head[0][0]} {s.head[0][1]}", 11, bold=True)
    p.t(40, 54, f"{s.head[1][0]} {s.head[1][1]}", 8.5)
    p.t(p.w - 40, 54, f"{page_no} / {pages}", 8.5, align="r")


def _top(p: Page, s: Spec) -> float:
    y = 50.0
    if s.repeat_head:
        y = 90.0
        s = Spec(**{**s.__dict__, "title": "", "head": s.head[2:]})  # the rest of the head under the running one
    p.t(40, y, s.seller[0], 12, bold=True)
    for i, ln in enumerate(s.seller[1:]):
        p.t(40, y + 15 + i * 11, ln, 8.5)
    p.t(p.w - 40, y, s.title, 15, bold=True, align="r")
    y = max(y + 15 + 11 * len(s.seller), 120)
    if s.head_style == "right":
        buyer_y = y
        for i, ln in enumerate(s.buyer):
            p.t(40, buyer_y + i * 12, ln, 9, bold=(i == 1))
        y = max(_head(p, s, y), buyer_y + 12 * len(s.buyer) + 10)
    else:
        for i, ln in enumerate(s.buyer):
            p.t(40 if s.head_style == "grid" else 330, y + i * 12, ln, 9, bold=(i == 1))
        y = _head(p, s, y + 12 * len(s.buyer) + 20) if s.head_style == "grid" else _head(p, s, y)
        y = max(y, 120 + 12 * len(s.buyer) + 20)
    return y + 10


def _totals(p: Page, s: Spec, y: float) -> None:
    whole = s.fmt == "whole"
    rows = by_rate(s.lines, whole)
    net = sum((b for _r, b, _v in rows), D(0))
    vat = sum((v for _r, _b, v in rows), D(0))
    total = net + vat
    if s.vat_table:
        heads = s.vat_table[:4]
        xs = [300, 390, 460, p.w - 42]
        for h, x in zip(heads, xs, strict=True):
            p.t(x, y, h, 8, bold=True, align="l" if x == 300 else "r")
        y += ROW
        for r, b, v in rows:
            for cell, x in zip([f"{s.rate(r)} %", s.amt(b), s.amt(v), s.amt(b + v)], xs, strict=True):
                p.t(x, y, cell, 8.5, align="l" if x == 300 else "r")
            y += ROW
        p.hline(300, p.w - 40, y - 10)
        for cell, x in zip([s.vat_table[4], s.amt(net), s.amt(vat), s.amt(total)], xs, strict=True):
            p.t(x, y, cell, 8.5, bold=True, align="l" if x == 300 else "r")
        y += ROW + 6
    elif s.paired:
        for r, b, v in rows:
            for label, value in ((s.net_label, b), (s.vat_label, v)):
                p.t(330, y, label.replace("{rate}", s.rate(r)), 9)
                p.t(p.w - 42, y, s.amt(value, True), 9, align="r")
                y += ROW
        p.hline(330, p.w - 40, y - 10)
        p.t(330, y, s.total_label, 10, bold=True)
        p.t(p.w - 42, y, s.amt(total, True), 10, bold=True, align="r")
        y += ROW + 4
    elif s.net_label:
        p.t(330, y, s.net_label, 9)
        p.t(p.w - 42, y, s.amt(net, True), 9, align="r")
        y += ROW
        for r, _b, v in rows:
            p.t(330, y, s.vat_label.replace("{rate}", s.rate(r)), 9)
            p.t(p.w - 42, y, s.amt(v, True), 9, align="r")
            y += ROW
        if s.total_label:
            p.hline(330, p.w - 40, y - 10)
            p.t(330, y, s.total_label, 10, bold=True)
            p.t(p.w - 42, y, s.amt(total, True), 10, bold=True, align="r")
            y += ROW + 4
    if s.rounding_label:
        due = total.quantize(D("1"), rounding=ROUND_HALF_UP)
        p.t(330, y, s.rounding_label, 9)
        p.t(p.w - 42, y, s.amt(due - total), 9, align="r")
        y += ROW
        p.t(330, y, s.due_label, 11, bold=True)
        p.t(p.w - 42, y, s.amt(due, True), 11, bold=True, align="r")
        y += ROW
    elif s.due_label:
        p.t(330, y, s.due_label, 11, bold=True)
        p.t(p.w - 42, y, s.amt(total, True), 11, bold=True, align="r")
        y += ROW
    if s.vat_table and s.total_label:
        p.t(330, y, s.total_label, 11, bold=True)
        p.t(p.w - 42, y, s.amt(total, True), 11, bold=True, align="r")
    if not s.vat_table and not s.net_label and not s.paired:  # no VAT: the total alone
        p.t(330, y, s.total_label, 11, bold=True)
        p.t(p.w - 42, y, s.amt(total, True), 11, bold=True, align="r")
        y += ROW
    if s.note:
        p.t(40, y + 10, s.note, 8.5)


def draw(s: Spec, path: Path) -> None:
    p = Page(path, s.font, s.font + "-B")
    cols = _columns(s, p)
    pages = -(-len(s.lines) // s.rows_per_page)
    if s.repeat_head:  # written first, as a page template's header is
        _running_head(p, s, 1, pages)
    y = _top(p, s)
    chunks = [s.lines[i : i + s.rows_per_page] for i in range(0, len(s.lines), s.rows_per_page)]
    for n, chunk in enumerate(chunks):
        if n:
            p.c.showPage()
            if s.repeat_head:
                _running_head(p, s, n + 1, len(chunks))
            else:
                p.t(40, 50, f"{s.title} {s.head[0][1]}", 10, bold=True)
            p.t(40, 76, s.continued[1], 8.5)
            y = 95.0
        y = p.table(y, cols, [_cells(s, ln) for ln in chunk])
        if n < len(chunks) - 1:
            p.t(p.w - 42, y + 6, s.continued[0], 8.5, align="r")
    _totals(p, s, y + 10)
    for i, ln in enumerate(s.footer):
        p.t(40, p.h - 50 + i * 11, ln, 7.5)
    p.save()


RECEIPT = dict(
    net="22.12",
    vat="2.88",
    total="25.00",
    lines=3,
    line_sum="25.00",
    vat_rates=["13"],
    invoice_number="FS 2023/8812",
    invoice_date="2023-10-21",
    due_date="None",
    currency="EUR",
    language="pt",
)


def draw_receipt(path: Path) -> None:
    """A Portuguese till's simplified invoice on 80 mm paper: no date label, the date and time
    of the sale at the top, prices with VAT included, base and VAT under the total."""
    p = Page(path, "DVMono", "DVMono", size=(226, 440))
    rows = [
        ("CAFÉ CENTRAL DA SOFIA, LDA", True),
        ("Rua da Sofia 40, 3000-389 Coimbra", False),
        ("NIF PT501964843", False),
        ("", False),
        ("FATURA SIMPLIFICADA", True),
        ("N.º FS 2023/8812", False),
        ("2023-10-21 14:05   Caixa 1", False),
        ("-" * 34, False),
        ("2 x Menu almoço    9,50   19,00", False),
        ("3 x Água 0,5 L     1,20    3,60", False),
        ("1 x Pastel nata    2,40    2,40", False),
        ("-" * 34, False),
        ("TOTAL EUR                 25,00", True),
        ("Base IVA 13%              22,12", False),
        ("IVA 13%                    2,88", False),
        ("", False),
        ("Pago: Multibanco", False),
        ("Obrigado pela visita!", False),
    ]
    for i, (text, bold) in enumerate(rows):
        p.t(12, 24 + i * 12, text, 7.5, bold=bold)
    p.save()


def generate(out: Path) -> dict[str, dict]:
    _register_fonts()
    out.mkdir(parents=True, exist_ok=True)
    expected = {}
    for s in SPECS:
        draw(s, out / f"{s.name}.pdf")
        expected[f"{s.name}.pdf"] = s.expected
    draw_receipt(out / "pt-fatura-simplificada-talao.pdf")
    expected["pt-fatura-simplificada-talao.pdf"] = RECEIPT
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return expected


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
