package org.arhub.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.arhub.model.Money;

/**
 * Invariants of the engine over random customers, invoices and payments: a decision never applies
 * more than was paid, cash applied plus on account is the payment, no invoice is settled below
 * zero, and deciding the same payments again on the same open items changes nothing more.
 */
class CashApplicationProperties {
  record Case(List<OpenInvoice> invoices, List<IncomingPayment> payments) {}

  @Property(tries = 200)
  void appliedNeverExceedsPaidAndOpenNeverGoesNegative(@ForAll("cases") Case c) {
    OpenItemIndex index = index(c);
    CashApplicationEngine engine = new CashApplicationEngine(RuleSetFile.standard(), index);
    Map<String, BigDecimal> settled = new HashMap<>();
    for (IncomingPayment payment : c.payments()) {
      Decision decision = engine.decide(payment);
      BigDecimal cash = decision.cashApplied();
      assertThat(cash).isLessThanOrEqualTo(payment.amount().amount());
      if (decision.isApplied()) {
        assertThat(cash.add(decision.onAccount())).isEqualByComparingTo(payment.amount().amount());
      } else {
        assertThat(decision.allocations()).isEmpty();
      }
      for (Allocation a : decision.allocations()) {
        assertThat(a.cash().signum()).isGreaterThanOrEqualTo(0);
        settled.merge(a.invoiceNumber(), a.settled(), BigDecimal::add);
      }
    }
    for (OpenInvoice original : c.invoices()) {
      OpenInvoice now = index.invoice(original.number()).orElseThrow();
      assertThat(now.openAmount()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
      assertThat(now.openAmount())
          .isEqualByComparingTo(
              original
                  .openAmount()
                  .subtract(settled.getOrDefault(original.number(), BigDecimal.ZERO)));
    }
  }

  @Property(tries = 100)
  void decidingTheSamePaymentsTwiceOnFreshOpenItemsGivesTheSameDecisions(@ForAll("cases") Case c) {
    List<Decision> first = decideAll(c);
    List<Decision> second = decideAll(c);
    assertThat(second).isEqualTo(first);
  }

  private static List<Decision> decideAll(Case c) {
    CashApplicationEngine engine = new CashApplicationEngine(RuleSetFile.standard(), index(c));
    return c.payments().stream().map(engine::decide).toList();
  }

  private static OpenItemIndex index(Case c) {
    OpenItemIndex index = new OpenItemIndex();
    for (int i = 0; i < 4; i++) {
      index.addCustomer(
          new Customer(
              "C" + i,
              "Customer " + (char) ('A' + i) + " GmbH",
              List.of("ACCT" + i),
              i == 3 ? Optional.of("C0") : Optional.empty()));
    }
    c.invoices().forEach(index::addInvoice);
    return index;
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<OpenInvoice> invoice =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(100, 50_000),
                Arbitraries.of("NET30", "2/10 NET30"),
                Arbitraries.integers().between(0, 40))
            .as(
                (customer, cents, terms, age) -> {
                  BigDecimal amount = BigDecimal.valueOf(cents, 2);
                  LocalDate issued = LocalDate.of(2026, 11, 20).minusDays(age);
                  PaymentTerms t = PaymentTerms.parse(terms);
                  return new OpenInvoice(
                      "INV-" + cents + "-" + customer + "-" + age,
                      "C" + customer,
                      "EUR",
                      issued,
                      t.dueDate(issued),
                      amount,
                      amount,
                      t);
                });
    return invoice
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .uniqueElements(OpenInvoice::number)
        .flatMap(
            invoices ->
                payments(invoices).list().ofMaxSize(10).map(p -> new Case(invoices, numbered(p))));
  }

  private static Arbitrary<IncomingPayment> payments(List<OpenInvoice> invoices) {
    Arbitrary<OpenInvoice> target = Arbitraries.of(invoices);
    Arbitrary<Integer> delta = Arbitraries.integers().between(-3_000, 3_000);
    Arbitrary<Integer> how = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> payer = Arbitraries.integers().between(0, 4);
    return Combinators.combine(target, delta, how, payer)
        .as(
            (invoice, cents, kind, account) -> {
              BigDecimal amount = invoice.amount().add(BigDecimal.valueOf(cents, 2));
              if (amount.signum() <= 0) {
                amount = invoice.amount();
              }
              List<String> text = kind == 0 ? List.of() : List.of("INV " + invoice.number());
              List<RemittanceLine> lines =
                  kind == 3
                      ? List.of(RemittanceLine.of(1, invoice.number(), Optional.of(amount)))
                      : List.of();
              return new IncomingPayment(
                  "P",
                  "test",
                  new Money(amount, "EUR"),
                  LocalDate.of(2026, 11, 20),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("ACCT" + account),
                  Optional.empty(),
                  Optional.empty(),
                  text,
                  lines,
                  Optional.empty());
            });
  }

  private static List<IncomingPayment> numbered(List<IncomingPayment> payments) {
    List<IncomingPayment> numbered = new ArrayList<>();
    for (IncomingPayment p : payments) {
      numbered.add(
          new IncomingPayment(
              "P" + numbered.size(),
              p.channel(),
              p.amount(),
              p.date(),
              p.trace(),
              p.payerName(),
              p.payerAccount(),
              p.payerId(),
              p.creditorReference(),
              p.texts(),
              p.lines(),
              p.adviceId()));
    }
    return numbered;
  }
}
