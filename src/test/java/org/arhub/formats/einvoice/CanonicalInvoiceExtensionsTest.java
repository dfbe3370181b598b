package org.arhub.formats.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;

/**
 * The optional keys the e-invoices added to the canonical JSON (precedingInvoice, notes,
 * seller.contact, totals.prepaid) are read, and written back unchanged.
 */
class CanonicalInvoiceExtensionsTest {
  @Test
  void optionalKeysAreReadAndWrittenBack() throws Exception {
    Invoice invoice = EInvoiceGoldenFileTest.read("credit-note");
    assertThat(invoice.isCreditNote()).isTrue();
    assertThat(invoice.precedingInvoice()).contains("INV-2026-000101");
    assertThat(invoice.notes())
        .containsExactly("Credit for the returned pump of invoice INV-2026-000101.");
    assertThat(invoice.seller().contact().flatMap(Invoice.Contact::email))
        .contains("ar@nordlicht.example");
    assertThat(invoice.totals().prepaid()).isEqualByComparingTo(BigDecimal.ZERO);

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    InvoiceJson.write(invoice, json);
    assertThat(InvoiceJson.read(new ByteArrayInputStream(json.toByteArray()))).isEqualTo(invoice);
  }

  @Test
  void aPrepaidAmountReducesWhatIsPayable() throws Exception {
    String json =
        new String(
                java.nio.file.Files.readAllBytes(
                    EInvoiceGoldenFileTest.FOLDER.resolve("multi-rate.json")))
            .replace(
                "\"payable\": \"1498.31\"", "\"payable\": \"998.31\", \"prepaid\": \"500.00\"");
    Invoice invoice = InvoiceJson.read(new ByteArrayInputStream(json.getBytes()));
    InvoiceFigures figures = InvoiceFigures.of(invoice);
    assertThat(figures.prepaid()).isEqualByComparingTo("500.00");
    assertThat(figures.payable()).isEqualByComparingTo("998.31");
    byte[] ubl = new org.arhub.formats.ubl.UblInvoiceWriter().write(invoice);
    assertThat(new String(ubl, java.nio.charset.StandardCharsets.UTF_8))
        .contains("<cbc:PrepaidAmount currencyID=\"EUR\">500.00</cbc:PrepaidAmount>");
    assertThat(EInvoiceValidator.shared().validate("prepaid", ubl).fatal()).isEmpty();
  }
}
