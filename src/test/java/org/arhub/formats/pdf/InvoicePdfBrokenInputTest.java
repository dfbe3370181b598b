package org.arhub.formats.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;

/**
 * Invoices that cannot be printed as they are: each breaks one thing of a good fixture, and the
 * error names the invoice, the JSON field and what is wrong.
 */
class InvoicePdfBrokenInputTest {
  private static final InvoicePdf PDF = new InvoicePdf();

  @Test
  void totalsThatTheLinesDoNotAddUpToAreRefused() throws Exception {
    Invoice invoice =
        mutated("invoice-de-two-rates.json", "\"tax\": \"471.32\"", "\"tax\": \"471.33\"");
    assertThatThrownBy(() -> PDF.render(invoice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RE-2026-000481: $.totals.tax is 471.33 but the sum of the VAT per rate is 471.32");
  }

  @Test
  void aNetThatIgnoresTheAllowanceIsRefused() throws Exception {
    Invoice invoice =
        mutated("invoice-de-two-rates.json", "\"net\": \"2556.20\"", "\"net\": \"2606.20\"");
    assertThatThrownBy(() -> PDF.render(invoice))
        .hasMessage(
            "RE-2026-000481: $.totals.net is 2606.20 but lines - allowances + charges is 2556.20");
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefused() throws Exception {
    Invoice invoice =
        mutated("invoice-jpy-export.json", "\"payable\": \"486000\"", "\"payable\": \"485999.5\"");
    assertThatThrownBy(() -> PDF.render(invoice))
        .hasMessage(
            "RE-2026-000482: $.totals.payable: 485999.5 has more decimals than JPY allows (0)");
  }

  @Test
  void anUnknownDocumentTypeIsRefused() throws Exception {
    Invoice invoice =
        mutated("invoice-en-gbp.json", "\"type\": \"invoice\"", "\"type\": \"proforma\"");
    assertThatThrownBy(() -> PDF.render(invoice))
        .hasMessage("INV-2026-000200: $.type 'proforma' is neither 'invoice' nor 'credit_note'");
  }

  @Test
  void anAllowanceWithoutRateOnAnInvoiceWithTwoRatesIsRefused() throws Exception {
    Invoice invoice =
        mutated(
            "invoice-de-two-rates.json",
            "\"reasonCode\": \"95\", \"taxCategory\": \"S\", \"taxRate\": \"19\"",
            "\"reasonCode\": \"95\"");
    assertThatThrownBy(() -> PDF.render(invoice))
        .hasMessage(
            "RE-2026-000481: $.allowances[0]: no taxRate, and the lines have 2 tax rates to"
                + " choose from");
  }

  private static Invoice mutated(String fixture, String from, String to) throws Exception {
    String json = Files.readString(InvoicePdfGoldenTest.FOLDER.resolve(fixture));
    if (!json.contains(from)) {
      throw new AssertionError(fixture + " has no " + from);
    }
    return InvoiceJson.read(
        new ByteArrayInputStream(json.replace(from, to).getBytes(StandardCharsets.UTF_8)));
  }
}
