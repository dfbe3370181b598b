package org.arhub.formats.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;

/** What distinguishes a UBL credit note and where the payment data goes. */
class UblInvoiceWriterTest {
  private static Invoice invoice(String name) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("src/test/resources/einvoice", name))) {
      return InvoiceJson.read(in);
    }
  }

  @Test
  void aCreditNoteIsACreditNoteDocumentReferencingTheInvoiceItCredits() throws IOException {
    String xml =
        new String(
            new UblInvoiceWriter().write(invoice("credit-note.json")), StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"")
        .contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
        .contains(
            "<cac:BillingReference>\n    <cac:InvoiceDocumentReference>\n"
                + "      <cbc:ID>INV-2026-000101</cbc:ID>")
        .contains("<cbc:CreditedQuantity unitCode=\"C62\">1</cbc:CreditedQuantity>")
        // UBL 2.1 CreditNote has no DueDate: Peppol puts BT-9 in PaymentMeans.
        .contains("<cbc:PaymentDueDate>2026-12-07</cbc:PaymentDueDate>")
        .doesNotContain("<cbc:DueDate>")
        .doesNotContain("InvoiceLine");
  }

  @Test
  void paymentMeansCarryTheIbanAndTheInvoiceNumberAsPaymentId() throws IOException {
    String eur =
        new String(
            new UblInvoiceWriter().write(invoice("multi-line.json")), StandardCharsets.UTF_8);
    assertThat(eur)
        .contains("<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>")
        .contains("<cbc:PaymentID>INV-2026-000101</cbc:PaymentID>")
        .contains("<cbc:ID>DE89370400440532013000</cbc:ID>");
    String usd =
        new String(new UblInvoiceWriter().write(invoice("usd.json")), StandardCharsets.UTF_8);
    // SEPA (58) only exists in euro.
    assertThat(usd).contains("<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>");
  }
}
