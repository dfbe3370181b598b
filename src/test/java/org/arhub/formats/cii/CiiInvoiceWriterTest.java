package org.arhub.formats.cii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.formats.einvoice.InvalidInvoiceException;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;

/** The credit note and the XRechnung profile of the CII writer. */
class CiiInvoiceWriterTest {
  private static final Path FOLDER = Path.of("src/test/resources/einvoice");

  private static Invoice invoice(String name) throws IOException {
    try (InputStream in = Files.newInputStream(FOLDER.resolve(name))) {
      return InvoiceJson.read(in);
    }
  }

  @Test
  void aCreditNoteIsTypeCode381AndReferencesTheInvoice() throws IOException {
    String xml =
        new String(
            new CiiInvoiceWriter().write(invoice("credit-note.json"), CiiProfile.EN16931),
            StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<ram:TypeCode>381</ram:TypeCode>")
        .contains("<ram:InvoiceReferencedDocument>")
        .contains("<ram:IssuerAssignedID>INV-2026-000101</ram:IssuerAssignedID>");
  }

  @Test
  void xRechnungNamesItsGuidelineAndCarriesTheSellerContact() throws IOException {
    String xml =
        new String(
            new CiiInvoiceWriter().write(invoice("multi-line.json"), CiiProfile.XRECHNUNG),
            StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<ram:ID>" + CiiProfile.XRECHNUNG.guideline() + "</ram:ID>")
        .contains("<ram:PersonName>Anna Berg</ram:PersonName>")
        .contains("<ram:BuyerReference>PO-4711</ram:BuyerReference>");
  }

  @Test
  void xRechnungListsEverythingItMisses() throws IOException {
    String json =
        Files.readString(FOLDER.resolve("discount-terms.json"))
            .replace("\"buyerReference\": \"BC-889\",", "")
            .replace("\"iban\": \"FR7630006000011234567890189\",", "");
    Invoice invoice =
        InvoiceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> new CiiInvoiceWriter().write(invoice, CiiProfile.XRECHNUNG))
        .isInstanceOf(InvalidInvoiceException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInvoiceException) e).problems())
                    .containsExactly(
                        "buyerReference: XRechnung requires it (BR-DE-15)",
                        "seller.contact: XRechnung requires name, phone and email"
                            + " (BR-DE-2, -5, -6, -7)",
                        "seller.iban: XRechnung requires payment instructions (BR-DE-1)"));
  }
}
