package org.arhub.store;

import java.sql.Date;
import java.util.List;
import org.arhub.cashapp.Customer;
import org.arhub.cashapp.OpenInvoice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers, their bank accounts and invoices as the ERP gives them. Loading is idempotent: a
 * customer, account or invoice already known is left as it is (the ERP intake of a later issue owns
 * updates). The store derives an invoice's open amount from the applications it holds, so an
 * invoice the ERP reports as paid elsewhere (open amount 0) is not loaded, and one reported as
 * partly paid elsewhere is refused: its payment history must come with it.
 */
@Repository
public class MasterDataStore {
  private final JdbcTemplate jdbc;

  public MasterDataStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Loads customers (parents before children) and invoices in one transaction. */
  @Transactional
  public void load(List<Customer> customers, List<OpenInvoice> invoices) {
    for (Customer customer :
        customers.stream()
            .sorted((a, b) -> Boolean.compare(a.parentId().isPresent(), b.parentId().isPresent()))
            .toList()) {
      jdbc.update(
          """
          insert into customer(id, name, parent_id, customer_group) values (?, ?, ?, ?)
          on conflict (id) do nothing""",
          customer.id(),
          customer.name(),
          customer.parentId().orElse(null),
          customer.group().orElse(null));
      for (String account : customer.bankAccounts()) {
        jdbc.update(
            """
            insert into customer_bank_account(customer_id, account_identifier) values (?, ?)
            on conflict on constraint customer_bank_account_unique do nothing""",
            customer.id(),
            account);
      }
    }
    for (OpenInvoice invoice : invoices) {
      if (invoice.openAmount().signum() == 0) {
        continue; // paid elsewhere: nothing left to apply
      }
      if (invoice.openAmount().compareTo(invoice.amount()) != 0) {
        throw new IllegalArgumentException(
            "invoice %s: open %s of %s — partly paid elsewhere; load it with its payments"
                .formatted(
                    invoice.number(),
                    invoice.openAmount().toPlainString(),
                    invoice.amount().toPlainString()));
      }
      jdbc.update(
          """
          insert into invoice(number, customer_id, currency, issue_date, due_date, amount, terms,
                              discount_rate, discount_until)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (number) do nothing""",
          invoice.number(),
          invoice.customerId(),
          invoice.currency(),
          Date.valueOf(invoice.issueDate()),
          Date.valueOf(invoice.dueDate()),
          invoice.amount(),
          invoice.terms().text(),
          invoice.terms().discountPercent().signum() > 0 ? invoice.terms().discountPercent() : null,
          invoice.terms().discountPercent().signum() > 0
              // the terms' own rule: with end of month the discount days count from the month end
              ? Date.valueOf(invoice.terms().discountUntil(invoice.issueDate()))
              : null);
    }
  }

  public int invoiceCount() {
    Integer count = jdbc.queryForObject("select count(*) from invoice", Integer.class);
    return count == null ? 0 : count;
  }
}
