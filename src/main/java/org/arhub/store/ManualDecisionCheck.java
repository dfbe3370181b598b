package org.arhub.store;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arhub.cashapp.Allocation;
import org.arhub.model.Money;
import org.arhub.store.CashApplicationStore.ManualAllocation;
import org.arhub.store.CashPostings.InvoiceRow;
import org.arhub.store.CashPostings.PaymentRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an accountant's decision must respect before anything is posted, checked under the payment's
 * and invoices' row locks so that the figures cannot change underneath: known invoices and
 * customer, no credit notes, the payment's currency, no more than an invoice's open amount, no more
 * than the payment's unapplied cash. Each refusal says what is wrong in the accountant's terms.
 */
final class ManualDecisionCheck {
  private final JdbcTemplate jdbc;
  private final CashPostings postings;

  ManualDecisionCheck(JdbcTemplate jdbc, CashPostings postings) {
    this.jdbc = jdbc;
    this.postings = postings;
  }

  Allocation allocation(
      ManualAllocation manual, Map<String, InvoiceRow> invoices, PaymentRow payment) {
    InvoiceRow invoice = invoices.get(manual.invoiceNumber());
    if (invoice == null) {
      throw new IllegalArgumentException("unknown invoice " + manual.invoiceNumber());
    }
    if (isCreditNote(invoice)) {
      throw new IllegalArgumentException(
          invoice.number() + " is a credit note: cash cannot be applied to it");
    }
    if (!invoice.currency().equals(payment.currency())) {
      throw new IllegalArgumentException(
          "invoice %s is in %s, payment %s in %s: cash is applied in its own currency"
              .formatted(
                  invoice.number(), invoice.currency(), payment.paymentId(), payment.currency()));
    }
    String currency = payment.currency();
    BigDecimal cash = amount(manual.cash(), currency, "cash", invoice);
    BigDecimal discount = amount(manual.discount(), currency, "discount", invoice);
    BigDecimal writeOff = amount(manual.writeOff(), currency, "write-off", invoice);
    BigDecimal disputed = amount(manual.disputed(), currency, "disputed", invoice);
    Allocation allocation =
        new Allocation(
            invoice.number(),
            invoice.customerId(),
            cash,
            discount,
            writeOff,
            disputed,
            manual.disputeReason(),
            Optional.empty());
    BigDecimal open = postings.openAmount(invoice.id());
    if (allocation.settled().add(disputed).compareTo(open) > 0) {
      throw new IllegalArgumentException(
          "invoice %s has %s %s open; the decision settles %s and disputes %s"
              .formatted(
                  invoice.number(),
                  Money.atScale(open, currency).toPlainString(),
                  currency,
                  allocation.settled().toPlainString(),
                  disputed.toPlainString()));
    }
    if (allocation.settled().signum() == 0 && disputed.signum() == 0) {
      throw new IllegalArgumentException("nothing applied to invoice " + invoice.number());
    }
    return allocation;
  }

  /**
   * A credit note is credit the customer has with us, not a receivable: its open amount is negative
   * and the database refuses cash on it at commit; refused here first, in the accountant's terms.
   */
  private boolean isCreditNote(InvoiceRow invoice) {
    return "CREDIT_NOTE"
        .equals(
            jdbc.queryForObject(
                "select document_type from invoice where id = ?", String.class, invoice.id()));
  }

  private static BigDecimal amount(
      BigDecimal value, String currency, String what, InvoiceRow invoice) {
    BigDecimal amount = Money.atScale(value == null ? BigDecimal.ZERO : value, currency);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          "invoice %s: %s %s is negative".formatted(invoice.number(), what, amount));
    }
    return amount;
  }

  void totals(
      PaymentRow payment,
      List<Allocation> allocations,
      BigDecimal onAccount,
      Optional<String> customer) {
    Set<String> seen = new HashSet<>();
    for (Allocation a : allocations) {
      if (!seen.add(a.invoiceNumber())) {
        throw new IllegalArgumentException("invoice " + a.invoiceNumber() + " is listed twice");
      }
    }
    if (onAccount.signum() < 0) {
      throw new IllegalArgumentException("on-account amount " + onAccount + " is negative");
    }
    if (allocations.isEmpty() && onAccount.signum() == 0) {
      throw new IllegalArgumentException("the decision applies nothing");
    }
    if (onAccount.signum() > 0 && customer.isEmpty()) {
      throw new IllegalArgumentException(
          "cash on account needs a customer: payment " + payment.paymentId() + " has none");
    }
    BigDecimal used = allocations.stream().map(Allocation::cash).reduce(onAccount, BigDecimal::add);
    BigDecimal unapplied = postings.unapplied(payment.id());
    if (used.compareTo(unapplied) > 0) {
      throw new IllegalArgumentException(
          "payment %s has %s %s unapplied; the decision uses %s"
              .formatted(
                  payment.paymentId(),
                  Money.atScale(unapplied, payment.currency()).toPlainString(),
                  payment.currency(),
                  used.toPlainString()));
    }
  }

  void requireCustomer(String id) {
    Integer found =
        jdbc.queryForObject("select count(*) from customer where id = ?", Integer.class, id);
    if (found == null || found == 0) {
      throw new IllegalArgumentException("unknown customer " + id);
    }
  }

  static Optional<String> soleOwner(List<Allocation> allocations) {
    List<String> owners = allocations.stream().map(Allocation::customerId).distinct().toList();
    return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
  }
}
