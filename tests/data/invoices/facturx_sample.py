"""A Factur-X (EN 16931) invoice: a printed page drawn with reportlab and its CII XML embedded by
the `factur-x` package. `printed_total` lets a test print another total than the XML states."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>FX-2024-118</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20240412</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:Name>Spielgeräte Wartung</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>400.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">3</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>1200.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Spielplatz Service GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Malmö stad</ram:Name>
    <ram:PostalTradeAddress><ram:CountryID>SE</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE02120300000000202051</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>228.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
    <ram:BasisAmount>1200.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>
    <udt:DateTimeString format="102">20240512</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>1200.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>1200.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">228.00</ram:TaxTotalAmount><ram:GrandTotalAmount>1428.00</ram:GrandTotalAmount>
    <ram:DuePayableAmount>1428.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def build(path: Path, printed_total: str = "1.428,00") -> Path:
    import facturx

    page = path.with_suffix(".page.pdf")
    c = canvas.Canvas(str(page), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, h - 60, "Spielplatz Service GmbH")
    c.setFont("Helvetica-Bold", 18)
    c.drawRightString(w - 50, h - 60, "RECHNUNG")
    c.setFont("Helvetica", 10)
    for i, (label, value) in enumerate([("Rechnungsnummer", "FX-2024-118"), ("Rechnungsdatum", "12.04.2024"), ("Fällig am", "12.05.2024")]):
        c.drawString(340, h - 100 - 15 * i, label)
        c.drawRightString(w - 50, h - 100 - 15 * i, value)
    c.drawString(50, h - 190, "Malmö stad")
    c.setFont("Helvetica-Bold", 10)
    for x, t in ((50, "Beschreibung"), (350, "Menge"), (450, "Preis"), (w - 50, "Betrag")):
        (c.drawString if x == 50 else c.drawRightString)(x, h - 300, t)
    c.setFont("Helvetica", 10)
    for x, t in ((50, "Spielgeräte Wartung"), (350, "3"), (450, "400,00"), (w - 50, "1.200,00")):
        (c.drawString if x == 50 else c.drawRightString)(x, h - 316, t)
    for i, (label, value) in enumerate([("Nettobetrag", "1.200,00 €"), ("MwSt. 19 %", "228,00 €"), ("Gesamtbetrag", printed_total + " €")]):
        c.drawString(330, h - 360 - 16 * i, label)
        c.drawRightString(w - 50, h - 360 - 16 * i, value)
    c.save()
    out = facturx.generate_from_binary(page.read_bytes(), CII.encode("utf-8"), flavor="factur-x", level="en16931", check_xsd=True)
    path.write_bytes(out)
    page.unlink()
    return path
