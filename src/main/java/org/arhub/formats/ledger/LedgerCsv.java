package org.arhub.formats.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.arhub.cashapp.Customer;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.PaymentTerms;
import org.arhub.model.Money;

/**
 * customers.csv ({@code customer_id,name,bank_accounts,parent_id}) and invoices.csv ({@code
 * invoice_number,customer_id,currency,issue_date,due_date,amount,open_amount,terms}) as DESIGN.md
 * defines them for the {@code apply} command; the demo ledger uses the same files.
 */
public final class LedgerCsv {
  private LedgerCsv() {}

  public static List<Customer> readCustomers(java.nio.file.Path file) throws IOException {
    List<Customer> customers = new ArrayList<>();
    for (Csv.Row row :
        Csv.read(file, List.of("customer_id", "name", "bank_accounts", "parent_id"))) {
      List<String> accounts =
          Arrays.stream(row.get("bank_accounts").split(";"))
              .map(String::trim)
              .filter(a -> !a.isEmpty())
              .toList();
      String parent = row.get("parent_id");
      String group = row.get("customer_group"); // optional column: the settlement policy's group
      customers.add(
          new Customer(
              row.required("customer_id"),
              row.required("name"),
              accounts,
              parent.isEmpty() ? Optional.empty() : Optional.of(parent),
              group.isEmpty() ? Optional.empty() : Optional.of(group)));
    }
    return customers;
  }

  public static List<OpenInvoice> readInvoices(java.nio.file.Path file) throws IOException {
    List<OpenInvoice> invoices = new ArrayList<>();
    List<String> columns =
        List.of(
            "invoice_number",
            "customer_id",
            "currency",
            "issue_date",
            "due_date",
            "amount",
            "open_amount",
            "terms");
    for (Csv.Row row : Csv.read(file, columns)) {
      try {
        String currency = row.required("currency");
        BigDecimal amount = Money.atScale(new BigDecimal(row.required("amount")), currency);
        String open = row.get("open_amount");
        BigDecimal openAmount =
            open.isEmpty() ? amount : Money.atScale(new BigDecimal(open), currency);
        if (openAmount.signum() < 0 || openAmount.compareTo(amount) > 0) {
          throw new IllegalArgumentException(
              "open_amount " + open + " is not between 0 and amount " + amount);
        }
        invoices.add(
            new OpenInvoice(
                row.required("invoice_number"),
                row.required("customer_id"),
                currency,
                LocalDate.parse(row.required("issue_date")),
                LocalDate.parse(row.required("due_date")),
                amount,
                openAmount,
                PaymentTerms.parse(row.get("terms"))));
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().startsWith(row.file().toString())
                ? e.getMessage()
                : row.where() + ": " + e.getMessage(),
            e);
      }
    }
    return invoices;
  }
}
