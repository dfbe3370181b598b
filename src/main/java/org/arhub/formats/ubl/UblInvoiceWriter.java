package org.arhub.formats.ubl;

import java.math.BigDecimal;
import java.util.List;
import org.arhub.formats.einvoice.InvoiceFigures;
import org.arhub.formats.einvoice.TaxCategory;
import org.arhub.formats.einvoice.TaxSubtotal;
import org.arhub.formats.einvoice.XmlElementWriter;
import org.arhub.model.Invoice;

/**
 * Writes a canonical invoice as a UBL 2.1 Invoice (type 380) or, for {@code "type": "credit_note"},
 * a CreditNote (381) following Peppol BIS Billing 3.0. Elements come in the order the UBL 2.1
 * schemas require:
 *
 * <pre>
 * CustomizationID, ProfileID          Peppol BIS 3 (BT-24, BT-23)
 * ID, IssueDate, DueDate (invoice)    BT-1, BT-2, BT-9; a credit note states BT-9 in PaymentMeans
 * InvoiceTypeCode / CreditNoteTypeCode, Note*, DocumentCurrencyCode, BuyerReference
 * BillingReference                    the invoice a credit note credits (BT-25)
 * AccountingSupplierParty, AccountingCustomerParty   see {@link UblParties}
 * PaymentMeans                        58 SEPA credit transfer (EUR) or 30, PaymentID = number, IBAN
 * PaymentTerms                        the canonical terms text ("2/10 NET 30")
 * AllowanceCharge*, TaxTotal (one subtotal per category and rate), LegalMonetaryTotal, lines
 * </pre>
 *
 * Amounts come from {@link InvoiceFigures}, which refuses totals that do not add up.
 */
public final class UblInvoiceWriter {
  public static final String CUSTOMIZATION_ID =
      "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
  public static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
  static final String CAC =
      "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

  /** Renders the invoice; an {@code InvalidInvoiceException} names every problem of its figures. */
  public byte[] write(Invoice invoice) {
    InvoiceFigures figures = InvoiceFigures.of(invoice);
    boolean credit = invoice.isCreditNote();
    String root = credit ? "CreditNote" : "Invoice";
    XmlElementWriter xml =
        new XmlElementWriter(
            "",
            "urn:oasis:names:specification:ubl:schema:xsd:" + root + "-2",
            "cac",
            CAC,
            "cbc",
            CBC);
    xml.open(root);
    xml.leaf("cbc:CustomizationID", CUSTOMIZATION_ID);
    xml.leaf("cbc:ProfileID", PROFILE_ID);
    xml.leaf("cbc:ID", invoice.number());
    xml.leaf("cbc:IssueDate", invoice.issueDate().toString());
    if (!credit) {
      invoice.dueDate().ifPresent(d -> xml.leaf("cbc:DueDate", d.toString()));
    }
    xml.leaf(credit ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode", credit ? "381" : "380");
    invoice.notes().forEach(note -> xml.leaf("cbc:Note", note));
    xml.leaf("cbc:DocumentCurrencyCode", invoice.currency());
    invoice.buyerReference().ifPresent(r -> xml.leaf("cbc:BuyerReference", r));
    invoice
        .precedingInvoice()
        .ifPresent(
            preceding ->
                xml.open("cac:BillingReference")
                    .open("cac:InvoiceDocumentReference")
                    .leaf("cbc:ID", preceding)
                    .close()
                    .close());
    UblParties.seller(xml, invoice.seller());
    UblParties.buyer(xml, invoice.buyer());
    paymentMeans(xml, invoice);
    invoice.terms().ifPresent(t -> xml.open("cac:PaymentTerms").leaf("cbc:Note", t).close());
    for (Invoice.AllowanceCharge allowance : invoice.allowances()) {
      allowanceCharge(xml, figures, false, allowance);
    }
    for (Invoice.AllowanceCharge charge : invoice.charges()) {
      allowanceCharge(xml, figures, true, charge);
    }
    taxTotal(xml, figures);
    monetaryTotal(xml, figures);
    List<Invoice.Line> lines = invoice.lines();
    for (int i = 0; i < lines.size(); i++) {
      line(xml, figures, credit, lines.get(i), figures.lineNets().get(i));
    }
    xml.close();
    return xml.finish();
  }

  private static void paymentMeans(XmlElementWriter xml, Invoice invoice) {
    if (invoice.seller().iban().isEmpty()) {
      return;
    }
    xml.open("cac:PaymentMeans");
    // UNCL4461: 58 is a SEPA credit transfer, which only exists in euro; 30 any credit transfer.
    xml.leaf("cbc:PaymentMeansCode", invoice.currency().equals("EUR") ? "58" : "30");
    if (invoice.isCreditNote()) {
      invoice.dueDate().ifPresent(d -> xml.leaf("cbc:PaymentDueDate", d.toString()));
    }
    // BT-83: the buyer quotes it with the payment, so cash application finds the invoice.
    xml.leaf("cbc:PaymentID", invoice.number());
    xml.open("cac:PayeeFinancialAccount").leaf("cbc:ID", invoice.seller().iban().get()).close();
    xml.close();
  }

  private static void allowanceCharge(
      XmlElementWriter xml, InvoiceFigures figures, boolean charge, Invoice.AllowanceCharge item) {
    xml.open("cac:AllowanceCharge");
    xml.leaf("cbc:ChargeIndicator", Boolean.toString(charge));
    item.reasonCode().ifPresent(c -> xml.leaf("cbc:AllowanceChargeReasonCode", c));
    item.reason().ifPresent(r -> xml.leaf("cbc:AllowanceChargeReason", r));
    xml.leaf("cbc:Amount", figures.format(item.amount()), "currencyID", figures.currency());
    taxCategory(
        xml,
        "cac:TaxCategory",
        InvoiceFigures.category(item),
        item.taxRate().orElse(BigDecimal.ZERO),
        false);
    xml.close();
  }

  private static void taxTotal(XmlElementWriter xml, InvoiceFigures figures) {
    String currency = figures.currency();
    xml.open("cac:TaxTotal");
    xml.leaf("cbc:TaxAmount", figures.format(figures.taxTotal()), "currencyID", currency);
    for (TaxSubtotal subtotal : figures.subtotals()) {
      xml.open("cac:TaxSubtotal");
      xml.leaf("cbc:TaxableAmount", figures.format(subtotal.taxable()), "currencyID", currency);
      xml.leaf("cbc:TaxAmount", figures.format(subtotal.tax()), "currencyID", currency);
      taxCategory(xml, "cac:TaxCategory", subtotal.category(), subtotal.rate(), true);
      xml.close();
    }
    xml.close();
  }

  private static void taxCategory(
      XmlElementWriter xml,
      String element,
      TaxCategory category,
      BigDecimal rate,
      boolean withExemptionReason) {
    xml.open(element);
    xml.leaf("cbc:ID", category.code());
    if (category.statesRate()) {
      xml.leaf("cbc:Percent", InvoiceFigures.formatRate(rate));
    }
    if (withExemptionReason) {
      category.exemptionReasonCode().ifPresent(c -> xml.leaf("cbc:TaxExemptionReasonCode", c));
      category.exemptionReason().ifPresent(r -> xml.leaf("cbc:TaxExemptionReason", r));
    }
    xml.open("cac:TaxScheme").leaf("cbc:ID", "VAT").close();
    xml.close();
  }

  private static void monetaryTotal(XmlElementWriter xml, InvoiceFigures f) {
    String currency = f.currency();
    xml.open("cac:LegalMonetaryTotal");
    xml.leaf("cbc:LineExtensionAmount", f.format(f.lineTotal()), "currencyID", currency);
    xml.leaf("cbc:TaxExclusiveAmount", f.format(f.taxExclusive()), "currencyID", currency);
    xml.leaf("cbc:TaxInclusiveAmount", f.format(f.taxInclusive()), "currencyID", currency);
    if (f.allowanceTotal().signum() != 0) {
      xml.leaf("cbc:AllowanceTotalAmount", f.format(f.allowanceTotal()), "currencyID", currency);
    }
    if (f.chargeTotal().signum() != 0) {
      xml.leaf("cbc:ChargeTotalAmount", f.format(f.chargeTotal()), "currencyID", currency);
    }
    if (f.prepaid().signum() != 0) {
      xml.leaf("cbc:PrepaidAmount", f.format(f.prepaid()), "currencyID", currency);
    }
    xml.leaf("cbc:PayableAmount", f.format(f.payable()), "currencyID", currency);
    xml.close();
  }

  private static void line(
      XmlElementWriter xml,
      InvoiceFigures figures,
      boolean credit,
      Invoice.Line line,
      BigDecimal net) {
    xml.open(credit ? "cac:CreditNoteLine" : "cac:InvoiceLine");
    xml.leaf("cbc:ID", line.id());
    xml.leaf(
        credit ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity",
        line.quantity().toPlainString(),
        "unitCode",
        line.unit());
    xml.leaf("cbc:LineExtensionAmount", figures.format(net), "currencyID", figures.currency());
    xml.open("cac:Item");
    // BT-153 (item name) is required; the canonical line has one text, which names the item.
    xml.leaf("cbc:Name", line.description());
    taxCategory(
        xml, "cac:ClassifiedTaxCategory", InvoiceFigures.category(line), line.taxRate(), false);
    xml.close();
    xml.open("cac:Price")
        .leaf("cbc:PriceAmount", line.unitPrice().toPlainString(), "currencyID", figures.currency())
        .close();
    xml.close();
  }
}
