package org.arhub.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;

class InvoicesTest {
  @Test
  void aCopyKeepsThePrecedingInvoiceAndTheNotes() throws Exception {
    Invoice read;
    try (InputStream in =
        Files.newInputStream(Path.of("src/test/resources/formats/x12/invoices/standard.json"))) {
      read = InvoiceJson.read(in);
    }
    Invoice credit =
        new Invoice(
            read.number(),
            "credit_note",
            read.issueDate(),
            read.dueDate(),
            read.currency(),
            read.terms(),
            read.buyerReference(),
            read.seller(),
            read.buyer(),
            read.lines(),
            read.allowances(),
            read.charges(),
            read.totals(),
            Optional.of("INV-2026-000001"),
            List.of("returned goods"));
    for (Invoice copy :
        List.of(
            Invoices.withNumber(credit, "CRN-2026-000001"),
            Invoices.withTotals(credit, credit.totals()),
            Invoices.withTermsAndBuyer(
                credit, credit.terms(), LocalDate.of(2026, 12, 31), credit.buyer()))) {
      assertThat(copy.precedingInvoice()).contains("INV-2026-000001");
      assertThat(copy.notes()).containsExactly("returned goods");
    }
  }
}
