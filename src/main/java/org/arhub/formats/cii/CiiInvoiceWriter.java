package org.arhub.formats.cii;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.arhub.formats.einvoice.InvalidInvoiceException;
import org.arhub.formats.einvoice.InvoiceFigures;
import org.arhub.formats.einvoice.TaxCategory;
import org.arhub.formats.einvoice.TaxSubtotal;
import org.arhub.formats.einvoice.XmlElementWriter;
import org.arhub.model.Invoice;

/**
 * Writes a canonical invoice as a UN/CEFACT Cross Industry Invoice D16B following EN 16931 (the XML
 * a Factur-X PDF embeds), in the element order of the D16B schema:
 *
 * <pre>
 * ExchangedDocumentContext   guideline of the {@link CiiProfile} (BT-24)
 * ExchangedDocument          number, TypeCode 380 / 381 for a credit note, issue date, notes
 * SupplyChainTradeTransaction
 *   IncludedSupplyChainTradeLineItem*   line id, name, net price, quantity, VAT, line net amount
 *   ApplicableHeaderTradeAgreement      buyer reference, seller and buyer ({@link CiiParties})
 *   ApplicableHeaderTradeDelivery       (empty: no delivery information in the canonical invoice)
 *   ApplicableHeaderTradeSettlement     payment reference, currency, payment means with IBAN, VAT
 *                                       breakdown, allowances/charges, terms with due date, totals,
 *                                       the invoice a credit note credits (BT-25)
 * </pre>
 */
public final class CiiInvoiceWriter {
  static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
  static final String RAM =
      "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
  static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
  private static final DateTimeFormatter DATE_102 = DateTimeFormatter.BASIC_ISO_DATE;

  /** Renders the invoice; an {@code InvalidInvoiceException} names every problem found. */
  public byte[] write(Invoice invoice, CiiProfile profile) {
    InvoiceFigures figures = InvoiceFigures.of(invoice);
    if (profile == CiiProfile.XRECHNUNG) {
      checkXRechnung(invoice);
    }
    XmlElementWriter xml = new XmlElementWriter("rsm", RSM, "ram", RAM, "udt", UDT);
    xml.open("rsm:CrossIndustryInvoice");
    xml.open("rsm:ExchangedDocumentContext")
        .open("ram:GuidelineSpecifiedDocumentContextParameter")
        .leaf("ram:ID", profile.guideline())
        .close()
        .close();
    xml.open("rsm:ExchangedDocument");
    xml.leaf("ram:ID", invoice.number());
    xml.leaf("ram:TypeCode", invoice.isCreditNote() ? "381" : "380");
    date(xml, "ram:IssueDateTime", invoice.issueDate());
    invoice.notes().forEach(n -> xml.open("ram:IncludedNote").leaf("ram:Content", n).close());
    xml.close();
    xml.open("rsm:SupplyChainTradeTransaction");
    List<Invoice.Line> lines = invoice.lines();
    for (int i = 0; i < lines.size(); i++) {
      line(xml, figures, lines.get(i), figures.lineNets().get(i));
    }
    xml.open("ram:ApplicableHeaderTradeAgreement");
    invoice.buyerReference().ifPresent(r -> xml.leaf("ram:BuyerReference", r));
    CiiParties.seller(xml, invoice.seller());
    CiiParties.buyer(xml, invoice.buyer());
    xml.close();
    xml.open("ram:ApplicableHeaderTradeDelivery").close();
    settlement(xml, invoice, figures);
    xml.close();
    xml.close();
    return xml.finish();
  }

  private static void checkXRechnung(Invoice invoice) {
    List<String> problems = new ArrayList<>();
    if (invoice.buyerReference().isEmpty()) {
      problems.add("buyerReference: XRechnung requires it (BR-DE-15)");
    }
    boolean contactComplete =
        invoice
            .seller()
            .contact()
            .map(c -> c.name().isPresent() && c.phone().isPresent() && c.email().isPresent())
            .orElse(false);
    if (!contactComplete) {
      problems.add(
          "seller.contact: XRechnung requires name, phone and email (BR-DE-2, -5, -6, -7)");
    }
    if (invoice.seller().address().city().isEmpty()
        || invoice.seller().address().postalCode().isEmpty()) {
      problems.add("seller.address: XRechnung requires city and postalCode (BR-DE-3, -4)");
    }
    if (invoice.buyer().address().city().isEmpty()
        || invoice.buyer().address().postalCode().isEmpty()) {
      problems.add("buyer.address: XRechnung requires city and postalCode (BR-DE-8, -9)");
    }
    if (invoice.seller().iban().isEmpty()) {
      problems.add("seller.iban: XRechnung requires payment instructions (BR-DE-1)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInvoiceException(invoice.number(), problems);
    }
  }

  private static void line(
      XmlElementWriter xml, InvoiceFigures figures, Invoice.Line line, BigDecimal net) {
    xml.open("ram:IncludedSupplyChainTradeLineItem");
    xml.open("ram:AssociatedDocumentLineDocument").leaf("ram:LineID", line.id()).close();
    xml.open("ram:SpecifiedTradeProduct").leaf("ram:Name", line.description()).close();
    xml.open("ram:SpecifiedLineTradeAgreement")
        .open("ram:NetPriceProductTradePrice")
        .leaf("ram:ChargeAmount", line.unitPrice().toPlainString())
        .close()
        .close();
    xml.open("ram:SpecifiedLineTradeDelivery")
        .leaf("ram:BilledQuantity", line.quantity().toPlainString(), "unitCode", line.unit())
        .close();
    xml.open("ram:SpecifiedLineTradeSettlement");
    tradeTax(xml, InvoiceFigures.category(line), line.taxRate());
    xml.open("ram:SpecifiedTradeSettlementLineMonetarySummation")
        .leaf("ram:LineTotalAmount", figures.format(net))
        .close();
    xml.close();
    xml.close();
  }

  private static void settlement(XmlElementWriter xml, Invoice invoice, InvoiceFigures figures) {
    xml.open("ram:ApplicableHeaderTradeSettlement");
    // BT-83: the buyer quotes it with the payment, so cash application finds the invoice.
    xml.leaf("ram:PaymentReference", invoice.number());
    xml.leaf("ram:InvoiceCurrencyCode", invoice.currency());
    invoice
        .seller()
        .iban()
        .ifPresent(
            iban ->
                xml.open("ram:SpecifiedTradeSettlementPaymentMeans")
                    // UNCL4461: 58 is a SEPA credit transfer (euro only); 30 any credit transfer.
                    .leaf("ram:TypeCode", invoice.currency().equals("EUR") ? "58" : "30")
                    .open("ram:PayeePartyCreditorFinancialAccount")
                    .leaf("ram:IBANID", iban)
                    .close()
                    .close());
    for (TaxSubtotal subtotal : figures.subtotals()) {
      xml.open("ram:ApplicableTradeTax");
      xml.leaf("ram:CalculatedAmount", figures.format(subtotal.tax()));
      xml.leaf("ram:TypeCode", "VAT");
      subtotal.category().exemptionReason().ifPresent(r -> xml.leaf("ram:ExemptionReason", r));
      xml.leaf("ram:BasisAmount", figures.format(subtotal.taxable()));
      xml.leaf("ram:CategoryCode", subtotal.category().code());
      subtotal
          .category()
          .exemptionReasonCode()
          .ifPresent(c -> xml.leaf("ram:ExemptionReasonCode", c));
      if (subtotal.category().statesRate()) {
        xml.leaf("ram:RateApplicablePercent", InvoiceFigures.formatRate(subtotal.rate()));
      }
      xml.close();
    }
    for (Invoice.AllowanceCharge allowance : invoice.allowances()) {
      allowanceCharge(xml, figures, false, allowance);
    }
    for (Invoice.AllowanceCharge charge : invoice.charges()) {
      allowanceCharge(xml, figures, true, charge);
    }
    if (invoice.terms().isPresent() || invoice.dueDate().isPresent()) {
      xml.open("ram:SpecifiedTradePaymentTerms");
      invoice.terms().ifPresent(t -> xml.leaf("ram:Description", t));
      invoice.dueDate().ifPresent(d -> date(xml, "ram:DueDateDateTime", d));
      xml.close();
    }
    totals(xml, figures);
    invoice
        .precedingInvoice()
        .ifPresent(
            p -> xml.open("ram:InvoiceReferencedDocument").leaf("ram:IssuerAssignedID", p).close());
    xml.close();
  }

  private static void allowanceCharge(
      XmlElementWriter xml, InvoiceFigures figures, boolean charge, Invoice.AllowanceCharge item) {
    xml.open("ram:SpecifiedTradeAllowanceCharge");
    xml.open("ram:ChargeIndicator").leaf("udt:Indicator", Boolean.toString(charge)).close();
    xml.leaf("ram:ActualAmount", figures.format(item.amount()));
    item.reasonCode().ifPresent(c -> xml.leaf("ram:ReasonCode", c));
    item.reason().ifPresent(r -> xml.leaf("ram:Reason", r));
    xml.open("ram:CategoryTradeTax");
    xml.leaf("ram:TypeCode", "VAT");
    TaxCategory category = InvoiceFigures.category(item);
    xml.leaf("ram:CategoryCode", category.code());
    if (category.statesRate()) {
      xml.leaf(
          "ram:RateApplicablePercent",
          InvoiceFigures.formatRate(item.taxRate().orElse(BigDecimal.ZERO)));
    }
    xml.close();
    xml.close();
  }

  private static void totals(XmlElementWriter xml, InvoiceFigures f) {
    xml.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation");
    xml.leaf("ram:LineTotalAmount", f.format(f.lineTotal()));
    if (f.chargeTotal().signum() != 0) {
      xml.leaf("ram:ChargeTotalAmount", f.format(f.chargeTotal()));
    }
    if (f.allowanceTotal().signum() != 0) {
      xml.leaf("ram:AllowanceTotalAmount", f.format(f.allowanceTotal()));
    }
    xml.leaf("ram:TaxBasisTotalAmount", f.format(f.taxExclusive()));
    xml.leaf("ram:TaxTotalAmount", f.format(f.taxTotal()), "currencyID", f.currency());
    xml.leaf("ram:GrandTotalAmount", f.format(f.taxInclusive()));
    if (f.prepaid().signum() != 0) {
      xml.leaf("ram:TotalPrepaidAmount", f.format(f.prepaid()));
    }
    xml.leaf("ram:DuePayableAmount", f.format(f.payable()));
    xml.close();
  }

  private static void tradeTax(XmlElementWriter xml, TaxCategory category, BigDecimal rate) {
    xml.open("ram:ApplicableTradeTax");
    xml.leaf("ram:TypeCode", "VAT");
    xml.leaf("ram:CategoryCode", category.code());
    if (category.statesRate()) {
      xml.leaf("ram:RateApplicablePercent", InvoiceFigures.formatRate(rate));
    }
    xml.close();
  }

  static void date(XmlElementWriter xml, String element, LocalDate date) {
    xml.open(element).leaf("udt:DateTimeString", date.format(DATE_102), "format", "102").close();
  }
}
