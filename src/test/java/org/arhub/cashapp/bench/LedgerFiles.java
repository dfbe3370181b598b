package org.arhub.cashapp.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.arhub.cashapp.bench.LabelledDataGenerator.LabelledData;
import org.arhub.formats.ledger.Csv;

/**
 * Writes customers.csv and invoices.csv in the {@code apply} command's layouts (DESIGN.md) and
 * truth.csv.
 */
final class LedgerFiles {
  private LedgerFiles() {}

  static void write(CustomerBook book, List<LabelledPayment> payments, LabelledData data)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(data.customers(), StandardCharsets.UTF_8)) {
      out.write("customer_id,name,bank_accounts,parent_id\n");
      for (Customer c : book.customers()) {
        Csv.writeRow(
            out, c.id(), c.name(), String.join(";", c.accounts()), c.parentId().orElse(""));
      }
    }
    try (Writer out = Files.newBufferedWriter(data.invoices(), StandardCharsets.UTF_8)) {
      out.write(
          "invoice_number,customer_id,currency,issue_date,due_date,amount,open_amount,terms\n");
      for (OpenInvoice i : book.allInvoices()) {
        Csv.writeRow(
            out,
            i.number(),
            i.customerId(),
            i.currency(),
            i.issueDate().toString(),
            i.dueDate().toString(),
            i.amount().toPlainString(),
            i.openAmount().toPlainString(),
            i.terms());
      }
    }
    try (Writer out = Files.newBufferedWriter(data.truth(), StandardCharsets.UTF_8)) {
      out.write(TruthRow.HEADER + "\n");
      for (LabelledPayment p : payments) {
        for (TruthRow t : p.truth()) {
          Csv.writeRow(
              out,
              t.paymentId(),
              t.format(),
              t.complication(),
              t.invoice(),
              t.amount().toPlainString(),
              t.outcome().name());
        }
      }
    }
  }
}
