package org.arhub.cashapp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Money;

/** Small builders for cash-application tests: customers, invoices, payments. */
public final class Fixtures {
  public static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);

  private Fixtures() {}

  public static Customer customer(String id, String name, String... accounts) {
    return new Customer(id, name, List.of(accounts), Optional.empty());
  }

  public static Customer child(String id, String name, String parent) {
    return new Customer(id, name, List.of(), Optional.of(parent));
  }

  public static OpenInvoice invoice(String number, String customer, String amount) {
    return invoice(number, customer, amount, "NET30", LocalDate.of(2026, 10, 1));
  }

  public static OpenInvoice invoice(
      String number, String customer, String amount, String terms, LocalDate issued) {
    BigDecimal value = new BigDecimal(amount);
    PaymentTerms paymentTerms = PaymentTerms.parse(terms);
    return new OpenInvoice(
        number, customer, "EUR", issued, paymentTerms.dueDate(issued), value, value, paymentTerms);
  }

  public static PaymentBuilder payment(String id, String amount) {
    return new PaymentBuilder(id, amount);
  }

  /** A payment with only what a test sets. */
  public static final class PaymentBuilder {
    private final String id;
    private final String amount;
    private String currency = "EUR";
    private Optional<String> name = Optional.empty();
    private Optional<String> account = Optional.empty();
    private Optional<String> creditorReference = Optional.empty();
    private List<String> texts = List.of();
    private List<RemittanceLine> lines = List.of();
    private LocalDate date = PAID_ON;

    PaymentBuilder(String id, String amount) {
      this.id = id;
      this.amount = amount;
    }

    public PaymentBuilder from(String payerName, String payerAccount) {
      name = Optional.ofNullable(payerName);
      account = Optional.ofNullable(payerAccount);
      return this;
    }

    public PaymentBuilder text(String... text) {
      texts = List.of(text);
      return this;
    }

    public PaymentBuilder creditorReference(String reference) {
      creditorReference = Optional.of(reference);
      return this;
    }

    public PaymentBuilder lines(RemittanceLine... remittanceLines) {
      lines = List.of(remittanceLines);
      return this;
    }

    public PaymentBuilder currency(String code) {
      currency = code;
      return this;
    }

    public PaymentBuilder on(LocalDate paidOn) {
      date = paidOn;
      return this;
    }

    public IncomingPayment build() {
      return new IncomingPayment(
          id,
          "test",
          Money.of(amount, currency),
          date,
          Optional.empty(),
          name,
          account,
          Optional.empty(),
          creditorReference,
          texts,
          lines,
          Optional.empty());
    }
  }

  public static RemittanceLine line(int no, String reference, String paid) {
    return RemittanceLine.of(no, reference, Optional.of(new BigDecimal(paid)));
  }

  public static OpenItemIndex index(List<Customer> customers, List<OpenInvoice> invoices) {
    OpenItemIndex index = new OpenItemIndex();
    customers.forEach(index::addCustomer);
    invoices.forEach(index::addInvoice);
    return index;
  }
}
